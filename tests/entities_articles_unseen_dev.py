"""DEV: entity gold for nine articles of earlier quotes/contrasts rounds, used as DEV for the entity stage;
annotated by hand from the texts alone (tests/data/quotes_unseen/r6-*, r7-* and
tests/data/contrasts_unseen/held7_*), without running the pipeline or reading the extractor's code.  Same
shape as entities_round8.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.

Conventions as in entities_round8.py: the headline, the dek, the byline / date lines (here also "Special
Correspondent", "Alicia Merasty · CBC News · Posted: ...", "Hannah Clifford, Science Correspondent", "By ...,
Associated Press") are front matter and not counted; a dateline counts as body ("KOCHI:", "BEJAR, Spain, Sept 6
(Reuters)", "HARRISBURG, Pa. (AP)"); persons under the fullest form without titles (Revenue Minister, Dr.,
Justice, Finance MMC, Prof., Mrs., Mr, Ms), surname-only, first-name-only ("Randy", "Adrian") and possessive
mentions under it; acronyms in brackets and their later uses under the full name (IMD, KSDMA, KSEB, NDRF,
CUSAT, Outa, NAFDAC, CAFON, SGX, SGX RegCo); a name inside a longer name is not a mention of its own ("Kochi" in
"Kochi Corporation", "Saskatchewan" in "University of Saskatchewan", "Johannesburg" in "Johannesburg Water",
"Oyo State" in "Oyo State Ministry of Health", "Ibadan" in "Fresh FM Ibadan", "SGX" in "SGX RegCo" and
"SGXNet", "Meranti" in "Meranti Shipyard", "Pennsylvania" in "Pennsylvania Department of Transportation");
only the name is marked in hyphenated words ("Sydney-based", "Kano-based", "near-Earth", "Catalist-listed");
"the State", "this Commonwealth", "the Minister", "the city" and other lower-case / generic references are not
mentions; a team named by a short form counts under the team ("Castilla" -> Castilla Pro); X, Instagram,
Facebook, LinkedIn, WhatsApp, Bluesky are ORG; a spacecraft is PRODUCT (as a ship).

Judgement calls: an acronym not given in brackets but plainly the body's own short form counts under the full
name ("An AFP spokeswoman" -> Australian Federal Police, 5 x "Esa" -> European Space Agency, "or Sias" ->
Securities Investors Association (Singapore), "(AP)" -> Associated Press); "DA" and "UCI", never expanded, are
kept as the acronym (as GAA); "Pa." in the dateline counts under Pennsylvania; "Harrisburg" in "an ATM by
Harrisburg" (the state government, by metonymy) is GPE; "City of Johannesburg" (the metro municipality whose
budget it is) is a GPE apart from the city "Johannesburg" (as "Kisumu County" / "Kisumu"); neighbourhoods and
suburbs (Kaloor, Edappally, Thevara, Braamfontein, Melville, Soweto, Orlando East, Mushin, Oshodi, Ikorodu,
Tuas) are GPE; "Vyttila station" and "the Idukki reservoir" count the place (as "Uig pier"); the
"South-West" zone of Nigeria is GPE (as "Western Visayas"); "Lagos and Ogun states" counts under "Lagos"
and "Ogun"; "Ward 2" (a numbered council ward) is not an entity; "The Coalition's ... spokeswoman" (the
Australian opposition) is ORG "Coalition"; Deep Space Network is ORG, Goldstone (the tracking complex) FAC;
Delta Bessborough (a hotel), Broadway Theatre, MG Road, the Capitol, the Cheruthoni dam and "Mile 12 market"
are FAC; "Temple University's Beasley School of Law" is two ORGs; the two parties in the case name
"Keystone Motor Carriers Association v. Pennsylvania Department of Transportation" count as ORG mentions;
"(Singapore)" is part of the name "Securities Investors Association (Singapore)"; Catalist (the SGX board, in
"Catalist-listed") is ORG, SGXNet (the filing system) PRODUCT; Fresh FM Ibadan (a radio station) is ORG; the
asteroid "2011 QF48" and Earth are LOC; "the German space agency" gives NORP "German" only."""

# tests/data/quotes_unseen/r6-kerala-rain.txt
KERALA_RAIN = """Heavy rain lashes central Kerala; red alert in four districts, over 6,200 shifted to relief camps

Special Correspondent

KOCHI: Incessant rain over the past 48 hours has flooded low-lying areas in Ernakulam, Thrissur, Idukki and Alappuzha districts, forcing more than 6,200 people into relief camps and prompting the India Meteorological Department (IMD) to issue a red alert for the four districts till Thursday.

Three people have died in rain-related incidents since Monday, according to the Kerala State Disaster Management Authority (KSDMA). Two of them, a 62-year-old man and his grandson, were killed when a compound wall collapsed on their house at Kalamassery early on Tuesday.

Revenue Minister K.R. Suresh Kumar, who chaired a review meeting in Thiruvananthapuram, said 142 relief camps had been opened across the State and that District Collectors had been asked to shift families from landslide-prone slopes "without waiting for the situation to become worse."

"We are not taking any chances. If there is even a small doubt, people will be moved. Houses can be rebuilt, lives cannot," the Minister told reporters after the meeting.

The IMD's Thiruvananthapuram centre said a low-pressure area over the east-central Arabian Sea was likely to intensify over the next 24 hours, and that "extremely heavy rainfall" of more than 20 cm was possible at isolated places. Its director, Neeta Gopal, said fishermen should not venture into the sea till Friday.

"The pattern this year is that the rain comes in short, very intense spells," Dr. Gopal said. "Forty millimetres in one hour in a city like Kochi will cause waterlogging. There is no way around it."

In Kochi, stretches of MG Road, Kaloor and Edappally remained under knee-deep water for most of Tuesday. Kochi Metro Rail Limited said trains were running on schedule, but the parking area at Vyttila station had been closed.

At a relief camp functioning at the Government Higher Secondary School in Thevara, Mary Joseph, 54, said water had entered her house at around 3 a.m.

"After 2018, we started keeping the fridge and the TV on top of the cot. This time the water came above the cot also," she said. "Everything is gone. Again."

Her neighbour, autorickshaw driver Shaji P.R., blamed the civic body. "Every year they say the canal will be cleaned before the monsoon. Every year we are sitting in this school," he said.

Mayor Anil Varghese said the Kochi Corporation had completed desilting of nearly 80% of the city's drains before the monsoon, but that no drainage system could handle the volume of rain that fell in such a short time. Opposition councillors called the claim "a joke" and demanded a special council meeting.

In Idukki, the water level in the Idukki reservoir stood at 2,379 ft on Tuesday evening, according to the Kerala State Electricity Board (KSEB). A senior KSEB official said the shutters of the Cheruthoni dam may have to be raised if the level crossed 2,382 ft.

"People living on the banks of the Periyar should be alert, but there is no need for panic. Any release will be announced well in advance," the official said.

Two teams of the National Disaster Response Force (NDRF) have been deployed in Idukki and Thrissur, and a third is on standby in Alappuzha, officials said.

Scientists have been warning for several years that such spells are becoming more frequent. Rajeev Menon, an atmospheric scientist at the Cochin University of Science and Technology (CUSAT), said the warming of the Arabian Sea was loading the monsoon winds with more moisture.

"The Arabian Sea has warmed faster than almost any other ocean basin in the last four decades. More heat means more moisture, and more moisture means these cloudburst-like events," he said.

According to him, the State's towns had been built "for the rain our grandparents got."

"We have to plan for the rain we are getting now. That means giving water somewhere to go: wetlands, canals, open ground. We have been filling all of them up with concrete," Dr. Menon said.

In a post on X on Tuesday night, Chief Minister M.A. Ravindran said the government was "fully prepared" to deal with the situation.

"Please follow the instructions of the district administration and avoid unnecessary travel to high ranges. Let us face this together," he wrote.

The District Collectors of all four districts have declared a holiday for educational institutions on Wednesday. Professional colleges and universities have postponed examinations scheduled for the day, officials said.

The KSDMA has advised people not to take selfies or go sightseeing near swollen rivers and waterfalls.
"""

KERALA_RAIN_EXPECTED = {
    "Kochi": ("GPE", 3),  # dateline "KOCHI:" + 2; not inside Kochi Metro Rail Limited / Kochi Corporation
    "Ernakulam": ("GPE", 1),
    "Thrissur": ("GPE", 2),
    "Idukki": ("GPE", 4),  # incl. "the Idukki reservoir" (as "Uig pier")
    "Alappuzha": ("GPE", 2),
    "India Meteorological Department": ("ORG", 3),  # + (IMD), The IMD's
    "Kerala State Disaster Management Authority": ("ORG", 3),  # + (KSDMA), The KSDMA
    "Kalamassery": ("GPE", 1),
    "K.R. Suresh Kumar": ("PERSON", 1),  # "the Minister" not counted
    "Thiruvananthapuram": ("GPE", 2),
    "Arabian Sea": ("LOC", 3),
    "Neeta Gopal": ("PERSON", 2),
    "MG Road": ("FAC", 1),
    "Kaloor": ("GPE", 1),
    "Edappally": ("GPE", 1),
    "Kochi Metro Rail Limited": ("ORG", 1),
    "Vyttila": ("GPE", 1),  # "Vyttila station": the neighbourhood, as "Uig pier"
    "Government Higher Secondary School": ("ORG", 1),  # schools ORG, like hospitals
    "Thevara": ("GPE", 1),
    "Mary Joseph": ("PERSON", 1),
    "Shaji P.R.": ("PERSON", 1),
    "Anil Varghese": ("PERSON", 1),
    "Kochi Corporation": ("ORG", 1),
    "Kerala State Electricity Board": ("ORG", 3),  # + (KSEB), A senior KSEB official
    "Cheruthoni": ("FAC", 1),  # "the Cheruthoni dam"
    "Periyar": ("LOC", 1),  # the river
    "National Disaster Response Force": ("ORG", 2),  # + (NDRF)
    "Rajeev Menon": ("PERSON", 2),
    "Cochin University of Science and Technology": ("ORG", 2),  # + (CUSAT)
    "X": ("ORG", 1),  # "a post on X" (as Facebook, Viber)
    "M.A. Ravindran": ("PERSON", 1),
}


# tests/data/quotes_unseen/r6-saskatoon-mayor.txt
SASKATOON_MAYOR = """Kowalchuk wins Saskatoon mayor’s race by fewer than 900 votes as Bouchard concedes

Former nurse and city councillor unseats two-term incumbent in race dominated by downtown arena plan

Alicia Merasty · CBC News · Posted: Nov 13, 2024 11:58 PM CST

Helen Kowalchuk will be Saskatoon’s next mayor after narrowly defeating two-term incumbent Randy Bouchard in a race that stayed too close to call for most of Wednesday night.

With all 97 polls reporting, Kowalchuk had 41,862 votes to Bouchard’s 40,991, according to unofficial results posted by the city. Amrit Sandhu finished a distant third with just under 12,000.

Kowalchuk, a former emergency-room nurse who represented Ward 2 on council for six years, took the stage at the Broadway Theatre shortly after 11:30 p.m. to chants of her name.

“I said at the start of this campaign that Saskatoon was ready for a mayor who would fix the basics — the buses, the roads, the housing — before the big shiny projects,” she told the crowd. “Tonight you told me you were ready too.

“To everyone who voted for Randy, and there were a lot of you: I heard you. I am going to be your mayor as much as anybody else’s.”

She thanked her family and her campaign volunteers, many of whom, she said, had knocked on doors in temperatures well below –20 C over the final week.

Bouchard conceded about 40 minutes earlier, speaking to supporters in a ballroom at the Delta Bessborough hotel.

“The people have spoken. They’ve spoken pretty narrowly,” he said, drawing laughter, “but they have spoken, and I respect that.”

He said he had called Kowalchuk to congratulate her and that he would “do everything I can” to make the handover smooth. He also told reporters he would not ask for a recount.

Asked whether the proposed $1.2-billion downtown arena and entertainment district — the centrepiece of his campaign — was now dead, Bouchard paused.

“That’s up to the new council,” he said. “I still believe it’s the right thing for this city, and I think in 20 years people will agree with me.”

Kowalchuk had promised to pause the arena project until an independent review of its costs was complete. On Wednesday night she said she would ask city administration for a full report within her first 60 days in office, and that she was “not against an arena, just against a blank cheque.”

Turnout was about 38 per cent, up from 31 per cent in 2020, the city clerk’s office said. A spokesperson for the office said the results would be declared official on Friday, after which any candidate would have four days to apply for a recount.

Joanne Pelletier, who teaches political studies at the University of Saskatchewan, said the higher turnout likely helped Kowalchuk, particularly in the city’s newer neighbourhoods on the east side.

“This was a referendum on priorities much more than on Randy Bouchard as a person,” Pelletier said. “People were telling both campaigns the same thing at the door: the bus is late, the rent is too high, and the potholes are still there.”

She said the arena had become a shorthand for those frustrations. “For a lot of voters, it stood for everything the city wasn’t doing.”

At the Broadway Theatre, retired machinist Tom Lachance, 68, said he had voted for Bouchard in both of his previous elections but switched this time.

“My bus used to take 25 minutes to get downtown. Now it’s 50,” he said. “I don’t need an arena. I need a bus.”

Bouchard’s campaign manager, Kyle Wiens, acknowledged the arena had become a liability in the final weeks. “We were never able to get the conversation off the price tag,” Wiens said. “That’s on us.”

Sandhu, a restaurant owner who ran on public safety, said in an Instagram post that he was “proud of the campaign we ran” and congratulated Kowalchuk.

Saskatchewan’s minister of government relations, Lorna Haugen, also posted her congratulations on X, writing that the province looked forward to “a strong partnership with Saskatoon’s new council.”

Voters also elected four new councillors, including two in wards where the incumbent did not run again. Kowalchuk and the new council will be sworn in on Nov. 25.
"""

SASKATOON_MAYOR_EXPECTED = {
    "Helen Kowalchuk": ("PERSON", 8),
    "Saskatoon": ("GPE", 3),
    "Randy Bouchard": ("PERSON", 8),  # + "Randy" alone in Kowalchuk's quote
    "Amrit Sandhu": ("PERSON", 2),
    "Broadway Theatre": ("FAC", 2),
    "Delta Bessborough": ("FAC", 1),  # the hotel (a building, as Komtar)
    "Joanne Pelletier": ("PERSON", 2),
    "University of Saskatchewan": ("ORG", 1),
    "Tom Lachance": ("PERSON", 1),
    "Kyle Wiens": ("PERSON", 2),
    "Instagram": ("ORG", 1),
    "Saskatchewan": ("GPE", 1),  # not inside University of Saskatchewan
    "Lorna Haugen": ("PERSON", 1),
    "X": ("ORG", 1),
}


# tests/data/quotes_unseen/r6-super-fund-breach.txt
SUPER_FUND_BREACH = """HarbourSuper confirms hackers accessed personal details of up to 410,000 members

By technology reporter Maddie Crowe

Posted Thu 13 Mar 2025 at 5:42pm

One of Australia's mid-sized superannuation funds has confirmed that hackers accessed the personal details of up to 410,000 current and former members, including tax file numbers and, in some cases, scanned copies of passports and driver's licences.

Sydney-based HarbourSuper said it detected “unusual activity” on a system used by its member contact centre on March 3 and shut the system down the same day, but only understood the scale of the breach this week, after a forensic investigation.

“I want to say directly to our members: I am sorry,” chief executive Fiona Gallacher told a media conference in the Sydney CBD on Thursday afternoon.

“You trusted us with your information and with your retirement savings, and on the first of those we have let you down.”

Ms Gallacher said no money had been taken from any member's account, and that the fund's investment and payment platforms were kept separate from the system that had been breached.

“Your super is safe,” she said. “Nobody can withdraw your money using the information that was taken.”

She said the fund had notified the Australian Federal Police, the Australian Cyber Security Centre and the Office of the Australian Information Commissioner, and would write to every affected member by the end of next week.

HarbourSuper will pay for replacement passports and licences for members whose documents were copied, and will offer two years of free credit monitoring, according to Ms Gallacher.

The fund would not say whether it had received a ransom demand. Asked about it several times, Ms Gallacher would only say the fund was “following the advice of the authorities” and would “not be doing anything that rewards criminal behaviour”.

An AFP spokeswoman confirmed the agency was investigating but declined to comment further “given the operation is ongoing”.

Cyber Security Minister Daniel Ashworth said the breach was “deeply concerning” and that he had spoken to Ms Gallacher on Wednesday night.

“Every organisation that holds Australians' identity documents needs to ask itself why it is still holding them,” Mr Ashworth said in a statement. “If you don't need it, delete it.”

The information commissioner's office confirmed it had been notified of the breach and said it was making inquiries.

The Coalition's cyber security spokeswoman, Rebecca Noonan, said it was the third major breach of a financial institution in 18 months and accused the government of being “asleep at the wheel” on data retention laws.

Cyber security researchers said the attack appeared to follow a pattern seen in several recent breaches overseas, in which criminals target call centres and outsourced help desks rather than a company's core systems.

Associate Professor Priya Raman, who researches cyber security at Deakin University, said organisations had spent heavily protecting their front doors and far less on the side entrances.

“The attackers don't break the encryption, they ring up and ask nicely,” Dr Raman said. “A help desk is designed to be helpful. That's exactly what makes it a target.”

She said the fact that HarbourSuper still held records for people who had left the fund more than a decade ago was “the part that should worry everyone”.

“Data you keep forever is a liability you keep forever.”

Among them is Brisbane nurse Kylie Tran, who rolled her HarbourSuper account into another fund in 2014 when she changed jobs. She said she learned of the breach from a friend's Facebook post, not from the fund.

“I haven't been a member for ten years. Why do they still have a copy of my passport?” she said.

“I've spent my whole lunch break on hold, and I still don't know if I'm one of them.”

The Finance Sector Union said staff at HarbourSuper's contact centre in Parramatta had been “flooded” with calls since Wednesday and were being asked to work extra shifts.

In a post on LinkedIn on Thursday evening, HarbourSuper chair Andrew Leung said the board would commission an independent review of how the breach occurred.

“We will publish what it finds, including the parts that are uncomfortable for us,” Mr Leung wrote.

Members who are concerned can call the fund's dedicated hotline or visit its website for updates.
"""

SUPER_FUND_BREACH_EXPECTED = {
    "Australia": ("GPE", 1),  # not inside the Australian ... names
    "HarbourSuper": ("ORG", 6),
    "Sydney": ("GPE", 2),  # "Sydney-based", "the Sydney CBD"
    "Fiona Gallacher": ("PERSON", 5),
    "Australian Federal Police": ("ORG", 2),  # + "An AFP spokeswoman"
    "Australian Cyber Security Centre": ("ORG", 1),
    "Office of the Australian Information Commissioner": ("ORG", 1),  # "The information commissioner's office" (lower case) not counted
    "Daniel Ashworth": ("PERSON", 2),
    "Australians": ("NORP", 1),
    "Coalition": ("ORG", 1),  # "The Coalition's ... spokeswoman": the opposition Liberal-National Coalition
    "Rebecca Noonan": ("PERSON", 1),
    "Priya Raman": ("PERSON", 2),
    "Deakin University": ("ORG", 1),
    "Brisbane": ("GPE", 1),
    "Kylie Tran": ("PERSON", 1),
    "Facebook": ("ORG", 1),
    "Finance Sector Union": ("ORG", 1),
    "Parramatta": ("GPE", 1),
    "LinkedIn": ("ORG", 1),
    "Andrew Leung": ("PERSON", 2),
}


# tests/data/quotes_unseen/r7-joburg-budget.txt
JOBURG_BUDGET = """Joburg tables R89bn budget as water and electricity tariffs set to rise by double digits

By Thandeka Mokoena

Johannesburg residents will pay 12.7% more for water and 10.4% more for electricity from July under the City of Johannesburg’s R89.2-billion budget for 2025/26, which was tabled in council on Wednesday.

Finance MMC Lerato Dube told councillors the increases were “painful but unavoidable” after years in which the city had spent less on maintaining its pipes and substations than it lost through leaks and theft.

“We cannot keep patching a system that is older than most of the people in this chamber,” Dube said. “Every rand we do not spend on maintenance today, we will spend three times over on emergency repairs tomorrow.”

She said R6.8 billion of the capital budget had been set aside for Johannesburg Water, the largest allocation to the utility in more than a decade, and that about 140km of water pipes would be replaced over the next financial year.

According to the budget documents, non-revenue water – water that is lost to leaks or never billed – stands at 46% of what the city buys from Rand Water.

Executive mayor Sipho Mahlangu, speaking to journalists outside the council chamber in Braamfontein, defended the increases.

“Nobody wants to stand here and tell residents their bills are going up,” he said. “But the alternative is taps that run dry in Soweto and Melville alike. We have seen what that looks like, and I will not let it happen again.”

He said indigent households registered with the city would continue to receive 15 kilolitres of free water and 50 kilowatt-hours of free electricity a month.

Bongani Khoza, the DA’s finance spokesperson in council, said the party would vote against the budget. He accused the governing coalition of asking ratepayers who already paid on time to cover for the city’s failure to collect what it was owed.

“The city is owed more than R40 billion by residents, businesses and government departments,” Khoza said. “Instead of going after that money, the mayor is sending the bill to the people who have never missed a payment.”

The mayor’s office rejected that characterisation, saying revenue collection had risen to 89% in the last quarter, up from 84% a year earlier.

ActionSA caucus leader Refilwe Masilela, whose party is part of the coalition, was less guarded. In a post on X shortly after the tabling, she called the tariff increase “a tax on a city that has lost faith” and said her caucus would seek amendments before the final vote.

A Johannesburg Water spokesperson said contractors had already been appointed for 62 of the planned pipe-replacement projects.

“The work starts in July. Residents will see our teams in the streets, and yes, there will be some disruption while we dig,” the spokesperson said.

Nomvula Sithole, who lectures in public finance at the University of the Witwatersrand, said the increases were in line with those tabled by other metros, but warned that higher tariffs could push more households into non-payment.

“There is a point at which raising the price brings in less money, not more, because people simply stop paying,” she said. “Johannesburg is not there yet, but it is closer than it was five years ago.

“The real test is not the tariff. It is whether the pipes actually get replaced.”

Residents in parts of Soweto, where some streets went without water for up to nine days during outages in March, said they had heard similar promises before.

“Every year they tell us the money is for the pipes. Every year the pipes burst,” said Patience Nkosi, 61, a retired teacher from Orlando East. “I will believe it when water comes out of my tap every day.”

The Organisation Undoing Tax Abuse (Outa) said it would study the budget in detail. In a statement, the organisation said above-inflation increases had become “an annual ritual” in Johannesburg and that residents were entitled to see monthly progress reports on the maintenance spending.

The budget is open for public comment until May 9, according to the city, and the final vote is scheduled for May 28.
"""

JOBURG_BUDGET_EXPECTED = {
    "Johannesburg": ("GPE", 3),  # not inside City of Johannesburg / Johannesburg Water
    "City of Johannesburg": ("GPE", 1),  # the metro municipality (as "Kisumu County")
    "Lerato Dube": ("PERSON", 2),
    "Johannesburg Water": ("ORG", 2),
    "Rand Water": ("ORG", 1),
    "Sipho Mahlangu": ("PERSON", 1),
    "Braamfontein": ("GPE", 1),
    "Soweto": ("GPE", 2),
    "Melville": ("GPE", 1),
    "Bongani Khoza": ("PERSON", 2),
    "DA": ("ORG", 1),  # kept as the acronym (as GAA)
    "ActionSA": ("ORG", 1),
    "Refilwe Masilela": ("PERSON", 1),
    "X": ("ORG", 1),
    "Nomvula Sithole": ("PERSON", 1),
    "University of the Witwatersrand": ("ORG", 1),
    "Patience Nkosi": ("PERSON", 1),
    "Orlando East": ("GPE", 1),
    "Organisation Undoing Tax Abuse": ("ORG", 2),  # + (Outa)
}


# tests/data/quotes_unseen/r7-probe-contact.txt
PROBE_CONTACT = """European asteroid probe back in contact after 31-hour silence

Engineers traced the blackout to a software reset that pointed the spacecraft’s antenna away from Earth

Hannah Clifford, Science Correspondent

Mission controllers in Germany have re-established contact with the European Space Agency’s Castor asteroid probe after a 31-hour communications blackout that had raised fears the €420m spacecraft might be lost months before it reaches its target.

The probe, launched in October 2023 to study the near-Earth asteroid 2011 QF48, fell silent early on Tuesday during a routine manoeuvre. A signal was picked up by Esa’s deep-space antenna at Malargüe, Argentina, at 11.52 BST on Wednesday.

“I won’t pretend it was a calm night,” said Inés Barroso, Castor’s flight operations director at the European Space Operations Centre in Darmstadt. “When that carrier signal came up on the screen, the whole room stood up. A couple of people cried. I may have been one of them.”

Barroso said the team had worked through the night sending commands “blind” on the assumption that the spacecraft was still alive but could not hear them.

According to Esa, a fault in one of the probe’s two onboard computers triggered an automatic reset during the manoeuvre. The backup computer took over as designed, but loaded an older set of pointing instructions that turned Castor’s high-gain antenna about 40 degrees away from Earth.

“The spacecraft did exactly what it was built to do. It kept itself safe and waited for us,” Barroso said. “What it didn’t do was tell us where it was looking.”

Engineers eventually regained contact by sending commands through Castor’s low-gain antenna, which is much weaker but points in a wider cone. The agency said the probe was now stable, its batteries were fully charged and its science instruments appeared undamaged.

Esa’s director of science, Karl-Heinz Wendt, told reporters in a briefing on Wednesday evening that the team would spend the next two weeks analysing what went wrong before resuming normal operations.

“We have been lucky, and I don’t like to rely on luck,” he said. “We need to understand why the backup computer loaded those instructions, and we need to make sure it cannot happen again on the way to the asteroid.”

Castor is due to arrive at 2011 QF48 in February and to spend 18 months mapping the 500-metre rock, which scientists believe may be a loose “rubble pile” of fragments held together by gravity.

The mission’s lead scientist, Dr Amara Obi of Imperial College London, said none of the planned science had been lost. The probe was not due to make any observations until January.

“The timeline has a bit of slack built into it for exactly this kind of thing,” Obi said. “We lost a day and a half. We’ve got four months.”

She said she had spent Tuesday night refreshing the mission’s internal chat channel “every 30 seconds, which did not help anyone.”

A spokeswoman for the German space agency, which funds the probe’s main camera, said it was “relieved and grateful” to the operations team.

Nasa, whose Deep Space Network had been asked to listen for the probe with its large dishes in California and Australia, confirmed that one of its antennas at Goldstone had tracked the signal shortly after Malargüe picked it up.

Amateur radio astronomers also joined the search. Edwin Marsh, a retired telecoms engineer from Shropshire who operates a 6-metre dish in his back garden, posted a screenshot on Bluesky of what he believed was Castor’s signal a few minutes after Esa’s announcement.

“It’s a tiny spike on a very noisy plot, but it’s there,” he wrote. “Welcome back, little one.”

Independent experts said the episode was a reminder of how much deep-space missions depend on software working perfectly far from home.

“Almost every spacecraft that has gone quiet in the last 20 years has done so because of software, not hardware,” said Prof Leon Hartmann, a space systems engineer at TU Delft. “The hard part isn’t building a backup computer. It’s making sure the backup knows what the main computer knew.”

Esa said it would publish a summary of its investigation once it was complete.
"""

PROBE_CONTACT_EXPECTED = {
    "Germany": ("GPE", 1),
    "European Space Agency": ("ORG", 6),  # + 5 x "Esa"
    "Castor": ("PRODUCT", 6),  # the probe, as a ship
    "2011 QF48": ("LOC", 2),  # the asteroid
    "Earth": ("LOC", 2),  # incl. "near-Earth"
    "Malargüe": ("GPE", 2),
    "Argentina": ("GPE", 1),
    "Inés Barroso": ("PERSON", 3),
    "European Space Operations Centre": ("ORG", 1),
    "Darmstadt": ("GPE", 1),
    "Karl-Heinz Wendt": ("PERSON", 1),
    "Amara Obi": ("PERSON", 2),
    "Imperial College London": ("ORG", 1),
    "German": ("NORP", 1),  # "the German space agency" (lower case, not a name)
    "Nasa": ("ORG", 1),
    "Deep Space Network": ("ORG", 1),
    "California": ("GPE", 1),
    "Australia": ("GPE", 1),
    "Goldstone": ("FAC", 1),  # the tracking complex
    "Edwin Marsh": ("PERSON", 1),
    "Shropshire": ("GPE", 1),
    "Bluesky": ("ORG", 1),
    "Leon Hartmann": ("PERSON", 1),
    "TU Delft": ("ORG", 1),
}


# tests/data/quotes_unseen/r7-vuelta-summit.txt
VUELTA_SUMMIT = """Dutchman Kamphuis wins on Alto de la Covatilla as Ruiz clings to red jersey

By Martin Ferrer

BEJAR, Spain, Sept 6 (Reuters) - Dutch rider Joris Kamphuis attacked with four kilometres to go to win the 14th stage of the Vuelta a Espana on the Alto de la Covatilla on Saturday, while Spain's Adrian Ruiz limited his losses to keep the leader's red jersey by 19 seconds.

Kamphuis, 24, who rides for Team Veloria, crossed the line 22 seconds ahead of Colombian Mateo Zapata, with Ruiz a further nine seconds back after a late surge in the final kilometre.

"I have been dreaming about a day like this since I was a junior," Kamphuis told reporters after the finish. "On the radio they said, 'Go now or don't go at all.' So I went."

The win was the first of his professional career. He had finished second twice earlier in the race, including on stage eight, when he was caught 150 metres from the line.

"This one is for everybody who told me after stage eight that I would get another chance," he said. "I didn't believe them. Now I do."

Ruiz, 29, was isolated for most of the final climb after his Castilla Pro team-mates were dropped in the group of favourites. He said he had felt "empty" when Kamphuis went clear but had decided not to chase.

"If I follow everybody, I blow up and lose two minutes," Ruiz told Spanish broadcaster RTVE. "Today was about not losing the Vuelta, not about winning the stage."

Zapata, who now sits second overall, was more upbeat. "Nineteen seconds is nothing," the Colombian said. "There are still two mountain stages, and I think Adrian was suffering more than he showed."

Castilla Pro sports director Enrique Salvatierra acknowledged that his team had not been good enough.

"We were short of men in the final, that is clear," Salvatierra said. "We will talk tonight, and tomorrow we will race differently."

The 187-km stage from Plasencia was run in temperatures above 36 degrees Celsius, and race organisers said 11 riders abandoned, the most on a single day of this year's race. Among them was Kamphuis's Belgian team-mate Thomas Aerts, who crashed on a descent 60 km from the finish.

Aerts posted on Instagram later on Saturday that he had a broken collarbone and would need surgery. "Not the way I wanted my Vuelta to end. Thank you to the medical team and to everyone for the messages," he wrote.

Several riders complained about the heat. One rider from a French team, who asked not to be named because he was not authorised to speak to media, said riders had discussed asking the jury to shorten the stage before the start.

"Nobody wanted to be the one to ask," the rider said. "Everybody was looking at each other in the bus."

The UCI said its extreme weather protocol had been reviewed on Friday evening with the race doctor and team representatives, and that conditions had not met the threshold for changes to the route. A spokesperson for the governing body said the protocol would be reviewed again before Sunday's stage.

Former Vuelta winner turned Eurosport commentator Alberto Mancebo said Ruiz had ridden "a very intelligent race" but warned that his lack of support could cost him in the final week.

"You can hide once on a climb like this," Mancebo said. "You can't hide three times. Sooner or later, Castilla need to give him some help, or Zapata will take the jersey on the Angliru."

Sunday's 15th stage is a 160-km route from Salamanca to Avila with three categorised climbs.
"""

VUELTA_SUMMIT_EXPECTED = {
    "Bejar": ("GPE", 1),  # dateline
    "Spain": ("GPE", 2),  # dateline + "Spain's Adrian Ruiz"
    "Reuters": ("ORG", 1),
    "Dutch": ("NORP", 1),
    "Joris Kamphuis": ("PERSON", 5),
    "Vuelta a Espana": ("EVENT", 4),
    "Alto de la Covatilla": ("LOC", 1),
    "Adrian Ruiz": ("PERSON", 6),  # + "Adrian" alone in Zapata's quote
    "Team Veloria": ("ORG", 1),
    "Colombian": ("NORP", 2),
    "Mateo Zapata": ("PERSON", 3),
    "Castilla Pro": ("ORG", 3),  # + "Castilla need to give him"
    "Spanish": ("NORP", 1),
    "RTVE": ("ORG", 1),
    "Enrique Salvatierra": ("PERSON", 2),
    "Plasencia": ("GPE", 1),
    "Belgian": ("NORP", 1),
    "Thomas Aerts": ("PERSON", 2),
    "Instagram": ("ORG", 1),
    "French": ("NORP", 1),
    "UCI": ("ORG", 1),  # kept as the acronym
    "Eurosport": ("ORG", 1),
    "Alberto Mancebo": ("PERSON", 2),
    "Angliru": ("LOC", 1),
    "Salamanca": ("GPE", 1),
    "Avila": ("GPE", 1),
}


# tests/data/contrasts_unseen/held7_bridge_tolls.txt
BRIDGE_TOLLS = """Pennsylvania Supreme Court strikes down truck-only bridge tolls

By Elena Marsh, Associated Press

HARRISBURG, Pa. (AP) — Pennsylvania’s highest court on Thursday struck down a state program that charges tolls only on large commercial trucks crossing nine major bridges, ruling 4-3 that the scheme discriminates against interstate commerce.

The decision reverses a ruling by the Commonwealth Court, which had upheld the tolls in 2024. The state has collected more than $190 million from the tolls since they were introduced in 2019, money it says has paid for repairs to more than 150 bridges.

Writing for the majority, Justice Daniel Whitcombe said the state had designed the tolls so that most of the cost would fall on out-of-state trucking companies while sparing Pennsylvania residents, who mostly drive cars.

“A State may repair its bridges, and it may ask those who use them to pay,” Whitcombe wrote. “What it may not do is send the bill across the border.”

In a dissent joined by two colleagues, Justice Renata Ostrowski wrote that the majority had made “a serious mistake” in second-guessing how a state chooses to fund its roads. Heavy trucks, she wrote, cause far more damage to bridges than passenger cars, and the state was entitled to charge them accordingly.

“Nothing in the Constitution requires this Commonwealth to pretend that an 80,000-pound truck and a sedan are the same thing,” Ostrowski wrote.

The case was brought by the Keystone Motor Carriers Association and three trucking companies, which argued that the tolls were set up to avoid charging the state’s voters. During oral argument in December, a lawyer for the state conceded that officials had considered the political cost of tolling cars, though he denied that this was the reason for the program’s design.

Gary Lindqvist, the carriers association’s president, called the ruling “a win for every driver who has been treated as an ATM by Harrisburg.”

“This was never about whether bridges need fixing,” Lindqvist said in a statement. “It was about whether one state can make everyone else pay for them.”

State Transportation Secretary Marian Kohler said the department was “disappointed” and was reviewing the decision with the attorney general’s office. She said the state would look at “every option” to keep the bridge repair program funded, but did not say whether that could include tolls on passenger cars.

“We were asked to fix roads and bridges, and we are going to keep doing that,” Kohler told reporters at the Capitol. “What we are not going to do is tell a family in Scranton that they have to pay a toll to get to work.”

Leaders of the state House Appropriations Committee had circulated a draft budget amendment last month that would fill a possible gap with federal highway money, according to two people familiar with the document who were not authorized to discuss it publicly.

Legal scholars said the ruling could affect toll programs elsewhere. At least two other states have considered truck-only tolls in recent years, and one withdrew a proposal in 2022 after the trucking industry threatened to sue.

“The court has now told states fairly clearly that you can’t target a class of vehicles because it happens to come mostly from out of state,” said Kathleen Moriarty, who teaches constitutional law at Temple University’s Beasley School of Law. “It would be a mistake, though, to read this as a ban on all tolls. Ordinary tolls on everyone are still fine.”

The court sent the case back to the Commonwealth Court to decide what remedy the trucking companies are owed, including whether the state must refund some of the money it has collected.

The ruling also overturned part of a 1991 decision that the lower court had relied on to uphold the tolls. The majority corrected the Commonwealth Court’s reading of that precedent, Whitcombe wrote, but did not need to revisit it in full.

The state said it would not seek a stay of the ruling, and toll collection on the nine bridges is expected to stop within 30 days.

The case is Keystone Motor Carriers Association v. Pennsylvania Department of Transportation, No. 14 MAP 2025.
"""

BRIDGE_TOLLS_EXPECTED = {
    "Harrisburg": ("GPE", 2),  # dateline + "an ATM by Harrisburg"
    "Pennsylvania": ("GPE", 3),  # dateline "Pa." + 2; not inside Pennsylvania Department of Transportation
    "Associated Press": ("ORG", 1),  # dateline "(AP)"
    "Commonwealth Court": ("ORG", 3),
    "Daniel Whitcombe": ("PERSON", 3),
    "Renata Ostrowski": ("PERSON", 2),
    "Constitution": ("LAW", 1),
    "Keystone Motor Carriers Association": ("ORG", 2),  # incl. the case name
    "Gary Lindqvist": ("PERSON", 2),
    "Marian Kohler": ("PERSON", 2),
    "Capitol": ("FAC", 1),
    "Scranton": ("GPE", 1),
    "House Appropriations Committee": ("ORG", 1),
    "Kathleen Moriarty": ("PERSON", 1),
    "Temple University": ("ORG", 1),
    "Beasley School of Law": ("ORG", 1),
    "Pennsylvania Department of Transportation": ("ORG", 1),  # in the case name
}


# tests/data/contrasts_unseen/held7_groundnut_oil.txt
GROUNDNUT_OIL = """NAFDAC recalls Golden Pod groundnut oil over aflatoxin; maker admits contaminated batches reached Lagos

By Chinedu Okafor

The National Agency for Food and Drug Administration and Control (NAFDAC) has ordered a nationwide recall of four batches of Golden Pod groundnut oil after laboratory tests found levels of aflatoxin, a toxin produced by mould, up to six times the permitted limit.

The recall, announced in Abuja on Monday, covers 1-litre and 5-litre bottles with batch numbers GP2407A to GP2407D and expiry dates in July 2026. Consumers have been advised to stop using the product and return it to the point of purchase.

The manufacturer, Kano-based Sahel Agro-Allied Industries Limited, initially sought to play down the risk to consumers in the South-West. In a statement on Monday evening, the company said the affected batches “were distributed exclusively in the northern states” and that “none of the affected products have been sold in Lagos.”

On Wednesday, the company withdrew that statement. In a fresh release signed by its head of corporate communications, Hauwa Bello, Sahel Agro said its Monday statement “was incorrect” and had been issued before a full review of its distribution records was completed.

“Our records now show that approximately 3,400 cartons from the affected batches were supplied to distributors in Lagos and Ogun states,” the release said. “We sincerely apologise for the earlier information and for any anxiety it may have caused.”

The company said its sales teams were visiting markets in Mushin, Oshodi and Ikorodu to retrieve the product and that consumers would receive a full refund.

NAFDAC’s Director-General, Prof. Adaeze Nwachukwu, told journalists that the agency had sampled the oil during a routine market survey in Kano in August. “Aflatoxin is not something you can see, smell or taste. You cannot cook it out,” she said. “Long-term exposure damages the liver, and that is why we act quickly.”

The consumer rights group Consumer Advocacy Forum of Nigeria (CAFON) accused the agency of sitting on the results for weeks. NAFDAC denied the claim, saying confirmatory tests at its central laboratory in Lagos had only been completed on Friday.

“We do not recall a product on the basis of one sample. We test, we confirm, and then we act. That is what happened here,” an agency spokesperson said.

The recall also caused alarm in Oyo State after the state’s Commissioner for Health, Dr. Tunde Adeyemo, said on a phone-in programme on Fresh FM Ibadan on Tuesday that “two children have already died in Ogbomoso after eating food cooked with this oil.”

The remark was widely shared on WhatsApp and X within hours. On Wednesday morning, the Oyo State Ministry of Health said the information “was premature and has been withdrawn”, adding that the deaths of the two children were still under investigation and had not been linked to any food product.

“The commissioner spoke on the basis of an initial report from the local government which had not been verified,” the ministry said in a statement signed by its permanent secretary. “We urge members of the public to disregard the claim and not to circulate it further.”

Dr. Adeyemo did not respond to calls and text messages on Wednesday.

Traders at Mile 12 market in Lagos said sales of groundnut oil of all brands had dropped since Monday. “Customers are asking for the name of the oil before they even ask for the price,” said Mrs. Folake Ajibade, who sells cooking oil and palm oil. “Even people who buy other brands are afraid.”

A food safety researcher at the University of Ibadan, Dr. Emeka Chukwu, said the case showed the need for better storage of groundnuts before processing. “Most aflatoxin problems start in the farm and the warehouse, not the factory,” he said. “It would be wrong to blame only the processor.”

NAFDAC last year reversed a ban on the sale of some imported seasoning cubes after the importer provided new test results. The agency said it had also begun a review of Sahel Agro’s quality control procedures, and that the company’s production line would remain suspended until the review was completed.

The Manufacturers Association of Nigeria said in a statement that it supported the recall and urged its members to strengthen testing of raw materials.
"""

GROUNDNUT_OIL_EXPECTED = {
    "National Agency for Food and Drug Administration and Control": ("ORG", 5),  # + (NAFDAC) + 3 x NAFDAC
    "Golden Pod": ("PRODUCT", 1),
    "Abuja": ("GPE", 1),
    "Kano": ("GPE", 2),  # "Kano-based" + 1
    "Sahel Agro-Allied Industries Limited": ("ORG", 3),  # + 2 x "Sahel Agro"
    "South-West": ("GPE", 1),  # the geopolitical zone (as "Western Visayas")
    "Lagos": ("GPE", 4),  # incl. "Lagos and Ogun states"
    "Ogun": ("GPE", 1),
    "Hauwa Bello": ("PERSON", 1),
    "Mushin": ("GPE", 1),
    "Oshodi": ("GPE", 1),
    "Ikorodu": ("GPE", 1),
    "Adaeze Nwachukwu": ("PERSON", 1),
    "Consumer Advocacy Forum of Nigeria": ("ORG", 2),  # + (CAFON)
    "Oyo State": ("GPE", 1),  # not inside Oyo State Ministry of Health
    "Tunde Adeyemo": ("PERSON", 2),
    "Fresh FM Ibadan": ("ORG", 1),  # the radio station
    "Ogbomoso": ("GPE", 1),
    "WhatsApp": ("ORG", 1),
    "X": ("ORG", 1),
    "Oyo State Ministry of Health": ("ORG", 1),
    "Mile 12": ("FAC", 1),  # "Mile 12 market"
    "Folake Ajibade": ("PERSON", 1),
    "University of Ibadan": ("ORG", 1),
    "Emeka Chukwu": ("PERSON", 1),
    "Manufacturers Association of Nigeria": ("ORG", 1),
}


# tests/data/contrasts_unseen/held7_sgx_contract.txt
SGX_CONTRACT = """Meranti Marine says S$480m vessel deal is only a letter of intent; shares slide 14%

Shipbuilder withdraws Monday announcement after SGX RegCo query; CEO’s dividend remark also clarified

By Jolene Teo

Catalist-listed shipbuilder Meranti Marine Holdings on Wednesday night said it had not in fact signed a S$480 million contract to build six offshore support vessels, two days after announcing the deal to the Singapore Exchange (SGX).

In a filing on SGXNet before the market opened on Monday, the group said its wholly owned subsidiary Meranti Shipyard had “secured a contract worth approximately S$480 million” from a Middle Eastern offshore services company, with deliveries to begin in 2027. The filing described the order as the largest in the company’s 22-year history.

Its shares jumped as much as 38 per cent on Monday to 23.5 cents, on volume nearly 40 times the daily average, and closed at 22 cents.

On Wednesday, in response to queries from Singapore Exchange Regulation (SGX RegCo), the company said the Monday announcement “did not accurately describe” the status of the deal. Meranti Shipyard had signed a non-binding letter of intent with the customer, and no definitive contract had been entered into, it said.

“The board wishes to clarify that the announcement of 2 March 2026 should not have described the letter of intent as a secured contract,” the company said in the filing. “The board regrets the error and apologises to shareholders for any confusion caused.”

Trading in the shares resumed on Thursday morning after a trading halt requested by the company. The stock fell 14 per cent to 18.9 cents by the midday break.

The correction also covered remarks made by chief executive Raymond Lim Kok Wah at a media and analyst briefing on Monday afternoon. Asked how the company would use the proceeds of the contract, Mr Lim had said the board would “very likely” pay a special dividend this financial year.

“Shareholders have been very patient with us through the downturn, and I think this year they will be rewarded,” he told the briefing.

Wednesday’s filing said no decision had been made on any special dividend, and that Mr Lim’s comments reflected his personal expectation rather than a view of the board.

In a separate statement issued through the company on Thursday, Mr Lim said he had “spoken too soon” on the dividend and should have waited for the contract to be finalised.

SGX RegCo said in a statement that it was reviewing the circumstances of the Monday announcement and reminded listed issuers that announcements must be “accurate and complete” and must not be misleading. It did not say whether it would take further action.

Analysts who cover the small-cap sector said the episode would hurt confidence in the company even if the contract is eventually signed.

“Letters of intent in this industry fall through all the time, especially when the customer is still arranging financing,” said Ms Chua Li Ping, head of research at boutique brokerage Tembusu Securities. “It would be a mistake to assume this becomes a firm order. Investors should price it as a maybe.”

She noted that the company had reversed a S$0.8 million loss in the first half of FY2025 to post a small full-year profit, largely because of repair work rather than new builds.

The Securities Investors Association (Singapore), or Sias, called on the board to explain how the Monday filing had been approved. “Retail investors bought on the strength of that announcement,” Sias president Tan Boon Hock said. “They deserve to know who checked it, and why nobody asked whether the contract was actually signed.”

Meranti’s sponsor, Harbourfront Capital Advisory, declined to comment.

A rival yard, Loyang Offshore Engineering, denied a market report on Tuesday that it had been competing for the same order. “We did not bid for this project,” a Loyang spokesman said.

Meranti said in Wednesday’s filing that discussions with the customer were continuing and that it expected to update shareholders by the end of April. A draft of the technical specifications had been exchanged, it said.

The company, which employs about 1,100 people at its yard in Tuas, reported revenue of S$186.4 million for FY2025, up 9 per cent on the year before.
"""

SGX_CONTRACT_EXPECTED = {
    "Catalist": ("ORG", 1),  # "Catalist-listed": SGX's sponsor-supervised board (as a market)
    "Meranti Marine Holdings": ("ORG", 3),  # + "Meranti's sponsor", "Meranti said"; not inside Meranti Shipyard
    "Singapore Exchange": ("ORG", 2),  # + (SGX); not inside SGX RegCo, SGXNet
    "SGXNet": ("PRODUCT", 1),  # the filing system
    "Meranti Shipyard": ("ORG", 2),
    "Middle Eastern": ("NORP", 1),
    "Singapore Exchange Regulation": ("ORG", 3),  # + (SGX RegCo), SGX RegCo said
    "Raymond Lim Kok Wah": ("PERSON", 4),  # + 3 x "Mr Lim"
    "Chua Li Ping": ("PERSON", 1),
    "Tembusu Securities": ("ORG", 1),
    "Securities Investors Association (Singapore)": ("ORG", 3),  # + 2 x Sias; "(Singapore)" is part of the name
    "Tan Boon Hock": ("PERSON", 1),
    "Harbourfront Capital Advisory": ("ORG", 1),
    "Loyang Offshore Engineering": ("ORG", 2),  # + "a Loyang spokesman"
    "Tuas": ("GPE", 1),
}

DEV = {
    "kerala_rain": (KERALA_RAIN, KERALA_RAIN_EXPECTED),
    "saskatoon_mayor": (SASKATOON_MAYOR, SASKATOON_MAYOR_EXPECTED),
    "super_fund_breach": (SUPER_FUND_BREACH, SUPER_FUND_BREACH_EXPECTED),
    "joburg_budget": (JOBURG_BUDGET, JOBURG_BUDGET_EXPECTED),
    "probe_contact": (PROBE_CONTACT, PROBE_CONTACT_EXPECTED),
    "vuelta_summit": (VUELTA_SUMMIT, VUELTA_SUMMIT_EXPECTED),
    "bridge_tolls": (BRIDGE_TOLLS, BRIDGE_TOLLS_EXPECTED),
    "groundnut_oil": (GROUNDNUT_OIL, GROUNDNUT_OIL_EXPECTED),
    "sgx_contract": (SGX_CONTRACT, SGX_CONTRACT_EXPECTED),
}
