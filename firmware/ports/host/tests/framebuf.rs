//! `framebuf` (MicroPython's; CPython has none, so no conformance script can check it): each
//! format's pixel layout as MicroPython's documentation gives it, the shapes on a small
//! monochrome buffer, `scroll`, `blit` with its key and palette, subclasses and errors. The
//! expected bytes are worked out from the layouts by hand (see each comment).

mod common;

/// Runs `code` after `import framebuf as f`; returns its stdout, failing on an error.
fn run(code: &str) -> String {
    let (stdout, stderr, ok) = common::pyrite_in(
        std::path::Path::new("."),
        &format!("import framebuf as f\n{code}"),
    );
    assert!(ok, "{stderr}");
    stdout
}

#[test]
fn formats_lay_out_pixels_as_documented() {
    let stdout = run("def show(format, width, height, size, points):\n    \
             b = bytearray(size)\n    \
             fb = f.FrameBuffer(b, width, height, format)\n    \
             for x, y, c in points:\n        fb.pixel(x, y, c)\n    \
             print(b.hex(), [fb.pixel(x, y) for x, y, c in points])\n\
         show(f.MONO_VLSB, 8, 16, 16, [(1, 9, 1)])\n\
         show(f.MONO_HLSB, 16, 2, 4, [(1, 1, 1)])\n\
         show(f.MONO_HMSB, 16, 2, 4, [(1, 1, 1)])\n\
         show(f.RGB565, 2, 1, 4, [(1, 0, 0xf800)])\n\
         show(f.GS4_HMSB, 2, 1, 1, [(0, 0, 0xa), (1, 0, 0x15)])\n\
         show(f.GS2_HMSB, 4, 1, 1, [(0, 0, 0), (1, 0, 1), (2, 0, 2), (3, 0, 3)])\n\
         show(f.GS8, 2, 2, 4, [(1, 1, 200)])\n\
         print(f.MVLSB == f.MONO_VLSB, f.MONO_VLSB, f.RGB565, f.GS4_HMSB, f.MONO_HLSB, \
         f.MONO_HMSB, f.GS2_HMSB, f.GS8)\n");
    assert_eq!(
        stdout,
        // VLSB: byte (y // 8) * width + x, bit y % 8 → byte 9, bit 1.
        "00000000000000000002000000000000 [1]\n\
         00004000 [1]\n\
         00000200 [1]\n\
         000000f8 [63488]\n\
         a5 [10, 5]\n\
         e4 [0, 1, 2, 3]\n\
         000000c8 [200]\n\
         True 0 1 2 3 4 5 6\n"
    );
    // HLSB: byte (x + y * width) // 8 = 2, bit 7 - x % 8 = 6; HMSB: bit x % 8. RGB565: two
    // bytes little-endian at 2 * (x + y * width). GS4: the even pixel in the high nibble, a
    // colour keeps its low 4 bits (0x15 → 5). GS2: 2 bits per pixel from the low end.
}

#[test]
fn strides_round_up_to_whole_bytes() {
    let stdout = run("b = bytearray(4)\n\
         fb = f.FrameBuffer(b, 10, 2, f.MONO_HLSB)\n\
         fb.pixel(0, 1, 1)\n\
         print(b.hex())\n\
         b = bytearray(8)\n\
         fb = f.FrameBuffer(b, 2, 2, f.GS8, 4)\n\
         fb.fill(9)\n\
         fb.pixel(1, 1, 7)\n\
         print(b.hex())\n");
    // A 10-pixel HLSB row takes 2 bytes: row 1 starts at byte 2. A stride of 4 leaves bytes
    // 2, 3, 6 and 7 of the GS8 frame alone.
    assert_eq!(stdout, "00008000\n0909000009070000\n");
}

#[test]
fn shapes_on_a_monochrome_frame() {
    let stdout = run("b = bytearray(16)\n\
         fb = f.FrameBuffer(b, 8, 16, f.MONO_VLSB)\n\
         def show(draw):\n    fb.fill(0)\n    draw()\n    print(b.hex())\n\
         show(lambda: fb.rect(0, 0, 8, 16, 1))\n\
         show(lambda: fb.line(0, 0, 7, 7, 1))\n\
         show(lambda: fb.ellipse(4, 8, 3, 3, 1))\n\
         show(lambda: fb.ellipse(4, 8, 3, 3, 1, True))\n\
         show(lambda: fb.ellipse(4, 8, 3, 3, 1, True, 0b1001))\n\
         import array\n\
         show(lambda: fb.poly(0, 0, array.array('h', [0, 0, 7, 0, 0, 7]), 1, True))\n\
         fb.scroll(1, 1)\n\
         print(b.hex())\n\
         show(lambda: fb.text('A', 0, 0))\n\
         show(lambda: fb.fill_rect(-2, -2, 4, 4, 1))\n\
         show(lambda: fb.hline(6, 0, 10, 1))\n\
         show(lambda: fb.vline(0, 14, 10**9, 1))\n\
         show(lambda: fb.fill_rect(-10**9, -10**9, 2 * 10**9, 2 * 10**9, 1))\n");
    assert_eq!(
        stdout,
        // The outline: columns 0 and 7 whole, the others rows 0 and 15.
        "ff010101010101ffff808080808080ff\n\
         01020408102040800000000000000000\n\
         00804020202040800003040808080403\n\
         0080c0e0e0e0c0800003070f0f0f0703\n\
         00000000e0e0c080000000000f0f0703\n\
         ff7f3f1f0f0703010000000000000000\n\
         ffffff7f3f1f0f070001000000000000\n\
         7c7e13137e7c00000000000000000000\n\
         03030000000000000000000000000000\n\
         00000000000001010000000000000000\n\
         0000000000000000c000000000000000\n\
         ffffffffffffffffffffffffffffffff\n"
    );
    // The circle of radius 3 around (4, 8): x ± 3 at rows 7–9, x ± 2 at rows 6 and 10, x ± 1
    // and x at rows 5 and 11; filled, the rows between. Mask 0b1001: quadrants 1 (top right)
    // and 4 (bottom right) only: the right half, x = 4..7.
    // The triangle (0,0)-(7,0)-(0,7) fills column k rows 0..7-k; scrolled by (1, 1), column
    // 0 and row 0 keep their pixels. 'A' of font8x8 is rows 0c 1e 33 33 3f 33 33 00, so
    // column 0 is rows 2–6 (7c), column 2 rows 0, 1 and 4 (13).
}

#[test]
fn scroll_both_ways() {
    let stdout = run("b = bytearray([1, 2, 3, 4])\n\
         fb = f.FrameBuffer(b, 4, 1, f.GS8)\n\
         fb.scroll(-1, 0)\n\
         print(list(b))\n\
         b[:] = bytes([1, 2, 3, 4])\n\
         fb.scroll(2, 0)\n\
         print(list(b))\n\
         fb.scroll(4, 0)\n\
         print(list(b))\n\
         b = bytearray([1, 2, 3, 4])\n\
         fb = f.FrameBuffer(b, 1, 4, f.GS8)\n\
         fb.scroll(0, -3)\n\
         print(list(b))\n");
    assert_eq!(
        stdout,
        "[2, 3, 4, 4]\n[1, 2, 1, 2]\n[1, 2, 1, 2]\n[4, 2, 3, 4]\n"
    );
}

#[test]
fn blit_with_key_palette_tuples_and_clipping() {
    let stdout = run("s = f.FrameBuffer(bytearray([0xe4]), 4, 1, f.GS2_HMSB)\n\
         b = bytearray(8)\n\
         fb = f.FrameBuffer(b, 8, 8, f.MONO_VLSB)\n\
         fb.blit(s, 2, 2, 0)\n\
         print(b.hex())\n\
         fb.fill(0)\n\
         palette = f.FrameBuffer(bytearray([0x11]), 4, 1, f.GS2_HMSB)\n\
         fb.blit(s, 0, 0, -1, palette)\n\
         print(b.hex())\n\
         fb.fill(0)\n\
         fb.blit((bytearray([0x0f]), 8, 1, f.MONO_HMSB), 0, 0)\n\
         print(b.hex())\n\
         fb.fill(0)\n\
         fb.blit(s, -2, 0)\n\
         print(b.hex())\n\
         fb.fill(1)\n\
         fb.blit(fb, 4, 0)\n\
         fb.blit(s, 100, 100)\n\
         print(b.hex())\n");
    assert_eq!(
        stdout,
        // Source colours 0 1 2 3 at x = 2..5, y = 2; key 0 skips the first, 2 draws as 0.
        "0000000400040000\n\
         0100010000000000\n\
         0101010100000000\n\
         0001000000000000\n\
         ffffffffffffffff\n"
    );
    // The palette 1 0 1 0 maps the colours 0..3; the tuple is an 8×1 HMSB frame whose byte
    // 0x0f lights x = 0..3; at x = -2 only the source's pixels 2 and 3 land (colours 0, 1).
}

#[test]
fn subclasses_and_buffers() {
    let stdout = run("class Display(f.FrameBuffer):\n    \
             def __init__(self):\n        \
                 self.buffer = bytearray(32)\n        \
                 super().__init__(self.buffer, 16, 16, f.MONO_HLSB)\n    \
             def show(self):\n        return self.buffer[:4].hex()\n\
         d = Display()\n\
         d.fill(1)\n\
         print(d.show(), d.pixel(15, 15), d.pixel(16, 0), d.pixel(-1, 0))\n\
         import array\n\
         a = array.array('H', [0, 0])\n\
         f.FrameBuffer(a, 2, 1, f.RGB565).pixel(1, 0, 0x1234)\n\
         print(a)\n\
         m = bytearray(4)\n\
         f.FrameBuffer(memoryview(m)[2:], 2, 1, f.GS8).fill(5)\n\
         print(list(m))\n");
    assert_eq!(
        stdout,
        "ffffffff 1 None None\narray('H', [0, 4660])\n[0, 0, 5, 5]\n"
    );
}

#[test]
fn bad_arguments_raise() {
    let stdout = run("def check(code):\n    \
             try:\n        exec(code)\n    \
             except Exception as e:\n        print(type(e).__name__, e)\n\
         check('f.FrameBuffer(bytearray(3), 8, 8, f.MONO_VLSB)')\n\
         check('f.FrameBuffer(b\"12345678\", 8, 8, f.MONO_VLSB)')\n\
         check('f.FrameBuffer(bytearray(8), 8, 8, 9)')\n\
         check('f.FrameBuffer(bytearray(8), 0, 8, f.MONO_VLSB)')\n\
         check('f.FrameBuffer(bytearray(8), 8, 8, f.MONO_VLSB).poly(0, 0, [1, 2, 3], 1)')\n\
         check('f.FrameBuffer(bytearray(8), 8, 8, f.MONO_VLSB).text(5, 0, 0)')\n\
         check('f.FrameBuffer(bytearray(8), 8, 8, f.MONO_VLSB).blit(5, 0, 0)')\n\
         b = bytearray(8)\n\
         fb = f.FrameBuffer(b, 8, 8, f.MONO_VLSB)\n\
         b.clear()\n\
         check('fb.fill(1)')\n\
         check('fb.pixel(0, 0)')\n");
    assert_eq!(
        stdout,
        "ValueError buffer too small\n\
         TypeError object with writable buffer protocol required\n\
         ValueError invalid format\n\
         ValueError invalid frame buffer size\n\
         ValueError poly coordinates must come in pairs\n\
         TypeError can't convert 'int' object to str implicitly\n\
         TypeError FrameBuffer required\n\
         ValueError buffer too small\n\
         ValueError buffer too small\n"
    );
}
