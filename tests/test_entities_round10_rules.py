"""helpers.entities: rules from the round-10 articles (tests/entities_articles_round10.py, DEV since session 9),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article
from helpers.entities import extract_entities


def result(text: str):
    return extract_entities(Article.from_text(f"A Story\n\n{text}"))


def mentions(text: str) -> set[tuple[str, str]]:
    res = result(text)
    return set(zip(res.mentions.text, res.mentions.type))


def entities(text: str) -> dict[str, tuple[str, int]]:
    res = result(text)
    return {n: (t, m) for n, t, m in zip(res.entities.name, res.entities.type, res.entities.mentions)}


def test_romanised_hyphenated_given_names_stay_whole():
    # r10 hku_liver_drug
    e = entities("Speaking at a press conference on Tuesday, the lead researcher, Professor Leung Ka-wai, said it "
                 "worked. Dr Chan Wing-sze, a hepatologist at the Chinese University of Hong Kong, disagreed with "
                 "Leung. The Washington-based group said nothing.")
    assert e["Leung Ka-wai"] == ("PERSON", 2)
    assert e["Chan Wing-sze"] == ("PERSON", 1)
    assert e["Washington"][0] == "GPE"  # an ordinary hyphenated word is still split


def test_mec_is_a_title():
    # r10 cape_taxi_violence
    m = mentions("The revision came a day after Western Cape Community Safety MEC Johan Pretorius told the "
                 "provincial legislature that 14 suspects had been arrested.")
    assert ("Johan Pretorius", "PERSON") in m


def test_a_name_ending_in_a_place_is_an_organisation_and_its_short_form_joins_it():
    # r10 waipukutahi_birthing_unit
    e = entities("The only birthing unit will close for at least three months, Health New Zealand says. "
                 "Health NZ's Hawke's Bay director of operations, Ripeka Walker, says the decision was not made "
                 "lightly. Walker says women will be offered a planned birth. Health NZ says it has received the offer.")
    assert e["Health New Zealand"] == ("ORG", 3)
    assert e["Ripeka Walker"] == ("PERSON", 2)


def test_a_sentence_opening_word_is_a_given_name_when_an_appositive_describes_a_person():
    # r10 waipukutahi_birthing_unit: "Tame" (an adjective) opens a name; "Midwife" (a noun) does not
    e = entities("Local iwi have offered to help. Tame Kaipara, chair of Te Rūnanga o Ngāti Pūraho, says the "
                 "rūnanga has offered a house. Midwife Huia Tomoana, who has worked at the unit for 22 years, says "
                 "the closure was a long time coming.")
    assert e["Tame Kaipara"][0] == "PERSON"
    assert e["Huia Tomoana"][0] == "PERSON"
    assert "Midwife Huia Tomoana" not in e and "Kaipara" not in e


def test_a_short_form_in_brackets_joins_its_organisation_before_the_gazetteer():
    # r10 cape_taxi_violence ("Cameta" is also a Brazilian town), queretaro_water_rationing ("Conagua")
    e = entities("The Cape Metro Taxi Association (Cameta) has denied claims by the City of Cape Town that its "
                 "members blocked roads. Cameta chairperson Mzoli Ntshona said drivers were afraid. According to "
                 "the National Water Commission (Conagua), 14 municipalities are in drought.")
    assert e["Cape Metro Taxi Association"] == ("ORG", 3)
    assert e["National Water Commission"] == ("ORG", 2)
    assert e["City of Cape Town"] == ("GPE", 1)
    assert "Cameta" not in e and "Conagua" not in e


def test_a_title_for_a_seat_names_no_person():
    # r10 transpennine_treasury_row
    e = entities("Priya Dhaliwal, the MP for Dewsbury North, said she and about 30 colleagues had signed a letter. "
                 "The Treasury said it did not comment.")
    assert e["Priya Dhaliwal"][0] == "PERSON"
    assert e["Dewsbury North"][0] == "GPE"
    assert e["Treasury"][0] == "ORG"
    assert not any(n.startswith("for ") for n in e)


def test_storms_outlets_with_digits_and_advocates():
    # r10 waipukutahi_birthing_unit, cape_taxi_violence; r9 dubai_school_fees ("Advocate")
    e = entities("The coast road was closed for 11 days after Cyclone Gabrielle in 2023. Police told News24 that "
                 "nine people had died. Advocate Khalid Al Mansoori, who represented the school, said so.")
    assert e["Cyclone Gabrielle"][0] == "EVENT"
    assert e["News24"][0] == "ORG"
    assert e["Khalid Al Mansoori"][0] == "PERSON"
