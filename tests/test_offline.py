"""TrainerKit never opens a network connection: the suite runs with every internet socket refused."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.offline import NetworkAccessAttempted
from trainerkit.cli import cli

SRC = Path(__file__).resolve().parents[1] / "src" / "trainerkit"
NETWORK_MODULES = {"socket", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib", "smtplib", "ssl"}
#: Pure string helpers inside otherwise networked packages: they never open a connection.
ALLOWED = {"urllib.parse"}


def test_the_guard_is_active() -> None:
    with pytest.raises(NetworkAccessAttempted):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises(NetworkAccessAttempted):
        socket.getaddrinfo("example.org", 443)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAccessAttempted):
            sock.connect(("127.0.0.1", 9))
    finally:
        sock.close()


def test_cli_main_paths_run_offline() -> None:
    runner = CliRunner()
    for args in (["info", "--json"], ["sessions"], ["session", "3"], ["agenda"]):
        result = runner.invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, (args, result.output)


def test_gui_main_window_opens_offline(qtbot) -> None:  # type: ignore[no-untyped-def]
    from trainerkit.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "TrainerKit"


def test_no_module_imports_a_network_library() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name in ALLOWED:
                    continue
                if name.split(".")[0] in NETWORK_MODULES or "QtNetwork" in name:
                    offenders.append(f"{path.relative_to(SRC)}: {name}")
    assert not offenders
