"""Round 12, HELD-OUT: six articles (/work/round12/quotes/r12-*.txt, /work/round12/contrasts/held12_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round11.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first).

Conventions followed from the earlier gold (entities_articles_round11.py, round10, round9, unseen_dev*):
the headline, the dek and the byline / date lines are front matter and not counted ("KYODO NEWS - Nov 5,
2025 - 19:42 | Japan, All", which the reading stage takes as the dek; "Marcus Hale, ESPN Staff Writer",
"Mar 28, 2025, 04:15 PM ET"; "Laura Fenning" / "BBC News, Shropshire", "14 March 2025"; the Reuters
correction line under the headline, "By Marek Sowinski and Karolina Lis" and the sign-off "(Reporting by
...; Editing by ...)", which the reading stage drops; "Nadia Rahim" / "Transport Correspondent"; "By Julia
Mertens", "June 12, 2025"); time stamps the reading stage keeps in the body ("October 10, 2025 3:47 PM
GMT+2", "Published Mar 20, 2025, 06:15 PM Updated ...") hold no entity; a dateline counts as body
("WARSAW, Oct 10 (Reuters) -": Warsaw, Reuters; "SINGAPORE –"); persons under the fullest form without
titles or honorifics ("Chief Cabinet Secretary", "Akita Governor", "Kazuno Mayor", "coach", "Athletic
director", "Senior forward", "Dr", "Telford MP", "Governor", "NBP spokeswoman", "Deputy Finance Minister",
"Finance Minister", "SMRT Trains president", "Senior Minister of State for Transport", "Workers’ Party MP",
"Mr", "Ms"), surname-only, first-name-only ("Jaylen" in his coach's quote) and possessive mentions under
it; acronyms given in brackets and their later uses under the full name (MPC, NBP, LTA, MOT); a name inside
a longer name is not a mention of its own ("Japan" in "Japan Hunting Association", "Missouri" in "Missouri
Valley Conference", "NHS" in "Severn Valley Hospitals NHS Trust" / "NHS England", "Telford" in "Telford and
Wrekin Council", "BBC" in "BBC Radio Shropshire", "Shropshire" in two names, "Poland" in "National Bank of
Poland", "San Diego" in "University of California, San Diego", "SMRT" in "SMRT Trains"); a place used as a
modifier counts the place ("the Akita prefectural government", "Akita Governor", "Kazuno Mayor", "Telford
MP", "Warsaw's blue-chip WIG20 index", "Poland's central bank"); hospitals are ORG (Royal Wrekin Hospital,
with "the Royal Wrekin" 2 x); broadcasters, newspapers, journals and sites are ORG (ESPN, Springfield
News-Leader, On3, BBC, BBC Radio Shropshire, Reuters, Rzeczpospolita, Lianhe Zaobao, STAT, Neurology Open,
Milwaukee Journal Sentinel, HealthPulse); X, Facebook, Instagram, Reddit, TikTok and Amazon are ORG; the
European Union is ORG; universities' sports teams are ORG (as clubs); lower-case and generic references
("the ministry", "the trust", "the council", "the bank", "the operator", "the university", "the journal",
"the company", "the program") are not mentions.

Judgement calls where the earlier gold shows no convention: "GSDF" (not bracketed, but the initials of
"Ground Self-Defense Force" in the sentence before) counts under Ground Self-Defense Force (2), while "the
SDF" in a source's quote (the Self-Defense Forces as a whole, never written out) is its own ORG "SDF" (1);
"Akita" alone ("In Akita alone", "the Akita prefectural government", "Akita Governor", "the Akita branch")
is the prefecture and counts under Akita Prefecture (5 with "Akita Prefecture"); "Tohoku" (a region) is LOC;
"the Bears" (the team's nickname) counts under Ozark State (7, as "City" under Ashbourne City); "Drake",
"Bradley", "Kansas State", "Arkansas" and "Texas Tech" are the universities' teams (ORG, "Arkansas" too,
not the state); the Missouri Valley Conference (an athletic conference) is ORG, the NIT (a tournament)
EVENT; "Mrs Mallender" (3 x) is the mother, Joan Mallender, and "Ms Mallender" (2 x) the daughter, Karen
Mallender, as the BBC's honorifics tell them apart; "Wellington" is the Shropshire town (GPE); "Telford" in
"Telford MP Nadine Corbett" counts as Telford (GPE, a seat named after the town, as Dewsbury North); "NHS"
in the daughter's quote is ORG; "Health Secretary" is a title, no entity; the Circle Line (a rail line) and
the stations (Buona Vista 3, HarbourFront 2, Kent Ridge 2, one-north 2, Telok Blangah, Paya Lebar, each
written as a station or a terminus) are FAC, not GPE; "SMRT Trains" (the rail arm, in its president's
title) is an ORG apart from SMRT (6); "Workers’ Party" (curly apostrophe) is ORG; the Chinese name "Ong Kah
Seng" is written family name first and "Mr Ong" counts under it (3); "Gerald Tan Jun Hao" is one PERSON;
"WIG20" (an index), the supplement "tereminol" (lower case) and the currencies (zloty, euro, yen, $1.5
million, $49) are not marked."""

# /work/round12/quotes/r12-akita-bear-troops.txt
AKITA_BEAR_TROOPS = """Japan to send SDF troops to help Akita trap bears as fatal attacks hit record

KYODO NEWS - Nov 5, 2025 - 19:42 | Japan, All

The government will dispatch Ground Self-Defense Force personnel to Akita Prefecture to help set and move bear traps, Chief Cabinet Secretary Kenji Morioka said Wednesday, as attacks on people in northern Japan reach a record high.

Troops will not carry firearms and will only transport traps, hunters and captured animals, Morioka told a regular press conference.

"The situation has gone beyond what local governments can handle on their own," he said. "Protecting people's lives is the top priority."

According to the Environment Ministry, 13 people have been killed by bears across the country since April, the highest number since comparable records began in fiscal 2006.

In Akita alone, bears have injured 56 people and been sighted more than 8,000 times so far this fiscal year, the Akita prefectural government said.

Akita Governor Yoshitaka Kanno, who asked the central government for help last week, welcomed the decision.

"Our hunters are exhausted. Many of them are in their 70s, and they have been going out every day since the summer," Kanno told reporters at the prefectural government office.

"We asked for help because we had no other choice," he said, "and I am grateful that the government responded so quickly."

Under the plan, about 50 GSDF personnel will be based in the city of Kazuno, where a man in his 60s was killed while picking mushrooms in October, a Defense Ministry official said.

The official said the troops would begin work next Monday and stay until the end of November, when most bears enter hibernation.

A government source said the ministry had at first been reluctant to take on the mission, fearing it would stretch units already committed to disaster relief.

"Bear control is not what the SDF trains for, and nobody wants to see soldiers chasing animals through a village," the source said.

Experts say the surge in sightings is driven by a poor crop of beech nuts in the mountains of the Tohoku region this autumn, as well as by the decline of farming communities that once acted as a buffer between forests and towns.

"When the beech crop fails, bears come down looking for persimmons and chestnuts, and they learn very quickly that towns are an easy source of food," said Mariko Aoyama, a professor of wildlife management at Iwate University.

Aoyama said local governments needed to hire professional wildlife officers instead of relying on volunteer hunters, whose numbers have fallen by more than half since the 1980s.

"Trapping a few hundred bears this year will not change anything if nobody is managing the population next year," she said.

In a statement, the Akita branch of the Japan Hunting Association said its members would cooperate with the troops, but it called for higher payments for each bear caught.

"Our members are risking their lives for a few thousand yen a bear," the statement said.

Kazuno Mayor Hiroshi Sasaki wrote on X on Tuesday that elementary and junior high schools in the city would keep children indoors during breaks until further notice.

"Please do not go out alone after dark, even to the convenience store," he wrote.

Setsuko Haga, a rice farmer in Kazuno, said a bear broke into her storehouse in October and ate most of the persimmons she had hung up to dry.

"I have lived here for 74 years and never locked my door," she said, "but now I lock it even in the daytime."

The National Police Agency said separately it would allow riot police units to use rifles against bears in residential areas from Nov. 13.

Morioka said the government would compile a package of measures, including subsidies for electric fences and the hiring of wildlife officers, by the end of the year.
"""

AKITA_BEAR_TROOPS_EXPECTED = {
    "Ground Self-Defense Force": ("ORG", 2),  # + "about 50 GSDF personnel" (its initials, not bracketed); headline "SDF" not counted
    "Akita Prefecture": ("GPE", 5),  # + 4 x "Akita" (the prefecture: "In Akita alone", "the Akita prefectural government", "Akita Governor", "the Akita branch"); headline not counted
    "Kenji Morioka": ("PERSON", 3),  # "Chief Cabinet Secretary" is a title; + 2 x "Morioka"
    "Japan": ("GPE", 1),  # "northern Japan"; not inside "Japan Hunting Association"; the dek line not counted
    "Environment Ministry": ("ORG", 1),
    "Yoshitaka Kanno": ("PERSON", 2),  # "Akita Governor" is a title; + "Kanno told"
    "Kazuno": ("GPE", 3),  # "the city of Kazuno", "Kazuno Mayor", "a rice farmer in Kazuno"
    "Defense Ministry": ("ORG", 1),
    "SDF": ("ORG", 1),  # "what the SDF trains for" in the source's quote: the Self-Defense Forces as a whole
    "Tohoku": ("LOC", 1),  # a region
    "Mariko Aoyama": ("PERSON", 2),  # + "Aoyama said"
    "Iwate University": ("ORG", 1),
    "Japan Hunting Association": ("ORG", 1),  # "the Akita branch of the Japan Hunting Association"
    "Hiroshi Sasaki": ("PERSON", 1),  # "Kazuno Mayor" is a title
    "X": ("ORG", 1),  # "wrote on X"
    "Setsuko Haga": ("PERSON", 1),
    "National Police Agency": ("ORG", 1),
}


# /work/round12/quotes/r12-ozark-state-transfer-portal.txt
OZARK_STATE_TRANSFER_PORTAL = """Ozark State star Jaylen Brooks-Harmon enters transfer portal

Junior guard who led the Missouri Valley in scoring leaves days after coach Terry Villanueva's extension

Marcus Hale, ESPN Staff Writer

Mar 28, 2025, 04:15 PM ET

Ozark State junior guard Jaylen Brooks-Harmon, the Missouri Valley Conference's leading scorer, has entered the NCAA transfer portal, he announced on Instagram on Friday.

"This wasn't an easy decision. Ozark State gave a kid from Joplin a chance when nobody else would, and I will never forget that," Brooks-Harmon wrote in the post. "But I have to bet on myself."

Brooks-Harmon averaged 19.6 points and 5.1 assists this season for the Bears, who lost to Drake in the semifinals of the conference tournament and then fell at Bradley in the first round of the NIT.

He is expected to draw interest from several high-major programs, including Kansas State, Arkansas and Texas Tech, sources told ESPN.

A source with knowledge of the situation said Brooks-Harmon's camp had been seeking a name, image and likeness package of at least $1.5 million for next season, well above what Ozark State's collective could offer.

"It was never about loyalty. It was about math," the source said.

The move comes four days after Ozark State announced a contract extension for coach Terry Villanueva through the 2029-30 season.

Villanueva said Friday that he had spoken with Brooks-Harmon for more than an hour on Thursday night.

"I'm not going to stand up here and pretend I'm not disappointed, because I am," Villanueva said. "Jaylen is a special player and a better kid, and he's earned the right to make this choice.

"We fought for him. We put together the best package this program has ever put together for one player. At some point, you can't compete with a check from a power-conference school, and I'm not going to apologize for that."

He said the program already had two official visits lined up for the weekend with players in the portal.

Ozark State said in a statement that it would honor Brooks-Harmon's scholarship through the spring semester so he can finish his coursework.

Athletic director Melissa Graham had warned earlier this month that the school could not match the offers its best players were getting.

"If a kid can make a million dollars somewhere else," Graham told the Springfield News-Leader, "I'm not going to be the one who tells him not to. That's the world we live in now."

Senior forward Dre Whitlow, who has one season of eligibility left, posted a broken-heart emoji on X minutes after the announcement. Asked about it Friday, Whitlow said he was happy for his teammate.

"Man, that's my brother," Whitlow told ESPN. "I'd be lying if I said I didn't want him back. But if somebody's offering him life-changing money, what am I supposed to tell him, stay?"

According to On3, Brooks-Harmon is the No. 4 overall player in the portal, behind three guards from power-conference programs.

The NCAA's spring transfer window for men's basketball opened Monday and closes April 22.

Brooks-Harmon, a Joplin, Missouri, native, joined Ozark State as a lightly recruited three-star prospect in 2022 and started every game over the past two seasons.

His mother, Tonya Harmon, said the family planned to take visits next week and hoped to reach a decision by mid-April.

"He's going to take his time," she said. "He's not going anywhere just because somebody waves a number at him."
"""

OZARK_STATE_TRANSFER_PORTAL_EXPECTED = {
    "Ozark State": ("ORG", 7),  # 6 x "Ozark State" (incl. "Ozark State's collective" and one in a quote) + "the Bears" (the team); headline not counted
    "Jaylen Brooks-Harmon": ("PERSON", 9),  # + 5 x "Brooks-Harmon", 2 x "Brooks-Harmon's", "Jaylen" in Villanueva's quote
    "Missouri Valley Conference": ("ORG", 1),  # "the Missouri Valley Conference's leading scorer"; dek not counted
    "NCAA": ("ORG", 2),  # "the NCAA transfer portal", "The NCAA's spring transfer window"
    "Instagram": ("ORG", 1),
    "Joplin": ("GPE", 2),  # "a kid from Joplin" (a quote), "a Joplin, Missouri, native"
    "Drake": ("ORG", 1),  # the university's team
    "Bradley": ("ORG", 1),  # the university's team
    "NIT": ("EVENT", 1),  # the National Invitation Tournament
    "Kansas State": ("ORG", 1),
    "Arkansas": ("ORG", 1),  # the University of Arkansas's team, not the state
    "Texas Tech": ("ORG", 1),
    "ESPN": ("ORG", 2),  # "sources told ESPN", "Whitlow told ESPN"; the byline not counted
    "Terry Villanueva": ("PERSON", 3),  # "coach" is no title of a name; + 2 x "Villanueva"; dek not counted
    "Melissa Graham": ("PERSON", 2),  # "Athletic director"; + "Graham told"
    "Springfield News-Leader": ("ORG", 1),
    "Dre Whitlow": ("PERSON", 3),  # "Senior forward"; + 2 x "Whitlow"
    "X": ("ORG", 1),
    "On3": ("ORG", 1),  # "According to On3", a recruiting site
    "Missouri": ("GPE", 1),  # "a Joplin, Missouri, native"; not inside the conference's name
    "Tonya Harmon": ("PERSON", 1),  # "His mother"; "Harmon" inside "Brooks-Harmon" not counted
}


# /work/round12/quotes/r12-royal-wrekin-corridor-care.txt
ROYAL_WREKIN_CORRIDOR_CARE = """Hospital trust sorry after woman, 89, spent 52 hours on corridor trolley

Laura Fenning
BBC News, Shropshire

14 March 2025

A hospital trust has apologised after an 89-year-old woman spent 52 hours on a trolley in a corridor before a bed became available.

Joan Mallender, from Wellington, was taken to the Royal Wrekin Hospital in Telford with a suspected broken hip on 3 March, her family said.

Her daughter, Karen Mallender, said her mother was left without a call bell and had to shout for help whenever she needed the toilet.

"She was lying under a strip light next to the fire doors for two days and two nights. Nobody should be treated like that, let alone someone who worked as a nurse for 40 years," Ms Mallender told BBC Radio Shropshire.

She added: "The staff were kind, they were run off their feet, but kindness doesn't get you a bed."

Ms Mallender first described her mother's wait in a Facebook post that has since been shared more than 4,000 times.

"My mum gave her life to the NHS and this is how it treats her," she wrote.

Severn Valley Hospitals NHS Trust, which runs the hospital, said Mrs Mallender had been "clinically assessed and monitored throughout" and was moved to a ward on 5 March.

Its chief nurse, Dr Amira Sheikh, said the emergency department had been at its highest level of alert for 11 of the past 14 days.

"We are truly sorry for the experience Mrs Mallender and her family had," she said, "and I have contacted them to apologise in person.

"Corridor care is not something any of us wants to see. It is not safe and it is not dignified, and we are working with our partners to end it."

According to NHS England figures, 1,247 patients waited more than 12 hours in the trust's emergency departments in February, up from 903 a year earlier.

The trust said an average of 140 of its beds a day this winter had been taken by patients who were well enough to leave but could not be discharged because no care was available.

A nurse at the hospital, who asked not to be named, told the BBC that patients were now routinely being cared for in corridors and in a converted staff room.

"We have a corridor rota now. That tells you everything," the nurse said. "Some of us go home and cry."

Telford MP Nadine Corbett said she had written to the Health Secretary to ask for emergency funding for the trust.

"This is not a one-off. Constituents contact me every week about waits at the Royal Wrekin," she said.

Healthwatch Shropshire, which represents patients, said it had received 63 complaints about corridor care since December.

Its chief executive, Rob Haines, said: "Every one of those is a person, not a statistic, and most of them are elderly."

A Department of Health and Social Care spokesperson said: "No patient should be treated in a corridor. We have asked every trust to publish its data on corridor care from April, so patients can see what is happening in their area."

The trust said it would open 24 extra beds at the Royal Wrekin by the end of May and was working with Telford and Wrekin Council to speed up discharges.

Mrs Mallender had surgery on her hip on 6 March and went home last week, her daughter said.
"""

ROYAL_WREKIN_CORRIDOR_CARE_EXPECTED = {
    "Joan Mallender": ("PERSON", 4),  # + 3 x "Mrs Mallender" (the mother)
    "Wellington": ("GPE", 1),  # the Shropshire town
    "Royal Wrekin Hospital": ("ORG", 3),  # + 2 x "the Royal Wrekin"
    "Telford": ("GPE", 2),  # "in Telford", "Telford MP"; not inside "Telford and Wrekin Council"
    "Karen Mallender": ("PERSON", 3),  # + 2 x "Ms Mallender" (the daughter)
    "BBC Radio Shropshire": ("ORG", 1),
    "Facebook": ("ORG", 1),
    "NHS": ("ORG", 1),  # "gave her life to the NHS" (a quote); not inside two longer names
    "Severn Valley Hospitals NHS Trust": ("ORG", 1),
    "Amira Sheikh": ("PERSON", 1),  # "Its chief nurse, Dr Amira Sheikh,"
    "NHS England": ("ORG", 1),  # "According to NHS England figures"
    "BBC": ("ORG", 1),  # "told the BBC"; the byline not counted
    "Nadine Corbett": ("PERSON", 1),  # "Telford MP" is a seat before the name
    "Healthwatch Shropshire": ("ORG", 1),
    "Rob Haines": ("PERSON", 1),
    "Department of Health and Social Care": ("ORG", 1),
    "Telford and Wrekin Council": ("ORG", 1),
}


# /work/round12/contrasts/held12_nbp_rate_cut_remark.txt
NBP_RATE_CUT_REMARK = """Polish central bank walks back governor's 'practically certain' November rate cut

(Corrects paragraph 11 to show September inflation was 2.9%, not 3.1%)

By Marek Sowinski and Karolina Lis

October 10, 2025 3:47 PM GMT+2

WARSAW, Oct 10 (Reuters) - Poland's central bank on Friday distanced itself from Governor Tadeusz Kornacki's remark that an interest rate cut in November was all but guaranteed, saying his words were imprecise and that no decision had been taken.

Kornacki told a news conference on Thursday, a day after the Monetary Policy Council (MPC) left the main rate at 4.50%, that the council was ready to ease again at its next meeting.

"A cut in November is practically certain, unless something extraordinary happens," he said.

In a statement on Friday, the National Bank of Poland (NBP) said the governor's remark on a November cut had been imprecise and should not be read as a commitment. "Any decision will depend on the November projection and on data that the council does not yet have," it said.

NBP spokeswoman Marta Zielinska told Reuters the governor had misspoken when answering a question at the end of the conference and had meant to say that a cut was "possible".

The zloty, which had weakened after Kornacki's comments on Thursday, reversed its early losses on Friday and was 0.3% firmer against the euro at 4.2610 by 1330 GMT.

Traders scaled back bets on a November move. Forward rate agreements priced in about 15 basis points of easing by the end of the year, down from nearly 25 basis points a day earlier.

"It would be a mistake to treat anything said at a news conference as a promise. The council votes on the projection, not on the governor's mood," said Piotr Kaczmarczyk, chief economist at Bank Millennium.

Economists at PKO BP disagreed with the central bank's softer tone, saying in a note that falling inflation left the council little reason to wait beyond November.

The NBP also denied a report in the daily Rzeczpospolita that it was preparing to sell euros from its reserves to support the zloty, calling the report "completely unfounded".

Consumer prices rose 2.9% year-on-year in September, within the bank's tolerance band of 1.5% to 3.5% for a second month, according to the statistics office.

DEFICIT FORECAST PULLED

The clarification came a day after the finance ministry removed a document from its website that showed a general government deficit of 6.9% of GDP in 2026. The draft budget the government approved in September puts next year's deficit at 6.5%.

Deputy Finance Minister Pawel Jedrzejczak said on Thursday the document was a working draft that had been published by mistake and did not reflect the ministry's forecast. "Our forecast for next year remains 6.5% of GDP," he said.

Opposition lawmakers accused the government of hiding the true state of public finances. Finance Minister Tomasz Rybarczyk rejected the accusation as "political theatre", saying all forecasts would be published with the budget.

Poland is under the European Union's excessive deficit procedure, and the European Commission is due to assess the country's plans in November.

Ratings agency Fitch, which has a negative outlook on Poland's A- rating, said in a note that the episode "does not change our assessment" but that it would watch the final budget closely.

Warsaw's blue-chip WIG20 index was 0.8% higher, extending its recovery after a correction of nearly 6% in late September.

(Reporting by Marek Sowinski and Karolina Lis; Editing by Tom Ashworth and Clara Benning)
"""

NBP_RATE_CUT_REMARK_EXPECTED = {
    "Warsaw": ("GPE", 2),  # the dateline "WARSAW" + "Warsaw's blue-chip WIG20 index"
    "Reuters": ("ORG", 2),  # the dateline "(Reuters)" + "told Reuters"; byline and sign-off not in the body
    "Poland": ("GPE", 3),  # 2 x "Poland's" + "Poland is under"; not inside "National Bank of Poland"
    "Tadeusz Kornacki": ("PERSON", 3),  # "Governor" is a title; + "Kornacki told", "Kornacki's comments"
    "Monetary Policy Council": ("ORG", 2),  # + "(MPC)"
    "National Bank of Poland": ("ORG", 4),  # + 3 x "NBP" (incl. the bracket and "NBP spokeswoman"); "the central bank" not counted
    "Marta Zielinska": ("PERSON", 1),  # "NBP spokeswoman" is no title of a name
    "Piotr Kaczmarczyk": ("PERSON", 1),  # "chief economist at Bank Millennium"
    "Bank Millennium": ("ORG", 1),
    "PKO BP": ("ORG", 1),
    "Rzeczpospolita": ("ORG", 1),  # "the daily Rzeczpospolita"
    "Pawel Jedrzejczak": ("PERSON", 1),  # "Deputy Finance Minister" is a title
    "Tomasz Rybarczyk": ("PERSON", 1),  # "Finance Minister" is a title
    "European Union": ("ORG", 1),  # "the European Union's excessive deficit procedure"
    "European Commission": ("ORG", 1),
    "Fitch": ("ORG", 1),  # "Ratings agency Fitch"
}


# /work/round12/contrasts/held12_circle_line_stalled_train.txt
CIRCLE_LINE_STALLED_TRAIN = """SMRT admits train was stalled in tunnel for 40 minutes during Circle Line breakdown

Operator had earlier said no commuters were stranded; Transport Ministry says Senior Minister of State misspoke on line’s record

Nadia Rahim
Transport Correspondent

Published Mar 20, 2025, 06:15 PM
Updated Mar 20, 2025, 09:32 PM

SINGAPORE – SMRT on March 20 said one of its trains had been stuck in a tunnel with about 300 passengers on board for 40 minutes during the Circle Line breakdown the day before, correcting its earlier statement that no trains had stalled between stations.

“Our statement yesterday that all trains reached the nearest station was wrong, and we apologise to the commuters who were on that train,” said SMRT Trains president Daniel Koh in a statement.

The rail operator had said on the evening of March 19 that “all affected trains were able to reach the nearest station, and no commuters were stranded in tunnels”.

Commuters soon disputed this on social media, with one passenger posting a video on Reddit that showed people sitting on the floor of a darkened carriage near Kent Ridge station.

SMRT said the train, travelling towards HarbourFront, stopped about 400m from Kent Ridge after losing power at 8.12am, and that staff led passengers along the track to the station at about 8.50am.

Mr Koh said the first statement had been based on an incomplete report from the operations control centre. “We should have checked before we said it,” he added.

Train services between Buona Vista and HarbourFront stations were disrupted for about six hours on March 19, affecting an estimated 120,000 commuters during the morning peak.

The Land Transport Authority (LTA) said the breakdown was caused by a damaged power cable near one-north station. Engineers corrected the fault by replacing a 30m section of the cable, and services resumed at 2.05pm, it said.

Trains on the rest of the line were reversed at Buona Vista and Telok Blangah so that service could continue on the unaffected stretches.

LTA also said claims circulating on TikTok that the breakdown was caused by sabotage were false.

Speaking to reporters at Buona Vista station on the afternoon of March 19, Senior Minister of State for Transport Ong Kah Seng said the Circle Line had “not had a disruption of this length in more than five years”.

On March 20, a spokeswoman for the Ministry of Transport (MOT) said Mr Ong had misspoken, as the line had a disruption of about five hours near Paya Lebar station in October 2023.

“Mr Ong was thinking of the western stretch of the line when he answered. We regret the error,” she said.

SMRT separately denied a report in Lianhe Zaobao that it had cut the number of maintenance staff on the Circle Line by a fifth since 2022. “Our maintenance headcount for the line has gone up, not down,” an SMRT spokesman said.

Workers’ Party MP Gerald Tan Jun Hao said he disagreed with the ministry’s view that the line’s reliability had improved, and that he would file parliamentary questions on the breakdown.

Commuters said bridging bus services on March 19 were slow to arrive and crowded.

“I made the mistake of waiting for the train to come back. I should have walked to the bus stop at 8.30am,” said Ms Sharon Ng, 34, who works at a bank near one-north station and reached her office at 11am.

Another commuter, Mr Faisal Rahman, 52, said he was on the stalled train and had not received any apology from SMRT until he read its statement on March 20.

“It was hot, it was dark and nobody told us anything for half an hour,” he said.

LTA said it would publish a draft of its updated rail reliability framework by the end of the year, including new rules on how operators communicate with commuters during a breakdown.

SMRT said commuters who were on the stalled train can contact its customer service hotline for a refund of their fares.
"""

CIRCLE_LINE_STALLED_TRAIN_EXPECTED = {
    "Singapore": ("GPE", 1),  # the dateline "SINGAPORE –"
    "SMRT": ("ORG", 6),  # 6 x; not inside "SMRT Trains"; headline not counted
    "Circle Line": ("FAC", 3),  # a rail line; headline not counted
    "SMRT Trains": ("ORG", 1),  # "SMRT Trains president Daniel Koh"
    "Daniel Koh": ("PERSON", 2),  # + "Mr Koh"
    "Reddit": ("ORG", 1),
    "Kent Ridge": ("FAC", 2),  # "near Kent Ridge station", "about 400m from Kent Ridge"
    "HarbourFront": ("FAC", 2),  # "between Buona Vista and HarbourFront stations", "travelling towards HarbourFront"
    "Buona Vista": ("FAC", 3),  # stations: "between Buona Vista and HarbourFront stations", "reversed at Buona Vista and Telok Blangah", "at Buona Vista station"
    "Land Transport Authority": ("ORG", 4),  # + 3 x "LTA" (incl. the bracket)
    "one-north": ("FAC", 2),  # "near one-north station" 2 x
    "Telok Blangah": ("FAC", 1),
    "TikTok": ("ORG", 1),
    "Ong Kah Seng": ("PERSON", 3),  # "Senior Minister of State for Transport" is a title; + 2 x "Mr Ong"
    "Ministry of Transport": ("ORG", 2),  # + "(MOT)"; "the ministry's view" not counted; dek "Transport Ministry" not counted
    "Paya Lebar": ("FAC", 1),
    "Lianhe Zaobao": ("ORG", 1),
    "Workers’ Party": ("ORG", 1),  # "Workers’ Party MP Gerald Tan Jun Hao"
    "Gerald Tan Jun Hao": ("PERSON", 1),
    "Sharon Ng": ("PERSON", 1),  # "Ms Sharon Ng, 34,"
    "Faisal Rahman": ("PERSON", 1),  # "Mr Faisal Rahman, 52,"
}


# /work/round12/contrasts/held12_tereminol_dementia_release.txt
TEREMINOL_DEMENTIA_RELEASE = """University pulls press release that said supplement cut dementia risk by 40%

Lead researcher says he 'misspoke' when he told a TV station the pill could reverse memory loss

By Julia Mertens

June 12, 2025

Bellhaven University has withdrawn a press release that said a daily supplement cut the risk of dementia by 40%, acknowledging that the study it promoted did not show anything of the kind.

The release, sent to reporters under embargo on June 4, said that older adults who took the supplement, tereminol, for three years were "40% less likely to develop dementia than those who took a placebo."

The study, published June 9 in the journal Neurology Open, did not count dementia diagnoses at all. It followed 412 adults aged 65 to 80 with mild memory complaints and compared their scores on a battery of cognitive tests.

On Tuesday, the university replaced the release on its website with a note saying the release had overstated the findings of the study and should not have been issued in that form.

"The 40% figure came from an early summary that was never checked against the paper. That was a mistake, and it is ours," Karen Lindahl, a spokesperson for Bellhaven, told STAT.

The walk-back comes after the study's lead author, neurologist Thomas Reinholt, told a local television station on June 9 that tereminol "can actually reverse memory loss in people who are starting to struggle."

On Wednesday, Reinholt said in an email to STAT that he had misspoken. "What we saw was a slower decline on some of the tests, not a reversal, and not in everyone. I should have been much more careful with my words," he wrote.

The paper itself has also been corrected. As first published, it reported that participants taking tereminol had a 38% slower decline on a test of verbal memory than those on placebo.

A correction notice published by Neurology Open on Wednesday, at the authors' request, says a coding error counted 23 placebo participants twice and that the true difference was 19%. The authors said in the notice that the error did not change the direction of their findings.

Outside researchers said the corrected result was modest. "A 19% difference on one memory test, in a study of 400 people, is something you would want to see replicated before anyone changes what they eat," said Amy Castellanos, a neurologist at the University of California, San Diego, who was not involved in the study.

"It would be a mistake to tell patients that any supplement can prevent dementia," she said.

Other researchers disagreed with Reinholt's view, set out in the paper, that the results justify a larger trial. Paul Okwuosa, an epidemiologist at Emory University, said the study's dropout rate of nearly 30% made its results hard to interpret.

A 2021 study from a group in Germany found that the compound reversed memory deficits in aged mice, which led to a wave of interest in tereminol among supplement makers. An earlier draft of the Bellhaven paper was posted on a preprint server last October.

The study was funded in part by Veridia Nutrition, which sells tereminol capsules online for $49 a month. The company rejected suggestions that it had influenced the study, saying it had no role in the design, analysis or writing of the paper.

Bellhaven also denied a report in the Milwaukee Journal Sentinel that Reinholt holds shares in Veridia, saying he had no financial ties to the company beyond the research grant.

The press release was picked up by dozens of news outlets before the embargo lifted. The editor-in-chief of Neurology Open, Sunita Varma, said the health news site HealthPulse had broken the embargo by publishing a story on June 7.

HealthPulse denied breaking the embargo, saying it had received the release from a source who did not mention any embargo conditions.

Varma said the journal would review how it handles press releases from universities. "We are not the press office's editor, but we can ask to see what is being said about papers before it goes out," she said.

Sales of tereminol on Amazon rose more than fivefold in the week after the release, according to the market research firm Jungle Metrics.
"""

TEREMINOL_DEMENTIA_RELEASE_EXPECTED = {
    "Bellhaven University": ("ORG", 4),  # + 3 x "Bellhaven" ("a spokesperson for Bellhaven", "the Bellhaven paper", "Bellhaven also denied")
    "Neurology Open": ("ORG", 3),  # the journal
    "Karen Lindahl": ("PERSON", 1),
    "STAT": ("ORG", 2),  # "told STAT", "in an email to STAT"
    "Thomas Reinholt": ("PERSON", 4),  # "neurologist" is no title of a name; + 2 x "Reinholt", "Reinholt's view"
    "Amy Castellanos": ("PERSON", 1),
    "University of California, San Diego": ("ORG", 1),  # one name with its comma
    "Paul Okwuosa": ("PERSON", 1),
    "Emory University": ("ORG", 1),
    "Germany": ("GPE", 1),
    "Veridia Nutrition": ("ORG", 2),  # + "shares in Veridia"
    "Milwaukee Journal Sentinel": ("ORG", 1),
    "Sunita Varma": ("PERSON", 2),  # + "Varma said"
    "HealthPulse": ("ORG", 2),  # an (invented) health news site
    "Amazon": ("ORG", 1),
    "Jungle Metrics": ("ORG", 1),  # an (invented) market research firm
}


ROUND12 = {
    "akita_bear_troops": (AKITA_BEAR_TROOPS, AKITA_BEAR_TROOPS_EXPECTED),
    "ozark_state_transfer_portal": (OZARK_STATE_TRANSFER_PORTAL, OZARK_STATE_TRANSFER_PORTAL_EXPECTED),
    "royal_wrekin_corridor_care": (ROYAL_WREKIN_CORRIDOR_CARE, ROYAL_WREKIN_CORRIDOR_CARE_EXPECTED),
    "nbp_rate_cut_remark": (NBP_RATE_CUT_REMARK, NBP_RATE_CUT_REMARK_EXPECTED),
    "circle_line_stalled_train": (CIRCLE_LINE_STALLED_TRAIN, CIRCLE_LINE_STALLED_TRAIN_EXPECTED),
    "tereminol_dementia_release": (TEREMINOL_DEMENTIA_RELEASE, TEREMINOL_DEMENTIA_RELEASE_EXPECTED),
}
