"""The app speaks French, Spanish and Arabic: no English left on the main window and its main dialogs.

Each language is installed (``trainerkit.ui.i18n.install_language``, the app's own start-up path), the
main window is opened on a course, then the course picker, export, "Pack for venue", examples library,
accessibility panel and About box; every visible text (labels, buttons, actions, menus, group boxes, tab
texts, window titles, tooltips, accessible names, tree items) is checked for English words.

What may stay English is decided by where a text comes from, not by listing strings: the course's own
content (module and session titles, the course's short title, slide titles), names (the app's, the
course's, the country's, the languages' own names), and core messages the UI shows as they are (the
slide picture engine's label) are collected from their sources and removed before the check. "English
words" are the words of the catalogue's English source texts that the language's translations do not
use themselves (so "source" or "notes", which French shares, and "no", which Spanish shares, never count).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from trainerkit import APP_NAME, messages, thumbnails
from trainerkit.build import translations as build
from trainerkit.examples import THEMES
from trainerkit.examples.library import facet_values
from trainerkit.package.preflight import PreflightReport
from trainerkit.ui import i18n
from trainerkit.ui.export_dialog import ExportDialog
from trainerkit.ui.main_window import MainWindow
from trainerkit.ui.pack_dialog import PackDialog
from trainerkit.ui.profile_form import country_names

COURSE, COUNTRY = "Nairobi 2025", "Kenya"
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def words(text: str) -> set[str]:
    """The words of ``text`` (any script, three letters or more, & mnemonics removed), lower-cased."""
    return {w.lower() for w in re.findall(r"[^\W\d_](?:[^\W\d_]|['-]){2,}", text.replace("&", ""))}


def english_words(code: str) -> set[str]:
    """Words of the English source texts (the app's Qt catalogue and the core's gettext catalogue,
    ``trainerkit.messages``) that ``code``'s translations never use."""
    catalogue = build.messages(build.ts_path(code))
    core = messages.catalogue(code)
    sources = [s for (_c, s) in catalogue] + list(core)
    source = set().union(*(words(re.sub(r"<[^>]+>|\{[^}]*\}|`[^`]*`", " ", s)) for s in sources))
    # command names the translations quote as they are ("(translate export)") are not French words
    quoted = re.compile(r"`[^`]*`|\(translate \w+\)")
    translated = set().union(*(words(quoted.sub(" ", t or "")) for t in [*catalogue.values(), *core.values()]))
    return source - translated


def content_fragments(window: MainWindow) -> list[str]:
    """Texts that come from the course, from names or from core modules (English for now), longest first."""
    course = window.controller.course
    fragments = [APP_NAME, COURSE, COUNTRY, course.short_title, course.title, *i18n.LANGUAGES.values()]
    for module in course.modules:
        fragments += [module.title, module.aim.text]
        fragments += [a.title for a in module.announced_sessions] + [a.summary or "" for a in module.announced_sessions]
    for session in course.sessions:
        fragments.append(session.title)
        if window.controller.name:
            fragments += [row.title for row in window.controller.slides(session.number)]
    fragments += [name for name in window.controller.recent()]
    fragments += country_names()  # names (ISO 3166, English: pycountry)
    # the examples library's own vocabulary (core data, English for now): themes and the regions it uses
    fragments += [*THEMES.values(), *facet_values(window.controller.store, "region")]
    fragments += core_messages(window)
    return sorted({f for f in fragments if f}, key=len, reverse=True)


def core_messages(window: MainWindow, pack: PackDialog | None = None, export: ExportDialog | None = None) -> list[str]:
    """Messages made by core modules that the UI shows as they are (English until the core has gettext):
    the slide picture engine's label, the agenda's warnings, slot titles and durations, the preflight
    findings."""
    from trainerkit import arrange

    texts = [thumbnails.engine_label(engine) for engine in ("libreoffice", "builtin", "none", "")]
    if window.controller.name:
        texts += window.agenda.warning_texts()
        for day in window.agenda.days:
            for slot in day["slots"]:
                texts += [str(slot.get("title", "")), arrange.duration_text(int(slot.get("minutes", 0)))]
        texts += [arrange.duration_text(m) for m in range(0, 60 * 24, 5)]
        for kind in ("break", "lunch", "recap", "wrap-up", "evaluation"):
            texts.append(str(arrange.new_slot(window.controller.course, kind)["title"]))
    if pack is not None and pack.report is not None:
        texts += finding_content(window, pack.report)
    if export is not None and export.checks_report is not None:  # the same checks, run before exporting
        texts += finding_content(window, export.checks_report)
    return texts


def finding_content(window: MainWindow, report: PreflightReport) -> list[str]:
    """What the preflight findings quote from the course, not their own words (those go through the
    core's catalogue and are checked): commands, slide keys, titles and placeholder text, the guide's
    advice on adapting a slide, handout titles, ``{{tokens}}``."""
    from trainerkit.thumbnails import fill_tokens

    controller = window.controller
    values = controller.token_values()
    texts: list[str] = [h.title for h in controller.course.handouts]
    for session in controller.state().sessions:
        for row in controller.slides(session):
            texts += [row.key, row.title, fill_tokens(row.title, values), row.adapt, fill_tokens(row.adapt, values)]
    for finding in report.findings:
        for text in (finding.where, finding.message, finding.fix):
            texts += re.findall(r"`[^`]*`|\[[^\]]*\]|\{\{\w+\}\}|'\{\{\w+\}\}'", text)
    return texts


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every user-visible text under ``root``, Qt's own internal widgets left out."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.objectName().startswith("qt_"):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.isWindow():
            yield where + " title", widget.windowTitle()
        yield where + " tooltip", widget.toolTip()
        yield where + " accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        if isinstance(widget, QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QMenu):
            yield where, widget.title()
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield where + " placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where + f" item {i}", widget.itemText(i)
        if isinstance(widget, QTableWidget):
            for i in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(i)
                yield where + f" column {i}", header.text() if header is not None else ""
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where + f" tab {i}", widget.tabText(i)
        if isinstance(widget, QTreeWidget):
            stack: list[QTreeWidgetItem] = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                yield where + " item", item.text(0)
                yield where + " item tooltip", item.toolTip(0)
                stack += [item.child(i) for i in range(item.childCount())]
    for action in root.findChildren(QAction):
        if action.isSeparator() or action.objectName().startswith("qt_"):
            continue
        yield f"QAction {action.objectName()!r}", action.text()
        yield f"QAction {action.objectName()!r} tooltip", action.toolTip()
        yield f"QAction {action.objectName()!r} icon text", action.iconText()


def leftovers(root: QWidget, fragments: list[str], english: set[str]) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        plain = text or ""
        for fragment in fragments:  # as shown, then again once tags, {{tokens}} and mnemonics are gone
            plain = plain.replace(fragment, " ")
        plain = re.sub(r"<[^>]+>|&[a-z]+;|\{\{\w+\}\}", " ", plain).replace("&", "")
        for fragment in fragments:
            plain = plain.replace(fragment, " ")
        plain = re.sub(r"\b(Ctrl|Shift|Alt|Del|PgUp|PgDown)\b", " ", plain)
        bad = words(plain) & english
        if bad:
            found.append(f"{where}: {text!r} (English: {', '.join(sorted(bad))})")
    return found


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = request.param
    assert i18n.install_language(qapp, code), f"no catalogue for {code}"
    yield code
    i18n.install_language(qapp, "en")


def open_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course(COURSE, COUNTRY)
    return window


@pytest.mark.parametrize("language", ["fr", "es", "ar"], indirect=True)
def test_no_english_left_in_the_window_and_its_dialogs(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from trainerkit.ui.about import about_box
    from trainerkit.ui.course_picker import CoursePicker

    window = open_window(qtbot)
    english = english_words(language)
    fragments = content_fragments(window)
    problems = leftovers(window, fragments, english)
    window.tabs.setCurrentIndex(1)
    dialogs: list[QWidget] = [CoursePicker(window.controller, window)]
    export = window.export_dialog()
    pack = window.open_pack_dialog()
    dialogs += [d for d in (export, pack) if d is not None]
    dialogs.append(window.open_examples())
    dialogs.append(window.open_accessibility(check=False))
    dialogs.append(about_box(window))
    sessions = window.sessions_dialog()  # Agenda > Sessions to teach…
    assert sessions is not None
    dialogs.append(sessions)
    translate = window.open_translate_dialog()
    qtbot.waitUntil(lambda: translate.job is None or translate.job.done, timeout=60_000)
    dialogs.append(translate)
    for dialog in dialogs:
        if dialog is not pack and dialog is not export:  # checked below, once their preflight reports are in
            problems += leftovers(dialog, fragments, english)
    if export is not None:
        qtbot.waitUntil(lambda: export.check_job is None or export.check_job.done, timeout=60_000)
        assert export.checks_report is not None
    if pack is not None:
        qtbot.waitUntil(lambda: pack.job is None or pack.job.done, timeout=60_000)
    fragments = sorted(set(fragments) | set(core_messages(window, pack, export)), key=len, reverse=True)
    for dialog in (export, pack):
        if dialog is not None:
            problems += leftovers(dialog, fragments, english)
    assert not problems, f"{language}: English left:\n" + "\n".join(problems)
    expected = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == expected
    for dialog in dialogs:
        dialog.close()


def test_the_english_check_finds_english(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: the English window, judged as French, is full of English."""
    i18n.install_language(qapp, "en")
    window = open_window(qtbot)
    problems = leftovers(window, content_fragments(window), english_words("fr"))
    assert len(problems) > 20
    assert any("Export" in p for p in problems)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_catalogues_are_up_to_date_and_compiled(tmp_path: Path) -> None:
    """Every UI string is in each .ts with a finished translation (lupdate finds nothing new), placeholders
    survive translation, and the compiled .qm the app loads are those lrelease makes of the .ts now."""
    for status in build.check_sources():
        assert status.ok, (status.language, status.new[:5], status.vanished[:5], status.unfinished[:5])
    for code in build.LANGUAGES:
        for (_context, source), text in build.messages(build.ts_path(code)).items():
            assert text is not None
            placeholders = set(re.findall(r"(?<!\{)\{\w*\}(?!\})", source))
            assert set(re.findall(r"(?<!\{)\{\w*\}(?!\})", text)) <= placeholders, (code, source, text)
            assert text.replace("&nbsp;", "").count("&") <= 1, (code, text)
    fresh = build.compile_catalogues(tmp_path)
    for path in fresh:
        installed = i18n.catalogue_dir(path.stem.rsplit("_", 1)[1])
        assert installed is not None
        assert (installed / path.name).read_bytes() == path.read_bytes(), f"{path.name} is stale: run dev.py"


def test_language_comes_from_the_flag_the_environment_the_menu_then_the_system(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert i18n.choose_language(["--lang", "ar"], {"TRAINERKIT_LANG": "fr"}) == "ar"
    assert i18n.choose_language(["--lang=es_ES"], {}) == "es"
    assert i18n.choose_language([], {"TRAINERKIT_LANG": "fr_FR.UTF-8"}) == "fr"
    i18n.save_language("es")
    assert i18n.choose_language([], {}) == "es"
    assert i18n.choose_language(["--lang", "xx"], {}) == "es"  # unknown: warned and ignored
    i18n.setting_path().unlink()
    monkeypatch.setattr(i18n.QLocale, "system", lambda: i18n.QLocale("fr_FR"))
    assert i18n.choose_language([], {}) == "fr"
    monkeypatch.setattr(i18n.QLocale, "system", lambda: i18n.QLocale("de_DE"))
    assert i18n.choose_language([], {}) == "en"


def test_the_language_menu_saves_the_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    names = [a.text() for a in window.language_menu.actions()]
    assert names == list(i18n.LANGUAGES.values())
    window.language_menu.actions()[3].trigger()
    assert i18n.saved_language() == "ar"
    assert "العربية" in window.statusBar().currentMessage()


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_screenshots_of_the_translated_window(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    """docs/screenshots/main-window-<lang>.png for the README (written only when TRAINERKIT_SHOTS=1)."""
    import os

    window = open_window(qtbot)
    window.resize(1280, 800)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.sorter.view.model().rowCount() > 0, timeout=30_000)
    qtbot.wait(200)
    picture = window.grab()
    assert not picture.isNull() and picture.width() >= 1000
    if os.environ.get("TRAINERKIT_SHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        picture.save(str(SHOTS / f"main-window-{language}.png"))


def test_a_checkout_without_compiled_catalogues_compiles_them_into_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication
) -> None:
    """The fallback for a checkout that skipped the build: the .qm is made in the data folder's cache."""
    monkeypatch.setattr(i18n, "package_qm_dir", lambda: tmp_path / "none")
    folder = i18n.catalogue_dir("es")
    assert folder is not None and folder != tmp_path / "none"
    assert (folder / "trainerkit_es.qm").stat().st_size > 10_000
    try:
        assert i18n.install_language(qapp, "es")
        assert i18n.tr("main_window", "&File") == "&Archivo"
    finally:
        i18n.install_language(qapp, "en")
    assert i18n.tr("main_window", "&File") == "&File"
