"""Loading articles from files, folders and standard input: :func:`load_paths`."""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, BinaryIO, Callable, Iterable, Sequence

from analyst_tui.core.ingest.decode import decode_bytes, normalise_text
from analyst_tui.core.ingest.draft import FORMAT_BY_EXT, MAX_BYTES, NO_FILES, STDIN_PATH, Draft, Skip
from analyst_tui.core.ingest.json_articles import looks_like_articles, parse_json_data
from analyst_tui.core.ingest.markdown import looks_like_html, parse_plain
from analyst_tui.core.ingest.metadata import is_hash_label, label_from_name, label_from_text, label_from_url, unique_labels
from analyst_tui.core.ingest.walk import os_reason, read_file, walk_folder
from analyst_tui.core.model import Article, LoadError, article_label
from analyst_tui.core.sanitize import shown

@dataclass
class LoadResult:
    articles: list[Article]
    problems: list[str] = field(default_factory=list)  # one line each: skipped inputs and warnings



def sample_paths() -> list[str]:
    """The bundled seed case, usable after a non-editable install."""
    root = resources.files("analyst_tui") / "data" / "sample"
    return sorted(str(p) for p in root.iterdir() if p.name.endswith(".txt"))



def format_for(name: str) -> str | None:
    return FORMAT_BY_EXT.get(os.path.splitext(name)[1].lower())


def parse_bytes(
    raw: bytes, path: str, fmt: str | None = None, fallback_source: str | None = None
) -> tuple[list[Draft], list[tuple[str, str]]]:
    """Parse one input's bytes into article drafts; raises :class:`Skip` when it holds none.

    ``fmt`` is ``text``, ``markdown``, ``html``, ``json`` or None to sniff the content.
    """
    fallback = fallback_source or label_from_name(path)
    if len(raw) > MAX_BYTES:
        raise Skip(f"too large ({len(raw) / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    head = raw[:2048].lstrip().lower()
    html_hint = fmt == "html" or (fmt is None and head.startswith((b"<!doctype html", b"<html")))
    text, warnings = decode_bytes(raw, html=html_hint)
    text, removed = normalise_text(text)
    if removed:
        warnings.append(f"removed {removed} control character{'s' if removed != 1 else ''}")
    if not text.strip():
        raise Skip("empty file (only whitespace)")
    data: Any = None
    if fmt == "json":
        try:
            data = json.loads(text)
        except RecursionError:
            raise Skip("invalid JSON (nested too deeply)") from None
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            line = getattr(exc, "lineno", None)
            raise Skip(f"invalid JSON ({msg}" + (f" at line {line})" if line else ")")) from None
    elif fmt is None:
        stripped = text.lstrip()
        if stripped[:1] in ("{", "["):
            try:
                candidate = json.loads(text)
            except (ValueError, RecursionError):
                candidate = None
            if candidate is not None and looks_like_articles(candidate):
                fmt, data = "json", candidate
        if fmt is None:
            fmt = "html" if looks_like_html(text) or _sniff_html(stripped) else "text"
    elif fmt == "text" and looks_like_html(text):
        fmt = "html"
    if fmt == "json":
        docs, bad = parse_json_data(data, path, fallback)
        for d in docs:
            d.warnings[:0] = warnings
        return docs, bad
    doc = Draft(path=path, text="", fallback_source=fallback, warnings=warnings)
    if fmt == "html":
        from analyst_tui.core.ingest.html_page import parse_html  # (only for HTML: its parser is imported then)

        parse_html(text, doc)
    else:
        parse_plain(text, doc, markdown=fmt == "markdown")
    return [doc], []


_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article|meta|title|div|p)[\s>/]", re.I)


def _sniff_html(stripped: str) -> bool:
    return bool(_HTML_START.match(stripped)) and bool(re.search(r"</\w+>", stripped[:65536]))


def _readable_fallback(d: Draft) -> str:
    """The file name's label, unless it is a hash: then what the text says of itself."""
    if is_hash_label(d.fallback_source):
        return label_from_text(d.text, d.title) or d.fallback_source
    return d.fallback_source


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


Read = tuple  # ``read_input``: ("ok", identity, drafts, bad parts) or ("skipped", identity or None, reason)


def read_input(path: str) -> Read:
    """One file read and parsed, as ``load_paths`` reads each (a value another process can send)."""
    ident = None
    try:
        raw, ident = read_file(path)
        return ("ok", ident, *parse_bytes(raw, shown(path), format_for(path)))
    except Skip as exc:
        return ("skipped", ident, str(exc))
    except OSError as exc:
        return ("skipped", ident, os_reason(exc))
    except (UnicodeError, ValueError, RecursionError) as exc:
        return ("skipped", ident, f"could not be read ({exc.__class__.__name__})")


def load_paths(
    paths: Sequence[str], stdin: BinaryIO | None = None, progress: Callable[[int, str], None] | None = None,
    read_many: Callable[[list[str]], list[Read]] | None = None,
) -> LoadResult:
    """Load articles from files, folders and ``-`` (standard input), in the order given.

    Raises :class:`LoadError` for a path that does not exist, and when no article at all
    could be loaded; any other problem with one input is reported and the input skipped.
    ``progress(files_read, path)`` is called after each file (a loading screen shows it; it
    may raise to stop loading, e.g. KeyboardInterrupt when the analyst quits).
    ``read_many(files)``: ``read_input`` of each file of a folder, found another way (partly in another process:
    ``core.load_beside``); not with ``progress``.
    """
    docs: list[Draft] = []
    problems: list[str] = []
    skipped: list[tuple[str, str]] = []
    seen_files: set[tuple[int, int]] = set()
    stdin_read = False
    files_read = 0

    def skip(path: str, reason: str) -> None:
        skipped.append((path, reason))
        problems.append(f"{shown(path)}: {reason}; skipped")

    def add(new_docs: Iterable[Draft], bad: list[tuple[str, str]]) -> None:
        for where, reason in bad:
            skip(where, reason)
        for d in new_docs:
            docs.append(d)
            for w in d.warnings:
                problems.append(f"{shown(d.path)}: {w}")

    for p in paths:
        if p == "-":
            if stdin_read:
                problems.append("standard input listed more than once; read once")
                continue
            stdin_read = True
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                raw = stream.read(MAX_BYTES + 1)
                add(*parse_bytes(raw, STDIN_PATH, None, "stdin"))
            except Skip as exc:
                skip(STDIN_PATH, str(exc).replace("file", "input"))
            except (OSError, ValueError) as exc:
                skip(STDIN_PATH, f"cannot read ({exc.__class__.__name__})")
            continue
        if not os.path.exists(p):
            raise LoadError(f"no such file or folder: {shown(p)}")
        if os.path.isdir(p):
            files, walk_problems = walk_folder(p)
            for where, reason in walk_problems:
                skip(where, reason)
            if not files and not walk_problems:
                skip(p, NO_FILES)
        else:
            files = [p]
        found = read_many(files) if read_many is not None and progress is None and len(files) > 1 else None
        for k, f in enumerate(files):
            files_read += 1
            if progress is not None:
                progress(files_read, shown(f))
            outcome, ident, *rest = found[k] if found is not None else read_input(f)
            if ident is not None:
                if ident in seen_files:
                    problems.append(f"{shown(f)}: listed more than once; loaded once")
                    continue
                seen_files.add(ident)
            if outcome == "ok":
                add(*rest)
            else:
                skip(f, rest[0])

    if not docs:
        if not skipped:
            raise LoadError("no articles given")
        path, reason = skipped[0]
        if len(skipped) == 1:
            if reason == NO_FILES:
                raise LoadError(f"{NO_FILES}: {shown(path)}")
            where = "standard input" if path == STDIN_PATH else shown(path)
            raise LoadError(f"no articles found in {where} ({reason})")
        raise LoadError(f"no articles found: {_plural(len(skipped), 'input')} skipped, first {shown(path)} ({reason})")

    labels = unique_labels([d.source or label_from_url(d.url) or _readable_fallback(d) for d in docs])
    articles = [
        Article(
            id=article_label(i),
            path=d.path,
            source=label,
            text=d.text,
            title=d.title,
            date=d.date,
            url=d.url,
            warnings=tuple(d.warnings),
        )
        for i, (d, label) in enumerate(zip(docs, labels))
    ]
    return LoadResult(articles, problems)
