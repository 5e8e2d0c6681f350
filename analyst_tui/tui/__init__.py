"""The review app (Textual). Nothing in analyst_tui.core imports this package.

Where things are:
- ``app.py``: the App (waiting for the loading, the saving thread's results, the keymap);
  ``loading.py``: the loading screen; ``early.py``: the loading pipeline with progress, started
  with the process (``early_child.py``: in a forked child process, else on a thread);
  ``saving.py``: ``BackgroundStore``, every change saved on one thread, in order;
  ``store.py``: the typed interfaces of the annotations (``AnnotationView`` for widgets);
  ``keys.py``: the ``[keys]`` table, checked for conflicts before it is applied;
  ``view.py``: what is listed and selected (no widgets); ``text.py``: every text a widget shows.
- ``screens/``: the review screen, in parts (``review*.py``); a new screen is a ``Screen``
  subclass here, opened with ``app.push_screen``; its bindings carry ids (``grid.next``) and
  its actions go in the command palette (``review_commands.COMMANDS`` for the review screen).
- ``dialogs/``: one ``Dialog`` per module (see ``dialogs/__init__.py``), ``FilteredList``.
- ``widgets/``: one widget per module; a widget posts messages, the screen handles them.
"""
