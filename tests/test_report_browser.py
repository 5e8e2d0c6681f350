"""The HTML briefing in a real browser: headless Chromium prints it to PDF, and we read what it printed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from analyst_tui.core import report
from analyst_tui.report_picture import CHROMIUM_FLAGS
from report_support import hostile_case, tagged_seeds

FLAGS = [*CHROMIUM_FLAGS, "--no-pdf-header-footer"]


def _tool(name: str, package: str) -> str:
    """The program's path. CI installs it (.ci/run): missing there is a failure, never a silent skip."""
    for candidate in ([name, "chromium-browser"] if name == "chromium" else [name]):
        found = shutil.which(candidate)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed; .ci/run installs the Debian package {package}")
    pytest.skip(f"{name} is not installed here (Debian package {package}; .ci/run installs it in CI)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def print_to_pdf(page: Path, pdf: Path, profile: Path) -> None:
    chromium = _tool("chromium", "chromium")
    proc = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(profile)},
    )
    assert pdf.exists() and pdf.stat().st_size > 1000, proc.stderr.decode(errors="replace")[-2000:]


def pdf_text(pdf: Path) -> str:
    out = subprocess.run([_tool("pdftotext", "poppler-utils"), "-layout", str(pdf), "-"], capture_output=True, timeout=60, check=True)
    return out.stdout.decode("utf-8")


def pdf_pages(pdf: Path) -> int:
    out = subprocess.run([_tool("pdfinfo", "poppler-utils"), str(pdf)], capture_output=True, timeout=60, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout.decode(), re.M).group(1))


def test_chromium_prints_the_seed_briefing_with_its_verdicts(tmp_path):
    t = tagged_seeds(tmp_path)
    page = tmp_path / "briefing.html"
    page.write_text(report.render(t.briefing(), "html"), "utf-8")
    pdf = tmp_path / "briefing.pdf"
    print_to_pdf(page, pdf, tmp_path / "profile")
    text = " ".join(pdf_text(pdf).split())
    assert "Briefing: seeds" in text
    assert "Who says what" in text
    assert "✖ Denied (1)" in text and "? Disputed (1)" in text and "✔ Confirmed (1)" in text
    assert "Karoline Leavitt (White House press secretary)" in text
    assert "Denied on the record by the press secretary." in text
    assert "Claims only one source makes" in text
    assert text.index("✖ Denied (1)") < text.index("✔ Confirmed (1)") < text.index("Claims only one source makes")
    pages = pdf_pages(pdf)
    assert 2 <= pages <= 12, pages  # A4, print stylesheet: a few pages, not one per claim


def test_chromium_shows_hostile_text_as_text_and_runs_nothing(tmp_path):
    comparison, store = hostile_case(tmp_path / "story")
    page = tmp_path / "hostile.html"
    page.write_text(report.render(report.gather(comparison, store, case="hostile"), "html"), "utf-8")
    pdf = tmp_path / "hostile.pdf"
    print_to_pdf(page, pdf, tmp_path / "profile")
    text = " ".join(pdf_text(pdf).split())
    assert "<script>alert('x')</script>" in text  # printed as text, so never run
    assert "<img src=x onerror=alert(2)>" in text
    assert pdf_pages(pdf) >= 1
