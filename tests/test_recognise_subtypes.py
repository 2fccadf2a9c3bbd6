"""Subtypes (rules/subtypes.yaml, issue 11): one positive and one tempting negative per subtype, from generated text."""
from __future__ import annotations

from pathlib import Path

import pytest
from recognise_support import recognise, rules

from evidence_check.context import PROJECT_RULES
from evidence_check.errors import RuleError
from evidence_check.recognise import load_recognition_rules


def kep(subject: str, menimbang: str = "bahwa perlu membentuk tim") -> str:
    """A Keputusan Bupati whose subject (TENTANG) names the team; Menimbang may mention other teams in passing."""
    return (f"KEPUTUSAN BUPATI SUKAMAJU\nNOMOR 100.3.3.2/45/KPTS/2025\nTENTANG\n{subject}\nBUPATI SUKAMAJU,\n"
            f"Menimbang : a. {menimbang};\nMEMUTUSKAN:\nKESATU : Membentuk tim.\n\f"
            "Ditetapkan di Sukamaju\npada tanggal 3 Maret 2025\nBUPATI SUKAMAJU,\nttd\nNAMA\n")


PASSING = "bahwa Tim Koordinasi SPBE dan Tim Audit TIK telah dibentuk dan asesor internal diperlukan"

# subtype → (text, format, method); each must come out with that subtype
POSITIVE: dict[str, tuple[str, str, str]] = {
    "rpjmd": ("RANCANGAN AKHIR\nRENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH\nKABUPATEN SUKAMAJU 2025-2029\n", "pdf", "text"),
    "renstra": ("Rencana Strategis (Renstra)\nDinas Komunikasi dan Informatika\nTahun 2021 - 2026\n", "pdf", "text"),
    "renja": ("RENCANA KERJA PERANGKAT DAERAH\nDINAS KOMUNIKASI DAN INFORMATIKA\nTAHUN 2026\n", "pdf", "text"),
    "rkpd": ("RENCANA KERJA PEMERINTAH DAERAH\nKABUPATEN SUKAMAJU\nTAHUN 2026\n", "pdf", "text"),
    "rka": (("PEMERINTAH KABUPATEN SUKAMAJU\nRENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH\nRKA-SKPD 2.2\n"
            "Sub Kegiatan : 2.16.03.2.02.0037 Pengelolaan e-government\n"), "pdf", "text"),
    "dpa": (("PEMERINTAH KABUPATEN SUKAMAJU\nDOKUMEN PELAKSANAAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH\nDPA-SKPD 2.2\n"
            "Kode Rekening 2.16.03\n"), "pdf", "text"),
    "arsitektur": (("ARSITEKTUR SPBE\nPEMERINTAH KABUPATEN SUKAMAJU\nTAHUN 2023-2027\nBAB I\n"
                   "Referensi Arsitektur Proses Bisnis\n"), "pdf", "text"),
    "peta_rencana": ("PETA RENCANA SPBE\nKABUPATEN SUKAMAJU\nTAHUN 2023-2027\nBAB I\n", "pdf", "text"),
    "sk_tim_koordinasi": (kep("PEMBENTUKAN TIM KOORDINASI\nSISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"), "pdf", "text"),
    "sk_tim_auditor": (kep("PEMBENTUKAN TIM AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI", PASSING), "pdf", "text"),
    "sk_tim_asesor": (kep("PEMBENTUKAN TIM ASESOR INTERNAL EVALUASI PEMERINTAH DIGITAL", PASSING), "pdf", "text"),
    "sk_csirt": (kep("PEMBENTUKAN TIM TANGGAP INSIDEN SIBER\n(COMPUTER SECURITY INCIDENT RESPONSE TEAM)"), "pdf", "text"),
    "sk_tim_ppdp": (kep("PENUNJUKAN PEJABAT PELINDUNGAN DATA PRIBADI"), "pdf", "text"),
    "sk_tim_ux": (kep("PEMBENTUKAN TIM USER EXPERIENCE LAYANAN DIGITAL"), "pdf", "text"),
    "sk_walidata": (kep("PEMBENTUKAN FORUM SATU DATA DAN PENUNJUKAN WALIDATA"), "pdf", "text"),
    "laporan_reviu": ("LAPORAN HASIL REVIU\nRENCANA KERJA DAN ANGGARAN TIK\nTAHUN 2025\nKATA PENGANTAR\n", "pdf", "text"),
    "laporan_audit": ("LAPORAN HASIL AUDIT\nKEAMANAN SPBE\nTAHUN 2025\nKATA PENGANTAR\n", "pdf", "text"),
    "laporan_tindak_lanjut": ("LAPORAN TINDAK LANJUT\nHASIL AUDIT KEAMANAN SPBE\nTAHUN 2025\nKATA PENGANTAR\n", "pdf", "text"),
    "hasil_indeks": (("LAPORAN HASIL PENGUKURAN\nINDEKS KAMI\nDINAS KOMINFO 2025\nKATA PENGANTAR\n"
                     "Indeks KAMI versi 5.0 Tingkat Kematangan : II+\n"), "pdf", "text"),
    "survei_kepuasan": (("LAPORAN SURVEI KEPUASAN PENGGUNA\nLAYANAN DIGITAL\nTAHUN 2025\nKATA PENGANTAR\n"
                        "Jumlah responden 400 orang, nilai indeks kepuasan 82,5\n"), "pdf", "text"),
    "perjanjian_kerja_sama": (("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nPT TELKOM\n"
                              "NOMOR : 000.1/12/2025\n"), "pdf", "text"),
    "dasbor": ("DASHBOARD SLA LAYANAN TIK\nTotal Tiket\n1.245\nTerselesaikan\n98,2 %\n", "image", "ocr"),
    "tangkapan_layar_aplikasi": ("SRIKANDI\nNaskah Masuk\nNaskah Keluar\n", "image", "ocr"),
    "sla": (("DAFTAR LAYANAN DAN SERVICE LEVEL AGREEMENT\nDINAS KOMINFO\nNo | Layanan | Waktu Penyelesaian\n"
            "1 | Reset akun email | 2 jam\n2 | Pembuatan subdomain | 3 hari kerja\n"), "pdf", "text"),
    "kak": ("KERANGKA ACUAN KERJA\nPENGEMBANGAN APLIKASI\nTAHUN 2025\nLATAR BELAKANG\n", "pdf", "text"),
    "rab": ("RENCANA ANGGARAN BIAYA\nPENGEMBANGAN APLIKASI\nTAHUN 2025\nNo | Uraian | Volume | Harga\n", "pdf", "text"),
    "berita_acara": ("BERITA ACARA\nSERAH TERIMA APLIKASI\nPada hari ini Senin tanggal 3 Maret 2025\n", "pdf", "text"),
    "notulen_rapat": ("NOTULEN RAPAT\nHari/Tanggal : Senin, 3 Maret 2025\nPimpinan Rapat : Sekda\nHasil Rapat :\n",
                      "pdf", "text"),
}

# subtype → (text, format, method): carries a tempting word for that subtype but is something else
NEGATIVE: dict[str, tuple[str, str, str]] = {
    "rpjmd": ("LAPORAN KEGIATAN\nSOSIALISASI\nTAHUN 2025\nKATA PENGANTAR\nselaras dengan RPJMD Kabupaten\n", "pdf", "text"),
    "renstra": ("LAPORAN EVALUASI\nRencana Strategis Perangkat Daerah\nTAHUN 2025\nKATA PENGANTAR\n", "pdf", "text"),
    "renja": (POSITIVE["rka"][0], "pdf", "text"),  # an RKA print is no Renja
    "rkpd": (("UNDANGAN\nNomor : 005/1/2026\nPerihal : Undangan Pra Musrenbang RKPD Tahun 2027\n"
             "Hari/Tanggal : Senin, 2 Maret 2026\n"), "pdf", "text"),
    "rka": (POSITIVE["dpa"][0], "pdf", "text"),
    "dpa": ("LAPORAN KEGIATAN\nBIMTEK SPBE\nTAHUN 2025\nKATA PENGANTAR\nlaporan kegiatan ini\n", "pdf", "text"),
    "arsitektur": (("PERATURAN BUPATI SUKAMAJU\nNOMOR 5 TAHUN 2023\nTENTANG\nSISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\n"
                   "Pasal 5\nArsitektur SPBE Daerah disusun untuk jangka waktu 5 tahun.\n"), "pdf", "text"),
    "peta_rencana": ("PETA PROSES BISNIS\nPEMERINTAH KABUPATEN SUKAMAJU\nTAHUN 2023\nBAB I\n", "pdf", "text"),
    "sk_tim_koordinasi": (kep("PEMBENTUKAN TIM ASESOR INTERNAL EVALUASI SPBE", PASSING), "pdf", "text"),
    "sk_tim_auditor": (kep("PEMBENTUKAN TIM KOORDINASI SPBE", PASSING), "pdf", "text"),
    "sk_tim_asesor": (kep("PEMBENTUKAN TIM AUDIT KEAMANAN SPBE", PASSING), "pdf", "text"),
    "sk_csirt": (kep("PEMBENTUKAN TIM KOORDINASI SPBE", "bahwa CSIRT telah dibentuk"), "pdf", "text"),
    "sk_tim_ppdp": (kep("PENUNJUKAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI"), "pdf", "text"),
    "sk_tim_ux": (kep("PEMBENTUKAN TIM PENGEMBANG APLIKASI", "bahwa pengalaman pengguna perlu dijaga"), "pdf", "text"),
    "sk_walidata": (kep("PEMBENTUKAN TIM KOORDINASI SPBE", "bahwa Forum Satu Data telah dibentuk"), "pdf", "text"),
    "laporan_reviu": ("LAPORAN HASIL AUDIT\nKEAMANAN SPBE\nTAHUN 2025\nKATA PENGANTAR\n", "pdf", "text"),
    "laporan_audit": (kep("PEMBENTUKAN TIM AUDIT TIK"), "pdf", "text"),  # the decree forming the team, not its report
    "laporan_tindak_lanjut": ("FORMULIR PELAPORAN INSIDEN\nNama Pelapor :\nTindak Lanjut :\n", "pdf", "text"),
    "hasil_indeks": (("UNDANGAN\nNomor : 005/2/2025\nPerihal : Undangan Sosialisasi\nHari/Tanggal : Senin, 3 Maret 2025\n"
                     "Acara : sosialisasi pengisian kuesioner\n"), "pdf", "text"),
    "survei_kepuasan": (("LAPORAN ANALISIS CAPAIAN PEMDI\nNama Instansi : Kabupaten Sukamaju\nTahun 2026\nAspek\n"
                        "1 | Tata Kelola\n2 | Penyelenggara\n3 | Data\n4 | Keamanan\n5 | Teknologi\n6 | Keterpaduan\n"
                        "7 | Kepuasan Pengguna Layanan Digital\n"), "xlsx", "text"),
    "perjanjian_kerja_sama": (("LAPORAN KEGIATAN\nSOSIALISASI\nTAHUN 2025\nKATA PENGANTAR\n"
                              "tindak lanjut perjanjian kerja sama dengan PT Telkom\n"), "pdf", "text"),
    "dasbor": (POSITIVE["sla"][0] + "Status dapat dipantau di Dashboard Layanan\n", "pdf", "text"),
    "tangkapan_layar_aplikasi": (POSITIVE["dasbor"][0], "image", "ocr"),
    "sla": (POSITIVE["dasbor"][0].replace("SLA ", ""), "image", "ocr"),
    "kak": (POSITIVE["rab"][0], "pdf", "text"),
    "rab": (POSITIVE["kak"][0], "pdf", "text"),
    "berita_acara": (POSITIVE["notulen_rapat"][0], "pdf", "text"),
    "notulen_rapat": (POSITIVE["berita_acara"][0], "pdf", "text"),
}


def test_every_shipped_subtype_has_cases() -> None:
    shipped = {r.id for r in rules().subtypes}
    assert shipped == set(POSITIVE) == set(NEGATIVE)


@pytest.mark.parametrize("subtype", sorted(POSITIVE))
def test_positive(subtype: str) -> None:
    text, fmt, method = POSITIVE[subtype]
    doc = recognise(text, method=method, fmt=fmt)
    assert doc.subtype == subtype, (doc.doc_type, doc.subtype)
    ev = [e for e in doc.evidence if e.field == "subtype"]
    assert ev and all(e.rule.startswith(subtype + ".") for e in ev)


@pytest.mark.parametrize("subtype", sorted(NEGATIVE))
def test_negative(subtype: str) -> None:
    text, fmt, method = NEGATIVE[subtype]
    assert recognise(text, method=method, fmt=fmt).subtype != subtype


def test_team_is_told_by_the_subject_on_an_ocr_scan() -> None:
    noisy = kep("PEMBENTUKAN TlM AUDlT TEKNOLOGI INFORMASI", PASSING).replace("KEPUTUSAN", "KEPUTUSAM")
    doc = recognise(noisy, method="ocr")
    assert doc.doc_type == "keputusan" and doc.subtype == "sk_tim_auditor"


def test_evidence_names_words_and_page() -> None:
    doc = recognise(POSITIVE["sk_tim_asesor"][0])
    ev = next(e for e in doc.evidence if e.field == "subtype")
    assert (ev.rule, ev.page) == ("sk_tim_asesor.subject", 1) and "ASESOR" in ev.text


def test_no_subtype_when_nothing_speaks() -> None:
    assert recognise("FORMULIR PERMINTAAN LAYANAN\nNama :\nUnit :\n").subtype is None


def _overlay(tmp_path: Path, text: str) -> tuple[Path, ...]:
    (tmp_path / "subtypes.yaml").write_text(text, encoding="utf-8")
    return (PROJECT_RULES, tmp_path)


def test_broken_subtype_rules_name_file_and_key(tmp_path: Path) -> None:
    dirs = _overlay(tmp_path, "type: subtypes\nsubtypes:\n  - id: renja\n    label: R\n    doc_types: [memo]\n"
                              "    cues:\n      - {id: renja.x, where: cover, pattern: '(unclosed'}\n"
                              "      - {id: renja.y, where: doc_type}\n")
    with pytest.raises(RuleError) as err:
        load_recognition_rules(dirs)
    problems = err.value.problems
    assert any("subtypes.yaml" in p and "subtypes.0.doc_types" in p and "memo" in p for p in problems)
    assert any("subtypes.0.cues.0.pattern" in p and "does not compile" in p for p in problems)
    assert any("subtypes.0.cues.1" in p and "needs 'doc_types'" in p for p in problems)


def test_duplicate_subtype_ids_rejected(tmp_path: Path) -> None:
    cue = "    cues:\n      - {id: x.a, where: cover, pattern: 'X'}\n"
    dirs = _overlay(tmp_path, "type: subtypes\nsubtypes:\n  - id: x\n    label: X\n" + cue
                    + "  - id: x\n    label: Y\n    cues:\n      - {id: x.b, where: cover, pattern: 'Y'}\n")
    with pytest.raises(RuleError, match=r"subtypes\.yaml.*duplicate id 'x'"):
        load_recognition_rules(dirs)


def test_portal_screenshot_linking_to_a_survey_is_an_app_screenshot() -> None:
    shot = recognise("PORTAL LAYANAN KABUPATEN SUKAMAJU\nBeranda\nLayanan\nSurvei Kepuasan Masyarakat (SKM)\n",
                     method="ocr", fmt="image")
    assert (shot.doc_type, shot.subtype) == ("tangkapan_layar", "tangkapan_layar_aplikasi")
