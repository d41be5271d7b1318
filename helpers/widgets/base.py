"""The panel every notebook's widgets are built on.

    >>> from helpers.widgets.article import article_panel
    >>> panel = article_panel()                      # doctest: +SKIP
    >>> panel.controls["top_n"].value = 5            # doctest: +SKIP
    >>> len(panel.state["tables"]["top_words"])      # doctest: +SKIP
    5

Outputs are set as MIME bundles on ``ipywidgets.Output`` (no capture context), so a panel behaves the
same in a kernel, under papermill and in plain Python.  Article text shown as HTML is escaped.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path

from ..errors import NewslensError
from ..export import FORMATS, export_figure, render

DISPLAY_DPI = 110


def escape(text) -> str:
    """HTML-escape article text (always, wherever it is shown as HTML)."""
    return html.escape("" if text is None else str(text), quote=True)


def article_options(selected=None) -> list[tuple[str, str]]:
    """(label, path) pairs for the article dropdown: every file in ``data/articles`` plus ``selected``."""
    from ..paths import articles_dir, list_articles

    folder = articles_dir()
    paths = [str(p) for p in list_articles(folder)] if folder.is_dir() else []
    if selected is not None and str(selected) not in paths:
        paths.insert(0, str(selected))
    return [(Path(p).name, p) for p in paths]


class Panel:
    """Controls, outputs and state of one notebook panel."""

    notebook = "newslens"

    def __init__(self, export_dir=None):
        import ipywidgets as w

        self.w = w
        self.controls: dict = {}
        self.outputs: dict = {}
        self.state: dict = {"figures": {}, "tables": {}, "html": {}, "exports": [], "error": None}
        self.export_dir = Path(export_dir) if export_dir else None
        self.message = w.HTML(value="")
        self.widget = None

    def add_article_picker(self, path=None) -> str:
        """Create ``controls["article"]`` (every file in ``data/articles`` plus ``path``) and return the
        path to load first; a panel observes the dropdown itself."""
        opts = article_options(path)
        if not opts:
            raise NewslensError("no article files in data/articles; add a .txt, .md or .html file there")
        start = str(path) if path is not None else opts[0][1]
        self.controls["article"] = self.w.Dropdown(options=opts, value=start, description="Article",
                                                   layout=self.w.Layout(width="60%"))
        return start

    # -- outputs --------------------------------------------------------------------------------------
    def output(self, key: str):
        if key not in self.outputs:
            self.outputs[key] = self.w.Output()
        return self.outputs[key]

    def show_figure(self, key: str, fig) -> None:
        """Show ``fig`` in output ``key`` as the PNG the export path renders (same save function)."""
        self.state["figures"][key] = fig
        png = render(fig, "png", dpi=DISPLAY_DPI)
        bundle = {"image/png": base64.b64encode(png).decode("ascii"), "text/plain": f"<{key} chart>"}
        self.output(key).outputs = ({"output_type": "display_data", "data": bundle, "metadata": {}},)

    def show_table(self, key: str, frame, max_rows: int = 60) -> None:
        """Show a DataFrame (its cells are HTML-escaped by pandas)."""
        self.state["tables"][key] = frame
        shown = frame.head(max_rows)
        more = f"<p><i>{len(frame) - max_rows} more rows not shown</i></p>" if len(frame) > max_rows else ""
        bundle = {"text/html": shown.to_html(index=False, escape=True, border=0) + more,
                  "text/plain": shown.to_string(index=False)}
        self.output(key).outputs = ({"output_type": "display_data", "data": bundle, "metadata": {}},)

    def show_html(self, key: str, markup: str) -> None:
        """Show markup that the caller built with :func:`escape` around every piece of article text."""
        self.state["html"][key] = markup
        bundle = {"text/html": markup, "text/plain": html.unescape(markup)}
        self.output(key).outputs = ({"output_type": "display_data", "data": bundle, "metadata": {}},)

    def error(self, exc) -> None:
        """Show a one-line error (no traceback) and keep it in ``state['error']``."""
        msg = str(exc)
        self.state["error"] = msg
        self.message.value = f"<span style='color:#D55E00'>⚠ {escape(msg)}</span>"

    def info(self, msg: str) -> None:
        self.state["error"] = None
        self.message.value = f"<span style='color:#555'>{escape(msg)}</span>"

    def guarded(self, fn):
        """Wrap a callback so a :class:`NewslensError` shows as a message instead of a traceback."""

        def run(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except NewslensError as exc:
                self.error(exc)
                return None

        return run

    # -- export -----------------------------------------------------------------------------------------
    def params(self) -> dict:
        """Current control values (recorded in the export manifest)."""
        out = {}
        for name, ctl in self.controls.items():
            if name.startswith("export") or not hasattr(ctl, "value"):
                continue
            v = ctl.value
            out[name] = list(v) if isinstance(v, (tuple, list)) else v
        return out

    def export(self, key: str, fmt: str = "png", overwrite: bool = False) -> Path:
        """Export figure ``key`` (what the panel shows now) and return the written path."""
        fig = self.state["figures"].get(key)
        if fig is None:
            raise NewslensError(f"no {key!r} chart to export yet")
        path = export_figure(fig, fmt=fmt, article=getattr(self, "article", None), folder=self.export_dir,
                             notebook=self.notebook, params=self.params(), overwrite=overwrite)
        self.state["exports"].append(path)
        return path

    def export_control(self, key: str):
        """Format dropdown + Export button for chart ``key``; the label says where the file went."""
        w = self.w
        fmt = w.Dropdown(options=list(FORMATS), value="png", layout=w.Layout(width="80px", flex="0 0 auto"))
        button = w.Button(description="Export", icon="download", tooltip=f"Export the {key} chart",
                          layout=w.Layout(width="100px", flex="0 0 auto"))
        label = w.HTML(layout=w.Layout(flex="1 1 auto"))
        self.controls[f"export_format_{key}"] = fmt
        self.controls[f"export_{key}"] = button

        def on_click(_):
            try:
                path = self.export(key, fmt.value)
            except NewslensError as exc:
                label.value = f"<span style='color:#D55E00'>{escape(exc)}</span>"
                self.error(exc)
                return
            label.value = f"saved <code>{escape(path)}</code>"

        button.on_click(on_click)
        return w.HBox([fmt, button, label])

    def chart_box(self, key: str, title: str | None = None):
        """An output for chart ``key`` with its export control under it."""
        w = self.w
        parts = [w.HTML(f"<b>{escape(title)}</b>")] if title else []
        return w.VBox(parts + [self.output(key), self.export_control(key)])

    def _ipython_display_(self):  # display(panel) shows the widget
        from IPython.display import display

        display(self.widget)
