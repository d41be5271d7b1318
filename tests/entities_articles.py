"""Short news articles of our own, in shapes unlike the seed, with hand-made expected entities.

Each article: a text (headline, blank line, body paragraphs) and ``expected``: canonical name ->
(TYPE, body mentions).  Names not listed must not appear as PERSON / ORG / GPE entities.
"""

US_POLITICS = """Fed Holds Rates Steady as Senators Press Powell on Housing

WASHINGTON (AP) — The Federal Reserve left interest rates unchanged on Wednesday, and Fed Chair Jerome Powell told lawmakers that inflation remained "stubbornly high" despite two years of increases.

Sen. Elizabeth Warren, D-Mass., pressed Powell on housing costs during a tense hearing of the Senate Banking Committee. "Families in Boston and across Massachusetts cannot wait another year," Warren said.

Mr. Powell replied that the central bank was watching rents closely. He added that the Fed's staff in New York had seen early signs of relief.

Republicans were split. Sen. Tim Scott of South Carolina praised the decision, while Sen. Rick Scott of Florida called it "a gift to Wall Street." Rick Scott later told reporters that he would introduce a bill next month.

Analysts at Goldman Sachs expect the first cut in September. Meanwhile, shares of JPMorgan Chase rose 2% and the dollar slipped against the euro.
"""

US_POLITICS_EXPECTED = {
    "Federal Reserve": ("ORG", 3),  # The Federal Reserve, Fed Chair, the Fed's
    "Associated Press": ("ORG", 1),  # the (AP) of the dateline
    "Jerome Powell": ("PERSON", 3),
    "Elizabeth Warren": ("PERSON", 2),
    "Senate Banking Committee": ("ORG", 1),
    "Boston": ("GPE", 1),
    "Massachusetts": ("GPE", 1),
    "New York": ("GPE", 1),
    "Tim Scott": ("PERSON", 1),
    "South Carolina": ("GPE", 1),
    "Rick Scott": ("PERSON", 2),
    "Florida": ("GPE", 1),
    "Wall Street": ("FAC", 1),
    "Goldman Sachs": ("ORG", 1),
    "JPMorgan Chase": ("ORG", 1),
    "Washington": ("GPE", 1),
    "Republican": ("NORP", 1),
}

EUROPE_BUSINESS = """Brussels fines chipmaker as Berlin weighs subsidies

The European Commission on Tuesday fined Dutch chip-equipment maker ASML €1.2 billion, saying the company had abused its dominant position in lithography machines.

Margrethe Vestager, the commission's competition chief, said the decision "sends a clear message to every supplier in Europe." Vestager has clashed with US technology groups for years, and Apple and Google are both appealing earlier rulings at the EU's General Court in Luxembourg.

In Berlin, Chancellor Olaf Scholz faced questions over a €10 billion subsidy promised to Intel for a factory near Magdeburg. Economy Minister Robert Habeck defended the deal. "Germany cannot afford to fall behind Taiwan and South Korea," Habeck told the Bundestag.

ASML's chief executive, Christophe Fouquet, said the company would appeal. Shares fell 4 percent in Amsterdam. Analysts at ING Bank said the fine was smaller than feared.

Christine Lagarde, president of the European Central Bank (ECB), warned last week that subsidy races could fragment the single market. The ECB will meet again in June.
"""

EUROPE_BUSINESS_EXPECTED = {
    "European Commission": ("ORG", 1),
    "Dutch": ("NORP", 1),
    "ASML": ("ORG", 2),
    "Margrethe Vestager": ("PERSON", 2),
    "Europe": ("LOC", 1),
    "United States": ("GPE", 1),
    "Apple": ("ORG", 1),
    "Google": ("ORG", 1),
    "European Union": ("ORG", 1),
    "General Court": ("ORG", 1),
    "Luxembourg": ("GPE", 1),
    "Berlin": ("GPE", 1),
    "Olaf Scholz": ("PERSON", 1),
    "Intel": ("ORG", 1),
    "Magdeburg": ("GPE", 1),
    "Robert Habeck": ("PERSON", 2),
    "Germany": ("GPE", 1),
    "Taiwan": ("GPE", 1),
    "South Korea": ("GPE", 1),
    "Bundestag": ("ORG", 1),
    "Christophe Fouquet": ("PERSON", 1),
    "Amsterdam": ("GPE", 1),
    "ING Bank": ("ORG", 1),
    "Christine Lagarde": ("PERSON", 1),
    "European Central Bank": ("ORG", 3),  # + (ECB), The ECB
}

AFRICA_CONFLICT = """Ethiopia and Tigray leaders agree to new talks

ADDIS ABABA — Ethiopian Prime Minister Abiy Ahmed and leaders of the Tigray People's Liberation Front (TPLF) agreed on Saturday to resume talks in Nairobi, the African Union said.

The announcement came after weeks of fighting near Mekelle, the Tigrayan capital. Getachew Reda, a senior TPLF official, said his movement wanted "guarantees, not promises."

Kenyan President William Ruto, who will host the talks, spoke with Abiy by phone on Friday. Ruto said both sides had accepted observers from the United Nations.

Human Rights Watch has accused both the Ethiopian army and Eritrean troops of abuses against civilians. Eritrea has denied the claims. Olusegun Obasanjo, the former Nigerian president, will lead the mediation team.

About 2,000 people have fled to Sudan since March, according to the UN refugee agency.
"""

AFRICA_CONFLICT_EXPECTED = {
    "Ethiopian": ("NORP", 2),
    "Abiy Ahmed": ("PERSON", 2),
    "Tigray People's Liberation Front": ("ORG", 3),  # + (TPLF), TPLF official
    "Nairobi": ("GPE", 1),
    "African Union": ("ORG", 1),
    "Mekelle": ("GPE", 1),
    "Tigrayan": ("NORP", 1),
    "Getachew Reda": ("PERSON", 1),
    "Kenyan": ("NORP", 1),
    "William Ruto": ("PERSON", 2),
    "United Nations": ("ORG", 2),
    "Human Rights Watch": ("ORG", 1),
    "Eritrean": ("NORP", 1),
    "Eritrea": ("GPE", 1),
    "Olusegun Obasanjo": ("PERSON", 1),
    "Nigerian": ("NORP", 1),
    "Sudan": ("GPE", 1),
    "Addis Ababa": ("GPE", 1),
}

LOCAL_CRIME = """Two Charged After Riverside Warehouse Fire

Police arrested two men on Thursday in connection with a fire that destroyed a warehouse on Elm Street, the Riverside Police Department said.

Daniel Ortiz, 34, and his brother, Luis Ortiz, 29, both of Corona, were charged with arson. Detective Sarah Collins said investigators found gasoline cans near the loading dock. Collins said Daniel Ortiz had been fired from the warehouse in May.

Luis Ortiz's lawyer, Amanda Reyes, said her client was innocent. "He was at home with his children," Reyes told The Press-Enterprise.

Fire crews from Riverside County and the city of Norco fought the blaze for six hours. Nobody was hurt. Ms. Reyes said the family would not comment further.
"""

LOCAL_CRIME_EXPECTED = {
    "Elm Street": ("FAC", 1),
    "Riverside Police Department": ("ORG", 1),
    "Daniel Ortiz": ("PERSON", 2),
    "Luis Ortiz": ("PERSON", 2),
    "Corona": ("GPE", 1),
    "Sarah Collins": ("PERSON", 2),
    "Amanda Reyes": ("PERSON", 3),
    "The Press-Enterprise": ("ORG", 1),
    "Riverside County": ("GPE", 1),
    "Norco": ("GPE", 1),
}

ARTICLES = {
    "us_politics": (US_POLITICS, US_POLITICS_EXPECTED),
    "europe_business": (EUROPE_BUSINESS, EUROPE_BUSINESS_EXPECTED),
    "africa_conflict": (AFRICA_CONFLICT, AFRICA_CONFLICT_EXPECTED),
    "local_crime": (LOCAL_CRIME, LOCAL_CRIME_EXPECTED),
}
