"""Notebook 02's panel: who and what the article is about, how often and where.

    >>> panel = entities_panel()                                   # doctest: +SKIP
    >>> panel.controls["types"].value = ("PERSON",)                # doctest: +SKIP
    >>> panel.controls["min_mentions"].value = 2                   # doctest: +SKIP
    >>> list(panel.state["tables"]["entities"].name)               # doctest: +SKIP
    ['Qasem Soleimani', 'Donald Trump', 'Richard Kemp', 'Ross Harrison', 'Ali Khamenei', 'Chuck Freilich']
    >>> panel.controls["entity"].value = "Richard Kemp"            # doctest: +SKIP
    >>> panel.state["html"]["sentences"]                           # doctest: +SKIP

Controls: ``article`` (dropdown), ``types`` (multi-select), ``min_mentions`` (slider), ``search`` (text,
matches names and aliases), ``entity`` (the entity whose sentences are shown, mentions highlighted),
``top_n`` (entities in the charts), plus an export control per chart.  The table and the three charts
(ranked, where, co-occurrence network) follow the filters.
"""

from __future__ import annotations

from ..article import load_article
from ..charts.entities import NAMED_TYPES, cooccurrence_chart, entity_rank_chart, entity_timeline_chart
from ..entities.explore import entity_sentences_html, filter_entities
from .base import Panel, escape

TABLE_COLUMNS = ["name", "type", "mentions", "aliases", "titles", "first_sentence"]
DEFAULT_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP")


class EntitiesPanel(Panel):
    notebook = "02_entities"

    def __init__(self, path=None, export_dir=None):
        super().__init__(export_dir)
        w = self.w
        self.article = None
        start = self.add_article_picker(path)
        self.controls["types"] = w.SelectMultiple(options=list(NAMED_TYPES), value=DEFAULT_TYPES,
                                                  description="Types", rows=len(NAMED_TYPES))
        self.controls["min_mentions"] = w.IntSlider(value=1, min=0, max=10, step=1, description="Min mentions")
        self.controls["search"] = w.Text(value="", description="Search", placeholder="name or alias",
                                         continuous_update=False)
        self.controls["top_n"] = w.IntSlider(value=15, min=5, max=40, step=1, description="In charts")
        self.controls["entity"] = w.Dropdown(options=[], value=None, description="Entity",
                                             layout=w.Layout(width="50%"))
        self.controls["article"].observe(self.guarded(lambda ch: self.load(ch["new"])), names="value")
        for name in ("types", "min_mentions", "search", "top_n"):
            self.controls[name].observe(self.guarded(lambda ch: self.refresh()), names="value")
        self.controls["entity"].observe(self.guarded(lambda ch: self.show_entity()), names="value")
        filters = w.HBox([self.controls["types"],
                          w.VBox([self.controls["min_mentions"], self.controls["search"], self.controls["top_n"]])])
        self.widget = w.VBox([
            self.controls["article"], self.message,
            w.HTML("<h4>Filter</h4>"), filters,
            w.HTML("<h4>Entities</h4>"), self.output("entities"),
            w.HTML("<h4>An entity in context</h4>"), self.controls["entity"], self.output("sentences"),
            self.chart_box("rank"),
            self.chart_box("where"),
            self.chart_box("network"),
        ])
        self.guarded(self.load)(start)

    # -- data -----------------------------------------------------------------------------------------
    def load(self, path) -> None:
        self.article = load_article(path)
        art = self.article
        ents = art.entities
        present = [t for t in NAMED_TYPES if t in set(ents.type)]
        self.info(f"{art.name}: {len(ents)} entities, {int((art.mentions.section == 'body').sum())} body mentions"
                  f" ({', '.join(present) or 'no named types'})")
        top = int(ents.mentions.max()) if len(ents) else 1
        slider = self.controls["min_mentions"]
        self._loading = True
        try:
            slider.max = max(2, top)
            slider.value = min(slider.value, slider.max)
        finally:
            self._loading = False
        self.refresh()

    def filtered(self):
        """The entities passing the current filters (most mentioned first)."""
        c = self.controls
        return filter_entities(self.article.entities, c["types"].value, c["min_mentions"].value, c["search"].value)

    def refresh(self) -> None:
        if self.article is None or getattr(self, "_loading", False):
            return
        art = self.article
        ents = self.filtered()
        self.state["filters"] = {"types": list(self.controls["types"].value),
                                 "min_mentions": self.controls["min_mentions"].value,
                                 "search": self.controls["search"].value}
        self.show_table("entities", ents[TABLE_COLUMNS].reset_index(drop=True))
        # the entity picker offers the filtered entities; keep the choice when it still passes
        picker = self.controls["entity"]
        names = list(ents.name)
        keep = picker.value if picker.value in names else (names[0] if names else None)
        self._quiet = True
        try:
            picker.options = names
            picker.value = keep
        finally:
            self._quiet = False
        self.show_entity()
        types = list(self.controls["types"].value) or list(NAMED_TYPES)
        n = self.controls["top_n"].value
        ids = set(ents.entity_id)
        key = (id(art), tuple(sorted(ids)), tuple(types), n)
        if key == self.state.get("charts_key"):
            return  # same entities, same charts: skip the (slow) redraw
        self.state["charts_key"] = key
        sub = art.entities[art.entities.entity_id.isin(ids)]
        self.show_figure("rank", entity_rank_chart(sub, article=art, n=n, types=types))
        self.show_figure("where", entity_timeline_chart(art.mentions, sub, article=art, n=n, types=types,
                                                        n_sentences=len(art.sentences)))
        self.show_figure("network", cooccurrence_chart(art.mentions, sub, article=art, types=types, top=n))

    def show_entity(self) -> None:
        if getattr(self, "_quiet", False):
            return
        name = self.controls["entity"].value
        self.state["entity"] = name
        if not name:
            self.show_html("sentences", "<p><i>No entity passes the filters.</i></p>")
            return
        row = self.article.entities.set_index("name").loc[name]
        if hasattr(row, "iloc") and getattr(row, "ndim", 1) > 1:  # same name, two types
            row = row.iloc[0]
        head = (f"<p><b>{escape(name)}</b> · {escape(row.type)} · {int(row.mentions)} body mention(s)"
                + (f" · titles: {escape(', '.join(row.titles))}" if len(row.titles) else "")
                + (f" · also written: {escape(', '.join(a for a in row.aliases if a != name))}"
                   if any(a != name for a in row.aliases) else "") + "</p>")
        self.show_html("sentences", head + entity_sentences_html(self.article, name))


def entities_panel(path=None, export_dir=None) -> EntitiesPanel:
    """Build notebook 02's panel on ``path`` (default: the first article in ``data/articles``, the seed)."""
    return EntitiesPanel(path, export_dir)
