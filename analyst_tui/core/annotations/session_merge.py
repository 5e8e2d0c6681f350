"""Merging two sessions' versions of one annotation (the same case, two windows or two people).

Three-way where a common version is known: a field changed on one side only takes that side;
a field both changed takes the newer value, except notes, which are both kept. The losing
side's values go into the history, so no change is lost.
"""

from __future__ import annotations

import copy
import json

import analyst_tui.core.annotations.anchoring as anchoring
from analyst_tui.core.annotations.format import content, list_field
from analyst_tui.core.model import Status

UNREVIEWED = Status.UNREVIEWED.value


def merge_notes(ours: str, theirs: str, base: str | None, ours_is_newer: bool) -> str:
    """Both sessions changed a note: keep both. Text both added after a common start is joined."""
    if base and ours.startswith(base) and theirs.startswith(base):
        older, newer = (theirs, ours) if ours_is_newer else (ours, theirs)
        added_old, added_new = older[len(base) :], newer[len(base) :]
        if added_old in added_new:
            return base + added_new
        if added_new in added_old:
            return base + added_old
        sep = "" if added_old.endswith("\n") or added_new.startswith("\n") else "\n"
        return base + added_old + sep + added_new
    if ours_is_newer:
        return combine_notes(theirs, ours)
    return combine_notes(ours, theirs)


def combine_notes(older: str, newer: str) -> str:
    if not older or older == newer or older in newer:
        return newer
    if not newer or newer in older:
        return older
    return f"{older}\n---\n{newer}"


def history_key(h: dict) -> str:
    return json.dumps(h, sort_keys=True, ensure_ascii=False)


def snapshot(rec: dict) -> dict:
    """The values of a record worth keeping in a history entry."""
    attribution = rec.get("attribution")
    return {
        "status": rec.get("status", UNREVIEWED),
        "note": rec.get("note", ""),
        "attributed_to": rec.get("attributed_to"),
        "attribution_quote": anchoring.target_quote(attribution) if isinstance(attribution, dict) else None,
        "analyst": rec.get("analyst", ""),
        "modified": rec.get("modified"),
    }


BLANK = {"status": UNREVIEWED, "note": "", "attributed_to": None, "attribution": None, "discarded": None, "conflicts": []}


def merge_records(ours: dict, theirs: dict, base: dict | None) -> dict:
    """Three-way merge of one annotation changed by two sessions: no change is lost.

    A field changed on one side only takes that side; a field both changed takes the newer
    value, except notes, which are both kept. The losing side's values go into the history.
    """
    if content(ours) == content(theirs):
        return copy.deepcopy(ours)
    if base is not None and content(theirs) == content(base):
        return copy.deepcopy(ours)
    if base is not None and content(ours) == content(base):
        out = copy.deepcopy(theirs)
        out["target"] = copy.deepcopy(ours.get("target", theirs.get("target")))
        return out
    newer, older = (ours, theirs)
    if (str(theirs.get("modified") or ""), str(theirs.get("analyst") or "")) > (
        str(ours.get("modified") or ""),
        str(ours.get("analyst") or ""),
    ):
        newer, older = theirs, ours
    out = copy.deepcopy(ours)
    # without a common version, compare with a blank annotation: a field still blank on one
    # side was never set there, so the other side's value stands
    fb = base if base is not None else BLANK
    for f in ("status", "attributed_to", "attribution", "discarded"):
        o, t, b = ours.get(f, BLANK[f]), theirs.get(f, BLANK[f]), fb.get(f, BLANK[f])
        if o == t or t == b:
            v = o
        elif o == b:
            v = t
        else:
            v = newer.get(f, BLANK[f])
        out[f] = copy.deepcopy(v)
    o, t, b = ours.get("note") or "", theirs.get("note") or "", fb.get("note") or ""
    if o == t or t == b:
        out["note"] = o
    elif o == b:
        out["note"] = t
    else:
        out["note"] = merge_notes(str(o), str(t), str(b) if base is not None else None, newer is ours)
    # conflicts: three-way, union when both changed
    oc, tc = list_field(ours.get("conflicts")), list_field(theirs.get("conflicts"))
    bc = list_field(fb.get("conflicts"))
    if oc == tc or tc == bc:
        out["conflicts"] = copy.deepcopy(oc)
    elif oc == bc:
        out["conflicts"] = copy.deepcopy(tc)
    else:
        seen = {}
        for c in list(oc) + list(tc):
            seen.setdefault(history_key(c), c)
        out["conflicts"] = [seen[k] for k in sorted(seen)]
    # history: union, plus the losing side's current values
    hist = {}
    for h in list_field(ours.get("history")) + list_field(theirs.get("history")):
        if isinstance(h, dict):
            hist.setdefault(history_key(h), h)
    lost = snapshot(older)
    if lost["modified"] and (lost["status"], lost["note"], lost["attributed_to"]) != (
        out.get("status", UNREVIEWED),
        out.get("note", ""),
        out.get("attributed_to"),
    ):
        hist.setdefault(history_key(lost), lost)
    out["history"] = sorted(hist.values(), key=lambda h: (str(h.get("modified") or ""), history_key(h)))
    created = [c for c in (ours.get("created"), theirs.get("created")) if c]
    out["created"] = min(created) if created else None
    out["modified"] = max(str(ours.get("modified") or ""), str(theirs.get("modified") or "")) or None
    out["analyst"] = newer.get("analyst", "")
    out["target"] = copy.deepcopy(ours.get("target", theirs.get("target")))
    return out

