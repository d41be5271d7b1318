"""A second blind round: expected entities written down before the extractor saw these texts."""

SPORT = """Mbappé double sends Real Madrid past Manchester City

Kylian Mbappé scored twice as Real Madrid beat Manchester City 3-1 at the Santiago Bernabéu on Wednesday to reach the Champions League quarter-finals.

The France forward, signed from Paris Saint-Germain last summer, opened the scoring after 12 minutes. Erling Haaland equalised for City before the break, but Mbappé struck again and Jude Bellingham added a third.

"Kylian was decisive tonight," Real coach Carlo Ancelotti told reporters. Ancelotti said his side had "suffered" in the first half.

City manager Pep Guardiola admitted his team were second best. Guardiola, who won the trophy with Barcelona and City, said the club would "come back stronger" next season.
"""

SPORT_EXPECTED = {
    "Kylian Mbappé": ("PERSON", 3),  # (first written as 4: the headline's "Mbappé" is not a body mention)
    "Real Madrid": ("ORG", 2),
    "Manchester City": ("ORG", 4),
    "Santiago Bernabéu": ("FAC", 1),
    "Champions League": ("EVENT", 1),
    "France": ("GPE", 1),
    "Paris Saint-Germain": ("ORG", 1),
    "Erling Haaland": ("PERSON", 1),
    "Jude Bellingham": ("PERSON", 1),
    "Carlo Ancelotti": ("PERSON", 2),
    "Pep Guardiola": ("PERSON", 2),
    "Barcelona": ("ORG", 1),
}

HEALTH = """WHO warns of rising measles cases as vaccination rates slip

GENEVA — The World Health Organization said on Monday that measles cases rose 20% last year, and its director-general, Tedros Adhanom Ghebreyesus, urged governments to restore routine vaccination.

In the United States, the Centers for Disease Control and Prevention (CDC) has recorded outbreaks in Texas and New Mexico. "We are seeing the consequences of missed doses," said Dr. Anne Schuchat, a former CDC deputy director who now teaches at Johns Hopkins University.

Tedros said Brazil and India had made progress, but warned that conflict in Sudan and Yemen had left millions of children unprotected. Gavi, the vaccine alliance, pledged $600 million for campaigns in Africa.

Pfizer and Moderna are not involved in measles vaccines, analysts noted. Merck, which makes one of the most widely used shots, said supply was adequate.
"""

HEALTH_EXPECTED = {
    "Geneva": ("GPE", 1),
    "World Health Organization": ("ORG", 1),
    "Tedros Adhanom Ghebreyesus": ("PERSON", 2),
    "United States": ("GPE", 1),
    "Centers for Disease Control and Prevention": ("ORG", 3),
    "Texas": ("GPE", 1),
    "New Mexico": ("GPE", 1),
    "Anne Schuchat": ("PERSON", 1),
    "Johns Hopkins University": ("ORG", 1),
    "Brazil": ("GPE", 1),
    "India": ("GPE", 1),
    "Sudan": ("GPE", 1),
    "Yemen": ("GPE", 1),
    "Gavi": ("ORG", 1),
    "Africa": ("LOC", 1),
    "Pfizer": ("ORG", 1),
    "Moderna": ("ORG", 1),
    "Merck": ("ORG", 1),
}

MIDEAST = """Qatar presses Hamas and Israel to resume Gaza talks

DOHA, Qatar — Qatari mediators on Sunday urged Hamas and Israel to return to negotiations, a day after Israeli Prime Minister Benjamin Netanyahu said the war in Gaza would continue "until victory."

Netanyahu's office said a delegation led by Mossad chief David Barnea would travel to Doha only if Hamas presented "serious proposals." Hamas official Osama Hamdan told Al Jazeera that the group had not received a new offer.

Egyptian officials said the Rafah crossing would stay closed. U.N. Secretary-General António Guterres called the situation "catastrophic" and asked the Israel Defense Forces (IDF) to allow more aid trucks.

Saudi Crown Prince Mohammed bin Salman spoke with Secretary of State Antony Blinken by phone, the Saudi Press Agency reported. Blinken later flew to Cairo.
"""

MIDEAST_EXPECTED = {
    "Doha": ("GPE", 2),
    "Qatar": ("GPE", 1),
    "Qatari": ("NORP", 1),
    "Hamas": ("ORG", 3),
    "Israel": ("GPE", 1),
    "Israeli": ("NORP", 1),
    "Benjamin Netanyahu": ("PERSON", 2),
    "Gaza": ("GPE", 1),
    "Mossad": ("ORG", 1),
    "David Barnea": ("PERSON", 1),
    "Osama Hamdan": ("PERSON", 1),
    "Al Jazeera": ("ORG", 1),
    "Egyptian": ("NORP", 1),
    "Rafah": ("GPE", 1),
    "United Nations": ("ORG", 1),
    "António Guterres": ("PERSON", 1),
    "Israel Defense Forces": ("ORG", 2),
    "Saudi": ("NORP", 1),
    "Mohammed bin Salman": ("PERSON", 1),
    "Antony Blinken": ("PERSON", 2),
    "Saudi Press Agency": ("ORG", 1),
    "Cairo": ("GPE", 1),
}

BLIND2 = {
    "sport": (SPORT, SPORT_EXPECTED),
    "health": (HEALTH, HEALTH_EXPECTED),
    "mideast": (MIDEAST, MIDEAST_EXPECTED),
}
