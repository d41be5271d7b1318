"""Stage 3 — named entities: who and what the article is about, with aliases merged.

    >>> from helpers.article import Article
    >>> art = Article.from_text("Talks\\n\\nPresident Donald Trump met Col. Richard Kemp in Baghdad. "
    ...                         "Trump’s aides said Kemp had left the U.S. on Monday.")
    >>> res = extract_entities(art)
    >>> sorted(res.entities.name)
    ['Baghdad', 'Donald Trump', 'Monday', 'Richard Kemp', 'United States']
    >>> i = art.body.index("Trump’s")
    >>> res.resolve("Col. Kemp"), res.person_at(i, i + 5)
    ('Richard Kemp', 'Donald Trump')

``entities`` columns: ``entity_id, name, type, aliases, titles, mentions, first_sentence`` (the stable
interface) plus ``gender`` ("M"/"F"/"" from honorifics, else the first he/she within two sentences of a mention
(before another person is named)),
``roles`` (lower-case role nouns before the name, e.g. "commander"), ``sections`` and
``front_mentions`` (caption / headline / dek mentions).  ``mentions`` counts body mentions only.

``mentions`` columns: ``entity_id, name, type, text, sentence, start, end, section`` plus ``title``
(the title in front of that mention) and ``rule`` (which rule found it).  Offsets index ``art.body``
for section "body" and the caption / headline / dek string otherwise; ``sentence`` is -1 there.

The default backend is :class:`RuleEntityExtractor` (see :mod:`helpers.entities.rules` for the
rules).  Another backend subclasses :class:`BaseEntityExtractor` and implements ``extract``; it can
reuse :func:`build_result` for the alias merging by producing :class:`~helpers.entities.rules.Cand`
mentions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import attrgetter, itemgetter

from ..frames import tuples_frame
from ..text import STOPWORDS, annotate_spans, split_sentences, tokenize_columns
from .lexicon import common_word, load_lexicons, norm_title
from .rules import _HE, _SHE, Cand, RuleExtractor, Tokens, find_numeric, find_numeric_texts, initials, token_columns

__all__ = [
    "ENTITY_COLUMNS",
    "MENTION_COLUMNS",
    "EntityResult",
    "BaseEntityExtractor",
    "RuleEntityExtractor",
    "extract_entities",
    "build_result",
]

ENTITY_COLUMNS = ["entity_id", "name", "type", "aliases", "titles", "mentions", "first_sentence"]
EXTRA_ENTITY_COLUMNS = ["gender", "roles", "sections", "front_mentions"]
MENTION_COLUMNS = ["entity_id", "name", "type", "text", "sentence", "start", "end", "section"]
EXTRA_MENTION_COLUMNS = ["title", "rule"]
FRONT_SECTIONS = ("caption", "headline", "dek")
_POSSESSIVE = re.compile(r"(?:[’']s?)$")
_KNOWN_AS = re.compile(r",? (?:also )?(?:known as|called|or) ")  # "X, known as UNIFIL"


@dataclass
class EntityResult:
    """Entities and mentions of one article, plus look-ups for later stages."""

    entities: object  # pandas DataFrame
    mentions: object  # pandas DataFrame
    _alias: dict = field(default_factory=dict, repr=False)  # surface -> canonical person / entity name
    _surname: dict = field(default_factory=dict, repr=False)  # surname -> [canonical PERSON names]
    _spans: list = field(default_factory=list, repr=False)  # sorted (start, end, name) of body PERSON mentions

    def person_at(self, start: int, end: int) -> str | None:
        """Canonical name of the PERSON whose body mention overlaps ``body[start:end]`` (the first one)."""
        i = bisect.bisect_left(self._spans, (start, -1, ""))
        # a mention starting before `start` may still overlap it
        for s, e, name in self._spans[max(0, i - 1):]:
            if s >= end:
                break
            if e > start and s < end:
                return name
        return None

    def persons_in(self, start: int, end: int) -> list[str]:
        """Canonical names of every PERSON mentioned inside ``body[start:end]``, in order."""
        i = bisect.bisect_left(self._spans, (start, -1, ""))
        return [n for s, e, n in self._spans[max(0, i - 1):] if s < end and e > start]

    def resolve(self, surface: str) -> str | None:
        """Canonical entity name for a surface form: "Col. Kemp" -> "Richard Kemp", "Trump’s" ->
        "Donald Trump", "U.S." -> "United States"; None if unknown."""
        if not surface:
            return None
        raw = _POSSESSIVE.sub("", surface.strip().strip("“”\"‘,;:"))
        s = _strip_titles(raw.rstrip("."))
        for cand in (raw, _strip_titles(raw), s):
            if cand in self._alias:
                return self._alias[cand]
        from .lexicon import load_lexicons

        gaz = load_lexicons().gazetteer
        for cand in (raw, s):
            if cand in gaz and gaz[cand][1] in self._alias.values():
                return gaz[cand][1]
        low = s.lower()
        for k, v in self._alias.items():
            if k.lower() == low:
                return v
        last = s.split()[-1] if s.split() else ""
        names = self._surname.get(last)
        if names:
            return names[0]
        return None

    def gender_of(self, name: str) -> str:
        """"M", "F" or "" for a canonical PERSON name."""
        ents = self.entities
        row = ents[ents.name == name]
        return str(row.gender.iloc[0]) if len(row) else ""


class BaseEntityExtractor:
    """A named-entity backend: one method, ``extract(article) -> EntityResult``."""

    name = "base"

    def extract(self, article) -> EntityResult:  # pragma: no cover - interface
        raise NotImplementedError


class RuleEntityExtractor(BaseEntityExtractor):
    """Rules, titles, head words and gazetteers over the pattern tagger's tokens (no model)."""

    name = "rules"

    def __init__(self, lexicons=None):
        self.rules = RuleExtractor(lexicons)

    def extract(self, article) -> EntityResult:
        body = article.body
        tc = article.token_columns  # shared lists: token_columns edits copies of them, if anything
        toks = token_columns(*(tc[c] for c in ("start", "end", "text", "pos", "sentence")), shared=True)
        text, weak = toks.text, toks.weak
        seen_caps = {text[i] for i in toks.caps if not weak[i]}
        cands = self.rules.find([("body", toks, False)], seen_caps)
        starts = [s for _, s, _ in article._sentence_spans]  # article.sentences.start, without the frame

        def sentence_of(off):
            return max(0, bisect.bisect_right(starts, off) - 1)

        texts = {}
        for section in FRONT_SECTIONS:
            text = getattr(article, section, None)
            if text:
                texts[section] = text
        # the numbers and dates of the body and the front matter in one pass
        numeric = find_numeric_texts([(body, "body", sentence_of)]
                                     + [(text, section, _no_sentence) for section, text in texts.items()])
        bills = [(c.start, c.end) for c in cands if c.rule == "bill"]  # "House Bill 2417": its number no CARDINAL
        cands += [n for n in numeric[0] if not any(a <= n.start and n.end <= b for a, b in bills)] if bills else numeric[0]
        for c in cands:
            c.text = body[c.start:c.end]
        _add_gender_from_pronouns(cands, toks)

        front = []
        for section, text in texts.items():
            ftoks = _front_tokens(text)
            front.append((section, ftoks, _title_case(ftoks)))
        return build_result(cands, texts, self.rules, front, seen_caps, body=body,
                            front_numeric=dict(zip(texts, numeric[1:])))


def _no_sentence(offset: int) -> int:
    return -1


def _front_tokens(text: str) -> Tokens:
    """A caption's, headline's or dek's tokens, tagged sentence by sentence.  Tokenised in one go: a
    sentence is whole whitespace-delimited chunks and only whitespace lies between sentences, so the
    text's tokens are its sentences' ones."""
    starts, ends, words = tokenize_columns(text)
    bounds = [0] + [bisect.bisect_left(starts, e) for _, e in split_sentences(text)]
    sents = list(chain.from_iterable(repeat(si, b - a) for si, (a, b) in enumerate(zip(bounds, bounds[1:]))))
    # each token's index stands in for its tag: the joins and splits copy a kept token's entry and give
    # new tokens their own tags, so the column maps to the tags once they are asked for (_FrontPos);
    # shared: joins and splits edit copies, leaving ``words`` as the tagger is to see them
    toks = token_columns(starts, ends, words, list(range(len(words))), sents, shared=True)
    toks.pos = _FrontPos(toks.pos, words, bounds)
    return toks


class _FrontPos:
    """The ``pos`` column of a front text's tokens, tagged only when a tag is read.  The rules read a
    few tags of body tokens and hardly any of a caption's, headline's or dek's (a title-cased
    headline's none), so tagging them up front (the tagger runs on every sentence holding a word
    not seen before) was mostly wasted.  ``raw`` holds, for each token, its index among ``words``
    (the untouched token texts, whose tag it has) or the tag :func:`token_columns` gave a joined or
    split token; a read gives what the eager column held: the same :func:`annotate_spans` tags."""

    __slots__ = ("_raw", "_words", "_bounds", "_tags")

    def __init__(self, raw: list, words: list, bounds: list):
        self._raw, self._words, self._bounds, self._tags = raw, words, bounds, None

    def _tag(self, v):
        if v.__class__ is not int:
            return v
        if self._tags is None:
            self._tags = [a[0] for a in annotate_spans(self._words, self._bounds)]
        return self._tags[v]

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self._tag(v) for v in self._raw[k]]
        return self._tag(self._raw[k])

    def __len__(self) -> int:
        return len(self._raw)

    def __iter__(self):
        return map(self._tag, self._raw)


def _title_case(toks: Tokens) -> bool:
    words = [t for t in toks.text if t.isalpha() and t.lower() not in STOPWORDS and len(t) > 2]
    if len(words) < 3:
        return False
    return sum(1 for t in words if t[:1].isupper()) / len(words) >= 0.6


_QUOTE_TOKENS = frozenset('"“”')


def _add_gender_from_pronouns(cands, toks: Tokens):
    """Gender from the first he/she after a person's mention (same or next sentence), if no title gave it."""
    persons = [c for c in cands if c.type == "PERSON"]
    starts, sents = toks.start, toks.sent
    kind = toks.kind
    pronouns = [m for m in toks.flagged if kind[m] & (_HE | _SHE)]  # token indices (flagged: a kind bit set)
    # a one-word mention of a full name's surname ("Kowalchuk" for Helen Kowalchuk, not yet typed
    # PERSON here) names another person too: "… Amrit Sandhu finished third. Kowalchuk … her name"
    surnames = {c.text.rsplit(None, 1)[-1] for c in persons if " " in c.text}
    person_starts = sorted([c.start for c in persons]
                           + [c.start for c in cands if c.type == "UNK" and c.text in surnames])
    for c in persons:
        if c.gender:
            continue
        # the first pronoun among the 90 tokens after the mention, unless another person is named
        # first or it is more than two sentences on (token offsets and sentences only grow)
        k = bisect.bisect_left(starts, c.end)
        p = bisect.bisect_left(pronouns, k)
        # a pronoun inside a quotation (an odd number of quotation marks since the mention) is the
        # speaker's word about someone else: "His mother, Tonya Harmon, said …  “He's going …,” she said"
        while p < len(pronouns) and pronouns[p] < k + 90 and \
                sum(map(_QUOTE_TOKENS.__contains__, toks.text[k:pronouns[p]])) % 2:
            p += 1
        if p == len(pronouns) or pronouns[p] >= k + 90:
            continue
        m = pronouns[p]
        nxt_person = bisect.bisect_right(person_starts, c.start)
        if nxt_person < len(person_starts) and starts[m] >= person_starts[nxt_person] or sents[m] > c.sentence + 2:
            continue
        c.gender = "m?" if kind[m] & _HE else "f?"


@dataclass
class _Person:
    canon: str
    first: str
    last: str
    gender: str = ""
    last_seen: int = -1
    order: int = 0
    strong: bool = False  # named with a title, a given name or a role noun (not only by shape)


_STRONG_PERSON_RULES = ("title", "given-name", "role", "credit")
_PARTICLE_WORDS = frozenset("von van der de del della di da du le la al el bin ibn".split())


def _strip_titles(s: str) -> str:
    lex = load_lexicons()
    words = s.replace("(ret.)", " ").split()
    i = 0
    while i < len(words) - 1:
        w = norm_title(words[i])
        if w in lex.titles or w in lex.title_words or w in lex.role_nouns:
            i += 1
            continue
        break
    return " ".join(words[i:])


_HONORIFIC = {"Mr": "Mr", "Mrs": "Mrs", "Ms": "Ms", "Miss": "Miss"}


def _resolve_persons(cands: list[Cand]) -> bool:
    """Give every PERSON (and surname-matching single word) candidate its :class:`_Person`.

    Returns True when calling it again on the same candidates would give the same result (so
    :func:`build_result` need not, when the front matter adds no candidate).  A call changes its
    input only by typing single words PERSON (it reads ``text``, ``type``, ``gender`` and ``rule``;
    ``entity`` it sets afresh on every candidate it reaches).  Those words then make no new full
    name, and each finds the pool it found before, so the second call reaches the same candidates
    with the same persons; it also visits single words whose text is one of theirs, which are in no
    surname pool and are skipped.  The one input it reads differently: a pronoun gender ("m?") on
    such a word counts as a PERSON mention's (``pronoun_genders``); False if one has it (none
    does when :class:`RuleEntityExtractor` made the candidates: it gives pronoun genders to PERSON
    candidates only)."""
    subdivision_words = load_lexicons().subdivision_words
    persons: list[_Person] = []
    by_key: dict[tuple[str, str], _Person] = {}
    by_last: dict[str, list[_Person]] = {}
    by_first: dict[str, list[_Person]] = {}
    # the candidates that may be persons: PERSON mentions and single words, as (position, candidate,
    # last word, name key, full): the last word is the text of a single word, the key is the first and
    # last name word (initials dropped), full says the name is two words or more without a particle first
    todo = []
    others = []  # (position, candidate) of one-word mentions typed as neither PERSON nor UNK
    full_names = []  # (candidate, key) of the full names, in order
    pronoun_genders = []  # (candidate, key) of the PERSON mentions with a gender from a pronoun
    for pos, c in enumerate(cands):
        text = c.text
        if c.type == "PERSON":
            parts = text.split()
            if not parts:
                continue
            w = [x for x in parts if not (len(x) == 2 and x.endswith("."))] or parts  # drop initials
            key = (w[0], w[-1])
            full = len(parts) >= 2 and parts[0].lower() not in _PARTICLE_WORDS
            todo.append((pos, c, text if len(parts) == 1 else parts[-1], key, full))
            if full:
                full_names.append((c, key))
            if c.gender in ("m?", "f?"):
                pronoun_genders.append((c, key))
        elif text.isalpha() or len(text.split()) == 1:  # one word (letters only hold no whitespace)
            if c.type == "UNK":
                todo.append((pos, c, text, None, False))
            else:
                others.append((pos, c))
    by_inner: dict[str, list[_Person]] = {}  # a middle word of a name of three words or more -> persons
    for c, key in full_names:
        p = by_key.get(key)
        first, last = key
        if p is None:
            # a spelling variant of a given name already seen ("Qasem" / "Qassem" Soleimani)
            for q in by_last.get(last, []):
                if q.first[:3] == first[:3] and abs(len(q.first) - len(first)) <= 2:
                    p = by_key[key] = q
                    break
        name = c.canon if c.canon and "“" in c.text or c.canon and '"' in c.text else c.text  # (a nickname dropped)
        if p is None:
            p = _Person(name, first, last, order=len(persons), strong=c.rule in _STRONG_PERSON_RULES)
            persons.append(p)
            by_key[key] = p
            by_last.setdefault(last, []).append(p)
            by_first.setdefault(first, []).append(p)
        elif len(name) > len(p.canon):
            p.canon = name
        for w in c.text.split()[1:-1]:
            if w[:1].isupper() and not w.endswith(".") and p not in by_inner.setdefault(w, []):
                by_inner[w].append(p)
        p.strong = p.strong or c.rule in _STRONG_PERSON_RULES
        if c.gender in ("M", "F"):
            p.gender = c.gender
    # genders from pronouns, where no title says it
    for c, key in pronoun_genders:
        p = by_key.get(key)
        if p is not None and not p.gender:
            p.gender = c.gender[0].upper()
    # a one-word place or organisation joins a person below only if its text is a surname by then:
    # one of the full names' or a one-word PERSON mention's; the others are skipped unvisited
    surnames = set(by_last).union([t[1].text for t in todo if t[1].type == "PERSON" and not t[4]])
    extra = [(pos, c, c.text, None, False) for pos, c in others if c.text in surnames]
    if extra:
        todo = sorted(todo + extra, key=itemgetter(0))
    stable = True
    honorifics: dict[int, set] = {}  # id of a person -> the honorifics seen before a mention of them
    for pos, c, c_last, key, full in todo:
        if full:
            p = by_key[key]
        elif c.type in ("PERSON", "UNK") or c.text in by_last:
            # one word, or a surname with its particle ("Von der Leyen")
            pool = by_last.get(c_last, [])
            if not pool and len(by_first.get(c.text, [])) == 1 and c.type in ("PERSON", "UNK"):
                pool = by_first[c.text]  # "Abiy" for Abiy Ahmed: some names are used given-name first
            if not pool and c.type in ("PERSON", "UNK") and len(by_inner.get(c.text, ())) == 1:
                pool = by_inner[c.text]  # "Lim" for Raymond Lim Kok Wah, "García" for Gabriel García Márquez
            g = c.gender if c.gender in ("M", "F") else ""
            if g:
                pool = [p for p in pool if p.gender in ("", g)] or pool
            if c.rule in ("gazetteer", "caps-gazetteer") and c.text not in subdivision_words:
                pool = [p for p in pool if p.strong]  # "England" stays a place unless a real person has it
            if len(pool) > 1 and c.titles:
                # "Ms Mallender" (the daughter, so titled before) and "Mrs Mallender" (her mother): a
                # surname's honorific picks the person seen with it, else one seen with none
                h = _HONORIFIC.get(c.titles[0].rstrip("."))
                if h:
                    pool = [p for p in pool if h in honorifics.get(id(p), ())] \
                        or [p for p in pool if not honorifics.get(id(p))] or pool
            if pool:
                earlier = [p for p in pool if p.last_seen >= 0]
                p = max(earlier, key=lambda q: q.last_seen) if earlier else pool[0]
            elif c.type == "PERSON":
                p = _Person(c.text, "", c.text, gender=g, order=len(persons))
                persons.append(p)
                by_last.setdefault(c.text, []).append(p)
            else:
                continue
            if g and not p.gender:
                p.gender = g
        else:
            continue
        if c.type != "PERSON":
            stable = stable and c.gender not in ("m?", "f?")
            c.type = "PERSON"
        c.entity = p
        p.last_seen = pos
        if c.titles and _HONORIFIC.get(c.titles[0].rstrip(".")):
            honorifics.setdefault(id(p), set()).add(_HONORIFIC[c.titles[0].rstrip(".")])
    return stable


def _persons_may_take(fc: list[Cand], cands: list[Cand]) -> bool:
    """Could :func:`_resolve_persons` of ``cands + fc`` change anything that its (stable) call on
    ``cands`` alone left, ``cands`` being resolved already?  Not when no candidate of ``fc`` is a PERSON or a
    single UNK word, and no single word of ``fc`` is the surname of one of the persons ``cands`` name:
    then the second call's first pass (full PERSON names) sees what the first one saw, ``cands`` come
    first and are resolved as before (see :func:`_resolve_persons`), and the single words of ``fc``
    reach the person step only when their text is a key of ``by_last`` by then: the surname of a
    person named in ``cands`` (a full name's last word or a one-word PERSON's text: its
    ``_Person.last``), since ``fc`` makes none."""
    singles = []
    for c in fc:
        if c.type == "PERSON":
            return True
        if len(c.text.split()) == 1:
            if c.type == "UNK":
                return True
            singles.append(c.text)
    if not singles:
        return False
    lasts = {c.entity.last for c in cands if c.entity is not None}
    return not lasts.isdisjoint(singles)


_SECTION_RANK = {"body": 0, "caption": 1, "headline": 2, "dek": 3}


def _rank(c: Cand) -> tuple[int, int]:
    """Sort key of a mention: body first, then caption, headline, dek; by offset within each."""
    return _SECTION_RANK[c.section], c.start


# a sports report: enough of these words ("wicket", "innings", "striker") to read a place that beats,
# plays or hosts another as its team
_SPORT_WORDS = re.compile(
    r"\b(?:match|matches|season|league|goals?|wickets?|innings|striker|midfielder|defender|goalkeeper|keeper|"
    r"championship|fixture|tournament|penalty|half-time|stadium|batting|bowling|bowler|batsman|batter|"
    r"try|tries|touchdown|quarterback|umpire|referee|kick-off|kickoff|squad)\b")
_TEAM_BEFORE = re.compile(r"(?:\b(?:beat|beats|beating|defeated|against|over|play|playing|played|host|hosts|hosted|"
                          r"face|faces|facing|v|vs|versus)\.?\s+)$")
_TEAM_AFTER = re.compile(r"^(?:\s+(?:beat|beats|defeated|won|win|lost|lose|drew|draw|travel|host|hosts|face|faces|"
                         r"play|plays|were|are|have|had|need|needed|kept|keep|lead|led|trail|trailed|scored|bowled|"
                         r"batted|declared|finished|collapsed|chased|reached)\b|[’']s\s+(?:captain|coach|manager|"
                         r"bowlers?|batters?|batsmen|players?|fans|supporters|squad|side|keeper|striker|innings|"
                         r"total|victory|win|defeat|attack|defence|defense)\b)")


def _places_named_in_context(cands: list, body: str, lex) -> None:
    """Three readings of a name by what stands around it, found in one pass over the candidates:

    * "the Hip Wo Street Cooked Food Centre in Kwun Tong": a name shaped like a person's (no given name known, no
      title) right after "in" or "near" is a place, at every mention of it;
    * "in Grand Forks, N.D.", "Mountain Home, Idaho": a name before a comma and a US state is a town;
    * "Formosa's shares", "A Formosa executive" after Formosa Power Devices: a place word opening a company's name
      is the company's short form where every mention of it alone speaks of the company's shares or staff
      ("Kenya" after the Kenya Red Cross stays the country: it is never so)."""
    first_names, gazetteer = lex.first_names, lex.gazetteer
    towns, gaz_first, prev = set(), {}, None
    for c in cands:
        if c.section != "body":
            prev = None
            continue
        typ = c.type
        if typ == "PERSON" and c.rule == "name-shape" and not c.titles and c.text.split()[0] not in first_names \
                and _IN_BEFORE.search(body, max(0, c.start - 8), c.start):
            towns.add(c.text)
        elif typ == "GPE" and prev is not None and c.start == prev.end + 2 and (c.canon or c.text) in _US_STATES \
                and body[prev.end:c.start] == ", " \
                and (prev.type in ("ORG", "UNK") and prev.rule not in ("head", "the-name") or prev.type == "PERSON"
                     and prev.rule == "name-shape" and prev.text.split()[0] not in first_names):
            prev.type, prev.rule = "GPE", "town-state"
        elif typ == "ORG" and " " in c.text:
            w = c.text.split(None, 1)[0]
            if gazetteer.get(w, ("",))[0] in ("GPE", "LOC"):  # (a place word: not "Korean", "Welsh")
                gaz_first.setdefault(w, set()).add(c.canon or c.text)
        prev = c
    for c in cands if towns else ():
        if c.text in towns and c.type == "PERSON" and c.rule == "name-shape":
            c.type, c.rule = "GPE", "in-place"
    for w, names in gaz_first.items():
        alone_w = [c for c in cands if c.text == w and c.section == "body"]
        if len(names) == 1 and alone_w and all(_COMPANY_AFTER.match(body, c.end) for c in alone_w):
            for c in alone_w:
                c.type, c.canon, c.rule, c.entity = "ORG", next(iter(names)), "org-short-form", None


_IN_BEFORE = re.compile(r"\b(?:in|near)\s+$")
_US_STATES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont
    Virginia Washington Wisconsin Wyoming""".split()) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia"}
_COMPANY_AFTER = re.compile(r"(?:['’]s)?\s+(?:chief\s+)?(?:executives?|shares|stock|spokes(?:person|man|woman)|"
                            r"shareholders|employees|management)\b")


def _places_as_teams(cands: list[Cand], body: str) -> set[str]:
    """In a sports report, a place named as a side ("victory over Surrey", "Somerset travel to play
    Essex", "Surrey's captain") is its team, an organisation, at every mention of that name; returns
    those names.  The body is searched for sport words only when some place stands as a side."""
    teams = {c.text for c in cands if c.type == "GPE" and c.section == "body"
             and (_TEAM_BEFORE.search(body, max(0, c.start - 12), c.start) or _TEAM_AFTER.match(body[c.end:c.end + 24]))}
    if teams and len(_SPORT_WORDS.findall(body)) < 5:
        teams = set()
    _mark_teams(cands, teams)
    return teams


def _mark_teams(cands: list[Cand], teams: set[str]) -> None:
    for c in cands if teams else ():
        if c.type == "GPE" and c.text in teams:
            c.type, c.rule = "ORG", "team"


def _org_names_everywhere(cands: list[Cand]) -> None:
    """A name typed an organisation by its context somewhere ("Belgian side Royal Lierbeek") is one
    wherever its shape alone made it a person ("Royal Lierbeek said")."""
    orgs = {c.text for c in cands if c.type == "ORG" and " " in c.text and c.rule != "fallback"}
    if orgs:
        for c in cands:
            if c.type == "PERSON" and c.rule == "name-shape" and c.text in orgs:
                c.type, c.rule = "ORG", "org-elsewhere"


def _ship_names(cands: list[Cand]) -> None:
    """A ship named with its prefix ("the MV Eilean Dubh") is that ship when named without it later ("the
    Eilean Dubh’s breakdown"), not a person."""
    ships = {c.text.split(" ", 1)[1]: c.canon or c.text for c in cands if c.rule == "ship"}
    for c in cands if ships else ():
        if c.rule != "ship" and c.text in ships:
            c.type, c.canon, c.rule = "PRODUCT", ships[c.text], "ship-short-form"


def _common_noun_opening(body: str, c: Cand) -> bool:
    """Is body mention ``c`` an ordinary noun capitalised only because it opens a sentence, before a
    lower-case word ("Bank mergers in this country ...", not "the Commission said")?"""
    if c.section != "body" or not body:
        return False
    after = body[c.end:c.end + 2]
    return _opens_sentence(body, c.start, " “\"‘'", ".!?\n") and after[:1] == " " and after[1:2].islower()


def _caps_lede_names(cands: list[Cand], body: str, front_texts: dict) -> None:
    """A name whose first word is in capitals at a paragraph's start is newspaper style for a lede
    ("LUZON Commerce Bank (LCB) and ..."): its canonical name is title-cased ("Luzon Commerce Bank")
    when the word is written so elsewhere in the article and never in capitals again (not an acronym
    such as "NASA Goddard ...")."""
    for c in cands:
        if c.type in ("PERSON", "UNK") or c.section != "body" or c.start and body[c.start - 1] != "\n":
            continue
        first, _, rest = c.text.partition(" ")
        if not (rest and len(first) >= 3 and first.isalpha() and first.isupper()) \
                or not any(ch.islower() for ch in rest) or body.count(first) > 1:
            continue
        word = first.capitalize()
        pattern = re.compile(r"\b%s\b" % re.escape(word))
        if pattern.search(body) or any(pattern.search(t) for t in front_texts.values()):
            c.canon = word + " " + rest if not c.canon or c.canon == c.text else c.canon


def _opens_sentence(body: str, start: int, skip: str = " ", marks: str = ".!?\n“\"‘'(—–:") -> bool:
    """Does the word at ``start`` open a sentence (or, by default, a quotation): only one of ``marks`` or the
    body's start before it, characters of ``skip`` aside?  (A walk back from ``start``: no copy of the body
    before it.)"""
    k = start - 1
    while k >= 0 and body[k] in skip:
        k -= 1
    return k < 0 or body[k] in marks


def _written_lower(body: str, word: str) -> bool:
    r"""Is ``word`` (or its singular) written in lower case somewhere in ``body``, as a whole word (no word
    character, apostrophe or hyphen either side)?  Each occurrence is found with ``str.find`` and its two
    neighbours are tested: what the search ``(?<![\w’'-])form(?![\w’'-])`` answers (``\w`` is
    ``str.isalnum()`` or "_"), without compiling a pattern per word nor trying the look-behind at every
    offset of the body."""
    low = word.lower()
    forms = (low, low[:-1]) if low.endswith("s") and len(low) > 3 else (low,)
    n = len(body)
    for f in forms:
        k = body.find(f)
        while k >= 0:
            e = k + len(f)
            if (k == 0 or not (body[k - 1].isalnum() or body[k - 1] in _WORD_JOINERS)) \
                    and (e >= n or not (body[e].isalnum() or body[e] in _WORD_JOINERS)):
                return True
            k = body.find(f, k + 1)
    return False


_WORD_JOINERS = "_’'-"  # with the letters and digits, what may not stand beside a whole word


_REGION_HEADS = frozenset(("Prefecture", "Province", "Oblast", "Governorate"))


def build_result(cands: list[Cand], front_texts: dict, rules: RuleExtractor | None = None, front=(),
                 seen_caps=frozenset(), body: str = "", front_numeric: dict | None = None) -> EntityResult:
    """Merge aliases and build the two frames.  ``cands``: body candidates (texts filled in);
    ``front``: (section, tokens, title_case) still to be searched, using the body's names;
    ``front_numeric``: the :func:`~helpers.entities.rules.find_numeric` candidates of each front text,
    if already found."""
    body_only = set(map(attrgetter("section"), cands)) <= {"body"}
    cands = sorted(cands, key=attrgetter("start"))
    teams = _places_as_teams(cands, body) if body else set()
    if body:
        _caps_lede_names(cands, body, front_texts)
    _ship_names(cands)
    _org_names_everywhere(cands)
    stable = _resolve_persons(cands)
    # front matter: search with the body's names known, then resolve the whole lot again (unless it
    # adds nothing and that would change nothing: see _resolve_persons)
    if front and rules is not None:
        known = {}
        for c in cands:
            if c.text not in known and c.type != "PERSON" and c.type != "UNK":
                known[c.text] = (c.type, c.canon or c.text)
        fc = rules.find(list(front), seen_caps, known)
        for c in fc:
            c.sentence = -1
            c.text = front_texts[c.section][c.start:c.end]
        for section, text in front_texts.items():
            if front_numeric is not None and section in front_numeric:
                fc += front_numeric[section]
            else:
                fc += find_numeric(text, section, _no_sentence)
        order = {s: k for k, s in enumerate(FRONT_SECTIONS)}
        fc.sort(key=lambda c: (order[c.section], c.start))
        _mark_teams(fc, teams)
        if fc or not stable:
            body_cands = cands
            cands = cands + fc
            if not stable or _persons_may_take(fc, body_cands):
                _resolve_persons(cands)
    # a single word that is the first or last word of one multi-word organisation named in the
    # article is its short form ("City" for Manchester City, "Hopkins" for Johns Hopkins University)
    lex = load_lexicons()
    short: dict[str, set] = {}
    first_named: dict[str, str] = {}  # first word -> the first organisation named with it, before the word alone
    alone = set()  # one-word names seen so far
    for c in cands:
        if " " not in c.text:
            alone.add(c.text)
        elif c.type == "ORG" and c.rule != "the-name":
            words = c.text.split()
            # "Kilbane and District Community Alliance": "Kilbane" is the place it is named after
            for w in {words[-1]} if len(words) > 2 and words[1] in ("and", "&") else {words[0], words[-1]}:
                if w not in lex.gazetteer and w[:1].isupper():
                    short.setdefault(w, set()).add(c.canon or c.text)
            if words[0] not in lex.gazetteer and words[0][:1].isupper() and words[0] not in alone \
                    and not (len(words) > 2 and words[1] in ("and", "&")) \
                    and not common_word(words[0]):
                first_named.setdefault(words[0], c.canon or c.text)
    # a word named as a place elsewhere in the article is that place ("in Penang", then "Penang's tariffs"),
    # not the short form of the company named after it (the Penang Water Services Corporation)
    place_words = {c.text for c in cands if c.type in ("GPE", "LOC") and " " not in c.text} if short else ()
    if place_words:
        # ... unless the word speaks for the company more often than it is a place ("Voltaro said", "A Voltaro
        # spokesperson" beside one "from Voltaro": the company's short form)
        org_votes: dict[str, int] = {}
        for c in cands:
            if c.text in place_words and c.text in short:
                vote = 1 if c.rule in ("single-speaker", "org-modifier") else -1 if c.type in ("GPE", "LOC") else 0
                org_votes[c.text] = org_votes.get(c.text, 0) + vote
        voted_orgs = {w for w in place_words if org_votes.get(w, 0) > 0}
        place_words = {w for w in place_words if w not in voted_orgs}
    else:
        voted_orgs = set()
    # "the Glenomra" after the Glenomra River: a natural feature named by its first word
    features: dict[str, set] = {}
    for c in cands:
        if c.type == "LOC" and c.rule == "head" and c.text.count(" ") == 1:
            features.setdefault(c.text.split()[0], set()).add(c.canon or c.text)
    for c in cands if features else ():
        names = features.get(c.text, ())
        if c.type == "UNK" and len(names) == 1:
            name = next(iter(names))
            c.type, c.canon, c.rule = "LOC", name, "feature-short-form"
    # "Royal Wrekin" after "Royal Wrekin Hospital": an organisation named without its head word, a name
    # of two words or more that no title or given name made a person's
    headless: dict[str, set] = {}
    for c in cands:
        if c.type == "ORG" and c.text.count(" ") >= 2 and lex.heads.get(c.text.rsplit(None, 1)[-1]) == "ORG":
            headless.setdefault(c.text.rsplit(None, 1)[0], set()).add(c.canon or c.text)
    for c in cands if headless else ():
        names = headless.get(c.text, ())
        if len(names) == 1 and (c.type in ("UNK", "ORG") or c.type == "PERSON" and c.rule == "name-shape"):
            c.type, c.canon, c.rule, c.entity = "ORG", next(iter(names)), "org-short-form", None
    # "the Economic Affairs Committee" after the "Knesset Economic Affairs Committee": the name's last words,
    # two or more ending in an organisation head, where one longer name ends so
    tails: dict[str, set] = {}
    for c in cands:
        if c.type == "ORG" and c.text.count(" ") >= 2 and lex.heads.get(c.text.rsplit(None, 1)[-1]) == "ORG":
            words = c.text.split()
            for k in range(1, len(words) - 1):
                if words[k][:1].isupper():  # (not from "of", "for", "and")
                    tails.setdefault(" ".join(words[k:]), set()).add(c.canon or c.text)
    for c in cands if tails else ():
        names = tails.get(c.text, ())
        if len(names) == 1 and c.type in ("ORG", "UNK") and c.canon in (None, c.text):
            c.type, c.canon, c.rule, c.entity = "ORG", next(iter(names)), "org-short-form", None
    # "Akita" after "Akita Prefecture": a region named by its first word, where one region has that word
    regions: dict[str, set] = {}
    for c in cands:
        if c.type == "GPE" and c.text.count(" ") == 1 and c.text.split()[1] in _REGION_HEADS:
            regions.setdefault(c.text.split()[0], set()).add(c.canon or c.text)
    for c in cands if regions else ():
        names = regions.get(c.text, ())
        if c.type in ("GPE", "UNK") and len(names) == 1:
            c.type, c.canon, c.rule = "GPE", next(iter(names)), "region-short-form"
    for c in cands if short else ():
        names = short.get(c.text, ())
        if names and (c.type == "UNK" or c.type == "ORG" and c.rule == "head" and " " not in c.text
                      or c.rule == "place-context" and c.text in voted_orgs) \
                and not (c.text in lex.heads and _common_noun_opening(body, c)) and c.text not in place_words:
            # "the Commission" for the European Commission, named in full elsewhere; a company's first
            # word for the first company named with it ("Meranti": Meranti Marine Holdings, not the
            # Meranti Shipyard it owns)
            name = next(iter(names)) if len(names) == 1 else first_named.get(c.text)
            if name is not None:
                c.type, c.canon, c.rule = "ORG", name, "org-short-form"
    if body:
        _places_named_in_context(cands, body, lex)
    # entity keys.  Remaining single unknown words: ordinary words ("First") are dropped, the rest are
    # ORG; a person's gender from the first he/she near any mention, where no title gave it
    # an ordinary word capitalised before an institution noun names one ("the Unite union has confirmed"),
    # then wherever it stands alone ("members of Unite", "Unite said")
    named_before_role = {c.text for c in cands if c.type == "UNK" and c.rule == "org-modifier" and c.section == "body"
                         and body[c.end:c.end + 12].split()[:1] in (["union"], ["party"])
                         and common_word(c.text)} if body else ()
    keys: dict[tuple[str, str], list[Cand]] = {}
    places = None  # one-word place names of the article, found when a single unknown word needs them
    kept = []
    by_pos = []  # the body's ORG and GPE mentions (in order of their offsets: sorted above)
    for c in cands:
        typ = c.type
        if typ == "PERSON":
            p = c.entity
            if p is None:
                name = c.text
            else:
                if not p.gender and c.gender in ("m?", "f?"):
                    p.gender = c.gender[0].upper()
                name = p.canon
        else:
            if typ == "UNK":
                if common_word(c.text) and c.text not in named_before_role:
                    continue
                if c.section == "body" and _opens_sentence(body, c.start) and _written_lower(body, c.text):
                    continue  # "Mangroves store ... carbon" opening a sentence, "mangroves" elsewhere: a word
                # a place named as one elsewhere in the article ("after Malargüe picked it up"), a given
                # name alone ("DeLuca's wife, Angela,"); else an organisation
                if places is None:
                    places = {x.text: x.type for x in cands if x.type in ("GPE", "LOC") and " " not in x.text}
                typ = places.get(c.text) or ("PERSON" if c.text in lex.first_names else "ORG")
                c.type = typ
            name = c.canon or c.text
        kept.append(c)
        key = (typ, name)
        same = keys.get(key)
        if same is None:
            keys[key] = [c]
        else:
            same.append(c)
        if (typ == "ORG" or typ == "GPE") and c.section == "body":
            by_pos.append(c)
    cands = kept
    # "Long Name (ACR)": the acronym in brackets right after a name is that name's alias
    bracket: dict[str, str] = {}
    body_text = body
    for a, b in zip(by_pos, by_pos[1:]):
        if a.type == "ORG" and b.type == "ORG" and " " not in b.text and (
                b.text.replace(".", "").isupper() or b.rule == "bracket-alias"):
            between = body_text[a.end:b.start]
            if between == " (" and body_text[b.end:b.end + 1] == ")" or _KNOWN_AS.fullmatch(between):
                bracket[b.canon or b.text] = a.canon or a.text
    merged = False
    for (t, name) in list(keys) if bracket else ():
        # (also where the short form stands alone and a gazetteer took it for a place: "Cameta said")
        if t in ("ORG", "GPE") and name in bracket and bracket[name] != name and ("ORG", bracket[name]) in keys:
            keys[("ORG", bracket[name])].extend(keys.pop((t, name)))
            merged = True
    # an acronym joins the organisation whose initials it spells (IRGC, CENTCOM-style names excluded)
    orgs = {name for (t, name) in keys if t == "ORG"}
    initials_of = None  # initials of the organisations named in two words or more
    for (t, name) in list(keys):
        if t == "ORG" and " " not in name and (name.replace(".", "").isupper() or len(name) >= 3 and name[1:].islower()):
            acr = name.replace(".", "").upper()  # "Esa" for the European Space Agency, as "ESA"
            if initials_of is None:
                initials_of = [(o, initials(o).upper()) for o in orgs if len(o.split()) >= 2]
            full = [o for o, ini in initials_of if o != name and ini == acr]
            if len(full) == 1:
                keys[("ORG", full[0])].extend(keys.pop((t, name)))
                merged = True
    # "Health NZ" for Health New Zealand: a name ending in the initials of the place ending another with
    # the same first words
    for (t, name) in list(keys):
        if t != "ORG" or " " not in name:
            continue
        head, last = name.rsplit(" ", 1)
        if last.isupper() and 2 <= len(last) <= 3 and last.isalpha():
            full = [o for (u, o) in keys if u == "ORG" and o != name and o.startswith(head + " ")
                    and o.count(" ") > name.count(" ") and initials(o[len(head) + 1:]) == last]
            if len(full) == 1:
                keys[("ORG", full[0])].extend(keys.pop((t, name)))
                merged = True
    # order entities by first appearance (body first).  Candidates in that order already (body ones
    # only were passed in, then the front matter's in section order) gave each entity its mentions in
    # order and the entities in order of their first ones, unless mentions were merged above.
    if merged or not body_only:
        for cs in keys.values():
            if len(cs) > 1:
                cs.sort(key=_rank)
        items = sorted(keys.items(), key=lambda kv: _rank(kv[1][0]))
    else:
        items = list(keys.items())

    ent_rows, men_rows = [], []
    alias: dict[str, str] = {}
    surname: dict[str, list[str]] = {}
    spans = []
    add_mention = men_rows.append
    mention_keys = []  # sort key of each mention row: section rank, then offset
    add_key = mention_keys.append
    for eid, ((typ, name), cs) in enumerate(items):
        aliases, titles, roles, sections = [], [], [], []
        gender = ""
        n_body = 0
        first_sentence = None
        person = typ == "PERSON"
        for c in cs:
            text, section, c_titles = c.text, c.section, c.titles
            if text not in aliases:
                aliases.append(text)
            for t in c_titles:
                if t not in titles:
                    titles.append(t)
            if c.role and c.role not in roles:
                roles.append(c.role)
            if section not in sections:
                sections.append(section)
            add_mention((eid, name, typ, text, c.sentence, c.start, c.end, section,
                         c_titles[0] if c_titles else "", c.rule))
            add_key((_SECTION_RANK[section], c.start))
            if section == "body":
                n_body += 1
                if first_sentence is None or c.sentence < first_sentence:
                    first_sentence = c.sentence
                if person:
                    spans.append((c.start, c.end, name))
        if person:
            p = cs[0].entity
            gender = p.gender if p is not None else ""
            last = name.split()[-1]
            surname.setdefault(last, []).append(name)
        if first_sentence is None:
            first_sentence = -1
        ent_rows.append((eid, name, typ, aliases, titles, n_body, first_sentence, gender, roles, sections,
                         len(cs) - n_body))
        for a in aliases:
            alias.setdefault(a, name)
        alias.setdefault(name, name)
    # people are found by their surname first (two people sharing one: the one mentioned more)
    counts = {r[1]: r[5] for r in ent_rows if r[2] == "PERSON"}
    for names in surname.values():
        if len(names) > 1:
            names.sort(key=lambda n: -counts.get(n, 0))
    men_rows = [men_rows[k] for k in sorted(range(len(men_rows)), key=mention_keys.__getitem__)]
    ent = tuples_frame(ent_rows, ENTITY_COLUMNS + EXTRA_ENTITY_COLUMNS, "issooiisooi")
    men = tuples_frame(men_rows, MENTION_COLUMNS + EXTRA_MENTION_COLUMNS, "isssiiisss")
    if not len(ent):  # keep integer dtypes on empty frames
        ent = ent.astype({"entity_id": "int64", "mentions": "int64", "first_sentence": "int64"})
        men = men.astype({"entity_id": "int64", "sentence": "int64", "start": "int64", "end": "int64"})
    spans.sort()
    return EntityResult(ent, men, alias, surname, spans)


_DEFAULT: BaseEntityExtractor | None = None


def extract_entities(article, extractor: BaseEntityExtractor | None = None) -> EntityResult:
    """Entities and mentions of ``article`` (default backend: :class:`RuleEntityExtractor`)."""
    global _DEFAULT
    if extractor is None:
        if _DEFAULT is None:
            _DEFAULT = RuleEntityExtractor()
        extractor = _DEFAULT
    return extractor.extract(article)
