"""Commands for the examples library: list, search, show, add, edit, delete, insert, suggest, export, import."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from trainerkit.cli.output import emit_json
from trainerkit.examples import exchange
from trainerkit.examples.library import (
    Example,
    Filters,
    add_example,
    delete_example,
    edit_example,
    get_example,
    list_examples,
    search_examples,
    suggest_examples,
)
from trainerkit.examples.slides import SLIDE_KINDS, insert_example
from trainerkit.store import open_store

F = TypeVar("F", bound=Callable[..., Any])


def _filter_options(command: F) -> F:
    options = [
        click.option("--country", help="ISO 3166 code or name, e.g. TN or Tunisia."),
        click.option("--region", help="Region, e.g. 'Western Africa', Europe, Global."),
        click.option("--theme", help="Theme, e.g. labour, trafficking, children."),
        click.option("--session", type=int, help="Session number (1-7)."),
        click.option("--kind", type=click.Choice(["example", "fact"])),
        click.option("--mine", is_flag=True, help="Only your own examples."),
        click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(country: str | None, region: str | None, theme: str | None, session: int | None, kind: str | None,
             mine: bool) -> Filters:  # fmt: skip
    return Filters(country=country, region=region, theme=theme, session=session, kind=kind, mine=True if mine else None)


def _print(rows: list[Example], as_json: bool) -> None:
    if as_json:
        emit_json([e.as_dict() for e in rows])
        return
    if not rows:
        click.echo("No examples match.")
        return
    for e in rows:
        sessions = ",".join(str(s) for s in e.sessions) or "-"
        click.echo(f"{e.id}  [{e.kind}; {e.place_label or 'no place'}; sessions {sessions}]  {e.title}")
    click.echo(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}.")


@click.group()
def example() -> None:
    """The examples library: facts and country examples to put on slides, and your own."""


@example.command("list")
@_filter_options
def example_list(
    country: str | None, region: str | None, theme: str | None, session: int | None, kind: str | None,
    mine: bool, as_json: bool,
) -> None:  # fmt: skip
    """List examples and facts, optionally filtered."""
    _print(list_examples(open_store(), _filters(country, region, theme, session, kind, mine)), as_json)


@example.command("search")
@click.argument("words", nargs=-1, required=True)
@_filter_options
def example_search(
    words: tuple[str, ...], country: str | None, region: str | None, theme: str | None, session: int | None,
    kind: str | None, mine: bool, as_json: bool,
) -> None:  # fmt: skip
    """Search titles, summaries, places and sources for WORDS (all must match), best first."""
    rows = search_examples(open_store(), " ".join(words), _filters(country, region, theme, session, kind, mine))
    _print(rows, as_json)


@example.command("show")
@click.argument("example_id")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def example_show(example_id: str, as_json: bool) -> None:
    """Show one example with its source."""
    e = get_example(open_store(), example_id)
    if as_json:
        emit_json(e.as_dict())
        return
    click.echo(f"{e.title}  ({e.id}, {e.kind}{', yours' if e.mine else ''})")
    click.echo(f"  {e.summary}")
    if e.figure:
        click.echo(f"  Figure: {e.figure}")
    click.echo(f"  Place: {e.place_label or '-'}   Year: {e.year or '-'}")
    click.echo(f"  Themes: {', '.join(e.themes) or '-'}   Sessions: {', '.join(map(str, e.sessions)) or '-'}")
    click.echo(f"  Source: {e.citation}")
    if e.picture:
        click.echo(f"  Picture: {e.picture_file} ({e.picture_alt})")


def _example_options(command: F) -> F:
    options = [
        click.option("--title"),
        click.option("--text", "summary", help="What happened, in your words."),
        click.option("--source", help="Where this comes from (document, organisation, date)."),
        click.option("--country", "countries", multiple=True, help="ISO code or name; repeat for several."),
        click.option("--region", "regions", multiple=True, help="Region; repeat for several."),
        click.option("--theme", "themes", multiple=True, help="Theme; repeat for several."),
        click.option("--session", "sessions", multiple=True, type=int, help="Session number; repeat."),
        click.option("--date", "year", help="When, e.g. 2024 or March 2024."),
        click.option("--kind", type=click.Choice(["example", "fact"])),
        click.option("--figure", help="For a fact: the headline figure, e.g. '1 in 4 workers'."),
        click.option("--picture", type=click.Path(dir_okay=False, path_type=Path), help="PNG, JPEG or GIF."),
        click.option("--alt", "picture_alt", help="Describe the picture for people who cannot see it."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@example.command("add")
@_example_options
def example_add(**values: object) -> None:
    """Add your own example (title, text and source are needed)."""
    fields = {k: v for k, v in values.items() if v not in (None, ())}
    for key in ("title", "summary", "source"):
        if key not in fields:
            raise click.UsageError(f"--{'text' if key == 'summary' else key} is needed.")
    e = add_example(open_store(), **fields)  # type: ignore[arg-type]
    click.echo(f"Added example {e.id}: {e.title}")


@example.command("edit")
@click.argument("example_id")
@_example_options
@click.option("--remove-picture", is_flag=True)
def example_edit(example_id: str, **values: object) -> None:
    """Change your own example EXAMPLE_ID (only the fields given)."""
    fields = {k: v for k, v in values.items() if v not in (None, ())}
    e = edit_example(open_store(), example_id, **fields)  # type: ignore[arg-type]
    click.echo(f"Saved example {e.id}: {e.title}")


@example.command("delete")
@click.argument("example_id")
def example_delete(example_id: str) -> None:
    """Delete your own example (slides made from it keep their text)."""
    e = delete_example(open_store(), example_id)
    click.echo(f"Deleted example {e.id}: {e.title}")


@example.command("insert")
@click.argument("name")
@click.argument("example_id")
@click.option("--session", type=int, required=True, help="Session to put the slide in.")
@click.option("--after", help="Key of the slide to put it after (default: at the end).")
@click.option("--layout", type=click.Choice(SLIDE_KINDS), help="How to show it (default: by kind).")
@click.option("--alt", help="Describe the picture for people who cannot see it (kept with your example).")
def example_insert(
    name: str, example_id: str, session: int, after: str | None, layout: str | None, alt: str | None
) -> None:
    """Insert EXAMPLE_ID as a slide into course NAME (its source goes on the slide and in the notes)."""
    from trainerkit.examples.slides import example_slide_spec, picture_needs_alt

    store = open_store()
    change = insert_example(store, name, example_id, session, after=after, layout=layout, alt=alt)
    where = f"after {after}" if after else "at the end"
    click.echo(f"Inserted {example_id} as slide {change.slide_key} in session {session}, {where}.")
    example = get_example(store, example_id)
    if not alt and example_slide_spec(example, layout).get("layout") == "picture" and picture_needs_alt(example):
        click.echo(
            "The picture has no description for people who cannot see it: insert it with --alt \"...\" "
            f"(or `trainerkit example edit {shlex.quote(example_id)} --alt \"...\"`); until then "
            f"`trainerkit check {shlex.quote(name)} --accessibility` lists it.",
            err=True,
        )


@example.command("suggest")
@click.argument("name")
@click.option("--session", type=int, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def example_suggest(name: str, session: int, as_json: bool) -> None:
    """Examples for a session of course NAME, matching its country or region and the session's themes."""
    from trainerkit.customise import state_of

    store = open_store()
    _record, state, _course = state_of(store, name)
    found = suggest_examples(store, state, session)
    if as_json:
        emit_json([{"id": s.example.id, "title": s.example.title, "reason": s.reason} for s in found])
        return
    for s in found:
        click.echo(f"{s.example.id}  {s.example.title}  ({s.reason})")


@example.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--all", "everything", is_flag=True, help="Bundled entries too, not only yours.")
def example_export(file: Path, everything: bool) -> None:
    """Write examples to FILE (.csv for spreadsheets, or .json)."""
    count = exchange.export_examples(open_store(), file, mine_only=not everything)
    click.echo(f"Wrote {count} examples to {file}.")


@example.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def example_import(file: Path) -> None:
    """Add or update your own examples from FILE (.csv or .json, as written by `example export`)."""
    report = exchange.import_examples(open_store(), file)
    click.echo(f"Added {len(report.added)} and updated {len(report.updated)} of your examples from {file.name}.")


def register(group: click.Group) -> None:
    group.add_command(example)
