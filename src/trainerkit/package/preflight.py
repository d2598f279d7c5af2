"""Preflight: one report of what a trainer would regret finding at the venue, before packing or on demand.

Each ``Finding`` says where (session, slide), what is wrong, how to fix it, and carries a machine-readable
``location`` (``{"kind": "slide", "session": 1, "slide": "s1-welcome", "position": 2}``, ``{"kind":
"profile", "field": "dates"}``, ``{"kind": "agenda", "session": 2}``, ``{"kind": "handout", ...}``,
``{"kind": "target", ...}``) so the app can link each line to the place. Levels: ``error`` (packing would
fail or the package would be unusable), ``warning`` (visible at the venue), ``note`` (worth a look).

What is checked, on the decks as they will be exported (course changes applied, profile values filled in):

* **Unadapted slides.** A slide the guide asks to adapt (it carries an ``adapt`` note) and that is shown:
  - *warning* when its text still holds placeholder text in square brackets (``[TRAINER: add]``,
    ``[where]``): the audience would see it, whatever else was changed;
  - *note* when it has no placeholder left but the course never touched it (no text or notes edit, no
    slide inserted or imported after it): the guide's advice is repeated so the trainer can decide.
  Hiding a slide counts as a decision: hidden slides are not reported.
* **Tokens without a value** (``{{year}}`` left on a slide), one line per slide, and **empty profile
  fields used in the materials** (slides and the handouts of the selected sessions), one line per field.
* **Agenda shorter than the plan**: the minutes the agenda gives a session against the plan's total
  (non-optional steps); selected sessions missing from the agenda.
* **Handouts referenced but not exported**: handouts of the selected sessions that this version cannot
  export (no exporter, no source), and external documents to bring in print.
* **Pictures and fonts**: slide changes that could not be applied (a deleted file, a missing picture),
  pictures linked to files outside the deck, and fonts that are neither common on Windows and macOS nor
  embedded.
* **Characters no bundled font can draw** in the profile or edited slides (field and character): they
  would print blank in the PDFs (``trainerkit.export.glyphs``).
* **Size**: the package against the target's free space and the file system's limits.
* **Accessibility** of the slides (``trainerkit.deck.accessibility``: titles, alternative text, reading
  order, contrast, text size, table headers), as warnings and notes (``check_accessibility``).

Never writes anything; never imports Qt.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from typing import Any

from pptx.oxml.ns import qn
from pptx.slide import Slide

from trainerkit.course import Course
from trainerkit.course.decks import deck_path
from trainerkit.deck.slides import is_hidden, list_slides, slide_texts
from trainerkit.deck.tags import get_slide_tags
from trainerkit.deck.tokens import PLACEHOLDER_RE, TOKEN_RE, blanked_tokens, fill_tokens
from trainerkit.durations import format_duration
from trainerkit.errors import Cancelled, TrainerKitError
from trainerkit.export.apply import ADAPT_LABEL_SHAPE
from trainerkit.export.decks import build_session_deck
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.messages import N_, _, singular_for_one
from trainerkit.package.agenda import agenda_days, agenda_minutes
from trainerkit.package.targets import Target, human_size
from trainerkit.paths import resources_dir
from trainerkit.recipe import PROFILE_FIELDS, PROFILE_LABELS, CourseState, state_of, worked_on_keys
from trainerkit.store import Store

LEVELS = ("error", "warning", "note")
#: Fonts installed with Windows, macOS or Office on nearly every presenting computer.
COMMON_FONTS = frozenset(
    f.lower()
    for f in (
        "Calibri",
        "Calibri Light",
        "Arial",
        "Arial Black",
        "Arial Narrow",
        "Cambria",
        "Cambria Math",
        "Candara",
        "Consolas",
        "Constantia",
        "Corbel",
        "Courier New",
        "Georgia",
        "Segoe UI",
        "Segoe UI Light",
        "Segoe UI Semibold",
        "Segoe UI Symbol",
        "Segoe UI Emoji",
        "Tahoma",
        "Times New Roman",
        "Trebuchet MS",
        "Verdana",
        "Symbol",
        "Wingdings",
        "Wingdings 2",
        "Wingdings 3",
        "Webdings",
        "Aptos",
        "Aptos Display",
        "Helvetica",
        "Helvetica Neue",
        "Lucida Grande",
        "Lucida Sans Unicode",
        "Franklin Gothic Medium",
        "Gill Sans MT",
        "Century Gothic",
        "Garamond",
        "Book Antiqua",
        "Palatino Linotype",
        "Impact",
        "Comic Sans MS",
        "Bookman Old Style",
        "MS Gothic",
        "MS Mincho",
        "MS PGothic",
        "SimSun",
        "SimHei",
        "Microsoft YaHei",
        "Microsoft JhengHei",
        "Malgun Gothic",
        "Meiryo",
        "Yu Gothic",
        "Nirmala UI",
        "Leelawadee UI",
        "Ebrima",
        "Gadugi",
        "Sylfaen",
        "Traditional Arabic",
        "Simplified Arabic",
        "Arabic Typesetting",
        "Sakkal Majalla",
        "Tahoma",
        "Courier",
        "Menlo",
        "Monaco",
        "Avenir",
        "Avenir Next",
        "Futura",
        "Optima",
        "Baskerville",
        "Didot",
        "Geneva",
        "Noto Sans",
        "Noto Serif",
        "DejaVu Sans",
        "Liberation Sans",
        "Liberation Serif",
        "Open Sans",
        "Roboto",
    )
)


@dataclass(frozen=True)
class Finding:
    level: str
    code: str
    where: str
    message: str
    fix: str
    location: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.where}: {self.message} " + _("Fix: {fix}").format(fix=self.fix)

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "code": self.code,
            "where": self.where,
            "message": self.message,
            "fix": self.fix,
            "location": self.location,
        }


@dataclass
class PreflightReport:
    course: str
    findings: list[Finding] = field(default_factory=list)
    package_size: int | None = None
    free_space: int | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level == level)

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=lambda f: LEVELS.index(f.level))

    def as_dict(self) -> dict[str, Any]:
        return {
            "course": self.course,
            "package_size": self.package_size,
            "free_space": self.free_space,
            "counts": {level: self.count(level) for level in LEVELS},
            "findings": [f.as_dict() for f in self.sorted()],
        }


def _cli(name: str) -> str:
    """A course name as typed in a command (quoted when it has spaces or commas: 'Nairobi, May 2025')."""
    return shlex.quote(name)


def _slide_where(session: int, position: int, key: str, title: str) -> str:
    return _("Session {session}, slide {position} '{title}' ({key})").format(
        session=session, position=position, title=title or key, key=key
    )


def _session_where(number: int) -> str:
    return _("Session {number}").format(number=number)


def _slide_key_where(number: int, key: str) -> str:
    return _("Session {number}, slide {key}").format(number=number, key=key)


def _slide_location(session: int, position: int, key: str) -> dict[str, Any]:
    return {"kind": "slide", "session": session, "slide": key, "position": position}


def _fonts(slide: Slide) -> set[str]:
    fonts = set()
    for tag in ("a:latin", "a:ea", "a:cs"):
        for el in slide._element.iter(qn(tag)):
            face = el.get("typeface") or ""
            if face and not face.startswith("+"):
                fonts.add(face)
    return fonts


def _embedded_fonts(prs: Any) -> set[str]:
    lst = prs.part._element.find(qn("p:embeddedFontLst"))
    if lst is None:
        return set()
    return {(f.get("typeface") or "").lower() for f in lst.iter(qn("p:font"))}


def tags_origin(slide: Slide) -> str:
    from trainerkit.deck.tags import get_slide_tags

    return get_slide_tags(slide).get("TRAINERKIT_ORIGIN", "")


def _imported_without_embedded_fonts(store: Store, ops: list[Any]) -> dict[str, bool]:
    """For each imported slide's key: True when its source deck embeds no fonts (so re-importing from a
    deck saved with embedded fonts would help), False when it already did."""
    from trainerkit.deck.safety import open_presentation
    from trainerkit.errors import TrainerKitError
    from trainerkit.store.files import file_path

    result: dict[str, bool] = {}
    for op in ops:
        if op.kind != "import-slide":
            continue
        try:
            source = open_presentation(file_path(store, str(op.payload.get("file"))), allow_macros_stripped=True)
        except TrainerKitError:
            continue
        result[str(op.payload.get("new_key"))] = not _embedded_fonts(source)
    return result


def _linked_pictures(slide: Slide) -> list[str]:
    targets = []
    for el in slide._element.iter(qn("a:blip")):
        rid = el.get(qn("r:link"))
        if rid and rid in slide.part.rels:
            targets.append(slide.part.rels[rid].target_ref)
    return targets


@dataclass(frozen=True)
class AdaptPoint:
    """A shown slide the guide asks to adapt (``adapt``: its advice) or that holds placeholder text in
    square brackets, as exported; ``labelled``: its "To adapt" label is still on it."""

    session: int
    position: int
    key: str
    title: str
    adapt: str
    placeholders: tuple[str, ...]
    labelled: bool

    @property
    def done(self) -> bool:
        return not self.placeholders and not self.labelled


def check_slides(
    store: Store,
    name: str,
    state: CourseState,
    course: Course,
    report: PreflightReport,
    token: CancelToken,
    tally: list[AdaptPoint] | None = None,
    built: dict[int, Any] | None = None,
) -> dict[str, list[str]]:
    """Slide findings; returns ``{token: [slide keys]}`` for tokens left without a value. With ``tally``,
    also appends one ``AdaptPoint`` per shown slide to adapt or with placeholder text (``gaps`` uses it);
    with ``built``, keeps each session's deck there (the accessibility check reads the same decks)."""
    unfilled: dict[str, list[str]] = {}
    values = state.token_values(course)
    for number in state.sessions:
        token.check()
        if not deck_path(number).is_file():
            report.findings.append(
                Finding(
                    "error",
                    "deck-missing",
                    _session_where(number),
                    _("the bundled deck for this session is missing."),
                    _("Reinstall TrainerKit (or run `python -m trainerkit.build decks` in a source checkout)."),
                    {"kind": "session", "session": number},
                )
            )
            continue
        prs, problems, _missing = build_session_deck(store, state, course, number)
        if built is not None:
            built[number] = prs
        for problem in problems:
            if problem.key in ("translation", "translation-left"):  # trainerkit.translate: the share translated
                report.findings.append(
                    Finding(
                        "note",
                        "translation",
                        _session_where(number),
                        f"{problem.message}.",
                        _(
                            "Export the texts left (translate export), translate them, import the file "
                            "(translate import)."
                        )
                        if problem.key == "translation-left"
                        else _("Nothing to fix."),
                        {"kind": "session", "session": number},
                    )
                )
                continue
            if getattr(problem, "left_out", False):
                report.findings.append(
                    Finding(
                        "note",
                        "slide-left-out",
                        _slide_key_where(number, problem.key),
                        f"{problem.message}.",
                        _("Nothing to fix unless the slide needs it: rebuild what was left out on the slide itself."),
                        {"kind": "slide", "session": number, "slide": problem.key},
                    )
                )
                continue
            report.findings.append(
                Finding(
                    "warning",
                    "slide-change-failed",
                    _slide_key_where(number, problem.key),
                    f"{problem.message}.",
                    _("Open the slide in TrainerKit and redo or reset the change ({command}).").format(
                        command=f"`trainerkit slide reset {_cli(name)} {problem.key}`"
                    ),
                    {"kind": "slide", "session": number, "slide": problem.key},
                )
            )
        ops = state.slide_ops.get(number, [])
        touched = worked_on_keys(ops)
        embedded = _embedded_fonts(prs)
        imported_from_plain = _imported_without_embedded_fonts(store, ops)
        for info, slide in zip(list_slides(prs), prs.slides, strict=True):
            where = _slide_where(number, info.index + 1, info.key, info.title)
            location = _slide_location(number, info.index + 1, info.key)
            tokens = list(dict.fromkeys([*blanked_tokens(slide), *info.tokens]))  # printed as blank lines
            if tokens:
                for tok in tokens:
                    unfilled.setdefault(tok, []).append(info.key)
                custom = [t for t in tokens if t not in PROFILE_FIELDS]
                if custom:
                    shown = ", ".join("{{" + t + "}}" for t in custom)
                    report.findings.append(
                        Finding(
                            "warning",
                            "token-without-value",
                            where,
                            _("{tokens} has no value; the slide will show a blank line to write on.").format(
                                tokens=shown
                            ),
                            _("Give it a value: {command}, or edit the slide.").format(
                                command=f"`trainerkit course set {_cli(name)} --token {custom[0]}=...`"
                            ),
                            location,
                        )
                    )
            for picture in _linked_pictures(slide):
                report.findings.append(
                    Finding(
                        "warning",
                        "picture-linked",
                        where,
                        _("a picture is linked to {picture}, which will not be on the venue's computer.").format(
                            picture=picture
                        ),
                        _(
                            "Insert the picture into the slide instead of linking it (PowerPoint: Insert > "
                            "Pictures, without 'Link to file'), then import the slide again."
                        ),
                        location,
                    )
                )
            odd = sorted(f for f in _fonts(slide) if f.lower() not in COMMON_FONTS and f.lower() not in embedded)
            if odd:
                report.findings.append(
                    Finding(
                        "warning",
                        "font-missing",
                        where,
                        (
                            _(
                                "uses the fonts {fonts}, not installed on most computers and not embedded: the "
                                "text will show in another font."
                            )
                            if len(odd) > 1
                            else _(
                                "uses the font {fonts}, not installed on most computers and not embedded: the "
                                "text will show in another font."
                            )
                        ).format(fonts=", ".join(odd)),
                        (
                            _(
                                "Embed the fonts when saving in PowerPoint (Options > Save > Embed fonts) and "
                                "import the slide again, or change the font."
                            )
                            if imported_from_plain.get(info.key, True)
                            else _(
                                "Its deck embeds only some of its fonts; change the font, or install it on the "
                                "venue's computer."
                            )
                        )
                        if tags_origin(slide) == "imported"
                        else _("Change the font, or install it on the venue's computer."),
                        location,
                    )
                )
            if is_hidden(slide):
                continue
            adapt = fill_tokens(get_slide_tags(slide).get("TRAINERKIT_ADAPT", ""), values)
            placeholders = sorted(set(PLACEHOLDER_RE.findall("\n".join(slide_texts(slide)))))
            labelled = any(shape.name == ADAPT_LABEL_SHAPE for shape in slide.shapes)
            if tally is not None and (adapt or placeholders):
                tally.append(
                    AdaptPoint(number, info.index + 1, info.key, info.title, adapt, tuple(placeholders), labelled)
                )
            if not adapt:
                continue
            if placeholders:
                report.findings.append(
                    Finding(
                        "warning",
                        "unadapted-slide",
                        where,
                        _("still shows placeholder text {placeholders}").format(
                            placeholders=", ".join(placeholders[:4])
                        )
                        + (_(" and {count} more").format(count=len(placeholders) - 4) if len(placeholders) > 4 else "")
                        + _(". The guide asks: {advice}").format(advice=adapt),
                        _("Replace it: {edit}, or hide the slide: {hide}.").format(
                            edit=f"`trainerkit slide edit {_cli(name)} {info.key} --find {_cli(placeholders[0])} "
                            f'--replace "..."`',
                            hide=f"`trainerkit slide hide {_cli(name)} {info.key}`",
                        ),
                        location,
                    )
                )
            elif info.key not in touched and labelled:  # filled from the country facts: label already gone
                report.findings.append(
                    Finding(
                        "note",
                        "unadapted-slide",
                        where,
                        _("the guide asks you to adapt this slide, and it is unchanged: {advice}").format(advice=adapt),
                        _(
                            "Edit the slide's text or notes, insert your own slide after it, or hide it ({command})."
                        ).format(command=f"`trainerkit slide hide {_cli(name)} {info.key}`"),
                        location,
                    )
                )
    return unfilled


def _handout_tokens(handout_id: str) -> set[str]:
    path = resources_dir() / "handouts" / "src" / f"{handout_id}.md"
    try:
        return set(TOKEN_RE.findall(path.read_text(encoding="utf-8")))
    except OSError:
        return set()


def check_profile(
    name: str, state: CourseState, course: Course, unfilled: dict[str, list[str]], report: PreflightReport
) -> None:
    handout_uses: dict[str, list[str]] = {}
    for number in state.sessions:
        try:
            ids = course.session(number).handouts
        except KeyError:
            continue
        for handout_id in ids:
            for tok in _handout_tokens(handout_id):
                if tok in PROFILE_FIELDS and not state.profile.get(tok):
                    handout_uses.setdefault(tok, [])
                    if handout_id not in handout_uses[tok]:
                        handout_uses[tok].append(handout_id)
    for field_name in PROFILE_FIELDS:
        slides = unfilled.get(field_name, [])
        handouts = handout_uses.get(field_name, [])
        if not slides and not handouts:
            continue
        places = [_("slide {key}").format(key=k) for k in slides[:4]]
        places += [_("handout {id}").format(id=h) for h in handouts[:3]]
        more = len(slides) + len(handouts) - len(places)
        label = _(PROFILE_LABELS.get(field_name, field_name))
        where = ", ".join(places) + (_(" and {count} more").format(count=more) if more else "")
        report.findings.append(
            Finding(
                "warning",
                "empty-profile-field",
                _("Profile: {field}").format(field=label),
                _("is empty but used in the materials ({places}); {token} would show instead.").format(
                    places=where, token=f"'{{{{{field_name}}}}}'"
                ),
                _("{command} (or fill it in on the course page).").format(
                    command=f"`trainerkit course set {_cli(name)} {field_name}=...`"
                ),
                {"kind": "profile", "field": field_name, "slides": slides, "handouts": handouts},
            )
        )


def check_agenda(name: str, state: CourseState, course: Course, report: PreflightReport) -> None:
    minutes = agenda_minutes(course, state)
    for number in state.sessions:
        try:
            session = course.session(number)
        except KeyError:
            continue
        given = minutes.get(number)
        where = _("Session {number} '{title}'").format(number=number, title=session.title)
        if given is None:
            report.findings.append(
                Finding(
                    "warning",
                    "agenda-missing-session",
                    where,
                    _("is selected but has no slot in the agenda."),
                    _("Add a slot for it to the agenda, or leave the session out of the course ({command}).").format(
                        command=f"`trainerkit course sessions {_cli(name)} ...`"
                    ),
                    {"kind": "agenda", "session": number},
                )
            )
        elif given < session.planned_minutes and number in state.plan_fits:
            from trainerkit.course.plan_fit import fit_plan, fitted_minutes

            fitted = fitted_minutes(fit_plan(session, given, state.plan_fits[number]))
            if fitted > given:
                continue  # still too long: the day-shape warning below says by how much
            report.findings.append(
                Finding(
                    "note",
                    "agenda-plan-fitted",
                    where,
                    _(
                        "its plan ({planned}) is fitted to the agenda's {given} by your choice ({mode}); the "
                        "trainer pack prints the fitted plan."
                    ).format(
                        planned=format_duration(session.planned_minutes),
                        given=format_duration(given),
                        mode=state.plan_fits[number]["mode"],
                    ),
                    _("Nothing to do; to change it: {command}.").format(
                        command=f"`trainerkit fit-plan {_cli(name)} {number} --as-planned`"
                    ),
                    {"kind": "agenda", "session": number},
                )
            )
        elif given < session.planned_minutes:
            report.findings.append(
                Finding(
                    "warning",
                    "agenda-shorter-than-plan",
                    where,
                    _("the agenda gives it {given} (Agenda) but its plan needs at least {planned} (Plan).").format(
                        given=format_duration(given), planned=format_duration(session.planned_minutes)
                    ),
                    _("Lengthen its agenda slot, or shorten the session (drop optional activities, hide slides)."),
                    {
                        "kind": "agenda",
                        "session": number,
                        "agenda_minutes": given,
                        "plan_minutes": session.planned_minutes,
                    },
                )
            )
    from trainerkit.course.plan_fit import day_shape_warnings

    chosen = {}
    for number in state.sessions:
        try:
            chosen[number] = course.session(number)
        except KeyError:
            continue
    for warning in day_shape_warnings(agenda_days(course, state), chosen, state.plan_fits):
        if warning.code == "session-past-break":
            fix = _("Fit the plan: {rescale} or {drop}, or lengthen its agenda slot.").format(
                rescale=f"`trainerkit fit-plan {_cli(name)} {warning.session} --rescale`", drop="`--drop STEP...`"
            )
        else:
            fix = _("Add a break to the agenda (Agenda tab), or split the session across a break.")
        report.findings.append(
            Finding(
                "warning",
                warning.code,
                _("Agenda, day {day}").format(day=warning.day),
                warning.message,
                fix,
                {"kind": "agenda", "day": warning.day, "session": warning.session},
            )
        )


def _exported_handouts(state: CourseState, course: Course) -> set[str]:
    """Ids of the handouts the handout exporter will write."""
    from trainerkit.export.handouts import course_handouts

    try:
        return {str(h.id) for h in course_handouts(course, state)}
    except TrainerKitError:
        return set()


def check_handouts(state: CourseState, course: Course, report: PreflightReport) -> None:
    exported = _exported_handouts(state, course)
    missing: list[tuple[int, str, str]] = []
    for number in state.sessions:
        try:
            ids = course.session(number).handouts
        except KeyError:
            continue
        for handout_id in ids:
            try:
                handout = course.handout(handout_id)
            except KeyError:
                missing.append((number, handout_id, handout_id))
                continue
            if handout.kind == "external":
                report.findings.append(
                    Finding(
                        "note",
                        "handout-external",
                        _("Session {number}, handout '{title}'").format(number=number, title=handout.title),
                        _("is a published document TrainerKit does not put on the stick."),
                        _("Bring printed copies (or the files) yourself."),
                        {"kind": "handout", "session": number, "handout": handout_id},
                    )
                )
            elif handout_id not in exported:
                missing.append((number, handout_id, handout.title))
    for number, handout_id, title in missing:
        report.findings.append(
            Finding(
                "warning",
                "handout-not-exported",
                _("Session {number}, handout '{title}'").format(number=number, title=title),
                _("is referenced by the session but TrainerKit has no file for it, so it will not be exported."),
                _("Bring it yourself, or take it out of the session plan."),
                {"kind": "handout", "session": number, "handout": handout_id},
            )
        )


def check_glyphs(state: CourseState, report: PreflightReport) -> None:
    """Characters of the course's text that no bundled font can draw (they would print blank)."""
    from trainerkit.export.glyphs import missing_characters

    for missing in missing_characters(state):
        report.findings.append(
            Finding(
                "warning",
                "glyph-missing",
                missing.field.capitalize(),
                f"'{missing.char}' ({missing.code} {missing.name}) is in none of TrainerKit's fonts: printed "
                "handouts and packs would show a blank in its place.",
                "Replace the character (or write it out in words).",
                {"kind": "glyph", "field": missing.field, "char": missing.char, "code": missing.code},
            )
        )


def check_space(package_size: int, target: Target, report: PreflightReport, already_there: int = 0) -> None:
    """The package against the target's free space (bytes already verified there count as written)."""
    report.package_size = package_size
    report.free_space = target.free
    needed = max(0, package_size - already_there)
    where = f"Target {target.path}"
    location = {"kind": "target", "path": str(target.path), "needed": needed, "free": target.free}
    if needed > target.free:
        report.findings.append(
            Finding(
                "error",
                "not-enough-space",
                where,
                f"the package needs {human_size(needed)} but the drive has only {human_size(target.free)} free.",
                "Free some space on it, use a bigger stick, or leave sessions out.",
                location,
            )
        )
    else:
        report.findings.append(
            Finding(
                "note",
                "space",
                where,
                f"the package needs {human_size(needed)}; the drive has "
                f"{human_size(target.free)} free ({target.limits.name}).",
                "Nothing to do.",
                location,
            )
        )


def check_limits(files: list[tuple[str, int]], target: Target, report: PreflightReport) -> None:
    """File sizes and names against the target's file system (FAT32: under 4 GiB per file)."""
    limits = target.limits
    for rel, size in files:
        location = {"kind": "file", "path": rel}
        if limits.max_file_size is not None and size > limits.max_file_size:
            report.findings.append(
                Finding(
                    "error",
                    "file-too-large",
                    rel,
                    f"is {human_size(size)}, too large for {limits.name} "
                    f"(at most {human_size(limits.max_file_size)} per file).",
                    "Reformat the stick as exFAT, or leave the file out.",
                    location,
                )
            )
        for part in rel.split("/"):
            problem = limits.name_problem(part)
            if problem:
                report.findings.append(
                    Finding(
                        "error",
                        "bad-name",
                        rel,
                        f"the name '{part}' {problem}: {limits.name} refuses it.",
                        "Rename the course or file.",
                        location,
                    )
                )


def check_accessibility(
    store: Store, name: str, report: PreflightReport, token: CancelToken, decks: dict[int, Any] | None = None
) -> None:
    """The accessibility check of the decks (``trainerkit.deck.accessibility``; the handout PDFs are left to
    ``trainerkit check NAME --accessibility``, which makes them): its errors are warnings here (the package
    works, some participants cannot read it), its warnings notes."""
    from trainerkit.export.accessibility import course_accessibility

    checked = course_accessibility(store, name, handouts=False, token=token, decks=decks)
    for finding, location in checked.entries:
        shape = f" ({finding.shape})" if finding.shape else ""
        report.findings.append(
            Finding(
                "warning" if finding.level == "error" else "note",
                f"a11y-{finding.code}",
                checked.where(finding, location) + shape,
                f"Accessibility: {finding.message}",
                finding.fix,
                {k: v for k, v in location.items() if k != "title"},
            )
        )


def check_renamed(renamed: list[list[str]], report: PreflightReport) -> None:
    """A note for each name that had to be shortened or changed to be written to every target
    (``trainerkit.filenames``: bytes, UTF-16 units, reserved names, case-insensitive duplicates)."""
    for folder, asked, given in renamed:
        report.findings.append(
            Finding(
                "note",
                "name-changed",
                f"{folder}/{given}" if folder else given,
                f"'{asked}' is written as '{given}' so that every computer and stick can hold the name "
                "(too long, reserved by Windows, or used already).",
                "Nothing to do; choose a shorter course or file name to keep the whole name.",
                {"kind": "file", "path": f"{folder}/{given}" if folder else given},
            )
        )


def preflight(
    store: Store,
    name: str,
    *,
    target: Target | None = None,
    package: tuple[int, list[tuple[str, int]]] | None = None,
    already_there: int = 0,
    renamed: list[list[str]] | None = None,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> PreflightReport:
    """Check course ``name``; with ``target`` and ``package`` (total size, [(relative path, size)]) also the
    drive's free space and file system limits."""
    token = token or CancelToken()
    _record, state, course = state_of(store, name)
    report = PreflightReport(name)
    progress(0, 4, "Slides")
    decks: dict[int, Any] = {}  # built once, read by the slide and the accessibility checks
    try:
        unfilled = check_slides(store, name, state, course, report, token, built=decks)
    except Cancelled:
        raise
    except TrainerKitError as exc:
        report.findings.append(Finding("error", "slides-failed", "Slides", str(exc), "See the message.", {}))
        unfilled = {}
    try:
        check_accessibility(store, name, report, token, decks)
    except Cancelled:
        raise
    except TrainerKitError as exc:
        report.findings.append(Finding("warning", "a11y-failed", "Accessibility", str(exc), "See the message.", {}))
    progress(1, 4, "Profile")
    check_profile(name, state, course, unfilled, report)
    progress(2, 4, "Agenda and handouts")
    check_agenda(name, state, course, report)
    check_handouts(state, course, report)
    check_glyphs(state, report)
    progress(3, 4, "Space")
    if package is not None:
        report.package_size = package[0]
        if target is not None:
            check_space(package[0], target, report, already_there)
            check_limits(package[1], target, report)
    check_renamed(renamed or [], report)
    progress(4, 4, "Done")
    return report


#: A finding's level as the text report prints it (in the user's language, ``trainerkit.messages``).
LEVEL_LABELS = {"error": N_("ERROR"), "warning": N_("WARNING"), "note": N_("NOTE")}


def preflight_to_text(report: PreflightReport, levels: tuple[str, ...] = LEVELS) -> list[str]:
    """Two lines per finding (what and where, then the fix), errors first; in the user's language."""
    lines = []
    for finding in report.sorted():
        if finding.level in levels:
            level = _(LEVEL_LABELS.get(finding.level, finding.level.upper()))
            lines.append(f"{level:<7} {finding.where}: {finding.message}")
            lines.append("        " + _("Fix: {fix}").format(fix=finding.fix))
    return lines


def counts_line(report: PreflightReport, course: str) -> str:
    """ "Course 'Dakar': 0 errors, 16 warnings, 18 notes." in the user's language."""
    counts = {"errors": report.count("error"), "warnings": report.count("warning"), "notes": report.count("note")}
    line = _("Course '{name}': {errors} errors, {warnings} warnings, {notes} notes.")
    return singular_for_one(line, **counts).format(name=course, **counts)


__all__ = ["Finding", "PreflightReport", "preflight", "preflight_to_text"]
