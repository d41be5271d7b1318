"""User-facing errors.

Anything an analyst can cause (a wrong path, an unreadable file, a corrupt annotation file) raises
:class:`NewslensError` with a one-line message.  The command line prints that line and exits 2; the
notebooks show it without a traceback.
"""


class NewslensError(Exception):
    """A mistake in the input, explained in one line (no traceback is shown for it)."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))
