"""Charts for stages 4–5 (notebook 03): the tone of each speaker and of each of their quotes.

    >>> from helpers import load_article
    >>> art = load_article()
    >>> fig = speaker_bubble_chart(art.speakers, article=art)
    >>> fig.newslens["chart"], len(fig.newslens["data"]) == len(art.speakers)
    ('speaker-tone-textblob', True)

``measure`` is ``"textblob"`` (polarity, −1…1) or ``"vader"`` (VADER compound, −1…1); subjectivity
(0…1) is TextBlob's in both.  Every bar and bubble is explained by the words listed next to it
(TextBlob's sentiment assessments, or the VADER lexicon words of the quote).
"""

from __future__ import annotations

import textwrap

from .style import CATEGORY_COLORS, NEGATIVE, NEUTRAL, POSITIVE, empty_message, new_figure

MEASURES = {"textblob": ("polarity", "TextBlob polarity"), "vader": ("vader", "VADER compound")}


def _measure(measure: str):
    if measure not in MEASURES:
        from ..errors import NewslensError

        raise NewslensError(f"unknown sentiment measure {measure!r}; use 'textblob' or 'vader'")
    return MEASURES[measure]


def speaker_bubble_chart(speakers, *, measure: str = "textblob", article=None, label_top: int = 12):
    """Mean tone (x) against subjectivity (y) per speaker; bubble area = words quoted, colour = category,
    horizontal whisker = spread (std) of the speaker's quotes."""
    col, label = _measure(measure)
    cols = ["name", "category", "quotes", "words", col, "subjectivity", f"{col}_std" if col != "vader" else "vader_std",
            "polarity_weighted", "vader_weighted"]
    data = speakers[[c for c in dict.fromkeys(cols) if c in speakers.columns]].copy()
    fig, ax = new_figure(f"Tone by speaker ({label})", article=article, data=data,
                         chart=f"speaker-tone-{measure}")
    if data.empty:
        empty_message(ax, "No attributed quotes")
        return fig
    std_col = "vader_std" if col == "vader" else "polarity_std"
    wmax = max(1, data["words"].max())
    for cat, grp in data.groupby("category", sort=False):
        sizes = 40 + 900 * grp["words"] / wmax
        ax.errorbar(grp[col], grp["subjectivity"], xerr=grp[std_col].fillna(0), fmt="none",
                    ecolor=CATEGORY_COLORS.get(cat, NEUTRAL), alpha=0.45, linewidth=1, zorder=1)
        ax.scatter(grp[col], grp["subjectivity"], s=sizes, color=CATEGORY_COLORS.get(cat, NEUTRAL), alpha=0.75,
                   edgecolor="white", linewidth=0.8, label=f"{cat} ({len(grp)})", zorder=2)
    top = data.sort_values("words", ascending=False).head(label_top)
    for r in top.itertuples(index=False):
        ax.annotate(getattr(r, "name"), (getattr(r, col), r.subjectivity), xytext=(5, 4),
                    textcoords="offset points", fontsize=7.5, color="0.2")
    ax.axvline(0, color="0.6", linewidth=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel(f"mean {label} of the speaker's statements (whisker: spread)")
    ax.set_ylabel("mean TextBlob subjectivity")
    ax.legend(loc="upper left", markerscale=0.5, title="bubble = words quoted", title_fontsize=7.5)
    return fig


def _bar_panel(ax, rows, measure, max_chars=46):
    from ..sentiment import driving_words

    col = "polarity" if measure == "textblob" else "vader_compound"
    vals = list(rows[col])
    labels = [textwrap.shorten(f"{r['quote_id']} {r['text']}", max_chars, placeholder="…")
              for r in rows.to_dict("records")]
    y = list(range(len(vals)))[::-1]
    colors = [POSITIVE if v > 0 else NEGATIVE if v < 0 else NEUTRAL for v in vals]
    ax.barh(y, vals, color=colors, height=0.65)
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=7)
    ax.axvline(0, color="0.5", linewidth=0.8)
    ax.set_xlim(-2.2, 2.2)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    for yy, v, r in zip(y, vals, rows.to_dict("records")):
        words = driving_words(r, measure)
        note = ", ".join(f"{w} {p:+.1f}" for w, p in words[:4]) or "no scored words"
        ax.text(v - 0.04 if v < 0 else v + 0.04, yy, note, ha="right" if v < 0 else "left", va="center",
                fontsize=6.5, color="0.25")
    ax.grid(axis="y", visible=False)


def quote_bars_chart(quotes, speaker: str, *, measure: str = "textblob", article=None):
    """One diverging bar per statement of ``speaker`` (blue positive, vermillion negative), with the
    words that drove each score written beside the bar."""
    _, label = _measure(measure)
    rows = quotes[quotes.speaker == speaker].reset_index(drop=True)
    data = rows[["quote_id", "kind", "text", "polarity", "subjectivity", "vader_compound", "certainty"]].copy()
    fig, ax = new_figure(f"{speaker}: tone of each statement ({label})", article=article, data=data,
                         chart=f"quote-tone-{measure}", figsize=(6.4, max(2.6, 0.42 * len(rows) + 1.6)))
    if rows.empty:
        empty_message(ax, f"No statements by {speaker}")
        return fig
    _bar_panel(ax, rows, measure)
    ax.set_xlabel(f"{label} (words beside each bar drove the score)")
    return fig


def compare_speakers_chart(quotes, speaker_a: str, speaker_b: str, *, measure: str = "textblob", article=None):
    """Two speakers side by side: each one's statements as diverging bars on the same scale."""
    _, label = _measure(measure)
    a = quotes[quotes.speaker == speaker_a].reset_index(drop=True)
    b = quotes[quotes.speaker == speaker_b].reset_index(drop=True)
    n = max(len(a), len(b), 1)
    data = quotes[quotes.speaker.isin([speaker_a, speaker_b])][
        ["quote_id", "speaker", "text", "polarity", "subjectivity", "vader_compound", "certainty"]].copy()
    fig, axes = new_figure(f"{speaker_a} vs {speaker_b} ({label})", article=article, data=data,
                           chart=f"compare-speakers-{measure}", ncols=2, figsize=(9.6, max(2.8, 0.42 * n + 1.8)),
                           sharex=True)
    for ax, rows, name in zip(axes, (a, b), (speaker_a, speaker_b)):
        if rows.empty:
            empty_message(ax, f"No statements by {name}")
            continue
        _bar_panel(ax, rows, measure, max_chars=34)
        col = "polarity" if measure == "textblob" else "vader_compound"
        ax.set_title(f"{name}: mean {rows[col].mean():+.2f}, certainty {rows['certainty'].mean():+.2f}",
                     loc="left", fontsize=8.5, color="0.2")
        ax.set_xlabel(label)
    return fig
