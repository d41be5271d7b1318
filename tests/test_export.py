"""Chart export: valid files, metadata, CSV and manifest beside them, never a silent overwrite."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from helpers import NewslensError
from helpers.charts.article import pos_mix_chart, sentence_length_chart
from helpers.export import atomic_write, export_figure, read_manifest
from helpers.text import pos_mix


def test_formats_are_valid_files_with_metadata(seed, tmp_path):
    fig = sentence_length_chart(seed.sentences, article=seed)
    png = export_figure(fig, fmt="png", article=seed, folder=tmp_path, notebook="test")
    svg = export_figure(fig, fmt="svg", article=seed, folder=tmp_path, notebook="test")
    pdf = export_figure(fig, fmt="pdf", article=seed, folder=tmp_path, notebook="test")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"newslens" in png.read_bytes()[:4000]  # tEXt metadata
    root = ET.fromstring(svg.read_bytes())
    assert root.tag.endswith("svg")
    assert "Sentence length" in svg.read_text() and "Confusion Abounds" in svg.read_text()
    assert pdf.read_bytes()[:5] == b"%PDF-"
    from PIL import Image

    with Image.open(png) as im:
        assert round(im.info["dpi"][0]) == 300


def test_never_overwrites_and_keeps_csv_and_manifest(seed, tmp_path):
    fig = pos_mix_chart(pos_mix(seed.tokens), article=seed)
    first = export_figure(fig, fmt="png", article=seed, folder=tmp_path, notebook="01", params={"x": 1})
    original = first.read_bytes()
    second = export_figure(fig, fmt="png", article=seed, folder=tmp_path, notebook="01", params={"x": 2})
    assert first.name == "pos-mix.png" and second.name == "pos-mix-2.png"
    assert first.read_bytes() == original
    assert (tmp_path / "pos-mix.csv").read_text().startswith("group,count,share")
    assert (tmp_path / "pos-mix-2.csv").exists()
    rows = read_manifest(tmp_path)
    assert [r["file"] for r in rows] == ["pos-mix.png", "pos-mix-2.png"]
    assert rows[1]["params"] == {"x": 2} and rows[1]["notebook"] == "01" and rows[1]["data_csv"] == "pos-mix-2.csv"
    third = export_figure(fig, fmt="png", article=seed, folder=tmp_path, overwrite=True)
    assert third == first


def test_atomic_write_refuses_to_replace(tmp_path):
    target = tmp_path / "a.txt"
    atomic_write(target, b"one")
    with pytest.raises(FileExistsError):
        atomic_write(target, b"two")
    assert target.read_bytes() == b"one"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temp file left behind


def test_corrupt_manifest_is_an_error_not_an_overwrite(seed, tmp_path):
    (tmp_path / "manifest.json").write_text("{not json")
    fig = sentence_length_chart(seed.sentences, article=seed)
    with pytest.raises(NewslensError, match="manifest is corrupt"):
        export_figure(fig, fmt="svg", article=seed, folder=tmp_path)
    assert (tmp_path / "manifest.json").read_text() == "{not json"


def test_bad_format_is_a_clear_error(seed, tmp_path):
    fig = sentence_length_chart(seed.sentences, article=seed)
    with pytest.raises(NewslensError, match="unsupported export format 'jpg'"):
        export_figure(fig, fmt="jpg", folder=tmp_path)
