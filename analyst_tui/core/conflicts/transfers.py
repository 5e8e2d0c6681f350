"""Who a thing went from and to, the other way round in two versions told in other words: "Corvid Partners sold its
stake in Ferro Auto to Eastlake Bank" / "Eastlake Bank sold its stake in Ferro Auto to Corvid Partners", "Moravia
extradited Ivo Brandt to Kestria" / "Kestria handed Ivo Brandt over to Moravian authorities", "Pradia agreed to lend
Kalinor $500 million" / "Kalinor agreed to lend $500 million to neighbouring Pradia", "Aldor FC sold Joel Mbeki to
Fenwick United" / "Joel Mbeki completed a move from Fenwick United to Aldor FC".

Read last, when no other check found anything (``told_anew``). A version tells a transfer in one of these shapes (G the
one it went from, R the one it went to, both named): "G sold (lent, donated, handed, traded, sent, paid, provided ...) X
to R", "G lent (gave, provided, paid) R X", "R bought (signed, hired, poached, imported, borrowed, received, snapped up,
completed the signing of ...) X from G", "R hired (poached, signed ...) G's chief engineer" (or "a senior G engineer"),
"R took over G's routes" (or "the routes of G"), "X moved from G to R", "X joined R from G", "X left G to join R" (or
"for R"; "a G engineer left the firm to join R"), "X was extradited from G to R", "X was sold by G to R", "X was bought
by R from G". Its giver is the name just before the verb in its clause (past "has", "agreed to", "the government of": a
few little words, or an aside), never in the passive but after "by". A sale and a purchase of one thing agree ("sold ...
to R" / "R bought ... from G"); two versions differ when each one's giver is the other's receiver and neither shares its
giver or its receiver with the other. A country and its adjective are one party ("Moravia" / "Moravian").
"""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import aside_opened
from analyst_tui.core.conflicts.days import WORDS as DAYS
from analyst_tui.core.conflicts.nations import IN_MANY_NAMES, NATIONS, related
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.shared_words import say_most_alike
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined

MIN_SHARED = 3  # content words both versions give
MIN_SHARE = 0.3  # of each version's (the parties are the same, the rest told otherwise)

_GIVE = frozenset("""sold sells sell selling lent lend lends lending loaned loan loans donated donate donates gave give
    gives given handed hand hands extradited extradite extradites deported traded trade trades sent send sends
    transferred transfer transfers paid pay pays supplied supply supplies provided provide provides granted grant
    returned return returns shipped exported export exports leased passed extended extends offloaded offload
    offloads divested divest divests lease leases leasing owed owes owe""".split())  # fmt: skip (a debt: "owed £40m to
# Redfern Holdings" / "was owed £40m by Redfern Holdings")
_TWO_OBJECTS = frozenset("""lent lend lends loaned gave give gives handed paid pay pays provided provide provides
    owed owes owe""".split())
_GET = frozenset("""bought buy buys buying purchased acquired acquire borrowed borrow borrows received receive
    receives signed sign signs hired hire hires poached recruited obtained inherited lured imports imported
    import""".split())  # fmt: skip
_HIRED = frozenset("signed hired poached recruited lured".split())  # (of one who worked for another: whose)
_TAKE = frozenset("take takes took taken taking".split())  # ("take over": a thing of the other's)
_MOVE = frozenset("moved move moves switched switch transfer transferred defected defects".split())  # ("a move from G
# to R", "defected from G to R")
_JOIN = frozenset("joined join joins".split())  # ("joined R from G")
_LEAVE = frozenset("left leave leaves leaving quit quits quitting".split())  # ("left G to join R")
# Words that may stand between a giver and its verb, or before a party: "Pradia has agreed to lend", "the
# cash-strapped Varnian government", "its neighbour Tessaly".
_BETWEEN = frozenset("""has have had will would could may might must shall should can also agreed agrees plans plan
    planned to is set 's government authorities council club board team side police officials army navy military
    forces coastguard""".split())  # fmt: skip
_BEFORE = frozenset("""the a an its his her their neighbouring neighboring neighbour neighbor rival rivals fellow former
    struggling troubled cash strapped - state of government authorities council club side""".split())  # fmt: skip
_NOT_NAMES = frozenset("the a an it he she they his her their its gbp usd eur".split())
# Verbs after "to" ("sent 200 firefighters to help Australia"): the party after them is no receiver of the thing.
_NOT_BEFORE = frozenset("""help become take join make fund cover settle build rebuild support buy pay end avoid stop
    keep meet see""".split())  # fmt: skip
_Party = frozenset[str]
Transfer = tuple[_Party, _Party, str]  # (the one it went from, the one it went to, the words shown)


def _name(t: Tok) -> bool:
    return t.is_word and (t.cap or t.low in NATIONS) and t.low not in _NOT_NAMES and t.low not in DAYS


def _name_at(toks: list[Tok], k: int) -> bool:
    """Whether ``k`` is a name's word, or the hyphen or ampersand inside one ("Valu-Fresh", "Dorrance & Pike")."""
    if toks[k].low in ("-", "&"):
        return 0 < k < len(toks) - 1 and toks[k - 1].cap and toks[k + 1].cap
    return _name(toks[k]) or _numbered(toks, k)


def _numbered(toks: list[Tok], k: int) -> bool:
    """Whether ``k`` is the number that ends a name ("Channel 7")."""
    return 0 < k and toks[k].is_number and toks[k - 1].cap and toks[k - 1].is_word and (
        k + 1 == len(toks) or not toks[k + 1].is_word or toks[k + 1].low not in _UNITS_AFTER)


_UNITS_AFTER = frozenset("percent per million billion".split())


def _party_at(toks: list[Tok], k: int) -> tuple[int, _Party] | None:
    """(where it ends, its words) of the name at ``k``, past a few little words before it."""
    n = len(toks)
    skipped = plain = 0
    while k < n and (toks[k].low in _BEFORE or toks[k].is_word and not toks[k].cap and (
            skipped or toks[k].low not in _NOT_BEFORE) and toks[k].low not in NATIONS) and not (
            toks[k].cap and k + 1 < n and not _name(toks[k + 1])):  # (a verb only just after "to": "to investment
        # fund Helios Capital")
        plain += toks[k].low not in _BEFORE  # ("to investment firm Corvid Partners")
        k, skipped = k + 1, skipped + 1
        if skipped > 4 or plain > 3:
            return None
    if skipped and k + 1 < n and toks[k].low == "," and _name(toks[k + 1]):
        k += 1  # "to its parent company, Redfern Holdings": Redfern Holdings
    described = _described(toks, k)
    if described:  # "to the Japanese operator Kyushu Ferry": Kyushu Ferry
        return _party_at(toks, described)
    if k + 3 < n and toks[k + 1].low == "-" and toks[k + 2].low == "based" and toks[k + 3].cap:
        return _party_at(toks, k + 3)  # "to Kenya-based Rift Air": Rift Air
    j = k
    while j < n and (_name_at(toks, j) if j > k else _name(toks[j])):
        j += 1
    if j == k:
        return None
    if j + 1 < n and toks[j].low == "'s" and _name(toks[j + 1]):  # "to China's COSCO": COSCO
        return _party_at(toks, j + 1)
    return j, frozenset(NATIONS.get(t.low, t.low) for t in toks[k:j] if t.low not in _BEFORE)


def _described(toks: list[Tok], k: int) -> int:
    """Where the name starts after a country's adjective and a word or two that describe it ("Japanese operator Kyushu
    Ferry", "German car maker Brandt"), else 0."""
    if not (k + 2 < len(toks) and toks[k].low in NATIONS and NATIONS[toks[k].low] != toks[k].low):
        return 0
    for j in (k + 2, k + 3):
        if j < len(toks) and all(t.is_word and not t.cap and t.low not in _LINKS for t in toks[k + 1 : j]) and _name(
                toks[j]) and toks[j].low not in NATIONS:
            return j
    return 0


_LINKS = frozenset("in of at on for to from by with and or as".split())  # (not words describing a name)


def _giver_before(toks: list[Tok], v: int) -> _Party | None:
    """The name just before the verb at ``v`` in its clause, past a few little words; None in the passive."""
    found = _named_before(toks, v)
    return found[1] if found else None


def _named_before(toks: list[Tok], v: int) -> tuple[int, _Party] | None:
    """(where it starts, its words) of ``_giver_before``'s name."""
    j = v - 1
    if j > 1 and toks[j].low == "-" and toks[j - 1].is_word and not toks[j - 1].cap:
        j -= 2  # ("will wet-lease")
    while j >= 0 and not toks[j].cap and toks[j].low in _BETWEEN:
        if toks[j].low in BE and toks[j].low != "is":
            return None
        j -= 1
    m = j
    while m > 0 and m > j - 3 and toks[m].is_word and not toks[m].cap and toks[m].low not in _BETWEEN:
        m -= 1  # "New Zealand's health service hired": New Zealand's
    if m < j and toks[m].low == "'s" and m > 0 and _name(toks[m - 1]):
        j = m - 1
    if j >= 0 and toks[j].low in BE:
        return None
    if j > 0 and toks[j].low == ",":  # past an aside: "Vastgoed Noord, the developer at the centre of ..., had lent"
        opened = aside_opened(toks, j)
        if not opened or toks[opened + 1].low not in ("the", "a", "an"):
            return None
        j = opened - 1
    end = j + 1
    while j >= 0 and (_name_at(toks, j) if j < end - 1 else _name(toks[j]) or _numbered(toks, j)):
        j -= 1
    if end - j <= 1:
        return None
    words = frozenset(NATIONS.get(t.low, t.low) for t in toks[j + 1 : end] if t.low not in _BEFORE)
    return (j + 1, words) if words else None


def _after(toks: list[Tok], start: int, word: str) -> tuple[int, _Party] | None:
    """The party just after ``word``, the first within fourteen words of ``start`` in the clause, past an aside ("signed
    'Vex', the star sniper, from Team Aurora")."""
    j, end = start, min(len(toks), start + 14)
    while j < end:
        if toks[j].low == "," and j + 1 < len(toks) and toks[j + 1].low in ("the", "a", "an", "with"):
            close = next((c for c in range(j + 2, min(len(toks), j + 7)) if toks[c].is_break), None)
            if close is not None and toks[close].low == ",":
                j, end = close + 1, min(len(toks), end + close + 1 - j)
                continue
        if toks[j].is_break or toks[j].low in CLAUSE_WORDS:
            return None
        if toks[j].low == word and not (word == "to" and j and toks[j - 1].low in _RIGHTS):
            return _party_at(toks, j + 1)
        j += 1
    return None


_RIGHTS = frozenset("right rights access key keys".split())  # ("sold the rights to the series 'Ember' to Kestrel")


def transfers(toks: list[Tok]) -> list[Transfer]:
    """Every transfer the version tells, in the shapes above."""
    out: list[Transfer] = []
    for v, t in enumerate(toks):
        low = t.low
        giver = receiver = None
        end = v + 1  # (where the words shown end)
        moved = (low in _MOVE or low in _GIVE and v and toks[v - 1].low in BE) and _from_to(toks, v)
        if moved:  # "moved from G to R", the passive "was extradited from G to R"
            giver, receiver = moved
        elif (passive := _passive_transfer(toks, v)) is not None:  # "was sold by G to R", "was bought by R from G"
            giver, receiver, end = passive
        elif low in _GIVE or low == "turned" and v + 1 < len(toks) and toks[v + 1].low == "over":  # ("turned over
            giver = _giver_before(toks, v)  # the commander to the army")
            to = _after(toks, v + 1, "to")
            if to is not None:
                receiver = to[1]
            elif low in _TWO_OBJECTS:
                first = _party_at(toks, v + 1)
                receiver = first[1] if first else None
        elif low in _TAKE and v + 1 < len(toks) and toks[v + 1].low == "over":
            receiver = _giver_before(toks, v)  # "Ryvair is taking over the Atlantic routes of Coastal Wings" /
            giver = _owner_after(toks, v + 1, False) or (_after(toks, v + 2, "of") or (0, None))[1]  # "will take
            # over Ryvair's Atlantic routes"
        elif low in _HIRED and v and toks[v - 1].low in ("been", "was", "were"):  # "Barnet Capital's chief economist
            giver, receiver = _owner_before(toks, v)[1], (_after(toks, v + 1, "by") or (0, None))[1]  # has been poached
            # by rival Rayburn Bank"
        elif low in _GET or low in _COMPLETED and _signing(toks, v) or low == "snapped" and v + 1 < len(toks) and (
                toks[v + 1].low == "up"):  # ("completed the €30m signing of the defender from Atletico Madrid")
            end = (_signing(toks, v) or v) + 1 if low in _COMPLETED else v + 1 + (low == "snapped")
            receiver = _giver_before(toks, v)
            giver = (_after(toks, v + 1, "from") or (0, None))[1] or (low in _HIRED and (_owner_after(toks, v + 1) or (
                _after(toks, v + 1, "of") or _after(toks, v + 1, "at") or (0, None))[1] or (
                _staff_of(toks, v + 1, v + 6)))) or (low in _GET and low not in _HIRED and _owner_after(toks, v, False))
            # ("poached the chief commercial officer of Alpenflug", "hired the head of design at rival Ostara
            # Automotive", "hired a senior NASA engineer"; "is buying Orbis's cloud storage unit": from Orbis)
        elif low in _JOIN or low in _LEAVE:
            if low in _JOIN:
                found = _party_at(toks, v + 1)
                receiver = found and found[1]
                giver = found and (_after(toks, found[0], "from") or (0, None))[1]
            elif v + 2 < len(toks) and toks[v + 1].low == "to" and toks[v + 2].low in _JOIN:  # "Rayburn Bank's chief
                giver, receiver = _owner_before(toks, v)[1], _next_party(toks, v + 3)  # economist is leaving to join"
            elif (to := _to_join(toks, v)) is not None:  # "A senior Lunaris engineer has left the startup to join NASA"
                giver, receiver = _staff_of(toks, max(0, v - 8), v) or _owner_before(toks, v)[1], (
                    _next_party(toks, to) or frozenset()) | (
                    _owner_after(toks, to - 1, False) or frozenset())  # (and whose: "to join NASA's Artemis programme")
                end = to + 1
            else:
                found = _party_at(toks, v + 1)
                giver = found and found[1]
                nxt = found and found[0] + 1 < len(toks) and (toks[found[0]].low in ("to", "for") and (
                    _next_party(toks, found[0] + 1)) or toks[found[0]].low == "and" and toks[found[0] + 1].low in _JOIN
                    and _next_party(toks, found[0] + 2))  # ("quit Nexa Systems for its rival Orbital Data", "left
                # the Liberal Bloc and joined the Unity Party")
                receiver = nxt or None
        if giver and receiver and not _same(giver, receiver):
            named = _named_before(toks, v - (v > 0 and toks[v - 1].low in BE)) or (  # (shown from
                owner if (owner := _owner_before(toks, v))[1] else None)
            # the name before the verb: "Channel 7 has poached", or from the one whose it was: "Barnet Capital's chief
            # economist has been poached")
            start = named[0] if named and v - named[0] <= 8 else max(0, v - 2)
            shown = joined(toks[start:end])
            if named and start != named[0]:  # (a name before an aside: "Vastgoed Noord ... had lent")
                name = joined(toks[named[0] : _name_end(toks, named[0])])
                shown = f"{name} ... {shown.lstrip(', ')}"
            out.append((giver, receiver, shown))
    return out


def _staff_of(toks: list[Tok], start: int, end: int) -> _Party | None:
    """Whose one is named by a name just before a word for a worker, between ``start`` and ``end`` ("a senior NASA
    engineer": NASA's)."""
    for j in range(start + 1, min(end, len(toks))):
        if toks[j].low in _STAFF and _name(toks[j - 1]) and toks[j - 1].low not in NATIONS:
            k = j - 1
            while k > start and _name(toks[k - 1]) and k - 1 > 0:
                k -= 1
            return frozenset(t.low for t in toks[k:j])
    return None


def _signing(toks: list[Tok], v: int) -> int | None:
    """Where "signing" follows the verb at ``v`` within six words ("completed the €30m signing of"), else None."""
    return next((j for j in range(v + 1, min(len(toks), v + 7)) if toks[j].low == "signing"), None)


_COMPLETED = frozenset("completed completes complete sealed seals finalised finalized".split())


def _to_join(toks: list[Tok], v: int) -> int | None:
    """Where the party starts of "left the firm to join R" (a place left that is no name), else None."""
    for j in range(v + 2, min(len(toks) - 1, v + 6)):
        if toks[j].is_break or _name(toks[j]):
            return None
        if toks[j].low == "to" and toks[j + 1].low in _JOIN:
            return j + 2
    return None


_STAFF = frozenset("""engineer engineers executive executives scientist scientists designer designers economist
    economists analyst analysts researcher researchers manager managers director directors lawyer lawyers
    developer developers official officials pilot pilots editor editors trader traders banker bankers""".split())


def _name_end(toks: list[Tok], k: int) -> int:
    """Where the name starting at ``k`` ends."""
    j = k + 1
    while j < len(toks) and _name_at(toks, j):
        j += 1
    return j


def _passive_transfer(toks: list[Tok], v: int) -> tuple[_Party, _Party, int] | None:
    """(giver, receiver, where the second party ends) of a transfer told in the passive with both parties: "The ship was
    sold by Nusantara Lines to Kyushu Ferry" (the giver after "by"), "was bought by Kyushu Ferry from Nusantara Lines"
    (the receiver after "by")."""
    low = toks[v].low
    if not (low in _GIVE or low in _GET) or not v or toks[v - 1].low not in BE:
        return None
    by = _after(toks, v + 1, "by")
    towards = "to" if low in _GIVE else "from"
    other = by and (_after(toks, by[0], towards) or _after(toks, v + 1, towards))  # (or before "by": "was sold to
    # Funivie Serrano by the town council")
    if not other and by and low in _TWO_OBJECTS and (given := _giver_before(toks, v - 1)):
        return by[1], given, by[0]  # "Ashby Homes was owed £40m by Redfern Holdings": given to Ashby Homes
    if not other:
        return None
    return (by[1], other[1], other[0]) if low in _GIVE else (other[1], by[1], other[0])


def _owner_after(toks: list[Tok], start: int, of_one: bool = True) -> _Party | None:
    """Whose one was hired, named before "'s" in the words after the verb ("poached Brightcell's chief technology
    officer", "hired Anya Surin, Netlo's chief technology officer"); whose thing, when not ``of_one`` ("take over
    Ryvair's Atlantic routes")."""
    for j in range(start + 1, min(len(toks) - 1, start + 8)):
        if toks[j].is_break and toks[j].low != ",":
            return None
        if toks[j].low in ("'s", "'") and toks[j - 1].cap and toks[j + 1].is_word and not (of_one and toks[j + 1].cap):
            k = j - 1
            while k > start and toks[k - 1].cap and toks[k - 1].is_word:
                k -= 1
            return frozenset(NATIONS.get(t.low, t.low) for t in toks[k:j])
    return None


def _owner_before(toks: list[Tok], v: int) -> tuple[int, _Party | None]:
    """(where it starts, its words) of whose one it is, named before "'s" in the words before the verb at ``v``
    ("Barnet Capital's chief economist has been poached"); (v, None) if none."""
    for j in range(v - 1, max(0, v - 8), -1):
        if toks[j].is_break:
            break
        if toks[j].low in ("'s", "'") and toks[j - 1].cap:
            k = j - 1
            while k > 0 and toks[k - 1].cap and toks[k - 1].is_word:
                k -= 1
            return k, frozenset(NATIONS.get(t.low, t.low) for t in toks[k:j])
    return v, None


def _from_to(toks: list[Tok], v: int) -> tuple[_Party, _Party | None] | None:
    """(the one after "from", the one after its "to") after the verb at ``v``, or None."""
    found = _after(toks, v + 1, "from")
    return (found[1], (_after(toks, found[0], "to") or (0, None))[1]) if found else None


def _next_party(toks: list[Tok], start: int) -> _Party | None:
    """The first name within eight words of ``start`` in the clause ("to become head coach of Portsby Athletic")."""
    for j in range(start, min(len(toks), start + 8)):
        if toks[j].is_break or toks[j].low in CLAUSE_WORDS:
            return None
        if _name(toks[j]):
            found = _party_at(toks, j)
            return found[1] if found else None
    return None


def _same(x: _Party, y: _Party) -> bool:
    """Whether two parties share a word, a country and its adjective alike ("Moravia" / "Moravian": ``related``);
    not a word many names have ("Team Solent" and "Team Norra" are two)."""
    return related(x - IN_MANY_NAMES, y - IN_MANY_NAMES)




def _kept(p: Polarity) -> list[Transfer]:
    return transfers(p.toks)


def transfer_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when each one's giver is the other's receiver, else None."""
    xs = a.kept("transfers", _kept)
    if not xs:
        return None  # (the other's is read only then)
    ys = b.kept("transfers", _kept)
    if not ys:
        return None
    for giver, receiver, shown in xs:
        for giver_b, receiver_b, shown_b in ys:
            if _same(giver, receiver_b) and _same(receiver, giver_b) and not _same(giver, giver_b) and not (
                    _same(receiver, receiver_b)) and say_most_alike(a, b, MIN_SHARED, MIN_SHARE):
                return shown, shown_b
    return None


__all__ = ["transfer_conflict", "transfers"]
