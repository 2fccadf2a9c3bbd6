"""What a diff compares: a small, generic summary of one run, built from report.json or from the store.

Both sources go through `snapshot_from_report`, so a run read back from SQLite and the report.json the
same run wrote compare as equal. Item verdicts are stored generically (empty under 59/2020).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DocSnap:
    path: str
    sha256: str = ""
    doc_type: str | None = None
    status: str = "unknown"
    title: str | None = None
    indicators: tuple[int, ...] = ()


@dataclass(frozen=True)
class VerdictSnap:
    indicator: int
    name: str = ""
    code: str = ""
    level: int | None = None
    status: str = "missing"
    value: float | None = None
    claimed_level: int | None = None


@dataclass(frozen=True)
class ItemSnap:
    code: str
    indicator: int
    level: int
    verdict: str


@dataclass(frozen=True)
class FindingSnap:
    """One finding; `ref` is a document path or "indikator N". Key: (ref, code, page)."""

    ref: str
    code: str
    severity: str = "info"
    page: int | None = None
    message: str = ""
    message_en: str = ""

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.ref, self.code, self.page or 0)


@dataclass(frozen=True)
class Snapshot:
    label: str  # "#12" or a report.json path
    generated_at: str = ""
    framework: str = ""
    period: int | None = None
    agency: str | None = None
    index: float | None = None
    predicate: str = ""
    documents: Mapping[str, DocSnap] = field(default_factory=dict)
    verdicts: Mapping[int, VerdictSnap] = field(default_factory=dict)
    items: Mapping[str, ItemSnap] = field(default_factory=dict)
    findings: tuple[FindingSnap, ...] = ()

    def counts(self) -> dict[str, int]:
        out = {"supported": 0, "weak": 0, "missing": 0}
        for v in self.verdicts.values():
            out[v.status] = out.get(v.status, 0) + 1
        return out


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float_or_none(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _finding(ref: str, f: Mapping[str, Any]) -> FindingSnap:
    return FindingSnap(ref=ref, code=str(f.get("code", "")), severity=str(f.get("severity", "info")),
                       page=_int_or_none(f.get("page")), message=str(f.get("message", "")),
                       message_en=str(f.get("message_en", "")))


def indicator_ref(indicator: int) -> str:
    return f"indikator {indicator}"


def snapshot_from_report(data: Mapping[str, Any], label: str) -> Snapshot:
    """report.json (as a dict, i.e. `to_jsonable(RunReport)`) → Snapshot. Tolerates missing keys:
    report.json files from older versions or other frameworks still compare."""
    docs: dict[str, DocSnap] = {}
    findings: list[FindingSnap] = []
    for d in data.get("documents") or ():
        path = str(d.get("path", ""))
        inds = tuple(sorted({int(m["id"]) for m in d.get("indicators") or () if isinstance(m, dict) and "id" in m}))
        docs[path] = DocSnap(path=path, sha256=str(d.get("sha256", "")), doc_type=d.get("doc_type"),
                             status=str(d.get("status", "unknown")), title=d.get("title"), indicators=inds)
        findings.extend(_finding(path, f) for f in d.get("findings") or ())
    verdicts: dict[int, VerdictSnap] = {}
    items: dict[str, ItemSnap] = {}
    for v in data.get("indicators") or ():
        vid = int(v.get("id", 0))
        verdicts[vid] = VerdictSnap(indicator=vid, name=str(v.get("name", "")), code=str(v.get("code", "")),
                                    level=_int_or_none(v.get("level")), status=str(v.get("status", "missing")),
                                    value=_float_or_none(v.get("value")),
                                    claimed_level=_int_or_none(v.get("claimed_level")))
        findings.extend(_finding(indicator_ref(vid), f) for f in v.get("findings") or ())
        for it in v.get("items") or ():
            code = str(it.get("code", ""))
            items[code] = ItemSnap(code=code, indicator=vid, level=int(it.get("level") or 0),
                                   verdict=str(it.get("verdict", "")))
    index = data.get("index") or {}
    agency = data.get("agency") or {}
    return Snapshot(label=label, generated_at=str(data.get("generated_at", "")), framework=str(data.get("framework", "")),
                    period=_int_or_none(data.get("period")), agency=agency.get("name") if isinstance(agency, dict) else None,
                    index=_float_or_none(index.get("supported")) if isinstance(index, dict) else None,
                    predicate=str(index.get("predicate", "")) if isinstance(index, dict) else "",
                    documents=docs, verdicts=verdicts, items=items, findings=tuple(findings))
