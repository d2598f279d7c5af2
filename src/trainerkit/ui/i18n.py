"""The app's languages: Qt's own translation machinery (``QTranslator`` and ``.qm`` catalogues).

Every user-visible string of the UI goes through :func:`tr` (an alias of ``QCoreApplication.translate``
that ``pyside6-lupdate`` is told to recognise), with the UI module's name as the context. The sources of
the translations are Qt Linguist files, ``resources/i18n/trainerkit_<lang>.ts``; ``python -m
trainerkit.build translations`` refreshes them from the code (``pyside6-lupdate``) and compiles them
(``pyside6-lrelease``) into ``trainerkit/ui/translations/trainerkit_<lang>.qm``, which the app loads.
A checkout whose ``.qm`` are missing or older than their ``.ts`` gets them compiled into the data
folder's cache at start (see :func:`catalogue_dir`).

The language, first found wins: ``--lang CODE`` on the command line, ``TRAINERKIT_LANG``, the choice made
in the app's Language menu (the ``ui-language`` file in the data folder; applied on restart), the
system's language (``QLocale.system()``); English when none of these is one of :data:`LANGUAGES`.
Arabic lays the window out right to left.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from trainerkit.errors import TrainerKitError

log = logging.getLogger(__name__)

#: language code -> the language's own name (shown in the Language menu). English is the source language.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = {"ar"}
ENV_VAR = "TRAINERKIT_LANG"
SETTING_FILE = "ui-language"
CATALOGUE = "trainerkit"

_installed: list[QTranslator] = []


def tr(context: str, text: str) -> str:
    """``text`` in the app's language (``QCoreApplication.translate``); ``text`` itself when untranslated.

    ``context`` is the UI module's name (``"main_window"``); ``text`` must be a literal so that
    ``pyside6-lupdate -tr-function-alias translate+=tr`` collects it. Placeholders are ``str.format``'s
    (``tr("sorter", "{count} slides").format(count=n)``), so translators can move them.
    """
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` (collected under ``context``) where it is defined, e.g. in a
    module-level table; translate it where it is shown with ``tr(context, value)``. Returns ``text``.
    (PySide6's own is typed to return ``object``.)"""
    return text


def ts_dir() -> Path:
    """The Qt Linguist sources, ``resources/i18n`` (read-only resources)."""
    from trainerkit.catalogues import ts_dir as build_ts_dir

    return build_ts_dir()


def package_qm_dir() -> Path:
    """Where the build writes the compiled catalogues: ``trainerkit/ui/translations``."""
    return Path(__file__).resolve().parent / "translations"


def normalise(code: str | None) -> str | None:
    """``"fr_FR.UTF-8"``, ``"fr-CA"``, ``"FR"`` -> ``"fr"``; None when not one of :data:`LANGUAGES`."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def setting_path() -> Path:
    from trainerkit.paths import data_dir

    return data_dir() / SETTING_FILE


def saved_language() -> str | None:
    """The language chosen in the app's Language menu, None when none was (or it cannot be read)."""
    from trainerkit.errors import TrainerKitError

    try:
        return normalise(setting_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, TrainerKitError):  # an unusable data folder is said by the window, not here
        return None


def save_language(code: str) -> None:
    """Remember ``code`` (one of :data:`LANGUAGES`) in the data folder; the app uses it from its next start."""
    from trainerkit.fileio import atomic_write

    if normalise(code) != code:
        raise ValueError(f"unknown language {code!r}")
    with atomic_write(setting_path()) as tmp:
        tmp.write_text(code + "\n", encoding="utf-8")


def language_from_args(argv: list[str]) -> str | None:
    """The value of ``--lang CODE`` or ``--lang=CODE`` (as given), None without one."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def choose_language(argv: list[str] | None = None, environ: dict[str, str] | None = None) -> str:
    """The UI language code: ``--lang``, ``TRAINERKIT_LANG``, the saved choice, the system's, else ``"en"``."""
    argv = sys.argv[1:] if argv is None else argv
    environ = dict(os.environ) if environ is None else environ
    for candidate in (language_from_args(argv), environ.get(ENV_VAR)):
        if candidate:
            code = normalise(candidate)
            if code is None:
                log.warning("unknown language %r: known are %s", candidate, ", ".join(LANGUAGES))
            else:
                return code
    saved = saved_language()
    if saved:
        return saved
    for name in QLocale.system().uiLanguages():
        code = normalise(name)
        if code:
            return code
    return "en"


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def catalogue_dir(code: str) -> Path | None:
    """The folder holding an up-to-date ``trainerkit_<code>.qm``: the package's (built by ``python -m
    trainerkit.build translations``), else the data folder's cache, compiled there now from the ``.ts``
    as a fallback for a checkout that skipped the build. None when there is no catalogue at all."""
    name = f"{CATALOGUE}_{code}"
    ts = ts_dir() / f"{name}.ts"
    if _fresh(package_qm_dir() / f"{name}.qm", ts):
        return package_qm_dir()
    if not ts.is_file():
        return package_qm_dir() if (package_qm_dir() / f"{name}.qm").is_file() else None
    try:
        from trainerkit.paths import cache_dir

        cache = cache_dir("translations")
        if not _fresh(cache / f"{name}.qm", ts):
            from trainerkit.catalogues import compile_catalogues

            compile_catalogues(cache, [code])
            log.info("compiled %s.ts into %s", name, cache)
        return cache
    except (OSError, subprocess.CalledProcessError, TrainerKitError) as exc:
        log.warning("cannot compile the %s translation: %s", code, exc)
        stale = package_qm_dir() / f"{name}.qm"
        return package_qm_dir() if stale.is_file() else None


def install_language(app: QCoreApplication, code: str) -> bool:
    """Load ``code``'s catalogues (TrainerKit's and Qt's own, for the standard buttons and dialogs) into
    ``app``, replacing any loaded before, and set the layout direction. False when TrainerKit's catalogue
    for ``code`` cannot be loaded (the UI then stays in English). ``"en"`` only removes translations."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        ours = QTranslator(app)
        folder = catalogue_dir(code)
        if folder is not None and ours.load(f"{CATALOGUE}_{code}", str(folder)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no TrainerKit translation for %s: the app stays in English", code)
            install_language(app, "en")
            return False
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(code) if code != "en" else QLocale.system())  # numbers, dates
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        )
    app.setProperty("trainerkit_language", code)
    from trainerkit.messages import set_language

    set_language(code)  # the core's messages (preflight, export report, undo labels) follow the app
    return True


def current_language() -> str:
    """The code installed by :func:`install_language` (``"en"`` before)."""
    app = QCoreApplication.instance()
    value = app.property("trainerkit_language") if app is not None else None
    return str(value) if value else "en"
