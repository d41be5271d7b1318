"""helpers.quotes: rules from the round-15 quotes articles (tests/data/quotes_unseen/r15-*, DEV since session 12),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def _article(text: str) -> Article:
    return Article.from_text(f"A Story\n\n{text}")


def statements(text: str) -> list[tuple[str, str, str]]:
    """(speaker, category, text) of each statement, in order."""
    q = _article(text).quotes
    return list(zip(q.speaker, q.speaker_category, q.text))


def test_unnamed_officials_and_staff_speak_for_their_institution():
    # r15 dhaka_garment_wage_protests ("official", a BGMEA board member missed) and gurugram_monsoon_waterlogging
    # ("officials")
    got = statements("The Bangladesh Garment Manufacturers and Exporters Association (BGMEA), which represents "
                     "factory owners, said in a statement that a rise of the size unions demand would make factories "
                     "uncompetitive.\n\nA BGMEA board member, speaking on condition of anonymity because the talks "
                     "were ongoing, told Al Jazeera that owners could raise their offer to 12 percent but not further."
                     "\n\nA police official in Gazipur, who did not want to be named, said 19 people had been "
                     "detained.\n\nOfficials of the Gurugram Metropolitan Development Authority (GMDA) said the master "
                     "stormwater drains had been desilted in June.")
    assert [(s, c) for s, c, _ in got] == [
        ("Bangladesh Garment Manufacturers and Exporters Association", "official"),
        ("Bangladesh Garment Manufacturers and Exporters Association", "official"),
        ("police", "official"), ("Gurugram Metropolitan Development Authority", "official")], got


def test_the_ministry_after_the_labour_ministry_and_the_police_an_official_force():
    # r15 dhaka_garment_wage_protests: "the ministry" stayed "ministry"; "Police said" was a group
    got = statements("The labour ministry said the minimum wage board would meet again on Thursday. In a post on its "
                     "official Facebook page, the ministry urged workers to “return to work and keep faith in the "
                     "negotiation process”.\n\nPolice said officers had acted after protesters set fire to two buses.")
    assert [(s, c) for s, c, _ in got] == [("labour ministry", "official"), ("labour ministry", "official"),
                                           ("police", "official")], got


def test_appositives_with_a_bracket_a_machine_operator_and_a_grower():
    # r15 gurugram_monsoon_waterlogging (a bracket ended the appositive: both "other"), dhaka ("operator" made the
    # sewing machine operator an official), merimbula_oyster_closures (no speaker for "One grower")
    got = statements("Rakesh Yadav, president of the Sector 56 residents' welfare association (RWA), said the problem "
                     "returned every monsoon.\n\n\"We removed more than 1,200 tonnes of silt,\" said Arun Malik, chief "
                     "engineer (stormwater), GMDA.\n\nShahida Akter, a 27-year-old sewing machine operator, told Al "
                     "Jazeera that she had worked at the same factory for six years.\n\nOne grower, who asked not to "
                     "be named because he holds a council contract for other work, says the upgrade “has been two "
                     "years away for the last 10 years”.")
    assert [(s, c) for s, c, _ in got] == [("Rakesh Yadav", "official"), ("Arun Malik", "official"),
                                           ("Shahida Akter", "other"), ("grower", "other")], got


def test_a_place_opening_a_group_keeps_its_capital():
    # r15 gurugram_monsoon_waterlogging: "gurugram traffic police"
    got = statements("Heavy rain flooded the city on Monday.\n\nGurugram traffic police said vehicles were diverted "
                     "from Golf Course Road to the Southern Peripheral Road.")
    assert got[-1][:2] == ("Gurugram traffic police", "official"), got
