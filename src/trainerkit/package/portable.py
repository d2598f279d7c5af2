"""The portable app on a stick: which TrainerKit build goes into a package's ``App/`` folder, and how.

A build is what ``python3 dev.py build`` makes (``installer/README.md``): the folder ``dist/TrainerKit``
(Linux, Windows), the bundle ``TrainerKit.app`` (macOS), or their archive
``TrainerKit-<version>-<os>-<arch>.tar.gz``/``.zip`` (e.g. a Windows build downloaded from CI, to pack
a stick for a Windows laptop from a Linux one). In the package it becomes::

    App/TrainerKit.exe, App/trainerkit-cli.exe, App/_internal/...   (Windows)
    App/TrainerKit, App/trainerkit, App/_internal/...               (Linux)
    App/TrainerKit.app/...                                          (macOS)
    App/portable                                                    the marker (trainerkit.paths)

With the marker the app keeps its data in ``App/TrainerKit-data`` on the stick, never on the computer it
runs on. ``trainerkit usb verify`` checks every file of the app like any other; ``App/TrainerKit-data``
(the data of an app that has been run from the stick) is expected and not reported.

Never imports Qt.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from trainerkit.errors import NotFoundError, StorageError
from trainerkit.fileio import plain_os_error, write_text_atomic
from trainerkit.paths import PORTABLE_DATA_DIR, PORTABLE_MARKER, cache_dir, package_root
from trainerkit.version import GUI_EXE, cli_exe

APP_FOLDER = "App"
BUILD_ENV = "TRAINERKIT_PORTABLE_BUILD"
#: Never copied from a build: its own data and caches.
SKIPPED = frozenset({PORTABLE_DATA_DIR, "__pycache__"})
MARKER_TEXT = (
    "This file makes TrainerKit portable: it keeps its data in the TrainerKit-data folder beside this\n"
    "file (on the stick), not on the computer it runs on. Delete this file to use the computer's own\n"
    "TrainerKit data folder instead.\n"
)
_ARCHIVES = (".zip", ".tar.gz", ".tgz")


def app_kind(app: Path) -> str:
    """``windows``, ``macos`` or ``linux``: which computers the build at ``app`` runs on.

    Raises NotFoundError when ``app`` is not a TrainerKit build."""
    if app.suffix == ".app" and (app / "Contents" / "MacOS" / GUI_EXE).is_file():
        return "macos"
    if (app / f"{GUI_EXE}.exe").is_file():
        return "windows"
    if (app / GUI_EXE).is_file():
        return "linux"
    raise NotFoundError(
        f"{app} is not a TrainerKit build: it has no {GUI_EXE} program. Build one with `python3 dev.py build`, "
        "or give the folder or archive that `dev.py build` made (see installer/README.md)."
    )


def _build_in(folder: Path) -> Path | None:
    """``folder`` itself when it is a build, else a build directly inside it (an unpacked archive)."""
    candidates = [folder, folder / "TrainerKit", folder / "TrainerKit.app"]
    for candidate in candidates:
        try:
            app_kind(candidate)
            return candidate
        except NotFoundError:
            continue
    return None


def find_app_build(include_checkout: bool = False) -> Path | None:
    """The build to put on a stick when none is named: ``$TRAINERKIT_PORTABLE_BUILD``; the running frozen
    app itself (its folder, or its ``.app`` bundle on macOS); with ``include_checkout`` (``usb pack
    --with-app``) also ``dist/TrainerKit`` (or ``dist/TrainerKit.app``) in a source checkout after
    ``python3 dev.py build``, which is never picked up unasked."""
    env = os.environ.get(BUILD_ENV)
    if env:
        return Path(env) if Path(env).is_dir() else None
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable).resolve()
        bundle = exe.parent.parent.parent
        if bundle.suffix == ".app" and exe.parent.name == "MacOS":
            return bundle
        return exe.parent
    dist = package_root().parent / "dist"
    return _build_in(dist) if include_checkout and dist.is_dir() else None


def resolve_app(path: Path) -> Path:
    """The build at ``path``: a build folder, a folder holding one, or an archive from ``dev.py build``
    (unpacked once into the cache). Raises NotFoundError or StorageError with a plain message."""
    path = Path(path)
    if path.is_dir():
        found = _build_in(path)
        if found is None:
            app_kind(path)  # raises with the explanation
        assert found is not None
        return found
    if not path.is_file():
        raise NotFoundError(f"There is no TrainerKit build at {path}.")
    name = path.name.lower()
    if not name.endswith(_ARCHIVES):
        raise NotFoundError(f"{path} is neither a TrainerKit build folder nor a .zip or .tar.gz of one.")
    stem = path.name[: -len(next(s for s in _ARCHIVES if name.endswith(s)))]
    st = path.stat()
    target = cache_dir("app-builds") / f"{stem}-{st.st_size}-{st.st_mtime_ns}"
    if not target.is_dir():
        _unpack(path, target)
    found = _build_in(target)
    if found is None:
        raise NotFoundError(f"{path.name} holds no TrainerKit build (no {GUI_EXE} program at its top).")
    return found


def _unpack(archive: Path, target: Path) -> None:
    """Unpack ``archive`` into ``target`` (written under a temporary name, then renamed); refuses members
    that would land outside it."""
    tmp = target.with_name(target.name + ".part")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        if archive.name.lower().endswith(".zip"):
            with zipfile.ZipFile(archive) as zf:
                for name in zf.namelist():
                    _check_member(name, archive)
                zf.extractall(tmp)
                for info in zf.infolist():  # zip keeps Unix modes in the high bits: restore the x bits
                    mode = (info.external_attr >> 16) & 0o777
                    if mode & 0o111 and not info.is_dir():
                        _make_executable(tmp / info.filename)
        else:
            with tarfile.open(archive) as tf:
                for tar_member in tf.getmembers():
                    _check_member(tar_member.name, archive)
                if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
                    tf.extractall(tmp, filter="data")
                else:  # members were checked above
                    tf.extractall(tmp)
        os.replace(tmp, target)
    except (OSError, tarfile.TarError, zipfile.BadZipFile) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        reason = plain_os_error(exc) if isinstance(exc, OSError) else str(exc)
        raise StorageError(f"Cannot unpack {archive.name}: {reason}.") from exc


def _check_member(name: str, archive: Path) -> None:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
        raise StorageError(f"{archive.name} is not a TrainerKit build: it holds a file outside its folder ({name}).")


def _make_executable(path: Path) -> None:
    try:
        mode = path.stat().st_mode
        path.chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    except OSError:
        pass  # FAT and exFAT have no modes: every file there can be run


def app_files(app: Path, marker: Path | None = None) -> list[tuple[str, Path]]:
    """``(path under App/, source)`` for every file of the build, sorted; with ``marker`` (a file that
    this function writes when missing) also ``portable``, replacing any marker the build has."""
    prefix = f"{app.name}/" if app.suffix == ".app" else ""
    files = []
    # a macOS bundle links folders to each other; a stick (FAT, exFAT) has no links: copy what they hold
    for folder, dirs, names in os.walk(app, followlinks=bool(prefix)):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED)
        for file in sorted(names):
            src = Path(folder, file)
            rel = prefix + src.relative_to(app).as_posix()
            if rel == PORTABLE_MARKER or not src.exists():  # the marker is ours; a link to nothing is nothing
                continue
            if folder == str(app) and file.lower().startswith("unins"):  # the Windows installer's uninstaller
                continue
            files.append((rel, src))
    if marker is not None:
        if not marker.is_file():
            write_text_atomic(marker, MARKER_TEXT)
        files.append((PORTABLE_MARKER, marker))
    return sorted(files)


def start_instructions(app: Path) -> str:
    """One sentence (plain text) on how to start the copy of the app in ``App/``."""
    try:
        kind = app_kind(app)
    except NotFoundError:
        return "A copy of TrainerKit is in the App folder; it keeps its data there, in App/TrainerKit-data."
    where = "The data you make with it stays on the stick, in App/TrainerKit-data."
    if kind == "windows":
        return (
            f"TrainerKit for Windows is in the App folder: double-click App\\{GUI_EXE}.exe (no installation, "
            f"no administrator rights needed); the command line is App\\{cli_exe('windows')}.exe. {where}"
        )
    if kind == "macos":
        return (
            "TrainerKit for macOS is in the App folder: open App/TrainerKit.app (the first time, right-click it "
            f"and choose Open, since it is not from the App Store). {where}"
        )
    return (
        f"TrainerKit for Linux is in the App folder: run App/{GUI_EXE} (the command line is "
        f"App/{cli_exe('linux')}). {where}"
    )


def restore_modes(files: list[tuple[str, Path]], folder: Path) -> None:
    """After copying: make the files that can be run in the build runnable in ``folder`` too (the copy
    writes plain files). Best effort: a FAT or exFAT stick has no modes and runs everything."""
    for rel, src in files:
        try:
            executable = src.stat().st_mode & stat.S_IXUSR
        except OSError:
            continue
        if executable:
            _make_executable(folder / rel)


def is_app_data(rel: str) -> bool:
    """True for files under ``App/TrainerKit-data/``: the portable app's own data, not part of the package."""
    return rel.startswith(f"{APP_FOLDER}/{PORTABLE_DATA_DIR}/")
