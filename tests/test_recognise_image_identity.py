"""A regulation whose number, date and signature are images on a text-layer page (issue 11).

The text layer reads "NOMOR      TAHUN 2013" and "pada tanggal" like a draft. The extractor OCRs such pages
when an image sits on the empty slot and merges what it reads; when it reads nothing the status is `unknown`
with IDENTITY_IMAGE, never `draft`. Blank slots with no image on them (a real draft) stay a draft.
"""
from __future__ import annotations

import io
import random
from pathlib import Path

import docfactory as f
import pytest
from conftest import needs_tesseract
from PIL import Image, ImageDraw, ImageFont
from recognise_support import codes, rules

from evidence_check.extract import extract_path
from evidence_check.extract.pdf import empty_slots, merge_identity
from evidence_check.recognise import recognise_document

TITLE = ["BUPATI SUKAMAJU", "PROVINSI JAWA TENGAH", "", "PERATURAN BUPATI SUKAMAJU", "@NOMOR", "TENTANG",
         "PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", "",
         "DENGAN RAHMAT TUHAN YANG MAHA ESA", "", "BUPATI SUKAMAJU,", "",
         "Menimbang : a. bahwa perlu menetapkan Peraturan Bupati tentang SPBE;",
         "Mengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE;",
         "MEMUTUSKAN:", "Menetapkan : PERATURAN BUPATI TENTANG SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK.",
         "Pasal 1", "Dalam Peraturan Bupati ini yang dimaksud dengan SPBE."]
CLOSING = ["Pasal 12", "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
           "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan",
           "penempatannya dalam Berita Daerah Kabupaten Sukamaju.", "", "Ditetapkan di Sukamaju", "@TANGGAL",
           "BUPATI SUKAMAJU,", "", "@SIGN", "", "", "BAMBANG SUTRISNO"]


def _stamp(text: str, size: int = 44) -> bytes:
    """A PNG of typed or stamped text, as pasted onto a page (dark ink, some slant)."""
    font_path = f.find_font(bold=True)
    font = ImageFont.truetype(str(font_path), size) if font_path else ImageFont.load_default(size=size)
    w = int(font.getlength(text)) + 20
    img = Image.new("L", (w, size + 20), 255)
    ImageDraw.Draw(img).text((10, 6), text, font=font, fill=20)
    buf = io.BytesIO()
    img.rotate(2, fillcolor=255, expand=True).save(buf, "PNG")
    return buf.getvalue()


def _scribble(seed: int = 3) -> bytes:
    """A signature-like scrawl OCR cannot read."""
    rng = random.Random(seed)
    img = Image.new("L", (260, 90), 255)
    draw = ImageDraw.Draw(img)
    pts = [(10 + i * 12, 45 + rng.randint(-30, 30)) for i in range(21)]
    draw.line(pts, fill=10, width=3)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _pdf(path: Path, *, number: bytes | None, date: bytes | None, signature: bytes | None,
         logo: bool = False) -> Path:
    """Two text pages; the number/date slots are empty in the text, with `number`/`date` images on them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for lines in (TITLE, CLOSING):
        y = height - 110
        if logo and lines is TITLE:  # the regional emblem above the heading: not on any slot
            c.drawImage(ImageReader(io.BytesIO(_scribble(9))), width / 2 - 30, height - 95, 60, 40)
        for line in lines:
            c.setFont("Times-Roman", 12)
            if line == "@NOMOR":
                c.drawCentredString(width / 2 - 40, y, "NOMOR")
                c.drawCentredString(width / 2 + 50, y, "TAHUN 2013")
                if number:
                    c.drawImage(ImageReader(io.BytesIO(number)), width / 2 - 8, y - 4, 26, 18)
            elif line == "@TANGGAL":
                c.drawString(320, y, "pada tanggal")
                if date:
                    c.drawImage(ImageReader(io.BytesIO(date)), 392, y - 5, 110, 18)
            elif line == "@SIGN":
                if signature:
                    c.drawImage(ImageReader(io.BytesIO(signature)), 330, y - 20, 120, 45)
            elif lines is CLOSING and lines.index(line) >= 5:
                c.drawString(320, y, line)
            else:
                c.drawCentredString(width / 2, y, line) if line.isupper() else c.drawString(72, y, line)
            y -= 17
        c.showPage()
    c.save()
    return path


def _read(path: Path, opts) -> object:  # noqa: ANN001
    doc = extract_path(path, path.name, opts)[0]
    return doc, recognise_document(doc, rules())


# --- the text-only parts (no OCR) -------------------------------------------------------------------------
def test_empty_slots_found_and_typed_placeholders_not():
    assert [s for s, _ in empty_slots("PERATURAN BUPATI X\nNOMOR      TAHUN 2013\nTENTANG")] == ["nomor"]
    assert [s for s, _ in empty_slots("Ditetapkan di Sukamaju\npada tanggal\nBUPATI X,")] == ["tanggal"]
    # dots are a typed placeholder (a draft), a filled slot is no slot
    assert empty_slots("NOMOR ..... TAHUN 2013\nDitetapkan di X\npada tanggal ........ 2013") == []
    assert empty_slots("NOMOR 2 TAHUN 2013\nDitetapkan di X\npada tanggal 5 Maret 2013") == []


def test_merge_puts_the_ocr_reading_into_the_slot_line():
    layer = "PERATURAN BUPATI X\nNOMOR      TAHUN 2013\nTENTANG\nDitetapkan di X\npada tanggal\nBUPATI X,"
    ocr = "PERATURAN BUPATI X\nNOMOR 2 TAHUN 2013\nTENTANG\nDitetapkan di X\npada tanggal 5 Maret 2013\n"
    merged, notes = merge_identity(layer, ocr, ["nomor", "tanggal"])
    assert "NOMOR 2 TAHUN 2013" in merged and "pada tanggal 5 Maret 2013" in merged
    assert notes == [{"slot": "nomor", "read": "2"}, {"slot": "tanggal", "read": "5 Maret 2013"}]
    # handwriting read as letters is no reading: the slot stays empty, the note says unread
    merged, notes = merge_identity(layer, "NOMOR g TAHUN 2013\npada tanggal ~~\n", ["nomor", "tanggal"])
    assert merged == layer and [n["read"] for n in notes] == [None, None]


# --- whole files: extraction (OCR of the slot pages) and recognition ----------------------------------------
@needs_tesseract
@pytest.mark.ocr
def test_number_and_date_typed_on_images_are_read(tmp_path, opts):
    path = _pdf(tmp_path / "perbup.pdf", number=_stamp("2"), date=_stamp("5 Maret 2013"),
                signature=_scribble())
    doc, rec = _read(path, opts)
    assert {n["slot"] for n in doc.meta["image_identity"]} == {"nomor", "tanggal"}
    assert all(p.method == "text" for p in doc.pages)  # the text layer stays; only the slot lines are merged
    assert rec.status == "enacted" and rec.number == "2" and rec.year == 2013, (rec.status, rec.number)
    assert "DRAFT" not in codes(rec)


@needs_tesseract
@pytest.mark.ocr
def test_unreadable_image_slots_give_unknown_with_a_reason(tmp_path, opts):
    path = _pdf(tmp_path / "perbup.pdf", number=_scribble(1), date=_scribble(2), signature=_scribble())
    doc, rec = _read(path, opts)
    assert [n["read"] for n in doc.meta["image_identity"]] == [None, None]
    assert rec.status == "unknown" and "DRAFT" not in codes(rec) and "IDENTITY_IMAGE" in codes(rec)
    assert any(e.rule == "status.image_nomor" for e in rec.evidence)


def test_blank_slots_without_images_stay_a_draft(tmp_path, opts):
    # no Tesseract needed: no image on a slot, so no page is OCR'd (the emblem above the heading is on none)
    path = _pdf(tmp_path / "raperbup.pdf", number=None, date=None, signature=None, logo=True)
    doc, rec = _read(path, opts)
    assert "image_identity" not in doc.meta
    assert rec.status == "draft" and "IDENTITY_IMAGE" not in codes(rec)
