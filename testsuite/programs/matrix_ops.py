# A small Matrix class: multiplication, transpose, determinant, exact inverse as adjugate/det.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])
    def __repr__(self):
        return "\n".join(" ".join(f"{str(x):>6}" for x in r) for r in self.rows)
    def __eq__(self, other):
        return self.rows == other.rows
    def __mul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} * {other.n}x{other.m}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
    def transpose(self):
        return Matrix(list(zip(*self.rows)))
    @staticmethod
    def identity(n):
        return Matrix([[int(i == j) for j in range(n)] for i in range(n)])
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total
    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])
    def inverse(self):
        """The inverse as (adjugate, determinant): inverse = adjugate / determinant, exactly."""
        d = self.det()
        if d == 0:
            raise ZeroDivisionError("matrix is singular")
        adj = [[(-1) ** (i + j) * self.minor(j, i).det() for j in range(self.n)] for i in range(self.n)]
        return Matrix(adj), d
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A * B)
print(A.transpose())
print(A.det(), B.transpose().det() if False else "-")
adj, d = A.inverse()
print(adj)
print("det", d, A * adj == Matrix([[d * x for x in r] for r in Matrix.identity(3).rows]))
print(A + Matrix.identity(3))
print([[f"{x}/{d}" if x % d else str(x // d) for x in r] for r in adj.rows])
try:
    B * B
except ValueError as e:
    print(type(e).__name__, e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
