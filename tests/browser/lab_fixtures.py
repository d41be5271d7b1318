"""A JupyterLab server and Debian's Chromium for the real-browser test (fixtures imported by the test).

The server runs on a free localhost port with a token, on a throw-away project folder (a copy of the
notebooks, the seed and a second article, selected through ``NEWSLENS_HOME``) so nothing lands in the
repository.  HOME and every Jupyter / IPython / matplotlib folder point at a temp dir; the JupyterLab
settings overrides (no windowing, so every cell is in the page; no news pop-up) are written to a temp
``app_settings_dir``.  At the end — also when a test fails — the kernels are shut down, the server's
process group is terminated, and any kernel process still using the temp runtime folder is killed.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("NEWSLENS_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
OVERRIDES = {
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 2.0):
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read() or b"null")


def _request(url: str, method: str) -> None:
    req = urllib.request.Request(url, method=method)
    try:
        urllib.request.urlopen(req, timeout=5).read()
    except Exception:
        pass


def _pids_using(marker: str) -> list[int]:
    """Processes whose command line mentions ``marker`` (our temp runtime folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in cmd:
            found.append(int(entry.name))
    return found


def _kill_group(pid: int, sig) -> None:
    try:
        os.killpg(os.getpgid(pid), sig)
    except (ProcessLookupError, PermissionError):
        pass


@pytest.fixture(scope="session")
def lab_project(tmp_path_factory):
    """A throw-away project: notebooks/, data/articles/ (the seed and a wire story), exports/."""
    proj = tmp_path_factory.mktemp("lab-project")
    shutil.copytree(ROOT / "notebooks", proj / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (proj / "data" / "articles").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "articles" / "confusion-abounds-us-military-iraq.txt", proj / "data" / "articles")
    shutil.copy(ROOT / "tests" / "data" / "wire-story.txt", proj / "data" / "articles")
    return proj


@pytest.fixture(scope="session")
def lab(lab_project, tmp_path_factory):
    """``(base_url, token, project)`` of a running JupyterLab; stopped at the end whatever happens."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (installs Debian's chromium) "
                    "or `apt-get install -y chromium`")
    home = tmp_path_factory.mktemp("lab-home")
    settings = home / "lab-settings"
    settings.mkdir()
    (settings / "overrides.json").write_text(json.dumps(OVERRIDES, indent=1))
    runtime = home / "jupyter-runtime"
    env = dict(os.environ)
    env.update(
        HOME=str(home), JUPYTER_CONFIG_DIR=str(home / "jupyter-config"), JUPYTER_DATA_DIR=str(home / "jupyter-data"),
        JUPYTER_RUNTIME_DIR=str(runtime), IPYTHONDIR=str(home / "ipython"), MPLCONFIGDIR=str(home / "mpl"),
        JUPYTER_PLATFORM_DIRS="1", PYDEVD_DISABLE_FILE_VALIDATION="1", NEWSLENS_HOME=str(lab_project),
        XDG_CONFIG_HOME=str(home / "xdg-config"), XDG_CACHE_HOME=str(home / "xdg-cache"),
    )
    env.pop("JUPYTER_PATH", None)
    token = secrets.token_hex(16)
    port = _free_port()
    log = open(home / "jupyter-lab.log", "wb")
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
           "--port-retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={lab_project}",
           f"--LabApp.app_settings_dir={settings}", "--LabApp.expose_app_in_browser=True",
           "--ServerApp.log_level=WARN"]
    proc = subprocess.Popen(cmd, env=env, cwd=lab_project, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {proc.returncode}: "
                                   + (home / "jupyter-lab.log").read_text(errors="replace")[-2000:])
            try:
                _get(f"{base}/api/status?token={token}")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise RuntimeError("jupyter lab did not answer within 60 s")
                time.sleep(0.3)
        yield base, token, lab_project
    finally:
        try:
            for k in _get(f"{base}/api/kernels?token={token}") or []:
                _request(f"{base}/api/kernels/{k['id']}?token={token}", "DELETE")
        except Exception:
            pass
        _kill_group(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            _kill_group(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        for pid in _pids_using(str(runtime)):  # kernels run in their own sessions
            _kill_group(pid, signal.SIGKILL)
        log.close()
        left = _pids_using(str(runtime))
        assert not left, f"kernel processes left running: {left}"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()
