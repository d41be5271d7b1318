"""Charts for stage 3 (notebook 02): entities ranked, where they appear, who appears with whom.

    >>> from helpers import load_article
    >>> art = load_article()
    >>> entity_rank_chart(art.entities, article=art).newslens["chart"]
    'entities-ranked'
    >>> fig = cooccurrence_chart(art.mentions, art.entities, article=art, types=["PERSON", "ORG", "GPE"])
    >>> fig.newslens["data"].columns.tolist()[:3]
    ['source', 'target', 'weight']
"""

from __future__ import annotations

from .style import TYPE_COLORS, color_for, empty_message, new_figure

NAMED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW")


def _type_color(t: str) -> str:
    return color_for(t, TYPE_COLORS)


def _legend(ax, types, loc="lower right", **kw):
    from matplotlib.patches import Patch

    types = list(dict.fromkeys(types))
    if types:
        ax.legend([Patch(color=_type_color(t)) for t in types], types, loc=loc, **kw)


def entity_rank_chart(entities, *, article=None, n: int = 20, types=NAMED_TYPES):
    """The ``n`` most mentioned entities (body mentions), one bar each, coloured by type."""
    data = entities
    if types:
        data = data[data.type.isin(list(types))]
    data = data[data.mentions > 0].sort_values(["mentions", "entity_id"], ascending=[False, True], kind="stable")
    data = data.head(n)[["entity_id", "name", "type", "mentions", "first_sentence"]].reset_index(drop=True)
    fig, ax = new_figure(f"Who and what the article is about (top {n})", article=article, data=data,
                         chart="entities-ranked", figsize=(6.4, max(2.6, 0.9 + 0.22 * len(data))))
    if data.empty:
        empty_message(ax, "No entities to show")
        return fig
    shown = data.iloc[::-1]
    ax.barh(shown.name, shown.mentions, color=[_type_color(t) for t in shown.type])
    for y, v in enumerate(shown.mentions):
        ax.text(v, y, f" {v}", va="center", fontsize=7.5, color="0.3")
    ax.set_xlabel("mentions in the body (aliases merged)")
    ax.set_xlim(0, shown.mentions.max() * 1.15)
    ax.grid(axis="y", visible=False)
    _legend(ax, data.type)
    return fig


def entity_timeline_chart(mentions, entities, *, article=None, n: int = 15, n_sentences: int | None = None,
                          types=NAMED_TYPES):
    """Where in the article: each of the ``n`` most mentioned entities' mentions along the sentence index."""
    ents = entities
    if types:
        ents = ents[ents.type.isin(list(types))]
    ents = ents[ents.mentions > 0].sort_values(["mentions", "entity_id"], ascending=[False, True], kind="stable").head(n)
    m = mentions[(mentions.section == "body") & mentions.entity_id.isin(list(ents.entity_id))]
    data = m[["entity_id", "name", "type", "text", "sentence", "start", "end"]].reset_index(drop=True)
    fig, ax = new_figure("Where in the article each entity appears", article=article, data=data,
                         chart="entities-where", figsize=(6.4, max(2.6, 1.0 + 0.24 * len(ents))))
    if data.empty:
        empty_message(ax, "No entities to show")
        return fig
    order = list(ents.name)[::-1]
    ypos = {name: k for k, name in enumerate(order)}
    for t, grp in data.groupby("type"):
        ax.scatter(grp.sentence, [ypos[n] for n in grp.name], s=28, color=_type_color(t), alpha=0.85,
                   edgecolors="white", linewidths=0.5, zorder=3)
    ax.set_yticks(range(len(order)), order)
    last = n_sentences - 1 if n_sentences else int(data.sentence.max())
    ax.set_xlim(-0.8, last + 0.8)
    ax.set_xlabel("sentence index (0 = the first sentence of the body)")
    ax.grid(axis="y", visible=True, color="0.93")
    _legend(ax, ents.type, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def cooccurrence_chart(mentions, entities, *, article=None, types=("PERSON", "ORG", "GPE"),
                       min_weight: int = 1, top: int = 15, seed: int = 7):
    """Entities that appear in the same sentence: a networkx graph drawn with matplotlib; node size =
    mentions, colour = type, edge width = sentences shared.  Only the ``top`` most mentioned entities."""
    import networkx as nx

    from ..entities.explore import cooccurrence, cooccurrence_graph

    ents = entities
    if types:
        ents = ents[ents.type.isin(list(types))]
    ents = ents[ents.mentions > 0].sort_values(["mentions", "entity_id"], ascending=[False, True], kind="stable").head(top)
    ids = list(ents.entity_id)
    data = cooccurrence(mentions, types, min_weight, ids)
    g = cooccurrence_graph(mentions, entities, types, min_weight, ids)
    fig, ax = new_figure("Who appears with whom (same sentence)", article=article, data=data,
                         chart="entities-cooccurrence", figsize=(6.4, 5.2))
    fig.newslens["graph"] = g
    if g.number_of_edges() == 0:
        empty_message(ax, "No two entities share a sentence")
        return fig
    pos = nx.spring_layout(g, seed=seed, weight=None, k=2.2 / max(1, g.number_of_nodes()) ** 0.5, iterations=200)
    weights = [g.edges[e]["weight"] for e in g.edges]
    wmax = max(weights)
    nx.draw_networkx_edges(g, pos, ax=ax, width=[0.6 + 3.4 * w / wmax for w in weights], edge_color="0.6",
                           alpha=0.7)
    sizes = [60 + 40 * g.nodes[n]["mentions"] for n in g.nodes]
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, linewidths=0.6, edgecolors="white",
                           node_color=[_type_color(g.nodes[n]["type"]) for n in g.nodes])
    nx.draw_networkx_labels(g, pos, ax=ax, font_size=7.5, font_color="0.1",
                            bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.7))
    ax.set_axis_off()
    ax.margins(0.12)
    _legend(ax, [g.nodes[n]["type"] for n in g.nodes], loc="lower left")
    return fig
