"""Bytes to clean text: byte-order marks, UTF-8, declared HTML charsets, Windows-1252; controls removed."""

from __future__ import annotations

import codecs
import re
import unicodedata

from analyst_tui.core.ingest.draft import Skip
from analyst_tui.core.sanitize import bound_marks

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_BAD_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HIGH_BYTES = re.compile(rb"[\x80-\xff]")


def _binary_reason(raw: bytes) -> str | None:
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return f"binary file ({what}), not text"
    if b"\x00" in raw:
        return "binary file (contains NUL bytes), not text"
    sample = raw[:65536]
    if len(_BAD_BYTES.findall(sample)) > max(2, len(sample) // 20):
        return "binary file (mostly control bytes), not text"
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """Text stored as UTF-16 without a byte-order mark (every other byte NUL)."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    sample = raw[:4096]
    odd_nul = sample[1::2].count(0)
    even_nul = sample[0::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.6 * half and even_nul < 0.05 * half:
        codec = "utf-16-le"
    elif even_nul > 0.6 * half and odd_nul < 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_bytes(raw: bytes, *, html: bool = False) -> tuple[str, list[str]]:
    """Bytes to text: BOM, UTF-8, declared HTML charset, else Windows-1252 (with a warning).

    Raises :class:`Skip` for empty input and for data that is not text.
    """
    if not raw:
        raise Skip("empty file")
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom) :].decode(codec, errors="replace")
            if "\x00" in text:
                raise Skip(f"binary file (NUL characters after a {name} byte-order mark), not text")
            return text, []
    if b"\x00" in raw:
        text16 = _utf16_without_bom(raw)
        if text16 is not None and "\x00" not in text16:
            return text16, ["no byte-order mark; read as UTF-16"]
    reason = _binary_reason(raw)
    if reason:
        raise Skip(reason)
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if html:
        m = _CHARSET.search(raw[:4096])
        if m:
            try:
                codec = codecs.lookup(m.group(1).decode("ascii")).name
                if codec not in ("utf-8", "utf-16", "utf-32"):
                    return raw.decode(codec), []
            except (LookupError, UnicodeDecodeError, ValueError):
                pass
    high = len(_HIGH_BYTES.findall(raw[:65536]))
    if high >= 16 and high > 0.3 * min(len(raw), 65536):  # Western text is mostly ASCII
        raise Skip("not UTF-8 or Windows-1252 text (binary data or another encoding; save it as UTF-8)")
    text = raw.decode("cp1252", errors="replace")
    return text, ["not valid UTF-8; decoded as Windows-1252 (cp1252), check accented characters"]


# Terminal escape sequences lose their whole body, not just the ESC byte.
# (C1 characters are removed one by one: in mis-decoded text they are ordinary bytes of a
# character, and eating what follows them would lose real text.)
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?"  # OSC, DCS, SOS, PM, APC
    r"|\x1b[ -/]*[0-~]?"  # two-byte escapes
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_CONTROL_MAP = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n"}
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNUSUAL = re.compile(
    r"[\ud800-\udfff\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb"
    r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029]"
)
_TRAILING_WS = re.compile(r"[ \t]+(?=\n)")
_MANY_BLANKS = re.compile(r"\n{3,}")


def normalise_text(text: str) -> tuple[str, int]:
    """Clean decoded text; returns the text and how many control characters were removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    removed = 0
    if _CONTROLS.search(text):
        text, n_esc = _ESCAPES.subn("", text)
        removed += n_esc

        def repl(m: re.Match[str]) -> str:
            nonlocal removed
            run = m.group()
            removed += len(run)
            if any(c in _CONTROL_MAP for c in run):
                return "\n"
            s, i, j = m.string, m.start(), m.end()
            # "a\x07b" -> "a b", but "a \x07b" -> "a b" too: never a double space
            if i == 0 or j == len(s) or s[i - 1].isspace() or s[j].isspace():
                return ""
            return " "

        text = _CONTROLS.sub(repl, text)
    if not text.isascii():
        if _UNUSUAL.search(text):
            text = _SURROGATE.sub("\N{REPLACEMENT CHARACTER}", text)
            text = _INVISIBLE.sub("", text)
            text = _SPACES.sub(" ", text)
            text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
        text = bound_marks(unicodedata.normalize("NFC", text))
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_WS.sub("", text)
    if "\n\n\n" in text:
        text = _MANY_BLANKS.sub("\n\n", text)
    return text, removed

