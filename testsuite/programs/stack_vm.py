# A tiny stack-based virtual machine with an assembler and jumps.
def assemble(src):
    labels, code = {}, []
    lines = [l.split(";")[0].strip() for l in src.strip().splitlines()]
    for line in lines:
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            parts = line.split()
            code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return [(op, labels.get(arg, arg) if arg is not None and not arg.lstrip("-").isdigit() else
             (int(arg) if arg is not None else None)) for op, arg in code]
def run(code, limit=10000):
    stack, pc, steps, out, env = [], 0, 0, [], {}
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op in ("add", "sub", "mul", "mod", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b if b else None, "lt": int(a < b)}[op])
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise ValueError(f"unknown op {op}")
    return out, steps
factorial = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz end
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    halt
"""
print(run(assemble(factorial)))
fizz = """
    push 1
    store i
top:
    load i
    push 16
    lt
    jz done
    load i
    push 15
    mod
    jz fb
    load i
    print
    jmp next
fb:
    push -15
    print
next:
    load i
    push 1
    add
    store i
    jmp top
done:
"""
print(run(assemble(fizz)))
try:
    run(assemble("spin:\n jmp spin"), limit=50)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    run([("bogus", None)])
except ValueError as e:
    print(type(e).__name__, e)
