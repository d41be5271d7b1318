"""helpers.entities: session-11 rules from the round-13 articles (tests/entities_articles_round13.py, DEV since session
10), each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def entities(text: str):
    return Article.from_text(f"A Story\n\nBy Staff\n\n{text}").entities


def test_two_fields_and_a_head_a_bill_with_its_number_and_an_exchange():
    # sahra_logistics_ipo ("The Securities and Commodities Authority" gave "Commodities Authority"; the exchange's
    # bracketed short form), texas_groundwater_override_bill ("House Bill 2417" an organisation "House Bill")
    ents = entities("The Securities and Commodities Authority approved the listing on the Abu Dhabi Securities "
                    "Exchange (ADX) on Monday. Shares on ADX rose.\n\nThe committee sent House Bill 2417 to the floor.")
    got = dict(zip(ents.name, ents.type))
    assert got.get("Securities and Commodities Authority") == "ORG" and "Commodities Authority" not in got, got
    assert got.get("House Bill 2417") == "LAW" and "2417" not in got and "House Bill" not in got, got
    row = ents[ents.name == "Abu Dhabi Securities Exchange"]
    assert row.mentions.tolist() == [3], ents[["name", "mentions"]]


def test_an_organisations_last_words_name_it_again():
    # egypt_gas_memorandum: "the Economic Affairs Committee" after the "Knesset Economic Affairs Committee"
    ents = entities("The Knesset Economic Affairs Committee met on Monday. Later, the Economic Affairs Committee "
                    "approved the export quota.")
    row = ents[ents.name == "Knesset Economic Affairs Committee"]
    assert row.mentions.tolist() == [2] and "Economic Affairs Committee" not in ents.name.tolist(), ents[["name", "mentions"]]
