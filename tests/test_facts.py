"""Facts read from document text (issue 11): each fact and finding with a positive and a negative case.

Documents are built from text through the real recognition stage (tests/recognise_support.py); the
file-level engines (pdfplumber tables, pdfsig, QR codes, OCR) are covered in test_facts_files.py.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence_check.context import PROJECT_RULES
from evidence_check.errors import RuleError
from evidence_check.extract.signatures import parse_pdfsig
from evidence_check.recognise import load_recognition_rules

from .recognise_support import codes, recognise

RKA = """PEMERINTAH KABUPATEN SUKAMAJU
RENCANA KERJA DAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH
Tahun Anggaran 2026
Urusan Pemerintahan : 2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR
Bidang Urusan : 2.16 URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA
Program : 2.16.03 PROGRAM PENGELOLAAN APLIKASI INFORMATIKA
Kegiatan : 2.16.03.2.02 Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota
{sub}
Kode Rekening Uraian Jumlah
5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor 2.500.000,00
5.1.02.02.01.0026 Belanja Jasa Tenaga Administrasi 36.000.000,00
"""
SUB = "Sub Kegiatan : 2.16.03.2.02.0037 Koordinasi dan Sinkronisasi Penerapan SPBE 150.000.000,00"


def _facts_ev(doc, name: str) -> list[str]:
    return [e.text for e in doc.evidence if e.field == f"fact.{name}"]


# ------------------------------------------------------------------------------------------ budget
@pytest.mark.parametrize("method", ["text", "ocr"])
def test_rka_lists_codes_at_every_level_and_skips_account_codes(method: str) -> None:
    doc = recognise(RKA.format(sub=SUB), method=method)
    got = {(c["code"], c["level"]) for c in doc.facts["budget_codes"]}
    assert got == {("2.16", "urusan"), ("2.16.03", "program"), ("2.16.03.2.02", "kegiatan"),
                   ("2.16.03.2.02.0037", "sub_kegiatan")}
    sub = next(c for c in doc.facts["budget_codes"] if c["level"] == "sub_kegiatan")
    assert sub["name"] == "Koordinasi dan Sinkronisasi Penerapan SPBE" and sub["page"] == 1  # amount cut off
    assert doc.facts["budget_recap"] is False
    assert any("2.16.03.2.02.0037" in t for t in _facts_ev(doc, "budget_codes"))


def test_rka_without_sub_activity_is_a_recap() -> None:
    doc = recognise(RKA.format(sub="Rekapitulasi Belanja menurut Program dan Kegiatan"))
    assert {c["level"] for c in doc.facts["budget_codes"]} == {"urusan", "program", "kegiatan"}
    assert doc.facts["budget_recap"] is True
    assert _facts_ev(doc, "budget_recap") == ["Rekapitulasi Belanja menurut Program dan Kegiatan"]


def test_codes_with_spaces_and_unlabelled_table_lines() -> None:
    text = ("RENCANA KERJA PEMERINTAH DAERAH (RKPD) KABUPATEN SUKAMAJU TAHUN 2026\n"
            "2 . 16 . 03 PROGRAM PENGELOLAAN APLIKASI INFORMATIKA\n"
            "2.16.03.2.02 Pengelolaan e-Government\n"
            "2.16.03.2.02.0037 Koordinasi dan Sinkronisasi Penerapan SPBE 10 dokumen 150.000.000\n")
    doc = recognise(text)
    assert [c["code"] for c in doc.facts["budget_codes"]] == ["2.16.03", "2.16.03.2.02", "2.16.03.2.02.0037"]
    assert doc.facts["plan_years"] == [2026, 2026]


def test_numbers_in_a_letter_are_no_budget_codes() -> None:
    doc = recognise("SURAT UNDANGAN\nNomor : 005/123/2024\nRapat pada pukul 09.00 tanggal 1.02.2024\n"
                    "Versi aplikasi 1.20.30 telah dipasang.\nAnggaran Rp 2.500.000,00")
    assert "budget_codes" not in doc.facts and "budget_recap" not in doc.facts


# ------------------------------------------------------------------------------------------ plan years
@pytest.mark.parametrize(("heading", "years"), [
    ("RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH (RPJMD)\nKABUPATEN SUKAMAJU\nTAHUN 2025–2029", [2025, 2029]),
    ("RENCANA STRATEGIS (RENSTRA)\nDINAS KOMUNIKASI DAN INFORMATIKA\nTAHUN 2021-2026", [2021, 2026]),
    ("RENCANA KERJA PERANGKAT DAERAH (RENJA)\nDINAS KOMUNIKASI DAN INFORMATIKA\nTAHUN 2026", [2026, 2026]),
    ("PETA RENCANA SPBE KABUPATEN SUKAMAJU TAHUN 2024 s.d. 2026", [2024, 2026]),
])
def test_plan_years(heading: str, years: list[int]) -> None:
    doc = recognise(heading + "\nBAB I PENDAHULUAN\nLatar belakang penyusunan dokumen ini.")
    assert doc.facts["plan_years"] == years
    assert _facts_ev(doc, "plan_years")


def test_plan_years_come_from_the_heading_not_from_cited_plans() -> None:
    renja = recognise("RENCANA KERJA (RENJA)\nDINAS KOMUNIKASI DAN INFORMATIKA\nTAHUN 2026\nBAB I PENDAHULUAN\n"
                      "Renja ini disusun berpedoman pada Renstra Dinas 2025-2029 dan RKPD Tahun 2026 serta memuat "
                      "Rencana Aksi Pemerintah Digital yang diturunkan dari rencana nasional.")
    assert renja.facts["plan_years"] == [2026, 2026]
    report = recognise("LAPORAN PELAKSANAAN KOLABORASI ANTAR PERANGKAT DAERAH\nSEMESTER I TAHUN 2026\n"
                       "Kolaborasi dilaksanakan sesuai Rencana Aksi dalam Renja Dinas Komunikasi dan Informatika "
                       "Tahun 2026 dan dikoordinasikan oleh Tim Koordinasi.")
    assert "plan_years" not in report.facts


def test_an_invitation_to_a_planning_forum_has_no_plan_years() -> None:
    doc = recognise("PEMERINTAH KABUPATEN CIAMIS\nUNDANGAN\nNomor : 005/12/Bappeda\n"
                    "Undangan Pra Musrenbang RKPD Kabupaten Ciamis Tahun 2027\nHari/Tanggal : Senin, 2 Maret 2026")
    assert "plan_years" not in doc.facts


# ------------------------------------------------------------------------------------------ index results
IKASANDI = """LAPORAN HASIL PENGUKURAN
INDEKS KEAMANAN INFORMASI DAN PERSANDIAN (IKASANDI)
PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2025
Area: Keamanan Siber
Tanggal pengukuran: 12 Agustus 2025
Nilai IKASANDI : 3,42 (Tingkat Kematangan 3)
"""


def test_ikasandi_result() -> None:
    ix = recognise(IKASANDI).facts["index"]
    assert ix["instrument"] == "IKASANDI" and ix["area"] == "Keamanan Siber" and ix["value"] == 3.42
    assert ix["year"] == 2025 and ix["page"] == 1 and ix["date"] == "2025-08-12"  # "Tanggal pengukuran"


def test_index_value_from_a_table_row() -> None:
    text = ("BADAN SIBER DAN SANDI NEGARA\nLAPORAN HASIL PENILAIAN MANDIRI IKASANDI TAHUN 2026\n"
            "Area yang dinilai : Penanganan Insiden Siber\nDomain | Nilai\nPersiapan | 1,90\n"
            "Nilai Area Penanganan Insiden Siber | 1,72\nTingkat kematangan: Level 2 (1,50 - 2,50)")
    ix = recognise(text).facts["index"]
    assert (ix["instrument"], ix["area"], ix["value"], ix["year"]) == ("IKASANDI", "Penanganan Insiden Siber", 1.72, 2026)


def test_indeks_kami_is_told_apart_from_ikasandi() -> None:
    text = "LAPORAN HASIL PENILAIAN INDEKS KAMI\nDINAS KOMINFO KABUPATEN SUKAMAJU TAHUN 2023\nSkor total: 512\n" \
           "Nilai Indeks KAMI adalah 2,5"
    ix = recognise(text).facts["index"]
    assert ix["instrument"] == "Indeks KAMI" and ix["value"] == 2.5 and ix["year"] == 2023


def test_a_target_is_not_the_index_value() -> None:
    text = "HASIL EVALUASI SPBE\nINDEKS SPBE PEMERINTAH KABUPATEN SUKAMAJU TAHUN 2020\nPredikat Indeks SPBE\n" \
           "Target penilaian: indeks minimal 2,6\nRata-rata nilai nasional 2,26"
    ix = recognise(text).facts["index"]
    assert ix["instrument"] == "Indeks SPBE" and ix["value"] is None and ix["year"] == 2020


def test_a_plan_to_raise_an_index_is_no_index_result() -> None:
    text = ("LAPORAN RENCANA AKSI PENINGKATAN INDEKS SPBE\nKABUPATEN SUKAMAJU TAHUN 2025\nBAB I PENDAHULUAN\n"
            "Pemerintah daerah menyusun langkah perbaikan tata kelola.")
    assert "index" not in recognise(text).facts


def test_a_regulation_naming_an_index_is_no_index_result() -> None:
    text = ("PERATURAN BUPATI SUKAMAJU\nNOMOR 5 TAHUN 2024\nTENTANG\nPENINGKATAN INDEKS SPBE\n"
            "Pasal 1\nNilai indeks ditetapkan setiap tahun.")
    assert "index" not in recognise(text).facts


# ------------------------------------------------------------------------------------------ surveys
SURVEY = """LAPORAN SURVEI KEPUASAN MASYARAKAT
TERHADAP LAYANAN PERIZINAN ONLINE
PERIODE SEMESTER I TAHUN 2025
Jumlah responden sebanyak 412 orang, termasuk penyandang disabilitas dan lansia.
Nilai IKM : 86,75 (Baik)
"""


def test_survey_facts() -> None:
    sv = recognise(SURVEY).facts["survey"]
    assert sv["respondents"] == 412 and sv["value"] == 86.75
    assert sv["vulnerable_groups"] == ["disabilitas", "lansia"]
    assert sv["period"] and "2025" in sv["period"]


def test_survey_value_is_not_a_regulation_number() -> None:
    text = ("LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)\nSEMESTER I TAHUN 2026\nSurvei daring melalui "
            "https://sukamajukab.go.id/skm sesuai PermenPANRB Nomor 14 Tahun 2017 tentang Pedoman SKM.\n"
            "Indeks Kepuasan Masyarakat (IKM) layanan digital: 82,4 (mutu B).")
    assert recognise(text).facts["survey"]["value"] == 82.4
    portal = recognise("https://sukamajukab.go.id\nPortal Resmi\nMenu: Berita | Layanan | Survei Kepuasan Masyarakat",
                       method="ocr", fmt="image", path="portal.png")
    assert "survey" not in portal.facts  # a portal linking to its survey shows no survey result


def test_survey_without_vulnerable_groups_and_non_survey() -> None:
    sv = recognise(SURVEY.replace(", termasuk penyandang disabilitas dan lansia", "")).facts["survey"]
    assert sv["vulnerable_groups"] == []
    assert "survey" not in recognise("LAPORAN KEGIATAN BIMBINGAN TEKNIS\nPeserta 40 orang.").facts


# ------------------------------------------------------------------------------------------ reviews
REVIEW = """LAPORAN HASIL REVIU KEBIJAKAN SPBE
KABUPATEN SUKAMAJU
TAHUN 2025
BAB II TEMUAN
Permasalahan: arsitektur belum diperbarui.
BAB III REKOMENDASI
{tail}
"""


def test_review_with_follow_up() -> None:
    rv = recognise(REVIEW.format(tail="BAB IV TINDAK LANJUT\nRencana tindak lanjut disepakati.")).facts["review"]
    assert rv == {"period": "TAHUN 2025", "follow_up": True, "problems": True, "recommendations": True, "page": 1}


def test_review_without_follow_up() -> None:
    rv = recognise(REVIEW.format(tail="Demikian laporan ini.")).facts["review"]
    assert rv["follow_up"] is False and rv["problems"] is True
    assert "review" not in recognise("NOTULEN RAPAT KOORDINASI\nHari: Senin").facts


# ------------------------------------------------------------------------------------------ screenshots
LOGIN = "https://sipkd.sukamajukab.go.id/login\nSelamat datang\nUsername\nPassword\nLupa password?\nMasuk"
DASHBOARD = ("https://sla.sukamajukab.go.id/dashboard\nDashboard SLA Layanan\nJumlah permohonan 1.204\n"
             "Grafik capaian SLA per bulan\n12/05/2026 10:41 WIB\nPemerintah Kabupaten Sukamaju")


def test_login_screenshot_is_not_evidence() -> None:
    doc = recognise(LOGIN, method="ocr", fmt="image", path="ss_aplikasi.png")
    ss = doc.facts["screenshot"]
    assert ss["kind"] == "login" and ss["url"] == "https://sipkd.sukamajukab.go.id/login"
    f = next(f for f in doc.findings if f.code == "SCREENSHOT_NOT_EVIDENCE")
    assert f.severity == "warning" and "login" in f.message and f.fix and f.fix_en


def test_dashboard_screenshot_is_evidence() -> None:
    doc = recognise(DASHBOARD, method="ocr", fmt="image", path="Screenshot_dasbor.png")
    ss = doc.facts["screenshot"]
    assert ss["kind"] == "dashboard" and ss["datetime"] == "12/05/2026 10:41 WIB"
    assert ss["url"] == "https://sla.sukamajukab.go.id/dashboard"
    assert "SCREENSHOT_NOT_EVIDENCE" not in codes(doc)


def test_news_page_and_a_text_pdf_report() -> None:
    news = recognise("https://sukamajukab.go.id/berita/peluncuran-aplikasi\nBerita\nPeluncuran aplikasi layanan\n"
                     "Diposting oleh Admin\nDibaca 231 kali\nBagikan", method="ocr", fmt="image", path="capture.jpg")
    assert news.facts["screenshot"]["kind"] == "news" and "SCREENSHOT_NOT_EVIDENCE" in codes(news)
    report = recognise("LAPORAN KEGIATAN\nLogin dan password pengguna dibagikan saat pelatihan.")
    assert "screenshot" not in report.facts  # a text report about logins is no screenshot
    captions = recognise("Tangkapan layar aplikasi e-Office: naskah masuk, disposisi\nHalaman login dengan akun demo\n"
                         "Akun demo: pengguna = asesor, kata sandi = Demo#2023", path="Tangkapan-Layar.pdf")
    assert captions.doc_type == "tangkapan_layar" and captions.facts["screenshot"]["kind"] == "unknown"
    assert "SCREENSHOT_NOT_EVIDENCE" not in codes(captions)  # captions about a login page are no login page


# ------------------------------------------------------------------------------------------ agreements
PKS = """PERJANJIAN KERJA SAMA
ANTARA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU DENGAN PT TELEKOMUNIKASI NUSANTARA
TENTANG
PENYEDIAAN LAYANAN PUSAT DATA
NOMOR: 500/12/Diskominfo/2024
Pasal 9
Perjanjian ini berlaku untuk jangka waktu 5 (lima) tahun sejak ditandatangani.
Ditandatangani di Sukamaju pada tanggal 2 Mei 2024
"""


def test_agreement_facts() -> None:
    ag = recognise(PKS).facts["agreement"]
    assert ag["parties"] == ["DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU", "PT TELEKOMUNIKASI NUSANTARA"]
    assert ag["validity"] == "5 (lima) tahun"
    assert ag["date"] == "2024-05-02" and ag["valid_until"] == "2029-05-02"


def test_agreement_parties_from_pihak_lines_and_non_agreement() -> None:
    text = ("NOTA KESEPAKATAN\nTENTANG PEMANFAATAN DATA KEPENDUDUKAN\n"
            "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamaju,\n"
            "selanjutnya disebut PIHAK PERTAMA;\n"
            "Direktur Rumah Sakit Umum Daerah Sukamaju,\nselanjutnya disebut PIHAK KEDUA.\n"
            "Kesepakatan ini berlaku sampai dengan tanggal 31 Desember 2027.")
    ag = recognise(text).facts["agreement"]
    assert ag["parties"] == ["Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamaju",
                             "Direktur Rumah Sakit Umum Daerah Sukamaju"]
    assert ag["valid_until"] == "2027-12-31" and ag["validity"] is None
    assert "agreement" not in recognise(REVIEW.format(tail="")).facts


# ------------------------------------------------------------------------------------------ signatures (text)
BSRE_LETTER = """PEMERINTAH KABUPATEN SUKAMAJU
DINAS KOMUNIKASI DAN INFORMATIKA
Nomor : 500.12/45/Diskominfo/2026
Perihal : Usulan server
KEPALA DINAS KOMUNIKASI DAN INFORMATIKA
Ditandatangani secara elektronik oleh
BUDI SANTOSO
Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan
oleh Balai Sertifikasi Elektronik (BSrE) Badan Siber dan Sandi Negara
"""


def test_bsre_statement_without_signature_dictionary_is_signature_lost() -> None:
    doc = recognise(BSRE_LETTER)
    sig = doc.facts["signature"]
    assert sig == {"digital": False, "signer": None, "signed_at": None, "intact": None, "bsre": True, "qr": False}
    lost = next(f for f in doc.findings if f.code == "SIGNATURE_LOST")
    assert lost.severity == "info" and lost.page == 1 and "elektronik" in lost.message


def test_a_real_signature_is_not_lost_and_a_law_about_e_signatures_is_no_statement() -> None:
    doc = recognise(BSRE_LETTER, pdf_signature=True, signatures=[
        {"signer": "BUDI SANTOSO", "signed_at": "Jul 14 2026 09:00:00", "intact": True, "validation": "Signature is Valid"}])
    assert doc.facts["signature"]["digital"] is True and doc.facts["signature"]["intact"] is True
    assert "SIGNATURE_LOST" not in codes(doc)
    law = recognise("UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 11 TAHUN 2008\nTanda Tangan Elektronik adalah "
                    "tanda tangan yang terdiri atas Informasi Elektronik.\nBalai Sertifikasi Elektronik (BSrE) "
                    "menerbitkan sertifikat.")
    assert "signature" not in law.facts and "SIGNATURE_LOST" not in codes(law)


def test_qr_alone_is_reported_as_qr_not_as_a_signature() -> None:
    doc = recognise("SURAT KETERANGAN\nNomor: 1/2026", qr_codes=[{"page": 1, "text": "https://example.go.id/v/1"}])
    assert doc.facts["signature"] == {"digital": False, "signer": None, "signed_at": None, "intact": None,
                                      "bsre": False, "qr": True}
    assert "SIGNATURE_LOST" not in codes(doc)


def test_parse_pdfsig_reads_signer_time_and_integrity() -> None:
    out = """Digital Signature Info of: x.pdf
Signature #1:
  - Signature Field Name: Signature1
  - Signer Certificate Common Name: Budi Santoso
  - Signing Time: Feb 03 2026 01:24:20
  - Not total document signed
  - Signature Validation: Signature is Valid.
Signature #2:
  - Signer Certificate Common Name: (null)
  - Total document signed
  - Signature Validation: Digest Mismatch.
Signature #3:
  - Total document signed
  - Signature Validation: Signature has not yet been verified.
"""
    a, b, c = parse_pdfsig(out)
    assert (a["signer"], a["signed_at"], a["intact"]) == ("Budi Santoso", "Feb 03 2026 01:24:20", False)
    assert (b["signer"], b["intact"]) == (None, False)
    assert c["intact"] is None
    assert parse_pdfsig("File 'x.pdf' does not contain any signatures\n") == []


# ------------------------------------------------------------------------------------------ template leftovers
@pytest.mark.parametrize("leftover", [
    "Kepala Dinas,\n\n[NAMA PEJABAT]\nNIP. [NIP]",
    "Nama pemohon: ${nama_pemohon}",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    "Dibuat oleh [COMPANY NAME] untuk pemerintah daerah.",
    "Anggaran sebesar Rp xxx untuk kegiatan ini.",
    "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA\n\n(..............................)\nNIP. .......................",
])
def test_template_placeholder_found(leftover: str) -> None:
    doc = recognise("LAPORAN KEGIATAN SOSIALISASI SPBE\nKABUPATEN SUKAMAJU\n" + leftover)
    f = next(f for f in doc.findings if f.code == "TEMPLATE_PLACEHOLDER")
    assert f.severity == "warning" and f.page == 1 and "hlm. 1" in f.message and f.fix and f.fix_en


@pytest.mark.parametrize("text", [
    "LAPORAN KEGIATAN\nKepala Dinas,\nBUDI SANTOSO, S.Kom\nNIP. 19750101 200003 1 001",
    "BAB XXX\nKETENTUAN PENUTUP\nPasal XXX cukup jelas.",
    ("RANCANGAN\nPERATURAN BUPATI SUKAMAJU\nNOMOR ..... TAHUN 2025\nTENTANG SPBE\nDitetapkan di Sukamaju\n"
     "pada tanggal ..................\nBUPATI SUKAMAJU,\n\n(..........................)\nNIP. .............."),
    ("FORMULIR PERMOHONAN AKSES DATA CENTER\nNama : ........................\nPemohon,\n"
     "(..........................)\nNIP. .............."),
])
def test_no_template_placeholder(text: str) -> None:
    assert "TEMPLATE_PLACEHOLDER" not in codes(recognise(text))


def test_placeholder_on_an_ocr_page() -> None:
    doc = recognise("SURAT TUGAS\nNomor: 800/12/2026\nMenugaskan kepada [NAMA PEGAWAI]\nuntuk mengikuti pelatihan.",
                    method="ocr", fmt="image", path="surat_tugas.jpg")
    assert "TEMPLATE_PLACEHOLDER" in codes(doc)


# ------------------------------------------------------------------------------------------ rule file
def test_bad_facts_rule_names_file_and_key(tmp_path: Path) -> None:
    shutil.copytree(PROJECT_RULES, tmp_path / "rules")
    path = tmp_path / "rules" / "facts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    - '\\bRekapitulasi\\b'", "    - '(Rekap'", 1),
                    encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_recognition_rules((tmp_path / "rules",))
    msg = "\n".join(err.value.problems)
    assert "facts.yaml" in msg and "budget.recap.0" in msg and "does not compile" in msg


# ------------------------------------------------------------------------------------------ robustness
_PIECES = st.sampled_from(["RKA", "Sub Kegiatan :", "2.16.03.2.02.0037", "2 . 16 . 03", "IKASANDI", "Nilai : ",
                           "3,5", "responden", "PIHAK PERTAMA", "selanjutnya disebut PIHAK KEDUA", "antara",
                           "dengan", "[NAMA", "${", "}", "NIP. ....", "(..........)", "BSrE", "login", "\n", "\f",
                           "berlaku 5 (lima) tahun", "31 Februari 2024", "https://x.go.id", " ", "xxx", "«"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40), st.sampled_from(["text", "ocr"]))
def test_facts_never_raise_and_stay_json_safe(pieces: list[str], method: str) -> None:
    import json

    doc = recognise("".join(pieces) or " ", method=method)
    assert json.loads(json.dumps(doc.facts)) == doc.facts  # the stage cache and report.json store them as JSON
