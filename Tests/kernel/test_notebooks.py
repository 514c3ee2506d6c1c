"""The lessons in notebooks/ run top to bottom in the Neurona kernel, as nbclient and nbconvert run them.

Each notebook is executed through nbclient with the installed `neurona` kernelspec; no cell may raise
or write to stderr, and the executed notebook must validate with nbformat. One lesson is also exported
with `jupyter nbconvert --to html --execute`, which must carry the model summary, an SVG figure and the
network's formula.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers import KERNEL_NAME

ROOT = Path(__file__).resolve().parent.parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ARTIFACTS = ROOT / ".build" / "test-artifacts"
CELL_TIMEOUT = 120


def _problems(nb: nbformat.NotebookNode) -> list[str]:
    """Error outputs and stderr streams, as 'cell N: ...' lines."""
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output["output_type"] == "error":
                first = cell.source.splitlines()[0] if cell.source else ""
                found.append(f"cell {index} ({first!r}): {output['ename']}: {output['evalue']}")
            elif output["output_type"] == "stream" and output["name"] == "stderr":
                found.append(f"cell {index}: stderr: {output['text'][:300]!r}")
    return found


def test_there_are_lessons() -> None:
    names = {path.stem[:2] for path in NOTEBOOKS}
    assert {f"{n:02d}" for n in range(10)} <= names, f"lessons 00-09 expected in notebooks/, found {sorted(names)}"


def test_notebooks_match_their_sources() -> None:
    """The committed .ipynb files are what tools/build_notebooks.py writes from tools/nbsrc/."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_notebooks.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
@pytest.mark.timeout(300)
def test_lesson_runs_without_errors(path: Path, tmp_path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.kernelspec == {"name": "neurona", "display_name": "Neurona", "language": "python"}
    assert nb.metadata.language_info["name"] == "python"
    client = NotebookClient(
        nb,
        kernel_name=KERNEL_NAME,
        timeout=CELL_TIMEOUT,
        allow_errors=True,  # run every cell so that the report lists every failing cell at once
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, ARTIFACTS / f"executed-{path.name}")
    nbformat.validate(nb)
    problems = _problems(nb)
    assert not problems, f"{path.name}:\n" + "\n".join(problems)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code), "every code cell must have run"


@pytest.mark.timeout(300)
def test_nbconvert_html_has_summary_svg_and_formula(tmp_path: Path) -> None:
    lesson = ROOT / "notebooks" / "05_activaciones.ipynb"  # summary, plots and the formula
    done = subprocess.run(
        [Path(sys.executable).with_name("jupyter"), "nbconvert", "--to", "html", "--execute",
         f"--ExecutePreprocessor.kernel_name={KERNEL_NAME}", f"--ExecutePreprocessor.timeout={CELL_TIMEOUT}",
         "--output-dir", str(tmp_path), str(lesson)],
        capture_output=True, text=True, timeout=280, cwd=tmp_path, env=dict(os.environ),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    html = (tmp_path / "05_activaciones.html").read_text(encoding="utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "05_activaciones.html").write_text(html, encoding="utf-8")
    assert "Total params" in html, "the model summary is missing"
    assert "Layer (type)</th>" in html, "the summary should be an HTML table"
    # nbconvert's lab template inlines SVG outputs as data: URIs inside a jp-RenderedSVG block
    assert 'data-mime-type="image/svg+xml"' in html, "no SVG figure in the HTML"
    assert "data:image/svg+xml;base64," in html or "<svg" in html, "the SVG figure is not inline"
    assert 'data-mime-type="text/latex"' in html, "the formula (text/latex output) is missing"
    assert r"\frac" in html or r"\sigma" in html or "sigmoid" in html, "the formula has no sigmoid in it"
