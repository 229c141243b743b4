"""The attendance sheet's grid, drawn straight on the canvas: per page, one text object for its
strings, one path for its rules and one for its signatures.

A platypus Table of Paragraphs laid out and drew each of a 500-candidate sheet's 4,000 cells on
its own (most of an export's time, benchmarks/bench_pdf.py). Here a cell is lines of plain
strings, wrapped at spaces; only a text the regular font cannot draw alone (a CJK name) or
cannot wrap goes through a Paragraph, with the fallback fonts. The header row is repeated on
every page; the page template reads `row_numbers` for the name range ("BENALI → GIRARD").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from invigilator.documents.fonts import BOLD, REGULAR, is_plain, markup, text_width
from invigilator.documents.styles import CONTENT_WIDTH, GREY, INK, NAVY, RULE, SHADE, styles

ROW_HEIGHT = 31.0
HEADER_HEIGHT = 20.0
SIGNATURE_HEIGHT = ROW_HEIGHT - 5
PAD = 3.0  # a cell's left and right padding
ASCENT = 0.928  # DejaVu Sans's ascent, in font sizes
_W = CONTENT_WIDTH
# N°, student number, name and accommodations, entry, entry signature, exits, hand-in,
# hand-in signature.
WIDTHS = [_W * 0.04, _W * 0.1, _W * 0.25, _W * 0.075, _W * 0.155, _W * 0.13, _W * 0.095,
          _W * 0.155]  # fmt: skip
EDGES = [sum(WIDTHS[:i]) for i in range(len(WIDTHS) + 1)]
HEADERS = ["N°", "N° d'auditeur", "Nom, prénom — aménagements", "Entrée",
           "Signature d'entrée", "Sorties temporaires", "Remise de copie",
           "Signature de remise"]  # fmt: skip
NAME_SIZE = 8.0
NOTE_SIZE = 6.3
SMALL = (6.5, 7.6)  # size and leading of the notes in the exits and hand-in columns
SPANNED = 3  # the first column of a row that says in words why there is nothing to sign


@dataclass
class Line:
    runs: list[tuple[str, str]]  # (text, font), drawn one after the other
    size: float
    leading: float
    colour: Color = INK


@dataclass
class Block:
    """A cell's content: lines of plain strings, or a Paragraph when they would not do."""

    lines: list[Line] = field(default_factory=list)
    paragraph: Paragraph | None = None
    paragraph_height: float = 0.0
    centred: bool = False

    @property
    def height(self) -> float:
        if self.paragraph is not None:
            return self.paragraph_height
        return sum(line.leading for line in self.lines)


def _paragraph_block(text: str, width: float, size: float, leading: float,
                     colour: Color) -> Block:  # fmt: skip
    style = styles().cell.clone("sheet_cell", fontSize=size, leading=leading, textColor=colour)
    paragraph = Paragraph(text, style)
    _, height = paragraph.wrap(width, 1000)
    return Block(paragraph=paragraph, paragraph_height=height)


def _wrapped(text: str, font: str, size: float, width: float) -> list[str] | None:
    """`text` broken at spaces into lines no wider than `width`; None when a word is wider."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if stringWidth(trial, font, size) <= width:
            current = trial
            continue
        if stringWidth(word, font, size) > width:
            return None
        lines.append(current)
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def text_block(text: str, width: float, size: float = SMALL[0], leading: float = SMALL[1], *,
               colour: Color = INK, what: str = "") -> Block:  # fmt: skip
    """Text (its own line breaks kept) fitted to a column: plain strings wrapped at spaces,
    or a Paragraph with the fallback fonts for a text the regular font cannot draw alone."""
    if not text:
        return Block()
    parts = text.split("\n")
    lines: list[Line] = []
    for part in parts:
        wrapped = _wrapped(part, REGULAR, size, width) if is_plain(part) else None
        if wrapped is None:
            break
        lines += [Line([(piece, REGULAR)], size, leading, colour) for piece in wrapped]
    else:
        return Block(lines)
    marked = "<br/>".join(markup(part, what) for part in parts)
    return _paragraph_block(marked, width, size, leading, colour)


def _break_name(last: str, first: str, width: float, size: float) -> list[list[tuple[str, bool]]]:
    """Lines of (text, bold) pieces: breaks only at spaces and after a name's own hyphens.

    Reportlab's own hyphenation drops hyphens ("Marie-Anne" printed "MarieAnne"): a name
    is never altered, so the documents break it themselves."""
    tokens = [(t, True) for t in re.findall(r"[^\s-]+-?|-", last)]
    tokens += [(t, False) for t in re.findall(r"[^\s-]+-?|-", first)]
    lines: list[list[tuple[str, bool]]] = [[]]
    used = 0.0
    for text, bold in tokens:
        line = lines[-1]
        glue = " " if line and not line[-1][0].endswith("-") else ""
        needed = text_width(glue + text, size, bold=bold)
        if line and used + needed > width:
            lines.append([(text, bold)])
            used = text_width(text, size, bold=bold)
        else:
            line.append((glue + text, bold))
            used += needed
    return lines


def name_block(last: str, first: str, detail: str, what: str) -> Block:
    """Last name in bold, first name, a grey line of accommodations: plain strings when the
    regular font draws them and they fit, otherwise broken only between the name's words or
    after its hyphens, shrunk to at least 6 pt, in a Paragraph with the fallback fonts."""
    width = WIDTHS[2] - 2 * PAD
    last, first = last.strip(), first.strip()
    note = [Line([(detail, REGULAR)], NOTE_SIZE, NOTE_SIZE + 1.7, GREY)] if detail else []
    if is_plain(last) and is_plain(first) and is_plain(detail):
        last_w = stringWidth(last + " ", BOLD, NAME_SIZE)
        first_w = stringWidth(first, REGULAR, NAME_SIZE)
        if max(last_w, first_w) <= width and stringWidth(detail, REGULAR, NOTE_SIZE) <= width:
            if last_w + first_w <= width:
                names = [Line([(last + " ", BOLD), (first, REGULAR)], NAME_SIZE, 10.0)]
            else:
                names = [
                    Line([(last, BOLD)], NAME_SIZE, 9.0),
                    Line([(first, REGULAR)], NAME_SIZE, 10.0),
                ]
            return Block(names + note)
    longest = max(
        (text_width(w, 1, bold=True) for w in re.findall(r"[^\s-]+-?", last + " " + first)),
        default=0,
    )
    size = max(6.0, min(7.3, (width - 1) / longest if longest else 7.3))
    text = "<br/>".join(
        "".join(f"<b>{markup(piece, what)}</b>" if bold else markup(piece, what)
                for piece, bold in line)
        for line in _break_name(last, first, width - 1, size)
    )  # fmt: skip
    if detail:
        text += f'<br/><font size="{min(NOTE_SIZE, size)}" color="#555555">{markup(detail)}</font>'
    return _paragraph_block(text, width, size, size * 1.12, INK)


@dataclass
class SheetRow:
    """One row: the number, the student number, the name, then either the five cells of a
    candidate who came (the signatures as PDF operators, "" for an empty box) or one text
    across them saying why there is nothing to sign."""

    index: int  # 1-based, for the shading of every other row
    number: str
    student_id: str
    name: Block
    entry: Block = field(default_factory=Block)
    entry_signature: str = ""
    exits: Block = field(default_factory=Block)
    hand_in: Block = field(default_factory=Block)
    hand_in_signature: str = ""
    spanned: Block | None = None
    height: float = ROW_HEIGHT
    # The student number as a block when one string would not do (too wide, another script).
    id_block: Block | None = None

    def __post_init__(self) -> None:
        width = WIDTHS[1] - 2 * PAD
        if not is_plain(self.student_id) or stringWidth(self.student_id, REGULAR, 7) > width:
            what = f"le numéro d'auditeur {self.student_id}"
            self.id_block = text_block(self.student_id, width, 7.0, 7.8, what=what)
        blocks = (self.name, self.exits, self.hand_in, self.spanned or Block(), self.id_block)
        self.height = max(ROW_HEIGHT, max(b.height for b in blocks if b is not None) + 5)


@cache
def _header() -> list[Block]:
    """The header's cells in white bold, wrapped once and drawn on every page."""
    cells = []
    for text, width in zip(HEADERS, WIDTHS, strict=True):
        lines = _wrapped(text, BOLD, 7.0, width - 2 * PAD) or [text]
        cells.append(Block([Line([(line, BOLD)], 7.0, 8.2, white) for line in lines]))
    return cells


class SheetGrid(Flowable):
    """Rows of the sheet under the header row; splits between rows, the header on each part."""

    def __init__(self, rows: list[SheetRow]) -> None:
        super().__init__()
        self.rows = rows
        self.width = CONTENT_WIDTH
        self.height = HEADER_HEIGHT + sum(r.height for r in rows)

    @property
    def row_numbers(self) -> list[str]:
        return [r.number for r in self.rows]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used, count = HEADER_HEIGHT, 0
        for row in self.rows:
            if used + row.height > available_height:
                break
            used += row.height
            count += 1
        if count == 0:
            return []
        return [SheetGrid(self.rows[:count]), SheetGrid(self.rows[count:])]

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - HEADER_HEIGHT
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, top, self.width, HEADER_HEIGHT, stroke=0, fill=1)
        shade, rules, signatures = [], [], []
        paragraphs: list[tuple[Paragraph, float, float]] = []
        text = canvas.beginText()
        pen = _Pen(text)
        for block, left in zip(_header(), EDGES, strict=False):
            pen.block(block, left + PAD, top + HEADER_HEIGHT / 2)
        y = top
        for row in self.rows:
            y -= row.height
            if row.index % 2 == 0:
                shade.append(f"0 {y:.2f} {self.width:.2f} {row.height:.2f} re")
            rules.append(f"0 {y:.2f} m {self.width:.2f} {y:.2f} l")
            middle = y + row.height / 2
            pen.centred(row.number, 7.5, EDGES[0], WIDTHS[0], middle)
            cells = [(row.name, 2)]
            if row.id_block is None:
                pen.plain(row.student_id, 7.0, EDGES[1] + PAD, middle)
            else:
                cells.append((row.id_block, 1))
            if row.spanned is not None:
                cells.append((row.spanned, SPANNED))
            else:
                cells += [(row.entry, 3), (row.exits, 5), (row.hand_in, 6)]
                for operators, column in ((row.entry_signature, 4), (row.hand_in_signature, 7)):
                    if operators:
                        box_y = y + (row.height - SIGNATURE_HEIGHT) / 2
                        signatures.append(f"q 1 0 0 1 {EDGES[column] + PAD:.2f} {box_y:.2f} cm "
                                          f"{operators} Q")  # fmt: skip
            for block, column in cells:
                left = EDGES[column] + PAD
                if block.paragraph is not None:
                    paragraphs.append((block.paragraph, left, middle - block.paragraph_height / 2))
                else:
                    pen.block(block, left, middle)
        if shade:
            canvas.setFillColor(SHADE)
            canvas.addLiteral(" ".join(shade) + " f")
        canvas.drawText(text)
        for paragraph, left, bottom in paragraphs:
            paragraph.drawOn(canvas, left, bottom)
        if signatures:
            canvas.addLiteral("q 0 0 0 RG " + " ".join(signatures) + " Q")
        rules += self._columns(top)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.addLiteral(" ".join(rules) + " S")
        canvas.setLineWidth(0.9)
        canvas.addLiteral(f"{EDGES[2]:.2f} 0 m {EDGES[2]:.2f} {self.height:.2f} l S")
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canvas.restoreState()

    def _columns(self, top: float) -> list[str]:
        """The vertical rules: whole for the first columns, broken where a row's text spans
        the last five."""
        rules = [f"0 {top:.2f} m {self.width:.2f} {top:.2f} l"]
        for column in range(1, len(WIDTHS)):
            x = EDGES[column]
            if column <= SPANNED:
                rules.append(f"{x:.2f} 0 m {x:.2f} {self.height:.2f} l")
                continue
            rules.append(f"{x:.2f} {top:.2f} m {x:.2f} {self.height:.2f} l")
            y, run_top = top, top
            for row in self.rows:
                if row.spanned is not None:
                    if run_top > y:
                        rules.append(f"{x:.2f} {y:.2f} m {x:.2f} {run_top:.2f} l")
                    run_top = y - row.height
                y -= row.height
            if run_top > y:
                rules.append(f"{x:.2f} {y:.2f} m {x:.2f} {run_top:.2f} l")
        return rules


class _Pen:
    """Writes lines into one text object, setting its font and colour only when they change."""

    def __init__(self, text: object) -> None:
        self.text = text
        self.font: tuple[str, float] | None = None
        self.colour: Color | None = None

    def _set(self, font: str, size: float, colour: Color) -> None:
        if self.font != (font, size):
            self.text.setFont(font, size)  # type: ignore[attr-defined]
            self.font = (font, size)
        if self.colour != colour:
            self.text.setFillColor(colour)  # type: ignore[attr-defined]
            self.colour = colour

    def plain(self, string: str, size: float, x: float, middle: float) -> None:
        if string:
            self._set(REGULAR, size, INK)
            self.text.setTextOrigin(x, middle - size * 0.35)  # type: ignore[attr-defined]
            self.text.textOut(string)  # type: ignore[attr-defined]

    def centred(self, string: str, size: float, left: float, width: float, middle: float) -> None:
        self.plain(string, size, left + (width - stringWidth(string, REGULAR, size)) / 2, middle)

    def block(self, block: Block, x: float, middle: float) -> None:
        top = middle + block.height / 2
        for line in block.lines:
            baseline = top - line.size * ASCENT  # where a Paragraph puts it
            top -= line.leading
            self.text.setTextOrigin(x, baseline)  # type: ignore[attr-defined]
            for string, font in line.runs:
                self._set(font, line.size, line.colour)
                self.text.textOut(string)  # type: ignore[attr-defined]
