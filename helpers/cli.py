"""The ``newslens`` command line.

    newslens analyze PATH [--json]
    newslens report PATH [--out DIR]
    newslens corpus DIR [--dask ADDRESS] [--out FILE] [--jobs N] [--tokens] [--no-cache]

User mistakes print one line on stderr and exit 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys

from .errors import NewslensError


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    from ._version import __version__

    p = _Parser(prog="newslens", description="Take a news article apart.")
    p.add_argument("--version", action="version", version=f"newslens {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    a = sub.add_parser("analyze", help="analyse one article; --json prints the analysis contract")
    a.add_argument("path", metavar="PATH", help="an article file (.txt, .md, .html)")
    a.add_argument("--json", action="store_true", help="print the JSON contract instead of a summary")
    a.set_defaults(func=_cmd_analyze)
    r = sub.add_parser("report", help="run every notebook headless on an article (or a folder) into a report")
    r.add_argument("path", metavar="PATH", help="an article file, or a folder: every article in it")
    r.add_argument("--out", metavar="DIR", default=None, help="output folder (default ./reports)")
    r.add_argument("--notebooks", metavar="NAMES", default=None,
                   help="comma-separated notebook names or prefixes to run (default: all), e.g. 00,01")
    r.add_argument("--timeout", metavar="SECONDS", type=int, default=600, help="per-cell timeout (default 600)")
    r.add_argument("--jobs", metavar="N", type=int, default=None,
                   help="notebooks run at a time, each in its own kernel (default: one per core, at most 4)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=_cmd_report)
    c = sub.add_parser("corpus", help="analyse every article in a folder (cached, in parallel)")
    c.add_argument("folder", metavar="DIR", help="a folder of article files (.txt, .md, .html)")
    c.add_argument("--dask", metavar="ADDRESS", help="run on a dask.distributed scheduler (tcp://host:8786)")
    c.add_argument("--out", metavar="FILE", help="write every table: FILE.json (records) or FILE.zip (one CSV each)")
    c.add_argument("--jobs", metavar="N", type=_positive_int, help="worker processes (default: one per core)")
    c.add_argument("--tokens", action="store_true", help="include the (large) token table in --out")
    c.add_argument("--no-cache", action="store_true", help="neither read nor write .cache/corpus")
    c.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    c.set_defaults(func=_cmd_corpus)
    return p


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return n


def _cmd_corpus(args) -> int:
    from .corpus import analyze_corpus, corpus_summary, write_corpus

    if args.out:
        from .corpus import check_out_path

        check_out_path(args.out, overwrite=args.force)
    corpus = analyze_corpus(args.folder, tokens=args.tokens, jobs=args.jobs, cache=not args.no_cache,
                            scheduler="dask" if args.dask else "processes", address=args.dask,
                            progress=sys.stderr.isatty())
    print(corpus_summary(corpus))
    if args.out:
        path = write_corpus(corpus, args.out, overwrite=args.force)
        print(f"wrote {path}")
    return 0 if corpus.stats.get("articles") else 1


def _cmd_analyze(args) -> int:
    from .pipeline import analyze, summary, to_contract

    art = analyze(args.path)
    if args.json:
        json.dump(to_contract(art), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(summary(art))
    return 0


def _cmd_report(args) -> int:
    from .report import print_summary, run_report

    if args.timeout <= 0:
        raise NewslensError(f"--timeout {args.timeout}: must be a positive number of seconds")
    plan, results = run_report(args.path, args.out, args.notebooks, progress=not args.quiet, timeout=args.timeout,
                               jobs=args.jobs)
    print_summary(plan, results, sys.stdout)
    return 0 if all(r.ok for r in results) else 1


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except NewslensError as exc:
        sys.stderr.write(f"newslens: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("newslens: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
