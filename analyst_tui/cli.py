"""Command-line entry point: the review app and the headless subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from analyst_tui import __version__
from analyst_tui.core.model import LoadError
from analyst_tui.core.fsutil import OutputError
from analyst_tui.core.sanitize import json_text, printable

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
  analyst-tui report PATH...       a briefing or an export of the verdicts (markdown, html, csv, json, w3c)
  analyst-tui cases                list saved cases (articles, tags by status, last change, file)
  analyst-tui merge A B -o OUT     combine two analysts' annotation files of one case (--force replaces OUT)

Annotations are saved at once, one file per case, under $ANALYST_TUI_DATA_DIR or
the user data folder ($XDG_DATA_HOME/analyst-tui). Your name on your tags: analyst = "..."
in the config file ($XDG_CONFIG_HOME/analyst-tui/config.toml) or $ANALYST_TUI_ANALYST.
Press ? in the app for every key.
Run 'analyst-tui COMMAND --help' for a command's options.
"""


ONE_STORY_HELP = ("match claims across all the articles even where they read as different stories "
                  "(when you know they are one story; a case matched so in the app is matched so again)")


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


def _fail(message: str) -> int:
    text = printable(" ".join(message.split())).encode("utf-8", "replace").decode("utf-8")
    print(f"{PROG}: error: {text}", file=sys.stderr)
    return 2


class _Parser(argparse.ArgumentParser):
    """Reports a usage mistake as one line (exit status 2) instead of the usage text."""

    def error(self, message: str):  # type: ignore[override]
        raise CliError(f"{self.prog}: {message} (see --help)")


def _load(paths: Sequence[str]):
    from analyst_tui.core.ingest import load_paths, sample_paths

    use = list(paths) or sample_paths()
    return _warned(load_paths(use, stdin=sys.stdin.buffer if "-" in use else None))


def _load_beside(paths: Sequence[str], *modules: str):
    """``_load`` for a headless command that matches the articles: (result, ``load_beside.Segmented``). A long
    folder is read partly in a child, which then segments its articles, while ``modules`` are imported here."""
    import importlib

    from analyst_tui.core.ingest import sample_paths
    from analyst_tui.core.load_beside import load_beside

    use = list(paths) or sample_paths()
    result, segmented = load_beside(use, sys.stdin.buffer if "-" in use else None,
                                    lambda: [importlib.import_module(m) for m in modules])
    return _warned(result), segmented


def _warned(result):
    for problem in result.problems:
        print(f"{PROG}: warning: {printable(problem)}", file=sys.stderr)
    return result


def _compare_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} compare",
        description="Find the claims that several articles share and print them: where the versions differ "
        "(marked *word* in the table, **word** in Markdown), whom each sentence credits, how many origins "
        "stand behind a claim, and suggested denials or disputes (json).",
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
    p.add_argument(
        "--annotations", metavar="FILE", help="number the claims as this case's annotation file does (as the app shows them)"
    )
    p.add_argument("--case", metavar="NAME", help="number the claims as the saved case NAME does")
    p.add_argument("--one-story", action="store_true", help=ONE_STORY_HELP)
    return p


def cmd_compare(argv: Sequence[str], program: bool = False) -> int:
    args = _compare_parser().parse_args(argv)
    result, segmented = _load_beside(args.paths, "analyst_tui.core.compare", "analyst_tui.core.report")
    from analyst_tui.core.compare import build_comparison
    from analyst_tui.core import report

    fmt = args.format or ("table" if sys.stdout.isatty() and not args.output else "json")
    as_saved = args.annotations is not None or args.case is not None
    encoded: list = []  # the JSON, encoded while the contradictions are found (as_saved: claims numbered later)

    def encode(made) -> None:
        from analyst_tui.core.report.json import encode_ahead

        encoded.append(encode_ahead(made))

    comparison = build_comparison(result.articles, result.problems, one_story=args.one_story, free_matching=not program,
                                  meanwhile=encode if fmt == "json" and not as_saved else None, segmented=segmented)
    if as_saved:
        from analyst_tui.core.report.load import matched_as_saved

        comparison = matched_as_saved(comparison, args.annotations, args.case)  # as the analyst chose in the app
    _number_as_the_case(comparison, args.annotations, args.case)
    if fmt == "json":
        # already inert on a terminal (report.json.dumps)
        text = encoded[0]() if encoded else report.to_json(comparison)
    elif fmt == "markdown":
        text = report.to_markdown(comparison, shared_only=args.shared_only)
    else:
        width = os.get_terminal_size().columns if sys.stdout.isatty() else 100
        text = report.to_table(comparison, width=width, shared_only=args.shared_only)
    if args.output:
        from analyst_tui.core.fsutil import write_output

        write_output(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def _number_as_the_case(comparison, annotations: str | None, case: str | None) -> None:
    """Claim numbers as the case keeps them (stable for its life), so they match the app's.

    Only read: no case file is created. Without --annotations or --case, the numbers are the
    comparison's own (reproducible whatever cases are saved).
    """
    from analyst_tui.core.annotations import default_path, renumber_from_file

    if annotations is None and case is None:
        return
    try:
        path = annotations if annotations is not None else default_path(comparison, case)
    except OSError:
        return
    renumber_from_file(comparison, path)


def _app_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders, or - for standard input")
    p.add_argument("--annotations", metavar="FILE", help="keep this case's annotations in FILE")
    p.add_argument("--case", metavar="NAME", help="keep the annotations under this case name (default: found by the articles' content)")
    p.add_argument("--one-story", action="store_true", help=ONE_STORY_HELP)
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def cmd_app(argv: Sequence[str]) -> int:
    from analyst_tui.tui.startup import gc_paused

    with gc_paused():  # until the app's first frame: a faster start (see analyst_tui.tui.startup)
        args = _app_parser().parse_args(argv)
        early = None
        if "-" not in args.paths:
            from analyst_tui.core.sanitize import shown
            from analyst_tui.tui.early import load_case

            paths = list(args.paths)
            if not paths:
                from analyst_tui.core.ingest import sample_paths

                paths = sample_paths()
            for path in paths:
                if not os.path.exists(path):
                    raise LoadError(f"no such file or folder: {shown(path)}")
            # The articles are read from now on, while the app's modules are imported, and the app
            # shows how far it got (a big folder): in a child process on a core of its own where the
            # process can fork (before any thread exists), else on a thread.
            from analyst_tui.tui.early_child import start_loading

            early = start_loading(lambda progress: load_case(paths, progress, args.one_story))
        try:
            try:
                from analyst_tui.tui.app import run_app
            except ImportError:  # pragma: no cover - the app module is part of the package
                raise CliError("the review app is not available in this build")
            if early is None:  # standard input is read before the app takes the terminal
                from analyst_tui.core.compare import build_comparison

                result = _load(args.paths)
                comparison = build_comparison(result.articles, result.problems, one_story=args.one_story)
                return run_app(comparison, annotations=args.annotations, case=args.case)
            return run_app(annotations=args.annotations, case=args.case, loader=early)
        finally:
            if early is not None:
                early.close()  # a child still loading (the app quit first) is ended and reaped


def _cases_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} cases",
        description="List the saved cases: name, number of articles, tags by status, last change and file.",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return p


def cmd_cases(argv: Sequence[str]) -> int:
    args = _cases_parser().parse_args(argv)
    import json

    from analyst_tui.core.annotations.cases import cases_dir, list_cases
    from analyst_tui.core.model import Status

    folder = cases_dir()
    found = list_cases(folder)
    if args.json:
        rows = [
            {"name": c.name, "articles": c.articles, "counts": c.counts, "modified": c.modified, "path": str(c.path), "problem": c.problem}
            for c in found
        ]
        sys.stdout.write(json_text(json.dumps(rows, indent=2, ensure_ascii=False)) + "\n")
        return 0
    if not found:
        print(f"no saved cases in {printable(str(folder))}")
        return 0
    tags = [s.value for s in Status if s is not Status.UNREVIEWED]
    head = ["CASE", "ARTICLES", *[s.upper() for s in tags], "UNREVIEWED", "LAST CHANGE", "FILE"]
    rows = []
    for c in found:
        when = (c.modified or "-")[:19].replace("T", " ")
        counts = [str(c.counts.get(s, 0)) for s in tags] + [str(c.counts.get(Status.UNREVIEWED.value, 0))]
        if c.problem:
            counts = ["-"] * len(counts)
            when = c.problem
        rows.append([printable(c.name), str(c.articles), *counts, printable(str(when)), printable(str(c.path))])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
    return 0


def _merge_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} merge",
        description="Combine two analysts' annotation files of one case: the union of their annotations; "
        "where they disagree on a status both verdicts are kept as conflicts to resolve in the app. "
        "Prints the agreement (Cohen's kappa over claims both tagged) and the conflicts.",
    )
    p.add_argument("first", metavar="A.json", help="an annotation file")
    p.add_argument("second", metavar="B.json", help="another analyst's annotation file of the same case")
    p.add_argument("-o", "--output", metavar="OUT.json", required=True, help="write the merged file here (a new file)")
    p.add_argument("--force", action="store_true", help="replace OUT.json if it exists")
    return p


def cmd_merge(argv: Sequence[str]) -> int:
    args = _merge_parser().parse_args(argv)
    from analyst_tui.core.fsutil import write_output
    from analyst_tui.core.merging import MergeError, merge_documents, read_annotation_file

    if os.path.lexists(args.output) and not args.force and os.path.isfile(args.output):
        raise CliError(f"{args.output} exists; not overwritten (use --force to replace it)")
    try:
        result = merge_documents(read_annotation_file(args.first), read_annotation_file(args.second))
    except MergeError as exc:
        raise CliError(str(exc)) from None
    write_output(args.output, result.text)
    for note in result.notes:
        print(f"note: {printable(note)}")
    total = result.only_a + result.only_b + result.both
    print(f"merged {total} annotations into {printable(str(args.output))} ({result.both} in both files, {result.only_a} only in A, {result.only_b} only in B)")
    if result.both_tagged:
        kappa = "undefined (every verdict in one category)" if result.kappa is None else f"{result.kappa:.2f}"
        share = 100.0 * result.agreed / result.both_tagged
        print(f"agreement: {result.agreed} of {result.both_tagged} claims tagged by both ({share:.0f}%), Cohen's kappa {kappa}")
    else:
        print("agreement: no claim was tagged in both files, Cohen's kappa undefined")
    print(f"conflicts: {len(result.conflicts)}")
    for c in result.conflicts:
        quote = printable(" ".join(c.quote.split()))
        if len(quote) > 70:
            quote = quote[:69] + "…"
        label = f"claim {c.claim}" if c.claim is not None else "claim"
        verdicts = " / ".join(f"{printable(str(v['status']))} ({printable(str(v['analyst'] or '?'))})" for v in c.verdicts)
        print(f"  {label}: {verdicts}: \"{quote}\"")
    return 0


def _report_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} report",
        description="Write the case's claims with the analyst's verdicts: a briefing to send (markdown, html) "
        "or an export for other tools (csv: one row per claim and source; json: the compare contract plus "
        "each claim's annotation; w3c: a W3C Web Annotation collection). The annotations are found as the "
        "app finds them (by the articles' content), or given with --annotations or --case.",
        epilog="Formats are described in docs/reports.md.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders, or - for standard input (default: the sample case)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--annotations", metavar="FILE", help="read the annotations from FILE")
    where.add_argument("--case", metavar="NAME", help="read the annotations of the saved case NAME")
    p.add_argument("--format", choices=["markdown", "html", "csv", "json", "w3c"], default="markdown", help="output format (default: markdown)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--one-story", action="store_true", help=ONE_STORY_HELP)
    return p


def cmd_report(argv: Sequence[str], program: bool = False) -> int:
    args = _report_parser().parse_args(argv)
    result, segmented = _load_beside(args.paths, "analyst_tui.core.compare", "analyst_tui.core.report")
    from analyst_tui.core import report
    from analyst_tui.core.compare import build_comparison
    from analyst_tui.core.report import load

    comparison = build_comparison(result.articles, result.problems, one_story=args.one_story, free_matching=not program,
                                  segmented=segmented)
    comparison = load.matched_as_saved(comparison, args.annotations, args.case, by_content=True)
    found = load.find(comparison, args.annotations, args.case)
    if found.notice:
        print(f"{PROG}: note: {printable(found.notice)}", file=sys.stderr)
    from analyst_tui.core.analysis.grading import SourceGrades

    grades = SourceGrades()  # the analyst's source reliability, as the app keeps it
    if grades.error:
        print(f"{PROG}: warning: source grades not read: {printable(grades.error)}", file=sys.stderr)
    briefing = report.gather(
        comparison, found.store, case=found.case, annotations_path=str(found.path) if found.path else None, grades=grades
    )
    text = report.render(briefing, args.format)
    if args.output:
        from analyst_tui.core.fsutil import write_output

        write_output(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


COMMANDS = {"compare": cmd_compare, "report": cmd_report, "cases": cmd_cases, "merge": cmd_merge}
ENDS_UNCLEANED = {"compare", "report"}  # commands told when they run as the program (it then ends without clean-up)


def _headless(name: str, argv: Sequence[str], program: bool) -> int:
    """Run a headless command with the cyclic garbage collector paused.

    A comparison is millions of small objects that live until the command ends: the
    collector would walk them again and again (about a fifth of the time of a large
    compare) and free nothing. Run as the program, it stays paused to the end, so
    that the exit does not walk them either; called from Python, it is resumed. The commands of
    ``ENDS_UNCLEANED`` are told which (run as the program, they keep data to the end rather than free it).
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        command = COMMANDS[name]
        return command(argv, program) if name in ENDS_UNCLEANED else command(argv)
    finally:
        if was_enabled and not program:
            gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    program = argv is None  # run as the program: the process ends when this returns
    argv = list(sys.argv[1:] if argv is None else argv)
    if program:  # the regular expressions compiled from now on are kept for the next run (core.patterns)
        from analyst_tui.core import patterns
        from analyst_tui.core.paths import cache_root

        patterns.install(cache_root())
    try:
        if argv and argv[0] in COMMANDS:
            code = _headless(argv[0], argv[1:], program)
            if program:  # nothing is left to do: skip the interpreter's clean-up (a quarter of a second after a large compare)
                patterns.keep()
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
            return code
        code = cmd_app(argv)
        if program:
            patterns.keep()
        return code
    except (LoadError, CliError, OutputError) as exc:
        return _fail(str(exc))
    except OSError as exc:  # anything else the file system refuses: one line, not a traceback
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return _fail(f"{where}{(exc.strerror or exc.__class__.__name__).lower()}")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 1
