"""helpers.quotes: rules from the round-10 articles (tests/data/quotes_unseen/r10-*, DEV since session 9), each
checked on the article's own sentences (the first three failed before their rules; the last, which passed on
its own before, guards the appositive-role rule inside the whole article, where it did fail)."""

from __future__ import annotations

from helpers.article import Article


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of each statement, in order."""
    q = Article.from_text(f"A Story\n\n{text}").quotes
    return [(s, t[:30]) for s, t in zip(q.speaker, q.text)]


def test_an_anonymous_source_is_never_the_person_named_near_it():
    # r10 transpennine_treasury_row: the chancellor is what the source talks about, not who speaks
    got = speakers("A senior government source said the chancellor, Gareth Lyle, was “not going to sign off on a "
                   "blank cheque for a railway that has already doubled in cost”. The source added: “Everyone wants "
                   "the shiny project. Nobody wants to explain to the public which hospital didn’t get built.”")
    assert got and all(s == "source" for s, _ in got), got


def test_one_ally_speaks_and_a_source_close_to_someone_is_the_source():
    # r10 transpennine_treasury_row
    got = speakers("Allies of Marchbank reacted furiously. One ally said the transport secretary would “not go "
                   "quietly” and accused the Treasury of briefing against her.\n\nMarchbank is expected to meet Lyle "
                   "on Monday. A source close to the transport secretary said she would go into the meeting “with "
                   "the business case in one hand and the manifesto in the other”.")
    assert {s for s, _ in got} == {"ally", "source"}, got


def test_a_spokesman_for_the_directorate_speaks_for_the_directorate_named_before():
    # r10 hammerfjell_gas
    got = speakers("On Monday, the Norwegian Offshore Directorate said the country’s gas output in January was 11.2 "
                   "billion cubic meters.\n\n“The figure published yesterday was wrong, and we have replaced it,” a "
                   "spokesman for the directorate said in an email.")
    assert got[-1][0] == "Norwegian Offshore Directorate", got


def test_the_person_an_appositive_role_names_speaks_and_she_refers_to_her():
    # r10 waipukutahi_birthing_unit: "director of operations, Ripeka Walker," (she was an organisation)
    got = speakers("Health NZ's Hawke's Bay director of operations, Ripeka Walker, says the decision was not made "
                   "lightly.\n\n\"We have done everything we can to keep that unit open,\" she says.")
    assert [s for s, _ in got] == ["Ripeka Walker", "Ripeka Walker"], got
