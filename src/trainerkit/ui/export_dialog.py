"""The export dialog: the checks first, then what to export and where, a progress bar with Cancel, and a
summary at the end.

Opening it runs the same checks as "Pack for venue" (``trainerkit.package.preflight``, as ``trainerkit
check``) in the worker, with progress and Cancel, and shows them under "Before you export" before
anything is written: slides still showing placeholder text or their "To adapt" label, empty profile
fields, sessions that overrun the agenda... A line that names a place is a link (``go_to``, as in the
pack dialog). "Leave the 'To adapt' labels out" writes decks meant for the room
(``trainerkit export --no-adapt-labels``).

Export runs ``trainerkit.export.decks.export_decks`` (the same function as ``trainerkit export``) through
the worker helper, on a store connection of its own thread. The summary lists the files, the problems the
export met, tokens still without a value, and offers "Open folder".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit.export.decks import ExportReport, export_decks
from trainerkit.jobs import CancelToken, Progress, part_of
from trainerkit.package.preflight import LEVELS, Finding, PreflightReport, preflight
from trainerkit.store import open_store
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.icons import SP, standard
from trainerkit.ui.pack_dialog import LEVEL_COUNTS, LINKED, ROLE_FINDING, add_findings
from trainerkit.ui.worker import Job, cancel_running, run_job, show_progress, stop_jobs

FOLDER_KEY = "ui.export_folder"
log = logging.getLogger(__name__)


class ExportDialog(QDialog):
    go_to = Signal(dict)  # the location of a clicked check line

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.check_job: Job | None = None
        self.checks_report: PreflightReport | None = None
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
        self.no_labels = QCheckBox(
            tr("export_dialog", "Leave the orange 'To adapt' &labels out (decks meant for the room)")
        )
        self.no_labels.setToolTip(
            tr(
                "export_dialog",
                "The labels remind you what is left to adapt; the text on the slides stays as it is. "
                "The checks above list what is left.",
            )
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
        for box in (self.decks, self.combined, self.drop_hidden, self.no_labels, self.handouts, *self.packs.values()):
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

        self.checks = QTreeWidget()
        self.checks.setHeaderHidden(True)
        self.checks.setAccessibleName(tr("export_dialog", "Before you export: checks"))
        self.checks.setWordWrap(True)
        self.checks.setMinimumHeight(150)
        self.checks.itemClicked.connect(lambda item, _c: self.activate(item))
        self.checks.itemActivated.connect(lambda item, _c: self.activate(item))
        self.check_counts = QLabel()
        self.check_counts.setWordWrap(True)
        self.check_counts.setAccessibleName(tr("export_dialog", "Checks found"))
        self.check_button = QPushButton(standard(SP.SP_BrowserReload), tr("export_dialog", "Chec&k again"))
        self.check_button.clicked.connect(lambda: self.run_checks())
        checks_box = QGroupBox(tr("export_dialog", "Before you export"))
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.addWidget(self.checks, 1)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_counts, 1)
        check_row.addWidget(self.check_button)
        checks_layout.addLayout(check_row)

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
        layout.addWidget(checks_box, 1)
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

    # ---- the checks, before anything is written -------------------------------------------------
    def run_checks(self) -> Job:
        """Run the preflight checks (in the worker, Cancel stops them) and show them; Export waits."""
        name = self.controller.name
        assert name is not None
        db_path = self.controller.store.path

        def work(progress: Progress, token: CancelToken) -> PreflightReport:
            store = open_store(db_path)
            try:
                return preflight(store, name, progress=progress, token=token)
            finally:
                store.close()

        self.checks.clear()
        self.check_counts.setText("")
        self.label.setText(tr("export_dialog", "Checking the course before export…"))
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.cancel_button.setText(tr("export_dialog", "Cancel"))
        self.check_job = job = run_job(
            work,
            parent=self,
            doing=tr("export_dialog", "checking the course"),
            on_result=self.show_checks,
            on_progress=self._progress,
            on_cancelled=self._checks_ended,
            on_error=lambda exc: self._checks_ended(exc),
        )
        return job

    def _checks_ended(self, exc: BaseException | None = None) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(
            tr("export_dialog", "Checks not run: export when ready.")
            if exc is None
            else tr("export_dialog", "The checks failed: {error}").format(error=exc)
        )
        self.export_button.setEnabled(True)
        self.check_button.setEnabled(True)
        self.cancel_button.setText(tr("export_dialog", "Close"))

    def show_checks(self, report: PreflightReport) -> None:
        """The findings grouped by level, each line linked to its place when it has one."""
        self.checks_report = report
        self.checks.clear()
        add_findings(
            self.checks,
            report,
            self.palette().link().color(),
            tr("export_dialog", "Nothing to report: the course is ready."),
        )
        unadapted = sum(1 for f in report.findings if f.code == "unadapted-slide" and f.level == "warning")
        counts = ", ".join(f"{tr('pack_dialog', LEVEL_COUNTS[level])}: {report.count(level)}" for level in LEVELS)
        self.check_counts.setText(
            counts
            + "."
            + (
                " "
                + tr("export_dialog", "{count} slides still show placeholder text: the room would see it.").format(
                    count=unadapted
                )
                if unadapted
                else ""
            )
        )
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(tr("export_dialog", "Checked. Read the lines above, then Export."))
        self.export_button.setEnabled(True)
        self.check_button.setEnabled(True)
        self.cancel_button.setText(tr("export_dialog", "Close"))
        self.export_button.setFocus()

    def activate(self, item: QTreeWidgetItem) -> bool:
        """A click on a check line: go to its place when it has one."""
        finding = item.data(0, ROLE_FINDING)
        if isinstance(finding, Finding) and finding.location.get("kind") in LINKED:
            self.go_to.emit(dict(finding.location))
            return True
        return False

    def finding_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.checks.topLevelItemCount()):
            group = self.checks.topLevelItem(i)
            if group is not None:
                items.extend(c for j in range(group.childCount()) if (c := group.child(j)) is not None)
        return items

    # ---- writing ---------------------------------------------------------------------------------
    def start(self) -> Job:
        """Start exporting (the Export button); returns the running job. Stops checks still running."""
        name = self.controller.name
        assert name is not None
        if self.check_job is not None and not self.check_job.done:
            self.check_job.stop()
        out_dir = self.out_dir()
        db_path = self.controller.store.path
        combined, drop_hidden = self.combined.isChecked(), self.drop_hidden.isChecked()
        adapt_labels = not self.no_labels.isChecked()
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
                    adapt_labels=adapt_labels,
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
                        store,
                        name,
                        out_dir,
                        packs,
                        adapt_labels=adapt_labels,
                        progress=part_of(progress, parts - 1, parts),
                        token=token,
                    )
                    report.files.extend(materials.files)
                    warnings += [*materials.problems, *materials.warnings]
                return report, warnings
            finally:
                store.close()

        for widget in (
            self.export_button,
            self.check_button,
            self.combined,
            self.drop_hidden,
            self.no_labels,
            self.folder,
            self.browse,
            self.handouts,
            *self.packs.values(),
        ):
            widget.setEnabled(False)
        self.cancel_button.setText(tr("export_dialog", "Cancel"))
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
        if cancel_running(self.check_job, self.label):
            return
        if not cancel_running(self.job, self.label):
            self.reject()

    def _reset_buttons(self) -> None:
        for widget in (
            self.export_button,
            self.check_button,
            self.combined,
            self.drop_hidden,
            self.no_labels,
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
