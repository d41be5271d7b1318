"""Export charts for reports: PNG (300 dpi), SVG, PDF, with the data behind them and a manifest.

    >>> path = export_figure(fig, fmt="svg", article=art, notebook="01_article_and_tokens")  # doctest: +SKIP
    >>> path.name                                                                            # doctest: +SKIP
    'sentence-lengths.svg'

Files go to ``exports/<article-slug>/``.  Nothing is overwritten silently: an existing name gets a
numbered suffix (``sentence-lengths-2.svg``) unless ``overwrite=True``.  Every file is written to a
temporary file first and moved into place, so a crash never leaves half a file.  Beside each chart the
table behind it is saved as CSV, and ``manifest.json`` lists every export with its source notebook
and parameters, so each number in a report can be traced back.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ._version import __version__
from .errors import NewslensError
from .paths import exports_dir, slugify

FORMATS = ("png", "svg", "pdf")
PNG_DPI = 300
MANIFEST = "manifest.json"
_UMASK = os.umask(0o022)  # read the process umask once (at import, before any threads)
os.umask(_UMASK)


def render(fig, fmt: str = "png", dpi: int | None = None, when: _dt.datetime | None = None) -> bytes:
    """The bytes of ``fig`` as ``fmt``: the one save function used for inline display and export alike."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise NewslensError(f"unsupported export format {fmt!r}; use one of {', '.join(FORMATS)}")
    meta = getattr(fig, "newslens", None) or {}
    title = meta.get("title") or "newslens chart"
    article = meta.get("article") or ""
    stamp = (when or _dt.datetime.now(_dt.timezone.utc)).replace(microsecond=0)
    desc = f"{title} — {article} — exported {stamp.isoformat()} — newslens {__version__}"
    if fmt == "png":
        metadata = {"Title": title, "Description": desc, "Software": f"newslens {__version__}",
                    "Creation Time": stamp.isoformat(), "Source": article}
    elif fmt == "svg":
        metadata = {"Title": title, "Description": desc, "Creator": f"newslens {__version__}",
                    "Date": stamp.isoformat(), "Source": article}
    else:
        metadata = {"Title": title, "Subject": article, "Keywords": desc, "Creator": f"newslens {__version__}",
                    "CreationDate": stamp, "ModDate": None}
    buf = io.BytesIO()
    from .charts.style import house_style

    with house_style():
        fig.savefig(buf, format=fmt, dpi=dpi or PNG_DPI, metadata=metadata, bbox_inches="tight")
    return buf.getvalue()


def atomic_write(path: Path, data: bytes, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder.

    With ``overwrite=False`` an existing file is never replaced (``FileExistsError``); the final link
    is atomic, so two writers cannot both claim one name.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; exports are ordinary files
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if path exists
            os.unlink(tmp)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def _claim(folder: Path, stem: str, suffix: str, data: bytes, overwrite: bool,
           csv_bytes: bytes | None = None) -> tuple[Path, Path | None]:
    """Write the chart as ``<stem>[-n].<suffix>`` and its table as ``<same>.csv``; return both paths.

    A numbered name is taken when the chart file exists, or when a CSV of that name holds other data
    (an earlier export's table with other parameters is never replaced).  A CSV with the same bytes is
    shared: the PNG, SVG and PDF of one view all point at one table.
    """
    if overwrite:
        path = atomic_write(folder / f"{stem}.{suffix}", data, overwrite=True)
        csv = atomic_write(folder / f"{stem}.csv", csv_bytes, overwrite=True) if csv_bytes is not None else None
        return path, csv
    n = 1
    while True:
        cand = stem if n == 1 else f"{stem}-{n}"
        n += 1
        csv = folder / f"{cand}.csv"
        if csv_bytes is not None and csv.exists() and csv.read_bytes() != csv_bytes:
            continue
        try:
            path = atomic_write(folder / f"{cand}.{suffix}", data)
        except FileExistsError:
            continue
        if csv_bytes is None:
            return path, None
        try:
            atomic_write(csv, csv_bytes)
        except FileExistsError:
            if csv.read_bytes() != csv_bytes:  # lost a race to another writer: keep ours beside, renamed
                csv = atomic_write(folder / f"{path.stem}.{suffix}.csv", csv_bytes, overwrite=True)
        return path, csv


def article_slug(article) -> str:
    if article is None:
        return "article"
    if isinstance(article, str):
        return slugify(Path(article).stem if article.endswith((".txt", ".md", ".html", ".htm")) else article, "article")
    return slugify(getattr(article, "name", None) or getattr(article, "title", None) or "article", "article")


def export_figure(fig, name: str | None = None, fmt: str = "png", *, article=None, folder=None,
                  notebook: str | None = None, params: dict | None = None, overwrite: bool = False) -> Path:
    """Save ``fig`` as ``fmt`` into ``folder`` (default ``exports/<article-slug>/``) and return the path.

    Also writes the chart's data table as ``<same name>.csv`` (when the chart recorded one) and adds a
    row to ``manifest.json`` in the folder.
    """
    meta = getattr(fig, "newslens", None) or {}
    stem = slugify(name or meta.get("chart") or meta.get("title") or "chart", "chart")
    folder = Path(folder) if folder else exports_dir() / article_slug(article)
    when = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    data = render(fig, fmt, when=when)
    table = meta.get("data")
    csv_bytes = table.to_csv(index=False).encode("utf-8") if table is not None and hasattr(table, "to_csv") else None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with _manifest_lock(folder):
            rows = read_manifest(folder)  # a corrupt manifest stops the export before any file is written
            path, csv_path = _claim(folder, stem, fmt.lower(), data, overwrite, csv_bytes)
            record = _record(path, fmt, meta, stem, article, notebook, params, csv_path, when, data)
            rows.append(record)
            atomic_write(folder / MANIFEST,
                         (json.dumps(rows, indent=1, ensure_ascii=False, default=str) + "\n").encode("utf-8"),
                         overwrite=True)
    except OSError as exc:
        raise NewslensError(f"cannot write export into {folder}: {exc.strerror or exc}") from None
    return path


@contextmanager
def _manifest_lock(folder: Path):
    """Serialise manifest updates between processes exporting into one folder (POSIX ``flock``)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: best effort
        yield
        return
    with open(folder / ".manifest.lock", "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _record(path, fmt, meta, stem, article, notebook, params, csv_path, when, data) -> dict:
    import hashlib

    return {
        "file": path.name,
        "format": fmt.lower(),
        "chart": meta.get("chart") or stem,
        "title": meta.get("title"),
        "article": meta.get("article"),
        "article_path": getattr(article, "path", None) if article is not None and not isinstance(article, str) else article,
        "notebook": notebook,
        "params": params or {},
        "data_csv": csv_path.name if csv_path else None,
        "exported_at": when.isoformat(),
        "newslens_version": __version__,
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def read_manifest(folder) -> list[dict]:
    """The export records in ``folder/manifest.json`` (empty when there is none)."""
    path = Path(folder) / MANIFEST
    if not path.exists():
        return []
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        raise NewslensError(f"{path}: the export manifest is corrupt; move it aside to keep exporting") from None
    if not isinstance(rows, list):
        raise NewslensError(f"{path}: the export manifest is not a list of exports")
    return rows
