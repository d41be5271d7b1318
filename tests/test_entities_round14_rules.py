"""helpers.entities: rules from the round-14 articles (tests/entities_articles_round14.py, DEV since session 11), each
checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def entities(text: str) -> dict[str, str]:
    """name -> type of the entities of a story with ``text`` as its body."""
    ents = Article.from_text(f"A Story\n\nBy Staff\n\n{text}").entities
    return dict(zip(ents.name, ents.type))


def test_a_name_whose_bracketed_short_form_spells_its_initials_and_its_later_mentions():
    # storm_gerda_wales_live: "Transport for Wales (TfW)" was no entity, "TfW" a person, "Transport" an organisation
    ents = Article.from_text("A Story\n\nBy Staff\n\nTransport for Wales (TfW) has apologised to passengers. At 06:30 "
                             "Transport for Wales posted on X that services were normal. TfW said the update was "
                             "posted in error.").entities
    row = ents[ents.name == "Transport for Wales"]
    assert row.type.tolist() == ["ORG"] and row.mentions.tolist() == [4], ents[["name", "type", "mentions"]]
    assert set(row.aliases.iloc[0]) == {"Transport for Wales", "TfW"}


def test_places_after_through_and_after_going_back_to():
    # storm_gerda_wales_live: unknown towns were organisations; not "through Castor’s antenna" (unseen_dev)
    got = entities("Drivers should use the diversion through Bangor. The train was reversed back to Pontypridd, "
                   "where passengers were put on buses. Engineers sent commands through Castor’s low-gain antenna.")
    assert got.get("Bangor") == "GPE" and got.get("Pontypridd") == "GPE" and got.get("Castor") != "GPE", got


def test_an_act_is_a_law_an_attorney_a_title_and_an_editors_note_no_acronym():
    # dublin_cost_rental_rents ("Affordable Housing Act" an organisation), inquirer_flood_control_funds ("Atty.
    # Lorna Vergara" one name with its title; "EDITOR’S NOTE:" gave the organisation "NOTE"), geoje ("HR", "LNG")
    got = entities("The Affordable Housing Act passed in 2021, said Atty. Lorna Vergara, the senator's chief of staff. "
                   "The yard builds LNG carriers, its HR manager said.\n\nEDITOR’S NOTE: An earlier version of this "
                   "story gave the wrong district.")
    assert got.get("Affordable Housing Act") == "LAW" and got.get("Lorna Vergara") == "PERSON", got
    assert not {"NOTE", "HR", "LNG", "Atty. Lorna Vergara"} & set(got), got
