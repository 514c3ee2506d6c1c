"""Shared setup for Neurona's Python-side kernel tests.

`make test` installs the kernelspec of the debug build under the build folder and points
JUPYTER_PATH there. When pytest is run by hand, this file does the same from NEURONA_BIN or
the newest `.build*/debug/neurona` it finds, into a temporary folder (never the user's own
Jupyter folders).

NEURONA_TEST_KERNEL=<name> runs the same tests against another installed kernel; with
`python3` (ipykernel) that checks the tests themselves against the reference kernel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from helpers import KERNEL_NAME, start_kernel, stop_kernel  # noqa: E402

ROOT = HERE.parent.parent


def _find_binary() -> Path | None:
    env = os.environ.get("NEURONA_BIN")
    if env:
        return Path(env)
    candidates = [p for p in ROOT.glob(".build*/debug/neurona") if p.exists()]
    return max(candidates, key=lambda p: p.stat().st_mtime) if candidates else None


def _ensure_kernelspec() -> None:
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        return
    except NoSuchKernel:
        pass
    if KERNEL_NAME != "neurona":
        return  # the tests fail with NoSuchKernel, which says what is wrong
    binary = _find_binary()
    if binary is None:
        return
    prefix = Path(tempfile.mkdtemp(prefix="neurona-jupyter-"))
    env = dict(os.environ, NEURONA_KERNELSPEC_DIR=str(ROOT / "kernelspec"))
    subprocess.run([str(binary), "install", "--prefix", str(prefix)], check=True, env=env)
    paths = [str(prefix / "share" / "jupyter")]
    if os.environ.get("JUPYTER_PATH"):
        paths.append(os.environ["JUPYTER_PATH"])
    os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)


def pytest_configure(config: pytest.Config) -> None:
    _ensure_kernelspec()


def pytest_report_header(config: pytest.Config) -> str:
    return f"kernel under test: {KERNEL_NAME}; JUPYTER_PATH={os.environ.get('JUPYTER_PATH', '')}"


@pytest.fixture
def kernel():
    """A freshly started kernel and a connected blocking client."""
    km, kc = start_kernel()
    try:
        yield km, kc
    finally:
        stop_kernel(km, kc)
