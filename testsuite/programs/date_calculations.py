# Calendar arithmetic implemented by hand (no datetime): leap years, weekdays, day counts.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_number(y, m, d):
    y2 = y - 1
    n = y2 * 365 + y2 // 4 - y2 // 100 + y2 // 400
    n += sum(days_in_month(y, k) for k in range(1, m))
    return n + d
def weekday(y, m, d):
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day_number(y, m, d) - 1) % 7]
print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (2038, 1, 19)]:
    print(date, weekday(*date))
print(day_number(2024, 12, 25) - day_number(2024, 1, 1))
def calendar(y, m):
    lines = [f"{y}-{m:02d}".center(20), "Mo Tu We Th Fr Sa Su"]
    start = (day_number(y, m, 1) - 1) % 7
    cells = ["  "] * start + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(calendar(2024, 2))
