"""Round 18, HELD-OUT: six articles (/work/round18/quotes/r18-*.txt, /work/round18/contrasts/held18_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round17.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first, and the front matter the reading stage leaves in the body masked).

Front and back matter are never counted, wherever the reading stage puts them: headlines, deks, section
labels, bylines and date lines, audio-player lines, photo captions, "Read More" blocks, author boxes,
translation / edition credits and the wire's e-mail sign-off.  This round keeps each outlet's real layout,
and the reading stage does NOT always separate it (findings, recorded in the README): the Agência Brasil
section label "General" becomes the headline and the real headline the dek, while the subtitle and the
"Published on ... By Fernanda Cruz - Agência Brasil reporter - Recife" line stay in the body, and so does
"Translated by Fernando Sampaio Edition: Aline Leal"; the NZ Herald "Sports reporter·NZ Herald·", "4 mins
to read" and the photo caption ("Jess Halloran at Lake Karapiro ... Photo / Photosport") stay in the body;
the CBC headline, dek, "Social Sharing" and byline line ("Emma Gillis · CBC News · Posted: ...") are joined
into the first body paragraph and the "ABOUT THE AUTHOR ... CBC Nova Scotia ..." box stays at the foot;
POLITICO's "Press play to listen to this article Voiced by artificial intelligence." stays in the body;
Yonhap's "syk@yna.co.kr (END)" stays at the foot; the Irish Examiner label, headline, dek, author and date
("Farming Minister extends ... Ciara Sheehan Thu, 20 Nov, 2025 - 18:30") are joined into the first body
paragraph.  All of these are front or back matter here.  The body does include what the outlet prints as
part of the story: datelines ("BRUSSELS —", "SEOUL, Nov. 21 (Yonhap) --", both counted, the agency credit
"(Yonhap)" too) and body subheads.

Conventions followed from the earlier gold: persons under the fullest form without titles or honorifics
("Mr", "Ms", "Coun.", "Minister", "Secretary", "Student", "Transport Commissioner", "FSC Vice Chairman"),
surname-only mentions under it; Korean names with the family name first ("Park Sung-min" / "Park");
Portuguese names with the last surname as second reference ("Maria José da Silva" / "Silva"); acronyms in
brackets and their later uses under the full name (UFPE, Urbana-PE, ACEA, T&E, FSC, IFA, ICMSA, ICOS), the
bracketed acronym counted as a mention as in round 17; a name inside a longer name is not a mention of its
own ("Recife" in the consortium, the union and the metropolitan region, "Pernambuco" in three names, "New
Zealand" in four, "Waikato" in "Waikato River", "Dartmouth" in "Dartmouth Crossing", "Nova Scotia" in "ACORN
Nova Scotia", "Europe" in "Renew Europe", "Tipperary" in "Tipperary Co-op", "Ornua" in the price index); a
place name used as a modifier is a mention of the place ("the Pernambuco state government", "the Waikato
club", "Halifax regional council"); newspapers, agencies, broadcasters and sites are ORG (Agência Brasil,
NZ Herald, CBC News, POLITICO, Handelsblatt, Yonhap News Agency, Irish Examiner, Instagram, Facebook, X);
parties and political groups are ORG (People Power Party, Sinn Féin, Renew Europe, EPP); "EU" ORG as in
earlier rounds; a body named by a common noun ("the consortium", "the department", "the Parliament", "the
College", "the presidential office", "the regulator", "the Federation" as in "Federation chief executive")
is not a mention; roads, buildings, terminals and shopping centres are FAC, lakes, rivers and continents
LOC, laws LAW, events EVENT, nationality adjectives NORP.

Judgement calls where the earlier gold shows no convention: "Jess" (given name, three times in quotations)
counted under Jess Halloran; the outlet "the Herald" counted under "NZ Herald"; "HRM" (Halifax Regional
Municipality, never spelled out) GPE as printed; "Recife Metropolitan Region" GPE; "Boa Viagem", "Nowon"
(districts) GPE; "Joana Bezerra" (the terminal, named after a person) FAC; "Residential Tenancies Program"
ORG (the tenancy board); "Dalhousie University" and its "Schulich School of Law" two ORGs; "Dáil" ORG;
"AgFood.ie" (the department's online system) and the "Ornua Purchase Price Index" PRODUCT (not scored);
"Tillage Incentive Scheme" not marked; "Korea Housing Finance Corp." with its full stop."""

# /work/round18/quotes/r18-recife-bus-fare.txt
RECIFE_BUS_FARE = """General
Recife bus fare rises to R$4.90 as drivers' union threatens strike
Consortium says increase covers diesel and wage costs; passengers and researchers question the calculation
Published on 18/11/2025 - 16:45 By Fernanda Cruz - Agência Brasil reporter - Recife

Recife (PE), 18/11/2025 - Passengers board a bus at the Joana Bezerra integration terminal. Photo: Marcelo Camargo/Agência Brasil

The standard bus fare in the Recife Metropolitan Region will rise from R$4.30 to R$4.90 on December 1, the Grande Recife Transport Consortium announced on Tuesday (18). The 14% increase is the largest since 2015 and will affect about 1.4 million passengers who use the system every working day, according to the consortium.

In a note, the consortium said the new fare "reflects the real cost of operating the system" and that diesel prices and a collective wage agreement signed in May had raised operating costs by R$212 million a year. The note also stated that the state subsidy to the system would remain at R$380 million in 2026.

According to the Pernambuco state government, which controls the consortium, the fare for students will remain at half price and people over 65 will continue to travel free of charge.

Passengers

At the Joana Bezerra integration terminal, in the center of Recife, the reaction on Tuesday afternoon was one of disbelief. Maria José da Silva, 54, a cleaner who takes two buses to work in Boa Viagem, said the increase would cost her about R$60 a month.

"I already leave home at 4:30 in the morning and get back after eight at night," she said, holding her grandson's hand. "Now they want me to pay more for the same crowded bus. Where is that money going to come from?"

Silva said she had stopped taking the second bus on some days and now walks the last two kilometers to work.

Student Lucas Ferreira, 19, said the half fare for students did not solve the problem. "Half price only covers the trip to university," he said, "and if I need to go to an internship or a job interview, I pay the full fare like everyone else."

Strike threat

The Recife Bus Drivers' Union said it would hold an assembly on Thursday (20) to decide whether to call a strike. In a post on Instagram, the union wrote that "workers will not pay for the crisis of the bus companies" and called on members to attend.

The union's president, Aldemir Nunes, told Agência Brasil that the companies had not yet paid the wage increase agreed in May to about 3,000 drivers and fare collectors. "The fare goes up, the companies' revenue goes up, and the worker still waits for what was signed six months ago," Nunes said. "If there is no payment by Thursday, the city will stop."

A driver on the line between Recife and Olinda, who asked not to be identified for fear of losing his job, said some of the vehicles on his route were more than ten years old. "The air conditioning works one day and not the next. We hear the complaints, not the owners," he said.

In response, the Urban Passenger Transport Companies Union of Pernambuco (Urbana-PE) said in a statement that the wage increase would be paid "as soon as the new fare comes into force" and that the companies had accumulated losses since the pandemic.

Calculation questioned

For Camila Torres, an urban mobility researcher at the Federal University of Pernambuco (UFPE), the main problem is that the consortium has not published the spreadsheet used to calculate the new fare.

"Without the numbers, the population has no way of knowing whether 14% is fair," Torres said. "The system has lost passengers for ten years, and each increase pushes more people onto motorcycles and ride-hailing apps.

"It is a cycle. Fewer passengers mean a higher fare, and a higher fare means fewer passengers."

She said cities such as Maricá, in Rio de Janeiro state, had shown that a larger public subsidy could keep fares down, and that Recife should at least debate the option.

The Public Defender's Office of Pernambuco said on Monday (17) that it had asked the consortium to publish the cost data within ten days. According to the office, the request was sent after dozens of complaints from passengers.

The consortium said it would make the calculation available "in the coming days" on its website.

Translated by Fernando Sampaio
Edition: Aline Leal
"""

RECIFE_BUS_FARE_EXPECTED = {
    "Recife Metropolitan Region": ("GPE", 1),  # the region as named in the lead; "Recife" inside it not counted
    "Grande Recife Transport Consortium": ("ORG", 1),  # the lead; "the consortium" (6 x) not counted; the subtitle "Consortium says ..." left in the body is front matter
    "Pernambuco": ("GPE", 1),  # "the Pernambuco state government" (lower-case "state government": the place as modifier); not inside three longer names
    "Joana Bezerra": ("FAC", 1),  # the terminal (FAC, lower-case "integration terminal"), named after a person: not a PERSON
    "Recife": ("GPE", 3),  # "the center of Recife", "between Recife and Olinda", "Recife should ..."; the "Published on ... - Recife" line (body) not counted
    "Maria José da Silva": ("PERSON", 2),  # + "Silva said"
    "Boa Viagem": ("GPE", 1),
    "Lucas Ferreira": ("PERSON", 1),  # "Student" a role before the name
    "Recife Bus Drivers' Union": ("ORG", 1),
    "Instagram": ("ORG", 1),
    "Aldemir Nunes": ("PERSON", 2),  # + "Nunes said"
    "Agência Brasil": ("ORG", 1),  # "told Agência Brasil"; the "Published on ..." line left in the body and the dropped caption not counted
    "Olinda": ("GPE", 1),
    "Urban Passenger Transport Companies Union of Pernambuco": ("ORG", 2),  # + "(Urbana-PE)"
    "Camila Torres": ("PERSON", 2),  # + "Torres said"
    "Federal University of Pernambuco": ("ORG", 2),  # + "(UFPE)"
    "Maricá": ("GPE", 1),
    "Rio de Janeiro": ("GPE", 1),  # "in Rio de Janeiro state"
    "Public Defender's Office of Pernambuco": ("ORG", 1),
}


# /work/round18/quotes/r18-nzherald-rowing-selection.txt
NZHERALD_ROWING_SELECTION = """Rowing: World medallist Jess Halloran left out of elite squad as Rowing NZ defends 'performance decision'
Two-time world championship medallist says she learned of her omission in a group email.
By Kieran Marsh
Sports reporter·NZ Herald·
4 mins to read

Jess Halloran at Lake Karapiro during the national trials in October. Photo / Photosport

Two-time world championship medallist Jess Halloran has been left out of Rowing New Zealand’s elite squad for 2026, a decision the national body says was based “purely on performance” and one her long-time coach calls “baffling”.

The 27-year-old sculler from Cambridge was not among the 34 athletes named on Wednesday in the squad that will train at Lake Karapiro through the summer ahead of next year’s World Rowing Championships.

In a statement, Rowing NZ said selectors had considered results from the national trials, ergometer testing and “a range of training data” gathered over the past 12 months. All athletes who missed out had been offered a meeting with the selection panel, it said.

Advertisement

Halloran, who won silver and bronze medals in the women’s double sculls at world championships, finished fourth in the single sculls final at the trials last month.

On Instagram on Wednesday night, she wrote that she had found out “in a group email with 20 other names on it” and that nobody from the selection panel had called her.

“I’ve given this sport 10 years of my life. I’m not asking for a seat I haven’t earned, I’m asking for a conversation,” the post read.

It had drawn more than 4000 comments by yesterday afternoon, many of them from other athletes.

Her coach at the Waikato club, Dave Kerr, says the decision makes no sense on the numbers.

“She was within a second and a half of the winner at trials with a cracked rib,” says Kerr, who has coached Halloran since she was 15. “You don’t throw away a world medallist for a second and a half in October.”

He says Halloran had told selectors about the injury before the trials and had been told it would be “taken into account”.

“Either it was or it wasn’t. If it was, somebody needs to show us how.”

Advertisement

Rowing NZ’s high performance director, Grant Ashby, says the panel made its decision on a full year of information and not on a single race.

“We have a lot of respect for Jess and what she has done for New Zealand rowing,” Ashby told the Herald, “but selection has to be about the boats we think can win medals in 2026, and on the information we had, she wasn’t in those boats.”

Ashby says he accepts the email “was not the way Jess should have heard”. He says he has since spoken to her by phone and offered to meet her in Cambridge next week.

One athlete in the national squad, who spoke on condition of anonymity because team members are not allowed to comment on selections, said several rowers were upset by the way the news was delivered. “Everyone knows how hard she trains. If it can happen to Jess, it can happen to any of us,” the athlete said.

Not the first dispute

It is not the first time Rowing NZ’s selection process has been questioned. According to the New Zealand Athletes’ Federation, three rowers have lodged formal selection appeals in the past two years.

Federation chief executive Mel Thornton said athletes deserved clear criteria, published in advance, and a proper chance to respond before a decision was final.

“The athletes aren’t asking to pick the team. They’re asking to understand it,” Thornton said.

Halloran has 10 days to lodge an appeal with the Sports Tribunal of New Zealand. She said on Instagram she had “not decided anything yet”.

High Performance Sport New Zealand, which funds the rowing programme, said it did not comment on individual selection matters.

Kerr says his athlete will keep training on the Waikato River regardless.

“She’ll be on the water at 5.30 tomorrow morning,” he says. “That’s who she is.”
"""

NZHERALD_ROWING_SELECTION_EXPECTED = {
    "Jess Halloran": ("PERSON", 8),  # 1 full + 4 x "Halloran" + 3 x "Jess" (given name, in quotations); the caption left in the body and the headline not counted
    "Rowing New Zealand": ("ORG", 4),  # "Rowing New Zealand’s" + "Rowing NZ" + 2 x "Rowing NZ’s"; headline not counted
    "Cambridge": ("GPE", 2),  # the Waikato town: "from Cambridge", "in Cambridge"
    "Lake Karapiro": ("LOC", 1),  # body once; the caption (left in the body) not counted
    "World Rowing Championships": ("EVENT", 1),
    "Instagram": ("ORG", 2),
    "Waikato": ("GPE", 1),  # "the Waikato club" (the region as modifier); not inside "Waikato River"
    "Dave Kerr": ("PERSON", 3),  # + "says Kerr", "Kerr says"
    "Grant Ashby": ("PERSON", 3),  # + "Ashby told the Herald", "Ashby says"
    "New Zealand": ("GPE", 1),  # "New Zealand rowing" (in a quote); not inside four longer names
    "NZ Herald": ("ORG", 1),  # "told the Herald"; "Sports reporter·NZ Herald·" left in the body is front matter
    "New Zealand Athletes’ Federation": ("ORG", 1),  # "Federation chief executive" (a common-noun head in a job title) not counted
    "Mel Thornton": ("PERSON", 2),  # + "Thornton said"
    "Sports Tribunal of New Zealand": ("ORG", 1),
    "High Performance Sport New Zealand": ("ORG", 1),
    "Waikato River": ("LOC", 1),
}


# /work/round18/quotes/r18-cbc-dartmouth-renovictions.txt
CBC_DARTMOUTH_RENOVICTIONS = """Dartmouth tenants say renovation notices are 'renoviction by another name'
Landlord says work on 1970s building is needed for safety; province says it is reviewing the rules
Social Sharing
Emma Gillis · CBC News · Posted: Nov 24, 2025 6:00 AM AST | Last Updated: November 24

Tenants of the building on Victoria Road gathered in the lobby on Sunday to talk about the notices. (Emma Gillis/CBC)

Donna Boutilier has lived in her one-bedroom apartment on Victoria Road in Dartmouth for 19 years. Last week, she found a letter under her door telling her she has until the end of February to leave.

"I read it three times before I understood it," said Boutilier, 71. "I thought it was a mistake. Then my neighbour knocked on my door holding the same letter."

The notices went to all 48 units in the building, which was bought in June by Harbourview Property Group. The letters say the tenants must move out so the company can replace the plumbing, wiring and windows, and that they will be offered "the first opportunity to return" once the work is done.

Boutilier said she asked the building manager what the rent would be after the renovations and was told nobody could say yet.

"That's the part that scares me," she said. "I pay $980 now. If it comes back at $2,000, I'm not coming back. Nobody on this floor is."

'We know what happens'

Another tenant, a single mother of two who works at a grocery store in Dartmouth Crossing, said she had already started looking for apartments and found nothing under $1,900 a month. CBC News agreed not to name her because she fears it could hurt her chances of finding another place to rent.

"They call it a renovation," she said, "but we know what happens after. We've watched it happen to every building on this street."

In an emailed statement, Harbourview Property Group said the building's electrical and plumbing systems were "at the end of their life" and that an engineering report had found the work could not be done safely with tenants in place. The company said it was following the Residential Tenancies Act and would pay each household three months' rent to help with moving costs.

Harbourview did not answer questions about what the rents would be once the work was finished.

Rules under review

Under Nova Scotia's Residential Tenancies Act, a landlord can end a tenancy to carry out renovations so extensive that the unit must be vacant, but must first obtain the required permits.

According to the Department of Municipal Affairs and Housing, 212 applications related to renovation evictions were filed with the Residential Tenancies Program in the first nine months of 2025, up from 131 in the same period last year.

A spokesperson for the department said in an email that the province was "actively reviewing" the rules around renovation evictions. The spokesperson said the minister expected to bring forward changes in the spring sitting of the legislature, but did not say what they would be.

Kendra Muise, who teaches housing law at Dalhousie University's Schulich School of Law, said tenants should check whether the landlord has the permits in hand before the notice date.

"A notice without permits is not worth much," Muise said. "Tenants have more time than they think, and they don't have to move just because a letter tells them to."

She said tenants who leave should keep written proof of the landlord's offer to let them return, and that the tenancy board could order compensation if the promise was broken.

Organizing

ACORN Nova Scotia, a tenants' group, held a meeting in the building's lobby on Sunday that drew about 40 people. On Facebook, the group said the notices were part of "a pattern across HRM" and urged the province to require landlords to let tenants return at the same rent.

Coun. Paula Ferris, who represents the area on Halifax regional council, said she had asked municipal staff whether any building permits had been issued for the address.

"If those permits aren't in place, I want to know why tenants got these letters first," Ferris said.

As of Monday, a search of the municipality's online permit records showed no permit for the building.

Back in her apartment, Boutilier pointed to the window she said the landlord had never fixed in 19 years.

"Now they want to replace it," she said. "Funny timing."

ABOUT THE AUTHOR
Emma Gillis is a reporter with CBC Nova Scotia. She can be reached at emma.gillis@cbc.ca.
"""

CBC_DARTMOUTH_RENOVICTIONS_EXPECTED = {
    "Donna Boutilier": ("PERSON", 4),  # + 3 x "Boutilier"
    "Victoria Road": ("FAC", 1),
    "Dartmouth": ("GPE", 1),  # "in Dartmouth"; not inside "Dartmouth Crossing"; the headline (left in the body) not counted
    "Harbourview Property Group": ("ORG", 3),  # 2 full + "Harbourview did not answer"
    "Dartmouth Crossing": ("FAC", 1),
    "CBC News": ("ORG", 1),  # "CBC News agreed not to name her"; the byline line left in the body not counted
    "Nova Scotia": ("GPE", 1),  # "Under Nova Scotia's ..."; not inside ACORN Nova Scotia; the author box not counted
    "Residential Tenancies Act": ("LAW", 2),
    "Department of Municipal Affairs and Housing": ("ORG", 1),
    "Residential Tenancies Program": ("ORG", 1),  # the tenancy board (ORG)
    "Kendra Muise": ("PERSON", 2),  # + "Muise said"
    "Dalhousie University": ("ORG", 1),  # "Dalhousie University's Schulich School of Law": two names
    "Schulich School of Law": ("ORG", 1),
    "ACORN Nova Scotia": ("ORG", 1),
    "Facebook": ("ORG", 1),
    "HRM": ("GPE", 1),  # "a pattern across HRM" (in the group's post); never spelled out
    "Paula Ferris": ("PERSON", 2),  # "Coun." a title; + "Ferris said"
    "Halifax": ("GPE", 1),  # "Halifax regional council" (lower case: the place as modifier)
}


# /work/round18/contrasts/held18_politico_fleet_mandate_draft.txt
POLITICO_FLEET_MANDATE_DRAFT = """Commission disowns leaked draft on corporate car fleets as MEP deletes ‘diesel ban’ post
Brussels insists the paper that set an electric-only target for company cars in 2030 was ‘an early working document.’
By Martin Lindqvist
November 20, 2025 5:12 pm CET

Press play to listen to this article
Voiced by artificial intelligence.

BRUSSELS — The European Commission on Thursday distanced itself from a leaked paper that would have required large companies to buy only zero-emission cars from 2030, calling it an early draft that never reached commissioners.

The paper, seen by POLITICO earlier this week, said that “from 1 January 2030, all new passenger cars registered to large undertakings shall be zero-emission vehicles.” Corporate fleets account for about 60 percent of new car registrations in the EU, and the document set off alarm in several capitals and among carmakers.

“That text was an early working document prepared at technical level. It does not reflect the position of the College and it is not the proposal the Commission will present,” Commission spokesperson Anna Kowalczyk told reporters at the midday briefing on Thursday.

Kowalczyk said the proposal, due on December 10, would set targets that rise “progressively” and would leave member countries room to decide how to reach them. Asked whether a 2030 date for an all-electric requirement was off the table, she said: “I will not pre-empt the College.”

Transport Commissioner Jorge Almeida told MEPs last month that the file would be “ambitious but realistic.” His cabinet declined to comment on the leaked text.

The leak landed in the middle of a wider fight over the EU’s 2035 phaseout of combustion-engine cars. In a letter sent to the Commission on Monday, nine countries led by Italy and the Czech Republic asked Brussels to treat company fleets “in the same spirit of flexibility” as carmakers.

A senior diplomat from one of the signatory countries said the leaked draft was “exactly what we were afraid of.” A Commission official rejected that reading, saying the capitals were “reacting to headlines, not to a proposal.”

‘Posted too fast’

The draft also prompted a quick U-turn by one MEP. On Tuesday, Dutch Renew Europe lawmaker Pieter van Damme wrote on X that the Commission “wants to ban diesel vans for every small business in Europe from 2030.” The post was shared more than 3,000 times.

By Wednesday morning, the post had been deleted. “I posted too fast. The draft covers cars for large companies, not vans and not small businesses. My mistake, and I apologize,” van Damme wrote in a new post.

Speaking to POLITICO on Wednesday, van Damme said his concerns about the cost for companies remained. “I got the scope wrong. I didn’t get the worry wrong,” he said.

The European Automobile Manufacturers’ Association (ACEA) said in a statement that an electric-only mandate for fleets would “distort the market” and push companies to keep older cars longer. Its director general, Marta Kessler, said the industry did not disagree with the direction, but with the deadline.

Environmental groups said the opposite. Transport & Environment said that a 2030 fleet target was “the single most effective lever left” to cut road emissions and rejected the industry’s claim that it would distort the market. “The carmakers said the same about every CO2 standard since 2009. They were wrong every time,” said Lukas Brenner, T&E’s clean vehicles director.

German automaker BMW denied a report in the newspaper Handelsblatt that it had lobbied the Commission to delay the fleet proposal. “That report is not accurate. We have had no such meeting,” a BMW spokesperson said.

In the Parliament, the rapporteur on the file, Greek EPP MEP Eleni Markou, is expected to present her draft report in January. Markou said she would “not work from a leaked paper.”

The Commission did not withdraw the wider proposal. Kowalczyk said the timetable was unchanged and that the proposal would be presented on December 10 “as planned.”

Sales of plug-in hybrids to companies reversed a two-year decline in the third quarter, according to ACEA figures.

This article has been updated to correct the number of countries that signed the letter. An earlier version of this article said 11 countries had signed it. It was signed by nine.
"""

POLITICO_FLEET_MANDATE_DRAFT_EXPECTED = {
    "Brussels": ("GPE", 2),  # the dateline "BRUSSELS —" + "asked Brussels to treat"; the dek not counted
    "European Commission": ("ORG", 8),  # 1 full + 7 x "Commission" (incl. one in a quote); "Transport Commissioner", "commissioners", "the College" not counted; headline not counted
    "POLITICO": ("ORG", 2),  # "seen by POLITICO", "Speaking to POLITICO"
    "EU": ("ORG", 2),  # "the EU’s 2035 phaseout", "in the EU"
    "Anna Kowalczyk": ("PERSON", 3),  # "Commission spokesperson" a role; + 2 x "Kowalczyk said"
    "Jorge Almeida": ("PERSON", 1),
    "Italy": ("GPE", 1),
    "Czech Republic": ("GPE", 1),
    "Dutch": ("NORP", 1),
    "Europe": ("LOC", 1),  # "every small business in Europe" (in a post); not inside "Renew Europe"
    "Renew Europe": ("ORG", 1),
    "Pieter van Damme": ("PERSON", 3),  # + 2 x "van Damme"
    "X": ("ORG", 1),
    "European Automobile Manufacturers’ Association": ("ORG", 3),  # 1 full + "(ACEA)" + "ACEA figures"
    "Marta Kessler": ("PERSON", 1),
    "Transport & Environment": ("ORG", 2),  # + "T&E’s"
    "Lukas Brenner": ("PERSON", 1),
    "German": ("NORP", 1),
    "BMW": ("ORG", 2),  # "German automaker BMW", "a BMW spokesperson"
    "Handelsblatt": ("ORG", 1),
    "Greek": ("NORP", 1),
    "EPP": ("ORG", 1),
    "Eleni Markou": ("PERSON", 2),  # + "Markou said"
}


# /work/round18/contrasts/held18_yonhap_jeonse_loans.txt
YONHAP_JEONSE_LOANS = """(2nd LD) Financial regulator reverses plan to end jeonse loan support; presidential office disowns aide's remarks
(ATTN: UPDATES with presidential office comments in paras 7-10; CORRECTS date of parliamentary hearing to Dec. 3 from Dec. 2 in para 12)
By Kim Soo-yeon

SEOUL, Nov. 21 (Yonhap) -- The Financial Services Commission (FSC) said Friday it will extend a low-interest jeonse loan program for young renters by one year, reversing its announcement earlier this week that the program would end in December.

On Monday, the financial regulator said the program, which offers loans of up to 200 million won (US$136,000) at annual interest rates of 1.5 to 2.7 percent to tenants aged 34 or younger, would be discontinued at the end of this year as planned, citing rising household debt.

"After reviewing the situation in the rental market, we have decided to keep the program through the end of 2026," FSC Vice Chairman Lee Jae-hoon told a press briefing. "We did not fully consider the burden on young tenants whose contracts expire next year. We acknowledge that."

About 48,000 people took out loans under the program last year, according to the FSC. The regulator said it would tighten income requirements for new applicants from March to limit the increase in household loans.

The main opposition People Power Party said the reversal showed that the government had made the original decision "without looking at the numbers."

The FSC rejected the opposition's claim, saying the decision had been based on "a thorough review of household debt data" and that the extension was a response to new data on contract renewals.

Separately, the presidential office moved to distance itself from remarks by a senior presidential secretary for economic affairs, Park Sung-min, who said in a radio interview on Thursday that the government is "reviewing a ban on jeonse loans for owners of two or more homes."

"Secretary Park's remarks were his personal view. A ban on jeonse loans for multiple home owners is not under consideration," presidential spokesperson Choi Ji-won told reporters Friday.

Park later told Yonhap News Agency that his comments had gone too far. "I should not have said 'reviewing.' It is not being reviewed, and I regret causing confusion in the market," he said.

Real estate agents in southern Seoul had reported a surge in inquiries from multiple home owners following the interview, the Korea Association of Realtors said.

The Ministry of Land, Infrastructure and Transport separately denied a report by a local daily that it plans to lift the cap on jeonse deposits covered by the state guarantee. "The report is groundless," a ministry official said.

The parliamentary land committee will hold a hearing on rental market measures on Dec. 3, according to committee officials. The main opposition has said it will submit a draft bill to expand support for victims of jeonse fraud before the hearing.

Kim Dong-hyun, a real estate professor at Konkuk University, disagreed with the FSC's view that the extension would not add much to household debt. "Forty-eight thousand loans a year is not small. The regulator is underestimating the effect," he said.

The Korea Housing Finance Corp. said it stood by its forecast that jeonse loan demand would fall next year.

Jeonse is a uniquely Korean rental system in which tenants pay a large lump-sum deposit instead of monthly rent. A string of jeonse fraud cases since 2022, in which landlords failed to return deposits, has left thousands of tenants out of pocket.

Apartment prices in Seoul rose 0.21 percent last week, reversing a three-week slowdown, according to the Korea Real Estate Board. A major construction firm withdrew from a redevelopment project in Nowon last month, citing rising costs.

syk@yna.co.kr
(END)
"""

YONHAP_JEONSE_LOANS_EXPECTED = {
    "Seoul": ("GPE", 3),  # the dateline "SEOUL" + "southern Seoul", "in Seoul"
    "Yonhap News Agency": ("ORG", 2),  # the dateline credit "(Yonhap)" + "told Yonhap News Agency"; "syk@yna.co.kr (END)" left in the body not counted
    "Financial Services Commission": ("ORG", 6),  # 1 full + "(FSC)" + 4 x "FSC"; "the financial regulator", "the regulator" not counted
    "Lee Jae-hoon": ("PERSON", 1),  # "FSC Vice Chairman" a title
    "People Power Party": ("ORG", 1),
    "Park Sung-min": ("PERSON", 3),  # + "Secretary Park's", "Park later told"
    "Choi Ji-won": ("PERSON", 1),  # "presidential spokesperson" a role; "the presidential office" not counted
    "Korea Association of Realtors": ("ORG", 1),
    "Ministry of Land, Infrastructure and Transport": ("ORG", 1),
    "Kim Dong-hyun": ("PERSON", 1),
    "Konkuk University": ("ORG", 1),
    "Korea Housing Finance Corp.": ("ORG", 1),
    "Korean": ("NORP", 1),  # "a uniquely Korean rental system"
    "Korea Real Estate Board": ("ORG", 1),
    "Nowon": ("GPE", 1),  # a Seoul district
}


# /work/round18/contrasts/held18_irishexaminer_tillage_scheme.txt
IRISHEXAMINER_TILLAGE_SCHEME = """Farming
Minister extends tillage support scheme deadline days after ruling out any extension
ICMSA withdraws claim that Tipperary co-op would cut milk price by 3c/l
Ciara Sheehan
Thu, 20 Nov, 2025 - 18:30

The Minister for Agriculture has extended the closing date for the Tillage Incentive Scheme by two weeks, just days after telling the Dáil there would be no extension.

Minister Declan Moran said on Thursday that applications would now be accepted until December 5, after farm organisations said hundreds of growers had been unable to complete the online forms because of problems with the Department of Agriculture's AgFood.ie system.

On Tuesday, Mr Moran told TDs during Agriculture Questions: "The closing date is November 21 and there will be no extension. Farmers have had eight weeks to apply."

Asked about the change of position, Mr Moran said he had been wrong to rule out an extension before he had seen the figures from his officials.

"I said there would be no extension and I meant it at the time. But when I saw that more than 400 applications had been started and not finished, I changed my mind. That's the right call," he said.

The department said in a statement that the extension was "a once-off" and that payments under the scheme, worth €250 per hectare for new tillage ground, would begin in the second half of December as planned.

Irish Farmers' Association (IFA) grain chair Kieran Foley welcomed the decision but said the department had been "far too slow" to fix the system. The department rejected the IFA's criticism, saying AgFood.ie had been available "99.8% of the time" during the application window.

Read More
Tillage farmers face another difficult year as grain prices stay flat
Teagasc warns of 'lost decade' for Irish tillage sector

Milk price row

Separately, the Irish Creamery Milk Suppliers' Association (ICMSA) has withdrawn a claim that Tipperary Co-op was preparing to cut its October milk price by 3c/l.

The claim was made by the ICMSA's dairy committee chair, Seán Ryan, in a statement issued on Monday, which said that "Tipperary Co-op will cut its base price by 3c/l for October milk, and other processors are expected to follow."

In a statement on Wednesday evening, the ICMSA said the claim had been "based on information that turned out to be incorrect" and should not have been issued. "We regret the statement and we have apologised to Tipperary Co-op and its suppliers," the association said.

Tipperary Co-op had earlier denied the claim. Its chief executive, Breda Hogan, said on Tuesday that the board had not yet met to set the October price and that "no decision of any kind" had been taken.

"The figure that was put out there is not accurate, and it caused real worry for our suppliers," Ms Hogan said.

Mr Ryan told the Irish Examiner he had acted in good faith. "I made a mistake in trusting what I was told, and I take responsibility for that," he said.

The Ornua Purchase Price Index, a benchmark for dairy returns, reversed two months of decline in October, rising to 45.1c/l.

Dairy analyst Brian Cotter said he disagreed with the view, expressed by several farm organisations, that a price cut was inevitable this winter. "Markets have steadied. I'd be wary of anyone predicting cuts right now," he said.

Macra, the young farmers' organisation, said it stood by its call for a minimum milk price for new entrants. Several co-ops are still preparing draft pricing policies for 2026, according to the Irish Co-operative Organisation Society (ICOS).

Last month, one processor withdrew from talks on a joint milk-price tracker with farm organisations, citing commercial sensitivity.

Sinn Féin agriculture spokesperson Claire Dunne accused the minister of "governing by U-turn". Mr Moran dismissed that, saying it was "a sensible decision, not a U-turn".
"""

IRISHEXAMINER_TILLAGE_SCHEME_EXPECTED = {
    "Dáil": ("ORG", 1),  # "telling the Dáil"
    "Declan Moran": ("PERSON", 4),  # "Minister Declan Moran" + 3 x "Mr Moran"; "The Minister for Agriculture" (a title) not counted
    "Department of Agriculture": ("ORG", 1),  # "the Department of Agriculture's AgFood.ie system"; "The department" not counted
    "AgFood.ie": ("PRODUCT", 2),
    "Irish Farmers' Association": ("ORG", 3),  # 1 full + "(IFA)" + "the IFA's criticism"
    "Kieran Foley": ("PERSON", 1),
    "Irish Creamery Milk Suppliers' Association": ("ORG", 4),  # 1 full + "(ICMSA)" + 2 x "ICMSA"; the dek (left in the body) not counted
    "Tipperary Co-op": ("ORG", 4),  # 4 x incl. one in a quoted statement; the dek's lower-case "Tipperary co-op" (left in the body) not counted
    "Seán Ryan": ("PERSON", 2),  # + "Mr Ryan"
    "Breda Hogan": ("PERSON", 2),  # + "Ms Hogan"
    "Irish Examiner": ("ORG", 1),
    "Ornua Purchase Price Index": ("PRODUCT", 1),
    "Brian Cotter": ("PERSON", 1),
    "Macra": ("ORG", 1),
    "Irish Co-operative Organisation Society": ("ORG", 2),  # + "(ICOS)"
    "Sinn Féin": ("ORG", 1),
    "Claire Dunne": ("PERSON", 1),
}


ROUND18 = {
    "recife_bus_fare": (RECIFE_BUS_FARE, RECIFE_BUS_FARE_EXPECTED),
    "nzherald_rowing_selection": (NZHERALD_ROWING_SELECTION, NZHERALD_ROWING_SELECTION_EXPECTED),
    "cbc_dartmouth_renovictions": (CBC_DARTMOUTH_RENOVICTIONS, CBC_DARTMOUTH_RENOVICTIONS_EXPECTED),
    "politico_fleet_mandate_draft": (POLITICO_FLEET_MANDATE_DRAFT, POLITICO_FLEET_MANDATE_DRAFT_EXPECTED),
    "yonhap_jeonse_loans": (YONHAP_JEONSE_LOANS, YONHAP_JEONSE_LOANS_EXPECTED),
    "irishexaminer_tillage_scheme": (IRISHEXAMINER_TILLAGE_SCHEME, IRISHEXAMINER_TILLAGE_SCHEME_EXPECTED),
}
