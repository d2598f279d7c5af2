"""Commands for the venue: `usb targets`, `usb pack NAME TARGET`, `usb verify PATH`, and `check NAME`.

Thin wrappers over ``trainerkit.package``: parse arguments, call the core, print.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from trainerkit.cli.output import emit_json
from trainerkit.messages import count_noun
from trainerkit.store import Store, open_store


def _store() -> Store:
    return open_store()


class _Printer:
    """Progress on stderr, one line per file or step, never more often than the label changes."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.last = ""

    def __call__(self, done: int, total: int, label: str) -> None:
        if self.quiet or label == self.last:
            return
        self.last = label
        percent = 100 * done // max(total, 1)
        click.echo(f"  {percent:>3}%  {label}", err=True)


@click.group()
def usb() -> None:
    """Pack a course onto a USB stick for the venue, verified, and check it there."""


@usb.command("targets")
@click.option("--all", "include_fixed", is_flag=True, help="Also list fixed disks, not only removable drives.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def usb_targets(include_fixed: bool, as_json: bool) -> None:
    """List drives to write a package to, with label, free space and file system."""
    from trainerkit.package import list_targets

    targets = list_targets(include_fixed=include_fixed)
    if as_json:
        emit_json([t.as_dict() for t in targets])
        return
    if not targets:
        click.echo("No removable drive found. Plug in a stick, or give any folder: `trainerkit usb pack NAME FOLDER`.")
        if not include_fixed:
            click.echo("(`trainerkit usb targets --all` lists fixed disks too.)")
    for target in targets:
        click.echo(target.describe())


@usb.command("pack")
@click.argument("name")
@click.argument("target", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--app",
    "app",
    type=click.Path(path_type=Path, exists=True),
    default=None,
    help="The TrainerKit build to put in App/: a build folder or its .zip/.tar.gz, e.g. a Windows build "
    "for a Windows laptop (default: the running TrainerKit app itself).",
)
@click.option(
    "--with-app",
    is_flag=True,
    help="Put a portable copy of TrainerKit in App/ (in a source checkout: dist/TrainerKit from "
    "`python3 dev.py build`); fail when there is no build.",
)
@click.option("--no-app", is_flag=True, help="Do not put a copy of the app on the stick.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def usb_pack(name: str, target: Path, app: Path | None, with_app: bool, no_app: bool, as_json: bool) -> None:
    """Pack course NAME into a folder on TARGET (a stick's root or any folder), copy and verify every file.

    With a build of TrainerKit (see `--app`), App/ gets a portable copy of the app: it runs from the stick
    without installing and keeps its data in App/TrainerKit-data; index.html says how to start it.
    """
    from trainerkit.errors import NotFoundError
    from trainerkit.package import pack_course
    from trainerkit.package.layout import find_portable_app
    from trainerkit.package.portable import find_app_build, resolve_app
    from trainerkit.package.preflight import preflight_to_text
    from trainerkit.package.targets import human_size

    if no_app and (with_app or app is not None):
        raise click.UsageError("--no-app cannot go with --with-app or --app.")
    portable = None if no_app else (app or find_portable_app() or (find_app_build(True) if with_app else None))
    if portable is None and with_app:
        raise NotFoundError(
            "There is no build of TrainerKit on this computer to put on the stick: make one with "
            "`python3 dev.py build`, or give one with --app (a build folder or its .zip/.tar.gz)."
        )
    if portable is not None:
        try:
            portable = resolve_app(portable)
        except NotFoundError:
            if with_app or app is not None:
                raise
            portable = None  # found automatically but not a build: pack without it
    report = pack_course(_store(), name, target, app=portable, progress=_Printer(as_json))
    if as_json:
        emit_json(report.as_dict())
        return
    lines = preflight_to_text(report.preflight, levels=("error", "warning"))
    if lines:
        shown = 10
        check = f"`trainerkit check {shlex.quote(name)}`"
        click.echo(f"Before you go ({len(lines) // 2} things to look at; {check} lists them all):")
        for line in lines[: 2 * shown]:
            click.echo("  " + line)
    for note in report.staged.notes:
        click.echo(f"Note: {note}")
    for finding in report.preflight.findings:
        if finding.code == "name-changed":
            click.echo(f"Note: {finding.message}")
    if portable is not None:
        click.echo(f"With the app: {report.package / 'App'} (from {portable}).")
    copied, skipped = len(report.copy.copied), len(report.copy.skipped)
    click.echo(
        f"Packed and verified: {report.package}\n"
        f"  {len(report.staged.files)} files, {human_size(report.staged.size)}"
        f" ({copied} written, {skipped} already there and verified)."
    )


@usb.command("verify")
@click.argument("path", type=click.Path(path_type=Path, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def usb_verify(path: Path, as_json: bool) -> None:
    """Check a package (or every package on a stick) against its MANIFEST.sha256."""
    from trainerkit.errors import NotFoundError
    from trainerkit.package import find_packages, verify_package

    packages = find_packages(path)
    if not packages:
        raise NotFoundError(f"There is no TrainerKit package in {path}.")
    reports = [verify_package(p, progress=_Printer(True)) for p in packages]
    if as_json:
        emit_json([r.as_dict() for r in reports])
    else:
        for report in reports:
            if report.ok:
                click.echo(f"OK: {report.path} ({report.checked} files match {report.path.name}/MANIFEST.sha256).")
            elif not report.complete:
                click.echo(f"INCOMPLETE: {report.path}. {report.note}")
            else:
                click.echo(f"DAMAGED: {report.path}")
                for rel in report.missing:
                    click.echo(f"  missing: {rel}")
                for rel in report.changed:
                    click.echo(f"  changed: {rel}")
                click.echo(
                    "  Pack the course again (`trainerkit usb pack NAME "
                    f"{shlex.quote(str(report.path.parent))}`) or copy these files from another copy."
                )
            for rel in report.extra:
                click.echo(f"  not in the manifest (added later?): {rel}")
    if not all(r.ok for r in reports):
        raise click.exceptions.Exit(1)


@click.command("check")
@click.argument("name")
@click.option(
    "--target",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Also check the package's size and names against this drive or folder.",
)
@click.option(
    "--accessibility",
    is_flag=True,
    help="Only the accessibility check: titles, alt text, reading order, contrast, text size, table headers, "
    "handout PDF language and tags.",
)
@click.option(
    "--no-handouts",
    is_flag=True,
    help="With --accessibility: check the slides only, without making and checking the handout PDFs (faster).",
)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def check(name: str, target: Path | None, accessibility: bool, no_handouts: bool, as_json: bool) -> None:
    """Preflight: what you would regret finding at the venue (unadapted slides, empty fields, timing, ...)."""
    if accessibility and target is not None:
        raise click.UsageError("--target is for the preflight, not for --accessibility.")
    if accessibility:
        _check_accessibility(name, as_json, handouts=not no_handouts)
        return
    from trainerkit.package import describe_target, preflight
    from trainerkit.package.pack import allocated_size, block_size
    from trainerkit.package.preflight import preflight_to_text

    store = _store()
    drive = package = None
    if target is not None:
        from trainerkit.package.layout import stage_package

        staged = stage_package(store, name, progress=_Printer(as_json))
        drive = describe_target(target)
        package = (
            allocated_size([f.size for f in staged.files], block_size(target)),
            [(f"{staged.folder_name}/{f.rel}", f.size) for f in staged.files],
        )
    report = preflight(store, name, target=drive, package=package)
    if as_json:
        emit_json(report.as_dict())
    else:
        for line in preflight_to_text(report):
            click.echo(line)
        from trainerkit.package.preflight import counts_line

        click.echo(counts_line(report, name))
    if report.errors:
        raise click.exceptions.Exit(1)


def _check_accessibility(name: str, as_json: bool, handouts: bool) -> None:
    from trainerkit.export.accessibility import course_accessibility

    report = course_accessibility(_store(), name, handouts=handouts, progress=_Printer(as_json))
    if as_json:
        emit_json(report.as_dict())
    else:
        for line in report.lines():
            click.echo(line)
        click.echo(
            f"Course '{name}': {report.slides_checked} slides and {report.pdfs_checked} handout PDFs checked: "
            f"{count_noun(report.count('error'), 'error')}, {count_noun(report.count('warning'), 'warning')}."
        )
    if report.count("error"):
        raise click.exceptions.Exit(1)


def register(group: click.Group) -> None:
    group.add_command(usb)
    group.add_command(check)
