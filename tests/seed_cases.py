"""The seed articles (three outlets' reports of one story), shared by every test file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(str(p) for p in SEEDS.glob("*.txt"))


@lru_cache(maxsize=None)
def seed_comparison():
    """The seeds compared once per test run (tests must not change it)."""
    from analyst_tui.core.ingest import load_paths
    from analyst_tui.core.compare import build_comparison

    return build_comparison(load_paths(SEED_FILES).articles)
