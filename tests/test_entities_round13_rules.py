"""helpers.entities: rules from the round-13 articles (tests/entities_articles_round13.py, DEV since session 10),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article
from helpers.entities import extract_entities


def entities(text: str) -> dict[str, tuple[str, int]]:
    res = extract_entities(Article.from_text(f"A Story\n\n{text}"))
    return {n: (t, m) for n, t, m in zip(res.entities.name, res.entities.type, res.entities.mentions)}


def test_a_legislators_party_and_home_town():
    # r13 texas_groundwater_override_bill (Texas Tribune): the town of "R-Georgetown", "D-San Antonio" is a place
    e = entities("“Water does not stop at a county line,” said state Rep. Travis Kettering, R-Georgetown, the bill’s "
                 "author. Rep. Lorena Ybarra, D-San Antonio, who voted for the bill, said her district had been "
                 "under watering restrictions.")
    assert e["Georgetown"] == ("GPE", 1) and e["San Antonio"] == ("GPE", 1), e
    assert "Antonio" not in e and "R-Georgetown" not in e


def test_a_party_before_an_mk_and_an_organisation_before_its_president():
    # r13 egypt_gas_memorandum (Times of Israel), nwc_mona_supply (Jamaica Gleaner)
    e = entities("Earlier in the week, Likud MK Tali Gorfein wrote on X that the committee had approved it. Private "
                 "Sector Organisation of Jamaica President Donovan Reid said businesses had lost sales.")
    assert e["Tali Gorfein"][0] == "PERSON" and e["Donovan Reid"][0] == "PERSON", e
    assert e["Private Sector Organisation of Jamaica"][0] == "ORG", e


def test_a_portfolio_with_and_before_the_ministers_name():
    # r13 nwc_mona_supply
    res = extract_entities(Article.from_text("A Story\n\nSpeaking yesterday, Minister of Water and Environment Winston "
                                             "Barrett said no community had been without water."))
    e = res.entities.set_index("name")
    assert e.loc["Winston Barrett", "type"] == "PERSON", e
    assert e.loc["Winston Barrett", "titles"] == ["Minister of Water and Environment"], e


def test_a_one_word_name_with_an_age_a_bracketed_short_form_and_a_union():
    # r13 weda_bay_mangrove_loss (Jakarta Post), renfrewshire_bin_strike (The Herald)
    e = entities("“Now I come home with five,” said Rusdi, 47, a fisher from Lelilef village. The North Maluku chapter "
                 "of the Indonesian Forum for the Environment (Walhi) posted drone footage. Refuse collectors will walk "
                 "out, the Unite union has confirmed. Around 180 drivers, members of Unite and the GMB, will take part.")
    assert e["Rusdi"][0] == "PERSON", e
    assert e["Indonesian Forum for the Environment"] == ("ORG", 2) and "Walhi" not in e, e
    assert e["Unite"] == ("ORG", 2), e


def test_houses_of_a_parliament():
    # r13 nwc_mona_supply: "House of Representatives" was no entity at all (nor "House of Commons")
    e = entities("Speaking in the House of Representatives yesterday afternoon, the minister said no community had "
                 "been without water. The House of Commons voted on Tuesday. Representatives of the union met.")
    assert e["House of Representatives"] == ("ORG", 1) and e["House of Commons"] == ("ORG", 1), e
    assert "Representatives" not in e


def test_a_possessive_place_name():
    # r10 waipukutahi_birthing_unit (DEV): "Hawke's Bay" was "Hawke" and "Bay"
    e = entities("The only birthing unit in northern Hawke's Bay will close for at least three months, Health New "
                 "Zealand says.")
    assert "Hawke's Bay" in e and "Hawke" not in e, e


def test_a_saints_name_after_a_place_preposition_is_a_place():
    # r13 nwc_mona_supply (Jamaica Gleaner): the parish of St Andrew; not "the feast of St Andrew"
    e = entities("More than a dozen communities in St Andrew were still without piped water. Some communities in the "
                 "hills of St Andrew were without water for five days.")
    assert e["St Andrew"] == ("GPE", 2), e
    assert entities("The feast of St Andrew falls in November.").get("St Andrew", ("",))[0] != "GPE"


def test_a_word_opening_a_sentence_and_written_in_lower_case_elsewhere_is_no_name():
    # r13 weda_bay_mangrove_loss: "Mangroves store ... carbon" (the tagger does not know "mangrove")
    e = entities("Fishers say waste has killed swaths of mangrove forest.\n\nMangroves store several times more carbon "
                 "per hectare than most tropical forests.")
    assert "Mangroves" not in e, e
    assert entities("Rusdi said the water turned red.\n\nRusdi, 47, is a fisher.")["Rusdi"][0] == "PERSON"


def test_a_companys_short_form_that_speaks_more_than_it_is_a_place():
    # r9 voltaro_bookings (DEV): "Voltaro said", "A Voltaro spokesperson" beside one "from Voltaro"
    e = entities("Electric two-wheeler startup Voltaro Mobility has clarified its orders. On Thursday, Voltaro said in a "
                 "statement that the number referred to pre-reservations. A Voltaro spokesperson said the company had "
                 "received queries. A rival denied it was in talks to acquire a stake in Voltaro.")
    assert e["Voltaro Mobility"] == ("ORG", 4) and "Voltaro" not in e, e


def test_an_arabic_al_name_after_a_place_preposition_is_a_place():
    # r9 dubai_school_fees (DEV): "a school in Al Qusais"; not a known organisation, not a person's possessive
    e = entities("The court ordered a school in Al Qusais to refund fees. He bought a stake in Al Jazeera.")
    assert e["Al Qusais"] == ("GPE", 1) and e["Al Jazeera"][0] == "ORG", e


def test_a_places_people_are_no_organisation():
    # r9 nb_er_hours (DEV): "open with New Brunswickers at every step"
    e = entities("The government had been open with New Brunswickers at every step. Londoners queued for hours.")
    assert e["New Brunswickers"][0] == "NORP" and e["Londoners"][0] == "NORP", e


def test_a_two_word_place_before_area_or_after_residents_of_and_a_cove():
    # r11 lagos_timber_market_demolition, cairns_crocodile_removals (DEV)
    e = entities("Traders at the market in the Ebute Metta area of Lagos State counted their losses. Every rainy season, "
                 "residents of Ebute Metta and Yaba are trapped in their homes. A man was bitten while swimming at "
                 "Palm Cove.")
    assert e["Ebute Metta"] == ("GPE", 2) and e["Palm Cove"] == ("GPE", 1), e
