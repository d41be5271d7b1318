"""helpers.contrasts: rules from the round-13 articles (tests/data/contrasts_unseen/held13_*, DEV since session 10),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from contrasts_unseen_score import text as _article
from helpers import contrasts as C
from helpers.article import Article


def pairs(text: str):
    return C.find_contrasts(Article.from_text(text, name="r13"), curated=False)


def test_a_correction_notes_own_earlier_text_is_the_claim():
    # held13_egypt_gas_memorandum: not the article's corrected sentence, which now gives the right figure
    df = pairs("Gas exports\n\nIsrael exported around 13.1 billion cubic meters of gas to Egypt in 2024, according to "
               "Energy Ministry figures.\n\nAn earlier version of this article misstated Israel’s gas exports to Egypt "
               "in 2024 as 10.5 billion cubic meters. The correct figure is 13.1 billion cubic meters.")
    assert len(df) == 1 and "as 10.5 billion cubic meters" in df.iloc[0].claim_text, df[["claim_text"]].to_string()


def test_correcting_the_record_disowns_the_ministers_own_words():
    # held13_nwc_mona_supply: not the resident quoted just before
    df = pairs("Water outage\n\nAnother resident, who gave his name only as Devon, said he made the mistake of throwing "
               "out his stored water on Monday night.\n\nSpeaking in the House of Representatives yesterday afternoon, "
               "Minister of Water and Environment Winston Barrett said no community in St Andrew had been without water "
               "“for more than 72 hours at any point” during the outage.\n\nLast night, Barrett said in a statement that "
               "he had been “given incorrect information” before his address and wished to correct the record.")
    assert len(df) == 1 and "for more than 72 hours" in df.iloc[0].claim_text, df[["claim_text"]].to_string()


def test_an_ambition_not_a_plan_and_a_rivals_verdict():
    # held13_sahra_logistics_ipo: the spokeswoman disowns the chief executive's date; a rival's "not accurate" is
    # a rebuttal
    df = pairs("IPO remarks\n\nMr Al Mazrouei told delegates at the conference on Tuesday that Sahra would list in Abu "
               "Dhabi “in the first quarter of 2026”.\n\nA company spokeswoman told The National on Wednesday that Mr Al "
               "Mazrouei had been “expressing an ambition, not announcing a plan”.\n\nMr Al Mazrouei also told the "
               "conference that Sahra controlled about 30 per cent of the UAE’s contract logistics market. A rival "
               "operator, which asked not to be named, said that figure was “not accurate”.")
    assert len(df) == 1, df[["claim_text", "retraction_text"]].to_string()
    assert "expressing an ambition" in df.iloc[0].retraction_text


def test_one_speakers_walk_back_over_two_sentences_is_one_pair():
    # held13_nwc_mona_supply: the manager's two sentences in a row each link to another statement of the
    # commission (its lead, its Monday release): one pair, not two
    df = pairs(_article("held13_nwc_mona_supply"))
    whyte = df[df.retraction_speaker == "Andrea Whyte"]
    assert len(whyte) == 1, whyte[["claim_text", "retraction_text"]].to_string()
    assert "premature" in whyte.iloc[0].retraction_text and "got ahead of ourselves" in whyte.iloc[0].retraction_text


def test_one_sides_walk_back_over_a_few_sentences_is_one_pair():
    # held6_airline_rebooking (DEV): the department's statement and its spokesman's quotation two sentences on
    df = pairs(_article("held6_airline_rebooking"))
    dept = df[df.retraction_speaker == "Department of Transport"]
    assert len(dept) == 1, dept[["claim_text", "retraction_text"]].to_string()
    assert "misstated" in dept.iloc[0].retraction_text and "misspoke" in dept.iloc[0].retraction_text


def test_an_organisation_and_the_official_who_speaks_for_it_walk_back_once():
    # held_health_vaccine (DEV): "the agency said the release had been “issued in error”" then its deputy
    # director, "the agency’s deputy director of immunisation", saying "We got this wrong"
    df = pairs(_article("held_health_vaccine"))
    agency = df[df.retraction_text.str.contains("issued in error|We got this wrong")]
    assert len(agency) == 1, agency[["claim_text", "retraction_text", "retraction_speaker"]].to_string()
