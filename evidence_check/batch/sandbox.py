"""Per-task time limit and crash isolation on a Dask cluster.

A Dask worker runs tasks in threads, and a thread cannot be stopped: a PDF that sends the reader into a
loop would hold that thread (and its share of the cluster) for good, and a reader that crashes takes the
whole worker down with it. So on each Dask worker this plugin keeps a small `LocalPool` (one child
process per worker thread, forked from a fork server with the rules already loaded), and every batch task
runs there under the same per-task limit as on the local pool: a task over the limit has its child
killed and comes back as `TaskTimeout` (the document gets TIMEOUT, the batch goes on); a child that dies
comes back as `WorkerLost` after the pool's retries.

Imported only with `--cluster` (it needs the `distributed` package of the `cluster` extra).
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any

from distributed import WorkerPlugin, get_worker

from .executors import LocalPool


def plugin_name(task_timeout: float | None, mem_mb: int) -> str:
    """One plugin (and pool) per setting: a batch with another limit must not run under the first one's."""
    return f"evidence-check-sandbox-{task_timeout or 0:g}s-{mem_mb}mb"


class SandboxPlugin(WorkerPlugin):
    """Sent to every worker of the cluster (and to workers that join later) by `DaskExecutor`."""

    idempotent = True  # registering the same setting again (a second batch) keeps the running pools

    def __init__(self, task_timeout: float | None, mem_mb: int = 0):
        self.task_timeout = task_timeout
        self.mem_mb = mem_mb
        self.name = plugin_name(task_timeout, mem_mb)
        self.pool: LocalPool | None = None

    def setup(self, worker: Any) -> None:
        # A nanny starts its worker as a daemonic process, and multiprocessing refuses children to those
        # (it would not wait for them at exit). Ours need no waiting: a sandbox child exits when the pipe to
        # this worker closes, however the worker ends. The flag is what `distributed.worker.daemon: false`
        # sets; set here so an existing cluster needs no configuration.
        multiprocessing.current_process()._config["daemon"] = False  # type: ignore[attr-defined]
        threads = int(getattr(getattr(worker, "state", None), "nthreads", 0) or getattr(worker, "nthreads", 1) or 1)
        self.pool = LocalPool(threads, task_timeout=self.task_timeout, mem_mb=self.mem_mb)

    def teardown(self, worker: Any) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None


def guarded(name: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Run `fn(*args)` in this worker's sandbox pool of plugin `name`; in the worker thread itself when there
    is none (a cluster whose workers could not start the plugin still does the work, without the limit)."""
    try:
        plugin = get_worker().plugins.get(name)
    except ValueError:  # not on a Dask worker
        plugin = None
    pool = getattr(plugin, "pool", None)
    if pool is None:
        return fn(*args)
    return pool.submit(fn, *args).result()
