"""The lexicons stage 4 reads (all under ``helpers/lexicons/``, each file documents itself).

    >>> verbs = speech_verbs()
    >>> verbs["elaborated"].lemma, verbs["elaborated"].cls, verbs["told"].inversion
    ('elaborate', 'speech', False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..paths import LEXICON_DIR

# nouns that name an institution speaking ("the ministry said", "a spokesperson for the agency")
INSTITUTION_NOUNS = frozenset(
    """ministry government department agency administration committee council embassy court army military
    police pentagon company firm corporation bank airline club union office presidency organisation
    organization association authority commission board party university hospital utility foundation
    institute charity federation regulator directorate inspectorate secretariat bureau tribunal district trust
    operator alliance coalition group canton municipality bench consortium body""".split()
)


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out


@dataclass(frozen=True)
class Verb:
    lemma: str
    cls: str  # speech / cognition / reaction
    inversion: bool


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, Verb]:
    """Every inflected form → :class:`Verb` (``said`` → say/speech/inversion)."""
    from lemminflect import getAllInflections

    out: dict[str, Verb] = {}
    for row in _rows("speech_verbs.tsv"):
        lemma, cls, inv = row[0], row[1], row[2] == "yes"
        v = Verb(lemma, cls, inv)
        forms = {lemma}
        for tup in getAllInflections(lemma, upos="VERB").values():
            forms.update(tup)
        for f in forms:
            out.setdefault(f.lower(), v)
    return out


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    words = set()
    for (w, *_) in _rows("groups.txt"):
        words.add(w.lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in _rows("role_nouns.tsv")}


@lru_cache(maxsize=1)
def speaker_cues() -> list[tuple[str, str]]:
    """(cue, category), longest cue first."""
    rows = [(r[0].lower(), r[1]) for r in _rows("speaker_cues.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def certainty_cues() -> list[tuple[str, float]]:
    rows = [(r[0].lower(), float(r[1])) for r in _rows("certainty.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def doc_nouns() -> frozenset[str]:
    return frozenset(r[0].lower() for r in _rows("doc_nouns.txt"))


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Words that make a capitalised name ending in them an organisation (``entity_heads.tsv``, type
    ORG: "Supporters’ Trust", "Cycling Club"; and the legal forms of ``legal_forms.txt``: "GmbH")."""
    from ..entities.lexicon import legal_forms

    return frozenset(row[0] for row in _rows("entity_heads.tsv") if len(row) > 1 and row[1] == "ORG") | legal_forms()
