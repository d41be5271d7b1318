"""Stage 6 — claims and retractions.  (Placeholder: issue #5 builds the real detector.)"""

from __future__ import annotations

import pandas as pd

CONTRAST_COLUMNS = ["pair_id", "claim_text", "claim_speaker", "retraction_text", "retraction_speaker", "score"]


def find_contrasts(article) -> pd.DataFrame:
    return pd.DataFrame(columns=CONTRAST_COLUMNS)
