"""The rule-based entity extractor (the default backend of :func:`helpers.entities.extract_entities`).

How it works, per section (body, caption, headline, dek):

1. **Tokens.**  The body uses the article's token frame (``art.tokens``); front matter is tokenised and
   tagged here.  Hyphenated words are split where one side is lower case ("Washington-based",
   "anti-Islamic", "US-led"), title abbreviations absorb their dot ("Col.", "Calif.") and "(ret.)"
   becomes one token.
2. **Chunks.**  Runs of capitalised tokens, joined over "of" / "for" / "&" when the left side ends in
   an organisation, title or place head ("Joint Chiefs of Staff", "Secretary of State"), and on along
   the same name once inside one ("Institute for the Study of War", "Centers for Disease Control and
   Prevention"); over "of" between a common word and a place + organisation head ("Port of Rotterdam
   Authority") and over "and" between two places before one ("England and Wales Cricket Board"); over
   name particles ("Mohammed bin Salman", "Ursula von der Leyen"; "De la Cruz" opening a sentence); over a
   possessive inside an organisation name ("Tigray People's Liberation Front", "King's Fund").  A
   capitalised word at a sentence start (or after an opening quote) is *weak*: it is dropped if it is
   an ordinary English word (the pattern tagger's lexicon, plurals included) unless it is in a
   gazetteer, a title, a given name before another capital, or is seen capitalised mid-sentence
   elsewhere in the article ("Beforehand", "Analysts", "Meteorologists", "Coalition forces").
   Title-cased headlines keep only gazetteer entries and names already found in the body.
3. **Typing a chunk**, in order: "The X" mid-sentence (an outlet or work: ORG); a gazetteer /
   known-name match; all-capitals text (datelines such as "WASHINGTON (AP) —"; shouted text keeps
   only its places); a title inside the chunk, with what stands before it typed on its own
   ("Iranian | Supreme Leader | Ali Khamenei", "Fed | Chair | Jerome Powell"); titles and ranks
   ("Col. (ret.) Richard Kemp" -> PERSON "Richard Kemp", title "Col. (ret.)"); head words
   (University, Force, Corps, Embassy, War, Sea, County... — the head before "of"/"for" wins), with a
   nationality or an abbreviated country peeled off ("Iranian | Quds Force", "U.S. | Treasury
   Department"; "US Embassy", "Israel Defense Forces" stay whole); facilities before "base" /
   "airport"; acronyms (ORG); a role noun or photo credit before the name, an appositive after it
   (", a senior analyst at", ", director of", ", who"; role_nouns.txt / .tsv less institutions), or a given name (PERSON,
   before place-like first words such as "Vladimir"); a place followed by more name ("Kenya Red
   Cross", "Paris Saint-Germain": ORG; a club word, "Bristol Rovers", even opening a sentence); multi-word names otherwise PERSON when every word looks like
   a name ("at Goldman Sachs" and acronyms inside make it ORG); single words: a demonym shape
   ("Tigrayan capital": NORP), place context ("near Mekelle", "the city of Norco", "in Mathare and
   Kibera", an ambiguous city name after "in"/"of": GPE), "the Biden administration" (PERSON), else
   left for step 4.
4. **Aliases** (document level).  A surname alone (or title + surname, or "Von der Leyen") joins the
   nearest earlier person with that surname (else the first later one), so two people sharing a
   surname are kept apart and "Mrs." picks the woman; a lone given name joins the only person with
   it ("Abiy").  Gazetteer hits stay places unless a person with a strong cue (title, given name, role)
   bears that surname.  Countries and known names map to one canonical name ("US", "U.S.", "America"
   -> "United States"); an acronym in brackets after a name, or spelling its initials, joins it
   ("IRGC", "(TPLF)"); a single word that is the first or last word of exactly one organisation named
   in full joins it ("City", "the Commission").  Remaining unknown single words: ordinary English
   words are dropped ("First"), the rest become ORG.
5. DATE, CARDINAL, PERCENT and MONEY come from regular expressions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count

from ..text import matches_at
from .lexicon import _tag_lexicon, common_word, legal_forms, load_lexicons, norm_title

# -- token helpers ------------------------------------------------------------------------------------

_ABBREV_DOT = frozenset(
    """mr mrs ms mx messrs mme dr prof col lt gen brig maj capt cpt cmdr cdr adm sgt cpl pvt gov sen rep
    pres rev hon fr sr jr st mt ft supt insp det atty amb ald co corp inc ltd vice rear staff pharm engr barr
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla
    ore pa tenn tex vt va wash wis wyo""".split()
)
_OPEN = frozenset("“‘\"'([—–-:")
_QUOTES = frozenset("“”‘’\"'")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# holidays and weekdays in the plural name days, not organisations ("the Christmas season", "on
# Saturdays"): like months and weekdays, never a capitalised name part
_HOLIDAYS = frozenset("christmas easter thanksgiving ramadan diwali hanukkah passover".split())
_DATE_WORDS = _MONTHS | _WEEKDAYS | _HOLIDAYS | frozenset(w + "s" for w in _WEEKDAYS)
# a month abbreviation before a day number is part of a date ("Jan. 15", "Nov 20 (Reuters)"), found by
# DATE_RE; not "Jun" or "Mar" (given names / words) nor "May"
# body nouns of an appositive naming an organisation ("Threshold, the housing charity, says")
_APPOSITIVE_BODIES = frozenset(
    """charity union association organisation organization group campaign foundation trust nonprofit
    non-profit coalition alliance federation society lobby network company firm body council board agency regulator
    insurer bank""".split()
)
# a special district's service word ("Unified School District", "Water Improvement District"): an organisation, where
# a plain "X District" ("Cu Chi District") is a place
_DISTRICT_BODY = frozenset("School Schools Unified Water Improvement Conservation Fire Irrigation Utility Utilities "
                           "Sanitation Transit Library Hospital Health Drainage Flood Control Park Parks Sewer "
                           "Community College".split())
_PARTY_NAMES = frozenset(("Conservatives", "Labour", "Greens", "Liberal Democrats", "Lib Dems", "Nationalists"))
_TIME_NOUNS = frozenset("today yesterday tomorrow tonight now".split())
_MONTH_ABBREVIATIONS = frozenset("Jan Feb Apr Aug Sep Sept Oct Nov Dec".split())
_AMBIGUOUS_MONTHS = frozenset(("Mar", "Jun", "Jul"))
_SAINT_NOUNS = frozenset("feast day church cathedral basilica chapel order relics tomb shrine gospel".split())
_PLACE_PREPOSITIONS = frozenset(("in", "of", "from", "near", "across", "around", "outside", "throughout"))
_PLACE_POSSESSIVE_HEADS = frozenset(("Bay", "Vineyard", "Island", "Hill", "Point", "Cove"))
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z][a-z]")
_X_NOUNS = frozenset(("handle", "account", "accounts", "post", "posts", "user", "users", "feed", "thread"))


def initials(name: str) -> str:
    """The initials of an organisation's name, from its capitalised words (not "of", "the"...)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("the", "of", "and", "for"))


def _spells(short: str, name: str) -> bool:
    """Does ``short`` ("Outa", "OUTA", "U.N.") spell the initials of ``name`` (two or more), in any case?"""
    ini = initials(name)
    return len(ini) >= 2 and short.replace(".", "").upper() == ini.upper()


def _initials_of(short: str, words: list[str]) -> bool:
    """Is ``short`` (two to six letters) the initials of ``words``, with or without the small words
    ("TfW" for "Transport for Wales", "DoH" or "DH" for "Department of Health"), a legal form at the end aside
    ("AoT" for "Airports of Thailand Plc")?"""
    if not (2 <= len(short) <= 6 and short.isalpha() and short[:1].isupper()):
        return False
    if len(words) > 2 and words[-1].rstrip(".") in _LEGAL_ENDS and _initials_of(short, words[:-1]):
        return True
    low = short.lower()
    return low in ("".join(w[0] for w in words).lower(), "".join(w[0] for w in words if w[:1].isupper()).lower())


_LEGAL_ENDS = frozenset("Plc PLC plc Ltd Limited Inc Corp Co LLC Bhd Berhad SA AG GmbH NV BV AB ASA".split())


def _abbreviates(short: str, name: str) -> bool:
    """Is ``short`` ("Kemsa") a short form of ``name`` ("Kenya Medical Supplies Authority"): its letters in
    order in the name, the first one the name's, and the first letter of at least half its words?"""
    low, name_low = short.lower(), name.lower()
    if len(low) < 3 or not low.isalpha() or name_low[:1] != low[:1]:
        return False
    pos = 0
    for ch in low:
        pos = name_low.find(ch, pos) + 1
        if not pos:
            return False
    ini = initials(name).lower()
    return len(ini) >= 2 and sum(ch in low for ch in ini) * 2 >= len(ini)


# lower-case words after a sentence-opening "Labour" that make it the field of work, not the party
_LABOUR_FIELD = frozenset("""rights law laws market markets costs cost shortage shortages force standards migration
    productivity exploitation relations disputes unrest inspectors inspections practices activists""".split())
# region words before a demonym ("Latin American", "South American", "North African")
_REGION_WORDS = frozenset("Latin South North Central East West Southeast Northern Southern Eastern Western".split())
# a plural acronym naming people's role ("EMTs", "MPs", "CEOs")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
# nouns after "Dhaka-Tangail": a route between two places
_ROUTE_END_NOUNS = frozenset("""highway road expressway motorway railway rail corridor route line border crossing
    flight flights train trains bus service link""".split())
# tags of words that open no name when capitalised only for the sentence's start (prepositions, determiners,
# conjunctions, pronouns, wh-words, modals)
_FUNCTION_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "MD", "EX", "PDT"})


def _irish_an(word: str) -> bool:
    """Can "An" before ``word`` be the Irish article opening a name: a capitalised word that starts with a
    consonant, not in capitals (English "an" comes before a vowel sound: "An Italian court", "An MP")?"""
    return word[:1].isupper() and word[:1] not in "AEIOUHÁÉÍÓÚ" and not word.isupper() and word.isalpha()


def _date_month(text: list[str], k: int) -> bool:
    """Is token ``k`` a month abbreviation opening a date ("Jan. 15", "Nov 20")?"""
    if text[k] in _MONTH_ABBREVIATIONS:
        return k + 1 < len(text) and (text[k + 1] == "." or text[k + 1][:1].isdigit())
    # "Mar", "Jun", "Jul" only in a full date: "Updated Mar 20, 2025"
    return text[k] in _AMBIGUOUS_MONTHS and k + 3 < len(text) and text[k + 1].isdigit() and text[k + 2] == "," \
        and len(text[k + 3]) == 4 and text[k + 3].isdigit()


# a capitalised prefix before a hyphen opens a sentence, not a name ("Pre-tax profit", "Non-executive")
_HYPHEN_PREFIXES = frozenset("pre post non anti pro mid co ex re semi multi self cross inter counter sub "
                             "super ultra over under".split())
_STOP = frozenset("the a an in on of to and or for at by is was are were said says from with as".split())
_PARTICLES = frozenset(("de", "del", "da", "di", "van", "von", "der", "al", "bin", "ibn", "bint", "abu", "le", "la", "du",
                        "dos", "das"))
_CONNECT = frozenset(("of", "for", "&", "on", "and", "ng")) | _PARTICLES  # words that may join two capitalised runs
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}$")  # "P.R.", "K." (not "U.S.": a place in the gazetteer)
_HYPHEN_KEEP = frozenset("al el ad as ash at az bin ibn abu bint ben co".split())  # (and "Co-operative")
_NOT_ACRONYM = frozenset(
    """I A OK TV AM PM CEO CFO COO CTO MP MPS ID IQ PR GDP AI IPO ETF CPI PPE HIV AIDS DNA LGBT LGBTQ VAT SUV
    PhD MBA FAQ DIY VIP RSVP ASAP FYI NB PS ATM CBD ICU GMT UTC BST CET CEST EST EDT CST CDT PST PDT AEST AEDT EMS
    IST SAST WAT EAT IT MPs MSPs TDs MLAs MEPs MPPs MNAs Cllrs HR LNG LPG EV EVs
    NOTE UPDATE UPDATED CORRECTION CLARIFICATION BREAKING EXCLUSIVE WATCH LISTEN READ EDITOR EDITORS""".split()
)
_SPEECH = frozenset(
    """said says told tells added adds explained explains noted notes warned warns argued argues insisted
    insists wrote writes stated states claimed claims asked asks replied replies elaborated concluded
    postulated believes believed thinks thought fears feared""".split()
)
_ORG_PREPS = frozenset(("at", "with", "by"))  # "analysts at Goldman Sachs": not a person
_ORG_PREPS_OF = _ORG_PREPS | {"of"}
_LOC_PREPS = frozenset(("in", "near", "outside", "across", "into", "towards", "toward", "through"))
# "reversed back to Pontypridd", "flew to Lampeter": "to" after going somewhere names a place (and "through Bangor",
# not "through Castor’s low-gain antenna")
_MOTION_TO = frozenset("back travelled traveled moved returned flew drove went headed evacuated diverted relocated "
                       "bound trip journey commute commuted sailed walked".split())
# what runs between two places: "the Uig–Tarbert route", "a reduced service between Uig and Tarbert"
_ROUTE_NOUNS = frozenset("route routes service services ferry ferries flight flights train trains road line crossing "
                         "crossings sailing sailings link corridor bus buses".split())
_DASHES = frozenset("–—-")
_PLACE_NOUNS = frozenset("city town village capital province region state county district port suburb "
                         "neighborhood neighbourhood".split())
# lower-case nouns after a place's name: "the Ebute Metta area", "the Gulshan district"
_AREA_NOUNS = frozenset("area areas district suburb suburbs neighbourhood neighborhood township estate locality".split())
# "Residents of Korangi, Landhi and Malir", "the outskirts of Kisumu": the nouns before "of" + a place
_OF_A_PLACE = frozenset("residents inhabitants villagers people parts areas suburbs outskirts streets".split())
# time zones written after a clock time ("2:10PM ET", "7 a.m. GMT"): no organisation
_TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST IST WAT CAT EAT SAST AEST "
                        "AEDT ACST AWST NZST NZDT JST KST HKT SGT PKT".split())
_NORP_SUFFIXES = ("ian", "ean", "yan", "ese", "ish", "ani")
_LOC_PREFIXES = frozenset("Mount Mt. Lake Cape Gulf Strait Isle Bay Sea Lake River".split())
# words that, after a place, name a sports club ("Bristol Rovers", "Leeds United", "Manchester City")
_CLUB_WORDS = frozenset("Rovers United City Rangers Athletic Wanderers Albion Villa Hotspur Argyle Orient".split())
_PERSON_FOLLOWERS = frozenset("administration presidency campaign era loyalists doctrine".split())
# title words that modify a person's role, never an organisation's name ("Former", unlike "City", "State")
_ROLE_MODIFIERS = frozenset("former acting interim ex deputy senior junior assistant associate".split())
# what is posted on a social network ("wrote on X", "a post on X")
_POSTING = frozenset("wrote posted said post posts posting statement message video tweeted written comment "
                     "comments thread account".split())
# letters after a person's name: rank, honours, parliament, generation
_POST_NOMINALS = frozenset("KC QC SC MP MSP MLA TD OBE MBE CBE KBE DBE Jr Sr".split())
_COMPASS = frozenset("North South East West Central".split())
# a player's position after a club's name ("South Adelaide key forward Ollie Brennan")
_PLAYER_ROLES = frozenset("forward defender midfielder ruckman winger goalkeeper keeper fullback halfback".split())
# words before a place's name that name a part of it ("East Clare", "Western Visayas", "Metro Manila")
_REGION_PREFIXES = _COMPASS | frozenset("Northern Southern Eastern Western Upper Lower Greater Metro Inner Outer".split())
# the prefixes of ships' names ("MV Eilean Dubh", "HMS Victory"; "MS", "SS", "MT" only after "the")
_SHIP_PREFIXES = frozenset("MV HMS RMS USS USNS FV HMAS HMCS HMNZS RV".split())
# a company's legal form after its name and a comma ("Banyan Equities, Inc.")
_COMPANY_SUFFIXES = legal_forms()  # "Pacifica Savings Bank, Inc.": after a comma, part of the name
# people and journeys said to come from a place ("an engineer from Shropshire", "the stage from
# Plasencia"), besides the role nouns
_FROM_A_PLACE = frozenset("man woman men women boy girl resident residents family engineer student worker "
                          "workers fan fans mother father couple pensioner stage route flight flights train "
                          "bus journey drive km kilometres miles".split())
# "DeLuca's wife", "Okafor's lawyer": only a person has these
_KIN_NOUNS = frozenset("wife husband son daughter mother father brother sister widow widower parents "
                       "children partner fiancée fiance girlfriend boyfriend".split())
_FACILITY_NOUNS = frozenset("base airbase airport camp prison port compound barracks outpost station stations interchange depot".split())
_FEMALE = frozenset("she her hers herself".split())
_MALE = frozenset("he him his himself".split())
_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW")


class Tokens:
    """A section's tokens as column lists, one entry per token: ``start, end, text, pos, sent``
    (sentence index), ``cap`` (capitalised: may be part of a name) and ``weak`` (capitalised only
    because it opens a sentence, a quote or a headline); ``caps`` lists the indices of the capitalised
    tokens, ``kind`` holds each token's :func:`_kind` bits and ``flagged`` lists the indices of the
    tokens with any (a few in ten: what a walk over capitals, brackets or pronouns need visit).  Token
    texts hold no whitespace.  Made by :func:`prepare_tokens`."""

    __slots__ = ("start", "end", "text", "pos", "sent", "cap", "weak", "caps", "kind", "flagged")

    def __init__(self, start: list, end: list, text: list, pos: list, sent: list, cap: list, weak: list,
                 caps: list, kind: list, flagged: list | None = None):
        self.start, self.end, self.text, self.pos, self.sent = start, end, text, pos, sent
        self.cap, self.weak, self.caps, self.kind = cap, weak, caps, kind
        self.flagged = list(compress(count(), kind)) if flagged is None else flagged

    def __len__(self) -> int:
        return len(self.text)

    def rows(self) -> list[tuple]:
        """``(start, end, text, pos, sent, cap, weak)`` per token."""
        return list(zip(self.start, self.end, self.text, self.pos, self.sent, self.cap, self.weak))


@dataclass(slots=True)
class Cand:
    """One typed mention found in a section (before alias resolution)."""

    section: str
    sentence: int
    start: int
    end: int
    text: str
    type: str  # an entity type, or "UNK" (a single unknown capitalised word)
    canon: str | None = None  # canonical name when a lexicon gives it
    titles: list = field(default_factory=list)
    gender: str = ""
    rule: str = ""
    role: str = ""  # lower-case role noun before a person ("commander")
    entity: object = None


_POSSESSIVE_NOUNS = frozenset(
    "People Children Women Men Workers Veterans Citizens Farmers Nations Writers Teachers Soldiers Martyrs "
    "Students Believers Lawyers Journalists Doctors Nurses Mothers Fathers Families Kings Queens".split())
_PLACE_TYPES = frozenset(("GPE", "LOC"))
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][a-z]{1,5}\.?$")  # "D-Mass." after a US lawmaker's name


_HAS_DIGIT = re.compile(r"\d")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar)-[A-Z][^\W\d_]+$")


_WORD_NUMBER = re.compile(r"^[A-Z][a-z]{2,}\d{1,3}$")  # "News24", "Sport24": a name ending in digits


def _is_cap(text: str) -> bool:
    if not text[:1].isupper() or _HAS_DIGIT.search(text) and not _WORD_NUMBER.match(text):
        return False
    return not _PARTY_STATE.match(text)


class _Memo(dict):
    """``memo[word]`` is ``f(word)``, computed on first use; emptied when it grows past ``limit``."""

    def __init__(self, f, limit: int = 200_000):
        super().__init__()
        self.f, self.limit = f, limit

    def __missing__(self, word):
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.f(word)
        return value


_norm = _Memo(norm_title).__getitem__  # "Col." -> "col"

# What the token pass needs to know of a token's text:
_SPECIAL = 1  # may be joined to the next tokens or split at a hyphen
_CAP = 2  # capitalised: a name part (weak if it opens a sentence or a quote)
_NAME_PART = 4  # "al-Assad", "bin-Salman": a name part, never weak
_HE = 8  # he, him, his, himself (any case)
_SHE = 16  # she, her, hers, herself (any case)


def _kind(t: str) -> int:
    """The :data:`_SPECIAL` / :data:`_CAP` / :data:`_NAME_PART` / :data:`_HE` / :data:`_SHE` bits of a
    token text."""
    c0 = t[:1]
    if c0.isupper():
        special = "-" in t or t.lower() in _ABBREV_DOT or len(t) == 1
    else:
        special = c0 == "(" or "-" in t and c0 != "-" and any(ch.isupper() for ch in t)
    if _ARABIC_ARTICLE.match(t):
        k = _NAME_PART
    elif c0.isupper() and _is_cap(t) and t != "I" and t.lower() not in _DATE_WORDS:
        k = _CAP
    else:
        k = 0
    low = t.lower()
    k |= _HE if low in _MALE else _SHE if low in _FEMALE else 0
    return k | _SPECIAL if special else k


_kinds_of = _Memo(_kind).__getitem__

# what a weak capitalised word is by itself (RuleExtractor._weak_word)
_NOT_COMMON, _PLAIN, _LISTED = 0, 1, 2


def _kinds(texts: list[str]) -> list[int]:
    return list(map(_kinds_of, texts))


def prepare_tokens(raw) -> Tokens:
    """``raw``: iterable of ``(start, end, text, pos, sentence)``.  Splits hyphens, joins ``Col`` + ``.``
    and ``( ret . )``, and marks capitalised tokens (``cap``) and those capitalised only because they
    open a sentence or a quote (``weak``)."""
    raw = raw if isinstance(raw, list) else list(raw)
    if not raw:
        return Tokens([], [], [], [], [], [], [], [], [])
    return token_columns(*map(list, zip(*raw)))


def token_columns(starts: list, ends: list, texts: list, poss: list, sents: list, shared: bool = False) -> Tokens:
    """:func:`prepare_tokens` on column lists, which become the columns of the result (joins and
    splits edit them in place; with ``shared``, lists that others read too, so copies of them are
    edited instead, if any token is joined or split)."""
    kinds = _kinds(texts)
    flagged = list(compress(count(), kinds))  # capitalised, special or a pronoun: a few tokens in ten
    edits = _joins_and_splits(starts, ends, texts, poss, sents, [i for i in flagged if kinds[i] & _SPECIAL])
    if edits:
        if shared:
            starts, ends, texts, poss, sents = list(starts), list(ends), list(texts), list(poss), list(sents)
        columns = (starts, ends, texts, poss, sents)
        for k, span, rows in reversed(edits):  # from the end: the indices of earlier edits stay put
            for col, values in zip(columns, zip(*rows)):
                col[k:k + span] = values
            kinds[k:k + span] = [_kinds_of(row[2]) for row in rows]
        flagged = list(compress(count(), kinds))
    n = len(texts)
    cap = [False] * n
    weak = [False] * n
    caps = [i for i in flagged if kinds[i] & (_CAP | _NAME_PART)]
    for i in caps:
        cap[i] = True
        if kinds[i] & _CAP and (i == 0 or sents[i] != sents[i - 1] or texts[i - 1] in _OPEN):
            weak[i] = True
    return Tokens(starts, ends, texts, poss, sents, cap, weak, caps, kinds, flagged)


def _joins_and_splits(starts, ends, texts, poss, sents, special) -> list[tuple[int, int, list[tuple]]]:
    """``(index, span, rows)``: the tokens ``index .. index + span - 1`` become ``rows`` (``start, end,
    text, pos, sentence``), for the tokens at the indices ``special`` joined to the next ones ("Col" +
    ".", "( ret . )") or split at hyphens ("Washington-based"); in order."""
    edits = []
    n = len(texts)
    done = 0  # tokens before this one are joined to an earlier one
    for k in special:
        if k < done:
            continue
        s, e, t, p, si = starts[k], ends[k], texts[k], poss[k], sents[k]
        i = k + 1
        c0 = t[:1]
        if not c0.isupper():
            if c0 == "(" and i + 2 < n and texts[i].lower() == "ret" and texts[i + 1] == "." and texts[i + 2] == ")":
                edits.append((k, 4, [(s, ends[i + 2], "(ret.)", "NNP", si)]))
                done = k + 4
            elif "-" in t and c0 != "-" and any(ch.isupper() for ch in t):
                _split_hyphen(edits, k, s, e, t, p, si)
        elif i < n and texts[i] == "." and starts[i] == e and (t.lower() in _ABBREV_DOT or len(t) == 1):
            edits.append((k, 2, [(s, ends[i], t + ".", "NNP", si)]))
            done = k + 2
        elif "-" in t:
            if k > 0 and texts[k - 1][:1].isupper() and sents[k - 1] == si and _ROMANISED_GIVEN.match(t) \
                    and t[t.index("-") + 1:] not in _HYPHEN_SUFFIXES:
                # "Leung Ka-wai", "Chan Wing-sze", "Moon Jae-in": a romanised two-syllable given name after
                # the surname stays one name token (not "Washington-based", "Bloomberg-led")
                edits.append((k, 1, [(s, e, t, "NNP", si)]))
                continue
            _split_hyphen(edits, k, s, e, t, p, si)
    return edits


_CLUB_NOUNS = frozenset("side outfit club".split())  # lower-case, right before a club's name
_MUNICIPAL = frozenset("City Town Municipality Borough Shire".split())
_STORM_WORDS = frozenset("Cyclone Hurricane Typhoon Storm".split())
_ROMANISED_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{1,4}$")
# lower-case second halves of ordinary hyphenated words after a capitalised first half
_HYPHEN_SUFFIXES = frozenset("led run born made held like wide free old day up out off on era age way".split())


# lower-case words inside a hyphenated place name ("Rivière-des-Hérons", "Stratford-upon-Avon",
# "Saint-Jean-sur-Richelieu", "Frankfurt-am-Main"): the name is kept whole
_NAME_PARTICLES = frozenset("de des du la le les sur sous en lès aux et upon under on in by the of am an der "
                            "di del da do dos das y e i ul ud ur".split())  # (Urdu "Gulshan-i-Iqbal")


def _split_hyphen(edits, k, s, e, t, p, si):
    """Split token ``k`` ("Washington-based", "anti-Islamic", "US-led") where a lower-case piece meets
    a capitalised one (not inside a place name: "Rivière-des-Hérons"): an edit for :func:`_joins_and_splits`."""
    parts = t.split("-")
    if len(parts) >= 2 and all(parts):
        kinds = [x[:1].isupper() for x in parts]
        if any(kinds) and not all(kinds) and not (parts[0].lower() in _HYPHEN_KEEP and len(parts) == 2) \
                and not (kinds[0] and kinds[-1] and all(x in _NAME_PARTICLES for x in parts[1:-1] if not x[:1].isupper())):
            rows = []
            pos_ = s
            for part in parts:
                rows.append((pos_, pos_ + len(part), part, "NNP" if part[:1].isupper() else "JJ", si))
                pos_ += len(part) + 1
            edits.append((k, 1, rows))
            return
    if e != s + len(t):  # kept whole, ending where its text does
        edits.append((k, 1, [(s, s + len(t), t, p, si)]))



# -- the extractor ------------------------------------------------------------------------------------

class RuleExtractor:
    """Rules + gazetteers over the pattern tagger's tokens.  Use through
    :class:`helpers.entities.RuleEntityExtractor`; ``find(sections)`` returns typed candidates."""

    def __init__(self, lexicons=None):
        self.lex = lexicons or load_lexicons()
        self._seen: set = set()
        self._last: Cand | None = None  # the previous candidate of the section (for coordination)
        self._initialled: set[str] = set()  # names joined over "for" / "of" by their bracketed initials (per find)
        self._weak_words = _Memo(self._weak_word)  # word -> what _weak_ok makes of it by itself
        # first word of a listed title (normalised) -> most words of a title starting with it
        self._title_first: dict[str, int] = {}
        for key in self.lex.titles:
            words = key.split(" ")
            self._title_first[words[0]] = max(self._title_first.get(words[0], 0), len(words))

    # ---- chunking ----
    def _gaz_match(self, toks: Tokens, i: int, j: int):
        """Longest gazetteer entry starting at ``toks[i]`` within ``toks[i:j]``: (end index, (type, canon))."""
        gaz = self.lex.gazetteer
        text = toks.text
        first = text[i]
        longest = self.lex.first_words.get(first)
        if j <= i:
            return None
        if longest is None or j == i + 1:  # only the word itself can match (most words)
            hit = gaz.get(first)
            if hit is None and first.endswith(("’", "'")):
                hit = gaz.get(first[:-1])
            return None if hit is None else (i + 1, hit)
        for k in range(min(j, i + longest), i, -1):
            key = first if k == i + 1 else " ".join(text[i:k])
            hit = gaz.get(key)
            if hit is None and k - i == 1 and first.endswith(("’", "'")):
                hit = gaz.get(first[:-1])
            if hit is not None:
                return k, hit
        return None

    def _title_match(self, toks: Tokens, i: int, j: int):
        """Longest title starting at ``toks[i]`` (modifiers such as "Defense", "Supreme" included):
        returns the end index or None."""
        lex = self.lex
        text = toks.text
        k = i
        best = None
        while k < j:
            # a listed (possibly multi-word) title starting at k
            hit_end = None
            first = _norm(text[k])
            longest = self._title_first.get(first)
            if longest:
                for m in range(min(j, k + longest), k, -1):
                    key = first if m == k + 1 else " ".join(map(_norm, text[k:m]))
                    if key in lex.titles:
                        hit_end = m
                        break
            if hit_end is not None:
                best = hit_end
                k = hit_end
                if k < j and text[k] == "(ret.)":
                    k += 1
                    best = k
                continue
            if first in lex.title_words:
                k += 1
                continue
            break
        return best

    def _weak_word(self, t: str) -> int:
        """What :meth:`_weak_ok` needs to know of a weak word by itself: :data:`_NOT_COMMON` (not an
        ordinary English word: kept), :data:`_PLAIN` (an ordinary word that starts no gazetteer entry
        and is no title word or given name: kept only at the head of an organisation's name) or
        :data:`_LISTED` (an ordinary word that one of the lexicons lists)."""
        if not common_word(t) and t.lower() not in _HYPHEN_PREFIXES:
            return _NOT_COMMON
        lex = self.lex
        listed = (t in lex.first_words or t in lex.gazetteer or t.endswith(("’", "'")) and t[:-1] in lex.gazetteer
                  or _norm(t) in lex.titles or _norm(t) in lex.title_words or t in lex.first_names)
        return _LISTED if listed else _PLAIN

    def _weak_ok(self, toks: Tokens, i: int, seen_caps: set, end: int | None = None) -> bool:
        """Should a weak (sentence-initial) capitalised token start or stay in a name?  Looks at
        ``toks[i:end]`` (to the end by default)."""
        n = len(toks) if end is None else end
        text, cap, sent = toks.text, toks.cap, toks.sent
        t = text[i]
        if _tag_lexicon().get(t.lower(), "") in _FUNCTION_TAGS and not self._gaz_match(toks, i, n) and not (
                t == "The" and i + 1 < n and cap[i + 1] and not self._run_ends_in_org(toks, i + 1)) and not (
                t == "An" and i + 1 < n and cap[i + 1] and _irish_an(text[i + 1])):
            # "In Weld County", "Under Nova Scotia's …", "The Financial Services Commission said": a function word at
            # the start opens no name (but "The" does before a name that is no body's: "The Guardian", "The Times")
            return False
        if t in seen_caps:
            return True
        if t == "An" and i + 1 < n and cap[i + 1] and sent[i + 1] == sent[i] and _irish_an(text[i + 1]):
            return True  # "An Coimisiún Pleanála has refused ...": Irish "An" (the) opens the name
        if t[-1:] == "s" and i + 2 < n and text[i + 1] in ("’", "'") and toks.start[i + 1] == toks.end[i] \
                and cap[i + 2] and sent[i + 2] == sent[i] and self.lex.heads.get(text[i + 2]) == "ORG":
            return True  # "Workers’ Party MP Gerald Tan said": a plural possessive opening an organisation's name
        word = self._weak_words[t]
        if word == _NOT_COMMON:
            return True
        if t.lower() in _PARTICLES:
            # "De la Cruz said": a particle opening a surname (lower-case particles, then a capital)
            k = i + 1
            while k < n and text[k] in _PARTICLES:
                k += 1
            if k > i + 1 and k < n and cap[k] and sent[k] == sent[i]:
                return True
        if t in ("Labour", "Labor") and i + 1 < n and text[i + 1] in _LABOUR_FIELD:
            return False  # "Labour rights groups say ...": the field, not the party, opening the sentence
        if word == _LISTED:
            if self._gaz_match(toks, i, n):
                return True
            if _norm(t) in self.lex.titles or _norm(t) in self.lex.title_words:
                # "Secretary of State Mike Pompeo said"
                return i + 1 < n and sent[i + 1] == sent[i] and (cap[i + 1] or text[i + 1] == "of")
            if t in self.lex.first_names:
                return i + 1 < n and cap[i + 1] and sent[i + 1] == sent[i]
        if _tag_lexicon().get(t.lower(), "") in _FUNCTION_TAGS:
            # "In Weld County, a commissioner ...", "For Mei Ling Tran, who runs ...": a preposition opens no name
            return False
        # "National Security Council said": a run ending in an organisation head
        k = i + 1
        while k < n and cap[k] and sent[k] == sent[i]:
            k += 1
        if k - i >= 2 and text[k - 1] in self.lex.heads:
            return True
        if k + 1 < n and text[k] in ("for", "of") and cap[k + 1]:
            # "Transport for Wales (TfW) has apologised": a name whose short form in brackets spells its initials
            m = k + 1
            while m < n and cap[m] and sent[m] == sent[i]:
                m += 1
            # (the short form in brackets may lie past the chunk being looked at: past ``end``)
            if m + 2 < len(text) and text[m] == "(" and text[m + 2] == ")" and _initials_of(text[m + 1], text[i:m]):
                return True
        if k - i >= 3 and _tag_lexicon().get(t.lower(), "").startswith("NN") \
                and self.lex.gazetteer.get(text[k - 1], ("",))[0] in _PLACE_TYPES \
                and not any(x in self.lex.first_names for x in text[i + 1:k - 1]):
            return True  # "Surf Life Saving Queensland says": a body named for its field and its place
        # "Tame Kaipara, chair of the rūnanga, says": a name an appositive describes as a person (not a noun
        # describing her before it: "Midwife Huia Tomoana, who ...")
        if 2 <= k - i <= 4 and k < len(text) and text[k] == "," \
                and not _tag_lexicon().get(t.lower(), "NNP").startswith("NN") and self._appositive_person(toks, k + 1):
            return True
        # "Threshold, the housing charity, says": a noun opening the sentence that an appositive describes as a
        # body (not "Yesterday, the company, ...", nor an adverb: "However, the company, which ...")
        # ("Oysters Australia, the national industry body, says": the same for a field and its place)
        return (k - i == 1 or k - i == 2 and self.lex.gazetteer.get(text[k - 1], ("",))[0] in _PLACE_TYPES) \
            and k < len(text) and text[k] == "," and t.lower() not in _TIME_NOUNS \
            and _tag_lexicon().get(t.lower(), "NN").startswith("NN") and self._appositive_org(toks, k + 1)

    def _run_ends_in_org(self, toks: Tokens, k: int) -> bool:
        """Does the capitalised run starting at ``toks[k]`` end in an organisation head ("Fund"), perhaps
        followed by the place it is in ("College London", "University Belfast")?"""
        cap, sent, text = toks.cap, toks.sent, toks.text
        n = len(toks)
        m = k
        while m < n and cap[m] and sent[m] == sent[k]:
            m += 1
        gazetteer = self.lex.gazetteer
        while m - 1 > k and gazetteer.get(text[m - 1], ("",))[0] in _PLACE_TYPES:
            m -= 1
        return m > k and self.lex.heads.get(text[m - 1]) == "ORG"

    def chunks(self, toks: Tokens, seen_caps: set, title_case: bool = False):
        """Yield (i, j) index ranges of capitalised runs."""
        n = len(toks)
        heads = self.lex.heads
        gazetteer, titles = self.lex.gazetteer, self.lex.titles
        text, cap, sent, weak = toks.text, toks.cap, toks.sent, toks.weak
        done = 0  # tokens before this one are in a chunk already
        for i in toks.caps:
            if i < done:
                continue
            si = sent[i]
            if title_case:
                j = i + 1
                while j < n and cap[j] and sent[j] == si:
                    j += 1
                yield i, j
                done = j
                continue
            if weak[i] and not self._weak_ok(toks, i, seen_caps):
                continue
            j = i + 1
            in_org = False  # inside "Institute for the Study of War": later connectors join too
            while j < n and sent[j] == si:
                if cap[j] or text[j] == "(ret.)":
                    j += 1
                    continue
                # "Tigray People's Liberation Front", "Children's Hospital": a common noun + 's inside a name
                if text[j] in ("’s", "'s") and j + 1 < n and cap[j + 1] and sent[j + 1] == si \
                        and (text[j - 1] in _POSSESSIVE_NOUNS
                             or text[j + 1] in _PLACE_POSSESSIVE_HEADS and j == i + 1
                             and not (j + 2 < n and cap[j + 2] and sent[j + 2] == si)  # "Hawke's Bay", "Martha's Vineyard"
                             or self._run_ends_in_org(toks, j + 1) and text[j - 1] not in gazetteer
                             and heads.get(text[j - 1]) != "ORG"):  # not "Temple University’s Beasley School"
                    j += 1
                    continue
                # a plural possessive inside an organisation's name ("Penang Consumers' Forum", "Ferry Users’
                # Group"), an office's chambers ("Attorney-General's Chambers")
                if j + 1 < n and cap[j + 1] and sent[j + 1] == si and (
                        text[j] in ("’", "'") and toks.start[j] == toks.end[j - 1] and text[j - 1][-1:] == "s"
                        and (self._run_ends_in_org(toks, j + 1) or heads.get(text[j + 1]) == "ORG")  # "Workers’ Party MP"
                        or text[j] in ("’s", "'s") and text[j + 1] == "Chambers" and "-" in text[j - 1]
                        and _norm(text[j - 1]).replace("-", " ") in titles):
                    j += 1
                    continue
                # a nickname in quotation marks inside a name: "Sen. Ramon “Monching” Dizon" (one word opens it)
                if text[j] in ("“", '"') and j - i <= 3 and j + 3 < n and cap[j + 1] and text[j + 2] in ("”", '"') \
                        and cap[j + 3] and sent[j + 3] == si and toks.start[j + 1] == toks.end[j] \
                        and toks.end[j + 1] == toks.start[j + 2]:
                    j += 3
                    continue
                # connectors: "Joint Chiefs of Staff", "Secretary of State", "Bosnia and Herzegovina"
                low = text[j].lower()
                if low in _CONNECT:
                    k = j + 1
                    if k < n and text[k].lower() == "the":
                        k += 1
                    while low in _PARTICLES and k < n and text[k].lower() in _PARTICLES:
                        k += 1  # "Ursula von der Leyen", "Juan de la Cruz"
                    if k < n and cap[k] and sent[k] == si and not _date_month(text, k):
                        left = text[j - 1]
                        m = k + 1
                        while m < n and cap[m] and sent[m] == si:
                            m += 1
                        ok = " ".join(text[i:m]) in gazetteer or low == "ng" and k == j + 1
                        if not ok and low in _PARTICLES:
                            ok = all(x.lower() in _PARTICLES for x in text[j:k])  # "Mohammed bin Salman"
                        elif not ok and low != "and":
                            ok = (left in heads and heads[left] in ("ORG", "LOC", "FAC", "GPE")) or \
                                 _norm(left) in titles or low == "&" or (in_org and low in ("of", "for", "on"))
                            if not ok and low == "of" and k == j + 1 and left in ("House", "Chamber", "Court") \
                                    and self._run_ends_in_org(toks, k):
                                ok = True  # "Lagos State House of Assembly", "House of Representatives"
                            if not ok and low == "of" and k == j + 1 and left in _MUNICIPAL and j == i + 1 \
                                    and gazetteer.get(" ".join(text[k:m]), ("",))[0] == "GPE":
                                ok = True  # "City of Cape Town": the municipality
                            if not ok and low == "of" and k == j + 1 and common_word(left) \
                                    and self._place_then_org_head(text, k, m):
                                ok = True  # "Port of Rotterdam Authority": X of <place> <head>
                            if not ok and low in ("for", "of"):
                                name = " ".join(text[i:m])
                                if m + 2 < n and text[m] == "(" and text[m + 2] == ")" and _initials_of(text[m + 1], text[i:m]):
                                    # "Transport for Wales (TfW)": its short form spells its initials; later
                                    # "Transport for Wales posted" is the same name
                                    ok = in_org = True
                                    self._initialled.add(name)
                                elif name in self._initialled:
                                    ok = in_org = True
                            in_org = in_org or (ok and heads.get(left) == "ORG")
                        elif not ok:
                            # "Centers for Disease Control and Prevention", "Department of Health and Human
                            # Services": "and" inside an "X of/for Y" organisation name
                            inner = text[i:j]
                            ok = k == j + 1 and (("of" in inner or "for" in inner) and any(
                                heads.get(x) == "ORG" for x in inner)
                                or gazetteer.get(" ".join(inner), ("",))[0] in _PLACE_TYPES
                                and self._place_then_org_head(text, k, m))
                            # "England and Wales Cricket Board": <place> and <place> ... <head>
                            if not ok and k == j + 1 and (j == i + 1 or j == i + 2 and text[i] == "The") \
                                    and text[j - 1].endswith("s") \
                                    and heads.get(text[m - 1]) == "ORG" and m - k <= 3:
                                # "Securities and Commodities Authority", "Fish and Wildlife Service": two fields
                                # and the body's head
                                ok = True
                            if not ok and k == j + 1:
                                m2 = self._and_org_end(toks, i, j, k)  # "Kilbane and District Community Alliance"
                                if m2:
                                    j = m2
                                    continue
                        if ok:
                            j = m
                            continue
                if in_org and text[j] == ",":
                    # "Department of Environment, Tourism, Science and Innovation", "Ministry of Culture, Sports
                    # and Tourism": the list of portfolios after an organisation's "of" is one name
                    q = j
                    while q + 1 < n and text[q] == "," and cap[q + 1] and sent[q + 1] == si:
                        q += 2
                        while q < n and cap[q] and sent[q] == si:
                            q += 1
                    # ("Department of Forestry, Fisheries and the Environment": "the" before the last one)
                    r = q + 2 if q + 2 < n and text[q + 1] == "the" else q + 1
                    if q > j and r < n and text[q] == "and" and cap[r] and sent[r] == si:
                        q = r + 1
                        while q < n and cap[q] and sent[q] == si:
                            q += 1
                        # (portfolios are ordinary words: not "the Department of Health, Smith and Jones")
                        if all(common_word(t) and t not in self.lex.first_names
                               for t in text[j:q] if t not in (",", "and")):
                            j = q
                            continue
                if text[j] == "," and j + 1 < n and text[j - 1][-1:] == "s":
                    # "Kenya Medical Practitioners, Pharmacists and Dentists Union": a list of plural nouns
                    # in one union's name
                    q = j
                    while q + 2 < n and text[q] == "," and cap[q + 1] and text[q + 1][-1:] == "s" and sent[q + 1] == si:
                        q += 2
                    if q > j and text[q] == "and":
                        m2 = self._and_org_end(toks, i, j, q + 1)
                        if m2 and text[q - 1][-1:] == "s":
                            j = m2
                            continue
                break
            if j + 1 < n and text[j] == "," and text[j + 1] in _COMPANY_SUFFIXES and sent[j + 1] == si:
                j += 2  # "Pacifica Savings Bank, Inc.": the suffix after a comma is part of the name
            yield i, j
            done = j

    def _and_org_end(self, toks: Tokens, i: int, j: int, k: int) -> int | None:
        """Where an organisation's name "A and B ... Head" ends, for ``toks[i:j]`` (A, perhaps a list after
        it up to "and") and B starting at ``k``: B is two words or more (a plural possessive inside it allowed, "Ferry Users’ Group")
        ending in an organisation head, A is no known name, ends in no organisation head (unless it is that head
        alone) and is no person's ("Kilbane and District Community Alliance", "State Infrastructure and Transport Committee"; not "the
        US and European Commission", "LCB and Pacifica Savings Bank", "the Ministry of Health and Kenya Medical Supplies Authority").
        None if not."""
        text, cap, sent = toks.text, toks.cap, toks.sent
        n = len(text)
        heads, gazetteer = self.lex.heads, self.lex.gazetteer
        m = k
        while m < n and sent[m] == sent[k] and (cap[m] or text[m] in ("’", "'") and m + 1 < n and cap[m + 1]
                                                and text[m - 1][-1:] == "s" and toks.start[m] == toks.end[m - 1]):
            m += 1
        words = [t for t in text[k:m] if t not in ("’", "'")]
        if len(words) < 2 or heads.get(text[m - 1]) != "ORG" or any(not t.isalpha() for t in words):
            return None
        left = text[i:j]
        # (a lone head word names no organisation by itself: "Securities and Exchange Board of India")
        # (a place may open a council named for two places: "Telford and Wrekin Council")
        two_places = len(words) == 2 and words[1] in ("Council", "Borough") and words[0] not in gazetteer
        if " ".join(left) in gazetteer and not two_places or heads.get(left[-1]) == "ORG" and len(left) > 1 \
                or not all(t[:1].isupper() for t in left) \
                or len(left) >= 2 and left[0] in self.lex.first_names or any(t.isupper() for t in left):
            return None
        hit = self._gaz_prefix(text, k, m)
        if hit is not None and hit[1][0] == "ORG":
            return None
        return m

    def _ends_in_place(self, toks: Tokens, i: int, j: int) -> bool:
        """Does the chunk ``toks[i:j]`` end in a place name of two or more words ("Health New Zealand",
        "Sport Northern Ireland")?  Such a name is an organisation's, not a person's (one-word places are
        checked word by word where this is asked)."""
        for k in range(i + 1, j - 1):
            g = self._gaz_match(toks, k, j)
            if g is not None and g[0] == j and g[1][0] in _PLACE_TYPES:
                return True
        return False

    def _place_then_org_head(self, text: list, k: int, m: int) -> bool:
        """Is ``text[k:m]`` a place (a gazetteer GPE / LOC, one or more words) followed by more name that
        ends in an organisation head ("Rotterdam Authority", "Wales Cricket Board")?"""
        if m - k < 2 or self.lex.heads.get(text[m - 1]) != "ORG":
            return False
        hit = self._gaz_prefix(text, k, m - 1)
        return hit is not None and hit[1][0] in _PLACE_TYPES

    def _gaz_prefix(self, text: list, k: int, m: int):
        """:meth:`_gaz_match` on a plain list of token texts."""
        gaz = self.lex.gazetteer
        longest = self.lex.first_words.get(text[k], 1)
        for e in range(min(m, k + longest), k, -1):
            hit = gaz.get(" ".join(text[k:e]))
            if hit is not None:
                return e, hit
        return None

    def _appositive_org(self, toks: Tokens, k: int) -> bool:
        """Does ``toks[k:]`` (after a name and its comma) describe a body: "the" and at most two lower-case
        words, then a body noun and a comma ("the housing charity,", "the tenants' union,")?"""
        text, sent = toks.text, toks.sent
        n = len(text)
        if k >= n or text[k] != "the" or sent[k] != sent[k - 1]:
            return False
        for q in range(k + 1, min(n - 1, k + 4)):
            t = text[q]
            if t in _APPOSITIVE_BODIES:
                return text[q + 1] == "," and sent[q + 1] == sent[k]
            if not (t.isalpha() and t.islower() or t in ("’", "'", "-")):
                return False
        return False

    def _appositive_person(self, toks: Tokens, k: int) -> bool:
        """Does ``toks[k:]`` (after a name and its comma) describe a person: "who …", or a role noun
        ("a senior analyst at", "the mayor", "director of")?  A role noun without an article must be
        followed by "of" / "at" / "for" / "with"."""
        text, sent = toks.text, toks.sent
        n = len(text)
        if k >= n or sent[k] != sent[k - 1]:
            return False
        w = text[k].lower()
        if w == "who":
            return True
        article = w in ("a", "an", "the")
        m = k + 1 if article else k
        roles = self.lex.appositive_roles
        for q in range(m, min(n, m + 3)):
            t = text[q]
            if not t.isalpha() or not t.islower():
                return False
            if t in roles:
                return article or q + 1 < n and text[q + 1] in ("of", "at", "for", "with")
        return False

    # ---- typing ----
    @staticmethod
    def _words_of(toks: Tokens, c: Cand, k: int) -> list[str]:
        """The token texts of candidate ``c``, which ends before token ``k``."""
        a = k
        while a > 0 and toks.start[a - 1] >= c.start:
            a -= 1
        return toks.text[a:k]

    def _one_word_place(self, toks: Tokens, i: int, section: str) -> Cand | None:
        """The candidate of the one-word chunk ``toks[i]`` (not weak) if the gazetteer has the word (most
        chunks): what the rules of :meth:`classify` make of it, sooner."""
        word = toks.text[i]
        gazetteer = self.lex.gazetteer
        hit = gazetteer.get(word)
        if hit is None and word.endswith(("’", "'")):
            hit = gazetteer.get(word[:-1])
        if hit is not None and word not in ("The", "A", "An"):
            return Cand(section, toks.sent[i], toks.start[i], toks.end[i], "", hit[0], hit[1], [], "", "gazetteer")
        return None

    def _in_portfolio(self, text: list, i: int) -> int | None:
        """Where the title starts whose portfolio ``text[i]`` goes on: right after "for" / "of" after a title
        ("Minister of State for | Transport Ong Kah Seng"), or after "and" in one ("Minister of Water and |
        Environment Winston Barrett"); None if it goes on none."""
        lex = self.lex
        k = i - 1
        while k >= 1 and i - k <= 8:
            t = text[k]
            if t in ("for", "of") and (_norm(text[k - 1]) in lex.titles or _norm(text[k - 1]) in lex.title_words):
                b = k - 1  # back over the title's own words ("Senior Minister of State")
                while b > 0 and (_norm(text[b - 1]) in lex.titles or _norm(text[b - 1]) in lex.title_words
                                 or text[b - 1] == "of" and b >= 2 and _norm(text[b - 2]) in lex.titles):
                    b -= 1
                return b
            if text[i - 1] != "and" or not (t in ("and", "&", ",") or t[:1].isupper()):
                return None
            k -= 1
        return None

    def _bracket_alias(self, toks: Tokens, i: int, j: int) -> bool:
        """Is the one-word chunk ``toks[i:j]`` in brackets right after the organisation named before it, and
        its short form: spelling or abbreviating it ("Outa", "Cameta", not the Brazilian town), or after a
        name ending in an organisation head ("the National Water Commission (Conagua)")?  (False unless
        ``i > 0`` and ``toks.text[i - 1] == "("``: callers test that first, saving the call.)"""
        text = toks.text
        if j != i + 1 or i == 0 or j >= len(text) or text[i - 1] != "(" or text[j] != ")":
            return False
        last = self._last
        if last is None or last.type != "ORG" or last.end + 2 != toks.start[i]:
            return False
        words = self._words_of(toks, last, i - 1)
        name = " ".join(words)
        return _spells(text[i], name) or _abbreviates(text[i], name) \
            or len(words) >= 2 and any(self.lex.heads.get(w) == "ORG" for w in words)  # "Forum for the Environment (Walhi)"

    def classify(self, toks: Tokens, i: int, j: int, section: str) -> list[Cand]:
        """Typed candidates for the chunk ``toks[i:j]``."""
        if j == i + 1 and not toks.weak[i] and (i == 0 or toks.text[i - 1] != "(" or not self._bracket_alias(toks, i, j)):
            c = self._one_word_place(toks, i, section)
            if c is not None:
                return [c]
        return self._classify(toks, i, j, section)

    def _classify(self, toks: Tokens, i: int, j: int, section: str) -> list[Cand]:
        """:meth:`classify` past its gazetteer look-up of a one-word chunk."""
        text = toks.text
        while j - i >= 3 and _PLURAL_ACRONYM.fullmatch(text[i]):
            i += 1  # "Volunteer EMTs Dolores Etcheverry", "MPs Jane Doe and ...": a plural role, no part of a name
        if j == i + 1 and _PLURAL_ACRONYM.fullmatch(text[i]):
            return []  # "stipends to EMTs who ...": people by their role, no name
        if j == i + 2 and text[i] in _REGION_WORDS and self.lex.gazetteer.get(text[i + 1], ("",))[0] == "NORP":
            # "Latin American carriers", "South American markets": a people of a region, no person's name
            return [Cand(section, toks.sent[i], toks.start[i], toks.end[i + 1], f"{text[i]} {text[i + 1]}", "NORP",
                         rule="region-demonym")]
        if j - i >= 4:
            q = next((k for k in range(i + 1, j - 3) if text[k] in ("“", '"') and text[k + 2] in ("”", '"')), None)
            if q is not None:
                # "Sen. Ramon “Monching” Dizon": the person, named without the nickname (his surname alone later)
                out = self._classify_chunk(toks, i, j, section)
                start = toks.start
                for c in out:
                    if c.start <= start[q] and c.end == toks.end[j - 1] and c.type in ("PERSON", "UNK", "ORG") \
                            and c.canon is None:
                        words = [text[k] for k in range(i, j) if start[k] >= c.start and not q <= k <= q + 2]
                        c.type, c.canon = "PERSON", " ".join(words)
                return out
        return self._classify_chunk(toks, i, j, section)

    def _classify_chunk(self, toks: Tokens, i: int, j: int, section: str) -> list[Cand]:
        """:meth:`_classify` of a chunk without a nickname in quotation marks."""
        if j == i + 1 and toks.text[i] in _CURRENCY_CODES and _amount_at(toks.text, j):
            return []  # "Rs 499", "Rs. 1,800", "GH₵85", "KSh 500": a currency before its amount, no organisation
        if j == i + 1 and toks.text[i] == "X":
            # the social network: "wrote on X", "his X handle", "an X post" (not a letter, a variable, "Generation X")
            t = toks.text
            if i > 0 and t[i - 1] in ("on", "On") or j < len(t) and t[j] in _X_NOUNS:
                c = Cand(section, toks.sent[i], toks.start[i], toks.end[i], "", "ORG", None, [], "", "social-network")
                return [c]
            return []
        lex = self.lex
        out: list[Cand] = []
        text, start, end = toks.text, toks.start, toks.end
        n = len(text)
        sent = toks.sent[i]

        def cand(a, b, typ, canon=None, rule="", titles=None, gender="", role=""):
            c = Cand(section, sent, start[a], end[b - 1], "", typ, canon, titles or [], gender, rule, role)
            out.append(c)
            return c

        # leading weak words that are not names ("Regarding President Trump")
        while i < j and toks.weak[i] and not self._weak_ok(toks, i, self._seen, j):
            i += 1
        if i >= j:
            return out
        prev_i = i - 1  # the token before the chunk (before "The" or a title is peeled off it)
        prev = text[prev_i] if i > 0 else None
        nxt = text[j] if j < n else None
        texts = text[i:j]
        if j - i == 2 and texts[0] in ("St", "St.", "Ste", "Sainte", "Saint", "Al") and prev in _PLACE_PREPOSITIONS \
                and not (i >= 2 and text[i - 2].lower() in _SAINT_NOUNS) and " ".join(texts) not in lex.gazetteer \
                and not (nxt is not None and nxt in ("’s", "'s")):
            # "communities in St Andrew" (a parish), "from St Helens", "a school in Al Qusais" (a Dubai district)
            cand(i, j, "GPE", None, "saint-place")
            return out
        if _PARTY_TAG.match(texts[0]) and prev == "," and nxt == ",":
            # "state Rep. Travis Kettering, R-Georgetown,": a legislator's party and home town; the town is a place
            out.append(Cand(section, sent, start[i] + 2, end[j - 1], "", "GPE", None, [], "", "party-tag"))
            return out
        if prev is not None and _PARTY_TAG.match(prev) and i >= 2 and text[i - 2] == "," and nxt == "," \
                and start[i - 1] + len(prev) + 1 == start[i]:
            # "Rep. Lorena Ybarra, D-San Antonio,": the tag's town runs on over the chunk
            out.append(Cand(section, sent, start[i - 1] + 2, end[j - 1], "", "GPE", None, [], "", "party-tag"))
            return out
        if texts[-1].endswith("ers") and lex.gazetteer.get(" ".join(texts)[:-3], ("",))[0] == "GPE":
            cand(i, j, "NORP", None, "demonym-ers")  # "New Brunswickers", "Londoners", "Aucklanders": a place's people
            return out
        if j == i + 1 and nxt == "," and j + 2 < n and text[j + 1].isdigit() and len(text[j + 1]) <= 2 \
                and text[j + 2] == "," and not lex.gazetteer.get(texts[0]):
            cand(i, j, "PERSON", None, "age")  # "said Rusdi, 47, a fisher": a one-word name and an age
            return out
        t0 = self._in_portfolio(text, i) if prev in ("for", "of", "and") and i >= 2 else None
        if t0 is not None:
            # "Senior Minister of State for Transport Ong Kah Seng": a title's portfolio (title words), then
            # a name of two to four words: the person holding the title
            k = i
            while k < j and _norm(text[k]) in lex.title_words:
                k += 1
            if i < k and 2 <= j - k <= 4 and all(
                    t[:1].isupper() and t.replace("-", "").isalpha() and t not in lex.heads
                    and _norm(t) not in lex.title_words for t in text[k:j]):
                cand(k, j, "PERSON", None, "title", [" ".join(text[t0:k])])
                return out
        if j - i >= 3 and texts[0] in _MUNICIPAL and texts[1] == "of" and not toks.weak[i] \
                and lex.gazetteer.get(" ".join(texts[2:]), ("",))[0] == "GPE":
            cand(i, j, "GPE", None, "municipality")  # "the City of Cape Town" (the council, named as its city)
            return out
        if j == i + 1 and i > 0 and text[i - 1] == "(" and self._bracket_alias(toks, i, j):
            cand(i, j, "ORG", None, "bracket-alias")  # "Organisation Undoing Tax Abuse (Outa)"
            return out

        # "The Media Line", "The New York Times" (mid-sentence capital The: a title of a work / outlet)
        if texts[0] == "The" and not toks.weak[i] and j - i >= 2:
            g = self._gaz_match(toks, i + 1, j)
            if g and g[0] == j and g[1][0] == "GPE":
                cand(i, j, "GPE", g[1][1], "the-gpe")
            else:
                cand(i, j, "ORG", None, "the-name")
            return out
        if texts[0] in ("X", "X.") and prev is not None and prev.lower() == "on" \
                and any(w.lower() in _POSTING for w in text[max(0, i - 4):i - 1]):
            # "she wrote on X.", "posted her congratulations on X": the social network (a full stop
            # after it ends the sentence)
            out.append(Cand(section, sent, start[i], start[i] + 1, "", "ORG", "X", [], "", "platform"))
            return out + (self._classify(toks, i + 1, j, section) if j > i + 1 else [])
        if texts[0] in ("AM", "PM"):  # "11 AM Central": a time
            i += 1
            if i >= j:
                return out
            texts = text[i:j]
            prev = text[i - 1]
        if j == i + 1 and texts[0] in _TIME_ZONES and prev is not None and (
                prev[-1:].isdigit() or prev.lower().rstrip(".") in ("am", "pm", "a.m", "p.m")):
            return out  # "2:10PM ET", "7:12 a.m. GMT": a time zone
        if j - i >= 3 and texts[-1].rstrip(".") in _POST_NOMINALS and all(
                t[:1].isupper() and t.replace("-", "").replace("’", "").replace("'", "").isalpha() for t in texts[:-1]):
            # "Charlotte Ainsworth KC", "Jane Doe MP": a person's name and letters after it
            out.extend(self._classify(toks, i, j - 1, section))
            if out and out[-1].type in ("UNK", "ORG") and out[-1].rule in ("fallback", "name-shape", "single"):
                out[-1].type, out[-1].rule = "PERSON", "post-nominal"
            return out
        if j - i >= 2 and (texts[0] in _SHIP_PREFIXES or texts[0] in ("MS", "SS", "MT") and prev is not None
                           and prev.lower() == "the") and all(t[:1].isupper() and not t.isupper() for t in texts[1:]):
            cand(i, j, "PRODUCT", None, "ship")  # "the MV Eilean Dubh", "HMS Victory": a ship
            return out
        if texts[0] == "Team" and j - i >= 2 and not toks.weak[i]:
            cand(i, j, "ORG", None, "team")  # "rides for Team Veloria"
            return out
        if texts[0] == "An" and j - i >= 2 and _irish_an(texts[1]):
            # Irish "An" (the) before a consonant opens a name ("An Coimisiún Pleanála", "An Post"); English
            # "an" comes before a vowel sound ("An Italian court", "An MP")
            cand(i, j, "ORG", None, "irish-an")
            return out
        if texts[0] in ("The", "A", "An"):
            i += 1
            if i >= j:
                return out
            texts = texts[1:]

        # "Van der Meer said", "De la Cruz agreed": a capitalised particle opening a surname, not the
        # place "Van" or a word of the lexicon
        if j - i >= 3 and texts[0].lower() in _PARTICLES and texts[1] in _PARTICLES:
            cand(i, j, "PERSON", None, "particle-surname")
            return out

        # whole chunk in the gazetteer / known names
        g = self._gaz_match(toks, i, j)
        if g and g[0] == j:
            typ, canon = g[1]
            # "K1 military base"-style facility after a place name is rare; keep the gazetteer type
            cand(i, j, typ, canon, "gazetteer")
            return out
        if g and g[0] == i + 1 and text[i] in lex.subdivision_words and text[i + 1] not in _COMPASS \
                and text[i + 1] != "State":
            g = None  # "Angus Taylor", "Nelson Mandela": a province's name opening a person's

        if "ng" in texts[1:-1]:
            # Filipino "ng" (of) between capitalised words: an institution ("Bangko Sentral ng Pilipinas")
            cand(i, j, "ORG", None, "ng-name")
            return out

        # all-capitals names ("WASHINGTON (AP) —", "ADDIS ABABA —"): look them up title-cased
        if texts[0].isupper() and all(t.isupper() for t in texts) and (j - i >= 2 or len(texts[0]) >= 4) and not g:
            key = " ".join(t.capitalize() for t in texts)
            hit = lex.gazetteer.get(key)
            if hit is None and " " in key:
                hit = lex.gazetteer.get(" ".join(t.title() for t in texts))
            if hit is not None:
                cand(i, j, hit[0], hit[1], "caps-gazetteer")
                return out
            if start[i] == 0 and section == "body":
                cand(i, j, "GPE", key, "dateline")
                return out
            if j - i >= 2:
                if sum(common_word(t) or t.lower() in _STOP for t in texts) * 2 > len(texts):
                    # shouted text, not a name: keep only the places inside it
                    k = i
                    while k < j:
                        for m in range(min(j, k + lex.max_len), k, -1):
                            hit = lex.gazetteer.get(" ".join(t.capitalize() for t in text[k:m]))
                            if hit is not None:
                                cand(k, m, hit[0], hit[1], "caps-gazetteer")
                                k = m
                                break
                        else:
                            k += 1
                    return out
                cand(i, j, "ORG", None, "caps")
                return out

        # a title inside the chunk: classify what stands before it on its own
        # ("US | Brigadier General | William Seely", "Fed | Chair | Jerome Powell")
        te_i = self._title_match(toks, i, j)
        for k in range(i + 1, j - 1):
            te = self._title_match(toks, k, j)
            if te is not None and te < j and lex.heads.keys().isdisjoint(text[te:j]):
                if te_i is not None and lex.heads.keys().isdisjoint(text[te_i:k]):
                    break  # the title starts at i already ("Defense Secretary Mark Esper"; not "Private Sector
                    # Organisation of Jamaica President Donovan Reid", where an organisation's head follows it)
                out.extend(self.classify(toks, i, k, section))
                i = k
                texts = text[i:j]
                te_i = te
                g = self._gaz_match(toks, i, j)
                break
        if te_i is None and j - i >= 2 and all(t[:1].isupper() for t in texts):
            # a title ending the chunk, after a place or an organisation: "a Clare TD", "LCB President and
            # Chief Executive Officer ..." -- the place or organisation alone
            for k in range(i + 1, j):
                if self._title_match(toks, k, j) == j:
                    pre = self.classify(toks, i, k, section)
                    if len(pre) == 1 and pre[0].type in ("ORG", "GPE", "NORP") and pre[0].end == start[k - 1] + len(text[k - 1]):
                        return out + pre
                    break

        # a title's modifier opening a sentence with no title after it is no name part ("Former Vuelta
        # winner turned commentator", "Former England off-spinner")
        if te_i is None and toks.weak[i] and j - i >= 2 and _norm(text[i]) in _ROLE_MODIFIERS:
            i += 1
            texts = text[i:j]
            g = self._gaz_match(toks, i, j)

        # an office's acronym after title words, before a name: "Finance MMC Lerato Dube" (a member of the
        # mayoral committee), "Health MEC Nomafrench Mbombo"
        if te_i is None and j - i >= 4:
            k = i
            while k < j and _norm(text[k]) in lex.title_words:
                k += 1
            if i < k and j - k - 1 in (2, 3) and text[k].isalpha() and text[k].isupper() and 2 <= len(text[k]) <= 5 \
                    and all(t[:1].isupper() and t.replace("-", "").isalpha() and not common_word(t)
                            and t not in lex.heads for t in text[k + 1:j]):
                cand(k + 1, j, "PERSON", None, "title", [" ".join(text[i:k + 1])])
                return out

        # titles and ranks
        te = te_i
        if te is not None:
            name_i = te
            if name_i + 1 < j and text[name_i] in ("for", "of"):
                # "the MP for Dewsbury North": the seat (or brief) a title is for, no person's name
                return out + self._classify(toks, name_i + 1, j, section)
            if name_i < j and lex.heads.keys().isdisjoint(text[name_i:j]):
                title_toks = [t for t in text[i:te] if t != "(ret.)"]
                title = " ".join(title_toks)
                gender = ""
                for k in range(len(title_toks), 0, -1):
                    key = " ".join(map(_norm, title_toks[-k:]))
                    if key in lex.titles:
                        gender = lex.titles[key]
                        break
                ret = "(ret.)" in text[i:te]
                titles = [title + (" (ret.)" if ret else "")]
                cand(name_i, j, "PERSON", None, "title", titles, gender)
                return out
            if name_i >= j:
                return out  # a bare title ("President") is not an entity

        # head words: "Georgetown University", "Task Force Iraq", "US Embassy", "Gulf Wars", "Red Sea"
        last = text[j - 1]
        head_type = lex.heads.get(last)
        if last == "District" and not _DISTRICT_BODY.isdisjoint(texts):
            head_type = "ORG"  # "Kittredge Unified School District", "... Groundwater Conservation District": a body
        for k in range(i + 1, j - 1):  # "Institute for the Study of War": the head stands before "of"/"for"
            if text[k] in ("of", "for"):
                head_type = lex.heads.get(text[k - 1], head_type)
                break
        if head_type is None and j - i >= 2:
            for k in range(i + 1, j - 1):
                if lex.heads.get(text[k]) == "ORG" and text[i] not in lex.first_names:
                    head_type = "ORG"
                    break
        if head_type is None:
            for t in texts:
                if t.lower().replace("’", "'") in lex.org_words:
                    head_type = "ORG"
                    break
        if head_type is not None and (j - i >= 2 or head_type == "ORG" and (
                last in ("Congress", "Parliament", "Senate")
                or not toks.weak[i] and prev is not None and prev.lower() == "the")):  # "the Guardian", "the Commission"
            # "Iranian Quds Force": nationality + a multi-word organisation
            if g and j - g[0] >= 2 and (g[1][0] == "NORP" and not common_word(text[g[0]])
                                        or g[1][0] == "GPE" and g[0] == i + 1 and text[i].replace(".", "").isupper()
                                        and text[g[0] + 1] not in ("’s", "'s")):  # ("U.S. Attorney's Office": one)
                # "Iranian | Quds Force", "U.S. | Treasury Department" (but "US Embassy" stays one name)
                cand(i, g[0], g[1][0], g[1][1], "modifier")
                i = g[0]
            cand(i, j, head_type, None, "head")
            return out

        if j - i == 2 and texts[1] in _COMPASS and not g and texts[0] not in lex.heads and texts[0] not in lex.first_names \
                and not common_word(texts[0]):
            cand(i, j, "GPE", None, "place-part")  # "Palmerston North"
            return out
        if j - i == 2 and texts[0] in _REGION_PREFIXES and not toks.weak[i] and texts[1] not in lex.heads \
                and not (nxt is not None and (nxt.lower() in lex.role_nouns or nxt.lower() in _PLAYER_ROLES
                                              or j + 1 < n and text[j + 1].lower() in lex.role_nouns | _PLAYER_ROLES)):
            # "East Clare", "Western Visayas", "Metro Manila": a part of a place (not "South Adelaide key
            # forward ...", a club before a player's role)
            hit = lex.gazetteer.get(texts[1], ("",))[0]
            if hit in _PLACE_TYPES or not hit and not common_word(texts[1]) and texts[1] not in lex.first_names:
                cand(i, j, hit or "GPE", None, "place-part")
                return out
        if j - i >= 2 and texts[0] in _LOC_PREFIXES:
            cand(i, j, "LOC", None, "place-prefix")  # "Mount Hermon", "Lake Victoria", "Cape of Good Hope"
            return out

        # facilities named by a code or name before "base", "airport"... ("the K1 military base")
        if nxt is not None and nxt.lower() in _FACILITY_NOUNS or (
            nxt is not None and j + 1 < n and text[j + 1].lower() in _FACILITY_NOUNS
            and toks.pos[j].startswith("JJ")
        ):
            if not g:
                cand(i, j, "FAC", None, "facility")
                return out

        if j - i <= 3 and nxt == "," and self._appositive_org(toks, j + 1):
            # "Threshold, the housing charity, says": a name an appositive describes as a body
            cand(i, j, "ORG", None, "appositive-org")
            return out

        # acronyms
        if j - i == 1 and last in _NOT_ACRONYM:
            return out
        if j - i == 1 and last.isupper() and last.replace(".", "").isalpha() and len(last.replace(".", "")) >= 2 \
                and last not in _NOT_ACRONYM:
            cand(i, j, "ORG", None, "acronym")
            return out

        # person cues that outrank a place-like first name ("Hezbollah leader Hassan Nasrallah",
        # "Israel's defense minister, Israel Katz,")
        role = prev.lower() if prev is not None and not toks.cap[prev_i] else ""
        if role == "," and i >= 2 and j - i >= 2:
            if text[i - 2].lower() in lex.role_nouns:
                role = text[i - 2].lower()
            elif i >= 4 and text[i - 3] == "of" and text[i - 2].islower() and text[i - 4].lower() in lex.role_nouns:
                role = text[i - 4].lower()  # "Health NZ's director of operations, Ripeka Walker, says"
        if texts[-1] in ("Bill", "Act") and j < n and text[j].isdigit() and len(text[j]) <= 5:
            cand(i, j + 1, "LAW", None, "bill")  # "House Bill 2417", "Senate Bill 8": the bill, with its number
            return out
        if 2 <= j - i <= 3 and " ".join(texts[1:]) in _PARTY_NAMES and lex.gazetteer.get(texts[0], ("",))[0] == "NORP":
            cand(i, j, "ORG", None, "national-party")  # "the Welsh Conservatives", "Scottish Greens", "Welsh Labour"
            return out
        if prev == "," and nxt == "," and i >= 2 and text[i - 2].lower() in _KIN_NOUNS and not lex.gazetteer.get(texts[0]):
            cand(i, j, "PERSON", None, "kin-appositive")  # "whose 9-year-old son, Marcus, was struck"
            return out
        if prev is not None and prev in _CLUB_NOUNS and j - i >= 2 and i >= 2 and toks.cap[i - 2]:
            cand(i, j, "ORG", None, "club-noun")  # "Belgian side Royal Lierbeek", "League Two outfit Harrow Borough"
            return out
        photo = prev == "(" and nxt in ("/", ")")
        if (role and role in lex.role_nouns) or photo:
            cand(i, j, "PERSON", None, "role" if role in lex.role_nouns else "credit", role=role if role in lex.role_nouns else "")
            return out
        if 2 <= j - i <= 4 and nxt == "," and self._appositive_person(toks, j + 1):
            # "said Sofia Marchetti, a senior analyst at …", "Joanne Pike, who was walking home"
            cand(i, j, "PERSON", None, "appositive")
            return out
        if 2 <= j - i <= 4 and texts[0] in lex.first_names and not lex.gazetteer.get(" ".join(texts[:2])):
            cand(i, j, "PERSON", None, "given-name")  # "Vladimir Putin", "Hassan Nasrallah" (not the cities)
            return out

        # gazetteer prefix: "Iraq Syria"? split into the gazetteer part and the rest
        if g and g[0] < j and g[1][0] in ("GPE", "NORP", "LOC"):
            if g[0] == j - 1 and g[1][0] == "GPE" and text[g[0]] in _CLUB_WORDS:
                cand(i, j, "ORG", None, "club")  # "Bristol Rovers", "Manchester City" (also opening a sentence)
                return out
            rest = self._gaz_match(toks, g[0], j)
            if rest and rest[0] == j and rest[1][0] == "ORG" and j - g[0] >= 2:
                cand(i, j, "ORG", None, "place-org")  # "Kenya Red Cross"
                return out
            if g[1][0] == "GPE" and j == g[0] + 1 and (text[g[0]] in _COMPASS or text[g[0]] == "State"):
                cand(i, j, "GPE", None, "place-part")  # "Orlando East" (a township of Soweto), "Oyo State"
                return out
            if g[1][0] == "GPE" and j == g[0] + 1 and text[g[0]] in _NOT_ACRONYM:
                cand(i, g[0], "GPE", g[1][1], "gazetteer")  # "the Sydney CBD"
                return out
            if g[1][0] == "GPE" and not rest and not toks.weak[i] and text[g[0]] not in lex.first_names:
                cand(i, j, "ORG", None, "place-org")  # "Paris Saint-Germain", "Boston Globe"
                return out
            if g[1][0] == "NORP" and not rest and not toks.weak[i] and j - g[0] <= 2 \
                    and text[g[0]] not in lex.first_names and g[0] == i + 1:
                if j - g[0] == 2 and not any(common_word(t) or t in lex.heads for t in text[g[0]:j]):
                    # "Colombian Mateo Zapata": a nationality before a person's name
                    cand(i, g[0], "NORP", g[1][1], "gazetteer")
                    return out + self.classify(toks, g[0], j, section)
                cand(i, j, "ORG", None, "norp-org")  # "Muslim Brotherhood", "Saudi Aramco"
                return out
            cand(i, g[0], g[1][0], g[1][1], "gazetteer")
            return out + self.classify(toks, g[0], j, section)

        if j - i == 2 and texts[0] == "Port" and texts[1] not in lex.heads and not toks.weak[i]:
            cand(i, j, "GPE", None, "port-town")  # "Port Douglas", "Port Harcourt" (not "Port Authority")
            return out
        if j - i == 2 and texts[0] in _STORM_WORDS:
            cand(i, j, "EVENT", None, "storm")  # "Cyclone Gabrielle", "Hurricane Helene", "Storm Ciarán"
            return out
        if j - i >= 2 and texts[0] in lex.first_names:
            cand(i, j, "PERSON", None, "given-name")
            return out
        prev_low = prev.lower() if prev is not None else ""
        if 2 <= j - i <= 3 and texts[0] not in lex.first_names and not any(t in lex.heads for t in texts) and (
                nxt in _AREA_NOUNS or prev_low == "of" and i >= 2 and text[i - 2].lower() in _OF_A_PLACE):
            # "the Ebute Metta area of Lagos State", "residents of Ebute Metta and Yaba": a place
            cand(i, j, "GPE", None, "place-context")
            return out
        if j - i >= 2:
            if prev_low in _ORG_PREPS:
                cand(i, j, "ORG", None, "at-name")
            elif all(t.replace("-", "").isalpha() or "’" in t or "'" in t or t.endswith(".") for t in texts) \
                    and (not common_word(texts[-1]) or _INITIALS.match(texts[-1])
                         or any(t.lower() in _PARTICLES for t in texts[:-1])) \
                    and not any(t.isupper() and len(t) > 1 and not _INITIALS.match(t) for t in texts) \
                    and not any(lex.gazetteer.get(t, ("",))[0] in ("GPE", "LOC") and t not in lex.subdivision_words
                                for t in texts) \
                    and not self._ends_in_place(toks, i, j) \
                    and not (j - i >= 3 and lex.gazetteer.get(texts[-1], ("",))[0] in _PLACE_TYPES) \
                    and not (nxt == "," and j + 1 < n and text[j + 1] == "which"):
                # initials are no acronym: "Shaji P.R.", "K.R. Suresh Kumar" (South Indian names); a name
                # followed by ", which" is no person's ("Healthwatch Shropshire, which represents patients")
                cand(i, j, "PERSON", None, "name-shape")
            else:
                cand(i, j, "ORG", None, "fallback")
            return out
        word = texts[0]
        if _date_month(text, i):
            return out  # "Jan. 15": the month of a date
        prev2 = text[i - 2].lower() if i >= 2 else ""
        if word.endswith(_NORP_SUFFIXES) and nxt is not None and nxt[:1].islower() and toks.pos[j].startswith("NN"):
            cand(i, j, "NORP", None, "demonym-shape")  # "the Tigrayan capital"
            return out
        last = self._last
        if (prev_low in ("and", "or") or prev_low == "," and nxt in (",", "and", "or")
                or prev_low == "to" and i >= 3 and text[i - 3].lower() == "from") \
                and last is not None and last.type in ("GPE", "LOC") and i >= 2 \
                and not common_word(word) \
                and last.end == end[i - 2]:
            # "in Mathare and Kibera", "Cumbria, Devon and Norfolk", "from Salamanca to Avila"
            cand(i, j, last.type, None, "coordinated")
            return out
        if prev_low in _LOC_PREPS and not (prev_low == "through" and nxt in ("’s", "'s")) \
                or (prev_low == "to" and prev2 in _MOTION_TO) or (prev_low == "of" and (prev2 in _PLACE_NOUNS or prev2 in _OF_A_PLACE
                                                             or prev2 == "both" or prev2 == ",")) \
                or (i + 3 < n and text[i + 1] == "," and text[i + 2].lower() == "the"
                    and text[i + 3].lower() in _PLACE_NOUNS) \
                or (word in lex.ambiguous_places and prev_low in _ORG_PREPS_OF) \
                or (i + 2 < n and text[i + 1] == "," and lex.gazetteer.get(text[i + 2], ("",))[0] == "GPE"
                    and toks.sent[i + 2] == sent) \
                or (nxt == "based" and j < n and start[j] == end[i] + 1) \
                or (prev_low == "of" and last is not None and last.type == "PERSON" and i >= 2
                    and last.end == end[i - 2]) \
                or (prev_low == "from" and (prev2 in lex.role_nouns or prev2 in _FROM_A_PLACE
                                            or nxt == "to" and j + 1 < n and toks.cap[j + 1])) \
                or (prev_low == "between" and prev2 in _ROUTE_NOUNS) \
                or (nxt in _DASHES and j + 2 < n and toks.cap[j + 1] and text[j + 2].lower() in _ROUTE_NOUNS) \
                or (prev in _DASHES and i >= 2 and toks.cap[i - 2] and nxt is not None and nxt.lower() in _ROUTE_NOUNS):
            # "near Mekelle", "the city of Norco", "Mekelle, the ... capital", "at Malargüe, Argentina",
            # "the Shannon-based carrier", "Tom Gundersen of Duluth", "a retired teacher from Orlando East",
            # "from Salamanca to Avila", "the Uig–Tarbert route", "a service between Uig and Tarbert"
            cand(i, j, "GPE", None, "place-context")
            return out
        if nxt is not None and (nxt.lower() in _PERSON_FOLLOWERS or nxt in ("'s", "’s") and j + 1 < n
                                and text[j + 1].lower() in _KIN_NOUNS) and not common_word(word):
            cand(i, j, "PERSON", None, "person-noun")  # "the Biden administration", "DeLuca's wife"
            return out
        if word in lex.known_people:
            cand(i, j, "PERSON", None, "known-person")  # a world leader named by surname only
            return out
        c = cand(i, j, "UNK", None, "single")
        if nxt is not None and nxt.lower() in lex.role_nouns and nxt.lower() not in ("president", "general"):
            c.rule = "org-modifier"  # "a Maersk spokeswoman", "Hamas official": an organisation
        elif nxt in ("union", "party") and not toks.weak[i]:
            c.rule = "org-modifier"  # "the Unite union has confirmed": a union or party named by an ordinary word
        elif nxt is not None and nxt.lower() in _SPEECH and word not in lex.heads and not common_word(word):
            c.rule = "single-speaker"  # a surname if a person has it; otherwise (an org saying something) ORG
        return out

    def find(self, sections, seen_caps: set | None = None, known: dict | None = None) -> list[Cand]:
        """Candidates for ``sections``: list of ``(section_name, toks, title_case)``."""
        out: list[Cand] = []
        self._initialled = set()
        for section, toks, title_case in sections:
            if title_case:
                out.extend(self._title_case(section, toks, known or {}))
                continue
            self._seen = seen_caps or set()
            # an acronym given in brackets ("(SPAN)") is a name wherever it stands, though an ordinary word
            # (an opening bracket is a flagged token, :data:`_SPECIAL`: the capitals after the flagged "("s)
            text, cap = toks.text, toks.cap
            last = len(text) - 2
            bracketed = {text[k + 1] for k in toks.flagged if k < last and text[k] == "(" and text[k + 2] == ")"
                         and cap[k + 1] and text[k + 1].isupper() and len(text[k + 1]) >= 2 and text[k + 1] not in self._seen}
            if bracketed:
                self._seen = self._seen | bracketed
            self._last = None
            weak = toks.weak
            for i, j in self.chunks(toks, self._seen):
                if j == i + 1 and text[i] == "Sector" and j < len(text) and text[j].isdigit() \
                        and toks.sent[j] == toks.sent[i] and len(text[j]) <= 3:
                    # "residents of Sector 56": a numbered city quarter (Gurugram, Noida, Chandigarh), a place
                    c = Cand(section, toks.sent[i], toks.start[i], toks.end[j], f"{text[i]} {text[j]}", "GPE",
                             rule="numbered-quarter")
                    out.append(c)
                    self._last = c
                    continue
                if j == i + 1 and "-" in text[i]:
                    pair = self._place_pair(toks, i, section)
                    if pair:
                        out.extend(pair)
                        self._last = pair[-1]
                        continue
                if j == i + 1 and j < len(text) and text[j] == "$" and toks.start[j] == toks.end[i] \
                        and text[i].isupper() and len(text[i]) <= 3:
                    continue  # "HK$40 million", "US$3 billion": the dollar's country letters, no name
                # (a chunk after no opening bracket is no bracketed alias: _bracket_alias's first test)
                if j == i + 1 and not weak[i] and (i == 0 or text[i - 1] != "(" or not self._bracket_alias(toks, i, j)):
                    c = self._one_word_place(toks, i, section)
                    if c is not None:
                        out.append(c)
                        self._last = c
                        continue
                for c in self._classify(toks, i, j, section):
                    out.append(c)
                    self._last = c
        return out

    def _place_pair(self, toks: Tokens, i: int, section: str) -> list[Cand] | None:
        """Two places joined by a hyphen, named as a road's or a line's ends ("the Dhaka-Tangail highway", "the
        Delhi-Jaipur expressway"): each place on its own (a GPE each), where the first is a known place and a
        route noun follows; None otherwise (a named pipeline, "the Arish-Ashkelon pipeline", is a facility)."""
        parts = toks.text[i].split("-")
        if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
            return None
        gaz = self.lex.gazetteer
        if gaz.get(parts[0], ("",))[0] not in _PLACE_TYPES:
            return None
        if not (i + 1 < len(toks) and toks.text[i + 1] in _ROUTE_END_NOUNS):
            return None
        a = toks.start[i]
        b = a + len(parts[0]) + 1
        sent = toks.sent[i]
        return [Cand(section, sent, a, b - 1, parts[0], "GPE", rule="route-end"),
                Cand(section, sent, b, toks.end[i], parts[1], "GPE", rule="route-end")]

    def _title_case(self, section, toks: Tokens, known: dict) -> list[Cand]:
        """A headline in Title Case: only gazetteer entries and names already known from the body."""
        out = []
        text = toks.text
        for i, j in self.chunks(toks, set(), title_case=True):
            k = i
            while k < j:
                hit = None
                for m in range(j, k, -1):
                    key = " ".join(text[k:m])
                    if key in known:
                        hit = (m, known[key])
                        break
                if hit is None:
                    g = self._gaz_match(toks, k, j)
                    if g:
                        hit = (g[0], g[1])
                if hit is None:
                    k += 1
                    continue
                m, (typ, canon) = hit
                out.append(Cand(section, toks.sent[k], toks.start[k], toks.end[m - 1], "", typ, canon, rule="headline"))
                k = m
        return out


# -- numbers and dates --------------------------------------------------------------------------------

_MONTH = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some)"
DATE_RE = re.compile(
    rf"""(?x)
    \b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b
  | \b\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?\b
  | \b(?:January|February|March|April|June|July|August|September|October|November|December)(?:\s+\d{{4}})?\b
  | \b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
  | \b(?:(?:late|early|mid)[\s-])?(?:last|this|next|past|previous|coming)\s+(?:week|month|year|decade|century|weekend|summer|winter|spring|autumn|fall)\b
  | \b(?:yesterday|today|tomorrow)\b
  | \b{_NUMW}\s+(?:years?|months?|weeks?|days?|decades?)(?:\s+(?:ago|earlier|later))?\b(?!\s+old)
  | \b(?:1[89]\d\d|20\d\d)s?\b(?![\d%,.]\d)
    """
)
PERCENT_RE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)")
# currencies written by letters before the amount (the token after them starts with a digit or a sign)
_CURRENCY_CODES = frozenset("Rs Rs. GH GHS KSh Ksh KES RM N NGN Tk Rp Php PHP R ZAR Sh TSh USh Le Kz Br".split())
_AMOUNT_STARTS = frozenset("0123456789₵₦₹₱₨")


def _amount_at(text: list, k: int) -> bool:
    """Does an amount start at token ``k`` (a digit or a currency sign; after an abbreviation's dot too)?"""
    if k < len(text) and text[k] == "." and k + 1 < len(text):
        k += 1
    return k < len(text) and text[k][:1] in _AMOUNT_STARTS
MONEY_RE = re.compile(r"[$€£]\s?\d+(?:[.,]\d+)*(?:\s?(?:million|billion|trillion|bn|m)\b)?")
CARDINAL_RE = re.compile(r"(?<![\w$€£.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w%])|(?<![\w$€£.,])\d+(?:\.\d+)?(?:\s(?:million|billion|trillion))?(?![\w%]|,\d)")


# Where a match can start.  Scanning with ``finditer`` tries every regex at every character, which
# costs more than everything else this module does; instead each regex is tried only at the positions
# where one of its matches can begin, found with ``str.find`` (see :func:`_date_starts`).  A match
# found this way is the match ``finditer`` finds: ``finditer`` takes, from the end of the previous
# match, the first position where the regex matches; trying the candidate positions in order gives
# that position, as long as they include every position where the regex can match.
#
#   PERCENT, CARDINAL: a match starts with a digit after a non-word character, so at the start of a
#   run of digits.
#   DATE: every alternative starts at a word boundary and contains an anchor -- a month's first
#   three letters ("Jan" ... "Dec", where the match starts), "day" (weekdays, "today", "yesterday",
#   "days"), one of the period nouns (week, month, year, decade, century, summer, winter, spring,
#   autumn, fall), "tomorrow", or a digit.  A match containing "day" or "tomorrow" in its first word
#   starts where that word starts; "last / this ... week", "(late|early|mid)-last year" and
#   "several / 3 years" start one or two words before the period noun, across whitespace.
_DATE_ANCHORS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE_NOUNS = ("day", "week", "month", "year", "decade", "century", "summer", "winter", "spring",
               "autumn", "fall", "tomorrow")
_NON_DIGITS = re.compile(r"\D*")
_DIGITS = re.compile(r"\d*")
_MAY_DAY = re.compile(r"May\s+\d")


def _digit_starts(text: str) -> list[int]:
    """Offsets where a run of digits (``\\d``) starts."""
    out = []
    n = len(text)
    pos = _NON_DIGITS.match(text).end()
    while pos < n:
        out.append(pos)
        pos = _NON_DIGITS.match(text, _DIGITS.match(text, pos).end()).end()
    return out


def _is_word(ch: str) -> bool:
    """The regex ``\\w`` test for one character."""
    return ch.isalnum() or ch == "_"


def _word_start(text: str, k: int) -> int:
    """Start of the run of word characters ending at ``text[k]`` (``k + 1`` if ``text[k]`` is not one)."""
    while k >= 0 and (text[k].isalnum() or text[k] == "_"):  # _is_word, inline
        k -= 1
    return k + 1


def _date_starts(text: str, digit_starts: list[int]) -> list[int]:
    """Every offset where :data:`DATE_RE` can match (and some where it cannot), sorted."""
    out = set(digit_starts)
    find = text.find
    for w in _DATE_ANCHORS:
        k = find(w)
        while k >= 0:
            out.add(k)
            k = find(w, k + 3)
    for w in _DATE_NOUNS:
        k = find(w)
        while k >= 0:
            _add_noun_starts(out, text, k)
            k = find(w, k + 1)
    return sorted(out)


def _add_noun_starts(out: set, text: str, k: int) -> None:
    """Add to ``out`` where a date match containing the period noun at ``text[k]`` can start."""
    out.add(_word_start(text, k - 1))  # "Monday", "today", "tomorrow"
    j = k - 1
    if j >= 0 and text[j].isspace():  # "last week", "two years", "late last year"
        while j >= 0 and text[j].isspace():
            j -= 1
        p = _word_start(text, j)
        out.add(p)
        if p >= 2 and (text[p - 1].isspace() or text[p - 1] == "-"):
            out.add(_word_start(text, p - 2))


# Long texts (article bodies): the same start positions from the text's UTF-16 code units, in a few
# numpy passes instead of two dozen ``str.find`` scans and a regex walk over the digits.  A table over
# the 65,536 code units gives each its class: a decimal digit ("\\d": ASCII or not), a currency sign,
# one of the letters of the date anchors and period nouns (all ASCII), or other.  An anchor or noun is
# then found by the class trigram of its first three characters.
_LONG_TEXT = 2000
_TRIGRAMS: dict[str, list[str]] = {}  # first three characters -> the anchors / nouns starting with them
for _w in _DATE_ANCHORS + _DATE_NOUNS:
    _TRIGRAMS.setdefault(_w[:3], []).append(_w)
_LETTERS = sorted(set("".join(_TRIGRAMS)))  # class k + 1; 0 is any other character
_DIGIT_CLASS, _CURRENCY_CLASS = len(_LETTERS) + 1, len(_LETTERS) + 2
_CURRENCY_SIGNS = "$€£"
_CLASS_BITS = 5
assert _CURRENCY_CLASS < 1 << _CLASS_BITS


def _trigram_code(a, b, c):
    return (a << 2 * _CLASS_BITS) | (b << _CLASS_BITS) | c


@lru_cache(maxsize=1)
def _unit_tables():
    """``(unit_class, trigram_table)``: the class of each UTF-16 code unit (uint16), and a boolean
    table indexed by :func:`_trigram_code` of three classes, True for the first three characters of an
    anchor or a noun."""
    import numpy as np

    unit_class = np.zeros(1 << 16, dtype=np.uint16)
    unit_class[[u for u in range(1 << 16) if chr(u).isdecimal()]] = _DIGIT_CLASS
    unit_class[[ord(c) for c in _CURRENCY_SIGNS]] = _CURRENCY_CLASS
    for k, ch in enumerate(_LETTERS):
        unit_class[ord(ch)] = k + 1
    table = np.zeros(1 << 3 * _CLASS_BITS, dtype=bool)
    for t in _TRIGRAMS:
        table[_trigram_code(*(int(unit_class[ord(ch)]) for ch in t))] = True
    return unit_class, table


def _code_units(text: str):
    """``text`` as a numpy array of UTF-16 code units, one per character; None if that cannot be
    (characters outside the BMP, which take two units, or lone surrogates)."""
    import numpy as np

    try:
        data = text.encode("utf-16-le")
    except UnicodeEncodeError:
        return None
    return np.frombuffer(data, dtype=np.uint16) if len(data) == 2 * len(text) else None


def _numeric_starts(text: str) -> tuple[list[int], list[int], list[int] | None]:
    """``(digit starts, date starts, money starts)``: the candidate starts of :func:`find_numeric`'s
    regexes -- :func:`_digit_starts`, :func:`_date_starts` and the currency signs (None: scan for
    MONEY with ``finditer``).  Long texts go through their code units, with the same results."""
    units = _code_units(text) if len(text) >= _LONG_TEXT else None
    if units is None:
        digits = _digit_starts(text)
        return digits, _date_starts(text, digits), None
    import numpy as np

    unit_class, table = _unit_tables()
    c = unit_class.take(units.astype(np.intp))
    digit = c == _DIGIT_CLASS
    run_start = digit[1:] > digit[:-1]  # a digit after a non-digit
    digits = ([0] if len(digit) and digit[0] else []) + (np.flatnonzero(run_start) + 1).tolist()
    money = np.flatnonzero(c == _CURRENCY_CLASS).tolist()
    hits = np.flatnonzero(table[_trigram_code(c[:-2], c[1:-1], c[2:])]).tolist()
    return digits, _date_starts_at(text, digits, hits), money


def _date_starts_at(text: str, digit_starts: list[int], hits: list[int]) -> list[int]:
    """:func:`_date_starts` given the offsets ``hits`` where the first three characters of an anchor
    or a period noun stand."""
    out = set(digit_starts)
    for k in hits:
        for w in _TRIGRAMS[text[k:k + 3]]:
            if len(w) == 3 or text.startswith(w, k):
                if w in _DATE_ANCHORS:
                    out.add(k)
                else:
                    _add_noun_starts(out, text, k)
    return sorted(out)


def find_numeric(text: str, section: str, sentence_of) -> list[Cand]:
    """DATE, PERCENT, MONEY and CARDINAL mentions in ``text`` (``sentence_of(offset)`` gives the sentence)."""
    out: list[Cand] = []
    # the spans taken so far, sorted: disjoint and none empty, so their ends are sorted too
    taken_starts: list[int] = []
    taken_ends: list[int] = []

    digits, date_starts, money_starts = _numeric_starts(text)
    money = MONEY_RE.finditer(text) if money_starts is None else matches_at(MONEY_RE, text, money_starts)
    scans = ((money, "MONEY"), (matches_at(PERCENT_RE, text, digits), "PERCENT"),
             (matches_at(DATE_RE, text, date_starts), "DATE"),
             (matches_at(CARDINAL_RE, text, digits), "CARDINAL"))
    for matches, typ in scans:
        for m in matches:
            s, e = m.span()
            if typ == "DATE" and m.group()[:3] == "May" and not _MAY_DAY.match(m.group()):
                continue
            if typ == "DATE" and m.group().split()[0].lower() in ("a", "an", "some", "many", "several", "few") and not m.group().endswith(("ago", "earlier", "later")):
                continue
            k = bisect_left(taken_starts, e)  # free if the taken spans starting before e end by s
            if k == 0 or taken_ends[k - 1] <= s:
                taken_starts.insert(k, s)
                taken_ends.insert(k, e)
                out.append(Cand(section, sentence_of(s), s, e, m.group(), typ, m.group(), rule="regex"))
    return out


def find_numeric_texts(parts: list[tuple[str, str, object]]) -> list[list[Cand]]:
    """:func:`find_numeric` of each ``(text, section, sentence_of)`` of ``parts``, in one pass over the
    texts joined by NUL characters: no match of the numeric regexes contains or borders on a NUL
    differently from a text's start or end (word boundaries, look-arounds and ``\\s`` all see it as
    an edge), so the joined text's matches are each text's matches, in the same order."""
    texts = [text for text, _, _ in parts]
    if len(parts) < 2 or any("\0" in text for text in texts):
        return [find_numeric(text, section, sentence_of) for text, section, sentence_of in parts]
    bases = []
    base = 0
    for text in texts:
        bases.append(base)
        base += len(text) + 1
    out: list[list[Cand]] = [[] for _ in parts]
    for c in find_numeric("\0".join(texts), "", _no_sentence):
        k = bisect_right(bases, c.start) - 1
        _, section, sentence_of = parts[k]
        c.section = section
        c.start -= bases[k]
        c.end -= bases[k]
        c.sentence = sentence_of(c.start)
        out[k].append(c)
    return out


def _no_sentence(offset: int) -> int:
    return -1
