"""Round 14 (HELD-OUT in session 10, DEV since session 11): six articles (/work/round14/quotes/r14-*.txt, /work/round14/contrasts/held14_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round13.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first).

Conventions followed from the earlier gold (entities_articles_round13.py and before): the headline, the dek
and the byline / date lines the reading stage drops are front matter and not counted ("Niamh Costigan" /
"Housing Correspondent" / "Tue Mar 11 2025 - 05:45"; "By Marisol Ortega" / "Mar 19, 2025, 6:41pm CDT"; "By
Choi Ye-jin" / "Published : March 24, 2025 - 14:32"; the Inquirer's "By: Mariel Santiago - Reporter /
@MSantiagoINQ" / "Philippine Daily Inquirer / 05:20 AM August 14, 2025", which the reading stage takes as the
dek; VnExpress's "By Le Thu Trang   March 6, 2025 | 04:15 pm GMT+7"); a dateline counts as body ("GEOJE,
South Gyeongsang Province --", "MANILA, Philippines —"); the BBC live page has no dek for the reading stage,
so its "Summary:" paragraph and the "Edited by Sioned Parry BBC Wales" line ARE body and counted, as are the
live page's entry titles and the Inquirer's subhead and EDITOR’S NOTE; persons under the fullest form without
titles or honorifics ("Dr", "Ald.", "Cabinet Secretary for Transport", "Sen.", "Rep.", "Pampanga 3rd District
Rep.", "Atty.", "Public Works Secretary", "Palace Press Officer", "Senate President", "Associate professor",
"deputy director", "Daesan Heavy CEO", "chief executive"), surname-only, given-name-only (Vietnamese: "Hieu",
"Quang") and possessive mentions under it; acronyms in brackets and their later uses under the full name
(TfW, DPWH, COA); a name inside a longer name is not a mention of its own ("Dublin" in "Dublin City Council",
"Tolka Rise" in the residents' association, "Chicago" in three names, "Korea" / "Korean" in "The Korea
Herald", the association and the union, "Wales" in BBC Wales / BBC Radio Wales / Transport for Wales,
"Cardiff" in "Cardiff Central", "Llanberis" in the rescue team, "Ho Chi Minh City" in the university's name);
newspapers and broadcasters are ORG with "The" when it is part of the name (The Korea Herald; BBC Wales, BBC
Radio Wales, dzBB, VnExpress); X, Instagram, Facebook and WhatsApp are ORG; parties are ORG (Sinn Féin, Welsh
Conservatives); parliaments and their chambers are ORG (City Council, Senate, House, National Assembly);
neighbourhoods, districts and towns are GPE; lower-case and generic references ("the association", "the
department", "the council", "the ministry", "the union", "the company") are not
mentions.

Judgement calls where the earlier gold shows no convention: "Dublin 11" and "District 3" (numbered urban
districts) are GPEs of their own, not mentions of Dublin / Ho Chi Minh City; "Tolka Rise" (a housing
development) is FAC; "the Mater hospital" counts "Mater" as ORG; "the State" (Ireland) and the "Cost Rental
Equity Loan" are not marked; "City Council" (Chicago's, never given its full name) is ORG under that name;
"One City Hall official" counts City Hall as ORG (the administration); "North Side" is LOC and "the South and
West Sides" not marked; "majority-Black and Latino" gives Black and Latino (NORP); "Humboldt Park" is the
neighbourhood (GPE); "Northwestern University’s Transportation Center" counts Northwestern University only;
"Marcus" (a child's first name given alone) is PERSON; "Daesan Heavy" and "Daesan" (also "the Daesan branch of
the Korean Metal Workers' Union", the company's name as a modifier) count under Daesan Heavy Industries (7);
"Kospi" (an index) and "LNG", "E-9" are not marked; "Welsh government" (BBC's lower case) is ORG; "Anglesey" is
GPE (the island county); Cardiff Central (a station), the Valley Lines and the Britannia Bridge are FAC,
Snowdonia LOC, Storm Gerda EVENT; "Sen. Ramon “Monching” Dizon" is Ramon Dizon (the nickname in quotes inside
the name not marked); Malacañang is ORG and "Palace" counts under it in the subhead "Palace walks back signing
claim" and in the title "Palace Press Officer" (as "Senate President" counts Senate, following round 13's
"Private Sector Organisation of Jamaica President"); "House leaders" counts House (the House of
Representatives); "Tropical Storm “Isang”" and the languages (English) are not marked; the Flood Management
Authority Act, the Affordable Housing Act 2021 and the Constitution are LAW."""

# /work/round14/quotes/r14-dublin-cost-rental-rents.txt
DUBLIN_COST_RENTAL_RENTS = """‘We did everything right’: cost-rental tenants in Finglas face 9% rent increase

Residents of a flagship scheme say the promise of secure, affordable homes is slipping away as the landlord points to rising maintenance and finance costs

Niamh Costigan
Housing Correspondent

Tue Mar 11 2025 - 05:45

When Aoife Brennan collected the keys to her two-bedroom apartment at Tolka Rise in Finglas three years ago, she thought the hardest part of her housing story was over.

“We did everything right. We saved, we applied, we waited, and we were told this was the model that would finally give people like us a bit of certainty,” she says, standing in a kitchen still lined with unopened moving boxes she never got around to clearing. “Now I’m sitting at this table doing sums again.”

Brennan, a 34-year-old special needs assistant, is one of 212 tenants at the cost-rental development who received letters last month telling them their rent will rise by 9 per cent from June. For a two-bedroom unit, that means an increase from €1,150 to €1,253 a month.

The scheme is managed by Liffey Homes Association, an approved housing body, on land transferred by Dublin City Council. Cost rental, in which rents are meant to cover only the cost of building, financing and maintaining the homes, has been promoted by successive governments as a middle path between social housing and the private market.

Liffey Homes Association said the increase reflected higher insurance premiums, a 40 per cent rise in maintenance contract costs since 2022 and the terms of its loan from the Housing Finance Agency. In a statement, it said rents at Tolka Rise would remain “at least 25 per cent below market rents in the area”.

Its chief executive, Declan Moriarty, says the association had no choice.

“Nobody in this organisation wanted to send those letters. But cost rental means exactly what it says: the rent has to cover the cost,” he says. “If we don’t, the scheme doesn’t survive, and then nobody gets a home out of it.

“What we can do is phase it in, and we have offered that to any household that asks.”

He says about 30 households have so far asked for the increase to be spread over two years.

Tenants are not convinced. The Tolka Rise Residents’ Association, formed in January, says the letters arrived without any breakdown of the costs. On Instagram, the group posted a photograph of the letter with the caption: “No figures, no meeting, no choice. Is this what affordable looks like?”

Its chairwoman, Gráinne Tuohy, is a nurse at the Mater hospital who works nights. She says the association has asked for the full accounts of the scheme.

“We’re not asking for a favour,” Tuohy says. “We’re asking to see the sums that our rent is supposed to be based on.”

She believes many tenants will pay the increase and say nothing, because the alternative is the private market. According to the Residential Tenancies Board, the average new rent for a two-bedroom property in Dublin 11 was €1,870 at the end of last year.

Not everyone at Tolka Rise is angry. One tenant, who did not want to be named because she works in the public sector, said the rent was still “the best deal I have ever had in Dublin” and that she would rather see a modest increase than a building that falls into disrepair.

Housing experts say the dispute exposes a weakness in how cost rental was designed. Dr Ciarán Lynam, a lecturer in housing policy at Maynooth University, says the rents were set when interest rates were close to zero.

“The model assumed that costs would fall over time as the loans were paid down. Instead, costs went up in the first few years, and there is no mechanism to absorb that except the tenant,” he says.

He says the State could cap annual increases in cost-rental schemes at the rate of inflation and cover any gap through the Cost Rental Equity Loan.

A source at one of the agencies that funds cost-rental schemes said other approved housing bodies were likely to follow with similar increases “within the next 12 months”.

The Department of Housing said cost-rental rents were set by the approved housing bodies in line with the Affordable Housing Act 2021, and that any increase had to be approved by the department before it took effect. It said it was “engaging with Liffey Homes Association” on the Tolka Rise proposal.

Local Sinn Féin councillor Mícheál Ó Dúill said the increase should be paused until tenants had seen the figures. On X, he wrote: “A 9% hike in a scheme built on public land is a policy failure, not a market one.”

Threshold, the housing charity, says it has received more than 40 calls from cost-rental tenants since January, most of them about rent reviews.

Back in her kitchen, Brennan says she will probably stay.

“Where else would I go?” she says. “That’s the thing they know and we know. It’s not really a choice at all.”
"""

DUBLIN_COST_RENTAL_RENTS_EXPECTED = {
    "Aoife Brennan": ("PERSON", 3),  # + 2 x "Brennan"
    "Tolka Rise": ("FAC", 4),  # the development (4 x); not inside "Tolka Rise Residents’ Association"; headline / dek not counted
    "Finglas": ("GPE", 1),  # a suburb; headline not counted
    "Liffey Homes Association": ("ORG", 3),
    "Dublin City Council": ("ORG", 1),
    "Housing Finance Agency": ("ORG", 1),
    "Declan Moriarty": ("PERSON", 1),  # "Its chief executive," is a role
    "Tolka Rise Residents’ Association": ("ORG", 1),
    "Instagram": ("ORG", 1),
    "Gráinne Tuohy": ("PERSON", 2),  # + "Tuohy says"
    "Mater": ("ORG", 1),  # "a nurse at the Mater hospital" (the hospital, named in its short form)
    "Residential Tenancies Board": ("ORG", 1),
    "Dublin 11": ("GPE", 1),  # a postal district (as "District 3"), not counted under Dublin
    "Dublin": ("GPE", 1),  # "the best deal I have ever had in Dublin" (a quote); not inside "Dublin City Council" or "Dublin 11"
    "Ciarán Lynam": ("PERSON", 1),  # "Dr" is a title
    "Maynooth University": ("ORG", 1),
    "Department of Housing": ("ORG", 1),
    "Affordable Housing Act 2021": ("LAW", 1),
    "Sinn Féin": ("ORG", 1),  # "Local Sinn Féin councillor Mícheál Ó Dúill" (a party)
    "Mícheál Ó Dúill": ("PERSON", 1),  # "councillor" is no title of a name
    "X": ("ORG", 1),  # "On X, he wrote"
    "Threshold": ("ORG", 1),  # "Threshold, the housing charity,"
}


# /work/round14/quotes/r14-chicago-speed-camera-committee.txt
CHICAGO_SPEED_CAMERA_COMMITTEE = """City Council committee advances plan for 50 new speed cameras, setting up showdown with South and West Side aldermen

The ordinance would add cameras near parks and schools on the city’s busiest corridors. Critics say the fines fall hardest on Black and Latino drivers.

By Marisol Ortega
Mar 19, 2025, 6:41pm CDT

A City Council committee voted 9-5 on Wednesday to add 50 speed cameras across Chicago, sending a plan that has split the council along familiar lines to the full body next week.

The ordinance, sponsored by Ald. Daniel Kowalczyk (32nd), would place the new cameras in “safety zones” within an eighth of a mile of parks and schools on streets where at least two people were killed or seriously injured in traffic crashes in the last three years.

“We have the data on where people are dying. We have a tool that we know slows drivers down. I don’t understand what we are waiting for,” Kowalczyk said after the vote in the Committee on Pedestrian and Traffic Safety.

He pointed to a 2023 study by the University of Illinois Chicago that found speeding near cameras fell by more than half in the first year they operated. He also said the ordinance would require that the cameras be spread “fairly across every part of the city,” not concentrated in a few wards.

That did little to persuade opponents.

Ald. Tamika Rhodes (24th) said her ward already had more cameras than most of the North Side combined.

“My residents are not against safety,” Rhodes said. “But when you hand a $35 ticket to a family that is already choosing between gas and groceries, you are not changing behavior, you are just taking money out of a neighborhood that doesn’t have it.”

According to a 2022 analysis by the city’s Office of Inspector General, households in majority-Black and Latino ZIP codes received tickets at roughly twice the rate of households in majority-white ones.

Ald. Jorge Villanueva (22nd) said he would support the plan only if the city also paid for speed humps and narrower lanes on the same streets.

“A camera catches you after you’ve done it,” Villanueva said. “A speed hump stops you from doing it.”

The Chicago Department of Transportation said the new cameras would be chosen using crash data, not revenue, and that the first of them could be operating by the fall. A department spokeswoman said the city had installed 1,400 speed humps last year, “the most in a single year in Chicago’s history.”

The mayor’s office said in a statement that the mayor supported the ordinance “as one part of a broader strategy” to reduce traffic deaths, which reached 147 last year, according to city figures.

Behind the scenes, the administration has been counting votes. One City Hall official, who was not authorized to speak publicly, said the mayor’s team believed it had “26 or 27” votes for the plan on the floor, enough to pass it with a simple majority.

Families of crash victims filled the committee room. Among them was Lorraine Whitfield, whose 9-year-old son, Marcus, was struck and killed by a speeding driver near Humboldt Park in 2023.

“I hear people talk about tickets,” Whitfield told the committee, her voice breaking. “I would pay every ticket in this city to have him back.”

She said she had asked the city for a camera on the street where her son died three times before the crash and never received an answer.

Not everyone testifying was on the same side. Raymond Ochoa, president of the Chicago Independent Drivers Association, which represents rideshare and delivery drivers, said his members were “being asked to pay for the city’s failure to fix its roads.”

“Our drivers are on these streets 12 hours a day,” Ochoa said. “They get the tickets first, and they get them the most.”

Transportation researchers say the evidence that cameras save lives is strong but that where they are placed matters.

“Cameras work best where the road itself tells drivers to go fast,” said Priya Natarajan, a researcher at Northwestern University’s Transportation Center. “If you put them on wide, straight arterials near parks, you will see results. If you put them where the revenue is, you will see revenue.”

Shortly after the vote, Rhodes posted on X: “Nine aldermen just voted to send another bill to the South and West Sides. We’ll see them on the floor.”

Kowalczyk said he was willing to talk about amendments, including one that would cut fines in half for drivers enrolled in the city’s utility billing relief program.

“I’m not married to every line of this,” he said. “I’m married to the idea that fewer kids should die on our streets.”

The full City Council is scheduled to take up the ordinance on March 26.
"""

CHICAGO_SPEED_CAMERA_COMMITTEE_EXPECTED = {
    "City Council": ("ORG", 2),  # "A City Council committee", "The full City Council" (Chicago City Council); headline not counted
    "Chicago": ("GPE", 2),  # "across Chicago", "Chicago’s history" (a quote); not inside three longer names
    "Daniel Kowalczyk": ("PERSON", 3),  # "Ald." is a title, "(32nd)" the ward; + 2 x "Kowalczyk"
    "Committee on Pedestrian and Traffic Safety": ("ORG", 1),
    "University of Illinois Chicago": ("ORG", 1),
    "Tamika Rhodes": ("PERSON", 3),
    "North Side": ("LOC", 1),  # a part of the city (LOC); "the South and West Sides" (coordinated, plural) not marked
    "Office of Inspector General": ("ORG", 1),  # "the city’s Office of Inspector General"
    "Black": ("NORP", 1),  # "majority-Black and Latino ZIP codes"; the dek not counted
    "Latino": ("NORP", 1),
    "Jorge Villanueva": ("PERSON", 2),
    "Chicago Department of Transportation": ("ORG", 1),
    "City Hall": ("ORG", 1),  # "One City Hall official" (the administration, by metonymy)
    "Lorraine Whitfield": ("PERSON", 2),
    "Marcus": ("PERSON", 1),  # a first name given alone (the victim)
    "Humboldt Park": ("GPE", 1),  # "near Humboldt Park" (the neighbourhood, GPE)
    "Raymond Ochoa": ("PERSON", 2),
    "Chicago Independent Drivers Association": ("ORG", 1),
    "Priya Natarajan": ("PERSON", 1),
    "Northwestern University": ("ORG", 1),  # "Northwestern University’s Transportation Center": the university counted, the center not marked
    "X": ("ORG", 1),
}


# /work/round14/quotes/r14-geoje-shipyard-welders.txt
GEOJE_SHIPYARD_WELDERS = """Shipbuilders turn to foreign welders as order books swell

Daesan Heavy to hire 1,200 workers from Vietnam, Uzbekistan amid labor crunch; unions warn of two-tier workforce

By Choi Ye-jin
Published : March 24, 2025 - 14:32

GEOJE, South Gyeongsang Province -- Daesan Heavy Industries, the country's third-largest shipbuilder by orders, will hire about 1,200 foreign welders and painters this year as it struggles to staff a record backlog of liquefied natural gas carriers, the company said Monday.

The hiring, which the company described as its largest ever overseas recruitment, will bring the share of foreign nationals in its production workforce at the Geoje yard to about 22 percent, up from 9 percent in 2022.

"We have orders for the next three and a half years, but we do not have the hands to build them," Daesan Heavy CEO Yoon Sang-ho said in an interview with The Korea Herald at the company's headquarters in Geoje. "Young Koreans do not want to weld in a dock in August. That is the reality, and we have to plan for it."

Yoon said the company would run a six-month training program for the new hires in partnership with vocational schools in Hanoi and Tashkent, and that all of them would be paid under the same wage table as Korean workers with the same experience.

He added that Daesan would spend 45 billion won ($30.6 million) over three years on dormitories near the yard.

According to the Korea Offshore and Shipbuilding Association, the industry needs about 14,000 more production workers by the end of next year to meet delivery schedules. Korean shipbuilders took about 17 percent of global orders last year, behind China, the association said.

The Ministry of Employment and Labor said it had raised this year's quota of E-9 non-professional employment visas for the shipbuilding sector to 5,000, and that it would "closely monitor" working conditions at yards that rely heavily on foreign labor.

Not everyone on the dock is convinced.

"The company says same pay, but the foreign workers are all on the subcontractors' books. That is where the wages are lower and the accidents happen," said Kang Min-seok, who heads the Daesan branch of the Korean Metal Workers' Union. "If they want to hire abroad, they should hire directly."

Kang said the union would ask for the issue to be added to this year's wage negotiations, which begin in May. In a post on its website, the union said the company was "building ships with a workforce it does not have to answer for."

A Daesan official, who asked not to be named because he was not authorized to speak to the media, acknowledged that most of the new workers would be employed through about 40 in-house subcontractors. "That is how the whole industry works. It is not something one company can change," the official said.

Industry sources said rival shipbuilders were preparing similar plans. One executive at a competing yard, speaking on condition of anonymity, said his company had sent recruiters to Indonesia and Nepal in February.

Tran Van Duc, a 29-year-old welder from Nghe An province who arrived in Geoje in 2023, said he sent about two-thirds of his monthly pay home. He works 10-hour shifts, six days a week.

"The work is hard but the pay is better than anything at home," he said. "What I want is a longer visa. After four years and 10 months, I must leave, and then they train someone new."

Analysts say the labor shortage has become the main risk to the sector's earnings recovery.

"Order intake is no longer the problem. Delivery is the problem," said Lim Jae-won, a shipbuilding analyst at Hana Securities. "Every month of delay on an LNG carrier costs the yard money in penalties, so labor is now an earnings issue, not only an HR issue."

Lim said he expected Daesan's operating margin to rise to about 6 percent this year if deliveries stayed on schedule.

Shares of Daesan Heavy closed 2.1 percent higher at 38,450 won on the Kospi on Monday.

Back at the yard, Yoon said he did not see foreign workers as a stopgap.

"Ten years from now, I think a third of the people building ships in Korea will be from abroad," he said. "The question is whether we make this a good place for them to stay."
"""

GEOJE_SHIPYARD_WELDERS_EXPECTED = {
    "Geoje": ("GPE", 4),  # the dateline "GEOJE" + 3 x "Geoje"
    "South Gyeongsang Province": ("GPE", 1),  # in the dateline
    "Daesan Heavy Industries": ("ORG", 7),  # + 2 x "Daesan Heavy", 4 x "Daesan" ("A Daesan official", "the Daesan branch of the ...", "Daesan's")
    "Yoon Sang-ho": ("PERSON", 3),  # "Daesan Heavy CEO" is a role; + 2 x "Yoon"
    "The Korea Herald": ("ORG", 1),
    "Koreans": ("NORP", 1),
    "Hanoi": ("GPE", 1),
    "Tashkent": ("GPE", 1),
    "Korean": ("NORP", 2),  # "Korean workers", "Korean shipbuilders"; not inside "Korean Metal Workers' Union"
    "Korea Offshore and Shipbuilding Association": ("ORG", 1),
    "China": ("GPE", 1),
    "Ministry of Employment and Labor": ("ORG", 1),
    "Kang Min-seok": ("PERSON", 2),
    "Korean Metal Workers' Union": ("ORG", 1),
    "Indonesia": ("GPE", 1),
    "Nepal": ("GPE", 1),
    "Tran Van Duc": ("PERSON", 1),  # a Vietnamese name, not repeated
    "Nghe An": ("GPE", 1),  # a province
    "Lim Jae-won": ("PERSON", 2),
    "Hana Securities": ("ORG", 1),
    "Korea": ("GPE", 1),  # "building ships in Korea" (a quote); not inside "The Korea Herald" or the association
}


# /work/round14/contrasts/held14_storm_gerda_wales_live.txt
STORM_GERDA_WALES_LIVE = """Storm Gerda: Trains cancelled and thousands without power across Wales

Summary: An amber wind warning is in force for much of Wales until 18:00 GMT. Rail services on the Valley Lines are suspended and the Britannia Bridge is closed to high-sided vehicles.

Edited by Sioned Parry
BBC Wales

12:48

Cabinet secretary's office: bridge will not reopen by lunchtime

The Welsh government says the Britannia Bridge will stay closed to high-sided vehicles until at least 18:00, correcting what the transport secretary told BBC Radio Wales this morning.

A spokesperson for Cabinet Secretary for Transport Rhodri Pugh said: "The cabinet secretary misspoke. The bridge will not reopen to high-sided vehicles by lunchtime, and drivers should continue to use the diversion through Bangor until the Met Office warning has expired."

The spokesperson added that the decision rested with the trunk road agent, which would reopen the bridge "when gusts fall below 45mph and not before".

12:31

'It would be a mistake to go up the hills today'

Mountain rescue teams in Snowdonia are urging walkers to stay away from high ground.

"It would be a mistake to go up the hills today, however experienced you are," said Iwan Roberts of Llanberis Mountain Rescue Team. "Gusts on the summit ridge have been over 90mph."

12:05

Opposition criticises government response

The Welsh Conservatives have accused the Welsh government of being "caught flat-footed" by the storm, saying gritters and tree crews were not in place early enough.

A Welsh government spokesperson rejected the criticism, saying crews had been on standby since Sunday night.

11:40

Correction

In our post at 09:20 we gave the number of homes without power in Ceredigion as 4,000. The figure given by National Grid was 14,000. Apologies for the error.

11:22

Power company rejects claim cuts were 'deliberate'

National Grid has rejected claims circulating on social media that it switched off supplies to parts of west Wales to protect the network in England.

"That is simply not true. Every one of these faults is storm damage – trees on lines, broken poles," a spokesperson said. "Our engineers are working to get people back on as quickly and safely as they can."

10:55

Council says reports of school closures 'not accurate'

Gwynedd Council says messages shared in parents' WhatsApp groups claiming all schools in the county are shut are not accurate.

Twenty-three schools have closed, and a full list is on the council's website.

10:14

Train reversed back to Pontypridd

Passengers on the 08:47 service from Treherbert to Cardiff Central were stuck for almost an hour after a fallen tree blocked the line near Trehafod. The train was reversed back to Pontypridd, where passengers were put on replacement buses.

One passenger, Carys Morgan, told BBC Wales: "Nobody told us anything for forty minutes. I don't blame the driver, but someone should have known the line wasn't safe."

09:41

Transport for Wales: earlier update 'posted in error'

Transport for Wales (TfW) has apologised after telling passengers that Valley Lines services were running normally.

In a post on X, TfW said its earlier update "was posted in error" and that services between Cardiff Central and Treherbert, Aberdare and Merthyr Tydfil were suspended.

"We're sorry for the confusion this caused to customers who travelled to stations this morning," the operator said.

09:20

Thousands without power in Ceredigion

National Grid says around 4,000 homes in Ceredigion are without power, with Aberystwyth and Lampeter the worst-affected areas.

08:52

Bridge 'will reopen by lunchtime', says transport secretary

Cabinet Secretary for Transport Rhodri Pugh has told BBC Radio Wales the Britannia Bridge will reopen to all traffic by lunchtime.

"The winds are dropping on Anglesey and I'm confident the bridge will reopen by lunchtime," he told the Breakfast programme.

He also said a draft plan to give the bridge a permanent wind shield would go to ministers in the spring.

07:05

Valley Lines 'running normally', says TfW

At 06:30 Transport for Wales posted on X: "All Valley Lines services are running normally this morning. Please check before you travel as conditions may change."

Network Rail says teams have been out overnight clearing debris from lines across south Wales.

06:40

Amber warning in force

Good morning and welcome to our live coverage of Storm Gerda.

The Met Office amber warning for wind covers all of Wales except parts of Powys and Monmouthshire until 18:00 GMT. A yellow warning covers the rest of the country.

Forecasters say gusts of 70-80mph are possible on coasts and hills, and the Met Office disagreed with earlier forecasts from some private weather firms that had predicted gusts of over 100mph inland.
"""

STORM_GERDA_WALES_LIVE_EXPECTED = {
    "Storm Gerda": ("EVENT", 1),
    "Wales": ("GPE", 4),  # "much of Wales" (Summary), "south Wales", "west Wales", "all of Wales"; not inside BBC Wales / BBC Radio Wales / Transport for Wales; headline not counted
    "Valley Lines": ("FAC", 4),
    "Britannia Bridge": ("FAC", 3),
    "Sioned Parry": ("PERSON", 1),  # the line "Edited by Sioned Parry BBC Wales", which the reading stage keeps in the body
    "BBC Wales": ("ORG", 2),  # the "Edited by" line + "told BBC Wales"
    "Welsh government": ("ORG", 3),  # BBC style, lower-case "government" (3 x)
    "Rhodri Pugh": ("PERSON", 2),  # "Cabinet Secretary for Transport" is a title (2 x); "the transport secretary" not counted
    "BBC Radio Wales": ("ORG", 2),
    "Bangor": ("GPE", 1),
    "Met Office": ("ORG", 3),
    "Snowdonia": ("LOC", 1),
    "Iwan Roberts": ("PERSON", 1),  # "Iwan Roberts of Llanberis Mountain Rescue Team"
    "Llanberis Mountain Rescue Team": ("ORG", 1),
    "Welsh Conservatives": ("ORG", 1),
    "Ceredigion": ("GPE", 3),  # the correction entry, an entry title and its text
    "National Grid": ("ORG", 3),  # the correction entry, the 11:22 entry, the 09:20 entry
    "England": ("GPE", 1),
    "Gwynedd Council": ("ORG", 1),
    "WhatsApp": ("ORG", 1),
    "Pontypridd": ("GPE", 2),
    "Treherbert": ("GPE", 2),
    "Cardiff Central": ("FAC", 2),  # a station (FAC); Cardiff inside not counted
    "Trehafod": ("GPE", 1),
    "Carys Morgan": ("PERSON", 1),
    "Transport for Wales": ("ORG", 6),  # 3 x + 3 x "TfW"
    "X": ("ORG", 2),
    "Aberdare": ("GPE", 1),
    "Merthyr Tydfil": ("GPE", 1),
    "Aberystwyth": ("GPE", 1),
    "Lampeter": ("GPE", 1),
    "Anglesey": ("GPE", 1),  # the island county (GPE), in a quote
    "Network Rail": ("ORG", 1),
    "Powys": ("GPE", 1),
    "Monmouthshire": ("GPE", 1),
}


# /work/round14/contrasts/held14_inquirer_flood_control_funds.txt
INQUIRER_FLOOD_CONTROL_FUNDS = """Senator’s office admits P12-billion flood-control figure was wrong

By: Mariel Santiago - Reporter / @MSantiagoINQ
Philippine Daily Inquirer / 05:20 AM August 14, 2025

MANILA, Philippines — The office of Sen. Ramon “Monching” Dizon on Wednesday admitted that the P12-billion figure he cited in a privilege speech on flood-control funds for Pampanga was wrong, a day after the claim set off a shouting match on the Senate floor.

In his speech on Tuesday, Dizon told the chamber that the Department of Public Works and Highways (DPWH) had “released P12 billion in a single quarter” for flood-control projects in the province, “most of them in the district of one congressman.”

But in a statement sent to reporters on Wednesday, Dizon’s chief of staff, Atty. Lorna Vergara, said the correct figure was P1.2 billion.

“The figure in the senator’s speech was the result of a staff error in transcribing the DPWH data. The correct amount is P1.2 billion. We take full responsibility and have informed the Senate secretariat,” Vergara said.

She said the senator stood by his call for an audit of the projects, “because even P1.2 billion in one quarter deserves scrutiny.”

The DPWH, for its part, had already called the P12-billion claim “baseless” in a statement issued late Tuesday. Public Works Secretary Alfredo Caballero said the department’s total flood-control allocation for all of Central Luzon in the second quarter was P4.7 billion.

“We welcome any audit. But we will not allow our engineers to be accused on the basis of numbers that do not exist,” Caballero told reporters.

Pampanga 3rd District Rep. Gerardo Lising, whose district Dizon appeared to refer to, dismissed the speech as “fake news dressed up as oversight.”

“Ang tanong ko lang, saan niya nakuha ’yan? (My only question is, where did he get that?),” Lising said in an interview over dzBB.

Palace walks back signing claim

The row came as Malacañang also walked back an announcement about a related measure.

On Monday, Palace Press Officer Dindo Manalastas told a briefing that the President had “signed into law” the proposed Flood Management Authority Act, which would create a single agency to oversee flood-control spending.

The following day, Manalastas told reporters that he had been mistaken. “I misspoke yesterday. The enrolled bill is still with the Office of the President and is undergoing review. I apologize to our friends in the media for the confusion,” he said.

Under the Constitution, a bill lapses into law if the President does not act on it within 30 days of receipt.

Senate President Juan Edgardo Padilla said he disagreed with calls from some senators to suspend the DPWH’s flood-control budget for next year, saying it would only delay projects in areas that flood every year.

“It would be a mistake to punish the provinces for the sins of a few contractors,” Padilla said.

The Commission on Audit (COA) earlier flagged P2.3 billion in flood-control projects nationwide as “not implemented in accordance with approved plans.” The DPWH has said the COA findings were “not accurate,” arguing that many of the projects were completed after the audit period.

Meanwhile, the Senate committee on public works is finalizing a draft report on its inquiry into flood-control spending, which its chair, Sen. Teresita Aquino-Reyes, said would be released before the budget deliberations.

Aquino-Reyes denied reports that the committee had been pressured by House leaders to soften its findings. “No one has called me, and no one would dare,” she said.

Dizon, who is widely seen as preparing a run for higher office in 2028, did not attend Wednesday’s session. On his Facebook page, he posted: “Nagkamali ang numero, pero hindi nagkamali ang tanong. (The number was wrong, but the question was not.)”

Civil society group Bantay Baha said the exchange showed why project-level data should be published online. “The public should not have to rely on privilege speeches to know where flood money goes,” said its convenor, Rachel Dimaculangan.

Rainfall from the southwest monsoon, enhanced by Tropical Storm “Isang,” flooded at least 120 barangays in Pampanga last month, according to the provincial disaster office.

EDITOR’S NOTE: An earlier version of this story said Rep. Gerardo Lising represents Pampanga’s 2nd District. He represents the 3rd District.

/atm
"""

INQUIRER_FLOOD_CONTROL_FUNDS_EXPECTED = {
    "Manila": ("GPE", 1),  # the dateline "MANILA, Philippines —"
    "Philippines": ("GPE", 1),
    "Ramon Dizon": ("PERSON", 5),  # "Sen. Ramon “Monching” Dizon" (the nickname in quotes inside the name) + 3 x "Dizon" + "Dizon’s"; headline not counted
    "Pampanga": ("GPE", 4),  # "for Pampanga", "Pampanga 3rd District Rep.", "barangays in Pampanga", "Pampanga’s 2nd District" (the editor's note)
    "Senate": ("ORG", 4),  # "the Senate floor", "the Senate secretariat" (a quote), "Senate President" (as "Private Sector Organisation of Jamaica President"), "The Senate committee on public works"
    "Department of Public Works and Highways": ("ORG", 6),  # + 5 x "DPWH" (bracket, "The DPWH", "the DPWH’s", "the DPWH data" in a quote)
    "Lorna Vergara": ("PERSON", 2),  # "Atty." is a title
    "Alfredo Caballero": ("PERSON", 2),  # "Public Works Secretary" is a title
    "Central Luzon": ("GPE", 1),
    "Gerardo Lising": ("PERSON", 3),  # "Pampanga 3rd District Rep." / "Rep." are titles; + "Lising said" + the editor's note
    "dzBB": ("ORG", 1),  # a radio station ("in an interview over dzBB")
    "Malacañang": ("ORG", 3),  # + "Palace walks back ..." (a subhead) and "Palace Press Officer" (the office in a title, as "Senate President")
    "Dindo Manalastas": ("PERSON", 2),  # "Palace Press Officer" is a title
    "Flood Management Authority Act": ("LAW", 1),
    "Office of the President": ("ORG", 1),  # in a quote
    "Constitution": ("LAW", 1),
    "Juan Edgardo Padilla": ("PERSON", 2),  # "Senate President" is a title
    "Commission on Audit": ("ORG", 3),  # + "(COA)", "the COA findings"
    "Teresita Aquino-Reyes": ("PERSON", 2),  # "Sen." is a title; + "Aquino-Reyes denied"
    "House": ("ORG", 1),  # "House leaders" (the House of Representatives)
    "Facebook": ("ORG", 1),
    "Bantay Baha": ("ORG", 1),
    "Rachel Dimaculangan": ("PERSON", 1),
}


# /work/round14/contrasts/held14_hcmc_grade10_exam.txt
HCMC_GRADE10_EXAM = """HCMC education department says plan to drop English from grade 10 exam was only a draft

By Le Thu Trang   March 6, 2025 | 04:15 pm GMT+7

Ho Chi Minh City's education department said Thursday a notice announcing that English would be dropped from next year's grade 10 entrance exam was a draft proposal that had been published by mistake.

The notice, posted on the department's website on Tuesday evening, said the exam for public high schools in the 2026-2027 school year "will consist of two compulsory subjects, mathematics and literature," replacing the current three-subject format that includes a foreign language.

It was widely shared on social media and drew thousands of comments from parents, many of whom had paid for months of English tutoring for their children.

On Thursday morning, the department removed the notice and issued a new statement saying the document "is a draft for consultation and does not reflect an official decision." It said the draft had been "uploaded by mistake" by a staff member and apologized to students and parents.

"The exam structure for next year has not changed. Students should continue to prepare for all three subjects," deputy director Nguyen Van Hieu told VnExpress. "We will only decide after collecting opinions from schools, teachers and parents, and the city People's Committee must approve it."

Hieu said the department would discipline the staff member responsible and review its procedures for publishing documents online.

The Ministry of Education and Training said provinces and cities are allowed to choose the third subject of their grade 10 exam but must announce the structure before March 31 each year. A ministry official said it had not received any proposal from Ho Chi Minh City to change its exam.

Last year, nearly 98,700 students sat the city's grade 10 exam, competing for about 77,300 places in public high schools, according to the department.

Principal corrects fee figure

The confusion came a week after another education official in the city corrected himself over school fees.

At a meeting with parents on Feb. 27, Tran Minh Quang, principal of a public high school in Thu Duc City, said tuition at the school would rise to VND1.5 million ($59) a month from September.

Several parents posted video clips of the remark online. The following day, Quang sent a message to parents through the school's app saying he had given the wrong figure. "I was mistaken. The correct figure is VND300,000 a month, in line with the city's tuition ceiling. The VND1.5 million I mentioned is the fee for the optional integrated English program," the message read.

The department has since asked schools to publish all fees in writing before meetings with parents.

Debate over the exam

The episode has reopened a debate over whether the city should drop English from the entrance exam.

Some teachers disagreed with the idea, saying students in suburban districts already fall behind in English. "It would be a mistake to remove the one subject that pushes schools in outer districts to invest in language teaching," said Le Thi Hong Nhung, an English teacher in Cu Chi District.

Others backed it. Associate professor Pham Quoc Dung of the Ho Chi Minh City University of Education said a two-subject exam would reduce pressure on students and the cost of private tutoring.

The department also denied a report by a local news site that the city would cancel the grade 10 exam altogether and admit students based on their school records. "That information is not accurate," Hieu said.

On Wednesday, a Facebook page with more than 200,000 followers claimed the ministry had ordered all provinces to drop English from their exams. The ministry rejected the claim, calling it "fabricated," and said it would ask police to investigate the page.

The National Assembly is due to discuss a draft law on teachers at its session in May, which would raise teachers' salaries to the highest level in the public wage scale.

Parents said they hoped the city would settle the issue quickly. "My son has two more semesters. We just want to know what he has to study," said Vo Thi Thanh, whose son attends a secondary school in District 3.

Hanoi, which also uses a three-subject exam, said last week it had no plans to change its format.
"""

HCMC_GRADE10_EXAM_EXPECTED = {
    "Ho Chi Minh City": ("GPE", 2),  # not inside the university's name; "HCMC" in the headline not counted
    "People's Committee": ("ORG", 1),  # "the city People's Committee" (a quote)
    "Nguyen Van Hieu": ("PERSON", 3),  # "deputy director" is a role; + 2 x "Hieu" (the given name, as Vietnamese usage)
    "VnExpress": ("ORG", 1),  # "told VnExpress"; the byline line not in the body
    "Ministry of Education and Training": ("ORG", 1),
    "Tran Minh Quang": ("PERSON", 2),  # + "Quang sent"
    "Thu Duc City": ("GPE", 1),
    "Le Thi Hong Nhung": ("PERSON", 1),
    "Cu Chi District": ("GPE", 1),
    "Pham Quoc Dung": ("PERSON", 1),  # "Associate professor" is a title
    "Ho Chi Minh City University of Education": ("ORG", 1),
    "Facebook": ("ORG", 1),
    "National Assembly": ("ORG", 1),
    "Vo Thi Thanh": ("PERSON", 1),
    "District 3": ("GPE", 1),  # an urban district (GPE)
    "Hanoi": ("GPE", 1),
}


ROUND14 = {
    "dublin_cost_rental_rents": (DUBLIN_COST_RENTAL_RENTS, DUBLIN_COST_RENTAL_RENTS_EXPECTED),
    "chicago_speed_camera_committee": (CHICAGO_SPEED_CAMERA_COMMITTEE, CHICAGO_SPEED_CAMERA_COMMITTEE_EXPECTED),
    "geoje_shipyard_welders": (GEOJE_SHIPYARD_WELDERS, GEOJE_SHIPYARD_WELDERS_EXPECTED),
    "storm_gerda_wales_live": (STORM_GERDA_WALES_LIVE, STORM_GERDA_WALES_LIVE_EXPECTED),
    "inquirer_flood_control_funds": (INQUIRER_FLOOD_CONTROL_FUNDS, INQUIRER_FLOOD_CONTROL_FUNDS_EXPECTED),
    "hcmc_grade10_exam": (HCMC_GRADE10_EXAM, HCMC_GRADE10_EXAM_EXPECTED),
}
