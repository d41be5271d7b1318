"""Round 16, HELD-OUT: six articles (/work/round16/quotes/r16-*.txt, /work/round16/contrasts/held16_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round15.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first, and the front matter the reading stage leaves in the body masked).

Front matter is never counted, wherever the reading stage puts it: the headline, the dek / standfirst /
summary, bylines and date lines, agency credits and photo captions.  This round keeps each outlet's real
layout, and the reading stage does NOT always separate it (findings, recorded in the README): SWI
swissinfo.ch's summary, its "This content was published on" / date lines and "Keystone-SDA/ts" stay in the
body (no dek taken); the Boise State Public Radio byline and date lines become the dek and its photo caption
("... / Hannah Lindqvist / Boise State Public Radio") stays in the body; Daily Maverick's standfirst and its
"Lwazi Mthembu 14 Nov 2025" line stay in the body, while its photo caption "(Photo: ...)" and its "Read more
in Daily Maverick: ..." line are dropped, and so is its last paragraph (ending with the " DM" sign-off; it
holds no names); the Globe and Mail byline "Rachel Okafor Published November 13, 2025" stays in the body.
All of these are front matter here: the counts are those of the article text a reader reads as the story.
The body does include what the outlet prints as part of the story: Euronews's live-blog time lines and entry
headings, the live blog's asterisked correction note, the Globe and Mail's editor's note at the foot, and
body subheads.

Conventions followed from the earlier gold (entities_articles_round15.py and before): persons under the
fullest form without titles or honorifics ("Dr", "Mr.", "Ms.", "Mr", "Commissioner", "Mayor"), surname-only
and possessive mentions under it; acronyms in brackets and their later uses under the full name (FOEN, WSL,
DFFE, DGAC); a name inside a longer name is not a mention of its own ("Owyhee County" in the sheriff's
office, "Grand View" in the ambulance service, "Cape Town" in the university, "Toronto" in the Toronto
Stock Exchange, "European" in "European Commission", "Swiss" in the institute, "Boise" in the station);
only the name is marked in "-based" words ("Cape Town-based", "Winnipeg-based"); a place name used as a
modifier is a mention of the place ("Brussels police", "the Brandon plant", "Owyhee County Commissioner",
"Brandon Mayor", "its Lima hub", "four Cusco rotations", "West Coast rock lobster"), a company or agency
name used so is a mention of it ("A DFFE official", "a Cordillera spokeswoman", "DGAC rules"); newspapers,
broadcasters and agencies are ORG (RTR, Daily Maverick, Le Soir, The Globe and Mail, Bloomberg News,
FlightGlobal, Gestión); X and Facebook are ORG; parties are ORG (Progressive Conservatives); a government
body named by a common noun ("the canton", "the defence ministry", "the department", "the authority",
"the regulator", "the Legislature", "the local") is not a mention; a county named in full is a GPE
("Owyhee County", "Elmore County"); roads and buildings are FAC, lakes, reservoirs, mountains and regions
LOC; nationality adjectives NORP.

Judgement calls where the earlier gold shows no convention: "Brienz/Brinzauls" (a village's official
bilingual name) is one GPE; "canton Graubünden" marks Graubünden only; "Piz Ravetsch" LOC; "a different
West" LOC; "the Legislature" (Idaho's, by a capitalised common noun) unmarked; "Man." and "N.D." (the
Globe's province and state abbreviations) count under Manitoba and North Dakota; "U.S." GPE under its
abbreviation; "Local 1417 of the Prairie Food Workers Union" marks the union only; "Prairie Harvest Foods
Inc." counts under "Prairie Harvest Foods" with "Prairie Harvest"; "the Council" (of the EU) ORG;
"Mercosur" and "EU" ORG; "Berlaymont" FAC (the building standing for the Commission); "the Schuman
roundabout", "the Meiser and Reyers tunnels", "the Europa building", "the E40 motorway" FAC by their names;
"Cypriot", "French", "Irish", "Belgian", "European", "Latin American", "South American", "Peruvian" NORP;
"the Latin American aviation summit" is not a named event; "Dirección General de Aeronáutica Civil" kept in
Spanish; "Airbus" and "Boeing" in aircraft type names are ORG ("A320neo", "737-800s", "PW1100G", "GTF" not
marked); "Cirium" ORG."""

# /work/round16/quotes/r16-arvenbach-rockslide-evacuation.txt
ARVENBACH_ROCKSLIDE_EVACUATION = """Graubünden village evacuated as unstable slope gathers speed

Authorities in canton Graubünden have ordered the 140 residents of Arvenbach to leave their homes after measurements showed the mountainside above the village moving up to 40 centimetres a day.

This content was published on
June 3, 2025 - 16:45

Keystone-SDA/ts

Residents of the mountain village of Arvenbach in eastern Switzerland have until Wednesday evening to leave their homes, the cantonal authorities announced on Tuesday. The slope of the Piz Ravetsch above the village has accelerated sharply since the weekend, according to the office for forests and natural hazards of canton Graubünden.

“The movement has multiplied by ten in four days. We can no longer rule out a large rockslide reaching the first houses,” said Andrea Caviezel, the cantonal geologist responsible for the area. “That is why we are not waiting.”

Caviezel told a media conference in Chur that about 1.2 million cubic metres of rock were in motion. Radar and GPS stations installed last year were recording the changes around the clock, she said, and a helicopter would fly over the slope twice a day.

The village’s mayor, Reto Bundi, said the decision had been “the hardest of my life”. He told reporters that most families had already found accommodation with relatives in the valley and that the municipality would pay for hotel rooms for the others.

“We are a small community. Everybody knows everybody, and everybody is helping,” he said.

He added that farmers had been allowed to bring their cattle down to pastures near Ilanz.

The canton said in a statement that the evacuation order would remain in force “until further notice” and that access to the village would be closed to the public from Wednesday at 8pm. Residents would be allowed back for short, escorted visits when the measurements allowed it, the statement said.

Not everyone is ready to go. A resident in her seventies, who asked not to be named, told the regional broadcaster RTR that she had lived through two evacuations and would stay until the police came for her.

“My grandfather built this house. The mountain has always moved,” she said. “But I know this time is different. I just need one more night.”

Others were packing their cars in the rain. Flurina Casanova, a 34-year-old nurse who works at the hospital in Chur, was loading boxes of photo albums into a trailer.

“You take the things you cannot buy again,” she said, pausing to wipe her face, “and you hope the rest is only furniture.”

The Rhaetian Railway said trains on the line through the valley would run as normal for now but that it was monitoring the situation with the canton.

According to the Federal Office for the Environment (FOEN), the number of unstable slopes being monitored in the Alps has increased in the past two decades as permafrost thaws and glaciers retreat. Geologists say warmer winters have made some rock faces more fragile.

“Permafrost acts like a glue in the rock. When it thaws, water gets into the cracks and the pressure builds,” said Matthias Gredig, a geomorphologist at the Swiss Federal Institute for Forest, Snow and Landscape Research (WSL) in Davos. “We see this in many places in the Alps. What is unusual in Arvenbach is how fast it has happened.

“It does not mean that the whole slope will come down at once. It may also break off in several smaller pieces over weeks.”

Gredig said residents should be prepared for an absence of “several months, perhaps longer”.

The federal government has offered support. In a post on X, the defence ministry said army helicopters were on standby to help with the evacuation if roads became impassable.

Local hoteliers are worried about the summer season. A spokesperson for the regional tourism office said bookings for July had fallen by about a third since the first reports of the slope movement in May.

Switzerland has experienced several large landslides in recent years. In 2023, the residents of Brienz/Brinzauls, also in Graubünden, were evacuated days before a rock avalanche stopped just short of the village school.

Bundi said he hoped to be back in Arvenbach by the autumn.

“The mountain decides,” he said. “We can only listen to it.”
"""

ARVENBACH_ROCKSLIDE_EVACUATION_EXPECTED = {
    "Arvenbach": ("GPE", 3),  # "the mountain village of Arvenbach", a quote, "back in Arvenbach"; the summary (dek) left in the body by the reading stage is front matter, not counted; headline none
    "Switzerland": ("GPE", 2),  # "in eastern Switzerland", "Switzerland has experienced"; not inside the Swiss institute
    "Piz Ravetsch": ("LOC", 1),  # the mountain (LOC)
    "Graubünden": ("GPE", 2),  # "of canton Graubünden" ("canton" lower case, no part of the name), "also in Graubünden"; headline and summary not counted
    "Andrea Caviezel": ("PERSON", 2),  # "the cantonal geologist" a role; + "Caviezel told"
    "Chur": ("GPE", 2),
    "Reto Bundi": ("PERSON", 2),  # "The village’s mayor," a role; + "Bundi said"
    "Ilanz": ("GPE", 1),
    "RTR": ("ORG", 1),  # "the regional broadcaster RTR"
    "Flurina Casanova": ("PERSON", 1),
    "Rhaetian Railway": ("ORG", 1),
    "Federal Office for the Environment": ("ORG", 2),  # + "(FOEN)"
    "Alps": ("LOC", 2),  # one in the FOEN sentence, one in a quote
    "Matthias Gredig": ("PERSON", 2),
    "Swiss Federal Institute for Forest, Snow and Landscape Research": ("ORG", 2),  # + "(WSL)"; "Swiss" not marked inside it
    "Davos": ("GPE", 1),
    "X": ("ORG", 1),  # "In a post on X"
    "Brienz/Brinzauls": ("GPE", 1),  # the village's official double name (German/Romansh), one GPE
}


# /work/round16/quotes/r16-owyhee-ambulance-nights.txt
OWYHEE_AMBULANCE_NIGHTS = """With volunteers dwindling, a rural Idaho ambulance service goes dark at night

Boise State Public Radio | By Hannah Lindqvist
Published October 14, 2025 at 5:04 AM MDT

Volunteer EMTs Dolores Etcheverry and Kyle Mendiola check supplies in the Grand View ambulance bay. The service has four active volunteers, down from 19 a decade ago. / Hannah Lindqvist / Boise State Public Radio

Starting Nov. 1, if you call 911 at night in the southern Owyhee County town of Grand View, the closest ambulance may be an hour away.

The Grand View-Bruneau Ambulance, an all-volunteer service that has covered about 1,800 square miles of desert and farmland since 1978, will stop answering calls between 10 p.m. and 6 a.m. There are simply not enough people left to staff it, says Dolores Etcheverry, who has run the service for 11 years.

"I've got four people. Four. And two of them are over 65," she says. "You can't ask somebody to work all day on a dairy, then sit up all night waiting for a page, then go back to work."

Etcheverry, 61, joined as a volunteer in 1996, when the crew list ran to two pages. She keeps that list pinned to a corkboard in the ambulance bay.

She says the service answered 212 calls last year, about a third of them at night. Most were car crashes on State Highway 78, falls and heart problems, she says, and a growing number were calls from the campground at C.J. Strike Reservoir.

Under an agreement with the county, overnight calls will go to paramedics based in Mountain Home, in neighboring Elmore County, about 40 minutes away on a good day.

"It's not ideal, and nobody on this board pretends it is," says Owyhee County Commissioner Ray Aldecoa. "But a plan that works is better than a schedule that exists on paper."

Aldecoa says the county has set aside $90,000 to pay stipends to EMTs who agree to cover night shifts, and that it hopes to bring the ambulance back to 24-hour service by spring. Asked whether the county would consider a tax levy for a paid service, he says voters turned one down in 2019 and he doesn't expect that to change.

The problem isn't unique to Owyhee County. According to the Idaho Department of Health and Welfare, 40 of the state's roughly 180 licensed EMS agencies are run entirely by volunteers, and many report trouble filling shifts.

In an emailed statement, the department said it was aware of "significant staffing pressure" on rural agencies. It said a grant program funded by the Legislature this year would help cover training costs, and that applications would open in January.

Wren Takahashi, who studies rural health care at Idaho State University, says the volunteer model was built for a different West.

"Fifty years ago, people lived and worked in the same town, and the town had a grocery store, a school and a fire hall. Now a lot of people commute to Boise or Nampa," Takahashi says. "If you're not there during the day, you can't be on the ambulance.

"And training has gotten longer and more expensive, which is the right thing for patients but makes it harder to recruit."

Takahashi says longer response times matter most for strokes, heart attacks and serious trauma, where minutes count.

A nurse at a hospital in the Treasure Valley, who asked not to be named because she was not authorized to speak for her employer, says emergency staff have already noticed patients from the area arriving later and sicker.

Not everyone in Grand View blames the county. Kyle Mendiola, a 24-year-old volunteer who works at a feed store, says he signed up after an ambulance crew helped his grandfather through a heart attack.

"People think somebody else is doing it," he says. "Well," he says, "somebody else is me, and I'm tired."

On Facebook, the Owyhee County Sheriff's Office urged residents to "know your address, know your nearest neighbor with first aid training, and call early." The post said deputies, who carry defibrillators, would respond to medical calls at night when they could.

Etcheverry says she will keep taking calls during the day for as long as her knees hold out. She has put up flyers at the post office and the school.

"We'll teach you. We'll buy the boots," she says, reading from one of them. "We just need you to show up."
"""

OWYHEE_AMBULANCE_NIGHTS_EXPECTED = {
    "Dolores Etcheverry": ("PERSON", 3),  # "says Dolores Etcheverry", "Etcheverry, 61,", "Etcheverry says"; the photo caption the reading stage leaves in the body is not counted
    "Kyle Mendiola": ("PERSON", 1),  # not counted in the photo caption
    "Grand View": ("GPE", 2),  # "the southern Owyhee County town of Grand View", "in Grand View"; not inside "Grand View-Bruneau Ambulance", not in the caption
    "Owyhee County": ("GPE", 3),  # 2 x + "Owyhee County Commissioner Ray Aldecoa" (the county as a modifier); not inside the sheriff's office
    "Grand View-Bruneau Ambulance": ("ORG", 1),  # the invented volunteer service
    "State Highway 78": ("FAC", 1),  # a road (FAC)
    "C.J. Strike Reservoir": ("LOC", 1),
    "Mountain Home": ("GPE", 1),
    "Elmore County": ("GPE", 1),
    "Ray Aldecoa": ("PERSON", 2),  # "Commissioner" a title; + "Aldecoa says"
    "Idaho Department of Health and Welfare": ("ORG", 1),  # "the department" not counted; "the Legislature" (the Idaho Legislature by a capitalised common noun) not marked
    "Wren Takahashi": ("PERSON", 3),  # + 2 x "Takahashi says"
    "Idaho State University": ("ORG", 1),
    "West": ("LOC", 1),  # "a different West" (the American West as a region)
    "Boise": ("GPE", 1),  # "commute to Boise or Nampa"; not inside the station name (the caption and byline are front matter)
    "Nampa": ("GPE", 1),
    "Treasure Valley": ("LOC", 1),
    "Facebook": ("ORG", 1),  # "On Facebook, the Owyhee County Sheriff's Office ..."
    "Owyhee County Sheriff's Office": ("ORG", 1),
}


# /work/round16/quotes/r16-st-helena-bay-lobster-quota.txt
ST_HELENA_BAY_LOBSTER_QUOTA = """‘We are fishing for paper’ — West Coast small-scale fishers left waiting as lobster season opens without permits

Two weeks into the West Coast rock lobster season, hundreds of small-scale fishers in St Helena Bay and Paternoster are still waiting for the permits that would let them go to sea. The department blames a system upgrade; fishers say they have heard that before.

Lwazi Mthembu
14 Nov 2025

On a grey morning in St Helena Bay, Magdalena Fortuin sits on an upturned crate outside the community co-operative’s office and counts the boats that have not left the harbour. There are 11 of them.

“We are fishing for paper,” she said. “Every year we fill in the forms, every year we wait, and every year the season starts without us.”

Fortuin, 58, has fished for rock lobster from a wooden bakkie since she was a teenager. She is now the chairperson of the Sandy Point Small-Scale Fishing Co-operative, one of 23 co-operatives on the West Coast that were granted 15-year fishing rights in 2022.

The inshore season for West Coast rock lobster opened on 1 November. But according to the co-operatives, not one of the roughly 600 fishers in the St Helena Bay and Paternoster area had received a permit by Thursday, meaning that anyone who goes to sea risks a fine and the confiscation of their catch.

Fishers wait outside the co-operative office in St Helena Bay on 12 November 2025. (Photo: Lwazi Mthembu)

The Department of Forestry, Fisheries and the Environment (DFFE) said in a written response to questions that the delay had been caused by “an upgrade of the electronic permitting system” and that permits would be issued “within the coming week”. The department said it regretted the inconvenience to fishers.

A DFFE official in Cape Town, who asked not to be named because he was not authorised to speak to the media, told Daily Maverick that the upgrade had been scheduled for August but had run late.

“The system was supposed to be live before the season. It was not,” the official said. “That is the honest answer.”

Read more in Daily Maverick: West Coast fishers say new rights system has left them worse off

For the fishers, a week is not a small thing. The season is short, and the catch limits are set per person. Every day lost, Fortuin said, is money that does not come back.

Jerome Adams, 41, who fishes with his brother from Paternoster, said he had borrowed R4,000 from a neighbour to repair his boat’s engine in October.

“I fixed the boat. I bought the bait. Now I am sitting here,” he said. “The people in the office get their salaries at the end of the month. We don’t.”

The delays are not new. In 2023 and 2024, permits for the small-scale sector were issued between one and three weeks after the season opened, according to Masifundise Development Trust, a Cape Town-based organisation that works with fishing communities.

Naadiya Moosa, a researcher at Masifundise, said the problem was not only the computer system.

“The department designed a system around co-operatives, but it never gave the co-operatives the support they need to run themselves,” she said, “so when something goes wrong, there is nobody to call and nobody who answers.”

On Wednesday, the organisation posted on X that fishers had been “left to choose between breaking the law and going hungry”, and called on the minister to extend the season by the number of days lost.

Marine scientists warn that extending the season is not simple. West Coast rock lobster has been overfished for decades, and the resource is estimated to be at less than 2% of its pre-fishing level.

“I understand the anger, and the fishers have a point about the permits,” said Dr Kagiso Seleka, a marine biologist at the University of Cape Town. “But you can’t fix an administrative failure by taking more lobster out of a stock that is this depleted.

“What would help is a permit system that works on 1 November every year. That costs nothing in lobster.”

Seleka said poaching by organised syndicates, which he estimated took several times the legal catch, was a bigger threat to the resource than the small-scale sector.

In Paternoster, some fishers are not waiting. Two men who spoke on condition of anonymity said they had gone out at night and sold their catch to buyers from Cape Town, for cash.

Back at the co-operative office, Fortuin’s phone buzzes with a message from a fisher asking whether there is news. There is not.

“They tell us to be patient,” she said. “We have been patient since 2022. Patience does not pay the electricity.” DM
"""

ST_HELENA_BAY_LOBSTER_QUOTA_EXPECTED = {
    "St Helena Bay": ("GPE", 2),  # "On a grey morning in St Helena Bay", "the St Helena Bay and Paternoster area"; the standfirst left in the body is not counted, the photo caption is dropped by the reading stage
    "Magdalena Fortuin": ("PERSON", 4),  # + "Fortuin, 58,", "Fortuin said", "Fortuin’s phone"; the last paragraph (dropped by the reading stage with the " DM" sign-off) has only "she"
    "Sandy Point Small-Scale Fishing Co-operative": ("ORG", 1),
    "West Coast": ("LOC", 3),  # the region (LOC), also as a modifier ("West Coast rock lobster"); the standfirst and the dropped "Read more" line not counted
    "Paternoster": ("GPE", 3),  # 3 x in the story; the standfirst not counted
    "Department of Forestry, Fisheries and the Environment": ("ORG", 3),  # "The" opens the sentence; + "(DFFE)", "A DFFE official"
    "Cape Town": ("GPE", 3),  # "in Cape Town", "a Cape Town-based organisation", "buyers from Cape Town"; not inside the University of Cape Town
    "Daily Maverick": ("ORG", 1),  # "told Daily Maverick"; the "Read more in Daily Maverick" line is dropped by the reading stage
    "Jerome Adams": ("PERSON", 1),
    "Masifundise Development Trust": ("ORG", 2),  # + "a researcher at Masifundise"
    "Naadiya Moosa": ("PERSON", 1),
    "X": ("ORG", 1),  # "posted on X"
    "Kagiso Seleka": ("PERSON", 2),  # "Dr" a title; + "Seleka said"
    "University of Cape Town": ("ORG", 1),
}


# /work/round16/contrasts/held16_euronews_brussels_tractors_live.txt
EURONEWS_BRUSSELS_TRACTORS_LIVE = """LIVE: Farmers' tractors block Brussels as EU ministers meet on Mercosur deal

Thousands of farmers from Belgium, France and the Netherlands have driven tractors into the European quarter as agriculture ministers meet. Follow our live coverage.

By Euronews with AFP, Belga
Published on 27/01/2026 - 08:02 GMT+1 • Updated 18:24

18:20

Ministers' meeting ends without a vote

EU agriculture ministers ended their meeting without a vote on the safeguard package, the Council's Cypriot presidency said. Ministers are due to discuss draft conclusions on the future of the common agricultural policy at their next meeting in February.

Tractors reversed out of Rue de la Loi in a long line as the crowd began to thin.

17:05

Commission corrects spokesperson on beef safeguards

The European Commission has corrected a statement made by one of its spokespeople this morning.

"That was not accurate. There is no new regulation planned for next week," the Commission's chief spokesperson told journalists at the afternoon briefing. "My colleague misspoke. The safeguard clause is already in the agreement, and we will publish guidance on how it works."

The Commission stood by its position that the agreement with the Mercosur countries protects sensitive products such as beef and poultry.

Copa-Cogeca, the umbrella group for EU farmers' organisations, said the confusion showed that farmers "cannot trust a single word" coming out of the Berlaymont.

15:40

Police lower tractor count

Brussels police have revised their estimate of the number of tractors in the city. A police spokesperson said the correct figure was around 850, not 1,300 as announced earlier, because vehicles had been counted twice at two checkpoints on the ring road.

Police denied claims by organisers that officers had used tear gas near the Schuman roundabout. "No tear gas was used today. Water cannon was used once, for about two minutes, after straw bales were set on fire," the spokesperson said.

14:15

French minister: 'It would be a mistake to sign'

France's agriculture minister told reporters on her way into the meeting that "it would be a mistake to sign this agreement in its current form". She said France wanted mirror clauses that would require imported products to meet EU standards.

The Irish minister disagreed with the Commission's estimate of the deal's impact on beef farmers, which he called "far too optimistic".

12:10

Commission denies report on quotas

The Commission denied a report in the Belgian daily Le Soir that it was preparing to cut the import quota for Mercosur beef in exchange for farmers' support. "That report is not correct. The quotas were negotiated and they are not being reopened," a spokesperson said.

11:30

Police: 1,300 tractors in the city

Brussels police said 1,300 tractors had entered the city by 11:00, most of them through the Meiser and Reyers tunnels. Police advised commuters to avoid the European quarter for the rest of the day.

Several farmers said they had been told by their unions that the protest would be the largest since February 2024.

"They said in the village it was a mistake to bring the children. I brought them anyway. This is their future too," said Marc Dewaele, a dairy farmer from near Ypres.

10:20

Commission promises new safeguard regulation

At the Commission's midday briefing, held early because of the protest, a spokesperson for agriculture said the Commission "will present a new safeguard regulation for beef imports next week" to reassure farmers.

Farmers' groups were not impressed. Copa-Cogeca rejected the Commission's assurances that the deal would protect European producers, calling them "not accurate".

09:30

Ministers arrive by back entrance

Police withdrew from the front of the Europa building to let ministers enter through a side entrance.

*An earlier version of this post said the ministers' meeting had been moved to Luxembourg. This was incorrect: the meeting is taking place in Brussels as planned. We apologise for the error.

08:05

Good morning

Welcome to our live coverage of the farmers' protest in Brussels. Tractors have been gathering since before dawn on the ring road and on the E40 motorway from Ghent and Leuven.

Farmers are protesting against the EU's trade agreement with the Mercosur bloc of Argentina, Brazil, Paraguay and Uruguay, which they say will expose them to cheaper imports produced under lower standards.
"""

EURONEWS_BRUSSELS_TRACTORS_LIVE_EXPECTED = {
    "Council": ("ORG", 1),  # "the Council's Cypriot presidency" (the Council of the EU by its short name)
    "Cypriot": ("NORP", 1),
    "Rue de la Loi": ("FAC", 1),
    "European Commission": ("ORG", 11),  # "The European Commission" + 10 x "Commission"/"Commission's", three of them in entry headings (body); headline none
    "Mercosur": ("ORG", 3),  # the trade bloc (ORG): "the Mercosur countries", "Mercosur beef", "the Mercosur bloc"; headline not counted
    "Copa-Cogeca": ("ORG", 2),
    "EU": ("ORG", 4),  # the Union (ORG): "EU agriculture ministers", "EU farmers' organisations", "EU standards", "the EU's"; headline not counted
    "Berlaymont": ("FAC", 1),  # the Commission's building (FAC), used for the institution
    "European": ("NORP", 2),  # "the European quarter", "European producers"; not inside "European Commission"
    "Brussels": ("GPE", 4),  # 2 x "Brussels police" + "in Brussels as planned" (the correction note) + "in Brussels"; headline not counted
    "Schuman": ("FAC", 1),  # "the Schuman roundabout" (FAC, lower-case "roundabout")
    "French": ("NORP", 1),
    "France": ("GPE", 2),  # "France's agriculture minister", "She said France wanted"; the dek not counted
    "Irish": ("NORP", 1),
    "Belgian": ("NORP", 1),
    "Le Soir": ("ORG", 1),
    "Meiser": ("FAC", 1),  # "the Meiser and Reyers tunnels"
    "Reyers": ("FAC", 1),
    "Marc Dewaele": ("PERSON", 1),
    "Ypres": ("GPE", 1),
    "Europa": ("FAC", 1),  # "the Europa building"
    "Luxembourg": ("GPE", 1),  # in the live blog's correction note (body)
    "E40": ("FAC", 1),  # "the E40 motorway"
    "Ghent": ("GPE", 1),
    "Leuven": ("GPE", 1),
    "Argentina": ("GPE", 1),
    "Brazil": ("GPE", 1),
    "Paraguay": ("GPE", 1),
    "Uruguay": ("GPE", 1),
}


# /work/round16/contrasts/held16_globe_prairie_harvest_brandon.txt
GLOBE_PRAIRIE_HARVEST_BRANDON = """Prairie Harvest says Brandon plant will stay open after CEO’s remark on earnings call

Food processor says chief executive ‘misspoke’ when he told analysts the Manitoba facility would close; union withdraws its own layoff figure

Rachel Okafor
Published November 13, 2025

Prairie Harvest Foods Inc. says its frozen-vegetable plant in Brandon, Man., will remain open, a day after its chief executive told analysts the company would shut the facility by the end of next year.

On a conference call to discuss third-quarter results on Tuesday, chief executive officer Martin Lavallée said the company “will close the Brandon plant by the end of 2026” as part of a plan to cut costs by $45-million a year. Prairie Harvest shares rose 5.2 per cent on the Toronto Stock Exchange that day.

On Wednesday, the Winnipeg-based company issued a statement saying Mr. Lavallée had misspoken. “The Brandon plant is not closing. We are consolidating two packaging lines at the facility into one, and no decision has been made to close any plant,” said Claire Dubois, a spokesperson for Prairie Harvest.

In a memo to employees that was seen by The Globe and Mail, Mr. Lavallée wrote: “I used the wrong word on Tuesday’s call, and I apologize for the worry it caused you and your families.”

The plant employs 240 people and is one of the largest private employers in the city of about 55,000. Its workers process potatoes, peas and carrots from farms across southwestern Manitoba.

The company’s shares fell 3.8 per cent on Wednesday, erasing most of Tuesday’s gain. Prairie Harvest stood by its forecast of annual revenue of $1.3-billion to $1.35-billion.

Brandon Mayor Sheila Kowalchuk said she had spoken with the company on Wednesday morning. “We were told it was a slip of the tongue. People here are still scared, and one phone call doesn’t change that,” she said.

Union figure revised

The union representing workers at the plant also walked back a claim of its own. On Tuesday evening, Local 1417 of the Prairie Food Workers Union said in a news release that the company “has already laid off 60 workers at the Brandon plant this year.”

On Wednesday, the local’s president, Darnell Fontaine, said that figure was wrong. “Our number was not accurate. The 60 were seasonal contracts that ended on schedule, not layoffs, and I want to correct that,” Mr. Fontaine said in an interview.

He said the union still had concerns about the consolidation of the packaging lines. Members will vote next month on a draft of the new collective agreement, which would run until 2029.

The union has accused Prairie Harvest of moving work to a plant it owns in Grand Forks, N.D. The company rejected the accusation, saying the U.S. plant serves a different set of customers and that no production had been transferred.

Analysts react

Analysts said the back-and-forth was unlikely to change their view of the company, whose earnings have been squeezed by higher potato prices and weaker demand from restaurant chains.

“It would be a mistake to read too much into one word on a call, but it does tell you the cost plan is bigger than they have said so far,” said Priya Raman, an analyst at Desjardins Securities. She kept her hold rating on the stock.

Another analyst, who asked not to be named because his firm does not allow him to comment publicly on companies it covers, disagreed with the view that the Brandon plant was underused.

Separately, Prairie Harvest denied a Bloomberg News report on Wednesday that it was in talks to sell its snack-foods division to a U.S. private-equity firm. “That report is speculation. We do not comment on market rumours, and there is no process under way,” Ms. Dubois said.

Manitoba’s Minister of Agriculture rejected an accusation by the Opposition Progressive Conservatives that the province had ignored warnings about the plant’s future. “We have been in contact with this company every week,” the minister said in the legislature.

Prairie Harvest’s shares reversed early losses on Thursday morning to trade slightly higher in Toronto.

Editor’s note: An earlier version of this article incorrectly stated that the Brandon plant employs 420 people. In fact, it employs 240.
"""

GLOBE_PRAIRIE_HARVEST_BRANDON_EXPECTED = {
    "Prairie Harvest Foods": ("ORG", 7),  # "Prairie Harvest Foods Inc." + 6 x "Prairie Harvest"/"Prairie Harvest’s"; headline not counted
    "Brandon": ("GPE", 7),  # "in Brandon, Man.", "the Brandon plant" x 4 (one in the editor's note), "Brandon Mayor Sheila Kowalchuk"; headline not counted
    "Manitoba": ("GPE", 3),  # "Man." (the Globe's abbreviation) + "southwestern Manitoba", "Manitoba’s Minister of Agriculture"; dek not counted
    "Martin Lavallée": ("PERSON", 3),  # "chief executive officer" a role; + 2 x "Mr. Lavallée"
    "Toronto Stock Exchange": ("ORG", 1),
    "Winnipeg": ("GPE", 1),  # "the Winnipeg-based company"
    "Claire Dubois": ("PERSON", 2),  # + "Ms. Dubois"
    "The Globe and Mail": ("ORG", 1),  # "seen by The Globe and Mail"; the byline line the reading stage leaves in the body ("Rachel Okafor Published November 13, 2025") is not counted
    "Sheila Kowalchuk": ("PERSON", 1),  # "Brandon Mayor" a title (Brandon counted)
    "Prairie Food Workers Union": ("ORG", 1),  # "Local 1417 of the Prairie Food Workers Union": the union marked, "Local 1417" (its branch number) not marked apart; "the local" not counted
    "Darnell Fontaine": ("PERSON", 2),  # + "Mr. Fontaine"
    "Grand Forks": ("GPE", 1),
    "North Dakota": ("GPE", 1),  # "Grand Forks, N.D." (abbreviation)
    "U.S.": ("GPE", 2),  # "a U.S. private-equity firm", "the U.S. plant"
    "Priya Raman": ("PERSON", 1),
    "Desjardins Securities": ("ORG", 1),
    "Bloomberg News": ("ORG", 1),
    "Progressive Conservatives": ("ORG", 1),  # "the Opposition Progressive Conservatives" ("Opposition" a role)
    "Toronto": ("GPE", 1),  # "slightly higher in Toronto"; not inside "Toronto Stock Exchange"
}


# /work/round16/contrasts/held16_flightglobal_cordillera_neo_groundings.txt
FLIGHTGLOBAL_CORDILLERA_NEO_GROUNDINGS = """Cordillera Air revises grounded-neo tally after chief's conference remarks

Peruvian carrier says nine A320neos are parked awaiting engines, not 14, while regulator withdraws erroneous certificate notice

By Tomás Ibarguen
11 March 2026

Peruvian low-cost carrier Cordillera Air says nine of its 31 Airbus A320neo-family aircraft are grounded awaiting Pratt & Whitney PW1100G engines, correcting a figure given by its chief executive at an industry conference in Lima a day earlier.

Speaking at the Latin American aviation summit on 10 March, chief executive Hernán Salcedo said "14 of our 31 neos are sitting on the ground" because of the powder-metal inspection programme affecting the geared turbofan.

The carrier says the figure was incorrect. "Mr Salcedo included five aircraft that are in scheduled heavy maintenance in Lima and have nothing to do with the engine issue. The correct number of aircraft grounded for engine reasons is nine," Cordillera says in a statement issued on 11 March.

Salcedo acknowledged the error in a message to staff, which the airline shared with FlightGlobal. "I gave the wrong number on stage. Nine is the real figure, and nine is already too many," he writes.

Cordillera operates a fleet of 23 A320neos and eight A321neos from its Lima hub, serving 19 domestic destinations and six international routes. Cirium fleet data shows the carrier has another 12 A321neos on order for delivery from 2027.

The airline has complained that the engine manufacturer is behind on spare engines. Salcedo said at the conference that Pratt & Whitney had "not kept its promises" on lease engines for South American operators.

Pratt & Whitney disputed that characterisation. The manufacturer says it has "significantly increased" the number of spare engines available to customers in the region and is working with Cordillera on a recovery plan. It declines to comment on individual contracts.

Cordillera's summer schedule, which runs from late March, remains a draft and could be trimmed further, the airline says. It has already wet-leased two Boeing 737-800s from a European operator to cover flights to Cusco and Arequipa.

Regulator withdraws notice

Separately, Peru's civil aviation authority, the Dirección General de Aeronáutica Civil (DGAC), has withdrawn a notice published on its website on 9 March which stated that Cordillera's air operator certificate "will be suspended from 1 April pending a technical audit".

The DGAC says the notice was published in error and referred to a different operator. "The notice was uploaded by mistake. Cordillera Air's certificate is valid and is not subject to any suspension procedure," the authority says.

The DGAC stood by the findings of its 2025 safety audit of the carrier, which it says found no significant deficiencies.

Cordillera has also rejected an accusation by the Peruvian pilots' union that its crews have been flying beyond their monthly duty limits to make up for the grounded aircraft. The airline says rosters comply with DGAC rules, and that the regulator has not opened any investigation.

The airline also denies a report in the Lima business daily Gestión that it has approached advisers about a court-supervised restructuring. "That is false. We have liquidity for more than 12 months and no restructuring is being considered," a Cordillera spokeswoman says.

Deleted post

The back-and-forth extended to social media. On the evening of 10 March, the airline's account on X posted that "all flights to Cusco are operating normally", while at least four Cusco rotations had been cancelled that day. The post was deleted within an hour.

"That post was published by mistake before the operations update was finalised. We apologise to affected passengers," Cordillera says.

Analysts say Cordillera is more exposed than most Latin American carriers because its fleet is almost entirely powered by the GTF.

"It would be a mistake to compare Cordillera with the big network carriers, which have widebodies and older A320s to fall back on," says Lucía Ferreyra, an aviation consultant based in Santiago. "For a single-type operator, every parked aircraft is a real hole in the schedule."

Ferreyra disagreed with suggestions from some investors that the carrier should defer its A321neo deliveries, saying larger aircraft would help it to cut unit costs.

Cordillera reversed a two-year decline in its load factor in 2025, carrying 6.4 million passengers, up 11% on the previous year.

The airline has withdrawn two A320neos from its Miami service, which it now flies with one of the wet-leased 737s.
"""

FLIGHTGLOBAL_CORDILLERA_NEO_GROUNDINGS_EXPECTED = {
    "Cordillera Air": ("ORG", 13),  # 2 x "Cordillera Air" + 11 x "Cordillera"/"Cordillera's"; headline not counted
    "Airbus": ("ORG", 1),  # "Airbus A320neo-family aircraft" (the maker)
    "Pratt & Whitney": ("ORG", 3),  # "Pratt & Whitney PW1100G engines" + 2 x
    "Lima": ("GPE", 4),  # "in Lima" x 2, "its Lima hub", "the Lima business daily"
    "Hernán Salcedo": ("PERSON", 4),  # "chief executive" a role; + "Mr Salcedo" (in the airline's statement), 2 x "Salcedo"
    "Latin American": ("NORP", 2),  # "the Latin American aviation summit" (lower-case summit, not a name), "most Latin American carriers"
    "FlightGlobal": ("ORG", 1),  # "shared with FlightGlobal"
    "Cirium": ("ORG", 1),
    "South American": ("NORP", 1),
    "Boeing": ("ORG", 1),  # "two Boeing 737-800s"
    "European": ("NORP", 1),
    "Cusco": ("GPE", 3),
    "Arequipa": ("GPE", 1),
    "Peru": ("GPE", 1),
    "Dirección General de Aeronáutica Civil": ("ORG", 5),  # Spanish name kept; + 4 x "DGAC"
    "Peruvian": ("NORP", 2),  # "Peruvian low-cost carrier", "the Peruvian pilots' union"; dek not counted
    "Gestión": ("ORG", 1),  # "the Lima business daily Gestión"
    "X": ("ORG", 1),  # "the airline's account on X"
    "Lucía Ferreyra": ("PERSON", 2),  # + "Ferreyra disagreed"
    "Santiago": ("GPE", 1),
    "Miami": ("GPE", 1),
}


ROUND16 = {
    "arvenbach_rockslide_evacuation": (ARVENBACH_ROCKSLIDE_EVACUATION, ARVENBACH_ROCKSLIDE_EVACUATION_EXPECTED),
    "owyhee_ambulance_nights": (OWYHEE_AMBULANCE_NIGHTS, OWYHEE_AMBULANCE_NIGHTS_EXPECTED),
    "st_helena_bay_lobster_quota": (ST_HELENA_BAY_LOBSTER_QUOTA, ST_HELENA_BAY_LOBSTER_QUOTA_EXPECTED),
    "euronews_brussels_tractors_live": (EURONEWS_BRUSSELS_TRACTORS_LIVE, EURONEWS_BRUSSELS_TRACTORS_LIVE_EXPECTED),
    "globe_prairie_harvest_brandon": (GLOBE_PRAIRIE_HARVEST_BRANDON, GLOBE_PRAIRIE_HARVEST_BRANDON_EXPECTED),
    "flightglobal_cordillera_neo_groundings": (FLIGHTGLOBAL_CORDILLERA_NEO_GROUNDINGS, FLIGHTGLOBAL_CORDILLERA_NEO_GROUNDINGS_EXPECTED),
}
