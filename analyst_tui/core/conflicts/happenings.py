"""Happenings: what befell someone or something, when two versions say of the same one that different things
happened ("the trawler sank" / "the trawler ran aground", "the painting was stolen" / "was damaged", "the chief
constable resigned" / "was sacked", "the teenager was stabbed" / "was shot", "Ostland summoned the ambassador" /
"expelled the envoy").

Each verb of ``FORMS`` and ``PHRASES`` names a happening. A version's happenings are what it states (not what it
negates, a prospect or a condition), each with the one it befell (``befell``): the object of an active verb ("police
arrested a man"), else the subject ("a man was shot", "the ferry capsized"). Two versions differ
(``happening_compare``) when they say of the same
one (a shared word, ``related``) two happenings that do not go together and neither says the other's happening.
Happenings that go together, one after or as part of the other, are ``TOGETHER``: "shot" and "killed",
"capsized" and "sank", "arrested" and "jailed"; "postponed" and "cancelled" do not (will it happen later or
not?). In a version restated (seven in ten of its words in the other), two steps of one story are two: one outlet
put one in place of the other ("have been arrested" / "have been charged")."""

from __future__ import annotations

from analyst_tui.core.conflicts.ailments import WORDS as AILMENT_WORDS
from analyst_tui.core.conflicts.ailments import BODY, ailments, bodies_found, body_found
from analyst_tui.core.conflicts.befell import THEN, befell_many, described, names_of, object_of, subject_of
from analyst_tui.core.conflicts.cues import after_be, phrase, unsaid
from analyst_tui.core.conflicts.happening_said import NOT_VERB_BEFORE, headline_passive, stated
from analyst_tui.core.conflicts.happening_senses import CARE, object_follows, other_sense
from analyst_tui.core.conflicts.days import HOURS, MOVED_TO
from analyst_tui.core.conflicts.happening_words import (AFTER_A, AT_SCENE, BABY, FORMS, HOW_ILL, IN_POST, PASSIVE,
                                                        PASSIVE_ONLY, PHRASES, POSTS, STAYED, TRIGGERS)
from analyst_tui.core.conflicts.nations import NATION_NAMES, country
from analyst_tui.core.conflicts.polarity_words import FILLER
from analyst_tui.core.conflicts.tokens import Tok, stem

_COUNTRIES = NATION_NAMES  # ("removed from Britain")

# (what happened, the stems of whom or what it befell, the words shown, those of its stems written as names)
Happening = tuple[str, frozenset[str], str, frozenset[str], bool]  # (..., whether it befell many: a plural)

_POSTS = frozenset("""chief executive manager coach director minister head boss president chairman chairwoman editor
    captain secretary commissioner governor ceo nurse teacher doctor officer employee worker guard driver pilot""".split())
_REFLEXIVE = frozenset("himself herself themselves itself".split())  # "the gunman shot himself": the subject
# Words that name no one in particular ("a man was shot" / "a man was arrested" may be two men).
COMMON = frozenset(stem(w) for w in """man men woman women person people boy boys girl girls child children teenager
    teen suspect suspects victim victims officer officers worker workers employee employees resident residents
    driver drivers passenger passengers pedestrian old year two three four five six several many some other
    others chief former one""".split())
# Words that open a verb's clause: "after the boat sank", "the landlord confirmed the family were rehoused" (the family)
_BE = frozenset("was were is are been".split())
_HOW = frozenset("safe successful controlled forced unscheduled precautionary".split())
_HEDGES = frozenset("virtually almost nearly partly partially largely half".split())
_MOSTLY = frozenset("virtually largely".split())
_BADLY = frozenset("badly heavily severely extensively seriously".split())
_BROKE = frozenset("broke breaks".split())

_MEANS = {("shot", "dead"): "shoot", ("shot", "to"): "shoot", ("stabbed", "to"): "stab"}  # ("gunned down" is a
# shooting in ``PHRASES``)
_TAIL = frozenset("house arrest exile status".split())

_THE_BODIES = (["the", "bodies"], ["the", "body"])


def happenings(toks: list[Tok]) -> tuple[Happening, ...]:
    """What the version states befell whom: (what happened, the stems of whom or what, the words shown)."""
    out: list[Happening] = []
    n = len(toks)
    names: frozenset[str] | None = None
    for k, t in enumerate(toks):
        if t.low not in TRIGGERS or unsaid(toks, k):
            continue  # (not "did not resign", "no one was killed")
        found = PHRASES.get((t.low, toks[k + 1].low)) if k + 1 < n else None
        width = 2
        if found is None and k + 2 < n and toks[k + 1].low in HOW_ILL and (t.low, toks[k + 2].low) in PHRASES:
            found, width = PHRASES[t.low, toks[k + 2].low], 3  # "fell seriously ill"
        elif t.low in STAYED and k + 2 < n and toks[k + 1].low == "in" and toks[k + 2].low in POSTS:
            found, width = (IN_POST, False), 3  # "remains in charge of the team"
        elif t.low == "expecting" and BABY & {x.low for x in toks[k + 1 : k + 4]}:
            found, width = ("pregnant", False), next(j for j in range(1, 4) if toks[k + j].low in BABY) + 1  # "a baby"
        if t.low in _BROKE and [x.low for x in toks[k + 1 : k + 2]] == ["in"] and k + 2 < n and toks[k + 2].low in (
                "two", "half", "pieces"):
            found, width = ("destroy", False), 3  # "the sword broke in two", "the ship broke in half"
        case = next((j for j in range(k + 1, min(n, k + 7)) if toks[j].low in _CASES), 0) if t.low in _SETTLED else 0
        if t.low == "sent" and [x.low for x in toks[k + 1 : k + 3]] in (["to", "prison"], ["to", "jail"]):
            found = ("jail", False)  # "was sent to prison" (not "sent to hospital", "sent to Paris")
        elif t.low == "sentenced" and not (k + 1 < n and toks[k + 1].low == "to") and not other_sense(toks, k, "jail"):
            found = ("jail", True)  # "sentenced the blogger to five years in prison"
        elif case:
            found = ("settle", True)  # "settled the royalty lawsuit out of court" (not "settled for silver", "settled
            # in Leeds"; shown to the case)
        elif t.low in _WENT and [x.low for x in toks[k + 1 : k + 3]] == ["to", "trial"]:
            found, width = ("trial", False), 3  # "the lawsuit against Tunely went to trial"
        held = found is None and t.low in _SPANS and _word_within(toks, k, _SPANS[t.low][0], 5)  # "took a security
        # guard hostage", "locked workers out of the plant", "cleared sprinter Jade Okafor of doping"
        if held:
            found, width = (_SPANS[t.low][1], True), 1
        moved_to = _to_a_time(toks, k) if t.low in ("moved", "moves") and not held else 0
        if moved_to:
            found, width = ("postpone", True), 1  # "moved this year's air show to October", "was moved to April"
        if found is not None and (t.low, toks[k + 1].low) in PASSIVE and after_be(toks, k):
            found = (PASSIVE[t.low, toks[k + 1].low], False)
        scene = _at_scene(toks, k) if t.low == "treated" else 0
        if scene:  # "was treated by paramedics at the scene" (shown whole): not taken to hospital
            found, width = (AT_SCENE, True), scene if after_be(toks, k) else 1
        if found is None:
            found, width = FORMS.get(t.low), 1
            if t.low in PASSIVE_ONLY and (after_be(toks, k) or _still_passive(toks, k) or t.low == "dismissed" and (
                    headline_passive(toks, k))):
                found = (PASSIVE_ONLY[t.low], False)
                if t.low == "removed" and k + 2 < len(toks) and toks[k + 1].low == "from" and country(
                        toks[k + 2].low) in _COUNTRIES:
                    found = ("expel", False)  # "was removed from Britain": deported
                if t.low in ("moved", "transferred") and [x.low for x in toks[k + 2 : k + 4]] == ["intensive", "care"]:
                    found, width = ("intensive_care", False), 4  # "was moved into intensive care"
            elif t.low == "removed" and _from_register(toks, k):
                found = ("struck_off", True)  # "removed Dr Ines Falk from the register": struck off
            elif t.low in PASSIVE_ONLY and PASSIVE_ONLY[t.low] == "sack" and _post_follows(toks, k):
                found = ("sack", True)  # "the board fired chief executive Peter Morsund"
            elif t.low in ("found", "find", "finds") and [x.low for x in toks[k + 1 : k + 3]] in _THE_BODIES:
                found = ("find", True)  # "found the bodies of two hikers": they died (below)
            elif t.low == "released" and _freed(toks, k):
                found = ("release", True)  # "magistrates released the 19-year-old on bail"; not "released a report"
        if found is None or not stated(toks, k):
            continue
        label, takes_object = found
        if label in ("release", "free") and [x.low for x in toks[k + 1 : k + 2]] == ["on"] and k + 2 < n and (
                toks[k + 2].low in _FREED["on"]):
            label, width = "bail", 3  # "was released on bail", "on parole": not pardoned
        if label == "recover" and _recovered_thing(toks, k):
            label, takes_object = "find", not (after_be(toks, k) or _still_passive(toks, k))  # "the painting was
            # recovered", "police recovered it"
        elif other_sense(toks, k, label):
            continue
        if label == "destroy" and k and toks[k - 1].low in _HEDGES:
            label = "ruin" if toks[k - 1].low in _MOSTLY else "damage"  # "a fire nearly destroyed the church": damaged;
            # "virtually destroyed": ruined, which either may be said of
        elif label == "damage" and k and toks[k - 1].low in _BADLY:
            label = "ruin"  # "was badly damaged": so may a gutted building be
        end = k + width - 1
        if toks[end].low == "to":
            if not (end + 1 < n and (toks[end + 1].low == "death" or label in ("hospital", "jail"))):
                continue
            end += 1  # "shot to death one person", "was taken to hospital", "was sentenced to prison"
        elif end + 1 < n and toks[end + 1].low == "to" and label in ("burn", "bail"):
            end += 1  # "set fire to a police car"
        while end + 1 < n and toks[end + 1].low in _TAIL and end - k < 3:
            end += 1  # "placed under house arrest", "granted refugee status", "fled into exile": shown whole
        if takes_object and (t.low.endswith("ing") or not after_be(toks, k)) and object_follows(toks, end) and (
                toks[end + 1].low not in _REFLEXIVE):
            befell = object_of(toks, end)
            if label == "find" and befell & BODY:
                label, befell, end = bodies_found(toks, end, befell)  # "recovered the bodies of twelve miners"
        else:
            at = k - 1 if t.low == "on" and k > 1 and toks[k - 1].low in ("set", "sets") else k
            if t.low in AFTER_A and k > 2 and toks[k - 1].low in ("a", "an"):
                at = k - 2  # "the aircraft made an emergency landing": the subject of "made"
            elif t.low in AFTER_A and k > 3 and toks[k - 1].low in _HOW and toks[k - 2].low in ("a", "an"):
                at = k - 3  # "made a safe emergency landing"
            befell = described(toks, k) or subject_of(toks, at)
            if label == "find" and befell & BODY:
                label, befell = body_found(toks, k, befell)  # "the body of the missing swimmer was found"
            # ("bail for two men charged over": the men; "was set on fire": the subject of "set")
        if label == "burst" and befell & _SYSTEMS:
            label = "hack"  # "breached the computer systems": hacked, not a bank burst
        if not befell or befell <= _ADVERBS:
            befell = _pronoun_before(toks, k) or befell  # ("before he was sent off", "where he later died": read when
            # one version says both)
        if befell:
            start = k - 1 if k and (toks[k - 1].low in _HEDGES or t.low in AFTER_A and toks[k - 1].low in _HOW) else (
                k)  # "nearly destroyed", "a safe emergency landing"
            start = start - 1 if start and toks[start - 1].low in _BE else start
            if names is None:
                names = names_of(toks)
            many = befell_many(toks, befell)
            last = end if not held else next(j for j in range(k + 1, n) if toks[j].low == _SPANS[t.low][0])
            last = moved_to or case or last  # ("moved the start of the race to 6 a.m.", "settled the claim")
            befell = befell - _HELD if held else befell
            out.append((label, befell, phrase(toks, start, last + 1), befell & names, many))
            means = _MEANS.get((t.low, toks[k + 1].low)) if k + 1 < n else None
            if means:  # "was shot dead": killed, and shot ("stabbed to death" is another death)
                out.append((means, befell, phrase(toks, start, end + 1), befell & names, many))
    if any(t.low in AILMENT_WORDS for t in toks):  # (read cheaply: few versions tell of one's health)
        out.extend(ailments(toks, names if names is not None else names_of(toks)))
    return tuple(out)


_SETTLED, _WENT = frozenset("settled settles settle".split()), frozenset("went goes go gone".split())
_CASES = frozenset("claim claims case cases lawsuit lawsuits suit dispute action court".split())  # ("out of court")
_SYSTEMS = frozenset(stem(w) for w in """computer computers system systems network networks server servers
    database""".split())


def _at_scene(toks: list[Tok], k: int) -> int:
    """How many words tell that the treatment at ``k`` was given where it happened ("treated at the scene", "at the
    venue"), or 0."""
    for j in range(k + 1, min(len(toks), k + 8)):
        if toks[j].is_break or toks[j].low in CARE:
            return 0
        if toks[j].low in ("scene", "venue"):
            return j - k + 1
    return 0


def _to_a_time(toks: list[Tok], k: int) -> int:
    """Where a month, a day or a time of day follows "to" after the word at ``k`` in its clause (0: nowhere)."""
    for j in range(k + 1, min(len(toks) - 1, k + 9)):
        if toks[j].is_break:
            return 0
        if toks[j].low == "to" and (toks[j + 1].low in MOVED_TO or [x.low for x in toks[j + 2 : j + 3]] in HOURS):
            return j + 1 if toks[j + 1].low in MOVED_TO else j + 2
    return 0


def _word_within(toks: list[Tok], k: int, word: str, most: int) -> bool:
    """Whether ``word`` follows the word at ``k`` within ``most`` words of its clause."""
    for t in toks[k + 1 : k + 1 + most]:
        if t.is_break:
            return False
        if t.low == word:
            return True
    return False


# A verb and a word after its object that tell a happening: (the word, the happening).
_SPANS = {**dict.fromkeys("took takes taken taking".split(), ("hostage", "kidnap")), "locked": ("out", "lockout"),
          "cleared": ("of", "acquit"), "pulled": ("back", "withdraw"), "ordered": ("unpaid", "suspended_sentence"),
          "placed": ("leave", "suspend")}  # ("was placed on paid leave")
_HELD = frozenset(("hostag", "out", "back", "unpaid", "leav"))  # (words of "took ... hostage", "locked ... out",
# not whom it befell)


def _from_register(toks: list[Tok], k: int) -> bool:
    """Whether "from the register" (or "the medical register") follows the word at ``k`` within eight words."""
    words = [t.low for t in toks[k + 1 : k + 9]]
    return "register" in words and "from" in words[: words.index("register")]


def _post_follows(toks: list[Tok], k: int) -> bool:
    """Whether a post or a name follows the word at ``k``: "fired chief executive Peter Morsund", "dismissed its
    coach", "dismissed the central bank governor"."""
    for j, t in enumerate(toks[k + 1 : k + 5]):
        if t.low in _POSTS or t.cap and t.is_word:
            return True
        if t.is_break or t.low not in NOT_VERB_BEFORE and t.low != "'s" and (j == 0 or t.low in FILLER) and not (
                j == 0 and k + 2 < len(toks) and toks[k + 2].low in _POSTS):  # ("fired culture minister Paolo Ferri")
            return False
    return False


def _pronoun_before(toks: list[Tok], k: int) -> frozenset[str]:
    """The pronoun that is the subject of the verb at ``k`` ("he was sent off"), if one is."""
    j = k - 1
    while j >= 0 and (toks[j].low in _BE or toks[j].low in ("has", "had", "have", "been") or toks[j].low in THEN):
        j -= 1
    return frozenset((toks[j].low,)) if j >= 0 and toks[j].low in _SUBJECT_PRONOUNS else frozenset()


_SUBJECT_PRONOUNS = frozenset("he she they it we".split())
_ADVERBS = frozenset(stem(w) for w in THEN)


def _still_passive(toks: list[Tok], k: int) -> bool:
    """Whether the verb at ``k`` goes on a passive before its "and" ("was stolen and later found")."""
    j = k - 1
    while j > 0 and toks[j].low in THEN:
        j -= 1
    if j < 2 or toks[j].low != "and":
        return False
    for m in range(j - 1, max(0, j - 6), -1):  # (past what the first says: "was stolen in 2019 and recovered")
        if toks[m].is_break:
            return False
        if toks[m].low.endswith(("ed", "en")) and after_be(toks, m):
            return True
    return False


def _recovered_thing(toks: list[Tok], k: int) -> bool:
    """Whether "recovered" at ``k`` is a thing found: in the passive, or with its object after it ("the sketch had been
    recovered", "divers recovered the body", "were recovered from the estate"); not "recovered from Ebola", "shares
    recovered"."""
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    return toks[k].low == "recovered" and (after_be(toks, k) or _still_passive(toks, k) or after in _OBJECT_OPENERS)


_OBJECT_OPENERS = frozenset("the a an his her their its two three four five six several".split())


def _freed(toks: list[Tok], k: int) -> bool:
    """Whether what the active verb at ``k`` does is set free: "on bail" or "without charge" follows its object, or
    the law or captors do it to one ("Police released the opposition leader"; not "police released a statement")."""
    words = [t.low for t in toks[k + 2 : k + 12]]  # ("released the suspect in the Keelby port fraud case on bail")
    if any(words[j + 1] in _FREED.get(w, ()) for j, w in enumerate(words[:-1])):
        return True
    j = k - 1
    while j > 0 and (toks[j].low in ("has", "have", "had") or toks[j].low in THEN):
        j -= 1
    return j >= 0 and toks[j].low in _RELEASERS and k + 2 < len(toks) and toks[k + 1].low in ("the", "a", "an") and any(
        stem(t.low) in COMMON or t.low in _PEOPLE_FREED for t in toks[k + 2 : k + 6])  # ("the climate activist",
    # "the three kidnapped aid workers")


_RELEASERS = frozenset("""police authorities court judge judges magistrate magistrates captors kidnappers militants
    officers gunmen
    rebels pirates insurgents hijackers abductors""".split())
_PEOPLE_FREED = frozenset("""opposition activist activists journalist journalists suspect suspects prisoner prisoners
    hostage hostages detainee detainees workers crew sailors tourists""".split())


_FREED = {"on": ("bail", "parole", "licence", "license"), "without": ("charge",), "from": ("custody", "prison", "jail")}


__all__ = ["COMMON", "TRIGGERS", "Happening", "happenings"]
