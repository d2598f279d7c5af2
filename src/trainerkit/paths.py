"""Where TrainerKit finds its bundled resources and keeps the user's data.

Resources (the course data, slide decks, handouts, examples) are read-only and ship with the app: in a
wheel they sit inside the package (``trainerkit/resources``), in a source checkout at the repository's
top-level ``resources/``.

User data (the SQLite store, thumbnails, logs, exports in progress) lives in exactly one directory:

1. ``TRAINERKIT_HOME`` when set (tests and power users);
2. portable mode: when a file named ``portable`` sits next to the app (the frozen executable's folder,
   on macOS the folder holding ``TrainerKit.app``) or at the package root, data lives in
   ``TrainerKit-data`` beside it, so a copy on a USB stick carries its own data;
3. otherwise the platform's user data directory (platformdirs).

This module must never import Qt.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from trainerkit.errors import DataFolderError

APP_DIR_NAME = "TrainerKit"
PORTABLE_MARKER = "portable"
PORTABLE_DATA_DIR = "TrainerKit-data"
HOME_ENV = "TRAINERKIT_HOME"


def package_root() -> Path:
    """The folder that holds the ``trainerkit`` package (``src/`` in a checkout)."""
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The bundled, read-only resources folder."""
    override = os.environ.get("TRAINERKIT_RESOURCES")
    if override:
        return Path(override)
    inside = Path(__file__).resolve().parent / "resources"
    if inside.is_dir():
        return inside
    checkout = package_root().parent / "resources"
    return checkout


def _app_dir() -> Path:
    """The folder of the running application: the frozen executable's, else the package root."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable).resolve()
        if exe.parent.name == "MacOS" and exe.parent.parent.parent.suffix == ".app":
            return exe.parent.parent.parent.parent  # macOS: the folder holding TrainerKit.app
        return exe.parent
    return package_root()


@dataclass(frozen=True)
class DataLocation:
    """Where user data lives and why (shown by ``trainerkit info``)."""

    path: Path
    mode: str  # "env", "portable" or "user"


def data_location() -> DataLocation:
    env = os.environ.get(HOME_ENV)
    if env:
        return DataLocation(Path(env).expanduser().resolve(), "env")
    for base in {_app_dir(), package_root()}:
        if (base / PORTABLE_MARKER).is_file():
            return DataLocation(base / PORTABLE_DATA_DIR, "portable")
    return DataLocation(Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)), "user")


def data_dir(create: bool = True) -> Path:
    """The data folder (made if missing when ``create``). Raises ``DataFolderError`` (one line for the
    trainer) when the path is a file or the folder cannot be made."""
    path = data_location().path
    if create:
        if path.exists() and not path.is_dir():
            raise DataFolderError(
                f"The TrainerKit data folder {path} is a file, not a folder: move or rename that file, "
                f"or set {HOME_ENV} to a folder."
            )
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataFolderError(
                f"The TrainerKit data folder {path} cannot be made ({exc.strerror or exc}): "
                f"check the drive, or set {HOME_ENV} to a folder you can write to."
            ) from exc
    return path


def data_dir_writable(path: Path | None = None) -> bool:
    """Whether TrainerKit may write in the data folder (False on a locked SD card or read-only medium)."""
    folder = path or data_location().path
    return folder.is_dir() and os.access(folder, os.W_OK)


def read_only_message(path: Path) -> str:
    return (
        f"The TrainerKit data folder {path} is read-only (a locked SD card or a read-only copy?): "
        f"your courses can be shown but not changed. Unlock it, or copy the folder somewhere writable and "
        f"set {HOME_ENV} to the copy."
    )


DATABASE_NAME = "trainerkit.sqlite3"


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def log_path() -> Path:
    logs = data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    return logs / "trainerkit.log"


def cache_dir(name: str) -> Path:
    """A cache folder in the data folder; in the system's temporary folder when the data folder is
    read-only, so reading a course still works there."""
    path = data_dir() / "cache" / name
    try:
        if not data_dir_writable(path.parent.parent):
            raise PermissionError(path)
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        import tempfile

        path = Path(tempfile.gettempdir()) / f"trainerkit-cache-{os.getuid() if hasattr(os, 'getuid') else 0}" / name
        path.mkdir(parents=True, exist_ok=True)
    return path
