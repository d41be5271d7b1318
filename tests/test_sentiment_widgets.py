"""Notebook 03's panel and charts driven in plain Python: every control changes what is shown."""

import json

import pytest

from helpers.charts.sentiment import compare_speakers_chart, quote_bars_chart, speaker_bubble_chart
from helpers.errors import NewslensError
from helpers.widgets.sentiment import drivers_html, sentiment_panel


@pytest.fixture(scope="module")
def shared(seed_path, tmp_path_factory):
    """One panel for the tests that only read (building a panel renders three charts)."""
    tmp = tmp_path_factory.mktemp("sentiment-panel")
    return sentiment_panel(seed_path, export_dir=tmp / "exports", annotations_dir=tmp / "ann")


@pytest.fixture
def panel(seed_path, tmp_path):
    return sentiment_panel(seed_path, export_dir=tmp_path / "exports", annotations_dir=tmp_path / "ann")


def test_speakers_listed_experts_first(shared):
    names = list(shared.controls["speaker"].options)
    assert names[:3] and set(names[:3]) == {"Richard Kemp", "Chuck Freilich", "Ross Harrison"}
    assert shared.state["error"] is None


def test_speaker_and_measure_change_the_charts(shared):
    panel = shared
    panel.controls["speaker"].value = "Mark Milley"
    bars = panel.state["figures"]["quote_bars"]
    assert len(panel.state["tables"]["speaker_quotes"]) == 4
    assert "Mark Milley" in bars.newslens["title"]
    panel.controls["measure"].value = "vader"
    assert panel.state["figures"]["quote_bars"] is not bars
    assert panel.state["figures"]["quote_bars"].newslens["chart"] == "quote-tone-vader"
    assert panel.state["figures"]["bubble"].newslens["chart"] == "speaker-tone-vader"
    assert "honest" in panel.state["html"]["drivers"]


def test_compare_and_table_filter(shared):
    panel = shared
    panel.controls["compare_a"].value = "Richard Kemp"
    panel.controls["compare_b"].value = "Mark Esper"
    data = panel.state["figures"]["compare"].newslens["data"]
    assert set(data.speaker) == {"Richard Kemp", "Mark Esper"}
    panel.controls["kind"].value = "indirect"
    assert set(panel.state["tables"]["quotes"].kind) == {"indirect"}
    panel.controls["kind"].value = "direct"
    assert len(panel.state["tables"]["quotes"]) == 18


def test_corrections_are_saved_and_applied(panel, tmp_path):
    qid = panel.article.quotes.set_index("text").quote_id["draft"]
    panel.controls["fix_quote"].value = qid
    assert panel.controls["fix_speaker"].value == "Mark Milley"
    panel.controls["fix_speaker"].value = "Mark Esper"
    panel.controls["fix_speaker_apply"].click()
    assert panel.article.quotes.set_index("quote_id").speaker[qid] == "Mark Esper"
    panel.controls["fix_category_speaker"].value = "Richard Kemp"
    panel.controls["fix_category"].value = "official"
    panel.controls["fix_category_apply"].click()
    assert panel.article.speakers.set_index("name").category["Richard Kemp"] == "official"
    saved = json.loads((tmp_path / "ann" / "confusion-abounds-us-military-iraq.json").read_text(encoding="utf-8"))
    assert saved["speakers"]["Richard Kemp"]["category"] == "official"
    assert saved["quotes"][0]["speaker"] == "Mark Esper"
    # a fresh panel on the same annotations sees the corrections
    again = sentiment_panel(panel.controls["article"].value, annotations_dir=tmp_path / "ann")
    assert again.article.quotes.set_index("quote_id").speaker[qid] == "Mark Esper"


def test_corrupt_annotations_show_a_message(seed_path, tmp_path):
    ann = tmp_path / "ann"
    ann.mkdir()
    (ann / "confusion-abounds-us-military-iraq.json").write_text("{nope", encoding="utf-8")
    p = sentiment_panel(seed_path, annotations_dir=ann)
    assert "not valid JSON" in p.state["error"]
    assert (ann / "confusion-abounds-us-military-iraq.json").read_text(encoding="utf-8") == "{nope"


def test_empty_reassignment_is_an_error_not_a_crash(shared):
    panel = shared
    panel.controls["fix_speaker"].value = ""
    panel.controls["fix_speaker_apply"].click()
    assert "speaker" in panel.state["error"]


def test_export_writes_the_shown_chart(shared):
    panel = shared
    panel.controls["export_format_quote_bars"].value = "svg"
    panel.controls["export_quote_bars"].click()
    path = panel.state["exports"][-1]
    assert path.suffix == ".svg" and path.is_file() and path.parent == panel.export_dir


def test_drivers_html_escapes_article_text(article_from):
    art = article_from("Head\n\n“The <b>plan</b> is great & bold,” said Dr. Ann Lee, an economist.")
    markup = drivers_html(art.quotes, "Ann Lee", "textblob")
    assert "<b>plan</b>" not in markup and "&lt;b&gt;plan&lt;/b&gt;" in markup and "great" in markup


def test_charts_on_an_article_without_quotes(article_from):
    art = article_from("Head\n\nThe river rose two metres overnight and the bridge closed.")
    for fig in (speaker_bubble_chart(art.speakers, article=art),
                quote_bars_chart(art.quotes, "Nobody", article=art),
                compare_speakers_chart(art.quotes, "A", "B", measure="vader", article=art)):
        assert fig.newslens["data"] is not None and len(fig.newslens["data"]) == 0
    with pytest.raises(NewslensError):
        speaker_bubble_chart(art.speakers, measure="afinn")
