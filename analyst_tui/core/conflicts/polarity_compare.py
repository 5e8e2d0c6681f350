"""Two versions' polarity compared (read by ``polarity.analyse``): one denies what the other states, negates a head the
other states of the same subject, says was not denied what the other denies, confirms where the other denies, states
the opposite outcome, or leaves out a "not" the other has."""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import clause_end, phrase, unsaid
from analyst_tui.core.conflicts.inclusion import inclusion_conflict, inclusions
from analyst_tui.core.conflicts.inserted import not_inserted
from analyst_tui.core.conflicts.negated import extra_negation, negated_vs_stated, stated
from analyst_tui.core.conflicts.outcomes import opposite_outcome, other_side_said
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.nations import country
from analyst_tui.core.conflicts.polarity_words import (AFFIRM, DENY, FILLER, GERUND_NEGATORS, IMPLICIT, NEGATORS,
                                                      PREFIXED, STOPPED)
from analyst_tui.core.conflicts.shared_words import periods_apart, same_sense
from analyst_tui.core.conflicts.numbers import stated_numbers
from analyst_tui.core.conflicts.tokens import is_past, said_bounds, stem, tokenize
from analyst_tui.core.textnorm import stem as family


def _negate_alike(a: Polarity, b: Polarity) -> bool:
    """Whether both versions negate something and may negate one thing: not when each negates only heads the other
    states freely."""
    if not (a.negated and b.negated) or a.denied or b.denied:
        return True
    if _rules_out(a) and any(c.head == _RULE for c in b.negated) or _rules_out(b) and any(
            c.head == _RULE for c in a.negated):
        return False  # "has ruled out sending troops" / "has not ruled out sending troops"
    if _qualified_only(a, b) or _qualified_only(b, a):
        return False  # "approved the deal without conditions" / "did not approve the deal"
    xs, ys = _heads(a, b), _heads(b, a)
    if _negates_other(a, b, xs, ys) or _negates_other(b, a, ys, xs):
        return False  # "there was no damage to the reactor" / "confirmed damage to the reactor but no risk to the
        # public"
    return bool(xs and ys) and any(x.head == y.head or x.head not in b.free or y.head not in a.free for x in xs
                                   for y in ys)


_THERE = frozenset(("there",))


def _negates_other(a: Polarity, b: Polarity, xs: list, ys: list) -> bool:
    """Whether ``b`` states each head ``a`` negates, and negates only what ``a`` does not name at all (neither the
    head nor what it is of or about: not "no casualties confirmed" / "none could be confirmed")."""
    words = {stem(w) for w in a.words()}
    return bool(xs and ys) and all(x.head in b.free for x in xs) and all(
        y.head not in words and y.head not in a.free and not (y.obj | y.subject - _THERE) & words and b.toks[
            y.at].low not in PREFIXED
        for y in ys)  # (a word negated by its prefix may say in other words what ``a`` negates: "unharmed")


def _heads(p: Polarity, other: Polarity) -> list:
    """The negated cues of ``p`` but a word negated by its prefix whose cue goes on to the verb after it ("unable"
    in "leaving investors unable to withdraw their money": the verb's cue says what is negated), and one that
    describes a thing the other version names without it ("the unpaid fee" / "the fee")."""
    ats, heads, toks = {c.at for c in p.negated}, {c.head for c in other.negated}, p.toks
    cues = [c for c in p.negated if not (c.at + 2 in ats and toks[c.at + 1].low == "to")] or list(p.negated)
    return [c for c in cues if not (0 < c.at < len(toks) - 1 and toks[c.at - 1].low in _THE and toks[
        c.at + 1].is_word and not toks[c.at].low.startswith(c.head[:3]) and c.head not in heads and c.head not in (
        other.free))]


_THE = frozenset("the a an its their his her".split())


def _qualified_only(a: Polarity, b: Polarity) -> bool:
    """Whether ``a`` negates only things done "without" (or "with no": "given a free vote, with no party whipping its
    members") that ``b`` does not name, and states freely what ``b`` negates."""
    return all((c.phrase.split()[:1] == ["without"] or _with_no(a, c.at)) and c.head not in b.free
               for c in a.negated) and any(c.head in a.free for c in b.negated)


def _with_no(p: Polarity, at: int) -> bool:
    """Whether the negated word at ``at`` follows "with no" ("with no party whipping its members")."""
    j = at
    while j > 0 and at - j < 4 and p.toks[j].low != "no":
        j -= 1
    return j > 0 and p.toks[j].low == "no" and p.toks[j - 1].low == "with"


_RULE = stem("ruled")


def _rules_out(p: Polarity) -> bool:
    """Whether the version rules something out ("ruled out sending troops")."""
    return any(c.phrase.split()[1:2] == ["out"] and stem(c.phrase.split()[0]) == _RULE for c in p.negated)


_STANCE_HEADS = {"denied": stem("denied"), "confirmed": stem("confirmed")}


def _unsaid_stance(x: Polarity, y: Polarity) -> tuple[str, str] | None:
    """What ``x`` says was not denied (or confirmed), by the one who denied (or confirmed) it in ``y``."""
    if y.stance is None or x.stance is not None:
        return None
    head = _STANCE_HEADS[y.stance.head]
    words = DENY if y.stance.head == "denied" else AFFIRM
    for cue in x.negated:
        if cue.head == head and cue.subject & y.stance.subject:
            shown = y.stance.phrase
            k = next((k for k, t in enumerate(y.toks) if t.low in words and not unsaid(y.toks, k)), None)
            if k is not None and shown in ("denied", "confirmed"):
                shown = phrase(y.toks, max(0, k - 1), clause_end(y.toks, k, 5))
            return f'"{cue.phrase}"', shown if shown.startswith('"') else f'"{shown}"'
    return None


def _denied_vs_stated(neg: Polarity, pos: Polarity) -> tuple[str, str] | None:
    """A clause one version denies ("denied the report that Trump plans to send troops") that the other
    states: at least three quarters of its content words, and two or more, outside any negation."""
    assert neg.denied is not None
    stems, denied = neg.denied
    said = pos.words()
    if any(w in PREFIXED and PREFIXED[w] in said for w in denied.lower().split()):
        return None  # denying the negation states it: "denied that the plant was unsafe" / "said the plant was safe"
    if other_side_said(denied, pos):
        return None  # denying one side states the other: "denied that the plant would close" / "will remain open"
    if stated_numbers(tokenize(denied)) - stated_numbers(pos.toks):
        return None  # a figure denied, not the act: "denied reports that it would cut 500 jobs" / "would cut 300 jobs"
    free: dict[str, list[int]] = {}
    for word, where_said in pos.families().items():
        free.setdefault(same_sense(word), []).extend(where_said)  # ("in talks to buy" / "in negotiations to acquire")
    stems = {same_sense(s) for s in stems} - _framing(denied)
    covered = [s for s in stems if s in free]
    predicate = _predicate(denied)
    enough = len(covered) >= max(2, -(-3 * len(stems) // 4)) or len(covered) >= max(3, -(-len(stems) // 2)) and not (
        _ACCUSED & said)
    if not enough or predicate in stems and predicate not in covered:
        core = _core(denied)
        if not (len(core) == 2 and all(s in free for s in core) and (
                0 < abs(min(free[core[1]]) - min(free[core[0]])) < 6)):
            return None
        covered = core  # ("denied that it had paid any ransom to the attackers who encrypted its servers" / "paid the
        # hackers a ransom", "a ransom was paid")
    where = sorted(k for s in covered for k in free[s])
    first = next((k for k in where if stated(pos.toks, k)), None)
    if first is None:
        return None
    last = max(k for k in where if k < first + 10)  # ("involved in the attack": "the attack" is not asserted alone)
    return f'"{denied}"', f'"{phrase(pos.toks, first, last + 1)}"'


def _predicate(denied: str) -> str | None:
    """What a denied clause says of its subject, by sense: the word after its first "was", "had", "would" ... (past
    "the", "a", and a light verb: "was the result of a cyberattack": result; "had reached a settlement": settlement),
    else its first verb in the past ("a burst tyre sent the minibus")."""
    words = denied.lower().split()
    k = next((k + 1 for k, w in enumerate(words) if w in _AUXILIARIES), None)
    if k is None:
        k = next((k for k, w in enumerate(words[1:], 1) if is_past(w)), None)
    while k is not None and k < len(words) and (words[k] in _AUXILIARIES or words[k] in _LIGHT_HERE or words[k] in (
            "the", "a", "an", "not", "to") or k + 1 < len(words) and _frames(words[k], words[k + 1])):
        k += 1
    if k is not None and 1 < k < len(words) and words[k - 1] in ("a", "an") and _frames(words[k - 2], words[k - 1]):
        while k + 1 < len(words) and words[k + 1] not in _AFTER_A_THING:
            k += 1  # a plan's thing, its last word: "planned a legal challenge to the levy": challenge
    return same_sense(family(words[k])) if k is not None and k < len(words) else None


_AFTER_A_THING = frozenset("to of against over in on for with by at from and that which".split())


_AUXILIARIES = frozenset("was were is are had has have been be would will could did".split())
# What frames a denied act as a prospect ("dismissed reports that it was preparing to devalue the peso" / "will devalue
# the peso"): not part of what is denied.
_FRAMING = frozenset(family(w) for w in "preparing planning planned plans agreed set about going intended".split())
_LIGHT_HERE = frozenset("reached made took".split())
# A denial of what one is charged with is a plea ("A man has denied arson following a fire" / "charged with arson over
# the fire"): half of the denied clause is enough only against a version that accuses no one.
_ACCUSED = frozenset("charged charges accused suspicion suspected indicted".split())


def _framing(denied: str) -> set[str]:
    """The words of a denied clause that frame what follows their "to" as a prospect (or a plan what follows its "a":
    "dismissed reports that it planned a court challenge" / "will challenge the law in court")."""
    words = denied.lower().split()
    return {family(w) for w, nxt in zip(words, words[1:]) if _frames(w, nxt)}


def _frames(word: str, after: str) -> bool:
    f = family(word)
    return f in _FRAMING and (after == "to" or after in ("a", "an") and f in _PLANS)


_PLANS = frozenset(family(w) for w in "preparing planning planned plans intended".split())


def _core(denied: str) -> list[str]:
    """A denied clause's first word, a verb, and "any" thing it acts on, by sense ("denied that it had paid any ransom
    to the attackers": pay, ransom); else []. Any such act the other version states is denied, whatever the rest of
    the clause says (not so "denied that it had enriched uranium to weapons grade": that much only)."""
    words = [w for w in denied.lower().split()[1:] if len(w) > 2 and w.isalpha() and w not in FILLER or w == "any"]
    if len(words) < 3 or words[1] != "any" or not (is_past(words[0]) or words[0].endswith("ing") and len(words[0]) > 5):
        return []
    return [same_sense(family(country(w))) for w in (words[0], words[2])]


def _not_until(p: Polarity) -> bool:
    """Whether the version says "not ... until" ("had not been informed of the breach until it was made public"): not
    a negation, nor a plain statement of what another version denies ("denied that she had been told about the breach
    before it became public")."""
    lows = [t.low for t in p.toks]
    return "until" in lows and any(w in ("not", "n't", "never") for w in lows[: lows.index("until")])


def polarity_conflict(a: Polarity, b: Polarity) -> tuple[str, ...] | None:
    """(what a says, what b says) when they differ in polarity, else None; with the concept as a third item when
    they state opposite outcomes (``outcomes.opposite_outcome``)."""
    found = _polarity_conflict(a, b)
    if found and periods_apart(a, b):
        return None  # ("did not score in the first half" / "scored twice in the second half": two periods)
    if found and len(found) == 2 and (_freed_uncharged(a, b) or _freed_uncharged(b, a)):
        return (*found, "charge")  # two things that happened to one held, not one stated and negated
    if found and len(found) == 2 and _ruled_both_ways(_what_is_said(a), _what_is_said(b)):
        return (*found, "verdict")  # a ruling either way ("declared the strike illegal" / "ruled it lawful")
    return found


def _what_is_said(p: Polarity) -> frozenset[str]:
    """The words of what the version says, without who said it ("..., according to court documents")."""
    lo, hi, _ = said_bounds(p.toks)
    return frozenset(t.low for t in p.toks[lo:hi])


def _ruled_both_ways(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether one version says a thing was ruled lawful and the other unlawful, neither both (not "The strike was
    legal" / "was illegal": no ruling)."""
    return bool((x | y) & _RULINGS) and bool(x & _UNLAWFUL and y & _LAWFUL and not x & _LAWFUL and not (
        y & _UNLAWFUL) or y & _UNLAWFUL and x & _LAWFUL and not y & _LAWFUL and not x & _UNLAWFUL)


_LAWFUL = frozenset("legal lawful legally lawfully".split())
_RULINGS = frozenset("""ruled rules ruling declared declares court tribunal judge jury jurors inquest upheld concluded
    conclusion found""".split())
_UNLAWFUL = frozenset("illegal unlawful illegally unlawfully".split())


def _freed_uncharged(a: Polarity, b: Polarity) -> bool:
    """Whether ``a`` says one was released "without charge" and ``b`` that they were charged ("Police released the
    driver without charge" / "The driver was charged with reckless homicide")."""
    lows = [t.low for t in a.toks]
    return any(w == "without" and lows[j + 1 : j + 2] == ["charge"] for j, w in enumerate(lows)) and not (
        _RELEASED.isdisjoint(lows)) and any(t.low == "charged" and not unsaid(b.toks, k) for k, t in enumerate(
            b.toks))


_RELEASED = frozenset("released releases freed frees".split())
_NEGATING = NEGATORS | DENY | IMPLICIT | STOPPED


def _negates_beyond(y: Polarity, x: Polarity) -> bool:
    """Whether ``y`` negates anything but a word with a negating prefix that ``x`` says too ("found evidence that the
    party received illegal funding" / "found no evidence that the party received illegal funding")."""
    if not y.negates:
        return False
    words = y.words()
    return bool(words & _NEGATING) or any((t.low, u.low) in GERUND_NEGATORS for t, u in zip(
        y.toks, y.toks[1:])) or not {w for w in words if w in PREFIXED} <= x.words()


def _polarity_conflict(a: Polarity, b: Polarity) -> tuple[str, ...] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if x.denied and not _negates_beyond(y, x) and not (y.stance and y.stance.head == "denied") and not (
                _not_until(y)):
            found = _denied_vs_stated(x, y)
            if found:
                return (found[1], found[0]) if flip else found
    # Only against a version that negates nothing else: two versions that negate one thing usually say the same
    # thing in other words ("no casualties confirmed" / "none could be confirmed"); not "the ceasefire did not
    # hold, with exchanges of fire" / "the ceasefire held, with no exchanges of fire".
    if a.negated and not (b.negates and _negate_alike(a, b)):
        found = negated_vs_stated(a, b)
        if found:
            return found
    if b.negated and not (a.negates and _negate_alike(a, b)):
        found = negated_vs_stated(b, a)
        if found:
            return found[1], found[0]
    found = a.negated and b.negated and extra_negation(a, b)
    if found:
        return found
    for x, y, flip in ((a, b, False), (b, a, True)):  # "neither confirmed nor denied" / "denied": not a denial
        said = _unsaid_stance(x, y)
        if said:
            return (said[1], said[0]) if flip else said
    if a.stance and b.stance and a.stance.head != b.stance.head and a.stance.subject & b.stance.subject:
        # one confirms, the other denies; unless one of them confirms or denies a negation, which says what the
        # other says ("confirmed that troops would not be sent" / "denied that troops would be sent")
        if a.stance.negated_after == b.stance.negated_after:
            return a.stance.phrase, b.stance.phrase
    found = opposite_outcome(a, b)
    if found is None and (a.negates or b.negates) and _INCLUSION_WORDS & a.words() and _INCLUSION_WORDS & b.words():
        found = inclusion_conflict(inclusions(a.toks, a.in_scope), inclusions(b.toks, b.in_scope))
    if found is None and a.negates != b.negates:
        found = not_inserted(a.toks, b.toks)  # "was not the one that attacked" / "was the one that attacked"
    return found


_INCLUSION_WORDS = frozenset("part in include includes included involve involves involved contain contains "
                             "contained cover covers covered".split())
