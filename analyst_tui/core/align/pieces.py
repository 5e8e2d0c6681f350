"""A word's tokens in the packaged word-vector table, found without loading the tokenizers library.

The table's tokenizer is a byte-fallback BPE (converted from a SentencePiece model). Loading
it with ``tokenizers`` takes about 50 ms, as long as matching a small case; reading only its
vocabulary takes about 12 ms. For that tokenizer file, whose SHA-256 is in ``KNOWN``, the
merge rules are exactly every split of a piece into two pieces, ordered by the merged
piece's id, then the left piece's id, then the right one's (the pieces made only of the
space mark come last). ``tests/test_pieces.py`` checks this against the file's own merge list
and the library's output, so the merges need not be read: ``Pieces.encode`` runs the same
BPE on those ranks and gives the library's token ids.

Any other tokenizer file (another version of the package) is left to the library.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
from typing import Sequence

from analyst_tui.core.kept import read_kept, write_kept

SPACE = "\u2581"  # SentencePiece's space mark: the tokenizer puts one before a word

# SHA-256 of the tokenizer files whose merges the rule above reproduces.
KNOWN = {
    "93248f2a9ec36c7b35f700a033d5f36228aae48db61aee31007fa49062cdeb68",
}

_BITS = 15  # token ids are below 2**15: a pair's rank is one integer


class Pieces:
    """BPE over a vocabulary (piece -> id) whose merge ranks follow from the ids."""

    def __init__(self, vocab: dict[str, int], special: Sequence[str] = ()) -> None:
        if len(vocab) > 1 << _BITS:
            raise ValueError("vocabulary too large for packed ranks")
        self.vocab = vocab
        self.special = tuple(special)  # tokens the tokenizer finds in the raw text (``<s>``)
        size = max(vocab.values()) + 1
        # the rank of a merge into piece p is p's id, before the two token ids that break ties; runs of spaces rank
        # after every other piece
        late = {}
        n = 1
        while (i := vocab.get(SPACE * n)) is not None:
            late[i] = size + i
            n += 1
        self._late = late
        self._bytes = [vocab.get(f"<0x{b:02X}>") for b in range(256)]

    def knows(self, word: str) -> bool:
        """Whether ``encode`` gives the tokenizer's ids: not for a word that contains a special token."""
        return not any(s in word for s in self.special)

    def encode(self, word: str) -> list[int]:
        """The token ids of ``word`` as the tokenizer gives them (no special tokens added), if ``knows(word)``."""
        if not word:
            return []
        vocab, late = self.vocab, self._late
        strs: list[str] = []
        ids: list[int] = []
        for ch in SPACE + word.replace(" ", SPACE):
            i = vocab.get(ch)
            if i is not None:
                strs.append(ch)
                ids.append(i)
                continue
            for b in ch.encode("utf-8", "surrogatepass"):  # byte fallback
                j = self._bytes[b]
                if j is None:
                    raise KeyError(f"no token for byte {b:#04x}")
                strs.append(f"<0x{b:02X}>")
                ids.append(j)
        while len(ids) > 1:
            best = -1
            at = -1
            for k in range(len(ids) - 1):
                merged = vocab.get(strs[k] + strs[k + 1])
                if merged is None:
                    continue
                rank = (late.get(merged, merged) << (2 * _BITS)) | (ids[k] << _BITS) | ids[k + 1]
                if best < 0 or rank < best:
                    best, at = rank, k
            if at < 0:
                break
            piece = strs[at] + strs[at + 1]
            strs[at : at + 2] = [piece]
            ids[at : at + 2] = [vocab[piece]]
        return ids


def from_tokenizer_file(path: str, keep_in: str | os.PathLike[str] | None = None) -> Pieces | None:
    """``Pieces`` for a tokenizers JSON file in ``KNOWN``; None for any other file.

    ``keep_in``: a folder where the vocabulary read is kept for the next run (``core.kept``), and read from
    while the tokenizer file is unchanged (its size and time of change): about 4 ms, against 13 ms for the
    file's JSON."""
    signature = None
    if keep_in is not None:
        real = os.path.realpath(path)
        st = os.stat(real)
        signature = (_FORMAT, real, st.st_size, st.st_mtime_ns)
        where = hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()[:16]  # (one file per tokenizer file)
        kept_as = os.path.join(keep_in, f"vocabulary-{sys.implementation.cache_tag}-{where}.marshal")
        kept = _kept(kept_as, signature)
        if kept is not None:
            return Pieces(*kept)
    with open(path, "rb") as f:
        data = f.read()
    if hashlib.sha256(data).hexdigest() not in KNOWN:
        return None
    # only the vocabulary and the special tokens are decoded, not the merges (the file is the one hashed above)
    decode = json.JSONDecoder().raw_decode
    start = data.index(b"[", data.index(b'"added_tokens"'))
    added, _end = decode(data[start : data.index(b'"normalizer"', start)].decode("utf-8"))
    start = data.index(b"{", data.index(b'"vocab"'))
    vocab, _end = decode(data[start : data.index(b'"merges"', start)].decode("utf-8"))
    special = [t["content"] for t in added]
    if signature is not None:
        write_kept(kept_as, lambda f: f.write(marshal.dumps((signature, vocab, special))))
    return Pieces(vocab, special)


_FORMAT = "analyst-tui/vocabulary/1"


def _kept(path: str, signature: tuple) -> tuple[dict[str, int], list[str]] | None:
    """The vocabulary and special tokens kept in ``path`` for the tokenizer file of ``signature``, or None."""
    data = read_kept(path, 16 << 20)
    try:
        kept = marshal.loads(data) if data is not None else None
    except (EOFError, ValueError, TypeError):
        return None
    if not (type(kept) is tuple and len(kept) == 3 and kept[0] == signature):
        return None
    _, vocab, special = kept
    if type(vocab) is not dict or type(special) is not list or not all(type(t) is str for t in special):
        return None
    return vocab, special
