# Solve a text maze with BFS and draw the path.
MAZE = """
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      #E#
# #### # #
#        #
##########""".strip().splitlines()
grid = [list(r) for r in MAZE]
find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == ch)
start, end = find("S"), find("E")
prev = {start: None}
queue = [start]
while queue:
    r, c = queue.pop(0)
    if (r, c) == end:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if grid[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = (r, c)
            queue.append((nr, nc))
path = []
node = end
while node is not None:
    path.append(node)
    node = prev[node]
print("steps:", len(path) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
