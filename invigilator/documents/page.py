"""The page: header band, footer with "Page n / N", and the draft or NON CONFORME mark.

Every page says which document it belongs to, the exam, the room and the date; each part
(the PV, the attendance sheet, each fraud report) is numbered on its own. Page counts and
the attendance sheet's name range ("BENALI → GIRARD") are only known once every page is
laid out, so the canvas keeps its pages and draws them at `save()`.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from invigilator import __version__
from invigilator.documents.fonts import BOLD, REGULAR, markup
from invigilator.documents.styles import (
    BOTTOM,
    CONTENT_WIDTH,
    GREY,
    MARGIN,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RED,
    TOP,
    styles,
)


@dataclass
class Part:
    """One document inside the PDF, numbered on its own."""

    key: str
    title: str  # fixed French wording, e.g. "PROCÈS-VERBAL DE DÉROULEMENT DE L'ÉPREUVE"
    institution: str  # user text
    exam_line: str  # user text: UE code and title, session, date
    place_line: str  # user text: room, for the footer
    # Attendance-sheet parts: the last name of each row, by the row's first cell.
    row_names: dict[str, str] = field(default_factory=dict)


@dataclass
class Marking:
    """The mark across every page of a draft; None text for the final documents."""

    text: str | None = None
    reason: str = ""


class _PagedCanvas(Canvas):
    """Keeps its pages until save(), then draws what depends on them all."""

    marking = Marking()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.page_info: dict[str, Any] = {}

    def showPage(self) -> None:  # noqa: N802  (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[str, int] = {}
        for page in self._pages:
            key = page["page_info"]["part"].key
            totals[key] = totals.get(key, 0) + 1
        seen: dict[str, int] = {}
        for page in self._pages:
            self.__dict__.update(page)
            info = self.page_info
            part: Part = info["part"]
            seen[part.key] = seen.get(part.key, 0) + 1
            _draw_late(self, part, info, seen[part.key], totals[part.key])
            super().showPage()
        super().save()


_WRAPPED: dict[tuple[str, str, float], tuple[Paragraph, float]] = {}


def _paragraph_at(
    canvas: Canvas, text: str, style: Any, x: float, y_top: float, width: float
) -> float:
    """Draw markup with its top at y_top; returns its height.

    The header's paragraphs are the same on every page of a part: wrapped once, drawn on each
    (a wrapped paragraph draws any number of times)."""
    key = (text, style.name, width)
    found = _WRAPPED.get(key)
    if found is None:
        para = Paragraph(text, style)
        _, height = para.wrap(width, 200)
        if len(_WRAPPED) > 256:
            _WRAPPED.clear()
        found = _WRAPPED[key] = (para, height)
    para, height = found
    para.drawOn(canvas, x, y_top - height)
    return height


# Room kept above the header for the draft's reason, on marked documents only.
MARK_BAND = 10 * mm


def _draw_header(canvas: Canvas, part: Part, drop: float = 0.0) -> None:
    st = styles()
    canvas.saveState()
    top = PAGE_HEIGHT - 9 * mm - drop
    left_width = CONTENT_WIDTH * 0.48
    _paragraph_at(canvas, f"<b>{markup(part.institution)}</b>", st.body, MARGIN, top, left_width)
    _paragraph_at(canvas, markup(part.exam_line), st.small, MARGIN, top - 12, CONTENT_WIDTH * 0.62)
    title_style = st.right.clone("header_title", fontName=BOLD, fontSize=8.5, leading=10.5,
                                 textColor=NAVY)  # fmt: skip
    _paragraph_at(canvas, part.title, title_style, MARGIN + CONTENT_WIDTH * 0.38, top,
                  CONTENT_WIDTH * 0.62)  # fmt: skip
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(1.2)
    rule_y = PAGE_HEIGHT - TOP + 4 * mm - drop
    canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, BOTTOM - 3 * mm, PAGE_WIDTH - MARGIN, BOTTOM - 3 * mm)
    st_footer = st.tiny
    _paragraph_at(canvas, markup(part.place_line), st_footer, MARGIN, BOTTOM - 4.2 * mm,
                  CONTENT_WIDTH * 0.6)  # fmt: skip
    canvas.restoreState()


def _draw_late(canvas: Canvas, part: Part, info: dict[str, Any], number: int, total: int) -> None:
    """What only the whole document knows: page numbers, the name range, the draft mark."""
    st = styles()
    canvas.saveState()
    canvas.setFont(BOLD, 8)
    canvas.setFillColor(HexColor("#111111"))
    canvas.drawRightString(PAGE_WIDTH - MARGIN, BOTTOM - 7 * mm, f"Page {number} / {total}")
    canvas.setFont(REGULAR, 6.5)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(PAGE_WIDTH / 2 + 20 * mm, BOTTOM - 7 * mm,
                             f"Produit par invigilator {__version__}")  # fmt: skip
    names = info.get("names") or []
    if names:
        text = f"{names[0]} → {names[-1]}"
        style = st.right.clone("range", fontName=BOLD, fontSize=9, leading=11)
        _paragraph_at(canvas, markup(text), style, MARGIN + CONTENT_WIDTH * 0.62,
                      PAGE_HEIGHT - 9 * mm - 14 - info.get("drop", 0.0),
                      CONTENT_WIDTH * 0.38)  # fmt: skip
    marking: Marking = info["marking"]
    if marking.text:
        _draw_mark(canvas, marking)
    canvas.restoreState()


def _draw_mark(canvas: Canvas, marking: Marking) -> None:
    st = styles()
    canvas.saveState()
    red = Color(RED.red, RED.green, RED.blue, alpha=0.16)
    canvas.setFillColor(red)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(54)
    size = 60 if len(marking.text or "") < 14 else 44
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(0, -size / 3, marking.text or "")
    canvas.restoreState()
    # The reason, in clear, at the top of every page.
    band = st.small.clone("mark_band", fontName=BOLD, fontSize=7, leading=8.4, textColor=RED)
    canvas.saveState()
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(0.8)
    text = f"{marking.text} — {markup(marking.reason)}"
    para = Paragraph(text, band)
    _, height = para.wrap(CONTENT_WIDTH - 6, 60)
    y = PAGE_HEIGHT - 3 * mm - height
    canvas.rect(MARGIN, y - 2, CONTENT_WIDTH, height + 4, stroke=1, fill=0)
    para.drawOn(canvas, MARGIN + 3, y)
    canvas.restoreState()


class DocumentTemplate(BaseDocTemplate):
    """A4 portrait; one page template per part; tracks the attendance rows on each page."""

    def __init__(self, target: io.BytesIO, *, title: str, subject: str, author: str,
                 invariant: bool = True) -> None:  # fmt: skip
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=title,
            subject=subject,
            author=author,
            creator=f"invigilator {__version__}",
            producer=f"invigilator {__version__} (ReportLab)",
            invariant=int(invariant),
            pageCompression=1,
            lang="fr-FR",
            initialFontName=REGULAR,
        )
        self.marking = Marking()

    def templates_for(self, parts: Sequence[Part]) -> None:
        drop = MARK_BAND if self.marking.text else 0.0
        frame = Frame(MARGIN, BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - TOP - BOTTOM - drop, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        templates = [PageTemplate(id=part.key, frames=[frame], onPage=self._on_page(part))
                     for part in parts]  # fmt: skip
        self.addPageTemplates(templates)

    def _on_page(self, part: Part) -> Callable[[Canvas, BaseDocTemplate], None]:
        def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
            canvas.page_info = {"part": part, "names": [], "marking": self.marking}  # type: ignore[attr-defined]
            drop = MARK_BAND if self.marking.text else 0.0
            canvas.page_info["drop"] = drop  # type: ignore[attr-defined]
            _draw_header(canvas, part, drop)

        return on_page

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802  (reportlab's name)
        info = getattr(self.canv, "page_info", None)
        numbers = getattr(flowable, "row_numbers", None)  # an attendance grid's rows
        if not info or numbers is None:
            return
        row_names = info["part"].row_names
        info["names"] += [row_names[n] for n in numbers if n in row_names]


def build_pdf(story: list[Flowable], parts: Sequence[Part], *, title: str, subject: str,
              author: str, marking: Marking, invariant: bool = True) -> bytes:  # fmt: skip
    buffer = io.BytesIO()
    doc = DocumentTemplate(buffer, title=title, subject=subject, author=author,
                           invariant=invariant)  # fmt: skip
    doc.marking = marking
    doc.templates_for(parts)
    with binary_streams():
        doc.build(story, canvasmaker=_PagedCanvas)
    return buffer.getvalue()


# zlib's fastest level: a quarter of the default's time on a 500-candidate sheet's streams
# (mostly signature paths), for a PDF a sixth larger.
COMPRESSION_LEVEL = 1


@contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams without reportlab's ASCII85 layer (a quarter smaller, and its
    pure-Python encoder was a fifth of a 500-candidate build), at COMPRESSION_LEVEL."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    def compress(text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text,
                             COMPRESSION_LEVEL)  # fmt: skip

    previous, encoder = rl_config.useA85, pdfdoc.PDFZCompress.__dict__.get("encode")
    rl_config.useA85 = 0
    pdfdoc.PDFZCompress.encode = compress  # this filter object only, until the build ends
    try:
        yield
    finally:
        rl_config.useA85 = previous
        if encoder is None:
            del pdfdoc.PDFZCompress.encode
        else:
            pdfdoc.PDFZCompress.encode = encoder
