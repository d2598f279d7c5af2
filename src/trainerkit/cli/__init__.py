"""The ``trainerkit`` command line: a thin layer of click commands over the core.

Every command parses its arguments and calls the core; it never holds logic the app could not reach.
Errors a user can meet (``TrainerKitError``) print one line on stderr and exit non-zero; anything else is
logged with its traceback in the data dir's log file and reported in one line too.
"""

from __future__ import annotations

from trainerkit.cli.main import cli, main

__all__ = ["cli", "main"]
