"""Extraction of every supported format from fixture documents built in code."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docfactory as f
import pytest
from conftest import needs_tesseract

from evidence_check.extract import extract_path
from evidence_check.extract.formats import sniff

PERBUP = [
    "BUPATI SUKAMAJU\nPROVINSI JAWA TENGAH\nPERATURAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN 2023\nTENTANG\n"
    "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,",
    "Ditetapkan di Sukamaju\npada tanggal 31 Agustus 2023\nBUPATI SUKAMAJU,\nttd\nAHMAD SUBAGJA",
]


def one(path: Path, opts, rel: str | None = None):
    docs = extract_path(path, rel or path.name, opts)
    assert len(docs) == 1, docs
    return docs[0]


def codes(doc) -> set[str]:
    return {x.code for x in doc.findings}


def test_text_pdf_pages_and_method(tmp_path, opts):
    doc = one(f.text_pdf(tmp_path / "perbup.pdf", PERBUP), opts)
    assert doc.format == "pdf" and doc.page_count == 2 and len(doc.pages) == 2
    assert all(p.method == "text" for p in doc.pages)
    assert "NOMOR 12 TAHUN 2023" in doc.pages[0].text
    assert "31 Agustus 2023" in doc.pages[1].text
    assert doc.extraction.method == "text" and doc.extraction.ocr_pages == 0
    assert len(doc.sha256) == 64 and doc.size > 0
    assert not {c for c in codes(doc) if c != "EXTENSION_MISMATCH"}


def test_docx_reads_header_tables_and_textbox(tmp_path, opts):
    path = f.docx_file(
        tmp_path / "rancangan.docx",
        ["KEPUTUSAN BUPATI SUKAMAJU", "TENTANG TIM KOORDINASI SPBE"],
        header="RANCANGAN",
        footer="Halaman 1",
        tables=[[["No", "Jabatan dalam Tim"], ["1", "Pengarah: Sekretaris Daerah"]]],
        textbox="KONSEP PARAF KOORDINASI",
    )
    doc = one(path, opts)
    body = "\n".join(p.text for p in doc.pages if not p.label)
    labelled = {p.label: p.text for p in doc.pages if p.label}
    assert "TENTANG TIM KOORDINASI SPBE" in body
    assert "Pengarah: Sekretaris Daerah" in body and "|" in body  # table cells kept, as a row
    assert "KONSEP PARAF KOORDINASI" in body  # text box text
    assert body.count("KONSEP PARAF KOORDINASI") == 1  # mc:Fallback copies are not read twice
    assert "RANCANGAN" in labelled["header"] and "RANCANGAN" not in body
    assert "Halaman 1" in labelled["footer"]


def test_xlsx_and_ods_cells_per_sheet(tmp_path, opts):
    rows = [["Nomor SOP", "045/SOP/DISKOMINFO/2023"], ["Tanggal Efektif", "2 Januari 2023"], [None, 7]]
    for path in (f.xlsx_file(tmp_path / "sop.xlsx", {"Identitas": rows, "Kegiatan": [["No", "Uraian"]]}),
                 f.ods_file(tmp_path / "sop.ods", {"Identitas": rows, "Kegiatan": [["No", "Uraian"]]})):
        doc = one(path, opts)
        assert [p.label for p in doc.pages] == ["sheet: Identitas", "sheet: Kegiatan"], path
        assert "Nomor SOP | 045/SOP/DISKOMINFO/2023" in doc.pages[0].text
        assert "7" in doc.pages[0].text


def test_pptx_slides_and_notes(tmp_path, opts):
    path = f.pptx_file(tmp_path / "paparan.pptx", [("Evaluasi SPBE 2024", "Indeks 2,81 Baik", "sampaikan target 3,0"),
                                                   ("Rencana Aksi", "Arsitektur SPBE", "")])
    doc = one(path, opts)
    assert len(doc.pages) == 2 and doc.pages[0].label == "slide 1"
    assert "Indeks 2,81 Baik" in doc.pages[0].text and "sampaikan target 3,0" in doc.pages[0].text


def test_txt_and_html(tmp_path, opts):
    t = one(f.text_file(tmp_path / "catatan.txt", "NOTULEN RAPAT\nReviu SPBE", encoding="cp1252"), opts)
    assert "Reviu SPBE" in t.text and t.format == "txt"
    h = one(f.html_file(tmp_path / "portal.html", "Portal Data", ["Katalog data terbuka", "<script>x</script>"]), opts)
    assert "Katalog data terbuka" in h.text and h.format == "html"


def test_zip_members_named_with_bang(tmp_path, opts):
    pdf = f.text_pdf(tmp_path / "src.pdf", PERBUP)
    z = f.zip_file(tmp_path / "bundle.zip", {"Indikator 1/perbup.pdf": pdf, "notes/readme.txt": b"Daftar bukti dukung"})
    docs = extract_path(z, "bundle.zip", opts)
    paths = [d.path for d in docs]
    assert paths[0] == "bundle.zip" and "bundle.zip!/Indikator 1/perbup.pdf" in paths
    member = next(d for d in docs if d.path.endswith("perbup.pdf"))
    assert "NOMOR 12 TAHUN 2023" in member.text


def test_zip_refuses_traversal_and_bombs(tmp_path, opts):
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("../../escape.txt", "keluar")
        zf.writestr("/abs/path.txt", "absolut")
        zf.writestr("ok.txt", "Dokumen baik")
    docs = extract_path(z, "evil.zip", opts)
    assert [d.path for d in docs] == ["evil.zip", "evil.zip!/ok.txt"]
    skipped = [x for x in docs[0].findings if x.code == "ARCHIVE_MEMBER_SKIPPED"]
    assert len(skipped) == 2
    assert not (tmp_path.parent / "escape.txt").exists()
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.txt", b"\0" * (60 * 1024 * 1024))
    docs = extract_path(bomb, "bomb.zip", opts)
    assert "TOO_LARGE" in codes(docs[0])


@pytest.mark.parametrize("maker,code", [
    (lambda p: f.broken_pdf(p / "rusak.pdf"), "UNREADABLE"),
    (lambda p: f.encrypted_pdf(p / "terkunci.pdf"), "ENCRYPTED"),
    (lambda p: (p / "kosong.pdf").write_bytes(b"") and p / "kosong.pdf" or p / "kosong.pdf", "EMPTY_FILE"),
    (lambda p: (p / "data.rar").write_bytes(b"Rar!\x1a\x07\x00" + b"x" * 100) and p / "data.rar", "UNSUPPORTED_FORMAT"),
])
def test_bad_files_become_findings(tmp_path, opts, maker, code):
    path = maker(tmp_path)
    doc = one(path, opts)
    assert code in codes(doc), doc.findings
    finding = next(x for x in doc.findings if x.code == code)
    assert finding.severity == "error" and finding.message and finding.fix


def test_owner_password_only_is_read(tmp_path, opts):
    doc = one(f.owner_only_pdf(tmp_path / "owner.pdf"), opts)
    assert "ENCRYPTED" not in codes(doc)
    assert "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK" in doc.text


def test_extension_that_lies(tmp_path, opts):
    real_pdf = f.text_pdf(tmp_path / "x.pdf", PERBUP)
    liar = tmp_path / "scan.jpg"
    liar.write_bytes(real_pdf.read_bytes())
    doc = one(liar, opts)
    assert doc.format == "pdf" and "EXTENSION_MISMATCH" in codes(doc)
    assert "NOMOR 12 TAHUN 2023" in doc.text


def test_sniff_magic_bytes():
    assert sniff(b"%PDF-1.7\n", "a.docx") == "pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n....", "a.pdf") == "image"
    assert sniff(b"Halo dunia", "a.bin") == "txt"
    assert sniff(b"\x00\x01\x02\x03" * 100, "a.pdf") == "unknown"


@needs_tesseract
@pytest.mark.ocr
def test_garbage_text_layer_is_ocrd(tmp_path, opts):
    from evidence_check.extract.quality import needs_ocr

    bad, q = needs_ocr("PEMERlNTAH KABUPATEIV SUKAMAJlJ NOMOR 12 TAHUlV 202l tentaug sistern pemerintahau")
    assert bad and q is not None and q < 0.55
    good, q2 = needs_ocr("PEMERINTAH KABUPATEN SUKAMAJU NOMOR 12 TAHUN 2021 tentang sistem pemerintahan berbasis")
    assert not good and q2 > 0.8


@needs_tesseract  # the word lists come from Tesseract's language data
def test_encoded_blocks_do_not_send_a_page_to_ocr():
    """A CSIRT profile prints its PGP key, an e-signed act a hash: right as they are, not words, and OCR
    reads them no better. Only the rest of the page is scored; glyph soup in running text still is."""
    import base64
    import random

    from evidence_check.extract.quality import needs_ocr, without_encoded_blocks

    rnd = random.Random(7)
    armour = [base64.b64encode(bytes(rnd.randrange(256) for _ in range(48))).decode() for _ in range(14)]
    page = "\n".join(["2.8. Kunci Publik (Public Key) dan Informasi Enkripsi lain", "Bits : 4096",
                      "-----BEGIN PGP PUBLIC KEY BLOCK-----", *armour, "-----END PGP PUBLIC KEY BLOCK-----",
                      "2.9. Sumber Informasi Lain", "Informasi mengenai tim tanggap insiden dapat dilihat pada laman"])
    bad, q = needs_ocr(page)
    assert not bad and q is not None and q > 0.8
    assert "BEGIN PGP" not in without_encoded_blocks(page) and "Kunci Publik" in without_encoded_blocks(page)
    # the next page holds the rest of the block, its short last lines included
    rest = "\n".join([*armour[:5], "ak+xBC", "=Qx3v", "-----END PGP PUBLIC KEY BLOCK-----", "3. Piagam (Charter)",
                      "Misi utama tim adalah menanggulangi insiden keamanan informasi di lingkungan pemerintah"])
    assert without_encoded_blocks(rest).splitlines() == rest.splitlines()[-2:]
    assert not needs_ocr(rest)[0]
    # the same amount of letter soup as words on lines is still garbage
    soup = " ".join("".join(rnd.choice("bcdfghjklmnpqrstvwxz") for _ in range(7)) for _ in range(120))
    assert needs_ocr("Kunci Publik dan Informasi\n" + soup)[0]
    # ordinary capitals, a long number or a letter number are not encoded blocks
    plain = "PEMERINTAHKABUPATENSUKAMAJU\n12345678901234567890\n050/112/Diskominfo/2025"
    assert without_encoded_blocks(plain) == plain


def _tariff_page() -> list[str]:
    rows = [f"{i + 1}. Tarif Retribusi Bgnn Trmnl Pkrgn Kls {'ABC'[i % 3]} Rp {12500 + i * 250:,} Kd 4.1.2.{i:02d}"
            for i in range(24)]
    return ["LAMPIRAN TARIF RETRIBUSI", *rows]


def _pdf_with_lines(path: Path, lines: list[str], with_image: bool) -> Path:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    for n, line in enumerate(lines):
        c.drawString(50, 800 - 14 * n, line)
    if with_image:  # a stamp or logo: the page is no longer drawn as text alone
        c.drawImage(ImageReader(Image.new("L", (120, 120), 128)), 400, 60, 80, 80)
    c.save()
    return path


@needs_tesseract
def test_low_scoring_vector_table_is_kept_without_ocr(tmp_path, opts, monkeypatch):
    """A tariff table drawn as text scores low on known words (abbreviations, codes) but is the source's own
    text: no OCR is spent on it. The same layer on a page that carries an image is still checked by OCR."""
    from evidence_check.extract import pdf as pdfmod
    from evidence_check.extract.quality import needs_ocr

    lines = _tariff_page()
    bad, q = needs_ocr("\n".join(lines))
    assert bad and q is not None and pdfmod.VECTOR_MIN_QUALITY <= q  # the case the rule is for
    asked: list[list[int]] = []
    real = pdfmod._ocr_pages

    def spy(pdf, indexes, *a, **k):  # noqa: ANN001, ANN002, ANN003
        asked.append(list(indexes))
        return real(pdf, indexes, *a, **k)

    monkeypatch.setattr(pdfmod, "_ocr_pages", spy)
    vector = pdfmod.extract_pdf(_pdf_with_lines(tmp_path / "tarif.pdf", lines, with_image=False), opts)
    assert asked == [[]] and vector.pages[0].method == "text" and "Bgnn Trmnl" in vector.pages[0].text
    pdfmod.extract_pdf(_pdf_with_lines(tmp_path / "tarif_cap.pdf", lines, with_image=True), opts)
    assert asked[-1] == [0]
