"""helpers.entities: rules from the round-9 articles (tests/entities_articles_round9.py, DEV since session 8),
each checked on the article's own sentences."""

from __future__ import annotations

from helpers.article import Article
from helpers.entities import extract_entities


def mentions(text: str) -> set[tuple[str, str]]:
    res = extract_entities(Article.from_text(f"A Story\n\n{text}"))
    return set(zip(res.mentions.text, res.mentions.type))


def test_currency_letters_before_an_amount_are_no_organisation():
    # r9 accra_medicine_importers ("GH₵85"), voltaro_bookings ("Rs 499", "Rs 1,800 crore")
    m = mentions("A pack that sold for GH₵85 in January now costs GH₵128. A refundable amount of Rs 499 was "
                 "paid, and the offer could raise up to Rs. 1,800 crore. Rs Kumar said so.")
    assert not {t for t, _ in m} & {"GH", "Rs"}
    assert ("Rs Kumar", "PERSON") in m  # a name, not an amount


def test_a_state_written_without_iso_diacritics():
    # r9 voltaro_bookings: pycountry writes "Tamil Nādu"; news writes "Tamil Nadu"
    m = mentions("Voltaro's factory in Hosur, Tamil Nadu, currently has capacity to make about 18,000 scooters.")
    assert ("Tamil Nadu", "GPE") in m


def test_securities_and_exchange_board_is_one_name():
    # r9 voltaro_bookings: a lone head word ("Securities") is no organisation before "and"
    m = mentions("Voltaro filed its draft prospectus with the Securities and Exchange Board of India (Sebi).")
    assert ("Securities and Exchange Board of India", "ORG") in m
    assert ("Securities", "ORG") not in m


def test_hyphenated_place_name_with_particles_stays_whole():
    # r9 nb_er_hours: "Rivière-des-Hérons" (not "Rivière" and "Hérons"); "Washington-based" still splits
    m = mentions("The emergency department at Rivière-des-Hérons Community Hospital has been closed. "
                 "Mayor Josée Landry of Rivière-des-Hérons said residents had been driving more than an hour. "
                 "A Washington-based analyst agreed.")
    assert ("Rivière-des-Hérons", "GPE") in m
    assert not {t for t, _ in m} & {"Rivière", "Hérons"}
    assert ("Washington", "GPE") in m


def test_a_company_with_a_legal_form_is_an_organisation():
    # r9 oberweiler_wind_vote: "Hessenwind Projekt GmbH" looked like a person's two names and a surname
    m = mentions("Voters rejected leasing the forest to the Frankfurt-based developer Hessenwind Projekt GmbH.")
    assert ("Hessenwind Projekt GmbH", "ORG") in m
