"""Verbs of one act, read as one verb wherever the parties of a verb are compared (``reversal``, ``doers``): "Leeds
beat Hull" / "Hull defeated Leeds", "The council closed the road" / "The road was shut by police"; a lawsuit brought
against one is suing them; and words that tell one relation from each side ("ahead of" / "behind")."""

from __future__ import annotations

from analyst_tui.core.conflicts.days import MONTHS, WEEKDAYS
from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.conflicts.verb_words import PHRASAL

# Verbs of one act, read as one verb: "Leeds beat Hull" / "Hull defeated Leeds", "Apex acquired Borr" / "Borr bought
# Apex", "the union accused the board" / "the board blamed the union", "the ferry rammed a trawler" / "a trawler struck
# the ferry".
_ONE_ACT_TEXT = """defeat beat edged overcame thrashed routed trounced outplayed
    |acquire bought purchased|accuse blamed|criticise criticize slammed blasted condemned rebuked lambasted
    |attack assaulted|rescue saved|praise hailed commended|endorse backed supported|sack fired dismissed ousted
    |hire recruited|kill murdered|close shut|cancel cancelled canceled scrapped axed shelved abandoned|find spotted
    discovered located|arrest detained apprehended|free released|ban barred prohibited|evacuate emptied
    |throw threw thrown hurled pelted
    |capture seized|crash ploughed plowed smashed rammed struck clipped|call phoned telephoned rang
    |announce unveiled presented
    |approve approved cleared|steal stole stolen|sell sold offloaded divested|breach breached hacked
    |shell shelled pounded bombarded|impose imposed slapped"""
_ONE_ACT = {stem(w): group.split()[0] for group in _ONE_ACT_TEXT.replace("\n", " ").split("|") for w in group.split()}


def one_act(verb: str) -> str:
    """The verb stem that stands for all the verbs of one act ("shut": "close", "bought": "acquire")."""
    return _ONE_ACT.get(verb, verb)


AWARD = stem("awarded")
URGE = stem("urged")
_CALL = frozenset("call calls called calling".split())
_DAYS = frozenset(WEEKDAYS) | frozenset(MONTHS)
_PRESENTED = frozenset("presented presents present presenting".split())
_PRIZES = frozenset("medal medals award awards prize prizes trophy certificate honour honor cheque title cup".split())


def called_on(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` is "called on" someone, to do something ("called on the president to resign"; not
    "called on Tuesday")."""
    if toks[v].low not in _CALL or v + 2 >= len(toks) or toks[v + 1].low != "on":
        return False
    after = toks[v + 2]
    return after.is_word and after.low not in _DAYS and not (v + 3 < len(toks) and toks[v + 3].low in _DAYS) and any(
        t.low == "to" for t in toks[v + 3 : v + 9])


def _given_to_someone(toks: list[Tok], v: int) -> bool:
    """Whether "presented" at ``v`` gives something: "presented with" the thing, or a prize named near it ("presented
    the medal to the firefighter", "The award was presented to the director"; not "presented the budget")."""
    return v + 1 < len(toks) and toks[v + 1].low == "with" or any(
        t.low in _PRIZES for t in toks[max(0, v - 4) : v + 5])


def act_at(toks: list[Tok], v: int) -> str:
    """The one-act stem of the verb at ``v``, a verb and its particle read as one word ("called off": cancel, "signed
    off": approve)."""
    low = toks[v].low
    if lodged_appeal(toks, v):
        return APPEAL  # "lodged an appeal against the ruling": appealed against it
    if low in _PRESENTED and _given_to_someone(toks, v):
        return AWARD  # "presented the medal to the firefighter", "was presented with the medal": given, not shown
    if called_on(toks, v):
        return URGE  # "called on the president to resign": urged him to
    if v + 1 < len(toks):
        low = PHRASAL.get((low, toks[v + 1].low), low)
    return one_act(stem(low))


def lodged_appeal(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` lodges an appeal ("lodged an appeal", "filed an appeal")."""
    return toks[v].low in _LODGED and v + 2 < len(toks) and toks[v + 1].low in ("an", "a") and toks[v + 2].low == (
        "appeal")


_LODGED = frozenset("lodged lodges filed files launched launches".split())
APPEAL = stem("appealed")


def suit(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` brings a lawsuit against someone: it sues them ("filed a lawsuit against")."""
    if toks[v].low not in _BRINGS:
        return False
    words = [t.low for t in toks[v + 1 : v + 13]]
    if toks[v].low in _TAKE and "to" in words[1:7] and words[words.index("to", 1) + 1 :][:1] == ["court"]:
        return True  # "have taken the school district to court"
    k = words.index("against") if "against" in words else 99  # (far after a suit named at once: "brought a libel
    return k < 99 and any(w in _SUITS for w in words[: 5 if k < 5 else 3])  # action at the High Court in London
    # against")


_BRINGS = frozenset("filed files brought brings launched launches issued issues took takes taken taking take".split())
_TAKE = frozenset("took takes taken taking take".split())
_SUITS = frozenset("lawsuit suit action case proceedings claim complaint".split())  # ("taken legal action against",
# "filed a legal complaint against")
SUE = stem("sued")  # (as "sued" and "sues" give it)


# Words that say one relation from each side: "finished ahead of" / "finished behind", "grew faster than" / "grew
# more slowly than" (the parties reversed, the same thing said).
_CONVERSES = (("ahead", "behind"), ("above", "below"), ("faster", "slower slowly"), ("higher", "lower"),
              ("older", "younger"), ("bigger larger", "smaller"), ("outscored outpaced outperformed", "trailed"))


def told_from_each_side(words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Whether one version has a word of a relation and the other its converse, and neither both."""
    for one, other in _CONVERSES:
        x, y = frozenset(one.split()), frozenset(other.split())
        if (words_a & x and words_b & y and not words_a & y and not words_b & x) or (
                words_a & y and words_b & x and not words_a & x and not words_b & y):
            return True
    return False


__all__ = ["SUE", "one_act", "suit", "told_from_each_side"]
