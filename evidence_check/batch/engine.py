"""Hundreds of agencies in one run: documents are the unit of work, agencies are assembled as they finish.

Per agency the steps are those of `pipeline.run`: every file is read (extract + recognise) as its own
task; when an agency's files are all in, the agency-wide step (whose submission, foreign documents,
duplicates) runs here, each document's indicator mapping goes out as a task, and the agency is judged
and its reports written. Tasks go to whichever `Executor` the caller chose (a local process pool or a
Dask cluster); nothing here knows which. Finished work is journaled as it arrives, so a re-run after a
crash or Ctrl-C picks up where it stopped.
"""
from __future__ import annotations

import hashlib
import queue
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import __version__
from ..context import Options, RunContext
from ..discover import SourceFile, discover
from ..models import Agency, Document
from .executors import Executor, TaskTimeout, lost_reason
from .journal import Journal
from .plan import AgencyJob
from .tasks import Judged, Read

JOURNAL_NAME = "batch-journal.sqlite"
# (function, its arguments, the tag its result is filed under)
Task = tuple[Callable[..., Any], tuple[Any, ...], tuple[Any, ...]]
AGENCIES_DIR = "instansi"


@dataclass(frozen=True)
class BatchProgress:
    agencies_done: int
    agencies_total: int
    documents_done: int
    documents_total: int
    pages_done: int  # pages read in this run (journaled work is not counted)
    docs_per_s: float
    pages_per_s: float
    eta_s: float | None  # estimated seconds left
    detail: str = ""


BatchProgressFn = Callable[[BatchProgress], None]


def _no_progress(p: BatchProgress) -> None:
    return None


@dataclass
class _Agency:
    job: AgencyJob
    sources: list[SourceFile]
    skipped: list[dict[str, str]]
    shas: list[str] = field(default_factory=list)
    fingerprint: str = ""
    read: dict[int, bytes] = field(default_factory=dict)  # each file's documents, pickled (tasks.Read.packed)
    settled: list[Document] = field(default_factory=list)
    mapped: dict[int, Document] = field(default_factory=dict)
    agency: Agency | None = None
    judging: bool = False  # its judge task is out (item frameworks: settled on that worker too)
    started: float = field(default_factory=time.perf_counter)
    timings: dict[str, float] = field(default_factory=dict)


def reading_key(opts: Options, rules_checksum: str) -> str:
    """What a document's read result depends on besides its bytes and path."""
    from ..extract import EXTRACTOR_VERSION

    basis = (__version__, EXTRACTOR_VERSION, rules_checksum, opts.framework, opts.ocr_lang, opts.ocr_dpi,
             opts.max_pages, opts.max_ocr_pages, opts.max_file_bytes, opts.timeout_per_file)
    return hashlib.sha256(repr(basis).encode()).hexdigest()


def _file_digest(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def agency_fingerprint(state: _Agency, key: str) -> str:
    """What an agency's verdicts depend on: every file's name and bytes, the reading key and the agency's
    own options (instansi, claims file content, period, language, formats)."""
    o = state.job.options
    h = hashlib.sha256(key.encode())
    h.update(repr((o.instansi, _file_digest(o.klaim), _file_digest(getattr(o, "indeks_eksternal", None)), o.tahun,
                   o.framework, o.lang, o.formats)).encode())
    for src, sha in sorted(zip((s.rel for s in state.sources), state.shas)):
        h.update(f"\x1f{src}\x1e{sha}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class BatchRun:
    """One batch over planned agencies; `run()` returns the summary rows, one per agency."""

    def __init__(self, jobs: list[AgencyJob], options: Options, executor: Executor,
                 progress: BatchProgressFn = _no_progress):
        from ..pipeline import load_run_rules

        self.jobs, self.options, self.executor, self.progress = jobs, options, executor, progress
        self.rules = load_run_rules(RunContext(options))  # a broken rule file stops the batch before any work
        self.key = reading_key(options, self.rules.checksum)
        self.journal = Journal(Path(options.out) / JOURNAL_NAME)
        self.results: queue.Queue[tuple[Any, tuple[Any, ...]]] = queue.Queue()
        self.todo: deque[Task] = deque()
        self.inflight = 0
        self.rows: dict[str, dict[str, Any]] = {}
        self.docs_total = self.docs_done = self.pages_done = self.docs_worked = 0
        self.t0 = time.perf_counter()
        self.last_tick = 0.0

    # -- scheduling

    def _submit(self, fn: Callable[..., Any], args: tuple[Any, ...], tag: tuple[Any, ...]) -> None:
        fut = self.executor.submit(fn, *args)
        self.inflight += 1
        fut.add_done_callback(lambda f, tag=tag: self.results.put((f, tag)))

    def _pump(self) -> None:
        limit = max(2, self.executor.workers * 2)  # on each worker a task running and one waiting (executors.py)
        while self.todo and self.inflight < limit:
            fn, args, tag = self.todo.popleft()
            self._submit(fn, args, tag)

    def run(self) -> list[dict[str, Any]]:
        from ..extract.runner import _hash

        undiscovered = deque(self.jobs)
        pending_open: deque[_Agency] = deque()

        def discover_next(n: int) -> None:
            for _ in range(min(n, len(undiscovered))):
                job = undiscovered.popleft()
                sources, skipped = discover(job.path, RunContext(job.options))
                pending_open.append(_Agency(job, sources, skipped))
                self.docs_total += len(sources)

        group_size = self.executor.workers
        try:
            while undiscovered or pending_open or self.inflight or self.todo:
                # open agencies lazily: hash the next ones' files only when the workers need more work
                while (undiscovered or pending_open) and len(self.todo) < max(2, self.executor.workers * 2):
                    discover_next(group_size - len(pending_open))
                    group = [pending_open.popleft() for _ in range(min(group_size, len(pending_open)))]
                    self.todo.extend(_largest_first([t for st in group for t in self._open(st, _hash)]))
                self._pump()
                # the other folders are listed once the workers hold their first tasks (hundreds of agencies
                # take a while to list); the document total is for progress only
                discover_next(len(undiscovered))
                if not self.inflight:
                    continue
                try:
                    fut, tag = self.results.get(timeout=0.5)
                except queue.Empty:
                    self._tick("")
                    continue
                self.inflight -= 1
                self._done(fut, tag)
                self._pump()
        finally:
            self.journal.close()
        self._tick("", force=True)
        return [self.rows[j.folder] for j in self.jobs if j.folder in self.rows]

    # -- agency life cycle

    def _open(self, st: _Agency, hash_fn: Callable[[SourceFile], tuple[str | None, list[Document] | None]]
              ) -> list[Task]:
        """Hash an agency's files and look them up in the journal; returns the read tasks still to do."""
        from .tasks import pack, read_packed

        for n, src in enumerate(st.sources):
            sha, failed = hash_fn(src)
            st.shas.append(sha or "")
            if failed is not None:
                st.read[n] = pack(failed).packed
        st.fingerprint = agency_fingerprint(st, self.key)
        row = self.journal.get_agency(st.job.folder, st.fingerprint)
        if row is not None:
            self.rows[st.job.folder] = row
            self.docs_done += len(st.sources)
            self._tick(st.job.folder)
            return []
        reads = []
        for n, src in enumerate(st.sources):
            if n in st.read:
                continue
            hit = self.journal.get_documents(st.job.folder, src.rel, st.shas[n], self.key)
            if hit is not None:
                st.read[n] = pack(hit).packed
            else:
                reads.append((read_packed, (src, st.shas[n], st.job.options), ("read", st, n)))
        self.docs_done += len(st.read)
        self._maybe_settle(st)
        return reads

    def _done(self, fut: Any, tag: tuple[Any, ...]) -> None:
        kind, st, n = tag
        try:
            value, exc = fut.result(), None
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt):
                raise
            value, exc = None, e
        if kind == "read":
            self._read_done(st, n, value, exc)
        elif kind == "map":
            self._map_done(st, n, value, exc)
        else:
            self._judge_done(st, value, exc)

    def _read_done(self, st: _Agency, n: int, read: Read | None, exc: BaseException | None) -> None:
        from .tasks import pack

        src = st.sources[n]
        if exc is not None:
            read = pack(_failed(src, st.shas[n], exc))
        assert read is not None
        st.read[n] = read.packed
        if read.journal is not None:
            self.journal.put_documents(st.job.folder, src.rel, st.shas[n], self.key, read.journal)
        self.docs_done += 1
        self.docs_worked += 1
        self.pages_done += read.pages
        self._tick(src.rel)
        self._maybe_settle(st)

    def _maybe_settle(self, st: _Agency) -> None:
        from ..pipeline import maps_documents, settle_agency
        from .tasks import map_one, rules_for, settle_and_judge, unpack

        if len(st.read) < len(st.sources) or st.agency is not None or st.judging:
            return
        packed = [st.read[n] for n in range(len(st.sources))]
        if not maps_documents(rules_for(st.job.options)):
            # item frameworks (Pemdi) map inside their judge: the agency-wide step goes to the judging
            # worker too, and the parent never unpacks the agency's documents
            st.judging = True
            self.todo.appendleft((settle_and_judge, (packed, st.skipped, st.job.options, {},
                                                     time.perf_counter() - st.started, st.job.folder),
                                  ("judge", st, 0)))
            return
        docs = unpack(packed)
        t = time.perf_counter()
        try:
            st.agency, st.settled = settle_agency(docs, self.rules, st.job.options)
        except Exception as exc:  # noqa: BLE001 — one agency's trouble is reported on its row
            self._fail_agency(st, exc)
            return
        st.timings["provenance"] = time.perf_counter() - t
        maps = []
        for i, doc in enumerate(st.settled):
            hit = self.journal.get_mapping(st.job.folder, st.fingerprint, doc.path)
            if hit is not None:
                st.mapped[i] = replace(doc, indicators=hit)
            else:
                maps.append((map_one, (doc, st.agency, st.job.options), ("map", st, i)))
        self.todo.extendleft(reversed(maps))  # ahead of other agencies' reads: finish agencies in order
        self._maybe_judge(st)

    def _map_done(self, st: _Agency, i: int, doc: Document | None, exc: BaseException | None) -> None:
        from ..messages import make_finding

        if exc is not None:
            reason = lost_reason(exc) or f"{type(exc).__name__}: {exc}"[:200]
            code = "WORKER_CRASHED" if lost_reason(exc) else "INTERNAL_ERROR"
            doc = st.settled[i].with_findings(make_finding("extraction", code, detail=f"map: {reason}"))
        else:
            assert doc is not None
            self.journal.put_mapping(st.job.folder, st.fingerprint, doc.path, doc.indicators)
        st.mapped[i] = doc
        self._maybe_judge(st)

    def _maybe_judge(self, st: _Agency) -> None:
        from .tasks import judge_one

        if len(st.mapped) < len(st.settled):
            return
        docs = [st.mapped[i] for i in range(len(st.settled))]
        assert st.agency is not None
        # judged on a worker too: with hundreds of agencies it is the last serial step left here
        self.todo.appendleft((judge_one, (docs, st.agency, st.skipped, st.job.options, dict(st.timings),
                                          time.perf_counter() - st.started, st.job.folder), ("judge", st, 0)))

    def _judge_done(self, st: _Agency, judged: Judged | None, exc: BaseException | None) -> None:
        from ..api import write_reports
        from ..report import write_rendered

        if exc is not None:
            self._fail_agency(st, exc)
            return
        assert judged is not None
        o = st.job.options
        try:
            if judged.report is None:
                written = write_rendered(judged.rendered, o.formats, o.out)
            else:
                written = write_reports(judged.report, o.out, o.formats, o.lang, rendered=judged.rendered)
        except Exception as e:  # noqa: BLE001
            self._fail_agency(st, e)
            return
        out = Path(self.options.out)
        row = {**judged.row, "reports": [p.relative_to(out).as_posix() for p in written]}
        self.journal.put_agency(st.job.folder, st.fingerprint, not row["retry"], row)
        self.journal.checkpoint()  # while the workers are busy with other agencies
        self.rows[st.job.folder] = row
        st.read.clear()  # free the agency's text: hundreds of agencies must not pile up in memory
        st.settled, st.mapped = [], {}
        self._tick(st.job.folder, force=True)

    def _fail_agency(self, st: _Agency, exc: BaseException) -> None:
        """A bad claims file or a bug in an agency-wide step: that agency's row says so, the batch goes on."""
        detail = f"{type(exc).__name__}: {exc}"[:300]
        self.rows[st.job.folder] = error_row(st.job.folder, detail, len(st.sources))
        self._tick(st.job.folder, force=True)

    # -- progress

    def _tick(self, detail: str, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self.last_tick < 1.0:
            return
        self.last_tick = now
        dt = max(1e-6, now - self.t0)
        dps = self.docs_worked / dt
        left = self.docs_total - self.docs_done
        self.progress(BatchProgress(len(self.rows), len(self.jobs), self.docs_done, self.docs_total, self.pages_done,
                                    dps, self.pages_done / dt, left / dps if dps > 0 else None, detail))


def _largest_first(reads: list[Task]) -> list[Task]:
    """The read tasks of a group of agencies (as many as there are workers, opened together), biggest
    file first: the group's last reads are small ones, so its agencies' reads end at about the same time
    on every worker and their judge tasks run side by side, instead of one worker judging the last
    agency of the batch while the other has nothing left to do. File size stands in for the work."""
    return sorted(reads, key=lambda t: -t[1][0].size)


def error_row(folder: str, detail: str, documents: int) -> dict[str, Any]:
    return {"folder": folder, "instansi": None, "instansi_inferred": True, "framework": "", "period": None,
            "documents": documents, "pages": 0, "ocr_pages": 0, "index": None, "predicate": None,
            "claimed_index": None, "claimed_predicate": None,
            "indicators": {"supported": 0, "weak": 0, "missing": 0}, "items": None, "gap": 0, "drafts": [],
            "foreign": [], "failed": [], "retry": [], "gaps": [], "item_gaps": [], "reports": [], "error": detail}


def _failed(src: SourceFile, sha: str, exc: BaseException) -> list[Document]:
    from ..extract.runner import _failed_doc

    if isinstance(exc, TaskTimeout):
        return _failed_doc(src, sha, "TIMEOUT", seconds=f"{exc.seconds:g}")
    reason = lost_reason(exc)
    if reason is not None:
        return _failed_doc(src, sha, "WORKER_CRASHED", detail=reason)
    if isinstance(exc, MemoryError):
        return _failed_doc(src, sha, "TOO_LARGE", detail="memori tidak cukup")
    return _failed_doc(src, sha, "INTERNAL_ERROR", detail=f"read: {type(exc).__name__}: {exc}"[:200])
