"""Commands for the people of a course: who facilitates each session, and the participants list."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import click

from trainerkit.cli.output import emit_json
from trainerkit.courseops.course import OpenCourse
from trainerkit.store import open_store


def _open(name: str) -> OpenCourse:
    return OpenCourse.open(open_store(), name)


@click.command("facilitator")
@click.argument("name")
@click.argument("session", type=int, required=False)
@click.argument("person", required=False)
@click.option("--clear", is_flag=True, help="Take the facilitator of SESSION off.")
@click.option("--json", "as_json", is_flag=True, help="Print who leads each session as JSON.")
def facilitator(name: str, session: int | None, person: str | None, clear: bool, as_json: bool) -> None:
    """Set who leads SESSION of course NAME (`facilitator NAME 3 "Amal Haddad"`), or list who leads what.

    The trainer pack and the agenda print it; one undo step each."""
    course = _open(name)
    if session is not None and (person is not None or clear):
        changes = course.set_facilitator(session, "" if clear else person or "")
        assert changes.change is not None
        if not as_json:
            click.echo(f"{changes.label}. (Undo with `trainerkit undo {shlex.quote(course.name)}`.)")
    elif session is not None:
        course.check_session(session)
    leads = course.state.facilitators
    numbers = [session] if session is not None else sorted(course.state.sessions)
    rows = [{"session": n, "title": course.course.session(n).title, "facilitator": leads.get(n, "")} for n in numbers]
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        click.echo(f"  Session {row['session']}: {row['title']} — {row['facilitator'] or '(nobody yet)'}")


class _ListByDefault(click.Group):
    """`participants NAME` lists; `participants import|add|remove NAME ...` change the list."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["list", *args]
        return super().parse_args(ctx, args)


@click.group("participants", cls=_ListByDefault)
def participants() -> None:
    """The participants list of a course: `participants NAME [--json]` shows it; import, add and remove
    change it (one undo step each). Export gives name tags, certificates and attendance sheets from it:
    `trainerkit export NAME --out DIR --what name-tags,certificates,attendance`."""


def _show(course: OpenCourse, as_json: bool, notes: list[str] | None = None, said: str = "") -> None:
    rows = course.participants()
    if as_json:
        data: dict[str, Any] = {"course": course.name, "count": len(rows), "participants": rows}
        if notes is not None:
            data["notes"] = notes
        if said:
            data["change"] = said
        emit_json(data)
        return
    if said:
        click.echo(f"{said}. (Undo with `trainerkit undo {shlex.quote(course.name)}`.)")
    for note in notes or []:
        click.echo(f"Note: {note}", err=True)
    click.echo(f"{len(rows)} participant{'s' if len(rows) != 1 else ''} in course {course.name}.")
    for number, row in enumerate(rows, start=1):
        organisation = f"  ({row['organisation']})" if row.get("organisation") else ""
        click.echo(f"  {number:>3}. {row['name']}{organisation}")


@participants.command("list")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def list_(name: str, as_json: bool) -> None:
    """Show the participants of course NAME."""
    _show(_open(name), as_json)


@participants.command("import")
@click.argument("name")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--replace", is_flag=True, help="Make the file's names the whole list (default: add new names).")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def import_(name: str, file: Path, replace: bool, as_json: bool) -> None:
    """Add the names in FILE (CSV or XLSX: a Name column, an optional Organisation column) to course NAME.

    Empty rows and repeated names are skipped and said; a file that cannot be read changes nothing."""
    course = _open(name)
    changes, notes = course.import_participants(file, replace=replace)
    _show(course, as_json, notes, changes.label)


@participants.command("add")
@click.argument("name")
@click.argument("person")
@click.option("--organisation", default="", help="The participant's organisation (printed on the name tag).")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def add(name: str, person: str, organisation: str, as_json: bool) -> None:
    """Add PERSON to the participants of course NAME."""
    course = _open(name)
    changes, notes = course.add_participants([{"name": person, "organisation": organisation}])
    _show(course, as_json, notes, changes.label)


@participants.command("remove")
@click.argument("name")
@click.argument("people", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def remove(name: str, people: tuple[str, ...], as_json: bool) -> None:
    """Take PEOPLE (names as on the list) off the participants of course NAME."""
    course = _open(name)
    changes = course.remove_participants(list(people))
    _show(course, as_json, None, changes.label)


def register(group: click.Group) -> None:
    group.add_command(facilitator)
    group.add_command(participants)
