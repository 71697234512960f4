# An event bus with decorators, weak coupling, and error isolation.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, **payload):
        results = []
        for fn in self.handlers.get(event, []):
            try:
                results.append(fn(**payload))
            except Exception as e:
                self.errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
        return results
bus = EventBus()
log = []
@bus.on("temperature")
def record(value, unit="C"):
    log.append((value, unit))
    return f"recorded {value}{unit}"
@bus.on("temperature")
def alarm(value, unit="C"):
    if value > 80:
        return "ALARM"
    return "ok"
@bus.on("temperature")
def broken(value, unit="C"):
    return 100 / (value - 20)
print(bus.emit("temperature", value=25))
print(bus.emit("temperature", value=90, unit="F"))
print(bus.emit("temperature", value=20))
print(bus.emit("unknown", x=1))
print(log)
print(bus.errors)
