//! Python drives the hardware: runs `machine`/`pyb` code on each emulated board through the
//! raw REPL and checks both what Python printed and what QEMU's hardware models saw (the
//! MPS2 FPGA LED register through `-trace mps2_fpgaio_write`, the STM32's GPIO writes
//! through `-d unimp`, since QEMU 7.2 does not model its GPIO), timer callbacks counted
//! during `time.sleep_ms`, and `machine.reset()` rebooting to a new banner.
//! Skips (with a printed reason) without QEMU.

mod common;

use std::time::Duration;

use pyrite_emulation::{launch, Board, Console, Emulator, LaunchOptions, RunOutput};

fn boot(board: Board, extra_args: &[&str]) -> Option<Emulator> {
    let image = common::image(board)?;
    let options = LaunchOptions {
        extra_args: extra_args.iter().map(|arg| arg.to_string()).collect(),
        ..LaunchOptions::default()
    };
    Some(launch(board, &image, &options).unwrap_or_else(|error| panic!("{error}")))
}

/// Runs `code` through the raw REPL; panics on protocol errors, not on Python exceptions.
fn run(emulator: &mut Emulator, code: &str) -> RunOutput {
    let mut repl = emulator
        .raw_repl()
        .unwrap_or_else(|error| panic!("{error}"));
    repl.exec(code.as_bytes())
        .unwrap_or_else(|error| panic!("{error}"))
}

/// Runs `code` that must not raise; returns its output.
fn run_ok(emulator: &mut Emulator, code: &str) -> String {
    let output = run(emulator, code);
    assert!(
        !output.raised(),
        "{}: raised:\n{}\noutput:\n{}",
        emulator.board().name(),
        output.exception_text(),
        output.stdout_text()
    );
    output.stdout_text()
}

/// Soft-resets the board from the raw REPL (Ctrl-D): fresh interpreter state, still raw.
fn soft_reset(emulator: &mut Emulator) {
    emulator
        .raw_repl()
        .and_then(|mut repl| repl.soft_reset())
        .unwrap_or_else(|error| panic!("{error}"));
}

/// The emulator log written while `action` ran.
fn log_during(emulator: &mut Emulator, action: impl FnOnce(&mut Emulator)) -> String {
    let before = emulator.emulator_log().len();
    action(emulator);
    // QEMU writes its log from another thread; give it a moment.
    std::thread::sleep(Duration::from_millis(200));
    emulator.emulator_log()[before..].to_string()
}

/// `name: value` pairs from lines like `hw 20`.
fn counts(output: &str) -> std::collections::HashMap<String, i64> {
    output
        .lines()
        .filter_map(|line| {
            let (name, value) = line.split_once(' ')?;
            Some((name.to_string(), value.trim().parse().ok()?))
        })
        .collect()
}

fn in_range(counts: &std::collections::HashMap<String, i64>, name: &str, low: i64, high: i64) {
    let value = counts.get(name).copied();
    assert!(
        value.is_some_and(|v| (low..=high).contains(&v)),
        "{name}: {value:?} not in {low}..={high} ({counts:?})"
    );
}

/// Timer callbacks run while Python sleeps and while it computes; a one-shot timer fires
/// once; `deinit` stops callbacks; a callback that raises prints its traceback and is
/// disabled; `micropython.schedule` runs at the next safe point.
const TIMERS_SCRIPT: &str = r#"
import machine, micropython, time
counts = {}
def counter(name):
    def callback(timer):
        counts[name] = counts.get(name, 0) + 1
    return callback
TIMERS
virtual = machine.Timer(-1, freq=100, callback=counter('virtual'))
once = machine.Timer(-1, mode=machine.Timer.ONE_SHOT, period=20, callback=counter('once'))
time.sleep_ms(200)
for timer in STOP:
    timer.deinit()
virtual.deinit()
frozen = dict(counts)
time.sleep_ms(50)
print('stopped', int(counts == frozen))
busy = machine.Timer(-1, period=5, callback=counter('busy'))
start = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), start) < 100:
    pass
busy.deinit()
calls = []
def failing(timer):
    calls.append(timer)
    raise ValueError('boom')
bad = machine.Timer(-1, period=5, callback=failing)
time.sleep_ms(50)
bad.deinit()
print('failing', len(calls))
micropython.schedule(counter('scheduled'), None)
for _ in range(3):
    pass
for name in sorted(counts):
    print(name, counts[name])
"#;

/// `hardware_timers` starts the board's own timers (periodic ones named in `periodic`,
/// one-shot ones in `one_shot`), `stop` lists those to deinit.
fn check_timers(
    board: Board,
    hardware_timers: &str,
    stop: &str,
    periodic: &[&str],
    one_shot: &[&str],
) {
    let Some(mut emulator) = boot(board, &[]) else {
        return;
    };
    let script = TIMERS_SCRIPT
        .replace("TIMERS", hardware_timers)
        .replace("STOP", stop);
    let output = run_ok(&mut emulator, &script);
    let counts = counts(&output);
    // 200 ms at 100 Hz: 20 expected; QEMU's clocks wobble under load.
    in_range(&counts, "virtual", 15, 25);
    for name in periodic {
        in_range(&counts, name, 15, 25);
    }
    for name in one_shot {
        in_range(&counts, name, 1, 1);
    }
    in_range(&counts, "once", 1, 1);
    in_range(&counts, "stopped", 1, 1);
    in_range(&counts, "busy", 5, 30);
    in_range(&counts, "failing", 1, 1);
    in_range(&counts, "scheduled", 1, 1);
    assert!(
        output.contains(
            "Unhandled exception in interrupt callback:\nTraceback (most recent call last):\n"
        ) && output.contains("ValueError: boom\n"),
        "{output}"
    );
    // Soft reset stops the timers and forgets the callbacks; new ones work.
    run_ok(
        &mut emulator,
        "import machine\nt = machine.Timer(-1, period=1, callback=lambda t: None)\n",
    );
    soft_reset(&mut emulator);
    let output = run_ok(
        &mut emulator,
        "import machine, time\nn = [0]\nt = machine.Timer(-1, period=10, callback=lambda t: n.__setitem__(0, n[0] + 1))\ntime.sleep_ms(100)\nt.deinit()\nprint(t, 5 <= n[0] <= 15)\n",
    );
    assert_eq!(output, "Timer(-1) True\n");
}

#[test]
fn mps2_an385_timer_callbacks() {
    check_timers(
        Board::Mps2An385,
        "hw = machine.Timer(0, period=10, callback=counter('hw'))\nhw_once = machine.Timer(1, mode=machine.Timer.ONE_SHOT, freq=50, callback=counter('hw_once'))",
        "(hw,)",
        &["hw"],
        &["hw_once"],
    );
}

#[test]
fn stm32f405_timer_callbacks() {
    // TIM2..TIM5 exist for real hardware, but QEMU 7.2's stm32f2xx timer model fires at
    // wrong times; only the virtual timers are checked here.
    check_timers(Board::Stm32f405, "", "()", &[], &[]);
}

#[test]
fn mps2_an385_leds_are_pins() {
    let Some(mut emulator) = boot(Board::Mps2An385, &["-trace", "mps2_fpgaio_write"]) else {
        return;
    };
    let script = r#"
import machine, pyb
led1 = machine.Pin('LED1', machine.Pin.OUT)
led2 = machine.Pin(1, machine.Pin.OUT)
led1.on()
led2(1)
led1.off()
print(led1.value(), led2.value(), led1, led2)
pyb.LED(1).toggle()
print(led1())
for bad in ('LED3', 2, 'A0'):
    try:
        machine.Pin(bad)
        print('accepted', bad)
    except ValueError as error:
        print('ValueError', error)
print(machine.freq())
active_low = machine.Signal(led2, invert=True)
active_low.on()
print(active_low.value(), led2.value(), machine.Signal('LED1', machine.Pin.OUT)())
try:
    machine.PWM('LED1')
except ValueError as error:
    print(error)
"#;
    let mut output = String::new();
    let log = log_during(&mut emulator, |emulator| {
        output = run_ok(emulator, script);
    });
    assert_eq!(
        output,
        "0 1 Pin(LED1) Pin(LED2)\n1\nValueError invalid pin: LED3\nValueError invalid pin: 2\n\
         ValueError invalid pin: A0\n25000000\n1 0 1\nPin(LED1) has no PWM channel\n"
    );
    let writes: Vec<&str> = log
        .lines()
        .filter_map(|line| line.split("MPS2 FPGAIO write: offset 0x0 data ").nth(1))
        .map(|rest| rest.split(' ').next().unwrap_or(""))
        .collect();
    // The last: the inverted Signal on LED2 drives it low.
    assert_eq!(writes, ["0x1", "0x3", "0x2", "0x3", "0x1"], "{log}");
}

/// `machine.mem*` reach the bus: the FPGA LED register written as a word and read back,
/// the CPUID register read (QEMU's Cortex-M3), alignment and range checked first.
#[test]
fn mps2_an385_mem_reads_and_writes_registers() {
    let Some(mut emulator) = boot(Board::Mps2An385, &["-trace", "mps2_fpgaio_write"]) else {
        return;
    };
    let script = r#"
import machine
LED = 0x40028000
machine.mem32[LED] = 2
print(machine.mem32[LED], machine.mem8[LED], machine.mem16[LED])
machine.mem8[LED] = -255
print(hex(machine.mem32[0xE000ED00]), machine.mem32)
for address in (LED + 2, -4, 1 << 32):
    try:
        machine.mem32[address]
    except ValueError as error:
        print('ValueError', error)
"#;
    let mut output = String::new();
    let log = log_during(&mut emulator, |emulator| {
        output = run_ok(emulator, script);
    });
    assert_eq!(
        output,
        "2 2 2\n0x410fc231 <32-bit memory>\nValueError address 0x40028002 is not aligned to 4 \
         bytes\nValueError address -4 is out of range\nValueError address 4294967296 is out of \
         range\n"
    );
    let writes: Vec<&str> = log
        .lines()
        .filter_map(|line| line.split("MPS2 FPGAIO write: offset 0x0 data ").nth(1))
        .map(|rest| rest.split(' ').next().unwrap_or(""))
        .collect();
    // The byte write: -255 cut to 8 bits.
    assert_eq!(writes, ["0x2", "0x1"], "{log}");
}

#[test]
fn stm32f405_pins_drive_gpio_registers() {
    let Some(mut emulator) = boot(Board::Stm32f405, &["-d", "unimp"]) else {
        return;
    };
    let script = r#"
import machine, pyb
x1 = machine.Pin('X1', machine.Pin.OUT, value=0)
x1.on()
print(x1.value())
x1.toggle()
print(x1())
pyb.LED(4).on()
button = machine.Pin('C13', machine.Pin.IN, machine.Pin.PULL_UP)
print(button.value(), button.mode() == machine.Pin.IN, button.pull() == machine.Pin.PULL_UP)
print(machine.Pin('X9'), machine.Pin('LED_RED'), machine.Pin(20))
print(machine.freq())
try:
    machine.unique_id()
except OSError as error:
    print('OSError', error.errno)
machine.mem32[0x40020418] = 0x20
machine.mem16[0x4002041A] = 0x40
machine.WDT(timeout=1000).feed()
print(machine.reset_cause() == machine.PWRON_RESET)
"#;
    let mut output = String::new();
    let log = log_during(&mut emulator, |emulator| {
        output = run_ok(emulator, script);
    });
    assert_eq!(
        output,
        "1\n0\n0 True True\nPin(B6) Pin(A13) Pin(B4)\n168000000\nOSError 19\nTrue\n"
    );
    let writes: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("unimplemented device write"))
        .collect();
    let find = |port: &str, offset: &str, value: &str| {
        let wanted =
            format!("{port}: unimplemented device write (size 4, offset {offset}, value {value})");
        writes
            .iter()
            .position(|line| *line == wanted)
            .unwrap_or_else(|| panic!("no `{wanted}` in the log:\n{log}"))
    };
    // X1 = A0 through BSRR: reset (value=0), set (on), reset (toggle), in that order.
    let first_reset = find("GPIOA", "0x018", "0x00010000");
    let set = find("GPIOA", "0x018", "0x00000001");
    assert!(first_reset < set, "{log}");
    let reset_again = "GPIOA: unimplemented device write (size 4, offset 0x018, value 0x00010000)";
    assert!(writes[set..].contains(&reset_again), "{log}");
    // LED 4 (blue) = B4 on; C13's pull-up in PUPDR.
    find("GPIOB", "0x018", "0x00000010");
    find("GPIOC", "0x00c", "0x04000000");
    // `machine.mem32`/`mem16` on GPIOB's BSRR, at their widths.
    find("GPIOB", "0x018", "0x00000020");
    let half = "GPIOB: unimplemented device write (size 2, offset 0x01a, value 0x0040)";
    assert!(writes.contains(&half), "{log}");
    // The watchdog (IWDG at 0x4000_3000, which QEMU 7.2's placeholder calls "I2S2ext"):
    // started, unlocked, prescaler /8 and reload 3999 for 1 s at 32 kHz, then fed.
    let start = find("I2S2ext", "0x000", "0x0000cccc");
    let prescaler = find("I2S2ext", "0x004", "0x00000001");
    let reload = find("I2S2ext", "0x008", "0x00000f9f");
    let fed = find("I2S2ext", "0x000", "0x0000aaaa");
    assert!(
        start < prescaler && prescaler < reload && reload < fed,
        "{log}"
    );
}

/// `machine.I2C(1)` on the pyboard is clocked in software on X9/X10 (PB6 SCL, PB7 SDA): the
/// GPIOB writes QEMU logs (`-d unimp`; it has no GPIO model, so SDA always reads low, which
/// the bus takes for acknowledgements) must spell a start, the address byte, the data byte,
/// each followed by a released acknowledge clock, and a stop.
#[test]
fn stm32f405_i2c_clocks_bytes_on_x9_x10() {
    let Some(mut emulator) = boot(Board::Stm32f405, &["-d", "unimp"]) else {
        return;
    };
    let script = r#"
import machine
i2c = machine.I2C(1, freq=100000)
print(i2c.writeto(0x50, b'\x0f'))
try:
    machine.I2C(3)
except ValueError as error:
    print(error)
"#;
    let mut output = String::new();
    let log = log_during(&mut emulator, |emulator| {
        output = run_ok(emulator, script);
    });
    assert_eq!(output, "1\nI2C(3) doesn't exist\n");
    // Follow SCL (bit 6) and SDA (bit 7) through GPIOB's BSRR: a bit is read at each rising
    // SCL edge, a start is SDA falling and a stop SDA rising while SCL is high.
    let prefix = "GPIOB: unimplemented device write (size 4, offset 0x018, value ";
    let (mut scl, mut sda) = (true, true);
    let mut seen = String::new();
    for line in log.lines() {
        let Some(value) = line.strip_prefix(prefix).and_then(|v| v.strip_suffix(')')) else {
            continue;
        };
        let value = u32::from_str_radix(value.trim_start_matches("0x"), 16).unwrap_or(0);
        let level =
            |bit: u32, was: bool| match (value & 1 << bit != 0, value & 1 << (bit + 16) != 0) {
                (true, _) => true,
                (_, true) => false,
                _ => was,
            };
        let (new_scl, new_sda) = (level(6, scl), level(7, sda));
        if new_scl && !scl {
            seen.push(if new_sda { '1' } else { '0' });
        } else if scl && new_scl && sda != new_sda {
            seen.push(if new_sda { 'P' } else { 'S' });
        }
        (scl, sda) = (new_scl, new_sda);
    }
    // (The stop's own SCL rise reads SDA low.)
    let expected = format!("S{:08b}1{:08b}10P", 0x50 << 1, 0x0f);
    assert_eq!(seen, expected, "{log}");
}

/// `Pin.irq` on the pyboard arms the pin's EXTI line (SYSCFG port selection, trigger edges,
/// mask), and a firing of the line's interrupt runs the handler with the pin at the next safe
/// point. QEMU 7.2 models EXTI's registers but no GPIO to drive a line, so the test makes
/// EXTI0's interrupt pending in the NVIC (`ISPR0`) through `machine.mem32`, as an edge on
/// X1 (PA0) would. `machine.ADC` converts on ADC1 (QEMU's model answers 7, 14, 21… for every
/// channel, 12 bits scaled to 16) after putting the pin in analog mode.
#[test]
fn stm32f405_pin_irq_and_adc() {
    let Some(mut emulator) = boot(Board::Stm32f405, &["-d", "unimp"]) else {
        return;
    };
    let script = r#"
import machine, time
from machine import ADC, Pin
EXTI = 0x40013C00
fired = []
x1 = Pin('X1', Pin.IN, Pin.PULL_UP)
print(x1.irq(lambda pin: fired.append(pin), Pin.IRQ_FALLING))
print([machine.mem32[EXTI + offset] & 1 for offset in (0, 8, 12)])
machine.mem32[0xE000E200] = 1 << 6
time.sleep_ms(1)
print(fired == [x1], fired[0] is x1)
try:
    Pin('B0', Pin.IN).irq(print)
except OSError as error:
    print('OSError', error.errno)
x1.irq(None)
machine.mem32[0xE000E200] = 1 << 6
time.sleep_ms(1)
print(len(fired), machine.mem32[EXTI] & 1)
y11 = Pin('Y11', Pin.IN)
y11.irq(print, trigger=Pin.IRQ_RISING | Pin.IRQ_FALLING)
print(machine.mem32[0x40013808] & 0xf, [machine.mem32[EXTI + offset] & 1 for offset in (0, 8, 12)])
y11.irq(None)
try:
    x1.irq(print, 3)
except ValueError as error:
    print(error)
adc = ADC(Pin('X19'))
print([adc.read_u16() for _ in range(3)], ADC(ADC.CORE_TEMP).read_u16())
for bad in ('X9', 19):
    try:
        ADC(bad)
    except ValueError as error:
        print(error)
"#;
    let mut output = String::new();
    let log = log_during(&mut emulator, |emulator| {
        output = run_ok(emulator, script);
    });
    assert_eq!(
        output,
        "None\n[1, 0, 1]\nTrue True\nOSError 16\n1 0\n1 [1, 1, 1]\n\
         invalid pin trigger: 3\n[112, 224, 336] 448\n\
         Pin(B6) has no ADC channel\ninvalid ADC: 19\n"
    );
    // X19 = PC0 in analog mode (MODER bits 0..=1 = 0b11) before its conversions.
    let analog = "GPIOC: unimplemented device write (size 4, offset 0x000, value 0x00000003)";
    assert!(log.lines().any(|line| line == analog), "{log}");
    // A soft reset disarms the lines the old program armed.
    let armed = "import machine\nfrom machine import Pin\n\
                 Pin('X2', Pin.IN).irq(print)\nprint(machine.mem32[0x40013C00] & 0xffff)\n";
    assert_eq!(run_ok(&mut emulator, armed), "2\n");
    soft_reset(&mut emulator);
    let after = run_ok(
        &mut emulator,
        "import machine\nprint(machine.mem32[0x40013C00] & 0xffff)\n",
    );
    assert_eq!(after, "0\n");
}

/// `machine.PWM` on TIM2–TIM4's channels: QEMU models the timers' registers (with a 1 GHz
/// clock, which the firmware detects), not their outputs, so the test reads back what the
/// driver wrote — PWM mode 1, polarity, prescaler, period and compare — and the figures
/// `freq`/`duty_u16`/`duty_ns` work out from them. A soft reset stops the outputs.
#[test]
fn stm32f405_pwm_drives_timer_channels() {
    let Some(mut emulator) = boot(Board::Stm32f405, &[]) else {
        return;
    };
    let script = r#"
import machine
from machine import PWM, Pin
TIM3 = 0x40000400
def registers(base, offsets=(0, 0x18, 0x20, 0x28, 0x2c, 0x34, 0x38)):
    return [machine.mem32[base + offset] for offset in offsets]
blue = PWM(Pin('LED_BLUE'), freq=1000, duty_u16=32768)
print(blue)
print(blue.freq(), blue.duty_u16(), blue.duty_ns())
print(registers(TIM3))
blue.freq(50)
print(blue.freq(), blue.duty_u16(), blue.duty_ns())
blue.duty_ns(1500000)
print(blue.duty_u16(), blue.duty_ns())
blue.freq(100)
print(blue.duty_u16(), blue.duty_ns())
other = PWM('B5', duty_u16=65535, invert=True)
print(other, registers(TIM3, (0x20, 0x38)))
blue.freq(200)
print(other.duty_u16(), blue.duty_ns())
for bad in ({'freq': 0}, {'freq': 10**9}, {'duty_u16': 65536}, {'duty_ns': -1},
            {'duty_u16': 1, 'duty_ns': 1}, {'freq': 'x'}, {'phase': 1}):
    try:
        blue.init(**bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
try:
    PWM('X5')
except ValueError as error:
    print(error)
PWM('X1', freq=10)
try:
    PWM('X6')
except OSError as error:
    print('X6 OSError', error.errno)
try:
    machine.Timer(3, freq=10)
except OSError as error:
    print('Timer OSError', error.errno)
timer = machine.Timer(4, freq=10)
try:
    PWM('B6')
except OSError as error:
    print('PWM OSError', error.errno)
timer.deinit()
slow = PWM('B6', freq=1)
print(slow.freq(), registers(0x40000800, (0x28, 0x2c)))
blue.deinit()
print(blue, registers(TIM3, (0x20,)))
try:
    blue.duty_u16()
except ValueError as error:
    print(error)
blue.init(freq=2000)
print(blue, registers(TIM3, (0x20,)))
"#;
    assert_eq!(
        run_ok(&mut emulator, script),
        "PWM(Pin(B4), freq=1000, duty_u16=32768)\n\
         1000 32768 500000\n\
         [129, 104, 1, 15, 62499, 31250, 0]\n\
         50 32768 10000080\n\
         4915 1500012\n\
         9830 1500012\n\
         PWM(Pin(B5), freq=100, duty_u16=65535) [49, 65359]\n\
         65535 1500037\n\
         ValueError freq must be positive\n\
         ValueError freq too large\n\
         ValueError duty_u16 must be from 0 to 65535\n\
         ValueError duty_ns must be from 0 to 9223372036854775806\n\
         ValueError give duty_u16 or duty_ns, not both\n\
         TypeError 'str' object cannot be interpreted as an integer\n\
         TypeError init() got an unexpected keyword argument 'phase'\n\
         Pin(A4) has no PWM channel\n\
         X6 OSError 16\n\
         Timer OSError 16\n\
         PWM OSError 16\n\
         1 [15259, 65529]\n\
         PWM(Pin(B4)) [48]\n\
         PWM is deinitialised: call init()\n\
         PWM(Pin(B4), freq=2000, duty_u16=65535) [49]\n"
    );
    // A soft reset stops every output and its timer.
    soft_reset(&mut emulator);
    let after = run_ok(
        &mut emulator,
        "import machine\nprint([machine.mem32[base + offset] for base in (0x40000000, \
         0x40000400, 0x40000800) for offset in (0, 0x20)])\n",
    );
    assert_eq!(after, "[0, 0, 0, 0, 0, 0]\n");
}

/// `pyb.LED(3)`/`LED(4)` dim through TIM2's/TIM3's first channel (the registers read back,
/// as in the PWM test), the other LEDs are on for any intensity; `pyb.Switch()` reads B3
/// (QEMU's GPIO reads as zeroes: pressed) and its callback runs, without arguments, when
/// EXTI3 is made pending in the NVIC; the tick functions count.
#[test]
fn stm32f405_pyb_led_intensity_switch_and_ticks() {
    let Some(mut emulator) = boot(Board::Stm32f405, &[]) else {
        return;
    };
    let script = r#"
import pyb, machine, time
TIM2, TIM3 = 0x40000000, 0x40000400
blue, yellow, red = pyb.LED(4), pyb.LED(3), pyb.LED(1)
print(blue.intensity(), red.intensity())
blue.intensity(128)
print(blue.intensity(), pyb.LED(4).intensity(), [machine.mem32[TIM3 + o] for o in (0, 0x20, 0x2c, 0x34)])
yellow.intensity(300)
print(yellow.intensity(), machine.mem32[TIM2 + 0x20])
yellow.intensity(-5)
print(yellow.intensity())
yellow.intensity(1)
print(yellow.intensity(), machine.mem32[TIM2 + 0x20], machine.mem32[TIM2 + 0x34])
blue.toggle()
print(blue.intensity(), machine.mem32[TIM3 + 0x20], machine.mem32[TIM3])
blue.toggle()
print(blue.intensity())
red.intensity(10)
print(red.intensity())
red.off()
print(red.intensity())
switch = pyb.Switch()
print(switch(), switch.value(), switch)
presses = []
switch.callback(lambda: presses.append(len(presses)))
machine.mem32[0xE000E200] = 1 << 9
time.sleep_ms(1)
machine.mem32[0xE000E200] = 1 << 9
time.sleep_ms(1)
switch.callback(None)
machine.mem32[0xE000E200] = 1 << 9
time.sleep_ms(1)
print(presses)
start_ms, start_us = pyb.millis(), pyb.micros()
pyb.udelay(2000)
pyb.delay(3)
print(pyb.elapsed_millis(start_ms) >= 5, pyb.elapsed_micros(start_us) >= 5000, type(start_ms))
"#;
    assert_eq!(
        run_ok(&mut emulator, script),
        "0 0\n128 128 [129, 1, 62499, 31373]\n255 0\n0\n1 1 3922\n0 0 0\n255\n255\n0\n\
         True True Switch()\n[0, 1]\nTrue True <class 'int'>\n"
    );
}

/// Types a line at the friendly REPL and waits for the next prompt.
fn type_line(console: &mut Console, line: &str) {
    console
        .write_all(format!("{line}\r").as_bytes())
        .and_then(|()| console.read_until(b">>> ", Duration::from_secs(10), "the prompt"))
        .unwrap_or_else(|error| panic!("{error}"));
}

/// `machine.reset()` reboots the board: a new banner and prompt follow.
fn check_reset(board: Board) {
    let Some(mut emulator) = boot(board, &[]) else {
        return;
    };
    let console = emulator.console();
    type_line(console, "import machine");
    console
        .write_all(b"machine.reset()\r")
        .unwrap_or_else(|error| panic!("{error}"));
    console
        .read_until(b"Pyrite ", Duration::from_secs(20), "a new banner")
        .unwrap_or_else(|error| panic!("{error}"));
    let rest = console
        .read_until(b">>> ", Duration::from_secs(20), "the prompt after reset")
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(
        String::from_utf8_lossy(&rest).contains(&format!(" on {}; heap ", board.name())),
        "{}",
        String::from_utf8_lossy(&rest)
    );
    let output = run_ok(
        &mut emulator,
        "import machine\nprint('alive', 6 * 7, machine.reset_cause() == machine.HARD_RESET)\n",
    );
    assert_eq!(output, "alive 42 True\n");
    // After a soft reset (the raw REPL's Ctrl-D) the cause is SOFT_RESET.
    soft_reset(&mut emulator);
    let output = run_ok(
        &mut emulator,
        "import machine\nprint(machine.reset_cause(), machine.SOFT_RESET)\n",
    );
    assert_eq!(output, "0 0\n");
}

/// `machine.WDT` left unfed resets the board (the CMSDK watchdog QEMU models on MPS2), and
/// the next boot's `reset_cause()` says so; fed in time, it does not.
#[test]
fn mps2_an385_watchdog_resets_unless_fed() {
    let Some(mut emulator) = boot(Board::Mps2An385, &[]) else {
        return;
    };
    let output = run_ok(
        &mut emulator,
        "import machine, time\n\
         print(machine.reset_cause() == machine.PWRON_RESET)\n\
         w = machine.WDT(timeout=200)\n\
         for _ in range(6):\n    time.sleep_ms(120)\n    w.feed()\n\
         print('fed in time')\n",
    );
    assert_eq!(output, "True\nfed in time\n");
    let console = emulator.console();
    console
        .write_all(b"\x02")
        .and_then(|()| console.read_until(b">>> ", Duration::from_secs(10), "the friendly prompt"))
        .unwrap_or_else(|error| panic!("{error}"));
    console
        .read_until(
            b"Pyrite ",
            Duration::from_secs(20),
            "a new banner after the watchdog",
        )
        .unwrap_or_else(|error| panic!("{error}"));
    console
        .read_until(
            b">>> ",
            Duration::from_secs(20),
            "the prompt after the reset",
        )
        .unwrap_or_else(|error| panic!("{error}"));
    let output = run_ok(
        &mut emulator,
        "import machine\nprint(machine.reset_cause() == machine.WDT_RESET)\n",
    );
    assert_eq!(output, "True\n");
}

#[test]
fn mps2_an385_machine_reset_reboots() {
    check_reset(Board::Mps2An385);
}

#[test]
fn stm32f405_machine_reset_reboots() {
    check_reset(Board::Stm32f405);
}

/// `machine.RTC` sets the wall clock: `datetime()` reads it back (weekday from the date),
/// `time.localtime()`/`time.time()` follow it, bad fields are `ValueError`, and the clock
/// keeps counting across a soft reset (the epoch second and the weekdays as CPython's
/// `calendar.timegm` and `date.weekday` give them).
#[test]
fn mps2_an385_rtc_sets_the_wall_clock() {
    let Some(mut emulator) = boot(Board::Mps2An385, &[]) else {
        return;
    };
    let set = r#"
import machine, time
rtc = machine.RTC()
rtc.datetime((2026, 11, 29, 0, 23, 59, 58, 500000))
print(rtc.datetime()[:7], time.localtime()[:6], int(time.time()))
for bad in ((2026, 2, 30, 0, 0, 0, 60, 0), (2026, 1), [2026, 0, 1]):
    try:
        rtc.datetime(bad)
    except ValueError as error:
        print(error)
"#;
    assert_eq!(
        run_ok(&mut emulator, set),
        "(2026, 11, 29, 6, 23, 59, 58) (2026, 11, 29, 23, 59, 58) 1795996798\n\
         RTC datetime field out of range\n\
         RTC datetime needs (year, month, day[, weekday, hours, …])\n\
         RTC datetime field out of range\n"
    );
    soft_reset(&mut emulator);
    // 1.5 s before midnight when set: a second and a half later (and a soft reset) the date
    // has turned, whatever the reset took.
    let read = "import machine, time\ntime.sleep_ms(1600)\nnow = machine.RTC().datetime()\n\
                print(now[:6], now[6] < 30)\n";
    assert_eq!(
        run_ok(&mut emulator, read),
        "(2026, 11, 30, 0, 0, 0) True\n"
    );
}

/// Timer callbacks keep running while the friendly REPL waits for input.
#[test]
fn mps2_an385_callbacks_run_at_the_prompt() {
    let Some(mut emulator) = boot(Board::Mps2An385, &[]) else {
        return;
    };
    let console = emulator.console();
    type_line(console, "import machine");
    type_line(
        console,
        "t = machine.Timer(-1, period=50, callback=lambda t: print('tick'))",
    );
    // Nothing is typed now: only the callbacks can print.
    let waiting = console.read_until(
        b"tick\r\ntick\r\ntick\r\n",
        Duration::from_secs(10),
        "three ticks at the prompt",
    );
    let stopped = console
        .write_all(b"t.deinit()\r")
        .and_then(|()| console.read_until(b">>> ", Duration::from_secs(10), "the prompt"));
    waiting.unwrap_or_else(|error| panic!("{error}"));
    stopped.unwrap_or_else(|error| panic!("{error}"));
}

/// `machine.UART(id)` on QEMU's second serial port, a TCP socket the test talks to.
/// Boots `board` with its second serial port on a TCP socket; the host side answers the first
/// line the board writes with `answer` (on a thread whose result is the line received).
fn boot_with_uart_peer(
    board: Board,
    answer: &'static [u8],
) -> Option<(Emulator, std::thread::JoinHandle<std::io::Result<Vec<u8>>>)> {
    use std::io::{Read, Write};
    let port = std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .unwrap_or_else(|error| panic!("no free port: {error}"));
    let serial = format!("tcp:127.0.0.1:{port},server=on,wait=off");
    let emulator = boot(board, &["-serial", &serial])?;
    let mut socket = std::net::TcpStream::connect(("127.0.0.1", port))
        .unwrap_or_else(|error| panic!("second serial port: {error}"));
    socket
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap_or_else(|error| panic!("{error}"));
    // The host side: wait for the board's greeting, then answer.
    let host = std::thread::spawn(move || {
        let mut received = Vec::new();
        let mut byte = [0u8];
        while !received.ends_with(b"\n") && socket.read(&mut byte).is_ok_and(|n| n == 1) {
            received.push(byte[0]);
        }
        socket.write_all(answer).map(|()| received)
    });
    Some((emulator, host))
}

fn check_uart(board: Board, id: u32) {
    let Some((mut emulator, host)) = boot_with_uart_peer(board, b"line from host\nabcdef") else {
        return;
    };
    let script = format!(
        "import machine, time\n\
         u = machine.UART({id}, 115200, timeout=5000)\n\
         print(u.write(b'hello host\\n'))\n\
         print(u.readline())\n\
         time.sleep_ms(100)\n\
         print(u.read(3), u.any())\n\
         u.init(timeout=100)\n\
         b = bytearray(5)\n\
         print(u.readinto(b, 2), b)\n\
         print(u.readinto(memoryview(b)[3:]), b)\n\
         print(u.readinto(b), u.read())\n"
    );
    let output = run_ok(&mut emulator, &script);
    let received = host
        .join()
        .unwrap_or_else(|_| panic!("host thread"))
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(received, b"hello host\n");
    assert_eq!(
        output,
        "11\nb'line from host\\n'\nb'abc' 3\n2 bytearray(b'de\\x00\\x00\\x00')\n\
         1 bytearray(b'de\\x00f\\x00')\nNone None\n"
    );
}

#[test]
fn mps2_an385_uart1_talks_to_the_host() {
    check_uart(Board::Mps2An385, 1);
}

/// `select.poll` waits for a `machine.UART` to receive (the host answers the board's
/// greeting), times out on the console's `sys.stdin` while nothing is typed, and `select.select`
/// finds the UART readable.
#[test]
fn mps2_an385_select_polls_uart_and_console() {
    let Some((mut emulator, host)) = boot_with_uart_peer(Board::Mps2An385, b"pong\n") else {
        return;
    };
    let script = "import machine, select, sys, time\n\
         u = machine.UART(1, 115200)\n\
         p = select.poll()\n\
         p.register(u, select.POLLIN)\n\
         p.register(sys.stdin, select.POLLIN)\n\
         print(p.poll(0))\n\
         u.write(b'ping\\n')\n\
         t = time.ticks_ms()\n\
         print(p.poll(5000) == [(u, select.POLLIN)], time.ticks_diff(time.ticks_ms(), t) < 5000)\n\
         time.sleep_ms(50)\n\
         print(select.select([u, sys.stdin], [], [], 1) == ([u], [], []), u.read())\n\
         p.unregister(u)\n\
         t = time.ticks_ms()\n\
         print(p.poll(30), time.ticks_diff(time.ticks_ms(), t) >= 30)\n";
    let output = run_ok(&mut emulator, script);
    let received = host
        .join()
        .unwrap_or_else(|_| panic!("host thread"))
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(received, b"ping\n");
    assert_eq!(output, "[]\nTrue True\nTrue b'pong\\n'\n[] True\n");
}

/// MicroPython's asyncio parts for hardware: a `ThreadSafeFlag` a `machine.Timer` callback
/// sets, and streams over `machine.UART` (the reader waits for bytes while other tasks run;
/// the writer sends at `drain`).
#[test]
fn mps2_an385_asyncio_uart_streams_and_flag() {
    let Some((mut emulator, host)) =
        boot_with_uart_peer(Board::Mps2An385, b"first line\nsecond line\nxyz")
    else {
        return;
    };
    let script = r#"
import asyncio, machine
uart = machine.UART(1, 115200)
flag = asyncio.ThreadSafeFlag()
timer = machine.Timer(-1, mode=machine.Timer.ONE_SHOT, period=30, callback=lambda t: flag.set())
events = []
async def read_lines():
    reader = asyncio.StreamReader(uart)
    events.append(await reader.readline())
    events.append(await reader.readline())
    events.append(await reader.readexactly(3))
async def greet():
    writer = asyncio.StreamWriter(uart)
    writer.write(b"hello ")
    writer.write(b"host\n")
    await writer.drain()
async def flagged():
    await flag.wait()
    events.append("flag")
async def main():
    await asyncio.gather(read_lines(), greet(), flagged())
asyncio.run(main())
print(sorted(str(event) for event in events))
"#;
    let output = run_ok(&mut emulator, script);
    let received = host
        .join()
        .unwrap_or_else(|_| panic!("host thread"))
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(received, b"hello host\n");
    assert_eq!(
        output,
        r#"["b'first line\\n'", "b'second line\\n'", "b'xyz'", 'flag']"#.to_owned() + "\n"
    );
}

#[test]
fn stm32f405_uart2_talks_to_the_host() {
    check_uart(Board::Stm32f405, 2);
}

/// `machine.I2C` bit-bangs the MPS2's SBCon: QEMU's EEPROM and temperature sensor answer on
/// the bus their `-device` lines put them on (shield 1, `I2C(3)`).
#[test]
fn mps2_an385_i2c_eeprom_round_trip() {
    let Some(mut emulator) = boot(
        Board::Mps2An385,
        &[
            "-device",
            "at24c-eeprom,bus=i2c,address=0x50,rom-size=4096",
            "-device",
            "tmp105,bus=i2c,address=0x48",
        ],
    ) else {
        return;
    };
    let script = r#"
import machine
bus = machine.I2C(3, freq=100000)
print(bus.scan(), machine.I2C(0).scan())
bus.writeto_mem(0x50, 0x123, b'pyrite', addrsize=16)
print(bus.readfrom_mem(0x50, 0x123, 6, addrsize=16))
print(bus.writeto(0x50, b'\x00\x20abc'))
bus.writeto(0x50, b'\x00\x20', False)
print(bus.readfrom(0x50, 3))
buffer = bytearray(6)
bus.readfrom_mem_into(0x50, 0x123, buffer, addrsize=16)
window = bytearray(5)
bus.writeto(0x50, b'\x01\x23', False)
bus.readfrom_into(0x50, memoryview(window)[1:4])
print(buffer, window)
try:
    bus.readfrom(0x33, 1)
except OSError as error:
    print('OSError', error.errno)
try:
    machine.I2C(4)
except ValueError as error:
    print(error)
"#;
    let output = run_ok(&mut emulator, script);
    assert_eq!(
        output,
        "[72, 80] []\nb'pyrite'\n5\nb'abc'\nbytearray(b'pyrite') bytearray(b'\\x00pyr\\x00')\n\
         OSError 19\nI2C(4) doesn't exist\n"
    );
}

/// `machine.SPI` drives the MPS2's PL022 on shield 1 (`SPI(4)`), where `-device …,bus=ssi`
/// puts QEMU's W25Q80BL SPI NOR flash. QEMU leaves the flash's chip-select line unwired
/// (always selected), so commands run back to back and only those that end by themselves
/// can be followed by another: the JEDEC ID read (0x9F, six bytes out), then write enable and
/// a page program, whose bytes the flash's trace events show.
#[test]
fn mps2_an385_spi_flash_jedec_id_and_page_program() {
    let Some(mut emulator) = boot(
        Board::Mps2An385,
        &[
            "-device",
            "w25q80bl,bus=ssi",
            "-trace",
            "m25p80_page_program",
        ],
    ) else {
        return;
    };
    let script = r#"
import machine
from machine import SPI
flash = SPI(4, 10000000, polarity=1, phase=1)
print(flash.read(7, 0x9f))
reply = bytearray(7)
flash.write_readinto(b'\x9f' + bytes(6), reply)
print(reply)
flash.write(b'\x9f')
window = bytearray(8)
flash.readinto(memoryview(window)[2:8], 0xff)
print(window)
flash.init(baudrate=100000, firstbit=SPI.LSB)
flash.write_readinto(b'\xf9' + bytes(6), reply)
print(reply)
flash.deinit()
try:
    flash.write(b'\x00')
except OSError as error:
    print('OSError', error.errno)
flash.init()
for bad in ('SPI(5)', 'SPI(-1)', 'SPI("0")', 'SPI(4, bits=16)', 'SPI(4, polarity=2)',
            'SPI(4, firstbit=2)', 'SPI(4, baudrate=0)', 'SPI(4, sck=1)', 'flash.write(7)',
            'flash.readinto(bytes(2))', 'flash.write_readinto(b"ab", bytearray(3))'):
    try:
        eval(bad)
        print('accepted', bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
print(SPI.MSB, SPI.LSB, SPI.CONTROLLER == SPI.MASTER)
flash.write(b'\x06')
flash.write(b'\x02\x00\x01\x00pyrite')
"#;
    let mut output = String::new();
    let log = log_during(&mut emulator, |emulator| {
        output = run_ok(emulator, script);
    });
    // W25Q80BL: manufacturer 0xEF (Winbond), memory type 0x40, capacity 0x14 (8 Mbit); the
    // model pads its ID to six bytes with zeroes. LSB-first sends 0x9F as 0xF9 and reverses
    // each byte of the reply.
    assert_eq!(
        output,
        "b'\\x00\\xef@\\x14\\x00\\x00\\x00'\n\
         bytearray(b'\\x00\\xef@\\x14\\x00\\x00\\x00')\n\
         bytearray(b'\\x00\\x00\\xef@\\x14\\x00\\x00\\x00')\n\
         bytearray(b'\\x00\\xf7\\x02(\\x00\\x00\\x00')\n\
         OSError 110\n\
         ValueError SPI(5) doesn't exist\n\
         ValueError SPI(-1) doesn't exist\n\
         TypeError 'str' object cannot be interpreted as an integer\n\
         ValueError invalid bits: 16\n\
         ValueError invalid polarity: 2\n\
         ValueError invalid firstbit: 2\n\
         ValueError baudrate must be positive\n\
         TypeError init() got an unexpected keyword argument 'sck'\n\
         TypeError object with buffer protocol required\n\
         TypeError object with writable buffer protocol required\n\
         ValueError buffers must be the same length\n\
         0 1 True\n"
    );
    let programmed: Vec<&str> = log
        .lines()
        .filter_map(|line| line.split("page program ").nth(1))
        .collect();
    assert_eq!(
        programmed,
        [
            "cur_addr=0x100 data=0x70",
            "cur_addr=0x101 data=0x79",
            "cur_addr=0x102 data=0x72",
            "cur_addr=0x103 data=0x69",
            "cur_addr=0x104 data=0x74",
            "cur_addr=0x105 data=0x65",
        ],
        "{log}"
    );
}

/// The an386 image reads a W25Q80BL whose contents come from a file (`-drive`): the READ
/// command (0x03) and a 24-bit address, then the data (the flash keeps sending until chip
/// select rises, which QEMU never wires, so this is the last command).
#[test]
fn mps2_an386_spi_flash_read() {
    let path = std::env::temp_dir().join(format!("pyrite-spi-flash-{}.bin", std::process::id()));
    let mut contents = vec![0xffu8; 1 << 20];
    contents[0x1234..0x1234 + 12].copy_from_slice(b"hello, flash");
    std::fs::write(&path, &contents).unwrap_or_else(|error| panic!("{error}"));
    let drive = format!("if=none,format=raw,id=spiflash,file={}", path.display());
    let emulator = boot(
        Board::Mps2An386,
        &[
            "-drive",
            &drive,
            "-device",
            "w25q80bl,bus=ssi,drive=spiflash",
        ],
    );
    let output = emulator.map(|mut emulator| {
        run_ok(
            &mut emulator,
            "import machine
flash = machine.SPI(4, baudrate=2000000)
flash.write(b'\\x03\\x00\\x12\\x34')
print(flash.read(5))
rest = bytearray(7)
flash.readinto(rest)
print(rest)
",
        )
    });
    let _ = std::fs::remove_file(&path);
    if let Some(output) = output {
        assert_eq!(output, "b'hello'\nbytearray(b', flash')\n");
    }
}

/// `machine.SPI(1)`/`SPI(2)` on the pyboard: clocks and pins as QEMU's unimplemented RCC and
/// GPIO blocks log them (`-d unimp`). QEMU attaches `bus=ssi` devices to SPI6, which the
/// STM32F405 lacks, so nothing answers on SPI1/SPI2: the model reads zeroes.
#[test]
fn stm32f405_spi_clocks_and_pins() {
    let Some(mut emulator) = boot(Board::Stm32f405, &["-d", "unimp"]) else {
        return;
    };
    let script = r#"
import machine
one = machine.SPI(1, baudrate=2000000, polarity=1)
print(one.read(3, 0x9f))
two = machine.SPI(2)
buffer = bytearray(b'ab')
two.write_readinto(buffer, buffer)
two.write(b'xyz')
print(buffer)
two.deinit()
for bad in (0, 3):
    try:
        machine.SPI(bad)
    except ValueError as error:
        print(error)
"#;
    let mut output = String::new();
    let log = log_during(&mut emulator, |emulator| {
        output = run_ok(emulator, script);
    });
    assert_eq!(
        output,
        "b'\\x00\\x00\\x00'\nbytearray(b'\\x00\\x00')\nSPI(0) doesn't exist\nSPI(3) doesn't exist\n"
    );
    let wrote = |device: &str, offset: &str, value: &str| {
        let wanted = format!(
            "{device}: unimplemented device write (size 4, offset {offset}, value {value})"
        );
        assert!(
            log.lines().any(|line| line == wanted),
            "no `{wanted}` in the log:\n{log}"
        );
    };
    // SPI1EN (APB2ENR bit 12), SPI2EN (APB1ENR bit 14).
    wrote("RCC", "0x044", "0x00001000");
    wrote("RCC", "0x040", "0x00004000");
    // PA5–PA7 (X6–X8) and PB13–PB15 (Y6–Y8): alternate function 5, alternate mode. QEMU's
    // GPIO reads as zero, so each read-modify-write shows one pin's field.
    for (field, mode) in [
        ("0x00500000", "0x00000800"),
        ("0x05000000", "0x00002000"),
        ("0x50000000", "0x00008000"),
    ] {
        wrote("GPIOA", "0x020", field);
        wrote("GPIOA", "0x000", mode);
    }
    for (field, mode) in [
        ("0x00500000", "0x08000000"),
        ("0x05000000", "0x20000000"),
        ("0x50000000", "0x80000000"),
    ] {
        wrote("GPIOB", "0x024", field);
        wrote("GPIOB", "0x000", mode);
    }
}
