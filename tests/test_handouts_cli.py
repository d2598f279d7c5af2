"""The command line exports handouts and packs, and says clearly what it cannot do."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from trainerkit.cli import cli
from trainerkit.customise import new_course, select_sessions
from trainerkit.store import open_store


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_handouts_check_says_every_source_follows_the_format() -> None:
    code, out = run("handouts", "check")
    assert code == 0 and "follow the format" in out


def test_export_handouts_writes_the_chosen_materials(tmp_path: Path) -> None:
    store = open_store()
    new_course(store, "Cli", "ES", venue="Casa de la Cultura, Cádiz", dates="10–12 de junio de 2027")
    select_sessions(store, "Cli", [2])
    code, out = run("export-handouts", "Cli", "--out", str(tmp_path), "--what", "participant-pack,slide-handouts",
                    "--per-page", "6", "--json")
    assert code == 0, out
    files = [Path(f) for f in json.loads(out)["files"]]
    assert {f.name for f in files} == {
        "Participant pack - Cli.pdf",
        "Slides S2 - An introduction to international migration - 6 per page.pdf",
    }
    assert all(f.is_file() for f in files)


def test_export_handouts_refuses_an_unknown_material(tmp_path: Path) -> None:
    new_course(open_store(), "Cli", "ES")
    code, _out = run("export-handouts", "Cli", "--out", str(tmp_path), "--what", "posters")
    assert code != 0
