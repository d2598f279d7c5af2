"""Where text from outside becomes a value: one function per kind of value a trainer gives.

Text arrives from the command line, the app's forms, files and bundles. Whatever is stored must export:
slides, notes and handouts are XML, and XML 1.0 refuses most control characters, lone surrogates and
U+FFFE/U+FFFF (https://www.w3.org/TR/xml/#charsets). So every value passes through here first:

- line breaks of every kind (``\\r\\n``, ``\\r``, ``\\v`` as PowerPoint writes for Shift+Enter, form feed,
  U+0085, U+2028, U+2029) become a line break in a multi-line field and a space in a single-line one;
- a tab becomes a space in a single-line field; other C0 and C1 control characters, U+FFFE and U+FFFF
  are dropped (they are invisible and no one types them on purpose);
- a lone surrogate is refused, naming the field: on the command line it is how Python passes on a byte
  that is not UTF-8 (PEP 383 ``surrogateescape``), so the trainer is told to type the text again;
- text is normalised to NFC and trimmed; a value longer than its field's limit is refused.

Every error is an ``InvalidInputError`` whose message names the field. ``xml_safe`` is the last line of
defence where text is written into XML, for values stored before these checks existed. Never imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from trainerkit.errors import InvalidInputError

#: The profile fields every course has (``trainerkit.recipe`` re-exports them with their labels).
PROFILE_FIELDS = (
    "country",
    "region",
    "organisation",
    "venue",
    "dates",
    "facilitators",
    "participants",
    "language",
)

#: Characters XML 1.0 does not allow (besides surrogates): C0 controls other than tab, LF and CR, and the
#: two noncharacters U+FFFE and U+FFFF. C1 controls (U+0080-U+009F) and DEL are allowed by XML but are
#: never meant in a trainer's text; ``clean_text`` drops them too.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")

#: Limits in characters, generous for what each field holds and small enough for a slide.
SINGLE_LINE_MAX = 200
MULTI_LINE_MAX = 5000
NOTES_MAX = 20000
COURSE_NAME_MAX = 80
TOKEN_KEY_MAX = 40

#: Profile fields the app knows, besides ``recipe.PROFILE_FIELDS``: read by handouts and packs.
EXTRA_PROFILE_FIELDS = ("paper", "groups", "tables", "participant_names", "country_code")
#: Profile fields whose value may hold several lines.
MULTI_LINE_FIELDS = ("participant_names",)
#: One-line fields that hold a list: a line break (PowerPoint's Shift+Enter) separates items, so it
#: becomes "; " rather than a space.
LIST_FIELDS = ("facilitators",)

COURSE_NAME_FORBIDDEN = '/\\:*?"<>|'
TOKEN_KEY_RE = re.compile(r"^[a-z0-9_]+$")


def unexportable_char(text: str) -> str | None:
    """The first character of ``text`` that XML 1.0 refuses (so no .pptx/.docx can hold it), or None."""
    bad = _XML_BAD.search(text)
    return bad.group() if bad else None


def xml_safe(text: str, *, multiline: bool = True) -> str:
    """``text`` with every character XML 1.0 refuses replaced: vertical tab and form feed by a line
    break (a space when not ``multiline``), surrogates by U+FFFD, other controls removed. Never raises."""
    text = re.sub("[\v\f]", "\n" if multiline else " ", text)
    text = _SURROGATE.sub("\ufffd", text)
    return _XML_BAD.sub("", text)


def _surrogate_problem(field: str, text: str) -> InvalidInputError:
    escaped = [c for c in text if _SURROGATE.match(c)]
    if all(0xDC80 <= ord(c) <= 0xDCFF for c in escaped):  # bytes passed on by surrogateescape (PEP 383)
        byte = ord(escaped[0]) - 0xDC00
        return InvalidInputError(
            f"The {field} contains a byte that is not UTF-8 text ({byte:#04x}); "
            "type it again, or set your terminal or file to UTF-8."
        )
    return InvalidInputError(f"The {field} contains a broken character (a lone surrogate); type it again.")


def clean_text(
    value: object,
    field: str,
    *,
    multiline: bool = False,
    limit: int | None = None,
    required: bool = False,
) -> str:
    """A trainer's text for ``field`` (the name shown in messages, e.g. ``"venue"``), cleaned.

    Returns the cleaned ``str`` (NFC, trimmed; see the module docstring for what is changed). Raises
    ``InvalidInputError`` naming ``field`` for a non-UTF-8 byte or lone surrogate, an empty value when
    ``required``, or a value longer than ``limit`` characters (default: 200 single-line, 5000
    multi-line)."""
    if value is None:
        text = ""
    elif isinstance(value, bytes):
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInputError(f"The {field} is not UTF-8 text ({exc.reason}).") from exc
    else:
        text = str(value)
    if _SURROGATE.search(text):
        raise _surrogate_problem(field, text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if multiline:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text)
    else:
        text = re.sub(r"[\t\n ]*\n[\t\n ]*", " ", text).replace("\t", " ")
    text = text.strip()
    if required and not text:
        raise InvalidInputError(f"The {field} cannot be empty.")
    limit = limit if limit is not None else (MULTI_LINE_MAX if multiline else SINGLE_LINE_MAX)
    if len(text) > limit:
        verb = "have" if field.endswith("notes") else "has"  # "The speaker notes have ..."
        raise InvalidInputError(f"The {field} {verb} {len(text)} characters; at most {limit} fit.")
    return text


def course_name(value: object) -> str:
    """A course name: one line, 1-80 characters, none of ``/ \\ : * ? " < > |``; ``InvalidInputError``
    naming the course name otherwise."""
    name = clean_text(value, "course name", limit=COURSE_NAME_MAX, required=True)
    bad = sorted({c for c in name if c in COURSE_NAME_FORBIDDEN})
    if bad:
        raise InvalidInputError(
            f"'{name}' cannot be a course name: it contains {' '.join(bad)}; "
            f'use 1-{COURSE_NAME_MAX} characters without / \\ : * ? " < > |.'
        )
    return name


def known_profile_fields() -> tuple[str, ...]:
    return (*PROFILE_FIELDS, *EXTRA_PROFILE_FIELDS)


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The choice ``word`` is most likely a typo of, or None (difflib ratio at least 0.75)."""
    import difflib

    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return found[0] if found else None


def token_key(value: object) -> str:
    """A custom token's name as used in ``{{name}}``: ASCII letters (lower-cased), digits and ``_``, at
    most 40 characters; ``InvalidInputError`` naming the key otherwise."""
    key = clean_text(value, "token name", limit=TOKEN_KEY_MAX, required=True).lower()
    if not TOKEN_KEY_RE.match(key):
        raise InvalidInputError(f"'{key}' cannot be a token name: use letters a-z, digits and _ (e.g. trainer_phone).")
    return key


def profile_key(value: object, *, custom: Iterable[str] = (), declare: bool = False) -> str:
    """The profile field ``value`` names. A known field, or one of the course's ``custom`` tokens, is
    accepted; with ``declare`` (``--token`` or the app's custom-token table) any valid new token name
    is too. Otherwise ``InvalidInputError``: "did you mean venue?" for a near miss of a known field, else
    how to declare a custom token."""
    key = token_key(value)
    known = known_profile_fields()
    custom = list(custom)
    if key in known or key in custom or declare:
        return key
    near = suggest(key, [*known, *custom])
    if near:
        raise InvalidInputError(f"'{key}' is not a profile field: did you mean {near}?")
    raise InvalidInputError(
        f"'{key}' is not a profile field (fields: {', '.join(k for k in known if k != 'country_code')}). "
        f"To add your own token {{{{{key}}}}}, declare it: --token {key}=VALUE."
    )


def profile_value(key: str, value: object) -> str:
    """The value of profile field ``key``, cleaned for that field (see ``clean_text``)."""
    label = key.replace("_", " ")
    if key == "language":  # the course's content language: an ISO 639-1 code (trainerkit.translate)
        from trainerkit.translate.language import language_code

        return language_code(value)
    if key in MULTI_LINE_FIELDS:
        return clean_text(value, label, multiline=True, limit=MULTI_LINE_MAX)
    if key in LIST_FIELDS:
        lines = clean_text(value, label, multiline=True, limit=SINGLE_LINE_MAX).split("\n")
        return "; ".join(line.strip() for line in lines if line.strip())
    return clean_text(value, label)


def slide_text(value: object, field: str = "replacement text") -> str:
    """Text typed to go on a slide (``slide edit --replace``): one paragraph, so line breaks become
    spaces; leading and trailing spaces are kept (they may matter inside a sentence)."""
    if isinstance(value, str) and value.strip() != value:
        inner = clean_text(value, field, limit=MULTI_LINE_MAX)
        lead = value[: len(value) - len(value.lstrip())].replace("\t", " ")
        trail = value[len(value.rstrip()) :].replace("\t", " ")
        return re.sub(r"\s", " ", lead) + inner + re.sub(r"\s", " ", trail)
    return clean_text(value, field, limit=MULTI_LINE_MAX)


def notes_text(value: object) -> str:
    """Speaker notes: several lines, at most 20,000 characters."""
    return clean_text(value, "speaker notes", multiline=True, limit=NOTES_MAX)


def profile(values: dict[object, object]) -> dict[str, str]:
    """A whole profile (from a bundle or file): each key and value checked; errors name the field."""
    clean: dict[str, str] = {}
    for key, value in values.items():
        name = token_key(key)
        clean[name] = profile_value(name, value)
    return clean
