"""Another doer after "by", or another one something is given to or got from, every other word kept: "The injured were
airlifted to hospital by army helicopters" / "... by a private air ambulance company", "The arrest was carried out by
military counter-intelligence officers at the clerk's home" / "... by federal police officers at the clerk's home",
"questioned by Greek prosecutors in Corfu" / "by Italian prosecutors in Genoa", "the grant went to a private school" /
"to a state school".

The two versions give the same words before "by" (a verb in the passive among them) or before the "to" or "from" of a
giving or a getting (``receivers.given_to``), and after the party; the parties differ. Two parties are two when neither
is a word for people in general ("officials", "authorities", "the company") and they share no word (a word for one
group of people counting as one: "police" / "officers"), or when the words that say whose each is differ (a nation, a
side, "private" / "state"); two offices are two ("the culture secretary" / "the Football Association's chairwoman"),
and two kinds of body, named or not ("by the district council" / "by the Environment Agency", "a union" / "an
authority"; the first words of a name may be in both: "by the Kelmont Bus Drivers' Union" / "by the Kelmont Transport
Authority").
A party named by a name in one version and described without one in the other may be one ("by Microsoft" / "by the
software giant"; but not a volunteer, private or civilian one); a party with more words than the other, all of the
other's among them, is one described more fully; two descriptions that do not say whose they are ("rescue teams" /
"search crews") may be one: none of these is compared."""

from __future__ import annotations

from analyst_tui.core.conflicts.nations import NATION_NAMES, country, related
from analyst_tui.core.conflicts.offices import office_named
from analyst_tui.core.conflicts.persons import PERSON_GROUPS, SIDES, as_sides
from analyst_tui.core.conflicts.polarity_words import FILLER
from analyst_tui.core.conflicts.receivers import given_to
from analyst_tui.core.conflicts.shared_words import same_sense
from analyst_tui.core.conflicts.substitution import TITLES, initials
from analyst_tui.core.conflicts.tokens import Tok, adverb, joined, said_bounds, stem
from analyst_tui.core.textnorm import stem as family
from analyst_tui.core.wordforms import IRREGULAR_PAST

_MOST = 10  # words of a doer
_LEAD = frozenset("the a an".split())
_GENERAL = frozenset(family(w) for w in """official officials authorities authority company firm government state
    ministry department agency organisation organization group people someone he she it they them him her staff
    team""".split())  # (words that may stand for any party the other version names)


def _passive_before(toks: list[Tok], by: int) -> bool:
    """Whether a participle comes shortly before "by" ("was airlifted to hospital by")."""
    return any(t.low.endswith(("ed", "en")) or t.low in IRREGULAR_PAST for t in toks[max(0, by - 9) : by])


def _named(toks: list[Tok]) -> bool:
    """Whether a doer has a name: a word in capitals, not an office ("the Prime Minister")."""
    return any(t.cap for t in toks) and office_named([t.low for t in toks if t.low not in _LEAD]) is None


def _head_words(toks: list[Tok]) -> list[Tok]:
    """A doer's words before whom it works for ("reporters" of "reporters at the Evening Post", "lawyers for ...")."""
    k = next((k for k, t in enumerate(toks) if k and t.low in _WORKS_FOR), len(toks))
    return toks[:k]


_WORKS_FOR = frozenset("at for from".split())


def _groups_apart(x: list[Tok], y: list[Tok]) -> bool:
    """Whether each doer's words are of one group of people or one kind of party the lists know, not the same."""
    gx, gy = ({_group(t) for t in z if t.is_word and t.low not in FILLER} for z in (x, y))
    if len(gx) > 1 or len(gy) > 1:  # the group of the last word, the one the others describe ("the school nurse")
        gx, gy = ({_group(next(t for t in reversed(z) if t.is_word))} if any(t.is_word for t in z) else {None} for z in (
            x, y))
    return len(gx) == 1 and len(gy) == 1 and None not in gx | gy and gx != gy


def _persons_apart(x: list[Tok], y: list[Tok]) -> bool:
    """Whether the last words of two doers are of two groups of people ("doctor" / "police officer")."""
    gx, gy = (next((PERSON_GROUPS.get(stem(t.low)) for t in reversed(z) if t.is_word), None) for z in (x, y))
    return gx is not None and gy is not None and gx != gy


def _group(t: Tok) -> tuple[str, int] | None:
    if t.low in SIDES:
        return "side", SIDES[t.low]
    group = PERSON_GROUPS.get(stem(t.low))
    return None if group is None else ("person", group)


def _who(toks: list[Tok]) -> frozenset[str]:
    """The words of a description that say whose or what kind of body it is ("army", "private", "federal")."""
    return as_sides(frozenset(country(t.low) for t in toks if t.low in _WHO or t.low in SIDES or country(
        t.low) in NATION_NAMES))  # (a side's words as one: "army" / "military")


_WHO = frozenset("""army military navy naval air force police federal state local private volunteer civilian government
    council national regional coastguard fire ambulance hospital university municipal county city commercial
    independent public royal foreign own""".split())


def _words(toks: list[Tok]) -> frozenset[str]:
    out = set()
    for t in toks:
        if t.is_word and len(t.low) > 2 and t.low not in FILLER and t.low != "'s":
            out.add(t.low if t.low in SIDES else same_sense(family(t.low)))
    return as_sides(frozenset(out))


def _aside_cut(toks: list[Tok], p: int) -> list[Tok]:
    """The words without the aside that the first comma after ``p`` opens, when it runs to the end or to who said it
    (", officials said"); else the words as they are."""
    c = next((c for c in range(p + 1, min(len(toks), p + _MOST)) if toks[c].low == ","), None)
    d = next((d for d in range(len(toks) - 1, c, -1) if toks[d].low == ","), None) if c is not None else None
    if c is None or d is not None and d != said_bounds(toks)[1] and not any(
            t.low in _SAID_AFTER for t in toks[d + 1 :]):
        return toks
    return toks[:c] + (toks[d:] if d is not None else [t for t in toks[-1:] if t.is_break])


_SAID_AFTER = frozenset("said says according".split())


def by_doer_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(what ``xs`` says, what ``ys`` says) when the two differ only in the doer after "by", or in the one something is
    given to or got from, else None."""
    n, m = len(xs), len(ys)
    p = 0
    while p < min(n, m) and xs[p].low == ys[p].low:
        p += 1
    while p > 0 and xs[p - 1].low in _LEAD:
        p -= 1  # ("by the village school" / "by the Castle Inn")
    r = next((r for r in range(p - 1, max(0, p - 7), -1) if xs[r].low == "by" or not (xs[r].is_word or xs[
        r].low == "-")), None)
    if r is not None and r < p - 1 and xs[r].low == "by":
        p = r + 1  # (words of both doers before the ones that differ: "by an off-duty doctor" / "by an off-duty police
        # officer")
    q = p
    while q > 0 and xs[q - 1].cap and xs[q - 1].is_word or q > 1 and xs[q - 1].low in _LEAD and xs[q - 2].low == "by":
        q -= 1  # (a name's first words in both: "by the Kelmont Bus Drivers' Union" / "by the Kelmont Transport
        # Authority")
    p = q if q < p and q and xs[q - 1].low == "by" else p
    if p < 3 or not (xs[p - 1].low == "by" and _passive_before(xs, p - 1) or given_to(xs, p) or xs[
            p - 1].low == "of" and xs[p - 2].low in _ORDERS):
        return None  # (also the one something is given to or got from: "the grant went to a private school" / "to a
        # state school")
    s = 0
    while s < min(n, m) - p and xs[n - 1 - s].low == ys[m - 1 - s].low:
        s += 1
    if not (0 < n - s - p <= _MOST and 0 < m - s - p <= _MOST):
        cut = [_aside_cut(z, p) for z in (xs, ys)]  # (each doer told with an aside of its own that runs to the end:
        # "by the Aviators' Guild, which represents Northwind's pilots" / "by Cabin Crew United, the union ...")
        return by_doer_conflict(*cut) if all(len(c) < len(z) for c, z in zip(cut, (xs, ys))) else None
    head = _head(xs, n - s)  # the rest of the noun, which both give ("a private school" / "a state school")
    x, y = xs[p : n - s + head], ys[p : m - s + head]
    if any(t.low in (".", ";") for t in x + y):
        return None
    bx, by = [t for t in x if t.low not in _LEAD], [t for t in y if t.low not in _LEAD]
    if initials(bx, by) or initials(by, bx):
        return None  # ("by the CHP" / "by the California Highway Patrol")
    if _kinds_apart(xs[p : n - s], ys[p : m - s]):
        return _shown(xs, ys, p, n - s, m - s)  # two kinds of body: "by the district council" / "by the Environment
        # Agency"
    named = _named(x)
    wx, wy = _words(x), _words(y)
    ox, oy = _office(bx), _office(by)
    if ox is not None and oy is not None and ox != oy and not wx & wy:
        return _shown(xs, ys, p, n - s, m - s)  # two offices: "by the culture secretary" / "by the Football
        # Association's chairwoman"
    if (ox is None) != (oy is None) and _body_kind(x if ox is None else y) in _NOT_OFFICES and not wx & wy:
        return _shown(xs, ys, p, n - s, m - s)  # an office and a body no office is: "by the transport secretary" /
        # "by the rail regulator", "by the ombudsman" / "by the courts"
    if named != _named(y):
        volunteers = _UNOFFICIAL & {t.low for t in (y if named else x)} or _person_and_body(x, y) or _person_and_body(
            y, x)
        if not (volunteers or _groups_apart(_head_words(x), _head_words(y))) or wx & wy:
            return None  # a name against a description, which may be of the one named ("by Tony Blair" / "by the
            # Prime Minister"); not one a volunteer or private one, "by a volunteer search team" / "by a Border Patrol
            # helicopter crew", nor two groups of people, "the council's own internal auditors" / "reporters at the
            # Yorkshire Evening Post"
        return _shown(xs, ys, p, n - s, m - s)
    if not named and _persons_apart(_described(xs[p : n - s]), _described(ys[p : m - s])):
        return _shown(xs, ys, p, n - s, m - s)  # two groups of people, each as the lists know it, whatever else they
        # share: "an off-duty doctor" / "an off-duty police officer", "a security guard doing his rounds"
    if not wx or not wy or wx <= _GENERAL or wy <= _GENERAL or wx <= wy or wy <= wx or not named and (
            len(wx) < 2 or len(wy) < 2) and not _groups_apart(x, y):
        return None  # (a body in one word may be the other's in another: "by parliament" / "by the legislature"; but
        # "by police" / "by soldiers", two groups the lists know)
    if not named and not _groups_apart(x, y) and not (_who(x) ^ _who(y)):
        return None  # two descriptions that do not say whose they are: "rescue teams" / "search crews" may be one
    rx, ry = (frozenset(stem(t.low) for t in z if t.is_word and len(t.low) > 2 and t.low not in FILLER) for z in (x, y))
    if wx & wy or related(rx, ry) or any(len(u) > 3 and len(v) > 3 and (u.startswith(v) or v.startswith(u)) for u in rx
                                         for v in ry):  # (a word in common, a nation and its capital: "by Egypt" /
        # "by Cairo"; a word that opens the other's: "firefighters" / "fire crews")
        hx, hy = _who(x), _who(y)
        if not (hx - hy and hy - hx):
            return None  # (but "Greek prosecutors" / "Italian prosecutors", "a private school" / "a state school":
            # whose each is, told apart)
    return _shown(xs, ys, p, n - s, m - s)


def _person_and_body(x: list[Tok], y: list[Tok]) -> bool:
    """Whether ``x`` is a person named after a title ("Mayor Dana Whitfield") and ``y`` a body of a kind the lists know
    ("the drivers' union")."""
    words = [t for t in x if t.low not in _LEAD]
    return len(words) > 1 and stem(words[0].low) in TITLES and all(t.cap for t in words) and _body_kind(y) is not None


def _head(xs: list[Tok], ex: int) -> int:
    """How many words after a doer's own (ending at ``ex``) finish its noun ("by federal police officers")."""
    head = 0
    while head < 3 and ex + head < len(xs) - 1 and xs[ex + head].is_word and xs[ex + head].low not in _AFTER_DOER and (
            not adverb(xs[ex + head])):  # (not "shortly after 6am")
        head += 1
    return head


def _shown(xs: list[Tok], ys: list[Tok], p: int, ex: int, ey: int) -> tuple[str, str]:
    """The two doers from their "by" (at ``p - 1``) to the end of their noun (each doer's own words end at ``ex`` and
    ``ey``)."""
    head = _head(xs, ex)
    return joined(xs[p - 1 : ex + head]), joined(ys[p - 1 : ey + head])


def _office(toks: list[Tok]) -> str | None:
    """The office the last words of a doer name ("the culture secretary", "the Football Association's chairwoman")."""
    words = [t.low for t in toks if t.is_word]
    return next((o for k in (3, 2, 1) if len(words) >= k and (o := office_named(words[-k:])) is not None), None)


def _kinds_apart(x: list[Tok], y: list[Tok]) -> bool:
    """Whether the last words of two doers name two kinds of body ("council" / "agency", "club" / "association")."""
    kx, ky = _body_kind(x), _body_kind(y)
    return kx is not None and ky is not None and kx != ky


def _body_kind(z: list[Tok]) -> str | None:
    return next((_KINDS.get(t.low) for t in reversed(z) if t.is_word), None)


def _described(z: list[Tok]) -> list[Tok]:
    """A doer's words before a participle that describes it ("a security guard" of "a security guard doing his
    rounds"; not "a passing taxi driver")."""
    k = next((k for k, t in enumerate(z) if k > 1 and t.low.endswith("ing") and z[k - 1].is_word and z[
        k - 1].low not in _LEAD), len(z))
    return z[:k]


_KINDS = {w: kind for kind, words in (("council", "council councils"), ("court", "court courts tribunal"), (
    "union", "union unions association federation guild"), ("agency", "agency authority commission inspectorate "
    "regulator watchdog ombudsman"), ("club", "club"), ("school", "school academy college university"), ("hospital",
    "hospital clinic"), ("bank", "bank"), ("police", "police constabulary"), ("army", "army military"), (
    "church", "church diocese"), ("parliament", "parliament congress senate assembly legislature"), (
    "charity", "charity trust foundation"), ("coastguard", "coastguard")) for w in words.split()}
_NOT_OFFICES = frozenset("court union agency club school hospital bank church charity coastguard".split())  # (kinds of
# body no office stands for, as a council's leader or a minister may for theirs)
_ORDERS = frozenset("orders order request behest instructions instruction".split())  # "on the orders of", "at the
# request of": the doer
_UNOFFICIAL = frozenset("volunteer volunteers private civilian civilians amateur".split())


_AFTER_DOER = frozenset("""at in on to from for with after before during near as when while who which that and but
    of over into under within since until amid despite against among between without through across along inside
    outside beside behind beyond via than rather or""".split())


__all__ = ["by_doer_conflict"]
