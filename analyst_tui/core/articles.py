"""Loading articles (placeholder: plain text only; full loader replaces this)."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import BinaryIO, Sequence

from analyst_tui.core.model import Article, LoadError, article_label


@dataclass
class LoadResult:
    articles: list[Article]
    problems: list[str] = field(default_factory=list)  # one line per skipped file


def sample_paths() -> list[str]:
    """The bundled seed case, usable after a non-editable install."""
    root = resources.files("analyst_tui") / "data" / "sample"
    return sorted(str(p) for p in root.iterdir() if p.name.endswith(".txt"))


def load_paths(paths: Sequence[str], stdin: BinaryIO | None = None) -> LoadResult:
    articles: list[Article] = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise LoadError(f"no such file or folder: {p}")
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for f in files:
            text = f.read_text("utf-8")
            articles.append(Article(id=article_label(len(articles)), path=str(f), source=f.stem, text=text))
    if not articles:
        raise LoadError("no articles found")
    return LoadResult(articles)
