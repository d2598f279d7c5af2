"""Parse a handout source (``resources/handouts/src/<id>.md``) into a small document model.

The format is described in ``docs/handout-source-format.md``: YAML front matter, then a strict subset of
Markdown (headings, paragraphs, lists, checkbox items, pipe tables, quotes, source lines) and a few
``{{...}}`` tokens. Anything outside the subset is an error naming the file and line, never a guess.

The model is what both writers (DOCX and PDF) draw: blocks made of ``Span`` runs. Value tokens
(``{{country}}`` ...) stay as token spans here; ``resolve_blocks`` fills them from a course profile.
This module reads text only: it never writes a file and never imports Qt.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Sequence
from typing import Any

import yaml

from trainerkit.errors import CourseDataError

KINDS = ("handout", "sample-activity", "form", "generated")
AUDIENCES = ("participants", "trainers")
COPIES = ("per-participant", "per-group", "per-table", "one")
ORIENTATIONS = ("portrait", "landscape")
REQUIRED_KEYS = ("id", "title", "session", "kind", "audience", "copies", "source", "sources", "orientation")
OPTIONAL_KEYS = ("cards", "note")
VALUE_TOKENS = (
    "country",
    "region",
    "organisation",
    "venue",
    "dates",
    "facilitators",
    "participants",
    "course_title",
    "participant_name",
)


class HandoutFormatError(CourseDataError):
    """A handout source breaks the format; the message names the file, line and problem."""


# --- the model -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A run of text. ``token`` is an unresolved value token; ``blank`` a line to write on."""

    text: str
    bold: bool = False
    italic: bool = False
    token: str = ""
    blank: bool = False


Spans = tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    spans: Spans


@dataclass(frozen=True)
class Paragraph:
    spans: Spans


@dataclass(frozen=True)
class SourceLine:
    spans: Spans


@dataclass(frozen=True)
class Quote:
    spans: Spans


@dataclass(frozen=True)
class ListItem:
    level: int
    spans: Spans
    checkbox: bool = False
    number: int | None = None  # printed number of a numbered level-1 item


@dataclass(frozen=True)
class ListBlock:
    items: tuple[ListItem, ...]
    ordered: bool


@dataclass(frozen=True)
class Field:
    label: Spans


@dataclass(frozen=True)
class Lines:
    count: int


@dataclass(frozen=True)
class Box:
    lines: int


@dataclass(frozen=True)
class Scale:
    low: int
    high: int


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Cut:
    pass


@dataclass(frozen=True)
class AgendaBlock:
    pass


#: What a table cell holds: text, or a form element sized to the cell.
Cell = Spans | Field | Scale | Box


@dataclass(frozen=True)
class Table:
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    cards: bool = False


@dataclass(frozen=True)
class AgendaTable:
    """The course agenda of one day, produced by ``resolve_blocks`` from ``{{agenda}}``."""

    day: int
    rows: tuple[tuple[str, str], ...]  # (time, session or activity)


Block = (
    Heading
    | Paragraph
    | SourceLine
    | Quote
    | ListBlock
    | Table
    | Field
    | Lines
    | Box
    | Scale
    | PageBreak
    | Cut
    | AgendaBlock
    | AgendaTable
)


@dataclass(frozen=True)
class HandoutMeta:
    id: str
    title: str
    sessions: tuple[int, ...]
    kind: str
    audience: str
    copies: str
    source: str
    sources: tuple[str, ...]
    orientation: str
    cards: bool = False
    note: str = ""


@dataclass(frozen=True)
class HandoutSource:
    """A parsed handout: the trainer part (when the file has ``{{participant-copy}}``) and the main part."""

    meta: HandoutMeta
    path: Path
    trainer_part: tuple[Block, ...] | None
    participant_part: tuple[Block, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def title_spans(self) -> Spans:
        return parse_inline(self.meta.title, self.path.name, 1)

    def tokens(self) -> set[str]:
        """Value tokens used anywhere in the file (title included)."""
        found = {s.token for s in self.title_spans if s.token}
        for part in (self.trainer_part or (), self.participant_part):
            for block in part:
                found |= {s.token for s in _block_spans(block) if s.token}
        return found

    @property
    def for_participants(self) -> tuple[Block, ...] | None:
        """The blocks printed for participants (None when the whole file is for trainers)."""
        if self.trainer_part is not None or self.meta.audience == "participants":
            return self.participant_part
        return None

    @property
    def for_trainers(self) -> tuple[Block, ...] | None:
        if self.trainer_part is not None:
            return self.trainer_part
        return self.participant_part if self.meta.audience == "trainers" else None


# --- inline ------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{\{([^{}]*)\}\}")


def parse_inline(text: str, file: str, line: int) -> Spans:
    """``**bold**``, ``*italic*``, ``\\*`` escapes and value tokens -> spans."""
    spans: list[Span] = []
    buf: list[str] = []
    bold = italic = False

    def flush() -> None:
        if buf:
            spans.append(Span("".join(buf), bold, italic))
            buf.clear()

    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in "*|\\{}_":
            buf.append(text[i + 1])
            i += 2
            continue
        if text.startswith("**", i):
            flush()
            bold = not bold
            i += 2
            continue
        if ch == "*":
            flush()
            italic = not italic
            i += 1
            continue
        if text.startswith("{{", i):
            match = _TOKEN.match(text, i)
            if not match:
                raise HandoutFormatError(file, line, f"an unclosed token in '{text}'")
            name = match.group(1).strip()
            if name not in VALUE_TOKENS:
                raise HandoutFormatError(
                    file, line, f"'{{{{{name}}}}}' is not a value token; use one of " + ", ".join(VALUE_TOKENS)
                )
            flush()
            spans.append(Span("", bold, italic, token=name))
            i = match.end()
            continue
        buf.append(ch)
        i += 1
    flush()
    if bold or italic:
        raise HandoutFormatError(file, line, f"unbalanced '*' or '**' in '{text}' (write a literal star as \\*)")
    return tuple(spans)


def plain_text(spans: Spans) -> str:
    return "".join(s.text for s in spans)


# --- blocks ------------------------------------------------------------------------------------------

_BLOCK_TOKEN = re.compile(r"^\{\{([a-z-]+)(?::(.*))?\}\}$")
_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
_BULLET = re.compile(r"^( {0,3})- (\[ \] )?(.*)$")
_SOURCE = re.compile(r"^\*Sources?:.*\*$")


def _count(arg: str | None, file: str, line: int, token: str) -> int:
    if arg is None or not arg.strip().isdigit() or not 1 <= int(arg) <= 30:
        raise HandoutFormatError(file, line, f"{{{{{token}:N}}}} needs a number from 1 to 30")
    return int(arg)


def _scale(arg: str | None, file: str, line: int) -> Scale:
    match = re.fullmatch(r"(\d+)-(\d+)", (arg or "").strip())
    if not match:
        raise HandoutFormatError(file, line, "{{scale:A-B}} needs two numbers, e.g. {{scale:1-5}}")
    low, high = int(match.group(1)), int(match.group(2))
    if not 0 <= low < high <= 10:
        raise HandoutFormatError(file, line, f"scale {low}-{high} must satisfy 0 <= A < B <= 10")
    return Scale(low, high)


def _block_token(text: str, file: str, line: int) -> Block | str | None:
    """A block token's element, the marker names 'participant-copy', or None when not a block token."""
    match = _BLOCK_TOKEN.match(text)
    if not match:
        return None
    name, arg = match.group(1), match.group(2)
    if name == "field":
        if not arg or "}" in arg:
            raise HandoutFormatError(file, line, "{{field:Label}} needs a label")
        return Field(parse_inline(arg.strip(), file, line))
    if name == "lines":
        return Lines(_count(arg, file, line, "lines"))
    if name == "box":
        return Box(_count(arg, file, line, "box"))
    if name == "scale":
        return _scale(arg, file, line)
    if arg is None:
        if name == "pagebreak":
            return PageBreak()
        if name == "cut":
            return Cut()
        if name == "agenda":
            return AgendaBlock()
        if name == "participant-copy":
            return "participant-copy"
        if name.replace("-", "_") in VALUE_TOKENS:
            return None  # a value token alone on a line is a paragraph
    raise HandoutFormatError(file, line, f"unknown block token '{text}'")


def _split_row(text: str, file: str, line: int) -> list[str]:
    if not (text.startswith("|") and text.endswith("|")) or len(text) < 2:
        raise HandoutFormatError(file, line, "a table row must start and end with '|'")
    cells: list[str] = []
    buf: list[str] = []
    i = 1
    while i < len(text) - 1:
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) - 1:
            buf.append(text[i : i + 2])
            i += 2
            continue
        if ch == "|":
            cells.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
        i += 1
    cells.append("".join(buf).strip())
    return cells


def _cell(text: str, file: str, line: int) -> Cell:
    element = _block_token(text, file, line) if text.startswith("{{") else None
    if isinstance(element, Field | Scale | Box):
        return element
    if element is not None:
        raise HandoutFormatError(file, line, f"'{text}' cannot stand in a table cell")
    return parse_inline(text, file, line)


def _table(rows: list[tuple[int, str]], file: str, cards: bool) -> Table:
    if len(rows) < 2:
        raise HandoutFormatError(file, rows[0][0], "a table needs a header row and a separator row")
    parsed = [(n, _split_row(text, file, n)) for n, text in rows]
    width = len(parsed[0][1])
    sep_line, sep = parsed[1]
    if not all(re.fullmatch(r":?-+:?", c) for c in sep):
        raise HandoutFormatError(file, sep_line, "the second row of a table must be the separator |---|---|")
    for n, cells in parsed:
        if len(cells) != width:
            raise HandoutFormatError(file, n, f"this row has {len(cells)} cells; the header has {width}")
    header = tuple(_cell(c, file, parsed[0][0]) for c in parsed[0][1])
    body = tuple(tuple(_cell(c, file, n) for c in cells) for n, cells in parsed[2:])
    return Table(header, body, cards)


def _is_item(text: str) -> bool:
    return bool(_NUMBERED.match(text) or _BULLET.match(text))


def _list(rows: list[tuple[int, str]], file: str) -> ListBlock:
    # join wrapped lines to their item first, so that emphasis may span a line break
    raw: list[tuple[int, str]] = []
    for n, text in rows:
        if _is_item(text):
            raw.append((n, text))
        elif raw and not re.match(r"^\s*([-+*]|\d+\.)\s", text):
            raw[-1] = (raw[-1][0], raw[-1][1] + " " + text.strip())
        else:
            raise HandoutFormatError(file, n, f"not a list item: '{text.strip()}' (lists have 2 levels at most)")
    items: list[ListItem] = []
    ordered = bool(_NUMBERED.match(raw[0][1]))
    next_number: int | None = None
    for n, text in raw:
        numbered = _NUMBERED.match(text)
        if numbered:
            if not ordered:
                raise HandoutFormatError(file, n, "a numbered item inside a bullet list")
            number = int(numbered.group(1)) if next_number is None else next_number
            next_number = number + 1
            items.append(ListItem(1, parse_inline(numbered.group(2), file, n), number=number))
            continue
        bullet = _BULLET.match(text)
        assert bullet is not None
        level = 2 if bullet.group(1) else 1
        if ordered and level == 1:
            raise HandoutFormatError(file, n, "a bullet item at level 1 inside a numbered list")
        items.append(ListItem(level, parse_inline(bullet.group(3), file, n), checkbox=bool(bullet.group(2))))
    return ListBlock(tuple(items), ordered)


def parse_body(lines: list[tuple[int, str]], file: str, *, cards: bool = False) -> list[Block | str]:
    """Body lines (with their line numbers) -> blocks; the split marker stays as the string it names."""
    blocks: list[Block | str] = []
    groups: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for n, text in lines:
        if "\t" in text:
            raise HandoutFormatError(file, n, "tabs are not allowed; use spaces")
        if not text.strip():
            if current:
                groups.append(current)
                current = []
            continue
        current.append((n, text.rstrip()))
    if current:
        groups.append(current)
    split: list[list[tuple[int, str]]] = []
    for group in groups:
        piece: list[tuple[int, str]] = []
        for n, text in group:
            # a heading, or a list straight after a paragraph line, starts a block of its own
            starts = text.startswith("#") or (
                _is_item(text) and bool(piece) and not _is_item(piece[0][1]) and not piece[0][1].startswith("|")
            )
            if piece and (starts or piece[0][1].startswith("#")):
                split.append(piece)
                piece = []
            piece.append((n, text))
        split.append(piece)
    groups = split

    for group in groups:
        first_line, first = group[0]
        stripped = first.strip()
        if first.startswith("|"):
            blocks.append(_table(group, file, cards))
            continue
        if _NUMBERED.match(first) or _BULLET.match(first):
            blocks.append(_list(group, file))
            continue
        if len(group) == 1 and stripped.startswith("{{"):
            element = _block_token(stripped, file, first_line)
            if element is not None:
                blocks.append(element)
                continue
        if first.startswith("#"):
            match = re.match(r"^(#{1,3}) (\S.*)$", first)
            if not match or len(group) > 1:
                raise HandoutFormatError(file, first_line, "a heading is '#', '##' or '###', a space and one line")
            blocks.append(Heading(len(match.group(1)), parse_inline(match.group(2).strip(), file, first_line)))
            continue
        if first.startswith(">"):
            texts = []
            for n, text in group:
                if not text.startswith(">"):
                    raise HandoutFormatError(file, n, "every line of a quote starts with '>'")
                texts.append(text[1:].strip())
            blocks.append(Quote(parse_inline(" ".join(texts), file, first_line)))
            continue
        for n, text in group:
            if text.startswith(("<", "```", "![", "---", "    ")) or re.match(r"^\s*[-+*] ", text):
                raise HandoutFormatError(file, n, f"not part of the handout format: '{text.strip()}'")
            if _BLOCK_TOKEN.match(text.strip()) and _block_token(text.strip(), file, n) is not None:
                raise HandoutFormatError(file, n, "a block token must stand alone, with blank lines around it")
        joined = " ".join(text.strip() for _, text in group)
        spans = parse_inline(joined, file, first_line)
        if _SOURCE.match(joined) and len(spans) == 1 and spans[0].italic:
            blocks.append(SourceLine(spans))
        else:
            blocks.append(Paragraph(spans))
    return blocks


# --- front matter and file ---------------------------------------------------------------------------


def _meta(data: Any, file: str, stem: str) -> HandoutMeta:
    if not isinstance(data, dict):
        raise HandoutFormatError(file, 2, "the front matter must be a YAML mapping")
    unknown = sorted(set(data) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise HandoutFormatError(file, 2, f"unknown front-matter key(s): {', '.join(map(str, unknown))}")
    missing = [k for k in REQUIRED_KEYS if k not in data]
    if missing:
        raise HandoutFormatError(file, 2, f"missing front-matter key(s): {', '.join(missing)}")
    if data["id"] != stem:
        raise HandoutFormatError(file, 2, f"id '{data['id']}' differs from the file name '{stem}'")
    sessions = data["session"] if isinstance(data["session"], list) else [data["session"]]
    if not sessions or not all(isinstance(s, int) and 1 <= s <= 7 for s in sessions):
        raise HandoutFormatError(file, 2, "session must be a number from 1 to 7, or a list of them")
    for key, allowed in (
        ("kind", KINDS),
        ("audience", AUDIENCES),
        ("copies", COPIES),
        ("orientation", ORIENTATIONS),
    ):
        if data[key] not in allowed:
            raise HandoutFormatError(file, 2, f"{key} '{data[key]}' is not one of {', '.join(allowed)}")
    title = str(data["title"])
    if len(title) > 80:
        raise HandoutFormatError(file, 2, "the title is longer than 80 characters")
    if not isinstance(data["sources"], list):
        raise HandoutFormatError(file, 2, "sources must be a list (it may be [])")
    return HandoutMeta(
        id=stem,
        title=title,
        sessions=tuple(sessions),
        kind=data["kind"],
        audience=data["audience"],
        copies=data["copies"],
        source=str(data["source"]),
        sources=tuple(str(s) for s in data["sources"]),
        orientation=data["orientation"],
        cards=bool(data.get("cards", False)),
        note=str(data.get("note", "")),
    )


def parse_handout_text(text: str, path: Path) -> HandoutSource:
    file = f"resources/handouts/src/{path.name}"
    if "\r" in text:
        raise HandoutFormatError(file, None, "use LF line endings")
    lines = text.split("\n")
    if not lines or lines[0] != "---":
        raise HandoutFormatError(file, 1, "the file must start with '---' and YAML front matter")
    try:
        end = lines.index("---", 1)
    except ValueError:
        raise HandoutFormatError(file, 1, "the front matter is not closed by '---'") from None
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise HandoutFormatError(file, (mark.line + 2) if mark else 2, f"front matter: {exc}") from None
    meta = _meta(data, file, path.stem)
    body = [(n + 1, line) for n, line in enumerate(lines) if n > end]
    blocks = parse_body(body, file, cards=meta.cards)
    if "participant-copy" in blocks:
        at = blocks.index("participant-copy")
        trainer, participant = blocks[:at], blocks[at + 1 :]
        if "participant-copy" in participant:
            raise HandoutFormatError(file, None, "{{participant-copy}} appears twice")
    else:
        trainer, participant = None, blocks
    _check_part(trainer, meta, file)
    _check_part(participant, meta, file)
    typed_trainer = tuple(b for b in trainer if not isinstance(b, str)) if trainer is not None else None
    typed_participant = tuple(b for b in participant if not isinstance(b, str))
    source = HandoutSource(meta, path, typed_trainer, typed_participant)
    return replace(source, warnings=tuple(_warnings(source)))


def _check_part(blocks: list[Block | str] | None, meta: HandoutMeta, file: str) -> None:
    if blocks is None:
        return
    if not blocks or not (isinstance(blocks[0], Heading) and blocks[0].level == 1):
        raise HandoutFormatError(file, None, "each part must start with a '# ' heading")
    for before, block in itertools.pairwise(blocks):
        if isinstance(block, Heading) and block.level == 1 and not isinstance(before, PageBreak):
            raise HandoutFormatError(
                file,
                None,
                f"'# {plain_text(block.spans)}': a level-1 heading only starts a part or follows {{{{pagebreak}}}}",
            )
        if isinstance(block, AgendaBlock) and meta.kind != "generated":
            raise HandoutFormatError(file, None, "{{agenda}} is allowed only in kind: generated")


_FIGURE = re.compile(r"\d[\d.,]*\s*(%|per cent|million|billion)")


def _warnings(source: HandoutSource) -> list[str]:
    if source.meta.sources:
        return []
    for part in (source.trainer_part or (), source.participant_part):
        for block in part:
            if _FIGURE.search(plain_text(_block_spans(block))):
                return [f"{source.path.name}: figures but no sources"]
    return []


def _block_spans(block: Block) -> Spans:
    if isinstance(block, Heading | Paragraph | SourceLine | Quote):
        return block.spans
    if isinstance(block, Field):
        return block.label
    if isinstance(block, ListBlock):
        return tuple(s for item in block.items for s in item.spans)
    if isinstance(block, Table):
        out: list[Span] = []
        for row in (block.header, *block.rows):
            for cell in row:
                if isinstance(cell, tuple):
                    out.extend(cell)
                elif isinstance(cell, Field):
                    out.extend(cell.label)
        return tuple(out)
    return ()


def parse_handout_file(path: Path) -> HandoutSource:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise HandoutFormatError(f"resources/handouts/src/{path.name}", None, f"not UTF-8 ({exc.reason})") from None
    return parse_handout_text(text, path)


# --- filling tokens ----------------------------------------------------------------------------------


def resolve_spans(spans: Spans, values: dict[str, str]) -> Spans:
    """Replace token spans by their value, or by a blank writing line when the profile lacks it
    (``trainerkit.deck.tokens.token_value``: the same rule as slides and notes). A filled span keeps
    its token's name, so writers know a profile value (an Arabic venue ...) when they meet one."""
    from trainerkit.deck.tokens import token_value

    out = []
    for span in spans:
        if not span.token or span.blank or span.text:
            out.append(span)
            continue
        value = token_value(values, span.token)
        if value is not None:
            out.append(Span(value, span.bold, span.italic, token=span.token))
        else:
            out.append(Span("", span.bold, span.italic, token=span.token, blank=True))
    return tuple(out)


def unfilled_tokens(blocks: Sequence[Block]) -> set[str]:
    """Names of the tokens printed as blank lines (no value in the profile) in resolved blocks."""
    return {s.token for block in blocks for s in _block_spans(block) if s.blank and s.token}


def resolve_block(block: Block, values: dict[str, str]) -> Block:
    if isinstance(block, Heading):
        return Heading(block.level, resolve_spans(block.spans, values))
    if isinstance(block, Paragraph | SourceLine | Quote):
        return type(block)(resolve_spans(block.spans, values))
    if isinstance(block, Field):
        return Field(resolve_spans(block.label, values))
    if isinstance(block, ListBlock):
        return ListBlock(
            tuple(replace(item, spans=resolve_spans(item.spans, values)) for item in block.items), block.ordered
        )
    if isinstance(block, Table):

        def cell(c: Cell) -> Cell:
            if isinstance(c, tuple):
                return resolve_spans(c, values)
            if isinstance(c, Field):
                return Field(resolve_spans(c.label, values))
            return c

        return Table(
            tuple(cell(c) for c in block.header), tuple(tuple(cell(c) for c in r) for r in block.rows), block.cards
        )
    return block
