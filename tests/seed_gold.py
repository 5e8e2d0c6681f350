"""Hand-labelled links between the seed articles, for measuring the aligner.

Evaluation only: nothing is fitted on these labels (the model file is fitted on MSRP train and
ECB+ topics 6-45 by benchmarks/fit_engine.py), so figures computed with them are held out.

A = 000_4962e2a0936d46e1 (Axios-style summary of the NBC report), B = 001_d48f547c16eaeeef,
C = 002_c6a53b0f2b5ca6c2. Each sentence is named by a phrase that occurs in it once.

REQUIRED links are pairs of sentences an analyst expects to see in one claim.
ACCEPTABLE links are partial overlaps: not demanded, but not an error when made.
Any other predicted link between two articles counts against precision.
"""

from __future__ import annotations

from itertools import combinations

REQUIRED: list[tuple[str, str]] = [
    # Trump privately interested in sending troops
    ("A:putting a limited number of US troops", "B:privately expressed interest in sending"),
    ("A:putting a limited number of US troops", "C:privately expressed “serious interest”"),
    ("B:privately expressed interest in sending", "C:privately expressed “serious interest”"),
    # a small contingent rather than an invasion
    ("A:small, targeted contingent", "B:small contingent of U.S. forces"),
    ("A:small, targeted contingent", "C:smaller contingent of forces"),
    ("B:small contingent of U.S. forces", "C:smaller contingent of forces"),
    # talks with aides and Republican allies outside the White House (the issue names A-B as a paraphrase to link)
    ("A:aides and Republican allies outside", "C:aides and Republican allies outside"),
    ("A:aides and Republican allies outside", "B:small contingent of U.S. forces"),
    ("B:small contingent of U.S. forces", "C:aides and Republican allies outside"),
    # the plan floated: a small contingent of troops (the issue names this pair as a paraphrase to link)
    ("A:small, targeted contingent", "C:sending a limited number of American"),
    # no final decision, no orders
    ("A:no decisions have been made", "B:Officials told NBC News that Trump has not made"),
    ("A:no decisions have been made", "C:not made any final decisions"),
    ("B:Officials told NBC News that Trump has not made", "C:not made any final decisions"),
    # the New York Post "yips" interview
    ("A:I don't have the yips", "B:I don’t have the yips"),
    ("A:I don't have the yips", "C:In an interview with the New York Post"),
    ("B:I don’t have the yips", "C:In an interview with the New York Post"),
    # Leavitt's statement
    ("A:Karoline Leavitt told NBC", "C:This story is based on assumptions"),
    ("A:Karoline Leavitt told NBC", "C:President Trump always, wisely"),
    ("A:Leavitt added that anyone", "C:President Trump always, wisely"),
    # casualties
    ("A:six US service members", "B:Six U.S. service members"),
    # Araghchi: "We are waiting for them ... big disaster for them"
    ("A:We are waiting for them ...", "B:“We are waiting for them,” Iranian"),
    ("A:We are waiting for them ...", "B:We are confident that we can"),
    ("A:We are waiting for them ...", "C:“We are waiting for them,” Araghchi"),
    ("A:We are waiting for them ...", "C:We are confident that we can"),
    ("B:“We are waiting for them,” Iranian", "C:“We are waiting for them,” Araghchi"),
    ("B:We are confident that we can", "C:We are confident that we can"),
    ("A:We are waiting for them ...", "C:Tehran is ready"),
    ("B:“We are waiting for them,” Iranian", "C:Tehran is ready"),
]

ACCEPTABLE: list[tuple[str, str]] = [
    ("A:putting a limited number of US troops", "C:sending a limited number of American"),
    ("B:privately expressed interest in sending", "C:sending a limited number of American"),
    ("A:aides and Republican allies outside", "C:smaller contingent of forces"),
    ("A:Publicly, Trump has kept", "C:Publicly, Trump has avoided"),
    ("B:I don’t have the yips", "C:Publicly, Trump has avoided"),
    ("A:Publicly, Trump has kept", "B:I don’t have the yips"),
    ("A:I don't have the yips", "B:I say ‘probably"),
    ("B:I say ‘probably", "C:In an interview with the New York Post"),
    ("A:I don't have the yips", "C:Publicly, Trump has avoided"),
    ("A:Karoline Leavitt told NBC", "C:White House Press Secretary Karoline Leavitt dismissed"),
    ("A:Leavitt added that anyone", "C:White House Press Secretary Karoline Leavitt dismissed"),
    ("A:Foreign policy analysts say", "B:Some analysts say"),
    ("A:Foreign policy analysts say", "B:special operations insertions"),
    ("A:six US service members", "B:The conflict began early Saturday"),
    ("A:We are waiting for them ...", "B:Iranian officials have said they are prepared"),
    ("B:Iranian officials have said they are prepared", "C:Tehran is ready"),
    ("B:Iranian officials have said they are prepared", "C:Iran has already signaled"),
    ("A:We are waiting for them ...", "C:Iran has already signaled"),
    ("B:We are confident that we can", "C:“We are waiting for them,” Araghchi"),
    ("B:“We are waiting for them,” Iranian", "C:We are confident that we can"),
    ("B:We are confident that we can", "C:Tehran is ready"),
    ("A:We are waiting for them ...", "B:We have prepared ourselves"),
    ("B:We have prepared ourselves", "C:We are confident that we can"),
    ("B:Araghchi said Iran has prepared", "C:Tehran is ready"),
    ("A:We are waiting for them ...", "B:Araghchi said Iran has prepared"),
    ("A:conflict so far has been limited to airstrikes", "C:remained an air campaign"),
]

# Photo captions (a sentence a photo credit follows) and no-comment lines: boilerplate, in no shared claim.
NEVER_SHARED = [
    "B:has reportedly expressed interest",
    "B:Officials say Trump has not made",
    "B:Pete Hegseth took shots at the press",
    "B:The White House did not immediately respond",
]

# Sentences that must never join a claim with the Leavitt statement.
NOT_LEAVITT = [
    "B:The White House did not immediately respond",
    "B:BRENDAN SMIALOWSKI",
    "B:Anna Moneymaker",
    "B:Elizabeth Frantz",
    "C:Subscribe now",
    "C:Newsletter of Newsletters",
]
LEAVITT = ["A:Karoline Leavitt told NBC", "A:Leavitt added that anyone", "C:This story is based on assumptions",
           "C:President Trump always, wisely", "C:White House Press Secretary Karoline Leavitt dismissed"]


def locate(comparison, ref: str):
    """The sentence of ``comparison`` that contains the phrase of ``ref`` ("A:phrase")."""
    article_id, phrase = ref.split(":", 1)
    article = comparison.article(article_id)
    pos = article.text.find(phrase)
    assert pos >= 0, f"phrase not in article {article_id}: {phrase!r}"
    assert article.text.find(phrase, pos + 1) < 0, f"phrase not unique in {article_id}: {phrase!r}"
    for s in comparison.sentences[article_id]:
        if s.start <= pos < s.end:
            return s
    raise AssertionError(f"no sentence holds {ref!r}")


def predicted_links(comparison) -> set[frozenset]:
    links = set()
    for claim in comparison.claims:
        for a, b in combinations(claim.members, 2):
            if a.article != b.article:
                links.add(frozenset((a.key, b.key)))
    return links


def score(comparison, required_pairs=REQUIRED, acceptable_pairs=ACCEPTABLE) -> dict:
    """Link precision and recall of ``comparison`` against hand-labelled pairs (the seed labels unless given)."""
    def keys(pairs):
        return {frozenset((locate(comparison, a).key, locate(comparison, b).key)) for a, b in pairs}

    required = keys(required_pairs)
    acceptable = keys(acceptable_pairs)
    predicted = predicted_links(comparison)
    true_pos = predicted & (required | acceptable)
    false_pos = predicted - required - acceptable
    missed = required - predicted
    precision = len(true_pos) / len(predicted) if predicted else 0.0
    recall = len(required & predicted) / len(required)
    return {"precision": precision, "recall": recall, "false_positives": false_pos, "missed": missed,
            "predicted": len(predicted), "required": len(required)}
