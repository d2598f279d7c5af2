"""The CLI's tables and counters: `slides` shows filled titles in aligned columns with an origin column,
and export progress is one share of the whole job that never goes back, past 100% or says Done early."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from trainerkit.cli import cli
from trainerkit.cli.handout_cmds import progress_printer

NAME = "Nairobi 2027"


def test_slides_prints_filled_titles_in_aligned_columns_with_origin() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["course", "create", NAME, "--country", "KE"]).exit_code == 0
    assert runner.invoke(cli, ["slide", "duplicate", NAME, "s3-ratified-country"]).exit_code == 0
    result = runner.invoke(cli, ["slides", NAME])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "{{" not in result.output
    assert any(line.rstrip().endswith("Treaties ratified by Kenya") for line in lines)
    headers = [line for line in lines if line.strip().startswith("pos")]
    assert len(headers) == 7 and all(h.split() == ["pos", "key", "hidden", "adapt", "origin", "title"] for h in headers)
    # every row's columns start where its header's do, however long the keys
    for block in result.output.split("Session ")[1:]:
        header, *rows = [line for line in block.splitlines()[1:] if line.strip()]
        starts = [header.index(word) for word in ("key", "hidden", "adapt", "origin", "title")]
        for row in rows:
            assert row[starts[0] - 2 : starts[0]] == "  " and row[starts[0]] != " ", row
            assert row[starts[4] - 2 : starts[4]] == "  " and row[starts[4]] != " ", row
            assert row[starts[3] :].split()[0] in ("bundled", "duplicate", "imported", "example"), row
    assert any(re.search(r"\bduplicate\s+Treaties ratified by Kenya", line) for line in lines)
    data = runner.invoke(cli, ["slides", NAME, "--session", "3", "--json"]).output
    assert '"raw_title": "Treaties ratified by {{country}}"' in data and '"title": "Treaties ratified by Kenya"' in data


def test_export_progress_never_goes_back_past_the_total_or_says_done_early(
    capsys: pytest.CaptureFixture[str],
) -> None:
    progress = progress_printer(False)
    # the shape of export --what decks,handouts: decks report their own 0..7 and "Done" at 14 of 186
    for done in range(7):
        progress(done * 2, 186, f"Session {done + 1}")
    progress(14, 186, "Done")
    for done in range(14, 182, 4):
        progress(done, 186, "Handout: x")
    progress(182, 186, "Handouts done")
    progress(90, 186, "Handout: late report")  # never goes back
    progress(300, 186, "Handout: too far")  # never past the total
    progress(186, 186, "Done")
    lines = capsys.readouterr().err.splitlines()
    shares = [int(re.match(r"\s*\[\s*(\d+)%\]", line).group(1)) for line in lines]  # type: ignore[union-attr]
    assert shares == sorted(shares) and max(shares) == 100
    assert [line for line in lines if "Done" in line or "done" in line] == ["  [100%] Done"]
    assert "late report" not in "\n".join(lines)
