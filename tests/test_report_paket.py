"""The upload package (--format paket): tree, names, copies, page extracts, manifest, notes, to-dos, hygiene.

Built from a real folder (text PDFs, a scan, a PNG, a zip with a nested zip) and a RunReport made in code
(tests/paket_fixture.py), so the package is tested independently of the judge that fills the items."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest

from evidence_check.models import ItemDocument
from evidence_check.report import available_formats, render_all
from evidence_check.report.paket import PackageError, PaketSettings, write_paket
from tests.paket_fixture import build_input, make_59_report, make_report

NAME = re.compile(r"^I\d{1,2}-L[1-5]-\d{2}_[A-Za-z0-9-]+(_hal-[0-9_-]+)?\.[a-z0-9]+$")


def tree_digest(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under root: content hash and mtime (a copy must not even touch the source's time)."""
    return {
        p.relative_to(root).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, tuple[str, int]]]:
    base = tmp_path_factory.mktemp("paket")
    root = base / "bukti"
    build_input(root)
    before = tree_digest(root)
    written = render_all(make_report(root), ("paket",), base / "out", "id")
    assert written == [base / "out" / "paket", base / "out" / "paket.zip"]
    return root, base / "out" / "paket", before


def _files(pkg: Path) -> set[str]:
    return {p.relative_to(pkg).as_posix() for p in pkg.rglob("*") if p.is_file()}


def test_format_is_registered() -> None:
    assert "paket" in available_formats()


def test_package_tree_and_names(built) -> None:
    _, pkg, _ = built
    uploads = {f for f in _files(pkg) if re.match(r"I\d+ ", f)}
    assert uploads == {
        "I1 Tata Kelola/L1/I1-L1-01_Renja-2027.pdf",
        "I1 Tata Kelola/L2/I1-L2-04_DPA-2026.pdf",
        "I1 Tata Kelola/L2/I1-L2-04_DPA-2026_hal-12-13.pdf",
        "I1 Tata Kelola/daftar-kerja.txt",
        "I4 Kolaborasi/L1/I4-L1-01_SK-Tim-Koordinasi-Pemdi-2026.pdf",
        "I4 Kolaborasi/L1/I4-L1-03_Notulen-Rapat-Kolaborasi-Antar-Unit.pdf",
        "I4 Kolaborasi/L2/I4-L2-02_Notulen-Berita-Acara-Berbagi-Data.pdf",
        "I4 Kolaborasi/daftar-kerja.txt",
        "I20 Pengelolaan Kepuasan Pengguna/L1/I20-L1-02_Tangkapan-Layar-hasil-survei-2026.png",
        "I20 Pengelolaan Kepuasan Pengguna/daftar-kerja.txt",
    }
    for f in uploads - {u for u in uploads if u.endswith(".txt")}:
        name = f.rsplit("/", 1)[1]
        assert NAME.match(name) and len(name) <= 80, name
        assert name.startswith(
            f.split("/")[1].replace("L", f.split(" ")[0] + "-L", 1)[: len(name.split("_")[0])]
        )
    # wrong evidence stays out of the upload folders; every item has a note
    assert not any("I4-L1-02_" in f or "I1-L2-03_" in f for f in uploads)
    assert {f for f in _files(pkg) if f.startswith("catatan/")} == {
        f"catatan/{c}.txt"
        for c in (
            "I1-L1-01",
            "I1-L2-01",
            "I1-L2-02",
            "I1-L2-03",
            "I1-L2-04",
            "I4-L1-01",
            "I4-L1-02",
            "I4-L1-03",
            "I4-L2-01",
            "I4-L2-02",
            "I20-L1-01",
            "I20-L1-02",
            "I20-L1-03",
            "I20-L1-04",
        )
    }
    assert {"manifest.csv", "manifest.xlsx", "daftar-kerja.txt", "BACA-SAYA.txt"} <= _files(pkg)


def test_input_untouched_and_copies_identical(built) -> None:
    root, pkg, before = built
    assert tree_digest(root) == before
    src = root / "01 Kolaborasi" / "SK Tim Koordinasi Pemdi.pdf"
    copy = pkg / "I4 Kolaborasi/L1/I4-L1-01_SK-Tim-Koordinasi-Pemdi-2026.pdf"
    assert copy.read_bytes() == src.read_bytes()
    assert not copy.samefile(src)


def test_page_extract_holds_exactly_the_pages(built) -> None:
    _, pkg, _ = built
    part = pdfium.PdfDocument(str(pkg / "I1 Tata Kelola/L2/I1-L2-04_DPA-2026_hal-12-13.pdf"))
    try:
        assert len(part) == 2
        texts = [part[i].get_textpage().get_text_range() for i in range(2)]
    finally:
        part.close()
    assert "2.16.03.2.02.0005 Koordinasi" in texts[0]
    assert "Lanjutan Sub Kegiatan" in texts[1]
    whole = pdfium.PdfDocument(str(pkg / "I1 Tata Kelola/L2/I1-L2-04_DPA-2026.pdf"))
    assert len(whole) == 30
    whole.close()


def test_archive_members_come_out_safely(built) -> None:
    root, pkg, _ = built
    with zipfile.ZipFile(root / "arsip" / "bukti kolaborasi.zip") as zf:
        member = zf.read("rapat/Notulen Rapat Kolaborasi.pdf")
        inner = zipfile.ZipFile(io.BytesIO(zf.read("dalam.zip"))).read("BA berbagi data.pdf")
    assert (pkg / "I4 Kolaborasi/L1/I4-L1-03_Notulen-Rapat-Kolaborasi-Antar-Unit.pdf").read_bytes() == member
    assert (pkg / "I4 Kolaborasi/L2/I4-L2-02_Notulen-Berita-Acara-Berbagi-Data.pdf").read_bytes() == inner
    base = pkg.parent.parent
    assert not list(base.rglob("keluar.pdf")), "a ../ member must never be written"
    assert not [p for p in pkg.parent.iterdir() if p.name.startswith(".paket-")], (
        "temp build folder left behind"
    )


def _manifest_rows(pkg: Path) -> list[dict[str, str]]:
    raw = (pkg / "manifest.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_manifest_csv_and_xlsx_agree(built) -> None:
    _, pkg, _ = built
    rows = _manifest_rows(pkg)
    by = {r["Kode butir"]: r for r in rows}
    assert len(rows) == 14
    assert by["I4-L1-01"]["Putusan (portal)"] == "diterima" and by["I4-L1-01"]["Kode putusan"] == "accepted"
    assert by["I4-L1-02"]["Putusan (portal)"] == "tidak tepat" and by["I4-L1-02"]["Berkas dalam paket"] == ""
    assert by["I4-L1-02"]["Yang diterima"].startswith("baris RA tentang kolaborasi")
    assert by["I1-L2-01"]["Putusan (portal)"] == "belum diunggah"
    assert by["I4-L2-01"]["Putusan (portal)"] == "otomatis ditolak"
    assert by["I1-L2-04"]["Halaman"] == "DPA Diskominfo 2026 (final).pdf: 12-13"
    assert by["I1-L2-04"]["Berkas dalam paket"] == (
        "I1 Tata Kelola/L2/I1-L2-04_DPA-2026.pdf; I1 Tata Kelola/L2/I1-L2-04_DPA-2026_hal-12-13.pdf"
    )
    assert "DIGITAL_SIGNATURE" in by["I4-L1-01"]["Peringatan unggah"]
    for code, row in by.items():
        assert row["Catatan siap tempel"] + "\r\n" == (pkg / "catatan" / f"{code}.txt").read_bytes().decode(
            "utf-8"
        )
    wb = openpyxl.load_workbook(pkg / "manifest.xlsx")
    assert wb.sheetnames == ["Manifest", "Daftar kerja", "Peringatan unggah"]
    sheet = list(wb["Manifest"].iter_rows(values_only=True))
    assert [r[0] for r in sheet[1:]] == [r["Kode butir"] for r in rows]
    assert [r[11] for r in sheet[1:]] == [r["Catatan siap tempel"] for r in rows]


def test_notes_for_accepted_and_weak_items(built) -> None:
    _, pkg, _ = built
    note = (pkg / "catatan" / "I4-L1-01.txt").read_text("utf-8").strip()
    for part in (
        "Keputusan",
        "100.3.3.2/45/KPTS/2026",
        "12 Maret 2026",
        "Bupati Sukamaju",
        "Tim Koordinasi Pemerintah Digital",
        "halaman 2 dari 3",
        '"KESATU: Membentuk',
        "Memenuhi butir I4-L1-01",
    ):
        assert part in note, part
    weak = (pkg / "catatan" / "I4-L1-02.txt").read_text("utf-8").strip()
    assert weak.startswith("Belum memenuhi butir I4-L1-02: SK tim saja bukan rencana kolaborasi.")
    assert "Yang dibutuhkan: baris RA tentang kolaborasi antarunit" in weak
    blocked = (pkg / "catatan" / "I4-L2-02.txt").read_text("utf-8")
    assert "otomatis ditolak selama level 1 belum lengkap (belum diterima: I4-L1-02)" in blocked
    missing = (pkg / "catatan" / "I20-L1-01.txt").read_text("utf-8")
    assert missing.startswith("Belum ada dokumen untuk butir I20-L1-01. Yang dibutuhkan: tangkapan layar")
    dpa = (pkg / "catatan" / "I1-L2-04.txt").read_text("utf-8")
    assert "halaman 12-13 dari 30" in dpa
    for f in (pkg / "catatan").iterdir():
        text = f.read_bytes().decode("utf-8").removesuffix("\r\n")
        assert "\t" not in text and "\n" not in text and "**" not in text and "  " not in text
        assert len(text) <= 1000


def test_note_length_is_a_setting(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_input(root)
    write_paket(make_report(root), tmp_path / "out", settings=PaketSettings(note_chars=120, make_zip=False))
    note = (tmp_path / "out/paket/catatan/I4-L1-01.txt").read_text("utf-8").strip()
    assert len(note) <= 120 and note.endswith("...")
    assert (
        note[:-3].rstrip()
        in "Dokumen: Keputusan Nomor 100.3.3.2/45/KPTS/2026 tanggal 12 Maret 2026 tentang Tim "
        "Koordinasi Pemerintah Digital, diterbitkan oleh Bupati Sukamaju."
    )
    assert not (tmp_path / "out/paket.zip").exists()


def test_todo_order_by_index_gain(built) -> None:
    _, pkg, _ = built
    text = (pkg / "daftar-kerja.txt").read_text("utf-8")
    order = re.findall(r"^\d+\. (I\d+-L\d-\d\d) ", text, re.MULTILINE)
    # I20 (weight 15) at its lowest incomplete level first: 0.15·0.5/4; then I1 L2: 0.05·1/4; then I4 L1:
    # 0.05·0.5/3; the I4 L2 items last, blocked by I4-L1-02 although their own step is larger.
    assert order == [
        "I20-L1-01",
        "I20-L1-03",
        "I20-L1-04",
        "I1-L2-01",
        "I1-L2-02",
        "I1-L2-03",
        "I4-L1-02",
        "I4-L2-01",
        "I4-L2-02",
    ]
    assert "indeks +0,0187" in text or "indeks +0,0188" in text
    assert "Terhalang level 1: lengkapi dahulu I4-L1-02; lalu unggah: rencana kolaborasi" in text
    i4 = (pkg / "I4 Kolaborasi" / "daftar-kerja.txt").read_text("utf-8")
    assert re.findall(r"^\d+\. (I\d+-L\d-\d\d) ", i4, re.MULTILINE) == ["I4-L1-02", "I4-L2-01", "I4-L2-02"]
    assert "nilai perkiraan 1,33" in i4
    sheet = list(openpyxl.load_workbook(pkg / "manifest.xlsx")["Daftar kerja"].iter_rows(values_only=True))
    assert [r[1] for r in sheet[1:]] == order
    assert sheet[1][7] == pytest.approx(0.0187, abs=1e-4)


def test_zip_mirrors_the_folder(built) -> None:
    _, pkg, _ = built
    with zipfile.ZipFile(pkg.parent / "paket.zip") as zf:
        names = set(zf.namelist())
        assert names == {f"paket/{f}" for f in _files(pkg) if f != ".evidence-check-paket"}
        assert zf.read("paket/manifest.csv") == (pkg / "manifest.csv").read_bytes()
        assert {i.date_time for i in zf.infolist()} == {(2026, 8, 20, 9, 0, 0)}, (
            "the run's time, not the clock's"
        )
        assert zf.testzip() is None


def _warnings(pkg: Path) -> list[tuple[str, str]]:
    return [(r["Kode butir"], r["Peringatan unggah"]) for r in _manifest_rows(pkg)]


def test_hygiene_warnings(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_input(root)
    report = make_report(root)
    # accept the scan for I1-L2-03 so it is copied, and make the DPA "change" after the check
    i1 = report.indicators[0]
    items = tuple(replace(i, verdict="accepted") if i.code == "I1-L2-03" else i for i in i1.items)
    docs = tuple(
        replace(d, sha256="0" * 64) if d.path.startswith("Anggaran/") else d for d in report.documents
    )
    report = replace(report, indicators=(replace(i1, items=items), *report.indicators[1:]), documents=docs)
    write_paket(report, tmp_path / "out", settings=PaketSettings(max_upload_mb=0.05, make_zip=False))
    warns = dict(_warnings(tmp_path / "out" / "paket"))
    assert "NO_TEXT_LAYER" in warns["I1-L2-03"]
    assert "SOURCE_CHANGED" in warns["I1-L2-04"]
    assert "TOO_LARGE" in warns["I1-L2-04"] and "0,05 MB" in warns["I1-L2-04"]
    assert "NOT_PDF" in warns["I20-L1-02"]
    assert "DIGITAL_SIGNATURE" in warns["I4-L1-01"]
    assert "FROM_ARCHIVE" in warns["I4-L1-03"]
    assert "DIGITAL_SIGNATURE" not in warns["I1-L2-04"], (
        "facts['signature'] of the wrong shape must not count"
    )


def test_missing_source_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_input(root)
    report = make_report(root)
    (root / "Survei" / "hasil survei.png").unlink()
    i4 = report.indicators[1]
    items = tuple(
        replace(i, documents=(ItemDocument("../../etc/passwd", (1,)),)) if i.code == "I4-L1-03" else i
        for i in i4.items
    )
    report = replace(
        report, indicators=(report.indicators[0], replace(i4, items=items), report.indicators[2])
    )
    write_paket(report, tmp_path / "out")
    warns = dict(_warnings(tmp_path / "out" / "paket"))
    assert "SOURCE_MISSING" in warns["I20-L1-02"] and "tidak ditemukan" in warns["I20-L1-02"]
    assert "SOURCE_MISSING" in warns["I4-L1-03"] and "tidak aman" in warns["I4-L1-03"]


def test_rebuild_replaces_only_its_own_package(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_input(root)
    out = tmp_path / "out"
    write_paket(make_report(root), out)
    (out / "paket" / "stale.txt").write_text("from an older run")
    write_paket(make_report(root), out)
    assert not (out / "paket" / "stale.txt").exists()
    assert (out / "paket.zip").is_file()
    write_paket(make_report(root), out, settings=PaketSettings(make_zip=False))
    assert not (out / "paket.zip").exists(), "a zip of an older package must not stay beside the new folder"
    foreign = tmp_path / "out2"
    (foreign / "paket").mkdir(parents=True)
    (foreign / "paket" / "mine.docx").write_bytes(b"user data")
    with pytest.raises(PackageError):
        write_paket(make_report(root), foreign)
    assert (foreign / "paket" / "mine.docx").read_bytes() == b"user data"


def test_59_2020_report_one_folder_per_indicator(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_input(root)
    write_paket(make_59_report(root), tmp_path / "out")
    pkg = tmp_path / "out" / "paket"
    files = _files(pkg)
    assert "Indikator 09 Kebijakan Internal Tim Koordinasi/Ind09_SK-Tim-Koordinasi-Pemdi-2026.pdf" in files
    assert {"catatan/Ind09.txt", "catatan/Ind11.txt"} <= files
    rows = {r["Kode butir"]: r for r in _manifest_rows(pkg)}
    assert rows["Ind09"]["Putusan (portal)"] == "didukung" and rows["Ind11"]["Kode putusan"] == "missing"
    assert "Tetapkan Renja" in (pkg / "catatan" / "Ind11.txt").read_text("utf-8")
    assert "Keputusan Nomor 100.3.3.2/45/KPTS/2026" in (pkg / "catatan" / "Ind09.txt").read_text("utf-8")
    todo = (pkg / "daftar-kerja.txt").read_bytes().decode("utf-8")
    assert re.findall(r"^\d+\. (Ind\d+) ", todo, re.MULTILINE) == ["Ind11"]  # Ind09 is supported
    assert "bobot 1,30): Tetapkan Renja yang memuat program SPBE" in todo


def test_single_file_input(tmp_path: Path) -> None:
    root = tmp_path / "in"
    paths = build_input(root)
    report = replace(make_report(root), input_root=str(paths["dpa"]))
    report = replace(
        report,
        documents=tuple(
            replace(d, path=Path(d.path).name) if d.path.startswith("Anggaran/") else d
            for d in report.documents
        ),
        indicators=tuple(
            replace(
                v,
                items=tuple(
                    replace(i, documents=tuple(replace(r, path=Path(r.path).name) for r in i.documents))
                    for i in v.items
                ),
            )
            for v in report.indicators
        ),
    )
    write_paket(report, tmp_path / "out")
    assert (tmp_path / "out/paket/I1 Tata Kelola/L2/I1-L2-04_DPA-2026_hal-12-13.pdf").is_file()


def test_undecodable_file_name(tmp_path: Path) -> None:
    if os.name == "nt":
        pytest.skip("POSIX byte names only")
    root = tmp_path / "in"
    build_input(root)
    raw = os.fsencode(root) + b"/laporan-\xff.pdf"
    try:
        with open(raw, "wb") as fh:
            fh.write((root / "scan_0012.pdf").read_bytes())
    except OSError:
        pytest.skip("the file system refuses undecodable names")
    report = make_report(root)
    i20 = report.indicators[2]
    items = tuple(
        replace(i, documents=(ItemDocument("laporan-\\xff.pdf"),)) if i.code == "I20-L1-02" else i
        for i in i20.items
    )
    report = replace(report, indicators=(*report.indicators[:2], replace(i20, items=items)))
    write_paket(report, tmp_path / "out")
    got = [p for p in (tmp_path / "out/paket").rglob("I20-L1-02_*")]
    assert len(got) == 1 and got[0].read_bytes() == (root / "scan_0012.pdf").read_bytes()


def test_cli_pack_and_check_format_paket(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from evidence_check.cli import main
    from tests.conftest import tree_hash

    root = tmp_path / "bukti"
    build_input(root)
    before = tree_hash(root)
    common = ["--cache-dir", str(tmp_path / "cache"), "-j", "2"]
    res = CliRunner().invoke(
        main,
        [
            "pack",
            str(root),
            "--out",
            str(tmp_path / "a"),
            "--catatan-maks",
            "300",
            "--batas-unggah-mb",
            "0.01",
            "--tanpa-zip",
            "-q",
            *common,
        ],
    )
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(
        main,
        [
            str(root),
            "--out",
            str(tmp_path / "b"),
            "--format",
            "json,paket",
            "-q",
            "--cache-dir",
            str(tmp_path / "cache"),
            "-j",
            "2",
        ],
    )
    assert res.exit_code == 0, res.output
    assert tree_hash(root) == before
    assert not (tmp_path / "a" / "paket.zip").exists() and (tmp_path / "b" / "paket.zip").is_file()
    a, b = _manifest_rows(tmp_path / "a" / "paket"), _manifest_rows(tmp_path / "b" / "paket")
    assert [r["Kode butir"] for r in a] == [r["Kode butir"] for r in b] and a
    assert all(len(r["Catatan siap tempel"]) <= 300 for r in a)
    # the settings of `pack` reach the package: 0.01 MB flags the copied PDFs (the 2.5 KB PNG stays below)
    copied = [r for r in a if ".pdf" in r["Berkas dalam paket"]]
    assert copied and any("TOO_LARGE" in r["Peringatan unggah"] for r in copied)
    assert not any("TOO_LARGE" in r["Peringatan unggah"] for r in b)
    res = CliRunner().invoke(main, ["pack", str(root), "--out", str(root / "x")])
    assert res.exit_code == 2 and "inside the input" in res.output


def test_hostile_codes_and_unreadable_documents(tmp_path: Path) -> None:
    """Codes come from (possibly overlaid) framework files; a PDF the reader failed on is not opened again."""
    from evidence_check.models import Finding

    root = tmp_path / "in"
    build_input(root)
    report = make_report(root)
    i1, i4, i20 = report.indicators
    i4 = replace(
        i4,
        code="../../I4",
        items=tuple(replace(i, code="../../" + i.code) if i.code == "I4-L1-01" else i for i in i4.items),
    )
    docs = tuple(
        d.with_findings(Finding("UNREADABLE", "error", "rusak")) if d.path.startswith("Anggaran/") else d
        for d in report.documents
    )
    write_paket(replace(report, indicators=(i1, i4, i20), documents=docs), tmp_path / "out")
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(p.is_relative_to(root) or p.is_relative_to(tmp_path / "out") for p in written)
    pkg = tmp_path / "out" / "paket"
    assert (pkg / "I4 Kolaborasi/L1/I4-L1-01_SK-Tim-Koordinasi-Pemdi-2026.pdf").is_file()
    assert (pkg / "catatan" / "I4-L1-01.txt").is_file()
    assert not list(pkg.rglob("*_hal-*")), "no page extract from a PDF the sandboxed reader failed on"
    assert (pkg / "I1 Tata Kelola/L2/I1-L2-04_DPA-2026.pdf").is_file(), "the whole file is still copied"


def test_report_without_indicators(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_input(root)
    write_paket(replace(make_report(root), indicators=()), tmp_path / "out")
    pkg = tmp_path / "out" / "paket"
    assert _manifest_rows(pkg) == []
    assert {"manifest.csv", "manifest.xlsx", "BACA-SAYA.txt"} <= _files(pkg)


def test_page_extract_failure_is_a_warning(tmp_path: Path) -> None:
    """The budget was replaced by a 3-page file after the check: no extract is cut, the rest goes on."""
    from tests import docfactory as f

    root = tmp_path / "in"
    paths = build_input(root)
    report = make_report(root)
    f.text_pdf(paths["dpa"], ["satu", "dua", "tiga"])
    write_paket(report, tmp_path / "out", settings=PaketSettings(make_zip=False))
    warns = dict(_warnings(tmp_path / "out" / "paket"))
    assert "PAGES_NOT_EXTRACTED" in warns["I1-L2-04"] and "SOURCE_CHANGED" in warns["I1-L2-04"]
    assert not list((tmp_path / "out" / "paket").rglob("*_hal-*"))
    row = next(r for r in _manifest_rows(tmp_path / "out" / "paket") if r["Kode butir"] == "I1-L2-04")
    assert row["Berkas dalam paket"] == "I1 Tata Kelola/L2/I1-L2-04_DPA-2026.pdf"


def test_several_unsigned_pdfs_are_also_joined(tmp_path: Path) -> None:
    root = tmp_path / "in"
    build_input(root)
    report = make_report(root)
    i1, i4, i20 = report.indicators
    renja = ItemDocument("Perencanaan/Rancangan Renja 2027.pdf", (1,))
    dpa = ItemDocument("Anggaran/DPA Diskominfo 2026 (final).pdf", (12, 13))
    sk = ItemDocument("01 Kolaborasi/SK Tim Koordinasi Pemdi.pdf", (2,))
    items = tuple(
        replace(i, documents=(renja, dpa))
        if i.code == "I1-L2-04"
        else replace(i, documents=(renja, sk))
        if i.code == "I1-L1-01"
        else i
        for i in i1.items
    )
    write_paket(replace(report, indicators=(replace(i1, items=items), i4, i20)), tmp_path / "out")
    pkg = tmp_path / "out" / "paket"
    joined = pkg / "I1 Tata Kelola/L2/I1-L2-04_gabungan-2-berkas.pdf"
    pdf = pdfium.PdfDocument(str(joined))
    try:
        assert len(pdf) == 1 + 30
        assert "RANCANGAN RENCANA KERJA" in pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    rows = {r["Kode butir"]: r for r in _manifest_rows(pkg)}
    assert "I1-L2-04_gabungan-2-berkas.pdf" in rows["I1-L2-04"]["Berkas dalam paket"]
    assert "MERGED" in rows["I1-L2-04"]["Peringatan unggah"]
    # the decree is digitally signed: joining would destroy the signature, so nothing is joined
    assert (
        not list(pkg.rglob("I1-L1-01_gabungan*"))
        and "DIGITAL_SIGNATURE" in rows["I1-L1-01"]["Peringatan unggah"]
    )
    assert "SEVERAL_FILES" in rows["I1-L1-01"]["Peringatan unggah"]
