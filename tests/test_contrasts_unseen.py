"""helpers.contrasts on unseen articles (tests/data/contrasts_unseen/, hand gold written before the stage
was run on them): floors a little under the scores reached, over the DEV articles.

The DEV articles (split "dev") have had their pipeline output read while fixing, so their floors measure
fit to known text, not generalisation; only the HELD-OUT-R6 articles (held6_*, split "held-out-r6", written
and annotated blind in round 6) gave an honest generalisation figure until round 7 made them DEV; now the
HELD-OUT-R7 articles (held7_*, split "held-out-r7") do.

Scores (matched gold pairs / gold, false pairs, speakers right / checked) — see contrasts_unseen_score.py:
Round 1 (DEV = dev_*, HELD-OUT = held_*):
  DEV       before: 2/8, 10 false, 3/3 speakers, 5 not_pairs hit   after: 7/8, 1 false, 11/11, 0 not_pairs hit
  HELD-OUT  before: 1/5,  6 false, 2/2 speakers, 2 not_pairs hit   after: 1/5, 6 false, 2/2, 1 not_pairs hit
Round 2: the round-1 HELD-OUT articles (held_*) became DEV (their output was read while fixing); three new
HELD-OUT articles (held2_*) were written and annotated first.
  round-1 HELD-OUT, now DEV: 1/5, 6 false, 1 not_pairs hit   ->  5/5, 1 false (a second sentence of the
                             agency's walk-back), 9/9 speakers, 0 not_pairs hit
  DEV (all 8)               : 8/13, 7 false, 13/13 speakers  ->  12/13, 2 false, 20/20 speakers
  new HELD-OUT (held2_*, scores only, output unread): main 1/4, 5 false, 3 not_pairs hit; round-2 start
                             0/4, 6 false, 3 hit  ->  after 0/4, 6 false, 3 hit (no generalisation yet)
Round 3: the round-2 HELD-OUT articles (held2_*) became DEV (output read while fixing); three new HELD-OUT
articles (held3_*) were written, annotated and committed first.
  held2_*, now DEV          : 0/4, 6 false, 3 not_pairs hit  ->  3/4, 2 false, 4/4 speakers, 0 hit
  DEV (all 11)              : 12/17, 8 false, 20/20, 3 hit   ->  15/17, 4 false, 24/24 speakers, 0 hit
  new HELD-OUT (held3_*, scores only, output unread): before (main) 0/3, 8 false, 4 not_pairs hit
                             ->  after 1/3, 3 false, 0/2 speakers, 2 not_pairs hit
Round 4: no new articles (short round); the round-3 HELD-OUT articles (held3_*) became DEV (output read
while fixing); no HELD-OUT is left.
  held3_*, now DEV          : 1/3, 3 false, 1/2 speakers, 2 not_pairs hit  ->  3/3, 2 false, 4/5 speakers, 0 hit
  DEV (all 14)              : 16/20, 7 false, 25/26, 2 hit  ->  18/20, 6 false, 28/29 speakers, 0 hit
                              (curated output, one pair per walk-back: 5 false)
Round 5 (session 5, a speed round: no rule changed output): three new HELD-OUT articles (held5_*: trade
press, science press release, UK court report with no walk-back) were written and annotated blind and
committed first; scored once, output unread:
  new HELD-OUT (held5_*)    : 3/5, 6 false, 6/6 speakers, 2 not_pairs hit (main 11b6be4; unchanged after the
                              round, whose commits leave every output identical)
Round 6: three more HELD-OUT articles (held6_*: NZ university admissions, Irish aviation, US tech press with
no walk-back), split "held-out-r6", written and annotated blind; scored once at main 30e1572, output unread:
  HELD-OUT-R6 (held6_*)     : 1/6, 8 false, 1/2 speakers, 7 not_pairs hit (automatic pairs, curated=False)
Round 6 (session 6, quality): the round-5 HELD-OUT articles (held5_*) became DEV (split "dev", output read
while fixing); held6_* stay HELD-OUT (split "held-out-r6", totals only, output unread).  General rules: a
reversal's generic object and an indefinite "reversed a decision" the story never told; a definite "The
retraction followed ..." (reporter's link); an expert's verdict on her own remark; "replaced ... with a
corrected version"; a quoted "they ... it was a draft" (the other side's act); verdicts in court; cues
disowning one's own speaking answer that speaker; denials of accusations / charges; "the original release"
looks back; "what it described as a clarification".
  DEV (the 14 of round 4)   : 18/20, 6 false, 28/29 speakers, 0 not_pairs hit  ->  20/20, 5 false, 32/33, 0 hit
  held5_*, now DEV          : 3/5, 6 false, 6/6 speakers, 2 not_pairs hit    ->  5/5, 3 false (all second
                              walk-back sentences of a matched pair), 9/10 speakers, 0 hit
  DEV (all 17)              : 21/25, 12 false, 34/35 speakers, 2 hit           ->  25/25, 8 false, 41/43, 0 hit
  HELD-OUT-R6 (held6_*, totals only): 1/6, 8 false, 1/2 speakers, 7 not_pairs hit  ->  1/6, 7 false, 1/2,
                              6 hit (one intermediate total, seen once after the reversal rule: 1/6, 6 false,
                              4 hit; the rules were not chosen or tuned on it)
Round 7 (quality): the round-6 HELD-OUT articles (held6_*) became DEV (split "dev", output read while
fixing); no HELD-OUT is left here (a blind round-7 set is scored elsewhere).  General rules: an indefinite
"reversed a decision / a plan to ..." outside the lead is background told for the first time; a denial
answering a named other party's statement (no report) is a dispute; a negation's window ends at "before /
after / until / since / because"; "the university said" is the institution, no expert at one; a claim
ending inside the quotation it opens runs on to the quotation's end; "he had “got the figure wrong”" and
"that claim was not correct" are cues, and "that claim" may open the paragraph after the statement.
  held6_*, now DEV          : 1/6, 7 false, 1/2 speakers, 6 not_pairs hit  ->  5/6, 1 false, 4/10, 0 hit
  DEV (the 17 of round 6)   : 25/25, 8 false, 41/43 speakers, 0 hit        ->  unchanged
  DEV (all 20)              : 26/31, 15 false, 42/45, 6 hit                 ->  30/31, 9 false, 45/53, 0 hit
Round-7 HELD-OUT (held7_*: a Singapore exchange filing, a Nigerian food recall, a US state court ruling with
no walk-back; split "held-out-r7"), written and annotated blind before round 7's rules and scored at three
points, output never read:
  session start (main 11b6be4, before rounds 5-7): 1/5, 6 false, 0/2 speakers, 4 not_pairs hit
  before round 7 (main 8a853a5)                  : 1/5, 5 false, 0/2 speakers, 3 not_pairs hit
  after round 7                                  : 1/5, 4 false, 0/2 speakers, 1 not_pairs hit
  The rounds cut false alarms on new text but found no new walk-back there: the rules still generalise
  poorly on what counts as a claim and which sentence answers it.
Round-8 HELD-OUT (held8_*: a Scottish island ferry and a minister's answer, a Malaysian water tariff and a
chief executive's remark, an Australian draft night with no walk-back; split "held-out-r8"), written and
annotated blind in session 6, output never read: at main 8f44c6d 2/5, 5 false, 4/4 speakers, 3 not_pairs
hit; after session 6's entity and quotes rounds (no contrasts rule changed) 3/5, 4 false, 6/6 speakers,
3 hit.  Round 7 stays HELD-OUT too (no contrasts round in session 6).
Round 9 (session 7): three more HELD-OUT articles (held9_*: a Canadian Press story on rural emergency rooms
whose minister's date is walked back twice, an Indian start-up's "confirmed orders" and its founder's deleted
post, a Dubai school-fees story with no walk-back; split "held-out-r9") were written and annotated blind
before the session's rules; scored at main 227c242 (session 7 start), output unread: 1/5, 9 false, 2/2
speakers, 8 not_pairs hit.  Rounds 7 and 8 (held7_*, held8_*) became DEV (split "dev"): their output is read
while fixing.
Session 7 (contrasts quality): general rules: "clarified that ..." is a cue only with an error word or an
earlier statement named; a denial of claims made "by" a party is a dispute, and one of an indefinite report
given nowhere, outside the lead, is background; a named claim holding its own sentence's cue is none; "did not
accurately describe", "had not in fact", "spoken too soon", "should have waited for" are cues; "..., it said"
after a walk-back goes on with it; a walk-back naming an indefinite statement ("corrected a statement she
made") answers the one told next; "that date" points back like "that claim"; an office holder titled "Dr." is
no expert commenting.
  held7_* + held8_* (now DEV): 4/10, 8 false, 7/8 speakers, 4 not_pairs hit  ->  10/10, 1 false, 15/20, 0 hit
  DEV (the 20 of round 7)    : 30/31, 9 false, 49/53 speakers, 0 hit         ->  unchanged
Session 8 (contrasts quality, round 9 made DEV; a blind round 10 was written first, by a helper that neither
ran a stage nor read this one): general rules: "the date given ... was not accurate", "the use of the word
... was incorrect", "regrets the error", "contained an error", "from an earlier draft", "relied on notes
that were out of date", "revised that figure to" are cues; "that" plus a verb after a named plan is a
relative clause, no named claim; a definite walk-back noun received ("had received the clarification") or a
decision "marking a U-turn" tells no walk-back; a reversal naming what it reversed ("its 2022 decision to cap
travel-nurse contracts") answers only a claim sharing a word with that (not a month); "clarified in a
circular to schools that" explains like "clarified that"; "X said she had ..." makes her the owner of her
own words, and "shouldn't have given / said" disowns them (a claim an earlier walk-back chose stays hers).
  held9_* (now DEV)          : 1/5, 9 false, 1/2 speakers, 8 not_pairs hit   ->  5/5, 3 false, 8/10, 3 hit
  held7_* + held8_*          : 10/10, 1 false, 17/20 speakers, 0 hit         ->  10/10, 2 false, 17/20, 0 hit
  DEV (the 20 of round 7)    : 30/31, 9 false, 49/53 speakers, 0 hit         ->  unchanged
Round 10 (session 8; held10_*: a Bloomberg-style gas-field notice withdrawn as "an internal draft", a Hong
Kong university science story with a researcher's timeline walked back twice and a correction note, a South
African taxi-violence story whose police toll is revised and an MEC "misspoke"; split "held-out-r10") was
written and annotated blind, first: 4/7, 2 false, 7/8 speakers, 1 not_pairs hit at main 95f7658; 4/7,
3 false, 7/8, 1 hit after the round-9 rules.
Round 11 (session 9; held11_*: a tech site whose product-page claim is withdrawn and whose CEO "misspoke", with
the site's own correction note; a football club's deleted "has signed" post and a manager who "jumped the gun";
a Pakistani education department's school-closure notice called "a draft ... sent out by mistake" and a water
utility's repair timeline; split "held-out-r11") was written and annotated blind, first: 1/7, 6 false, 2/2
speakers, 2 not_pairs hit at main 8108423; 2/7, 6 false, 2/2, 2 hit after the round-10 rules.  Round 10 then
became DEV: 4/7, 3 false, 7/8 speakers, 1 hit -> 6/7, 1 false, 9/10, 0 hit (cues "a slip", "spoke too
optimistically", "what I meant to say", a correction note's "An earlier version of this article said"; "I
misspoke" disowns the speaker's own words; a walk-back going on over the speaker's own sentence between is one
pair; "must not publish" is a rule, no negated statement).
Round 11 then became DEV: 2/7, 6 false, 2 hit -> 7/7, 2 false, 0 hit (cues for deleting a post or video,
removing a line, "stands withdrawn", "issued without the approval", "got ahead of myself", "the 48-hour
timeline was not accurate", "withdrew a notification announcing"; a court reversing someone's order; a
caption in straight quotes as the claim; a speaker denying her own words is no walk-back).  Round 12 (held12_*:
a Reuters central-bank story, a Straits Times transport story, a retracted science press release; split
"held-out-r12"), written blind meanwhile, stayed at 2/8, 7 false, 6 hit through all of it.
  The three hits left in round 9 were denials of other people's reports (social-media messages; reports that a
rival was in talks, and the denier's next quotation): round 9's and round 10's blind annotators count such denials
as no walk-back, while the older gold (held2_plant_denial, dev_retail_closures, held3_health_guidance,
tests/data/contrasts/walkback_story) counted a denied report as its claim.  Session 9 settled it the blind
annotators' way (a walk-back is the claim's own side retracting it; README): the stage scores a rebuttal of
someone else's report under the default minimum, the older gold was re-annotated (those pairs are not_pairs
now), and round 9 went to 5/5, 0 false, 0 hit.
"""

from __future__ import annotations

import pytest

from contrasts_unseen_score import articles, evaluate, totals


# the rounds that keep their own floors (not the older twenty's)
NEWER = ("held7_", "held8_", "held9_", "held10_", "held11_", "held12_", "held13_", "held14_", "held15_", "held16_",
         "held17_", "held18_")


@pytest.fixture(scope="module")
def scores():
    return {"dev": evaluate("dev"), "held-out-r19": evaluate("held-out-r19"), "held-out-r20": evaluate("held-out-r20")}


def test_splits_dev_and_the_rounds_19_and_20_held_out():
    """Round 1 wrote 3 DEV + 3 HELD-OUT (held_*); rounds 2 and 3 each made the previous HELD-OUT DEV and
    wrote 3 new HELD-OUT articles (held2_*, held3_*); round 4 made held3_* DEV (their output was read while
    fixing) and wrote none; round 5 wrote three new HELD-OUT articles (held5_*), one without a walk-back,
    which round 6 made DEV; round 6 wrote held6_*, which round 7 made DEV; held7_* and held8_* became DEV in
    session 7, when held9_* were written blind; held9_* became DEV in session 8, when held10_* were written
    blind; held10_* and then held11_* became DEV in session 9, when held11_* and held12_* were written blind;
    held12_* and held13_* became DEV in session 10, when held14_* and held15_* were written blind; held14_* became
    DEV in session 11, when held16_* were written blind; held15_* to held18_* became DEV in session 12, when held17_*
    to held20_* were written blind; held19_* and held20_* are HELD-OUT."""
    from contrasts_unseen_score import gold

    dev = articles("dev")
    assert all(articles(f"held-out{r}") == [] for r in ("", "-r6", "-r7", "-r8", "-r9", "-r10", "-r11", "-r12", "-r13",
                                                        "-r14", "-r15", "-r16", "-r17", "-r18"))
    held7 = [a for a in dev if a.startswith("held7_")]
    assert held7 == ["held7_bridge_tolls", "held7_groundnut_oil", "held7_sgx_contract"]
    assert [len(gold(a)["pairs"]) for a in held7] == [0, 2, 3]
    held8 = [a for a in dev if a.startswith("held8_")]
    assert held8 == ["held8_crows_draft", "held8_minch_ferry", "held8_penang_water"]
    assert [len(gold(a)["pairs"]) for a in held8] == [0, 3, 2]
    assert [a for a in dev if a.startswith("held13_")] == ["held13_egypt_gas_memorandum", "held13_nwc_mona_supply",
                                                          "held13_sahra_logistics_ipo"]
    held15 = [a for a in dev if a.startswith("held15_")]
    assert held15 == ["held15_ap_colorado_measles_count", "held15_lemonde_maternity_list",
                      "held15_nikkei_hakuryo_kumamoto_plant"]
    assert [len(gold(a)["pairs"]) for a in held15] == [3, 2, 3]
    held17 = [a for a in dev if a.startswith("held17_")]
    assert held17 == ["held17_bangkokpost_suvarnabhumi_ride_hailing", "held17_nature_antibiotic_preprint_withdrawn",
                      "held17_sky_social_homes_misspoke"]
    assert [len(gold(a)["pairs"]) for a in held17] == [2, 3, 3]
    assert articles("held-out-r19") == ["held19_guardian_scaffold_trial", "held19_kathmandupost_trekking_rules",
                                        "held19_reuters_cocoa_forecast"]
    assert [len(gold(a)["pairs"]) for a in articles("held-out-r19")] == [3, 2, 3]
    held14 = [a for a in dev if a.startswith("held14_")]
    assert held14 == ["held14_hcmc_grade10_exam", "held14_inquirer_flood_control_funds", "held14_storm_gerda_wales_live"]
    assert [len(gold(a)["pairs"]) for a in held14] == [2, 3, 3]
    held16 = [a for a in dev if a.startswith("held16_")]
    assert held16 == ["held16_euronews_brussels_tractors_live", "held16_flightglobal_cordillera_neo_groundings",
                      "held16_globe_prairie_harvest_brandon"]
    assert [len(gold(a)["pairs"]) for a in held16] == [3, 3, 3]
    held18 = [a for a in dev if a.startswith("held18_")]
    assert held18 == ["held18_irishexaminer_tillage_scheme", "held18_politico_fleet_mandate_draft",
                      "held18_yonhap_jeonse_loans"]
    assert [len(gold(a)["pairs"]) for a in held18] == [2, 3, 3]
    assert articles("held-out-r20") == ["held20_batimes_gas_subsidies", "held20_politico_subsidies_vote",
                                        "held20_ttguardian_laventille_release"]
    assert [len(gold(a)["pairs"]) for a in articles("held-out-r20")] == [2, 3, 3]
    held12 = [a for a in dev if a.startswith("held12_")]
    assert held12 == ["held12_circle_line_stalled_train", "held12_nbp_rate_cut_remark", "held12_tereminol_dementia_release"]
    assert [len(gold(a)["pairs"]) for a in held12] == [2, 3, 3]
    held11 = [a for a in dev if a.startswith("held11_")]
    assert held11 == ["held11_ashbourne_transfer_video", "held11_karachi_heatwave_schools", "held11_nuvio_orbit_glasses"]
    assert [len(gold(a)["pairs"]) for a in held11] == [2, 2, 3]
    held10 = [a for a in dev if a.startswith("held10_")]
    assert held10 == ["held10_cape_taxi_violence", "held10_hammerfjell_gas", "held10_hku_liver_drug"]
    assert [len(gold(a)["pairs"]) for a in held10] == [2, 2, 3]
    held9 = [a for a in dev if a.startswith("held9_")]
    assert held9 == ["held9_dubai_school_fees", "held9_nb_er_hours", "held9_voltaro_bookings"]
    assert [len(gold(a)["pairs"]) for a in held9] == [0, 3, 2]
    held6 = [a for a in dev if a.startswith("held6_")]
    assert held6 == ["held6_airline_rebooking", "held6_nursing_offers", "held6_thermostat_update"]
    assert [len(gold(a)["pairs"]) for a in held6] == [3, 3, 0]
    assert len([a for a in dev if not a.startswith(("dev_lead_",) + NEWER)]) == 18
    assert sorted(a for a in dev if a.startswith("held") and not a.startswith(NEWER)) == [
        "held2_mountain_rescue", "held2_plant_denial", "held2_police_account",
        "held3_federation_ban", "held3_health_guidance", "held3_minister_clarifies",
        "held5_flu_spray", "held5_hospice_fraud", "held5_parcel_hub",
        "held6_airline_rebooking", "held6_nursing_offers", "held6_thermostat_update",
        "held_appeals_court", "held_foreign_minister", "held_health_vaccine"]
    assert [len(gold(a)["pairs"]) for a in ("held5_flu_spray", "held5_hospice_fraud", "held5_parcel_hub")] \
        == [2, 0, 3]
    assert sum(not gold(a)["pairs"] for a in dev) >= 5


def test_dev_floor(scores):
    """All 20 DEV articles (held6_* included since round 7): 30/31, 9 false, 45/53 speakers, 0 not_pairs hit;
    27/28, 8 false, 45/49 speakers since session 9 moved three denied reports (held2_plant_denial, held3_health_guidance,
    dev_retail_closures) from the pairs to the not_pairs.
    Two speakers of the old 17 may be wrong: the university whose press release held5_flu_spray corrects is
    no speaker of the quotes stage (its release is quoted with no attribution verb), so that pair has neither
    side's; held6_airline_rebooking's minister is named "of State" by the quotes stage, and held6_nursing_offers'
    university (its statement, its emails) is no known speaker either (six sides)."""
    t = totals({k: v for k, v in scores["dev"].items() if not k.startswith(NEWER)})
    assert t["matched"] >= 27 and t["false"] <= 10 and t["not_pairs_hit"] == 0, t
    assert t["speakers_right"] >= t["speakers_checked"] - 8, t


def test_rounds_7_and_8_floor(scores):
    """held7_* and held8_* (HELD-OUT until session 7, DEV since): at session 7's start 4/10, 8 false, 7/8
    speakers, 4 not_pairs hit (round 7: 1/5, 4 false, 1 hit; round 8: 3/5, 4 false, 3 hit); after session 7's
    contrasts rules 10/10, 1 false (a second walk-back sentence of a matched pair), 15/20 speakers, 0 hit
    (round 7: 5/5, 1 false, 6/10; round 8: 5/5, 0 false, 9/10).  Session 8's cues ("contained an error",
    "regrets the error") add one more such second sentence: held8_penang_water's chief executive quoted in
    the corporation's second statement, a side the merge of adjacent walk-backs does not see as one."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith(("held7_", "held8_"))})
    assert t["matched"] >= 10 and t["false"] <= 2 and t["not_pairs_hit"] == 0, t
    assert t["speakers_right"] >= t["speakers_checked"] - 5, t


def test_round_9_floor(scores):
    """held9_* (HELD-OUT in session 7, output unread: 1/5, 9 false, 8 not_pairs hit at its start and end; DEV
    since session 8): after session 8's rules 5/5, 3 false, 8/10 speakers, 3 hit (the denied reports, see
    the module docstring); 5/5, 0 false, 0 hit since session 9 settled that convention."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held9_")})
    assert t["matched"] >= 5 and t["false"] <= 1 and t["not_pairs_hit"] == 0, t
    assert t["speakers_right"] >= t["speakers_checked"] - 2, t


def test_round_10_floor(scores):
    """held10_* (HELD-OUT in session 8, output unread: 4/7, 2 false, 1 not_pairs hit at its start, 4/7, 3 false,
    1 hit at its end; DEV since session 9): after session 9's round-10 rules 6/7, 1 false, 9/10 speakers, 0 hit
    (the miss: the university removing "the same line" its researcher spoke); 6/7, 3 false after the round-11
    cues, the two more being further sentences of the gas company's one walk-back (its lead, its "removed the
    notice") by speakers the merge does not see as one side."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held10_")})
    assert t["matched"] >= 6 and t["false"] <= 3 and t["not_pairs_hit"] == 0, t
    assert t["speakers_right"] >= t["speakers_checked"] - 1, t


def test_round_11_floor(scores):
    """held11_* (HELD-OUT until the middle of session 9: 1/7, 6 false, 2 not_pairs hit at its start; 2/7, 6 false,
    2 hit after the round-10 rules; DEV since): 7/7, 2 false, 9/12 speakers, 0 hit after the round-11 rules; 1 false after session 10 made one side's walk-back told over a few sentences one pair, 0 once an organisation and
    the official speaking for it (by her role) walk back once."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held11_")})
    assert t["matched"] >= 7 and t["false"] == 0 and t["not_pairs_hit"] == 0, t
    assert t["speakers_right"] >= t["speakers_checked"] - 3, t


def test_round_12_floor(scores):
    """held12_* (HELD-OUT through session 9: 2/8, 7 false, 6 not_pairs hit all along; DEV since session 10): 3/8,
    3 false, 3/6 speakers, 1 hit after the first round-12 rules (a withdrawn press release; a denial of a report
    "in" a newspaper, of "suggestions that …", of the article's own narration); 4/8, 2 false, 5/8 speakers, 0 hit
    after the second ("The rail operator" the company; a lead correcting "its earlier statement" that the story
    gives after it in the past perfect; a dispute of a claim its own side walked back is no second walk-back;
    two date stamps on one line are front matter).  Left: a correction note in the dek (the stage pairs body
    sentences), a claim the retraction names in its own sentence where the gold wants the quote (twice); 5/8,
    2 false once a document removed "from its website that showed" names what it showed."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held12_")})
    assert t["matched"] >= 5 and t["false"] <= 2 and t["not_pairs_hit"] == 0, t


def test_round_14_floor(scores):
    """held14_* (written blind at the start of session 10: a BBC Wales live page, a Philippine Daily Inquirer story,
    a VnExpress story; HELD-OUT until session 11: 4/8, 13 false, 4 not_pairs hit at main 1a959cd, 4/8, 11 false,
    4 hit at session 10's end): 7/8, 3 false, 0 hit after the round-14 rules (a live page whose posts run newest
    first finds a walk-back's claim in its own post or the older posts below it; a heading over a walk-back its
    section tells is no pair of its own; a spokesperson for the claimant by name speaks for the same side;
    "correcting what X told", "Apologies for the error", "In our post at 09:20 we gave"; a claim told by a
    social-media page or an accusation brought against the denier is a rebuttal; "should not have to" is no
    regret); 8/8, 1 false after the principal's walk-back (a message sent "saying" is its sender's; "given the
    wrong figure" and "I was mistaken" disown his own words; "corrected himself" pairs the claim the story tells
    next, and gives way to his own walk-back of it; a video "of the remark" is no claim).  Left: the Palace's
    "walked back an announcement about a related measure" standing as its own claim."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held14_")})
    assert t["matched"] >= 8 and t["false"] <= 1 and t["not_pairs_hit"] == 0, t


def test_round_13_floor(scores):
    """held13_* (written blind at the end of session 9: a Times of Israel-style politics story, a Gulf IPO story,
    a Jamaica Gleaner-style water story; HELD-OUT until session 10: 2/8, 8 false, 2 not_pairs hit at main 8108423,
    4/8, 6 false, 1 hit at session 9's end and after the round-12 rules): 7/8, 2 false, 9/10 speakers, 0 hit after
    the round-13 rules (a correction note's own earlier text is its claim; "correct the record" disowns the
    speaker's own words; "expressing an ambition, not announcing a plan"; "a typing error"; a rival's verdict is
    a rebuttal); 1 false after one speaker's walk-back over two sentences in a row became one pair.  The false
    pair left: the typing error paired with the chief executive's IPO date (its claim, "it gave 2024 revenue as
    Dh3.2 billion", is in a sentence that reports no statement)."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held13_")})
    assert t["matched"] >= 7 and t["false"] <= 1 and t["not_pairs_hit"] == 0, t


def test_round_15_floor(scores):
    """held15_* (written blind in session 10 while round 12 was being fixed: a Le Monde-style politics story, a
    Nikkei Asia business story, an AP health story; HELD-OUT until session 12: 3/8, 9 false, 0 not_pairs hit from
    main 1a959cd to session 11's end): 8/8, 1 false, 0 hit after the round-15 rules ("is a working draft" disowns;
    "The remark was seized upon by ..." is a reaction, no claim; "had to correct himself" told before the claim;
    "The clarification did little to reassure ..." and "We have been told it was a draft" report no walk-back of
    their own; "saying the remark ..." looks back on the words a person spoke in the paragraph before; a denial
    goes on over the sentence after next by its spokesperson; "reversed his own earlier call", "he had been too
    pessimistic" and the earlier words in ", who in a January note described ... as “...”,"; "Another analyst
    reversed ..." introducing the next sentence's walk-back; "This story has been corrected to show that ...";
    "the department said the number was wrong" after the number).  Left: the company's and its president's
    walk-backs of one remark, four sentences apart, stay two pairs."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held15_")})
    assert t["matched"] >= 8 and t["false"] <= 1 and t["not_pairs_hit"] == 0, t


def test_round_16_floor(scores):
    """held16_* (written blind at the start of session 11: a Euronews live blog, newest entry first; a Globe and Mail
    business story; an aviation trade-press story; HELD-OUT until session 12: 5/9, 8 false, 2 not_pairs hit from
    main 0126c02 to the session-12 round-15 rules): 9/9, 0 false, 0 hit after the round-16 rules ("An earlier
    version of this post said ..."; "That was not accurate", "This was incorrect"; a figure the claim gave and the
    walk-back repeats links them, and a claim answered before links a later walk-back by more than a shared
    "spokesperson"; "rejected the Commission's assurances" rebuts another side (not a head of government's words,
    which his own department may walk back); "Pratt & Whitney disputed that characterisation" names its denier;
    "That post was published by mistake" opening the paragraph after the post; "walked back a claim of its own"
    told after; the same speaker going on in the next sentence; "Claire Dubois, a spokesperson for Prairie
    Harvest" speaks for the company; the lead's walk-back by nobody named and the one its speaker tells after it
    are one pair)."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held16_")})
    assert t["matched"] >= 9 and t["false"] <= 0 and t["not_pairs_hit"] == 0, t


def test_round_17_floor(scores):
    """held17_* (written blind at the start of session 12: a Sky News politics story, a Bangkok Post transport story, a
    Nature news story; HELD-OUT until later in session 12: 3/8, 10 false, 3 not_pairs hit at main dd767ef, 8 false
    after the reading fixes and the round-16 rules): 8/8, 0 false, 0 hit after the round-17 rules ("also corrected
    a figure given by its director-general" and "The row came a day after the department changed course on …" tell
    a walk-back before its claim, and one told so goes on with its side's walk-back after the claim; "the correct
    figure was" looks back on the figure given just before; "denied a report in a Thai-language daily" rebuts; a
    lead's "has withdrawn a preprint that reported …" pairs the preprint's words told next (unless a walk-back in the
    story answers them too); "The university’s original press release … described …" states its claim; "That line
    has now been removed", "the results … do not hold", "dropped that condition"; a correction note runs to its
    paragraph's end; a heading is no claim; a critic's "wrote that … were not accurate" is criticism; an unnamed
    spokesperson and the minister walking back her words are one pair)."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held17_")})
    assert t["matched"] >= 8 and t["false"] <= 0 and t["not_pairs_hit"] == 0, t


def test_round_18_floor(scores):
    """held18_* (written blind in session 12 while round 16 was being fixed: a POLITICO Europe policy story, a Yonhap wire
    story, an Irish Examiner farming story; HELD-OUT until late in session 12: 1/8, 7 false, 5 not_pairs hit at main
    dd767ef, 2/8, 8 false after the reading fixes and the round-17 rules): 3/8, 4 false, 1 hit after the round-18 rules
    (a reversal cue in an accusation or negated, "said the reversal showed", "rejected the opposition's claim",
    "distance itself from remarks by …, X, who said … that “…”", "his comments had gone too far", "prompted a quick
    U-turn by one MEP").  Left: a leaked draft's words told inside a quotation, a minister's "no extension" reversed
    without a cue, Yonhap's ATTN correction line taken as the dek, a denial of another body's claim merged with a
    no-decision sentence."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held18_")})
    assert t["matched"] >= 3 and t["false"] <= 4 and t["not_pairs_hit"] <= 1, t


def test_round_6_articles_floor(scores):
    """held6_* (DEV since round 7): 1/6, 7 false, 1/2 speakers, 6 not_pairs hit at the round's start;
    5/6, 1 false, 4/10 speakers, 0 hit after the round-7 rules."""
    t = totals({k: v for k, v in scores["dev"].items() if k.startswith("held6_")})
    assert t["matched"] >= 5 and t["false"] <= 1 and t["not_pairs_hit"] == 0, t


@pytest.mark.parametrize("name", ["dev_match_report"])
def test_match_report_without_walk_back_yields_no_pair(scores, name):
    """A goalkeeper's mistake, a VAR reversal, penalties denied, a denial of what nobody claimed: no pair."""
    assert scores["dev"][name]["found"] == 0, scores["dev"][name]


def test_airline_fee_pairs_the_sunday_announcement():
    """The claim answered by "the earlier announcement had been premature" is the statement right before
    it, not the chief executive's "we got this one wrong" (session 3's fault)."""
    from helpers import contrasts as C
    from helpers.article import Article

    from contrasts_unseen_score import DATA

    art = Article.from_text((DATA / "dev_lead_airline_fee.txt").read_text("utf-8"))
    df = C.find_contrasts(art, curated=False)
    assert len(df) == 1 and "would take effect on April 1" in df.iloc[0].claim_text, df.claim_text.tolist()


def test_shared_verdict_word_links_nothing():
    """Two remarks that merely both call something a draft are no claim / retraction pair."""
    from helpers import contrasts as C
    from helpers.article import Article

    from contrasts_unseen_score import DATA

    art = Article.from_text((DATA / "dev_lead_hospital_memo.txt").read_text("utf-8"))
    df = C.find_contrasts(art, curated=False)
    assert not any("First they say it is a draft" in r for r in df.retraction_text)


def _pairs(name):
    from helpers import contrasts as C
    from helpers.article import Article

    from contrasts_unseen_score import DATA

    return C.find_contrasts(Article.from_text((DATA / f"{name}.txt").read_text("utf-8"), name=name), curated=False)


def _pairs_all(name):
    """Every raw pair of ``name``, those under the default minimum too."""
    from helpers import contrasts as C
    from helpers.article import Article

    from contrasts_unseen_score import DATA

    return C.find_contrasts(Article.from_text((DATA / f"{name}.txt").read_text("utf-8"), name=name),
                            curated=False, min_score=0)


def test_relative_clause_denial_denies_the_clause_before_it():
    """'One said Horvath had cleared her remarks ..., which Nagy denied': the claim is the clause before
    ', which', the denier the name after it (round 2: paired with the diplomats' sentence before, no speaker)."""
    df = _pairs("held_foreign_minister")
    row = df[df.retraction_text.str.contains("which Nagy denied")].iloc[0]
    assert row.claim_text.endswith("in the prime minister's office beforehand") and row.retraction_speaker == "Peter Nagy"


def test_disowned_and_misunderstood_remarks_pair_with_the_ministers_words():
    """'did not reflect the position of the government' and 'had been "misunderstood"' answer the foreign
    minister's quoted words, not the diplomats' sentence about how they were received (a reaction)."""
    df = _pairs("held_foreign_minister")
    for cue in ("did not reflect the position", "misunderstood"):
        row = df[df.retraction_text.str.contains(cue)].iloc[0]
        assert "no longer insists" in row.claim_text and row.claim_speaker == "Katalin Horvath", row.claim_text


def test_retracted_paper_names_its_finding_and_its_author():
    """'retracted a 2023 paper by a team led by Dr. Pieter van der Berg, ..., which had reported that X':
    the claim is X, by van der Berg (round 2: paired with the agency's unrelated announcement)."""
    df = _pairs("held_health_vaccine")
    row = df[df.retraction_text.str.contains("retracted a 2023 paper")].iloc[0]
    assert "cut hospital admissions" in row.claim_text and row.claim_speaker == "Pieter van der Berg"
    assert not df.retraction_text.str.contains("The retracted figure").any()


def test_court_story_without_walk_back_yields_no_pair():
    """'had not decided whether to retry', 'was also denied parole': no pair (both were pairs in round 1)."""
    assert len(_pairs("held_appeals_court")) == 0


def test_advice_and_a_path_retraced_are_no_walk_backs():
    """'It's a mistake to think ...' is advice and 'backtracked to a cairn' a walk on a hill; 'He denied that
    the rise meant ...' denies what nobody said: the rescue story has no pair (round 3: three false pairs)."""
    from helpers.contrasts import find_cues

    assert find_cues("\u201cIt\u2019s a mistake to think everyone who climbs the Ben has a car,\u201d she said.") \
        == []
    assert find_cues("It would be a mistake to assume nobody followed it.") == []
    assert find_cues("Rather than pressing on, the walkers backtracked to a cairn they had passed earlier.") == []
    assert [c.text for c in find_cues("He said it was a mistake to publish the figures.")] == ["a mistake"]
    assert [c.text for c in find_cues("The minister backtracked on the pledge.")] == ["backtracked"]
    assert len(_pairs("held2_mountain_rescue")) == 0


def test_lead_denial_pairs_with_the_report_given_in_the_next_sentence():
    """'Harcastle has denied a newspaper report that ...' then 'The Northern Chronicle reported on Monday
    that ...': the claim is the report as given, also for the company's later statement (round 3: the
    lead's paraphrase was the claim of both).  Since session 9 a denied report is no walk-back: both pairs
    stay under the default minimum, their evidence saying so."""
    from helpers import contrasts as C
    from helpers.article import Article

    from contrasts_unseen_score import DATA

    art = Article.from_text((DATA / "held2_plant_denial.txt").read_text("utf-8"), name="held2_plant_denial")
    df = C.find_contrasts(art, curated=False, min_score=0)
    for cue in ("has denied a newspaper report", "No decision has been taken"):
        row = df[df.retraction_text.str.contains(cue)].iloc[0]
        assert "had approved a plan to shut the factory" in row.claim_text, row.claim_text
        assert row.score < C.DEFAULT_MIN_SCORE and "denies someone else's report" in row.evidence, row.evidence


def test_initial_statement_not_accurate_answers_the_departments_account():
    """'Our initial statement was not accurate' (a new cue) answers the department's first account."""
    df = _pairs("held2_police_account")
    row = df[df.retraction_text.str.contains("Our initial statement was not accurate")].iloc[0]
    assert "repeated the account" in row.claim_text or "pointed a handgun" in row.claim_text, row.claim_text


def test_correction_notice_names_the_earlier_version_of_the_article():
    """'Correction: An earlier version of this article misstated the street ...': the claim is the article's
    own earlier version the notice states (round 3: paired with a council member's unrelated sentence)."""
    df = _pairs("held2_police_account")
    row = df[df.retraction_text.str.contains("misstated the street")].iloc[0]
    assert row.claim_text.startswith("An earlier version of this article"), row.claim_text


def test_agency_correcting_its_table_and_denying_pressure():
    """Round 4 (held3_health_guidance, no pair before): 'The correct dose for that weight is', 'The dosing
    chart we published last week was incorrect' (new cue forms), 'rejected suggestions from some online
    commentators that X' (the claim X named after 'from ...'), 'That is simply false'; the deputy director
    ('the institute's deputy director') speaks for the institute, her words are no expert commentary; 'the
    corrected table' and 'did not mean the earlier advice had been wrong' are no walk-backs."""
    from helpers.contrasts import find_cues

    df = _pairs("held3_health_guidance")
    row = df[df.retraction_text.str.contains("was incorrect, and we have replaced it")].iloc[0]
    assert "could be given 10 milliliters" in row.claim_text and row.score >= 0.55
    # (the commentators' suggestion is named as the claim; since session 9 a rebuttal, under the minimum)
    row = _pairs_all("held3_health_guidance").pipe(lambda d: d[d.retraction_text.str.contains("rejected suggestions")]).iloc[0]
    assert row.claim_text.startswith("suggestions from some online commentators that the institute had been")
    assert row.retraction_speaker == "Angela Whitfield" and row.score < 0.55
    assert find_cues("they should use the corrected table from now on") == []
    assert find_cues("officials said that update did not mean the earlier advice had been wrong.") == []
    assert [c.type for c in find_cues('"That is simply false," she said.')] == ["denial"]


def test_federation_walk_back_has_its_speaker_and_no_reactions():
    """Round 4 (held3_federation_ban): 'On Tuesday the federation said that statement had been wrong' is
    spoken by the federation (a 'the <noun> said' subject naming one known speaker; was no speaker); a
    rival's 'the federation's mistake showed ...' (a verdict on someone else's act) and 'reversed a separate
    decision' (something other than the story's claim) are no walk-backs (both were pairs)."""
    from helpers.contrasts import find_cues

    df = _pairs("held3_federation_ban")
    assert len(df) == 1, df.retraction_text.tolist()
    assert "statement had been wrong" in df.iloc[0].retraction_text
    assert df.iloc[0].retraction_speaker == "European Sprint Federation"
    assert find_cues("Jake Morrow said the federation's mistake showed why athletes did not trust it.") == []
    assert find_cues("It had reversed a separate decision, taken by its council last year.") == []
    assert [c.text for c in find_cues("It's a mistake, she said.")] == ["a mistake"]
    assert [c.text for c in find_cues("He admitted the minister's mistake.")] == ["mistake"]


def test_verdict_on_a_remark_is_no_claim():
    """Round 4 (held3_minister_clarifies): 'Water UK, the industry body, called the comment "inflammatory"'
    judges the minister's remark, it is a reaction: the department's clarification was paired with it."""
    df = _pairs("held3_minister_clarifies")
    assert not df.claim_text.str.contains("called the comment").any(), df.claim_text.tolist()


def test_curated_output_keeps_one_pair_per_walk_back():
    """Round 4: in the curated (analyst's) output, Harcastle's lead denial and its later 'No decision has
    been taken' answer one report by one speaker: one pair (the better-scoring one); the raw output keeps both.
    (Round 6: the department's "speaking hypothetically", a third raw pair with the report, now answers the
    minister's words.  Session 9: a denied report scores under the default minimum, so the minimum is 0 here.)"""
    from helpers import contrasts as C
    from helpers.article import Article

    from contrasts_unseen_score import DATA

    art = Article.from_text((DATA / "held2_plant_denial.txt").read_text("utf-8"), name="held2_plant_denial")
    raw, cur = C.find_contrasts(art, curated=False, min_score=0), C.find_contrasts(art, min_score=0)
    report = "had approved a plan to shut the factory"
    assert raw.claim_text.str.contains(report).sum() == 2
    kept = cur[cur.claim_text.str.contains(report)]
    assert len(kept) == 1 and kept.retraction_text.str.contains("No decision has been taken").any()


def test_reversed_decision_the_story_never_told_is_no_walk_back():
    """Round 6 (held5_hospice_fraud, a court report with no walk-back): 'the trust's trustees had reversed a
    decision, taken in 2022, to sell a wing' was paired with the defence's "You will have to decide ...": the
    generic noun of what a reversal reverses ('a decision', 'its plan') names no topic, and a reversal of an
    indefinite 'a decision' that shares at most one word with any earlier sentence changes something the
    story had not told of (as 'denied that X' linked by one word denies what nobody said)."""
    from helpers.contrasts import find_cues

    assert [c.text for c in find_cues("the trustees had reversed a decision, taken in 2022, to sell a wing")] \
        == ["reversed a decision"]
    df = _pairs("held5_hospice_fraud")
    assert not df.retraction_text.str.contains("reversed a decision").any(), df.claim_text.tolist()
    assert len(df) == 0
    # the definite "reversed the decision to close ..." still answers the announcement it names
    assert len(_pairs("dev_council_libraries"))


def test_reporters_link_naming_a_walk_back_is_none():
    """Round 6 (held5_parcel_hub): 'The retraction followed a second correction in as many weeks.' is the
    reporter linking two walk-backs told elsewhere (a definite noun naming a walk-back as the subject of a
    verb like 'followed'): it was paired with the withdrawn notice as a walk-back of its own."""
    from helpers.contrasts import find_cues

    assert find_cues("The retraction followed a second correction in as many weeks.") == []
    assert find_cues("The abrupt reversal came after a week of protests.") == []
    assert [c.text for c in find_cues("The paper issued a retraction on Friday.")] == ["retraction"]
    assert [c.text for c in find_cues("In a reversal, the ministry said so.")] == ["In a reversal"]
    df = _pairs("held5_parcel_hub")
    assert not df.retraction_text.str.contains("The retraction followed").any(), df.retraction_text.tolist()


def test_expert_calling_her_own_remark_a_mistake_walks_it_back():
    """Round 6 (held5_flu_spray): the lead researcher (an expert by her title) said on TV the spray "could
    replace the flu shot ..."; the next paragraph, 'In an interview on Tuesday, Osterberg said that comment
    was a mistake.', walks it back: her verdict on her own remark is no expert commentary (the score was
    halved), and 'that comment' by the same speaker means the sentence right before it, though a paragraph
    break lies between (score 0.19, no pair)."""
    df = _pairs("held5_flu_spray")
    row = df[df.retraction_text.str.contains("said that comment was a mistake")].iloc[0]
    assert "could replace the flu shot" in row.claim_text and row.score >= 0.55
    assert row.claim_speaker == row.retraction_speaker == "Helen Osterberg"


def test_release_replaced_with_a_corrected_version_walks_it_back():
    """Round 6 (held5_flu_spray): 'On Friday the university replaced the release with a corrected version.'
    (a new cue form, as 'corrected a press release') answers the release's 70% claim (no pair before)."""
    from helpers.contrasts import find_cues

    assert [c.type for c in find_cues("On Friday the university replaced the release with a corrected version.")] \
        == ["correction"]
    assert [c.text for c in find_cues("A university has corrected a press release that said X.")] \
        == ["corrected a press release"]
    assert find_cues("The club replaced the coach with a younger one.") == []
    df = _pairs("held5_flu_spray")
    row = df[df.retraction_text.str.contains("replaced the release with a corrected version")].iloc[0]
    assert "reduced laboratory-confirmed influenza by 70%" in row.claim_text, row.claim_text


def test_outsiders_quote_telling_what_they_did_is_no_walk_back():
    """Round 6 (held5_parcel_hub): the union official's '“One day they’re closing the building, the next day
    it was a draft.' tells, inside his quotation, what the other side ("they") did: no verdict on his own
    words (it was paired with the union's complaint, a not_pair hit).  Outside a quotation, or after "they
    admitted", the verdict stays a cue."""
    from helpers.contrasts import find_cues

    assert find_cues("\u201cOne day they\u2019re closing the building, the next day it was a draft.") == []
    assert [c.text for c in find_cues("\u201cIt was a draft,\u201d he said.")] == ["a draft"]
    assert [c.text for c in find_cues("\u201cThey admitted it was a mistake,\u201d he said.")] == ["a mistake"]
    assert [c.text for c in find_cues("They said it was a mistake.")] == ["a mistake"]
    df = _pairs("held5_parcel_hub")
    assert not df.retraction_text.str.contains("the next day it was a draft").any(), df.retraction_text.tolist()


def test_denials_and_mistakes_in_court_are_a_partys_case():
    """Round 6 (held5_hospice_fraud): in a paragraph reporting court proceedings (or the quote right after
    counsel "told the jury"), a witness who "rejected the suggestion that he had agreed to any loan" and
    the prosecutor's "This was not a man who made an honest mistake" argue a side; they withdraw nothing
    (their scores were 0.38 and 0.49, kept under the threshold only by an expert title and chance)."""
    from helpers import contrasts as C
    from helpers.article import Article

    from contrasts_unseen_score import DATA

    art = Article.from_text((DATA / "held5_hospice_fraud.txt").read_text("utf-8"), name="held5_hospice_fraud")
    df = C.candidate_pairs(art, curated=False)
    for cue in ("rejected the suggestion", "made an honest mistake"):
        row = df[df.retraction_text.str.contains(cue)].iloc[0]
        assert row.score < 0.3 and "in court" in row.evidence, (row.score, row.evidence)


def test_disowning_ones_own_speaking_answers_that_speakers_words():
    """Round 6 (held2_plant_denial, a fault left in round 3): 'her department said she had been "speaking
    hypothetically"' disowns the business secretary's own words (her radio answer a paragraph before), not
    the newspaper report other walk-backs answered; so does her 'should have chosen my words'."""
    df = _pairs("held2_plant_denial")
    for cue in ("speaking hypothetically", "should have chosen my words"):
        row = df[df.retraction_text.str.contains(cue)].iloc[0]
        assert "I think that is where this is heading" in row.claim_text and row.claim_speaker == "Helen Marsh", \
            row.claim_text


def test_should_have_been_clearer_answers_the_leaders_own_words():
    """Round 6 (dev_council_libraries, a fault left since round 1): 'Cllr O'Rourke later said on social media
    that she "should have been clearer"' regrets her own radio words (it was paired, at 0.38, with her
    spokesperson's sentence before it)."""
    df = _pairs("dev_council_libraries")
    row = df[df.retraction_text.str.contains("should have been clearer")].iloc[0]
    assert row.claim_speaker == row.retraction_speaker and row.claim_speaker.endswith("Janet O'Rourke"), row.claim_text
    assert "run out of road" in row.claim_text or "will close in April" in row.claim_text


def test_denying_an_accusation_or_a_charge_is_a_defence():
    """Round 6: 'He denies four counts of fraud ...' (held5_hospice_fraud, the defendant's plea) and any
    'denied allegations / accusations / wrongdoing' answer an accusation others made: a defence, not a
    walk-back of the denier's words (the plea was a cue, its pair kept out only by its speaker); a denied
    report or claim stays a cue."""
    from helpers.contrasts import find_cues

    from contrasts_unseen_score import DATA

    text = (DATA / "held5_hospice_fraud.txt").read_text("utf-8")
    plea = text[text.index("He denies four counts"):]
    assert find_cues(plea[:plea.index(".") + 1]) == []
    assert find_cues("The minister denied allegations that she had misled parliament.") == []
    assert find_cues("The company denies any wrongdoing.") == []
    assert [c.text for c in find_cues("Harcastle has denied a newspaper report that it plans to close.")] \
        == ["denied"]
    assert [c.text for c in find_cues("She denied the claims.")] == ["denied"]


def test_sentence_looking_back_on_the_original_release_is_no_claim():
    """Round 6 (held5_flu_spray): '"... the original release did not meet that standard," said Mark Ellery'
    names the earlier statement to judge it: it looks back on the claim and is none (his next sentence's
    'error' was paired with it); the error is the release's."""
    df = _pairs("held5_flu_spray")
    assert not df.claim_text.str.contains("the original release").any(), df.claim_text.tolist()
    row = df[df.retraction_text.str.contains("how the error got through")].iloc[0]
    assert "reduced laboratory-confirmed influenza by 70%" in row.claim_text and row.retraction_speaker == "Mark Ellery"


def test_what_it_described_as_a_clarification_is_no_walk_back():
    """Round 6 (held3_minister_clarifies, the gray pair left in round 4): 'Ms Dunmore's department issued what
    it described as a clarification' keeps the source's label at a distance (the clarification withdraws
    nothing: the minister stands by her words); it was paired with her remark.  A plain 'issued a
    clarification' stays a cue."""
    from helpers.contrasts import find_cues

    assert find_cues("On Thursday, Ms Dunmore's department issued what it described as a clarification.") == []
    assert [c.text for c in find_cues("The department issued a clarification.")] == ["clarification"]
    assert len(_pairs("held3_minister_clarifies")) == 0


def test_background_reversal_of_an_indefinite_decision_is_no_walk_back():
    """Round 7 (held6_*): 'In 2023 the airline reversed a decision to charge the same fee ...', 'In July it
    reversed a decision to move all course enrolments online', 'Last spring the company reversed a plan to put
    remote scheduling behind its paid subscription': an indefinite decision whose content follows it ("to" +
    verb) is told for the first time, background to the story (each was paired, three not_pairs hit); the
    definite "reversed the decision to close the libraries" still answers the announcement."""
    for name, cue in (("held6_airline_rebooking", "reversed a decision to charge"),
                      ("held6_nursing_offers", "reversed a decision to move"),
                      ("held6_thermostat_update", "reversed a plan to put")):
        df = _pairs(name)
        assert not df.retraction_text.str.contains(cue).any(), (name, df.retraction_text.tolist())
    from helpers import contrasts as C
    from helpers.article import Article

    art = Article.from_text("Budget Cuts\n\nOn Monday the mayor announced that the city would close three "
                            "libraries. Days later, the council said it had reversed the decision to close the "
                            "libraries.")
    assert len(C.find_contrasts(art, curated=False)) == 1


def test_denying_another_partys_statement_is_a_dispute():
    """Round 7 (held6_*): 'AirNav Ireland ... rejected that suggestion' (the airline's) and 'The university
    denied that the error had anything to do with staffing levels' (the union's charge) answer a named other
    party's statement: a dispute, not a walk-back (both were pairs).  Since session 9 a denied report is no
    pair either (a rebuttal of someone else's report)."""
    df = _pairs("held6_airline_rebooking")
    assert not df.retraction_text.str.contains("rejected that suggestion").any(), df.retraction_text.tolist()
    df = _pairs("held6_nursing_offers")
    assert not df.retraction_text.str.contains("The university denied that").any(), df.retraction_text.tolist()
    assert not _pairs("held2_plant_denial").retraction_text.str.contains("has denied a newspaper report").any()


def test_negation_ends_before_a_preposition():
    """Round 7 (held6_thermostat_update): 'so the bug was never caught before release' negates 'caught', not
    the release (a 'send' predicate): it was paired as a negated claim with Reddit posts."""
    assert len(_pairs("held6_thermostat_update")) == 0


def test_institution_saying_sent_in_error_walks_back_the_quoted_offer():
    """Round 7 (held6_nursing_offers): 'the university said the emails had been “generated and sent in error
    ...”' was halved as expert commentary ("university" in its paragraph; 'the university' is the institution
    speaking, not an expert at one), and its claim, the emails' 'told applicants ...: “Congratulations!', ended
    inside the quotation it opens, so the offer's quoted words ("We are delighted to offer you a place") were
    not in it: the claim runs on to the quotation's end (no pair matched before)."""
    df = _pairs("held6_nursing_offers")
    row = df[df.retraction_text.str.contains("generated and sent in error")].iloc[0]
    assert "We are delighted to offer you a place" in row.claim_text and row.score >= 0.55, row.claim_text


def test_reported_got_the_figure_wrong_and_that_claim_not_correct():
    """Round 7 (held6_airline_rebooking): 'Mr Burke later posted on X that he had “got the figure wrong”' (the
    first-person cue reported in the third person) and 'Westwind said that claim was not correct' ("claim" as
    the statement judged; "that claim" opening the paragraph after the chief executive's quote points at it)
    walk back the minister's and the chief executive's words (neither was a pair)."""
    from helpers.contrasts import find_cues

    assert [c.type for c in find_cues("He later said that he had \u201cgot the figure wrong\u201d.")] == ["mistake"]
    assert find_cues("Fans said he got the tactics wrong.") == []
    df = _pairs("held6_airline_rebooking")
    row = df[df.retraction_text.str.contains("got the figure wrong")].iloc[0]
    assert "entitled to €600 each" in row.claim_text and row.retraction_speaker.endswith("Burke")
    row = df[df.retraction_text.str.contains("that claim was not correct")].iloc[0]
    assert "Every single passenger" in row.claim_text and row.claim_speaker == "Declan Moriarty", row.claim_text


def test_clarifying_that_explains_unless_it_names_an_error_or_an_earlier_statement():
    """Session 7 (held8_*): 'The AFL clarified on Tuesday that father-son and academy bids ... would be
    matched ...' (a rule explained) and 'SPAN also clarified that tariff revisions approved for other states
    last year were not affected ...' (a scope) take nothing back: both were pairs (two not_pairs hit).  The
    verb before a "that" clause is a cue only with an error word or an earlier statement in the sentence."""
    from helpers.contrasts import find_cues

    assert find_cues("SPAN also clarified that tariff revisions approved for other states last year were not "
                     "affected by the Penang review.") == []
    assert [c.text for c in find_cues("\u201cThe board wishes to clarify that the announcement of 2 March 2026 "
                                      "should not have described the letter of intent as a secured contract,"
                                      "\u201d the company said.")][0] == "clarify"
    assert [c.text for c in find_cues("He later clarified his comments.")] == ["clarified"]
    assert [c.text for c in find_cues("The ministry clarified that the figure was wrong.")][0] == "clarified"
    assert len(_pairs("held8_crows_draft")) == 0
    assert not _pairs("held8_penang_water").retraction_text.str.contains("SPAN also clarified").any()


def test_denying_a_partys_claims_or_a_report_the_story_never_gave_is_no_walk_back():
    """Session 7 (held7_sgx_contract, held8_penang_water): 'He denied claims by opposition assemblymen that
    the increase was meant to ...' answers a named party's charge (a dispute), and 'A rival yard, Loyang
    Offshore Engineering, denied a market report on Tuesday that it had been competing for the same order'
    denies an indefinite report told nowhere else, outside the lead (it was paired with the filing's 'largest
    order'): both were pairs (two not_pairs hit).  A lead's denied newspaper report given in the next
    sentence, and 'rejected suggestions from some online commentators that ...', stayed pairs until session 9
    settled that a rebuttal of someone else's report or claim is no walk-back."""
    assert not _pairs("held8_penang_water").retraction_text.str.contains("denied claims by opposition").any()
    assert not _pairs("held7_sgx_contract").retraction_text.str.contains("denied a market report").any()
    assert not _pairs("held2_plant_denial").retraction_text.str.contains("has denied a newspaper report").any()
    assert not _pairs("held3_health_guidance").retraction_text.str.contains("rejected suggestions from some").any()
    from helpers.contrasts import _PARTY_CLAIM

    assert _PARTY_CLAIM.match("claims by the union that staff were cut")
    assert not _PARTY_CLAIM.match("claims by a local newspaper that the plant would close")  # a report, as above


def test_named_claim_running_into_the_walk_backs_own_words_is_none():
    """Session 7 (held7_sgx_contract): in '“The board wishes to clarify that the announcement of 2 March 2026
    should not have described the letter of intent as a secured contract,” the company said', the named claim
    'the announcement of 2 March 2026 should not have described ...' holds the walk-back's own cue: it was
    paired with that same sentence, and again with the dividend walk-back.  A named claim holding a cue of its
    sentence is none; the chief executive's dividend remark is now the claim the filing's 'no decision had been
    made on any special dividend' answers."""
    df = _pairs("held7_sgx_contract")
    assert not df.claim_text.str.contains("should not have described").any(), df.claim_text.tolist()
    row = df[df.retraction_text.str.contains("no decision had been made on any special dividend")].iloc[0]
    assert "pay a special dividend this financial year" in row.claim_text, row.claim_text


def test_did_not_accurately_describe_and_not_in_fact_walk_back():
    """Session 7 (held7_sgx_contract): 'the company said the Monday announcement “did not accurately describe”
    the status of the deal' and the lead's 'said it had not in fact signed a S$480 million contract' carried no
    cue: the lead was taken for the claim the filing answers.  Both are cues now, and the Monday filing ('had
    “secured a contract worth approximately S$480 million”') is the claim answered (no pair matched it)."""
    from helpers.contrasts import find_cues

    assert [c.type for c in find_cues("the company said the Monday announcement \u201cdid not accurately "
                                      "describe\u201d the status of the deal.")] == ["mistake"]
    assert [c.type for c in find_cues("The group said it had not in fact signed a contract.")] == ["correction"]
    assert find_cues("The figures did not fully arrive until Friday.") == []
    df = _pairs("held7_sgx_contract")
    row = df[df.retraction_text.str.contains("did not accurately describe")].iloc[0]
    assert "secured a contract worth approximately" in row.claim_text, row.claim_text


def test_sentence_reported_with_it_said_after_a_walk_back_goes_on_with_it():
    """Session 7 (held7_sgx_contract): 'Meranti Shipyard had signed a non-binding letter of intent with the
    customer, and no definitive contract had been entered into, it said.' follows the company's walk-back in
    its paragraph: it is the walk-back going on, no claim ('The board wishes to clarify ...' was paired with
    it); that walk-back answers the Monday filing."""
    df = _pairs("held7_sgx_contract")
    assert not df.claim_text.str.contains("had signed a non-binding letter of intent").any(), df.claim_text.tolist()
    row = df[df.retraction_text.str.contains("The board wishes to clarify")].iloc[0]
    assert "secured a contract worth approximately" in row.claim_text, row.claim_text


def test_walk_back_naming_a_statement_told_after_it_answers_that_statement():
    """Session 7 (held8_minch_ferry): 'Meanwhile, Transport Secretary Fiona Galbraith has corrected a statement
    she made at Holyrood about the new vessel ...' names a statement the next paragraph tells ('Ms Galbraith
    told MSPs that the MV Glas Bheinn ... “will be carrying passengers ...”'); it was paired with the ferry
    company's earlier statement (sharing 'vessel', 'route').  A lead's walk-back keeps its claim (the
    statement it sums up is answered by the sentences telling it in full)."""
    df = _pairs("held8_minch_ferry")
    row = df[df.retraction_text.str.contains("has corrected a statement she made")].iloc[0]
    assert "will be carrying passengers on the Little Minch" in row.claim_text, row.claim_text
    assert row.claim_speaker == "Fiona Galbraith"


def test_that_date_points_at_the_statement_giving_it():
    """Session 7 (held8_minch_ferry): 'On Wednesday the operator said that date had been given in error.'
    opens the paragraph after the company's statement ('“will return to the Uig–Tarbert route on Friday 14
    March”') and shares no word with it: 'that date' points back at it, as 'that claim' does (it scored 0.38,
    no pair)."""
    df = _pairs("held8_minch_ferry")
    row = df[df.retraction_text.str.contains("that date had been given in error")].iloc[0]
    assert "will return to the Uig" in row.claim_text and row.score >= 0.55, row.claim_text


def test_spoken_too_soon_and_should_have_waited_walk_back():
    """Session 7 (held7_sgx_contract): 'Mr Lim said he had “spoken too soon” on the dividend and should have
    waited for the contract to be finalised' carried no cue (no pair); both phrases are cues now and it
    answers his own dividend remark."""
    from helpers.contrasts import find_cues

    assert [c.type for c in find_cues("Mr Lim said he had \u201cspoken too soon\u201d on the dividend.")] == ["mistake"]
    assert [c.type for c in find_cues("He said he should have waited for the contract.")] == ["regret"]
    assert find_cues("Critics said the board should have waited for the audit.") == []
    assert find_cues("The train left too soon.") == []
    df = _pairs("held7_sgx_contract")
    row = df[df.retraction_text.str.contains("spoken too soon")].iloc[0]
    assert "pay a special dividend this financial year" in row.claim_text, row.claim_text


def test_office_holder_with_a_doctors_title_is_no_expert_commentary():
    """Session 7 (held7_groundnut_oil): 'the state’s Commissioner for Health, Dr. Tunde Adeyemo, said ... that
    “two children have already died ...”' is an official's claim (the quotes stage files 'Dr.' as an expert):
    halved as expert commentary, it lost to the company's statement as the claim the ministry's 'was premature
    and has been withdrawn' answers."""
    df = _pairs("held7_groundnut_oil")
    row = df[df.retraction_text.str.contains("was premature and has been withdrawn")].iloc[0]
    assert "two children have already died" in row.claim_text and row.claim_speaker == "Tunde Adeyemo", row.claim_text


def test_round_19_held_out_floor(scores):
    """Round 19's HELD-OUT, written blind in session 12 while round 17 was being fixed (a Reuters commodities story,
    a Guardian courts story, a Kathmandu Post story; totals only): 2/8, 7 false, 4/4 speakers, 1 not_pairs hit at
    main dd767ef (session 12 start) and after the round-15 and round-16 rules; 2/8, 5 false after the round-17
    rules."""
    t = totals(scores["held-out-r19"])
    assert t["matched"] >= 2 and t["false"] <= 5 and t["not_pairs_hit"] <= 1, t


def test_round_20_held_out_floor(scores):
    """Round 20's HELD-OUT, written blind at the end of session 12 while round 18 was being fixed (a POLITICO US
    Congress story, a Buenos Aires Times economy story, a Trinidad and Tobago Guardian crime story; totals only): 2/8,
    8 false, 3/4 speakers, 2 not_pairs hit at main dd767ef (session 12 start); 4/8, 6 false, 2 hit after the round-15
    to round-17 rules and after the round-18 rules."""
    t = totals(scores["held-out-r20"])
    assert t["matched"] >= 4 and t["false"] <= 6 and t["not_pairs_hit"] <= 2, t
