"""Part-level building blocks shared by the deck operations: walking, naming, relating and copying parts.

python-pptx keeps a package as a graph of parts joined by relationships and writes only the parts reachable
from the root on save. Everything here works on that graph (``pptx.opc``) and on the parts' lxml trees;
the user-level proxies (``Slide``, ``Shape``) are never needed.

It must never: write XML as strings, leave an ``r:id`` pointing at a relationship it removed, reuse a
part name that is in use, or import Qt.
"""

from __future__ import annotations

import hashlib
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.package import OpcPackage, Part, PartFactory, XmlPart, _Relationship
from pptx.opc.packuri import PackURI
from pptx.package import Package

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
P14_NS = "http://schemas.microsoft.com/office/powerpoint/2010/main"
RT_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

_sha1_cache: weakref.WeakKeyDictionary[Part, str] = weakref.WeakKeyDictionary()


def reltype_name(reltype: str) -> str:
    """The short name of a relationship type: ``.../relationships/slideLayout`` -> ``slideLayout``."""
    return reltype.rsplit("/", 1)[-1]


def reachable_parts(package: OpcPackage) -> list[Part]:
    """Every part python-pptx would write on save (those reachable from the package root)."""
    return list(package.iter_parts())


def blob_sha1(part: Part) -> str:
    """Content hash of a binary part (pictures, media), cached for the life of the part."""
    if isinstance(part, XmlPart):
        return hashlib.sha1(part.blob).hexdigest()
    cached = _sha1_cache.get(part)
    if cached is None:
        cached = hashlib.sha1(part.blob).hexdigest()
        _sha1_cache[part] = cached
    return cached


class PartNamer:
    """Hands out unused part names like ``/ppt/charts/chart7.xml`` for one operation on one package."""

    def __init__(self, package: OpcPackage) -> None:
        self._used = {str(p.partname).lower() for p in package.iter_parts()}
        self._next: dict[str, int] = {}

    def next_like(self, partname: str) -> PackURI:
        match = re.match(r"^(.*?)(\d*)(\.[A-Za-z0-9]+)?$", partname)
        stem, ext = (match.group(1), match.group(3) or "") if match else (partname, "")
        key = (stem + "{}" + ext).lower()
        n = self._next.get(key, 1)
        while (stem + str(n) + ext).lower() in self._used:
            n += 1
        self._next[key] = n + 1
        name = stem + str(n) + ext
        self._used.add(name.lower())
        return PackURI(name)


def add_rel(part: Part, rId: str, reltype: str, target: Part | str, external: bool = False) -> None:
    """Add a relationship with a chosen ``rId`` so copied XML needs no rewriting."""
    rels = part.rels
    rels._rels[rId] = _Relationship(
        rels._base_uri,
        rId,
        reltype,
        RTM.EXTERNAL if external else RTM.INTERNAL,
        target,
    )


def part_root(part: Part) -> etree._Element | None:
    """The lxml root of an XML part, or None for binary parts."""
    return part._element if isinstance(part, XmlPart) else None


def elements_using_rid(root: etree._Element, rId: str) -> list[etree._Element]:
    """Elements carrying any ``r:*`` attribute (r:id, r:embed, r:link, ...) equal to ``rId``."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            if value == rId and name.startswith("{" + R_NS + "}"):
                found.append(el)
                break
    return found


def rels_to(source: Part, target: Part) -> list[str]:
    """rIds of ``source``'s internal relationships that point at ``target``."""
    return [rId for rId, rel in source.rels.items() if not rel.is_external and rel.target_part is target]


def iter_xml_parts(package: OpcPackage) -> Iterator[XmlPart]:
    for part in package.iter_parts():
        if isinstance(part, XmlPart):
            yield part


def is_hyperlink_element(el: etree._Element) -> bool:
    return el.tag in (f"{{{A_NS}}}hlinkClick", f"{{{A_NS}}}hlinkHover")


@dataclass(frozen=True)
class Share:
    """Policy answer: relate the copy to this existing part."""

    part: Part


@dataclass(frozen=True)
class Copy:
    """Policy answer: copy the target too (once per operation)."""


@dataclass(frozen=True)
class Drop:
    """Policy answer: leave this relationship out (elements using it are removed by the caller)."""

    reason: str


@dataclass(frozen=True)
class Defer:
    """Policy answer: decide later (slide jumps whose target may be copied in the same batch)."""


Decision = Share | Copy | Drop | Defer
Policy = Callable[[Part, _Relationship], Decision]


@dataclass
class DroppedRel:
    source: Part
    rId: str
    reltype: str
    target: Part | None
    reason: str


class PartCopier:
    """Copies a part and the parts it owns into ``dst``, asking ``policy`` what to do per relationship.

    The copy keeps the source's rIds, so its XML is copied byte for byte. ``memo`` maps source parts to
    their copies and is shared by every ``copy`` call of one operation (a chart used twice is copied once).
    """

    def __init__(self, dst: Package, policy: Policy, namer: PartNamer | None = None) -> None:
        self.dst = dst
        self.policy = policy
        self.namer = namer or PartNamer(dst)
        self.memo: dict[Part, Part] = {}
        self.dropped: list[DroppedRel] = []
        self.deferred: list[tuple[Part, str, _Relationship]] = []

    def copy(self, part: Part, partname: str | None = None) -> Part:
        if part in self.memo:
            return self.memo[part]
        new_name = self.namer.next_like(partname or str(part.partname))
        new = PartFactory(new_name, part.content_type, self.dst, part.blob)
        self.memo[part] = new
        for rId, rel in part.rels.items():
            if rel.is_external:
                add_rel(new, rId, rel.reltype, rel.target_ref, external=True)
                continue
            target = rel.target_part
            if target in self.memo:
                add_rel(new, rId, rel.reltype, self.memo[target])
                continue
            decision = self.policy(part, rel)
            if isinstance(decision, Share):
                add_rel(new, rId, rel.reltype, decision.part)
            elif isinstance(decision, Copy):
                add_rel(new, rId, rel.reltype, self.copy(target))
            elif isinstance(decision, Defer):
                self.deferred.append((new, rId, rel))
            else:
                self.dropped.append(DroppedRel(new, rId, rel.reltype, target, decision.reason))
                remove_rid_users(new, rId)
        return new


def remove_rid_users(part: Part, rId: str) -> list[etree._Element]:
    """Remove the elements of ``part`` that use ``rId`` (a hyperlink, a list entry); returns them."""
    root = part_root(part)
    if root is None:
        return []
    removed = elements_using_rid(root, rId)
    for el in removed:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    return removed


def drop_rel_and_users(part: Part, rId: str) -> list[etree._Element]:
    """Remove a relationship and every element of ``part`` that refers to it."""
    removed = remove_rid_users(part, rId)
    if rId in part.rels:
        part.rels.pop(rId)
    return removed


def xml_hash(root: etree._Element, drop_tags: Iterable[str] = ()) -> str:
    """Hash of an element's canonical XML without the given child tags (e.g. id lists)."""
    clone = etree.fromstring(etree.tostring(root))
    for tag in drop_tags:
        for el in clone.iter(tag):
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
    return hashlib.sha1(etree.tostring(clone, method="c14n")).hexdigest()
