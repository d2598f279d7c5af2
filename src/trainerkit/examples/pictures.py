"""Pictures a trainer attaches to an example: checked (type, size, dimensions), downscaled when huge.

A picture is read with Pillow before anything is stored: only PNG, JPEG and GIF (what PowerPoint and
python-pptx show everywhere) are accepted, files over ``MAX_BYTES`` and images over ``MAX_PIXELS`` are
refused (a decompression bomb is refused before it is decoded), and anything wider or taller than
``MAX_SIDE`` pixels is downscaled, turned upright from its EXIF orientation, and saved without metadata
(which may hold GPS positions). The result is stored by content hash with ``trainerkit.store.files``.

Never imports Qt.
"""

from __future__ import annotations

import io
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from trainerkit.errors import BadFileError
from trainerkit.store.db import Store

FORMATS = {"PNG": ".png", "JPEG": ".jpg", "GIF": ".gif"}
MAX_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 60_000_000
MAX_SIDE = 2400
MIN_SIDE = 16


@dataclass(frozen=True)
class PictureInfo:
    format: str
    width: int
    height: int
    size: int

    @property
    def suffix(self) -> str:
        return FORMATS[self.format]


def _subject(name: str) -> str:
    """``name`` as the start of a sentence: a file name as it is, "the picture" capitalised."""
    name = name.strip() or "the picture"
    return name[:1].upper() + name[1:] if name.lower() in ("the picture", "a picture") else name


def check_picture_bytes(data: bytes, name: str = "the picture") -> PictureInfo:
    """What the picture is; a ``BadFileError`` a trainer understands when it cannot be used.

    Messages name the file (``name``, e.g. ``mural.jpg``) or "The picture", never Pillow's internals
    (its errors quote the in-memory buffer, ``<_io.BytesIO object at 0x...>``)."""
    name = _subject(name)
    if len(data) > MAX_BYTES:
        raise BadFileError(
            f"{name} is {len(data) / 1e6:.0f} MB; pictures up to {MAX_BYTES // (1024 * 1024)} MB can be used."
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                fmt, (width, height) = image.format or "", image.size
                if fmt not in FORMATS:
                    raise BadFileError(f"{name} is a {fmt or 'unknown'} image; use a PNG, JPEG or GIF picture.")
                if width * height > MAX_PIXELS:
                    raise BadFileError(f"{name} is {width} x {height} pixels, too large to use; make it smaller first.")
                if min(width, height) < MIN_SIDE:
                    raise BadFileError(f"{name} is only {width} x {height} pixels, too small to show on a slide.")
                image.load()  # decodes: a truncated or corrupt file fails here
    except BadFileError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise BadFileError(f"{name} has too many pixels to open safely; make it smaller first.") from exc
    except UnidentifiedImageError as exc:
        who = "The file" if name in ("The picture", "A picture") else name
        raise BadFileError(f"{who} is not a picture TrainerKit can use: use a PNG, JPEG or GIF picture.") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise BadFileError(f"{name} is damaged or incomplete and cannot be used.") from exc
    return PictureInfo(fmt, width, height, len(data))


def downscaled(data: bytes, info: PictureInfo) -> tuple[bytes, PictureInfo]:
    """The picture with its longest side at most ``MAX_SIDE`` (same format; GIF becomes PNG)."""
    if max(info.width, info.height) <= MAX_SIDE:
        return data, info
    with Image.open(io.BytesIO(data)) as original:
        image = ImageOps.exif_transpose(original) or original
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if info.format == "JPEG":
            image.convert("RGB").save(out, format="JPEG", quality=88, optimize=True)
            fmt = "JPEG"
        else:
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            image.save(out, format="PNG", optimize=True)
            fmt = "PNG"
    result = out.getvalue()
    return result, PictureInfo(fmt, image.width, image.height, len(result))


def import_picture(store: Store, source: Path) -> str:
    """Check ``source``, downscale it when huge, store it; returns its SHA-256 for ``examples.picture``."""
    from trainerkit.store.files import add_file, files_dir

    try:
        if source.stat().st_size > MAX_BYTES:
            raise BadFileError(
                f"{source.name} is {source.stat().st_size / 1e6:.0f} MB; "
                f"pictures up to {MAX_BYTES // (1024 * 1024)} MB can be used."
            )
        data = source.read_bytes()
    except OSError as exc:
        raise BadFileError(f"Cannot read the picture {source}: {exc.strerror or exc}.") from exc
    info = check_picture_bytes(data, source.name)
    data, info = downscaled(data, info)
    stem = Path(source.name).stem or "picture"
    with tempfile.TemporaryDirectory(dir=files_dir()) as folder:
        staged = Path(folder) / f"{stem}{info.suffix}"
        staged.write_bytes(data)
        return add_file(store, staged, "picture")
