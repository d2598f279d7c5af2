"""Self-check of a build: can every part of TrainerKit be imported here?

The frozen app runs it with ``TrainerKit --self-check`` (or ``trainerkit --self-check``): it imports every
``trainerkit`` module by a plain ``import`` statement (the list in ``trainerkit.selfcheck_modules``; a
module the build was made from, ``build_info.json``'s ``modules``, that the list lacks is reported as
failed), the optional binary packages bundled with it (``extras``: Typst, superqt, ... when they were
installed at build time, each by its own ``import`` statement), and reports which PySide6 modules ended up loaded
and which Qt plugin folders the build carries. The build test compares that list with the deny-list in
``installer/qt_prune.py``, so a pruned module that the app needs is caught.

Result (``run_self_check()``, also printed as JSON)::

    {"ok": true, "imported": 123, "failed": {"module": "ImportError: ..."}, "extras": {"typst": "ok"},
     "pyside6_modules": ["PySide6.QtCore", ...], "qt_plugins": ["iconengines", "platforms", ...],
     "qt_plugin_files": ["platforms/libqoffscreen.so", ...]}

Nothing imports this module but ``trainerkit.__main__`` (for ``--self-check``), so the Qt-free core never
depends on Qt through it.
"""

from __future__ import annotations

import importlib.util
import json
import pkgutil
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _typst() -> None:
    import typst  # noqa: F401


def _superqt() -> None:
    import superqt  # noqa: F401


def _uharfbuzz() -> None:
    import uharfbuzz  # noqa: F401


def _markdown_it() -> None:
    import markdown_it  # noqa: F401


def _pydantic() -> None:
    import pydantic  # noqa: F401


def _babel() -> None:
    import babel  # noqa: F401


#: Optional packages with compiled parts that other work adds (the spec bundles them when installed),
#: each with the function that imports it.
_EXTRAS: dict[str, Callable[[], None]] = {
    "typst": _typst,
    "superqt": _superqt,
    "uharfbuzz": _uharfbuzz,
    "markdown_it": _markdown_it,
    "pydantic": _pydantic,
    "babel": _babel,
}
OPTIONAL_EXTRAS = tuple(_EXTRAS)
#: Modules that run a program when imported: never imported by the check.
_SKIP_SUFFIXES = (".__main__",)
#: The check itself: running, so not in its own list.
SELF = ("trainerkit.selfcheck", "trainerkit.selfcheck_modules")


def source_modules() -> list[str]:
    """Every module of the ``trainerkit`` package found on disk (or in the frozen archive)."""
    import trainerkit

    names = ["trainerkit"]
    for info in pkgutil.walk_packages(trainerkit.__path__, prefix="trainerkit."):
        names.append(info.name)
    return sorted(n for n in names if not n.endswith(_SKIP_SUFFIXES))


def expected_modules() -> list[str]:
    from trainerkit.version import build_info

    listed = build_info().get("modules")
    if isinstance(listed, list) and listed:
        return sorted(str(n) for n in listed if not str(n).endswith(_SKIP_SUFFIXES))
    return source_modules()


def expected_extras() -> list[str]:
    from trainerkit.version import build_info, is_frozen

    listed = build_info().get("extras")
    if isinstance(listed, list):
        return [str(n) for n in listed]
    if is_frozen():
        return []
    return [n for n in OPTIONAL_EXTRAS if importlib.util.find_spec(n) is not None]


def _qt_plugins() -> tuple[list[str], list[str]]:
    try:
        from PySide6.QtCore import QLibraryInfo
    except ImportError:
        return [], []
    root = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if not root.is_dir():
        return [], []
    folders = sorted(p.name for p in root.iterdir() if p.is_dir())
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    return folders, files


class _Recorder:
    """``check(name)`` for ``selfcheck_modules``: records each module that imported and why others failed."""

    def __init__(self) -> None:
        self.imported: list[str] = []
        self.failed: dict[str, str] = {}

    @contextmanager
    def check(self, name: str) -> Iterator[None]:
        try:
            yield
        except Exception as exc:  # report every broken module, not just the first
            self.failed[name] = f"{type(exc).__name__}: {exc}"
            if "--verbose" in sys.argv:
                traceback.print_exc()
        else:
            self.imported.append(name)


def run_self_check() -> dict[str, Any]:
    """Import everything; ``ok`` is False when any module or bundled extra fails to import."""
    from trainerkit.selfcheck_modules import import_every_module

    recorder = _Recorder()
    import_every_module(recorder.check)
    failed = recorder.failed
    for name in expected_modules():
        if name not in recorder.imported and name not in failed and name not in SELF:
            failed[name] = "not imported: add it to trainerkit/selfcheck_modules.py"
    extras: dict[str, str] = {}
    for name in expected_extras():
        load = _EXTRAS.get(name)
        if load is None:
            extras[name] = "unknown extra: add it to trainerkit.selfcheck._EXTRAS"
            continue
        try:
            load()
            extras[name] = "ok"
        except Exception as exc:
            extras[name] = f"{type(exc).__name__}: {exc}"
    folders, files = _qt_plugins()
    pyside = sorted(n for n in sys.modules if n == "PySide6" or n.startswith("PySide6."))
    return {
        "ok": not failed and all(v == "ok" for v in extras.values()),
        "imported": len(recorder.imported),
        "failed": failed,
        "extras": extras,
        "pyside6_modules": pyside,
        "qt_plugins": folders,
        "qt_plugin_files": files,
    }


def main() -> int:
    report = run_self_check()
    print(json.dumps(report, indent=1))
    return 0 if report["ok"] else 1
