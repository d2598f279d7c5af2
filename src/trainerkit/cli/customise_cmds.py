"""Commands that tailor a trainer's course: course, slides, slide, undo, redo, export."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import click

# Only what `trainerkit slide hide` needs is imported here; the rest (the course loader, python-pptx)
# inside the commands that use it, so a small change starts quickly (bench/bench_ops.py).
from trainerkit.cli.output import emit_json
from trainerkit.courseops.course import Changes, OpenCourse
from trainerkit.errors import InvalidInputError
from trainerkit.store import Store, open_store
from trainerkit.store import courses as store_courses


def _store() -> Store:
    return open_store()


def _open(name: str) -> OpenCourse:
    """Course ``name``, opened once for the command; ``NotFoundError`` when there is none."""
    return OpenCourse.open(_store(), name)


def _said(changes: Changes) -> str:
    assert changes.change is not None
    return changes.change.describe() + "."


@click.group()
def course() -> None:
    """Create and manage your courses (a copy of the bundled course for a venue)."""


@course.command("create")
@click.argument("name")
@click.option("--country", help="ISO 3166 code or name, e.g. KE or Kenya.")
@click.option("--venue", default="")
@click.option("--dates", default="")
@click.option("--organisation", default="")
@click.option("--lang", "language", default="", help="Content language, ISO 639-1 (e.g. fr); default English.")
def course_create(name: str, country: str | None, venue: str, dates: str, organisation: str, language: str) -> None:
    """Create a course NAME from the bundled course."""
    from trainerkit import customise

    store = _store()
    record = customise.new_course(
        store, name, country, venue=venue, dates=dates, organisation=organisation, language=language
    )
    where = f" for {record.initial_profile['country']}" if record.initial_profile.get("country") else ""
    click.echo(f"Created course '{record.name}'{where} from bundled course {record.base_version}.")


@course.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def course_list(as_json: bool) -> None:
    """List your courses."""
    store = _store()
    rows = []
    for record in store_courses.list_courses(store):
        state = OpenCourse(store, record).state
        rows.append(
            {
                "name": record.name,
                "country": state.profile.get("country", ""),
                "sessions": state.sessions,
                "changes": record.head,
                "can_redo": record.redo_available,
                "updated": record.updated,
                "base_version": record.base_version,
            }
        )
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("No courses yet. Create one: `trainerkit course create NAME --country CODE`")
    for row in rows:
        click.echo(f"{row['name']}  ({row['country'] or 'no country'}; {row['changes']} changes; {row['updated']})")


@course.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def course_show(name: str, as_json: bool) -> None:
    """Show a course's profile, sessions and changes."""
    from trainerkit.values import PROFILE_FIELDS

    opened = _open(name)
    record, state = opened.record, opened.state
    changes = [
        {
            "seq": c.seq,
            "kind": c.kind,
            "session": c.session,
            "slide": c.slide_key,
            "what": c.describe(),
            "undone": c.seq > record.head,
        }
        for c in record.changes
    ]
    if as_json:
        emit_json(
            {
                "name": record.name,
                "profile": state.profile,
                "sessions": state.sessions,
                "base_version": record.base_version,
                "head": record.head,
                "changes": changes,
            }
        )
        return
    click.echo(click.style(record.name, bold=True) + f"  (bundled course {record.base_version})")
    for field in (*PROFILE_FIELDS, *sorted(k for k in state.profile if k not in PROFILE_FIELDS)):
        if field in state.profile:
            click.echo(f"  {field}: {state.profile[field]}")
    click.echo(f"  sessions: {', '.join(str(s) for s in state.sessions)}")
    click.echo(f"Changes ({record.head} in effect):")
    for c in changes:
        click.echo(f"  {c['seq']:>3}. {c['what']}{'  (undone)' if c['undone'] else ''}")


def _pairs(items: tuple[str, ...]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise InvalidInputError(f"'{item}' is not KEY=VALUE.")
        key, value = item.split("=", 1)
        pairs[key] = value
    return pairs


@course.command("set")
@click.argument("name")
@click.argument("values", nargs=-1)
@click.option(
    "--token",
    "tokens",
    multiple=True,
    metavar="KEY=VALUE",
    help="Declare (or change) your own {{token}} for slides you add; repeat for several.",
)
def course_set(name: str, values: tuple[str, ...], tokens: tuple[str, ...]) -> None:
    """Set profile fields: KEY=VALUE ... (country, region, organisation, venue, dates, facilitators,
    participants, language, paper, or a custom token already declared). Declare a new custom token with
    --token KEY=VALUE. An empty value clears a field."""
    if not values and not tokens:
        raise InvalidInputError("Give at least one KEY=VALUE (or --token KEY=VALUE) to set.")
    change = _open(name).set_profile(_pairs(values), _pairs(tokens)).change
    assert change is not None
    set_keys = list(change.payload.get("values", {}))
    click.echo("Profile updated: " + ", ".join(k for k in set_keys if k != "country_code"))


@course.command("sessions")
@click.argument("name")
@click.argument("numbers", nargs=-1, type=int, required=True)
def course_sessions(name: str, numbers: tuple[int, ...]) -> None:
    """Choose which sessions the course teaches (e.g. 1 2 3 4 5 6 7)."""
    _open(name).select_sessions(list(numbers))
    click.echo("Sessions: " + ", ".join(str(n) for n in sorted(set(numbers))))


@course.command("rename")
@click.argument("name")
@click.argument("new_name")
def course_rename(name: str, new_name: str) -> None:
    """Rename course NAME to NEW_NAME (its profile and changes stay)."""
    record = store_courses.rename_course(_store(), name, new_name)
    click.echo(f"Renamed course '{name}' to '{record.name}'.")


@course.command("delete")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def course_delete(name: str, yes: bool) -> None:
    """Delete a course and its changes (the bundled course is not affected)."""
    store = _store()
    store_courses.get_course(store, name)
    if not yes and not click.confirm(f"Delete course '{name}' and all its changes?"):
        raise click.exceptions.Abort()
    store_courses.delete_course(store, name)
    click.echo(f"Deleted course '{name}'.")


@click.command()
@click.argument("name")
@click.option("--session", "session_number", type=int, help="Only this session.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def slides(name: str, session_number: int | None, as_json: bool) -> None:
    """List a course's slides as they will be exported: position, key, hidden, adapt, origin and the title
    with the course's values filled in (``--json`` also gives the title as written, ``raw_title``)."""
    from trainerkit.deck.tokens import fill_tokens

    opened = _open(name)
    values = opened.state.token_values(opened.course)
    numbers = [session_number] if session_number else opened.state.sessions
    rows = [row for n in numbers for row in opened.slides(n)]
    if as_json:
        emit_json(
            [
                {
                    **{k: v for k, v in r.as_dict().items() if k != "notes"},
                    "title": fill_tokens(r.title, values),
                    "raw_title": r.title,
                }
                for r in rows
            ]
        )
        return
    key_width = max([len("key"), *(len(r.key) for r in rows)])
    origin_width = max([len("origin"), *(len(r.origin) for r in rows)])
    current = None
    for row in rows:
        if row.session != current:
            current = row.session
            click.echo(click.style(f"Session {row.session}", bold=True))
            click.echo(f"  {'pos':>3}  {'key':<{key_width}}  hidden  adapt  {'origin':<{origin_width}}  title")
        hidden = "hidden" if row.hidden else ""
        adapt = "adapt" if row.adapt else ""
        title = fill_tokens(row.title, values)
        flags = f"{hidden:<6}  {adapt:<5}  {row.origin:<{origin_width}}"
        click.echo(f"  {row.position:>3}  {row.key:<{key_width}}  {flags}  {title}")


@click.group()
def slide() -> None:
    """Change one slide of a course: hide, show, delete, duplicate, move, import, notes, edit, reset."""


_CHANGE_KINDS = {"reset": "reset-slide", "adapted": "mark-adapted"}


def _simple(kind: str, verb: str) -> click.Command:
    @click.command(kind, help=f"{verb} slide KEY in course NAME.")
    @click.argument("name")
    @click.argument("key")
    def command(name: str, key: str) -> None:
        click.echo(_said(_open(name).change_slide(kind, key)))
        if kind == "mark-adapted":
            from trainerkit.package.gaps import placeholders_left

            left = placeholders_left(_store(), name, key)
            if left:
                shown = ", ".join(left[:3]) + (f" and {len(left) - 3} more" if len(left) > 3 else "")
                click.echo(
                    f"Its 'To adapt' label stays while bracket text remains on it: {shown}. "
                    f"Replace it: trainerkit slide edit {shlex.quote(name)} {key} --find {shlex.quote(left[0])} "
                    '--replace "..."'
                )

    return command


for _kind, _verb in (
    ("hide", "Hide"),
    ("show", "Show"),
    ("delete", "Delete"),
    ("duplicate", "Duplicate"),
    ("reset", "Reset to the original"),
    ("adapted", "Mark as adapted (its 'To adapt' label leaves the export)"),
):
    slide.add_command(_simple(_CHANGE_KINDS.get(_kind, _kind), _verb), _kind)


@slide.command("move")
@click.argument("name")
@click.argument("key")
@click.option("--to", "position", type=int, required=True, help="New 1-based position in its session.")
def slide_move(name: str, key: str, position: int) -> None:
    """Move slide KEY to POSITION within its session."""
    click.echo(_said(_open(name).move(key, position)))


@slide.command("notes")
@click.argument("name")
@click.argument("key")
@click.option("--text", required=True, help="The new speaker notes ('-' reads them from standard input).")
def slide_notes(name: str, key: str, text: str) -> None:
    """Replace the speaker notes of slide KEY."""
    notes = sys.stdin.read() if text == "-" else text
    click.echo(_said(_open(name).edit_notes(key, notes)))


@slide.command("edit")
@click.argument("name")
@click.argument("key")
@click.option("--find", required=True)
@click.option("--replace", "replacement", required=True)
def slide_edit(name: str, key: str, find: str, replacement: str) -> None:
    """Replace text on slide KEY (keeps the formatting)."""
    click.echo(_said(_open(name).edit_text(key, find, replacement)))


@slide.command("import")
@click.argument("name")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--slide", "slide_number", type=int, required=True, help="1-based slide number in FILE.")
@click.option("--session", "session_number", type=int, required=True)
@click.option("--after", default=None, help="Key of the slide to insert after (default: at the end).")
def slide_import(name: str, file: Path, slide_number: int, session_number: int, after: str | None) -> None:
    """Copy a slide from another presentation into a session (the file is copied into your data)."""
    if not file.is_file():
        raise InvalidInputError(f"There is no file {file}.")
    changes = _open(name).import_slide(file, slide_number, session_number, after)
    assert changes.change is not None
    p = changes.change.payload
    click.echo(f"Imported slide {p.get('slide')} of {p.get('name')} as {p.get('new_key')}.")
    for note in p.get("notes", []):
        click.echo(f"  Note: {note[0].upper() + note[1:]}" + ("" if note.endswith(".") else "."))


@click.command()
@click.argument("name")
def undo(name: str) -> None:
    """Undo the last change to course NAME."""
    change = _open(name).undo().change
    click.echo(f"Undone: {change.describe()}." if change else "Nothing to undo.")


@click.command()
@click.argument("name")
def redo(name: str) -> None:
    """Redo the last undone change to course NAME."""
    change = _open(name).redo().change
    click.echo(f"Redone: {change.describe()}." if change else "Nothing to redo.")


@click.command("export")
@click.argument("name")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), required=True)
@click.option(
    "--what",
    default="decks",
    show_default=True,
    help="Comma-separated: decks, handouts, participant-pack, trainer-pack, slide-handouts, or all.",
)
@click.option("--per-page", default="3", show_default=True, help="Slides per page for slide handouts: 1, 2, 3, 6.")
@click.option("--combined", is_flag=True, help="Also write one deck per training day.")
@click.option("--drop-hidden", is_flag=True, help="Leave hidden slides out instead of keeping them hidden.")
@click.option("--json", "as_json", is_flag=True, help="Print the export report as JSON.")
def export(
    name: str, out_dir: Path, what: str, per_page: str, combined: bool, drop_hidden: bool, as_json: bool
) -> None:
    """Export course NAME's customised decks, handouts and packs into OUT."""
    from trainerkit.cli.handout_cmds import progress_printer
    from trainerkit.export.decks import export_decks
    from trainerkit.export.packs import parse_what

    progress = progress_printer(as_json)

    chosen = parse_what(what)
    store = _store()
    if chosen == ("decks",):
        report = export_decks(store, name, out_dir, combined=combined, drop_hidden=drop_hidden, progress=progress)
        if as_json:
            emit_json(report.as_dict())
            return
        for path in report.files:
            click.echo(str(path))
        click.echo(f"{len(report.files)} files, {report.slides} slides ({report.hidden} hidden).")
        for problem in report.problems:
            click.echo(f"Warning: {problem}", err=True)
        for session, tokens in report.missing_tokens.items():
            click.echo(f"Warning: session {session} uses {', '.join(tokens)} with no value in the profile.", err=True)
        return
    from trainerkit.cli.handout_cmds import export_materials

    export_materials(name, out_dir, chosen, per_page, as_json, combined=combined, drop_hidden=drop_hidden)


def register(group: click.Group) -> None:
    for command in (course, slides, slide, undo, redo, export):
        group.add_command(command)
