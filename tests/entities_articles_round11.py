"""Round 11, HELD-OUT: six articles (/work/round11/quotes/r11-*.txt, /work/round11/contrasts/held11_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round10.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first).

Conventions followed from the earlier gold (entities_articles_round10.py, round9, round8, unseen_dev*): the
headline, the dek and the byline / date lines ("By Brendan Mackie and Sofia Tran, ABC Far North", "Posted
Wed 12 Mar 2025 at 6:40am", "By Olufemi Adeyinka", "17 March 2025", "By MARISOL VEGA Associated Press",
"By Priya Raman, senior reporter covering wearables", "Feb 20, 2025, 11:32 AM EST", "By Tom Ridley, Sky
Sports News reporter", "By Sameer Qadri", "Published May 21, 2025") are front matter and not counted; a
dateline counts as body ("TUCSON, Ariz. (AP) —": Tucson, Arizona ("Ariz." as "Mo."), Associated Press (as
"(KQLX)"); "KARACHI:"); persons under the fullest form without titles or honorifics (Mr, Ms, Dr, Alhaja, SP,
"Environment Minister", "Opposition environment spokeswoman", "U.S. District Judge", "Assistant U.S.
Attorney", "State Rep.", "Nuvio CEO", "Nuvio spokesperson", "club captain", "manager"), surname-only,
first-name-only ("Gary's" in a board member's quote -> Gary Lee Holcomb, "Kofi", "Ryan" in quotes) and
possessive mentions under it; acronyms given in brackets and their later uses under the full name (KWSC);
a name inside a longer name is not a mention of its own ("Queensland" in "Far North Queensland" / "Surf Life
Saving Queensland", "Lagos" and "Lagos State" in the agency, assembly, police command, chamber, university,
lagoon and constituency names, "Arizona" in "University of Arizona" / "District of Arizona", "Sahuarita" in
the district's name, "Ashbourne City" in the supporters' trust's name, "Karachi", "Sindh" and "Pakistan" in
the corporation, association, department, court and society names); a place used as a modifier counts
the place ("the Queensland government", "the Lagos State Commissioner", "a rural Arizona water district",
"the Dhabeji pumping station", "The Sindh school education department", "Sindh government spokesperson");
neighbourhoods and suburbs are GPE (Palm Cove, Ebute Metta, Yaba, Clifton, Gulshan-i-Iqbal, North
Nazimabad, Korangi, Landhi, Malir); a parliamentary constituency is GPE (Lagos Mainland Constituency I, as
Dewsbury North); a market is FAC (Otto Timber Market, as Kejetia Market); broadcasters, newspapers and
sites are ORG (ABC, PUNCH Metro, Dawn, Circuitry, Sky Sports News, Internet Archive); X and Facebook are
ORG; clubs are ORG and their short forms count under them ("City" 6 x under Ashbourne City, "Lierbeek"
under Royal Lierbeek, "Millbrook" under Millbrook Town), competitions EVENT (Championship, Serie A, as
"County Championship"); "UK" is United Kingdom; languages are LANGUAGE, nationalities NORP; lower-case and
generic references ("the department", "the agency", "the commissioner", "the district", "the company",
"the club", "the corporation", "the state government") are not mentions.

Judgement calls where the earlier gold shows no convention: "U.S." in the titles "U.S. District Judge" and
"Assistant U.S. Attorney" counts as United States (2; a place used as a modifier, as "Western Cape" in
"Western Cape Community Safety MEC"), not inside "U.S. Attorney's Office for the District of Arizona" (ORG,
one name); "Sahuarita Valley's" ("small water systems like Sahuarita Valley's") is the water district's
short form (ORG, 2 with the full name), "Sahuarita" alone ("whose district includes Sahuarita") the town;
"Far North Queensland" and "the Far North" are LOC (regions, not political units); "Yirrganydji" (the
traditional owners) is NORP; "Lagos State" (the state: "the Ebute Metta area of Lagos State", "the Lagos
State Commissioner") and "Lagos" (the city: "the timber trade in Lagos") are two GPE; "the Environment and
Water Resources" in the commissioner's title is part of the title, not an organisation; "Iyaloja" and
"Alhaja" are titles; "PUNCH Metro" (the paper's metro desk, capitalised as the paper writes it) is ORG;
"Chinedu" (a dealer who gave one name) is PERSON; the date line "Tuesday 28 January 2025 19:45, UK" was kept
in the body by the reading stage until session 12, when it became the date line (its "UK", counted as United
Kingdom until then, is no body mention); "r/smartglasses" (a subreddit) is
not marked; Orbit and Halo (glasses) are PRODUCT, CES is EVENT; the languages of the review (Spanish 2,
French, German, Italian, Portuguese, Mandarin, Tagalog, Vietnamese) and Urdu are LANGUAGE; "South Korean",
"Belgian", "Italian" (in "the Italian press") and "Democrat" are NORP; "Lake Havasu" and "Lagos Lagoon" are
LOC; "MQM-Pakistan" (a party) is ORG; the update and correction lines at the end of the tech story are
body (its "Kestrel Labs" counts); the currencies ($2.3 million, N4.5m, Rs12,000, £6m) are not marked."""

# /work/round11/quotes/r11-cairns-crocodile-removals.txt
CAIRNS_CROCODILE_REMOVALS = """Large crocodiles to be removed from Cairns beaches after Palm Cove attack, Queensland government says

Traditional owners and researchers warn culling big males could make the water less safe, not more

By Brendan Mackie and Sofia Tran, ABC Far North

Posted Wed 12 Mar 2025 at 6:40am

Crocodiles longer than two metres found near popular swimming beaches between Cairns and Port Douglas will be removed from the wild under a new management plan, the Queensland government says.

The change comes three weeks after a 41-year-old man was bitten on the arm while swimming at Palm Cove, the first attack at a patrolled beach in the region in more than a decade.

Environment Minister Andrew Pardoe says the plan, announced in Cairns on Tuesday, puts the safety of people ahead of the animals.

"People have to be able to take their kids to the beach without wondering what's under the water," he says.

"If a big croc is hanging around a beach where families swim, it's going, full stop. I'm not going to apologise for that."

Under the current rules, only crocodiles that show aggressive behaviour towards people or boats can be taken from the wild, and most are relocated to farms or zoos.

According to the Department of Environment, Tourism, Science and Innovation, wildlife officers removed 38 crocodiles from Far North Queensland waterways last year, up from 21 in 2022.

In a statement, the department says the plan will also double the number of wildlife officers based in Cairns and fund a trial of drones to survey river mouths near beaches.

Traditional owners want a say

Yirrganydji traditional owner Leonie Walsh says her people were not consulted before the plan was announced.

"The crocodile is part of our country," Ms Walsh says, "and it was here a long time before any of these beaches had names."

"We're not saying do nothing. We're saying talk to us first, because we've been living alongside these animals for thousands of years."

She says a crocodile taken from a beach will soon be replaced by another one moving down from the rivers.

"Removing the big males creates a vacancy, and younger crocodiles move in to fill it," says Hamish Fenwick, a wildlife ecologist at James Cook University.

"The younger ones are often less wary of people, not more. You can end up with a beach that feels safer and isn't."

Dr Fenwick says the state's own monitoring shows the number of crocodiles in the Far North has been stable for about 15 years.

He says the best protection is still the simplest one: swim only between the flags at patrolled beaches, and stay out of the water at dawn and dusk.

Lifeguards on the front line

Surf Life Saving Queensland says it welcomes any measure that keeps swimmers safe.

Its regional manager for the Far North, Craig Dunstan, says lifeguards closed beaches between Cairns and Port Douglas 27 times last year because of crocodile sightings.

"Our lifeguards are the ones standing at the flags telling tourists they can't go in," Mr Dunstan says.

"Anything that means fewer of those conversations is a good thing from our point of view."

A wildlife officer, who asked not to be named because they were not authorised to speak to the media, told the ABC the department did not have enough staff to carry out the plan.

"We can barely keep up with the call-outs we get now," the officer says. "Nobody has told us where the extra people are coming from."

The man who was bitten at Palm Cove, Jarrod Keane, posted on Facebook this week that he did not want the crocodile that attacked him to be killed.

"I was in its water. I saw the signs and I went in anyway," he wrote.

Opposition environment spokeswoman Kate Lindqvist says the plan is "a headline, not a policy" and that the government has not said how much it will cost.

Mr Pardoe says the department will meet traditional owners before the plan takes effect on 1 May.

"We'll sit down with anyone who wants to talk about how this works on the ground," he says.

"What we won't do is wait for someone else to get hurt."
"""

CAIRNS_CROCODILE_REMOVALS_EXPECTED = {
    "Cairns": ("GPE", 4),  # 2 x "between Cairns and Port Douglas", "announced in Cairns", "based in Cairns"; headline not counted
    "Port Douglas": ("GPE", 2),
    "Queensland": ("GPE", 1),  # "the Queensland government"; not inside "Far North Queensland" / "Surf Life Saving Queensland"
    "Palm Cove": ("GPE", 2),  # a beach suburb north of Cairns
    "Andrew Pardoe": ("PERSON", 2),  # "Environment Minister" is a title; + "Mr Pardoe"
    "Department of Environment, Tourism, Science and Innovation": ("ORG", 1),  # "According to ..."; "the department" (2 x) not counted
    "Far North Queensland": ("LOC", 1),
    "Far North": ("LOC", 2),  # "the Far North" (2 x), a region
    "Yirrganydji": ("NORP", 1),  # the traditional owners of the coast
    "Leonie Walsh": ("PERSON", 2),  # + "Ms Walsh"
    "Hamish Fenwick": ("PERSON", 2),  # + "Dr Fenwick"
    "James Cook University": ("ORG", 1),
    "Surf Life Saving Queensland": ("ORG", 1),
    "Craig Dunstan": ("PERSON", 2),  # + "Mr Dunstan"
    "ABC": ("ORG", 1),  # "told the ABC"; the byline not counted
    "Jarrod Keane": ("PERSON", 1),
    "Facebook": ("ORG", 1),
    "Kate Lindqvist": ("PERSON", 1),  # "Opposition environment spokeswoman" is a title
}


# /work/round11/quotes/r11-lagos-timber-market-demolition.txt
LAGOS_TIMBER_MARKET_DEMOLITION = """Traders count losses as Lagos pulls down 300 shops at Otto timber market

By Olufemi Adeyinka

17 March 2025

Hundreds of traders at the Otto Timber Market in the Ebute Metta area of Lagos State on Sunday counted their losses after officials of the state government pulled down over 300 shops and sheds in an overnight demolition exercise.

PUNCH Metro gathered that the demolition, which began around 2am on Saturday, was carried out by officials of the Lagos State Building Control Agency backed by armed policemen and two bulldozers.

Our correspondent, who visited the market on Sunday, observed that traders were picking through the rubble for planks, generators and other valuables that survived the exercise.

The Iyaloja of the market, Alhaja Kudirat Balogun, said the traders were not given any notice before the demolition.

She said, “We woke up to the sound of bulldozers. Nobody served us any paper, nobody told us anything. Some of our members lost goods worth millions of naira in one night.

“Where do they want us to go? This market has been here for over 40 years. Our fathers traded here before us.”

A timber dealer, who gave his name only as Chinedu, said he lost planks worth about N4.5m.

“I just paid for two trailers of wood on Thursday. Everything is under that rubble now. I don’t know how I will pay back the loan,” he told our correspondent.

Another trader, who pleaded anonymity for fear of victimisation, alleged that some shop owners had paid officials to spare their stalls.

“Some people knew this was coming. Their shops are still standing. Go and look at the ones near the gate,” the trader said.

But the Lagos State Commissioner for the Environment and Water Resources, Mr Babatunde Olaniyan, said the traders had been served several notices since last year.

Olaniyan, who spoke with journalists at the site on Sunday, said the structures were built on a drainage setback and were blocking the flow of storm water into the Lagos Lagoon.

He said, “This is not a witch-hunt. The government served contravention notices in November and again in January, and we gave them enough time to move. We cannot allow anyone to build on drainage channels and then cry foul when the city floods.”

“Every rainy season, residents of Ebute Metta and Yaba are trapped in their homes because the drains are blocked. Enough is enough,” he added.

The commissioner also said anyone with evidence that officials had collected money from traders should report it to the state’s Public Complaints Commission.

In a statement on Sunday signed by its spokesperson, Mr Gbenga Adebowale, the Lagos State Building Control Agency said the affected structures were “illegal and distressed” and posed a danger to lives and property.

The agency added that the traders would be allowed to recover their goods from the site until Wednesday.

The lawmaker representing Lagos Mainland Constituency I in the Lagos State House of Assembly, Mr Yusuf Adegbite, described the demolition as “insensitive” and called on the government to provide an alternative site for the traders.

“I am not against urban renewal, but you cannot destroy people’s means of livelihood overnight in this economy. The government must show these traders where to go,” Adegbite wrote on his X handle.

The spokesperson for the Lagos State Police Command, SP Olumide Adekanye, confirmed that policemen were deployed to the market to maintain law and order.

“Nobody was arrested and nobody was injured. Our men were there to prevent a breakdown of law and order, and that was what they did,” Adekanye told PUNCH Metro on the telephone.

According to the Lagos Chamber of Commerce and Industry, the timber trade in Lagos employs about 150,000 people, many of them in markets along the lagoon.

An urban planner at the University of Lagos, Dr Funmilayo Okonjo, said demolitions without a resettlement plan often pushed traders into other illegal sites.

“What happens after a demolition like this is that the traders simply move to the next open space, and in two years, you are back where you started,” she said.

Okonjo urged the state government to involve market leaders in planning future relocations.

As of Sunday evening, some of the traders were seen loading the remaining planks onto trucks, while others sat in groups under the nearby bridge.
"""

LAGOS_TIMBER_MARKET_DEMOLITION_EXPECTED = {
    "Otto Timber Market": ("FAC", 1),  # a market (as Kejetia Market)
    "Ebute Metta": ("GPE", 2),  # "the Ebute Metta area", "residents of Ebute Metta and Yaba"
    "Lagos State": ("GPE", 2),  # "the Ebute Metta area of Lagos State", "the Lagos State Commissioner ..."; not inside six longer names
    "PUNCH Metro": ("ORG", 2),  # "PUNCH Metro gathered", "told PUNCH Metro"
    "Lagos State Building Control Agency": ("ORG", 2),
    "Kudirat Balogun": ("PERSON", 1),  # "The Iyaloja of the market, Alhaja" is a title
    "Chinedu": ("PERSON", 1),  # "who gave his name only as Chinedu"
    "Babatunde Olaniyan": ("PERSON", 2),  # "Mr"; + "Olaniyan, who spoke"; "The commissioner" not counted
    "Lagos Lagoon": ("LOC", 1),
    "Yaba": ("GPE", 1),
    "Public Complaints Commission": ("ORG", 1),
    "Gbenga Adebowale": ("PERSON", 1),  # the agency's spokesperson, signatory of its statement
    "Lagos Mainland Constituency I": ("GPE", 1),  # a constituency of the state assembly (as Dewsbury North)
    "Lagos State House of Assembly": ("ORG", 1),
    "Yusuf Adegbite": ("PERSON", 2),  # + "Adegbite wrote"
    "X": ("ORG", 1),  # "his X handle"
    "Lagos State Police Command": ("ORG", 1),
    "Olumide Adekanye": ("PERSON", 2),  # "SP" (superintendent of police) is a title; + "Adekanye told"
    "Lagos Chamber of Commerce and Industry": ("ORG", 1),
    "Lagos": ("GPE", 1),  # "the timber trade in Lagos" (the city); headline not counted
    "University of Lagos": ("ORG", 1),
    "Funmilayo Okonjo": ("PERSON", 2),  # "Dr"; + "Okonjo urged"
}


# /work/round11/quotes/r11-tucson-water-district-sentencing.txt
TUCSON_WATER_DISTRICT_SENTENCING = """Former Arizona water district manager gets 6 years for embezzling $2.3M meant for wells

By MARISOL VEGA Associated Press

TUCSON, Ariz. (AP) — A former manager of a rural Arizona water district was sentenced Tuesday to six years in federal prison for embezzling more than $2.3 million that was meant to repair aging pipes and wells, money that prosecutors say he spent on a lakeside house, a boat and gambling trips to Las Vegas.

U.S. District Judge Elena Marchetti also ordered Gary Lee Holcomb, 58, to repay the full amount to the Sahuarita Valley Water Improvement District, which serves about 4,000 homes south of Tucson.

Holcomb pleaded guilty in October to wire fraud and filing a false tax return. He had faced up to 20 years in prison.

"You were trusted with something people cannot live without," Marchetti told Holcomb before announcing the sentence. "For three summers, families in this district boiled their water and hauled it home in jugs while you were paying for a boat."

Holcomb, wearing a tan jail uniform, apologized to the district's customers and to his family.

"I'm ashamed of what I did, and I'm going to spend the rest of my life trying to pay it back," he said, his voice breaking.

Holcomb set up a sham contracting company in 2019 and approved dozens of invoices from it for work that was never done, according to the U.S. Attorney's Office for the District of Arizona.

The scheme came to light in 2022 when a newly elected board member, Rosa Delgado, asked why the district was paying a company she had never heard of.

"I called the number on the invoice and it rang Gary's cellphone," Delgado said after the hearing. "That's when I knew."

Assistant U.S. Attorney Nadia Okafor told the court that Holcomb had kept the district's books himself and had twice turned down offers from the county to audit them.

"The money that should have gone into new wells," Okafor said, "went into a boat slip at Lake Havasu."

She asked for a sentence of eight years, saying the district's customers had paid for the theft twice: once in their bills and again in three summers of unsafe water.

Holcomb's attorney, Mark Stiles, had asked for three years, arguing that his client had a gambling addiction and had been in treatment since his arrest. Stiles said in an email after the hearing that Holcomb accepted the sentence and would not appeal.

A person familiar with the investigation, who spoke on condition of anonymity because they were not authorized to discuss it publicly, said federal agents were also reviewing contracts Holcomb signed while he worked for a neighboring district in the early 2010s.

The district's troubles came to a head in the summer of 2023, when two of its four wells failed and residents were told to boil their water for 11 weeks.

In a statement, the district said it had recovered about $410,000 from the sale of Holcomb's house and boat and would use the money toward drilling a new well.

"We're a small district. We don't have a finance department. We had one man who did everything, and we trusted him," said Tom Ybarra, the district's board chairman.

Experts say small water systems like Sahuarita Valley's are especially exposed to fraud.

"Most of these districts have a part-time board and one or two employees. Nobody is checking the checker," said Linda Shaw, a professor of public administration at the University of Arizona who studies rural utilities.

She said Arizona does not require independent audits of water districts that serve fewer than 10,000 people.

State Rep. Daniel Ortiz, a Democrat whose district includes Sahuarita, wrote on Facebook that he would introduce a bill next session requiring annual audits.

"No family should have to haul water because nobody was watching the books," he wrote.

Maria Luján, 71, who lives near the district's main well, said she still buys bottled water for cooking.

"They tell us it's fine now," she said. "I don't believe it yet."

Holcomb must report to prison by May 1.
"""

TUCSON_WATER_DISTRICT_SENTENCING_EXPECTED = {
    "Tucson": ("GPE", 2),  # the dateline "TUCSON" + "south of Tucson"
    "Arizona": ("GPE", 3),  # "Ariz." in the dateline, "a rural Arizona water district", "Arizona does not require"; not inside two names
    "Associated Press": ("ORG", 1),  # the dateline "(AP)"; the byline not counted
    "Las Vegas": ("GPE", 1),
    "United States": ("GPE", 2),  # "U.S. District Judge", "Assistant U.S. Attorney"; not inside the office's name
    "Elena Marchetti": ("PERSON", 2),  # + "Marchetti told"
    "Gary Lee Holcomb": ("PERSON", 12),  # + 8 x "Holcomb", 2 x "Holcomb's" and "Gary's" in Delgado's quote
    "Sahuarita Valley Water Improvement District": ("ORG", 2),  # + "Sahuarita Valley's" (its water system)
    "U.S. Attorney's Office for the District of Arizona": ("ORG", 1),
    "Rosa Delgado": ("PERSON", 2),  # + "Delgado said"
    "Nadia Okafor": ("PERSON", 2),  # "Assistant U.S. Attorney" is a title; + "Okafor said"
    "Lake Havasu": ("LOC", 1),
    "Mark Stiles": ("PERSON", 2),  # + "Stiles said"
    "Tom Ybarra": ("PERSON", 1),
    "Linda Shaw": ("PERSON", 1),
    "University of Arizona": ("ORG", 1),
    "Daniel Ortiz": ("PERSON", 1),  # "State Rep." is a title
    "Democrat": ("NORP", 1),
    "Sahuarita": ("GPE", 1),  # "whose district includes Sahuarita" (the town)
    "Facebook": ("ORG", 1),
    "Maria Luján": ("PERSON", 1),
}


# /work/round11/contrasts/held11_nuvio_orbit_glasses.txt
NUVIO_ORBIT_GLASSES = """Nuvio walks back claim that its Orbit glasses translate without an internet connection

The company’s CEO also says he ‘misspoke’ when he promised every preorder would ship in February

By Priya Raman, senior reporter covering wearables

Feb 20, 2025, 11:32 AM EST

Nuvio has quietly rewritten the product page for its Orbit translation glasses, removing a line that promised every supported language would work offline. The company now says offline translation is available for only six of Orbit’s 40 languages, and that the rest need a connection to Nuvio’s cloud servers through a paired phone.

When Orbit launched at CES in January, its product page said the $499 glasses “translate 40 languages in real time, entirely on the device — no internet connection required.” The same claim appeared in a launch video that has since been edited.

“The line on our launch page was a mistake, and we’ve corrected it,” Nuvio spokesperson Dana Whitfield said in an email to Circuitry. “Offline translation is available for six languages today, and we are working to add more through software updates.” Whitfield did not say when the page was changed.

The change was first spotted by a user on the r/smartglasses subreddit, who compared the current page with a copy saved by the Internet Archive in January. Some buyers said in the thread that offline translation was the main reason they ordered Orbit. “I bought these for a hiking trip in Japan specifically because they said no internet needed,” one wrote.

In our own testing last week, Orbit’s offline mode handled Spanish, French, German, Italian, Portuguese and Mandarin. With the phone in airplane mode, every other language returned an error. Online, its Spanish translations were quick and mostly right, but its Tagalog and Vietnamese translations were not accurate enough to follow a conversation.

Nuvio CEO Marcus Adeyemi has also backed away from a shipping promise. Speaking at the CES launch, Adeyemi told the audience that “every preorder will be on a customer’s face by the end of February.”

On Tuesday, he wrote on X that he had misspoken. “I misspoke at CES. The first batch ships this month, but most preorders will arrive between March and May. I’m sorry for the confusion,” Adeyemi wrote. Nuvio did not answer questions about whether customers who want to cancel will be offered full refunds.

Nuvio, which is based in Austin and raised $62 million last year, has been under pressure to show that Orbit can compete with larger rivals. Kestrel Labs, which makes the Halo smart glasses, denied a report by a South Korean tech news site that it was in talks to buy Nuvio. “We are not in talks with Nuvio and have no plans to be,” a Kestrel spokesperson said.

Nuvio is also disputing the findings of Tomasz Wierzbicki, a security researcher who reverse-engineered the Orbit companion app and said the glasses send short audio clips to Nuvio’s servers even in offline mode. Nuvio rejected his account, saying the only data sent in offline mode is anonymous crash logs. Wierzbicki said he stands by his findings and has published his traffic captures.

A firmware update released last week corrected a bug that drained Orbit’s battery in under three hours, and battery life in our testing is now close to the six hours Nuvio advertises.

Regulators are watching the category too. The European Commission is preparing a draft of its guidance on how AI features in consumer devices should be labeled, which could require companies to say clearly which features depend on the cloud.

For now, our advice is simple. If you need translation in places with patchy coverage, it would be a mistake to buy Orbit on the strength of its offline mode.

Update, February 20th, 1:05PM ET: Added comment from Kestrel Labs.

Correction, February 20th, 2:10PM ET: An earlier version of this story said Orbit weighs 52 grams. It weighs 48 grams. We regret the error.
"""

NUVIO_ORBIT_GLASSES_EXPECTED = {
    "Nuvio": ("ORG", 12),  # 12 x in the body (incl. 2 x "Nuvio’s"); headline not counted
    "Orbit": ("PRODUCT", 10),
    "CES": ("EVENT", 3),  # the trade show
    "Dana Whitfield": ("PERSON", 2),  # "Nuvio spokesperson" is no title of a name; + "Whitfield did not say"
    "Circuitry": ("ORG", 1),  # the (invented) site itself
    "Internet Archive": ("ORG", 1),
    "Japan": ("GPE", 1),
    "Spanish": ("LANGUAGE", 2),
    "French": ("LANGUAGE", 1),
    "German": ("LANGUAGE", 1),
    "Italian": ("LANGUAGE", 1),
    "Portuguese": ("LANGUAGE", 1),
    "Mandarin": ("LANGUAGE", 1),
    "Tagalog": ("LANGUAGE", 1),
    "Vietnamese": ("LANGUAGE", 1),
    "Marcus Adeyemi": ("PERSON", 3),  # "Nuvio CEO"; + 2 x "Adeyemi"
    "X": ("ORG", 1),
    "Austin": ("GPE", 1),
    "Kestrel Labs": ("ORG", 3),  # + "a Kestrel spokesperson", "Kestrel Labs" in the update line
    "Halo": ("PRODUCT", 1),
    "South Korean": ("NORP", 1),
    "Tomasz Wierzbicki": ("PERSON", 2),  # + "Wierzbicki said"
    "European Commission": ("ORG", 1),
}


# /work/round11/contrasts/held11_ashbourne_transfer_video.txt
ASHBOURNE_TRANSFER_VIDEO = """Ashbourne City delete Kofi Mensah-Reid 'welcome' video as £6m deal stalls

Club say post was published in error; manager Sean Doyle admits he 'jumped the gun' on Ryan Holt contract

By Tom Ridley, Sky Sports News reporter

Tuesday 28 January 2025 19:45, UK

Ashbourne City have deleted a video welcoming winger Kofi Mensah-Reid to the club, saying it was published in error while the £6m transfer from Belgian side Royal Lierbeek is still being negotiated.

The Championship club's official X account posted a 40-second clip at 6.30pm on Monday showing Mensah-Reid in a City shirt, with the caption: "He's here. Kofi Mensah-Reid has signed for City on a four-and-a-half-year deal."

The post was removed about 20 minutes later. In a statement on Tuesday morning, the club said: "A video relating to a potential incoming transfer was published in error by a member of our media team. The transfer has not been completed and discussions with Royal Lierbeek are ongoing. We apologise to both clubs and to the player."

Sky Sports News understands the two clubs remain around £1m apart on add-ons, and that Mensah-Reid, 23, passed a medical at the club's training ground on Sunday.

Lierbeek were less forgiving. Their sporting director Joris Vanhecke told Belgian media that he had found out about the "transfer" on social media like everyone else.

"There is no agreement. When there is an agreement, Lierbeek will announce it, not them," Vanhecke said.

It has been an awkward week for City. On Friday, manager Sean Doyle told reporters that club captain Ryan Holt "has signed a new three-year contract, and that's great news for everyone here."

At his pre-match press conference on Tuesday, Doyle admitted he had jumped the gun. "I got ahead of myself on Friday. Ryan hasn't signed anything yet. We're close and I hope it gets done this week, but I shouldn't have said it was done," he said.

Holt's agent, Lee Barraclough, said talks had never been as close as the manager suggested. "There are still things to agree. Ryan loves the club, but this is his last big contract and we will take our time," Barraclough said.

Sources at the club insist both deals will be finished before the transfer window closes on Monday.

City also denied a report in the Italian press that they had made an £8m bid for Serie A striker Matteo Ruggeri. "We have not made any offer for the player," a club spokesperson said.

Doyle was more comfortable talking about the football. His side reversed a run of four straight defeats with a 2-0 win over Millbrook Town on Saturday, with Callum Price drafted into the starting line-up after Holt felt his hamstring in the warm-up.

Price, who scored the second goal, said he had been told he was playing only 20 minutes before kick-off. "The gaffer just looked at me and said 'you're in'. I didn't have time to be nervous," he said.

Doyle said his side had made "too many mistakes" in the first half against Millbrook and would need to be sharper at Stockbridge United on Wednesday.

City's appeal against Price's red card in the defeat by Hartfield Rovers earlier this month was rejected by the Football Association, and the midfielder has only just returned from a three-match ban.

The video episode has not gone down well with supporters. Claire Hendry, chair of the Ashbourne City Supporters' Trust, said fans deserved better.

"It makes the club look amateurish. People had bought the shirt with his name on it within ten minutes," she said. "I just hope it hasn't cost us the player."

Asked whether the video would affect the negotiations, Doyle said: "I don't think so. Kofi wants to come, we want him, and the clubs will find a way. These things happen in January."

City sit 11th in the Championship, six points off the play-off places.
"""

ASHBOURNE_TRANSFER_VIDEO_EXPECTED = {
    "Ashbourne City": ("ORG", 7),  # + 6 x "City" (incl. "City's appeal" and "signed for City" in the caption); not inside the trust's name
    "Kofi Mensah-Reid": ("PERSON", 5),  # + 3 x "Mensah-Reid", "Kofi" in Doyle's quote
    "Belgian": ("NORP", 2),
    "Royal Lierbeek": ("ORG", 4),  # 2 x "Royal Lierbeek" + 2 x "Lierbeek"
    "X": ("ORG", 1),
    "Championship": ("EVENT", 2),  # the competition (as County Championship)
    "Sky Sports News": ("ORG", 1),
    "Joris Vanhecke": ("PERSON", 2),
    "Sean Doyle": ("PERSON", 5),  # "manager" is no title of a name; + 4 x "Doyle"; dek not counted
    "Ryan Holt": ("PERSON", 5),  # "club captain Ryan Holt", "Ryan" in two quotes, "Holt's agent", "after Holt felt"
    "Lee Barraclough": ("PERSON", 2),
    "Italian": ("NORP", 1),
    "Serie A": ("EVENT", 1),
    "Matteo Ruggeri": ("PERSON", 1),
    "Millbrook Town": ("ORG", 2),  # + "against Millbrook"
    "Callum Price": ("PERSON", 3),  # + "Price, who scored", "Price's red card"
    "Stockbridge United": ("ORG", 1),
    "Hartfield Rovers": ("ORG", 1),
    "Football Association": ("ORG", 1),
    "Claire Hendry": ("PERSON", 1),
    "Ashbourne City Supporters' Trust": ("ORG", 1),
}


# /work/round11/contrasts/held11_karachi_heatwave_schools.txt
KARACHI_HEATWAVE_SCHOOLS = """Sindh education dept withdraws school closure notice hours after issuing it

KWSC says 48-hour timeline for Dhabeji repairs ‘not accurate’ as heatwave grips Karachi

By Sameer Qadri

Published May 21, 2025

KARACHI: The Sindh school education department on Tuesday withdrew a notification announcing the closure of all public and private schools in the province from May 22 to May 31 because of the heatwave, barely four hours after it was issued.

The notification, issued on Tuesday morning under the signature of a section officer, had said that “all public and private schools in Sindh shall remain closed from May 22 to May 31 in view of the prevailing heatwave”.

In a second notification issued in the afternoon, the department said the earlier order “was issued without the approval of the competent authority and stands withdrawn”. Schools will now follow the normal summer vacation schedule from June 1, it said.

A spokesperson for the department, Imran Soomro, told Dawn that the first notification had been a draft circulated for discussion that was “sent out by mistake”. He said the department would decide on any early closure after a meeting with private school associations on Thursday.

The back-and-forth left parents confused, with some private schools in Clifton and Gulshan-i-Iqbal forwarding the first notification to parents before it was withdrawn.

“We got three messages from my son’s school in one day. First holidays, then no holidays, then wait for further instructions,” said Nazia Rehman, a mother of two in North Nazimabad. “Nobody seems to know who is in charge.”

Parents’ groups disagreed over whether schools should close at all. The All Sindh Private Schools Association said closures would waste teaching days before examinations, while a parents’ forum said children were fainting in classrooms without fans.

The Pakistan Meteorological Department has forecast maximum temperatures of 41°C to 43°C in Karachi until Saturday, with humidity making it feel several degrees hotter.

The heat has coincided with a severe water shortage in several parts of the city after a main supply line burst at the Dhabeji pumping station on Saturday night.

On Sunday, the chief executive officer of the Karachi Water and Sewerage Corporation (KWSC), Asad Memon, told a press conference that repairs were under way and that supply would be “fully restored within 48 hours”.

On Monday evening, however, a KWSC spokesperson said the 48-hour timeline “was not accurate” because engineers had found a second leak on the same line. “The repair work will take at least five days. We regret that the earlier timeline was given before the full extent of the damage was known,” the spokesperson said.

Residents of Korangi, Landhi and Malir, which have been without piped water since Saturday, said they were paying up to Rs12,000 for a water tanker, more than twice the usual price.

The Karachi Water Tanker Owners Association denied a report in an Urdu newspaper that its members had doubled their rates, saying prices were set by private hydrant operators and not by the association.

The MQM-Pakistan accused the provincial government of “criminal negligence” over both the water crisis and the school notification. Sindh government spokesperson Sadia Junejo rejected the accusation as “baseless”, saying the provincial government had been working “round the clock” to restore water supply.

Meanwhile, the Edhi Foundation said its morgues had received 31 bodies over the past three days, many of them of homeless people and daily-wage labourers. The provincial health department said it could not confirm that the deaths were caused by heatstroke, and that post-mortem examinations were being carried out.

Dr Farah Siddiqui, who heads the emergency department at a private hospital in Karachi, said her department had treated over 200 patients for heat exhaustion since Friday.

“It would be a mistake to think only the elderly are at risk. We are seeing young labourers and schoolchildren,” she said.

The Sindh government has prepared a draft heatwave action plan with the help of the Pakistan Red Crescent Society, but it has yet to be approved by the provincial cabinet, an official said.

Last year, the Sindh High Court reversed a provincial order that had barred construction work between noon and 4pm during heatwaves, ruling that the government had not consulted the labour department.
"""

KARACHI_HEATWAVE_SCHOOLS_EXPECTED = {
    "Karachi": ("GPE", 3),  # the dateline "KARACHI" + 2 x "in Karachi"; not inside two names; dek not counted
    "Sindh": ("GPE", 4),  # "The Sindh school education department", "schools in Sindh", "Sindh government" 2 x; not inside three names
    "Imran Soomro": ("PERSON", 1),  # the department's spokesperson
    "Dawn": ("ORG", 1),  # "told Dawn"
    "Clifton": ("GPE", 1),
    "Gulshan-i-Iqbal": ("GPE", 1),
    "Nazia Rehman": ("PERSON", 1),
    "North Nazimabad": ("GPE", 1),
    "All Sindh Private Schools Association": ("ORG", 1),
    "Pakistan Meteorological Department": ("ORG", 1),
    "Dhabeji": ("GPE", 1),  # "the Dhabeji pumping station"; dek not counted
    "Karachi Water and Sewerage Corporation": ("ORG", 3),  # + (KWSC), "a KWSC spokesperson"; dek not counted
    "Asad Memon": ("PERSON", 1),  # "the chief executive officer of the KWSC, Asad Memon"
    "Korangi": ("GPE", 1),
    "Landhi": ("GPE", 1),
    "Malir": ("GPE", 1),
    "Karachi Water Tanker Owners Association": ("ORG", 1),
    "Urdu": ("LANGUAGE", 1),
    "MQM-Pakistan": ("ORG", 1),
    "Sadia Junejo": ("PERSON", 1),
    "Edhi Foundation": ("ORG", 1),
    "Farah Siddiqui": ("PERSON", 1),
    "Pakistan Red Crescent Society": ("ORG", 1),
    "Sindh High Court": ("ORG", 1),
}


ROUND11 = {
    "cairns_crocodile_removals": (CAIRNS_CROCODILE_REMOVALS, CAIRNS_CROCODILE_REMOVALS_EXPECTED),
    "lagos_timber_market_demolition": (LAGOS_TIMBER_MARKET_DEMOLITION, LAGOS_TIMBER_MARKET_DEMOLITION_EXPECTED),
    "tucson_water_district_sentencing": (TUCSON_WATER_DISTRICT_SENTENCING, TUCSON_WATER_DISTRICT_SENTENCING_EXPECTED),
    "nuvio_orbit_glasses": (NUVIO_ORBIT_GLASSES, NUVIO_ORBIT_GLASSES_EXPECTED),
    "ashbourne_transfer_video": (ASHBOURNE_TRANSFER_VIDEO, ASHBOURNE_TRANSFER_VIDEO_EXPECTED),
    "karachi_heatwave_schools": (KARACHI_HEATWAVE_SCHOOLS, KARACHI_HEATWAVE_SCHOOLS_EXPECTED),
}
