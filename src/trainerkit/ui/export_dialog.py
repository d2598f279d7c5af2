"""The export dialog: what to export and where, a progress bar with Cancel, and a summary at the end.

It runs ``trainerkit.export.decks.export_decks`` (the same function as ``trainerkit export``) through
the worker helper, on a store connection of its own thread. The summary lists the files, the problems the
export met, tokens still without a value, and offers "Open folder".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainerkit.export.decks import ExportReport, export_decks
from trainerkit.jobs import CancelToken, Progress, part_of
from trainerkit.store import open_store
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.icons import SP, standard
from trainerkit.ui.worker import Job, cancel_running, run_job, show_progress, stop_jobs

FOLDER_KEY = "ui.export_folder"
log = logging.getLogger(__name__)


class ExportDialog(QDialog):
    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("export_dialog", "Export {name}").format(name=controller.name))
        self.setMinimumWidth(560)
        self.job: Job | None = None
        self.handout_warnings: list[str] = []
        self.report: ExportReport | None = None

        self.decks = QCheckBox(tr("export_dialog", "Session &decks (one PowerPoint file per session)"))
        self.decks.setChecked(True)
        self.decks.setEnabled(False)
        self.combined = QCheckBox(
            tr("export_dialog", "&Combined daily decks (one file per training day, in agenda order)")
        )
        self.drop_hidden = QCheckBox(
            tr("export_dialog", "Leave &hidden slides out (by default they stay in the file, hidden)")
        )
        self.export_handouts = handouts_exporter()
        if self.export_handouts is None:
            self.handouts = QCheckBox(tr("export_dialog", "Handouts (coming)"))
            self.handouts.setEnabled(False)
        else:
            self.handouts = QCheckBox(tr("export_dialog", "H&andouts (Word and PDF, in a Handouts folder)"))
            self.handouts.setChecked(True)
        self.participant_pack = QCheckBox(
            tr("export_dialog", "&Participant pack (one PDF: cover, contents, the handouts in order)")
        )
        self.trainer_pack = QCheckBox(
            tr("export_dialog", "&Trainer pack (PDF: plans with clock times, checklists, speaker notes)")
        )
        self.slide_handouts = QCheckBox(
            tr("export_dialog", "&Slide handouts (PDF, 3 slides a page with lines for notes)")
        )
        self.packs = {
            "participant-pack": self.participant_pack,
            "trainer-pack": self.trainer_pack,
            "slide-handouts": self.slide_handouts,
            # from the participants list (People page), into a participants folder
            "name-tags": QCheckBox(tr("export_dialog", "&Name tags (Word and PDF, from the participants list)")),
            "certificates": QCheckBox(tr("export_dialog", "Certi&ficates (one per participant, Word and PDF)")),
            "attendance": QCheckBox(tr("export_dialog", "Atte&ndance sheets (one per training day, Word and PDF)")),
        }
        what = QGroupBox(tr("export_dialog", "What"))
        what_layout = QVBoxLayout(what)
        for box in (self.decks, self.combined, self.drop_hidden, self.handouts, *self.packs.values()):
            what_layout.addWidget(box)

        default = controller.store.get_setting(FOLDER_KEY) or str(Path.home() / "TrainerKit exports")
        self.folder = QLineEdit(str(Path(default) / _safe(controller.name or "course")))
        self.folder.setAccessibleName(tr("export_dialog", "Export folder"))
        self.browse = browse = QPushButton(standard(SP.SP_DirOpenIcon), tr("export_dialog", "&Browse…"))
        browse.clicked.connect(self._browse)
        where = QGroupBox(tr("export_dialog", "Where"))
        where_layout = QHBoxLayout(where)
        where_layout.addWidget(self.folder, 1)
        where_layout.addWidget(browse)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("export_dialog", "Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label = QLabel(tr("export_dialog", "Ready."))
        self.label.setAccessibleName(tr("export_dialog", "Export status"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(tr("export_dialog", "Export summary"))
        self.summary.setMinimumHeight(220)
        self.summary.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            tr("export_dialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setIcon(standard(SP.SP_DialogSaveButton))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            tr("export_dialog", "&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setIcon(standard(SP.SP_DirOpenIcon))
        self.open_button.hide()
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.open_button.clicked.connect(self.open_folder)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(where)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("export_dialog", "Export to folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def out_dir(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def start(self) -> Job:
        """Start exporting (the Export button); returns the running job."""
        name = self.controller.name
        assert name is not None
        out_dir = self.out_dir()
        db_path = self.controller.store.path
        combined, drop_hidden = self.combined.isChecked(), self.drop_hidden.isChecked()
        handouts = self.export_handouts if self.handouts.isEnabled() and self.handouts.isChecked() else None
        packs = [what for what, box in self.packs.items() if box.isChecked()]
        self.controller.store.set_setting(FOLDER_KEY, str(out_dir.parent))
        self.handout_warnings = []

        # runs in a pool thread: plain values in (never ``self``), the report and warnings out
        def work(progress: Progress, token: CancelToken) -> tuple[ExportReport, list[str]]:
            warnings: list[str] = []
            out_dir.mkdir(parents=True, exist_ok=True)
            store = open_store(db_path)
            try:
                # one bar for the whole export, never restarting
                parts = 1 + (handouts is not None) + bool(packs)
                report = export_decks(
                    store,
                    name,
                    out_dir,
                    combined=combined,
                    drop_hidden=drop_hidden,
                    progress=part_of(progress, 0, parts),
                    token=token,
                )
                if handouts is not None:
                    folder = out_dir / "Handouts"
                    folder.mkdir(exist_ok=True)
                    extra = handouts(store, name, folder, progress=part_of(progress, 1, parts), token=token)
                    report.files.extend(extra.files)
                    warnings = list(extra.warnings)
                if packs:
                    from trainerkit.export.packs import export_course_materials

                    materials = export_course_materials(
                        store, name, out_dir, packs, progress=part_of(progress, parts - 1, parts), token=token
                    )
                    report.files.extend(materials.files)
                    warnings += [*materials.problems, *materials.warnings]
                return report, warnings
            finally:
                store.close()

        for widget in (
            self.export_button,
            self.combined,
            self.drop_hidden,
            self.folder,
            self.browse,
            self.handouts,
            *self.packs.values(),
        ):
            widget.setEnabled(False)
        self.summary.hide()
        self.open_button.hide()
        self.label.setText(tr("export_dialog", "Starting…"))
        self.progress.setRange(0, 0)
        self.job = run_job(
            work,
            parent=self,
            doing=tr("export_dialog", "exporting the course"),
            on_result=self._done,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            on_error=self._failed,
        )
        return self.job

    def _progress(self, done: int, total: int, label: str) -> None:
        show_progress(self.progress, self.label, done, total, f"{label}…" if done < total else label)

    def _cancel_or_close(self) -> None:
        if not cancel_running(self.job, self.label):
            self.reject()

    def _reset_buttons(self) -> None:
        for widget in (
            self.export_button,
            self.combined,
            self.drop_hidden,
            self.folder,
            self.browse,
            *self.packs.values(),
        ):
            widget.setEnabled(True)
        self.handouts.setEnabled(self.export_handouts is not None)
        self.cancel_button.setText(tr("export_dialog", "Close"))

    def _cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(
            tr("export_dialog", "Export cancelled. Files already written are complete; nothing is half-written.")
        )
        self._reset_buttons()

    def _failed(self, exc: BaseException) -> None:
        from trainerkit.ui.worker import show_error

        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(tr("export_dialog", "Export failed."))
        self._reset_buttons()
        show_error(self, exc, tr("export_dialog", "exporting the course"))

    def done(self, result: int) -> None:
        stop_jobs(self)  # cancel and await the export before the dialog goes away
        super().done(result)

    def _done(self, result: tuple[ExportReport, list[str]]) -> None:
        report, self.handout_warnings = result
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.label.setText(
            (
                tr("export_dialog", "Exported {count} file: {slides} slides, {hidden} hidden.")
                if len(report.files) == 1
                else tr("export_dialog", "Exported {count} files: {slides} slides, {hidden} hidden.")
            ).format(
                count=len(report.files),
                slides=report.slides,
                hidden=report.hidden,
            )
        )
        lines = [
            tr("export_dialog", "<b>Files</b>")
            + "<ul>"
            + "".join(
                f"<li>{_esc(str(f.relative_to(self.out_dir())) if f.is_relative_to(self.out_dir()) else f.name)}</li>"
                for f in report.files
            )
            + "</ul>"
        ]
        if self.handout_warnings:
            lines.append(
                tr("export_dialog", "<b>Handout notes</b>")
                + "<ul>"
                + "".join(f"<li>{_esc(w)}</li>" for w in self.handout_warnings)
                + "</ul>"
            )
        if report.problems:
            lines.append(
                tr("export_dialog", "<b>Changes that could not be applied</b>")
                + "<ul>"
                + "".join(f"<li>{_esc(str(p))}</li>" for p in report.problems)
                + "</ul>"
            )
        if report.missing_tokens:
            lines.append(
                tr("export_dialog", "<b>Tokens without a value</b> (fill them in the country profile)")
                + "<ul>"
                + "".join(
                    "<li>"
                    + tr("export_dialog", "Session {number}: {tokens}").format(number=s, tokens=_esc(", ".join(t)))
                    + "</li>"
                    for s, t in sorted(report.missing_tokens.items())
                )
                + "</ul>"
            )
        self.summary.setHtml("".join(lines))
        self.summary.show()
        self.resize(self.width(), max(self.height(), 560))
        self.open_button.show()
        self.open_button.setFocus()
        self._reset_buttons()

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir())))


def handouts_exporter() -> Callable[..., Any] | None:
    """``trainerkit.export.handouts.export_handouts`` (None would grey out the checkbox)."""
    from trainerkit.export.handouts import export_handouts

    return export_handouts


def _esc(text: str) -> str:
    from html import escape

    return escape(text)


def _safe(name: str) -> str:
    from trainerkit.export.decks import safe_filename

    return safe_filename(name)
