"""The procès-verbal's QR code (the text of `invigilator.pv_code`), drawn as vector squares."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.platypus import Flowable


class QrFlowable(Flowable):
    """A QR code drawn as one filled path of its dark modules, with a quiet zone.

    Drawn straight on the canvas (reportlab's widget sets Helvetica, a font not embedded)."""

    QUIET = 4  # modules of white border that scanners need

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        code.make()
        self.modules = [[bool(m) for m in row] for row in code.modules]
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 2 * self.QUIET)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + self.QUIET + 1) * box
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + self.QUIET) * box, y, (c - start) * box, box)
                else:
                    c += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
