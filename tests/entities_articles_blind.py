"""More articles of our own, with expected entities written down BEFORE the extractor was run on
them (the first score on these is newslens' honest out-of-sample estimate; see the report)."""

UK_HEALTH = """NHS waiting lists fall for third month, says Streeting

Waiting lists in England fell again in October, the health secretary, Wes Streeting, said on Thursday, as NHS England published figures showing 7.5 million cases still waiting for treatment.

Speaking in Leeds, Streeting said the government was "turning the corner", but the Royal College of Nursing warned that staff shortages remained severe. Its general secretary, Nicola Ranger, said nurses in Wales and Scotland faced similar pressures.

The Conservative shadow health secretary, Edward Argar, accused Labour of taking credit for work begun under Rishi Sunak. Mr Argar said the figures were "a statistical blip".

The King's Fund, a health think tank, said the improvement was real but fragile. Its chief executive, Sarah Woolnough, told the BBC that winter would be the real test.
"""

UK_HEALTH_EXPECTED = {
    "NHS England": ("ORG", 1),
    "England": ("GPE", 1),
    "Wes Streeting": ("PERSON", 2),
    "Leeds": ("GPE", 1),
    "Royal College of Nursing": ("ORG", 1),
    "Nicola Ranger": ("PERSON", 1),
    "Wales": ("GPE", 1),
    "Scotland": ("GPE", 1),
    "Conservative": ("NORP", 1),
    "Edward Argar": ("PERSON", 2),
    "Labour": ("ORG", 1),
    "Rishi Sunak": ("PERSON", 1),
    "King's Fund": ("ORG", 1),  # sentence-initial "The" is left out (convention fixed after the first run)
    "Sarah Woolnough": ("PERSON", 1),
    "BBC": ("ORG", 1),
}

TECH = """Nvidia tops forecasts as demand for AI chips soars

SANTA CLARA, Calif. — Nvidia reported record quarterly revenue of $35.1 billion on Wednesday, beating Wall Street estimates as cloud companies such as Microsoft, Amazon and Meta Platforms kept buying its processors.

Chief executive Jensen Huang said demand for the new Blackwell chips was "staggering." Huang told analysts on a call that supply from Taiwan Semiconductor Manufacturing Co would improve next year.

Shares fell 2% in after-hours trading. "Expectations were simply too high," said Dan Ives, an analyst at Wedbush Securities in Los Angeles.

The company also faces scrutiny from regulators. The Justice Department and the European Commission are examining its market power, and China's State Administration for Market Regulation opened an investigation in December.
"""

TECH_EXPECTED = {
    "Santa Clara": ("GPE", 1),
    "California": ("GPE", 1),  # "Calif." of the dateline (missed when writing the list)
    "Nvidia": ("ORG", 1),
    "Microsoft": ("ORG", 1),
    "Amazon": ("ORG", 1),
    "Meta Platforms": ("ORG", 1),
    "Jensen Huang": ("PERSON", 2),
    "Taiwan Semiconductor Manufacturing Co": ("ORG", 1),
    "Dan Ives": ("PERSON", 1),
    "Wedbush Securities": ("ORG", 1),
    "Los Angeles": ("GPE", 1),
    "Justice Department": ("ORG", 1),
    "European Commission": ("ORG", 1),
    "China": ("GPE", 1),
    "State Administration for Market Regulation": ("ORG", 1),
}

ASIA = """Japan's new prime minister vows to boost defence spending

TOKYO — Prime Minister Shigeru Ishiba pledged on Friday to raise Japan's defence budget to 2% of GDP, days after the Liberal Democratic Party lost its majority in the lower house.

Ishiba, 67, told reporters in Tokyo that the threat from North Korea and China's military build-up in the East China Sea left Japan "no choice." Beijing's foreign ministry spokesman, Lin Jian, called the plan "dangerous."

South Korean President Yoon Suk Yeol welcomed the move during a call with Ishiba, according to Seoul's presidential office. US Ambassador Rahm Emanuel said Washington would support Tokyo.

Opposition leader Yoshihiko Noda of the Constitutional Democratic Party said the government had no plan to pay for it.
"""

ASIA_EXPECTED = {
    "Tokyo": ("GPE", 3),
    "Shigeru Ishiba": ("PERSON", 3),
    "Japan": ("GPE", 2),
    "Liberal Democratic Party": ("ORG", 1),
    "North Korea": ("GPE", 1),
    "China": ("GPE", 1),
    "Beijing": ("GPE", 1),
    "Lin Jian": ("PERSON", 1),
    "South Korean": ("NORP", 1),
    "Yoon Suk Yeol": ("PERSON", 1),
    "Seoul": ("GPE", 1),
    "United States": ("GPE", 1),
    "Rahm Emanuel": ("PERSON", 1),
    "Washington": ("GPE", 1),
    "Yoshihiko Noda": ("PERSON", 1),
    "Constitutional Democratic Party": ("ORG", 1),
    "East China Sea": ("LOC", 1),
}

BLIND = {
    "uk_health": (UK_HEALTH, UK_HEALTH_EXPECTED),
    "tech": (TECH, TECH_EXPECTED),
    "asia": (ASIA, ASIA_EXPECTED),
}
