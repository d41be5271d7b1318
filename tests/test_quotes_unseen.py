"""Stage 4 on nine articles written for session 4 and annotated by hand before the stage ran on them
(tests/data/quotes_unseen/<article>.txt + .json; the gold's "split" says DEV or HELD-OUT; since round 3
all nine are DEV).

Round 1 had three DEV articles (dementia-study, drop-box-ruling, grocer-profits) and three HELD-OUT
(rovers-defeat, rezoning-vote, border-reopening).  Round 2 moved those three HELD-OUT articles to DEV
(their output was read and fixed from then on) and wrote three new HELD-OUT articles (cloud-earnings,
pacific-summit, hit-and-run).

Faults were fixed on DEV only; HELD-OUT is the honest figure of how the rules generalise.  The gold
gives each quote's text: its spans are found here in Article.body (a part found nowhere, or in two
places, fails the test instead of being scored).  The floors sit a little under what the stage reaches
(micro averages over the articles of a split), so a return to the baseline fails:

baseline (main 70e2d38), micro over the three articles of a split:

* DEV       statements P 1.000 R 0.972 F1 0.986; speaker accuracy 0.886; categories 0.546;
            reported speech recall 0.617, its speakers 0.611
* HELD-OUT  statements P 1.000 R 1.000 F1 1.000; speaker accuracy 0.743; categories 0.542;
            reported speech recall 0.633, its speakers 0.833

round 2 baseline (main 723f148), the same figures (categories and reported speech: means over articles):

* DEV (six)        statements F1 0.993; speaker accuracy 0.886; categories 0.694;
                   reported speech recall 0.864, its speakers 0.868
* HELD-OUT (new)   statements F1 1.000; speaker accuracy 0.645; categories 0.486;
                   reported speech recall 0.689, its speakers 0.700

after round 2 (fixes on DEV only; HELD-OUT scored, never read):

* DEV (six)        statements F1 0.993; speaker accuracy 0.957; categories 0.833;
                   reported speech recall 0.939, its speakers 0.896
* HELD-OUT (new)   unchanged: F1 1.000; speaker accuracy 0.645; categories 0.486;
                   reported speech recall 0.689, its speakers 0.700

round 3 moved the round-2 HELD-OUT three to DEV too: their output was read and fixed, so all nine
articles are DEV and NO UNTOUCHED HELD-OUT ARTICLE IS LEFT.  The figures below are scores on articles
the rules were fixed on; they no longer measure how the rules generalise (new articles would):

* before round 3 (main 0916a23)  round-2 HELD-OUT three: speaker accuracy 0.645; categories 0.486;
                                 reported speech recall 0.689, its speakers 0.700
                                 all nine: speaker accuracy 0.861; categories 0.717; reported 0.856
* after round 3                  the three: speaker accuracy 0.903; categories 0.722; reported 0.944,
                                 its speakers 1.000; all nine: speaker accuracy 0.941; categories 0.833;
                                 reported 0.941, its speakers 0.972; statements F1 unchanged

round 5 (session 5, a speed round: no rule changed output) wrote three new HELD-OUT articles, annotated
blind and committed before the stage ran on them (r5-port-strike: wire, labour; r5-measles-cases: US local
paper, straight quotes; r5-taunton-thriller: UK sports).  Scored once at main 11b6be4, output unread:

* HELD-OUT (r5-*)  statements P 1.000 R 1.000 F1 1.000; speaker accuracy 0.900 (45/50); categories 0.611;
                   reported speech recall 0.775

round 6 wrote three more HELD-OUT articles blind (split "held-out-r6": r6-super-fund-breach, Australian,
cybersecurity; r6-kerala-rain, Indian, straight quotes; r6-saskatoon-mayor, Canadian election night).
Scored once at main 30e1572, output unread:

* HELD-OUT-R6      statements P 1.000 R 1.000 F1 1.000; speaker accuracy 0.765 (39/51); categories 0.659;
                   reported speech recall 0.776
"""

import json
from pathlib import Path

import pytest

from helpers import load_article
from helpers.quotes.evaluate import score_article

DIR = Path(__file__).resolve().parent / "data" / "quotes_unseen"
GOLD = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(DIR.glob("*.json"))}

# per split: statement F1 and speaker accuracy of matched statements (micro), category accuracy and
# reported-speech recall (means over the articles)
FLOORS = {
    "dev": {"f1": 0.97, "speaker": 0.92, "category": 0.81, "indirect": 0.92},
    "held-out": {"f1": 0.97, "speaker": 0.88, "category": 0.58, "indirect": 0.75},
    "held-out-r6": {"f1": 0.97, "speaker": 0.74, "category": 0.63, "indirect": 0.75},
}


def _with_spans(art, gold):
    """The gold with each part's [start, end) located in ``art.body`` (exactly one occurrence)."""
    gold = json.loads(json.dumps(gold))
    for q in gold["direct"]:
        q["spans"] = []
        for part in q["parts"]:
            n = art.body.count(part)
            assert n == 1, f"{gold['article']}: part found {n} times: {part!r}"
            i = art.body.index(part)
            q["spans"].append([i, i + len(part)])
    return gold


@pytest.fixture(scope="module")
def scores():
    out = {}
    for name, gold in GOLD.items():
        art = load_article(DIR / f"{name}.txt")
        out[name] = (gold["split"], score_article(art, _with_spans(art, gold)))
    return out


def test_nine_dev_articles_and_three_held_out_of_rounds_5_and_6():
    assert sorted(g["split"] for g in GOLD.values()) == ["dev"] * 9 + ["held-out"] * 3 + ["held-out-r6"] * 3
    assert sorted(n for n, g in GOLD.items() if g["split"] == "held-out") == [
        "r5-measles-cases", "r5-port-strike", "r5-taunton-thriller"]
    assert sorted(n for n, g in GOLD.items() if g["split"] == "held-out-r6") == [
        "r6-kerala-rain", "r6-saskatoon-mayor", "r6-super-fund-breach"]


def test_gold_indirect_phrases_are_in_the_text():
    for name, gold in GOLD.items():
        body = load_article(DIR / f"{name}.txt").body
        for q in gold["indirect"]:
            assert body.count(q["contains"]) == 1, (name, q)


@pytest.mark.parametrize("split", ["dev", "held-out", "held-out-r6"])
def test_split_scores_hold_their_floor(scores, split):
    rows = [s for sp, s in scores.values() if sp == split]
    matched = sum(s["direct"]["matched"] for s in rows)
    predicted = sum(s["direct"]["predicted"] for s in rows)
    gold = sum(s["direct"]["gold"] for s in rows)
    right = sum(round(s["direct"]["speaker_accuracy"] * s["direct"]["matched"]) for s in rows)
    p, r = matched / predicted, matched / gold
    f1 = 2 * p * r / (p + r)
    category = sum(s["categories"]["accuracy"] for s in rows) / len(rows)
    reported = sum(s["indirect"]["recall"] for s in rows) / len(rows)
    floor = FLOORS[split]
    wrong = {n: s["direct"]["wrong_speakers"] for n, (sp, s) in scores.items() if sp == split}
    assert f1 >= floor["f1"], {n: s["direct"]["missed"] for n, (sp, s) in scores.items() if sp == split}
    assert right / matched >= floor["speaker"], wrong
    assert category >= floor["category"], {n: s["categories"]["wrong"] for n, (sp, s) in scores.items() if sp == split}
    assert reported >= floor["indirect"]
