"""Blind round 4 (expectations written before the first run; first look: mention-count F1 0.76).
Two counting slips in the expectations were corrected afterwards and are marked; the rest is as
written, including two conventions the rules do not follow ("US Central Command" whole, a ship as
PRODUCT)."""

LEBANON = """Lebanon's army deploys south as ceasefire holds

BEIRUT — Lebanese troops began moving into villages near the border with Israel on Monday, as a fragile ceasefire between Israel and Hezbollah entered its second week, the Lebanese Armed Forces said in a statement.

"The army is ready to assume its full responsibilities," Prime Minister Najib Mikati told reporters after meeting US envoy Amos Hochstein in Beirut. Hochstein, who brokered the truce, said Washington would monitor violations together with France.

Israel's defense minister, Israel Katz, warned that the Israeli military would act "with full force" against any breach. Katz spoke a day after an Israeli drone strike killed two people in Nabatieh, according to Lebanon's health ministry.

"Both sides are testing the limits," said Mohanad Hage Ali, a fellow at the Carnegie Middle East Center in Beirut. He added that Iran had little interest in a new war while it rebuilt its alliances.

The United Nations Interim Force in Lebanon, known as UNIFIL, has about 10,000 peacekeepers in the area.
"""

LEBANON_EXPECTED = {
    "Beirut": ("GPE", 3),
    "Lebanese": ("NORP", 1),
    "Israel": ("GPE", 3),
    "Hezbollah": ("ORG", 1),
    "Lebanese Armed Forces": ("ORG", 1),
    "Najib Mikati": ("PERSON", 1),
    "United States": ("GPE", 1),
    "Amos Hochstein": ("PERSON", 2),
    "Washington": ("GPE", 1),
    "France": ("GPE", 1),
    "Israel Katz": ("PERSON", 2),
    "Israeli": ("NORP", 2),
    "Nabatieh": ("GPE", 1),
    "Lebanon": ("GPE", 1),  # (written as 3: the headline is not body, the other is inside UNIFIL's name)
    "Mohanad Hage Ali": ("PERSON", 1),
    "Carnegie Middle East Center": ("ORG", 1),
    "Iran": ("GPE", 1),
    "United Nations Interim Force in Lebanon": ("ORG", 2),
}

YEMEN = """Houthis claim new attack on Red Sea shipping

SANAA, Yemen — Yemen's Houthi rebels said on Thursday they had fired missiles at a Greek-owned tanker in the Red Sea, the latest in a campaign that has disrupted one of the world's busiest trade routes.

Houthi military spokesman Yahya Saree said the group targeted the vessel because its owner had broken a "ban" on ships linked to Israel. The US Central Command said the tanker, the Sounion, was damaged but no crew members were hurt.

Shipping giant Maersk said it would keep diverting vessels around the Cape of Good Hope. "We do not see a safe passage anytime soon," a Maersk spokeswoman, Anna Lindqvist, told Reuters.

Elisabeth Kendall, a Yemen expert at Girton College, Cambridge, said the Houthis had gained popularity at home. Kendall said Saudi Arabia was unlikely to resume its air campaign.
"""

YEMEN_EXPECTED = {
    "Sanaa": ("GPE", 1),
    "Yemen": ("GPE", 3),  # (written as 2: the dateline's "Yemen" was missed)
    "Houthi": ("NORP", 2),
    "Red Sea": ("LOC", 1),
    "Greek": ("NORP", 1),
    "Yahya Saree": ("PERSON", 1),
    "Israel": ("GPE", 1),
    "US Central Command": ("ORG", 1),
    "Sounion": ("PRODUCT", 1),
    "Maersk": ("ORG", 2),
    "Cape of Good Hope": ("LOC", 1),
    "Anna Lindqvist": ("PERSON", 1),
    "Reuters": ("ORG", 1),
    "Elisabeth Kendall": ("PERSON", 2),
    "Girton College": ("ORG", 1),
    "Cambridge": ("GPE", 1),
    "Houthis": ("ORG", 1),
    "Saudi Arabia": ("GPE", 1),
}

BLIND4 = {"lebanon": (LEBANON, LEBANON_EXPECTED), "yemen": (YEMEN, YEMEN_EXPECTED)}
