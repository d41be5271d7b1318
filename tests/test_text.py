"""Sentences and tokens: news abbreviations, quotes, offsets, tags and lemmas, no NLTK corpus."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.text import lemma, make_blob, split_sentences, tag, tokenize


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Col. Kemp spoke first. Brig. Gen. William Seely wrote the letter.",
         ["Col. Kemp spoke first.", "Brig. Gen. William Seely wrote the letter."]),
        ("Lt. Gen. Smith and Dr. Jones met Prof. Lee. Sen. Warren, Rep. Ocasio and Gov. Newsom did not.",
         ["Lt. Gen. Smith and Dr. Jones met Prof. Lee.", "Sen. Warren, Rep. Ocasio and Gov. Newsom did not."]),
        ("Mr. and Mrs. Smith met Ms. Brown on St. Mark's Place. They left.",
         ["Mr. and Mrs. Smith met Ms. Brown on St. Mark's Place.", "They left."]),
        ("The vote is on Jan. 7 and Feb. 12. Nobody expects a surprise.",
         ["The vote is on Jan. 7 and Feb. 12.", "Nobody expects a surprise."]),
        ("The U.S. and the U.K. asked the U.N. to act. The U.S. The end.",
         ["The U.S. and the U.K. asked the U.N. to act.", "The U.S.", "The end."]),
        ("Col. (ret.) Richard Kemp said so. He was right.",
         ["Col. (ret.) Richard Kemp said so.", "He was right."]),
        ("It starts at 9 a.m. and ends at 5 p.m. The crowd left early.",
         ["It starts at 9 a.m. and ends at 5 p.m.", "The crowd left early."]),
        ("Apple Inc. and Acme Corp. signed. Resolution No. 5 passed. It was late.",
         ["Apple Inc. and Acme Corp. signed.", "Resolution No. 5 passed.", "It was late."]),
        ("President George W. Bush spoke. J. K. Rowling listened.",
         ["President George W. Bush spoke.", "J. K. Rowling listened."]),
        ("calling it a “draft” that “should not have been sent.” Mark Milley further described it.",
         ["calling it a “draft” that “should not have been sent.”", "Mark Milley further described it."]),
        ("“Why now?” he asked. “Because,” she said, “it is time.”",
         ["“Why now?” he asked.", "“Because,” she said, “it is time.”"]),
        ("no decision whatsoever to leave Iraq … nor did we issue any plans. Later … Nothing.",
         ["no decision whatsoever to leave Iraq … nor did we issue any plans.", "Later … Nothing."]),
        ("not only was [sending the letter] an error. It had [since the invasion.] In this case, no.",
         ["not only was [sending the letter] an error.", "It had [since the invasion.]", "In this case, no."]),
        ('He said "It is over." Then he left.', ['He said "It is over."', "Then he left."]),
        ("About 5,000 troops, or 3.5 percent, stayed. 70-plus nations joined.",
         ["About 5,000 troops, or 3.5 percent, stayed.", "70-plus nations joined."]),
    ],
)
def test_news_abbreviations_and_quotes(text, expected):
    assert sents(text) == expected


def test_sentences_never_cross_paragraphs():
    text = "First paragraph without a stop\n\nsecond paragraph starts lower."
    assert sents(text) == ["First paragraph without a stop", "second paragraph starts lower."]


def test_seed_sentences(seed):
    s = seed.sentences
    assert len(s) == 44
    assert s.text[3].endswith("calling it a “draft” that “should not have been sent.”")
    assert s.text[4].startswith("Mark Milley further described")
    assert any(t.startswith("“I am not aware") and "Col. (ret.) Richard Kemp" in t for t in s.text)
    for r in s.itertuples():
        assert seed.body[r.start:r.end] == r.text
        assert seed.paragraphs.text[r.paragraph].find(r.text) >= 0


def test_token_offsets_tags_and_lemmas(seed):
    t = seed.tokens
    body = seed.body
    assert all(body[s:e] == w for s, e, w in zip(t.start, t.end, t.text))
    row = t[(t.text == "reiterated")].iloc[0]
    assert row.pos == "VBD" and row.lemma == "reiterate"
    troops = t[t.text == "troops"].iloc[0]
    assert troops.pos == "NNS" and troops.lemma == "troop"
    trump = t[t.text == "Trump"]
    assert set(trump.pos) == {"NNP"} and set(trump.lemma) == {"Trump"}
    assert (t[t.text == "US"].pos == "NNP").all()  # capitals are a name, not the pronoun "us"
    assert t[t.text == "’s"].pos.eq("POS").mean() > 0.8
    assert t.is_punct[t.text == "“"].all() and t.is_stop[t.text == "the"].all()


def test_tokenizer_splits_clitics_keeps_names():
    words = [w for _, _, w in tokenize("Trump’s team didn’t go; Kata’ib Hizbullah and Shi’ite groups can’t. U.S.-led")]
    assert words[:6] == ["Trump", "’s", "team", "did", "n’t", "go"]
    assert "Kata’ib" in words and "Shi’ite" in words
    assert words[words.index("ca"):words.index("ca") + 2] == ["ca", "n’t"]
    assert "U.S." in words


def test_tag_and_lemma_directly():
    assert tag(["They", "were", "scrambling", "."]) == ["PRP", "VBD", "VBG", "."]
    assert lemma("was", "VBD") == "be" and lemma("cities", "NNS") == "city" and lemma("Iranian", "JJ") == "Iranian"


def test_blob_api_works_offline():
    blob = make_blob("It was an honest mistake. Nobody left the country.")
    assert [str(s) for s in blob.sentences] == ["It was an honest mistake.", "Nobody left the country."]
    assert blob.sentences[1].start_index == 26
    assert ("honest", "JJ") in blob.sentences[0].tags
    assert blob.sentences[0].sentiment.polarity == pytest.approx(0.6)
    assert blob.words[:3] == ["It", "was", "an"]


def test_no_nltk_corpus_needed(tmp_path, seed_path):
    """Loader, sentences, tokens and blobs run with NLTK's data path pointed at an empty folder."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    code = (
        "import json, nltk, sys\n"
        "nltk.data.path[:] = [sys.argv[2]]\n"
        "from helpers import load_article\n"
        "a = load_article(sys.argv[1])\n"
        "b = a.blobs[3]\n"
        "print(json.dumps([len(a.sentences), len(a.tokens), b.tags[0][1], round(b.sentiment.polarity, 3)]))\n"
    )
    env = dict(os.environ, NLTK_DATA=str(empty), HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", code, str(seed_path), str(empty)], capture_output=True,
                          text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    n_sent, n_tok, first_tag, _ = json.loads(proc.stdout)
    assert n_sent == 44 and n_tok > 1500 and first_tag == "IN"  # "Within hours, ..."


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=9)
_punct = st.sampled_from([".", "?", "!", ",", ";", " —", "…", ".”", "?”", ",”", ".)", " (ret.)", ".]"])
_token = st.one_of(_word, st.sampled_from(["Col.", "U.S.", "Dr.", "p.m.", "“Yes", "‘honest’", "[it]", "5,000", "3.5"]))
_sentence = st.builds(lambda ws, p: " ".join(ws) + p, st.lists(_token, min_size=1, max_size=12), _punct)
_paragraph = st.builds(" ".join, st.lists(_sentence, min_size=1, max_size=6))
_text = st.builds(lambda ps, seps: "".join(p + s for p, s in zip(ps, seps)),
                  st.lists(_paragraph, min_size=1, max_size=4),
                  st.lists(st.sampled_from(["\n\n", " ", "\n", "  \n\n  "]), min_size=4, max_size=4))


@settings(max_examples=300, deadline=None)
@given(_text)
def test_offset_invariant_property(text):
    spans = split_sentences(text)
    prev_end = 0
    for s, e in spans:
        chunk = text[s:e]
        assert chunk == chunk.strip() and chunk
        assert s >= prev_end
        assert "\n\n" not in chunk.replace("\n \n", "\n\n") or "\n\n" not in chunk
        prev_end = e
    # nothing but whitespace is left out
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    for s, e, w in tokenize(text):
        assert text[s:e] == w and w.strip() == w
