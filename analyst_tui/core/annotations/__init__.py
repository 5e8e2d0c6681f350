"""Claim annotations (status, note, who denied it) and the store that keeps them on disk.

Modules:
- ``format``: the file format (constants, parsing, problems); docs/annotation-format.md;
- ``records``: an annotation and an orphan as the program holds them;
- ``anchoring``: anchoring annotations to sentences and finding them again;
- ``numbering``: claim numbers that stay the same for the life of a case;
- ``session_merge``: merging two sessions' versions of one annotation;
- ``diskfile``: the lock, reading, atomic writing, setting a damaged file aside;
- ``cases``: one file per set of articles, found again by content; ``cases`` listing;
- ``state`` / ``sync`` / ``store``: the annotations in memory, on disk, and the analyst's changes.

Combining two analysts' files (and their agreement) is :mod:`analyst_tui.core.merging`.
"""

from analyst_tui.core.annotations.format import FORMAT, VERSION, FileProblem, parse_document
from analyst_tui.core.annotations.numbering import renumber, renumber_from_file
from analyst_tui.core.annotations.records import ClaimAnnotation, Orphan
from analyst_tui.core.annotations.session_merge import merge_records
from analyst_tui.core.annotations.store import AnnotationStore, default_path

__all__ = [
    "FORMAT",
    "VERSION",
    "AnnotationStore",
    "ClaimAnnotation",
    "FileProblem",
    "Orphan",
    "default_path",
    "merge_records",
    "parse_document",
    "renumber",
    "renumber_from_file",
]
