"""helpers.quotes: rules from the round-11 articles (tests/data/quotes_unseen/r11-*, DEV since session 9), each
checked on the article's own sentences (each failed before its rule; the last, which passed on its own before,
guards the rule in the whole article, where it failed)."""

from __future__ import annotations

from helpers.article import Article


def statements(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of each statement, in order."""
    q = Article.from_text(f"A Story\n\n{text}").quotes
    return list(zip(q.speaker, q.text))


def test_a_source_who_gave_his_name_only_as():
    # r11 lagos_timber_market_demolition
    got = statements("Mr Babatunde Olaniyan visited the site. A timber dealer, who gave his name only as Chinedu, said "
                     "he lost planks worth about N4.5m.")
    assert ("Chinedu", "he lost planks worth about N4.5m.") in got, got


def test_a_person_familiar_with_the_investigation_speaks_after_a_long_appositive():
    # r11 tucson_water_district_sentencing (AP style)
    got = statements("Mr John Holcomb was sentenced on Monday. A person familiar with the investigation, who spoke on "
                     "condition of anonymity because they were not authorized to discuss it publicly, said federal "
                     "agents were also reviewing contracts Holcomb signed.")
    assert got and got[-1][0] == "person" and got[-1][1].startswith("federal agents"), got


def test_a_capitalised_speech_verb_inside_a_name_and_a_role_opened_by_but():
    # r11 lagos_timber_market_demolition: "State" is no verb; "But the ... Commissioner ..., Mr X, said"
    art = Article.from_text("A Story\n\nBut the Lagos State Commissioner for the Environment and Water Resources, Mr "
                            "Babatunde Olaniyan, said the traders had been served several notices since last year.")
    q, s = art.quotes, art.speakers
    assert list(zip(q.speaker, q.text)) == [("Babatunde Olaniyan", "the traders had been served several notices "
                                                                   "since last year.")]
    assert s.set_index("name").loc["Babatunde Olaniyan", "category"] == "official"


def test_according_to_x_with_a_figure_and_what_qualifies_it():
    # r11 lagos_timber_market_demolition: ", the timber trade ... 150,000 people, many of them ..." is what was said
    got = statements("Mr Yusuf Adegbite spoke. According to the Lagos Chamber of Commerce and Industry, the timber trade "
                     "in Lagos employs about 150,000 people, many of them in markets along the lagoon.")
    assert got[-1] == ("Lagos Chamber of Commerce and Industry", "the timber trade in Lagos employs about 150,000 "
                       "people, many of them in markets along the lagoon."), got


def test_saying_after_a_main_clause_is_what_was_said_by_its_subject():
    # r11 tucson_water_district_sentencing
    got = statements("Assistant U.S. Attorney Nadia Okafor told the court that Holcomb had kept the books himself. She "
                     "asked for a sentence of eight years, saying the district's customers had paid for the theft twice.")
    assert ("Nadia Okafor", "the district's customers had paid for the theft twice.") in got, got


def test_a_hyphenated_description_of_the_company_named_before():
    # r10 hammerfjell_gas (read with round 11): "The Oslo-listed company said" is Nordvik Energi ASA
    got = statements("Nordvik Energi ASA withdrew a statement on Tuesday, saying the notice had been released by "
                     "mistake.\n\nThe Oslo-listed company said in a stock exchange notice on Tuesday that production "
                     "at Hammerfjell would be restored from Thursday.")
    assert got[-1][0] == "Nordvik Energi ASA", got


def test_he_in_a_relative_clause_is_the_person_named_first_in_his_sentence():
    # r9 voltaro_bookings (read with round 11): not the spokesperson of the sentence before
    got = statements("A Voltaro spokesperson said the company had received \"several queries\" from investors and "
                     "dealers after the release and had decided to set the record straight.\n\nSeparately, founder "
                     "and chief executive Arjun Venkatraman deleted a post on X in which he had said that deliveries "
                     "of the V1 would \"begin in Pune and Hyderabad on March 15\".")
    assert got[-1][0] == "Arjun Venkatraman", got
