"""The analysis stage, run once after alignment: who says what, where versions differ, and what
the analyst might conclude (suggestions only).

- ``attribution``: whom each sentence credits -> ``Comparison.attributions``
- ``differences``: words of each version of a shared claim the others lack -> ``Claim.differs``
- ``origins``: distinct first-hand sources behind a claim -> ``Claim.origins``
- ``cues``: denial / dispute cues -> ``Claim.suggestion``; disagreements -> ``Comparison.disagreements``
- ``grading``: Admiralty grades (source reliability A–F, information credibility 1–6)

``analyse`` and ``attributions_of`` (in ``stage``) are imported when first used: the review app
shows grades and origins (``grading``, ``origins``) without loading the attribution patterns.
"""

from __future__ import annotations

__all__ = ["analyse", "attributions_of"]


def __getattr__(name: str):
    if name in __all__:
        from analyst_tui.core.analysis import stage

        return getattr(stage, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
