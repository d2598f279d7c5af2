"""Build the app's translations with Qt's own tools (``python -m trainerkit.build translations``).

Sources: ``resources/i18n/trainerkit_<lang>.ts`` (Qt Linguist files, in the repository; edit them with
``pyside6-linguist`` or any text editor). Compiled: ``src/trainerkit/ui/translations/trainerkit_<lang>.qm``
(not in the repository; ``dev.py`` builds them on install, the PyInstaller spec bundles them, and the app
compiles missing or stale ones into the data folder's cache as a fallback, see ``trainerkit.ui.i18n``).

- :func:`compile_catalogues` runs ``pyside6-lrelease`` (``.ts`` -> ``.qm``);
- :func:`update_sources` runs ``pyside6-lupdate`` over ``src/trainerkit/ui/*.py`` (strings marked with
  ``tr("context", "text")`` or ``QT_TRANSLATE_NOOP``), adding new strings as unfinished and dropping
  vanished ones;
- :func:`check_sources` does the same into a temporary copy and reports what is out of date.

Both tools ship with PySide6-Essentials. Never imports Qt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from trainerkit.catalogues import (  # the run-time half: the app compiles a missing catalogue itself
    CATALOGUE as CATALOGUE,
)
from trainerkit.catalogues import LANGUAGES as LANGUAGES
from trainerkit.catalogues import UI_DIR as UI_DIR
from trainerkit.catalogues import compile_catalogues as compile_catalogues
from trainerkit.catalogues import need
from trainerkit.catalogues import qm_dir as qm_dir
from trainerkit.catalogues import tool as tool
from trainerkit.catalogues import ts_dir as ts_dir
from trainerkit.catalogues import ts_path as ts_path

LUPDATE_OPTIONS = ["-tr-function-alias", "translate+=tr", "-locations", "none", "-no-obsolete", "-silent"]


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.glob("*.py") if p.name != "__init__.py")


def update_sources(ts_files: list[Path] | None = None) -> None:
    """Run lupdate over the UI modules into ``ts_files`` (default the repository's ``.ts``)."""
    lupdate = need("lupdate")
    files = ts_files or [ts_path(code) for code in LANGUAGES]
    subprocess.run(
        [*lupdate, *LUPDATE_OPTIONS, *map(str, ui_sources()), "-ts", *map(str, files)], check=True, capture_output=True
    )


@dataclass
class TsStatus:
    """One ``.ts`` file against the code: strings in the code it lacks, strings it has that the code no longer
    uses, and strings without a finished translation."""

    language: str
    new: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.new or self.vanished or self.unfinished)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None for an unfinished one."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            text = (translation.text or "") if translation is not None else ""
            out[(name, message.findtext("source") or "")] = text if done and text else None
    return out


def check_sources(languages: tuple[str, ...] | list[str] = LANGUAGES) -> list[TsStatus]:
    """Compare each ``.ts`` with what lupdate collects from the code now (in a temporary copy)."""
    statuses = []
    with tempfile.TemporaryDirectory(prefix="trainerkit-ts-") as tmp:
        for code in languages:
            copy = Path(tmp) / ts_path(code).name
            shutil.copyfile(ts_path(code), copy)
            update_sources([copy])
            before, after = messages(ts_path(code)), messages(copy)
            status = TsStatus(code)
            status.new = [f"{c}: {s}" for (c, s) in after if (c, s) not in before]
            status.vanished = [f"{c}: {s}" for (c, s) in before if (c, s) not in after]
            status.unfinished = [f"{c}: {s}" for (c, s), t in before.items() if t is None and (c, s) in after]
            statuses.append(status)
    return statuses


def main(update: bool = False, check: bool = False) -> int:
    if check:
        bad = 0
        for status in check_sources():
            for kind in ("new", "vanished", "unfinished"):
                for line in getattr(status, kind):
                    print(f"{status.language}: {kind}: {line}", file=sys.stderr)
            bad += not status.ok
            print(f"{ts_path(status.language).name}: {'up to date' if status.ok else 'OUT OF DATE'}")
        return 1 if bad else 0
    if update:
        update_sources()
        for code in LANGUAGES:
            print(f"updated {ts_path(code)}")
    for path in compile_catalogues():
        print(f"wrote {path}")
    return 0
