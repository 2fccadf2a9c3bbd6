"""The whole hostile folder (tests/hostile/build_hostile.py) in one run: one clear outcome per entry,
good files fully read, nothing outside the folder read or written, the input untouched, reports escaped."""
from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest
from hostile.build_hostile import SECRET, XSS_NAME, build_hostile

from conftest import tree_hash

from evidence_check.api import check_folder
from evidence_check.context import Options, RunContext
from evidence_check.discover import discover
from evidence_check.models import to_jsonable
from evidence_check.report import render_all


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    built = build_hostile(base / "bukti", base / "luar", xxe_port=listener.getsockname()[1])
    before = tree_hash(built.root)
    opts = Options(input=built.root, out=base / "out", cache_dir=base / "cache", jobs=2, max_pages=50,
                   max_ocr_pages=2, timeout_per_file=120)
    report = check_folder(built.root, opts)
    after = tree_hash(built.root)
    try:
        listener.accept()
        contacted = True
    except BlockingIOError:
        contacted = False
    listener.close()
    return built, report, before, after, contacted, base


def test_every_bad_file_has_its_finding_and_good_files_are_read(run):
    built, report, *_ = run
    by = {d.path: d for d in report.documents}
    assert set(by) == set(built.expect), set(by) ^ set(built.expect)
    for path, exp in built.expect.items():
        doc = by[path]
        codes = {f.code for f in doc.findings}
        assert set(exp.codes) <= codes, (path, exp, codes)
        if exp.text:
            assert exp.text in doc.text, (path, doc.text[:200])
        if not exp.codes or exp.codes == ("ACTIVE_CONTENT",) or "EXTENSION_MISMATCH" in exp.codes:
            errors = [f.code for f in doc.findings if f.severity == "error"]
            assert not errors, (path, errors)
        for f in doc.findings:  # every finding carries a message a person can read, in both languages
            assert f.message and f.message_en and "{" not in f.message.replace("{{ 7*7 }}", ""), f


def test_bounded_work_is_reported_not_silent(run):
    built, report, *_ = run
    doc = next(d for d in report.documents if d.path == "2000-halaman.pdf")
    assert doc.page_count == 2000 and len(doc.pages) == 50
    partial = next(f for f in doc.findings if f.code == "PARTIALLY_READ")
    assert "50" in partial.message and "2000" in partial.message
    assert {p.number for p in doc.pages} >= {1, 2000}  # head and tail both kept


def test_special_files_and_junk_are_only_skipped(run):
    built, report, *_ = run
    skipped = {s["path"]: s["reason"] for s in report.skipped}
    assert set(built.skipped) <= set(skipped), set(built.skipped) - set(skipped)
    docs = {d.path for d in report.documents}
    assert not docs & set(skipped)
    assert all(reason for reason in skipped.values())


def test_nothing_outside_the_folder_is_read_run_or_contacted(run):
    built, report, _, _, contacted, base = run
    blob = json.dumps(to_jsonable(report), ensure_ascii=False)
    assert SECRET not in blob  # symlinks to outside files/folders and XXE to a local file
    assert "lol" * 20 not in blob  # entity expansion never happened
    assert not contacted  # the XXE http:// entity was never fetched
    assert not (built.outside / "js-dijalankan.txt").exists()
    for name in ("keluar-zip.txt", "naik.txt", "evil.txt"):  # zip traversal wrote nothing anywhere near
        assert not list(base.rglob(name)) and not (base.parent / name).exists()
    assert not Path("/tmp/absolut-zip.txt").exists()
    members = {d.path for d in report.documents if d.path.startswith("arsip-jahat.zip!/")}
    assert members == {"arsip-jahat.zip!/dokumen/Perbup-SPBE.pdf"}
    skipped = [f.message for d in report.documents if d.path == "arsip-jahat.zip" for f in d.findings]
    assert len(skipped) == 5 and any("symlink" in m for m in skipped)


def test_input_tree_is_unchanged(run):
    _, _, before, after, *_ = run
    assert before == after


def test_undecodable_names_stay_distinct(run):
    built, report, *_ = run
    names = [d.path for d in report.documents if d.path.startswith("laporan-")]
    assert sorted(names) == ["laporan-\\xfe.txt", "laporan-\\xff.txt"]
    json.dumps(to_jsonable(report), ensure_ascii=True)  # every path is valid, encodable text


def test_untrusted_text_is_escaped_in_html_and_markdown(run, tmp_path):
    _, report, *_ = run
    html_path, md_path = render_all(report, ("html", "md"), tmp_path, "id")
    html, md = html_path.read_text("utf-8"), md_path.read_text("utf-8")
    doc = next(d for d in report.documents if d.path == XSS_NAME)
    assert "<script>alert" in doc.text  # the hostile text really reached the report model
    for out in (html, md):
        assert "<script>alert" not in out
        assert "<img src=x onerror" not in out
        assert "6170" not in out  # {{ 1234*5 }} was never evaluated
    assert "onerror=alert(1)" in html.replace("&#61;", "=")  # the file name is shown, as text
    if doc.title and "<script>" in doc.title:  # recognised as the title, so it reaches the HTML page
        assert "&lt;script&gt;alert" in html and "{{ 7*7 }}" in html  # shown as text, not run, not evaluated


def test_follow_symlinks_terminates_on_a_link_loop(run):
    built, *_ = run
    ctx = RunContext(Options(input=built.root, follow_symlinks=True))
    t0 = time.monotonic()
    sources, skipped = discover(built.root, ctx)
    assert time.monotonic() - t0 < 30
    rels = {s.rel for s in sources}
    assert "tautan-keluar.pdf" in rels and "tautan-folder/isi.txt" in rels  # asked for: links followed
    assert not any(r.startswith("baik/tautan-lingkar/") for r in rels)
    assert any("melingkar" in s["reason"] for s in skipped)
