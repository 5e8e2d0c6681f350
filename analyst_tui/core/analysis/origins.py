"""Origins: the distinct first-hand sources behind a claim.

A sentence's origin is its named speaker (a person or an institution: "Karoline Leavitt",
"Pentagon"); failing that the outlet it credits ("officials told NBC News" -> NBC News);
failing that the outlet an article credits in its lead, when it retells another outlet's
report; failing that the article's own source. Corroboration counts origins, not outlets:
three outlets retelling one NBC News report are three outlets and one origin.
"""

from __future__ import annotations

from analyst_tui.core.model import Article, Attribution, Claim, Sentence

LEAD_SENTENCES = 3  # the claim sentences of an article in which a credited report counts as its lead


def article_default(article: Article, sentences: list[Sentence], attributions: dict[tuple[str, int], Attribution]) -> str:
    """The origin of an article's unattributed sentences: the outlet its lead credits, else itself."""
    seen = 0
    for s in sentences:
        if s.kind != "claim":
            continue
        att = attributions.get(s.key)
        if att is not None and att.outlet:
            return att.outlet
        seen += 1
        if seen >= LEAD_SENTENCES:
            break
    return " ".join(article.source.split()) or article.id


def sentence_origin(sentence: Sentence, attributions: dict[tuple[str, int], Attribution], default: str) -> str:
    # imported here: the review app shows ``origins_line`` without loading the attribution patterns
    from analyst_tui.core.analysis.attribution import is_named

    att = attributions.get(sentence.key)
    if att is not None:
        if is_named(att.speaker):
            return att.speaker  # type: ignore[return-value]
        if att.outlet:
            return att.outlet
    return default


def _key(origin: str) -> str:
    from analyst_tui.core.analysis.attribution import person_key

    key = person_key(origin)
    return key[4:] if key.startswith("the ") else key


def claim_origins(claim: Claim, origin_of: dict[tuple[str, int], str]) -> list[str]:
    """Distinct origins of a claim's members, in member order; one person named in full or by
    surname counts once ("Karoline Leavitt (…)" and "Leavitt")."""
    if len(claim.members) == 1:
        origin = origin_of.get(claim.members[0].key)
        return [origin] if origin else []
    out: list[str] = []
    keys: list[str] = []
    for m in claim.members:
        origin = origin_of.get(m.key)
        if not origin:
            continue
        key = _key(origin)
        surname = key.split()[-1] if key else key
        if any(k == key or k.split()[-1] == surname for k in keys):
            continue
        keys.append(key)
        out.append(origin)
    return out


def origins_line(claim: Claim) -> str:
    """ "3 outlets, 1 origin (NBC News)" ; "2 outlets, 2 origins (Pentagon, NBC News)"."""
    outlets = claim.shared_by
    n = len(claim.origins)
    head = f"{outlets} outlet{'s' if outlets != 1 else ''}, {n} origin{'s' if n != 1 else ''}"
    return f"{head} ({', '.join(claim.origins)})" if claim.origins else head
