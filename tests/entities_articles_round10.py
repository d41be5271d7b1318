"""Round 10, HELD-OUT: six articles (/work/round10/quotes/r10-*.txt, /work/round10/contrasts/held10_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round9.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first).

Conventions followed from the earlier gold (entities_articles_round9.py, round8, unseen_dev*): the
headline, the dek and the byline / date lines ("By Rowena Pike, Political Correspondent", "Thursday 5 June
2025", "By Anahera Pōtae, Hawke's Bay reporter", "By Diego Alvarado", "Published on Friday, April 11, 2025",
"By Kari Lunde and Tomás Beaulieu", "By Winnie Lau", "By Lwazi Mahlangu, News24") are front matter and not
counted; persons under the fullest form without titles or honorifics (Dr, Professor, Colonel, Governor,
Midwife, mayor, "Western Cape Community Safety MEC", "CEA director", "company spokeswoman", "Morena state
deputy"), surname-only, first-name-only ("Helen" in an ally's quote -> Helen Marchbank) and possessive
mentions under it; Spanish double surnames under the full name, the first surname alone as second reference
(Garza, Solís, Huerta); Cantonese names surname first (Leung Ka-wai -> Leung, Chan Wing-sze -> Chan);
acronyms given in brackets and their later uses under the full name (CEA, Conagua, UNAM, Cameta, Puto), and
an organisation's own short form ("Health NZ", 9 x, under Health New Zealand, as "Esa"); a name inside a
longer name is not a mention of its own ("Manchester" in "Greater Manchester", "Waipukutahi" in "Waipukutahi
Maternity Unit", "Querétaro" in "Querétaro Valley", "Mexico" in "National Autonomous University of Mexico",
"Oslo" in "Oslo Bors", "Norwegian" in "Norwegian Sea" / "Norwegian Offshore Directorate", "Europe" in "Gas
Infrastructure Europe", "European" in "European Commission", "Hong Kong" in the three names that hold it,
"Chinese" in "Chinese University of Hong Kong", "Cape Town" in "City of Cape Town", "Western Cape" in
"Western Cape High Court", "Blue Downs" in the court's name); only the name is marked in hyphenated words
("Oslo-listed", "Shenzhen-based"); a place used as a modifier counts the place ("Leeds station",
"Huddersfield station", "Western Cape police", "Health NZ's Hawke's Bay director", "Khayelitsha routes",
"the Site C terminus"); neighbourhoods and suburbs are GPE (Lomas de San Pedrito, Pok Fu Lam, Khayelitsha,
Bellville, Delft, Site C); "City of Cape Town" (the metro municipality, in "claims by the City of Cape
Town") is GPE apart from the city, as "City of Johannesburg"; journals, newspapers and broadcasters are ORG
(Liver Science Reports, Dagens Naeringsliv, RNZ, News24); X and Uber are ORG; courts are ORG (Blue Downs
Magistrate's Court, Western Cape High Court); parties are ORG (Labour, Conservatives, Morena); a dam and an
aqueduct are FAC (Las Cañas, as "the Cheruthoni dam"; Acueducto II), a river and a valley LOC (Moctezuma
River, Querétaro Valley), a region that is not a political unit LOC (Europe); lower-case and generic
references ("the institute", "the directorate", "the university", "the company", "the council", "the
rūnanga", "the state Congress" apart from its name, "the provincial legislature", "the provincial mobility
department", "the City's mayoral committee member", "the House") are not mentions.

Judgement calls where the earlier gold shows no convention: "Downing Street" (the prime minister's office, in
"Downing Street sought to play down the row") and "the Treasury" (6 x, incl. "a Treasury spokesperson" and
"a Treasury spreadsheet" in a quote) are ORG; "Dewsbury North" (a parliamentary constituency) is GPE; "West
Yorkshire", "Greater Manchester", "Hawke's Bay" and "the West Coast" (regions that are political units) are
GPE; "Te Rūnanga o Ngāti Pūraho" (an iwi's governing council) is ORG, "Māori" NORP, the Māori common nouns
(whānau, iwi, rūnanga, marae, kai) are not entities; "Official Information Act" is LAW, "Cyclone Gabrielle"
EVENT, "National Travel Assistance" (a scheme) is not marked; "Congress" in "the state Congress" (the
Querétaro legislature, capitalised) is ORG; the Spanish words tandeo, colonia(s) and tinaco are not
entities; the gas fields Hammerfjell and Skarvoy are LOC (not scored); "Oslo Bors" (the exchange, written
without its ø as the wires do) is ORG; "Norway’s Financial Supervisory Authority" gives GPE Norway and ORG
"Financial Supervisory Authority" (as "New Brunswick's Health Department"); "Dutch", "European" ("the
European benchmark", "European storage sites"), "Norwegian" (3 x as an adjective) and "Russian" are NORP;
the body keeps the wire time stamp "March 4, 2025 at 3:41 PM GMT+1", the SCMP-style line "Published: 6:00pm,
13 Mar 2025" and the update line "(Updates with analyst comment ...)" (none holds a name); "Chinese" in "the
Chinese version of its press release" is a LANGUAGE; the compound HKL-207 is PRODUCT (as the V1 scooter);
"the Post" was written out of the Hong Kong text, and the Querétaro text gives no "US $" conversion, to avoid
two doubtful forms; "Community Safety" in "Western Cape Community Safety MEC Johan Pretorius" is part of his
title (the portfolio), not an organisation; the correction note at the end of the Hong Kong story is body
(its two commissions count); the currencies (£9bn, pesos, €, R180, $1400) are not marked."""

# /work/round10/quotes/r10-transpennine-treasury-row.txt
TRANSPENNINE_TREASURY_ROW = """Marchbank on collision course with Treasury over ‘betrayal’ of northern rail upgrade

Chancellor wants £9bn Leeds to Manchester scheme shelved in spending review; allies of transport secretary say she will not ‘go quietly’

By Rowena Pike, Political Correspondent

Thursday 5 June 2025

The transport secretary, Helen Marchbank, is heading for a confrontation with the Treasury after officials drew up plans to shelve the £9bn upgrade of the Leeds to Manchester railway in next week’s spending review.

Treasury officials have told the Department for Transport that the scheme, promised in successive manifestos as the backbone of a rebalanced economy, cannot be funded before 2030 without deep cuts elsewhere. Two people familiar with the discussions said the department had been asked to model a version of the upgrade costing less than half as much.

A senior government source said the chancellor, Gareth Lyle, was “not going to sign off on a blank cheque for a railway that has already doubled in cost”. The source added: “Everyone wants the shiny project. Nobody wants to explain to the public which hospital didn’t get built.”

Allies of Marchbank reacted furiously. One ally said the transport secretary would “not go quietly” and accused the Treasury of briefing against her “before a single number has been agreed”.

“Helen has spent a year persuading northern leaders that this government means it this time,” said another. “If the Treasury pulls the plug now, she is the one who has to go to Leeds and explain it, not some adviser in a back office.”

Downing Street sought to play down the row. Asked whether the prime minister still backed the upgrade, his official spokesman said: “The prime minister has been clear that he wants to see better rail connections across the north. Decisions on individual projects will be set out in the spending review, and I am not going to pre-empt that.”

A Treasury spokesperson said it did not comment on “speculation about the spending review”, adding that ministers were “taking the tough decisions needed to fix the public finances”.

The row exposes a wider split in the cabinet over how to meet the chancellor’s fiscal rules without raising taxes. One cabinet minister, who asked not to be named, said departments had been told to find savings of up to 3% in day-to-day spending.

“It is the same conversation in every department. The difference is that rail has a price tag you can put on a leaflet,” the minister said.

Northern leaders have warned that cancelling the scheme would be seen as a betrayal. Tracy Holden, the mayor of West Yorkshire, said she had written to the prime minister on Wednesday night urging him to “keep his word”.

“We were told in this very city 12 months ago that the north would not be sent to the back of the queue again,” Holden told reporters at Leeds station on Thursday morning. “I have the letter. I have the photograph. What I don’t have, apparently, is a railway.”

Her Greater Manchester counterpart, Ian Cropper, was blunter. Delaying the line again would cost more in the long run, he said, and would “tell every investor looking at the north that our plans are written in pencil”.

The Conservatives seized on the reports. The shadow transport secretary, Nigel Askew, said the government was “in chaos” and that the scheme was now “being run from a Treasury spreadsheet, not the cabinet table”.

Labour backbenchers from northern seats are also uneasy. Priya Dhaliwal, the MP for Dewsbury North, said she and about 30 colleagues had signed a letter to the chief whip asking for a meeting with the chancellor before the review is published.

“This is not a rebellion,” she said. “It is a reminder of what we all stood on.”

Economists said the numbers were genuinely difficult. According to the Institute for Fiscal Studies, the chancellor has left himself headroom of less than £10bn against his main fiscal rule, a margin that could be wiped out by a modest rise in borrowing costs.

“There is no painless way to do this,” said Dr Sarah Whitlock, a senior research economist at the institute. “But cancelling capital projects is the oldest trick in the book, and it usually ends up costing more, because you pay to stop, and then you pay again to restart.”

She said the upgrade’s benefit-cost ratio had fallen since 2021 but remained positive.

At Huddersfield station, where trains to Manchester were running late again on Thursday, passengers were unimpressed. Mark Ellison, a software tester who commutes to Salford four days a week, said he had stopped believing announcements about the line years ago.

“I’ll believe it when I’m sitting on it,” he said.

Friends of Lyle insist the chancellor is not opposed to the project in principle. They say he wants a “cheaper, phased” version, with electrification of the busiest section first and the rest postponed until the next parliament.

Marchbank is expected to meet Lyle on Monday. A source close to the transport secretary said she would go into the meeting “with the business case in one hand and the manifesto in the other”.
"""

TRANSPENNINE_TREASURY_ROW_EXPECTED = {
    "Helen Marchbank": ("PERSON", 4),  # + 2 x "Marchbank" (incl. "Allies of Marchbank") and "Helen" in an ally's quote
    "Treasury": ("ORG", 6),  # "the Treasury", "Treasury officials", "A Treasury spokesperson", "a Treasury spreadsheet" (in a quote)
    "Leeds": ("GPE", 3),  # "the Leeds to Manchester railway", in a quote, "Leeds station"
    "Manchester": ("GPE", 2),  # not inside "Greater Manchester"
    "Department for Transport": ("ORG", 1),
    "Gareth Lyle": ("PERSON", 3),  # + "Friends of Lyle", "meet Lyle"
    "Downing Street": ("ORG", 1),  # the prime minister's office (metonymy)
    "Tracy Holden": ("PERSON", 2),
    "West Yorkshire": ("GPE", 1),
    "Greater Manchester": ("GPE", 1),
    "Ian Cropper": ("PERSON", 1),
    "Conservatives": ("ORG", 1),  # the party ("The Conservatives seized on the reports")
    "Nigel Askew": ("PERSON", 1),
    "Labour": ("ORG", 1),  # "Labour backbenchers"
    "Priya Dhaliwal": ("PERSON", 1),
    "Dewsbury North": ("GPE", 1),  # a parliamentary constituency
    "Institute for Fiscal Studies": ("ORG", 1),
    "Sarah Whitlock": ("PERSON", 1),  # "Dr" is a title; "the institute" not counted
    "Huddersfield": ("GPE", 1),  # "At Huddersfield station"
    "Mark Ellison": ("PERSON", 1),
    "Salford": ("GPE", 1),
}


# /work/round10/quotes/r10-waipukutahi-birthing-unit.txt
WAIPUKUTAHI_BIRTHING_UNIT = """Waipukutahi birthing unit to close over winter as Health NZ struggles to find midwives

Whānau say women in labour will face a 90-minute drive to Hastings

By Anahera Pōtae, Hawke's Bay reporter

The only birthing unit in northern Hawke's Bay will close for at least three months from 1 July because there are not enough midwives to staff it safely, Health New Zealand says.

The four-bed Waipukutahi Maternity Unit has had 11 of its 18 weekly midwife shifts unfilled since March and has relied on locums flown in from Auckland and Wellington, according to figures Health NZ released to RNZ under the Official Information Act.

Health NZ's Hawke's Bay director of operations, Ripeka Walker, says the decision was not made lightly.

"We have done everything we can to keep that unit open. We've offered relocation packages, we've offered accommodation, we've paid for locums week after week," she says.

"But I'm not prepared to have a woman in labour arrive at a unit where there's one exhausted midwife who has been on call for 30 hours. That's not safe for her, and it's not safe for baby."

Walker says women due to give birth during the closure will be offered a planned birth at the regional hospital in Hastings, with accommodation for their whānau nearby.

About 120 babies are born at the unit each year, most of them to Māori mothers.

Midwife Huia Tomoana, who has worked at the unit for 22 years, says the closure was "a long time coming" and staff had been running on empty since the summer.

"I've delivered the babies of babies I delivered. That's what this place is," she says. "People think it's a building. It's not. It's the fact that your nan can walk in the door ten minutes after you've had your baby.

"When you take that away, you don't just move the births to Hastings. You lose the whole village that comes with them."

The coast road from Waipukutahi to Hastings was closed for 11 days after Cyclone Gabrielle in 2023, and slips still close one lane several times each winter.

Kiri Hapeta, who is 34 weeks pregnant with her third child, lives 20 minutes north of the town. Her second baby was born in the car park of the unit, she says.

"He came in 40 minutes, start to finish. If I'd been on the road to Hastings, I'd have had him on the side of the highway," Hapeta says. "Nobody at Health NZ has been able to tell me what I'm supposed to do if that happens again."

She has booked a motel in Hastings from her 38th week, at a cost of about $1400, and hopes Health NZ will cover it.

According to Health NZ, travel and accommodation costs for women who have to give birth away from home will be reimbursed under the National Travel Assistance scheme.

The New Zealand College of Midwives says the closure is a symptom of a national shortage. Its chief executive, Alison Eades, told RNZ the country was short of about 300 full-time midwives, with rural areas hit hardest.

"Rural midwives are on call for days at a time for pay that doesn't reflect it. Of course they burn out," Eades said.

"This isn't a Waipukutahi problem. It's Ōpōtiki, it's Dargaville, it's the West Coast. Waipukutahi is just the latest one to make the news."

Local iwi have offered to help. Tame Kaipara, chair of Te Rūnanga o Ngāti Pūraho, says the rūnanga has offered Health NZ a house next to the marae for visiting midwives, free of charge.

"We're not going to sit here and moan and do nothing. We've got a house, we've got kai, we've got people who will look after whoever comes," he says. "What we need is for Health NZ to pick up the phone."

Health NZ says it has received the offer and will meet rūnanga representatives next week.

Waipukutahi mayor Dennis Kereama says the council was told about the closure two days before it was announced, and accuses Health NZ of treating the district as an afterthought.

"Two days. That's how much notice we got for something that affects every young family in the district," Kereama says.

Walker says the unit will reopen once at least six midwives are on the roster. Two midwives have accepted jobs starting in August, she says, and interviews for a third are under way.

"I'd love to give people a date. I can't, and I won't make a promise I can't keep," she says.
"""

WAIPUKUTAHI_BIRTHING_UNIT_EXPECTED = {
    "Hawke's Bay": ("GPE", 2),  # "northern Hawke's Bay", "Health NZ's Hawke's Bay director"; byline not counted
    "Health New Zealand": ("ORG", 10),  # + 9 x "Health NZ" (incl. "Health NZ's"); headline not counted
    "Waipukutahi Maternity Unit": ("ORG", 1),
    "Auckland": ("GPE", 1),
    "Wellington": ("GPE", 1),
    "RNZ": ("ORG", 2),  # "figures Health NZ released to RNZ", "told RNZ"
    "Official Information Act": ("LAW", 1),
    "Ripeka Walker": ("PERSON", 3),
    "Hastings": ("GPE", 5),  # "the regional hospital in Hastings" and 4 more (2 in quotes)
    "Māori": ("NORP", 1),
    "Huia Tomoana": ("PERSON", 1),  # "Midwife" (lower-case occupation as a title)
    "Waipukutahi": ("GPE", 4),  # the town: "from Waipukutahi", 2 in Eades's quote, "Waipukutahi mayor"; not inside the unit's name
    "Cyclone Gabrielle": ("EVENT", 1),
    "Kiri Hapeta": ("PERSON", 2),
    "New Zealand College of Midwives": ("ORG", 1),
    "Alison Eades": ("PERSON", 2),
    "Ōpōtiki": ("GPE", 1),
    "Dargaville": ("GPE", 1),
    "West Coast": ("GPE", 1),  # the region (a political unit)
    "Tame Kaipara": ("PERSON", 1),
    "Te Rūnanga o Ngāti Pūraho": ("ORG", 1),  # an iwi's governing council
    "Dennis Kereama": ("PERSON", 2),
}


# /work/round10/quotes/r10-queretaro-water-rationing.txt
QUERETARO_WATER_RATIONING = """Querétaro to ration water in 43 neighborhoods as main dam falls to 6%

State water commission says ‘tandeo’ will last at least until the rainy season; employers warn of lost investment

By Diego Alvarado

Published on Friday, April 11, 2025

Water will be delivered on a rotating schedule to 43 neighborhoods of Querétaro city starting Monday, the state water commission announced on Thursday, as the reservoirs that supply the fast-growing industrial hub fell to their lowest levels on record.

Under the scheme, known as tandeo, households in the affected colonias will receive piped water on alternate days, the State Water Commission (CEA) said in a statement. About 280,000 people will be affected, it said.

“We are not going to sugarcoat it: this is the worst situation Querétaro has faced in at least 30 years,” CEA director Luis Ernesto Garza Villarreal told a press conference. “Either we all use less water now, or in June there will be no water to share.”

Garza said the Las Cañas dam, which supplies about a third of the city’s water, was at 6% of its capacity, compared with 38% a year ago.

Governor María Fernanda Ochoa appealed to residents to report leaks and said the state would spend 1.2 billion pesos this year repairing the city’s pipes, through which about 40% of its water is lost.

“Every liter that escapes through a broken pipe is a liter that does not reach a family,” the governor wrote on X.

According to the National Water Commission (Conagua), 14 of the state’s 18 municipalities are in severe or extreme drought, and rainfall in the first three months of the year was less than half the historical average.

In the colonia Lomas de San Pedrito, where water already arrives only at night, residents lined up with buckets behind a municipal water truck on Thursday afternoon.

“Here we have been living the tandeo for two years, they just never called it that,” said Rosa Elena Jiménez, 52, who sells tamales from her front door. “I get up at three in the morning to fill the tinaco. If I sleep, I don’t cook.”

Her neighbor Óscar Medina, a construction worker, blamed the industrial parks on the city’s outskirts.

“The factories always have water,” he said, “and the people are the ones who don’t.”

Querétaro has attracted dozens of auto parts, aerospace and data center projects over the past decade, and its population has grown by about a quarter since 2010.

The local chapter of the employers’ federation Coparmex said in a statement that the shortage had become “the main threat” to new investment in the state and called on the federal, state and municipal governments to sign what it called “a water pact for Querétaro.”

Its president, Alejandro Treviño Luna, said two foreign companies had postponed decisions on new plants in recent weeks, citing uncertainty over water supply. He did not name the firms.

Patricia Solís Anaya, a hydrologist at the National Autonomous University of Mexico (UNAM) who has studied the Querétaro Valley aquifer for two decades, said the drought had exposed a much older problem.

“The aquifer under the city is being pumped at roughly twice the rate at which it recharges. That is not a drought problem; that is an accounting problem,” she said.

“The drought only makes it visible. When the dams are full, nobody looks at the aquifer. When they are empty, everybody discovers it at the same time.”

According to Solís, the Acueducto II, which carries water about 120 kilometers from the Moctezuma River, has spared the city far worse rationing but cannot be expanded indefinitely.

She said industrial users accounted for a smaller share of consumption than many residents believe, but that their permits were rarely audited.

Opposition lawmakers were quick to blame the state government. Morena state deputy Javier Huerta Salgado accused the administration of ignoring warnings from its own technicians since 2022, and said he would ask the state Congress to summon Garza to explain how the tandeo schedule was drawn up.

“They knew. They had the numbers on their desks,” Huerta said. “What they didn’t have was the courage to tell people before an election.”

The governor’s office did not respond to a request for comment on the deputy’s remarks.

Garza said the schedule would be reviewed every two weeks and could be lifted early if the rainy season, which normally begins in June, arrives on time.

“Nobody likes to ration water,” he said. “But rationing now is how we avoid having nothing left to ration in July.”
"""

QUERETARO_WATER_RATIONING_EXPECTED = {
    "Querétaro": ("GPE", 4),  # "Querétaro city", 2 in quotes, "Querétaro has attracted"; not inside "Querétaro Valley"
    "State Water Commission": ("ORG", 3),  # + (CEA), "CEA director"; "the state water commission" (lower case, lead) not counted
    "Luis Ernesto Garza Villarreal": ("PERSON", 4),  # + 3 x "Garza" (first surname as second reference)
    "Las Cañas": ("FAC", 1),  # "the Las Cañas dam"
    "María Fernanda Ochoa": ("PERSON", 1),  # "Governor" is a title; "the governor" not counted
    "X": ("ORG", 1),  # "wrote on X"
    "National Water Commission": ("ORG", 2),  # + (Conagua)
    "Lomas de San Pedrito": ("GPE", 1),  # a colonia (neighbourhood)
    "Rosa Elena Jiménez": ("PERSON", 1),
    "Óscar Medina": ("PERSON", 1),
    "Coparmex": ("ORG", 1),
    "Alejandro Treviño Luna": ("PERSON", 1),
    "Patricia Solís Anaya": ("PERSON", 2),  # + "According to Solís"
    "National Autonomous University of Mexico": ("ORG", 2),  # + (UNAM)
    "Querétaro Valley": ("LOC", 1),
    "Acueducto II": ("FAC", 1),
    "Moctezuma River": ("LOC", 1),
    "Morena": ("ORG", 1),
    "Javier Huerta Salgado": ("PERSON", 2),  # "Morena state deputy" is a title; + "Huerta said"
    "Congress": ("ORG", 1),  # "the state Congress"
}


# /work/round10/contrasts/held10_hammerfjell_gas.txt
HAMMERFJELL_GAS = """Nordvik Withdraws Statement on Hammerfjell Gas Restart, Sending Prices Higher

Company says notice on full output from Thursday was released by mistake; Norway's offshore regulator also corrects January output figure

By Kari Lunde and Tomás Beaulieu

March 4, 2025 at 3:41 PM GMT+1

Nordvik Energi ASA withdrew a statement that said its Hammerfjell gas field in the Norwegian Sea would return to full output this week, saying the notice had been released by mistake and that no restart date has been set.

The Oslo-listed company said in a stock exchange notice at 7:12 a.m. local time on Tuesday that production at Hammerfjell “will be restored to full capacity of 31 million cubic meters a day from Thursday,” after a compressor failure cut output by about two-thirds on Feb. 21.

Less than three hours later, Nordvik removed the notice from its website and from the Oslo Bors filing system and replaced it with a two-line message saying it “should be disregarded.”

“The notice was an internal draft that should never have been published,” company spokeswoman Ingrid Solberg said by phone. “Repair work is continuing, and we will give a new estimate when we have one we are confident in. We apologize to the market for the confusion.”

Dutch front-month gas futures, the European benchmark, rose as much as 7.2% to €46.80 a megawatt-hour after the withdrawal, reversing a 5% drop triggered by the original notice. Prices later pared gains to trade 4.1% higher at 3:15 p.m. in Amsterdam.

Hammerfjell accounts for about 4% of Norway’s pipeline gas exports to Europe, according to Gassco, the state-owned operator of the Norwegian gas transport network. The field has been producing about 10 million cubic meters a day since the failure.

The episode adds to the confusion over Norwegian supply, which has become Europe’s single biggest source of gas since Russian pipeline flows were cut. On Monday, the Norwegian Offshore Directorate said the country’s gas output in January was 11.2 billion cubic meters, 3.1% above its forecast.

On Tuesday the directorate corrected that figure to 10.9 billion cubic meters, saying in a note on its website that volumes from one field had been counted twice because of a reporting error. Output was 0.4% above forecast, it said.

“The figure published yesterday was wrong, and we have replaced it,” a spokesman for the directorate said in an email. He declined to identify the field.

Traders said the double correction had rattled a market already nervous about low storage levels. European storage sites were 34% full on Monday, compared with 59% a year earlier, according to Gas Infrastructure Europe.

“It would be a mistake to read the withdrawal as a sign that the damage is worse than anyone thought,” said Lars Eriksen, an analyst at Fjordline Markets in Oslo. “What it tells you is that the company does not know yet. That’s uncomfortable, but it is not the same thing.”

Others disagreed. Marta Kowalczyk, head of gas research at Vantara Energy Analytics in London, said a company did not publish a specific date and a specific volume without some basis in its engineering plans.

“Somebody inside Nordvik believed Thursday was realistic,” she said. “The question is what changed between 7 a.m. and 10 a.m.”

Nordvik also denied a report in the Norwegian business newspaper Dagens Naeringsliv that it was exploring a sale of its 30% stake in the Skarvoy oil field. “There is no sale process,” Solberg said.

The company’s shares fell 3.8% in Oslo, the most in six weeks.

Norway’s Financial Supervisory Authority said it was aware of the withdrawn notice but declined to say whether it would look into how it came to be published. Under Oslo Bors rules, listed companies must disclose price-sensitive information promptly and must not publish information that is misleading.

The European Commission is due to present a draft of its revised gas storage rules next week, which could relax the requirement for member states to fill sites to 90% by Nov. 1. Several governments, including Germany and the Netherlands, have asked for more flexibility.

Nordvik said in February that it expected Hammerfjell to be back at full capacity “within weeks.” It has not given a more precise estimate since Tuesday’s withdrawal.

(Updates with analyst comment from 11th paragraph, shares in 15th.)
"""

HAMMERFJELL_GAS_EXPECTED = {
    "Nordvik Energi ASA": ("ORG", 5),  # + 4 x "Nordvik"; headline and dek not counted
    "Hammerfjell": ("LOC", 4),  # the gas field
    "Norwegian Sea": ("LOC", 1),
    "Oslo": ("GPE", 3),  # "The Oslo-listed company", "in Oslo" x 2; not inside "Oslo Bors"
    "Oslo Bors": ("ORG", 2),  # the exchange (its ø written as o)
    "Ingrid Solberg": ("PERSON", 2),  # "company spokeswoman" is no title of a name; + "Solberg said"
    "Dutch": ("NORP", 1),
    "European": ("NORP", 2),  # "the European benchmark", "European storage sites"; not inside "European Commission"
    "Amsterdam": ("GPE", 1),
    "Norway": ("GPE", 2),  # 2 x "Norway’s" (one before "Financial Supervisory Authority")
    "Europe": ("LOC", 2),  # "to Europe", "Europe’s"; not inside "Gas Infrastructure Europe"
    "Gassco": ("ORG", 1),
    "Norwegian": ("NORP", 3),  # adjective 3 x; not inside "Norwegian Sea" / "Norwegian Offshore Directorate"
    "Russian": ("NORP", 1),
    "Norwegian Offshore Directorate": ("ORG", 1),
    "Gas Infrastructure Europe": ("ORG", 1),
    "Lars Eriksen": ("PERSON", 1),
    "Fjordline Markets": ("ORG", 1),
    "Marta Kowalczyk": ("PERSON", 1),
    "Vantara Energy Analytics": ("ORG", 1),
    "London": ("GPE", 1),
    "Dagens Naeringsliv": ("ORG", 1),
    "Skarvoy": ("LOC", 1),  # the oil field
    "Financial Supervisory Authority": ("ORG", 1),  # "Norway’s Financial Supervisory Authority"
    "European Commission": ("ORG", 1),
    "Germany": ("GPE", 1),
    "Netherlands": ("GPE", 1),
}


# /work/round10/contrasts/held10_hku_liver_drug.txt
HKU_LIVER_DRUG = """Hong Kong scientists say compound reversed liver scarring in mice, but human use ‘many years away’

Lead researcher walks back remark that treatment could reach patients ‘within two years’

By Winnie Lau

Published: 6:00pm, 13 Mar 2025

Scientists at the University of Hong Kong say an experimental compound reversed liver scarring in mice fed a high-fat diet, a finding that could eventually lead to a treatment for fatty liver disease, which affects about one in four adults in the city.

The study, published on Tuesday in the journal Liver Science Reports, found that mice given the compound, known as HKL-207, for eight weeks had 60 per cent less scar tissue in their livers than untreated mice, and that their liver enzyme levels returned close to normal.

Speaking at a press conference at the university’s Pok Fu Lam campus on Tuesday, the lead researcher, Professor Leung Ka-wai, said: “We hope patients in Hong Kong can benefit from this drug within two years.”

On Wednesday, Leung said that remark had been “a slip” and that the timeline was not realistic.

“I spoke too optimistically, and I apologise for that,” he said in a telephone interview. “What I meant to say is that we hope to begin a first small safety study in humans within two years. A medicine that doctors can prescribe is many years away, if it happens at all.”

The university also removed the same line from the Chinese version of its press release, saying in a note that it “did not accurately reflect the stage of the research”.

Leung’s team, at the university’s school of clinical medicine, spent six years developing the compound, which blocks a protein that drives the formation of scar tissue in the liver. He said the project had nearly been abandoned early on.

“In the first round of experiments we made a mistake with the dose and almost every mouse got sick,” he said. “We thought the whole idea was finished. It took us a year to understand what had gone wrong.”

The team is now preparing a draft application to the Department of Health for approval of a first-in-human trial, which Leung said would involve about 30 healthy volunteers.

Fatty liver disease, now formally called metabolic dysfunction-associated steatotic liver disease, has no approved drug treatment in Hong Kong. It can progress to cirrhosis and liver cancer, the city’s fifth most common cancer.

Other specialists welcomed the study but urged caution. Dr Chan Wing-sze, a hepatologist at the Chinese University of Hong Kong who was not involved in the research, disagreed with Leung’s view that the mouse model closely resembled the human disease.

“Mice on a high-fat diet develop scarring in weeks. In people it takes decades, and it comes with diabetes, high blood pressure and everything else,” she said. “Many compounds have cleared liver scarring in mice. Very few have done it in humans.”

Chan said patients should not change their treatment because of the news. “It would be a mistake for anyone to stop their current medicines or abandon diet and exercise while waiting for a new drug,” she said.

Shenzhen-based Kangyuan Pharmaceutical denied a report on a mainland financial news site that it had signed a licensing deal for HKL-207. “We have had no negotiations with the university regarding this compound,” the company said in a statement on Wednesday.

The University of Hong Kong’s technology transfer office said it had received “several enquiries” from drug companies since the study was published but that no agreement had been signed.

The Hong Kong Association for the Study of the Liver estimates that about 1.5 million people in the city have fatty liver disease, most of them unaware of it.

Leung said he understood why patients had been excited. “People with this disease have been told for years to lose weight and come back in six months,” he said. “They want something more than that, and so do we.”

Correction: An earlier version of this article said the study was funded by the Innovation and Technology Commission. It was funded by the Research Grants Council.
"""

HKU_LIVER_DRUG_EXPECTED = {
    "University of Hong Kong": ("ORG", 2),  # + "The University of Hong Kong’s"; "the university" not counted
    "Liver Science Reports": ("ORG", 1),  # the journal
    "HKL-207": ("PRODUCT", 2),
    "Pok Fu Lam": ("GPE", 1),  # "the university’s Pok Fu Lam campus"
    "Leung Ka-wai": ("PERSON", 6),  # "Professor" is a title; + 3 x "Leung", 2 x "Leung’s"
    "Hong Kong": ("GPE", 2),  # in Leung's quote and "in Hong Kong"; not inside three names
    "Chinese": ("LANGUAGE", 1),
    "Department of Health": ("ORG", 1),
    "Chan Wing-sze": ("PERSON", 2),  # "Dr" is a title; + "Chan said"
    "Chinese University of Hong Kong": ("ORG", 1),
    "Shenzhen": ("GPE", 1),  # "Shenzhen-based"
    "Kangyuan Pharmaceutical": ("ORG", 1),
    "Hong Kong Association for the Study of the Liver": ("ORG", 1),
    "Innovation and Technology Commission": ("ORG", 1),  # in the correction note (body)
    "Research Grants Council": ("ORG", 1),  # in the correction note (body)
}


# /work/round10/contrasts/held10_cape_taxi_violence.txt
CAPE_TAXI_VIOLENCE = """Police revise Cape Town taxi violence death toll; MEC says he ‘misspoke’ on arrests

Two victims were counted twice, says SAPS, as Golden Arrow adds buses on Khayelitsha routes

By Lwazi Mahlangu, News24

Western Cape police have revised the number of people killed in last week's taxi violence in Cape Town from nine to seven, saying two victims had been counted twice.

On Monday, police spokesperson Colonel Nomvula Dyantyi told News24 that nine people had been shot dead in attacks linked to a dispute between two taxi associations over the lucrative Bellville to Khayelitsha route.

But in a statement on Wednesday, Dyantyi said that due to an administrative error, two victims who had been taken to different hospitals were recorded as separate incidents.

"The correct number of people who died is seven. We regret the error and extend our condolences to all the affected families," she said.

Eleven people were wounded in the shootings, which took place at taxi ranks in Khayelitsha, Delft and Bellville between Monday and Saturday last week, according to police.

The revision came a day after Western Cape Community Safety MEC Johan Pretorius told the provincial legislature that "14 suspects have been arrested and will appear in court this week".

On Thursday, Pretorius said he had misspoken. Four people had been arrested, he said, while the other ten had been taken in for questioning and released.

"I misspoke in the House, and I want to correct the record. I would rather correct myself than let the families believe more people are behind bars than there are," Pretorius told journalists outside the legislature.

The four suspects, aged between 24 and 41, appeared in the Blue Downs Magistrate's Court on Thursday on charges of murder and attempted murder. The case was postponed to 14 April for a formal bail application.

The Cape Metro Taxi Association (Cameta) has denied claims by the City of Cape Town that its members blocked roads in Khayelitsha on Monday morning to stop rival taxis from loading passengers.

"Our members were not involved in any blockade. We are being blamed for things we did not do," Cameta spokesperson Sipho Ngcobo said.

The Peninsula United Taxi Organisation (Puto), the other association involved in the dispute, did not respond to questions.

The City's mayoral committee member for safety and security, Anele Fortuin, disagreed with the police's assessment that the situation was "under control".

"People are still scared to go to work. Parents are keeping children at home. That is not what under control looks like," Fortuin said.

Video shared widely on social media on Tuesday showed a minibus taxi that reversed at speed through a police roadblock in Delft before driving off. Police said the driver had been traced and would be charged with reckless driving.

Golden Arrow Bus Services said it had added 40 buses to its Khayelitsha routes to carry commuters stranded by the violence, and that queues at the Site C terminus had eased by Thursday.

The provincial mobility department published a draft regulation last month that would allow it to close contested routes for up to 90 days. Comment closes at the end of April.

Last year, the department withdrew a closure notice for part of the same route after the two associations took it to the Western Cape High Court.

Dr Thandiwe Mokoena, a researcher at the Institute for Security Studies who has studied the minibus taxi industry for a decade, said violence tended to flare when a route became more profitable, often after a new shopping centre or housing development opened.

"It would be a mistake to think arrests alone will end this. The killings stop when the money stops, or when the route question is settled," she said.

She said that in the past, route closures had reduced violence for a few weeks but rarely resolved the underlying disputes.

Nosipho Mbeki, who commutes from Khayelitsha to a retail job in Bellville, said she had spent R180 on Uber rides last week, nearly a fifth of what she earns in a week.

"You can't just stay at home. If I don't go in, I don't get paid," she said.
"""

CAPE_TAXI_VIOLENCE_EXPECTED = {
    "Western Cape": ("GPE", 2),  # "Western Cape police", "Western Cape Community Safety MEC"; not inside the High Court's name
    "Cape Town": ("GPE", 1),  # not inside "City of Cape Town"
    "Nomvula Dyantyi": ("PERSON", 2),  # "police spokesperson Colonel" is a title
    "News24": ("ORG", 1),  # "told News24"; the byline not counted
    "Bellville": ("GPE", 3),
    "Khayelitsha": ("GPE", 5),
    "Delft": ("GPE", 2),
    "Johan Pretorius": ("PERSON", 3),  # "Western Cape Community Safety MEC" is a title; + 2 x "Pretorius"
    "Blue Downs Magistrate's Court": ("ORG", 1),
    "Cape Metro Taxi Association": ("ORG", 3),  # + (Cameta), Cameta
    "City of Cape Town": ("GPE", 1),  # the metro municipality (as "City of Johannesburg"); "The City's mayoral committee member" not counted
    "Sipho Ngcobo": ("PERSON", 1),
    "Peninsula United Taxi Organisation": ("ORG", 2),  # + (Puto)
    "Anele Fortuin": ("PERSON", 2),
    "Golden Arrow Bus Services": ("ORG", 1),
    "Site C": ("GPE", 1),  # "the Site C terminus", a section of Khayelitsha
    "Western Cape High Court": ("ORG", 1),
    "Thandiwe Mokoena": ("PERSON", 1),  # "Dr" is a title
    "Institute for Security Studies": ("ORG", 1),
    "Nosipho Mbeki": ("PERSON", 1),
    "Uber": ("ORG", 1),
}


ROUND10 = {
    "transpennine_treasury_row": (TRANSPENNINE_TREASURY_ROW, TRANSPENNINE_TREASURY_ROW_EXPECTED),
    "waipukutahi_birthing_unit": (WAIPUKUTAHI_BIRTHING_UNIT, WAIPUKUTAHI_BIRTHING_UNIT_EXPECTED),
    "queretaro_water_rationing": (QUERETARO_WATER_RATIONING, QUERETARO_WATER_RATIONING_EXPECTED),
    "hammerfjell_gas": (HAMMERFJELL_GAS, HAMMERFJELL_GAS_EXPECTED),
    "hku_liver_drug": (HKU_LIVER_DRUG, HKU_LIVER_DRUG_EXPECTED),
    "cape_taxi_violence": (CAPE_TAXI_VIOLENCE, CAPE_TAXI_VIOLENCE_EXPECTED),
}
