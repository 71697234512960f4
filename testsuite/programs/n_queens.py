# N-queens: count and show solutions for small boards.
def queens(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or row + c in diag1 or row - c in diag2:
                continue
            cols[row] = c
            place(row + 1, used_cols | {c}, diag1 | {row + c}, diag2 | {row - c})
    place(0, frozenset(), frozenset(), frozenset())
    return solutions
for n in range(1, 8):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
