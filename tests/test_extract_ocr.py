"""OCR on rendered Indonesian pages: accuracy, rotation, EXIF orientation (a few pages only: CI is 2 cores)."""
from __future__ import annotations

import docfactory as f
import pytest
from conftest import needs_tesseract
from rapidfuzz import fuzz

from evidence_check.extract import extract_path

pytestmark = [needs_tesseract, pytest.mark.ocr]

SOURCE = (
    "PEMERINTAH KABUPATEN SUKAMAJU\n"
    "DINAS KOMUNIKASI DAN INFORMATIKA\n"
    "NOTULEN RAPAT REVIU DAN EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n"
    "Hari/Tanggal: Senin, 14 Oktober 2024\n"
    "Tempat: Ruang Rapat Sekretariat Daerah\n"
    "Pimpinan Rapat: Sekretaris Daerah Kabupaten Sukamaju\n"
    "Hasil rapat: Tim Koordinasi SPBE menyepakati reviu kebijakan internal arsitektur,\n"
    "peta rencana, manajemen data dan keamanan informasi dilakukan setiap tahun.\n"
    "Seluruh perangkat daerah wajib menggunakan pusat data dan jaringan intra pemerintah daerah."
)


def _norm(s: str) -> str:
    return " ".join(s.split())


def test_scanned_pdf_reaches_95_percent(tmp_path, opts):
    path = f.scanned_pdf(tmp_path / "notulen_scan.pdf", [SOURCE], dpi=200, noise=0.002, skew_deg=0.5)
    doc = extract_path(path, path.name, opts)[0]
    assert doc.extraction.method == "ocr" and doc.extraction.ocr_pages == 1
    page = doc.pages[0]
    assert page.method == "ocr" and page.confidence is not None and page.confidence > 70
    score = fuzz.ratio(_norm(SOURCE), _norm(page.text))
    assert score >= 95, (score, page.text)
    assert "NOT_SEARCHABLE" in {x.code for x in doc.findings}


def test_sideways_scan_is_read(tmp_path, opts):
    # Tesseract's layout analysis reads quarter turns itself; what matters is the text that comes out.
    path = f.scanned_pdf(tmp_path / "miring.pdf", [SOURCE], dpi=200, rotate=90)
    page = extract_path(path, path.name, opts)[0].pages[0]
    assert fuzz.ratio(_norm(SOURCE), _norm(page.text)) >= 90, page.text


def test_upside_down_scan_is_turned_by_osd(tmp_path, opts):
    path = f.scanned_pdf(tmp_path / "terbalik.pdf", [SOURCE], dpi=200, rotate=180)
    page = extract_path(path, path.name, opts)[0].pages[0]
    assert page.rotation == 180
    assert fuzz.ratio(_norm(SOURCE), _norm(page.text)) >= 90, page.text


def test_photo_with_exif_orientation(tmp_path, opts):
    path = f.image_file(tmp_path / "foto.jpg", SOURCE, fmt="JPEG", exif_orientation=6)
    doc = extract_path(path, path.name, opts)[0]
    assert doc.format == "image" and doc.pages[0].method == "ocr"
    assert doc.pages[0].rotation == 0  # EXIF handled it; no OSD retry needed
    assert fuzz.ratio(_norm(SOURCE), _norm(doc.pages[0].text)) >= 90


def test_phone_photo_of_a_page_is_read_after_flattening(tmp_path, opts):
    # grey, unevenly lit paper pasted on a white page: one plain Tesseract pass reads nothing (issue 11)
    clean = f.render_page(SOURCE, dpi=200)
    photo = f.photograph(clean, paper=160, ink=60, light=0.4, tilt=0.03, seed=2)
    path = f.images_pdf(tmp_path / "foto.pdf", [photo], dpi=200, jpeg_quality=80)
    doc = extract_path(path, path.name, opts)[0]
    assert fuzz.ratio(_norm(SOURCE), _norm(doc.pages[0].text)) >= 90, doc.pages[0].text


def test_flattening_fallback_never_runs_on_a_clean_scan(tmp_path, opts, monkeypatch):
    from evidence_check.extract import ocr

    calls = []
    monkeypatch.setattr(ocr, "flatten_background", lambda img: calls.append(1) or img)
    path = f.scanned_pdf(tmp_path / "bersih.pdf", [SOURCE], dpi=200)
    doc = extract_path(path, path.name, opts)[0]
    assert fuzz.ratio(_norm(SOURCE), _norm(doc.pages[0].text)) >= 95
    assert calls == []


def test_grey_share_tells_photos_from_scans():
    from evidence_check.extract.ocr import ENHANCE_MIN_GREY_SHARE, grey_share

    clean = f.render_page(SOURCE, dpi=100)
    assert grey_share(clean) < ENHANCE_MIN_GREY_SHARE <= grey_share(f.photograph(clean, seed=1))
