"""Names, plain text, truncation, notes and the to-do arithmetic of the upload package, without files."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence_check.models import DOC_TYPES, Document, IndicatorVerdict, ItemDocument, ItemVerdict
from evidence_check.report.paket.names import (
    indicator_folder,
    item_file_name,
    pages_label,
    short_indicator_name,
    slug,
    unique,
)
from evidence_check.report.paket.notes import item_note
from evidence_check.report.paket.text import describe, format_date, phrases, plain, truncate
from evidence_check.report.paket.todo import all_tasks, indicator_tasks

SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


def test_catalogue_loads_and_covers_every_code_used() -> None:
    msgs = phrases()
    for code in (
        "NOT_PDF",
        "NO_TEXT_LAYER",
        "PARTLY_SCANNED",
        "TOO_LARGE",
        "DIGITAL_SIGNATURE",
        "SEVERAL_FILES",
        "SOURCE_CHANGED",
        "SOURCE_MISSING",
        "PAGES_NOT_EXTRACTED",
        "FROM_ARCHIVE",
        "MERGED",
        "NOT_MERGED",
    ):
        assert msgs[code].severity in ("warning", "info") and msgs[code].id and msgs[code].en
    for v in ("accepted", "wrong_evidence", "missing", "auto_rejected"):
        assert msgs[f"verdict.{v}"].id in ("diterima", "tidak tepat", "belum diunggah", "otomatis ditolak")
    assert all(f"kind.{t}" in msgs and f"abbr.{t}" in msgs for t in DOC_TYPES)


def test_names() -> None:
    assert (
        item_file_name("I4-L1-01", "SK Tim Koordinasi Pemdi 2026", ".pdf")
        == "I4-L1-01_SK-Tim-Koordinasi-Pemdi-2026.pdf"
    )
    assert item_file_name("I1-L2-04", "DPA 2026", ".pdf", pages=(12, 13)) == "I1-L2-04_DPA-2026_hal-12-13.pdf"
    assert pages_label([3, 7, 8, 9]) == "3_7-9"
    long = item_file_name("I20-L5-05", "Laporan " * 40, ".pdf", pages=range(1, 40, 2), limit=80)
    assert len(long) <= 80 + 40 and long.startswith("I20-L5-05_Laporan") and long.endswith(".pdf")
    assert slug("KEPUTUSAN BUPATI — Tim: Pemdi/2026 (final)") == "Keputusan-Bupati-Tim-Pemdi-2026-final"
    assert slug("Pemeriksaan façade ä") == "Pemeriksaan-facade-a"
    assert short_indicator_name("Tingkat Kematangan Kolaborasi Pemerintah Digital") == "Kolaborasi"
    assert indicator_folder("I4", 4, "Tingkat Kematangan Kolaborasi Pemerintah Digital") == "I4 Kolaborasi"
    assert indicator_folder("", 9, "Kebijakan Internal") == "Indikator 09 Kebijakan Internal"
    taken: set[str] = set()
    assert [unique("a.pdf", taken), unique("A.pdf", taken), unique("a.pdf", taken)] == [
        "a.pdf",
        "A-2.pdf",
        "a-3.pdf",
    ]


@given(st.text(max_size=300))
def test_slug_is_always_safe(text: str) -> None:
    s = slug(text, 50)
    assert len(s) <= 50 and (s == "" or SAFE_NAME.match(s)) and not s.startswith("-") and not s.endswith("-")
    name = item_file_name("I1-L1-01", text, ".pdf")
    assert SAFE_NAME.match(name) and name.startswith("I1-L1-01_") and len(name) <= 80


@given(st.text(max_size=500))
def test_plain_is_form_safe_and_idempotent(text: str) -> None:
    p = plain(text)
    assert plain(p) == p
    assert not any(c in p for c in "\t\r\n\x00\u2028`") and "  " not in p and "**" not in p
    assert p == p.strip()


@given(st.text(max_size=400), st.integers(min_value=10, max_value=300))
def test_truncate_respects_the_limit(text: str, limit: int) -> None:
    p = plain(text)
    t = truncate(p, limit)
    assert len(t) <= limit
    if len(p) <= limit:
        assert t == p
    else:
        assert t.endswith("...")


def test_truncate_cuts_at_a_word() -> None:
    assert truncate("satu dua tiga empat lima", 16) == "satu dua tiga..."
    assert truncate("satu dua tiga empat lima", 15) == "satu dua..."
    assert plain("  **Tebal**\tdan\n# judul “kutip” – strip…") == 'Tebal dan judul "kutip" - strip...'


def test_dates_and_descriptions() -> None:
    assert format_date("2026-03-12") == "12 Maret 2026"
    assert format_date("2026-13-01") == "2026-13-01" and format_date(None) == ""
    doc = Document(
        path="a/sk.pdf",
        doc_type="keputusan",
        number="12/2026",
        date="2026-08-01",
        title="KEPUTUSAN BUPATI SUKAMAJU TENTANG TIM KOORDINASI SPBE DAN PEMDI",
        issuer="Bupati Sukamaju",
    )
    assert describe(doc, doc.path) == (
        "Keputusan Nomor 12/2026 tanggal 1 Agustus 2026 tentang Tim Koordinasi SPBE dan "
        "Pemdi, diterbitkan oleh Bupati Sukamaju"
    )
    assert (
        describe(Document(path="x/foto 1.jpg", doc_type="tangkapan_layar"), "x/foto 1.jpg")
        == "Tangkapan layar (foto 1.jpg)"
    )
    assert describe(None, "z.zip!/in/b.pdf") == "b.pdf"
    junk = Document(path="d.pdf", doc_type="lainnya", title="aman 1", year=2026)
    assert describe(junk, "d.pdf") == "Dokumen tahun 2026 (d.pdf)"


def _v(code: str, weight: float, verdicts: dict[str, str]) -> IndicatorVerdict:
    items = tuple(ItemVerdict(code=c, level=int(c.split("-L")[1][0]), verdict=v) for c, v in verdicts.items())  # type: ignore[arg-type]
    return IndicatorVerdict(
        id=int(code[1:]), code=code, name=code, domain=None, aspect=1, weight=weight, level=None, items=items
    )


def test_gain_follows_the_value_model() -> None:
    i3 = _v(
        "I3",
        5,
        {
            "I3-L1-01": "accepted",
            "I3-L1-02": "accepted",
            "I3-L2-01": "missing",
            "I3-L2-02": "accepted",
            "I3-L3-01": "auto_rejected",
        },
    )
    tasks = {t.item.code: t for t in indicator_tasks(i3)}
    assert tasks["I3-L2-01"].value_gain == pytest.approx(1.0 / 2) and tasks["I3-L2-01"].tier == 0
    assert tasks["I3-L2-01"].index_gain == pytest.approx(0.05 * 0.5)
    assert tasks["I3-L3-01"].kind == "blocked" and tasks["I3-L3-01"].blocked_by == ("I3-L2-01",)
    assert tasks["I3-L3-01"].value_gain == pytest.approx(1.0) and tasks["I3-L3-01"].tier == 1
    done = _v("I2", 5, {"I2-L1-01": "accepted"})
    assert indicator_tasks(done) == []
    heavy = _v("I19", 10, {"I19-L1-01": "missing", "I19-L1-02": "accepted"})
    order = [t.item.code for t in all_tasks((i3, heavy))]
    # I19 L1: 0.10·0.5/2 = 0.025 equals I3 L2 0.05·1/2 = 0.025: the lower level goes first on a tie
    assert order == ["I19-L1-01", "I3-L2-01", "I3-L3-01"]


def test_item_note_for_each_verdict() -> None:
    doc = Document(
        path="p.pdf", doc_type="laporan", title="Laporan Survei Kepuasan Masyarakat 2026", page_count=40
    )
    ref = ItemDocument("p.pdf", (7,), "responden penyandang disabilitas 12 orang")
    look = {"p.pdf": doc}.get
    acc = ItemVerdict("I20-L1-03", 1, "accepted", (ref,), reason="survei melibatkan kelompok rentan.")
    assert item_note(acc, look, 1000) == (
        "Dokumen: Laporan Survei Kepuasan Masyarakat 2026. Bagian penentu: halaman 7 "
        'dari 40: "responden penyandang disabilitas 12 orang". Memenuhi butir '
        "I20-L1-03: survei melibatkan kelompok rentan."
    )
    wrong = ItemVerdict(
        "I19-L1-02",
        1,
        "wrong_evidence",
        (ref,),
        reason="daftar layanan ber-SLA, bukan dasbor",
        expected="dasbor pemantauan SLA",
    )
    assert item_note(wrong, look, 1000).startswith(
        "Belum memenuhi butir I19-L1-02: daftar layanan ber-SLA, bukan "
        "dasbor. Yang dibutuhkan: dasbor pemantauan SLA."
    )
    miss = ItemVerdict(
        "I9-L1-01", 1, "missing", expected="SK tim audit oleh Koordinator Pemdi", interview_only=True
    )
    note = item_note(miss, look, 1000)
    assert note.startswith("Belum ada dokumen untuk butir I9-L1-01.") and "interviu" in note


def test_note_keeps_the_verdict_when_the_field_is_short() -> None:
    from evidence_check.models import Page

    text = "SUB KEGIATAN 2.16.03.2.02.0005 Koordinasi dan Sinkronisasi Pemerintah Digital Rp 250.000.000"
    doc = Document(
        path="dpa.pdf",
        doc_type="dokumen_perencanaan",
        page_count=30,
        title="DOKUMEN PELAKSANAAN ANGGARAN DINAS KOMUNIKASI DAN INFORMATIKA " * 4,
        pages=tuple(Page(n, text if n == 12 else "rekap", "text") for n in range(1, 31)),
    )
    refs = tuple(ItemDocument("dpa.pdf", (12,), text.lower()) for _ in range(3))
    item = ItemVerdict(
        "I1-L2-04",
        2,
        "accepted",
        refs,
        text="RKA/DPA mendanai sebagian RA",
        reason=f'Didukung oleh dpa.pdf: "{text.lower()[:60]}..."',
    )
    note = item_note(item, {"dpa.pdf": doc}.get, 400)
    assert len(note) <= 400
    # the reason only repeated the excerpt: the item's wording says why instead, and it survives the cut
    assert note.endswith("Memenuhi butir I1-L2-04 (RKA/DPA mendanai sebagian RA).")
    assert "..." in note
    full = item_note(item, {"dpa.pdf": doc}.get, 5000)
    assert '"SUB KEGIATAN 2.16.03.2.02.0005 Koordinasi dan Sinkronisasi Pemerintah Digital' in full, (
        "original case"
    )
    wrong = ItemVerdict(
        "I1-L2-04", 2, "wrong_evidence", refs, reason="halaman rekapitulasi", expected="halaman sub kegiatan"
    )
    short = item_note(wrong, {"dpa.pdf": doc}.get, 200)
    assert short.startswith(
        "Belum memenuhi butir I1-L2-04: halaman rekapitulasi. Yang dibutuhkan: halaman sub"
    )
    assert len(short) <= 200


def test_labels_drop_item_codes_already_in_file_names() -> None:
    from evidence_check.report.paket.plan import doc_label

    doc = Document(path="I1 Tata Kelola/I1-L2-01 Renja Diskominfo 2026.pdf", doc_type="dokumen_perencanaan")
    assert doc_label(doc, doc.path) == "Renja Diskominfo 2026"
    assert doc_label(None, "x/I4_L1_03.pdf") == "I4_L1_03", "a name that is only a code stays"


def test_descriptions_hide_other_items_codes_and_title_debris() -> None:
    doc = Document(
        path="I1/I1-L2-01 Renja Diskominfo 2026.pdf", doc_type="dokumen_perencanaan", date="2026-01-20"
    )
    assert (
        describe(doc, doc.path) == "Dokumen perencanaan tanggal 20 Januari 2026 (Renja Diskominfo 2026.pdf)"
    )
    und = Document(
        path="u.jpg", doc_type="undangan", title=".: Undangan Rapat", number="000.8.3/371/Setda/2026"
    )
    assert describe(und, und.path) == "Undangan Rapat Nomor 000.8.3/371/Setda/2026"
