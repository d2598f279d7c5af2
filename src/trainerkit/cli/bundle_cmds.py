"""Commands for course bundles (.tkcourse): export a course to one file, check one, import one."""

from __future__ import annotations

from pathlib import Path

import click

from trainerkit import bundle as bundles
from trainerkit.cli.output import emit_json
from trainerkit.store import open_store


@click.group("bundle")
def bundle_group() -> None:
    """Carry a course to another computer: its changes, profile, own examples, pictures, imported slides."""


@bundle_group.command("export")
@click.argument("name")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--all-examples", is_flag=True, help="Include all your own examples, not only those the course uses.")
def bundle_export(name: str, file: Path, all_examples: bool) -> None:
    """Write course NAME to FILE (.tkcourse)."""
    target = bundles.export_bundle(open_store(), name, file, all_own_examples=all_examples)
    click.echo(f"Wrote course '{name}' to {target} ({target.stat().st_size // 1024 + 1} KB).")


@bundle_group.command("show")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def bundle_show(file: Path, as_json: bool) -> None:
    """Check FILE completely and say what it holds, without importing it."""
    summary = bundles.read_bundle(file).summary()
    if as_json:
        emit_json(summary)
        return
    click.echo(
        f"{file.name}: course '{summary['course']}' (course version {summary['base_version']}), "
        f"{summary['changes']} changes, {len(summary['examples'])} own examples, {summary['files']} files. "
        "All checks passed."
    )


@bundle_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--as", "as_name", help="Import as a new course with this name.")
@click.option("--replace", is_flag=True, help="Replace your course of the same name.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def bundle_import(file: Path, as_name: str | None, replace: bool, as_json: bool) -> None:
    """Import a course from FILE; nothing is written unless every check passes."""
    if as_name and replace:
        raise click.UsageError("Use either --as NEW_NAME or --replace, not both.")
    report = bundles.import_bundle(open_store(), file, as_name=as_name, replace=replace)
    if as_json:
        emit_json(report.as_dict())
        return
    verb = "Replaced" if report.replaced else "Imported"
    click.echo(
        f"{verb} course '{report.name}': {report.changes} changes, {report.files} files, "
        f"{len(report.examples)} own examples."
    )
    for old, new in report.renamed_examples.items():
        click.echo(f"  Your example {old} differs from the bundle's; the bundle's was added as {new}.")


def register(group: click.Group) -> None:
    group.add_command(bundle_group)
