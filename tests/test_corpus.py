"""Corpus mode: many articles into stacked frames, failures, the cache, the CLI, and Dask."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import FAILURE_COLUMNS, analyze_corpus, cache_key, iter_corpus

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
DATA = Path(__file__).resolve().parent / "data"
GOOD = sorted(p.name for p in CORPUS.iterdir())


@pytest.fixture
def folder(tmp_path):
    """Three good articles of our own, a wire story, and four files that are not articles."""
    d = tmp_path / "articles"
    d.mkdir()
    for p in CORPUS.iterdir():
        shutil.copy(p, d / p.name)
    shutil.copy(DATA / "wire-story.txt", d / "wire-story.txt")
    shutil.copy(DATA / "empty-page.html", d / "empty-page.html")  # HTML with no article in it
    (d / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")  # a PDF renamed .txt
    (d / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (d / "minutes.docx").write_bytes(b"PK\x03\x04 not an article")
    (d / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # hidden: ignored
    return d


def _no_timing(c):
    """Frames without the run-dependent columns (seconds, path)."""
    out = {}
    for name, frame in c.tables.items():
        out[name] = frame.drop(columns=[k for k in ("seconds", "path") if k in frame.columns])
    return out


def test_bad_files_become_failure_rows_and_good_ones_are_analysed(folder, tmp_path):
    c = analyze_corpus(folder, jobs=1, cache=False, progress=False)
    f = c.failures
    assert list(f.columns) == FAILURE_COLUMNS
    by_name = dict(zip(f.article, zip(f.stage, f.message)))
    assert set(by_name) == {"empty-page", "scan", "blank", "minutes"}
    assert "PDF" in by_name["scan"][1] and by_name["scan"][0] == "read"
    assert "empty" in by_name["blank"][1]
    assert "unsupported file type '.docx'" in by_name["minutes"][1]
    assert "no article text" in by_name["empty-page"][1]
    good = [Path(n).stem for n in GOOD] + ["wire-story"]
    assert sorted(c.names) == sorted(good)
    assert c.stats["articles"] == 4 and c.stats["failed"] == 4
    # every frame is the single-article frame with an article column
    from helpers import load_article

    for name in c.names:
        art = load_article(folder / next(p.name for p in folder.iterdir() if p.stem == name))
        mine = c.sentences[c.sentences.article == name].drop(columns="article").reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, art.sentences)
        row = c.articles[c.articles.article == name].iloc[0]
        assert row.words == art.sentences.n_words.sum() and row.title == art.title
    assert set(c.sentence_sentiment.article) == set(good)
    for table in ("entities", "mentions", "quotes", "speakers", "contrasts"):
        assert c.tables[table].columns[0] == "article"
        assert set(c.tables[table].article) <= set(good)


def test_one_bad_file_in_a_list_of_paths(tmp_path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    c = analyze_corpus([CORPUS / GOOD[0], bad, DATA / "no-front.txt"], jobs=1, cache=False, progress=False)
    assert c.names == [Path(GOOD[0]).stem, "no-front"]  # input order kept
    assert list(c.failures.article) == ["photo"] and "PNG" in c.failures.message[0]


def test_process_pool_gives_the_same_frames_as_one_process(folder):
    one = analyze_corpus(folder, jobs=1, cache=False, progress=False, tokens=True)
    two = analyze_corpus(folder, jobs=2, cache=False, progress=False, tokens=True)
    a, b = _no_timing(one), _no_timing(two)
    assert a.keys() == b.keys() and len(a["tokens"]) > 500
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)
    pd.testing.assert_frame_equal(one.failures, two.failures)


def test_cache_hit_and_invalidation(folder, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "data" / "annotations").mkdir(parents=True)
    monkeypatch.setenv("NEWSLENS_HOME", str(home))
    cache = tmp_path / "cache"
    first = analyze_corpus(folder, jobs=1, cache_dir=cache, progress=False)
    assert first.stats["cached"] == 0 and first.stats["articles"] == 4
    again = analyze_corpus(folder, jobs=1, cache_dir=cache, progress=False)
    assert again.stats["cached"] == 4
    for name, frame in _no_timing(first).items():
        pd.testing.assert_frame_equal(frame, _no_timing(again)[name], obj=name)
    assert again.stats["failed"] == 4  # failures are never cached: they are retried

    # An edited article is analysed again; the others come from the cache.
    edited = folder / "transit-fare-freeze-gazette.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe board meets again on May 20. It will vote then.\n",
                      encoding="utf-8")
    third = analyze_corpus(folder, jobs=1, cache_dir=cache, progress=False)
    assert third.stats["cached"] == 3
    s = third.sentences
    assert s[s.article == "transit-fare-freeze-gazette"].text.iloc[-1] == "It will vote then."
    row = third.articles.set_index("article").loc["transit-fare-freeze-gazette"]
    assert row.sentences == first.articles.set_index("article").loc["transit-fare-freeze-gazette"].sentences + 2

    # An annotations file for an article changes its key.
    key = cache_key(edited)
    (home / "data" / "annotations" / "transit-fare-freeze-gazette.json").write_text('{"contrasts": {}}')
    assert cache_key(edited) != key
    assert analyze_corpus(folder, jobs=1, cache_dir=cache, progress=False).stats["cached"] == 3

    # A damaged cache file is a miss, not an error.
    for p in cache.rglob("*.frames.pkl"):
        p.write_bytes(b"not a pickle")
    assert analyze_corpus(folder, jobs=1, cache_dir=cache, progress=False).stats["cached"] == 0


def test_tokens_come_from_the_cache_only_when_stored(folder, tmp_path):
    cache = tmp_path / "cache"
    analyze_corpus(folder, jobs=1, cache_dir=cache, progress=False)
    c = analyze_corpus(folder, jobs=1, cache_dir=cache, progress=False, tokens=True)
    assert c.stats["cached"] == 0 and len(c.tokens) > 0  # tokens were not stored the first time
    c = analyze_corpus(folder, jobs=1, cache_dir=cache, progress=False, tokens=True)
    assert c.stats["cached"] == 4 and set(c.tokens.article) == set(c.names)


def test_streaming_yields_one_result_at_a_time():
    it = iter_corpus(CORPUS, scheduler="sync", cache=False, progress=False)
    first = next(it)
    assert first.ok and set(first.tables) >= {"articles", "sentences"}
    rest = list(it)
    assert len(rest) == len(GOOD) - 1


def test_user_mistakes_are_one_line_errors(tmp_path):
    from helpers.errors import NewslensError

    with pytest.raises(NewslensError, match="no such folder"):
        analyze_corpus(tmp_path / "missing", progress=False)
    (tmp_path / "empty").mkdir()
    with pytest.raises(NewslensError, match="no files"):
        analyze_corpus(tmp_path / "empty", progress=False)
    with pytest.raises(NewslensError, match="scheduler"):
        analyze_corpus(CORPUS, scheduler="threads", progress=False)


def test_cli_corpus(folder, tmp_path, capsys):
    from helpers.cli import main

    out = tmp_path / "corpus.json"
    assert main(["corpus", str(folder), "--out", str(out), "--no-cache", "--jobs", "1"]) == 0
    printed = capsys.readouterr().out
    assert "4 article(s) analysed" in printed and "scan [read]" in printed
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["articles"]) == 4 and len(doc["failures"]) == 4 and doc["sentences"][0]["article"]
    assert main(["corpus", str(folder), "--out", str(out), "--no-cache"]) == 2  # never overwrites silently
    assert "already exists" in capsys.readouterr().err
    for bad in (["corpus", str(tmp_path / "nope")], ["corpus", str(folder), "--jobs", "0"],
                ["corpus", str(folder), "--out", str(tmp_path / "x.csv")]):
        with pytest.raises(SystemExit) as exc:
            code = main(bad)
            raise SystemExit(code)
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_dask_local_cluster_gives_the_same_frames(folder):
    distributed = pytest.importorskip("distributed")
    local = analyze_corpus(folder, jobs=1, cache=False, progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        remote = analyze_corpus(folder, scheduler="dask", client=client, cache=False, progress=False)
        by_address = analyze_corpus([folder / GOOD[0]], scheduler="dask", address=cluster.scheduler_address,
                                    cache=False, progress=False)
    a, b = _no_timing(local), _no_timing(remote)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)
    pd.testing.assert_frame_equal(local.failures, remote.failures)
    assert by_address.names == [Path(GOOD[0]).stem]


def test_a_stage_that_fails_on_one_article_loses_only_that_stage(folder, tmp_path, monkeypatch):
    """Contrasts crash on the wire story (a fault injected into the stage): its entities, quotes and
    sentiment are still in the corpus, its contrasts are not, ``failures`` says so, and the half
    result is not cached (the next run analyses it again)."""
    import helpers.contrasts

    real = helpers.contrasts.find_contrasts

    def crashing(art, *args, **kwargs):
        if art.title and "Kenya" in art.title:
            raise RuntimeError("boom in the contrasts stage")
        return real(art, *args, **kwargs)

    monkeypatch.setattr(helpers.contrasts, "find_contrasts", crashing)
    cache_dir = tmp_path / "cache"
    c = analyze_corpus(folder, jobs=1, scheduler="sync", cache_dir=cache_dir, progress=False)
    assert "wire-story" in c.names and c.stats["articles"] == 4 and c.stats["partial"] == 1
    row = c.failures[c.failures.article == "wire-story"]
    assert list(row.stage) == ["contrasts"] and list(row.error) == ["RuntimeError"]
    assert "boom" in row.message.iloc[0]
    for table in ("entities", "mentions", "quotes", "speakers", "sentence_sentiment", "sentences"):
        assert (c.tables[table].article == "wire-story").any(), table
    assert not (c.contrasts.article == "wire-story").any()
    assert set(c.contrasts.article) and "wire-story" not in set(c.contrasts.article)
    from helpers.corpus import corpus_summary

    text = corpus_summary(c)
    assert "1 incomplete" in text and "claim/retraction pairs: failed" in text and "[contrasts] boom" in text
    # not cached: with the stage mended, the next run analyses the article again, fully
    monkeypatch.setattr(helpers.contrasts, "find_contrasts", real)
    again = analyze_corpus(folder, jobs=1, scheduler="sync", cache_dir=cache_dir, progress=False)
    assert again.stats["cached"] == 3 and again.stats["partial"] == 0
    assert "wire-story" not in set(again.failures.article)
