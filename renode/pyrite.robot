*** Comments ***
Pyrite's STM32F405 image under Renode: boot banner, friendly REPL, raw REPL round trip.
Run from the repository root after `cargo xtask build-fw --board stm32f405`:
    renode-test renode/pyrite.robot

*** Settings ***
Suite Setup                   Setup
Suite Teardown                Teardown
Test Setup                    Boot Pyrite
Test Teardown                 Test Teardown
Resource                      ${RENODEKEYWORDS}

*** Variables ***
${UART}                       sysbus.usart1
${IMAGE}                      @${CURDIR}/../firmware/target/thumbv7em-none-eabi/release/pyrite-stm32f405

*** Keywords ***
Boot Pyrite
    Execute Command           $bin=${IMAGE}
    Execute Command           include @${CURDIR}/stm32f405.resc
    Create Terminal Tester    ${UART}    timeout=20
    Start Emulation
    Wait For Line On Uart     Pyrite
    Wait For Prompt On Uart   >>>

*** Test Cases ***
Boots With The Banner And A Prompt
    Write Line To Uart        print(6 * 7)
    Wait For Line On Uart     42

Raw REPL Runs Code And Frames The Result
    Send Key To Uart          0x01
    Wait For Prompt On Uart   raw REPL; CTRL-B to exit
    Write To Uart             print('raw', 1 + 1)
    Send Key To Uart          0x04
    Wait For Line On Uart     OKraw 2

Ctrl-D Soft Resets
    Send Key To Uart          0x04
    Wait For Line On Uart     MPY: soft reboot
    Wait For Line On Uart     Pyrite
