"""`jupyter console --kernel <kernel>` driven through a pseudo-terminal with pexpect."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pexpect
import psutil
import pytest

from helpers import KERNEL_NAME

CONSOLE = Path(sys.executable).with_name("jupyter-console")
ANSI = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"  # prompt_toolkit colours the prompt numbers
PROMPT = r"In \[" + ANSI + r"\d+" + ANSI + r"\]: "
OUT = r"Out\[" + ANSI + r"\d+" + ANSI + r"\]: "
TIMEOUT = 30


@pytest.fixture
def console():
    env = dict(os.environ, TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1", COLUMNS="120", LINES="40")
    child = pexpect.spawn(
        str(CONSOLE),
        ["--kernel", KERNEL_NAME],
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 120),
    )
    try:
        yield child
    finally:
        if child.isalive():
            child.terminate(force=True)


def test_console_session(console):
    child = console
    child.expect(PROMPT)
    kernels = [p for p in psutil.Process(child.pid).children(recursive=True)]
    assert kernels, "the console started no kernel process"

    # A multi-line definition is held (continuation prompt) until it is complete.
    child.send("def f(x):\r")
    child.expect(r"\.\.\.:")
    child.send("    return x * 2\r")  # valid with or without the indent hint
    child.expect(r"\.\.\.:")
    child.send("\r")
    child.expect(PROMPT)
    assert "Error" not in child.before, child.before

    child.send("f(21)\r")
    child.expect(OUT)
    child.expect(r"42")
    child.expect(PROMPT)

    child.send('print("hola")\r')
    child.expect("hola")
    child.expect(PROMPT)

    # Ctrl-D asks for confirmation; the console then shuts its kernel down and exits.
    child.send("\x04")
    child.expect(r"exit \(\[y\]/n\)\?")
    child.send("y\r")
    child.expect(pexpect.EOF, timeout=TIMEOUT)
    child.close()
    assert child.exitstatus == 0, (child.exitstatus, child.signalstatus)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in kernels):
        time.sleep(0.1)
    left = [p.pid for p in kernels if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert left == [], f"kernel processes left after the console exited: {left}"
