"""Worker isolation under hostile conditions: readers that hang, crash, or see their file change or vanish;
Ctrl-C in the parent; files swapped for FIFOs; unreadable files. One file's trouble is one finding."""
from __future__ import annotations

import faulthandler
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import docfactory as f
import psutil
import pytest
from click.testing import CliRunner

from evidence_check.cli import main
from evidence_check.context import Options, RunContext
from evidence_check.discover import SourceFile, discover
from evidence_check.extract import plain, runner
from evidence_check.models import RunReport
from evidence_check.report import render_all

_real_extract_text = plain.extract_text


def _ctx(root: Path, tmp: Path, **kw: object) -> RunContext:
    base = dict(input=root, out=tmp / "out", cache_dir=tmp / "cache", jobs=2, max_ocr_pages=0)
    base.update(kw)
    return RunContext(Options(**base))  # type: ignore[arg-type]


def _folder(root: Path, bad: list[str]) -> Path:
    for name in ["baik-1.txt", "baik-2.txt", *bad]:
        f.text_file(root / name, f"Notulen rapat koordinasi SPBE berkas {name}")
    return root


def _run(root: Path, ctx: RunContext) -> dict[str, object]:
    sources, _ = discover(root, ctx)
    return {d.path: d for d in runner.extract_all(sources, ctx)}


def _codes(doc) -> set[str]:  # noqa: ANN001
    return {x.code for x in doc.findings}


def _assert_good_read(docs: dict) -> None:
    for name in ("baik-1.txt", "baik-2.txt"):
        assert name in docs[name].text and not _codes(docs[name]), docs[name]


@pytest.mark.timeout(60)
def test_hanging_reader_times_out_with_its_children_and_others_are_read(tmp_path, monkeypatch):
    root = _folder(tmp_path / "in", ["macet.txt"])
    pidfile = tmp_path / "sleep.pid"

    def hang(path: Path, fmt: str):  # noqa: ANN202
        if path.name == "macet.txt":
            child = subprocess.Popen(["sleep", "120"])  # like a Tesseract subprocess that never returns
            pidfile.write_text(str(child.pid))
            time.sleep(120)
        return _real_extract_text(path, fmt)

    monkeypatch.setattr(plain, "extract_text", hang)
    docs = _run(root, _ctx(root, tmp_path, timeout_per_file=1.5))
    assert _codes(docs["macet.txt"]) == {"TIMEOUT"}
    assert "1.5" in docs["macet.txt"].findings[0].message
    _assert_good_read(docs)
    _assert_dead(int(pidfile.read_text()))


def _assert_dead(pid: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return
        except psutil.NoSuchProcess:
            return
        time.sleep(0.05)
    p = psutil.Process(pid)
    raise AssertionError(f"process {pid} outlived its worker: {p.cmdline()} {p.status()} ppid={p.ppid()} pgid={os.getpgid(pid)} me={os.getpid()}")


@pytest.mark.timeout(60)
def test_crashing_readers_become_worker_crashed(tmp_path, monkeypatch):
    root = _folder(tmp_path / "in", ["keluar.txt", "segfault.txt", "melempar.txt"])

    def crash(path: Path, fmt: str):  # noqa: ANN202
        if path.name == "keluar.txt":
            os._exit(7)
        if path.name == "segfault.txt":
            faulthandler.disable()  # keep pytest's traceback dump of the dying child out of the log
            os.kill(os.getpid(), signal.SIGSEGV)
        if path.name == "melempar.txt":
            raise RuntimeError("pembaca rusak")  # an ordinary bug in a reader: still a finding
        return _real_extract_text(path, fmt)

    monkeypatch.setattr(plain, "extract_text", crash)
    docs = _run(root, _ctx(root, tmp_path))
    assert _codes(docs["keluar.txt"]) == {"WORKER_CRASHED"} and "kode keluar 7" in docs["keluar.txt"].findings[0].message
    assert _codes(docs["segfault.txt"]) == {"WORKER_CRASHED"}
    assert f"sinyal {int(signal.SIGSEGV)}" in docs["segfault.txt"].findings[0].message
    assert _codes(docs["melempar.txt"]) == {"UNREADABLE"} and "pembaca rusak" in docs["melempar.txt"].findings[0].message
    _assert_good_read(docs)
    # transient failures are not cached: a second run reads them again
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_file_changed_or_deleted_while_read(tmp_path, monkeypatch):
    root = _folder(tmp_path / "in", ["berubah.txt", "dihapus.txt"])

    def meddle(path: Path, fmt: str):  # noqa: ANN202
        if path.name == "berubah.txt":
            with path.open("ab") as fh:
                fh.write(b" ditambah saat dibaca")
        result = _real_extract_text(path, fmt)
        if path.name == "dihapus.txt":
            path.unlink()
        return result

    monkeypatch.setattr(plain, "extract_text", meddle)
    ctx = _ctx(root, tmp_path)
    docs = _run(root, ctx)
    assert "FILE_CHANGED" in _codes(docs["berubah.txt"]) and "berubah" in docs["berubah.txt"].findings[-1].message
    assert "FILE_CHANGED" in _codes(docs["dihapus.txt"]) and "hilang" in docs["dihapus.txt"].findings[-1].message
    _assert_good_read(docs)
    cached = [json.loads(p.read_text("utf-8")) for p in (tmp_path / "cache").rglob("*.json")]
    assert len(cached) == 2  # only the two good files; a changed file's result is never cached
    assert not any("FILE_CHANGED" in json.dumps(c) for c in cached)


@pytest.mark.timeout(30)
def test_file_vanished_or_swapped_for_a_fifo_after_discovery(tmp_path):
    root = _folder(tmp_path / "in", [])
    ctx = _ctx(root, tmp_path)
    sources, _ = discover(root, ctx)
    gone = SourceFile("hilang.pdf", root / "hilang.pdf", 10, 0)
    os.mkfifo(root / "pipa.pdf")  # a regular file replaced by a FIFO: opening it must not block the run
    pipe = SourceFile("pipa.pdf", root / "pipa.pdf", 10, 0)
    docs = {d.path: d for d in runner.extract_all([*sources, gone, pipe], ctx)}
    assert _codes(docs["hilang.pdf"]) == {"FILE_CHANGED"}
    assert _codes(docs["pipa.pdf"]) == {"UNREADABLE"}
    _assert_good_read(docs)


def test_unreadable_file_is_a_finding(tmp_path, monkeypatch):
    root = _folder(tmp_path / "in", ["tanpa-izin.txt"])
    os.chmod(root / "tanpa-izin.txt", 0)
    if os.geteuid() == 0:  # root ignores file modes: simulate what an ordinary user's run meets
        real = runner.sha256_file

        def denied(path: Path) -> str:
            if path.name == "tanpa-izin.txt":
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(runner, "sha256_file", denied)
    docs = _run(root, _ctx(root, tmp_path))
    assert _codes(docs["tanpa-izin.txt"]) == {"UNREADABLE"}
    assert "Permission" in docs["tanpa-izin.txt"].findings[0].message
    _assert_good_read(docs)


@pytest.mark.timeout(90)
@pytest.mark.parametrize("presses", [1, 3])  # an impatient user presses Ctrl-C again during clean-up
def test_ctrl_c_leaves_no_report_no_orphans_and_a_consistent_cache(tmp_path, monkeypatch, presses):
    root = _folder(tmp_path / "in", ["macet.txt"])
    f.text_pdf(root / "Perbup.pdf", ["PERATURAN BUPATI SUKAMAJU\nNOMOR 7 TAHUN 2023"])
    pids = tmp_path / "pids"
    out, cache = tmp_path / "out", tmp_path / "cache"

    def hang(path: Path, fmt: str):  # noqa: ANN202
        if path.name == "macet.txt":
            child = subprocess.Popen(["sleep", "120"])
            pids.write_text(f"{os.getpid()} {child.pid}")
            time.sleep(120)
        return _real_extract_text(path, fmt)

    real_wait = runner.connection.wait
    pressed = []

    def wait(conns, timeout=None):  # noqa: ANN001, ANN202
        # the user presses Ctrl-C (once) when the hanging reader runs and at least one result is cached
        if len(pressed) < presses and pids.exists() and list(cache.rglob("*.json")):
            pressed.append(True)
            raise KeyboardInterrupt
        return real_wait(conns, timeout=timeout)

    monkeypatch.setattr(plain, "extract_text", hang)
    monkeypatch.setattr(runner.connection, "wait", wait)
    result = CliRunner().invoke(main, ["check", str(root), "--out", str(out), "--cache-dir", str(cache),
                                       "-j", "2", "-q", "--format", "html,json,md"])
    assert result.exit_code == 130, result.output
    assert not out.exists() or not any(out.iterdir())  # no report, whole or half
    for pid in map(int, pids.read_text().split()):  # the worker and its own child are gone
        _assert_dead(pid)
    assert not psutil.Process().children(recursive=True) or all(
        p.status() == psutil.STATUS_ZOMBIE for p in psutil.Process().children(recursive=True))
    entries = list(cache.rglob("*"))
    assert not [p for p in entries if p.suffix == ".tmp"]
    for p in entries:  # every cache entry is whole, parseable JSON
        if p.is_file():
            assert isinstance(json.loads(p.read_text("utf-8")), (list, dict))


def test_interrupted_cache_write_leaves_no_temp_file(tmp_path, monkeypatch):
    from evidence_check.extract import cache as cache_mod
    from evidence_check.models import Document

    c = cache_mod.ExtractCache(tmp_path / "cache", Options(input=tmp_path))

    def boom(*a, **k):  # noqa: ANN002, ANN003, ANN202
        raise KeyboardInterrupt  # Ctrl-C after the temp file is written, before the rename

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        c.put("ab" * 32, "x.pdf", [Document(path="x.pdf", sha256="ab" * 32)])
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]


def test_report_write_is_atomic_when_interrupted(tmp_path, monkeypatch):
    out = tmp_path / "out"
    rep = RunReport(tool_version="t", input_root="x", generated_at="now", options={}, documents=())
    (first,) = render_all(rep, ("json",), out, "id")
    old = first.read_bytes()

    def interrupted(src, dst):  # noqa: ANN001, ANN202
        raise KeyboardInterrupt  # Ctrl-C between writing the temp file and the rename

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render_all(rep, ("json",), out, "en")
    assert first.read_bytes() == old  # the previous report is intact
    assert sorted(p.name for p in out.iterdir()) == [first.name]  # and no temp file was left behind
