"""Two parties exchanged, every other word kept: "Canada sent 200 firefighters to help Australia" / "Australia sent
200 firefighters to help Canada", "researchers at Lumen Labs found the flaw in software made by CoreSafe" / the
reverse, "striking teachers were joined by bus drivers" / "striking bus drivers were joined by teachers".

The versions must be the same words in the same order but for the two parties, each a run of at most
``MAX_PARTY`` words, not only figures or times (those are ``figures``' and ``days``'). Parties of a list or of a verb
said of both alike keep their meaning when exchanged ("Italy and Spain", "talks between the union and the company",
"Leeds drew with Hull"): what stands between them must say something of one to the other."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import Tok, stem

MAX_SHOWN = 12  # words of a version shown, around the exchanged parties
MAX_PARTY = 4  # words of a party ("a police officer", "Kent Police"); longer runs are clauses moved, not parties
_TIMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning
    afternoon evening night week month year weekend january february march april may june july august september
    october november december last next this earlier later""".split())
_LISTING = frozenset(", ; / and or nor & plus as well between both either neither from the a an".split())
_SEPARATORS = frozenset(", ; / and or nor &".split())  # "France, Germany and Poland": a list
_ALIKE = frozenset(("against", "vs", "v", "versus", "-", "–"))  # "the match against", "Leeds v Hull"
_MUTUAL = frozenset(stem(w) for w in """meet met talk talks play played draw drew tie tied marry married fight fought clash
    clashed negotiate negotiated join joined share shared agree agreed face faced compete competed partner merge merged
    exchange exchanged swap swapped ally allied link linked connect connected border bordered collide collided compare
    compared speak spoke spoken talked chat chatted phone phoned call called""".split())  # said of both parties alike


def exchange_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """The two versions' words around two parties exchanged, if that is all that tells them apart."""
    if len(xs) != len(ys):
        return None
    a, b = [t.low for t in xs], [t.low for t in ys]
    if a == b or sorted(a) != sorted(b):
        return None
    i = next(k for k in range(len(a)) if a[k] != b[k])
    j = next(k for k in range(len(a) - 1, -1, -1) if a[k] != b[k])
    window = j + 1 - i
    for lx in range(1, window):
        for ly in range(1, window - lx + 1):
            x, y = a[i : i + lx], a[j + 1 - ly : j + 1]
            middle = a[i + lx : j + 1 - ly]
            if b[i : i + ly] != y or b[i + ly : i + ly + len(middle)] != middle or b[j + 1 - lx : j + 1] != x:
                continue
            if _alike(middle, xs[i + lx : j + 1 - ly]) or not (_party(xs[i : i + lx]) and _party(xs[j + 1 - ly : j + 1])):
                return None
            return _shown(xs, i, j + 1), _shown(ys, i, j + 1)
    return None


def crossed_names(xs: list[Tok], ys: list[Tok], stems_x: frozenset[str], stems_y: frozenset[str]) -> tuple[
        str, str] | None:
    """Two names each said once in both versions, the word beside one in the first version beside the other in the
    second, and the reverse ("has left NUS to join the faculty at NTU" / "Professor Tan has left NTU to join the
    faculty at NUS"; "Callum Reid will play the father of Rory Finn's character" / "Rory Finn will play the father of
    Callum Reid's character"), in versions that share most of their words."""
    if min(len(stems_x), len(stems_y)) < 5 or len(stems_x & stems_y) < 0.6 * min(len(stems_x), len(stems_y)):
        return None
    nx, ny = _names(xs), _names(ys)
    both = [name for name in nx if name in ny]
    for i, first in enumerate(both):
        for second in both[i + 1 :]:
            (a1, a2), (b1, b2) = nx[first], nx[second]
            (c1, c2), (d1, d2) = ny[first], ny[second]
            for step in (0, 1):  # the word before each name, then the word after
                ax, bx = _word(xs, (a1 - 1, a2)[step]), _word(xs, (b1 - 1, b2)[step])
                cy, dy = _word(ys, (c1 - 1, c2)[step]), _word(ys, (d1 - 1, d2)[step])
                if ax and bx and ax != bx and ax == dy and bx == cy and abs(a1 - b1) > 3 and abs(c1 - d1) > 3:
                    return _shown(xs, min(a1, b1), max(a2, b2)), _shown(ys, min(c1, d1), max(c2, d2))
    return None


def _names(toks: list[Tok]) -> dict[str, tuple[int, int]]:
    """Each name said once (a run of words in capitals, not the first word), with where it starts and ends."""
    found: dict[str, list[tuple[int, int]]] = {}
    k = 1
    while k < len(toks):
        if toks[k].is_word and toks[k].cap:
            end = k
            while end < len(toks) and toks[end].is_word and toks[end].cap:
                end += 1
            found.setdefault(" ".join(t.low for t in toks[k:end]), []).append((k, end))
            k = end
        else:
            k += 1
    return {name: at[0] for name, at in found.items() if len(at) == 1}


def _word(toks: list[Tok], k: int) -> str:
    """The word at ``k`` if it tells a place in the sentence apart (not a list's, an article or punctuation)."""
    if not 0 <= k < len(toks):
        return ""
    low = toks[k].low
    return "" if low in _LISTING or low in _SEPARATORS or (not toks[k].is_word and low != "'s") else low


def _alike(middle: list[str], toks: list[Tok]) -> bool:
    """Whether the words between the parties list them ("France, Germany and Poland") or say a thing of both alike
    ("collided with", "drew with"; not "directed by X and produced by Y", "cut prices first, with Y following")."""
    listed = all(w in _LISTING or t.cap for w, t in zip(middle, toks))
    return not middle or listed and (middle[0] in _SEPARATORS or middle[-1] in _SEPARATORS or all(
        w in _LISTING for w in middle)) or middle[-1] in _ALIKE or any(stem(w) in _MUTUAL for w in middle)


def _party(toks: list[Tok]) -> bool:
    """Whether the words name a party: a few words, not only figures or times ("last month", "Sunday")."""
    return len(toks) <= MAX_PARTY and any(t.is_word and not t.is_number and len(t.low) > 1 and t.low not in _TIMES
                                          for t in toks)


def _shown(toks: list[Tok], start: int, end: int) -> str:
    if end - start > MAX_SHOWN:
        return " ".join(t.text for t in toks[start : start + 4]) + " … " + " ".join(t.text for t in toks[end - 4 : end])
    return " ".join(t.text for t in toks[start:end])


__all__ = ["crossed_names", "exchange_conflict"]
