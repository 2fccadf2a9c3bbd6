"""indikator.csv and laporan.xlsx: one row per indicator in framework order (plus a documents sheet in XLSX)."""
from __future__ import annotations

import csv
import datetime as _dt
import io

from ..models import Document, IndicatorVerdict, RunReport
from . import register, view

# Spreadsheet apps run a cell that starts with these as a formula ("CSV injection"); file names and
# document text are untrusted, so such cells get a leading apostrophe in CSV and a string type in XLSX.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_csv(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def indicator_columns(lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)  # noqa: E731
    return ["id", t("table.domain"), t("table.aspect"), t("table.indicator"), t("table.weight"), t("table.claimed"),
            t("table.supported"), t("table.status"), "status_code", t("status.needs_interview"), t("table.documents"),
            t("docs.file"), t("table.top_finding") + " (code)", t("table.top_finding"), t("table.recommendation")]


def indicator_row(v: IndicatorVerdict, lang: str) -> list[object]:
    tf = view.top_finding(v)
    return [v.id, v.domain, v.aspect, v.name, v.weight, v.claimed_level, v.level, view.label(f"status.{v.status}", lang),
            v.status, "1" if v.needs_interview else "0", len(v.documents), "; ".join(v.documents),
            tf.code if tf else "", view.finding_message(tf, lang) if tf else "", view.recommendation(v, lang)]


def document_columns(lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)  # noqa: E731
    return [t("docs.file"), t("docs.title"), t("docs.type"), t("docs.status"), t("docs.number_year"), t("docs.issuer"),
            t("docs.indicators"), t("docs.findings"), t("docs.extraction"), t("docs.pages"), "sha256"]


def document_row(d: Document, lang: str) -> list[object]:
    return [d.path, d.title or "", view.doc_type_label(d, lang), view.doc_status_label(d, lang), view.number_year(d),
            d.issuer or "", ", ".join(map(str, view.indicator_ids(d))),
            "; ".join(f"{f.code}: {view.finding_message(f, lang)}" for f in view.sorted_findings(d.findings)),
            view.extraction_label(d, lang), d.page_count, d.sha256]


@register("csv", "indikator.csv")
def render_csv(report: RunReport, lang: str) -> bytes:
    lang = view.norm_lang(lang)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(indicator_columns(lang))
    for v in view.ordered_indicators(report):
        w.writerow([_safe_csv(c) for c in indicator_row(v, lang)])
    # BOM: Excel on Indonesian Windows otherwise opens UTF-8 as ANSI and mangles names.
    return buf.getvalue().encode("utf-8-sig")


def _write_sheet(ws: object, head: list[str], rows: list[list[object]], widths: list[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    ws.append(head)  # type: ignore[attr-defined]
    for row in rows:
        # Control characters from extracted text make openpyxl refuse the whole workbook.
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in row])  # type: ignore[attr-defined]
    for cell in ws[1]:  # type: ignore[index]
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DFE7F0")
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for r in ws.iter_rows(min_row=2):  # type: ignore[attr-defined]
        for cell in r:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # untrusted text, never a formula
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(cell.value, str) and len(cell.value) > 30)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width  # type: ignore[attr-defined]
    ws.freeze_panes = "A2"  # type: ignore[attr-defined]
    if rows:
        ws.auto_filter.ref = ws.dimensions  # type: ignore[attr-defined]


def _summary_rows(report: RunReport, lang: str) -> list[list[object]]:
    t = lambda k: view.label(k, lang)  # noqa: E731
    agency, how = view.agency_line(report, lang)
    idx = report.index
    counts = view.status_counts(report)
    return [
        [t("header.agency"), f"{agency} ({how})" if how else agency],
        [t("header.period"), report.period],
        [t("header.framework"), report.framework],
        [t("header.run_date"), report.generated_at],
        [t("header.tool_version"), report.tool_version],
        [t("summary.estimated"), idx.supported if idx else None],
        [t("summary.predicate"), idx.predicate if idx else ""],
        [t("summary.claimed"), idx.claimed if idx else None],
        [t("summary.predicate") + " (" + t("table.claimed") + ")", (idx.claimed_predicate or "") if idx else ""],
        *[[t("summary.indicators") + ": " + t(f"status.{s}"), counts[s]] for s in ("supported", "weak", "missing")],
        [t("summary.unreadable"), len(view.unreadable(report))],
        [t("summary.skipped"), len(report.skipped)],
    ]


@register("xlsx", "laporan.xlsx")
def render_xlsx(report: RunReport, lang: str) -> bytes:
    from openpyxl import Workbook

    lang = view.norm_lang(lang)
    wb = Workbook()
    ind = wb.active
    ind.title = view.label("summary.indicators", lang)
    _write_sheet(ind, indicator_columns(lang), [indicator_row(v, lang) for v in view.ordered_indicators(report)],
                 [5, 8, 7, 52, 7, 7, 9, 14, 11, 9, 6, 40, 22, 50, 50])
    docs = wb.create_sheet(view.label("docs.heading", lang))
    _write_sheet(docs, document_columns(lang), [document_row(d, lang) for d in report.documents],
                 [50, 36, 22, 14, 22, 24, 14, 60, 22, 9, 20])
    summ = wb.create_sheet(view.label("summary.heading", lang))
    _write_sheet(summ, ["", ""], _summary_rows(report, lang), [36, 50])
    # "created" is the run time, not the render time (openpyxl stamps "modified" itself on save).
    wb.properties.created = _parse_time(report.generated_at)
    wb.properties.creator = "evidence-check"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _parse_time(text: str) -> _dt.datetime:
    try:
        return _dt.datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return _dt.datetime(2000, 1, 1)
