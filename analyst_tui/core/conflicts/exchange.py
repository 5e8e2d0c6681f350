"""Two parties exchanged, every other word kept: "Canada sent 200 firefighters to help Australia" / "Australia sent
200 firefighters to help Canada", "researchers at Lumen Labs found the flaw in software made by CoreSafe" / the
reverse, "striking teachers were joined by bus drivers" / "striking bus drivers were joined by teachers".

The versions must be the same words in the same order but for the two parties, each a run of at most
``MAX_PARTY`` words, not only figures or times (those are ``figures``' and ``days``'). Parties of a list or of a verb
said of both alike keep their meaning when exchanged ("Italy and Spain", "talks between the union and the company",
"Leeds drew with Hull"): what stands between them must say something of one to the other."""

from __future__ import annotations

from analyst_tui.core.conflicts.persons import PERSONS
from analyst_tui.core.conflicts.tokens import Tok, is_past, joined, stem, unattributed

MAX_SHOWN = 16  # words of a version shown, around the exchanged parties
MAX_PARTY = 8  # words of a party ("the governor of the Bank of England"); longer runs are clauses moved, not parties
_TIMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning
    afternoon evening night week month year weekend january february march april may june july august september
    october november december last next this earlier later""".split())
_SET_OFF = frozenset((",", "the"))  # words one version may give around a name that the other does not
_LISTING = frozenset(", ; / and or nor & plus as well between both either neither the a an".split())
_SEPARATORS = frozenset(", ; / and or nor &".split())  # "France, Germany and Poland": a list
_ALIKE = frozenset(("against", "vs", "v", "versus", "-", "–"))  # "the match against", "Leeds v Hull"
_MUTUAL = frozenset(stem(w) for w in """meet met talk talks play played draw drew tie tied marry married fight fought clash
    clashed negotiate negotiated join joined share shared agree agreed face faced compete competed partner merge merged
    exchange exchanged swap swapped ally allied link linked connect connected border bordered collide collided compare
    compared speak spoke spoken talked chat chatted phone phoned call called""".split())  # said of both parties alike


def exchange_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str, str] | None:
    """The two versions' words around two parties exchanged, if that is all that tells them apart, and the kind:
    "event" when the two are what was done ("postponed rather than cancelled" / "cancelled rather than postponed"),
    else "role"."""
    whole = xs, ys  # (as written: the words left out below are shown)
    if len(xs) != len(ys) or sorted(t.low for t in xs) != sorted(t.low for t in ys):
        left = {t.low for t in xs} ^ {t.low for t in ys} | {t.low for t in xs + ys} & _SET_OFF
        if not left <= _SET_OFF:
            return None
        xs, ys = [t for t in xs if t.low not in left], [t for t in ys if t.low not in left]  # (a name set off by
        # commas in one place only: "criticised Mulcahy for ignoring warnings from the bishop, Sean Rourke." /
        # "criticised the bishop, Sean Rourke, for ignoring warnings from Mulcahy."; a name with "the" in one place
        # only: "The Metropolitan Police led ..., with support from Dunmore officers" / "Dunmore Police led ...")
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
            if _alike(middle, xs[i + lx : j + 1 - ly], i > 0 and a[i - 1] in ("by", "with")) or not (
                    _party(xs[i : i + lx]) and _party(xs[j + 1 - ly : j + 1])):
                return None
            acts = lx == ly == 1 and all(is_past(t.low) and not t.cap for t in (xs[i], xs[j]))
            sx, sy = (_shown(w, _at(w, v[i]), _at(w, v[j]) + 1) for w, v in zip(whole, (xs, ys)))
            return sx, sy, "event" if acts else "role"
    return None


def _alike(middle: list[str], toks: list[Tok], after_by: bool = False) -> bool:
    """Whether the words between the parties list them ("France, Germany and Poland") or say a thing of both alike
    ("collided with", "drew with"; not "directed by X and produced by Y", "cut prices first, with Y following", nor
    after "by" or "with": "the case brought by Georgia against Russia", "sided with the songwriters against Tunely")."""
    listed = all(w in _LISTING or t.cap for w, t in zip(middle, toks))
    return not middle or listed and (middle[0] in _SEPARATORS or middle[-1] in _SEPARATORS or all(
        w in _LISTING for w in middle)) or middle[-1] in _ALIKE and len(middle) <= 2 and not after_by or any(
        stem(w) in _MUTUAL and all(x in _TRAILING or t.cap for x, t in zip(middle[i + 1 :], toks[i + 1 :])) and not (
            i and middle[i - 1] == "to") for i, w in enumerate(middle))  # (not "filed a claim against", "left X to join
    # Y"; "met President Putin": a title)


_TRAILING = frozenset("with to on against a an the and by".split())  # "met with", "drew with"; not "agreed to take over"


def _at(toks: list[Tok], tok: Tok) -> int:
    return next(k for k, t in enumerate(toks) if t is tok)


def _party(toks: list[Tok]) -> bool:
    """Whether the words name a party: a few words, not only figures or times ("last month", "Sunday")."""
    return len(toks) <= MAX_PARTY and any(t.is_word and not t.is_number and len(t.low) > 1 and t.low not in _TIMES
                                          for t in toks)


def _shown(toks: list[Tok], start: int, end: int) -> str:
    if end - start > MAX_SHOWN:
        return joined(toks[start : start + 4]) + " … " + joined(toks[end - 4 : end])
    return joined(toks[start:end])


# --- two named parties in each other's place, the rest said otherwise --------------------------------------------

_SPAN = frozenset(("from", "to"))
_NOT_PLACES = frozenset(", ; / and or nor & with between v vs versus against - – the a an".split())  # a list, a match


def places_exchanged(xs: list[Tok], ys: list[Tok], nx: dict, ny: dict) -> tuple[str, str] | None:
    """Two names that each version gives once, each after the word the other has after it in the other version
    ("Professor Tan has left NUS to join the faculty at NTU" / "Leading researcher Professor Tan has left NTU to join
    the faculty at NUS"; "Tesco's chairman wrote to the chief executive of Sainsbury's" / "Sainsbury's chairman wrote
    to the chief executive of Tesco"); not after a word that lists them or pits them alike ("Leeds drew with Hull"),
    nor with a verb said of both alike between them ("Obama met Putin" / "Putin met Obama"). ``nx``, ``ny``: the names
    of each (``names``)."""
    if len(nx) < 2 or len(ny) < 2:
        return None
    only_x, only_y = {t.low for t in xs} - {t.low for t in ys}, {t.low for t in ys} - {t.low for t in xs}
    if only_x & _ONE_RESULT and only_y & _ONE_RESULT:
        return None  # one result told from each side: "ruled in favour of the tenants ... with the landlord" / "ruled
        # against the landlord ... with the tenants"
    shared = [n for n in nx if n in ny]
    for i, first in enumerate(shared):
        for second in shared[i + 1 :]:
            (px, kx, ax), (qx, lx, bx) = nx[first], nx[second]
            (py, ky, ay), (qy, ly, by) = ny[first], ny[second]
            if px == qx == py == qy and len(first) == len(second) == 1:
                px, qx, py, qy = ax, bx, ay, by  # the same word before all four: the word after ("the student told
                # investigators that the teacher had leaked" / "the teacher told ... that the student had leaked")
            if px == qx or px != qy or qx != py or px in _NOT_PLACES or qx in _NOT_PLACES or {px, qx} == _SPAN and not (
                    _moved(xs, min(kx, lx))):
                continue  # (nor the ends of a span: "felt from Banda Aceh to Bener Meriah"; but "will move 21 rhinos
                # from Lake Nakuru to Tsavo East" goes one way)
            lo, hi = sorted((kx, lx))
            if _mutual_between(xs, lo, hi) or _mutual_between(ys, min(ky, ly), max(ky, ly)):
                continue
            return _around(xs, lo, hi), _around(ys, min(ky, ly), max(ky, ly))
    return None


_ONE_RESULT = frozenset("favour favor against won lost beat defeated win wins lose loses victory defeat".split())
_MOVING = frozenset(stem(w) for w in """move moved moving transfer transferred relocate relocated fly flew flown sail
    sailed ship shipped send sent deport deported extradite extradited airlift airlifted drive drove driven carry
    carried deliver delivered evacuate evacuated travel travelled traveled""".split())


def _moved(toks: list[Tok], k: int) -> bool:
    """Whether a verb of moving something from one place to another stands before ``k``."""
    return any(stem(t.low) in _MOVING for t in toks[max(0, k - 10) : k])


def _mutual_between(toks: list[Tok], lo: int, hi: int) -> bool:
    """Whether a verb said of both parties alike stands between them ("met", "drew with"; not "left X to join Y")."""
    return any(stem(toks[j].low) in _MUTUAL and toks[j - 1].low != "to" for j in range(lo + 1, hi))


def names(toks: list[Tok]) -> dict[tuple[str, ...], tuple[str, int, str]]:
    """Each name given once (a run of words in capitals, not opening the sentence unless a possessive follows; or a
    word for a person by kin or trade, "the teacher"), with the word before it ("" at the start), where it starts
    and the word after it."""
    found: dict[tuple[str, ...], tuple[str, int, str]] = {}
    seen: set[tuple[str, ...]] = set()
    k = 0
    while k < len(toks):
        if toks[k].is_word and not toks[k].cap and stem(toks[k].low) in PERSONS:
            _once(found, seen, (toks[k].low,), toks, k, k + 1)
            k += 1
            continue
        if not (toks[k].is_word and toks[k].cap):
            k += 1
            continue
        end = k
        while end < len(toks) and toks[end].is_word and toks[end].cap:
            end += 1
        name = tuple(t.low for t in toks[k:end])
        if set(name) & _TIMES:  # ("Sunday's attack on Israel": a day, not a party)
            k = end
            continue
        opening = k == 0 or toks[k - 1].is_break
        if not opening or end < len(toks) and toks[end].low == "'s":
            _once(found, seen, name, toks, k, end)
        k = end
    return found


def _once(found: dict, seen: set, name: tuple[str, ...], toks: list[Tok], k: int, end: int) -> None:
    """Keep ``name`` (at ``k:end``) with the words around it, unless it is given twice."""
    if name in seen:
        found.pop(name, None)
        return
    seen.add(name)
    found[name] = (toks[k - 1].low if k else "", k, toks[end].low if end < len(toks) else "")


def _around(toks: list[Tok], lo: int, hi: int) -> str:
    return _shown(toks, max(0, lo - 2), min(len(toks), hi + 3))


def exchanged_unsaid(xs: list[Tok], ys: list[Tok]) -> tuple[str, str, str] | None:
    """``exchange_conflict`` of two versions read without who said it, which each gives in another place ("...,
    investigators said." / "Investigators said ...")."""
    ux, uy = unattributed(xs), unattributed(ys)
    return exchange_conflict(ux, uy) if ux is not xs or uy is not ys else None


__all__ = ["exchange_conflict", "exchanged_unsaid", "names", "places_exchanged"]
