"""The "Verify a package" dialog: check a package (or every package on a stick) against its manifest.

It runs ``trainerkit.package.find_packages`` and ``verify_package`` (the same as ``trainerkit usb
verify``) in the worker, with a progress bar and Cancel, and says either "All N files match" or which
files are missing, changed, or not in the manifest. It never changes a package.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainerkit.errors import NotFoundError
from trainerkit.jobs import CancelToken, Progress
from trainerkit.package import VerifyReport, find_packages, verify_package
from trainerkit.ui.i18n import tr
from trainerkit.ui.worker import Job, cancel_running, run_job, show_error, show_progress, stop_jobs


def report_html(report: VerifyReport) -> str:
    """One package's result, as a trainer reads it."""
    head = f"<p><b>{escape(report.path.name)}</b><br/><small>{escape(str(report.path))}</small></p>"
    if not report.complete:
        not_complete = tr("verify_dialog", "Not complete.")
        return head + f"<p style='color:#A84B00'><b>{not_complete}</b> {escape(report.note)}</p>"
    parts = [head]
    if report.ok:
        parts.append(f"<p style='color:#1B6B3A'><b>{escape(all_match_text(report))}</b></p>")
    else:
        parts.append(
            tr(
                "verify_dialog",
                "<p style='color:#B00020'><b>This package is damaged.</b> Pack the course again, or copy these files "
                "from another copy.</p>",
            )
        )
    for title, files in (
        (tr("verify_dialog", "Missing"), report.missing),
        (tr("verify_dialog", "Changed since packing"), report.changed),
        (tr("verify_dialog", "Not in the manifest (added later?)"), report.extra),
    ):
        if files:
            rows = "".join(f"<li>{escape(f)}</li>" for f in files)
            parts.append(f"<p><b>{title}</b> ({len(files)}):</p><ul>{rows}</ul>")
    return "".join(parts)


def all_match_text(report: VerifyReport) -> str:
    return tr("verify_dialog", "All {count} files match.").format(count=report.checked)


class VerifyDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.reports: list[VerifyReport] = []
        self.job: Job | None = None
        self.setWindowTitle(tr("verify_dialog", "Verify {name}").format(name=path.name or path))
        self.setMinimumWidth(600)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("verify_dialog", "Verifying progress"))
        self.progress.setRange(0, 0)
        self.label = QLabel(tr("verify_dialog", "Checking every file in {path}…").format(path=path))
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("verify_dialog", "Verifying status"))
        self.outcome = QTextBrowser()
        self.outcome.setAccessibleName(tr("verify_dialog", "Verify result"))
        self.outcome.setMinimumHeight(160)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 340)

    def start(self) -> Job:
        path = self.path

        def work(progress: Progress, token: CancelToken) -> list[VerifyReport]:
            packages = find_packages(path)
            if not packages:
                raise NotFoundError(tr("verify_dialog", "There is no TrainerKit package in {path}.").format(path=path))
            reports = []
            for number, package in enumerate(packages, start=1):
                prefix = (
                    tr("verify_dialog", "Package {number} of {total}: ").format(number=number, total=len(packages))
                    if len(packages) > 1
                    else ""
                )

                def each(done: int, total: int, label: str, prefix: str = prefix) -> None:
                    progress(done, total, prefix + label)

                reports.append(verify_package(package, progress=each, token=token))
            return reports

        self.job = run_job(
            work,
            parent=self,
            doing=tr("verify_dialog", "verifying {path}").format(path=path),
            on_result=self._done,
            on_progress=self._progress,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        return self.job

    def done(self, result: int) -> None:
        stop_jobs(self)  # cancel and await the running job before the dialog goes away
        super().done(result)

    def _progress(self, done: int, total: int, label: str) -> None:
        show_progress(
            self.progress, self.label, done, total, tr("verify_dialog", "Checking {label}").format(label=label)
        )

    def _finish(self) -> None:
        self.progress.setRange(0, 1)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if button is not None:
            button.setText(tr("verify_dialog", "Close"))

    def _cancel_or_close(self) -> None:
        if not cancel_running(self.job, self.label):
            self.close()

    def _cancelled(self) -> None:
        self._finish()
        self.label.setText(tr("verify_dialog", "Cancelled: nothing was checked to the end."))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.label.setText(tr("verify_dialog", "Could not verify."))
        show_error(self, exc, tr("verify_dialog", "verifying {path}").format(path=self.path))

    def _done(self, reports: list[VerifyReport]) -> None:
        self.reports = reports
        self._finish()
        self.progress.setValue(1)
        if all(r.ok for r in reports):
            total = sum(r.checked for r in reports)
            several = tr("verify_dialog", " ({count} packages)").format(count=len(reports)) if len(reports) > 1 else ""
            self.label.setText(
                tr("verify_dialog", "All {total} files match.{several}").format(total=total, several=several)
            )
        else:
            bad = sum(not r.ok for r in reports)
            self.label.setText(
                (
                    tr("verify_dialog", "{bad} of {total} package need attention.")
                    if len(reports) == 1
                    else tr("verify_dialog", "{bad} of {total} packages need attention.")
                ).format(bad=bad, total=len(reports))
            )
        self.outcome.setHtml("<hr/>".join(report_html(r) for r in reports))
