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
from typing import Sequence

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
        # the rank of a merge into piece p, before the two token ids that break ties
        order = [i << (2 * _BITS) for i in range(size)]
        n = 1
        while (i := vocab.get(SPACE * n)) is not None:  # runs of spaces rank after every other piece
            order[i] = (size + i) << (2 * _BITS)
            n += 1
        self._order = order
        self._bytes = [vocab.get(f"<0x{b:02X}>") for b in range(256)]

    def knows(self, word: str) -> bool:
        """Whether ``encode`` gives the tokenizer's ids: not for a word that contains a special token."""
        return not any(s in word for s in self.special)

    def encode(self, word: str) -> list[int]:
        """The token ids of ``word`` as the tokenizer gives them (no special tokens added), if ``knows(word)``."""
        if not word:
            return []
        vocab, order = self.vocab, self._order
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
                rank = order[merged] | (ids[k] << _BITS) | ids[k + 1]
                if best < 0 or rank < best:
                    best, at = rank, k
            if at < 0:
                break
            piece = strs[at] + strs[at + 1]
            strs[at : at + 2] = [piece]
            ids[at : at + 2] = [vocab[piece]]
        return ids


def from_tokenizer_file(path: str) -> Pieces | None:
    """``Pieces`` for a tokenizers JSON file in ``KNOWN``; None for any other file."""
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
    return Pieces(vocab, [t["content"] for t in added])
