"""Stage 1a — bytes on disk to clean text.

:func:`read_source` takes a path to a ``.txt``, ``.md`` or ``.html`` file and returns a
:class:`Source`: the decoded text (``\\n`` newlines, no BOM) and, for HTML, the title and date
that the page carries.  HTML goes through trafilatura's main-content extractor; encodings other
than UTF-8 are detected by charset-normalizer.

    >>> src = read_source("data/articles/confusion-abounds-us-military-iraq.txt")  # doctest: +SKIP
    >>> src.text.splitlines()[2]                                                    # doctest: +SKIP
    'Confusion Abounds: US Military Leaving, Then Not Leaving, Iraq'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import NewslensError
from .paths import ARTICLE_SUFFIXES

HTML_SUFFIXES = (".html", ".htm")
MIN_HTML_WORDS = 20  # less than this from the extractor is navigation, not an article
MARKDOWN_SUFFIXES = (".md", ".markdown")

# Signatures of common binary formats that end up renamed as .txt.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx?)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "a program",
    b"RIFF": "a RIFF media file",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class Source:
    """Decoded text of one article file, before segmentation."""

    path: str
    text: str
    kind: str  # "text", "markdown" or "html"
    encoding: str
    title: str | None = None
    date: str | None = None


def read_source(path) -> Source:
    """Read and decode an article file; raise :class:`NewslensError` with one line if it cannot be."""
    p = Path(path).expanduser()
    if not p.exists():
        raise NewslensError(f"{p}: no such file")
    if p.is_dir():
        raise NewslensError(f"{p}: is a directory, not an article file (use 'newslens corpus' for folders)")
    suffix = p.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise NewslensError(
            f"{p}: unsupported file type {suffix or '(none)'!r}; use one of {', '.join(ARTICLE_SUFFIXES)}"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise NewslensError(f"{p}: cannot read ({exc.strerror or exc})") from None
    text, encoding = decode_bytes(data, name=str(p))
    text = normalize_newlines(text)
    if not text.strip():
        raise NewslensError(f"{p}: the file is empty")
    if suffix in HTML_SUFFIXES:
        return _from_html(str(p), text, encoding)
    kind = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    return Source(path=str(p), text=text, kind=kind, encoding=encoding)


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode ``data``: BOMs first, then strict UTF-8, then charset-normalizer's best guess."""
    if not data.strip():
        raise NewslensError(f"{name}: the file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise NewslensError(f"{name}: this is {what}, not an article text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc
            except UnicodeDecodeError:
                raise NewslensError(f"{name}: starts with a {enc} byte-order mark but does not decode as {enc}") from None
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text, enc = _detect(data, name)
    if _looks_binary(text):
        raise NewslensError(f"{name}: looks like a binary file, not an article text")
    return text, enc


def _detect(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    # UTF-16 without a BOM: every other byte is NUL for Latin text.
    if len(data) >= 4 and data.count(0) > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _looks_binary(text):
                return text, enc
    # Western news text in Windows-1252 / Latin-1 (most non-UTF-8 articles): accept it when every
    # non-ASCII character is a Latin letter or typographic punctuation.  Short texts fool statistical
    # detectors (a French line reads as cp1250), so this goes first.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and all(ch in _WESTERN for ch in text if ord(ch) > 127):
        return text, "cp1252"
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise NewslensError(f"{name}: cannot tell the text encoding (undecodable bytes)")
    enc = best.encoding
    # charset-normalizer reports latin-1 for text that is really Windows-1252 (curly quotes in 0x80-0x9F).
    if enc in ("latin_1", "iso8859_1") and re.search(rb"[\x80-\x9f]", data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    text = str(best)
    return text, enc


_WESTERN = frozenset(chr(c) for c in range(0xC0, 0x100)) | frozenset("‘’“”–—…€•°£§©®«»¡¿·ªº¹²³½¼¾")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    return _control_count(sample) > len(sample) * 0.01


def _control_count(sample: str) -> int:
    """``len(_CONTROL.findall(sample))``; for a long sample counted on its bytes in UTF-8 (the regex
    engine steps through a character set at every character: most of the load stage's reading).  A
    control character below U+0020 is one byte there, and no byte of a longer sequence is below 0x80;
    so they are the bytes that ``bytes.translate`` deletes.  The U+FFF0–U+FFFF specials are the
    sequences EF BF B0..BF: a sample holding EF BF is counted on its code points with numpy."""
    if len(sample) < 512:
        return len(_CONTROL.findall(sample))
    data = sample.encode("utf-8", "surrogatepass")
    if b"\xef\xbf" not in data:
        return len(data) - len(data.translate(None, _CONTROL_BYTES))
    import numpy as np

    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), np.uint32)
    return int(np.count_nonzero((codes < 0x09) | ((codes >= 0x0E) & (codes <= 0x1F))
                                | ((codes >= 0xFFF0) & (codes <= 0xFFFF))))


# Control characters other than \t \n \v \f \r, and the U+FFF0–U+FFFF specials (U+FFFD: undecodable).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufff0-\uffff]")
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20)])  # (those below U+0020, in UTF-8)


def normalize_newlines(text: str) -> str:
    """CRLF and CR to LF; form feeds (page breaks) to blank lines; NBSP to space; strip the BOM."""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text.replace("\u00a0", " ").replace("\u200b", "")


def _from_html(path: str, html: str, encoding: str) -> Source:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = None
    title = date = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        text, title, date = get("text"), get("title"), get("date")
    if not text or len(text.split()) < MIN_HTML_WORDS:
        raise NewslensError(f"{path}: no article text found in this HTML page")
    text = normalize_newlines(text)
    # trafilatura puts one paragraph per line; make paragraphs blank-line separated like a .txt article.
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    if title:
        title = " ".join(title.split())
        if not text.startswith(title):
            text = f"{title}\n\n{text}"
    return Source(path=path, text=text, kind="html", encoding=encoding, title=title, date=date)
