"""Notebook 02's panel driven in plain Python, and the entity charts."""

from __future__ import annotations

from helpers.charts.entities import cooccurrence_chart, entity_rank_chart, entity_timeline_chart
from helpers.entities.explore import cooccurrence, entity_sentences_html, filter_entities
from helpers.widgets.entities import entities_panel


def test_panel_filters_picker_and_sentences(seed_path, data_dir, tmp_path):
    panel = entities_panel(seed_path, export_dir=tmp_path)
    table = panel.state["tables"]["entities"]
    assert set(table.type) <= {"PERSON", "ORG", "GPE", "LOC", "NORP"}
    assert table.mentions.is_monotonic_decreasing
    rank_before = panel.state["figures"]["rank"]

    panel.controls["types"].value = ("PERSON",)
    table = panel.state["tables"]["entities"]
    assert set(table.type) == {"PERSON"}
    assert panel.state["figures"]["rank"] is not rank_before
    assert set(panel.state["figures"]["rank"].newslens["data"].type) == {"PERSON"}

    panel.controls["min_mentions"].value = 3
    names = list(panel.state["tables"]["entities"].name)
    assert names[:2] == ["Qasem Soleimani", "Donald Trump"] and "Mark Milley" not in names
    assert list(panel.controls["entity"].options) == names

    panel.controls["entity"].value = "Richard Kemp"
    markup = panel.state["html"]["sentences"]
    assert markup.count("<mark") == 3  # Richard Kemp, Col. Kemp elaborated, Col. Kemp concluded
    assert "Col. (ret.)" in markup and "sentence 7" in markup

    panel.controls["search"].value = "trump"  # matches the alias, not the ORG "Trump Administration" (type filter)
    assert list(panel.state["tables"]["entities"].name) == ["Donald Trump"]
    assert panel.controls["entity"].value == "Donald Trump"
    assert panel.state["html"]["sentences"].count("<mark") == 7

    panel.controls["search"].value = "nobody at all"
    assert panel.state["tables"]["entities"].empty and panel.controls["entity"].value is None
    assert "No entity passes" in panel.state["html"]["sentences"]

    panel.controls["search"].value = "harrison"
    panel.controls["export_format_network"].value = "svg"
    panel.controls["export_network"].click()
    assert panel.state["exports"][-1].name == "entities-cooccurrence.svg"
    assert (tmp_path / "entities-cooccurrence.csv").is_file() or any(tmp_path.rglob("*.csv"))

    wire = str(data_dir / "wire-story.txt")
    panel.controls["article"].options = list(panel.controls["article"].options) + [("wire-story.txt", wire)]
    panel.controls["article"].value = wire
    assert "Kithure Kindiki" in set(panel.article.entities.name)
    assert panel.state["error"] is None
    assert panel.state["tables"]["entities"].empty  # "harrison" is not in this story
    assert list(panel.state["tables"]["entities"].columns)[:3] == ["name", "type", "mentions"]


def test_sentences_html_escapes_article_text(article_from):
    art = article_from("T\n\nDr. Jane Roe said <script>alert(1)</script> & more in Cairo. Roe left Cairo.")
    markup = entity_sentences_html(art, "Jane Roe")
    assert "<script>" not in markup and "&lt;script&gt;" in markup and "&amp; more" in markup
    assert markup.count("<mark") == 2
    assert entity_sentences_html(art, "Roe") == markup  # an alias resolves to the entity
    assert "No body mentions" in entity_sentences_html(art, "Nobody")


def test_filter_and_cooccurrence(seed):
    ents = filter_entities(seed.entities, types=["GPE"], min_mentions=4)
    assert list(ents.name) == ["United States", "Iraq", "Iran", "Baghdad", "Washington"]
    pairs = cooccurrence(seed.mentions, types=["PERSON", "GPE"])
    top = pairs.iloc[0]
    assert top.weight == pairs.weight.max() and top.weight >= 3
    # weights are shared sentences, counted from the mentions
    m = seed.mentions[seed.mentions.section == "body"]
    s_a = set(m[m.name == top.source].sentence)
    s_b = set(m[m.name == top.target].sentence)
    assert top.weight == len(s_a & s_b)


def test_charts_carry_their_data(seed):
    fig = entity_rank_chart(seed.entities, article=seed, n=5)
    assert list(fig.newslens["data"].name) == ["United States", "Iranian", "Iraq", "Qasem Soleimani",
                                               fig.newslens["data"].name.iloc[4]]
    fig = entity_timeline_chart(seed.mentions, seed.entities, article=seed, n=3, types=["PERSON"])
    assert set(fig.newslens["data"].name) == {"Qasem Soleimani", "Donald Trump", "Richard Kemp"}
    fig = cooccurrence_chart(seed.mentions, seed.entities, article=seed, types=["PERSON"], top=6)
    g = fig.newslens["graph"]
    assert set(g.nodes) <= {"Qasem Soleimani", "Donald Trump", "Richard Kemp", "Ross Harrison", "Ali Khamenei",
                            "Chuck Freilich"}
    assert all(d["weight"] >= 1 for _, _, d in g.edges(data=True))
    empty = entity_rank_chart(seed.entities.iloc[0:0], article=seed)
    assert empty.newslens["data"].empty
