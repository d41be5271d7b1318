"""Charts across articles (notebook 05): entity × article heatmap, a speaker across articles,
claim / retraction pairs per article, sentence tone per article.

Each takes the stacked frames of :class:`helpers.corpus.Corpus` (an ``article`` column on every
frame) and returns a house-style Figure whose ``newslens["data"]`` is the table drawn.

    >>> import pandas as pd
    >>> ents = pd.DataFrame({"article": ["a", "a", "b"], "name": ["Iraq", "Pentagon", "Iraq"],
    ...                      "type": ["GPE", "ORG", "GPE"], "mentions": [3, 1, 2]})
    >>> entity_matrix(ents, ["a", "b"]).loc["Iraq"].tolist()
    [3, 2]
    >>> entity_heatmap(ents, ["a", "b"]).newslens["chart"]
    'entity-article-heatmap'
"""

from __future__ import annotations

from .style import NEGATIVE, PALETTE, POSITIVE, empty_message, new_figure


def corpus_label(articles) -> str:
    """Subtitle for a chart over several articles: ``"3 articles: a, b, c"`` (shortened)."""
    names = list(articles)
    shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
    return f"{len(names)} article{'s' if len(names) != 1 else ''}: {shown}"


def entity_matrix(entities, articles, names=None, top: int = 15):
    """Mentions of each entity (rows) in each article (columns), ``top`` entities by total mentions
    unless ``names`` picks them.  Articles without the entity get 0."""
    import pandas as pd

    articles = list(articles)
    ents = entities[entities.article.isin(articles)]
    if ents.empty:
        return pd.DataFrame(0, index=pd.Index([], name="entity"), columns=articles, dtype="int64")
    counts = pd.to_numeric(ents["mentions"], errors="coerce").fillna(1).astype("int64")
    m = (ents.assign(mentions=counts).pivot_table(index="name", columns="article", values="mentions",
                                                   aggfunc="sum", fill_value=0)
         .reindex(columns=articles, fill_value=0))
    if names:
        m = m.reindex([n for n in names if n in m.index])
    else:
        order = m.sum(axis=1).sort_values(ascending=False, kind="stable")
        m = m.loc[order.index[:top]]
    m.index.name = "entity"
    return m.astype("int64")


def entity_heatmap(entities, articles, names=None, top: int = 15):
    """Heatmap of entity mentions across articles: which names every outlet carries, which one alone."""
    m = entity_matrix(entities, articles, names, top)
    data = m.reset_index()
    height = max(3.2, 0.32 * len(m) + 1.8)
    width = max(5.5, 1.1 * len(m.columns) + 3.5)
    fig, ax = new_figure("Entities across articles", article=corpus_label(articles), data=data,
                         chart="entity-article-heatmap", figsize=(min(width, 14), min(height, 12)))
    if m.empty:
        empty_message(ax, "No entities in these articles")
        return fig
    im = ax.imshow(m.values, aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(len(m.columns)), [_short(c, 28) for c in m.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(m.index)), [_short(n, 32) for n in m.index])
    ax.grid(False)
    top_value = m.values.max() or 1
    for (i, j), v in _cells(m.values):
        if v:
            ax.text(j, i, str(v), ha="center", va="center", fontsize=7.5,
                    color="white" if v > top_value * 0.6 else "0.15")
    fig.colorbar(im, ax=ax, label="mentions", shrink=0.8)
    return fig


def speaker_table(speakers, articles_frame, speaker=None):
    """One row per (speaker, article): quotes and tone, with the article's date and title.  ``speaker``
    keeps one speaker; otherwise the speakers quoted in more than one article (or all, when none is)."""
    import pandas as pd

    cols = ["name", "article", "date", "title", "quotes", "polarity", "subjectivity"]
    if speakers.empty:
        return pd.DataFrame(columns=cols)
    meta = articles_frame[["article", "date", "title"]]
    t = speakers.merge(meta, on="article", how="left")
    t["_when"] = _dates(t.date)
    if speaker:
        t = t[t.name == speaker]
    else:
        spread = t.groupby("name").article.nunique()
        several = spread[spread > 1].index
        if len(several):
            t = t[t.name.isin(several)]
    for c in ("quotes", "polarity", "subjectivity"):
        t[c] = pd.to_numeric(t[c], errors="coerce")
    t = t.sort_values(["name", "_when", "article"], na_position="last", kind="stable")
    return t[cols].reset_index(drop=True)


def speaker_chart(speakers, articles_frame, speaker=None, articles=None):
    """The tone of the same speaker in each article (dot size = quotes): does an expert sound the same
    in every outlet?"""
    t = speaker_table(speakers, articles_frame, speaker)
    if articles is not None:
        t = t[t.article.isin(list(articles))]
    title = f"{speaker} across articles" if speaker else "Speakers across articles"
    fig, ax = new_figure(title, article=corpus_label(articles if articles is not None else articles_frame.article),
                         data=t, chart="speaker-across-articles")
    if t.empty:
        empty_message(ax, "No quoted speakers in these articles" if not speaker else f"{speaker} is not quoted here")
        return fig
    meta = articles_frame[articles_frame.article.isin(set(t.article))]
    order = list(meta.assign(_when=_dates(meta.date)).sort_values("_when", na_position="last", kind="stable").article)
    x = {a: i for i, a in enumerate(order)}
    cycle = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "purple", "sky", "black", "grey")]
    for k, (name, g) in enumerate(t.groupby("name", sort=False)):
        g = g.assign(_x=[x[a] for a in g.article]).sort_values("_x")
        color = cycle[k % len(cycle)]
        ax.plot(g._x, g.polarity, color=color, linewidth=1, alpha=0.6)
        ax.scatter(g._x, g.polarity, s=30 + 25 * g.quotes.fillna(1), color=color, label=_short(name, 30), zorder=3)
    ax.axhline(0, color=PALETTE["grey"], linewidth=0.8)
    ax.set_xticks(range(len(order)), [_short(a, 28) for a in order], rotation=30, ha="right")
    ax.set_ylabel("polarity of their quotes (−1 … +1)")
    ax.set_ylim(-1.05, 1.05)
    ax.legend(loc="best", fontsize=7.5)
    return fig


def pairs_table(contrasts, articles):
    """Claim / retraction pairs per article (articles without any get 0)."""
    import pandas as pd

    articles = list(articles)
    n = contrasts[contrasts.article.isin(articles)].groupby("article").size()
    return pd.DataFrame({"article": articles, "pairs": [int(n.get(a, 0)) for a in articles]})


def pairs_chart(contrasts, articles):
    """How many claims each article walks back."""
    t = pairs_table(contrasts, articles)
    fig, ax = new_figure("Claim / retraction pairs per article", article=corpus_label(articles), data=t,
                         chart="pairs-per-article")
    if t.empty:
        empty_message(ax, "No articles")
        return fig
    data = t.iloc[::-1]
    ax.barh([_short(a, 40) for a in data.article], data.pairs, color=PALETTE["vermillion"])
    ax.set_xlabel("pairs")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    if not t.pairs.any():
        ax.text(0.5, 0.5, "no claim / retraction pairs found", transform=ax.transAxes, ha="center", color="0.4")
    return fig


def tone_table(sentence_sentiment, articles):
    """Mean sentence polarity and subjectivity per article, with the share of negative sentences."""
    import pandas as pd

    articles = list(articles)
    s = sentence_sentiment[sentence_sentiment.article.isin(articles)]
    g = s.groupby("article")
    out = pd.DataFrame({"article": articles})
    out["sentences"] = [int(g.size().get(a, 0)) for a in articles]
    out["polarity"] = [float(g.polarity.mean().get(a, 0.0)) if len(s) else 0.0 for a in articles]
    out["subjectivity"] = [float(g.subjectivity.mean().get(a, 0.0)) if len(s) else 0.0 for a in articles]
    neg = (s.polarity < -0.05).groupby(s.article).mean() if len(s) else {}
    out["negative_share"] = [float(neg.get(a, 0.0)) if len(s) else 0.0 for a in articles]
    return out


def tone_chart(sentence_sentiment, articles):
    """Average sentence tone of each article (TextBlob polarity), subjectivity as a label."""
    t = tone_table(sentence_sentiment, articles)
    fig, ax = new_figure("Sentence tone per article", article=corpus_label(articles), data=t,
                         chart="tone-per-article")
    if t.empty:
        empty_message(ax, "No articles")
        return fig
    data = t.iloc[::-1]
    colors = [POSITIVE if p >= 0 else NEGATIVE for p in data.polarity]
    labels = [_short(a, 40) for a in data.article]
    ax.barh(labels, data.polarity, color=colors)
    for y, (p, s) in enumerate(zip(data.polarity, data.subjectivity)):
        ax.text(p, y, f"  subj. {s:.2f}  " if p >= 0 else f"subj. {s:.2f}  ", va="center",
                ha="left" if p >= 0 else "right", fontsize=7.5, color="0.3")
    lim = max(0.2, float(abs(data.polarity).max()) * 1.6)
    ax.set_xlim(-lim, lim)
    ax.axvline(0, color=PALETTE["grey"], linewidth=0.8)
    ax.set_xlabel("mean sentence polarity (−1 … +1)")
    ax.grid(axis="y", visible=False)
    return fig


def _dates(values):
    """Parse free-form article dates ("March 3, 2025", "2023-10-02"); unparseable ones are NaT."""
    import warnings

    import pandas as pd

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pd.to_datetime(pd.Series(list(values), dtype=object), errors="coerce", format="mixed").values


def _cells(values):
    for i, row in enumerate(values):
        for j, v in enumerate(row):
            yield (i, j), int(v)


def _short(text, n: int) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"
