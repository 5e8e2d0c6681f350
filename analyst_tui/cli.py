"""Command-line entry point: the review app and the headless subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from analyst_tui import __version__
from analyst_tui.core.model import LoadError

PROG = "analyst-tui"

DESCRIPTION = """\
Compare several news reports of one story: find the claims they share, show them
side by side, and tag each claim confirmed, disputed or denied.

With no PATH, opens the bundled sample case (three reports of one story).
PATH may be a file, a folder (searched recursively for .txt .md .html .htm .json)
or - for standard input.
"""

EPILOG = """\
commands:
  analyst-tui [PATH...]            open the review app
  analyst-tui compare PATH...      print the shared claims (table, markdown or json)

Run 'analyst-tui COMMAND --help' for a command's options.
"""


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


def _load(paths: Sequence[str]):
    from analyst_tui.core.articles import load_paths, sample_paths

    use = list(paths) or sample_paths()
    stdin = sys.stdin.buffer if "-" in use else None
    result = load_paths(use, stdin=stdin)
    for problem in result.problems:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    return result


def _compare_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} compare",
        description="Find the claims that several articles share and print them.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders, or - for standard input (default: the sample case)")
    p.add_argument(
        "--format",
        choices=["json", "markdown", "table"],
        default=None,
        help="output format (default: table on a terminal, json otherwise)",
    )
    p.add_argument("--shared-only", action="store_true", help="omit claims made by only one article (table and markdown)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    return p


def cmd_compare(argv: Sequence[str]) -> int:
    args = _compare_parser().parse_args(argv)
    from analyst_tui.core.compare import build_comparison
    from analyst_tui.core import report

    result = _load(args.paths)
    comparison = build_comparison(result.articles, result.problems)
    fmt = args.format or ("table" if sys.stdout.isatty() and not args.output else "json")
    if fmt == "json":
        text = report.to_json(comparison)
    elif fmt == "markdown":
        text = report.to_markdown(comparison, shared_only=args.shared_only)
    else:
        width = os.get_terminal_size().columns if sys.stdout.isatty() else 100
        text = report.to_table(comparison, width=width, shared_only=args.shared_only)
    if args.output:
        from analyst_tui.core.fsutil import atomic_write_text

        atomic_write_text(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def _app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders, or - for standard input")
    p.add_argument("--annotations", metavar="FILE", help="keep this case's annotations in FILE")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def cmd_app(argv: Sequence[str]) -> int:
    args = _app_parser().parse_args(argv)
    result = _load(args.paths)
    from analyst_tui.core.compare import build_comparison

    comparison = build_comparison(result.articles, result.problems)
    try:
        from analyst_tui.tui.app import run_app
    except ImportError:  # pragma: no cover - the app module is part of the package
        raise CliError("the review app is not available in this build")
    return run_app(comparison, annotations=args.annotations)


COMMANDS = {"compare": cmd_compare}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        return cmd_app(argv)
    except (LoadError, CliError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 1
