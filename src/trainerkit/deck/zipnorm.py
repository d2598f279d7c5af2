"""Byte-for-byte reproducible OOXML files: fixed zip timestamps and member order, fixed document dates.

python-pptx stamps every zip member with the time of saving, and core properties and embedded chart
workbooks carry dates, so two saves of the same deck differ. The bundled decks must rebuild to the same
bytes (a test compares them), and a course exported in two data folders must give identical decks
(bundles are checked that way). Never imports Qt.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Iterable

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


_DATE_RE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def _fixed_dates(xml: bytes) -> bytes:
    return _DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<2>", xml)


def zip_member(name: str, *, unix: bool = False) -> zipfile.ZipInfo:
    """A zip member header that depends only on ``name``: fixed time, deflated, fixed permissions
    (``unix``: a regular file, rw-r--r--, as bundles have; else rw------- with no system, as decks have)."""
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    if unix:
        info.create_system = 3
        info.external_attr = (stat.S_IFREG | 0o644) << 16
    else:
        info.create_system = 0
        info.external_attr = 0o600 << 16
    return info


def write_members(zf: zipfile.ZipFile, members: Iterable[tuple[str, bytes]], *, unix: bool = False) -> None:
    """Write ``members`` in the order given with ``zip_member`` headers (the one reproducible zip writer)."""
    for name, data in members:
        zf.writestr(zip_member(name, unix=unix), data, compresslevel=6)


def normalise_zip(blob: bytes, *, inner: bool = False) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps, ordering and dates, recursing into embedded workbooks."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as src:
        names = src.namelist()
        ordered = [n for n in names if n == "[Content_Types].xml"] + [n for n in names if n != "[Content_Types].xml"]
        members = []
        for name in ordered:
            data = src.read(name)
            if name == "docProps/core.xml":
                data = _fixed_dates(data)
            elif name.endswith(".xlsx"):
                data = normalise_zip(data, inner=True)
            members.append((name, data))
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            write_members(dst, members)
    return out.getvalue()
