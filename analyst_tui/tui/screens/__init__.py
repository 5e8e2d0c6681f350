"""The review app's screens: one file per screen (the review screen in parts, review*.py)."""
