"""helpers.quotes: rules from the round-16 quotes articles (tests/data/quotes_unseen/r16-*, DEV since session 12),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def statements(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of each statement, in order."""
    q = Article.from_text(f"A Story\n\n{text}").quotes
    return list(zip(q.speaker, q.text))


def test_a_canton_its_authorities_an_anonymous_resident_and_a_described_office():
    # r16 arvenbach_rockslide_evacuation: each of these had no speaker, or "spokesperson"
    got = statements("Residents of the mountain village of Arvenbach have until Wednesday evening to leave their homes, "
                     "the cantonal authorities announced on Tuesday.\n\nThe canton said in a statement that the "
                     "evacuation order would remain in force until further notice.\n\nA resident in her seventies, who "
                     "asked not to be named, told the regional broadcaster RTR that she had lived through two "
                     "evacuations.\n\nA spokesperson for the regional tourism office said bookings for July had fallen "
                     "by about a third since May.")
    assert [s for s, _ in got] == ["cantonal authorities", "canton", "resident", "regional tourism office"], got


def test_an_inverted_speaker_with_a_relative_clause_and_the_organisation_named_before():
    # r16 owyhee_ambulance_nights ("…, says Dolores Etcheverry, who has run …" had no statement) and
    # st_helena_bay_lobster_quota ("the organisation" stayed "organisation"; "co-operatives" and "Two men who spoke
    # on condition of anonymity" no speakers)
    got = statements("There are simply not enough people left to staff it, says Dolores Etcheverry, who has run the "
                     "service for 11 years.\n\nThe delays are not new, according to Masifundise Development Trust, a "
                     "Cape Town-based organisation that works with fishing communities. On Wednesday, the organisation "
                     "posted on X that fishers had been “left to choose between breaking the law and going hungry”, "
                     "and called on the minister to extend the season.\n\nBut according to the co-operatives, not one "
                     "of the roughly 600 fishers had received a permit by Thursday.\n\nTwo men who spoke on condition of "
                     "anonymity said they had gone out at night and sold their catch for cash.")
    speakers = [s for s, _ in got]
    assert speakers[0] == "Dolores Etcheverry" and "co-operatives" in speakers and "men" in speakers, got
    assert speakers.count("Masifundise Development Trust") >= 2, got


def test_a_hyphenated_group_noun_keeps_the_plain_search_path():
    # "co-operatives" (round 16) sent every text to the group regular expression: the plain path must stay in use and
    # find what the expression finds
    from helpers.quotes import names as N

    plain, hyphenated = N._split_nouns(N.group_nouns())
    assert "co-operatives" in hyphenated and N._plain_words(plain)
    text = "Two co-operatives said it. The co-operatives' leaders and operatives agreed; ex-co-operatives too."
    assert N._group_heads(text) == [m.span() for m in N._GROUP_RE.finditer(text)]
