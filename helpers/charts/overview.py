"""Charts for the overview dashboard (notebook 00): top entities, speakers' tone.

Both draw a clear "none found" note when the stage found nothing (or is not built yet), so the
dashboard works on any article.

    >>> import pandas as pd
    >>> fig = top_entities_chart(pd.DataFrame(columns=["name", "type", "mentions"]), article="A story")
    >>> fig.newslens["chart"], len(fig.newslens["data"])
    ('top-entities', 0)
"""

from __future__ import annotations

from .style import NEGATIVE, NEUTRAL, POSITIVE, color_for, empty_message, new_figure

DASHBOARD_SIZE = (5.6, 3.4)
# "Who and what": numbers and dates are entities too, but not what a story is about.
NOT_WHO_OR_WHAT = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def top_entities_chart(entities, *, article=None, n: int = 10, figsize=DASHBOARD_SIZE):
    """The ``n`` people, organisations, places ... mentioned most often, coloured by type
    (``entities``: name, type, mentions; dates and numbers are left out)."""
    cols = [c for c in ("name", "type", "mentions") if c in entities.columns]
    data = entities[cols].copy() if len(entities) else entities.reindex(columns=["name", "type", "mentions"])
    if len(data):
        data = data[~data["type"].astype(str).isin(NOT_WHO_OR_WHAT)]
        data["mentions"] = data["mentions"].astype(int)
        data = data.sort_values(["mentions", "name"], ascending=[False, True]).head(n).reset_index(drop=True)
    fig, ax = new_figure(f"Who and what it is about (top {n})", article=article, data=data, chart="top-entities",
                         figsize=figsize)
    if data.empty:
        empty_message(ax, "No entities found")
        return fig
    shown = data.iloc[::-1]
    colors = [color_for(str(t)) for t in shown["type"]]
    ax.barh([_short(x) for x in shown["name"]], shown["mentions"], color=colors)
    ax.set_xlabel("mentions")
    ax.grid(axis="y", visible=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    from matplotlib.patches import Patch

    types = list(dict.fromkeys(data["type"]))
    ax.legend([Patch(color=color_for(str(t))) for t in types], types, loc="upper left", bbox_to_anchor=(1.0, 1.0),
              fontsize=7, handlelength=1)
    return fig


def speaker_tone_chart(speakers, *, article=None, metric: str = "polarity", figsize=DASHBOARD_SIZE):
    """Each speaker's mean ``metric`` (polarity or subjectivity), bar colour = sign (polarity) and
    the number of quotes written beside each bar."""
    if metric not in ("polarity", "subjectivity"):
        raise ValueError(f"metric must be 'polarity' or 'subjectivity', not {metric!r}")
    cols = [c for c in ("name", "category", "role", "quotes", metric) if c in speakers.columns]
    data = speakers[cols].copy() if len(speakers) else speakers.reindex(columns=["name", "category", "quotes", metric])
    if len(data):
        data[metric] = data[metric].astype(float)
        data = data.sort_values(["quotes", "name"], ascending=[False, True]).head(12).reset_index(drop=True)
    title = "Speakers' tone" if metric == "polarity" else "How subjective each speaker is"
    fig, ax = new_figure(title, article=article, data=data, chart=f"speaker-{metric}", figsize=figsize)
    if data.empty:
        empty_message(ax, "No speakers found")
        return fig
    shown = data.iloc[::-1]
    values = shown[metric].fillna(0.0)
    if metric == "polarity":
        colors = [POSITIVE if v > 0.05 else NEGATIVE if v < -0.05 else NEUTRAL for v in values]
        ax.axvline(0, color="0.3", linewidth=0.8)
        lim = max(0.25, float(values.abs().max()) * 1.3)
        ax.set_xlim(-lim, lim)
        ax.set_xlabel("mean polarity (−1 negative … +1 positive, TextBlob)")
    else:
        colors = [color_for(str(c)) for c in shown.get("category", ["other"] * len(shown))]
        ax.set_xlim(0, 1)
        ax.set_xlabel("mean subjectivity (0 factual … 1 opinion, TextBlob)")
    labels = [_short(n) + (f" ({c})" if isinstance(c, str) and c else "")
              for n, c in zip(shown["name"], shown.get("category", [""] * len(shown)))]
    ax.barh(labels, values, color=colors)
    if "quotes" in shown:
        for y, (v, q) in enumerate(zip(values, shown["quotes"])):
            label = f" {int(q)} quote{'' if int(q) == 1 else 's'} "
            ax.text(v, y, label, va="center", ha="left" if v >= 0 else "right", fontsize=7, color="0.35")
    ax.grid(axis="y", visible=False)
    return fig


def _short(text, n: int = 28) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"
