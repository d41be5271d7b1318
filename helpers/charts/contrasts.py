"""Charts for stage 6 (notebook 04): claims against their retractions.

* :func:`dumbbell_chart` — polarity, subjectivity and certainty of each claim and of its retraction,
  joined by an arrow (claim → retraction);
* :func:`timeline_chart` — the story's statements (claims, retractions, reactions) ordered by the
  article's time cues;
* :func:`word_contrast_chart` — what claims say against what retractions say: each word placed by its
  rank-scaled frequency in claims (x) and in retractions (y), scattertext-style, coloured by association.

    >>> from helpers import load_article
    >>> art = load_article()
    >>> dumbbell_chart(art.contrasts, article=art).newslens["chart"]
    'claims-vs-retractions-tone'
"""

from __future__ import annotations

import textwrap

from .style import PALETTE, empty_message, new_figure

CLAIM_COLOR, RETRACTION_COLOR, REACTION_COLOR = PALETTE["blue"], PALETTE["vermillion"], PALETTE["grey"]
MEASURES = (("polarity", (-1, 1)), ("subjectivity", (0, 1)), ("certainty", (-1, 1)))


def pair_label(row, width: int = 34) -> str:
    """"#1 Seely → Milley" (surnames), with a short claim excerpt under it."""
    def who(x):
        return x.split()[-1] if isinstance(x, str) and x.strip() else "?"

    head = f"#{row.pair_id} {who(row.claim_speaker)} → {who(row.retraction_speaker)}"
    text = str(row.claim_text).strip("“”\" ")
    return head + "\n" + textwrap.shorten(text, width=width, placeholder="…")


def dumbbell_chart(pairs, *, article=None, selected: int | None = None):
    """One row per pair, three panels (polarity, subjectivity, certainty): a dot for the claim, a dot for
    the retraction, an arrow from one to the other.  ``selected`` (a pair_id) is drawn bold."""
    cols = ["pair_id", "claim_speaker", "retraction_speaker", "claim_text", "score"]
    cols += [f"{side}_{m}" for m, _ in MEASURES for side in ("claim", "retraction")]
    data = pairs[cols].copy() if len(pairs) else pairs.reindex(columns=cols)
    n = len(data)
    fig, axes = new_figure("Claims vs retractions: tone and certainty", article=article, data=data,
                           chart="claims-vs-retractions-tone", ncols=3, sharey=True,
                           figsize=(9.5, max(2.6, 1.0 + 0.62 * n)))
    if n == 0:
        for ax in axes:
            ax.set_axis_off()
        empty_message(axes[1], "No claim / retraction pairs")
        return fig
    rows = list(data.itertuples(index=False))
    ys = list(range(n))[::-1]
    labels = [pair_label(r) for r in rows]
    for ax, (measure, lim) in zip(axes, MEASURES):
        for y, r in zip(ys, rows):
            a, b = getattr(r, f"claim_{measure}"), getattr(r, f"retraction_{measure}")
            bold = selected is not None and int(r.pair_id) == int(selected)
            alpha = 1.0 if selected is None or bold else 0.35
            ax.annotate("", xy=(b, y), xytext=(a, y),
                        arrowprops=dict(arrowstyle="-|>", color="0.45", lw=2.2 if bold else 1.2, alpha=alpha,
                                        shrinkA=4, shrinkB=4))
            ax.scatter([a], [y], s=70 if bold else 45, color=CLAIM_COLOR, zorder=3, alpha=alpha)
            ax.scatter([b], [y], s=70 if bold else 45, color=RETRACTION_COLOR, zorder=3, alpha=alpha)
        pad = (lim[1] - lim[0]) * 0.06
        ax.set_xlim(lim[0] - pad, lim[1] + pad)
        if lim[0] < 0:
            ax.axvline(0, color="0.7", lw=0.8, zorder=0)
        ax.set_xlabel(measure)
        ax.grid(axis="y", visible=False)
        ax.set_ylim(-0.7, n - 0.3)
    axes[0].set_yticks(ys)
    axes[0].set_yticklabels(labels, fontsize=7.5)
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", ls="", color=CLAIM_COLOR, label="claim"),
               Line2D([], [], marker="o", ls="", color=RETRACTION_COLOR, label="retraction")]
    axes[2].legend(handles=handles, loc="lower right", fontsize=7.5)
    return fig


def timeline_chart(timeline, *, article=None, label_width: int = 30, max_reactions: int = 12):
    """Statements on an ordinal time axis (the article's time cues, earliest left): claims, retractions
    and reactions in three lanes; each claim joined to its retraction.  Undated statements (no cue in
    the text) are hollow and sit at publication time."""
    data = timeline.copy()
    fig, ax = new_figure("Timeline of the story's statements", article=article, data=data,
                         chart="statements-timeline", figsize=(9.5, 4.4))
    if data.empty:
        empty_message(ax, "No dated statements")
        return fig
    lanes = {"claim": 2, "retraction": 1, "reaction": 0}
    colors = {"claim": CLAIM_COLOR, "retraction": RETRACTION_COLOR, "reaction": REACTION_COLOR}
    reactions = data[data.kind == "reaction"]
    if len(reactions) > max_reactions:  # keep the chart readable: the dated reactions first
        keep = reactions.sort_values(["dated", "order"], ascending=[False, True]).head(max_reactions).index
        data = data[(data.kind != "reaction") | data.index.isin(keep)]
    # spread statements sharing a time rank along x so that labels do not sit on one another
    offsets = data.groupby(["rank", "kind"]).cumcount()
    counts = data.groupby(["rank", "kind"])["order"].transform("count")
    x = data["rank"] + (offsets - (counts - 1) / 2) * (0.8 / counts.clip(lower=1))
    y = data["kind"].map(lanes)
    n_label = {"claim": 0, "retraction": 0}
    for (xx, yy, r) in zip(x, y, data.itertuples(index=False)):
        c = colors[r.kind]
        ax.scatter([xx], [yy], s=55, zorder=3, facecolor=c if r.dated else "white", edgecolor=c, linewidth=1.5)
        if r.kind != "reaction":
            who = r.speaker.split()[-1] if isinstance(r.speaker, str) else "?"
            text = textwrap.shorten(str(r.text).strip("“”\" "), width=label_width, placeholder="…")
            k = n_label[r.kind]
            n_label[r.kind] += 1
            dy = (9 + 11 * (k % 2)) if r.kind == "claim" else -(13 + 11 * (k % 2))
            ax.annotate(f"{who}: {text}", (xx, yy), xytext=(0, dy), textcoords="offset points", ha="center",
                        fontsize=6.5, color="0.25")
    claims = {}
    for xx, yy, r in zip(x, y, data.itertuples(index=False)):
        if r.kind == "claim":
            for pid in str(r.pair_ids).split(","):
                if pid:
                    claims[pid] = (xx, yy)
    for xx, yy, r in zip(x, y, data.itertuples(index=False)):
        if r.kind == "retraction":
            for pid in str(r.pair_ids).split(","):
                if pid in claims:
                    ax.annotate("", xy=(xx, yy), xytext=claims[pid],
                                arrowprops=dict(arrowstyle="-|>", color="0.55", lw=1, shrinkA=5, shrinkB=5))
    ticks = []
    for rank, grp in data.groupby("rank"):
        cues = [c for c in grp.time_cue if isinstance(c, str)]
        label = cues[0] if cues else ("at publication / undated" if (grp.t == 0).all() else "")
        ticks.append((rank, label))
    ax.set_xticks([t for t, _ in ticks])
    ax.set_xticklabels([lab for _, lab in ticks], rotation=30, ha="right", fontsize=7)
    ax.set_yticks(list(lanes.values()))
    ax.set_yticklabels([k for k in lanes])
    ax.set_ylim(-0.6, 2.7)
    ax.set_xlim(data["rank"].min() - 0.7, data["rank"].max() + 0.7)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("time, as the article tells it (ordinal; hollow = no time cue)")
    return fig


def word_contrast_chart(words, *, article=None, n_labels: int = 18):
    """Scattertext-style: every content word of the claims and retractions, x = rank-scaled frequency
    in claims, y = in retractions; colour = association (blue: claims, vermillion: retractions).
    The words most typical of each side, and the shared frequent ones, are labelled."""
    data = words.copy()
    fig, ax = new_figure("What claims say vs what retractions say", article=article, data=data,
                         chart="claims-vs-retractions-words", figsize=(7.5, 6.2))
    if data.empty:
        empty_message(ax, "No words: no claim / retraction pairs")
        return fig
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list("assoc", [CLAIM_COLOR, "#BBBBBB", RETRACTION_COLOR])
    # words with tied frequencies share a point: spread each such cluster on a small sunflower spiral
    # (deterministic, so exports are reproducible), most frequent words at the centre
    data = data.assign(_total=data.claim_count + data.retraction_count).sort_values(
        ["_total", "term"], ascending=[False, True]).reset_index(drop=True)
    jx = data.claim_scaled.to_numpy(dtype=float).copy()
    jy = data.retraction_scaled.to_numpy(dtype=float).copy()
    seen: dict = {}
    cluster, theta = [], np.zeros(len(data))
    for i, key in enumerate(zip(data.claim_scaled.round(3), data.retraction_scaled.round(3))):
        k = seen.get(key, 0)
        seen[key] = k + 1
        cluster.append(key)
        r, theta[i] = 0.022 * np.sqrt(k), k * 2.39996
        jx[i] += r * np.cos(theta[i])
        jy[i] += r * np.sin(theta[i])
    sc = ax.scatter(jx, jy, c=data.association, cmap=cmap, vmin=-1, vmax=1, s=18 + 10 * (data.claim_count
                    + data.retraction_count), alpha=0.8, edgecolor="white", linewidth=0.4)
    total = data._total
    score = data.association.abs() * np.log1p(total)
    chosen, per_cluster = [], {}
    both = data[(data.claim_count > 0) & (data.retraction_count > 0)]
    ranked = list(both.assign(t=total).sort_values("t", ascending=False).head(max(3, n_labels // 4)).index)
    ranked += list(data.assign(s=score).sort_values(["s", "term"], ascending=[False, True]).index)
    for i in ranked:  # at most 5 labels per tied cluster, n_labels in all
        if i in chosen or per_cluster.get(cluster[i], 0) >= 5 or len(chosen) >= n_labels:
            continue
        per_cluster[cluster[i]] = per_cluster.get(cluster[i], 0) + 1
        chosen.append(i)
    for i in chosen:  # labels point outwards from their cluster's centre
        dx, dy = np.cos(theta[i]), np.sin(theta[i])
        ax.annotate(data.term[i], (jx[i], jy[i]), xytext=(4 * dx + 2, 4 * dy + 2), textcoords="offset points",
                    fontsize=7.5, color="0.15", ha="left" if dx >= -0.2 else "right",
                    bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.7))
    ax.plot([0, 1], [0, 1], color="0.8", lw=0.8, ls="--", zorder=0)
    ax.set_xlim(min(-0.06, jx.min() - 0.03), max(1.1, jx.max() + 0.05))
    ax.set_ylim(min(-0.06, jy.min() - 0.03), max(1.1, jy.max() + 0.05))
    ax.set_xlabel("frequency in claims (rank-scaled)")
    ax.set_ylabel("frequency in retractions (rank-scaled)")
    cb = fig.colorbar(sc, ax=ax, shrink=0.7, pad=0.02)
    cb.set_label("association: claims ← → retractions", fontsize=7.5)
    return fig
