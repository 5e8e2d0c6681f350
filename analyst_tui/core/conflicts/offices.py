"""Another office named in the same place, every other word kept: "The Deputy Speaker suspended the sitting" /
"The Speaker suspended the sitting", "the chief executive suspended the finance director" / "the chairman
suspended ...", "the shadow chancellor criticised the budget" / "the chancellor criticised ...".

An office with no name is a person of its own: a deputy, a vice-president, a shadow minister or a former holder is
not the holder, and one office is not another. The words for one office are grouped ("the chief executive" / "the
CEO", "the Prime Minister" / "the PM" / "the premier"); a court is an office too ("the Supreme Court" / "a district
court"; American papers call the Supreme Court "the high court"), and so is a chamber of parliament ("the Senate" /
"the House of Representatives"); an office the lists do not know, a name given with the
office ("Deputy Prime Minister Nick Clegg", "the Speaker, John Bercow,"), or a holder who is only acting for
another ("the acting chief executive") tells nothing here."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import Tok, joined

# The words for one office, a group a line; each word sequence as tokens give it ("vice - president" is the
# qualifier's). Chancellor and finance minister are one: the same office in Britain.
_GROUPS = """president
    prime minister|premier|pm
    chancellor|finance minister|chancellor of the exchequer|finance secretary
    speaker
    chief executive|ceo|chief executive officer|chief exec
    chairman|chairwoman|chair|chairperson
    home secretary|interior minister
    foreign secretary|foreign minister
    defence secretary|defense secretary|defence minister|defense minister
    health secretary|health minister
    education secretary|education minister
    justice secretary|justice minister|lord chancellor
    transport secretary|transport minister
    business secretary|business minister
    trade secretary|trade minister
    environment secretary|environment minister
    energy secretary|energy minister
    culture secretary|culture minister
    agriculture secretary|agriculture minister|farming minister|farm minister
    housing secretary|housing minister
    labour minister|employment minister|work and pensions secretary
    immigration minister
    sports minister|sport minister
    economy minister
    returning officer|chief returning officer
    chief constable
    secretary of state
    treasury secretary
    attorney general
    solicitor general
    mayor
    governor
    judge|magistrate
    coroner
    pathologist
    supreme court|high court
    court of appeal|appeals court|appeal court|court of appeals
    district court
    crown court
    magistrates court|magistrates ' court
    constitutional court
    senate|upper house|upper chamber|house of lords
    house of representatives|lower house|lower chamber|house of commons
    sheriff
    archbishop
    bishop
    pope
    king
    queen
    prince|prince of wales
    princess|princess of wales
    chief constable|police chief|police commissioner|commissioner
    police and crime commissioner|pcc
    head coach|coach|manager
    captain|skipper
    head teacher|headteacher|headmaster|headmistress|principal|head
    finance director|chief financial officer|cfo
    chief operating officer|coo
    general secretary
    council leader|leader of the council
    majority leader
    minority leader
    referee
    editor
    chief medical officer
    fire chief|chief fire officer
    chief of staff
    communications director|director of communications
    press secretary
    cabinet secretary
    chief justice
    national government|central government|federal government
    parliament|national parliament|national assembly
    regional government|provincial government
    regional parliament|regional assembly|provincial parliament|provincial legislature"""
_OFFICES: dict[tuple[str, ...], int] = {
    tuple(words.split()): group for group, line in enumerate(_GROUPS.split("\n")) for words in line.strip().split("|")}
_LONGEST = max(len(words) for words in _OFFICES)
# Words before an office that make another person of its holder.
_QUALIFIERS = frozenset("deputy vice assistant shadow former ex junior".split())


def office_conflict(xs: list[Tok], ys: list[Tok], p: int, s: int) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the two differ only in an office named without a name (``p``, ``s``: the
    words they share at their start and at their end, ``substitution.differing``)."""
    x, y = xs[p : len(xs) - s], ys[p : len(ys) - s]
    if not x or not y:  # a qualifier put before the same office ("the Deputy Speaker" / "the Speaker")
        longer, at, end = (xs, p, len(xs) - s) if x else (ys, p, len(ys) - s)
        words = [t.low for t in longer[at:end] if t.low != "-"]
        if not words or any(w not in _QUALIFIERS for w in words):
            return None
        office = _office(longer, end)
        if office is None or _named(longer, at, office):
            return None
        other = ys if x else xs
        shown = _shown(longer, at, office), _shown(other, p, p + office - end)
        return shown if x else (shown[1], shown[0])
    for more in range(min(s, _LONGEST)):  # (with words both give after it: "the health minister" / "the prime minister")
        ex, ey = len(xs) - s + more, len(ys) - s + more
        kx, ky = _office_at(xs, p, ex), _office_at(ys, p, ey)
        if kx is not None and ky is not None:
            if kx == ky or _named(xs, p, ex) or _named(ys, p, ey):
                return None
            return _shown(xs, p, ex), _shown(ys, p, ey)
    if len(xs) - s - p == len(ys) - s - p == 1 and p:
        kinds = {_office_or_body(xs, p, len(xs) - s), _office_or_body(ys, p, len(ys) - s)}
        if kinds == {"office", "body"}:  # an office and a body ("The energy minister ordered" / "The energy regulator")
            return _shown(xs, p - 1, len(xs) - s), _shown(ys, p - 1, len(ys) - s)
    return None


def _office_or_body(toks: list[Tok], p: int, end: int) -> str | None:
    """"office" or "body" for the one word at ``p`` (with the word before it: "energy minister"), else None."""
    if toks[p].low in _BODIES:
        return "body"
    return "office" if _office_at(toks, p - 1, end) is not None or _office_at(toks, p, end) is not None else None


_BODIES = frozenset("regulator watchdog authority commission agency inspectorate ombudsman".split())


def office_named(words: list[str]) -> str | None:
    """The office that ``words`` (lower case, "the" left out) are whole, with its qualifiers ("deputy 3"), or None."""
    k = 0
    while k < len(words) and words[k] in _QUALIFIERS:
        k += 1
    group = _OFFICES.get(tuple(words[k:]))
    return None if group is None else " ".join([*sorted({_ALIKE.get(w, w) for w in words[:k]}), str(group)])


_ALIKE = {"ex": "former", "vice": "deputy"}  # ("the ex-president" / "the former president")


def _office(toks: list[Tok], start: int) -> int | None:
    """Where the office that starts at ``start`` ends (the longest the lists know), or None."""
    for n in range(_LONGEST, 0, -1):
        words = tuple(t.low for t in toks[start : start + n])
        if len(words) == n and words in _OFFICES:
            return start + n
    return None


def _office_at(toks: list[Tok], start: int, end: int) -> int | None:
    """The group of the office that the words at ``start:end`` are, whole, or None."""
    return _OFFICES.get(tuple(t.low for t in toks[start:end]))


def _named(toks: list[Tok], start: int, end: int) -> bool:
    """Whether a name is given with the office at ``start:end``: just after it ("Speaker John Bercow", "the Speaker,
    John Bercow,"), or just before it ("John Bercow, the Speaker"); a possessive before it names whose office it is,
    not its holder."""
    after = toks[end : end + 2]
    if after and after[0].cap and after[0].is_word or len(after) == 2 and after[0].low == "," and after[1].cap:
        return True
    j = start - 1
    if j >= 0 and toks[j].low in ("the", "a", "an"):
        j -= 1
    return j >= 1 and toks[j].low == "," and toks[j - 1].cap and toks[j - 1].is_word


def _shown(toks: list[Tok], start: int, end: int) -> str:
    return joined(toks[max(0, start - 1) : min(len(toks), end + 3)])


__all__ = ["office_conflict", "office_named"]
