# An inventory report: records, grouping, sorting, formatted table output.
records = [
    ("widget", "tools", 4, 3.50), ("gadget", "tools", 10, 12.25), ("doohickey", "misc", 0, 7.0),
    ("gizmo", "electronics", 3, 99.99), ("thingamajig", "misc", 12, 0.75), ("sprocket", "tools", 25, 1.10),
    ("resistor", "electronics", 500, 0.02), ("capacitor", "electronics", 120, 0.15),
]
by_cat = {}
for name, cat, qty, price in records:
    by_cat.setdefault(cat, []).append((name, qty, price))
print(f"{'category':<12}{'item':<12}{'qty':>5}{'price':>9}{'value':>10}")
print("-" * 48)
grand = 0.0
for cat in sorted(by_cat):
    subtotal = 0.0
    for name, qty, price in sorted(by_cat[cat], key=lambda r: -r[1] * r[2]):
        value = qty * price
        subtotal += value
        print(f"{cat:<12}{name:<12}{qty:>5}{price:>9.2f}{value:>10.2f}")
    print(f"{'':<12}{'subtotal':<12}{'':>5}{'':>9}{subtotal:>10.2f}")
    grand += subtotal
print(f"{'TOTAL':<38}{grand:>10.2f}")
out_of_stock = [n for n, _, q, _ in records if q == 0]
low = sorted((q, n) for n, _, q, _ in records if 0 < q < 5)
print("out of stock:", out_of_stock, "low:", low)
print("most valuable:", max(records, key=lambda r: r[2] * r[3])[0])
