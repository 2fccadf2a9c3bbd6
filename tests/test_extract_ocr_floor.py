"""Less Tesseract work at equal accuracy: own-resolution scans, blank pages skipped, identical pages once."""
from __future__ import annotations

import docfactory as f
import pypdfium2 as pdfium
from PIL import Image

from evidence_check.context import Options
from evidence_check.extract import ocr
from evidence_check.extract import pdf as pdfmod

LETTER = "PEMERINTAH KABUPATEN SUKAMAJU\nUNDANGAN RAPAT KOORDINASI SPBE\nNomor: 005/123/Diskominfo/2024"
MINUTES = "NOTULEN RAPAT TIM KOORDINASI SPBE\nHari/Tanggal: Senin, 6 Mei 2024\nPimpinan rapat: Sekretaris Daerah"


def test_blank_pages_are_blank_and_a_single_word_is_not():
    for dpi in (200, 300):
        clean = f.render_page("", dpi=dpi)
        specks = f.degrade(clean, noise=0.004, seed=3)  # a scanner's dust on an empty sheet
        word = f.degrade(f.render_page("Ttd.", dpi=dpi), noise=0.004, seed=3)
        assert ocr.is_blank(clean, dpi) and ocr.is_blank(specks, dpi)
        assert not ocr.is_blank(word, dpi), dpi


def _first_page(path):
    doc = pdfium.PdfDocument(str(path))
    return doc, doc[0]


def test_scan_is_read_at_its_own_resolution_from_200_dpi(tmp_path):
    page_img = f.render_page(LETTER, dpi=200)
    cases = {200: 200, 240: 240, 150: 300, 300: 300, 400: 300}  # scan dpi -> dpi the page is read at
    for scan, want in cases.items():
        img = page_img.resize((round(page_img.width * scan / 200), round(page_img.height * scan / 200)))
        path = f.images_pdf(tmp_path / f"s{scan}.pdf", [img], dpi=scan)
        doc, page = _first_page(path)
        assert round(pdfmod.scan_dpi(page, 300)) == want, scan
        page.close()
        doc.close()
    doc, page = _first_page(f.text_pdf(tmp_path / "t.pdf", [LETTER]))  # no image at all: the default
    assert pdfmod.scan_dpi(page, 300) == 300
    doc.close()


def test_identical_page_images_are_ocrd_once_across_files_and_blank_pages_not_at_all(tmp_path, monkeypatch):
    calls: list[tuple[int, int]] = []

    def fake_tesseract(image_path, lang, dpi, timeout):
        with Image.open(image_path) as im:
            calls.append((im.size[0], dpi))
            ink = sum(im.reduce(8).histogram()[:128])
        return ocr.OcrResult(text=f"teks {ink}", confidence=91.0, words=40)

    monkeypatch.setattr(ocr, "run_tesseract", fake_tesseract)
    letter, minutes = f.render_page(LETTER, dpi=200), f.render_page(MINUTES, dpi=200)
    blank = Image.new("L", letter.size, 255)
    a = f.images_pdf(tmp_path / "a.pdf", [letter, blank, minutes], dpi=200)
    # the same two scans in another file (copies: Pillow keeps a saved image's append list and reuses it)
    b = f.images_pdf(tmp_path / "b.pdf", [minutes.copy(), letter.copy()], dpi=200)
    opts = Options(input=tmp_path, cache_dir=tmp_path / "cache", use_cache=True)

    pa = pdfmod.extract_pdf(a, opts).pages
    pb = pdfmod.extract_pdf(b, opts).pages
    assert len(calls) == 2  # letter and minutes, once each; not the blank page, not file b again
    assert {dpi for _, dpi in calls} == {200} and {w for w, _ in calls} == {letter.width}  # 1:1, no resampling
    assert pa[1].method == "none" and pa[1].text == ""
    assert (pa[0].text, pa[2].text) == (pb[1].text, pb[0].text) and pa[0].text != pa[2].text
    assert [p.number for p in pb] == [1, 2] and pb[0].method == "ocr" and pb[0].confidence == 91.0

    calls.clear()  # --no-cache: identical pages inside one file are still read once
    c = f.images_pdf(tmp_path / "c.pdf", [letter.copy(), letter.copy(), minutes.copy()], dpi=200)
    pc = pdfmod.extract_pdf(c, Options(input=tmp_path, use_cache=False)).pages
    assert len(calls) == 2 and pc[0].text == pc[1].text and [p.number for p in pc] == [1, 2, 3]
