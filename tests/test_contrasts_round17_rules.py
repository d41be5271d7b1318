"""helpers.contrasts: rules from the round-17 articles (tests/data/contrasts_unseen/held17_*, DEV since session 12),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from contrasts_unseen_score import text as _article
from helpers import contrasts as C
from helpers.article import Article


def _pairs_of(name: str) -> list[tuple[str, str]]:
    df = C.find_contrasts(Article.from_text(_article(name), name="r17"), curated=False)
    return sorted((r.claim_text[:40], r.retraction_text[:40]) for r in df.itertuples())


def test_a_figure_corrected_before_it_is_told_and_a_denied_newspaper_report():
    # held17_bangkokpost_suvarnabhumi_ride_hailing: "also corrected a figure given by its director-general" and "the
    # correct figure was 4,100" paired other claims; "Grab Thailand denied a report in a Thai-language daily" was a pair
    assert _pairs_of("held17_bangkokpost_suvarnabhumi_ride_hailing") == [
        ("Speaking at a seminar on Thursday, direc", "The DLT on Friday also corrected a figur"),
        ("The notice, posted on the airport's webs", "On Friday, AoT said the notice was \"an u")]


def test_a_withdrawn_preprint_a_rewritten_press_release_and_a_notes_correct_version():
    # held17_nature_antibiotic_preprint_withdrawn: the lead's withdrawal named no claim; "The university’s original press
    # release … described …" was no claim and "That line has now been removed" no cue; the correction note stopped
    # before "It was posted on bioRxiv."; a commenter's "were not accurate" paired the researcher's words
    got = _pairs_of("held17_nature_antibiotic_preprint_withdrawn")
    assert [c for c, _ in got] == ["An earlier version of this story said th", "The preprint, posted on the bioRxiv serv",
                                   "The university’s original press release,"], got
    note = C.find_contrasts(Article.from_text(_article("held17_nature_antibiotic_preprint_withdrawn")), curated=False)
    assert note.retraction_text.str.endswith("It was posted on bioRxiv.").any(), note.retraction_text.tolist()


def test_a_ministry_spokesperson_and_the_minister_one_pair_a_heading_no_claim_a_changed_course_told_first():
    # held17_sky_social_homes_misspoke: the ministry spokesperson's "The minister misspoke" and her own post were two
    # pairs; the heading "Tories withdraw housing starts figure" was a claim; "The row came a day after the department
    # changed course on …" paired the minister, "dropped that condition" the Tories
    assert _pairs_of("held17_sky_social_homes_misspoke") == [
        ("Appearing on Sky News Breakfast on Tuesd", "A spokesperson said: \"The minister missp"),
        ("On Monday, the party put out a press rel", "On Tuesday afternoon, the party withdrew"),
        ("When it was announced on Friday, guidanc", "The row came a day after the department ")]
