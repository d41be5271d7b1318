"""helpers.entities and helpers.segment: rules from the round-18 articles (tests/entities_articles_round18.py, DEV since
session 12), each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article
from helpers.segment import segment


def entities(text: str) -> dict[str, str]:
    """name -> type of the entities of a story with ``text`` as its body."""
    ents = Article.from_text(f"A Story\n\nBy Staff\n\n{text}").entities
    return dict(zip(ents.name, ents.type))


def test_a_body_after_the_opening_the_a_preposition_parties_and_a_councillors_title():
    # yonhap_jeonse_loans ("The Financial Services Commission"), cbc_dartmouth_renovictions ("Under Nova Scotia",
    # "Coun" an organisation), irishexaminer_tillage_scheme ("Sinn Féin" a person)
    got = entities("The Financial Services Commission said on Wednesday it would extend the program. Under Nova Scotia's "
                   "Residential Tenancies Act, a landlord can end a tenancy. Coun. Sam Austin said the city was watching. "
                   "Sinn Féin agriculture spokesperson Claire Dunne disagreed.")
    assert got.get("Financial Services Commission") == "ORG" and got.get("Nova Scotia") == "GPE", got
    assert got.get("Sam Austin") == "PERSON" and got.get("Sinn Féin") == "ORG", got
    assert not {"The Financial Services Commission", "Under Nova Scotia", "Coun"} & set(got), got
    # (an Irish "An" still opens its name; a newspaper keeps its "The")
    got = entities("An Coimisiún Pleanála has refused permission. The Guardian reported the decision.")
    assert "An Coimisiún Pleanála" in got, got


def test_a_date_with_a_comma_after_the_month_and_an_about_the_author_box():
    # irishexaminer_tillage_scheme ("Thu, 20 Nov, 2025 - 18:00" joined to the byline: "Ciara Sheehan Thu"), CBC's
    # "ABOUT THE AUTHOR" box in the body
    seg = segment("Tillage scheme deadline extended\n\nCiara Sheehan\nThu, 20 Nov, 2025 - 18:00\n\nThe minister has "
                  "extended the closing date for the scheme by two weeks.\n\nABOUT THE AUTHOR Emma Gillis is a reporter "
                  "with CBC Nova Scotia.")
    assert (seg.byline, seg.date) == ("Ciara Sheehan", "Thu, 20 Nov, 2025 - 18:00"), seg
    assert len(seg.paragraphs) == 1, seg.paragraphs
