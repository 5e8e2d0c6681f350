"""Reopening the same articles uses the comparison kept from the last opening, never a stale one."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from analyst_tui.core import comparison_cache
from analyst_tui.core import compare as compare_module
from analyst_tui.tui.early import load_case

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _summary(comparison):
    return [(c.id, [m.key for m in c.members], [(x.kind, x.members, x.detail) for x in c.conflicts],
             c.origins, c.suggestion) for c in comparison.claims]


@pytest.fixture
def case(tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(SEEDS, folder)
    return folder


def _kept_files():
    folder = comparison_cache.cache_dir()
    return sorted(folder.glob("*" + comparison_cache.SUFFIX)) if folder.is_dir() else []


def _no_matching(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the articles were matched again")

    monkeypatch.setattr(compare_module, "build_comparison", refuse)


def test_reopening_the_same_articles_uses_the_kept_comparison(case, monkeypatch):
    first = load_case([str(case)], lambda _t: None)
    (kept,) = _kept_files()
    assert str(kept).startswith(os.environ["XDG_CACHE_HOME"])  # the user's cache folder (isolated here)
    assert kept.stat().st_mode & 0o777 == 0o600 and kept.parent.stat().st_mode & 0o777 == 0o700
    _no_matching(monkeypatch)
    again = load_case([str(case)], lambda _t: None)
    assert _summary(again) == _summary(first) and any(c.is_shared for c in again.claims)


def test_an_edited_article_is_matched_again(case, monkeypatch):
    load_case([str(case)], lambda _t: None)
    article = sorted(case.glob("*.txt"))[0]
    article.write_text(article.read_text("utf-8") + "\nA sentence added later says the talks resumed.\n", "utf-8")
    calls = []
    real = compare_module.build_comparison
    monkeypatch.setattr(compare_module, "build_comparison", lambda *a, **k: calls.append(1) or real(*a, **k))
    edited = load_case([str(case)], lambda _t: None)
    assert calls == [1]
    assert any("talks resumed" in s.text for ss in edited.sentences.values() for s in ss)
    assert len(_kept_files()) == 2


def test_other_code_or_model_is_another_key(case, monkeypatch):
    from analyst_tui.core.ingest import load_paths

    result = load_paths([str(case)])
    before = comparison_cache.key(result.articles, result.problems)
    monkeypatch.setattr(comparison_cache, "code_fingerprint", lambda: b"another program")
    assert comparison_cache.key(result.articles, result.problems) != before


def test_a_changed_core_module_or_model_file_is_another_key(tmp_path):
    import os
    import shutil

    package = tmp_path / "analyst_tui"
    (package / "core" / "align").mkdir(parents=True)
    (package / "data").mkdir()
    module = package / "core" / "align" / "features.py"
    module.write_text("WEIGHT = 1\n")
    (package / "core" / "notes.txt").write_text("not code")
    model = package / "data" / "align_model.json"
    model.write_text("{}")
    first = comparison_cache.fingerprint_of(package)
    copy = tmp_path / "copy" / "analyst_tui"
    shutil.copytree(package, copy, copy_function=shutil.copy2)  # the same files, their times kept
    assert comparison_cache.fingerprint_of(copy) == first
    (package / "core" / "notes.txt").write_text("other notes, not code")
    assert comparison_cache.fingerprint_of(package) == first
    module.write_text("WEIGHT = 2\n")  # the same size: known by its time of change
    st = module.stat()
    os.utime(module, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    changed = comparison_cache.fingerprint_of(package)
    assert changed != first
    model.write_text('{"a": 1}')
    assert comparison_cache.fingerprint_of(package) not in (first, changed)


@pytest.mark.parametrize("spoil", ["garbage", "not a comparison", "writable by others", "symlink"])
def test_a_kept_file_that_is_not_ours_or_does_not_load_is_ignored(case, tmp_path, spoil):
    load_case([str(case)], lambda _t: None)
    (kept,) = _kept_files()
    if spoil == "garbage":
        kept.write_bytes(b"\x80\x05not a pickle at all")
    elif spoil == "not a comparison":
        kept.write_bytes(pickle.dumps({"claims": []}))
    elif spoil == "writable by others":
        kept.chmod(0o666)
    else:
        target = tmp_path / "elsewhere"
        kept.rename(target)
        kept.symlink_to(target)
    assert comparison_cache.load(kept.name[: -len(comparison_cache.SUFFIX)]) is None
    again = load_case([str(case)], lambda _t: None)  # matched again, and shown as usual
    assert any(c.is_shared for c in again.claims)


def test_only_the_newest_comparisons_are_kept(case, monkeypatch):
    monkeypatch.setattr(comparison_cache, "KEEP", 2)
    article = sorted(case.glob("*.txt"))[0]
    text = article.read_text("utf-8")
    for n in range(3):
        article.write_text(text + f"\nEdition {n} of this article.\n", "utf-8")
        load_case([str(case)], lambda _t: None)
    assert len(_kept_files()) == 2


def test_a_case_read_with_problems_is_not_kept(case):
    (case / "broken.json").write_text("{not json", "utf-8")
    comparison = load_case([str(case)], lambda _t: None)
    assert comparison.warnings and _kept_files() == []


def test_the_libraries_versions_in_the_key_are_the_installed_ones():
    from importlib import metadata

    expected = {}
    for name in comparison_cache.LIBRARIES:
        try:
            expected[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            expected[name] = "-"
    assert comparison_cache.library_versions() == expected
    assert expected["numpy"] != "-"  # (the engine's own libraries are installed here)


def test_a_case_loaded_in_a_forked_child_is_kept_once_the_app_has_it(case, monkeypatch):
    from analyst_tui.tui.early_child import ForkedLoad

    forked = ForkedLoad(lambda progress: load_case([str(case)], progress))
    try:
        first = forked(lambda _t: None)
    finally:
        forked.close()  # (the app quits at once: the child still finishes keeping it)
    assert len(_kept_files()) == 1
    _no_matching(monkeypatch)
    again = load_case([str(case)], lambda _t: None)
    assert _summary(again) == _summary(first)


def test_articles_opened_as_one_story_are_kept_apart_from_the_same_articles_opened_as_usual(tmp_path):
    from test_align_stories import QUAKE_1, QUAKE_2, RIOT_1, RIOT_2

    folder = tmp_path / "two"
    folder.mkdir()
    for name, text in (("riot1", RIOT_1), ("riot2", RIOT_2), ("quake1", QUAKE_1), ("quake2", QUAKE_2)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    usual = load_case([str(folder)], lambda _t: None)
    assert len(usual.stories) == 2
    one = load_case([str(folder)], lambda _t: None, one_story=True)  # not the comparison kept just now
    assert one.stories == []
    assert len(load_case([str(folder)], lambda _t: None).stories) == 2  # nor the other way round
