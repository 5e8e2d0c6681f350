"""The pipeline: articles -> sentences -> claims."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from analyst_tui.core.align import Engine, add_evidence, align_without_evidence, claim_sentences, engine
from analyst_tui.core.align import warnings as align_warnings
from analyst_tui.core.align.features import clause_lines, first_words
from analyst_tui.core.align.forked import beside_each, can_fork
from analyst_tui.core.model import Article, Claim, Comparison, Conflict, Sentence
from analyst_tui.core.segment import segment
from analyst_tui.core.textnorm import Tokens, token_rows, tokenize

MIN_ARTICLES_BESIDE = 50  # below this a second process costs more than it saves


def sentences_of(article: Article) -> list[Sentence]:
    return [
        Sentence(article.id, i, sp.start, sp.end, article.text[sp.start : sp.end], sp.kind)
        for i, sp in enumerate(segment(article.text))
    ]


def find_conflicts(claims: list[Claim], checked: Callable[[int], None] | None = None) -> None:
    """``conflicts.find_conflicts``, imported when first needed: the app's loading child hands the matched
    claims over first, and the contradiction checks' patterns need not delay that. ``checked(k)``: called
    each time the contradictions of ``claims[:k]`` are all found (claim by claim, in order)."""
    from analyst_tui.core.conflicts import conflicts_each, find_conflicts as find

    if checked is None:
        find(claims)
        return
    place = {id(claim): k for k, claim in enumerate(claims)}
    for claim in conflicts_each(claims):
        checked(place[id(claim)] + 1)


def _conflicts_of(claims: list[Claim]) -> list[list[Conflict]]:
    find_conflicts(claims)
    return [c.conflicts for c in claims]


# The share of the contradiction checks done on the second core: the first runs the analysis meanwhile.
# On the 982 ECB+ articles the analysis takes about 0.55 s and the checks about 1.8 s; with 0.66 both
# processes end within about 30 ms of each other (timed in ``analyst-tui compare``, as
# ``benchmarks/bench_compare.py`` runs it: the process ends without freeing the matching's data).
CHILD_SHARE = 0.66


def _conflicts_cut(claims: Sequence[Claim], share: float = CHILD_SHARE) -> int:
    """Where to split the claims so that the first ``share`` of the contradiction checks' work comes before.

    A claim's work is about the number of different sentences in it (each is read once: about
    0.23 ms on the 982 ECB+ articles), and nothing in a claim of one article or one text."""
    work = [len({m.text for m in c.members}) if len({m.article for m in c.members}) > 1 else 0 for c in claims]
    goal, done = share * sum(work), 0
    for k, w in enumerate(work):
        if done >= goal:
            return k
        done += w
    return len(claims)


def _tokens_and_vectors(eng: Engine, texts: Sequence[str]) -> tuple[list[tuple], list[str], Any]:
    """The token rows of ``texts``, the first word of each content stem and those words' vectors (None without
    vectors). A stem found earlier in the texts before these has its vector from there."""
    rows = token_rows(texts)
    if eng.vectors is None:
        return rows, [], None
    words = list(first_words(row[0] for row in rows).values())
    return rows, words, eng.vectors.matrix(words)


def rematch(comparison: Comparison, one_story: bool) -> Comparison:
    """The same articles matched again as one story or by story (``one_story``), with the same problems
    found reading them (its warnings less the matching's own)."""
    problems = [w for w in comparison.warnings if w not in align_warnings()]
    return build_comparison(comparison.articles, problems, one_story=one_story)


_LEFT_UNTIL_EXIT: list[Any] = []  # the matching's data of ``build_comparison(..., free_matching=False)``


def build_comparison(
    articles: Sequence[Article], warnings: Sequence[str] = (), progress: Callable[[str, int, int], None] | None = None,
    matched: Callable[[Comparison], None] | None = None, one_story: bool = False, free_matching: bool = True,
    checked: Callable[[int], None] | None = None,
) -> Comparison:
    """``progress(stage, done, total)`` reports each article segmented, then the alignment.

    ``one_story``: the analyst says the articles are one story, so claims are matched across all of
    them even where they read as several stories (``align.Engine.stories``).

    ``matched``: called with the comparison as soon as its claims and their evidence are found,
    before their contradictions and the analysis. The loading child of the app hands it over
    then, so that the app runs the analysis while the child finds the contradictions
    (``tui.early``). The comparison returned then has its contradictions but not the analysis:
    the caller runs ``analysis.analyse`` on it. ``checked(k)``, with ``matched``: called as the contradictions are
    found, claim by claim in order, each time those of the first ``k`` claims are all found (the app finds those
    of the last claims meanwhile: ``tui.early_child``).

    ``free_matching``: False for a process that ends without clean-up once it has used the comparison
    (a headless command): the matching's data, no longer needed once the claims have their evidence,
    is then kept to the end instead of freed (freeing it took about 0.13 s of a compare of the 982
    ECB+ articles; keeping it, about 60 MB more at the peak).
    """
    sentences = {}
    if progress is None and matched is None and len(articles) >= MIN_ARTICLES_BESIDE and can_fork():
        # A headless command: a second core segments the second half of the articles.
        cut = len(articles) // 2
        theirs = beside_each([lambda: [sentences_of(a) for a in articles[cut:]]])[0]
        sentences = {a.id: sentences_of(a) for a in articles[:cut]}
        sentences.update((a.id, found) for a, found in zip(articles[cut:], theirs()))
    for done, a in enumerate(articles, 1):
        if a.id not in sentences:
            sentences[a.id] = sentences_of(a)
        if progress is not None:
            progress("segment", done, len(articles))
    if progress is not None:
        progress("align", 0, len(articles))
    eng = engine(one_story)
    two_cores = len(sentences) >= MIN_ARTICLES_BESIDE and can_fork() and matched is None
    # A second core tokenizes two fifths of the sentences and finds their words' vectors, then finds
    # who says what and each sentence's clauses (they need only the sentences) while the matching
    # is prepared.
    beside_align = clauses = tokens = None
    if two_cores:
        from analyst_tui.core.analysis import attributions_of

        texts = [s.text for s in claim_sentences(sentences)]
        cut = len(texts) // 2  # each half also finds the vectors of its words
        theirs, beside_align = beside_each(
            [lambda: _tokens_and_vectors(eng, texts[cut:]), lambda: (attributions_of(sentences), clause_lines(texts))]
        )

        def tokens() -> list[Tokens]:
            mine = [tokenize(t) for t in texts[:cut]]
            if eng.vectors is not None:  # while the child finishes: the vectors of these texts' words
                eng.vectors.matrix(list(first_words(tk.words for tk in mine).values()))
            rows, words, vecs = theirs()
            if eng.vectors is not None and vecs is not None:
                eng.vectors.remember(words, vecs)
            return mine + [Tokens(*row) for row in rows]

        clauses = lambda: beside_align()[1]  # noqa: E731
    claims, evidence_of, stories = align_without_evidence(sentences, eng, clauses=clauses, tokens=tokens)
    # The shared claims' evidence, half of it on a second core, which then finds the contradictions
    # inside each claim (flagged, never silent) in most of them while the analysis, which does not
    # read them, runs here; this process then finds those of the rest.
    conflicts = None
    split = len(claims)  # the claims before this have their contradictions found on the second core
    if two_cores:
        half = next((k for k, c in enumerate(claims) if not c.is_shared), len(claims)) // 2  # shared claims come first
        split = _conflicts_cut(claims)
        found, conflicts = beside_each([lambda: evidence_of(0, half), lambda: _conflicts_of(claims[:split])])
        add_evidence(claims, evidence_of(half, None), half)
        add_evidence(claims, found())
    elif matched is not None:
        add_evidence(claims, evidence_of(0, None))
        del evidence_of
        comparison = Comparison(list(articles), sentences, claims, list(warnings) + align_warnings(), stories=stories,
                                one_story=one_story)
        matched(comparison)
        find_conflicts(claims, checked)
        return comparison
    else:
        add_evidence(claims, evidence_of(0, None))
        find_conflicts(claims)
    if not free_matching:
        _LEFT_UNTIL_EXIT.append(evidence_of)
    del evidence_of  # the matching's data is no longer needed
    from analyst_tui.core.analysis import analyse

    comparison = Comparison(list(articles), sentences, claims, list(warnings) + align_warnings(), stories=stories,
                            one_story=one_story)
    analyse(comparison, beside_align()[0] if beside_align is not None else None)  # attributions, word differences, origins, suggestions
    if conflicts is not None:
        find_conflicts(claims[split:])
        for claim, flagged in zip(claims[:split], conflicts()):
            claim.conflicts = flagged
    return comparison
