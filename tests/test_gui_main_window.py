"""The app opens a window titled TrainerKit showing the 4 modules and 7 sessions."""

from __future__ import annotations

from trainerkit.ui.main_window import ROLE_KIND, MainWindow


def test_window_shows_modules_and_sessions(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "TrainerKit"
    root = window.tree.topLevelItem(0)
    modules = [root.child(i) for i in range(root.childCount())]
    assert [m.data(0, ROLE_KIND) for m in modules] == ["module"] * 4
    assert "forthcoming" in modules[3].text(0)
    sessions = window.session_items()
    assert [item.text(0).split(":")[0] for item in sessions] == [f"Session {n}" for n in range(1, 8)]


def test_selecting_a_session_shows_its_overview_and_plan(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.tree.setCurrentItem(window.session_items()[1])
    text = window.overview.toPlainText()
    assert "Session 2: An introduction to international migration" in text
    assert "Session plan" in text and "Key messages" in text


def test_forthcoming_module_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    root = window.tree.topLevelItem(0)
    window.tree.setCurrentItem(root.child(3))
    assert "Forthcoming" in window.overview.toPlainText()
