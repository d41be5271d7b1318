"""Stage 5 — sentiment.  (Placeholder: issue #4 builds per-quote and per-speaker scores.)"""

from __future__ import annotations

import pandas as pd


def sentence_scores(article) -> pd.DataFrame:
    """TextBlob polarity and subjectivity per sentence."""
    rows = []
    for i, blob in enumerate(article.blobs):
        s = blob.sentiment
        rows.append((i, s.polarity, s.subjectivity))
    return pd.DataFrame(rows, columns=["sentence", "polarity", "subjectivity"])
