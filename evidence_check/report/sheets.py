"""indikator.csv and laporan.xlsx: one row per indicator in framework order (plus a documents sheet in XLSX).

Under PermenPANRB 8/2026 the indicator rows carry the code, level name, estimated value and item counts, and the
workbook gets an items sheet ("Butir"): the CSV format writes one file, so the item rows live in the XLSX.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io

from ..models import Document, IndicatorVerdict, ItemVerdict, RunReport
from . import itemview, register, view

# Spreadsheet apps run a cell that starts with these as a formula ("CSV injection"); file names and
# document text are untrusted, so such cells get a leading apostrophe in CSV and a string type in XLSX.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_csv(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def indicator_columns(lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)
    return ["id", t("table.domain"), t("table.aspect"), t("table.indicator"), t("table.weight"), t("table.claimed"),
            t("table.supported"), t("table.status"), "status_code", t("status.needs_interview"), t("table.documents"),
            t("docs.file"), t("table.top_finding") + " (code)", t("table.top_finding"), t("table.recommendation")]


def indicator_row(v: IndicatorVerdict, lang: str) -> list[object]:
    tf = view.top_finding(v)
    return [v.id, v.domain, v.aspect, v.name, v.weight, v.claimed_level, v.level, view.label(f"status.{v.status}", lang),
            v.status, "1" if v.needs_interview else "0", len(v.documents), "; ".join(v.documents),
            tf.code if tf else "", view.finding_message(tf, lang) if tf else "", view.recommendation(v, lang)]


def pemdi_indicator_columns(lang: str) -> list[str]:
    t = lambda k: view.wording(k, lang, "pemdi")
    return ["id", t("table.code"), t("table.aspect"), t("table.indicator"), t("table.weight"),
            t("table.claimed_level"), t("table.level"), t("table.level_name"), t("table.value"), t("table.source"),
            t("table.external"), *(t(f"verdict.{k}") for k in itemview.VERDICTS), t("table.status"), "status_code",
            t("status.needs_interview"), t("table.documents"), t("docs.file"), t("table.top_finding") + " (code)",
            t("table.top_finding"), t("table.recommendation")]


VALUE_COLUMN = 8  # index of the estimated value in pemdi_indicator_row: always shown with two decimals


def pemdi_indicator_row(v: IndicatorVerdict, lang: str) -> list[object]:
    """Numbers stay numbers (the value rounded to two decimals) so a spreadsheet can sum and sort them."""
    tf = view.top_finding(v)
    counts = itemview.verdict_counts(v.items)
    pending = itemview.external_pending(v)
    return [v.id, v.code, v.aspect, v.name, v.weight, v.claimed_level, v.level, itemview.level_name(v.level, lang),
            None if v.value is None else round(v.value, 2), itemview.source_label(v, lang),
            itemview.external_line(v, lang), *(counts[k] for k in itemview.VERDICTS),
            view.label("external.pending", lang) if pending else view.label(f"status.{v.status}", lang),
            "external_pending" if pending else v.status, "1" if v.needs_interview else "0", len(v.documents),
            "; ".join(v.documents), tf.code if tf else "", view.finding_message(tf, lang) if tf else "",
            view.recommendation(v, lang)]


def item_columns(lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)
    return [t("table.code"), t("items.code"), t("table.level"), t("table.level_name"), t("items.text"),
            t("items.verdict"), "verdict_code", t("items.documents"), t("items.reason"), t("items.expected"),
            t("items.claim"), t("mark.unconfirmed"), t("mark.interview_only")]


def item_row(v: IndicatorVerdict, it: ItemVerdict, lang: str) -> list[object]:
    return [v.code or v.id, it.code, it.level, itemview.level_name(it.level, lang), itemview.item_text(it, lang),
            itemview.verdict_label(it.verdict, lang), it.verdict,
            "\n".join(itemview.document_text(d, lang) for d in it.documents), itemview.item_reason(it, lang),
            itemview.item_expected(it, lang) if it.verdict != "accepted" else "",
            "" if it.claimed is None else itemview.claim_text(it.claimed, lang),
            "1" if it.unconfirmed else "0", "1" if it.interview_only else "0"]


def item_rows(report: RunReport, lang: str) -> list[list[object]]:
    return [item_row(v, it, lang) for v in view.ordered_indicators(report) for it in v.items]


def document_columns(lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)
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
    pemdi = view.family(report) == "pemdi"
    w.writerow(pemdi_indicator_columns(lang) if pemdi else indicator_columns(lang))
    for v in view.ordered_indicators(report):
        row = pemdi_indicator_row(v, lang) if pemdi else indicator_row(v, lang)
        if pemdi and isinstance(row[VALUE_COLUMN], float):
            row[VALUE_COLUMN] = f"{row[VALUE_COLUMN]:.2f}"  # "1.00", never "1.0": the value has two decimals
        w.writerow([_safe_csv(c) for c in row])
    # BOM: Excel on Indonesian Windows otherwise opens UTF-8 as ANSI and mangles names.
    return buf.getvalue().encode("utf-8-sig")


def _write_sheet(ws: object, head: list[str], rows: list[list[object]], widths: list[int]) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(head)  # type: ignore[attr-defined]
    for row in rows:
        # Control characters from extracted text make openpyxl refuse the whole workbook.
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in row])  # type: ignore[attr-defined]
    # One style object of each kind, shared by every cell: openpyxl compares a new object with every style it
    # already holds, so a fresh Alignment per cell made a 232-item workbook take seconds.
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DFE7F0")
    wrap, nowrap = Alignment(vertical="top", wrap_text=True), Alignment(vertical="top", wrap_text=False)
    for cell in ws[1]:  # type: ignore[index]
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
    for r in ws.iter_rows(min_row=2):  # type: ignore[attr-defined]
        for cell in r:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # untrusted text, never a formula
            cell.alignment = wrap if isinstance(cell.value, str) and len(cell.value) > 30 else nowrap
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width  # type: ignore[attr-defined]
    ws.freeze_panes = "A2"  # type: ignore[attr-defined]
    if rows:
        ws.auto_filter.ref = ws.dimensions  # type: ignore[attr-defined]


def _pemdi_summary_rows(report: RunReport, lang: str) -> list[list[object]]:
    """What a Pemdi summary adds: why this framework, item verdict counts, awaited indices, aspect indices."""
    t = view.labeller(report, lang)
    items = itemview.report_verdict_counts(report)
    pending = [v.code for v in view.ordered_indicators(report) if itemview.external_pending(v)]
    rows: list[list[object]] = [[t("header.framework_reason"), report.framework_reason]]
    rows += [[t("summary.items") + ": " + itemview.verdict_label(k, lang), items[k]] for k in itemview.VERDICTS]
    rows.append([t("summary.external_pending"), ", ".join(pending) or "–"])
    if report.index is not None:
        rows += [[f"{t('chart.aspect')} {a.id}. {a.name} ({t('estimate')})", a.supported] for a in report.index.aspects]
    return rows


def _summary_rows(report: RunReport, lang: str) -> list[list[object]]:
    t = view.labeller(report, lang)
    agency, how = view.agency_line(report, lang)
    idx = report.index
    counts = view.status_counts(report)
    pemdi = view.family(report) == "pemdi"
    return [
        [t("header.agency"), f"{agency} ({how})" if how else agency],
        [t("header.period"), report.period],
        [t("header.framework"), view.framework_name(report, lang) if pemdi else report.framework],
        [t("header.run_date"), report.generated_at],
        [t("header.tool_version"), report.tool_version],
        [t("summary.estimated"), idx.supported if idx else None],
        [t("summary.predicate"), idx.predicate if idx else ""],
        [t("summary.claimed"), idx.claimed if idx else None],
        [t("summary.predicate") + " (" + t("table.claimed") + ")", (idx.claimed_predicate or "") if idx else ""],
        *[[t("summary.indicators") + ": " + t(f"status.{s}"), counts[s]] for s in ("supported", "weak", "missing")],
        [t("summary.unreadable"), len(view.unreadable(report))],
        [t("summary.skipped"), len(report.skipped)],
        *(_pemdi_summary_rows(report, lang) if pemdi else []),
    ]


@register("xlsx", "laporan.xlsx")
def render_xlsx(report: RunReport, lang: str) -> bytes:
    from openpyxl import Workbook

    lang = view.norm_lang(lang)
    wb = Workbook()
    ind = wb.active
    ind.title = view.label("summary.indicators", lang)
    if view.family(report) == "pemdi":
        _write_sheet(ind, pemdi_indicator_columns(lang),
                     [pemdi_indicator_row(v, lang) for v in view.ordered_indicators(report)],
                     [5, 7, 7, 52, 7, 9, 7, 13, 10, 14, 40, 9, 9, 9, 9, 18, 16, 9, 6, 40, 22, 50, 60])
        for cell in ind.iter_rows(min_row=2, min_col=VALUE_COLUMN + 1, max_col=VALUE_COLUMN + 1):
            cell[0].number_format = "0.00"
        items = wb.create_sheet(view.label("items.sheet", lang))
        _write_sheet(items, item_columns(lang), item_rows(report, lang),
                     [7, 12, 7, 13, 48, 16, 15, 60, 60, 50, 8, 10, 9])
    else:
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
