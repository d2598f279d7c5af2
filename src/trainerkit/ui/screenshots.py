"""Grab the app's main screens offscreen into PNG files, for the README and for review.

``python -m trainerkit.ui.screenshots [OUT_DIR]`` (default ``docs/screenshots``) runs the real window on
Qt's offscreen platform with a throw-away data folder (never the user's), creates a course for Kenya,
makes a few changes, waits for the slide pictures, and saves: the course picker, the session overview,
the slide sorter, the slide preview, the country profile, the agenda builder, the export dialog in
progress and done, the slide editor (``--only-editor`` grabs just that one), the examples library,
the "Pack for venue" dialog (its preflight report, then done) and the "Verify a package" result.
``--adapt`` grabs only the adaptation screens (``grab_adapt``): the gaps panel, the country facts view,
the agenda's plan fitting and the export dialog's checks, for a course in Jordan.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _wait(app: object, until: Callable[[], bool], timeout: float = 180.0) -> bool:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return False


def grab_first_launch(app: object, window: object, save: Callable[[Any, str], None]) -> None:
    """The first screen (the welcome panel, a country chosen) and the bundled course browsed read-only."""
    from trainerkit.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.welcome.country.setCurrentText("Jordan")
    save(window, "welcome")
    window.browse_bundled(3)
    _wait(app, window.bundled.pictures_complete, 120)
    save(window, "bundled-browser")
    window.select_session(1)


def grab_all(out_dir: Path) -> list[Path]:
    """Save the screenshots in ``out_dir``; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TRAINERKIT_HOME", tempfile.mkdtemp(prefix="trainerkit-shots-"))
    from PySide6.QtWidgets import QWidget

    from trainerkit.ui.app import create_app
    from trainerkit.ui.course_picker import CoursePicker
    from trainerkit.ui.main_window import TAB_AGENDA, TAB_OVERVIEW, TAB_PROFILE, TAB_SLIDES, MainWindow
    from trainerkit.ui.pack_dialog import ROLE_FINDING

    app = create_app([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    grab_first_launch(app, window, save)
    window.create_course("Nairobi, May 2025", "Kenya")
    window.controller.create("Geneva workshop", "Switzerland")
    window.open_course("Nairobi, May 2025")
    picker = CoursePicker(window.controller, window)
    picker.resize(560, 420)
    picker.show()
    save(picker, "course-picker")
    picker.close()

    window.select_session(2)
    window.tabs.setCurrentIndex(TAB_OVERVIEW)
    save(window, "overview")

    profile = window.profile
    for key, value in (
        ("region", "East Africa"),
        ("organisation", "KNCHR"),
        ("venue", "Nairobi"),
        ("dates", "12-14 May 2025"),
        ("facilitators", "A. Wanjiru, P. Otieno"),
        ("participants", "24"),
        ("language", "English"),
    ):
        profile.set_value(key, value)
    profile.set_value("national_institution", "Kenya National Commission on Human Rights")

    window.tabs.setCurrentIndex(TAB_SLIDES)
    sorter = window.sorter
    keys = sorter.model.keys()
    sorter.toggle_hidden_key(keys[4])
    sorter.toggle_hidden_key(keys[8])
    adapt = next(r for r in sorter.model.rows() if r.adapt and r.tokens)
    sorter.select_keys([adapt.key], adapt.key)
    _wait(app, sorter.pictures_complete)
    sorter._update_preview()
    save(window, "slide-sorter")
    save(sorter.preview, "slide-preview")
    edit_a_slide(app, window, save)

    window.tabs.setCurrentIndex(TAB_PROFILE)
    save(window, "country-profile")

    window.tabs.setCurrentIndex(TAB_AGENDA)
    agenda = window.agenda
    agenda.set_minutes(0, 2, 145)  # give session 2 the time the guide plans
    agenda.lists[0].setCurrentRow(2)
    save(window, "agenda")

    window.tabs.setCurrentIndex(TAB_SLIDES)
    dialog = window.export_dialog()
    assert dialog is not None
    dialog.folder.setText(str(Path(tempfile.mkdtemp(prefix="trainerkit-export-")) / "Nairobi"))
    dialog.combined.setChecked(True)
    grabbed: list[bool] = []

    def on_progress(done: int, total: int, _label: str) -> None:
        if not grabbed and done >= 3:
            grabbed.append(True)
            dialog._progress(done, total, _label)
            save(dialog, "export-progress")

    job = dialog.start()
    job.progress.connect(on_progress)
    _wait(app, lambda: job.done)
    save(dialog, "export-done")
    dialog.close()

    window.select_session(2)
    sorter.select_keys([sorter.model.keys()[4]], sorter.model.keys()[4])
    library = window.open_examples()
    library.resize(1100, 700)
    library.search.setText("domestic workers")
    library.refresh()
    save(library, "examples")
    library.close()

    pack = window.open_pack_dialog()
    assert pack is not None
    pack.resize(900, 760)
    _wait(app, lambda: pack.job is not None and pack.job.done)
    stick = Path(tempfile.mkdtemp(prefix="trainerkit-stick-"))
    pack.choose_folder(stick)
    warnings = [i for i in pack.finding_items() if i.data(0, ROLE_FINDING).level == "warning"]
    if warnings:
        pack.tree.setCurrentItem(warnings[0])
    save(pack, "pack-preflight")
    pack_job = pack.start()
    assert pack_job is not None
    _wait(app, lambda: pack_job.done, timeout=900)
    pack.tree.scrollToTop()
    save(pack, "pack-done")
    verify = window.verify_package(stick)
    assert verify is not None
    _wait(app, lambda: verify.job is not None and verify.job.done)
    save(verify, "verify")
    verify.close()
    pack.close()
    window.close()
    from trainerkit.ui.worker import shutdown_jobs

    shutdown_jobs()
    return written + grab_adapt(out_dir)


def grab_adapt(out_dir: Path) -> list[Path]:
    """The adaptation screens of a course in Jordan: ``gaps``, ``country-facts``, ``agenda-fit`` and
    ``export-checks`` in ``out_dir``; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TRAINERKIT_HOME", tempfile.mkdtemp(prefix="trainerkit-shots-"))
    from PySide6.QtWidgets import QApplication, QWidget

    from trainerkit.ui.app import create_app
    from trainerkit.ui.main_window import TAB_AGENDA, TAB_SLIDES, MainWindow
    from trainerkit.ui.worker import shutdown_jobs

    app = QApplication.instance() or create_app([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        _wait(app, lambda: False, timeout=0.3)  # let queued layouts and shows happen
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    window.create_course("Amman, March 2027", "Jordan", dates="3-5 March 2027", organisation="OHCHR Middle East")
    window.select_session(1)
    window.tabs.setCurrentIndex(TAB_SLIDES)
    gaps = window.open_gaps()
    _wait(app, lambda: gaps.report is not None and gaps.job is not None and gaps.job.done)
    welcome = gaps.gap_rows("placeholder", "s1-welcome")
    if welcome and welcome[0].field is not None:
        welcome[0].field.setText("Jordan hosts over a million migrant workers")
        gaps.fill(welcome[0])
        _wait(app, lambda: gaps.job is not None and gaps.job.done and not gaps.gap_rows(slide="s1-welcome"))
    rows = gaps.gap_rows("placeholder", "s1-needs-assessment")
    if rows and rows[0].field is not None:
        rows[0].field.setText("Labour inspectors, lawyers, NGO staff")
        rows[0].field.setFocus()
    save(window, "gaps")

    facts = window.open_facts()
    facts.select("ICMW")
    save(window, "country-facts")
    gaps.close()
    facts.close()

    window.tabs.setCurrentIndex(TAB_AGENDA)
    agenda = window.agenda
    day, row = next(
        (d, r) for d, day in enumerate(agenda.days) for r, slot in enumerate(day["slots"]) if slot.get("session") == 5
    )
    for _ in range(2):
        agenda.lists[day].setCurrentRow(row)
        agenda.change_minutes(-15)
    agenda.choose_fit(2, "rescale")
    agenda.lists[day].setCurrentRow(row)
    save(window, "agenda-fit")
    dialog = agenda.ask_drop(5)
    dialog.boxes[12].setChecked(True)
    save(dialog, "agenda-drop-steps")
    dialog.reject()

    export = window.export_dialog()
    assert export is not None
    export.resize(760, 900)
    _wait(app, lambda: export.check_job is not None and export.check_job.done)
    save(export, "export-checks")
    export.close()
    window.close()
    shutdown_jobs()
    return written


EDITED_SLIDE = "s2-where-country"
EDITED_TEXT = "Migrants living in {{country}}: about 1.05 million in 2020, most from Somalia and South Sudan"


def edit_a_slide(app: object, window: Any, save: Callable[[Any, str], None]) -> None:
    """The slide editor on "Migration in {{country}}" of session 2, one placeholder filled and applied,
    its picture redrawn; saved as ``slide-editor``."""
    from trainerkit.ui.main_window import TAB_SLIDES

    window.select_session(2)
    window.tabs.setCurrentIndex(TAB_SLIDES)
    sorter = window.sorter
    sorter.select_keys([EDITED_SLIDE], EDITED_SLIDE)
    editor = sorter.edit_slide_dialog(EDITED_SLIDE)
    assert editor is not None
    editor.resize(1240, 700)
    field = editor.field("3:0")
    field.setPlainText(EDITED_TEXT)
    editor.apply()
    _wait(app, sorter.pictures_complete)
    _wait(app, editor.picture_ready)
    editor.show_sorter_picture(EDITED_SLIDE, sorter._thumbs[EDITED_SLIDE].large)
    editor.field("3:1").setFocus()
    save(editor, "slide-editor")
    editor.close()


def grab_editor(out_dir: Path) -> list[Path]:
    """Only the slide editor's screenshot (``--only-editor``): a course for Kenya, one slide edited."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TRAINERKIT_HOME", tempfile.mkdtemp(prefix="trainerkit-shots-"))
    from PySide6.QtWidgets import QWidget

    from trainerkit.ui.app import create_app
    from trainerkit.ui.main_window import MainWindow
    from trainerkit.ui.worker import shutdown_jobs

    app = create_app([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    window.create_course("Nairobi, May 2025", "Kenya")
    edit_a_slide(app, window, save)
    window.close()
    shutdown_jobs()
    return written


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    adapt_only = "--adapt" in args
    only_editor = "--only-editor" in args
    args = [a for a in args if a not in ("--adapt", "--only-editor")]
    out = Path(args[0]) if args else Path("docs/screenshots")
    grab = grab_adapt if adapt_only else grab_editor if only_editor else grab_all
    for path in grab(out):
        print(path)


if __name__ == "__main__":
    main()
