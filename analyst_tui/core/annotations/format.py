"""The annotation file format (docs/annotation-format.md): constants, parsing, problems, rendering.

One JSON file per case, versioned, written with sorted keys and a stable order, equal to
``json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False)``.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone

import analyst_tui.core.annotations.bigjson as bigjson
from analyst_tui.core.model import Status

UNREVIEWED = Status.UNREVIEWED.value

FORMAT = "analyst-tui-annotations"
VERSION = 1
NAMESPACE = uuid.UUID("5b1f0d0e-7c2a-4c55-9a51-2f1f7f0f7a11")  # annotation ids are uuid5 in it
CONTENT_KEYS = ("status", "note", "attributed_to", "attribution", "analyst", "created", "modified", "history", "conflicts")
STATUS_WORDS = tuple(s.value for s in Status)
KNOWN_KEYS = frozenset(
    (
        "id", "type", "motivation", "claim", "status", "note", "attributed_to", "attribution", "analyst",
        "created", "modified", "history", "conflicts", "target",
    )
)


def now() -> str:
    """The current time, ISO 8601 UTC with microseconds (orders changes made within a second)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


MAX_DEPTH = 64  # nesting deeper than this is damage, whatever the shape (our records use about 8)
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_ESCAPED_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class FileProblem(Exception):
    """Why a file cannot be used: its ``kind`` is corrupt, foreign, newer or unreadable."""

    def __init__(self, kind: str, detail: str):
        super().__init__(detail)
        self.kind = kind  # "corrupt", "foreign", "newer", "unreadable"
        self.detail = detail


def _encodable(value: object) -> object:
    """Strings with lone surrogates (written as escapes) made encodable: U+FFFD in their place."""
    if isinstance(value, str):
        return _SURROGATE.sub("\N{REPLACEMENT CHARACTER}", value)
    if isinstance(value, list):
        return [_encodable(v) for v in value]
    if isinstance(value, dict):
        return {_encodable(k): _encodable(v) for k, v in value.items()}
    return value


def _depth_ok(data: object) -> bool:
    """No list or object nested deeper than MAX_DEPTH (checked without recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return True


def load_json(text: str | bytes, known: bigjson.Known | None = None) -> object:
    """JSON from a file we read (its text, or its UTF-8 bytes): bounded nesting, text made
    encodable. Raises FileProblem("corrupt")."""
    try:
        data = bigjson.loads(text, known)  # a large file in short steps: a saving thread never holds the interface
    except UnicodeDecodeError:
        raise FileProblem("corrupt", "not UTF-8 text") from None
    except RecursionError:
        raise FileProblem("corrupt", "not valid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise FileProblem("corrupt", f"not valid JSON ({exc})") from None
    if not _depth_ok(data):
        raise FileProblem("corrupt", f"nested more than {MAX_DEPTH} levels deep")
    if bigjson.search(_ESCAPED_SURROGATE_BYTES if isinstance(text, bytes) else _ESCAPED_SURROGATE, text, 6):
        data = _encodable(data)
    return data


def parse_document(text: str | bytes, known: bigjson.Known | None = None) -> dict:
    """Parse and check an annotation file; raises FileProblem. ``known``: see :func:`bigjson.loads`."""
    data = load_json(text, known)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        if isinstance(data, dict) and "annotations" in data and "format" not in data:
            raise FileProblem("corrupt", "no format marker")
        raise FileProblem("foreign", "not an analyst-tui annotation file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileProblem("corrupt", "missing or invalid version")
    if version > VERSION:
        raise FileProblem("newer", f"written by a newer version of analyst-tui (format {version}, this one reads {VERSION})")
    if not isinstance(data.get("annotations", []), list):
        raise FileProblem("corrupt", "annotations is not a list")
    return data


def record_id(rec: object) -> str | None:
    if isinstance(rec, dict) and isinstance(rec.get("id"), str) and rec["id"]:
        return rec["id"]
    return None


def readable(rec: object) -> bool:
    """A record this version can place: a status it knows and a list of targets (or a discarded one)."""
    if not isinstance(rec, dict):
        return False
    if rec.get("discarded"):
        return True
    targets = rec.get("target")
    return isinstance(targets, (list, dict)) and rec.get("status", UNREVIEWED) in STATUS_WORDS


def list_field(value: object) -> list:
    """A record's list field (history, conflicts) as a list; anything else in a hand-edited file is none."""
    return value if isinstance(value, list) else []


def content(rec: dict | None) -> dict | None:
    if rec is None:
        return None
    return {k: rec.get(k) for k in CONTENT_KEYS + ("discarded",)}

