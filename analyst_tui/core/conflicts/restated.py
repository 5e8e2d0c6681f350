"""Another doer or another figure in a version restated: every other word kept, but the sentence rearranged or
turned from the active to the passive ("Rating agency Moody's downgraded the city's rating ..., citing its
pension liabilities" / "Citing its pension liabilities, rating agency Fitch downgraded ...", "The crew were
rescued by the South African Air Force" / "The NSRI rescued the crew", "A total of 62 people were rescued ..., the
Home Office confirmed" / "The Home Office confirmed that 26 people had been rescued ...").

``substitution`` reads a doer or a figure put in the other's place, word for word; here the words the two versions
do not share, whatever their order and but for little words (``_LOOSE``), must be:
- one name on each side (a title may come with it: "SRC treasurer Sipho Ndlovu"), the two sharing no word or
  country, neither only a title nor the initials of the other ("NSRI" / "National Sea Rescue Institute"), each the
  doer of one verb the two versions share: after its "by" ("was rescued by", "power lines owned by"), or the subject
  of that verb, which is not one of saying or of a stance anyone may take; or each the one receiver of a verb of
  judgment ("the regulator fined Northwave Energy" / "Coastline Power has been fined by the regulator");
  or one person by kin or trade, or one body by its kind, on each side, with the words that describe them ("the
  victim's brother" / "the victim's cousin", "a night-shift cleaner" / "a passing cyclist", "fined the club" /
  "fined the player"), each doing the same (past where they work: "Porters at the hospital voted") or having it
  done to them, in the passive or as the verb's object ("arrested her boyfriend", "apologised to the fans");
- or one figure on each side beside the same word, or one length of time against another (``restated_figures``);
- or a happening the lists know on each side, said beside the same word (``replaced.reworded_conflict``)."""

from __future__ import annotations

from analyst_tui.core.conflicts.agents import PARTICLES, agent_by
from analyst_tui.core.conflicts.days import WORDS as DAY_WORDS
from analyst_tui.core.conflicts.nations import NATION_NAMES, NATIONS
from analyst_tui.core.conflicts.replaced import reworded_conflict
from analyst_tui.core.conflicts.restated_figures import restated_figure
from analyst_tui.core.conflicts.reversal import BE, active_verb
from analyst_tui.core.conflicts.persons import PERSON_GROUPS, SIDES
from analyst_tui.core.conflicts.polarity_words import PRONOUNS
from analyst_tui.core.conflicts.substitution import (APPEALED, SAYING, TITLES, initials, marked, nation, nickname,
                                                     same_party, subject_of, title_case, whole)
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem, unattributed
from analyst_tui.core.model import ConflictKind
from analyst_tui.core.wordforms import IRREGULAR_PAST

MAX_NAME = 6  # words of a name
# Words a restatement adds or leaves out around the same facts ("was rescued by" / "rescued", "according to").
_LOOSE_TEXT = """the a an was were is are be been being has have had by of to in on at for
    from with that which who whom and its their his her it they he she this these those as also said says
    according according to after before while when then will would total some about around nearly almost roughly
    approximately"""  # ("a total of 62"; an estimate is read by ``restated_figures``)
_LOOSE = frozenset(stem(w) for w in _LOOSE_TEXT.split())
_LOOSE_WORDS = frozenset(w for w in _LOOSE_TEXT.split())
_MAX_UNSHARED = MAX_NAME + 2  # (a word in another form: "rescued" / "rescue")
_NAME_TAILS = frozenset("group militia movement organisation organization network faction brigade".split())
_LINKS = frozenset("and of for de the van von der den da di du le la al bin".split())  # ("Pieter van Dalen")
_INTO = frozenset(("into", "to", "from"))
_WHEN = frozenset("on in last this at early late".split())
_OF = frozenset(("of", "the"))
_OBJECT_OPENERS = frozenset("the a an its his her their this these those".split())
_OPENERS = frozenset(('"', "'", "(", ":", "-"))
_HAVE = frozenset("has have had will would could may might can".split())
# Verbs of judgment with one receiver: another name receiving it is another party ("fined Northwave Energy" /
# "fined Coastline Power"; not "the quake struck Bandar Abbas" / "struck Qeshm Island", two places both struck).
_SANCTIONS = frozenset(stem(w) for w in """fined sued sacked banned suspended charged indicted criticised criticized
    blamed accused acquired bought sanctioned expelled signed appointed nominated pardoned jailed sentenced
    convicted acquitted extradited deported disqualified reprimanded censured penalised penalized summoned
    impeached picked chose chosen selected endorsed endorses hired recruited elected replaced succeeded defeated
    arrested detained interviewed audited inspected""".split())
ALSO = frozenset(("also", "too"))  # one who did it as another did
_TOWARDS = frozenset(("to", "against"))
_SENT_OFF = frozenset(("off", "out", "down", "up"))  # a particle between the verb and the one it is done to
_AT = frozenset(("at", "in", "from"))
_AT_PLACE = frozenset(("at", "near", "outside", "inside"))
_POSSESSORS = _OBJECT_OPENERS | frozenset("a an her his their its our my".split())  # before a person's words
_ROLE_WORDS = TITLES | frozenset(stem(w) for w in """treasurer delegate councillor councilman councilwoman
    spokesman spokeswoman spokesperson deputy vice executive director chairman chairwoman chair producer singer
    actor actress agency minister mep mp lawmaker legislator congressman congresswoman senator""".split())


def restated_words(letters: set[str]) -> frozenset[str]:
    """A version's runs of letters (lower-cased) but the little words, for ``restated_gate``."""
    return frozenset(letters.difference(_LOOSE_WORDS))


def restated_gate(x: frozenset[str], y: frozenset[str], numbers_x: frozenset[float],
                  numbers_y: frozenset[float]) -> bool:
    """Whether two versions leave few enough words unshared to be worth reading (``restated_words``; cheap): a word
    or a name on each side, or one word at most and another number."""
    if abs(len(x) - len(y)) > _MAX_UNSHARED:
        return False
    only_x, only_y = len(x - y), len(y - x)
    if numbers_x != numbers_y and only_x <= 1 and only_y <= 1:
        return True
    return 0 < only_x <= _MAX_UNSHARED and 0 < only_y <= _MAX_UNSHARED


def restated_conflict(xs: list[Tok], ys: list[Tok], stems_x: frozenset[str], stems_y: frozenset[str],
                      numbers_x: frozenset[float], numbers_y: frozenset[float]) -> tuple[ConflictKind, str, str] | None:
    """(kind, what x says, what y says) when the words the two do not share are another doer's name on each side,
    or another figure of the same thing."""
    only_x, only_y = stems_x - stems_y - _LOOSE, stems_y - stems_x - _LOOSE
    found = restated_figure(xs, ys, only_x, only_y, numbers_x - numbers_y, numbers_y - numbers_x)
    if found:
        return "figure", *found
    found = _doer(xs, ys, only_x, only_y)
    if found:
        return "role", *found
    shared = len(stems_x & stems_y - _LOOSE)  # (who said it, named in both, counts as shared)
    ux, uy = unattributed(xs), unattributed(ys)  # (who said it in one only is left aside: "..., rescue teams said")
    if ux is not xs or uy is not ys:
        ox, oy = _stems(ux), _stems(uy)
        only_x, only_y = ox - oy - _LOOSE, oy - ox - _LOOSE
        found = _doer(ux, uy, only_x, only_y)
        if found:
            return "role", *found
    found = reworded_conflict(ux, uy, only_x, only_y, shared)
    return ("event", *found) if found else None


def _titled(toks: list[Tok], end: int) -> bool:
    """Whether an office follows the name ending at ``end`` ("French president", "Brazil's president")."""
    k = end + 1 if end < len(toks) and toks[end].low == "'s" else end
    return k < len(toks) and stem(toks[k].low) in _ROLE_WORDS


def _nation_word(low: str) -> bool:
    """Whether a word in capitals names a nation, or may ("South African", "Brazil")."""
    return low in NATIONS or low in _NATION_NAMES or low in _COMPASS or low.endswith(("an", "ese", "ish"))


_NATION_NAMES = NATION_NAMES
_COMPASS = frozenset("south north east west new saudi united".split())


def _stems(toks: list[Tok]) -> frozenset[str]:
    return frozenset(stem(t.low) for t in toks if t.is_word)


def _doer(xs: list[Tok], ys: list[Tok], only_x: frozenset[str], only_y: frozenset[str]) -> tuple[str, str] | None:
    """Another doer's name on each side, doing the same (not one who did it too: "Kyle Amadi also scored")."""
    if not (0 < len(only_x) <= MAX_NAME and 0 < len(only_y) <= MAX_NAME) or any(
            t.low in ALSO for t in xs) or any(t.low in ALSO for t in ys):
        return None
    if len(only_x) <= 3 and len(only_y) <= 3:
        found = _person(xs, ys, only_x, only_y)
        if found:
            return found
    x, y = _name_span(xs, only_x), _name_span(ys, only_y)
    if (x is None) != (y is None):  # a name at one sentence's start, against a name inside the other ("Alstom has
        x = x or _name_span(xs, only_x, at_start=True)  # won the tender" / "... that Siemens has won the tender")
        y = y or _name_span(ys, only_y, at_start=True)
    if x is None or y is None or title_case(xs) or title_case(ys):
        return None  # (a headline's every word in capitals names nothing)
    whole_x, whole_y = whole(xs, *x), whole(ys, *y)
    name_x, name_y = _bare(whole_x), _bare(whole_y)
    if any(all(_nation_word(t.low) for t in name) and _titled(toks, end) for name, toks, end in (
            (name_x, xs, x[1]), (name_y, ys, y[1]))):
        return None  # an office of a nation may be the one the other names ("the French president", "the South
        # African president")
    if not (name_x and name_y) or same_party(name_x, name_y) or initials(name_x, name_y) or initials(
            name_y, name_x) or nickname(_the(xs, x[0]) + whole_x, _the(ys, y[0]) + whole_y):
        return None  # (a title only, or a word in common: "Labour Minister Ana Ruiz" / "Prime Minister Jorge Salas"
        # share only their title)
    vx, vy = _doing(xs, *x), _doing(ys, *y)
    if vx is None or vy is None or vx != vy or vx in SAYING:
        vx, vy = _next_word(xs, x[1]), _next_word(ys, y[1])
        if vx is None or vx != vy or vx in SAYING or vx in _LOOSE:
            vx, vy = _sanctioned(xs, *x), _sanctioned(ys, *y)
            if vx is None or vx != vy:
                return None  # (or the same word just after each name: "Kestrel Ratings cut" / "Harwood Analytics
                # cut"; or the same sanction on each name: "fined Northwave Energy" / "Coastline Power was fined")
    return _shown(xs, *x), _shown(ys, *y)


def _sanctioned(toks: list[Tok], start: int, end: int) -> str | None:
    """The stem of the verb of judgment whose one receiver the name at ``start:end`` is: its object in the active
    ("the regulator fined Northwave Energy"), or its subject in the passive ("Coastline Power has been fined")."""
    j = start - 1
    if j > 0 and toks[j].is_word and not toks[j].cap and stem(toks[j].low) in _SANCTIONS and toks[j - 1].low not in BE:
        return stem(toks[j].low)
    k = end
    while k < len(toks) and toks[k].low in _HAVE:
        k += 1
    if k + 1 < len(toks) and toks[k].low in BE and stem(toks[k + 1].low) in _SANCTIONS:
        return stem(toks[k + 1].low)
    return None


def _person(xs: list[Tok], ys: list[Tok], only_x: frozenset[str], only_y: frozenset[str]) -> tuple[str, str] | None:
    """Another person by kin or trade doing the same, or having it done to them ("the victim's brother carried out
    the shooting" / "the victim's cousin carried out the shooting", "the athlete's coach was accused" / "the
    athlete's doctor was accused")."""
    px, py = [w for w in only_x if w in PERSON_GROUPS], [w for w in only_y if w in PERSON_GROUPS]
    if len(px) != 1 or len(py) != 1 or PERSON_GROUPS[px[0]] == PERSON_GROUPS[py[0]] or _spelt_apart(
            xs, only_x, ys) or _spelt_apart(ys, only_y, xs):
        return None
    k, m = _at(xs, frozenset(px)), _at(ys, frozenset(py))
    if SIDES.get(xs[k].low, -1) == SIDES.get(ys[m].low, -2):
        return None  # a body and its members ("the city council" / "councillors")
    if _capital(xs, k) or _capital(ys, m) or not (_modifies(xs, k, only_x) and _modifies(ys, m, only_y)):
        return None  # (the other words a version does not share describe the person: "a night-shift nurse")
    vx = _doing(xs, k, _past_place(xs, k), done_to=True) or _object_of(xs, k)
    vy = _doing(ys, m, _past_place(ys, m), done_to=True) or _object_of(ys, m)
    if vx is None or vx != vy or vx in SAYING:
        return None
    return _shown(xs, k, k + 1), _shown(ys, m, m + 1)


def _spelt_apart(xs: list[Tok], only_x: frozenset[str], ys: list[Tok]) -> bool:
    """Whether the words only ``xs`` gives, written together, are a word of ``ys`` ("head teacher" / "headteacher")."""
    return "".join(t.low for t in xs if t.is_word and stem(t.low) in only_x) in {t.low for t in ys}


def _past_place(toks: list[Tok], k: int) -> int:
    """Where the words of the person at ``k`` end, past a phrase of where they work or live ("Porters at the
    county hospital voted")."""
    if k + 2 < len(toks) and toks[k + 1].low in _AT:
        for j in range(k + 2, min(len(toks) - 1, k + 8)):
            if not toks[j].is_word:
                break
            if active_verb(toks, j):
                return j
    return k + 1


def _object_of(toks: list[Tok], k: int) -> str | None:
    """"done to" and the stem of the verb in the active whose object the person at ``k`` is, with the words that
    describe them between ("police arrested her boyfriend", "the judge jailed the getaway driver")."""
    j = k - 1
    while j > 0 and k - j <= 4 and (toks[j].is_word and not toks[j].cap or toks[j].low == "'s") and (
            toks[j].low not in _POSSESSORS):
        j -= 1  # (past the words that describe them: "the getaway driver", "the victim's stepson")
    if j < 1 or toks[j].low not in _POSSESSORS:
        return None
    v = j - 1 if toks[j - 1].low not in _TOWARDS else j - 2  # "apologised to the fans"
    if v > 0 and toks[v].low in _SENT_OFF:
        v -= 1  # "sent off the goalkeeper"
    if v < 0:
        return None
    if not (toks[v].is_word and not toks[v].cap and _participle(toks[v].low)) or v and toks[v - 1].low in BE:
        return None
    return "done to " + stem(toks[v].low)


def _modifies(toks: list[Tok], k: int, only: frozenset[str]) -> bool:
    """Whether the words of ``only`` stand just before the word at ``k`` ("a night-shift nurse", "an off-duty
    firefighter", "a passing kayaker")."""
    at = {j for j, t in enumerate(toks) if t.is_word and stem(t.low) in only}
    return all(k - 4 <= j <= k and not _capital(toks, j) for j in at)


def _capital(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is in capitals but at a sentence's start ("Porters at the hospital voted")."""
    return toks[k].cap and k > 0 and toks[k - 1].low not in _OPENERS


def _name_span(toks: list[Tok], only: frozenset[str], at_start: bool = False) -> tuple[int, int] | None:
    """Where the words of ``only`` stand, when they are one name (with a title before it) and nothing else
    (``at_start``: or a word in capitals opening the sentence)."""
    at = [k for k, t in enumerate(toks) if t.is_word and stem(t.low) in only]
    if not at:
        return None
    start, end = at[0], at[-1] + 1
    while start + 2 < end and not toks[start].cap and stem(toks[start].low) not in _ROLE_WORDS and any(
            stem(t.low) in _ROLE_WORDS and not t.cap and toks[m + 1].cap for m, t in enumerate(
                toks[start + 1 : start + 4], start + 1) if m + 1 < len(toks)):
        start += 1  # (what the title's holder is: "left-wing lawmaker Ruth Luque")
    aside = _aside_after(toks, start, end)
    if aside is not None:
        end = aside  # "Sen. Patty Murray, a Washington Democrat,": the name, then what it is
    if end - start > MAX_NAME + 2 or toks[start].low in PRONOUNS and not toks[start].text.isupper():
        return None
    if (start == 0 or toks[start - 1].low in _OPENERS) and not (at_start or nation(toks[start]) or marked(
            whole(toks, start, end))):
        return None  # (a capital at a sentence's or a quote's start may be any word)
    named = False
    for k in range(start, end):
        t = toks[k]
        if not t.is_word:
            if t.low != "'s" and not (t.low == "-" and start < k < end - 1 and toks[k - 1].cap and toks[k + 1].cap):
                return None  # (but "Al-Qaida")
        elif t.cap and t.low not in _LINKS:
            named = named or stem(t.low) not in _ROLE_WORDS and t.low not in DAY_WORDS  # (not "Monday")
        elif not (t.low in _LINKS or t.low in NATIONS or stem(t.low) in _ROLE_WORDS and k + 1 < len(toks) and (
                toks[k + 1].cap) or t.low in _NAME_TAILS and k == end - 1 and toks[k - 1].cap):
            return None  # (a title before a name, "treasurer Sipho Ndlovu"; not a post, "the chairman of ..."; but
            # "the Islamic State group")
    return (start, end) if named else None


def _aside_after(toks: list[Tok], start: int, end: int) -> int | None:
    """Where a name that opens at ``start`` ends, when the rest of the words up to ``end`` are an aside set off by
    commas just after it ("Patty Murray, a Washington Democrat,")."""
    comma = next((k for k in range(start + 1, end) if toks[k].low == ","), None)
    if comma is None or not all(t.cap or t.low in _LINKS for t in toks[start:comma] if t.is_word):
        return None
    if comma + 1 >= len(toks) or toks[comma + 1].low not in ("a", "an", "the"):
        return None
    close = next((k for k in range(comma + 1, len(toks)) if toks[k].is_break), len(toks))
    return comma if close >= end else None


def _the(toks: list[Tok], start: int) -> list[Tok]:
    """The "the" just before a name, if any ("the Red Devils")."""
    return [toks[start - 1]] if start and toks[start - 1].low == "the" else []


def _bare(name: list[Tok]) -> list[Tok]:
    """A name without its titles."""
    return [t for t in name if t.is_word and stem(t.low) not in _ROLE_WORDS]


def _doing(toks: list[Tok], start: int, end: int, done_to: bool = False) -> str | None:
    """The stem of the verb whose doer the name at ``start:end`` is: the participle before its "by", else the verb
    its clause's subject goes with (``done_to``: or, marked "done to", the participle of its passive)."""
    for j in range(start - 1, max(-1, start - 9), -1):
        t = toks[j]
        if t.low == "by":
            v = j - 1
            while v > 0 and v > j - 4 and (toks[v].low in _WHEN | PARTICLES | _INTO or (
                    toks[v].cap and toks[v - 1].low in _WHEN | _INTO)):
                v -= 1  # "was tabled on Tuesday by", "was carried out by", "was translated into English by"
            if v >= 0 and _participle(toks[v].low):
                return stem(toks[v].low)
            v = next((p for p in range(j - 2, max(0, j - 9), -1) if _participle(toks[p].low) and agent_by(
                toks, p) == j), None)  # "had been dropped from the squad by"
            return None if v is None else stem(toks[v].low)
        if t.is_break or t.low in CLAUSE_WORDS or t.low in _AT_PLACE:
            break  # (not a place after the doer: "was signed by the president at the White House")
    while end + 1 < len(toks) and (toks[end].cap or toks[end].low in _OF and (toks[end + 1].cap or toks[
            end + 1].low == "the")):
        end += 1  # "Ana Costa of the Liberal Party tabled": the verb after the name's "of" and its own name
    if end + 1 < len(toks) and toks[end].low == ",":  # past an aside: "Senator Mark Ellison, a Democrat, introduced"
        close = next((j for j in range(end + 1, min(len(toks), end + 9)) if toks[j].low == ","), None)
        if close is not None and not any(_participle(t.low) or t.low in BE for t in toks[end + 1 : close]):
            end = close + 1
    if done_to and end + 1 < len(toks) and toks[end].low in BE and _participle(toks[end + 1].low):
        return "done to " + stem(toks[end + 1].low)  # "the athlete's coach was accused"
    verb = subject_of(toks, start, end)
    while verb is not None and verb + 1 < len(toks) and toks[verb].low in _HAVE:
        verb += 1  # "has sold"
    if verb is None or toks[verb].low in BE:
        return None  # (the name is what the verb is done to: "Metroline Coaches was fined")
    if verb + 1 < len(toks) and toks[verb + 1].low in ("responsibility", "credit"):
        return stem(toks[verb].low) + " " + toks[verb + 1].low  # "claimed responsibility": a deed, not a saying
    if stem(toks[verb].low) == "appeal" and verb + 1 < len(toks) and toks[verb + 1].low in APPEALED:
        return "appeal " + toks[verb + 1].low  # "appealed the verdict": a deed, not "appealed for calm"
    return stem(toks[verb].low)


def _next_word(toks: list[Tok], end: int) -> str | None:
    """The stem of the word in small letters just after the name ending at ``end``, when what it is done to follows
    it ("Kestrel Ratings cut the region's outlook"; not "US officials said")."""
    while end < len(toks) and (toks[end].cap or toks[end].low == "'s"):
        end += 1
    if end + 1 < len(toks) and toks[end].is_word and (toks[end + 1].low in _OBJECT_OPENERS or toks[end + 1].is_number):
        return stem(toks[end].low)
    return None


def _at(toks: list[Tok], only: frozenset[str]) -> int:
    return next(k for k, t in enumerate(toks) if t.is_word and stem(t.low) in only)


def _participle(low: str) -> bool:
    return low.endswith(("ed", "en")) or low in IRREGULAR_PAST


def _shown(toks: list[Tok], start: int, end: int) -> str:
    return joined(toks[max(0, start - 2) : min(len(toks), end + 3)])


__all__ = ["restated_conflict", "restated_gate", "restated_words"]
