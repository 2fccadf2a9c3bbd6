"""What goes where, decided from the report alone (no file is touched): folders, names, notes, to-dos."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...models import Document, IndicatorVerdict, ItemVerdict, RunReport
from .hygiene import has_digital_signature
from .names import indicator_folder, item_file_name, safe_code, safe_extension, unique
from .notes import indicator_note, item_note
from .text import file_name, meaningful_title, say, title_subject, without_item_codes
from .todo import LEVEL_STEPS, Task, all_tasks

# Verdicts whose documents go into the upload folders. Wrong evidence stays out: uploading it is what
# earns "tidak tepat"; auto-rejected evidence goes in, ready for when the lower level is complete.
COPIED_VERDICTS = ("accepted", "auto_rejected")
_ACRONYM = re.compile(r"[a-z]{2,6}")


@dataclass(frozen=True)
class PaketSettings:
    note_chars: int = 1000  # a portal note field; the real limit is not published, so this is a setting
    max_upload_mb: float = 10.0  # a conservative guess: eval.spbe.go.id does not publish its limit
    extract_min_pages: int = 8  # shorter documents are uploaded whole, without a page extract
    name_chars: int = 80  # file names stay short enough for Windows paths and the portal
    level_steps: tuple[float, ...] | None = (
        None  # None: the framework file's value_model (else pemdi-2026 §5)
    )
    make_zip: bool = True
    merge_pdfs: bool = True  # an item backed by several unsigned PDFs also gets them joined into one file


@dataclass(frozen=True)
class FilePlan:
    target: str  # POSIX path inside paket/
    source: str  # Document.path in the input
    pages: tuple[int, ...] = ()  # non-empty: only these pages, as a separate PDF
    merge: tuple[str, ...] = ()  # non-empty: these documents' PDFs joined into one upload (source unused)


@dataclass(frozen=True)
class Entry:
    """One manifest row: a Pemdi item, or a 59/2020 indicator (item None)."""

    key: str  # I4-L1-01, or Ind09 for a 59/2020 indicator
    indicator: IndicatorVerdict
    item: ItemVerdict | None
    folder: str  # I4 Kolaborasi/L1
    files: tuple[FilePlan, ...]
    sources: tuple[str, ...]  # every document named for it, copied or not
    note: str


@dataclass(frozen=True)
class Plan:
    entries: tuple[Entry, ...]
    tasks: tuple[Task, ...]


def doc_label(doc: Document | None, path: str) -> str:
    """The readable part of a file name: `SK Tim Koordinasi Pemdi 2026`, `DPA 2026`, or the source name."""
    name = file_name(path)
    stem = name[: -len(safe_extension(name))] if safe_extension(name) else name
    stem = without_item_codes(stem)  # the package's own code leads the name
    if doc is None:
        return stem
    acronym = doc.subtype.upper() if doc.subtype and _ACRONYM.fullmatch(doc.subtype) else ""
    abbr = acronym or (say(f"abbr.{doc.doc_type}") if doc.doc_type else "")
    title = doc.title if meaningful_title(doc.title) else ""
    # A plan's or budget's title is its kind ("Dokumen Pelaksanaan Anggaran"); the acronym says it shorter.
    subject = (
        title_subject(title)
        if title and (not acronym or re.search(r"\btentang\b", title, re.IGNORECASE))
        else ""
    )
    if not subject and not acronym:
        subject = stem
    if abbr and abbr.lower() in re.split(r"[\W_]+", subject.lower())[:3]:
        abbr = ""  # `Laporan 1e-Laporan-Evaluasi`, `Notulen Notulen Rapat` say the kind twice
    year = str(doc.year) if doc.year and str(doc.year) not in subject else ""
    return " ".join(w for w in (abbr, " ".join(subject.split()[:12]), year) if w)


def _extract_pages(doc: Document | None, pages: tuple[int, ...], settings: PaketSettings) -> tuple[int, ...]:
    """The pages worth a separate PDF: a long PDF of which the item needs at most half."""
    if doc is None or doc.format != "pdf" or not pages:
        return ()
    if any(f.severity == "error" for f in doc.findings):
        return ()  # pdfium could not read it safely in the sandboxed reader; do not open it here either
    valid = tuple(sorted({p for p in pages if 1 <= p <= doc.page_count}))
    if doc.page_count < settings.extract_min_pages or not valid or len(valid) * 2 > doc.page_count:
        return ()
    return valid


def _files(
    code: str,
    refs: list[tuple[str, tuple[int, ...]]],
    docs: dict[str, Document],
    settings: PaketSettings,
    taken: set[str],
    folder: str,
) -> tuple[FilePlan, ...]:
    out = []
    seen: set[str] = set()
    for path, pages in refs:
        doc = docs.get(path)
        if doc is not None and doc.sha256:
            if doc.sha256 in seen:
                continue  # the same bytes under two names (a DUPLICATE finding): upload it once
            seen.add(doc.sha256)
        ext = safe_extension(file_name(path)) or (f".{doc.format}" if doc and doc.format.isalnum() else "")
        label = doc_label(doc, path)
        whole = unique(item_file_name(code, label, ext, limit=settings.name_chars), taken)
        out.append(FilePlan(f"{folder}/{whole}", path))
        chosen = _extract_pages(doc, pages, settings)
        if chosen:
            part = unique(item_file_name(code, label, ".pdf", pages=chosen, limit=settings.name_chars), taken)
            out.append(FilePlan(f"{folder}/{part}", path, chosen))
    joined = _mergeable(out, docs, settings)
    if joined:
        name = unique(
            item_file_name(code, f"gabungan {len(joined)} berkas", ".pdf", limit=settings.name_chars), taken
        )
        out.append(FilePlan(f"{folder}/{name}", joined[0], merge=joined))
    return tuple(out)


def _mergeable(files: list[FilePlan], docs: dict[str, Document], settings: PaketSettings) -> tuple[str, ...]:
    """The PDFs of an item to join into the one upload the portal takes: only when there are several and none
    carries a digital signature (joining would destroy it) or failed to read."""
    pdfs = [
        f.source for f in files if not f.pages and (d := docs.get(f.source)) is not None and d.format == "pdf"
    ]
    if not settings.merge_pdfs or len(pdfs) < 2:
        return ()
    chosen = [docs[p] for p in pdfs]
    if any(has_digital_signature(d) or any(x.severity == "error" for x in d.findings) for d in chosen):
        return ()
    return tuple(pdfs)


def _item_entries(
    v: IndicatorVerdict,
    docs: dict[str, Document],
    tasks: dict[str, Task],
    settings: PaketSettings,
    taken: dict[str, set[str]],
) -> list[Entry]:
    base = indicator_folder(v.code, v.id, v.name)
    lookup = docs.get
    out = []
    for item in sorted(v.items, key=lambda i: (i.level, i.code)):
        folder = f"{base}/L{item.level}"
        task = tasks.get(item.code)
        refs = [(r.path, r.pages) for r in item.documents] if item.verdict in COPIED_VERDICTS else []
        files = _files(item.code, refs, docs, settings, taken.setdefault(folder, set()), folder)
        note = item_note(
            item,
            lookup,
            settings.note_chars,
            task.blocked_by if task else (),
            task.blocking_level if task else None,
        )
        sources = tuple(dict.fromkeys(r.path for r in item.documents))
        out.append(Entry(safe_code(item.code) or "butir", v, item, folder, files, sources, note))
    return out


def _indicator_entry(
    v: IndicatorVerdict, docs: dict[str, Document], settings: PaketSettings, taken: dict[str, set[str]]
) -> Entry:
    folder = indicator_folder(v.code, v.id, v.name)
    key = safe_code(v.code) or f"Ind{v.id:02d}"
    files = _files(
        key, [(p, ()) for p in v.documents], docs, settings, taken.setdefault(folder, set()), folder
    )
    note = indicator_note(v, docs.get, settings.note_chars, say(f"status.{v.status}"))
    return Entry(key, v, None, folder, files, tuple(v.documents), note)


def framework_steps(report: RunReport) -> tuple[float, ...]:
    """Δ_1..Δ_5 from the report's framework file (value_model): a revised model needs no code change."""
    from ...context import PROJECT_RULES
    from ...errors import RuleError
    from ...indicators.framework import load_framework

    dirs = (PROJECT_RULES, *(Path(p) for p in report.options.get("rules_dirs") or ()))
    try:
        fw = load_framework(dirs, report.framework) if report.framework else None
    except (RuleError, OSError, ValueError):
        fw = None
    model = getattr(getattr(fw, "data", None), "value_model", None)
    steps = getattr(model, "steps", None)
    if isinstance(steps, dict) and steps:
        return tuple(float(steps.get(level, 0.0)) for level in range(1, max(steps) + 1))
    return LEVEL_STEPS


def plan_package(report: RunReport, settings: PaketSettings) -> Plan:
    docs = {d.path: d for d in report.documents}
    with_items = tuple(v for v in report.indicators if v.items)
    steps = settings.level_steps or (framework_steps(report) if with_items else LEVEL_STEPS)
    tasks = all_tasks(with_items, steps)
    by_item = {t.item.code: t for t in tasks}
    taken: dict[str, set[str]] = {}
    entries: list[Entry] = []
    for v in sorted(report.indicators, key=lambda v: v.id):
        entries += (
            _item_entries(v, docs, by_item, settings, taken)
            if v.items
            else [_indicator_entry(v, docs, settings, taken)]
        )
    return Plan(tuple(entries), tuple(tasks))
