"""The fixture factory builds files that the real libraries open and read back (no OCR here)."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps

from tests import docfactory as df

PERBUP = (
    "BUPATI SUKAMAJU\nPROVINSI JAWA TENGAH\n\nPERATURAN BUPATI SUKAMAJU\nNOMOR 12 TAHUN 2023\n"
    "TENTANG\nSISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n\nMenimbang : bahwa untuk mewujudkan tata kelola "
    "pemerintahan yang bersih, efektif, transparan, dan akuntabel perlu penyelenggaraan SPBE."
)


def pdf_text(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def test_text_pdf_has_text_layer_header_footer_and_watermark(tmp_path: Path) -> None:
    path = df.text_pdf(
        tmp_path / "a.pdf",
        [PERBUP, "Pasal 1\nDalam Peraturan Bupati ini yang dimaksud dengan: ..."],
        header="RANCANGAN",
        footer="Halaman {page}",
        watermark="DRAFT",
    )
    pages = pdf_text(path)
    assert len(pages) == 2
    assert "NOMOR 12 TAHUN 2023" in pages[0] and "Menimbang" in pages[0]
    assert "RANCANGAN" in pages[0] and "Halaman 2" in pages[1] and "DRAFT" in pages[1]


def test_text_pdf_long_page_flows_onto_more_pages(tmp_path: Path) -> None:
    long_text = "\n".join(
        f"Pasal {i}\nKetentuan mengenai penyelenggaraan SPBE ayat ({i})." for i in range(1, 80)
    )
    pages = pdf_text(df.text_pdf(tmp_path / "long.pdf", [long_text]))
    assert len(pages) > 2
    assert "Pasal 79" in pages[-1]


def test_text_pdf_is_reproducible(tmp_path: Path) -> None:
    a = df.text_pdf(tmp_path / "a.pdf", [PERBUP]).read_bytes()
    b = df.text_pdf(tmp_path / "b.pdf", [PERBUP]).read_bytes()
    assert a == b


def test_render_page_is_black_text_on_white() -> None:
    image = df.render_page("KEPUTUSAN BUPATI SUKAMAJU", dpi=100)
    assert image.size == (827, 1169)
    assert image.getextrema() == (0, 255)
    assert sum(1 for p in image.tobytes() if p < 128) > 100


def test_scanned_pdf_has_no_text_layer_and_rotates(tmp_path: Path) -> None:
    path = df.scanned_pdf(
        tmp_path / "scan.pdf", [PERBUP, "Pasal 2"], dpi=100, rotate=90, noise=0.005, skew_deg=0.8
    )
    pdf = pdfium.PdfDocument(str(path))
    assert len(pdf) == 2
    width, height = pdf[0].get_size()
    assert width > height  # sideways A4
    assert pdf[0].get_textpage().get_text_range().strip() == ""
    pdf.close()


@pytest.mark.ocr
def test_degraded_sideways_scan_is_still_ocr_able(tmp_path: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    image = df.degrade(df.render_page(PERBUP, dpi=200), rotate=90, noise=0.004, skew_deg=1.0, seed=3)
    upright = image.rotate(90, expand=True)  # what OSD-driven rotation gives the OCR engine
    upright.save(tmp_path / "p.png")
    text = subprocess.run(
        ["tesseract", str(tmp_path / "p.png"), "-", "-l", "ind"], capture_output=True, text=True, check=True
    ).stdout
    assert "PERATURAN BUPATI SUKAMAJU" in text and "NOMOR 12 TAHUN 2023" in text


def test_scanned_pdf_is_reproducible(tmp_path: Path) -> None:
    a = df.scanned_pdf(tmp_path / "a.pdf", [PERBUP], dpi=80, noise=0.01, skew_deg=1).read_bytes()
    b = df.scanned_pdf(tmp_path / "b.pdf", [PERBUP], dpi=80, noise=0.01, skew_deg=1).read_bytes()
    assert a == b


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF"])
def test_image_file_formats(tmp_path: Path, fmt: str) -> None:
    path = df.image_file(tmp_path / f"p.{fmt.lower()}", PERBUP, fmt=fmt, dpi=72)  # type: ignore[arg-type]
    with Image.open(path) as image:
        assert image.format == fmt
        assert image.size == (round(8.27 * 72), round(11.69 * 72))


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_image_file_exif_orientation_restores_upright(tmp_path: Path, orientation: int) -> None:
    upright = df.render_page(PERBUP, dpi=60)
    path = df.image_file(tmp_path / "photo.png", PERBUP, dpi=60, exif_orientation=orientation)
    with Image.open(path) as stored:
        assert stored.getexif()[0x0112] == orientation
        if orientation in (6, 8):
            assert stored.size == (upright.height, upright.width)
        shown = ImageOps.exif_transpose(stored)
        assert shown.size == upright.size
        assert shown.convert("L").tobytes() == upright.tobytes()


def test_image_file_rotate_bakes_in_pixels(tmp_path: Path) -> None:
    path = df.image_file(tmp_path / "side.jpg", PERBUP, fmt="JPEG", dpi=60, rotate=270)
    with Image.open(path) as image:
        assert image.width > image.height
        assert 0x0112 not in image.getexif()


def test_docx_file_body_header_footer_tables_textbox(tmp_path: Path) -> None:
    import docx

    path = df.docx_file(
        tmp_path / "sk.docx",
        ["KEPUTUSAN BUPATI SUKAMAJU", "MEMUTUSKAN:"],
        header="RANCANGAN",
        footer="hal. 1",
        tables=[[["No", "Jabatan", "Kedudukan"], ["1", "Sekretaris Daerah", "Ketua"]]],
        textbox="Nomor SOP: 001/SOP/DISKOMINFO/2023",
    )
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs if p.text] == ["KEPUTUSAN BUPATI SUKAMAJU", "MEMUTUSKAN:"]
    assert document.sections[0].header.paragraphs[0].text == "RANCANGAN"
    assert document.sections[0].footer.paragraphs[0].text == "hal. 1"
    assert document.tables[0].cell(1, 1).text == "Sekretaris Daerah"
    textbox = document.element.body.xpath(".//w:txbxContent//w:t")
    assert [t.text for t in textbox] == ["Nomor SOP: 001/SOP/DISKOMINFO/2023"]


def test_xlsx_and_ods_round_trip(tmp_path: Path) -> None:
    from odf.opendocument import load
    from odf.table import Table, TableCell
    from openpyxl import load_workbook

    sheets = {"Identitas": [["Nomor SOP", "001/SOP/2023"], ["Jumlah", 3]], "Kegiatan": [["No", "Kegiatan"]]}
    workbook = load_workbook(df.xlsx_file(tmp_path / "sop.xlsx", sheets))
    assert workbook.sheetnames == ["Identitas", "Kegiatan"]
    assert workbook["Identitas"]["B2"].value == 3
    ods = load(str(df.ods_file(tmp_path / "sop.ods", sheets)))
    tables = ods.spreadsheet.getElementsByType(Table)
    assert [t.getAttribute("name") for t in tables] == ["Identitas", "Kegiatan"]
    cells = [str(c) for c in tables[0].getElementsByType(TableCell)]
    assert cells == ["Nomor SOP", "001/SOP/2023", "Jumlah", "3"]


def test_pptx_file_titles_bodies_notes(tmp_path: Path) -> None:
    from pptx import Presentation

    path = df.pptx_file(
        tmp_path / "paparan.pptx",
        [
            ("Evaluasi SPBE 2023", "Indeks 2,65\nPredikat Baik", "catatan"),
            ("Rencana Tindak Lanjut", "Arsitektur SPBE", ""),
        ],
    )
    deck = Presentation(str(path))
    assert len(deck.slides) == 2
    first = deck.slides[0]
    assert first.shapes.title.text == "Evaluasi SPBE 2023"
    assert "Predikat Baik" in first.placeholders[1].text_frame.text
    assert first.notes_slide.notes_text_frame.text == "catatan"


def test_office_files_are_reproducible(tmp_path: Path) -> None:
    sheets = {"Data": [["Aplikasi", "Pemilik"], ["SRIKANDI", "Diskominfo"]]}
    for name in ("a", "b"):
        df.docx_file(tmp_path / f"{name}.docx", ["Pasal 1"])
        df.xlsx_file(tmp_path / f"{name}.xlsx", sheets)
        df.ods_file(tmp_path / f"{name}.ods", sheets)
        df.pptx_file(tmp_path / f"{name}.pptx", [("Judul", "Isi", "")])
    for ext in ("docx", "xlsx", "ods", "pptx"):
        assert (tmp_path / f"a.{ext}").read_bytes() == (tmp_path / f"b.{ext}").read_bytes(), ext


def test_zip_file_members(tmp_path: Path) -> None:
    inner = df.text_pdf(tmp_path / "in.pdf", ["Notulen Rapat"])
    path = df.zip_file(tmp_path / "bukti.zip", {"Notulen.pdf": inner, "catatan.txt": b"Daftar hadir"})
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["Notulen.pdf", "catatan.txt"]
        assert archive.read("Notulen.pdf") == inner.read_bytes()


def test_broken_pdf_fails_to_open(tmp_path: Path) -> None:
    path = df.broken_pdf(tmp_path / "broken.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(str(path))


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    path = df.encrypted_pdf(tmp_path / "secret.pdf")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(str(path))
    pdf = pdfium.PdfDocument(str(path), password="rahasia")
    assert "Audit TIK" in pdf[0].get_textpage().get_text_range()
    pdf.close()


def test_owner_only_pdf_opens_without_password(tmp_path: Path) -> None:
    path = df.owner_only_pdf(tmp_path / "owner.pdf")
    assert b"/Encrypt" in path.read_bytes()
    pdf = pdfium.PdfDocument(str(path))
    assert "SISTEM PEMERINTAHAN" in pdf[0].get_textpage().get_text_range()
    pdf.close()


def test_find_font_prefers_installed_ttf() -> None:
    font = df.find_font()
    assert font is None or font.suffix == ".ttf"


# ---------------------------------------------------------------------------------------------- doctexts
def test_enacted_perbup_has_regulation_frame() -> None:
    from tests import doctexts as tx

    text = "\n".join(tx.perkada_spbe())
    for cue in (
        "PERATURAN BUPATI SUKAMAJU",
        "NOMOR 12 TAHUN 2023",
        "Menimbang",
        "Mengingat",
        "MEMUTUSKAN:",
        "KETENTUAN UMUM",
        "Arsitektur SPBE adalah",
        "Ditetapkan di Sukamaju",
        "Diundangkan di Sukamaju",
        "BERITA DAERAH KABUPATEN SUKAMAJU TAHUN 2023 NOMOR 12",
        "ttd",
    ):
        assert cue in text, cue
    assert "RANCANGAN" not in text


def test_draft_perbup_has_draft_cues_and_no_signature() -> None:
    from tests import doctexts as tx

    text = "\n".join(tx.rancangan_perkada_spbe(year=2024))
    assert text.startswith("RANCANGAN")
    assert "NOMOR      TAHUN 2024" in text
    assert "ttd" not in text
    assert text.rstrip().endswith("NOMOR")  # Berita Daerah line without year or number


def test_kota_documents_name_the_wali_kota() -> None:
    from tests import doctexts as tx

    text = "\n".join(tx.perkada_spbe(tx.MEKARSARI))
    assert "PERATURAN WALI KOTA MEKARSARI" in text and "Berita Daerah Kota Mekarsari" in text
    assert "Bupati" not in text and "BUPATI" not in text


def test_placeholder_sk_is_a_draft_despite_salinan_and_ttd() -> None:
    from tests import doctexts as tx

    text = "\n".join(tx.keputusan_tim_koordinasi(placeholders=True))
    assert text.startswith("SALINAN") and "ttd" in text
    assert "NOMOR 100.3.3.2/XXX/2023" in text and "pada tanggal XX XXX 2023" in text
    assert "RANCANGAN" not in text


def test_unsigned_sk_and_unapproved_sop() -> None:
    from tests import doctexts as tx

    assert "ttd" in "\n".join(tx.keputusan_tim_koordinasi())
    assert "ttd" not in "\n".join(tx.keputusan_tim_koordinasi(signed=False))
    unapproved = dict(tx.sop_identity_rows(spec=tx.SopSpec(approved=False, effective=None))[1:])
    assert unapproved["Disahkan oleh"] == "" and unapproved["Tanggal Efektif"] == ""


@pytest.mark.parametrize("pages", [3, 20, 45])
def test_long_documents_hit_the_requested_page_count(pages: int) -> None:
    from tests import doctexts as tx

    assert len(tx.laporan_monev(n_pages=pages)) == pages
    assert len(tx.laporan_audit_tik(n_pages=pages)) == pages
    assert len(tx.dokumen_perencanaan(n_pages=pages)) == pages
    assert len(tx.perkada_spbe(spec=tx.RegSpec(lampiran_pages=pages))) == len(tx.perkada_spbe()) + pages


def test_every_page_fits_one_pdf_page(tmp_path: Path) -> None:
    from tests import doctexts as tx

    pages = tx.perkada_spbe(spec=tx.RegSpec(lampiran_pages=2)) + tx.sop_ap() + tx.notulen_rapat()
    assert len(pdf_text(df.text_pdf(tmp_path / "all.pdf", pages))) == len(pages)
    assert all(len(page.splitlines()) <= tx.LINES_PER_PAGE for page in pages)


def test_nip_is_eighteen_digits() -> None:
    from tests import doctexts as tx

    assert len(tx.nip("RINA PUSPITASARI").replace(" ", "")) == 18


# ---------------------------------------------------------------------------------------------- corpus
def _corpus_module() -> object:
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("benchmarks_corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_plan_hits_its_targets_and_is_deterministic() -> None:
    corpus = _corpus_module()
    plans = corpus.plan_corpus(200, 1, target_pages=3000, target_scan_pages=200)  # type: ignore[attr-defined]
    again = corpus.plan_corpus(200, 1, target_pages=3000, target_scan_pages=200)  # type: ignore[attr-defined]
    assert [p.path for p in plans] == [p.path for p in again]
    assert len(plans) == 200 and len({p.path for p in plans}) == 200
    scans = [p for p in plans if p.fmt == "scan"]
    assert 35 <= len(scans) <= 45 and sum(p.pages for p in scans) == 200
    assert sum(corpus._fixed_pages(p) for p in plans) == pytest.approx(3000, rel=0.05)  # type: ignore[attr-defined]
    assert {"docx", "xlsx", "pptx", "ods", "zip"} <= {p.fmt for p in plans}


@pytest.mark.slow
def test_corpus_small_builds_every_planned_file(tmp_path: Path) -> None:
    corpus = _corpus_module()
    plans = corpus.plan_corpus(20, 1, target_pages=200, target_scan_pages=10)  # type: ignore[attr-defined]
    results = corpus.generate(tmp_path / "c", plans, 1)  # type: ignore[attr-defined]
    assert {r[0] for r in results} == {p.path for p in plans}
    assert 150 <= sum(r[1] for r in results) <= 250
    assert 8 <= sum(r[2] for r in results) <= 14
