"""The entity stage's fast paths equal the plain implementations they replace, on real and odd text."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from helpers.entities import rules as R

sys.path.insert(0, str(Path(__file__).resolve().parent))

from entities_articles import ARTICLES  # noqa: E402
from entities_articles_blind import BLIND  # noqa: E402
from entities_articles_blind2 import BLIND2  # noqa: E402
from entities_articles_blind3 import BLIND3  # noqa: E402
from entities_articles_blind4 import BLIND4  # noqa: E402
from entities_articles_blind5 import BLIND5  # noqa: E402
from entities_articles_holdout import HOLDOUT  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# words and separators that exercise every alternative of the numeric regexes and their edges
_PIECES = """Jan Jan. January Feb. February March Mar. Mar April Apr. May June Jun July Aug. August Sept.
Sept Sep September Oct. October Nov November Dec. December Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Mondays late early mid last this next past previous coming week month year decade century
weekend summer winter spring autumn fall fallen yesterday today tomorrow tomorrows days day weeks months
years decades ago earlier later old a an one two three four five six seven eight nine ten eleven twelve
several few many some 1 5 12 31 3rd 21st 2nd 4th 1990 1990s 2020 2019 1875 20 300 1,000 12,500 3.5 0.75
5% 3.5% 40 percent 7 per cent 12 %  $ € £ $5 €3 £10 million billion trillion bn m % percent per cent cent X_1 _2 A1 foo-bar mid-March
late-last Dejan Mayhem Octavia amid midst Augusta Thisday lastweek ٣ ٢٠ ² ½ Maynard Sunday's""".split()
_SEPS = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "-", ",", ", ", ".", "(", ")", "’", "'", "/", ""]


def _odd_texts(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 14)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(_SEPS))
        out.append("".join(parts))
    return out


def _real_texts() -> list[str]:
    texts = [t for d in (ARTICLES, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, HOLDOUT) for t, _ in d.values()]
    for folder in ("data/articles", "tests/data", "tests/data/corpus", "tests/data/contrasts"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / folder).glob("*.txt"))]
    return texts


@pytest.mark.parametrize("name", ["PERCENT_RE", "DATE_RE", "CARDINAL_RE"])
def test_numeric_regexes_tried_at_candidate_starts_equal_finditer(name):
    rx = getattr(R, name)
    texts = _real_texts() + _odd_texts(4000)
    hits = 0
    for text in texts:
        digits = R._digit_starts(text)
        starts = R._date_starts(text, digits) if name == "DATE_RE" else digits
        want = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in R._matches_at(rx, text, starts)] == want, text
        hits += len(want)
    assert hits > 300  # the texts do exercise the regex


def test_digit_starts():
    assert R._digit_starts("a1 22x٣4 _5") == [1, 3, 6, 10]
    assert R._digit_starts("") == [] and R._digit_starts("none") == []
