"""Stage 1b — text to the parts a reader sees.

:func:`segment` splits an article's text into photo caption, headline, dek (standfirst), byline,
date line, body paragraphs and site boilerplate.  The rules describe news pages in general, not one
site:

* **Units.**  Blank lines separate blocks.  A block of short lines (at most 100 characters) that break
  mid-sentence is hard-wrapped text and its lines are joined; any other block holds one unit per line
  (the page-break repair below rejoins a line that continues the one before).
* **Boilerplate** is a short unit (at most 40 words) that matches the vocabulary of site furniture —
  newsletters and subscriptions, sharing and following, cookie / privacy / terms lines, donation
  and "Invest in ..." appeals, "Personalize" blocks, "Read more" / "Related" links, copyright,
  advertisement markers, agency credits ("Reporting by ...") — or repeats an earlier line.  Once
  boilerplate has started after the body, what follows and is not prose is part of the footer.
* **Front matter** is what comes before the first body paragraph: a caption ends with a photo
  credit in parentheses or starts with "Photo:"/"Image:"; a byline starts with "By", names a
  reporter's desk ("Hannah Clifford, Science Correspondent", "Special Correspondent") or strings names
  and a "Posted:" stamp between separators ("Name · CBC News · Posted: ..."), a "WRITER:" field, or is a
  name over a desk or handle ("Hannah Price" / "Political reporter @handle"); a date line is mostly a
  date; a section label ("NEWS", "ANALYSIS") over the headline or date and a "SECTION:" field are
  labels; the headline is the first short unit that does not end like a sentence (or a Markdown ``#``
  heading); the dek is the short unit after it that does not end like a sentence, or that a byline or
  date line follows.  A page's metadata lines wrapped with at most one other short line ("NEWS" over
  the date, a name over the date, "PUBLISHED : …" over "WRITER: …") are read line by line.
  A headline, dek and "Name · Outlet · Posted: …" line under one another are read line by line too.
* **Page foot**: a "doi:" line and "References" with the numbered citations under it, "Translated by …", a
  reading time ("4 mins to read") and an agency's e-mail and "(END)" are boilerplate; an update note
  correcting the story ("This article has been updated to clarify …") is story text.
* **Page breaks**: a body paragraph that stops mid-sentence and a next one that starts in lower case
  (or after a trailing comma, dash or function word) are one paragraph.

    >>> seg = segment("A headline here\\n\\nThe first paragraph says a thing. It is long enough to count.")
    >>> seg.headline, len(seg.paragraphs)
    ('A headline here', 1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import has_fold_special

__all__ = ["Segments", "segment"]

_WORD = re.compile(r"\S+")
WRAP_WIDTH = 100  # hard-wrapped text breaks lines at or before this many characters

# Site furniture, matched on short units only (a long paragraph that mentions a newsletter is news).
# Two patterns, not one alternation: a phrase that opens the unit is tried once, at its start, and a
# phrase anywhere only where a word starts; one big alternation with ``^\s*`` branches tried every
# branch at every character and took a fifth of the load stage.
_BOILERPLATE_START = re.compile(
    r"""\s*(?:
    subscribe\b | newsletters?\s*$ | log\ ?in\b | share\b | advertisement\s*$ |
    (?:read\ more|see\ also|more\ from|recommended|most\ read|trending|tags?|topics)\b |
    related(?:\s*:|\s*$|\s+(?:stories|story|articles?|coverage|content|news|links?|reading|topics|videos?)\b) |
    invest\ in\b | donate\b | \(?(?:additional\ )?(?:reporting|writing|editing)\ by\b |
    (?:\d+\ )?comments?\s*(?:\(\d+\))?\s*$ |
    doi\s*:\s*\S+\s*$ | references\s*$ | please\ use\ (?:the\ |a\ )?(?:chrome|latest|different|another)\b |
    translated\ by\b | \d+\ mins?\ (?:to\ )?read\s*$ | \(end\)\s*$ | about\ the\ author\b |
    [\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\(end\))?\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_ANYWHERE = re.compile(
    r"""©|\b(?:
    subscribe\ (?:now|today|to|for|here)\b | subscribers?\ only\b | become\ a\ subscriber\b |
    (?:our|the|daily|weekly|free|email)\ (?:\w+\ )?newsletters?\b |
    sign\ (?:up|in)\b |
    privacy\ (?:policy|notice|statement)\b | terms\ (?:of\ (?:use|service)|and\ conditions)\b |
    (?:we\ use|accept|uses)\ cookies\b | cookie\ (?:policy|settings|preferences)\b |
    all\ rights\ reserved\b | copyright\ (?:©\ )?\d{4} |
    share\ (?:this|on|via)\b | follow\ us\b | like\ us\ on\b | email\ this\b | print\ this\b |
    click\ (?:here|on)\b | tap\ here\b |
    sponsored\ content\b | promoted\ (?:content|stories)\b |
    personali[sz]e\b | upgrade\ your\ experience\b | browse\ (?:categories|topics)\b | categories\ and\ topics\b |
    support\ (?:our|independent|quality)\ journalism\b | donate\ (?:now|today|here)\b |
    become\ a\ (?:member|subscriber|patron)\b |
    make\ a\ contribution\b | wake\ up\ to\b | delivered\ to\ your\ inbox\b | in\ your\ inbox\b |
    download\ (?:our|the)\ (?:free\ )?app\b |
    get\ (?:the|our)\ (?:free\ )?(?:app|newsletter)\b | by\ (?:subscribing|signing\ up|clicking)\b |
    leave\ a\ comment\b | join\ the\ conversation\b |
    this\ (?:article|story)\ (?:was|is|has\ been)\ (?:originally\ )?(?:published|produced|updated)\b
    (?!\ to\ (?:correct|clarify|reflect|include|remove|show|note|add|make)\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


# Every branch of _BOILERPLATE_ANYWHERE contains one of these (lower case): a unit with none of them
# skips the regex, which tries ~35 branches at every word boundary.
_FURNITURE_KEYS = (
    "©", "subscri", "newsletter", "sign ", "privacy ", "terms ", "cookie", "rights reserved", "copyright",
    "share ", "follow us", "like us", "email this", "print this", "click ", "tap here", "sponsored",
    "promoted", "personali", "upgrade", "browse ", "categories", "journalism", "donate ", "become a",
    "contribution", "wake up", "inbox", "download", "get the", "get our", "by signing", "by clicking",
    "comment", "conversation", "this article", "this story",
)


def _furniture(text: str, low: str | None = None) -> bool:
    """True if ``text`` contains a site-furniture phrase ("Sign up for our newsletter", "© 2020");
    ``low``: ``text.casefold()`` if the caller has it."""
    if _BOILERPLATE_START.match(text):
        return True
    if low is None:
        low = text.casefold()
    return ((has_fold_special(text) or any(map(low.__contains__, _FURNITURE_KEYS)))
            and bool(_BOILERPLATE_ANYWHERE.search(text)))


_CREDIT = re.compile(
    r"""\(\s*(?:photo|image|picture|credit|courtesy|file)?[^()]{0,160}?
        (?:/|\bvia\b|getty|reuters|\bafp\b|\bap\b|\bepa\b|shutterstock|\bimages?\b|\bphoto|\bpool\b|\bcredit\b)
        [^()]*\)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A credit at the end without parentheses: "Photograph: Ahmad Al-Rubaye/AFP via Getty Images".
_CREDIT_TRAILING = re.compile(
    r"(?:photograph|photo|image|picture|credit)s?\s*(?::|by)\s*[^.:]{2,100}?"
    r"(?:/|getty|reuters|\bap\b|\bafp\b|\bepa\b|shutterstock|\bvia\b)[^.:]{0,60}\.?$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(r"^\s*(?:photo|image|picture|caption|pictured|file photo|above|top)\s*[:|—–-]", re.I)
_BYLINE = re.compile(r"^\s*(?:by|written by|reported by|words by|edited by|compiled by)\s+[A-Z\u00C0-\u024F]", re.I)
# a byline without "By": a reporter's name and desk ("Hannah Clifford, Science Correspondent"), a desk alone
# ("Special Correspondent", "Staff Reporter")
_NAME_LINE = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]*){1,3}(?:(?:\s+and|,)\s+[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]*){1,3})*")
_BYLINE_ROLE = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?,\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Contributor)s?\s*$")
# a line of bylines and stamps between separators: "Alicia Merasty · CBC News · Posted: Nov 13, 2024 11:58 PM CST"
_META_LINE = re.compile(r"^[^.!?]{2,80}\s[·|•]\s.*\b(?P<stamp>(?:posted|updated|published)\b.*)$", re.I)
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_HEAD = (
    rf"""^\s*(?:(?:this\ (?:content|article|story)\ was\ )?(?:published|updated|posted|last\ updated|first\ published)\s*(?:on|:)?\s*)?
        (?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?
        (?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}} | \d{{1,2}}\s+{_MONTHS},?\s+\d{{4}} | \d{{4}}-\d{{2}}-\d{{2}}
           | \d{{1,2}}/\d{{1,2}}/\d{{4}})
        (?:[\s,|—–-]*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:,?\s*[A-Z]{{2,4}})?)?"""
)
_DATE_LINE = re.compile(_DATE_HEAD + r"\s*$", re.IGNORECASE | re.VERBOSE)
# _DATE_LINE without its end (``\s*$``): what a text that opens with a date line opens with (see _is_date).
_DATE_START = re.compile(_DATE_HEAD, re.IGNORECASE | re.VERBOSE)
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?(?:\s*\([^)]{1,40}\))?\s*(?:[—–]|--|-|:)\s+)(?=\S)"
)
# a field of a page's metadata block, one a line ("PUBLISHED : 14 Mar 2025 at 04:00", "NEWSPAPER SECTION: News",
# "WRITER: Jane Doe"): such a block is no hard-wrapped paragraph
_META_FIELD = re.compile(r"^\s*(?:published|updated|posted|(?:newspaper\s+)?section|writer|author|source|filed)"
                         r"\s?:\s+\S", re.I)
_SECTION_FIELD = re.compile(r"^\s*(?:newspaper\s+)?section\s?:", re.I)
_WRITER_FIELD = re.compile(r"^\s*(?:writer|author)\s?:\s+[A-Z\u00C0-\u024F]", re.I)
# a heading over a list at the foot of a page ("References" over numbered citations, "Related" over links)
_LIST_HEAD = re.compile(r"\s*(?:references|sources|notes|related(?:\s+\w+)?|read\s+more|see\s+also)\s*:?\s*$", re.I)
# a section label over the headline ("NEWS", "NEWS EXPLAINER", "ANALYSIS")
_SECTION_LABEL = re.compile(
    r"(?:NEWS|NEWS\s+(?:FEATURE|EXPLAINER|ANALYSIS)|ANALYSIS|OPINION|COMMENT|FEATURE|WORLD|BUSINESS|POLITICS|"
    r"SCIENCE|SPORTS?|TECHNOLOGY|HEALTH|EXCLUSIVE|EDITORIAL|INTERVIEW|EXPLAINER|RESEARCH\s+HIGHLIGHTS?|WORLD\s+VIEW"
    # (a one-word category in title case, as Agência Brasil prints "General" over its headline)
    r"|General|Politics|Economy|International|Health|Business|World|Science|Technology|Opinion|Analysis|Culture|"
    r"Education|Environment|Justice|Sports?)")
# a date stamp and a byline on one line: "Published on 05/03/2026 - 14:20 By Carlos Mendes - Reporter at …"
_STAMP_BYLINE = re.compile(r"^\s*(?:published|posted|updated)\b.{0,40}?\d{4}.{0,20}?\sby\s+[A-Z\u00C0-\u024F]", re.I)
_STAMP_START = re.compile(r"\s*(?:published|posted|updated|last\s+updated)\b", re.I)
# a reading-time line: "4 mins to read"
_READ_TIME = re.compile(r"\s*\d+\s+mins?\s+(?:to\s+)?read\s*$", re.I)
# the lines under a reporter's name in a byline block: a desk or role, a social-media handle
_BYLINE_DETAIL = re.compile(r"(?i)\b(?:correspondent|reporter|editor|writer|columnist|contributor|producer|"
                            r"journalist)s?\b"
                            r"|(?:^|\s)@\w+$")
# a numbered reference under "References": "1. Raman, P. et al. Nature Geosci. 18, 1012–1019 (2025)."
_CITATION = re.compile(r"^\s*\d{1,3}\.\s+[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*)+.*\(\d{4}\)")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_MARKUP = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_FUNCTION_END = re.compile(
    r"\b(?:the|a|an|of|to|in|on|at|for|with|by|from|and|or|but|as|that|which|who|is|are|was|were|be|its|their|his|her)$",
    re.I,
)


@dataclass
class Segments:
    """An article taken apart: front matter, body paragraphs, and what was removed."""

    headline: str | None = None
    dek: str | None = None
    caption: str | None = None
    byline: str | None = None
    date: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (kind, text), in reading order

    @property
    def boilerplate(self) -> list[str]:
        return [t for k, t in self.removed if k == "boilerplate"]


def _count_runs(text: str) -> int:
    """``len(text.split())``, the number of ``\\S+`` runs, without making the words.  The only whitespace
    character that ``str.isprintable`` accepts is the space; so in a printable text without two spaces
    in a row every space but a leading or trailing one separates two runs.

    >>> _count_runs("He left  now"), _count_runs(" He left "), _count_runs("He\\tleft"), _count_runs("")
    (3, 2, 2, 0)
    """
    if not text or "  " in text or not text.isprintable():
        return len(text.split())
    return text.count(" ") + 1 - (text[0] == " ") - (text[-1] == " ")


@dataclass
class _Unit:
    text: str
    heading: bool = False  # a Markdown heading
    lines: tuple[str, ...] = ()  # the source lines of a joined block

    def __post_init__(self):
        # every unit's word count is looked at (a plain attribute: cached_property takes a lock)
        self.words = _count_runs(self.text)

    @property
    def shown(self) -> str:
        """The unit as it stood in the source (its lines kept)."""
        return "\n".join(self.lines) if self.lines else self.text


def _ends_sentence(text: str) -> bool:
    """True if ``text`` ends a sentence: after its closing quotes and brackets comes ``.``, ``!``, ``?``
    or ``…``, or it ends with a double quote.  Looks at the end only (the ``$``-anchored regex this
    replaces tried every character of a long paragraph).

    >>> _ends_sentence("He left."), _ends_sentence('"He left."'), _ends_sentence("He left")
    (True, True, False)
    """
    t = text.rstrip()
    if t.endswith(('"', "”")):
        return True
    core = t.rstrip("'\"”’)]")
    return bool(core) and core[-1] in ".!?…"


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _units(text: str, markdown: bool) -> list[_Unit]:
    units: list[_Unit] = []
    for block in _BLANK_LINE.split(text):
        lines = [ln for ln in map(str.strip, block.split("\n")) if ln]
        if not lines:
            continue
        if markdown:
            lines = [_MD_LINK.sub(r"\1", ln) for ln in lines]
        for part in _meta_parts(lines, block):
            _add_block(units, part, markdown)
    return units


def _wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: every line at most ~100 characters and some line breaking mid-sentence."""
    return max(map(len, lines)) <= WRAP_WIDTH and not all(_ends_sentence(ln) for ln in lines[:-1])


def _meta_parts(lines: list[str], block: str) -> list[list[str]]:
    """The lines of a block in the parts read apart: a page's metadata lines with at most one other short line
    ("NEWS" over "12 February 2026", "Irene Mok" over its date, "PUBLISHED : …" over "WRITER: …") each stand
    alone; so does a heading over a list at a page's foot ("References" over its citations).  Dates alone, or
    a date line wrapped ("This content was published on" over the date), stay one date line; any other block
    (text around a date line, or no wrapped text) is one part."""
    if len(lines) == 1 or not _wrapped(lines):
        return [lines]
    if _LIST_HEAD.match(lines[0]):
        return [lines[:1], lines[1:]]
    if len(lines) <= 6 and any(_META_LINE.match(ln) for ln in lines):
        return [[ln] for ln in lines]  # headline, dek and "Name · CBC News · Posted: …" under one another
    meta = [bool(_META_FIELD.match(ln) or _READ_TIME.match(ln) or _is_date(ln)) for ln in lines]
    other = [ln for ln, m in zip(lines, meta) if not m]
    if not any(meta) or _is_date(block) or _is_date(" ".join(lines)) or len(lines) > 6 \
            or any(_count_runs(ln) > 6 for ln in other):
        return [lines]  # (a longer line among them: text around a date, read as before)
    parts: list[list[str]] = []
    run: list[str] = []
    for ln, is_meta in zip(lines, meta):
        if is_meta:
            if run:
                parts.append(run)
                run = []
            parts.append([ln])
        else:
            run.append(ln)
    if run:
        parts.append(run)
    return parts


def _add_block(units: list[_Unit], lines: list[str], markdown: bool) -> None:
    """The units of one block's ``lines``: one unit per line unless they are hard-wrapped text (a line
    longer than that is a paragraph of its own)."""
    if len(lines) == 1 or not _wrapped(lines) or any(_MD_HEADING.match(ln) for ln in lines):
        for ln in lines:
            heading = markdown and bool(_MD_HEADING.match(ln))
            if markdown:
                ln = _MD_MARKUP.sub("", _MD_HEADING.sub("", ln)).strip()
                if re.fullmatch(r"[-*_=]{3,}", ln):
                    continue
            units.append(_Unit(ln, heading))
    else:
        joined = " ".join(lines)
        if markdown:
            joined = _MD_MARKUP.sub("", joined)
        units.append(_Unit(joined, lines=tuple(lines)))


# a news agency's sign-off line with the desk's initials: "Keystone-SDA/ts", "AFP/jm", "(dpa/ab)"
_AGENCY_SIGN_OFF = re.compile(r"\(?[A-Z][\w.&-]*(?:/[A-Z][\w.&-]*)*/[a-z]{1,4}(?:,\s*[a-z]{1,4})*\)?")


def _is_boilerplate(unit: _Unit, low: str | None = None) -> bool:
    """``low``: ``unit.text.casefold()`` if the caller has it (segment does, for a short unit)."""
    if unit.words <= 40 and _furniture(unit.text, low):
        return True
    if unit.words <= 2 and _AGENCY_SIGN_OFF.fullmatch(unit.text.strip()):
        return True
    # A block of short lines (a sidebar or a sign-up box): boilerplate when half its lines are.
    if len(unit.lines) <= 1:
        return False
    hits = sum(1 for ln in unit.lines if len(ln.split()) <= 40 and _furniture(ln))
    return len(unit.lines) > 1 and hits * 2 >= len(unit.lines)


# Every match of _CREDIT_TRAILING holds one of these (lower case).
_CREDIT_TRAILING_KEYS = ("photo", "image", "picture", "credit")


def _is_caption(unit: _Unit) -> bool:
    text = unit.text
    if unit.words > 80:
        return False
    # A credit in brackets starts at the last "(" (no bracket inside it): search from there only.
    if "(" in text and _CREDIT.search(text, text.rfind("(")):
        return True
    low = text.lower()
    if (has_fold_special(text) or any(map(low.__contains__, _CREDIT_TRAILING_KEYS))) and _CREDIT_TRAILING.search(text):
        return True
    if " / " in text and _SLASH_CREDIT.search(text):
        return True
    return bool(_CAPTION_START.match(text))


# a credit of photographer and outlet between slashes at a caption's end, as public-radio sites print it:
# "… in the ambulance bay. / Hannah Lindqvist / Boise State Public Radio"
_SLASH_CREDIT = re.compile(r"\s/\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*/\s*[A-Z][\w&.’' -]{1,60}$")


# a sign-off after a paragraph's last sentence: a desk's initials ("… the season after that.” DM"), "ENDS"
_SIGN_OFF = re.compile(r"(?<=[.!?…\"”’)])\s+(?:[—–-]\s*)?(?:[A-Z]{2,5}|/ends)\s*$")


def _is_prose(unit: _Unit) -> bool:
    """A paragraph of twelve words or more ending a sentence, a sign-off after it aside (a paragraph after a
    "Read more:" line inside the story is no footer for ending "… over.” DM").

    >>> _is_prose(_Unit("“We will be back next season, and the season after that, and the one after,” she said. DM"))
    True
    """
    text = unit.text
    return unit.words >= 12 and (_ends_sentence(text) or _SIGN_OFF.search(text, max(0, len(text) - 12)) is not None)


def _headline_like(unit: _Unit) -> bool:
    if unit.heading:
        return True
    t = unit.text.rstrip()
    return 1 <= unit.words <= 25 and not re.search(r"[.,;:]['\"”’]?$", t[-2:])


def segment(text: str, markdown: bool = False, title: str | None = None) -> Segments:
    """Take ``text`` apart; ``title`` (from HTML metadata) is used as the headline when present."""
    seg = Segments()
    units = _units(text, markdown)
    seen: set[str] = set()
    body_units: list[_Unit] = []
    in_footer = False
    front = True
    i = 0
    while i < len(units):
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        i += 1
        key = None
        if unit.words <= 40:  # a repeat of a short unit is boilerplate (units of equal text have equal words)
            key = unit.text.casefold()
            if key in seen:
                seg.removed.append(("boilerplate", unit.shown))
                continue
            seen.add(key)
        if _is_boilerplate(unit, key) or (in_footer and (not _is_prose(unit) or _CITATION.match(unit.text))):
            seg.removed.append(("boilerplate", unit.shown))
            in_footer = in_footer or bool(body_units)
            continue
        if _is_caption(unit):
            if seg.caption is None and front:
                seg.caption = unit.text
            else:
                seg.removed.append(("caption", unit.text))
            continue
        if front:
            if seg.headline is None and not body_units and nxt is not None and _SECTION_LABEL.fullmatch(unit.text) \
                    and (_is_date(nxt.text) or _headline_like(nxt)):
                seg.removed.append(("label", unit.text))  # "NEWS" over the date and headline
                continue
            if _SECTION_FIELD.match(unit.text) and unit.words <= 8:
                seg.removed.append(("label", unit.text))  # "NEWSPAPER SECTION: News"
                continue
            if _is_byline(unit) or seg.headline is not None and nxt is not None and _is_name_line(unit):
                seg.byline = seg.byline or unit.text
                meta = _META_LINE.match(unit.text)
                if meta and seg.date is None:
                    # (a line that is all stamps, "Published on 27/01/2026 - 08:02 GMT+1 • Updated 18:24", whole)
                    seg.date = unit.text if _STAMP_START.match(unit.text) else meta.group("stamp")
                continue
            if _is_date(unit.text):
                seg.date = seg.date or unit.text
                continue
            if seg.headline is None and not body_units:
                if title and _same(unit.text, title):
                    seg.headline = unit.text
                    continue
                if title is None and _headline_like(unit) and nxt is not None:
                    seg.headline = unit.text
                    continue
            if seg.headline is not None and seg.dek is None and nxt is not None and not unit.heading:
                follows_meta = _is_byline(nxt) or _is_date(nxt.text) or _is_name_line(nxt)
                ends_colon = unit.text.rstrip().endswith(":")  # "..., she said:" introduces the body
                if unit.words <= 50 and not ends_colon and (not _ends_sentence(unit.text) or follows_meta):
                    seg.dek = unit.text
                    continue
            if title and seg.headline is None:
                seg.headline = title
        if unit.heading:  # a Markdown sub-heading inside the body: kept aside, not a paragraph
            seg.removed.append(("heading", unit.text))
            continue
        front = False
        body_units.append(unit)
    if seg.headline is None and title:
        seg.headline = title
    seg.paragraphs = _repair_breaks([u.text for u in body_units])
    if seg.paragraphs:
        m = _DATELINE.match(seg.paragraphs[0])
        if m and not m.group("dateline").strip().startswith(("I ", "A ")):
            seg.dateline = m.group("dateline").strip(" —–-:")
    return seg


def _is_date(text: str) -> bool:
    """A date line, or lines that are each one ("Published Mar 20, 2025, 06:15 PM" over "Updated Mar 20, 2025,
    09:32 PM").

    The first line that is not blank starts where ``text`` does but for whitespace, which
    _DATE_LINE's opening ``^\\s*`` takes; so when it is a date line, _DATE_LINE without its end
    matches at the start of ``text`` too (the rest of the pattern looks at nothing past what it
    takes).  A text that does not open like a date line (any paragraph of prose) is answered by
    that one anchored match, without the split, which tries the stamp pattern at every character."""
    if _DATE_START.match(text) is None:
        return False
    lines = [ln for ln in _STAMPS.split(text) if ln.strip()]
    return bool(lines) and all(_DATE_LINE.match(ln) for ln in lines)


# where a second stamp starts (lines joined into one: "Published Mar 20, 2025, 06:15 PM Updated Mar 20, …")
_STAMPS = re.compile(r"\n|(?<!\bwas)\s+(?=(?:published|updated|posted|last\s+updated|first\s+published)\b)", re.I)


def _is_byline(unit: _Unit) -> bool:
    """A byline: "By ...", a reporter's name and desk, or a line of bylines and stamps between separators."""
    if unit.words > 15:
        # (a line of bylines and stamps may run longer: "Jane Doe · CBC News · Posted: Mar 03, 2026 4:00 AM AST |
        # Last Updated: March 3")
        return unit.words <= 25 and _META_LINE.match(unit.text) is not None
    if _BYLINE.match(unit.text) or _BYLINE_ROLE.match(unit.text) or _META_LINE.match(unit.text) \
            or _WRITER_FIELD.match(unit.text) or _STAMP_BYLINE.match(unit.text):
        return True
    # a block: the reporter's name over her desk or handle ("Hannah Price" / "Political reporter @hannahprice")
    lines = unit.lines
    return 1 < len(lines) <= 4 and _NAME_LINE.fullmatch(lines[0]) is not None \
        and all(_BYLINE_DETAIL.search(ln) for ln in lines[1:])


def _is_name_line(unit: _Unit) -> bool:
    """A byline printed without "By" under the headline: names alone ("Marisol Ortega", "Jane Doe and Ana Ruiz")."""
    return unit.words <= 8 and _NAME_LINE.fullmatch(unit.text.strip()) is not None


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().casefold()  # noqa: E731
    return norm(a) == norm(b)


def _repair_breaks(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for para in paragraphs:
        if out and _continues(out[-1], para):
            prev = out[-1]
            out[-1] = prev + para if prev.endswith("-") and not prev.endswith(" -") else f"{prev} {para}"
        else:
            out.append(para)
    return out


def _continues(prev: str, nxt: str) -> bool:
    prev = prev.rstrip()
    if _ends_sentence(prev) or prev.endswith(":"):
        return False
    first = nxt.lstrip()[:1]
    if first.islower():
        return True
    return prev.endswith((",", ";", "—", "–", "-")) or bool(_FUNCTION_END.search(prev[-8:]))  # longest word + 1
