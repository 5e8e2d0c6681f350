"""Claim colours as a 16-colour or 256-colour terminal shows them (TERM=xterm, often over SSH).

Textual draws in true colour and Rich turns every colour into the nearest one the terminal has
when it writes the screen; the segments on screen are put through the same downgrade here.
"""

from __future__ import annotations

import re

from rich.color import Color, ColorSystem

from app_support import WIDE, hand_comparison, make_app, screen_segments

SHARED = 7  # claims shared by both articles, numbered 1..7: more than the six colours

# Two articles saying the same seven things (in other words), each claim shared by both.
TEXTS = [
    ("Wire One", [f"Officials said point {i} was agreed on Monday." for i in range(1, SHARED + 1)]),
    ("Daily Two", [f"On Monday, point {i} was agreed, officials said." for i in range(1, SHARED + 1)]),
]
LINKS = [[(0, i), (1, i)] for i in range(SHARED)]
MARKER = re.compile(r"\[(\d+)\]")


def downgrade(color: Color | None, system: ColorSystem) -> int | None:
    """The colour number the terminal receives (None: its default colour)."""
    if color is None or color.is_default:
        return None
    return color.downgrade(system).number


def marker_colours(app, system: ColorSystem) -> dict[int, set[int | None]]:
    """Claim number -> foreground colours of its ``[n]`` markers on screen."""
    found: dict[int, set[int | None]] = {}
    for text, style in screen_segments(app):
        m = MARKER.fullmatch(text.strip())
        if m and style is not None:
            found.setdefault(int(m.group(1)), set()).add(downgrade(style.color, system))
    return found


def plain_text_colour(app, system: ColorSystem) -> int | None:
    pane = app.review.visible_panes()[0]
    return downgrade(pane.base_style.color, system)


def check_palette(app, system: ColorSystem) -> None:
    found = marker_colours(app, system)
    assert set(found) >= set(range(1, SHARED + 1)), f"markers on screen: {sorted(found)}"
    first_six = [found[n] for n in range(1, 7)]
    assert all(len(colours) == 1 for colours in first_six), first_six  # one colour per claim, in both panes
    distinct = {next(iter(c)) for c in first_six}
    assert len(distinct) == 6, f"claims 1-6 in {system.name}: colours {[next(iter(c)) for c in first_six]}"
    plain = plain_text_colour(app, system)
    assert plain not in distinct, f"a claim colour is the colour of plain text ({plain})"
    assert found[7] == found[1]  # the palette repeats after six


def check_highlight(app, selected: int) -> None:
    """The selected claim's markers (reversed) and the claims list cursor stay legible."""
    system = ColorSystem.STANDARD
    reversed_markers = [
        style for text, style in screen_segments(app) if text.strip() == f"[{selected}]" and style is not None
    ]
    assert len(reversed_markers) == 2
    for style in reversed_markers:
        assert style.reverse
        assert downgrade(style.color, system) != downgrade(style.bgcolor, system)
    # The claims list cursor: "▶" then the number on a chip of its claim colour.
    segments = list(screen_segments(app))
    at = next(i for i, (text, _) in enumerate(segments) if text.startswith("▶"))
    number_text, chip = segments[at + 1]
    assert number_text.strip() == str(selected)
    claim_colour = next(iter(marker_colours(app, system)[selected]))
    assert downgrade(chip.bgcolor, system) == claim_colour
    assert downgrade(chip.color, system) != claim_colour
    _, cursor = segments[at]
    assert downgrade(cursor.color, system) != downgrade(cursor.bgcolor, system)


async def test_six_claim_colours_stay_distinct_in_16_and_256_colours(tmp_path):
    app = make_app(hand_comparison(TEXTS, LINKS), tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            for system in (ColorSystem.STANDARD, ColorSystem.EIGHT_BIT):
                check_palette(app, system)
        app.review.select_claim(4)
        await pilot.pause()
        check_highlight(app, 4)
        app.theme = "textual-dark"
        await pilot.pause()
        check_highlight(app, 4)
