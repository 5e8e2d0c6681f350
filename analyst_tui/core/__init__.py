"""The headless core: loading, segmentation, alignment, annotations, reports.

Nothing in this package may import Textual; the same core serves the app,
the headless commands and the tests.
"""
