"""The verbs whose doer and receiver ``roles`` reads, each form with the verb it stands for ("blamed": accuse,
"bought": buy, "shot": shoot), the nouns of acts ("Israel's strike on Iran"), and the words without which a sentence
has no role to read."""

from __future__ import annotations

from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.tokens import Tok

_LEMMAS = """accuse blame attack bomb shell strike kill shoot defeat beat invade arrest sue criticize criticise
    condemn threaten target arm fund sanction acquire buy purchase replace fire sack hire pay warn charge
    indict ambush raid capture kidnap rob besiege overtake outsell defend endorse eliminate oust
    overthrow betray impose launch call phone telephone visit invite praise congratulate thank seize detain expel
    hack urge stab question interrogate release free violate knock summon foul assault punch kick slap owe
    rescue ram poach extradite deport knife unseat edge thrash rout trounce blackmail defraud swindle con cheat
    breach outsprint outpoint outplay outlast overcome pip""".split()
_IRREGULAR = {"strike": ("struck", "strikes", "striking"), "shoot": ("shot", "shoots", "shooting"),
              "beat": ("beat", "beaten", "beats", "beating"), "buy": ("bought", "buys", "buying"),
              "pay": ("paid", "pays", "paying"), "expel": ("expelled", "expels", "expelling"),
              "overtake": ("overtook", "overtaken", "overtakes", "overtaking"),
              "ram": ("rammed", "rams", "ramming"), "overcome": ("overcame", "overcomes", "overcoming")}  # fmt: skip


def _forms(lemma: str) -> set[str]:
    if lemma in _IRREGULAR:
        return {lemma, *_IRREGULAR[lemma]}
    base = lemma[:-1] if lemma.endswith("e") else lemma
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    third = lemma + "es" if lemma.endswith(("sh", "ch", "s", "x")) else lemma + "s"
    ing = base + "ing"
    if lemma in ("target",):
        past, ing = "targeted", "targeting"
    elif len(lemma) <= 4 and lemma[-1] in "bgnpt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"  # rob -> robbed
    return {lemma, past, third, ing}


# Verbs that say the same act: "Iran blamed Israel" reverses "Israel accused Iran".
_SAME_ACT = {"blame": "accuse", "criticise": "criticize", "acquire": "buy", "purchase": "buy", "defeat": "beat",
             "edge": "beat", "thrash": "beat", "rout": "beat", "trounce": "beat",
             "sack": "fire", "shell": "bomb", "phone": "call", "telephone": "call", "assault": "attack",
             "knife": "stab", "unseat": "oust", "deport": "expel", "swindle": "defraud", "con": "defraud",
             "cheat": "defraud", "breach": "hack", "poach": "hire", "replace": "overtake", "outsprint": "beat",
             "outpoint": "beat", "outplay": "beat", "outlast": "beat", "overcome": "beat", "pip": "beat"}  # fmt: skip
# ("replaced Lindahl as world number one" / "overtook Lindahl at the top")
VERB = {form: _SAME_ACT.get(lemma, lemma) for lemma in _LEMMAS for form in _forms(lemma)} | {"downed": "shoot"}
TRIGGERS = frozenset(VERB) | frozenset("""lost lose loses losing take takes took taken taking filed files brought brings
    launched launches hit hits lashed won win wins victory triumph complaint lawsuit takeover acquisition fell
    falls claimed claims clinched clinches captured captures""".split())  # ("claimed the title": ``victors``)

# An act named by a noun, with its doer before it and its receiver after "on": "Israel's strike on Iran", "an
# Israeli attack on Iran".
NOMINAL = {"strike": "strike", "strikes": "strike", "airstrike": "strike", "airstrikes": "strike",
           "attack": "attack", "attacks": "attack", "assault": "attack", "invasion": "invade", "raid": "raid",
           "raids": "raid", "bombing": "bomb", "offensive": "attack", "sanctions": "sanction", "victory": "beat",
           "win": "beat", "triumph": "beat", "complaint": "complain", "lawsuit": "sue", "takeover": "buy",
           "acquisition": "buy"}  # fmt: skip
# The word after the noun before its receiver, for those that take another ("India's victory over Australia",
# "Harbour's takeover of Rivers Bank").
NOMINAL_AFTER = {"beat": ("over",), "buy": ("of", "by")}  # ("Veltrix's acquisition by Nordel")


# Words before "with", "of" or "for" and a verb in -ing whose doer is the one they are said of ("Kieran Walsh is charged
# with assaulting Ahmed Bello": Walsh).
_CHARGED = frozenset("charged accused convicted arrested jailed sentenced suspected fined".split())


def charged_before(toks: list[Tok], b: int) -> int:
    """Where "charged" (jailed, fined ...) is before "with", "of" or "for" at ``b``, past a term ("was jailed for nine
    years for stabbing"), else -1."""
    if toks[b].low not in ("with", "of", "for"):
        return -1
    for c in range(b - 1, max(-1, b - 6), -1):
        if toks[c].low in _CHARGED:
            return c
        if not (toks[b].low == "for" and (toks[c].is_number or toks[c].low in _TERM or toks[c].low in WORD_NUMBERS)):
            return -1
    return -1


_TERM = frozenset("for years year months month weeks days life a an euros pounds dollars".split())


__all__ = ["NOMINAL", "NOMINAL_AFTER", "TRIGGERS", "VERB", "charged_before"]
