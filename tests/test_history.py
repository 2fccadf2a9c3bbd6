"""History store (SQLite) and the diff between runs: store/read-back, migrations, interruption, CLI."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_fixture import BROKEN, DRAFT, PERBUP, make_report

from evidence_check.cli import main
from evidence_check.history import HistoryStore, diff_runs, snapshot_from_report
from evidence_check.history import diff as hdiff
from evidence_check.history.store import SCHEMA_VERSION, HistoryError
from evidence_check.models import Finding, ItemVerdict, RunReport, to_jsonable


def _changed_report(base: RunReport) -> RunReport:
    """A later run: the draft removed, the Perbup re-scanned, a new file, indicator 1 up, 2 down, items moved."""
    docs = []
    for d in base.documents:
        if d.path == DRAFT:
            continue
        if d.path == PERBUP:
            d = replace(d, sha256="f" * 64)
        if d.path == BROKEN:
            d = replace(d, findings=())  # the unreadable scan was replaced by a readable one
        docs.append(d)
    docs.append(replace(base.documents[0], path="05_Baru/SK Baru.pdf", sha256="a" * 64, findings=()))
    inds = []
    for v in base.indicators:
        if v.id == 1:
            v = replace(v, level=(v.level or 0) + 1, status="supported",
                        items=(ItemVerdict("I1-L1-01", 1, "accepted"), ItemVerdict("I1-L2-01", 2, "accepted")))
        elif v.id == 2:
            v = replace(v, level=1, status="weak", findings=v.findings + (
                Finding("LEVEL_BELOW_CLAIM", "warning", "Level di bawah klaim"),))
        inds.append(v)
    return replace(base, documents=tuple(docs), indicators=tuple(inds))


def _with_items(report: RunReport) -> RunReport:
    inds = tuple(replace(v, items=(ItemVerdict("I1-L1-01", 1, "missing"), ItemVerdict("I1-L2-01", 2, "wrong_evidence")))
                 if v.id == 1 else v for v in report.indicators)
    return replace(report, indicators=inds)


def test_store_round_trip_matches_report_json(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    report = _with_items(make_report())
    run_id = store.record_report(report, input_label="bukti", files=["laporan.html", "report.json"])
    row = store.run(run_id)
    assert row is not None and row.status == "done" and row.files == ("laporan.html", "report.json")
    assert row.n_documents == len(report.documents)
    assert row.n_supported + row.n_weak + row.n_missing == len(report.indicators)
    from_db = store.snapshot(run_id)
    from_json = snapshot_from_report(json.loads(json.dumps(to_jsonable(report))), "report.json")
    assert from_db is not None
    assert diff_runs(from_db, from_json).empty  # the store keeps everything a diff compares
    assert from_db.items["I1-L2-01"].verdict == "wrong_evidence"
    assert store.schema_version() == SCHEMA_VERSION
    mode = sqlite3.connect(tmp_path / "h.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_diff_finds_every_kind_of_change() -> None:
    old = _with_items(make_report())
    new = _changed_report(old)
    d = diff_runs(snapshot_from_report(to_jsonable(old), "#1"), snapshot_from_report(to_jsonable(new), "#2"))
    assert [x.path for x in d.added] == ["05_Baru/SK Baru.pdf"]
    assert [x.path for x in d.removed] == [DRAFT]
    changed = {c.path: c.what for c in d.changed}
    assert "isi" in changed[PERBUP]
    moves = {v.indicator: v.direction for v in d.verdicts}
    assert moves[1] == "up" and moves[2] == "down"
    items = {i.code: (i.old, i.new) for i in d.items}
    assert items == {"I1-L1-01": ("missing", "accepted"), "I1-L2-01": ("wrong_evidence", "accepted")}
    assert any(f.ref == BROKEN for f in d.resolved)
    assert any(f.code == "LEVEL_BELOW_CLAIM" and f.ref == "indikator 2" for f in d.new_findings)
    assert not d.empty
    text = hdiff.render_text(d)
    assert "05_Baru/SK Baru.pdf" in text and "▲" in text and "▼" in text
    md = hdiff.render_markdown(d)
    assert md.startswith("# Perbandingan") and "I1-L1-01" in md
    assert "belum diunggah (missing) → diterima (accepted)" in md  # the portal's words, code beside
    assert "tidak tepat (wrong_evidence)" in hdiff.render_html(d)


def test_diff_html_escapes_untrusted_names() -> None:
    old = make_report()
    evil = '<script>alert("x")</script>.pdf'
    new = replace(old, documents=old.documents + (replace(old.documents[0], path=evil),))
    html = hdiff.render_html(diff_runs(snapshot_from_report(to_jsonable(old), "a"), snapshot_from_report(to_jsonable(new), "b")))
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "default-src 'none'" in html


def test_interrupted_run_is_never_half_stored(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    run_id = store.begin_run(workspace="local", source="cli", input_label="x", pid=999_999_999)
    assert store.recover(source="cli") == [run_id]  # its process is gone
    row = store.run(run_id)
    assert row is not None and row.status == "interrupted"
    # a late worker cannot turn an interrupted run into a stored one
    assert store.finish_run(run_id, make_report()) is False
    con = sqlite3.connect(tmp_path / "h.db")
    assert con.execute("SELECT COUNT(*) FROM documents WHERE run_id=?", (run_id,)).fetchone()[0] == 0
    assert store.snapshot(run_id) is None


def test_failed_insert_rolls_back_the_whole_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evidence_check.history import store as store_mod
    from evidence_check.history.snapshot import FindingSnap

    store = HistoryStore(tmp_path / "h.db")
    real = store_mod.snapshot_from_report

    def broken(data, label):  # documents insert fine, then a finding violates NOT NULL half-way
        snap = real(data, label)
        return replace(snap, findings=snap.findings + (FindingSnap(ref="x", code=None),))  # type: ignore[arg-type]

    monkeypatch.setattr(store_mod, "snapshot_from_report", broken)
    run_id = store.begin_run(workspace="local", source="cli")
    with pytest.raises(sqlite3.IntegrityError):
        store.finish_run(run_id, make_report())
    row = store.run(run_id)
    assert row is not None and row.status == "running" and row.n_documents == 0
    con = sqlite3.connect(tmp_path / "h.db")
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_workspaces_are_separated(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.db")
    a = store.record_report(make_report(), workspace="ws-a")
    assert store.run(a, "ws-b") is None and store.snapshot(a, "ws-b") is None
    assert store.runs("ws-b") == [] and [r.id for r in store.runs("ws-a")] == [a]
    assert store.delete_run(a, "ws-b") is None and store.run(a) is not None


def test_migration_from_empty_and_newer_schema_refused(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    sqlite3.connect(db).close()  # an empty file at version 0
    assert HistoryStore(db).schema_version() == SCHEMA_VERSION
    HistoryStore(db)  # opening again is a no-op
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(HistoryError, match="lebih baru"):
        HistoryStore(db)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError):
        HistoryStore(junk)


def _write_report(path: Path, report: RunReport) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_jsonable(report)), encoding="utf-8")
    return path


def test_cli_diff_and_history(tmp_path: Path) -> None:
    old = _write_report(tmp_path / "a" / "report.json", make_report())
    new = _write_report(tmp_path / "b" / "report.json", _changed_report(make_report()))
    db = tmp_path / "h.db"
    runner = CliRunner()
    res = runner.invoke(main, ["diff", str(old), str(new)])
    assert res.exit_code == 0, res.output
    assert "05_Baru/SK Baru.pdf" in res.output and "Temuan baru" in res.output
    res = runner.invoke(main, ["diff", str(old), str(tmp_path / "b"), "--format", "html", "-o", str(tmp_path / "d.html")])
    assert res.exit_code == 0 and "&lt;" not in (tmp_path / "d.html").read_text()[:50]
    store = HistoryStore(db)
    one = store.record_report(make_report(), input_label="bukti")
    two = store.record_report(_changed_report(make_report()), input_label="bukti")
    res = runner.invoke(main, ["history", "--history-db", str(db)])
    assert res.exit_code == 0 and f"{two:>5}" in res.output and "done" in res.output
    res = runner.invoke(main, ["diff", str(one), str(two), "--history-db", str(db), "--format", "md"])
    assert res.exit_code == 0 and "## Dokumen" in res.output
    res = runner.invoke(main, ["diff", "999", str(two), "--history-db", str(db)])
    assert res.exit_code == 2 and "999" in res.output
    res = runner.invoke(main, ["diff", str(tmp_path / "nope.json"), str(new)])
    assert res.exit_code == 2


def test_check_records_history_unless_opted_out(tmp_path: Path) -> None:
    from docfactory import text_pdf

    src = tmp_path / "bukti"
    text_pdf(src / "perbup.pdf", [("PERATURAN BUPATI SUKAMAJU NOMOR 12 TAHUN 2023 TENTANG SISTEM PEMERINTAHAN "
                                   "BERBASIS ELEKTRONIK")])
    db = tmp_path / "h.db"
    runner = CliRunner()
    base = ["check", str(src), "--out", str(tmp_path / "out"), "-q", "--cache-dir", str(tmp_path / "c"), "-j", "1"]
    res = runner.invoke(main, [*base, "--history-db", str(db)])
    assert res.exit_code == 0, res.output
    rows = HistoryStore(db).runs()
    assert len(rows) == 1 and rows[0].status == "done" and rows[0].n_documents == 1
    assert set(rows[0].files) == {"laporan.html", "report.json"}
    res = runner.invoke(main, [*base, "--history-db", str(db), "--no-history"])
    assert res.exit_code == 0 and len(HistoryStore(db).runs()) == 1
    # the recorded run diffs as empty against the report.json it wrote
    res = runner.invoke(main, ["diff", str(rows[0].id), str(tmp_path / "out" / "report.json"), "--history-db", str(db)])
    assert res.exit_code == 0 and "Tidak ada perubahan" in res.output


def test_pemdi_run_stores_item_verdicts(tmp_path: Path) -> None:
    """A real 2026 (Pemdi) run: its item verdicts reach the store and read back equal to report.json."""
    from docfactory import text_pdf
    from doctexts import keputusan_tim_koordinasi, perkada_spbe

    src = tmp_path / "bukti"
    text_pdf(src / "perbup.pdf", perkada_spbe()[:2])
    text_pdf(src / "sk-tim.pdf", keputusan_tim_koordinasi()[:1])
    db = tmp_path / "h.db"
    res = CliRunner().invoke(main, ["check", str(src), "--out", str(tmp_path / "out"), "-q", "--tahun", "2026",
                                    "--cache-dir", str(tmp_path / "c"), "-j", "1", "--history-db", str(db)])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    items = [it for v in data["indicators"] for it in v.get("items") or ()]
    assert items, "a Pemdi run reports item verdicts"
    store = HistoryStore(db)
    (row,) = store.runs()
    snap = store.snapshot(row.id)
    assert snap is not None and len(snap.items) == len({it["code"] for it in items})
    assert snap.framework == data["framework"]
    assert diff_runs(snap, snapshot_from_report(data, "report.json")).empty


def test_new_commands_have_help() -> None:
    runner = CliRunner()
    for cmd, word in (("serve", "--token"), ("history", "--history-db"), ("diff", "report.json")):
        res = runner.invoke(main, [cmd, "--help"])
        assert res.exit_code == 0 and word in res.output, cmd
    res = runner.invoke(main, ["check", "--help"])
    assert "--no-history" in res.output and "--history-db" in res.output
