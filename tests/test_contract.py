"""The `newslens analyze PATH --json` contract: keys and types that never change."""

from __future__ import annotations

import json
import subprocess
import sys

from helpers.cli import main
from helpers.pipeline import CONTRACT_KEYS, to_contract

ITEM_KEYS = {
    "sentences": {"index": int, "paragraph": int, "start": int, "end": int, "text": str},
    "entities": {"name": str, "type": str, "aliases": list, "mentions": int},
    "quotes": {"text": str, "kind": str, "speaker": (str, type(None)), "start": int, "end": int,
               "polarity": float, "subjectivity": float},
    "speakers": {"name": str, "role": (str, type(None)), "aliases": list, "quotes": int, "polarity": float,
                 "subjectivity": float},
}


def check_contract(doc: dict) -> None:
    assert set(CONTRACT_KEYS) <= set(doc)
    assert isinstance(doc["source"], str) and isinstance(doc["body"], str)
    for key in ("title", "dek", "caption"):
        assert doc[key] is None or isinstance(doc[key], str)
    assert all(isinstance(p, str) for p in doc["paragraphs"])
    for key, fields in ITEM_KEYS.items():
        assert isinstance(doc[key], list)
        for item in doc[key]:
            for name, typ in fields.items():
                assert isinstance(item[name], typ), (key, name, item[name])
    for q in doc["quotes"]:
        assert q["kind"] in ("direct", "indirect")
        assert 0 <= q["start"] < q["end"] <= len(doc["body"])
    for c in doc["contrasts"]:
        assert isinstance(c["claim"]["text"], str) and isinstance(c["retraction"]["text"], str)
        assert isinstance(c["score"], float)
    for s in doc["sentences"]:
        assert doc["body"][s["start"]:s["end"]] == s["text"]
    assert "\n\n".join(doc["paragraphs"]) == doc["body"]


def test_contract_of_the_seed(seed):
    doc = json.loads(json.dumps(to_contract(seed)))
    check_contract(doc)
    assert doc["title"] == "Confusion Abounds: US Military Leaving, Then Not Leaving, Iraq"
    assert len(doc["paragraphs"]) == 19 and len(doc["sentences"]) == 44


def test_cli_json_on_an_article_without_front_matter(data_dir, capsys):
    assert main(["analyze", str(data_dir / "no-front.txt"), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    check_contract(doc)
    assert doc["title"] is None and doc["dek"] is None and doc["caption"] is None


def test_console_script_summary(seed_path):
    exe = sys.executable.replace("python", "newslens")
    proc = subprocess.run([exe, "analyze", str(seed_path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "Confusion Abounds: US Military Leaving, Then Not Leaving, Iraq"
    assert "19 paragraphs, 44 sentences" in proc.stdout
