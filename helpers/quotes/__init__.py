"""Stage 4 — who said what: direct and reported quotes, their speakers and the speakers' tone.

    >>> from helpers.article import Article
    >>> art = Article.from_text("Headline\\n\\n“It was a draft,” Dr. Jane Roe, an economist, said. "
    ...                         "“Nothing more.” Analysts told reporters the plan had failed badly.")
    >>> list(art.quotes[["kind", "speaker"]].itertuples(index=False, name=None))
    [('direct', 'Jane Roe'), ('direct', 'Jane Roe'), ('indirect', 'analysts')]
    >>> art.speakers.set_index("name").loc["Jane Roe", "category"]
    'expert'

How it works (each step a module):

1. :mod:`.marks` — quoted spans from the quotation marks; split quotes and quotes running across
   paragraphs become one statement with several ``parts``;
2. :mod:`.names` — the spans that can speak: people / organisations from stage 3, groups, role nouns,
   pronouns;
3. :mod:`.attribution` — the speech verb and its subject: between the parts of a split quote, after the
   quote, before it, anywhere in its sentence; reported speech (``X said that …``, ``according to X``);
4. :mod:`.extract` — resolution: title + surname → the person (stage 3 aliases), pronouns → the last
   compatible speaker, role nouns → the person the text ties them to (an unnamed spokesperson → the
   institution), a document ("the memo said") → its writer, else the organisation the article names
   most, a bare quote paragraph → the previous speaker;
5. :mod:`.speakers` — role from the appositive and the expert / official / other / group rule;
6. :mod:`helpers.sentiment` — TextBlob polarity / subjectivity with the driving words, VADER, certainty;
7. analyst corrections from :mod:`helpers.annotations` applied last.

Columns of ``quotes``: ``quote_id, text, kind, speaker, start, end, sentence, polarity, subjectivity``
(the contract) then ``parts, paragraph, speaker_kind, speaker_category, role, verb, attribution,
n_words, vader_compound, certainty, certainty_cues, assessments, corrected``.
Columns of ``speakers``: ``name, role, category, aliases, quotes, words, polarity, subjectivity`` then
``kind, titles, appositive, direct, indirect, polarity_std, subjectivity_std, polarity_weighted,
subjectivity_weighted, vader, vader_std, vader_weighted, certainty, category_source``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

import pandas as pd

from ..annotations import load_annotations
from ..frames import column_lists, rows_frame
from ..sentiment import score_texts, speaker_stats
from ..text import count_words
from .extract import build
from .speakers import appositive_after, category, role_before, short_role

QUOTE_COLUMNS = ["quote_id", "text", "kind", "speaker", "start", "end", "sentence", "polarity", "subjectivity"]
QUOTE_EXTRA = ["parts", "paragraph", "speaker_kind", "speaker_category", "role", "verb", "attribution", "n_words",
               "vader_compound", "certainty", "certainty_cues", "assessments", "corrected"]
SPEAKER_COLUMNS = ["name", "role", "category", "aliases", "quotes", "words", "polarity", "subjectivity"]
SPEAKER_EXTRA = ["kind", "titles", "appositive", "direct", "indirect", "polarity_std", "subjectivity_std",
                 "polarity_weighted", "subjectivity_weighted", "vader", "vader_std", "vader_weighted", "certainty",
                 "category_source"]

__all__ = ["extract_quotes", "QuoteResult", "QUOTE_COLUMNS", "SPEAKER_COLUMNS"]


_CAPITALISED_TAIL = re.compile(r"(?<!\S)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$")
_ROLE_COMPLEMENT = re.compile(r"(?:\s+(?:of|for|at)\s+[^,.;:“”\"\n]{1,50}?|\s+representing\s+[^,.;:“”\"\n]{1,90}?)?, ")
# a conjunction opening the sentence before the role ("But the Lagos State Commissioner for ..., Mr X, said")
_CLAUSE_OPENER = re.compile(r"(?:^|[.;:!?”\"\n]\s*)(?:But|And|Yet|Meanwhile|However,?)$")


def _after_titles(masked: str, n) -> int:
    """Where the name ``n`` starts with its titles ("Sir Robert Fane" for the person "Robert Fane")."""
    start = n.start
    for t in n.titles:
        if t and masked[start - len(t) - 1:start - 1] == t and masked[start - 1:start].isspace():
            start -= len(t) + 1
    return start


@dataclass
class QuoteResult:
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    annotations: dict | None = None

    def quotes_by(self, speaker: str) -> pd.DataFrame:
        """Every statement of ``speaker``."""
        return self.quotes[self.quotes.speaker == speaker]

    def statement_at(self, start: int, end: int):
        """The statement (a row as a dict) whose parts overlap ``body[start:end]`` most, or None —
        for later stages that need "who said this span" (e.g. contrasts)."""
        best, best_overlap = None, 0
        for r in self.quotes.itertuples(index=False):
            if r.end <= start or r.start >= end:
                continue
            ov = sum(max(0, min(e, end) - max(s, start)) for s, e in r.parts)
            if ov > best_overlap:
                best, best_overlap = r._asdict(), ov
        return best

    def speaker_at(self, start: int, end: int) -> str | None:
        """The speaker of the statement overlapping ``body[start:end]`` (None if nobody)."""
        st = self.statement_at(start, end)
        return st["speaker"] if st else None


_N_WORDS, _POLARITY, _SUBJECTIVITY, _VADER, _CERTAINTY, _KIND = map(
    itemgetter, ("n_words", "polarity", "subjectivity", "vader_compound", "certainty", "kind"))


def _should_load_annotations(article) -> bool:
    path = getattr(article, "path", None)
    if path and not str(path).startswith("<"):
        return True
    return getattr(article, "name", "article") != "article"


def extract_quotes(article, annotations: dict | None = None) -> QuoteResult:
    """Quotes and speakers of ``article`` with the analyst's corrections applied.

    ``annotations``: a dict as stored by :mod:`helpers.annotations` (default: read the article's file,
    which raises NewslensError if it is corrupt)."""
    if annotations is None:
        annotations = {}
        if _should_load_annotations(article):
            annotations = load_annotations(article)
    body = article.body
    found, nominals, masked, roles, titles_of, ctx = build(article)

    # analyst reassignments of quote speakers
    fixes = {(int(q["start"]), int(q["end"])): q for q in annotations.get("quotes", []) if "start" in q}
    fixes_by_text = {q.get("text"): q for q in annotations.get("quotes", []) if q.get("text")}

    rows = []
    found = sorted(found, key=lambda f: f.start)
    texts = [" ".join(body[s:e] for s, e in f.parts) for f in found]
    for i, (f, text, sc) in enumerate(zip(found, texts, score_texts(texts))):
        corrected = False
        fix = fixes.get((f.start, f.end)) or fixes_by_text.get(text)
        if fix is not None:
            f.speaker = fix.get("speaker")
            f.speaker_kind = None
            corrected = True
        rows.append({
            "quote_id": f"q{i + 1}", "text": text, "kind": f.kind, "speaker": f.speaker,
            "start": f.start, "end": f.end, "sentence": ctx.sid(f.start),
            "polarity": sc["polarity"], "subjectivity": sc["subjectivity"],
            "parts": [tuple(p) for p in f.parts], "paragraph": f.paragraph, "speaker_kind": f.speaker_kind,
            "speaker_category": None, "role": f.role, "verb": f.verb, "attribution": f.how,
            "n_words": count_words(text), "vader_compound": sc["vader_compound"], "certainty": sc["certainty"],
            "certainty_cues": sc["certainty_cues"], "assessments": sc["assessments"], "corrected": corrected,
        })
    # speakers
    kinds = {}
    by_speaker: dict = {}  # name -> its rows, in quote order
    for r in rows:
        if r["speaker"] is not None:
            by_speaker.setdefault(r["speaker"], []).append(r)
            if r["speaker_kind"]:
                kinds.setdefault(r["speaker"], r["speaker_kind"])
    overrides = annotations.get("speakers", {}) or {}
    # stage 3's aliases of the speakers (of the last entity of a name, as a dict of every entity's
    # would keep): no look-up for an article without speakers, no list made for other entities
    ent_aliases = {}
    if by_speaker:
        try:
            ents = article.entities
            last = {str(n): a for n, a in zip(*column_lists(ents, ["name", "aliases"]))}
        except Exception:
            last = {}
        for name in by_speaker:
            if name in last:
                a = last[name]
                ent_aliases[name] = list(a) if isinstance(a, (list, tuple)) else []
    spans_of: dict = {}  # name -> its person / org / gpe / group nominals, in body order
    for n in nominals:
        if n.name in by_speaker and n.kind in ("person", "org", "gpe", "group"):
            spans_of.setdefault(n.name, []).append(n)
    # "Labour's health spokesman, Tom Ashby, said": a role phrase opening a clause (with a short
    # complement: "Crestline's vice president for development,"), a comma, then the name between commas
    # (not "After meeting the minister, Tom Ashby said")
    role_ahead = {}
    for n in nominals:
        if n.kind == "role":
            m = _ROLE_COMPLEMENT.match(masked, n.end)
            if m is None:
                continue
            before = masked[max(0, n.start - 40):n.start].rstrip()
            if n.text[:1].isupper() and not (before and before[-1] in ".;:!?”\"\n"):
                # the role's possessor holds only its last capitalised word ("Zealand’s prime
                # minister"): the words of the name before it open the clause too (not a sentence
                # ending before it: "… congratulated Kowalchuk. Saskatchewan’s minister of …, X,")
                before = _CAPITALISED_TAIL.sub("", before)
            if not before or before[-1] in ".,;:!?”\"\n" or _CLAUSE_OPENER.search(before):
                role_ahead[m.end()] = n.name + masked[n.end:m.end() - 2]
    srows = []
    for name, qs in by_speaker.items():
        kind = kinds.get(name, "person")
        aliases, appositive, pre_role = [], None, None
        for n in spans_of.get(name, ()):
            alias = n.text.strip()
            if alias not in aliases:
                aliases.append(alias)
            if appositive is None and n.kind == "person":
                appositive = appositive_after(masked, n.end)
            if pre_role is None and n.kind == "person":
                pre_role = role_before(masked, n.start) or (
                    role_ahead.get(_after_titles(masked, n)) if masked[n.end:n.end + 1] == "," else None)
        for a in ent_aliases.get(name, []):
            if a not in aliases:
                aliases.append(a)
        titles = titles_of.get(name, [])
        role = short_role(appositive) or roles.get(name) or pre_role \
            or next((q["role"] for q in qs if q["role"]), None) or (", ".join(titles) if titles else None)
        cat = category(kind, name, titles, " ; ".join(x for x in (roles.get(name), pre_role, role) if x), appositive)
        source = "rule"
        ov = overrides.get(name, {})
        if ov.get("category"):
            cat, source = ov["category"], "analyst"
        if ov.get("role"):
            role = ov["role"]
        words = list(map(_N_WORDS, qs))
        st = speaker_stats(list(map(_POLARITY, qs)), list(map(_SUBJECTIVITY, qs)),
                           list(map(_VADER, qs)), list(map(_CERTAINTY, qs)), words)
        qkinds = list(map(_KIND, qs))
        srows.append({
            "name": name, "role": role, "category": cat, "aliases": aliases, "quotes": len(qs),
            "words": sum(words), "polarity": st["polarity"], "subjectivity": st["subjectivity"],
            "kind": kind, "titles": titles, "appositive": appositive,
            "direct": qkinds.count("direct"), "indirect": qkinds.count("indirect"),
            "polarity_std": st["polarity_std"], "subjectivity_std": st["subjectivity_std"],
            "polarity_weighted": st["polarity_weighted"], "subjectivity_weighted": st["subjectivity_weighted"],
            "vader": st["vader"], "vader_std": st["vader_std"], "vader_weighted": st["vader_weighted"],
            "certainty": st["certainty"], "category_source": source,
        })
    cat_of = {r["name"]: r["category"] for r in srows}
    if rows:
        for r in rows:
            s = r["speaker"]
            r["speaker_category"] = cat_of.get(s) if s is not None else None
            r["speaker_kind"] = kinds.get(s, "person") if s is not None else None
        quotes = rows_frame(rows, QUOTE_COLUMNS + QUOTE_EXTRA)
    else:
        # as an empty frame given empty columns: these two become float64
        quotes = pd.DataFrame(rows, columns=QUOTE_COLUMNS + QUOTE_EXTRA)
        quotes["speaker_category"] = []
        quotes["speaker_kind"] = []
    # experts first, then officials, others, groups (a category of the analyst's own last); most words
    # first within a category; ties keep the speakers' order of first quote
    order = {"expert": 0, "official": 1, "other": 2, "group": 3}
    srows.sort(key=lambda r: (order.get(r["category"], len(order)), -r["words"]))
    speakers = rows_frame(srows, SPEAKER_COLUMNS + SPEAKER_EXTRA)
    return QuoteResult(quotes, speakers, annotations)
