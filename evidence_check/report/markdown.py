"""laporan.md: the report as Markdown for e-mail and wikis; every untrusted string is escaped."""
from __future__ import annotations

import re

from ..models import Document, Finding, IndicatorVerdict, ItemVerdict, RunReport
from . import itemview, register, view

# Characters that start Markdown syntax anywhere in a line. HTML-significant ones become entities so a
# file name like "<script>" renders as text on GitHub, GitLab and wiki renderers alike.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_ITEM_CODE = re.compile(r"^I\d{1,2}-L\d-\d{2}$")


def esc(text: object) -> str:
    """Escape untrusted text for one Markdown line or table cell (newlines flattened)."""
    s = " ".join(str(text).split())
    s = "".join(_HTML.get(c, c) for c in s)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    # A leading "-", "1." or ">" would start a list or quote when the text begins a line.
    return re.sub(r"^(\d+)\. ", r"\1\\. ", s) if s else s


def code(path: str, in_table: bool = False) -> str:
    """A file path, escaped like any untrusted text (a code span would keep raw HTML for lax renderers)."""
    return esc(path)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c if c else " " for c in cells) + " |"


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    return [_row(head), _row(["---"] * len(head)), *(_row(r) for r in rows), ""]


def _finding(f: Finding, lang: str) -> str:
    page = f" ({view.label('detail.page', lang)} {f.page})" if f.page else ""
    return f"`{f.code}` {esc(view.finding_message(f, lang))}{page}"


def _header(r: RunReport, lang: str) -> list[str]:
    t = view.labeller(r, lang)
    pemdi = view.family(r) == "pemdi"
    agency, how = view.agency_line(r, lang)
    idx = r.index
    lines = [f"# {t('title')}", "", f"_{t('subtitle')}_", ""]
    reason = [[t("header.framework_reason"), esc(r.framework_reason)]] if r.framework_reason else []
    lines += _table([t("header.agency"), esc(agency) + (f" ({esc(how)})" if how else "")], [
        [t("header.period"), str(r.period) if r.period is not None else "–"],
        [t("header.framework"), esc(view.framework_name(r, lang) if pemdi else (r.framework or "–"))],
        *reason,
        [t("header.run_date"), esc(r.generated_at[:10] or "–")],
        [t("header.tool_version"), esc(r.tool_version)],
    ])
    lines += [f"## {t('summary.heading')}", ""]
    if idx is None:
        lines.append(f"- **{t('summary.estimated')}:** – ({t('summary.no_index')})")
    else:
        lines.append(f"- **{t('summary.estimated')}:** {view.fmt_num(idx.supported, lang)} — {esc(idx.predicate)}")
        if idx.claimed is not None:
            lines.append(f"- **{t('summary.claimed')}:** {view.fmt_num(idx.claimed, lang)} — "
                         f"{esc(idx.claimed_predicate or '–')}")
    if pemdi:
        items = itemview.report_verdict_counts(r)
        lines.append(f"- **{t('summary.items')}:** {itemview.counts_text(items, lang, ', ')} "
                     f"({t('items.total', n=sum(items.values()))})")
    counts = view.status_counts(r)
    lines.append(f"- **{t('summary.indicators')}:** " + ", ".join(
        f"{t('status.' + s)} {counts[s]}" for s in ("supported", "weak", "missing")))
    pending = [v.code or str(v.id) for v in view.ordered_indicators(r) if itemview.external_pending(v)]
    if pemdi and pending:
        lines.append(f"- **{t('summary.external_pending')}:** {', '.join(pending)}")
    lines.append(f"- **{t('summary.documents')}:** {len(r.documents) - len(view.unreadable(r))}; "
                 f"{t('summary.unreadable')}: {len(view.unreadable(r))}; {t('summary.skipped')}: {len(r.skipped)}")
    return [*lines, "", f"> {t('disclaimer')}", ""]


def _indicator_table(r: RunReport, lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)
    lines = [f"## {t('table.heading')}", ""]
    verdicts = view.ordered_indicators(r)
    if not verdicts:
        return [*lines, t("summary.no_indicators"), ""]
    rows = []
    for v in verdicts:
        tf = view.top_finding(v)
        status = t(f"status.{v.status}") + (f" ({t('status.needs_interview')})" if v.needs_interview else "")
        rows.append([str(v.id), esc(v.name), view.fmt_level(v.claimed_level), view.fmt_level(v.level), status,
                     str(len(v.documents)), _finding(tf, lang) if tf else ""])
    return lines + _table([t("table.no"), t("table.indicator"), t("table.claimed"), t("table.supported"),
                           t("table.status"), t("table.documents"), t("table.top_finding")], rows)


def _indicator_detail(r: RunReport, v: IndicatorVerdict, lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)
    lines = [f"### {v.id}. {esc(v.name)} — {t('status.' + v.status)}", "",
             (f"{t('table.claimed')}: {view.fmt_level(v.claimed_level)} · {t('table.supported')}: "
             f"{view.fmt_level(v.level)}"), ""]
    for e in view.evidence_rows(r, v):
        lines.append(f"- {code(e.path)}")
        for ev in e.excerpts:
            page = f" ({t('detail.page')} {ev.page})" if ev.page else ""
            lines.append(f"  - “{esc(ev.text)}”{page}")
    for f in view.sorted_findings(v.findings):
        fix = view.finding_fix(f, lang)
        lines.append(f"- {_finding(f, lang)}" + (f" — {t('detail.fix')}: {esc(fix)}" if fix else ""))
    if view.recommendation(v, lang):
        lines.append(f"- **{t('detail.recommendation')}:** {esc(view.recommendation(v, lang))}")
    return [*lines, ""]


def _aspects(r: RunReport, lang: str) -> list[str]:
    """Indeks Pemdi per aspect (8/2026 has no domains); every value is an estimate."""
    t = view.labeller(r, lang)
    if r.index is None or not r.index.aspects:
        return []
    rows = [[f"{a.id}. {esc(a.name)}", view.fmt_num(a.weight, lang), view.fmt_num(a.supported, lang),
             esc(a.predicate or "–"), view.fmt_num(a.claimed, lang)] for a in r.index.aspects]
    return [f"## {t('chart.heading')}", ""] + _table(
        [t("table.aspect"), t("table.weight"), t("table.value"), t("table.predicate"), t("table.claimed_value")], rows)


def _pemdi_indicator_table(r: RunReport, lang: str) -> list[str]:
    t = view.labeller(r, lang)
    lines = [f"## {t('table.heading')}", ""]
    verdicts = view.ordered_indicators(r)
    if not verdicts:
        return [*lines, t("summary.no_indicators"), ""]
    rows = []
    for v in verdicts:
        tf = view.top_finding(v)
        status = t("external.pending") if itemview.external_pending(v) else t(f"status.{v.status}")
        status += f" ({t('status.needs_interview')})" if v.needs_interview else ""
        rows.append([v.code or str(v.id), esc(v.name), str(v.aspect), view.fmt_num(v.weight, lang),
                     esc(itemview.level_text(v.claimed_level, lang)), esc(itemview.level_text(v.level, lang)),
                     itemview.value_text(v.value, lang), itemview.accepted_ratio(v), status,
                     _finding(tf, lang) if tf else ""])
    return lines + _table([t("table.code"), t("table.indicator"), t("table.aspect"), t("table.weight"),
                           t("table.claimed_level"), t("table.level"), t("table.value"), t("table.items_accepted"),
                           t("table.status"), t("table.top_finding")], rows)


def _item_row(it: ItemVerdict, lang: str, claims: bool) -> list[str]:
    t = lambda k: view.label(k, lang)
    # Item codes come from the framework file (validated as I{n}-L{l}-{NN}); anything else is escaped text.
    code = (f"`{it.code}`" if _ITEM_CODE.match(it.code) else esc(it.code)) + "".join(
        f" _({m})_" for m in itemview.marks(it, lang))
    docs = "<br>".join(esc(itemview.document_text(d, lang)) for d in it.documents) or "–"
    expected = esc(itemview.item_expected(it, lang)) if it.verdict != "accepted" else "–"
    claim = itemview.claim_text(it.claimed, lang)
    if itemview.overclaimed(it):
        claim = f"**{claim}** ({t('items.overclaim')})"
    row = [code, esc(itemview.item_text(it, lang)), f"**{itemview.verdict_label(it.verdict, lang)}**", docs,
           esc(itemview.item_reason(it, lang)) or "–", expected or "–"]
    return [*row, claim] if claims else row


def _item_table(v: IndicatorVerdict, lang: str, claims: bool) -> list[str]:
    """Every item, grouped by level as the portal lists them (Markdown keeps the full list for the record);
    the claim column only when the self-assessment judged items."""
    t = lambda k, **p: view.label(k, lang, **p)
    if not v.items:
        return [t("items.none"), ""]
    rows: list[list[str]] = []
    for g in itemview.level_groups(v.items, lang):
        rows.append([f"**{t('items.level_group', level=g.level, name=g.name)}**"] + [""] * (6 if claims else 5))
        rows += [_item_row(it, lang, claims) for it in g.items]
    counts = itemview.counts_text(itemview.verdict_counts(v.items), lang)
    head = [t("items.code"), t("items.text"), t("items.verdict"), t("items.documents"), t("items.reason"),
            t("items.expected")]
    return [f"{t('items.counts')} ({t('items.total', n=len(v.items))}): {counts}", ""] + _table(
        [*head, t("items.claim")] if claims else head, rows)


def _pemdi_indicator_detail(r: RunReport, v: IndicatorVerdict, lang: str) -> list[str]:
    t = view.labeller(r, lang)
    status = t("external.pending") if itemview.external_pending(v) else t(f"status.{v.status}")
    facts = " · ".join([
        f"**{itemview.value_line(v.value, lang)}**",
        t("level.line", level=v.level if v.level is not None else "–", name=itemview.level_name(v.level, lang)),
        f"{t('table.claimed_level')}: {itemview.level_text(v.claimed_level, lang)}",
        f"{t('table.weight')} {view.fmt_num(v.weight, lang)}",
        f"{t('table.source')}: {itemview.source_label(v, lang)}",
    ])
    lines = [f"### {esc(v.code or v.id)}. {esc(v.name)} — {status}", "", facts.strip(), ""]
    if v.external:
        lines += [f"> {esc(itemview.external_line(v, lang))}", ""]
    lines += _item_table(v, lang, itemview.has_item_claims(r))
    for f in view.sorted_findings(v.findings):
        fix = view.finding_fix(f, lang)
        lines.append(f"- {_finding(f, lang)}" + (f" — {t('detail.fix')}: {esc(fix)}" if fix else ""))
    if view.recommendation(v, lang):
        lines.append(f"- **{t('detail.recommendation')}:** {esc(view.recommendation(v, lang))}")
    return [*lines, ""]


def _doc_row(d: Document, lang: str) -> list[str]:
    return [code(d.path, in_table=True), esc(view.doc_type_label(d, lang)), esc(view.doc_status_label(d, lang)),
            esc(view.number_year(d)), esc(d.issuer or "–"), ", ".join(map(str, view.indicator_ids(d))) or "–",
            "<br>".join(_finding(f, lang) for f in view.sorted_findings(d.findings)) or "–",
            esc(view.extraction_label(d, lang))]


def _documents(r: RunReport, lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)
    lines = [f"## {t('docs.heading')}", ""]
    if not r.documents:
        return [*lines, t("docs.none"), ""]
    rows = [_doc_row(d, lang) for d in r.documents]
    column = t("docs.indicators")
    if view.family(r) == "pemdi":
        # Pemdi: which items each document backs or was offered for, with the verdict, instead of indicator ids.
        by_doc = itemview.items_by_document(r)
        column = t("items.heading")
        for d, row in zip(r.documents, rows):
            row[5] = ", ".join(f"{code} ({itemview.verdict_label(vd, lang)})" for code, vd in by_doc.get(d.path, [])) or "–"
    return lines + _table([t("docs.file"), t("docs.type"), t("docs.status"), t("docs.number_year"), t("docs.issuer"),
                           column, t("docs.findings"), t("docs.extraction")], rows)


def _problems(r: RunReport, lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)
    lines = [f"## {t('problems.heading')}", ""]
    bad = view.unreadable(r)
    if not bad:
        lines += [t("problems.none"), ""]
    for d, f in bad:
        fix = view.finding_fix(f, lang)
        lines.append(f"- {code(d.path)}: {_finding(f, lang)}" + (f" — {esc(fix)}" if fix else ""))
    if r.skipped:
        lines += ["", f"### {t('skipped.heading')}", "", t("skipped.intro"), ""]
        lines += [f"- {code(s.get('path', '?'))} — {esc(s.get('reason', ''))}" for s in r.skipped]
    return [*lines, ""]


GLOSSARY = ("supported", "weak", "missing", "level", "index", "draft", "ocr")
PEMDI_GLOSSARY = ("item", "verdicts", "value", "level", "index", "external", "marks", "draft", "ocr")


def render_markdown(report: RunReport, lang: str = "id") -> str:
    lang = view.norm_lang(lang)
    t = view.labeller(report, lang)
    pemdi = view.family(report) == "pemdi"
    lines = _header(report, lang)
    lines += (_aspects(report, lang) + _pemdi_indicator_table(report, lang)) if pemdi else _indicator_table(report, lang)
    if report.indicators:
        lines += [f"## {t('detail.heading')}", ""]
        for v in view.ordered_indicators(report):
            lines += _pemdi_indicator_detail(report, v, lang) if pemdi else _indicator_detail(report, v, lang)
    lines += _documents(report, lang) + _problems(report, lang)
    lines += [f"## {t('glossary.heading')}", ""]
    for g in PEMDI_GLOSSARY if pemdi else GLOSSARY:
        lines.append(f"- **{t(f'glossary.{g}.term')}**: {t(f'glossary.{g}.def')}")
    lines += ["", "---", "", esc(view.label("footer.generated", lang, version=report.tool_version,
                                            date=report.generated_at))]
    return "\n".join(lines) + "\n"


@register("md", "laporan.md")
def render(report: RunReport, lang: str) -> bytes:
    return render_markdown(report, lang).encode("utf-8")
