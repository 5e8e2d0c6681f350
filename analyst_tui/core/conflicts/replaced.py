"""One verb put in another's place, every other word kept: "the new smartwatch was launched in Canada on Tuesday" /
"the new smartwatch was recalled in Canada on Tuesday", "the dinghy was spotted off the coast" / "the dinghy was
abandoned off the coast" (a determiner may differ, "sold its stake" / "bought a stake", and who said it, given by
one version only, is left aside: ``tokens.unattributed``); and, in a version restated (``restated``), one happening
the lists know for another, said beside the same word.

``happenings`` reads the verbs it knows, with whom they befell. When two versions are the same words but for one
verb (with its particles: "was burned down"), they say of the same one two different things when the lists know
one of the two verbs at least: a difference, unless the two verbs are one (another form or spelling of it, another
word for the same act: ``verb_words``), two happenings that go together in a sentence written again
(``happening_pairs.together``: one act told otherwise, a blow and another, a means and its outcome, "shot himself"
/ "killed himself"; not two steps of one story, "was arrested" / "was released", which one outlet put in place of
the other), a verb of saying, or two verbs that say an outcome of one kind (read as polarity: "rose" / "climbed").
Two verbs the lists do not know are too often two words for one act ("gathered" / "assembled", "hammered out" /
"thrashed out")."""

from __future__ import annotations

from analyst_tui.core.conflicts.entities import caps_back
from analyst_tui.core.conflicts.happening_pairs import together
from analyst_tui.core.conflicts.happening_words import FORMS, PASSIVE_ONLY, PHRASES, found_otherwise
from analyst_tui.core.conflicts.polarity_words import OPPOSITE
from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.substitution import SAYING, differing
from analyst_tui.core.conflicts.tokens import Tok, joined, stem
from analyst_tui.core.conflicts.verb_words import EVENT_NOUNS, LIGHT, PHRASAL, one_act, phrasal3, word_for
from analyst_tui.core.model import ConflictKind
from analyst_tui.core.wordforms import IRREGULAR_PAST

_HAVE = frozenset("has have had".split())
_DETERMINERS = frozenset("a an the its his her their our".split())
_MAX_WORDS = 3  # words of a version's own around its verb ("was remanded in custody": "remanded", "custody")


def replaced_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[ConflictKind, str, str] | None:
    """(kind, what xs says, what ys says) when the two differ only in one verb, in the same place (a verb with a
    particle or two of its own too: "was vandalised overnight" / "was burned down overnight"): an event, or a role when
    one party sells to the other in one version and buys from it in the other."""
    if len(xs) != len(ys):
        found = _phrase_replaced(xs, ys)
        return ("event", *found) if found else None
    apart = [k for k, (x, y) in enumerate(zip(xs, ys)) if x.low != y.low and not (
        x.low in _DETERMINERS and y.low in _DETERMINERS)][:2]  # ("sold its stake" / "bought a")
    turned = _sides_turned(xs, ys, *apart) if len(apart) == 2 else None
    if turned:
        return "role", *turned
    found = _phrase_replaced(xs, ys) if len(apart) == 2 else _replaced(xs, ys, apart[0] if apart else None)
    return ("event", *found) if found else None  # ("docked with" / "undocked from")


def _replaced(xs: list[Tok], ys: list[Tok], at: int | None) -> tuple[str, str] | None:
    """One verb put in another's place at ``at``, the only word that differs."""
    if at is not None and _event_nouns(xs, ys, at):
        return _shown(xs, at), _shown(ys, at)
    if at is None or not (_verb(xs, at) and _verb(ys, at)):
        return None
    lx, ly = _label(xs, at), _label(ys, at)
    if lx is None and ly is None:
        return None  # (two verbs the lists do not know: too often two words for one act, "gathered" / "assembled")
    if frozenset((lx, ly)) in _CONVERSE:
        return _shown(xs, at), _shown(ys, at)  # ("the museum bought a Turner" / "the museum sold a Turner": one act
        # told from each side only when the parties change places)
    if _one_happening(xs[at].low, ys[at].low, lx, ly):
        return None  # ("arrested" / "detained", "shot himself" / "killed himself", "rose" / "climbed")
    return _shown(xs, at), _shown(ys, at)


_CONVERSE = frozenset((frozenset(("acquire", "sell")), frozenset(("sign", "sell"))))  # one act from each side: the
# buyer's and the seller's ("signed striker Leon Abara from Bramley")


def _sides_turned(xs: list[Tok], ys: list[Tok], at: int, k: int) -> tuple[str, str] | None:
    """One party buying in one version and selling in the other, the other party the same: "The club sold the striker
    to Napoli" / "The club bought the striker from Napoli" (differing there only, ``at`` and ``k``)."""
    if {xs[k].low, ys[k].low} != {"to", "from"} or any(x.low != y.low for x, y in zip(xs[k + 1 :], ys[k + 1 :])):
        return None
    if frozenset((xs[at].low, ys[at].low)) in _TAKING_PAYING:
        return _shown(xs, at), _shown(ys, at)  # ("taking bribes from Obral" / "paying bribes to Obral")
    if not (_verb(xs, at) and _verb(ys, at)) or frozenset((_label(xs, at), _label(ys, at))) not in _CONVERSE:
        return None
    return _shown(xs, at), _shown(ys, at)


_TAKING_PAYING = frozenset(frozenset(pair) for pair in (("taking", "paying"), ("took", "paid"), ("take", "pay"),
                                                         ("takes", "pays"), ("accepting", "offering"),
                                                         ("accepted", "offered"), ("received", "paid"),
                                                         ("borrowed", "lent"), ("borrows", "lends")))


_MAX_PHRASE = 3  # words of a verb with its particles put in another's place ("was turned back by")
_PARTICLES = frozenset("""in on at to from with into onto off out up down over away back through under about for
    against by after around apart aside of""".split())


def _phrase_replaced(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """``replaced_conflict`` for a verb of a word or more, with particles of its own ("burned down", "broke into")."""
    found = differing(xs, ys)  # (the words the two share at their start and at their end)
    if found is None:
        return None
    p, q = found
    px = p + 1 if p + 1 < len(xs) - q and xs[p].low in _HAVE else p  # ("laid off" / "has taken on")
    py = p + 1 if p + 1 < len(ys) - q and ys[p].low in _HAVE else p
    mx, my = xs[px : len(xs) - q], ys[py : len(ys) - q]
    if not (0 < len(mx) <= _MAX_PHRASE and 0 < len(my) <= _MAX_PHRASE) or p < 2 or not (
            _verb(xs, px) and _verb(ys, py)) or not all(t.low in _PARTICLES for t in mx[1:] + my[1:]) and not (
            phrasal3(xs, px) or phrasal3(ys, py)):
        return None  # (a verb and its particles only: not "closed higher" / "remained open", "died of a" /
        # "suffered a fatal")
    (wx, lx), (wy, ly) = _act(xs, px), _act(ys, py)
    if lx is None and ly is None:
        return None  # (two verbs the lists do not know: too often two words for one act, "hammered out" /
        # "thrashed out")
    if _one_happening(wx, wy, lx, ly):
        return None
    return _shown(xs, px), _shown(ys, py)


def reworded_conflict(xs: list[Tok], ys: list[Tok], only_x: frozenset[str], only_y: frozenset[str],
                      shared: int) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the words one version does not share (``only_x``, stems, the little words
    left out) are a verb with a word or two of its own, and those of the other another verb, the rest said in
    another order ("the cargo ship capsized off the coast of Crete after its engine failed" / "after its engine
    failed, the cargo ship drifted off the coast of Crete", "was released on bail" / "was remanded in custody")."""
    if not (0 < len(only_x) <= _MAX_WORDS and 0 < len(only_y) <= _MAX_WORDS) or shared < max(
            4, 2 * len(only_x), 2 * len(only_y)):
        return None  # (``shared``: the words both give, which must say most: "the pirates surrendered to the
        # commandos" / "commandos searched for pirates who escaped" may be about other pirates)
    vx, vy = _verbs_of(xs, only_x), _verbs_of(ys, only_y)
    if not vx or not vy:
        return None
    for k in vx:
        for m in vy:
            (wx, lx), (wy, ly) = _act(xs, k), _act(ys, m)
            if frozenset((lx, ly)) in _CONVERSE and _same_doer(_before(xs, k), _before(ys, m)) and (
                    xs[k - 1].low not in BE):
                return _shown(xs, k), _shown(ys, m)  # ("Northwind sold its stake" / "Northwind bought a stake")
            if _one_happening(wx, wy, lx, ly):
                return None  # (one happening, or two that go together: "sold" / "bought"; "wiped out" / "destroyed")
    known = [(k, m) for k in vx for m in vy if _label(xs, k) and _label(ys, m) and _beside_the_same(xs, k, ys, m)]
    if not known:
        return None  # (two verbs the lists do not know: too often two words for one thing, "fought" / "battled")
    k, m = known[0]
    return _shown(xs, k), _shown(ys, m)


def _act(toks: list[Tok], k: int) -> tuple[str, str | None]:
    """The verb at ``k``, or the one word for it with its particle ("wiped out": "destroyed"), and its happening."""
    if toks[k].low == "wound" and k and toks[k - 1].low in BE:
        return "liquidated", "bankrupt"  # ("the lender was wound up")
    word = word_for(toks, k)
    return word, _label_of(word) if word != toks[k].low else _label(toks, k)


def _verbs_of(toks: list[Tok], only: frozenset[str]) -> list[int]:
    """Where the verbs among the words of ``only`` stand; none if any of those words is a name or a figure."""
    at = [k for k, t in enumerate(toks) if t.is_word and stem(t.low) in only]
    if any(toks[k].cap and k and not toks[k - 1].is_break for k in at):
        return []  # (a name: another doer, or another thing, not another happening)
    return [k for k in at if _verb(toks, k) and stem(toks[k].low) not in LIGHT and stem(toks[k].low) not in SAYING]


def _beside_the_same(xs: list[Tok], k: int, ys: list[Tok], m: int) -> bool:
    """Whether the two verbs follow the same word (past forms of "be" and "have") or come before the same one: said
    of the same one ("the ship Maria Elena capsized off" / "the ship Maria Elena drifted off"; not "the gunman shot
    and wounded a guard" / "the gunman, who escaped in a car")."""
    after_x = xs[k + 1].low if k + 1 < len(xs) else ""
    after_y = ys[m + 1].low if m + 1 < len(ys) else ""
    return _same_doer(_before(xs, k), _before(ys, m)) or after_x == after_y and after_x not in ("and", ",", ".")


def _before(toks: list[Tok], j: int) -> str:
    """The word before the verb at ``j``, past forms of "be" and "have" aside: the last of its doer's, with the rest
    of its name ("Arden Zoo", not "Zoo" of "Millbrook Zoo")."""
    j -= 1
    while j > 0 and (toks[j].low in BE or toks[j].low in _HAVE):
        j -= 1
    run = caps_back(toks, j) if j >= 0 and toks[j].cap else None
    return run[0] if run else toks[j].low if j >= 0 else ""


def _same_doer(x: str, y: str) -> bool:
    """Whether two doers (``_before``) are one: the same words, or one the end of the other ("Boxer Danny Cole" /
    "Danny Cole"; not "Arden Zoo" / "Millbrook Zoo")."""
    return x == y or x.endswith(" " + y) or y.endswith(" " + x)


def _one_happening(wx: str, wy: str, lx: str | None = "", ly: str | None = "") -> bool:
    """Whether two verbs may say one happening: one verb, another word for it, two that go together, a verb of
    saying, or two outcomes of one kind (polarity's). ``lx``, ``ly``: their happenings (None: none), when read in
    place (a form read only in the passive: "was found" finds, "found that" says little, "was found dead" tells a
    death)."""
    sx, sy = stem(wx), stem(wy)
    if sx == sy or sx in SAYING or sy in SAYING or one_act(sx, sy):
        return True
    lx = _label_of(wx) if lx == "" else lx
    ly = _label_of(wy) if ly == "" else ly
    if lx is not None and ly is not None:
        return lx == ly or together(lx, ly, True) or _measure_words(wx, wy)
    return sx in LIGHT or sy in LIGHT or _measure_words(wx, wy)


def _event_nouns(xs: list[Tok], ys: list[Tok], k: int) -> bool:
    """Two nouns that name happenings that do not go together, one in the other's place ("the collapse of the
    stand" / "the demolition of the stand", "his resignation" / "his dismissal")."""
    lx, ly = EVENT_NOUNS.get(xs[k].low), EVENT_NOUNS.get(ys[k].low)
    return lx is not None and ly is not None and lx != ly and not together(lx, ly, True) and not (
        xs[k].cap or ys[k].cap)


def _verb(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is a verb of what happened: a past form in small letters, after a word, the present
    of one the lists know (a headline's "PM sacks health secretary"), or a verb the lists know with its particle
    ("laid off")."""
    t = toks[k]
    if not t.is_word or t.cap or k == 0 or len(t.low) < 4:
        return False
    return t.low.endswith("ed") or t.low in IRREGULAR_PAST or t.low in FORMS or t.low in PASSIVE_ONLY or bool(
        _past(t.low)) or k + 1 < len(toks) and ((t.low, toks[k + 1].low) in PHRASAL or (t.low, toks[k + 1].low) in PHRASES)


def _past(word: str) -> str | None:
    """The past form the lists know of a present in -s ("sacks": "sacked", "frees": "freed", "buries": "buried")."""
    if not word.endswith("s") or word.endswith("ss"):
        return None
    for past in (word[:-1] + "ed", word[:-1] + "d", word[:-3] + "ied"):
        if past in FORMS and FORMS[past][1]:  # (a verb that takes an object: "sacks the coach"; not "crashes")
            return past
    return None


def _label(toks: list[Tok], k: int) -> str | None:
    """The happening the verb at ``k`` names (a form read only in the passive, "fired", only after "was")."""
    word = toks[k].low
    if word == "wound" and k + 1 < len(toks) and toks[k + 1].low == "up" and not (k and toks[k - 1].low in BE):
        return None  # "the talks wound up" (ended; not "the lender was wound up", liquidated)
    if k + 1 < len(toks) and (word, toks[k + 1].low) in PHRASES:
        return PHRASES[word, toks[k + 1].low][0]  # ("shot down")
    if word in PASSIVE_ONLY and word not in FORMS and not (k and toks[k - 1].low in BE) or (
            PASSIVE_ONLY.get(word) == "find" and found_otherwise(toks, k)):
        return None
    return _label_of(word)


def _label_of(word: str) -> str | None:
    found = FORMS.get(word) or FORMS.get(_past(word) or "")
    return found[0] if found else PASSIVE_ONLY.get(word)


def _measure_words(x: str, y: str) -> bool:
    """Whether both words say an outcome of one kind (``polarity_words.OPPOSITE``: "rose" / "climbed", "rose" /
    "fell"), which polarity reads."""
    return bool({c for c, _ in OPPOSITE.get(x, ())} & {c for c, _ in OPPOSITE.get(y, ())})


def _shown(toks: list[Tok], k: int) -> str:
    return joined(toks[max(0, k - 3) : k + 3])


__all__ = ["replaced_conflict", "reworded_conflict"]
