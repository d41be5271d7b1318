"""Notebook 04's panel: claims and their retractions — pick a pair, set the minimum score, accept / reject /
add pairs (saved in ``data/annotations/<article>.json`` under ``"contrasts"``), and the three charts.

    >>> panel = contrasts_panel()                                  # doctest: +SKIP
    >>> panel.controls["min_score"].value = 0.3                    # doctest: +SKIP
    >>> len(panel.state["tables"]["pairs"])                        # doctest: +SKIP
    >>> panel.controls["pair"].value = 2; panel.controls["reject"].click()   # doctest: +SKIP
    >>> panel.state["tables"]["pairs"].status.tolist()             # doctest: +SKIP
"""

from __future__ import annotations

from ..article import load_article
from ..charts.contrasts import dumbbell_chart, timeline_chart, word_contrast_chart
from ..contrasts import (DEFAULT_MIN_SCORE, add_pair, candidate_pairs, set_status, statement_timeline,
                         word_contrast)
from ..errors import NewslensError
from .base import Panel, escape

TABLE_COLUMNS = ["pair_id", "status", "score", "claim_speaker", "claim_time", "claim_text", "retraction_speaker",
                 "retraction_time", "retraction_text", "cue", "evidence"]


def pair_html(row, body: str | None = None) -> str:
    """A pair side by side: claim | retraction, speakers, times, cue and evidence (text HTML-escaped)."""
    def side(title, color, text, speaker, time, pol, subj, cert):
        return (f"<td style='vertical-align:top;padding:6px 10px;border-left:4px solid {color};width:50%'>"
                f"<div style='font-size:0.85em;color:#555'><b>{escape(title)}</b> · {escape(speaker or '?')}"
                f"{' · ' + escape(time) if isinstance(time, str) and time else ''}</div>"
                f"<div>{escape(text)}</div>"
                f"<div style='font-size:0.8em;color:#555'>polarity {pol:+.2f} · subjectivity {subj:.2f} · "
                f"certainty {cert:.2f}</div></td>")

    return ("<table style='width:100%;border-collapse:collapse'><tr>"
            + side("Claim", "#0072B2", row.claim_text, row.claim_speaker, row.claim_time, row.claim_polarity,
                   row.claim_subjectivity, row.claim_certainty)
            + side("Retraction", "#D55E00", row.retraction_text, row.retraction_speaker, row.retraction_time,
                   row.retraction_polarity, row.retraction_subjectivity, row.retraction_certainty)
            + "</tr></table>"
            + f"<p style='font-size:0.85em'><b>#{int(row.pair_id)}</b> · score {row.score:.2f} · "
              f"status <b>{escape(row.status)}</b> · {escape(row.evidence)}</p>")


class ContrastsPanel(Panel):
    notebook = "04_claims_vs_retractions"

    def __init__(self, path=None, export_dir=None, min_score: float = DEFAULT_MIN_SCORE):
        super().__init__(export_dir)
        w = self.w
        self.article = None
        self.candidates = None
        self._updating = False
        c = self.controls
        start = self.add_article_picker(path)
        c["min_score"] = w.FloatSlider(value=float(min_score), min=0.0, max=1.0, step=0.05, description="Min score",
                                       readout_format=".2f", continuous_update=False)
        c["show_rejected"] = w.Checkbox(value=False, description="show rejected")
        c["pair"] = w.Dropdown(options=[], description="Pair", layout=w.Layout(width="60%"))
        c["accept"] = w.Button(description="Accept", icon="check", button_style="success")
        c["reject"] = w.Button(description="Reject", icon="times", button_style="danger")
        c["reset"] = w.Button(description="Undo decision", icon="undo")
        c["add_claim"] = w.Dropdown(options=[], description="Claim", layout=w.Layout(width="90%"))
        c["add_retraction"] = w.Dropdown(options=[], description="Retraction", layout=w.Layout(width="90%"))
        c["add"] = w.Button(description="Add pair", icon="plus")

        c["article"].observe(self.guarded(lambda ch: self.load(ch["new"])), names="value")
        c["min_score"].observe(self.guarded(lambda ch: self.refresh()), names="value")
        c["show_rejected"].observe(self.guarded(lambda ch: self.refresh()), names="value")
        c["pair"].observe(self.guarded(lambda ch: None if self._updating else self.select(ch["new"])), names="value")
        c["accept"].on_click(self.guarded(lambda _: self.decide("accepted")))
        c["reject"].on_click(self.guarded(lambda _: self.decide("rejected")))
        c["reset"].on_click(self.guarded(lambda _: self.decide("auto")))
        c["add"].on_click(self.guarded(lambda _: self.add()))

        self.widget = w.VBox([
            c["article"], self.message,
            w.HBox([c["min_score"], c["show_rejected"]]),
            w.HTML("<h4>Pairs and their evidence</h4>"), self.output("pairs"),
            w.HTML("<h4>The chosen pair</h4>"), c["pair"], self.output("pair"),
            w.HBox([c["accept"], c["reject"], c["reset"]]),
            w.HTML("<details><summary><b>Add a pair the detector missed</b></summary></details>"),
            c["add_claim"], c["add_retraction"], c["add"],
            self.chart_box("dumbbell", "Tone and certainty, claim → retraction"),
            self.chart_box("timeline", "Timeline by the article's time cues"),
            self.chart_box("words", "What claims say vs what retractions say"),
        ])
        self.guarded(self.load)(start)

    # -- data ---------------------------------------------------------------------------------------------
    def load(self, path) -> None:
        art = load_article(path)
        self.article = art
        sents = [(f"{int(i)}: {t[:90]}", int(i)) for i, t in zip(art.sentences["index"], art.sentences.text)]
        c = self.controls
        for key in ("add_claim", "add_retraction"):
            c[key].options = sents
        self.recompute()

    def recompute(self) -> None:
        """Re-run the detector with the stored curation (after a load or a decision)."""
        self.article.__dict__.pop("contrasts", None)
        self.candidates = candidate_pairs(self.article)
        self.refresh()

    @property
    def pairs(self):
        """The pairs shown: score >= min score, or accepted / added; rejected only on request."""
        df = self.candidates
        keep = (df.score >= self.controls["min_score"].value) | df.status.isin(["accepted", "added"])
        if not self.controls["show_rejected"].value:
            keep &= df.status != "rejected"
        return df[keep].reset_index(drop=True)

    # -- views --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        pairs = self.pairs
        art = self.article
        self.state["pairs"] = pairs
        self.show_table("pairs", pairs[TABLE_COLUMNS])
        opts = [(f"#{int(r.pair_id)} {(r.claim_speaker or '?')} → {(r.retraction_speaker or '?')} "
                 f"({r.score:.2f}, {r.status})", int(r.pair_id)) for r in pairs.itertuples()]
        pc = self.controls["pair"]
        keep = self.state.get("selected_key")
        value = next((int(r.pair_id) for r in pairs.itertuples() if r.key == keep), opts[0][1] if opts else None)
        self._updating = True  # options change without re-drawing on every intermediate value
        try:
            pc.options = opts
            pc.value = value
        finally:
            self._updating = False
        self.select(value)
        # the two article-wide charts only change when the set of pairs shown changes
        sig = (art.name, tuple(pairs.key), tuple(pairs.status))
        if sig != self.state.get("charts_for"):
            self.show_figure("timeline", timeline_chart(statement_timeline(art, pairs), article=art))
            self.show_figure("words", word_contrast_chart(word_contrast(art, pairs), article=art))
            self.state["charts_for"] = sig
        n_all = len(self.candidates)
        self.info(f"{art.name}: {len(pairs)} pair(s) shown of {n_all} candidate(s) "
                  f"(min score {self.controls['min_score'].value:.2f})")

    def select(self, pair_id) -> None:
        pairs = self.state.get("pairs")
        row = None
        if pairs is not None and pair_id is not None:
            hit = pairs[pairs.pair_id == pair_id]
            row = hit.iloc[0] if len(hit) else None
        self.state["selected"] = None if row is None else int(row.pair_id)
        self.state["selected_key"] = None if row is None else row.key
        if row is None:
            self.show_html("pair", "<p><i>No pair at this minimum score.</i></p>")
        else:
            self.show_html("pair", pair_html(row))
        shown = pairs if pairs is not None else self.candidates.head(0)
        sig = (self.article.name, tuple(shown.key), tuple(shown.status), self.state["selected"])
        if sig != self.state.get("dumbbell_for"):
            self.show_figure("dumbbell", dumbbell_chart(shown, article=self.article, selected=self.state["selected"]))
            self.state["dumbbell_for"] = sig

    # -- curation -----------------------------------------------------------------------------------------
    def decide(self, status: str) -> None:
        key = self.state.get("selected_key")
        if not key:
            raise NewslensError("choose a pair first")
        set_status(self.article, key, status)
        self.recompute()
        self.info(f"pair {key} marked {status}; saved to data/annotations/{self.article.name}.json")

    def add(self) -> None:
        c = self.controls
        claim, retraction = c["add_claim"].value, c["add_retraction"].value
        if claim is None or retraction is None:
            raise NewslensError("choose a claim sentence and a retraction sentence")
        if retraction < claim:
            raise NewslensError("the retraction must come after the claim (choose a later sentence)")
        key = add_pair(self.article, int(claim), int(retraction))
        self.state["selected_key"] = key
        self.recompute()
        self.info(f"pair {key} added; saved to data/annotations/{self.article.name}.json")


def contrasts_panel(path=None, export_dir=None, min_score: float = DEFAULT_MIN_SCORE) -> ContrastsPanel:
    """Build notebook 04's panel on ``path`` (default: the first article in ``data/articles``, the seed)."""
    return ContrastsPanel(path, export_dir, min_score)
