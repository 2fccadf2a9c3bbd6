"""`evidence-check batch`: the same per-agency results as single runs, on a local pool and on Dask;
lost workers retried without losing or duplicating a document; an interrupted batch resumes."""
from __future__ import annotations

import concurrent.futures
import json
import os
import signal
import sqlite3
from collections import Counter
from dataclasses import replace
from pathlib import Path

import batch_support as bs
import pytest
from click.testing import CliRunner

from evidence_check.api import check_folder
from evidence_check.batch import (
    DaskExecutor,
    LocalPool,
    TaskTimeout,
    WorkerLost,
    check_batch,
    local_pool,
    write_summary,
)
from evidence_check.batch.engine import JOURNAL_NAME
from evidence_check.cli import main
from evidence_check.context import Options
from evidence_check.models import to_jsonable

AGENCIES = ("kab-mekarsari", "kab-sukamaju", "kab-sukamaju-2")
TAHUN = 2024  # PermenPANRB 59/2020: the path with a mapping task per document (Pemdi maps inside its judge)


@pytest.fixture(scope="module", autouse=True)
def _stop_fork_server():
    """The local pool's fork server lives as long as the process (a CLI run ends with it); other test
    modules check that a run leaves no child process behind, so stop it when this module is done."""
    yield
    import multiprocessing.forkserver as fs
    import multiprocessing.resource_tracker as rt

    for stop in (getattr(fs._forkserver, "_stop", None), getattr(rt._resource_tracker, "_stop", None)):
        if stop is not None:
            stop()


@pytest.fixture(scope="module")
def batch_root(tmp_path_factory) -> Path:
    return bs.build_batch(tmp_path_factory.mktemp("batch") / "root")


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def single_runs(batch_root, tmp_path_factory) -> dict[str, object]:
    """Each agency checked on its own with `check_folder`, no cache: the reference results."""
    out = tmp_path_factory.mktemp("single")
    return {a: bs.normalised(to_jsonable(check_folder(batch_root / a, Options(
        input=batch_root / a, out=out / a, use_cache=False, jobs=2, tahun=TAHUN)))) for a in AGENCIES}


def _opts(root: Path, out: Path, cache: Path | None) -> Options:
    return Options(input=root, out=out, jobs=2, formats=("json",), use_cache=cache is not None, cache_dir=cache,
                   tahun=TAHUN)


def _agency_reports(out: Path) -> dict[str, object]:
    return {a: bs.normalised(bs.load_json(out / "instansi" / a / "report.json")) for a in AGENCIES}


def _assert_same_as_single(out: Path, single_runs) -> None:
    got = _agency_reports(out)
    for a in AGENCIES:
        paths = [d["path"] for d in got[a]["documents"]]
        assert len(paths) == len(set(paths)), f"{a}: a document appears twice"
        assert got[a] == single_runs[a], f"{a}: batch result differs from check_folder"


class CountingExecutor:
    """Wraps an executor and records every task handed to it (which file, which stage)."""

    def __init__(self, inner):
        self.inner, self.workers, self.tasks = inner, inner.workers, []

    def submit(self, fn, *args):
        # read: the file on disk; map: the document; judge: the agency folder
        where = {"judge_one": lambda: args[3].input, "settle_and_judge": lambda: args[2].input}
        self.tasks.append((fn.__name__, str(where.get(fn.__name__, lambda: args[0].path)())))
        return self.inner.submit(fn, *args)

    def close(self) -> None:
        pass


class HoldingExecutor(CountingExecutor):
    """Passes the first `reads` read tasks to the pool and holds every later one (its future never completes), so
    an interruption lands mid-batch however fast the workers are (a race the progress callback alone loses when
    every document is read within one progress tick)."""

    def __init__(self, inner, reads: int):
        super().__init__(inner)
        self.reads_left = reads

    def submit(self, fn, *args):
        if fn.__name__ == "read_packed":
            if self.reads_left <= 0:
                return concurrent.futures.Future()
            self.reads_left -= 1
        return super().submit(fn, *args)


def test_local_pool_batch_matches_single_runs_and_summarises(batch_root, single_runs, tmp_path):
    out = tmp_path / "out"
    opts = _opts(batch_root, out, None)
    seen = []
    with local_pool(2, opts) as pool:
        summary = check_batch(batch_root, opts, pool, progress=seen.append)
    _assert_same_as_single(out, single_runs)
    written = write_summary(summary, out)
    assert {p.name for p in written} == {"ringkasan.html", "ringkasan.xlsx", "ringkasan.json"}

    rows = {r["folder"]: r for r in summary["agencies"]}
    assert set(rows) == set(AGENCIES)
    for a in AGENCIES:  # the row says what the agency's own report says
        rep = single_runs[a]
        assert rows[a]["index"] == rep["index"]["supported"] and rows[a]["predicate"] == rep["index"]["predicate"]
        want = Counter(v["status"] for v in rep["indicators"])
        assert rows[a]["indicators"] == {s: want.get(s, 0) for s in ("supported", "weak", "missing")}
    assert rows["kab-sukamaju"]["drafts"] == ["Draft_Perkada_Aplikasi.pdf"]
    assert rows["kab-sukamaju-2"]["foreign"] == ["SK_Tim_Mekarsari.pdf"]
    gaps = [r["gap"] for r in summary["agencies"]]
    assert gaps == sorted(gaps, reverse=True)
    worst = summary["common_gaps"][0]
    assert worst["weak"] + worst["missing"] == max(g["weak"] + g["missing"] for g in summary["common_gaps"])
    assert summary["totals"]["documents"] == sum(len(single_runs[a]["documents"]) for a in AGENCIES)
    # progress: agencies done/total, documents and pages per second, time left
    last = seen[-1]
    assert (last.agencies_done, last.agencies_total) == (3, 3)
    assert last.documents_done == last.documents_total == sum(len(list((batch_root / a).rglob("*.*")))
                                                             for a in AGENCIES)
    assert last.pages_per_s > 0 and last.eta_s == 0
    html = (out / "ringkasan.html").read_text("utf-8")
    assert "kab-sukamaju-2" in html and "Kesenjangan paling umum" in html


def test_item_framework_batch_settles_on_workers_and_matches_single_runs(tmp_path):
    """Pemdi (items) has no mapping stage: each agency is settled and judged in one task on the files as
    the workers packed them. Reports and rows are those of single runs, on a fresh batch and on a re-run
    that takes every document from the journal."""
    root = tmp_path / "root"
    bs.build_agency(root / "a", bs.tx.SUKAMAJU, draft=True)
    bs.build_agency(root / "b", bs.tx.SUKAMAJU)
    bs.f.text_pdf(root / "b" / "SK_Tim_Mekarsari.pdf", bs.tx.keputusan_tim_koordinasi(bs.tx.MEKARSARI))
    single = {a: bs.normalised(to_jsonable(check_folder(root / a, Options(
        input=root / a, out=tmp_path / "single" / a, use_cache=False, jobs=1, tahun=2026)))) for a in "ab"}
    opts = replace(_opts(root, tmp_path / "out", None), tahun=2026, formats=("json", "csv"))
    with local_pool(2, opts) as pool:
        counting = CountingExecutor(pool)
        summary = check_batch(root, opts, counting)
        assert {t[0] for t in counting.tasks} == {"read_packed", "settle_and_judge"}
        for a in "ab":
            assert bs.normalised(bs.load_json(tmp_path / "out" / "instansi" / a / "report.json")) == single[a]
        rows = {r["folder"]: r for r in summary["agencies"]}
        assert rows["a"]["drafts"] == ["Draft_Perkada_Aplikasi.pdf"] and rows["b"]["foreign"] == ["SK_Tim_Mekarsari.pdf"]
        assert rows["a"]["reports"] == ["instansi/a/report.json", "instansi/a/indikator.csv"]
        assert rows["a"]["items"] and rows["a"]["framework"] == "permenpanrb-8-2026"

        db = sqlite3.connect(tmp_path / "out" / JOURNAL_NAME)
        db.execute("DELETE FROM agencies")  # every agency judged again, every document from the journal
        db.commit()
        db.close()
        again = CountingExecutor(pool)
        second = check_batch(root, opts, again)
    assert sorted(t[0] for t in again.tasks) == ["settle_and_judge"] * 2
    assert [{k: v for k, v in r.items()} for r in second["agencies"]] == summary["agencies"]
    for a in "ab":
        assert bs.normalised(bs.load_json(tmp_path / "out" / "instansi" / a / "report.json")) == single[a]


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  preload=["evidence_check.batch.preload"]) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def _rule_loads(client) -> dict[str, int]:
    from evidence_check.batch.tasks import worker_rules

    return client.run(lambda: worker_rules.cache_info().misses)


def test_dask_local_cluster_matches_single_runs(batch_root, single_runs, tmp_path, cache_dir, dask_client):
    out = tmp_path / "out"
    opts = _opts(batch_root, out, cache_dir)
    ex = DaskExecutor(dask_client)
    assert ex.workers == 2
    summary = check_batch(batch_root, opts, ex)
    _assert_same_as_single(out, single_runs)
    assert summary["executor"] == "DaskExecutor" and len(summary["agencies"]) == 3
    # long-lived workers: rules loaded once per framework and worker (the preload's current-period one and
    # this batch's 59/2020), however many documents each worker read
    assert all(n <= 2 for n in _rule_loads(dask_client).values())


def test_dask_worker_killed_mid_batch_loses_and_duplicates_nothing(batch_root, single_runs, tmp_path, cache_dir,
                                                                  dask_client):
    out = tmp_path / "out"
    opts = _opts(batch_root, out, cache_dir)
    pids = dask_client.run(os.getpid)
    killed: list[int] = []

    def kill_one(p) -> None:
        if not killed and p.documents_done >= 2:
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)  # the nanny starts a new worker; Dask re-runs its tasks
            killed.append(pid)

    check_batch(batch_root, opts, DaskExecutor(dask_client), progress=kill_one)
    assert killed
    _assert_same_as_single(out, single_runs)


def test_dask_batch_through_the_sandbox_matches_single_runs(batch_root, single_runs, tmp_path, cache_dir,
                                                           dask_client):
    """What `--cluster` does by default (a per-file limit): every task runs in the workers' sandbox pools,
    and the per-agency results are those of single runs."""
    out = tmp_path / "out"
    summary = check_batch(batch_root, _opts(batch_root, out, cache_dir), DaskExecutor(dask_client, task_timeout=300))
    _assert_same_as_single(out, single_runs)
    assert len(summary["agencies"]) == 3


def test_dask_tasks_run_under_the_per_task_limit(dask_client):
    """Dask cannot stop a running task: with a limit, each worker runs tasks in its sandbox pool, so a task
    over the limit comes back as TaskTimeout, a task that kills its process as WorkerLost, and the Dask
    workers themselves live on."""
    dask_client.wait_for_workers(2, timeout=60)  # the worker an earlier test killed is back
    pids = dask_client.run(os.getpid)
    ex = DaskExecutor(dask_client, task_timeout=3)
    slow = ex.submit(bs.sleep_for, 60)
    lost = ex.submit(bs.always_die)
    ok = ex.submit(bs.square, 5)
    with pytest.raises(TaskTimeout) as timed_out:
        slow.result(60)
    assert timed_out.value.seconds == 3
    with pytest.raises(WorkerLost):
        lost.result(60)
    assert ok.result(60) == 25
    assert dask_client.run(os.getpid) == pids  # no Dask worker was lost or restarted
    unguarded = DaskExecutor(dask_client)  # without a limit tasks run in the worker thread, as before
    assert unguarded.submit(os.getpid).result(60) in pids.values()
    assert ex.submit(os.getpid).result(60) not in pids.values()


def test_worker_killed_mid_batch_loses_and_duplicates_nothing(batch_root, single_runs, tmp_path, cache_dir):
    out = tmp_path / "out"
    opts = _opts(batch_root, out, cache_dir)
    killed: list[int] = []
    with local_pool(2, opts) as pool:
        counting = CountingExecutor(pool)

        rounds: list[int] = []  # documents done at each kill

        def kill_workers(p) -> None:
            # mid-batch, the workers holding a task; once more at a later document if no task turned out to be
            # running (it may finish the moment after the look): at most two deaths per task, within its retries
            if p.documents_done < 2 or pool.retried or len(rounds) >= 2 or rounds and p.documents_done <= rounds[-1]:
                return
            busy = pool.busy_pids()
            if busy:
                rounds.append(p.documents_done)
                for pid in busy:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)

        check_batch(batch_root, opts, counting, progress=kill_workers)
        assert killed and pool.retried >= 1  # a task really was running on a killed worker
    _assert_same_as_single(out, single_runs)
    reports = _agency_reports(out)
    codes = {f["code"] for a in AGENCIES for d in reports[a]["documents"] for f in d["findings"]}
    assert "WORKER_CRASHED" not in codes
    # each file was handed out once; the retries happen inside the executor, not as new tasks
    reads = [t for t in counting.tasks if t[0] == "read_packed"]
    assert len(reads) == len(set(reads))


def test_interrupted_batch_resumes_without_redoing_finished_work(batch_root, single_runs, tmp_path, cache_dir):
    out = tmp_path / "out"
    opts = _opts(batch_root, out, cache_dir)
    with local_pool(2, opts) as pool:
        first = HoldingExecutor(pool, reads=8)

        def interrupt(p) -> None:
            if p.documents_done >= 6:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            check_batch(batch_root, opts, first, progress=interrupt)
    db = sqlite3.connect(out / JOURNAL_NAME)
    journaled = {str(batch_root / a / r) for a, r in db.execute("SELECT agency, rel FROM documents")}
    db.close()
    assert 6 <= len(journaled) < 15

    with local_pool(2, opts) as pool:
        second = CountingExecutor(pool)
        check_batch(batch_root, opts, second)
    reread = {t[1] for t in second.tasks if t[0] == "read_packed"}
    everything = {str(p) for a in AGENCIES for p in (batch_root / a).rglob("*") if p.is_file()}
    assert not reread & journaled  # nothing finished is read again ...
    assert reread | journaled == everything  # ... and nothing unfinished is forgotten
    _assert_same_as_single(out, single_runs)

    with local_pool(1, opts) as pool:  # everything finished: a third run hands out no work at all
        third = CountingExecutor(pool)
        summary = check_batch(batch_root, opts, third)
    assert third.tasks == []
    assert {r["folder"] for r in summary["agencies"]} == set(AGENCIES)


def test_changed_file_is_reread_and_only_its_agency_rejudged(tmp_path, cache_dir):
    root = tmp_path / "root"
    bs.build_agency(root / "a", bs.tx.SUKAMAJU)
    bs.build_agency(root / "b", bs.tx.MEKARSARI)
    opts = _opts(root, tmp_path / "out", cache_dir)
    with local_pool(2, opts) as pool:
        check_batch(root, opts, pool)
        bs.f.text_pdf(root / "b" / "Indikator 1" / "Perkada_SPBE.pdf", ["PERATURAN WALI KOTA MEKARSARI\nNOMOR 9 TAHUN 2024"])
        counting = CountingExecutor(pool)
        check_batch(root, opts, counting)
    changed = str(root / "b" / "Indikator 1" / "Perkada_SPBE.pdf")
    assert [t for t in counting.tasks if t[0] == "read_packed"] == [("read_packed", changed)]
    assert [t for t in counting.tasks if t[0] == "judge_one"] == [("judge_one", str(root / "b"))]  # a untouched
    maps = {t[1] for t in counting.tasks if t[0] == "map_one"}  # b's documents mapped again (its set changed)
    assert maps == {p.relative_to(root / "b").as_posix() for p in (root / "b").rglob("*.*")}


# --- the local pool on its own: retry, give up, time limit, long-lived workers


def test_local_pool_retries_a_task_whose_worker_died(tmp_path):
    with LocalPool(2) as pool:
        futs = [pool.submit(bs.die_once, str(tmp_path / f"m{i}"), i) for i in range(3)]
        assert [f.result(60) for f in futs] == [1, 2, 3]
        assert pool.submit(bs.square, 7).result(60) == 49


def test_local_pool_gives_up_after_repeated_deaths_and_times_out(tmp_path):
    with LocalPool(1, task_timeout=3, retries=1) as pool:
        lost = pool.submit(bs.always_die)
        slow = pool.submit(bs.sleep_for, 30)
        ok = pool.submit(bs.square, 3)
        with pytest.raises(WorkerLost):
            lost.result(60)
        with pytest.raises(TaskTimeout):
            slow.result(60)
        assert ok.result(60) == 9  # the pool carries on with a fresh worker


def test_task_waiting_behind_a_lost_or_stopped_task_runs_and_is_not_charged(tmp_path):
    """Short tasks: a worker holds its next task while it runs one. When the worker dies or is stopped, the
    task waiting behind it never ran: it goes to a fresh worker, with no death counted against it."""
    with LocalPool(1, retries=0, task_timeout=3) as pool:
        assert [pool.submit(bs.square, i).result(60) for i in range(5)] == [0, 1, 4, 9, 16]  # short tasks seen
        lost, behind = pool.submit(bs.always_die), pool.submit(bs.square, 6)
        with pytest.raises(WorkerLost):
            lost.result(60)
        assert behind.result(60) == 36
        slow, after = pool.submit(bs.sleep_for, 30), pool.submit(bs.square, 7)
        with pytest.raises(TaskTimeout):
            slow.result(60)
        assert after.result(60) == 49
        assert pool.retried == 0


def test_local_workers_load_rules_once():
    with LocalPool(1) as pool:
        seen = [pool.submit(bs.worker_pid_and_load_count).result(120) for _ in range(4)]
    assert len({pid for pid, _ in seen}) == 1 and {n for _, n in seen} == {1}


# --- CLI and the agency CSV


def test_cli_batch_with_mapping_csv(tmp_path, cache_dir):
    root = tmp_path / "root"
    bs.build_agency(root / "satu", bs.tx.SUKAMAJU)
    bs.build_agency(root / "dua", bs.tx.MEKARSARI)
    klaim = tmp_path / "klaim.csv"
    klaim.write_text("indikator,level\n1,3\n10,2\n", "utf-8")
    peta = tmp_path / "peta.csv"
    peta.write_text("folder,instansi,klaim,tahun\nsatu,Kabupaten Sukamaju,klaim.csv,2024\n", "utf-8")
    out = tmp_path / "laporan"
    res = CliRunner().invoke(main, ["batch", str(root), "--out", str(out), "--peta", str(peta), "-j", "2", "-q",
                                    "--cache-dir", str(cache_dir), "--format", "json"])
    assert res.exit_code == 0, res.output
    summary = json.loads((out / "ringkasan.json").read_text("utf-8"))
    rows = {r["folder"]: r for r in summary["agencies"]}
    assert rows["satu"]["instansi"] == "Kabupaten Sukamaju" and not rows["satu"]["instansi_inferred"]
    assert rows["satu"]["period"] == 2024 and rows["satu"]["claimed_index"] is not None
    assert rows["dua"]["claimed_index"] is None
    assert rows["satu"]["framework"] == "permenpanrb-59-2020" and rows["satu"]["items"] is None
    assert rows["dua"]["framework"] == "permenpanrb-8-2026"  # no period given: the current one, Pemdi
    assert rows["dua"]["items"] and sum(rows["dua"]["items"].values()) > 0  # item verdicts counted
    assert (out / "instansi" / "satu" / "report.json").exists()

    bad = tmp_path / "bad.csv"
    bad.write_text("folder,tahun\ntiga,2024\nsatu,19\n", "utf-8")
    res = CliRunner().invoke(main, ["batch", str(root), "--out", str(tmp_path / "x"), "--peta", str(bad)])
    assert res.exit_code == 2
    assert "bad.csv:2" in res.output and "bad.csv:3" in res.output  # every problem, each naming its row


def test_cli_batch_refuses_output_inside_root(tmp_path):
    root = tmp_path / "root"
    (root / "a").mkdir(parents=True)
    res = CliRunner().invoke(main, ["batch", str(root), "--out", str(root / "laporan")])
    assert res.exit_code == 2 and "inside" in res.output


def test_per_agency_options_do_not_leak(tmp_path):
    from evidence_check.batch import plan_agencies

    root = tmp_path / "root"
    for name in ("a", "b"):
        (root / name).mkdir(parents=True)
    peta = tmp_path / "p.csv"
    peta.write_text("folder;instansi\na;Kota Mekarsari\n", "utf-8")
    jobs = {j.folder: j for j in plan_agencies(root, replace(Options(input=root), out=tmp_path / "o"), peta)}
    assert jobs["a"].options.instansi == "Kota Mekarsari" and jobs["b"].options.instansi is None
    assert jobs["a"].options.out == tmp_path / "o" / "instansi" / "a"
