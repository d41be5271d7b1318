"""Direct quotes from quotation marks: spans, split quotes and quotes running across paragraphs.

Pure string work, no tagging.  :func:`find_statements` takes the paragraphs (text, offset) and returns
statements, each a list of ``(start, end)`` parts (offsets of the quoted words, marks excluded):

* straight ``"`` and curly ``“ ”`` double quotes; single quotes ``‘ ’`` nested inside are part of the
  quote (``an ‘honest’ broker``); an article with no double quote at all is read in the British style
  (single quotes as the outer marks);
* a quote split around its attribution (``“Among those plans,” Col. Kemp elaborated, “would …”``) is one
  statement in two parts;
* a paragraph that ends with its quote still open continues in the next paragraph's opening quote mark
  (news convention) — one statement across paragraphs;
* unbalanced marks degrade per paragraph (an unclosed quote runs to the end of its paragraph; a stray
  closing mark is ignored) and never raise.

    >>> paras = [('“It was,” she said, “a mistake.” Then a “draft” appeared.', 0)]
    >>> [[paras[0][0][s:e] for s, e in st.parts] for st in find_statements(paras)]
    [['It was,', 'a mistake.'], ['draft']]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import ABBREVIATIONS, TITLES
from .lexicon import speech_verbs

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_DOUBLE_RX = re.compile("[“„«”»\"]")
_SINGLE_RX = re.compile("[‘‹’›']")
_OPEN_CONTEXT = set(" \t\n([{—–-/")
_SENT_END = re.compile(r"([\w.]*)([.!?…])(?=\s|$)")
_CONT_END = re.compile(r"[,:;—–…-]\s*$|\w\s*$")


@dataclass
class Statement:
    parts: list[tuple[int, int]]
    paragraphs: list[int] = field(default_factory=list)
    open_end: bool = False  # the last part runs to the end of its paragraph without a closing mark
    continued: bool = False  # the statement runs across a paragraph break

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _marks(text: str, style: str) -> list[tuple[int, str]]:
    """(position, 'open'|'close') for each quote mark of ``style`` ('double' or 'single')."""
    out = []
    n = len(text)
    rx = _DOUBLE_RX if style == "double" else _SINGLE_RX
    for m in rx.finditer(text):
        i, ch = m.start(), m.group()
        if style == "double":
            if ch in DOUBLE_OPEN:
                out.append((i, "open"))
            elif ch in DOUBLE_CLOSE:
                out.append((i, "close"))
            elif ch == '"':
                prev = text[i - 1] if i else " "
                out.append((i, "open" if prev in _OPEN_CONTEXT else "close"))
        else:
            nxt = text[i + 1] if i + 1 < n else " "
            prev = text[i - 1] if i else " "
            if ch in SINGLE_OPEN or (ch == "'" and prev in _OPEN_CONTEXT and nxt.isalnum()):
                out.append((i, "open"))
            elif ch in SINGLE_CLOSE or ch == "'":
                if prev.isalpha() and nxt.isalpha():
                    continue  # an apostrophe: don’t, Kata’ib
                if prev in _OPEN_CONTEXT:
                    continue
                out.append((i, "close"))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraph_spans(text: str, style: str = "double", continues: bool = False):
    """Quote spans in one paragraph: list of (start, end, open_end).

    ``continues``: the previous paragraph ended inside a quote, so a closing mark before any opening
    mark closes a quote that started at the paragraph's beginning.
    """
    spans = []
    open_at = None
    first = True
    for pos, kind in _marks(text, style):
        if kind == "open":
            if open_at is not None:
                # Unbalanced: a second opening mark while open; close the first one here.
                s, e = _strip(text, open_at + 1, pos)
                if e > s:
                    spans.append((s, e, False))
            open_at = pos
        else:
            if open_at is not None:
                s, e = _strip(text, open_at + 1, pos)
                if e > s:
                    spans.append((s, e, False))
                open_at = None
            elif first and continues:
                s, e = _strip(text, 0, pos)
                if e > s:
                    spans.append((s, e, False))
            # else: a stray closing mark — ignored
        first = False
    if open_at is not None:
        s, e = _strip(text, open_at + 1, len(text))
        if e > s:
            spans.append((s, e, True))
    return spans


def article_style(paragraphs: list[tuple[str, int]]) -> str:
    """'double' unless the text has no double quote mark at all and has single ones (British style)."""
    joined = "".join(t for t, _ in paragraphs)
    if any(ch in joined for ch in DOUBLE_OPEN + DOUBLE_CLOSE + '"'):
        return "double"
    return "single" if any(ch in joined for ch in SINGLE_OPEN) else "double"


def _ends_sentence(text: str) -> bool:
    """A sentence ends inside ``text`` (abbreviations such as ``Col.`` or ``U.S.`` do not count)."""
    for m in _SENT_END.finditer(text):
        word = m.group(1).lower().rstrip(".")
        if m.group(2) == "." and (word in TITLES or word in ABBREVIATIONS or len(word) == 1 or "." in word):
            continue
        return True
    return False


def is_split_gap(gap: str, left_text: str, right_text: str, has_verb) -> bool:
    """Two quote parts are one statement when the words between them are an attribution clause only
    (``, Col. Kemp elaborated,``): no sentence end, a speech verb, and the first part ends mid-sentence
    (comma, dash, ellipsis or a word) or the second starts lower-case."""
    g = gap.strip()
    # (the cheap tests first: all must hold)
    if not g or len(g) > 160 or not g.endswith((",", ":", "—", "–")):
        return False
    if not (right_text[:1].islower()
            or _CONT_END.search(left_text) and not left_text.rstrip().endswith((".", "?", "!"))):
        return False
    return not _ends_sentence(g) and bool(has_verb(g))


_NICKNAME = re.compile(r"[A-Z][\w’'-]{1,20}")
_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+\s[“\"‘']$")
_NAME_AFTER = re.compile(r"[”\"’']\s[A-Z][\w’'-]+")


def find_statements(paragraphs: list[tuple[str, int]], has_verb=None) -> list[Statement]:
    """All direct-quote statements in document order (offsets are absolute: paragraph offset + local)."""
    if has_verb is None:
        verbs = speech_verbs()
        word = re.compile(r"[A-Za-z]+")

        def has_verb(g):
            return any(w.lower() in verbs for w in word.findall(g))

    style = article_style(paragraphs)
    out: list[Statement] = []
    prev_open = False
    for pi, (text, base) in enumerate(paragraphs):
        pstyle = style
        if style == "double" and not any(ch in text for ch in DOUBLE_OPEN + DOUBLE_CLOSE + '"') \
                and text.lstrip()[:1] in SINGLE_OPEN + "'":
            pstyle = "single"  # a paragraph quoted in single marks (mixed house styles)
        try:
            spans = paragraph_spans(text, pstyle, continues=prev_open)
        except Exception:  # best effort per paragraph, never for the whole article
            spans = []
        # a paragraph continuing an open quote starts with a quote mark (or a stray closer handled above)
        starts_with_quote = bool(spans) and spans[0][0] <= 2 and text.lstrip()[:1] in (DOUBLE_OPEN + '"' + SINGLE_OPEN + "'")
        local: list[Statement] = []
        for j, (s, e, open_end) in enumerate(spans):
            if not open_end and _NICKNAME.fullmatch(text[s:e]) and _NAME_BEFORE.search(text, max(0, s - 40), s) \
                    and _NAME_AFTER.match(text, e):
                continue  # "Sen. Ramon “Monching” Dizon": a nickname inside a name, no quotation
            part = (base + s, base + e)
            if j == 0 and prev_open and out and (starts_with_quote or s == 0):
                st = out[-1]
                st.parts.append(part)
                st.paragraphs.append(pi)
                st.continued = True
                st.open_end = open_end
                local.append(st)
                continue
            if local:
                last = local[-1]
                ls, le = last.parts[-1]
                gap = text[le - base + 1: s - 1] if le - base + 1 <= s - 1 else ""
                if is_split_gap(gap, text[ls - base:le - base], text[s:e], has_verb):
                    last.parts.append(part)
                    last.open_end = open_end
                    continue
            st = Statement([part], [pi], open_end=open_end)
            out.append(st)
            local.append(st)
        prev_open = bool(spans) and spans[-1][2]
    return out
