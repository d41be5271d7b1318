"""newslens — take a news article apart.

The pipeline (see :mod:`helpers.pipeline`): article → sentences/tokens → entities → quotes & speakers
→ sentiment → contrasts → charts/widgets.  One object, :class:`~helpers.article.Article`, flows
through it; each stage is a lazily computed DataFrame on it.

    >>> import helpers
    >>> art = helpers.load_article()          # the seed article
    >>> art.title
    'Confusion Abounds: US Military Leaving, Then Not Leaving, Iraq'

Heavy libraries (pandas, matplotlib, TextBlob) load on first use, so ``import helpers`` is cheap.
"""

from ._version import __version__
from .errors import NewslensError

__all__ = ["__version__", "NewslensError", "load_article", "analyze", "to_contract", "Article"]

_LAZY = {
    "load_article": ("article", "load_article"),
    "Article": ("article", "Article"),
    "analyze": ("pipeline", "analyze"),
    "to_contract": ("pipeline", "to_contract"),
}


def __getattr__(name):
    if name in _LAZY:
        import importlib

        mod, attr = _LAZY[name]
        value = getattr(importlib.import_module(f"{__name__}.{mod}"), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
