"""The commands a preflight line suggests work as printed, even for a course name with spaces and commas."""

from __future__ import annotations

import re
import shlex

from click.testing import CliRunner

from trainerkit.cli import cli
from trainerkit.customise import current_slides, new_course
from trainerkit.package.preflight import preflight
from trainerkit.store import open_store


def test_a_suggested_command_runs_as_printed_for_a_name_with_spaces() -> None:
    store = open_store()
    name = "Nairobi, May 2025"
    new_course(store, name, "KE")
    finding = next(f for f in preflight(store, name).findings if f.location.get("slide") == "s1-welcome")
    hide = re.search(r"`(trainerkit slide hide [^`]+)`", finding.fix)
    assert hide is not None and "'Nairobi, May 2025'" in hide.group(1)
    result = CliRunner().invoke(cli, shlex.split(hide.group(1))[1:])
    assert result.exit_code == 0, result.output
    store.close()
    store = open_store()
    assert next(r for r in current_slides(store, name, 1) if r.key == "s1-welcome").hidden
    store.close()
