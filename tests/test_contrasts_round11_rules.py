"""helpers.contrasts: rules from the round-11 articles (tests/data/contrasts_unseen/held11_*, DEV since session 9),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article
from helpers.contrasts import find_contrasts, find_cues


def pairs(text: str):
    return find_contrasts(Article.from_text(f"A Story\n\n{text}"), curated=False)


def test_deleting_withdrawing_and_disowning_cues():
    # r11 ashbourne_transfer_video, nuvio_orbit_glasses, karachi_heatwave_schools
    for text in ("Ashbourne City have deleted a video welcoming winger Kofi Mensah-Reid to the club.",
                 "Nuvio has quietly rewritten the product page, removing a line that promised offline translation.",
                 "The department on Tuesday withdrew a notification announcing the closure of all schools.",
                 "The earlier order “was issued without the approval of the competent authority and stands withdrawn”.",
                 "“I got ahead of myself on Friday,” he said.",
                 "A KWSC spokesperson said the 48-hour timeline “was not accurate”."):
        assert find_cues(text), text
    for text in ("The company removed the old building from the site.",
                 "Last year, the department withdrew a closure notice for part of the route."):
        assert not find_cues(text), text


def test_a_court_reversing_someone_s_order_is_no_walk_back():
    # r11 karachi_heatwave_schools
    df = pairs("The Sindh government has barred construction work between noon and 4pm during heatwaves, an official "
               "said.\n\nLast year, the Sindh High Court reversed a provincial order that had barred construction work "
               "between noon and 4pm during heatwaves.")
    assert df.empty, df[["claim_text", "retraction_text"]].values.tolist()


def test_a_caption_in_straight_quotes_is_the_claim_and_one_s_own_denial_is_none():
    # r11 ashbourne_transfer_video: the claim runs on to the caption's end; nuvio_orbit_glasses: a company
    # "rejected his account" after its own sentence disputing it is no walk-back of its own words
    df = pairs("The club's official X account posted a clip on Monday, with the caption: \"He's here. Kofi "
               "Mensah-Reid has signed for City on a four-and-a-half-year deal.\"\n\nIn a statement on Tuesday, the "
               "club said: \"A video relating to a potential incoming transfer was published in error.\"")
    assert len(df) == 1 and "has signed for City" in df.iloc[0].claim_text, df[["claim_text"]].values.tolist()
    df = pairs("Nuvio is also disputing the findings of Tomasz Wierzbicki, a security researcher who reverse-engineered "
               "the Orbit companion app and said the glasses send short audio clips to Nuvio’s servers even in offline "
               "mode. Nuvio rejected his account, saying the only data sent in offline mode is anonymous crash logs.")
    assert df.empty, df[["claim_text", "retraction_text"]].values.tolist()


def test_a_deleted_post_names_what_it_said():
    # r9 voltaro_bookings (read with round 11): the post's words are the claim
    df = pairs("Separately, founder and chief executive Arjun Venkatraman deleted a post on X in which he had said "
               "that deliveries of the V1 would \"begin in Pune and Hyderabad on March 15\".")
    assert len(df) == 1 and df.iloc[0].claim_text.startswith("in which he had said that deliveries"), df.claim_text.tolist()
