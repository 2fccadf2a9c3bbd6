"""Regressions from a full run on sample_docs/: supersession, definitions, review records, folder hints, inventories,
passing mentions and the wording of recommendations. Every document is built here from text."""
from __future__ import annotations

from pathlib import Path

from evidence_check.context import PROJECT_RULES, Options
from evidence_check.indicators import build_verdicts, load_framework, map_document
from evidence_check.indicators.labels import document_label, title_case
from evidence_check.indicators.text import blank_definitions
from evidence_check.indicators.verdicts import freshness, load_messages
from evidence_check.models import Agency, Document, Finding, Page

FW = load_framework((PROJECT_RULES,), "permenpanrb-59-2020")
AGENCY = Agency("Kabupaten Contoh", False)
MSGS = load_messages((PROJECT_RULES,))


def make(path: str, text: str, doc_type: str | None, *, title: str | None = None, year: int | None = 2023,
         number: str | None = None, issuer: str | None = None, status: str = "enacted",
         codes: tuple[str, ...] = ()) -> Document:
    findings = tuple(Finding(code=c, severity="info", message=c) for c in codes)
    pages = tuple(Page(i, t, "text") for i, t in enumerate(text.split("\f"), start=1))
    return Document(path=path, pages=pages, doc_type=doc_type, status=status, title=title, year=year, number=number,
                    issuer=issuer, findings=findings)


def mapped(d: Document) -> set[int]:
    return {m.id for m in map_document(d, FW, AGENCY).indicators if m.score >= 0.4}


def stale_rules(docs: list[Document], period: int = 2024) -> dict[str, list[str]]:
    return {d.path: [f.rule for f in d.findings if f.code == "STALE"] for d in freshness(docs, period, MSGS)}


# ---------------------------------------------------------------- 1. supersession
PERBUP = make("a/perbup.pdf", "PERATURAN BUPATI CONTOH NOMOR 12 TAHUN 2023 TENTANG SISTEM PEMERINTAHAN BERBASIS "
              "ELEKTRONIK", "perkada", title="SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", number="12",
              issuer="Bupati Contoh")
SK_CHANGE = make("a/sk-perubahan.pdf", "KEPUTUSAN BUPATI CONTOH TENTANG PERUBAHAN ATAS KEPUTUSAN BUPATI NOMOR "
                 "100/215/2023 TENTANG PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
                 "keputusan", year=2024, number="100/088/2024", issuer="Bupati Contoh",
                 title="PERUBAHAN ATAS KEPUTUSAN BUPATI NOMOR 100/215/2023 TENTANG PEMBENTUKAN TIM KOORDINASI "
                       "SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK")
SK_OLD = make("a/sk-2023.pdf", "KEPUTUSAN BUPATI CONTOH NOMOR 100/215/2023", "keputusan", number="100/215/2023",
              issuer="Bupati Contoh", title="PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK")


def test_a_subset_title_of_another_legal_form_does_not_supersede() -> None:
    rules = stale_rules([PERBUP, SK_CHANGE, SK_OLD])
    assert rules["a/perbup.pdf"] == []
    assert rules["a/sk-2023.pdf"] == ["indicators.STALE_SUPERSEDED"]  # amended by the 2024 SK, same subject
    assert rules["a/sk-perubahan.pdf"] == []


def test_national_and_foreign_regulations_are_never_superseded_by_the_agencys_own() -> None:
    permen = make("a/permen.pdf", "PERATURAN MENTERI", "peraturan_menteri", year=2020, number="59",
                  title="PEMANTAUAN DAN EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", codes=("NATIONAL_REGULATION",))
    perwal = make("a/perwal.pdf", "PERATURAN WALI KOTA LAIN", "perkada", year=2022, number="45",
                  title="SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", codes=("FOREIGN_ISSUER",))
    rules = stale_rules([PERBUP, permen, perwal])
    assert rules["a/permen.pdf"] == [] and rules["a/perwal.pdf"] == []


def test_an_explicit_revocation_by_number_supersedes_a_differently_titled_act() -> None:
    old = make("a/old.pdf", "KEPUTUSAN", "keputusan", year=2019, number="800/112/2019", title="TIM E-GOVERNMENT")
    new = make("a/new.pdf", "KEPUTUSAN BUPATI ... KEEMPAT: Dengan ditetapkannya Keputusan ini, Keputusan Bupati "
               "Nomor 800/112/2019 tentang Tim E-Government dicabut dan dinyatakan tidak berlaku. Mencabut "
               "Keputusan Bupati Contoh Nomor 800/112/2019 Tahun 2019.", "keputusan", year=2023, number="1/2023",
               title="TIM KOORDINASI SPBE")
    assert stale_rules([old, new])["a/old.pdf"] == ["indicators.STALE_SUPERSEDED"]


def test_an_unsigned_newer_act_does_not_supersede() -> None:
    unsigned = make("a/sk-2024.docx", "KEPUTUSAN", "keputusan", year=2024, number="100/088/2024",
                    title="PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK")
    unsigned = Document(**{**unsigned.__dict__, "signed": False})
    assert stale_rules([SK_OLD, unsigned])["a/sk-2023.pdf"] == []


# ---------------------------------------------------------------- 2. Ketentuan Umum definitions
UMBRELLA = ("BUPATI CONTOH\nPERATURAN BUPATI CONTOH NOMOR 12 TAHUN 2023\nTENTANG\nSISTEM PEMERINTAHAN BERBASIS "
            "ELEKTRONIK\nMenimbang : a. bahwa ...\nBAB I KETENTUAN UMUM\nPasal 1\nDalam Peraturan Bupati ini yang "
            "dimaksud dengan:\n1. Arsitektur SPBE adalah kerangka dasar ...\n2. Manajemen Data adalah proses "
            "pengelolaan arsitektur data, data induk, data referensi, basis data, kualitas data, dan "
            "interoperabilitas data.\n\fBAB II ARSITEKTUR SPBE\nPasal 2\nArsitektur SPBE memuat referensi arsitektur "
            "dan domain arsitektur proses bisnis.\nPasal 3\nArsitektur SPBE berlaku bagi seluruh Perangkat Daerah.\n"
            "Ditetapkan di Contoh pada tanggal 31 Agustus 2023 BUPATI CONTOH ttd")


def test_definitions_are_blanked_up_to_the_next_article_across_pages() -> None:
    pages = blank_definitions(["pasal 1 dalam peraturan bupati ini yang dimaksud dengan: 1. a adalah b.",
                               "2. manajemen data adalah c. bab ii arsitektur pasal 2 manajemen data diatur."])
    assert "a adalah b" not in pages[0] and "manajemen data adalah" not in pages[1]
    assert pages[1].endswith("pasal 2 manajemen data diatur.") and len(pages[1]) == len(
        "2. manajemen data adalah c. bab ii arsitektur pasal 2 manajemen data diatur.")


def test_a_subject_only_defined_in_pasal_1_is_not_backed_and_gets_no_content() -> None:
    perbup = make("b/perbup.pdf", UMBRELLA, "perkada", number="12", issuer="Bupati Contoh",
                  title="SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK")
    got = mapped(perbup)
    assert 1 in got and 3 not in got
    draft = make("b/rancangan.docx", "RANCANGAN PERATURAN BUPATI TENTANG MANAJEMEN DATA\nPasal 2 Manajemen Data "
                 "meliputi arsitektur data dan data induk.", "perkada", status="draft", title="MANAJEMEN DATA")
    docs = [map_document(d, FW, AGENCY) for d in (perbup, draft)]
    vs = {v.id: v for v in build_verdicts(docs, FW, Options(input=Path("."), tahun=2023))[0]}
    assert vs[3].level == 1


# ---------------------------------------------------------------- 3. review records
INVITATION = ("PEMERINTAH KABUPATEN CONTOH\nSEKRETARIAT DAERAH\nNomor : 005/412/Setda/2023\nHal : Undangan Rapat\n"
              "Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada:\nHari/tanggal : Kamis, 12 Oktober 2023\n"
              "Acara : Rapat Reviu dan Evaluasi Kebijakan Sistem Pemerintahan Berbasis Elektronik\nttd")
MINUTES = ("NOTULEN RAPAT\nTema Rapat : Reviu dan Evaluasi Kebijakan Sistem Pemerintahan Berbasis Elektronik\n"
           "Hasil Rapat:\n1. Arsitektur SPBE Daerah perlu diselaraskan dengan Arsitektur SPBE Nasional.\n"
           "2. Peta Rencana SPBE perlu disesuaikan.\nNotulis ttd")


def test_an_invitation_to_an_spbe_policy_review_backs_the_coordination_team() -> None:
    assert 19 in mapped(make("Indikator 19/undangan.jpg", INVITATION, "undangan", title="Undangan Rapat"))


def test_review_minutes_back_19_and_the_policies_they_discuss() -> None:
    got = mapped(make("x/notulen.pdf", MINUTES, "notulen"))
    assert {1, 2, 19} <= got and not got & {3, 5, 8}


def test_an_attendance_list_of_the_review_backs_19_only() -> None:
    text = "DAFTAR HADIR\nAcara : Rapat Reviu dan Evaluasi Kebijakan Sistem Pemerintahan Berbasis Elektronik\n" \
           "NO | NAMA | NIP | JABATAN | TANDA TANGAN\n1 | Eko | 1976 | Kepala Bidang | ttd"
    assert mapped(make("x/hadir.pdf", text, "lainnya")) == {19}


# ---------------------------------------------------------------- 4 + 6. folder hints and passing mentions
PEDOMAN = ("PEDOMAN MANAJEMEN KEAMANAN INFORMASI\nSISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nBAB I\nPedoman ini berlaku "
           "bagi seluruh Perangkat Daerah sebagai acuan penerapan manajemen keamanan informasi.\n" + "".join(
               f"BAB {n}\n{topic}\n{topic} dilaksanakan oleh setiap Perangkat Daerah. Hasilnya dilaporkan kepada Tim "
               "Koordinasi SPBE Daerah.\n" for n, topic in (("II", "PENETAPAN RUANG LINGKUP"),
                                                           ("III", "PENETAPAN PENANGGUNG JAWAB"), ("IV", "PERENCANAAN"),
                                                           ("V", "DUKUNGAN PENGOPERASIAN"), ("VI", "EVALUASI KINERJA"),
                                                           ("VII", "PERBAIKAN BERKELANJUTAN"))))


def test_a_security_pedoman_filed_under_indicator_19_backs_8_and_22_not_the_team() -> None:
    assert mapped(make("Indikator 19/19e-Pedoman.pdf", PEDOMAN, "pedoman")) == {8, 22}


def test_an_audit_report_backs_only_its_audit_despite_passing_mentions() -> None:
    text = ("LAPORAN HASIL AUDIT\nAUDIT KEAMANAN SPBE\nPelaksana: Inspektorat Daerah (auditor internal)\n\f"
            "Audit keamanan SPBE dilaksanakan berdasarkan rencana audit TIK.\n" + "".join(
                f"Temuan {i}: Penerapan manajemen risiko SPBE pada Bagian Pengadaan belum berpedoman pada pedoman "
                f"manajemen risiko SPBE. Layanan SIRUP telah memungkinkan transaksi. Risiko: Rendah.\n"
                for i in range(1, 6)))
    assert mapped(make("x/31a-audit.pdf", text, "laporan")) == {31}


# ---------------------------------------------------------------- 5. inventory tables
def test_an_ict_asset_inventory_table_backs_24_not_the_data_centre_it_lists_as_a_location() -> None:
    rows = ["No | Nama Aset | Jenis | Lokasi | Tahun Perolehan | Kondisi",
            "1 | Server Rack 42U | Perangkat keras | Pusat Data | 2019 | Baik",
            "2 | Firewall NGFW | Jaringan | Pusat Data | 2020 | Baik",
            "3 | Core Switch L3 | Jaringan | Pusat Data | 2021 | Rusak ringan",
            "4 | Aplikasi SRIKANDI | Aplikasi | Pusat Data | 2023 | Baik",
            "5 | UPS 10 kVA | Perangkat keras | Pusat Data | 2020 | Baik",
            "6 | Storage SAN | Perangkat keras | Pusat Data | 2022 | Baik"]
    inventory = make("Indikator 24/24a-Inventaris.xlsx", "\n".join(rows), "lainnya", year=None)
    assert mapped(inventory) == {24}
    vs = {v.id: v for v in build_verdicts([map_document(inventory, FW, AGENCY)], FW,
                                          Options(input=Path("."), tahun=2023))[0]}
    assert vs[24].level in (1, 2)


# ---------------------------------------------------------------- 7. labels and recommendation wording
def test_labels_name_the_act_the_way_officials_cite_it() -> None:
    assert document_label(PERBUP) == ("Peraturan Bupati Contoh Nomor 12 Tahun 2023 tentang Sistem Pemerintahan "
                                      "Berbasis Elektronik")
    assert document_label(SK_OLD) == ("Keputusan Bupati Contoh Nomor 100/215/2023 tentang Pembentukan Tim "
                                      "Koordinasi Sistem Pemerintahan Berbasis Elektronik")
    sop = make("x/16a.xlsx", "", "sop", title="| Penggunaan Layanan Pusat Data |")
    assert document_label(sop) == "SOP Penggunaan Layanan Pusat Data"
    assert document_label(make("x/19e-Pedoman.pdf", "", "pedoman")) == "19e-Pedoman.pdf"
    assert title_case("PEDOMAN MANAJEMEN ASET TIK DAN E-GOVERNMENT") == "Pedoman Manajemen Aset TIK dan E-Government"


def test_recommendations_use_the_label_and_read_as_indonesian() -> None:
    perbup = make("b/perbup.pdf", UMBRELLA, "perkada", number="12", issuer="Bupati Contoh",
                  title="SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK")
    team = make("c/sk.pdf", "KEPUTUSAN BUPATI TENTANG PEMBENTUKAN TIM KOORDINASI SPBE\nTim Koordinasi SPBE "
                "menyusun program kerja. Tim Koordinasi SPBE melaksanakan rencana kerja sesuai pedoman bagi seluruh "
                "perangkat daerah.", "keputusan", number="100/1/2023", issuer="Bupati Contoh",
                title="PEMBENTUKAN TIM KOORDINASI SPBE")
    docs = [map_document(d, FW, AGENCY) for d in (perbup, team)]
    vs = {v.id: v for v in build_verdicts(docs, FW, Options(input=Path("."), tahun=2023))[0]}
    texts = [v.recommendation for v in vs.values() if v.recommendation]
    assert any(t.startswith("Peraturan Bupati Contoh Nomor 12 Tahun 2023 tentang") for t in texts)
    assert not any("SISTEM PEMERINTAHAN" in t or "| " in t or "keterpaduan dengan disampaikan" in t for t in texts)
    assert vs[13].recommendation.startswith("Belum ada bukti dukung untuk indikator Keterpaduan Rencana")
