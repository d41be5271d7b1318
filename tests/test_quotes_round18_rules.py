"""helpers.quotes and helpers.entities: rules from the round-18 quotes articles (tests/data/quotes_unseen/r18-*, DEV
since session 12), each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def statements(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of each statement, in order."""
    q = Article.from_text(f"A Story\n\n{text}").quotes
    return list(zip(q.speaker, q.text))


def test_a_given_name_opening_the_story_and_its_speaker():
    # r18 cbc_dartmouth_renovictions: "Donna" (no given name of the list) was dropped, "Boutilier" an organisation
    art = Article.from_text("A Story\n\nDonna Boutilier has lived in her apartment on Victoria Road in Dartmouth for 19 "
                            "years.\n\n\"I read it three times before I understood it,\" said Boutilier, 71.")
    assert dict(zip(art.entities.name, art.entities.type)).get("Donna Boutilier") == "PERSON", art.entities
    assert art.quotes.speaker.tolist() == ["Donna Boutilier"], art.quotes


def test_a_day_of_the_month_after_the_weekday_the_consortium_and_a_drivers_route():
    # r18 recife_bus_fare: "announced on Tuesday (18)." and "the consortium said" had no speaker; "A driver on the line
    # between Recife and Olinda, who asked not to be identified …, said" was "Olinda"
    got = statements("The standard bus fare will rise from R$4.30 to R$4.90 on December 1, the Grande Recife Transport "
                     "Consortium announced on Tuesday (18).\n\nIn a note, the consortium said the new fare reflected the "
                     "real cost of operating the system.\n\nA driver on the line between Recife and Olinda, who asked not "
                     "to be identified for fear of losing his job, said some of the vehicles on his route were more than "
                     "ten years old.")
    assert [s for s, _ in got] == ["Grande Recife Transport Consortium", "Grande Recife Transport Consortium",
                                   "driver"], got
