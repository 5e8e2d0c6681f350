"""Widgets of the review app: one file per widget."""
