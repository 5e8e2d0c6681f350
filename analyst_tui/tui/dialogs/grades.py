"""Grade sources' reliability A–F (NATO / Admiralty); remembered per source across cases."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from analyst_tui.core.analysis.grading import RELIABILITY, SourceGrades
from analyst_tui.tui.dialogs.base import Dialog
from analyst_tui.tui.text import one_line


class GradeDialog(Dialog[bool]):
    """Sources listed (the focused article's first); a letter grades the highlighted one."""

    DEFAULT_CSS = """
    GradeDialog { align: center middle; }
    GradeDialog > Vertical { width: 72; height: auto; max-height: 90%; border: round $accent; background: $surface; padding: 0 1; }
    GradeDialog OptionList { height: auto; max-height: 14; }
    """

    BINDINGS = [
        *(Binding(f"{k.lower()},{k}", f"grade('{k}')", f"Grade {k}", show=False, id=f"grades.{k.lower()}",
                  tooltip=f"{k}: {RELIABILITY[k]}") for k in RELIABILITY),
        Binding("delete,backspace,0", "grade('')", "Forget", show=False, id="grades.forget", tooltip="Forget the source's grade"),
        Binding("escape,g", "close", "Close", id="grades.close", tooltip="Close (every grade is saved at once)"),
    ]

    def __init__(self, sources: list[str], grades: SourceGrades) -> None:
        super().__init__()
        self.sources = sources
        self.grades = grades
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Source reliability (A–F), remembered across cases", "bold"), markup=False)
            yield Static(Text("  ".join(f"{k} {v}" for k, v in RELIABILITY.items()), "dim"), markup=False)
            yield OptionList(*[Option(self._row(s)) for s in self.sources], id="sources")
            yield Static("A–F grades the highlighted source · 0 forgets · escape closes", markup=False)

    def _row(self, source: str) -> Text:
        letter = self.grades.get(source)
        text = Text(f"[{letter or '-'}] ", "bold")
        text.append(one_line(source))
        if letter:
            text.append(f"  {RELIABILITY[letter]}", "dim")
        return text

    def on_mount(self) -> None:
        olist = self.query_one(OptionList)
        olist.highlighted = 0 if self.sources else None
        olist.focus()

    def action_grade(self, letter: str) -> None:
        olist = self.query_one(OptionList)
        row = olist.highlighted
        if row is None or not (0 <= row < len(self.sources)):
            self.app.bell()
            return
        source = self.sources[row]
        try:
            self.grades.set(source, letter or None)
        except OSError as exc:
            self.notify(f"Grade not saved: {one_line(str(exc))}", severity="error", markup=False)
            return
        self.changed = True
        olist.replace_option_prompt_at_index(row, self._row(source))
        self.notify(f"{one_line(source)}: {letter + ' ' + RELIABILITY[letter] if letter else 'grade forgotten'}.", markup=False, timeout=3)

    def action_close(self) -> None:
        self.dismiss(self.changed)
