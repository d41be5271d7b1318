"""Blind round 5 (expectations written before the first run; first look: mention-count F1 0.78)."""

ANALYSIS = """Analysts split over Turkey's role in Syria after Assad's fall

Turkey has emerged as the most influential foreign power in Syria since the collapse of Bashar al-Assad's government, but analysts disagree over how far Ankara can shape the country's future.

"Erdogan holds most of the cards now," Soner Cagaptay, director of the Turkish research program at the Washington Institute for Near East Policy, told The Media Line. Cagaptay noted that Turkish-backed factions controlled much of northern Syria.

Others are more cautious. Dr. Dareen Khalifa, a senior adviser at the International Crisis Group, said Hayat Tahrir al-Sham, the group that led the offensive on Damascus, would not take orders from anyone. Its leader, Ahmed al-Sharaa, has promised to protect minorities, including Alawites and Kurds.

Israel has struck hundreds of military sites since December, and Defense Minister Israel Katz said the army would remain in the buffer zone on Mount Hermon. Russia, meanwhile, is negotiating to keep its naval base at Tartus.

According to Prof. Joshua Landis of the University of Oklahoma, the real test will be the economy. "Without sanctions relief from Washington and Brussels, nothing works," Landis said.
"""

ANALYSIS_EXPECTED = {
    "Turkey": ("GPE", 1),
    "Syria": ("GPE", 2),
    "Bashar al-Assad": ("PERSON", 1),
    "Ankara": ("GPE", 1),
    "Erdogan": ("PERSON", 1),
    "Soner Cagaptay": ("PERSON", 2),
    "Turkish": ("NORP", 2),
    "Washington Institute for Near East Policy": ("ORG", 1),
    "The Media Line": ("ORG", 1),
    "Dareen Khalifa": ("PERSON", 1),
    "International Crisis Group": ("ORG", 1),
    "Hayat Tahrir al-Sham": ("ORG", 1),
    "Damascus": ("GPE", 1),
    "Ahmed al-Sharaa": ("PERSON", 1),
    "Alawite": ("NORP", 1),
    "Kurdish": ("NORP", 1),
    "Israel": ("GPE", 1),
    "Israel Katz": ("PERSON", 1),
    "Mount Hermon": ("LOC", 1),
    "Russia": ("GPE", 1),
    "Tartus": ("GPE", 1),
    "Joshua Landis": ("PERSON", 2),
    "University of Oklahoma": ("ORG", 1),
    "Washington": ("GPE", 1),
    "Brussels": ("GPE", 1),
}

FRANCE = """French government falls after no-confidence vote

PARIS — France's prime minister, Michel Barnier, lost a no-confidence vote in the National Assembly on Wednesday, making his government the shortest-lived of the Fifth Republic.

Lawmakers from the left-wing New Popular Front and Marine Le Pen's National Rally joined forces to pass the motion by 331 votes. Le Pen told TF1 television that Barnier had ignored her party's demands on pensions.

President Emmanuel Macron, whose term runs until 2027, is expected to name a new prime minister within days. The Élysée said Macron would address the nation on Thursday evening.

Markets reacted calmly. The yield on French 10-year bonds rose slightly, and the CAC 40 index in Paris closed 0.4% higher, according to Bloomberg data.
"""

FRANCE_EXPECTED = {
    "Paris": ("GPE", 2),
    "France": ("GPE", 1),
    "Michel Barnier": ("PERSON", 2),
    "National Assembly": ("ORG", 1),
    "New Popular Front": ("ORG", 1),
    "Marine Le Pen": ("PERSON", 2),
    "National Rally": ("ORG", 1),
    "TF1": ("ORG", 1),
    "Emmanuel Macron": ("PERSON", 2),
    "Élysée": ("ORG", 1),
    "French": ("NORP", 1),
    "Bloomberg": ("ORG", 1),
    "Fifth Republic": ("GPE", 1),
}

BLIND5 = {"analysis": (ANALYSIS, ANALYSIS_EXPECTED), "france": (FRANCE, FRANCE_EXPECTED)}
