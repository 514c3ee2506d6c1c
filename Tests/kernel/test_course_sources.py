"""The instructor's versions of the exercises (with solutions) run clean, so every hidden test passes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, _find_binary

SOURCES = sorted((ROOT / "course" / "source").glob("*/*.ipynb"))


@pytest.mark.parametrize("notebook", SOURCES, ids=[p.parent.name for p in SOURCES])
def test_source_notebook_runs_without_errors(notebook: Path, tmp_path: Path) -> None:
    binary = _find_binary()
    assert binary is not None, "no neurona binary built"
    out = tmp_path / notebook.name
    done = subprocess.run(
        [binary, "run", notebook, "-o", out, "--timeout", "120"], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
    executed = nbformat.read(out, as_version=4)
    for cell in executed.cells:
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", f"{notebook.name}: {output.get('ename')}: {output.get('evalue')}"
            assert not (output["output_type"] == "stream" and output["name"] == "stderr"), output["text"]


def test_there_are_three_assignments() -> None:
    assert [p.parent.name for p in SOURCES] == ["activaciones", "redes", "salida"]
