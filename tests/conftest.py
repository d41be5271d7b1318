"""Shared fixtures: the seed article, test articles, and an isolated home for Jupyter/matplotlib."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
GOLD = Path(__file__).resolve().parent / "gold"
SEED = ROOT / "data" / "articles" / "confusion-abounds-us-military-iraq.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed():
    """The seed article, loaded once per test session (stages are cached on it)."""
    from helpers import load_article

    return load_article(SEED)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture
def article_from():
    """Build an Article from a string: ``article_from("Headline\\n\\nBody text.")``."""
    from helpers.article import Article

    return lambda text, **kw: Article.from_text(text, **kw)


@pytest.fixture(scope="session")
def isolated_home(tmp_path_factory) -> dict:
    """Environment with HOME and every Jupyter / IPython / matplotlib dir in a temp folder."""
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        JUPYTER_CONFIG_DIR=str(home / "jupyter-config"),
        JUPYTER_DATA_DIR=str(home / "jupyter-data"),
        JUPYTER_RUNTIME_DIR=str(home / "jupyter-runtime"),
        IPYTHONDIR=str(home / "ipython"),
        MPLCONFIGDIR=str(home / "mpl"),
        JUPYTER_PLATFORM_DIRS="1",
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    return env


import sys as _sys

_sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/notebook_harness.py
