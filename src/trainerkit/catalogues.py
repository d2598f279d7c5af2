"""The app's Qt Linguist catalogues: where the ``.ts`` sources are (``resources/i18n``) and how they are
compiled into ``.qm`` files with PySide6's ``lrelease``. Used by the build (``python -m trainerkit.build
translations``) and, at run time, by the app when a catalogue is missing or older than its source.
Imports no Qt module (``lrelease`` is a program). Errors: ``TrainerKitError`` when lrelease is missing,
``subprocess.CalledProcessError`` when it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

#: translated languages (English is the source language)
LANGUAGES = ("fr", "es", "ar")
CATALOGUE = "trainerkit"
UI_DIR = Path(__file__).resolve().parent / "ui"


def ts_dir() -> Path:
    from trainerkit.paths import resources_dir

    return resources_dir() / "i18n"


def qm_dir() -> Path:
    return UI_DIR / "translations"


def ts_path(code: str) -> Path:
    return ts_dir() / f"{CATALOGUE}_{code}.ts"


def tool(name: str) -> list[str] | None:
    """PySide6's ``pyside6-<name>`` (``lupdate``, ``lrelease``): the wrapper beside this Python, on PATH, or
    the binary inside the PySide6 package; None when PySide6 does not ship it."""
    here = str(Path(sys.executable).parent)
    found = shutil.which(f"pyside6-{name}", path=here + os.pathsep + os.environ.get("PATH", ""))
    if found:
        return [found]
    try:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
    except ImportError:  # pragma: no cover
        spec = None
    if spec is not None and spec.origin:
        for candidate in (name, f"{name}.exe"):
            path = Path(spec.origin).parent / candidate
            if path.is_file():
                return [str(path)]
    return None


def need(name: str) -> list[str]:
    command = tool(name)
    if command is None:
        from trainerkit.errors import TrainerKitError

        raise TrainerKitError(f"pyside6-{name} is not installed: install PySide6-Essentials (pip install -e .)")
    return command


def compile_catalogues(out_dir: Path | None = None, languages: tuple[str, ...] | list[str] = LANGUAGES) -> list[Path]:
    """Compile each ``trainerkit_<lang>.ts`` into ``out_dir`` (default :func:`qm_dir`) with lrelease.

    Returns the ``.qm`` paths written. Raises ``TrainerKitError`` when lrelease is missing and
    ``subprocess.CalledProcessError`` when it fails on a file.
    """
    lrelease = need("lrelease")
    out_dir = out_dir or qm_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for code in languages:
        target = out_dir / f"{CATALOGUE}_{code}.qm"
        subprocess.run([*lrelease, "-silent", str(ts_path(code)), "-qm", str(target)], check=True, capture_output=True)
        written.append(target)
    return written
