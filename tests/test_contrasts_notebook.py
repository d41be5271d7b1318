"""Notebook 04 run headless: the probe registered in tests/test_notebooks.py (PROBES) drives its widgets.

The probe points NEWSLENS_HOME at a temporary folder inside the kernel before clicking Accept / Reject,
so the repository's data/annotations is never written by a test.
"""

from __future__ import annotations

from pathlib import Path

PROBE_CODE = """
import os as _os, tempfile as _tf
_os.environ["NEWSLENS_HOME"] = _tf.mkdtemp(prefix="newslens-nb04-")
panel.recompute()
before = {"n": len(panel.state["tables"]["pairs"]), "selected": panel.state["selected"]}
panel.controls["min_score"].value = 0.2
low = len(panel.state["tables"]["pairs"])
panel.controls["min_score"].value = 0.55
esper = [int(r.pair_id) for r in panel.state["pairs"].itertuples() if "no decision" in r.retraction_text][0]
panel.controls["pair"].value = esper
shown = panel.state["html"]["pair"]
panel.controls["reject"].click()
after = len(panel.state["tables"]["pairs"])
path = _os.path.join(_os.environ["NEWSLENS_HOME"], "data", "annotations", panel.article.name + ".json")
panel.controls["export_format_words"].value = "pdf"
panel.controls["export_words"].click()
{"before": before, "low": low, "esper_shown": "no decision whatsoever" in shown, "after": after, "stored": _os.path.isfile(path), "export": str(panel.state["exports"][-1]), "error": panel.state["error"], "art_pairs": len(art.contrasts)}
"""


def check(value, export_dir):
    assert value["before"]["n"] == 4 and value["before"]["selected"] == 1
    assert value["low"] > value["before"]["n"]  # the slider lets weaker candidates in
    assert value["esper_shown"]
    assert value["after"] == 3 and value["stored"]  # rejected, saved beside the article's other annotations
    assert Path(value["export"]).suffix == ".pdf" and Path(value["export"]).parent == Path(export_dir)
    assert value["error"] is None
    assert value["art_pairs"] == 3  # the notebook's `art.contrasts` follows the decision (as analyze does)


PROBE_04 = ({}, PROBE_CODE, check)
