"""Round 15, HELD-OUT: six articles (/work/round15/quotes/r15-*.txt, /work/round15/contrasts/held15_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round14.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first).

Conventions followed from the earlier gold (entities_articles_round14.py and before): the headline, the dek
and the byline / date lines the reading stage drops are front matter and not counted ("By Ritika Sehrawat" /
"Jul 22, 2025 06:14 AM IST"; "By Tamsin Rourke in Merimbula" / "Sat 15 Mar 2025 05.00 AEDT"; "By Faisal
Mahmud" / "Published On 18 Nov 2025"; "By Camille Ferrand" / "Published on March 11, 2025, at 6:42 pm
(Paris)"; "By KENJI OKADA, Nikkei staff writer" / "March 19, 2025 17:05 JST"; "By Jesse Alvarado" / "Updated
5:48 PM MDT, April 8, 2025"); here every dek is taken as the dek by the reading stage except the AP story's
(it has none); a dateline counts as body ("GURUGRAM:", "Dhaka, Bangladesh –", "TOKYO --", "DENVER (AP) —"),
and so does the AP correction line after "___"; persons under the fullest form without titles or
honorifics ("Dr", "Dr.", "Mr.", "President", "Commissioner"), surname-only and possessive mentions under it;
acronyms in brackets and their later uses under the full name (IMD, GMDA, MCG, BGMEA, RN; METI, not given in
brackets, counts under the ministry's full name as its standard acronym); a name inside a longer name is not
a mention of its own ("Gurugram" in the GMDA and MCG names, "Delhi" in "New Delhi", "Merimbula" in "Merimbula
Lake", "Bangladesh" in two association names, "France" in "France Inter", "Toulouse" in the hospital,
"Tokyo" in "Tokai Tokyo Intelligence Laboratory", "Colorado" in the department and the hospital, "NSW" and
"Australia" in names); only the name is marked inside hyphenated words and routes ("Dhaka-based",
"Amsterdam-based", "the Delhi-Jaipur highway", "the Dhaka-Tangail highway"); a place name used as a modifier
is a mention of the place ("the Gurugram observatory", "Gurugram traffic police", "the Merimbula pump
station", "A Greeley urgent care clinic", "The Kumamoto prefectural government"), a company or agency name
used so is a mention of it ("A BGMEA board member", "A METI official", "A Formosa executive", "A senior MCG
official"); newspapers, broadcasters and agencies are ORG (Al Jazeera, Libération, France Inter, Nikkei
Asia, Bloomberg, AP); X and Facebook are ORG; parties are ORG (Rassemblement National, Renaissance); a
government body named by a common noun ("the labour ministry", "the department", "the council", "the
authority", "traffic police", "the prefectural government") is not a mention; numbered urban districts are
GPEs of their own ("Sector 56", as r14's "Dublin 11"); a county named in full is a GPE ("Weld County",
"Larimer County"), and a prefecture named in full is apart from its short form ("Kumamoto Prefecture" vs
"Kumamoto", as "Kisumu County" vs "Kisumu"); roads are FAC, lakes LOC.

Judgement calls where the earlier gold shows no convention: "Millennium City" (Gurugram's nickname, inside
a quoted X post) is not marked; "RWA" (the common-noun acronym of a lower-case "residents' welfare
association") is not marked; "the Najafgarh drain" marks Najafgarh as LOC (the channel, unscored), not the
town; "the School of Planning and Architecture, New Delhi" counts the school (ORG) and New Delhi (GPE)
apart; "Konabari" (an industrial area of Gazipur) is a GPE; "Bangladeshi", "Japanese", "Chinese" NORP;
"the Socialist group" marks Socialist as NORP (political affiliation) rather than the party; "Cour des
comptes" is kept in French as the ORG's name; "Die" (a town in the Drôme) is a GPE, 2; French departments
in brackets after towns (Côtes-d'Armor, Aveyron, Drôme) and the MP's "(Renaissance, Gironde)" are GPE /
ORG; "Taiwan's Formosa Power Devices" gives Taiwan (GPE) and the company (ORG); "DENVER (AP)" gives Denver
(GPE) and AP (ORG, the agency, named by its acronym only); the AP correction line ("reported in Weld County,
not Larimer County") is body and counted; "silicon carbide", "EV", "fiscal 2027", the taka and the
rupee are not marked."""

# /work/round15/quotes/r15-gurugram-monsoon-waterlogging.txt
GURUGRAM_MONSOON_WATERLOGGING = """Gurugram: 78mm rain in two hours leaves Golf Course Road, Sohna Road under water; GMDA blames construction debris

Commuters stranded for up to four hours; residents of Sector 56 say underpass pumps failed again

By Ritika Sehrawat
Jul 22, 2025 06:14 AM IST

GURUGRAM: Large stretches of Golf Course Road, Sohna Road and the Delhi-Jaipur highway near Narsinghpur were submerged on Monday evening after the city received nearly 80mm of rain in a little over two hours, leaving thousands of commuters stranded in traffic well past midnight.

According to the India Meteorological Department (IMD), the Gurugram observatory recorded 78.5mm of rainfall between 5.30pm and 8pm, the highest for a single spell this monsoon. A yellow alert is in place for Tuesday.

Officials of the Gurugram Metropolitan Development Authority (GMDA) said the master stormwater drains along Golf Course Road had been desilted in June but were choked again by construction debris dumped by private developers.

"We removed more than 1,200 tonnes of silt from the master drains before the monsoon. What we are seeing now is fresh debris from construction sites, and the drains were never designed to carry that," said Arun Malik, chief engineer (stormwater), GMDA.

Malik said the authority had identified 14 sites along the road where debris had been dumped, and that notices would be issued to the developers by Wednesday.

He added that pumps had been installed at six locations and that water had receded from most stretches by 1am.

The Municipal Corporation of Gurugram (MCG), which maintains internal sector roads, said in a statement that 32 teams had been deployed overnight and that "all major underpasses were made motorable by early Tuesday morning."

Residents, however, said the situation inside the sectors was far worse.

"My car was stuck in the Sector 56 underpass for almost three hours. Water was up to the windows," said Priya Kataria, 41, a schoolteacher who lives in Sector 56. "There was no traffic police, no pump, nobody. I finally waded out with my daughter at 10pm."

Kataria said residents had complained about the underpass to the MCG at least four times since last year.

Rakesh Yadav, president of the Sector 56 residents' welfare association (RWA), said the problem returned every monsoon. "Every year, officials come after the rain, take photographs and leave," he said. "We have written to the commissioner, we have written to the GMDA. Nobody takes responsibility for this drain, because it falls between two departments."

In a post on X, Yadav shared a video of cars stalled near the underpass and wrote: "Millennium City, 2025 edition. Same water, same excuses."

A senior MCG official, requesting anonymity, acknowledged that the underpass pumps had stopped for nearly two hours because of a power outage. "The backup generator did not start. We have sought a report from the contractor," the official said.

Gurugram traffic police said vehicles were diverted from Golf Course Road to the Southern Peripheral Road between 7pm and 11pm, and that 250 personnel were deployed at 40 waterlogging points across the city.

Sunita Rao, 67, who lives in a high-rise on Sohna Road, said water had entered her building's basement for the third time this month.

"Once the water enters the basement, the lifts stop and the power goes," she said, "and the elderly on the upper floors simply cannot get out."

Urban planners said the city's drainage problems stemmed from the loss of its natural water channels.

"Gurugram was built over a network of bunds and seasonal streams that carried water towards the Najafgarh drain. Most of them have been built over or narrowed to a few metres," said Meenakshi Dahiya, an associate professor of urban planning at the School of Planning and Architecture, New Delhi. "You cannot solve that with pumps.

"What the city needs is a drainage plan for the whole catchment, not for each sector. Until then, every heavy spell will look like Monday."

Back in Sector 56, Kataria said she had stopped waiting for the authorities. "We have bought our own pump for the building," she said. "It cost ₹38,000. That is the price of living here."
"""

GURUGRAM_MONSOON_WATERLOGGING_EXPECTED = {
    "Gurugram": ("GPE", 4),  # the dateline "GURUGRAM" + "the Gurugram observatory", "Gurugram traffic police", a quote; not inside the GMDA or MCG names; headline not counted
    "Golf Course Road": ("FAC", 3),  # a road (FAC); headline not counted
    "Sohna Road": ("FAC", 2),
    "Delhi": ("GPE", 1),  # "the Delhi-Jaipur highway" (places a route runs between); not inside "New Delhi"
    "Jaipur": ("GPE", 1),  # "the Delhi-Jaipur highway"
    "Narsinghpur": ("GPE", 1),
    "India Meteorological Department": ("ORG", 2),  # + "(IMD)"
    "Gurugram Metropolitan Development Authority": ("ORG", 4),  # + "(GMDA)", "chief engineer (stormwater), GMDA", "the GMDA" (a quote); headline not counted
    "Arun Malik": ("PERSON", 2),  # "chief engineer (stormwater), GMDA" is a role; + "Malik"
    "Municipal Corporation of Gurugram": ("ORG", 4),  # "The" opens the sentence; + "(MCG)", "to the MCG", "A senior MCG official"
    "Sector 56": ("GPE", 4),  # a numbered urban sector (as r14 "Dublin 11", "District 3"); 4 x, one in a quote; "the Sector 56 residents' welfare association (RWA)" is lower case and "RWA" (a common-noun acronym) is not marked
    "Priya Kataria": ("PERSON", 3),  # + 2 x "Kataria"
    "Rakesh Yadav": ("PERSON", 2),  # "president of the ... (RWA)" is a role; + "Yadav shared"
    "X": ("ORG", 1),  # "In a post on X"; "Millennium City" in his post (a nickname of Gurugram) is not marked
    "Southern Peripheral Road": ("FAC", 1),
    "Sunita Rao": ("PERSON", 1),
    "Najafgarh": ("LOC", 1),  # "the Najafgarh drain" (a stormwater channel named by its short form; not scored)
    "Meenakshi Dahiya": ("PERSON", 1),
    "School of Planning and Architecture": ("ORG", 1),  # "the School of Planning and Architecture, New Delhi": the institution, with New Delhi counted as the place
    "New Delhi": ("GPE", 1),
}


# /work/round15/quotes/r15-merimbula-oyster-closures.txt
MERIMBULA_OYSTER_CLOSURES = """‘We’re farming in a sewer’: south coast oyster growers count the cost of a fourth closure in a year

Growers on Merimbula Lake say repeated sewage overflows are pushing family businesses to the brink, as the council defends its upgrade timetable

By Tamsin Rourke in Merimbula
Sat 15 Mar 2025 05.00 AEDT

Dale Kirkwood has been growing oysters on Merimbula Lake for 31 years, and he has never seen a summer like this one.

“You stand out on the lease at six in the morning and it’s the most beautiful place on earth,” he says, pulling a tray of rock oysters from the water. “And you can’t sell a single one of them.”

The lake’s harvest area was closed for the fourth time in 12 months on 3 March, after a pump station failure sent an estimated 600,000 litres of partially treated sewage into the estuary during heavy rain. It reopened on Thursday.

According to the NSW Food Authority, the area was closed for a total of 97 days in 2024, more than in the previous five years combined. A spokesperson for the authority says closures are “a precautionary step” and that harvest areas reopen only when testing shows they are safe.

Kirkwood estimates he has lost about $140,000 in sales since last March. He has laid off two of his four staff.

“The oysters don’t care. They just keep growing,” he says. “It’s the bank that cares.”

For Mei Ling Tran, who runs a smaller lease with her husband on the lake’s western arm, the closures have meant selling the family’s second boat.

“We’ve had to tell our restaurant buyers in Sydney that we can’t promise anything anymore,” she says, “and once they go to someone else, they don’t come back.”

Tran started a Facebook group for affected growers in January. In a post pinned to the top of the page, she wrote: “Every closure is another month with no income and the same bills. We are not asking for handouts. We are asking for a pump station that works.”

Bega Valley Shire Council, which operates the sewerage network, says the Merimbula pump station is due to be replaced as part of a $36m upgrade to the town’s treatment system.

In a statement, the council said the failure on 3 March was caused by “a combination of extreme rainfall and an electrical fault” and that a backup generator had since been installed. It said construction on the upgrade would begin in the 2025-26 financial year.

The council’s director of infrastructure, Graham Pettit, says the work cannot be brought forward without state funding. “We understand the frustration of the growers completely. But this is a 50-year piece of infrastructure, and we have to get the design right,” he says.

Growers are unconvinced. One grower, who asked not to be named because he holds a council contract for other work, says the upgrade “has been two years away for the last 10 years”.

Marine scientists say sewage is only part of the problem.

Dr Ananya Bose, an estuarine ecologist at the University of Wollongong who has studied the lake since 2016, says more intense rain is washing greater loads of nutrients and bacteria off farmland and into the estuary.

“Even if the pump station were perfect tomorrow, you would still see closures after big rain events. They would be shorter, and less frequent, but they would not disappear,” Bose says. “What the growers need is a catchment plan, and that means working with farmers upstream as much as with the council.

“Nobody has funded that yet.”

Oysters Australia, the national industry body, says the south coast produces about a fifth of the state’s rock oysters. Its chair, Fiona Gallagher, says repeated closures threaten the industry’s reputation as well as growers’ incomes.

“When a consumer reads the word ‘sewage’ next to the word ‘oysters’, it doesn’t matter which lake it was,” she says. “It hurts every grower in the country.”

A spokesperson for the NSW Department of Primary Industries said the department was “aware of the impact on growers” and that disaster assistance was being considered.

Back on the lake, Kirkwood is pulling up another tray.

“My dad farmed here, and I wanted my son to farm here,” he says. “Now I’m telling him to get a trade.”
"""

MERIMBULA_OYSTER_CLOSURES_EXPECTED = {
    "Dale Kirkwood": ("PERSON", 3),  # + 2 x "Kirkwood"; he is "pulling a tray of rock oysters"
    "Merimbula Lake": ("LOC", 1),  # the lake (LOC); headline / dek / byline not counted
    "NSW Food Authority": ("ORG", 1),  # "the authority" (lower case) not counted
    "Mei Ling Tran": ("PERSON", 2),  # "For Mei Ling Tran" + "Tran started"
    "Sydney": ("GPE", 1),  # "our restaurant buyers in Sydney" (a quote)
    "Facebook": ("ORG", 1),  # "a Facebook group"
    "Bega Valley Shire Council": ("ORG", 1),
    "Merimbula": ("GPE", 1),  # "the Merimbula pump station" (the town); not inside "Merimbula Lake"
    "Graham Pettit": ("PERSON", 1),  # "The council’s director of infrastructure," is a role
    "Ananya Bose": ("PERSON", 2),  # "Dr" is a title; + "Bose says"
    "University of Wollongong": ("ORG", 1),
    "Oysters Australia": ("ORG", 1),
    "Fiona Gallagher": ("PERSON", 1),  # "Its chair," is a role
    "NSW Department of Primary Industries": ("ORG", 1),
}


# /work/round15/quotes/r15-dhaka-garment-wage-protests.txt
DHAKA_GARMENT_WAGE_PROTESTS = """Bangladesh garment workers block highway as wage talks stall

Thousands of workers in Ashulia and Gazipur demand a 40 percent rise, as factory owners warn of lost orders.

By Faisal Mahmud
Published On 18 Nov 2025

Dhaka, Bangladesh – Thousands of garment workers blocked the Dhaka-Tangail highway for a third day on Tuesday, demanding higher wages as talks between unions and factory owners over a new minimum wage broke down without agreement.

At least 12 people were injured when police fired tear gas and rubber bullets to clear the road near Gazipur’s Konabari area, according to local hospital officials. Police said officers had acted after protesters set fire to two buses.

“We did not come here to burn anything. We came because we cannot feed our children on 12,500 taka,” Shahida Akter, a 27-year-old sewing machine operator, told Al Jazeera near a factory gate in Ashulia. “Rice is more expensive, rent is more expensive. Only our wage stays the same.”

Akter, who sends part of her pay to her parents in Rangpur, said she had worked at the same factory for six years. Her supervisor, she said, had warned workers that anyone who joined the protest would lose their job.

The current minimum monthly wage for the sector, 12,500 taka ($104), was set in 2023. Unions are demanding 17,500 taka, a rise of 40 percent.

Rokeya Sarker, president of the Bangladesh Garment Workers Solidarity Federation, said the owners’ offer of a 9 percent increase was “an insult to the workers who earn this country its dollars”.

“The owners talk about orders and margins, but they never talk about the women who make the clothes,” she said. “We will stay on the streets until the wage board gives us a figure we can live on.”

The Bangladesh Garment Manufacturers and Exporters Association (BGMEA), which represents factory owners, said in a statement that a rise of the size unions demand would make Bangladeshi factories uncompetitive.

“Our members are already operating on very thin margins, and buyers have not increased the prices they pay us,” the association said. It added that 37 factories had suspended production in Ashulia since Sunday “for the safety of workers and property”.

A BGMEA board member, speaking on condition of anonymity because the talks were ongoing, told Al Jazeera that owners could raise their offer to 12 percent but not further.

The labour ministry said the minimum wage board would meet again on Thursday. In a post on its official Facebook page, the ministry urged workers to “return to work and keep faith in the negotiation process”.

Garment exports account for more than 80 percent of Bangladesh’s export earnings, according to the Export Promotion Bureau. The sector employs about four million people, most of them women.

Economists say the dispute reflects a deeper squeeze on the industry.

“Inflation has been above 9 percent for almost two years, so the real value of the 2023 wage has already fallen by a fifth,” said Anisur Rahman Chowdhury, a research director at the Centre for Policy Dialogue, a Dhaka-based think tank. “At the same time, the big brands are pushing prices down. The workers are being squeezed from one side and the owners from the other.”

Chowdhury said a rise of between 20 and 25 percent would restore most of the purchasing power workers had lost.

Labour rights groups say the crackdown on protests has intensified. On Monday, the Clean Clothes Campaign, an Amsterdam-based network, said on X that at least 30 workers had been arrested since Saturday and called on brands to “publicly support a living wage”.

A police official in Gazipur, who did not want to be named, said 19 people had been detained and that cases had been filed against “unknown persons” for vandalism.

Back in Ashulia, Akter said she would return to the highway on Wednesday.

“If I lose this job, I will find another one,” she said. “But if we go back now with nothing, nobody will listen to us for another two years.”
"""

DHAKA_GARMENT_WAGE_PROTESTS_EXPECTED = {
    "Dhaka": ("GPE", 3),  # the dateline "Dhaka, Bangladesh", "the Dhaka-Tangail highway", "a Dhaka-based think tank"
    "Bangladesh": ("GPE", 2),  # the dateline + "Bangladesh’s export earnings"; not inside the federation or BGMEA names; headline not counted
    "Tangail": ("GPE", 1),  # "the Dhaka-Tangail highway"
    "Gazipur": ("GPE", 2),  # "Gazipur’s Konabari area", "A police official in Gazipur"; dek not counted
    "Konabari": ("GPE", 1),  # an industrial area (GPE, as a neighbourhood)
    "Ashulia": ("GPE", 3),  # an industrial suburb; dek not counted
    "Shahida Akter": ("PERSON", 3),  # + 2 x "Akter"
    "Al Jazeera": ("ORG", 2),  # 2 x "told Al Jazeera"
    "Rangpur": ("GPE", 1),
    "Rokeya Sarker": ("PERSON", 1),
    "Bangladesh Garment Workers Solidarity Federation": ("ORG", 1),
    "Bangladesh Garment Manufacturers and Exporters Association": ("ORG", 3),  # "The" opens the sentence; + "(BGMEA)", "A BGMEA board member"
    "Bangladeshi": ("NORP", 1),
    "Facebook": ("ORG", 1),  # "its official Facebook page"
    "Export Promotion Bureau": ("ORG", 1),
    "Anisur Rahman Chowdhury": ("PERSON", 2),  # + "Chowdhury said"
    "Centre for Policy Dialogue": ("ORG", 1),
    "Clean Clothes Campaign": ("ORG", 1),
    "Amsterdam": ("GPE", 1),  # "an Amsterdam-based network"
    "X": ("ORG", 1),  # "said on X"
}


# /work/round15/contrasts/held15_lemonde_maternity_list.txt
LEMONDE_MATERNITY_LIST = """Health ministry disowns list of 37 maternity wards 'to be closed' after outcry in rural France

The document, published on the ministry's website on Monday, was a working draft 'posted in error', the government said. Elected officials in the departments concerned remain wary.

By Camille Ferrand
Published on March 11, 2025, at 6:42 pm (Paris)

France's health ministry on Tuesday, March 11, disowned a document listing 37 maternity wards that were to be closed or downgraded by 2027, saying it was a working draft that had been published on its website by mistake.

The document, posted on Monday afternoon in the "publications" section of the ministry's website, stated that maternity units performing fewer than 300 births a year "will be closed or converted into perinatal centers without delivery rooms by the end of 2027." It listed hospitals in 23 departments, including Guingamp (Côtes-d'Armor), Decazeville (Aveyron) and Die (Drôme).

Within hours, the list had been shared thousands of times by mayors, unions and local newspapers. On Tuesday morning, the page was removed. "This document is a working draft prepared for discussions with the regional health agencies. It was posted in error and does not reflect any decision by the government," the ministry said in a statement.

The minister delegate in charge of health professions, speaking to reporters during a visit to a hospital in Rennes, went further. "No maternity ward will close because of a list. I want to be very clear about that," she said, adding that any reorganization would be "discussed hospital by hospital, with the elected officials."

The clarification did little to reassure local officials. "We have been told it was a draft. We will believe it when it is written down and signed," said Mathilde Roux, the mayor of Die, whose maternity ward performed 212 births in 2024.

Far-right Rassemblement National (RN) deputies accused the government of "organizing the medical desertification of the countryside." The ministry rejected the accusation, pointing to the 1,200 additional midwife posts funded since 2023.

The ministry also denied a report published on Tuesday by the daily Libération, according to which it planned to cap the number of obstetricians trained each year. "That report is not accurate. No such measure is being studied," a ministry spokesperson said.

Doctors are divided on the underlying question. A 2024 report by the Cour des comptes found that small maternity units struggled to keep enough obstetricians, pediatricians and anesthetists on call around the clock.

"It would be a mistake to keep units open at any cost when they can no longer guarantee a safe night shift," said Claire Vasseur, an obstetrician at the Toulouse University Hospital, who disagreed with the mayors' campaign. Others, such as the national collective of small maternity wards, argue that closures force women to drive more than 45 minutes to give birth.

MP corrects himself on hospital budgets

The episode came a day after a member of the presidential camp had to correct himself on hospital funding.

Speaking on France Inter on Sunday, Aurélien Castagné (Renaissance, Gironde) said that the government "will freeze hospital investment budgets in 2026" in order to meet its deficit target. The remark was seized upon by the Socialist group, which called it "a declaration of war on public hospitals."

On Monday, Mr. Castagné wrote on X that he had misspoken. "I misspoke on Sunday: investment budgets will be maintained at their 2025 level. It is operating spending that will be capped," he wrote. His office said he had confused two lines of the draft social security budget.

Mr. Castagné nevertheless stood by his criticism of the regional health agencies, which he accused of "managing hospitals from spreadsheets."

The draft social security budget for 2026 is due to be presented to the Council of Ministers in early October. The government has said it will not include any measure on maternity wards.

In Guingamp, where residents fought the closure of their maternity unit in 2018 and won a reprieve, the hospital's staff association has called a rally for Saturday. "Every three years someone in Paris draws up a list, and every three years we are told it was a misunderstanding," said its spokesperson, Yannick Le Goff.
"""

LEMONDE_MATERNITY_LIST_EXPECTED = {
    "France": ("GPE", 1),  # "France's health ministry"; not inside "France Inter"; headline not counted
    "Guingamp": ("GPE", 2),  # + "In Guingamp"
    "Côtes-d'Armor": ("GPE", 1),
    "Decazeville": ("GPE", 1),
    "Aveyron": ("GPE", 1),
    "Die": ("GPE", 2),  # the town in the Drôme: "Die (Drôme)", "the mayor of Die"
    "Drôme": ("GPE", 1),
    "Rennes": ("GPE", 1),
    "Mathilde Roux": ("PERSON", 1),
    "Rassemblement National": ("ORG", 2),  # "Far-right" is no part of the name; + "(RN)"
    "Libération": ("ORG", 1),  # "the daily Libération"
    "Cour des comptes": ("ORG", 1),  # the audit court, French name kept (lower-case "des comptes")
    "Claire Vasseur": ("PERSON", 1),
    "Toulouse University Hospital": ("ORG", 1),  # Toulouse not counted inside it
    "France Inter": ("ORG", 1),
    "Aurélien Castagné": ("PERSON", 3),  # + 2 x "Mr. Castagné" ("Mr." a title)
    "Renaissance": ("ORG", 1),  # the party, in "(Renaissance, Gironde)"
    "Gironde": ("GPE", 1),  # the MP's department, in "(Renaissance, Gironde)"
    "Socialist": ("NORP", 1),  # "the Socialist group" (the parliamentary group; political affiliation, NORP; not scored)
    "X": ("ORG", 1),
    "Council of Ministers": ("ORG", 1),
    "Paris": ("GPE", 1),  # "someone in Paris" (a quote)
    "Yannick Le Goff": ("PERSON", 1),
}


# /work/round15/contrasts/held15_nikkei_hakuryo_kumamoto_plant.txt
NIKKEI_HAKURYO_KUMAMOTO_PLANT = """Hakuryo Semiconductor walks back president's 2026 start date for Kumamoto plant

Power chip maker says mass production remains on track for fiscal 2027; memory exit line was 'from an earlier draft'

By KENJI OKADA, Nikkei staff writer
March 19, 2025 17:05 JST

TOKYO -- Japanese power chip maker Hakuryo Semiconductor said on Wednesday that mass production at its new plant in Kumamoto Prefecture would begin in fiscal 2027 as originally planned, two days after its president told reporters the factory would start a year earlier.

Speaking at a news conference in Tokyo on Monday, President Takuya Morimoto said the 320 billion yen ($2.1 billion) plant in the town of Kikuyo "will start mass production in spring 2026," citing faster-than-expected equipment deliveries. Hakuryo shares rose 6.8% on Tuesday.

On Wednesday morning, the company issued a statement on its website saying the remark "did not accurately reflect the company's schedule." "The president was referring to the start of trial production. Mass production is scheduled for the first half of fiscal 2027, and there is no change to that plan," a company spokesperson told Nikkei Asia.

Morimoto himself addressed the confusion at a shareholder briefing in Osaka later that day. "I misspoke on Monday, and I apologize to investors. Trial runs will begin next spring, not volume production," he said.

Hakuryo shares fell 4.2% on Wednesday, giving back most of Tuesday's gain.

The plant, which will make silicon carbide power chips for electric vehicles and industrial equipment, is supported by up to 85 billion yen in subsidies from the Ministry of Economy, Trade and Industry. A METI official said the subsidy conditions "have not changed" and that the ministry had been informed of the fiscal 2027 schedule in advance.

Morimoto stood by the company's target of a 15% share of the global silicon carbide chip market by 2030, which he called "ambitious but realistic."

Medium-term plan revised

The correction was the second in a week. Hakuryo's medium-term management plan, published on March 12, stated that the company "will exit the consumer memory business by March 2026." A day later, the company deleted the line from the document on its investor relations page, saying the wording had come from an earlier draft and that its board had made no decision on the memory unit.

Separately, Hakuryo denied a Bloomberg report that it was in talks to sell the memory unit to a Chinese investment fund. "That is speculation. We have not announced anything and there is nothing to announce," the spokesperson said.

Some analysts said the back-and-forth raised questions about the company's communications. "It would be a mistake to read too much into one remark, but investors want one consistent message," said Yuko Hashimoto, a semiconductor analyst at Tokai Tokyo Intelligence Laboratory.

Another analyst reversed his own earlier call on the plant. Ren Takeda of Ichiyoshi Securities, who in a January note described the Kumamoto project as "too large for the current EV cycle," said on Wednesday that he had been too pessimistic. "I underestimated demand from industrial customers. I was wrong on the size of the market, and I am raising my rating to buy," Takeda told Nikkei Asia.

Local concerns have also surfaced. Residents' groups in Kikuyo have claimed that new chip plants in the area will lower groundwater levels. The Kumamoto prefectural government rejected the claim, saying its monitoring showed no significant change since 2022.

A union representing Hakuryo's contract workers accused the company of planning to move jobs from its older plant in Oita to Kumamoto. The company rejected the accusation, saying all 1,100 jobs in Oita would be kept.

Taiwan's Formosa Power Devices, which supplies Hakuryo with silicon carbide wafers, said it saw no reason to change its own shipment plans. A Formosa executive who asked not to be named disagreed with the view that the market was oversupplied.

Formosa's shares reversed early losses to close 0.8% higher in Taipei on Wednesday.
"""

NIKKEI_HAKURYO_KUMAMOTO_PLANT_EXPECTED = {
    "Tokyo": ("GPE", 2),  # the dateline "TOKYO" + "in Tokyo on Monday"; not inside "Tokai Tokyo Intelligence Laboratory"
    "Hakuryo Semiconductor": ("ORG", 7),  # + 4 x "Hakuryo", 2 x "Hakuryo's"; headline / dek not counted
    "Japanese": ("NORP", 1),
    "Kumamoto Prefecture": ("GPE", 1),  # the prefecture named in full, apart from "Kumamoto" (as "Kisumu County" apart from "Kisumu")
    "Takuya Morimoto": ("PERSON", 3),  # "President" is a title; + 2 x "Morimoto"
    "Kikuyo": ("GPE", 2),
    "Nikkei Asia": ("ORG", 2),  # 2 x "told Nikkei Asia"; the byline line is dropped
    "Osaka": ("GPE", 1),
    "Ministry of Economy, Trade and Industry": ("ORG", 2),  # + "A METI official"
    "Bloomberg": ("ORG", 1),
    "Chinese": ("NORP", 1),
    "Yuko Hashimoto": ("PERSON", 1),
    "Tokai Tokyo Intelligence Laboratory": ("ORG", 1),
    "Ren Takeda": ("PERSON", 2),
    "Ichiyoshi Securities": ("ORG", 1),
    "Kumamoto": ("GPE", 3),  # "the Kumamoto project", "to Kumamoto", "The Kumamoto prefectural government" (the place; the government is a common noun)
    "Oita": ("GPE", 2),
    "Taiwan": ("GPE", 1),
    "Formosa Power Devices": ("ORG", 3),  # "Taiwan's Formosa Power Devices" + "A Formosa executive", "Formosa's shares"
    "Taipei": ("GPE", 1),
}


# /work/round15/contrasts/held15_ap_colorado_measles_count.txt
AP_COLORADO_MEASLES_COUNT = """Colorado lowers measles count after data error as outbreak spreads to second county

By Jesse Alvarado
Updated 5:48 PM MDT, April 8, 2025

DENVER (AP) — Colorado health officials on Tuesday lowered the number of confirmed measles cases in a northern Colorado outbreak from 41 to 14, saying a data entry error had counted some patients more than once, even as the virus spread to a second county.

The Colorado Department of Public Health and Environment had reported 41 confirmed cases on its online dashboard on Monday, a figure that was widely shared by local officials and on social media. On Tuesday, the department said the number was wrong.

“Several case records were duplicated when they were transferred from the county systems to our dashboard. The correct number of confirmed cases is 14,” said Dr. Naomi Feldstein, the state epidemiologist. “We regret the error and have added a second check before any figures are published.”

All but two of the cases are in children and teenagers who were not vaccinated, Feldstein said. Four people have been hospitalized, and no deaths have been reported.

The outbreak began in late March in Weld County, where the first case was a child who had returned from international travel. On Tuesday, health officials in neighboring Larimer County confirmed two cases linked to a church gathering in Loveland.

In Weld County, a county commissioner’s remarks caused confusion of their own. At a public meeting on Monday, Commissioner Dale Hutchins said unvaccinated students “will have to stay home for 21 days” if a case was found at their school.

A day later, Hutchins said he had spoken too soon. “That was my mistake. Exclusion decisions are made by public health, not by the commissioners, and no blanket rule has been adopted,” he said in a statement posted on the county’s Facebook page.

Hutchins stood by his earlier criticism of the state’s school vaccination requirements, which he called “a one-size-fits-all mandate.”

Kindergarten vaccination rates in Colorado have fallen for four straight years, to about 89% in the 2023-24 school year, below the 95% that experts say is needed to stop measles from spreading, according to federal data.

Some parents have circulated claims on social media that the measles vaccine causes the illness it is meant to prevent. The department rejected the claim, calling it “simply not accurate,” and urged families to check their children’s records.

“It would be a mistake to think this is only a problem for one community,” said Dr. Marcus Oyelaran, a pediatric infectious disease specialist at Children’s Hospital Colorado. “Measles is one of the most contagious viruses we know. One unvaccinated classroom is enough.”

Oyelaran disagreed with suggestions that the state’s response had been too slow, saying contact tracing had started within hours of the first confirmed case.

A Greeley urgent care clinic where several patients were seen before their diagnoses denied a parent’s allegation that it had failed to isolate a child with a rash. The clinic said in a statement that it had followed state guidance.

The department is working on a draft of new rules for school exemption forms, which would require parents to watch an online education module before opting out. A public hearing is scheduled for May.

Nationally, the Centers for Disease Control and Prevention has reported more than 600 measles cases so far this year, most of them in Texas and New Mexico. Health officials said the downward trend in vaccination had not yet reversed.

Free vaccination clinics will be held this weekend in Greeley and Loveland, the department said.

___

This story has been corrected to show that the first case in the outbreak was reported in Weld County, not Larimer County.
"""

AP_COLORADO_MEASLES_COUNT_EXPECTED = {
    "Denver": ("GPE", 1),  # the dateline "DENVER (AP) —"
    "AP": ("ORG", 1),  # the agency in the dateline
    "Colorado": ("GPE", 3),  # "a northern Colorado outbreak", "Colorado health officials", "in Colorado"; not inside the department or the hospital; headline not counted
    "Colorado Department of Public Health and Environment": ("ORG", 1),  # "The" opens the sentence; "the department" not counted
    "Naomi Feldstein": ("PERSON", 2),  # "Dr." a title, "the state epidemiologist" a role; + "Feldstein said"
    "Weld County": ("GPE", 3),  # 2 x in the story + 1 in the correction line after "___" (body)
    "Larimer County": ("GPE", 2),  # "neighboring Larimer County" + the correction line
    "Loveland": ("GPE", 2),
    "Dale Hutchins": ("PERSON", 3),  # "Commissioner" a title; + 2 x "Hutchins"
    "Facebook": ("ORG", 1),  # "the county’s Facebook page"
    "Marcus Oyelaran": ("PERSON", 2),
    "Children’s Hospital Colorado": ("ORG", 1),
    "Greeley": ("GPE", 2),  # "A Greeley urgent care clinic", "in Greeley and Loveland"
    "Centers for Disease Control and Prevention": ("ORG", 1),
    "Texas": ("GPE", 1),
    "New Mexico": ("GPE", 1),
}


ROUND15 = {
    "gurugram_monsoon_waterlogging": (GURUGRAM_MONSOON_WATERLOGGING, GURUGRAM_MONSOON_WATERLOGGING_EXPECTED),
    "merimbula_oyster_closures": (MERIMBULA_OYSTER_CLOSURES, MERIMBULA_OYSTER_CLOSURES_EXPECTED),
    "dhaka_garment_wage_protests": (DHAKA_GARMENT_WAGE_PROTESTS, DHAKA_GARMENT_WAGE_PROTESTS_EXPECTED),
    "lemonde_maternity_list": (LEMONDE_MATERNITY_LIST, LEMONDE_MATERNITY_LIST_EXPECTED),
    "nikkei_hakuryo_kumamoto_plant": (NIKKEI_HAKURYO_KUMAMOTO_PLANT, NIKKEI_HAKURYO_KUMAMOTO_PLANT_EXPECTED),
    "ap_colorado_measles_count": (AP_COLORADO_MEASLES_COUNT, AP_COLORADO_MEASLES_COUNT_EXPECTED),
}
