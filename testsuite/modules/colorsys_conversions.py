# colorsys: every conversion over a grid of colours and back, bit for bit.
import colorsys

steps = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 0.9, 1.0]
total = 0
for r in steps:
    for g in steps[::3]:
        for b in steps[::3]:
            for there, back in [(colorsys.rgb_to_yiq, colorsys.yiq_to_rgb),
                                (colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                                (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)]:
                converted = there(r, g, b)
                print(there.__name__, converted, back(*converted))
                total += 1
print(total)
print(colorsys.hsv_to_rgb(0.999, 1, 1), colorsys.hsv_to_rgb(1.5, 0.5, 0.5), colorsys.hls_to_rgb(-0.25, 0.7, 0.3))
print(colorsys.yiq_to_rgb(1.0, 0.6, -0.6), colorsys.rgb_to_hls(1.0, 1.0, 0.9999999999999999), colorsys.rgb_to_hsv(0, 0, 0))
print(colorsys.ONE_THIRD, colorsys.TWO_THIRD, colorsys.ONE_SIXTH)
