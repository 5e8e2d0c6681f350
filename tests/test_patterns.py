"""Regular expressions compiled by a module's body are kept for the next run (``core.patterns``): the next
run's patterns behave the same, nothing built from text is ever written, and a damaged file is ignored."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analyst_tui.core import patterns

pytestmark = pytest.mark.skipif(not patterns._READY, reason="this Python's re has no compiler to keep patterns of")

ROOT = Path(__file__).resolve().parents[1]

MODULE = r'''
import re
DATE = re.compile(r"(?P<day>\d{1,2}) (?P<month>Jan|Feb|Mar)(?:uary|ruary|ch)? (?P<year>\d{4})", re.I)
def search(text, query):
    return re.search(re.escape(query) + r"\w*", text) is not None
def expect(words):
    return re.compile("|".join(words))
GREETING = expect(["hello", "good morning"])  # (compiled by a function the body calls)
class Reader:
    QUOTE = re.compile(r"“[^”]*”")  # (compiled by a class body)
'''

RUN = r'''
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from re import _parser
from analyst_tui.core import patterns
patterns.install(Path(sys.argv[1]))
parsed = []
real = _parser.parse
_parser.parse = lambda p, flags=0: (parsed.append(p), real(p, flags))[1]
import kept_module
m = kept_module.DATE.search("It was on 3 MARCH 2021, then 14 feb 2022.")
found = kept_module.search("the secret ministerial memorandum", "secret minis")
patterns.keep()
print(json.dumps({"groups": m.groupdict(), "span": m.span(), "flags": kept_module.DATE.flags,
                  "groupindex": dict(kept_module.DATE.groupindex), "found": found,
                  "parsed_date": kept_module.DATE.pattern in parsed}))
'''


def _run(cache: Path, code: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", RUN, str(cache), str(code)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    return json.loads(out.stdout)


def _kept(cache: Path) -> dict:
    files = list(cache.glob("patterns-*"))
    assert len(files) == 1
    return marshal.loads(files[0].read_bytes())


@pytest.fixture
def code(tmp_path) -> Path:
    folder = tmp_path / "code"
    folder.mkdir()
    (folder / "kept_module.py").write_text(MODULE, encoding="utf-8")
    return folder


def test_a_module_pattern_is_kept_and_the_next_run_uses_it_unchanged(tmp_path, code):
    cache = tmp_path / "cache"
    first = _run(cache, code)
    assert first["parsed_date"]  # compiled the usual way the first time
    kept = _kept(cache)
    assert any(p.startswith("(?P<day>") for p, _flags in kept)
    assert ("hello|good morning", 0) in kept and ("\u201c[^\u201d]*\u201d", 0) in kept
    second = _run(cache, code)
    assert not second["parsed_date"]  # taken from the file
    assert second == {**first, "parsed_date": False}
    assert second["groups"] == {"day": "3", "month": "MAR", "year": "2021"}


def test_a_pattern_built_from_text_is_never_written(tmp_path, code):
    cache = tmp_path / "cache"
    _run(cache, code)
    written = b"".join(path.read_bytes() for path in cache.iterdir())
    assert b"secret" not in written and b"minis" not in written
    assert all("secret" not in p for p, _flags in _kept(cache))


@pytest.mark.parametrize("damage", ["garbage", "wrong entries", "refused code"])
def test_a_damaged_file_is_ignored(tmp_path, code, damage):
    cache = tmp_path / "cache"
    good = _run(cache, code)
    path = next(cache.glob("patterns-*"))
    if damage == "garbage":
        path.write_bytes(b"\x00\xffnot a marshal file" * 10)
    else:
        kept = marshal.loads(path.read_bytes())
        for key, entry in kept.items():
            if damage == "wrong entries":
                kept[key] = ("flags", 1, 2)
            else:  # code the engine's own check refuses
                kept[key] = (entry[0], b"\x07\x00\x00\x00" * 3, entry[2], entry[3], entry[4])
        path.write_bytes(marshal.dumps(kept))
    again = _run(cache, code)
    assert again["parsed_date"]  # compiled as usual
    assert {k: v for k, v in again.items() if k != "parsed_date"} == {k: v for k, v in good.items() if k != "parsed_date"}


def test_the_program_keeps_its_patterns_and_compares_the_same_the_next_time(tmp_path):
    cache = tmp_path / "xdg-cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"out{n}.json"
        subprocess.run([sys.executable, "-m", "analyst_tui", "compare", str(ROOT / "seeds"), "--format", "json",
                        "-o", str(out)], env=env, check=True, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    kept = _kept(cache / "analyst-tui")
    assert len(kept) > 50  # the program's own (and its libraries') patterns
    assert (next((cache / "analyst-tui").glob("patterns-*")).stat().st_mode & 0o777) == 0o600


def test_in_process_callers_such_as_tests_leave_re_alone(tmp_path):
    import re

    from analyst_tui import cli

    assert cli.main(["compare", str(ROOT / "seeds"), "--format", "json", "-o", str(tmp_path / "out.json")]) == 0
    assert re._compiler.compile is patterns._ORIGINAL  # only the program, run as one, installs it
    assert patterns._path is None
    assert not list((Path(os.environ["XDG_CACHE_HOME"]) / "analyst-tui").glob("patterns-*"))


def test_nothing_is_written_when_nothing_new_was_compiled(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from analyst_tui.core import patterns
        patterns.install(Path({str(tmp_path)!r}))
        patterns.keep()
    """)
    subprocess.run([sys.executable, "-c", script], check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert list(tmp_path.iterdir()) == []
