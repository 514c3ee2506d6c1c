"""The lessons' rich outputs have a text form: `jupyter console --kernel neurona` (pexpect) shows the model
summary as a text table and the network's formula as text."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from helpers import KERNEL_NAME

CONSOLE = Path(sys.executable).with_name("jupyter-console")
ANSI = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"
TIMEOUT = 60

SETUP = [
    "import numpy as np",
    "from tensorflow.keras.models import Sequential",
    "from tensorflow.keras.layers import Dense",
    "import neurona",
    'model = Sequential([Dense(3, input_dim=1, activation="sigmoid"), Dense(1, activation="sigmoid")])',
]


@pytest.fixture
def console():
    env = dict(os.environ, TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1", COLUMNS="160", LINES="50")
    child = pexpect.spawn(str(CONSOLE), ["--kernel", KERNEL_NAME], env=env, encoding="utf-8",
                          timeout=TIMEOUT, dimensions=(50, 160))
    try:
        yield child
    finally:
        if child.isalive():
            child.terminate(force=True)


class Session:
    """Sends one line at a time and waits for the next numbered prompt."""

    def __init__(self, child) -> None:
        self.child = child
        self.count = 1
        child.expect(self._prompt())

    def _prompt(self) -> str:
        return r"In \[" + ANSI + str(self.count) + ANSI + r"\]: "

    def run(self, line: str) -> str:
        self.child.send(line + "\r")
        self.count += 1
        self.child.expect(self._prompt())
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", self.child.before)


@pytest.mark.timeout(180)
def test_console_shows_summary_and_formula_as_text(console) -> None:
    child = console
    session = Session(child)
    for line in SETUP:
        text = session.run(line)
        assert "Error" not in text, f"{line!r}:\n{text}"

    text = session.run("model.summary()")
    assert "Total params: 10" in text, text
    assert "dense" in text and "(None, 3)" in text, text

    text = session.run("neurona.formula(model)")
    assert "Error" not in text, text
    assert "Out[" in text or "=" in text, f"the formula has no text form:\n{text}"
    assert "y = " in text and "σ(" in text, f"the formula's text should read like y = σ(...x...):\n{text}"

    text = session.run("neurona.check_formula(model, np.array([0.0, 1.0, 2.0])).matches")
    assert "True" in text, text

    child.send("\x04")  # Ctrl-D, then confirm: the console shuts its kernel down and exits
    child.expect(r"exit \(\[y\]/n\)\?")
    child.send("y\r")
    child.expect(pexpect.EOF, timeout=TIMEOUT)
