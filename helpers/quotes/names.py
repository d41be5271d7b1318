"""Who can be a speaker: the noun phrases an attribution may point at.

A :class:`Nominal` is a span of the body that can stand as the subject of a speech verb:

* ``person`` / ``org`` / ``gpe`` — named entities, taken from stage 3 (:mod:`helpers.entities`) with
  their canonical name (so "Col. Kemp" is "Richard Kemp");
* ``group`` — an unnamed set of people headed by a noun in ``lexicons/groups.txt`` ("analysts",
  "US officials", "sources");
* ``role`` — a person named by office ("the chairman of the Joint Chiefs of Staff", "a spokesman for
  the ministry"), head noun from ``lexicons/role_nouns.tsv``;
* ``pronoun`` — he / she / they, and ``the latter`` / ``the former``.

When stage 3 has no names at all (its placeholder, or a text it finds none in) a small FALLBACK finder is
used: a title followed by capitalised words, or two or more capitalised words; a lone surname joins the
last full name ending with it.  It is marked FALLBACK and only serves until entities are available.  With
stage 3's names (organisations and places too: "The Bangladesh Garment Manufacturers and Exporters Association
said" is one name, not the finder's "Exporters Association"), it only adds people stage 3 missed.

    >>> from helpers.article import Article
    >>> art = Article.from_text("Headline\\n\\nDr. Jane Roe, an economist, said so. Analysts agree.")
    >>> [(n.kind, n.name) for n in find_nominals(art)]
    [('person', 'Jane Roe'), ('role', 'economist'), ('group', 'analysts')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from ..frames import column_lists, str_dtype
from ..text import _parser, has_fold_special
from .lexicon import group_nouns, org_heads, role_nouns


@dataclass(slots=True)
class Nominal:
    start: int
    end: int
    text: str
    kind: str  # person, org, gpe, group, role, pronoun
    name: str | None = None  # canonical name (person/org/gpe), group label, role text
    titles: list[str] = field(default_factory=list)
    role_noun: str | None = None
    first: bool = False  # first mention of this person in the body
    fallback: bool = False  # found by the fallback name finder, not by stage 3


# Titles and ranks that precede a name (also used by the FALLBACK finder).
TITLE_WORDS = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Col|Lt|Gen|Brig|Maj|Capt|Sgt|Adm|Cmdr|Sen|Rep|Gov|Rev|Amb|Sec)\.?"
    r"|President|Vice\s+President|Secretary|Minister|General|Colonel|Major|Captain|Admiral|Professor"
    r"|Senator|Governor|Mayor|Ambassador|Chancellor|Judge|Justice|Sheikh|King|Queen|Prince|Pope"
    r"|Supreme\s+Leader|Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Secretary|Secretary\s+of\s+State"
    r"|Brigadier\s+General|Lieutenant\s+General|Major\s+General|Chief|Commander|Director|Spokesman|Spokeswoman"
    r"|Councilmembers|Councilmember|Councilwoman|Councilman|Councillor|Assemblymember|Assemblywoman|Assemblyman"
)
# (a title starts with a capital: the lookaheads on it below are for speed only)
_TITLE_SEQ = re.compile(rf"(?=[A-Z])(?:(?:US|U\.S\.|UK|[A-Z][a-z]+)\s+)?(?:(?:{TITLE_WORDS})\s+(?:\(ret\.?\)\s+)?)+")
_CAP_TAIL = r"[a-zA-Z’'\-]*[a-z][a-zA-Z’'\-]*"  # a capitalised word after its capital
_CAP = rf"[A-Z]{_CAP_TAIL}"
_PARTICLE = r"(?:de|da|di|du|del|della|der|den|van|von|la|le|al|el|bin|ibn|dos|das|ter|ten)"
# (``[A-Z](?<!\w.)`` is ``\b[A-Z]``, the first letter of ``_CAP``, written so that the regex engine scans
# for the capital at C speed before it tries the rest; the same for the pronouns below)
_NAME_SEQ_NEXT = rf"\s+(?:[A-Z]\.\s+)?(?:{_PARTICLE}\s+){{0,2}}{_CAP}"  # each word after the first
_NAME_SEQ = re.compile(rf"[A-Z](?<!\w.){_CAP_TAIL}(?:{_NAME_SEQ_NEXT})*")
# two words or more; the first word atomic: where its longest run of letters is followed by no second
# word, a shorter run (followed by a letter, not whitespace) is not either, and trying every one of them
# cost three times the whole search
_NAME_SEQ_LONGER = re.compile(rf"[A-Z](?<!\w.)(?>{_CAP_TAIL})(?:{_NAME_SEQ_NEXT})+")
_ORG_HEADS = frozenset(
    """times post line journal news press reuters agency herald tribune gazette television radio network
    institute university college school ministry department pentagon staff council force forces corps
    agency administration party army navy committee commission organization organisation group bank
    company corporation court parliament congress senate house office bureau service foundation centre
    center union league association coalition government guard cabinet""".split()
)
_STOP_CAPS = frozenset(
    """the a an in on at of for and but or so as with by from to this that these those it its he she they we
    i you his her their our my your there here when while if after before since then now however
    nevertheless thereafter meanwhile indeed regarding ultimately beforehand moving even still also yet
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)
_TRAIL = re.compile(r"(?:\s+(?:and|of|for|the|at|or))+\s*$|\s+$|(?<=[a-z]{2})\.$")  # (a sentence's full stop)
# how a text that _TRAIL matches ends, but for whitespace (its ``$`` also matches before a final newline)
_TRAIL_ENDS = (".", "and", "of", "for", "the", "at", "or")
# (the patterns below open with their first letter and test what is before it in a lookbehind, for
# speed only: ``[HhSsTt](?<!\w.)(?<=[Hh])e`` is ``\b[Hh]e``, and the engine scans for the letter in C)
_PRONOUN_TAILS = r"(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey|(?<=t)he latter|(?<=t)he former"
_PRONOUN = re.compile(rf"[HhSsTt](?<!\w.)(?:{_PRONOUN_TAILS})\b")
# "It said …": an institution's pronoun, only right before a speech verb (most "it" are no speaker)
_IT_SPEECH = (r"(?=\s+(?:also\s+|later\s+|further\s+)?(?:said|says|added|told|warned|noted|stated|announced"
              r"|confirmed|denied|insisted|argued|acknowledged)\b)")
_IT_SAID = re.compile(rf"[Ii](?<!\w.)t{_IT_SPEECH}")
# both in one scan (a match of either)
_PRONOUN_OR_IT = re.compile(rf"[HhSsTtIi](?<!\w.)(?:(?:{_PRONOUN_TAILS})\b|(?<=[Ii])t{_IT_SPEECH})")
# the same matches, one pattern per spelling: each opens with its literal word (the start of word is
# checked by a lookbehind after it), which the regex engine finds with a plain substring search, instead
# of trying the pattern at every h, s, t and i of the text (see _pronoun_matches)
_PRONOUN_PASSES = tuple(re.compile(p) for p in (
    r"he(?<!\whe)\b", r"He(?<!\wHe)\b", r"she(?<!\wshe)\b", r"She(?<!\wShe)\b",
    r"the(?<!\wthe)(?:y|\ latter|\ former)\b", r"They(?<!\wThey)\b",
    rf"it(?<!\wit){_IT_SPEECH}", rf"It(?<!\wIt){_IT_SPEECH}",
))
# the lower-case words of each pass's matches, one of which the text must hold for a match
_PRONOUN_PASS_WORDS = tuple(frozenset(w.split()) for w in (
    "he", "he", "she", "she", "they latter former", "they", "it", "it"))
_ACCORDING_PRONOUN = re.compile(r"ccording to (him|her|them)\b")


def _pronoun_matches(text: str) -> list:
    """``list(_PRONOUN_OR_IT.finditer(text))``'s spans and words, as matches of :data:`_PRONOUN_PASSES`
    in text order.  Each match of ``_PRONOUN_OR_IT`` is a whole word (or "the latter" / "the former")
    spelt as one of the passes' literals, so it is a match of exactly one pass and no two matches
    overlap: the passes together find the same matches."""
    present = None if has_fold_special(text) else _lower_words(text)[1]
    out = []
    for rx, words in zip(_PRONOUN_PASSES, _PRONOUN_PASS_WORDS):
        # (a match's words are whole runs of letters, so runs of the lower-cased text: a pass none of
        # whose words is one of the text's finds nothing, and is not run)
        if present is None or not present.isdisjoint(words):
            out += rx.finditer(text)
    out.sort(key=_match_start)
    return out


def _match_start(m) -> int:
    return m.start()
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_DET = r"(?:the|a|an|its|his|her|their|our|one|another)"


# plural nouns of people: "scientists", "Egyptians", "protesters", "investors", "migrants", "students"
_GROUP_SUFFIXES = ("ists", "ians", "ers", "ors", "ants", "ents")
_NOT_GROUP_HEADS = ("numbers", "orders", "matters", "papers", "letters", "others", "members", "centers", "centres",
                    "powers", "borders", "headquarters", "waters", "affairs", "barriers", "quarters")


def _trie_alternation(words) -> str:
    """A regular expression for the alternation of ``words`` longest first (``"|".join(sorted(words,
    key=len, reverse=True))``, escaped) that matches the same strings and tries them in the same order,
    written as a trie: ``(?:a(?:dviser|gency)|b…)``.  The words that can match at one position are
    prefixes of each other, so longest first is deepest first: each node tries its children before it
    ends a word.  The engine then tries one branch per letter instead of every word in turn (under
    IGNORECASE it cannot skip a word on its first letter)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            alts.append("")  # the word ending here, after every longer one
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


def _regexes():
    groups = sorted(group_nouns(), key=len, reverse=True)
    g = "|".join(re.escape(w) for w in groups)
    r = _trie_alternation(role_nouns())
    from .lexicon import INSTITUTION_NOUNS

    inst = _trie_alternation(INSTITUTION_NOUNS)
    det = "(?:(?i:the|a|an|its|his|her|their|our|one|another)|[A-Z][\\w-]+(?:’s|'s))"
    # find the head noun first (cheap), then extend left over determiners and modifiers
    group_re = re.compile(
        rf"\b(?:{g}|(?!(?:{'|'.join(_NOT_GROUP_HEADS)})\b)[a-z]{{3,}}(?:{'|'.join(_GROUP_SUFFIXES)}))\b",
        re.IGNORECASE,
    )
    role_re = re.compile(
        rf"(?=[A-Zahiot\u0130\u0131])\b{det}\s+(?:(?!(?i:the|a|an|of|and|or|in|at)\s)(?:[\w’'-]+)\s+){{0,3}}?(?P<noun>(?i:{r}))\b(?![’']s\b)"
        rf"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*(?:\s+(?:of|for|and)\s+(?:the\s+)?|(?<![a-z]{{2}}\.)\s+(?=[A-Z]))?)+"
        # "a spokeswoman for the German space agency": a nationality or field before an institution noun
        rf"(?:(?<=\w)(?:\s+[a-z][\w-]*)?\s+(?:{inst})\b)?)?"
    )
    # (a capitalised word ending in a full stop after two small letters ends a sentence:
    # "the state Department of Health. The department said"; "U.S. Army", "St. Luke's" go on)
    return group_re, role_re


_GROUP_RE, _ROLE_RE = _regexes()
# the modifiers before a group head; only a non-empty match counts, and one starts a word
_GROUP_PRE_QUANTIFIERS = r"the|some|many|several|other|most|top|senior|two|three|four|five|six|a few|few|dozens of|\d+"
_GROUP_PRE_MODIFIERS = (r"US|U\.S\.|UK|EU|UN|[A-Z][a-z]+(?:an|ian|ish|ese|i)|[a-z]+-[a-z]+|senior|top|local|western|military|"
                        r"government|intelligence|security|defen[cs]e|foreign|political|independent|"
                        # "according to local hospital officials": the institution they work for
                        r"health|hospital|school|prison|airport|border|customs|election|"
                        # "the cantonal authorities announced": the level of government they serve
                        r"cantonal|provincial|regional|municipal|federal|national|state")
_GROUP_PRE = re.compile(
    rf"(?<!\w)(?=\w)(?:\b(?:{_GROUP_PRE_QUANTIFIERS})\s+)?(?:\b(?:{_GROUP_PRE_MODIFIERS})\s+)*$",
    re.IGNORECASE,
)
# a whitespace-free piece of a _GROUP_PRE match: a quantifier, a modifier, or a word of "a few" / "dozens of"
_GROUP_PRE_PIECE = re.compile(rf"(?:{_GROUP_PRE_QUANTIFIERS}|{_GROUP_PRE_MODIFIERS}|a|dozens|of)", re.IGNORECASE)


_LETTER_RUN = re.compile(r"[a-z]+")
_WORDS_OF: list = [None, None, None]  # [the text last split, its lower-case form, its letter runs]
# bytes: a-z stay, every other byte becomes a space (a non-ASCII character is "?" once encoded)
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _lower_words(text: str) -> tuple[str, set]:
    """``text.lower()`` and the set of its maximal runs of ASCII letters, for the plain-search fast
    paths: a lexicon word (ASCII letters) occurring as a whole word is one of these runs, so a word
    not in the set need not be searched for.  Kept for the last text only, with the text itself (an
    identity check, not a text-keyed cache): the masked body serves several searches."""
    if _WORDS_OF[0] is not text:
        low = text.lower()
        # the runs of ``[a-z]+`` in ``low``: its words once every other character is a space (done on
        # bytes, where a non-ASCII character becomes one "?")
        runs = low.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii").split()
        _WORDS_OF[:] = [text, low, set(runs)]
    return _WORDS_OF[1], _WORDS_OF[2]


@lru_cache(maxsize=4)
def _plain_words(words: frozenset) -> bool:
    return all(w.isascii() and w.isalpha() for w in words)


@lru_cache(maxsize=4)
def _split_nouns(nouns: frozenset) -> tuple[frozenset, tuple]:
    """The group nouns made of one run of letters, and those joined by a hyphen ("co-operatives")."""
    hyphenated = tuple(sorted(w for w in nouns if "-" in w and w.replace("-", "").isascii()
                              and w.replace("-", "").isalpha()))
    return frozenset(nouns) - frozenset(hyphenated), hyphenated


def _is_word_char(ch: str) -> bool:
    """``\\w`` of the regex engine (str patterns)."""
    return ch.isalnum() or ch == "_"


def _group_heads(text: str) -> list[tuple[int, int]]:
    """The spans ``_GROUP_RE.finditer(text)`` finds, by plain search of the lower-cased text.

    ``_GROUP_RE`` is ``\\b(?:NOUN|…|[a-z]{3,}SUFFIX)\\b`` without case: each match is a whole word
    (a maximal run of ``\\w``) that is a group noun, or is ASCII letters only, ends in a suffix after
    three letters or more and is not an excluded noun.  Such a word is ASCII letters only (the group
    nouns are), so it is one of the text's maximal runs of letters (:func:`_lower_words`): the words
    to look for are those runs that qualify (memoised by word in :data:`_GROUP_WORDS`), each found by
    plain search as a whole word.  A text holding a character that IGNORECASE folds onto an ASCII
    letter (Kelvin sign, long s, dotted / dotless i) is left to the regular expression.
    """
    nouns = group_nouns()
    plain, hyphenated = _split_nouns(nouns)
    if has_fold_special(text) or not _plain_words(plain):
        return [m.span() for m in _GROUP_RE.finditer(text)]
    low, present = _lower_words(text)
    spans = []
    for w in hyphenated:
        # ("co-operatives": a group noun of two runs of letters, found as a whole word by its own plain search)
        _whole_word_spans(text, low, w, spans)
    memo = _GROUP_WORDS.get(nouns)
    if memo is None or len(memo[0]) > 200_000:  # (a bound on the memo of a long-running process)
        memo = _GROUP_WORDS[nouns] = (set(), set())
    seen, heads = memo
    # (two set operations instead of a look-up per word: only the words never seen before are judged
    # here, one by one; the heads are then the text's words among the known heads)
    for w in present.difference(seen):
        seen.add(w)
        if w in nouns or (w not in _NOT_GROUP_HEADS and any(
                w.endswith(y) and len(w) - len(y) >= 3 for y in _GROUP_SUFFIXES)):
            heads.add(w)
    for w in present.intersection(heads):
        _whole_word_spans(text, low, w, spans)
    if hyphenated and spans:
        # (a run inside a hyphenated noun found above is no word of its own: "operatives" in "co-operatives")
        whole = [sp for sp in spans if low[sp[0]:sp[1]] in hyphenated]
        spans = [sp for sp in spans if sp in whole or not any(a <= sp[0] and sp[1] <= b for a, b in whole)]
    spans.sort()
    return spans


def _whole_word_spans(text: str, low: str, w: str, spans: list) -> None:
    """Append to ``spans`` each place ``w`` occurs in ``low`` (``text`` lower-cased) with no word character on
    either side."""
    n = len(low)
    i = low.find(w)
    while i >= 0:
        j = i + len(w)
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == n or not _is_word_char(text[j])):
            spans.append((i, j))
        i = low.find(w, i + 1)


# {group nouns: (the runs of letters judged so far, those of them that are group heads)} for
# :func:`_group_heads` (word-keyed)
_GROUP_WORDS: dict = {}


@lru_cache(maxsize=4)
def _unsuffixed_group_nouns(nouns: frozenset) -> frozenset:
    """The group nouns not ending in one of :data:`_GROUP_SUFFIXES`."""
    return frozenset(w for w in nouns if not w.endswith(_GROUP_SUFFIXES))


# how the last modifier of _GROUP_PRE can end (lower-case): its words, the last words of "a few" and
# "dozens of", and the endings of its demonyms ([A-Z][a-z]+(?:an|ian|ish|ese|i))
_GROUP_PRE_ENDS = tuple(
    """the some many several other most top senior two three four five six few of us u.s. uk eu un local western
    military government intelligence security defence defense foreign political independent an ish ese i
    health hospital school prison airport border customs election cantonal provincial regional municipal federal
    national state""".split()
)


def _group_pre(text: str, s: int, plain: bool):
    """``_GROUP_PRE.search(text, max(0, s - 60), s)``, ruled out at once (``plain``: a text without the
    characters IGNORECASE folds onto ASCII letters) when the words before ``s`` cannot end in a
    modifier: a match ends in whitespace at ``s``, after a modifier that ends the last word before it
    (one of :data:`_GROUP_PRE_ENDS`, a number, or a hyphenated word of ASCII letters)."""
    lo = max(0, s - 60)
    if plain:
        tail = text[lo:s].rstrip()
        if not tail or len(tail) == s - lo:
            return None  # no word, or no whitespace before s
        last = tail[-1]
        if not (tail.lower().endswith(_GROUP_PRE_ENDS) or last.isdecimal()
                or (last.isascii() and last.isalpha() and "-" in tail.split()[-1])):
            return None
    return _GROUP_PRE.search(text, _group_pre_from(text, lo, s), s)


def _group_pre_from(text: str, lo: int, s: int) -> int:
    """Where :func:`_group_pre`'s search can start instead of ``lo`` (the leftmost match is the same):
    the start of the last whitespace-delimited word of ``text[lo:s]`` that is no piece of a match
    (:data:`_GROUP_PRE_PIECE`), or ``lo``.  A match ends at ``s`` and is made of such pieces, each
    followed by whitespace; a word after whitespace that is no piece cannot lie inside it, so the match
    starts at that word at the earliest (it may start inside it: "5,000 US soldiers" → "000 US ").
    Trying the pattern at each of up to 60 positions costs far more than this test of a few words."""
    window = text[lo:s]
    pos = len(window)
    for word in reversed(window.split()):  # (str.split's whitespace is the \s of str patterns)
        at = window.rfind(word, 0, pos)
        if _GROUP_PRE_PIECE.fullmatch(word) is None:
            return lo + at
        pos = at
    return lo


def _group_matches(text: str):
    """(start, end, text) of group noun phrases: head noun plus the modifiers before it."""
    out = []
    plain = not has_fold_special(text)
    for s, e in _group_heads(text):
        pre = _group_pre(text, s, plain)
        if pre and pre.group():
            s = pre.start()
        out.append((s, e, text[s:e]))
    return out


_INNER_TITLE = None


# post-nominal letters of British and Commonwealth usage ("Rosalind Kerr KC", "Jane Smith MP"): a title
_POST_NOMINAL = re.compile(r"\s+(KC|QC|SC|MP|MSP|MEP|OBE|CBE|MBE)$")


def _split_title(name: str) -> tuple[str, str | None]:
    """``Senate Majority Leader Chuck Schumer`` → (``Chuck Schumer``, ``Senate Majority Leader``): a title
    left inside a person's name is moved out (the name keeps at least two words).  A corporate title
    whose first word stage 3 took as a title of its own ("Chief" + ``Financial Officer Brian Tsai``)
    and post-nominal letters (``Rosalind Kerr KC``) are titles too."""
    global _INNER_TITLE
    if len(name.split()) < 3:
        return name, None  # a title and two words of name at least
    m = _POST_NOMINAL.search(name)
    if m:
        return name[:m.start()], m.group(1)
    if _INNER_TITLE is None:
        _INNER_TITLE = re.compile(
            rf"^(?:[A-Z][\w.’'-]*\s+)*?(?:(?:{TITLE_WORDS}|Leader|Speaker|Whip|Executive|Officer)\s+)+(?=[A-Z])"
        )
    m = _INNER_TITLE.match(name)
    if m and len(name[m.end():].split()) >= 2:
        return name[m.end():], m.group().strip()
    return name, None



def _entity_nominals(art) -> tuple[list[Nominal], list[tuple[int, int]]]:
    """Named speakers from stage 3 (people, organisations, places), and the body spans of its other
    mentions (regions, facilities, events, dates …), which are no speakers' names."""
    try:
        ents = art.entities
        ments = art.mentions
    except Exception:
        return [], []
    if ments is None or not len(ments):
        return [], []
    titles = {}
    if "titles" in ents.columns:
        for eid, t in zip(*column_lists(ents, ["entity_id", "titles"])):
            titles[eid] = list(t) if isinstance(t, (list, tuple)) else []
    kind_of = {"PERSON": "person", "ORG": "org", "GPE": "gpe"}
    out, seen, other = [], set(), []
    body = art.body
    body_len = len(body)
    if "section" in ments.columns:
        # read off the frame's block (selecting the column as a Series costs more than the rest); a
        # column holding anything but text is read as its ``astype(str)`` (which leaves a column of
        # pandas' str dtype, missing values included, as it is)
        *columns, sections = column_lists(ments, ["type", "entity_id", "name", "start", "end", "section"])
        if not set(map(type, sections)) <= _STR_ONLY:  # (all(type(v) is str …), its loop in C)
            col = ments["section"]
            sections = (col if col.dtype == str_dtype() else col.astype(str)).tolist()
    else:
        columns, sections = column_lists(ments, ["type", "entity_id", "name", "start", "end"]), ["body"] * len(ments)
    typ_col, eid_col, name_col, start_col, end_col = columns
    # (offsets that are all ``int`` already are their own ``int()``: converted row by row otherwise)
    convert = not (set(map(type, start_col)) <= _INT_ONLY and set(map(type, end_col)) <= _INT_ONLY)
    rows = zip(typ_col, eid_col, name_col, start_col, end_col, sections)
    split = {}  # a person's name -> _split_title of it (a person is mentioned by the same name again)
    for typ, eid, ename, s, e, sec in rows:
        kind = kind_of.get(str(typ))
        if sec not in ("body", "None", "nan"):
            continue
        if convert:
            s, e = int(s), int(e)
        if not (0 <= s < e <= body_len):
            continue
        if kind is None:
            other.append((s, e))
            continue
        first = kind == "person" and eid not in seen
        seen.add(eid)
        name, tl = str(ename), list(titles.get(eid, []))
        if kind == "person":
            if name not in split:
                split[name] = _split_title(name)
            name, extra = split[name]
            if extra and extra not in tl:
                tl.append(extra)
        out.append(Nominal(s, e, body[s:e], kind, name, tl, None, first))  # (positional: a faster call)
    return out, other


_STR_ONLY, _INT_ONLY = frozenset({str}), frozenset({int})


_TITLE_WORD = re.compile(TITLE_WORDS)
_TITLE_RUN = re.compile(rf"(?:(?:{TITLE_WORDS})\s+)+")
_TITLE_RUN_BEFORE_CAP = re.compile(rf"(?=[A-Z])(?:(?:{TITLE_WORDS})\s+)+(?=[A-Z])")
_SENTENCE_START = re.compile(r"(?:^|[.!?][”\"]?\s+|\n)$")
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_DEMONYM_OR_PLURAL_ENDS = ("an", "ian", "ish", "ese", "i", "s")


def _title_tails(alternation: str) -> tuple[str, ...]:
    """How a title of ``alternation`` (:data:`TITLE_WORDS`) can end: its last word (with and without
    the abbreviation dot), so a text not ending so holds no title at its end."""
    alts, depth, cur = [], 0, ""
    for ch in alternation:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            alts.append(cur)
            cur = ""
        else:
            cur += ch
    alts.append(cur)
    tails = set()
    for alt in alts:
        if alt.startswith("(?:"):  # (?:Mr|Mrs|…)\.?
            for word in alt[3:alt.index(")")].split("|"):
                tails.update((word, word + "."))
        else:
            last = re.split(r"\\s\+", alt)[-1]
            if not last.isalpha():
                raise ValueError(f"title {alt!r}: cannot tell how it ends")
            tails.add(last)
    return tuple(sorted(tails)) + ("(ret.)", "(ret)")


_TITLE_TAILS = _title_tails(TITLE_WORDS)


def _tails_by_end(tails: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """{last two characters: the tails ending so} (every tail has two characters at least, checked)."""
    out: dict[str, list[str]] = {}
    for t in tails:
        if len(t) < 2:
            raise ValueError(f"title tail {t!r}: shorter than two characters")
        out.setdefault(t[-2:], []).append(t)
    return {end: tuple(ts) for end, ts in out.items()}


_TITLE_TAILS_BY_END = _tails_by_end(_TITLE_TAILS)
# whitespace after a title tail (as :func:`_title_before` tests for one) and before a capital, where
# a titled one-word name can start (any tail: ``str.endswith`` does not ask for a word start either)
_AFTER_TITLE_TAIL = re.compile(rf"(?:{_trie_alternation(_TITLE_TAILS)})\s+(?=[A-Z])")


def _ends_as_title(text: str) -> bool:
    """``text.endswith(_TITLE_TAILS)``: only the few tails ending in the last two characters of ``text``
    are tried (every tail has two characters at least), not all 78."""
    tails = _TITLE_TAILS_BY_END.get(text[-2:])
    return tails is not None and text.endswith(tails)


def _title_before(before: str):
    """The last ``_TITLE_SEQ`` match of ``before`` that ends where ``before`` ends, or None.

    Such a match ends in whitespace after a title (or after "(ret.)"), which a cheap test rules out
    for most texts before the regular expression runs."""
    if not before[-1:].isspace() or not _ends_as_title(before.rstrip()):
        return None
    tm = None
    for tmm in _TITLE_SEQ.finditer(before):
        if tmm.end() == len(before):
            tm = tmm
    return tm


def _has_title_word(text: str) -> bool:
    """A word of ``text`` other than its last ends as a title does (:data:`_TITLE_TAILS`): what a run of
    titles followed by whitespace and more words (``_TITLE_RUN``, ``_TITLE_RUN_BEFORE_CAP``) needs."""
    words = text.split()
    words.pop()
    for w in words:
        if _ends_as_title(w):
            return True
    return False


def _fallback_names(body: str, people_only: bool = False, taken=None) -> list[Nominal]:
    """FALLBACK name finder (used only when stage 3 yields no person): title + capitalised words, or
    two or more capitalised words; a lone known surname joins its full name.

    ``people_only``: return only the people with a title or a name of two words or more, and the
    organisations whose name of two words or more ends in an organisation head ("Supporters’ Trust")
    (what :func:`find_nominals` takes from here when stage 3 has people), skipping the work for the rest.

    ``taken`` (with ``people_only``): ``(spans, starts)``, stage 3's spans sorted and their starts, as
    :func:`find_nominals` tests a name against them; a name it is sure to drop (:func:`_dropped_on`)
    is left out, and is worked out only if a later name needs the full names known before it."""
    out: list[Nominal] = []
    persons: dict[str, str] = {}  # surname -> full name
    skipped: list = []  # names left out, in order, not yet worked out for ``persons``
    # (with ``people_only``, the matches that are one word with no title before them are what
    # :func:`_fallback_name` returns None for first, before it reads or fills ``persons`` or works out
    # ``skipped``: no Nominal and no trace, kept or skipped -- so they are never looked at; most matches
    # are such words)
    for m in (_titled_or_longer(body) if people_only else _NAME_SEQ.finditer(body)):
        if taken is not None and _dropped_on(m, *taken):
            skipped.append(m)
            continue
        n = _fallback_name(body, m, people_only, persons, skipped)
        if n is not None:
            out.append(n)
    return out


def _titled_or_longer(body: str) -> list:
    """The matches of ``_NAME_SEQ.finditer(body)`` that are not :func:`_lone_untitled`, in order:
    those of two words or more, and the one-word matches a title ends right before.

    The former are the matches of :data:`_NAME_SEQ_LONGER` (the same pattern wanting a second word):
    where ``_NAME_SEQ`` finds one word, its continuation after the word's end failed, and so it does
    from any capital inside the word, which can only end there too; so the longer pattern finds
    nothing before the next match of two words or more, and then that match.  The latter start after
    whitespace that a title tail ends before (:func:`_title_before` looks for no other), a place
    :data:`_AFTER_TITLE_TAIL` finds; ``_NAME_SEQ`` is tried there unless a longer match covers it (a
    one-word match holds no whitespace, so none covers it), and kept if it is one word, titled.
    Each word of the text is no longer looked at in Python."""
    longer = list(_NAME_SEQ_LONGER.finditer(body))
    titled = []
    k, n = 0, len(longer)
    for t in _AFTER_TITLE_TAIL.finditer(body):
        p = t.end()
        while k < n and longer[k].end() <= p:
            k += 1
        if k < n and longer[k].start() <= p:
            continue  # inside (or the start of) a longer match
        m = _NAME_SEQ.match(body, p)
        if m is not None and not _lone_untitled(body, m):
            titled.append(m)
    if not titled:
        return longer
    return sorted(longer + titled, key=_match_start)


def _lone_untitled(body: str, m) -> bool:
    """Match ``m`` of ``_NAME_SEQ`` is one word with no title right before it: the first test of
    :func:`_fallback_name` with ``people_only``."""
    if len(m.group().split()) != 1:
        return False
    s = m.start()
    return not (s and body[s - 1].isspace() and _title_before(body[max(0, s - 60):s]))


def _dropped_on(m, spans: list, starts: list) -> bool:
    """The name of match ``m`` of ``_NAME_SEQ`` overlaps a stage-3 span the way :func:`find_nominals`
    drops it for, whatever titles or leading words :func:`_fallback_name` cuts off its start: its end
    (a possessive "’s" cut) and the start of its last word, which the name always holds, are enough.
    It holds no inner particle ("de la"), which alone might keep it."""
    text = m.group()
    e = m.end() - 2 if text.endswith(("’s", "'s")) else m.end()
    last = m.end() - len(text.rsplit(None, 1)[-1])  # where its last word starts
    i = bisect.bisect_right(starts, e)
    for a, b in spans[max(0, i - 4):i]:
        if a < e and b > last:
            return not _INNER_PARTICLE.search(text)
    return False


def _fallback_name(body: str, m, people_only: bool, persons: dict, skipped: list) -> Nominal | None:
    """The Nominal of match ``m`` of ``_NAME_SEQ`` for :func:`_fallback_names` (None if none), adding a
    person to ``persons``; the ``skipped`` matches before it are worked out first for their persons."""
    s, e = m.span()
    words = m.group().split()
    if people_only and _lone_untitled(body, m):
        return None  # one word with no title before it: nothing kept (the test far below, done early)
    if body[e:e + 1] == "." and _TITLE_WORD.fullmatch(words[-1]):
        return None  # a title abbreviation on its own ("Col.")
    while words and words[0].lower() in _STOP_CAPS:
        s = body.index(words[1], s) if len(words) > 1 else e
        words = words[1:]
    if not words:
        return None
    text = body[s:e]
    if text.endswith(("’s", "'s")):
        e -= 2
        text = text[:-2]
        words[-1] = words[-1][:-2]
    at = s  # where the text before the name ends
    # the title may have been swallowed into the capitalised run ("President Donald Trump"); a run
    # of titles needs whitespace after each one
    multi = len(text.split()) != 1
    # (a run of titles inside the text needs a word, not its last, ending as a title does)
    titled = multi and _has_title_word(text)
    if titled:
        inner = None
        for im in _TITLE_RUN_BEFORE_CAP.finditer(text):
            inner = im
        if inner is not None and inner.start() > 0:  # "Iranian Supreme Leader Ali Khamenei"
            s += inner.start()
            text = body[s:e]
            words = text.split()
            multi = len(words) != 1
    lead = _TITLE_RUN.match(text) if titled and multi else None
    title = None
    if lead and len(text) > lead.end():
        title = lead.group().strip()
        s += lead.end()
        text = body[s:e]
        words = text.split()
    elif at and body[at - 1].isspace():  # (a title before the name ends in whitespace)
        tm = _title_before(body[max(0, at - 60):at])
        if tm:
            title = tm.group().strip()
    if people_only and title is None and len(words) == 1 and len(text.split()) == 1:
        return None  # neither a person with a title or two names nor a name for `persons`
    org_named = len(words) > 1 and words[-1] in org_heads()  # "Supporters’ Trust"
    if org_named or any(w.lower() in _ORG_HEADS for w in words) or (len(words) > 1 and words[0].lower() == "the"):
        return Nominal(s, e, text, "org", text) if not people_only or org_named else None
    # (``persons`` is read from here on: the names skipped before this one go in first, in order)
    for k in skipped:
        _fallback_name(body, k, people_only, persons, [])
    skipped.clear()
    core = [w for w in words if w not in _PARTICLES]
    if title or len(core) >= 2:
        if len(core) > 3:
            return None if people_only else Nominal(s, e, text, "org", text)
        full = persons.get(words[-1], text) if len(words) == 1 else text
        first = full not in persons.values()
        persons.setdefault(words[-1], full)
        return Nominal(s, e, text, "person", full, [title] if title else [], first=first)
    if people_only and len(text.split()) < 2:
        return None  # one word, no title: not kept
    if words[0].endswith(_DEMONYM_OR_PLURAL_ENDS):
        return None  # demonyms and plurals are not speakers on their own
    if words[0] in persons:
        return Nominal(s, e, text, "person", persons[words[0]])
    if not _SENTENCE_START.search(body[max(0, at - 60):at]):
        return Nominal(s, e, text, "org", text)
    return None


# where a match of _ROLE_RE can start: one of the letters of its first lookahead opening a word (its \b)
_DET_START = re.compile("(?<!\\w)[ABCDEFGHIJKLMNOPQRSTUVWXYZahiot\u0130\u0131]")
# the window before a role noun, read backwards (on the reversed text): word characters, apostrophes and
# hyphens, and at most four runs of whitespace
_WINDOW_BACK = re.compile(r"[\w’'-]*(?:\s+[\w’'-]*){0,4}")


@lru_cache(maxsize=1)
def _role_literals() -> dict[str, tuple[str, ...]]:
    """{first run of letters: its role nouns} — "vice": ("vice-president", …)."""
    by_head: dict[str, list[str]] = {}
    for w in sorted(role_nouns()):
        by_head.setdefault(_LETTER_RUN.match(w).group(), []).append(w)
    return {head: tuple(ws) for head, ws in by_head.items()}


@lru_cache(maxsize=1)
def _role_heads() -> frozenset:
    """The keys of :func:`_role_literals` (a set: a set intersection walks the smaller side)."""
    return frozenset(_role_literals())


def _role_matches(text: str) -> list:
    """``list(_ROLE_RE.finditer(text))``, trying the pattern only just before a role noun.

    A match is a determiner, up to three words and the role noun, each followed by whitespace: so it
    starts after the fifth whitespace run back from its noun, in a stretch of word characters,
    apostrophes, hyphens and spaces (:data:`_WINDOW_BACK`, matched on the reversed text).  Every place
    a role noun occurs (a plain search of the lower-cased text for the nouns whose first letters are
    one of its words) has that window before it; the pattern is tried at each position of the windows,
    in text order, that can open a determiner (:data:`_DET_START`), and resumes after a match as
    ``finditer`` does.  A text holding a character IGNORECASE folds onto an ASCII letter is left to
    ``finditer``."""
    if has_fold_special(text):
        return list(_ROLE_RE.finditer(text))
    low, present = _lower_words(text)
    nouns = []
    literals = _role_literals()
    # (a role noun starts a word, and its first letters are a whole run of letters: only the nouns
    # whose first run is one of the text's are searched; ``nouns`` is sorted below)
    for head in present.intersection(_role_heads()):
        for w in literals[head]:
            i = low.find(w)
            while i >= 0:
                nouns.append(i)
                i = low.find(w, i + 1)
    out = []
    if not nouns:
        return out
    n = len(text)
    back = text[::-1]
    tried = 0  # every position before this one was tried or lies inside a match
    match, start_at, window_back = _ROLE_RE.match, _DET_START.search, _WINDOW_BACK.match
    for p in sorted(nouns):
        if p <= tried:
            continue
        k = p - window_back(back, n - p, n - tried).end() + (n - p)
        while (c := start_at(text, k, p)) is not None:
            m = match(text, c.start())
            if m is not None:
                out.append(m)
                k = m.end()
            else:
                k = c.start() + 1
        tried = max(k, p)
    return out


_GROUP_QUANTIFIER = re.compile(
    r"^(?:the|some|many|several|other|most|top|two|three|four|five|six|a few|few|dozens of|\d+)\s+", re.I)
_LEADING_DET = re.compile(rf"^{_DET}\s+", re.I)
_INNER_PARTICLE = re.compile(rf"\s{_PARTICLE}\s")


_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")


def _proper_only(word: str) -> bool:
    """A capitalised word the pattern lexicon knows only with its capital ("Reuters"; not
    "Meteorologists", which it does not know, nor "Farmers", which it knows in lower case)."""
    lexicon = _parser().lexicon
    return word[:1].isupper() and " " not in word and word in lexicon and word.lower() not in lexicon


def _common_capital(word: str) -> bool:
    """A capitalised adjective that is a common word ("Humanitarian", "Senior"), not a demonym the
    lexicon knows only with its capital ("Egyptian") nor a party's ("Republican", "Democratic":
    "republicans" / "democrats" are group nouns)."""
    low = word.lower()
    if word.isupper() or low + "s" in group_nouns() or low[:-2] + "s" in group_nouns():
        return False
    return not _proper_only(word)


# (``[A-Z](?<![\w’'-].)`` is ``(?<![\w’'-])[A-Z]``, written so that the engine scans for the capital in C)
_INITIAL_MODIFIERS = re.compile(r"[A-Z](?<![\w’'-].)[a-z]+(?:\s+[a-z]+)?\s+$")


def _with_initial_modifiers(text: str, group: tuple[int, int, str]) -> tuple[int, int, str]:
    """A group label with the common-noun modifiers opening its sentence: "Board members argued",
    "County officials said", "Election law experts said" (not "The officials", nor a proper name)."""
    gs, ge, gt = group
    m = _INITIAL_MODIFIERS.search(text, max(0, gs - 30), gs)
    if m is None or any(w.lower() in _STOP_CAPS for w in m.group().split()):
        return group
    first = m.group().split()[0]
    if not _common_capital(first) and f" {first.lower()} " not in text:
        # (a word the lexicon knows only capitalised is common when the article writes it in lower
        # case elsewhere: "Cyber security researchers said" after "cyber security spokeswoman")
        return group
    if not _SENTENCE_START.search(text, max(0, m.start() - 60), m.start()):
        return group
    return m.start(), ge, text[m.start():ge]


def find_nominals(art, masked: str | None = None) -> list[Nominal]:
    """Every possible speaker span in the body, sorted by start (spans inside quotes dropped when
    ``masked`` — the body with quoted words blanked — is given)."""
    body = art.body
    named, other = _entity_nominals(art)
    place_starts = [n.start for n in named if n.kind == "gpe"]  # (stage 3's places, whichever names are kept)
    if not named:
        named = _fallback_names(masked if masked is not None else body)  # FALLBACK (no stage-3 names)
        if other:  # but not on a region, event or date of stage 3's ("Farmers in the Rift Valley fear")
            named = [n for n in named if not any(a < n.end and b > n.start for a, b in other)]
        for n in named:
            n.fallback = True
    else:
        # people (and head-named organisations) stage 3 missed (FALLBACK finder, only where stage 3 has
        # nothing on that span: no speaker, and no place, event or date either -- "Farmers in the Rift
        # Valley fear")
        taken = sorted([(n.start, n.end) for n in named] + other)
        starts = [a for a, _ in taken]
        for fb in _fallback_names(masked if masked is not None else body, people_only=True, taken=(taken, starts)):
            if fb.kind not in ("person", "org") or (len(fb.text.split()) < 2 and not fb.titles):
                continue
            i = bisect.bisect_right(starts, fb.end)
            overlap = [(a, b) for a, b in taken[max(0, i - 4):i] if a < fb.end and b > fb.start]
            particle = _INNER_PARTICLE.search(fb.text)
            if overlap and not (particle and all(fb.start <= a and b <= fb.end for a, b in overlap)):
                continue
            if overlap:  # "Jean-Luc de la Fontaine": one person, not the pieces stage 3 saw
                named = [n for n in named if not any(n.start == a and n.end == b for a, b in overlap)]
            named.append(fb)
    # a lone surname joins the one full name ending with it (across stage 3 and the fallback)
    surnames: dict[str, set] = {}
    for n in named:
        if n.kind == "person" and len(parts := n.name.split()) >= 2:
            surnames.setdefault(parts[-1], set()).add(n.name)
    for n in named:
        if n.kind in ("person", "org") and len(surnames.get(n.text, ())) == 1 and len(n.text.split()) == 1:
            full = next(iter(surnames[n.text]))
            if n.name != full:
                n.kind, n.name = "person", full
        elif n.kind == "person" and n.name.split()[0].lower() in _PARTICLES:
            # "Van der Meer said" (a capital at the sentence start): the one full name ending so
            tail = " " + n.name.lower()
            fulls = {m.name for m in named if m.kind == "person" and m.name.lower().endswith(tail)}
            if len(fulls) == 1:
                n.name = fulls.pop()
    text = masked if masked is not None else body
    groups = [_with_initial_modifiers(text, g) for g in _group_matches(text)]
    if groups:
        # "Reuters reported": a name stage 3 found that only looks like a plural ("-ers"), known to
        # the tagger's lexicon only with its capital, stays a name
        spans = {(g[0], g[1]) for g in groups}
        names = {(n.start, n.end) for n in named
                 if (n.start, n.end) in spans and n.kind in ("person", "org", "gpe") and _proper_only(n.text)}
        if names:
            groups = [g for g in groups if (g[0], g[1]) not in names]
    group_spans = {(gs, ge) for gs, ge, _ in groups}
    # a capitalised plural common noun ("Meteorologists warned") is a group, not a named entity
    out = [n for n in named if (n.start, n.end) not in group_spans]
    for gs, ge, gt in groups:
        head = gt.split()[-1].lower()
        label = _GROUP_QUANTIFIER.sub("", gt)
        if len(label.split()) == 1 and label[:1].isupper() and not label.isupper():
            label = label.lower()  # sentence-initial "Analysts"; "Egyptian officials" keeps its capital
        elif label[:1].isupper() and (_common_capital(w := label.split()[0]) or f" {w.lower()} " in text) \
                and _SENTENCE_START.search(text, max(0, gs - 60), gs) and gs not in place_starts:
            # sentence-initial "Humanitarian groups" (not a place stage 3 found: "Gurugram traffic police said")
            label = label[0].lower() + label[1:]
        out.append(Nominal(gs, ge, gt, "group", label, role_noun=head))
    roles = role_nouns()
    for m in _role_matches(text):
        noun = m.group("noun").lower()
        span = m.group()
        if span[-1:].isspace() or span.endswith(_TRAIL_ENDS):  # (else _TRAIL finds nothing to cut)
            span = _TRAIL.sub("", span)
        end = m.start() + len(span)
        if end == m.end("noun"):
            # "A department spokesperson", "the police chief": the last of a run of role nouns heads it
            while (nm := _NEXT_WORD.match(text, end)) and nm.group(1).lower() in roles:
                end, noun = nm.end(), nm.group(1).lower()
            span = text[m.start():end]
        if noun in group_nouns():
            continue
        role = _LEADING_DET.sub("", span).strip()
        out.append(Nominal(m.start(), end, span, "role", role, role_noun=noun))
    for m in _pronoun_matches(text):  # (_PRONOUN_OR_IT's; a pronoun never starts where an "It said" does)
        out.append(Nominal(m.start(), m.end(), m.group(), "pronoun", m.group().lower()))
    if "ccording to " in text:
        # "According to him, the State's towns …": the object pronoun stands for he / she / they
        for m in _ACCORDING_PRONOUN.finditer(text):
            out.append(Nominal(m.start(1), m.end(1), m.group(1), "pronoun", _OBJECT_PRONOUNS[m.group(1)]))
    if masked is not None:
        # no speaker inside a quote (a group or role phrase may reach into one), nor one all quote
        out = [n for n in out if ("_" not in (seg := masked[n.start:n.end]) or n.kind in ("group", "role"))
               and seg.strip("_ ")]
    # by start, then longest first: two stable sorts (an equal end, then an equal start, keeps the order)
    out.sort(key=_END, reverse=True)
    out.sort(key=_START)
    return out


_START, _END = attrgetter("start"), attrgetter("end")
