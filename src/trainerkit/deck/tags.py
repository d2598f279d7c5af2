"""Slide tags: small name/value pairs stored inside a slide, the way PowerPoint add-ins do.

A bundled slide carries its stable source key as the tag ``TRAINERKIT_KEY`` so that the key survives
reordering, duplication in PowerPoint and a new edition of the decks. Tags live in a ``p:tagLst`` part
related from the slide and referenced by ``p:cSld/p:custDataLst/p:tags``; PowerPoint keeps them when it
saves. Names are upper-cased, as PowerPoint does.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import XmlPart
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.slide import Slide

SLIDE_KEY_TAG = "TRAINERKIT_KEY"
ORIGIN_TAG = "TRAINERKIT_ORIGIN"  # where an added slide came from: duplicate, imported, example, inserted
ADAPT_TAG = "TRAINERKIT_ADAPT"  # the guide asks the trainer to adapt this slide (the value says how)
TAGS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.tags+xml"
_P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _tags_parts(slide: Slide) -> list[Any]:
    cSld = slide._element.find(qn("p:cSld"))
    if cSld is None:
        return []
    parts = []
    for tags in cSld.findall(f"{qn('p:custDataLst')}/{qn('p:tags')}"):
        rid = tags.get(qn("r:id"))
        if rid and rid in slide.part.rels:
            parts.append(slide.part.rels[rid].target_part)
    return parts


def get_slide_tags(slide: Slide) -> dict[str, str]:
    """All tags of a slide (name upper-cased -> value); empty when it has none or they are unreadable."""
    result: dict[str, str] = {}
    for part in _tags_parts(slide):
        try:
            root = part._element if hasattr(part, "_element") else etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        for tag in root.findall(qn("p:tag")):
            name = tag.get("name")
            if name:
                result[name.upper()] = tag.get("val", "")
    return result


def get_slide_key(slide: Slide) -> str | None:
    return get_slide_tags(slide).get(SLIDE_KEY_TAG)


def set_slide_tag(slide: Slide, name: str, value: str) -> None:
    """Set one tag, creating the slide's tags part if it has none."""
    name = name.upper()
    parts = [p for p in _tags_parts(slide) if isinstance(p, XmlPart)]
    if parts:
        root = parts[0]._element
    else:
        package = slide.part.package
        partname = package.next_partname("/ppt/tags/tag%d.xml")
        root = parse_xml(f'<p:tagLst xmlns:p="{_P_NS}"/>'.encode())
        part = XmlPart(partname, TAGS_CONTENT_TYPE, package, root)
        rid = slide.part.relate_to(part, RT.TAGS)
        cSld = slide._element.find(qn("p:cSld"))
        custDataLst = cSld.find(qn("p:custDataLst"))
        if custDataLst is None:
            custDataLst = etree.SubElement(cSld, qn("p:custDataLst"))
            # schema order inside p:cSld: bg?, spTree, custDataLst?, controls?, extLst?
            spTree = cSld.find(qn("p:spTree"))
            spTree.addnext(custDataLst)
        tags_ref = etree.SubElement(custDataLst, qn("p:tags"))
        tags_ref.set(qn("r:id"), rid)
    for tag in root.findall(qn("p:tag")):
        if tag.get("name", "").upper() == name:
            tag.set("val", value)
            return
    tag = etree.SubElement(root, qn("p:tag"))
    tag.set("name", name)
    tag.set("val", value)


def set_slide_key(slide: Slide, key: str) -> None:
    set_slide_tag(slide, SLIDE_KEY_TAG, key)
