"""helpers.entities: rules from the round-8 articles (tests/entities_articles_round8.py, DEV since session 7),
each checked on the article's own sentences."""

from __future__ import annotations

from helpers.article import Article
from helpers.entities import extract_entities


def ents(text: str, headline: str = "A Story"):
    art = Article.from_text(f"{headline}\n\n{text}")
    return art, extract_entities(art)


def by_name(res) -> dict:
    return {r.name: r for r in res.entities.itertuples()}


def test_capitalised_first_word_of_a_lede_is_title_cased():
    # r8 manila_bank_merger: newspaper style "LUZON Commerce Bank (LCB) and ..."
    art, res = ents("LUZON Commerce Bank (LCB) and Pacifica Savings Bank have agreed to merge.\n\n"
                    "LCB will be the surviving entity, LCB said.",
                    headline="Luzon Commerce Bank, Pacifica Savings to merge")
    e = by_name(res)
    assert "LUZON Commerce Bank" not in e
    assert e["Luzon Commerce Bank"].type == "ORG" and e["Luzon Commerce Bank"].mentions == 4
    # an acronym opening a name stays as written
    art, res = ents("NASA Goddard Space Flight Center said on Monday that NASA would launch it.")
    assert "Nasa Goddard Space Flight Center" not in by_name(res)
