"""Two things that befell the same in versions told in other words: "The mayor's official car was stolen from outside
the town hall" / "Vandals smashed the windows of the mayor's official car parked outside the town hall", "Carl Hesse
retired on Thursday" / "Lumen Dynamics suspended its chief executive, Carl Hesse, on Thursday", "The mill has been
sold to a new owner, saving its 300 jobs" / "Owners of the mill have closed the site, with the loss of all 300 jobs".

Read last, when ``happening_compare`` found nothing because the two name whom it befell in other words: each version
states one happening (``happenings``), two that never go together (``happening_pairs.together``, as steps of one
story too: "arrested" / "released" may both be true), neither negates anything nor says the other's word, neither gives
figures the other does not give otherwise, and each states most of the other's content words, four or more. Not when each version names
someone the other does not, nor two happenings that are one for what befell ("suspended" / "called off" a search).
"""

from __future__ import annotations

from analyst_tui.core.conflicts.ailments import AILMENTS
from analyst_tui.core.conflicts.happening_compare import moved, one_for
from analyst_tui.core.conflicts.happening_pairs import together
from analyst_tui.core.conflicts.happenings import Happening
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import names_apart, say_most_alike
from analyst_tui.core.conflicts.tokens import stem
from analyst_tui.core.textnorm import stem as family

MIN_SHARED = 4  # content words both versions give
MIN_SHARE = 0.55  # of each version's content words


def happening_restated(xs: tuple[Happening, ...], ys: tuple[Happening, ...], a: Polarity, b: Polarity,
                       numbers_a: frozenset[float], numbers_b: frozenset[float]) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when each states one happening of the same and the two cannot both be true."""
    front_x, front_y = _in_front(xs, a), _in_front(ys, b)
    if {h[0] for h in xs if h not in front_x} & {h[0] for h in front_y} or {h[0] for h in ys if h not in front_y} & {
            h[0] for h in front_x}:
        return None  # what one tells as the time of another, the other tells ("hours after his predecessor quit")
    xs, ys = _first_of_each(front_x), _first_of_each(front_y)
    labels_a, labels_b = {h[0] for h in xs}, {h[0] for h in ys}
    if len(labels_a) != 1 or len(labels_b) != 1 or labels_a == labels_b or numbers_a and numbers_b and (
            numbers_a != numbers_b):
        return None  # (figures that differ: the difference may be in them, "300 nurses walked off" / "80 joined")
    (x, *_), (y, *_) = xs, ys
    if together(x[0], y[0], False) or one_for(x[0], y[0], frozenset().union(*(h[1] for h in xs + ys))) or moved(
            x[0], y[0], a.toks) or moved(y[0], x[0], b.toks):
        return None
    if a.negated or b.negated or _says(a, ys) or _says(b, xs):
        return None
    said = frozenset(family(w) for h in (x, y) for w in h[2].lower().split())  # (the words that differ)
    if not say_most_alike(a, b, MIN_SHARED, MIN_SHARE, said) or names_apart(a.toks, b.toks):
        return None
    return f'"{x[2]}"', f'"{y[2]}"'


def _in_front(happenings: tuple[Happening, ...], p: Polarity) -> tuple[Happening, ...]:
    """The happenings not told as the time of another ("30 hours after the quake struck", "when the car smashed
    into their patrol car"): the background is no rival of what the sentence tells."""
    lows = [t.low for t in p.toks]
    out = []
    for h in happenings:
        words = h[2].lower().split()
        at = next((k for k in range(len(lows)) if lows[k : k + len(words)] == words), None)
        if at is None or not any(lows[j] in _TIME_CLAUSE and not any(t.is_break for t in p.toks[j:at]) for j in range(
                max(0, at - 5), at)):
            out.append(h)
    return tuple(out)


_TIME_CLAUSE = frozenset("after before when since until while once as".split())


def _first_of_each(happenings: tuple[Happening, ...]) -> tuple[Happening, ...]:
    """The first happening read of each phrase: "was shot dead" is a death (and a shooting, its means); an ailment
    only if nothing else befell ("was taken to hospital after suffering a stroke": taken to hospital)."""
    firsts = tuple({h[2]: h for h in reversed(happenings)}.values())
    return tuple(h for h in firsts if h[0] not in AILMENTS) or firsts


def _says(p: Polarity, happenings: tuple[Happening, ...]) -> bool:
    """Whether ``p`` has the word of one of ``happenings`` ("captured 23 pirates after rescuing a vessel")."""
    heads = {stem(_head(h[2])) for h in happenings}
    return any(t.is_word and stem(t.low) in heads and not (k and p.toks[k - 1].low in _WHEN) for k, t in enumerate(
        p.toks))  # (not a time: "crashed on landing" does not say it landed)


_WHEN = frozenset("on while during before after".split())


def _head(shown: str) -> str:
    """The word of a happening as shown, past its particles: "set fire to" -> "fire", "was arrested" -> "arrested"."""
    words = [w for w in shown.lower().split() if w not in _PARTICLES]
    return words[-1] if words else shown.lower().split()[-1]


_PARTICLES = frozenset("to of in on into from by at".split())
