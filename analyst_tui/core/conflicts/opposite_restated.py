"""Opposite outcomes in versions told in other words: "Shareholders backed the chief executive's pay package" /
"investors voted down the pay deal for the chief executive", "Incumbent mayor Teodor Brask won Sunday's runoff" /
"the incumbent mayor, Teodor Brask, was voted out of office in Sunday's runoff", "voted in favour of renaming the
square" / "rejected a proposal to rename the square".

Read last, as ``negation_restated``, when ``outcomes.opposite_outcome`` found nothing because the two say who or what
in other words: each version states one side of a concept (``outcomes.outcomes``: a vote for or against is approval
or rejection), the other side in the other, neither negates anything, and each states most of the other's content
words, four or more. Not the concepts of a measure or a comparison (rose and fell, met and missed a target, above and
below a norm), whose two sides both versions may hold of different things; not one's subject the other's object ("the
euro weakened against the dollar" / "the dollar strengthened against the euro"); not a result with an opponent
("lost out on the award to rapper J-Nova" / "J-Nova won the award, beating singer Petra Lind"); nor each version
naming someone the other does not.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.negation_restated import MIN_SHARE, MIN_SHARED
from analyst_tui.core.conflicts.occasions import levels_apart
from analyst_tui.core.conflicts.outcomes import EVENTS, outcomes
from analyst_tui.core.conflicts.parties_alike import nations_apart
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.polarity_words import NEGATORS
from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.shared_words import names_apart, say_most_alike
from analyst_tui.core.conflicts.tokens import stem
from analyst_tui.core.textnorm import stem as family

_SAME_CONCEPT = {"vote": "approval", "consent": "acceptance", "restriction": "permission", "grant": "permission",
                 "continuation": "schedule"}  # voted for or against: approved or rejected; agreed to or refused:
# accepted or turned down; a ban lifted or kept, permission granted or refused: allowed or banned; a search that will
# continue or was called off
_DONE_TO_A_THING = frozenset(("permission", "schedule"))  # (the thing the subject of one, the object of the other:
# "lifted the ban on night flights" / "night flights will remain banned")
_FLIPPED = frozenset(("restriction",))  # (its first side, a ban imposed, is the other's second: banned)
_MEASURES = frozenset("deal truce aim direction level norm warmth wetness rates_held pace".split())
_OPPONENT = frozenset("to against over".split())  # "lost to", "won 3-1 over"
_BEATING = frozenset("beating beat defeating defeated edged outbidding outbid".split())  # "won, beating", "beat ... to win"


def _sides(p: Polarity) -> dict[str, dict[int, list[int]]]:
    """concept -> side -> where it is stated, for the concepts compared here."""
    out: dict[str, dict[int, list[int]]] = {}
    for concept, sides in outcomes(p).items():
        flip = concept in _FLIPPED
        concept = _SAME_CONCEPT.get(concept, concept)
        if concept in EVENTS or concept in _MEASURES or concept not in _KNOWN:
            continue  # (a prospect is another key: "is expected to approve")
        for side, at in sides.items():
            out.setdefault(concept, {}).setdefault(1 - side if flip else side, []).extend(at)
    return out


def opposite_restated(a: Polarity, b: Polarity) -> tuple[str, str, str] | None:
    """(what ``a`` says, what ``b`` says, the concept) when they state opposite outcomes in other words, else None."""
    if a.negated or b.negated or not (NEGATORS.isdisjoint(a.words()) and NEGATORS.isdisjoint(b.words())):
        return None
    sa = a.kept("sides", _sides)
    sb = b.kept("sides", _sides) if sa else {}  # (the other's is read only then)
    for concept in sorted(sa.keys() & sb.keys()):
        if len(sa[concept]) != 1 or len(sb[concept]) != 1 or sa[concept].keys() == sb[concept].keys():
            continue  # one version says both sides, or both say the same
        (ka, *_), (kb, *_) = next(iter(sa[concept].values())), next(iter(sb[concept].values()))
        if concept != "earnings" and (_a_noun(a.toks, ka) or _a_noun(b.toks, kb)):
            continue  # "by the end of the year": no outcome (but "a profit", "a loss")
        x, y = a.cue_at(ka), b.cue_at(kb)
        if levels_apart(x.subject, y.subject) or nations_apart(x.subject, y.subject):
            continue  # two bodies ("A federal district court blocked the law" / "The appeals court allowed it";
            # "European regulators" / "US regulators")
        if concept == "earnings" or concept in ("grant", "permission") and _passive(a.toks, ka) != _passive(b.toks, kb):
            pass  # a result of one's own ("a third-quarter loss"), or the one granted or refused in each ("granted
            # Ostrava Lions a licence" / "Ostrava Lions have been refused a licence"; but "won over Viktor Hale" /
            # "Viktor Hale was defeated": one result from each side)
        elif (x.subject & y.obj or x.obj & y.subject) and len(x.subject & y.subject) < 2 and (
                concept not in _DONE_TO_A_THING):
            continue  # one result told from each side (not the same subject: "won re-election in Ward 5" / "Ward 5
            # councillor Rosa Delgado lost her bid")
        if concept == "outcome" and (_opponent(a, ka) or _opponent(b, kb) or _two_named(a, x.subject, b, y.subject) or (
                x.subject and y.subject and x.subject.isdisjoint(y.subject) and (
                    x.subject.isdisjoint(b.stems()) and y.subject.isdisjoint(a.stems()) or (
                        x.subject <= _after(b, kb) or y.subject <= _after(a, ka))))):
            continue  # ("Vasquez won the recount" / "Brannigan lost the recount", "The opposition won the vote" / "The
            # government lost the vote": the two sides of one result; "Campaigners lost their High Court challenge" /
            # "The council won the High Court case brought by campaigners": the loser named in the other too)
        said = frozenset((family(a.toks[ka].low), family(b.toks[kb].low)))  # (the words that differ)
        if not say_most_alike(a, b, MIN_SHARED, MIN_SHARE, said) or names_apart(a.toks, b.toks):
            continue
        return f'"{x.phrase}"', f'"{y.phrase}"', concept
    return None


def _after(p: Polarity, k: int) -> frozenset[str]:
    """The stems of the words after the verb at ``k`` ("won the case brought by campaigners": the one who lost)."""
    return frozenset(stem(t.low) for t in p.toks[k + 1 :] if t.is_word)


def _two_named(a: Polarity, x: frozenset[str], b: Polarity, y: frozenset[str]) -> bool:
    """Whether two subjects are names that share no word, each named in one version only."""
    names_a = {stem(t.low) for t in a.toks[1:] if t.cap} | {stem(a.toks[0].low)}
    names_b = {stem(t.low) for t in b.toks[1:] if t.cap} | {stem(b.toks[0].low)}
    return bool(x and y) and x <= names_a and y <= names_b and x.isdisjoint(y) and x.isdisjoint(names_b) and (
        y.isdisjoint(names_a))


def _a_noun(toks: list, k: int) -> bool:
    return k > 0 and toks[k - 1].low in ("the", "a", "an")


def _passive(toks: list, k: int) -> bool:
    """Whether the verb at ``k`` follows a form of "be": its subject is the one it befell ("have been refused")."""
    return k > 0 and toks[k - 1].low in BE


def _opponent(p: Polarity, k: int) -> bool:
    """Whether an opponent follows the result at ``k``: "lost to J-Nova", "lost 2-1 to", "lost out to", "lost the final to
    Kasia Novak", "lost to rival Pryce Group", "won, beating ...", "beat ... to win", "won the rights to show the league,
    outbidding DR" (not "lost her bid for re-election, according to Tuesday's results")."""
    before = p.toks[max(0, k - 9) : k]
    if before and before[-1].low == "to" and any(t.low in _BEATING for t in before):
        return True  # "beat Sam Ortiz to win the leadership", "beat Ocean Parade by a length to win"
    toks = p.toks[k + 1 : k + 8]
    return any(t.low in _BEATING for t in p.toks[k + 1 : k + 12]) or any(t.low in _OPPONENT and toks[j - 1].low != "according" and (
        j <= 1 or toks[j - 1].is_number or any(x.cap for x in toks[j + 1 : j + 3])) for j, t in enumerate(toks))


_KNOWN = frozenset("""approval permission acceptance outcome verdict success grade consent quality strength continuation
    resumption attendance policy schedule appeal grant presence danger qualification goal_stands test rating
    compliance resistance restriction earnings""".split())
