"""An injury told otherwise: "the quarterback broke his collarbone" / "dislocated his shoulder", "the rider
fractured her wrist" / "fractured her ankle".

An injury is a verb of harm, the injured one's "his", "her" or "their", and a part of the body. Two versions that
share half their words or more and each tell one injury differ when the parts differ (left or right aside) or the kinds
of harm do ("broke" and "fractured" are one kind; "injured" or "hurt" goes with any)."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import Tok, joined

# each verb of harm -> its kind ("" : any harm, which goes with every kind)
_KINDS_TEXT = """broke broken fractured cracked shattered breaking fracturing cracking shattering:break|
    dislocated dislocating:dislocate|tore torn ruptured severed tearing rupturing:tear|
    sprained twisted strained pulled spraining twisting straining:sprain|injured hurt damaged bruised injuring:"""
KINDS = {verb: kind for item in _KINDS_TEXT.split("|") for verbs, kind in [item.strip().split(":")]
         for verb in verbs.split()}
_PARTS = frozenset("""leg legs arm arms wrist wrists ankle ankles collarbone shoulder shoulders knee knees hip hips rib
    ribs jaw nose finger fingers toe toes hand hands foot feet elbow elbows neck back skull hamstring ligament
    ligaments achilles thumb pelvis spine cheekbone eye socket thigh calf shin""".split())
_WHOSE = frozenset("his her their its".split())
_SIDES = frozenset("left right -".split())
_RESTATED = 0.5  # of the two versions' words, the share both give


def injuries(toks: list[Tok]) -> list[tuple[str, str, int, int]]:
    """Each injury told: (kind of harm, part of the body, where its words start and end)."""
    out = []
    for k, t in enumerate(toks[:-2]):
        kind = KINDS.get(t.low)
        if kind is None or toks[k + 1].low not in _WHOSE:
            continue
        j = k + 2
        while j < len(toks) and j <= k + 4 and toks[j].low in _SIDES:
            j += 1  # ("broke his left leg")
        if j < len(toks) and toks[j].low in _PARTS:
            part = toks[j].low
            out.append((kind, "rib" if part == "ribs" else part.rstrip("s"), k, j + 1))
    return out


def injury_conflict(xs: list[Tok], ys: list[Tok], words_x: frozenset[str], words_y: frozenset[str]) -> tuple[
        str, str] | None:
    """(what xs says, what ys says) when each tells one injury and the two differ."""
    ix, iy = injuries(xs), injuries(ys)
    if len(ix) != 1 or len(iy) != 1 or len(words_x & words_y) < _RESTATED * len(words_x | words_y):
        return None
    (kx, px, sx, ex), (ky, py, sy, ey) = ix[0], iy[0]
    if px == py and (kx == ky or not kx or not ky):
        return None  # ("broke his leg" / "fractured his leg", "injured his knee" / "tore his knee ligament")
    return joined(xs[sx:ex]), joined(ys[sy:ey])


__all__ = ["KINDS", "injuries", "injury_conflict"]
