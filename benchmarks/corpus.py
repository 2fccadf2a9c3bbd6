"""Generate a realistic, deterministic SPBE submission for benchmarks.

    python benchmarks/corpus.py OUT_DIR [--docs 200] [--seed 1] [--jobs N]     # ~3,000 pages, ~200 OCR pages
    python benchmarks/corpus.py OUT_DIR --small                                # ~20 docs, ~200 pages, ~10 OCR

Long regulations with lampiran pages, monitoring and audit reports of 20-60 pages, planning documents,
SKs, SOPs, minutes, invitations and attendance lists; about a fifth of the documents are image-only scans
(mostly 1-5 pages, because OCR costs seconds per page), plus DOCX, XLSX, ODS, PPTX, phone photos, a ZIP,
and the odd broken or password-protected PDF that real uploads contain. Files sit in per-indicator folders
with upload-style names. Ground truth goes to `OUT_DIR.manifest.json` beside (not inside) the folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import docfactory as df
from tests import doctexts as tx

POLICY_TOPIC_INDICATOR = {
    "arsitektur": 1,
    "peta_rencana": 2,
    "manajemen_data": 3,
    "aplikasi": 4,
    "pusat_data": 5,
    "jaringan_intra": 6,
    "spl": 7,
    "keamanan": 8,
    "audit": 9,
    "tim_koordinasi": 10,
}
OTHER_REGIONS = (
    tx.MEKARSARI,
    tx.Region(
        "kabupaten",
        "Tirtaraharja",
        "Tirtaraharja",
        "Jawa Timur",
        "SUPRIYADI",
        "MUHAMAD RIDWAN",
        "NINA MARLINA, S.T.",
        "FAJAR SIDIQ, S.H.",
        "Drs. HARYANTO",
    ),
)
MAX_PAGES = 80  # longest generated text document
SCAN_KINDS = ("notulen", "undangan", "daftar_hadir", "keputusan", "sop", "perkada", "laporan")


@dataclass
class Plan:
    """One document to write: its kind, format, size and the labels a checker should reproduce."""

    index: int
    kind: str
    fmt: str  # pdf | scan | docx | xlsx | ods | pptx | jpeg | png | zip | broken | encrypted
    pages: int
    seed: int
    year: int
    path: str = ""
    doc_type: str = "lainnya"
    status: str = "unknown"
    indicators: list[int] = field(default_factory=list)
    region: str = "Sukamaju"
    options: dict[str, object] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------- planning
def _pick_region(rng: random.Random) -> tx.Region:
    return tx.SUKAMAJU if rng.random() > 0.06 else rng.choice(OTHER_REGIONS)


def _long_pages(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def plan_corpus(docs: int, seed: int, *, target_pages: int, target_scan_pages: int) -> list[Plan]:
    """Decide every document up front (kind, format, pages) so the corpus is reproducible and its size
    can be steered: long text documents are stretched or shrunk until the page total hits the target."""
    rng = random.Random(seed)
    n_scan = max(1, round(docs * 0.20))
    n_images = max(1, round(docs * 0.04))
    n_office = max(3, round(docs * 0.22))
    n_special = 3 if docs >= 40 else 1  # zip, broken, encrypted
    n_text = max(1, docs - n_scan - n_images - n_office - n_special)
    plans: list[Plan] = []

    def add(kind: str, fmt: str, pages: int, **options: object) -> None:
        plans.append(
            Plan(
                len(plans),
                kind,
                fmt,
                pages,
                rng.randrange(1 << 30),
                rng.choice((2022, 2023, 2023, 2024)),
                options=dict(options),
            )
        )

    text_kinds = (
        ("perkada", 0.12),
        ("laporan_monev", 0.15),
        ("laporan_audit", 0.10),
        ("perencanaan", 0.10),
        ("keputusan", 0.12),
        ("sop", 0.08),
        ("notulen", 0.10),
        ("undangan", 0.07),
        ("pedoman", 0.06),
        ("daftar_hadir", 0.04),
        ("screenshot", 0.04),
        ("national", 0.02),
    )
    kinds, weights = zip(*text_kinds)
    for _ in range(n_text):
        kind = rng.choices(kinds, weights)[0]
        long = {
            "perkada": (8, 60),
            "laporan_monev": (20, 60),
            "laporan_audit": (20, 50),
            "perencanaan": (15, 50),
        }
        add(kind, "pdf", _long_pages(rng, *long[kind]) if kind in long else 0)
    office = (
        ("notulen", "docx"),
        ("keputusan", "docx"),
        ("perkada_draft", "docx"),
        ("sop", "xlsx"),
        ("inventaris", "xlsx"),
        ("peta_rencana", "ods"),
        ("paparan", "pptx"),
        ("sop", "docx"),
    )
    for i in range(n_office):
        kind, fmt = office[i % len(office)] if i < len(office) else rng.choice(office)
        add(kind, fmt, rng.randint(8, 30) if kind == "paparan" else 0)
    _plan_scans(rng, plans, n_scan, target_scan_pages, add)
    for _ in range(n_images):
        add(
            rng.choice(("undangan", "daftar_hadir", "screenshot")),
            rng.choice(("jpeg", "png")),
            1,
            exif=rng.choice((None, 6, 8, 3)),
        )
    specials = ("zip", "broken", "encrypted")[:n_special]
    for kind in specials:
        add(kind, kind if kind != "zip" else "zip", 0)
    _fit_pages(plans, target_pages)
    for plan in plans:
        _label(plan, rng)
    return plans


def _plan_scans(rng: random.Random, plans: list[Plan], n_scan: int, budget: int, add: object) -> None:
    """Split the OCR page budget over the scanned documents: mostly 1-5 pages, the odd longer one."""
    sizes = [rng.choice((1, 1, 2, 2, 3, 4, 5)) for _ in range(n_scan)]
    while sum(sizes) < budget and sizes:
        sizes[rng.randrange(len(sizes))] += rng.choice((1, 1, 2, 6))
    while sum(sizes) > budget and max(sizes) > 1:
        i = max(range(len(sizes)), key=sizes.__getitem__)
        sizes[i] -= 1
    for size in sizes:
        kind = rng.choice(SCAN_KINDS[:4]) if size <= 3 else rng.choice(SCAN_KINDS[3:])
        rotate = rng.choices((0, 90, 180, 270), (0.85, 0.07, 0.03, 0.05))[0]
        add(
            kind,
            "scan",
            size,
            rotate=rotate,
            noise=round(rng.uniform(0.001, 0.006), 4),  # type: ignore[operator]
            skew=round(rng.uniform(-1.5, 1.5), 2),
        )


def _fixed_pages(plan: Plan) -> int:
    """Pages of the documents whose length is set by their kind (estimated without building them)."""
    short = {
        "keputusan": 3,
        "sop": 3,
        "notulen": 2,
        "undangan": 1,
        "pedoman": 2,
        "daftar_hadir": 1,
        "screenshot": 1,
        "national": 2,
        "perkada_draft": 7,
        "inventaris": 1,
        "peta_rencana": 2,
        "zip": 3,
        "broken": 1,
        "encrypted": 1,
    }
    if plan.fmt in ("scan", "jpeg", "png") or plan.pages:
        return plan.pages
    return short.get(plan.kind, 2)


def _fit_pages(plans: list[Plan], target: int) -> None:
    stretchable = [p for p in plans if p.fmt == "pdf" and p.pages]
    if not stretchable:
        return
    fixed = sum(_fixed_pages(p) for p in plans if p not in stretchable)
    current = sum(p.pages for p in stretchable)
    factor = max(0.05, (target - fixed) / max(current, 1))
    for plan in stretchable:
        plan.pages = max(3, min(MAX_PAGES, round(plan.pages * factor)))
    # Rounding and the caps leave a remainder: hand it out one page at a time, round-robin.
    gap = target - fixed - sum(p.pages for p in stretchable)
    step = 1 if gap > 0 else -1
    i = 0
    while gap and any(3 < p.pages + step <= MAX_PAGES for p in stretchable):
        plan = stretchable[i % len(stretchable)]
        if 3 <= plan.pages + step <= MAX_PAGES:
            plan.pages += step
            gap -= step
        i += 1


# ---------------------------------------------------------------------------------------------- labels
KIND_LABELS: dict[str, tuple[str, str, tuple[int, ...], str]] = {
    # kind -> (doc_type, status, indicators, file-name slug)
    "perkada": ("perkada", "enacted", (1, 2, 4, 5, 6, 7, 8, 9, 10), "Perbup-SPBE"),
    "perkada_draft": ("perkada", "draft", (3,), "Rancangan-Perbup-Manajemen-Data"),
    "laporan_monev": ("laporan", "unknown", (19,), "Laporan-Monev-SPBE"),
    "laporan_audit": ("laporan", "unknown", (29, 30, 31), "Laporan-Audit-TIK"),
    "laporan": ("laporan", "unknown", (19,), "Laporan-Kegiatan-SPBE"),
    "perencanaan": ("dokumen_perencanaan", "unknown", (11,), "Arsitektur-SPBE"),
    "keputusan": ("keputusan", "enacted", (10, 19), "SK-Tim-Koordinasi-SPBE"),
    "sop": ("sop", "enacted", (16,), "SOP"),
    "notulen": ("notulen", "unknown", (19,), "Notulen-Rapat"),
    "undangan": ("undangan", "unknown", (19,), "Undangan-Rapat"),
    "daftar_hadir": ("lainnya", "unknown", (19,), "Daftar-Hadir"),
    "pedoman": ("pedoman", "unknown", (22,), "Pedoman"),
    "screenshot": ("tangkapan_layar", "unknown", (37,), "Tangkapan-Layar"),
    "national": ("peraturan_menteri", "enacted", (), "PermenPANRB-59-2020"),
    "inventaris": ("lainnya", "unknown", (24,), "Inventaris-Aset-TIK"),
    "peta_rencana": ("dokumen_perencanaan", "unknown", (12,), "Peta-Rencana-SPBE"),
    "paparan": ("paparan", "unknown", (19,), "Paparan-SPBE"),
    "zip": ("lainnya", "unknown", (19,), "Dokumentasi-Rapat"),
    "broken": ("lainnya", "unknown", (), "Perbup-SPBE-terpotong"),
    "encrypted": ("lainnya", "unknown", (31,), "Laporan-Audit-Rahasia"),
}
EXT = {
    "pdf": "pdf",
    "scan": "pdf",
    "docx": "docx",
    "xlsx": "xlsx",
    "ods": "ods",
    "pptx": "pptx",
    "jpeg": "jpg",
    "png": "png",
    "zip": "zip",
    "broken": "pdf",
    "encrypted": "pdf",
}


def _label(plan: Plan, rng: random.Random) -> None:
    doc_type, status, indicators, slug = KIND_LABELS[plan.kind]
    region = _pick_region(rng) if plan.kind in ("perkada", "keputusan") else tx.SUKAMAJU
    plan.region = region.name
    inds = list(indicators)
    if plan.kind == "sop":
        topic = rng.choice(tuple(tx.SOP_TOPICS))
        plan.options["topic"] = topic
        inds = [tx.SOP_TOPICS[topic][1]]
        slug = "SOP-" + tx.SOP_TOPICS[topic][0].split(" (")[0].replace(" ", "-")
        plan.options["approved"] = rng.random() > 0.2
        status = "enacted" if plan.options["approved"] else "draft"
    if plan.kind == "perkada":
        plan.options["draft"] = rng.random() < 0.15
        plan.options["salinan"] = not plan.options["draft"] and rng.random() < 0.3
        status = "draft" if plan.options["draft"] else status
    if plan.kind == "keputusan":
        roll = rng.random()
        plan.options["placeholders"] = roll < 0.08  # SALINAN + ttd but XXX number: still a draft
        plan.options["signed"] = roll < 0.08 or roll >= 0.16  # 8% typed name without signature
        status = (
            "draft" if plan.options["placeholders"] else "enacted" if plan.options["signed"] else "unknown"
        )
    if plan.kind == "pedoman":
        topic = rng.choice(tuple(tx.PEDOMAN_TOPICS))
        plan.options["topic"] = topic
        inds = {"keamanan": [8, 22], "data": [3, 23], "risiko": [21], "aset": [24]}[topic]
        slug = "Pedoman-" + tx.PEDOMAN_TOPICS[topic][0].title().replace(" ", "-")
    if plan.kind == "perencanaan" and rng.random() < 0.5:
        plan.options["plan_kind"] = "peta_rencana"
        inds, slug = [12], "Dokumen-Peta-Rencana-SPBE"
    if plan.kind == "laporan_audit":
        audit = rng.choice(("infrastruktur", "aplikasi", "keamanan"))
        plan.options["audit"] = audit
        inds = [{"infrastruktur": 29, "aplikasi": 30, "keamanan": 31}[audit]]
        slug = f"Laporan-Audit-{audit.title()}-SPBE"
    if plan.kind == "notulen":
        plan.options["meeting"] = rng.choice(tuple(tx.MEETING_KINDS))
    if region is not tx.SUKAMAJU:
        inds = []  # another region's document evidences nothing for this agency
    plan.doc_type, plan.status, plan.indicators = doc_type, status, inds
    folder = f"Indikator {inds[0]:02d}" if inds else "Lain-lain"
    plan.path = f"{folder}/{plan.index + 1:03d}-{slug}-{plan.year}.{EXT[plan.fmt]}"


# ---------------------------------------------------------------------------------------------- building
def _texts(plan: Plan) -> list[str]:
    """Page texts for a plan; long kinds honour plan.pages."""
    region = {r.name: r for r in (tx.SUKAMAJU, *OTHER_REGIONS)}[plan.region]
    year, o = plan.year, plan.options
    day = dt.date(year, 3 + plan.seed % 9, 1 + plan.seed % 27)
    if plan.kind == "perkada":
        base = len(tx.perkada_spbe(region, tx.RegSpec(year=year)))
        spec = tx.RegSpec(
            number=None if o.get("draft") else 5 + plan.seed % 60,
            year=year,
            enacted=day,
            draft=bool(o.get("draft")),
            signed=not o.get("draft"),
            salinan=bool(o.get("salinan")),
            lampiran_pages=max(0, plan.pages - base) if plan.fmt == "pdf" else 0,
        )
        return tx.perkada_spbe(region, spec)
    if plan.kind == "perkada_draft":
        return tx.rancangan_perkada_spbe(region, year=year)
    if plan.kind == "laporan_monev":
        return tx.laporan_monev(region, year=year, n_pages=max(3, plan.pages), seed=plan.seed)
    if plan.kind == "laporan_audit":
        return tx.laporan_audit_tik(
            region,
            kind=str(o.get("audit", "keamanan")),
            year=year,
            external=plan.seed % 3 == 0,
            n_pages=max(3, plan.pages),
            seed=plan.seed,
        )
    if plan.kind == "perencanaan":
        return tx.dokumen_perencanaan(
            region,
            kind=str(o.get("plan_kind", "arsitektur")),
            start=year,
            n_pages=max(3, plan.pages),
            seed=plan.seed,
        )
    if plan.kind == "keputusan":
        return tx.keputusan_tim_koordinasi(
            region,
            number=f"100.3.3.2/{plan.seed % 400}/{year}",
            year=year,
            enacted=day,
            signed=bool(o.get("signed", True)),
            placeholders=bool(o.get("placeholders")),
        )
    if plan.kind == "sop":
        return tx.sop_ap(region, _sop_spec(plan, day))
    if plan.kind == "notulen":
        return tx.notulen_rapat(region, kind=str(o.get("meeting", "reviu")), day=day)
    if plan.kind == "undangan":
        return tx.undangan_rapat(region, number=f"005/{plan.seed % 900}/Setda/{year}", day=day)
    if plan.kind == "daftar_hadir":
        return tx.daftar_hadir(region, day=day, count=10 + plan.seed % 20, seed=plan.seed)
    if plan.kind == "pedoman":
        return tx.pedoman(region, topic=str(o.get("topic", "keamanan")), year=year)
    if plan.kind == "screenshot":
        return tx.screenshot_captions(tx.SCREEN_APPS and sorted(tx.SCREEN_APPS)[plan.seed % 3], region)
    if plan.kind == "national":
        return tx.permen_panrb_59_2020() if plan.seed % 2 else tx.perpres_95_2018()
    if plan.kind == "laporan":
        return tx.laporan_monev(region, year=year, n_pages=max(2, plan.pages), seed=plan.seed)
    raise ValueError(f"no texts for {plan.kind}")


def _sop_spec(plan: Plan, day: dt.date) -> tx.SopSpec:
    approved = bool(plan.options.get("approved", True))
    return tx.SopSpec(
        topic=str(plan.options.get("topic", "pusat_data")),
        number=f"0{plan.seed % 90 + 10}/SOP/{plan.year}",
        made=day,
        effective=day + dt.timedelta(days=7) if approved else None,
        approved=approved,
    )


def _scan_texts(plan: Plan) -> list[str]:
    """The pages an office would scan: the first ones and, for long documents, the signed last page."""
    pages = _texts(plan)
    while len(pages) < plan.pages:
        pages += pages
    if len(pages) > plan.pages > 1:
        return pages[: plan.pages - 1] + [pages[-1]]
    return pages[: plan.pages]


def build(plan: Plan, out: Path) -> tuple[str, int, int, int]:
    """Write one document; returns (path, pages, scanned pages, bytes)."""
    target = out / plan.path
    target.parent.mkdir(parents=True, exist_ok=True)
    pages, scanned = _write(plan, target)
    return plan.path, pages, scanned, target.stat().st_size


def _write(plan: Plan, target: Path) -> tuple[int, int]:
    fmt, o = plan.fmt, plan.options
    if fmt == "pdf":
        texts = _texts(plan)
        footer = f"jdih.{tx.SUKAMAJU.domain}  |  halaman {{page}}" if plan.kind == "perkada" else None
        df.text_pdf(
            target, texts, footer=footer, watermark="DRAFT" if o.get("draft") and plan.seed % 2 else None
        )
        return len(texts), 0
    if fmt == "scan":
        texts = _scan_texts(plan)
        df.scanned_pdf(
            target,
            texts,
            rotate=int(o.get("rotate", 0)),
            noise=float(o.get("noise", 0.003)),  # type: ignore[arg-type]
            skew_deg=float(o.get("skew", 0.0)),
            seed=plan.seed,
        )  # type: ignore[arg-type]
        return len(texts), len(texts)
    if fmt in ("jpeg", "png"):
        text = _texts(plan)[0]
        exif = o.get("exif")
        df.image_file(
            target,
            text,
            fmt="JPEG" if fmt == "jpeg" else "PNG",
            exif_orientation=exif,  # type: ignore[arg-type]
            noise=0.002,
            skew_deg=(plan.seed % 30) / 10 - 1.5,
        )
        return 1, 1
    if fmt == "docx":
        return _write_docx(plan, target), 0
    if fmt in ("xlsx", "ods"):
        sheets = _sheets(plan)
        (df.xlsx_file if fmt == "xlsx" else df.ods_file)(target, sheets)
        return len(sheets), 0
    if fmt == "pptx":
        slides = _slides(plan)
        df.pptx_file(target, slides)
        return len(slides), 0
    if fmt == "zip":
        scratch = target.parent / f".tmp-{plan.index}"
        try:
            a = df.text_pdf(scratch / "a.pdf", tx.undangan_rapat(tx.SUKAMAJU, day=dt.date(plan.year, 6, 5)))
            b = df.docx_file(
                scratch / "b.docx", [line for p in tx.notulen_rapat(tx.SUKAMAJU) for line in p.splitlines()]
            )
            df.zip_file(target, {"Undangan Rapat.pdf": a.read_bytes(), "Notulen Rapat.docx": b.read_bytes()})
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return 3, 0
    if fmt == "broken":
        df.broken_pdf(target)
        return 1, 0
    if fmt == "encrypted":
        df.encrypted_pdf(target)
        return 1, 0
    raise ValueError(f"unknown format {fmt}")


def _write_docx(plan: Plan, target: Path) -> int:
    if plan.kind == "perkada_draft":
        texts = tx.rancangan_perkada_spbe(tx.SUKAMAJU, year=plan.year)
        body = [
            line
            for page in texts
            for line in page.splitlines()
            if line.strip() and line.strip() != "RANCANGAN"
        ]
        df.docx_file(target, body, header="RANCANGAN" if plan.seed % 2 else None)
        return len(texts)
    if plan.kind == "keputusan":
        texts = _texts(plan)
        body = [line for page in texts for line in page.splitlines() if line.strip() and " | " not in line]
        region = {r.name: r for r in (tx.SUKAMAJU, *OTHER_REGIONS)}[plan.region]
        df.docx_file(target, body, tables=[tx.tim_koordinasi_members(region)])
        return len(texts)
    if plan.kind == "sop":
        spec = _sop_spec(plan, dt.date(plan.year, 2, 1))
        identity = tx.sop_identity_rows(tx.SUKAMAJU, spec)
        df.docx_file(
            target,
            ["STANDAR OPERASIONAL PROSEDUR", tx.SOP_TOPICS[spec.topic][0].upper()],
            tables=[identity, tx.sop_activity_rows(spec)],
            textbox=f"Nomor SOP: {spec.number}",
        )
        return 2
    texts = _texts(plan)
    df.docx_file(target, [line for page in texts for line in page.splitlines() if line.strip()])
    return len(texts)


def _sheets(plan: Plan) -> dict[str, list[list[object]]]:
    if plan.kind == "sop":
        spec = _sop_spec(plan, dt.date(plan.year, 2, 1))
        return {"Identitas": tx.sop_identity_rows(tx.SUKAMAJU, spec), "Prosedur": tx.sop_activity_rows(spec)}  # type: ignore[dict-item]
    rng = random.Random(plan.seed)
    if plan.kind == "peta_rencana":
        rows: list[list[object]] = [["No", "Muatan", "Program", "Tahun", "Pagu (juta)", "Penanggung Jawab"]]
        for i in range(1, 36):
            rows.append(
                [
                    i,
                    rng.choice(
                        tx.PETA_RENCANA_MUATAN
                    ),
                    f"Program {rng.choice(tx.APPS)}",
                    plan.year + i % 5,
                    rng.randint(50, 900),
                    rng.choice(tx.PARTICIPANTS),
                ]
            )
        return {"Peta Rencana": rows, "Ringkasan": [["Muatan", "Jumlah Program"], ["Semua", 35]]}
    rows = [["No", "Nama Aset", "Jenis", "Lokasi", "Tahun Perolehan", "Kondisi"]]
    for i in range(1, 120):
        rows.append(
            [
                i,
                f"{rng.choice(('Server', 'Switch', 'Router', 'Laptop', 'Printer', 'UPS'))} {i:03d}",
                rng.choice(("Perangkat keras", "Jaringan")),
                rng.choice(tx.PARTICIPANTS),
                rng.randint(2015, plan.year),
                rng.choice(("Baik", "Baik", "Rusak ringan")),
            ]
        )
    return {"Inventaris Aset TIK": rows}


def _slides(plan: Plan) -> list[tuple[str, str, str]]:
    slides = tx.paparan_slides(tx.SUKAMAJU, year=plan.year)
    rng = random.Random(plan.seed)
    while len(slides) < max(4, plan.pages):
        ind = rng.randrange(47)
        slides.append(
            (
                f"Indikator {ind + 1}: {tx.INDICATOR_NAMES[ind]}",
                "\n".join(tx.report_body(rng, tx.SUKAMAJU, plan.year, 4)[2:5]),
                f"Target level {rng.randint(2, 4)} tahun {plan.year + 1}.",
            )
        )
    return slides


# ---------------------------------------------------------------------------------------------- CLI
def _build_one(args: tuple[Plan, str]) -> tuple[str, int, int, int]:
    plan, out = args
    return build(plan, Path(out))


def generate(out: Path, plans: list[Plan], jobs: int) -> list[tuple[str, int, int, int]]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = [(plan, str(out)) for plan in plans]
    if jobs <= 1:
        return [_build_one(item) for item in work]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_build_one, work, chunksize=2))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to (re)create")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, help="target total pages (default 15 per document)")
    parser.add_argument("--scan-pages", type=int, help="target OCR pages (default 1 per document)")
    parser.add_argument("--small", action="store_true", help="about 20 docs / 200 pages / 10 OCR pages")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    docs = 20 if args.small else args.docs
    pages = args.pages or (200 if args.small else docs * 15)
    scan_pages = args.scan_pages or (10 if args.small else docs)
    started = time.perf_counter()
    plans = plan_corpus(docs, args.seed, target_pages=pages, target_scan_pages=scan_pages)
    results = generate(args.out, plans, args.jobs)
    manifest = Path(str(args.out).rstrip("/") + ".manifest.json")
    by_path = {r[0]: r for r in results}
    entries = [
        asdict(p)
        | {"pages": by_path[p.path][1], "scanned_pages": by_path[p.path][2], "bytes": by_path[p.path][3]}
        for p in plans
    ]
    manifest.write_text(
        json.dumps({"seed": args.seed, "documents": entries}, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    total_pages, scanned, size = (sum(r[i] for r in results) for i in (1, 2, 3))
    formats = Counter(p.fmt for p in plans)
    print(
        f"files {len(results)}  pages {total_pages}  scanned pages {scanned}  bytes {size:,}  "
        f"({size / 1e6:.1f} MB)  in {time.perf_counter() - started:.1f}s"
    )
    print("formats " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())))
    print(f"manifest {manifest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
