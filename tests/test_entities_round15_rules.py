"""helpers.entities: rules from the round-15 articles (tests/entities_articles_round15.py, DEV since session 12), each
checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def entities(text: str) -> dict[str, str]:
    """name -> type of the entities of a story with ``text`` as its body."""
    ents = Article.from_text(f"A Story\n\nBy Staff\n\n{text}").entities
    return dict(zip(ents.name, ents.type))


def test_a_preposition_opening_a_sentence_opens_no_name():
    # ap_colorado_measles_count ("In Weld County") and merimbula_oyster_closures ("For Mei Ling Tran")
    got = entities("The outbreak began in Larimer County. In Weld County, a commissioner's remarks caused confusion. "
                   "For Mei Ling Tran, who runs a smaller lease with her husband, the closures have meant selling a "
                   "boat.")
    assert got.get("Weld County") == "GPE" and got.get("Mei Ling Tran") == "PERSON", got
    assert not {"In Weld County", "For Mei Ling Tran"} & set(got), got


def test_a_field_and_its_place_described_as_a_body_and_labour_as_a_field():
    # merimbula_oyster_closures ("Australia" a place), dhaka_garment_wage_protests ("Labour" the party)
    got = entities("Oysters Australia, the national industry body, says the south coast produces a fifth of the "
                   "state's rock oysters. Labour rights groups say the crackdown on protests has intensified.")
    assert got.get("Oysters Australia") == "ORG" and "Australia" not in got and "Labour" not in got, got


def test_a_companys_place_word_short_form_and_a_routes_two_ends():
    # nikkei_hakuryo_kumamoto_plant ("Formosa" a place), dhaka and gurugram ("Dhaka-Tangail" an organisation), and
    # "Sector 56" (gurugram: "Sector" a place)
    ents = Article.from_text("A Story\n\nBy Staff\n\nTaiwan's Formosa Power Devices said it saw no reason to change its "
                             "plans. A Formosa executive who asked not to be named disagreed. Formosa's shares rose "
                             "0.8%. Workers blocked the Dhaka-Tangail highway near Sector 56 on Tuesday.").entities
    row = ents[ents.name == "Formosa Power Devices"]
    assert row.type.tolist() == ["ORG"] and row.mentions.tolist() == [3], ents[["name", "type", "mentions"]]
    got = dict(zip(ents.name, ents.type))
    assert got.get("Dhaka") == "GPE" and got.get("Tangail") == "GPE" and got.get("Sector 56") == "GPE", got
    assert "Formosa" not in got and "Dhaka-Tangail" not in got, got
