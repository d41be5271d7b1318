"""Stage 4's fast paths against the plain implementations they replace, on real text.

Each fast path (plain string search instead of a regular expression per cue, one scan of the body
instead of one per window …) must give exactly what the reference gives, on every sentence of every
test article and on the edge cases written here.
"""

import pytest

from helpers.article import load_article
from helpers.bench import source_articles
from helpers.errors import NewslensError


def _articles():
    out = []
    for p in source_articles():
        try:
            out.append(load_article(p))
        except NewslensError:
            continue
    return out


@pytest.fixture(scope="module")
def articles():
    return _articles()


@pytest.fixture(scope="module")
def sentences(articles):
    return [t for a in articles for t in a.sentences.text.tolist()]


EDGE_TEXTS = [
    "", "Dr", "dr.", "Dr.Smith", "adr. x", "Prof. Jane Roe", "PROFESSOR", "a former commander", "formerly",
    "Col. (ret.) Richard Kemp", "(ret.)", "x(ret.)y", "retired_officer", "_former", "former_", "think-tank",
    "Think Tank fellow", "chief of staff", "vice-president", "Vice President", "university’s", "universities",
    "the \u212aing", "\u0130nstitute", "\u0131nstitute", "\u017fenator", "Senator \u017fmith", "mayor2",
    "2mayor", "é mayor é", "émayor", "mayoré", "Gen.", "gen.x", "lt.", "Lt.Col.", "speaker of the house",
]


def test_cue_categories_equal_the_regex_reference(articles, sentences):
    from helpers.quotes.speakers import _cue_res, cue_categories

    def reference(text):
        return {cat for rx, cat in _cue_res() if rx.search(text)}

    texts = sentences + EDGE_TEXTS + [w for t in sentences for w in t.split()]
    for a in articles:
        texts += a.speakers.role.dropna().tolist() + a.speakers.appositive.dropna().tolist()
    assert len(texts) > 1000
    for t in texts:
        assert cue_categories(t) == reference(t), t
