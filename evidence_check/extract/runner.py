"""Run extraction for every file in isolated worker processes, with cache, time limit and memory cap.

One forked process per file: a hang, crash or memory blow-up in one file's reader (pdfium, a zip bomb,
Tesseract) is killed with its whole process group and becomes a finding; the run continues.
"""
from __future__ import annotations

import gc
import os
import signal
import tempfile
import time
from collections import deque
from collections.abc import Callable
from contextlib import closing
from multiprocessing import connection, get_context
from pathlib import Path

from ..context import Options, RunContext
from ..discover import SourceFile
from ..messages import make_finding
from ..models import Document
from . import extract_path, sha256_file, slots
from .cache import ExtractCache
from .formats import format_from_extension


def _child(conn, src: SourceFile, sha: str, opts: Options, mem_mb: int) -> None:
    os.setpgid(0, 0)  # our own process group: killing it also kills Tesseract children
    if mem_mb > 0:
        try:
            import resource

            limit = mem_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass

    def progress(page: int, total: int) -> None:
        try:
            conn.send(("page", page, total))
        except OSError:
            pass

    try:
        docs = extract_path(src.path, src.rel, opts, progress, sha256=sha)
        conn.send(("done", docs))
    except MemoryError:
        conn.send(("error", "MemoryError"))
    except BaseException as exc:  # noqa: BLE001
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        conn.close()


class _Job:
    def __init__(self, src: SourceFile, sha: str, proc, conn, deadline: float):
        self.src, self.sha, self.proc, self.conn, self.deadline = src, sha, proc, conn, deadline
        self.result: list[Document] | None = None
        self.index = 0  # position in the run's source list
        self.error: str | None = None


def _kill(job: _Job) -> None:
    _signal_kill(job)
    job.proc.join(5)


def _signal_kill(job: _Job) -> None:
    try:
        os.killpg(job.proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        # no such group yet (killed before the child's setpgid ran): kill the child itself
        try:
            job.proc.kill()
        except (ProcessLookupError, OSError, ValueError):
            pass


def _failed_doc(src: SourceFile, sha: str, code: str, **params: object) -> list[Document]:
    return [Document(path=src.rel, sha256=sha, size=src.size, format=format_from_extension(src.rel),
                     findings=(make_finding("extraction", code, **params),))]


def _finish(job: _Job, opts: Options) -> list[Document]:
    if job.result is not None:
        docs = job.result
    elif job.error == "timeout":
        docs = _failed_doc(job.src, job.sha, "TIMEOUT", seconds=f"{opts.timeout_per_file:g}")
    elif job.error and "MemoryError" in job.error:
        docs = _failed_doc(job.src, job.sha, "TOO_LARGE", detail=f"melebihi batas memori {opts.max_memory_mb} MB")
    else:
        code = job.proc.exitcode
        detail = job.error or (f"sinyal {-code}" if code is not None and code < 0 else f"kode keluar {code}")
        docs = _failed_doc(job.src, job.sha, "WORKER_CRASHED", detail=detail)
    return _check_unchanged(job.src, docs)


def _check_unchanged(src: SourceFile, docs: list[Document]) -> list[Document]:
    try:
        st = src.path.stat()
        changed = (st.st_size, st.st_mtime_ns) != (src.size, src.mtime_ns)
        detail = "isi berubah saat dibaca"
    except OSError:
        changed, detail = True, "berkas hilang saat dibaca"
    if not changed:
        return docs
    return [docs[0].with_findings(make_finding("extraction", "FILE_CHANGED", detail=detail)), *docs[1:]]


def _hash(src: SourceFile) -> tuple[str | None, list[Document] | None]:
    try:
        return sha256_file(src.path), None
    except FileNotFoundError:
        return None, _failed_doc(src, "", "FILE_CHANGED", detail="berkas hilang sebelum dibaca")
    except OSError as exc:
        return None, _failed_doc(src, "", "UNREADABLE", detail=f"{type(exc).__name__}: {exc.strerror or exc}")


def extract_all(sources: list[SourceFile], ctx: RunContext,
                post: Callable[[Document], Document] | None = None,
                prepare: Callable[[], None] | None = None) -> list[Document]:
    """Extract every file; `post` (the next per-document stage) runs in this process on each document
    as soon as it is ready, while the workers go on reading: the parent would otherwise sit idle.
    `prepare` (the next stage's slow one-off set-up) runs before the first worker starts, so it neither
    stalls the worker loop later nor gets repeated in each forked worker."""
    opts = ctx.options
    backlog: deque[int] = deque()  # indexes of results still waiting for `post`

    def idle_work() -> bool:
        if post is None or not backlog:
            return False
        n = backlog.popleft()
        results[n] = [post(d) for d in results[n]]
        return bool(backlog)

    cache = ExtractCache(opts.cache_dir, opts) if opts.use_cache else None
    # Keyed by position, not display name: two files may share a display name (undecodable bytes).
    results: dict[int, list[Document]] = {}
    pending: list[tuple[int, SourceFile, str]] = []
    total = len(sources)
    for n, src in enumerate(sources):
        sha, failed = _hash(src)
        if failed is not None:
            results[n] = failed
            backlog.append(n)
            continue
        assert sha is not None
        hit = cache.get(sha, src.rel) if cache else None
        if hit is not None:
            results[n] = _check_unchanged(src, hit)
            backlog.append(n)
        else:
            pending.append((n, src, sha))
    ctx.progress("extract", len(results), total, "")
    # Biggest first: the long scans start early instead of being the tail that keeps one core busy.
    pending.sort(key=lambda p: -p[1].size)
    # closing(): an exception here (Ctrl-C during cache.put) still runs the generator's kill-all cleanup now
    with closing(_run_workers(pending, ctx, len(results), total, idle_work, prepare)) as finished:
        for n, src, docs in finished:
            results[n] = docs
            backlog.append(n)
            if cache is not None and docs and docs[0].sha256:
                cache.put(docs[0].sha256, src.rel, docs)
    while idle_work():
        pass
    return [d for n in range(len(sources)) for d in results.get(n, [])]


def _warm_up() -> None:
    """Load what every reader needs once in the parent; forked workers then share it instead of each
    spending ~1 s re-reading the 200k-word vocabulary and the message catalogue."""
    try:
        from ..messages import catalogue
        from .quality import known_words

        known_words()
        catalogue("extraction")
        import pypdfium2  # noqa: F401 — 50 ms per worker otherwise, once per file
        from PIL import Image  # noqa: F401
    except Exception:  # noqa: BLE001 — only a speed-up; each worker loads what it needs anyway
        pass
    # Freeze what exists now out of the garbage collector: a forked worker's collections would otherwise
    # walk (and so copy-on-write) the parent's whole heap — it made every worker 3x slower than in-process.
    # _run_workers unfreezes when its last worker is done.
    gc.freeze()


def _run_workers(pending: list[tuple[int, SourceFile, str]], ctx: RunContext, done: int, total: int,
                 idle_work: Callable[[], bool] = lambda: False, prepare: Callable[[], None] | None = None):
    opts = ctx.options
    if pending:
        if prepare is not None:
            prepare()
        _warm_up()
    mp = get_context("fork")
    queue = list(pending)
    slot_dir = tempfile.TemporaryDirectory(prefix="ec-slots-")
    os.environ[slots.ENV] = slots.create(Path(slot_dir.name), max(1, opts.jobs))  # inherited by workers
    running: list[_Job] = []
    try:
        while queue or running:
            while queue and len(running) < max(1, opts.jobs):
                n, src, sha = queue.pop(0)
                parent, child = mp.Pipe(duplex=False)
                proc = mp.Process(target=_child, args=(child, src, sha, opts, opts.max_memory_mb), daemon=True)
                proc.start()
                try:  # also from the parent (the classic race): the group exists before we may need to kill it
                    os.setpgid(proc.pid, proc.pid)
                except OSError:
                    pass
                child.close()
                job = _Job(src, sha, proc, parent, time.monotonic() + opts.timeout_per_file)
                job.index = n
                running.append(job)
                ctx.progress("extract", done, total, src.rel)
            more_idle = idle_work()  # one document of the next stage between polls
            now = time.monotonic()
            timeout = 0.0 if more_idle else max(0.0, min(j.deadline for j in running) - now)
            ready = connection.wait([j.conn for j in running], timeout=min(timeout, 1.0))
            for job in list(running):
                finished = False
                if job.conn in ready:
                    try:
                        while job.conn.poll():
                            msg = job.conn.recv()
                            if msg[0] == "page":
                                ctx.progress("extract", done, total, f"{job.src.rel} — halaman {msg[1]}/{msg[2]}")
                            elif msg[0] == "done":
                                job.result, finished = msg[1], True
                            else:
                                job.error, finished = msg[1], True
                    except (EOFError, OSError):
                        finished = True  # child died without a result
                if not finished and time.monotonic() > job.deadline:
                    job.error, finished = "timeout", True
                    _kill(job)
                if finished:
                    running.remove(job)
                    job.proc.join(5)
                    if job.proc.is_alive():
                        _kill(job)
                    job.conn.close()
                    done += 1
                    ctx.progress("extract", done, total, job.src.rel)
                    yield job.index, job.src, _finish(job, opts)
    finally:
        # Ctrl-C or an error in the parent: leave no orphan readers behind. Signal every worker before
        # waiting on any, so a second Ctrl-C during the waits cannot leave the rest running.
        for job in running:
            _signal_kill(job)
        os.environ.pop(slots.ENV, None)
        for job in running:
            job.proc.join(5)
        slot_dir.cleanup()
        if pending:
            gc.unfreeze()  # the freeze is for the forks of this run only; the caller's process gets its GC back
