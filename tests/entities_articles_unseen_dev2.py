"""DEV2: entity gold for nine more articles of earlier quotes/contrasts rounds, DEV for the entity stage;
annotated by hand from the texts alone (tests/data/quotes_unseen/r5-measles-cases, r5-port-strike,
r5-taunton-thriller and tests/data/contrasts_unseen/held5_flu_spray, held5_hospice_fraud, held5_parcel_hub,
held6_airline_rebooking, held6_nursing_offers, held6_thermostat_update), without running the pipeline or
reading the extractor's code.  Same shape as entities_dev.py: TEXT (the file's exact content) and *_EXPECTED
(canonical name -> (TYPE, body mentions)); only PERSON / ORG / GPE are scored, other types are marked for
completeness.  Every count was made by hand and cross-checked with a whole-word count of the assigned
surface forms over the body (names inside longer names masked).

Conventions as in entities_round8.py / entities_dev.py: the headline, the dek and the byline / date lines
(here also "By Alastair Kemble at Taunton", "By Dana Kowalczyk, Senior Editor, Parcel & Last Mile", "Ciarán
Doherty, Transport Correspondent", "Tue Jun 17 2025 - 06:00") are front matter and not counted; a dateline
counts as body ("ROTTERDAM, Oct 14 (Reuters)"); persons under the fullest form without titles (Dr., Dr,
Superintendent, County Commissioner, Professor, Minister, Recorder, State Rep., Mr, Ms) or post-nominals
(KC), surname-only, first-name-only ("Graham" in Merriman's quote) and possessive mentions under it; a name
inside a longer name is not a mention of its own ("Kittredge" in "Kittredge Unified School District",
"Rotterdam" in "Port of Rotterdam Authority", "Somerset" in "BBC Radio Somerset", "England" in "England and
Wales Cricket Board", "Hearthly" in "Hearthly Core" / "Hearthly Plus", "Columbus" in "Columbus Mayor’s
Office", "Ireland" in "AirNav Ireland" / "Consumers’ Association of Ireland", "Clare" in "Clare FM",
"Antwerp" in "Antwerp-Bruges"); only the name is marked in hyphenated words ("Shannon-based"); lower-case
references ("the county", "the state" in "the state Department of Health", "the health department", "the
university", "the trust", "the hospice", "the local", "the department", "the commission", "the Minnesota
attorney general’s office", "the Minnesota legislature", "Norwich crown court") are not names of their
own; clubs named by a place are ORG (Somerset, Surrey, Essex); X, Instagram, Reddit are ORG; newspapers,
journals, broadcasters and trade titles are ORG (The Ledger, Journal of Respiratory Medicine, RTÉ News,
Clare FM, BBC Radio Somerset, Parcel & Last Mile); "UK" -> United Kingdom, "EU" -> European Union (as
"Britain" -> United Kingdom in the hold-out gold); "Dáil" is ORG (as Holyrood, Bundestag).

Judgement calls: the Reuters trailer "(Reporting by Pieter Hoekstra in Rotterdam and Claire Dumont in
Brussels; Editing by Mark Potter)" is a credit line like the byline and is not counted (counting it would
add Rotterdam +1, Brussels 1 and three PERSONs); "VRHO", never expanded, is kept as the acronym (as DA,
UCI); "the Maasvlakte terminals" counts the port district Maasvlakte as GPE (as Tuas, "Vyttila station");
"Antwerp-Bruges" (the merged port the calls are diverted to) is one name, FAC, apart from the city
"Antwerp"; "the Maas estuary" counts the river Maas (LOC, as Periyar); "Benny" in Pryce's quote is the
captain Ben Haworth (first-name form counted under him, as "Randy", "Harvey"); "Former England
off-spinner" is the England team, ORG "England" (a team named by a place, as the county clubs); "a
Championship match" counts under County Championship (EVENT, as "Castilla" -> Castilla Pro); "a professor
... at Northfield" is the university's short form, counted under University of Northfield; "Columbus
Mayor’s Office" is one ORG name, while "the Columbus hub / facility / team / workers", "a Columbus closure"
and "Columbus is one of its older facilities" (the hub named by its city) count the GPE Columbus (as "Uig
pier", "Harrisburg"); "Kittredge County health officials" is the GPE; "the state Department of Health"
gives ORG "Department of Health"; "Midwest", "upper Midwest" and "Southeast" (US regions, not political
units) are LOC; "Hearthly smart thermostats" counts the company (a brand use, as "LCB share"), the
products "Hearthly Core" and "Hearthly Plus" are PRODUCT; "Central" (the time zone), "MMR" (the vaccine),
"Bachelor of Nursing" (a degree), "Christmas", "Minister of State", "Deputy Vice-Chancellor (Academic)"
and "Tertiary Education Minister" (titles) are not marked."""

# tests/data/quotes_unseen/r5-measles-cases.txt
MEASLES_CASES = """Measles cases climb to 23 in Kittredge County as health officials push shots before school starts

By Jenna Morales, Staff Writer

Aug. 6, 2025

Kittredge County health officials confirmed nine more measles cases Tuesday, bringing the total in the county's outbreak to 23 and prompting a last-minute push to get children vaccinated before classes start later this month.

All but two of the cases are in children, and 20 of the 23 people infected had not received any doses of the measles, mumps and rubella vaccine, said Dr. Rosa Delgado, the county's health officer. Four children have been hospitalized. None has died.

"This is the outbreak we have been worried about for five years," Delgado said at a briefing at the county health building on Fourth Street. "Measles is not a mild illness, and it does not stay in one neighborhood. It goes wherever unvaccinated people go."

The county will run free walk-in vaccination clinics at three elementary schools on Saturday and the following two Saturdays, she said. No appointment or insurance is needed.

Delgado said many parents who skipped the vaccine were not opposed to it but had fallen behind during the pandemic and never caught up. Others, she said, have been swayed by what they read online.

"People tell me, 'I had measles as a kid and I was fine,'" she said. "Some kids were fine. Some kids went deaf. Before the vaccine, hundreds of children in this country died of it every year."

The first case was reported July 14 in a child who had returned from international travel, according to the state Department of Health. The department said in a statement that it was sending two epidemiologists to help the county trace contacts and that it considered the risk to the wider public "low but rising."

Superintendent Mark Feeney told the school board Monday night that the district would follow state law, which allows medical, religious and personal exemptions but lets health officials bar unvaccinated students from school during an outbreak.

"We are not going to be the ones deciding who has measles and who doesn't," Feeney said. "If the health department tells us a student needs to stay home for 21 days, that student will stay home. We'll send the work home with them."

About 11% of kindergartners in the Kittredge Unified School District had an exemption on file last school year, according to district figures, compared with about 5% statewide.

Dr. Samir Haddad, a pediatrician at Valley Children's Clinic in Easton, said his office had given more MMR shots in the past two weeks than in the previous three months.

"The phones haven't stopped," Haddad said. "A lot of these are parents who told me a year ago they wanted to wait. I don't judge them for that. I'm just glad they came in."

He said the clinic had set aside extra appointments in the evenings for working parents.

Not every parent is convinced. At Monday's school board meeting, several parents said the district was overreacting and asked that exemptions be respected. Kristen Albers, a mother of three whose children are not vaccinated, said her family had made its decision after "a lot of reading and a lot of prayer."

"I'm not anti-anybody," Albers said. "I just want the right to make medical decisions for my own kids without being treated like a criminal."

County Commissioner Ron Tilley, who has criticized the health department's budget in the past, said he supported the clinics but questioned whether excluding healthy children from class was "the right call."

"Keeping a kid home for three weeks is a big deal for a single mom who works two jobs," Tilley said.

Delgado said exclusion rules exist for a reason. Measles is so contagious, she said, that a person can catch it in a room up to two hours after an infected person has left.

"We don't do this to punish anybody," she said. "We do this because a baby who is too young for the vaccine can't protect herself. We protect her by making sure the people around her are protected."

Health officials said anyone who develops a high fever followed by a rash should call a doctor or urgent care before going in, so staff can prevent exposure in waiting rooms.

Information on the Saturday clinics is available on the county's website or by calling the health department.
"""

MEASLES_CASES_EXPECTED = {
    "Kittredge County": ("GPE", 1),  # not inside Kittredge Unified School District; "the county" not counted
    "Rosa Delgado": ("PERSON", 4),
    "Fourth Street": ("FAC", 1),  # the street (as Elm Street)
    "Department of Health": ("ORG", 1),  # "the state Department of Health"; "the department", "the health department" not counted
    "Mark Feeney": ("PERSON", 2),
    "Kittredge Unified School District": ("ORG", 1),
    "Samir Haddad": ("PERSON", 2),
    "Valley Children's Clinic": ("ORG", 1),  # clinics ORG, like hospitals
    "Easton": ("GPE", 1),
    "Kristen Albers": ("PERSON", 2),
    "Ron Tilley": ("PERSON", 2),
}


# tests/data/quotes_unseen/r5-port-strike.txt
PORT_STRIKE = """Rotterdam dockworkers strike for 48 hours as wage talks collapse

By Pieter Hoekstra and Claire Dumont

ROTTERDAM, Oct 14 (Reuters) - Thousands of dockworkers at Rotterdam, Europe’s busiest port, walked off the job on Tuesday in a 48-hour strike over pay and automation, halting work at the main container terminals and leaving dozens of ships waiting at anchor in the North Sea.

The stoppage was called by the port workers’ union Havenbond after talks with terminal operators broke down late on Monday. The union is seeking a 7% pay rise this year and a guarantee that no jobs will be lost as the terminals bring in more automated cranes and driverless vehicles.

“We did not want this, but the employers left us no choice,” Havenbond negotiator Henk Verbeek told reporters outside the gates of the Maasvlakte terminals, where several hundred workers had gathered before dawn. “They want the robots, and they want us to pay for them.”

Verbeek said the union had offered to accept a smaller rise in exchange for a written job guarantee running to 2030, but that the employers had refused to put anything on paper.

The terminal operators’ association, VRHO, said the union’s demands would add more than 90 million euros to its members’ costs over three years.

“Nobody is talking about mass redundancies,” said the association’s chairwoman, Ingrid Bakker. “We are talking about staying competitive with Antwerp and Hamburg. If we stand still, the cargo goes elsewhere, and then everyone loses.”

She said the employers’ final offer of 4.5% plus a one-off payment “remains on the table” and that the association was ready to resume talks “at any moment”.

A spokesman for the Port of Rotterdam Authority said about 40 container vessels were affected. Tankers and bulk carriers, which use separate terminals, were operating normally, he said, and the port was “fully open” for other traffic.

Danish carrier Nordvik Line said in an advisory to customers that it would divert some calls to Antwerp-Bruges and warned of “significant delays” for cargo bound for the Netherlands and Germany.

Analysts said the disruption would ripple through European supply chains just as retailers build up stock for the Christmas season.

“Two days is manageable. Two weeks would be a very different story,” said Sofia Marchetti, a senior analyst at the consultancy Drewford Maritime. “As a rule of thumb, the backlog from a stoppage takes about three times as long to clear as the stoppage itself, so retailers will be feeling this well into November.”

According to the ship-tracking firm MarineScope, 37 container ships were waiting at anchor off the Maas estuary by Tuesday afternoon, up from nine on Sunday.

On the picket line, workers said automation was their main worry. Jeroen de Wit, 52, who has driven straddle carriers at the port for 26 years, said half the men he started with were already gone.

“They keep telling us the machines will make the work safer,” he said. “Safer, yes. Because there won’t be any work.”

Dutch infrastructure minister Lotte Vermeulen urged both sides to resume negotiations. “I call on both parties to sit down today, not next week,” she wrote on X. In parliament later on Tuesday she said the government had no plans to intervene, describing wage bargaining as “a matter for the social partners”.

Verbeek, speaking by telephone in the evening, said the union would return to the table as soon as the employers were willing to discuss the guarantee.

“If they come back with a serious offer, we will be there the same afternoon,” he said. “But a serious offer means a guarantee on paper. Promises at a press conference are worth nothing to a man with a mortgage.

“We have been here before, in 2016. We know how this ends if we don’t hold firm.”

The strike is due to end at 6 a.m. on Thursday. Havenbond has said further stoppages are possible if there is no agreement by the end of the month.

(Reporting by Pieter Hoekstra in Rotterdam and Claire Dumont in Brussels; Editing by Mark Potter)
"""

PORT_STRIKE_EXPECTED = {
    "Rotterdam": ("GPE", 2),  # dateline "ROTTERDAM" + "dockworkers at Rotterdam"; not inside Port of Rotterdam Authority; trailer not counted
    "Reuters": ("ORG", 1),  # dateline
    "Europe": ("LOC", 1),
    "North Sea": ("LOC", 1),
    "Havenbond": ("ORG", 3),  # "the union" not counted
    "Henk Verbeek": ("PERSON", 3),
    "Maasvlakte": ("GPE", 1),  # "the Maasvlakte terminals": the port district (as Tuas)
    "VRHO": ("ORG", 1),  # kept as the acronym (as DA, UCI); "the association" not counted
    "Ingrid Bakker": ("PERSON", 1),
    "Antwerp": ("GPE", 1),  # "Antwerp and Hamburg"; not inside Antwerp-Bruges
    "Hamburg": ("GPE", 1),
    "Port of Rotterdam Authority": ("ORG", 1),
    "Danish": ("NORP", 1),
    "Nordvik Line": ("ORG", 1),
    "Antwerp-Bruges": ("FAC", 1),  # the merged port (one name), not the two cities
    "Netherlands": ("GPE", 1),
    "Germany": ("GPE", 1),
    "European": ("NORP", 1),
    "Sofia Marchetti": ("PERSON", 1),
    "Drewford Maritime": ("ORG", 1),
    "MarineScope": ("ORG", 1),
    "Maas": ("LOC", 1),  # "the Maas estuary": the river (as Periyar)
    "Jeroen de Wit": ("PERSON", 1),
    "Dutch": ("NORP", 1),
    "Lotte Vermeulen": ("PERSON", 1),
    "X": ("ORG", 1),  # "she wrote on X"
}


# tests/data/quotes_unseen/r5-taunton-thriller.txt
TAUNTON_THRILLER = """Teenager Pryce holds nerve as Somerset edge Surrey by one wicket

By Alastair Kemble at Taunton

Friday 12 September 2025

Somerset kept their County Championship title hopes alive with a one-wicket victory over Surrey at Taunton on Thursday evening, their No 11 Owen Pryce, a 19-year-old playing only his third first-class match, hitting the winning boundary with the last pair together and six runs needed.

Chasing 251 on a pitch that had offered sharp turn since the second morning, Somerset slumped to 142 for seven before a stand of 87 between their captain, Ben Haworth, and the wicketkeeper Luis Carrera dragged them back into the game. When both fell in the space of four balls, Surrey looked favourites.

Pryce, who had never previously scored more than 12 in a first-class innings, had other ideas. After blocking out an over from Surrey’s leg-spinner Farhan Qadir, he drove the next ball from the seamer Tom Lusk through extra cover for four, then clipped two to leg to finish the match.

“I honestly don’t remember much of it,” Pryce said afterwards, still in his pads. “Benny told me to watch the ball and not look at the scoreboard, so that’s what I did. When it went for four I just heard the noise.”

The Somerset dressing room emptied on to the outfield. Haworth, who made 71, described it as one of the best days of his career.

“To do it like that, with a kid from Bridgwater hitting the runs, in front of a full house here, you can’t write it,” he said. “We’ve been up and down this season, but that’s the sort of win that can carry a team.

“We’re still behind, we know that. But we’re not out of it, and nobody in that room thinks we are.”

Somerset are now 14 points behind the leaders, Surrey, with two rounds to play.

Surrey’s head coach, Gareth Pemberton, said his side had been “outplayed for about an hour” and had only themselves to blame. “We had them seven down and a long way short,” he said. “You have to close those games out, and we didn’t. That’s on all of us, me included.”

Pemberton defended his decision to bowl Lusk rather than Qadir in the final over, saying the seamer had been the better bowler on the day. “If we’d lost with the spinner on, you’d be asking me why I didn’t go with pace,” he said.

The pitch, which produced 27 wickets for spinners across the four days, was the subject of some grumbling in the Surrey camp. One senior player, who did not want to be named, called it “a beach by day three”. A spokesperson for the England and Wales Cricket Board said the pitch would be assessed in the usual way by the match referee, and that no report had been lodged.

Former England off-spinner Graham Naylor, commentating for BBC Radio Somerset, said the surface had been “testing but fair”, and that Surrey’s batsmen had been undone by their own caution in the second innings.

“You can’t just survive on a pitch like that, you have to have a way of scoring,” Naylor said. “Somerset found one. Surrey didn’t.”

Carrera, who made 48, paid tribute to the younger man. “He walked out like he was going to the shop,” the wicketkeeper said. “Not a care in the world.”

The crowd of 6,800 was the biggest at Taunton for a Championship match since 2019, according to the club. Supporters stayed long after the finish to sing on the outfield.

“I’ve been coming here 40 years and I’ve never seen anything like it,” said Margaret Hollis, from Wellington, who was celebrating her 70th birthday. “My husband said we should leave at tea. I’m glad I didn’t listen.”

Somerset travel to Chelmsford to play Essex next week. Pryce, who is studying for a sports science degree at the University of Bath, said he would be back in lectures on Monday.

“My lecturer said I could have the week off if we won,” he said, grinning. “I’m not sure he meant it.”
"""

TAUNTON_THRILLER_EXPECTED = {
    "Somerset": ("ORG", 6),  # the county club; not inside BBC Radio Somerset
    "County Championship": ("EVENT", 2),  # + "a Championship match"
    "Surrey": ("ORG", 8),  # the county club
    "Taunton": ("GPE", 2),  # byline "at Taunton" not counted
    "Owen Pryce": ("PERSON", 4),
    "Ben Haworth": ("PERSON", 3),  # + "Benny told me" in Pryce's quote
    "Luis Carrera": ("PERSON", 2),
    "Farhan Qadir": ("PERSON", 2),
    "Tom Lusk": ("PERSON", 2),
    "Bridgwater": ("GPE", 1),
    "Gareth Pemberton": ("PERSON", 2),
    "England and Wales Cricket Board": ("ORG", 1),
    "England": ("ORG", 1),  # "Former England off-spinner": the team; not inside England and Wales Cricket Board
    "Graham Naylor": ("PERSON", 2),
    "BBC Radio Somerset": ("ORG", 1),
    "Margaret Hollis": ("PERSON", 1),
    "Wellington": ("GPE", 1),  # Wellington, Somerset
    "Chelmsford": ("GPE", 1),
    "Essex": ("ORG", 1),  # the county club ("to play Essex")
    "University of Bath": ("ORG", 1),
}


# tests/data/contrasts_unseen/held5_flu_spray.txt
FLU_SPRAY = """University corrects press release on flu nasal spray trial; lead researcher says she ‘got ahead of the data’

By Nadia Farouk, Health Reporter

Jan. 22, 2026

A university in Minnesota has corrected a press release that said an experimental nasal spray cut the risk of catching the flu by 70%, after the scientist who led the trial acknowledged the figure came from a small subgroup of participants and did not describe the study as a whole.

The release, issued by the University of Northfield on Jan. 12, said the spray, a nightly dose of a protein that blocks influenza from attaching to cells in the nose, “reduced laboratory-confirmed influenza by 70% compared with placebo” in a trial of 1,840 adults last winter. It was picked up by dozens of news outlets and shared widely on social media.

The trial’s published results, which appeared the same day in the Journal of Respiratory Medicine, tell a more modest story. Across all participants, the spray reduced confirmed flu cases by 23%, a difference the authors describe as statistically significant but “moderate.” The 70% figure applied only to a group of 212 participants who used the spray every night without missing a dose.

On Friday the university replaced the release with a corrected version. A note at the top reads: “An earlier version of this release overstated the trial’s main result. The spray reduced confirmed influenza by 23% among all participants; the 70% reduction was seen in a subgroup of participants with full adherence.”

“We take accuracy in our communications seriously, and the original release did not meet that standard,” said Mark Ellery, the university’s vice president for communications. He said the release had been reviewed by the research team before it was published and that the university was looking at how the error got through.

The trial’s lead investigator, Dr. Helen Osterberg, a professor of infectious diseases at Northfield, had also gone further than the paper in interviews. Appearing on a morning television program on Jan. 13, she said the spray “could replace the flu shot for a lot of people who hate needles.”

In an interview on Tuesday, Osterberg said that comment was a mistake.

“I got ahead of the data, and I regret it,” she said. “Nothing in this trial tells you to skip your flu shot. The vaccine protects against severe illness, and we didn’t study that at all. If anyone heard me and decided not to get vaccinated, I want to be very clear: please get vaccinated.”

She said she still believed the spray was promising, particularly for people who cannot receive some vaccines, and that a larger trial was being planned.

Outside researchers said the episode was a familiar one. Dr. Kwame Asante, an epidemiologist at the University of Wisconsin who was not involved in the study, said subgroup results like the 70% figure often shrink or disappear in larger trials.

“People who take every single dose are different from people who don’t, in ways that have nothing to do with the drug,” Asante said. “They tend to be healthier and more careful. That’s why you never lead with that number.” But he said it would be a mistake to dismiss the trial. “A 23% reduction from a cheap nasal spray is not nothing.”

The spray is made by Ventrix Bio, a startup in St. Paul that helped fund the trial. A company spokesperson said Ventrix had no role in writing or approving the university’s press release and had not been shown it before it was issued. The company denied that it planned to apply for approval this year, saying it was waiting for the results of the larger trial.

The Food and Drug Administration rejected an application for a different nasal flu product, made by another company, in 2023, citing insufficient evidence of benefit.

Some of the news organizations that reported the 70% figure have updated their stories. Science Press Watch, a media watchdog, said in a post on Wednesday that the case showed why journalists should read a study before writing about a press release.

Osterberg said she had learned from the experience. “The science was solid. The way we talked about it wasn’t,” she said. “That’s on me as much as anyone.”
"""

FLU_SPRAY_EXPECTED = {
    "Minnesota": ("GPE", 1),
    "University of Northfield": ("ORG", 2),  # + "a professor ... at Northfield"; "the university" not counted
    "Journal of Respiratory Medicine": ("ORG", 1),  # the journal (publications ORG)
    "Mark Ellery": ("PERSON", 1),
    "Helen Osterberg": ("PERSON", 3),
    "Kwame Asante": ("PERSON", 2),
    "University of Wisconsin": ("ORG", 1),
    "Ventrix Bio": ("ORG", 2),  # + "Ventrix had no role"
    "St. Paul": ("GPE", 1),
    "Food and Drug Administration": ("ORG", 1),
    "Science Press Watch": ("ORG", 1),
}


# tests/data/contrasts_unseen/held5_hospice_fraud.txt
HOSPICE_FRAUD = """Hospice treasurer ‘spent charity’s money on villa and racehorse’, jury told

Former trustee denies fraud, saying transfers were approved loans

By Harriet Coombs, Courts Correspondent

Wednesday 4 March 2026

A former treasurer of a Norfolk hospice charity used more than £340,000 of donations to pay for a holiday villa in Portugal, a share in a racehorse and his daughter’s wedding, a court has heard.

Graham Pettifer, 61, of Wymondham, was the volunteer treasurer of St Edmund’s Hospice Trust for nine years until he resigned in 2023. He denies four counts of fraud by abuse of position and one count of false accounting.

Opening the prosecution’s case at Norwich crown court on Tuesday, Charlotte Ainsworth KC told the jury that Pettifer had made 61 transfers from the charity’s reserve account to accounts he controlled between 2017 and 2023, disguising them in the trust’s books as payments to building contractors and medical suppliers.

“This was not a man who made an honest mistake with a spreadsheet,” she said. “This was a man who treated a hospice’s savings as his own current account, and who went to considerable lengths to make sure nobody noticed.”

The jury heard that the transfers came to light when a new finance manager, Priya Lal, could not match several invoices to any work carried out at the hospice, which cares for about 400 patients a year.

Pettifer’s case is that the trust’s then chair had approved the transfers as short-term loans, to be repaid from the sale of a property he owned in Spain, and that he intended to repay every penny. He told police in interview that he had “never hidden anything from anyone”.

Ainsworth said there was no record in any board minutes of a loan being discussed, and that the property in Spain had been sold in 2019 without any money being returned to the charity.

The former chair, Dr Anthony Merriman, who gave evidence on Tuesday afternoon, rejected the suggestion that he had agreed to any loan. “I would never have agreed to lend a penny of that money to anyone, let alone a trustee,” he told the jury. “It would have been improper, and Graham knew that as well as I did.”

Cross-examined by Pettifer’s barrister, Nicholas Freeman KC, Dr Merriman accepted that board meetings during the pandemic had been “informal” and that not every decision had been minuted. He denied that he had been too trusting of the treasurer. “We were a board of volunteers. We trusted each other, and I don’t think that was wrong,” he said.

Freeman told the jury that his client had made serious errors in the way he kept the accounts and would not pretend otherwise. “Bad bookkeeping is not a crime,” he said. “You will have to decide whether the prosecution has proved that Mr Pettifer was dishonest, and I suggest to you that it cannot.”

The judge, Recorder Simon Hale, earlier rejected a defence application to exclude emails between Pettifer and a racehorse trainer, ruling that they were relevant to the question of where the money had gone.

The court also heard that the trust’s trustees had reversed a decision, taken in 2022, to sell a wing of the hospice building, after a local fundraising appeal raised £1.2m. Ainsworth said the decision had nothing to do with the case but explained why the shortfall in the reserves had not been noticed sooner.

Outside court, the hospice’s chief executive, Helen Bryce, said the charity had tightened its financial controls and now required two signatures for any payment above £5,000. “Our supporters gave this money to care for dying people and their families,” she said. “Whatever the outcome, we owe it to them to make sure this can never happen again.”

She said the hospice had not cut any patient services as a result of the losses. Asked whether the trust expected to recover the money, she said it was “too early to say”.

The Charity Commission, which opened a statutory inquiry into the trust in 2024, said it would not comment while criminal proceedings were under way.

The trial, expected to last three weeks, continues.
"""

HOSPICE_FRAUD_EXPECTED = {
    "Norfolk": ("GPE", 1),
    "Portugal": ("GPE", 1),
    "Graham Pettifer": ("PERSON", 7),  # + 5 x Pettifer (incl. possessives, "Mr Pettifer") + "Graham knew"
    "Wymondham": ("GPE", 1),
    "St Edmund’s Hospice Trust": ("ORG", 1),  # "the trust", "the hospice" not counted
    "Norwich": ("GPE", 1),  # "Norwich crown court" (lower case: not a court name)
    "Charlotte Ainsworth": ("PERSON", 3),  # "KC" left out
    "Priya Lal": ("PERSON", 1),
    "Spain": ("GPE", 2),
    "Anthony Merriman": ("PERSON", 2),
    "Nicholas Freeman": ("PERSON", 2),
    "Simon Hale": ("PERSON", 1),  # "Recorder" is the judicial title
    "Helen Bryce": ("PERSON", 1),
    "Charity Commission": ("ORG", 1),
}


# tests/data/contrasts_unseen/held5_parcel_hub.txt
PARCEL_HUB = """Brightway pulls Columbus hub closure notice, says no decision made

Parcel carrier calls Monday posting an internal draft released in error; CFO’s volume figure also corrected

By Dana Kowalczyk, Senior Editor, Parcel & Last Mile

November 19, 2025

Regional parcel carrier Brightway Logistics on Tuesday withdrew a notice announcing the closure of its Columbus, Ohio, sortation hub, saying the document was an internal draft that had been posted to its website by mistake and that no decision on the facility had been taken.

The notice, which appeared on the company’s investor relations page on Monday afternoon, said Brightway would “cease sortation operations at the Columbus hub effective March 31, 2026” and shift its volume to the company’s larger facility in Plainfield, Indiana. It said about 340 positions would be affected and that employees would be offered transfers “where possible.”

The page was taken down within about three hours, but not before it had been picked up by local television stations and shared widely among Brightway drivers on social media.

In a statement on Tuesday morning, Brightway said the notice “was an internal working draft that was published in error” and did “not reflect any decision by the company.” “We are evaluating our network, as we do every year, and no decision has been made regarding the Columbus facility,” the statement said.

Chief executive Marcus Lindgren told employees in a video message, a copy of which was reviewed by Parcel & Last Mile, that the posting “should never have gone out.”

“I am sorry for the worry this caused our Columbus team and their families,” Lindgren said in the message. “You deserved to hear about our plans from us, in person, and not from a web page that was never meant to be public.”

Brightway, which operates 41 terminals across the Midwest and Southeast, has been under pressure to cut costs after two quarters of falling margins. Columbus is one of its older facilities, and the company has invested more than $60 million in automated sortation at Plainfield since 2023.

The retraction followed a second correction in as many weeks. On the company’s third-quarter earnings call on November 6, chief financial officer Rebecca Tran told analysts that average daily parcel volume had grown “12% year over year.” Two days later Brightway filed an amended transcript with the Securities and Exchange Commission stating that Tran had misspoken and that the correct figure was 2.1%.

“The CFO inadvertently cited a figure from an internal planning scenario rather than reported results,” the company said in the filing.

Teamsters Local 413, which represents about 260 of the Columbus workers, said its members had been given no warning of Monday’s notice and had learned of it from the news.

“One day they’re closing the building, the next day it was a draft. Our members want to know which one to believe,” said Dale Hutchins, the local’s secretary-treasurer. “If there’s a plan, put it on the table and bargain over it.”

Hutchins said the union would request a meeting with Brightway management this week. The local’s current contract with the company expires in June, and the two sides exchanged a draft of proposed work rules last month.

Analysts were divided over what the episode signals. Jordan Pike, who covers transportation stocks at Harrow & Finch, said a Columbus closure still looked likely over the next 12 to 18 months.

“Somebody wrote that notice with a date and a headcount in it,” Pike said. “It would be a mistake to read Tuesday’s statement as a reprieve. It reads to me like a timing problem, not a change of heart.”

Others were more cautious. Lena Morales, a supply chain consultant who has advised several regional carriers, said large carriers routinely model hub consolidations that never happen. “Every network team I’ve worked with has a folder full of closures that never made it past the spreadsheet,” she said.

Brightway shares fell 6% on Monday after the notice appeared and recovered about half of that loss on Tuesday.

The company has also had to contend with pushback from shippers over a fuel surcharge increase it introduced in September. Brightway reduced the surcharge last month after several large retail customers threatened to move volume to competitors, a change the company described at the time as a response to lower diesel prices.

Columbus Mayor’s Office spokesperson Teresa Quinn said city officials had contacted Brightway on Monday and been told the notice was not final. “We’ll keep talking to them,” Quinn said. “Those are good jobs, and we want them to stay in Columbus.”
"""

PARCEL_HUB_EXPECTED = {
    "Brightway Logistics": ("ORG", 10),  # + 9 x Brightway; headline not counted
    "Columbus": ("GPE", 8),  # city and the hub named by it (incl. "Columbus is one of its older facilities"); not inside Columbus Mayor’s Office
    "Ohio": ("GPE", 1),
    "Plainfield": ("GPE", 2),
    "Indiana": ("GPE", 1),
    "Marcus Lindgren": ("PERSON", 2),
    "Parcel & Last Mile": ("ORG", 1),  # the trade title; byline not counted
    "Midwest": ("LOC", 1),  # US region
    "Southeast": ("LOC", 1),  # US region
    "Rebecca Tran": ("PERSON", 2),  # "The CFO" not counted
    "Securities and Exchange Commission": ("ORG", 1),
    "Teamsters Local 413": ("ORG", 1),  # "the local" not counted
    "Dale Hutchins": ("PERSON", 2),
    "Jordan Pike": ("PERSON", 2),
    "Harrow & Finch": ("ORG", 1),
    "Lena Morales": ("PERSON", 1),
    "Columbus Mayor’s Office": ("ORG", 1),  # one name
    "Teresa Quinn": ("PERSON", 2),
}


# tests/data/contrasts_unseen/held6_airline_rebooking.txt
AIRLINE_REBOOKING = """Westwind admits 1,900 passengers still waiting for flights after weekend cancellations

Airline says chief executive’s claim that everyone had been rebooked was wrong, while department corrects Minister of State on compensation

Ciarán Doherty, Transport Correspondent

Tue Jun 17 2025 - 06:00

Regional airline Westwind Airways has admitted that about 1,900 passengers whose flights were cancelled at the weekend were still waiting for new flights on Monday, two days after its chief executive said every affected customer had been rebooked.

The Shannon-based carrier cancelled 64 flights on Saturday and Sunday after a fault in its crew-rostering software left it unable to confirm which pilots and cabin crew were available. About 7,400 passengers were affected on routes to the UK, France, Spain and the Netherlands.

Speaking to RTÉ News on Saturday afternoon, Westwind chief executive Declan Moriarty said the airline had moved quickly. “Every single passenger affected by today’s cancellations has already been rebooked, and most of them will fly tomorrow,” he said.

In a statement on Monday evening, however, Westwind said that claim was not correct. “The information provided on Saturday was based on an incomplete report from our systems and was inaccurate,” the airline said. “Approximately 1,900 customers had not been rebooked at that time, and we are contacting each of them directly.”

A spokeswoman said Mr Moriarty had been given the wrong figure by staff and had not intended to mislead anyone. She said the airline had added two extra flights to Manchester and one to Amsterdam for Tuesday and Wednesday to clear the backlog.

Westwind initially said on Saturday morning that the disruption had been made worse by air traffic control restrictions in the Shannon area. AirNav Ireland, which provides air traffic services at Irish airports, rejected that suggestion later on Saturday, saying there had been “no restrictions of any kind” on Westwind flights that day.

Westwind has not repeated the claim, and its Monday statement attributed the disruption solely to “an internal software issue”.

The cancellations also caused confusion over compensation. Minister of State at the Department of Transport Niall Burke told the Dáil on Thursday, during a debate on passenger rights, that passengers on cancelled flights were “entitled to €600 each in compensation” under EU rules. He repeated the figure in an interview with Clare FM on Sunday.

On Monday the Department of Transport said the Minister of State had misstated the amount. Under EU regulation 261, compensation for cancellations made at short notice is €250 for flights of up to 1,500km and €400 for most flights of up to 3,500km, the department said. The €600 rate applies only to longer flights, which Westwind does not operate.

“Minister Burke misspoke on the level of compensation and regrets any confusion,” a department spokesman said. Mr Burke later posted on X that he had “got the figure wrong” and urged affected passengers to check the Commission for Aviation Regulation’s website.

Consumer advocates said the episode showed how hard it was for passengers to know what they were owed. “If the Minister of State can’t get it right, what chance does a family stuck in Málaga have?” said Gráinne Walsh of the Consumers’ Association of Ireland.

Passengers described long waits on the phone and conflicting information at the airport. Seán Kiely, a secondary school teacher from Ennis who was due to fly to Bordeaux on Saturday with his wife and two children, said he had been told three different things in one afternoon.

“The app said we were rebooked, the desk said we weren’t, and then an email came saying our new flight was cancelled too,” he said. “We drove home at 11 at night.”

Aviation analyst Mark Devane said Westwind’s problems pointed to a wider issue with the systems small carriers rely on. “It would be wrong to think this only happens to Westwind,” he said. “A lot of regional airlines are running rostering software that was never designed for this many aircraft.”

Westwind said on Monday it would waive its fee for changing flights for all customers booked to travel up to the end of June. In 2023 the airline reversed a decision to charge the same fee to customers whose flights had been delayed by more than three hours, after complaints from passengers.

The Commission for Aviation Regulation said it had contacted Westwind and would be monitoring how the airline handled refund and compensation claims. It said passengers who were unhappy with the airline’s response could make a complaint to the commission.

Westwind said all of its scheduled flights were operating normally on Monday.
"""

AIRLINE_REBOOKING_EXPECTED = {
    "Westwind Airways": ("ORG", 12),  # + 11 x Westwind (incl. Westwind’s); headline not counted
    "Shannon": ("GPE", 2),  # "Shannon-based", "the Shannon area"
    "United Kingdom": ("GPE", 1),  # "UK"
    "France": ("GPE", 1),
    "Spain": ("GPE", 1),
    "Netherlands": ("GPE", 1),
    "RTÉ News": ("ORG", 1),
    "Declan Moriarty": ("PERSON", 2),  # + "Mr Moriarty"
    "Manchester": ("GPE", 1),
    "Amsterdam": ("GPE", 1),
    "AirNav Ireland": ("ORG", 1),
    "Irish": ("NORP", 1),
    "Department of Transport": ("ORG", 2),  # "the department" not counted
    "Niall Burke": ("PERSON", 3),  # + "Minister Burke", "Mr Burke"; "the Minister of State" not counted
    "Dáil": ("ORG", 1),  # the parliament (as Holyrood, Bundestag)
    "European Union": ("ORG", 2),  # "EU rules", "EU regulation 261"
    "Clare FM": ("ORG", 1),  # the radio station (as Fresh FM Ibadan)
    "X": ("ORG", 1),
    "Commission for Aviation Regulation": ("ORG", 2),  # "the commission" not counted
    "Málaga": ("GPE", 1),
    "Gráinne Walsh": ("PERSON", 1),
    "Consumers’ Association of Ireland": ("ORG", 1),
    "Seán Kiely": ("PERSON", 1),
    "Ennis": ("GPE", 1),
    "Bordeaux": ("GPE", 1),
    "Mark Devane": ("PERSON", 1),
}


# tests/data/contrasts_unseen/held6_nursing_offers.txt
NURSING_OFFERS = """University apologises after more than 1,100 nursing applicants wrongly told they had a place

By Aroha Tipene, Education Reporter

Wednesday, 8 October 2025

Manawatū University has apologised to more than a thousand prospective nursing students who were emailed offers of a place for next year, only to be told a day later that the offers had been sent in error.

The emails, sent from the university’s admissions system on Monday afternoon, told applicants to its Bachelor of Nursing: “Congratulations! We are delighted to offer you a place in the Bachelor of Nursing, starting February 2026.” Recipients were asked to accept the offer online within 14 days.

The programme has 310 places for 2026. Applications are still being assessed, and no offers were due to go out until the end of the month.

In a statement on Tuesday morning, the university said the emails had been “generated and sent in error during testing of a new admissions system” and “should be disregarded”. It said “a small number of applicants” had been affected.

By Tuesday afternoon the university had corrected that figure, saying 1,146 applicants had received the email – almost every person who had applied for the programme.

Deputy Vice-Chancellor (Academic) Professor Sarah Whaanga, who is responsible for admissions, said the offer emails should never have been sent and that she was sorry.

“I know what a nursing place means to people, and I know some of you will have shared the news with your whānau before we told you it was wrong,” she said. “That is on us, not on you, and I apologise unreservedly.”

She said every applicant would be assessed on the same criteria as before and that having received the email would not count for or against anyone.

Teagan Ruru, 19, from Palmerston North, had been working night shifts at a rest home while she waited to hear. She said she told her manager on Monday evening that she would be leaving at the end of the year.

“I rang my nan, I rang my aunties, I posted it on Instagram. Then Tuesday I get another email saying sorry, my mistake,” she said. “I haven’t told my manager yet.”

The Tertiary Education Union said the episode showed that staff cuts in the university’s student administration team had gone too far. Branch organiser Mike Fale said the admissions office had lost nine positions in a restructure last year.

“You cannot cut the people who check things and then act surprised when things go out unchecked,” he said.

The university denied that the error had anything to do with staffing levels. A spokesperson said it was caused by a configuration setting in the new system, which had been switched from a test mode to live operation without the offer template being disabled.

Tertiary Education Minister Rachel Havili said she had asked the university for a full account of what had happened and expected applicants to be treated fairly.

“Young people who want to become nurses are exactly the people this country needs more of,” Havili said. “They deserve better than this.”

The Health Workforce Association, which has been lobbying for more funded nursing places, said it would be a mistake to see the episode only as an IT problem. “Over a thousand people applied for 310 places. That’s the real story,” said its chief executive, Dr Lorraine Kewene.

Students’ association president Josh Hemara said the association had been contacted by about 40 applicants, some of whom had already turned down offers from other institutions.

“The university needs to make sure nobody ends up worse off because of its email,” he said.

Professor Whaanga said applicants who had declined other offers because of the email should contact the university directly. The university had spoken to two other institutions about those cases, she said.

The university’s council is expected to receive a report on the incident at its November meeting, alongside a draft of its 2026 budget.

It is not the university’s first problem with the new system this year. In July it reversed a decision to move all course enrolments online after complaints from mature students, and a planned upgrade of its student portal was delayed by three months.

Applicants for the Bachelor of Nursing are now due to receive genuine offers by 31 October.
"""

NURSING_OFFERS_EXPECTED = {
    "Manawatū University": ("ORG", 1),  # "the university" not counted
    "Sarah Whaanga": ("PERSON", 2),  # + "Professor Whaanga"
    "Teagan Ruru": ("PERSON", 1),
    "Palmerston North": ("GPE", 1),
    "Instagram": ("ORG", 1),
    "Tertiary Education Union": ("ORG", 1),
    "Mike Fale": ("PERSON", 1),
    "Rachel Havili": ("PERSON", 2),
    "Health Workforce Association": ("ORG", 1),
    "Lorraine Kewene": ("PERSON", 1),
    "Josh Hemara": ("PERSON", 1),
}


# tests/data/contrasts_unseen/held6_thermostat_update.txt
THERMOSTAT_UPDATE = """A bad Hearthly update left thousands of smart thermostats stuck — during a cold snap

The company rolled the firmware back overnight, but some owners spent Tuesday morning in homes below 50 degrees

By Jordan Ellison, Senior Reporter, Smart Home

Jan 21, 2025, 4:15 PM EST

A firmware update pushed to Hearthly smart thermostats on Monday night left roughly 52,000 of the devices unable to switch on heating, the company said Tuesday, just as temperatures across the upper Midwest fell well below zero.

Owners in Minnesota, Wisconsin and Michigan started posting on Reddit and on Hearthly’s community forum around 11PM Central on Monday, describing thermostats that showed the correct temperature on screen but ignored every command to turn the furnace on. Some reported indoor temperatures in the 40s by morning.

Hearthly says the problem affected only its second-generation Hearthly Core thermostat, and only units that had installed version 4.2.0 of its firmware, which began rolling out at 8PM Central. The company paused the rollout a little after 1AM and rolled back affected devices to the previous version over the following four hours, according to a post on its status page.

“We let our customers down last night, at the worst possible time, and I’m sorry,” Hearthly CEO Anjali Rao wrote in an email to customers on Tuesday. “We made a mistake in how we tested this update, and we are changing that process starting today.”

According to Rao, the update included a change to how the thermostat talks to certain older furnace control boards. Hearthly’s testing lab did not include those boards, she wrote, so the bug was never caught before release.

In a statement to The Ledger, a Hearthly spokesperson said there was no evidence that the outage was the result of a cyberattack. Several posts on Reddit had suggested the thermostats had been hacked, after some users saw an unfamiliar error code on the device screen.

“This was a software defect in an update we wrote and shipped. It was not a security incident, and no customer data was accessed,” the spokesperson said.

Security researcher Dana Kwiatkowski, who has published research on smart home devices, said the company’s explanation matched what she could see in the firmware. “I’ve looked at the 4.2.0 package, and there’s nothing in it that suggests anyone other than Hearthly touched it,” she said. “It would be a mistake to treat every outage as an attack. Most of the time it’s just a bug.”

But she said the episode raised a harder question about devices that depend on remote updates to keep working. “When your heat depends on a company pushing code to your wall at 8PM on a school night, you want to know they tested it on furnaces like yours,” she said.

Hearthly says all affected thermostats were back to normal by around 5:30AM Central on Tuesday, although a few hundred users reported that they had to restart their units manually. The company is offering affected customers a $50 credit and a free year of its Hearthly Plus subscription.

That wasn’t much comfort to Tom Gundersen of Duluth, who said his house had dropped to 47 degrees by the time he woke up at 6AM. His two children slept in their coats.

“I bought a smart thermostat so I wouldn’t have to think about my heat,” Gundersen told The Ledger. “Now I think about it all the time.”

He said he has since installed a basic programmable thermostat as a backup.

Hearthly has faced pushback from owners before. Last spring the company reversed a plan to put remote scheduling behind its paid subscription after thousands of customers complained, and it delayed the launch of its third-generation thermostat from the fall to this spring.

The Minnesota attorney general’s office said it had received more than 30 complaints about the outage and was “reviewing the matter.” A draft bill in the Minnesota legislature would require makers of connected heating controls to keep devices working locally when their cloud services fail.

State Rep. Carla Ostrowski, the bill’s sponsor, said the outage was “exactly the scenario” she had warned about. “If the internet goes down, or a company goes under, your furnace should still turn on,” she said.

Hearthly said it had not yet taken a position on the bill. The company said it would publish a full report on the incident within two weeks.
"""

THERMOSTAT_UPDATE_EXPECTED = {
    "Hearthly": ("ORG", 10),  # incl. "Hearthly smart thermostats", possessives; not inside Hearthly Core / Hearthly Plus
    "Midwest": ("LOC", 1),  # "the upper Midwest"
    "Minnesota": ("GPE", 3),  # incl. "The Minnesota attorney general’s office", "the Minnesota legislature" (lower case)
    "Wisconsin": ("GPE", 1),
    "Michigan": ("GPE", 1),
    "Reddit": ("ORG", 2),
    "Hearthly Core": ("PRODUCT", 1),
    "Anjali Rao": ("PERSON", 2),
    "The Ledger": ("ORG", 2),  # the publication ("The" part of the name, as The Press-Enterprise)
    "Dana Kwiatkowski": ("PERSON", 1),
    "Hearthly Plus": ("PRODUCT", 1),
    "Tom Gundersen": ("PERSON", 2),
    "Duluth": ("GPE", 1),
    "Carla Ostrowski": ("PERSON", 1),  # "State Rep." left out
}

DEV2 = {
    "measles_cases": (MEASLES_CASES, MEASLES_CASES_EXPECTED),
    "port_strike": (PORT_STRIKE, PORT_STRIKE_EXPECTED),
    "taunton_thriller": (TAUNTON_THRILLER, TAUNTON_THRILLER_EXPECTED),
    "flu_spray": (FLU_SPRAY, FLU_SPRAY_EXPECTED),
    "hospice_fraud": (HOSPICE_FRAUD, HOSPICE_FRAUD_EXPECTED),
    "parcel_hub": (PARCEL_HUB, PARCEL_HUB_EXPECTED),
    "airline_rebooking": (AIRLINE_REBOOKING, AIRLINE_REBOOKING_EXPECTED),
    "nursing_offers": (NURSING_OFFERS, NURSING_OFFERS_EXPECTED),
    "thermostat_update": (THERMOSTAT_UPDATE, THERMOSTAT_UPDATE_EXPECTED),
}
