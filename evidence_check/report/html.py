"""laporan.html: one self-contained page (inline CSS and SVG, no scripts, no network) for people to read and print."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import jinja2

from ..models import IndicatorVerdict, RunReport
from . import itemview, register, view

TEMPLATES = Path(__file__).resolve().parent / "templates"
SCALE_MAX = 5.0
PREDICATE_LINES = (1.8, 2.6, 3.5, 4.2)  # PermenPANRB 59/2020 Tabel 13 boundaries, drawn as guides


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    # autoescape on for everything: file names, document text and titles are untrusted input.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.globals.update(
        fmt_num=view.fmt_num, fmt_level=view.fmt_level, finding_message=view.finding_message,
        finding_fix=view.finding_fix, recommendation=view.recommendation, top_finding=view.top_finding,
        sorted_findings=view.sorted_findings, doc_type_label=view.doc_type_label,
        doc_status_label=view.doc_status_label, number_year=view.number_year,
        extraction_label=view.extraction_label, indicator_ids=view.indicator_ids, file_name=view.file_name,
        verdict_label=itemview.verdict_label, level_text=itemview.level_text, level_name=itemview.level_name,
        value_text=itemview.value_text, value_line=itemview.value_line, verdict_counts=itemview.verdict_counts,
        counts_text=itemview.counts_text, accepted_ratio=itemview.accepted_ratio,
        external_pending=itemview.external_pending, external_line=itemview.external_line,
        source_label=itemview.source_label, claim_text=itemview.claim_text, overclaimed=itemview.overclaimed,
        item_text=itemview.item_text, item_reason=itemview.item_reason, item_expected=itemview.item_expected,
        pages_text=itemview.pages_text, item_table=itemview.item_table, folded_line=itemview.folded_line,
        verdicts=itemview.VERDICTS,
    )
    return env


@dataclass(frozen=True)
class Bar:
    """One row of a horizontal bar chart, in SVG user units."""

    label: str
    y: float
    width: float  # supported
    claimed_x: float | None
    value: str
    css: str  # status or area class for the colour
    strong: bool = False


def _x(value: float | None, width: float) -> float:
    return 0.0 if value is None else round(max(0.0, min(value, SCALE_MAX)) / SCALE_MAX * width, 1)


def overview_bars(report: RunReport, lang: str, width: float, row: float) -> list[Bar]:
    """Domains in bold followed by their aspects; empty when there is no index."""
    if report.index is None:
        return []
    aspects_by_domain: dict[int, list[int]] = {}
    for v in report.indicators:
        aspects_by_domain.setdefault(v.domain, [])
        if v.aspect not in aspects_by_domain[v.domain]:
            aspects_by_domain[v.domain].append(v.aspect)
    aspects = {a.id: a for a in report.index.aspects}
    bars: list[Bar] = []
    for dom in report.index.domains:
        rows = [(dom, True)] + [(aspects[a], False) for a in aspects_by_domain.get(dom.id, []) if a in aspects]
        for area, strong in rows:
            prefix = f"D{area.id}" if strong else f"A{area.id}"
            bars.append(Bar(f"{prefix} {area.name}", len(bars) * row, _x(area.supported, width),
                            None if area.claimed is None else _x(area.claimed, width),
                            view.fmt_num(area.supported, lang), "domain" if strong else "aspect", strong))
    return bars


def pemdi_overview_bars(report: RunReport, lang: str, width: float, row: float) -> list[Bar]:
    """Indeks Pemdi in bold, then its aspects (8/2026 has no domains); empty when there is no index."""
    if report.index is None:
        return []
    idx = report.index
    bars = [Bar(view.label("pemdi.summary.estimated", lang), 0.0, _x(idx.supported, width),
                None if idx.claimed is None else _x(idx.claimed, width), view.fmt_num(idx.supported, lang),
                "domain", True)]
    for a in idx.aspects:
        bars.append(Bar(f"A{a.id} {a.name}", len(bars) * row, _x(a.supported, width),
                        None if a.claimed is None else _x(a.claimed, width), view.fmt_num(a.supported, lang), "aspect"))
    return bars


def pemdi_indicator_bars(verdicts: tuple[IndicatorVerdict, ...], width: float, row: float, lang: str) -> list[Bar]:
    """Estimated values (two decimals); a claimed level is drawn at the top of its band, where it would land."""
    return [
        Bar(v.code or str(v.id), i * row, _x(v.value, width),
            None if itemview.claimed_marker(v) is None else _x(itemview.claimed_marker(v), width),
            itemview.value_text(v.value, lang), "pending" if itemview.external_pending(v) else v.status)
        for i, v in enumerate(verdicts)
    ]


def indicator_bars(verdicts: tuple[IndicatorVerdict, ...], width: float, row: float) -> list[Bar]:
    return [
        Bar(str(v.id), i * row, _x(v.level, width), None if v.claimed_level is None else _x(v.claimed_level, width),
            view.fmt_level(v.level), v.status)
        for i, v in enumerate(verdicts)
    ]


def context(report: RunReport, lang: str) -> dict[str, object]:
    lang = view.norm_lang(lang)
    agency, agency_how = view.agency_line(report, lang)
    ordered = view.ordered_indicators(report)
    pemdi = view.family(report) == "pemdi"
    return {
        "r": report, "lang": lang, "agency": agency, "agency_how": agency_how,
        "t": view.labeller(report, lang), "pemdi": pemdi, "framework_name": view.framework_name(report, lang),
        "indicators": ordered, "counts": view.status_counts(report),
        "domains": [] if pemdi else view.areas(report, "domain", lang), "aspects": view.areas(report, "aspect", lang),
        "overview": pemdi_overview_bars(report, lang, 300.0, 22.0) if pemdi else overview_bars(report, lang, 300.0, 22.0),
        "indicator_bars": (functools.partial(pemdi_indicator_bars, lang=lang) if pemdi else indicator_bars),
        "ticks": [0, 1, 2, 3, 4, 5], "predicate_lines": itemview.PREDICATE_EDGES if pemdi else PREDICATE_LINES,
        "x": _x, "unreadable": view.unreadable(report),
        "evidence_rows": functools.partial(view.evidence_rows, report),
        "glossary": (["item", "verdicts", "value", "level", "index", "external", "marks", "draft", "ocr"] if pemdi
                     else ["supported", "weak", "missing", "level", "index", "draft", "ocr"]),
        "run_date": report.generated_at[:10] or "–",
        "item_counts": itemview.report_verdict_counts(report), "pending": itemview.pending_count(report),
        "pending_codes": [v.code or str(v.id) for v in ordered if itemview.external_pending(v)],
        "doc_items": itemview.items_by_document(report), "item_claims": itemview.has_item_claims(report),
    }


def render_html(report: RunReport, lang: str = "id") -> str:
    return environment().get_template("report.html.j2").render(**context(report, lang))


@register("html", "laporan.html")
def render(report: RunReport, lang: str) -> bytes:
    return render_html(report, lang).encode("utf-8")
