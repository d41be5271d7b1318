"""Notebook 00's panel: a one-screen dashboard of an article, linking to the notebooks that go deeper.

Headline and dek, counts, top entities, speakers with their tone, claim / retraction pairs.  Each
section reads one stage of the :class:`~helpers.article.Article` (``entities``, ``speakers``,
``quotes``, ``contrasts``) and says "none found" when the stage found nothing; a stage that fails
shows its one-line error in its own section and the rest of the dashboard still renders.

    >>> panel = overview_panel()                          # doctest: +SKIP
    >>> panel.controls["top_n"].value = 5                 # doctest: +SKIP
    >>> panel.state["counts"]["sentences"] > 0            # doctest: +SKIP
    True
"""

from __future__ import annotations

from pathlib import Path

from ..article import load_article
from ..errors import NewslensError
from .base import Panel, escape

# Where each section goes deeper: (notebook file, what it adds).
DEEPER = {
    "article": ("01_article_and_tokens.ipynb", "the text, its sentences and tokens"),
    "entities": ("02_entities.ipynb", "entities by type, where they appear, who appears with whom"),
    "speakers": ("03_sentiment_by_expert.ipynb", "every quote, per-speaker sentiment with the words behind it"),
    "contrasts": ("04_claims_vs_retractions.ipynb", "each pair's evidence, timeline and word contrast"),
}


def notebook_link(section: str, folder: Path | None = None) -> str:
    """HTML link to the notebook that goes deeper on ``section`` (plain text when it is not there yet)."""
    from ..paths import project_root

    name, what = DEEPER[section]
    folder = folder or project_root() / "notebooks"
    if (folder / name).exists():
        return f"<a href='{escape(name)}' class='nl-deeper'>→ {escape(name)}</a> <small>({escape(what)})</small>"
    return f"<span class='nl-deeper'>→ {escape(name)} <small>(not in this project yet)</small></span>"


def header_html(art) -> str:
    parts = [f"<h2 style='margin:0.2em 0'>{escape(art.title or art.name)}</h2>"]
    if art.dek:
        parts.append(f"<p style='font-size:1.1em;color:#444;margin:0.2em 0'><i>{escape(art.dek)}</i></p>")
    meta = " · ".join(escape(x) for x in (art.byline, art.date, art.dateline) if x)
    if meta:
        parts.append(f"<p style='color:#666;margin:0.2em 0'>{meta}</p>")
    parts.append(f"<p style='color:#666;margin:0.2em 0'><small>file: {escape(art.name)} · "
                 f"{notebook_link('article')}</small></p>")
    return "".join(parts)


def counts_of(art, sections: dict) -> dict:
    """The dashboard's numbers; a stage that failed counts as ``None``."""

    def n(key):
        frame = sections.get(key)
        return None if frame is None else int(len(frame))

    return {
        "paragraphs": int(len(art.paragraphs)),
        "sentences": int(len(art.sentences)),
        "words": int((~art.tokens.is_punct).sum()),
        "entities": n("entities"),
        "quotes": n("quotes"),
        "speakers": n("speakers"),
        "pairs": n("contrasts"),
    }


def counts_html(counts: dict) -> str:
    labels = {"paragraphs": "paragraphs", "sentences": "sentences", "words": "words", "entities": "entities",
              "quotes": "quotes", "speakers": "speakers", "pairs": "claim / retraction pairs"}
    cards = "".join(
        "<div style='border:1px solid #ddd;border-radius:6px;padding:0.3em 0.8em;min-width:6em;text-align:center'>"
        f"<div style='font-size:1.5em;font-weight:bold;color:#0072B2'>{'–' if v is None else v}</div>"
        f"<div style='color:#555;font-size:0.85em'>{escape(labels[k])}</div></div>"
        for k, v in counts.items())
    return f"<div style='display:flex;gap:0.6em;flex-wrap:wrap'>{cards}</div>"


def pairs_html(contrasts, limit: int = 8) -> str:
    """Claim → retraction pairs side by side (article text escaped)."""
    if contrasts is None:
        return ""
    if len(contrasts) == 0:
        return f"<p><i>No claim / retraction pairs found.</i> {notebook_link('contrasts')}</p>"
    frame = contrasts.sort_values("score", ascending=False) if "score" in contrasts else contrasts
    rows = []
    for r in frame.head(limit).itertuples(index=False):
        claim_by = f"<br><small>— {escape(r.claim_speaker)}</small>" if _present(r.claim_speaker) else ""
        retr_by = f"<br><small>— {escape(r.retraction_speaker)}</small>" if _present(r.retraction_speaker) else ""
        score = f"{float(r.score):.2f}" if _present(r.score) else ""
        rows.append(
            "<tr>"
            f"<td style='text-align:left;vertical-align:top'>{escape(_clip(r.claim_text))}{claim_by}</td>"
            "<td style='vertical-align:top;color:#D55E00'>→</td>"
            f"<td style='text-align:left;vertical-align:top'>{escape(_clip(r.retraction_text))}{retr_by}</td>"
            f"<td style='vertical-align:top;color:#666'>{score}</td></tr>")
    more = f"<p><small>{len(frame) - limit} more pairs</small></p>" if len(frame) > limit else ""
    return ("<table style='width:100%'><tr><th style='text-align:left'>claim</th><th></th>"
            "<th style='text-align:left'>retraction</th><th>score</th></tr>" + "".join(rows) + "</table>"
            + more + f"<p>{notebook_link('contrasts')}</p>")


def speakers_table(speakers):
    cols = [c for c in ("name", "category", "role", "quotes", "polarity", "subjectivity") if c in speakers.columns]
    frame = speakers[cols].copy()
    for c in ("polarity", "subjectivity"):
        if c in frame:
            frame[c] = frame[c].astype(float).round(2)
    for c in ("role", "category"):
        if c in frame:
            frame[c] = frame[c].where(frame[c].notna(), "")
    if "quotes" in frame:
        frame = frame.sort_values("quotes", ascending=False, kind="stable")
    return frame.reset_index(drop=True)


def _present(x) -> bool:
    if x is None:
        return False
    try:
        import math

        return not (isinstance(x, float) and math.isnan(x)) and str(x) != ""
    except TypeError:
        return True


def _clip(text, n: int = 220) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


class OverviewPanel(Panel):
    notebook = "00_overview"

    def __init__(self, path=None, export_dir=None):
        super().__init__(export_dir)
        w = self.w
        self.article = None
        self.sections: dict = {}
        start = self.add_article_picker(path)
        self.controls["top_n"] = w.IntSlider(value=10, min=3, max=25, step=1, description="Show top")
        self.controls["metric"] = w.Dropdown(options=[("polarity", "polarity"), ("subjectivity", "subjectivity")],
                                             value="polarity", description="Tone")
        self.controls["article"].observe(self.guarded(lambda ch: self.load(ch["new"])), names="value")
        self.controls["top_n"].observe(self.guarded(lambda ch: self.draw_entities()), names="value")
        self.controls["metric"].observe(self.guarded(lambda ch: self.draw_speakers()), names="value")
        half = w.Layout(width="50%", min_width="360px")
        left = w.VBox([w.HTML("<h4>Top entities</h4>"), self.controls["top_n"], self.output("entities_link"),
                       self.output("top_entities"), self.export_control("top_entities")], layout=half)
        right = w.VBox([w.HTML("<h4>Speakers and their tone</h4>"), self.controls["metric"],
                        self.output("speakers_link"), self.output("speaker_tone"),
                        self.export_control("speaker_tone")], layout=half)
        self.widget = w.VBox([
            self.controls["article"], self.message,
            self.output("header"), self.output("counts"),
            w.HBox([left, right], layout=w.Layout(flex_flow="row wrap", width="100%")),
            w.HTML("<h4>Speakers</h4>"), self.output("speakers"),
            w.HTML("<h4>Claims and retractions</h4>"), self.output("pairs"),
        ])
        self.guarded(self.load)(start)

    # -- sections -------------------------------------------------------------------------------------
    def _stage(self, name: str):
        """A stage frame, or ``None`` with the error recorded when the stage fails on this article."""
        try:
            return getattr(self.article, name)
        except NewslensError:
            raise
        except Exception as exc:  # one stage's bug must not blank the whole dashboard
            self.state["section_errors"][name] = f"{type(exc).__name__}: {exc}"
            return None

    def load(self, path) -> None:
        self.article = load_article(path)
        art = self.article
        self.state["section_errors"] = {}
        self.sections = {k: self._stage(k) for k in ("entities", "quotes", "speakers", "contrasts")}
        counts = counts_of(art, self.sections)
        self.state["counts"] = counts
        errs = self.state["section_errors"]
        if errs:
            self.error("; ".join(f"{k} stage failed: {v}" for k, v in errs.items()))
        else:
            self.info(f"{art.name}: {counts['sentences']} sentences, {counts['words']} words")
        self.show_html("header", header_html(art))
        self.show_html("counts", counts_html(counts))
        self.show_html("entities_link", f"<small>{notebook_link('entities')}</small>")
        self.show_html("speakers_link", f"<small>{notebook_link('speakers')}</small>")
        self.draw_entities()
        self.draw_speakers()
        self.draw_pairs()

    def draw_entities(self) -> None:
        from ..charts.overview import top_entities_chart

        ents = self.sections.get("entities")
        if ents is None:
            ents = _empty(["name", "type", "mentions"])
        self.show_figure("top_entities", top_entities_chart(ents, article=self.article,
                                                            n=self.controls["top_n"].value))
        self.state["tables"]["top_entities"] = self.state["figures"]["top_entities"].newslens["data"]

    def draw_speakers(self) -> None:
        from ..charts.overview import speaker_tone_chart

        sp = self.sections.get("speakers")
        if sp is None:
            sp = _empty(["name", "category", "quotes", "polarity", "subjectivity"])
        metric = self.controls["metric"].value
        self.show_figure("speaker_tone", speaker_tone_chart(sp, article=self.article, metric=metric))
        if len(sp):
            self.show_table("speakers", speakers_table(sp))
        else:
            self.state["tables"]["speakers"] = sp
            self.show_html("speakers", "<p><i>No speakers found.</i></p>")

    def draw_pairs(self) -> None:
        con = self.sections.get("contrasts")
        self.state["tables"]["pairs"] = con
        if con is None:
            self.show_html("pairs", "<p><i>Claim / retraction pairs could not be computed (see the message above).</i></p>")
        else:
            self.show_html("pairs", pairs_html(con))


def _empty(columns):
    import pandas as pd

    return pd.DataFrame(columns=columns)


def overview_panel(path=None, export_dir=None) -> OverviewPanel:
    """Build notebook 00's dashboard on ``path`` (default: the first article in ``data/articles``)."""
    return OverviewPanel(path, export_dir)
