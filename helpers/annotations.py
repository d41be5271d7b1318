"""Analyst corrections, one JSON file per article: ``data/annotations/<article-name>.json``.

The file is shared by the stages that accept corrections; each owns one top-level key and never touches
the others':

==============  =====================================================  =======================
key             content                                                owner
==============  =====================================================  =======================
``quotes``      ``[{"start", "end", "text", "speaker"}]`` — a quote's   stage 4 (quotes)
                speaker reassigned (``speaker: null`` = no speaker)
``speakers``    ``{name: {"category": ..., "role": ...}}`` — a          stage 4 (quotes)
                speaker's category / role overridden
``contrasts``   free for stage 6 (accepted / rejected / added pairs)    stage 6 (contrasts)
==============  =====================================================  =======================

Writes are atomic (temp file in the same folder, then ``os.replace``).  A file that is not valid JSON
(or not a JSON object) raises :class:`~helpers.errors.NewslensError` naming the file, and is never
overwritten: fix or remove it by hand.

    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> update_annotations("demo", "speakers", {"Jane Roe": {"category": "expert"}}, directory=d)["speakers"]
    {'Jane Roe': {'category': 'expert'}}
    >>> load_annotations("demo", directory=d)["version"]
    1
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from pathlib import Path

from .errors import NewslensError
from .paths import PACKAGE_DIR

VERSION = 1
CATEGORIES = ("expert", "official", "other", "group")


def _name(article) -> str:
    name = article if isinstance(article, str) else getattr(article, "name", None)
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise NewslensError(f"cannot store annotations for an article named {name!r}")
    return name


def annotations_path(article, directory=None) -> Path:
    """Where the corrections of ``article`` (an Article or its name) live."""
    from .paths import annotations_dir

    folder = Path(directory) if directory is not None else annotations_dir()
    return folder / f"{_name(article)}.json"


# pathlib's Path.exists / Path.is_dir return False for these errors of ``stat`` and raise the others
_MISSING_ERRNOS = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def _stat_mode(path: str):
    """``os.stat(path).st_mode``, or None where pathlib's ``exists()`` says False (the same errors raise)."""
    try:
        return os.stat(path).st_mode
    except OSError as e:
        if getattr(e, "errno", None) not in _MISSING_ERRNOS:
            raise
        return None
    except ValueError:
        return None


def _is_dir(path: str) -> bool:
    """``Path(path).is_dir()``."""
    mode = _stat_mode(path)
    return mode is not None and stat.S_ISDIR(mode)


_REPO = str(PACKAGE_DIR.parent)
_REPO_DATA, _REPO_NOTEBOOKS = os.path.join(_REPO, "data"), os.path.join(_REPO, "notebooks")


def _path_text(article, directory=None) -> str:
    """``str(annotations_path(article, directory))``, read once per article by :func:`load_annotations`.

    With no ``directory`` and no ``NEWSLENS_HOME`` the folder is worked out here on strings, with the
    look-ups of :func:`helpers.paths.project_root` (the repository when it holds ``data/`` and
    ``notebooks/``, else the current directory: the same ``stat`` calls, the same errors), instead of
    some ten ``Path`` objects an article; both paths are absolute and normalised, so the text is the
    one ``Path`` would print.  Otherwise :func:`annotations_path` itself."""
    if directory is not None or os.environ.get("NEWSLENS_HOME"):
        return str(annotations_path(article, directory))
    root = _REPO if _is_dir(_REPO_DATA) and _is_dir(_REPO_NOTEBOOKS) else os.getcwd()
    return os.path.join(root, "data", "annotations", f"{_name(article)}.json")


def load_annotations(article, directory=None) -> dict:
    """The corrections of ``article``; an empty skeleton when there are none.

    Raises NewslensError for a corrupt file (it is left untouched)."""
    path = _path_text(article, directory)
    if _stat_mode(path) is None:
        return {"version": VERSION, "article": _name(article)}
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.loads(fh.read())
    except UnicodeDecodeError:
        raise NewslensError(f"{path}: annotation file is not UTF-8 text; fix or remove it (newslens will not overwrite it)")
    except json.JSONDecodeError as e:
        raise NewslensError(
            f"{path}: annotation file is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg}); "
            "fix or remove it (newslens will not overwrite it)")
    if not isinstance(data, dict):
        raise NewslensError(f"{path}: annotation file must hold a JSON object; fix or remove it (newslens will not overwrite it)")
    data.setdefault("version", VERSION)
    data.setdefault("article", _name(article))
    return data


def save_annotations(article, data: dict, directory=None) -> Path:
    """Write all of ``data`` atomically.  Refuses to replace a corrupt file (loads it first)."""
    if not isinstance(data, dict):
        raise NewslensError("annotations must be a dict")
    path = annotations_path(article, directory)
    load_annotations(article, directory)  # raises on a corrupt file: never overwrite it
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"version": VERSION, **data}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def update_annotations(article, key: str, value, directory=None) -> dict:
    """Replace one top-level ``key`` (read → modify → atomic write), keeping every other key."""
    data = load_annotations(article, directory)
    data[key] = value
    save_annotations(article, data, directory)
    return data


# -- stage 4 helpers -------------------------------------------------------------------------------
def set_quote_speaker(article, start: int, end: int, text: str, speaker: str | None, directory=None) -> dict:
    """Reassign the speaker of the quote at ``start:end`` (``speaker=None``: nobody)."""
    data = load_annotations(article, directory)
    items = [q for q in data.get("quotes", []) if not (q.get("start") == start and q.get("end") == end)]
    items.append({"start": int(start), "end": int(end), "text": str(text), "speaker": speaker})
    items.sort(key=lambda q: q["start"])
    return update_annotations(article, "quotes", items, directory)


def set_speaker(article, name: str, directory=None, **fields) -> dict:
    """Override fields of a speaker, e.g. ``set_speaker(art, "Jane Roe", category="expert")``."""
    cat = fields.get("category")
    if cat is not None and cat not in CATEGORIES:
        raise NewslensError(f"unknown speaker category {cat!r}; use one of {', '.join(CATEGORIES)}")
    data = load_annotations(article, directory)
    speakers = dict(data.get("speakers", {}))
    entry = dict(speakers.get(name, {}))
    entry.update({k: v for k, v in fields.items()})
    entry = {k: v for k, v in entry.items() if v is not None}
    if entry:
        speakers[name] = entry
    else:
        speakers.pop(name, None)
    return update_annotations(article, "speakers", speakers, directory)
