"""File and folder names that every target can hold: one function, measuring names as the target does.

Limits (all per name, not per path):

- ext4, XFS, Btrfs, APFS: 255 bytes of UTF-8 (``NAME_MAX``); a name of 76 Chinese characters and a date
  is already more than that.
- FAT32 (long names), exFAT, NTFS: 255 UTF-16 code units; a character outside the Basic Multilingual
  Plane (an emoji) takes two.
- Windows (and so FAT32, exFAT, NTFS anywhere) refuses ``< > : " / \\ | ? *`` and control characters,
  drops trailing dots and spaces (so "Nairobi 2027." *is* "Nairobi 2027"), reserves the device names
  CON, PRN, AUX, NUL, COM0-9, LPT0-9 (also with superscript digits), with any extension ("CON.tkcourse"),
  and compares names without case.
  Sources: Microsoft, "Naming Files, Paths, and Namespaces"
  (https://learn.microsoft.com/windows/win32/fileio/naming-a-file); ``man 7 ext4`` / ``NAME_MAX``.

``safe_name`` applies the strictest of these by default (``PORTABLE``), since a stick written on Linux is
read on Windows; it shortens a name at a character boundary (never inside a UTF-8 sequence or a
surrogate pair, never leaving a lone combining mark) and keeps the extension. ``name_problem`` says why
a name cannot be written to a target with given ``NameRules``; ``same_name`` compares names as the target
does. Never imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WINDOWS_FORBIDDEN = '<>:"/\\|?*'
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³")
}
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class NameRules:
    """What a target's file system allows in one name."""

    max_bytes: int | None = 255  # UTF-8 bytes (ext4 and most Unix file systems, APFS)
    max_utf16: int | None = 255  # UTF-16 code units (FAT32 long names, exFAT, NTFS)
    windows: bool = True  # forbidden characters, reserved device names, trailing dots and spaces
    case_insensitive: bool = True


#: Names any stick, disk or Windows computer can hold.
PORTABLE = NameRules()
#: For a stem an extension (up to 15 characters) is added to later.
STEM_RULES = NameRules(max_bytes=240, max_utf16=240)


def utf8_length(name: str) -> int:
    return len(name.encode("utf-8", "surrogatepass"))


def utf16_length(name: str) -> int:
    return len(name.encode("utf-16-le", "surrogatepass")) // 2


def is_reserved(name: str) -> bool:
    """Whether Windows reserves ``name`` for a device ("CON", "nul.txt", "COM1.tkcourse", "LPT9 .x")."""
    base = name.split(".", 1)[0].rstrip(" ").upper()
    return base in _RESERVED


def fits(name: str, rules: NameRules = PORTABLE) -> bool:
    return (rules.max_bytes is None or utf8_length(name) <= rules.max_bytes) and (
        rules.max_utf16 is None or utf16_length(name) <= rules.max_utf16
    )


def _cut(text: str, room_bytes: int | None, room_utf16: int | None) -> str:
    """The longest prefix of ``text`` within both budgets, ending at a character boundary that does not
    leave a combining mark without its base."""
    out: list[str] = []
    used_b = used_u = 0
    for char in text:
        b, u = utf8_length(char), utf16_length(char)
        if (room_bytes is not None and used_b + b > room_bytes) or (room_utf16 is not None and used_u + u > room_utf16):
            break
        out.append(char)
        used_b, used_u = used_b + b, used_u + u
    if len(out) < len(text):
        while out and (unicodedata.combining(out[-1]) or out[-1] in "\u200d\ufe0f"):
            out.pop()  # a mark or joiner whose next part was cut off
    return "".join(out)


def clean_part(text: str, rules: NameRules = PORTABLE) -> str:
    """``text`` without characters no name may hold: controls, lone surrogates, ``/`` (and the
    Windows-forbidden set under ``rules.windows``); runs of spaces collapsed; NFC."""
    text = unicodedata.normalize("NFC", _SURROGATE.sub("", text))
    forbidden = WINDOWS_FORBIDDEN if rules.windows else "/"
    text = "".join(" " if c in forbidden else c for c in _CONTROL.sub(" ", text))
    return re.sub(r"\s+", " ", text).strip()


def safe_name(text: str, suffix: str = "", *, limit: int | None = None, rules: NameRules = PORTABLE) -> str:
    """A name for ``text`` + ``suffix`` (an extension such as ``".pptx"``, kept whole) that ``rules``
    allow: forbidden characters become spaces, trailing dots and spaces go, a reserved device name gets
    a trailing ``_`` ("CON" -> "CON_"), and the stem is shortened to ``limit`` characters and to the
    byte and UTF-16 budgets. Never empty ("untitled")."""
    forbidden = WINDOWS_FORBIDDEN if rules.windows else "/"
    suffix = "".join("_" if c in forbidden else c for c in _CONTROL.sub("", _SURROGATE.sub("", suffix)))
    if rules.windows:
        suffix = suffix.rstrip(". ")
    stem = clean_part(text, rules)
    if limit is not None and len(stem) > limit:
        stem = stem[:limit]
        while stem and unicodedata.combining(stem[-1]):
            stem = stem[:-1]
    if rules.windows:
        stem = stem.rstrip(". ")
    stem = stem or "untitled"
    room_b = None if rules.max_bytes is None else rules.max_bytes - utf8_length(suffix) - 1  # "_" for reserved
    room_u = None if rules.max_utf16 is None else rules.max_utf16 - utf16_length(suffix) - 1
    if not fits(stem + suffix, rules):
        stem = _cut(stem, room_b, room_u)
        if rules.windows:
            stem = stem.rstrip(". ")
        stem = stem or "untitled"
    if rules.windows and is_reserved(stem + suffix):
        base, dot, rest = stem.partition(".")
        stem = base.rstrip(" ") + "_" + dot + rest
    return stem + suffix


def name_problem(name: str, rules: NameRules = PORTABLE) -> str | None:
    """Why ``name`` cannot be written under ``rules`` (one phrase), or None."""
    bad = sorted({c for c in name if (c in WINDOWS_FORBIDDEN if rules.windows else c == "/") or _CONTROL.match(c)})
    if bad:
        return f"contains {' '.join(repr(c) for c in bad)}"
    if _SURROGATE.search(name):
        return "contains a character that is not valid Unicode"
    if rules.max_bytes is not None and utf8_length(name) > rules.max_bytes:
        return f"is {utf8_length(name)} bytes long in UTF-8 (at most {rules.max_bytes})"
    if rules.max_utf16 is not None and utf16_length(name) > rules.max_utf16:
        return f"is {utf16_length(name)} UTF-16 units long (at most {rules.max_utf16})"
    if rules.windows and name != name.rstrip(". "):
        return "ends with a dot or a space"
    if rules.windows and is_reserved(name):
        return "is a name Windows reserves for a device"
    return None


def name_key(name: str, rules: NameRules = PORTABLE) -> str:
    """The form under which the target stores ``name``: two names with the same key are one file there."""
    if rules.windows:
        name = name.rstrip(". ")
    name = unicodedata.normalize("NFC", name)
    return name.casefold() if rules.case_insensitive else name


def same_name(a: str, b: str, rules: NameRules = PORTABLE) -> bool:
    return name_key(a, rules) == name_key(b, rules)


def unique_name(name: str, taken: set[str], rules: NameRules = PORTABLE) -> str:
    """``name``, or ``name (2)``, ``name (3)``... (before the extension) so that its ``name_key`` is not
    in ``taken`` (a set of keys); the result fits ``rules``."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10 or " " in ext:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    candidate, n = name, 2
    while name_key(candidate, rules) in taken:
        candidate = safe_name(stem, f" ({n}){suffix}", rules=rules)
        n += 1
    return candidate


def safe_filename(text: str, limit: int = 80) -> str:
    """A file name stem that works on FAT32/NTFS/exFAT/ext4 (``safe_name`` with ``STEM_RULES``): no
    reserved characters or device names, no trailing dots or spaces, at most ``limit`` characters and
    room left in bytes and UTF-16 units for an extension of up to 15."""
    return safe_name(text, limit=limit, rules=STEM_RULES)
