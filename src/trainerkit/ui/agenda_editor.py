"""The agenda builder: training days as columns of time slots; sessions and breaks dragged into place.

Drag a session (or a break, lunch, recap) from the list on the left onto a day, or a slot from one day to
another; make a slot longer or shorter with the buttons (or + and - keys). Every edit saves the whole
agenda as one ``agenda`` change (``trainerkit.arrange.save_agenda``), so it is one undo step and the
combined daily decks follow it. Times, totals per day and warnings (a session given less time than the
guide plans) come from ``trainerkit.arrange``.

Agenda -> plans (``trainerkit.course.plan_fit``): each day carries its calendar date when the profile's
dates parse ("Day 2 (Thursday 4 March 2027)"); the warnings add a session whose plan runs past the
break that follows it and long stretches without a break; a session given less time than its plan gets
a line with the trainer's choice: "Rescale the plan" (every step shortened in proportion), "Drop
steps…" (tick the steps to leave out; the dialog says whether the rest fits) or "As planned". Each
choice is one undoable ``agenda-fit`` change (``trainerkit fit-plan``); the trainer pack prints it.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from trainerkit import arrange
from trainerkit.course.model import Session
from trainerkit.course.plan_fit import day_label, fit_plan, fitted_minutes, training_dates
from trainerkit.durations import format_duration, session_durations
from trainerkit.errors import TrainerKitError
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import tr
from trainerkit.ui.worker import show_error

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
SLOT_ROLE = Qt.ItemDataRole.UserRole + 20
KIND_COLOURS = {
    "session": "#E8EEF6",
    "break": "#F2F2F2",
    "lunch": "#F2F2F2",
    "recap": "#FBEDE3",
    "wrap-up": "#FBEDE3",
    "evaluation": "#FBEDE3",
}


class SlotList(QListWidget):
    """One day's slots; accepts drops from the palette and from other days."""

    def __init__(self, editor: AgendaEditor, day: int) -> None:
        super().__init__()
        self.editor = editor
        self.day = day
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(tr("agenda_editor", "Day {day_1} time slots").format(day_1=day + 1))
        self.setMinimumWidth(200)  # three days fit beside the palette at 1366×768
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        index = self.indexAt(event.position().toPoint())
        row = self.count()
        if index.isValid():
            rect = self.visualRect(index)
            row = index.row() + (1 if event.position().y() > rect.center().y() else 0)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the editor rebuilds the lists from the store
        event.accept()
        if isinstance(source, SlotList):
            item = source.currentItem()
            if item is not None:
                self.editor.move_slot(source.day, source.row(item), self.day, row)
        elif source is self.editor.choices:
            item = self.editor.choices.currentItem()
            if item is not None:
                self.editor.place(json.loads(item.data(SLOT_ROLE)), self.day, row)


class DropStepsDialog(QDialog):
    """Tick the plan steps to leave out of a session given less time than its plan; says what is left."""

    def __init__(self, session: Session, given: int, dropped: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.given = given
        self.setWindowTitle(tr("agenda_editor", "Drop steps of session {number}").format(number=session.number))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "agenda_editor",
                "The agenda gives session {number} {given}; its plan needs {planned}. Tick the steps to leave out:",
            ).format(
                number=session.number, given=format_duration(given), planned=format_duration(session.planned_minutes)
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[int, QCheckBox] = {}
        for step in session.plan:
            if step.optional:
                continue
            box = QCheckBox(f"{step.number}. {step.title} ({step.minutes_text})")
            box.setChecked(step.number in dropped)
            box.toggled.connect(lambda _on: self._update())
            self.boxes[step.number] = box
            layout.addWidget(box)
        self.left = QLabel()
        self.left.setAccessibleName(tr("agenda_editor", "Time the plan still needs"))
        layout.addWidget(self.left)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("agenda_editor", "&Drop the ticked steps"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> list[int]:
        return [number for number, box in self.boxes.items() if box.isChecked()]

    def _update(self) -> None:
        need = fitted_minutes(fit_plan(self.session, self.given, {"mode": "drop", "drop": self.chosen()}))
        if need <= self.given:
            text = tr("agenda_editor", "The rest needs {need}: it fits in {given}.")
        else:
            text = tr("agenda_editor", "The rest needs {need}: still {over} more than {given}.")
        self.left.setText(
            text.format(
                need=format_duration(need),
                given=format_duration(self.given),
                over=format_duration(max(0, need - self.given)),
            )
        )
        self.ok_button.setEnabled(bool(self.chosen()))


class AgendaEditor(QWidget):
    sessions_requested = Signal()  # "Sessions to teach…": the main window opens its dialog

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.days: list[dict[str, Any]] = []
        self.lists: list[SlotList] = []
        self.choices = QListWidget()
        self.choices.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.choices.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.choices.setAccessibleName(tr("agenda_editor", "Sessions and breaks to place"))
        self.choices.setMaximumWidth(240)
        self.choices.setWordWrap(True)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        course = controller.course
        for session in course.sessions:
            slot = arrange.new_slot(course, "session", session.number)
            durations = session_durations(session, None)
            item = QListWidgetItem(
                tr("agenda_editor", "Session {number}: {title} (Plan {plan_text})").format(
                    number=session.number, title=session.title, plan_text=durations.plan_text
                )
            )
            item.setData(SLOT_ROLE, json.dumps(slot))
            item.setToolTip(
                tr(
                    "agenda_editor",
                    "Guide {guide_text} · Plan {plan_text}. Drag onto a day: the new slot gets {duration}.",
                ).format(
                    guide_text=durations.guide_text,
                    plan_text=durations.plan_text,
                    duration=arrange.duration_text(slot["minutes"]),
                )
            )
            self.choices.addItem(item)
        for kind in ("break", "lunch", "recap", "wrap-up", "evaluation"):
            slot = arrange.new_slot(course, kind)
            item = QListWidgetItem(f"{slot['title']} ({arrange.duration_text(slot['minutes'])})")
            item.setData(SLOT_ROLE, json.dumps(slot))
            self.choices.addItem(item)
        self.choices.itemActivated.connect(self._add_from_palette)

        self.days_box = QWidget()
        self.days_layout = QHBoxLayout(self.days_box)
        self.days_layout.setContentsMargins(0, 0, 0, 0)
        scroll = self.days_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.days_box)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        buttons = QHBoxLayout()
        self.longer = self._button(tr("agenda_editor", "&Longer (+15 min)"), lambda: self.change_minutes(15), "+")
        self.shorter = self._button(tr("agenda_editor", "S&horter (-15 min)"), lambda: self.change_minutes(-15), "-")
        self.remove = self._button(
            tr("agenda_editor", "&Remove slot"), self.remove_selected, QKeySequence.StandardKey.Delete
        )
        self.add_day = self._button(tr("agenda_editor", "Add &day"), self.add_empty_day)
        self.reset = self._button(tr("agenda_editor", "Back to the &guide's agenda"), self.reset_to_guide)
        self.sessions_button = self._button(tr("agenda_editor", "Sess&ions to teach…"), self.sessions_requested.emit)
        self._make_move_actions()
        for b in (self.longer, self.shorter, self.remove, self.add_day):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.browse_note = QLabel(
            tr("agenda_editor", "The guide's sample agenda. Create a course to arrange your own (read-only here).")
        )
        self.browse_note.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(tr("agenda_editor", "Agenda warnings"))
        self.total = QLabel()
        self.total.setWordWrap(True)  # one line per session would widen the window past 1366 px
        self.total.setAccessibleName(tr("agenda_editor", "Agenda totals"))
        self.fits_holder = QVBoxLayout()
        self.fits_box = QWidget()
        self.fits_holder.addWidget(self.fits_box)
        self.fit_buttons: dict[int, dict[str, QPushButton]] = {}
        self.drop_dialog: DropStepsDialog | None = None
        self.date_widgets: list[QLabel] = []  # each day's calendar date (hidden without parsable dates)

        # the days above, what the agenda says about them below, in a splitter: many warnings and fit
        # choices (a long language, a dock beside) scroll in their own pane instead of squeezing the days
        days_pane = QWidget()
        days_layout = QVBoxLayout(days_pane)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(scroll, 1)
        days_layout.addLayout(buttons)
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.total)
        notes_layout.addWidget(self.warnings)
        notes_layout.addLayout(self.fits_holder)
        notes_layout.addStretch(1)
        self.notes_scroll = QScrollArea()
        self.notes_scroll.setWidgetResizable(True)
        self.notes_scroll.setWidget(notes)
        self.notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(days_pane)
        self.split.addWidget(self.notes_scroll)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        right = QVBoxLayout()
        right.addWidget(self.browse_note)
        right.addWidget(self.split, 1)
        left = QVBoxLayout()
        hint = QLabel(
            tr("agenda_editor", "Drag onto a day, or select and press Enter to add to the selected (or last) day:")
        )
        hint.setWordWrap(True)
        hint.setMaximumWidth(240)
        left.addWidget(hint)
        left.addWidget(self.choices)
        for button in (self.sessions_button, self.reset):  # in the 240 px column: the tab stays narrow
            button.setMaximumWidth(240)  # enough for a dock beside it at 1366 px, in every language
            left.addWidget(button)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

    def _button(
        self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if shortcut is not None:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        return button

    # ---- showing ---------------------------------------------------------------------------------
    def _make_move_actions(self) -> None:
        """Alt+Up/Down move the selected slot within its day, Alt+Left/Right to the day before/after: one
        undo step each, like a drag (the main window's Agenda menu lists them)."""
        self.act_up = self._move_action(tr("agenda_editor", "Move slot &up"), "Alt+Up", 0, -1)
        self.act_down = self._move_action(tr("agenda_editor", "Move slot &down"), "Alt+Down", 0, 1)
        self.act_left = self._move_action(tr("agenda_editor", "Move slot to the day &before"), "Alt+Left", -1, 0)
        self.act_right = self._move_action(tr("agenda_editor", "Move slot to the day &after"), "Alt+Right", 1, 0)
        self.move_actions = [self.act_up, self.act_down, self.act_left, self.act_right]

    def _move_action(self, text: str, shortcut: str, days: int, rows: int) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: self.move_selected(days, rows))
        self.addAction(action)
        return action

    def move_selected(self, days: int, rows: int) -> bool:
        """Move the selected slot ``rows`` places within its day, or to the same place ``days`` days on
        (the end of a shorter day). False when nothing is selected or there is no place to go."""
        selected = self.selected()
        if selected is None or self.controller.name is None:
            return False
        day, row = selected
        if days:
            to_day = day + days
            if not 0 <= to_day < len(self.days):
                return False
            self.move_slot(day, row, to_day, min(row, len(self.days[to_day]["slots"])))
        else:
            to_row = row + rows
            if not 0 <= to_row < len(self.days[day]["slots"]):
                return False
            self.move_slot(day, row, day, to_row + (1 if rows > 0 else 0))
        moved = self.selected()
        if moved is not None:
            self.lists[moved[0]].setFocus()
        return True

    def refresh(self) -> None:
        editable = self.controller.name is not None
        parts = (self.choices, self.longer, self.shorter, self.remove, self.add_day, self.reset, self.sessions_button)
        for part in parts:
            part.setEnabled(editable)
        for action in self.move_actions:
            action.setEnabled(editable)
        self.browse_note.setVisible(not editable)
        if self.controller.name is None:
            self.days = arrange.guide_agenda(self.controller.course)
        else:
            self.days = self.controller.agenda()
        selected = self.selected()
        while self.days_layout.count():
            child = self.days_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.lists = []
        leads = self.controller.state().facilitators if self.controller.name else {}
        self.date_widgets = []
        profile = self.controller.state().profile if self.controller.name else {}
        dates = training_dates(profile.get("dates", ""), len(self.days))
        for d, day in enumerate(self.days):
            column = QVBoxLayout()
            header = QLabel(
                tr(
                    "agenda_editor",
                    "<b>Day {day_day}</b> &nbsp; {day_start}–{day_end}<br/>Sessions: {duration}",
                ).format(
                    day_day=day["day"],
                    day_start=day["start"],
                    day_end=day["end"],
                    duration=arrange.duration_text(day["session_minutes"]),
                )
            )
            header.setAccessibleName(tr("agenda_editor", "Day {day_day} summary").format(day_day=day["day"]))
            date = QLabel(day_label(int(day["day"]), dates).partition(" (")[2].rstrip(")") if dates else "")
            date.setAccessibleName(tr("agenda_editor", "Day {day_day} date").format(day_day=day["day"]))
            date.setVisible(bool(dates))  # the profile's dates, when they parse: "Thursday 4 March 2027"
            self.date_widgets.append(date)
            start = QTimeEdit(QTime.fromString(day["start"], "HH:mm"))
            start.setDisplayFormat("HH:mm")
            start.setEnabled(self.controller.name is not None)
            start.setAccessibleName(tr("agenda_editor", "Day {day_day} start time").format(day_day=day["day"]))
            start.editingFinished.connect(lambda d=d, w=start: self.set_start(d, w.time().toString("HH:mm")))
            slots = SlotList(self, d)
            if self.controller.name is None:
                slots.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
            for slot in day["slots"]:
                label = f"{slot['start']}–{slot['end']}  "
                label += f"S{slot['session']}: " if slot.get("session") else ""
                label += slot["title"] + (f" · {slot['part']}" if slot.get("part") else "")
                if slot.get("session") and leads.get(int(slot["session"])):
                    label += f"  ({leads[int(slot['session'])]})"  # who leads it (People tab)
                item = QListWidgetItem(label)
                item.setData(SLOT_ROLE, json.dumps(slot))
                item.setBackground(QBrush(QColor(KIND_COLOURS.get(slot["kind"], "#FFFFFF"))))
                item.setForeground(QBrush(QColor("#2B2B2B")))
                item.setToolTip(f"{arrange.duration_text(slot['minutes'])}")
                slots.addItem(item)
            slots.currentRowChanged.connect(lambda _r, d=d: self._select_day(d))
            self.lists.append(slots)
            holder = QWidget()
            column.addWidget(header)
            column.addWidget(date)
            row = QHBoxLayout()
            row.addWidget(QLabel(tr("agenda_editor", "Starts at")))
            row.addWidget(start)
            row.addStretch(1)
            column.addLayout(row)
            column.addWidget(slots, 1)
            holder.setLayout(column)
            self.days_layout.addWidget(holder)
        if selected is not None and selected[0] < len(self.lists):
            self.lists[selected[0]].setCurrentRow(min(selected[1], self.lists[selected[0]].count() - 1))
        totals = arrange.minutes_per_session(self.days)
        self.total.setText(
            tr("agenda_editor", "{days} days; sessions: ").format(days=len(self.days))
            + ", ".join(f"S{n} {arrange.duration_text(m)}" for n, m in sorted(totals.items()))
        )
        warnings = self.warning_texts()
        self._show_fits()
        self.warnings.setText(
            "".join(f"<div style='color:#A84B00'>⚠ {w}</div>" for w in warnings)
            or "<span style='color:#2B6B2B'>"
            + tr("agenda_editor", "Every session gets at least the time the guide plans.")
            + "</span>"
        )

    def date_labels(self) -> list[str]:
        """Each day's calendar date as shown ("Thursday 4 March 2027"; "" without parsable profile dates)."""
        return [label.text() for label in self.date_widgets]

    def warning_texts(self) -> list[str]:
        """The agenda's warnings (``arrange.course_agenda_warnings``: sessions short of their plan or
        missing, plans running past the break that follows, long stretches without a break)."""
        if self.controller.name is None:
            return arrange.agenda_warnings(self.controller.course, self.days, None)
        return arrange.course_agenda_warnings(self.controller.course, self.controller.state(), self.days)

    # ---- fitting plans to the agenda ------------------------------------------------------------
    def short_sessions(self) -> list[tuple[Session, int]]:
        """Chosen sessions the agenda gives less time than their plan (or fitted already), with their minutes."""
        if self.controller.name is None:
            return []
        state = self.controller.state()
        totals = arrange.minutes_per_session(self.days)
        found = []
        for session in self.controller.course.sessions:
            given = totals.get(session.number, 0)
            if (
                session.number in state.sessions
                and given
                and (given < session.planned_minutes or session.number in state.plan_fits)
            ):
                found.append((session, given))
        return found

    def _show_fits(self) -> None:
        old = self.fits_box
        self.fits_box = QWidget()
        layout = QVBoxLayout(self.fits_box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fit_buttons = {}
        fits = self.controller.state().plan_fits if self.controller.name else {}
        for session, given in self.short_sessions():
            fit = fits.get(session.number)
            mode = (fit or {}).get("mode")
            if mode == "rescale":
                choice = tr("agenda_editor", "your choice: every step rescaled")
            elif mode == "drop":
                choice = tr("agenda_editor", "your choice: steps {steps} dropped").format(
                    steps=", ".join(str(n) for n in (fit or {}).get("drop", []))
                )
            else:
                choice = tr("agenda_editor", "choose how its plan fits")
            row = QHBoxLayout()
            label = QLabel(
                tr("agenda_editor", "Session {number}: agenda {given}, plan {planned}; {choice}.").format(
                    number=session.number,
                    given=format_duration(given),
                    planned=format_duration(session.planned_minutes),
                    choice=choice,
                )
            )
            label.setWordWrap(True)
            row.addWidget(label, 1)
            buttons = {
                "rescale": QPushButton(tr("agenda_editor", "Rescale the plan")),
                "drop": QPushButton(tr("agenda_editor", "Drop steps…")),
                "": QPushButton(tr("agenda_editor", "As planned")),
            }
            buttons["rescale"].setToolTip(
                tr("agenda_editor", "Shorten every step in proportion, to fit the agenda's time.")
            )
            buttons["rescale"].clicked.connect(lambda _c=False, n=session.number: self.choose_fit(n, "rescale"))
            buttons["drop"].clicked.connect(lambda _c=False, n=session.number: self.ask_drop(n))
            buttons[""].clicked.connect(lambda _c=False, n=session.number: self.choose_fit(n, ""))
            buttons["rescale"].setEnabled(mode != "rescale")
            buttons[""].setEnabled(fit is not None)
            for button in buttons.values():
                row.addWidget(button)
            self.fit_buttons[session.number] = buttons
            layout.addLayout(row)
        self.fits_holder.replaceWidget(old, self.fits_box)
        old.hide()
        old.deleteLater()

    def choose_fit(self, session: int, mode: str, drop: list[int] | None = None) -> bool:
        """Record how session ``session``'s plan fits the agenda (one undoable change)."""
        try:
            self.controller.fit_plan(session, mode, drop or [])
        except TrainerKitError as exc:
            show_error(self, exc, tr("agenda_editor", "fitting a plan to the agenda"))
            return False
        self.refresh()
        return True

    def ask_drop(self, session: int) -> DropStepsDialog:
        """Open the dialog to tick the steps of ``session`` to drop; OK records the choice."""
        given = arrange.minutes_per_session(self.days).get(session, 0)
        fit = self.controller.state().plan_fits.get(session) or {}
        dropped = list(fit.get("drop", [])) if fit.get("mode") == "drop" else []
        dialog = DropStepsDialog(self.controller.course.session(session), given, dropped, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chosen = dialog.chosen  # read on OK, before the dialog goes
        dialog.accepted.connect(lambda: self.choose_fit(session, "drop", chosen()))
        self.drop_dialog = dialog
        dialog.open()
        return dialog

    def _select_day(self, day: int) -> None:
        for d, slots in enumerate(self.lists):
            if d != day:
                slots.blockSignals(True)
                slots.setCurrentRow(-1)
                slots.clearSelection()
                slots.blockSignals(False)

    def selected(self) -> tuple[int, int] | None:
        for d, slots in enumerate(self.lists):
            if slots.currentRow() >= 0:
                return d, slots.currentRow()
        return None

    # ---- editing ---------------------------------------------------------------------------------
    def _commit(self, days: list[dict[str, Any]], select: tuple[int, int] | None = None) -> None:
        try:
            self.controller.save_agenda(days)
        except TrainerKitError as exc:
            show_error(self, exc, tr("agenda_editor", "saving the agenda"))
        self.refresh()
        if select is not None and select[0] < len(self.lists):
            self.lists[select[0]].setCurrentRow(select[1])

    def place(self, slot: dict[str, Any], day: int, row: int) -> None:
        days = copy.deepcopy(self.days)
        slot = {k: v for k, v in slot.items() if k not in ("start", "end")}
        if slot.get("kind") == "session" and slot.get("session"):
            planned = self.controller.course.session(int(slot["session"])).planned_minutes
            already = arrange.minutes_per_session(days).get(int(slot["session"]), 0)
            slot["minutes"] = max(15, planned - already) if already else planned
            if already:
                slot["part"] = "continued"
        row = max(0, min(row, len(days[day]["slots"])))
        days[day]["slots"].insert(row, slot)
        self._commit(days, (day, row))

    def move_slot(self, from_day: int, from_row: int, to_day: int, to_row: int) -> None:
        days = copy.deepcopy(self.days)
        slot = days[from_day]["slots"].pop(from_row)
        if from_day == to_day and to_row > from_row:
            to_row -= 1
        to_row = max(0, min(to_row, len(days[to_day]["slots"])))
        days[to_day]["slots"].insert(to_row, slot)
        self._commit(days, (to_day, to_row))

    def set_minutes(self, day: int, row: int, minutes: int) -> None:
        days = copy.deepcopy(self.days)
        days[day]["slots"][row]["minutes"] = max(5, minutes)
        self._commit(days, (day, row))

    def change_minutes(self, delta: int) -> None:
        selected = self.selected()
        if selected is not None:
            day, row = selected
            self.set_minutes(day, row, int(self.days[day]["slots"][row]["minutes"]) + delta)

    def set_start(self, day: int, start: str) -> None:
        if self.days[day]["start"] == start:
            return
        days = copy.deepcopy(self.days)
        days[day]["start"] = start
        self._commit(days)

    def remove_selected(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        day, row = selected
        days = copy.deepcopy(self.days)
        days[day]["slots"].pop(row)
        if not days[day]["slots"] and len(days) > 1:
            days.pop(day)
        self._commit(days, (day, max(0, row - 1)))

    def add_empty_day(self) -> None:
        days = copy.deepcopy(self.days)
        days.append(
            {"day": len(days) + 1, "start": "09:00", "slots": [arrange.new_slot(self.controller.course, "recap")]}
        )
        self._commit(days)

    def reset_to_guide(self) -> None:
        self._commit(arrange.guide_agenda(self.controller.course))

    def _add_from_palette(self, item: QListWidgetItem) -> None:
        if self.days:
            selected = self.selected()
            day = selected[0] if selected is not None else len(self.days) - 1
            self.place(json.loads(item.data(SLOT_ROLE)), day, len(self.days[day]["slots"]))
