"""Round 9, HELD-OUT: six articles (/work/round9/quotes/r9-*.txt, /work/round9/contrasts/held9_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round8.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first).

Conventions followed from the earlier gold (entities_articles_round8.py, entities_articles_unseen_dev*.py):
the headline, the dek and the byline / date lines ("By Kayla Brandt, KQLX 12 News", "Published: March 12,
2025 at 6:05 AM CDT", "Wednesday, October 22, 2025", "By Marc-André Gagnon, The Canadian Press", "By
Shalini Nair, Senior Reporter") are front matter and not counted; a dateline counts as body ("HOLLIS, Mo.
(KQLX) —", "FREDERICTON —", "BENGALURU:", "Dubai:"); persons under the fullest form without titles or
honorifics (Superintendent, Board President, Pharm., Dr., Prof., Mr., Ms, Madam, Mayor, Premier, Health
Minister, Advocate), surname-only and possessive mentions under it; acronyms given in brackets and their
later uses under the full name (BoG, GMIDA, NHIA, Sebi, KHDA); a name inside a longer name is not a mention
of its own ("Hollis" in "Hollis R-IV School District" / "Hollis Community Hospital", "Missouri" in the
department's and the teachers' association's names, "Ghana" in "Bank of Ghana" and three more, "Cape Coast"
in "University of Cape Coast", "Oberweiler" in "Gegenwind Oberweiler", "Hessian" in "Hessian Ministry of
Economics", "Kassel", "Rivière-des-Hérons" in the hospital's name, "New Brunswick" in "New Brunswick Nurses
Union" and "New Brunswickers", "India" in "Securities and Exchange Board of India"); only the name is marked
in hyphenated words ("Frankfurt-based", "Bengaluru-based", "British-curriculum"); lower-case references
("the department", "the state education department", "the central bank", "the ministry", "the network",
"the health network", "the authority", "the regulator", "the legislature", "the municipal council") are not
mentions; neighbourhoods and districts of a city are GPE (Adum, Al Barsha, Mirdif, Al Qusais, Jumeirah); a
place used as a modifier counts the place ("Hollis students", "Missouri districts", "the Rivière-des-Hérons
emergency department", "The Hesse branch", "a Tema price", as "the Columbus hub"); "Mo." in the dateline
counts under Missouri (as "Pa."); the station in the dateline "(KQLX)" counts under the station's name in the
body (as "(AP)"); an acronym never expanded is kept as the acronym (BUND, CDU, as GAA, DA); X, Facebook,
WhatsApp, Instagram are ORG; "the Government"-like references are not counted ("the Centre" for India's
central government, "The Premier's office"); a market is FAC (Kejetia Market, as "Mile 12 market"); a
product model is PRODUCT (the V1 scooter).

Judgement calls where the earlier gold shows no convention: the Oberweiler story's line "Frankfurt, 3 June
2025" under the byline is kept in the body by the reading stage, so it is counted as a dateline (Frankfurt
+1); the Canadian Press trailer "This report by The Canadian Press was first published Feb. 13, 2025." is a
credit line like the byline (as the Reuters trailer in entities_articles_unseen_dev2.py) and is not
counted; "KQLX 12 News" (the station's full name in "from KQLX 12 News") is the canonical of "(KQLX)";
"New Brunswick's Health Department" gives GPE New Brunswick and ORG "Health Department"; "Vogelsberg" (in
"the Vogelsberg district", a German Landkreis) is GPE; the forest "Hainbuchenwald" and the "Acadian
Peninsula" are LOC; the German common nouns "Bürgerentscheid", "Bürgerhaus" and "Marktplatz" (a
referendum, the village hall, the market square, capitalised as all German nouns) are not entities; "the
Greens" and "the Social Democrats" (parties as council groups) are ORG, as "Green Party"; "Hessian"
("Hessian municipal law"), "New Brunswickers", "Indian", "Jordanian" and "British" are NORP; the "Court of
Cassation" and the "Court of Appeal" (Dubai courts) are ORG, as "High Court"; "Education Cost Index", the
school ratings "Outstanding" / "Very Good", "DRHP" (a filing), "IPO", "Christmas" and the currencies (cedi,
GH₵, Dh, Rs) are not marked; the Accra text was written to avoid two doubtful forms ("the port of Tema",
not "Tema Port"; "against the dollar", not "US dollar")."""

# /work/round9/quotes/r9-hollis-four-day-week.txt
HOLLIS_FOUR_DAY_WEEK = """Hollis school board approves four-day week, citing teacher exodus

Parents split as rural district becomes the latest in southwest Missouri to drop Friday classes

By Kayla Brandt, KQLX 12 News

Published: March 12, 2025 at 6:05 AM CDT

HOLLIS, Mo. (KQLX) — The board of the Hollis R-IV School District voted 5-2 Tuesday night to move to a four-day school week starting in August, making it the latest rural district in southwest Missouri to drop Friday classes in an effort to recruit and keep teachers.

Under the new calendar, students will attend Monday through Thursday, and each school day will be about 40 minutes longer, Superintendent Dale Whitacre said. The district will offer optional Friday programming for children in kindergarten through fifth grade at a cost of $15 a day, he said.

"We have lost 19 teachers in the last two years, and most of them didn't leave the profession. They left for districts that pay more or give them more time," Whitacre told the board before the vote. "We can't win a salary race with Springfield. This is something we can offer."

The district has about 1,150 students and 94 certified staff, according to the Missouri Department of Elementary and Secondary Education. Its starting teacher salary of $38,200 is among the lowest in the state, according to data compiled by the department.

Board President Teresa Villalobos said the decision was "not one any of us took lightly."

"I've read every email. I've read every comment on Facebook, even the ones I probably shouldn't have," she said. "At the end of the day, we have to have a certified teacher in front of every classroom, and right now I can't promise parents that."

Board members Ron Eickhoff and Lisa Pruitt voted against the change. Eickhoff said the board had moved too quickly and should have waited for the results of a parent survey due in April.

"We are asking working families to figure out Fridays in five months," he said. "Some of them can. A lot of them can't."

Pruitt said she worried about students who rely on school breakfast and lunch. About 58% of Hollis students qualify for free or reduced-price meals, according to the district.

More than 200 people packed the high school gym for the meeting, and 23 of them spoke during public comment.

Amber Kessinger, a respiratory therapist at Hollis Community Hospital and a mother of three, said she supported the idea in principle but could not afford the Friday program.

"Fifteen dollars a day, three kids, 36 Fridays. That's more than $1,600 a year," Kessinger said. "For some families in this room, that's a car payment."

Josh Redding, who raises cattle east of town, said his children were "already counting down."

"They'll be out with me on Fridays," Redding said. "My dad used to tell me, 'A farm kid learns more in one day on the tractor than in a week at a desk.' I don't know if that's true, but I guess we're going to find out."

Sharon Lutz, a fourth-grade teacher and president of the district's chapter of the Missouri State Teachers Association, said about 80% of teachers who answered an internal poll in January supported the change.

"Most of us have second jobs. I drive a bus route in the summer and tutor two nights a week," Lutz said. "A Friday to plan, grade and go to the doctor without calling in a sub — that's worth more than a lot of people realize.

"And I'll tell you this: I've had three offers from other districts this year. I'm staying."

Research on the four-day week is mixed, said Emily Hartsfield, an associate professor of education policy at Ozark Plateau State University who has studied the calendars in Missouri and Oklahoma.

According to Hartsfield, studies have found small declines in reading and math scores in some districts that switched, though the effects vary widely from place to place.

"It's not a magic bullet, and it's not a disaster either," she said. "What matters is what happens with that fifth day, and whether the district keeps the instructional minutes it promised."

More than 150 Missouri districts now use a four-day week, most of them in rural areas, according to the state education department.

In a statement Wednesday, the department said it "does not endorse or discourage any particular calendar" and that districts must still meet the state's minimum of 1,044 hours of instruction a year.

Eickhoff did not respond to a request for comment from KQLX 12 News on Wednesday.

Whitacre said the district would hold two information nights for parents in April and would announce details of the Friday program, including whether it will offer a sliding fee scale, by May 1.

"I understand people are anxious," he said. "Give us a chance to get this right."
"""

HOLLIS_FOUR_DAY_WEEK_EXPECTED = {
    "Hollis": ("GPE", 2),  # the dateline "HOLLIS, Mo." + "Hollis students"; not inside the district's or hospital's name
    "Missouri": ("GPE", 4),  # "Mo." in the dateline, "southwest Missouri", "Missouri and Oklahoma", "Missouri districts"
    "KQLX 12 News": ("ORG", 2),  # the station: "(KQLX)" in the dateline (as "(AP)") + "KQLX 12 News"; the byline is front matter
    "Hollis R-IV School District": ("ORG", 1),
    "Dale Whitacre": ("PERSON", 3),
    "Springfield": ("GPE", 1),
    "Missouri Department of Elementary and Secondary Education": ("ORG", 1),  # "the department", "the state education department" (lower case) not counted
    "Teresa Villalobos": ("PERSON", 1),  # "Board President" is a title
    "Facebook": ("ORG", 1),
    "Ron Eickhoff": ("PERSON", 3),
    "Lisa Pruitt": ("PERSON", 2),
    "Amber Kessinger": ("PERSON", 2),
    "Hollis Community Hospital": ("ORG", 1),
    "Josh Redding": ("PERSON", 2),
    "Sharon Lutz": ("PERSON", 2),
    "Missouri State Teachers Association": ("ORG", 1),
    "Emily Hartsfield": ("PERSON", 2),
    "Ozark Plateau State University": ("ORG", 1),
    "Oklahoma": ("GPE", 1),
}


# /work/round9/quotes/r9-accra-medicine-importers.txt
ACCRA_MEDICINE_IMPORTERS = """Medicine importers warn of shortages as cedi slide deepens

Association says 40 containers stuck at Tema; BoG insists currency will stabilise by year-end

By Eugene Tetteh-Quaye

Wednesday, October 22, 2025

Importers of medicines and medical consumables have warned that pharmacies across the country could run short of essential drugs within six weeks unless the Bank of Ghana (BoG) makes more foreign exchange available to the sector.

The Ghana Medicine Importers and Distributors Association (GMIDA) said at a press conference in Accra on Tuesday that at least 40 containers of medicines belonging to its members were sitting at the port of Tema because importers could not raise the dollars needed to pay suppliers in India and China.

The cedi has lost about 19 percent of its value against the dollar since January, trading at an average of GH₵15.40 on the interbank market on Monday, according to data from the central bank.

“We are not crying wolf. Some of our members have already stopped taking orders for insulin and for certain antibiotics because they do not know what the landed cost will be by the time the goods arrive,” the association’s president, Pharm. Kwabena Asante-Mensah, told journalists.

“A pharmacy in Bolgatanga cannot sell paracetamol at a Tema price plus another 20 percent. So the shelves simply go empty.”

He said prices of some imported drugs had risen by between 30 and 45 percent since the start of the year, and that members were being made to pay suppliers in advance, sometimes six months before delivery.

Mr. Asante-Mensah appealed to the central bank to create a “special window” for pharmaceutical imports, similar to the arrangement it operates for petroleum products.

In a statement issued on Tuesday evening, the Bank of Ghana said it was “closely monitoring developments in the foreign exchange market” and that it expected the cedi to stabilise by the end of the year as cocoa export receipts improve.

A senior official of the central bank, who asked not to be named because he was not authorised to speak to the media, said a dedicated window for medicines was “not on the table right now”.

“If we open a window for medicines today, tomorrow it is fertiliser, the day after it is cement. Everybody has a good reason,” the official said.

Dr. Efua Ansah-Boateng, a senior lecturer in economics at the University of Cape Coast, said the pressure on the cedi reflected strong demand for dollars from importers ahead of the Christmas season, as well as the repayment of some external debts.

“The Bank of Ghana has tools, but it does not have unlimited reserves. Every dollar it sells to medicine importers is a dollar it cannot use elsewhere,” she said. “That said, medicine is not a luxury. I would argue it deserves priority over, say, imported rice.”

According to the Ghana Statistical Service, inflation for the health component of the consumer price index rose to 14.8 percent in September, more than double the figure for food.

At the Adum pharmacy cluster in Kumasi, retailers said customers were already feeling the effect.

Madam Akosua Frimpong, who has run a pharmacy shop near the Kejetia Market for 17 years, said a pack of a commonly prescribed blood pressure drug that sold for GH₵85 in January now costs GH₵128.

“An old man came here last week with his prescription. When I told him the price, he said, ‘My daughter, I will come back when I have been paid,’” she recounted. “He has not come back. I think about him every day.”

The Ministry of Health said it was in talks with the Ministry of Finance and the central bank on the matter. A spokesperson for the ministry, Mr. Kofi Boadu-Larbi, said the National Health Insurance Authority (NHIA) had been asked to speed up payments to accredited pharmacies, some of which are owed up to eight months in arrears.

The NHIA, in a reply to questions from this paper, said it had released GH₵620 million to service providers in September alone.

Local manufacturers say the crisis shows the country must produce more of its own medicines, but warn that this will not solve the currency problem on its own.

“Ghana imports about 70 percent of the medicines it consumes. Every time the cedi sneezes, our hospitals catch a cold,” said Samuel Kwame Darko, executive secretary of the Pharmaceutical Manufacturers Association of Ghana. “We can produce many of these products here, but we also import our active ingredients in dollars.

“So the answer is not only local production. It is a stable currency, and a plan.”

GMIDA said it would meet officials of the Ministry of Finance next week and would publish a list of medicines at risk of shortage by the end of the month.

“We have written letters. We have held meetings. Now we are telling the public, because it is the public who will suffer,” Mr. Asante-Mensah said.
"""

ACCRA_MEDICINE_IMPORTERS_EXPECTED = {
    "Bank of Ghana": ("ORG", 4),  # + (BoG), "The Bank of Ghana", and in Ansah-Boateng's quote; "the central bank" not counted
    "Ghana Medicine Importers and Distributors Association": ("ORG", 3),  # + (GMIDA), GMIDA
    "Accra": ("GPE", 1),
    "Tema": ("GPE", 2),  # "the port of Tema" and "a Tema price" (in a quote)
    "India": ("GPE", 1),
    "China": ("GPE", 1),
    "Kwabena Asante-Mensah": ("PERSON", 3),  # "Pharm." (pharmacist) and "Mr." are titles
    "Bolgatanga": ("GPE", 1),
    "Efua Ansah-Boateng": ("PERSON", 1),
    "University of Cape Coast": ("ORG", 1),
    "Ghana Statistical Service": ("ORG", 1),
    "Adum": ("GPE", 1),  # a Kumasi district (neighbourhoods are GPE): "the Adum pharmacy cluster"
    "Kumasi": ("GPE", 1),
    "Akosua Frimpong": ("PERSON", 1),  # "Madam" is an honorific
    "Kejetia Market": ("FAC", 1),  # a market (as "Mile 12 market")
    "Ministry of Health": ("ORG", 1),
    "Ministry of Finance": ("ORG", 2),
    "Kofi Boadu-Larbi": ("PERSON", 1),
    "National Health Insurance Authority": ("ORG", 3),  # + (NHIA), The NHIA
    "Ghana": ("GPE", 1),  # "Ghana imports ..." in a quote; not inside the four names that hold it
    "Samuel Kwame Darko": ("PERSON", 1),
    "Pharmaceutical Manufacturers Association of Ghana": ("ORG", 1),
}


# /work/round9/quotes/r9-oberweiler-wind-vote.txt
OBERWEILER_WIND_VOTE = """Wind turbines in the forest? A Hessian village says no

Oberweiler rejects a seven-turbine park by 58 to 42 per cent, a setback for the state’s renewable energy targets

By Katharina Vogt

Frankfurt, 3 June 2025

Voters in Oberweiler, a village of 4,300 people in the Vogelsberg district of central Hesse, have rejected plans for seven wind turbines in the municipal forest, in a referendum watched closely by developers and environmental groups across Germany.

In Sunday’s Bürgerentscheid, or citizens’ decision, 58.3 per cent voted against leasing 40 hectares of the Hainbuchenwald to the Frankfurt-based developer Hessenwind Projekt GmbH. Turnout was 61 per cent, well above the quorum required under Hessian municipal law.

“The people of Oberweiler have spoken, and we will respect that,” said Anja Köhler, the village’s mayor, who had backed the project. “But I will not pretend that I am not disappointed.”

Ms Köhler, an independent, said the lease would have brought the municipality about €420,000 a year, money she had planned to spend on the village’s crumbling open-air swimming pool and a new kindergarten.

“Now I have to go back to the council and tell them where else we find that money,” she said. “The honest answer is: nowhere.”

The citizens’ initiative Gegenwind Oberweiler, which collected more than 900 signatures to force the vote, celebrated in the car park of the Bürgerhaus late on Sunday night.

“Nobody here is against wind power,” says Thomas Brenner, a 64-year-old retired forester who speaks for the initiative — “we are against cutting a road for 200-tonne cranes through the only old beech forest we have left.”

He walks the forest every morning with his dog, he says, and has counted the black storks nesting there for 11 years.

“The storks were never the main argument, whatever the developer likes to say. The main argument is that this forest belongs to the village. It is not a building plot,” Brenner says.

Hessenwind said in a statement on Monday that it “regrets but accepts” the decision and would now concentrate on two other sites in the district, where it has signed agreements with private landowners.

The company’s managing director, Dr. Matthias Seebach, had warned before the vote that a rejection would send “a very bad signal” to investors. On Monday he struck a more conciliatory tone.

“We underestimated how much this forest means to people — that is a lesson for us,” he told this newspaper by telephone. “Perhaps we will come back to Oberweiler one day. But not with a bulldozer, and not without the village as a partner.”

Hesse has committed to designating 2 per cent of its land area for wind energy by 2027, in line with federal targets. According to the Hessian Ministry of Economics, only about 1.4 per cent has been designated so far.

A spokesperson for the ministry in Wiesbaden said the Oberweiler vote was “a local decision taken in a democratic way” and would not change the state’s overall plans.

“Every village that says no makes it harder for the next one to say yes,” the spokesperson added. “That is the reality, and we do not hide from it.”

Prof. Ulrike Dannenberg, who studies public acceptance of energy projects at the University of Kassel, said opposition was typically strongest where residents felt the benefits would flow elsewhere.

“When the developer is from Frankfurt and the profits go to Frankfurt, people feel they are carrying the burden for somebody else,” she said. “Where villages own a share of the turbines themselves, we see approval rates of 70 or 80 per cent.”

She said that in 14 of 19 local referendums on wind projects in Hesse and Rhineland-Palatinate since 2019, the project had been approved whenever a community energy cooperative held a stake.

In the municipal council, the Greens and the Social Democrats had supported the lease, while the CDU group was split. Its leader, Werner Pfaff, said he had voted for the project in the council in February but against it on Sunday.

“I changed my mind after the information evening in April. The developer could not answer simple questions about the access road,” Pfaff said. “That is not a scandal. That is exactly what a referendum is for.”

Not everyone in Oberweiler was celebrating on Monday morning.

“It is a sad day for the climate, and a sad day for the young people of this village,” according to Jonas Weidner, 19, a student who campaigned for the turbines and voted for the first time on Sunday. “We will be the ones paying for every decision like this — in heat, in floods, in electricity bills.”

Sabine Röder, who runs the bakery on the Marktplatz, said she had voted yes but understood her neighbours.

“My oven runs on electricity. Of course I want it cheaper,” she said. “But my husband proposed to me in that forest. You cannot put that in a spreadsheet.”

The Hesse branch of the environmental association BUND, which had not taken a position before the vote, said in a statement that the result showed developers must involve residents “from the very first day, not after the contracts are drafted”.

Ms Köhler said the council would meet on 12 June to discuss the budget. Asked whether she would resign, she laughed.

“No. I lost a vote — not my job, and not my sense of humour,” she said.
"""

OBERWEILER_WIND_VOTE_EXPECTED = {
    "Frankfurt": ("GPE", 4),  # the date line "Frankfurt, 3 June 2025" (kept in the body), "Frankfurt-based", 2 in Dannenberg's quote
    "Oberweiler": ("GPE", 5),  # not inside "Gegenwind Oberweiler"; 2 in quotes
    "Vogelsberg": ("GPE", 1),  # the district (Landkreis), a political unit
    "Hesse": ("GPE", 4),  # "central Hesse", "Hesse has", "Hesse and Rhineland-Palatinate", "The Hesse branch"
    "Germany": ("GPE", 1),
    "Hainbuchenwald": ("LOC", 1),  # a forest
    "Hessenwind Projekt GmbH": ("ORG", 2),  # + "Hessenwind said"
    "Hessian": ("NORP", 1),  # "Hessian municipal law"; not inside the ministry's name
    "Anja Köhler": ("PERSON", 3),  # + 2 x "Ms Köhler"
    "Gegenwind Oberweiler": ("ORG", 1),
    "Thomas Brenner": ("PERSON", 2),
    "Matthias Seebach": ("PERSON", 1),  # "Dr." is a title
    "Hessian Ministry of Economics": ("ORG", 1),
    "Wiesbaden": ("GPE", 1),
    "Ulrike Dannenberg": ("PERSON", 1),
    "University of Kassel": ("ORG", 1),
    "Rhineland-Palatinate": ("GPE", 1),
    "Greens": ("ORG", 1),  # the party ("the Greens"), as "Green Party"
    "Social Democrats": ("ORG", 1),  # the party
    "CDU": ("ORG", 1),
    "Werner Pfaff": ("PERSON", 2),
    "Jonas Weidner": ("PERSON", 1),
    "Sabine Röder": ("PERSON", 1),
    "BUND": ("ORG", 1),  # never expanded: kept as the acronym (as GAA, DA)
}


# /work/round9/contrasts/held9_nb_er_hours.txt
NB_ER_HOURS = """N.B. health minister's June 1 date for round-the-clock ER was from draft plan, department says

Health network also lowers count of travel nurses hired for rural hospitals

By Marc-André Gagnon, The Canadian Press

FREDERICTON — New Brunswick's Health Department says a promise by Health Minister Claire Thibodeau that a rural emergency room would be open around the clock by June 1 was based on an early draft of a staffing plan and should not have been made.

Thibodeau told the legislature on Tuesday that the emergency department at Rivière-des-Hérons Community Hospital, which has been closed overnight for most of the past two years, "will be open 24 hours a day, seven days a week, by June 1."

But in a statement on Wednesday afternoon, the department said the minister had been "referring to a date from an earlier draft of the recruitment plan that has since been revised."

"No date has been set for the return of overnight emergency services at Rivière-des-Hérons, and the June 1 date given in the legislature was not accurate," the statement said.

Asked about the discrepancy by reporters on Thursday, Thibodeau said she had relied on briefing notes that were out of date.

"I gave a date I shouldn't have given. That's on me, and I'm sorry to the people of the Acadian Peninsula who heard it and got their hopes up," she said. "What I can promise is that we are working on it every single day."

The 32-bed hospital serves about 28,000 people in a largely francophone area of northeastern New Brunswick. Its emergency department has closed from 8 p.m. to 8 a.m. on all but a handful of nights since March 2023 because of a shortage of physicians and nurses.

Opposition health critic Denis Arsenault accused the minister of "raising false hopes for political gain" and called on Premier Louise Comeau to apologize to residents.

"This is not a typo. People changed their plans, their jobs, even where they were going to live based on what the minister said," Arsenault said.

The Premier's office rejected the accusation, saying the government had been "open with New Brunswickers at every step."

The confusion is the second correction this week involving rural staffing.

On Monday, the Fundy Shore Health Network told a legislative committee that it had hired 46 travel nurses to fill gaps in rural emergency departments this winter. On Thursday, the network revised that figure to 29, saying the earlier number had included 17 nurses who had accepted offers but had not yet signed contracts.

"The number we provided to the committee was wrong, and we have written to its members to correct it," Dr. Raymond Losier, the network's chief executive, said in a written statement. "We should have checked it against signed contracts before presenting it."

The New Brunswick Nurses Union said it was not surprised by the revision. Its president, Janice Cormier, said travel nurses were a "band-aid" that cost the province up to three times as much per shift as staff nurses.

"We've said it for two years: you can't build a health system on agency contracts," Cormier said. "Pay the nurses who live here and they will stay here."

Cormier denied a suggestion by the health network that the union had discouraged members from taking extra overnight shifts at Rivière-des-Hérons.

"That is simply not true. Our members have been picking up extra shifts there until they drop," she said.

The province reversed its 2022 decision to cap travel-nurse contracts last fall, after several rural emergency rooms were forced to close for entire weekends.

A scheduling error over the Christmas holidays left the Rivière-des-Hérons emergency department without a physician for a full day shift, according to the network, which said the error had since been fixed.

Mayor Josée Landry of Rivière-des-Hérons said residents had been driving more than an hour to the regional hospital in Bathurst at night.

"We're not asking for a new hospital. We're asking for the lights to stay on in the one we have," Landry said in an interview.

She said the town council would send a letter to the minister asking for a firm date and a public plan.

This report by The Canadian Press was first published Feb. 13, 2025.
"""

NB_ER_HOURS_EXPECTED = {
    "Fredericton": ("GPE", 1),  # the dateline "FREDERICTON —"
    "New Brunswick": ("GPE", 2),  # "New Brunswick's Health Department", "northeastern New Brunswick"; not inside the union's name or "New Brunswickers"
    "Health Department": ("ORG", 1),  # "New Brunswick's Health Department"; "the department" not counted
    "Claire Thibodeau": ("PERSON", 3),
    "Rivière-des-Hérons": ("GPE", 4),  # "services at ...", "shifts at ...", "the Rivière-des-Hérons emergency department", "Mayor ... of ..."; not inside the hospital's name
    "Rivière-des-Hérons Community Hospital": ("ORG", 1),
    "Acadian Peninsula": ("LOC", 1),
    "Denis Arsenault": ("PERSON", 2),
    "Louise Comeau": ("PERSON", 1),
    "New Brunswickers": ("NORP", 1),
    "Fundy Shore Health Network": ("ORG", 1),  # "the network", "the health network" not counted
    "Raymond Losier": ("PERSON", 1),  # "Dr." is a title
    "New Brunswick Nurses Union": ("ORG", 1),
    "Janice Cormier": ("PERSON", 3),
    "Josée Landry": ("PERSON", 2),
    "Bathurst": ("GPE", 1),
}


# /work/round9/contrasts/held9_voltaro_bookings.txt
VOLTARO_BOOKINGS = """Voltaro says 1.2 lakh 'orders' were refundable pre-bookings; founder deletes post on delivery date

EV startup's clarification comes a week after it filed its draft IPO papers with Sebi

By Ritika Menon

BENGALURU: Electric two-wheeler startup Voltaro Mobility has clarified that the 1.2 lakh "confirmed orders" it announced for its V1 scooter last week were in fact refundable pre-bookings, and that the figure should not have been described as orders.

In a press release issued on Monday, the Bengaluru-based company had said it had "received over 1.2 lakh confirmed orders for the V1 within 21 days of launch, the fastest for any electric scooter in India".

On Thursday evening, Voltaro said in a statement to stock exchanges and the media that the number "referred to pre-reservations made on payment of a fully refundable amount of Rs 499" and that the use of the word orders "was incorrect". "The error is regretted," the statement said.

A Voltaro spokesperson said the company had received "several queries" from investors and dealers after the release and had decided to set the record straight.

Separately, founder and chief executive Arjun Venkatraman deleted a post on X in which he had said that deliveries of the V1 would "begin in Pune and Hyderabad on March 15".

"That date was my mistake. I was reading from an internal plan that had not been signed off by our operations team, and I should have waited," Venkatraman told this newspaper on Friday. "Deliveries will start in the first half of April. I would rather be a few weeks late than make a promise twice."

The corrections come a week after Voltaro filed its draft red herring prospectus (DRHP) with the Securities and Exchange Board of India (Sebi) for an initial public offering that could raise up to Rs 1,800 crore.

The DRHP, a draft document that typically goes through several rounds of changes before the final prospectus is approved, lists bookings of "approximately 1,20,000 units" as a risk factor rather than as revenue, a person familiar with the filing said.

Market analysts said the episode was unlikely to derail the IPO but would draw closer scrutiny of the company's disclosures.

"It would be a mistake to read too much into booking numbers in this industry. Everyone knows a Rs 499 booking is not a sale," said Kavita Raghunathan, an automotive analyst at Kavach Research. "But investors will now read every number in that prospectus twice, and that is not a bad thing."

Shares of listed rival Zentrix Motors corrected 6 per cent on Friday on fears that demand for mid-range scooters was weaker than expected. The stock had gained nearly 40 per cent since January.

Zentrix chief executive Sunil Bhatia on Friday denied reports that the company was in talks to acquire a stake in Voltaro. "We have not spoken to them and we have no plans to speak to them," Bhatia told reporters in Mumbai.

Voltaro, founded in 2019 by Venkatraman and two former colleagues from an auto components maker, narrowed its net loss to Rs 212 crore in 2023-24 from Rs 341 crore a year earlier, according to the DRHP. Its revenue from operations more than doubled to Rs 486 crore.

The company's plans depend in part on government incentives. In December the Centre reversed an earlier decision to end subsidies for electric two-wheelers in March, extending the scheme by a year after protests from manufacturers and dealers.

Voltaro's factory in Hosur, Tamil Nadu, currently has capacity to make about 18,000 scooters a month. Venkatraman said a second line would be ready by September.

A dealer in Pune who had taken advance payments from customers said he had received the clarification from the company on Thursday night.

"Some customers are angry, some are laughing. Most of them just want to know when the scooter is coming," said the dealer, who asked not to be named. "We have told them April. I hope the company keeps this date."

Voltaro said customers who wished to cancel their pre-reservations would receive refunds within seven working days.
"""

VOLTARO_BOOKINGS_EXPECTED = {
    "Bengaluru": ("GPE", 2),  # the dateline "BENGALURU:" + "Bengaluru-based"
    "Voltaro Mobility": ("ORG", 8),  # + 7 x "Voltaro" (incl. "A Voltaro spokesperson", "Voltaro's factory")
    "V1": ("PRODUCT", 3),  # the scooter model
    "India": ("GPE", 1),  # "in India" in the quoted release; not inside Sebi's name
    "Arjun Venkatraman": ("PERSON", 4),
    "X": ("ORG", 1),  # "a post on X"
    "Pune": ("GPE", 2),
    "Hyderabad": ("GPE", 1),
    "Securities and Exchange Board of India": ("ORG", 2),  # + (Sebi)
    "Kavita Raghunathan": ("PERSON", 1),
    "Kavach Research": ("ORG", 1),
    "Zentrix Motors": ("ORG", 2),  # + "Zentrix chief executive"
    "Sunil Bhatia": ("PERSON", 2),
    "Mumbai": ("GPE", 1),
    "Hosur": ("GPE", 1),
    "Tamil Nadu": ("GPE", 1),
}


# /work/round9/contrasts/held9_dubai_school_fees.txt
DUBAI_SCHOOL_FEES = """Dubai private school fees frozen for 2025-26 academic year, KHDA confirms

Regulator denies social media reports of 5% rise; parents welcome relief but question transport charges

By Shalini Nair, Senior Reporter

Dubai: Tuition fees at Dubai’s private schools will stay at their current levels for the 2025-26 academic year, the Knowledge and Human Development Authority (KHDA) confirmed on Sunday, ending weeks of uncertainty for parents.

The freeze covers all 227 private schools in the emirate and applies to tuition only. Schools may still charge separately for transport, uniforms and extracurricular activities, the authority said.

The decision marks a U-turn from last year, when the KHDA allowed schools rated “Outstanding” or “Very Good” in inspections to raise fees by up to 5.2 per cent in line with the Education Cost Index.

Earlier this month, messages circulating on WhatsApp and Instagram claimed that the regulator had approved a 5 per cent increase for all schools from September. The KHDA denied those reports on Sunday.

“There has been no increase approved for any school, and parents should rely only on information published on our official channels,” said Fatima Al Shamsi, a director at the authority. “We understand how worrying these rumours are for families at this time of year.”

Al Shamsi said the authority had also clarified in a circular to schools that the freeze applied to new admissions as well as returning students, after several principals asked whether they could charge higher fees to children joining in September.

A draft framework for a new fee-setting model, which would link increases to teacher salaries and inspection results, is being discussed with school operators and is expected to be published for consultation later this year, she said.

Parents welcomed the announcement but said rising transport and activity charges were eroding the benefit.

“The tuition freeze is good news, I won’t pretend otherwise,” said Rohan D’Souza, an Indian father of two whose children attend a British-curriculum school in Al Barsha. “But our bus fee went from Dh4,800 to Dh6,200 this year. Nobody freezes that.”

Mariam Haddad, a Jordanian mother of three in Mirdif, said she had considered moving her children to a cheaper school last year. “I thought I had made a mistake choosing a school so far from home,” she said. “Now, at least, the biggest bill is not going up.”

Gulf Crest Education, which operates 14 schools in Dubai and Sharjah, said in a statement that it “fully respects” the decision. The group reversed a loss of Dh38 million in 2023 to post a net profit of Dh61 million last year, according to its annual report.

A spokesman for another operator, who asked not to be named, said the freeze would make it harder to attract experienced teachers. “Salaries, rent and insurance all went up. Schools will absorb this year, but not forever,” he said.

The regulator’s decision comes a month after the Court of Cassation overturned a ruling that had ordered a school in Al Qusais to refund Dh96,000 in fees to a group of parents who complained about online lessons during 2020. The earlier ruling, by the Court of Appeal, had been seen by some lawyers as a precedent.

Advocate Khalid Al Mansoori, who represented the school, said the judgement confirmed that schools had met their obligations. “The court looked at the contract, not at the emotions,” he said.

Separately, a school in Jumeirah apologised to parents last week after a billing error charged more than 300 families twice for the first term. The school said refunds had been processed and that “the error was caused by a software update”.

Education consultant Priya Menon, who advises families on school choice, said parents should read fee schedules carefully before re-enrolling.

“It would be wrong to think a freeze means your costs stay the same,” she said. “Look at the whole invoice, not just the tuition line.”

The KHDA said parents with complaints about fees could contact it through its website or app.
"""

DUBAI_SCHOOL_FEES_EXPECTED = {
    "Dubai": ("GPE", 3),  # the dateline "Dubai:", "Dubai’s private schools", "in Dubai and Sharjah"
    "Knowledge and Human Development Authority": ("ORG", 5),  # + (KHDA) and 3 x KHDA
    "WhatsApp": ("ORG", 1),
    "Instagram": ("ORG", 1),
    "Fatima Al Shamsi": ("PERSON", 2),
    "Rohan D’Souza": ("PERSON", 1),
    "Indian": ("NORP", 1),
    "British": ("NORP", 1),  # "a British-curriculum school"
    "Al Barsha": ("GPE", 1),  # neighbourhoods are GPE (also Mirdif, Al Qusais, Jumeirah)
    "Mariam Haddad": ("PERSON", 1),
    "Jordanian": ("NORP", 1),
    "Mirdif": ("GPE", 1),
    "Gulf Crest Education": ("ORG", 1),
    "Sharjah": ("GPE", 1),
    "Court of Cassation": ("ORG", 1),
    "Court of Appeal": ("ORG", 1),
    "Al Qusais": ("GPE", 1),
    "Khalid Al Mansoori": ("PERSON", 1),  # "Advocate" is a title
    "Jumeirah": ("GPE", 1),
    "Priya Menon": ("PERSON", 1),
}


ROUND9 = {
    "hollis_four_day_week": (HOLLIS_FOUR_DAY_WEEK, HOLLIS_FOUR_DAY_WEEK_EXPECTED),
    "accra_medicine_importers": (ACCRA_MEDICINE_IMPORTERS, ACCRA_MEDICINE_IMPORTERS_EXPECTED),
    "oberweiler_wind_vote": (OBERWEILER_WIND_VOTE, OBERWEILER_WIND_VOTE_EXPECTED),
    "nb_er_hours": (NB_ER_HOURS, NB_ER_HOURS_EXPECTED),
    "voltaro_bookings": (VOLTARO_BOOKINGS, VOLTARO_BOOKINGS_EXPECTED),
    "dubai_school_fees": (DUBAI_SCHOOL_FEES, DUBAI_SCHOOL_FEES_EXPECTED),
}
