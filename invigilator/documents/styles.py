"""Paragraph styles, colours and cell helpers shared by the documents.

User text always goes through `fonts.markup` (escaped, CJK runs switched to the fallback);
only the documents' own fixed French wording is written as markup here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from invigilator.documents.fonts import BOLD, REGULAR, is_plain, markup, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
TOP = 27 * mm  # the header band
BOTTOM = 16 * mm  # the footer band
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = HexColor("#111111")
GREY = HexColor("#555555")
RULE = HexColor("#333333")
LIGHT = HexColor("#E8E8E8")
SHADE = HexColor("#F3F3F3")
NAVY = HexColor("#1F2F4F")
RED = HexColor("#B00020")


def _style(name: str, **kwargs: Any) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 9, "leading": 11.5, "textColor": INK}
    base.update(kwargs)
    return ParagraphStyle(name, **base)


class Styles:
    """Built once fonts are registered (ParagraphStyle needs the font names to exist)."""

    def __init__(self) -> None:
        register_fonts()
        self.body = _style("body")
        self.small = _style("small", fontSize=7.5, leading=9)
        self.tiny = _style("tiny", fontSize=6.5, leading=7.8, textColor=GREY)
        self.cell = _style("cell", fontSize=7.5, leading=8.8)
        self.cell_bold = _style("cell_bold", fontName=BOLD, fontSize=7.5, leading=8.8)
        self.head_cell = _style("head_cell", fontName=BOLD, fontSize=7, leading=8.2,
                                textColor=HexColor("#FFFFFF"))  # fmt: skip
        self.title = _style("title", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER,
                            spaceAfter=2)  # fmt: skip
        self.subtitle = _style("subtitle", fontSize=8.5, leading=10.5, alignment=TA_CENTER,
                               textColor=GREY, spaceAfter=6)  # fmt: skip
        self.section = _style("section", fontName=BOLD, fontSize=9.5, leading=12,
                              textColor=HexColor("#FFFFFF"))  # fmt: skip
        self.label = _style("label", fontSize=7.5, leading=9, textColor=GREY)
        self.value = _style("value", fontName=BOLD, fontSize=9, leading=11)
        self.right = _style("right", alignment=TA_RIGHT)
        self.count = _style("count", fontName=BOLD, fontSize=10, leading=12, alignment=TA_RIGHT)
        self.mono = _style("mono", fontSize=8, leading=10)
        self.legal = _style("legal", fontSize=7.5, leading=9.5, textColor=GREY)


_STYLES: Styles | None = None


def styles() -> Styles:
    global _STYLES
    if _STYLES is None:
        _STYLES = Styles()
    return _STYLES


def para(text: str, style: ParagraphStyle | None = None, what: str = "") -> Paragraph:
    """User text as a paragraph, escaped, with the CJK fallback where needed."""
    return Paragraph(markup(text, what), style or styles().body)


def rich(fixed: str, style: ParagraphStyle | None = None) -> Paragraph:
    """The documents' own markup (no user text in it, or user text already through markup)."""
    return Paragraph(fixed, style or styles().body)


def cell(
    text: str, width: float, *, size: float = 7.5, bold: bool = False, what: str = ""
) -> str | Paragraph:
    """A table cell: a plain string when it fits on one line in the regular font (fast to lay
    out), otherwise a wrapping paragraph with the fallback fonts."""
    font = BOLD if bold else REGULAR
    if "\n" not in text and is_plain(text) and stringWidth(text, font, size) <= width - 4:
        return text
    st = styles()
    return Paragraph(markup(text, what), st.cell_bold if bold else st.cell)


def section_bar(text: str) -> Table:
    """A dark band with the section's title, the width of the page, kept with what follows."""
    table = Table([[rich(text, styles().section)]], colWidths=[CONTENT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), NAVY),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    table.keepWithNext = True
    return table


def grid_style(header_rows: int = 1, *, zebra: bool = False) -> list[tuple[Any, ...]]:
    rules: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("LEADING", (0, 0), (-1, -1), 8.8),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.9, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        rules += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), HexColor("#FFFFFF")),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD),
            ("FONTSIZE", (0, 0), (-1, header_rows - 1), 7),
        ]
    if zebra:
        rules.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, SHADE]))
    return rules


# -- French wording of times and dates (local time, as the room's clock showed it) -------------


def hhmm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment is not None else "—"


def day(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d/%m/%Y") if moment is not None else "—"


def minutes_text(delta: timedelta | int) -> str:
    minutes = delta if isinstance(delta, int) else int(delta.total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    if hours and rest:
        return f"{sign}{hours} h {rest:02d}"
    if hours:
        return f"{sign}{hours} h"
    return f"{sign}{rest} min"
