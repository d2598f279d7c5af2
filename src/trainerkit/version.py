"""What this copy of TrainerKit is: version, build date, how it runs, and where its data lives.

``trainerkit --version`` and the app's About box show ``version_text()``. A frozen build (PyInstaller,
see ``installer/trainerkit.spec``) carries ``trainerkit/build_info.json``, written by the spec at build
time::

    {"version": "0.1.0", "build_date": "2026-11-30T01:02:03Z", "os": "linux", "arch": "x86_64",
     "python": "3.11.2", "qt": "6.12.0", "modules": ["trainerkit", ...], "extras": ["typst", ...]}

``modules`` lists every ``trainerkit`` module found in the source tree when it was built, and ``extras``
the optional binary packages that were installed and bundled; ``trainerkit.selfcheck`` imports them all
to prove the build is complete. A source checkout has no such file: its build date is shown as
"not built (running from source)".

Also the names of the frozen executables, shared by the spec, the portable copy on a stick and the docs.
This module must never import Qt.
"""

from __future__ import annotations

import json
import platform
import sys
from functools import cache
from pathlib import Path
from typing import Any

from trainerkit import APP_NAME, __version__

BUILD_INFO_NAME = "build_info.json"
#: The desktop app's executable (``TrainerKit.exe`` on Windows, inside ``TrainerKit.app`` on macOS).
GUI_EXE = "TrainerKit"


def os_name(system: str | None = None) -> str:
    """``linux``, ``windows`` or ``macos`` (else the lower-case ``platform.system()``)."""
    system = (system or platform.system()).lower()
    return {"darwin": "macos", "win32": "windows"}.get(system, system)


def arch_name(machine: str | None = None) -> str:
    """``x86_64`` or ``arm64`` (else the lower-case machine name)."""
    machine = (machine or platform.machine()).lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def cli_exe(system: str | None = None) -> str:
    """The command line's executable name, without ``.exe``.

    ``trainerkit`` on Linux; ``trainerkit-cli`` on Windows and macOS, whose file systems ignore case
    and would take ``trainerkit`` and ``TrainerKit`` for the same file.
    """
    return "trainerkit" if os_name(system) == "linux" else "trainerkit-cli"


def archive_name(version: str = __version__, system: str | None = None, machine: str | None = None) -> str:
    """``TrainerKit-<version>-<os>-<arch>.tar.gz`` (``.zip`` on Windows)."""
    osn = os_name(system)
    suffix = ".zip" if osn == "windows" else ".tar.gz"
    return f"{APP_NAME}-{version}-{osn}-{arch_name(machine)}{suffix}"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@cache
def build_info() -> dict[str, Any]:
    """The frozen build's ``build_info.json``, or ``{}`` when running from source (or it is unreadable)."""
    path = Path(__file__).resolve().parent / BUILD_INFO_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def version_info() -> dict[str, Any]:
    """Version, build date, how it runs (frozen build or source), and where the data folder is."""
    from trainerkit.paths import data_location

    info = build_info()
    location = data_location()
    return {
        "app": APP_NAME,
        "version": __version__,
        "build_date": info.get("build_date") or "not built (running from source)",
        "frozen": is_frozen(),
        "os": os_name(),
        "arch": arch_name(),
        "python": platform.python_version(),
        "data_dir": str(location.path),
        "data_mode": location.mode,
    }


_MODES = {
    "env": "set by TRAINERKIT_HOME",
    "portable": "portable: beside the app",
    "user": "this computer's user data folder",
}


def version_text() -> str:
    """Three lines for ``trainerkit --version`` and the About box."""
    info = version_info()
    how = "build" if info["frozen"] else "source"
    return (
        f"{APP_NAME} {info['version']} ({how}, {info['os']} {info['arch']}, Python {info['python']})\n"
        f"Built: {info['build_date']}\n"
        f"Data folder: {info['data_dir']} ({_MODES.get(info['data_mode'], info['data_mode'])})"
    )
