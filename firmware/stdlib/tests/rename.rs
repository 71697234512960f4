//! The build script's renaming of the frozen modules' locals (`build/rename.rs`): what is
//! renamed, what keeps its name, and the check that catches a renaming gone wrong.

#[path = "../build/rename.rs"]
mod rename;

use rename::{rename_locals, same_code};

fn renamed(source: &str) -> String {
    rename_locals(source, "<test>").expect("renames")
}

#[test]
fn locals_become_letters_in_order_of_appearance() {
    let source = "def total(items, *, start=0):\n    \
                  running = start\n    \
                  for item in items:\n        \
                  running += item\n    \
                  return running\n";
    assert_eq!(
        renamed(source),
        "def total(items, *, start=0):\n    \
         a = start\n    \
         for b in items:\n        \
         a += b\n    \
         return a\n"
    );
}

#[test]
fn letters_in_use_are_skipped() {
    let source = "def f(a, c):\n    value = a + c + b\n    return value\n";
    assert_eq!(
        renamed(source),
        "def f(a, c):\n    d = a + c + b\n    return d\n"
    );
}

#[test]
fn parameters_globals_attributes_and_keywords_keep_their_names() {
    let source = "state = 0\n\
                  class C:\n    \
                  size = 1\n    \
                  def m(self, width):\n        \
                  global state\n        \
                  state = width\n        \
                  height = self.height\n        \
                  return dict(height=height)\n";
    assert_eq!(
        renamed(source),
        "state = 0\n\
         class C:\n    \
         size = 1\n    \
         def m(self, width):\n        \
         global state\n        \
         state = width\n        \
         a = self.height\n        \
         return dict(height=a)\n"
    );
}

#[test]
fn names_nested_scopes_see_keep_theirs() {
    for source in [
        // A closure's cell.
        "def f():\n    count = 0\n    def g():\n        return count\n    return g\n",
        "def f():\n    count = 0\n    return lambda: count\n",
        "def f(xs):\n    limit = 3\n    return [x for x in xs if x < limit]\n",
        // A walrus in a comprehension binds in the function.
        "def f(xs):\n    [found := x for x in xs]\n    return found\n",
        // Bound otherwise than by assignment.
        "def f():\n    import os\n    os = os.sep\n    return os\n",
        "def f():\n    try:\n        pass\n    except Exception as error:\n        error = 1\n",
        "def f():\n    def helper():\n        pass\n    helper = 1\n    return helper\n",
        // Reached by name.
        "def f():\n    value = 1\n    return locals()\n",
        "def f():\n    value = 1\n    return eval('value')\n",
    ] {
        assert_eq!(renamed(source), source, "{source}");
    }
}

#[test]
fn positions_in_f_strings_and_non_ascii_lines() {
    let source = "def f(n):\n    count = n\n    return f'{count}é' + 'é' * count\n";
    let result = renamed(source);
    assert!(same_code(source, &result, "<test>").expect("compiles"));
    assert!(!result.contains("count = n"), "{result}");
}

#[test]
fn the_check_catches_a_local_turned_global() {
    let original = "def f():\n    x = 1\n    return x\n";
    assert!(same_code(original, "def f():\n    y = 1\n    return y\n", "<test>").unwrap());
    assert!(!same_code(original, "def f():\n    y = 1\n    return x\n", "<test>").unwrap());
    assert!(!same_code(original, "def f():\n    x = 1\n    return x.y\n", "<test>").unwrap());
}
