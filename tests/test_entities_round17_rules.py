"""helpers.entities: rules from the round-17 articles (tests/entities_articles_round17.py, DEV since session 12), each
checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def entities(text: str) -> dict[str, str]:
    """name -> type of the entities of a story with ``text`` as its body."""
    ents = Article.from_text(f"A Story\n\nBy Staff\n\n{text}").entities
    return dict(zip(ents.name, ents.type))


def test_a_company_with_its_legal_form_and_initials_and_the_dollars_country_letters():
    # bangkokpost_suvarnabhumi_ride_hailing ("of Thailand Plc" an organisation, "AoT" a person) and
    # kwun_tong_cooked_food_centre ("HK" of "HK$40 million" an organisation)
    ents = Article.from_text("A Story\n\nBy Staff\n\nAirports of Thailand Plc (AoT) has withdrawn a notice. On Friday, AoT "
                             "said the notice was a draft. Repairs would cost more than HK$40 million, or US$5 million.").entities
    got = dict(zip(ents.name, ents.type))
    row = ents[ents.name == "Airports of Thailand Plc"]
    assert row.type.tolist() == ["ORG"] and row.mentions.tolist() == [3], ents[["name", "type", "mentions"]]
    assert not {"HK", "US", "United States", "of Thailand Plc", "AoT"} & set(got), got


def test_a_place_named_like_a_person_after_in_foreign_heads_and_plural_justices():
    # kwun_tong_cooked_food_centre ("Kwun Tong" a person), nature_antibiotic_preprint_withdrawn ("Karolinska
    # Institutet" a person), mumbai_hoardings_hc ("Justices Sunanda Phadke" a person's name)
    got = entities("The food centre in Kwun Tong will close in March. Kwun Tong residents object. Maria Lindgren works at "
                   "the Karolinska Institutet in Stockholm. A division bench of Justices Sunanda Phadke and Rohan Inamdar "
                   "heard the case.")
    assert got.get("Kwun Tong") == "GPE" and got.get("Karolinska Institutet") == "ORG", got
    assert got.get("Sunanda Phadke") == "PERSON" and "Justices Sunanda Phadke" not in got, got
