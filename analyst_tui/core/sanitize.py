"""Neutralising untrusted article text for display."""

from __future__ import annotations

import re

# C0 and C1 controls except tab and newline, plus DEL. ESC (\x1b) is among them,
# so ANSI/OSC sequences lose their introducer and become inert literal text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Replace control characters with a visible, harmless placeholder."""
    return _CONTROL.sub(lambda m: "\N{REPLACEMENT CHARACTER}" if m.group() != "\r" else " ", text)
