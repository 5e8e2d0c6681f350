"""Casualty statements without a number: "killed the guard", "a guard was killed", "the pilot survived".

``figures`` reads counts ("10 people were killed"); this reads who was killed, hurt, freed or rescued when no
number says how many, so that "the guard was killed" and "the guard was wounded" can be told apart.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import aside_opened
from analyst_tui.core.conflicts.head_nouns import NUMBERISH, head_noun
from analyst_tui.core.conflicts.words import AUX, STOP_NOUN
from analyst_tui.core.conflicts.surroundings import casualty_class, group_of
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.conflicts.words import ACTIVE, CASUALTY, DEGREE, MANNER, SAID_OF_VICTIM


def victims(toks: list[Tok]) -> list[tuple[str, str, str]]:
    """Casualty statements without a number: (class, victim, the victim's word) for "killed the guard",
    "a guard was killed"."""
    out: list[tuple[str, str, str]] = []
    n = len(toks)
    for k, t in enumerate(toks):
        if t.low == "custody" and k > 1 and toks[k - 1].low in ("into", "in"):
            found = _in_custody(toks, k)
            if found:
                out.append(("arrested", group_of(found), found.lower()))
            continue
        if t.low in _BODY:
            found = _body_of(toks, k)
            if found:
                out.append(("dead", group_of(found), found.lower()))  # "The missing guide's body was found": dead
            continue
        if t.low == "recovery" and k >= 3 and toks[k - 3].low in _MADE and toks[k - 1].low in _FULL:
            m = k - 4
            while m >= 0 and toks[m].low in AUX:
                m -= 1  # "The patient has made a full recovery": survived
            if m >= 0 and toks[m].is_word and toks[m].low not in STOP_NOUN:
                m = _before_place(toks, _before_participle(toks, _before_relative(toks, m)))
                out.append(("survived", group_of(toks[m].text), toks[m].low))  # ("the patient harmed by ...")
            continue
        cls = casualty_class(toks, k) if t.low in CASUALTY else None
        if t.low in _SAFE and k and toks[k - 1].low == "found":
            cls = "survived"  # "has been found safe" / "has been found dead"
        if cls is None or cls == "casualties":
            continue
        shot_dead = t.low == "dead" and k > 1 and toks[k - 1].low in MANNER and toks[k - 2].low not in AUX and (
            k + 1 < n and toks[k + 1].low in _OBJECT_OPENS)  # "Police shot dead an armed suspect": the one shot
        if (t.low in ACTIVE or shot_dead) and k + 1 < n:
            m = k + 1
            while m < n and (toks[m].low in ("the", "a", "an", "his", "her", "their", "its", "several") or shot_dead and (
                    toks[m].low.endswith("ed") and m + 1 < n and toks[m + 1].is_word)):
                m += 1  # (and "an armed suspect")
            noun, _ = head_noun(toks, m, 2)
            if noun:
                out.append((cls, group_of(noun), noun.lower()))
                continue
        if out and _said_of_the_same(toks, k):
            out.append((cls, out[-1][1], out[-1][2]))  # "was injured in a fall and later died", "died after being hurt"
            continue
        m = k - 1
        if t.low == "death" and k >= 3 and toks[k - 1].low == "to" and toks[k - 2].low.endswith("ed"):
            m = k - 3  # "was stabbed to death", "were beaten to death": dead
        while m >= 0 and (toks[m].low in AUX or toks[m].low in MANNER or toks[m].low in DEGREE
                          or (toks[m].low == "and" and m > 0 and toks[m - 1].low in MANNER)):
            m -= 1  # "was killed", "was shot dead", "was shot and wounded", "was fatally wounded"
        if m > 0 and toks[m].low.endswith("ed") and toks[m - 1].low in AUX:  # "was pulled alive": the one pulled
            m -= 1
            while m >= 0 and toks[m].low in AUX:
                m -= 1
        if m >= 0 and toks[m].low == ",":  # "The lion that got out of a circus, outside Rome, was shot dead"; "The
            opened = aside_opened(toks, m)  # cabin attendant, a 34-year-old local man, was killed"
            m = opened - 1 if opened is not None and toks[opened + 1].low in ("a", "an") else _before_relative(
                toks, m, commas=True)  # (not past a name's age: "John Jenkin, 23, was arrested" is of one Jenkin)
        if m < 0 or not toks[m].is_word or toks[m].low in STOP_NOUN or toks[m].low in NUMBERISH:
            continue
        if m > 0 and (toks[m - 1].is_number or toks[m - 1].low in NUMBERISH):
            continue  # "10 people were killed": a figure, compared as such
        if (m < k - 1 or t.low in SAID_OF_VICTIM) and not _spared(toks, m):
            m = _before_relative(toks, m)  # "the boy who was swept into the river ... was rescued": the boy
            m = _before_participle(toks, m)  # "a couple trapped in their home by the flames was rescued": the couple
            if cls != "arrested":
                m = _before_place(toks, m)  # "The suspect in the bank robbery was shot dead": the suspect
            word = toks[m].text
            if m >= 2 and toks[m - 1].low == "-" and toks[m - 2].is_word:
                word = toks[m - 2].text + "-" + word  # "the co-pilot died": not the pilot
            out.append((cls, group_of(word), word.lower()))
    return out


def _said_of_the_same(toks: list[Tok], k: int) -> bool:
    """Whether the casualty word at ``k`` is said of the victim just named, with "and" ("and later died") or "after
    being" ("died after being hurt")."""
    lows = [t.low for t in toks[max(0, k - 2) : k]]
    return lows[-1:] == ["and"] or lows == ["and", "later"] or lows == ["and", "then"] or lows[-1:] == ["being"] and (
        lows[0] in ("after", "before"))


def _spared(toks: list[Tok], m: int) -> bool:
    """Whether the subject that ends at ``m`` says no one ("None of the 86 people on board was killed")."""
    while m >= 0 and not toks[m].is_break:
        if toks[m].low in ("none", "neither", "nobody"):
            return True
        m -= 1
    return False


def _before_relative(toks: list[Tok], m: int, commas: bool = False) -> int:
    """The noun a relative clause ending at ``m`` is said of ("boy" in "the boy who was swept into the Danube while
    playing on the riverbank"), else ``m`` (``commas``: the clause may end in an aside, "..., outside Rome,")."""
    for j in range(m - 1, max(0, m - (20 if commas else 14)), -1):
        if toks[j].low in ("who", "which", "that") and toks[j - 1].is_word and toks[j - 1].low not in STOP_NOUN:
            if not any(t.is_break and t.low != "," for t in toks[j:m]):
                return j - 1
            return m
        if toks[j].is_break and toks[j].low != ",":
            return m
    return m


def _before_participle(toks: list[Tok], m: int) -> int:
    """The noun a participle's phrase ending at ``m`` is said of ("couple" in "an elderly couple trapped in their
    home by the flames"), else ``m``."""
    for j in range(m - 1, max(0, m - 10), -1):
        t = toks[j]
        if t.is_break or t.low in ("who", "which", "that", "and", "but"):
            return m
        if t.low.endswith("ed") and toks[j - 1].is_word and toks[j - 1].low not in STOP_NOUN and toks[
                j - 1].low not in AUX and not toks[j - 1].low.endswith(("ed", "ly")) and any(
                x.low in _PREPOSITIONS for x in toks[j + 1 : m]):
            return j - 1
    return m


def _before_place(toks: list[Tok], m: int) -> int:
    """The noun a phrase of place ending at ``m`` is said of ("hikers" in "The three hikers missing in the Brenn Hills",
    "suspect" in "The suspect in the Linden Street bank robbery"), else ``m``."""
    for j in range(m - 1, max(0, m - 8), -1):
        t = toks[j]
        if t.is_break or t.low in _CLAUSE or t.low in AUX or t.low.endswith("ed") and t.low not in _STATES_BEFORE:
            return m  # (another clause: "hanged himself in jail hours before he was arrested")
        if t.low in ("in", "at", "near", "from", "on", "off") and j > 0 and toks[j - 1].is_word:
            k = j - 1
            if toks[k].low in _STATES_BEFORE and k > 0 and toks[k - 1].is_word:
                k -= 1  # "missing in", "trapped in"
            return m if toks[k].low in STOP_NOUN or toks[k].low in AUX else k
    return m


_STATES_BEFORE = frozenset("missing trapped stranded stuck lost".split())
_CLAUSE = frozenset("who which that and but before after when while as because himself herself themselves".split())
_PREPOSITIONS = frozenset("in on at by from of into under near inside".split())
_SAFE = frozenset(("safe", "unharmed"))
_BODY = frozenset(("body", "bodies"))
_OBJECT_OPENS = frozenset("the a an his her their its two three four five six".split())
_MADE = frozenset("made make makes making".split())
_FULL = frozenset("full complete good remarkable".split())
_RECOVERED = frozenset("found recovered discovered retrieved pulled located identified washed".split())


def _body_of(toks: list[Tok], k: int) -> str | None:
    """Whose body was found, recovered or pulled from somewhere: "The missing tour guide's body was found", "The body of
    missing climber Petra Hallin was recovered"."""
    if not any(t.low in _RECOVERED for t in toks[max(0, k - 3) : k + 10]):
        return None
    if k >= 2 and toks[k - 1].low == "'s" and toks[k - 2].is_word:
        return toks[k - 2].text
    if k + 2 < len(toks) and toks[k + 1].low == "of":
        m = k + 2
        while m < len(toks) and toks[m].low in ("the", "a", "an", "his", "her", "their"):
            m += 1
        j = m
        while j < len(toks) and j - m < 5 and toks[j].is_word and toks[j].low not in AUX and toks[j].low not in _AFTER:
            j += 1
        return toks[j - 1].text if j > m else None  # ("of missing climber Petra Hallin": Hallin)
    return None


_AFTER = frozenset("from in at on near off after by was were has had is".split())
_TAKE = frozenset("take takes took taken taking".split())


def _in_custody(toks: list[Tok], k: int) -> str | None:
    """Who was taken into custody at ``k``: "the gunman was taken into custody", "police took the suspect into
    custody"."""
    j = k - 2
    while j >= 0 and not toks[j].is_break and toks[j].low not in _TAKE and k - j < 10:
        j -= 1
    if j < 0 or toks[j].low not in _TAKE:
        return None
    if j + 1 < k - 1:  # "took the suspect (in the shooting) into custody": the noun after "took"
        m = j + 1
        while m < k and toks[m].low in ("the", "a", "an", "his", "her", "their", "its"):
            m += 1
        return head_noun(toks, m, 2)[0]
    m = j - 1  # "the gunman was taken into custody"
    while m >= 0 and toks[m].low in AUX:
        m -= 1
    if m < 0 or not toks[m].is_word or toks[m].low in STOP_NOUN or toks[m].low in NUMBERISH:
        return None
    return toks[m].text


__all__ = ["victims"]
