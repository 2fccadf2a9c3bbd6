"""Issue 11: document kinds that are not the act, and agreements (each rule: a positive and a negative)."""
from __future__ import annotations

from recognise_support import ENACTED_CLOSING, perbup, recognise, rule_ids

ABSTRAK = """ABSTRAK
PERATURAN DAERAH KABUPATEN SUKAMAJU NOMOR 8 TAHUN 2025 TENTANG PERUBAHAN ATAS
PERATURAN DAERAH NOMOR 1 TAHUN 2024
TENTANG PAJAK DAERAH DAN RETRIBUSI DAERAH
T.E.U. BADAN/PENGARANG : SUKAMAJU (KABUPATEN)
SUMBER : LD KABUPATEN SUKAMAJU TAHUN 2025 NOMOR 8, 127 HLM
SUBJEK : PAJAK DAERAH - RETRIBUSI DAERAH
STATUS PERATURAN : Mengubah Peraturan Daerah Nomor 1 Tahun 2024
ABSTRAK : - bahwa untuk melaksanakan Pasal 94 Undang-Undang Nomor 1 Tahun 2022 perlu menetapkan Perda.
- Dasar hukum Peraturan Daerah ini adalah Undang-Undang Nomor 1 Tahun 2022.
- Dalam Peraturan Daerah ini diatur tentang tarif pajak dan retribusi daerah.
CATATAN : - Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
"""

PKS = """PERJANJIAN KERJA SAMA
ANTARA
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SUKAMAJU
DENGAN
BADAN PENDAPATAN DAERAH KABUPATEN SUKAMAJU
NOMOR : 470/112/DKPS/2024
NOMOR : 900/45/BAPENDA/2024
TENTANG
PEMANFAATAN NOMOR INDUK KEPENDUDUKAN, DATA KEPENDUDUKAN DAN KARTU TANDA PENDUDUK ELEKTRONIK
Pada hari ini Senin tanggal dua puluh dua bulan Juli tahun dua ribu dua puluh empat, kami:
1. SRI WAHYUNI, Kepala Dinas Kependudukan dan Pencatatan Sipil, selanjutnya disebut PIHAK PERTAMA;
2. AGUS SALIM, Kepala Badan Pendapatan Daerah, selanjutnya disebut PIHAK KEDUA.
Hasil kerja sama dilaporkan dan dievaluasi setiap tahun; rekomendasi tindak lanjut disampaikan kepada Bupati.
"""

PPAS = """NOTA KESEPAKATAN
ANTARA
PEMERINTAH PROVINSI SULAWESI TENGAH
DENGAN
DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI SULAWESI TENGAH
NOMOR : 903/2211/BPKAD
NOMOR : 160/114/DPRD
TENTANG
PRIORITAS DAN PLAFON ANGGARAN SEMENTARA
ANGGARAN PENDAPATAN DAN BELANJA DAERAH TAHUN ANGGARAN 2025
Yang bertanda tangan bertindak atas nama Pemerintah Provinsi, selanjutnya disebut PIHAK PERTAMA,
dan atas nama DPRD, selanjutnya disebut PIHAK KEDUA, sepakat atas Plafon Anggaran Sementara (PPAS).
"""

REPORT = """LAPORAN KAJIAN
KEAMANAN FISIK PUSAT DATA KABUPATEN SUKAMAJU
ABSTRAK
Kajian ini menilai keamanan fisik pusat data. Kontrak pengadaan menyebut penyedia sebagai pihak pertama
dan dinas sebagai pihak kedua; rekomendasi dan tindak lanjut diuraikan pada Bab V.
KATA PENGANTAR
Sumber : Dinas Komunikasi dan Informatika, 2024
"""


def test_jdih_abstract_is_not_the_act() -> None:
    doc = recognise(ABSTRAK)
    assert doc.doc_type == "lainnya" and "lainnya.jdih_abstract" in rule_ids(doc, "doc_type")
    assert doc.status != "draft"


def test_the_act_itself_is_still_the_act() -> None:
    doc = recognise(perbup(number="8", closing=ENACTED_CLOSING))
    assert doc.doc_type == "perkada" and "lainnya.jdih_abstract" not in rule_ids(doc, "doc_type")


def test_agreement_is_lainnya_with_its_subtype_not_a_report() -> None:
    doc = recognise(PKS)
    assert doc.doc_type == "lainnya" and doc.subtype == "perjanjian_kerja_sama"


def test_budget_agreement_with_the_dprd_is_a_planning_document() -> None:
    doc = recognise(PPAS)
    assert doc.doc_type == "dokumen_perencanaan"
    assert "dokumen_perencanaan.kua_ppas" in rule_ids(doc, "doc_type")


def test_report_with_an_abstract_heading_and_parties_in_prose_stays_a_report() -> None:
    doc = recognise(REPORT)
    assert doc.doc_type == "laporan"
    assert "lainnya.jdih_abstract" not in rule_ids(doc, "doc_type")


def test_agreement_on_a_scan_with_ocr_noise() -> None:
    doc = recognise(PKS.replace("PERJANJIAN KERJA SAMA", "PERJANJlAN KERJA SAMA"), method="ocr")
    assert doc.doc_type == "lainnya"


# --- year from the dates a numberless document carries ---------------------------------------------------
AGENDA = """Daftar Agenda ke - 2
Uraian/Perihal Undangan Rapat Koordinasi Satu Data
Tanggal & Waktu Kegiatan 27 Mar 2026 - 08:00 s/d Selesai
Daftar Agenda ke - 3
Uraian/Perihal Permohonan Bantuan Personil
Tanggal & Waktu Kegiatan 01 Jan 1970 - 08:00 s/d Selesai
Daftar Agenda ke - 4
Uraian/Perihal Bimbingan Teknis
Tanggal & Waktu Kegiatan 30 Mar 2026 - 09:00 s/d Selesai
"""


def test_year_of_a_numberless_printout_from_its_dates() -> None:
    assert recognise(AGENDA).year == 2026  # the 1970 epoch default of an empty field is not a date


def test_dates_that_disagree_give_no_year() -> None:
    split = AGENDA.replace("30 Mar 2026", "30 Mar 2025")
    assert recognise(split).year is None  # one 2026, one 2025: unknown beats a guess


APBD_PERDA = """RANCANGAN PERATURAN DAERAH PROVINSI SULAWESI TENGAH
NOMOR 6 TAHUN 2024
TENTANG
PERUBAHAN ANGGARAN PENDAPATAN DAN BELANJA DAERAH TAHUN ANGGARAN 2024
DENGAN RAHMAT TUHAN YANG MAHA ESA
GUBERNUR SULAWESI TENGAH,
Menimbang : a. bahwa sehubungan dengan perkembangan yang tidak sesuai dengan asumsi
kebijakan umum APBD dan prioritas dan plafon anggaran sementara perlu dilakukan Perubahan APBD;
Mengingat : 1. Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara;
Pasal 7
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
Ditetapkan di Palu
pada tanggal 4 Oktober 2024
GUBERNUR SULAWESI TENGAH,
TTD
RUSDY MASTURA
Diundangkan di Palu
pada tanggal 4 Oktober 2024
SEKRETARIS DAERAH PROVINSI SULAWESI TENGAH,
TTD
NOVALINA
LEMBARAN DAERAH PROVINSI SULAWESI TENGAH TAHUN 2024 NOMOR 6
"""


def test_an_apbd_regulation_citing_the_budget_policy_stays_a_regulation() -> None:
    """Every APBD regulation cites the kebijakan umum APBD and the PPAS in its considerations: that is not
    the KUA/PPAS agreement. Its leftover RANCANGAN heading is excused by the filled register (enacted)."""
    doc = recognise(APBD_PERDA)
    assert doc.doc_type == "perda" and "dokumen_perencanaan.kua_ppas" not in rule_ids(doc, "doc_type")
    assert doc.status == "enacted"


SIGNED_PKS_TAIL = """Pasal 12
Penutup
Demikian Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua), masing-masing dibubuhi materai cukup dan
mempunyai kekuatan hukum yang sama setelah ditandatangani PARA PIHAK.
PIHAK KEDUA, PIHAK KESATU,
AGUS SALIM SRI WAHYUNI
NIP. 19700101 199503 1 002 NIP. 19610324 199602 2 001
"""


def test_a_scanned_agreement_with_its_signature_blocks_is_enacted() -> None:
    """Agreements have no Ditetapkan block: a scan of the closing sentence and the parties' signature
    blocks is a signed copy. The same words on a text layer (a Word export) prove nothing."""
    scanned = recognise(PKS + "\f" + SIGNED_PKS_TAIL, method="ocr")
    assert scanned.status == "enacted" and "enacted.agreement_signed_scan" in rule_ids(scanned, "status")
    typed = recognise(PKS + "\f" + SIGNED_PKS_TAIL)
    assert typed.status != "enacted" or "enacted.agreement_signed_scan" not in rule_ids(typed, "status")
    # a scan without the parties' blocks after the closing sentence is not evidence of signing
    unsigned = recognise(PKS + "\f" + SIGNED_PKS_TAIL.split("PIHAK KEDUA, PIHAK KESATU")[0], method="ocr")
    assert "enacted.agreement_signed_scan" not in rule_ids(unsigned, "status")


def test_a_forms_control_number_without_a_colon_is_read() -> None:
    """'No. 706 / 6 / 1.1 / 114 / 2022' on a form's header is its number; 'No.' heading a column is not."""
    form = recognise("FORMULIR INSIDEN KEAMANAN INFORMASI\nNo. 706 / 6 / 1.1 / 114 / 2022\n"
                     "Tanggal Tanggal bulan 2022\nNama :\nNIP/NIK :\n")
    assert form.number == "706/6/1.1/114/2022" and form.year == 2022
    table = recognise("DAFTAR HADIR RAPAT KOORDINASI\nNo. Nama Jabatan\n1. Budi Kepala Bidang\n2. Ani Staf\n")
    assert table.number is None
