"""The pages a package carries: ``index.html`` (agenda, sessions, a link to every file, how to use the
stick), and the simple HTML pages put in Trainer/ and Participants/ (session plans, the agenda).

Every page is one self-contained HTML5 file with inline CSS and relative links: no script, no web font,
no network, so it opens offline in any browser straight from the stick. Session overviews come from
``trainerkit.course.overview_html``, the same text the app shows. Never imports Qt.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote

from trainerkit.course.model import Course
from trainerkit.course.overview_html import session_overview_html
from trainerkit.package.agenda import agenda_days, agenda_minutes
from trainerkit.package.manifest import MANIFEST_NAME
from trainerkit.recipe import PROFILE_LABELS, CourseState

_CSS = """
body{font-family:Calibri,Arial,Helvetica,sans-serif;max-width:60em;margin:1.5em auto;padding:0 1em;
color:#1d2733;line-height:1.45}
h1{color:#0b4f8a;margin-bottom:.2em}h2{color:#0b4f8a;border-bottom:2px solid #0b4f8a;padding-bottom:.15em;
margin-top:1.6em}h3{margin-bottom:.3em}
table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border-bottom:1px solid #d0d7de;padding:.3em .5em;
text-align:left;vertical-align:top}th{background:#eef3f8}
.meta{color:#4a5a6a}.files li{margin:.15em 0}details{margin:.6em 0;border:1px solid #d0d7de;padding:.4em .8em;
border-radius:4px}summary{cursor:pointer;font-weight:bold}.note{background:#fff7e0;border-left:4px solid #e0a800;
padding:.5em .8em}code{background:#f2f4f6;padding:0 .25em}
@media print{details{border:none}a{color:inherit;text-decoration:none}}
"""


def html_page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def href(rel: str) -> str:
    """A relative link to a package file that works from index.html on every OS and browser."""
    return "/".join(quote(part) for part in rel.split("/"))


def _link(rel: str, text: str | None = None) -> str:
    return f'<a href="{href(rel)}">{escape(text or rel.rsplit("/", 1)[-1])}</a>'


def _agenda_table(course: Course, state: CourseState, link_sessions: bool = True) -> str:
    selected = set(state.sessions)
    parts = []
    for day, slots in agenda_days(course, state):
        rows = []
        for slot in slots:
            if slot.session is not None and slot.session not in selected:
                continue
            anchor = escape(slot.title)
            if slot.session and link_sessions:
                anchor = f'<a href="#session-{slot.session}">{anchor}</a>'
            rows.append(f"<tr><td>{escape(slot.start)}–{escape(slot.end)}</td><td>{anchor}</td></tr>")
        if rows:
            parts.append(f"<h3>Day {day}</h3><table><tr><th>Time</th><th>What</th></tr>{''.join(rows)}</table>")
    return "".join(parts) or "<p>No agenda.</p>"


def _belongs_to(rel: str, number: int) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return re.search(rf"(?i)(\bsession[ _-]?0?{number}\b|(^|\s)s0?{number} - )", name) is not None


_FOLDER_ORDER = ("Slides", "Handouts", "Trainer", "Participants")


def _folder(rel: str) -> str:
    return rel.split("/", 1)[0] if "/" in rel else ""


def _folder_order(rel: str) -> tuple[int, str]:
    folder = _folder(rel)
    rank = _FOLDER_ORDER.index(folder) if folder in _FOLDER_ORDER else len(_FOLDER_ORDER)
    return rank, rel


#: How a deck's three forms are named in a session's line (suffix -> what to click).
_DECK_FORMS = ((".pptx", "PowerPoint"), (".pdf", "PDF"), (" - presenter.html", "Presenter in the browser"))
_PICTURES_FOLDER = " - presenter files/"


def _deck_forms(own: list[str]) -> tuple[str, list[str]]:
    """The session's slides as one line linking its forms (PowerPoint, PDF, browser presenter), and the
    session's other files."""
    forms: list[tuple[int, str]] = []
    rest: list[str] = []
    for rel in own:
        rank = next(
            (i for i, (suffix, _label) in enumerate(_DECK_FORMS) if _folder(rel) == "Slides" and rel.endswith(suffix)),
            None,
        )
        if rank is None:
            rest.append(rel)
        else:
            forms.append((rank, rel))
    forms.sort()
    if not forms:
        return "", own
    return (
        "<li>Slides: " + " · ".join(_link(rel, _DECK_FORMS[rank][1]) for rank, rel in forms) + "</li>",
        rest,
    )


def render_index(
    course: Course,
    state: CourseState,
    files: list[str],
    *,
    packed_on: str,
    notes: list[str] | None = None,
    start_app: str = "",
) -> str:
    """index.html for a package holding ``files`` (relative POSIX paths); ``start_app`` is how to start the
    portable app in App/ (plain text, see trainerkit.package.portable), when there is one."""
    profile = state.profile
    meta_rows = "".join(
        f"<tr><th>{escape(PROFILE_LABELS.get(k, k))}</th><td dir=\"auto\">{escape(profile[k])}</td></tr>"
        for k in PROFILE_LABELS
        if profile.get(k)
    )
    bundles = [f for f in files if f.endswith(".tkcourse")]
    given = agenda_minutes(course, state)
    sessions_html = []
    for number in state.sessions:
        try:
            session = course.session(number)
        except KeyError:
            continue
        own = sorted((f for f in files if _belongs_to(f, number)), key=_folder_order)
        deck_line, others = _deck_forms(own)
        links = deck_line + "".join(f"<li>{escape(_folder(f))}: {_link(f)}</li>" for f in others)
        links = links or "<li>No files for it.</li>"
        sessions_html.append(
            f'<section id="session-{number}"><h3>Session {number}: {escape(session.title)}</h3>'
            f'<ul class="files">{links}</ul>'
            "<details><summary>Session overview and plan</summary>"
            f"{session_overview_html(course, session, given.get(number, 0))}</details>"
            "</section>"
        )
    by_folder: dict[str, list[str]] = {}
    pictures: dict[str, list[str]] = {}
    for rel in sorted(files, key=_folder_order):
        if _PICTURES_FOLDER in rel:  # the presenters' slide pictures: folded away, one list per deck
            pictures.setdefault(rel.split(_PICTURES_FOLDER, 1)[0], []).append(rel)
            continue
        by_folder.setdefault(_folder(rel), []).append(rel)
    all_files = "".join(
        f"<h3>{escape(folder or 'This folder')}</h3><ul class='files'>"
        + "".join(f"<li>{_link(rel, rel.split('/', 1)[-1] if folder else rel)}</li>" for rel in sorted(rels))
        + "</ul>"
        for folder, rels in by_folder.items()
    )
    all_files += "".join(
        f"<details><summary>Slide pictures of {escape(deck.split('/', 1)[-1])} ({len(rels)}, used by its "
        "presenter)</summary><ul class='files'>" + "".join(f"<li>{_link(rel)}</li>" for rel in rels) + "</ul></details>"
        for deck, rels in sorted(pictures.items())
    )
    continue_work = (
        f"open {_link(bundles[0])} in TrainerKit on that computer (or run <code>trainerkit bundle import</code>)"
        if bundles
        else "copy your TrainerKit data folder: this version could not add a course bundle to the stick"
    )
    note_html = "".join(f'<p class="note">{escape(n)}</p>' for n in notes or [])
    body = (
        f"<h1>{escape(course.title)}</h1>"
        f'<p class="meta">Course <b><bdi>{escape(state.name)}</bdi></b> · '
        f"packed with TrainerKit on {escape(packed_on)}</p>"
        + (f"<table>{meta_rows}</table>" if meta_rows else "")
        + note_html
        + "<h2>How to use this stick</h2><ol>"
        "<li>Copy this whole folder to the computer you will present from, and open the slides from there: "
        "a stick can be slow or get pulled out mid-session.</li>"
        "<li>Open the slides (Slides folder) in PowerPoint, LibreOffice Impress or Keynote. Hidden slides are "
        "in the files, hidden; show them from the slide sorter when you need them.</li>"
        "<li>No PowerPoint on the venue's computer? Every deck is also a PDF (the shown slides, one a page) and a "
        "<b>presenter in the browser</b> (any current Firefox, Chrome or Edge, no internet): arrow keys, Page "
        "Up/Down or a clicker move on, B blacks the screen, F is full screen, P opens the presenter view (notes, "
        "next slide, timer) in a second window, H shows the hidden slides; links between slides work.</li>"
        "<li>Print the handouts (Handouts and Participants folders) before the day starts; the Trainer folder "
        "holds the session plans and notes for you and your co-facilitators.</li>"
        f"<li>To check that nothing on the stick is damaged: <code>trainerkit usb verify .</code>, or "
        f"<code>sha256sum -c {MANIFEST_NAME}</code> in this folder.</li>"
        f"<li>To go on working on the course on another computer, {continue_work}.</li>"
        + (f'<li id="app">{escape(start_app)}</li>' if start_app else "")
        + "</ol>"
        "<h2>Agenda</h2>"
        + _agenda_table(course, state)
        + "<h2>Sessions</h2>"
        + "".join(sessions_html)
        + "<h2>All files</h2>"
        + all_files
        + f"<p class='meta'><small>Based on the OHCHR training guide: {escape(course.publisher)}, "
        f"{escape(course.series)}.</small></p>"
    )
    return html_page(f"{course.short_title} – {state.name}", body)


def session_plan_page(course: Course, number: int, agenda_minutes: int | None = None) -> str:
    """A session's overview page; ``agenda_minutes``: the time the course's agenda gives it."""
    session = course.session(number)
    return html_page(f"Session {number}: {session.title}", session_overview_html(course, session, agenda_minutes))


def agenda_page(course: Course, state: CourseState) -> str:
    return html_page(
        f"{course.short_title}: agenda",
        f"<h1>{escape(course.title)}</h1><h2>Agenda</h2>" + _agenda_table(course, state, link_sessions=False),
    )
