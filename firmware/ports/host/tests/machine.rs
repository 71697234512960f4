//! `machine` on the host: the module imports, its timers (threads) call Python callbacks at
//! safe points, and hardware the PC lacks raises clear Python errors instead of crashing.

mod common;

/// Runs `pyrite -c code` in the current directory; returns (stdout, stderr, success).
fn pyrite(code: &str) -> (String, String, bool) {
    common::pyrite_in(std::path::Path::new("."), code)
}

#[test]
fn timer_callbacks_run_and_stop() {
    let (stdout, stderr, ok) = pyrite(
        "import machine, time\n\
         n = [0]\n\
         t = machine.Timer(0, period=10, callback=lambda t: n.__setitem__(0, n[0] + 1))\n\
         time.sleep_ms(200)\n\
         t.deinit()\n\
         seen = n[0]\n\
         time.sleep_ms(50)\n\
         print(10 <= seen <= 25, n[0] == seen, t)\n\
         v = machine.Timer(-1, mode=machine.Timer.ONE_SHOT, freq=100, callback=lambda t: n.append(t))\n\
         time.sleep_ms(60)\n\
         print(n[1:] == [v], v)\n",
    );
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "True True Timer(0)\nTrue Timer(-1)\n");
}

#[test]
fn callback_errors_are_reported_and_disable_the_callback() {
    let (stdout, stderr, ok) = pyrite(
        "import machine, time\n\
         calls = []\n\
         def bad(t):\n    calls.append(t)\n    1 / 0\n\
         t = machine.Timer(1, period=5, callback=bad)\n\
         time.sleep_ms(60)\n\
         t.deinit()\n\
         print(len(calls))\n",
    );
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "1\n");
    assert!(
        stderr.starts_with(
            "Unhandled exception in interrupt callback:\nTraceback (most recent call last):\n"
        ) && stderr.ends_with("ZeroDivisionError: division by zero\n"),
        "{stderr}"
    );
}

#[test]
fn schedule_runs_at_the_next_safe_point() {
    // Nine calls in straight-line code (no safe point between them) overflow the queue of
    // eight; the eight queued ones run at the loop's backward jump.
    let calls = "s(out.append, 2)\n".repeat(9);
    let (stdout, stderr, ok) = pyrite(&format!(
        "import micropython\n\
         out = []\n\
         s = micropython.schedule\n\
         s(out.append, 1)\n\
         print(out)\n\
         for _ in range(2):\n    pass\n\
         print(out)\n\
         try:\n    {}\nexcept RuntimeError as e:\n    print(e)\n\
         for _ in range(2):\n    pass\n\
         print(len(out))\n",
        calls.trim_end().replace('\n', "\n    ")
    ));
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "[]\n[1]\nschedule queue full\n9\n");
}

#[test]
fn missing_hardware_raises_python_errors() {
    let (stdout, stderr, ok) = pyrite(
        "import machine, pyb\n\
         for f in (lambda: machine.Pin('A0'), lambda: machine.Pin(0), lambda: machine.Timer(9, period=5),\n\
                   lambda: pyb.LED(1), lambda: machine.Timer(0, period=0)):\n\
         \x20   try:\n        f()\n    except ValueError as e:\n        print('ValueError', e)\n\
         for f in (machine.freq, machine.unique_id, lambda: machine.mem32[0],\n\
         \x20         lambda: machine.mem8.__setitem__(0, 1), lambda: machine.WDT(timeout=100)):\n\
         \x20   try:\n        f()\n    except OSError as e:\n        print('OSError', e.errno)\n\
         machine.enable_irq(machine.disable_irq())\n\
         machine.idle()\n\
         print(machine.reset_cause() == machine.PWRON_RESET)\n\
         print('done')\n",
    );
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        "ValueError invalid pin: A0\nValueError invalid pin: 0\nValueError Timer(9) doesn't exist\n\
         ValueError LED(1) doesn't exist\nValueError period out of range\nOSError 19\nOSError 19\n\
         OSError 19\nOSError 19\nOSError 19\nTrue\ndone\n"
    );
}

/// `Signal` over a pin-like object of the program's own: `invert` flips what `on`/`off`
/// drive and what `value()` reads; pin arguments make a `Pin` (none on the host).
#[test]
fn signal_inverts_a_pin() {
    let (stdout, stderr, ok) = pyrite(
        "import machine\n\
         class Pin:\n\
         \x20   level = 0\n\
         \x20   def value(self, x=None):\n\
         \x20       if x is None:\n\
         \x20           return self.level\n\
         \x20       self.level = int(x)\n\
         p = Pin()\n\
         s = machine.Signal(p, invert=True)\n\
         print(s.value(), s())\n\
         s.on(); print(p.level, s.value())\n\
         s.off(); print(p.level, s.value())\n\
         s(0); print(p.level)\n\
         machine.Signal(p).on(); print(p.level)\n\
         for args in (('LED1', machine.Pin.OUT), ()):\n\
         \x20   try:\n\
         \x20       machine.Signal(*args, invert=True)\n\
         \x20   except (ValueError, TypeError) as e:\n\
         \x20       print(type(e).__name__, e)\n",
    );
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        "1 1\n0 1\n1 0\n1\n1\nValueError invalid pin: LED1\nTypeError Signal() needs a pin\n"
    );
}

#[test]
fn soft_reset_raises_system_exit() {
    let (stdout, _, ok) = pyrite(
        "import machine\ntry:\n    machine.soft_reset()\nexcept SystemExit:\n    print('SystemExit')\n",
    );
    assert!(ok);
    assert_eq!(stdout, "SystemExit\n");
}

/// MicroPython's asyncio parts for hardware on the host: a `ThreadSafeFlag` set by a timer
/// callback wakes its task while another task sleeps, and streams wrap any object with
/// `any`/`read`/`write`.
#[test]
fn asyncio_thread_safe_flag_and_streams() {
    let (stdout, stderr, ok) = pyrite(
        r#"import asyncio, machine
flag = asyncio.ThreadSafeFlag()
hits = []
tim = machine.Timer(0, period=20, callback=lambda t: flag.set())
async def waiter():
    for i in range(3):
        await flag.wait()
        hits.append(i)
    tim.deinit()
    return "done"
async def ticker():
    n = 0
    while len(hits) < 3:
        await asyncio.sleep_ms(5)
        n += 1
    return n > 3
class FakeUart:
    def __init__(self, data):
        self.data = data
        self.sent = b""
    def any(self):
        return len(self.data)
    def read(self, n):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
    def write(self, b):
        self.sent += b
        return len(b)
async def streams():
    u = FakeUart(b"one\ntwo\nabcdefg")
    r = asyncio.StreamReader(u)
    print(await r.readline(), await r.readline(), await r.readexactly(3), await r.read(2))
    buf = bytearray(4)
    print(await r.readinto(buf), buf)
    w = asyncio.StreamWriter(u)
    w.write(b"hello ")
    w.write(b"world")
    print(u.sent)
    await w.drain()
    print(u.sent)
async def both():
    return await asyncio.gather(waiter(), ticker())
print(asyncio.run(both()), hits)
asyncio.run(streams())
"#,
    );
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        "['done', True] [0, 1, 2]\n\
         b'one\\n' b'two\\n' b'abc' b'de'\n\
         2 bytearray(b'fg\\x00\\x00')\n\
         b''\n\
         b'hello world'\n"
    );
}
