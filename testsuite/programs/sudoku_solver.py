# A 4x4 and a 9x9 sudoku solved by constraint-guided backtracking.
def solve(grid, n):
    box = int(n ** 0.5)
    def candidates(r, c):
        used = set(grid[r]) | {grid[i][c] for i in range(n)}
        br, bc = r - r % box, c - c % box
        used |= {grid[i][j] for i in range(br, br + box) for j in range(bc, bc + box)}
        return [v for v in range(1, n + 1) if v not in used]
    best = None
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 0:
                opts = candidates(r, c)
                if best is None or len(opts) < len(best[2]):
                    best = (r, c, opts)
    if best is None:
        return True
    r, c, opts = best
    for v in opts:
        grid[r][c] = v
        if solve(grid, n):
            return True
    grid[r][c] = 0
    return False
small = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve(small, 4))
for row in small:
    print(row)
puzzle = """
534070000
600195300
098300060
800760003
400803001
700920806
060000280
000419605
000286079"""
grid = [[int(ch) for ch in line] for line in puzzle.split()]
print(solve(grid, 9))
for row in grid:
    print("".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid))
print(all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
