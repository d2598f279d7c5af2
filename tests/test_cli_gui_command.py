"""`trainerkit gui` is "the same as trainerkit-gui": the app's own options (--lang, --smoke-test, --open)
reach it, as the README's "start it with `trainerkit-gui --lang fr`" promises."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from click.testing import CliRunner

from trainerkit.cli import cli, launch


def test_the_apps_options_pass_through_trainerkit_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["trainerkit", "gui"])  # restored after the test (start_app sets it)
    seen: list[list[str]] = []

    class Entry:
        def load(self) -> Any:
            return lambda: seen.append(list(sys.argv[1:]))

    monkeypatch.setattr(launch, "entry_points", lambda **kw: [Entry()])
    result = CliRunner().invoke(cli, ["gui", "--lang", "fr", "--smoke-test"])
    assert result.exit_code == 0, result.output
    assert seen == [["--lang", "fr", "--smoke-test"]]
    result = CliRunner().invoke(cli, ["gui"])
    assert result.exit_code == 0, result.output
    assert seen[-1] == [], "the app must not see the CLI's own 'gui' as one of its arguments"
