"""A table row left tall for writing in grows with its text: in 'Human rights treaties ratified by ...' the
monitoring committee 'CAT (and SPT under the Optional Protocol)' took three lines in a row the height of
two, so 'Protocol)' was printed across 'CRC' in the row below."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from trainerkit.customise import new_course
from trainerkit.export.handouts import export_handouts
from trainerkit.store import open_store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def words(path: Path) -> list[tuple[float, float, float, str]]:
    """(xMin, yMin, yMax, word) of every word on page 1, from pdftotext's bounding boxes."""
    xml = subprocess.run(["pdftotext", "-bbox", "-l", "1", str(path), "-"], capture_output=True, text=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [(float(x), float(y0), float(y1), w) for x, y0, y1, w in re.findall(pattern, xml)]


def test_a_tall_row_grows_with_its_text_instead_of_printing_over_the_next_row(tmp_path: Path) -> None:
    store = open_store()
    new_course(store, "Amman", "JO")
    report = export_handouts(store, "Amman", tmp_path, formats=("pdf",), only={"ratified-treaties"})
    found = words(report.files[0])
    protocol = next(w for w in found if w[3] == "Protocol)")
    crc = next(w for w in found if w[3] == "CRC" and abs(w[0] - protocol[0]) < 2)  # same column, next row
    assert protocol[2] <= crc[1], f"'Protocol)' (bottom {protocol[2]:.1f}) runs into 'CRC' (top {crc[1]:.1f})"
