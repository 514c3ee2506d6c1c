#!/usr/bin/env python3
"""Regenerates the `# expect:` lines of the golden cell files from real Python + NumPy.

Usage: python3 Tests/BindingsTests/make_golden.py [Golden/file.py ...]

Each file holds cells separated by `# %%` lines, run one after another in one namespace,
like a notebook. A cell's printed output, then the repr of its last expression (unless
None), become `# expect: LINE` comments appended to the cell; an exception becomes
`# expect error: Type: message`. Existing expect lines are dropped first. Cells that contain
`# golden: manual` are kept as written (for Neurona-only wording such as "Did you mean").
"""
import ast
import contextlib
import io
import pathlib
import sys

import numpy  # noqa: F401  (fail early when NumPy is missing)

HERE = pathlib.Path(__file__).resolve().parent


def run_cell(source, namespace):
    out = io.StringIO()
    error = None
    try:
        tree = ast.parse(source)
        last = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            last = ast.Expression(tree.body.pop().value)
        with contextlib.redirect_stdout(out):
            exec(compile(tree, "<cell>", "exec"), namespace)
            if last is not None:
                value = eval(compile(last, "<cell>", "eval"), namespace)
                if value is not None:
                    print(repr(value))
    except Exception as exc:  # noqa: BLE001
        message = str(exc)
        error = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    lines = out.getvalue().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines, error


def regenerate(path):
    text = path.read_text()
    cells = text.split("\n# %%\n")
    namespace = {"__name__": "__main__"}
    result = []
    for cell in cells:
        if "# golden: manual" in cell:
            code = "\n".join(l for l in cell.split("\n") if not l.startswith("# expect"))
            run_cell(code, namespace)
            result.append(cell.rstrip("\n"))
            continue
        code = "\n".join(l for l in cell.split("\n") if not l.startswith("# expect")).rstrip("\n")
        lines, error = run_cell(code, namespace)
        expects = [f"# expect: {l}" if l else "# expect:" for l in lines]
        if error:
            expects.append(f"# expect error: {error}")
        result.append("\n".join([code] + expects))
    path.write_text("\n# %%\n".join(result) + "\n")


def main():
    files = [pathlib.Path(a) for a in sys.argv[1:]] or sorted((HERE / "Golden").glob("*.py"))
    for path in files:
        regenerate(path)
        print("regenerated", path.name)


if __name__ == "__main__":
    main()
