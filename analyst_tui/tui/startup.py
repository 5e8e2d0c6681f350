"""Start-up of the review app: the cyclic garbage collector waits for the first frame, and what
drawing needs is imported while the articles are still being matched.

Start-up (imports, the comparison, building the widgets) makes many objects that live as
long as the app and almost no garbage cycles, yet every collection walks all of them: about a
sixth of the time to the first frame. Reference counting still frees everything else at
once. This module imports nothing heavy, so the command line can pause collection before the
review app's imports.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

_paused = False


def pause_gc() -> None:
    """Pause the cyclic garbage collector (nothing to do if it is off already)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_gc(freeze: bool = False) -> None:
    """Collect again, if ``pause_gc`` paused it.

    ``freeze``: what exists now lives as long as the app (modules, widgets, the comparison):
    leave it out of later collections, which then stay short while the analyst works.
    """
    global _paused
    if _paused:
        _paused = False
        if freeze:
            gc.freeze()
        gc.enable()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Collection paused inside (the app resumes it once its first frame is drawn)."""
    pause_gc()
    try:
        yield
    finally:
        resume_gc()


def prepare_drawing() -> None:
    """Import what drawing the review screen first needs (layouts, scrollbars, the table of
    character widths), while the articles are still being matched rather than after."""
    import importlib

    from rich.cells import cell_len

    for name in ("textual.layouts.factory", "textual.scrollbar"):
        importlib.import_module(name)
    cell_len("\u00e9\u4e00")  # a character beyond ASCII loads the width table


def prepare_styles(stylesheet, widget_types: Callable[[], Iterable[type]]) -> None:
    """Add the default CSS of ``widget_types()`` (the first screen's, in the order it mounts them) to
    ``stylesheet`` and parse it once, while the articles are still being matched.

    Otherwise the first mount of each type adds its CSS and the whole stylesheet is parsed again,
    four times on the review screen, after the claims have arrived. The sources added are the ones
    mounting adds (``DOMNode._get_default_css`` of each type), so the stylesheet ends the same; a
    type left out is only parsed later, as before. This reads Textual's own (pinned) internals: if
    they are not there, the stylesheet is only parsed, and mounting adds the rest as it did.
    """
    from types import SimpleNamespace

    from textual.dom import DOMNode

    try:
        for cls in widget_types():
            stand_in = SimpleNamespace(_node_bases=cls._css_bases(cls))  # what the method reads of an instance
            for read_from, css, tie_breaker, scope in DOMNode._get_default_css(stand_in):
                stylesheet.add_source(css, read_from=read_from, is_default_css=True, tie_breaker=tie_breaker,
                                      scope=scope)
    except (ImportError, AttributeError, TypeError):
        pass
    stylesheet.parse()
