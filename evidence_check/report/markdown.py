"""laporan.md: the report as Markdown for e-mail and wikis; every untrusted string is escaped."""
from __future__ import annotations

import re

from ..models import Document, Finding, IndicatorVerdict, RunReport
from . import register, view

# Characters that start Markdown syntax anywhere in a line. HTML-significant ones become entities so a
# file name like "<script>" renders as text on GitHub, GitLab and wiki renderers alike.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


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
    t = lambda k, **p: view.label(k, lang, **p)  # noqa: E731
    agency, how = view.agency_line(r, lang)
    idx = r.index
    lines = [f"# {t('title')}", "", f"_{t('subtitle')}_", ""]
    lines += _table([t("header.agency"), esc(agency) + (f" ({esc(how)})" if how else "")], [
        [t("header.period"), str(r.period) if r.period is not None else "–"],
        [t("header.framework"), esc(r.framework or "–")],
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
    counts = view.status_counts(r)
    lines.append(f"- **{t('summary.indicators')}:** " + ", ".join(
        f"{t('status.' + s)} {counts[s]}" for s in ("supported", "weak", "missing")))
    lines.append(f"- **{t('summary.documents')}:** {len(r.documents) - len(view.unreadable(r))}; "
                 f"{t('summary.unreadable')}: {len(view.unreadable(r))}; {t('summary.skipped')}: {len(r.skipped)}")
    return [*lines, "", f"> {t('disclaimer')}", ""]


def _indicator_table(r: RunReport, lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)  # noqa: E731
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
    t = lambda k: view.label(k, lang)  # noqa: E731
    lines = [f"### {v.id}. {esc(v.name)} — {t('status.' + v.status)}", "",
             f"{t('table.claimed')}: {view.fmt_level(v.claimed_level)} · {t('table.supported')}: "
             f"{view.fmt_level(v.level)}", ""]
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


def _doc_row(d: Document, lang: str) -> list[str]:
    return [code(d.path, in_table=True), esc(view.doc_type_label(d, lang)), esc(view.doc_status_label(d, lang)),
            esc(view.number_year(d)), esc(d.issuer or "–"), ", ".join(map(str, view.indicator_ids(d))) or "–",
            "<br>".join(_finding(f, lang) for f in view.sorted_findings(d.findings)) or "–",
            esc(view.extraction_label(d, lang))]


def _documents(r: RunReport, lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)  # noqa: E731
    lines = [f"## {t('docs.heading')}", ""]
    if not r.documents:
        return [*lines, t("docs.none"), ""]
    return lines + _table([t("docs.file"), t("docs.type"), t("docs.status"), t("docs.number_year"), t("docs.issuer"),
                           t("docs.indicators"), t("docs.findings"), t("docs.extraction")],
                          [_doc_row(d, lang) for d in r.documents])


def _problems(r: RunReport, lang: str) -> list[str]:
    t = lambda k: view.label(k, lang)  # noqa: E731
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


def render_markdown(report: RunReport, lang: str = "id") -> str:
    lang = view.norm_lang(lang)
    lines = _header(report, lang) + _indicator_table(report, lang)
    if report.indicators:
        lines += [f"## {view.label('detail.heading', lang)}", ""]
        for v in view.ordered_indicators(report):
            lines += _indicator_detail(report, v, lang)
    lines += _documents(report, lang) + _problems(report, lang)
    lines += [f"## {view.label('glossary.heading', lang)}", ""]
    for g in ("supported", "weak", "missing", "level", "index", "draft", "ocr"):
        lines.append(f"- **{view.label(f'glossary.{g}.term', lang)}**: {view.label(f'glossary.{g}.def', lang)}")
    lines += ["", "---", "", esc(view.label("footer.generated", lang, version=report.tool_version,
                                            date=report.generated_at))]
    return "\n".join(lines) + "\n"


@register("md", "laporan.md")
def render(report: RunReport, lang: str) -> bytes:
    return render_markdown(report, lang).encode("utf-8")
