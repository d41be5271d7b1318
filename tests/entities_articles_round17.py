"""Round 17, HELD-OUT: six articles (/work/round17/quotes/r17-*.txt, /work/round17/contrasts/held17_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round16.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first, and the front matter the reading stage leaves in the body masked).

Front and back matter are never counted, wherever the reading stage puts them: the headline, the dek /
standfirst, bylines and date lines, site header blocks, photo captions, video-player lines, link lines, a
journal's doi line and reference list.  This round keeps each outlet's real layout, and the reading stage
does NOT always separate it (findings, recorded in the README): the Hong Kong Free Press author + date lines
become the dek and its photo caption ("... Photo: Irene Mok/HKFP.") stays in the body; the Sky News
standfirst, byline block ("Tom Gallagher Political reporter @TomGallagherSky Tuesday 18 November 2025 16:05,
UK") and "Please use Chrome browser for a more accessible video player" stay in the body (no dek); the
Bangkok Post header block ("PUBLISHED : ... WRITER: Online Reporters") stays in the body as one paragraph;
Nature's "NEWS" + date lines become the HEADLINE and the real headline the dek, while its standfirst, "By
Elena Marsh", the doi line and the References list (with "Park, H.-W." twice and "bioRxiv") stay in the body.
All of these are front or back matter here: the counts are those of the article text a reader reads as the
story.  The body does include what the outlet prints as part of the story: datelines ("MUMBAI:",
"DUXBURY —", counted), body subheads, and Nature's "Updates & Corrections" note (counted: medRxiv, bioRxiv).

Conventions followed from the earlier gold (entities_articles_round16.py and before): persons under the
fullest form without titles or honorifics ("Mr", "Ms", "Superintendent", "Board chair", "Justices",
"Advocate", "District Councillor"), surname-only mentions under it; Cantonese and Korean names with the
family name first ("Chan Mei-ling" / "Chan", "Lam Ka-chun" / "Lam", "Park Hyun-woo" / "Park"); Thai second
references by the GIVEN name ("Mr Kittipong") under the full name; acronyms in brackets and their later uses
under the full name (FEHD, AoT, DLT, WHO); a name inside a longer name is not a mention of its own ("Kwun
Tong" in the concern group, "Hip Wo Street" in the centre, "Moretown" in the school and in "Keep Moretown
Elementary", "Vermont" in the agency and the university, "Thailand" in five names, "UK" in "Reform UK",
"Sky News" in "Sky News Breakfast"); a place name used as a modifier is a mention of the place ("Kwun Tong
District Councillor", "near Kurla station", "the Waitsfield school", "several Vermont districts"), a party
adjective a mention of the party ("A Conservative spokesperson"); newspapers, broadcasters, journals and
sites are ORG (HKFP, TOI, The Times, Nature, Maeil Business Newspaper, bioRxiv, medRxiv, PubPeer, X,
Facebook); parties are ORG (Conservatives with "Tories", Labour, Reform UK); a body named by a common noun
("the department", "the court", "the bench", "the corporation", "the agency", "the taxi association", "the
Railways") is not a mention; roads, streets, buildings and airports are FAC, programmes WORK_OF_ART, laws
LAW; nationality adjectives NORP.  A dateline counts as body ("MUMBAI:", "DUXBURY —").

Judgement calls where the earlier gold shows no convention: "The Bombay high court" (TOI's lower-case style)
is the canonical name, ORG, with "The HC" counted under it (the headline's "HC" not counted); "BMC" kept as
the only name printed (never spelled out), "MMRDA" likewise; "Kurla" GPE (a Mumbai suburb), also in "near
Kurla station"; "LBS Marg" FAC; "the Railways" (Indian Railways by a capitalised common noun) unmarked;
"Moretown Elementary School" ORG with "Moretown Elementary" (a school as an institution), "Waitsfield
Elementary" ORG as printed; "Sky" in "on Sky this morning" counts under "Sky News"; "Sky News Breakfast" a
programme (WORK_OF_ART, not scored); "Downing Street" FAC (the building standing for the prime minister's
office, as "Berlaymont" in round 16); "Suvarnabhumi" FAC (the airport; "Suvarnabhumi airport" lower case);
"Airports of Thailand Plc" canonical "Airports of Thailand"; "Transport Ministry" ORG (capitalised as a
name); "Grab Thailand" ORG as printed; "Thai-language" marks Thai (NORP); "Policy Address" not marked;
"SNU-417" and "A. baumannii" not marked."""

# /work/round17/quotes/r17-kwun-tong-cooked-food-centre.txt
KWUN_TONG_COOKED_FOOD_CENTRE = """Kwun Tong cooked food centre to close in March as stallholders say payout ‘not enough to start again’

Irene Mok
17:30, 14 November 2025

The Food and Environmental Hygiene Department (FEHD) will close the Hip Wo Street Cooked Food Centre in Kwun Tong at the end of March, the department said on Friday, leaving 23 stallholders with four months to find new premises.

The Hip Wo Street Cooked Food Centre in Kwun Tong on November 14, 2025. Photo: Irene Mok/HKFP.

In a statement, the department said an inspection by the Fire Services Department in August had found that the building’s escape routes and ventilation “fell far short of current requirements”, and that repairs would cost more than HK$40 million.

Stallholders will be offered an ex-gratia payment of up to HK$180,000 each, or priority in bidding for vacant stalls at other public markets, according to the FEHD.

Chan Mei-ling, who has run a noodle stall on the centre’s upper floor for 31 years, said she learned of the closure from a notice taped to a pillar next to the stairs.

“My father opened this stall when I was a teenager. I have never worked anywhere else,” she said, stirring a pot of beef brisket. “Where do they want a 62-year-old woman to go?”

Chan said the payment was “not enough to start again” in a district where shop rents have risen with the redevelopment of the old industrial area.

“We are not asking for a palace,” she said, “only for somewhere our customers can still find us.”

A worker at a neighbouring congee stall, who declined to be named because she feared losing her job, said most of the centre’s customers were construction and warehouse workers who could not afford restaurant prices nearby.

“Forty dollars for lunch here. Outside, it is 80,” she said.

See also: Hong Kong’s last dai pai dong licence holders ask for help as numbers dwindle

Kwun Tong District Councillor Lam Ka-chun told HKFP he had written to the department in October asking for the closure to be delayed until a replacement site was ready.

“The department says safety comes first, and nobody disagrees with that. But safety and a plan can come together,” he said.

Lam said he would raise the matter at the district council’s next meeting in December.

Few reopen

“Cooked food centres were built for a Hong Kong of hawkers and factory workers, and they have been left to age without a plan,” said Natalie Kwok, an assistant professor of social policy at Lingnan University who has studied the closure of public markets.

Kwok said at least six cooked food centres had closed across the city since 2015, and that fewer than a quarter of their stallholders had reopened elsewhere.

“The owners are old, the bidding is competitive, and the rents outside are impossible.

“What disappears is not just a cheap lunch. It is a place for people who have nowhere else to sit for an hour.”

A residents’ group, the Kwun Tong Food Heritage Concern Group, wrote on Facebook on Thursday that it had collected more than 4,000 signatures for a petition asking the government to rebuild the centre on the same site. “Don’t let the last cooked food centre on Hip Wo Street become a car park,” the post read.

The Fire Services Department said it did not comment on individual premises, but that all licensed food premises were inspected at least once a year.

A spokesperson for the FEHD told HKFP on Friday evening that the closure date was “final”. The spokesperson added that officers would visit each stallholder next week to explain the options and help with applications.

The government announced in its 2023 Policy Address that it would review the future of the city’s ageing public markets, but has not published a timetable.

Back at her stall, Chan wiped down the last of the plastic stools as the lunchtime queue thinned.

“I will cook until the last day,” she said. “After that, I don’t know.”

Support HKFP  |  Policies & Ethics  |  Error/typo?  |  Contact Us  |  Newsletter  |  Transparency & Annual Report  |  Apps
"""

KWUN_TONG_COOKED_FOOD_CENTRE_EXPECTED = {
    "Food and Environmental Hygiene Department": ("ORG", 4),  # "The Food and Environmental Hygiene Department (FEHD)" (2) + "according to the FEHD", "A spokesperson for the FEHD"; "the department" not counted
    "Hip Wo Street Cooked Food Centre": ("FAC", 1),  # the building (FAC); the photo caption left in the body by the reading stage is not counted; headline none
    "Kwun Tong": ("GPE", 2),  # "in Kwun Tong" + "Kwun Tong District Councillor" (the district as a modifier); not inside the concern group; caption and headline not counted
    "Fire Services Department": ("ORG", 2),  # "an inspection by the Fire Services Department", "The Fire Services Department said"
    "Chan Mei-ling": ("PERSON", 3),  # family name first; + "Chan said", "Back at her stall, Chan"
    "HKFP": ("ORG", 2),  # 2 x "told HKFP"; the caption credit "Irene Mok/HKFP" (left in the body) and the dropped footer not counted
    "Lam Ka-chun": ("PERSON", 2),  # "Kwun Tong District Councillor" a title; + "Lam said"
    "Natalie Kwok": ("PERSON", 2),  # + "Kwok said"
    "Hong Kong": ("GPE", 1),  # "a Hong Kong of hawkers" (in a quote); "HK$" not marked
    "Lingnan University": ("ORG", 1),
    "Kwun Tong Food Heritage Concern Group": ("ORG", 1),
    "Facebook": ("ORG", 1),
    "Hip Wo Street": ("FAC", 1),  # "the last cooked food centre on Hip Wo Street" (in the post); not inside the centre's name
}


# /work/round17/quotes/r17-mumbai-hoardings-hc.txt
MUMBAI_HOARDINGS_HC = """HC pulls up BMC over illegal hoardings, says civic body 'cannot wait for another collapse'

TNN / Updated: Nov 19, 2025, 23:41 IST

MUMBAI: The Bombay high court on Wednesday directed the BMC to remove within four weeks all hoardings in the eastern suburbs that do not have a valid structural stability certificate, and to file an affidavit listing every hoarding on railway and private land in the city.

A division bench of Justices Sunanda Phadke and Rohan Inamdar was hearing a PIL filed by the Kurla Residents' Welfare Forum after a 60-foot hoarding fell on an auto-rickshaw stand near Kurla station in September, injuring 11 people.

"It is unfortunate that in a city like Mumbai, citizens have to approach this court to ask that a structure above their heads should not fall on them," the bench said. "The corporation cannot wait for another collapse before it acts."

The HC said it was "shocked" that the civic body had no consolidated record of hoardings put up on land belonging to the railways, the MMRDA and private owners.

Senior advocate Aniruddha Bapat, appearing for the BMC, submitted that the corporation had issued notices to 212 hoarding owners since September and had pulled down 37 structures. He said the BMC had no jurisdiction over railway land and that the Railways had refused to share their list.

"We have written to the Central Railway three times. We are still waiting for an answer," Bapat told the court.

According to the BMC's affidavit, only 146 of the 1,025 hoardings it has licensed in the eastern suburbs have a structural audit report less than a year old.

Advocate Farida Merchant, for the petitioners, argued that the figures showed the civic body had "lost control" of the outdoor advertising business. She said many of the hoardings had been raised by several feet after they were licensed, without fresh approval.

"These are not billboards, these are sails. When the wind comes in June, they become weapons," Merchant said. She added that the residents' forum had photographed at least 40 hoardings with rusted frames along the LBS Marg stretch alone.

Appearing for the Central Railway, advocate Suresh Kumar said the railway had conducted its own audit of hoardings on its land in October and would place the report on record. "Every hoarding on railway land has a valid certificate. We have nothing to hide," he said.

The bench, however, noted that the hoarding which collapsed at Kurla had stood on private land next to the railway boundary, and that each authority had told the court the structure was the responsibility of the other.

"This is a classic case of passing the buck," the bench said, "and the price is paid by the commuter standing at the auto stand."

The judges directed the BMC commissioner to hold a meeting with officials of the Central Railway, the Western Railway and the MMRDA within two weeks and to frame a common procedure for inspecting hoardings.

The court also asked the state government to explain why draft rules on outdoor advertising, published in 2023, had not been notified. The government pleader told the court that the rules were "under active consideration".

A senior BMC official, who did not wish to be named, told TOI after the hearing that the corporation had only 14 licence inspectors for the entire city. "Half my team is on election duty. The court is right, but who will go and climb these structures?" the official said.

Outside the court, Shabana Qureshi, whose husband was among those injured in the September collapse, said the family was still waiting for compensation. "He drove that auto for 22 years. Now he cannot lift his right arm," she said.

The matter will next be heard on December 17.
"""

MUMBAI_HOARDINGS_HC_EXPECTED = {
    "Mumbai": ("GPE", 2),  # the dateline "MUMBAI" + "a city like Mumbai" (in a quote)
    "Bombay high court": ("ORG", 2),  # "The Bombay high court" (TOI lower case) + "The HC said"; "the court", "the bench", "the judges" not counted; headline not counted
    "BMC": ("ORG", 6),  # never spelled out in the story; 6 x incl. "the BMC's affidavit", "the BMC commissioner", "A senior BMC official"; "the corporation" not counted
    "Sunanda Phadke": ("PERSON", 1),  # "A division bench of Justices Sunanda Phadke and Rohan Inamdar"
    "Rohan Inamdar": ("PERSON", 1),
    "Kurla Residents' Welfare Forum": ("ORG", 1),
    "Kurla": ("GPE", 2),  # "near Kurla station", "collapsed at Kurla"; not inside the forum's name
    "MMRDA": ("ORG", 2),
    "Aniruddha Bapat": ("PERSON", 2),  # "Senior advocate" a title; + "Bapat told the court"
    "Central Railway": ("ORG", 3),  # one in a quote, "Appearing for the Central Railway", "officials of the Central Railway"; "the Railways" / "the railways" / "the railway" not counted
    "Farida Merchant": ("PERSON", 2),  # "Advocate" a title; + "Merchant said"
    "LBS Marg": ("FAC", 1),
    "Suresh Kumar": ("PERSON", 1),
    "Western Railway": ("ORG", 1),
    "TOI": ("ORG", 1),  # "told TOI"; the "TNN / Updated ..." line (the dek) not counted
    "Shabana Qureshi": ("PERSON", 1),
}


# /work/round17/quotes/r17-harwood-moretown-school-vote.txt
HARWOOD_MORETOWN_SCHOOL_VOTE = """Harwood school board votes to close Moretown Elementary, sending 68 students to Waitsfield next fall

After four hours of public comment, the board voted 6-3 to close the smallest school in the district. Parents say they will try to reverse the decision by petition.

By Colin Adeyemi
November 20, 2025, 6:48 am

Parents and students hold signs outside Harwood Union High School in Duxbury before the school board's vote on Wednesday, Nov. 19, 2025. Photo by Maeve Sorensen/VTDigger

DUXBURY — The Harwood Unified Union School District board voted 6-3 late Wednesday to close Moretown Elementary School at the end of the school year and move its 68 students to Waitsfield Elementary, about 10 miles away.

The vote came after more than four hours of public comment in the cafeteria of Harwood Union High School, where about 200 people filled the tables and lined the walls. Most of the 41 people who spoke asked the board to keep the school open.

Superintendent Dana Whitcomb told the board the district faces a budget gap of about $2.4 million next year, driven largely by rising health insurance costs and the end of federal pandemic relief money.

“I did not come into this job to close schools. But I cannot recommend a budget that asks taxpayers for an increase of this size while we heat and staff a building that is less than half full,” Whitcomb said.

She said closing the school would save about $780,000 a year, mostly in staff and building costs, and that no teacher would lose a job because of the closure. Some positions would be cut through retirements, she said, and others would move to the Waitsfield school.

Board chair Peter Lavoie, who voted for the closure, said the decision was the hardest the board had faced since the district merged in 2017.

“Every one of us on this board has a connection to these schools,” he said, his voice breaking, “and none of us wanted to be here tonight.”

Board member Andrea Fiske, who represents Moretown, voted against. She told the meeting the savings estimate did not include the cost of longer bus routes or the value of the building to the town.

“We are about to take the last public building with a light on after 5 o’clock out of a village of 1,700 people,” Fiske said during the debate. “When you close a school in a town this size, you don’t get it back.

“Nobody has ever gotten it back. Not one town in this valley.”

According to the Vermont Agency of Education, statewide enrollment in public schools has fallen by about 12% over the past decade. In an email, the agency said it did not take positions on individual school closures, and that decisions about buildings rested with local boards.

Small classes

A teacher at Moretown Elementary, who spoke on condition of anonymity because staff had been told not to talk to the press before the vote, said the school’s small classes had helped several students who struggled in larger schools.

“Some of these kids finally have a place where an adult knows their name by 8 a.m. That doesn’t show up on a spreadsheet,” the teacher said.

Tom Aldrich, a professor of education policy at the University of Vermont, said research on small rural school closures was mixed.

“Students usually do fine academically after a consolidation. What the studies don’t capture well is what happens to the town,” said Aldrich, who has advised several Vermont districts on facilities planning.

He said long bus rides were the most common complaint from families after a closure, especially for the youngest children.

On Thursday morning, a parents’ group called Keep Moretown Elementary posted on Facebook that it had begun collecting signatures to put the closure to a districtwide vote. “This is not over,” the post said. Under the district’s articles of agreement, a petition signed by 5% of voters can force a revote.

Whitcomb said the district would respect any petition, but that planning for next year could not wait. “We owe families in Waitsfield and Moretown a plan by February,” she said.

Outside, Juniper Haskins, a fifth grader at Moretown Elementary, held a sign she had painted with her classmates.

“I just want to finish sixth grade with my friends,” she said. “That’s all.”
"""

HARWOOD_MORETOWN_SCHOOL_VOTE_EXPECTED = {
    "Duxbury": ("GPE", 1),  # the dateline "DUXBURY —"; the dropped photo caption not counted
    "Harwood Unified Union School District": ("ORG", 1),
    "Moretown Elementary School": ("ORG", 3),  # + 2 x "Moretown Elementary"; not inside "Keep Moretown Elementary"; headline not counted
    "Waitsfield Elementary": ("ORG", 1),
    "Harwood Union High School": ("ORG", 1),
    "Dana Whitcomb": ("PERSON", 3),  # "Superintendent" a title; + 2 x "Whitcomb said"
    "Waitsfield": ("GPE", 2),  # "the Waitsfield school", "families in Waitsfield"; not inside "Waitsfield Elementary"; headline not counted
    "Moretown": ("GPE", 2),  # "who represents Moretown", "in Waitsfield and Moretown"; not inside the school or the parents' group
    "Peter Lavoie": ("PERSON", 1),  # "Board chair" a title
    "Andrea Fiske": ("PERSON", 2),  # "Board member" a title; + "Fiske said during the debate"
    "Vermont Agency of Education": ("ORG", 1),  # "the agency" not counted
    "Tom Aldrich": ("PERSON", 2),  # + "said Aldrich"
    "University of Vermont": ("ORG", 1),
    "Vermont": ("GPE", 1),  # "several Vermont districts"; not inside the agency or the university
    "Keep Moretown Elementary": ("ORG", 1),  # the parents' group
    "Facebook": ("ORG", 1),
    "Juniper Haskins": ("PERSON", 1),
}


# /work/round17/contrasts/held17_sky_social_homes_misspoke.txt
SKY_SOCIAL_HOMES_MISSPOKE = """Housing minister 'misspoke' over social homes pledge, government admits

Lucy Brennan told Sky News 40,000 social homes would be finished "this year" - but her department says the figure covers the rest of the parliament.

Tom Gallagher
Political reporter @TomGallagherSky
Tuesday 18 November 2025 16:05, UK

Please use Chrome browser for a more accessible video player

The housing minister "misspoke" when she said 40,000 new social homes would be completed this year, the government has admitted.

Appearing on Sky News Breakfast on Tuesday morning, Lucy Brennan said: "We will complete 40,000 new social homes this year, and that is a promise to every family on a waiting list."

But by lunchtime the Ministry of Housing, Communities and Local Government had issued a clarification.

A spokesperson said: "The minister misspoke. The 40,000 figure refers to social homes we expect to start over the rest of this parliament, not completions in 2025."

Ms Brennan later wrote on X: "I got the figure wrong on Sky this morning. The commitment is 40,000 starts by the end of the parliament - I'm sorry for the confusion."

Image: Lucy Brennan on Sky News Breakfast on Tuesday

Official figures show about 9,500 social rent homes were completed in England in the last financial year.

The shadow housing secretary, Graham Ashworth, said the minister's original figure was "not accurate and never could have been", and accused ministers of "making it up as they go along".

The Conservatives had their own problem with numbers this week.

On Monday, the party put out a press release claiming that "housing starts have fallen by a third since the election".

Tories withdraw housing starts figure

On Tuesday afternoon, the party withdrew that claim. A Conservative spokesperson said: "The figure in our release was based on an incorrect reading of the quarterly data and should not have been used. Starts have fallen, but not by a third."

Labour's deputy chair said the episode showed the opposition "has no credibility on housing".

The row came a day after the department changed course on a new £50m fund for councils.

When it was announced on Friday, guidance said the money would be open only to councils that had declared a housing emergency.

On Monday, the department dropped that condition. A spokesperson said the fund would now be open to every council in England, adding: "We listened to councils who told us the emergency test would shut out areas with real need."

Downing Street denied a report in The Times that the government's target of 1.5 million homes in England by 2029 was being quietly dropped.

"That is simply untrue. The target stands," the prime minister's official spokesman said.

The department stood by its assessment that the target remains achievable.

Ms Brennan also rejected an accusation by Reform UK that the government was "prioritising migrants" in the allocation of social housing, calling it "divisive nonsense".

Nadia Lowther, a policy director at a housing charity, disagreed with the government's claim that planning reforms alone would unlock enough land.

"It would be a mistake to think that the planning system is the only thing holding back social housing. The money has to be there too," she said.

Several councils said they were still drawing up draft bids for the new fund.

Housebuilders have also been cautious. One developer withdrew from a 600-home scheme in Essex last month, citing high construction costs.

Housing starts reversed two quarters of decline between July and September, according to the latest figures, but remain well below the levels needed to meet the 1.5 million target.

Read more from Sky News:
Renters' Rights Act: What changes for tenants and landlords
Mortgage rates fall to lowest level since 2022

Ms Brennan is due to appear before the housing select committee next week.
"""

SKY_SOCIAL_HOMES_MISSPOKE_EXPECTED = {
    "Sky News Breakfast": ("WORK_OF_ART", 1),  # the programme (not scored)
    "Lucy Brennan": ("PERSON", 4),  # "Lucy Brennan said" + 3 x "Ms Brennan"; the standfirst (left in the body) and the dropped "Image:" caption not counted
    "Ministry of Housing, Communities and Local Government": ("ORG", 1),
    "X": ("ORG", 1),  # "wrote on X"
    "Sky News": ("ORG", 1),  # "on Sky this morning" (in a quote); not inside "Sky News Breakfast"; the standfirst and the dropped "Read more from Sky News:" line not counted
    "England": ("GPE", 3),
    "Graham Ashworth": ("PERSON", 1),
    "Conservatives": ("ORG", 3),  # "The Conservatives", "A Conservative spokesperson", the subhead "Tories withdraw ..."
    "Labour": ("ORG", 1),  # "Labour's deputy chair"
    "Downing Street": ("FAC", 1),  # FAC (the building standing for the prime minister's office), as "Berlaymont" in round 16
    "The Times": ("ORG", 1),
    "Reform UK": ("ORG", 1),  # "UK" not marked apart
    "Nadia Lowther": ("PERSON", 1),
    "Essex": ("GPE", 1),
}


# /work/round17/contrasts/held17_bangkokpost_suvarnabhumi_ride_hailing.txt
BANGKOKPOST_SUVARNABHUMI_RIDE_HAILING = """AoT backtracks on Suvarnabhumi ride-hailing pickup ban

Notice on airport website was 'an unapproved draft', says operator; transport department corrects driver figure

PUBLISHED : 21 Nov 2025 at 18:12
UPDATED : 21 Nov 2025 at 20:40
NEWSPAPER SECTION: News
WRITER: Online Reporters

Airports of Thailand Plc (AoT) has withdrawn a notice saying ride-hailing drivers would be barred from picking up passengers at Suvarnabhumi airport, a day after the announcement angered drivers and confused foreign tourists.

The notice, posted on the airport's website and Facebook page on Thursday morning, said that from Dec 1 "ride-hailing drivers will no longer be allowed to pick up passengers at the arrivals level" and that passengers should use the public taxi counters on Floor 1 instead.

On Friday, AoT said the notice was "an unapproved draft that was posted by mistake" and had been removed from all its channels.

"There is no ban. Passengers can continue to use ride-hailing apps at Suvarnabhumi as they do today," AoT president Kittipong Saengthong told reporters at the airport.

Passengers wait at the taxi counters on the arrivals floor of Suvarnabhumi airport on Friday. (Photo: Wichai Rattanakorn)

Mr Kittipong said the company was still studying how to manage congestion at the arrivals kerb, where private cars, taxis and app-based drivers compete for space at peak hours. Any new measure would be discussed with the Department of Land Transport (DLT) before it was announced, he said.

The Taxi Association of Thailand accused AoT of trying to protect a taxi cooperative that runs the airport's public taxi service. AoT rejected the accusation, saying the cooperative was selected through an open bidding process.

Driver figure corrected

The DLT on Friday also corrected a figure given by its director-general a day earlier.

Speaking at a seminar on Thursday, director-general Anucha Srisawat said "more than 14,000 ride-hailing drivers have registered" under the department's new scheme, which requires drivers to carry a public-transport licence and register their vehicles.

In a statement on Friday, the DLT said the correct figure was 4,100. "The director-general read the wrong line from the table. We apologise for the error," the statement said.

The department estimates there are more than 60,000 people driving for ride-hailing apps in Bangkok and surrounding provinces.

The DLT also said a figure of 90,000 unregistered drivers circulated by the taxi association was not accurate and could not be verified.

Grab Thailand denied a report in a Thai-language daily that it planned to raise the commission it charges drivers to 30% next year. "The report is incorrect. We have no plan to change the commission structure," the company said.

The Tourism Council of Thailand disagreed with the DLT's view that registration alone would solve safety complaints from foreign passengers.

"It would be a mistake to think a registration sticker will stop overcharging. Enforcement at the airport is what matters," the council's vice-president, Chaiwat Boonmee, said.

The Transport Ministry said a draft amendment to the Land Transport Act, which would set minimum and maximum fares for ride-hailing services, would be sent to the cabinet next month.

AoT stood by its plan to install 120 new CCTV cameras along the arrivals kerb by the end of the year.

A group of about 50 app drivers who had gathered outside the airport's administration building on Friday morning withdrew after AoT officials met their representatives.

Suvarnabhumi handled about 62 million passengers last year, and passenger numbers reversed their post-pandemic slowdown in the third quarter, according to AoT.

AoT shares fell 0.5% to close at 41.25 baht on the Stock Exchange of Thailand.
"""

BANGKOKPOST_SUVARNABHUMI_RIDE_HAILING_EXPECTED = {
    "Airports of Thailand": ("ORG", 10),  # "Airports of Thailand Plc (AoT)" (2) + 8 x "AoT"; headline not counted
    "Suvarnabhumi": ("FAC", 3),  # the airport (FAC): "Suvarnabhumi airport", "at Suvarnabhumi as they do today", "Suvarnabhumi handled"; the dropped caption not counted
    "Facebook": ("ORG", 1),
    "Kittipong Saengthong": ("PERSON", 2),  # "AoT president" a title; + "Mr Kittipong" (Thai usage: the given name)
    "Department of Land Transport": ("ORG", 6),  # "the Department of Land Transport (DLT)" (2) + 4 x "DLT"/"DLT's"; "the department" not counted
    "Taxi Association of Thailand": ("ORG", 1),
    "Anucha Srisawat": ("PERSON", 1),  # "director-general" a role
    "Bangkok": ("GPE", 1),
    "Grab Thailand": ("ORG", 1),
    "Thai": ("NORP", 1),  # "a Thai-language daily"
    "Tourism Council of Thailand": ("ORG", 1),
    "Chaiwat Boonmee": ("PERSON", 1),
    "Transport Ministry": ("ORG", 1),  # "The Transport Ministry said"
    "Land Transport Act": ("LAW", 1),
    "Stock Exchange of Thailand": ("ORG", 1),
}


# /work/round17/contrasts/held17_nature_antibiotic_preprint_withdrawn.txt
NATURE_ANTIBIOTIC_PREPRINT_WITHDRAWN = """NEWS
26 November 2025

Team withdraws preprint claiming new antibiotic cleared superbug infections in mice

Researchers say contaminated samples explain their striking results — and their university has rewritten its press release.

By Elena Marsh

A team of chemists and microbiologists in South Korea has withdrawn a preprint that reported a new antibiotic compound had wiped out drug-resistant bacterial infections in mice, saying that its key experiment was flawed.

The preprint, posted on the bioRxiv server on 3 November, said that the compound, called SNU-417, “cleared Acinetobacter baumannii infections in all 12 treated mice within 48 hours”1. A. baumannii is on the World Health Organization’s list of critical priority pathogens, and few drugs still work against its most resistant strains.

On 24 November, the authors posted a withdrawal notice. “We made a mistake in the handling of the tissue samples, and the results reported in the mouse experiment do not hold,” says Park Hyun-woo, a medicinal chemist at Seoul National University who led the study. “We should have caught this before posting, and we take full responsibility.”

Park says that samples from treated and untreated animals were mixed up during plating, and that a repeat experiment in October showed only a modest reduction in bacterial load.

Press release rewritten

The university’s original press release, issued on 5 November, described SNU-417 as “the first new class of antibiotic against Gram-negative bacteria in more than 50 years”. That line has now been removed. In a statement to Nature, the university’s communications office said the phrase “was an error on our part and should never have been used”, because the compound belongs to a class that has been studied since the 1990s.

Several researchers had questioned the results within days of posting. On the discussion site PubPeer, one commenter wrote that two images of bacterial colonies in the preprint appeared to be the same plate photographed twice, and that the figure legends were not accurate.

“I’m glad they withdrew it quickly. That is how the system is supposed to work,” says Maria Lindgren, a microbiologist at the Karolinska Institutet in Stockholm, who was not involved in the study.

But Lindgren disagreed with commenters on social media who blamed the episode on pressure to publish quickly. “This was a lab error, not a culture problem, and it would be a mistake to turn it into one,” she says.

The team stood by its earlier work describing the compound’s chemical structure, which was published in a peer-reviewed journal last year2.

A small biotechnology firm in Daejeon that had licensed the compound, Ravenna Therapeutics, denied a report in the Korean business daily Maeil Business Newspaper that it had funded the mouse experiments. “That report is wrong. We had no role in the study design or funding,” a company spokesperson told Nature.

The compound did reverse resistance to the antibiotic colistin in bacterial cultures, Park says, and that result has been reproduced by a second laboratory.

Other groups caution against reading too much into a single withdrawn preprint. The WHO published a draft update of its priority pathogens list in October that still ranks carbapenem-resistant A. baumannii among the most urgent threats.

Park says his team will repeat the mouse study with an outside laboratory and post the results whether or not they are positive. “If it does not work, people should know that too,” he says.

doi: https://doi.org/10.1038/d41586-025-03841-2

References
1. Park, H.-W. et al. Preprint at bioRxiv https://doi.org/10.1101/2025.11.01.616482 (2025).
2. Park, H.-W. et al. J. Med. Chem. 67, 10412–10429 (2024).

Updates & Corrections
Correction 27 November 2025: An earlier version of this story said that the preprint was posted on the medRxiv server. It was posted on bioRxiv.
"""

NATURE_ANTIBIOTIC_PREPRINT_WITHDRAWN_EXPECTED = {
    "South Korea": ("GPE", 1),
    "bioRxiv": ("ORG", 2),  # "the bioRxiv server" + the correction note; the References line left in the body not counted
    "World Health Organization": ("ORG", 2),  # + "The WHO published"
    "Park Hyun-woo": ("PERSON", 4),  # family name first; + 3 x "Park says"; the two "Park, H.-W." in the References (left in the body) not counted
    "Seoul National University": ("ORG", 1),
    "Nature": ("ORG", 2),  # "In a statement to Nature", "told Nature"; the "NEWS" label is not a mention
    "PubPeer": ("ORG", 1),
    "Maria Lindgren": ("PERSON", 2),  # + "But Lindgren disagreed"
    "Karolinska Institutet": ("ORG", 1),
    "Stockholm": ("GPE", 1),
    "Daejeon": ("GPE", 1),
    "Ravenna Therapeutics": ("ORG", 1),
    "Korean": ("NORP", 1),
    "Maeil Business Newspaper": ("ORG", 1),
    "medRxiv": ("ORG", 1),  # in the "Updates & Corrections" note (body)
}


ROUND17 = {
    "kwun_tong_cooked_food_centre": (KWUN_TONG_COOKED_FOOD_CENTRE, KWUN_TONG_COOKED_FOOD_CENTRE_EXPECTED),
    "mumbai_hoardings_hc": (MUMBAI_HOARDINGS_HC, MUMBAI_HOARDINGS_HC_EXPECTED),
    "harwood_moretown_school_vote": (HARWOOD_MORETOWN_SCHOOL_VOTE, HARWOOD_MORETOWN_SCHOOL_VOTE_EXPECTED),
    "sky_social_homes_misspoke": (SKY_SOCIAL_HOMES_MISSPOKE, SKY_SOCIAL_HOMES_MISSPOKE_EXPECTED),
    "bangkokpost_suvarnabhumi_ride_hailing": (BANGKOKPOST_SUVARNABHUMI_RIDE_HAILING, BANGKOKPOST_SUVARNABHUMI_RIDE_HAILING_EXPECTED),
    "nature_antibiotic_preprint_withdrawn": (NATURE_ANTIBIOTIC_PREPRINT_WITHDRAWN, NATURE_ANTIBIOTIC_PREPRINT_WITHDRAWN_EXPECTED),
}
