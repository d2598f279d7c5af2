"""Open a presentation a trainer gives us, refusing anything unsafe or broken with one clear message.

This module is the edge where outside .pptx files enter TrainerKit. It checks the zip directory and the
package structure *before* python-pptx parses anything (sizes, paths, DTDs, encryption, macros, missing
parts), then opens the file and turns any remaining parser failure into a ``BadFileError``.

It must never: resolve an XML entity or DTD, expand a member without a size cap, execute or keep VBA
macros, let an exception other than ``BadFileError`` escape ``open_presentation``, or import Qt.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from defusedxml import ElementTree as SafeET
from lxml import etree
from pptx import Presentation
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.presentation import Presentation as PresentationObj

from trainerkit.deck.links import drop_dangling_hyperlinks
from trainerkit.errors import BadFileError

# ---- limits, checked from the zip directory before anything is expanded ---------------------------------
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # expanded/compressed, for members bigger than RATIO_FLOOR_BYTES
RATIO_FLOOR_BYTES = 1024 * 1024

# ---- messages a trainer reads ---------------------------------------------------------------------------
MSG_MISSING = "The file {name} cannot be found."
MSG_NOT_PPTX = "This file is not a PowerPoint presentation (.pptx)."
MSG_OLD_PPT = (
    "This is an old PowerPoint 97-2003 file (.ppt). Open it in PowerPoint or LibreOffice and save it as .pptx first."
)
MSG_ENCRYPTED = "This presentation is protected by a password. Remove the password in PowerPoint and try again."
MSG_CORRUPT = "This presentation is damaged (incomplete or corrupt) and cannot be opened."
MSG_UNSAFE_PATHS = "This file contains unsafe file names and was not opened."
MSG_TOO_BIG = "This file expands to an unreasonable size and was not opened (it may be a 'zip bomb')."
MSG_DTD = "This file contains XML declarations that are not allowed in a presentation and was not opened."
MSG_MACROS = (
    "This presentation contains macros, which TrainerKit does not open. Save it as .pptx (without "
    "macros) in PowerPoint first."
)
MSG_NO_PRESENTATION = "This file is not a PowerPoint presentation (.pptx): its presentation part is missing."
MSG_OTHER_OFFICE = "This file is a {kind}, not a PowerPoint presentation."
MSG_MISSING_PART = "This presentation is damaged: {owner} refers to {what} that is missing from the file."

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE_UTF16 = "EncryptedPackage".encode("utf-16-le")
_ENCRYPTION_INFO_UTF16 = "EncryptionInfo".encode("utf-16-le")
_OFFICE_DOCUMENT_RELTYPES = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
}
_HYPERLINK_RELTYPE_SUFFIX = "/hyperlink"
_VBA_CONTENT_TYPES = {
    "application/vnd.ms-office.vbaProject",
    "application/vnd.ms-office.vbaProjectSignature",
    "application/vnd.ms-office.vbaProjectSignatureAgile",
    "application/vnd.ms-office.vbaProjectSignatureV3",
    "application/vnd.ms-word.vbaData+xml",
}
_PRESENTATION_MAIN_TYPES = {
    CT.PML_PRESENTATION_MAIN: "",
    CT.PML_PRES_MACRO_MAIN: "a macro-enabled presentation (.pptm)",
    CT.PML_SLIDESHOW_MAIN: "a slide show (.ppsx)",
    CT.PML_TEMPLATE_MAIN: "a template (.potx)",
    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml": "a macro-enabled slide show (.ppsm)",
    "application/vnd.ms-powerpoint.template.macroEnabled.main+xml": "a macro-enabled template (.potm)",
}
_OTHER_OFFICE_KINDS = {
    "wordprocessingml": "Word document",
    "ms-word": "Word document",
    "spreadsheetml": "Excel workbook",
    "ms-excel": "Excel workbook",
}
_DTD_PATTERNS = [
    re.compile(re.escape(word.encode(enc)), re.IGNORECASE)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for enc in ("ascii", "utf-16-le", "utf-16-be")
]
_SCAN_CHUNK = 1024 * 1024
_PART_KINDS = [
    ("/slides/", "a slide"),
    ("/slideLayouts/", "a slide layout"),
    ("/slideMasters/", "a slide master"),
    ("/notesSlides/", "speaker notes"),
    ("/media/", "a picture or media file"),
    ("/charts/", "a chart"),
    ("/embeddings/", "an embedded file"),
    ("/theme/", "a theme"),
]


@dataclass
class OpenedPresentation:
    """A presentation that passed every check, with what a trainer may want to know about it."""

    presentation: PresentationObj
    notes: list[str] = field(default_factory=list)
    macros_removed: bool = False


def open_presentation(path: Path | str, *, allow_macros_stripped: bool = False) -> PresentationObj:
    """Open ``path`` safely or raise ``BadFileError`` with one message a trainer understands."""
    return open_presentation_with_report(path, allow_macros_stripped=allow_macros_stripped).presentation


def open_presentation_with_report(path: Path | str, *, allow_macros_stripped: bool = False) -> OpenedPresentation:
    """Like ``open_presentation`` but also says what was changed on the way in (macros removed, ...)."""
    path = Path(path)
    if not path.is_file():
        raise BadFileError(MSG_MISSING.format(name=path.name))
    try:
        return _open_checked(path, allow_macros_stripped)
    except BadFileError:
        raise
    except Exception as exc:  # anything else from zipfile, lxml or python-pptx is a damaged file
        raise BadFileError(MSG_CORRUPT) from exc


# ---- the pipeline ----------------------------------------------------------------------------------------
def _open_checked(path: Path, allow_macros_stripped: bool) -> OpenedPresentation:
    _refuse_non_zip(path)
    notes: list[str] = []
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise BadFileError(MSG_CORRUPT) from exc
    with zf:
        infos = zf.infolist()
        _check_directory(infos)
        names = {info.filename for info in infos}
        content_types = _read_content_types(zf, names)
        _scan_for_dtds(zf, infos, content_types)
        main_name, main_type = _find_presentation_part(zf, names, content_types)
        vba_members = {n for n in names if content_types.type_of(n) in _VBA_CONTENT_TYPES}
        vba_members |= {n for n in names if posixpath.basename(n).lower().startswith("vbaproject")}
        if vba_members and not allow_macros_stripped:
            raise BadFileError(MSG_MACROS)
        _check_relationship_targets(zf, names, main_name, ignore=vba_members)

        kind = _PRESENTATION_MAIN_TYPES[main_type]
        if vba_members:
            notes.append("The macros in this presentation were removed; the slides are unchanged.")
        if kind:
            notes.append(f"This file is {kind}; it was opened as an ordinary presentation.")
        if vba_members or main_type != CT.PML_PRESENTATION_MAIN:
            source: IO[bytes] = io.BytesIO(_rewrite_package(zf, main_name, drop=vba_members))
        else:
            source = io.BytesIO(path.read_bytes())
    prs = Presentation(source)
    _touch_every_slide(prs)
    broken = drop_dangling_hyperlinks(prs)
    if broken:
        notes.append(f"{len(broken)} broken hyperlink(s) that led nowhere were removed.")
    return OpenedPresentation(prs, notes, macros_removed=bool(vba_members))


def _refuse_non_zip(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == _OLE2_MAGIC:
        data = path.read_bytes()
        if _ENCRYPTED_PACKAGE_UTF16 in data or _ENCRYPTION_INFO_UTF16 in data:
            raise BadFileError(MSG_ENCRYPTED)
        if "PowerPoint Document".encode("utf-16-le") in data:
            raise BadFileError(MSG_OLD_PPT)
        raise BadFileError(MSG_NOT_PPTX)
    if not head.startswith(b"PK"):
        raise BadFileError(MSG_NOT_PPTX)


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise BadFileError(MSG_TOO_BIG)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if _is_unsafe_name(name) or name.lower() in seen:
            raise BadFileError(MSG_UNSAFE_PATHS)
        seen.add(name.lower())
        if info.flag_bits & 0x1:
            raise BadFileError(MSG_ENCRYPTED)
        if info.file_size > MAX_MEMBER_BYTES:
            raise BadFileError(MSG_TOO_BIG)
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BadFileError(MSG_TOO_BIG)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BadFileError(MSG_TOO_BIG)


def _is_unsafe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return True
    if re.match(r"^[A-Za-z]:", name):
        return True
    return any(segment == ".." for segment in name.split("/"))


class _ContentTypes:
    def __init__(self, defaults: dict[str, str], overrides: dict[str, str]) -> None:
        self.defaults = defaults
        self.overrides = overrides

    def type_of(self, member: str) -> str | None:
        override = self.overrides.get("/" + member.lower())
        if override is not None:
            return override
        ext = posixpath.splitext(member)[1].lstrip(".").lower()
        return self.defaults.get(ext)


def _read_content_types(zf: zipfile.ZipFile, names: set[str]) -> _ContentTypes:
    if "[Content_Types].xml" not in names:
        raise BadFileError(MSG_NOT_PPTX)
    data = zf.read("[Content_Types].xml")
    _refuse_dtd_bytes(data)
    root = SafeET.fromstring(data, forbid_dtd=True)
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for el in root:
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "Default":
            defaults[el.get("Extension", "").lower()] = el.get("ContentType", "")
        elif tag == "Override":
            overrides[el.get("PartName", "").lower()] = el.get("ContentType", "")
    return _ContentTypes(defaults, overrides)


def _looks_like_xml(name: str, content_type: str | None) -> bool:
    if name.lower().endswith((".xml", ".rels", ".vml")):
        return True
    return content_type is not None and (
        content_type.endswith("+xml") or content_type in ("application/xml", "text/xml")
    )


def _scan_for_dtds(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], cts: _ContentTypes) -> None:
    for info in infos:
        if info.is_dir() or not _looks_like_xml(info.filename, cts.type_of(info.filename)):
            continue
        tail = b""
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_SCAN_CHUNK)
                if not chunk:
                    break
                _refuse_dtd_bytes(tail + chunk)
                tail = chunk[-32:]


def _refuse_dtd_bytes(data: bytes) -> None:
    for pattern in _DTD_PATTERNS:
        if pattern.search(data):
            raise BadFileError(MSG_DTD)


def _safe_xml(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(data, parser)


def _rels_name_for(member: str) -> str:
    directory, base = posixpath.split(member)
    return posixpath.join(directory, "_rels", base + ".rels")


def _resolve(source_member: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_member), target))


def _find_presentation_part(zf: zipfile.ZipFile, names: set[str], cts: _ContentTypes) -> tuple[str, str]:
    if "_rels/.rels" not in names:
        raise BadFileError(MSG_NO_PRESENTATION)
    root = _safe_xml(zf.read("_rels/.rels"))
    for rel in root:
        if rel.get("Type") in _OFFICE_DOCUMENT_RELTYPES:
            member = _resolve("", rel.get("Target", "").split("#")[0])
            if member not in names:
                raise BadFileError(MSG_NO_PRESENTATION)
            content_type = cts.type_of(member) or ""
            if content_type in _PRESENTATION_MAIN_TYPES:
                return member, content_type
            for marker, kind in _OTHER_OFFICE_KINDS.items():
                if marker in content_type:
                    raise BadFileError(MSG_OTHER_OFFICE.format(kind=kind))
            raise BadFileError(MSG_NOT_PPTX)
    raise BadFileError(MSG_NO_PRESENTATION)


def _describe(member: str) -> str:
    for marker, what in _PART_KINDS:
        if marker in "/" + member:
            return what
    return "a part"


def _owner_label(member: str) -> str:
    match = re.search(r"/slides/slide(\d+)\.xml$", "/" + member)
    if match:
        return f"slide file {match.group(1)}"
    if member.endswith("presentation.xml"):
        return "the presentation"
    return _describe(member)


def _check_relationship_targets(zf: zipfile.ZipFile, names: set[str], main_member: str, ignore: set[str]) -> None:
    """Walk relationships from the presentation part; every internal target must exist."""
    todo = [main_member]
    seen = {main_member}
    while todo:
        member = todo.pop()
        rels_name = _rels_name_for(member)
        if rels_name not in names:
            continue
        for rel in _safe_xml(zf.read(rels_name)):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            reltype = rel.get("Type", "")
            if not target or target.startswith("#") or "://" in target:
                continue  # LibreOffice writes Target="" for "last slide viewed"; Word bookmarks start with #
            if reltype.endswith(_HYPERLINK_RELTYPE_SUFFIX):
                continue  # a broken hyperlink is not a missing part; PowerPoint ignores it too
            resolved = _resolve(member, target.split("#")[0])
            if resolved in ignore:
                continue
            if resolved not in names:
                raise BadFileError(MSG_MISSING_PART.format(owner=_owner_label(member), what=_describe(resolved)))
            if resolved not in seen:
                seen.add(resolved)
                todo.append(resolved)


def _rewrite_package(zf: zipfile.ZipFile, main_member: str, drop: set[str]) -> bytes:
    """A copy of the package without ``drop`` members and with an ordinary presentation content type."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in zf.infolist():
            name = info.filename
            if name in drop or (name.endswith(".rels") and _rels_source(name) in drop):
                continue
            data = zf.read(info)
            if name == "[Content_Types].xml":
                data = _fixed_content_types(data, main_member, drop)
            elif name.endswith(".rels") and drop:
                data = _rels_without(data, name, drop)
            dst.writestr(name, data)
    return out.getvalue()


def _rels_source(rels_member: str) -> str:
    directory, base = posixpath.split(rels_member)
    return posixpath.join(posixpath.dirname(directory), base[: -len(".rels")])


def _fixed_content_types(data: bytes, main_member: str, drop: set[str]) -> bytes:
    root = _safe_xml(data)
    dropped = {"/" + d.lower() for d in drop}
    for el in list(root):
        tag = etree.QName(el).localname
        if tag == "Override":
            part = el.get("PartName", "").lower()
            if part == "/" + main_member.lower():
                el.set("ContentType", CT.PML_PRESENTATION_MAIN)
            elif part in dropped:
                root.remove(el)
        elif tag == "Default" and el.get("ContentType") in _VBA_CONTENT_TYPES:
            root.remove(el)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rels_without(data: bytes, rels_member: str, drop: set[str]) -> bytes:
    root = _safe_xml(data)
    source = _rels_source(rels_member)
    for rel in list(root):
        if rel.get("TargetMode") == "External":
            continue
        if _resolve(source, rel.get("Target", "").split("#")[0]) in drop:
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _touch_every_slide(prs: PresentationObj) -> None:
    """Fail now, inside the safety net, rather than later in a listing or an export."""
    for slide in prs.slides:
        _ = slide.slide_layout
        _ = len(slide.shapes)
        if slide.has_notes_slide:
            _ = slide.notes_slide.notes_text_frame
