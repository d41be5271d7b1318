"""The house style and the frame every newslens chart is drawn in.

    >>> from helpers.charts.style import new_figure
    >>> fig, ax = new_figure("Sentence length", article="Confusion Abounds", data=None)
    >>> fig.get_suptitle()
    'Sentence length'

Figures are plain :class:`matplotlib.figure.Figure` objects (no pyplot state), so charts are safe to
build in scripts, tests and worker processes, and nothing is displayed twice in a notebook.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

from ..paths import PACKAGE_DIR, slugify
from .._version import __version__

STYLE_PATH = PACKAGE_DIR / "newslens.mplstyle"

# Okabe–Ito, the colour-blind-safe palette the style's cycle uses.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
    "grey": "#8C8C8C",
}
# Stable colours for categories used across notebooks.
TYPE_COLORS = {
    "PERSON": PALETTE["blue"],
    "ORG": PALETTE["orange"],
    "GPE": PALETTE["green"],
    "LOC": PALETTE["sky"],
    "FAC": PALETTE["purple"],
    "NORP": PALETTE["vermillion"],
    "DATE": PALETTE["grey"],
    "CARDINAL": PALETTE["yellow"],
    "EVENT": PALETTE["black"],
    "LAW": PALETTE["grey"],
}
CATEGORY_COLORS = {
    "expert": PALETTE["blue"],
    "official": PALETTE["vermillion"],
    "other": PALETTE["grey"],
    "group": PALETTE["green"],
}
POSITIVE, NEGATIVE, NEUTRAL = PALETTE["blue"], PALETTE["vermillion"], PALETTE["grey"]


def color_for(key: str, mapping: dict | None = None) -> str:
    """A stable colour for a category name (known names first, then a hash into the palette)."""
    mapping = mapping or {**TYPE_COLORS, **CATEGORY_COLORS}
    if key in mapping:
        return mapping[key]
    cycle = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "purple", "sky", "black")]
    return cycle[sum(map(ord, str(key))) % len(cycle)]


@lru_cache(maxsize=1)
def style_rc() -> dict:
    """The house style as an rcParams dict (parsed once)."""
    import matplotlib as mpl

    return dict(mpl.rc_params_from_file(str(STYLE_PATH), use_default_template=False))


@contextmanager
def house_style():
    """Context in which rcParams follow the house style (used while a figure is built)."""
    import matplotlib as mpl

    with mpl.rc_context(rc=style_rc()):
        yield


def article_label(article) -> str | None:
    """Subtitle text for an article given as an Article, a string, or None."""
    if article is None:
        return None
    if isinstance(article, str):
        return article
    title = getattr(article, "title", None)
    return title or getattr(article, "name", None)


def source_label(article) -> str:
    name = getattr(article, "name", None) if article is not None and not isinstance(article, str) else None
    src = f"Source: {name}" if name else "Source: newslens analysis"
    return f"{src} · newslens {__version__}"


def new_figure(title: str, *, article=None, data=None, chart: str | None = None, nrows: int = 1,
               ncols: int = 1, figsize=None, **subplot_kw):
    """A Figure with ``nrows × ncols`` axes, the house style, a title, the article as subtitle and a
    source line.  ``data`` (a DataFrame) is the table behind the chart, saved beside exports.

    Returns ``(fig, ax)`` (``ax`` is an array when there are several axes).
    """
    from matplotlib.figure import Figure

    with house_style():
        fig = Figure(figsize=figsize)
        axes = fig.subplots(nrows, ncols, squeeze=True, **subplot_kw)
        fig.suptitle(title, x=0.01, ha="left", fontsize=11.5, fontweight="bold", color="0.1")
        sub = article_label(article)
        first = axes.flat[0] if hasattr(axes, "flat") else axes
        if sub:
            first.set_title(_shorten(sub, 90), loc="left", fontsize=8.5, color="0.35")
        fig.text(0.01, 0.0, source_label(article), ha="left", va="bottom", fontsize=6.5, color="0.45")
        engine = fig.get_layout_engine()
        if engine is not None and hasattr(engine, "set"):
            engine.set(rect=(0, 0.035, 1, 0.965))
    fig.newslens = {"title": title, "article": sub, "chart": chart or slugify(title, "chart"), "data": data}
    return fig, axes


def attach_data(fig, data) -> None:
    """Record (or replace) the table behind ``fig``; :func:`helpers.export.export_figure` saves it as CSV."""
    meta = getattr(fig, "newslens", None) or {}
    meta["data"] = data
    fig.newslens = meta


def empty_message(ax, message: str) -> None:
    """Write a centred note on an axes that has nothing to show (e.g. no quotes in the article)."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, color="0.4", transform=ax.transAxes)


def _shorten(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
