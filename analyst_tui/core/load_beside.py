"""Loading many articles on two cores, for a headless command.

A child reads and parses the later part of a long folder (``ingest.read_input``) and then segments its
articles, while this process imports the matching (``meanwhile``) and reads the first part; this process
then segments its own articles while the child segments its (``compare.build_comparison``'s
``segmented``). Each file is read as ``load_paths`` reads it, and each text is cut into the same
sentences, so the articles, their order, the problems reported and the sentences are the same as on one
core. When no child can start, or it fails, this process does its share.
"""

from __future__ import annotations

import pickle
from typing import BinaryIO, Callable, Iterable, Sequence

from analyst_tui.core.forking import Child, can_fork, start
from analyst_tui.core.ingest.load import LoadResult, Read, load_paths, read_input

MIN_FILES = 50  # a shorter folder is read here: a second process would cost more than it saves
CHILD_SHARE = 0.6  # the child's part of a folder: this process imports the matching meanwhile

Spans = list[tuple[int, int, str]]  # (start, end, kind) of each sentence of a text (``segment.segment``)


class Segmented:
    """The articles read in a child: their texts at once, their sentences' spans once the child has cut them."""

    def __init__(self) -> None:
        self.texts: set[str] = set()
        self._children: list[Child] = []
        self._spans: dict[str, Spans] = {}

    def add(self, child: Child, texts: Iterable[str]) -> None:
        """``texts`` were read in ``child``, which sends their spans next."""
        self.texts.update(texts)
        self._children.append(child)

    def spans(self) -> dict[str, Spans]:
        """The spans of each text the children segmented, waiting for them (a text missing is cut by the caller)."""
        children, self._children = self._children, []
        for child in children:
            data = child.next()
            if data is not None:
                self._spans.update(pickle.loads(data))
            child.stop()
        return self._spans

    def close(self) -> None:
        """Stop the children (their work is not needed)."""
        children, self._children = self._children, []
        for child in children:
            child.stop()


def load_beside(paths: Sequence[str], stdin: BinaryIO | None = None,
                meanwhile: Callable[[], None] | None = None) -> tuple[LoadResult, Segmented]:
    """``load_paths(paths, stdin)``, a long folder partly read and segmented in a child; ``meanwhile()`` is called
    once, in this process, while the first child works."""
    segmented = Segmented()
    waiting = [meanwhile] if meanwhile is not None else []

    def read_many(files: list[str]) -> list[Read]:
        cut = len(files) - int(len(files) * CHILD_SHARE)
        child = start(lambda send: _read_and_segment(send, files[cut:])) if len(files) >= MIN_FILES and (
            can_fork()) else None
        if child is None:
            return [read_input(f) for f in files]
        try:
            while waiting:
                waiting.pop()()
            mine = [read_input(f) for f in files[:cut]]
            data = child.next()
        except BaseException:  # (an interrupt: the child's work is not needed)
            child.stop()
            raise
        if data is None:  # the child failed: its files are read here
            return mine + [read_input(f) for f in files[cut:]]
        theirs = pickle.loads(data)
        segmented.add(child, (d.text for outcome in theirs if outcome[0] == "ok" for d in outcome[2]))
        return mine + theirs

    try:
        return load_paths(paths, stdin, read_many=read_many), segmented
    except BaseException:
        segmented.close()
        raise


def _read_and_segment(send: Callable[[bytes], None], files: Sequence[str]) -> None:
    """In the child: ``read_input`` of each file, sent; then the spans of each article's sentences, sent."""
    found = [read_input(f) for f in files]
    send(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    from analyst_tui.core.segment import segment

    texts = {d.text for outcome in found if outcome[0] == "ok" for d in outcome[2]}
    send(pickle.dumps({t: [(sp.start, sp.end, sp.kind) for sp in segment(t)] for t in texts},
                      protocol=pickle.HIGHEST_PROTOCOL))
