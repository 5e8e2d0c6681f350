"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

Starting the review app compiles a few hundred regular expressions (this program's and its
libraries'); Python compiles each in pure Python, about 20 ms of the time to the first screen,
and does it again in every run. ``install`` keeps what the regular-expression compiler makes of
a pattern in a file of the user cache folder and hands it to the engine next time (the engine
checks it as it does any compiled pattern).

- Only patterns compiled as a module is imported are kept (by its body, a class body in it or a
  function either calls): the constants of this program and its libraries, never a pattern
  built from an article or a search.
- The file belongs to one version of Python and of its regular-expression engine; another
  version uses a file of its own. A file that cannot be read, or an entry the engine refuses,
  is ignored and the pattern compiled as usual.
- Where this Python's ``re`` lacks what is needed, ``install`` does nothing.

``keep`` writes the patterns compiled since (atomically, merged with what the file holds then);
it never raises.
"""

from __future__ import annotations

import marshal
import re
import sys
from array import array
from pathlib import Path

from analyst_tui.core.kept import read_kept, write_kept

try:
    import _sre
    from re import _compiler, _parser

    _ORIGINAL = _compiler.compile
    _READY = all(hasattr(m, n) for m, n in ((_compiler, "_code"), (_parser, "parse"), (_sre, "compile"),
                                            (_sre, "MAGIC"), (_sre, "CODESIZE")))
except (ImportError, AttributeError):  # another implementation of ``re``
    _READY = False

MAX_BYTES = 8 << 20  # a bigger file is not ours to read
_ENTRY_TYPES = (int, bytes, int, dict, tuple)

_path: Path | None = None
_store: dict = {}
_new: dict = {}


def file_name() -> str:
    return f"patterns-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def install(folder: Path) -> None:
    """From now on in this process, patterns are taken from, and kept in, a file of ``folder`` (once)."""
    global _path, _store
    if not _READY or _path is not None or _compiler.compile is not _ORIGINAL:
        return
    _path = Path(folder) / file_name()
    _store = _read(_path)
    _compiler.compile = _compile


def _read(path: Path) -> dict:
    data = read_kept(path, MAX_BYTES)
    try:
        store = marshal.loads(data) if data is not None else {}
    except (EOFError, ValueError, TypeError):
        return {}
    return store if isinstance(store, dict) else {}


def _compile(p, flags=0):
    """``re``'s compiler: a pattern kept from an earlier run, else compiled (and kept if a module body asked)."""
    if type(p) is not str or flags & re.DEBUG:
        return _ORIGINAL(p, flags)
    entry = _store.get((p, flags))
    if entry is not None:
        try:
            if not all(type(x) is t for x, t in zip(entry, _ENTRY_TYPES)) or len(entry) != 5:
                raise TypeError("not a kept pattern")
            return _sre.compile(p, entry[0], array("I", entry[1]).tolist(), entry[2], entry[3], entry[4])
        except Exception:  # refused by the engine (a damaged file): compiled as usual
            _store.pop((p, flags), None)
    if not _from_module_body():
        return _ORIGINAL(p, flags)
    parsed = _parser.parse(p, flags)  # as ``re._compiler.compile`` does, keeping the code it makes
    code = [int(c) for c in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
             tuple(indexgroup))
    compiled = _sre.compile(p, entry[0], code, entry[2], entry[3], entry[4])
    _new[(p, flags)] = _store[(p, flags)] = entry
    return compiled


def _from_module_body() -> bool:
    """Whether the code that asked for the pattern, outside ``re``, runs as a module is imported: the module's body,
    a class body in it, or a function either calls directly ("expect = Expect(whitespace=r"\\s+")", whose
    ``__init__`` compiles it). Not a program's main script (run, not imported), nor anything called later."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] == "re":
        frame = frame.f_back
    if frame is not None and frame.f_code.co_flags & _FUNCTION:
        frame = frame.f_back  # (a function: called by a body?)
    while frame is not None and not frame.f_code.co_flags & _FUNCTION and frame.f_code.co_name != "<module>":
        frame = frame.f_back  # a class body: in the body of its module?
    if frame is None or frame.f_code.co_flags & _FUNCTION:
        return False
    importer = frame.f_back  # a module's body, being imported (importlib runs it), not run as the main script
    return importer is not None and importer.f_code.co_filename.startswith("<frozen importlib")


_FUNCTION = 0x0001  # CO_OPTIMIZED: a function's code (a module's or a class's body reads its names from a dict)


def keep() -> None:
    """Write the patterns compiled since the file was read, if any (atomically). Never raises."""
    global _new
    if _path is None or not _new:
        return
    new, _new = _new, {}
    store = _read(_path)
    store.update(new)
    write_kept(_path, lambda f: f.write(marshal.dumps(store)))
