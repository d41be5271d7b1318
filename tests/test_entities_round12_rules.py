"""helpers.entities: rules from the round-12 articles (tests/entities_articles_round12.py, DEV since session 10),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article
from helpers.entities import extract_entities


def entities(text: str) -> dict[str, tuple[str, int]]:
    res = extract_entities(Article.from_text(f"A Story\n\n{text}"))
    return {n: (t, m) for n, t, m in zip(res.entities.name, res.entities.type, res.entities.mentions)}


def test_a_cabinet_title_and_a_prefecture_with_its_short_form():
    # r12 akita_bear_troops: "Morioka" (also a city) is the Chief Cabinet Secretary
    e = entities("Troops will go to Akita Prefecture, Chief Cabinet Secretary Kenji Morioka said. In Akita alone, "
                 "bears have injured 56 people. Morioka told a press conference the troops would not carry guns.")
    assert e["Kenji Morioka"] == ("PERSON", 2), e
    assert e["Akita Prefecture"] == ("GPE", 2), e
    assert "Morioka" not in e and "Akita" not in e


def test_a_titles_portfolio_before_a_name_and_a_full_date():
    # r12 circle_line_stalled_train (Straits Times): "for Transport" is the title's, "Mar 20, 2025" a date
    e = entities("Published Mar 20, 2025, 06:15 PM\n\nSpeaking to reporters on March 19, Senior Minister of State for "
                 "Transport Ong Kah Seng said the line had improved. On March 20, a spokeswoman said Mr Ong had "
                 "misspoken. The operator's statement was dated Mar 20, 2025, at 9pm.")
    assert e["Ong Kah Seng"] == ("PERSON", 2), e
    assert not any(n.startswith(("Transport", "Updated")) for n in e), e


def test_an_organisation_named_without_its_head_word():
    # r12 royal_wrekin_corridor_care: "Royal Wrekin" is the hospital, no person
    e = entities("She was taken to the Royal Wrekin Hospital in Telford. Constituents contact me every week about "
                 "waits at the Royal Wrekin, the MP said. The trust will open 24 beds at the Royal Wrekin.")
    assert e["Royal Wrekin Hospital"] == ("ORG", 3), e
    assert "Royal Wrekin" not in e


def test_no_gender_from_a_pronoun_inside_a_quotation():
    # r12 ozark_state_transfer_portal: "His mother, Tonya Harmon, … “He's going to take his time,” she said"
    res = extract_entities(Article.from_text("A Story\n\nHis mother, Tonya Harmon, said the family would take visits."
                                             "\n\n\"He's going to take his time,\" she said."))
    e = res.entities.set_index("name")
    assert e.loc["Tonya Harmon", "gender"] == "F", e


def test_a_name_followed_by_which_is_no_person():
    # r12 royal_wrekin_corridor_care
    e = entities("Healthwatch Shropshire, which represents patients, said it had received 63 complaints.")
    assert e["Healthwatch Shropshire"][0] == "ORG", e


def test_a_surnames_honorific_tells_mother_from_daughter():
    # r12 royal_wrekin_corridor_care: "Ms Mallender" is the daughter, "Mrs Mallender" her mother
    e = entities("Joan Mallender, from Wellington, was taken to hospital, her family said. Her daughter, Karen "
                 "Mallender, said her mother was left without a call bell. Ms Mallender told BBC Radio Shropshire she "
                 "was angry. The trust said Mrs Mallender had been monitored. Ms Mallender wrote a Facebook post. "
                 "Mrs Mallender went home last week.")
    assert e["Joan Mallender"] == ("PERSON", 3) and e["Karen Mallender"] == ("PERSON", 3), e


def test_x_the_social_network():
    # r12 ozark_state_transfer_portal, akita_bear_troops
    e = entities("Dre Whitlow posted a broken-heart emoji on X minutes after the announcement. The mayor's X handle "
                 "was silent.")
    assert e["X"] == ("ORG", 2), e


def test_stations_are_facilities_and_a_plural_possessive_opens_a_party():
    # r12 circle_line_stalled_train: "near Paya Lebar station" is no person; "Workers’ Party MP Gerald Tan"
    e = entities("The line had a disruption near Paya Lebar station in October 2023.\n\nWorkers’ Party MP Gerald Tan "
                 "Jun Hao said he disagreed with the ministry’s view.")
    assert "Paya Lebar" not in e or e["Paya Lebar"][0] not in ("PERSON", "ORG", "GPE"), e
    assert e["Workers’ Party"][0] == "ORG" and e["Gerald Tan Jun Hao"][0] == "PERSON", e


def test_a_council_named_for_two_places():
    # r12 royal_wrekin_corridor_care: "Telford and Wrekin Council" was "Telford" and "Wrekin Council"
    e = entities("The trust was working with Telford and Wrekin Council to speed up discharges.")
    assert e == {"Telford and Wrekin Council": ("ORG", 1)}, e
