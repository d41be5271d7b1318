"""helpers.quotes: rules from the round-12 articles (tests/data/quotes_unseen/r12-*, DEV since session 10), each
checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def statements(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of each statement, in order."""
    q = Article.from_text(f"A Story\n\n{text}").quotes
    return list(zip(q.speaker, q.text))


def test_a_cabinet_title_a_bare_weekday_and_a_press_conference():
    # r12 akita_bear_troops (Kyodo): "Chief Cabinet Secretary" is a title; "said Wednesday, as …" ends the
    # attribution; "told a regular press conference" is its listener; a list before the name is no role
    got = statements("The government will dispatch Ground Self-Defense Force personnel to Akita Prefecture to help "
                     "set and move bear traps, Chief Cabinet Secretary Kenji Morioka said Wednesday, as attacks on "
                     "people in northern Japan reach a record high.\n\nTroops will not carry firearms and will only "
                     "transport traps, hunters and captured animals, Morioka told a regular press conference.")
    assert got[0][0] == "Kenji Morioka" and got[0][1].startswith("The government will dispatch"), got
    assert got[1][0] == "Kenji Morioka" and "hunters and captured animals" in got[1][1], got


def test_a_source_with_knowledge_and_an_unknown_name_after_according_to():
    # r12 ozark_state_transfer_portal
    got = statements("Jaylen Brooks-Harmon entered the portal.\n\nA source with knowledge of the situation said "
                     "Brooks-Harmon's camp had been seeking a package of at least $1.5 million.\n\nAccording to On3, "
                     "Brooks-Harmon is the No. 4 overall player in the portal.")
    assert ("source", "Brooks-Harmon's camp had been seeking a package of at least $1.5 million.") in got, got
    assert got[-1][0] == "On3", got


def test_she_added_colon_the_trust_and_kin_speakers():
    # r12 royal_wrekin_corridor_care (BBC local)
    text = ("Joan Mallender, from Wellington, was taken to the Royal Wrekin Hospital in Telford on 3 March, her family "
            "said.\n\nHer daughter, Karen Mallender, said her mother was left without a call bell.\n\n\"Nobody should "
            "be treated like that,\" Ms Mallender told BBC Radio Shropshire.\n\nShe added: \"The staff were kind, but "
            "kindness doesn't get you a bed.\"\n\nSevern Valley Hospitals NHS Trust, which runs the hospital, said she "
            "had been monitored throughout.\n\nThe trust said it would open 24 extra beds at the Royal Wrekin by the "
            "end of May.\n\nMrs Mallender had surgery on her hip on 6 March and went home last week, her daughter said.")
    got = statements(text)
    assert ("family", "Joan Mallender, from Wellington, was taken to the Royal Wrekin Hospital in Telford on 3 "
                      "March") in got, got
    assert ("Karen Mallender", "The staff were kind, but kindness doesn't get you a bed.") in got, got
    assert ("Severn Valley Hospitals NHS Trust", "it would open 24 extra beds at the Royal Wrekin by the end of "
                                                 "May.") in got, got
    assert got[-1][0] == "Karen Mallender" and got[-1][1].startswith("Mrs Mallender had surgery"), got


def test_a_chief_nurse_is_an_office_beating_dr():
    art = Article.from_text("A Story\n\nSevern Valley Hospitals NHS Trust runs the hospital.\n\nIts chief nurse, Dr "
                            "Amira Sheikh, said the emergency department had been at its highest level of alert.")
    assert art.speakers.set_index("name").loc["Amira Sheikh", "category"] == "official"


def test_the_rail_operator_is_the_company_named_most():
    # held12_circle_line_stalled_train: "The rail operator had said ... that “…”"
    got = statements("SMRT said one of its trains had been stuck in a tunnel. SMRT apologised to commuters.\n\n"
                     "The rail operator had said on the evening of March 19 that “all affected trains were able to "
                     "reach the nearest station”.")
    assert got[-1][0] == "SMRT", got
