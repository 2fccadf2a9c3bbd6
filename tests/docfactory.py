"""Build real evidence files (PDF, scans, images, office files, archives) from plain text, for tests.

Everything here is deterministic: the same arguments give the same bytes (PDF ids and timestamps are
pinned), so `tests/build_sample_docs.py` and `benchmarks/corpus.py` can rebuild their output exactly.
Only third-party libraries that the project already depends on are used: reportlab (PDF), Pillow and
numpy (scans), python-docx, openpyxl, odfpy and python-pptx. Legacy `.xls` is not produced: xlwt is not
installed, so a test that needs a real `.xls` must skip.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PIL import Image, ImageDraw, ImageFont

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

FONT_DIRS = (Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"))
# The first font found wins; DejaVu and Liberation both cover every Indonesian letter.
SANS_FONTS = ("dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf")
SANS_BOLD_FONTS = ("dejavu/DejaVuSans-Bold.ttf", "liberation/LiberationSans-Bold.ttf")
SERIF_FONTS = ("liberation/LiberationSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf")
SERIF_BOLD_FONTS = ("liberation/LiberationSerif-Bold.ttf", "dejavu/DejaVuSerif-Bold.ttf")

A4_IN = (8.27, 11.69)
MARGIN_IN = 0.9
# reportlab stamps the current time and a random id into every PDF unless told not to.
PDF_FIXED_KW = {"invariant": 1}

ImageFormat = Literal["PNG", "JPEG", "TIFF"]


# ---------------------------------------------------------------------------------------------- fonts
def find_font(*, bold: bool = False, serif: bool = False) -> Path | None:
    """Path of a TrueType font on this machine, or None when none of the known ones is installed."""
    names = (
        (SERIF_BOLD_FONTS if bold else SERIF_FONTS) if serif else (SANS_BOLD_FONTS if bold else SANS_FONTS)
    )
    for base in FONT_DIRS:
        for name in names:
            candidate = base / name
            if candidate.is_file():
                return candidate
    return None


def _pil_font(size_px: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = find_font(bold=bold, serif=True)
    if path is not None:
        return ImageFont.truetype(str(path), size_px)
    return ImageFont.load_default(size=size_px)


def _reportlab_fonts() -> tuple[str, str]:
    """Register the TTF fonts once; fall back to the base-14 Times (Latin-1 covers Indonesian)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = find_font(serif=True), find_font(serif=True, bold=True)
    if regular is None or bold is None:
        return "Times-Roman", "Times-Bold"
    registered = pdfmetrics.getRegisteredFontNames()
    if "EvSerif" not in registered:
        pdfmetrics.registerFont(TTFont("EvSerif", str(regular)))
        pdfmetrics.registerFont(TTFont("EvSerif-Bold", str(bold)))
    return "EvSerif", "EvSerif-Bold"


# ---------------------------------------------------------------------------------------------- layout
def _is_heading(line: str) -> bool:
    """Short all-caps lines (BUPATI SUKAMAJU, BAB I, MEMUTUSKAN:) are centred, as in real regulations."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    return bool(letters) and stripped == stripped.upper() and len(stripped) <= 70 and len(letters) >= 3


def _wrap(line: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap keeping the line's leading indent on continuation lines."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    words = line.split()
    if not words:
        return [""]
    out: list[str] = []
    current = indent + words[0]
    for word in words[1:]:
        trial = f"{current} {word}"
        if measure(trial) <= width:
            current = trial
        else:
            out.append(current)
            current = indent + word
    out.append(current)
    return out


# ---------------------------------------------------------------------------------------------- text PDF
def text_pdf(
    path: str | Path,
    pages: Sequence[str],
    *,
    font_size: float = 11,
    header: str | None = None,
    footer: str | None = None,
    watermark: str | None = None,
    title: str | None = None,
    author: str | None = None,
    pagesize: tuple[float, float] | None = None,
) -> Path:
    """A PDF with a real text layer: one page per string; a string too long for one page flows on.

    Short all-caps lines are centred and bold. `footer` may contain `{page}`; `watermark` ("DRAFT") is
    drawn as large grey diagonal text on every page, the way draft regulations are stamped. `pagesize`
    (points, default A4 portrait): e.g. (720, 405) for a 16:9 slide printed to PDF.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=pagesize or A4, **PDF_FIXED_KW)
    _draw_text_pages(canvas, pages, font_size, header, footer, watermark, title, author, pagesize or A4)
    canvas.save()
    return path


def _draw_text_pages(
    canvas: Canvas,
    pages: Sequence[str],
    font_size: float,
    header: str | None,
    footer: str | None,
    watermark: str | None,
    title: str | None,
    author: str | None,
    pagesize: tuple[float, float] | None = None,
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = canvas
    regular, bold = _reportlab_fonts()
    width, height = pagesize or A4
    margin = MARGIN_IN * 72
    leading = font_size * 1.35
    usable = width - 2 * margin
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    page_no = 0

    def start_page() -> float:
        nonlocal page_no
        page_no += 1
        if watermark:
            _draw_watermark(c, watermark, bold, width, height)
        c.setFillGray(0)
        if header:
            c.setFont(regular, font_size - 2)
            c.drawCentredString(width / 2, height - margin * 0.6, header)
        if footer:
            c.setFont(regular, font_size - 2)
            c.drawCentredString(width / 2, margin * 0.5, footer.format(page=page_no))
        return height - margin

    for page_text in pages:
        y = start_page()
        for raw in page_text.splitlines() or [""]:
            heading = _is_heading(raw)
            font = bold if heading else regular
            lines = _wrap(raw, usable, lambda s, f=font: stringWidth(s, f, font_size))
            for line in lines:
                if y < margin + leading:
                    c.showPage()
                    y = start_page()
                c.setFont(font, font_size)
                if heading:
                    c.drawCentredString(width / 2, y, line.strip())
                else:
                    c.drawString(margin, y, line)
                y -= leading
        c.showPage()


def _draw_watermark(c: Canvas, text: str, font: str, width: float, height: float) -> None:
    c.saveState()
    c.setFillGray(0.82)
    c.setFont(font, 96)
    c.translate(width / 2, height / 2)
    c.rotate(45)
    c.drawCentredString(0, -30, text)
    c.restoreState()


# ---------------------------------------------------------------------------------------------- scans
def _layout_pages(
    text: str, font: object, width_px: int, height_px: int, margin_px: int, line_px: int
) -> list[list[tuple[str, bool]]]:
    """Split text into page-sized lists of (line, is_heading), wrapping to the printable width."""
    measure = font.getlength  # type: ignore[attr-defined]
    usable_w = width_px - 2 * margin_px
    per_page = max(1, (height_px - 2 * margin_px) // line_px)
    lines: list[tuple[str, bool]] = []
    for raw in text.splitlines() or [""]:
        heading = _is_heading(raw)
        lines.extend((line, heading) for line in _wrap(raw, usable_w, measure))
    return [lines[i : i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]


def render_pages(
    text: str,
    *,
    dpi: int = 200,
    width_in: float = A4_IN[0],
    height_in: float = A4_IN[1],
    font_size_pt: float = 11,
) -> list[Image.Image]:
    """Render text as black-on-white greyscale page images, flowing onto as many pages as it needs."""
    width_px, height_px = round(width_in * dpi), round(height_in * dpi)
    size_px = max(6, round(font_size_pt * dpi / 72))
    font, bold = _pil_font(size_px), _pil_font(size_px, bold=True)
    margin_px = round(MARGIN_IN * dpi)
    line_px = round(size_px * 1.4)
    images: list[Image.Image] = []
    for page_lines in _layout_pages(text, font, width_px, height_px, margin_px, line_px):
        image = Image.new("L", (width_px, height_px), 255)
        draw = ImageDraw.Draw(image)
        y = margin_px
        for line, heading in page_lines:
            use = bold if heading else font
            if heading:
                x = (width_px - use.getlength(line.strip())) / 2  # type: ignore[union-attr]
                draw.text((x, y), line.strip(), font=use, fill=0)
            else:
                draw.text((margin_px, y), line, font=use, fill=0)
            y += line_px
        images.append(image)
    return images


def render_page(
    text: str,
    *,
    dpi: int = 200,
    width_in: float = A4_IN[0],
    height_in: float = A4_IN[1],
    font_size_pt: float = 11,
) -> Image.Image:
    """One page image of `text` (black on white, like a clean scan); text beyond one page is dropped."""
    return render_pages(text, dpi=dpi, width_in=width_in, height_in=height_in, font_size_pt=font_size_pt)[0]


def degrade(
    image: Image.Image, *, rotate: int = 0, noise: float = 0.0, skew_deg: float = 0.0, seed: int = 0
) -> Image.Image:
    """Make a clean page look scanned: slight skew, salt-and-pepper specks, then a quarter-turn rotation."""
    if rotate not in (0, 90, 180, 270):
        raise ValueError(f"rotate must be 0, 90, 180 or 270, not {rotate}")
    out = image.convert("L")
    if skew_deg:
        out = out.rotate(skew_deg, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if noise > 0:
        import numpy as np

        rng = np.random.default_rng(seed)
        pixels = np.array(out)
        mask = rng.random(pixels.shape)
        pixels[mask < noise / 2] = 0
        pixels[mask > 1 - noise / 2] = 255
        out = Image.fromarray(pixels)
    if rotate:
        # PIL rotates counter-clockwise; a page fed "rotate=90" reads clockwise-sideways, like a bad scan.
        out = out.rotate(-rotate, expand=True)
    return out


def photograph(
    image: Image.Image,
    *,
    paper: int = 170,
    ink: int = 60,
    light: float = 0.35,
    tilt: float = 0.0,
    scale: float = 0.5,
    margin: float = 0.15,
    seed: int = 0,
) -> Image.Image:
    """Make a clean page look like a phone photo pasted on a white page: grey paper (`paper`), grey ink
    (`ink`), lighting that falls off by `light` across the sheet, a perspective `tilt` (share of the width
    the top edge is pulled in), resolution lost to `scale`, and a white `margin` around the photo."""
    import numpy as np

    page = np.asarray(image.convert("L"), dtype=np.float32) / 255.0
    h, w = page.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    rng = np.random.default_rng(seed)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    falloff = 1.0 - light * np.hypot(xx - cx, yy - cy) / np.hypot(w, h)
    photo = (ink + (paper - ink) * page) * falloff
    photo += rng.normal(0, 4, photo.shape)
    out = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8))
    if tilt:
        d = tilt * w  # the top edge is pulled in: the phone was held below the page
        coeffs = _perspective_coeffs([(d, 0), (w - d, 0), (w, h), (0, h)], [(0, 0), (w, 0), (w, h), (0, h)])
        out = out.transform(out.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=255)
    small = out.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.BILINEAR)
    out = small.resize((w, h), Image.Resampling.BILINEAR)
    canvas = Image.new("L", (int(w * (1 + 2 * margin)), int(h * (1 + 2 * margin))), 255)
    canvas.paste(out, (int(w * margin), int(h * margin)))
    return canvas.resize((w, h), Image.Resampling.BILINEAR)


def _perspective_coeffs(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE transform maps output points `dst` to input points `src`: solve its 8 coefficients."""
    import numpy as np

    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return list(np.linalg.solve(np.array(rows, dtype=np.float64), b))


def images_pdf(
    path: str | Path, images: Iterable[Image.Image], *, dpi: int = 200, jpeg_quality: int = 75
) -> Path:
    """An image-only PDF (no text layer), each image one JPEG page sized from its pixels and `dpi`."""
    import time

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pages = list(images)
    if not pages:
        raise ValueError("an image PDF needs at least one page")
    fixed = time.gmtime(1704096000)  # 2024-01-01 08:00 UTC; Pillow stamps "now" otherwise
    # Pillow embeds greyscale/RGB pages as DCTDecode JPEG directly (reportlab's ImageReader is 10x slower).
    pages[0].save(
        path,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        quality=jpeg_quality,
        creationDate=fixed,
        modDate=fixed,
        producer="evidence-check tests",
        title="Hasil pindai",
    )  # Pillow's default title is the file name, which breaks reproducibility
    return path


def scanned_pdf(
    path: str | Path,
    pages: Sequence[str],
    *,
    dpi: int = 200,
    rotate: int = 0,
    noise: float = 0.0,
    skew_deg: float = 0.0,
    jpeg_quality: int = 75,
    seed: int = 0,
) -> Path:
    """Image-only PDF of `pages` rendered like a scanner would: no text layer, so text needs OCR.

    `rotate` turns every page a quarter turn (a sideways scan); `noise` is the share of pixels flipped
    to black/white (0.002-0.01 stays readable); `skew_deg` a small tilt (under 2 degrees).
    """
    images: list[Image.Image] = []
    for index, text in enumerate(pages):
        for image in render_pages(text, dpi=dpi):
            images.append(degrade(image, rotate=rotate, noise=noise, skew_deg=skew_deg, seed=seed + index))
    return images_pdf(path, images, dpi=dpi, jpeg_quality=jpeg_quality)


# EXIF Orientation -> the transpose a viewer applies to show the stored pixels upright (PIL's table).
_EXIF_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_INVERSE = {
    Image.Transpose.ROTATE_270: Image.Transpose.ROTATE_90,
    Image.Transpose.ROTATE_90: Image.Transpose.ROTATE_270,
}


def image_file(
    path: str | Path,
    text: str,
    *,
    fmt: ImageFormat = "PNG",
    dpi: int = 200,
    rotate: int = 0,
    exif_orientation: int | None = None,
    noise: float = 0.0,
    skew_deg: float = 0.0,
    width_in: float = A4_IN[0],
    height_in: float = A4_IN[1],
) -> Path:
    """A photo or scan of one page as PNG, JPEG or TIFF.

    `rotate` bakes a quarter turn into the pixels (what OCR must detect). `exif_orientation` (1-8) stores
    the pixels turned so that a viewer honouring the EXIF Orientation tag shows the text upright, the way
    phone cameras save portrait photos.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image = degrade(
        render_page(text, dpi=dpi, width_in=width_in, height_in=height_in),
        rotate=rotate,
        noise=noise,
        skew_deg=skew_deg,
    )
    save_kw: dict[str, object] = {"dpi": (dpi, dpi)}
    if exif_orientation is not None and exif_orientation != 1:
        if exif_orientation not in _EXIF_TRANSPOSE:
            raise ValueError(f"EXIF orientation must be 1-8, not {exif_orientation}")
        shown = _EXIF_TRANSPOSE[exif_orientation]
        image = image.transpose(_INVERSE.get(shown, shown))
    if exif_orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation  # Orientation
        exif[0x010F] = "Contoh"  # Make: phone photos always carry one
        save_kw["exif"] = exif.tobytes()
    if fmt == "JPEG":
        image = image.convert("RGB")  # phones save colour JPEGs
        save_kw["quality"] = 80
    elif fmt == "TIFF":
        save_kw["compression"] = "tiff_lzw"
    image.save(path, format=fmt, **save_kw)
    return path


# ---------------------------------------------------------------------------------------------- screenshots
def _sans(size_px: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = find_font(bold=bold)
    return ImageFont.truetype(str(path), size_px) if path is not None else ImageFont.load_default(size=size_px)


def _draw_screen_line(draw: ImageDraw.ImageDraw, line: str, x: int, y: int, width: int) -> int:
    """Draw one body line of a screenshot at (x, y); return its height. See `screenshot_image` for the markup."""
    if line.startswith("# "):
        draw.text((x, y), line[2:], font=_sans(30, bold=True), fill=(20, 20, 20))
        return 52
    font = _sans(22)
    if " | " in line:  # a table row: equal columns with a grid, the way web tables render
        cells = line.split(" | ")
        col = width // len(cells)
        for i, cell in enumerate(cells):
            draw.rectangle((x + i * col, y, x + (i + 1) * col, y + 40), outline=(170, 170, 170), fill=(255, 255, 255))
            draw.text((x + i * col + 10, y + 8), cell, font=font, fill=(30, 30, 30))
        return 40
    if line.startswith("[") and "]" in line:  # fields and buttons: boxed labels
        cx = x
        for part in re.findall(r"\[([^\]]*)\]", line):
            label = part.strip()
            box_w = max(int(font.getlength(part)) + 24, 120 if label else 420)
            draw.rounded_rectangle((cx, y, cx + box_w, y + 44), radius=6, outline=(120, 120, 120),
                                   fill=(235, 242, 250) if label else (255, 255, 255))
            draw.text((cx + 12, y + 10), label, font=font, fill=(20, 20, 20))
            cx += box_w + 20
        return 58
    draw.text((x, y), line, font=font, fill=(40, 40, 40))
    return 38


def screenshot_image(
    path: str | Path,
    *,
    tab: str,
    url: str,
    header: str,
    body: Sequence[str],
    status: str,
    size: tuple[int, int] = (1280, 800),
    accent: tuple[int, int, int] = (0, 84, 147),
    fmt: ImageFormat = "PNG",
) -> Path:
    """A browser screenshot: tab title, address bar with the URL, the page's coloured header, its body and a
    taskbar clock (`status`), as agencies capture portals, dashboards and login pages for evidence.

    Body markup: "# text" a heading; "[ a ] [ b ]" boxed fields or buttons; "a | b | c" a table row; else text.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height = size
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    chrome = _sans(18)
    draw.rectangle((0, 0, width, 44), fill=(222, 225, 230))
    draw.rounded_rectangle((12, 6, 420, 44), radius=8, fill=(255, 255, 255))
    draw.text((28, 14), tab[:40], font=chrome, fill=(30, 30, 30))
    draw.rectangle((0, 44, width, 96), fill=(245, 246, 248))
    draw.rounded_rectangle((110, 52, width - 40, 88), radius=18, fill=(255, 255, 255), outline=(200, 200, 200))
    draw.text((30, 60), "<  >  C", font=chrome, fill=(90, 90, 90))
    draw.text((130, 59), url, font=_sans(20), fill=(20, 20, 20))
    draw.rectangle((0, 96, width, 170), fill=accent)
    draw.text((40, 116), header, font=_sans(30, bold=True), fill=(255, 255, 255))
    y = 196
    for line in body:
        if y > height - 90:
            break
        y += _draw_screen_line(draw, line, 40, y, width - 80) + 8
    draw.rectangle((0, height - 44, width, height), fill=(32, 36, 44))
    draw.text((width - 24 - int(chrome.getlength(status)), height - 33), status, font=chrome, fill=(240, 240, 240))
    image.save(path, format=fmt)
    return path


# ---------------------------------------------------------------------------------------------- DOCX
_TEXTBOX_XML = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict><v:shape id="KotakTeks1" o:spid="_x0000_s1026" type="#_x0000_t202"'
    ' style="position:absolute;margin-left:0;margin-top:0;width:420pt;height:80pt;z-index:1">'
    "<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)


def _textbox_run(text: str) -> object:
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.splitlines() or [""]
    )
    return parse_xml(_TEXTBOX_XML.format(paragraphs=paragraphs))


def docx_file(
    path: str | Path,
    paragraphs: Sequence[str],
    *,
    header: str | None = None,
    footer: str | None = None,
    tables: Sequence[Sequence[Sequence[str]]] = (),
    textbox: str | None = None,
    title: str | None = None,
) -> Path:
    """A Word document: body paragraphs, optional header/footer text, tables (first row = heading) and
    a VML text box (`w:txbxContent`, read by Word and LibreOffice, invisible to `Document.paragraphs`).

    A paragraph that is a short all-caps line is centred and bold, as regulation titles are.
    """
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    if textbox is not None:
        holder = document.add_paragraph()
        holder._p.append(_textbox_run(textbox))
    for text in paragraphs:
        para = document.add_paragraph()
        run = para.add_run(text)
        if _is_heading(text):
            run.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for rows in tables:
        _add_table(document, rows)
    if title:
        document.core_properties.title = title
    # python-docx stamps "now" into core properties; pin it so output is reproducible.
    import datetime as _dt

    fixed = _dt.datetime(2024, 1, 1, 8, 0, 0)
    document.core_properties.created = fixed
    document.core_properties.modified = fixed
    document.core_properties.last_modified_by = "evidence-check tests"
    document.save(str(path))
    _pin_zip_times(path)
    return path


def _add_table(document: object, rows: Sequence[Sequence[str]]) -> None:
    if not rows:
        return
    n_cols = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=n_cols)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = str(value)
    document.add_paragraph()  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------- sheets
def xlsx_file(path: str | Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    """An Excel workbook, one worksheet per key, rows of str/int/float/date/None."""
    import datetime as _dt

    from openpyxl import Workbook

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(title=name[:31])
        for row in rows:
            sheet.append(list(row))
    fixed = _dt.datetime(2024, 1, 1, 8, 0, 0)
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    workbook.save(str(path))
    _pin_zip_times(path)
    return path


def ods_file(path: str | Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    """An OpenDocument spreadsheet (odfpy); numbers become float cells, everything else strings."""
    from odf.element import Element

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # odfpy keeps the namespaces it has seen in one process-wide dict and writes them all out, so the
    # bytes would depend on what was built before; start from empty and put the old entries back after.
    seen = dict(Element.namespaces)
    Element.namespaces.clear()
    try:
        _build_ods(path, sheets)
    finally:
        Element.namespaces.update(seen)
    _pin_zip_times(path)
    return path


def _build_ods(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            table_row = TableRow()
            for value in row:
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    cell = TableCell(valuetype="float", value=value)
                else:
                    cell = TableCell(valuetype="string")
                cell.addElement(P(text="" if value is None else str(value)))
                table_row.addElement(cell)
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    document.save(str(path))


# ---------------------------------------------------------------------------------------------- slides
def pptx_file(path: str | Path, slides: Sequence[tuple[str, str, str]]) -> Path:
    """A PowerPoint deck: one (title, body, speaker notes) per slide; body lines become bullets."""
    import datetime as _dt

    from pptx import Presentation

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    deck = Presentation()
    layout = deck.slide_layouts[1]  # "Title and Content"
    for title, body, notes in slides:
        slide = deck.slides.add_slide(layout)
        slide.shapes.title.text = title
        body_frame = slide.placeholders[1].text_frame
        lines = body.splitlines() or [""]
        body_frame.text = lines[0]
        for line in lines[1:]:
            body_frame.add_paragraph().text = line
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    fixed = _dt.datetime(2024, 1, 1, 8, 0, 0)
    deck.core_properties.created = fixed
    deck.core_properties.modified = fixed
    deck.save(str(path))
    _pin_zip_times(path)
    return path


# ---------------------------------------------------------------------------------------------- archives
_ZIP_TIME = (2024, 1, 1, 8, 0, 0)


def zip_file(path: str | Path, members: Mapping[str, bytes | Path]) -> Path:
    """A ZIP archive; each member is given as bytes or as a file to copy in."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            data = content.read_bytes() if isinstance(content, Path) else content
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _pin_zip_times(path: Path) -> None:
    """Rewrite an OOXML/ODF zip with fixed member times and core-property dates (openpyxl stamps "now" at
    save time whatever we set), so regenerated office files are byte-identical."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    items = [
        (
            info,
            _CORE_DATES.sub(rb"\g<1>2024-01-01T08:00:00Z\g<2>", data)
            if info.filename == "docProps/core.xml"
            else data,
        )
        for info, data in items
    ]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in items:
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            # ODF requires "mimetype" first and stored uncompressed; keep each member's own method.
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            target.writestr(fixed, data)


# ---------------------------------------------------------------------------------------------- bad PDFs
def broken_pdf(path: str | Path, text: str = "PERATURAN BUPATI SUKAMAJU\nberkas ini terpotong") -> Path:
    """A PDF cut off mid-file (an interrupted upload): header present, xref and trailer missing."""
    path = Path(path)
    whole = text_pdf(path, [text] * 2)
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _encrypted(
    path: str | Path, pages: Sequence[str], user_password: str, owner_password: str, **permissions: int
) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    encryption = StandardEncryption(user_password, ownerPassword=owner_password, strength=128, **permissions)
    # `invariant` also pins the encryption key seed, keeping the bytes reproducible.
    canvas = Canvas(str(path), pagesize=A4, encrypt=encryption, **PDF_FIXED_KW)
    _draw_text_pages(canvas, pages, 11, None, None, None, None, None)
    canvas.save()
    return path


def encrypted_pdf(
    path: str | Path,
    user_password: str = "rahasia",
    pages: Sequence[str] = ("DOKUMEN RAHASIA\nLaporan Audit TIK Kabupaten Sukamaju",),
) -> Path:
    """A PDF that cannot be opened without `user_password`."""
    return _encrypted(path, pages, user_password, user_password + "-pemilik")


def owner_only_pdf(
    path: str | Path,
    pages: Sequence[str] = ("PERATURAN BUPATI SUKAMAJU\nTENTANG SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",),
) -> Path:
    """A PDF with only an owner password (empty user password): it opens, but copying is 'forbidden'."""
    return _encrypted(path, pages, "", "pemilik", canPrint=1, canModify=0, canCopy=0, canAnnotate=0)


# ---------------------------------------------------------------------------------------------- misc
def text_file(path: str | Path, text: str, *, encoding: str = "utf-8") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding)
    return path


def html_file(path: str | Path, title: str, paragraphs: Sequence[str]) -> Path:
    """A saved web page (e.g. a portal page printed to HTML) with escaped paragraphs."""
    from html import escape

    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    page = (
        f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"</head>\n<body><h1>{escape(title)}</h1>\n{body}\n</body></html>\n"
    )
    return text_file(path, page)


__all__ = [
    "broken_pdf",
    "degrade",
    "docx_file",
    "encrypted_pdf",
    "find_font",
    "html_file",
    "image_file",
    "images_pdf",
    "ods_file",
    "owner_only_pdf",
    "pptx_file",
    "render_page",
    "render_pages",
    "scanned_pdf",
    "screenshot_image",
    "text_file",
    "text_pdf",
    "xlsx_file",
    "zip_file",
]
