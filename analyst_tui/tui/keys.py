"""Keys: the ``[keys]`` table of the config file, checked before it is applied.

A remapping that takes a key another binding of the same place already has (``review.deny``
= ``c`` while ``c`` confirms) is reported in one line and not applied.
"""

from __future__ import annotations

from textual.binding import Binding


def load_keymap() -> tuple[dict[str, str], list[str]]:
    """The ``[keys]`` table of the config file (binding id -> keys, e.g. ``"review.confirm" = "y"``)
    and the config file's problems, one line each (``analyst_tui.config``)."""
    from analyst_tui.config import load_config

    config = load_config()
    return dict(config.keys), list(config.problems)


def _keys(binding: Binding, keymap: dict[str, str]) -> list[str]:
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return [k.strip() for k in keys.split(",") if k.strip()]


def check_keymap(keymap: dict[str, str], scopes: list[list[Binding]]) -> tuple[dict[str, str], list[str]]:
    """The remappings that can apply, and one line for each that would take another binding's key.

    ``scopes``: bindings active at the same time (e.g. the review screen's with the app's).
    """
    kept = dict(keymap)
    problems: list[str] = []
    for bindings in scopes:
        while True:
            owners: dict[str, list[Binding]] = {}
            for b in bindings:
                for key in _keys(b, kept):
                    owners.setdefault(key, []).append(b)
            clash = next(
                ((key, bs) for key, bs in owners.items() if len({b.id or b.action for b in bs}) > 1 and any(b.id in kept for b in bs)),
                None,
            )
            if clash is None:
                break
            key, bs = clash
            moved = [b for b in bs if b.id in kept][-1]
            other = next(b for b in bs if b is not moved)
            problems.append(
                f"keys: {moved.id} = \"{kept[moved.id]}\" is not applied: {key} is already {other.id or other.action} "
                f"({other.description}); {moved.description} stays on {moved.key}"
            )
            del kept[moved.id]
    return kept, problems
