"""File > Translate course…: the course-content translation round trip in the app.

Shows the course's content language and its coverage per session, plans and handouts (``translate
status``), exports the texts for a translator as XLIFF 2.0 or PO (``translate export``) and imports the
translated file back (``translate import``), showing the import checks' messages (wrong course, changed
source, placeholder dropped, markup left open) as they are. Every call runs in the worker; the core does
the work (``trainerkit.translate.service``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit.errors import TrainerKitError
from trainerkit.jobs import CancelToken, Progress
from trainerkit.store import open_store
from trainerkit.translate import service
from trainerkit.ui.i18n import tr
from trainerkit.ui.worker import Job, run_job, stop_jobs


class TranslateDialog(QDialog):
    """Coverage table, Export and Import buttons, and a message line for the last result."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.job: Job | None = None
        self.coverage: list[service.Coverage] = []
        self.language = ""
        self.setWindowTitle(tr("translate_dialog", "Translate course"))
        self.setObjectName("translate_dialog")
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("translate_dialog", "Checking what is translated…"))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                tr("translate_dialog", "Part"),
                tr("translate_dialog", "Translated"),
                tr("translate_dialog", "Texts"),
                tr("translate_dialog", "Outdated"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("translate_message")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(tr("translate_dialog", "&Export for translation…"))
        self.export_button.setToolTip(
            tr("translate_dialog", "Write every text of the course to an XLIFF or PO file for a translator")
        )
        self.export_button.clicked.connect(lambda: self.export_file())
        self.import_button = QPushButton(tr("translate_dialog", "&Import translation…"))
        self.import_button.setToolTip(
            tr("translate_dialog", "Check a translated XLIFF or PO file and store it in the course")
        )
        self.import_button.clicked.connect(lambda: self.import_file())
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(560, 420)

    # ---- jobs -----------------------------------------------------------------------------------------
    def _run(self, fn: Any, doing: str, on_result: Any) -> Job:
        name = self.controller.name
        db_path = self.controller.store.path

        def work(progress: Progress, token: CancelToken) -> Any:
            store = open_store(db_path)
            try:
                return fn(store, name, progress, token)
            finally:
                store.close()

        self._busy(True)
        self.job = run_job(work, parent=self, doing=doing, on_result=on_result, on_error=self._failed)
        self.job.finished.connect(lambda: self._busy(False))
        return self.job

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        """The import checks' one-line message (or any core error), shown in the dialog."""
        if isinstance(error, TrainerKitError):
            self.message.setText(str(error))
        else:
            self.message.setText(tr("translate_dialog", "Something went wrong; the log file has the details."))

    def refresh(self) -> Job:
        """Read the coverage again (in the worker)."""

        def status(store: Any, name: str, progress: Progress, token: CancelToken) -> Any:
            try:
                return service.translation_status(store, name)
            except TrainerKitError as exc:  # an English course: no target language yet
                return str(exc)

        return self._run(status, tr("translate_dialog", "checking what is translated"), self._show_status)

    def _show_status(self, result: Any) -> None:
        if isinstance(result, str):
            self.language = ""
            self.coverage = []
            self.heading.setText(
                tr(
                    "translate_dialog",
                    "This course is in English. Choose its language on the course page (Language) to translate it.",
                )
            )
            self.table.setRowCount(0)
            self.export_button.setEnabled(False)
            return
        self.language, self.coverage = result
        from trainerkit.messages import language_display

        self.heading.setText(
            tr("translate_dialog", "Course content in {language}: what is translated, per part.").format(
                language=language_display(self.language)
            )
        )
        self.table.setRowCount(len(self.coverage))
        for row, part in enumerate(self.coverage):
            label = part.line(self.language).split(":", 1)[0]
            values = [label, str(part.translated), str(part.total), str(part.outdated)]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def export_file(self, path: Path | None = None) -> Job | None:
        """Ask where (unless ``path``): ``.po`` writes PO, anything else XLIFF 2.0."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                tr("translate_dialog", "Export the course's texts"),
                f"{self.controller.name}-{self.language or 'xx'}.xlf",
                tr("translate_dialog", "XLIFF 2.0 (*.xlf);;PO (*.po)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        fmt = "po" if path.suffix.lower() in (".po", ".pot") else "xliff"

        def export(store: Any, name: str, progress: Progress, token: CancelToken) -> Any:
            return service.export_translation(store, name, path, fmt=fmt, progress=progress, token=token)

        return self._run(export, tr("translate_dialog", "exporting the course's texts"), self._exported)

    def _exported(self, result: service.ExportResult) -> None:
        self.message.setText(
            tr("translate_dialog", "Wrote {count} texts to {path} ({done} already translated, filled in).").format(
                count=result.units, path=result.path, done=result.prefilled
            )
        )

    def import_file(self, path: Path | None = None) -> Job | None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                tr("translate_dialog", "Import a translated file"),
                "",
                tr("translate_dialog", "Translations (*.xlf *.xliff *.po)"),
            )
            if not chosen:
                return None
            path = Path(chosen)

        def load(store: Any, name: str, progress: Progress, token: CancelToken) -> Any:
            return service.import_translation(store, name, path)

        return self._run(load, tr("translate_dialog", "importing the translation"), self._imported)

    def _imported(self, result: service.ImportResult) -> None:
        self.message.setText(
            tr("translate_dialog", "Imported {count} translated texts; {empty} still untranslated.").format(
                count=result.stored, empty=result.empty
            )
        )
        self.refresh()

    def done(self, result: int) -> None:
        stop_jobs(self)
        super().done(result)
