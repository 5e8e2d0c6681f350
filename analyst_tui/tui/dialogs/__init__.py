"""The review app's dialogs: each a ``Dialog`` (``dialogs/base.py``), one module per dialog.

To add one: subclass ``Dialog[Answer]``, build it in ``compose`` inside ``self.frame()`` with
``self.heading``, ``self.keys_hint`` and ``self.buttons`` (a button's id names its action), give
every binding an id (``mydialog.save``), return the answer with ``self.dismiss(answer)``, and
open it from a screen with ``self.app.push_screen(MyDialog(...), callback)``. A dialog that
must tell the screen something while it stays open posts a message to the ``requester`` it
was given (see ``orphans.py``); it never calls the screen's methods. A list to filter by
typing is a ``FilteredList`` (``filtered_list.py``).
"""
