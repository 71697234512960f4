//! Finding the conformance scripts: top-level `*.py` files of each area directory.

use std::path::{Path, PathBuf};

/// The area directories, in report order. `modules/` holds the standard-library tests.
pub const AREAS: &[&str] = &[
    "syntax",
    "functions",
    "classes",
    "exceptions",
    "ints",
    "floats",
    "strings",
    "bytes",
    "containers",
    "builtins",
    "generators",
    "scoping",
    "imports",
    "errors",
    "programs",
    "modules",
];

/// The header that marks a test whose `.exp` is hand-reviewed because Pyrite deliberately
/// differs from CPython: `# pyrite: differs: <why>` among the leading comment lines.
const DIFFERS_HEADER: &str = "# pyrite: differs:";

/// One conformance script.
#[derive(Debug, Clone)]
pub struct Script {
    /// Area directory name, e.g. `ints`.
    pub area: String,
    /// File name, e.g. `bigint_ops.py`.
    pub name: String,
    /// Absolute path of the script.
    pub path: PathBuf,
    /// Absolute path of its expected output (`<script>.exp`).
    pub exp_path: PathBuf,
    /// The reason given in a `# pyrite: differs:` header, if any.
    pub differs: Option<String>,
}

impl Script {
    /// The test's name in reports and the skip list: `area/name.py`.
    pub fn id(&self) -> String {
        format!("{}/{}", self.area, self.name)
    }

    /// The directory the script runs in (CPython puts it first on `sys.path`).
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Builds a script from its path (must be `<suite>/<area>/<name>.py`).
    pub fn from_path(path: &Path) -> Result<Script, crate::Error> {
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .filter(|name| name.ends_with(".py"))
            .ok_or_else(|| format!("{}: not a .py file", path.display()))?
            .to_string();
        let area = path
            .parent()
            .and_then(|dir| dir.file_name())
            .and_then(|dir| dir.to_str())
            .filter(|area| AREAS.contains(area))
            .ok_or_else(|| {
                format!(
                    "{}: a test must sit directly in an area directory ({})",
                    path.display(),
                    AREAS.join(", ")
                )
            })?
            .to_string();
        let source = std::fs::read_to_string(path)
            .map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
        let mut exp_path = path.as_os_str().to_owned();
        exp_path.push(".exp");
        Ok(Script {
            area,
            name,
            path: path.to_path_buf(),
            exp_path: PathBuf::from(exp_path),
            differs: differs_reason(&source),
        })
    }
}

/// The reason in a `# pyrite: differs: <why>` line among the script's leading comments.
fn differs_reason(source: &str) -> Option<String> {
    source
        .lines()
        .take_while(|line| line.starts_with('#') || line.trim().is_empty())
        .find_map(|line| line.strip_prefix(DIFFERS_HEADER))
        .map(|reason| reason.trim().to_string())
}

/// Every script under `suite_dir`, sorted by area (in [`AREAS`] order) then name.
pub fn discover(suite_dir: &Path) -> Result<Vec<Script>, crate::Error> {
    let mut scripts = Vec::new();
    for area in AREAS {
        let dir = suite_dir.join(area);
        if !dir.is_dir() {
            continue;
        }
        let entries = std::fs::read_dir(&dir)
            .map_err(|error| format!("{}: cannot list: {error}", dir.display()))?;
        let mut paths: Vec<PathBuf> = Vec::new();
        for entry in entries {
            let path = entry
                .map_err(|error| format!("{}: cannot list: {error}", dir.display()))?
                .path();
            if path.is_file() && path.extension().is_some_and(|ext| ext == "py") {
                paths.push(path);
            }
        }
        paths.sort();
        for path in paths {
            scripts.push(Script::from_path(&path)?);
        }
    }
    Ok(scripts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differs_header_is_found_only_in_leading_comments() {
        assert_eq!(
            differs_reason("# test\n# pyrite: differs: no complex\nprint(1)\n").as_deref(),
            Some("no complex")
        );
        assert_eq!(differs_reason("print(1)\n# pyrite: differs: late\n"), None);
        assert_eq!(differs_reason("# plain\nprint(1)\n"), None);
    }

    #[test]
    fn the_suite_has_scripts_and_helpers_are_not_tests() {
        let scripts = discover(&crate::suite_dir()).expect("discover");
        assert!(scripts.len() >= 300, "only {} scripts", scripts.len());
        assert!(scripts
            .iter()
            .all(|script| script.path.parent().unwrap().parent()
                == Some(crate::suite_dir().as_path())));
    }
}
