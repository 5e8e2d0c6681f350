"""The review screen's command palette entries and its help rows (every key, as remapped)."""

from __future__ import annotations


from textual.binding import Binding

from analyst_tui.tui.screens.review_analysis import COMMANDS as ANALYSIS_COMMANDS
from analyst_tui.tui.screens.review_file import COMMANDS as STORAGE_COMMANDS
from analyst_tui.tui.screens.review_reports import COMMANDS as REPORT_COMMANDS
from analyst_tui.tui.text import HelpRows
from analyst_tui.tui.widgets.article_pane import ArticlePane
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel


# (action, title, help) for the command palette; every screen action is here.
COMMANDS = [
    # Titles start with the words of the key bar (Confirm, Deny, ...), so the palette finds them by either.
    ("tag('confirmed')", "Confirm claim: tag confirmed", "Mark the selected claim ✔ confirmed"),
    ("tag('disputed')", "Dispute claim: tag disputed", "Mark the selected claim ? disputed"),
    ("tag('denied')", "Deny claim: tag denied", "Mark the selected claim ✖ denied"),
    ("tag('unreviewed')", "Unreviewed: tag claim unreviewed", "Put the selected claim back to · unreviewed"),
    ("note", "Edit note", "Write a note on the selected claim"),
    ("attribute", "Attribute denial or dispute", "Name who denied or disputed the claim and the sentence that carries it"),
    ("undo", "Undo last change", "Undo the last tag, note or attribution"),
    ("next_claim", "Next claim", "Select the next claim"),
    ("previous_claim", "Previous claim", "Select the previous claim"),
    ("next_pane", "Next pane", "Move the focus to the next pane"),
    ("previous_pane", "Previous pane", "Move the focus to the previous pane"),
    ("next_article", "Next article", "Show or focus the next article"),
    ("previous_article", "Previous article", "Show or focus the previous article"),
    ("search", "Search all articles", "Find text in every article; the claims list follows"),
    ("cycle_scope", "Filter claims: shared / unique / versions differ / all",
     "Show all claims, shared claims only, claims unique to one source, or claims whose versions differ (⚠)"),
    ("cycle_status", "Filter claims by status", "Show only unreviewed, confirmed, disputed or denied claims"),
    ("cycle_sort", "Sort claims", "Sort by number, coverage or text order"),
    ("clear_filters", "Clear filters and search", "Show every claim again"),
    ("pick_articles", "Choose articles to show", "Pick which articles are shown side by side"),
    ("retry_save", "Retry saving annotations", "Try to write the annotations file again"),
    *STORAGE_COMMANDS,
    *ANALYSIS_COMMANDS,
    *REPORT_COMMANDS,
    ("app.toggle_one_story", "Match as one story (or by story again)",
     "Match the claims across all the articles, even where they read as different stories; the case remembers it"),
    ("app.help", "Help: every key", "Show every key and what it does"),
]  # "Quit" and "Theme" come with Textual's own system commands



def help_rows(screen) -> HelpRows:
    """Every key of the review screen, its widgets and its dialogs, with what it does."""
    from analyst_tui.tui.dialogs.attribution import AttributionDialog as _A
    from analyst_tui.tui.dialogs.note import NoteDialog as _N
    from analyst_tui.tui.dialogs.claim_chooser import ClaimChooser as _C
    from analyst_tui.tui.dialogs.confirm import ConfirmDialog as _Y
    from analyst_tui.tui.dialogs.orphans import OrphansScreen as _O
    from analyst_tui.tui.dialogs.grades import GradeDialog as _G
    from analyst_tui.tui.dialogs.save_as import SaveAsDialog as _S
    from analyst_tui.tui.screens.claim_compare import ClaimCompareScreen as _CC
    from analyst_tui.tui.dialogs.picker import ArticlePicker as _P
    from analyst_tui.tui.screens.grid import GridScreen as _W

    app = screen.app
    keymap = app.keymap

    def keys_of(binding: Binding) -> str:
        keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
        shown = []
        for key in keys.split(","):
            key = key.strip()
            display = app.get_key_display(binding.with_key(key, key_display=None))
            if display not in shown:
                shown.append(display)
        return " / ".join(shown)

    def rows(bindings) -> list[tuple[str, ...]]:
        return [(keys_of(b), b.tooltip or b.description, b.id or "") for b in bindings if isinstance(b, Binding)]

    everywhere = rows(type(screen).BINDINGS) + rows(type(app).BINDINGS)
    everywhere.append((app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, "command_palette")), "Command palette: every action by name"))
    claims = rows(ClaimsPanel.BINDINGS) + [
        ("↑ / ↓", "Move through the claims"),
        ("pgup / pgdn", "A page up / down"),
        ("home / end", "First / last claim"),
        ("enter", "Go to the claim in the article panes"),
        ("click", "Select a claim"),
    ]
    pane = rows(ArticlePane.BINDINGS) + [("click", "Select the claim of a sentence (again: its other claim)")]
    return [
        ("Everywhere", everywhere),
        ("Claims list", claims),
        ("Article pane", pane),
        ("Note dialog", rows(_N.BINDINGS)),
        ("Attribution dialog", rows(_A.BINDINGS) + [("enter", "Pick the highlighted sentence, then save")]),
        ("Article picker", rows(_P.BINDINGS) + [("space", "Show or hide an article")]),
        ("Orphans", rows(_O.BINDINGS) + [("↑ / ↓", "Move through the orphans")]),
        ("Claim to re-attach to", rows(_C.BINDINGS) + [("enter", "Re-attach to the highlighted claim"), ("type", "Filter by words or a claim number")]),
        ("Discard? question", rows(_Y.BINDINGS)),
        ("Save elsewhere dialog", rows(_S.BINDINGS) + [("enter", "Save to the file named")]),
        ("Compare view", rows(_CC.BINDINGS)),
        ("Source grades", rows(_G.BINDINGS) + [("↑ / ↓", "Move through the sources")]),
        ("Who says what (grid)", rows(_W.BINDINGS) + [("↑ / ↓", "Move through the claims")]),
    ]


def binding_scopes(screen_bindings: list, app_bindings: list) -> list[list[Binding]]:
    """The bindings active together: the review screen's with the app's, each widget's, each dialog's."""
    from analyst_tui.tui.dialogs.attribution import AttributionDialog
    from analyst_tui.tui.dialogs.claim_chooser import ClaimChooser
    from analyst_tui.tui.dialogs.confirm import ConfirmDialog
    from analyst_tui.tui.dialogs.note import NoteDialog
    from analyst_tui.tui.dialogs.orphans import OrphansScreen
    from analyst_tui.tui.dialogs.picker import ArticlePicker
    from analyst_tui.tui.dialogs.grades import GradeDialog
    from analyst_tui.tui.dialogs.save_as import SaveAsDialog
    from analyst_tui.tui.screens.claim_compare import ClaimCompareScreen
    from analyst_tui.tui.screens.grid import GridScreen

    def own(bindings) -> list[Binding]:
        return [b for b in bindings if isinstance(b, Binding)]

    dialogs = (AttributionDialog, NoteDialog, ClaimChooser, ConfirmDialog, OrphansScreen, ArticlePicker, SaveAsDialog, GradeDialog, ClaimCompareScreen, GridScreen)
    return [
        own(screen_bindings) + own(app_bindings),
        own(ArticlePane.BINDINGS),
        own(ClaimsPanel.BINDINGS),
        *(own(d.BINDINGS) for d in dialogs),
    ]
