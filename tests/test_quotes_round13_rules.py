"""helpers.quotes: rules from the round-13 articles (tests/data/quotes_unseen/r13-*, DEV since session 10), each
checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def statements(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of each statement, in order."""
    q = Article.from_text(f"A Story\n\n{text}").quotes
    return list(zip(q.speaker, q.text))


def test_a_legislator_who_voted_no_warned_and_a_lobbyist_for_one_of_the_companies():
    # r13 texas_groundwater_override_bill: "no," is no determiner of "warned"; "for one of the ..." post-modifier
    got = statements("Rep. Wade Hollister, R-Giddings, one of three members who voted no, warned that the bill would set "
                     "off years of lawsuits between cities and landowners.\n\nA lobbyist for one of the large water "
                     "marketing companies, who requested anonymity because the company has not taken a public position, "
                     "said the firms expected the bill to be narrowed on the House floor.")
    assert got[0][0] == "Wade Hollister" and got[0][1].startswith("the bill would set off"), got
    assert got[1][0] == "lobbyist" and got[1][1].startswith("the firms expected"), got


def test_according_to_an_agency_the_statement_is_no_appositive():
    # r13 texas_groundwater_override_bill
    got = statements("According to the Texas Water Development Board, the state’s population is expected to reach nearly "
                     "51 million by 2070, while supplies from existing sources are projected to shrink.")
    assert got == [("Texas Water Development Board", "the state’s population is expected to reach nearly 51 million by "
                                                     "2070, while supplies from existing sources are projected to "
                                                     "shrink.")], got


def test_a_bare_spokesperson_speaks_for_the_institution_opening_the_sentence_before():
    # r13 texas_groundwater_override_bill
    got = statements("The Texas Water Development Board publishes the state water plan.\n\nThe board did not take a "
                     "position on the bill. A spokesperson said the agency would implement whatever the Legislature "
                     "passes.")
    assert got[-1][0] == "Texas Water Development Board", got


def test_groups_that_have_long_warned_fishers_in_a_regency_a_driver_with_years_of_service_the_alliance():
    # r13 weda_bay_mangrove_loss (Jakarta Post), renfrewshire_bin_strike (The Herald), texas (the alliance)
    got = statements("Agus Santoso, a coastal ecologist, studies the bay.\n\nFishers in Central Halmahera regency, North Maluku, say waste from a nickel plant has killed "
                     "swaths of mangrove forest.\n\nEnvironmental groups have long warned that the rush has come at the "
                     "expense of forests.\n\nOne driver with 22 years' service, who asked not to be named, said he took "
                     "home less than £1,900 a month after tax.\n\nThe Texas Rural Water Alliance posted on X. The "
                     "alliance also said in a statement that it would ask members to testify against the bill again.")
    speakers = [s for s, _ in got]
    assert speakers[:3] == ["fishers", "environmental groups", "driver"], got
    assert got[-1] == ("Texas Rural Water Alliance", "it would ask members to testify against the bill again."), got


def test_the_group_wrote_and_a_satellite_analysis_by():
    # r13 weda_bay_mangrove_loss: "the group" is the organisation named before; "a satellite analysis by X"
    got = statements("According to a satellite analysis by Nusantara Coastal Watch, a Jakarta-based research group, "
                     "about 310 hectares of mangroves around the bay were lost between 2019 and 2024.\n\nOn Sunday, the "
                     "Indonesian Forum for the Environment posted drone footage on Instagram.\n\n\"This is what green "
                     "nickel looks like from the ground,\" the group wrote.")
    assert got[0][0] == "Nusantara Coastal Watch", got
    assert got[-1][0] == "Indonesian Forum for the Environment", got


def test_the_union_named_before_its_noun_is_the_union():
    # r13 renfrewshire_bin_strike: "the Unite union has confirmed" is Unite, as "Unite said" is
    got = statements("Refuse collectors in Renfrewshire will walk out for two weeks from Monday after rejecting the "
                     "council's latest pay offer, the Unite union has confirmed.\n\nAround 180 drivers, members of "
                     "Unite and the GMB, are expected to take part.")
    assert got[0][0] == "Unite", got
