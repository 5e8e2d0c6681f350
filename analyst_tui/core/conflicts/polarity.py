"""Polarity: one version says something happened, the other that it did not.

A negator ("not", "n't", "never", "no", "without", "declined to", "denied" + a verb in -ing; a negating
prefix, "unarmed", "illegal", negates its own word)
governs the first content word after it (its *head*: "has not made" -> made, "not part of the
plan" -> part) and the rest of its clause. Two versions differ in polarity when one negates a head
that the other, which negates nothing, states about the same subject ("Trump has not made a
final decision" / "Trump has made a final decision"); when one denies a clause ("denied the report
that Trump plans to send troops") or a thing ("denied any plan to send troops", "denied involvement in
the attack") that the other, negating nothing, states in most of its words (compared by word family:
"involvement" / "involved");
or when one confirms and the other denies ("did not deny" and "declined to confirm" take no side, but contradict
a denial or a confirmation by the same speaker; "said the
report was false" or "called it fake news" denies, "said the report was accurate" confirms;
confirming a negation denies: "confirmed that troops would not be sent" agrees with "denied that
troops would be sent").
"Same subject" means the words just before the negator and just before the other's head share a
word, and the words just after the head do too, when both have any; or the other says it in the passive,
its doer after "by" ("Hamas denied carrying out the attack" / "the attack was carried out by Hamas"). Opposite verbs about the same
subject differ too ("the plan was approved" / "the plan was rejected", "profits rose" / "profits
fell", "the bill passed" / "the bill failed", "signed" / "vetoed"), unless a version uses both. What follows
"lost", "lacks" or "cut" is not stated: "homes lost power" and "cut power to homes" say what "homes without
power" says. Nor is what is under way
against what has not been done yet ("is still deciding" / "has not decided"), the other side of a vote
("voted against" / "did not vote for"), or a lesser degree ("caused minor damage" / "did not cause major
damage"). "X is not part of Y" against "Y includes X" is read in ``inclusion``, opposite verbs in ``outcomes``.
This module reads a version; ``polarity_compare`` compares two.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from analyst_tui.core.conflicts.polarity_words import (AFFIRM, COUNT_WORDS, DENY, DIRECTED, FILLER, IMPLICIT,
                                                       JUDGED_FALSE, JUDGED_TRUE, NEGATORS, PREFIXED, PRIVATIVE,
                                                       SCOPE_END, SKIP, STAY_FORMS, WEAK_HEADS, GERUND_NEGATORS,
                                                       STOPPED, MODAL, BEFORE_TO, BEFORE_GERUND)
from analyst_tui.core.conflicts.cues import (SAY, Cue, clause_end, phrase, to_after, unsaid, verb_before,
                                            without_doing, words_after, words_before)
from analyst_tui.core.conflicts.denials import absent_from, denied_that, denied_thing, negated_clause
from analyst_tui.core.conflicts.judged import QUOTES, judgements, speaker
from analyst_tui.core.conflicts.negated_verbs import BE_HAVE, verb_after, verb_after_aside
from analyst_tui.core.conflicts.nations import country
from analyst_tui.core.conflicts.numbers import CURRENCY_SIGNS
from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.tokens import Tok, said_bounds, stem, tokenize
from analyst_tui.core.textnorm import stem as family  # Snowball: "involved" and "involvement" -> "involv"
from analyst_tui.core.wordforms import IRREGULAR_PAST

T = TypeVar("T")
_DETERMINERS = frozenset("a an the any".split())
_KNOCKED = frozenset("knocked knocks knocking took takes".split())


class Polarity:
    """Negated heads, the stance (confirmed / denied), and the words stated outside any negation."""

    __slots__ = ("_toks", "_text", "in_scope", "negated", "negates", "stance", "denied", "_free", "_outcomes", "_words",
                 "_stems", "_kept")

    def __init__(self, toks: list[Tok] | None, in_scope: list[bool] | None, negated: tuple[Cue, ...],
                 stance: Cue | None, text: str = "",
                 denied: tuple[frozenset[str], str] | None = None) -> None:  # fmt: skip
        self._toks = toks
        self._text = text  # tokenised only when asked (a sentence with nothing to negate or deny)
        self.in_scope = in_scope
        self.negated = negated
        self.negates = in_scope is not None  # has any negator at all
        self.stance = stance  # head "confirmed" or "denied"
        # a clause or thing denied as a whole ("denied the report that ..."): its words' families, as written
        self.denied = denied
        self._free: dict[str, list[int]] | None = None
        self._outcomes: dict[str, dict[int, list[int]]] | None = None  # see ``outcomes.outcomes``
        self._words: frozenset[str] | None = None
        self._stems: frozenset[str] | None = None
        self._kept: dict[str, Any] | None = None  # (``kept``)

    @property
    def toks(self) -> list[Tok]:
        if self._toks is None:
            self._toks = tokenize(self._text)
        return self._toks

    @classmethod
    def plain(cls, text: str) -> "Polarity":
        """A sentence with no negator, stance or deny word: its words are read only when needed."""
        return cls(None, None, (), None, text)

    def kept(self, key: str, read: Callable[["Polarity"], T]) -> T:
        """``read(self)``, read once: a version is compared with every other member of its claim."""
        if self._kept is None:
            self._kept = {}
        if key not in self._kept:
            self._kept[key] = read(self)
        return self._kept[key]

    def words(self) -> frozenset[str]:  # read once: a version is compared with every other member of its claim
        if self._words is None:
            self._words = frozenset(t.low for t in self.toks)
        return self._words

    def stems(self) -> frozenset[str]:  # read once, as ``words``
        if self._stems is None:
            self._stems = frozenset(stem(t.low) for t in self.toks if t.is_word)
        return self._stems

    def families(self) -> dict[str, list[int]]:
        """``free`` by word family (Snowball stem: "involved" with "involvement"; "Russian" with "Russia")."""
        out: dict[str, list[int]] = {}
        toks = self.toks
        for ks in self.free.values():
            for k in ks:
                out.setdefault(family(country(toks[k].low)), []).append(k)
        return out

    @property
    def free(self) -> dict[str, list[int]]:
        """Stems of content words outside any negation -> where they occur."""
        if self._free is None:
            free: dict[str, list[int]] = {}
            toks, (lo, said, n) = self.toks, said_bounds(self.toks)
            for k, t in enumerate(toks):
                if (self.in_scope and self.in_scope[k]) or not t.is_word or len(t.low) <= 2 or said <= k < n or (
                        k < lo and toks[lo - 1].low == "that"):
                    continue  # (nor the words of who said it: "..., Reuters reported", "Local media reported that")
                j = k - 1
                while j > 0 and (toks[j].low in _DETERMINERS or k - j < 2 and toks[j - 1].low in _DETERMINERS):
                    j -= 1  # ("lacked a valid licence", "lacked a Swedish licence")
                if k and (toks[j].low in PRIVATIVE or toks[j].low == "out" and j and toks[j - 1].low in _KNOCKED):
                    continue  # "homes lost power", "knocked out power to homes" say what "without power" says
                if k + 2 < len(toks) and toks[k + 1].low == "-" and toks[k + 2].low == "free":
                    continue  # "visa-free travel" says what "without a visa" says
                noun = k and t.low in IRREGULAR_PAST and toks[k - 1].low in ("a", "an", "one")  # "fired a shot": the
                free.setdefault(family(t.low) if noun else stem(t.low), []).append(k)  # noun, not "shoot"
            self._free = free
        return self._free

    def cue_at(self, k: int) -> Cue:
        toks = self.toks
        start = k - 1 if k and not toks[k - 1].is_break else k  # "The plane, which ..., crashed into the lake"
        verb = k - 1 if k and (toks[k - 1].low in STAY_FORMS or toks[k].low == "short") else k
        # ("The bridge, damaged ..., remains closed", "profit fell short of forecasts")
        kept = next((j for j in range(k - 2, max(-1, k - 9), -1) if toks[j].low in STAY_FORMS), None) if (
            toks[k].low == "open" and verb == k) else None
        if kept is not None:  # "would keep its flagship store on Regent Row open"
            verb = start = kept
        subject = words_before(toks, verb)
        if toks[k].low == "guilty":  # who was found guilty: "found the city's former mayor, Klaus Reiter, guilty"
            found = next((j for j in range(k - 1, max(-1, k - 11), -1) if toks[j].low in ("found", "finds")), k)
            subject = subject | frozenset(stem(t.low) for t in toks[found + 1 : k] if t.is_word and len(t.low) > 2
                                          and t.low not in FILLER)
        return Cue(stem(toks[k].low), subject, words_after(toks, k),
                   phrase(toks, start, clause_end(toks, k, 4)), at=k)


def _to_a_figure(toks: list[Tok], i: int) -> bool:
    """Whether "to" and a figure follow the word at ``i`` ("declined to 4.1 percent": fell to it, not refused)."""
    return i + 2 < len(toks) and toks[i + 1].low == "to" and (toks[i + 2].is_number or (
        toks[i + 2].low in CURRENCY_SIGNS))


def _doer_by(toks: list[Tok], k: int) -> frozenset[str]:
    """Who confirms or denies in the passive, after "by": "The report was confirmed by the Pentagon" (the Pentagon)."""
    if not (0 < k < len(toks) - 2 and toks[k - 1].low in BE and toks[k + 1].low == "by"):
        return frozenset()
    out = []
    for t in toks[k + 2 : k + 6]:
        if t.is_break or t.low in _AFTER_DOER:
            break
        if t.is_word and t.low not in FILLER and len(t.low) > 2:
            out.append(stem(t.low))
    return frozenset(out)


_AFTER_DOER = frozenset("on in at after before for with that as".split())


def analyse(toks: list[Tok]) -> Polarity:
    lows = {t.low for t in toks}
    stance = None
    deny = lows & DENY
    judged = lows & JUDGED_FALSE or lows & JUDGED_TRUE
    if deny or lows & AFFIRM or judged:
        # "did not deny", "declined to confirm": no stance
        said = [(k, t.low in AFFIRM) for k, t in enumerate(toks)
                if (t.low in AFFIRM or t.low in DENY) and not unsaid(toks, k)]
        called = judgements(toks) if judged else {}
        said = sorted(said + list(called))
        sides = {affirms for _, affirms in said}
        if len(sides) == 1:
            k, affirms = said[0]
            head = "confirmed" if affirms else "denied"
            if (k, affirms) in called:  # "said the report was false": the speaker's words, as written
                at = called[(k, affirms)]
                shown = " ".join(t.text for t in toks[max(0, at - 2) : k + 1] if t.low not in QUOTES)
                stance = Cue(head, words_before(toks, at) | speaker(toks, at), frozenset(), shown.replace(" n't", "n't"))
            else:
                flipped = negated_clause(toks, k)
                shown = phrase(toks, k, clause_end(toks, k, 10)) if flipped else head
                stance = Cue(head, words_before(toks, k) | _doer_by(toks, k), frozenset(), shown, flipped)
    prefixed = [k for k, t in enumerate(toks) if t.low in PREFIXED and not (k and toks[k - 1].low in NEGATORS)] if (
        lows & PREFIXED.keys()) else []  # (not "was not inadmissible": admissible)
    if not (lows & NEGATORS or deny or lows & IMPLICIT or prefixed or lows & BEFORE_GERUND or lows & STOPPED):
        return Polarity(toks, None, (), stance)
    n = len(toks)
    in_scope = [False] * n
    negated: list[Cue] = []
    denied_negations: list[tuple[int, int]] = []  # where a negation is denied ("denied that it would not honour")
    for k in prefixed:  # "was unarmed": "armed", negated
        in_scope[k] = True
        negated.append(Cue(stem(PREFIXED[toks[k].low]), words_before(toks, k), words_after(toks, k),
                           phrase(toks, max(0, k - 2), k + 1), at=k))
    denied: tuple[frozenset[str], str] | None = None
    found = bool(prefixed)
    for i, t in enumerate(toks):
        low = t.low
        nxt = toks[i + 1].low if i + 1 < n else ""
        no_evidence = absent_from(toks, i) if low in _ABSENCE else None  # ("no evidence that", "nothing to suggest")
        if low in NEGATORS and no_evidence is None:
            if low == "nor" and any(t.low == "neither" and _parties_after(toks, j) for j, t in enumerate(
                    toks[max(0, i - 8) : i], max(0, i - 8))):
                continue  # (read with its "neither": "Neither the Red Crescent nor the government has said")
            if low == "not" and nxt == "only":
                continue  # "not only ... but also" adds, it does not negate
            if low == "not" and nxt == "to" and i and toks[i - 1].low in DIRECTED and toks[i - 1].low not in _CHOSE:
                continue  # "residents were told not to return": an instruction, not what they did
            if low == "no" and (i + 1 < n and toks[i + 1].is_number or nxt == "." and i + 2 < n and toks[
                    i + 2].is_number or nxt in ("more", "less", "fewer", "later") and toks[i + 2 : i + 3] and toks[
                    i + 2].low == "than"):
                continue  # "World No 87", "No. 10": a number, not a negation; "no more than 87 litres": a bound
            if low == "no" and (i and (toks[i - 1].is_number or toks[i - 1].low in COUNT_WORDS) or nxt in (
                    "-", "confidence") and not (i + 2 < n and toks[i + 2].low in ("one", "body")) or nxt in (
                    "votes", "vote") and i + 2 < n and toks[i + 2].low == "against"):
                continue  # "three no votes": votes against, counted; "a no-confidence motion", "a no-fly zone";
                # "with no votes against": unanimous, not a vote denied
            if _until_follows(toks, i):
                continue  # "may not be restored till 31 December": when it happens, not that it does not
        elif low in DENY or no_evidence is not None:
            # "There is no evidence the strain can spread": the clause after it is denied, as after "denied that"
            # (not "no evidence of foul play": a thing, which "ruled out foul play" also denies)
            if no_evidence is not None:
                start = no_evidence
            else:
                that = denied_that(toks, i)
                start = that + 1 if that is not None else denied_thing(toks, i)
            if start is not None:
                found = True
                k = start
                while k < n and not toks[k].is_break and toks[k].low not in SCOPE_END and toks[k].low not in _THEN:
                    in_scope[k] = True
                    k += 1
                stems = frozenset(family(country(w.low)) for w in toks[start:k]
                                  if w.is_word and len(w.low) > 2 and w.low not in FILLER)
                double = any(w.low in NEGATORS or w.low in _FAILED and j + 1 < n and toks[j + 1].low == "to"
                             for j, w in enumerate(toks[start:k], start))
                if double:  # "denied that it would not honour the contract", "denied that it had failed to act": a
                    denied_negations.append((start, k))  # negation denied, which says it does
                elif len(stems) >= 2 and denied is None:
                    denied = (stems, phrase(toks, i, min(k, start + 12)))  # at most a dozen words of the clause
                negated = [c for c in negated if not (c.at in prefixed and start <= c.at < k)]  # ("denied that the
                # plant was unsafe": a negation denied, not said)
                continue
            if not (nxt.endswith("ing") and (len(nxt) > 5 or nxt in _SHORT_GERUNDS)) or nxt in _PREPOSITIONS_ING:
                continue  # ("denied using tear gas"; not "had been dismissed following his conviction")
        elif not (low in IMPLICIT and (nxt == "to" or to_after(toks, i)) and not _to_a_figure(toks, i)) and not (
                low in STOPPED and nxt.endswith("ing") and len(nxt) > 5 and (
                    low not in ("stop", "cease") or i and toks[i - 1].low in MODAL)) and not (
                i and (toks[verb_before(toks, i)].low, low) in GERUND_NEGATORS and (
                    nxt.endswith("ing") and len(nxt) > 5 or low in ("out", "against") and nxt in _ARTICLES_AFTER
                    and toks[verb_before(toks, i)].low not in ("voted", "decided", "opted", "decides")
                    or low == "out" and nxt.isalpha() and nxt not in _NOT_RULED)
                and not any(x.low in NEGATORS or x.low in _FAILED for x in toks[max(0, i - 4) : i - 1])):
            continue  # ("held off raising rates", "refrained from commenting", "ruled out a visit"; not "has not held
            # off raising")
        found = True
        k = i + 1
        while k < n and not toks[k].is_break and toks[k].low not in SCOPE_END and not (  # ("has not made a full
                toks[k].low == "and" and k + 1 < n and toks[k + 1].low in _MODALS):  # recovery and may suffer harm")
            in_scope[k] = True
            k += 1
        h = i + 1
        while h < k and (toks[h].low in SKIP or not toks[h].is_word or low in IMPLICIT and toks[h].low in BEFORE_TO or (
                toks[h].low == "immediate" and h + 1 < k and toks[h + 1].low not in _REPLIES)):
            h += 1  # ("declined on Tuesday to ratify": the ratifying; "no immediate risk": the risk)
        intended = h + 2 if h + 2 < k and toks[h].low in _INTENT and toks[h + 1].low in ("to", "of") else None
        if h + 1 < k and toks[h].low in _COME_GO and toks[h + 1].low in _PARTICLES:
            h += 1  # "will not go ahead", "failed to come down": the weak "go" with the word that gives it its sense
        elif h + 2 < k and toks[h].low == "go" and toks[h + 1].low == "on" and toks[h + 2].low in _GONE_ON:
            h += 2  # "would not go on strike": not strike
        if h + 1 < k and toks[h].cap and toks[h + 1].is_word and not toks[h + 1].cap and (
                len(toks[h].low) <= 2 or low != "no" and (
                    country(toks[h].low) != toks[h].low or toks[h].low == "european")):
            h += 1  # "no US special forces took part", "ruled out a European tour": what they qualify
        subject = words_before(toks, i)
        if low == "without":
            h, subject = without_doing(toks, i, h, k, subject)
        if low == "nothing" and i > 1 and toks[i - 1].low in _KNEW:  # "knew nothing about the payments": the knowing
            h, subject = i - 1, words_before(toks, i - 1)
        nor = next((j for j in range(i + 1, k) if toks[j].low == "nor"), None) if low == "neither" and (
            _parties_after(toks, i)) else None
        if nor is not None:  # "Neither the Red Crescent nor the government has said": the saying, by neither
            h = verb_after(toks, nor + 1, k)
            subject = frozenset(stem(t.low) for t in toks[i + 1 : h] if t.is_word and t.low not in FILLER)
        ws = [t.low for t in toks[i + 1 + (low == "no") : i + 4 + (low == "no")]] + [""]  # "No one on board was hurt":
        aboard = (low == "nobody" or low == "no" and nxt == "one") and (  # the hurting, by no one
            ws[:2] == ["on", "board"] and ws[2] in BE_HAVE or ws[0] == "aboard" and ws[1] in BE_HAVE)
        if low in ("none", "nobody") and nxt in ("of", "among") or low == "no" and nxt == "one" and i + 2 < n and toks[
                i + 2].low in ("of", "among") or aboard:  # "none of the passengers survived": the verb, said of them
            h = verb_after(toks, h, k)
            if h == k:  # "none of the passengers on the ferry, which ran aground, were injured"
                h, k = verb_after_aside(toks, k, in_scope)
            subject = frozenset() if aboard else words_before(toks, h)
        after = h  # what is negated is told after this ("No arrests have yet been made over the collapse")
        if low == "no" and h < k and toks[h].low in _ANYONE and verb_after(toks, h, k) < k:
            h = verb_after(toks, h, k)  # "No group has claimed responsibility": the claiming, by nobody
            after, subject = h, frozenset()
        elif low == "no" and h + 2 < k:
            after = next((v for v in range(h + 1, min(k, h + 5)) if toks[v].low in _MADE and all(
                t.low in BE_HAVE or t.low in SKIP for t in toks[h + 1 : v])), h)
        contrast = (k < n and toks[k].low == "but" or (k + 1 < n and toks[k].low == "," and toks[k + 1].low == "but")) and (
            not _clause_after(toks, k + 1 + (toks[k].low == ",")))  # ("not a bomb but a gas leak"; not "no risk, but the
        # viaduct was closed")
        gone_to = h + 2 < k and toks[h].low == "go" and toks[h + 1].low == "to" and toks[h + 2].low in _GONE_TO
        if h < k and not contrast and (gone_to or len(toks[h].low) > 2 and not _weak(toks, h)):  # ("did not go to
            # extra time": not a weak "go")
            opened = verb_before(toks, i) if i and (toks[verb_before(toks, i)].low, low) in GERUND_NEGATORS else i
            opened = min(opened, h)  # ("knew nothing about the payments")
            head = _AHEAD if toks[h].low in _TAKE and h + 1 < k and toks[h + 1].low == "place" else stem(toks[h].low)
            negated.append(Cue(head, subject, words_after(toks, after + (after == h and head == _AHEAD and toks[
                h].low in _TAKE)), phrase(toks, opened, min(k, max(h, i) + 4)), at=h))  # ("would not take place": would
            # not go ahead; what follows "place" is what does not)
            for c in _carried(toks, h, k):  # "had not made any additional provisions": the provisions
                negated.append(Cue(stem(toks[c].low), subject, words_after(toks, c),
                                   phrase(toks, opened, min(k, c + 4)), at=c))
            if intended is not None and len(toks[intended].low) > 2:  # "had no intention of stepping down", "has
                # no plans to resign": the plan, and what is not intended
                negated.append(Cue(stem(toks[intended].low), subject, words_after(toks, intended),
                                   phrase(toks, i, min(k, intended + 3)), at=intended))
    negated = [c for c in negated if not any(start <= c.at < end for start, end in denied_negations)]
    return Polarity(toks, in_scope if found else None, tuple(negated), stance, "", denied)


def _parties_after(toks: list[Tok], i: int) -> bool:
    """Whether "neither" at ``i`` opens two parties ("Neither the mayor nor ..."), not two acts ("neither confirmed")."""
    return i + 1 < len(toks) and (toks[i + 1].low in ("the", "a", "an") or toks[i + 1].cap)


_FAILED = frozenset("failed fails fail refused refuses declined declines".split())
_SHORT_GERUNDS = frozenset("using being doing going owing".split())
_PREPOSITIONS_ING = frozenset("following including regarding concerning during according pending".split())
_CHOSE = frozenset(("chose", "decided"))  # "chose not to protest": did not, as one chose
_ARTICLES_AFTER = frozenset(("a", "an", "any", "the"))  # "ruled out a visit", "recommended against the release"
_NOT_RULED = frozenset("of for by on in as at after until from with".split())  # ("ruled out of the match")
_THEN = frozenset("after before when since until once".split())  # a denial's clause ends: "denied that it was unsafe after ..."



def _carried(toks: list[Tok], h: int, k: int) -> list[int]:
    """Where the words that carry the sense of a light verb or of "no trace of" at ``h`` are: the first two content
    words after it in its clause ("not made any additional provisions", "no trace of EPO"); else none."""
    if toks[h].low not in _LIGHT and not (toks[h].low in _TRACES and h + 1 < k and toks[h + 1].low == "of") or (
            h + 1 < k and toks[h + 1].low == "place"):
        return []  # ("will not take place": will not go ahead)
    found = [c for c in range(h + 1, k) if toks[c].is_word and toks[c].low not in SKIP and len(toks[c].low) > 2]
    carried = found[:1] if toks[h].low in _GIVE else found[:2]
    return [c for c in carried if not toks[c].cap and toks[c].low not in _WHEN]  # (not a name: "will not take part
    # in the Milan-Cortina Games", nor when: "this summer")


_LIGHT = frozenset("""make makes made making take takes took taken taking face faces faced facing receive receives
    received receiving secure secures secured undergo undergoes underwent undergone show shows showed shown
    carry carries carried carrying establish established pay pays paid paying give gives gave given giving""".split())
_GIVE = frozenset("give gives gave given giving".split())  # (only the thing given: "declined to give details of the
# passengers" does not negate the passengers)
_TRACES = frozenset("trace traces sign signs evidence".split())
_WHEN = frozenset("summer winter spring autumn year week month season quarter today tonight yesterday weekend".split())


def _weak(toks: list[Tok], h: int) -> bool:
    """Whether the head at ``h`` says too little to be denied ("not know"; but "was not known to police", "never
    knew about the payments", "knew nothing about them")."""
    after = toks[h + 1].low if h + 1 < len(toks) else ""
    if after == "nothing" and h + 2 < len(toks):
        after = toks[h + 2].low  # "knew nothing about the payments"
    return stem(toks[h].low) in WEAK_HEADS and not (toks[h].low == "known" and after == "to") and not (
        after == "about" and stem(toks[h].low) in _KNOW) and not (  # "never knew about the payments"
        stem(toks[h].low) == _SEE and after in ("the", "him", "her", "them")) and not (  # "did not see the defendant"
        stem(toks[h].low) == SAY and after in _SAID_CLAUSE) and not (  # "did not say she would resign" (not "say when")
        stem(toks[h].low) == _TELL and after in ("that", "about"))  # "were never told that their grades had changed"


def _clause_after(toks: list[Tok], k: int) -> bool:
    """Whether a clause of its own, about another thing, starts at ``k``: "the" and a form of "be" or "have" within its
    first words ("but the viaduct was closed"; not "but she was expected to be", said of the same one)."""
    return k < len(toks) and (toks[k].low == "the" and any(t.low in BE_HAVE for t in toks[k + 1 : k + 5]) or toks[
        k].low in ("the", "a", "an") and any(t.low in _SAID_BY for t in toks[k + 2 : k + 7]))  # ("but a statement read
    # to the jury said")


_SAID_BY = frozenset("said says told showed shows stated".split())


_REPLIES = frozenset("response comment reply reaction word confirmation indication explanation".split())  # ("There was
# no immediate response": weak)
_KNOW, _TAKE = frozenset(stem(w) for w in "know knew known".split()), frozenset("take takes took taken taking".split())
_SAID_CLAUSE = frozenset("that he she they it we i".split())
_GONE_ON = frozenset("strike trial sale".split())
_GONE_TO = frozenset("hospital extra penalties trial court war prison jail".split())  # ("went to extra time")
_COME_GO, _PARTICLES = frozenset("go come".split()), frozenset("ahead down off forward".split())
_MODALS = frozenset("may might could can will would should must".split())  # ("did not ... and may suffer")
_AHEAD, _SEE, _TELL = stem("ahead"), stem("see"), stem("tell")
_INTENT = frozenset("intention intentions plan plans".split())
_ANYONE = frozenset("group one party organisation organization country nation side person individual".split())
_MADE = frozenset("made reported carried".split())  # ("no arrests were made", "no casualties were reported")


def _until_follows(toks: list[Tok], i: int) -> bool:
    """Whether "until" or "till" comes after the negator at ``i`` in its clause ("not ... until Monday"), and says when
    something happens, not how long it lasts ("will not be allowed to remain on campus until term ends" negates)."""
    for t in toks[i + 1 : i + 12]:
        if t.is_break or t.low in SCOPE_END or t.low in _LASTING:
            return False
        if t.low in ("until", "till"):
            return True
    return False


_LASTING = frozenset("remain remains remained stay stays stayed continue continues continued last lasts lasted".split())
_ABSENCE = frozenset(("no", "nothing"))
_KNEW = frozenset("knew know knows heard saw noticed".split())
