#!/bin/sh
# Boots a firmware ELF in QEMU with the UART on stdio (cargo's `runner`; Ctrl-A is passed to
# the board because the monitor is off: quit with Ctrl-C from another terminal or kill).
elf="$1"
case "$elf" in
    *stm32f405*) machine=netduinoplus2 ;;
    *thumbv7em*) machine=mps2-an386 ;;
    *) machine=mps2-an385 ;;
esac
exec qemu-system-arm -M "$machine" -nographic -monitor none -serial stdio \
    -semihosting-config enable=on,target=native -kernel "$elf"
