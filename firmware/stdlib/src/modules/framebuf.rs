//! `framebuf`: drawing into a buffer of bytes in the pixel layouts displays take, after
//! MicroPython's module (display drivers such as `ssd1306` subclass `FrameBuffer`).
//!
//! `FrameBuffer(buffer, width, height, format, stride=width, /)` over a `bytearray`, an
//! `array` or a writable `memoryview` of a bytearray, kept by reference: what is drawn is in
//! the buffer at once. Formats (MicroPython's values): `MONO_VLSB` (`MVLSB`; a byte is 8
//! pixels of a column, least significant bit on top), `MONO_HLSB` and `MONO_HMSB` (a byte is 8
//! pixels of a row, most or least significant bit on the left), `RGB565` (two bytes per pixel,
//! little-endian), `GS2_HMSB`, `GS4_HMSB` and `GS8` (2, 4 and 8 bits of grey). Methods:
//! `fill`, `pixel`, `hline`, `vline`, `line`, `rect`, `fill_rect`, `ellipse`, `poly`,
//! `text` (an 8×8 font), `scroll`, `blit` (with a transparent `key` and a `palette`).
//! Every drawing is clipped to the buffer; the size is checked again at each call, so a
//! buffer shrunk since raises `ValueError` instead of being written past its end.

use alloc::vec::Vec;

use crate::modules::builtins::check_method_args;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MONO_VLSB: u8 = 0;
const RGB565: u8 = 1;
const GS4_HMSB: u8 = 2;
const MONO_HLSB: u8 = 3;
const MONO_HMSB: u8 = 4;
const GS2_HMSB: u8 = 5;
const GS8: u8 = 6;

/// Coordinates and sizes are clamped to this magnitude, so that sums and products of two
/// fit an i64.
const COORDINATE_LIMIT: i64 = 1 << 30;

/// A line's ends and an ellipse's radii are clamped to this magnitude (far beyond any
/// display), so that neither takes more than some 65,000 steps.
const SHAPE_LIMIT: i64 = 1 << 15;

/// The widest and tallest frame (no display comes near; sizes then fit a u64).
const FRAME_LIMIT: i64 = 1 << 16;

/// The font of `text`: ASCII 32–127 from the public-domain 8×8 font of the `font8x8` crate,
/// a byte per row, bit 0 the leftmost pixel.
static FONT: [[u8; 8]; 96] = {
    let mut font = [[0; 8]; 96];
    let mut index = 0;
    while index < 96 {
        font[index] = font8x8::legacy::BASIC_LEGACY[index + 32];
        index += 1;
    }
    font
};

/// What `text` draws for a byte outside ASCII 32–126 (as MicroPython, one per byte of a
/// character's UTF-8): an empty box.
const UNKNOWN_GLYPH: [u8; 8] = [0xff, 0x81, 0x81, 0x81, 0x81, 0x81, 0x81, 0xff];

/// A frame buffer's geometry and where its bytes are: the bytearray `target` from `base`.
#[derive(Clone, Copy)]
struct Frame {
    target: Value,
    base: usize,
    width: i64,
    height: i64,
    stride: i64,
    format: u8,
}

impl Frame {
    /// The bytes the frame needs (`frame_of` checks them against the buffer, so where a
    /// frame is used they fit a usize).
    fn size(&self) -> u64 {
        let (width, height) = (self.stride as u64, self.height as u64);
        match self.format {
            MONO_VLSB => height.div_ceil(8) * width,
            MONO_HLSB | MONO_HMSB => width * height / 8,
            RGB565 => width * height * 2,
            GS2_HMSB => width * height / 4,
            GS4_HMSB => width * height / 2,
            _ => width * height,
        }
    }

    /// The frame's bytes (`None` if the buffer shrank below them since).
    fn bytes<'a>(&self, vm: &'a Vm) -> Option<&'a [u8]> {
        match vm.heap.get(self.target) {
            Obj::ByteArray(bytes) => bytes.get(self.base..self.base + self.size() as usize),
            _ => None,
        }
    }

    fn bytes_mut<'a>(&self, vm: &'a mut Vm) -> Option<&'a mut [u8]> {
        let end = self.base + self.size() as usize;
        match vm.heap.get_mut(self.target) {
            Obj::ByteArray(bytes) => bytes.get_mut(self.base..end),
            _ => None,
        }
    }

    /// Byte index and bit shift of pixel (x, y), with the pixel's mask before the shift.
    fn place(&self, x: usize, y: usize) -> (usize, u32, u32) {
        let stride = self.stride as usize;
        let at = x + y * stride;
        match self.format {
            MONO_VLSB => ((y >> 3) * stride + x, (y & 7) as u32, 1),
            MONO_HLSB => (at >> 3, 7 - (x & 7) as u32, 1),
            MONO_HMSB => (at >> 3, (x & 7) as u32, 1),
            GS2_HMSB => (at >> 2, ((x & 3) << 1) as u32, 3),
            // Even pixels in the high half.
            GS4_HMSB => (at >> 1, if x & 1 == 0 { 4 } else { 0 }, 15),
            RGB565 => (at * 2, 0, 0xffff),
            _ => (at, 0, 0xff),
        }
    }

    fn get(&self, bytes: &[u8], x: usize, y: usize) -> u32 {
        let (index, shift, mask) = self.place(x, y);
        let word = match self.format {
            RGB565 => u32::from(u16::from_le_bytes([bytes[index], bytes[index + 1]])),
            _ => u32::from(bytes[index]),
        };
        (word >> shift) & mask
    }

    fn set(&self, bytes: &mut [u8], x: usize, y: usize, color: u32) {
        let (index, shift, mask) = self.place(x, y);
        if self.format == RGB565 {
            bytes[index..index + 2].copy_from_slice(&(color as u16).to_le_bytes());
        } else {
            let byte = &mut bytes[index];
            *byte = (*byte & !((mask << shift) as u8)) | (((color & mask) << shift) as u8);
        }
    }

    fn contains(&self, x: i64, y: i64) -> bool {
        (0..self.width).contains(&x) && (0..self.height).contains(&y)
    }
}

/// Draws on a frame's bytes, clipping to it.
struct Canvas<'a> {
    frame: Frame,
    bytes: &'a mut [u8],
}

impl Canvas<'_> {
    fn pixel(&mut self, x: i64, y: i64, color: u32) {
        if self.frame.contains(x, y) {
            self.frame.set(self.bytes, x as usize, y as usize, color);
        }
    }

    fn fill_rect(&mut self, x: i64, y: i64, width: i64, height: i64, color: u32) {
        let clip = |start: i64, length: i64, limit: i64| {
            (start.clamp(0, limit) as usize)..((start + length).clamp(0, limit) as usize)
        };
        let columns = clip(x, width, self.frame.width);
        for row in clip(y, height, self.frame.height) {
            for column in columns.clone() {
                self.frame.set(self.bytes, column, row, color);
            }
        }
    }

    /// Bresenham's line, both ends drawn.
    fn line(&mut self, start: (i64, i64), end: (i64, i64), color: u32) {
        let clamp = |value: i64| value.clamp(-SHAPE_LIMIT, SHAPE_LIMIT);
        let (mut x, mut y) = (clamp(start.0), clamp(start.1));
        let (x_end, y_end) = (clamp(end.0), clamp(end.1));
        let (dx, dy) = ((x_end - x).abs(), -(y_end - y).abs());
        let (step_x, step_y) = ((x_end - x).signum(), (y_end - y).signum());
        let mut error = dx + dy;
        loop {
            self.pixel(x, y, color);
            if x == x_end && y == y_end {
                return;
            }
            let doubled = 2 * error;
            if doubled >= dy {
                error += dy;
                x += step_x;
            }
            if doubled <= dx {
                error += dx;
                y += step_y;
            }
        }
    }

    /// The points (±x, ±y) around (cx, cy) in the quadrants `mask` picks (bit 0 top right,
    /// then counterclockwise), or the rows from the centre to them when `fill`.
    fn four(&mut self, (cx, cy): (i64, i64), (x, y): (i64, i64), color: u32, fill: bool, mask: u8) {
        for (quadrant, sign_x, sign_y) in [(0, 1, -1), (1, -1, -1), (2, -1, 1), (3, 1, 1)] {
            if mask & (1 << quadrant) == 0 {
                continue;
            }
            let (px, py) = (cx + sign_x * x, cy + sign_y * y);
            if fill {
                self.fill_rect(px.min(cx), py, x + 1, 1, color);
            } else {
                self.pixel(px, py, color);
            }
        }
    }

    /// John Kennedy's midpoint ellipse ("A Fast Bresenham Type Algorithm For Drawing
    /// Ellipses"): the flat part stepping y, then the steep part stepping x.
    fn ellipse(&mut self, centre: (i64, i64), radii: (i64, i64), color: u32, fill: bool, mask: u8) {
        let (rx, ry) = (radii.0.min(SHAPE_LIMIT), radii.1.min(SHAPE_LIMIT));
        if rx == 0 && ry == 0 {
            return self.four(centre, (0, 0), color, fill, mask);
        }
        self.ellipse_part(centre, (rx, ry), false, (color, fill, mask));
        self.ellipse_part(centre, (ry, rx), true, (color, fill, mask));
    }

    /// One part of `ellipse`: from (a, 0) up while the slope is under 1, stepping the second
    /// coordinate and taking one off the first when the error says so. The steep part is
    /// the same walk with the axes exchanged (`swap`: radii (ry, rx), points drawn (y, x)).
    fn ellipse_part(
        &mut self,
        centre: (i64, i64),
        (a, b): (i64, i64),
        swap: bool,
        (color, fill, mask): (u32, bool, u8),
    ) {
        let (two_a2, two_b2) = (2 * a * a, 2 * b * b);
        let (mut x, mut y) = (a, 0);
        let (mut change_x, mut change_y) = (b * b * (1 - 2 * a), a * a);
        let (mut error, mut stop_x, mut stop_y) = (0, two_b2 * a, 0);
        while stop_x >= stop_y {
            let point = if swap { (y, x) } else { (x, y) };
            self.four(centre, point, color, fill, mask);
            y += 1;
            stop_y += two_a2;
            error += change_y;
            change_y += two_a2;
            if 2 * error + change_x > 0 {
                x -= 1;
                stop_x -= two_b2;
                error += change_x;
                change_x += two_b2;
            }
        }
    }

    /// A closed polygon through `points` (offset by `origin`); filled by the even-odd rule
    /// row by row, each row's crossings at the edges' x rounded to the nearest.
    fn polygon(&mut self, origin: (i64, i64), points: &[(i64, i64)], color: u32, fill: bool) {
        let at = |&(x, y): &(i64, i64)| (origin.0 + x, origin.1 + y);
        if fill && points.len() > 2 {
            let (top, bottom) = points.iter().fold((i64::MAX, i64::MIN), |(low, high), p| {
                (low.min(p.1), high.max(p.1))
            });
            let mut crossings = Vec::new();
            for row in top.max(-origin.1)..=bottom.min(self.frame.height - 1 - origin.1) {
                crossings.clear();
                for (index, &(x1, y1)) in points.iter().enumerate() {
                    let (x2, y2) = points[(index + 1) % points.len()];
                    if (y1 <= row && row < y2) || (y2 <= row && row < y1) {
                        let (mut numerator, mut denominator) = ((row - y1) * (x2 - x1), y2 - y1);
                        if denominator < 0 {
                            (numerator, denominator) = (-numerator, -denominator);
                        }
                        crossings.push(x1 + (numerator + denominator / 2).div_euclid(denominator));
                    }
                }
                // A few crossings per row: an insertion sort.
                for index in 1..crossings.len() {
                    let mut at = index;
                    while at > 0 && crossings[at - 1] > crossings[at] {
                        crossings.swap(at - 1, at);
                        at -= 1;
                    }
                }
                for pair in crossings.chunks_exact(2) {
                    let (left, right) = (origin.0 + pair[0], origin.0 + pair[1]);
                    self.fill_rect(left, origin.1 + row, right - left + 1, 1, color);
                }
            }
        }
        for (index, point) in points.iter().enumerate() {
            let next = &points[(index + 1) % points.len()];
            self.line(at(point), at(next), color);
        }
    }

    fn text(&mut self, text: &[u8], (x, y): (i64, i64), color: u32) {
        for (index, &byte) in text.iter().enumerate() {
            let glyph = match byte {
                32..=126 => &FONT[usize::from(byte) - 32],
                _ => &UNKNOWN_GLYPH,
            };
            let left = x + 8 * index as i64;
            if left >= self.frame.width {
                return;
            }
            for (row, bits) in (y..).zip(glyph) {
                for column in 0..8 {
                    if bits >> column & 1 != 0 {
                        self.pixel(left + column, row, color);
                    }
                }
            }
        }
    }

    /// Moves the picture by (dx, dy); what is uncovered keeps its old pixels.
    fn scroll(&mut self, dx: i64, dy: i64) {
        let (width, height) = (self.frame.width, self.frame.height);
        if dx.abs() >= width || dy.abs() >= height {
            return;
        }
        // Walk away from where the picture moves, so each pixel is read before it is written:
        // the i-th destination from that side, and its source.
        let place = |index: i64, step: i64, size: i64| match step > 0 {
            true => (
                (size - 1 - index) as usize,
                (size - 1 - index - step) as usize,
            ),
            false => (index as usize, (index - step) as usize),
        };
        for row in 0..height - dy.abs() {
            let (row, from_row) = place(row, dy, height);
            for column in 0..width - dx.abs() {
                let (column, from_column) = place(column, dx, width);
                let color = self.frame.get(self.bytes, from_column, from_row);
                self.frame.set(self.bytes, column, row, color);
            }
        }
    }
}

/// A coordinate or size argument, clamped (see `COORDINATE_LIMIT`).
fn coordinate(vm: &mut Vm, value: Value) -> PyResult<i64> {
    Ok(vm
        .int_arg(value)?
        .clamp(-COORDINATE_LIMIT, COORDINATE_LIMIT))
}

/// A colour argument: its low 32 bits, as MicroPython takes a machine word (a format keeps
/// the bits it has).
fn color(vm: &mut Vm, value: Value) -> PyResult<u32> {
    Ok(vm.int_arg(value)? as u32)
}

/// A frame from `FrameBuffer`'s arguments (buffer, width, height, format[, stride]), checked.
fn frame_of(vm: &mut Vm, args: &[Value]) -> PyResult<Frame> {
    let Some((target, base, length)) = crate::obj::bytes::writable_window(vm, args[0]) else {
        return Err(vm.type_error("object with writable buffer protocol required"));
    };
    let width = coordinate(vm, args[1])?;
    let height = coordinate(vm, args[2])?;
    let format = vm.int_arg(args[3])?;
    let stride = match args.get(4) {
        Some(&stride) => coordinate(vm, stride)?,
        None => width,
    };
    if !(1..=FRAME_LIMIT).contains(&width)
        || !(1..=FRAME_LIMIT).contains(&height)
        || !(width..=FRAME_LIMIT).contains(&stride)
    {
        return Err(vm.value_error("invalid frame buffer size"));
    }
    // A row of a horizontal format starts on a byte.
    let pixels_per_byte = match format {
        0..=6 => [1, 1, 2, 8, 8, 4, 1][format as usize],
        _ => return Err(vm.value_error("invalid format")),
    };
    let stride = (stride + pixels_per_byte - 1) / pixels_per_byte * pixels_per_byte;
    let frame = Frame {
        target,
        base,
        width,
        height,
        stride,
        format: format as u8,
    };
    if frame.size() > length as u64 {
        return Err(vm.value_error("buffer too small"));
    }
    Ok(frame)
}

/// The frame of the `FrameBuffer` `this` (its `_frame` tuple: the constructor's arguments).
fn frame(vm: &mut Vm, this: Value) -> PyResult<Frame> {
    let name = vm.qstrs.intern("_frame");
    let arguments = match vm.load_attr_optional(this, name)? {
        Some(arguments) => arguments,
        None => return Err(vm.type_error("FrameBuffer required")),
    };
    let arguments: Vec<Value> = match vm.heap_obj(arguments) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("FrameBuffer required")),
    };
    frame_of(vm, &arguments)
}

/// Runs `draw` on the bytes of `this`'s frame.
fn draw(vm: &mut Vm, this: Value, draw: impl FnOnce(&mut Canvas)) -> PyResult<Value> {
    let frame = frame(vm, this)?;
    match frame.bytes_mut(vm) {
        Some(bytes) => draw(&mut Canvas { frame, bytes }),
        None => return Err(vm.value_error("buffer too small")),
    }
    Ok(Value::NONE)
}

/// The integer arguments of a method between `self` and the colour (at `color_at`; at most
/// four), coordinates clamped, and the colour.
fn numbers(vm: &mut Vm, args: &[Value], color_at: usize) -> PyResult<([i64; 4], u32)> {
    let mut numbers = [0; 4];
    for (number, &value) in numbers.iter_mut().zip(&args[1..color_at]) {
        *number = coordinate(vm, value)?;
    }
    Ok((numbers, color(vm, args[color_at])?))
}

/// The optional flag at `index` (`f` of `rect`, `ellipse` and `poly`): false when absent.
fn flag(vm: &mut Vm, args: &[Value], index: usize) -> PyResult<bool> {
    args.get(index)
        .map_or(Ok(false), |&value| vm.is_true(value))
}

/// `FrameBuffer(buffer, width, height, format, stride=width, /)`.
fn frame_buffer_init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "FrameBuffer", args, 4, 5)?;
    frame_of(vm, &args[1..])?;
    let arguments = vm.new_tuple(args[1..].to_vec())?;
    let name = vm.qstrs.intern("_frame");
    vm.store_attr(args[0], name, arguments)?;
    Ok(Value::NONE)
}

fn fill(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "fill", args, 1, 1)?;
    let color = color(vm, args[1])?;
    draw(vm, args[0], |canvas| {
        let (width, height) = (canvas.frame.width, canvas.frame.height);
        canvas.fill_rect(0, 0, width, height, color);
    })
}

/// `pixel(x, y)` gives the pixel's colour (None outside the frame); `pixel(x, y, c)` sets it.
fn pixel(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "pixel", args, 2, 3)?;
    let (x, y) = (coordinate(vm, args[1])?, coordinate(vm, args[2])?);
    if args.len() == 4 {
        let color = color(vm, args[3])?;
        return draw(vm, args[0], |canvas| canvas.pixel(x, y, color));
    }
    let frame = frame(vm, args[0])?;
    if !frame.contains(x, y) {
        return Ok(Value::NONE);
    }
    match frame.bytes(vm) {
        Some(bytes) => Ok(Value::small_int(
            frame.get(bytes, x as usize, y as usize) as isize
        )),
        None => Err(vm.value_error("buffer too small")),
    }
}

fn hline(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "hline", args, 4, 4)?;
    let ([x, y, width, _], color) = numbers(vm, args, 4)?;
    draw(vm, args[0], |canvas| {
        canvas.fill_rect(x, y, width, 1, color)
    })
}

fn vline(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "vline", args, 4, 4)?;
    let ([x, y, height, _], color) = numbers(vm, args, 4)?;
    draw(vm, args[0], |canvas| {
        canvas.fill_rect(x, y, 1, height, color)
    })
}

fn fill_rect(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "fill_rect", args, 5, 5)?;
    let ([x, y, width, height], color) = numbers(vm, args, 5)?;
    draw(vm, args[0], |canvas| {
        canvas.fill_rect(x, y, width, height, color)
    })
}

/// `rect(x, y, w, h, c[, f])`: the outline, or filled when `f` is true.
fn rect(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "rect", args, 5, 6)?;
    let ([x, y, width, height], color) = numbers(vm, args, 5)?;
    let fill = flag(vm, args, 6)?;
    draw(vm, args[0], |canvas| {
        if fill || width < 1 || height < 1 {
            canvas.fill_rect(x, y, width, height, color);
        } else {
            canvas.fill_rect(x, y, width, 1, color);
            canvas.fill_rect(x, y + height - 1, width, 1, color);
            canvas.fill_rect(x, y, 1, height, color);
            canvas.fill_rect(x + width - 1, y, 1, height, color);
        }
    })
}

fn line(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "line", args, 5, 5)?;
    let ([x1, y1, x2, y2], color) = numbers(vm, args, 5)?;
    draw(vm, args[0], |canvas| canvas.line((x1, y1), (x2, y2), color))
}

/// `ellipse(x, y, xr, yr, c[, f[, m]])`: `m` picks quadrants (bit 0 top right, counterclockwise).
fn ellipse(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "ellipse", args, 5, 7)?;
    let ([x, y, rx, ry], color) = numbers(vm, args, 5)?;
    let fill = flag(vm, args, 6)?;
    let mask = match args.get(7) {
        Some(&mask) => vm.int_arg(mask)? as u8 & 15,
        None => 15,
    };
    if rx < 0 || ry < 0 {
        return Ok(Value::NONE);
    }
    draw(vm, args[0], |canvas| {
        canvas.ellipse((x, y), (rx, ry), color, fill, mask)
    })
}

/// `poly(x, y, coords, c[, f])`: `coords` holds x0, y0, x1, y1, … (an `array('h')` or any
/// sequence of ints).
fn poly(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "poly", args, 4, 5)?;
    let (x, y) = (coordinate(vm, args[1])?, coordinate(vm, args[2])?);
    let items = vm.collect_iterable(args[3])?;
    if items.len() % 2 != 0 {
        return Err(vm.value_error("poly coordinates must come in pairs"));
    }
    let mut points = Vec::with_capacity(items.len() / 2);
    for pair in items.chunks_exact(2) {
        points.push((coordinate(vm, pair[0])?, coordinate(vm, pair[1])?));
    }
    let color = color(vm, args[4])?;
    let fill = flag(vm, args, 5)?;
    if points.is_empty() {
        return Ok(Value::NONE);
    }
    draw(vm, args[0], |canvas| {
        canvas.polygon((x, y), &points, color, fill)
    })
}

/// `text(s, x, y[, c])`: `s` in the 8×8 font, colour 1 by default.
fn text(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "text", args, 3, 4)?;
    let Some(text) = vm.str_text(args[1]).map(|text| text.as_bytes().to_vec()) else {
        let name = vm.type_name(args[1]);
        return Err(vm.type_error(alloc::format!(
            "can't convert '{name}' object to str implicitly"
        )));
    };
    let (x, y) = (coordinate(vm, args[2])?, coordinate(vm, args[3])?);
    let color = match args.get(4) {
        Some(&color_value) => color(vm, color_value)?,
        None => 1,
    };
    draw(vm, args[0], |canvas| canvas.text(&text, (x, y), color))
}

fn scroll(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "scroll", args, 2, 2)?;
    let (dx, dy) = (coordinate(vm, args[1])?, coordinate(vm, args[2])?);
    draw(vm, args[0], |canvas| canvas.scroll(dx, dy))
}

/// The frame of `blit`'s source or palette: a `FrameBuffer`, or a tuple of its arguments.
fn source_frame(vm: &mut Vm, source: Value) -> PyResult<Frame> {
    if let Some(Obj::Tuple(items)) = vm.heap_obj(source) {
        let items = items.to_vec();
        if !(4..=5).contains(&items.len()) {
            return Err(vm.value_error("blit source must be a FrameBuffer or a 4- or 5-tuple"));
        }
        return frame_of(vm, &items);
    }
    frame(vm, source)
}

/// The colours of row `y` of `frame` from column `x` on, `count` of them.
fn read_row(
    vm: &mut Vm,
    frame: &Frame,
    (x, y): (usize, usize),
    count: usize,
) -> PyResult<Vec<u32>> {
    match frame.bytes(vm) {
        Some(bytes) => Ok((x..x + count)
            .map(|column| frame.get(bytes, column, y))
            .collect()),
        None => Err(vm.value_error("buffer too small")),
    }
}

/// `blit(source, x, y, key=-1, palette=None)`: copies `source` with its top left at (x, y);
/// a source colour is looked up in `palette` (a frame one pixel high) when given, and not
/// drawn when it then equals `key`.
fn blit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "blit", args, 3, 5)?;
    let destination = frame(vm, args[0])?;
    let source = source_frame(vm, args[1])?;
    let (x, y) = (coordinate(vm, args[2])?, coordinate(vm, args[3])?);
    let key = match args.get(4) {
        Some(&key) => vm.int_arg(key)?,
        None => -1,
    };
    let palette = match args.get(5) {
        Some(&palette) if !palette.is_none() => {
            let palette = source_frame(vm, palette)?;
            read_row(vm, &palette, (0, 0), palette.width as usize)?
        }
        _ => Vec::new(),
    };
    // The part of the source that lands inside the destination.
    let (left, top) = ((-x).max(0), (-y).max(0));
    let right = source.width.min(destination.width - x);
    let bottom = source.height.min(destination.height - y);
    if left >= right || top >= bottom {
        return Ok(Value::NONE);
    }
    for row in top..bottom {
        // Row by row: the source may be the destination's own buffer, and one row is all
        // that is copied at once.
        let colors = read_row(
            vm,
            &source,
            (left as usize, row as usize),
            (right - left) as usize,
        )?;
        let Some(bytes) = destination.bytes_mut(vm) else {
            return Err(vm.value_error("buffer too small"));
        };
        for (column, mut color) in (left..right).zip(colors) {
            if !palette.is_empty() {
                color = palette.get(color as usize).copied().unwrap_or(color);
            }
            if i64::from(color) != key {
                destination.set(bytes, (x + column) as usize, (y + row) as usize, color);
            }
        }
    }
    Ok(Value::NONE)
}

static METHODS: &[Builtin] = &[
    Builtin::new("FrameBuffer.fill", fill),
    Builtin::new("FrameBuffer.pixel", pixel),
    Builtin::new("FrameBuffer.hline", hline),
    Builtin::new("FrameBuffer.vline", vline),
    Builtin::new("FrameBuffer.line", line),
    Builtin::new("FrameBuffer.rect", rect),
    Builtin::new("FrameBuffer.fill_rect", fill_rect),
    Builtin::new("FrameBuffer.ellipse", ellipse),
    Builtin::new("FrameBuffer.poly", poly),
    Builtin::new("FrameBuffer.text", text),
    Builtin::new("FrameBuffer.scroll", scroll),
    Builtin::new("FrameBuffer.blit", blit),
];

static CONSTRUCTOR: Builtin = Builtin::new("FrameBuffer", frame_buffer_init);

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("framebuf", |vm, module| {
        let object = vm.types.object;
        let class = crate::modules::sys::new_class(
            vm,
            "FrameBuffer",
            "framebuf",
            object,
            METHODS,
            Some(&CONSTRUCTOR),
        )?;
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("FrameBuffer");
        vm.dict_set_name(dict, name, class)?;
        for (name, format) in [
            ("MONO_VLSB", MONO_VLSB),
            ("MVLSB", MONO_VLSB),
            ("MONO_HLSB", MONO_HLSB),
            ("MONO_HMSB", MONO_HMSB),
            ("RGB565", RGB565),
            ("GS2_HMSB", GS2_HMSB),
            ("GS4_HMSB", GS4_HMSB),
            ("GS8", GS8),
        ] {
            let name = vm.qstrs.intern(name);
            vm.dict_set_name(dict, name, Value::small_int(format as isize))?;
        }
        Ok(())
    })
}
