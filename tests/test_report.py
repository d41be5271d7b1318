"""``newslens report``: every notebook run headless on an article, every chart exported, one HTML page.

The command runs in a subprocess, as an analyst runs it.  Bad arguments are checked in-process (fast):
one line on stderr, exit status 2, nothing written.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import nbformat
import pytest

from helpers.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "confusion-abounds-us-military-iraq.txt"
WIRE = Path(__file__).resolve().parent / "data" / "wire-story.txt"
NOTEBOOKS = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9]*.ipynb"))


def _newslens(args, env_extra=None, cwd=None, timeout=900):
    env = {**os.environ, **(env_extra or {})}
    exe = Path(sys.executable).with_name("newslens")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)


@pytest.fixture
def env(isolated_home):
    return {k: v for k, v in isolated_home.items() if k != "NEWSLENS_HOME"}


# -- bad arguments ------------------------------------------------------------------------------------
@pytest.mark.parametrize("args, message", [
    (["report", "no/such/file.txt"], "no such file or folder"),
    (["report", "{tmp}/notes.docx"], "not an article file"),
    (["report", "{tmp}/empty"], "no article files"),
    (["report", str(SEED), "--out", "{tmp}/a-file"], "exists and is not a folder"),
    (["report", str(SEED), "--notebooks", "99_nothing"], "matches no notebook"),
    (["report", str(SEED), "--timeout", "0"], "must be a positive number"),
    (["report", str(SEED), "--jobs", "0"], "jobs must be at least 1"),
    (["report"], "the following arguments are required: PATH"),
    (["report", str(SEED), "--timeout", "soon"], "invalid int value"),
])
def test_bad_arguments_one_line_exit_2(args, message, tmp_path, capsys):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "empty").mkdir()
    (tmp_path / "a-file").write_text("x")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SystemExit) if "required" in message or "invalid" in message else _no_raise() as caught:
        code = main([a.replace("{tmp}", str(tmp_path)) for a in args])
    code = caught.value.code if caught else code
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


class _no_raise:
    value = None

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def test_bad_argument_from_the_shell(tmp_path, env):
    done = _newslens(["report", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out")], env)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().startswith("newslens: error:") and len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


# -- the seed -----------------------------------------------------------------------------------------
def _check_charts(charts: Path, notebooks: set[str]) -> list[dict]:
    rows = json.loads((charts / "manifest.json").read_text())
    assert rows, "no chart exported"
    for r in rows:
        data = (charts / r["file"]).read_bytes()
        if r["format"] == "png":
            assert data[:8] == b"\x89PNG\r\n\x1a\n"
        elif r["format"] == "svg":
            assert ET.fromstring(data).tag.endswith("svg")
        else:
            assert data[:5] == b"%PDF-"
        assert r["notebook"] in notebooks
        assert r["data_csv"] and (charts / r["data_csv"]).is_file(), r
    # every chart in all three formats
    by_chart = {}
    for r in rows:
        by_chart.setdefault((r["notebook"], r["chart"]), set()).add(r["format"])
    assert all(f == {"png", "svg", "pdf"} for f in by_chart.values()), by_chart
    return rows


@pytest.mark.notebook
def test_report_on_the_seed(tmp_path, env):
    out = tmp_path / "reports"
    done = _newslens(["report", str(SEED), "--out", str(out)], env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert re.search(rf"{len(NOTEBOOKS)}/{len(NOTEBOOKS)} \[", done.stderr), "no tqdm progress over the notebooks"
    folder = out / "confusion-abounds-us-military-iraq"

    # executed notebooks, parameters injected, no errors
    for name in NOTEBOOKS:
        nb = nbformat.read(str(folder / "notebooks" / f"{name}.ipynb"), as_version=4)
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert injected and str(SEED) in injected[0].source and str(folder / "charts") in injected[0].source
        outs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
        assert outs and not [o for o in outs if o.get("output_type") == "error"]
        assert all(c.execution_count for c in nb.cells if c.cell_type == "code")

    rows = _check_charts(folder / "charts", set(NOTEBOOKS))
    assert {r["notebook"] for r in rows} >= {"00_overview", "01_article_and_tokens"}
    assert {r["chart"] for r in rows} >= {"top-entities", "speaker-polarity", "sentence-lengths", "pos-mix"}
    overview = next(r for r in rows if r["chart"] == "top-entities")
    assert overview["params"]["article"] == str(SEED) and overview["params"]["top_n"] == 10

    page = (folder / "report.html").read_text()
    assert "Confusion Abounds: US Military Leaving, Then Not Leaving, Iraq" in page
    assert page.count("data:image/png;base64,") >= len({(r["notebook"], r["chart"]) for r in rows})
    assert "panel = overview_panel(" not in page and "from helpers" not in page, "code is shown"
    assert "widget-view+json" not in page and "Loading widget" not in page
    assert "Traceback" not in page
    for name in NOTEBOOKS:
        assert f"{name}.ipynb" in page

    summary = json.loads((out / "summary.json").read_text())
    assert [a["ok"] for a in summary["articles"]] == [True]
    assert summary["notebooks"] == NOTEBOOKS
    # notebooks ran in parallel kernels (one per core by default), reported in reading order
    assert [n["notebook"] for n in summary["articles"][0]["notebooks"]] == NOTEBOOKS
    assert "without encryption" not in done.stderr  # kernels talk over private Unix sockets
    assert not list((ROOT / "notebooks").glob("kernel*")), "kernel sockets left in notebooks/"
    assert "report.html" in (out / "index.html").read_text()
    assert "ok      confusion-abounds-us-military-iraq.txt" in done.stdout


@pytest.mark.notebook
def test_report_on_a_folder_with_a_broken_file(tmp_path, env):
    """Two articles, the first (by name) a broken file: it is reported, the other is reported on."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(WIRE, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary junk \x00" * 20)
    out = tmp_path / "out"
    done = _newslens(["report", str(folder), "--out", str(out), "--notebooks", "00"], env)
    assert done.returncode == 1, done.stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text())
    status = {Path(a["article"]).name: a for a in summary["articles"]}
    assert list(status) == ["broken.txt", "wire-story.txt"]
    assert not status["broken.txt"]["ok"] and "broken.txt" in status["broken.txt"]["error"]
    assert "\n" not in status["broken.txt"]["error"]
    for name in ("wire-story",):
        assert status[f"{name}.txt"]["ok"], status[f"{name}.txt"]
        assert (out / name / "report.html").is_file() and (out / name / "notebooks" / "00_overview.ipynb").is_file()
        _check_charts(out / name / "charts", {"00_overview"})
    assert "Kenya Floods" in (out / "wire-story" / "report.html").read_text()
    assert not (out / "broken").exists() or not (out / "broken" / "report.html").exists()
    index = (out / "index.html").read_text()
    assert "failed" in index and "broken.txt" in index
    assert re.search(r"FAILED  broken\.txt: .+", done.stdout)
    assert "Traceback" not in done.stdout + done.stderr


TINY_NOTEBOOK = {
    "cells": [
        {"id": "params", "cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": "ARTICLE = None\nEXPORT_DIR = None",
         "outputs": [], "execution_count": None},
        {"id": "check", "cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
         "source": "from helpers import load_article\nart = load_article(ARTICLE)\n"
                   "assert len(art.sentences) > 3, 'article too short for this notebook'\nlen(art.sentences)"},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}


@pytest.mark.notebook
def test_a_notebook_failing_on_one_article_is_reported_and_the_rest_continue(tmp_path, env):
    """A readable article on which a notebook raises: reported with the error line; the next article runs."""
    project = tmp_path / "project"
    (project / "notebooks").mkdir(parents=True)
    (project / "data" / "articles").mkdir(parents=True)
    for name in ("10_tiny.ipynb",):
        nb = nbformat.from_dict(TINY_NOTEBOOK)
        nbformat.write(nb, str(project / "notebooks" / name))
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a-short.txt").write_text("Short Item\n\nOnly one sentence here.\n")
    shutil.copy(WIRE, articles)
    done = _newslens(["report", str(articles), "--out", str(tmp_path / "out"), "--quiet"],
                     {**env, "NEWSLENS_HOME": str(project)})
    assert done.returncode == 1
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    short, wire = summary["articles"]
    assert not short["ok"] and [n["ok"] for n in short["notebooks"]] == [False]
    assert "AssertionError: article too short for this notebook" in short["error"]
    assert wire["ok"] and [n["ok"] for n in wire["notebooks"]] == [True]
    page = (tmp_path / "out" / "a-short" / "report.html").read_text()
    assert "article too short for this notebook" in page  # the failure shows in the article's report
    assert done.stderr.count("Traceback") == 0


def test_an_earlier_report_is_never_overwritten(tmp_path):
    from helpers.report import report_slug

    out = tmp_path / "out"
    assert report_slug(Path("a/Story One.txt"), out) == "story-one"
    (out / "story-one").mkdir(parents=True)
    assert report_slug(Path("a/Story One.txt"), out) == "story-one-2"
    assert report_slug(Path("b/story-one.html"), out, used={"story-one-2"}) == "story-one-3"
