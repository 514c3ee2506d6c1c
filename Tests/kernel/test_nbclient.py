"""A notebook run the way nbgrader's autograder runs it (nbclient, allow_errors, timeouts)."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from helpers import KERNEL_NAME

CELLS = [
    # 0: a solution cell
    "def add(a, b):\n    ### BEGIN SOLUTION\n    return a + b\n    ### END SOLUTION",
    # 1: a passing test cell
    'assert add(1, 2) == 3\nprint("ok")',
    # 2: the student stub
    "raise NotImplementedError()",
    # 3: try/except/else/finally
    'try:\n    assert add(1, 1) == 3, "wrong"\nexcept AssertionError as e:\n'
    '    print("caught", e)\nelse:\n    print("no")\nfinally:\n    print("done")',
    # 4: del + NameError
    "tmp = 1\ndel tmp\ntry:\n    tmp\nexcept NameError:\n    print(\"gone\")",
    # 5: partial credit: a bare number
    "0.5",
    # 6: runs past the cell timeout and is interrupted
    "while True: pass",
    # 7: state survives the interrupt; later cells still run after errors
    "add(2, 3)",
]


def run_notebook():
    nb = new_notebook(cells=[new_code_cell(src) for src in CELLS])
    nb.metadata["kernelspec"] = {"name": KERNEL_NAME, "display_name": KERNEL_NAME,
                                 "language": "python"}
    client = NotebookClient(
        nb,
        kernel_name=KERNEL_NAME,
        timeout=5,
        startup_timeout=60,
        allow_errors=True,
        interrupt_on_timeout=True,
        raise_on_iopub_timeout=True,
        error_on_timeout={"ename": "CellTimeoutError", "evalue": "", "traceback": ["timeout"]},
    )
    client.execute()
    return nb


def outputs_of(nb, i, output_type):
    return [o for o in nb.cells[i].outputs if o.output_type == output_type]


def stdout(nb, i):
    return "".join(o.text for o in outputs_of(nb, i, "stream") if o.name == "stdout")


def test_graded_notebook():
    nb = run_notebook()
    nbformat.validate(nb)
    assert nb.metadata.language_info.name == "python"

    assert nb.cells[0].outputs == []
    assert stdout(nb, 1) == "ok\n"

    errors = outputs_of(nb, 2, "error")
    assert [e.ename for e in errors] == ["NotImplementedError"]
    assert errors[0].traceback, "empty traceback"

    assert stdout(nb, 3) == "caught wrong\ndone\n"
    assert stdout(nb, 4) == "gone\n"

    results = outputs_of(nb, 5, "execute_result")
    assert results and results[0].data["text/plain"] == "0.5"

    assert outputs_of(nb, 6, "error"), "the runaway cell shows no error"

    assert outputs_of(nb, 7, "execute_result")[0].data["text/plain"] == "5"

    for i, cell in enumerate(nb.cells):
        if i not in (2, 6):
            assert outputs_of(nb, i, "error") == [], (i, cell.outputs)
        for o in cell.outputs:
            assert not (o.output_type == "stream" and o.name == "stderr"), (i, o)
            if o.output_type in ("execute_result", "display_data"):
                assert "text/plain" in o.data, (i, o)
