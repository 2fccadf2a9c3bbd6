"""On-disk cache of extraction results, keyed by content hash + extractor version + reading options.

A re-run after fixing one file re-reads only that file. Entries are JSON written atomically, so an
interrupted run leaves either the old entry or the new one, never half of one.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from ..atomic import write_cache_entry
from ..context import Options
from ..models import Document, Evidence, Extraction, Finding, Page, to_jsonable

# Findings that describe this run rather than the file: never cache them.
TRANSIENT = {"TIMEOUT", "WORKER_CRASHED", "FILE_CHANGED", "OCR_UNAVAILABLE"}


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("evidence-check")) / "extract"


def cache_key(sha256: str, opts: Options) -> str:
    from ..messages import catalogue_digest
    from . import EXTRACTOR_VERSION

    basis = f"{EXTRACTOR_VERSION}|{opts.ocr_lang}|{opts.ocr_dpi}|{opts.max_pages}|{opts.max_ocr_pages}|{opts.max_file_bytes}"
    basis += f"|{catalogue_digest('extraction')}"  # entries hold rendered findings: a reworded overlay re-reads
    return hashlib.sha256(f"{sha256}|{basis}".encode()).hexdigest()


def _doc_from_dict(d: dict) -> Document:
    d = dict(d)
    d["pages"] = tuple(Page(**p) for p in d.get("pages", ()))
    d["findings"] = tuple(Finding(**f) for f in d.get("findings", ()))
    d["extraction"] = Extraction(**d.get("extraction", {}))
    d["evidence"] = tuple(Evidence(**e) for e in d.get("evidence", ()))
    d["indicators"] = ()
    return Document(**d)


class ExtractCache:
    def __init__(self, root: Path | None, opts: Options):
        self.root = root or default_cache_dir()
        self.opts = opts

    def _file(self, sha256: str) -> Path:
        k = cache_key(sha256, self.opts)
        return self.root / k[:2] / f"{k}.json"

    def get(self, sha256: str, rel: str) -> list[Document] | None:
        try:
            data = json.loads(self._file(sha256).read_text("utf-8"))
            docs = [_doc_from_dict(x) for x in data]
        except (OSError, ValueError, TypeError, KeyError):
            return None  # missing or unreadable entry: just read the file again
        # stored paths are relative to the file itself ("" + "!/member"), so a renamed file still hits
        return [replace(doc, path=rel + doc.path, extraction=replace(doc.extraction, cached=True)) for doc in docs]

    def put(self, sha256: str, rel: str, docs: list[Document]) -> None:
        if any(f.code in TRANSIENT for d in docs for f in d.findings):
            return
        rows = []
        for doc in docs:
            stripped = replace(doc, path=doc.path[len(rel):] if doc.path.startswith(rel) else doc.path)
            rows.append(to_jsonable(stripped))
        write_cache_entry(self._file(sha256), json.dumps(rows, ensure_ascii=False).encode("utf-8"))
