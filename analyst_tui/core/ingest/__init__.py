"""Loading articles from files, folders and standard input.

Formats: plain text (``.txt``), Markdown (``.md``), HTML (``.html``/``.htm``) and JSON (``.json``).
Standard input and explicitly named files with another extension are sniffed.

Every article's text is decoded (UTF-8, UTF-8/UTF-16/UTF-32 with a byte-order mark, else
Windows-1252 with a warning) and normalised: CRLF and lone CR become LF, terminal escape
sequences and control characters (C0 except newline and tab, DEL, C1) are removed, invisible
characters (zero-width space, soft hyphen, bidi overrides) are dropped, unusual spaces become
plain spaces, runs of combining marks are bounded, and the result is NFC. Every offset in the
program refers to ``Article.text`` as returned here.

Problems with single inputs (an empty, binary, unreadable, too large or malformed file) are
reported in ``LoadResult.problems`` as one line each and the input is skipped; only when no
article at all could be loaded does :func:`load_paths` raise :class:`LoadError`.

Modules: ``decode`` (bytes to clean text), ``metadata`` (dates, labels, front matter),
``markdown``, ``html_page``, ``json_articles``, ``walk`` (folders, reading one file) and
``load`` (one input, many inputs).
"""

from analyst_tui.core.ingest.decode import decode_bytes, normalise_text
from analyst_tui.core.ingest.draft import MAX_BYTES, Draft, Skip
from analyst_tui.core.ingest.load import LoadResult, load_paths, parse_bytes, sample_paths
from analyst_tui.core.ingest.metadata import find_date, label_from_name, label_from_url, normalise_date
from analyst_tui.core.ingest.walk import natural_key, walk_folder

__all__ = [
    "MAX_BYTES",
    "Draft",
    "LoadResult",
    "Skip",
    "decode_bytes",
    "find_date",
    "label_from_name",
    "label_from_url",
    "load_paths",
    "natural_key",
    "normalise_date",
    "normalise_text",
    "parse_bytes",
    "sample_paths",
    "walk_folder",
]
