"""Notebook 01's panel: choose an article, see how it was taken apart, its sentences and tokens.

    >>> panel = article_panel()                                  # doctest: +SKIP
    >>> panel.controls["article"].value = "data/articles/other.txt"   # doctest: +SKIP
    >>> panel.article.title                                      # doctest: +SKIP
"""

from __future__ import annotations

from ..article import load_article
from ..charts.article import pos_mix_chart, sentence_length_chart, top_words_chart
from ..text import content_words, pos_mix
from .base import Panel, escape


def segmentation_html(art) -> str:
    """The article's parts as HTML: front matter, body size, and what boilerplate was removed."""
    rows = "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{escape(part)}</th><td>{escape(text)}</td></tr>"
        for part, text in art.front_matter.itertuples(index=False)
    )
    removed = art.removed
    items = "".join(
        f"<li><i>{escape(kind)}</i>: <span style='white-space:pre-wrap'>{escape(text)}</span></li>"
        for kind, text in removed.itertuples(index=False)
    ) or "<li>nothing</li>"
    return (
        f"<table>{rows}</table>"
        f"<p><b>Body</b>: {len(art.paragraphs)} paragraphs, {len(art.sentences)} sentences, "
        f"{int(art.paragraphs.n_words.sum())} words.</p>"
        f"<details><summary><b>Removed from the body</b> ({len(removed)})</summary><ul>{items}</ul></details>"
    )


class ArticlePanel(Panel):
    notebook = "01_article_and_tokens"

    def __init__(self, path=None, export_dir=None):
        super().__init__(export_dir)
        w = self.w
        self.article = None
        start = self.add_article_picker(path)
        self.controls["top_n"] = w.IntSlider(value=15, min=5, max=40, step=1, description="Top words")
        self.controls["pos"] = w.Dropdown(options=["all"], value="all", description="Tokens POS")
        self.controls["article"].observe(self.guarded(lambda ch: self.load(ch["new"])), names="value")
        self.controls["top_n"].observe(self.guarded(lambda ch: self.draw_words()), names="value")
        self.controls["pos"].observe(self.guarded(lambda ch: self.draw_tokens()), names="value")
        self.widget = w.VBox([
            self.controls["article"], self.message,
            w.HTML("<h4>How the article was taken apart</h4>"), self.output("segmentation"),
            w.HTML("<h4>Sentences</h4>"), self.output("sentences"),
            w.HTML("<h4>Tokens</h4>"), self.controls["pos"], self.output("tokens"),
            self.chart_box("sentence_lengths"),
            self.controls["top_n"], self.chart_box("top_words"),
            self.chart_box("pos_mix"),
        ])
        self.guarded(self.load)(start)

    def load(self, path) -> None:
        self.article = load_article(path)
        art = self.article
        self.info(f"{art.name}: {len(art.paragraphs)} paragraphs, {len(art.sentences)} sentences")
        self.show_html("segmentation", segmentation_html(art))
        self.show_table("sentences", art.sentences[["index", "paragraph", "n_words", "text"]])
        groups = ["all"] + sorted(set(art.tokens.pos))
        pos = self.controls["pos"]
        keep = pos.value if pos.value in groups else "all"
        with pos.hold_trait_notifications():
            pos.options = groups
            pos.value = keep
        self.draw_tokens()
        self.show_figure("sentence_lengths", sentence_length_chart(art.sentences, article=art))
        self.show_figure("pos_mix", pos_mix_chart(pos_mix(art.tokens), article=art))
        self.draw_words()

    def draw_tokens(self) -> None:
        tokens = self.article.tokens
        tag = self.controls["pos"].value
        if tag != "all":
            tokens = tokens[tokens.pos == tag]
        self.show_table("tokens", tokens, max_rows=40)

    def draw_words(self) -> None:
        n = self.controls["top_n"].value
        words = content_words(self.article.tokens, n)
        self.state["tables"]["top_words"] = words
        self.show_figure("top_words", top_words_chart(words, article=self.article, n=n))


def article_panel(path=None, export_dir=None) -> ArticlePanel:
    """Build notebook 01's panel on ``path`` (default: the first article in ``data/articles``, the seed)."""
    return ArticlePanel(path, export_dir)
