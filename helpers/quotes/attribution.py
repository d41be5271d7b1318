"""Attribution: which speaker a statement belongs to, and reported (indirect) speech.

All searches run on the *masked* body (quoted words replaced by ``_`` so that an "I" or a name inside a
quote never becomes a speaker) and stay inside sentence bounds.

Patterns (each has a unit test in ``tests/test_quotes_patterns.py``):

* subject before a speech verb, with an optional appositive and adverbs / auxiliaries between:
  ``Col. Kemp elaborated``, ``Dr. Roe, a former adviser who now teaches, told …``, ``X does not believe``;
* inverted after a quote: ``“…,” said Kemp``;
* ``according to X`` (also ``according to figures published by X``); a document's writer:
  ``…,” read the letter by Gen. X``, ``the memo, signed by X, said``;
* a ``with`` absolute: ``with the chairman … calling it a “draft”``; a participle after the main
  clause: ``A federal judge blocked the rule, saying …`` (:func:`helpers.quotes.extract._clause_subject`);
* an organisation in commas after the descriptor opening the clause: ``The operators’ association,
  VRHO, said``; a name right after a descriptor: ``according to the ship-tracking firm MarineScope``;
  ``according to the state Department of Health`` (the organisation whose name holds the role noun);
  an institution's own figures: ``according to district figures`` (the latest organisation named
  before whose name holds the noun).

Reported speech (:func:`helpers.quotes.extract._indirect`) also reads ``…, said Dr. X, the officer.``,
``Others, she said, have …`` (both sides of the attribution), a clause going on after a quoted
fragment (``said his side had been “outplayed” and had only themselves to blame``) and ``described
it as …``; a speech verb after a modal (``It said police would maintain “…”``) is content.

The second attribution round added (``extract.py``, ``names.py``, ``speakers.py``): an organisation's
office speaks as it (``The IMD's Thiruvananthapuram centre said``); ``According to him``; an unnamed
official named with the institution (``A senior KSEB official``) and ``A spokesperson for the office``
speak for the institution, ``the official said`` refers back; ``the Minister`` refers back to the one
minister named before; ``Among them is … X, who`` introduces the next she / he; a bare quote after
reported speech in its paragraph; a progressive ``have been warning … that``; a second that-clause
after a short first one with a quote; a reported clause going on past ``with calls`` / ``were being
asked``.

    >>> gap_ok(", a former adviser in Israel who now teaches, ")
    True
    >>> gap_ok(" were scrambling to ")
    False
"""

from __future__ import annotations

import bisect
import re

from ..text import ABBREVIATIONS, STOPWORDS, TITLES, has_fold_special
from .lexicon import INSTITUTION_NOUNS, doc_nouns, role_nouns, speech_verbs
from .names import Nominal, _lower_words

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
ADV_AUX = frozenset(
    """also later further then now again still once even not never had has have was were is are did does do
    would will could may might can should must been being repeatedly reportedly publicly privately recently
    previously earlier first originally separately simply just only already n't cannot quickly immediately
    flatly strongly openly angrily calmly bluntly long""".split()
)
_POSTMOD = re.compile(
    r"^\s+(?:(?:cited|quoted|familiar|close|speaking|briefed|interviewed|contacted|reached|involved|present"
    # "Two men who spoke on condition of anonymity said": a restrictive clause of anonymity
    r"|who\s+(?:spoke|asked|requested|declined|did\s+not\s+want)"
    r"|with\s+(?:direct\s+|detailed\s+|intimate\s+|first-hand\s+)?knowledge)\b"  # "A source with knowledge of the situation said"
    r"[^,;.!?_“”\"]{0,80}?(?=\s*$|\s+\w+$|\s+\w+\s+\w+$|,)"  # (or before an appositive: "A person familiar with
    # the investigation, who spoke on condition of anonymity ..., said")
    r"|(?:in|of|at|from|for|with|on|near|outside|across|along|around|throughout)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*"
    # "Fishers in Central Halmahera regency, North Maluku, say": a place's own noun and its region
    r"(?:\s+(?:regency|province|district|county|region|state|city|town|village|municipality))?(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,)?"
    # "One driver with 22 years' service, who asked not to be named, said"; "A lobbyist for one of the large
    # water marketing companies, who …, said"
    r"|with\s+\d+\s+years?[’']?\s+(?:service|experience)(?=,)"
    # "A driver on the line between Recife and Olinda, who asked not to be identified, said": his route
    r"|(?:on|along)\s+the\s+(?:[a-z]+\s+){0,2}(?:line|route|road|highway|street)\s+(?:between|from|to)\s+"
    r"[A-Z][\w’'-]+(?:\s+(?:and|to)\s+[A-Z][\w’'-]+)?(?=,)"
    # "A resident in her seventies, who asked not to be named, told": an age
    r"|in\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?(?:teens|twenties|thirties|forties|fifties|sixties|"
    r"seventies|eighties|nineties|\d0s)(?=,|\s*$)"
    r"|(?:for|at|with|from)\s+one\s+of\s+the\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w’'-]*(?=,)"
    # "A source at one of the agencies that funds cost-rental schemes said": a relative clause of a few
    # lower-case words right before the verb
    r"|(?:for|at|with|from)\s+one\s+of\s+the\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*\s+(?:that|which|who)\s+"
    r"[a-z][\w’'-]*s(?:\s+[a-z][\w’'-]*){1,3}(?=\s*$)"
    # "One rider from a French team, who asked not to be named, said", "One executive at a competing yard,
    # speaking on condition of anonymity, said": a common noun's phrase before a comma
    r"|(?:in|of|at|from|for|with|on|near)\s+(?:a|an|the)\s+(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*(?=,)"
    # "But doctors at the facility said": a common noun's phrase right before the verb (adverbs aside)
    r"|(?:in|at|from|for|with|on|near)\s+(?:the|its|their)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*"
    r"(?=\s*$|\s+[a-z]+ly$|\s+(?:also|had|have|has)$)"
    # "The Organisation Undoing Tax Abuse (Outa) said": its short name in brackets
    r"|\([^()_“”\"]{1,30}\)(?=[\s,])"
    # "Rachel Osei KC said": letters after a name
    r"|(?:KC|QC|SC|MP|MSP|MLA|TD|OBE|MBE|CBE|KBE|DBE|Jr\.?|Sr\.?)(?=[\s,])"
    r")"
)
_BE = frozenset("is are was were be been being am".split())
_DETS = frozenset("a an the its his her their our my your this that these those no any every each".split())
SAY_LIKE = frozenset(
    """say tell add explain note warn argue insist write state declare announce claim assert maintain stress
    emphasize emphasise acknowledge admit concede reply respond suggest caution predict speculate confirm
    report contend reiterate allege promise testify clarify observe remark recall conclude elaborate
    postulate estimate agree complain deny reject dismiss submit""".split()
)  # "report" needs a that-clause ("Nvidia reported record revenue" is not speech)
SAY_LIKE = SAY_LIKE - frozenset({"report", "estimate"}
)


def gap_ok(gap: str) -> bool:
    """The words between a subject and its verb are only an appositive (between commas), a short
    participle post-modifier ("cited in the article") and adverbs / auxiliaries."""
    g = gap
    m = _POSTMOD.match(g)
    if m:
        g = g[m.end():]
    s = g.strip()
    if s.startswith(","):
        # an appositive (it may hold a place "Girton College, Cambridge," or a quoted title)
        titled = _QUOTED_TITLE.sub("T,", s)
        j = titled.find(",", 1)
        for _ in range(3):
            if j < 0:
                return False
            app = titled[1:j]
            if len(app.split()) > 45 or _SENTENCE_BREAK.search(app) or _NOT_APPOSITIVE.search(app):
                return False
            if _adverbs_only(titled[j + 1:].strip()):
                return True
            j = titled.find(",", j + 1)
        return False
    return _adverbs_only(s)


_QUOTED_TITLE = re.compile(r"[“\"][_\s]*[,.]?[”\"]\s*,?")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_NOT_APPOSITIVE = re.compile("[_“”\";]")
_NOT_ADVERBS = re.compile("[_“”\";,]")


def _adverbs_only(s: str) -> bool:
    if _NOT_ADVERBS.search(s):
        return False  # a quote, a semicolon or a comma
    words = s.split()
    if len(words) > 4:
        return False
    for w in words:
        lw = w.lower()
        if not (lw in ADV_AUX or (lw.endswith("ly") and len(w) > 3)):
            return False
    return True


def find_verbs(masked: str, a: int, b: int):
    """Speech-verb tokens in ``masked[a:b]``: list of (start, end, Verb)."""
    index = _verb_index(masked)
    n = len(masked)
    # (:func:`_clean_cut` of ``a`` and of ``b``, written out: this runs for every sentence and frame)
    if index is None or 0 < a < n and masked[a - 1] in _TOKEN_CHARS and masked[a] in _TOKEN_CHARS \
            or 0 < b < n and masked[b - 1] in _TOKEN_CHARS and masked[b] in _TOKEN_CHARS:
        return _find_verbs_scan(masked, a, b)
    starts, tokens = index
    out = []
    for i in range(bisect.bisect_left(starts, a), len(starts)):
        s, e, v, pw = tokens[i]
        if e > b:
            break
        if a > s - 20:  # (the index has the word before it in the 20 characters before it)
            prev = _WORD.findall(masked[max(a, s - 20):s])
            pw = prev[-1].lower() if prev else ""
        if _no_speech(masked, s, e, pw):
            continue
        out.append((s, e, v))
    return out


def _find_verbs_scan(masked: str, a: int, b: int):
    """:func:`find_verbs` by scanning every word of ``masked[a:b]`` (the reference)."""
    verbs = speech_verbs()
    out = []
    for m in _WORD.finditer(masked, a, b):
        w = m.group().lower()
        v = verbs.get(w)
        if v is None:
            continue
        prev = _WORD.findall(masked[max(a, m.start() - 20):m.start()])
        pw = prev[-1].lower() if prev else ""
        if _no_speech(masked, m.start(), m.end(), pw):
            continue
        out.append((m.start(), m.end(), v))
    return out


def _no_speech(masked: str, s: int, e: int, pw: str) -> bool:
    """Is the speech-verb form ``masked[s:e]``, after the word ``pw`` (lower-case), no speech verb here: a
    noun after a determiner ("the report"), a passive ("was told", "is said to") or a name's part after a
    capitalised word ("the Lagos State Commissioner", "Edward Said")?  (Both verb finders ask it.)"""
    if pw in _DETS and masked[max(0, s - 3):s].rstrip()[-1:].isalpha():
        return True  # (not "… who voted no, warned that": a comma between them)
    if pw in _BE and masked[s:e].lower().endswith(("ed", "en", "told", "said", "written")):
        return True
    return masked[s].isupper() and _NAME_BEFORE.search(masked, max(0, s - 40), s) is not None


# a capitalised word right before (same clause): a capitalised verb form after it is part of a name
_NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]*[ \t]+$")


_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz’'-")


def _clean_cut(text: str, i: int) -> bool:
    """Offset ``i`` does not cut a ``_WORD`` token of ``text`` in two (a cut needs token characters on
    both sides), so a scan from or to ``i`` sees the same tokens as a scan of the whole text."""
    return not (0 < i < len(text) and text[i - 1] in _TOKEN_CHARS and text[i] in _TOKEN_CHARS)


_VERBS_OF: list = [None, None]  # [the masked text last indexed, its index]


def _verb_index(masked: str):
    """(starts, [(start, end, Verb, word before)]) of the ``_WORD`` tokens of ``masked`` that are
    speech-verb forms, or None for a text that lower-casing would re-shape.

    Each verb form present in the text (a whole ``_WORD`` token of letters is one of the text's runs of
    letters, :func:`~helpers.quotes.names._lower_words`) is found with ``str.find`` and
    kept where a scan of the whole text would see it as a whole token.  The index of the last text is
    kept together with the text itself (an identity check, not a text-keyed cache)."""
    if _VERBS_OF[0] is masked:
        return _VERBS_OF[1]
    index = None
    if not has_fold_special(masked):
        verbs = speech_verbs()
        low, present = _lower_words(masked)
        n = len(low)
        tokens = []
        for form in present.intersection(_verb_forms(verbs)):  # (a set with a set: the smaller one walked)
            v = verbs[form]
            i = low.find(form)
            while i >= 0:
                j = i + len(form)
                if (j == n or low[j] not in _TOKEN_CHARS) and _token_start(low, i):
                    tokens.append((i, j, v))
                i = low.find(form, i + 1)
        tokens.sort(key=lambda t: t[0])
        # each with the word before it (lower-case) in the 20 characters before it, as find_verbs reads it
        for k, (i, j, v) in enumerate(tokens):
            prev = _WORD.findall(masked[max(0, i - 20):i])
            tokens[k] = (i, j, v, prev[-1].lower() if prev else "")
        index = ([t[0] for t in tokens], tokens)
    _VERBS_OF[0], _VERBS_OF[1] = masked, index
    return index


def _verb_forms(verbs: dict) -> frozenset:
    """The keys of ``verbs`` as a frozenset, kept with the dict itself (``speech_verbs()`` is one dict
    for the process's life; an identity and size check, not a cache by content)."""
    cached = _VERB_FORMS
    if cached[0] is not verbs or len(cached[1]) != len(verbs):
        cached[:] = [verbs, frozenset(verbs)]
    return cached[1]


_VERB_FORMS: list = [None, None]


def _token_start(text: str, i: int) -> bool:
    """A scan of the whole text starts a ``_WORD`` token at ``i`` (a letter): the token characters
    right before it, if any, hold no letter (so they belong to no token)."""
    k = i
    while k and text[k - 1] in _TOKEN_CHARS:
        k -= 1
        if text[k].isalpha():
            return False
    return True


_STARTS: list = [None, None]  # [the nominals list last seen, its start offsets]


def window(nominals, a: int, b: int):
    """Nominals starting in ``[a, b)`` (``nominals`` sorted by start; bisect, not a scan).

    The start offsets of the last list are kept together with the list itself: caching by ``id()``
    alone returned stale offsets once a list was freed and a new one reused its id.
    """
    seen, starts = _STARTS
    if seen is not nominals or starts is None or len(starts) != len(nominals):
        starts = [n.start for n in nominals]
        _STARTS[0], _STARTS[1] = nominals, starts
    return nominals[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]


_COMMA_TITLES = re.compile(r",\s*(?:[A-Z][\w.’'-]*\s+){0,2}$")


_SUBJECTS: list = [None, None, None, 0]  # [the masked text last seen, its nominals, {(v_start, lo): subject}, their number]


def left_subject(masked: str, v_start: int, lo: int, nominals):
    """The nominal that is the subject of the verb at ``v_start`` (searching back to ``lo``).

    Direct speech (the frames around a quote) and reported speech (each sentence) ask for the same
    verbs' subjects from the same sentence openings: each (verb, bound) pair is worked out once per
    masked body and nominals list.  The answers are kept together with that text and list (identity
    checks, as :func:`window` keeps its offsets; not a cache by content): a new article's text is a
    new object."""
    memo = _SUBJECTS
    if memo[0] is not masked or memo[1] is not nominals or memo[3] != len(nominals):
        memo[:] = [masked, nominals, {}, len(nominals)]
    key = (v_start, lo)
    found = memo[2]
    if key not in found:
        found[key] = _left_subject(masked, v_start, lo, nominals)
    return found[key]


def _left_subject(masked: str, v_start: int, lo: int, nominals):
    """:func:`left_subject`, worked out.

    The subject is the nominal nearest the verb (latest end, then earliest start) whose gap to the verb
    is a valid one, so the gaps are tested nearest first and only until one passes."""
    near = window(nominals, max(lo, v_start - 600), v_start)
    cands = [n for n in near if n.end <= v_start and n.start >= lo and v_start - n.end <= 300]

    def valid(n) -> bool:
        gap = masked[n.end:v_start]
        # "Venezuela's opposition leader, María Machado, said": the name is itself the appositive
        # (titles may precede the name: "The board's lone dissenting member, Democrat Harold Benson, said")
        if gap_ok(gap):
            return True
        if gap[:2] in ("’s", "'s") and n.kind == "org" and _ORG_UNIT.fullmatch(gap):
            # "The IMD's Thiruvananthapuram centre said": an organisation's office speaks as it
            return True
        if gap.strip() != ",":
            return False
        if n.kind == "person":
            return _COMMA_TITLES.search(masked, max(lo, n.start - 40), n.start) is not None
        # "The terminal operators’ association, VRHO, said": an organisation in commas after the
        # descriptive noun phrase opening the clause
        return n.kind == "org" and _DESCRIPTOR_LEAD.fullmatch(masked, lo, n.start) is not None

    best = next((n for n in sorted(cands, key=_NEAREST_FIRST) if valid(n)), None)
    if best is not None and best.kind in ("org", "gpe", "role"):
        # "Saab's lawyers in Miami said": a person / group / role whose post-modifier holds the place;
        # "Elisabeth Kendall, a Yemen expert at …, said": the person, not the appositive
        kinds = ("person",) if best.kind == "role" else ("person", "group", "role")
        # ("The terminal operators’ association, VRHO, said": an institution's noun before its name is
        # no other speaker)
        people = [n for n in cands if n.kind in kinds and n.end <= best.start and valid(n)
                  and not (best.kind == "org" and n.kind == "role" and (n.role_noun or "").lower() in INSTITUTION_NOUNS)]
        if people:
            rank = {"person": 2, "group": 1, "role": 0}
            return max(people, key=lambda n: (rank[n.kind], n.end))
    if best is not None:
        # "Dr. Lena Marsh of the University of Leeds said": the person, not the institution
        for n in near:
            if n.kind in ("person", "group", "role") and n.end < best.start and n is not best and n.start >= lo \
                    and _OF_INSTITUTION.fullmatch(masked, n.end, best.start):
                return n
    return best


_ORG_UNIT = re.compile(r"(?:’s|'s)\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:regional\s+|local\s+|state\s+|press\s+)?"
                       r"(?:centre|center|office|unit|division|branch|bureau|wing)\s+(?:[a-z]+ly\s+|also\s+)?")
_DESCRIPTOR_LEAD = re.compile(r"\s*(?:The|A|An|Its|Their|the|a|an|its|their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4},\s*")


def _NEAREST_FIRST(n):
    """Sort key of subject candidates: latest end first, then earliest start."""
    return -n.end, n.start


# (also "A source close to the transport secretary said": the source, not the secretary)
_OF_INSTITUTION = re.compile(r"\s*,?\s*(?:of|at|from|with|for|close\s+to|familiar\s+with|loyal\s+to|allied\s+(?:to|with))"
                             r"\s+(?:the\s+)?")


_PRE_NAME = frozenset(
    """the chief senior former deputy executive vice top lead assistant acting interim head fire police army
    party union state national foreign finance defence defense health prime general""".split()
)


def _between_ok(between: str) -> bool:
    """Words between a verb and the name after it: titles (capitalised) or role words ("fire chief")."""
    words = between.split()
    if len(words) > 5 or any(c in between for c in ";:!?"):
        return False
    for w in words:
        if w.endswith(".") and not w.endswith(".)"):
            core = w.rstrip(".").lstrip("(").lower()
            if not (core in TITLES or core in ABBREVIATIONS or len(core) <= 1 or "." in core):
                return False  # a sentence boundary ("office. US Ambassador"), not a title
    roles = role_nouns()
    lower = 0
    for w in words:
        if w[:1].isupper() or w.startswith("("):
            continue
        lw = w.lower()
        if lw in _PRE_NAME or lw in roles or lw.rstrip("s") in roles:
            continue
        if lw in STOPWORDS or lw.endswith(("ed", "ing", "ly")) or not lw.replace("-", "").isalpha():
            return False
        lower += 1  # an occupation noun: "said engineer Mia Laska"
    return lower <= 2


_UNIT_OF = re.compile(r"\s+(?:branch|chapter|office|wing|unit|division|section|bureau)\s+of\s+(?:the\s+)?")
_OWNER_ROLE = re.compile(r"(?:’s|'s)?\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*,?\s+(?:[A-Z][\w.()’'-]*\s+)*")


# one capitalised name of up to three words (one of them may hold digits: "On3", "247Sports") and a comma
_NAME_THEN_COMMA = re.compile(r"\s*([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,2}),\s*")


def inverted_subject(masked: str, v_end: int, hi: int, nominals):
    """``said Kemp`` / ``said Col. Kemp``: the nominal right after the verb (a title, or a country
    adjective as in "US Brigadier General X", may precede it; a person wins over a place)."""
    rest = masked[v_end:hi]
    lead = len(rest) - len(rest.lstrip())
    cands = []
    for n in window(nominals, v_end + lead, v_end + lead + 61):
        if n.start < v_end + lead or n.start > v_end + lead + 60 or n.end > hi:
            continue
        between = masked[v_end + lead:n.start]
        if between and not _between_ok(between):
            continue
        if between and _NAME_THEN_COMMA.fullmatch(between):
            break  # "according to On3, Brooks-Harmon is …": a name no stage knows, then the statement
        if n.kind in ("person", "org", "gpe", "group", "role"):
            cands.append(n)
    if cands and cands[0].kind in ("org", "gpe"):
        # "according to the Kisumu branch of the Kenya National Union of Nurses": a branch speaks as its
        # organisation, not as the place that names it
        unit = _UNIT_OF.match(masked, cands[0].end, hi)
        if unit is not None:
            org = next((n for n in window(nominals, unit.end(), unit.end() + 1) if n.kind == "org"), None)
            if org is not None and org.end <= hi:
                return org
        # "said Acme's chief executive, Paul Grant": the person after the organisation's role noun
        for n in window(nominals, cands[0].end, cands[0].end + 70):
            if n.kind == "person" and n.end <= hi and _OWNER_ROLE.fullmatch(masked[cands[0].end:n.start]):
                return n
    if not cands:
        return None
    if cands[0].kind == "role":
        # "according to the ship-tracking firm MarineScope": the name right after a descriptor noun
        # phrase is the speaker the descriptor describes; "according to the state Department of
        # Health": the organisation whose name holds the role noun
        r = cands[0]
        for n in window(nominals, r.start, r.end + 3):
            if n.kind in ("person", "org") and n.end <= hi and (
                    n.start >= r.end and not masked[r.end:n.start].strip()
                    or n.end == r.end and n.start > r.start and (r.role_noun or "") in n.name.lower().split()):
                return n
    people = [n for n in cands if n.kind == "person"]
    return people[0] if people else cands[0]


_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
# (a comma in "100,000" stays; "According to X, the timber trade employs 150,000 people, many of them ...": what
# follows the second comma only qualifies what was said, so that was no appositive)
_APPOSITIVE_CLOSED = re.compile(r",\s+(?:a|an|the)\s(?:[^,;_“”\"]|,(?=\d))*(?=,(?!\d))(?!,\s+(?:(?:many|most|some|all|half|none|"
                                r"several|few|two|three)\s+of\s+(?:them|whom|which)|including|compared|up\s+from|down\s+from|"
                                r"mostly|mainly)\b)")
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had)\b")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|whom)\b")
_DATA_NOUNS = frozenset("figures data estimates statistics study survey research analysis poll".split())
_SOURCE_BY = re.compile(r"(?:(?:the|a|an|new|latest|official)\s+)*([\w-]+)(?:\s+[\w-]+){0,5}?\s+(?:by|from)\s+")
# (also with a relative clause after it: "according to Gartner, the research firm, which expects …")
# (or a relative clause alone: "…, says Dolores Etcheverry, who has run the service for 11 years.")
_APPOSITIVE_TO_END = re.compile(r",\s+(?:(?:a|an|the)\s[^,;_“”\"]*?(?:,\s+(?:which|who)\s[^;_“”\"]*?)?"
                                r"|who\s[^;_“”\"]*?)(?=[.!?]?\s*$)")


_POST_MODIFIER = re.compile(r"\s+(?:of|at|from|with|in|for)\s+[^,.;_“”\"]{1,80}(?=,)")


def according_to(masked: str, a: int, b: int, nominals):
    """``according to X``: (nominal, phrase_start, phrase_end) or None."""
    if masked.find("ccording", a, b) < 0:
        return None  # (a plain search rules out most sentences before the regular expression)
    for m in _ACCORDING.finditer(masked, a, b):
        n = inverted_subject(masked, m.end(), b, nominals)
        if n is None and masked.startswith(("him", "her", "them"), m.end()):
            # "According to him, …": the pronoun, resolved later
            n = next((p for p in window(nominals, m.end(), m.end() + 1) if p.kind == "pronoun"), None)
        if n is None:
            # "according to figures published on Tuesday by Kantar": the source the data are by
            src = _SOURCE_BY.match(masked, m.end(), b)
            if src is not None and any(w in _DATA_NOUNS or w in doc_nouns()  # ("a satellite analysis by")
                                       for w in src.group().lower().split()[-2:-1] + [src.group(1).lower()]):
                n = inverted_subject(masked, src.end(), b, nominals)
            if n is None:
                n = _own_figures(masked, m.end(), b, nominals)
        if n is None:
            # "According to On3, …": a name no stage knows (letters and digits), then a comma
            unk = _NAME_THEN_COMMA.match(masked, m.end(), b)
            if unk is not None:
                n = Nominal(unk.start(1), unk.end(1), unk.group(1), "org", unk.group(1))
        if n is not None:
            # the phrase runs over a post-modifier: "according to Prof. X of the University of Y,"
            post = _POST_MODIFIER.match(masked[n.end:b])
            end = n.end + (post.end() if post else 0)
            # "… , according to Dr. X, a cardiologist at Y who has studied Z for 20 years.": an
            # appositive running to the sentence end is part of the phrase, not what was said (the
            # statement is before it: "According to X, the …" opens with the phrase)
            if masked[a:m.start()].strip():
                app = _APPOSITIVE_TO_END.match(masked, end, b)
            else:  # "According to X, the firm that tracks Y, the share rose": the appositive too
                app = _APPOSITIVE_CLOSED.match(masked, end, b)
                if app is not None and _FINITE.search(app.group()) and not _RELATIVE.search(app.group()):
                    app = None  # "According to X, the state’s population is expected to reach …, while": the statement
            return n, m.start(), app.end() if app else end
    return None


_DOC_TOKEN = re.compile(r"[\w’'-]+")
_DOC_WRITER_BY = re.compile(r"[^_.;]{0,40}?\b(?:by|from)\s+")


_OWN_FIGURES = re.compile(r"(?:the\s+)?([a-z]+)\s+(?:figures|data|estimates|statistics|records)\b")


def _own_figures(masked: str, at: int, b: int, nominals):
    """``according to district figures``: the organisation named before whose name holds the noun
    ("Kittredge Unified School District"), the latest one."""
    m = _OWN_FIGURES.match(masked, at, b)
    if m is None:
        return None
    noun = m.group(1)
    orgs = [n for n in window(nominals, 0, at) if n.kind == "org" and noun in n.name.lower().split()]
    return orgs[-1] if orgs else None


def doc_writer(masked: str, v_end: int, hi: int, nominals):
    """``read the authenticated missive by Gen. X`` / ``the letter, signed by X``: the writer."""
    window = masked[v_end:min(hi, v_end + 160)]
    nouns = doc_nouns()
    low = window.lower()
    if not any(noun in low for noun in nouns):
        return None  # (a token that is a document noun is one in the lower-cased window)
    for m in _DOC_TOKEN.finditer(window):
        if m.group().lower() not in nouns:
            continue
        by = _DOC_WRITER_BY.match(window, m.end())
        if not by:
            continue
        n = inverted_subject(masked, v_end + by.end(), hi, nominals)
        if n is not None:
            return n
    return None
