"""Packaging: environment.yml and pyproject.toml agree; package data ships; README's commands exist."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(req: str) -> str:
    return re.split(r"[<>=!~\[ ;]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_names_the_same_runtime_dependencies():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text())
    runtime = {_name(r) for r in py["project"]["dependencies"]}
    env_lines = (ROOT / "environment.yml").read_text().splitlines()
    deps, in_pip, in_deps = set(), False, False
    for line in env_lines:
        if re.match(r"^\w", line):
            in_deps = line.startswith("dependencies:")
            continue
        m = re.match(r"^(\s*)- (.+)$", line)
        if not m or not in_deps:
            continue
        indent, item = len(m.group(1)), m.group(2).strip()
        if item == "pip:":
            in_pip = True
            continue
        if indent <= 2:
            in_pip = False
            deps.add(_name(item))
    assert "python" in deps and "pip" in deps
    assert deps - {"python", "pip"} == runtime
    assert "- -e ." in "\n".join(env_lines)


def test_package_data_is_declared():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text())
    data = py["tool"]["setuptools"]["package-data"]["helpers"]
    assert "*.mplstyle" in data and any(d.startswith("lexicons/") for d in data)
    assert py["project"]["scripts"]["newslens"] == "helpers.cli:main"


def test_readme_commands_exist_in_the_makefile():
    readme = (ROOT / "README.md").read_text()
    make = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][\w-]*):", make, flags=re.M))
    for cmd in re.findall(r"make ([a-z][\w-]*)", readme):
        assert cmd in targets, f"README mentions 'make {cmd}' but the Makefile has no such target"
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_import_helpers_is_light():
    import subprocess
    import sys

    code = "import sys, helpers; print(','.join(m for m in ('pandas','matplotlib','textblob','ipywidgets') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
