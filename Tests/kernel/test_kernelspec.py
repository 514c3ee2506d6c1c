"""The kernelspec `neurona install` wrote (found through JUPYTER_PATH)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from jupyter_client.kernelspec import KernelSpecManager

from helpers import KERNEL_NAME

ROOT = Path(__file__).resolve().parents[2]
LOGOS = ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"]

pytestmark = pytest.mark.skipif(
    KERNEL_NAME != "neurona", reason="checks Neurona's own kernelspec and installer"
)


def spec_dir() -> Path:
    return Path(KernelSpecManager().get_kernel_spec(KERNEL_NAME).resource_dir)


def test_kernel_json():
    data = json.loads((spec_dir() / "kernel.json").read_text())
    assert data["language"] == "python"
    assert data["display_name"]
    assert data["interrupt_mode"] == "message"
    assert "curve" in data["metadata"]["supported_encryption"]
    argv = data["argv"]
    assert "{connection_file}" in argv
    assert Path(argv[0]).is_absolute() and os.access(argv[0], os.X_OK), argv
    assert "kernel" in argv


def test_logos_installed():
    for logo in LOGOS:
        installed = spec_dir() / logo
        assert installed.read_bytes() == (ROOT / "kernelspec" / logo).read_bytes(), logo


def test_install_prefix_and_name(tmp_path):
    argv = json.loads((spec_dir() / "kernel.json").read_text())["argv"]
    env = dict(os.environ, NEURONA_KERNELSPEC_DIR=str(ROOT / "kernelspec"))
    subprocess.run(
        [argv[0], "install", "--prefix", str(tmp_path), "--name", "neurona-test"],
        check=True, env=env, capture_output=True,
    )
    target = tmp_path / "share" / "jupyter" / "kernels" / "neurona-test"
    assert json.loads((target / "kernel.json").read_text())["language"] == "python"
    assert sorted(p.name for p in target.glob("logo-*")) == sorted(LOGOS)


def test_version():
    argv = json.loads((spec_dir() / "kernel.json").read_text())["argv"]
    result = subprocess.run([argv[0], "--version"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    assert result.stdout.strip()
