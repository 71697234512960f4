//! The firmware boards: names, targets, emulator machines, and building their images.

use std::path::PathBuf;
use std::process::Command;

use crate::error::{EmulationError, Result};

/// A firmware board that can boot in an emulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Board {
    /// QEMU `mps2-an385`, Cortex-M3 (`qemu-mps2` for short; the default board).
    Mps2An385,
    /// QEMU `mps2-an386`, Cortex-M4F.
    Mps2An386,
    /// STM32F405 (pyboard v1.1 class), emulated by QEMU `netduinoplus2`.
    Stm32f405,
}

/// Which cargo profile an image is built with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildProfile {
    Release,
    Debug,
}

impl BuildProfile {
    fn directory(self) -> &'static str {
        match self {
            BuildProfile::Release => "release",
            BuildProfile::Debug => "debug",
        }
    }
}

/// Which library modules an image carries (the `pyrite-stdlib` features, see its Cargo.toml).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Modules {
    /// The board's default image: every module (stm32f405: all but statistics, fractions,
    /// textwrap and colorsys, which its flash sectors cannot hold; its Cargo.toml).
    #[default]
    All,
    /// The `minimal` set: about what MicroPython's smaller ports carry.
    Minimal,
    /// These modules (and those they import).
    List(Vec<String>),
}

impl Modules {
    /// `all`, `minimal`, or module names separated by commas.
    pub fn parse(text: &str) -> std::result::Result<Modules, String> {
        match text.trim() {
            "all" => Ok(Modules::All),
            "minimal" => Ok(Modules::Minimal),
            list => {
                let mut names: Vec<String> = list
                    .split(',')
                    .map(|name| name.trim().to_string())
                    .filter(|name| !name.is_empty())
                    .collect();
                if let Some(bad) = names.iter().find(|name| {
                    !name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                }) {
                    return Err(format!(
                        "`{bad}` is not a module name (--modules takes all, minimal, or names \
                         separated by commas, such as math,struct,json)"
                    ));
                }
                names.sort();
                names.dedup();
                Ok(Modules::List(names))
            }
        }
    }

    /// The `pyrite-stdlib` features to build with.
    fn features(&self) -> Vec<String> {
        match self {
            Modules::All => vec![String::from("all")],
            Modules::Minimal => vec![String::from("minimal")],
            Modules::List(names) => names.clone(),
        }
    }

    /// The folder under `firmware/target` where images with these modules are built (the
    /// default image keeps `firmware/target` itself, so other sets never make it rebuild).
    fn target_subdirectory(&self) -> Option<String> {
        match self {
            Modules::All => None,
            Modules::Minimal => Some(String::from("modules-minimal")),
            Modules::List(names) if names.is_empty() => Some(String::from("modules-none")),
            Modules::List(names) => {
                let joined = names.join("-");
                if joined.len() <= 48 {
                    Some(format!("modules-{joined}"))
                } else {
                    // FNV-1a: a short, stable name for a long list.
                    let hash = joined.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
                        (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3)
                    });
                    Some(format!("modules-{hash:016x}"))
                }
            }
        }
    }
}

impl Board {
    /// Every board.
    pub const ALL: [Board; 3] = [Board::Mps2An385, Board::Mps2An386, Board::Stm32f405];

    /// The board's name (`cargo xtask … --board NAME`, the banner).
    pub fn name(self) -> &'static str {
        match self {
            Board::Mps2An385 => "qemu-mps2-an385",
            Board::Mps2An386 => "qemu-mps2-an386",
            Board::Stm32f405 => "stm32f405",
        }
    }

    /// A board from its name or alias (`qemu-mps2` = `qemu-mps2-an385`).
    pub fn parse(name: &str) -> std::result::Result<Board, String> {
        match name {
            "qemu-mps2" | "qemu-mps2-an385" | "mps2-an385" => Ok(Board::Mps2An385),
            "qemu-mps2-an386" | "mps2-an386" => Ok(Board::Mps2An386),
            "stm32f405" | "netduinoplus2" => Ok(Board::Stm32f405),
            other => Err(format!(
                "unknown board `{other}`; boards: qemu-mps2 (= qemu-mps2-an385), qemu-mps2-an386, stm32f405"
            )),
        }
    }

    /// The target name in the conformance suite's trial names and skip list.
    pub fn suite_target(self) -> &'static str {
        match self {
            Board::Mps2An385 => "qemu-mps2",
            Board::Mps2An386 => "qemu-mps2-an386",
            Board::Stm32f405 => "stm32f405",
        }
    }

    /// The Rust target the image is built for.
    pub fn target_triple(self) -> &'static str {
        match self {
            Board::Mps2An385 => "thumbv7m-none-eabi",
            // Soft-float ABI: see firmware/ports/stm32f405/Cargo.toml.
            Board::Mps2An386 | Board::Stm32f405 => "thumbv7em-none-eabi",
        }
    }

    /// The firmware package (and binary) name.
    pub fn package(self) -> &'static str {
        match self {
            Board::Mps2An385 | Board::Mps2An386 => "pyrite-qemu-mps2",
            Board::Stm32f405 => "pyrite-stm32f405",
        }
    }

    /// The QEMU machine (`-M`).
    pub fn qemu_machine(self) -> &'static str {
        match self {
            Board::Mps2An385 => "mps2-an385",
            Board::Mps2An386 => "mps2-an386",
            Board::Stm32f405 => "netduinoplus2",
        }
    }

    /// The Renode script (`renode/<board>.resc`).
    pub fn renode_script(self) -> PathBuf {
        crate::repo_root()
            .join("renode")
            .join(format!("{}.resc", self.name()))
    }

    /// The firmware workspace.
    pub fn firmware_dir() -> PathBuf {
        crate::repo_root().join("firmware")
    }

    /// Where `build` puts the image.
    pub fn image(self, profile: BuildProfile) -> PathBuf {
        self.image_with(profile, &Modules::All)
    }

    /// Where `build_with` puts the image with `modules`.
    pub fn image_with(self, profile: BuildProfile, modules: &Modules) -> PathBuf {
        Self::target_dir(modules)
            .join(self.target_triple())
            .join(profile.directory())
            .join(self.package())
    }

    fn target_dir(modules: &Modules) -> PathBuf {
        let target = Self::firmware_dir().join("target");
        match modules.target_subdirectory() {
            Some(folder) => target.join(folder),
            None => target,
        }
    }

    /// Cargo features of the board's own (not modules) that its default build has.
    fn base_features(self) -> &'static [&'static str] {
        match self {
            // Emulator-only boards end QEMU through semihosting on a fault.
            Board::Mps2An385 | Board::Mps2An386 => &["semihosting"],
            Board::Stm32f405 => &[],
        }
    }

    /// Builds the image (cargo in `firmware/`, its own target directory) and returns its path.
    /// `heap_size` sets `PYRITE_HEAP_SIZE` (boards with a configurable heap).
    pub fn build(self, profile: BuildProfile, heap_size: Option<usize>) -> Result<PathBuf> {
        self.build_with(profile, heap_size, &Modules::All)
    }

    /// [`build`](Self::build) carrying `modules` (an image other than the default one is
    /// built in its own folder of `firmware/target`).
    pub fn build_with(
        self,
        profile: BuildProfile,
        heap_size: Option<usize>,
        modules: &Modules,
    ) -> Result<PathBuf> {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut command = Command::new(cargo);
        command
            .current_dir(Self::firmware_dir())
            .args(["build", "--quiet", "-p", self.package()])
            .args(["--target", self.target_triple()])
            // The firmware workspace always builds under firmware/target.
            .env("CARGO_TARGET_DIR", Self::target_dir(modules))
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CARGO_BUILD_TARGET");
        if profile == BuildProfile::Release {
            command.arg("--release");
        }
        if *modules != Modules::All {
            let features: Vec<String> = self
                .base_features()
                .iter()
                .map(|feature| feature.to_string())
                .chain(
                    modules
                        .features()
                        .iter()
                        .map(|module| format!("pyrite-stdlib/{module}")),
                )
                .collect();
            command
                .arg("--no-default-features")
                .args(["--features", &features.join(",")]);
        }
        match heap_size {
            Some(bytes) => command.env("PYRITE_HEAP_SIZE", bytes.to_string()),
            None => command.env_remove("PYRITE_HEAP_SIZE"),
        };
        let status = command.status().map_err(|error| {
            EmulationError::Setup(format!("{}: cannot run cargo: {error}", self.name()))
        })?;
        if !status.success() {
            return Err(EmulationError::Setup(format!(
                "{}: firmware build failed ({status})",
                self.name()
            )));
        }
        Ok(self.image_with(profile, modules))
    }
}
