"""helpers.entities: rules from the round-16 articles (tests/entities_articles_round16.py, DEV since session 12), each
checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def entities(text: str) -> dict[str, str]:
    """name -> type of the entities of a story with ``text`` as its body."""
    ents = Article.from_text(f"A Story\n\nBy Staff\n\n{text}").entities
    return dict(zip(ents.name, ents.type))


def test_a_department_named_for_a_list_of_portfolios_a_co_operative_and_plural_roles():
    # st_helena_bay_lobster_quota ("Department of Forestry" and "DFFE" apart; "… Fishing Co"), owyhee_ambulance_nights
    # ("EMTs Dolores Etcheverry" a person, "EMTs" an organisation)
    ents = Article.from_text("A Story\n\nBy Staff\n\nThe Department of Forestry, Fisheries and the Environment (DFFE) "
                             "said permits would be issued. A DFFE official said the upgrade ran late. Magdalena Fortuin "
                             "chairs the Sandy Point Small-Scale Fishing Co-operative. Volunteer EMTs Dolores "
                             "Etcheverry and Kyle Mendiola check supplies, and the county pays stipends to EMTs who "
                             "cover nights.").entities
    got = dict(zip(ents.name, ents.type))
    row = ents[ents.name == "Department of Forestry, Fisheries and the Environment"]
    assert row.type.tolist() == ["ORG"] and row.mentions.tolist() == [3], ents[["name", "type", "mentions"]]
    assert got.get("Sandy Point Small-Scale Fishing Co-operative") == "ORG" and got.get("Dolores Etcheverry") == "PERSON"
    assert not {"EMTs", "EMTs Dolores Etcheverry", "Department of Forestry"} & set(got), got


def test_regional_peoples_towns_before_a_state_and_state_abbreviations():
    # flightglobal_cordillera_neo_groundings ("Latin American" a person), globe_prairie_harvest_brandon ("Grand Forks"
    # and "N.D." organisations)
    got = entities("Latin American carriers face delays. The company runs a plant in Grand Forks, N.D., and one in "
                   "Mountain Home, Idaho.")
    assert got.get("Latin American") == "NORP" and got.get("Grand Forks") == "GPE", got
    assert got.get("North Dakota") == "GPE" and got.get("Mountain Home") == "GPE" and "N.D." not in got, got
