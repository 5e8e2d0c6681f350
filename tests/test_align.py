"""Alignment: the links an analyst expects on the seeds, variants, and no chaining."""

from __future__ import annotations



from analyst_tui.core.align import align, shared_quote
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.model import Article, Sentence, article_label
from seed_gold import LEAVITT, NEVER_SHARED, NOT_LEAVITT, locate, score

def claims_with(comparison, ref):
    sentence = locate(comparison, ref)
    return [c for c in comparison.claims if sentence.key in {m.key for m in c.members}]


def together(comparison, *refs) -> bool:
    """True when one claim holds every sentence named."""
    keys = {locate(comparison, r).key for r in refs}
    return any(keys <= {m.key for m in c.members} for c in comparison.claims)


def test_seed_links_precision_and_recall(seeds):
    # Held out: the model file is fitted on MSRP train and ECB+ topics 6-45, never on these labels
    # (benchmarks/fit_engine.py). Measured: precision 0.879 (29 of 33 links), recall 0.821 (23 of 28); the floors
    # guard against a regression, the target (0.9 / 0.9) is not reached yet. The labels require the two
    # pairs the issue names as paraphrases to link since December 2026 (before: 0.848 / 0.80 on the same links).
    result = score(seeds)
    assert result["precision"] >= 0.87, result["false_positives"]
    assert result["recall"] >= 0.8, result["missed"]


def test_two_leads_that_float_the_same_plan_in_other_words_are_one_claim(seeds):
    """"floated deploying a small, targeted contingent" and "floated the possibility of sending a limited
    number of American troops": leads of two reports of one story, scored although they share few words."""
    assert together(seeds, "A:small, targeted contingent", "C:sending a limited number of American")


def test_araghchi_quote_is_shared_by_all_three(seeds):
    assert together(seeds, "A:We are waiting for them ...", "B:“We are waiting for them,” Iranian", "C:“We are waiting for them,” Araghchi")
    assert together(seeds, "A:We are waiting for them ...", "C:Tehran is ready")
    claim = [c for c in claims_with(seeds, "B:We are confident that we can") if c.is_shared][0]
    assert together(seeds, "B:We are confident that we can", "C:We are confident that we can")
    assert "big disaster for them" in (claim.evidence.get("quote") or "")


def test_no_final_decision_links_a_b_and_c_but_not_the_caption(seeds):
    refs = ["A:no decisions have been made", "C:not made any final decisions"]
    assert together(seeds, *refs)
    assert not together(seeds, refs[0], "B:Officials say Trump has not made")


def test_captions_and_no_comment_lines_join_no_shared_claim(seeds):
    for ref in NEVER_SHARED:
        sentence = locate(seeds, ref)
        assert sentence.kind == "boilerplate", ref
        assert all(not c.is_shared for c in claims_with(seeds, ref)), ref


def test_leavitt_statement_links_a_and_c_and_nothing_unrelated(seeds):
    assert together(seeds, "A:Leavitt added that anyone", "C:President Trump always, wisely")
    leavitt_keys = {locate(seeds, r).key for r in LEAVITT}
    for ref in NOT_LEAVITT:
        for claim in claims_with(seeds, ref):
            assert not leavitt_keys & {m.key for m in claim.members}, ref


def test_yips_quote_and_contingent_and_casualties(seeds):
    assert together(seeds, "A:I don't have the yips", "B:I don’t have the yips", "C:In an interview with the New York Post")
    assert together(seeds, "A:small, targeted contingent", "B:small contingent of U.S. forces", "C:smaller contingent of forces")
    assert together(seeds, "A:six US service members", "B:Six U.S. service members")


def test_boilerplate_never_joins_a_claim(seeds):
    boiler = [s for ss in seeds.sentences.values() for s in ss if s.kind == "boilerplate"]
    assert len(boiler) >= 5  # three photo credits, the newsletter promo
    for s in boiler:
        (claim,) = seeds.claims_of(s)
        assert len(claim.members) == 1


def test_every_sentence_is_in_a_claim_and_shared_claims_come_first(seeds):
    for sents in seeds.sentences.values():
        for s in sents:
            assert seeds.claims_of(s), s.text
    shared_flags = [c.is_shared for c in seeds.claims]
    assert shared_flags == sorted(shared_flags, reverse=True)
    assert [c.id for c in seeds.claims] == list(range(1, len(seeds.claims) + 1))
    singles = [c for c in seeds.claims if not c.is_shared]
    assert all(len(c.members) == 1 for c in singles)


def test_each_shared_claim_carries_evidence(seeds):
    for claim in seeds.claims:
        if claim.is_shared:
            assert 0.0 < claim.score <= 1.0
            assert claim.evidence["terms"] or claim.evidence["quote"]
            assert claim.evidence["links"]


def _compare(*texts: str):
    arts = [Article(article_label(i), f"t{i}.txt", f"s{i}", t) for i, t in enumerate(texts)]
    return build_comparison(arts)


def _linked(comparison, a_phrase: str, b_phrase: str) -> bool:
    for c in comparison.claims:
        texts = [m.text for m in c.members]
        if any(a_phrase in t for t in texts) and any(b_phrase in t for t in texts) and c.shared_by > 1:
            return True
    return False


FILLER_A = "The weather in the capital was mild on Friday. A local football team won its match."
FILLER_B = "Shares of a carmaker rose in early trading. Museum attendance grew last year."


def test_name_and_country_variants_link():
    cmp = _compare(
        f"President Donald Trump said the United States will send 6 warships to the Gulf. {FILLER_A}",
        f"Trump said the U.S. would send six warships to the Gulf. {FILLER_B}",
    )
    assert _linked(cmp, "Donald Trump said", "Trump said the U.S.")


def test_us_abbreviation_variants_link():
    cmp = _compare(
        f"US officials confirmed the embassy in Baghdad will stay closed until Monday. {FILLER_A}",
        f"United States officials confirmed the embassy in Baghdad would remain closed until Monday. {FILLER_B}",
    )
    assert _linked(cmp, "US officials", "United States officials")


def test_reordered_paraphrase_links():
    cmp = _compare(
        f"The minister has not made any final decisions or issued orders about the border. {FILLER_A}",
        f"No decisions have been made and no orders issued about the border, the minister said. {FILLER_B}",
    )
    assert _linked(cmp, "has not made any final decisions", "No decisions have been made")


def test_different_figures_do_not_link():
    cmp = _compare(
        "The broader index gained 5.51 points, or 0.56 percent, to 981.73 on Monday.",
        "The broader index fell 11.91 points, or 1.19 percent, to 986.60 on Thursday.",
    )
    assert not any(c.is_shared for c in cmp.claims)


def test_unrelated_sentences_do_not_link():
    cmp = _compare(
        "The earthquake destroyed hundreds of homes in the mountain villages. " + FILLER_A,
        "The central bank raised interest rates by a quarter point on Wednesday. " + FILLER_B,
    )
    assert not any(c.is_shared for c in cmp.claims)


def test_no_transitive_chaining():
    # B restates A's claim and C's claim in one sentence; A and C have nothing in common.
    a = "The mayor of Springfield opened the new river bridge on Monday morning."
    b = ("The mayor of Springfield opened the new river bridge on Monday morning, "
         "and separately announced a tax cut for bakeries in the old town.")
    c = "A tax cut for bakeries in the old town was announced by city hall."
    cmp = _compare(a + " " + FILLER_A, b + " " + FILLER_B, c)
    assert _linked(cmp, "opened the new river bridge on Monday morning.", "separately announced")
    assert _linked(cmp, "separately announced", "A tax cut for bakeries")
    for claim in cmp.claims:
        texts = " | ".join(m.text for m in claim.members)
        assert not ("river bridge on Monday morning." in texts and "was announced by city hall" in texts)


def test_shared_quote_is_verbatim_from_the_first_sentence():
    a = "Araghchi said: “We are confident that we can confront them, and that would be a big disaster.”"
    b = "He added that we are confident that we can confront them, officials said."
    assert shared_quote(a, b) == "We are confident that we can confront them"
    assert shared_quote("Nothing in common here at all", b) == ""


def test_shared_quote_never_starts_inside_a_figure_the_two_give_differently():
    a = "Singer Dani Rourke's Ferrari, valued at around $85,000, was found in a lock-up garage in Dartford on Tuesday."
    b = "Dani Rourke's Ferrari, valued at around £250,000, was found in a lock-up garage in Dartford on Tuesday."
    assert shared_quote(a, b) == "was found in a lock-up garage in Dartford on Tuesday"
    assert shared_quote("The fee was 1,250 pounds a year for the tenants", "The fee was 1,250 pounds a year for all") == (
        "The fee was 1,250 pounds a year for"
    )
    # a number with letters after it is one word too: four words are no quote
    assert shared_quote("Jackman will be host of the 81st Academy Awards.", "Who is host of the 81st ceremony?") == ""


def test_align_handles_empty_and_single_article():
    assert align({}) == []
    one = {"A": [Sentence("A", 0, 0, 5, "Hello"), Sentence("A", 1, 6, 11, "World")]}
    claims = align(one)
    assert [len(c.members) for c in claims] == [1, 1]
    assert not any(c.is_shared for c in claims)
