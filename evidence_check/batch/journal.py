"""The batch's own record of finished work: a small SQLite file inside the batch output folder.

Every read document, every mapping and every finished agency is written the moment it is done (WAL,
one short transaction each), so a crash or Ctrl-C loses at most the tasks that were running. Entries are
keyed by agency folder + file sha256 + a checksum of the options and rules: a changed file, option or
rule is simply not found and is done again.
"""
from __future__ import annotations

import json
import sqlite3
import types
import typing
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from ..models import Document, IndicatorMatch, to_jsonable

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  agency TEXT NOT NULL, rel TEXT NOT NULL, sha256 TEXT NOT NULL, key TEXT NOT NULL, docs TEXT NOT NULL,
  PRIMARY KEY (agency, rel, sha256, key));
CREATE TABLE IF NOT EXISTS mappings (
  agency TEXT NOT NULL, fingerprint TEXT NOT NULL, path TEXT NOT NULL, indicators TEXT NOT NULL,
  PRIMARY KEY (agency, fingerprint, path));
CREATE TABLE IF NOT EXISTS agencies (
  agency TEXT NOT NULL PRIMARY KEY, fingerprint TEXT NOT NULL, complete INTEGER NOT NULL, row TEXT NOT NULL);
"""


def from_jsonable(cls: Any, data: Any) -> Any:
    """Inverse of models.to_jsonable for the report dataclasses, driven by their type hints."""
    origin = typing.get_origin(cls)
    if cls is Any or data is None:
        return data
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_jsonable(kinds[0], data) if len(kinds) == 1 else data
    if origin is typing.Literal:
        return data
    if origin is tuple:
        (item, *_rest) = typing.get_args(cls)
        return tuple(from_jsonable(item, x) for x in data)
    if origin is dict:
        return dict(data)
    if isinstance(cls, type) and is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        return cls(**{f.name: from_jsonable(hints[f.name], data[f.name]) for f in fields(cls) if f.name in data})
    return data


def _dumps(obj: Any) -> str:
    return json.dumps(to_jsonable(obj), ensure_ascii=False)


def documents_json(docs: list[Document]) -> str:
    """A read file's journal entry; made where the file was read (batch/tasks.py), not in the parent."""
    return _dumps(docs)


class Journal:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread=False: written only from the batch's main thread, but created there too
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash loses at most the last commit
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    # documents read (extract + recognise)

    def get_documents(self, agency: str, rel: str, sha256: str, key: str) -> list[Document] | None:
        row = self.db.execute("SELECT docs FROM documents WHERE agency=? AND rel=? AND sha256=? AND key=?",
                              (agency, rel, sha256, key)).fetchone()
        if row is None:
            return None
        try:
            return [from_jsonable(Document, d) for d in json.loads(row[0])]
        except (ValueError, TypeError, KeyError):
            return None  # an entry from an incompatible version: read the file again

    def put_documents(self, agency: str, rel: str, sha256: str, key: str, docs_json: str) -> None:
        """`docs_json`: the file's documents as `documents_json` wrote them (on the worker that read it)."""
        self.db.execute("INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?)", (agency, rel, sha256, key, docs_json))

    # indicator mappings of settled documents

    def get_mapping(self, agency: str, fingerprint: str, path: str) -> tuple[IndicatorMatch, ...] | None:
        row = self.db.execute("SELECT indicators FROM mappings WHERE agency=? AND fingerprint=? AND path=?",
                              (agency, fingerprint, path)).fetchone()
        if row is None:
            return None
        try:
            return from_jsonable(tuple[IndicatorMatch, ...], json.loads(row[0]))
        except (ValueError, TypeError, KeyError):
            return None

    def put_mapping(self, agency: str, fingerprint: str, path: str, indicators: tuple[IndicatorMatch, ...]) -> None:
        self.db.execute("INSERT OR REPLACE INTO mappings VALUES (?,?,?,?)", (agency, fingerprint, path, _dumps(indicators)))

    # finished agencies

    def get_agency(self, agency: str, fingerprint: str) -> dict[str, Any] | None:
        """The summary row of a finished agency, if nothing it depends on changed and no document of it
        failed for a reason of the run (a lost worker, a time limit): those are worth another try."""
        row = self.db.execute("SELECT row FROM agencies WHERE agency=? AND fingerprint=? AND complete=1",
                              (agency, fingerprint)).fetchone()
        return json.loads(row[0]) if row else None

    def put_agency(self, agency: str, fingerprint: str, complete: bool, row: dict[str, Any]) -> None:
        self.db.execute("INSERT OR REPLACE INTO agencies VALUES (?,?,?,?)",
                        (agency, fingerprint, int(complete), json.dumps(row, ensure_ascii=False)))

    def checkpoint(self) -> None:
        """Copy what the write-ahead log holds into the database file now (without waiting on readers).
        Closing does it otherwise, for the whole batch at once, after the last agency: ~20 ms of a 500-page
        batch's end during which every worker has already finished."""
        self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "mappings", "agencies")}
