"""helpers.contrasts: cues, pairing, the seed gold, curation and the contract."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from helpers import contrasts as C
from helpers.article import Article, load_article

HERE = Path(__file__).resolve().parent
CASES = {k: v for k, v in json.loads((HERE / "data" / "contrasts" / "cues.json").read_text("utf-8")).items()
         if not k.startswith("_")}
GOLD = json.loads((HERE / "gold" / "seed_contrasts.json").read_text("utf-8"))


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An empty project folder: annotations are written there, never into the repository."""
    (tmp_path / "data" / "annotations").mkdir(parents=True)
    monkeypatch.setenv("NEWSLENS_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="module")
def seed_pairs():
    return C.find_contrasts(load_article(), curated=False)


def _same_person(found, gold) -> bool:
    return isinstance(found, str) and found.split()[-1].lower() == gold.split()[-1].lower()


# --- cues and time cues ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, typ", [
    ("The ministry said the memo was only a draft.", "disown"),
    ("It should not have been sent.", "regret"),
    ("She called it an honest mistake.", "mistake"),
    ("The spokesman said the minister misspoke.", "mistake"),
    ("The minister said she may have misspoken.", "mistake"),
    ("Aides insist the president sometimes misspeaks.", "mistake"),
    ("He admitted misspeaking about the troops.", "mistake"),
    ("Officials denied the report.", "denial"),
    ("There has been no decision whatsoever to leave.", "no-decision"),
    ("The paper retracted the story.", "correction"),
    ("The White House walked back the remarks.", "correction"),
    ("He later clarified his comments.", "correction"),
    ("The club withdrew the offer on Friday.", "correction"),
    ("The party flip-flopped on taxes.", "reversal"),
    ("The government has changed tack.", "reversal"),
    ("It was a U-turn.", "reversal"),
    ("He did not mean that farmers should quit.", "disown"),
    ("The office distanced itself from comments by the minister.", "disown"),
    ("Her words did not reflect the position of the government.", "disown"),
    ("She later said she had been \"misunderstood\".", "disown"),
    ("The editor retracted the story.", "correction"),  # the bare participle after its subject still counts
])
def test_each_cue_type_is_found(text, typ):
    assert typ in [c.type for c in C.find_cues(text)]


@pytest.mark.parametrize("text", [
    "It was not a mistake to invest in schools.",  # negated: an affirmation
    "If it wasn’t a mistake, then it was a signal.",  # conditional
    "Troops will withdraw from the valley in March.",  # the predicate itself is no cue
    "The council approved the budget on Monday.",
    "The home side were denied a second penalty.",  # passive with an object: refused, not retracted
    "He was denied parole in 2023.",
    "DeLuca was also denied parole in 2023.",  # an adverb between: still the passive of a refusal
    "The retracted figure had been quoted in parliament.",  # a participle before its noun: names an earlier act
    "The office said it had not decided whether to retry him.",  # undecided about its own next step
    "Both sides have rejected parts of the draft.",  # refusing a proposal, not retracting a statement
])
def test_no_cue_where_there_is_no_walk_back(text):
    assert C.find_cues(text) == []


@pytest.mark.parametrize("text, cue, kind", [
    ("On Monday night, news broke.", "On Monday night", "absolute"),
    ("Within hours, officials denied it.", "Within hours", "relative"),
    ("His flip-flop late last year on a decision.", "late last year", "absolute"),
    ("Days later, protesters arrived.", "Days later", "relative"),
    ("Since then, he has changed tack.", "Since then", "relative"),
])
def test_time_cues(text, cue, kind):
    found = C.find_time_cue(text)
    assert found is not None and found[0] == cue and found[1] == kind


def test_certainty_orders_hedged_below_firm():
    assert C.certainty("There has been no decision whatsoever to leave.") > 0
    assert C.certainty("It is possible the letter might not have been meant to be sent.") < C.HEDGED_BELOW
    assert C.certainty("It is possible it might leave.") < C.HEDGED_BELOW < 0 \
        < C.certainty("There has been no decision whatsoever.")


# --- pairing on short texts of our own --------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(CASES))
def test_cue_texts_give_exactly_the_expected_pair(name):
    case = CASES[name]
    art = Article.from_text(case["text"], name=name)
    df = C.find_contrasts(art, curated=False)
    assert len(df) == 1, df[["claim_text", "retraction_text", "score"]].to_string()
    row = df.iloc[0]
    assert case["claim"] in row.claim_text
    assert case["retraction"] in row.retraction_text
    assert case["cue_type"] in row.cue_type
    assert art.body[row.claim_start:row.claim_end] == row.claim_text
    assert art.body[row.retraction_start:row.retraction_end] == row.retraction_text
    assert row.claim_start < row.retraction_end
    for side in ("claim", "retraction"):
        if case.get(f"{side}_speaker"):
            assert _same_person(row[f"{side}_speaker"], case[f"{side}_speaker"]), (side, row[f"{side}_speaker"])
        if case.get(f"{side}_time"):
            assert row[f"{side}_time"] == case[f"{side}_time"]
    assert -1.0 <= row.claim_certainty <= 1.0 and -1.0 <= row.retraction_polarity <= 1.0


def test_rejecting_someone_elses_claim_is_no_walk_back():
    """The convention of the blind rounds: a walk-back is the claim's own side retracting it; an
    institution rejecting an opposition leader's claim, or denying a newspaper's report, is a rebuttal
    (this text was the cue fixture "embedded_denial", a pair before round 12's rules)."""
    for text in ("The election commission on Saturday rejected opposition leader Maria Chen’s claim that the "
                 "vote count had been rigged in three districts.",
                 "The company also denied a report in the Milwaukee Journal Sentinel that its founder holds "
                 "shares in the supplier, saying he had no financial ties to it.",
                 "The company rejected suggestions that it had influenced the study, saying it had no role in "
                 "the design of the trial."):
        art = Article.from_text("Dispute\n\n" + text, name="rebuttal")
        assert len(C.find_contrasts(art, curated=False)) == 0, text


def test_article_without_reversal_yields_no_pair():
    text = (HERE / "data" / "contrasts" / "no_reversal.txt").read_text("utf-8")
    art = Article.from_text(text, name="no-reversal")
    assert len(C.find_contrasts(art, curated=False)) == 0
    # not even weak candidates: nothing in it walks anything back
    assert len(C.candidate_pairs(art, curated=False)) == 0


def test_headline_reversal_is_evidence():
    body = ("The airline said on Monday it would leave the Northport airport in June. On Tuesday its chief "
            "executive, Dana Cole, said there was no decision to leave Northport.")
    with_head = C.find_contrasts(Article.from_text("Leaving, Then Not Leaving, Northport\n\n" + body), curated=False)
    without = C.find_contrasts(Article.from_text("Airline Plans for Northport\n\n" + body), curated=False)
    assert len(with_head) == len(without) == 1
    assert "headline" in with_head.iloc[0].cue_type and "headline" not in without.iloc[0].cue_type


def test_quotes_stage_speakers_are_used_when_present():
    """Speaker of a side = speaker of the overlapping quote (from art.quotes), over the fallback finder."""
    from helpers.quotes import QUOTE_COLUMNS, SPEAKER_COLUMNS, QuoteResult

    case = CASES["disown_regret"]
    art = Article.from_text(case["text"])
    body = art.body
    q = "the memo was only a draft that should not have been released"
    start = body.index(q)
    quotes = pd.DataFrame([[1, q, "indirect", "Office of the Minister", start, start + len(q), 1, 0.0, 0.0]],
                          columns=QUOTE_COLUMNS)
    art.__dict__["_quote_result"] = QuoteResult(quotes, pd.DataFrame(columns=SPEAKER_COLUMNS))
    row = C.find_contrasts(art, curated=False).iloc[0]
    assert row.retraction_speaker == "Office of the Minister"


def test_expert_commentary_is_not_a_walk_back():
    text = ("Port Deal\n\nOn Monday the transport ministry announced that the port would be sold to a foreign "
            "buyer. “Selling the port was an error,” Prof. Alan Brook, an economist at Easton University, "
            "told reporters.")
    art = Article.from_text(text)
    assert len(C.find_contrasts(art, curated=False)) == 0
    weak = C.candidate_pairs(art, curated=False)
    assert len(weak) == 1 and "expert" in weak.iloc[0].evidence  # kept below the threshold, with the reason


# --- the seed ----------------------------------------------------------------------------------------

def _match(row, gold) -> bool:
    return (any(a in row.claim_text for a in gold["claim_any"])
            and any(a in row.retraction_text for a in gold["retraction_any"]))


def test_seed_finds_all_gold_pairs_with_few_false_ones(seed_pairs):
    matched = {g["id"]: [r for r in seed_pairs.itertuples() if _match(r, g)] for g in GOLD["pairs"]}
    missing = [k for k, v in matched.items() if not v]
    assert not missing, missing
    false = [r for r in seed_pairs.itertuples() if not any(_match(r, g) for g in GOLD["pairs"])]
    duplicates = sum(len(v) - 1 for v in matched.values())
    assert len(false) + duplicates <= 2, [r.retraction_text[:60] for r in false]


def test_seed_pairs_carry_speakers_times_and_evidence(seed_pairs):
    for g in GOLD["pairs"]:
        row = next(r for r in seed_pairs.itertuples() if _match(r, g))
        assert _same_person(row.claim_speaker, g["claim_speaker"]), (g["id"], row.claim_speaker)
        assert _same_person(row.retraction_speaker, g["retraction_speaker"]), (g["id"], row.retraction_speaker)
        assert any(t in row.cue_type for t in g["cue_types"]), (g["id"], row.cue_type)
        assert row.retraction_time == g["retraction_time"], (g["id"], row.retraction_time)
        if g["claim_time"]:
            assert row.claim_time == g["claim_time"]
        assert row.evidence and row.score >= C.DEFAULT_MIN_SCORE


def test_seed_commentary_is_not_paired(seed_pairs):
    for bad in GOLD["not_pairs"]:
        assert not any(bad["sentence"] in r.retraction_text for r in seed_pairs.itertuples()), bad["why"]


def test_contract_carries_contrasts():
    from helpers.pipeline import to_contract

    art = Article.from_text(CASES["mistake"]["text"], name="contract-case")
    art.__dict__["contrasts"] = C.find_contrasts(art, curated=False)
    out = json.loads(json.dumps(to_contract(art)))
    assert len(out["contrasts"]) == 1
    pair = out["contrasts"][0]
    assert "would cut 2,000 jobs" in pair["claim"]["text"] and pair["retraction"]["speaker"] == "Lina Park"
    assert 0 < pair["score"] <= 1


# --- curation ----------------------------------------------------------------------------------------

def test_curation_round_trip(home):
    text = CASES["mistake"]["text"] + (
        " Analysts said the depots were busy. The union said the firm might still cut jobs later.")
    art = Article.from_text(text, name="curation-case")
    auto = C.find_contrasts(art)
    assert list(auto.status) == ["auto"]
    key = auto.iloc[0].key

    # reject: gone from art.contrasts and from the contract, kept on request
    C.set_status(art, key, "rejected")
    assert len(art.contrasts) == 0
    assert list(C.find_contrasts(art, include_rejected=True).status) == ["rejected"]
    # a fresh load of the same article applies the stored decision (as newslens analyze does)
    again = Article.from_text(text, name="curation-case")
    assert len(again.contrasts) == 0

    # accept brings it back with its status; add a pair the detector missed
    C.set_status(art, key, "accepted")
    added_key = C.add_pair(art, claim=0, retraction=3, retraction_speaker="union")
    df = Article.from_text(text, name="curation-case").contrasts
    assert dict(zip(df.key, df.status)) == {key: "accepted", added_key: "added"}
    added = df[df.key == added_key].iloc[0]
    assert added.retraction_text == art.sentences.text.iloc[3] and added.retraction_speaker == "union"

    # other stages' keys in the same file survive our writes
    path = home / "data" / "annotations" / "curation-case.json"
    data = json.loads(path.read_text("utf-8"))
    data["speakers"] = {"Lina Park": {"category": "official"}}
    path.write_text(json.dumps(data), "utf-8")
    C.set_status(art, added_key, "auto")
    data = json.loads(path.read_text("utf-8"))
    assert data["speakers"] == {"Lina Park": {"category": "official"}}
    assert data["contrasts"]["added"] == [] and list(data["contrasts"]["status"]) == [key]
    assert data["contrasts"]["status"][key]["status"] == "accepted"


def test_curation_errors_are_one_line(home):
    from helpers.errors import NewslensError

    art = Article.from_text(CASES["mistake"]["text"], name="bad-input")
    with pytest.raises(NewslensError):
        C.set_status(art, "c0-1:r2-3", "maybe")
    with pytest.raises(NewslensError):
        C.add_pair(art, claim=0, retraction=99)


def test_annotation_for_changed_text_is_not_applied(home):
    art = Article.from_text(CASES["mistake"]["text"], name="drift")
    C.add_pair(art, claim=0, retraction=1)
    changed = Article.from_text(CASES["mistake"]["text"].replace("2,000", "3,000"), name="drift")
    df = C.find_contrasts(changed)
    assert "added" not in set(df.status)
    C.set_status(art, df.iloc[0].key, "rejected")  # a decision on the old text ...
    assert list(C.find_contrasts(changed).status) == ["auto"]  # ... does not land on the changed one


FALSE_FRIENDS = {k: v for k, v in json.loads((HERE / "data" / "contrasts" / "false_friends.json").read_text("utf-8"))
                 .items() if not k.startswith("_")}


@pytest.mark.parametrize("name", sorted(FALSE_FRIENDS))
def test_cue_words_in_other_senses_give_no_pair(name):
    art = Article.from_text(FALSE_FRIENDS[name], name=name)
    df = C.find_contrasts(art, curated=False)
    assert len(df) == 0, df[["claim_text", "retraction_text", "evidence"]].to_string()


def test_corrupt_annotations_file_is_reported_and_kept(home):
    from helpers.errors import NewslensError

    art = Article.from_text(CASES["mistake"]["text"], name="corrupt-case")
    path = home / "data" / "annotations" / "corrupt-case.json"
    path.write_text("{not json", "utf-8")
    with pytest.raises(NewslensError, match="corrupt-case.json"):
        C.find_contrasts(art)
    with pytest.raises(NewslensError):
        C.set_status(art, C.pair_key(0, 10, 20, 30), "rejected")
    with pytest.raises(NewslensError):
        C.add_pair(art, claim=0, retraction=1)
    assert path.read_text("utf-8") == "{not json"  # never overwritten


def test_walk_back_story_of_another_shape():
    """A ministry walk-back told over several sentences, and a denial of reports and reactions that are not
    pairs (tests/data/contrasts/walkback_story.*, written for the tests; the denied reports were a pair until
    session 9 settled that a rebuttal of someone else's report is no walk-back)."""
    gold = json.loads((HERE / "data" / "contrasts" / "walkback_story.json").read_text("utf-8"))
    art = Article.from_text((HERE / "data" / "contrasts" / "walkback_story.txt").read_text("utf-8"), name="walkback")
    df = C.find_contrasts(art, curated=False)
    assert len(df) == len(gold["pairs"]), df[["claim_text", "retraction_text"]].to_string()
    for g in gold["pairs"]:
        row = next(r for r in df.itertuples() if _match(r, g))
        assert g.get("retraction_also", "") in row.retraction_text
        assert _same_person(row.retraction_speaker, g["retraction_speaker"])
        if g["claim_speaker"]:
            assert _same_person(row.claim_speaker, g["claim_speaker"])
        for side in ("claim", "retraction"):
            if g.get(f"{side}_time"):
                assert getattr(row, f"{side}_time") == g[f"{side}_time"]


def test_seed_without_entities_and_quotes_degrades_gracefully():
    """With the entity and quote stages empty, proper nouns and the fallback name finder stand in: the
    four gold pairs are still found, and the letter's claim still carries its writer."""
    import pandas as pd

    from helpers.entities import EntityResult
    from helpers.quotes import QuoteResult

    art = load_article()
    art.__dict__["_entity_result"] = EntityResult(pd.DataFrame(columns=["entity_id", "name", "type", "aliases"]),
                                                  pd.DataFrame(columns=["entity_id", "name", "sentence"]))
    art.__dict__["_quote_result"] = QuoteResult(pd.DataFrame(columns=["quote_id", "text", "start", "end", "speaker"]),
                                                pd.DataFrame(columns=["name", "category"]))
    df = C.find_contrasts(art, curated=False)
    for g in GOLD["pairs"]:
        assert any(_match(r, g) for r in df.itertuples()), g["id"]
    false = [r for r in df.itertuples() if not any(_match(r, g) for g in GOLD["pairs"])]
    assert len(false) <= 2
    letter = next(r for r in df.itertuples() if _match(r, GOLD["pairs"][1]))
    assert _same_person(letter.claim_speaker, "William Seely") and _same_person(letter.retraction_speaker, "Mark Esper")


def _lexicon_examples():
    out = []
    for row in C._tsv("retraction_cues.tsv"):
        for ex in (row[4].split(" | ") if len(row) > 4 and row[4].strip() else []):
            out.append((row[0], row[2], ex.strip()))
    return out


def test_every_cue_row_lists_its_forms():
    """Each row of the cue lexicon lists the word forms it is meant to find (checked below)."""
    rows = C._tsv("retraction_cues.tsv")
    assert all(len(r) > 4 and r[4].strip() for r in rows), [r[2] for r in rows if len(r) < 5 or not r[4].strip()]


@pytest.mark.parametrize("typ, rx, example", _lexicon_examples())
def test_every_listed_cue_form_is_found(typ, rx, example):
    """Every form a lexicon row lists is matched by that row's pattern and found by find_cues (through the
    literal gate), e.g. "misspeaks" and "not going to leave" (a pattern that can never match a form it was
    written for is caught here)."""
    pattern = next(p for t, _, p, _ in C._cue_patterns() if p.pattern.endswith(f"(?:{rx})(?![\\w-])"))
    assert pattern.search(example), (rx, example)
    assert any(c.type == typ and pattern.fullmatch(c.text) for c in C.find_cues(example)), \
        (example, [(c.type, c.text) for c in C.find_cues(example)])


def test_a_denial_of_someone_elses_report_is_no_walk_back():
    """Session 9's convention (the one the blind rounds 9 to 11 were annotated by): a walk-back is the claim's
    own side retracting it; denying what reports, rumours or social-media messages said is a rebuttal.  It
    stays visible below the default minimum, its evidence saying why; the same words from the claim's own side
    are a walk-back."""
    reported = ("Border Troops\n\nReports on Monday said the army would withdraw its troops from the border region "
                "by spring. Defence Minister Ravi Kumar told parliament that there had been no decision to withdraw "
                "the troops.")
    art = Article.from_text(reported)
    assert C.find_contrasts(art, curated=False).empty
    low = C.find_contrasts(art, curated=False, min_score=0)
    assert len(low) == 1 and "denies someone else's report" in low.iloc[0].evidence
    named = ("Zentrix\n\nZentrix chief executive Sunil Bhatia on Friday denied reports that the company was in talks "
             "to acquire a stake in Voltaro.")
    assert C.find_contrasts(Article.from_text(named), curated=False).empty
    own = reported.replace("Reports on Monday said", "The defence ministry said on Monday")
    assert len(C.find_contrasts(Article.from_text(own), curated=False)) == 1
