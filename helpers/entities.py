"""Stage 3 — named entities.  (Placeholder: issue #3 builds the real extractor.)"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

ENTITY_COLUMNS = ["entity_id", "name", "type", "aliases", "titles", "mentions", "first_sentence"]
MENTION_COLUMNS = ["entity_id", "name", "type", "text", "sentence", "start", "end", "section"]


@dataclass
class EntityResult:
    entities: pd.DataFrame
    mentions: pd.DataFrame


def extract_entities(article) -> EntityResult:
    return EntityResult(pd.DataFrame(columns=ENTITY_COLUMNS), pd.DataFrame(columns=MENTION_COLUMNS))
