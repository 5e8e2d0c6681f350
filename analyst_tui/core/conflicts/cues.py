"""Cues: a verb with who or what it is about (the words just before and after it in its clause) and the
words shown for it. Two versions speak of the same thing when their cues share those words (``same_context``),
or when one says it in the passive ("the attack was carried out by Hamas") what the other says in the active
("Hamas carried out the attack"): ``passive``."""

from __future__ import annotations

from dataclasses import dataclass, replace

from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.parties_alike import same_party
from analyst_tui.core.conflicts.polarity_words import (BEFORE_TO, FILLER, IMPLICIT, NEGATORS, PRONOUNS, SAME_ACT,
                                                       SCOPE_END, SOURCES)
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, adverb, is_past, opening_phrase, stem
from analyst_tui.core.conflicts.words import AUX


@dataclass(frozen=True, slots=True)
class Cue:
    head: str  # stem of the negated word, or the stance
    subject: frozenset[str]
    obj: frozenset[str]
    phrase: str
    negated_after: bool = False  # a stance whose clause is negated: "confirmed that troops would not be sent"
    at: int = -1  # where the head is in its tokens (negated heads, and the stated word of ``Polarity.cue_at``)


def words_before(toks: list[Tok], k: int, most: int = 4) -> frozenset[str]:
    """Content words (and pronouns) just before token ``k`` in its clause: who or what it is about. A verb
    right after an aside is about what comes before the aside ("The plane, which reported a fire, crashed";
    "the mayor, who has not been charged"; "the suspect, a 19-year-old man, was armed")."""
    out: list[str] = []
    j = k - 1
    relative = _relative_before(toks, k)
    if relative is not None:
        j = relative - 1  # "A man who posed as a police officer was refused bail": the man
    while j >= 0 and len(out) < most:
        t = toks[j]
        if t.is_break or t.low in CLAUSE_WORDS or t.low in SCOPE_END or out and t.low in _SAYS and j and toks[
                j - 1].low in SOURCES:  # ("Reports said the opposition won", "Officials said ...": the opposition)
            if not out or _LINKING.issuperset(out):  # ("Dale Ross, the fugitive, remains at large")
                opened = aside_opened(toks, j, names=True)
                if opened is not None:
                    j = opened - 1
                    continue
            if not out and t.low in ("and", "but"):  # "The owner attended an interview and was not arrested": the
                # owner; "The referee warned him but did not deduct a point": the referee
                return _clause_subject(toks, j, most)
            if t.low == "and" and _joins_nouns(toks, j, len(out)):
                j -= 1  # "Varga's study on sleep and memory will not be retracted", "the Rail and Maritime Union"
                continue
            break
        if t.is_word and t.low not in FILLER and (len(t.low) > 2 or t.low in PRONOUNS or _short_name(t)) and not (
                adverb(t)):
            out.append(stem(t.low))  # (not "overwhelmingly": "voted overwhelmingly against"; "The FA", "The M5")
            out.extend(_speaker(toks, j))
        j -= 1
    return frozenset(out)


def _short_name(t: Tok) -> bool:
    """Whether a word of two letters is a name in capitals or with a figure ("FA", "UN", "M5"; not "He", "It")."""
    return len(t.text) == 2 and t.text[0].isupper() and (t.text[1].isupper() or t.text[1].isdigit())


def _joins_nouns(toks: list[Tok], j: int, after: int) -> bool:
    """Whether the "and" at ``j`` joins two names ("Rail and Maritime") or one word to the single one after it ("sleep
    and memory"), not two clauses ("prices rose and profits fell")."""
    if j == 0 or j + 1 >= len(toks):
        return False
    x, y = toks[j - 1], toks[j + 1]
    if not (x.is_word and y.is_word) or is_past(x.low) or x.low in _NOT_NOUNS or y.low in _NOT_NOUNS:
        return False
    return x.cap and y.cap or after == 1 and not x.cap and not y.cap and not x.low.endswith("s")


_NOT_NOUNS = frozenset("""is are was were be been has have had will would can could may might must shall should do does
    did not the a an his her their its this that these those rise rises fall falls""".split())


def _clause_subject(toks: list[Tok], j: int, most: int) -> frozenset[str]:
    """The content words that open the clause ``toks[j]`` ("and") ends, up to its first verb: the subject of a second
    verb joined by "and"."""
    start = _clause_start(toks, j)
    out = _opening_words(toks, start, j, most)
    if not out and start > 1 and toks[start - 1].low == ",":
        opened = aside_opened(toks, start - 1, names=True)  # ("Her pilot boat, the Sea Sprite, suffered engine
        if opened is not None:  # failure and sank": her pilot boat)
            out = _opening_words(toks, _clause_start(toks, opened), opened, most)
    return frozenset(out)


def _clause_start(toks: list[Tok], j: int) -> int:
    start = j - 1
    while start > 0 and not toks[start - 1].is_break and toks[start - 1].low not in CLAUSE_WORDS and not (
            start > 1 and toks[start - 1].low in _SAYS and toks[start - 2].low in SOURCES):  # ("Reports said")
        start -= 1
    return start


def _opening_words(toks: list[Tok], start: int, j: int, most: int) -> list[str]:
    out: list[str] = []
    for t in toks[start:j]:
        if not t.cap and (t.low.endswith("ed") or t.low in AUX or t.low in _SAYS) or len(out) >= most:
            break
        if t.is_word and t.low not in FILLER and len(t.low) > 2:
            out.append(stem(t.low))
    return out


_SAYS, _RELATIVE = frozenset(("said", "says")), frozenset("who which whose".split())
_LINKING = frozenset(stem(w) for w in "remain remains remained stay stays stayed still".split())


def _relative_before(toks: list[Tok], k: int) -> int | None:
    """Where "who" or "which" opens a relative clause with a verb of its own that ends just before ``k``, with no
    comma (a restrictive clause: "A man who posed as a police officer | was refused bail"), or "that" after a noun and
    before its verb ("The captain of the ferry that capsized | has not been arrested"), or "where" after a noun ("The
    owner of the mine where 27 workers died | was released"); else None."""
    for w in range(k - 1, max(0, k - 14), -1):
        t = toks[w]
        relative_that = t.low == "that" and 0 < w < k - 1 and _past(toks[w + 1].low) and _plain_noun(toks[w - 1])
        if t.is_break or t.low in SCOPE_END or t.low in _SAYING or t.low == "that" and not relative_that:
            return None  # (not "Engineers who inspected the bridge said | the structure was safe")
        if t.low in ("who", "which") or relative_that or t.low == "where" and 0 < w and _plain_noun(toks[w - 1]):
            before = toks[w - 1]
            return w if before.is_word and before.low not in CLAUSE_WORDS and any(
                _past(x.low) for x in toks[w + 1 : k]) else None
    return None


def _past(low: str) -> bool:
    return is_past(low) or low in _PAST_AS_BASE


_PAST_AS_BASE = frozenset("hit cut put set shut hurt burst".split())  # ("the vessel that hit the bridge")


def _plain_noun(t: Tok) -> bool:
    """Whether a word may be a noun a relative "that" follows ("the ferry that"), not a verb ("said that", "warned
    that") or a little word ("so that")."""
    return t.is_word and not t.cap and t.low not in FILLER and t.low not in _SAYING and not t.low.endswith(
        ("ed", "ing", "ly")) and len(t.low) > 2


_APPOSITION, _HOW_FAR = frozenset("a an the".split()), frozenset("less more just about near some nearly almost".split())
_DUE, _WHEN_DUE = frozenset("due set scheduled planned expected".split()), frozenset("to in on for".split())  # (asides)


def aside_opened(toks: list[Tok], j: int, names: bool = False) -> int | None:
    """Where the aside ending at ``j`` opens, its comma, when ``j`` closes one after a noun: a relative clause
    (", who has not been charged" at "who", or ", which reported a fire," at its closing comma), an apposition
    (", a 19-year-old man,"), an age (", 52,"), a participle (", damaged when a barge struck it,") or, with
    ``names``, a name (", Senator Ray Collins,"), or when it was due (", due to be held in Vienna,"); else None."""
    if toks[j].low in _RELATIVE:
        return j - 1 if j > 1 and toks[j - 1].low == "," and toks[j - 2].is_word else None
    if toks[j].low != ",":
        return None
    for o in range(j - 1, max(0, j - 25), -1):
        t = toks[o]
        if t.low == ",":
            first = toks[o + 1]
            aside = first.low in _RELATIVE or first.low in _APPOSITION or (first.is_number and o + 2 == j) or (
                first.low in _HOW_FAR and any(x.low == "from" for x in toks[o + 2 : j])) or (  # ", about a mile from"
                names and all(x.cap for x in toks[o + 1 : j])) or (
                not first.cap and ((len(first.low) > 4 or first.low == "led") and (
                    first.low.endswith(("ed", "ing")) or first.low.endswith("ly") and toks[o + 2].low in _DUE) or (
                    first.low == "due" and toks[o + 2].low in _WHEN_DUE))) or (
                _owned_noun(toks[o + 1 : j]))  # ", damaged when ...,", ", Helix Pharma's blood pressure pill,"
            while aside and o >= 3 and toks[o - 1].is_number and toks[o - 2].low == ",":
                o -= 2  # "Mayor Linda Ortiz, 58, a former state assemblywoman, won": an age before it
            return o if aside and o > 0 and toks[o - 1].is_word and not opening_phrase(toks, o) else None
        if t.is_break:
            return None
    return None


def _owned_noun(words: list[Tok]) -> bool:
    """Whether the words are a name's thing: capitalised words, "'s", then words in lower case that are no verb in the
    past ("Helix Pharma's blood pressure pill")."""
    p = next((i for i, t in enumerate(words) if t.low == "'s"), 0)
    return 0 < p < len(words) - 1 and all(t.is_word and t.cap for t in words[:p]) and all(
        t.is_word and not t.cap and not t.low.endswith("ed") for t in words[p + 1 :])


# Who speaks, by the pronoun: "we" in a quote is the speaker, as "he" is in "the president said he would send
# troops" ("we" may be one speaking for a country; "he" and "she" are not one speaker).
_SPEAKERS = {"i": ("<he>", "<she>"), "we": ("<he>", "<she>", "<they>"), "he": ("<he>",), "she": ("<she>",),
             "they": ("<they>",)}
_SAYING = frozenset("said says say told tells added insisted stressed".split())


def _speaker(toks: list[Tok], j: int) -> tuple[str, ...]:
    """The speaker the pronoun at ``j`` may be: "I" or "we" (a quote's own words), or "he", "she" or "they"
    right after a verb of saying."""
    low = toks[j].low
    if low in ("i", "we"):
        return _SPEAKERS[low]
    if low not in _SPEAKERS:
        return ()
    k = j - 1 if j and toks[j - 1].low != "that" else j - 2
    return _SPEAKERS[low] if k >= 0 and toks[k].low in _SAYING else ()


def unsaid(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is negated just before it ("did not deny", "never confirmed", "refused to deny",
    "was not true")."""
    if any(t.low in NEGATORS for t in toks[max(0, k - 3) : k]):
        return True
    return k >= 2 and toks[k - 1].low == "to" and toks[k - 2].low in IMPLICIT or _none_of_subject(toks, k)


def _none_of_subject(toks: list[Tok], k: int) -> bool:
    """Whether the subject of the verb at ``k`` is none of it ("no graduation ceremonies will be cancelled", "neither
    exams nor ceremonies would be disrupted"): "no", "nor" or "neither" opens the words before its auxiliaries."""
    j = k - 1
    while j >= 0 and toks[j].low in AUX:
        j -= 1
    if j == k - 1:
        return False
    for i in range(j, max(-1, j - 5), -1):
        t = toks[i]
        if t.low in _NONE_OF:
            return True
        if not t.is_word or t.low in AUX or t.low in CLAUSE_WORDS:
            return False
    return False


_NONE_OF = frozenset(("no", "nor", "neither"))


def words_after(toks: list[Tok], k: int, most: int = 4) -> frozenset[str]:
    out: list[str] = []
    start = j = k + 5 if [t.low for t in toks[k + 1 : k + 4]] == ["on", "suspicion", "of"] else k + 1  # (past "on
    while j < len(toks) and j - start < most + 2 and len(out) < most:  # suspicion of murder")
        t = toks[j]
        if t.is_break or t.low in _WHEN or t.low == "as" and toks[j + 1 : j + 2] and toks[j + 1].low in ("the", "a"):
            break  # (when, not what: "go ahead despite a pay offer", "sounded during the break-in", "as the thieves")
        if t.low == "without" and toks[j + 1 : j + 2] and toks[j + 1].low in _UNHINDERED:
            j += 2  # (how, not what: "continued without interruption")
            continue
        if t.is_word and t.low not in FILLER and len(t.low) > 2 and not (
                t.low in _AS_PLANNED and toks[j - 1].low == "as"):
            out.append(stem(t.low))  # (not "as planned": when, not what)
        j += 1
    return frozenset(out)


_AS_PLANNED, _WHEN = frozenset(("planned", "scheduled", "expected", "usual")), frozenset("despite during amid".split())
_UNHINDERED = frozenset("interruption disruption delay incident".split())


def clause_end(toks: list[Tok], k: int, most: int) -> int:
    end = k + 1
    while end < len(toks) and end - k < most and not toks[end].is_break:
        end += 1
    return end


def phrase(toks: list[Tok], start: int, end: int) -> str:
    words: list[str] = []
    glue = False
    for t in toks[start:end]:
        if t.is_break:
            break
        if words and (glue or t.low in ("n't", "'s", "%")):
            words[-1] += "'" if t.low == "'s" and words[-1].endswith("s") else t.text  # ("the nurses' home")
        else:
            words.append(t.text)
        glue = t.low in _SIGNS  # ("fined £300,000")
    if len(words) > 1 and words[-1] == "-":
        words.pop()  # (cut inside a word: "secured the two-thirds majority" shows as "secured the two")
    return " ".join(words)


_SIGNS = frozenset(("£", "$", "€"))


def same_context(x: Cue, y: Cue) -> bool:
    if (x.subject == _THERE) != (y.subject == _THERE):  # "There are no talks taking place": no subject
        x, y = (replace(c, subject=frozenset()) if c.subject == _THERE else c for c in (x, y))
    if ("plead" in x.subject) != ("plead" in y.subject):
        return False  # a plea and a verdict: "pleaded not guilty" and "was found guilty" may both be true
    if not x.subject and not y.subject:  # the word opens both: "No troops will be deployed to Iran"
        if not any(_nobody(c.phrase) for c in (x, y)):
            return False  # "None of the other teams ...", "Neither Perlo nor ...": what is denied is the verb's
        shared = x.obj & y.obj
        return len(shared) >= 2 or bool(shared) and (shared == x.obj or shared == y.obj)
    if not x.subject or not y.subject:  # one opens its clause: "saying no troops would be sent" / "Troops would be sent"
        if any(_nobody(c.phrase) for c in (x, y)) and (x.obj <= y.obj or y.obj <= x.obj) and bool(x.obj) == bool(y.obj):
            return True
        no, other = (x, y) if x.phrase[:3].lower() == "no " else (y, x)
        if no.phrase[:3].lower() == "no " and no.subject and len(no.obj & other.obj) >= 2:
            return True  # "BMKG said no tsunami warning was issued" (whoever said it) / "A tsunami warning was issued"
        opener, other = (x, y) if not x.subject else (y, x)
        said = other.obj | other.subject
        said = said | {w for s in said for w in SAME_ACT.get(s, ())}  # ("found" / "detected")
        if opener.phrase[:3].lower() == "no " and len(opener.obj & said) >= 2:
            return True  # "No tsunami warning was issued for Ishikawa" / "The agency issued a tsunami warning for Ishikawa"
    for no, other in ((x, y), (y, x)):  # "found no drugs in the singer's system" / "the singer had drugs in his system"
        if _nobody(no.phrase) and other.subject and other.subject <= no.obj and other.obj and other.obj <= no.obj:
            return True
    if not same_party(x.subject, y.subject):
        return False  # (a country and its adjective, "rescue teams" and "rescuers", are one; "the president" and "the
        # vice president" two)
    return not (x.obj and y.obj) or related(x.obj, y.obj)


_THERE = frozenset(("there",))


SAY, _SPOKEN = stem("say"), FILLER | frozenset("that he she they it we i would will could might may".split())


def first_said(toks: list[Tok], k: int) -> str | None:
    """The first word of what is said after the "say" at ``k`` that is no pronoun, modal or little word."""
    return next((stem(t.low) for t in toks[k + 1 : k + 6] if t.is_word and t.low not in _SPOKEN), None)


def attribution_at(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` ends the sentence as who said it (", her office said."), or is the reports it is told
    from ("Reports said the company reported ..."): not a saying stated too."""
    if toks[k].low == "reports" and k + 1 < len(toks) and toks[k + 1].low in _REPORTS_TOLD:
        return True
    return toks[k].low in ("said", "says") and all(t.is_break for t in toks[k + 1 :]) and any(
        t.low == "," for t in toks[max(0, k - 4) : k])


_REPORTS_TOLD = frozenset("said say says suggested suggest suggests claimed claim claims indicated indicate".split())


def feared(toks: list[Tok], k: int | None = None) -> bool:
    """Whether the word at ``k`` follows "might", "may" or "could" in a sentence that tells a fear ("concern by
    officials that the act might be used to ..."): feared, not said. Without ``k``: whether any word of the sentence
    is."""
    if k is None:
        fear = next((j for j, t in enumerate(toks) if t.low in _FEARED), len(toks))
        return any(t.low in _MAY for t in toks[fear + 1 : -1])
    return any(t.low in _MAY for t in toks[max(0, k - 3) : k]) and any(t.low in _FEARED for t in toks[:k])


_MAY = frozenset("might may could".split())
_FEARED = frozenset("concern concerns concerned fear fears feared worry worries worried".split())


def _nobody(shown: str) -> bool:
    """Whether a negated phrase opens with "no", "nothing", "nobody" or "no one": it denies its subject, which the
    other version names ("No troops will be deployed", "Nothing was stolen"; not "None of the other teams ..." or
    "Neither Perlo nor ...", where what is denied is the verb's, read here as the noun's)."""
    low = shown.lower()
    return low.startswith(("no ", "nothing ", "nobody ")) or low == "nothing" or (
        low.startswith("neither ") and "nor" not in low.split()[:4])  # "Neither pilot survived"; not "Neither A nor B"


_BE = frozenset("was were is are be been being".split())


def after_be(toks: list[Tok], k: int) -> bool:
    """Whether a form of "be" is just before the verb at ``k``: it is in the passive ("was acquitted")."""
    return any(t.low in _BE for t in toks[max(0, k - 2) : k])


def passive_agent(toks: list[Tok], k: int) -> frozenset[str]:
    """The doer named after "by" when the verb at ``k`` is in the passive ("the attack was carried out by
    Hamas" -> {"hama"}), else nothing."""
    if not after_be(toks, k):
        return frozenset()
    for j in range(k + 1, min(len(toks), k + 4)):
        if toks[j].is_break:
            break
        if toks[j].low == "by":
            return words_after(toks, j, 3)
    return frozenset()


def passive(active: Cue, said: Cue, toks: list[Tok]) -> bool:
    """Whether ``said`` (a cue of ``toks``) says in the passive what ``active`` says: the doer after "by" is the
    active one's subject, and what it is said of is the active one's object."""
    return bool(said.subject & active.obj) and bool(passive_agent(toks, said.at) & active.subject)


def verb_before(toks: list[Tok], i: int) -> int:
    """Where the word before ``i`` is, past words of time and a tally ("voted on Wednesday against recommending",
    "voted 4-1 against certifying")."""
    j = i - 1
    while j > 0 and (toks[j].low in BEFORE_TO or toks[j].is_number or toks[j].low == "-" and toks[j - 1].is_number
                     or adverb(toks[j])):  # ("voted overwhelmingly against authorising")
        j -= 1
    return max(j, 0)


def to_after(toks: list[Tok], i: int) -> bool:
    """Whether "to" follows the word at ``i`` past a few words of time ("declined on Tuesday to ratify")."""
    k = i + 1
    while k < len(toks) and k - i <= 3 and (toks[k].low in BEFORE_TO or adverb(toks[k])):
        k += 1
    return k > i + 1 and k < len(toks) and toks[k].low == "to"


def without_doing(toks: list[Tok], i: int, h: int, k: int, subject: frozenset[str]) -> tuple[int, frozenset[str]]:
    """What "without" at ``i`` denies, and of whom: a doing named after its doer ("without the crew ever declaring an
    emergency": the declaring, by the crew; "without any ransom being paid": the paying, of the ransom), else the word
    after it, of ``subject``."""
    for g in range(h, min(k, h + 4)):
        w = toks[g].low
        passive = w == "being" and g > h and g + 1 < k and toks[g + 1].low.endswith(("ed", "en", "id"))
        g += passive  # (what is done to the words before "being")
        if (w.endswith("ing") and len(w) > 5 or passive) and toks[g].is_word and not toks[g].cap:
            if g > h:
                doer = toks[h : g - passive]
                return g, frozenset(stem(t.low) for t in doer
                                    if t.is_word and len(t.low) > 2 and t.low not in _SKIP_BEFORE)
            break
    return h, subject


_SKIP_BEFORE = frozenset("the a an his her their its ever even".split())


def without_anyone(cue: Cue, toks: list[Tok], said_toks: list[Tok], k: int) -> bool:
    """Whether ``cue`` is a doing "without" anyone it is done to ("came down on a track without injuring anyone") and
    the other version tells the same doing in "-ing" after a comma, of the same words before it ("came down on a
    track, injuring a worker"): one happening told with a victim and without."""
    return cue.at + 1 < len(toks) and toks[cue.at + 1].low in _ANYONE_AT_ALL and 1 < k and said_toks[
        k - 1].low == "," and said_toks[k].low.endswith("ing") and bool(cue.subject & {
            stem(t.low) for t in said_toks[:k]})


_ANYONE_AT_ALL = frozenset("anyone anybody".split())
