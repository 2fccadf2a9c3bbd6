"""Cache of the per-document stages after extraction (recognition, indicator mapping).

A warm re-run should cost seconds: with extraction cached, recognition and mapping of thousands of
pages (and importing spaCy at all) would dominate. Both stages are pure functions of the document's
content, its path, the rules and the tool version (mapping also of the agency), so their outputs are
cached under exactly that key. Only what a stage adds is stored, and merged back onto the live record,
so run-specific findings (FILE_CHANGED, ...) are never replayed from the cache.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import write_cache_entry
from .models import Document, Evidence, Finding, IndicatorMatch, to_jsonable

RECOGNITION_FIELDS = ("doc_type", "status", "signed", "title", "number", "year", "date", "issuer", "agency")
RECOGNITION_FIELDS += ("subtype", "facts")  # issue 11 (facts: a JSON-safe dict), replayed like the rest


def _key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class StageCache:
    def __init__(self, root: Path | None, salt: str):
        from .extract.cache import default_cache_dir

        self.root = (root or default_cache_dir()) / "stages"  # beside the extraction entries (ab/…json)
        self.salt = salt

    def _file(self, stage: str, doc: Document, extra: str) -> Path:
        k = _key(stage, __version__, self.salt, doc.sha256, doc.path, extra)
        return self.root / stage / k[:2] / f"{k}.json"

    def _read(self, path: Path) -> Any:
        try:
            return json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def _write(self, path: Path, data: Any) -> None:
        write_cache_entry(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def recognise(self, doc: Document, fn: Callable[[Document], Document], extract_key: str) -> Document:
        if not doc.sha256:
            return fn(doc)
        path = self._file("recognise", doc, extract_key)
        data = self._read(path)
        if isinstance(data, dict):
            try:
                return replace(
                    doc, **{k: data[k] for k in RECOGNITION_FIELDS},
                    evidence=tuple(Evidence(**e) for e in data["evidence"]),
                    findings=doc.findings + tuple(Finding(**f) for f in data["findings"]),
                )
            except (KeyError, TypeError):
                pass
        out = fn(doc)
        added = out.findings[len(doc.findings):] if out.findings[: len(doc.findings)] == doc.findings else None
        if added is not None:  # only cache when the stage purely appended (it always should)
            self._write(path, {**{k: getattr(out, k) for k in RECOGNITION_FIELDS},
                               "evidence": to_jsonable(out.evidence), "findings": to_jsonable(added)})
        return out

    def _map_file(self, doc: Document, extra: str) -> Path:
        # what mapping reads besides the text: the recognised fields and the finding codes
        ident = json.dumps([getattr(doc, k) for k in RECOGNITION_FIELDS] + sorted(f.code for f in doc.findings))
        return self._file("map", doc, extra + ident)

    def get_map(self, doc: Document, extra: str) -> Document | None:
        if not doc.sha256:
            return None
        data = self._read(self._map_file(doc, extra))
        if isinstance(data, list):
            try:
                return replace(doc, indicators=tuple(
                    IndicatorMatch(m["id"], m["score"], tuple(Evidence(**e) for e in m["evidence"])) for m in data))
            except (KeyError, TypeError):
                pass
        return None

    def put_map(self, doc: Document, extra: str) -> None:
        if doc.sha256:
            self._write(self._map_file(doc, extra), to_jsonable(doc.indicators))
