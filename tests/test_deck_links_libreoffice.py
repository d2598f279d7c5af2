"""In-deck links of the bundled decks jump to the right slide when LibreOffice renders them.

Session 3's core-instruments slide links to one hidden summary slide per treaty; session 5's menu links
to the hidden function slides. With hidden slides exported, every link annotation in the PDF must land
on the page whose title is the linked item's treaty or function.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from tests.libreoffice import convert, needs_libreoffice
from trainerkit.course.decks import deck_path
from trainerkit.deck.links import list_jumps
from trainerkit.deck.slides import slide_title

EXPORT_HIDDEN = '{"ExportHiddenSlides":{"type":"boolean","value":"true"}}'


def _link_targets_in_pdf(pdf: Path) -> dict[int, list[int]]:
    """0-based page -> 0-based pages its link annotations jump to."""
    reader = PdfReader(str(pdf))
    numbers = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}  # type: ignore[union-attr]
    result: dict[int, list[int]] = {}
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            dest = annot.get("/Dest") or (annot.get("/A") or {}).get("/D")
            if dest is None or isinstance(dest, str):
                continue
            target = dest[0]
            result.setdefault(index, []).append(numbers[target.idnum])
    return result


@needs_libreoffice
@pytest.mark.libreoffice
@pytest.mark.parametrize("session", [3, 5])
def test_links_land_on_their_target_slides(session: int, tmp_path: Path) -> None:
    path = deck_path(session)
    prs = Presentation(str(path))
    expected: dict[int, list[int]] = {}
    for jump in list_jumps(prs):
        expected.setdefault(jump.slide_index, []).append(jump.target_index)
    assert expected, "the deck has in-deck links"
    pdf = convert(path, "pdf", tmp_path, filter_options=f"impress_pdf_Export:{EXPORT_HIDDEN}")
    assert len(PdfReader(str(pdf)).pages) == len(prs.slides)
    found = _link_targets_in_pdf(pdf)
    titles = [slide_title(s) for s in prs.slides]
    for source, targets in expected.items():
        assert sorted(found.get(source, [])) == sorted(targets), (
            f"links on '{titles[source]}' land on {[titles[t] for t in found.get(source, [])]}"
        )
