"""helpers.entities: rules from the round-11 articles (tests/entities_articles_round11.py, DEV since session 9),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article
from helpers.entities import extract_entities


def entities(text: str) -> dict[str, tuple[str, int]]:
    res = extract_entities(Article.from_text(f"A Story\n\n{text}"))
    return {n: (t, m) for n, t, m in zip(res.entities.name, res.entities.type, res.entities.mentions)}


def test_a_department_named_with_its_list_of_portfolios_is_one_name():
    # r11 cairns_crocodile_removals; a list of names after one is not a portfolio list
    e = entities("The Department of Environment, Tourism, Science and Innovation said wildlife officers removed 38 "
                 "crocodiles. The Department of Health, Smith and Jones said nothing.")
    assert e["Department of Environment, Tourism, Science and Innovation"][0] == "ORG"
    assert "Department of Health" in e and "Department of Health, Smith and Jones" not in e


def test_a_body_named_for_its_field_and_its_place_opening_a_sentence():
    # r11 cairns_crocodile_removals ("Surf" opens the sentence; the name ends in a state, no person)
    e = entities("Lifeguards closed beaches 27 times. Surf Life Saving Queensland says it welcomes any measure that "
                 "keeps swimmers safe.")
    assert e["Surf Life Saving Queensland"][0] == "ORG"
    assert "Life Saving Queensland" not in e


def test_titles_alhaja_sp_and_us_attorney_and_the_us_attorney_s_office():
    # r11 lagos_timber_market_demolition, tucson_water_district_sentencing
    e = entities("The Iyaloja of the market, Alhaja Kudirat Balogun, said the traders were not given notice. The "
                 "spokesperson for the Lagos State Police Command, SP Olumide Adekanye, confirmed it. Assistant U.S. "
                 "Attorney Nadia Okafor told the court so. The U.S. Attorney's Office for the District of Arizona said "
                 "Holcomb set up a sham company.")
    for name in ("Kudirat Balogun", "Olumide Adekanye", "Nadia Okafor"):
        assert e[name][0] == "PERSON", name
    assert e["U.S. Attorney's Office for the District of Arizona"][0] == "ORG"


def test_chambers_and_houses_of_assembly_head_their_names():
    # r11 lagos_timber_market_demolition
    e = entities("According to the Lagos Chamber of Commerce and Industry, the timber trade employs 150,000 people. "
                 "The lawmaker sits in the Lagos State House of Assembly.")
    assert e["Lagos Chamber of Commerce and Industry"][0] == "ORG"
    assert e["Lagos State House of Assembly"][0] == "ORG"


def test_places_after_residents_of_and_port_towns():
    # r11 karachi_heatwave_schools, cairns_crocodile_removals
    e = entities("Residents of Korangi, Landhi and Malir said they were paying more. Schools in Clifton and "
                 "Gulshan-i-Iqbal forwarded it. Beaches between Cairns and Port Douglas closed; the Port Authority "
                 "said so.")
    for name in ("Korangi", "Landhi", "Malir", "Gulshan-i-Iqbal", "Port Douglas"):
        assert e[name][0] == "GPE", name
    assert e["Port Authority"][0] == "ORG"


def test_time_zones_and_languages_are_no_organisations():
    # r11 nuvio_orbit_glasses
    e = entities("Correction, February 20th, 2:10PM ET: the glasses translate Mandarin, Tagalog and Urdu offline.")
    assert "ET" not in e
    assert {e[k][0] for k in ("Mandarin", "Tagalog", "Urdu")} == {"NORP"}


def test_a_club_after_side_is_an_organisation_everywhere():
    # r11 ashbourne_transfer_video
    e = entities("The transfer from Belgian side Royal Lierbeek is still being negotiated. Royal Lierbeek were less "
                 "forgiving. On the other side John Smith waved.")
    assert e["Royal Lierbeek"] == ("ORG", 2)
    assert e["John Smith"][0] == "PERSON"
