"""Charts for stages 1–2 (notebook 01): sentence lengths, frequent content words, the POS mix.

    >>> from helpers import load_article
    >>> fig = sentence_length_chart(load_article().sentences, article="seed")
    >>> fig.newslens["chart"]
    'sentence-lengths'
"""

from __future__ import annotations

from .style import PALETTE, empty_message, new_figure


def sentence_length_chart(sentences, *, article=None):
    """Words per sentence along the article, paragraphs in alternating shades, the mean dashed."""
    data = sentences[["index", "paragraph", "n_words", "text"]].copy()
    fig, ax = new_figure("Sentence length", article=article, data=data, chart="sentence-lengths")
    if data.empty:
        empty_message(ax, "No sentences")
        return fig
    colors = [PALETTE["blue"] if p % 2 == 0 else PALETTE["sky"] for p in data.paragraph]
    ax.bar(data["index"], data["n_words"], color=colors, width=0.85)
    mean = data["n_words"].mean()
    ax.axhline(mean, color=PALETTE["vermillion"], linestyle="--", linewidth=1)
    ax.annotate(f"mean {mean:.1f} words", xy=(1, mean), xycoords=("axes fraction", "data"), ha="right",
                va="bottom", fontsize=8, color=PALETTE["vermillion"],
                bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.85))
    ax.set_xlabel("sentence (alternating shades = paragraphs)")
    ax.set_ylabel("words")
    ax.grid(axis="x", visible=False)
    return fig


def top_words_chart(words, *, article=None, n: int = 15):
    """The ``n`` most frequent content lemmas (from :func:`helpers.text.content_words`)."""
    from .style import color_for

    data = words.head(n).iloc[::-1]
    fig, ax = new_figure(f"Most frequent content words (top {n})", article=article, data=words.head(n),
                         chart="top-content-words")
    if data.empty:
        empty_message(ax, "No content words")
        return fig
    colors = [color_for(p, {"proper noun": PALETTE["blue"], "noun": PALETTE["sky"], "verb": PALETTE["orange"],
                            "adjective": PALETTE["green"], "adverb": PALETTE["purple"]}) for p in data.pos]
    ax.barh(data.lemma, data["count"], color=colors)
    ax.set_xlabel("occurrences (lemmas)")
    ax.grid(axis="y", visible=False)
    from matplotlib.patches import Patch

    seen = list(dict.fromkeys(data.pos[::-1]))
    ax.legend([Patch(color=colors[list(data.pos).index(p)]) for p in seen], seen, loc="lower right")
    return fig


def pos_mix_chart(mix, *, article=None):
    """Share of each coarse part of speech (from :func:`helpers.text.pos_mix`)."""
    data = mix.sort_values("share")
    fig, ax = new_figure("Part-of-speech mix", article=article, data=mix, chart="pos-mix")
    if data.empty:
        empty_message(ax, "No tokens")
        return fig
    ax.barh(data.group, data.share * 100, color=PALETTE["blue"])
    for y, (share, count) in enumerate(zip(data.share, data["count"])):
        ax.text(share * 100, y, f" {share:.0%} ({count})", va="center", fontsize=7.5, color="0.3")
    ax.set_xlabel("% of tokens")
    ax.set_xlim(0, max(data.share) * 100 * 1.25)
    ax.grid(axis="y", visible=False)
    return fig
