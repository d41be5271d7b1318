"""Loading article files: encodings, newlines, HTML, Markdown, and every kind of bad input."""

from __future__ import annotations

import codecs
import subprocess
import sys

import pytest

from helpers import NewslensError, load_article
from helpers.cli import main
from helpers.reading import decode_bytes, read_source

SAMPLE = (
    "Minister’s “draft” rejected\n\n"
    "The minister’s office called the letter a “draft” on Monday — a word critics rejected. "
    "Officials in Zürich said the café meeting was cancelled.\n"
)


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b"")],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding, bom):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + SAMPLE.encode(encoding))
    art = load_article(path)
    assert art.title == "Minister’s “draft” rejected"
    assert "Zürich" in art.body and "café" in art.body and "“draft”" in art.body
    assert not art.body.startswith("\ufeff")


def test_latin1_without_curly_quotes(tmp_path):
    text = "Crise à Genève\n\nLe président a déclaré que la réunion était annulée. Les élèves ont protesté.\n"
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("latin-1"))
    art = load_article(path)
    assert "Genève" in art.title and "président" in art.body


def test_crlf_and_cr_newlines_become_lf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(SAMPLE.replace("\n", "\r\n").encode("utf-8"))
    art = load_article(path)
    assert "\r" not in art.body
    assert art.title == "Minister’s “draft” rejected"
    assert len(art.paragraphs) == 1


def test_html_goes_through_the_main_content_extractor(data_dir):
    art = load_article(data_dir / "page.html")
    assert art.title == "Port strike ends after three weeks"
    assert art.date and art.date.startswith("2023-10-02")
    assert len(art.paragraphs) == 4
    assert "Subscribe" not in art.body and "All rights reserved" not in art.body
    assert art.paragraphs.text[1].endswith("said union leader Marta Costa.")


def test_markdown_heading_is_the_headline(data_dir):
    art = load_article(data_dir / "blog-post.md")
    assert art.title == "The Quiet Return of the Tram"
    assert art.dek.startswith("Cities that tore out")
    assert "*" not in art.dek and "#" not in art.body


def test_seed_is_the_default():
    art = load_article()
    assert art.name == "confusion-abounds-us-military-iraq"


BAD = {
    "missing": (None, "no such file"),
    "directory": (None, "is a directory"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n\t  \n", "empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    "binary.txt": (bytes([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]) * 50, "binary"),
    "article.docx": (b"PK\x03\x04 something", "unsupported file type"),
    "noise.txt": (bytes(range(128, 256)) * 8, "cannot tell the text encoding"),
    "nothing.html": (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    "only-boilerplate.txt": (b"Sign up for our newsletter\n\nFollow us on Twitter\n", "no article body"),
}


@pytest.fixture
def bad_path(tmp_path, request):
    name = request.param
    content, _ = BAD[name]
    path = tmp_path / name
    if name == "directory":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    return path, BAD[name][1]


@pytest.mark.parametrize("bad_path", list(BAD), indirect=True)
def test_bad_input_one_line_exit_2(bad_path, capsys):
    path, expected = bad_path
    assert main(["analyze", str(path), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("newslens: error:")
    assert expected in err
    assert "Traceback" not in err


def test_undecodable_bytes_raise_a_clear_error():
    with pytest.raises(NewslensError, match="does not decode as utf-16-le"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x41")  # lone surrogate after a UTF-16 BOM
    with pytest.raises(NewslensError, match="cannot tell the text encoding"):
        decode_bytes(bytes(range(128, 256)) * 8)


def test_cli_process_prints_no_traceback(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    proc = subprocess.run([sys.executable, "-m", "helpers.cli", "analyze", str(png)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"newslens: error: {png}: this is a PNG image, not an article text"
    bad_args = subprocess.run([sys.executable, "-m", "helpers.cli", "analyze"], capture_output=True, text=True)
    assert bad_args.returncode == 2 and len(bad_args.stderr.strip().splitlines()) == 1


def test_large_file_loads(tmp_path):
    para = ("The council met on Tuesday. Officials said the plan, which costs $4.5 million, would go ahead. " * 6).strip()
    text = "Headline of a long file\n\n" + "\n\n".join([para] * 4000)  # ~ 2.3 MB
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    src = read_source(path)
    assert len(src.text) > 2_000_000
    art = load_article(path)
    assert len(art.paragraphs) == 4000
    assert len(art.sentences) == 4000 * 12
