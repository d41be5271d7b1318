"""Exported charts are valid, self-describing files; the table and the manifest trace every number.

Extends tests/test_export.py (foundation) with: every chart function in every format, what is inside
each file (PNG dpi and text chunks, SVG text kept as text, PDF info and embedded fonts), the CSV beside
each chart equal to the chart's table, tables of other parameters never replaced, concurrent exporters
never sharing a name, and the panels' export buttons recording the widget values.
"""

from __future__ import annotations

import io
import json
import re
import struct
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pandas as pd
import pytest

from helpers._version import __version__
from helpers.charts.article import pos_mix_chart, sentence_length_chart, top_words_chart
from helpers.charts.overview import speaker_tone_chart, top_entities_chart
from helpers.export import export_figure, read_manifest, render
from helpers.text import content_words, pos_mix

STORY = """Harbour Strike Ends After Three Weeks

Dockworkers agree to a new contract, but the port authority says delays will last into spring

Dockworkers at the Port of Halden voted on Tuesday to end a three-week strike. "We won what we came for," said union leader Maria Voss. The port authority said cargo delays would continue.

Economist Tomas Berg told reporters that the deal "might not hold" beyond next year. Shipping firms had warned of losses.
"""

SPEAKERS = pd.DataFrame({
    "name": ["Maria Voss", "Tomas Berg", "Port authority"], "role": ["union leader", "economist", None],
    "category": ["other", "expert", "official"], "aliases": [[], [], []], "quotes": [2, 1, 1], "words": [8, 4, 6],
    "polarity": [0.4, -0.1, 0.0], "subjectivity": [0.6, 0.3, 0.1]})
ENTITIES = pd.DataFrame({"name": ["Port of Halden", "Maria Voss", "Tomas Berg", "Halden"],
                         "type": ["FAC", "PERSON", "PERSON", "GPE"], "mentions": [3, 2, 1, 1]})


@pytest.fixture(scope="module")
def story(request):
    from helpers.article import Article

    return Article.from_text(STORY, name="harbour-strike")


def _charts(art):
    return {
        "sentence-lengths": sentence_length_chart(art.sentences, article=art),
        "top-content-words": top_words_chart(content_words(art.tokens, 8), article=art, n=8),
        "pos-mix": pos_mix_chart(pos_mix(art.tokens), article=art),
        "top-entities": top_entities_chart(ENTITIES, article=art, n=3),
        "speaker-polarity": speaker_tone_chart(SPEAKERS, article=art),
        "top-entities-empty": top_entities_chart(ENTITIES.iloc[:0], article=art),
    }


def _png_chunks(data: bytes) -> dict:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        assert struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0] == zlib.crc32(kind + body)
        chunks.setdefault(kind.decode(), []).append(body)
        pos += 12 + length
    assert "IEND" in chunks
    return chunks


def test_every_chart_in_every_format_is_a_valid_file(story, tmp_path):
    for name, fig in _charts(story).items():
        png = export_figure(fig, fmt="png", article=story, folder=tmp_path, notebook="test").read_bytes()
        chunks = _png_chunks(png)
        width, height = struct.unpack(">II", chunks["IHDR"][0][:8])
        ppm_x, ppm_y, unit = struct.unpack(">IIB", chunks["pHYs"][0])
        assert unit == 1 and round(ppm_x * 0.0254) == 300 == round(ppm_y * 0.0254), name
        assert width >= 1200, f"{name}: {width} px is not a 300 dpi one-column figure"
        text = {k.decode("latin-1"): v.decode("latin-1") for k, v in (c.split(b"\0", 1) for c in chunks.get("tEXt", []))}
        for c in chunks.get("iTXt", []):  # keyword, flags, language, translated keyword, UTF-8 text
            key, rest = c.split(b"\0", 1)
            _lang, _tkey, value = rest[2:].split(b"\0", 2)
            text[key.decode("latin-1")] = (zlib.decompress(value) if rest[0] else value).decode("utf-8")
        assert text["Software"] == f"newslens {__version__}" and text["Title"] == fig.newslens["title"]
        assert "harbour-strike" in text["Description"] or "Harbour Strike" in text["Description"]
        assert re.match(r"\d{4}-\d\d-\d\dT", text["Creation Time"])

        svg = export_figure(fig, fmt="svg", article=story, folder=tmp_path).read_bytes()
        root = ET.fromstring(svg)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
        assert fig.newslens["title"] in texts, f"{name}: SVG text is not editable text"
        assert f"newslens {__version__}" in svg.decode()

        if name not in ("pos-mix", "speaker-polarity"):
            continue  # PDF font subsetting costs ~1 s a file: two charts suffice for the PDF checks
        pdf = export_figure(fig, fmt="pdf", article=story, folder=tmp_path).read_bytes()
        assert pdf.startswith(b"%PDF-1.") and pdf.rstrip().endswith(b"%%EOF")
        assert b"/FontFile2" in pdf, f"{name}: PDF fonts are not embedded TrueType"
        assert f"/Creator (newslens {__version__})".encode() in pdf


def test_csv_beside_each_chart_is_the_charts_table(story, tmp_path):
    for name, fig in _charts(story).items():
        path = export_figure(fig, fmt="svg", article=story, folder=tmp_path, notebook="nb", params={"n": 3})
        row = read_manifest(tmp_path)[-1]
        assert row["file"] == path.name and row["data_csv"] == f"{path.stem}.csv"
        back = pd.read_csv(tmp_path / row["data_csv"], keep_default_na=False)
        table = fig.newslens["data"]
        assert list(back.columns) == list(table.columns) and len(back) == len(table), name
        if len(table):
            first = table.columns[0]
            assert [str(x) for x in back[first]] == [str(x) for x in table[first]]


def test_manifest_traces_every_file(story, tmp_path):
    figs = _charts(story)
    written = [export_figure(figs["pos-mix"], fmt=f, article=story, folder=tmp_path, notebook="01_article_and_tokens",
                             params={"article": "harbour.txt", "top_n": 8}) for f in ("png", "svg", "pdf")]
    rows = read_manifest(tmp_path)
    assert [r["file"] for r in rows] == [p.name for p in written] == ["pos-mix.png", "pos-mix.svg", "pos-mix.pdf"]
    # one view in three formats shares one table
    assert {r["data_csv"] for r in rows} == {"pos-mix.csv"}
    import hashlib

    for r, p in zip(rows, written):
        assert r["notebook"] == "01_article_and_tokens" and r["params"] == {"article": "harbour.txt", "top_n": 8}
        assert r["title"] == "Part-of-speech mix" and r["article"] == "Harbour Strike Ends After Three Weeks"
        assert r["newslens_version"] == __version__ and re.match(r"\d{4}-\d\d-\d\dT", r["exported_at"])
        assert r["sha256"] == hashlib.sha256(p.read_bytes()).hexdigest()
    assert json.loads((tmp_path / "manifest.json").read_text()) == rows


def test_a_table_with_other_parameters_is_never_replaced(story, tmp_path):
    words = content_words(story.tokens, 12)
    eight = top_words_chart(words, article=story, n=8)
    four = top_words_chart(words, article=story, n=4)
    a = export_figure(eight, fmt="png", article=story, folder=tmp_path)
    b = export_figure(four, fmt="svg", article=story, folder=tmp_path)  # the .svg name is free, the table is not
    assert a.name == "top-content-words.png" and b.name == "top-content-words-2.svg"
    assert len(pd.read_csv(tmp_path / "top-content-words.csv")) == min(8, len(words))
    assert len(pd.read_csv(tmp_path / "top-content-words-2.csv")) == min(4, len(words))
    rows = read_manifest(tmp_path)
    assert [r["data_csv"] for r in rows] == ["top-content-words.csv", "top-content-words-2.csv"]


def _export_in_child(folder: str) -> str:
    from helpers.article import Article

    art = Article.from_text(STORY, name="harbour-strike")
    return export_figure(speaker_tone_chart(SPEAKERS, article=art), fmt="svg", article=art, folder=folder).name


def test_concurrent_exporters_never_share_a_name(tmp_path):
    """Three processes export the same chart into one folder at once (as parallel report runs do)."""
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(3) as pool:
        names = pool.map(_export_in_child, [str(tmp_path)] * 3)
    assert sorted(names) == ["speaker-polarity-2.svg", "speaker-polarity-3.svg", "speaker-polarity.svg"]
    assert sorted(r["file"] for r in read_manifest(tmp_path)) == sorted(names)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_same_moment_same_bytes(story):
    """Given the export time, SVG and PDF bytes are reproducible (fixed hash salt, no random ids)."""
    import datetime as dt

    when = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.timezone.utc)
    fig = pos_mix_chart(pos_mix(story.tokens), article=story)
    for fmt in ("svg", "pdf"):
        assert render(fig, fmt, when=when) == render(fig, fmt, when=when)
    assert b"2026-01-05T12:00:00" in render(fig, "svg", when=when)


def test_files_are_readable_by_others(story, tmp_path):
    import os

    old = os.umask(0o022)
    os.umask(old)
    path = export_figure(pos_mix_chart(pos_mix(story.tokens), article=story), fmt="png", folder=tmp_path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~old


def test_overview_export_button_records_the_widget_values(tmp_path):
    from helpers.widgets.overview import overview_panel

    wire = Path(__file__).resolve().parent / "data" / "wire-story.txt"
    panel = overview_panel(wire, export_dir=tmp_path)
    panel.controls["top_n"].value = 4
    panel.controls["metric"].value = "subjectivity"
    panel.controls["export_format_speaker_tone"].value = "pdf"
    panel.controls["export_speaker_tone"].click()
    assert panel.state["error"] is None
    (path,) = panel.state["exports"]
    assert path.parent == tmp_path and path.name == "speaker-subjectivity.pdf"
    row = read_manifest(tmp_path)[-1]
    assert row["notebook"] == "00_overview"
    assert row["params"] == {"article": str(wire), "top_n": 4, "metric": "subjectivity"}
    assert row["article_path"] == str(wire)
