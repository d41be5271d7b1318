"""Many articles at once: the same frames as one article, stacked, with an ``article`` column.

:func:`analyze_corpus` takes a folder (every article file in it) or a list of paths and returns a
:class:`Corpus`: ``articles`` (one row per article analysed), ``sentences``, ``sentence_sentiment``,
``entities``, ``mentions``, ``quotes``, ``speakers``, ``contrasts``, ``tokens`` (only with
``tokens=True``: large) and ``failures`` (one row per file that could not be read, and per stage that
failed on an article, with a one-line reason; a bad file never stops the run).  When a later stage
fails on an article (its contrasts, say), the stages before it still give their rows: the article
keeps its entities and quotes, and ``failures`` says which of its tables are missing.

    >>> corpus = analyze_corpus("tests/data/corpus", jobs=1, cache=False, progress=False)  # doctest: +SKIP
    >>> corpus.articles[["article", "words"]].head(2)                                      # doctest: +SKIP

**Cache.**  Each article's frames are pickled under ``.cache/corpus/`` (in the project root, or
``cache_dir``), keyed by the SHA-256 of the file's bytes, the newslens version, a fingerprint of the
pipeline's code and lexicons, and the hash of ``data/annotations/<name>.json`` when it exists.  So
reopening a notebook is instant, and an edited article, an edited annotation file or an upgraded
newslens re-analyses that article only.  Failures are never cached.  The cache holds pickles: it is
a private, local folder (never load a ``.cache`` you did not write).

**Parallelism.**  ``scheduler="processes"`` (default) runs one process per core
(:class:`concurrent.futures.ProcessPoolExecutor`, forkserver start, at most ``4 × jobs`` articles in
flight) with a tqdm progress bar; ``"sync"`` runs in this process; ``"dask"`` maps the same
function over a ``dask.distributed`` cluster (``address="tcp://host:8786"``, an existing
``client=``, or the current default client): install the extra with ``pip install -e ".[scale]"``.
Workers must see the article paths (a shared file system); the cache is read and written here, by
the caller, so workers need no access to it.

:func:`iter_corpus` is the streaming form: it yields one :class:`ArticleResult` at a time and keeps
nothing, so 10,000 articles run in bounded memory.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .errors import NewslensError

__all__ = ["Corpus", "ArticleResult", "analyze_corpus", "iter_corpus", "corpus_files", "analyse_file",
           "TABLES", "FAILURE_COLUMNS", "ARTICLE_COLUMNS", "SCHEDULERS"]

# Frames stacked per article, in this order ("tokens" only when asked for).
TABLES = ("articles", "sentences", "sentence_sentiment", "entities", "mentions", "quotes", "speakers", "contrasts")
ARTICLE_COLUMNS = ["article", "path", "title", "dek", "byline", "date", "dateline", "paragraphs", "sentences",
                   "words", "chars", "seconds"]
FAILURE_COLUMNS = ["article", "path", "stage", "error", "message"]
SCHEDULERS = ("processes", "sync", "dask")
# The stages run for every article, in order: (stage name for failures, Article attributes touched).
STAGES = (
    ("sentences", ("sentences",)),
    ("tokens", ("tokens",)),
    ("entities", ("entities", "mentions")),
    ("quotes", ("quotes", "speakers")),
    ("sentiment", ("sentence_sentiment",)),
    ("contrasts", ("contrasts",)),
)
# The stage each stacked table comes from.
TABLE_STAGE = {"sentences": "sentences", "tokens": "tokens", "entities": "entities", "mentions": "entities",
               "quotes": "quotes", "speakers": "quotes", "sentence_sentiment": "sentiment", "contrasts": "contrasts"}
_CACHE_FORMAT = "1"


# --- one article ----------------------------------------------------------------------------------

@dataclass
class ArticleResult:
    """What one file gave: its frames (``tables``; ``tokens`` inside when asked for) or a failure row
    (``failure``: the file could not be read or split into sentences).  ``stage_failures`` lists the
    later stages that failed on it; their tables are missing from ``tables``."""

    index: int
    article: str
    path: str
    tables: dict | None = None
    failure: dict | None = None
    cached: bool = False
    stage_failures: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every stage ran."""
        return self.failure is None and not self.stage_failures

    @property
    def failures(self) -> list[dict]:
        """The failure rows of this file, in stage order."""
        return ([self.failure] if self.failure else []) + list(self.stage_failures)


def analyse_file(path, article: str | None = None, tokens: bool = False) -> dict:
    """Run every stage on one file; never raises.  Returns ``{"tables": {...}, "stage_failures": [...]}``
    or ``{"failure": {...}}`` (the file could not be read or split into sentences).

    This is the function the process pool and Dask workers run.  Each frame gets an ``article`` column
    (first); ``articles`` is a one-row frame describing the article.  A stage that fails after the
    sentences leaves its tables out and adds a row to ``stage_failures``; the other stages still run
    (one that needs the failed stage's output may fail too, and is reported in turn).
    """
    import pandas as pd

    path = str(path)
    article = article or Path(path).stem
    stage = "read"
    t0 = time.perf_counter()
    try:
        from .article import load_article

        art = load_article(path)
        failed = {}
        for stage, attrs in STAGES:
            if stage == "sentences":  # every other stage and the articles row need the sentences
                art.sentences
                continue
            try:
                for attr in attrs:
                    getattr(art, attr)
            except Exception as exc:  # noqa: BLE001 - the other stages still give their tables
                name = "NewslensError" if isinstance(exc, NewslensError) else type(exc).__name__
                failed[stage] = _failure(article, path, stage, name, str(exc) or repr(exc))
        stage = "collect"
        tables = {}
        for name in TABLES[1:] + (("tokens",) if tokens else ()):
            if TABLE_STAGE[name] in failed:
                continue
            frame = getattr(art, name).copy(deep=False)  # the Article dies here: no need to copy the data
            frame.insert(0, "article", article)
            tables[name] = frame
        words = int(art.sentences.n_words.sum())
        row = [article, path, art.title, art.dek, art.byline, art.date, art.dateline, len(art.segments.paragraphs),
               len(art.sentences), words, len(art.body), round(time.perf_counter() - t0, 4)]
        tables["articles"] = pd.DataFrame([row], columns=ARTICLE_COLUMNS)
        return {"tables": tables, "stage_failures": list(failed.values())}
    except NewslensError as exc:
        return {"failure": _failure(article, path, stage, "NewslensError", str(exc))}
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the run
        return {"failure": _failure(article, path, stage, type(exc).__name__, str(exc) or repr(exc))}


def _failure(article, path, stage, error, message) -> dict:
    return {"article": article, "path": str(path), "stage": stage, "error": error,
            "message": " ".join(str(message).split())[:500]}


# --- inputs ------------------------------------------------------------------------------------------

def corpus_files(source=None) -> tuple[list[Path], list[Path]]:
    """``(articles, skipped)``: the article files of a folder (default ``data/articles``) or of a list of
    paths, and the files skipped because their type is not an article's (``.pdf``, ``.docx`` ...).
    Hidden files are ignored.  Raises :class:`NewslensError` for a missing folder or no files at all."""
    from .paths import ARTICLE_SUFFIXES, articles_dir

    if source is None:
        source = articles_dir()
    if isinstance(source, (str, os.PathLike)):
        folder = Path(source).expanduser()
        if not folder.exists():
            raise NewslensError(f"{folder}: no such folder")
        if not folder.is_dir():
            candidates = [folder]
        else:
            candidates = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
            if not candidates:
                raise NewslensError(f"{folder}: no files in this folder")
    else:
        candidates = [Path(p).expanduser() for p in source]
        if not candidates:
            raise NewslensError("no article files given")
    files = [p for p in candidates if p.suffix.lower() in ARTICLE_SUFFIXES]
    skipped = [p for p in candidates if p.suffix.lower() not in ARTICLE_SUFFIXES]
    return files, skipped


def article_names(paths: list[Path]) -> list[str]:
    """Labels for the ``article`` column: the file stem, or the file name / relative path when stems clash."""
    stems = [p.stem for p in paths]
    names = [p.name if stems.count(p.stem) > 1 else p.stem for p in paths]
    if len(set(names)) < len(names):
        root = Path(os.path.commonpath([str(p.resolve()) for p in paths]))
        names = [str(p.resolve().relative_to(root)) if names.count(n) > 1 else n for p, n in zip(paths, names)]
    return names


# --- cache -------------------------------------------------------------------------------------------

_FINGERPRINT: list[str] = []


def code_fingerprint() -> str:
    """Hash of the pipeline's code and lexicons (charts, widgets, cli and bench excluded): a changed
    stage invalidates the cache even before the version number moves."""
    if not _FINGERPRINT:
        from .paths import PACKAGE_DIR

        h = hashlib.sha256()
        for p in sorted(PACKAGE_DIR.rglob("*")):
            rel = p.relative_to(PACKAGE_DIR)
            if (not p.is_file() or rel.parts[0] in ("charts", "widgets", "__pycache__")
                    or rel.name in ("cli.py", "bench.py") or p.suffix not in (".py", ".txt", ".tsv", ".json")):
                continue
            h.update(str(rel).encode())
            h.update(p.read_bytes())
        _FINGERPRINT.append(h.hexdigest()[:16])
    return _FINGERPRINT[0]


def cache_key(path, data: bytes | None = None) -> str:
    """The cache key of one article file (content, version, code, annotations)."""
    from ._version import __version__
    from .paths import annotations_dir

    p = Path(path)
    h = hashlib.sha256()
    h.update(data if data is not None else p.read_bytes())
    h.update(f"|{__version__}|{code_fingerprint()}|{_CACHE_FORMAT}|".encode())
    note = annotations_dir() / f"{p.stem}.json"
    if note.is_file():
        h.update(b"annotations:")
        h.update(note.read_bytes())
    return h.hexdigest()


def default_cache_dir() -> Path:
    from .paths import project_root

    return project_root() / ".cache" / "corpus"


class _Cache:
    def __init__(self, folder):
        self.folder = Path(folder)

    def _file(self, key: str, part: str) -> Path:
        return self.folder / key[:2] / f"{key}.{part}.pkl"

    def load(self, key: str, tokens: bool) -> dict | None:
        try:
            with open(self._file(key, "frames"), "rb") as fh:
                tables = pickle.load(fh)
            if tokens:
                with open(self._file(key, "tokens"), "rb") as fh:
                    tables["tokens"] = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
            return None
        return tables

    def save(self, key: str, tables: dict) -> None:
        frames = {k: v for k, v in tables.items() if k != "tokens"}
        self._write(self._file(key, "frames"), frames)
        if "tokens" in tables:
            self._write(self._file(key, "tokens"), tables["tokens"])

    @staticmethod
    def _write(path: Path, obj) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a reader never sees half a file
        except OSError:
            tmp.unlink(missing_ok=True)  # a full or read-only disk costs the cache, not the run


# --- running -----------------------------------------------------------------------------------------

def iter_corpus(source=None, *, tokens: bool = False, jobs: int | None = None, cache: bool = True,
                cache_dir=None, scheduler: str = "processes", address: str | None = None, client=None,
                progress: bool = True) -> Iterator[ArticleResult]:
    """Yield an :class:`ArticleResult` per file (cached ones first, then as they finish); keeps nothing.

    Arguments as :func:`analyze_corpus`.
    """
    if scheduler not in SCHEDULERS:
        raise NewslensError(f"unknown scheduler {scheduler!r}; use one of {', '.join(SCHEDULERS)}")
    if jobs is not None and jobs < 1:
        raise NewslensError(f"jobs must be at least 1 (got {jobs})")
    files, skipped = corpus_files(source)
    names = article_names(files + skipped)
    store = _Cache(cache_dir or default_cache_dir()) if cache else None
    n = len(files) + len(skipped)
    bar = _progress(n, progress)
    try:
        for i, p in enumerate(skipped, start=len(files)):
            bar.update(1)
            yield ArticleResult(i, names[i], str(p), failure=_failure(
                names[i], p, "read", "NewslensError",
                f"{p}: unsupported file type {p.suffix or '(none)'!r}; not an article file"))
        todo: list[tuple[int, Path, str | None]] = []
        for i, p in enumerate(files):
            key = None
            if store is not None:
                try:
                    key = cache_key(p)
                except OSError:
                    key = None  # unreadable: the worker reports it
                hit = store.load(key, tokens) if key else None
                if hit is not None:
                    bar.update(1)
                    yield ArticleResult(i, names[i], str(p), tables=hit, cached=True)
                    continue
            todo.append((i, p, key))
        if not todo:
            return
        if scheduler == "dask":
            runner = _run_dask(todo, names, tokens, address, client)
        elif scheduler == "sync" or (jobs or os.cpu_count() or 1) == 1 or len(todo) == 1:
            runner = ((i, analyse_file(p, names[i], tokens)) for i, p, _ in todo)
        else:
            runner = _run_processes(todo, names, tokens, jobs or os.cpu_count() or 1)
        keys = {i: key for i, _, key in todo}
        paths = {i: p for i, p, _ in todo}
        for i, out in runner:
            bar.update(1)
            if "tables" in out:
                stage_failures = out.get("stage_failures", [])
                if store is not None and keys[i] and not stage_failures:  # failures are never cached
                    store.save(keys[i], out["tables"])
                yield ArticleResult(i, names[i], str(paths[i]), tables=out["tables"], stage_failures=stage_failures)
            else:
                yield ArticleResult(i, names[i], str(paths[i]), failure=out["failure"])
    finally:
        bar.close()


def _progress(total: int, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="newslens corpus", unit="article", disable=not enabled, leave=False)


def _run_processes(todo, names, tokens, jobs) -> Iterator[tuple[int, dict]]:
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["helpers.corpus", "helpers._warmup"])  # workers start warm
    pending = list(reversed(todo))
    limit = 4 * jobs
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        running = {}
        while pending or running:
            while pending and len(running) < limit:
                i, p, _ = pending.pop()
                running[pool.submit(analyse_file, str(p), names[i], tokens)] = (i, p)
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                i, p = running.pop(fut)
                try:
                    out = fut.result()
                except BrokenProcessPool:
                    out = {"failure": _failure(names[i], p, "worker", "BrokenProcessPool",
                                               "a worker process died while analysing this file")}
                except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                    out = {"failure": _failure(names[i], p, "worker", type(exc).__name__, str(exc))}
                yield i, out


def _run_dask(todo, names, tokens, address, client) -> Iterator[tuple[int, dict]]:
    try:
        from distributed import Client, as_completed, get_client
    except ImportError:
        raise NewslensError("scheduler='dask' needs the scale extra: pip install -e \".[scale]\"") from None
    own = None
    if client is None:
        if address:
            try:
                client = own = Client(address, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise NewslensError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
        else:
            try:
                client = get_client()
            except ValueError:
                raise NewslensError("scheduler='dask' needs address='tcp://host:port' or a running "
                                    "distributed.Client") from None
    try:
        futures = {}
        for i, p, _ in todo:
            fut = client.submit(analyse_file, str(p), names[i], tokens, pure=False, key=f"newslens-{i}-{os.urandom(4).hex()}")
            futures[fut] = (i, p)
        for fut in as_completed(list(futures)):
            i, p = futures.pop(fut)
            try:
                out = fut.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker and the like
                out = {"failure": _failure(names[i], p, "worker", type(exc).__name__, str(exc))}
            fut.release()
            yield i, out
    finally:
        if own is not None:
            own.close()


# --- the stacked frames ------------------------------------------------------------------------------

@dataclass
class Corpus:
    """Frames of many articles (each with an ``article`` column) and the ``failures`` table."""

    tables: dict = field(default_factory=dict)
    failures: "object" = None
    stats: dict = field(default_factory=dict)

    def __getattr__(self, name):
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        if name == "tokens":
            raise AttributeError("tokens: not in this corpus; use analyze_corpus(..., tokens=True)")
        raise AttributeError(name)

    @property
    def names(self) -> list[str]:
        """The articles analysed, in input order."""
        return list(self.tables["articles"].article)

    def select(self, articles: Iterable[str]) -> "Corpus":
        """The same corpus restricted to ``articles`` (names from :attr:`names`)."""
        keep = set(articles)
        tables = {k: v[v.article.isin(keep)].reset_index(drop=True) for k, v in self.tables.items()}
        return Corpus(tables, self.failures, dict(self.stats))

    def __repr__(self) -> str:
        s = self.stats
        return (f"<Corpus: {s.get('articles', 0)} articles ({s.get('cached', 0)} from cache), "
                f"{s.get('failed', 0)} failed, {s.get('partial', 0)} incomplete, {s.get('seconds', 0):.1f}s>")


def analyze_corpus(source=None, *, tokens: bool = False, jobs: int | None = None, cache: bool = True,
                   cache_dir=None, scheduler: str = "processes", address: str | None = None, client=None,
                   progress: bool = True) -> Corpus:
    """Analyse every article of ``source`` (a folder — default ``data/articles`` — or a list of paths).

    ``tokens=True`` adds the (large) token table; ``jobs`` processes (default: one per core);
    ``cache=False`` neither reads nor writes ``.cache``; ``scheduler`` is ``"processes"``, ``"sync"``
    or ``"dask"`` (with ``address`` or ``client``).  Frames keep the input order of the files.
    """
    import pandas as pd

    t0 = time.perf_counter()
    results: dict[int, ArticleResult] = {}
    for r in iter_corpus(source, tokens=tokens, jobs=jobs, cache=cache, cache_dir=cache_dir, scheduler=scheduler,
                         address=address, client=client, progress=progress):
        results[r.index] = r
    ordered = [results[i] for i in sorted(results)]
    analysed = [r for r in ordered if r.tables is not None]
    names = TABLES + (("tokens",) if tokens else ())
    tables = {name: _stack([r.tables[name] for r in analysed if name in r.tables], name) for name in names}
    failures = pd.DataFrame([f for r in ordered for f in r.failures], columns=FAILURE_COLUMNS)
    stats = {"files": len(ordered), "articles": len(analysed), "cached": sum(r.cached for r in analysed),
             "failed": len(ordered) - len(analysed), "partial": sum(bool(r.stage_failures) for r in analysed),
             "seconds": round(time.perf_counter() - t0, 3)}
    return Corpus(tables, failures, stats)


def _stack(frames: list, name: str):
    """Concatenate per-article frames (empty ones dropped, so dtypes stay those of the rows)."""
    import pandas as pd

    full = [f for f in frames if len(f)]
    if full:
        return pd.concat(full, ignore_index=True)
    if frames:
        return frames[0].iloc[0:0].reset_index(drop=True)
    return pd.DataFrame(columns=["article"] + _empty_columns(name))


def _empty_columns(name: str) -> list[str]:
    """Column names of a table when no article was analysed."""
    from . import article as a

    if name == "articles":
        return ARTICLE_COLUMNS[1:]
    known = {"sentences": a.SENTENCE_COLUMNS, "tokens": a.TOKEN_COLUMNS,
             "sentence_sentiment": ["sentence", "polarity", "subjectivity"]}
    if name in known:
        return list(known[name])
    try:
        if name in ("entities", "mentions"):
            from . import entities as e

            return list(e.ENTITY_COLUMNS if name == "entities" else e.MENTION_COLUMNS)
        if name in ("quotes", "speakers"):
            from . import quotes as q

            return list(q.QUOTE_COLUMNS if name == "quotes" else q.SPEAKER_COLUMNS)
        if name == "contrasts":
            from . import contrasts as c

            return list(c.CONTRAST_COLUMNS)
    except (ImportError, AttributeError):
        pass
    return []


# --- output ------------------------------------------------------------------------------------------

OUT_SUFFIXES = (".json", ".zip")


def check_out_path(path, overwrite: bool = False) -> Path:
    """Validate an output path for :func:`write_corpus` before any work is done."""
    p = Path(path).expanduser()
    if p.suffix.lower() not in OUT_SUFFIXES:
        raise NewslensError(f"{p}: --out must end in {' or '.join(OUT_SUFFIXES)}")
    if p.exists() and not overwrite:
        raise NewslensError(f"{p}: already exists (use --force to overwrite)")
    if not p.parent.is_dir():
        raise NewslensError(f"{p.parent}: no such folder for --out")
    return p


def write_corpus(corpus: Corpus, path, overwrite: bool = False) -> Path:
    """Write every table and the failures: ``.json`` (``{"stats", "<table>": [records]}``) or ``.zip``
    (``<table>.csv`` each).  Atomic; refuses to overwrite unless ``overwrite``."""
    import json
    import zipfile

    p = check_out_path(path, overwrite)
    frames = dict(corpus.tables, failures=corpus.failures)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    try:
        if p.suffix.lower() == ".json":
            doc = {"stats": corpus.stats}
            for name, frame in frames.items():
                doc[name] = json.loads(frame.to_json(orient="records", force_ascii=False))
            tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for name, frame in frames.items():
                    zf.writestr(f"{name}.csv", frame.to_csv(index=False))
        os.replace(tmp, p)
    finally:
        tmp.unlink(missing_ok=True)
    return p


def corpus_summary(corpus: Corpus) -> str:
    """A few lines for the terminal: per article counts, then the failures."""
    s = corpus.stats
    partial = f", {s['partial']} incomplete" if s.get("partial") else ""
    lines = [f"{s['articles']} article(s) analysed ({s['cached']} from cache), {s['failed']} failed{partial}, "
             f"{s['seconds']:.1f}s"]
    failed = set(zip(corpus.failures.article, corpus.failures.stage)) if len(corpus.failures) else set()

    def count(table, name, what):
        if (name, TABLE_STAGE[table]) in failed:
            return f"{what}: failed"
        t = corpus.tables[table]
        return f"{int((t.article == name).sum())} {what}"

    for r in corpus.tables["articles"].itertuples(index=False):
        lines.append(f"  {r.article}: {r.words} words, {r.sentences} sentences, {count('entities', r.article, 'entities')}, "
                     f"{count('quotes', r.article, 'quotes')}, {count('contrasts', r.article, 'claim/retraction pairs')}")
    if len(corpus.failures):
        lines.append("failed:")
        for r in corpus.failures.itertuples(index=False):
            lines.append(f"  {r.article} [{r.stage}] {r.message}")
    return "\n".join(lines)
