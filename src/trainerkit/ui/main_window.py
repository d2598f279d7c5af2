"""The main window, where the trainer's whole job happens: pick a course, read, customise, plan, export.

Left: the course tree (modules and sessions; the forthcoming Module 4 greyed, with what the guide says of
it). Right, in tabs: the selected item's overview; the session's slide sorter and preview; the country
profile; the agenda builder. A session's overview ends with examples suggested for the course's country
(``suggest_examples``), each with an Insert link. The examples library, course bundles, "Pack for
venue" and "Verify a package" are windows of their own (``examples_page``, ``bundle_actions``,
``pack_dialog``, ``verify_dialog``); a preflight line takes the window to its slide, profile field or
agenda with ``go_to_location``. Menus and shortcuts reach every flow from the keyboard; Undo/Redo name the
change they act on and go through the store, so they survive a restart. Window geometry and recent
courses are kept in the store's settings.

The Adapt menu opens two docks: the gaps still to adapt, each with a field to fill it (``gaps_panel``),
and the course country's treaty facts with corrections (``facts_panel``).
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QBrush, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainerkit import APP_NAME, thumbnails
from trainerkit.course import Course
from trainerkit.course.overview_html import (
    course_overview_html,
    module_overview_html,
    session_overview_html,
)
from trainerkit.courseops.course import Changes
from trainerkit.errors import InvalidInputError, TrainerKitError
from trainerkit.package.agenda import agenda_minutes
from trainerkit.store import Store, open_store
from trainerkit.ui import i18n
from trainerkit.ui.accessibility_panel import AccessibilityPanel
from trainerkit.ui.agenda_editor import AgendaEditor
from trainerkit.ui.bundle_actions import BundleActions
from trainerkit.ui.bundled_browser import BundledBrowser
from trainerkit.ui.controller import CourseController
from trainerkit.ui.course_picker import CoursePicker
from trainerkit.ui.examples_page import ExamplesDialog, course_place, insert_example_dialog, suggestions_html
from trainerkit.ui.export_dialog import ExportDialog
from trainerkit.ui.facts_panel import FactsPanel
from trainerkit.ui.gaps_panel import GapsPanel
from trainerkit.ui.i18n import tr
from trainerkit.ui.icons import SP, standard
from trainerkit.ui.pack_dialog import PackDialog
from trainerkit.ui.people_page import PeoplePage
from trainerkit.ui.profile_form import ProfileForm, buddy_label, country_combo
from trainerkit.ui.sessions_dialog import SessionsDialog
from trainerkit.ui.sorter import SlideSorter
from trainerkit.ui.verify_dialog import VerifyDialog
from trainerkit.ui.worker import show_error, stop_jobs
from trainerkit.values import course_name

log = logging.getLogger(__name__)

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_NUMBER = Qt.ItemDataRole.UserRole + 1
GEOMETRY_KEY = "ui.geometry"
LAST_TAB_KEY = "ui.tab"
GREY = QColor("#8a8a8a")

TAB_OVERVIEW, TAB_SLIDES, TAB_PROFILE, TAB_AGENDA = range(4)
TAB_PEOPLE = 4
PAGE_WELCOME, PAGE_SORTER, PAGE_BUNDLED = range(3)  # the Slides tab's pages


class Welcome(QWidget):
    """The first screen while no course is open: create a course for a country (country and name,
    right here), look at the bundled course read-only, or open a recent course."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        title = QLabel(
            tr(
                "main_window",
                "<h2>Welcome to {APP_NAME}</h2><p>Make the OHCHR course your own: a course keeps "
                "your country profile, your slide changes and your agenda. Create one for the "
                "country you will train in, or open one.</p>",
            ).format(APP_NAME=APP_NAME)
        )
        title.setWordWrap(True)
        self.country = country_combo()
        self.country.setAccessibleName(tr("main_window", "Country of the new course"))
        self.country.currentTextChanged.connect(self._suggest_name)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("main_window", "New course name"))
        self.name.setPlaceholderText(tr("main_window", "e.g. Amman, May 2025"))
        self.name.textEdited.connect(lambda _t: setattr(self, "_typed", True))
        self.name.returnPressed.connect(self.create_course)
        self._typed = False
        self.create_button = QPushButton(standard(SP.SP_FileIcon), tr("main_window", "&Create a course for a country"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_course)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("main_window", "New course message"))
        form = QFormLayout()
        form.addRow(buddy_label(tr("main_window", "Co&untry:"), self.country), self.country)
        form.addRow(buddy_label(tr("main_window", "Course &name:"), self.name), self.name)
        form.addRow("", self.create_button)
        form.addRow("", self.message)
        create_box = QGroupBox(tr("main_window", "Create a course for a country"))
        create_box.setLayout(form)

        self.browse = QPushButton(
            standard(SP.SP_FileDialogContentsView), tr("main_window", "&Browse the bundled course")
        )
        self.browse.setToolTip(
            tr("main_window", "Slides with pictures, speaker notes and handouts as bundled; read-only, no course.")
        )
        self.browse.clicked.connect(lambda: window.browse_bundled())
        open_ = QPushButton(standard(SP.SP_DialogOpenButton), tr("main_window", "&Open course…"))
        open_.clicked.connect(lambda: window.pick_course())
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse)
        buttons.addWidget(open_)
        buttons.addStretch(1)
        self.recent = QListWidget()
        self.recent.setAccessibleName(tr("main_window", "Recent courses"))
        self.recent.itemActivated.connect(lambda item: window.open_course(str(item.data(Qt.ItemDataRole.UserRole))))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(create_box)
        layout.addLayout(buttons)
        self.recent_label = QLabel(tr("main_window", "Recent courses (Enter opens):"))
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addStretch(0)

    def _suggest_name(self, country: str) -> None:
        """A name from the country until the trainer types one: "Jordan 2026"."""
        if not self._typed:
            from datetime import date

            self.name.setText(f"{country.strip()} {date.today().year}" if country.strip() else "")

    def create_course(self) -> bool:
        """Create the course for the chosen country; an empty name is refused with a message here."""
        name = self.name.text().strip()
        if not name:
            self.message.setText(
                "<span style='color:#A84B00'>"
                + tr("main_window", "Give the course a name (for example the place and month of the training).")
                + "</span>"
            )
            self.name.setFocus()
            return False
        try:
            name = course_name(name)
        except InvalidInputError as exc:
            self.message.setText(f"<span style='color:#A84B00'>{exc}</span>")
            self.name.setFocus()
            return False
        self.message.setText("")
        if not self.window_.create_course(name, self.country.currentText().strip() or None):
            return False
        self.name.clear()
        self._typed = False
        return True

    def refresh(self) -> None:
        self.recent.clear()
        for name in self.window_.controller.recent():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.recent.addItem(item)
        self.recent.setVisible(self.recent.count() > 0)  # no empty box on the first launch
        self.recent_label.setVisible(self.recent.count() > 0)


class MainWindow(QMainWindow):
    def __init__(self, course: Course | None = None, store: Store | None = None, *, open_last: bool = False) -> None:
        super().__init__()
        self.store = store or open_store()
        self.controller = CourseController(self.store, self)
        if course is not None:
            self.controller.course = course
        self.course = self.controller.course
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(tr("main_window", "Course modules and sessions"))
        self.tree.setMinimumWidth(220)
        self.overview = QTextBrowser()
        self.overview.setAccessibleName(tr("main_window", "Overview"))
        self.overview.setOpenExternalLinks(False)
        self.overview.setOpenLinks(False)  # its links (Insert an example, the library) are handled here
        self.overview.anchorClicked.connect(self._overview_link)
        self.examples_dialog: ExamplesDialog | None = None
        self.pack_dialog: PackDialog | None = None
        self.accessibility: AccessibilityPanel | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.gaps_panel: GapsPanel | None = None
        self.facts_panel: FactsPanel | None = None
        self.sorter = SlideSorter(self.controller)
        self.welcome = Welcome(self)
        self.slides_page = QStackedWidget()
        self.slides_page.addWidget(self.welcome)
        self.slides_page.addWidget(self.sorter)
        self.bundled = BundledBrowser(self.controller)
        self.bundled.create_requested.connect(self.show_welcome)
        self.slides_page.addWidget(self.bundled)
        self.profile = ProfileForm(self.controller)
        self.agenda = AgendaEditor(self.controller)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("main_window", "Pages"))
        self.tabs.addTab(self.overview, standard(SP.SP_FileDialogInfoView), tr("main_window", "O&verview"))
        self.tabs.addTab(self.slides_page, standard(SP.SP_FileDialogListView), tr("main_window", "&Slides"))
        self.tabs.addTab(self.profile, standard(SP.SP_DirHomeIcon), tr("main_window", "Country &profile"))
        self.tabs.addTab(self.agenda, standard(SP.SP_FileDialogDetailedView), tr("main_window", "&Agenda"))
        self.people = PeoplePage(self.controller)
        self.tabs.addTab(self.people, standard(SP.SP_DirHomeIcon), tr("main_window", "Pe&ople"))

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])
        self.setCentralWidget(splitter)

        self._fill_tree()
        self.tree.currentItemChanged.connect(self._show_item)
        self._make_actions()
        self._pending: Changes | None = None  # what the operation that is about to emit ``changed`` touched
        self.controller.changes.connect(self._remember_changes)
        self.controller.changed.connect(self._course_changed)
        self.controller.course_opened.connect(self._course_opened)
        self.controller.examples_changed.connect(self._refresh_overview)
        self.controller.courses_changed.connect(lambda: self.welcome.refresh())
        self.bundles = BundleActions(self.controller, self)
        self.agenda.sessions_requested.connect(lambda: self.choose_sessions())
        self.sorter.examples_requested.connect(self.open_examples)
        self.tree.setCurrentItem(self._root)
        self.engine_label = QLabel(thumbnails.engine_label(self.sorter.engine))
        self.engine_label.setAccessibleName(tr("main_window", "Slide picture engine"))
        self.statusBar().addPermanentWidget(self.engine_label)
        self.sorter.pictures_ready.connect(lambda engine: self.engine_label.setText(thumbnails.engine_label(engine)))
        self._restore_geometry()
        self._course_opened("")
        self.agenda.refresh()  # the guide's agenda before any course: the tab is never blank
        self.people.refresh()
        self._update_undo_actions()  # nothing to undo yet: Undo and Redo start disabled
        self.tabs.setCurrentIndex(TAB_SLIDES)  # the welcome panel is the first screen
        self.welcome.country.setFocus()  # type the country first
        if open_last:
            recent = self.controller.recent()
            if recent:
                self.open_course(recent[0])

    # ---- menus and shortcuts ---------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, icon: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.act_new = self._action(
            tr("main_window", "&New course…"),
            lambda: self.pick_course(new=True),
            QKeySequence.StandardKey.New,
            standard(SP.SP_FileIcon),
        )
        self.act_open = self._action(
            tr("main_window", "&Open course…"),
            lambda: self.pick_course(),
            QKeySequence.StandardKey.Open,
            standard(SP.SP_DialogOpenButton),
        )
        self.act_export = self._action(
            tr("main_window", "&Export…"), self.export_dialog, "Ctrl+E", standard(SP.SP_DialogSaveButton)
        )
        self.act_pack = self._action(
            tr("main_window", "&Pack for venue…"), self.open_pack_dialog, "Ctrl+Shift+P", standard(SP.SP_DriveFDIcon)
        )
        self.act_verify = self._action(tr("main_window", "&Verify a package…"), lambda: self.verify_package(), None)
        self.act_translate = self._action(
            tr("main_window", "&Translate course…"), lambda: self.open_translate_dialog(), "Ctrl+Shift+T"
        )
        self.act_share = self._action(tr("main_window", "&Share course as bundle…"), lambda: self.bundles.share(), None)
        self.act_import_bundle = self._action(
            tr("main_window", "&Import course bundle…"), lambda: self.bundles.import_(), None
        )
        self.act_accessibility = self._action(
            tr("main_window", "&Accessibility check"), lambda: self.open_accessibility(), "Ctrl+Shift+A"
        )
        self.act_examples = self._action(
            tr("main_window", "Examples &library…"),
            lambda: self.open_examples(),
            "Ctrl+L",
            standard(SP.SP_FileDialogContentsView),
        )
        self.act_quit = self._action(tr("main_window", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self._action(
            tr("main_window", "&Undo"), self.undo, QKeySequence.StandardKey.Undo, standard(SP.SP_ArrowBack)
        )
        self.act_redo = self._action(
            tr("main_window", "&Redo"), self.redo, "Ctrl+Shift+Z", standard(SP.SP_ArrowForward)
        )
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.recent_menu = QMenu(tr("main_window", "Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu = self.menuBar().addMenu(tr("main_window", "&File"))
        for item in (
            self.act_new,
            self.act_open,
            self.recent_menu,
            None,
            self.act_export,
            self.act_pack,
            self.act_verify,
            self.act_translate,
            None,
            self.act_share,
            self.act_import_bundle,
            None,
            self.act_quit,
        ):
            if item is None:
                file_menu.addSeparator()
            elif isinstance(item, QMenu):
                file_menu.addMenu(item)
            else:
                file_menu.addAction(item)
        edit_menu = self.menuBar().addMenu(tr("main_window", "&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        slides_menu = self.menuBar().addMenu(tr("main_window", "S&lides"))
        for action in (
            self.sorter.act_edit,
            None,
            self.sorter.act_toggle,
            self.sorter.act_duplicate,
            self.sorter.act_delete,
            self.sorter.act_left,
            self.sorter.act_right,
            self.sorter.act_move_to,
            None,
            self.sorter.act_example,
            self.sorter.act_import,
            None,
            self.sorter.act_notes,
            self.sorter.act_reset,
        ):
            if action is None:
                slides_menu.addSeparator()
            else:
                slides_menu.addAction(action)
        examples_menu = self.menuBar().addMenu(tr("main_window", "E&xamples"))
        examples_menu.addAction(self.act_examples)
        examples_menu.addAction(self.sorter.act_example)
        slides_menu.addSeparator()
        slides_menu.addAction(self.act_accessibility)
        agenda_menu = self.menuBar().addMenu(tr("main_window", "Agen&da"))
        self.act_sessions = self._action(tr("main_window", "&Sessions to teach…"), lambda: self.choose_sessions())
        agenda_menu.addAction(self.act_sessions)
        agenda_menu.addSeparator()
        for action in self.agenda.move_actions:
            agenda_menu.addAction(action)
        self.act_gaps = self._action(tr("main_window", "&Gaps to adapt"), lambda: self.open_gaps(), "Ctrl+Shift+G")
        self.act_facts = self._action(tr("main_window", "Country &facts"), lambda: self.open_facts(), "Ctrl+Shift+F")
        adapt_menu = self.menuBar().addMenu(tr("main_window", "Ada&pt"))
        adapt_menu.addAction(self.act_gaps)
        adapt_menu.addAction(self.act_facts)
        go_menu = self.menuBar().addMenu(tr("main_window", "&Go"))
        for number, (name, widget) in enumerate(
            (
                (tr("main_window", "Course tree"), self.tree),
                (tr("main_window", "Overview"), self.overview),
                (tr("main_window", "Slides"), self.sorter.view),
                (tr("main_window", "Country profile"), self.profile),
                (tr("main_window", "Agenda"), self.agenda),
                (tr("main_window", "People"), self.people),
            ),
            start=0,
        ):
            action = self._action(name, partial(self._go, number, widget), f"Ctrl+{number}")
            go_menu.addAction(action)
        self.act_about = self._action(tr("main_window", "&About {APP_NAME}").format(APP_NAME=APP_NAME), self.show_about)
        self.language_menu = self._language_menu()
        self.menuBar().addMenu(self.language_menu)
        self.menuBar().addMenu(tr("main_window", "&Help")).addAction(self.act_about)
        toolbar = self.addToolBar(tr("main_window", "Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, short in (
            (self.act_new, tr("main_window", "New course")),
            (self.act_open, tr("main_window", "Open")),
            (self.act_export, tr("main_window", "Export")),
            (self.act_pack, tr("main_window", "Pack for venue")),
            (self.act_examples, tr("main_window", "Examples")),
            (self.act_undo, tr("main_window", "Undo")),
            (self.act_redo, tr("main_window", "Redo")),
        ):
            action.setIconText(short)
        for action in (
            self.act_new,
            self.act_open,
            self.act_export,
            self.act_pack,
            self.act_examples,
            self.act_undo,
            self.act_redo,
        ):
            toolbar.addAction(action)

    def _language_menu(self) -> QMenu:
        """Language: one checkable entry per language (in its own name); the choice is saved in the data
        folder and applies from the next start (``trainerkit.ui.i18n``)."""
        menu = QMenu(tr("main_window", "&Language"), self)
        group = QActionGroup(menu)
        current = i18n.current_language()
        for code, name in i18n.LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(partial(self.choose_language, code))
        return menu

    def choose_language(self, code: str, _checked: bool = False) -> None:
        """Remember ``code`` for the next start and say so (the open window keeps its language)."""
        try:
            i18n.save_language(code)
        except OSError as exc:
            show_error(self, exc, tr("main_window", "saving the language"))
            return
        self.statusBar().showMessage(
            tr("main_window", "{language} will be used from the next start of {APP_NAME}.").format(
                language=i18n.LANGUAGES[code], APP_NAME=APP_NAME
            ),
            10_000,
        )

    def _go(self, number: int, widget: QWidget, _checked: bool = False) -> None:
        if number > 0:
            self.tabs.setCurrentIndex(number - 1)
        widget.setFocus()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in self.controller.recent():
            self.recent_menu.addAction(name, partial(self.open_course, name))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("main_window", "(none yet)")).setEnabled(False)

    # ---- the course tree -------------------------------------------------------------------------
    def _fill_tree(self) -> None:
        root = self._root = QTreeWidgetItem([self.course.short_title])
        root.setData(0, ROLE_KIND, "course")
        root.setIcon(0, standard(SP.SP_DirHomeIcon))
        self.tree.addTopLevelItem(root)
        for module in self.course.modules:
            label = tr("main_window", "Module {number}: {title}").format(number=module.number, title=module.title)
            if module.forthcoming:
                label += tr("main_window", " (forthcoming)")
            item = QTreeWidgetItem([label])
            item.setData(0, ROLE_KIND, "module")
            item.setData(0, ROLE_NUMBER, module.number)
            item.setIcon(0, standard(SP.SP_DirIcon))
            root.addChild(item)
            for number in module.sessions:
                s = self.course.session(number)
                child = QTreeWidgetItem(
                    [tr("main_window", "Session {number}: {title}").format(number=s.number, title=s.title)]
                )
                child.setData(0, ROLE_KIND, "session")
                child.setData(0, ROLE_NUMBER, s.number)
                child.setIcon(0, standard(SP.SP_FileIcon))
                item.addChild(child)
            for a in module.announced_sessions:
                child = QTreeWidgetItem(
                    [tr("main_window", "Session {number}: {title}").format(number=a.number, title=a.title)]
                )
                child.setData(0, ROLE_KIND, "module")
                child.setData(0, ROLE_NUMBER, module.number)
                child.setForeground(0, QBrush(GREY))
                child.setToolTip(
                    0,
                    tr("main_window", "Forthcoming: the guide announces this session but has no content yet.")
                    + (f"\n{a.summary}" if a.summary else ""),
                )
                item.addChild(child)
            if module.forthcoming:
                item.setForeground(0, QBrush(GREY))
                item.setToolTip(0, tr("main_window", "Forthcoming. {text}").format(text=module.aim.text))
        self.tree.expandAll()

    def session_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        pending: list[QTreeWidgetItem] = [self._root]
        while pending:
            item = pending.pop(0)
            if item.data(0, ROLE_KIND) == "session":
                found.append(item)
            pending.extend(c for i in range(item.childCount()) if (c := item.child(i)) is not None)
        return found

    def select_session(self, number: int) -> None:
        for item in self.session_items():
            if item.data(0, ROLE_NUMBER) == number:
                self.tree.setCurrentItem(item)
                return

    def current_session(self) -> int | None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, ROLE_KIND) == "session":
            return int(item.data(0, ROLE_NUMBER))
        return None

    def _show_item(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            return
        kind = item.data(0, ROLE_KIND)
        number = item.data(0, ROLE_NUMBER)
        self._refresh_overview()
        self.sorter.show_session(number if kind == "session" else None)
        if self.controller.name is None:
            self._show_bundled(number if kind == "session" else None)

    def _show_bundled(self, session: int | None) -> None:
        """No course open: a session shows its bundled slides read-only; anything else the welcome panel."""
        if session is None:
            self.slides_page.setCurrentIndex(PAGE_WELCOME)
            return
        self.bundled.show_session(session)
        self.slides_page.setCurrentIndex(PAGE_BUNDLED)

    def browse_bundled(self, session: int = 1) -> None:
        """Look at the bundled course without creating one: session ``session``'s slides, notes, handouts."""
        if self.current_session() != session:
            self.select_session(session)
        else:
            self._show_bundled(session)
        self.tabs.setCurrentIndex(TAB_SLIDES)
        self.bundled.view.setFocus()

    def show_welcome(self) -> None:
        """The welcome panel (Slides tab), the country picker focused."""
        if self.controller.name is None:
            self.slides_page.setCurrentIndex(PAGE_WELCOME)
        self.tabs.setCurrentIndex(TAB_SLIDES)
        self.welcome.country.setFocus()

    def _refresh_overview(self) -> None:
        """The selected item's overview; a session's ends with suggested examples when a course is open."""
        item = self.tree.currentItem()
        if item is None:
            return
        kind = item.data(0, ROLE_KIND)
        number = item.data(0, ROLE_NUMBER)
        if kind == "session":
            given = None  # no course open: the guide's sample agenda
            if self.controller.name is not None:
                given = agenda_minutes(self.course, self.controller.state()).get(number, 0)
            html = session_overview_html(self.course, self.course.session(number), given)
            if self.controller.name is not None:
                html = self._with_suggestions(html, number)
        elif kind == "module":
            html = module_overview_html(self.course, self.course.module(number))
        else:
            html = course_overview_html(self.course)
        scroll = self.overview.verticalScrollBar().value()
        self.overview.setHtml(html)
        self.overview.verticalScrollBar().setValue(scroll)

    def _with_suggestions(self, html: str, session: int) -> str:
        try:
            state = self.controller.state()
            section = suggestions_html(self.controller.suggestions(session), course_place(state.profile), session)
        except TrainerKitError as exc:
            log.warning("no example suggestions: %s", exc)
            return html
        marker = "</body>"
        return html.replace(marker, section + marker) if marker in html else html + section

    def _overview_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("insert:"):
            self.insert_example(text.removeprefix("insert:"), self.current_session())
        elif text.startswith("library:"):
            session = int(text.removeprefix("library:"))
            dialog = self.open_examples(session, None)
            dialog.clear_filters()
            dialog.set_filter(dialog.session, session)

    # ---- examples, bundles, packages -------------------------------------------------------------
    def open_examples(self, session: int | None = None, after: str | None = None) -> ExamplesDialog:
        """The examples library; "Insert" aims at ``session`` (default: the sorter's) after ``after``
        (default: the slide selected in the sorter)."""
        if self.examples_dialog is None:
            self.examples_dialog = ExamplesDialog(self.controller, self)
            self.examples_dialog.inserted.connect(self.show_slide)
        if session is None:
            session = self.sorter.session
            after = self.sorter.selected_keys()[-1] if self.sorter.selected_keys() else None
        self.examples_dialog.set_target(session, after)
        self.examples_dialog.show()
        self.examples_dialog.raise_()
        self.examples_dialog.activateWindow()
        self.examples_dialog.search.setFocus()
        return self.examples_dialog

    def insert_example(self, example_id: str, session: int | None) -> None:
        """Ask where and how (session, after which slide, layout), insert, then show the new slide."""
        if self.controller.name is None:
            return
        keys = self.sorter.selected_keys()
        after = keys[-1] if keys and self.sorter.session == session else None
        change = insert_example_dialog(self.controller, example_id, session, after, self)
        if change is not None and change.session is not None and change.slide_key:
            self.show_slide(change.session, change.slide_key)

    def show_slide(self, session: int, key: str) -> None:
        """Select ``session`` in the tree and slide ``key`` in the sorter, on the Slides page."""
        if self.current_session() != session:
            self.select_session(session)
        self.tabs.setCurrentIndex(TAB_SLIDES)
        self.sorter.select_keys([key], key)
        keys = self.sorter.model.keys()
        if key in keys:
            self.sorter.view.scrollTo(self.sorter.model.index(keys.index(key)))

    def go_to_location(self, location: dict[str, Any]) -> bool:
        """Show the place a preflight line names: a slide, a session, a profile field, the agenda."""
        kind = location.get("kind")
        session = location.get("session")
        if kind == "slide" and session is not None and location.get("slide"):
            self.show_slide(int(session), str(location["slide"]))
        elif kind in ("session", "handout") and session is not None:
            self.select_session(int(session))
            self.tabs.setCurrentIndex(TAB_OVERVIEW if kind == "handout" else TAB_SLIDES)
        elif kind == "profile":
            self.tabs.setCurrentIndex(TAB_PROFILE)
            widget = self.profile.fields.get(str(location.get("field")))
            if location.get("field") == "country":
                widget = self.profile.country  # type: ignore[assignment]
            if widget is not None:
                widget.setFocus()
        elif kind == "agenda":
            self.tabs.setCurrentIndex(TAB_AGENDA)
        else:
            return False
        self.raise_()
        self.activateWindow()
        return True

    def open_accessibility(self, check: bool = True) -> AccessibilityPanel:
        """Show the accessibility panel (a dock on the right) and check the open course."""
        if self.accessibility is None:
            self.accessibility = AccessibilityPanel(self.controller, self)
            self.accessibility.go_to.connect(self.go_to_location)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.accessibility)
        self.accessibility.show()
        self.accessibility.raise_()
        if check and self.controller.name is not None:
            self.accessibility.run_check()
        return self.accessibility

    def sessions_dialog(self) -> SessionsDialog | None:
        """The "Sessions to teach" dialog for the open course (not shown); None without a course."""
        if self.controller.name is None:
            return None
        return SessionsDialog(self.controller.course, list(self.controller.state().sessions), self)

    def choose_sessions(self) -> bool:
        """Agenda > Sessions to teach…: tick the sessions; OK records them as one undo step."""
        dialog = self.sessions_dialog()
        if dialog is None:
            self.statusBar().showMessage(tr("main_window", "Create or open a course first."), 8000)
            return False
        if dialog.exec() != SessionsDialog.DialogCode.Accepted:
            return False
        chosen = dialog.chosen()
        if chosen == sorted(self.controller.state().sessions):
            return False
        try:
            self.controller.select_sessions(chosen)
            self.drop_untaught_slots(chosen)
        except TrainerKitError as exc:
            show_error(self, exc, tr("main_window", "choosing the sessions"))
            return False
        return True

    def drop_untaught_slots(self, chosen: list[int]) -> bool:
        """Offer to take the agenda slots of sessions not in ``chosen`` out of the agenda (the days keep
        their breaks; a day left with no slot at all goes). One more undo step; True when done."""
        days = [dict(day, slots=list(day["slots"])) for day in self.controller.agenda()]
        untaught = sorted(
            {int(s["session"]) for day in days for s in day["slots"] if s.get("session") not in (None, *chosen)}
        )
        if not untaught:
            return False
        names = ", ".join(str(n) for n in untaught)
        question = tr(
            "main_window",
            "The agenda still has slots for sessions you do not teach ({sessions}). Take them out of the "
            "agenda? The days keep their breaks; Undo puts them back.",
        ).format(sessions=names)
        if not self.ask_remove_slots(question):
            return False
        for day in days:
            day["slots"] = [s for s in day["slots"] if s.get("session") in (None, *chosen)]
        kept = [day for day in days if day["slots"]] or days[:1]
        self.controller.save_agenda(kept)
        return True

    def ask_remove_slots(self, question: str) -> bool:
        """Yes: take the untaught sessions' slots out of the agenda."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("main_window", "Sessions to teach"), question, parent=self)
        remove = box.addButton(tr("main_window", "&Take them out"), QMessageBox.ButtonRole.YesRole)
        box.addButton(tr("main_window", "&Keep the agenda"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(remove)
        box.exec()
        return box.clickedButton() is remove

    def open_gaps(self) -> GapsPanel:
        """Show the gaps panel (a dock on the right): everything still to adapt, each with a field."""
        if self.gaps_panel is None:
            self.gaps_panel = GapsPanel(self.controller, self)
            self.gaps_panel.go_to.connect(self.go_to_location)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.gaps_panel)
            if self.facts_panel is not None:
                self.tabifyDockWidget(self.facts_panel, self.gaps_panel)
        self.gaps_panel.show()
        self.gaps_panel.raise_()
        return self.gaps_panel

    def open_facts(self) -> FactsPanel:
        """Show the country facts (a dock on the right): the treaty table of the course's country."""
        if self.facts_panel is None:
            self.facts_panel = FactsPanel(self.controller, self)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.facts_panel)
            if self.gaps_panel is not None:
                self.tabifyDockWidget(self.gaps_panel, self.facts_panel)
        self.facts_panel.show()
        self.facts_panel.raise_()
        self.facts_panel.refresh()
        return self.facts_panel

    def open_translate_dialog(self) -> Any:
        """File > Translate course…: coverage, export for a translator, import the translation."""
        from trainerkit.ui.translate_dialog import TranslateDialog

        if self.controller.name is None:
            return None
        dialog = TranslateDialog(self.controller, self)
        dialog.setModal(False)
        dialog.show()
        dialog.refresh()
        dialog.finished.connect(lambda _result: self.refresh_after_translation())
        self.translate_dialog = dialog
        return dialog

    def refresh_after_translation(self) -> None:
        if self.controller.name is not None:
            self.sorter.refresh()

    def open_pack_dialog(self) -> PackDialog | None:
        if self.controller.name is None:
            return None
        if self.pack_dialog is not None:
            self.pack_dialog.close()
            self.pack_dialog.deleteLater()
        self.pack_dialog = PackDialog(self.controller, self)
        self.pack_dialog.go_to.connect(self.go_to_location)
        self.pack_dialog.show()
        self.pack_dialog.run_preflight()
        return self.pack_dialog

    def verify_package(self, path: Path | None = None) -> VerifyDialog | None:
        """Ask for a package (or a stick's root) unless ``path``; check it in the worker."""
        if path is None:
            chosen = QFileDialog.getExistingDirectory(
                self, tr("main_window", "Verify a package (or a stick with packages)"), ""
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.verify_dialog = VerifyDialog(path, self)
        self.verify_dialog.show()
        self.verify_dialog.start()
        return self.verify_dialog

    # ---- courses ---------------------------------------------------------------------------------
    def pick_course(self, new: bool = False) -> None:
        picker = CoursePicker(self.controller, self, new=new)
        if picker.exec() != CoursePicker.DialogCode.Accepted or picker.choice() is None:
            return
        action, name, country = picker.choice()  # type: ignore[misc]
        if action == "open":
            self.open_course(name)
        else:
            self.create_course(name, country)

    def open_course(self, name: str) -> bool:
        try:
            self.controller.open(name)
        except TrainerKitError as exc:
            show_error(self, exc, tr("main_window", "opening the course {name}").format(name=name))
            return False
        return True

    def create_course(self, name: str, country: str | None, **profile: str) -> bool:
        try:
            self.controller.create(name, country, **profile)
        except TrainerKitError as exc:
            show_error(self, exc, tr("main_window", "creating a course"))
            return False
        if self.current_session() is None:
            self.select_session(1)
        self.tabs.setCurrentIndex(TAB_SLIDES)
        return True

    def _course_opened(self, name: str) -> None:
        self.setWindowTitle(f"{name} — {APP_NAME}" if name else APP_NAME)
        self.slides_page.setCurrentIndex(PAGE_SORTER if name else PAGE_WELCOME)
        if not name and self.current_session() is not None:
            self._show_bundled(self.current_session())
        self.welcome.refresh()
        for action in (self.act_export, self.act_pack, self.act_share, self.sorter.act_example):
            action.setEnabled(bool(name))
        if name:
            self.statusBar().showMessage(
                tr("main_window", "Course {name} open. Ctrl+Z undoes any change, even after a restart.").format(
                    name=name
                ),
                8000,
            )
        else:
            self.statusBar().showMessage(
                tr("main_window", "{short_title}: {sessions} sessions, bundled course {version}").format(
                    short_title=self.course.short_title,
                    sessions=len(self.course.sessions),
                    version=self.course.version,
                )
            )

    def _remember_changes(self, changes: Changes) -> None:
        self._pending = changes

    def _course_changed(self) -> None:
        """After a change, undo or redo: the views it touched re-read the course (all of them when a
        course is opened or closed). The profile fills the slides' tokens, so it refreshes the sorter too."""
        changes, self._pending = self._pending, None
        try:
            if changes is None or changes.sessions or changes.slides or changes.profile or changes.selection:
                self.sorter.refresh()
            if changes is None or changes.profile:
                self.profile.refresh()
            facilitator = changes is not None and changes.change is not None and changes.change.kind == "facilitator"
            if changes is None or changes.agenda or changes.selection or changes.profile or facilitator:  # dates, fits
                self.agenda.refresh()
            self.people.refresh()
            self._refresh_overview()
        except TrainerKitError as exc:
            show_error(self, exc, tr("main_window", "showing the course"))
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        undo_change = self.controller.undo_change() if self.controller.name else None
        redo_change = self.controller.redo_change() if self.controller.name else None
        self.act_undo.setEnabled(undo_change is not None)
        self.act_redo.setEnabled(redo_change is not None)
        self.act_undo.setText(
            tr("main_window", "&Undo {change}").format(change=undo_change.describe())
            if undo_change
            else tr("main_window", "&Undo")
        )
        self.act_redo.setText(
            tr("main_window", "&Redo {change}").format(change=redo_change.describe())
            if redo_change
            else tr("main_window", "&Redo")
        )
        label = self.controller.label
        self.act_undo.setToolTip(
            tr("main_window", "Undo: {change} (Ctrl+Z)").format(change=label(undo_change))
            if undo_change
            else tr("main_window", "Nothing to undo")
        )
        self.act_redo.setToolTip(
            tr("main_window", "Redo: {change} (Ctrl+Shift+Z)").format(change=label(redo_change))
            if redo_change
            else tr("main_window", "Nothing to redo")
        )

    def undo(self) -> None:
        if self.controller.name is None:
            return
        try:
            change = self.controller.undo()
        except TrainerKitError as exc:
            show_error(self, exc, tr("main_window", "undoing"))
            return
        self.statusBar().showMessage(
            tr("main_window", "Undone: {change}").format(change=change.describe())
            if change
            else tr("main_window", "Nothing to undo."),
            5000,
        )

    def redo(self) -> None:
        if self.controller.name is None:
            return
        try:
            change = self.controller.redo()
        except TrainerKitError as exc:
            show_error(self, exc, tr("main_window", "redoing"))
            return
        self.statusBar().showMessage(
            tr("main_window", "Redone: {change}").format(change=change.describe())
            if change
            else tr("main_window", "Nothing to redo."),
            5000,
        )

    def export_dialog(self) -> ExportDialog | None:
        if self.controller.name is None:
            return None
        dialog = ExportDialog(self.controller, self)
        dialog.go_to.connect(self.go_to_location)
        dialog.show()  # not modal: a trainer can fix what a check says, then check again
        dialog.run_checks()
        return dialog

    # ---- remembered between runs -----------------------------------------------------------------
    def show_about(self) -> None:
        """Help > About: version, build date and data folder."""
        from trainerkit.ui.about import about_box

        box = about_box(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _restore_geometry(self) -> None:
        saved = self.store.get_setting(GEOMETRY_KEY)
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode()))

    def save_settings(self) -> None:
        self.store.set_setting(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64().data()).decode())

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_settings()
        except TrainerKitError:
            log.warning("could not save the window settings", exc_info=True)
        self.sorter.cancel_pictures()
        stop_jobs(self)  # cancel and await every job of this window before it goes away
        super().closeEvent(event)
