"""Speed and memory of the review app (``analyst-tui [PATH...]``).

    python benchmarks/bench_app.py [CASE_DIR] [--repeat 5] [--presses 50]

CASE_DIR defaults to ``../shared/cases/37_ecbplus`` (one story, 14 articles). Every figure is
measured in child processes started by this script, against a bare Textual app (Header, Static,
Footer) measured in the same run, so the ratios hold on a busy machine.

1. First paint. Each app runs in a pseudo-terminal of 160x48, as a user runs it
   (``python -m analyst_tui PATH``). The clock starts just before the process is forked and stops
   when the terminal receives the first frame that shows the app: for the review app the frame
   with its status line ("... saved to FILE"), a pane heading and a claim marker ("[1]"), i.e. the
   final claims and not the loading screen; for the bare app its Static text. So the figure
   includes the interpreter start, every import, reading the articles, segmenting and aligning
   them, opening the annotations file and Textual's own start-up. "Settled" is the last output
   before the screen stays unchanged for half a second (follow-up frames included).
   Run ``--repeat`` times, interleaved, medians reported; ratios are median / bare median.
2. Key latency with 30 articles (CASE_DIR, then the sibling case folders in name order, until there
   are 30). Two ways:
   a. the real app in a pseudo-terminal: write "j", time until the last byte of the screen update
      (the terminal then stays quiet for 0.25 s); median and p90 over ``--presses`` presses;
   b. ``App.run_test(size=(160, 48))``: ``await pilot.press("j")`` then ``await pilot.pause()``,
      which returns once the screen has processed every event and rendered its dirty regions
      (no terminal encoding or write).
3. Peak memory: ru_maxrss of each child process (from wait4), i.e. the whole process.

``--breakdown`` adds, after 1., the two parts the review app runs side by side, each alone in a
fresh process (``--repeat`` runs, interleaved with the bare app again): the loading
(``load_case``: interpreter start, imports, reading, segmenting, aligning; wall time from the
process start to its exit) and the app given a comparison that is already made (unpickled from a
file; first paint in the pseudo-terminal as in 1.). Nothing of 1. changes.

Needs the case folders under ../shared/cases (not part of the repository).
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import fcntl
import json
import os
import pty
import re
import resource
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CASE = ROOT.parent / "shared" / "cases" / "37_ecbplus"
SEEDS = ROOT / "seeds"
SIZE = (160, 48)  # columns, rows
MANY = 30

BARE_APP = """\
from textual.app import App
from textual.widgets import Footer, Header, Static


class Bare(App):
    def compose(self):
        yield Header()
        yield Static("bare textual app ready")
        yield Footer()


Bare().run()
"""
BARE_READY = "bare textual app ready"
REVIEW_READY = "saved to"
# A claim marker in an article pane ("[3]", "[3✔]", "[3|7]"): the aligned claims are on screen.
CLAIM_MARKER = re.compile(r"\[\d+[^\]\s]{0,12}\]")

_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    r"|\x1b[PX^_][^\x1b]*\x1b\\"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]"  # two-character escapes
    r"|\x1b[()][0-9A-Za-z]"  # character set selection
)


def visible(raw: bytes) -> str:
    """The text a terminal would print, escape sequences removed (positions are lost)."""
    return _ESCAPES.sub("", raw.decode("utf-8", "replace"))


def natural(path: Path) -> list:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path.name)]


def article_files(folder: Path) -> list[Path]:
    exts = {".txt", ".md", ".html", ".htm", ".json"}
    return sorted((p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in exts), key=natural)


def many_articles(case: Path, count: int = MANY) -> list[Path]:
    """``count`` article files: the case's own, then those of its sibling case folders."""
    files = article_files(case)
    for other in sorted((d for d in case.parent.iterdir() if d.is_dir() and d != case), key=natural):
        if len(files) >= count:
            break
        files += article_files(other)
    return files[:count]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# --- a child process in a pseudo-terminal -------------------------------------------------


@dataclass
class PtyRun:
    first_frame: float | None = None  # seconds from fork to the first frame of the app
    first_paint: float | None = None  # seconds from fork to the first frame showing the articles
    settled: float | None = None  # seconds from fork to the last output before a quiet spell
    keys: list[float] = field(default_factory=list)  # per key press: seconds to the last byte of the update
    keys_first_byte: list[float] = field(default_factory=list)
    silent_keys: int = 0  # key presses that changed nothing on screen
    maxrss_kib: int = 0
    status: int | None = None
    tail: str = ""  # last visible output, for error messages


class Terminal:
    """A process on the slave side of a pty of a given size; the master end is read here."""

    def __init__(self, argv: list[str], env: dict[str, str], size: tuple[int, int] = SIZE):
        cols, rows = size
        self.start = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:  # child: set the window size, then become the app
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.raw = bytearray()
        self.eof = False

    def read(self, timeout: float) -> tuple[bytes, float] | None:
        """One chunk of output and the time it arrived, or None after ``timeout`` of silence."""
        if self.eof:
            return None
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return None
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError as exc:
            if exc.errno != errno.EIO:
                raise
            data = b""
        now = time.monotonic()
        if not data:
            self.eof = True
            return None
        self.raw += data
        return data, now

    def wait_for(self, texts: list[str | re.Pattern], timeout: float) -> list[float | None]:
        """For each text in turn, the time (monotonic) of the chunk after which it had been written."""
        found: list[float | None] = []
        deadline = time.monotonic() + timeout
        seen = 0  # bytes of output already searched (less an overlap)
        while len(found) < len(texts) and time.monotonic() < deadline:
            got = self.read(deadline - time.monotonic())
            if got is None:
                if self.eof:
                    break
                continue
            while len(found) < len(texts):
                # The first text is looked for in the new output; each later one in all the output so
                # far, as a frame may draw it before the first (a pane heading above the status line).
                window = self.raw if found else self.raw[max(0, seen - 512):]
                want, shown = texts[len(found)], visible(bytes(window))
                if (want.search(shown) is None) if isinstance(want, re.Pattern) else (want not in shown):
                    break
                found.append(got[1])
            if len(found) < len(texts):
                seen = len(self.raw)
        return found + [None] * (len(texts) - len(found))

    def drain_until_quiet(self, quiet: float, limit: float = 10.0) -> tuple[float | None, float | None]:
        """Read until nothing arrives for ``quiet`` seconds: (first, last) arrival times."""
        first = last = None
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            got = self.read(quiet)
            if got is None:
                break
            first = got[1] if first is None else first
            last = got[1]
        return first, last

    def send(self, data: bytes) -> float:
        now = time.monotonic()
        os.write(self.fd, data)
        return now

    def finish(self, quit_keys: bytes = b"\x11", timeout: float = 10.0) -> tuple[int, int]:
        """Quit (ctrl+q), drain, reap: (exit status, peak RSS in KiB)."""
        try:
            self.send(quit_keys)
        except OSError:
            pass
        deadline = time.monotonic() + timeout
        done = 0
        while time.monotonic() < deadline:
            if self.eof:
                time.sleep(0.01)
            else:
                self.read(0.1)
            done, status, usage = os.wait4(self.pid, os.WNOHANG)
            if done:
                break
        if not done:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            done, status, usage = os.wait4(self.pid, 0)
        while not self.eof:
            if self.read(0.05) is None:
                break
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status), usage.ru_maxrss


def run_app(argv: list[str], env: dict[str, str], ready: list, *, presses: int = 0, timeout: float = 120.0) -> PtyRun:
    """Run an app in a pty; ``ready``: the text of its first frame, then the texts that show it is usable
    (for the review app: a pane heading and a claim marker, i.e. the final claims, not the loading screen)."""
    term = Terminal(argv, env)
    run = PtyRun()
    framed, *rest = term.wait_for(ready, timeout)
    painted = None if None in rest else max(rest)
    if framed is not None:
        run.first_frame = framed - term.start
    if painted is not None:
        run.first_paint = painted - term.start
        _, last = term.drain_until_quiet(0.5)
        run.settled = (last or painted) - term.start
        for _ in range(presses):
            sent = term.send(b"j")
            first, last = term.drain_until_quiet(0.25)
            if last is None:
                run.silent_keys += 1
                continue
            run.keys.append(last - sent)
            run.keys_first_byte.append(first - sent)
    run.tail = visible(bytes(term.raw[-4000:]))[-600:]
    run.status, run.maxrss_kib = term.finish()
    return run


# --- App.run_test in a child process --------------------------------------------------------


def pilot_child(paths: list[str], presses: int) -> None:
    """Runs in a child process: prints JSON with the pilot timings and this process's peak RSS.

    With no paths, drives the bare Textual app instead (the floor of ``press`` + ``pause``).
    """
    from textual import events

    t0 = time.perf_counter()
    if paths:
        from analyst_tui.core.ingest import load_paths
        from analyst_tui.core.compare import build_comparison
        from analyst_tui.tui.app import ReviewApp

        comparison = build_comparison(load_paths(paths).articles)
    else:
        namespace: dict = {}
        exec(BARE_APP.replace("Bare().run()", ""), namespace)
    t1 = time.perf_counter()

    async def drive() -> dict:
        with tempfile.TemporaryDirectory() as tmp:
            if paths:
                app = ReviewApp(comparison, annotations=str(Path(tmp) / "annotations.json"))
                selected = lambda: app.state.selected  # noqa: E731
            else:
                app = namespace["Bare"]()
                selected = lambda: None  # noqa: E731
            t_start = time.perf_counter()
            async with app.run_test(size=SIZE) as pilot:
                await pilot.pause()
                t_ready = time.perf_counter()
                for _ in range(3):  # warm-up
                    await pilot.press("j")
                    await pilot.pause()
                before = selected()
                press_pause = []
                for _ in range(presses):
                    t = time.perf_counter()
                    await pilot.press("j")
                    await pilot.pause()
                    press_pause.append(time.perf_counter() - t)
                moved = selected() != before
                direct = []
                if paths:
                    # The same key, timed without the pilot's idle detection: key event sent ->
                    # the selection has moved -> every pending message handled -> screen rendered.
                    for _ in range(presses):
                        old = selected()
                        t = time.perf_counter()
                        app._driver.send_message(events.Key("j", "j"))
                        while selected() == old and time.perf_counter() - t < 5:
                            await asyncio.sleep(0)
                        await pilot._wait_for_screen()
                        app.screen._on_timer_update()
                        direct.append(time.perf_counter() - t)
                        await pilot.pause()  # let follow-up work finish before the next press
                app.exit()
            return {"press_pause": press_pause, "direct": direct, "mount": t_ready - t_start, "moved": moved}

    out = asyncio.run(drive())
    out.update(compare=t1 - t0, maxrss_kib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    if paths:
        out.update(
            articles=len(comparison.articles),
            claims=len(comparison.claims),
            shared=sum(1 for c in comparison.claims if c.is_shared),
        )
    print(json.dumps(out))


def run_pilot(paths: list[Path], presses: int, env: dict[str, str]) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--pilot-child", "--presses", str(presses), *map(str, paths)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"pilot run failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- report -----------------------------------------------------------------------------------


def ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:.0f} ms"


def ms1(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def med(values: list[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return statistics.median(got) if got else None


def ratio(value: float | None, base: float | None) -> str:
    return "n/a" if value is None or not base else f"{value / base:.2f}x"


def header_text(paths: list[Path]) -> str:
    """What the review app's pane heading for the first article starts with: ``A  <date> ·`` or ``A  <source>``."""
    from analyst_tui.core.ingest import load_paths
    from analyst_tui.core.sanitize import printable

    articles = load_paths([str(p) for p in paths]).articles
    first = articles[0]
    if first.date:
        return f"{first.id}  {' '.join(printable(first.date).split())} ·"
    return f"{first.id}  {' '.join(printable(first.source).split())[:12]}"


def latency_line(values: list[float]) -> str:
    return f"median {ms1(statistics.median(values))}, p90 {ms1(percentile(values, 0.9))}, max {ms1(max(values))}"


LOAD_ALONE = """\
import os, sys
from analyst_tui.tui.early import load_case

load_case(sys.argv[1:], lambda text: None)
sys.stdout.flush()
os._exit(0)
"""

APP_READY_MADE = """\
import pickle, sys
from analyst_tui.tui.app import run_app

with open(sys.argv[1], "rb") as fh:
    comparison = pickle.load(fh)
sys.exit(run_app(comparison))
"""


def breakdown(case: Path, tmpdir: Path, env: dict[str, str], bare: tuple[list[str], list], repeat: int) -> None:
    """The loading alone and the app on a comparison already made, against the bare app, same run."""
    import pickle

    from analyst_tui.tui.early import load_case

    py = sys.executable
    (tmpdir / "load_alone.py").write_text(LOAD_ALONE, encoding="utf-8")
    (tmpdir / "app_ready_made.py").write_text(APP_READY_MADE, encoding="utf-8")
    print("   breakdown: the two parts the review app runs side by side, each alone in a fresh process")
    for folder in (SEEDS, case):
        made = tmpdir / f"{folder.name}.pickle"
        made.write_bytes(pickle.dumps(load_case([str(folder)], lambda text: None), protocol=pickle.HIGHEST_PROTOCOL))
        ready = [REVIEW_READY, header_text([folder]), CLAIM_MARKER]
        bare_paint, load_wall, app_paint = [], [], []
        for _ in range(repeat):
            bare_paint.append(run_app(bare[0], env, bare[1]).first_paint)
            start = time.monotonic()
            first_time = {**env, "XDG_CACHE_HOME": tempfile.mkdtemp(dir=tmpdir)}  # nothing kept from an earlier opening
            subprocess.run([py, str(tmpdir / "load_alone.py"), str(folder)], env=first_time, check=True)
            load_wall.append(time.monotonic() - start)
            app_paint.append(run_app([py, str(tmpdir / "app_ready_made.py"), str(made)], env, ready).first_paint)
        base = med(bare_paint)
        print(f"     {folder.name}: loading alone {ms(med(load_wall))} ({ratio(med(load_wall), base)}); "
              f"the app on the comparison made, first paint {ms(med(app_paint))} ({ratio(med(app_paint), base)}); "
              f"bare app {ms(base)}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time to first paint, key latency and peak memory of the review app.")
    parser.add_argument("case", nargs="?", default=str(DEFAULT_CASE), help="a case folder of 8-15 articles (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=5, help="first-paint runs per app (default: %(default)s)")
    parser.add_argument("--presses", type=int, default=50, help="key presses timed (default: %(default)s)")
    parser.add_argument("--breakdown", action="store_true", help="also time the loading alone and the app on a comparison already made")
    parser.add_argument("--pilot-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pilot_child:
        pilot_child([p for p in [args.case, *args.paths] if p != "-"], args.presses)
        return 0
    if args.repeat < 1 or args.presses < 1:
        print("bench_app: error: --repeat and --presses must be at least 1", file=sys.stderr)
        return 2

    case = Path(args.case).resolve()
    if not case.is_dir() or not article_files(case):
        print(f"bench_app: error: no case folder with articles at {case}", file=sys.stderr)
        return 2
    case_files = article_files(case)
    many = many_articles(case)
    sys.path.insert(0, str(ROOT))

    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp:
        tmpdir = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(tmpdir / "own-cache")  # what this script loads itself is kept there, not in the user's cache
        bare = tmpdir / "bare_app.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmpdir / "home"),
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            "COLORTERM": "truecolor",
            "ANALYST_TUI_DATA_DIR": str(tmpdir / "data"),
            "XDG_CONFIG_HOME": str(tmpdir / "config"),
            "PYTHONPATH": str(ROOT),
        }
        py = sys.executable
        bare_name = "bare Textual app"
        reopened = f"{case.name} reopened"
        first_run = f"{case.name}, program's first run"
        targets = {
            bare_name: ([py, str(bare)], [BARE_READY, BARE_READY]),
            f"seeds ({len(article_files(SEEDS))} articles)": (
                [py, "-m", "analyst_tui", str(SEEDS)], [REVIEW_READY, header_text([SEEDS]), CLAIM_MARKER]),
            f"{case.name} ({len(case_files)} articles)": (
                [py, "-m", "analyst_tui", str(case)], [REVIEW_READY, header_text([case]), CLAIM_MARKER]),
            reopened: ([py, "-m", "analyst_tui", str(case)], [REVIEW_READY, header_text([case]), CLAIM_MARKER]),
            first_run: ([py, "-m", "analyst_tui", str(case)], [REVIEW_READY, header_text([case]), CLAIM_MARKER]),
        }
        # Every run opens its case for the first time (a cache folder of its own, which holds only what the
        # program keeps whatever it opens: its compiled regular expressions, analyst_tui.core.patterns), except
        # "reopened", which finds the comparison kept by an earlier opening (analyst_tui.core.comparison_cache),
        # and "first run of the program", which finds nothing kept at all.
        kept = {**env, "XDG_CACHE_HOME": str(tmpdir / "kept-cache")}

        def env_for(name: str) -> dict[str, str]:
            if name == reopened:
                return kept
            fresh = Path(tempfile.mkdtemp(dir=tmpdir))
            if name != first_run:
                (fresh / "analyst-tui").mkdir()
                for kept_patterns in (tmpdir / "kept-cache" / "analyst-tui").glob("patterns-*"):
                    shutil.copy(kept_patterns, fresh / "analyst-tui" / kept_patterns.name)
            return {**env, "XDG_CACHE_HOME": str(fresh)}

        print(f"analyst-tui review app benchmark · {os.cpu_count()} CPUs · load average {os.getloadavg()[0]:.2f} · "
              f"Python {sys.version.split()[0]} · pseudo-terminal {SIZE[0]}x{SIZE[1]}")
        print()
        print("1. Time to first paint: `python -m analyst_tui PATH` in a pseudo-terminal, clock from fork, so it includes")
        print("   the interpreter start, imports, loading + segmenting + aligning the articles, opening the annotations")
        print(f"   file and Textual's start-up. {args.repeat} runs per app, interleaved; medians; ratio = app / bare Textual app.")
        print("     first frame: the first frame with the app's status line (the article panes may still be empty)")
        print("     first paint: the first frame that shows the article panes with the aligned claims (a pane heading and a")
        print("                  claim marker such as [1]; never the loading screen); the headline figure")
        print("     settled:     the last screen update before the terminal stays quiet for 0.5 s")
        runs: dict[str, list[PtyRun]] = {name: [] for name in targets}
        run_app(targets[bare_name][0], env, targets[bare_name][1])  # warm the file cache
        run_app(targets[reopened][0], kept, targets[reopened][1])  # an earlier opening of the case
        for _ in range(args.repeat):
            for name, (cmd, ready) in targets.items():
                run = run_app(cmd, env_for(name), ready)
                if run.first_paint is None:
                    print(f"bench_app: error: {name} never painted (exit {run.status}); last output:\n{run.tail}", file=sys.stderr)
                    return 1
                runs[name].append(run)
        base = {k: med([getattr(r, k) for r in runs[bare_name]]) for k in ("first_frame", "first_paint", "settled")}
        width = max(len(n) for n in targets)
        print(f"   {'':{width}}  {'first frame':>18}  {'first paint':>18}  {'settled':>18}  {'range of first paint':>21}  peak RSS")
        for name, rs in runs.items():
            cells = []
            for key in ("first_frame", "first_paint", "settled"):
                value = med([getattr(r, key) for r in rs])
                cells.append(f"{ms(value):>8} {('(' + ratio(value, base[key]) + ')'):>9}")
            spread = f"{min(r.first_paint for r in rs) * 1000:.0f}-{max(r.first_paint for r in rs) * 1000:.0f} ms"
            rss = statistics.median(r.maxrss_kib for r in rs)
            print(f"   {name:{width}}  {cells[0]}  {cells[1]}  {cells[2]}  {spread:>21}  {mib(rss)}")
        print(f"   every run but \"{reopened}\" opens its case for the first time (no comparison kept from an earlier opening);")
        print(f"   all but \"{first_run}\" find the regular expressions the program compiled in an earlier run")
        print("   (analyst_tui.core.patterns), as they find the modules Python compiled then")
        print("   aim: first paint under 2x the bare app")
        print()
        if args.breakdown:
            breakdown(case, tmpdir, env, targets[bare_name], args.repeat)

        folders = ", ".join(sorted({p.parent.name for p in many}, key=lambda s: natural(Path(s))))
        print(f"2. Key latency with {len(many)} articles ({folders}), key j (next claim), {args.presses} presses")
        term_run = run_app([py, "-m", "analyst_tui", *map(str, many)], env, [REVIEW_READY, header_text(many), CLAIM_MARKER], presses=args.presses)
        if term_run.first_paint is None or not term_run.keys:
            print(f"bench_app: error: the {len(many)}-article app did not paint or respond (exit {term_run.status}); "
                  f"last output:\n{term_run.tail}", file=sys.stderr)
            return 1
        print(f"   a. real app in the pseudo-terminal, key written -> last byte of the screen update: {latency_line(term_run.keys)}")
        print(f"      (first byte: median {ms1(statistics.median(term_run.keys_first_byte))}); {len(term_run.keys)} presses "
              f"updated the screen, {term_run.silent_keys} did not. First paint with {len(many)} articles: "
              f"{ms(term_run.first_paint)} ({ratio(term_run.first_paint, base['first_paint'])}), settled {ms(term_run.settled)}, "
              f"exit status {term_run.status}")
        pilot = run_pilot(many, args.presses, env)
        floor = run_pilot([Path("-")], args.presses, env)
        print(f"   b. App.run_test(size=(160, 48)), `await pilot.press('j'); await pilot.pause()`: {latency_line(pilot['press_pause'])}")
        print(f"      the same on the bare Textual app (pilot's idle detection sleeps in 20 ms slices): {latency_line(floor['press_pause'])}")
        print(f"   c. App.run_test, key event sent -> selection moved -> pending messages handled -> screen rendered: "
              f"{latency_line(pilot['direct'])}")
        print(f"      {pilot['articles']} articles, {pilot['claims']} claims ({pilot['shared']} shared); selection moved: {pilot['moved']}; "
              f"load + align {ms(pilot['compare'])}; run_test start to first pause {ms(pilot['mount'])}")
        print("   aim: median under 50 ms")
        print()
        bare_rss = statistics.median(r.maxrss_kib for r in runs[bare_name])
        print("3. Peak memory (ru_maxrss of the whole child process, from wait4 / getrusage), highest of the runs:")
        rows = [(f"{name}, start and quit", max(r.maxrss_kib for r in rs)) for name, rs in runs.items()]
        rows.append((f"{len(many)} articles, {len(term_run.keys)} key presses, in the terminal", term_run.maxrss_kib))
        rows.append((f"{len(many)} articles under run_test", pilot["maxrss_kib"]))
        rows.append(("bare Textual app under run_test", floor["maxrss_kib"]))
        label = max(len(r[0]) for r in rows)
        for name, kib in rows:
            print(f"   {name:{label}}  {mib(kib):>7}  ({kib / bare_rss:.1f}x the bare app in the terminal)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
