"""Commands that show the bundled course: info, sessions, session, agenda, gui."""

from __future__ import annotations

import textwrap
from typing import Any

import click

from trainerkit import APP_NAME, __version__
from trainerkit.cli.output import emit_json
from trainerkit.course import Course, Session, load_course
from trainerkit.course.decks import deck_summary
from trainerkit.errors import NotFoundError
from trainerkit.paths import data_location, database_path
from trainerkit.store import open_store


def hours(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if not h:
        return f"{m} min"
    return f"{h} h {m:02d}" if m else f"{h} h"


def _session_dict(course: Course, session: Session) -> dict[str, Any]:
    deck = deck_summary(session.number)
    return {
        "number": session.number,
        "module": session.module,
        "title": session.title,
        "minutes": session.minutes,
        "duration": session.duration_text or hours(session.minutes),
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

    store = open_store()
    schema = store.schema_version
    library = example_counts(store)
    store.close()
    decks = [deck_summary(s.number) for s in course.sessions]
    data = {
        "app": APP_NAME,
        "version": __version__,
        "data_dir": str(location.path),
        "data_mode": location.mode,
        "database": str(database_path()),
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
            click.echo(f"  Session {s.number}: {s.title} ({s.duration_text or hours(s.minutes)}; {slides})")
        for a in module.announced_sessions:
            click.echo(f"  Session {a.number}: {a.title} (about {hours(a.minutes)}; forthcoming)")
    click.echo("")
    totals = data["totals"]
    click.echo(
        f"{totals['sessions']} sessions, {totals['slides']} slides, {totals['handouts']} handouts."  # type: ignore[index]
    )
    click.echo(
        f"Examples library: {library['examples']} examples and {library['facts']} facts "
        f"({library['mine']} of them yours)."
    )
    click.echo(f"Your data: {location.path} ({location.mode})")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def sessions(as_json: bool) -> None:
    """List the course's sessions with their durations."""
    course = load_course()
    if as_json:
        emit_json([_session_dict(course, s) for s in course.sessions])
        return
    for s in course.sessions:
        click.echo(f"{s.number}  M{s.module}  {hours(s.minutes):>8}  {s.title}")


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
        f"Duration: {s.duration_text or hours(s.minutes)}",
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
        f"  {'':>3} {hours(s.planned_minutes):>14}  in all (planned minimum)",
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
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
def agenda(as_json: bool) -> None:
    """Show the guide's sample three-day agenda."""
    course = load_course()
    if as_json:
        emit_json(
            {
                "source": course.agenda.source,
                "days": [
                    {
                        "day": d.day,
                        "start": d.start,
                        "end": d.end,
                        "session_minutes": d.session_minutes(),
                        "slots": [
                            {
                                "start": slot.start,
                                "end": slot.end,
                                "minutes": slot.minutes,
                                "kind": slot.kind,
                                "session": slot.session,
                                "part": slot.part,
                                "title": slot.title,
                            }
                            for slot in d.slots
                        ],
                    }
                    for d in course.agenda.days
                ],
            }
        )
        return
    for d in course.agenda.days:
        click.echo(click.style(f"Day {d.day}  ({d.start}-{d.end})", bold=True))
        for slot in d.slots:
            label = f"S{slot.session}: " if slot.session else ""
            part = f" ({slot.part})" if slot.part else ""
            click.echo(f"  {slot.start}-{slot.end}  {label}{slot.title}{part}")
        click.echo("")


@click.command()
def gui() -> None:
    """Start the desktop app (same as `trainerkit-gui`)."""
    from trainerkit.cli.launch import start_app

    start_app()


def register(group: click.Group) -> None:
    for command in (info, sessions, session, agenda, gui):
        group.add_command(command)
