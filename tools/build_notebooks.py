#!/usr/bin/env python3
"""Writes Neurona's notebooks from the readable sources in tools/nbsrc/.

    python3 tools/build_notebooks.py          # rewrite every .ipynb
    python3 tools/build_notebooks.py --check  # exit 1 when a committed .ipynb is out of date

Sources use the "percent" format (as jupytext does):

    # %% [markdown]                 a markdown cell; its lines start with "# " (or are a bare "#")
    # %%                            a code cell
    # %% tags=parameters            a code cell with tags (comma separated), e.g. for papermill
    # %% nbgrader=KIND:GRADE_ID[:POINTS]
                                    an nbgrader cell (schema 3); KIND is one of
                                      solution  autograded answer     (solution)
                                      tests     autograder tests      (grade, locked, points)
                                      manual    manually graded answer (solution, grade, points)
                                      locked    read-only cell        (locked)
                                      task      a task to describe    (task, markdown only)
    # %% alumno=GRADE_ID            the sample student's answer for that solution cell (course only)

Lessons: tools/nbsrc/lessons/NAME.py -> notebooks/NAME.ipynb.
Course:  tools/nbsrc/course/ASSIGNMENT.py -> course/source/ASSIGNMENT/ASSIGNMENT.ipynb, and, when the
source has `alumno=` cells, the sample submission course/submitted/alumno01/ASSIGNMENT/ASSIGNMENT.ipynb
(the student version: solutions replaced by the student's answers, hidden tests removed).

Only the standard library is used, so the script runs with any python3.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "tools" / "nbsrc"
STUDENT = "alumno01"

KERNELSPEC = {"name": "neurona", "display_name": "Neurona", "language": "python"}
LANGUAGE_INFO = {
    "name": "python",
    "file_extension": ".py",
    "mimetype": "text/x-python",
    "pygments_lexer": "ipython3",
    "codemirror_mode": {"name": "ipython", "version": 3},
}

HEADER = re.compile(r"^# %%(?P<rest>.*)$")
GRADE_ID = re.compile(r"^[a-zA-Z0-9_\-]+$")


class SourceError(Exception):
    pass


def parse(path: Path) -> list[dict]:
    """Cells of a percent-format source: dicts with kind, source, tags, nbgrader, alumno."""
    cells: list[dict] = []
    current: dict | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = HEADER.match(line)
        if match:
            current = _header(match.group("rest").strip(), path, number)
            cells.append(current)
            continue
        if current is None:
            if line.strip():
                raise SourceError(f"{path}:{number}: text before the first '# %%'")
            continue
        if current["kind"] == "markdown":
            if line.startswith("# "):
                line = line[2:]
            elif line == "#":
                line = ""
            elif line.strip():
                raise SourceError(f"{path}:{number}: markdown lines must start with '# '")
        current["lines"].append(line)
    for cell in cells:
        lines = cell.pop("lines")
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        cell["source"] = "\n".join(lines)
    return cells


def _header(rest: str, path: Path, number: int) -> dict:
    cell = {"kind": "code", "lines": [], "tags": [], "nbgrader": None, "alumno": None}
    if rest.startswith("[markdown]"):
        cell["kind"] = "markdown"
        rest = rest[len("[markdown]"):].strip()
    for word in rest.split():
        key, _, value = word.partition("=")
        if key == "tags":
            cell["tags"] = [t for t in value.split(",") if t]
        elif key == "nbgrader":
            cell["nbgrader"] = _nbgrader(value, path, number)
        elif key == "alumno":
            cell["alumno"] = value
        else:
            raise SourceError(f"{path}:{number}: unknown cell option {word!r}")
    return cell


def _nbgrader(spec: str, path: Path, number: int) -> dict:
    parts = spec.split(":")
    kind, grade_id = parts[0], parts[1] if len(parts) > 1 else ""
    if not GRADE_ID.match(grade_id):
        raise SourceError(f"{path}:{number}: bad grade_id {grade_id!r}")
    meta = {"grade": False, "grade_id": grade_id, "locked": False, "schema_version": 3, "solution": False}
    if kind == "solution":
        meta["solution"] = True
    elif kind == "tests":
        meta.update(grade=True, locked=True, points=float(parts[2]))
    elif kind == "manual":
        meta.update(grade=True, solution=True, points=float(parts[2]))
    elif kind == "locked":
        meta["locked"] = True
    elif kind == "task":
        meta.update(task=True, locked=True, points=float(parts[2]))
    else:
        raise SourceError(f"{path}:{number}: unknown nbgrader kind {kind!r}")
    return meta


def _lines(text: str) -> list[str]:
    """nbformat's on-disk form of a multi-line string."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def notebook(cells: list[dict], stem: str) -> dict:
    prefix = re.sub(r"[^a-zA-Z0-9]", "", stem)[:40]
    out = []
    for index, cell in enumerate(cells):
        metadata: dict = {}
        if cell["tags"]:
            metadata["tags"] = cell["tags"]
        if cell["nbgrader"]:
            metadata["nbgrader"] = dict(cell["nbgrader"])
        nb_cell = {
            "cell_type": cell["kind"],
            "id": f"{prefix}-{index:03d}",
            "metadata": metadata,
            "source": _lines(cell["source"]),
        }
        if cell["kind"] == "code":
            nb_cell["execution_count"] = None
            nb_cell["outputs"] = []
        out.append(nb_cell)
    return {
        "cells": out,
        "metadata": {"kernelspec": dict(KERNELSPEC), "language_info": dict(LANGUAGE_INFO)},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def _strip_region(source: str, begin: str, end: str, replacement: str | None) -> str:
    """Replace each BEGIN..END region (delimiter lines included) by `replacement` (None: drop)."""
    out: list[str] = []
    inside = False
    for line in source.split("\n"):
        if begin in line:
            inside = True
            if replacement is not None:
                indent = line[: len(line) - len(line.lstrip())]
                out.extend(indent + r for r in replacement.split("\n"))
            continue
        if end in line:
            inside = False
            continue
        if not inside:
            out.append(line)
    return "\n".join(out)


def submission(cells: list[dict]) -> list[dict] | None:
    """The sample student's notebook: the student version with the `alumno=` answers filled in."""
    answers = {c["alumno"]: c["source"] for c in cells if c["alumno"]}
    if not answers:
        return None
    out = []
    for cell in cells:
        if cell["alumno"]:
            continue
        cell = dict(cell)
        meta = cell["nbgrader"] or {}
        if meta.get("solution"):
            answer = answers.get(meta["grade_id"])
            if cell["kind"] == "markdown":
                cell["source"] = answer if answer is not None else "YOUR ANSWER HERE"
            else:
                cell["source"] = _strip_region(
                    cell["source"], "BEGIN SOLUTION", "END SOLUTION",
                    answer if answer is not None else "# YOUR CODE HERE\nraise NotImplementedError()",
                )
        elif meta.get("grade"):
            cell["source"] = _strip_region(cell["source"], "BEGIN HIDDEN TESTS", "END HIDDEN TESTS", None).rstrip()
        out.append(cell)
    unknown = set(answers) - {(c["nbgrader"] or {}).get("grade_id") for c in cells}
    if unknown:
        raise SourceError(f"alumno= answers for unknown grade_ids: {sorted(unknown)}")
    return out


def targets() -> dict[Path, dict]:
    files: dict[Path, dict] = {}
    for src in sorted((SRC / "lessons").glob("*.py")):
        files[ROOT / "notebooks" / f"{src.stem}.ipynb"] = notebook(parse(src), src.stem)
    for src in sorted((SRC / "course").glob("*.py")):
        cells = parse(src)
        name = src.stem
        files[ROOT / "course" / "source" / name / f"{name}.ipynb"] = notebook(
            [c for c in cells if not c["alumno"]], name
        )
        student = submission(cells)
        if student is not None:
            files[ROOT / "course" / "submitted" / STUDENT / name / f"{name}.ipynb"] = notebook(student, name)
    return files


def render(nb: dict) -> str:
    return json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, nb in targets().items():
        text = render(nb)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        if check:
            stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("out of date (run python3 tools/build_notebooks.py):")
        for path in stale:
            print(f"  {path.relative_to(ROOT)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
