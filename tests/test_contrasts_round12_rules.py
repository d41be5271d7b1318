"""helpers.contrasts: rules from the round-12 articles (tests/data/contrasts_unseen/held12_*, DEV since session 10),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers import contrasts as C
from helpers.article import Article

STORY = ("Operator admits train stalled in tunnel\n\nPublished Mar 20, 2025, 06:15 PM\nUpdated Mar 20, 2025, 09:32 PM"
         "\n\nSINGAPORE – SMRT on March 20 said one of its trains had been stuck in a tunnel with about 300 passengers "
         "on board for 40 minutes during the Circle Line breakdown the day before, correcting its earlier statement "
         "that no trains had stalled between stations.\n\nThe rail operator had said on the evening of March 19 that "
         "“all affected trains were able to reach the nearest station, and no commuters were stranded in tunnels”."
         "\n\nCommuters soon disputed this on social media, with one passenger posting a video on Reddit that showed "
         "people sitting on the floor of a darkened carriage near Kent Ridge station.")


def pairs(text: str):
    return C.find_contrasts(Article.from_text(text, name="r12"), curated=False)


def test_a_leads_correction_names_the_statement_the_story_gives_after_it():
    # held12_circle_line_stalled_train: the lead corrects "its earlier statement"; the statement follows in the
    # past perfect; the commuters' dispute of it is no second walk-back; the two date stamps are front matter
    df = pairs(STORY)
    assert len(df) == 1, df[["claim_text", "retraction_text"]].to_string()
    row = df.iloc[0]
    assert row.claim_text.startswith("The rail operator had said")
    assert "correcting its earlier statement" in row.retraction_text
    assert not Article.from_text(STORY).body.startswith("Published")


def test_a_withdrawn_press_release_is_a_correction():
    # held12_tereminol_dementia_release
    cues = C.find_cues("Bellhaven University has withdrawn a press release that said a daily supplement cut the "
                       "risk of dementia by 40%.")
    assert [c.type for c in cues] == ["correction"], cues


def test_a_document_removed_from_a_website_names_what_it_showed():
    # held12_nbp_rate_cut_remark: "removed a document from its website that showed a ... deficit of 6.9%"
    df = pairs("Budget draft\n\nThe clarification came a day after the finance ministry removed a document from its "
               "website that showed a general government deficit of 6.9% of GDP in 2026. The draft budget the "
               "government approved in September puts next year's deficit at 6.5%.")
    assert len(df) == 1 and df.iloc[0].claim_text == "that showed a general government deficit of 6.9% of GDP in 2026", \
        df[["claim_text", "retraction_text"]].to_string()
