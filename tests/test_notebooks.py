"""Every notebook: committed clean, and run headless top to bottom with its widgets driven.

A notebook added to ``notebooks/`` must add a probe to ``PROBES``: code run in the kernel after the last
cell that sets widget values, and a check of what came back (the outputs must change).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from notebook_harness import error_outputs, run_notebook

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SEED = str(ROOT / "data" / "articles" / "confusion-abounds-us-military-iraq.txt")
WIRE = str(Path(__file__).resolve().parent / "data" / "wire-story.txt")


def _check_01(value, export_dir):
    before, after = value["before"], value["after"]
    assert before["title"].startswith("Kenya Floods") and after["title"].startswith("Confusion Abounds")
    assert after["n_words"] == 7 and before["n_words"] == 15
    assert before["top"] != after["top"]
    assert Path(value["export"]).is_file() and Path(value["export"]).parent == Path(export_dir)
    assert value["error"] is None


def _check_00(value, export_dir):
    before, after = value["before"], value["after"]
    assert before["title"].startswith("Kenya Floods") and after["title"].startswith("Confusion Abounds")
    assert before["counts"]["sentences"] == 8 and after["counts"]["sentences"] > 30
    assert before["entities_title"].endswith("(top 10)") and after["entities_title"].endswith("(top 5)")
    assert after["n_top"] <= 5 and (after["n_top"] > 0) == (after["counts"]["entities"] > 0)
    assert before["speaker_chart"] == "speaker-polarity" and after["speaker_chart"] == "speaker-subjectivity"
    assert after["subtitle"].startswith("Confusion Abounds")
    assert Path(value["export"]).is_file() and Path(value["export"]).parent == Path(export_dir)
    assert Path(value["export"]).suffix == ".pdf"
    assert value["error"] is None and value["section_errors"] == {}

def _check_03(value, export_dir):
    assert value["speakers"][:3] and set(value["speakers"][:3]) == {"Richard Kemp", "Chuck Freilich", "Ross Harrison"}
    assert value["bars_before"] != value["bars_after"] and value["bars_after"] == "quote-tone-vader"
    assert value["n_milley"] == 4 and value["compare"] == ["Mark Esper", "Richard Kemp"]
    assert value["reassigned"] == "Mark Esper" and value["category"] == "official"
    assert value["saved"]["speakers"]["Richard Kemp"]["category"] == "official"
    assert Path(value["export"]).is_file() and Path(value["export"]).parent == Path(export_dir)
    assert value["error"] is None


def _check_02(value, export_dir):
    assert "United States" in value["before"] and "Donald Trump" in value["before"]
    assert value["after"] and set(value["after"]) < set(value["before"]) and "United States" not in value["after"]
    assert value["after_types"] == ["PERSON"]
    assert value["marks"] == 3 and value["entity"] == "Richard Kemp"
    assert Path(value["export"]).is_file() and Path(value["export"]).suffix == ".pdf"
    assert value["error"] is None


CORPUS_DIR = str(Path(__file__).resolve().parent / "data" / "corpus")


def _check_05(value, export_dir):
    names, before, after = value["names"], value["before"], value["after"]
    assert len(names) == 4 and "confusion-abounds-us-military-iraq" in names  # the folder plus ARTICLE
    assert before["tone"] == names and before["heat_columns"] == names
    chosen = [n for n in names if n.startswith("harbor")]
    assert len(chosen) == 2 and after["tone"] == chosen and after["heat_columns"] == chosen
    assert after["sentences"] < before["sentences"]
    if value["entities"] is not None:  # once stage 3 finds entities, picking two shows exactly those rows
        assert value["entities"]["rows"] == value["entities"]["picked"]
    assert Path(value["export"]).is_file() and Path(value["export"]).parent == Path(export_dir)
    assert value["error"] is None and value["failures"] == 0


# name -> (params override, probe code, check(value, export_dir))
PROBES = {
    "00_overview": (
        {"ARTICLE": WIRE},
        f"""
snap = lambda: {{"title": panel.article.title, "counts": dict(panel.state["counts"]),
                 "n_top": len(panel.state["tables"]["top_entities"]),
                 "entities_title": panel.state["figures"]["top_entities"].get_suptitle(),
                 "subtitle": panel.state["figures"]["top_entities"].newslens["article"],
                 "speaker_chart": panel.state["figures"]["speaker_tone"].newslens["chart"]}}
before = snap()
panel.controls["article"].value = {SEED!r}
panel.controls["top_n"].value = 5
panel.controls["metric"].value = "subjectivity"
after = snap()
panel.controls["export_format_top_entities"].value = "pdf"
panel.controls["export_top_entities"].click()
result = {{"before": before, "after": after, "export": str(panel.state["exports"][-1]), "error": panel.state["error"]}}
{{**result, "section_errors": panel.state["section_errors"]}}
""",
        _check_00,
    ),
    "03_sentiment_by_expert": (
        {},
        """
import tempfile, json, pathlib
panel.annotations_dir = tempfile.mkdtemp(prefix="newslens-ann-")
speakers = list(panel.controls["speaker"].options)
panel.controls["speaker"].value = "Mark Milley"
bars_before = panel.state["figures"]["quote_bars"].newslens["chart"]
panel.controls["measure"].value = "vader"
bars_after = panel.state["figures"]["quote_bars"].newslens["chart"]
n_milley = len(panel.state["tables"]["speaker_quotes"])
panel.controls["compare_a"].value = "Richard Kemp"
panel.controls["compare_b"].value = "Mark Esper"
compare = sorted(set(panel.state["figures"]["compare"].newslens["data"].speaker))
qid = panel.article.quotes.set_index("text").quote_id["draft"]
panel.controls["fix_quote"].value = qid
panel.controls["fix_speaker"].value = "Mark Esper"
panel.controls["fix_speaker_apply"].click()
panel.controls["fix_category_speaker"].value = "Richard Kemp"
panel.controls["fix_category"].value = "official"
panel.controls["fix_category_apply"].click()
saved = json.loads(next(pathlib.Path(panel.annotations_dir).glob("*.json")).read_text())
panel.controls["export_format_bubble"].value = "pdf"
panel.controls["export_bubble"].click()
result = {"speakers": speakers, "bars_before": bars_before, "bars_after": bars_after, "n_milley": n_milley,
 "compare": compare, "reassigned": panel.article.quotes.set_index("quote_id").speaker[qid],
 "category": panel.article.speakers.set_index("name").category["Richard Kemp"], "saved": saved,
 "export": str(panel.state["exports"][-1]), "error": panel.state["error"]}
result
""",
        _check_03,
    ),
    "01_article_and_tokens": (
        {"ARTICLE": WIRE},
        f"""
snap = lambda: {{"title": panel.article.title, "n_words": len(panel.state["tables"]["top_words"]),
                 "top": list(panel.state["tables"]["top_words"].lemma)}}
before = snap()
panel.controls["article"].value = {SEED!r}
panel.controls["top_n"].value = 7
after = snap()
panel.controls["export_format_top_words"].value = "svg"
panel.controls["export_top_words"].click()
{{"before": before, "after": after, "export": str(panel.state["exports"][-1]), "error": panel.state["error"]}}
""",
        _check_01,
    ),
    "02_entities": (
        {},
        """
before = list(panel.state["tables"]["entities"].name)
panel.controls["types"].value = ("PERSON",)
panel.controls["min_mentions"].value = 2
after = list(panel.state["tables"]["entities"].name)
after_types = sorted(set(panel.state["tables"]["entities"].type))
panel.controls["entity"].value = "Richard Kemp"
marks = panel.state["html"]["sentences"].count("<mark")
panel.controls["export_format_rank"].value = "pdf"
panel.controls["export_rank"].click()
result = {"before": before, "after": after, "after_types": after_types, "marks": marks, "entity": panel.state["entity"]}
result.update(export=str(panel.state["exports"][-1]), error=panel.state["error"])
result
""",
        _check_02,
    ),
    "05_corpus": (
        {"ARTICLES_DIR": CORPUS_DIR},
        """
snap = lambda: {"tone": list(panel.state["tables"]["tone"].article), "sentences": int(panel.state["tables"]["tone"].sentences.sum()),
                "heat_columns": [c for c in panel.state["tables"]["entities"].columns if c != "entity"]}
names = panel.corpus.names
before = snap()
panel.controls["articles"].value = tuple(n for n in names if n.startswith("harbor"))
after = snap()
ents = None
if len(panel.controls["entities"].options) >= 2:
    picked = list(panel.controls["entities"].options[:2])
    panel.controls["entities"].value = tuple(picked)
    ents = {"picked": picked, "rows": list(panel.state["tables"]["entities"].entity)}
panel.controls["export_format_tone"].value = "svg"
panel.controls["export_tone"].click()
{"names": names, "before": before, "after": after, "entities": ents, "export": str(panel.state["exports"][-1]), "error": panel.state["error"], "failures": len(panel.corpus.failures)}
""",
        _check_05,
    ),
}


from test_contrasts_notebook import PROBE_04  # noqa: E402  (notebook 04, helpers.contrasts)

PROBES["04_claims_vs_retractions"] = PROBE_04


def test_there_are_notebooks():
    names = [p.name for p in NOTEBOOKS]
    assert names[:2] == ["00_overview.ipynb", "01_article_and_tokens.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_and_opening_with_a_question(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name}: a code cell has outputs"
            assert cell.get("execution_count") is None, f"{path.name}: a code cell has an execution count"
    first = nb["cells"][0]
    assert first["cell_type"] == "markdown" and "".join(first["source"]).startswith("# ")
    assert "Question" in "".join(first["source"])
    tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: needs exactly one cell tagged 'parameters'"
    assert "widgets" not in nb.get("metadata", {}), f"{path.name}: widget state is committed"


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_headless_and_widgets_respond(path, tmp_path, isolated_home, monkeypatch):
    for key, value in isolated_home.items():
        monkeypatch.setenv(key, value)
    assert path.stem in PROBES, f"add a widget probe for {path.name} to PROBES"
    override, probe, check = PROBES[path.stem]
    params = {"ARTICLE": SEED, "EXPORT_DIR": str(tmp_path / "exports"), **override}
    nb, value = run_notebook(path, params=params, probe=probe)
    assert error_outputs(nb) == []
    shown = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") in ("display_data", "execute_result")]
    assert shown, "the notebook displayed nothing"
    check(value, params["EXPORT_DIR"])
