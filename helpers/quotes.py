"""Stage 4 — quotes and speakers.  (Placeholder: issue #4 builds the real extractor.)"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

QUOTE_COLUMNS = ["quote_id", "text", "kind", "speaker", "start", "end", "sentence", "polarity", "subjectivity"]
SPEAKER_COLUMNS = ["name", "role", "category", "aliases", "quotes", "words", "polarity", "subjectivity"]


@dataclass
class QuoteResult:
    quotes: pd.DataFrame
    speakers: pd.DataFrame


def extract_quotes(article) -> QuoteResult:
    return QuoteResult(pd.DataFrame(columns=QUOTE_COLUMNS), pd.DataFrame(columns=SPEAKER_COLUMNS))
