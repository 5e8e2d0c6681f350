"""Where the review app's text is built: every string a widget shows, as ``rich.text.Text``.

Untrusted text (articles, notes, names, paths) is only ever appended as plain text, made
printable first; styles are given as names, never markup. Widgets call these builders;
a new widget puts its builder here.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from rich.style import Style
from rich.text import Text

from analyst_tui.core.analysis.grading import claim_grade, grade_meaning
from analyst_tui.core.analysis.origins import origins_line
from analyst_tui.core.model import Article, Claim, Status
from analyst_tui.core.sanitize import printable, shown

if TYPE_CHECKING:
    from analyst_tui.core.annotations import Orphan
    from analyst_tui.tui.view import ClaimFilter, ReviewState

CONFLICT_GLYPH = "⚠"
FOCUS_MARK = "»"  # before the title of the pane (or claims list) the keys go to: visible without colour


# --- words ---------------------------------------------------------------------------


def status_label(status: str) -> str:
    """``✔ confirmed``, ``? disputed``, ``✖ denied``, ``· unreviewed``."""
    return Status.parse(status).label


def one_line(text: str) -> str:
    """Untrusted text made printable and flattened to one line."""
    return " ".join(printable(text).split())


def printable_lines(text: str) -> str:
    """Untrusted text made printable, its line breaks kept (e.g. a note from a shared file)."""
    return printable(text.replace("\r", ""))


def shorten(text: str, width: int) -> str:
    text = one_line(text)
    if width <= 1:
        return text[:width]
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def plural(n: int, word: str) -> str:
    """``1 orphan``, ``2 orphans``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def tilde_home(path: str) -> str:
    """A path as shown: inside the home folder, ``~/...``; never a control character."""
    home = str(Path.home())
    path = shown(path)
    return "~" + path[len(home) :] if home not in ("", "/") and path.startswith(home + os.sep) else path


def marker_text(claims: list[Claim], status_of) -> str:
    """The marker put before a sentence, e.g. ``[3]``, ``[3✔]`` or ``[3✖|7]``.

    Only claims worth following carry a marker: shared ones, and any the analyst tagged.
    """
    parts = []
    for c in claims:
        status = status_of(c.id)
        if not c.is_shared and status == Status.UNREVIEWED:
            continue
        glyph = "" if status == Status.UNREVIEWED else Status.parse(status).glyph
        parts.append(f"{c.id}{glyph}")
    return f"[{'|'.join(parts)}]" if parts else ""



SCOPE_LABELS = {"all": "all claims", "shared": "shared only", "unique": "unique to one source",
                "differ": "⚠ versions differ"}
SORT_LABELS = {"number": "by number", "coverage": "by coverage", "order": "in text order"}


def describe_filter(flt: "ClaimFilter") -> str:
    """The claims filter in words, e.g. ``shared only · ✔ confirmed · “troops” · by number``."""
    parts = [SCOPE_LABELS[flt.scope]]
    if flt.status:
        parts.append(status_label(flt.status))
    if flt.text:
        parts.append(f"“{one_line(flt.text)}”")
    parts.append(SORT_LABELS[flt.sort])
    return " · ".join(parts)


# --- the review screen -----------------------------------------------------------------


def article_label(article: Article) -> str:
    """An article's source as a pane or tab shows it."""
    return shorten(article.source, 28)


def pane_header_text(article: Article, focused: bool = False) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(FOCUS_MARK if focused else " ", "bold")
    text.append(f"{article.id} ", "bold reverse")
    if article.date:  # the date first: a long source label must not push it out of a narrow pane
        text.append(f" {one_line(article.date)} ·")
    text.append(f" {article_label(article)}", "bold")
    if article.title:
        text.append(f" — {one_line(article.title)}", "italic")
    return text


def detail_text(state: "ReviewState", claim_id: int | None, width: int = 60) -> Text:
    """Plain strings with styles only: article text is never read as markup."""
    text = Text(end="")
    claim = state.index.get(claim_id)
    if claim is None:
        text.append("No claim selected. Press j or k to move through the claims.", "italic")
        return text
    comparison = state.comparison
    status = state.status_of(claim.id)
    ann = state.store.get(claim.id)
    text.append(f"Claim {claim.id}", "bold")
    text.append(f"  {status_label(status)}", "bold")
    text.append(f"  in {state.index.coverage(claim)} articles")
    if claim.is_shared:
        text.append(f"  score {claim.score:.2f} (weakest link)")
    text.append("\n")
    text.append_text(versions_differ_text(claim))
    text.append_text(conflict_text(ann, width))
    who = ann.attributed_to
    carrier = ann.attribution
    if who or carrier is not None:
        verb = f"{status.capitalize()} by" if Status.parse(status).needs_attribution else "Attributed to"
        text.append(f"{verb}: ", "bold")
        text.append(one_line(who) if who else "(no name given)")
        text.append("\n")
        if carrier is not None:
            source = source_label(comparison, carrier.article)
            text.append(f"  in {carrier.article} {source}: ", "italic")
            text.append(f"“{shorten(carrier.text, max(20, width * 2))}”\n")
    note = ann.note or ""
    if note:
        text.append("Note: ", "bold")
        text.append(printable_lines(note).strip() + "\n")
    text.append_text(analysis_text(state, claim, status, width))
    evidence = claim.evidence or {}
    if claim.is_shared:
        quote = evidence.get("quote")
        terms = evidence.get("terms") or []
        if quote:
            text.append("Shared quote: ", "bold")
            text.append(f"“{one_line(str(quote))}”\n")
        if terms:
            text.append("Shared terms: ", "bold")
            text.append(", ".join(one_line(str(t)) for t in terms[:12]) + "\n")
        if not quote and not terms:
            text.append("Matched as identical sentences.\n", "italic")
    for m in claim.members:
        text.append(f"{m.article}", "bold")
        text.append(f" {source_label(comparison, m.article)}: ", "dim")
        text.append(shorten(m.text, max(30, width * 3)))
        att = comparison.attributions.get(m.key)
        if att is not None and (att.speaker or att.outlet):
            who = " via ".join(one_line(x) for x in (att.speaker, att.outlet) if x)
            text.append(f" (credits {who})", "italic")
        text.append("\n")
    return text


def analysis_text(state: "ReviewState", claim, status: str, width: int) -> Text:
    """The suggested status, sources that disagree, origins and the Admiralty grade."""
    comparison = state.comparison
    text = Text(end="")
    sug = claim.suggestion
    if sug is not None:
        text.append("Suggested: ", "bold")
        text.append(f"{status_label(sug.status)} by {one_line(sug.by) if sug.by else 'someone unnamed'}")
        text.append(f", cue “{one_line(sug.cue)}” in {sug.article} {source_label(comparison, sug.article)}")
        text.append(" (accepted)\n" if status == sug.status else ". A accepts it; a tag overrides it.\n", "italic")
    keys = {m.key for m in claim.members}
    if sug is not None:
        keys |= {s.key for s in comparison.sentences.get(sug.article, []) if s.start == sug.start}
    for d in comparison.disagreements:
        if keys.intersection(d.sentences):
            text.append("⚠ Sources disagree: ", "bold")
            text.append(one_line(d.detail) + "\n")
    if claim.origins:
        text.append("Origins: ", "bold")
        text.append(one_line(origins_line(claim)) + "\n")
    grade = claim_grade(comparison, claim, status, state.grades)
    text.append(f"Grade {grade}: ", "bold")
    text.append(grade_meaning(grade) + "\n")
    return text


def versions_differ_text(claim) -> Text:
    """Where the claim's versions contradict each other: "⚠ versions differ (figure, C vs N): 24 dead vs 1 dead"."""
    text = Text(end="")
    for k in claim.conflicts:
        i, j = k.members
        text.append("⚠ versions differ", "bold reverse")
        who = f", {claim.members[i].article} vs {claim.members[j].article}" if max(i, j) < len(claim.members) else ""
        text.append(f" ({k.kind}{who}): ", "bold")
        text.append(one_line(k.detail) + "\n")
    return text


def source_label(comparison, article_id: str) -> str:
    """The source of an article, by id, short."""
    try:
        return shorten(comparison.article(article_id).source, 24)
    except KeyError:
        return ""



def claim_row_text(state: "ReviewState", claim: Claim, width: int, style: Callable[[str], Style]) -> Text:
    """A claims list row: number, status, coverage, ⚠, who or ✎ above; the claim's text below.

    ``style(name)``: the panel's style for ``claim`` (its colour), ``status-<word>``, ``dim``.
    """
    status = Status.parse(state.status_of(claim.id))
    top = Text(" ", end="")  # first cell: the cursor mark, drawn by the panel
    top.append(f"{claim.id:>3}", style("claim"))
    top.append(" ")
    top.append(f"{status.glyph} {status.value:<10}", style(f"status-{status.value}"))
    top.append(f" {state.index.coverage(claim):>5}")
    top.append(f" {claim_grade(state.comparison, claim, status.value, state.grades)}")
    sug = claim.suggestion
    if sug is not None and status == Status.UNREVIEWED:  # suggested, not tagged: the analyst decides
        suggested = Status.parse(sug.status)
        top.append(f"→{suggested.glyph}", style(f"status-{suggested.value}"))
    ann = state.store.get(claim.id)
    if ann.conflicts:  # verdicts from a merge to settle
        top.append(f" {CONFLICT_GLYPH}", style("status-disputed"))
    if ann.attributed_to and status.needs_attribution:
        top.append(f" by {one_line(ann.attributed_to)}", style("dim"))
    elif ann.note:
        top.append(" ✎", style("dim"))
    top.truncate(width, overflow="ellipsis")
    bottom = Text("     ", end="")
    if claim.conflicts:  # its versions contradict each other (the evidence says how)
        bottom = Text("  ", end="")
        bottom.append("⚠ differ", style("status-disputed"))
        bottom.append(" ")
    bottom.append(one_line(state.index.representative(claim)))
    bottom.truncate(width, overflow="ellipsis")
    return Text("\n", end="").join([top, bottom])


def empty_filter_text(described: str, width: int) -> Text:
    """What an empty claims list says (two lines): what is filtered, and how to clear it."""
    text = Text(" No claims match: ", style="bold", end="")
    text.append(described)
    text.truncate(width, overflow="ellipsis")
    return Text("\n", end="").join([text, Text(" escape clears the filter", style="italic")])


def claim_choice_text(state: "ReviewState", claim: Claim, suggested: int | None) -> Text:
    """A claim offered to re-attach an orphan to: number, status, coverage, text."""
    status = Status.parse(state.status_of(claim.id))
    text = Text(f"{claim.id:>3} ", style="bold", end="")
    text.append(f"{status.glyph} {status.value:<10} ")
    text.append(f"{state.index.coverage(claim):>5} ", "dim")
    if claim.id == suggested:
        text.append("(most similar) ", "bold reverse")
    text.append(shorten(state.index.representative(claim), 160))
    return text


# --- annotations at risk: conflicts, orphans ------------------------------------------


def verdict_text(verdict: dict, width: int = 60) -> Text:
    """One analyst's verdict from a merged file: who, status, when, note (all untrusted)."""
    text = Text(end="")
    who = one_line(str(verdict.get("analyst") or "(unnamed analyst)"))
    status = str(verdict.get("status") or Status.UNREVIEWED)
    text.append(f"  {shorten(who, 24)}: ", "bold")
    text.append(status_label(status))  # an unknown word reads as unreviewed
    note = verdict.get("note")
    if isinstance(note, str) and note.strip():
        text.append(" — ")
        text.append(shorten(note, max(30, width * 2)), "italic")
    return text


def conflict_text(annotation, width: int = 60) -> Text:
    """The detail pane's conflict section: the word, how to settle it, each analyst's verdict."""
    text = Text(end="")
    verdicts = [v for v in (annotation.conflicts or []) if isinstance(v, dict)]
    if not verdicts:
        return text
    text.append(f"{CONFLICT_GLYPH} Conflict", "bold reverse")
    text.append(" a tag settles it\n", "bold")
    for verdict in verdicts:
        text.append_text(verdict_text(verdict, width))
        text.append("\n")
    return text


def orphan_text(orphan: "Orphan", number: int, width: int = 90) -> Text:
    """One orphan as the list shows it; every string in it is untrusted, shown as plain text."""
    text = Text(end="")
    text.append(f"{number:>2} ", "bold")
    text.append(status_label(orphan.status), "bold")
    text.append(f" · best score {orphan.score:.2f}")
    if orphan.analyst:
        text.append(f" · {shorten(orphan.analyst, 24)}", "dim")
    if orphan.modified:
        text.append(f" · {one_line(orphan.modified[:16].replace('T', ' '))}", "dim")
    if orphan.conflicts:
        text.append(" · ⚠ conflicting verdicts", "bold")
    quotes = orphan.quotes or [("", orphan.quote)]
    for outlet, quote in quotes[:3]:
        text.append("\n   ")
        if outlet:
            text.append(f"{shorten(outlet, 20)}: ", "bold")
        text.append(f"“{shorten(quote, max(40, width * 2))}”")
    if len(quotes) > 3:
        more = len(quotes) - 3
        text.append(f"\n   … and {more} more sentence{'s' if more != 1 else ''}", "dim")
    if orphan.attributed_to:
        text.append("\n   ")
        text.append(f"{orphan.status.capitalize()} by: ", "bold")
        text.append(shorten(orphan.attributed_to, 60))
    if orphan.note.strip():
        text.append("\n   ")
        text.append("Note: ", "bold")
        text.append(shorten(orphan.note, max(40, width * 2)), "italic")
    why = one_line(orphan.reason) if orphan.reason else "no sentence similar enough"
    text.append(f"\n   why: {why}", "dim")
    if orphan.suggested_claim is not None:
        text.append(f" · most similar now: claim {orphan.suggested_claim}", "dim")
    return text



# --- help ----------------------------------------------------------------------------

HelpRows = list[tuple[str, list[tuple[str, ...]]]]  # (section, [(keys, description[, binding id])])


def help_text(rows: HelpRows) -> Text:
    text = Text(end="")
    width = min(16, max((len(item[0]) for _, items in rows for item in items), default=8))
    for section, items in rows:
        if not items:
            continue
        text.append(f"{section}\n", "bold underline")
        for keys, description, *binding_id in items:
            if len(keys) > width:  # a long list of keys gets a line of its own
                text.append(f"  {keys}\n", "bold")
                keys = ""
            text.append(f"  {keys:<{width}}  ", "bold")
            text.append(description)
            if binding_id and binding_id[0]:
                text.append(f"  {binding_id[0]}", "dim")
            text.append("\n")
        text.append("\n")
    return text
