"""`evidence-check batch ROOT`: every sub-folder of ROOT is one agency; one summary across them (issue 15).

Library entry point `check_batch` never prints or exits. The executor (where documents are read) is
chosen here at the edge: `local_pool(jobs)` by default, `DaskExecutor(address)` for a cluster.
"""
from __future__ import annotations

import datetime as _dt
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import __version__
from ..atomic import write_atomic
from ..context import Options
from .engine import BatchProgress, BatchProgressFn, BatchRun, _no_progress
from .executors import DaskExecutor, Executor, LocalPool, TaskTimeout, WorkerLost
from .plan import AgencyJob, BatchPlanError, plan_agencies
from .summary import RENDERERS, build_summary

SUMMARY_FORMATS = ("html", "xlsx", "json")

__all__ = ["AgencyJob", "BatchPlanError", "BatchProgress", "DaskExecutor", "Executor", "LocalPool", "TaskTimeout",
           "WorkerLost", "check_batch", "local_pool", "open_executor", "plan_agencies", "write_summary"]


@contextmanager
def local_pool(jobs: int, options: Options) -> Iterator[LocalPool]:
    """The default executor: `jobs` long-lived worker processes sharing a cap of `jobs` Tesseracts."""
    from ..extract import slots

    with tempfile.TemporaryDirectory(prefix="ec-slots-") as tmp:
        pool = LocalPool(jobs, task_timeout=options.timeout_per_file, mem_mb=options.max_memory_mb,
                         env={slots.ENV: slots.create(Path(tmp), max(1, jobs))})
        try:
            yield pool
        finally:
            pool.close()


@contextmanager
def open_executor(options: Options, cluster: str | None = None) -> Iterator[Executor]:
    if cluster:
        ex = DaskExecutor(cluster, task_timeout=options.timeout_per_file, mem_mb=options.max_memory_mb)
        try:
            yield ex
        finally:
            ex.close()
    else:
        with local_pool(options.jobs, options) as pool:
            yield pool


def check_batch(root: Path, options: Options, executor: Executor, *, mapping: Path | None = None,
                progress: BatchProgressFn = _no_progress) -> dict[str, Any]:
    """Run every agency under `root`; write each agency's reports under `options.out/instansi/` and
    return the cross-agency summary (also written by `write_summary`)."""
    t0 = time.perf_counter()
    jobs = plan_agencies(Path(root), options, mapping)
    run = BatchRun(jobs, options, executor, progress)
    rows = run.run()
    header = {
        "tool_version": __version__,
        "generated_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "root": str(root),
        "framework": ", ".join(sorted({str(r["framework"]) for r in rows if r.get("framework")})),
        "rules_checksum": run.rules.checksum,
        "executor": type(executor).__name__,
        "workers": executor.workers,
        "options": options.jsonable(),
        "timings": {"total": round(time.perf_counter() - t0, 3)},
        "work": {"documents_read": run.docs_worked, "pages_read": run.pages_done},
    }
    return build_summary(rows, header)


def write_summary(summary: dict[str, Any], out: Path, formats: tuple[str, ...] = SUMMARY_FORMATS) -> list[Path]:
    written = []
    for fmt in formats:
        name, render = RENDERERS[fmt]
        write_atomic(Path(out) / name, render(summary))
        written.append(Path(out) / name)
    return written
