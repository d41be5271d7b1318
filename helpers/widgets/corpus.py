"""Notebook 05's panel: compare articles — entities across them, a speaker across them, walk-backs
and tone per article.

    >>> panel = corpus_panel("tests/data/corpus")                       # doctest: +SKIP
    >>> panel.controls["articles"].value = panel.corpus.names[:2]       # doctest: +SKIP
    >>> list(panel.state["tables"]["tone"].article)                     # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from ..charts.corpus import entity_heatmap, entity_matrix, pairs_chart, speaker_chart, tone_chart, tone_table
from ..errors import NewslensError
from .base import Panel

ALL_SPEAKERS = "(speakers in several articles)"


class CorpusPanel(Panel):
    notebook = "05_corpus"

    def __init__(self, folder=None, export_dir=None, corpus=None, jobs=None, cache=True):
        super().__init__(export_dir)
        w = self.w
        if corpus is None:
            from ..corpus import analyze_corpus

            corpus = analyze_corpus(folder, jobs=jobs, cache=cache, progress=False)
        self.corpus = corpus
        self.folder = folder
        names = corpus.names
        if not names:
            raise NewslensError("no article in this folder could be analysed (see the failures table)")
        label = Path(folder).name if isinstance(folder, (str, Path)) else "articles"
        self.article = f"corpus-{label}"  # exports go to exports/corpus-<folder>/
        wide = w.Layout(width="48%", height="140px")
        self.controls["articles"] = w.SelectMultiple(options=names, value=tuple(names), description="Articles",
                                                     layout=wide)
        self.controls["entities"] = w.SelectMultiple(options=[], value=(), description="Entities", layout=wide)
        self.controls["top_n"] = w.IntSlider(value=15, min=3, max=40, description="Top entities")
        self.controls["speaker"] = w.Dropdown(options=[ALL_SPEAKERS], value=ALL_SPEAKERS, description="Speaker",
                                              layout=w.Layout(width="48%"))
        self.controls["articles"].observe(self.guarded(lambda ch: self.draw()), names="value")
        for key in ("entities", "top_n"):
            self.controls[key].observe(self.guarded(lambda ch: self.draw_entities()), names="value")
        self.controls["speaker"].observe(self.guarded(lambda ch: self.draw_speaker()), names="value")
        self.widget = w.VBox([
            self.message,
            w.HTML("<h4>Articles</h4>"), self.output("articles"), self.output("failures"),
            w.HBox([self.controls["articles"], self.controls["entities"]]), self.controls["top_n"],
            self.chart_box("entities", "Entities across articles"),
            self.controls["speaker"], self.chart_box("speaker", "The same speaker across articles"),
            self.chart_box("pairs", "Claim / retraction pairs per article"),
            self.chart_box("tone", "Sentence tone per article"),
        ])
        self.show_table("articles", corpus.articles[["article", "title", "date", "byline", "paragraphs",
                                                     "sentences", "words"]])
        f = corpus.failures
        if len(f):
            self.show_table("failures", f[["article", "stage", "message"]])
        self.guarded(self.draw)()

    # -- selection ----------------------------------------------------------------------------------
    @property
    def selected(self) -> list[str]:
        chosen = set(self.controls["articles"].value)
        return [n for n in self.corpus.names if n in chosen]

    def draw(self) -> None:
        arts = self.selected
        if not arts:
            raise NewslensError("choose at least one article")
        self.info(f"{len(arts)} of {len(self.corpus.names)} articles; "
                  f"{int(self.corpus.articles.set_index('article').loc[arts, 'words'].sum()):,} words")
        self._refresh_options(arts)
        self.draw_entities()
        self.draw_speaker()
        self.show_figure("pairs", pairs_chart(self.corpus.contrasts, arts))
        self.state["tables"]["pairs"] = self.state["figures"]["pairs"].newslens["data"]
        self.state["tables"]["tone"] = tone_table(self.corpus.sentence_sentiment, arts)
        self.show_figure("tone", tone_chart(self.corpus.sentence_sentiment, arts))

    def _refresh_options(self, arts) -> None:
        ents = self.corpus.entities
        ranked = list(entity_matrix(ents, arts, top=200).index) if len(ents) else []
        ctl = self.controls["entities"]
        keep = tuple(v for v in ctl.value if v in ranked)
        with ctl.hold_trait_notifications():
            ctl.options = ranked
            ctl.value = keep
        sp = self.corpus.speakers
        names = sorted(set(sp[sp.article.isin(arts)].name)) if len(sp) else []
        dd = self.controls["speaker"]
        keep = dd.value if dd.value in names else ALL_SPEAKERS
        with dd.hold_trait_notifications():
            dd.options = [ALL_SPEAKERS] + names
            dd.value = keep

    def draw_entities(self) -> None:
        arts = self.selected
        if not arts:
            return
        names = list(self.controls["entities"].value) or None
        fig = entity_heatmap(self.corpus.entities, arts, names=names, top=self.controls["top_n"].value)
        self.state["tables"]["entities"] = fig.newslens["data"]
        self.show_figure("entities", fig)

    def draw_speaker(self) -> None:
        arts = self.selected
        if not arts:
            return
        who = self.controls["speaker"].value
        fig = speaker_chart(self.corpus.speakers, self.corpus.articles, None if who == ALL_SPEAKERS else who, arts)
        self.state["tables"]["speaker"] = fig.newslens["data"]
        self.show_figure("speaker", fig)


def corpus_panel(folder=None, export_dir=None, corpus=None, jobs=None, cache=True, article=None) -> CorpusPanel:
    """Build notebook 05's panel on ``folder`` (default ``data/articles``) or on an analysed ``corpus``;
    ``article`` (a path) is compared with the folder's articles when it is not one of them."""
    if article is not None and corpus is None:
        from ..corpus import corpus_files

        files, skipped = corpus_files(folder)
        extra = Path(article).expanduser()
        if extra.resolve() not in {p.resolve() for p in files + skipped}:
            label = Path(folder).name if folder else "articles"
            panel = CorpusPanel([extra] + files + skipped, export_dir, jobs=jobs, cache=cache)
            panel.article = f"corpus-{label}"
            return panel
    return CorpusPanel(folder, export_dir, corpus=corpus, jobs=jobs, cache=cache)
