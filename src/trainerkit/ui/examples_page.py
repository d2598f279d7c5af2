"""The examples library in the app: search and filter, read an entry with its source, add and edit one's
own examples, and insert one into a session as a slide.

``ExamplesDialog`` is the library window (Examples menu, Ctrl+L; the slide sorter's "Insert an example"
opens it aimed at the sorter's session and selected slide). ``ExampleForm`` adds or edits a trainer's own
example (the core checks the values and the picture, and downscales it); ``InsertExampleDialog`` asks for
the session, the slide to insert after and the slide layout. ``suggestions_html`` is the "Suggested
examples" section of the session overview.

Everything is a call of ``trainerkit.examples`` through the controller: search (SQLite FTS), filters,
suggestions, slide specs and insertion are the core's, exactly as ``trainerkit example ...`` does them.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainerkit.countries import find_country, regions_of
from trainerkit.errors import InvalidInputError, TrainerKitError
from trainerkit.examples import (
    SLIDE_KINDS,
    THEMES,
    Example,
    Filters,
    Suggestion,
    example_slide_spec,
    get_example,
    search_examples,
)
from trainerkit.examples.exchange import export_examples, import_examples
from trainerkit.examples.library import facet_values
from trainerkit.examples.slides import default_slide_kind
from trainerkit.store.courses import Change
from trainerkit.store.files import stored_path
from trainerkit.ui.controller import CourseController
from trainerkit.ui.i18n import QT_TRANSLATE_NOOP, tr
from trainerkit.ui.icons import SP, standard
from trainerkit.ui.profile_form import buddy_label
from trainerkit.ui.worker import show_error

ROLE_ID = Qt.ItemDataRole.UserRole
LAYOUT_LABELS = {
    "case": QT_TRANSLATE_NOOP("examples_page", "Case: the title and the text as short lines"),
    "statistic": QT_TRANSLATE_NOOP("examples_page", "Statistic: the figure as the title"),
    "quote": QT_TRANSLATE_NOOP("examples_page", "Quote: the text, attributed to its source"),
    "picture": QT_TRANSLATE_NOOP("examples_page", "Picture: your picture with a caption"),
}
ANY = QT_TRANSLATE_NOOP("examples_page", "(any)")


def country_name(code: str) -> str:
    try:
        return find_country(code).name
    except InvalidInputError:
        return code


def theme_label(theme: str) -> str:
    return THEMES.get(theme, theme.replace("-", " "))


def picture_path(example: Example) -> Path | None:
    """The stored picture file of ``example`` (in the data folder's ``files/``), if it has one."""
    if not example.picture or not example.picture_file:
        return None
    return stored_path(example.picture, Path(example.picture_file).suffix)


def example_html(example: Example) -> str:
    """The entry as the trainer reads it before using it: what, where, when, the text, the source."""
    kind = tr("examples_page", "Fact") if example.kind == "fact" else tr("examples_page", "Example")
    origin = (
        tr("examples_page", "your own example") if example.mine else tr("examples_page", "from the bundled library")
    )
    facts = [f"<b>{kind}</b>, {origin}"]
    where = ", ".join(x for x in (example.place_label, example.year) if x)
    if where:
        facts.append(escape(where))
    parts = [f"<h3>{escape(example.title)}</h3><p>{' &middot; '.join(facts)}</p>"]
    if example.figure:
        parts.append(f"<p style='font-size:large'><b>{escape(example.figure)}</b></p>")
    parts.append(f"<p>{escape(example.summary)}</p>")
    picture = picture_path(example)
    if picture is not None and picture.is_file():
        parts.append(
            f"<p><img src='{picture.as_uri()}' width='260' alt='{escape(example.picture_alt, quote=True)}'/><br/>"
            f"<small>{escape(example.picture_alt)}</small></p>"
        )
    source = escape(example.citation)
    parts.append(tr("examples_page", "<p><b>Source:</b> {source}</p>").format(source=source))
    tags = []
    if example.themes:
        tags.append(tr("examples_page", "Themes: ") + escape(", ".join(theme_label(t) for t in example.themes)))
    if example.sessions:
        tags.append(tr("examples_page", "Sessions: ") + ", ".join(str(s) for s in example.sessions))
    if example.regions:
        tags.append(tr("examples_page", "Regions: ") + escape(", ".join(example.regions)))
    if tags:
        parts.append("<p><small>" + "<br/>".join(tags) + "</small></p>")
    if not example.mine:
        parts.append(
            tr(
                "examples_page",
                "<p><small>Our summary of the source: check the figures against it (and newer data) "
                "before presenting.</small></p>",
            )
        )
    return "".join(parts)


def suggestions_html(suggestions: list[Suggestion], place: str, session: int) -> str:
    """The overview's "Suggested examples for <place>" section; links ``insert:<id>`` and ``library:<n>``."""
    head = "<h3>" + tr("examples_page", "Suggested examples for {place}").format(place=escape(place)) + "</h3>"
    if not suggestions:
        return head + "<p>" + tr("examples_page", "The library has no entry filed under this session yet.") + "</p>"
    items = []
    insert = tr("examples_page", "Insert…")
    for s in suggestions:
        e = s.example
        where = ", ".join(x for x in (e.place_label, e.year) if x)
        items.append(
            f"<li><b>{escape(e.title)}</b> <small>({escape(s.reason)}{'; ' + escape(where) if where else ''})"
            f"</small> &nbsp;<a href='insert:{escape(e.id, quote=True)}'>{insert}</a>"
            f"<br/><small>{escape(e.summary[:180])}{'…' if len(e.summary) > 180 else ''}</small></li>"
        )
    more = (
        f"<p><a href='library:{session}'>"
        + tr("examples_page", "More examples for session {session} in the library…").format(session=session)
        + "</a></p>"
    )
    return head + "<ul>" + "".join(items) + "</ul>" + more


def course_place(profile: dict[str, str]) -> str:
    """'Kenya', 'Kenya (East Africa)', 'East Africa' or 'your course', for headings."""
    country = profile.get("country", "").strip()
    region = profile.get("region", "").strip()
    if country and region:
        return f"{country} ({region})"
    return country or region or tr("examples_page", "your course")


# --- where and how an example goes into a session ------------------------------------------------------
class InsertExampleDialog(QDialog):
    """Session, the slide to insert after (default: the selected slide in the sorter), and the layout."""

    def __init__(
        self,
        controller: CourseController,
        example: Example,
        session: int | None = None,
        after: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.example = example
        self.setWindowTitle(tr("examples_page", "Insert an example into a session"))
        self.session = QComboBox()
        self.session.setAccessibleName(tr("examples_page", "Session"))
        for s in controller.course.sessions:
            self.session.addItem(
                tr("examples_page", "Session {number}: {title}").format(number=s.number, title=s.title), s.number
            )
        wanted = session or (example.sessions[0] if example.sessions else 1)
        self.session.setCurrentIndex(max(0, self.session.findData(wanted)))
        self.position = QComboBox()
        self.position.setAccessibleName(tr("examples_page", "Insert after"))
        self.layout_box = QComboBox()
        self.layout_box.setAccessibleName(tr("examples_page", "Slide layout"))
        for kind in SLIDE_KINDS:
            self.layout_box.addItem(tr("examples_page", LAYOUT_LABELS[kind]), kind)
            usable = (kind != "statistic" or bool(example.figure)) and (kind != "picture" or bool(example.picture_file))
            model_item = self.layout_box.model().item(self.layout_box.count() - 1)  # type: ignore[attr-defined]
            model_item.setEnabled(usable)
        self.layout_box.setCurrentIndex(self.layout_box.findData(default_slide_kind(example)))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(tr("examples_page", "Slide preview"))
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setStyleSheet("QLabel { background: #f4f6f9; border: 1px solid #c8ccd2; padding: 8px; }")
        form = QFormLayout()
        form.addRow(tr("examples_page", "&Session:"), self.session)
        form.addRow(tr("examples_page", "&After slide:"), self.position)
        form.addRow(tr("examples_page", "&Layout:"), self.layout_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(tr("examples_page", "&Insert"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{escape(example.title)}</b>"))
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("examples_page", "The slide (the source is on it and in the speaker notes):")))
        layout.addWidget(self.preview)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._fill_positions(after)
        self.session.currentIndexChanged.connect(lambda _i: self._fill_positions(None))
        self.layout_box.currentIndexChanged.connect(lambda _i: self._show_spec())
        self._show_spec()
        self.resize(620, 400)

    def _fill_positions(self, after: str | None) -> None:
        self.position.clear()
        rows = self.controller.slides(int(self.session.currentData()))
        for row in rows:
            title = row.title + (tr("examples_page", "  (hidden)") if row.hidden else "")
            self.position.addItem(f"{row.position}. {title}", row.key)
        self.position.addItem(tr("examples_page", "At the end of the session"), None)
        index = self.position.findData(after) if after else -1
        self.position.setCurrentIndex(index if index >= 0 else self.position.count() - 1)

    def _show_spec(self) -> None:
        try:
            spec = example_slide_spec(self.example, self.layout())
        except TrainerKitError as exc:
            self.preview.setText(escape(str(exc)))
            return
        lines = [f"<b>{escape(str(spec.get('title', '')))}</b>"]
        lines += [f"&bull; {escape(b)}" for b in spec.get("bullets", [])]
        if "quote" in spec:
            lines.append(
                tr("examples_page", "<i>“{text}”</i><br/>— {by}").format(
                    text=escape(spec["quote"]["text"]), by=escape(spec["quote"]["by"])
                )
            )
        if "picture" in spec:
            lines.append(
                tr("examples_page", "[picture: {alt}]<br/>{caption}").format(
                    alt=escape(spec["picture"]["alt"]),
                    caption=escape(spec.get("caption", "")),
                )
            )
        lines.append(
            tr("examples_page", "<small>Source: {source}</small>").format(source=escape(str(spec.get("source", ""))))
        )
        self.preview.setText("<br/>".join(lines))

    def layout(self) -> str:  # type: ignore[override]
        return str(self.layout_box.currentData())

    def set_choice(self, session: int, after: str | None, layout: str | None = None) -> None:
        self.session.setCurrentIndex(self.session.findData(session))
        self._fill_positions(after)
        if layout is not None:
            self.layout_box.setCurrentIndex(self.layout_box.findData(layout))

    def choice(self) -> tuple[int, str | None, str]:
        """(session, key of the slide to insert after or None for the end, layout)."""
        after = self.position.currentData()
        return int(self.session.currentData()), (str(after) if after else None), self.layout()


# --- a trainer's own example ---------------------------------------------------------------------------
class ExampleForm(QDialog):
    """Add or edit one's own example. The core checks every value and the picture; its errors are shown
    as they are and the form stays open."""

    def __init__(self, controller: CourseController, example: Example | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.example = example
        self.saved: Example | None = None
        self.setWindowTitle(
            tr("examples_page", "Edit my example") if example else tr("examples_page", "Add my example")
        )
        self.kind = QComboBox()
        self.kind.addItem(tr("examples_page", "Example (a case, a practice, a story)"), "example")
        self.kind.addItem(tr("examples_page", "Fact (a figure with its source)"), "fact")
        self.kind.setAccessibleName(tr("examples_page", "Kind of entry"))
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("examples_page", "Title"))
        self.title.setMaxLength(120)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(tr("examples_page", "Text"))
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            tr("examples_page", "What happened, in a few sentences (at most 1500 characters).")
        )
        self.figure = QLineEdit()
        self.figure.setAccessibleName(tr("examples_page", "Figure"))
        self.figure.setPlaceholderText(tr("examples_page", "e.g. 1 in 4 migrant workers… (for a statistic slide)"))
        self.source = QLineEdit()
        self.source.setAccessibleName(tr("examples_page", "Source"))
        self.source.setPlaceholderText(
            tr("examples_page", "Where this comes from: a report, an interview, a court decision…")
        )
        self.source_ref = QLineEdit()
        self.source_ref.setAccessibleName(tr("examples_page", "Source reference"))
        self.source_ref.setPlaceholderText(tr("examples_page", "A link, page or document number (optional)"))
        self.countries = QLineEdit()
        self.countries.setAccessibleName(tr("examples_page", "Countries"))
        self.countries.setPlaceholderText(tr("examples_page", "Kenya; Uganda"))
        self.regions = QLineEdit()
        self.regions.setAccessibleName(tr("examples_page", "Regions"))
        self.regions.setPlaceholderText(tr("examples_page", "Eastern Africa (countries add their regions themselves)"))
        self.year = QLineEdit()
        self.year.setAccessibleName(tr("examples_page", "Year"))
        self.themes = QListWidget()
        self.themes.setAccessibleName(tr("examples_page", "Themes"))
        self.themes.setMaximumHeight(110)
        for theme, label in THEMES.items():
            item = QListWidgetItem(label)
            item.setData(ROLE_ID, theme)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        sessions = QWidget()
        sessions_layout = QHBoxLayout(sessions)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        self.sessions: dict[int, QCheckBox] = {}
        for s in controller.course.sessions:
            box = QCheckBox(str(s.number))
            box.setToolTip(tr("examples_page", "Session {number}: {title}").format(number=s.number, title=s.title))
            box.setAccessibleName(tr("examples_page", "Session {number}").format(number=s.number))
            self.sessions[s.number] = box
            sessions_layout.addWidget(box)
        sessions_layout.addStretch(1)
        self.picture = QLineEdit()
        self.picture.setAccessibleName(tr("examples_page", "Picture file"))
        self.picture.setPlaceholderText(
            tr("examples_page", "A PNG, JPEG or GIF picture (optional; large ones are made smaller)")
        )
        browse = QPushButton(standard(SP.SP_DirOpenIcon), tr("examples_page", "&Browse…"))
        browse.clicked.connect(self._browse)
        self.remove_picture = QCheckBox(tr("examples_page", "Remove the picture"))
        self.remove_picture.setVisible(bool(example and example.picture))
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture, 1)
        picture_row.addWidget(browse)
        self.picture_alt = QLineEdit()
        self.picture_alt.setAccessibleName(tr("examples_page", "Picture description"))
        self.picture_alt.setPlaceholderText(tr("examples_page", "What the picture shows, for people who cannot see it"))

        form = QFormLayout()
        form.addRow(tr("examples_page", "&Kind:"), self.kind)
        form.addRow(tr("examples_page", "&Title:"), self.title)
        form.addRow(tr("examples_page", "Te&xt:"), self.summary)
        form.addRow(tr("examples_page", "&Figure:"), self.figure)
        form.addRow(tr("examples_page", "&Source:"), self.source)
        form.addRow(tr("examples_page", "Source &reference:"), self.source_ref)
        form.addRow(tr("examples_page", "&Countries:"), self.countries)
        form.addRow(tr("examples_page", "Re&gions:"), self.regions)
        form.addRow(tr("examples_page", "&Year:"), self.year)
        form.addRow(tr("examples_page", "T&hemes:"), self.themes)
        form.addRow(tr("examples_page", "Sessions:"), sessions)
        form.addRow(buddy_label(tr("examples_page", "&Picture:"), self.picture), picture_row)
        form.addRow("", self.remove_picture)
        form.addRow(tr("examples_page", "Picture &description:"), self.picture_alt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 700)
        if example is not None:
            self._load(example)

    def _load(self, e: Example) -> None:
        self.kind.setCurrentIndex(self.kind.findData(e.kind))
        self.title.setText(e.title)
        self.summary.setPlainText(e.summary)
        self.figure.setText(e.figure)
        self.source.setText(e.source)
        self.source_ref.setText(e.source_ref)
        self.countries.setText("; ".join(country_name(c) for c in e.countries))
        derived = {r for c in e.countries for r in regions_of(c)}
        self.regions.setText("; ".join(r for r in e.regions if r not in derived))
        self.year.setText(e.year)
        for i in range(self.themes.count()):
            item = self.themes.item(i)
            if item is not None and item.data(ROLE_ID) in e.themes:
                item.setCheckState(Qt.CheckState.Checked)
        for number, box in self.sessions.items():
            box.setChecked(number in e.sessions)
        self.picture_alt.setText(e.picture_alt)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("examples_page", "Choose a picture"),
            "",
            tr("examples_page", "Pictures (*.png *.jpg *.jpeg *.gif);;All files (*)"),
        )
        if name:
            self.picture.setText(name)

    def values(self) -> dict[str, Any]:
        """What the form holds, as keyword arguments of ``add_example`` / ``edit_example``."""
        themes = [
            str(item.data(ROLE_ID))
            for i in range(self.themes.count())
            if (item := self.themes.item(i)) is not None and item.checkState() == Qt.CheckState.Checked
        ]
        picture = self.picture.text().strip()
        return {
            "kind": str(self.kind.currentData()),
            "title": self.title.text(),
            "summary": self.summary.toPlainText(),
            "figure": self.figure.text(),
            "source": self.source.text(),
            "source_ref": self.source_ref.text(),
            "countries": self.countries.text(),
            "regions": self.regions.text(),
            "year": self.year.text(),
            "themes": themes,
            "sessions": [str(n) for n, box in self.sessions.items() if box.isChecked()],
            "picture": Path(picture).expanduser() if picture else None,
            "picture_alt": self.picture_alt.text(),
        }

    def save(self) -> Example | None:
        """Add or change the example through the core; on a problem show it and keep the form open."""
        values = self.values()
        try:
            if self.example is None:
                self.saved = self.controller.add_example(**values)
            else:
                picture = values.pop("picture")
                self.saved = self.controller.edit_example(
                    self.example.id, picture=picture, remove_picture=self.remove_picture.isChecked(), **values
                )
        except TrainerKitError as exc:
            show_error(self, exc, tr("examples_page", "saving your example"))
            return None
        self.accept()
        return self.saved


# --- the library window --------------------------------------------------------------------------------
class ExamplesDialog(QDialog):
    """Search, filter, read, add, edit, delete and insert examples. Not modal: it stays open beside the
    window, and "Insert into session…" aims at the slide selected in the sorter."""

    inserted = Signal(int, str)  # session, key of the new slide

    def __init__(self, controller: CourseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("examples_page", "Examples library"))
        self.target_session: int | None = None
        self.target_after: str | None = None
        self.examples: list[Example] = []

        self.search = QLineEdit()
        self.search.setAccessibleName(tr("examples_page", "Search the examples"))
        self.search.setPlaceholderText(
            tr("examples_page", "Search words in the title, text, place and source (e.g. domestic workers)")
        )
        self.search.setClearButtonEnabled(True)
        self.country = self._combo(tr("examples_page", "Country"))
        self.region = self._combo(tr("examples_page", "Region"))
        self.theme = self._combo(tr("examples_page", "Theme"))
        self.session = self._combo(tr("examples_page", "Session"))
        self.kind = self._combo(tr("examples_page", "Kind"))
        self.kind.addItem(tr("examples_page", "Examples"), "example")
        self.kind.addItem(tr("examples_page", "Facts"), "fact")
        self.mine = QCheckBox(tr("examples_page", "&Mine only"))
        self.mine.setAccessibleName(tr("examples_page", "Only my own examples"))
        clear = QPushButton(tr("examples_page", "C&lear"))
        clear.setToolTip(tr("examples_page", "Clear the search and the filters"))
        clear.clicked.connect(self.clear_filters)
        filters = QGridLayout()
        filters.addWidget(buddy_label(tr("examples_page", "&Country:"), self.country), 0, 0)
        filters.addWidget(self.country, 0, 1)
        filters.addWidget(buddy_label(tr("examples_page", "&Region:"), self.region), 0, 2)
        filters.addWidget(self.region, 0, 3)
        filters.addWidget(buddy_label(tr("examples_page", "&Theme:"), self.theme), 0, 4)
        filters.addWidget(self.theme, 0, 5)
        filters.addWidget(buddy_label(tr("examples_page", "Sessi&on:"), self.session), 1, 0)
        filters.addWidget(self.session, 1, 1)
        filters.addWidget(buddy_label(tr("examples_page", "&Kind:"), self.kind), 1, 2)
        filters.addWidget(self.kind, 1, 3)
        filters.addWidget(self.mine, 1, 4)
        filters.addWidget(clear, 1, 5, Qt.AlignmentFlag.AlignRight)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)

        self.results = QListWidget()
        self.results.setAccessibleName(tr("examples_page", "Examples found"))
        self.results.setWordWrap(True)
        self.count = QLabel()
        self.count.setAccessibleName(tr("examples_page", "Number of examples found"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(tr("examples_page", "Selected example"))
        self.details.setOpenExternalLinks(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.results)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 520])

        self.insert_button = QPushButton(standard(SP.SP_ArrowRight), tr("examples_page", "&Insert into session…"))
        self.add_button = QPushButton(standard(SP.SP_FileIcon), tr("examples_page", "&Add my example…"))
        self.edit_button = QPushButton(tr("examples_page", "&Edit…"))
        self.delete_button = QPushButton(standard(SP.SP_TrashIcon), tr("examples_page", "&Delete"))
        self.export_button = QPushButton(tr("examples_page", "E&xport my examples…"))
        self.import_button = QPushButton(tr("examples_page", "Im&port examples…"))
        close = QPushButton(tr("examples_page", "Close"))
        self.insert_button.clicked.connect(self.insert_selected)
        self.add_button.clicked.connect(self.add_dialog)
        self.edit_button.clicked.connect(self.edit_dialog)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.export_button.clicked.connect(lambda: self.export_dialog())
        self.import_button.clicked.connect(lambda: self.import_dialog())
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.insert_button, self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.import_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(980, 680)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.country, self.region, self.theme, self.session, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mine.toggled.connect(lambda _b: self.refresh())
        self.results.currentItemChanged.connect(lambda *_: self._show_selected())
        self.results.itemActivated.connect(lambda _item: self.insert_selected())
        controller.examples_changed.connect(self.refresh)
        controller.course_opened.connect(lambda _name: self._update_buttons())
        self.fill_filters()
        self.refresh()

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(tr("examples_page", "Filter: {name}").format(name=name))
        combo.addItem(tr("examples_page", ANY), None)
        return combo

    def fill_filters(self) -> None:
        """The values the library uses, with names (not codes) shown."""
        store = self.controller.store
        for combo, facet, label in (
            (self.country, "country", country_name),
            (self.region, "region", str),
            (self.theme, "theme", theme_label),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in sorted(facet_values(store, facet), key=lambda v, f=label: f(v)):  # type: ignore[misc]
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if self.session.count() == 1:
            for s in self.controller.course.sessions:
                self.session.addItem(f"{s.number}: {s.title}", s.number)

    def set_target(self, session: int | None, after: str | None) -> None:
        """Where "Insert into session…" aims by default (the sorter's session and selected slide)."""
        self.target_session, self.target_after = session, after

    def filters(self) -> Filters:
        session = self.session.currentData()
        return Filters(
            country=self.country.currentData(),
            region=self.region.currentData(),
            theme=self.theme.currentData(),
            session=int(session) if session is not None else None,
            kind=self.kind.currentData(),
            mine=True if self.mine.isChecked() else None,
        )

    def set_filter(self, combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def clear_filters(self) -> None:
        for combo in (self.country, self.region, self.theme, self.session, self.kind):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.mine.blockSignals(True)
        self.mine.setChecked(False)
        self.mine.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Search (or list) with the filters; the selection is kept when the entry is still found."""
        self._timer.stop()
        keep = self.selected_id()
        try:
            self.examples = search_examples(self.controller.store, self.search.text(), self.filters())
        except TrainerKitError as exc:
            self.examples = []
            self.count.setText(str(exc))
        else:
            n = len(self.examples)
            best = tr("examples_page", " (best first)") if self.search.text().strip() else ""
            self.count.setText(
                (
                    tr("examples_page", "1 entry found{best}")
                    if n == 1
                    else tr("examples_page", "{n} entries found{best}")
                ).format(n=n, best=best)
            )
        self.results.blockSignals(True)
        self.results.clear()
        for e in self.examples:
            where = ", ".join(x for x in (e.place_label, e.year) if x)
            kind = tr("examples_page", "Fact") if e.kind == "fact" else tr("examples_page", "Example")
            text = f"{e.title}\n{kind}" + (f" · {where}" if where else "")
            if e.mine:
                text += " · " + tr("examples_page", "mine")
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, e.id)
            item.setIcon(standard(SP.SP_FileDialogInfoView if e.kind == "fact" else SP.SP_FileIcon))
            item.setToolTip(e.summary[:300])
            self.results.addItem(item)
        self.results.blockSignals(False)
        ids = [e.id for e in self.examples]
        self.results.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self._show_selected()

    def selected_id(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(ROLE_ID)) if item is not None else None

    def selected(self) -> Example | None:
        wanted = self.selected_id()
        return next((e for e in self.examples if e.id == wanted), None)

    def select_id(self, example_id: str) -> bool:
        ids = [e.id for e in self.examples]
        if example_id not in ids:
            return False
        self.results.setCurrentRow(ids.index(example_id))
        return True

    def _show_selected(self) -> None:
        example = self.selected()
        self.details.setHtml(
            example_html(example) if example else "<p>" + tr("examples_page", "Choose an entry to read it.") + "</p>"
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        example = self.selected()
        self.insert_button.setEnabled(example is not None and self.controller.name is not None)
        self.insert_button.setToolTip("" if self.controller.name else tr("examples_page", "Open a course first."))
        own = example is not None and example.mine
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    # ---- own examples ----------------------------------------------------------------------------
    def add_dialog(self) -> ExampleForm:
        form = ExampleForm(self.controller, None, self)
        form.accepted.connect(lambda: self._saved(form))
        form.open()
        return form

    def edit_dialog(self) -> ExampleForm | None:
        example = self.selected()
        if example is None or not example.mine:
            return None
        form = ExampleForm(self.controller, example, self)
        form.accepted.connect(lambda: self._saved(form))
        form.open()
        return form

    def _saved(self, form: ExampleForm) -> None:
        if form.saved is not None:
            self.fill_filters()
            self.refresh()
            if not self.select_id(form.saved.id):  # filtered out: show it anyway
                self.clear_filters()
                self.select_id(form.saved.id)

    def delete_selected(self, confirm: bool = True) -> bool:
        example = self.selected()
        if example is None or not example.mine:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                tr("examples_page", "Delete example"),
                tr(
                    "examples_page", "Delete your example '{title}'? Slides already made from it keep their text."
                ).format(title=example.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.controller.delete_example(example.id)
        except TrainerKitError as exc:
            show_error(self, exc, tr("examples_page", "deleting your example"))
            return False
        return True

    def export_dialog(self, path: Path | None = None) -> int | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                tr("examples_page", "Export my examples"),
                tr("examples_page", "my-examples.csv"),
                tr("examples_page", "Spreadsheet (*.csv);;JSON (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            count = export_examples(self.controller.store, path)
        except TrainerKitError as exc:
            show_error(self, exc, tr("examples_page", "exporting your examples"))
            return None
        self.count.setText(
            tr("examples_page", "{count} of your examples written to {name}.").format(count=count, name=path.name)
        )
        return count

    def import_dialog(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                tr("examples_page", "Import examples"),
                "",
                tr("examples_page", "Spreadsheet or JSON (*.csv *.json)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            result = import_examples(self.controller.store, path)
        except TrainerKitError as exc:
            show_error(self, exc, tr("examples_page", "importing examples from {name}").format(name=path.name))
            return False
        self.controller.examples_changed.emit()
        self.fill_filters()
        self.count.setText(
            tr(
                "examples_page",
                "From {name}: {added} added, {updated} updated, {skipped} already in the library.",
            ).format(
                name=path.name,
                added=len(result.added),
                updated=len(result.updated),
                skipped=len(result.skipped),
            )
        )
        return True

    # ---- into the course -------------------------------------------------------------------------
    def insert_selected(self) -> Change | None:
        example = self.selected()
        if example is None or self.controller.name is None:
            return None
        return insert_example_dialog(self.controller, example, self.target_session, self.target_after, self, self)

    def insert(self, example_id: str, session: int, after: str | None, layout: str | None = None) -> Change | None:
        """Insert without asking (the dialog's choice, or a test's)."""
        change = _insert(self.controller, example_id, session, after, layout, self)
        if change is not None and change.slide_key:
            self.target_session, self.target_after = session, change.slide_key
            self.inserted.emit(session, change.slide_key)
        return change


def _insert(
    controller: CourseController, example_id: str, session: int, after: str | None, layout: str | None, parent: QWidget
) -> Change | None:
    try:
        return controller.insert_example(example_id, session, after, layout)
    except TrainerKitError as exc:
        show_error(parent, exc, tr("examples_page", "inserting an example"))
        return None


def insert_example_dialog(
    controller: CourseController,
    example: Example | str,
    session: int | None,
    after: str | None,
    parent: QWidget,
    library: ExamplesDialog | None = None,
) -> Change | None:
    """Ask where and how (``InsertExampleDialog``), then insert; returns the change, or None."""
    if isinstance(example, str):
        try:
            example = get_example(controller.store, example)
        except TrainerKitError as exc:
            show_error(parent, exc, tr("examples_page", "reading the example"))
            return None
    dialog = InsertExampleDialog(controller, example, session, after, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen_session, chosen_after, layout = dialog.choice()
    if library is not None:
        return library.insert(example.id, chosen_session, chosen_after, layout)
    return _insert(controller, example.id, chosen_session, chosen_after, layout, parent)
