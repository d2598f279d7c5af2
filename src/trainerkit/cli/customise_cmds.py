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
from trainerkit.messages import count_noun
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
    ("delete", "Delete"),
    ("duplicate", "Duplicate"),
    ("reset", "Reset to the original"),
    ("adapted", "Mark as adapted (its 'To adapt' label leaves the export)"),
):
    slide.add_command(_simple(_CHANGE_KINDS.get(_kind, _kind), _verb), _kind)


@slide.command("move")
@click.argument("name")
@click.argument("key")
@click.option("--to", "position", type=int, default=None, help="New 1-based position in its session.")
@click.option("--after", default=None, help="Key of the slide to put it right after (same session).")
def slide_move(name: str, key: str, position: int | None, after: str | None) -> None:
    """Move slide KEY to a position within its session (--to N), or right after another slide (--after KEY)."""
    if (position is None) == (after is None):
        raise InvalidInputError("Say where to: --to POSITION or --after KEY (one of them).")
    opened = _open(name)
    click.echo(_said(opened.move(key, position) if position is not None else opened.move_after(key, str(after))))


@slide.command("show")
@click.argument("name")
@click.argument("key")
@click.option(
    "--to-guide-place", "guide_place", is_flag=True, help="Also put it back at its place in the guide's order."
)
def slide_show(name: str, key: str, guide_place: bool) -> None:
    """Show slide KEY in course NAME (a hidden slide shows again where it is, or at its guide place)."""
    opened = _open(name)
    if guide_place:
        click.echo(_said(opened.show_at_guide_place(key)))
        return
    click.echo(_said(opened.change_slide("show", key)))
    place = opened.guide_place(key)
    if place is not None and place[0] != opened.find_slide(key).position:
        click.echo(
            f"Its place in the guide is position {place[0]}; put it there: "
            f"trainerkit slide move {shlex.quote(name)} {key} --to {place[0]}"
        )


@slide.command("texts")
@click.argument("name")
@click.argument("key")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def slide_texts(name: str, key: str, as_json: bool) -> None:
    """List every text of slide KEY with its location (for `slide edit --at`): title, paragraphs, table
    cells, text in groups, and the speaker notes (location `notes`). Tokens such as {{country}} are shown
    as written; the export fills them from the profile."""
    opened = _open(name)
    texts = [t.as_dict() for t in opened.slide_texts(key)]
    notes = opened.find_slide(key).notes
    if as_json:
        emit_json({"slide": key, "texts": texts, "notes": notes})
        return
    width = max([len("notes"), *(len(t["location"]) for t in texts)])
    for t in texts:
        click.echo(f"{t['location']:<{width}}  {t['where']}: {t['text']!r}".replace("\\n", "\n"))
    click.echo(f"{'notes':<{width}}  Speaker notes: {notes!r}")


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
@click.option("--find", default=None, help="Text to replace (within one paragraph).")
@click.option("--replace", "replacement", default=None, help="What replaces it.")
@click.option("--at", "location", default=None, help="A text's location from `slide texts` (or `notes`).")
@click.option("--text", default=None, help="The new text at --at ('-' reads it from standard input).")
def slide_edit(
    name: str, key: str, find: str | None, replacement: str | None, location: str | None, text: str | None
) -> None:
    """Change text on slide KEY, keeping its formatting: --find TEXT --replace NEW, or the whole text at a
    location with --at LOCATION --text NEW (locations: `trainerkit slide texts NAME KEY`)."""
    if location is not None or text is not None:
        if location is None or text is None or find is not None or replacement is not None:
            raise InvalidInputError("Give --at LOCATION with --text NEW (or --find with --replace).")
        new = sys.stdin.read() if text == "-" else text
        opened = _open(name)
        if location == "notes":
            click.echo(_said(opened.edit_notes(key, new)))
        else:
            click.echo(_said(opened.set_text(key, location, new)))
        return
    if find is None or replacement is None:
        raise InvalidInputError("Give --find TEXT with --replace NEW (or --at LOCATION with --text NEW).")
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
    help="Comma-separated: decks, handouts, participant-pack, trainer-pack, slide-handouts, "
    "name-tags, certificates, attendance, or all.",
)
@click.option("--per-page", default="3", show_default=True, help="Slides per page for slide handouts: 1, 2, 3, 6.")
@click.option("--combined", is_flag=True, help="Also write one deck per training day.")
@click.option("--drop-hidden", is_flag=True, help="Leave hidden slides out instead of keeping them hidden.")
@click.option(
    "--no-adapt-labels",
    "no_adapt_labels",
    is_flag=True,
    help="Leave the orange 'To adapt' labels out of the decks (decks meant for the room).",
)
@click.option(
    "--check",
    "run_check",
    is_flag=True,
    help="First run the checks of `trainerkit check` and print its errors and warnings (stderr), as the app does.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the export report as JSON.")
def export(
    name: str,
    out_dir: Path,
    what: str,
    per_page: str,
    combined: bool,
    drop_hidden: bool,
    no_adapt_labels: bool,
    run_check: bool,
    as_json: bool,
) -> None:
    """Export course NAME's customised decks, handouts and packs into OUT.

    `trainerkit check NAME` (or --check) lists first what is still to adapt, as the app's export does."""
    from trainerkit.cli.handout_cmds import progress_printer
    from trainerkit.export.decks import export_decks
    from trainerkit.export.packs import parse_what

    progress = progress_printer(as_json)

    chosen = parse_what(what)
    store = _store()
    if run_check:
        from trainerkit.package.preflight import preflight, preflight_to_text

        checked = preflight(store, name)
        for line in preflight_to_text(checked, ("error", "warning")):
            click.echo(line, err=True)
        click.echo(
            f"Checks: {count_noun(checked.count('error'), 'error')}, {count_noun(checked.count('warning'), 'warning')} "
            f"(`trainerkit check {shlex.quote(name)}` for the notes too).",
            err=True,
        )
    if chosen == ("decks",):
        report = export_decks(
            store,
            name,
            out_dir,
            combined=combined,
            drop_hidden=drop_hidden,
            adapt_labels=not no_adapt_labels,
            progress=progress,
        )
        if as_json:
            emit_json(report.as_dict())
            return
        for path in report.files:
            click.echo(str(path))
        click.echo(
            f"{count_noun(len(report.files), 'file')}, {count_noun(report.slides, 'slide')} ({report.hidden} hidden)."
        )
        from trainerkit.messages import _

        for problem in report.problems:
            click.echo(_("Warning: {message}").format(message=problem), err=True)
        for session, tokens in report.missing_tokens.items():
            text = _("Session {number} uses {fields} with no value in the profile.").format(
                number=session, fields=", ".join(tokens)
            )
            click.echo(_("Warning: {message}").format(message=text), err=True)
        return
    from trainerkit.cli.handout_cmds import export_materials

    export_materials(
        name,
        out_dir,
        chosen,
        per_page,
        as_json,
        combined=combined,
        drop_hidden=drop_hidden,
        adapt_labels=not no_adapt_labels,
    )


def register(group: click.Group) -> None:
    for command in (course, slides, slide, undo, redo, export):
        group.add_command(command)
