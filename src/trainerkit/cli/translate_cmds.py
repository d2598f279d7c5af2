"""`trainerkit translate`: the course-content translation round trip (XLIFF 2.0 or PO)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from trainerkit.store import Store, open_store
from trainerkit.translate import service


def _store() -> Store:
    return open_store()


@click.group()
def translate() -> None:
    """Translate a course's content: export a file for a translator, import it, see what is done."""


@translate.command("export")
@click.argument("name")
@click.option("--lang", help="Language to translate into (ISO 639-1, e.g. fr); default: the course's language.")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="File to write.")
@click.option("--format", "fmt", type=click.Choice(service.FORMATS), default="xliff", show_default=True)
def translate_export(name: str, lang: str | None, out: Path, fmt: str) -> None:
    """Write every text of course NAME (slides, notes, plans, agenda, handouts) for translation."""
    result = service.export_translation(_store(), name, out, lang=lang, fmt=fmt)
    click.echo(
        f"Wrote {result.units} texts to {result.path} for translation into {result.lang} "
        f"({result.prefilled} already translated, filled in)."
    )


@translate.command("import")
@click.argument("name")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
def translate_import(name: str, file: Path) -> None:
    """Check FILE (a translated XLIFF or PO from `translate export`) and store it in course NAME."""
    result = service.import_translation(_store(), name, file)
    gone = f"; {result.gone} no longer in the course, skipped" if result.gone else ""
    click.echo(f"Imported {result.stored} translated texts ({result.lang}); {result.empty} still untranslated{gone}.")


@translate.command("status")
@click.argument("name")
@click.option("--lang", help="Language to report on (default: the course's language).")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def translate_status(name: str, lang: str | None, as_json: bool) -> None:
    """How much of course NAME is translated, per session, plans and handouts."""
    code, rows = service.translation_status(_store(), name, lang)
    if as_json:
        click.echo(json.dumps({"language": code, "parts": [r.as_dict() for r in rows]}, indent=2))
        return
    for row in rows:
        click.echo(row.line(code))


def register(group: click.Group) -> None:
    group.add_command(translate)
