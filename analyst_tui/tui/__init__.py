"""The review app (Textual). Nothing in analyst_tui.core imports this package."""
