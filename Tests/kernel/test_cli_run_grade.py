"""`neurona run` and `neurona grade`: headless execution and nbgrader-style scores."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import nbformat
import pytest

from conftest import _find_binary


def _binary() -> Path:
    binary = _find_binary()
    if binary is None:
        pytest.fail("no neurona binary built (run `swift build` first)")
    return binary


def _graded(source: str, grade_id: str, points: float) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = {
        "schema_version": 3, "grade": True, "locked": True, "solution": False,
        "grade_id": grade_id, "points": points,
    }
    return cell


def _notebook(tmp_path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "neurona", "language": "python", "display_name": "Neurona"}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Ejercicio"),
        nbformat.v4.new_code_cell("x = 21\nprint('hola')\nx * 2"),
        _graded("assert x == 21, 'x debe valer 21'", "pasa", 2),
        _graded("assert x == 22, 'x debe valer 22'", "falla", 3),
        _graded("import sys\nprint('aviso', file=sys.stderr)", "stderr", 1),
        _graded("0.5", "parcial", 1),
    ]
    path = tmp_path / "ejercicio.ipynb"
    nbformat.write(nb, path)
    return path


def test_run_records_outputs_like_nbclient(tmp_path: Path) -> None:
    path = _notebook(tmp_path)
    out = tmp_path / "out.ipynb"
    done = subprocess.run(
        [_binary(), "run", path, "-o", out, "--allow-errors"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    nb = nbformat.read(out, as_version=4)
    nbformat.validate(nb)
    first = nb.cells[1]
    assert first.execution_count == 1
    assert first.outputs[0] == {"output_type": "stream", "name": "stdout", "text": "hola\n"}
    assert first.outputs[1]["output_type"] == "execute_result"
    assert first.outputs[1]["data"]["text/plain"] == "42"
    failing = nb.cells[3]
    assert failing.outputs[-1]["output_type"] == "error"
    assert failing.outputs[-1]["ename"] == "AssertionError"


def test_run_stops_at_first_error_without_allow_errors(tmp_path: Path) -> None:
    path = _notebook(tmp_path)
    done = subprocess.run([_binary(), "run", path], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "AssertionError: x debe valer 22" in done.stdout
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[4].outputs == []


def test_grade_scores_like_nbgrader(tmp_path: Path) -> None:
    path = _notebook(tmp_path)
    done = subprocess.run(
        [_binary(), "grade", path, "--json"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    scores = {cell["grade_id"]: cell["score"] for cell in report["cells"]}
    assert scores == {"pasa": 2, "falla": 0, "stderr": 0, "parcial": 0.5}
    assert report["max_score"] == 7
    assert report["score"] == 2.5


def test_corrupt_notebook_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "roto.ipynb"
    path.write_text("{not json")
    done = subprocess.run([_binary(), "run", path], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "is not a Jupyter notebook" in done.stderr + done.stdout
