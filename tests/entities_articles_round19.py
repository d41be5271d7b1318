"""Round 19, HELD-OUT: six articles (/work/round19/quotes/r19-*.txt, /work/round19/contrasts/held19_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round18.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first, and the front matter the reading stage leaves in the body masked).

Front and back matter are never counted, wherever the reading stage puts them: headlines, deks, section
labels, bylines and date lines, "Last modified" lines, photo captions, staff credits ("Post Report"),
reporting credits and the wire's correction line and summary bullets.  This round keeps each outlet's real
layout, and the reading stage does NOT always separate it (findings, recorded in the README): the Taipei
Times stamp and byline are joined into the headline and the caption taken as the dek; the TechCabal author
and date are joined into the headline and the caption taken as the dek; the Reuters headline, byline and
date ("CORRECTED-Cocoa futures ... By Kwame Asante and Hélène Kouassi November 27, 2025 ..."), its
correction line "(Corrects day of Ivory Coast regulator's announcement ...)" and its three bullets stay at
the top of the body; the Guardian's "Last modified on Thu 27 Nov 2025 09.15 GMT" stays at the top of the
body; the Kathmandu Post section label "National" becomes the headline, the real headline the dek, and the
real dek, "Post Report", the two "Published at / Updated at" lines and the caption ("... in the Annapurna
region. Post File Photo") stay at the top of the body.  All of these are masked.  The body does include what
the outlet prints as part of the story: datelines ("ACCRA/ABIDJAN, Nov 27 (Reuters) -", both places and the
agency credit counted; "Kathmandu, Nov 28 -" counted), live-blog timestamps, body subheads, and the
Guardian's amendment note at the foot (editorial text about the story: "Southwark" and "the Old Bailey" in
it counted).

Conventions followed from the earlier gold: persons under the fullest form without titles or honorifics
("Commissioner", "Councilor", "Chief Inspector", "Forecaster", "Mr", "KC", "Mr Justice", "Tourism
Minister"), surname-only mentions under it; Chinese names with the family name first ("Chen Hsiu-chuan" /
"Chen"), the Chinese characters in brackets not counted; acronyms in brackets and their later uses under the
full name (KMT, CBN, SSEN, COCOBOD, CCC, ICCO, HSE, TAAN), the bracketed acronym counted as a mention; a
name inside a longer name is not a mention of its own ("Taipei" in the department and in "Taipei City
Hall", "Nigeria" in the central bank, "Aberdeen" in the city council, the harbour and the port, "Keith" in
"Keith Sutherland", "Ghana" in the cocoa board, "Nepal" in the board and TAAN); a place name used as a
modifier is a mention of the place ("Lagos-based", "Taipei City Councilor", "New York cocoa futures",
"Southwark crown court", "Ghana's ... Farmers Association"); newspapers, agencies, sites and platforms are
ORG (TechCabal, Press and Journal, Reuters, The Kathmandu Post as "the Post", LinkedIn, Facebook, X);
parties are ORG; "European Union" ORG; bodies named by a common noun ("the department", "the board", "the
council", "the ministry", "the Crown", "the prosecution") are not mentions; roads, stations, squares,
harbours, city halls and court buildings are FAC, regions LOC, laws LAW, events EVENT, nationality
adjectives NORP.

Judgement calls where the earlier gold shows no convention: "YouBike" (the bicycle system's brand) PRODUCT,
apart from the operator "YouBike Co" (ORG); "MRT" (generic) not marked; "EasyCard" PRODUCT; "Zhongshan
District" GPE; "Old Bailey" FAC (the court building; not scored); "Mr Justice Harrow" PERSON "Harrow"
(although Harrow is also a London borough); "the Crown's case" not counted; "Highlands" and "Deeside" LOC;
"Keith" (the Moray town) GPE; "ICE Futures U.S." ORG with its full stop; "ACCRA" / "ABIDJAN" in the
dateline counted under Accra / Abidjan; "the Post" under "The Kathmandu Post"; "Singha Durbar" (the
government secretariat) FAC; "Tourism Bill" LAW; "Storm Bram" EVENT."""

# /work/round19/quotes/r19-taipeitimes-youbike-fees.txt
TAIPEITIMES_YOUBIKE_FEES = """Taipei to end free first 30 minutes on YouBike
2025/11/27 03:00
By Lin Hui-chen / Staff reporter

A woman rides a YouBike along Civic Boulevard in Taipei yesterday. Photo: Chen Yi-kuan, Taipei Times

Riders of Taipei’s YouBike rental bicycles will pay NT$5 for the first 30 minutes from March 1 next year, ending a subsidy that has made short trips free since 2023, the Taipei Department of Transportation said yesterday.

The city government spent NT$312 million on the subsidy this year, and the money would be better used on bicycle lanes and safer intersections, the department said in a statement.

Department of Transportation Commissioner Chen Hsiu-chuan (陳秀娟) told a news conference at Taipei City Hall that the free half-hour had done its job.

"When we started, people needed a reason to try the bikes. Now they use them every day, and what they ask us for is somewhere safe to ride," Chen said.

She said the city would build 40km of protected bicycle lanes by the end of 2027, and that 12 intersections near MRT stations with high accident rates would be redesigned next year.

Asked whether the fee would drive riders back to scooters, she said that surveys by the department had found most users would keep riding at NT$5.

"Five dollars is less than a bus fare," she said. "We are not trying to make money from this, and every dollar saved goes back into cycling."

Rides of more than 30 minutes would be charged at the current rates, and holders of the EasyCard student concession would continue to ride free for the first half-hour, the department said.

YouBike Co, which operates the system under contract with the city, said in a statement that it had not been consulted on the timing, but would adjust its app and docking stations before March.

The decision drew criticism from riders at the Zhongxiao Xinsheng MRT Station docks yesterday afternoon.

"I ride from the station to my office and back, twice a day, and it has never cost me anything," said Huang Mei-ling (黃美玲), a 34-year-old accountant at a firm in Zhongshan District. "Now it will be NT$200 a month. It is not a lot, but nobody asked us."

Lee Cheng-hao (李承浩), a university student who rides to National Taiwan University every morning, said he would switch to walking for short trips. "For one MRT stop, I will just walk," he said, "but for the last kilometer from the station to campus there is no other choice."

Taipei City Councilor Wang Pei-yu (王佩瑜) of the Democratic Progressive Party wrote on Facebook that the city was "asking commuters to pay for a promise it has not kept."

"The mayor promised 100km of protected lanes in his first term. We have 23km," Wang wrote. "Build the lanes first, then talk about fees."

Wang said she would ask the council’s transportation committee to review the decision at its meeting next week.

Chinese Nationalist Party (KMT) Councilor Hsu Chien-ming (許建明) defended the change, saying the subsidy had mostly benefited people who would have ridden anyway.

A department official, who asked not to be named because they were not authorized to speak to the media, said the decision had been delayed twice because of concerns about the response from council members ahead of next year’s local elections.

"Everyone knew the subsidy could not last forever. The question was only who would announce it," the official said.

According to the Ministry of Transportation and Communications, more than 20 cities and counties run YouBike systems, and Taipei is the only one that has offered free first half-hours for more than two years.

Chang Yu-ting (張育婷), an associate professor of transportation at National Cheng Kung University, said that a small fee would not change much on its own.

"The evidence from other cities is that people stop riding when it feels dangerous, not when it costs five dollars," Chang said. "If the lanes are built, the fee will be forgotten in a year.

"If they are not, the fee becomes the excuse."

She said that the city should publish monthly ridership figures after the change, so that the effect could be measured.

The department said it would release the figures every quarter on its Web site.

Additional reporting by CNA
"""

TAIPEITIMES_YOUBIKE_FEES_EXPECTED = {
    "Taipei": ("GPE", 3),  # "Taipei’s YouBike", "Taipei City Councilor" (the city as modifier), "Taipei is the only one"; not inside the department or City Hall; headline not counted
    "YouBike": ("PRODUCT", 2),  # the system brand (PRODUCT); "YouBike Co" apart
    "Taipei Department of Transportation": ("ORG", 2),  # 1 full + "Department of Transportation Commissioner"; "the department" (6 x) not counted
    "Chen Hsiu-chuan": ("PERSON", 2),  # "Commissioner" a title; + "Chen said"; Chinese characters not counted
    "Taipei City Hall": ("FAC", 1),
    "EasyCard": ("PRODUCT", 1),
    "YouBike Co": ("ORG", 1),
    "Zhongxiao Xinsheng MRT Station": ("FAC", 1),
    "Huang Mei-ling": ("PERSON", 1),
    "Zhongshan District": ("GPE", 1),
    "Lee Cheng-hao": ("PERSON", 1),
    "National Taiwan University": ("ORG", 1),
    "Wang Pei-yu": ("PERSON", 3),  # "Taipei City Councilor" a title; + "Wang wrote", "Wang said"
    "Democratic Progressive Party": ("ORG", 1),
    "Facebook": ("ORG", 1),
    "Chinese Nationalist Party": ("ORG", 2),  # + "(KMT)"
    "Hsu Chien-ming": ("PERSON", 1),
    "Ministry of Transportation and Communications": ("ORG", 1),
    "Chang Yu-ting": ("PERSON", 2),  # + "Chang said"
    "National Cheng Kung University": ("ORG", 1),
}


# /work/round19/quotes/r19-techcabal-paylane-layoffs.txt
TECHCABAL_PAYLANE_LAYOFFS = """Nigerian fintech Paylane lays off 40% of staff, pauses Kenya expansion
Faith Adebayo
November 25, 2025

Paylane co-founder and CEO Tolu Ogunleye. Image source: Paylane

Paylane, the Lagos-based business payments startup that raised $18 million in a Series A round last year, has laid off about 40% of its workforce and paused its planned expansion into Kenya, TechCabal has learned.

The cuts affect roughly 70 employees across engineering, sales and customer support, according to two people familiar with the matter who asked not to be named because they were not authorised to speak publicly. Most of the affected staff were told in 15-minute video calls on Monday morning, one of the people said.

“There was no warning. At 9 a.m. we had a team stand-up, and by 11 a.m. half the team was gone,” said a software engineer who was among those let go and who also asked not to be named.

In a post on LinkedIn on Monday evening, Paylane’s co-founder and chief executive, Tolu Ogunleye, confirmed the layoffs and said the company had “grown ahead of our revenue.”

“This is the hardest decision I have made since we started Paylane. The people leaving built this company, and I take full responsibility for getting the timing wrong,” Ogunleye wrote.

She said departing employees would receive two months’ pay and keep their health insurance until the end of March 2026.

Reached by phone on Tuesday, Ogunleye told TechCabal that the company now had 18 months of runway and was on track to break even by the end of next year.

“We were building for three markets before we had fully won one,” she said. “Nigeria is still where most of our volume is, and that is where we are going to focus.”

The Kenya launch, announced in April with a Nairobi office and a local partnership with a Kenyan bank, would be revisited in 2026, Ogunleye said.

An internal memo seen by TechCabal tells staff that the company’s monthly burn rate will fall from about $900,000 to $400,000 after the cuts. According to the memo, Paylane’s total payment volume grew 60% this year, but revenue per transaction fell as competition for small business customers increased.

Paylane processes payments for about 30,000 small and medium-sized businesses, mostly in Lagos and Abuja, and earns a fee on each transaction.

A tough year for fintech

The layoffs come in a difficult year for Nigerian fintechs. Several startups have cut staff since January as the naira’s fall against the dollar shrank the value of revenue earned in local currency, while investors have become more cautious.

Adaeze Okonkwo, a partner at Lagos-based venture firm Ventures Platform, said many companies that raised money in 2021 and 2022 had hired for a market that never arrived.

“Founders were told to grow at all costs. Now the same investors want to see a path to profitability, and the only fast lever is headcount,” Okonkwo said. “I don’t think Paylane is unusual.

“It is just more honest than most about why.”

Ventures Platform is not an investor in Paylane.

The Central Bank of Nigeria (CBN) said in a circular this month that payment service providers must hold a minimum capital of ₦2 billion from next June, up from ₦500 million. Analysts say the rule will add to the pressure on smaller firms.

The CBN said the new threshold was meant to “strengthen the resilience of the payments system” and that existing licence holders would have 12 months to comply.

On X, a former Paylane product manager, Ifeoma Eze, posted that she had been laid off on her first day back from maternity leave.

“Came back from 4 months of maternity leave this morning. Laid off by lunchtime. Still proud of what we built,” she wrote.

The post had been viewed more than 200,000 times by Tuesday afternoon.

Asked about the post, a Paylane spokesperson said the company “does not comment on individual cases” but that every affected employee had been treated under the same terms.

Eze declined to comment further when contacted by TechCabal.

Paylane’s investors include Lightspeed, Norrsken22 and Y Combinator. None of them responded to requests for comment by press time.

Another person familiar with the matter, who still works at the company, said some employees had been asked to stay on for a month to hand over their work.

“They told us it was about the runway, not about us,” the person said. “Maybe that is true, but it does not make it easier,” she said, “especially when you find out from a calendar invite.”
"""

TECHCABAL_PAYLANE_LAYOFFS_EXPECTED = {
    "Paylane": ("ORG", 10),  # 10 x incl. "Paylane’s" (3 x) and one in a quotation; headline and caption not counted
    "Lagos": ("GPE", 3),  # 2 x "Lagos-based" (modifier) + "in Lagos and Abuja"
    "Kenya": ("GPE", 2),
    "TechCabal": ("ORG", 4),  # "has learned", "told", "seen by", "contacted by"; the author line is front matter
    "Tolu Ogunleye": ("PERSON", 4),  # + 3 x "Ogunleye"; "co-founder and chief executive" a role
    "LinkedIn": ("ORG", 1),
    "Nairobi": ("GPE", 1),
    "Kenyan": ("NORP", 1),
    "Abuja": ("GPE", 1),
    "Nigerian": ("NORP", 1),
    "Adaeze Okonkwo": ("PERSON", 2),
    "Ventures Platform": ("ORG", 2),
    "Nigeria": ("GPE", 1),
    "Central Bank of Nigeria": ("ORG", 3),  # 1 full + "(CBN)" + "The CBN said"
    "X": ("ORG", 1),  # "On X"
    "Ifeoma Eze": ("PERSON", 2),
    "Lightspeed": ("ORG", 1),
    "Norrsken22": ("ORG", 1),
    "Y Combinator": ("ORG", 1),
}


# /work/round19/quotes/r19-pressandjournal-storm-live.txt
PRESSANDJOURNAL_STORM_LIVE = """Storm Bram live: Power cuts, school closures and A96 shut as 80mph gusts hit north-east
Follow our live updates as Storm Bram brings heavy rain and damaging winds to Aberdeen, Aberdeenshire and Moray.
By Ellie Milne
November 26 2025, 6:45 am Updated: November 26 2025, 3:10 pm

A fallen tree blocks a road near Banchory. Image: Kenny Elrick/DC Thomson

6.45am

Good morning and welcome to our live coverage of Storm Bram.

An amber weather warning for wind is in force across the north-east from 6am until 6pm today, with gusts of up to 80mph expected on exposed coasts.

The Met Office said there was “a good chance” of power cuts and damage to buildings, and warned that flying debris could put lives at risk.

7.20am

Aberdeenshire Council has confirmed that 34 schools will be closed today.

A council spokeswoman said: “The safety of pupils and staff has to come first. Head teachers have been in touch with parents directly, and the full list is on our website.”

Aberdeen City Council said all of its schools would open as normal, but that parents should check the council’s social media before setting off.

8.05am

Police Scotland has closed the A96 between Huntly and Keith after several trees came down near Rothiemay crossroads.

Chief Inspector Graeme Reid said: “Please do not travel unless your journey is absolutely necessary. We have officers at both ends of the closure and diversions are in place, but conditions on the minor roads are not good either.”

He added that drivers who had to travel should allow extra time and “expect the unexpected”.

9.30am

More than 11,000 homes are without power, according to Scottish and Southern Electricity Networks (SSEN).

The company said engineers were working to reconnect customers but that it would not send crews up poles while winds remained above 50mph.

Ruth MacDonald, who lives in Aboyne with her two young children, told us the power went off at 4am.

“The house is already cold and the kids have been up since five,” she said. “We have a gas hob, thankfully, so at least there will be porridge.”

She said neighbours had been checking on an elderly couple further down the road.

10.40am

NorthLink Ferries has cancelled this evening’s sailing from Aberdeen to Kirkwall and Lerwick.

In a post on X, the operator said: “Due to the forecast weather conditions, the 17:00 sailing from Aberdeen has been cancelled. Passengers will be contacted directly.”

11.55am

Residents in Stonehaven have been filling sandbags at the Market Square ahead of this afternoon’s high tide.

Local councillor Sarah Dickinson said it was the third time in two years that the town had prepared for flooding.

“People here know the drill now, which is not something you should have to say about your home town,” she said.

“We were promised the flood scheme would be finished by this winter. It isn’t, and it is the same streets that are at risk again.”

An Aberdeenshire Council spokesman said the scheme had been delayed by “unforeseen ground conditions” and would be completed next spring.

1.15pm

The Met Office has said the strongest winds have now passed Aberdeen, but the amber warning remains in place for Moray and the Highlands until 6pm.

Forecaster Alan Ramsay told The Press and Journal that gusts of 83mph had been recorded at Inverbervie this morning.

“That is the highest we have seen on that coast this year,” Mr Ramsay said. “It will ease through the evening, but there is another band of rain coming in overnight, so the ground is going to stay very wet.”

2.05pm

Aberdeen Harbour has reopened to shipping after being closed for most of the morning, a spokesman for the Port of Aberdeen said.

A hotel manager in Ballater, who did not want to be named, said the village had lost power for the second time in a month.

“We had a wedding party of 60 booked in tonight. We have candles and a generator, and we will manage, but it is not what anybody wanted,” he said.

3.10pm

SSEN says power has been restored to about 7,000 customers and that most of the remaining homes should be reconnected by tonight.

The company’s head of operations in the north, Keith Sutherland, said in a video posted on Facebook that some customers in rural Deeside might be without power until tomorrow.

“If you are vulnerable, please register with us and we will bring welfare vans to you,” he said. “Our teams will be out all night.”

That’s all from our live coverage today. Thank you for following along.
"""

PRESSANDJOURNAL_STORM_LIVE_EXPECTED = {
    "Storm Bram": ("EVENT", 1),
    "Met Office": ("ORG", 2),  # "The Met Office said", "The Met Office has said"; "Forecaster" not a mention
    "Aberdeenshire Council": ("ORG", 2),  # 2 x; "the council" / "A council spokeswoman" not counted
    "Aberdeen City Council": ("ORG", 1),
    "Police Scotland": ("ORG", 1),
    "A96": ("FAC", 1),
    "Huntly": ("GPE", 1),
    "Keith": ("GPE", 1),  # the Moray town ("between Huntly and Keith"); not inside "Keith Sutherland"
    "Rothiemay": ("GPE", 1),
    "Graeme Reid": ("PERSON", 1),
    "Scottish and Southern Electricity Networks": ("ORG", 3),  # 1 full + "(SSEN)" + "SSEN says"
    "Ruth MacDonald": ("PERSON", 1),
    "Aboyne": ("GPE", 1),
    "NorthLink Ferries": ("ORG", 1),
    "Aberdeen": ("GPE", 3),  # "from Aberdeen to Kirkwall", "sailing from Aberdeen" (in the post), "passed Aberdeen"; not in three longer names
    "Kirkwall": ("GPE", 1),
    "Lerwick": ("GPE", 1),
    "X": ("ORG", 1),
    "Stonehaven": ("GPE", 1),
    "Market Square": ("FAC", 1),
    "Sarah Dickinson": ("PERSON", 1),
    "Moray": ("GPE", 1),
    "Highlands": ("LOC", 1),
    "Alan Ramsay": ("PERSON", 2),  # "Forecaster" a role; + "Mr Ramsay"
    "Press and Journal": ("ORG", 1),  # "told The Press and Journal"
    "Inverbervie": ("GPE", 1),
    "Aberdeen Harbour": ("FAC", 1),
    "Port of Aberdeen": ("ORG", 1),
    "Ballater": ("GPE", 1),
    "Keith Sutherland": ("PERSON", 1),
    "Facebook": ("ORG", 1),
    "Deeside": ("LOC", 1),
}


# /work/round19/contrasts/held19_reuters_cocoa_forecast.txt
REUTERS_COCOA_FORECAST = """CORRECTED-Cocoa futures rebound as Ghana regulator calls crop forecast a typing error
By Kwame Asante and Hélène Kouassi
November 27, 2025 4:18 PM GMT+1 Updated 2 hours ago

(Corrects day of Ivory Coast regulator's announcement in paragraph 9 to Tuesday from Monday)

* Ghana Cocoa Board says 850,000 T figure was an error
* Forecast stays at 650,000 T for 2025/26 season
* Ivory Coast resumes forward sales after two-week halt

ACCRA/ABIDJAN, Nov 27 (Reuters) - Ghana's cocoa regulator on Thursday withdrew a forecast that the country's 2025/26 crop would jump by a third, saying the figure published a day earlier was a typographical error, and New York cocoa futures rebounded.

The Ghana Cocoa Board (COCOBOD) said in a statement on Wednesday that the main crop "is expected to reach 850,000 metric tons, the strongest harvest in five seasons", sending March futures down more than 6% as traders bet on a bigger supply.

On Thursday the board said the statement "contained an error" and that its forecast for the season remained at 650,000 tons.

"The figure of 850,000 tons was a typographical error in the release. We regret the error and any confusion it caused in the market," COCOBOD spokesman Kofi Mensah-Boateng told Reuters by phone.

March cocoa on ICE Futures U.S. was up 4.2% at $6,310 a ton by 1440 GMT, reversing most of Wednesday's fall. London cocoa rose 3.8%.

"For a regulator to miss by 200,000 tons in a press release is unusual. The market took it at face value because it came from the board," said Jonathan Parkes, a soft commodities analyst at Marex in London.

Parkes said he disagreed with the board's view that dry weather in October would have little effect on bean sizes, and that he still expected Ghana's output to come in below 650,000 tons.

Ghana's Cocoa, Coffee and Sheanut Farmers Association accused COCOBOD of "managing the market with press releases". The board rejected the accusation, saying its forecasts were based on field surveys.

Forward sales resume

In neighbouring Ivory Coast, the world's top grower, the Coffee and Cocoa Council (CCC) said on Tuesday it had resumed forward sales of the 2026/27 crop, two weeks after it had said it would not sell any of next season's crop forward until the end of the main harvest.

"After consultation with exporters and a review of the mid-crop outlook, we have decided to reopen forward sales with immediate effect," a CCC official told Reuters, asking not to be named because he was not authorised to speak to the media.

The council did not say how much of the crop it planned to sell.

Exporters in Abidjan said the halt had pushed several buyers to look for beans from Ecuador and Nigeria.

Exporter Ivoire Négoce denied a report by a local newspaper that it had defaulted on contracts with farmer cooperatives in the western Soubré region. "The report is false. All our contracts have been honoured," its managing director, Paul Yao, said.

The CCC said figures on arrivals at ports circulated by a trade group on Monday were "not accurate" and that arrivals were in line with last season.

The International Cocoa Organization (ICCO) said it stood by its forecast of a small global surplus in 2025/26, the first in four years.

European chocolate makers are still waiting for final guidance on the European Union's deforestation regulation, after Brussels published draft guidance in October that traders said left too many questions unanswered.

One large trading house withdrew from Ghana's syndicated loan talks this year, according to two bankers familiar with the deal.

(Reporting by Kwame Asante in Accra and Hélène Kouassi in Abidjan; Additional reporting by Marcelo Teixeira in New York; Editing by Susan Fenton)
"""

REUTERS_COCOA_FORECAST_EXPECTED = {
    "Accra": ("GPE", 1),  # the dateline "ACCRA/ABIDJAN"; the dropped reporting credit not counted
    "Abidjan": ("GPE", 2),  # the dateline + "Exporters in Abidjan"
    "Reuters": ("ORG", 3),  # the dateline credit "(Reuters)" + 2 x "told Reuters"
    "Ghana": ("GPE", 4),  # 4 x "Ghana's"; not inside "Ghana Cocoa Board"; the headline and bullets (front matter in the body) not counted
    "Ghana Cocoa Board": ("ORG", 4),  # 1 full + "(COCOBOD)" + 2 x "COCOBOD"; "the board" not counted; the bullet not counted
    "Kofi Mensah-Boateng": ("PERSON", 1),
    "ICE Futures U.S.": ("ORG", 1),
    "New York": ("GPE", 1),
    "London": ("GPE", 2),
    "Jonathan Parkes": ("PERSON", 2),
    "Marex": ("ORG", 1),
    "Cocoa, Coffee and Sheanut Farmers Association": ("ORG", 1),
    "Ivory Coast": ("GPE", 1),  # "In neighbouring Ivory Coast"; the correction line and the bullet (front matter in the body) not counted
    "Coffee and Cocoa Council": ("ORG", 4),  # 1 full + "(CCC)" + "a CCC official" + "The CCC said"
    "Ecuador": ("GPE", 1),
    "Nigeria": ("GPE", 1),
    "Ivoire Négoce": ("ORG", 1),
    "Soubré": ("GPE", 1),
    "Paul Yao": ("PERSON", 1),
    "International Cocoa Organization": ("ORG", 2),  # + "(ICCO)"
    "European": ("NORP", 1),
    "European Union": ("ORG", 1),
    "Brussels": ("GPE", 1),  # "after Brussels published draft guidance"
}


# /work/round19/contrasts/held19_guardian_scaffold_trial.txt
GUARDIAN_SCAFFOLD_TRIAL = """Prosecution admits it wrongly told jury scaffold firm boss ordered guard rails removed
Crown corrects opening at trial over death of Kieran Doyle, 23, who fell from east London building site in 2023
The Old Bailey in London. Photograph: Yui Mok/PA
Rachel Okafor
Wed 26 Nov 2025 17.42 GMT
Last modified on Thu 27 Nov 2025 09.15 GMT
Share

The prosecution in the manslaughter trial of a scaffolding company director has admitted it was wrong to tell the jury that he personally ordered guard rails to be taken down days before a young worker fell to his death.

Martin Greaves, 52, the director of Greaves Access Ltd, denies gross negligence manslaughter over the death of Kieran Doyle, 23, who fell 14 metres from scaffolding at a housing development in Stratford, east London, in March 2023. His company denies breaching health and safety law.

Opening the case at the Old Bailey last week, Sarah Linton KC, for the prosecution, told the jury that Greaves "gave the instruction himself to remove the guard rails on the fourth lift so that materials could be loaded more quickly".

On Wednesday, Linton told the jury that the statement had been wrong. "I must correct something I said to you in opening. The prosecution no longer alleges that Mr Greaves personally gave that instruction. The evidence you have heard does not support it, and you should put it out of your minds," she said.

She said the Crown's case remained that Greaves had been responsible for a system of work in which guard rails were routinely removed and not replaced.

The judge, Mr Justice Harrow, told jurors they should disregard the passage of the opening speech that Linton had withdrawn.

Greaves's barrister, Daniel Esterhuizen KC, had earlier told the court that the prosecution's account of the instruction was "simply not accurate" and that his client had been in Kent on the day in question.

The jury has heard that Doyle, from Dagenham, was working on the fourth level of the scaffold when he stepped backwards through a gap where a guard rail should have been. He died in hospital the next day.

On Tuesday, a Health and Safety Executive inspector, Neil Ashworth, told the court that the guard rail had been missing "for at least a week" before the fall, based on photographs taken by a neighbour.

Recalled to the witness box on Wednesday, Ashworth said he had misread the dates on the photographs. "I gave the wrong period yesterday. Having checked the metadata, the photographs show the rail missing for two days, not a week. I apologise to the court," he said.

Under cross-examination, Ashworth rejected the defence's suggestion that the HSE investigation had been rushed. "It took 14 months. I would not call that rushed," he said.

The jury was shown a draft risk assessment for the site, found on a company laptop, which did not mention the loading bay on the fourth lift.

A former site supervisor, who cannot be named for legal reasons, told the court he had complained to the company twice about missing guard rails. Greaves denies receiving any complaint.

Another witness, a delivery driver, said he had seen the rails down while he reversed his lorry into the loading bay the week before the fall, but accepted under questioning that he could not be sure of the date.

Doyle's mother, Bernadette Doyle, has attended every day of the trial. The family withdrew from a planned civil claim against the principal contractor, Eastbrook Homes, last year after reaching a settlement, the court heard.

Eastbrook Homes, which is not on trial, said in a statement that it disputed parts of the HSE's findings about its oversight of subcontractors.

The trial continues.

This article was amended on 27 November 2025. An earlier version said the trial was taking place at Southwark crown court. It is being heard at the Old Bailey.
"""

GUARDIAN_SCAFFOLD_TRIAL_EXPECTED = {
    "Martin Greaves": ("PERSON", 6),  # 1 full + 5 x "Greaves" (incl. "Mr Greaves" in a quotation, "Greaves's"); not inside "Greaves Access Ltd"
    "Greaves Access Ltd": ("ORG", 1),
    "Kieran Doyle": ("PERSON", 3),  # 1 full + "Doyle, from Dagenham" + "Doyle's mother"; not inside "Bernadette Doyle"; the dek not counted
    "Stratford": ("GPE", 1),
    "London": ("GPE", 1),  # "east London"; the caption and dek not counted
    "Old Bailey": ("FAC", 2),  # FAC (not scored): the opening + the amendment note
    "Sarah Linton": ("PERSON", 3),  # "KC" a suffix; + 2 x "Linton"
    "Harrow": ("PERSON", 1),  # "Mr Justice Harrow" (a judge, PERSON)
    "Daniel Esterhuizen": ("PERSON", 1),
    "Kent": ("GPE", 1),
    "Dagenham": ("GPE", 1),
    "Health and Safety Executive": ("ORG", 3),  # 1 full + "the HSE investigation" + "the HSE's findings"
    "Neil Ashworth": ("PERSON", 3),  # + 2 x "Ashworth"
    "Bernadette Doyle": ("PERSON", 1),
    "Eastbrook Homes": ("ORG", 2),
    "Southwark": ("GPE", 1),  # "Southwark crown court" in the amendment note (counted: the note is story text)
}


# /work/round19/contrasts/held19_kathmandupost_trekking_rules.txt
KATHMANDUPOST_TREKKING_RULES = """National
Government backtracks on extending guide rule to all trekking routes
Tourism ministry says the rule will remain limited to national parks and conservation areas after protests by trekking agencies and local businesses.
Post Report
Published at : November 28, 2025
Updated at : November 28, 2025 08:15

Trekkers walk along a trail in the Annapurna region. Post File Photo

Kathmandu, Nov 28 -

The government has dropped its plan to make licensed guides mandatory for foreign trekkers on every trekking route in the country, days after Tourism Minister Ramesh Adhikari announced the rule would apply nationwide from January.

Speaking at a programme in Pokhara on Sunday, Adhikari had said that "from January 1, no foreign trekker will be allowed on any trekking route in Nepal without a licensed guide". The announcement drew immediate protests from homestay owners and tea-house operators along routes outside protected areas, who said independent trekkers made up most of their customers.

On Thursday, the Ministry of Culture, Tourism and Civil Aviation said the rule would stay limited to national parks and conservation areas, where it has applied since April 2023.

"We have decided not to extend the mandatory guide rule to other routes for now. The minister's announcement was made before consultations with local governments were completed," ministry spokesperson Suman Gyawali told the Post.

Adhikari himself acknowledged on Thursday that he had spoken too soon. "I announced a decision that had not been made. That was my mistake, and I take responsibility for it," he told reporters at the ministry in Singha Durbar.

Separately, the Nepal Tourism Board on Wednesday disowned a notice that had circulated widely on social media, which said foreign trekkers would have to pay a Rs 2,000 "trail maintenance fee" at every district border.

The board said the notice was an internal draft that had been shared by mistake and did not reflect any decision of the board. "It was a working draft prepared for discussion. It was never approved, and no such fee will be collected," said board spokesperson Anita Thapa.

The Trekking Agencies' Association of Nepal (TAAN), which has long pushed for mandatory guides, said the government had "bowed to pressure" and that the reversal would put trekkers' safety at risk.

"Every year we lose trekkers who go alone. The rule in the protected areas has shown that guides save lives," said TAAN president Dawa Sherpa.

The ministry rejected TAAN's claim that the decision would make trekking less safe, saying rescue data from the past two years did not show a rise in accidents outside protected areas.

Independent travellers' groups on social media had also accused the government of using the guide rule to favour trekking agencies. Adhikari dismissed that accusation as "baseless".

The ministry also said a report published by an online news portal on Tuesday, which claimed that the government planned to double trekking permit fees, was "not accurate". "There is no proposal to increase permit fees this fiscal year," Gyawali said.

Tourism entrepreneurs in Bandipur and Ghandruk welcomed Thursday's decision. "We had bookings from independent trekkers until March. Half of them would have cancelled," said Bishnu Gurung, who runs a homestay in Ghandruk.

Rabin Shrestha, a tourism researcher at Tribhuvan University, said he disagreed with both sides of the debate. "Guides are not the only answer to safety. Better trail signs, mobile coverage and rescue insurance would do more," he said.

The draft Tourism Bill, which has been with the parliamentary committee since last year, also includes provisions on guide licensing.

Nepal received 1.1 million foreign tourists in the last fiscal year, according to the Department of Immigration. Arrivals reversed a two-month decline in October, rising 8 percent year on year.

The ministry has withdrawn from a planned joint review of trekking permits with the Department of National Parks and Wildlife Conservation, officials said, saying it would conduct the review itself.
"""

KATHMANDUPOST_TREKKING_RULES_EXPECTED = {
    "Kathmandu": ("GPE", 1),  # the dateline "Kathmandu, Nov 28 -"
    "Ramesh Adhikari": ("PERSON", 4),  # "Tourism Minister" a title; + 3 x "Adhikari"
    "Pokhara": ("GPE", 1),
    "Nepal": ("GPE", 2),  # "any trekking route in Nepal" (in a quotation), "Nepal received"; not inside the board or TAAN
    "Ministry of Culture, Tourism and Civil Aviation": ("ORG", 1),
    "Suman Gyawali": ("PERSON", 2),  # + "Gyawali said"
    "The Kathmandu Post": ("ORG", 1),  # "told the Post"; "Post Report" and "Post File Photo" (front matter in the body) not counted
    "Singha Durbar": ("FAC", 1),
    "Nepal Tourism Board": ("ORG", 1),
    "Anita Thapa": ("PERSON", 1),
    "Trekking Agencies' Association of Nepal": ("ORG", 4),  # 1 full + "(TAAN)" + "TAAN president" + "TAAN's claim"
    "Dawa Sherpa": ("PERSON", 1),
    "Bandipur": ("GPE", 1),
    "Ghandruk": ("GPE", 2),
    "Bishnu Gurung": ("PERSON", 1),
    "Rabin Shrestha": ("PERSON", 1),
    "Tribhuvan University": ("ORG", 1),
    "Tourism Bill": ("LAW", 1),
    "Department of Immigration": ("ORG", 1),
    "Department of National Parks and Wildlife Conservation": ("ORG", 1),
}


ROUND19 = {
    "taipeitimes_youbike_fees": (TAIPEITIMES_YOUBIKE_FEES, TAIPEITIMES_YOUBIKE_FEES_EXPECTED),
    "techcabal_paylane_layoffs": (TECHCABAL_PAYLANE_LAYOFFS, TECHCABAL_PAYLANE_LAYOFFS_EXPECTED),
    "pressandjournal_storm_live": (PRESSANDJOURNAL_STORM_LIVE, PRESSANDJOURNAL_STORM_LIVE_EXPECTED),
    "reuters_cocoa_forecast": (REUTERS_COCOA_FORECAST, REUTERS_COCOA_FORECAST_EXPECTED),
    "guardian_scaffold_trial": (GUARDIAN_SCAFFOLD_TRIAL, GUARDIAN_SCAFFOLD_TRIAL_EXPECTED),
    "kathmandupost_trekking_rules": (KATHMANDUPOST_TREKKING_RULES, KATHMANDUPOST_TREKKING_RULES_EXPECTED),
}
