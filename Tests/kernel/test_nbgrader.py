"""The nbgrader course in course/: student versions, autograding of the sample submission, and the same
score from `neurona grade`.

The course folder is copied to a temporary directory, so nothing is written into the repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import _find_binary

ROOT = Path(__file__).resolve().parent.parent.parent
COURSE = ROOT / "course"
BIN = Path(sys.executable).parent
ASSIGNMENTS = sorted(p.name for p in (COURSE / "source").iterdir() if p.is_dir())
STUDENT = "alumno01"
SUBMITTED = "redes"

# What the sample submission should score, cell by cell (autograded cells only): 1.A right, 1.B wrong
# (relu instead of sigmoid), 1.C right, 2.A raises NameError, 2.B/2.C left as the stub, 3 right.
EXPECTED = {"prueba_1a": 2.0, "prueba_1b": 0.0, "prueba_1c": 1.0, "prueba_2a": 0.0, "prueba_2bc": 0.0, "prueba_3": 2.0}


def _env() -> dict[str, str]:
    # nbgrader runs `alembic` from PATH for its gradebook
    return dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")


def _nbgrader(course: Path, *args: str, timeout: int = 280) -> str:
    done = subprocess.run(
        [str(BIN / "nbgrader"), *args], cwd=course, capture_output=True, text=True, timeout=timeout, env=_env()
    )
    assert done.returncode == 0, f"nbgrader {' '.join(args)}:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("course") / "course"
    shutil.copytree(COURSE, copy, ignore=shutil.ignore_patterns("gradebook.db", "release", "autograded", "feedback"))
    for name in ASSIGNMENTS:
        _nbgrader(copy, "generate_assignment", name, "--force")
    return copy


def test_source_metadata_is_nbgrader_schema_3() -> None:
    for name in ASSIGNMENTS:
        nb = nbformat.read(COURSE / "source" / name / f"{name}.ipynb", as_version=4)
        nbformat.validate(nb)
        assert nb.metadata.kernelspec.name == "neurona" and nb.metadata.kernelspec.language == "python"
        ids = []
        kinds = set()
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader")
            if not meta:
                continue
            assert meta["schema_version"] == 3
            assert {"grade", "locked", "solution", "grade_id"} <= set(meta)
            ids.append(meta["grade_id"])
            if meta["grade"]:
                assert meta["points"] > 0
            if meta["solution"] and cell.cell_type == "code":
                assert "### BEGIN SOLUTION" in cell.source and "### END SOLUTION" in cell.source
                kinds.add("solution")
            if meta["grade"] and not meta["solution"]:
                assert "assert" in cell.source, f"{meta['grade_id']}: a test cell needs asserts"
                kinds.add("tests")
            if meta["grade"] and meta["solution"]:
                assert cell.cell_type == "markdown"
                kinds.add("manual")
        assert len(ids) == len(set(ids)), f"{name}: duplicate grade_id"
        assert {"solution", "tests", "manual"} <= kinds, f"{name}: {kinds}"
        assert "neurona.check_formula(" in "".join(c.source for c in nb.cells) or name == "salida"


@pytest.mark.timeout(600)
def test_generate_assignment_writes_student_versions(course: Path) -> None:
    for name in ASSIGNMENTS:
        released = course / "release" / name / f"{name}.ipynb"
        assert released.exists(), f"no student version for {name}"
        nb = nbformat.read(released, as_version=4)
        text = "".join(c.source for c in nb.cells)
        assert "BEGIN SOLUTION" not in text and "END SOLUTION" not in text
        assert "BEGIN HIDDEN TESTS" not in text
        solutions = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"]
        assert solutions and all("raise NotImplementedError()" in c.source for c in solutions)
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


@pytest.mark.timeout(600)
def test_autograde_and_neurona_grade_agree_on_the_sample_submission(course: Path) -> None:
    _nbgrader(course, "autograde", SUBMITTED, "--create", "--force")
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        submission = gb.find_submission(SUBMITTED, STUDENT)
        auto = {g.name: g.auto_score for nb in submission.notebooks for g in nb.grades if not g.cell.cell_type == "markdown"}
        manual = {g.name: g.needs_manual_grade for nb in submission.notebooks for g in nb.grades if g.cell.cell_type == "markdown"}
        total = submission.score
    assert auto == EXPECTED, f"nbgrader autograde scores {auto}, expected {EXPECTED}"
    assert total == sum(EXPECTED.values())
    assert manual == {"formulas_1a": True, "formulas_2a": False}, manual  # answered / left blank

    graded = course / "autograded" / STUDENT / SUBMITTED / f"{SUBMITTED}.ipynb"
    binary = _find_binary()
    assert binary is not None, "no neurona binary built"
    for notebook in (graded, course / "submitted" / STUDENT / SUBMITTED / f"{SUBMITTED}.ipynb"):
        done = subprocess.run([str(binary), "grade", str(notebook), "--json"], capture_output=True, text=True, timeout=280)
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        scores = {c["grade_id"]: c["score"] for c in report["cells"] if c["grade_id"] in EXPECTED}
        assert scores == EXPECTED, f"neurona grade {notebook.name}: {report['cells']}"
        assert report["score"] == total
