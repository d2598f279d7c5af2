"""Commands that show the bundled course: info, sessions, session, agenda, gui."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import click

from trainerkit import APP_NAME, __version__
from trainerkit.cli.output import emit_json
from trainerkit.course import Course, Session, load_course
from trainerkit.course.decks import deck_summary
from trainerkit.durations import SessionDurations, format_duration, session_durations
from trainerkit.errors import NotFoundError, StorageError
from trainerkit.paths import DATABASE_NAME, data_location
from trainerkit.store import open_store


def durations_of(course: Course, session: Session) -> SessionDurations:
    """The session's guide, plan and sample-agenda durations (``trainerkit.durations``)."""
    return session_durations(session, course.agenda.minutes_for_session(session.number))


def _session_dict(course: Course, session: Session) -> dict[str, Any]:
    deck = deck_summary(session.number)
    durations = durations_of(course, session)
    return {
        "number": session.number,
        "module": session.module,
        "title": session.title,
        "minutes": session.minutes,
        "duration": durations.line(),
        "durations": durations.as_dict(),
        "plan_minutes": session.planned_minutes,
        "agenda_minutes": course.agenda.minutes_for_session(session.number),
        "plan_steps": len(session.plan),
        "handouts": len(session.handouts),
        "adaptation_points": len(session.adaptation_points),
        "deck": deck.as_dict() if deck else None,
        "source": session.source,
    }


def _find_session(course: Course, number: int) -> Session:
    try:
        return course.session(number)
    except KeyError:
        forthcoming = [a for m in course.modules for a in m.announced_sessions if a.number == number]
        if forthcoming:
            raise NotFoundError(
                f"Session {number} ({forthcoming[0].title}) belongs to the forthcoming Module 4; "
                "the guide has no content for it yet."
            ) from None
        numbers = ", ".join(str(s.number) for s in course.sessions)
        raise NotFoundError(f"There is no session {number}; the course has sessions {numbers}.") from None


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def info(as_json: bool) -> None:
    """Show the bundled course, its modules and sessions, and where your data is kept."""
    course = load_course()
    location = data_location()
    from trainerkit.examples import counts as example_counts

    data_problem, data_error = None, None
    try:
        store = open_store()
        schema: int | None = store.schema_version
        library = example_counts(store)
        store.close()
    except StorageError as exc:  # the course can still be shown; say what is wrong with the data
        data_problem, data_error, schema = str(exc), exc, None
        library = {"examples": 0, "facts": 0, "mine": 0}
    decks = [deck_summary(s.number) for s in course.sessions]
    data: dict[str, Any] = {
        "app": APP_NAME,
        "version": __version__,
        "data_dir": str(location.path),
        "data_mode": location.mode,
        "database": str(location.path / DATABASE_NAME),
        "data_problem": data_problem,
        "schema_version": schema,
        "course": {
            "id": course.id,
            "title": course.title,
            "short_title": course.short_title,
            "series": course.series,
            "edition": course.edition,
            "version": course.version,
            "goal": course.goal.text,
            "group_size": list(course.group_size),
            "modules": [
                {
                    "number": m.number,
                    "title": m.title,
                    "forthcoming": m.forthcoming,
                    "sessions": list(m.sessions),
                    "announced_sessions": [
                        {"number": a.number, "title": a.title, "minutes": a.minutes, "summary": a.summary}
                        for a in m.announced_sessions
                    ],
                }
                for m in course.modules
            ],
            "sessions": [_session_dict(course, s) for s in course.sessions],
            "agenda_days": len(course.agenda.days),
            "handouts": len(course.handouts),
        },
        "decks": [d.as_dict() for d in decks if d],
        "examples_library": library,
        "totals": {
            "sessions": len(course.sessions),
            "slides": sum(d.slides for d in decks if d),
            "hidden_slides": sum(d.hidden for d in decks if d),
            "adapt_slides": sum(d.adapt for d in decks if d),
            "handouts": len(course.handouts),
        },
    }
    if as_json:
        emit_json(data)
        if data_error:
            raise data_error
        return
    click.echo(f"{course.title}")
    click.echo(f"{course.publisher}, {course.series}, {course.edition} (bundled course {course.version})")
    click.echo("")
    for module in course.modules:
        flag = "  [forthcoming]" if module.forthcoming else ""
        click.echo(f"Module {module.number}: {module.title}{flag}")
        for number in module.sessions:
            s = course.session(number)
            deck = deck_summary(number)
            slides = f"{deck.slides} slides ({deck.hidden} hidden)" if deck else "no deck yet"
            click.echo(f"  Session {s.number}: {s.title} ({slides})")
            click.echo(f"    {durations_of(course, s).line()}")
        for a in module.announced_sessions:
            click.echo(f"  Session {a.number}: {a.title} (Guide about {format_duration(a.minutes)}; forthcoming)")
    click.echo("")
    totals = data["totals"]
    click.echo(
        f"{totals['sessions']} sessions, {totals['slides']} slides, {totals['handouts']} handouts."
    )
    click.echo(
        f"Examples library: {library['examples']} examples and {library['facts']} facts "
        f"({library['mine']} of them yours)."
    )
    click.echo(f"Your data: {location.path} ({location.mode})")
    if data_error:  # shown after what could be read; one line, exit non-zero
        raise data_error


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def sessions(as_json: bool) -> None:
    """List the course's sessions with their durations."""
    course = load_course()
    if as_json:
        emit_json([_session_dict(course, s) for s in course.sessions])
        return
    rows = [(s, durations_of(course, s)) for s in course.sessions]
    widths = [max(len(label), *(len(d.parts()[i][1]) for _, d in rows)) for i, label in enumerate(("Guide", "Plan"))]
    agenda_width = max(len("Agenda"), *(len(d.agenda_text) for _, d in rows))
    click.echo(f"#  Module  {'Guide':<{widths[0]}}  {'Plan':<{widths[1]}}  {'Agenda':<{agenda_width}}  Title")
    for s, d in rows:
        click.echo(
            f"{s.number}  M{s.module:<5}  {d.guide_text:<{widths[0]}}  {d.plan_text:<{widths[1]}}  "
            f"{d.agenda_text:<{agenda_width}}  {s.title}"
        )
    click.echo("Guide: the guide's module outline. Plan: the session plan's steps added up. Agenda: the sample agenda.")


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=96, initial_indent=indent, subsequent_indent=indent)


@click.command()
@click.argument("number", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def session(number: int, as_json: bool) -> None:
    """Show one session: overview, objectives, key messages and the session plan with timings."""
    course = load_course()
    s = _find_session(course, number)
    if as_json:
        from dataclasses import asdict

        emit_json(asdict(s))
        return
    out = [
        click.style(f"Session {s.number}: {s.title}", bold=True),
        f"Module {s.module}: {course.module(s.module).title}",
        f"Duration: {durations_of(course, s).line()}",
        "",
        _wrap(s.summary.text, ""),
        "",
        click.style("Learning objectives", bold=True),
        *[_wrap(f"- {t}") for t in s.objectives.texts()],
        "",
        click.style("Key messages", bold=True),
        *[_wrap(f"- {t}") for t in s.key_messages.texts()],
        "",
        click.style("Session plan", bold=True),
    ]
    for step in s.plan:
        out.append(f"  {step.number:>2}. {step.minutes_text:>14}  {step.title}  [{step.method}]")
        if step.activity:
            out.append(_wrap(step.activity, "                       "))
        for part in step.parts:
            out.append(f"      {part.minutes_text:>14}    - {part.title}")
    out += [
        f"  {'':>3} {durations_of(course, s).plan_text:>14}  in all (Plan)",
        "",
        click.style("Preparation", bold=True),
        *[_wrap(f"- {t}") for t in s.preparation.texts()],
        click.style("Equipment", bold=True),
        *[_wrap(f"- {t}") for t in s.equipment.texts()],
        click.style("Handouts", bold=True),
        *[_wrap(f"- {_handout_title(course, h)}") for h in s.handouts],
    ]
    if s.tips.items:
        out += ["", click.style("Trainer tips", bold=True), *[_wrap(f"- {t}") for t in s.tips.texts()]]
    if s.adaptation_points:
        out += ["", click.style("Adapt to your context", bold=True)]
        out += [_wrap(f"- [{p.label}] {p.text}") for p in s.adaptation_points]
    click.echo("\n".join(out))


def _handout_title(course: Course, handout_id: str) -> str:
    try:
        return course.handout(handout_id).title
    except KeyError:
        return handout_id


@click.command()
@click.option(
    "--course", "course_name", metavar="NAME", help="Show course NAME's agenda (dates, fitted plans, warnings)."
)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def agenda(course_name: str | None, as_json: bool) -> None:
    """Show the guide's sample three-day agenda (or a course's, with --course)."""
    course = load_course()
    if course_name:
        _course_agenda(course, course_name, as_json)
        return
    if as_json:
        from trainerkit.courseops.arrangement import guide_agenda

        emit_json({"source": course.agenda.source, "days": guide_agenda(course)})
        return
    for d in course.agenda.days:
        click.echo(click.style(f"Day {d.day}  ({d.start}-{d.end})", bold=True))
        for slot in d.slots:
            label = f"S{slot.session}: " if slot.session else ""
            part = slot.part
            if part.lower().startswith("continued") and slot.title.endswith("(continued)"):
                part = part[len("continued") :].strip(" ()")
            part = f" ({part})" if part and part.lower() not in slot.title.lower() else ""
            click.echo(f"  {slot.start}-{slot.end}  {format_duration(slot.minutes):>11}  {label}{slot.title}{part}")
        click.echo("")
    click.echo(click.style("Agenda time per session", bold=True))
    for s in course.sessions:
        click.echo(f"  Session {s.number}: {durations_of(course, s).line()}")


def _course_agenda(course: Course, name: str, as_json: bool) -> None:
    """A course's agenda as the app's agenda builder shows it: days dated from the profile's dates, the
    trainer's choice for each fitted plan, and the warnings (``arrange.course_agenda_warnings``)."""
    from trainerkit.arrange import course_agenda_warnings, minutes_per_session
    from trainerkit.course.plan_fit import day_label, describe_fit, training_dates
    from trainerkit.courseops.course import OpenCourse
    from trainerkit.store import open_store

    opened = OpenCourse.open(open_store(), name, course)
    state = opened.state
    days = opened.agenda()
    dates = training_dates(state.profile.get("dates", ""), len(days))
    warnings = course_agenda_warnings(course, state, days)
    given = minutes_per_session(days)
    fits = {
        n: describe_fit(course.session(n), given.get(n), state.plan_fits.get(n), opened.name)
        for n in state.sessions
        if any(s.number == n for s in course.sessions) and n in given
    }
    if as_json:
        emit_json(
            {
                "course": opened.name,
                "days": [
                    {**d, "date": dates[i].isoformat() if dates else None} for i, d in enumerate(days)
                ],
                "plan_fits": {str(n): state.plan_fits[n] for n in sorted(state.plan_fits)},
                "fit_notes": {str(n): text for n, text in sorted(fits.items()) if text},
                "warnings": warnings,
            }
        )
        return
    for d in days:
        click.echo(click.style(f"{day_label(int(d['day']), dates)}  ({d['start']}-{d['end']})", bold=True))
        for slot in d["slots"]:
            label = f"S{slot['session']}: " if slot.get("session") else ""
            length = format_duration(int(slot["minutes"]))
            click.echo(f"  {slot['start']}-{slot['end']}  {length:>11}  {label}{slot['title']}")
        click.echo("")
    for number, text in sorted(fits.items()):
        if text:
            click.echo(f"Session {number}: {text}")
    for warning in warnings:
        click.echo(f"Warning: {warning}")


@click.command("restore-backup")
@click.argument("backup", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--list", "list_only", is_flag=True, help="Only list the backups, newest first.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore_backup_cmd(backup: Path | None, list_only: bool, yes: bool) -> None:
    """Put a backup of your data (default: the newest intact one) in place of the current database.

    TrainerKit backs up its database before each update of its format and once a day it is used, and
    keeps the last five. The current database is kept beside it as trainerkit.sqlite3.damaged-DATE."""
    from trainerkit.paths import data_dir
    from trainerkit.store.backup import backups_dir, list_backups, restore_backup

    database = data_dir() / DATABASE_NAME
    found = list_backups(database)
    if list_only or not found:
        for item in found:
            click.echo(f"{item.made:%Y-%m-%d %H:%M:%S}  {item.why:<22} {item.size:>10} bytes  {item.path}")
        if not found:
            raise NotFoundError(f"There is no backup of your data in {backups_dir(database)}.")
        return
    if not yes and not click.confirm(
        f"Replace {database} with the backup {(backup or found[0].path).name}? (the current file is kept)"
    ):
        raise click.exceptions.Abort()
    used, moved = restore_backup(database, backup)
    click.echo(f"Restored your data from the backup of {used.made:%Y-%m-%d %H:%M}.")
    if moved:
        click.echo(f"The previous database is kept as {moved}.")


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("app_args", nargs=-1, type=click.UNPROCESSED)
def gui(app_args: tuple[str, ...]) -> None:
    """Start the desktop app (same as `trainerkit-gui`; its options, such as --lang fr, pass through)."""
    from trainerkit.cli.launch import start_app

    start_app(list(app_args))


def register(group: click.Group) -> None:
    for command in (info, sessions, session, agenda, gui, restore_backup_cmd):
        group.add_command(command)
