"""Stage 5: TextBlob polarity / subjectivity with driving words, VADER, certainty."""

import math

from helpers.sentiment import certainty, score_text, sentence_scores, speaker_stats


def test_polarity_sign_and_driving_words():
    good = score_text("The new bridge is a wonderful, beautiful success.")
    bad = score_text("The response was terrible and the plan is a disaster.")
    assert good["polarity"] > 0.3 and bad["polarity"] < -0.3
    assert {"wonderful", "beautiful"} <= {w for w, _, _ in good["assessments"]}
    assert "terrible" in {w for w, _, _ in bad["assessments"]}
    neutral = score_text("The committee met on Tuesday in room four.")
    assert neutral["polarity"] == 0 and neutral["assessments"] == []


def test_negation_flips_textblob_polarity():
    assert score_text("This is not good.")["polarity"] < 0 < score_text("This is good.")["polarity"]


def test_vader_second_opinion():
    assert score_text("What a great, happy day!")["vader_compound"] > 0.5
    assert score_text("A horrible, sad and deadly attack.")["vader_compound"] < -0.5


def test_certainty_boosters_and_hedges():
    c, cues = certainty("There has been no decision whatsoever; it will clearly not happen.")
    assert c > 0.5 and {"no decision", "whatsoever", "clearly"} <= set(cues)
    h, hcues = certainty("It is possible that it might happen, though I hope it is unlikely.")
    assert h < -0.5 and {"it is possible", "might", "i hope", "unlikely"} <= {x.lower() for x in hcues}
    assert certainty("The sky is blue.") == (0.0, [])


def test_certainty_whole_words_only():
    # "may" in "mayor", "will" in "willing" are not cues
    assert certainty("The mayor was willing to talk.") == (0.0, [])


def test_speaker_stats_weighting():
    d = speaker_stats([0.8, -0.2], [0.9, 0.1], [0.5, -0.1], [1.0, -1.0], [10, 90])
    assert math.isclose(d["polarity"], 0.3)
    assert math.isclose(d["polarity_weighted"], 0.8 * 0.1 - 0.2 * 0.9)
    assert d["polarity_std"] > 0.5
    one = speaker_stats([0.4], [0.5], [0.1], [0.0], [12])
    assert one["polarity_std"] == 0.0 and math.isclose(one["polarity_weighted"], 0.4)


def test_sentence_scores_cover_every_sentence(seed):
    s = sentence_scores(seed)
    assert len(s) == len(seed.sentences)
    assert list(s.columns[:3]) == ["sentence", "polarity", "subjectivity"]
    assert s.polarity.between(-1, 1).all() and s.vader_compound.between(-1, 1).all()
    # the sentence with "an honest mistake" scores positive on TextBlob and says why
    row = s[seed.sentences.text.str.contains("honest mistake")].iloc[0]
    assert row.polarity > 0 and any("honest" in w for w, _, _ in row.assessments)


def test_quote_scores_use_the_quote_text(seed):
    q = seed.quotes
    kemp = q[(q.speaker == "Richard Kemp") & q.text.str.contains("extremely embarrassing")].iloc[0]
    assert kemp.polarity < 0 and any("extremely" in w for w, _, _ in kemp.assessments)
    esper = q[q.speaker == "Mark Esper"].iloc[0]
    assert esper.certainty > 0 and "whatsoever" in esper.certainty_cues
