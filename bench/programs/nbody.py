# N-body: the Sun and the four gas giants, integrated with a simple symplectic Euler step.
#
# Stresses float arithmetic, attribute-free list indexing and sqrt. Written for Pyrite from the
# physics (the planetary data are the well-known published orbital elements). The energy before
# and after 200 steps was computed by CPython 3.11 (the same code gives the published
# -0.169075164 / -0.169087605 after 1000 steps); the check allows 1e-6 relative so a port
# whose floats round differently still passes, while a wrong result does not.
#
# bench-sizes: default=410 quick=41 board=1
# bench-unit: runs/s

import time

NAME = "nbody"
UNIT = "runs/s"
STEPS = 200
EXPECTED = (-0.16907516382852447, -0.16902690858133143)

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def bodies():
    # x, y, z (AU), vx, vy, vz (AU/day scaled to years), mass (solar masses * 4 pi^2)
    return [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [
            4.84143144246472090e00,
            -1.16032004402742839e00,
            -1.03622044471123109e-01,
            1.66007664274403694e-03 * DAYS_PER_YEAR,
            7.69901118419740425e-03 * DAYS_PER_YEAR,
            -6.90460016972063023e-05 * DAYS_PER_YEAR,
            9.54791938424326609e-04 * SOLAR_MASS,
        ],
        [
            8.34336671824457987e00,
            4.12479856412430479e00,
            -4.03523417114321381e-01,
            -2.76742510726862411e-03 * DAYS_PER_YEAR,
            4.99852801234917238e-03 * DAYS_PER_YEAR,
            2.30417297573763929e-05 * DAYS_PER_YEAR,
            2.85885980666130812e-04 * SOLAR_MASS,
        ],
        [
            1.28943695621391310e01,
            -1.51111514016986312e01,
            -2.23307578892655734e-01,
            2.96460137564761618e-03 * DAYS_PER_YEAR,
            2.37847173959480950e-03 * DAYS_PER_YEAR,
            -2.96589568540237556e-05 * DAYS_PER_YEAR,
            4.36624404335156298e-05 * SOLAR_MASS,
        ],
        [
            1.53796971148509165e01,
            -2.59193146099879641e01,
            1.79258772950371181e-01,
            2.68067772490389322e-03 * DAYS_PER_YEAR,
            1.62824170038242295e-03 * DAYS_PER_YEAR,
            -9.51592254519715870e-05 * DAYS_PER_YEAR,
            5.15138902046611451e-05 * SOLAR_MASS,
        ],
    ]


def offset_momentum(system):
    px = py = pz = 0.0
    for body in system:
        px += body[3] * body[6]
        py += body[4] * body[6]
        pz += body[5] * body[6]
    sun = system[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(system):
    total = 0.0
    count = len(system)
    for i in range(count):
        a = system[i]
        total += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for j in range(i + 1, count):
            b = system[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            total -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return total


def advance(system, dt, steps):
    count = len(system)
    pairs = []
    for i in range(count):
        for j in range(i + 1, count):
            pairs.append((system[i], system[j]))
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            distance_squared = dx * dx + dy * dy + dz * dz
            magnitude = dt / (distance_squared * distance_squared ** 0.5)
            mass_a = a[6] * magnitude
            mass_b = b[6] * magnitude
            a[3] -= dx * mass_b
            a[4] -= dy * mass_b
            a[5] -= dz * mass_b
            b[3] += dx * mass_a
            b[4] += dy * mass_a
            b[5] += dz * mass_a
        for body in system:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def run_once():
    system = bodies()
    offset_momentum(system)
    before = energy(system)
    advance(system, 0.01, STEPS)
    return (before, energy(system))


def check(checksum):
    if checksum is None:
        return False
    for index in range(2):
        got = checksum[index]
        want = EXPECTED[index]
        if abs(got - want) > 1e-6 * abs(want):
            return False
    return True


def _settle():
    # Start from a collected heap, so a board's score does not depend on what ran before.
    try:
        import gc

        gc.collect()
    except ImportError:
        pass


def _timer():
    # perf_counter where it exists (CPython, Pyrite), ticks_us on MicroPython, time() otherwise.
    if hasattr(time, "perf_counter"):
        return time.perf_counter, lambda start: time.perf_counter() - start
    if hasattr(time, "ticks_us"):
        return time.ticks_us, lambda start: time.ticks_diff(time.ticks_us(), start) / 1000000.0
    return time.time, lambda start: time.time() - start


def main(n):
    _settle()
    start, elapsed = _timer()
    t0 = start()
    checksum = None
    for _ in range(n):
        checksum = run_once()
    seconds = elapsed(t0)
    if seconds <= 0.0:
        seconds = 1e-9
    ok = check(checksum)
    print(
        "BENCH name=%s score=%.3f unit=%s time_s=%.6f n=%d check=%s"
        % (NAME, n / seconds, UNIT, seconds, n, "ok" if ok else "fail")
    )
    if not ok:
        raise AssertionError("%s: checksum %r, expected %r" % (NAME, checksum, EXPECTED))


if __name__ == "__main__":
    main(410)
