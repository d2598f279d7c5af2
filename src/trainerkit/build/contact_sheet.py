"""Contact sheets: every slide of a deck as a thumbnail on one PNG, for reviewing the look at a glance.

Converts a deck to PDF with LibreOffice headless (hidden slides included, via the ``ExportHiddenSlides``
filter option), renders the pages with ``pdftoppm`` and tiles them with Pillow, each labelled with its
number and key, hidden ones marked. Also holds the ``soffice`` helper the tests use.

Build and review time only: needs ``soffice`` and ``pdftoppm``; never imports Qt.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation

from trainerkit.deck.tags import get_slide_key
from trainerkit.errors import TrainerKitError
from trainerkit.paths import package_root

HIDDEN_FILTER = 'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}'


class ToolMissingError(TrainerKitError):
    """soffice or pdftoppm is not installed."""


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(deck: Path, out_dir: Path, *, hidden: bool = False, timeout: float = 180) -> Path:
    """Convert ``deck`` to PDF in ``out_dir`` with its own LibreOffice profile; return the PDF path."""
    soffice = soffice_path()
    if soffice is None:
        raise ToolMissingError("LibreOffice (soffice) is not installed.")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="trainerkit-lo-") as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                HIDDEN_FILTER if hidden else "pdf",
                "--outdir",
                str(out_dir),
                str(deck),
            ],
            check=True,
            timeout=timeout,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    pdf = out_dir / (deck.stem + ".pdf")
    if not pdf.is_file():
        raise ToolMissingError(f"LibreOffice did not produce {pdf.name}")
    return pdf


def render_pages(pdf: Path, out_dir: Path, dpi: int = 40) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        raise ToolMissingError("pdftoppm (poppler-utils) is not installed.")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out_dir / "page")], check=True, timeout=300)
    return sorted(out_dir.glob("page-*.png"))


def _label_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        from trainerkit.deck.textfit import font_path

        return ImageFont.truetype(str(font_path(bold=True)), size)
    except Exception:
        return ImageFont.load_default()


def contact_sheet(deck: Path, target: Path, *, columns: int = 5, dpi: int = 40) -> Path:
    """Write a PNG of every slide of ``deck`` (hidden ones too, marked) to ``target``."""
    prs = Presentation(str(deck))
    labels = []
    for i, slide in enumerate(prs.slides, start=1):
        hidden = slide._element.get("show") == "0"
        labels.append((f"{i}  {get_slide_key(slide) or ''}", hidden))
    with tempfile.TemporaryDirectory(prefix="trainerkit-sheet-") as tmp:
        pdf = convert_to_pdf(deck, Path(tmp), hidden=True)
        pages = render_pages(pdf, Path(tmp), dpi)
        images = [Image.open(p).convert("RGB") for p in pages]
        if not images:
            raise ToolMissingError(f"no pages rendered from {deck.name}")
        w, h = images[0].size
        pad, label_h = 12, 22
        rows = math.ceil(len(images) / columns)
        title_h = 36
        sheet = Image.new("RGB", (columns * (w + pad) + pad, title_h + rows * (h + label_h + pad) + pad), "white")
        draw = ImageDraw.Draw(sheet)
        font, title_font = _label_font(14), _label_font(20)
        core_title = prs.core_properties.title or deck.stem
        draw.text((pad, 8), f"{deck.name} — {core_title} — {len(images)} slides", fill="#1B3A6B", font=title_font)
        for n, image in enumerate(images):
            r, c = divmod(n, columns)
            x = pad + c * (w + pad)
            y = title_h + r * (h + label_h + pad)
            text, hidden = labels[n] if n < len(labels) else (str(n + 1), False)
            if hidden:
                text += "  [HIDDEN]"
            draw.text((x, y), text, fill="#A84B00" if hidden else "#2B2B2B", font=font)
            sheet.paste(image, (x, y + label_h))
            draw.rectangle(
                (x - 1, y + label_h - 1, x + w, y + label_h + h),
                outline="#A84B00" if hidden else "#BFBFBF",
                width=3 if hidden else 1,
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        sheet.save(target, optimize=True)
    return target


def make_contact_sheets(out: Path | None = None, sessions: list[int] | None = None) -> list[Path]:
    """Contact sheets of the bundled decks into ``docs/contact-sheets`` (default)."""
    from trainerkit.build.decks import slides_dir

    out = out or package_root().parent / "docs" / "contact-sheets"
    written = []
    for deck in sorted(slides_dir().glob("session-[0-9][0-9].pptx")):
        if sessions and int(deck.stem.split("-")[1]) not in sessions:
            continue
        written.append(contact_sheet(deck, out / f"{deck.stem}.png"))
    return written
