"""``make bench``: speed and memory of the pipeline against its targets (a benchmark, not a test).

    python -m helpers.bench            # the full run (a few minutes on 2 cores)
    python -m helpers.bench --quick    # smaller sizes (under a minute)
    python -m helpers.bench --profile quotes   # where one stage spends its time (cProfile)

Measures, on one core unless said otherwise:

* words per second of each stage — load (read + segment), sentences, tokens, entities, quotes,
  sentiment, contrasts — and of the whole pipeline, on the seed repeated to about 100,000 words
  (copies analysed as separate articles) and on a synthetic corpus of articles assembled from the
  paragraphs of every article in ``data/articles`` and ``tests/data`` (seeded, reproducible);
* scaling: time for 1, 2, 4 … N synthetic articles (cost per word should stay flat), and N articles
  on every core through :func:`helpers.corpus.analyze_corpus`;
* peak memory (``resource`` max RSS of a fresh process) while streaming 10,000 articles through
  :func:`helpers.corpus.iter_corpus`, which keeps no results;
* ``import helpers`` time (fresh interpreter, median of 5);
* the headless run time of each notebook (nbclient, parameters injected as in the tests).

Each article runs through the stages in pipeline order, so each stage's time is its own cost given
the earlier stages' cached results.  No stage caches results keyed on a whole text, so a repeated
article or paragraph is never cheaper than a new one.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {
    "pipeline_wps": 100_000,  # whole pipeline, words per second, one core
    "import_s": 0.5,
    "stream_mb": 500,
    "linear_ratio": 1.25,  # cost per word at N articles vs at the smallest N >= 8
}
STAGE_ATTRS = (
    ("load", ()),
    ("sentences", ("sentences", "paragraphs")),
    ("tokens", ("tokens",)),
    ("entities", ("entities", "mentions")),
    ("quotes", ("quotes", "speakers")),
    ("sentiment", ("sentence_sentiment",)),
    ("contrasts", ("contrasts",)),
)


# --- inputs --------------------------------------------------------------------------------------------

def _root() -> Path:
    from .paths import project_root

    return project_root()


def source_articles() -> list[Path]:
    """Every readable article in data/articles and tests/data (and tests/data/corpus)."""
    root = _root()
    from .paths import ARTICLE_SUFFIXES

    out = []
    for folder in (root / "data" / "articles", root / "tests" / "data", root / "tests" / "data" / "corpus"):
        if folder.is_dir():
            out += sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    return out


def paragraph_pool() -> list[str]:
    from .article import load_article
    from .errors import NewslensError

    pool = []
    for p in source_articles():
        try:
            pool += list(load_article(p).segments.paragraphs)
        except NewslensError:
            continue
    return pool


def write_synthetic(folder: Path, n: int, paragraphs=(4, 12), seed: int = 7) -> list[Path]:
    """``n`` article files made of a headline and randomly drawn real paragraphs (reproducible)."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        k = rng.randint(*paragraphs)
        body = "\n\n".join(rng.choice(pool) for _ in range(k))
        head = f"Synthetic Story Number {i} About the Region"
        p = folder / f"synthetic-{i:05d}.txt"
        p.write_text(f"{head}\n\nBy Staff Writer\n\n{body}\n", encoding="utf-8")
        paths.append(p)
    return paths


# --- measurements --------------------------------------------------------------------------------------

def _clock() -> float:
    """CPU seconds of this process: "one core" figures that other work on the machine does not skew."""
    return time.process_time()


def stage_rates(paths: list[Path]) -> dict:
    """Seconds and words/s per stage over ``paths`` (each a separate article), one core.

    Articles go through the pipeline one at a time, as in a corpus run, each stage timed on its own.
    No stage keeps a cache keyed on a whole text (sentence, paragraph or article), so the seed repeated
    costs what that many new articles of the seed's shape would; word-keyed memos (a token's tag and
    lemma, its sentiment entries) stay warm, as they are over any real corpus.  A stage that added a
    text-keyed cache would make the repeated seed look faster than real text.
    """
    from .article import load_article

    import helpers._warmup  # noqa: F401 - lexicons loaded and frozen out of the GC, as in a corpus worker

    warm = load_article(paths[0])  # every other lazily loaded table (not counted)
    for _, attrs in STAGE_ATTRS:
        for attr in attrs:
            getattr(warm, attr)
    times = dict.fromkeys((s for s, _ in STAGE_ATTRS), 0.0)
    words = 0
    for p in paths:
        t = _clock()
        a = load_article(p)
        times["load"] += _clock() - t
        for stage, attrs in STAGE_ATTRS[1:]:
            t = _clock()
            for attr in attrs:
                getattr(a, attr)
            times[stage] += _clock() - t
        words += int(a.sentences.n_words.sum())
    times["pipeline"] = sum(times.values())
    return {"words": words, "articles": len(paths), "seconds": times,
            "wps": {k: words / v if v else float("inf") for k, v in times.items()}}


def worker_rate(paths: list[Path]) -> float:
    """Words/s of the corpus worker function (every stage plus frame collection), one core."""
    from .corpus import analyse_file

    t = _clock()
    words = 0
    for p in paths:
        out = analyse_file(p)
        words += int(out["tables"]["articles"].words.iloc[0]) if "tables" in out else 0
    return words / (_clock() - t)


def scaling(folder: Path, sizes: list[int]) -> list[dict]:
    from .corpus import analyse_file

    paths = sorted(folder.glob("*.txt"))
    rows = []
    for n in sizes:
        t = _clock()
        words = 0
        for p in paths[:n]:
            words += int(analyse_file(p)["tables"]["articles"].words.iloc[0])
        dt = _clock() - t
        rows.append({"articles": n, "words": words, "seconds": dt, "us_per_word": dt / words * 1e6})
    return rows


def parallel_rate(folder: Path, n: int, jobs: int) -> dict:
    from .corpus import analyze_corpus

    paths = sorted(folder.glob("*.txt"))[:n]
    analyze_corpus(paths[:2], jobs=jobs, cache=False, progress=False)  # start and warm the workers
    t = time.perf_counter()
    c = analyze_corpus(paths, jobs=jobs, cache=False, progress=False)
    dt = time.perf_counter() - t
    words = int(c.articles.words.sum())
    return {"articles": n, "jobs": jobs, "seconds": dt, "wps": words / dt}


def stream_memory(n: int, folder: Path) -> dict:
    """Peak RSS of a fresh process streaming ``n`` articles through iter_corpus (sync, no cache)."""
    code = (
        "import resource, sys, time\n"
        "from helpers.corpus import iter_corpus\n"
        "import helpers._warmup\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "t = time.process_time(); n = ok = words = 0\n"
        f"for r in iter_corpus({str(folder)!r}, scheduler='sync', cache=False, progress=False):\n"
        "    n += 1\n"
        "    if r.ok:\n"
        "        ok += 1; words += int(r.tables['articles'].words.iloc[0])\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(n, ok, words, base, peak, time.process_time() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=_root())
    n_, ok, words, base, peak, secs = out.stdout.split()
    return {"articles": int(n_), "ok": int(ok), "words": int(words), "base_mb": int(base) / 1024,
            "peak_mb": int(peak) / 1024, "seconds": float(secs)}


def import_time(repeat: int = 5) -> float:
    code = "import time; t = time.process_time(); import helpers; print(time.process_time() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 cwd=_root()).stdout) for _ in range(repeat)]
    return statistics.median(runs)


def notebook_times(tmp: Path) -> list[tuple[str, float, str]]:
    """Run every notebook headless (fresh kernel, parameters injected); (name, seconds, error)."""
    import nbformat
    from nbclient import NotebookClient

    from .report import ipc_kernel_manager

    rows = []
    for path in sorted((_root() / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(str(path), as_version=4)
        for cell in nb.cells:
            if "parameters" in cell.get("metadata", {}).get("tags", []):
                cell.source += f"\nEXPORT_DIR = {str(tmp / path.stem)!r}\n"
        t = time.perf_counter()
        err = ""
        with tempfile.TemporaryDirectory(prefix="newslens-kernel-") as sockets:
            client = NotebookClient(nb, timeout=600, kernel_name="python3",
                                    resources={"metadata": {"path": str(path.parent)}},
                                    kernel_manager_class=ipc_kernel_manager(sockets))
            try:
                client.execute()
            except Exception as exc:  # noqa: BLE001 - report, keep benchmarking
                err = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:80]
        rows.append((path.stem, time.perf_counter() - t, err))
    return rows


def profile_stage(stage: str, paths: list[Path], top: int = 25) -> str:
    """cProfile of one stage over ``paths`` (the other stages run unprofiled, text caches emptied per
    article as in :func:`stage_rates`): the ``top`` functions by own time and by cumulative time."""
    import cProfile
    import io
    import pstats

    from .article import load_article

    warm = load_article(paths[0])
    for _, attrs in STAGE_ATTRS:
        for attr in attrs:
            getattr(warm, attr)
    prof = cProfile.Profile()
    for p in paths:
        if stage == "load":
            prof.enable()
        a = load_article(p)
        prof.disable()
        for name, attrs in STAGE_ATTRS[1:]:
            if name == stage:
                prof.enable()
            for attr in attrs:
                getattr(a, attr)
            prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# --- report --------------------------------------------------------------------------------------------

def _status(ok: bool | None) -> str:
    return "" if ok is None else ("PASS" if ok else "MISS")


def _table(rows: list[tuple]) -> str:
    head = ("measure", "value", "target", "")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(4)]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([line(head), "  ".join("-" * w for w in widths)] + [line(r) for r in rows])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes: ~20k words, 1,000 articles streamed")
    ap.add_argument("--words", type=int, help="words for the stage measurements (default 100,000)")
    ap.add_argument("--stream", type=int, help="articles streamed for peak memory (default 10,000)")
    ap.add_argument("--max-articles", type=int, help="largest N in the scaling series (default 128)")
    ap.add_argument("--no-notebooks", action="store_true", help="skip the notebook run times")
    ap.add_argument("--profile", metavar="STAGE", choices=[s for s, _ in STAGE_ATTRS],
                    help="instead: cProfile one stage (%(choices)s) on 10 copies of the seed")
    args = ap.parse_args(argv)
    if args.profile:
        from .paths import default_article

        print(profile_stage(args.profile, [default_article()] * 10))
        return 0
    words_target = args.words or (20_000 if args.quick else 100_000)
    n_stream = args.stream or (1_000 if args.quick else 10_000)
    max_n = args.max_articles or (32 if args.quick else 128)
    rows: list[tuple] = []
    say = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731
    wall = time.perf_counter()

    say("import time ...")
    imp = import_time()
    rows.append(("import helpers (s)", f"{imp:.3f}", f"< {TARGETS['import_s']}", _status(imp < TARGETS["import_s"])))

    from .article import load_article
    from .paths import default_article

    seed = default_article()
    per = int(load_article(seed).sentences.n_words.sum())
    copies = max(1, round(words_target / per))
    with tempfile.TemporaryDirectory(prefix="newslens-bench-") as tmpdir:
        tmp = Path(tmpdir)
        for label, paths in (("seed", [seed] * copies), ("synthetic", None)):
            if paths is None:
                folder = tmp / "synthetic"
                pool_words = max(1, words_target // 600)
                paths = write_synthetic(folder, pool_words)
            say(f"stages on {label} ...")
            r = stage_rates(paths)
            rows.append((f"[{label}] {r['articles']} articles, {r['words']:,} words", "words/s", "", ""))
            for stage, _ in STAGE_ATTRS:
                rows.append((f"  {stage}", f"{r['wps'][stage]:,.0f}", "", ""))
            ok = r["wps"]["pipeline"] >= TARGETS["pipeline_wps"]
            rows.append(("  whole pipeline, one core", f"{r['wps']['pipeline']:,.0f}",
                         f">= {TARGETS['pipeline_wps']:,}", _status(ok)))
            rows.append(("  corpus worker (+ frames), one core", f"{worker_rate(paths):,.0f}", "", ""))

        say("scaling ...")
        scale_dir = tmp / "scale"
        write_synthetic(scale_dir, max_n, seed=11)
        sizes = [1]
        while sizes[-1] * 2 <= max_n:
            sizes.append(sizes[-1] * 2)
        series = scaling(scale_dir, sizes)
        for s in series:
            rows.append((f"  scaling: {s['articles']} articles", f"{s['seconds']:.2f}s",
                         f"{s['us_per_word']:.1f} µs/word", ""))
        ref = next((s for s in series if s["articles"] >= 8), series[0])
        ratio = series[-1]["us_per_word"] / ref["us_per_word"]
        rows.append((f"  cost per word, {series[-1]['articles']} vs {ref['articles']} articles", f"{ratio:.2f}×",
                     f"<= {TARGETS['linear_ratio']}×", _status(ratio <= TARGETS["linear_ratio"])))
        jobs = os.cpu_count() or 1
        par = parallel_rate(scale_dir, max_n, jobs)
        rows.append((f"  {max_n} articles, {jobs} processes (analyze_corpus)", f"{par['wps']:,.0f} w/s",
                     f"{par['seconds']:.2f}s", ""))

        say(f"streaming {n_stream:,} articles for peak memory ...")
        stream_dir = tmp / "stream"
        write_synthetic(stream_dir, n_stream, paragraphs=(1, 3), seed=13)  # short: memory, not speed
        mem = stream_memory(n_stream, stream_dir)
        rows.append((f"peak RSS streaming {mem['articles']:,} articles ({mem['words']:,} words)",
                     f"{mem['peak_mb']:.0f} MB", f"< {TARGETS['stream_mb']} MB",
                     _status(mem["peak_mb"] < TARGETS["stream_mb"] and mem["ok"] == mem["articles"])))
        rows.append(("  of which after imports + warm-up", f"{mem['base_mb']:.0f} MB", "",
                     f"{mem['seconds']:.0f}s"))

        if not args.no_notebooks:
            say("notebooks ...")
            for name, secs, err in notebook_times(tmp / "exports"):
                rows.append((f"notebook {name} headless", f"{secs:.1f}s", "", err or ("" if not err else "FAIL")))
    print(_table(rows))
    print(f"\n(bench wall time {time.perf_counter() - wall:.0f}s; load average {os.getloadavg()[0]:.1f}; {os.cpu_count()} cores; "
          f"Python {sys.version.split()[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
