"""helpers.quotes: rules from the round-17 quotes articles (tests/data/quotes_unseen/r17-*, DEV since session 12),
each checked on the article's own sentences (each failed before its rule)."""

from __future__ import annotations

from helpers.article import Article


def statements(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of each statement, in order."""
    q = Article.from_text(f"A Story\n\n{text}").quotes
    return list(zip(q.speaker, q.text))


def test_a_court_bench_its_pleader_and_counsel_who_submit():
    # r17 mumbai_hoardings_hc: "the bench said", "The government pleader told the court", "Senior advocate …, appearing
    # for the BMC, submitted that …" had no speaker
    got = statements("\"The corporation cannot wait for another collapse before it acts,\" the bench said.\n\nSenior "
                     "advocate Aniruddha Bapat, appearing for the BMC, submitted that the corporation had issued notices "
                     "to 212 hoarding owners since September.\n\nThe government pleader told the court that the rules "
                     "were still under consideration.")
    assert [s for s, _ in got] == ["bench", "Aniruddha Bapat", "government pleader"], got
    q = Article.from_text("A Story\n\nSenior advocate Aniruddha Bapat, appearing for the BMC, submitted that the "
                          "corporation had issued notices to 212 hoarding owners since September.").quotes
    assert q.speaker_category.tolist() == ["official"], q


def test_a_named_group_a_worker_at_a_stall_and_a_quote_after_reported_speech():
    # r17 kwun_tong_cooked_food_centre: "A residents’ group, the … Concern Group, wrote" was the group; "A worker at
    # a neighbouring congee stall, who declined to be named …, said" was missed (her "she said" went to another
    # woman); a bare quote opening the paragraph after Kwok's reported speech had no speaker
    got = statements("Chan Mei-ling said the payment was not enough to start again.\n\nA worker at a neighbouring congee "
                     "stall, who declined to be named because she feared losing her job, said most customers were "
                     "construction workers.\n\n“Forty dollars for lunch here. Outside, it is 80,” she said.\n\n“They "
                     "have been left to age without a plan,” said Natalie Kwok, an assistant professor at Lingnan "
                     "University.\n\nKwok said at least six cooked food centres had closed across the city since 2015.\n\n"
                     "“The owners are old, and the rents outside are impossible.”\n\nA residents’ group, the Kwun Tong Food "
                     "Heritage Concern Group, wrote on Facebook that it had collected more than 4,000 signatures.")
    said = dict((t, s) for s, t in got)
    assert [s for s, _ in got][1:3] == ["worker", "worker"], got
    assert said["The owners are old, and the rents outside are impossible."] == "Natalie Kwok", got
    assert got[-1][0] == "Kwun Tong Food Heritage Concern Group", got


def test_a_subject_after_a_lower_case_title_the_listener_and_a_second_reported_clause():
    # r17 harwood_moretown_school_vote: "She told the meeting …" went to the superintendent, not to "Board member
    # Andrea Fiske" opening the sentence before; "told the board the district …" kept "board" in the statement;
    # "…, she said, and others would move …" lost its second clause
    got = statements("Superintendent Dana Whitcomb told the board the district faces a budget gap of about $2.4 million.\n\n"
                     "Some positions would be cut through retirements, she said, and others would move to the Waitsfield "
                     "school.\n\nBoard member Andrea Fiske, who represents Moretown, voted against. She told the meeting "
                     "the savings estimate did not include the cost of longer bus routes.")
    assert got[0] == ("Dana Whitcomb", "the district faces a budget gap of about $2.4 million."), got
    assert "others would move to the Waitsfield school" in got[1][1], got
    assert got[2] == ("Andrea Fiske", "the savings estimate did not include the cost of longer bus routes."), got
