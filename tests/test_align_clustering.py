"""Clustering and candidate rules of the engine that an analyst sees as which sentences share a colour."""

from __future__ import annotations

import pytest

from analyst_tui.core import align as align_pkg
from analyst_tui.core.align import params, vectors
from analyst_tui.core.align.candidates import candidate_pairs, figures_differ
from analyst_tui.core.align.clustering import Linkage, pair_lonely_articles
from analyst_tui.core.model import Sentence


def test_article_sharing_no_claim_gets_its_best_link_as_a_claim_of_two():
    # articles 0 and 1 share a claim (sentences 0 and 2); article 2 (sentence 4) was kept out of every claim
    owner = [0, 0, 1, 1, 2]
    link = Linkage(owner, {(0, 2): 0.95, (3, 4): 0.62, (2, 4): 0.55, (1, 4): 0.3})
    groups = [[0, 2], [1], [3], [4]]
    pair_lonely_articles(groups, link, max_claims=3)
    assert sorted(map(sorted, groups)) == [[0, 2], [1], [3, 4]]  # its best link (0.62), no repeat of sentence 3 alone


def test_a_link_the_models_reject_is_not_used_to_pair_a_lonely_article():
    link = Linkage([0, 0, 1, 1, 2], {(0, 2): 0.95, (3, 4): 0.49})
    groups = [[0, 2], [1], [3], [4]]
    pair_lonely_articles(groups, link, max_claims=3)
    assert sorted(map(sorted, groups)) == [[0, 2], [1], [3], [4]]


def test_a_partner_already_in_as_many_claims_as_allowed_is_not_taken():
    link = Linkage([0, 1, 2, 3], {(0, 1): 0.9, (0, 2): 0.9, (0, 3): 0.7})
    groups = [[0, 1], [0, 2], [3]]
    pair_lonely_articles(groups, link, max_claims=2)
    assert groups == [[0, 1], [0, 2], [3]]


def test_a_lonely_article_takes_its_next_best_partner_when_the_best_is_in_too_many_claims():
    link = Linkage([0, 1, 2, 3], {(0, 1): 0.9, (0, 2): 0.9, (0, 3): 0.9, (1, 3): 0.7})
    groups = [[0, 1], [0, 2], [3]]
    pair_lonely_articles(groups, link, max_claims=2)
    assert groups == [[0, 1], [0, 2], [1, 3]]


def _story_of_common_words(lonely: str) -> dict[str, list[Sentence]]:
    """Six long reports of one shooting whose topic words are each used in more than 40 sentences, and
    a report of a single sentence made of those words. Each long report opens with three sentences on
    other things, so that no lead of theirs pairs with it (``candidates.lead_pairs``)."""
    topic = ["gang", "members", "arrested", "fatal", "shooting", "sheriff", "deputy"]
    articles = {}
    for a in range(6):
        sents = [f"Weather in Vantor{a} was mild.", f"A choir from Ellwick{a} sang.", f"Trains to Dorrin{a} ran late."]
        for k in range(10):
            n = a * 10 + k
            words = [w for x, w in enumerate(topic) if x != n % 7]
            sents.append(f"Near Quillan{n} the {' '.join(words)} case was described by Marlow{n}.")
        articles[f"A{a}"] = sents
    articles["A0"][6] = "Two gang members were arrested in the fatal shooting of a sheriff deputy, officials said."
    articles["L"] = [lonely]
    return {aid: [Sentence(aid, k, 0, len(t), t) for k, t in enumerate(ts)] for aid, ts in articles.items()}


def test_a_one_sentence_report_in_a_large_story_shares_its_claim():
    """Its words are all the story's common words, which propose no pairs on their own; as an article
    sharing nothing it is compared with every sentence of its story that shares two of them."""
    sentences = _story_of_common_words("Gang members arrested in fatal shooting of sheriff deputy.")
    eng = align_pkg.engine()
    matcher = eng.matcher([s.text for ss in sentences.values() for s in ss])
    owner = [n for n, ss in enumerate(sentences.values()) for _ in ss]
    p = eng.params
    index = candidate_pairs(matcher, owner, p.min_contain, p.posting_cap, p.quote_grams, None, p.figure_gate)
    lone = len(owner) - 1  # its one sentence
    assert not [pair for pair in index if lone in pair]  # nothing proposed for it by the index
    claims = align_pkg.align(sentences, eng)
    lonely = next(c for c in claims if any(m.article == "L" for m in c.members))
    assert lonely.is_shared
    assert {(m.article, m.index) for m in lonely.members} == {("L", 0), ("A0", 6)}


@pytest.mark.parametrize("a, b, differ", [
    ({"17.33", "1.07", "1640.13"}, {"7.42", "0.45", "1653.44"}, True),  # two index reports of different days
    ({"500", "0.46", "0.05", "997.02"}, {"500", "5.51", "0.56", "981.73"}, True),  # "S&P 500" shared, the rest not
    ({"500", "6.48", "0.7", "990.51"}, {"500", "6.48", "0.66", "990.51"}, False),  # one rounding apart
    ({"24"}, {"1"}, False),  # one figure apart: linked, and the conflict is shown
    ({"5", "12"}, {"5", "12"}, False),
])
def test_sentences_giving_different_figures_are_different_facts(a, b, differ):
    assert figures_differ(frozenset(a), frozenset(b), 2) is differ
    assert figures_differ(frozenset(a), frozenset(b), 0) is False  # the rule off


def test_the_model_file_keeps_sentences_of_different_figures_apart():
    assert params.load("semantic").figure_gate == params.load("lexical").figure_gate == 2


def test_candidate_pairs_come_in_one_order_whatever_the_run():
    """Pairs are scored in batches; a pair's place in its batch can change its score's last bits, so the
    order must not depend on how a set of sentence numbers happened to be filled (it changes between runs)."""
    n = 900
    texts = [f"Filler sentence number {k} says little." for k in range(n)]
    owner = [k * 3 // n for k in range(n)]
    for g in range(290):  # three sentences far apart share two rare names
        for k in (g, g + 300, g + 601):
            texts[k] = f"Inspectors named Zorvath{g} and Quillan{g} in the harbour report."
    eng = align_pkg.Engine(vectors.load(params.vector_source()), params.load("semantic"))
    pairs = candidate_pairs(eng.matcher(texts), owner, 0.0, 40, 2)
    assert len(pairs) >= 3 * 290 and pairs == sorted(pairs)


def test_a_lonely_article_shows_its_link_in_the_comparison():
    a = "Voters in Turkmenistan cast ballots Sunday in a parliamentary election hailed by the government as a step to democracy."
    b = "Turkmens go to the polls Sunday in a parliamentary election the West sees as a test of reform."
    eng = align_pkg.engine()
    claims = align_pkg.align({"A": [Sentence("A", 0, 0, len(a), a)], "B": [Sentence("B", 0, 0, len(b), b)]}, eng)
    assert any(c.is_shared for c in claims)


def test_a_lonely_article_is_offered_partners_only_in_its_own_story():
    """An article that shares no claim is compared with the sentences of the articles its story gate allows
    (the sentences of another story that share its words are not), and with every article when there is no gate."""
    import numpy as np

    from analyst_tui.core.align.candidates import lonely_pairs

    texts = [
        "Rescuers pulled survivors from the collapsed market building.",  # article 0: the lonely one
        "Survivors were pulled from the collapsed market building by rescuers on Monday.",  # article 1, its story
        "Traders said the market building had been inspected last year.",
        "Rescuers pulled survivors from a collapsed market building in another city.",  # article 2, another story
    ]
    owner = [0, 1, 1, 2]
    matcher = align_pkg.Engine(vectors.load(params.vector_source()), params.load("semantic")).matcher(texts)
    gate = np.array([[True, True, False], [True, True, False], [False, False, True]])
    assert lonely_pairs(matcher, owner, {0}, 0.0, 40, gate) == [(0, 1), (0, 2)]
    assert lonely_pairs(matcher, owner, {0}, 0.0, 40, None) == [(0, 1), (0, 2), (0, 3)]
    assert lonely_pairs(matcher, owner, {0}, 0.0, 40, None, known={(0, 2)}) == [(0, 1), (0, 3)]
    assert lonely_pairs(matcher, owner, {0, 2}, 0.0, 40, gate) == [(0, 1), (0, 2)]  # article 2 alone in its story


def test_a_merge_refused_is_tried_again_once_a_group_has_grown():
    """Sentence 3 first fails to join {0, 2} (its link to 2 pulls the mean down); once 1 has joined them, the
    links of 1 raise the mean and 3 joins: a refusal holds only for the groups as they were."""
    from analyst_tui.core.align.clustering import cluster

    scores = {(0, 1): 0.8, (0, 2): 0.9, (0, 3): 0.85, (1, 2): 0.85, (1, 3): 0.85, (2, 3): 0.6}
    assert cluster(Linkage([0, 1, 2, 3], scores), 4, 0.4, 0.75) == [[0, 1, 2, 3]]
    assert cluster(Linkage([0, 1, 2, 3], {**scores, (1, 3): 0.7}), 4, 0.4, 0.75) == [[0, 1, 2], [3]]
