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
            Board::Mps2An386 | Board::Stm32f405 => "thumbv7em-none-eabihf",
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
        Self::firmware_dir()
            .join("target")
            .join(self.target_triple())
            .join(profile.directory())
            .join(self.package())
    }

    /// Builds the image (cargo in `firmware/`, its own target directory) and returns its path.
    /// `heap_size` sets `PYRITE_HEAP_SIZE` (boards with a configurable heap).
    pub fn build(self, profile: BuildProfile, heap_size: Option<usize>) -> Result<PathBuf> {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut command = Command::new(cargo);
        command
            .current_dir(Self::firmware_dir())
            .args(["build", "--quiet", "-p", self.package()])
            .args(["--target", self.target_triple()])
            // The firmware workspace always builds into firmware/target.
            .env("CARGO_TARGET_DIR", Self::firmware_dir().join("target"))
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CARGO_BUILD_TARGET");
        if profile == BuildProfile::Release {
            command.arg("--release");
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
        Ok(self.image(profile))
    }
}
