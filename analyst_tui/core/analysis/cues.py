"""Denial and dispute cues, the status they suggest for the claim they answer, and sources that
disagree about what happened (one says a party did not respond, another carries its statement).

Only suggestions: nothing here tags a claim; the analyst accepts or overrides.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass

from analyst_tui.core.analysis.attribution import keys_pattern, person_key
from analyst_tui.core.model import Attribution, Claim, Comparison, Disagreement, Sentence, Suggestion
from analyst_tui.core.textnorm import WEAK, stem, tokenize

_DENIAL = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)(?!\s+(?:bail|parole|entry|access|a\s+visa|permission|him|her|them))|dismiss(?:ed|es|ing)\s+(?:the|this|that|its|their)\s+(?:report|story|claims?|reporting|article)"
    r"|rejected\s+(?:the|this|that)\s+(?:report|story|claims?)|not\s+part\s+of\s+the\s+plan|(?:is|was|are)\s+(?:completely\s+|totally\s+|simply\s+)?(?:false|untrue|baseless)"
    r"|fake\s+news|no\s+truth\s+to|categorically|refuted|never\s+happened)\b",
    re.I,
)
_DISPUTE = re.compile(
    r"\b(?:based\s+on\s+[“\"]?(?:\w+\s+){0,2}assumptions(?:\s+from\s+anonymous\s+sources)?|assumptions\s+from\s+anonymous\s+sources"
    r"|no\s+real\s+seat\s+at\s+the\s+table|relied\s+on\s+speculation|speculation"
    r"|disput(?:ed|es|ing)\s+(?:the|this|that|these|those|his|her|their|its)\b|pushed\s+back\s+(?:on|against)|misleading"
    r"|not\s+read\s+into|inaccurate|overstated|questioned\s+the\s+(?:report|account))\b",
    re.I,
)
_NO_RESPONSE = re.compile(
    r"(?P<party>(?:[Tt]he\s+)?(?:[A-Z][\w.'’\-]*\s+){1,4})(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?"
    r"(?:respond|return|reply|answer)|(?P<party2>(?:[Tt]he\s+)?(?:[A-Z][\w.'’\-]*\s+){1,4})(?:declined\s+to\s+comment|could\s+not\s+be\s+reached)"
)
# "the report", "the attack" answer the story's lead; "claims that …" says itself what it answers.
_REPORT_REF = re.compile(
    r"\b(?:the|this|its|that)\s+(?:report|story|reporting|article|claims?|allegations?|accusations?"
    r"|strike|attack|raid|bombing|shelling|shooting|killing)\b(?!\s+that\b)|\breport\b(?!\s+that\b)",
    re.I,
)
_CUE_HINTS = ("den", "dismiss", "reject", "plan", "false", "untrue", "baseless", "fake", "truth", "categor", "refut",
              "never happened", "assumption", "seat at the table", "speculation", "disput", "pushed back", "mislead",
              "read into", "inaccura", "overstat", "questioned")
_NO_COMMENT = re.compile(r"\bno\s+(?:immediate\s+)?(?:comment|response)\b|did\s+not\s+(?:immediately\s+)?respond|declined\s+to\s+comment", re.I)
def _no_comment(text: str) -> bool:
    return ("comment" in text or "respond" in text) and _NO_COMMENT.search(text) is not None


_NO_RESPONSE_HINTS = ("respond", "return", "reply", "answer", "comment", "reached")
_ANAPHOR = re.compile(r"\b(?:those|these)\s+(?:claims?|allegations?|accusations?|charges?|reports?)\b", re.I)
_CONTENT = re.compile(r"\b(?:claims?|reports?|allegations?|accusations?|suggestions?)\s+that\s+(.+)", re.I)
_WEAK_STEMS = frozenset(stem(w) for w in WEAK)  # "said", "report", "official": who says, not what
_CUE_HINTS_RE = re.compile(keys_pattern(_CUE_HINTS))
_NO_RESPONSE_HINTS_RE = re.compile(keys_pattern(_NO_RESPONSE_HINTS))
MIN_SHARED = 2  # content words a cue shares with a claim it answers (unless it speaks of "the report")
MIN_OVERLAP = 2.5  # weight of the shared content words for a cue to answer a claim that is not the story's lead


@dataclass(frozen=True, slots=True)
class Cue:
    status: str  # "denied" | "disputed"
    cue: str
    sentence: Sentence
    by: str | None


def find_cues(comparison: Comparison) -> list[Cue]:
    """Sentences that carry a denial or dispute, with who made it (from the attributions)."""
    out: list[Cue] = []
    for sentences in comparison.sentences.values():
        for s in sentences:
            if s.kind != "claim":
                continue
            low = s.text.lower()
            if _CUE_HINTS_RE.search(low) is None:
                continue
            m = _DENIAL.search(s.text)
            status = "denied"
            if m is None:
                m = _DISPUTE.search(s.text)
                status = "disputed"
            if m is None:
                continue
            att = comparison.attributions.get(s.key)
            by = att.speaker if att is not None and att.speaker else _subject(s.text[: m.start()])
            out.append(Cue(status, " ".join(m.group().split()), s, by))
    return out


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(tokenize(text).stems)


_AUXILIARY = re.compile(r"(?:\s+(?:has|have|had|also|flatly|quickly|strongly|swiftly|firmly|publicly|again|since|already|was|were|[a-z]+ly))+\s*$")
_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,]*,")
_SUBJECT_WORDS = re.compile(
    r"(?:^|[,;:]\s+|\s)(?P<subj>(?:[Tt]he\s+)?(?:[A-Z][\w'’.\-]*\s+){1,3}(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’.\-]*|[a-z]+)|[A-Z][\w'’.\-]*)$"
)


def _subject(before: str) -> str | None:
    """Who makes a cue when no attribution was found: "The Sudanese military … has denied" -> "Sudanese military"."""
    before = _AUXILIARY.sub("", _RELATIVE.sub("", before.rstrip()))
    m = _SUBJECT_WORDS.search(before)
    if m is None:
        return None
    words = m.group("subj").split()
    while words and words[0].lower() in ("the", "but", "and", "yet", "so", "however", "meanwhile", "also"):
        words = words[1:]
    if len(words) == 1 and words[0].lower() in ("it", "he", "she", "they", "we", "i", "this", "that"):
        return None
    if not words or not any(w[:1].isupper() for w in words) or len(words) > 5:
        return None
    return " ".join(words)


def _lead_claim(comparison: Comparison, article: str, shared: list[Claim]) -> Claim | None:
    """The first shared claim of an article (its widest-shared, if a sentence carries two)."""
    first: tuple[int, int, int] | None = None
    lead = None
    for c in shared:
        for m in c.members:
            if m.article == article:
                key = (m.index, -c.shared_by, c.id)
                if first is None or key < first:
                    first, lead = key, c
    return lead


def answered_claim(comparison: Comparison, cue: Cue, shared: list[Claim], weights: dict | None = None) -> Claim | None:
    """The claim a cue answers: the story's lead when it speaks of "the report", else the
    earlier shared claim of its article whose sentence there shares the most telling words with it.

    ``shared``: the shared claims with a member in the cue's article; those that themselves
    carry a cue (the denial, reported by several outlets) are left out by the caller."""
    s = cue.sentence
    own = {c.id for c in comparison.claims_of(s)}
    candidates = [c for c in shared if c.id not in own]
    if _ANAPHOR.search(s.text):  # "denied those claims": what the sentence before says
        before = [c for c in candidates if any(m.article == s.article and m.index == s.index - 1 for m in c.members)]
        return max(before, key=lambda c: c.shared_by) if before else None
    content = _CONTENT.search(s.text)  # "denies claims that it works for Khartoum": match what follows
    if content is None and _REPORT_REF.search(s.text):
        lead = _lead_claim(comparison, s.article, candidates)
        if lead is not None:
            return lead
    weights = {} if weights is None else weights  # per article, shared by the cues of one comparison
    if s.article not in weights:
        weights[s.article] = _weights(comparison, s.article)
    weight = weights[s.article]
    words = _stems(content.group(1) if content else s.text) - _stems(cue.by or "") - _WEAK_STEMS
    best, best_score = None, 0.0
    for c in candidates:
        earlier = [m for m in c.members if m.article == s.article and m.index < s.index]  # what the cue answers
        if not earlier:
            continue
        score = max(
            (sum(weight.get(w, 0.0) for w in shared_words) if len(shared_words) >= MIN_SHARED else 0.0)
            for shared_words in (words & _stems(m.text) for m in earlier)
        )
        if score > best_score or (score == best_score and best is not None and c.shared_by > best.shared_by):
            best, best_score = c, score  # on a tie, the claim more outlets carry
    return best if best_score >= MIN_OVERLAP else None


def _weights(comparison: Comparison, article: str) -> dict[str, float]:
    """How telling each word is in one article: log(sentences / sentences with it). In a story
    about Sudan, "Sudan" says little about which claim a denial answers."""
    sentences = [x for x in comparison.sentences.get(article, []) if x.kind == "claim"]
    df: dict[str, int] = {}
    for x in sentences:
        for w in _stems(x.text):
            df[w] = df.get(w, 0) + 1
    n = max(1, len(sentences))
    return {w: math.log(n / k) for w, k in df.items()}


def suggest(comparison: Comparison) -> None:
    """Fill ``Claim.suggestion``: a denial beats a dispute, a cue several outlets carry beats one
    a single outlet does, then the earliest."""
    order = {a.id: i for i, a in enumerate(comparison.articles)}
    chosen: dict[int, tuple[tuple, Cue]] = {}
    cues = find_cues(comparison)
    if not cues:
        return
    cue_keys = frozenset(c.sentence.key for c in cues)
    shared = [
        c for c in comparison.claims
        if c.is_shared and c.kind == "claim"
        and not any(m.key in cue_keys or _no_comment(m.text) for m in c.members)
    ]
    by_article: dict[str, list[Claim]] = {}
    for c in shared:
        for aid in c.articles:
            by_article.setdefault(aid, []).append(c)
    weights: dict[str, dict[str, float]] = {}
    for cue in cues:
        claim = answered_claim(comparison, cue, by_article.get(cue.sentence.article, []), weights)
        if claim is None:
            continue
        # a denial beats a dispute; one that several outlets carry beats one that a single outlet does
        carried = any(c.is_shared for c in comparison.claims_of(cue.sentence))
        rank = (cue.status != "denied", not carried, order.get(cue.sentence.article, 0), cue.sentence.index)
        if claim.id not in chosen or rank < chosen[claim.id][0]:
            chosen[claim.id] = (rank, cue)
    by_id = {c.id: c for c in comparison.claims}
    for claim_id, (_rank, cue) in chosen.items():
        s = cue.sentence
        by_id[claim_id].suggestion = Suggestion(cue.status, cue.by, cue.cue, s.article, s.start, s.end)  # type: ignore[arg-type]


def _party_key(party: str) -> str:
    party = re.sub(r"^the\s+", "", " ".join(party.split()), flags=re.I)
    return party.casefold()


def _speaks_for(att: Attribution, party: str) -> bool:
    speaker = (att.speaker or "").casefold()
    return bool(speaker) and (party in speaker or person_key(att.speaker or "") == party)


def disagreements(comparison: Comparison) -> list[Disagreement]:
    """An outlet says a party did not respond while others carry that party's statement."""
    out: list[Disagreement] = []
    for aid, sentences in comparison.sentences.items():
        for s in sentences:
            if _NO_RESPONSE_HINTS_RE.search(s.text) is None:  # a no-comment line may be boilerplate: read it too
                continue
            m = _NO_RESPONSE.search(s.text)
            if m is None:
                continue
            party = _party_key(m.group("party") or m.group("party2") or "")
            if not party or party in ("he", "she", "they", "it"):
                continue
            own = [k for k, a in comparison.attributions.items() if k[0] == aid and _speaks_for(a, party)]
            if own:
                continue  # the same article carries the statement: it changed over time, not a disagreement
            said = sorted(
                (k for k, a in comparison.attributions.items() if k[0] != aid and _speaks_for(a, party)),
                key=lambda k: ([a.id for a in comparison.articles].index(k[0]) if k[0] in comparison.sentences else 0, k[1]),
            )
            if not said:
                continue
            others = sorted({k[0] for k in said}, key=lambda a: list(comparison.sentences).index(a))
            name = " ".join((m.group("party") or m.group("party2")).split())
            name = re.sub(r"^the\s+", "the ", name, flags=re.I)
            speakers = [comparison.attributions[k].speaker or "" for k in said]
            speaker = next((sp for sp in speakers if "(" in sp), speakers[0])
            detail = (
                f"{aid} says {name} did not respond; {', '.join(others)} carr{'ies' if len(others) == 1 else 'y'} "
                f"a statement from {speaker}"
            )
            out.append(Disagreement("response", party, detail, (s.key, *said)))
    return out
