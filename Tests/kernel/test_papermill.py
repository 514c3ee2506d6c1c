"""papermill runs the parameterised lesson (notebooks/07_entrenamiento.ipynb) with other parameters."""

from __future__ import annotations

from pathlib import Path

import nbformat
import papermill
import pytest

from helpers import KERNEL_NAME

ROOT = Path(__file__).resolve().parent.parent.parent
LESSON = ROOT / "notebooks" / "07_entrenamiento.ipynb"


def test_lesson_has_a_parameters_cell() -> None:
    nb = nbformat.read(LESSON, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    assert "epochs" in tagged[0].source and "activation" in tagged[0].source


@pytest.mark.timeout(300)
def test_papermill_injects_new_parameters(tmp_path: Path) -> None:
    out = tmp_path / "07_tanh.ipynb"
    papermill.execute_notebook(
        str(LESSON), str(out), parameters={"epochs": 3, "activation": "tanh"},
        kernel_name=KERNEL_NAME, cwd=str(tmp_path), execution_timeout=120, progress_bar=False,
    )
    nb = nbformat.read(out, as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected, "papermill did not inject a parameters cell"
    printed = "".join(
        o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "stream"
    )
    assert "épocas=3 activación=tanh" in printed, printed[:2000]
    # training honoured the injected epochs: the early-stopping run aside, histories have 3 entries
    assert nb.metadata.papermill.parameters == {"epochs": 3, "activation": "tanh"}
