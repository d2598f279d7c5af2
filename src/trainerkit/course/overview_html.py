"""A session's overview as simple HTML: shown in the app's overview page and in the USB index.

Plain HTML with inline-free semantic markup, so Qt's rich-text widgets and any browser render it.
Never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from trainerkit.course.model import Course, Module, Session
from trainerkit.durations import format_duration, session_durations


def _list(title: str, items: Iterable[str]) -> str:
    items = list(items)
    if not items:
        return ""
    lis = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f"<h3>{escape(title)}</h3><ul>{lis}</ul>"


def session_overview_html(course: Course, session: Session, agenda_minutes: int | None = None) -> str:
    """The session's overview; ``agenda_minutes`` is the time the course's agenda gives it (default: the
    guide's sample agenda), shown beside the guide's and the plan's durations."""
    if agenda_minutes is None:
        agenda_minutes = course.agenda.minutes_for_session(session.number)
    durations = session_durations(session, agenda_minutes)
    module = course.module(session.module)
    handouts = []
    for handout_id in session.handouts:
        try:
            handouts.append(course.handout(handout_id).title)
        except KeyError:
            handouts.append(handout_id)
    rows = []
    for step in session.plan:
        parts = "".join(
            f"<br/>&nbsp;&nbsp;&middot; {escape(p.title)} ({escape(p.minutes_text)})" for p in step.parts
        )
        rows.append(
            f"<tr><td align='right'>{step.number}</td><td>{escape(step.minutes_text)}</td>"
            f"<td><b>{escape(step.title)}</b>{parts}<br/><small>{escape(step.activity)}</small></td>"
            f"<td>{escape(step.method)}</td><td>{escape(', '.join(step.resources))}</td></tr>"
        )
    plan = (
        "<h3>Session plan</h3><table border='0' cellspacing='0' cellpadding='4' width='100%'>"
        "<tr><th>#</th><th>Time</th><th>Activity</th><th>Method</th><th>Resources</th></tr>"
        + "".join(rows)
        + f"<tr><td></td><td><b>{escape(durations.plan_text)}</b></td><td>in all (Plan)</td>"
        "<td></td><td></td></tr></table>"
    )
    adapt = ""
    if session.adaptation_points:
        adapt = _list(
            "Adapt to your context",
            (
                f"{p.label}: {p.text}" + (f" (step {p.step})" if p.step else "")
                for p in session.adaptation_points
            ),
        )
    return (
        f"<h1>Session {session.number}: {escape(session.title)}</h1>"
        f"<p><i>Module {module.number}: {escape(module.title)}</i><br/>"
        f"Duration: {escape(durations.line())}</p>"
        f"<p>{escape(session.summary.text)}</p>"
        + _list("Learning objectives", session.objectives.texts())
        + _list("Key messages", session.key_messages.texts())
        + _list("Preparation", session.preparation.texts())
        + _list("Equipment", session.equipment.texts())
        + _list("Handouts", handouts)
        + plan
        + _list("Trainer tips", session.tips.texts())
        + adapt
        + f"<p><small>Based on the OHCHR guide, {escape(session.source)}.</small></p>"
    )


def module_overview_html(course: Course, module: Module) -> str:
    body = f"<h1>Module {module.number}: {escape(module.title)}</h1>"
    if module.forthcoming:
        body += (
            "<p><b>Forthcoming.</b> The guide announces this module; its content is not published yet.</p>"
        )
    body += f"<p>{escape(module.aim.text)}</p>"
    if module.sessions:
        body += _list(
            "Sessions",
            (
                f"Session {n}: {course.session(n).title} "
                f"({session_durations(course.session(n), course.agenda.minutes_for_session(n)).line()})"
                for n in module.sessions
            ),
        )
    if module.announced_sessions:
        body += "<h3>Announced sessions</h3><ul>"
        for a in module.announced_sessions:
            body += f"<li><b>Session {a.number}: {escape(a.title)}</b> (Guide about {format_duration(a.minutes)})"
            if a.summary:
                body += f"<br/>{escape(a.summary)}"
            body += "</li>"
        body += "</ul>"
    return body


def course_overview_html(course: Course) -> str:
    return (
        f"<h1>{escape(course.title)}</h1>"
        f"<p><i>{escape(course.publisher)}, {escape(course.series)}, {escape(course.edition)}</i></p>"
        f"<p>{escape(course.goal.text)}</p>"
        + _list("Learning objectives", course.objectives.texts())
        + _list("Who the course is for", course.audiences.texts())
        + _list(
            "Modules",
            (
                f"Module {m.number}: {m.title}" + (" (forthcoming)" if m.forthcoming else "")
                for m in course.modules
            ),
        )
    )
