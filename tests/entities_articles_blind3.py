"""A third blind round (world news, the seed's genre): expectations written before any run."""

UKRAINE = """Kyiv braces for winter as Russian strikes hit power grid

KYIV, Ukraine — Russian missiles and drones struck energy facilities across Ukraine overnight, the country's air force said on Tuesday, leaving hundreds of thousands of homes without electricity as temperatures dropped below freezing.

President Volodymyr Zelensky urged Western allies to speed up deliveries of air-defense systems. "Every Patriot battery saves a city," Zelensky said in his nightly video address.

In Moscow, Kremlin spokesman Dmitry Peskov said the strikes were a response to Ukrainian attacks on Russian refineries. Peskov did not provide evidence.

NATO Secretary General Mark Rutte, speaking in Brussels, said the alliance would send more generators. Germany's defense minister, Boris Pistorius, announced a new aid package worth 1.4 billion euros.

Analysts at the Institute for the Study of War said Russia was trying to break Ukrainian morale before peace talks expected in Istanbul.
"""

UKRAINE_EXPECTED = {
    "Kyiv": ("GPE", 1),
    "Ukraine": ("GPE", 2),
    "Russian": ("NORP", 3),
    "Volodymyr Zelensky": ("PERSON", 2),
    "Western": ("NORP", 1),
    "Moscow": ("GPE", 1),
    "Kremlin": ("ORG", 1),
    "Dmitry Peskov": ("PERSON", 2),
    "Ukrainian": ("NORP", 2),
    "NATO": ("ORG", 1),
    "Mark Rutte": ("PERSON", 1),
    "Brussels": ("GPE", 1),
    "Germany": ("GPE", 1),
    "Boris Pistorius": ("PERSON", 1),
    "Institute for the Study of War": ("ORG", 1),
    "Russia": ("GPE", 1),
    "Istanbul": ("GPE", 1),
}

LATAM = """Venezuela frees detained Americans in prisoner swap

CARACAS — Venezuela released 10 Americans on Wednesday in exchange for Alex Saab, a Colombian businessman close to President Nicolás Maduro, officials in both countries said.

The deal was brokered by Qatar. White House national security adviser Jake Sullivan said the freed Americans were on their way to Texas, where they would be met by relatives at a military base near San Antonio.

Maduro, speaking on state television, called Saab "a diplomat kidnapped by the empire." Venezuela's opposition leader, María Corina Machado, said the swap rewarded "hostage diplomacy."

The U.S. Treasury Department had sanctioned Saab in 2019, accusing him of running a corruption network that siphoned money from a food program. Saab's lawyers in Miami said he had done nothing wrong.
"""

LATAM_EXPECTED = {
    "Caracas": ("GPE", 1),
    "Venezuela": ("GPE", 2),
    "American": ("NORP", 2),
    "Alex Saab": ("PERSON", 4),
    "Colombian": ("NORP", 1),
    "Nicolás Maduro": ("PERSON", 2),
    "Qatar": ("GPE", 1),
    "White House": ("ORG", 1),
    "Jake Sullivan": ("PERSON", 1),
    "Texas": ("GPE", 1),
    "San Antonio": ("GPE", 1),
    "María Corina Machado": ("PERSON", 1),
    "Treasury Department": ("ORG", 1),
    "United States": ("GPE", 1),
    "Miami": ("GPE", 1),
}

BLIND3 = {"ukraine": (UKRAINE, UKRAINE_EXPECTED), "latam": (LATAM, LATAM_EXPECTED)}
