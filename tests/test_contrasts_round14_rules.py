"""helpers.contrasts: rules from the round-14 articles (tests/data/contrasts_unseen/held14_*, DEV since session 11),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from contrasts_unseen_score import text as _article
from helpers import contrasts as C
from helpers.article import Article


def pairs(text: str):
    return C.find_contrasts(Article.from_text(text, name="r14"), curated=False)


def test_a_live_page_newest_post_first_finds_each_claim_in_the_older_posts_below():
    # held14_storm_gerda_wales_live: every walk-back is told above the post it answers; the post headings that
    # repeat a walk-back are no pairs of their own, and the cabinet secretary's office and his spokesperson
    # walking back his words in two sentences are one pair
    df = pairs(_article("held14_storm_gerda_wales_live"))
    got = sorted((r.claim_text[:40], r.retraction_text[:40]) for r in df.itertuples())
    assert got == [("At 06:30 Transport for Wales posted on X", "In a post on X, TfW said its earlier upd"),
                   ("Cabinet Secretary for Transport Rhodri P", "The Welsh government says the Britannia "),
                   ("National Grid says around 4,000 homes in", "In our post at 09:20 we gave the number ")], got


def test_newest_first_posts_need_three_time_stamps_running_down():
    sents = C._Context(Article.from_text("A Story\n\nLive coverage of the storm.\n\nWelcome.\n\n12:48\n\nOne.\n\n12:31\n\nTwo.\n\n09:05\n\nThree."),
                       complete=False).sents
    assert [sents[i].text for i in C._newest_first_posts(sents)] == ["12:48", "12:31", "09:05"]
    sents = C._Context(Article.from_text("A Story\n\nLive coverage of the storm.\n\nWelcome.\n\n09:05\n\nOne.\n\n12:31\n\nTwo.\n\n12:48\n\nThree."),
                       complete=False).sents
    assert C._newest_first_posts(sents) is None


def test_a_heading_over_the_walk_back_its_section_tells_is_no_pair_of_its_own():
    # held14_inquirer_flood_control_funds: "Palace walks back signing claim" paired the senator's figure
    df = pairs(_article("held14_inquirer_flood_control_funds"))
    assert not any(r.retraction_text.startswith("Palace walks back") for r in df.itertuples()), df.retraction_text.tolist()


def test_a_claim_told_by_a_social_media_page_or_an_accusation_is_rebutted_not_walked_back():
    # held14_hcmc_grade10_exam (the ministry and Hanoi answering a Facebook page) and held14_storm_gerda_wales_live
    # (a government rejecting the opposition's criticism)
    df = pairs(_article("held14_hcmc_grade10_exam"))
    assert not any(("rejected the claim" in r.retraction_text or "no plans" in r.retraction_text)
                   for r in df.itertuples()), df.retraction_text.tolist()
    df = pairs(_article("held14_storm_gerda_wales_live"))
    assert not any("rejected the criticism" in r.retraction_text for r in df.itertuples()), df.retraction_text.tolist()


def test_should_not_have_to_is_no_regret_and_the_new_cues_match():
    # held14_inquirer_flood_control_funds: a convenor's "should not have to rely on" paired a committee's draft
    assert C.find_cues("“The public should not have to rely on privilege speeches to know where flood money goes,” "
                       "said its convenor.") == []
    for text, kind in [("The Welsh government says the bridge will stay closed, correcting what the transport "
                        "secretary told BBC Radio Wales this morning.", "correction"),
                       ("Apologies for the error.", "mistake"),
                       ("In our post at 09:20 we gave the number of homes without power as 4,000.", "mistake")]:
        assert [c.type for c in C.find_cues(text)] == [kind], text


def test_a_principal_who_corrected_himself_over_fees_one_pair_with_his_own_claim():
    # held14_hcmc_grade10_exam: "corrected himself over school fees" (told before the claim the story gives next)
    # paired the department's figures; his message "saying he had given the wrong figure" paired a sentence about
    # video clips "of the remark"; now one pair, his claim and his own walk-back
    df = pairs(_article("held14_hcmc_grade10_exam"))
    quang = [r for r in df.itertuples() if "Quang" in str(r.claim_speaker) or "Quang" in str(r.retraction_speaker)]
    assert len(quang) == 1 and quang[0].claim_text.startswith("At a meeting with parents on Feb. 27"), \
        df[["claim_text", "retraction_text"]].to_string()
    assert not any(r.claim_text.startswith(("Last year", "Several parents")) for r in df.itertuples())
    assert [c.type for c in C.find_cues("I was mistaken.")] == ["mistake"]
    assert C.find_cues("A spokeswoman said Mr Moriarty had been given the wrong figure by staff.") == []


def test_he_had_been_mistaken_disowns_his_own_words_and_joins_his_misspoke():
    # held14_inquirer_flood_control_funds: "Manalastas told reporters that he had been mistaken" was no cue, then
    # paired the senator's figure; now it and his "I misspoke yesterday" are one pair with his own claim
    df = pairs(_article("held14_inquirer_flood_control_funds"))
    rows = [r for r in df.itertuples() if "he had been mistaken" in r.retraction_text]
    assert len(rows) == 1 and "I misspoke yesterday" in rows[0].retraction_text, df.retraction_text.tolist()
    assert rows[0].claim_text.startswith("On Monday, Palace Press Officer Dindo Manalastas told a briefing")
