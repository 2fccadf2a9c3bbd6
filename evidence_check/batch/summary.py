"""The cross-agency summary of a batch: one row per agency, the commonest gaps, in JSON, HTML and XLSX.

Rows are computed from each agency's `RunReport` only through fields both frameworks share (`index`,
indicator `status`, item `verdict`), so a PermenPANRB 59/2020 batch and a Pemdi 8/2026 batch summarise
alike. JSON is the contract; HTML and XLSX are leaves over the same dict.
"""
from __future__ import annotations

import io
import json
from collections import Counter
from typing import Any

from ..models import RunReport

STATUSES = ("supported", "weak", "missing")
ITEM_VERDICTS = ("accepted", "wrong_evidence", "missing", "auto_rejected")
# findings that describe this run, not the file: an agency holding one is redone by the next run
TRANSIENT_CODES = {"WORKER_CRASHED", "TIMEOUT", "OCR_UNAVAILABLE"}
SUMMARY_VERSION = "1.0"


def indicator_key(v: Any) -> str:
    return v.code or f"{v.id}"


def agency_row(report: RunReport, folder: str, reports: list[str]) -> dict[str, Any]:
    """Everything the summary needs from one agency's report (the report itself stays on disk)."""
    docs = report.documents
    status = Counter(v.status for v in report.indicators)
    items = Counter(it.verdict for v in report.indicators for it in v.items)
    idx = report.index
    gaps = [{"indicator": indicator_key(v), "name": v.name, "status": v.status}
            for v in report.indicators if v.status != "supported"]
    item_gaps = [{"item": it.code, "indicator": indicator_key(v), "verdict": it.verdict}
                 for v in report.indicators for it in v.items if it.verdict != "accepted"]
    return {
        "folder": folder,
        "instansi": report.agency.name,
        "instansi_inferred": report.agency.inferred,
        "framework": report.framework,
        "period": report.period,
        "documents": len(docs),
        "pages": sum(len(d.pages) for d in docs),
        "ocr_pages": sum(d.extraction.ocr_pages for d in docs),
        "index": idx.supported if idx else None,
        "predicate": idx.predicate if idx else None,
        "claimed_index": idx.claimed if idx else None,
        "claimed_predicate": idx.claimed_predicate if idx else None,
        "indicators": {s: status.get(s, 0) for s in STATUSES},
        "items": {s: items.get(s, 0) for s in ITEM_VERDICTS} if items else None,
        "gap": status.get("weak", 0) + status.get("missing", 0),
        "drafts": sorted(d.path for d in docs if d.status == "draft"),
        "foreign": sorted(d.path for d in docs if any(f.code == "FOREIGN_ISSUER" for f in d.findings)),
        "failed": sorted(d.path for d in docs if any(f.severity == "error" for f in d.findings)),
        "retry": sorted(d.path for d in docs if any(f.code in TRANSIENT_CODES for f in d.findings)),
        "gaps": gaps,
        "item_gaps": item_gaps,
        "reports": reports,
    }


def build_summary(rows: list[dict[str, Any]], header: dict[str, Any]) -> dict[str, Any]:
    """Agencies sorted by the size of their gap (weak + missing indicators, then the lower index first)."""
    ordered = sorted(rows, key=lambda r: (-r["gap"], r["index"] if r["index"] is not None else -1, r["folder"]))
    common: dict[str, dict[str, Any]] = {}
    for r in rows:
        for g in r["gaps"]:
            e = common.setdefault(g["indicator"], {"indicator": g["indicator"], "name": g["name"], "weak": 0,
                                                   "missing": 0, "agencies": []})
            e[g["status"]] += 1
            e["agencies"].append(r["folder"])
    item_common = Counter((g["item"], g["verdict"]) for r in rows for g in r["item_gaps"])
    return {
        "summary_version": SUMMARY_VERSION,
        **header,
        "totals": {
            "agencies": len(rows),
            "documents": sum(r["documents"] for r in rows),
            "pages": sum(r["pages"] for r in rows),
            "ocr_pages": sum(r["ocr_pages"] for r in rows),
            "drafts": sum(len(r["drafts"]) for r in rows),
            "foreign": sum(len(r["foreign"]) for r in rows),
            "failed": sum(len(r["failed"]) for r in rows),
            "indicators": {s: sum(r["indicators"][s] for r in rows) for s in STATUSES},
        },
        "agencies": ordered,
        "common_gaps": sorted(common.values(), key=lambda e: (-(e["weak"] + e["missing"]), -e["missing"],
                                                               e["indicator"])),
        "common_item_gaps": [{"item": k[0], "verdict": k[1], "agencies": n}
                             for k, n in sorted(item_common.items(), key=lambda kv: (-kv[1], kv[0]))],
    }


def render_json(summary: dict[str, Any]) -> bytes:
    return json.dumps(summary, ensure_ascii=False, indent=1).encode("utf-8")


HTML = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Ringkasan batch evidence-check</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#f3f3f3}
td.n{text-align:right}.en{color:#666;font-size:.9em}
</style></head><body>
<h1>Ringkasan lintas instansi <span class="en">/ Cross-agency summary</span></h1>
<p>{{ s.totals.agencies }} instansi, {{ s.totals.documents }} dokumen, {{ s.totals.pages }} halaman
({{ s.totals.ocr_pages }} OCR) — kerangka <b>{{ s.framework }}</b>, evidence-check {{ s.tool_version }},
{{ s.generated_at }}.</p>
<h2>Instansi, kesenjangan terbesar dahulu <span class="en">/ Agencies, largest gap first</span></h2>
<table><tr><th>Folder</th><th>Instansi</th><th>Indeks <span class="en">index</span></th>
<th>Predikat</th><th>Didukung <span class="en">supported</span></th><th>Lemah <span class="en">weak</span></th>
<th>Tidak ada <span class="en">missing</span></th>{% if has_items %}<th>Butir diterima / salah bukti / tidak ada /
ditolak otomatis <span class="en">items accepted / wrong evidence / missing / auto-rejected</span></th>{% endif %}
<th>Draf</th><th>Dokumen pihak lain <span class="en">foreign</span></th><th>Gagal dibaca <span class="en">failed</span></th>
<th>Dokumen</th><th>Laporan</th></tr>
{% for r in s.agencies %}<tr><td>{{ r.folder }}</td><td>{{ r.instansi or "—" }}{% if r.instansi_inferred %}
<span class="en">(disimpulkan / inferred)</span>{% endif %}</td>
<td class="n">{{ "%.2f"|format(r.index) if r.index is not none else "—" }}</td><td>{{ r.predicate or "—" }}</td>
<td class="n">{{ r.indicators.supported }}</td><td class="n">{{ r.indicators.weak }}</td>
<td class="n">{{ r.indicators.missing }}</td>{% if has_items %}<td>{% if r["items"] %}{{ r["items"].accepted }} /
{{ r["items"].wrong_evidence }} / {{ r["items"].missing }} / {{ r["items"].auto_rejected }}{% else %}—{% endif %}</td>{% endif %}
<td class="n">{{ r.drafts|length }}</td><td class="n">{{ r.foreign|length }}</td><td class="n">{{ r.failed|length }}</td>
<td class="n">{{ r.documents }}</td>
<td>{% for p in r.reports %}<a href="{{ p }}">{{ p.rsplit("/", 1)[-1] }}</a> {% endfor %}</td></tr>
{% endfor %}</table>
<h2>Kesenjangan paling umum per indikator <span class="en">/ Most common gaps per indicator</span></h2>
<table><tr><th>Indikator</th><th>Nama</th><th>Tidak ada <span class="en">missing</span></th>
<th>Lemah <span class="en">weak</span></th><th>Instansi</th></tr>
{% for g in s.common_gaps %}<tr><td>{{ g.indicator }}</td><td>{{ g.name }}</td><td class="n">{{ g.missing }}</td>
<td class="n">{{ g.weak }}</td><td>{{ g.agencies|join(", ") }}</td></tr>{% endfor %}</table>
{% if s.common_item_gaps %}<h2>Butir yang paling sering tidak diterima <span class="en">/ Items most often not
accepted</span></h2><table><tr><th>Butir</th><th>Putusan <span class="en">verdict</span></th><th>Instansi</th></tr>
{% for g in s.common_item_gaps[:50] %}<tr><td>{{ g.item }}</td><td>{{ g.verdict }}</td>
<td class="n">{{ g.agencies }}</td></tr>{% endfor %}</table>{% endif %}
<p class="en">Perkiraan dari dokumen, bukan nilai resmi. / An estimate from the documents, not the official
score.</p>
</body></html>
"""


def render_html(summary: dict[str, Any]) -> bytes:
    from jinja2 import Environment

    env = Environment(autoescape=True)  # folder names and agency names are untrusted
    has_items = any(r["items"] for r in summary["agencies"])
    return env.from_string(HTML).render(s=summary, has_items=has_items).encode("utf-8")


def render_xlsx(summary: dict[str, Any]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Instansi"
    ws.append(["folder", "instansi", "indeks", "predikat", "indeks_klaim", "didukung (supported)", "lemah (weak)",
               "tidak ada (missing)", "butir diterima", "butir salah bukti", "butir tidak ada",
               "butir ditolak otomatis", "draf", "dokumen pihak lain", "gagal dibaca", "dokumen", "halaman"])
    for r in summary["agencies"]:
        it = r["items"] or {}
        ws.append([_cell(r["folder"]), _cell(r["instansi"]), r["index"], r["predicate"], r["claimed_index"],
                   r["indicators"]["supported"], r["indicators"]["weak"], r["indicators"]["missing"],
                   *(it.get(k) for k in ITEM_VERDICTS), len(r["drafts"]), len(r["foreign"]), len(r["failed"]),
                   r["documents"], r["pages"]])
    gs = wb.create_sheet("Kesenjangan")
    gs.append(["indikator", "nama", "tidak ada (missing)", "lemah (weak)", "instansi"])
    for g in summary["common_gaps"]:
        gs.append([g["indicator"], g["name"], g["missing"], g["weak"], _cell(", ".join(g["agencies"]))])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cell(value: object) -> object:
    """A folder named '=cmd|...' must not become a formula in the assessor's spreadsheet."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


RENDERERS = {"json": ("ringkasan.json", render_json), "html": ("ringkasan.html", render_html),
             "xlsx": ("ringkasan.xlsx", render_xlsx)}
