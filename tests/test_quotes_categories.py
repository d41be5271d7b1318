"""Speaker categories (expert / official / other / group) on real sentences of the round-5 articles
(tests/data/quotes_unseen/r5-*), one test per general cue; the rule is in helpers/quotes/speakers.py."""

from helpers.article import Article


def art(*paragraphs):
    return Article.from_text("A headline for the test\n\n" + "\n\n".join(paragraphs))


def categories(a):
    return dict(zip(a.speakers.name, a.speakers.category))


def test_an_officer_is_an_office_that_beats_the_honorific_dr():
    """"Dr. X, the county's health officer": a public-health officer speaks for the county; the
    honorific "Dr." alone gives way to an office (as it does to "coordinator")."""
    a = art(
        "All but two of the cases are in children, and 20 of the 23 people infected had not received any "
        "doses of the measles, mumps and rubella vaccine, said Dr. Rosa Delgado, the county's health officer. "
        "Four children have been hospitalized.",
        '"This is the outbreak we have been worried about for five years," Delgado said at a briefing.',
        "Dr. Samir Haddad, a pediatrician at Valley Children's Clinic in Easton, said his office had given "
        "more MMR shots in the past two weeks than in the previous three months.",
    )
    assert categories(a) == {"Rosa Delgado": "official", "Samir Haddad": "expert"}


def test_a_company_named_line_is_no_news_outlet():
    """A shipping "Line" (Nordvik Line, Maersk Line) is a company speaking for itself (official); the
    outlet test keeps "The Media Line" and the other outlet names."""
    a = art(
        "Danish carrier Nordvik Line said in an advisory to customers that it would divert some calls to "
        "Antwerp-Bruges and warned of “significant delays” for cargo bound for the Netherlands and Germany.",
        "The Media Line reported that the ceasefire would hold until the end of the month.",
    )
    assert categories(a) == {"Nordvik Line": "official", "Media Line": "other"}


def test_a_commentator_is_an_expert():
    """A commentator or pundit speaks from study or experience ("Former England off-spinner Graham
    Naylor, commentating for BBC Radio Somerset, said …"): expert, like an analyst."""
    a = art(
        "Former England off-spinner Graham Naylor, commentating for BBC Radio Somerset, said the surface had "
        "been “testing but fair”, and that Surrey’s batsmen had been undone by their own caution.",
        "“You can’t just survive on a pitch like that, you have to have a way of scoring,” Naylor said.",
    )
    assert categories(a) == {"Graham Naylor": "expert"}


def test_an_institution_named_by_its_common_noun_is_official():
    """"according to the club" (a company, union, bank …): an organisation speaking for itself is
    official, as it is when named ("Somerset", "Bristol Rovers", "Harlow Foods" in the golds)."""
    a = art(
        "The crowd of 6,800 was the biggest at Taunton for a Championship match since 2019, according to "
        "the club. Supporters stayed long after the finish to sing on the outfield.",
    )
    assert categories(a) == {"club": "official"}


def test_a_relative_clause_holding_an_office_verb_is_official():
    """"X, who coordinates the Jesuit Migrant Service’s work in northern Chile": a verb of office (heads,
    leads, chairs, directs, coordinates, oversees) in the appositive makes the speaker one who speaks for
    an institution, as the noun ("coordinator") does; "who teaches …" stays expert."""
    a = art(
        "“We have families with small children sleeping on the ground in temperatures above 35 degrees,” said "
        "Juan Pablo Echeverría, who coordinates the Jesuit Migrant Service’s work in northern Chile.",
        "“The ruling is narrow,” said Rebecca Lindqvist, who teaches election law at Ohio State University.",
    )
    assert categories(a) == {"Juan Pablo Echeverría": "official", "Rebecca Lindqvist": "expert"}


def test_an_unnamed_player_is_a_role_speaker_of_category_other():
    """Sports reporting's anonymous "One senior player, who did not want to be named, called it …": a
    player is a role (so the quote has a speaker), a private person speaking (other), not an office.
    An unnamed source introduced indefinitely is named by the bare role noun ("player"; its modifiers stay
    in the quote's role)."""
    a = art(
        "The pitch was the subject of some grumbling in the Surrey camp. One senior player, who did not want "
        "to be named, called it “a beach by day three”.",
    )
    assert [(s, k, c) for s, k, c in zip(a.speakers.name, a.speakers.kind, a.speakers.category)] == [
        ("player", "role", "other")]


def test_prosecuting_before_a_name_is_the_prosecutor():
    """The court-report opening "Prosecuting, X told the court …" names the prosecutor (an office:
    official); "Defending, Y KC said …" names defence counsel (a private lawyer: other)."""
    a = art(
        "Prosecuting, Simon Adeyemi told the court that Mott had sent a text message to a friend minutes after "
        "the crash saying he had \"hit something\" and needed somewhere to hide the van.",
        "Defending, Rachel Osei KC said her client had panicked and was \"deeply ashamed\" of what he had done.",
    )
    sp = a.speakers.set_index("name")
    assert sp.loc["Simon Adeyemi", "role"] == "prosecutor" and sp.loc["Simon Adeyemi", "category"] == "official"
    assert sp.loc["Rachel Osei", "role"] == "defence counsel" and sp.loc["Rachel Osei", "category"] == "other"


def test_a_former_office_behind_a_capitalised_country_or_team_is_expert():
    """"Former England off-spinner Graham Naylor said …" (r5-taunton-thriller without its appositive):
    "former" opens the role even with the team between it and the role words, so the speaker speaks
    from experience (expert), as "a former commander" does; "former colleagues of X said" names no role."""
    a = art(
        "Former England off-spinner Graham Naylor said the surface had been “testing but fair”, and that "
        "Surrey’s batsmen had been undone by their own caution in the second innings.",
        "The plan would not work, former colleagues of Jane Hollis said on Tuesday.",
    )
    sp = a.speakers.set_index("name")
    assert sp.loc["Graham Naylor", "role"] == "former England off-spinner"
    assert sp.loc["Graham Naylor", "category"] == "expert"
    assert not str(sp.role.get("Jane Hollis", "")).startswith("former")


def test_a_rating_change_in_the_appositive_marks_an_analyst():
    """"Morgan Stanley's Jessica Lin, who downgraded the shares to equal-weight in December, wrote in a note
    to clients …": only a market analyst upgrades or downgrades a stock, so the speaker is an expert."""
    a = art(
        "Morgan Stanley's Jessica Lin, who downgraded the shares to equal-weight in December, wrote in a note "
        "to clients that the new guidance \"resets expectations to a level the company should be able to "
        "beat.\"",
    )
    assert categories(a) == {"Jessica Lin": "expert"}


def test_an_organisations_post_after_the_name_is_an_office():
    """r7-probe-contact: "said Inés Barroso, Castor’s flight operations director at …" — an appositive
    opening with an organisation's possessive holds the office."""
    a = art("“I won’t pretend it was a calm night,” said Inés Barroso, Castor’s flight operations director at the "
            "European Space Operations Centre in Darmstadt.")
    assert categories(a)["Inés Barroso"] == "official"


def test_a_committee_chairperson_and_an_office_acronym_are_offices():
    """r8-kisumu-oxygen: "The committee's chairperson, Ms Winnie Adhiambo, said"; r7-joburg-budget:
    "Finance MMC Lerato Dube" (member of the mayoral committee)."""
    a = art("The committee's chairperson, Ms Winnie Adhiambo, said the committee would summon Dr Ouma to appear "
            "before it next week.",
            "Finance MMC Lerato Dube told councillors the increases were “painful but unavoidable” after years "
            "of underspending.")
    cats = categories(a)
    assert cats["Winnie Adhiambo"] == "official" and cats["Lerato Dube"] == "official"


def test_a_councillor_titled_cllr_is_an_official():
    """r8-kilbane-quarry: "Cllr Tadhg Minogue (FF)", "Cllr Minogue said"."""
    a = art("“We talk and talk in this county about keeping young people at home,” Cllr Tadhg Minogue said.")
    assert categories(a)["Tadhg Minogue"] == "official"
