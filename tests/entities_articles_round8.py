"""Round 8, HELD-OUT: six articles (/work/round8/*.txt) annotated BLIND — expected entities written by
hand from the texts alone, before the entity stage was run on them and without reading the extractor's
code.  Same shape as entities_articles_holdout.py: TEXT (the file's exact content) and *_EXPECTED
(canonical name -> (TYPE, body mentions)); only PERSON / ORG / GPE are scored, other types are marked
for completeness.

Conventions followed from the earlier gold: the headline, the dek (standfirst) and the byline / date
lines are front matter, not body, and are not counted; a dateline counts as body (here also the lone
"KISUMU" line of the Kisumu story); a person is named by the fullest form in the text (middle initials
kept, titles and honorifics such as Dr, Cllr, Deputy, Mr., Datuk left out) and surname-only, first-name-
only and possessive mentions count under it; acronyms given in brackets and later repeated count under
the full name (PWSC, SPAN, BSP, LCB, KMPDU, Kemsa); a name nested in a longer name is not a mention of its
own ("Kilbane" in "Kilbane and District Community Alliance", "LCB" in "LCB Employees Union", "AFL" in
"AFL Appeals Board", "Kenya" in "Kenya National Union of Nurses"); only the name is marked inside
hyphenated words ("Nairobi-based", "Makati-based", "Uig–Tarbert"); lower-case common nouns ("the
commission", "the county", "the union") and "the Government" are not mentions; a sentence-initial "The"
is not part of a name; a club named by its city is an ORG (as "Barcelona"); a ship is PRODUCT (as
"Sounion"); a league as competition is EVENT (as "Champions League").

Judgement calls where the earlier gold shows no convention: "(FF)" after a councillor's name is the party,
ORG "Fianna Fáil"; "GAA" kept as the acronym (as NATO, UNRWA); "East Clare", "a Clare TD" and the
"Highlands and Islands" electoral region are GPE; "Kisumu County" (county government's area, in "Kisumu
County Health Executive") is a GPE apart from the city "Kisumu"; hospitals are ORG; company suffixes
kept ("Slieve Bernagh Stone Ltd", "Pacifica Savings Bank, Inc.", "Banyan Equities, Inc."); "Makati
City" is the canonical of "Makati"; Facebook and Viber (in "a Facebook post", "a Viber message") are
ORG; "Holyrood" (the Scottish Parliament) is ORG like Kremlin / Élysée; islands (Harris, Skye) and sea
channels (the Minch, the Little Minch) are LOC; Komtar (a building) is FAC; "State Infrastructure and
Transport Committee" is ORG; the Adelaide club (10 x "Adelaide" + 3 x "Crows") is ORG "Adelaide Crows",
the city ("fly to Adelaide") GPE "Adelaide"; North Melbourne, West Coast, South Adelaide, Claremont,
Gippsland Power, Oakleigh Chargers and Vic Country are clubs / teams (ORG); "Harvey" alone counts
under "Harvey Lucas"; "All-Australian" (a representative honour) and "Mzee" (an honorific) are not
entities."""

# /work/round8/r8-kilbane-quarry.txt
KILBANE_QUARRY = """Kilbane quarry extension refused after four-year battle

Residents celebrate as planning commission overturns council decision, but company warns 40 jobs are now at risk

By Eoin Kennelly

Friday, 14 November 2025

An Coimisiún Pleanála has refused permission for a 22-hectare extension to a quarry at Kilbane, near Broadford, overturning a decision by Clare County Council and bringing to an end, for now, a four-year dispute that has divided the East Clare parish.

The commission ruled that the extension, which would have allowed Slieve Bernagh Stone Ltd to extract up to 450,000 tonnes of rock a year for a further 25 years, posed an unacceptable risk to groundwater and to the Glenomra River, a tributary of the Owenogarney.

Clare County Council had granted permission with 31 conditions in March of last year. That decision was appealed by the Kilbane and District Community Alliance and by 46 individual objectors.

Maura Considine, who chairs the alliance, said the group was “overjoyed” but would not celebrate until the company had made clear whether it would challenge the ruling in the High Court.

“For four years we were told we were cranks, that we were against jobs, that we didn’t understand how the planning system works,” she said. “Well, it turns out we understood it well enough.”

“This was never about the jobs. It was about the water coming out of our taps and the lorries going past the school gate at eight o’clock in the morning.”

Slieve Bernagh Stone’s managing director, Declan Frawley, said the company was “deeply disappointed” and was studying the commission’s order with its legal advisers.

“We have operated on this site since 1987 without a single enforcement notice,” Mr Frawley said. “We employ 40 people directly, and probably another 60 hauliers and contractors depend on us. Those jobs are now at risk, and I don’t say that lightly.”

He said that without the extension the existing quarry would be worked out within three years.

In her report, the commission’s inspector, Aoife Brennan, wrote that the company’s hydrogeological assessment had “significantly underestimated” the likely drawdown of the water table and had failed to account for at least 14 private wells within a kilometre of the site.

Dr Colm Tierney, a hydrogeologist at the University of Galway who made a submission on behalf of the objectors, said karst limestone of the kind found at Kilbane was “notoriously hard to predict”.

“Water in karst doesn’t move through the rock like it does through a sponge. It moves through cracks and channels, sometimes for kilometres,” he said. “You can blast on one side of a hill and a well dries up on the other side of it a fortnight later.”

Local councillors were divided on the outcome.

Cllr Tadhg Minogue (FF), who voted in favour of the council’s original decision, described the refusal as “a hammer blow for rural employment”.

“We talk and talk in this county about keeping young people at home,” Cllr Minogue said. “Here is a company that does exactly that, and we have just told it to shut the gate.”

But Cllr Órla Nagle (Green Party), who opposed the extension, said the commission had “simply done its job” and that the council should never have granted permission in the first place.

“I have no problem with quarrying,” she said. “I have a problem with quarrying where the evidence says it will damage people’s water supply. That is not a radical position.”

A spokesperson for Clare County Council said the local authority “notes the decision” and would not be commenting further while legal proceedings remained possible.

Inland Fisheries Ireland, which had raised concerns about silt entering the Glenomra during heavy rain, said it welcomed the ruling. According to the State agency, the river holds one of the last significant populations of wild brown trout in the Broadford area.

Not everyone in Kilbane is pleased. One farmer, whose land borders the quarry and who asked not to be named, said the decision had been made “by people who never have to drive the road in the winter”.

“The quarry grits that road for us when the council doesn’t,” he said. “They sponsor the GAA club, they sponsor the school tours. Who’s going to do that now?”

Nearly half of the quarry’s workforce lives within 10 kilometres of the site, according to the company.

Paddy Hogan, 58, a loader driver who has worked at Kilbane for 23 years, said he had found out about the ruling from a text message sent by his daughter.

“I was in the cab. I read it twice,” he said. “I’m not angry at the neighbours, and I know some of them are genuinely worried. But I have a mortgage the same as they have.”

Deputy Fionnuala Crowe, a Clare TD and Minister of State at the Department of Enterprise, said she had spoken to Mr Frawley on Thursday evening and that her department would “do whatever it can” to help the company and its workers.

“Nobody wants to see a good employer go to the wall. Equally, nobody is above the planning laws, and I respect the independence of the commission,” she told this newspaper.

The company has eight weeks to seek leave for a judicial review in the High Court. Mr Frawley said no decision would be made until the board had met next week.

Asked whether the company might scale back the proposal and reapply, he said: “Everything is on the table. We are not going anywhere.”

Ms Considine said the alliance would fight any new application “with the same energy, and the same hydrogeologist”.
"""

KILBANE_QUARRY_EXPECTED = {
    "An Coimisiún Pleanála": ("ORG", 1),  # "the commission" (lower case) not counted
    "Kilbane": ("GPE", 4),
    "Broadford": ("GPE", 2),
    "Clare County Council": ("ORG", 3),
    "East Clare": ("GPE", 1),
    "Slieve Bernagh Stone Ltd": ("ORG", 2),  # + "Slieve Bernagh Stone’s"
    "Glenomra River": ("LOC", 2),  # + "the Glenomra"
    "Owenogarney": ("LOC", 1),
    "Kilbane and District Community Alliance": ("ORG", 1),
    "Maura Considine": ("PERSON", 2),
    "High Court": ("ORG", 2),
    "Declan Frawley": ("PERSON", 4),
    "Aoife Brennan": ("PERSON", 1),
    "Colm Tierney": ("PERSON", 1),
    "University of Galway": ("ORG", 1),
    "Tadhg Minogue": ("PERSON", 2),
    "Fianna Fáil": ("ORG", 1),  # the "(FF)" after Cllr Minogue
    "Órla Nagle": ("PERSON", 1),
    "Green Party": ("ORG", 1),
    "Inland Fisheries Ireland": ("ORG", 1),
    "GAA": ("ORG", 1),
    "Paddy Hogan": ("PERSON", 1),
    "Fionnuala Crowe": ("PERSON", 1),
    "Clare": ("GPE", 1),  # "a Clare TD"
    "Department of Enterprise": ("ORG", 1),
}


# /work/round8/r8-kisumu-oxygen.txt
KISUMU_OXYGEN = """Patients moved as oxygen plant fails at Kisumu referral hospital

Doctors say fault was flagged months ago; county blames maintenance contractor

By Beatrice Anyango

KISUMU

More than 30 patients were moved to mission and private hospitals in Kisumu over the weekend after the oxygen plant at Nyanza Lakeside Referral Hospital broke down, leaving the region's largest public facility dependent on cylinders trucked in from as far as Nakuru.

Kisumu County Health Executive Dr Gregory Ouma said yesterday that no patient had died as a result of the breakdown, which happened at about 2am on Saturday when a compressor on the hospital's oxygen generating plant failed.

"Our teams worked through the night. Every patient who needed oxygen got oxygen, either here or at a partner facility," Dr Ouma told journalists at the hospital. "I want to thank the mission hospitals that opened their doors to us without first asking who would pay."

He said the county had spent Sh4.2 million on cylinders and transport since Saturday and that a replacement compressor was expected from South Africa by Friday.

The hospital's chief executive, Dr Lilian Awuor, said the facility was now "fully stocked" with cylinders for at least a week, and that elective surgeries requiring oxygen had been postponed until next Monday.

"We are not out of the woods, but we are breathing," she said, drawing laughter from the nurses standing behind her.

But doctors at the facility said the fault had been reported to county officials as early as March.

"We wrote, we called, we raised it in every management meeting. Nobody listened," said Dr Brian Otieno, the Kisumu branch secretary of the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU). "That plant was making strange noises for six months. This was not an accident. It was a breakdown that everyone saw coming."

Dr Otieno said the union had copies of at least three letters from the hospital's biomedical engineering department warning that the compressor was overdue for servicing.

Asked about the letters, Dr Ouma said he had not seen them but would "look into the matter personally".

"If somebody sat on a warning like that, they will be held to account," he said. "But let us not turn a technical failure into a political football."

In a statement, the Kisumu County Department of Health said the contractor hired to maintain the plant, Nairobi-based Tumaini Medical Gases Ltd, had "failed to honour" its service agreement and that the county would be seeking compensation.

The firm's operations manager, Mr Peter Kamau, dismissed the accusation. He said the county owed the company more than Sh11 million in unpaid invoices and had itself suspended the maintenance contract in February.

"You cannot stop paying the mechanic and then blame the mechanic when the car breaks down," Mr Kamau said in a phone interview. "We have the emails. We are ready to share them with anybody who asks."

At the hospital, relatives described a night of confusion.

Mr Jared Okoth, whose 71-year-old mother was on oxygen in the female medical ward, said nurses had come running with cylinders shortly after the alarms went off.

"The machine started beeping and the nurse said, 'Mzee, hold this,' and handed me a mask," he said. "I held it for almost one hour. I was praying the whole time."

His mother was later transferred to Mariwa Mission Hospital, where she is in stable condition, according to her son.

A nurse at the facility, who spoke on condition of anonymity for fear of victimisation, said staff on the night shift had been forced to "choose who gets the cylinders first".

"There were 11 of us and 40 patients on oxygen. You do the arithmetic," the nurse said. "We did what we could. Nobody should have to work like that."

Nurses at the hospital will down their tools within 14 days if the county does not hire more staff, according to the Kisumu branch of the Kenya National Union of Nurses.

Prof Samuel Were, a public health lecturer at Maseno University, said counties had rushed to install oxygen plants during the Covid-19 pandemic without planning for how they would be kept running.

"Buying the plant is the easy part. A donor will pay for it and a politician will cut the ribbon," he said. "The hard part is the boring part: the service contract, the spare parts, the trained technician who is on site at 2am."

He said at least five counties in western Kenya had experienced oxygen plant failures in the past two years.

The Ministry of Health said in a statement that it had asked the Kenya Medical Supplies Authority (Kemsa) to send an extra 120 cylinders to the hospital, and that a team of biomedical engineers would inspect oxygen plants at all referral hospitals in the region.

Members of the county assembly's health committee toured the hospital yesterday afternoon. The committee's chairperson, Ms Winnie Adhiambo, said the committee would summon Dr Ouma and Dr Awuor to appear before it next week.

"We passed a budget for maintenance. We want to know where that money went," Ms Adhiambo said.

"The people of Kisumu deserve better than a hospital that runs on luck."
"""

KISUMU_OXYGEN_EXPECTED = {
    "Kisumu": ("GPE", 5),  # the dateline line "KISUMU" + 4 in the text
    "Nyanza Lakeside Referral Hospital": ("ORG", 1),
    "Nakuru": ("GPE", 1),
    "Kisumu County": ("GPE", 1),  # "Kisumu County Health Executive Dr Gregory Ouma"
    "Gregory Ouma": ("PERSON", 4),
    "South Africa": ("GPE", 1),
    "Lilian Awuor": ("PERSON", 2),
    "Brian Otieno": ("PERSON", 2),
    "Kenya Medical Practitioners, Pharmacists and Dentists Union": ("ORG", 2),  # + (KMPDU)
    "Kisumu County Department of Health": ("ORG", 1),
    "Nairobi": ("GPE", 1),  # "Nairobi-based"
    "Tumaini Medical Gases Ltd": ("ORG", 1),
    "Peter Kamau": ("PERSON", 2),
    "Jared Okoth": ("PERSON", 1),
    "Mariwa Mission Hospital": ("ORG", 1),
    "Kenya National Union of Nurses": ("ORG", 1),
    "Samuel Were": ("PERSON", 1),
    "Maseno University": ("ORG", 1),
    "Kenya": ("GPE", 1),  # "western Kenya"
    "Ministry of Health": ("ORG", 1),
    "Kenya Medical Supplies Authority": ("ORG", 2),  # + (Kemsa)
    "Winnie Adhiambo": ("PERSON", 2),
}


# /work/round8/r8-manila-bank-merger.txt
MANILA_BANK_MERGER = """Luzon Commerce Bank, Pacifica Savings to merge in P38-billion share swap

Combined lender would rank 11th by assets; deal needs BSP, PCC approval

By Katrina Mae D. Dizon, Reporter

LUZON Commerce Bank (LCB) and Pacifica Savings Bank, Inc. have agreed to merge in an all-share deal that values the thrift lender at about P38 billion, creating what the two banks described as the country's 11th-largest bank by assets.

Under the agreement signed on Monday night, Pacifica shareholders will receive 0.82 LCB share for every Pacifica share they hold. LCB will be the surviving entity, while the Pacifica brand will be kept for its consumer and salary-loan business for at least three years.

In a disclosure to the Philippine Stock Exchange (PSE) on Tuesday, LCB said the combined bank would have total assets of about P612 billion, 318 branches and more than 2.1 million depositors.

“This is not a rescue and it is not a takeover. It is two family banks deciding they are stronger together,” LCB President and Chief Executive Officer Ramon L. Villareal told reporters at a briefing in Makati City. “Our clients in the provinces want a bank that is big enough to lend to them and small enough to know their names.”

Mr. Villareal said the merger would allow the bank to expand its lending to small and medium enterprises, which make up about a third of LCB's loan book, and to spend more on digital banking without raising fees.

Pacifica Chairman Eduardo C. Tan, whose family controls about 61% of the thrift bank, said the decision was “not easy” after 54 years of independence.

“My father opened our first branch in Iloilo with six employees and one typewriter,” Mr. Tan said. “He always told us, ‘Never sell the bank.’ We are not selling it. We are joining something bigger.”

The deal needs the approval of the Bangko Sentral ng Pilipinas (BSP), the Philippine Competition Commission (PCC) and the shareholders of both banks. LCB said it expects to complete the merger by the third quarter of next year.

The BSP said in a statement that it “welcomes consolidation that strengthens the banking system” but would review the transaction “in accordance with existing regulations.”

Analysts were broadly positive on the deal, though some questioned the price.

“On paper, the fit is good. LCB gets cheap deposits and Pacifica gets a balance sheet that can actually grow,” Jonathan R. Lacson, research head at Banyan Equities, Inc., said in a Viber message. “The question is execution. Bank mergers in this country have a mixed record when it comes to putting two IT systems together.”

Mr. Lacson said the implied valuation of about 1.3 times book value was “on the rich side” for a thrift bank, but that cost savings could justify it within three years.

Patricia Anne Sy, an analyst at Northpoint Securities, said she expected the merged bank to cut costs by as much as P2.5 billion a year by closing overlapping branches in Metro Manila and Western Visayas.

“Nobody wants to say the word ‘closures’ at a signing ceremony,” Ms. Sy said. “But that is where the savings are. There are at least 40 branches where the two banks are across the street from each other.”

Asked about branch closures, Mr. Villareal said “no decisions have been made” and that there would be no forced layoffs in the first 18 months after the merger.

The LCB Employees Union said it would seek a meeting with management this week.

“We welcome the assurance of no forced layoffs, but 18 months is not forever,” union president Marites Dumlao said. “We want it in writing, and we want it to cover the Pacifica employees too.”

LCB shares rose 4.2% to close at P47.30 apiece on Tuesday, while Pacifica shares jumped 18.6% to P34.10, their highest close since 2019.

“The market is telling you who got the better deal,” said one Makati-based trader, who asked not to be identified. “Pacifica holders are getting a premium and a bigger bank. LCB holders are getting a story.”

A source familiar with the negotiations said talks had started in February and nearly collapsed in July over the swap ratio, before the two families agreed to split the difference.

LCB Chief Financial Officer Theresa G. Ocampo said the bank would book about P1.8 billion in one-time integration costs over two years.

“We have been very conservative in our assumptions,” she said. “If we do better than that, our shareholders will see it in the dividend.”

According to data from the BSP, the country's 10 largest banks held about 82% of total banking system assets as of end-June.

Mr. Lacson said further consolidation among mid-sized lenders was likely as banks face rising technology costs. “Scale is becoming a matter of survival, not vanity,” he said.
"""

MANILA_BANK_MERGER_EXPECTED = {
    "Luzon Commerce Bank": ("ORG", 12),  # "LUZON Commerce Bank", (LCB), 10 x LCB; not inside "LCB Employees Union"
    "Pacifica Savings Bank, Inc.": ("ORG", 9),  # + 8 x "Pacifica" (shareholders, share, brand, Chairman, ...)
    "Philippine Stock Exchange": ("ORG", 2),  # + (PSE)
    "Ramon L. Villareal": ("PERSON", 3),
    "Makati City": ("GPE", 2),  # + "Makati-based"
    "Eduardo C. Tan": ("PERSON", 2),
    "Iloilo": ("GPE", 1),
    "Bangko Sentral ng Pilipinas": ("ORG", 4),  # + (BSP), The BSP, the BSP
    "Philippine Competition Commission": ("ORG", 2),  # + (PCC)
    "Jonathan R. Lacson": ("PERSON", 3),
    "Banyan Equities, Inc.": ("ORG", 1),
    "Viber": ("ORG", 1),
    "Patricia Anne Sy": ("PERSON", 2),
    "Northpoint Securities": ("ORG", 1),
    "Metro Manila": ("GPE", 1),
    "Western Visayas": ("GPE", 1),
    "LCB Employees Union": ("ORG", 1),
    "Marites Dumlao": ("PERSON", 1),
    "Theresa G. Ocampo": ("PERSON", 1),
}


# /work/round8/held8_minch_ferry.txt
MINCH_FERRY = """Ferry operator admits Eilean Dubh return date was wrong as islanders face another fortnight without sailings

Transport Secretary also corrects Holyrood answer on new vessel

By Calum MacNeil

Harris and Skye islanders face at least another fortnight without their main ferry after Hebridean Ferry Services admitted that the return date it gave last week for the MV Eilean Dubh was wrong.

The company said on Monday last week that the 24-year-old vessel, which has been out of service since a gearbox failure on 2 March, “will return to the Uig–Tarbert route on Friday 14 March” after repairs at a yard in Greenock.

On Wednesday the operator said that date had been given in error. A replacement gearbox coupling ordered from a supplier in Norway has not yet arrived, and the ship is now not expected back before 28 March at the earliest.

“We gave the wrong date, and I apologise for that,” said Alasdair Macaulay, the company’s managing director. “The information we had from the yard on Monday was more optimistic than it should have been, and we passed it on before it was confirmed. That should not have happened.”

Mr Macaulay said the company would in future publish return dates only once parts were physically on site.

The Uig and Tarbert Ferry Users’ Group said the episode had caused “chaos” for hauliers and for patients travelling to hospital appointments in Inverness, many of whom had rebooked journeys for the weekend.

“People rearranged hospital visits, deliveries, even funerals on the strength of that date,” said the group’s chair, Peigi Morrison. “Some of them are now stuck on the wrong side of the Minch.”

The company had also suggested last week that the disruption was affecting “fewer travellers than at any other time of year”. Ms Morrison rejected that suggestion. “Demand hasn’t fallen. People have given up trying to book a ferry that isn’t there,” she said.

A chartered catamaran has been running a reduced service between Uig and Tarbert since last Thursday. On Saturday it reversed out of the linkspan at Tarbert after a mooring line parted, delaying its first sailing by two hours.

Meanwhile, Transport Secretary Fiona Galbraith has corrected a statement she made at Holyrood about the new vessel being built for the route.

Answering a question from Highlands and Islands MSP Kenneth Matheson on Thursday, Ms Galbraith told MSPs that the MV Glas Bheinn, under construction in Gdańsk, “will be carrying passengers on the Little Minch by the end of this year”.

A Scottish Government spokesperson said on Friday that the cabinet secretary had “misspoken” and had meant to say that the vessel would begin sea trials by the end of the year. Passenger service is not expected to begin until the summer of 2027, the spokesperson said.

Ms Galbraith later wrote to Mr Matheson to correct the parliamentary record. In the letter, she said she “regrets any confusion” her answer may have caused.

Mr Matheson, a Conservative, accused the Government of “repeatedly misleading island communities” over the ferry programme.

“This is not a slip of the tongue. It is a pattern,” he said.

The Scottish Government rejected that charge, saying it had “always been open” about delays at the yard.

Hebridean Ferry Services has also published a draft winter timetable for consultation, which would cut the Uig–Lochmaddy service to a single return sailing on Tuesdays. Responses are invited until the end of April.

Highland Council last year withdrew a proposal to introduce overnight parking charges at Uig pier after objections from residents and hauliers.

Dr Ewan Rennie, who researches island transport at the University of the Highlands and Islands, said the Eilean Dubh’s breakdown showed how little slack was left in the fleet.

“It would be a mistake to blame the crews or the engineers in Greenock,” he said. “The problem is an ageing fleet with no spare vessel. When one ship goes, there is nothing to send.”

He said operators elsewhere in Europe had learned not to announce return dates until parts were in hand.

The company declined to say how much the repairs would cost.
"""

MINCH_FERRY_EXPECTED = {
    "Harris": ("LOC", 1),  # islands (natural land regions, not political units)
    "Skye": ("LOC", 1),
    "Hebridean Ferry Services": ("ORG", 2),
    "Eilean Dubh": ("PRODUCT", 2),  # the ship (MV ...), as "Sounion" in blind round 4
    "Uig": ("GPE", 4),  # Uig–Tarbert, between Uig and Tarbert, Uig–Lochmaddy, Uig pier
    "Tarbert": ("GPE", 3),
    "Greenock": ("GPE", 2),
    "Norway": ("GPE", 1),
    "Alasdair Macaulay": ("PERSON", 2),
    "Uig and Tarbert Ferry Users’ Group": ("ORG", 1),
    "Inverness": ("GPE", 1),
    "Peigi Morrison": ("PERSON", 2),
    "Minch": ("LOC", 1),
    "Fiona Galbraith": ("PERSON", 3),
    "Holyrood": ("ORG", 1),  # the Scottish Parliament (as Kremlin, Élysée)
    "Highlands and Islands": ("GPE", 1),  # the electoral region of "Highlands and Islands MSP"
    "Kenneth Matheson": ("PERSON", 3),
    "Glas Bheinn": ("PRODUCT", 1),
    "Gdańsk": ("GPE", 1),
    "Little Minch": ("LOC", 1),
    "Scottish Government": ("ORG", 2),  # "the Government" alone is not counted
    "Conservative": ("NORP", 1),
    "Lochmaddy": ("GPE", 1),
    "Highland Council": ("ORG", 1),
    "Ewan Rennie": ("PERSON", 1),
    "University of the Highlands and Islands": ("ORG", 1),
    "Europe": ("LOC", 1),
}


# /work/round8/held8_penang_water.txt
PENANG_WATER = """Penang water corporation says 30pc tariff figure was an error; domestic bills to rise 8pc

CEO also walks back remark on RM20 rebate for all households

GEORGE TOWN, Jan 8 — The Penang Water Services Corporation (PWSC) has corrected a statement that domestic water tariffs in the state would rise by 30 per cent next month, saying the figure applied only to commercial and industrial users.

In a press statement issued on Monday, the corporation said "water tariffs for all categories of users in Penang will increase by an average of 30 per cent effective February 1", citing higher chemical and electricity costs and the need to replace ageing pipes.

The statement drew an immediate backlash on social media, with residents' associations and several assemblymen calling the increase "unbearable" for low-income families.

On Tuesday night, PWSC issued a second statement saying the earlier one "contained an error". Domestic users would see an average increase of 8 per cent, or about RM2.40 a month for a typical household, it said, while the 30 per cent rise applied to commercial and industrial accounts.

"We regret the error in Monday's statement and the anxiety it caused. The figure was taken from a table prepared for commercial users and should not have been used for domestic consumers," PWSC chief executive officer Datuk Lim Chee Keong said in the statement.

Lim had also told reporters at a briefing on Monday that "every one of Penang's 620,000 domestic account holders" would receive a one-off RM20 rebate to cushion the increase.

In a Facebook post on Wednesday morning, Lim said he had "misspoken" and that the rebate would only go to account holders with no arrears as of Dec 31. "I should have been more precise. I apologise to those who were given the wrong impression," he wrote.

About 71 per cent of domestic accounts would qualify, according to PWSC.

State Infrastructure and Transport Committee chairman Mohd Faizal Ismail said the state government had not been shown the wording of Monday's statement before it was released.

He denied claims by opposition assemblymen that the increase was meant to help pay for the state's land reclamation projects. "Not one sen of this money goes anywhere except water. The accounts are audited and anyone can read them," he told reporters at Komtar.

Opposition assemblyman Lee Wai Ming (Bayan Lepas) said the episode showed the tariff review had been "rushed from start to finish".

"If they cannot get one number right in a press statement, how do we trust the rest of their calculations?" he asked.

The National Water Services Commission (SPAN), the federal regulator, said it had approved the new tariff structure in December. A draft of the gazette notice has been sent to the Attorney-General's Chambers and is expected to be published before the end of the month.

SPAN also clarified that tariff revisions approved for other states last year were not affected by the Penang review.

PWSC, in which the state government holds a majority stake, reversed a RM14 million loss in 2023 to post a net profit of RM31 million last year, according to its annual report.

Penang Consumers' Forum president K. Saravanan said consumers should check their February bills carefully against the new rates.

"It would be wrong to put all the blame on PWSC. The regulator approved this structure, and the regulator should have asked harder questions about the impact on small businesses," he said. "A hawker who pays the commercial rate is not a factory."

Penang's domestic water tariffs are among the lowest in the country. Even after the increase, a household using 35 cubic metres a month would pay less than half what a similar household in Johor pays, PWSC said.

A High Court challenge by a group of consumers to the previous tariff revision, in 2021, was dismissed in 2023.
"""

PENANG_WATER_EXPECTED = {
    "George Town": ("GPE", 1),
    "Penang Water Services Corporation": ("ORG", 8),  # + 7 x PWSC
    "Penang": ("GPE", 4),  # not inside the corporation's or the forum's name
    "Lim Chee Keong": ("PERSON", 3),  # "Datuk" is an honorific, not part of the name
    "Facebook": ("ORG", 1),
    "State Infrastructure and Transport Committee": ("ORG", 1),
    "Mohd Faizal Ismail": ("PERSON", 1),
    "Komtar": ("FAC", 1),
    "Lee Wai Ming": ("PERSON", 1),
    "Bayan Lepas": ("GPE", 1),
    "National Water Services Commission": ("ORG", 3),  # + (SPAN), SPAN
    "Attorney-General's Chambers": ("ORG", 1),
    "Penang Consumers' Forum": ("ORG", 1),
    "K. Saravanan": ("PERSON", 1),
    "Johor": ("GPE", 1),
    "High Court": ("ORG", 1),
}


# /work/round8/held8_crows_draft.txt
CROWS_DRAFT = """Crows land Gippsland Power midfielder Harvey Lucas with pick three

Adelaide's first top-five selection in a decade goes to script on a quiet draft night

By Sam Kavanagh

Adelaide has selected Gippsland Power midfielder Harvey Lucas with the third pick in the AFL national draft, landing the player its recruiters had rated the best inside midfielder in this year's pool.

Lucas, 18, averaged 27 disposals a game in the Coates Talent League this season and was named in the under-18 All-Australian team after captaining Vic Country at the national championships.

"I've been a Crows fan since I was about nine, so this is pretty surreal," Lucas said on stage at Marvel Stadium on Wednesday night. "I made plenty of mistakes this year and I'll make plenty more, but I'm ready to work."

Adelaide's list manager, Bree Hollingsworth, said the club had not seriously considered any other player at the pick.

"We had him at the top of our board from about June," she said. "It would be a mistake to judge him on his first year, though. Inside mids take time to get their bodies right."

The Crows entered the draft with picks 3 and 21 after a trade period in which they gave up their 2026 first-round selection to move up from pick 9.

The club's fortunes reversed sharply this year. After winning 15 games and reaching a preliminary final in 2024, Adelaide won four and finished 16th.

Senior coach Daniel Costa said Lucas would train with the senior group from the first day of pre-season. "He's a competitor. You can't teach that, and you can't draft it in without seeing it first," Costa said.

Adelaide used pick 21 on South Adelaide key forward Ollie Brennan, whose kicking action club development staff had worked to correct over the winter after he missed six shots from inside 30 metres in one SANFL under-18 game.

This week the club denied an allegation by a player agent that it had breached list rules by promising Lucas a senior game in round one.

"No player is promised anything at this club, and that includes Harvey," Hollingsworth said.

The AFL clarified on Tuesday that father-son and academy bids made on the night would be matched using the points system introduced last year, ending several weeks of confusion among clubs about how the new discounts would apply.

North Melbourne took Oakleigh Chargers key defender Jonah Whitby with the first pick, and West Coast selected Claremont's Kai Ngata at two.

West Australian ruckman Jed Farrant, who had been tipped as a top-10 pick, withdrew from the draft last month to accept a basketball scholarship at a college in the United States.

Independent draft analyst Tom Ashby said Adelaide had made the most sensible choice available to it.

"Adelaide didn't reach. Lucas was the safest pick in the top five, and the Crows needed safe," Ashby said. "The risk was always going to be later in the night, and they didn't have a pick later in the night."

A technical error briefly froze the AFL's online draft tracker midway through the first round, but selections continued on stage without interruption.

Earlier on Wednesday, the AFL Appeals Board overturned a one-match suspension handed to Adelaide defender Mitch Coleby for a dangerous tackle in the final round, clearing him to play in round one next season.

The rookie draft will be held on Friday. Adelaide is expected to use at least one of its two rookie-list spots on a mature-age player from the SANFL.

Lucas will fly to Adelaide on Thursday and is due to meet his new teammates at West Lakes on Monday.
"""

CROWS_DRAFT_EXPECTED = {
    "Adelaide Crows": ("ORG", 11),  # the club: "Adelaide" (10, not the city, not "South Adelaide") + "Crows" (3)
    "Gippsland Power": ("ORG", 1),
    "Harvey Lucas": ("PERSON", 8),  # + "Harvey" alone in Hollingsworth's quote
    "AFL": ("ORG", 3),  # not inside "AFL Appeals Board"
    "Coates Talent League": ("EVENT", 1),  # the competition, as "Champions League"
    "Vic Country": ("ORG", 1),
    "Marvel Stadium": ("FAC", 1),
    "Bree Hollingsworth": ("PERSON", 2),
    "Daniel Costa": ("PERSON", 2),
    "South Adelaide": ("ORG", 1),
    "Ollie Brennan": ("PERSON", 1),
    "SANFL": ("ORG", 2),
    "North Melbourne": ("ORG", 1),
    "Oakleigh Chargers": ("ORG", 1),
    "Jonah Whitby": ("PERSON", 1),
    "West Coast": ("ORG", 1),
    "Claremont": ("ORG", 1),  # "Claremont's Kai Ngata": the WAFL club
    "Kai Ngata": ("PERSON", 1),
    "West Australian": ("NORP", 1),
    "Jed Farrant": ("PERSON", 1),
    "United States": ("GPE", 1),
    "Tom Ashby": ("PERSON", 2),
    "AFL Appeals Board": ("ORG", 1),
    "Mitch Coleby": ("PERSON", 1),
    "Adelaide": ("GPE", 1),  # the city: "fly to Adelaide"
    "West Lakes": ("GPE", 1),
}

ROUND8 = {
    "kilbane_quarry": (KILBANE_QUARRY, KILBANE_QUARRY_EXPECTED),
    "kisumu_oxygen": (KISUMU_OXYGEN, KISUMU_OXYGEN_EXPECTED),
    "manila_bank_merger": (MANILA_BANK_MERGER, MANILA_BANK_MERGER_EXPECTED),
    "minch_ferry": (MINCH_FERRY, MINCH_FERRY_EXPECTED),
    "penang_water": (PENANG_WATER, PENANG_WATER_EXPECTED),
    "crows_draft": (CROWS_DRAFT, CROWS_DRAFT_EXPECTED),
}
