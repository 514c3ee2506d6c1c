"""JupyterLab in a real browser: Debian's chromium, driven by Playwright, opens a lesson in `jupyter lab`,
runs all its cells with the Neurona kernel and finds the summary table, an SVG diagram, a plot and the
formula typeset by MathJax. A screenshot is saved to .build/test-artifacts/.

Playwright never downloads a browser here: it drives /usr/bin/chromium (the Makefile installs Debian's
`chromium` package). Without it this test fails and says so.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
LESSON = ROOT / "notebooks" / os.environ.get("NEURONA_BROWSER_LESSON", "00_galeria.ipynb")  # may be a path
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / ".build" / "test-artifacts"
JUPYTER = Path(sys.executable).with_name("jupyter")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(tmp_path: Path):
    """A `jupyter lab` server on a free loopback port, with a token, serving a copy of the lesson."""
    root = tmp_path / "root"
    root.mkdir()
    shutil.copy(LESSON, root / LESSON.name)
    port, token = _free_port(), secrets.token_hex(16)
    settings = tmp_path / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')  # no news toast
    notebook_settings = tmp_path / "settings" / "@jupyterlab" / "notebook-extension"
    notebook_settings.mkdir(parents=True)
    # every cell stays in the DOM (no virtual scrolling), so the checks below see all outputs
    (notebook_settings / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"),
               JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "settings"))
    args = [str(JUPYTER), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
            f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
            "--LabApp.expose_app_in_browser=True"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    log = open(tmp_path / "lab.log", "w")
    server = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("jupyter lab did not start:\n" + (tmp_path / "lab.log").read_text()[-3000:])
            time.sleep(0.3)
        yield base, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp_path / "lab.log", ARTIFACTS / "browser-jupyterlab.log")


@pytest.mark.timeout(300)
def test_jupyterlab_renders_a_lesson(lab) -> None:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium package (`apt-get install chromium`; "
                    "`make deps` does it). Playwright must not download its own browser.")
    from playwright.sync_api import sync_playwright

    base, token = lab
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"browser-{LESSON.stem}.png"
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=args)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{base}/lab/tree/{LESSON.name}?token={token}", timeout=60_000)
            page.wait_for_function("window.jupyterapp && document.querySelector('.jp-Notebook .jp-Cell')",
                                   timeout=60_000)
            # wait until the Neurona kernel is connected and idle
            page.wait_for_function(
                """() => { const w = window.jupyterapp.shell.currentWidget;
                           const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
                           return k && k.name === 'neurona' && k.status === 'idle'; }""",
                timeout=60_000)
            code_cells = page.locator(".jp-Notebook .jp-CodeCell").count()
            page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
            # done when the kernel is idle, no cell is queued ([*]) and either every code cell has run or
            # one stopped the run with an error (JupyterLab's run-all stops at the first error)
            page.wait_for_function(
                """(n) => { const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
                            const w = window.jupyterapp.shell.currentWidget;
                            const idle = w.sessionContext.session.kernel.status === 'idle';
                            const queued = prompts.some(p => p.textContent.includes('*'));
                            const ran = prompts.filter(p => /\\[\\d+\\]/.test(p.textContent)).length;
                            const failed = document.querySelector(
                                ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']");
                            return idle && !queued && ran > 0 && (ran === n || failed !== null); }""",
                arg=code_cells, timeout=240_000)
            page.wait_for_timeout(1500)  # MathJax typesets asynchronously
            formula = page.locator(".jp-RenderedLatex").last
            if formula.count():
                formula.scroll_into_view_if_needed()
                page.wait_for_timeout(500)
            page.screenshot(path=str(shot))

            outputs = page.locator(".jp-Notebook .jp-OutputArea-output")
            errors = page.locator(".jp-Notebook .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
            error_text = "\n".join(errors.all_inner_texts())
            assert errors.count() == 0, f"cells wrote errors (screenshot {shot}):\n{error_text[:3000]}"
            assert outputs.count() > 0
            summary = page.locator(".jp-OutputArea-output table", has_text="Total params")
            assert summary.count() + page.locator(".jp-OutputArea-output", has_text="Total params").count() > 0, \
                "no model summary"
            assert page.locator(".jp-OutputArea-output table").count() > 0, "the summary is not an HTML table"
            svgs = page.locator(".jp-RenderedSVG img, .jp-RenderedSVG svg, .jp-OutputArea-output svg")
            assert svgs.count() > 0, "no SVG diagram"
            images = page.locator(".jp-RenderedImage img, .jp-RenderedSVG img, .jp-RenderedSVG svg")
            assert images.count() >= 2, "a diagram and at least one plot were expected"
            latex = page.locator(".jp-RenderedLatex mjx-container, .jp-OutputArea-output mjx-container")
            assert latex.count() > 0, "the formula was not typeset by MathJax"
        finally:
            browser.close()
