"""Load the pipeline's lexicons once (tagger lexicon, lemma tables, sentiment lexicon).

Imported by the corpus process pool's forkserver before it forks workers, so every worker starts
with the lexicons in memory instead of spending seconds loading them for its first article.

    >>> import helpers._warmup  # doctest: +SKIP
"""

from .article import Article

_art = Article.from_text("Warm Up\n\nThe officials said the engineers were testing 40 samples. It was fine.")
_art.tokens
_art.sentence_sentiment
del _art
