"""``newslens report``: run every notebook headless on an article and write a report folder.

    newslens report data/articles/story.txt --out reports/      # one article
    newslens report data/articles/ --out reports/               # every article in a folder

For each article, ``DIR/<article-slug>/`` (numbered ``-2``, ``-3`` ... when an earlier report is
there: nothing is overwritten) receives:

- ``notebooks/NN_name.ipynb`` — each notebook executed by papermill with its ``parameters`` cell set
  (``ARTICLE`` = the article path, ``EXPORT_DIR`` = the charts folder below);
- ``charts/`` — every chart every notebook showed, as PNG (300 dpi), SVG and PDF, each with its data
  as CSV and a row in ``charts/manifest.json`` (source notebook and widget parameters), written by the
  same :func:`helpers.export.export_figure` as the notebooks' export buttons;
- ``report.html`` — all notebooks in one page, code hidden, widgets replaced by a static picture of
  what they showed (so the page works offline, without a kernel);
- ``status.json`` — per notebook: ok or the one-line error, and the run time.

``DIR/index.html`` and ``DIR/summary.json`` list every article with its status.  One article that
fails (an unreadable file, a notebook that raises) is reported there and the run goes on; the command
exits 1 if any article failed, 2 for bad arguments, 0 otherwise.

    >>> plan = plan_report("data/articles")            # doctest: +SKIP
    >>> [a.name for a in plan.articles]                 # doctest: +SKIP
    ['confusion-abounds-us-military-iraq.txt']
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import html
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from ._version import __version__
from .errors import NewslensError
from .paths import ARTICLE_SUFFIXES, list_articles, project_root, slugify

REPORT_TAG = "newslens-report"  # cells the report adds; hidden in report.html
EXPORT_FORMATS = ("png", "svg", "pdf")
STATIC_WIDGETS_MIME = "application/vnd.jupyter.widget-view+json"

# Appended to each notebook before it runs: export every chart that the notebook's panels (and any
# top-level newslens figure) show, through the same function as the export buttons.
EXPORT_CELL = f"""\
# Added by `newslens report`: export every chart this notebook showed.
from helpers.report import export_shown_charts
_report_exports = export_shown_charts(globals(), notebook={{notebook!r}}, formats={EXPORT_FORMATS!r})
"""


@dataclass
class Plan:
    """What a report run will do: the articles, the notebooks and the output folder."""

    articles: list[Path]
    notebooks: list[Path]
    out: Path
    folder_mode: bool = False


@dataclass
class ArticleResult:
    article: Path
    slug: str
    folder: Path
    ok: bool = True
    error: str | None = None
    notebooks: list[dict] = field(default_factory=list)
    charts: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {"article": str(self.article), "slug": self.slug, "folder": str(self.folder), "ok": self.ok,
                "error": self.error, "notebooks": self.notebooks, "charts": self.charts,
                "seconds": round(self.seconds, 2)}


def notebooks_dir() -> Path:
    return project_root() / "notebooks"


def default_out() -> Path:
    return Path.cwd() / "reports"


def plan_report(path, out=None, notebooks: str | None = None) -> Plan:
    """Check the arguments (a clear :class:`NewslensError` for each mistake) and list the work."""
    if path is None or str(path).strip() == "":
        raise NewslensError("give an article file or a folder of articles")
    src = Path(path).expanduser()
    if not src.exists():
        raise NewslensError(f"{path}: no such file or folder")
    if src.is_dir():
        articles = list_articles(src)
        if not articles:
            raise NewslensError(f"{path}: no article files (.txt, .md, .html) in this folder")
        folder_mode = True
    else:
        if src.suffix.lower() not in ARTICLE_SUFFIXES:
            raise NewslensError(f"{path}: not an article file; use one of {', '.join(ARTICLE_SUFFIXES)}")
        articles = [src]
        folder_mode = False
    out_dir = Path(out).expanduser() if out else default_out()
    if out_dir.exists() and not out_dir.is_dir():
        raise NewslensError(f"--out {out}: exists and is not a folder")
    nb_dir = notebooks_dir()
    found = sorted(nb_dir.glob("[0-9]*.ipynb")) if nb_dir.is_dir() else []
    if notebooks:
        pats = [p.strip() for p in notebooks.split(",") if p.strip()]
        found = [nb for nb in found if any(fnmatch.fnmatch(nb.stem, p) or nb.stem.startswith(p) for p in pats)]
        if not found:
            raise NewslensError(f"--notebooks {notebooks}: matches no notebook in {nb_dir}")
    if not found:
        raise NewslensError(f"{nb_dir}: no notebooks to run")
    return Plan([a.resolve() for a in articles], found, out_dir.resolve(), folder_mode)


# -- inside the kernel --------------------------------------------------------------------------------
def export_shown_charts(namespace: dict, notebook: str, formats=EXPORT_FORMATS, folder=None) -> list[str]:
    """Export every chart the notebook's panels show, and every top-level newslens figure.

    Called by the cell ``newslens report`` appends to each notebook.  Panels export through
    :meth:`helpers.widgets.base.Panel.export` (so the manifest records the notebook and the widget
    values); loose figures through :func:`helpers.export.export_figure`.
    """
    from .export import export_figure
    from .widgets.base import Panel

    written: list[str] = []
    seen: set[int] = set()
    panels = [v for k, v in list(namespace.items()) if isinstance(v, Panel) and not k.startswith("_")]
    for panel in panels:
        for sub in [panel, *getattr(panel, "subpanels", [])]:
            if id(sub) in seen:
                continue
            seen.add(id(sub))
            for key, fig in list(sub.state.get("figures", {}).items()):
                seen.add(id(fig))
                for fmt in formats:
                    written.append(str(sub.export(key, fmt)))
    article = namespace.get("art") if hasattr(namespace.get("art"), "body") else None
    export_dir = folder or namespace.get("EXPORT_DIR")
    for name, value in list(namespace.items()):
        if name.startswith("_") or id(value) in seen or getattr(value, "newslens", None) is None:
            continue
        if not hasattr(value, "savefig"):
            continue
        seen.add(id(value))
        for fmt in formats:
            written.append(str(export_figure(value, fmt=fmt, article=article, folder=export_dir, notebook=notebook,
                                             params={"variable": name})))
    return written


# -- running ------------------------------------------------------------------------------------------
def _prepare(nb_path: Path):
    import nbformat

    nb = nbformat.read(str(nb_path), as_version=4)
    cell = nbformat.v4.new_code_cell(EXPORT_CELL.format(notebook=nb_path.stem))
    cell.metadata["tags"] = [REPORT_TAG]
    nb.cells.append(cell)
    return nb


def ipc_kernel_manager(folder: str):
    """A kernel manager class whose kernels talk over Unix sockets in ``folder`` (private to this user)
    rather than unencrypted TCP ports, which ipykernel warns about on stderr for every kernel."""
    from jupyter_client.manager import KernelManager

    class IPCKernelManager(KernelManager):
        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", os.path.join(folder, "kernel"))
            super().__init__(**kwargs)

    return IPCKernelManager


def run_notebook(nb_path: Path, article: Path, export_dir: Path, out_path: Path, timeout: int = 600):
    """Execute one notebook with papermill; returns the executed notebook (raises on a cell error)."""
    import tempfile

    import papermill as pm

    nb = _prepare(nb_path)
    with tempfile.TemporaryDirectory(prefix="newslens-kernel-") as sockets:
        return pm.execute_notebook(
            nb, str(out_path), parameters={"ARTICLE": str(article), "EXPORT_DIR": str(export_dir)},
            kernel_name="python3", cwd=str(nb_path.parent), progress_bar=False, log_output=False,
            execution_timeout=timeout, report_mode=False, kernel_manager_class=ipc_kernel_manager(sockets),
        )


def _error_line(exc) -> str:
    ename = getattr(exc, "ename", None)
    evalue = getattr(exc, "evalue", None)
    if ename:
        return f"{ename}: {evalue}".strip().splitlines()[0][:300]
    text = str(exc).strip().splitlines()
    return (text[-1] if text else type(exc).__name__)[:300]


def report_article(article: Path, plan: Plan, bar=None, timeout: int = 600, slug_override: str | None = None,
                   jobs: int = 1) -> ArticleResult:
    """Run every notebook of ``plan`` on one article into ``plan.out/<slug>/``, ``jobs`` kernels at a time
    (each notebook in its own kernel; results keep the plan's order)."""
    from .article import load_article

    t0 = time.perf_counter()
    slug = slugify(article.stem, "article")
    slug = slug if slug_override is None else slug_override
    folder = plan.out / slug
    result = ArticleResult(article, slug, folder)
    executed = []
    try:
        load_article(article)  # a broken file is reported before any kernel starts
    except NewslensError as exc:
        result.ok, result.error = False, str(exc)
        if bar is not None:
            bar.update(len(plan.notebooks))
        result.seconds = time.perf_counter() - t0
        return result
    charts = folder / "charts"
    nb_out = folder / "notebooks"
    nb_out.mkdir(parents=True, exist_ok=True)

    def run_one(nb_path: Path):
        if bar is not None:
            bar.set_postfix_str(f"{slug[:24]} · {nb_path.stem}", refresh=True)
        t1 = time.perf_counter()
        target = nb_out / nb_path.name
        row = {"notebook": nb_path.stem, "ok": True, "error": None}
        done = None
        try:
            done = run_notebook(nb_path, article, charts, target, timeout)
        except Exception as exc:  # a failing notebook is reported; the others still run
            row.update(ok=False, error=_error_line(exc))
            if target.exists():
                import nbformat

                try:
                    done = nbformat.read(str(target), as_version=4)
                except Exception:
                    pass
        row["seconds"] = round(time.perf_counter() - t1, 2)
        if bar is not None:
            bar.update(1)
        return row, done

    if jobs > 1 and len(plan.notebooks) > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=jobs) as pool:  # threads wait on kernels, which do the work
            outcomes = list(pool.map(run_one, plan.notebooks))
    else:
        outcomes = [run_one(nb_path) for nb_path in plan.notebooks]
    for row, done in outcomes:
        result.notebooks.append(row)
        if not row["ok"]:
            result.ok = False
            result.error = result.error or f"{row['notebook']}: {row['error']}"
        if done is not None:
            executed.append((row["notebook"], done))
    from .export import read_manifest

    try:
        result.charts = len(read_manifest(charts)) if charts.is_dir() else 0
    except NewslensError:
        result.charts = 0
    if executed:
        write_html_report(executed, folder / "report.html", article=article, result=result)
    result.seconds = time.perf_counter() - t0
    (folder / "status.json").write_text(json.dumps(result.as_dict(), indent=1) + "\n", encoding="utf-8")
    return result


def report_slug(article: Path, out: Path, used=()) -> str:
    """The article's folder name in ``out``: its slug, numbered when taken (by an earlier run, or by
    ``story.html`` beside ``story.txt``) — an earlier report is never overwritten."""
    slug = base = slugify(Path(article).stem, "article")
    n = 1
    while slug in used or (Path(out) / slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def run_report(path, out=None, notebooks: str | None = None, progress: bool = True, timeout: int = 600,
               jobs: int | None = None):
    """Plan and run a report; returns ``(plan, results)``.  Bad arguments raise :class:`NewslensError`.

    ``jobs`` notebooks run at a time, each in its own kernel (default: one per core, at most 4)."""
    import logging

    from tqdm.auto import tqdm

    if jobs is not None and jobs < 1:
        raise NewslensError(f"jobs must be at least 1 (got {jobs})")
    jobs = jobs or min(4, os.cpu_count() or 1)
    plan = plan_report(path, out, notebooks)
    # papermill warns about parameter cells it cannot introspect; the parameters are injected anyway
    logging.getLogger("papermill").setLevel(logging.ERROR)
    plan.out.mkdir(parents=True, exist_ok=True)
    results: list[ArticleResult] = []
    total = len(plan.articles) * len(plan.notebooks)
    with tqdm(total=total, unit="notebook", desc="newslens report", disable=not progress,
              dynamic_ncols=True) as bar:
        used: set[str] = set()
        for article in plan.articles:
            slug = report_slug(article, plan.out, used)
            used.add(slug)
            results.append(report_article(article, plan, bar, timeout, slug_override=slug, jobs=jobs))
    write_index(plan, results)
    return plan, results


# -- HTML -----------------------------------------------------------------------------------------------
def _widget_state(nb) -> dict:
    return (nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {}) or {}).get("state", {})


_NOTEBOOK_HREF = re.compile(r"""href=(['"])(\d\d_[\w.-]+\.ipynb)""")
_SKIP_WIDGETS = {"ButtonModel", "LayoutModel", "StyleModel", "ButtonStyleModel", "DescriptionStyleModel",
                 "SliderStyleModel", "ProgressStyleModel", "HTMLStyleModel", "LabelStyleModel"}


def _bundle_html(data: dict) -> str:
    if "image/png" in data:
        return f"<img src='data:image/png;base64,{data['image/png']}' style='max-width:100%'/>"
    if "image/svg+xml" in data:
        svg = data["image/svg+xml"]
        return svg if isinstance(svg, str) else "".join(svg)
    if "text/html" in data:
        v = data["text/html"]
        return v if isinstance(v, str) else "".join(v)
    if "text/plain" in data:
        v = data["text/plain"]
        return f"<pre>{html.escape(v if isinstance(v, str) else ''.join(v))}</pre>"
    return ""


def static_widget_html(model_id: str, state: dict, depth: int = 0) -> str:
    """A static picture of a widget from the notebook's saved widget state (no JavaScript needed).

    Containers become ``div``\\s, HTML widgets their markup, ``Output`` widgets what they showed, value
    controls "description: value"; buttons (export controls) are left out.
    """
    if depth > 40 or model_id not in state:
        return ""
    model = state[model_id]
    name = model.get("model_name", "")
    s = model.get("state", {})
    if name in _SKIP_WIDGETS or (name == "ButtonModel"):
        return ""
    kids = [c[len("IPY_MODEL_"):] for c in s.get("children", []) if isinstance(c, str)]
    if name in ("VBoxModel", "BoxModel", "GridBoxModel"):
        return "<div class='nl-box'>" + "".join(static_widget_html(k, state, depth + 1) for k in kids) + "</div>"
    if name == "HBoxModel":
        inner = "".join(static_widget_html(k, state, depth + 1) for k in kids)
        kids_html = "".join(f"<div style='flex:1 1 340px;min-width:0'>{static_widget_html(k, state, depth + 1)}</div>"
                            for k in kids)
        if len(kids) >= 2 and all(state.get(k, {}).get("model_name") in ("VBoxModel", "BoxModel") for k in kids):
            inner = kids_html  # columns of a dashboard: share the width
        return f"<div class='nl-row' style='display:flex;gap:1em;flex-wrap:wrap;align-items:flex-start'>{inner}</div>"
    if name in ("TabModel", "AccordionModel"):
        titles = s.get("titles") or []
        parts = []
        for i, k in enumerate(kids):
            t = titles[i] if i < len(titles) and titles[i] else f"part {i + 1}"
            parts.append(f"<h4>{html.escape(str(t))}</h4>" + static_widget_html(k, state, depth + 1))
        return "".join(parts)
    if name in ("HTMLModel", "HTMLMathModel"):
        return f"<div>{s.get('value', '')}</div>"
    if name == "LabelModel":
        return f"<div>{html.escape(str(s.get('value', '')))}</div>"
    if name == "OutputModel":
        return "".join(_bundle_html(o.get("data", {})) if o.get("output_type") in ("display_data", "execute_result")
                       else (f"<pre>{html.escape(''.join(o.get('text', '')))}</pre>" if o.get("output_type") == "stream"
                             else "") for o in s.get("outputs", []))
    desc = html.escape(str(s.get("description") or ""))
    if name in ("DropdownModel", "SelectModel", "RadioButtonsModel", "ToggleButtonsModel"):
        labels = s.get("_options_labels") or []
        idx = s.get("index")
        value = labels[idx] if isinstance(idx, int) and 0 <= idx < len(labels) else ""
        if not desc:
            return ""  # unlabelled pickers are export-format choosers
        return f"<div class='nl-control'><b>{desc}</b>: {html.escape(str(value))}</div>"
    if name in ("SelectMultipleModel",):
        labels = s.get("_options_labels") or []
        chosen = [labels[i] for i in s.get("index", []) if isinstance(i, int) and i < len(labels)]
        return f"<div class='nl-control'><b>{desc}</b>: {html.escape(', '.join(map(str, chosen)))}</div>"
    if "value" in s and name.endswith("Model") and not name.startswith("Layout"):
        v = s.get("value")
        if isinstance(v, list):
            v = " – ".join(map(str, v))
        return f"<div class='nl-control'><b>{desc or 'value'}</b>: {html.escape(str(v))}</div>"
    return ""


def make_static(nb):
    """Copy of ``nb`` with widget views replaced by static HTML and report-only cells removed."""
    import copy

    nb = copy.deepcopy(nb)
    state = _widget_state(nb)
    cells = []
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if REPORT_TAG in tags or "injected-parameters" in tags or "parameters" in tags:
            continue
        if cell.cell_type == "code":
            outs = []
            for out in cell.get("outputs", []):
                data = out.get("data", {})
                if STATIC_WIDGETS_MIME in data:
                    mid = data[STATIC_WIDGETS_MIME].get("model_id")
                    markup = static_widget_html(mid, state)
                    if not markup:
                        continue
                    out = {"output_type": "display_data", "metadata": {},
                           "data": {"text/html": f"<div class='nl-static-widget'>{markup}</div>"}}
                if out.get("output_type") == "stream" and out.get("name") == "stderr":
                    continue
                outs.append(out)
            cell.outputs = outs
        cells.append(cell)
    nb.cells = cells
    nb.metadata.pop("widgets", None)
    return nb


def write_html_report(executed, target: Path, article=None, result: ArticleResult | None = None) -> Path:
    """One HTML page (code hidden) of the executed notebooks ``[(name, notebook), ...]``."""
    import nbformat
    from nbconvert import HTMLExporter

    parts = []
    stamp = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
    title = _article_title(article)
    head = (f"# newslens report: {title}\n\n"
            f"Article file `{Path(article).name if article else ''}` · generated {stamp} · newslens {__version__}.\n\n"
            "Charts are in `charts/` beside this page (PNG 300 dpi, SVG, PDF, each with its data as CSV; "
            "`charts/manifest.json` traces every file to its notebook and parameters).")
    if result is not None and not result.ok:
        failed = [f"- **{r['notebook']}** failed: `{r['error']}`" for r in result.notebooks if not r["ok"]]
        head += "\n\n**Some notebooks failed:**\n\n" + "\n".join(failed)
    parts.append(nbformat.v4.new_markdown_cell(head))
    for name, nb in executed:
        parts.append(nbformat.v4.new_markdown_cell(f"---\n\n*Notebook `{name}.ipynb`*"))
        parts.extend(make_static(nb).cells)
    book = nbformat.v4.new_notebook(cells=parts, metadata={"kernelspec": executed[0][1].metadata.get("kernelspec", {}),
                                                           "language_info": {"name": "python"}})
    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(book, resources={"metadata": {"name": f"newslens report: {title}"}})
    body = _NOTEBOOK_HREF.sub(r"href=\1notebooks/\2", body)  # links between notebooks: the executed copies
    from .export import atomic_write

    atomic_write(target, body.encode("utf-8"), overwrite=True)
    return target


def _article_title(article) -> str:
    if article is None:
        return "article"
    try:
        from .article import load_article

        return load_article(article).title or Path(article).stem
    except NewslensError:
        return Path(article).stem


def write_index(plan: Plan, results: list[ArticleResult]) -> Path:
    """``summary.json`` and ``index.html`` in the output folder: every article and its status."""
    summary = {"newslens_version": __version__,
               "generated": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
               "notebooks": [p.stem for p in plan.notebooks],
               "articles": [r.as_dict() for r in results]}
    (plan.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    rows = []
    for r in results:
        link = (f"<a href='{html.escape(r.slug)}/report.html'>{html.escape(r.article.name)}</a>"
                if (r.folder / "report.html").exists() else html.escape(r.article.name))
        status = "ok" if r.ok else f"<span style='color:#D55E00'>failed: {html.escape(r.error or '')}</span>"
        rows.append(f"<tr><td>{link}</td><td>{status}</td><td>{r.charts}</td><td>{r.seconds:.1f} s</td></tr>")
    page = ("<!doctype html><meta charset='utf-8'><title>newslens reports</title>"
            "<style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;text-align:left}</style>"
            f"<h1>newslens reports</h1><p>{len(results)} article(s), generated {summary['generated']}, "
            f"newslens {html.escape(__version__)}</p>"
            "<table><tr><th>article</th><th>status</th><th>chart files</th><th>time</th></tr>"
            + "".join(rows) + "</table>")
    target = plan.out / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


def print_summary(plan: Plan, results: list[ArticleResult], stream) -> None:
    for r in results:
        if r.ok:
            nbs = len(r.notebooks)
            stream.write(f"ok      {r.article.name}: {nbs} notebook{'s' * (nbs != 1)}, {r.charts} chart files "
                         f"-> {r.folder / 'report.html'}\n")
        else:
            stream.write(f"FAILED  {r.article.name}: {r.error}\n")
    stream.write(f"index: {plan.out / 'index.html'}\n")
