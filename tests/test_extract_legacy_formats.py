"""Readers without a fixture until now: .xls (written with xlwt), .odt (odfpy) and Word 97 .doc (an OLE
compound file built byte by byte in tests/word97.py, read by antiword)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evidence_check.extract import extract_file


def test_xls_cells_become_text(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("Anggaran TIK")
    rows = [("Kegiatan", "Pagu (Rp)", "Tahun"), ("Pembangunan Pusat Data", 1250000000, 2024),
            ("Penyusunan Arsitektur SPBE", 350000000, 2024)]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.add_sheet("Kosong")
    path = tmp_path / "anggaran.xls"
    book.save(str(path))

    doc = extract_file(path)
    assert doc.format == "xls" and doc.readable
    text = doc.text
    assert "Pembangunan Pusat Data" in text and "Penyusunan Arsitektur SPBE" in text
    assert "1250000000" in text.replace(".", "").replace(",", "")
    assert not [f for f in doc.findings if f.severity == "error"]


def test_odt_paragraphs_and_headings_become_text(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    odt = OpenDocumentText()
    odt.text.addElement(H(outlinelevel=1, text="PERATURAN BUPATI SUKAMAJU NOMOR 7 TAHUN 2022"))
    odt.text.addElement(P(text="TENTANG SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"))
    odt.text.addElement(P(text="Ditetapkan di Sukamaju pada tanggal 1 Maret 2022"))
    path = tmp_path / "perbup.odt"
    odt.save(str(path))

    doc = extract_file(path)
    assert doc.format == "odt" and doc.readable
    assert "PERATURAN BUPATI SUKAMAJU NOMOR 7 TAHUN 2022" in doc.text
    assert "Ditetapkan di Sukamaju" in doc.text


@pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword not installed")
def test_word97_doc_is_read_through_antiword(tmp_path: Path) -> None:
    from word97 import word97_document

    path = tmp_path / "sk-lama.doc"
    path.write_bytes(word97_document(["KEPUTUSAN KEPALA DINAS KOMINFO", "NOMOR 45 TAHUN 2019",
                                      "TENTANG TIM PENGELOLA SPBE"]))
    doc = extract_file(path)
    assert doc.format == "doc" and doc.readable, doc.findings
    assert "KEPUTUSAN KEPALA DINAS KOMINFO" in doc.text and "NOMOR 45 TAHUN 2019" in doc.text
    assert "LEGACY_FORMAT" in [f.code for f in doc.findings]  # readable, but worth re-saving as PDF/DOCX
