"""The core must stay headless: importing it must not load Textual."""

import subprocess
import sys


def test_core_does_not_import_textual():
    code = (
        "import sys\n"
        "import analyst_tui.core.articles, analyst_tui.core.segment, analyst_tui.core.align\n"
        "import analyst_tui.core.compare, analyst_tui.core.report, analyst_tui.core.paths\n"
        "import analyst_tui.core.report.html, analyst_tui.core.report.csv, analyst_tui.core.report.w3c\n"
        "import analyst_tui.core.report.load, analyst_tui.core.report.save, analyst_tui.core.report.grid\n"
        "import analyst_tui.cli\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, f"core imported: {proc.stdout} {proc.stderr}"
