"""Identity boxes that arrive as table rows ("Label | value") read like their printed "Label : value" form."""
from __future__ import annotations

from evidence_check.context import PROJECT_RULES
from evidence_check.models import Document, Page
from evidence_check.recognise import load_recognition_rules, recognise_document

RULES = load_recognition_rules((PROJECT_RULES,))

SOP_TABLE = """PEMERINTAH KABUPATEN SUKAMAJU | DINAS KOMUNIKASI DAN INFORMATIKA
Nomor SOP | 045/SOP/DISKOMINFO/2023
Tanggal Pembuatan | 9 Januari 2023
Tanggal Efektif | 16 Januari 2023
Disahkan oleh | Kepala Dinas Komunikasi dan Informatika Kabupaten Sukamaju
ttd
RINA PUSPITASARI, S.Kom.
NIP. 19840603 201207 2 030
Nama SOP | Penggunaan Layanan Pusat Data
Dasar Hukum | 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE
Kualifikasi Pelaksana | Memahami tugas pokok dan fungsi
Peralatan/Perlengkapan | Komputer"""


def _doc(text: str, label: str = "sheet: Identitas") -> Document:
    return Document(path="sop.xlsx", format="xlsx", pages=(Page(1, text, "text", label=label),))


def test_sop_identity_box_in_table_cells_is_enacted():
    d = recognise_document(_doc(SOP_TABLE), RULES)
    assert d.doc_type == "sop" and d.status == "enacted"
    assert d.number == "045/SOP/DISKOMINFO/2023" and d.date == "2023-01-16"
    assert "SOP_NOT_ENACTED" not in {f.code for f in d.findings}


def test_sop_table_without_effective_date_is_not_enacted():
    text = SOP_TABLE.replace("Tanggal Efektif | 16 Januari 2023", "Tanggal Efektif |")
    d = recognise_document(_doc(text), RULES)
    assert d.status != "enacted" and "SOP_NOT_ENACTED" in {f.code for f in d.findings}


def test_attendance_table_header_is_not_a_number():
    text = ("DAFTAR HADIR\nRAPAT REVIU SPBE\nHari/Tanggal: Kamis, 12 Oktober 2023\n"
            "NO | NAMA | NIP | JABATAN/INSTANSI | TANDA TANGAN\n1 | Budi | 1978 | Kepala Dinas |")
    d = recognise_document(Document(path="hadir.pdf", format="pdf", pages=(Page(1, text, "text"),)), RULES)
    assert d.number is None
