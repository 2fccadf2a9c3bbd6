"""Mapping and level ladders on documents built in code: each ladder with documents on each level."""
from __future__ import annotations

from pathlib import Path

import pytest

from evidence_check.context import PROJECT_RULES, Options
from evidence_check.indicators import build_verdicts, load_framework, map_document
from evidence_check.models import Agency, Document, Finding, Page

FW = load_framework((PROJECT_RULES,), "permenpanrb-59-2020")
AGENCY = Agency("Kabupaten Contoh", False)

HEAD = "BUPATI CONTOH\nPERATURAN BUPATI CONTOH NOMOR 7 TAHUN 2022\nTENTANG\n{title}\nMenimbang : a. bahwa ...\n"
ENACTED = "\nDitetapkan di Contoh pada tanggal 2 Mei 2022 BUPATI CONTOH ttd\nBERITA DAERAH KABUPATEN CONTOH TAHUN 2022 NOMOR 7"


def doc(path: str, text: str, doc_type: str, status: str = "enacted", title: str | None = None,
        year: int | None = 2022, codes: tuple[str, ...] = ()) -> Document:
    findings = tuple(Finding(code=c, severity="info", message=c) for c in codes)
    pages = tuple(Page(i, t, "text") for i, t in enumerate(text.split("\f"), start=1))
    return map_document(Document(path=path, pages=pages, doc_type=doc_type, status=status, title=title, year=year,
                                 findings=findings), FW, AGENCY)


def verdicts(*docs: Document, tahun: int = 2023, klaim: Path | None = None) -> dict[int, object]:
    vs, index, _ = build_verdicts(list(docs), FW, Options(input=Path("."), tahun=tahun, klaim=klaim))
    return {v.id: v for v in vs}


ARSITEKTUR_PARTIAL = (HEAD.format(title="ARSITEKTUR SPBE") + "Pasal 2 Arsitektur SPBE memuat referensi arsitektur dan "
                      "domain arsitektur proses bisnis, domain arsitektur data dan informasi, domain arsitektur "
                      "infrastruktur, domain arsitektur aplikasi, dan domain arsitektur layanan." + ENACTED)
ARSITEKTUR_FULL = ARSITEKTUR_PARTIAL.replace("dan domain arsitektur layanan.", "domain arsitektur keamanan, dan domain "
                                             "arsitektur layanan. Arsitektur SPBE selaras dengan Arsitektur SPBE Nasional.")
REVIEW = ("NOTULEN RAPAT REVIU DAN EVALUASI KEBIJAKAN ARSITEKTUR SPBE\nHasil rapat: Peraturan Bupati tentang Arsitektur "
          "SPBE telah direviu; hasil evaluasi dicatat.")


# ---- policy ladder (1-10)
def test_policy_draft_is_level_one() -> None:
    d = doc("1/rancangan.pdf", "RANCANGAN\n" + ARSITEKTUR_FULL, "perkada", status="draft", title="Arsitektur SPBE",
            codes=("DRAFT",))
    v = verdicts(d)[1]
    assert v.level == 1 and v.status == "weak"  # type: ignore[attr-defined]
    assert "ditetapkan" in v.recommendation  # type: ignore[attr-defined]


def test_policy_partial_content_is_level_two_and_names_the_missing_domain() -> None:
    v = verdicts(doc("1/perbup.pdf", ARSITEKTUR_PARTIAL, "perkada", title="Arsitektur SPBE"))[1]
    assert v.level == 2  # type: ignore[attr-defined]
    assert "Arsitektur Keamanan SPBE" in v.recommendation and "sudah ditetapkan" in v.recommendation  # type: ignore[attr-defined]
    assert any(e.page == 1 for e in v.basis)  # type: ignore[attr-defined]


def test_policy_complete_content_is_level_three() -> None:
    v = verdicts(doc("1/perbup.pdf", ARSITEKTUR_FULL, "perkada", title="Arsitektur SPBE"))[1]
    assert v.level == 3 and v.status == "supported"  # type: ignore[attr-defined]


def test_policy_with_integration_and_review_is_level_four() -> None:
    p = doc("1/perbup.pdf", ARSITEKTUR_FULL, "perkada", title="Arsitektur SPBE")
    r = doc("1/notulen.pdf", REVIEW, "notulen", title="Reviu dan Evaluasi Kebijakan Arsitektur SPBE", year=2023)
    assert verdicts(p, r)[1].level == 4  # type: ignore[attr-defined]


def test_policy_revised_after_review_is_level_five() -> None:
    old = doc("1/perbup_2019.pdf", ARSITEKTUR_FULL.replace("2022", "2019"), "perkada", title="Arsitektur SPBE", year=2019)
    new = doc("1/perbup_2022.pdf", ARSITEKTUR_FULL + "\nPeraturan Bupati Nomor 3 Tahun 2019 dicabut dan dinyatakan "
              "tidak berlaku.", "perkada", title="Arsitektur SPBE", year=2022)
    r = doc("1/notulen.pdf", REVIEW, "notulen", title="Reviu dan Evaluasi Kebijakan Arsitektur SPBE", year=2023)
    vs, _, docs = build_verdicts([old, new, r], FW, Options(input=Path("."), tahun=2023))
    assert {v.id: v for v in vs}[1].level == 5
    stale = {d.path: [(f.code, f.rule) for f in d.findings] for d in docs}
    assert ("STALE", "indicators.STALE_SUPERSEDED") in stale["1/perbup_2019.pdf"] and not stale["1/perbup_2022.pdf"]


def test_umbrella_regulation_backs_all_ten_policy_indicators() -> None:
    text = HEAD.format(title="SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK") + (
        "Pasal 1 Arsitektur SPBE. Peta Rencana SPBE. Manajemen data. Pembangunan aplikasi. Pusat data. "
        "Jaringan intra. Sistem penghubung layanan. Keamanan informasi. Audit TIK. Tim Koordinasi SPBE.") + ENACTED
    d = doc("perbup_spbe.pdf", text, "perkada", title="Sistem Pemerintahan Berbasis Elektronik")
    assert {m.id for m in d.indicators if m.score >= 0.4} >= set(range(1, 11))
    assert not {m.id for m in d.indicators} & set(range(15, 20))  # regulating is not practising


def test_organisation_regulation_does_not_match_strongly() -> None:
    text = ("PERATURAN BUPATI CONTOH TENTANG KEDUDUKAN, SUSUNAN ORGANISASI, TUGAS DAN FUNGSI SERTA TATA KERJA DINAS "
            "KOMINFO\nBidang aplikasi melaksanakan pembangunan aplikasi, pusat data, pusat data, jaringan intra, "
            "jaringan intra, keamanan informasi, keamanan informasi dan sistem pemerintahan berbasis elektronik.")
    d = doc("sotk.pdf", text, "perkada", title="Kedudukan, Susunan Organisasi, Tugas dan Fungsi Dinas Kominfo")
    assert d.indicators == ()


def test_national_regulation_is_reference_only() -> None:
    d = doc("permen.pdf", ARSITEKTUR_FULL, "peraturan_nasional", title="Arsitektur SPBE", codes=("NATIONAL_REGULATION",))
    assert d.indicators and all(m.score < 0.4 for m in d.indicators)
    v = verdicts(d)[1]
    assert v.level is None and v.status == "missing"  # type: ignore[attr-defined]
    assert [f.code for f in v.findings] == ["REFERENCE_ONLY"]  # type: ignore[attr-defined]


def test_old_framework_numbers_and_path_hints_are_not_read() -> None:
    text = ("MONITORING PENINGKATAN INDEKS SPBE berdasarkan PermenPANRB Nomor 5 Tahun 2018\n"
            "No | Indikator\n5 | Kebijakan Internal Layanan Pusat Data\n19 | Layanan Publik\n")
    d = doc("Indikator 19/monev.pdf", text, "laporan", title=None)
    assert 5 not in {m.id for m in d.indicators}
    assert all(e.rule != "indicators.path_hint" for m in d.indicators for e in m.evidence)


def test_path_hint_is_only_a_bonus() -> None:
    d = doc("Indikator 19/foto.pdf", "Dokumentasi kegiatan", "lainnya")
    assert d.indicators == ()


# ---- process ladder (11-28)
PEDOMAN_RISIKO = ("PEDOMAN MANAJEMEN RISIKO SPBE\nPedoman ini berlaku bagi seluruh perangkat daerah. Setiap perangkat "
                  "daerah menyusun profil risiko dan register risiko SPBE.")
LAPORAN_RISIKO = ("LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE 2023\nSeluruh perangkat daerah menyusun profil risiko sesuai "
                  "pedoman. Kebijakan strategis ditetapkan oleh Komite Manajemen Risiko SPBE. Reviu periodik setiap semester.")


@pytest.mark.parametrize("docs,level", [
    ([("undangan.pdf", "UNDANGAN rapat penyusunan manajemen risiko SPBE, draf profil risiko", "undangan", "Undangan")], 1),
    ([("keputusan.pdf", "Keputusan tentang penerapan manajemen risiko SPBE di Dinas Kominfo. Manajemen risiko.",
       "keputusan", "Penerapan Manajemen Risiko SPBE")], 2),
    ([("pedoman.pdf", PEDOMAN_RISIKO, "pedoman", "Pedoman Manajemen Risiko SPBE")], 3),
    ([("pedoman.pdf", PEDOMAN_RISIKO, "pedoman", "Pedoman Manajemen Risiko SPBE"),
      ("laporan.pdf", LAPORAN_RISIKO, "laporan", "Laporan Penerapan Manajemen Risiko SPBE")], 4),
    ([("pedoman.pdf", PEDOMAN_RISIKO, "pedoman", "Pedoman Manajemen Risiko SPBE"),
      ("laporan.pdf", LAPORAN_RISIKO + " Hasil reviu telah ditindaklanjuti dengan pemutakhiran register risiko.",
       "laporan", "Laporan Penerapan Manajemen Risiko SPBE")], 5),
])
def test_management_ladder(docs: list[tuple[str, str, str, str]], level: int) -> None:
    built = [doc(p, t, ty, title=ti, year=2023) for p, t, ty, ti in docs]
    assert verdicts(*built)[21].level == level  # type: ignore[attr-defined]


def test_data_centre_needs_sop_for_level_three() -> None:
    laporan = doc("pd.pdf", "LAPORAN PUSAT DATA\nPusat data digunakan oleh seluruh perangkat daerah. Pusat data.",
                  "laporan", title="Laporan Layanan Pusat Data", year=2023)
    sop = doc("sop.pdf", "STANDAR OPERASIONAL PROSEDUR penempatan server di pusat data. Pusat data.", "sop",
              title="SOP Layanan Pusat Data", year=2023)
    assert verdicts(laporan)[16].level == 2  # type: ignore[attr-defined]
    assert verdicts(laporan, sop)[16].level == 3  # type: ignore[attr-defined]


# ---- audit ladder (29-31)
@pytest.mark.parametrize("text,level", [
    ("Catatan rapat: audit keamanan SPBE akan dibahas. Audit keamanan.", 1),
    ("RENCANA AUDIT KEAMANAN SPBE. Jadwal audit keamanan bulan Mei.", 2),
    ("LAPORAN HASIL AUDIT KEAMANAN SPBE oleh Inspektorat (auditor internal). Temuan audit: 3.", 3),
    ("LAPORAN HASIL AUDIT KEAMANAN SPBE oleh auditor eksternal bersertifikat CISA. Temuan audit: 3.", 4),
])
def test_audit_ladder(text: str, level: int) -> None:
    d = doc("audit.pdf", text, "laporan" if level > 1 else "lainnya", status="enacted" if level > 1 else "draft",
            title="Audit Keamanan SPBE", year=2023)
    assert verdicts(d)[31].level == level  # type: ignore[attr-defined]


# ---- service ladder (32-47)
@pytest.mark.parametrize("text,level", [
    ("Halaman beranda e-Kinerja menampilkan informasi. e-Kinerja.", 1),
    ("e-Kinerja: pegawai mengisi formulir dan unduh rekap. e-Kinerja.", 2),
    ("e-Kinerja: pegawai mengisi formulir; atasan melakukan verifikasi dan persetujuan; notifikasi terkirim. e-Kinerja", 3),
    ("e-Kinerja: mengisi formulir; verifikasi dan persetujuan; terintegrasi dengan SIMPEG melalui API. e-Kinerja", 4),
])
def test_service_ladder(text: str, level: int) -> None:
    v = verdicts(doc("ss.pdf", text, "tangkapan_layar", title="Tangkapan layar e-Kinerja", year=2023))[41]
    assert v.level == level  # type: ignore[attr-defined]
    assert v.needs_interview == (level >= 3)  # type: ignore[attr-defined]


def test_login_page_only_stays_information_and_needs_interview() -> None:
    v = verdicts(doc("lpse.pdf", "LPSE Kabupaten Contoh\nLogin\nUsername\nPassword", "tangkapan_layar", title="LPSE"))[35]
    assert v.level == 1 and v.needs_interview  # type: ignore[attr-defined]


def test_document_after_period_is_stale_and_ignored() -> None:
    d = doc("1/perbup.pdf", ARSITEKTUR_FULL, "perkada", title="Arsitektur SPBE", year=2024)
    vs, _, docs = build_verdicts([d], FW, Options(input=Path("."), tahun=2023))
    assert ("STALE", "indicators.STALE_AFTER_PERIOD") in [(f.code, f.rule) for f in docs[0].findings]
    assert {v.id: v for v in vs}[1].level is None


def test_transaction_features_without_interaction_words_reach_transaction_level() -> None:
    # a workflow with disposition, approval and e-signature is interactive by nature: the highest tier shown decides
    text = ("Tangkapan layar aplikasi e-Office SRIKANDI (layanan kearsipan dinamis)\n"
            "Gambar 1. Menu disposisi surat masuk\nGambar 2. Persetujuan dan tanda tangan elektronik naskah dinas\n"
            "Gambar 3. Notifikasi status naskah\nLayanan kearsipan dinamis SRIKANDI")
    v = verdicts(doc("37/srikandi.pdf", text, "tangkapan_layar", title="Layanan Kearsipan Dinamis SRIKANDI"))[37]
    assert v.level == 3 and v.needs_interview  # type: ignore[attr-defined]
