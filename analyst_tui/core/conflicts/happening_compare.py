"""Whether two versions say of the same one that different things befell it (``happenings``): one after the other
or as part of it goes together (``happening_pairs.together``), two steps of one story in a sentence written again do
not; and whether one happening befell one of a kind named by another name in each ("the Celtic captain" / "the Rangers
captain", ``named_apart``)."""

from __future__ import annotations

from analyst_tui.core.conflicts.befell import age_of
from analyst_tui.core.conflicts.cues import unsaid
from analyst_tui.core.conflicts.happening_pairs import (PEOPLE_OF, people_counted, plain_nouns, restated_but,
                                                        same_one, story_words, together, written_again)
from analyst_tui.core.conflicts.happenings import COMMON, Happening
from analyst_tui.core.conflicts.nations import NATION_STEMS, related
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.persons import PERSON_GROUPS
from analyst_tui.core.conflicts.polarity_words import PRONOUNS
from analyst_tui.core.conflicts.tokens import Tok, stem, unattributed

_NATIONS = frozenset(NATION_STEMS) | frozenset(NATION_STEMS.values())
_KINDS = frozenset(PERSON_GROUPS) | frozenset(stem(w) for w in "captain manager coach chairman striker keeper".split())


def told(toks: list[Tok]) -> frozenset[str]:
    """The stems of what a version tells, leaving out who said it, with an age as one word ("West Yorkshire Police
    said a man aged 34 had been questioned": "34yo")."""
    toks = unattributed(toks)
    out: set[str] = set()
    for m, t in enumerate(toks):
        age = age_of(toks, m)
        if age is not None:
            out.update(age)
        elif t.is_word:
            out.add(stem(t.low))
    return frozenset(out)


def _counted(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w in WORD_NUMBERS or w[:1].isdigit() and not w.endswith("yo"))  # (not an age)


def moved(left: str, other: str, toks: list[Tok]) -> bool:
    """Whether one who left went on to another post, where the other version hires them ("left Dorne City to join
    Felham Athletic", "left Eastfield Hospital for rival Northside Clinic" / "Northside Clinic hired ... from
    Eastfield Hospital")."""
    return left == "leave" and other in _TAKEN_ON and any(stem(t.low) in _JOINED or t.low == "for" and any(
        x.cap for x in toks[k + 1 : k + 4]) for k, t in enumerate(toks))


_TAKEN_ON = frozenset("appoint sign join".split())
_JOINED = frozenset(stem(w) for w in "join become charge".split())  # ("left Celtic to take charge of Brentford")


def _not_survived(toks: list[Tok]) -> bool:
    """Whether the version says one did not survive ("did not survive", "never survived", "failed to survive")."""
    return any(t.low in ("survive", "survived") and unsaid(toks, k) for k, t in enumerate(toks))


def _alike(x: frozenset[str], y: frozenset[str]) -> bool:
    return 2 * len(x & y) >= len(x | y)


def happening_conflict(xs: tuple[Happening, ...], ys: tuple[Happening, ...], toks_a: list[Tok], toks_b: list[Tok],
                       context_a: frozenset[str], context_b: frozenset[str]) -> tuple[str, str] | None:
    """Two happenings of the same one that do not go together, neither said in the other version of it. One
    named only by a common word ("a man", "two people") is the same one when the two versions share most of
    their words (``context_a``, ``context_b``: their word stems; a sentence written again is read without who
    said it, ``told``)."""
    restated = written_again(context_a, context_b)
    told_a = told_b = None
    for la, wa, shown_a, names_a, many_a in xs:
        for lb, wb, shown_b, names_b, many_b in ys:
            again = restated or restated_but(la, context_a, shown_a, lb, context_b, shown_b)
            if told_a is None and not again:
                told_a, told_b = told(toks_a), told(toks_b)
            if wa <= PRONOUNS or wb <= PRONOUNS:
                continue  # (a pronoun is read only to know that one version says both: "before he was sent off")
            steps = again or restated_but(la, told_a or frozenset(), shown_a, lb, told_b or frozenset(), shown_b)
            one = not (many_a or many_b or _counted(wa | wb))  # (one, not many)
            if la == lb or together(la, lb, steps) and not _one_killed_or_hurt(la, lb, not one, toks_a, toks_b) or (
                    one_for(la, lb, wa | wb)) or moved(la, lb, toks_a) or moved(lb, la, toks_b) or not (
                    same_one(wa, wb) or (wa & wb & names_a & names_b) - _NATIONS and not (wa ^ wb) & PEOPLE_OF):
                continue  # (a name in common: "a Skylane flight from Oslo" / "a Skylane plane from Oslo")
            if {la, lb} == {"rescue", "kill"} and _not_survived(toks_a if la == "rescue" else toks_b):
                continue  # "rescued from the floodwater, did not survive" / "pulled from the floodwater, had died"
            alike = again or _alike(context_a, context_b) or people_counted(wa, wb)
            pa, pb = plain_nouns(wa), plain_nouns(wb)
            if (pa & pb) <= COMMON and (not alike or _counted(wa) != _counted(wb)):
                continue  # ("two men were wounded" / "a man who was fired": not the same men)
            named = related(names_a, names_b) or wb <= names_a or wa <= names_b  # (a name opening a headline: "Varga
            # disqualified from Australian Open" / "Tennis star Elena Varga pulled out of the Australian Open")
            the_same = (pa <= pb or pb <= pa) and _the(toks_a, wa) and _the(toks_b, wb)  # ("the hostages"; "the
            # Zanzibar-bound ferry" / "the ferry")
            if len(pa & pb) < 2 and not named and not alike and (pa != pb or many_a or many_b) and not (
                    the_same or _told_alike(told_a or told(toks_a), told_b or told(toks_b), shown_a, shown_b)):
                continue  # one word in common and no name: "the pirates surrendered" / "some of the pirates escaped";
                # but "villagers were evacuated as floodwaters rose" / "as floodwaters rose, villagers were trapped"
            if _word_of(la, shown_a) & wb and _described(toks_b, _word_of(la, shown_a)) or _word_of(
                    lb, shown_b) & wa and _described(toks_a, _word_of(lb, shown_b)):
                continue  # one version says the other's as a word of whom it befell ("a stolen painting was found")
            if any(l2 == lb and (related(w2, wa | wb) or w2 <= PRONOUNS) for l2, w2, *_ in xs) or any(
                    l2 == la and (related(w2, wa | wb) or w2 <= PRONOUNS) for l2, w2, *_ in ys):
                continue  # one version says both ("was stabbed and robbed" / "was robbed"; "arrested the driver and
                # questioned him" / "questioned the driver")
            return f'"{shown_a}"', f'"{shown_b}"'
    return None


def _one_killed_or_hurt(la: str, lb: str, many: bool, toks_a: list[Tok], toks_b: list[Tok]) -> bool:
    """Whether one (not many) was killed in one version and injured in the other ("A motorcyclist was killed" / "a
    motorcyclist was injured"; but "killed two and injured five" may both be true of a story, and one "mortally
    wounded" was killed)."""
    return not many and {la, lb} == _KILLED_OR_HURT and not any(t.low in _FATALLY for t in toks_a + toks_b)


_KILLED_OR_HURT = {"kill", "injure"}
_FATALLY = frozenset("mortally fatally".split())


# Two happenings that are one for some things: a search suspended is a search called off.
_ONE_FOR = {frozenset(("suspend", "scrap")): frozenset(("search", "hunt", "rescu"))}


def one_for(la: str, lb: str, befell: frozenset[str]) -> bool:
    return bool(_ONE_FOR.get(frozenset((la, lb)), frozenset()) & befell)


def named_apart(xs: tuple[Happening, ...], ys: tuple[Happening, ...], toks_a: list[Tok],
                toks_b: list[Tok]) -> tuple[str, str] | None:
    """One happening befell one of a kind named by another name in each version, neither name said in the other ("The
    referee sent off the Celtic captain" / "The Rangers captain was sent off by the referee")."""
    for la, wa, shown_a, names_a, _ in xs:
        for lb, wb, shown_b, names_b, _ in ys:
            kind = (wa & wb) - names_a - names_b
            if la != lb or len(names_a) != 1 or len(names_b) != 1 or not kind or not kind <= _KINDS or (
                    wa - names_a) != (wb - names_b):
                continue  # (one name each, before a post or a trade both give: "the Celtic captain")
            stems_a, stems_b = _stems(toks_a), _stems(toks_b)
            if names_a & stems_b or names_b & stems_a or related(names_a, names_b):
                continue  # (one version names both, or one nation two ways)
            return f"{_named(toks_a, names_a)} {shown_a}", f"{_named(toks_b, names_b)} {shown_b}"
    return None


def _stems(toks: list[Tok]) -> frozenset[str]:
    return frozenset(stem(t.low) for t in toks if t.is_word)


def _named(toks: list[Tok], name: frozenset[str]) -> str:
    """The name and the word after it, as written ("Celtic captain")."""
    k = next(k for k, t in enumerate(toks) if t.is_word and stem(t.low) in name)
    return " ".join(t.text for t in toks[k : k + 2])


def _the(toks: list[Tok], befell: frozenset[str]) -> bool:
    """Whether whom it befell is named after "the" ("the hostages were freed"; not "pirates escaped")."""
    return any(t.is_word and stem(t.low) in befell and k and toks[k - 1].low == "the" for k, t in enumerate(toks))


def _told_alike(told_a: frozenset[str], told_b: frozenset[str], shown_a: str, shown_b: str) -> bool:
    """Whether two versions share three words or more, two in three of the shorter's, besides who said it, the little
    words and the happenings'."""
    shown = {stem(w) for w in (shown_a + " " + shown_b).lower().split()}
    x, y = story_words(told_a) - shown, story_words(told_b) - shown
    return len(x & y) >= 3 and 3 * len(x & y) >= 2 * min(len(x), len(y))


def _word_of(label: str, shown: str) -> frozenset[str]:
    """The label of a happening and the stem of its last word as shown ("dock", "moored": dock, moor)."""
    return frozenset((label, stem(shown.split()[-1].lower())))


def _described(toks: list[Tok], labels: frozenset[str]) -> bool:
    """Whether a participle of one of ``labels`` describes a noun after an article ("a stolen painting", "a moored
    barge")."""
    return any(t.low.endswith(("ed", "en")) and stem(t.low) in labels and toks[k - 1].low in ("a", "an", "the") and (
        toks[k + 1].is_word) for k, t in enumerate(toks[1:-1], 1))


__all__ = ["happening_conflict", "named_apart", "told"]
