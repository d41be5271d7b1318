"""Round 20, HELD-OUT: six articles (/work/round20/quotes/r20-*.txt, /work/round20/contrasts/held20_*.txt)
annotated BLIND — expected entities written by hand from the texts alone, before the entity stage (or any
other analysis stage) was run on them and without reading the extractor's code.  Same shape as
entities_articles_round19.py: TEXT (the file's exact content) and *_EXPECTED (canonical name -> (TYPE, body
mentions)); only PERSON / ORG / GPE are scored, other types are marked for completeness.  Every count was
made by hand and cross-checked with a whole-word count of the assigned surface forms over Article.body
(names inside longer names masked first, and the front matter the reading stage leaves in the body masked).

Front and back matter are never counted, wherever the reading stage puts them: headlines, deks, section
labels, "Short Url" labels and links, bylines and date lines, photo captions, "READ MORE" lines, newsletter
lines and sign-offs ("— TIMES", the JoongAng foot byline).  This round keeps each outlet's real layout, and
the reading stage does NOT always separate it (findings, recorded in the README): the Arab News headline,
"Short Url", link, "Updated" line, byline and date are joined into the first body paragraph and its summary
line is the second; the Manchester Evening News "By" / name / role / date lines stay at the top of the body;
the JoongAng Daily "Published" / "Updated" lines are joined into the headline, the caption taken as the dek
and the foot byline "BY LEE JAE-LIM [...]" kept as the last body paragraph; the POLITICO section label
"Congress" and the Buenos Aires Times label "ECONOMY" become the headline, the real headline the dek, and the
real dek, byline and dates (and, for the Buenos Aires Times, the photo caption) stay at the top of the body,
with "— TIMES" at the foot; the Trinidad and Tobago Guardian headline, dek, "Published" line and byline are
joined into the first body paragraph.  All of these are masked.  The body does include what the outlet
prints as part of the story: datelines ("JEDDAH:" counted) and the correction notes at the foot of the
POLITICO and Trinidad and Tobago Guardian stories (editorial text about the story: "House" and "Guardian"
in them counted).

Conventions followed from the earlier gold: persons under the fullest form without titles or honorifics
("Dr.", "Dr", "Coun", "Ms", "Rep.", "ACP", "Councillor", "Energy Secretary", "Presidential Spokesperson",
"Deputy"), surname-only mentions under it; Korean names with the family name first ("Kim Seo-yeon" / "Kim");
the anonymous artist known only as "Park" a PERSON "Park"; acronyms in brackets and their later uses under
the full name (TfGM, TTPS, CBO), the bracketed acronym counted as a mention; a name inside a longer name is
not a mention of its own ("Jeddah" in the Historic Jeddah Program, "Tameside" in the council, hospital and
trust, "Greater Manchester" and "Manchester" in TfGM, the committee and the M.E.N., "Hyde" in the ward "Hyde
Godley", "Korea" in the association, agency and university, "Port-of-Spain" in the division, hospital and
corporation, "Laventille" in "Laventille West", "House" in "White House" and "House Freedom Caucus",
"Buenos Aires" in "Buenos Aires Province", "Trinidad and Tobago" in the TTPS); a place name used as a
modifier is a mention of the place ("the Jeddah municipality", "Jeddah resident", "the Hyde depot", "Hyde
bus station"); newspapers, agencies, sites and platforms are ORG (Arab News, Manchester Evening News as
"M.E.N.", Comics Insight, POLITICO, Axios, CNN, La Nación, the Guardian, X, Facebook, Instagram, WhatsApp);
parties are ORG (Democratic Party, GOP, Unión por la Patria); bodies named by a common noun ("the program",
"the secretariat", "the corporation", "the trust", "the association", "the Government") are not mentions;
roads, markets, mosques, gates and hospitals are FAC, laws LAW, brands and services PRODUCT, titles of works
WORK_OF_ART, nationality or party adjectives NORP.

Judgement calls where the earlier gold shows no convention: "Al-Balad" (Jeddah's historic district), "Hattersley"
(an estate), "Yeouido" and the ward "Hyde Godley" and the constituency "Laventille West" GPE; "Souq Al-Alawi" and
"Bab Makkah" FAC; "Vision 2030" EVENT (not scored); "Bee Network" and "Ring and Ride" PRODUCT (the services'
brands, like round 19's YouBike); "Hattersley Community Noticeboard" (a Facebook group) not an entity;
"House" (the House of Representatives, incl. "House Republicans" and the title "House Democratic Whip") ORG;
"GOP" ORG under its own name; "Republican(s)" / "Democrat(s)" / "Democratic" NORP; the party-state tags
"(R-Pa.)", "(D-Mass.)" ... not counted; "Obamacare" LAW under "Affordable Care Act"; "Official Gazette" ORG (a
publication); "Treasury" and "Congress" (Argentina's) ORG; "Resolution 412/2025" LAW; "the Guardian" under
"Trinidad and Tobago Guardian" (round 19's "the Post" under "The Kathmandu Post"); the TTPS "Corporate
Communications Unit" ORG of its own, with "TTPS's" before it counted under the TTPS; "Homicide Bureau of
Investigations Region One" one ORG; "Commissioner of Police" (an office) not counted; "Nissan Tiida" PRODUCT."""

# /work/round20/quotes/r20-arabnews-albalad-traders.txt
ARABNEWS_ALBALAD_TRADERS = """Al-Balad traders given six months to relocate as Jeddah restoration enters second phase
Short Url
https://arab.news/r7c4m
Updated 27 November 2025
RAWAN RADWAN
November 27, 2025 21:40

Shopkeepers say compensation offer falls short; program says most businesses will be able to return

Visitors walk through Al-Balad, Jeddah’s historic district, which has been a UNESCO World Heritage Site since 2014. (AN photo by Huda Bashatah)

JEDDAH: More than 140 shopkeepers in Jeddah’s historic Al-Balad district have been told to vacate their premises by the end of May so that restoration work on the buildings above them can begin, the Historic Jeddah Program said on Thursday.

In a statement, the program said the second phase of the project would cover 56 buildings along Souq Al-Alawi and the streets around Al-Shafi’i Mosque, and that affected tenants would receive a one-off payment of SR30,000 and priority to return once the work is finished.

Hani Al-Ghamdi, the program’s director of community affairs, told Arab News that the buildings in the second phase were among the oldest in the district.

“Some of these houses have been standing for more than 300 years. Coral stone and wood do not forgive neglect, and several of them would not survive another rainy season without work on the foundations,” he said.

He said that about 80 percent of the shops would be able to reopen in the same locations, and that the rest would be offered space in a renovated market near Bab Makkah.

“We are not moving people out of Al-Balad. We are moving them out of the scaffolding,” Al-Ghamdi said.

Traders on Souq Al-Alawi, where perfume, spice and fabric shops line the narrow lanes, gave the announcement a mixed reception.

“My grandfather opened this shop in 1968. Six months is enough time to pack boxes,” said Abdulrahman Baeshen, who sells oud and perfume oils near the mosque, “but it is not enough time to find customers somewhere else.”

Baeshen said his takings fell by half during the first phase of the restoration, when the lane outside his shop was closed for several weeks.

A textile trader who asked not to be named because his lease is still under negotiation said the payment would cover “maybe three months of rent, if you are lucky.”

“Nobody is against the restoration. We want the buildings saved more than anyone,” he said. “What we are asking is to be told when we can come back, in writing.”

According to the Ministry of Culture, Al-Balad received more than 1.2 million visitors in 2024, and the number of registered businesses in the district has grown by around a third since the first phase of restoration began.

The program did not give a date for the completion of the second phase. Al-Ghamdi said the timetable depended on what engineers found once the facades were opened, but that the program aimed to hand the first buildings back to tenants within two years.

Dr. Maha Al-Sulami, an associate professor of architecture at King Abdulaziz University who has studied the district’s buildings for over a decade, said the program had learned from mistakes made in the first phase.

“In the first phase, the shops were treated as an afterthought. The engineers came first and the people who keep the street alive came last,” she said.

“This time there is at least a plan for where they go and a promise that they come back. Whether it works will depend on the promise being kept.

“A historic district without its traders is a museum, and Al-Balad was never meant to be a museum.”

She added that the program should publish the list of buildings and the expected duration of work for each one.

The announcement also drew attention on social media. Jeddah resident and heritage photographer Lama Kurdi, who has more than 200,000 followers on X, wrote that the district “is alive because of the small shops, not despite them.”

“Restore the walls, but keep the people who give them meaning,” she posted on Wednesday night, alongside photographs of shopkeepers in Souq Al-Alawi.

A spokesperson for the Jeddah municipality said the municipality would waive shop license renewal fees for affected tenants during the relocation period.

The Historic Jeddah Program was launched in 2019 under the Ministry of Culture to restore more than 600 heritage buildings in the district, part of a wider push to develop cultural tourism under Vision 2030.
"""

ARABNEWS_ALBALAD_TRADERS_EXPECTED = {
    "Jeddah": ("GPE", 4),  # the dateline "JEDDAH:", "Jeddah’s historic", "Jeddah resident", "the Jeddah municipality"; not inside the program; the headline (front matter in the body) not counted
    "Al-Balad": ("GPE", 4),  # the historic district (GPE, a judgement call); the headline not counted
    "Historic Jeddah Program": ("ORG", 2),  # 2 x; "the program" (5 x) not counted
    "Souq Al-Alawi": ("FAC", 3),
    "Al-Shafi’i Mosque": ("FAC", 1),
    "Hani Al-Ghamdi": ("PERSON", 3),  # + 2 x "Al-Ghamdi said"
    "Arab News": ("ORG", 1),
    "Bab Makkah": ("FAC", 1),
    "Abdulrahman Baeshen": ("PERSON", 2),  # + "Baeshen said"
    "Ministry of Culture": ("ORG", 2),
    "Maha Al-Sulami": ("PERSON", 1),  # "Dr." a title
    "King Abdulaziz University": ("ORG", 1),
    "Lama Kurdi": ("PERSON", 1),
    "X": ("ORG", 1),  # "followers on X"
    "Vision 2030": ("EVENT", 1),
}


# /work/round20/quotes/r20-men-hattersley-bus.txt
MEN_HATTERSLEY_BUS = """'Lifeline' bus route to Tameside Hospital to be axed in Bee Network shake-up
Pensioners in Hattersley say they will need two buses and more than an hour to reach the hospital once the 347 is withdrawn in January
By
Ethan Davies
Senior Reporter
16:42, 27 Nov 2025Updated 17:05, 27 Nov 2025

The 347 at Hattersley bus station (Image: Manchester Evening News)

A bus route described by passengers as a "lifeline" to Tameside Hospital will be scrapped in January as part of changes to the Bee Network.

Transport for Greater Manchester (TfGM) confirmed the 347, which runs every 30 minutes between Hattersley and Ashton-under-Lyne via the hospital, will make its last journey on January 4. It will be replaced by a more frequent service along Stockport Road that no longer calls at the hospital site.

TfGM said the change was part of a wider review of routes in Tameside and that most passengers would see shorter journey times.

According to TfGM figures, fewer than 200 people a day board the 347 at the hospital stop.

But residents in Hattersley say the decision will hit older people hardest. Margaret Dunn, 78, who has lived on the estate for more than 40 years and visits the hospital every fortnight for treatment, said: "I don't drive and my daughter works in Manchester. The 347 is the only way I get there on my own.

"Now they're telling me to get one bus to Hyde and another back out to the hospital. That's more than an hour each way for a ten-minute journey."

She said she had not been told about the change until a neighbour showed her a post online.

"It's all very well saying it's faster," she said, "but faster for who?"

The post, shared in the Hattersley Community Noticeboard group on Facebook, has been commented on more than 600 times. Its author, Kelly Bradshaw, wrote that the route was "the only thing getting half this estate to their appointments" and urged residents to respond to the consultation.

Speaking to the Manchester Evening News, Ms Bradshaw said she had written to TfGM and to her local councillors. "Nobody from TfGM has come up here to ask anyone. If they had, they'd know," she said.

READ MORE: Plans for 400 homes on former mill site near Hyde given green light

Coun Paul Wilkinson, who represents Hyde Godley on Tameside Council, said he would raise the issue at the next meeting of the Greater Manchester Transport Committee.

"I support bus franchising and I think the Bee Network has been good for this borough," he said. "But a network is supposed to join places up. Cutting off a hospital from the estate that needs it most is the opposite of that."

One driver who has worked on the route for several years, and did not want to be named, told the M.E.N. the buses were often busiest in the mornings.

"You get people with walking frames, people with oxygen, people going for dialysis. They're not going to change buses in the rain at Hyde," he said.

Unite regional officer Colin Hughes said drivers on the route had not been consulted either and warned that the union would be "watching very closely" to see whether any jobs were affected at the Hyde depot.

A spokesperson for Tameside and Glossop Integrated Care NHS Foundation Trust said the trust was aware of the concerns and was "in conversation with TfGM" about patient transport options.

In a statement, a TfGM spokesperson said: "We know how important bus services are to people in Hattersley and we have listened carefully to the feedback we received.

"The new Stockport Road service will run every 12 minutes and will get most passengers into Ashton and Hyde faster than today. Passengers travelling to Tameside Hospital will be able to change at Hyde bus station, and we are looking at how that connection can be made as easy as possible."

The spokesperson added that older and disabled passengers could book the Ring and Ride service for hospital trips, and that TfGM would review passenger numbers on the new route six months after it starts.

Consultation responses are published on the TfGM website. The changes to services in Tameside are due to come into effect on Sunday, January 4.

Get the latest news from Tameside straight to your inbox by signing up to our free newsletter here
"""

MEN_HATTERSLEY_BUS_EXPECTED = {
    "Tameside Hospital": ("FAC", 2),
    "Bee Network": ("PRODUCT", 2),
    "Transport for Greater Manchester": ("ORG", 10),  # 1 full + "(TfGM)" + 8 x "TfGM" (incl. one in a quotation and "the TfGM website")
    "Hattersley": ("GPE", 3),  # the estate (GPE); not inside "Hattersley Community Noticeboard" (a Facebook group, not an entity); the dek not counted
    "Ashton-under-Lyne": ("GPE", 2),  # + "into Ashton and Hyde" (in a quotation)
    "Stockport Road": ("FAC", 2),
    "Tameside": ("GPE", 2),  # "routes in Tameside", "services in Tameside"; not inside the council, hospital or trust
    "Margaret Dunn": ("PERSON", 1),
    "Manchester": ("GPE", 1),
    "Hyde": ("GPE", 5),  # "to Hyde", "at Hyde", "the Hyde depot", "Ashton and Hyde", "Hyde bus station"; not inside "Hyde Godley"
    "Facebook": ("ORG", 1),
    "Kelly Bradshaw": ("PERSON", 2),  # + "Ms Bradshaw"
    "Manchester Evening News": ("ORG", 2),  # "Speaking to the Manchester Evening News" + "told the M.E.N."; the caption credit not counted
    "Paul Wilkinson": ("PERSON", 1),  # "Coun" a title
    "Hyde Godley": ("GPE", 1),
    "Tameside Council": ("ORG", 1),
    "Greater Manchester Transport Committee": ("ORG", 1),
    "Unite": ("ORG", 1),
    "Colin Hughes": ("PERSON", 1),
    "Tameside and Glossop Integrated Care NHS Foundation Trust": ("ORG", 1),
    "Ring and Ride": ("PRODUCT", 1),
}


# /work/round20/quotes/r20-joongang-webtoon-ai.txt
JOONGANG_WEBTOON_AI = """Webtoon artists revolt over platform's AI training clause
Published: 27 Nov. 2025, 19:05
Updated: 27 Nov. 2025, 19:48

Webtoon artists hold a press conference in front of the National Assembly in Yeouido, western Seoul, on Thursday. [YONHAP]

More than 300 webtoon artists have refused to sign new contracts with Toonmark, one of the country's mid-sized webtoon platforms, after the company added a clause allowing it to use their work to train artificial intelligence models.

The Korea Webtoon Writers Association said Thursday that 312 of its members had signed a joint letter demanding the clause be removed before the new contracts take effect on Jan. 1.

"Artists are being asked to hand over ten years of drawings so that a machine can learn to replace them," the association said in the letter. "No one should have to choose between being paid for next month's episode and protecting everything they have ever drawn."

The clause, first reported by webtoon industry outlet Comics Insight last week, grants Toonmark "a perpetual, royalty-free license" to use submitted work "for the development and improvement of the company's technologies, including machine learning."

A Toonmark official said the clause had been misunderstood.

"We have no plans to build an AI that draws webtoons. The clause covers tools like automatic coloring and translation, which artists themselves have asked for," the official said, asking not to be named because the company had not finalized its response.

The official added that artists who did not agree to the clause would not lose their serialization.

Artists say the wording of the contract says otherwise. One artist who has published on Toonmark since 2017, and who asked to be identified only by her surname, Park, said the contract she received made the clause a condition of renewal.

"If it is optional, why is it in the section you have to sign to get paid?" Park said. "I read it three times. There is no box to tick."

Kim Seo-yeon, whose fantasy series "Moonlit Armory" has been read more than 40 million times on the platform, announced on Instagram on Tuesday that she would move the series to another platform if the clause remained.

"I love my readers and I don't want to leave," Kim wrote in the post. "But I can't put my name on a contract that treats my drawings as data."

The post had been shared more than 18,000 times as of Thursday afternoon.

Rep. Jeon Hye-won of the Democratic Party, who sits on the National Assembly's Culture, Sports and Tourism Committee, joined the artists at their press conference in Yeouido, western Seoul.

"The law has not caught up with the technology," Jeon said, "and until it does, platforms have a responsibility not to use the gap against the people whose work they depend on."

She said she would propose an amendment to the Copyright Act requiring explicit, separate consent before creative works are used for AI training.

The Ministry of Culture, Sports and Tourism said in a press release that it would revise its standard contract for webtoon artists by the first half of next year to include a section on AI training, and that it had asked platforms to "refrain from unilateral changes" in the meantime.

According to the Korea Creative Content Agency, the domestic webtoon market was worth 2.2 trillion won ($1.5 billion) in 2024, with around 11,000 active artists.

Lee Dong-hoon, a professor of media law at Korea University, said contracts of this kind were becoming common across the content industry, but that webtoon artists were in a weaker position than most.

"Most webtoon artists are freelancers with one platform and one contract. They don't have agents or lawyers," Lee said.

"When the contract arrives in December and the next payment depends on it, consent is a formality. That is exactly the situation the law should be designed for.

"Separate consent is the minimum. A clause buried on page 14 is not consent."

Toonmark, which is backed by a consortium of domestic investors and has about 1,400 series on its platform, said in a statement later Thursday that it would hold meetings with the artists' association next week.

Industry sources said the company was considering rewording the clause rather than removing it.

BY LEE JAE-LIM [lee.jaelim@joongang.co.kr]
"""

JOONGANG_WEBTOON_AI_EXPECTED = {
    "Toonmark": ("ORG", 5),  # 5 x incl. "A Toonmark official"; the headline's "platform" not a mention
    "Korea Webtoon Writers Association": ("ORG", 1),
    "Comics Insight": ("ORG", 1),
    "Park": ("PERSON", 2),  # the anonymous artist known by her surname: "surname, Park," + "Park said"
    "Kim Seo-yeon": ("PERSON", 2),  # + "Kim wrote"
    "Moonlit Armory": ("WORK_OF_ART", 1),
    "Instagram": ("ORG", 1),
    "Jeon Hye-won": ("PERSON", 2),  # "Rep." a title; + "Jeon said"
    "Democratic Party": ("ORG", 1),
    "National Assembly": ("ORG", 1),  # "the National Assembly's Culture, Sports and Tourism Committee"; the caption (dek) not counted
    "Culture, Sports and Tourism Committee": ("ORG", 1),
    "Yeouido": ("GPE", 1),
    "Seoul": ("GPE", 1),  # "western Seoul"; the caption (dek) not counted
    "Copyright Act": ("LAW", 1),
    "Ministry of Culture, Sports and Tourism": ("ORG", 1),
    "Korea Creative Content Agency": ("ORG", 1),
    "Lee Dong-hoon": ("PERSON", 2),  # + "Lee said"; the foot byline "BY LEE JAE-LIM" (back matter in the body) not counted
    "Korea University": ("ORG", 1),
}


# /work/round20/contrasts/held20_politico_subsidies_vote.txt
POLITICO_SUBSIDIES_VOTE = """Congress
House GOP leaders back off memo ruling out December vote on health subsidies
The speaker's office now calls the memo "a draft," as centrist Republicans weigh joining a Democratic discharge petition.
By Olivia Reyes and Daniel Marsh
11/26/2025 05:47 PM EST
Updated: 11/26/2025 07:10 PM EST

House Republican leaders on Wednesday disowned an internal memo that said the chamber would not vote this year on extending the enhanced Obamacare subsidies, after a revolt by centrist members who face tough reelection races next fall.

The memo, sent to GOP chiefs of staff on Tuesday and obtained by POLITICO, said "the House will not consider any extension of the enhanced premium tax credits before the end of the calendar year" and told offices to prepare members for "questions about January premiums."

By Wednesday afternoon, the speaker's office was distancing itself from the document. "That memo was a draft that was sent out before it had been reviewed, and it does not reflect the speaker's position," said Caroline Pruett, a spokesperson for the speaker. "The speaker has always said all options are on the table, and that includes a vote in December."

Pruett said leadership was now "working with members on a path to a floor vote" before the House leaves for the holidays, but declined to give a date.

The episode underscores how little room GOP leaders have with a razor-thin majority. The enhanced credits, first expanded during the pandemic, expire Dec. 31, and insurers have warned that premiums for millions of enrollees will rise sharply without them.

Democrats pounced on the memo. "Republicans put it in writing: they were going to let premiums double and hope nobody noticed," House Democratic Whip Katherine Clarke (D-Mass.) said in a statement. A GOP leadership aide rejected that characterization, saying the memo "said nothing of the kind" about premiums.

Centrist Republicans, meanwhile, have been circulating a letter calling for a vote on a two-year extension with new income limits. Seventeen House Republicans signed it, according to a copy reviewed by POLITICO.

One of the letter's organizers, Rep. Dana Whitfield (R-Pa.), raised the temperature on Sunday when she told CNN that "at least 30 Republicans" were prepared to sign a Democratic discharge petition that would force a vote without leadership's blessing.

On Monday, her office said she had misspoken. "The congresswoman misspoke on Sunday. She was referring to the number of members from both parties who have told us they would vote for an extension, not to Republicans who would sign a discharge petition," Whitfield spokesperson Nate Alvarez said.

Whitfield herself stood by the substance of her warning. "Leadership should not make us choose between the conference and our constituents," she told reporters off the floor on Wednesday. "Give us a vote and nobody has to sign anything."

Rep. Marcus Bell (R-N.Y.), who is drafting a compromise bill with Democratic Rep. Teresa Alvarado (D-Calif.), said the draft legislation would cap subsidies for households earning more than 600 percent of the federal poverty level. Bell denied a report by Axios that he had already secured the support of two dozen Democrats. "We're talking to people, nobody has committed to anything," he said.

Conservatives remain opposed to any extension without changes to the program. Rep. Glenn Hathaway (R-Texas), a member of the House Freedom Caucus, said an extension would be "a blank check for insurers" and disputed the Congressional Budget Office's estimate that 3.8 million people would lose coverage if the credits lapse.

"CBO has been wrong about the Affordable Care Act since 2010," Hathaway said.

Cynthia Park, a health policy analyst at KFF, disagreed, saying the CBO estimate was in line with what her organization had found. "The enrollment data are pretty clear. When the help goes away, healthy people leave first," she said.

Some GOP members say the pressure is working. One Republican lawmaker, who was granted anonymity to describe private conversations, said leadership had reversed course after "a very uncomfortable conference meeting" on Tuesday night. "Nobody wanted to go home and explain that memo," the lawmaker said.

Another centrist, Rep. Luis Ortega (R-Fla.), withdrew from the bipartisan Problem Solvers Caucus working group on health care last month but said he still supports a short-term extension.

The White House has not said whether President Donald Trump would sign an extension. A White House spokesperson said Wednesday that the administration "will review whatever the House passes."

Senate Republican leaders have said they will wait to see what the House does.

CORRECTION: An earlier version of this report misstated the number of House Republicans who signed the centrist letter. It was 17.
"""

POLITICO_SUBSIDIES_VOTE_EXPECTED = {
    "House": ("ORG", 8),  # the House of Representatives: "House Republican leaders", "the House will not consider" (memo), "the House leaves", "House Democratic Whip", "Seventeen House Republicans", "whatever the House passes", "what the House does", the correction's "House Republicans"; not inside "White House" / "House Freedom Caucus"; headline and dek not counted
    "GOP": ("ORG", 4),  # "GOP chiefs of staff", "GOP leaders", "A GOP leadership aide", "Some GOP members"
    "Republicans": ("NORP", 9),
    "Democrats": ("NORP", 5),
    "Affordable Care Act": ("LAW", 2),
    "POLITICO": ("ORG", 2),  # "obtained by POLITICO", "reviewed by POLITICO"
    "Caroline Pruett": ("PERSON", 2),  # + "Pruett said"
    "Katherine Clarke": ("PERSON", 1),
    "Dana Whitfield": ("PERSON", 3),  # "Rep." a title; + "Whitfield spokesperson", "Whitfield herself"; the tag "(R-Pa.)" not counted
    "CNN": ("ORG", 1),
    "Nate Alvarez": ("PERSON", 1),
    "Marcus Bell": ("PERSON", 2),  # + "Bell denied"
    "Teresa Alvarado": ("PERSON", 1),
    "Axios": ("ORG", 1),
    "Glenn Hathaway": ("PERSON", 2),  # + "Hathaway said"
    "House Freedom Caucus": ("ORG", 1),
    "Congressional Budget Office": ("ORG", 3),  # 1 full + 2 x "CBO"
    "Cynthia Park": ("PERSON", 1),
    "KFF": ("ORG", 1),
    "Luis Ortega": ("PERSON", 1),
    "Problem Solvers Caucus": ("ORG", 1),
    "White House": ("ORG", 2),  # "The White House has not said", "A White House spokesperson"
    "Donald Trump": ("PERSON", 1),
    "Senate": ("ORG", 1),  # "Senate Republican leaders"
}


# /work/round20/contrasts/held20_batimes_gas_subsidies.txt
BATIMES_GAS_SUBSIDIES = """ECONOMY
Government backtracks on gas subsidy cut for middle-income households
Energy Secretariat suspends January increase for 'N3' users days after publishing it in the Official Gazette; Casa Rosada spokesperson corrects figure.
BY MARTÍN GARCÍA
27-11-2025 22:14

A gas meter in a home in the Buenos Aires suburb of Lanús. Photo: NA

The national government on Thursday suspended a planned cut to natural gas subsidies for middle-income households, three days after announcing it in the Official Gazette, in the latest reversal by President Javier Milei's administration on utility rates.

Resolution 412/2025, published by the Energy Secretariat on Monday, said that households registered in the so-called 'N3' segment "will cease to receive the subsidised price of gas from January 1, 2026" and would pay the full cost of the supply for any consumption above a basic block.

On Thursday afternoon, the secretariat said in a statement that the application of the resolution had been "suspended until further notice" while it reviewed the registry of subsidy beneficiaries.

"We have decided not to apply the change in January. There were inconsistencies in the registry that we have to correct first, and we are not going to charge anyone the full price because of an error in the data," Energy Secretary Laura Bianchi told reporters at the Economy Ministry.

Bianchi said the secretariat still intended to move N3 users to full prices "during 2026," but would not give a new date.

The Energy Secretariat also clarified that households in the low-income 'N2' segment had never been included in the measure.

The announcement capped a week of confusion over the scope of the cut. At his regular press conference on Tuesday, Presidential Spokesperson Tomás Lamarca said that "four out of every ten households" with gas connections would lose the subsidy.

On Wednesday morning, Lamarca corrected himself on X. "Yesterday I gave a wrong figure. The N3 segment represents 14 percent of residential users, not 40 percent. My mistake," he wrote.

At the same press conference, Lamarca rejected accusations by the CGT umbrella union that the government was "punishing the middle class to balance the books."

"That is false. What we are doing is ending a system in which the poorest provinces paid for the heating of the richest neighbourhoods of Buenos Aires," he said.

Opposition lawmakers were quick to seize on the U-turn. Unión por la Patria Deputy Carolina Sosa said the government had "governed by Official Gazette and then apologised by press release."

Officials in Buenos Aires Province, home to more than a third of the country's gas users, accused the national government of failing to consult provincial regulators. A spokesperson for the Energy Secretariat dismissed the complaint, saying provinces had been informed "through the usual channels."

The Energy Secretariat also denied a report in the newspaper La Nación that it had already sent billing instructions for January to the distribution companies. "No instruction of that kind has been issued," a secretariat source said.

ENARGAS, the national gas regulator, said it stood by the tariff schedule it approved in October, which includes a monthly increase of just over two percent for all users.

Economists were divided on the impact of the decision. Federico Paz, an energy analyst at the consultancy Economía & Energía, said the postponement would cost the Treasury around US$120 million over the southern winter, but disagreed with those who described it as a threat to the fiscal surplus.

"It is a small number in the context of the budget. The bigger risk is credibility: companies and households need to know what they will pay," Paz said.

The government's 2026 draft budget, currently before Congress, assumes that energy subsidies will fall to 0.5 percent of GDP next year, from around 0.9 percent this year.

Markets took the news in their stride. The peso reversed early losses in the official wholesale market to close slightly firmer, while the S&P Merval stock index rose 1.2 percent, led by utilities.

A consumer association in Córdoba, which had filed an injunction against the resolution, withdrew the request after the suspension was announced.

About 3.1 million households are registered in the N3 segment, according to the secretariat's own figures.

— TIMES
"""

BATIMES_GAS_SUBSIDIES_EXPECTED = {
    "Official Gazette": ("ORG", 2),  # a publication (ORG): the lead + the deputy's quotation; the dek not counted
    "Javier Milei": ("PERSON", 1),
    "Resolution 412/2025": ("LAW", 1),
    "Energy Secretariat": ("ORG", 4),  # 4 x; "the secretariat" not counted; the dek not counted
    "Laura Bianchi": ("PERSON", 2),  # "Energy Secretary" a title; + "Bianchi said"
    "Economy Ministry": ("ORG", 1),
    "Tomás Lamarca": ("PERSON", 3),  # "Presidential Spokesperson" a title; + 2 x "Lamarca"
    "X": ("ORG", 1),  # "corrected himself on X"
    "CGT": ("ORG", 1),
    "Buenos Aires": ("GPE", 1),  # "neighbourhoods of Buenos Aires" (in a quotation); the caption (front matter in the body) not counted
    "Unión por la Patria": ("ORG", 1),
    "Carolina Sosa": ("PERSON", 1),
    "Buenos Aires Province": ("GPE", 1),
    "La Nación": ("ORG", 1),
    "ENARGAS": ("ORG", 1),
    "Federico Paz": ("PERSON", 2),
    "Economía & Energía": ("ORG", 1),
    "Treasury": ("ORG", 1),  # "cost the Treasury"
    "Congress": ("ORG", 1),  # "currently before Congress" (Argentina's)
    "Córdoba": ("GPE", 1),
}


# /work/round20/contrasts/held20_ttguardian_laventille_release.txt
TTGUARDIAN_LAVENTILLE_RELEASE = """Police retract 'gang feud' claim after Laventille teen's killing
Family of slain Form Four student demands public apology
Published: November 28, 2025, 6:00 am
Shane Superville

Relatives of Jaden Mohammed gather outside their Laventille home yesterday. (Image: ABRAHAM DIAZ)

The Trinidad and Tobago Police Service (TTPS) has retracted a statement which described a 16-year-old boy shot dead in Laventille on Monday night as a person "known to the police" who was killed in "an ongoing gang feud."

The TTPS's Corporate Communications Unit issued a second release yesterday, saying the description of Jaden Mohammed in its Tuesday release "was not accurate" and had been based on "preliminary information which has since been found to be incorrect."

"The TTPS regrets the distress this has caused to the family of the deceased," the release said.

Speaking to the Guardian yesterday, ACP Marlon Dookie, who heads the Port-of-Spain Division, said the first statement should never have gone out.

"We got it wrong. Jaden was not known to us, he has no record, and there is nothing at this time that links him to any gang. That release was issued before the information was checked, and I take responsibility for that," Dookie said.

Mohammed, a Form Four student at a secondary school in east Port-of-Spain, was liming with friends near his home at Picton Road when a gunman walked up and opened fire around 9.30 pm on Monday. Residents said a silver Nissan Tiida reversed out of the street moments after the shots. He died at the scene. Two other teenagers were wounded and remain warded at the Port-of-Spain General Hospital.

His mother, Anisa Mohammed, said the family had been "destroyed twice" — first by the killing and then by the police statement.

"My son was never in no gang. He was going to school every day, he was playing football, he was home by ten. And the police put him in the papers like a criminal," she said.

She said the family wanted a public apology from the Commissioner of Police and not "a paper release."

Opposition MP for Laventille West, Kwesi Alleyne, accused the police of "criminalising victims to explain away crime figures." Dookie rejected that suggestion, saying officers had been working "day and night" on the case.

The killing has also raised questions about the area's CCTV network. On Tuesday, the chairman of the Port-of-Spain City Corporation's public safety committee, Councillor Brent Ramkissoon, told reporters that all 14 cameras on the Picton Road corridor were "working and recording" and that footage had been handed over to investigators.

Yesterday, the corporation said in a statement that the chairman had been "misinformed" and that only five of the cameras were functioning at the time of the shooting. The others had been out of service since August because of a dispute with the maintenance contractor, it said.

"I repeated what I was told by staff, and it was wrong. I apologise to the family and to the public," Ramkissoon said last night.

The TTPS also denied claims circulating in a WhatsApp voice note that officers on patrol had fired the fatal shots. "That is completely untrue. No police officer discharged a firearm in that incident," Dookie said.

Criminologist Dr Renee Baptiste, of the University of the West Indies, said labelling victims was a long-standing problem. She disagreed with police claims that such statements helped to reassure the public.

"When every young man from certain communities is described as 'known to the police', people stop believing anything the police say," Baptiste said.

Officers from the Homicide Bureau of Investigations Region One have since withdrawn from the area after several days of searches, but police said they were following "strong leads."

The shooting brings the country's murder toll to 571 for the year, according to police statistics.

The Government is expected to bring the draft Anti-Gang (Amendment) Bill to the House of Representatives before Christmas.

Correction: An earlier version of this story stated that Jaden Mohammed was 17. He was 16. The Guardian regrets the error.
"""

TTGUARDIAN_LAVENTILLE_RELEASE_EXPECTED = {
    "Trinidad and Tobago Police Service": ("ORG", 5),  # 1 full + "(TTPS)" + "The TTPS's Corporate Communications Unit" + "The TTPS regrets" (in a quotation) + "The TTPS also denied"
    "Laventille": ("GPE", 1),  # "in Laventille"; not inside "Laventille West"; the headline (front matter in the body) not counted
    "Corporate Communications Unit": ("ORG", 1),
    "Jaden Mohammed": ("PERSON", 4),  # "the description of Jaden Mohammed", "Mohammed, a Form Four student", "Jaden was not known" (in a quotation), the correction's "Jaden Mohammed"; not inside "Anisa Mohammed"
    "Trinidad and Tobago Guardian": ("ORG", 2),  # "Speaking to the Guardian" + the correction's "The Guardian regrets"
    "Marlon Dookie": ("PERSON", 4),  # "ACP" a title; + 3 x "Dookie"
    "Port-of-Spain Division": ("ORG", 1),
    "Port-of-Spain": ("GPE", 1),  # "east Port-of-Spain"; not inside the division, hospital or corporation
    "Picton Road": ("FAC", 2),
    "Nissan Tiida": ("PRODUCT", 1),
    "Port-of-Spain General Hospital": ("FAC", 1),
    "Anisa Mohammed": ("PERSON", 1),
    "Kwesi Alleyne": ("PERSON", 1),
    "Laventille West": ("GPE", 1),
    "Port-of-Spain City Corporation": ("ORG", 1),
    "Brent Ramkissoon": ("PERSON", 2),  # "Councillor" a title; + "Ramkissoon said"
    "WhatsApp": ("ORG", 1),
    "Renee Baptiste": ("PERSON", 2),  # "Criminologist Dr" a role and title; + "Baptiste said"
    "University of the West Indies": ("ORG", 1),
    "Homicide Bureau of Investigations": ("ORG", 1),
    "Anti-Gang (Amendment) Bill": ("LAW", 1),
    "House of Representatives": ("ORG", 1),
}


ROUND20 = {
    "arabnews_albalad_traders": (ARABNEWS_ALBALAD_TRADERS, ARABNEWS_ALBALAD_TRADERS_EXPECTED),
    "men_hattersley_bus": (MEN_HATTERSLEY_BUS, MEN_HATTERSLEY_BUS_EXPECTED),
    "joongang_webtoon_ai": (JOONGANG_WEBTOON_AI, JOONGANG_WEBTOON_AI_EXPECTED),
    "politico_subsidies_vote": (POLITICO_SUBSIDIES_VOTE, POLITICO_SUBSIDIES_VOTE_EXPECTED),
    "batimes_gas_subsidies": (BATIMES_GAS_SUBSIDIES, BATIMES_GAS_SUBSIDIES_EXPECTED),
    "ttguardian_laventille_release": (TTGUARDIAN_LAVENTILLE_RELEASE, TTGUARDIAN_LAVENTILLE_RELEASE_EXPECTED),
}
