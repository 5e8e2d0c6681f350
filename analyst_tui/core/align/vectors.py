"""Word vectors that ship inside an installed package; nothing is downloaded.

The ``wordllama`` wheel (MIT) carries a token-embedding matrix (32,000 tokens x
256, safetensors) and its tokenizer. Both files are read straight from the
installed package (its own loader looks for the tokenizer in another folder,
then tries the network). Words are split into tokens by ``pieces`` where it knows
the tokenizer file (the same ids, without loading the tokenizers library), else by
that library. A word's vector is the mean of its tokens' vectors,
normalised to length 1. The model file names the table it was fitted with
(``SOURCES``).

If the package or its files cannot be read, ``load()`` returns None and says why
once (``warning()``); the aligner then runs on its lexical features alone.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np

from analyst_tui.core.align.pieces import Pieces, from_tokenizer_file
from analyst_tui.core.paths import cache_root

_warning: list[str] = []


class WordVectors:
    """Unit vectors for words, computed on demand and kept.

    ``tokenizer``: the tokenizers library's tokenizer, or a function that loads it.
    ``pieces``: the same tokenizer's BPE without the library (``pieces.Pieces``), or None; it
    splits a small batch of words sooner than the library loads, and gives the same ids.
    """

    # Words in one batch from which the library (parallel, in Rust) is quicker, even counting its load.
    LIBRARY_FROM = 20_000

    def __init__(self, table: np.ndarray, tokenizer, pieces: Pieces | None = None) -> None:
        self.table = table  # one row per token, as stored (float16): rows are widened when used
        self._tokenizer = tokenizer
        self.pieces = pieces
        self.dim = table.shape[1]
        self._cache: dict[str, np.ndarray] = {}

    @property
    def tokenizer(self):
        """The tokenizers library's tokenizer (loaded on first use)."""
        if not hasattr(self._tokenizer, "encode_batch"):
            self._tokenizer = self._tokenizer()
        return self._tokenizer

    def token_ids(self, words: Sequence[str]) -> list[list[int]]:
        """Each word's token ids, as the tokenizer gives them (no special tokens added)."""
        pieces = self.pieces
        if pieces is None or len(words) >= self.LIBRARY_FROM or not all(map(pieces.knows, words)):
            try:
                return [enc.ids for enc in self.tokenizer.encode_batch(list(words), add_special_tokens=False)]
            except Exception:  # the library cannot load: nearly always the same ids, found more slowly
                if pieces is None:
                    raise
        return [pieces.encode(w) for w in words]

    def matrix(self, words: Sequence[str]) -> np.ndarray:
        """One unit row per word (zeros for a word with no tokens)."""
        cache = self._cache
        missing = [w for w in dict.fromkeys(words) if w not in cache]
        if missing:
            ids = self.token_ids(missing)
            counts = np.array([len(x) for x in ids])
            flat = np.fromiter((t for x in ids for t in x), dtype=np.int64, count=int(counts.sum()))
            vecs = np.zeros((len(missing), self.dim), np.float32)
            has = counts > 0
            if flat.size:
                vecs[has] = token_sums(self.table[flat].astype(np.float32), counts[has])
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            norms[norms == 0] = 1.0
            vecs /= norms  # the mean's direction: dividing by the count first would not change it
            for w, v in zip(missing, vecs):
                cache[w] = v
        if not words:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([cache[w] for w in words])

    def remember(self, words: Sequence[str], rows: np.ndarray) -> None:
        """Keep the rows ``matrix(words)`` gave in another process (the same table): each word's row does not depend on the others."""
        self._cache.update(zip(words, rows))


def token_sums(rows: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The sum of each word's rows: ``rows`` holds the words' token rows one word after another, ``counts[k]``
    (> 0) of them for word k.

    The same float32 sums as ``np.add.reduceat(rows, starts, axis=0)``, which adds a word's first row to
    the sum of its others (added in turn up to eight rows, pairwise beyond), but words with the same
    count of tokens are summed together, a token at a time: reduceat walked the words one by one (a
    fifth of a second for the 17,000 words of the 982 ECB+ articles, against a twentieth).
    """
    starts = np.cumsum(counts) - counts
    out = np.empty((len(counts), rows.shape[1]), rows.dtype)
    for count in sorted(set(counts.tolist())):  # not np.unique, which imports numpy.ma
        words = np.flatnonzero(counts == count)
        first = starts[words]
        if count > 8:  # rare: a long word in many pieces
            at = (first[:, None] + np.arange(count)).ravel()
            out[words] = np.add.reduceat(rows[at], np.arange(0, len(at), count), axis=0)
            continue
        total = rows[first]
        if count > 1:
            rest = rows[first + 1]
            for k in range(2, count):
                rest += rows[first + k]
            total += rest
        out[words] = total
    return out


# Where each packaged table lives: (package, files inside it, loader).
SOURCES = {
    "wordllama": ("wordllama", (("weights", "l2_supercat_256.safetensors"), ("tokenizers", "l2_supercat_tokenizer_config.json"))),
}


def package_files(source: str) -> tuple[str, ...]:
    package, files = SOURCES[source]
    spec = importlib.util.find_spec(package)  # finds the folder without importing the package
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the {package} package is not installed")
    root = list(spec.submodule_search_locations)[0]
    return tuple(os.path.join(root, *f) for f in files)


_MAPPED_DTYPES = {"F16": np.float16, "F32": np.float32}


def mapped_tensors(weights: str) -> dict[str, np.ndarray] | None:
    """The tensors of a safetensors file mapped into memory, not read (rows are read when used), or None if it cannot be."""
    with open(weights, "rb") as f:
        size = int.from_bytes(f.read(8), "little")
        if not 0 < size <= 1 << 20:
            return None
        header = json.loads(f.read(size))
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _MAPPED_DTYPES.get(info.get("dtype"))
        start, end = info["data_offsets"]
        shape = tuple(info["shape"])
        if dtype is None or end - start != int(np.prod(shape)) * np.dtype(dtype).itemsize:
            return None
        out[name] = np.memmap(weights, dtype=dtype, mode="r", offset=8 + size + start, shape=shape)
    return out


def load_from(weights: str, tokenizer_json: str, keep_in: str | os.PathLike[str] | None = None) -> WordVectors:
    """Word vectors from a safetensors matrix and a tokenizers JSON file (``keep_in``: a folder where what is read
    of the tokenizer is kept for the next run, ``pieces.from_tokenizer_file``)."""
    tensors = mapped_tensors(weights)
    if tensors is None:  # a layout the mapping does not know: the library reads it
        from safetensors.numpy import load_file

        tensors = load_file(weights)
    if len(tensors) != 1:
        raise ValueError(f"expected one matrix in {os.path.basename(weights)}, found {len(tensors)}")
    (table,) = tensors.values()
    if table.ndim != 2:
        raise ValueError(f"the matrix in {os.path.basename(weights)} is not two-dimensional")

    def library():
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(tokenizer_json)
        tok.no_padding()
        tok.no_truncation()
        return tok

    pieces = from_tokenizer_file(tokenizer_json, keep_in)  # None: a tokenizer file whose merges must be read
    return WordVectors(table, library if pieces is not None else library(), pieces)


@lru_cache(maxsize=2)
def load(source: str) -> WordVectors | None:
    """The packaged word vectors ``source`` names, or None (with a one-line warning on stderr) if they cannot be read."""
    try:
        files = package_files(source)
        try:
            keep_in = cache_root()
        except Exception:  # (no cache folder: the vocabulary is read from the tokenizer file every time)
            keep_in = None
        return load_from(*files, keep_in=keep_in)
    except Exception as exc:  # any failure means: match on words alone
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        message = f"word vectors unavailable ({reason}); claims are matched on shared words only"
        _warning.append(message)
        print(f"analyst-tui: warning: {message}", file=sys.stderr)
        return None


def warning() -> str | None:
    """Why the word vectors could not be loaded, if they could not."""
    return _warning[0] if _warning else None


def vocabulary(sentences: Iterable[Sequence[str]]) -> list[str]:
    """Distinct words of several sentences, in first-seen order."""
    return list(dict.fromkeys(w for ws in sentences for w in ws))
