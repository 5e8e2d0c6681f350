"""The pipeline: articles -> sentences -> claims."""

from __future__ import annotations

import pickle
import time
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from analyst_tui.core.align import Engine, add_evidence, align_without_evidence, claim_sentences, engine
from analyst_tui.core.align import warnings as align_warnings
from analyst_tui.core.align.features import clause_lines, first_words
from analyst_tui.core.forking import Child, beside_each, can_fork, start
from analyst_tui.core.model import Article, Claim, Comparison, Conflict, Kind, Sentence
from analyst_tui.core.segment import segment
from analyst_tui.core.textnorm import Tokens, token_rows, tokenize

if TYPE_CHECKING:
    from analyst_tui.core.load_beside import Segmented

MIN_ARTICLES_BESIDE = 50  # below this a second process costs more than it saves


def sentences_of(article: Article) -> list[Sentence]:
    return sentences_from(article, ((sp.start, sp.end, sp.kind) for sp in segment(article.text)))


def sentences_from(article: Article, spans: Iterable[tuple[int, int, Kind]]) -> list[Sentence]:
    """The sentences of ``article`` at ``spans`` (``segment``'s, as (start, end, kind))."""
    return [Sentence(article.id, i, start, end, article.text[start:end], kind) for i, (start, end, kind) in enumerate(spans)]


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


def _evidence_then_conflicts(send: Callable[[bytes], None], evidence: Callable[[], Any], claims: list[Claim]) -> None:
    """In a child (``build_comparison``): ``evidence()``, then the contradictions of the claims from the first on,
    sent a few milliseconds' worth at a time as (how many of the first claims are done, [(place, conflicts)])."""
    from analyst_tui.core.conflicts import conflicts_each

    send(pickle.dumps(evidence(), protocol=pickle.HIGHEST_PROTOCOL))
    place = {id(claim): k for k, claim in enumerate(claims)}
    found: list[tuple[int, list[Conflict]]] = []
    sent = time.perf_counter()
    for claim in conflicts_each(claims):
        found.append((place[id(claim)], claim.conflicts))
        if time.perf_counter() - sent > SEND_EVERY:
            send(pickle.dumps((found[-1][0] + 1, found), protocol=pickle.HIGHEST_PROTOCOL))
            found, sent = [], time.perf_counter()
    send(pickle.dumps((len(claims), found), protocol=pickle.HIGHEST_PROTOCOL))


SEND_EVERY = 0.004  # seconds: what the child has found is sent at least this often (a little is found twice)


def _conflicts_from_the_end(claims: list[Claim], child: Child | None) -> None:
    """The contradictions of the claims from the last one back, while ``child`` finds them from the first on
    (``_evidence_then_conflicts``), until the two meet: the analysis runs here first, so who reaches the middle
    is left to how fast each goes. Without a child, all are found here."""
    from analyst_tui.core.conflicts import conflicts_each

    done = 0  # the contradictions of claims[:done] came from the child

    def read() -> None:
        nonlocal child, done
        while child is not None and child.ready():
            data = child.next()
            if data is None:  # the child ended (all sent, or it failed): the rest is found here
                child = None
                return
            done, found = pickle.loads(data)
            for k, flagged in found:
                claims[k].conflicts = flagged

    def backwards() -> Iterator[Claim]:
        for k in range(len(claims) - 1, -1, -1):
            if not claims[k].is_shared:
                continue  # (nothing to compare)
            read()
            if k < done:
                return
            yield claims[k]

    for _claim in conflicts_each(backwards()):
        pass
    if child is not None:
        child.stop()


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
    checked: Callable[[int], None] | None = None, meanwhile: Callable[[Comparison], None] | None = None,
    segmented: Segmented | None = None,
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

    ``meanwhile``: called with the comparison, analysed, while a second core still finds the contradictions (only
    then: a headless command on two cores), so that work that does not read them runs beside that search (``compare``
    encodes its JSON then: ``report.json.encode_ahead``). The contradictions are found after it returns.

    ``segmented``: the articles already read in a child, which segments them meanwhile (``load_beside``).

    ``free_matching``: False for a process that ends without clean-up once it has used the comparison
    (a headless command): the matching's data, no longer needed once the claims have their evidence,
    is then kept to the end instead of freed (freeing it took about 0.13 s of a compare of the 982
    ECB+ articles; keeping it, about 60 MB more at the peak).
    """
    sentences = {}
    if segmented is not None and segmented.texts:
        # A headless command: a child read the later articles and segments them while this process segments the rest.
        mine = {a.id: sentences_of(a) for a in articles if a.text not in segmented.texts}
        __import__("analyst_tui.core.conflicts")  # (as below)
        spans = segmented.spans()
        sentences = {a.id: mine[a.id] if a.id in mine else sentences_from(a, spans[a.text]) if a.text in spans else (
            sentences_of(a)) for a in articles}  # (in the articles' order; a text the child did not cut is cut here)
    elif progress is None and matched is None and len(articles) >= MIN_ARTICLES_BESIDE and can_fork():
        # A headless command: a second core segments the second half of the articles.
        cut = len(articles) // 2
        theirs = beside_each([lambda: [sentences_of(a) for a in articles[cut:]]])[0]
        sentences = {a.id: sentences_of(a) for a in articles[:cut]}
        __import__("analyst_tui.core.conflicts")  # (while the child segments: the children forked later have it)
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
    # inside each claim (flagged, never silent) from the first claim on while the analysis, which does
    # not read them, runs here; this process then finds them from the last claim back until the two meet.
    child = None
    if two_cores:
        half = next((k for k, c in enumerate(claims) if not c.is_shared), len(claims)) // 2  # shared claims come first
        child = start(lambda send: _evidence_then_conflicts(send, lambda: evidence_of(0, half), claims))
        add_evidence(claims, evidence_of(half, None), half)
        theirs = child.next() if child is not None else None
        add_evidence(claims, pickle.loads(theirs) if theirs is not None else evidence_of(0, half))
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
    if two_cores:
        if meanwhile is not None:
            meanwhile(comparison)
        _conflicts_from_the_end(claims, child)
    return comparison
