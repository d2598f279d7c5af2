"""The "Pack for venue" dialog: choose a stick (or any folder), read the preflight, pack, verify, open.

Everything is ``trainerkit.package`` (the same calls as ``trainerkit usb targets``, ``trainerkit check``
and ``trainerkit usb pack``): ``list_targets`` and ``describe_target`` for the drives, ``preflight`` for
the report, ``pack_course`` for staging, copying and verifying. Both long calls run in the worker with a
store connection of their own thread. The report's lines are grouped by level; a line that names a place
(a slide, a session, a profile field, the agenda) is a link: ``go_to`` asks the main window to show it.
The dialog is not modal, so a trainer can fix what a line says and check again.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit.errors import TrainerKitError
from trainerkit.jobs import CancelToken, Progress
from trainerkit.package import (
    PackReport,
    PreflightReport,
    Target,
    describe_target,
    list_targets,
    pack_course,
    preflight,
)
from trainerkit.package.copy import PackInterrupted
from trainerkit.package.layout import find_portable_app
from trainerkit.package.preflight import LEVELS, Finding
from trainerkit.package.targets import human_size
from trainerkit.store import open_store
from trainerkit.ui.controller import CourseController
from trainerkit.ui.findings import app_fix
from trainerkit.ui.i18n import QT_TRANSLATE_NOOP, tr
from trainerkit.ui.icons import SP, standard
from trainerkit.ui.worker import Job, cancel_running, run_job, show_error, show_progress, stop_jobs

ROLE_PATH = Qt.ItemDataRole.UserRole
ROLE_FINDING = Qt.ItemDataRole.UserRole + 1
ROLE_FOLDER = Qt.ItemDataRole.UserRole + 2  # a folder the trainer chose (kept when drives are refreshed)
FOLDER_KEY = "ui.pack_folder"
#: Location kinds the main window can show (``MainWindow.go_to_location``).
LINKED = frozenset({"slide", "session", "profile", "agenda", "handout"})
LEVEL_TITLES = {
    "error": QT_TRANSLATE_NOOP("pack_dialog", "Errors: packing cannot go on"),
    "warning": QT_TRANSLATE_NOOP("pack_dialog", "Warnings: visible at the venue"),
    "note": QT_TRANSLATE_NOOP("pack_dialog", "Notes: worth a look"),
}
LEVEL_COUNTS = {
    "error": QT_TRANSLATE_NOOP("pack_dialog", "errors"),
    "warning": QT_TRANSLATE_NOOP("pack_dialog", "warnings"),
    "note": QT_TRANSLATE_NOOP("pack_dialog", "notes"),
}
LEVEL_ICONS = {
    "error": SP.SP_MessageBoxCritical,
    "warning": SP.SP_MessageBoxWarning,
    "note": SP.SP_MessageBoxInformation,
}


def target_text(target: Target, folder: bool = False) -> str:
    label = target.label or (tr("pack_dialog", "(no label)") if not folder else "")
    kind = (
        tr("pack_dialog", "Folder")
        if folder
        else (tr("pack_dialog", "Removable drive") if target.removable else tr("pack_dialog", "Drive"))
    )
    parts = [
        f"{kind}: {target.path}",
        label,
        target.limits.name,
        tr("pack_dialog", "{size} free").format(size=human_size(target.free)),
    ]
    return "   ".join(p for p in parts if p)


class PackDialog(QDialog):
    go_to = Signal(dict)  # the location of a clicked preflight line

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("pack_dialog", "Pack {name} for the venue").format(name=controller.name))
        self.setMinimumWidth(720)
        self.job: Job | None = None
        self.report: PreflightReport | None = None
        self.pack_report: PackReport | None = None
        self.package: Path | None = None
        self.portable = find_portable_app()

        self.targets = QListWidget()
        self.targets.setAccessibleName(tr("pack_dialog", "Where to pack"))
        self.targets.setMaximumHeight(110)
        self.refresh_button = QPushButton(standard(SP.SP_BrowserReload), tr("pack_dialog", "&Refresh drives"))
        self.refresh_button.clicked.connect(self.refresh_targets)
        self.folder_button = QPushButton(standard(SP.SP_DirOpenIcon), tr("pack_dialog", "Choose &folder…"))
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.app = QCheckBox(tr("pack_dialog", "Put a portable copy of TrainerKit on the stick"))
        if self.portable is None:
            self.app.setText(
                tr("pack_dialog", "Put a portable copy of TrainerKit on the stick (no portable build on this computer)")
            )
            self.app.setEnabled(False)
        else:
            self.app.setChecked(True)
            self.app.setToolTip(str(self.portable))
        where = QGroupBox(tr("pack_dialog", "Where"))
        where_layout = QVBoxLayout(where)
        where_layout.addWidget(self.targets)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        where_layout.addLayout(row)
        where_layout.addWidget(self.app)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(tr("pack_dialog", "Before you go: preflight report"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemClicked.connect(lambda item, _c: self.activate(item))
        self.tree.itemActivated.connect(lambda item, _c: self.activate(item))
        self.tree.currentItemChanged.connect(lambda item, _p: self._show_fix(item))
        self.fix = QLabel()
        self.fix.setWordWrap(True)
        self.fix.setAccessibleName(tr("pack_dialog", "What to do"))
        self.fix.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(standard(SP.SP_BrowserReload), tr("pack_dialog", "Check &again"))
        self.check_button.clicked.connect(lambda: self.run_preflight())
        report = QGroupBox(tr("pack_dialog", "Before you go"))
        report_layout = QVBoxLayout(report)
        report_layout.addWidget(self.tree, 1)
        report_layout.addWidget(self.fix)
        check_row = QHBoxLayout()
        self.counts = QLabel()
        check_row.addWidget(self.counts, 1)
        check_row.addWidget(self.check_button)
        report_layout.addLayout(check_row)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("pack_dialog", "Packing progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label = QLabel(tr("pack_dialog", "Ready."))
        self.label.setAccessibleName(tr("pack_dialog", "Packing status"))
        self.label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("pack_dialog", "Packing summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()

        self.buttons = QDialogButtonBox()
        self.pack_button = self.buttons.addButton(tr("pack_dialog", "&Pack"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pack_button.setIcon(standard(SP.SP_DriveFDIcon))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            tr("pack_dialog", "&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setIcon(standard(SP.SP_DirOpenIcon))
        self.open_button.hide()
        self.pack_button.clicked.connect(lambda: self.start())
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.open_button.clicked.connect(self.open_folder)
        self.targets.currentItemChanged.connect(lambda *_: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(report, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(820, 720)
        self.refresh_targets()
        self._update_buttons()

    # ---- where ------------------------------------------------------------------------------------
    def refresh_targets(self) -> None:
        keep = self.target()
        folders = [
            (item.text(), item.data(ROLE_PATH))
            for i in range(self.targets.count())
            if (item := self.targets.item(i)) is not None and item.data(ROLE_FOLDER)
        ]
        self.targets.clear()
        try:
            drives = list_targets()
        except OSError:
            drives = []
        for target in drives:
            self._add_target(target_text(target), target.path, standard(SP.SP_DriveFDIcon), folder=False)
        for text, path in folders:
            self._add_target(text, Path(path), standard(SP.SP_DirIcon), folder=True)
        if not drives:
            item = QListWidgetItem(
                tr("pack_dialog", "No removable drive found: plug in a stick and refresh, or choose a folder.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.targets.insertItem(0, item)
        self.select_target(keep)

    def _add_target(self, text: str, path: Path, icon: Any, *, folder: bool) -> QListWidgetItem:
        item = QListWidgetItem(icon, text)
        item.setData(ROLE_PATH, str(path))
        item.setData(ROLE_FOLDER, folder)
        self.targets.addItem(item)
        return item

    def select_target(self, path: Path | None) -> None:
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            if item is not None and item.data(ROLE_PATH) and (path is None or Path(item.data(ROLE_PATH)) == path):
                self.targets.setCurrentItem(item)
                return

    def choose_folder(self, path: Path | None = None) -> Path | None:
        """Any folder (a stick's root, or a folder on it); asks when ``path`` is not given."""
        if path is None:
            start = str(self.controller.store.get_setting(FOLDER_KEY) or Path.home())
            chosen = QFileDialog.getExistingDirectory(self, tr("pack_dialog", "Pack into folder"), start)
            if not chosen:
                return None
            path = Path(chosen)
        try:
            target = describe_target(path)
        except OSError as exc:
            self.label.setText(
                tr("pack_dialog", "Cannot use {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
            )
            return None
        self.controller.store.set_setting(FOLDER_KEY, str(path))
        self._add_target(target_text(target, folder=True), path, standard(SP.SP_DirIcon), folder=True)
        self.select_target(path)
        return path

    def target(self) -> Path | None:
        item = self.targets.currentItem()
        return Path(item.data(ROLE_PATH)) if item is not None and item.data(ROLE_PATH) else None

    def _update_buttons(self) -> None:
        busy = self.job is not None and not self.job.done
        self.pack_button.setEnabled(not busy and self.target() is not None)
        for widget in (self.targets, self.refresh_button, self.folder_button, self.check_button):
            widget.setEnabled(not busy)
        self.app.setEnabled(not busy and self.portable is not None)
        self.cancel_button.setText(tr("pack_dialog", "Cancel") if busy else tr("pack_dialog", "Close"))

    # ---- preflight --------------------------------------------------------------------------------
    def run_preflight(self) -> Job:
        """Check the course (in the worker) and show the report."""
        name = self.controller.name
        assert name is not None
        db_path = self.controller.store.path

        def work(progress: Progress, token: CancelToken) -> PreflightReport:
            store = open_store(db_path)
            try:
                return preflight(store, name, progress=progress, token=token)
            finally:
                store.close()

        self.label.setText(tr("pack_dialog", "Checking the course…"))
        self.progress.setRange(0, 0)
        self.job = run_job(
            work,
            parent=self,
            doing=tr("pack_dialog", "checking the course"),
            on_result=self._checked,
            on_progress=self._progress,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        self.job.finished.connect(self._update_buttons)  # the buttons come back once the job has ended
        self._update_buttons()
        return self.job

    def _checked(self, report: PreflightReport) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(
            tr("pack_dialog", "Checked. Choose where to pack, then Pack.")
            if not report.errors
            else tr("pack_dialog", "Checked.")
        )
        self.show_report(report)
        self._update_buttons()

    def show_report(self, report: PreflightReport) -> None:
        """The findings, grouped by level (errors first), each line linked to its place when it has one."""
        self.report = report
        self.tree.clear()
        add_findings(
            self.tree,
            report,
            self.palette().link().color(),
            tr("pack_dialog", "Nothing to report: the course is ready for the venue."),
            marked=True,
            expand_notes_below=15,
        )
        counts = ", ".join(
            f"{tr('pack_dialog', LEVEL_COUNTS[level])}: {n}" for level in LEVELS if (n := report.count(level)) >= 0
        )
        size = (
            "  " + tr("pack_dialog", "Package: {size}.").format(size=human_size(report.package_size))
            if report.package_size
            else ""
        )
        self.counts.setText(counts + "." + size)

    @staticmethod
    def linked(finding: Finding) -> bool:
        return finding.location.get("kind") in LINKED

    def finding_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                items.extend(c for j in range(group.childCount()) if (c := group.child(j)) is not None)
        return items

    def _show_fix(self, item: QTreeWidgetItem | None) -> None:
        finding = item.data(0, ROLE_FINDING) if item is not None else None
        if not isinstance(finding, Finding):
            self.fix.setText("")
            return
        self.fix.setText(
            tr(
                "pack_dialog",
                "<b>{where}</b>: {message}<br/><b>What to do:</b> {fix}",
            ).format(
                where=escape(finding.where),
                message=escape(finding.message),
                fix=escape(app_fix(finding)),
            )
        )

    def activate(self, item: QTreeWidgetItem) -> bool:
        """A click on a line: go to its place when it has one. True when the window was asked to."""
        finding = item.data(0, ROLE_FINDING)
        if isinstance(finding, Finding) and self.linked(finding):
            self.go_to.emit(dict(finding.location))
            return True
        return False

    # ---- packing ----------------------------------------------------------------------------------
    def start(self) -> Job | None:
        """Pack into the chosen target (the Pack button); returns the running job."""
        name = self.controller.name
        target = self.target()
        if name is None or target is None:
            return None
        db_path = self.controller.store.path
        app = self.portable if self.app.isChecked() and self.portable is not None else None

        def work(progress: Progress, token: CancelToken) -> PackReport:
            store = open_store(db_path)
            try:
                return pack_course(store, name, target, app=app, progress=progress, token=token)
            finally:
                store.close()

        self.summary.hide()
        self.open_button.hide()
        self.package = None
        self.label.setText(tr("pack_dialog", "Starting…"))
        self.progress.setRange(0, 0)
        self.job = run_job(
            work,
            parent=self,
            doing=tr("pack_dialog", "packing the course into {target}").format(target=target),
            on_result=self._packed,
            on_progress=self._progress,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        self.job.finished.connect(self._update_buttons)  # the buttons come back once the job has ended
        self._update_buttons()
        return self.job

    def done(self, result: int) -> None:
        stop_jobs(self)  # cancel and await the running job before the dialog goes away
        super().done(result)

    def _progress(self, done: int, total: int, label: str) -> None:
        show_progress(self.progress, self.label, done, total, f"{label}…" if done < total else label)

    def _cancel_or_close(self) -> None:
        if not cancel_running(self.job, self.label):
            self.close()

    def _cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(
            tr(
                "pack_dialog",
                "Cancelled. Files already copied are verified and stay; packing again to the same place "
                "goes on from there.",
            )
        )
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._update_buttons()
        if isinstance(exc, TrainerKitError):  # a plain message (stick full or removed, nothing written...)
            self.label.setText(
                tr("pack_dialog", "Packing stopped.")
                if isinstance(exc, PackInterrupted)
                else tr("pack_dialog", "Not done.")
            )
            self.summary.setText(f"<b>{escape(str(exc))}</b>")
            self.summary.show()
            return
        self.label.setText(tr("pack_dialog", "Packing failed."))
        show_error(self, exc, tr("pack_dialog", "packing the course"))

    def _packed(self, report: PackReport) -> None:
        self.pack_report = report
        self.package = report.package
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        files = len(report.staged.files)
        self.label.setText(tr("pack_dialog", "Done: every file was read back from the target and checked."))
        notes = "".join(f"<br/>Note: {escape(n)}" for n in report.staged.notes)
        self.summary.setText(
            tr(
                "pack_dialog",
                "<b>{message}</b><br/>{package}<br/>{size}; "
                "{copied} written, {skipped} already there and "
                "verified ({files} in all).{notes}",
            ).format(
                message=escape(self.complete_message(report)),
                package=escape(str(report.package)),
                size=human_size(report.staged.size),
                copied=len(report.copy.copied),
                skipped=len(report.copy.skipped),
                files=files,
                notes=notes,
            )
        )
        self.summary.show()
        self.show_report(report.preflight)
        self.open_button.show()
        self.open_button.setFocus()
        self._update_buttons()

    @staticmethod
    def complete_message(report: PackReport) -> str:
        return tr("pack_dialog", "Package complete and verified: {count} files").format(count=len(report.staged.files))

    def open_folder(self) -> bool:
        if self.package is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.package)))


def add_findings(
    tree: QTreeWidget,
    report: PreflightReport,
    link: QColor,
    nothing: str,
    *,
    marked: bool = False,
    expand_notes_below: int = 0,
) -> None:
    """Fill ``tree`` with the findings of ``report`` grouped by level (errors first), a bold group line each
    with its count, every finding linked to its place (``LINKED``) in the link colour, with its fix as the
    tooltip; ``nothing`` is the one line shown when there are no findings. ``marked`` also gives each line
    its level's icon, underlines linked lines and says "Click to go there" (the pack dialog's list); notes
    are expanded when fewer than ``expand_notes_below`` findings were made. The pack dialog and the
    export dialog's checks show the same report this way."""
    for level in LEVELS:
        findings = [f for f in report.findings if f.level == level]
        if not findings:
            continue
        group = QTreeWidgetItem([f"{tr('pack_dialog', LEVEL_TITLES[level])} ({len(findings)})"])
        group.setIcon(0, standard(LEVEL_ICONS[level]))
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        tree.addTopLevelItem(group)
        for finding in findings:
            item = QTreeWidgetItem([f"{finding.where}: {finding.message}"])
            item.setData(0, ROLE_FINDING, finding)
            if marked:
                item.setIcon(0, standard(LEVEL_ICONS[level]))
            tip = tr("pack_dialog", "What to do: {fix}").format(fix=app_fix(finding))
            if finding.location.get("kind") in LINKED:
                item.setForeground(0, link)
                if marked:
                    underline = QFont(item.font(0))
                    underline.setUnderline(True)
                    item.setFont(0, underline)
                    tip += "\n" + tr("pack_dialog", "Click to go there.")
            item.setToolTip(0, tip)
            group.addChild(item)
        group.setExpanded(level != "note" or len(report.findings) < expand_notes_below)
    if not report.findings:
        tree.addTopLevelItem(QTreeWidgetItem([nothing]))
