"""Every notebook, opened in JupyterLab in a real browser (Debian's Chromium via Playwright) as a person
would: run all cells, then check what shows.

For each notebook: no error or stderr output in any cell; the widgets rendered (the article dropdown is
there, no "Error displaying widget"); choosing the other article in the dropdown changes the charts; an
export button writes a valid file.  A screenshot of each notebook goes to ``test-artifacts/browser/``.

Run just this test: ``make test-browser`` (or ``.venv/bin/python -m pytest -m browser tests/browser``).
"""

from __future__ import annotations

import json
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lab_fixtures import ARTIFACTS, ROOT, browser, lab, lab_project  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
STDERR = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
RUN_ALL = """async () => {
  const app = window.jupyterapp;
  const panel = app.shell.currentWidget;
  await panel.context.ready;
  await panel.sessionContext.ready;
  await app.commands.execute('notebook:run-all-cells');
}"""
ALL_RAN = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
  const ran = prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
  const idle = document.querySelector(".jp-Notebook-ExecutionIndicator[data-status='idle']") !== null;
  return ran && idle;
}"""
CHART_SRCS = """() => [...document.querySelectorAll('.jp-Notebook .widget-output img')].map(i => i.src)"""


def _wait(page, js: str, timeout_s: float, what: str):
    try:
        page.wait_for_function(js, timeout=timeout_s * 1000, polling=250)
    except Exception as exc:
        raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}") from exc


def _export_files(project: Path) -> set[Path]:
    folder = project / "exports"
    return {p for p in folder.rglob("*") if p.suffix in (".png", ".svg", ".pdf")} if folder.exists() else set()


def _other_picker(page):
    for sel in page.locator(".jp-Notebook .widget-dropdown select").all():
        options = sel.locator("option").all_inner_texts()
        if len(options) >= 2 and set(options) != {"png", "svg", "pdf"}:
            current = sel.input_value()
            values = [o.get_attribute("value") for o in sel.locator("option").all()]
            return sel, {"value": next(v for v in values if v != current)}
    return None, None


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_in_jupyterlab(name, lab, browser):
    base, token, project = lab
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"{Path(name).stem}.png"
    for old in (shot, ARTIFACTS / f"{Path(name).stem}-FAILED.png"):
        old.unlink(missing_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1800})
    page = context.new_page()
    console_errors: list[str] = []
    page.on("pageerror", lambda exc: console_errors.append(str(exc)))
    t0 = time.monotonic()
    try:
        page.goto(f"{base}/lab/tree/notebooks/{name}?reset&token={token}", wait_until="domcontentloaded")
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
        page.evaluate(RUN_ALL)
        _wait(page, ALL_RAN, 180, "every cell to run and the kernel to be idle")
        page.wait_for_function(
            "() => !document.body.innerText.includes('Loading widget...')", timeout=30_000, polling=250)

        # no error output, no stderr, no broken widget
        assert page.locator(STDERR).count() == 0, page.locator(STDERR).first.inner_text()
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']").count() == 0
        text = page.locator(".jp-Notebook").inner_text()
        assert "Error displaying widget" not in text
        assert "Traceback" not in text and "⚠" not in text, "a panel shows an error"

        # the widgets rendered: the article dropdown (or, in a notebook without one, another picker), charts
        # matched by its label: has_text would also match a dropdown whose options mention "articles"
        label = page.locator(".widget-label", has_text=re.compile(r"^\s*Article\s*$"))
        article = page.locator(".jupyter-widgets.widget-dropdown").filter(has=label).first.locator("select")
        before = page.evaluate(CHART_SRCS)
        assert before, "no chart images in the widgets"
        page.screenshot(path=str(shot))
        if article.count():
            options = article.locator("option").all_inner_texts()
            assert "wire-story.txt" in options and len(options) >= 2, options
            picker, choice = article, {"label": "wire-story.txt"}
        else:  # e.g. a corpus notebook: the first picker that is not an export-format chooser
            picker, choice = _other_picker(page)
        assert picker is not None, "no article dropdown and no other picker"

        # choosing another value changes the charts
        picker.select_option(**choice)
        page.wait_for_function(
            f"(before) => {{ const now = ({CHART_SRCS})(); return now.length > 0 && now.some((s, i) => s !== before[i]); }}",
            arg=before, timeout=60_000, polling=250)
        page.wait_for_function("() => document.querySelector(\".jp-Notebook-ExecutionIndicator[data-status='idle']\")",
                               timeout=60_000)
        after = page.evaluate(CHART_SRCS)
        assert after != before
        assert page.locator(STDERR).count() == 0

        # an export control writes a file (the first chart's, as SVG)
        existing = _export_files(project)
        box = page.locator(".jupyter-widgets.widget-hbox:has(> .widget-button)").filter(has_text="Export").first
        box.locator(":scope > .widget-dropdown select").select_option("svg")
        box.locator(".widget-button", has_text="Export").click()
        label = box.locator(":scope > .widget-html")
        label.filter(has_text="saved").wait_for(timeout=30_000)
        new = _export_files(project) - existing
        assert len(new) == 1, new
        written = new.pop()
        assert written.suffix == ".svg" and ET.fromstring(written.read_bytes()).tag.endswith("svg")
        if picker is article:
            assert written.parent.name == "wire-story"
        row = json.loads((written.parent / "manifest.json").read_text())[-1]
        assert row["file"] == written.name and row["notebook"] == Path(name).stem
        assert row["data_csv"] is None or (written.parent / row["data_csv"]).is_file()
        assert written.name in label.inner_text()
        if name == "00_overview.ipynb":  # the dashboard's links open the deeper notebook in JupyterLab
            page.locator("a.nl-deeper", has_text="01_article_and_tokens.ipynb").first.click()
            page.locator(".lm-TabBar-tab", has_text="01_article_and_tokens.ipynb").first.wait_for(timeout=30_000)
            page.locator(".lm-TabBar-tab", has_text="00_overview.ipynb").first.click()
        page.evaluate("() => document.querySelectorAll('.jp-WindowedPanel-outer, .jp-Notebook')"
                      ".forEach(e => { e.scrollTop = 0; })")
        page.locator(".jp-Notebook .widget-dropdown").first.scroll_into_view_if_needed()
        page.screenshot(path=str(shot))
        assert not console_errors, console_errors
    except BaseException:
        try:
            page.screenshot(path=str(ARTIFACTS / f"{Path(name).stem}-FAILED.png"))
        except Exception:
            pass
        raise
    finally:
        try:  # free the kernel now rather than at server shutdown
            page.evaluate("async () => { await window.jupyterapp.serviceManager.sessions.shutdownAll(); }")
        except Exception:
            pass
        context.close()
        print(f"{name}: {time.monotonic() - t0:.1f} s")
