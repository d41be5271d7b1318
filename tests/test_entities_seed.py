"""The seed article against hand-made gold (tests/gold/seed_entities.tsv), and articles of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.article import Article
from helpers.entities.evaluate import alias_groups, load_gold, score_mentions

GOLD = Path(__file__).parent / "gold" / "seed_entities.tsv"


@pytest.fixture(scope="module")
def seed_gold():
    from helpers import load_article

    art = load_article()
    return art, load_gold(GOLD, art)


def test_seed_typed_f1(seed_gold):
    art, gold = seed_gold
    res = score_mentions(art.mentions, gold, ("PERSON", "ORG", "GPE"), ("body",))
    assert res["all"]["f1"] >= 0.93, res["errors"]
    for t in ("PERSON", "ORG", "GPE"):
        assert res[t]["f1"] >= 0.9, (t, res["errors"])


def test_seed_front_matter(seed_gold):
    art, gold = seed_gold
    res = score_mentions(art.mentions, gold, ("PERSON", "ORG", "GPE"), ("caption", "headline", "dek"))
    assert res["all"]["r"] >= 0.9, res["errors"]
    m = art.mentions
    head = m[m.section == "headline"]
    assert set(zip(head.text, head.type)) == {("US", "GPE"), ("Iraq", "GPE")}  # not "Confusion", "Military"
    cap = m[(m.section == "caption") & (m.text == "Qasem Soleimani")]
    body = m[(m.section == "body") & (m.type == "PERSON") & (m.text == "Soleimani")]
    assert len(cap) == 1 and set(cap.entity_id) == set(body.entity_id)


def test_seed_alias_groups_merged(seed_gold):
    art, gold = seed_gold
    ents = art.entities
    body_gold = [g for g in gold if g.section == "body"]
    for canon, surfaces in alias_groups(body_gold).items():
        ids = set(art.mentions[art.mentions.text.isin(surfaces) & (art.mentions.section == "body")].entity_id)
        assert len(ids) == 1, (canon, surfaces, ids)
    row = ents.set_index("name")
    assert {"Donald Trump", "Trump"} <= set(row.loc["Donald Trump", "aliases"])
    assert "President" in row.loc["Donald Trump", "titles"]
    assert {"Richard Kemp", "Kemp"} <= set(row.loc["Richard Kemp", "aliases"])
    assert {"US", "America"} & set(row.loc["United States", "aliases"])
    assert {"Islamic State", "ISIS"} <= set(row.loc["Islamic State", "aliases"])
    res = art._entity_result
    assert res.resolve("Col. Kemp") == "Richard Kemp"
    assert res.resolve("Col. (ret.) Richard Kemp") == "Richard Kemp"
    assert res.resolve("President Trump") == "Donald Trump"
    assert res.resolve("Trump’s") == "Donald Trump"
    assert res.resolve("U.S.") == "United States"
    assert res.resolve("Prof. Harrison") == "Ross Harrison"
    assert res.resolve("Defense Secretary Mark Esper") == "Mark Esper"


def test_seed_no_spurious_entities(seed_gold):
    art, _ = seed_gold
    names = set(art.entities.name)
    for bad in ("Beforehand", "Invest", "Personalize", "Trump’s", "President Trump", "K1", "Coalition",
                "Nevertheless", "Analysts", "Confusion", "Military", "First", "Sources"):
        assert bad not in names
    assert not any("’s" in a for al in art.entities.aliases for a in al)
    types = dict(zip(art.entities.name, art.entities.type))
    assert types["Qasem Soleimani"] == "PERSON" and types["Donald Trump"] == "PERSON"
    assert "GPE" not in set(art.mentions[art.mentions.text == "Soleimani"].type)


def test_seed_offsets_and_sentences(seed_gold):
    art, _ = seed_gold
    m = art.mentions
    body = m[m.section == "body"]
    assert (body.apply(lambda r: art.body[r.start:r.end] == r.text, axis=1)).all()
    assert (body.sentence == [art.sentence_at(s) for s in body.start]).all()
    front = m[m.section != "body"]
    assert (front.sentence == -1).all()
    for r in front.itertuples():
        assert getattr(art, r.section)[r.start:r.end] == r.text
    ents = art.entities.set_index("entity_id")
    counts = body.groupby("entity_id").size()
    assert (ents.loc[counts.index, "mentions"] == counts).all()


def test_seed_person_at_for_speakers(seed_gold):
    art, _ = seed_gold
    res = art._entity_result
    i = art.body.index("Col. Kemp elaborated")
    assert res.person_at(i, i + 9) == "Richard Kemp"
    i = art.body.index("Freilich postulated")
    assert res.person_at(i, i + 8) == "Chuck Freilich"
    assert res.person_at(0, 10) is None


def test_contract_entities(seed_gold):
    from helpers.pipeline import to_contract

    art, _ = seed_gold
    ents = to_contract(art)["entities"]
    trump = [e for e in ents if e["name"] == "Donald Trump"][0]
    assert trump["type"] == "PERSON" and trump["mentions"] == 7 and "Trump" in trump["aliases"]


# -- articles of our own -----------------------------------------------------------------------------

from entities_articles import ARTICLES  # noqa: E402
from entities_articles_blind import BLIND  # noqa: E402
from entities_articles_blind2 import BLIND2  # noqa: E402
from entities_articles_blind3 import BLIND3  # noqa: E402
from entities_articles_blind4 import BLIND4  # noqa: E402
from entities_articles_blind5 import BLIND5  # noqa: E402
from entities_articles_holdout import HOLDOUT  # noqa: E402

SCORED = ("PERSON", "ORG", "GPE")


def _compare(text, expected):
    art = Article.from_text(text)
    got = {(r.name, r.type): r.mentions for r in art.entities.itertuples() if r.type in SCORED and r.mentions}
    want = {(n, t): c for n, (t, c) in expected.items() if t in SCORED}
    keys = set(got) | set(want)
    tp = sum(min(got.get(k, 0), want.get(k, 0)) for k in keys)
    p, r = tp / max(1, sum(got.values())), tp / max(1, sum(want.values()))
    return art, got, want, (2 * p * r / (p + r) if p + r else 0.0)


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_own_articles_exact(key):
    text, expected = ARTICLES[key]
    art, got, want, f1 = _compare(text, expected)
    assert got == want
    other = {(n, t) for n, (t, _) in expected.items() if t not in SCORED}
    have = {(r.name, r.type) for r in art.entities.itertuples()}
    assert other <= have


ALL_BLIND = {**BLIND, **BLIND2, **BLIND3, **BLIND4, **BLIND5, **HOLDOUT}
# per-article floor: the sports story keeps club short forms and "Barcelona" (club or city) ambiguous
FLOOR = {"sport": 0.85, "lebanon": 0.85, "yemen": 0.85, "france": 0.85, "iran_nuclear": 0.85}


@pytest.mark.parametrize("key", sorted(ALL_BLIND))
def test_blind_articles(key):
    text, expected = ALL_BLIND[key]
    art, got, want, f1 = _compare(text, expected)
    assert f1 >= FLOOR.get(key, 0.93), (f1, sorted(set(got.items()) ^ set(want.items())))
    persons = {n for (n, t) in want if t == "PERSON"} - KNOWN_MISSES.get(key, set())
    assert persons <= {n for (n, t) in got if t == "PERSON"}


KNOWN_MISSES: dict[str, set] = {}


def test_holdout_person_with_city_surname():
    # was a known miss: a surname that is also a gazetteer city (Davenport) made an unlisted given name +
    # surname an ORG; the appositive ", director of nonproliferation policy at" makes it a person
    text, expected = HOLDOUT["iran_nuclear"]
    art = Article.from_text(text)
    assert dict(zip(art.entities.name, art.entities.type)).get("Kelsey Davenport") == "PERSON"


# -- round 8: DEV since session 7 (tests/entities_articles_round8.py; held out and annotated blind before) ---
# Six articles of regional outlets with invented people and organisations, written for the quotes and
# contrasts rounds and annotated for entities blind, before the stage ran on them.  Scored at main 8f44c6d
# (session 6 start): mean F1 0.588 (per article 0.67 0.55 0.81 0.38 0.53 0.60), far under the 0.96 of the
# older blind sets, which earlier rounds were fitted on, and the 0.94 of the first hold-out (world news,
# whose names the gazetteer knows).  After session 6's entity rounds (fixed on the two DEV sets below,
# 0.767 -> 0.905 and 0.789 -> 0.903): 0.620; after the sports-teams rule 0.616 (DEV 0.904 -> 0.924).
# Session 7 made it DEV (its output read): rules for the general faults it showed (titles such as Cllr,
# Datuk, MSP; "Bank, Inc."; a lede's capitalised first word; "A and B ... Committee" names; bracketed short
# forms; compass + place; ships; Irish "An") took it to 0.849 (per article 0.64 0.90 0.91 0.98 0.68 0.98);
# session 8's places a route or service runs between ("the Uig–Tarbert route") to 0.887, hospitals as ORG 0.892;
# an unseen measure again only with a new round.  The floor keeps the figure from falling.
from entities_articles_round8 import ROUND8  # noqa: E402


def test_round_8_dev_floor():
    f1 = [_compare(*ROUND8[k])[3] for k in sorted(ROUND8)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.88, [round(x, 3) for x in f1]


# -- DEV for the entity stage: nine articles of the quotes / contrasts rounds (r6-*, r7-*, held7_*) ------
# (tests/entities_articles_unseen_dev.py), annotated by hand in session 6; their output is read while fixing.
# Mean F1 at main 8f44c6d: 0.767.
from entities_articles_unseen_dev import DEV as UNSEEN_DEV  # noqa: E402


def test_unseen_dev_floor():
    f1 = {k: round(_compare(*UNSEEN_DEV[k])[3], 3) for k in sorted(UNSEEN_DEV)}
    assert len(f1) == 9 and sum(f1.values()) / len(f1) >= 0.90, f1


# nine more DEV articles (r5-*, held5_*, held6_*; tests/entities_articles_unseen_dev2.py), annotated by hand in
# session 6: mean F1 0.789 at main 8f44c6d, 0.833 when added (745902e), 0.903 after the rules it led to.
from entities_articles_unseen_dev2 import DEV2 as UNSEEN_DEV2  # noqa: E402


def test_unseen_dev2_floor():
    f1 = {k: round(_compare(*UNSEEN_DEV2[k])[3], 3) for k in sorted(UNSEEN_DEV2)}
    assert len(f1) == 9 and sum(f1.values()) / len(f1) >= 0.90, f1


# -- round 9: annotated blind (tests/entities_articles_round9.py); DEV since session 8 ---------------------
# Six articles written for session 7's quotes and contrasts rounds (a US TV station, a Ghanaian business
# daily, a German village vote, a Canadian Press wire, an Indian start-up story, a Dubai daily), annotated
# for entities blind, before any stage ran on them.  Scored at main 227c242 (session 7 start): mean F1 0.718;
# after session 7's entity round on round 8 (0.616 -> 0.849 there): 0.742, output unread.  Session 8 read
# the quotes articles' output (a title "Pharm.", "Madam", a given name that is a word: "Amber Kessinger",
# "GmbH" heading a company): 0.763; then its entity output (currency letters before an amount, ISO
# subdivision names without their diacritics, "Securities and Exchange Board of India", hyphenated place
# names with particles; tests/test_entities_round9_rules.py): 0.837; hospitals as ORG: 0.844.  Round 10
# (HELD-OUT) stayed at 0.734 through all of them.  Session 10 (general rules from rounds 12 and 13, and a
# company's first word that speaks for it, "Al Qusais", "New Brunswickers"): 0.923.
from entities_articles_round9 import ROUND9  # noqa: E402


def test_round_9_floor():
    f1 = [_compare(*ROUND9[k])[3] for k in sorted(ROUND9)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.91, [round(x, 3) for x in f1]


# -- round 10: HELD-OUT in session 8, DEV since session 9 (tests/entities_articles_round10.py) -------------
# Six articles written for session 8's quotes and contrasts rounds (a UK broadsheet, a New Zealand public
# broadcaster, a Mexican story in English, a Bloomberg-style energy story, a Hong Kong daily, a South African
# news site), annotated for entities blind, before any stage ran on them.  Mean F1 0.734 at main 95f7658
# (session 8 start) and after session 8's round-9 rules, output unread.  Session 9 read it: romanised
# hyphenated given names ("Leung Ka-wai"), "MEC" and "Advocate" as titles, a name ending in a place ("Health
# New Zealand") no person and "Health NZ" its short form, an organisation's short form in brackets before the
# gazetteer ("Cameta", not the Brazilian town; "Conagua" after a Commission), "City of Cape Town", "News24",
# "the MP for Dewsbury North" a seat, a role after "director of operations,", storms as events, the Treasury
# and Morena as organisations (tests/test_entities_round10_rules.py): 0.911.
from entities_articles_round10 import ROUND10  # noqa: E402


def test_round_10_floor():
    f1 = [_compare(*ROUND10[k])[3] for k in sorted(ROUND10)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.91, [round(x, 3) for x in f1]


# -- round 11: HELD-OUT until the middle of session 9, then DEV (tests/entities_articles_round11.py) ----------
# Six articles written for session 9's quotes and contrasts rounds (Australian public broadcaster, a Nigerian
# daily, an AP court story, a tech trade site, a football transfer story, a Pakistani daily), annotated for
# entities blind.  Mean F1 0.758 at main 8108423 (session 9 start) and after the round-10 rules, output unread.
# Then read: a department's list of portfolios, "Surf Life Saving Queensland", Alhaja / SP / U.S. Attorney,
# "the U.S. Attorney's Office", chambers and houses of assembly, "Residents of Korangi, Landhi and Malir", port
# towns, "Gulshan-i-Iqbal", time zones, languages, a club after "side" (tests/test_entities_round11_rules.py): 0.876.
# Session 10: 0.915 ("Mangroves" opening a sentence, "the Ebute Metta area", "Palm Cove").
from entities_articles_round11 import ROUND11  # noqa: E402


def test_round_11_floor():
    f1 = [_compare(*ROUND11[k])[3] for k in sorted(ROUND11)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.90, [round(x, 3) for x in f1]


# -- round 12: annotated blind (tests/entities_articles_round12.py), DEV since session 10 ------------------
# Six articles written for session 9's second quotes and contrasts round (Kyodo, ESPN, BBC local, Reuters,
# Straits Times, a science news site), annotated for entities blind.  Mean F1 0.801 at main 8108423, at 5cddcb1
# and after the round-11 rules (HELD-OUT, output unread).  DEV since session 10: 0.801 -> 0.879 with "Cabinet"
# as a title word, "Prefecture" / "Oblast" as place heads and "Akita" the short form of "Akita Prefecture",
# "Royal Wrekin" the short form of "Royal Wrekin Hospital", a title's portfolio before a name ("Minister of
# State for Transport Ong Kah Seng"), "Mar 20, 2025" a date, and no gender from a pronoun inside a quotation;
# 0.879 -> 0.908 with a name before ", which" no person's, a surname's honorific telling two Mallenders apart,
# and X the social network ("on X", "his X handle"); 0.908 -> 0.922 with stations as facilities, "Workers’ Party"
# and two date stamps on one line as front matter; 0.931 with "Telford and Wrekin Council".
from entities_articles_round12 import ROUND12  # noqa: E402


def test_round_12_floor():
    f1 = [_compare(*ROUND12[k])[3] for k in sorted(ROUND12)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.92, [round(x, 3) for x in f1]


# -- round 13: annotated blind at the end of session 9 (tests/entities_articles_round13.py), DEV since session 10 --
# Six articles (Texas Tribune, Jakarta Post, The Herald, Times of Israel, The National, Jamaica Gleaner styles),
# annotated for entities blind after all of session 9's rules.  Mean F1 0.782 at main 8108423, at the session's
# end and after session 10's round-12 rules (HELD-OUT, output unread); 0.855 after the round-13 rules (a
# legislator's party tag, "MK", a title after an organisation's head, a portfolio with "and", a name with an
# age, a bracketed short form, "the Unite union"); 0.877 with "House of Representatives", "St Andrew" and
# "Mangroves" opening a sentence.
from entities_articles_round13 import ROUND13  # noqa: E402


def test_round_13_floor():
    f1 = [_compare(*ROUND13[k])[3] for k in sorted(ROUND13)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.88, [round(x, 3) for x in f1]


# -- round 14: annotated blind at the start of session 10 (tests/entities_articles_round14.py), DEV since session 11 --
# Six articles (Irish Times, Chicago Sun-Times, Korea Herald, BBC Wales live page, Philippine Daily Inquirer,
# VnExpress styles), annotated for entities blind.  Mean F1 0.751 at main 1a959cd (session 10 start), 0.777 at
# session 10's end (HELD-OUT, output unread); DEV since session 11: 0.787 after "Ald." became a title and
# "Threshold, the housing charity," an organisation; 0.831 after "Transport for Wales (TfW)" (a short form spelling
# the initials), "through Bangor" / "back to Pontypridd", "X Act" a LAW, "Atty." a title, "NOTE" / "HR" no acronym;
# 0.870 after "Cu Chi District" (a place; a special district's body an organisation), "son, Marcus,", "Welsh
# Conservatives", "Network Rail" and "Sen. Ramon “Monching” Dizon" (the nickname dropped, "Dizon" him after).
from entities_articles_round14 import ROUND14  # noqa: E402


def test_round_14_floor():
    f1 = [_compare(*ROUND14[k])[3] for k in sorted(ROUND14)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.86, [round(x, 3) for x in f1]


# -- round 15: annotated blind in session 10 (tests/entities_articles_round15.py), DEV since session 12 ---------
# Six articles (Hindustan Times, Guardian Australia, Al Jazeera English, Le Monde, Nikkei Asia, AP styles),
# annotated for entities blind.  Mean F1 0.863 at main 1a959cd (session 10 start), 0.855 at session 11's end
# (HELD-OUT, output unread); DEV since session 12: 0.935 after a preposition opening a sentence opened no name
# ("In Weld County", "For Mei Ling Tran, who ..."), "Oysters Australia, the national industry body," became an
# organisation, "Formosa's shares" the short form of Formosa Power Devices, "the Dhaka-Tangail highway" two places,
# "Sector 56" a place and "Labour rights groups say" no party.
from entities_articles_round15 import ROUND15  # noqa: E402


def test_round_15_floor():
    f1 = [_compare(*ROUND15[k])[3] for k in sorted(ROUND15)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.93, [round(x, 3) for x in f1]


# -- round 16: annotated blind at the start of session 11 (tests/entities_articles_round16.py), DEV since session 12 -
# Six articles (swissinfo.ch, Boise State Public Radio, Daily Maverick, Euronews live blog, Globe and Mail,
# aviation trade press styles), annotated for entities blind.  Mean F1 0.695 at main 0126c02 (session 11 start),
# 0.702 once the reading stage took the front matter its writer reported (HELD-OUT, output unread), 0.704 after
# the session-12 reading fixes; DEV since session 12: 0.767 after a public-radio caption ("… / Photographer /
# Outlet") left the body, "EMTs" opened no name, "Department of Forestry, Fisheries and the Environment (DFFE)"
# became one name with its initials, "Co-operative" stayed whole, "Latin American" a people (NORP), a name before
# a comma and a US state ("Grand Forks, N.D.") a town, and "N.D.", "S.D.", "R.I.", "W.Va." states.  Left: a
# place word as a company's short form without company words after it ("Cordillera says" for Cordillera Air), and
# the naming of acronyms ("EU", "U.S.": the gold keeps the printed form).
from entities_articles_round16 import ROUND16  # noqa: E402


def test_round_16_floor():
    f1 = [_compare(*ROUND16[k])[3] for k in sorted(ROUND16)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.76, [round(x, 3) for x in f1]


# -- round 17: annotated blind at the start of session 12 (tests/entities_articles_round17.py), DEV later in session 12
# Six articles (Hong Kong Free Press, Times of India, VTDigger, Sky News, Bangkok Post, Nature news styles),
# annotated for entities blind.  Mean F1 0.738 at main dd767ef (session 12 start), 0.777 once the reading stage
# took the front matter its writer reported (HELD-OUT, output unread); DEV since: 0.812 after "Airports of Thailand
# Plc (AoT)" kept its first word (initials with a legal form aside, looked for past the chunk), "HK$" and "US$" no
# names, "in Kwun Tong" a place at every mention, "Karolinska Institutet" (foreign institution heads) and plural
# "Justices".  Left: the gold's canonical names without a legal form ("Airports of Thailand"), "Bombay high court"
# in lower case, "Conservatives" a party (NORP here).
from entities_articles_round17 import ROUND17  # noqa: E402


def test_round_17_floor():
    f1 = [_compare(*ROUND17[k])[3] for k in sorted(ROUND17)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.80, [round(x, 3) for x in f1]


# -- round 18: annotated blind in session 12 while round 16 was being fixed (entities_articles_round18.py), DEV late in
# session 12.  Six articles (Agência Brasil, New Zealand Herald, CBC, POLITICO Europe, Yonhap, Irish Examiner styles),
# annotated for entities blind.  Mean F1 0.731 at main dd767ef (session 12 start), 0.797 after the reading fixes its
# writer prompted and the round-15 to round-17 rules (HELD-OUT, output unread); DEV since: 0.846 after 442 more
# given names ("Donna Boutilier"), "The" and other function words opening a sentence open no name ("The Financial
# Services Commission said", "Under Nova Scotia's …"), Irish parties, "Coun.", "Thu, 20 Nov, 2025" a date line and
# CBC's "ABOUT THE AUTHOR" box.  Left: "Irish Creamery Milk Suppliers' Association" loses "Irish", "EU" and
# "Czechia" named as the gold does not ("European Union", "Czech Republic"), "T&E".
from entities_articles_round18 import ROUND18  # noqa: E402


def test_round_18_floor():
    f1 = [_compare(*ROUND18[k])[3] for k in sorted(ROUND18)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.84, [round(x, 3) for x in f1]


# -- round 19: HELD-OUT, annotated blind in session 12 while round 17 was being fixed (entities_articles_round19.py) -
# Six articles (Taipei Times, TechCabal, Press and Journal live blog, Reuters, Guardian, Kathmandu Post styles),
# annotated for entities blind.  Mean F1 0.761 at main dd767ef (session 12 start) and after the round-15 and
# round-16 rules, 0.768 after the round-17 rules.  Output not read; the floor keeps it from falling.
from entities_articles_round19 import ROUND19  # noqa: E402


def test_round_19_held_out_floor():
    f1 = [_compare(*ROUND19[k])[3] for k in sorted(ROUND19)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.76, [round(x, 3) for x in f1]


# -- round 20: HELD-OUT, annotated blind at the end of session 12 while round 18 was being fixed -------------------
# (tests/entities_articles_round20.py) Six articles (Arab News, Manchester Evening News, Korea JoongAng Daily, POLITICO
# US, Buenos Aires Times, Trinidad and Tobago Guardian styles), annotated for entities blind.  Mean F1 0.732 at main
# dd767ef (session 12 start), 0.733 after the round-15 to round-17 rules, 0.737 after the round-18 rules.  Output not
# read; the floor keeps it from falling.
from entities_articles_round20 import ROUND20  # noqa: E402


def test_round_20_held_out_floor():
    f1 = [_compare(*ROUND20[k])[3] for k in sorted(ROUND20)]
    assert len(f1) == 6 and sum(f1) / len(f1) >= 0.73, [round(x, 3) for x in f1]
