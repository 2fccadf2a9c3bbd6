"""Runs in worker processes: a queue, a concurrency limit, progress files, cancel, crash recovery.

The server process never runs the pipeline itself, so pages stay fast while a worker OCRs. Each worker
is a process from a fork server (the pipeline preloaded) that leads its own process group (the pipeline's own pool lives inside it), so a
cancel ends the whole group. A worker whose server dies gets SIGTERM (PR_SET_PDEATHSIG) and also
notices on its own at the next progress tick. Results reach the store only in `finish_run`'s single
transaction; a restarted server marks whatever was running as `interrupted`.
"""
from __future__ import annotations

import ctypes
import json
import multiprocessing
import os
import shutil
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..atomic import write_atomic
from ..history import HistoryStore
from ..history.store import pid_alive

PROGRESS_FILE = "progress.json"
PROGRESS_EVERY = 0.3  # seconds between progress-file writes (stage changes always written)
WEB_FORMATS = ("html", "json", "md", "xlsx", "paket")  # those not available in this build are skipped


@dataclass(frozen=True)
class JobSpec:
    """Everything a worker needs, picklable."""

    db_path: str
    run_id: int
    input_dir: str
    out_dir: str
    progress_path: str
    options: dict[str, Any]
    server_pid: int = 0  # the web server; the worker stops when it is gone


def die_with_parent() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the getppid check in the progress callback still stops the worker


def _kill_group(signum: int, frame: object) -> None:
    os.killpg(os.getpgrp(), signal.SIGKILL)


class _Abandoned(Exception):
    """The server that started this worker is gone."""


def _progress_writer(path: Path, parent: int, server_pid: int):
    state = {"stage": "", "at": 0.0}

    def progress(stage: str, done: int, total: int, detail: str) -> None:
        if os.getppid() != parent or (server_pid and not pid_alive(server_pid)):
            raise _Abandoned()
        now = time.monotonic()
        if stage == state["stage"] and now - float(state["at"]) < PROGRESS_EVERY and done < total:
            return
        state.update(stage=stage, at=now)
        try:
            write_atomic(path, json.dumps({"stage": stage, "done": done, "total": total, "detail": detail,
                                           "updated": time.time()}, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass  # a progress line is never worth stopping a run

    return progress


def web_formats() -> tuple[str, ...]:
    from ..report import available_formats

    have = set(available_formats())
    return tuple(f for f in WEB_FORMATS if f in have)


def run_job(spec: JobSpec) -> None:
    """Worker process entry point."""
    os.setpgrp()
    signal.signal(signal.SIGTERM, _kill_group)
    die_with_parent()
    parent = os.getppid()
    store = HistoryStore(Path(spec.db_path))
    if not store.start_run(spec.run_id, os.getpid()):
        return  # cancelled while queued
    from ..api import check_folder, write_reports
    from ..context import Options

    o = spec.options
    opts = Options(input=Path(spec.input_dir), out=Path(spec.out_dir), formats=web_formats(),
                   jobs=int(o.get("jobs", 1)), cache_dir=Path(o["cache_dir"]) if o.get("cache_dir") else None,
                   instansi=o.get("instansi") or None, klaim=Path(o["klaim"]) if o.get("klaim") else None,
                   framework=o.get("framework") or None, verbosity=-1,
                   indeks_eksternal=Path(o["indeks_eksternal"]) if o.get("indeks_eksternal") else None,
                   **({"tahun": int(o["tahun"])} if o.get("tahun") else {}))
    try:
        report = check_folder(opts.input, opts, _progress_writer(Path(spec.progress_path), parent, spec.server_pid))
        written = write_reports(report, opts.out, opts.formats, opts.lang)
        store.finish_run(spec.run_id, report, out_dir=spec.out_dir, files=[p.name for p in written])
    except _Abandoned:
        store.end_run(spec.run_id, "interrupted", "server berhenti (the server stopped)")
    except Exception as exc:  # noqa: BLE001 - the message goes to the page; the server keeps serving
        store.end_run(spec.run_id, "failed", f"{type(exc).__name__}: {exc}")
    finally:
        if o.get("delete_input"):  # retention 0: the uploaded evidence goes as soon as the run ends
            shutil.rmtree(spec.input_dir, ignore_errors=True)


@dataclass
class _Running:
    process: multiprocessing.process.BaseProcess
    cancel: bool = False


@dataclass
class JobManager:
    """Queue + at most `concurrency` worker processes, driven by one dispatcher thread."""

    store: HistoryStore
    concurrency: int = 2
    _queue: deque[JobSpec] = field(default_factory=deque)
    _running: dict[int, _Running] = field(default_factory=dict)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _thread: threading.Thread | None = None
    _stopping: bool = False

    def start(self, pending: list[JobSpec]) -> None:
        """Begin dispatching; `pending` are queued runs found in the store (e.g. after a restart)."""
        self._queue.extend(pending)
        self._thread = threading.Thread(target=self._loop, name="evidence-check-dispatcher", daemon=True)
        self._thread.start()

    def submit(self, spec: JobSpec) -> None:
        with self._cond:
            self._queue.append(spec)
            self._cond.notify()

    def position(self, run_id: int) -> int | None:
        """1-based place in the queue, None when not waiting."""
        with self._cond:
            for n, spec in enumerate(self._queue, 1):
                if spec.run_id == run_id:
                    return n
        return None

    def cancel(self, run_id: int) -> bool:
        with self._cond:
            for spec in list(self._queue):
                if spec.run_id == run_id:
                    self._queue.remove(spec)
                    self.store.end_run(run_id, "cancelled", "dibatalkan (cancelled)")
                    return True
            job = self._running.get(run_id)
            if job is None:
                return False
            job.cancel = True
            _signal(job.process, signal.SIGTERM)
            self._cond.notify()
            return True

    def stop(self) -> None:
        """Server shutdown: stop the workers and mark their runs interrupted (queued ones stay queued)."""
        with self._cond:
            self._stopping = True
            running = dict(self._running)
            self._cond.notify()
        for job in running.values():
            _signal(job.process, signal.SIGTERM)
        for run_id, job in running.items():
            job.process.join(10)
            self.store.end_run(run_id, "interrupted", "server dihentikan (the server was stopped)")
        if self._thread:
            self._thread.join(5)

    def _loop(self) -> None:
        # A fork server with the pipeline preloaded: workers start warm (no per-run imports), and are
        # still fresh single-threaded processes, never forks of this threaded server.
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["evidence_check.web.preload"])
        while True:
            with self._cond:
                if self._stopping:
                    return
                self._reap()
                spec = self._queue.popleft() if self._queue and len(self._running) < self.concurrency else None
                if spec is None:
                    self._cond.wait(0.2)
                    continue
            # Started outside the lock: the first start waits for the fork server to preload, and pages
            # asking for queue positions must not wait for that.
            self._launch(ctx, spec)

    def _launch(self, ctx: Any, spec: JobSpec) -> None:
        proc = ctx.Process(target=run_job, args=(spec,), name=f"evidence-check-run-{spec.run_id}")
        try:
            proc.start()
        except Exception as exc:  # noqa: BLE001 - one run that cannot start must not stop the queue
            self.store.end_run(spec.run_id, "failed", f"proses pekerja tidak dapat dimulai (worker could not start): "
                                                      f"{type(exc).__name__}: {exc}")
            return
        with self._cond:
            self._running[spec.run_id] = _Running(proc)
            stopping = self._stopping
        if stopping:  # the server began stopping while this worker started
            _signal(proc, signal.SIGTERM)
            proc.join(10)
            self.store.end_run(spec.run_id, "interrupted", "server dihentikan (the server was stopped)")

    def _reap(self) -> None:
        for run_id, job in list(self._running.items()):
            if job.process.exitcode is None:
                continue
            job.process.join()
            del self._running[run_id]
            if job.cancel:
                self.store.end_run(run_id, "cancelled", "dibatalkan (cancelled)")
            else:  # no-op when the worker stored its result or its own failure
                self.store.end_run(run_id, "failed", f"proses pekerja berhenti dengan kode {job.process.exitcode} "
                                                     f"(worker exited with code {job.process.exitcode})")


def _signal(proc: multiprocessing.process.BaseProcess, sig: int) -> None:
    if proc.pid is None:
        return
    try:
        os.kill(proc.pid, sig)
    except ProcessLookupError:
        pass


def read_progress(work_dir: str | None) -> dict[str, Any]:
    if not work_dir:
        return {}
    try:
        data = json.loads((Path(work_dir) / PROGRESS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
