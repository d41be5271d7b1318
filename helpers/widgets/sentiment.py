"""Notebook 03's panel: who said what, and in which tone — with the analyst's corrections.

    >>> panel = sentiment_panel()                                    # doctest: +SKIP
    >>> panel.controls["speaker"].value = "Richard Kemp"             # doctest: +SKIP
    >>> panel.controls["measure"].value = "vader"                    # doctest: +SKIP
    >>> panel.state["figures"]["quote_bars"].newslens["chart"]       # doctest: +SKIP
    'quote-tone-vader'

Corrections (a quote's speaker, a speaker's category) are written to the article's annotations file
(:mod:`helpers.annotations`) and the article is re-analysed, so every chart and table — and
``newslens analyze`` — sees them.
"""

from __future__ import annotations

from ..annotations import CATEGORIES, load_annotations, set_quote_speaker, set_speaker
from ..article import load_article
from ..charts.sentiment import compare_speakers_chart, quote_bars_chart, speaker_bubble_chart
from ..errors import NewslensError
from ..quotes import extract_quotes
from .base import Panel, escape

NOBODY = "(nobody)"
TABLE_COLUMNS = ["quote_id", "speaker", "speaker_category", "kind", "polarity", "subjectivity", "vader_compound",
                 "certainty", "text"]


def speaker_options(speakers) -> list[str]:
    """Speaker names, experts first (then officials, others, groups), most words quoted first."""
    return list(speakers.name)


def drivers_html(quotes, speaker: str, measure: str) -> str:
    """Each statement of ``speaker`` with its score and the words that drove it (escaped)."""
    from ..sentiment import driving_words

    rows = quotes[quotes.speaker == speaker]
    col = "polarity" if measure == "textblob" else "vader_compound"
    items = []
    for r in rows.to_dict("records"):
        words = ", ".join(f"<b>{escape(w)}</b> {p:+.2f}" for w, p in driving_words(r, measure)) or "<i>no scored words</i>"
        cues = ", ".join(escape(c) for c in r["certainty_cues"]) or "none"
        items.append(f"<li>{escape(r['quote_id'])} ({escape(r['kind'])}) {r[col]:+.2f} — “{escape(r['text'])}”"
                     f"<br><small>driving words: {words}; certainty {r['certainty']:+.2f} (cues: {cues})</small></li>")
    return f"<ul>{''.join(items)}</ul>" if items else "<p><i>No statements.</i></p>"


class SentimentPanel(Panel):
    notebook = "03_sentiment_by_expert"

    def __init__(self, path=None, export_dir=None, annotations_dir=None):
        super().__init__(export_dir)
        w = self.w
        self.article = None
        self.annotations_dir = annotations_dir
        c = self.controls
        start = self.add_article_picker(path)
        c["measure"] = w.ToggleButtons(options=[("TextBlob", "textblob"), ("VADER", "vader")], value="textblob",
                                       description="Sentiment")
        c["speaker"] = w.Dropdown(options=[], description="Speaker", layout=w.Layout(width="45%"))
        c["kind"] = w.Dropdown(options=["all", "direct", "indirect"], value="all", description="Quotes")
        c["compare_a"] = w.Dropdown(options=[], description="Compare")
        c["compare_b"] = w.Dropdown(options=[], description="with")
        # corrections
        c["fix_quote"] = w.Dropdown(options=[], description="Quote", layout=w.Layout(width="70%"))
        c["fix_speaker"] = w.Combobox(options=[], placeholder="speaker name or (nobody)", description="Said by",
                                      ensure_option=False)
        c["fix_speaker_apply"] = w.Button(description="Reassign quote", icon="user")
        c["fix_category_speaker"] = w.Dropdown(options=[], description="Speaker")
        c["fix_category"] = w.Dropdown(options=list(CATEGORIES), description="Category")
        c["fix_category_apply"] = w.Button(description="Set category", icon="tag")

        self._syncing = False
        g = self._observer
        c["article"].observe(g(lambda ch: self.load(ch["new"])), names="value")
        c["measure"].observe(g(lambda ch: self.draw()), names="value")
        c["speaker"].observe(g(lambda ch: self.draw_speaker()), names="value")
        c["kind"].observe(g(lambda ch: self.draw_table()), names="value")
        c["compare_a"].observe(g(lambda ch: self.draw_compare()), names="value")
        c["compare_b"].observe(g(lambda ch: self.draw_compare()), names="value")
        c["fix_quote"].observe(g(lambda ch: self._sync_fix_speaker()), names="value")
        c["fix_category_speaker"].observe(g(lambda ch: self._sync_fix_category()), names="value")
        c["fix_speaker_apply"].on_click(lambda _: self.guarded(self.reassign_quote)())
        c["fix_category_apply"].on_click(lambda _: self.guarded(self.recategorise)())

        self.widget = w.VBox([
            c["article"], self.message, c["measure"],
            self.chart_box("bubble", "Every speaker: tone against subjectivity"),
            c["speaker"], self.chart_box("quote_bars", "The chosen speaker's statements"), self.output("drivers"),
            w.HBox([c["compare_a"], c["compare_b"]]), self.chart_box("compare", "Two speakers side by side"),
            w.HTML("<h4>All statements</h4>"), c["kind"], self.output("quotes"),
            w.HTML("<h4>Corrections</h4><small>saved to data/annotations/&lt;article&gt;.json and applied on every "
                   "run and by <code>newslens analyze</code></small>"),
            w.HBox([c["fix_quote"]]), w.HBox([c["fix_speaker"], c["fix_speaker_apply"]]),
            w.HBox([c["fix_category_speaker"], c["fix_category"], c["fix_category_apply"]]),
        ])
        self.guarded(self.load)(start)

    def _observer(self, fn):
        """An observer that is quiet while options are being refreshed and shows errors as messages."""
        run = self.guarded(fn)

        def observe(change):
            if not self._syncing and self.article is not None:
                run(change)

        return observe

    # -- data ------------------------------------------------------------------------------------------
    def _analyse(self, path):
        art = load_article(path)
        ann = load_annotations(art, directory=self.annotations_dir)
        art.__dict__["_quote_result"] = extract_quotes(art, annotations=ann)
        return art

    def load(self, path) -> None:
        self.article = self._analyse(path)
        self._refresh_options()
        art = self.article
        self.info(f"{art.name}: {len(art.quotes)} statements by {len(art.speakers)} speakers")
        self.draw()

    def _refresh_options(self, keep: dict | None = None) -> None:
        c = self.controls
        keep = keep or {}
        names = speaker_options(self.article.speakers)
        q = self.article.quotes
        qopts = [(f"{r.quote_id} · {r.speaker or NOBODY} · {r.text[:60]}", r.quote_id) for r in q.itertuples()]
        for key, opts in (("speaker", names), ("compare_a", names), ("compare_b", names),
                          ("fix_category_speaker", names), ("fix_quote", qopts)):
            ctl = c[key]
            values = [o[1] if isinstance(o, tuple) else o for o in opts]
            want = keep.get(key, ctl.value)
            self._syncing = True
            try:
                ctl.options = opts
                if want in values:
                    ctl.value = want
                elif values:
                    ctl.value = values[1] if key == "compare_b" and len(values) > 1 else values[0]
                else:
                    ctl.value = None
            finally:
                self._syncing = False
        c["fix_speaker"].options = names + [NOBODY]
        self._sync_fix_speaker()
        self._sync_fix_category()

    def _sync_fix_speaker(self):
        qid = self.controls["fix_quote"].value
        q = self.article.quotes
        hit = q[q.quote_id == qid]
        self.controls["fix_speaker"].value = (hit.speaker.iloc[0] or NOBODY) if len(hit) else ""

    def _sync_fix_category(self):
        name = self.controls["fix_category_speaker"].value
        sp = self.article.speakers
        hit = sp[sp.name == name]
        if len(hit):
            self.controls["fix_category"].value = hit.category.iloc[0]

    # -- drawing ---------------------------------------------------------------------------------------
    def draw(self) -> None:
        art = self.article
        m = self.controls["measure"].value
        self.state["tables"]["speakers"] = art.speakers
        self.show_figure("bubble", speaker_bubble_chart(art.speakers, measure=m, article=art))
        self.draw_speaker()
        self.draw_compare()
        self.draw_table()

    def draw_speaker(self) -> None:
        art = self.article
        m = self.controls["measure"].value
        name = self.controls["speaker"].value
        if name is None:
            self.show_html("drivers", "<p><i>No attributed statements in this article.</i></p>")
            self.show_figure("quote_bars", quote_bars_chart(art.quotes, "(nobody)", measure=m, article=art))
            self.state["tables"]["speaker_quotes"] = art.quotes.iloc[0:0]
            return
        q = art.quotes
        self.state["tables"]["speaker_quotes"] = q[q.speaker == name][TABLE_COLUMNS]
        self.show_figure("quote_bars", quote_bars_chart(q, name, measure=m, article=art))
        self.show_html("drivers", drivers_html(q, name, m))

    def draw_compare(self) -> None:
        art = self.article
        a, b = self.controls["compare_a"].value, self.controls["compare_b"].value
        if a is None or b is None:
            return
        self.show_figure("compare", compare_speakers_chart(art.quotes, a, b, measure=self.controls["measure"].value,
                                                           article=art))

    def draw_table(self) -> None:
        q = self.article.quotes
        kind = self.controls["kind"].value
        if kind != "all":
            q = q[q.kind == kind]
        self.show_table("quotes", q[TABLE_COLUMNS].round({"polarity": 3, "subjectivity": 3, "vader_compound": 3,
                                                          "certainty": 2}))

    # -- corrections -------------------------------------------------------------------------------------
    def reassign_quote(self) -> None:
        """Give the chosen quote the speaker typed in ``fix_speaker`` (``(nobody)`` clears it)."""
        c = self.controls
        q = self.article.quotes
        hit = q[q.quote_id == c["fix_quote"].value]
        if not len(hit):
            raise NewslensError("choose a quote to reassign first")
        who = (c["fix_speaker"].value or "").strip()
        if not who:
            raise NewslensError("type the speaker's name (or choose (nobody))")
        r = hit.iloc[0]
        set_quote_speaker(self.article, int(r.start), int(r.end), r.text, None if who == NOBODY else who,
                          directory=self.annotations_dir)
        self._reload(f"{r.quote_id} now attributed to {who}")

    def recategorise(self) -> None:
        c = self.controls
        name = c["fix_category_speaker"].value
        if not name:
            raise NewslensError("choose a speaker first")
        set_speaker(self.article, name, category=c["fix_category"].value, directory=self.annotations_dir)
        self._reload(f"{name} is now {c['fix_category'].value}")

    def _reload(self, msg: str) -> None:
        keep = {k: self.controls[k].value for k in ("speaker", "compare_a", "compare_b", "fix_quote",
                                                     "fix_category_speaker")}
        self.article = self._analyse(self.controls["article"].value)
        self._refresh_options(keep)
        self.draw()
        self.info(msg)


def sentiment_panel(path=None, export_dir=None, annotations_dir=None) -> SentimentPanel:
    """Build notebook 03's panel on ``path`` (default: the seed).  ``annotations_dir``: where corrections
    are read and written (default ``data/annotations``)."""
    return SentimentPanel(path, export_dir, annotations_dir)
