"""Whether two subjects may name one party or name two: a nation and its capital, initials and the words they stand
for, an office and another of its name ("the president" / "the vice president"), a party and its kin or department
("the suspect" / "the suspect's brother"), two roles ("the club's owner" / "the club's manager"), two nations."""

from __future__ import annotations

from analyst_tui.core.conflicts.nations import CAPITALS, NATION_STEMS, related
from analyst_tui.core.conflicts.tokens import Tok, stem

# Words that name another party beside one named alike ("the suspect's brother" / "the suspect", "the hospital's
# emergency department" / "the hospital"): stems
_ANOTHER_PARTY = frozenset("""brother sister son daughter wife husband father mother parent famili depart ward
    predecessor successor owner""".split())  # ("the club" / "the club's owners")
# (not a speaker, "A spokesperson said the singer was not taken to hospital", nor a lawyer, who speaks for one)
_OFFICE_OF_ANOTHER = frozenset("vice deputi former assist shadow interim".split())  # (stems)


def same_party(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two subjects may name one party (``nations.related``): not an office and another of its name, nor a
    party and its kin or department ("the suspect" / "the suspect's brother")."""
    return (related(x, y) or _initials(x, y) or _initials(y, x)) and not another_office(x, y) and not (
        x ^ y) & _ANOTHER_PARTY and not two_roles(x, y) and not nations_apart(x, y)


def nations_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether each names a nation and none the same ("European regulators" / "US regulators")."""
    nx, ny = ({_NATION_OF[w] for w in z if w in _NATION_OF} for z in (x, y))
    return bool(nx and ny and not nx & ny)


_NATION_OF = NATION_STEMS | {v: v for v in NATION_STEMS.values()} | {"european": "eu", "eu": "eu"} | {
    stem(city): stem(land.split()[0]) for city, land in CAPITALS.items()} | {stem("brussels"): "eu"}  # ("Caracas had
# yet to release"; "Brussels blocked the merger": the EU's Commission)


def _initials(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether ``x`` is one word of three letters or more made of the first letters of the words of ``y`` ("CAS" / "the
    Court of Arbitration for Sport", "ECB" / "the European Central Bank"; stems, so in any order)."""
    if len(x) != 1 or len(y) < 3:
        return False
    (word,) = x
    if not (word.isalpha() and len(word) <= len(y) <= len(word) + 1):
        return False  # (one more word may be its nation's: "Australia's Therapeutic Goods Administration" / "the TGA")
    firsts = sorted(w[0] for w in y)
    return sorted(word) == firsts or any(sorted(word) == firsts[:k] + firsts[k + 1 :] for k in range(len(firsts))) and (
        len(y) > len(word) and y & _NATION_OF.keys())


def two_roles(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two sets of stems name two parties by their roles ("the club's owner" / "the club's manager", "pilots"
    / "cabin crew")."""
    return bool((x - y) & _ROLES and (y - x) & _ROLES)


# Parties by their roles, two of which are two parties (stems; not a speaker or a lawyer, who speak for one)
_ROLES = frozenset("""owner manag chairman chairwoman coach director founder captain pilot crew player staff nurs doctor
    teacher presid execut minist chancellor secretari governor mayor ambassador prosecutor""".split())


def offices_named_apart(a: list[Tok], b: list[Tok]) -> bool:
    """Whether one version names an office with a word that makes it another ("the vice president") and the other the
    office without it ("the president")."""
    x, y = _offices(a), _offices(b)
    return any(x[w] != y[w] for w in x.keys() & y.keys())


def _offices(toks: list[Tok]) -> dict[str, str]:
    """Each word, with the word before it that makes it another office ("vice", "deputy", "former"), or ""."""
    out: dict[str, str] = {}
    for k in range(1, len(toks)):
        before = stem(toks[k - 1].low)
        if before in _OFFICE_OF_ANOTHER:
            out[toks[k].low] = before
        else:
            out.setdefault(toks[k].low, "")
    return out


def another_office(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether one subject names an office and the other another of its name ("the president" / "the vice
    president", "the minister" / "the deputy minister", "the coach" / "the former coach")."""
    return bool((x ^ y) & _OFFICE_OF_ANOTHER) and related(x - _OFFICE_OF_ANOTHER, y - _OFFICE_OF_ANOTHER)


__all__ = ["another_office", "nations_apart", "offices_named_apart", "same_party", "two_roles"]
