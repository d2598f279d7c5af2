"""Sharing a course as a bundle (``.tkcourse``) and importing one, from the File menu.

Export and import are ``trainerkit.bundle.export_bundle`` and ``import_bundle`` (the same as
``trainerkit bundle export/import``), run through the worker on a store connection of the job's thread.
Importing first reads and checks the whole bundle (``read_bundle``) and shows its summary; when a course
of that name exists the trainer chooses: import under a new name, replace the course, or cancel. Nothing
is decided here that the CLI cannot do (``--as NEW_NAME``, ``--replace``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from trainerkit import APP_NAME
from trainerkit.bundle import SUFFIX, Bundle, CourseExistsError, ImportReport, export_bundle, import_bundle, read_bundle
from trainerkit.errors import TrainerKitError
from trainerkit.export.decks import safe_filename
from trainerkit.jobs import CancelToken, Progress
from trainerkit.store import open_store
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.worker import Job, run_job, show_error

FOLDER_KEY = "ui.bundle_folder"
NEW_NAME, REPLACE, CANCEL = "new-name", "replace", "cancel"


def summary_text(bundle: Bundle) -> str:
    """What a trainer wants to know before importing: which course, how many changes, what comes with it."""
    s = bundle.summary()
    examples = len(s["examples"])
    lines = [
        tr("bundle_actions", "Course: {course}").format(course=s["course"]),
        (
            tr("bundle_actions", "1 change to the bundled course (version {version})")
            if s["changes"] == 1
            else tr("bundle_actions", "{changes} changes to the bundled course (version {version})")
        ).format(changes=s["changes"], version=s["base_version"]),
        (
            tr("bundle_actions", "1 own example") if examples == 1 else tr("bundle_actions", "{count} own examples")
        ).format(count=examples)
        + ", "
        + (
            tr("bundle_actions", "1 file (pictures, imported presentations)")
            if s["files"] == 1
            else tr("bundle_actions", "{count} files (pictures, imported presentations)")
        ).format(count=s["files"]),
    ]
    if s.get("made_with"):
        lines.append(tr("bundle_actions", "Made with {s_made_with}").format(s_made_with=s["made_with"]))
    return "\n".join(lines)


class BundleActions:
    """The two File menu actions; the controller opens the imported course, ``parent`` shows messages."""

    def __init__(self, controller: CourseController, parent: QWidget) -> None:
        self.controller = controller
        self.parent = parent
        self.job: Job | None = None
        self.last_import: ImportReport | None = None
        self.last_export: Path | None = None

    def _folder(self) -> str:
        return str(self.controller.store.get_setting(FOLDER_KEY) or Path.home())

    # ---- share ------------------------------------------------------------------------------------
    def share(self, path: Path | None = None) -> Job | None:
        """Ask where (unless ``path``), then write the open course as a bundle in the worker."""
        name = self.controller.name
        if name is None:
            return None
        if path is None:
            default = str(Path(self._folder()) / (safe_filename(name) + SUFFIX))
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent,
                tr("bundle_actions", "Share course as bundle"),
                default,
                tr("bundle_actions", "TrainerKit course (*{SUFFIX})").format(SUFFIX=SUFFIX),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.controller.store.set_setting(FOLDER_KEY, str(path.parent))
        db_path = self.controller.store.path

        def work(progress: Progress, token: CancelToken) -> Path:
            progress(0, 1, tr("bundle_actions", "Writing {name}").format(name=path.name))
            store = open_store(db_path)
            try:
                return export_bundle(store, name, path)
            finally:
                store.close()

        self.job = run_job(
            work,
            parent=self.parent,
            doing=tr("bundle_actions", "sharing the course {name}").format(name=name),
            on_result=self._shared,
        )
        return self.job

    def _shared(self, path: Path) -> None:
        self.last_export = path
        self._status(
            tr(
                "bundle_actions", "Course shared as {path}. Copy this file to the other computer and import it there."
            ).format(path=path)
        )

    # ---- import -----------------------------------------------------------------------------------
    def import_(self, path: Path | None = None) -> Job | None:
        """Ask which file (unless ``path``); check it in the worker; then ``_checked`` asks the questions."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.parent,
                tr("bundle_actions", "Import course bundle"),
                self._folder(),
                tr("bundle_actions", "TrainerKit course (*{SUFFIX});;All files (*)").format(SUFFIX=SUFFIX),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.controller.store.set_setting(FOLDER_KEY, str(path.parent))
        file = path

        def work(progress: Progress, token: CancelToken) -> Bundle:
            progress(0, 1, tr("bundle_actions", "Checking {name}").format(name=file.name))
            return read_bundle(file, token=token)

        self.job = run_job(
            work,
            parent=self.parent,
            doing=tr("bundle_actions", "reading {name}").format(name=path.name),
            on_result=self._checked,
        )
        return self.job

    def confirm(self, bundle: Bundle) -> bool:
        """Show the bundle's summary; True to import."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            tr("bundle_actions", "Import the course in {name}?").format(name=bundle.path.name),
            parent=self.parent,
        )
        box.setInformativeText(summary_text(bundle))
        box.addButton(tr("bundle_actions", "&Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole

    def ask_exists(self, name: str) -> tuple[str, str | None]:
        """A course of that name exists: (NEW_NAME, new name) / (REPLACE, None) / (CANCEL, None)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            tr("bundle_actions", "You already have a course named '{name}'.").format(name=name),
            parent=self.parent,
        )
        box.setInformativeText(
            tr(
                "bundle_actions",
                "Import the bundle as a new course under another name, or replace your course with it "
                "(your course's changes are then lost)?",
            )
        )
        new = box.addButton(tr("bundle_actions", "Import as a &new course…"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(tr("bundle_actions", "&Replace my course"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is replace:
            return REPLACE, None
        if box.clickedButton() is not new:
            return CANCEL, None
        known = {c.name.casefold() for c in self.controller.courses()}
        suggestion = next(n for i in range(2, 1000) if (n := f"{name} ({i})").casefold() not in known)
        text, ok = QInputDialog.getText(
            self.parent, APP_NAME, tr("bundle_actions", "Name of the new course:"), text=suggestion
        )
        return (NEW_NAME, text.strip()) if ok and text.strip() else (CANCEL, None)

    def _checked(self, bundle: Bundle) -> None:
        if not self.confirm(bundle):
            return
        known = {c.name.casefold() for c in self.controller.courses()}
        as_name: str | None = None
        replace = False
        if bundle.name.casefold() in known:
            choice, new_name = self.ask_exists(bundle.name)
            if choice == CANCEL:
                return
            as_name, replace = (new_name, False) if choice == NEW_NAME else (None, True)
        self._run_import(bundle.path, as_name, replace)

    def _run_import(self, path: Path, as_name: str | None, replace: bool) -> None:
        db_path = self.controller.store.path

        def work(progress: Progress, token: CancelToken) -> ImportReport:
            store = open_store(db_path)
            try:
                return import_bundle(store, path, as_name=as_name, replace=replace, progress=progress, token=token)
            finally:
                store.close()

        self.job = run_job(
            work,
            parent=self.parent,
            doing=tr("bundle_actions", "importing {name}").format(name=path.name),
            on_result=self._imported,
            on_error=lambda exc: self._import_failed(exc, path),
        )

    def _import_failed(self, exc: BaseException, path: Path) -> None:
        if isinstance(exc, CourseExistsError):  # the name the trainer typed is taken too: ask again
            choice, new_name = self.ask_exists(exc.name)
            if choice != CANCEL:
                self._run_import(path, new_name, choice == REPLACE)
            return
        show_error(self.parent, exc, tr("bundle_actions", "importing {name}").format(name=path.name))

    def _imported(self, report: ImportReport) -> None:
        self.last_import = report
        self.controller.courses_changed.emit()
        try:
            self.controller.open(report.name)
        except TrainerKitError as exc:
            show_error(self.parent, exc, tr("bundle_actions", "opening the course {name}").format(name=report.name))
            return
        renamed = ""
        if report.renamed_examples:
            renamed = " " + tr(
                "bundle_actions",
                "Examples renamed because you had different ones with the same ids: {count}.",
            ).format(count=len(report.renamed_examples))
        self._status(
            tr(
                "bundle_actions",
                "Imported '{name}'{replacing}: {changes} changes, {examples} examples, {files} files.{renamed}",
            ).format(
                name=report.name,
                replacing=tr("bundle_actions", " (replacing yours)") if report.replaced else "",
                changes=report.changes,
                examples=len(report.examples),
                files=report.files,
                renamed=renamed,
            )
        )

    def _status(self, text: str) -> None:
        bar: Any = getattr(self.parent, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10_000)
