//! The Renode backend (`--emulator renode`): runs `renode/<board>.resc` headless and reaches
//! the board's UART through the server socket terminal the script creates.
//!
//! Used only where `renode` is on PATH; callers skip with [`renode_available`]'s reason.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::board::Board;
use crate::error::{EmulationError, Result};

/// `Err(reason)` when the Renode backend cannot run here.
pub fn renode_available() -> std::result::Result<(), String> {
    if crate::on_path("renode") {
        Ok(())
    } else {
        Err("renode is not on PATH (install Renode to use --emulator renode)".into())
    }
}

/// The command that boots `image` on `board` under Renode, and the UART's TCP port.
pub fn command(board: Board, image: &Path) -> Result<(duct::Expression, u16)> {
    renode_available().map_err(EmulationError::Setup)?;
    if board != Board::Stm32f405 {
        return Err(EmulationError::Setup(format!(
            "{}: no Renode platform (Renode has no model of the MPS2 CMSDK UART in renode/); \
             use the QEMU backend",
            board.name()
        )));
    }
    let script = board.renode_script();
    let port = free_port()?;
    let commands = format!(
        "$bin=@{}; $uart_port={port}; include @{}; start",
        image.display(),
        script.display()
    );
    let expression = duct::cmd(
        "renode",
        [
            "--disable-xwt",
            "--console",
            "--plain",
            "-e",
            commands.as_str(),
        ],
    );
    Ok((expression, port))
}

/// Connects to the UART socket, retrying while Renode starts.
pub fn connect_uart(
    board: Board,
    port: u16,
    timeout: Duration,
) -> Result<(Box<dyn Read + Send>, Box<dyn Write + Send>)> {
    let deadline = Instant::now() + timeout;
    loop {
        match TcpStream::connect(("127.0.0.1", port)) {
            Ok(stream) => {
                let reader = stream.try_clone()?;
                return Ok((Box::new(reader), Box::new(stream)));
            }
            Err(error) if Instant::now() >= deadline => {
                return Err(EmulationError::Setup(format!(
                    "{}: Renode's UART socket on port {port} never opened: {error}",
                    board.name()
                )))
            }
            Err(_) => std::thread::sleep(Duration::from_millis(200)),
        }
    }
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind(("127.0.0.1", 0))?;
    Ok(listener.local_addr()?.port())
}
