"""What every human-readable format shows, computed once from the RunReport (labels, grouping, lookups).

Formats (HTML, Markdown, sheets, terminal) only lay these values out, so a verdict reads the same in
every format and the formats cannot drift apart.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..messages import catalogue, fmt
from ..models import Document, Evidence, Finding, IndicatorMatch, IndicatorVerdict, RunReport

LANGS = ("id", "en")
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
# Findings of severity error on a document mean its content could not be assessed at all.
UNREADABLE_SEVERITY = "error"


def norm_lang(lang: str) -> str:
    """'en', 'en-US', 'EN' → 'en'; anything else falls back to Indonesian, the default audience."""
    return "en" if (lang or "").lower().startswith("en") else "id"


def label(key: str, lang: str, **params: object) -> str:
    """Report label in `lang`; an unknown key shows the key itself rather than failing the report.
    Read from the active catalogue on every call (a dict lookup), so a run's --rules overlay applies."""
    msg = catalogue("report").get(key)
    if msg is None:
        return key
    text = msg.en if norm_lang(lang) == "en" and msg.en else msg.id
    return fmt(text, params) if params else text


# Frameworks whose reports keep the SPBE wording and the domain/aspect layout (PermenPANRB 59/2020).
SPBE_FRAMEWORKS = frozenset({"permenpanrb-59-2020", ""})


def family(report: RunReport) -> str:
    """'pemdi' for item-based frameworks (PermenPANRB 8/2026 and its successors), 'spbe' for 59/2020.

    Decided by the verdicts' shape first (item codes, no domains), so a new revision's file needs no code here.
    """
    if any(v.code or v.items for v in report.indicators):
        return "pemdi"
    if report.index is not None and report.index.domains:
        return "spbe"
    return "spbe" if report.framework in SPBE_FRAMEWORKS else "pemdi"


def wording(key: str, lang: str, fam: str, **params: object) -> str:
    """A label in the framework's wording: `pemdi.<key>` replaces `<key>` in Pemdi reports when it exists."""
    if fam == "pemdi" and f"pemdi.{key}" in catalogue("report"):
        key = f"pemdi.{key}"
    return label(key, lang, **params)


def labeller(report: RunReport, lang: str) -> Callable[..., str]:
    """`t(key, **params)` for one report: its language and its framework's wording."""
    return functools.partial(_wording_for, lang=norm_lang(lang), fam=family(report))


def _wording_for(key: str, lang: str, fam: str, **params: object) -> str:
    return wording(key, lang, fam, **params)


def framework_name(report: RunReport, lang: str) -> str:
    """The regulation's readable name with its id, or the id alone for a framework without a label."""
    if not report.framework:
        return "–"
    key = f"framework.{report.framework}"
    name = label(key, lang)
    return report.framework if name == key else f"{name} ({report.framework})"


def fmt_num(value: float | None, lang: str, digits: int = 2) -> str:
    """Indonesian uses a decimal comma (2,64); English a point."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if norm_lang(lang) == "id" else text


def fmt_level(level: int | None) -> str:
    return "–" if level is None else str(level)


def finding_message(f: Finding, lang: str) -> str:
    return f.message_en if norm_lang(lang) == "en" and f.message_en else f.message


def finding_fix(f: Finding, lang: str) -> str:
    return f.fix_en if norm_lang(lang) == "en" and f.fix_en else f.fix


def recommendation(v: IndicatorVerdict, lang: str) -> str:
    return v.recommendation_en if norm_lang(lang) == "en" and v.recommendation_en else v.recommendation


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first; stable within a severity so the pipeline's order is kept."""
    return sorted(findings, key=lambda f: _SEVERITY_RANK.get(f.severity, 3))


def top_finding(v: IndicatorVerdict) -> Finding | None:
    ordered = sorted_findings(v.findings)
    return ordered[0] if ordered else None


def ordered_indicators(report: RunReport) -> list[IndicatorVerdict]:
    """Framework order: indicator numbers follow the regulation's tables (1–47 in 59/2020, I1–I20 in 8/2026)."""
    return sorted(report.indicators, key=lambda v: v.id)


def status_counts(report: RunReport) -> dict[str, int]:
    counts = {"supported": 0, "weak": 0, "missing": 0}
    for v in report.indicators:
        counts[v.status] = counts.get(v.status, 0) + 1
    return counts


def doc_type_label(doc: Document, lang: str) -> str:
    return label(f"doctype.{doc.doc_type or 'unknown'}", lang)


def doc_status_label(doc: Document, lang: str) -> str:
    return label(f"doc_status.{doc.status}", lang)


def number_year(doc: Document) -> str:
    parts = [p for p in (doc.number, str(doc.year) if doc.year else None) if p]
    return " / ".join(parts) if parts else "–"


def extraction_label(doc: Document, lang: str) -> str:
    ex = doc.extraction
    text = label(f"method.{ex.method}", lang)
    if ex.mean_confidence is not None and ex.method in ("ocr", "mixed"):
        text += f" ({label('docs.ocr_confidence', lang)} {fmt_num(ex.mean_confidence, lang, 0)})"
    return text


def indicator_ids(doc: Document) -> list[int]:
    return sorted({m.id for m in doc.indicators})


def unreadable(report: RunReport) -> list[tuple[Document, Finding]]:
    """Documents whose content could not be assessed, each with the first error saying why."""
    out = []
    for doc in report.documents:
        errors = [f for f in doc.findings if f.severity == UNREADABLE_SEVERITY]
        if errors:
            out.append((doc, errors[0]))
    return out


def agency_line(report: RunReport, lang: str) -> tuple[str, str]:
    """(agency name, how it was known)."""
    ag = report.agency
    if not ag.name:
        return label("header.agency_unknown", lang), ""
    if ag.inferred:
        return ag.name, label("header.agency_inferred", lang, support=ag.support, total=ag.total)
    return ag.name, label("header.agency_given", lang)


def file_name(path: str) -> str:
    return Path(path.split("!/")[-1]).name or path


@dataclass(frozen=True)
class EvidenceRow:
    """One document behind an indicator, with the excerpt that matched it."""

    doc: Document | None
    path: str
    match: IndicatorMatch | None

    @property
    def excerpts(self) -> tuple[Evidence, ...]:
        return self.match.evidence if self.match else ()


def evidence_rows(report: RunReport, v: IndicatorVerdict) -> list[EvidenceRow]:
    by_path = {d.path: d for d in report.documents}
    rows = []
    for path in v.documents:
        doc = by_path.get(path)
        match = next((m for m in doc.indicators if m.id == v.id), None) if doc else None
        rows.append(EvidenceRow(doc, path, match))
    return rows


@dataclass(frozen=True)
class Area:
    """A domain or aspect with its indicators, for grouping tables and charts."""

    kind: str  # "domain" | "aspect"
    id: int
    name: str
    supported: float | None
    claimed: float | None
    indicators: tuple[IndicatorVerdict, ...]


def _area_names(report: RunReport, kind: str) -> dict[int, tuple[str, float | None, float | None]]:
    if report.index is None:
        return {}
    areas = report.index.domains if kind == "domain" else report.index.aspects
    return {a.id: (a.name, a.supported, a.claimed) for a in areas}


def areas(report: RunReport, kind: str, lang: str) -> list[Area]:
    """Domains or aspects in framework order; names come from the index, else a numbered label."""
    known = _area_names(report, kind)
    grouped: dict[int, list[IndicatorVerdict]] = {}
    for v in ordered_indicators(report):
        grouped.setdefault(v.domain if kind == "domain" else v.aspect, []).append(v)
    out = []
    for area_id in sorted(set(grouped) | set(known)):
        name, sup, cla = known.get(area_id, ("", None, None))
        generic = label(f"chart.{kind}", lang) + f" {area_id}"
        out.append(Area(kind, area_id, name or generic, sup, cla, tuple(grouped.get(area_id, ()))))
    return out
