"""Load the pipeline's lexicons once (tagger, lemma tables, sentiment, and every stage's own).

Imported by the corpus process pool's forkserver before it forks workers, so every worker starts
with the lexicons in memory instead of spending seconds loading them for its first article.  A stage
that fails on the warm-up text is skipped here (the real run reports it per file).

Then the loaded objects are moved out of the garbage collector's reach (:func:`gc.freeze`, which
Python's documentation recommends before forking): the lexicons are some 100,000 container objects
that live as long as the process, and every full collection used to walk them all — about half the
time of the token stage.  Their memory pages also stay shared between the forked workers.

    >>> import helpers._warmup  # doctest: +SKIP
"""

import gc

from .article import Article

_TEXT = ("Warm Up\n\nOfficials in Washington said on Monday that engineers were testing 40 samples. "
         "\u201cIt was fine,\u201d said Dr. Ana Ruiz, a professor at the university. Later, she said it was not.")


def warm() -> None:
    """Run every stage once on a short text, then freeze what is loaded out of the collector's reach."""
    art = Article.from_text(_TEXT)
    for attr in ("tokens", "entities", "mentions", "quotes", "speakers", "sentence_sentiment", "contrasts"):
        try:
            getattr(art, attr)
        except Exception:  # noqa: BLE001 - warming only
            pass
    del art
    from .sentiment_engine import warm_cues

    warm_cues()
    gc.collect()
    gc.freeze()


warm()
