"""The Pemdi (PermenPANRB 8/2026) item judge: one test per 2026 refusal pattern, gating, values, index, claims."""
from __future__ import annotations

from pathlib import Path

import pytest
from judge_support import Opts

from evidence_check.context import PROJECT_RULES, Options
from evidence_check.errors import ClaimsError, RuleError
from evidence_check.indicators import load_framework
from evidence_check.indicators.framework import select_framework
from evidence_check.indicators.itemframework import ItemFramework
from evidence_check.indicators.itemjudge import estimate_index, judge_items, value_of
from evidence_check.models import Document, Finding, ItemVerdict, Page

DIRS = (PROJECT_RULES,)


@pytest.fixture(scope="module")
def fw() -> ItemFramework:
    got = load_framework(DIRS, "permenpanrb-8-2026")
    assert isinstance(got, ItemFramework)
    return got


def doc(path: str, *pages: str, doc_type: str | None = None, subtype: str | None = None, status: str = "enacted",
        title: str | None = None, year: int | None = 2026, facts: dict | None = None,
        findings: tuple[Finding, ...] = ()) -> Document:
    return Document(path=path, format="pdf", pages=tuple(Page(i + 1, t, "text") for i, t in enumerate(pages)),
                    page_count=len(pages), doc_type=doc_type, subtype=subtype, status=status,  # type: ignore[arg-type]
                    title=title, year=year, facts=facts or {}, findings=findings, agency="Kabupaten Sukamaju")


def items_of(verdicts, code: str) -> dict[str, ItemVerdict]:  # noqa: ANN001
    ind = next(v for v in verdicts if v.code == code)
    return {i.code: i for i in ind.items}


SK_KOORD = ("KEPUTUSAN BUPATI SUKAMAJU NOMOR 100.3.3.2/45/2026 TENTANG PEMBENTUKAN TIM KOORDINASI PEMERINTAH DIGITAL "
            "KABUPATEN SUKAMAJU. MEMUTUSKAN: Menetapkan ... Ditetapkan di Sukamaju pada tanggal 2 Januari 2026 BUPATI SUKAMAJU")
SK_ASESOR = ("KEPUTUSAN SEKRETARIS DAERAH KABUPATEN SUKAMAJU NOMOR 800/12/2026 TENTANG PEMBENTUKAN TIM ASESOR INTERNAL "
             "EVALUASI KINERJA PEMERINTAH DIGITAL. Tim asesor internal bertugas melakukan penilaian mandiri ...")
SK_AUDIT = ("KEPUTUSAN SEKRETARIS DAERAH SELAKU KOORDINATOR PEMDI NOMOR 800/13/2026 TENTANG TIM AUDIT KEAMANAN DAN "
            "TEKNOLOGI PEMERINTAH DIGITAL. Tim audit melaksanakan audit keamanan aplikasi ...")


def test_internal_assessor_decree_is_wrong_evidence_for_the_audit_team_item(fw: ItemFramework) -> None:
    verdicts, _, _ = judge_items([doc("I9/SK-Tim-Asesor.pdf", SK_ASESOR, doc_type="keputusan",
                                      title="Pembentukan Tim Asesor Internal Evaluasi Kinerja Pemerintah Digital")], fw, Opts())
    item = items_of(verdicts, "I9")["I9-L1-01"]
    assert item.verdict == "wrong_evidence"
    assert "Tim Asesor Internal" in item.reason and item.documents[0].path == "I9/SK-Tim-Asesor.pdf"
    assert "Koordinator Pemdi" in item.expected
    # the right decree is accepted, with the words that decided it
    verdicts, _, _ = judge_items([doc("SK-Tim-Audit.pdf", SK_AUDIT, doc_type="keputusan",
                                      title="Tim Audit Keamanan dan Teknologi Pemerintah Digital")], fw, Opts())
    item = items_of(verdicts, "I9")["I9-L1-01"]
    assert item.verdict == "accepted" and "audit" in item.documents[0].excerpt.lower()


def test_sla_list_is_not_an_sla_dashboard(fw: ItemFramework) -> None:
    sla_list = doc("Daftar-SLA.pdf", "DAFTAR LAYANAN DAN SERVICE LEVEL AGREEMENT (SLA) | No | Layanan | SLA |",
                   doc_type="lainnya", subtype="sla", title="Daftar Layanan dan SLA")
    verdicts, _, _ = judge_items([sla_list], fw, Opts())
    item = items_of(verdicts, "I19")["I19-L1-02"]
    assert item.verdict == "wrong_evidence" and "dasbor" in item.reason
    dashboard = doc("Dasbor-SLA.png", "helpdesk.sukamajukab.go.id Dasbor SLA per layanan: tiket masuk 120, "
                    "tiket selesai sesuai SLA 96 % 3 Nov 2026", doc_type="tangkapan_layar", subtype="dasbor")
    verdicts, _, _ = judge_items([sla_list, dashboard], fw, Opts())
    assert items_of(verdicts, "I19")["I19-L1-02"].verdict == "accepted"


def test_regulation_article_is_not_the_siap_digital_architecture(fw: ItemFramework) -> None:
    perbup = doc("I1/Perbup-SPBE.pdf", "PERATURAN BUPATI SUKAMAJU NOMOR 3 TAHUN 2025 TENTANG SPBE. Pasal 9 "
                 "Arsitektur SPBE Pemerintah Daerah disusun untuk jangka waktu 5 tahun.", doc_type="perkada",
                 title="Sistem Pemerintahan Berbasis Elektronik")
    verdicts, _, _ = judge_items([perbup], fw, Opts())
    item = items_of(verdicts, "I1")["I1-L2-02"]
    assert item.verdict in ("wrong_evidence", "auto_rejected")
    perbup_loose = doc("Perbup-SPBE.pdf", *perbup.text.split("\n"), doc_type="perkada",
                       title="Sistem Pemerintahan Berbasis Elektronik")
    verdicts, _, _ = judge_items([perbup_loose], fw, Opts())  # not filed under I1: a reference, not offered
    assert items_of(verdicts, "I1")["I1-L2-02"].verdict in ("missing", "auto_rejected")
    assert not items_of(verdicts, "I1")["I1-L2-02"].documents


def test_budget_recap_without_the_sub_activity_line_is_refused(fw: ItemFramework) -> None:
    recap = doc("DPA-Rekap.pdf", "DOKUMEN PELAKSANAAN ANGGARAN | REKAPITULASI | 2.16 URUSAN KOMUNIKASI DAN "
                "INFORMATIKA | 2.16.03 PROGRAM PENGELOLAAN APLIKASI INFORMATIKA | 1.250.000.000",
                doc_type="dokumen_perencanaan", subtype="dpa", title="Dokumen Pelaksanaan Anggaran")
    line = doc("DPA-Rinci.pdf", "DOKUMEN PELAKSANAAN ANGGARAN", "Sub Kegiatan 2.16.03.2.02.0037 Koordinasi dan "
               "Sinkronisasi Penerapan SPBE | 350.000.000", doc_type="dokumen_perencanaan", subtype="dpa",
               title="Dokumen Pelaksanaan Anggaran")
    verdicts, _, _ = judge_items([recap], fw, Opts())
    item = items_of(verdicts, "I1")["I1-L2-04"]
    assert item.verdict in ("wrong_evidence", "auto_rejected")
    assert "sub kegiatan" in (item.reason if item.verdict == "wrong_evidence" else "sub kegiatan")
    raw = judge_items([recap], fw, Opts())[0]
    # the refusal reason is kept even when the item is blocked by level 1
    assert any("rekapitulasi" in i.reason or "otomatis" in i.reason.lower() for i in items_of(raw, "I1").values())
    verdicts, _, _ = judge_items([line], fw, Opts())
    item = items_of(verdicts, "I1")["I1-L2-04"]
    assert item.documents and item.documents[0].pages == (2,), "the page with the sub-activity line is cited"
    assert "2.16.03.2.02.0037" in item.documents[0].excerpt


def test_old_indeks_kami_is_the_wrong_instrument_and_stale(fw: ItemFramework) -> None:
    kami = doc("Hasil-Indeks-KAMI-2023.pdf", "HASIL PENILAIAN INDEKS KAMI DISKOMINFO KABUPATEN SUKAMAJU TAHUN 2023 "
               "Skor 412 Kategori Pemenuhan Kerangka Kerja Dasar", doc_type="laporan", subtype="hasil_indeks",
               title="Hasil Penilaian Indeks KAMI", year=2023,
               facts={"index": {"instrument": "Indeks KAMI", "value": None, "date": "2023-10-02", "year": 2023, "page": 1}})
    verdicts, _, docs = judge_items([kami], fw, Opts())
    item = items_of(verdicts, "I10")["I10-L1-01"]
    assert item.verdict == "wrong_evidence" and "Indeks KAMI" in item.reason and "IKASANDI" in item.expected
    assert any(f.code == "STALE" for f in docs[0].findings)
    ikasandi = doc("IKASANDI-2026.pdf", "HASIL PENGUKURAN IKASANDI 2026 Area Keamanan Siber nilai 2,10",
                   doc_type="laporan", subtype="hasil_indeks", title="Hasil Pengukuran IKASANDI",
                   facts={"index": {"instrument": "IKASANDI", "area": "Keamanan Siber", "value": 2.1,
                                    "date": "2026-05-04", "year": 2026, "page": 1}})
    verdicts, _, docs = judge_items([ikasandi], fw, Opts())
    got = items_of(verdicts, "I10")
    assert got["I10-L1-01"].verdict == "accepted"
    assert got["I10-L2-02"].verdict == "accepted"  # the value reaches band 2 ...
    assert got["I10-L2-01"].verdict == "missing"  # ... but level 2 misses its IIV item,
    assert got["I10-L3-01"].verdict == "auto_rejected"  # so level 3 is refused automatically
    assert next(v for v in verdicts if v.code == "I10").value == pytest.approx(1.5 + 0.5)
    assert not any(f.code == "STALE" for f in docs[0].findings)
    # a 2024 IKASANDI result is stale for the 2026 round
    old = doc("IKASANDI-2024.pdf", ikasandi.pages[0].text, doc_type="laporan", subtype="hasil_indeks",
              facts={"index": {"instrument": "IKASANDI", "value": 2.1, "year": 2024, "page": 1}}, year=2024)
    verdicts, _, _ = judge_items([old], fw, Opts())
    item = items_of(verdicts, "I10")["I10-L1-01"]
    assert item.verdict == "wrong_evidence" and "2024" in item.reason


def test_item_left_empty_is_missing_and_higher_levels_are_auto_rejected(fw: ItemFramework) -> None:
    # Only level 2 evidence of I4: an MoU with another agency. Level 1 has no decree -> the MoU is refused automatically.
    mou = doc("PKS-Dukcapil.pdf", "PERJANJIAN KERJA SAMA ANTARA PEMERINTAH KABUPATEN SUKAMAJU DAN DITJEN DUKCAPIL "
              "TENTANG PEMANFAATAN DATA KEPENDUDUKAN. PIHAK KESATU ... PIHAK KEDUA ...", doc_type="lainnya",
              subtype="perjanjian_kerja_sama", title="Perjanjian Kerja Sama Pemanfaatan Data Kependudukan")
    verdicts, _, _ = judge_items([mou], fw, Opts())
    got = items_of(verdicts, "I4")
    assert got["I4-L1-01"].verdict == "missing" and got["I4-L1-01"].expected
    assert got["I4-L2-02"].verdict == "auto_rejected" and "tingkat 1" in got["I4-L2-02"].reason
    ind = next(v for v in verdicts if v.code == "I4")
    assert ind.value == 1.0 and ind.level == 1
    assert "I4-L1-01" in ind.recommendation


def test_gating_and_the_value_model(fw: ItemFramework) -> None:
    sk = doc("SK-Tim-Koordinasi.pdf", SK_KOORD, doc_type="keputusan", subtype="sk_tim_koordinasi",
             title="Pembentukan Tim Koordinasi Pemerintah Digital")
    verdicts, _, _ = judge_items([sk], fw, Opts())
    ind = next(v for v in verdicts if v.code == "I4")
    # the decree is offered for the plan item too, and refused there: a team decree alone is not a plan
    assert [i.verdict for i in ind.items if i.level == 1] == ["accepted", "wrong_evidence", "missing"]
    assert "bukan rencana" in ind.items[1].reason
    assert ind.value == pytest.approx(1.17, abs=0.005)  # 1/3 accepted at level 1 -> 1 + 0.5/3
    counts = {1: (3, 3), 2: (1, 2), 3: (2, 2)}
    assert value_of(fw, counts) == pytest.approx(2.0)  # level 3 does not count: level 2 is incomplete
    assert value_of(fw, {1: (1, 1), 2: (2, 2)}) == pytest.approx(2.5)
    assert value_of(fw, {1: (1, 2)}) == pytest.approx(1.25)


def test_draft_plan_is_accepted_at_level_1_only(fw: ItemFramework) -> None:
    draft = doc("Rancangan-Renstra.pdf", "RANCANGAN RENCANA STRATEGIS DINAS KOMUNIKASI DAN INFORMATIKA 2025-2029 "
                "BAB V memuat Rencana Aksi Pemerintah Digital: transformasi digital layanan ...",
                doc_type="dokumen_perencanaan", subtype="renstra", status="draft",
                title="Rancangan Rencana Strategis Dinas Komunikasi dan Informatika 2025-2029")
    verdicts, _, _ = judge_items([draft], fw, Opts())
    got = items_of(verdicts, "I1")
    assert got["I1-L1-01"].verdict == "accepted"
    assert got["I1-L2-01"].verdict == "wrong_evidence" and "rancangan" in got["I1-L2-01"].reason


def test_worked_example_index(fw: ItemFramework) -> None:
    values = {1: 2.00, 2: 1.50, 3: 1.26, 4: 1.30, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1, 10: 1, 11: 1.50, 12: 1.25, 13: 7 / 6,
              14: 1, 15: 1, 16: 1, 17: 2.50, 18: 1, 19: 1, 20: 1.30}
    index = estimate_index(fw, values, None)
    assert index.supported == 1.24 and index.predicate == "Kurang"
    aspects = {a.id: a.supported for a in index.aspects}
    assert aspects == {1: 1.75, 2: 1.28, 3: 1.0, 4: 1.17, 5: 1.08, 6: 1.4, 7: 1.18}
    assert not index.domains


def test_band_edges_are_a_setting(fw: ItemFramework) -> None:
    assert fw.predicate(1.50) == "Kurang" and fw.predicate(1.51) == "Cukup"  # the 2026 assessors' reading
    lower = ItemFramework(fw.id, fw.source, fw.data.model_copy(update={"band_edge": "lower"}))
    assert lower.predicate(1.50) == "Cukup" and lower.predicate(4.0) == "Memuaskan"


def test_framework_chosen_by_period_and_overridable() -> None:
    assert select_framework(DIRS, 2026, None)[0] == "permenpanrb-8-2026"
    assert select_framework(DIRS, 2027, None)[0] == "permenpanrb-8-2026"
    assert select_framework(DIRS, 2024, None)[0] == "permenpanrb-59-2020"
    fid, why, why_en = select_framework(DIRS, 2026, "permenpanrb-59-2020")
    assert fid == "permenpanrb-59-2020" and "--framework" in why and "--framework" in why_en


def test_external_index_pending_then_from_file(fw: ItemFramework, tmp_path: Path) -> None:
    verdicts, _, _ = judge_items([], fw, Opts())
    i5 = next(v for v in verdicts if v.code == "I5")
    assert i5.value == 1.0 and i5.external and i5.external["pending"] is True
    assert any(f.code == "EXTERNAL_PENDING" for f in i5.findings)
    csv = tmp_path / "indeks.csv"
    csv.write_bytes("\ufeffindeks,nilai,tanggal,sumber\r\n"
                    "\"Indeks Satu Data Indonesia (SDI)\",40,2025-08-01,Bappenas\r\n"
                    "\"Indeks Satu Data Indonesia (SDI)\",56.25,2026-08-20,Bappenas\r\n".encode())
    verdicts, index, _ = judge_items([], fw, Opts(indeks_eksternal=csv))
    i5 = next(v for v in verdicts if v.code == "I5")
    assert i5.value == 3.25 and i5.external and i5.external["value"] == 56.25  # the newest counts: 1 + 56.25/25
    assert i5.level == 3
    assert [i.verdict for i in i5.items] == ["accepted", "accepted", "accepted", "wrong_evidence", "auto_rejected"]
    assert "56.25" in i5.items[3].reason
    bad = tmp_path / "bad.csv"
    bad.write_text("indeks,nilai,tanggal\nIndeks Entah,3,2026-01-01\nSDI,abc,2026-01-01\n", encoding="utf-8")
    with pytest.raises(ClaimsError) as err:
        judge_items([], fw, Opts(indeks_eksternal=bad))
    assert "baris 2" in str(err.value) and "baris 3" in str(err.value)


def test_claims_per_item_and_indicator(fw: ItemFramework, tmp_path: Path) -> None:
    form = tmp_path / "klaim.csv"
    form.write_bytes("\ufeffindikator,level,kode,klaim,keterangan\r\n"
                     "I4,2,,,\r\n,,I4-L1-01,ya,SK Tim Koordinasi\r\n,,I4-L1-02,ya,Renja\r\n,,I9-L1-01,tidak,\r\n".encode())
    sk = doc("SK-Tim-Koordinasi.pdf", SK_KOORD, doc_type="keputusan", subtype="sk_tim_koordinasi",
             title="Pembentukan Tim Koordinasi Pemerintah Digital")
    audit = doc("SK-Tim-Audit.pdf", SK_AUDIT, doc_type="keputusan", title="Tim Audit Keamanan dan Teknologi")
    verdicts, index, _ = judge_items([sk, audit], fw, Opts(klaim=form))
    i4 = next(v for v in verdicts if v.code == "I4")
    codes = [(f.code, f.message) for f in i4.findings]
    assert any(c == "OVERCLAIM" and "I4-L1-02" in m for c, m in codes)
    assert any(c == "OVERCLAIM" and "tingkat 2" in m for c, m in codes)
    assert any(c == "OVERCLAIM" and "I4-L1-02" in m and "tidak tepat" in m for c, m in codes)
    assert i4.claimed_value is not None and i4.claimed_value > i4.value
    assert items_of(verdicts, "I4")["I4-L1-01"].claimed is True
    i9 = next(v for v in verdicts if v.code == "I9")
    assert any(f.code == "UNDERCLAIM" and "I9-L1-01" in f.message for f in i9.findings)
    assert index.claimed is not None
    bad = tmp_path / "bad.csv"
    bad.write_text("indikator,level,kode,klaim\nI99,2,,\n,,I4-L9-01,ya\n,,I4-L1-01,mungkin\n", encoding="utf-8")
    with pytest.raises(ClaimsError) as err:
        judge_items([], fw, Opts(klaim=bad))
    assert all(f"baris {n}" in str(err.value) for n in (2, 3, 4))


def test_foreign_and_national_documents_back_nothing(fw: ItemFramework) -> None:
    foreign = doc("SK-Tim-Koordinasi-Kab-Lain.pdf", SK_KOORD.replace("SUKAMAJU", "SUKAMAKMUR"), doc_type="keputusan",
                  subtype="sk_tim_koordinasi", findings=(Finding("FOREIGN_ISSUER", "warning", "instansi lain"),))
    verdicts, _, _ = judge_items([foreign], fw, Opts())
    item = items_of(verdicts, "I4")["I4-L1-01"]
    assert item.verdict == "wrong_evidence" and "instansi lain" in item.reason


TOY = """
id: toy-2030
kind: items
name: Kerangka Uji 2030
name_en: Toy framework 2030
short: Uji
short_en: Toy
periods: [2030, 2099]
predicates:
  - {level: 1, max: 1.5, id: Kurang, en: Poor}
  - {level: 2, max: 2.5, id: Cukup, en: Fair}
  - {level: 3, max: 3.5, id: Baik, en: Good}
  - {level: 4, max: 4.0, id: Sangat Baik, en: Very Good}
  - {level: 5, max: 5.0, id: Memuaskan, en: Satisfactory}
levels: {1: {id: Satu, en: One}, 2: {id: Dua, en: Two}, 3: {id: Tiga, en: Three}, 4: {id: Empat, en: Four}, 5: {id: Lima, en: Five}}
value_model: {base: 1.0, steps: {1: 1.0, 2: 1.0, 3: 1.0, 4: 0.5, 5: 0.5}}
expectations:
  sop_backup:
    doc_types: [sop]
    title: [pencadangan data]
    expected: SOP pencadangan data
    expected_en: a data-backup SOP
aspects:
  - {id: 1, name: Satu-satunya, name_en: Only, weight: 100}
indicators:
  - id: 1
    code: T1
    deck: "1.1"
    aspect: 1
    weight: 100
    name: Pencadangan
    name_en: Backup
    levels:
      1: {criterion: ada SOP, criterion_en: an SOP, items: [{code: I1-L1-01, text: SOP, text_en: SOP, use: sop_backup}]}
      2: {criterion: dua, criterion_en: two, items: [{code: I1-L2-01, text: x, text_en: x, use: sop_backup}]}
      3: {criterion: tiga, criterion_en: three, items: [{code: I1-L3-01, text: x, text_en: x, expects: {any: [uji pemulihan], expected: laporan uji pemulihan, expected_en: a restore-test report}}]}
      4: {criterion: empat, criterion_en: four, items: [{code: I1-L4-01, text: x, text_en: x, use: sop_backup}]}
      5: {criterion: lima, criterion_en: five, items: [{code: I1-L5-01, text: x, text_en: x, use: sop_backup}]}
"""


def test_a_third_framework_is_a_new_yaml_file(tmp_path: Path) -> None:
    (tmp_path / "frameworks").mkdir()
    (tmp_path / "frameworks" / "toy-2030.yaml").write_text(TOY, encoding="utf-8")
    dirs = (PROJECT_RULES, tmp_path)
    assert select_framework(dirs, 2031, None)[0] == "toy-2030"
    toy = load_framework(dirs, "toy-2030")
    assert isinstance(toy, ItemFramework)
    sop = doc("SOP.pdf", "STANDAR OPERASIONAL PROSEDUR PENCADANGAN DATA", doc_type="sop", title="SOP Pencadangan Data")
    verdicts, index, _ = judge_items([sop], toy, Opts(tahun=2031))
    assert [i.verdict for i in verdicts[0].items] == ["accepted", "accepted", "missing", "auto_rejected", "auto_rejected"]
    assert verdicts[0].value == 3.0 and index.supported == 3.0 and index.predicate == "Baik"
    broken = TOY.replace("use: sop_backup}]}\n      2", "use: nothing}]}\n      2").replace("weight: 100\n    name", "weight: 90\n    name")
    (tmp_path / "frameworks" / "toy-2030.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_framework(dirs, "toy-2030")
    text = "\n".join(err.value.problems)
    assert "toy-2030.yaml" in text and "unknown expectation 'nothing'" in text and "aspects.0.weight" in text


def test_shipped_pemdi_file_has_the_published_shape(fw: ItemFramework) -> None:
    assert len(fw.indicators) == 20 and sum(i.weight for i in fw.indicators) == 100
    per_level = {lvl: sum(len(i.levels[lvl].items) for i in fw.indicators) for lvl in range(1, 6)}
    assert per_level == {1: 49, 2: 47, 3: 48, 4: 43, 5: 45} and sum(per_level.values()) == 232
    assert {i.code for i in fw.indicators if i.source == "external"} == {"I5", "I6", "I7", "I18"}
    assert fw.level_name(4) == "Melembaga" and fw.level_name(4, "en") == "Embedded"


def test_check_folder_end_to_end_on_pemdi(tmp_path: Path) -> None:
    from evidence_check.api import check_folder

    folder = tmp_path / "bukti"
    (folder / "I4 Kolaborasi").mkdir(parents=True)
    (folder / "I4 Kolaborasi" / "SK-Tim-Koordinasi-Pemdi.txt").write_text(SK_KOORD, encoding="utf-8")
    (folder / "I9 Audit").mkdir()
    (folder / "I9 Audit" / "SK-Tim-Asesor-Internal.txt").write_text(SK_ASESOR, encoding="utf-8")
    report = check_folder(folder, Options(input=folder, tahun=2026, use_cache=False, jobs=1,
                                          instansi="Kabupaten Sukamaju"))
    assert report.framework == "permenpanrb-8-2026" and "2026" in report.framework_reason
    i4 = next(v for v in report.indicators if v.code == "I4")
    assert i4.items[0].verdict == "accepted" and i4.items[0].documents[0].path.endswith("SK-Tim-Koordinasi-Pemdi.txt")
    i9 = next(v for v in report.indicators if v.code == "I9")
    assert i9.items[0].verdict == "wrong_evidence"
    assert report.index is not None and len(report.index.aspects) == 7


def test_cli_pemdi_options(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from evidence_check.cli import main

    folder = tmp_path / "bukti"
    folder.mkdir()
    (folder / "SK-Tim-Koordinasi.txt").write_text(SK_KOORD, encoding="utf-8")
    ext = tmp_path / "indeks.csv"
    ext.write_text("indeks,nilai,tanggal\nIndeks Satu Data Indonesia (SDI),25,2026-08-20\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, [str(folder), "--tahun", "2026", "--indeks-eksternal", str(ext), "--out", str(out),
                                    "-f", "json", "-q", "--no-cache", "-j", "1"])
    assert res.exit_code == 0, res.output
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["framework"] == "permenpanrb-8-2026"
    i5 = next(v for v in data["indicators"] if v["code"] == "I5")
    assert i5["value"] == 2.0 and i5["external"]["pending"] is False  # SDI 25 -> 2.00 (official example)
    bad = tmp_path / "klaim.csv"
    bad.write_text("indikator,level,kode,klaim\nI4,7,,\n", encoding="utf-8")
    res = CliRunner().invoke(main, [str(folder), "--tahun", "2026", "--klaim", str(bad), "--out", str(out), "-q"])
    assert res.exit_code == 2 and "baris 2" in res.output
    res = CliRunner().invoke(main, [str(folder), "--tahun", "2024", "--out", str(out), "-f", "json", "-q", "-j", "1"])
    assert res.exit_code == 0
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["framework"] == "permenpanrb-59-2020"
