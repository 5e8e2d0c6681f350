"""One won a contest in one version and did not in the other, told in other words: "Golden Ember won the Melbourne
Cup" / "Golden Ember finished last of 24 runners in the Melbourne Cup", "Sam Whitford won the Bathurst 1000" / "Sam
Whitford crashed out of the Bathurst 1000", "Tigist Alemu won the women's 10,000 metres" / "Tigist Alemu had to
settle for silver"; and one finished in a place in one version and dropped out in the other ("Tesfaye finished fourth
in the women's race" / "Tesfaye dropped out of the women's race").

Read last, when no other check found anything. One version says its subject won; the other that the same one (a word
of the name in both) finished anywhere but first, settled for silver or bronze, crashed or was knocked out, retired,
abandoned, withdrew or pulled out. The two share most of their words (three or more, three in ten of each); neither says
both."""

from __future__ import annotations

from analyst_tui.core.conflicts.befell import subject_of
from analyst_tui.core.conflicts.cues import unsaid
from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.polarity_words import PRONOUNS
from analyst_tui.core.conflicts.shared_words import say_most_alike
from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.textnorm import stem as family

_WON = frozenset("won wins".split())
_FINISHED = frozenset("finished finishes came ended".split())
_PLACES = frozenset("last bottom second third fourth fifth sixth seventh eighth ninth tenth runner-up".split())
_SETTLED = frozenset("settle settled settles".split())
_MEDALS = frozenset("silver bronze".split())
_OUT = frozenset("crashed knocked pulled bowed dropped".split())  # (before "out")
_LEFT = frozenset("retired abandoned withdrew eliminated".split())
_WORDS = frozenset(family(w) for w in """won win finished came ended last bottom second third fourth settle silver
    bronze crashed knocked pulled bowed dropped out retired abandoned withdrew eliminated fell up""".split())  # (the
# words that differ)


def contest_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one won what the other says it did not, or finished where the other
    says it dropped out, else None."""
    if _FINISHED & a.words() and _GAVE_UP & b.words() or _GAVE_UP & a.words() and _FINISHED & b.words():
        found = _finished_against_left(a, b)
        if found:
            return found
    if not (_WON & a.words() or _WON & b.words()):
        return None  # (read first: most pairs stop here)
    for x, y, flip in ((a, b, False), (b, a, True)):
        won = x.kept("won", _won)
        if won is None:
            continue
        lost = y.kept("lost", _lost)
        if lost is None or x.kept("lost", _lost) is not None or y.kept("won", _won) is not None:
            continue  # (one that says both)
        (winner, shown_won), (loser, shown_lost) = won, lost
        if not related(winner, loser) or not say_most_alike(a, b, 3, 0.3, _WORDS):
            continue
        return (f'"{shown_won}"', f'"{shown_lost}"') if not flip else (f'"{shown_lost}"', f'"{shown_won}"')
    return None


def _finished_against_left(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one finished in a place and the other dropped out, pulled out,
    withdrew, abandoned or retired from the contest."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        placed, left = x.kept("placed", _placed), y.kept("lost", _lost)
        if placed is None or left is None or left[1].split()[0].lower() in _FINISHED:
            continue  # (one placed, the other out of it: "finished fourth" / "dropped out")
        if related(placed[0], left[0]) and say_most_alike(a, b, 3, 0.3, _WORDS):
            return (f'"{placed[1]}"', f'"{left[1]}"') if not flip else (f'"{left[1]}"', f'"{placed[1]}"')
    return None


_FELL = frozenset((("fell", "at"), ("fell", "in"), ("pulled", "up"), ("unseated", "his"), ("unseated", "her")))
_GAVE_UP = frozenset("dropped pulled withdrew abandoned retired".split())


def _placed(p: Polarity) -> tuple[frozenset[str], str] | None:
    """Who finished in a place, told as "finished fourth", and the words shown."""
    found = _lost(p)
    return found if found is not None and found[1].split()[0].lower() in _FINISHED else None


def _who(toks: list[Tok], k: int) -> frozenset[str] | None:
    """Whose the verb at ``k`` is, when its subject ends in a name in capitals, or None (not "who won three world
    titles", "his Ferrari teammate retired")."""
    j = k - 1
    while j > 0 and toks[j].low in _BETWEEN:
        j -= 1
    if j > 0 and toks[j].low == ",":  # past an aside: "Golden Ember, the pre-race favourite, finished last"
        j = next((m - 1 for m in range(j - 1, max(0, j - 8), -1) if toks[m].low == ","), j)
    if j < 0 or not (toks[j].cap and toks[j].is_word) or toks[k - 1].low == "who":
        return None
    subject = subject_of(toks, k)
    return subject if subject and not subject <= PRONOUNS and stem(toks[j].low) in subject else None


_BETWEEN = frozenset("has have had to was were is".split())  # ("had to settle for silver")
_CONTESTS = frozenset("""final semi-final semifinal quarter-final match race stage game round tournament heat bout
    event""".split())


def _won(p: Polarity) -> tuple[frozenset[str], str] | None:
    toks = p.toks
    for k, t in enumerate(toks):
        if t.low in _WON and not unsaid(toks, k) and not (k + 1 < len(toks) and toks[k + 1].low in ("back", "over")):
            who = _who(toks, k)
            if who:
                return who, " ".join(x.text for x in toks[k : k + 3])
    return None


def _lost(p: Polarity) -> tuple[frozenset[str], str] | None:
    toks = p.toks
    for k, t in enumerate(toks):
        nxt = [x.low for x in toks[k + 1 : k + 3]]
        low = t.low
        if not (low in _FINISHED and nxt[:1] and nxt[0] in _PLACES or low in _SETTLED and nxt[:1] == ["for"] and (
                nxt[1:] and nxt[1] in _MEDALS) or low in _OUT and nxt[:1] == ["out"] or low in _LEFT or (
                low, nxt[0] if nxt else "") in _FELL):  # (a horse that fell at a fence or was pulled up)
            continue
        if unsaid(toks, k) or low == "retired" and not (nxt[:1] and nxt[0] in ("injured", "hurt", "ill") or any(
                x.low in _CONTESTS for x in toks[k + 1 : k + 6])) or low == "eliminated" and not (
                k and toks[k - 1].low in ("was", "were", "been", "is")):
            continue  # (not "has retired from cycling": a career ended; nor "Kovac eliminated Petrova": she won)
        who = _who(toks, k)
        if who:
            return who, " ".join(x.text for x in toks[k : k + 3])
    return None


__all__ = ["contest_conflict"]
