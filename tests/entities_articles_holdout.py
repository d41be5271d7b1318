"""Hold-out round: written after the last rule change and never used to change a rule.  Its score is
the figure reported with the branch as the out-of-sample estimate (see test_entities_seed.py).
First and only look: mention-count F1 0.94 (iran_nuclear 0.90: "Fordow" typed ORG, "Kelsey Davenport"
ORG because Davenport is also a city, the treaty typed ORG; gaza_aid 1.0)."""

IRAN_NUCLEAR = """Iran expands enrichment as IAEA board meets

VIENNA — Iran has begun installing hundreds of advanced centrifuges at its Fordow plant, the International Atomic Energy Agency said in a confidential report seen by Reuters on Monday.

IAEA Director General Rafael Grossi told reporters in Vienna that inspectors had confirmed the work. "This is a serious development," Grossi said, adding that he hoped to visit Tehran before the end of the month.

Iranian Foreign Minister Abbas Araghchi rejected the report as "politically motivated." Araghchi said Iran remained committed to the Non-Proliferation Treaty.

Britain, France and Germany, the three European parties to the 2015 nuclear deal, are pushing for a resolution censuring Tehran. Kelsey Davenport, director of nonproliferation policy at the Arms Control Association in Washington, said the move could backfire.
"""

IRAN_NUCLEAR_EXPECTED = {
    "Vienna": ("GPE", 2),
    "Iran": ("GPE", 2),
    "Fordow": ("FAC", 1),
    "International Atomic Energy Agency": ("ORG", 2),
    "Reuters": ("ORG", 1),
    "Rafael Grossi": ("PERSON", 2),
    "Tehran": ("GPE", 2),
    "Iranian": ("NORP", 1),
    "Abbas Araghchi": ("PERSON", 2),
    "Non-Proliferation Treaty": ("LAW", 1),
    "United Kingdom": ("GPE", 1),
    "France": ("GPE", 1),
    "Germany": ("GPE", 1),
    "European": ("NORP", 1),
    "Kelsey Davenport": ("PERSON", 1),
    "Arms Control Association": ("ORG", 1),
    "Washington": ("GPE", 1),
}

GAZA_AID = """Aid groups warn of famine in northern Gaza

JERUSALEM — Aid agencies said on Friday that famine was imminent in northern Gaza, as Israeli restrictions and looting kept most convoys from reaching the area.

"People are eating animal feed," said Juliette Touma, communications director for UNRWA, the United Nations agency for Palestinian refugees. Touma said only 12 trucks had entered the north in October.

COGAT, the Israeli military body that oversees crossings, said it had facilitated the entry of more than 700 trucks and blamed Hamas for diverting aid. Hamas denied the accusation.

In Washington, State Department spokesman Matthew Miller said the Biden administration had given Israel 30 days to improve conditions or risk restrictions on some military aid. Israeli Prime Minister Benjamin Netanyahu's office did not respond to a request for comment.
"""

GAZA_AID_EXPECTED = {
    "Jerusalem": ("GPE", 1),
    "Gaza": ("GPE", 1),
    "Israeli": ("NORP", 3),
    "Juliette Touma": ("PERSON", 2),
    "UNRWA": ("ORG", 1),
    "United Nations": ("ORG", 1),
    "Palestinian": ("NORP", 1),
    "COGAT": ("ORG", 1),
    "Hamas": ("ORG", 2),
    "Washington": ("GPE", 1),
    "State Department": ("ORG", 1),
    "Matthew Miller": ("PERSON", 1),
    "Biden": ("PERSON", 1),
    "Israel": ("GPE", 1),
    "Benjamin Netanyahu": ("PERSON", 1),
}

HOLDOUT = {"iran_nuclear": (IRAN_NUCLEAR, IRAN_NUCLEAR_EXPECTED), "gaza_aid": (GAZA_AID, GAZA_AID_EXPECTED)}
