"""Fonts for the documents: DejaVu Sans (bundled) for Latin, Greek, Cyrillic and Vietnamese,
a CJK fallback found on the system, and a check that every character can really be drawn.

A character no font can draw would print as an empty box. In a name (a candidate's, an
invigilator's) the export fails instead, naming the text and the characters. In free text
typed in the room (an observation with an emoji) it prints as its code point, « [U+1F600] »:
visible, never an empty box, and the room's PV can always be printed. Scripts that need
shaping or right-to-left ordering (Arabic, Hebrew, Indic...) count as undrawable: reportlab
would print their letters disconnected and in the wrong order.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from invigilator.errors import InvigilatorError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
CJK = "WenQuanYiMicroHei"
FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
ENV_FONTS_DIR = "INVIGILATOR_FONTS_DIR"
# TrueType CJK fonts reportlab can embed (it cannot embed CFF-based OpenType such as Noto CJK).
CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
)
ENV_CJK_FONT = "INVIGILATOR_CJK_FONT"
_SHAPED_RANGES = (
    (0x0900, 0x0DFF),  # Devanagari to Sinhala
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
)


class DocumentError(InvigilatorError):
    """A document cannot be produced; the French text says why."""


class UndrawableText(DocumentError):
    """Some characters of a text cannot be drawn by any font the documents embed."""

    def __init__(self, text: str, characters: str, what: str = "") -> None:
        self.text, self.characters, self.what = text, characters, what
        shown = ", ".join(f"« {c} » (U+{ord(c):04X})" for c in characters)
        subject = what or f"« {text} »"
        super().__init__(
            f"Impossible d'imprimer {subject} : aucune police disponible ne dessine {shown}. "
            "Le document n'a pas été produit (il aurait montré des cases vides)."
        )


def font_folders() -> list[Path]:
    """Where the bundled fonts are looked for, in order: $INVIGILATOR_FONTS_DIR, the
    repository's resources/ (the app installed editable), resources/ inside the package."""
    package = Path(__file__).resolve().parents[1]
    folders = [package.parent / "resources" / "fonts", package / "resources" / "fonts"]
    override = os.environ.get(ENV_FONTS_DIR)
    return [Path(override), *folders] if override else folders


def fonts_folder(candidates: list[Path] | None = None) -> Path:
    """The first folder holding all of DejaVu Sans, or DocumentError saying where it looked."""
    candidates = font_folders() if candidates is None else candidates
    for folder in candidates:
        if all((folder / name).is_file() for name in FONT_FILES.values()):
            return folder
    raise DocumentError(
        "Polices des documents introuvables (DejaVu Sans) : cherchées dans "
        + ", ".join(str(c) for c in candidates)
        + f". Réinstallez l'application ou indiquez leur dossier dans {ENV_FONTS_DIR}."
    )


def cjk_font_file() -> Path | None:
    override = os.environ.get(ENV_CJK_FONT)
    for name in ([override] if override else []) + list(CJK_CANDIDATES):
        if Path(name).is_file():
            return Path(name)
    return None


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and the characters each can draw."""

    regular: frozenset[int]
    cjk: frozenset[int]
    cjk_name: str | None


@cache
def register_fonts() -> FontSet:
    """Register the fonts with reportlab once per process; raises DocumentError if missing."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    folder = fonts_folder()
    try:
        for name, file in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    except (TTFError, OSError) as error:
        raise DocumentError(f"Polices des documents illisibles dans {folder} : {error}") from error
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    regular = frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)
    cjk: frozenset[int] = frozenset()
    cjk_name = None
    path = cjk_font_file()
    if path is not None:
        try:
            pdfmetrics.registerFont(TTFont(CJK, str(path), subfontIndex=0))
        except (TTFError, OSError):
            path = None  # a broken fallback is no fallback: CJK names then fail by name
        else:
            cjk = frozenset(pdfmetrics.getFont(CJK).face.charToGlyph)
            cjk_name = CJK
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(CJK, bold, italic, CJK)
    return FontSet(regular, cjk, cjk_name)


@lru_cache(maxsize=4096)
def _needs_shaping(char: str) -> bool:
    code = ord(char)
    if unicodedata.bidirectional(char) in ("R", "AL"):
        return True
    return any(low <= code <= high for low, high in _SHAPED_RANGES)


def _font_of(char: str, fonts: FontSet) -> str | None:
    """The font that draws this character; None when none does."""
    code = ord(char)
    if char in "\n\t" or unicodedata.category(char) in ("Cc", "Cf"):
        return REGULAR  # controls and format characters are dropped, never drawn
    if _needs_shaping(char):
        return None
    if code in fonts.regular:
        return REGULAR
    if code in fonts.cjk:
        return fonts.cjk_name
    return None


def clean(text: str) -> str:
    """The text as printed: NFC (a decomposed "ễ" draws as one glyph), no control characters."""
    text = unicodedata.normalize("NFC", text)
    return "".join(
        " " if c in "\t\r\n" else c
        for c in text
        if c in "\t\r\n" or unicodedata.category(c) not in ("Cc", "Cf")
    )


def undrawable(text: str) -> str:
    """The characters of `text` that no registered font can draw, each once, in order."""
    fonts = register_fonts()
    missing: dict[str, None] = {}
    for char in clean(text):
        if _font_of(char, fonts) is None:
            missing[char] = None
    return "".join(missing)


def check_drawable(text: str, what: str = "") -> None:
    if unicodedata.is_normalized("NFC", text) and is_plain(text):
        return  # the regular font draws every character as printed: nothing to look for
    missing = undrawable(text)
    if missing:
        raise UndrawableText(text, missing, what)


# The longest text a command accepts is 4,000 characters: anything longer comes from a damaged
# file, and printed whole it could outgrow a page and stop the export of its draft.
MAX_PRINTED = 4500


def shortened(text: str) -> str:
    """`text`, cut after MAX_PRINTED characters with a note saying how much was left out."""
    if len(text) <= MAX_PRINTED:
        return text
    return f"{text[:MAX_PRINTED]} … [{len(text) - MAX_PRINTED} caractères de plus, non imprimés]"


def markup(text: str, what: str = "") -> str:
    """Escaped Paragraph markup for user text, CJK runs switched to the fallback font.

    `<b>` or `O'CONNOR & SMITH` print literally. A character no font draws: in a name
    (`what` says whose) raises UndrawableText; in free text (no `what`) prints as its code
    point, "[U+1F600]" — never an empty box.
    """
    fonts = register_fonts()
    text = clean(shortened(text))
    runs: list[tuple[str | None, list[str]]] = []
    missing = ""
    for char in text:
        font = _font_of(char, fonts)
        if font is None and what:
            missing += char if char not in missing else ""
            continue
        if font is None:
            char, font = f"[U+{ord(char):04X}]", REGULAR
        if char == " " and runs:
            font = runs[-1][0]  # a space joins the run it is in
        if runs and runs[-1][0] == font:
            runs[-1][1].append(char)
        else:
            runs.append((font, [char]))
    if missing:
        raise UndrawableText(text, missing, what)
    parts = []
    for font, chars in runs:
        piece = escape("".join(chars))
        parts.append(piece if font == REGULAR else f'<font name="{font}">{piece}</font>')
    return "".join(parts)


def is_plain(text: str) -> bool:
    """True when the regular font draws all of `text` (it can go in a table cell as a string)."""
    if text.isascii() and text.isprintable():  # DejaVu Sans draws every printable ASCII
        return True
    return all(_plain_char(c) for c in text)


@lru_cache(maxsize=8192)
def _plain_char(char: str) -> bool:
    return ord(char) in register_fonts().regular and not _needs_shaping(char)


def markup_lines(text: str, what: str = "") -> str:
    """`markup` keeping the text's line breaks."""
    return "<br/>".join(markup(line, what) for line in text.splitlines())


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The printed width of `text`, each character in the font that will draw it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts = register_fonts()
    width = 0.0
    for char in clean(text):
        font = _font_of(char, fonts) or REGULAR
        if font == REGULAR and bold:
            font = BOLD
        width += stringWidth(char, font, size)
    return width
