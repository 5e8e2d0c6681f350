"""What every input becomes before ids and labels are assigned, and how one input is skipped."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_BYTES = 20 * 1024 * 1024
FOLDER_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json")
FORMAT_BY_EXT = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
}
NO_FILES = "folder has no .txt, .md, .html, .htm or .json files"
STDIN_PATH = "<stdin>"


class Skip(Exception):
    """One input cannot be loaded; the message is the reason, e.g. ``empty file``."""


@dataclass
class Draft:
    """An article before ids and unique source labels are assigned."""

    path: str
    text: str
    source: str | None = None  # from metadata
    fallback_source: str = ""  # from the file name
    title: str | None = None
    date: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)

