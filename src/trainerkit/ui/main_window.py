"""The main window: the course tree on the left, the selected item's pages on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from trainerkit import APP_NAME
from trainerkit.course import Course, load_course
from trainerkit.course.overview_html import (
    course_overview_html,
    module_overview_html,
    session_overview_html,
)

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_NUMBER = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, course: Course | None = None) -> None:
        super().__init__()
        self.course = course or load_course()
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Course modules and sessions")
        self.tree.setMinimumWidth(300)
        self.overview = QTextBrowser()
        self.overview.setAccessibleName("Overview")
        self.overview.setOpenExternalLinks(False)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.overview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 940])
        self.setCentralWidget(splitter)

        self._fill_tree()
        self.tree.currentItemChanged.connect(self._show_item)
        self.tree.setCurrentItem(self._root)

        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)
        self.statusBar().showMessage(
            f"{self.course.short_title}: {len(self.course.sessions)} sessions, "
            f"bundled course {self.course.version}"
        )

    def _fill_tree(self) -> None:
        root = self._root = QTreeWidgetItem([self.course.short_title])
        root.setData(0, ROLE_KIND, "course")
        self.tree.addTopLevelItem(root)
        for module in self.course.modules:
            label = f"Module {module.number}: {module.title}"
            if module.forthcoming:
                label += " (forthcoming)"
            item = QTreeWidgetItem([label])
            item.setData(0, ROLE_KIND, "module")
            item.setData(0, ROLE_NUMBER, module.number)
            root.addChild(item)
            for number in module.sessions:
                s = self.course.session(number)
                child = QTreeWidgetItem([f"Session {s.number}: {s.title}"])
                child.setData(0, ROLE_KIND, "session")
                child.setData(0, ROLE_NUMBER, s.number)
                item.addChild(child)
            for a in module.announced_sessions:
                child = QTreeWidgetItem([f"Session {a.number}: {a.title}"])
                child.setData(0, ROLE_KIND, "module")
                child.setData(0, ROLE_NUMBER, module.number)
                child.setForeground(0, QBrush(QColor("#8a8a8a")))
                child.setToolTip(0, "Forthcoming: the guide announces this session but has no content yet.")
                item.addChild(child)
            if module.forthcoming:
                item.setForeground(0, QBrush(QColor("#8a8a8a")))
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

    def _show_item(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            return
        kind = item.data(0, ROLE_KIND)
        number = item.data(0, ROLE_NUMBER)
        if kind == "session":
            html = session_overview_html(self.course, self.course.session(number))
        elif kind == "module":
            html = module_overview_html(self.course, self.course.module(number))
        else:
            html = course_overview_html(self.course)
        self.overview.setHtml(html)
