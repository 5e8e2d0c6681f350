"""Words are split into the word-vector table's tokens without loading the tokenizers library,
with the library's own ids (``core.align.pieces``)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from analyst_tui.core.align import params, pieces, vectors

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tokenizer_file() -> str:
    return vectors.package_files(params.vector_source())[1]


@pytest.fixture(scope="module")
def library(tokenizer_file):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(tokenizer_file)
    tok.no_padding()
    tok.no_truncation()
    return tok


def test_the_packaged_tokenizer_s_merges_are_every_split_of_a_piece_in_id_order(tokenizer_file):
    """The property the BPE without the library rests on, checked on the installed file itself."""
    assert pieces.from_tokenizer_file(tokenizer_file) is not None  # its hash is known
    model = json.loads(Path(tokenizer_file).read_text(encoding="utf-8"))["model"]
    assert model["type"] == "BPE" and model["byte_fallback"] and not model["ignore_merges"] and model["dropout"] is None
    vocab = model["vocab"]
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model["merges"]]
    splits = [(p[:k], p[k:]) for p in vocab for k in range(1, len(p)) if p[:k] in vocab and p[k:] in vocab]
    spaces = lambda p: p.strip(pieces.SPACE) == ""  # noqa: E731

    def rank(pair):
        merged = vocab[pair[0] + pair[1]]
        return (merged + len(vocab) if spaces(pair[0] + pair[1]) else merged, vocab[pair[0]], vocab[pair[1]])

    assert sorted(splits, key=rank) == merges


def _words() -> list[str]:
    words = set()
    for path in sorted((ROOT / "seeds").glob("*")) + sorted((ROOT / "analyst_tui" / "data" / "sample").glob("*")):
        words.update(path.read_text(encoding="utf-8").split())
    rng = random.Random(7)
    alphabet = [c for c in (chr(rng.randrange(32, 0x30000)) for _ in range(4000)) if not 0xD800 <= ord(c) < 0xE000]
    words.update("".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 10))) for _ in range(3000))
    words.update(["contingent", "a", "U.S.", "naïve", "e\u0301", "日本", "🙂", "\u2581", "\u2581\u2581x", "two words",
                  "ab  c", "aaaa", "abababab", "x" * 40, "\t", "'s", "—", "<0x41>", "<s>", "</s>", "<unk>"])
    return sorted(words)


def test_the_ids_are_the_library_s_for_every_kind_of_word(tokenizer_file, library):
    words = _words()
    mine = pieces.from_tokenizer_file(tokenizer_file)
    theirs = [enc.ids for enc in library.encode_batch(words, add_special_tokens=False)]
    wrong = [(w, mine.encode(w), t) for w, t in zip(words, theirs) if mine.knows(w) and mine.encode(w) != t]
    assert not wrong, wrong[:5]
    assert mine.encode("") == []
    # a special token in the text is the tokenizer's own: such a word is left to the library
    assert [w for w in words if not mine.knows(w)] == sorted(["</s>", "<s>", "<unk>"])
    wv = vectors.load(params.vector_source())
    rows = vectors.WordVectors(wv.table, wv._tokenizer, wv.pieces).matrix(["<s>", "troops"])
    assert np.array_equal(rows, vectors.WordVectors(wv.table, library).matrix(["<s>", "troops"]))


def test_a_tokenizer_file_of_another_version_is_left_to_the_library(tokenizer_file, tmp_path):
    changed = tmp_path / "tokenizer.json"
    changed.write_bytes(Path(tokenizer_file).read_bytes() + b"\n")
    assert pieces.from_tokenizer_file(str(changed)) is None
    weights = vectors.package_files(params.vector_source())[0]
    other = vectors.load_from(weights, str(changed))
    assert other.pieces is None
    words = ["troops", "contingent", "deploying", "Araghchi"]
    assert np.array_equal(other.matrix(words), vectors.load_from(weights, tokenizer_file).matrix(words))


def test_a_large_batch_goes_to_the_library_with_the_same_rows(monkeypatch):
    wv = vectors.load(params.vector_source())
    assert wv is not None and wv.pieces is not None
    words = sorted(set(" ".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*")).split()))
    small = vectors.WordVectors(wv.table, wv._tokenizer, wv.pieces).matrix(words)
    monkeypatch.setattr(vectors.WordVectors, "LIBRARY_FROM", 10)
    big = vectors.WordVectors(wv.table, wv._tokenizer, wv.pieces)
    assert np.array_equal(big.matrix(words), small)
    assert hasattr(big._tokenizer, "encode_batch")  # the library was loaded for it


def test_opening_the_sample_case_does_not_load_the_tokenizers_library(tmp_path):
    code = (
        "import sys, glob\n"
        "from analyst_tui.tui.early import load_case\n"
        "from analyst_tui.core.align import warnings\n"
        "cmp = load_case(sorted(glob.glob(sys.argv[1] + '/*')), lambda _t: None)\n"
        "print(sum(c.is_shared for c in cmp.claims), warnings(), 'tokenizers' in sys.modules)\n"
    )
    env = {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "analyst_tui" / "data" / "sample")],
                         capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout.split()
    assert int(out[0]) > 0 and out[1:] == ["[]", "False"]


def _kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("vocabulary-*.marshal"))


def test_the_vocabulary_is_kept_for_the_next_run_while_the_tokenizer_file_is_unchanged(tokenizer_file, tmp_path,
                                                                                        monkeypatch):
    import os
    import shutil

    tok = tmp_path / "tokenizer.json"
    shutil.copy2(tokenizer_file, tok)
    keep = tmp_path / "cache"
    first = pieces.from_tokenizer_file(str(tok), keep)
    (kept,) = _kept_files(keep)
    assert kept.stat().st_mode & 0o777 == 0o600
    opened = []
    real_open = open
    monkeypatch.setattr(pieces, "open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k), raising=False)
    again = pieces.from_tokenizer_file(str(tok), keep)
    assert opened == []  # read from the kept copy, not the tokenizer file
    assert again.vocab == first.vocab and again.special == first.special
    words = ["contingent", "troops", "\u2581\u2581x", "naïve"]
    assert [again.encode(w) for w in words] == [first.encode(w) for w in words]
    st = tok.stat()
    os.utime(tok, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # the file changed: read again
    assert pieces.from_tokenizer_file(str(tok), keep).vocab == first.vocab
    assert opened == [str(tok)]
    assert _kept_files(keep) == [kept]  # (one kept copy per tokenizer file)


@pytest.mark.parametrize("spoil", ["garbage", "cut short", "writable by others"])
def test_a_kept_vocabulary_that_is_damaged_or_not_ours_is_read_again(tokenizer_file, tmp_path, spoil):
    keep = tmp_path / "cache"
    first = pieces.from_tokenizer_file(tokenizer_file, keep)
    (kept,) = _kept_files(keep)
    if spoil == "garbage":
        kept.write_bytes(b"\x00not marshal at all")
    elif spoil == "cut short":
        kept.write_bytes(kept.read_bytes()[:1000])
    else:
        kept.chmod(0o666)
    again = pieces.from_tokenizer_file(tokenizer_file, keep)
    assert again.vocab == first.vocab and again.special == first.special
    assert kept.stat().st_mode & 0o777 == 0o600  # written anew, private
    assert pieces.from_tokenizer_file(tokenizer_file, keep).vocab == first.vocab


def test_a_cache_folder_that_cannot_be_written_only_means_reading_the_tokenizer_file_again(tokenizer_file, tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    first = pieces.from_tokenizer_file(tokenizer_file, blocked / "cache")
    assert first is not None and first.vocab == pieces.from_tokenizer_file(tokenizer_file).vocab
    assert blocked.read_text() == "not a folder"
