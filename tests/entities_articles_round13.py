"""Round 13, HELD-OUT: six articles (/work/round13/quotes/r13-*.txt, /work/round13/contrasts/held13_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round12.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first).

Conventions followed from the earlier gold (entities_articles_round12.py, round11, round10, unseen_dev*):
the headline, the dek and the byline / date lines are front matter and not counted (the Texas Tribune dek,
"BY ELENA MARQUEZ", "MARCH 26, 2025 5:00 AM CENTRAL"; "Aditya Prasetyo (The Jakarta Post)" and "Central
Halmahera, North Maluku ● Tue, April 15, 2025", which the reading stage takes as the dek; "By Callum Fraser" /
"Local Government Correspondent", "11 April 2025"; "By Times of Israel staff"; "By Fatima Al Hammadi", "June
04, 2025"; "Kimberley Hall" / "Staff Reporter"); time stamps the reading stage keeps in the body ("09 March,
2025, 4:12 pm", "Published: Wednesday | August 20, 2025 | 12:07 AM") and the Gleaner reporter's e-mail
address at the end hold no entity; the publications' correction notes at the end of the body ARE body and
counted ("Israel’s gas exports to Egypt", "Sahra Logistics was founded"); persons under the fullest form
without titles or honorifics ("state Rep.", "Rep.", "ministry spokesperson", "Regional officer", "Council
leader Cllr", "Conservative group leader Cllr", "Energy Minister", "Likud MK", "Yesh Atid MK", "Dr.",
"chief executive", "Mr", "Minister of Water and Environment", "President"), surname-only, first-name-only
(Indonesians on second reference: "Ratna", "Hendra") and possessive mentions under it; acronyms given in
brackets and their later uses under the full name (TWM, Walhi, NWC; ADX); a name inside a longer name is not
a mention of its own ("Texas" in "Texas Water Development Board" / "Texas Rural Water Alliance" / "Texas A&M
University", "House" in the committees' names and "House Bill 2417", "Central Halmahera" in "Central
Halmahera Environment Agency", "Weda" in "PT Teluk Weda Mineral", "Jakarta" in "The Jakarta Post",
"Renfrewshire" in "Renfrewshire Council", "Scottish" in "Scottish Government", "Israel" in "The Times of
Israel" / "Israel Electricity Authority" / "Israel Union for Environmental Defense", "Tel Aviv" in two names,
"Knesset" in "Knesset Economic Affairs Committee", "Abu Dhabi" in "Abu Dhabi Securities Exchange", "Jamaica"
in "Private Sector Organisation of Jamaica", "Hope" in "Hope Pastures" / "Hope River" / "Mona-Hope Road");
a place used as a modifier or in "X-based" counts the place ("the North Maluku chapter", "a Jakarta-based
research group", "Egypt’s Petroleum Ministry", "Abu Dhabi-based", "a Dubai-based investment bank",
"Dubai’s main index"); newspapers and broadcasters are ORG with "The" when it is part of the name (The Jakarta
Post, The Herald, The Times of Israel, The National, The Gleaner; Channel 12, Kan, Bloomberg); X, Facebook,
Instagram and WhatsApp are ORG; parties are ORG (Likud, Yesh Atid) and "Conservative" before "group leader"
NORP (as round 10); parliaments and their chambers are ORG (as Congress, Dáil); neighbourhoods, villages and
communities are GPE (Lelilef, Papine, Hope Pastures, August Town, Liguanea); lower-case and generic
references ("the board", "the agency", "the alliance", "the ministry", "the council", "the community council",
"the committee", "the company", "the commission") are not mentions.

Judgement calls where the earlier gold shows no convention: "Texas House" (the chamber, in "A Texas House
committee") is ORG and "the House floor" counts under it (2), so "Texas" there is not a mention of the state
(Texas GPE 2: "one part of Texas", "rural Texas"); the hometown in a lawmaker's party-hometown tag
("R-Georgetown", "D-San Antonio", "R-Giddings") is a GPE mention (the letters R / D are not marked); "the
Legislature" and "the Senate" (capitalised, the Texas bodies) are ORG; "Calendars" in "dies in Calendars" (a
quote) counts under House Calendars Committee (2); "Rusdi" (one name) is a full PERSON name; "Walhi" in
brackets after "Indonesian Forum for the Environment" counts under it (2); "Sulawesi" is LOC (an island),
"West Java" GPE (a province), "Weda Bay" and "Gleniffer Braes" LOC; "Cosla" (written as a word) is ORG (2);
"Egypt’s Petroleum Ministry" gives Egypt (GPE) and "Petroleum Ministry" (ORG); "Cairo had asked" (the
government by metonymy) counts Cairo (GPE, 2 with "travel to Cairo"); "Leviathan" (3) and "Tamar" are gas
fields (LOC); the Arish-Ashkelon pipeline is FAC (Arish, Ashkelon inside not counted); "the Economic Affairs
Committee" (short form) counts under Knesset Economic Affairs Committee (2); "the Israel Union for
Environmental Defense" (in apposition) counts under Adam Teva V’Din (2); "The ADX general index" counts under
Abu Dhabi Securities Exchange (3, with "a disclosure to the ADX"); "Gulf" and "Mena" are
LOC (regions); "Corporate Area" (Kingston and St Andrew) is GPE; "my statement to the House" counts under
House of Representatives (2); the Mona Reservoir, Marescaux Road and the Mona-Hope Road are FAC, while "the
Mona system" and "the Mona and Hermitage reservoirs" are not marked; "Devon" (a first name given alone) is
PERSON; "Brent" (a crude benchmark), currencies (Dh, $) and "Interstate 35" (dek only) are not marked."""

# /work/round13/quotes/r13-texas-groundwater-override-bill.txt
TEXAS_GROUNDWATER_OVERRIDE_BILL = """Texas House panel advances bill letting state override local groundwater districts

The measure would let the Texas Water Development Board overrule districts that refuse permits to pipe water to fast-growing cities along Interstate 35. Rural landowners say it guts local control.

BY ELENA MARQUEZ
MARCH 26, 2025 5:00 AM CENTRAL

A Texas House committee on Tuesday advanced a bill that would let the state’s water agency overrule local groundwater districts that refuse to let water be pumped to fast-growing cities, setting up a fight between rural landowners and suburban lawmakers over one of the state’s scarcest resources.

The House Natural Resources Committee voted 8-3 to send House Bill 2417 to the full chamber after a hearing that stretched past midnight and drew more than 140 witnesses, most of them opposed.

“We are not going to let a handful of districts decide whether 3 million new Texans get a glass of water,” said state Rep. Travis Kettering, R-Georgetown, the bill’s author. “Water does not stop at a county line, and neither should our planning.”

Kettering said the bill would only apply to projects already included in the state water plan. He added that groundwater districts would keep the power to set pumping limits for their own residents.

Rural landowners and several groundwater districts lined up against the measure.

“This bill takes the one tool we have to protect our wells and hands it to people in Austin who have never seen our aquifer,” said Carla Benavides, general manager of the Blackland Prairie Groundwater Conservation District, which covers four counties east of Austin.

Benavides told the committee that water levels in monitored wells in her district had dropped by an average of 22 feet since 2015. She said some ranchers were already hauling water to their cattle in tanker trucks.

According to the Texas Water Development Board, the state’s population is expected to reach nearly 51 million by 2070, while supplies from existing sources are projected to shrink. The agency’s most recent plan estimates that cities will need about 40% more water over the same period.

The board did not take a position on the bill. A spokesperson said the agency “will implement whatever the Legislature passes” and that its staff had answered lawmakers’ technical questions before the hearing.

Rep. Lorena Ybarra, D-San Antonio, who voted for the bill, said her district had been under watering restrictions for three summers in a row.

“My constituents don’t care whose aquifer it is,” she said, “they care whether the tap works when they turn it on.”

Rep. Wade Hollister, R-Giddings, one of three members who voted no, warned that the bill would set off years of lawsuits between cities and landowners.

“The districts are working. If a city needs water, it can come to the table and pay a fair price like everybody else. Nobody in my district is against growth.

“But you don’t grow one part of Texas by drying up another,” he said.

A lobbyist for one of the large water marketing companies, who requested anonymity because the company has not taken a public position, said the firms expected the bill to be narrowed on the House floor to limit how often the board could step in.

Minutes after the vote, the Texas Rural Water Alliance, a coalition of landowner groups, posted on X: “Tonight eight lawmakers voted to put a price tag on every well in rural Texas. We will remember.”

The alliance also said in a statement that it would ask members to testify against the bill again if it reached the Senate.

Kettering said in an interview after the vote that he was open to an amendment capping the number of permit decisions the board could overturn each year. “I’d rather have a bill that passes than a perfect bill that dies in Calendars,” he said.

Some water experts said the debate missed a bigger problem. Robert Acosta, a hydrologist at Texas A&M University, said the state still did not know how much water many of its aquifers could safely supply.

“We are arguing about who gets to spend the money before anyone has counted what’s in the bank,” Acosta said.

The bill now heads to the House Calendars Committee, which decides which bills reach the floor. The legislative session ends June 2.
"""

TEXAS_GROUNDWATER_OVERRIDE_BILL_EXPECTED = {
    "Texas House": ("ORG", 2),  # "A Texas House committee", "on the House floor" (the chamber); not inside "House Natural Resources Committee", "House Calendars Committee", "House Bill 2417"; dek not counted
    "Texas": ("GPE", 2),  # "one part of Texas", "rural Texas"; not inside "Texas House" and three longer names
    "House Natural Resources Committee": ("ORG", 1),
    "House Bill 2417": ("LAW", 1),  # the bill
    "Texans": ("NORP", 1),  # "3 million new Texans" (a quote)
    "Travis Kettering": ("PERSON", 3),  # "state Rep." is a title; + 2 x "Kettering"
    "Georgetown": ("GPE", 1),  # "R-Georgetown" (party and hometown after a lawmaker's name)
    "Austin": ("GPE", 2),  # "people in Austin" (a quote), "east of Austin"
    "Carla Benavides": ("PERSON", 2),  # "general manager of ..."; + "Benavides told"
    "Blackland Prairie Groundwater Conservation District": ("ORG", 1),
    "Texas Water Development Board": ("ORG", 1),  # "According to the Texas Water Development Board"; "the board" / "the agency" not counted; dek not counted
    "Legislature": ("ORG", 1),  # "whatever the Legislature passes" (the Texas Legislature, capitalised)
    "Lorena Ybarra": ("PERSON", 1),
    "San Antonio": ("GPE", 1),  # "D-San Antonio"
    "Wade Hollister": ("PERSON", 1),
    "Giddings": ("GPE", 1),  # "R-Giddings"
    "Texas Rural Water Alliance": ("ORG", 1),  # "the alliance" not counted
    "X": ("ORG", 1),  # "posted on X"
    "Senate": ("ORG", 1),  # "if it reached the Senate" (the Texas Senate)
    "House Calendars Committee": ("ORG", 2),  # + "dies in Calendars" (its short name, in Kettering's quote)
    "Robert Acosta": ("PERSON", 2),  # + "Acosta said"
    "Texas A&M University": ("ORG", 1),
}


# /work/round13/quotes/r13-weda-bay-mangrove-loss.txt
WEDA_BAY_MANGROVE_LOSS = """Fishers blame nickel smelter waste for mangrove die-off in Weda Bay

Aditya Prasetyo (The Jakarta Post)
Central Halmahera, North Maluku ● Tue, April 15, 2025

Fishers in Central Halmahera regency, North Maluku, say waste from a nickel processing plant has killed swaths of mangrove forest along the coast of Weda Bay, shrinking their catch and pushing some to give up fishing altogether.

"Ten years ago I could fill my boat with crabs before noon. Now I come home with five, sometimes nothing," said Rusdi, 47, a fisher from Lelilef village who, like many Indonesians, goes by one name.

He said the water near the plant's outlet turned reddish-brown after every heavy rain.

The plant is operated by PT Teluk Weda Mineral (TWM), which turns nickel ore into an intermediate product used in batteries for electric vehicles. It began operating in 2020 and expanded to six production lines last year.

According to a satellite analysis by Nusantara Coastal Watch, a Jakarta-based research group, about 310 hectares of mangroves around the bay were lost between 2019 and 2024, most of them within 3 kilometers of the plant.

"What we see in the images is not natural die-off. The losses follow the tailings channels almost exactly," said Dewi Kartikasari, a remote sensing researcher at the group.

She added that the group had sent its findings to the Environment Ministry in January and again in March but had received no reply.

The ministry said on Monday it had sent a team to Central Halmahera last week to take water and sediment samples from the bay.

"The samples will be tested in an accredited laboratory," ministry spokesperson Ratna Wulandari told The Jakarta Post, "and the results will be made public, whatever they show."

Ratna said the ministry could suspend the company's environmental approval if the tests found violations.

TWM external relations head Hendra Gunawan said the company treated all wastewater in settling ponds before releasing it and tested water quality at the outlet every month.

"Our monitoring results are reported to the regional administration every quarter, and they are within the national standards," Hendra said. "We are open to an independent audit."

He said the company had planted 40,000 mangrove seedlings since 2022 as part of its corporate social responsibility program.

Residents say few of those seedlings have survived. An official at the Central Halmahera Environment Agency, who asked not to be named because he was not authorized to speak to the media, said the agency received the company's reports but lacked the equipment to verify them.

"We have two staff for the whole coastline. We cannot check every pipe," the official said.

Indonesia, which holds the world's largest nickel reserves, banned exports of raw ore in 2020 to force companies to process it at home, a policy that has drawn billions of dollars of investment into smelters in Sulawesi and North Maluku.

Environmental groups have long warned that the rush has come at the expense of forests, rivers and coastal communities.

On Sunday, the North Maluku chapter of the Indonesian Forum for the Environment (Walhi) posted drone footage on Instagram showing rows of grey, leafless mangroves near the plant's jetty.

"This is what green nickel looks like from the ground," the group wrote.

Mangroves store several times more carbon per hectare than most tropical forests and shelter the young of many commercial fish species, according to Agus Santoso, a coastal ecologist at IPB University in Bogor, West Java.

"Once a mangrove system dies back this far, replanting alone will not bring it back. You have to fix the water first," he said.

Back in Lelilef, Rusdi said he had started working as a day laborer at a construction site in the industrial area to support his three children.

"The company took the mangroves and now it gives me a job. What can I say?" he said.
"""

WEDA_BAY_MANGROVE_LOSS_EXPECTED = {
    "Central Halmahera": ("GPE", 2),  # "Central Halmahera regency", "to Central Halmahera"; not inside the agency's name
    "North Maluku": ("GPE", 3),  # "regency, North Maluku,", "Sulawesi and North Maluku", "the North Maluku chapter"; the dek line not counted
    "Weda Bay": ("LOC", 1),  # a bay; not inside "PT Teluk Weda Mineral"
    "Rusdi": ("PERSON", 2),  # a mononymous person: his one name is his full name
    "Lelilef": ("GPE", 2),  # a village
    "Indonesians": ("NORP", 1),
    "PT Teluk Weda Mineral": ("ORG", 3),  # + "(TWM)", "TWM external relations head"
    "Nusantara Coastal Watch": ("ORG", 1),
    "Jakarta": ("GPE", 1),  # "a Jakarta-based research group"; not inside "The Jakarta Post"
    "Dewi Kartikasari": ("PERSON", 1),
    "Environment Ministry": ("ORG", 1),  # "the Environment Ministry in January"; "The ministry" not counted
    "Ratna Wulandari": ("PERSON", 2),  # "ministry spokesperson" is no title of a name; + "Ratna said" (first name on second reference)
    "The Jakarta Post": ("ORG", 1),  # "told The Jakarta Post"; the byline line (dek) not counted
    "Hendra Gunawan": ("PERSON", 2),  # "TWM external relations head"; + "Hendra said"
    "Central Halmahera Environment Agency": ("ORG", 1),
    "Indonesia": ("GPE", 1),
    "Sulawesi": ("LOC", 1),  # an island
    "Indonesian Forum for the Environment": ("ORG", 2),  # + "(Walhi)"
    "Instagram": ("ORG", 1),
    "Agus Santoso": ("PERSON", 1),  # "according to Agus Santoso, a coastal ecologist at IPB University"
    "IPB University": ("ORG", 1),
    "Bogor": ("GPE", 1),  # "IPB University in Bogor, West Java"
    "West Java": ("GPE", 1),  # a province
}


# /work/round13/quotes/r13-renfrewshire-bin-strike.txt
RENFREWSHIRE_BIN_STRIKE = """Bin strike to go ahead in Renfrewshire after pay offer rejected

Two-week walkout by refuse collectors will begin on Monday, with no new talks scheduled

By Callum Fraser
Local Government Correspondent

11 April 2025

Refuse collectors in Renfrewshire will walk out for two weeks from Monday after rejecting the council's latest pay offer, the Unite union has confirmed.

Around 180 drivers and loaders, members of Unite and the GMB, are expected to take part, leaving bins uncollected across Paisley, Renfrew, Johnstone and the surrounding villages.

Unite said in a statement that its members had voted by 91 per cent to reject an offer of 3.6 per cent, which it described as a real-terms pay cut for the lowest-paid staff.

Regional officer Gary McBride said: "Our members have been told three years running that there is no money. They empty the bins in all weathers and they are sick of being thanked in January and forgotten in April.

"Nobody wants to see rubbish piling up in the streets, but the council has left them no choice."

The GMB's Scottish organiser, Fiona Baird, told The Herald that members at two depots had also raised concerns about the age of the council's vehicles.

"Half the fleet should have been off the road years ago," she said. "Drivers are breaking down on the Gleniffer Braes with a full load on."

Renfrewshire Council said the offer was in line with the national deal agreed for local government staff across Scotland.

A council spokesman said: "We are disappointed that the unions have chosen to take strike action. Contingency plans are in place, and we will prioritise collections from schools, care homes and households where residents have medical needs."

Council leader Cllr Moira Gilchrist said the authority faced a funding gap of £19 million next year and could not settle separately with one group of workers.

"Every pound we add to one pay bill comes out of a classroom or a care package somewhere else," she said. "I would love to pay everybody more. I can't print money."

According to figures published by the council, its crews collected 94,000 tonnes of household waste last year, about a third of which was recycled.

One driver with 22 years' service, who asked not to be named for fear of disciplinary action, said he took home less than £1,900 a month after tax.

"I've got a son at college and I'm working Saturdays at a garage to make ends meet. That's not right for a full-time job," he said.

Opposition councillors said the dispute could have been avoided. In a post on X, Conservative group leader Cllr Alan Docherty wrote: "Residents are paying the biggest council tax rise in a decade and they still can't get their bins emptied."

Ferguslie Park Community Council urged residents on Facebook to keep bags inside until the strike is over.

"Please keep bins and bags off the pavements – the gulls and the foxes will have a field day," the community council wrote.

The council's environmental health team said there was no immediate risk to public health but advised residents to double-bag food waste and rinse containers.

The Scottish Government said pay for council staff was a matter for councils and Cosla, the umbrella body for Scotland's local authorities.

A spokeswoman for Cosla said its leaders would meet trade unions next week to discuss the national pay deal, but stressed that any local agreement was "a decision for each council".

It is the first bin strike in Renfrewshire since 2022, when refuse workers across Scotland walked out in a dispute over national pay that left rubbish piling up in Edinburgh and Glasgow during the summer.

No further talks had been scheduled by Friday evening.
"""

RENFREWSHIRE_BIN_STRIKE_EXPECTED = {
    "Renfrewshire": ("GPE", 2),  # 2 x; not inside "Renfrewshire Council"; headline not counted
    "Unite": ("ORG", 3),  # "the Unite union", "members of Unite", "Unite said"
    "GMB": ("ORG", 2),  # "the GMB", "The GMB's Scottish organiser"
    "Paisley": ("GPE", 1),
    "Renfrew": ("GPE", 1),
    "Johnstone": ("GPE", 1),
    "Gary McBride": ("PERSON", 1),  # "Regional officer" is no title of a name
    "Scottish": ("NORP", 1),  # "The GMB's Scottish organiser"; not inside "Scottish Government"
    "Fiona Baird": ("PERSON", 1),  # "The GMB's Scottish organiser, Fiona Baird,"
    "The Herald": ("ORG", 1),
    "Gleniffer Braes": ("LOC", 1),  # hills (in a quote)
    "Renfrewshire Council": ("ORG", 1),  # "the council" / "A council spokesman" not counted
    "Scotland": ("GPE", 3),  # "across Scotland" 2 x, "Scotland's local authorities"
    "Moira Gilchrist": ("PERSON", 1),  # "Council leader Cllr" is a title
    "Conservative": ("NORP", 1),  # "Conservative group leader" (the party adjective, as in round 10)
    "Alan Docherty": ("PERSON", 1),  # "Conservative group leader Cllr" is a title
    "X": ("ORG", 1),
    "Ferguslie Park Community Council": ("ORG", 1),  # "the community council" not counted
    "Facebook": ("ORG", 1),
    "Scottish Government": ("ORG", 1),
    "Cosla": ("ORG", 2),  # "councils and Cosla", "A spokeswoman for Cosla"
    "Edinburgh": ("GPE", 1),
    "Glasgow": ("GPE", 1),
}


# /work/round13/contrasts/held13_egypt_gas_memorandum.txt
EGYPT_GAS_MEMORANDUM = """Energy minister’s office says Egypt gas deal he called ‘signed’ is only a draft

Ronen Peretz misspoke in TV interview, aide says; opposition accuses minister of misleading public over export volumes

By Times of Israel staff

09 March, 2025, 4:12 pm

Energy Minister Ronen Peretz’s office said Sunday that a memorandum to raise natural gas exports to Egypt was still a draft and had not been signed, a day after the minister told a television interviewer that the deal was done.

In an interview with Channel 12 news on Saturday night, Peretz said Israel had “signed the final agreement” to increase exports to Egypt by 20 percent from next year, calling it “the biggest energy deal since Leviathan came online.”

On Sunday morning, his office issued a clarification saying the document was “a draft memorandum of understanding that is still being negotiated by the professional teams,” and that no agreement had been signed by either side.

“The minister misspoke. He was referring to the progress made in the talks, not to a signed document,” a senior aide to Peretz told The Times of Israel, speaking on condition of anonymity.

The Prime Minister’s Office also denied a report by the Kan public broadcaster that the premier had ordered the talks frozen over security concerns, calling the report “baseless.”

Egypt’s Petroleum Ministry said in a statement that Egyptian media reports claiming Cairo had asked for additional Israeli gas to cover summer shortages were “not accurate,” without giving further details.

Israel currently exports gas to Egypt and Jordan from the offshore Leviathan and Tamar fields. Much of the gas bound for Egypt flows through the Arish-Ashkelon pipeline, whose direction was reversed in 2020 so that it now carries Israeli gas south.

Yesh Atid MK Naama Lazar accused Peretz of “misleading the public to score political points” and demanded that he appear before the Knesset Economic Affairs Committee.

A spokesman for the Energy Ministry rejected the accusation, saying the minister had “nothing to hide” and would be happy to update the committee.

Earlier in the week, Likud MK Tali Gorfein wrote on X that the Economic Affairs Committee had “approved the export quota increase this morning.” She deleted the post about two hours later.

“My earlier post was a mistake — the committee has not voted on the quota, and the session was postponed. I apologize for the confusion,” Gorfein wrote in a follow-up post.

The committee is due to discuss a draft bill on gas royalties next week, and its chairman said the export quota would be added to the agenda only once the government submits a formal request.

Dr. Yael Mizrahi, an energy economist at Tel Aviv University, disagreed with the ministry’s assessment that higher exports would not raise prices for Israeli consumers.

“It would be a mistake to assume the domestic market is protected forever. Demand is growing faster than the ministry’s forecasts,” she said.

The Israel Electricity Authority said it had not been consulted on the proposed memorandum.

Shares in the Leviathan partners rose about 4% on the Tel Aviv Stock Exchange on Sunday, recovering part of a correction of nearly 9% in the previous two weeks.

Environmental groups have also criticized the planned increase. Adam Teva V’Din, the Israel Union for Environmental Defense, said exporting more gas would lock Israel into fossil fuels for decades and called on the government to publish the full text of the memorandum.

Peretz himself did not comment on Sunday. His office said he would travel to Cairo later this month to continue the talks.

Israel exported around 13.1 billion cubic meters of gas to Egypt in 2024, according to Energy Ministry figures.

An earlier version of this article misstated Israel’s gas exports to Egypt in 2024 as 10.5 billion cubic meters. The correct figure is 13.1 billion cubic meters.
"""

EGYPT_GAS_MEMORANDUM_EXPECTED = {
    "Ronen Peretz": ("PERSON", 5),  # "Energy Minister Ronen Peretz’s office" + 4 x "Peretz"; headline and dek not counted
    "Egypt": ("GPE", 7),  # 6 x "Egypt" (one in the correction note at the end of the body) + "Egypt’s Petroleum Ministry"; headline not counted
    "Channel 12": ("ORG", 1),  # "Channel 12 news" (a TV channel)
    "Israel": ("GPE", 5),  # 4 x + "Israel’s" (in the correction note); not inside three longer names
    "Leviathan": ("LOC", 3),  # "since Leviathan came online" (a quote), "the offshore Leviathan and Tamar fields", "the Leviathan partners": a gas field
    "The Times of Israel": ("ORG", 1),  # "told The Times of Israel"; the byline "By Times of Israel staff" not counted
    "Prime Minister’s Office": ("ORG", 1),  # "The Prime Minister’s Office"
    "Kan": ("ORG", 1),  # "the Kan public broadcaster"
    "Petroleum Ministry": ("ORG", 1),  # "Egypt’s Petroleum Ministry" (Egypt counted as the place, as "Poland's central bank")
    "Egyptian": ("NORP", 1),
    "Cairo": ("GPE", 2),  # "Cairo had asked" (the government, by metonymy), "travel to Cairo"
    "Israeli": ("NORP", 3),  # 3 x ("Israeli gas" 2 x, "Israeli consumers")
    "Jordan": ("GPE", 1),
    "Tamar": ("LOC", 1),  # a gas field
    "Arish-Ashkelon pipeline": ("FAC", 1),  # "the Arish-Ashkelon pipeline"; Arish and Ashkelon inside it not counted
    "Yesh Atid": ("ORG", 1),  # "Yesh Atid MK Naama Lazar" (a party)
    "Naama Lazar": ("PERSON", 1),  # "MK" is a title
    "Knesset Economic Affairs Committee": ("ORG", 2),  # + "the Economic Affairs Committee had" (its short name); "The committee" not counted
    "Energy Ministry": ("ORG", 2),  # "A spokesman for the Energy Ministry", "according to Energy Ministry figures"
    "Likud": ("ORG", 1),  # "Likud MK Tali Gorfein" (a party)
    "Tali Gorfein": ("PERSON", 2),  # + "Gorfein wrote"
    "X": ("ORG", 1),  # "wrote on X"
    "Yael Mizrahi": ("PERSON", 1),  # "Dr." is a title
    "Tel Aviv University": ("ORG", 1),
    "Israel Electricity Authority": ("ORG", 1),
    "Tel Aviv Stock Exchange": ("ORG", 1),
    "Adam Teva V’Din": ("ORG", 2),  # + "the Israel Union for Environmental Defense" (its English name, in apposition)
}


# /work/round13/contrasts/held13_sahra_logistics_ipo.txt
SAHRA_LOGISTICS_IPO = """Sahra Logistics says no decision on IPO timing after chief executive’s ‘first quarter’ remarks

Company also corrects revenue figure in investor presentation

By Fatima Al Hammadi

June 04, 2025

Abu Dhabi-based Sahra Logistics said on Wednesday that its board had not decided when or whether to list its shares, a day after its chief executive said the company would float on the Abu Dhabi Securities Exchange in the first quarter of next year.

In a disclosure to the ADX, the company said comments made by chief executive Khalid Al Mazrouei at a logistics conference in Dubai “do not reflect a decision of the board” and that “no decision has been taken on the timing, size or venue of any potential offering”.

Mr Al Mazrouei told delegates at the conference on Tuesday that Sahra would list in Abu Dhabi “in the first quarter of 2026” and aimed to raise “at least $1 billion”, which would make it one of the largest listings in the UAE this year or next.

A company spokeswoman told The National on Wednesday that Mr Al Mazrouei had been “expressing an ambition, not announcing a plan”. “We regret any confusion his remarks may have caused to the market,” she said.

The clarification was the second from the company in a week. On Friday, Sahra replaced an investor presentation posted on its website after analysts noticed it gave 2024 revenue as Dh3.2 billion.

The company said the figure was a typing error and that revenue for the year was Dh2.3 billion, up 18 per cent on 2023.

Sahra, which was set up in 2014 and operates warehouses and truck fleets in the UAE, Saudi Arabia and Oman, has grown quickly on the back of rising e-commerce volumes across the Gulf.

Mr Al Mazrouei also told the conference that Sahra controlled about 30 per cent of the UAE’s contract logistics market. A rival operator, which asked not to be named, said that figure was “not accurate” and that no independent data supported it.

The Securities and Commodities Authority said it had not received an application from Sahra, in response to a question from The National.

Sahra also denied a Bloomberg report last month that its main shareholder, a family-owned investment company, was seeking to sell a minority stake to a sovereign fund before any listing. “There is no such process,” the spokeswoman said.

Analysts said a listing could still attract strong demand. Gulf IPOs raised more than $12 billion last year, with Abu Dhabi and Riyadh accounting for most of the deals.

“Investors will want to see a clean set of numbers and a clear timetable, and this week they got neither,” said Rania Haddad, head of Mena equity research at a Dubai-based investment bank. “The biggest mistake a company can make before an IPO is to look unsure of itself.”

Other analysts disagreed that the episode would damage the company’s prospects. Vijay Menon, a partner at a regional advisory firm, said the remarks were “the kind of enthusiasm investors see at every conference” and would be forgotten once a prospectus was published.

Companies planning a listing in Abu Dhabi must first publish a draft prospectus, which the regulator reviews before the offer opens to investors.

The ADX general index reversed early losses to close 0.4 per cent higher on Wednesday, while Dubai’s main index extended its correction from last month’s record high, falling 0.7 per cent.

Brent crude, the benchmark for two thirds of the world’s oil, rose 1.1 per cent to $66.20 a barrel.

Sahra said on Wednesday it would hold a call with analysts after publishing its first-half results in August.

An earlier version of this article said Sahra Logistics was founded in 2011. The company was founded in 2014.
"""

SAHRA_LOGISTICS_IPO_EXPECTED = {
    "Abu Dhabi": ("GPE", 4),  # "Abu Dhabi-based", "list in Abu Dhabi", "Abu Dhabi and Riyadh", "a listing in Abu Dhabi"; not inside the exchange's name
    "Sahra Logistics": ("ORG", 9),  # 2 x "Sahra Logistics" (one in the correction note) + 7 x "Sahra"; headline not counted
    "Abu Dhabi Securities Exchange": ("ORG", 3),  # + "a disclosure to the ADX", "The ADX general index"
    "Khalid Al Mazrouei": ("PERSON", 4),  # "chief executive" is no title of a name; + 3 x "Mr Al Mazrouei"
    "Dubai": ("GPE", 3),  # "a logistics conference in Dubai", "a Dubai-based investment bank", "Dubai’s main index"
    "UAE": ("GPE", 3),  # "in the UAE" 2 x, "the UAE’s"
    "The National": ("ORG", 2),  # "told The National", "a question from The National"
    "Saudi Arabia": ("GPE", 1),
    "Oman": ("GPE", 1),
    "Gulf": ("LOC", 2),  # "across the Gulf", "Gulf IPOs" (a region)
    "Securities and Commodities Authority": ("ORG", 1),
    "Bloomberg": ("ORG", 1),  # "a Bloomberg report"
    "Riyadh": ("GPE", 1),
    "Rania Haddad": ("PERSON", 1),
    "Mena": ("LOC", 1),  # "head of Mena equity research" (a region)
    "Vijay Menon": ("PERSON", 1),
}


# /work/round13/contrasts/held13_nwc_mona_supply.txt
NWC_MONA_SUPPLY = """NWC admits some Corporate Area communities still without water

Commission says Monday statement on full restoration was ‘premature’

Kimberley Hall
Staff Reporter

Published: Wednesday | August 20, 2025 | 12:07 AM

The National Water Commission (NWC) has admitted that more than a dozen communities in St Andrew were still without piped water up to yesterday, two days after it announced that supply had been fully restored following repairs at the Mona Reservoir.

In a release on Monday afternoon, the NWC said that “supply has been fully restored to all communities served by the Mona system” and thanked customers for their patience during the five-day outage.

But yesterday, the commission’s corporate communications manager, Andrea Whyte, said Monday’s statement was “premature” and that 14 communities, including sections of Papine, Hope Pastures and August Town, had not yet received water.

“We got ahead of ourselves. The information we released on Monday was based on the reading at the treatment plant, not at the customer’s tap, and that was an error on our part,” Whyte told The Gleaner.

She said low pressure in the lines serving higher elevations meant some customers would not get a regular supply until the weekend.

Residents, many of whom had been buying water from private truckers at up to $6,000 a load, said they had disputed the NWC’s claim on social media from Monday evening.

“When I saw the NWC saying everything restore, I turned on my pipe and not a drop came out. Then they tell us to be patient,” said Marcia Gordon, a resident of Hope Pastures.

Another resident, who gave his name only as Devon, said he made the mistake of throwing out his stored water on Monday night. “Now I have to go back to the truck man,” he said.

Speaking in the House of Representatives yesterday afternoon, Minister of Water and Environment Winston Barrett said no community in St Andrew had been without water “for more than 72 hours at any point” during the outage.

Last night, Barrett said in a statement that he had been “given incorrect information” before his address and wished to correct the record. “Some communities in the hills of St Andrew were without water for five days. I regret that my statement to the House did not reflect that,” the minister said.

Opposition spokesman on water, Marlon Pinnock, rejected the minister’s earlier account as “simply untrue” and called for an independent review of the NWC’s operations.

“The people of August Town don’t need a press release to tell them if water is in the pipe,” Pinnock said.

The NWC also denied claims in a voice note circulating on WhatsApp that water from the Mona Reservoir had been contaminated with diesel during the repairs, describing the claims as “false and mischievous”.

The commission said the water met all national quality standards and had been tested at its laboratory in Marescaux Road.

Engineers reversed the flow in a section of the Mona-Hope Road main on Sunday to divert water to hospitals and schools, the NWC said.

The Water Resources Authority said rainfall in the Hope River watershed was 40 per cent below normal for July, and that the Mona and Hermitage reservoirs were at 61 and 48 per cent of capacity, respectively.

The NWC said it had published a draft schedule of water restrictions for the Corporate Area, which would take effect next week if there is no significant rainfall.

Private Sector Organisation of Jamaica President Donovan Reid said businesses in Liguanea had lost sales during the outage, but disagreed with calls for the NWC board to be dismissed.

Customers who were without water for more than 72 hours can apply for a rebate on their bills, the NWC said.

kimberley.hall@gleanerjm.com
"""

NWC_MONA_SUPPLY_EXPECTED = {
    "National Water Commission": ("ORG", 11),  # + 10 x "NWC" (the bracket, "The NWC", "the NWC’s" ...); "the commission" not counted; headline not counted
    "St Andrew": ("GPE", 3),  # a parish
    "Mona Reservoir": ("FAC", 2),  # "the Mona system" and "the Mona and Hermitage reservoirs" not marked
    "Andrea Whyte": ("PERSON", 2),  # "corporate communications manager"; + "Whyte told"
    "Papine": ("GPE", 1),  # a community
    "Hope Pastures": ("GPE", 2),  # "sections of Papine, Hope Pastures and August Town", "a resident of Hope Pastures"
    "August Town": ("GPE", 2),  # + "The people of August Town" (a quote)
    "The Gleaner": ("ORG", 1),  # "told The Gleaner"
    "Marcia Gordon": ("PERSON", 1),
    "Devon": ("PERSON", 1),  # "who gave his name only as Devon"
    "House of Representatives": ("ORG", 2),  # + "my statement to the House" (a quote)
    "Winston Barrett": ("PERSON", 2),  # "Minister of Water and Environment" is a title; + "Barrett said"
    "Marlon Pinnock": ("PERSON", 2),  # "Opposition spokesman on water," (a role); + "Pinnock said"
    "WhatsApp": ("ORG", 1),  # "a voice note circulating on WhatsApp"
    "Marescaux Road": ("FAC", 1),  # a road
    "Mona-Hope Road": ("FAC", 1),  # "the Mona-Hope Road main" (a road, named for its pipe)
    "Water Resources Authority": ("ORG", 1),
    "Hope River": ("LOC", 1),  # "the Hope River watershed"
    "Corporate Area": ("GPE", 1),  # "for the Corporate Area" (Kingston and St Andrew, a municipal area); headline not counted
    "Private Sector Organisation of Jamaica": ("ORG", 1),  # "Private Sector Organisation of Jamaica President Donovan Reid"; Jamaica inside not counted
    "Donovan Reid": ("PERSON", 1),  # "President" (of the PSOJ) is a title
    "Liguanea": ("GPE", 1),  # a commercial district
}


ROUND13 = {
    "texas_groundwater_override_bill": (TEXAS_GROUNDWATER_OVERRIDE_BILL, TEXAS_GROUNDWATER_OVERRIDE_BILL_EXPECTED),
    "weda_bay_mangrove_loss": (WEDA_BAY_MANGROVE_LOSS, WEDA_BAY_MANGROVE_LOSS_EXPECTED),
    "renfrewshire_bin_strike": (RENFREWSHIRE_BIN_STRIKE, RENFREWSHIRE_BIN_STRIKE_EXPECTED),
    "egypt_gas_memorandum": (EGYPT_GAS_MEMORANDUM, EGYPT_GAS_MEMORANDUM_EXPECTED),
    "sahra_logistics_ipo": (SAHRA_LOGISTICS_IPO, SAHRA_LOGISTICS_IPO_EXPECTED),
    "nwc_mona_supply": (NWC_MONA_SUPPLY, NWC_MONA_SUPPLY_EXPECTED),
}
