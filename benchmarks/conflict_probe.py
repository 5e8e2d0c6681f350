"""How well the contradiction checks keep their answer when both versions gain the same words around them.

    python benchmarks/conflict_probe.py SET.py [SET.py ...] [--show]

For each set (``conflict_sets/``), every contradicting pair caught with its kind both ways and every agreeing pair left
unflagged is scored again with the same words added to both versions, before it ("On Monday, ...", "Officials said on
Monday that ...", "Reports said ...", "According to police, ...", "Meanwhile, ...", "However, ...", "BREAKING: ...", "In
a statement, ...", "Police confirmed that ...", "Speaking on Friday, officials said ...", "Local media reported that
...", a dateline, "LONDON (Reuters) - ...", and more) or after it ("..., officials said", "..., the BBC reported", "...,
police said on Tuesday", "..., a spokesman for the council said", "..., he told reporters", "..., a source familiar
with the matter said", "..., the ministry said in a statement on Monday", and more: ``WORDINGS``) or inside it, after
its subject ("The toll rise, officials said, was approved", "The toll rise, which was first reported last year, was
approved", and with dashes or brackets), only where a version does not say who said it already, and, before but for
the dateline, only where its first word may be written in small letters.
With ``--one-sided``, the words are added to one version only, or other words to each (``ONE_SIDED``, ``MIXED``): one outlet
writes "..., officials said" and another nothing, or "According to police, ..." and another "..., police said on
Tuesday".
A robust reading keeps every answer: it prints, for each change of wording, how many caught pairs lost their flag or
their kind, and how many agreeing pairs were flagged. ``--show`` prints each of them. Use development sets only: the
pairs are printed with ``--show``.
"""

from __future__ import annotations

import re
import runpy
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conflict_sets import both_ways, set_arguments  # noqa: E402  (beside this script)

_SAID = re.compile(r"\b(?:said|says|according to)\b")
# First words a sentence may open with that are written in small letters inside one (not names).
_SMALL = frozenset("""the a an at of in on after before despite during only some most all no none one two three four
    five six seven eight nine ten several many police officials investigators prosecutors rescuers""".split())


def _inside(text: str) -> str | None:
    """The text as it reads after words put before it, or None when its first word may be a name."""
    first = text.split()[0]
    return text[0].lower() + text[1:] if first.lower() in _SMALL else None


def _before(words: str) -> Callable[[str], str | None]:
    return lambda text: None if _SAID.search(text) or (inside := _inside(text)) is None else f"{words} {inside}"


def _after(words: str) -> Callable[[str], str | None]:
    return lambda text: None if _SAID.search(text) else f"{text.rstrip('.')}, {words}."


def _quoted(words: str) -> Callable[[str], str | None]:
    """The version quoted, and who said it after the quote ('"...," officials said.')."""
    return lambda text: None if _SAID.search(text) or '"' in text else f'"{text.rstrip(".")}," {words}.'


def _quoting(words: str) -> Callable[[str], str | None]:
    """Who said it, then the version quoted ('Officials said: "..."')."""
    return lambda text: None if _SAID.search(text) or '"' in text else f'{words}: "{text}"'


_AUX = re.compile(r"\s(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did)\s")


def _set_off(words: str, said: bool = True) -> Callable[[str], str | None]:
    """Words set off inside the version, after its subject: who said it ("The toll rise, officials said, was
    approved"), or with ``said`` False an aside ("The toll rise, which was first reported last year, was approved"):
    before the first auxiliary verb, with two to eight words before it and no comma or quote."""
    def reword(text: str) -> str | None:
        aux = _AUX.search(text)
        if said and _SAID.search(text) or aux is None or not 2 <= len(text[:aux.start()].split()) <= 8 or (
                set(text[:aux.start()]) & set(",\"\u201c")):
            return None
        return f"{text[:aux.start()]}{words}{text[aux.start():]}"
    return reword


def _dateline(text: str) -> str | None:
    return None if _SAID.search(text) else f"LONDON (Reuters) - {text}"


WORDINGS: dict[str, Callable[[str], str | None]] = {
    "On Monday, ...": _before("On Monday,"), "Officials said on Monday that ...": _before(
        "Officials said on Monday that"), "Reports said ...": _before("Reports said"),
    "According to police, ...": _before("According to police,"), "LONDON (Reuters) - ...": _dateline,
    "..., officials said": _after("officials said"), "..., according to a statement": _after("according to a statement"),
    "..., the BBC reported": _after("the BBC reported"),
    # (added later, with the readings of who said it that they asked for)
    "Meanwhile, ...": _before("Meanwhile,"), "In a statement, ...": _before("In a statement,"),
    "Police confirmed that ...": _before("Police confirmed that"), "It emerged on Monday that ...": _before(
        "It emerged on Monday that"), "..., police said on Tuesday": _after("police said on Tuesday"),
    "..., a spokesman for the council said": _after("a spokesman for the council said"),
    "..., said a council spokesman": _after("said a council spokesman"),
    "..., the Guardian has learned": _after("the Guardian has learned"),
    "..., according to court documents": _after("according to court documents"),
    # (added later still)
    "..., it said": _after("it said"), "..., he told reporters": _after("he told reporters"),
    "..., the company said in a statement": _after("the company said in a statement"),
    "..., a source familiar with the matter said": _after("a source familiar with the matter said"),
    "..., Reuters reported on Wednesday": _after("Reuters reported on Wednesday"),
    "Speaking on Friday, officials said ...": _before("Speaking on Friday, officials said"),
    "According to a report by the BBC, ...": _before("According to a report by the BBC,"),
    "Local media reported that ...": _before("Local media reported that"), "However, ...": _before("However,"),
    "BREAKING: ...": _before("BREAKING:"), "Officials said ...": _before("Officials said"),
    "Witnesses said ...": _before("Witnesses said"), "The BBC understands that ...": _before(
        "The BBC understands that"), "..., sources said": _after("sources said"),
    "..., it was reported": _after("it was reported"),
    "..., officials said on condition of anonymity": _after("officials said on condition of anonymity"),
    "..., the ministry said in a statement on Monday": _after("the ministry said in a statement on Monday"),
    "Update: ...": _before("Update:"),
    # (ten written after the readings the eighteen above asked for, to see whether those carry to wordings not used
    # to write them; one reading was added after: "..., it is understood")
    "..., according to the BBC": _after("according to the BBC"), "..., it is understood": _after("it is understood"),
    "A spokesman said ...": _before("A spokesman said"), "Sources told the BBC that ...": _before(
        "Sources told the BBC that"), "..., Sky News understands": _after("Sky News understands"),
    "..., the newspaper reported": _after("the newspaper reported"),
    "In a statement on Tuesday, the council said ...": _before("In a statement on Tuesday, the council said"),
    "..., according to figures released on Monday": _after("according to figures released on Monday"),
    "Earlier, ...": _before("Earlier,"), "..., police told the Associated Press": _after(
        "police told the Associated Press"),
    # (two quoting the version, written with the reading of quotes in ``unsaid``)
    '"...," officials said': _quoted("officials said"), 'Officials said: "..."': _quoting("Officials said"),
    # (four with who said it set off inside the version, or named with who they are after the version; three asides)
    "..., officials said, ...": _set_off(", officials said,"), "..., police said on Tuesday, ...": _set_off(
        ", police said on Tuesday,"), "..., said Jo Marsh, a council spokeswoman": _after(
        "said Jo Marsh, a council spokeswoman"), '"...," said Jo Marsh, a council spokeswoman': _quoted(
        "said Jo Marsh, a council spokeswoman"),
    "..., which was first reported last year, ...": _set_off(", which was first reported last year,", said=False),
    "... \u2014 the first in a decade \u2014 ...": _set_off(" \u2014 the first in a decade \u2014", said=False),
    "... (first reported last year) ...": _set_off(" (first reported last year)", said=False),
}


def _kinds(a: str, b: str) -> tuple[str | None, str | None]:
    one, other = both_ways(a, b)
    return one and one[0], other and other[0]


# The wordings added to one version only, and the pairs of wordings added one to each (``--one-sided``).
ONE_SIDED = ("..., officials said", "..., police said on Tuesday", "According to police, ...", "Officials said ...",
             "LONDON (Reuters) - ...", "..., the BBC reported", "However, ...", "..., a spokesman for the council said",
             "..., according to court documents", "In a statement, ...", "Police confirmed that ...",
             "..., it is understood", '"...," officials said', 'Officials said: "..."', "..., officials said, ...",
             "..., police said on Tuesday, ...", "..., said Jo Marsh, a council spokeswoman",
             '"...," said Jo Marsh, a council spokeswoman', "..., which was first reported last year, ...",
             "... \u2014 the first in a decade \u2014 ...", "... (first reported last year) ...")
MIXED = (("..., police said on Tuesday", "According to police, ..."), ("Officials said ...", "..., officials said"),
         ("LONDON (Reuters) - ...", "..., the BBC reported"), ("..., a spokesman for the council said", "Reports said ..."),
         ("However, ...", "..., sources said"), ("..., according to court documents", "Police confirmed that ..."),
         ('"...," officials said', "..., police said on Tuesday"), ("..., officials said, ...", "..., police said on Tuesday"),
         ('"...," said Jo Marsh, a council spokeswoman', "..., officials said"))
Reword = Callable[[str], "str | None"]


def variants(one_sided: bool) -> dict[str, tuple[Reword, Reword]]:
    """Each change of wording: its name, and how it rewords the first version and the second."""
    if not one_sided:
        return {name: (reword, reword) for name, reword in WORDINGS.items()}
    out: dict[str, tuple[Reword, Reword]] = {}
    for name in ONE_SIDED:
        out[f"first only: {name}"] = (WORDINGS[name], _as_it_is)
        out[f"second only: {name}"] = (_as_it_is, WORDINGS[name])
    for x, y in MIXED:
        out[f"{x} / {y}"], out[f"{y} / {x}"] = (WORDINGS[x], WORDINGS[y]), (WORDINGS[y], WORDINGS[x])
    return out


def _as_it_is(text: str) -> str:
    return text


def probe(path: Path, show: bool, counts: dict[str, Counter], changes: dict[str, tuple[Reword, Reword]]) -> None:
    data = runpy.run_path(str(path))
    for kind, a, b in data["CONFLICT"]:
        _probe_pair(a, b, (kind, kind), ("caught", "lost"), f"LOST {path.stem} {kind}", show, counts, changes)
    for a, b in data["AGREE"]:
        _probe_pair(a, b, (None, None), ("agreeing", "flagged"), f"FLAG {path.stem}", show, counts, changes)


def _probe_pair(a: str, b: str, answer: tuple[str | None, str | None], tallies: tuple[str, str], label: str,
                show: bool, counts: dict[str, Counter], changes: dict[str, tuple[Reword, Reword]]) -> None:
    """Each change of wording of a pair that gets ``answer`` now (only those are probed): counted in ``tallies[0]``,
    and in ``tallies[1]`` when the answer changes."""
    if _kinds(a, b) != answer:
        return
    for name, (reword_a, reword_b) in changes.items():
        x, y = reword_a(a), reword_b(b)
        if x is None or y is None:
            continue
        counts[name][tallies[0]] += 1
        if _kinds(x, y) != answer:
            counts[name][tallies[1]] += 1
            if show:
                print(f"{label} ({name})\n  A: {x}\n  B: {y}")


def main() -> int:
    args = set_arguments(__doc__, "conflict_probe", "print each pair that lost its flag or gained one", {
        "--one-sided": "add the words to one version only, or other words to each"})
    if args is None:
        return 2
    changes = variants(args.one_sided)
    counts: dict[str, Counter] = {name: Counter() for name in changes}
    width = max(len(name) for name in changes)
    for path in args.sets:
        probe(path, args.show, counts, changes)
    for name, c in counts.items():
        print(f"{name:{width}} caught pairs that lost it {c['lost']}/{c['caught']}; agreeing pairs flagged "
              f"{c['flagged']}/{c['agreeing']}")
    lost, caught = sum(c["lost"] for c in counts.values()), sum(c["caught"] for c in counts.values())
    flagged, agreeing = sum(c["flagged"] for c in counts.values()), sum(c["agreeing"] for c in counts.values())
    print(f"{'all':{width}} caught pairs that lost it {lost}/{caught}; agreeing pairs flagged {flagged}/{agreeing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
