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
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

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
    size: float = 0  # points; 0: the size of the block it is in (a name tag's name is larger)


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
    label: str = ""  # "Day 2 (Thursday 4 March 2027)" when the profile's dates parse; else "Day 2" is printed
    header: tuple[str, str] = ("Time", "Session or activity")  # the columns' names, in the course's language


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
_BLOCK_TOKEN = re.compile(r"^\{\{([a-z-]+)(?::(.*))?\}\}$")
_SOURCE = re.compile(r"^Sources?:")


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    """CommonMark with pipe tables, YAML front matter and task lists ("- [ ] item"), HTML recognised (to refuse it)."""
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(tasklists_plugin)


def _text_spans(text: str, bold: bool, italic: bool, file: str, line: int) -> list[Span]:
    """Plain text with ``{{value}}`` tokens cut out as token spans."""
    spans: list[Span] = []
    last = 0
    for match in _TOKEN.finditer(text):
        name = match.group(1).strip()
        if name not in VALUE_TOKENS:
            raise HandoutFormatError(
                file, line, f"'{{{{{name}}}}}' is not a value token; use one of " + ", ".join(VALUE_TOKENS)
            )
        if match.start() > last:
            spans.append(Span(text[last : match.start()], bold, italic))
        spans.append(Span("", bold, italic, token=name))
        last = match.end()
    rest = text[last:]
    if "{{" in rest or "}}" in rest:
        raise HandoutFormatError(file, line, f"an unclosed token in '{text}'")
    if rest:
        spans.append(Span(rest, bold, italic))
    return spans


def _merge(spans: list[Span]) -> Spans:
    out: list[Span] = []
    for span in spans:
        if out and not span.token and not out[-1].token and (out[-1].bold, out[-1].italic) == (span.bold, span.italic):
            out[-1] = Span(out[-1].text + span.text, span.bold, span.italic)
        elif span.text or span.token:
            out.append(span)
    return tuple(out)


def _unescaped_stars(source: str) -> int:
    count, i = 0, 0
    while i < len(source):
        if source[i] == "\\":
            i += 2
            continue
        count += source[i] == "*"
        i += 1
    return count


def inline_spans(children: Sequence[Token], source: str, file: str, line: int) -> Spans:
    """markdown-it inline tokens (text, bold, italic, line breaks) -> spans; anything else is refused."""
    spans: list[Span] = []
    bold = italic = False
    used_stars = 0
    for child in children:
        kind = child.type
        if kind == "text":
            spans.extend(_text_spans(child.content, bold, italic, file, line))
        elif kind in ("softbreak", "hardbreak"):
            spans.append(Span(" ", bold, italic))
        elif kind in ("strong_open", "strong_close"):
            bold = kind == "strong_open"
            used_stars += 2 * (child.markup == "**")
        elif kind in ("em_open", "em_close"):
            italic = kind == "em_open"
            used_stars += child.markup == "*"
        elif kind == "html_inline" and "task-list-item-checkbox" in child.content:
            continue
        elif kind == "code_inline":  # `an id`: printed as the plain word
            spans.append(Span(child.content, bold, italic))
        else:
            raise HandoutFormatError(file, line, f"not part of the handout format: '{source.strip()}'")
    if _unescaped_stars(source) > used_stars:
        raise HandoutFormatError(file, line, f"unbalanced '*' or '**' in '{source}' (write a literal star as \\*)")
    merged = _merge(spans)
    if merged and not merged[0].token:  # a task list's box leaves a space before the text
        merged = (replace(merged[0], text=merged[0].text.lstrip()), *merged[1:])
    return tuple(s for s in merged if s.text or s.token)


def parse_inline(text: str, file: str, line: int) -> Spans:
    """``**bold**``, ``*italic*``, ``\\*`` escapes and value tokens -> spans (markdown-it's inline rules)."""
    tokens = _markdown().parseInline(text)
    return inline_spans(tokens[0].children or [] if tokens else [], text, file, line)


def plain_text(spans: Spans) -> str:
    return "".join(s.text for s in spans)


# --- blocks ------------------------------------------------------------------------------------------


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
    """The cells of a table row as written (markdown-it pads short rows; the format refuses them)."""
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


class _Walker:
    """Turns markdown-it's block tokens into the model, checking the format as it goes."""

    def __init__(self, tokens: list[Token], lines: list[str], file: str, cards: bool) -> None:
        self.tokens = tokens
        self.lines = lines  # the whole file, so token.map line numbers index it
        self.file = file
        self.cards = cards
        self.i = 0

    def line(self, token: Token) -> int:
        return token.map[0] + 1 if token.map else 0

    def refuse(self, token: Token, what: str = "") -> HandoutFormatError:
        line = self.line(token)
        text = what or (self.lines[line - 1].strip() if 0 < line <= len(self.lines) else token.content.strip())
        return HandoutFormatError(self.file, line or None, f"not part of the handout format: '{text}'")

    def inline(self, token: Token, line: int) -> Spans:
        return inline_spans(token.children or [], token.content, self.file, line)

    def blocks(self) -> list[Block | str]:
        out: list[Block | str] = []
        while self.i < len(self.tokens):
            token = self.tokens[self.i]
            kind = token.type
            if kind == "front_matter":
                self.i += 1
            elif kind == "heading_open":
                out.append(self.heading(token))
            elif kind == "paragraph_open":
                out.append(self.paragraph(token))
            elif kind in ("bullet_list_open", "ordered_list_open"):
                out.append(self.list_block(token))
            elif kind == "table_open":
                out.append(self.table(token))
            elif kind == "blockquote_open":
                out.append(self.quote(token))
            else:  # html, code, rules, images ...
                raise self.refuse(token)
        return out

    def _close(self, closing: str) -> None:
        depth = 0
        opening = closing.replace("_close", "_open")
        while self.i < len(self.tokens):
            kind = self.tokens[self.i].type
            self.i += 1
            if kind == opening:
                depth += 1
            elif kind == closing:
                depth -= 1
                if depth == 0:
                    return

    def heading(self, token: Token) -> Heading:
        line = self.line(token)
        raw = self.lines[line - 1]
        if token.markup not in ("#", "##", "###") or not re.match(r"^#{1,3} \S", raw):
            raise HandoutFormatError(self.file, line, "a heading is '#', '##' or '###', a space and one line")
        heading = Heading(len(token.markup), self.inline(self.tokens[self.i + 1], line))
        self.i += 3
        return heading

    def paragraph(self, token: Token) -> Block | str:
        line = self.line(token)
        inline = self.tokens[self.i + 1]
        self.i += 3
        content = inline.content
        for offset, text in enumerate(content.split("\n")):
            stripped = text.strip()
            if stripped.startswith("{{") and _BLOCK_TOKEN.match(stripped):
                element = _block_token(stripped, self.file, line + offset)
                if element is not None:
                    if "\n" in content:
                        raise HandoutFormatError(
                            self.file, line + offset, "a block token must stand alone, with blank lines around it"
                        )
                    return element
            if re.match(r"^[-+*] ", stripped) or stripped.startswith("!["):
                raise HandoutFormatError(self.file, line + offset, f"not part of the handout format: '{stripped}'")
        spans = self.inline(inline, line)
        children = [c for c in inline.children or [] if c.type != "text" or c.content]
        if (
            len(spans) == 1
            and spans[0].italic
            and _SOURCE.match(spans[0].text)
            and children
            and children[0].type == "em_open"
            and children[-1].type == "em_close"
        ):
            return SourceLine(spans)
        return Paragraph(spans)

    def quote(self, token: Token) -> Quote:
        line = self.line(token)
        start, end = token.map or (0, 0)
        for n in range(start, end):
            text = self.lines[n]
            if text.strip() and not text.startswith(">"):
                raise HandoutFormatError(self.file, n + 1, "every line of a quote starts with '>'")
        self.i += 1
        spans: list[Span] = []
        while self.tokens[self.i].type != "blockquote_close":
            inner = self.tokens[self.i]
            if inner.type != "paragraph_open":
                raise HandoutFormatError(self.file, line, "a quote holds text only")
            if spans:
                spans.append(Span(" "))
            spans.extend(self.inline(self.tokens[self.i + 1], self.line(inner)))
            self.i += 3
        self.i += 1
        return Quote(_merge(spans))

    def list_block(self, token: Token) -> ListBlock:
        ordered = token.type == "ordered_list_open"
        items: list[ListItem] = []
        self._items(token, ordered, 1, items)
        return ListBlock(tuple(items), ordered)

    def _items(self, opening: Token, ordered: bool, level: int, items: list[ListItem]) -> None:
        closing = opening.type.replace("_open", "_close")
        number = int(opening.attrs.get("start", 1) or 1) if opening.type == "ordered_list_open" else None
        self.i += 1
        while self.tokens[self.i].type != closing:
            item = self.tokens[self.i]
            if item.type != "list_item_open":
                raise self.refuse(item)
            checkbox = "task-list-item" in str(item.attrs.get("class", ""))
            has_text = False
            self.i += 1
            while self.tokens[self.i].type != "list_item_close":
                inner = self.tokens[self.i]
                if inner.type == "paragraph_open":
                    if has_text:
                        raise HandoutFormatError(self.file, self.line(inner), "a list item is one paragraph")
                    spans = self.inline(self.tokens[self.i + 1], self.line(inner))
                    items.append(ListItem(level, spans, checkbox=checkbox, number=number))
                    has_text = True
                    self.i += 3
                elif inner.type in ("bullet_list_open", "ordered_list_open"):
                    if level == 2:
                        raise HandoutFormatError(
                            self.file, self.line(inner), "not a list item (lists have 2 levels at most)"
                        )
                    if inner.type == "ordered_list_open":
                        raise HandoutFormatError(self.file, self.line(inner), "a numbered item inside a bullet list")
                    self._items(inner, False, 2, items)
                else:
                    raise self.refuse(inner)
            if number is not None:
                number += 1
            self.i += 1
        self.i += 1

    def table(self, token: Token) -> Table:
        start, end = token.map or (0, 0)
        rows = [(n + 1, self.lines[n].rstrip()) for n in range(start, end) if self.lines[n].strip()]
        if len(rows) < 2:
            raise HandoutFormatError(self.file, start + 1, "a table needs a header row and a separator row")
        width = len(_split_row(rows[0][1], self.file, rows[0][0]))
        for n, text in rows:
            cells = _split_row(text, self.file, n)
            if len(cells) != width:
                raise HandoutFormatError(self.file, n, f"this row has {len(cells)} cells; the header has {width}")
        parsed: list[tuple[Cell, ...]] = []
        row: list[Cell] = []
        row_line = start + 1
        self.i += 1
        while self.tokens[self.i].type != "table_close":
            inner = self.tokens[self.i]
            if inner.type == "tr_open":
                row = []
                row_line = self.line(inner) or row_line
            elif inner.type == "tr_close":
                parsed.append(tuple(row))
            elif inner.type == "inline":
                row.append(self.cell(inner, row_line))
            self.i += 1
        self.i += 1
        return Table(parsed[0], tuple(parsed[1:]), self.cards)

    def cell(self, inline: Token, line: int) -> Cell:
        text = inline.content.strip()
        element = _block_token(text, self.file, line) if text.startswith("{{") else None
        if isinstance(element, Field | Scale | Box):
            return element
        if element is not None:
            raise HandoutFormatError(self.file, line, f"'{text}' cannot stand in a table cell")
        return self.inline(inline, line)


def parse_body(text: str, file: str, *, cards: bool = False) -> list[Block | str]:
    """A whole handout file's body -> blocks (the front matter is skipped); the split marker stays as the
    string it names. Line numbers in errors are the file's."""
    lines = text.split("\n")
    for n, line in enumerate(lines, start=1):
        if "\t" in line:
            raise HandoutFormatError(file, n, "tabs are not allowed; use spaces")
    return _Walker(_markdown().parse(text), lines, file, cards).blocks()


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
    blocks = parse_body(text, file, cards=meta.cards)
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
