"""helpers.contrasts: rules from the round-10 articles (tests/data/contrasts_unseen/held10_*, DEV since session 9),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article
from helpers.contrasts import find_contrasts, find_cues


def pairs(text: str):
    return find_contrasts(Article.from_text(f"A Story\n\n{text}"), curated=False)


def test_a_correction_note_pairs_the_article_s_own_earlier_words():
    # r10 hku_liver_drug
    df = pairs("The study was published on Tuesday in the journal Liver Science Reports.\n\nThe team is now "
               "preparing an application to the Department of Health.\n\nCorrection: An earlier version of this "
               "article said the study was funded by the Innovation and Technology Commission. It was funded by the "
               "Research Grants Council.")
    assert len(df) == 1
    row = df.iloc[0]
    assert "funded by the Innovation and Technology Commission" in row.claim_text
    assert row.retraction_text.startswith("Correction: An earlier version of this article said")


def test_a_slip_spoken_too_optimistically_and_what_he_meant_are_cues():
    # r10 hku_liver_drug
    for text in ("On Wednesday, Leung said that remark had been “a slip” and that the timeline was not realistic.",
                 "“I spoke too optimistically, and I apologise for that,” he said in a telephone interview.",
                 "“What I meant to say is that we hope to begin a first small safety study in humans within two years.”"):
        assert find_cues(text), text
    assert not find_cues("She slipped on the stairs, and the study was a slip-free success.")


def test_i_misspoke_disowns_the_speaker_s_own_words_and_goes_on_one_pair():
    # r10 cape_taxi_violence: the police spokesperson's toll is no claim of the MEC's "I misspoke"
    df = pairs("On Monday, police spokesperson Colonel Nomvula Dyantyi told News24 that nine people had been shot "
               "dead. But in a statement on Wednesday, Dyantyi said that due to an administrative error, two victims "
               "had been counted twice.\n\nThe revision came a day after Western Cape Community Safety MEC Johan "
               "Pretorius told the provincial legislature that \"14 suspects have been arrested and will appear in "
               "court this week\".\n\nOn Thursday, Pretorius said he had misspoken. Four people had been arrested, he "
               "said, while the other ten had been taken in for questioning and released.\n\n\"I misspoke in the "
               "House, and I want to correct the record,\" Pretorius told journalists outside the legislature.")
    mec = df[df.retraction_speaker == "Johan Pretorius"]
    assert len(mec) == 1, df[["claim_text", "retraction_text"]].values.tolist()
    assert "14 suspects" in mec.iloc[0].claim_text and "I misspoke in the House" in mec.iloc[0].retraction_text


def test_a_rule_that_something_must_not_be_published_negates_no_statement():
    # r10 hammerfjell_gas
    df = pairs("Norway’s Financial Supervisory Authority said it was aware of the withdrawn notice but declined to "
               "say whether it would publish an inquiry.\n\nUnder Oslo Bors rules, listed companies must disclose "
               "price-sensitive information promptly and must not publish information that is misleading.")
    assert df.empty, df[["claim_text", "retraction_text"]].values.tolist()
