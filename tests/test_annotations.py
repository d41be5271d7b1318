"""Analyst corrections: atomic round trip, corrupt files, other stages' keys, applied by extract_quotes."""

import json

import pytest

from helpers.annotations import (annotations_path, load_annotations, save_annotations, set_quote_speaker,
                                 set_speaker, update_annotations)
from helpers.article import Article
from helpers.errors import NewslensError

TEXT = ("A headline for the test\n\n“The dam will hold,” said engineer Mia Laska, a professor at Delft University. "
        "Officials said the river would peak on Sunday.\n\n“We are ready,” said Mayor Ole Brandt.")


def make(name="river-story"):
    return Article.from_text(TEXT, name=name)


def test_round_trip_and_missing_file(tmp_path):
    assert load_annotations("story", directory=tmp_path) == {"version": 1, "article": "story"}
    path = save_annotations("story", {"speakers": {"A": {"category": "expert"}}}, directory=tmp_path)
    assert path == annotations_path("story", directory=tmp_path) and path.is_file()
    assert load_annotations("story", directory=tmp_path)["speakers"] == {"A": {"category": "expert"}}
    assert [p.name for p in tmp_path.iterdir()] == ["story.json"]  # no temp files left behind


def test_other_stages_keys_are_kept(tmp_path):
    update_annotations("story", "contrasts", {"accepted": [[1, 2]]}, directory=tmp_path)
    set_speaker("story", "Jane Roe", category="official", directory=tmp_path)
    set_quote_speaker("story", 10, 20, "some words", "Jane Roe", directory=tmp_path)
    data = load_annotations("story", directory=tmp_path)
    assert data["contrasts"] == {"accepted": [[1, 2]]}
    assert data["speakers"]["Jane Roe"] == {"category": "official"}
    assert data["quotes"] == [{"start": 10, "end": 20, "text": "some words", "speaker": "Jane Roe"}]
    # reassigning the same quote replaces its entry
    set_quote_speaker("story", 10, 20, "some words", None, directory=tmp_path)
    assert load_annotations("story", directory=tmp_path)["quotes"][0]["speaker"] is None


def test_corrupt_file_raises_and_is_never_overwritten(tmp_path):
    path = tmp_path / "story.json"
    path.write_text('{"speakers": {"A": ', encoding="utf-8")
    with pytest.raises(NewslensError, match="not valid JSON"):
        load_annotations("story", directory=tmp_path)
    with pytest.raises(NewslensError, match="story.json"):
        set_speaker("story", "A", category="expert", directory=tmp_path)
    assert path.read_text(encoding="utf-8") == '{"speakers": {"A": '
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(NewslensError, match="JSON object"):
        save_annotations("story", {}, directory=tmp_path)
    assert path.read_text(encoding="utf-8") == "[1, 2]"


def test_bad_category_and_name_rejected(tmp_path):
    with pytest.raises(NewslensError, match="category"):
        set_speaker("story", "A", category="wizard", directory=tmp_path)
    with pytest.raises(NewslensError):
        annotations_path("../etc", directory=tmp_path)


def test_corrections_applied_by_extract_quotes(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLENS_HOME", str(tmp_path))
    art = make()
    q = art.quotes
    assert list(q[q.kind == "direct"].speaker) == ["Mia Laska", "Ole Brandt"]
    assert art.speakers.set_index("name").category["Mia Laska"] == "expert"
    target = q[q.speaker == "Ole Brandt"].iloc[0]
    set_quote_speaker(art, int(target.start), int(target.end), target.text, "Mia Laska")
    set_speaker(art, "Mia Laska", category="official")
    fresh = make()
    fq = fresh.quotes
    assert list(fq[fq.kind == "direct"].speaker) == ["Mia Laska", "Mia Laska"]
    assert fq[fq.start == target.start].corrected.iloc[0]
    sp = fresh.speakers.set_index("name")
    assert sp.loc["Mia Laska", "category"] == "official" and sp.loc["Mia Laska", "category_source"] == "analyst"
    assert sp.loc["Mia Laska", "quotes"] == 2 and "Ole Brandt" not in sp.index
    on_disk = json.loads((tmp_path / "data" / "annotations" / "river-story.json").read_text(encoding="utf-8"))
    assert on_disk["speakers"]["Mia Laska"]["category"] == "official"


def test_corrupt_annotations_stop_analysis_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLENS_HOME", str(tmp_path))
    folder = tmp_path / "data" / "annotations"
    folder.mkdir(parents=True)
    (folder / "river-story.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(NewslensError, match="river-story.json"):
        make().quotes


def test_newslens_analyze_applies_and_guards_annotations(tmp_path, monkeypatch, capsys, seed_path):
    from helpers.cli import main

    monkeypatch.setenv("NEWSLENS_HOME", str(tmp_path))
    folder = tmp_path / "data" / "annotations"
    set_speaker("confusion-abounds-us-military-iraq", "Richard Kemp", category="official", directory=folder)
    assert main(["analyze", str(seed_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    kemp = next(s for s in out["speakers"] if s["name"] == "Richard Kemp")
    assert kemp["category"] == "official"
    (folder / "confusion-abounds-us-military-iraq.json").write_text("{broken", encoding="utf-8")
    assert main(["analyze", str(seed_path), "--json"]) == 2
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "Traceback" not in err
    assert (folder / "confusion-abounds-us-military-iraq.json").read_text(encoding="utf-8") == "{broken"
