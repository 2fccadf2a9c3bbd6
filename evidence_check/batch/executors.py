"""Where batch work runs: one small interface, two implementations chosen at the edge (CLI/API).

`submit(fn, *args) -> Future` mirrors `concurrent.futures` (Dask's `Client.submit` has the same shape,
and both futures take `add_done_callback`), so the batch engine never knows whether a document is read
in a local worker process or on a cluster node. Both retry a task whose worker died; after `retries` deaths the task
fails with `WorkerLost`, which the engine turns into a finding on that document.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing import connection, get_context
from typing import Any, Protocol, Self

DEFAULT_RETRIES = 2  # a task may lose this many workers and still run; a third death is the document's fault
# A worker holds its next task in its pipe while it runs one, so it starts the next the moment it sends a
# result instead of waiting for the parent (busy on 2 cores) to wake, collect and send: with tasks of a few
# tens of ms that round-trip idled each worker ~10 % of a text-layer batch. Only while tasks are short: a
# task queued behind a long one (a scan's OCR) would wait there while another worker went idle.
PREFETCH_BELOW_S = 0.5  # recent tasks' mean run time (exponential average) under which a second task is sent


class WorkerLost(RuntimeError):
    """The task's worker died every time it ran it (crash, kill, out of memory)."""


class TaskTimeout(RuntimeError):
    """The task ran longer than the per-task limit; its worker was stopped."""

    def __init__(self, seconds: float):
        super().__init__(f"{seconds:g} s")
        self.seconds = seconds

    def __reduce__(self) -> tuple[Any, ...]:  # crosses process boundaries (a Dask worker's sandbox)
        return (TaskTimeout, (self.seconds,))


class Executor(Protocol):
    workers: int

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any: ...

    def close(self) -> None: ...


def lost_reason(exc: BaseException) -> str | None:
    """Why a task produced no result, if the cause was its worker rather than the task's own code."""
    if isinstance(exc, WorkerLost):
        return str(exc)
    if type(exc).__name__ == "KilledWorker":  # distributed.scheduler.KilledWorker, without importing Dask
        return f"pekerja Dask berhenti berulang kali: {exc}"[:200]
    return None


# ---------------------------------------------------------------------------------------------- local


def _worker_main(conn, mem_mb: int, env: dict[str, str]) -> None:
    """A long-lived worker: runs tasks one at a time until the pipe closes. Everything a task loads
    (rules, word lists, spaCy) stays loaded for the next one."""
    os.setpgid(0, 0)  # own process group: a kill also takes its Tesseract children
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    os.environ.update(env)
    if mem_mb > 0:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (mem_mb * 1024 * 1024,) * 2)
        except (ImportError, ValueError, OSError):
            pass
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        task_id, fn, args = msg
        try:
            out = ("ok", fn(*args))
        except BaseException as exc:  # noqa: BLE001 — reported to the parent, the worker lives on
            out = ("err", exc)
        try:
            conn.send((task_id, *out))
        except Exception as exc:  # noqa: BLE001 — e.g. an unpicklable exception
            conn.send((task_id, "err", RuntimeError(f"{type(exc).__name__}: {exc}"[:300])))


@dataclass
class _Task:
    id: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: Future
    deaths: int = 0
    started: bool = False


@dataclass
class _Worker:
    proc: Any
    conn: Any
    tasks: deque[_Task] = field(default_factory=deque)  # sent, in the order the worker runs them; [0] runs
    deadline: float = float("inf")  # of tasks[0], counted from when it started
    started: float = 0.0  # when tasks[0] started (sent to an idle worker, or the one before it finished)
    done: int = field(default=0)

    @property
    def task(self) -> _Task | None:
        return self.tasks[0] if self.tasks else None


class LocalPool:
    """Long-lived worker processes on this machine, with per-task time limit and retry of lost workers.

    `concurrent.futures.ProcessPoolExecutor` breaks for good when one worker dies; a batch of hundreds
    of agencies must instead re-run that task on a fresh worker and carry on.
    """

    def __init__(self, workers: int, *, task_timeout: float | None = None, retries: int = DEFAULT_RETRIES,
                 mem_mb: int = 0, env: dict[str, str] | None = None,
                 preload: tuple[str, ...] = ("evidence_check.batch.preload",)):
        self.workers = max(1, workers)
        self.task_timeout = task_timeout
        self.retries = retries
        self.mem_mb = mem_mb
        self.env = dict(env or {})
        # A fork server, not a plain fork: workers are forked from a clean single-threaded process, so no
        # lock held by one of our threads can be inherited mid-flight; and that server has loaded rules and
        # spaCy once (batch/preload.py), so a new or replacement worker is ready in milliseconds.
        self._mp = get_context("forkserver")
        self._mp.set_forkserver_preload(list(preload))
        self._queue: deque[_Task] = deque()
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = self._mp.Pipe(duplex=False)
        self._next_id = 0
        self.retried = 0  # tasks re-run after their worker died (diagnostics and tests)
        self._closed = threading.Event()
        self._pool: list[_Worker] = []
        self._mean_run = float("inf")  # exponential average of task run times: no prefetch until one is seen
        self._thread = threading.Thread(target=self._loop, name="evidence-check-pool", daemon=True)
        self._thread.start()

    # -- the Executor interface

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future:
        fut: Future = Future()
        with self._lock:
            if self._closed.is_set():
                raise RuntimeError("pool is closed")
            self._next_id += 1
            self._queue.append(_Task(self._next_id, fn, args, fut))
        self._wake()
        return fut

    def close(self) -> None:
        self._closed.set()
        self._wake()
        self._thread.join(10)
        for w in self._pool:
            self._kill(w)
        with self._lock:
            while self._queue:
                self._queue.popleft().future.cancel()

    def worker_pids(self) -> list[int]:
        """For tests and diagnostics: the current workers' process ids."""
        return [w.proc.pid for w in self._pool if w.proc.is_alive()]

    def busy_pids(self) -> list[int]:
        """For tests and diagnostics: the process ids of workers holding a task (read without the pool
        thread's cooperation, so a task may finish the moment after)."""
        return [w.proc.pid for w in list(self._pool) if w.tasks and w.proc.is_alive()]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the manager thread

    def _wake(self) -> None:
        try:
            self._wake_w.send_bytes(b"x")
        except OSError:
            pass

    def _spawn(self) -> _Worker:
        parent, child = self._mp.Pipe()
        proc = self._mp.Process(target=_worker_main, args=(child, self.mem_mb, self.env), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _kill(self, w: _Worker) -> None:
        try:
            os.killpg(w.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, OSError):
            try:
                w.proc.kill()
            except (OSError, ValueError):
                pass
        w.proc.join(5)
        try:
            w.conn.close()
        except OSError:
            pass

    def _next_task(self) -> _Task | None:
        with self._lock:
            while self._queue:
                cand = self._queue.popleft()
                if cand.started or cand.future.set_running_or_notify_cancel():  # False: cancelled
                    cand.started = True
                    return cand
        return None

    def _dispatch(self) -> None:
        while len(self._pool) < self.workers:
            self._pool.append(self._spawn())
        depth = 2 if self._mean_run < PREFETCH_BELOW_S else 1
        for slots in range(1, depth + 1):  # every idle worker gets a task before any gets a second
            for w in self._pool:
                if len(w.tasks) >= slots or (slots > 1 and not w.tasks):
                    continue
                task = self._next_task()
                if task is None:
                    return
                self._send(w, task)

    def _send(self, w: _Worker, task: _Task) -> None:
        try:
            w.conn.send((task.id, task.fn, task.args))
        except Exception as exc:  # noqa: BLE001 — unpicklable arguments are the caller's bug
            if isinstance(exc, (BrokenPipeError, OSError)):
                with self._lock:
                    self._queue.appendleft(task)  # the worker is gone; _reap replaces it
                return
            task.future.set_exception(exc)
            return
        w.tasks.append(task)
        if len(w.tasks) == 1:
            self._start(w)

    def _start(self, w: _Worker) -> None:
        """tasks[0] starts running now: its time limit counts from here."""
        w.started = time.monotonic()
        w.deadline = w.started + self.task_timeout if self.task_timeout else float("inf")

    def _requeue_waiting(self, w: _Worker) -> None:
        """Tasks sent to a worker that is being replaced, behind the one it was running: they never ran,
        so they go back to the front of the queue, in order, without a death counted against them."""
        waiting = list(w.tasks)[1:]
        w.tasks.clear()
        with self._lock:
            self._queue.extendleft(reversed(waiting))

    def _replace(self, w: _Worker) -> None:
        self._kill(w)
        self._pool.remove(w)

    def _lost(self, w: _Worker, why: str) -> None:
        task = w.task
        self._requeue_waiting(w)
        self._replace(w)
        if task is None:
            return
        task.deaths += 1
        if task.deaths > self.retries:
            task.future.set_exception(WorkerLost(f"pekerja berhenti {task.deaths}x ({why})"))
        else:
            self.retried += 1
            with self._lock:
                self._queue.appendleft(task)  # retried first: it has waited longest

    def _loop(self) -> None:
        try:
            self._serve()
        except BaseException as exc:  # noqa: BLE001 — no future may wait forever on a dead manager
            self._closed.set()
            with self._lock:
                stranded = [t for t in self._queue] + [t for w in self._pool for t in w.tasks]
                self._queue.clear()
            for task in stranded:
                if not task.future.done():
                    if not task.started:
                        task.future.set_running_or_notify_cancel()
                    task.future.set_exception(RuntimeError(f"pool manager failed: {type(exc).__name__}: {exc}"))

    def _serve(self) -> None:
        while not self._closed.is_set():
            self._dispatch()
            busy = [w for w in self._pool if w.task is not None]
            now = time.monotonic()
            wait = min([w.deadline - now for w in busy] + [1.0])
            waitables = [self._wake_r] + [w.conn for w in self._pool] + [w.proc.sentinel for w in self._pool]
            ready = set(connection.wait(waitables, timeout=max(0.0, wait)))
            if self._wake_r in ready:
                while self._wake_r.poll():
                    self._wake_r.recv_bytes()
            for w in list(self._pool):
                if w.conn in ready or w.proc.sentinel in ready:
                    self._collect(w)
            now = time.monotonic()
            for w in list(self._pool):
                if w.task is not None and now > w.deadline:
                    task = w.task
                    self._requeue_waiting(w)
                    self._replace(w)
                    task.future.set_exception(TaskTimeout(self.task_timeout or 0))

    def _collect(self, w: _Worker) -> None:
        try:
            while w.conn.poll():
                task_id, kind, value = w.conn.recv()
                if not w.tasks or w.tasks[0].id != task_id:
                    continue
                task = w.tasks.popleft()
                now = time.monotonic()
                run = now - w.started
                self._mean_run = run if self._mean_run == float("inf") else 0.8 * self._mean_run + 0.2 * run
                if w.tasks:
                    self._start(w)  # the worker went straight on to the task waiting in its pipe
                w.done += 1
                if kind == "ok":
                    task.future.set_result(value)
                else:
                    task.future.set_exception(value)
        except (EOFError, OSError):
            self._lost(w, "pipa tertutup")
            return
        except Exception as exc:  # noqa: BLE001 — a result that cannot be unpickled
            task = w.tasks.popleft() if w.tasks else None
            if w.tasks:
                self._start(w)
            if task is not None:
                task.future.set_exception(RuntimeError(f"{type(exc).__name__}: {exc}"[:300]))
            return
        if not w.proc.is_alive():
            code = w.proc.exitcode
            self._lost(w, f"sinyal {-code}" if code is not None and code < 0 else f"kode keluar {code}")


# ----------------------------------------------------------------------------------------------- Dask


class DaskExecutor:
    """The same interface over an existing Dask `distributed` scheduler (`--cluster tcp://host:8786`).

    With `task_timeout`, every task runs in a per-worker sandbox pool (batch/sandbox.py) under that limit,
    as on the local pool: Dask itself cannot stop a task that runs too long. Dask re-runs a task whose
    worker died (up to `distributed.scheduler.allowed-failures`) and then raises `KilledWorker`, which the
    engine reports like `WorkerLost`.
    """

    def __init__(self, address_or_client: Any, *, task_timeout: float | None = None, mem_mb: int = 0):
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover — depends on the optional extra
            from ..errors import EvidenceCheckError

            raise EvidenceCheckError("--cluster needs the 'cluster' extra: pip install 'evidence-check[cluster]'"
                                     ) from exc
        if isinstance(address_or_client, Client):
            self.client, self._own = address_or_client, False
        else:
            self.client, self._own = Client(address_or_client, set_as_default=False), True
        self.workers = max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info().get("workers", {}).values()))
        self._guard: tuple[Callable[..., Any], str] | None = None
        if task_timeout:
            from .sandbox import SandboxPlugin, guarded

            plugin = SandboxPlugin(task_timeout, mem_mb)
            self.client.register_plugin(plugin)
            self._guard = (guarded, plugin.name)

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        # pure=False: two agencies holding the same file are still two tasks with their own results
        if self._guard is not None:
            guarded, name = self._guard
            return self.client.submit(guarded, name, fn, *args, pure=False)
        return self.client.submit(fn, *args, pure=False)

    def close(self) -> None:
        if self._own:
            self.client.close()
