"""Notebook 04's panel driven in plain Python: every control changes what the panel shows or stores."""

from __future__ import annotations

import json
import shutil

import pytest

from helpers.widgets.contrasts import contrasts_panel, pair_html


@pytest.fixture
def project(tmp_path, monkeypatch, seed_path, data_dir):
    """A project folder with the seed and a no-reversal article; annotations land here."""
    arts = tmp_path / "data" / "articles"
    arts.mkdir(parents=True)
    (tmp_path / "data" / "annotations").mkdir()
    (tmp_path / "notebooks").mkdir()
    shutil.copy(seed_path, arts / seed_path.name)
    shutil.copy(data_dir / "contrasts" / "no_reversal.txt", arts / "no-reversal.txt")
    monkeypatch.setenv("NEWSLENS_HOME", str(tmp_path))
    return tmp_path


def test_panel_filters_selects_and_curates(project, tmp_path):
    seed = project / "data" / "articles" / "confusion-abounds-us-military-iraq.txt"
    panel = contrasts_panel(seed, export_dir=tmp_path / "exports")
    shown = panel.state["tables"]["pairs"]
    assert len(shown) == 4 and set(shown.status) == {"auto"}
    assert panel.state["error"] is None

    # lower the minimum score: the weaker candidates (expert commentary) appear, each with its reason;
    # accept one of them: it then stays at the default minimum score
    panel.controls["min_score"].value = 0.2
    low = panel.state["tables"]["pairs"]
    assert len(low) > 4 and low.score.min() < 0.55
    assert any("expert" in e or "hedged" in e for e in low.evidence)
    weak = next(r.pair_id for r in panel.state["pairs"].itertuples() if r.score < 0.55)
    panel.controls["pair"].value = weak
    panel.controls["accept"].click()
    panel.controls["min_score"].value = 0.55
    assert list(panel.state["tables"]["pairs"].status).count("accepted") == 1
    assert len(panel.state["tables"]["pairs"]) == 5

    # pick the Esper pair: the side-by-side view and the dumbbell follow the choice
    esper = next(r.pair_id for r in panel.state["pairs"].itertuples() if "no decision" in r.retraction_text)
    before = panel.state["figures"]["dumbbell"]
    panel.controls["pair"].value = esper
    assert panel.state["selected"] == esper
    assert "no decision whatsoever" in panel.state["html"]["pair"]
    assert panel.state["figures"]["dumbbell"] is not before

    # reject it: gone from the table, stored in the annotations file, back with "show rejected"
    panel.controls["reject"].click()
    assert len(panel.state["tables"]["pairs"]) == 4
    stored = json.loads((project / "data" / "annotations" / "confusion-abounds-us-military-iraq.json").read_text())
    assert sorted(v["status"] for v in stored["contrasts"]["status"].values()) == ["accepted", "rejected"]
    panel.controls["show_rejected"].value = True
    assert "rejected" in set(panel.state["tables"]["pairs"].status)

    # add a pair by sentence: claim s18 (Trump's threat), retraction s22
    panel.controls["add_claim"].value = 18
    panel.controls["add_retraction"].value = 22
    panel.controls["add"].click()
    table = panel.state["tables"]["pairs"]
    assert "added" in set(table.status)
    assert panel.state["html"]["pair"].count("added") >= 1  # the new pair is the one shown

    # a fresh load (as newslens analyze does) applies every decision
    from helpers import load_article

    fresh = load_article(seed).contrasts  # rejected pairs are not in art.contrasts (nor in the contract)
    assert sorted(fresh.status) == ["accepted", "added", "auto", "auto", "auto"]

    # the charts export as in the other notebooks
    panel.controls["export_format_timeline"].value = "svg"
    panel.controls["export_timeline"].click()
    assert panel.state["exports"][-1].suffix == ".svg" and panel.state["exports"][-1].is_file()


def test_panel_on_an_article_without_reversal(project, tmp_path):
    panel = contrasts_panel(project / "data" / "articles" / "no-reversal.txt", export_dir=tmp_path)
    assert len(panel.state["tables"]["pairs"]) == 0
    assert panel.state["selected"] is None and "No pair" in panel.state["html"]["pair"]
    panel.controls["reject"].click()  # nothing chosen: a message, no exception
    assert "choose a pair" in panel.state["error"]
    panel.controls["add_claim"].value = 3
    panel.controls["add_retraction"].value = 1
    panel.controls["add"].click()
    assert "after the claim" in panel.state["error"]


def test_switching_article_changes_everything(project, tmp_path):
    panel = contrasts_panel(project / "data" / "articles" / "no-reversal.txt", export_dir=tmp_path)
    empty_words = panel.state["figures"]["words"]
    panel.controls["article"].value = str(project / "data" / "articles" / "confusion-abounds-us-military-iraq.txt")
    assert len(panel.state["tables"]["pairs"]) == 4
    assert panel.state["figures"]["words"] is not empty_words
    assert len(panel.controls["pair"].options) == 4


def test_pair_html_escapes_article_text(article_from):
    from helpers.contrasts import find_contrasts

    art = article_from("Memo <b>Row</b>\n\nOn Monday the agency said the <script>x</script> memo ordered "
                       "staff to leave the office. Within hours, Director Ana Ruiz said the memo was only a "
                       "draft that should not have been sent.")
    row = find_contrasts(art, curated=False).iloc[0]
    markup = pair_html(row)
    assert "<script>" not in markup and "&lt;script&gt;" in markup
