"""Run history in one SQLite file (WAL): runs, their documents, findings, indicator and item verdicts.

Small on purpose — the CLI, the web server and (later) the batch runner share it:

    store = HistoryStore(path)                       # creates/migrates the schema
    run_id = store.begin_run(workspace="local", source="cli", input_label="bukti/")
    store.finish_run(run_id, report)                 # one transaction: all rows or none
    store.end_run(run_id, "interrupted", "…")        # or: failed / cancelled
    store.runs(workspace) / store.run(id, workspace) / store.snapshot(id, workspace)

A run's detail rows are written only together with its final status `done`, so a run that stops
half-way is a single `runs` row with status `interrupted`, never half-stored. Every read that a web
page does takes the workspace, so one workspace cannot list or open another's runs.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .snapshot import DocSnap, FindingSnap, ItemSnap, Snapshot, VerdictSnap, snapshot_from_report

APP_NAME = "evidence-check"
DB_NAME = "history.sqlite3"
LOCAL_WORKSPACE = "local"  # runs recorded by the CLI
STATUSES = ("queued", "running", "done", "failed", "cancelled", "interrupted")
ACTIVE = ("queued", "running")

# Each entry moves the schema one version up; never edit a released entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE workspaces (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        workspace TEXT NOT NULL,
        source TEXT NOT NULL,               -- cli | web
        status TEXT NOT NULL,               -- queued running done failed cancelled interrupted
        created_at TEXT NOT NULL, started_at TEXT, finished_at TEXT,
        pid INTEGER,                        -- process doing the work (stale-run recovery)
        input_label TEXT NOT NULL DEFAULT '',
        options_json TEXT NOT NULL DEFAULT '{}',
        work_dir TEXT,                      -- web runs: upload and report folder inside the store
        out_dir TEXT,                       -- where the report files are
        files_json TEXT NOT NULL DEFAULT '[]',
        error TEXT NOT NULL DEFAULT '',
        tool_version TEXT NOT NULL DEFAULT '', rules_checksum TEXT NOT NULL DEFAULT '',
        generated_at TEXT NOT NULL DEFAULT '', framework TEXT NOT NULL DEFAULT '', period INTEGER,
        agency TEXT, index_supported REAL, predicate TEXT NOT NULL DEFAULT '',
        n_supported INTEGER NOT NULL DEFAULT 0, n_weak INTEGER NOT NULL DEFAULT 0,
        n_missing INTEGER NOT NULL DEFAULT 0, n_documents INTEGER NOT NULL DEFAULT 0,
        n_findings INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX runs_ws ON runs(workspace, id);
    CREATE INDEX runs_status ON runs(status);
    CREATE TABLE documents (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        path TEXT NOT NULL, sha256 TEXT NOT NULL, doc_type TEXT, status TEXT NOT NULL, title TEXT,
        indicators TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (run_id, path)
    );
    CREATE TABLE findings (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        ref TEXT NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL, page INTEGER,
        message TEXT NOT NULL, message_en TEXT NOT NULL
    );
    CREATE INDEX findings_run ON findings(run_id);
    CREATE TABLE verdicts (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        indicator INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, level INTEGER, status TEXT NOT NULL,
        value REAL, claimed_level INTEGER,
        PRIMARY KEY (run_id, indicator)
    );
    CREATE TABLE item_verdicts (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        code TEXT NOT NULL, indicator INTEGER NOT NULL, level INTEGER NOT NULL, verdict TEXT NOT NULL,
        PRIMARY KEY (run_id, code)
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_db_path() -> Path:
    """history.sqlite3 under the user data dir (EVIDENCE_CHECK_HISTORY_DB overrides, e.g. for CI)."""
    env = os.environ.get("EVIDENCE_CHECK_HISTORY_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_NAME


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


class HistoryError(Exception):
    """The history database is unreadable or from a newer version of the tool."""


@dataclass(frozen=True)
class RunRow:
    id: int
    workspace: str
    source: str
    status: str
    created_at: str
    started_at: str | None
    finished_at: str | None
    pid: int | None
    input_label: str
    options: dict[str, Any]
    work_dir: str | None
    out_dir: str | None
    files: tuple[str, ...]
    error: str
    framework: str
    period: int | None
    agency: str | None
    index_supported: float | None
    predicate: str
    n_supported: int
    n_weak: int
    n_missing: int
    n_documents: int
    n_findings: int

    @property
    def finished(self) -> bool:
        return self.status not in ACTIVE


def _row(r: sqlite3.Row) -> RunRow:
    return RunRow(
        id=r["id"], workspace=r["workspace"], source=r["source"], status=r["status"], created_at=r["created_at"],
        started_at=r["started_at"], finished_at=r["finished_at"], pid=r["pid"], input_label=r["input_label"],
        options=json.loads(r["options_json"] or "{}"), work_dir=r["work_dir"], out_dir=r["out_dir"],
        files=tuple(json.loads(r["files_json"] or "[]")), error=r["error"], framework=r["framework"],
        period=r["period"], agency=r["agency"], index_supported=r["index_supported"], predicate=r["predicate"],
        n_supported=r["n_supported"], n_weak=r["n_weak"], n_missing=r["n_missing"], n_documents=r["n_documents"],
        n_findings=r["n_findings"],
    )


class HistoryStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # One short-lived connection per operation: safe across threads and worker processes; WAL lets
        # the history page read while a worker writes.
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            con.row_factory = sqlite3.Row
            con.execute("PRAGMA busy_timeout = 30000")
            con.execute("PRAGMA foreign_keys = ON")
            yield con
        finally:
            con.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def _migrate(self) -> None:
        with self._connect() as con:
            try:
                con.execute("PRAGMA journal_mode = WAL")
                con.execute("BEGIN IMMEDIATE")
                version = con.execute("PRAGMA user_version").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                raise HistoryError(f"{self.path}: bukan basis data riwayat yang terbaca (not a readable history "
                                   f"database): {exc}") from exc
            try:
                if version > SCHEMA_VERSION:
                    raise HistoryError(f"{self.path}: skema versi {version} lebih baru dari alat ini ({SCHEMA_VERSION}); "
                                       "perbarui evidence-check (schema newer than this tool)")
                for n in range(version, SCHEMA_VERSION):
                    for stmt in MIGRATIONS[n].split(";"):
                        if stmt.strip():
                            con.execute(stmt)
                con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def schema_version(self) -> int:
        with self._connect() as con:
            return int(con.execute("PRAGMA user_version").fetchone()[0])

    # workspaces -------------------------------------------------------------------------------------
    def add_workspace(self, workspace: str) -> None:
        with self._tx() as con:
            con.execute("INSERT OR IGNORE INTO workspaces(id, created_at) VALUES (?, ?)", (workspace, now_iso()))

    def has_workspace(self, workspace: str) -> bool:
        with self._connect() as con:
            return con.execute("SELECT 1 FROM workspaces WHERE id = ?", (workspace,)).fetchone() is not None

    # run lifecycle ----------------------------------------------------------------------------------
    def begin_run(self, *, workspace: str, source: str, input_label: str = "", options: Mapping[str, Any] | None = None,
                  status: str = "running", work_dir: str | None = None, out_dir: str | None = None,
                  pid: int | None = None) -> int:
        assert status in ACTIVE
        stamp = now_iso()
        with self._tx() as con:
            con.execute("INSERT OR IGNORE INTO workspaces(id, created_at) VALUES (?, ?)", (workspace, stamp))
            cur = con.execute(
                "INSERT INTO runs(workspace, source, status, created_at, started_at, pid, input_label, options_json,"
                " work_dir, out_dir) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (workspace, source, status, stamp, stamp if status == "running" else None,
                 os.getpid() if pid is None and status == "running" else pid, input_label,
                 json.dumps(dict(options or {}), ensure_ascii=False, default=str), work_dir, out_dir))
            return int(cur.lastrowid or 0)

    def start_run(self, run_id: int, pid: int) -> bool:
        """queued → running (the worker process that does it)."""
        with self._tx() as con:
            cur = con.execute("UPDATE runs SET status='running', started_at=?, pid=? WHERE id=? AND status='queued'",
                              (now_iso(), pid, run_id))
            return cur.rowcount == 1

    def end_run(self, run_id: int, status: str, error: str = "") -> bool:
        """Close an active run without results (failed, cancelled, interrupted). A finished run is left alone."""
        assert status in ("failed", "cancelled", "interrupted")
        with self._tx() as con:
            cur = con.execute(
                f"UPDATE runs SET status=?, error=?, finished_at=? WHERE id=? AND status IN {ACTIVE}",
                (status, error[:2000], now_iso(), run_id))
            return cur.rowcount == 1

    def finish_run(self, run_id: int, report: Any, *, out_dir: str | None = None,
                   files: tuple[str, ...] | list[str] = ()) -> bool:
        """Store a finished run's rows and mark it done, all in one transaction. `report` is a RunReport
        or its report.json dict. Returns False (nothing stored) when the run is no longer active, e.g.
        it was marked interrupted by a restarted server or cancelled meanwhile."""
        data = report if isinstance(report, Mapping) else _jsonable(report)
        snap = snapshot_from_report(data, f"#{run_id}")
        counts = snap.counts()
        with self._tx() as con:
            cur = con.execute(
                "UPDATE runs SET status='done', finished_at=?, out_dir=COALESCE(?, out_dir), files_json=?,"
                " tool_version=?, rules_checksum=?, generated_at=?, framework=?, period=?, agency=?,"
                " index_supported=?, predicate=?, n_supported=?, n_weak=?, n_missing=?, n_documents=?, n_findings=?"
                f" WHERE id=? AND status IN {ACTIVE}",
                (now_iso(), out_dir, json.dumps(list(files), ensure_ascii=False), str(data.get("tool_version", "")),
                 str(data.get("rules_checksum", "")), snap.generated_at, snap.framework, snap.period, snap.agency,
                 snap.index, snap.predicate, counts.get("supported", 0), counts.get("weak", 0),
                 counts.get("missing", 0), len(snap.documents), len(snap.findings), run_id))
            if cur.rowcount != 1:
                return False
            con.executemany(
                "INSERT INTO documents(run_id, path, sha256, doc_type, status, title, indicators) VALUES (?,?,?,?,?,?,?)",
                [(run_id, d.path, d.sha256, d.doc_type, d.status, d.title, json.dumps(list(d.indicators)))
                 for d in snap.documents.values()])
            con.executemany(
                "INSERT INTO findings(run_id, ref, code, severity, page, message, message_en) VALUES (?,?,?,?,?,?,?)",
                [(run_id, f.ref, f.code, f.severity, f.page, f.message, f.message_en) for f in snap.findings])
            con.executemany(
                "INSERT INTO verdicts(run_id, indicator, code, name, level, status, value, claimed_level)"
                " VALUES (?,?,?,?,?,?,?,?)",
                [(run_id, v.indicator, v.code, v.name, v.level, v.status, v.value, v.claimed_level)
                 for v in snap.verdicts.values()])
            con.executemany(
                "INSERT INTO item_verdicts(run_id, code, indicator, level, verdict) VALUES (?,?,?,?,?)",
                [(run_id, i.code, i.indicator, i.level, i.verdict) for i in snap.items.values()])
        return True

    def record_report(self, report: Any, *, workspace: str = LOCAL_WORKSPACE, source: str = "cli",
                      input_label: str = "", out_dir: str | None = None, files: tuple[str, ...] | list[str] = ()) -> int:
        """begin + finish in one call, for a run that is already complete."""
        run_id = self.begin_run(workspace=workspace, source=source, input_label=input_label, out_dir=out_dir)
        self.finish_run(run_id, report, out_dir=out_dir, files=files)
        return run_id

    def recover(self, *, source: str, is_alive: Callable[[int], bool] | None = None) -> list[int]:
        """Mark runs of `source` whose worker is gone as interrupted (after a crash or restart).
        Queued runs stay queued: their uploads are intact and a server picks them up again."""
        alive = is_alive or pid_alive
        with self._connect() as con:
            rows = con.execute("SELECT id, pid FROM runs WHERE status='running' AND source=?", (source,)).fetchall()
        stale = [r["id"] for r in rows if not r["pid"] or not alive(int(r["pid"]))]
        for run_id in stale:
            self.end_run(run_id, "interrupted", "proses berhenti sebelum selesai (the process stopped before the run "
                                                "finished)")
        return stale

    # reads ------------------------------------------------------------------------------------------
    def runs(self, workspace: str | None = None, *, limit: int = 200, status: tuple[str, ...] = ()) -> list[RunRow]:
        sql, args = "SELECT * FROM runs", []
        where = []
        if workspace is not None:
            where.append("workspace = ?")
            args.append(workspace)
        if status:
            where.append(f"status IN ({','.join('?' * len(status))})")
            args.extend(status)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC LIMIT ?"
        args.append(limit)
        with self._connect() as con:
            return [_row(r) for r in con.execute(sql, args)]

    def run(self, run_id: int, workspace: str | None = None) -> RunRow | None:
        sql, args = "SELECT * FROM runs WHERE id = ?", [run_id]
        if workspace is not None:
            sql += " AND workspace = ?"
            args.append(workspace)
        with self._connect() as con:
            r = con.execute(sql, args).fetchone()
        return _row(r) if r else None

    def snapshot(self, run_id: int, workspace: str | None = None) -> Snapshot | None:
        row = self.run(run_id, workspace)
        if row is None or row.status != "done":
            return None
        with self._connect() as con:
            docs = {r["path"]: DocSnap(path=r["path"], sha256=r["sha256"], doc_type=r["doc_type"], status=r["status"],
                                       title=r["title"], indicators=tuple(json.loads(r["indicators"])))
                    for r in con.execute("SELECT * FROM documents WHERE run_id=? ORDER BY path", (run_id,))}
            verdicts = {r["indicator"]: VerdictSnap(indicator=r["indicator"], name=r["name"], code=r["code"],
                                                    level=r["level"], status=r["status"], value=r["value"],
                                                    claimed_level=r["claimed_level"])
                        for r in con.execute("SELECT * FROM verdicts WHERE run_id=? ORDER BY indicator", (run_id,))}
            items = {r["code"]: ItemSnap(code=r["code"], indicator=r["indicator"], level=r["level"], verdict=r["verdict"])
                     for r in con.execute("SELECT * FROM item_verdicts WHERE run_id=? ORDER BY code", (run_id,))}
            findings = tuple(FindingSnap(ref=r["ref"], code=r["code"], severity=r["severity"], page=r["page"],
                                         message=r["message"], message_en=r["message_en"])
                             for r in con.execute("SELECT * FROM findings WHERE run_id=? ORDER BY rowid", (run_id,)))
        return Snapshot(label=f"#{run_id}", generated_at=row.finished_at or "", framework=row.framework,
                        period=row.period, agency=row.agency, index=row.index_supported, predicate=row.predicate,
                        documents=docs, verdicts=verdicts, items=items, findings=findings)

    def delete_run(self, run_id: int, workspace: str) -> RunRow | None:
        """Remove a finished run's rows (the caller removes its files). Active runs are not deleted."""
        row = self.run(run_id, workspace)
        if row is None or not row.finished:
            return None
        with self._tx() as con:
            con.execute("DELETE FROM runs WHERE id=? AND workspace=?", (run_id, workspace))
        return row

    def expired(self, older_than: str) -> list[RunRow]:
        """Finished runs whose end is before the given ISO time (retention)."""
        with self._connect() as con:
            rows = con.execute(f"SELECT * FROM runs WHERE status NOT IN {ACTIVE} AND COALESCE(finished_at, created_at) < ?",
                               (older_than,)).fetchall()
        return [_row(r) for r in rows]


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _jsonable(report: Any) -> dict[str, Any]:
    from ..models import to_jsonable

    return to_jsonable(report)
