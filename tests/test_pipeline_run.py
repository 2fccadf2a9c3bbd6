"""A whole run over a folder: bad files become findings, good files are read, the input is untouched."""
from __future__ import annotations

import json
from pathlib import Path

import docfactory as f
from conftest import tree_hash
from click.testing import CliRunner

from evidence_check.api import check_folder
from evidence_check.cli import main
from evidence_check.context import Options


def build_folder(root: Path) -> Path:
    f.text_pdf(root / "Indikator 1" / "1a-Perbup-SPBE.pdf", ["PERATURAN BUPATI SUKAMAJU\nNOMOR 7 TAHUN 2023\nTENTANG\nSPBE"])
    f.docx_file(root / "Indikator 10" / "SK-Tim.docx", ["KEPUTUSAN BUPATI SUKAMAJU", "TENTANG TIM KOORDINASI SPBE"])
    f.broken_pdf(root / "rusak.pdf")
    f.encrypted_pdf(root / "terkunci.pdf")
    (root / "kosong.docx").write_bytes(b"")
    (root / "arsip.rar").write_bytes(b"Rar!\x1a\x07\x00" + b"\x01" * 64)
    (root / "Thumbs.db").write_bytes(b"\x00" * 32)
    (root / "~$SK-Tim.docx").write_bytes(b"lock")
    return root


def test_run_keeps_going_and_never_writes_input(tmp_path):
    root = build_folder(tmp_path / "bukti")
    before = tree_hash(root)
    report = check_folder(root, Options(input=root, out=tmp_path / "out", cache_dir=tmp_path / "cache", jobs=2))
    assert tree_hash(root) == before
    by = {d.path: d for d in report.documents}
    assert set(by) == {"Indikator 1/1a-Perbup-SPBE.pdf", "Indikator 10/SK-Tim.docx", "rusak.pdf", "terkunci.pdf",
                       "kosong.docx", "arsip.rar"}
    assert "NOMOR 7 TAHUN 2023" in by["Indikator 1/1a-Perbup-SPBE.pdf"].text
    assert "TIM KOORDINASI" in by["Indikator 10/SK-Tim.docx"].text
    expect = {"rusak.pdf": "UNREADABLE", "terkunci.pdf": "ENCRYPTED", "kosong.docx": "EMPTY_FILE",
              "arsip.rar": "UNSUPPORTED_FORMAT"}
    for path, code in expect.items():
        assert code in {x.code for x in by[path].findings}, (path, by[path].findings)
    assert {s["path"] for s in report.skipped} == {"Thumbs.db", "~$SK-Tim.docx"}


def test_cache_rereads_only_changed_file(tmp_path):
    root = tmp_path / "bukti"
    f.text_pdf(root / "a.pdf", ["PERATURAN BUPATI SUKAMAJU NOMOR 1 TAHUN 2023"])
    f.text_pdf(root / "b.pdf", ["KEPUTUSAN BUPATI SUKAMAJU NOMOR 2 TAHUN 2023"])
    opts = Options(input=root, out=tmp_path / "out", cache_dir=tmp_path / "cache", jobs=1)
    first = check_folder(root, opts)
    assert not any(d.extraction.cached for d in first.documents)
    f.text_pdf(root / "b.pdf", ["KEPUTUSAN BUPATI SUKAMAJU NOMOR 3 TAHUN 2024"])
    second = {d.path: d for d in check_folder(root, opts).documents}
    assert second["a.pdf"].extraction.cached and not second["b.pdf"].extraction.cached
    assert "NOMOR 3 TAHUN 2024" in second["b.pdf"].text


def test_cli_writes_json_report_outside_input(tmp_path):
    root = build_folder(tmp_path / "bukti")
    out = tmp_path / "laporan"
    res = CliRunner().invoke(main, [str(root), "--out", str(out), "--format", "json", "-q", "--cache-dir",
                                    str(tmp_path / "c")])
    assert res.exit_code == 0, res.output
    data = json.loads((out / "report.json").read_text("utf-8"))
    assert data["schema_version"] and data["tool_version"]
    doc = next(d for d in data["documents"] if d["path"] == "rusak.pdf")
    assert doc["findings"][0]["code"] == "UNREADABLE" and doc["findings"][0]["severity"] == "error"
    pdf = next(d for d in data["documents"] if d["path"].endswith("1a-Perbup-SPBE.pdf"))
    assert pdf["extraction"]["method"] == "text" and pdf["sha256"] and pdf["format"] == "pdf"


def test_cli_refuses_out_inside_input_and_unreadable_folder(tmp_path):
    root = build_folder(tmp_path / "bukti")
    res = CliRunner().invoke(main, [str(root), "--out", str(root / "laporan"), "-q"])
    assert res.exit_code == 2 and not (root / "laporan").exists()
    empty = tmp_path / "kosong"
    empty.mkdir()
    res = CliRunner().invoke(main, [str(empty), "--out", str(tmp_path / "o"), "-q", "-f", "json"])
    assert res.exit_code == 2  # nothing could be read


def test_cli_text_dump(tmp_path):
    pdf = f.text_pdf(tmp_path / "a.pdf", ["PERATURAN BUPATI SUKAMAJU NOMOR 1 TAHUN 2023"])
    res = CliRunner().invoke(main, ["text", str(pdf)])
    assert res.exit_code == 0 and "halaman 1 — text" in res.output and "NOMOR 1 TAHUN 2023" in res.output
