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
     "runtime": {"hashes": "ok", "dates_and_names": "ok", ...},
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


def _expect(condition: object, what: str) -> None:
    if not condition:
        raise RuntimeError(what)  # not assert: the check must also hold under python -O


def _probe_hashes() -> None:
    import hashlib

    # the hashes the app uses (bundle, package and cache checksums, slide keys); the build leaves out
    # OpenSSL (installer/qt_prune.py OPTIONAL_MODULES), so these are hashlib's built-in ones there
    _expect(hashlib.sha256(b"abc").hexdigest().startswith("ba7816bf8f01cfea"), "sha256")
    _expect(hashlib.sha1(b"abc").hexdigest() == "a9993e364706816aba3e25717850c26c9cd0d89d", "sha1")


def _probe_dates_and_names() -> None:
    from datetime import date

    from trainerkit.messages import (
        LANGUAGES,
        babel_locale,
        format_date_range,
        format_day,
        format_number,
        language_display,
    )

    for lang in ("en", *LANGUAGES):  # CLDR data the build keeps (installer/qt_prune.py KEPT_BABEL_LANGUAGES)
        _expect(babel_locale(lang) == lang, f"CLDR data for {lang}")
        _expect(format_day(date(2027, 3, 4), lang) and format_number(1234.5, lang), lang)
        _expect(format_date_range(date(2026, 6, 14), date(2026, 6, 16), lang), lang)
        _expect(language_display("de", lang) != "de", f"language names in {lang}")
    _expect(format_day(date(2027, 3, 4), "de") == "Thursday 4 March 2027", "other languages fall back to English")


def _probe_countries() -> None:
    from trainerkit.countries import is_country_code
    from trainerkit.translate.language import language_name

    _expect(is_country_code("FR") and language_name("fr") == "French", "pycountry ISO 3166-1 and 639-3")


def _probe_fonts_and_pictures() -> None:
    import io

    from PIL import Image

    from trainerkit.export.glyphs import covered

    _expect(ord("A") in covered(), "fontTools reads the bundled fonts' character maps")
    for kind in ("PNG", "JPEG", "GIF"):
        out = io.BytesIO()
        Image.new("RGB", (4, 4), "red").save(out, kind)
        out.seek(0)
        _expect(Image.open(out).size == (4, 4), kind)


def _probe_translation_files() -> None:
    from trainerkit.translate.formats import _read_po, _read_xliff, write_po, write_xliff
    from trainerkit.translate.units import Unit

    units = [Unit("s1.title", "Human rights", "slide", "Slide 1 title", 1)]
    for write, read, name in ((write_po, _read_po, "probe.po"), (write_xliff, _read_xliff, "probe.xlf")):
        back = read(write(units, "Probe", "fr", {"s1.title": "Droits humains"}), Path(name))
        _expect(back.course == "Probe" and back.units[0].target == "Droits humains", name)


#: Work the app does with data files and compiled parts the build prunes around (installer/qt_prune.py):
#: each runs in the self-check, so a frozen build that pruned too much fails it.
RUNTIME_PROBES = {
    "hashes": _probe_hashes,
    "dates_and_names": _probe_dates_and_names,
    "countries": _probe_countries,
    "fonts_and_pictures": _probe_fonts_and_pictures,
    "translation_files": _probe_translation_files,  # translate-toolkit's PO and XLIFF 2.0 (bundled in part)
}


def run_runtime_probes() -> dict[str, str]:
    """``{probe: "ok" | "<error>"}`` for :data:`RUNTIME_PROBES`."""
    results: dict[str, str] = {}
    for name, probe in RUNTIME_PROBES.items():
        try:
            probe()
            results[name] = "ok"
        except Exception as exc:
            results[name] = f"{type(exc).__name__}: {exc}"
    return results


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
    runtime = run_runtime_probes()
    folders, files = _qt_plugins()
    pyside = sorted(n for n in sys.modules if n == "PySide6" or n.startswith("PySide6."))
    return {
        "ok": not failed and all(v == "ok" for v in (*extras.values(), *runtime.values())),
        "imported": len(recorder.imported),
        "failed": failed,
        "extras": extras,
        "runtime": runtime,
        "pyside6_modules": pyside,
        "qt_plugins": folders,
        "qt_plugin_files": files,
    }


def main() -> int:
    report = run_self_check()
    print(json.dumps(report, indent=1))
    return 0 if report["ok"] else 1
