"""Speakers: role from the appositive, and the category rule.

Category rule (first match wins; cues in ``helpers/lexicons/speaker_cues.tsv``):

1. ``group``    — a plural group of unnamed people ("analysts", "US officials", "sources");
2. ``other``    — a news outlet speaking ("The New York Times reported …");
   (an honorific "Dr." alone is a weak expert cue: it gives way to an office such as "coordinator")
3. ``expert``   — a scholarly or independent cue in the speaker's titles, role or appositive: Prof., Dr.,
                  fellow, analyst, university, institute, think tank, a commentator or pundit
                  ("commentating for BBC Radio"), an analyst's rating change ("who downgraded the
                  shares"), or a *former* / *retired* office ("Col. (ret.)",
                  "a former commander", "Former England off-spinner X") — people who speak from study or
                  experience;
4. ``official`` — a current office or rank (President, Secretary, General, spokesman, chairman, minister,
                  officer, Supreme Leader) or a verb of office ("who coordinates the service's work"),
                  or an institution (organisation, country, office named by its role);
5. ``other``    — everyone else.

The analyst overrides any speaker's category in the notebook (saved in the annotations file).

    >>> category("person", "Richard Kemp", ["Col. (ret.)"], "a former commander of British forces")
    'expert'
    >>> category("person", "Mark Esper", ["Defense Secretary"], None)
    'official'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import has_fold_special
from .lexicon import role_nouns, speaker_cues
from .names import _is_word_char

# the head words of news outlets ("The Media Line", never a bare "Line": "Nordvik Line" is a shipping company)
MEDIA_HEADS = re.compile(
    r"\b(?:Times|Post|Journal|News|Press|Reuters|Media Line|Herald|Tribune|Gazette|Television|TV|Radio|Network|"
    r"BBC|CNN|AFP|AP|Bloomberg|Guardian|Telegraph|Economist|Al Jazeera|Haaretz|Monitor|Daily|Magazine)\b"
)
_APPOSITIVE = re.compile(r"^,\s+((?:a|an|the|now|formerly|former|who|currently|also(?=\s+(?:a|an|the)\b)"
                         # "said Inés Barroso, Castor’s flight operations director at …": an organisation's post
                         r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s(?=\s+[a-z]))"
                         r"\b[^;“”\"_]{3,260}?)(?=,\s|\.\s|\.$|;|\s[—–]\s|$)")


@lru_cache(maxsize=1)
def _cue_res():
    out = []
    for cue, cat in speaker_cues():
        out.append((re.compile(rf"(?<![\w]){re.escape(cue)}(?![\w])", re.IGNORECASE), cat))
    return out


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _cue_literals() -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str]]]:
    """The cues for the plain-search path: ({leading word: [(cue, category)]}, [(cue, category)] of the
    cues that open with a non-word character such as "(ret.)").  Every cue is lower-case ASCII
    (checked here)."""
    by_lead: dict[str, list[tuple[str, str]]] = {}
    other = []
    for cue, cat in speaker_cues():
        if not (cue.isascii() and cue == cue.lower()):
            raise ValueError("speaker cues must be lower-case ASCII")
        m = _WORD_RUN.match(cue)
        if m:
            by_lead.setdefault(m.group(), []).append((cue, cat))
        else:
            other.append((cue, cat))
    return by_lead, other


def cue_categories(text: str) -> set[str]:
    """The categories of the cues found in ``text`` (case-insensitive, whole words).

    Same result as searching each cue's ``(?<!\\w)cue(?!\\w)`` pattern with re.IGNORECASE, done as a
    plain search of the lower-cased text (several times faster) unless the text holds one of the few
    characters IGNORECASE folds onto ASCII letters.  A cue opening with a word is only looked for
    when that word is one of the text's words (a whole-word match starts a word of the text)."""
    if has_fold_special(text):
        return {cat for rx, cat in _cue_res() if rx.search(text)}
    low = text.lower()
    n = len(low)
    by_lead, other = _cue_literals()
    cats = set()
    for lead in set(_WORD_RUN.findall(low)).intersection(by_lead):
        for cue, cat in by_lead[lead]:
            if cat not in cats and _has_word(text, low, cue, n):
                cats.add(cat)
    for cue, cat in other:
        if cat not in cats and _has_word(text, low, cue, n):
            cats.add(cat)
    return cats


def _has_word(text: str, low: str, cue: str, n: int) -> bool:
    """``cue`` occurs in ``low`` (``text`` lower-cased) with no word character on either side."""
    i = low.find(cue)
    while i >= 0:
        j = i + len(cue)
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == n or not _is_word_char(text[j])):
            return True
        i = low.find(cue, i + 1)
    return False


_DR = re.compile(r"(?i)(?<!\w)dr\.?(?!\w)")
# "a retired forester who speaks for the initiative": the office he holds now, not the one he left, is why
# he speaks
_CURRENT_OFFICE = re.compile(r"(?i)\bwho\s+(?:now\s+|currently\s+)?(?:speaks\s+for|heads|leads|chairs|directs|"
                             r"coordinates|oversees|runs)\b")
_PAST = re.compile(r"(?i)(?<!\w)(?:retired|former)(?!\w)")


def category(kind: str, name: str, titles, role: str | None, appositive: str | None = None) -> str:
    """The category of a speaker (see the rule above)."""
    if kind == "group":
        # ("Police said …", "Gurugram traffic police said": a force, an institution that speaks officially)
        return "official" if (name or "").lower().rsplit(None, 1)[-1:] == ["police"] else "group"
    if kind in ("org", "gpe") and MEDIA_HEADS.search(name or ""):
        return "other"
    # a plural title before coordinated names ("Councilmembers Frank DeLuca and Janet Osterman") is read
    # in the singular
    titles = [t[:-1] if t.endswith(("ers", "ors")) else t for t in titles or []]
    # an institution's role is the noun it was named by ("the university said"): no cue of a person's
    text = " ; ".join([*titles, role if role and kind not in ("org", "gpe") else "", appositive or ""])
    cats = cue_categories(text)
    if "expert" in cats:
        weak = False
        if "official" in cats:
            if _DR.search(text):
                # (with no "Dr" in the text, the text without it is the text: its categories are ``cats``,
                # and "Dr." is no weak cue here)
                without_dr = cue_categories(_DR.sub("", text))
                weak = without_dr != cats and "expert" not in without_dr
            if not weak and _CURRENT_OFFICE.search(text):
                weak = "expert" not in cue_categories(_PAST.sub("", text))
        if not weak:
            return "expert"  # an honorific "Dr." alone does not beat an office, nor "retired" a present one
    if kind == "role" and role:
        head = role_nouns().get(role.lower().split(" of ")[0].split(" for ")[0].split()[-1])
        if head in ("other", "expert"):
            return head
    if "official" in cats or kind in ("org", "gpe", "role"):
        return "official"
    if _office_noun(" ".join([*titles, _ROLE_HEAD.split(role or "", 1)[0]])):
        return "official"  # "District Judge", "its national officer" (not "therapist at X Hospital")
    return "other"


# where a role's own words end and its employer or field begins ("respiratory therapist at Hollis Community
# Hospital": the hospital is where she works, no office of hers)
_ROLE_HEAD = re.compile(r"\s(?:at|of|for|in|with|from|on)\s")


def _office_noun(text: str) -> bool:
    """A word of ``text`` is a role noun of an office (``lexicons/role_nouns.tsv``, category official), unless
    with the word before it it is another role noun ("a sewing machine operator": a worker, not an operator)."""
    nouns = role_nouns()
    words = _WORD_RUN.findall(text.lower())
    return any(nouns.get(w) == "official" and not (k and nouns.get(f"{words[k - 1]} {w}", "official") != "official")
               for k, w in enumerate(words))


# (a short name or field in brackets inside it: "president of the Sector 56 residents' welfare association
# (RWA)", "chief engineer (stormwater)")
_APPOSITIVE_BARE = re.compile(r"^,\s+([a-z][\w-]*(?:\s+(?:[\w’'-]+|\([\w.&’'-]{1,20}\))){0,12}?)"
                              r"(?=,\s|\.\s|\.$|;|$)")
# (the lookbehind only skips starts inside a lower-case run: the leftmost match never starts there)
_PRE_ROLE = re.compile(r"(?<![\w’'-])((?:[a-z][\w-]*\s+){1,3})$")


def _has_cue(text: str) -> bool:
    return bool(cue_categories(text)) or any(w.lower() in role_nouns() for w in text.split())


def appositive_after(masked: str, end: int) -> str | None:
    """``Name, a former commander of …, told`` → ``a former commander of …`` (full clause); also a bare
    role (``Name, chief strategist at X,``) when it holds a role or category cue."""
    m = _APPOSITIVE.match(masked[end:end + 300])
    if m:
        return m.group(1).strip()
    m = _APPOSITIVE_BARE.match(masked[end:end + 200])
    if m and m.group(1).split()[0] not in _NOT_ROLE and _has_cue(m.group(1)):  # not "Name, said the company …"
        return m.group(1).strip()
    return None


_NOT_ROLE = frozenset(
    """the a an said told says say and by with to of from have has had is was were are be been will would
    who that which as for in on at its his her their our after before when while""".split()
)


# the court-report opening of a sentence that names counsel: "Prosecuting, X told the court",
# "For the defence, Y said"
_COUNSEL = re.compile(
    r"(?:^|[.!?:;”\"]\s+|\n\s*)(?:(Prosecuting|For the prosecution)|(?:Defending|For the defen[cs]e)),\s+$")


# a former / retired office before a name whose lower-case role words (if any) follow a capitalised
# country, party or team ("Former England off-spinner", "former Labour minister"); the run of lower-case
# words is short, so that "former" opens the role phrase
_FORMER = re.compile(r"(?<![\w’'-])([Ff]ormer|[Rr]etired)\s+((?:[A-Z][\w’'.-]*\s+){0,3})((?:[a-z][\w-]*\s+){0,2})$")


def _ends_lower_word(text: str) -> bool:
    """The last run of ``[\\w-]`` characters of ``text``, before its trailing whitespace, ends it and
    starts with a lower-case ASCII letter — as the last word of a :data:`_PRE_ROLE` match does (no
    ``[\\w-]`` character may precede that word: whitespace or the lookbehind rule it out)."""
    tail = text.rstrip()
    k = len(tail)
    while k and (tail[k - 1].isalnum() or tail[k - 1] in "_-"):
        k -= 1
    return k < len(tail) and "a" <= tail[k] <= "z"


def role_before(masked: str, start: int) -> str | None:
    """Lower-case role words right before a name: ``press secretary Karine Jean-Pierre`` → ``press secretary``;
    ``Prosecuting, Simon Adeyemi`` → ``prosecutor`` (``Defending, …`` → ``defence counsel``)."""
    if not masked[start - 1:start].isspace():
        return None  # (the role words end in whitespace; a plain test before the regular expression)
    if masked[start - 2:start - 1] == ",":
        m = _COUNSEL.search(masked, max(0, start - 40), start)
        if m:
            return "prosecutor" if m.group(1) else "defence counsel"
    lo = max(0, start - 80)
    # (a match holds "former" or "retired": a plain search rules most names out before the regex)
    m = _FORMER.search(masked, lo, start) if masked.find("ormer", lo, start) >= 0 \
        or masked.find("etired", lo, start) >= 0 else None
    if m and m.group(2) and not any(w in _NOT_ROLE or w.endswith(("ed", "ing")) for w in m.group(3).split()):
        # "Former England off-spinner X", "former Labour minister X", "Former Prime Minister X" (with no
        # capitalised word between, "former minister X" is the lower-case run below)
        return " ".join([m.group(1).lower(), *m.group(2).split(), *m.group(3).split()])
    before = masked[max(0, start - 60):start]
    if not _ends_lower_word(before):
        return None  # (the same for the last word: a plain test before the regular expression)
    m = _PRE_ROLE.search(before)
    if not m:
        return None
    words = m.group(1).split()
    roles = role_nouns()
    # keep the trailing run that ends in a role noun / cue
    if not words or not (words[-1] in roles or words[-1].rstrip("s") in roles or cue_categories(words[-1])):
        return None
    keep = []
    for w in reversed(words):
        if w in _NOT_ROLE or w.endswith(("ed", "ing")) or (keep and w.endswith("ly")):
            break
        keep.insert(0, w)
    return " ".join(keep) or None


def short_role(appositive: str | None) -> str | None:
    """The appositive cut before a relative clause: ``a former adviser in Israel who now teaches`` →
    ``former adviser in Israel``."""
    if not appositive:
        return None
    if _RELATIVE_OPENING.match(appositive) and not _has_cue(appositive):
        return None  # "X, who spoke after him, said": a relative clause names no role unless it holds a cue
    s = _RELATIVE_LEAD.sub("", appositive)
    s = _RELATIVE_SPLIT.split(s)[0]
    s = _ARTICLE_LEAD.sub("", s)
    return s.strip(" ,") or None


# (compiled once: the ``re`` module's functions look each pattern up in its cache on every call)
_RELATIVE_OPENING = re.compile(r"(?:who|which)\s")
_RELATIVE_LEAD = re.compile(r"^(?:who|which)\s+")
_RELATIVE_SPLIT = re.compile(r"\s+(?:who|which|whose|that)\s+")
_ARTICLE_LEAD = re.compile(r"^(?:a|an|the)\s+")
