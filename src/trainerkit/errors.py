"""The errors a trainer can meet, each with a message a trainer understands.

Raise these at the edge where bad input arrives (a file opened, a value typed, a stick written). The CLI
prints ``str(error)`` on one line and exits non-zero; the UI shows it in a message box with the details
(the log holds the traceback). Anything that is *not* a ``TrainerKitError`` is a bug.
"""

from __future__ import annotations


class TrainerKitError(Exception):
    """Base class: the message is for the user, one sentence, no jargon where avoidable."""

    exit_code = 1


class CourseDataError(TrainerKitError):
    """A bundled course data file is malformed; the message names the file, line and problem."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {problem}")


class NotFoundError(TrainerKitError):
    """A course, session, slide, example or file that the user named does not exist."""

    exit_code = 2


class InvalidInputError(TrainerKitError):
    """A value the user gave cannot be used (wrong form, out of range)."""

    exit_code = 2


class BadFileError(TrainerKitError):
    """A file the user gave cannot be read safely (not a presentation, corrupt, encrypted, hostile)."""

    exit_code = 3


class StorageError(TrainerKitError):
    """Writing failed: disk full, stick removed, no permission. Nothing half-written is left behind."""

    exit_code = 4


class DataFolderError(StorageError):
    """The data folder cannot be used: it is a file, cannot be made, or is read-only for a change."""


class DamagedDataError(StorageError):
    """The database file is damaged (SQLite: "database disk image is malformed"); the message says how
    to recover from a backup."""

    exit_code = 5


class Cancelled(TrainerKitError):
    """The user cancelled a long operation; what was written before is kept and consistent."""

    exit_code = 130

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)
