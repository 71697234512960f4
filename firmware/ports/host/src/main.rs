//! `pyrite`: Pyrite's runtime on the PC.
//!
//! ```text
//! pyrite [-X heapsize=N[k|m]] [-X int_max_str_digits=N] [-X gc_stress] [-c CODE | FILE.py | -] [ARGS...]
//! ```
//!
//! With no script it opens the interactive REPL. An uncaught exception prints a CPython-style
//! traceback on stderr and exits 1 (an uncaught `KeyboardInterrupt` ends the process by
//! SIGINT, as CPython's does: a shell sees 130); `sys.exit(n)` exits n.

mod host_timers;
mod port;

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use pyrite::ast::Mode;
use pyrite::{Interpreter, Outcome};

/// Default heap on the host: generous, like CPython's unbounded heap, but still a limit so
/// runaway programs get MemoryError instead of exhausting the machine.
const DEFAULT_HEAP: usize = 256 << 20;

#[global_allocator]
static ALLOCATOR: pyrite::alloc_counter::CountingAllocator<mimalloc::MiMalloc> =
    pyrite::alloc_counter::CountingAllocator(mimalloc::MiMalloc);

const USAGE: &str = "usage: pyrite [-X OPTION] [-c CODE | FILE | -] [ARG...]
  -c CODE          run CODE
  FILE             run a script (use - for standard input)
  -X heapsize=N    heap size in bytes (suffix k or m), default 256m
  -X int_max_str_digits=N
                   most digits an int may be converted from or to in decimal
                   (0: no limit; default 4300, or $PYTHONINTMAXSTRDIGITS)
  -X gc_stress     collect the garbage at every safe point (slow; finds values the
                   runtime forgot to keep alive across a call into Python)
  -h, --help       show this help
With no CODE or FILE, start the interactive REPL.";

enum Program {
    Code(String),
    File(String),
    Stdin,
    Repl,
}

fn parse_size(text: &str) -> Option<usize> {
    let text = text.trim();
    let (digits, multiplier) = match text.chars().last()? {
        'k' | 'K' => (&text[..text.len() - 1], 1 << 10),
        'm' | 'M' => (&text[..text.len() - 1], 1 << 20),
        'g' | 'G' => (&text[..text.len() - 1], 1 << 30),
        _ => (text, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(multiplier)
}

/// `path` made absolute against the working directory and normalised lexically (`.` and
/// `..` folded, no symbolic link resolved), as Python's `os.path.abspath`.
fn absolute_path(path: &str) -> String {
    use std::path::{Component, PathBuf};
    let joined = match std::env::current_dir() {
        Ok(directory) => directory.join(path),
        Err(_) => return path.to_string(),
    };
    let mut normal = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal.to_string_lossy().into_owned()
}

/// The value of `-X int_max_str_digits` or `PYTHONINTMAXSTRDIGITS`: 0 or at least 640.
fn parse_max_str_digits(text: &str) -> Result<u32, String> {
    let threshold = pyrite::obj::int::MAX_STR_DIGITS_THRESHOLD;
    match text.trim().parse::<u32>() {
        Ok(digits) if digits == 0 || digits >= threshold => Ok(digits),
        _ => Err(format!(
            "'{text}' is not 0 or an integer of at least {threshold}"
        )),
    }
}

/// The interpreter runs on a thread with a stack this large, and the runtime's stack limit
/// sits `STACK_MARGIN` above its end: native recursion (iterators wrapping iterators,
/// `isinstance` of nested tuples, Python called back from native code) then raises
/// RecursionError where it would otherwise overrun the stack and abort.
const STACK_SIZE: usize = 64 << 20;
const STACK_MARGIN: usize = 1 << 20;

fn main() -> ExitCode {
    let interpreter = std::thread::Builder::new()
        .name(String::from("pyrite"))
        .stack_size(STACK_SIZE)
        .spawn(|| {
            let top = pyrite::port::stack_address();
            pyrite::port::set_stack_limit(top - (STACK_SIZE - STACK_MARGIN));
            run()
        });
    match interpreter.map(|thread| thread.join()) {
        Ok(Ok(code)) => code,
        // A panic has printed its message: exit as Rust's panic does.
        Ok(Err(_)) => ExitCode::from(101),
        Err(error) => {
            eprintln!("pyrite: cannot start the interpreter's thread: {error}");
            ExitCode::from(1)
        }
    }
}

fn run() -> ExitCode {
    // Bytes that are not UTF-8 become U+FFFD (`std::env::args` would panic on them).
    let args: Vec<String> = std::env::args_os()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let mut heap = DEFAULT_HEAP;
    let mut max_str_digits = None;
    let mut gc_stress = false;
    let mut program = Program::Repl;
    let mut script_args: Vec<String> = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let arg = &args[i];
        match arg.as_str() {
            "--dis" => {
                // Developer aid: print the bytecode of a file instead of running it.
                let Some(path) = args.get(i + 1) else {
                    eprintln!("pyrite: --dis needs a file");
                    return ExitCode::from(2);
                };
                let source = std::fs::read_to_string(path).unwrap_or_default();
                return match pyrite::parse::parse(&source, Mode::Exec)
                    .and_then(|module| pyrite::compile::compile(&module, Mode::Exec, path))
                {
                    Ok(code) => {
                        print!("{}", pyrite::compile::disassemble(&code));
                        ExitCode::SUCCESS
                    }
                    Err(error) => {
                        eprintln!("{path}:{}: {}", error.line, error.msg);
                        ExitCode::from(1)
                    }
                };
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-X" => {
                i += 1;
                let Some(option) = args.get(i) else {
                    eprintln!("pyrite: -X needs an option\n{USAGE}");
                    return ExitCode::from(2);
                };
                if option == "gc_stress" {
                    gc_stress = true;
                    i += 1;
                    continue;
                }
                if let Some(value) = option.strip_prefix("int_max_str_digits=") {
                    match parse_max_str_digits(value) {
                        Ok(digits) => max_str_digits = Some(digits),
                        Err(message) => {
                            eprintln!("pyrite: -X int_max_str_digits: {message}");
                            return ExitCode::from(2);
                        }
                    }
                    i += 1;
                    continue;
                }
                match option.strip_prefix("heapsize=").and_then(parse_size) {
                    Some(size) if size < pyrite::interpreter::MIN_HEAP_SIZE => {
                        eprintln!(
                            "pyrite: heapsize={size} is too small: the built-in objects alone \
                             need most of {} bytes",
                            pyrite::interpreter::MIN_HEAP_SIZE
                        );
                        return ExitCode::from(2);
                    }
                    Some(size) => heap = size,
                    None => {
                        eprintln!(
                            "pyrite: bad -X option '{option}' (expected heapsize=N[k|m], \
                             int_max_str_digits=N or gc_stress)"
                        );
                        return ExitCode::from(2);
                    }
                }
            }
            "-c" => {
                i += 1;
                let Some(code) = args.get(i) else {
                    eprintln!("pyrite: argument expected for the -c option\n{USAGE}");
                    return ExitCode::from(2);
                };
                program = Program::Code(code.clone());
                script_args = std::iter::once(String::from("-c"))
                    .chain(args[i + 1..].iter().cloned())
                    .collect();
                break;
            }
            "-" => {
                program = Program::Stdin;
                script_args = std::iter::once(String::from("-"))
                    .chain(args[i + 1..].iter().cloned())
                    .collect();
                break;
            }
            option if option.starts_with('-') && option.len() > 1 => {
                eprintln!("pyrite: unknown option '{option}'\n{USAGE}");
                return ExitCode::from(2);
            }
            file => {
                // As CPython: `__file__`, `sys.path[0]`, tracebacks and errors name the script
                // by its absolute path (`sys.argv[0]` keeps the path as given).
                program = Program::File(absolute_path(file));
                script_args = args[i..].to_vec();
                break;
            }
        }
        i += 1;
    }

    let script_dir = match &program {
        Program::File(path) => std::path::Path::new(path)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| String::from(".")),
        _ => String::from("."),
    };
    let host_port = port::HostPort::new(script_dir);
    port::install_interrupt_handler();
    let mut interpreter = Interpreter::new(Box::new(host_port), heap, &pyrite_stdlib::LIBRARY);
    port::set_argv(&mut interpreter, &script_args);
    if gc_stress {
        interpreter.vm().heap.set_stress(true);
    }
    // As CPython: the option wins over the environment variable.
    if let Some(digits) = max_str_digits {
        interpreter.vm().int_max_str_digits = digits;
    } else if let Ok(value) = std::env::var("PYTHONINTMAXSTRDIGITS") {
        match parse_max_str_digits(&value) {
            Ok(digits) => interpreter.vm().int_max_str_digits = digits,
            Err(message) => {
                eprintln!("pyrite: PYTHONINTMAXSTRDIGITS: {message}");
                return ExitCode::from(2);
            }
        }
    }

    let outcome = match program {
        Program::Code(code) => interpreter.exec(&code, "<string>", Mode::Exec),
        Program::File(path) => match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(source) => {
                    // Only fails when the heap cannot hold the path: then there is no room
                    // to run the script either, and running it reports that.
                    let _ = interpreter.set_main_file(&path);
                    interpreter.exec(&source, &path, Mode::Exec)
                }
                Err(_) => {
                    eprintln!("pyrite: can't decode file '{path}': not UTF-8");
                    return ExitCode::from(1);
                }
            },
            Err(error) => {
                eprintln!("pyrite: can't open file '{path}': {error}");
                return ExitCode::from(2);
            }
        },
        Program::Stdin => {
            let mut source = String::new();
            if let Err(error) = std::io::stdin().read_to_string(&mut source) {
                eprintln!("pyrite: can't read standard input: {error}");
                return ExitCode::from(2);
            }
            interpreter.exec(&source, "<stdin>", Mode::Exec)
        }
        Program::Repl => return repl(&mut interpreter),
    };
    interpreter.finish();
    port::flush_stdout();
    match outcome {
        Outcome::Completed | Outcome::Incomplete => ExitCode::SUCCESS,
        Outcome::Exit(code) => ExitCode::from((code & 0xff) as u8),
        Outcome::Exception(text) => {
            eprint!("{text}");
            if interpreter.interrupted() {
                port::exit_by_interrupt();
            }
            ExitCode::from(1)
        }
    }
}

/// The interactive REPL on a terminal (or a pipe): `>>> ` and `... ` prompts, echo of
/// expression values, Ctrl-C interrupts, Ctrl-D (end of input) exits.
fn repl(interpreter: &mut Interpreter) -> ExitCode {
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        println!(
            "Pyrite {} on {} (host); heap {} bytes\nType \"help()\" for more information.",
            pyrite::VERSION,
            std::env::consts::OS,
            interpreter.mem_info().total
        );
    }
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        let line = match port::read_line(prompt) {
            port::Line::Text(line) => line,
            port::Line::Interrupted => {
                println!("\nKeyboardInterrupt");
                buffer.clear();
                continue;
            }
            port::Line::End => {
                if interactive {
                    println!();
                }
                interpreter.finish();
                return ExitCode::SUCCESS;
            }
        };
        if buffer.is_empty() && line.trim().is_empty() {
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        // A block needs an empty line to end, as in CPython's REPL.
        let block_open =
            !buffer.is_empty() && buffer.lines().count() > 1 && !line.trim().is_empty();
        if block_open {
            continue;
        }
        match interpreter.exec(&buffer, "<stdin>", Mode::Single) {
            Outcome::Incomplete => continue,
            Outcome::Completed => {}
            Outcome::Exit(code) => {
                port::flush_stdout();
                return ExitCode::from((code & 0xff) as u8);
            }
            Outcome::Exception(text) => {
                port::flush_stdout();
                eprint!("{text}");
            }
        }
        port::flush_stdout();
        buffer.clear();
    }
}
