"""analyst-tui: compare several news reports of one story, claim by claim."""

__version__ = "0.1.0"
