"""Where things live: the repository's data, annotation and export folders."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
LEXICON_DIR = PACKAGE_DIR / "lexicons"


def project_root() -> Path:
    """The folder holding ``data/`` and ``notebooks/``.

    ``NEWSLENS_HOME`` wins; else the repository this package sits in (editable install); else the
    current directory.
    """
    env = os.environ.get("NEWSLENS_HOME")
    if env:
        return Path(env).expanduser().resolve()
    repo = PACKAGE_DIR.parent
    if (repo / "data").is_dir() and (repo / "notebooks").is_dir():
        return repo
    return Path.cwd()


def articles_dir() -> Path:
    return project_root() / "data" / "articles"


def annotations_dir() -> Path:
    return project_root() / "data" / "annotations"


def exports_dir() -> Path:
    return project_root() / "exports"


SEED_NAME = "confusion-abounds-us-military-iraq.txt"


def default_article() -> Path:
    """The seed article, the default everywhere a path is not given."""
    return articles_dir() / SEED_NAME


ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def list_articles(folder: Path | None = None) -> list[Path]:
    """Article files in ``folder`` (default ``data/articles``), sorted by name, seed first."""
    folder = Path(folder) if folder else articles_dir()
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    files.sort(key=lambda p: (p.name != SEED_NAME, p.name))
    return files


def slugify(text: str, default: str = "item") -> str:
    """``"Confusion Abounds: US…"`` → ``"confusion-abounds-us"``: safe for file and folder names."""
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].rstrip("-") or default
