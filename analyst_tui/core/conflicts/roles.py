"""Roles: who does what to whom ("A accused B" against "B accused A").

For a small set of verbs whose direction matters (accuse, attack, bomb, beat, sue, buy, call, visit, ...), the doer
and the receiver are read off the words around the verb: the name or noun just before an active verb and just after
it, the name before a passive one ("Sudan's army has been accused") and after its "by" (past a particle: "shot down
a Russian jet"); an act named by a noun has its doer before it and its receiver after "on" ("Israel's strike on
Iran", "an Israeli attack on Iran"). A country's adjective names the country ("a Russian jet" is Russia's). Two
versions differ in role when one entity is the doer of the verb in one and only its receiver in the other, or when
the same act on the same receiver has different doers, each of whom the other version names in another part
("Sudan's army bombed villages, rebels said" against "Rebels bombed villages, Sudan's army said").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from analyst_tui.core.conflicts.acts import suit
from analyst_tui.core.conflicts.entities import (NATION_WORDS, NATIONS, NOT_ENTITIES, PRONOUN, before_aside,
                                                 caps_back, entity_after, entity_before, one_party, one_phrase,
                                                 party, pronoun_after, stake_taken)
from analyst_tui.core.conflicts.named_parties import party_key
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS, past_score
from analyst_tui.core.conflicts.role_verbs import NOMINAL as _NOMINAL, NOMINAL_AFTER as _NOMINAL_AFTER
from analyst_tui.core.conflicts.role_verbs import TRIGGERS, VERB as _VERB, charged_before
from analyst_tui.core.conflicts.tokens import Tok, is_past, is_title, joined, stem

# Words of roles besides ``role_verbs``: ``_PHRASAL``.
_TAKEN = frozenset("take takes took taken taking".split())
_COURTS = frozenset("court courts tribunal tribunals".split())


def _to_court(toks: list[Tok], v: int) -> Role | None:
    """"Frisk has taken Nordhavn Bryg to court", "the union took Amazon to an employment tribunal": a suit."""
    patient = entity_after(toks, v + 1)
    if patient is None:
        return None
    k = patient[1]
    if k + 1 < len(toks) and toks[k].low in ("'", "'s"):
        patient = entity_after(toks, k + 1)  # "the tenants' association": the association
        if patient is None:
            return None
        k = patient[1]
    if not (k + 1 < len(toks) and toks[k].low == "to" and any(t.low in _COURTS for t in toks[k + 1 : k + 4])):
        return None
    b = v - 1
    while b >= 0 and (_adverb(toks[b]) or toks[b].low in _BE):
        b -= 1
    agent = entity_before(toks, before_aside(toks, b))
    return _role("sue", agent, patient, _shown(toks, agent[1] if agent else v, k)) if agent else None


def _suit_against(toks: list[Tok], v: int) -> Role | None:
    """"Novatek filed a lawsuit against Greta Lund", "took Greta Lund to court": a suit, its doer before the verb."""
    k = next((k for k in range(v + 1, min(len(toks), v + 13)) if toks[k].low == "against"), v)  # (or "took X to court")
    patient = entity_after(toks, k + 1)
    b = v - 1
    while b >= 0 and (_adverb(toks[b]) or toks[b].low in _BE):
        b -= 1
    agent = entity_before(toks, before_aside(toks, b))
    return _role("sue", agent, patient, _shown(toks, agent[1], patient[1])) if agent and patient else None


_BRINGS = frozenset("filed files brought brings launched launches".split())
_NOUN_FOLLOWS = frozenset("on in at from for during after before since by".split())
_LOST = frozenset("lost lose loses losing".split())
_VERB_FORMS = frozenset(TRIGGERS | {"shot", "stabbed", "attacked", "beat", "punched"})
_BE = frozenset("was were is are be been being get got gets stands stand stood".split())  # ("stands accused by")
_PARTICLES = frozenset("down up off out dead".split())  # "shot down a jet", "shot dead a robber": the receiver follows

# Nouns after which a verb's form is a noun of its own: "fire departments", "strike force", "attack helicopters".
_NOT_AFTER_VERB = frozenset("""department departments fighter fighters station stations chief chiefs crew crews truck
    trucks brigade service services officials engine engines force forces helicopter helicopters aircraft jets
    dog dogs plan plans zone zones team teams deal deals agreement agreements talks programme program scheme""".split())
_FREED = frozenset("the a an his her their its all some them him two three four five".split())  # ("to free the")
_NOUN_AFTER = {  # (the verb's form is a noun before them)
    "pay": frozenset("offer offers rise rises claim claims dispute disputes award awards freeze increase cut".split()),
    "fund": frozenset("manager managers".split())}
_ADVERBS = frozenset("""has have had will would could may might also often reportedly allegedly repeatedly
    previously later then again publicly formally officially already long widely since not n't never did does do
    recently once first must should can shall""".split())


@dataclass(frozen=True, slots=True)
class Role:
    verb: str  # lemma
    agent: str | None  # entity key ("sudan", "south sudan", "police")
    patient: str | None
    shown: str  # "Sudan has accused South Sudan"


# A name after one of these is inside a phrase that describes the doer, not the doer: "Iran's attack on
# Israel killed two", "the attack on Israel by Iran killed two", "police in Queens arrested a man" ("of" is
# left out: "the army of Sudan bombed villages" is Sudan's army).


def _adverb(t: Tok) -> bool:
    """"has", "reportedly", "accidentally": a word between the doer and the verb (not "family", "Italy")."""
    low = t.low
    return low in _ADVERBS or (len(low) >= 6 and low.endswith("ly") and not t.cap and low not in _LY_NOUNS)


_LY_NOUNS = frozenset("family assembly monopoly anomaly butterfly supply reply rally ally belly bully".split())


def roles(toks: list[Tok]) -> list[Role]:
    out: list[Role] = []
    title = None  # whether the text is a headline in title case, found when first needed
    for v, t in enumerate(toks):
        if t.low not in _ROLE_WORDS:
            continue
        if t.low in _NOMINAL and v >= 1 and v + 2 < len(toks) and toks[v + 1].low in _NOMINAL_AFTER.get(
                _NOMINAL[t.low], ("on", "against")):
            found = _nominal(toks, v)  # "Israel's strike on Iran"
            if found is not None:
                out.append(found)
                continue
        lost = t.low in _LOST
        k = past_score(toks, v + 1) if lost or t.low in ("fell", "falls") else 0  # "lost 3-1 to", "fell 24-21 to" (a
        # fall to someone only with its score)
        if (lost or k > v + 1) and k < len(toks) and toks[k].low == "to":
            winner, loser = entity_after(toks, k + 1), entity_before(toks, v - 1)  # "Carlsen lost to Nepomniachtchi"
            if winner and loser:
                out.append(_role("beat", winner, loser, _shown(toks, loser[1], winner[1])))
            continue
        if t.low in _PHRASAL_WORDS:
            found = _phrasal(toks, v)  # "hit out at", "took over", "won against"
            if found is not None:
                out.append(found)
                continue
        if t.low in _TAKEN or t.low in _BRINGS:  # "has taken his tenant to court", "filed a lawsuit against": sued
            found = _to_court(toks, v) if t.low in _TAKEN else None
            found = found or (_suit_against(toks, v) if suit(toks, v) else None)
            if found is not None:
                out.append(found)
            if found is not None or not stake_taken(toks, v):
                continue
        if t.low == "ordered" and [x.low for x in toks[v + 1 : v + 3]] in (["out", "of"], ["to", "leave"]):
            found = _ordered_out(toks, v)  # "Three Morvanian diplomats were ordered out of Telsia": expelled
            if found is not None:
                out.append(found)
            continue
        lemma = _VERB.get(t.low) or ("buy" if stake_taken(toks, v) else None)
        if lemma is None:
            continue
        if v + 1 < len(toks) and toks[v + 1].low in _NOT_AFTER_VERB:
            continue  # "fire departments", "attack helicopters": not the act
        if v + 1 < len(toks) and (toks[v + 1].low in _NOUN_AFTER.get(t.low, ()) or t.low == "free" and not (
                toks[v + 1].cap or toks[v + 1].is_number or toks[v + 1].low in _FREED)):
            continue  # "the latest pay offer", "a pay rise", "hedge fund manager", "free rebooking", "free of charge"
        if lemma == "shoot" and v + 1 < len(toks) and toks[v + 1].low == "dead":
            lemma = "kill"  # "shot dead a robber" / "shot and killed a robber"
        if t.cap and v > 0:
            if title is None:
                title = is_title(toks)
            if not title:
                continue  # "Palmer Fire Department": a name, not the act ("Israel Attacks Iran" is a headline)
        b = v - 1
        while b >= 0 and _adverb(toks[b]):
            b -= 1
        if b >= 1 and toks[b].low == "to" and toks[b - 1].low in _INTENDS:  # "Broadcom has agreed to acquire VMware"
            b -= 2
            while b >= 0 and _adverb(toks[b]):
                b -= 1
        if b >= 1 and toks[b].low == "and" and toks[b - 1].low in _VERB_FORMS:
            b -= 2  # "shot and killed a guard": the doer of both
        b = before_aside(toks, b)  # "The incumbent, Senator Ray Collins, 66, was defeated"
        passive = b >= 0 and toks[b].low in _BE and not t.low.endswith("ing")
        if passive:
            b2 = b - 1
            while b2 >= 0 and (_adverb(toks[b2]) or toks[b2].low in _BE):
                b2 -= 1
            patient = entity_before(toks, before_aside(toks, b2))
            after = v + 1
            if after < len(toks) and toks[after].low in _PARTICLES:
                after += 1
            agent = entity_after(toks, after + 1) if after < len(toks) and toks[after].low == "by" else None
            start = patient[1] if patient else v
            end = agent[1] if agent else v + 1
            if patient or agent:
                out.append(_role(lemma, agent, patient, _shown(toks, start, end)))
            continue
        charged = charged_before(toks, b) if t.low.endswith("ing") and b >= 1 else -1
        if charged >= 0:
            c = charged - 1  # "Kieran Walsh is charged with assaulting Ahmed Bello": Walsh, said to have done it
            while c >= 0 and (toks[c].low in _BE or toks[c].low in ("has", "have", "had") or _adverb(toks[c])):
                c -= 1
            agent = entity_before(toks, before_aside(toks, c))
        elif t.low.endswith("ing") and not (b >= 0 and toks[b].low in _BE):
            agent = None  # "..., accusing South Sudan of": the doer is not next to the verb
        elif t.low.endswith("ing"):  # "Apple is suing Samsung": the doer is before "is"
            while b >= 0 and (toks[b].low in _BE or _adverb(toks[b])):
                b -= 1
            agent = entity_before(toks, before_aside(toks, b))  # ("Nordgas, which operates the pipeline, is suing")
        else:
            agent = entity_before(toks, b)
        nxt = toks[v + 1].low if v + 1 < len(toks) else ""
        skip = int(nxt in _PARTICLES or (lemma == "call" and nxt in ("on", "upon")))  # "called on Congress to act"
        if nxt == "and" and v + 2 < len(toks) and (toks[v + 2].low in _VERB_FORMS or toks[v + 2].low.endswith("ed")):
            skip = 2  # "shot and wounded the gunman": the receiver of both
        patient = entity_after(toks, v + 1 + skip) or pronoun_after(toks, v + 1 + skip)
        if patient and agent and patient[0] == PRONOUN and toks[patient[1] - 1].low in ("himself", "herself"):
            patient = (agent[0], patient[1])  # "the gunman killed himself": the doer is the receiver
        if patient is None and t.low not in (lemma, lemma + "s", lemma + "es") and not t.low.endswith("ing"):
            continue  # "Woman killed in Queens" (passive) or "officers fired at" (no object): unknown
        if patient is None and t.low.endswith("s") and nxt in _NOUN_FOLLOWS:
            continue  # "started controlled water releases on Tuesday": a noun, not the act
        if patient and t.low == lemma and patient[1] == v + 2 + skip and is_past(toks[v + 1 + skip].low):
            continue  # "the bird strike happened": a noun, and then the verb
        if agent or patient:
            start = agent[1] if agent else v
            end = patient[1] if patient else v + 1
            out.append(_role(lemma, agent, patient, _shown(toks, start, end)))
    return out


# A verb with its particle, for another verb: (verb, particle): (the act, the word before its receiver, if any).
_PHRASAL = {("hit", "out"): ("criticize", "at"), ("hits", "out"): ("criticize", "at"),
            ("lashed", "out"): ("criticize", "at"), ("took", "over"): ("buy", None), ("take", "over"): ("buy", None),
            ("takes", "over"): ("buy", None), ("won", "against"): ("beat", None), ("win", "against"): ("beat", None),
            ("wins", "against"): ("beat", None), ("forced", "out"): ("oust", None), ("eased", "past"): ("beat", None),
            ("swept", "past"): ("beat", None), ("cruised", "past"): ("beat", None), ("broke", "into"): ("hack", None),
            ("hacked", "into"): ("hack", None), ("came", "past"): ("overtake", None),
            ("went", "past"): ("overtake", None), ("got", "past"): ("overtake", None),
            ("taking", "over"): ("buy", None), ("saw", "off"): ("beat", None),
            ("sees", "off"): ("beat", None)}  # fmt: skip
_PHRASAL_WORDS = frozenset(verb for verb, _ in _PHRASAL)


def _phrasal(toks: list[Tok], v: int) -> Role | None:
    """The doer and receiver of a verb with its particle ("Kent hit out at Barker", "Daltex is to take over Fenwick",
    "Chelsea won 3-1 against Arsenal"), in the active."""
    n = len(toks)
    k = past_score(toks, v + 1)  # "won 3-1 against"
    found = _PHRASAL.get((toks[v].low, toks[k].low)) if k < n else None
    if found is None or v and toks[v - 1].low in _BE and not toks[v].low.endswith("ing"):  # (but "is taking over")
        return None
    lemma, prep = found
    k += 1
    if prep is not None:
        if k >= n or toks[k].low != prep:
            return None
        k += 1
    b = v - 1
    while b >= 0 and _adverb(toks[b]):
        b -= 1
    if b >= 1 and toks[b].low == "to" and toks[b - 1].low in _INTENDS | _BE:  # "has agreed to take over", "is to"
        b -= 2
        while b >= 0 and (_adverb(toks[b]) or toks[b].low in _BE):
            b -= 1
    agent, patient = entity_before(toks, b), entity_after(toks, k)
    return _role(lemma, agent, patient, _shown(toks, agent[1], patient[1])) if agent and patient else None


def _ordered_out(toks: list[Tok], v: int) -> Role | None:
    """Those "ordered out of" a country or "ordered to leave" it, expelled by it."""
    b = v - 1
    while b >= 0 and (toks[b].low in _BE or toks[b].low in ("have", "has", "had") or _adverb(toks[b])):
        b -= 1
    patient, agent = entity_before(toks, before_aside(toks, b)), entity_after(toks, v + 3)
    return _role("expel", agent, patient, _shown(toks, patient[1], agent[1])) if agent and patient else None


_INTENDS = frozenset("""agreed agrees agree plans planned plan wants wanted offered offers decided decides voted
    moved moves sought seeks seeking tried tries""".split())


# Every word ``roles`` reads an act at (the others are passed over at once).
_ROLE_WORDS = frozenset((*_NOMINAL, *_PHRASAL_WORDS, *_LOST, *_TAKEN, *_BRINGS, *_VERB, "fell", "falls", "ordered"))


def _nominal(toks: list[Tok], v: int) -> Role | None:
    """The doer and receiver of the act noun at ``v``: its possessor ("Israel's") or a country's adjective
    ("an Israeli strike") before it, and the entity after its "on"."""
    patient = entity_after(toks, v + 2)
    if patient is None:
        return None
    if toks[v + 1].low == "by":  # "Veltrix's acquisition by Nordel": Nordel's
        bought = caps_back(toks, v - 2) if v >= 2 and toks[v - 1].low in ("'s", "'") else None
        return _role(_NOMINAL[toks[v].low], patient, bought, _shown(toks, bought[1], patient[1])) if bought else None
    if toks[v - 1].low == "the" and patient[1] + 1 < len(toks) and toks[patient[1]].low == "by":
        agent = entity_after(toks, patient[1] + 1)  # "the takeover of Rivers Bank by Harbour Financial"
        return _role(_NOMINAL[toks[v].low], agent, patient, _shown(toks, v, agent[1])) if agent else None
    if toks[v - 1].low in ("'s", "'") and v >= 2:  # ("the Conservatives' victory over Labour")
        agent = caps_back(toks, v - 2) if toks[v - 2].low not in NOT_ENTITIES else None  # not "Sunday's attack"
    elif toks[v - 1].low in NATIONS:
        agent = (toks[v - 1].low, v - 1)
    elif toks[v - 1].low in ("its", "their") and v >= 3 and toks[v - 2].is_word and not toks[v - 2].cap:
        agent = entity_before(toks, v - 3)  # "Vesta completed its acquisition of Orrin": Vesta's
    else:
        return None
    if agent is None:
        return None
    return _role(_NOMINAL[toks[v].low], agent, patient, _shown(toks, agent[1], patient[1]))


def _role(lemma: str, agent: tuple[str, int] | None, patient: tuple[str, int] | None, shown: str) -> Role:
    return Role(lemma, party(agent and agent[0]), party(patient and patient[0]), shown)


def _shown(toks: list[Tok], start: int, end: int) -> str:
    """The words from the doer to the receiver, past an aside when many ("Nordgas, … suing its insurer, Baltic Re")."""
    span = toks[start:end]
    return joined(span) if len(span) <= 10 else f"{joined(span[:2])} … {joined(span[-6:])}"


def mentioned(toks: list[Tok]) -> frozenset[str]:
    """Every word of a text, as written (lower-cased) and stemmed, to tell whether it names an entity."""
    return frozenset(w for t in toks if t.is_word for w in (t.low, stem(t.low), *NATION_WORDS.get(t.low, ())))


def _acting(entity: str | None) -> str | None:
    """Who acts, without the body that acts for it: "turkey forc" -> "turkey" ("police" stays); a nation's adjective
    the lists do not know as the nation, and a count before it left out ("three telsian diplomat" -> "telsia")."""
    if entity is None:
        return None
    words = [party_key(w) for w in entity.split()]
    if len(words) > 1 and (words[0] in WORD_NUMBERS or words[0].isdigit()):
        words = words[1:]
    while len(words) > 1 and words[-1] in _BODIES:
        words.pop()
    return " ".join(words)


_BODIES = frozenset(stem(w) for w in """forces troops army armies soldiers police military jets warplanes planes
    aircraft navy militia militias government officials authorities artillery tanks drones diplomats diplomat
    envoys envoy ambassador""".split())


def _shortest(entities: set[str | None], winners: set[str | None]) -> Callable[[str | None], str | None]:
    """Each party as the shortest name of two words or more that the versions give it ("singer tessa vale" and
    "tessa vale" are one); a winner named by one word (``victors``) as the one such name ending with it ("strand")."""
    names = sorted((e for e in entities if e and " " in e), key=lambda e: (len(e.split()), e))

    def canon(e: str | None) -> str | None:
        if e is None or " " not in e:
            ending = {c for c in names if c.endswith(f" {e}")} if e in winners else set()
            return canon(ending.pop()) if len(ending) == 1 else e
        return next((c for c in names if len(c.split()) < len(e.split()) and one_party(c, e)), e)
    return canon


def _stemmed(entity: str) -> str:
    return " ".join(stem(w) for w in entity.split())


def _names(words: frozenset[str], entity: str) -> bool:
    return all(w in words for w in entity.split())


_COUNTRIES = frozenset(NATIONS.values())


def _swapped(ra_list: list[Role], rb_list: list[Role]) -> tuple[str, str] | None:
    """Doer and receiver named in both versions, each the other's, one of them more or less fully ("Serena
    Williams defeated her sister Venus" / "Venus Williams defeated her sister Serena")."""
    for ra in ra_list:
        for rb in rb_list:
            if None in (ra.agent, ra.patient, rb.agent, rb.patient) or PRONOUN in (ra.patient, rb.patient):
                continue
            x, y, u, v = (_acting(e) for e in (ra.agent, ra.patient, rb.agent, rb.patient))
            if one_party(x, v) and one_party(y, u) and not one_party(x, u) and not one_party(y, v):
                return ra.shown, rb.shown
    return None


def _by_own_hand(ra_list: list[Role], rb_list: list[Role]) -> tuple[str, str] | None:
    """One did it to himself in one version, another party did it to him in the other ("the gunman killed himself"
    / "police shot the gunman dead")."""
    pairs = [(x, y, False) for x in ra_list for y in rb_list] + [(y, x, True) for x in ra_list for y in rb_list]
    for own, other, flip in pairs:
        if own.agent and own.agent == own.patient == other.patient and other.agent not in (None, PRONOUN, own.agent):
            return (other.shown, own.shown) if flip else (own.shown, other.shown)
    return None


def role_conflict(a: list[Role], b: list[Role], words_a: frozenset[str] = frozenset(),
                  words_b: frozenset[str] = frozenset(),
                  toks: tuple[list[Tok], list[Tok]] = ([], [])) -> tuple[str, str] | None:
    """(what a says, what b says) when an entity does the act in one and receives it in the other, or when
    the act on one receiver is done by another party in each, each party named in the other version
    (``words_a``, ``words_b``: ``mentioned``) and not one phrase there (``toks``: "the Meadowbank residents'
    association")."""
    if not a or not b:
        return None
    verbs = {r.verb for r in a} & {r.verb for r in b}
    for verb in sorted(verbs):  # sorted: a set's order changes from run to run
        ra_list = [r for r in a if r.verb == verb]
        rb_list = [r for r in b if r.verb == verb]
        doers_a = {r.agent for r in ra_list} - {None}
        done_a = {r.patient for r in ra_list} - {None, PRONOUN}
        doers_b = {r.agent for r in rb_list} - {None}
        done_b = {r.patient for r in rb_list} - {None, PRONOUN}
        # An entity that does it in one version and only receives it in the other, or the reverse; not when the
        # version where it acts has a receiver named by a pronoun, which may be that entity ("the gunman shot two
        # people before police shot him" / "police shot the gunman after he shot two people").
        # A country's forces are the country here: "Turkish forces shelled Kurdish positions" / "Kurdish forces
        # shelled Turkish positions".
        doers_a, done_a, doers_b, done_b = ({_acting(x) for x in xs} for xs in (doers_a, done_a, doers_b, done_b))
        canon = _shortest(doers_a | done_a | doers_b | done_b, {r.agent for r in ra_list + rb_list if not r.patient})
        doers_a, done_a, doers_b, done_b = ({canon(x) for x in xs} for xs in (doers_a, done_a, doers_b, done_b))
        flipped = set()
        if not any(r.patient == PRONOUN for r in ra_list):
            flipped |= (doers_a & done_b) - doers_b - done_a
        if not any(r.patient == PRONOUN for r in rb_list):
            flipped |= (done_a & doers_b) - done_b - doers_a
        for entity in sorted(flipped):
            ra = next(r for r in ra_list if entity in (canon(_acting(r.agent)), canon(_acting(r.patient))))
            rb = next(r for r in rb_list if entity in (canon(_acting(r.agent)), canon(_acting(r.patient))))
            return ra.shown, rb.shown
        swapped = _swapped(ra_list, rb_list) or _by_own_hand(ra_list, rb_list)
        if swapped:
            return swapped
        stems_a, stems_b = {_stemmed(x) for x in doers_a}, {_stemmed(x) for x in doers_b}
        for ra in ra_list:
            for rb in rb_list:
                if not (ra.agent and rb.agent and ra.patient and rb.patient) or PRONOUN in (ra.patient, rb.patient):
                    continue
                if (_stemmed(ra.patient) == _stemmed(rb.patient) and _stemmed(ra.agent) not in stems_b
                        and _stemmed(rb.agent) not in stems_a and not one_party(ra.agent, rb.agent)
                        and (_names(words_b, ra.agent) and _names(words_a, rb.agent) or (
                            ra.agent in _COUNTRIES and rb.agent in _COUNTRIES))  # ("Russia's attack on the port")
                        and not one_phrase(toks[0], rb.agent, ra.agent)
                        and not one_phrase(toks[1], ra.agent, rb.agent)):
                    return ra.shown, rb.shown
    return None
