"""The benchmark's machinery (not its figures: speed targets are measured by `make bench`, never tested)."""

from __future__ import annotations

from helpers.article import load_article
from helpers.bench import STAGE_ATTRS, profile_stage, stage_rates, write_synthetic
from helpers.paths import default_article


def test_synthetic_corpus_is_reproducible_and_made_of_real_paragraphs(tmp_path):
    a = write_synthetic(tmp_path / "a", 5, seed=3)
    b = write_synthetic(tmp_path / "b", 5, seed=3)
    c = write_synthetic(tmp_path / "c", 5, seed=4)
    texts = [p.read_text() for p in a]
    assert texts == [p.read_text() for p in b]
    assert texts != [p.read_text() for p in c]
    seed_paragraphs = set(load_article(default_article()).segments.paragraphs)
    art = load_article(a[0])
    assert art.title == "Synthetic Story Number 0 About the Region"
    assert 4 <= len(art.segments.paragraphs) <= 12
    pool_hits = sum(p in seed_paragraphs for path in a for p in load_article(path).segments.paragraphs)
    assert pool_hits > 0  # drawn from the articles in data/ and tests/data


def test_stage_rates_time_every_stage_over_every_word(tmp_path):
    paths = write_synthetic(tmp_path, 3, seed=5)
    r = stage_rates(paths)
    assert r["articles"] == 3
    assert r["words"] == sum(int(load_article(p).sentences.n_words.sum()) for p in paths)
    assert set(r["seconds"]) == {s for s, _ in STAGE_ATTRS} | {"pipeline"}
    assert abs(r["seconds"]["pipeline"] - sum(v for k, v in r["seconds"].items() if k != "pipeline")) < 1e-9
    assert r["wps"]["pipeline"] <= min(r["wps"][s] for s, _ in STAGE_ATTRS)


def test_profile_names_the_functions_of_the_profiled_stage_only():
    out = profile_stage("sentences", [default_article()] * 2)
    assert "split_sentences" in out
    assert "tokenize" not in out and "find_contrasts" not in out
