"""Screens and dialogs of the review app: one file per screen."""
