"""Corpus charts and panel: the tables behind the charts, on hand-made frames and on real articles."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.charts.corpus import (entity_heatmap, entity_matrix, pairs_table, speaker_chart, speaker_table,
                                   tone_table)

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"

ENTS = pd.DataFrame({
    "article": ["a", "a", "a", "b", "b", "c"],
    "name": ["Iraq", "Pentagon", "Mark Esper", "Iraq", "Mark Esper", "Iran"],
    "type": ["GPE", "ORG", "PERSON", "GPE", "PERSON", "GPE"],
    "mentions": [4, 1, 2, 3, 5, 1],
})
ARTS = pd.DataFrame({"article": ["a", "b", "c"], "date": ["January 7, 2020", "2020-01-06", None],
                     "title": ["A", "B", "C"]})
SPEAKERS = pd.DataFrame({
    "article": ["a", "a", "b", "c"], "name": ["Mark Esper", "Mark Milley", "Mark Esper", "Mark Milley"],
    "quotes": [2, 1, 3, 1], "polarity": [0.1, -0.2, -0.3, 0.0], "subjectivity": [0.4, 0.5, 0.6, 0.0],
})


def test_entity_matrix_counts_mentions_per_article_and_ranks_by_total():
    m = entity_matrix(ENTS, ["a", "b", "c"])
    assert list(m.index) == ["Iraq", "Mark Esper", "Iran", "Pentagon"]  # 7, 7, 1, 1 — ties alphabetical
    assert m.loc["Mark Esper"].tolist() == [2, 5, 0] and m.loc["Iran"].tolist() == [0, 0, 1]
    assert list(entity_matrix(ENTS, ["b", "a"], names=["Pentagon", "Nobody"]).loc["Pentagon"]) == [0, 1]
    assert list(entity_matrix(ENTS, ["a", "b", "c"], top=2).index) == ["Iraq", "Mark Esper"]
    fig = entity_heatmap(ENTS.iloc[0:0], ["a"])
    assert fig.newslens["data"].empty


def test_speaker_table_keeps_speakers_quoted_in_several_articles_in_date_order():
    t = speaker_table(SPEAKERS, ARTS)
    assert set(t.name) == {"Mark Esper", "Mark Milley"}
    esper = t[t.name == "Mark Esper"]
    assert list(esper.article) == ["b", "a"]  # 6 January before 7 January
    only = speaker_table(SPEAKERS, ARTS, "Mark Milley")
    assert list(only.article) == ["a", "c"] and only.polarity.tolist() == [-0.2, 0.0]
    one = speaker_table(SPEAKERS[SPEAKERS.article == "a"], ARTS)
    assert len(one) == 2  # nobody spans articles: every speaker is shown
    assert speaker_chart(SPEAKERS, ARTS, "Mark Esper", ["a"]).newslens["data"].article.tolist() == ["a"]


def test_pairs_and_tone_tables_include_articles_with_nothing():
    con = pd.DataFrame({"article": ["b", "b"], "claim_text": ["x", "y"]})
    assert pairs_table(con, ["a", "b"]).pairs.tolist() == [0, 2]
    sent = pd.DataFrame({"article": ["a", "a", "b"], "sentence": [0, 1, 0], "polarity": [0.5, -0.5, -0.2],
                         "subjectivity": [1.0, 0.0, 0.4]})
    t = tone_table(sent, ["a", "b", "c"])
    assert t.sentences.tolist() == [2, 1, 0]
    assert t.polarity.tolist() == pytest.approx([0.0, -0.2, 0.0])
    assert t.negative_share.tolist() == pytest.approx([0.5, 1.0, 0.0])


def test_panel_follows_the_article_selection(tmp_path):
    from helpers.widgets.corpus import corpus_panel

    panel = corpus_panel(CORPUS, export_dir=tmp_path, jobs=1, cache=False)
    names = panel.corpus.names
    assert len(names) == 3 and panel.state["error"] is None
    assert list(panel.state["tables"]["tone"].article) == names
    panel.controls["articles"].value = (names[2],)
    assert list(panel.state["tables"]["tone"].article) == [names[2]]
    assert list(panel.state["tables"]["pairs"].article) == [names[2]]
    panel.controls["articles"].value = ()
    assert panel.state["error"] == "choose at least one article"
    panel.controls["articles"].value = tuple(names)
    path = panel.export("entities", "pdf")
    assert path.parent == tmp_path and path.suffix == ".pdf" and (tmp_path / "manifest.json").is_file()
