"""Write the bundled evidence folders of the fictional Kabupaten Sukamaju (deterministic; rerun after edits).

    .venv/bin/python tests/build_sample_docs.py [all|pemdi|spbe]   # rewrites the sample folders, labels, claims

Two samples are written. `sample_docs/` is the 2026 Pemdi submission (PermenPANRB 8/2026), built by
`tests/sample_pemdi.py`; it is what `make demo` checks. This module keeps the older 59/2020 SPBE sample
in `tests/data/sample_docs_spbe/`, which the 59/2020 goldens and tests read.

The 59/2020 folder mimics a real SPBE upload: one folder per indicator group, file names like
`1a-Perbup-SPBE-2023.pdf`, every supported format, and the failures assessors meet (a draft regulation,
an unsigned decree, another region's regulation, a national regulation filed as own policy, an SOP
without Pengesahan, a superseded decree, a document in the wrong folder). What each file is and what a
checker should conclude is written to `tests/data/sample_docs_labels.yaml`; the self-assessment claims
(some over-claimed) to `tests/data/sample_klaim.csv`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "tests" / "data" / "sample_docs_spbe"  # only evidence lives there: a run must not see this script
DOC_PATH = ROOT / "docs" / "sample_docs.md"
sys.path.insert(0, str(ROOT))

from tests import docfactory as df
from tests import doctexts as tx
from tests import sample_pemdi

LABELS_PATH = ROOT / "tests" / "data" / "sample_docs_labels.yaml"
KLAIM_PATH = ROOT / "tests" / "data" / "sample_klaim.csv"
JDIH_FOOTER = "jdih.sukamajukab.go.id  |  halaman {page}"
SCAN_DPI = 200

R = tx.SUKAMAJU
POLICY = "Indikator 01-10 Kebijakan"
PLAN = "Indikator 11-12 Perencanaan"
TIK = "Indikator 16-18 TIK"
TIM = "Indikator 19"
ASET = "Indikator 24"
AUDIT = "Indikator 29-31 Audit"
ARSIP = "Indikator 37"
JDIH = "Indikator 44"


@dataclass(frozen=True)
class Sample:
    """One evidence file: where it goes, how it is built, and what a careful assessor would say about it."""

    path: str
    build: Callable[[Path], object]
    doc_type: str
    status: str  # enacted | draft | unknown
    indicators: tuple[int, ...]
    note: str
    issuer: str = "Kabupaten Sukamaju"
    year: int | None = 2023
    scanned_pages: int = 0
    traps: tuple[str, ...] = field(default=())


def _half_downloaded_pdf(path: Path) -> Path:
    """The first third of a real PDF: what an interrupted upload leaves behind."""
    full = df.text_pdf(path, ["BERITA ACARA SERAH TERIMA ASET TIK\nNomor: 027/118/DISKOMINFO/2023\n" + "Daftar aset. " * 200])
    data = full.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _without_rancangan(pages: list[str]) -> list[str]:
    """A draft whose only RANCANGAN marker is in the Word header: drop it from the body."""
    return ["\n".join(line for line in page.splitlines() if line.strip() != "RANCANGAN") for page in pages]


def _docx_pages(path: Path, pages: list[str], **kw: object) -> Path:
    paragraphs = [line for page in pages for line in page.splitlines() if line.strip()]
    return df.docx_file(path, paragraphs, **kw)  # type: ignore[arg-type]


def _rancangan_manajemen_data(path: Path) -> Path:
    spec = tx.RegSpec(
        number=None,
        year=2024,
        draft=True,
        signed=False,
        topics=("manajemen_data",),
        title="MANAJEMEN DATA",
        review=False,
        integration=False,
    )
    return _docx_pages(
        path,
        _without_rancangan(tx.perkada_spbe(R, spec)),
        header="RANCANGAN",
        footer="Bahan rapat pembahasan - Bagian Hukum",
    )


def _sk_unsigned(path: Path) -> Path:
    pages = tx.keputusan_tim_koordinasi(
        R, number="100.3.3.2/088/2024", year=2024, enacted=dt.date(2024, 2, 5), signed=False
    )
    body = [line for page in pages for line in page.splitlines() if line.strip() and " | " not in line]
    return df.docx_file(path, body, tables=[tx.tim_koordinasi_members(R)])


def _sop_xlsx(path: Path) -> Path:
    spec = tx.SopSpec(topic="pusat_data")
    return df.xlsx_file(
        path, {"Identitas": tx.sop_identity_rows(R, spec), "Prosedur": tx.sop_activity_rows(spec)}
    )


def _peta_rencana_ods(path: Path) -> Path:
    muatan = tx.PETA_RENCANA_MUATAN
    rows: list[list[object]] = [
        ["PETA RENCANA SPBE KABUPATEN SUKAMAJU TAHUN 2023-2027"],
        [],
        ["No", "Muatan", "Program", "2023", "2024", "2025", "2026", "2027", "Penanggung Jawab"],
    ]
    for i, item in enumerate(muatan, start=1):
        rows.append(
            [i, item, f"Penguatan {item.lower()}", "v", "v", "v" if i % 2 else "", "v", "", "Diskominfo"]
        )
    return df.ods_file(
        path,
        {
            "Peta Rencana": rows,
            "Anggaran": [["Tahun", "Pagu (juta rupiah)"], [2023, 1450], [2024, 1720], [2025, 1980]],
        },
    )


def _inventaris_xlsx(path: Path) -> Path:
    rows: list[list[object]] = [
        ["No", "Nama Aset", "Jenis", "Lokasi", "Tahun Perolehan", "Kondisi", "Pemilik"]
    ]
    assets = [
        ("Server Rack 42U", "Perangkat keras", "Pusat Data"),
        ("Firewall NGFW", "Jaringan", "Pusat Data"),
        ("Core Switch L3", "Jaringan", "Pusat Data"),
        ("Storage SAN 40 TB", "Perangkat keras", "Pusat Data"),
        ("Aplikasi SRIKANDI", "Aplikasi", "Cloud Nasional"),
        ("Aplikasi e-SAKIP", "Aplikasi", "Pusat Data"),
        ("Router VPN Kecamatan", "Jaringan", "18 Kecamatan"),
        ("UPS 10 kVA", "Perangkat keras", "Pusat Data"),
    ]
    for i, (name, kind, place) in enumerate(assets, start=1):
        rows.append([i, name, kind, place, 2018 + i % 6, "Baik" if i % 3 else "Rusak ringan", "Diskominfo"])
    return df.xlsx_file(path, {"Inventaris Aset TIK": rows})


def _zip_rapat(path: Path) -> Path:
    scratch = path.parent / "_tmp_zip"
    try:
        undangan = df.text_pdf(
            scratch / "u.pdf",
            tx.undangan_rapat(R, kind="evaluasi", number="005/377/Setda/2023", day=dt.date(2023, 7, 20)),
        )
        notulen = _docx_pages(
            scratch / "n.docx", tx.notulen_rapat(R, kind="evaluasi", day=dt.date(2023, 7, 20))
        )
        return df.zip_file(
            path,
            {
                "Undangan Rapat Penilaian Mandiri.pdf": undangan.read_bytes(),
                "Notulen Rapat Penilaian Mandiri.docx": notulen.read_bytes(),
            },
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _akun_demo_txt(path: Path) -> Path:
    name, url, _, figures = tx.SCREEN_APPS["srikandi"]
    lines = [
        f"Aplikasi {name} - Pemerintah {R.full}",
        f"URL: {url}",
        "Akun demo untuk asesor:",
        "  pengguna   : asesor.spbe",
        "  kata sandi : Demo#2023",
        "",
        "Fitur yang dapat diperiksa:",
    ]
    lines += [f"  - {f}" for f in figures] + [
        "",
        "Video penggunaan: https://video.sukamajukab.go.id/srikandi-demo",
    ]
    return df.text_file(path, "\n".join(lines) + "\n")


def _jdih_html(path: Path) -> Path:
    return df.html_file(
        path,
        "JDIH Kabupaten Sukamaju - Produk Hukum",
        [
            "Jaringan Dokumentasi dan Informasi Hukum Kabupaten Sukamaju terintegrasi dengan JDIH Nasional (jdihn.go.id).",
            "Peraturan Bupati Sukamaju Nomor 12 Tahun 2023 tentang Sistem Pemerintahan Berbasis Elektronik - unduh PDF.",
            "Keputusan Bupati Sukamaju Nomor 100.3.3.2/215/2023 tentang Pembentukan Tim Koordinasi SPBE - unduh PDF.",
            "Fitur: pencarian produk hukum, unduh dokumen, statistik pengunjung, abstrak peraturan.",
        ],
    )


SAMPLES: tuple[Sample, ...] = (
    Sample(
        f"{POLICY}/1a-Perbup-SPBE-2023.pdf",
        lambda p: df.text_pdf(
            p,
            tx.perkada_spbe(R, tx.RegSpec(topics=tuple(t for t in tx.ALL_TOPICS if t != "manajemen_data"))),
            footer=JDIH_FOOTER,
        ),
        "perkada",
        "enacted",
        (1, 2, 4, 5, 6, 7, 8, 9, 10),
        "Umbrella Perbup SPBE, enacted (number, ttd, Berita Daerah); covers every policy topic except Manajemen "
        "Data (only defined in Pasal 1); all units; periodic review and national integration clauses.",
    ),
    Sample(
        f"{POLICY}/1b-Rancangan-Perbup-Manajemen-Data-2024.docx",
        _rancangan_manajemen_data,
        "perkada",
        "draft",
        (3,),
        "Draft Perbup on Manajemen Data: RANCANGAN only in the Word header, blank number and dates, no ttd.",
        year=2024,
        traps=("draft", "marker_in_header"),
    ),
    Sample(
        f"{POLICY}/1c-Permen-PANRB-59-2020.pdf",
        lambda p: df.text_pdf(p, tx.permen_panrb_59_2020()),
        "peraturan_menteri",
        "enacted",
        (),
        "National regulation filed as if it were the agency's own policy; not internal policy evidence.",
        issuer="Kementerian PANRB",
        year=2020,
        traps=("national_as_own_policy",),
    ),
    Sample(
        f"{POLICY}/1d-Perwal-Mekarsari-SPBE-2022.pdf",
        lambda p: df.text_pdf(
            p, tx.perkada_spbe(tx.MEKARSARI, tx.RegSpec(number=45, year=2022, enacted=dt.date(2022, 11, 3)))
        ),
        "perkada",
        "enacted",
        (),
        "Another region's Perwal (Kota Mekarsari) used as a template; proves nothing for Sukamaju.",
        issuer="Kota Mekarsari",
        year=2022,
        traps=("other_region",),
    ),
    Sample(
        f"{POLICY}/1e-Laporan-Evaluasi-Kebijakan-SPBE-2023.pdf",
        lambda p: df.text_pdf(p, tx.laporan_monev(R, year=2023, n_pages=6)),
        "laporan",
        "unknown",
        (1, 2, 4, 5, 6, 7, 8, 9, 10, 19),
        "Monitoring and evaluation report of SPBE policy (periodic review evidence, level 4).",
    ),
    Sample(
        f"{POLICY}/10a-SK-Tim-Koordinasi-SPBE-2023.pdf",
        lambda p: df.text_pdf(p, tx.keputusan_tim_koordinasi(R, esign=True)),
        "keputusan",
        "enacted",
        (10, 19),
        "Keputusan Bupati on the Tim Koordinasi SPBE, electronically signed (BSrE note), member table.",
    ),
    Sample(
        f"{POLICY}/10b-SK-Perubahan-Tim-Koordinasi-2024.docx",
        _sk_unsigned,
        "keputusan",
        "unknown",
        (10, 19),
        "Amended SK with a number and date but no signature ('ttd' missing): not evidence of enactment.",
        year=2024,
        traps=("unsigned",),
    ),
    Sample(
        f"{POLICY}/10c-SK-Tim-Koordinasi-SPBE-2019.pdf",
        lambda p: df.text_pdf(
            p, tx.keputusan_tim_koordinasi(R, number="800/112/2019", year=2019, enacted=dt.date(2019, 4, 22))
        ),
        "keputusan",
        "enacted",
        (10, 19),
        "Old Tim Koordinasi SK superseded by the 2023 SK: stale evidence.",
        year=2019,
        traps=("stale",),
    ),
    Sample(
        f"{PLAN}/11a-Arsitektur-SPBE-2023-2027.pdf",
        lambda p: df.text_pdf(p, tx.dokumen_perencanaan(R, kind="arsitektur", n_pages=5)),
        "dokumen_perencanaan",
        "unknown",
        (11,),
        "Arsitektur SPBE document naming the referensi arsitektur and all six domains.",
    ),
    Sample(
        f"{PLAN}/12a-Peta-Rencana-SPBE-2023-2027.ods",
        _peta_rencana_ods,
        "dokumen_perencanaan",
        "unknown",
        (12,),
        "Peta Rencana SPBE as a spreadsheet: the seven muatan by year and a budget sheet.",
    ),
    Sample(
        f"{TIK}/16a-SOP-Penggunaan-Pusat-Data.xlsx",
        _sop_xlsx,
        "sop",
        "enacted",
        (16,),
        "SOP AP in Excel: identity sheet with Pengesahan (ttd, NIP) and Tanggal Efektif, activity sheet.",
    ),
    Sample(
        f"{TIK}/17a-SOP-Jaringan-Intra.pdf",
        lambda p: df.text_pdf(
            p,
            tx.sop_ap(
                R,
                tx.SopSpec(
                    topic="jaringan_intra", number="046/SOP/DISKOMINFO/2023", effective=None, approved=False
                ),
            ),
        ),
        "sop",
        "draft",
        (17,),
        "SOP without Pengesahan: 'Disahkan oleh' and 'Tanggal Efektif' are empty.",
        traps=("sop_unsigned",),
    ),
    Sample(
        f"{TIM}/19a-Undangan-Rapat-Reviu-SPBE.jpg",
        lambda p: df.image_file(
            p,
            tx.undangan_rapat(R)[0],
            fmt="JPEG",
            dpi=SCAN_DPI,
            exif_orientation=6,
            noise=0.002,
            skew_deg=-1.2,
        ),
        "undangan",
        "unknown",
        (19, 1, 2, 8, 10),
        "Phone photo of the meeting invitation; pixels stored sideways with EXIF Orientation 6.",
        scanned_pages=1,
        traps=("exif_rotated",),
    ),
    Sample(
        f"{TIM}/19b-Notulen-Rapat-Reviu-SPBE.pdf",
        lambda p: df.scanned_pdf(
            p, tx.notulen_rapat(R, kind="reviu"), dpi=SCAN_DPI, noise=0.003, skew_deg=0.6
        ),
        "notulen",
        "unknown",
        (19, 1, 2, 3, 8, 10, 12),
        "Scanned minutes (image-only, 2 pages) of the periodic policy review: level-4 evidence once OCR'd.",
        scanned_pages=2,
        traps=("image_only",),
    ),
    Sample(
        f"{TIM}/19c-Daftar-Hadir-Rapat-Reviu.pdf",
        lambda p: df.scanned_pdf(p, tx.daftar_hadir(R, kind="reviu"), dpi=SCAN_DPI, rotate=90, noise=0.002),
        "lainnya",
        "unknown",
        (19,),
        "Attendance list scanned sideways (page content rotated 90 degrees, no text layer).",
        scanned_pages=1,
        traps=("image_only", "rotated"),
    ),
    Sample(
        f"{TIM}/19d-Paparan-Progres-SPBE-2023.pptx",
        lambda p: df.pptx_file(p, tx.paparan_slides(R)),
        "paparan",
        "unknown",
        (19,),
        "Progress slides with speaker notes from a Tim Koordinasi meeting.",
    ),
    Sample(
        f"{TIM}/19e-Pedoman-Manajemen-Keamanan-Informasi.pdf",
        lambda p: df.text_pdf(p, tx.pedoman(R, topic="keamanan")),
        "pedoman",
        "unknown",
        (8, 22),
        "Security-management guideline filed under indicator 19 although it evidences 8 and 22.",
        traps=("wrong_folder",),
    ),
    Sample(
        f"{TIM}/19f-Dokumentasi-Rapat-Penilaian-Mandiri.zip",
        _zip_rapat,
        "lainnya",
        "unknown",
        (19,),
        "ZIP with an invitation (PDF) and minutes (DOCX) of the self-assessment meeting.",
    ),
    Sample(
        f"{ASET}/24a-Inventaris-Aset-TIK-2023.xlsx",
        _inventaris_xlsx,
        "lainnya",
        "unknown",
        (24,),
        "ICT asset inventory: practice exists, but no pedoman manajemen aset TIK (level 1-2 at most).",
    ),
    Sample(
        f"{ASET}/24b-BA-Serah-Terima-Aset-TIK-2023.pdf",
        _half_downloaded_pdf,
        "lainnya",
        "unknown",
        (),
        "A half-downloaded upload (the PDF stops mid-stream): the report must show it as unreadable, not skip it.",
        traps=("truncated upload",),
    ),
    Sample(
        f"{AUDIT}/31a-Laporan-Audit-Keamanan-SPBE-2023.pdf",
        lambda p: df.text_pdf(p, tx.laporan_audit_tik(R, kind="keamanan", external=False, n_pages=4)),
        "laporan",
        "unknown",
        (31,),
        "Security audit by the internal Inspektorat (no certified external auditor: at most level 3).",
    ),
    Sample(
        f"{ARSIP}/37a-Tangkapan-Layar-SRIKANDI.pdf",
        lambda p: df.text_pdf(p, tx.screenshot_captions("srikandi", R)),
        "tangkapan_layar",
        "unknown",
        (37,),
        "Screenshot caption page of e-Office SRIKANDI: disposisi and electronic signature.",
    ),
    Sample(
        f"{ARSIP}/37b-Akun-Demo-SRIKANDI.txt",
        _akun_demo_txt,
        "lainnya",
        "unknown",
        (37,),
        "Plain-text note with the application URL and a demo account for assessors.",
    ),
    Sample(
        f"{JDIH}/44a-Portal-JDIH.html",
        _jdih_html,
        "lainnya",
        "unknown",
        (44,),
        "Saved web page of the JDIH portal listing the regulations, integrated with JDIHN.",
    ),
)

# indikator, claimed level, explanation (FAKTA + ANALISIS + JUSTIFIKASI); several are over-claimed on purpose.
KLAIM: tuple[tuple[int, int, str], ...] = (
    (
        1,
        4,
        (
            "Kebijakan Arsitektur SPBE tercantum dalam Peraturan Bupati Sukamaju Nomor 12 Tahun 2023 Pasal 2-4 "
            "(file 1a-Perbup-SPBE-2023.pdf); reviu berkala dibuktikan notulen 19b."
        ),
    ),
    (2, 4, "Peta Rencana SPBE diatur dalam Perbup 12/2023 Pasal 5-7; direviu dalam rapat 12 Oktober 2023."),
    (3, 3, "Kebijakan Manajemen Data diatur dalam Peraturan Bupati tentang Manajemen Data (file 1b)."),
    (4, 3, "Pembangunan Aplikasi SPBE diatur Perbup 12/2023 dan berlaku bagi seluruh Perangkat Daerah."),
    (5, 3, "Layanan Pusat Data diatur Perbup 12/2023 bagi seluruh Perangkat Daerah."),
    (6, 3, "Jaringan Intra diatur Perbup 12/2023 bagi seluruh Perangkat Daerah."),
    (7, 3, "Sistem Penghubung Layanan diatur Perbup 12/2023."),
    (8, 4, "Manajemen Keamanan Informasi diatur Perbup 12/2023 dan Pedoman Manajemen Keamanan Informasi."),
    (9, 3, "Audit TIK (infrastruktur, aplikasi, keamanan) diatur Perbup 12/2023."),
    (10, 4, "Tim Koordinasi SPBE ditetapkan dengan Keputusan Bupati Nomor 100.3.3.2/215/2023 (file 10a)."),
    (11, 3, "Arsitektur SPBE 2023-2027 memuat seluruh domain arsitektur (file 11a)."),
    (12, 3, "Peta Rencana SPBE 2023-2027 memuat seluruh muatan (file 12a)."),
    (16, 3, "Pusat Data digunakan seluruh Perangkat Daerah sesuai SOP (file 16a)."),
    (17, 3, "Jaringan Intra dioperasikan sesuai SOP Jaringan Intra (file 17a)."),
    (19, 4, "Tim Koordinasi melaksanakan program kerja dan reviu (file 19a-19f)."),
    (22, 3, "Manajemen keamanan informasi diterapkan seluruh unit sesuai pedoman."),
    (24, 2, "Aset TIK diinventarisasi (file 24a)."),
    (31, 4, "Audit keamanan SPBE dilaksanakan tahun 2023 (file 31a)."),
    (37, 3, "Layanan kearsipan menggunakan SRIKANDI dengan disposisi dan TTE (file 37a, 37b)."),
    (44, 2, "Portal JDIH menyediakan unduhan produk hukum (file 44a)."),
)


def _clean(out: Path) -> None:
    for child in out.iterdir():
        if child.is_dir() and child.name.startswith("Indikator"):
            shutil.rmtree(child)


# What an assessor would give for the period 2023 from these files alone: (lowest, highest) defensible level
# and why. A range where the criterion needs judgement (e.g. whether a clause is "integration").
EXPECTED_LEVELS: dict[int, tuple[int, int, str]] = {
    1: (
        4,
        4,
        "enacted Perbup, referensi + all six domains, all units, national integration; 2023 review minutes",
    ),
    2: (3, 4, "all seven muatan; L4 needs alignment with Peta Rencana SPBE Nasional, which no clause names"),
    3: (1, 1, "only a draft (1b); the enacted Perbup merely defines Manajemen Data in Pasal 1, no norms"),
    4: (3, 4, "development cycle + consultation with the Dinas; review clause and minutes"),
    5: (3, 4, "all units; Pusat Data Nasional named in the integration clause; review"),
    6: (3, 4, "all units; Jaringan Intra Pemerintah named in the integration clause; review"),
    7: (3, 4, "all units; Sistem Penghubung Layanan Pemerintah named in the integration clause; review"),
    8: (3, 4, "all six SMKI elements in the Perbup; all units; review"),
    9: (3, 4, "infrastruktur, aplikasi and keamanan audits regulated; review"),
    10: (3, 4, "Perbup chapter + enacted 2023 SK (10b unsigned, 10c superseded do not count)"),
    11: (2, 3, "complete Arsitektur document, but no evidence that it was itself reviewed"),
    12: (2, 3, "all seven muatan by year; no RKA/DPA of three years for level 4"),
    16: (2, 3, "approved SOP, but the review minutes say only 31 of 38 units use the Pusat Data"),
    17: (1, 2, "the SOP is not approved (no Pengesahan); no list of connected units"),
    19: (3, 4, "SK, invitation, minutes, attendance, slides and a monitoring report of the programme"),
    22: (1, 2, "a pedoman (misfiled under 19) but no evidence that it is applied"),
    24: (1, 2, "an inventory only: no pedoman manajemen aset TIK"),
    31: (2, 3, "internal Inspektorat audit; level 4 needs a certified external auditor"),
    37: (2, 3, "captions describe disposisi and electronic signature (transaction) but show no screens"),
    44: (2, 4, "saved portal page claims integration with JDIHN; the claim itself is 2"),
}


def _labels_yaml(samples: tuple[Sample, ...]) -> str:
    """Hand-written YAML (no dependency on the order PyYAML emits keys)."""
    out = [
        ("# Ground truth for tests/data/sample_docs_spbe/ (59/2020), written by tests/build_sample_docs.py. "
        "Do not edit by hand."),
        "documents:",
    ]
    for s in samples:
        out += [
            f'  - path: "{s.path}"',
            f"    doc_type: {s.doc_type}",
            f"    status: {s.status}",
            f'    issuer: "{s.issuer}"',
            f"    year: {s.year if s.year is not None else 'null'}",
            f"    indicators: [{', '.join(str(i) for i in s.indicators)}]",
            f"    scanned_pages: {s.scanned_pages}",
            f"    traps: [{', '.join(s.traps)}]",
            f'    note: "{s.note}"',
        ]
    out.append("# Levels an assessor would defend for period 2023 from these files alone (min..max, why).")
    out.append("expected_levels:")
    for indicator, (low, high, why) in sorted(EXPECTED_LEVELS.items()):
        out.append(f'  {indicator}: {{min: {low}, max: {high}, why: "{why}"}}')
    return "\n".join(out) + "\n"


def _klaim_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["indikator", "level", "penjelasan"])
    writer.writerows(KLAIM)
    return buffer.getvalue()


def _readme(samples: tuple[Sample, ...]) -> str:
    rows = "\n".join(
        f"| `{s.path}` | {s.doc_type} | {s.status} | {', '.join(map(str, s.indicators)) or '-'} | "
        f"{', '.join(s.traps) or '-'} | {s.note} |"
        for s in samples
    )
    scanned = sum(s.scanned_pages for s in samples)
    return f"""## The 59/2020 SPBE sample: `tests/data/sample_docs_spbe/`

The evidence folder the same kabupaten would have uploaded under PermenPANRB 59/2020 (47 indicators), kept
for the 59/2020 goldens (`tests/golden/sample_docs.*`) and tests; its period is 2024.

It looks like a real SPBE upload: one folder per indicator group, file names like `1a-Perbup-SPBE-2023.pdf`,
every supported format (text PDF, image-only scanned PDF, an EXIF-rotated phone JPEG, DOCX, XLSX, ODS, PPTX,
TXT, HTML, ZIP) and the failures assessors meet. {len(samples)} files, {scanned} pages that need OCR.

Ground truth for tests: `tests/data/sample_docs_labels.yaml` (one entry per file below, plus
`expected_levels`: the level range an assessor would defend per claimed indicator, with the reason) and the agency's
self-assessment claims `tests/data/sample_klaim.csv` (`indikator,level,penjelasan`; several are over-claimed:
3, 17, 22, 31 and the level-4 claims that rest on a policy review).

`status` is judged only where it applies (regulations, decrees, SOPs); minutes, reports, invitations and other
supporting documents are labelled `unknown`.

Not present: legacy `.xls`/`.doc` (no writer available offline); tests that need them must skip.

| file | type | status | indicators | traps | what an assessor would say |
|---|---|---|---|---|---|
{rows}
"""


def generate(out: Path = HERE) -> list[Path]:
    """Write every sample file under `out` (old `Indikator*` folders are removed first)."""
    _clean(out)
    written = []
    for sample in SAMPLES:
        target = out / sample.path
        target.parent.mkdir(parents=True, exist_ok=True)
        sample.build(target)
        written.append(target)
    return written


def _report(written: list[Path], root: Path) -> None:
    total = sum(p.stat().st_size for p in written)
    for path in written:
        print(f"{path.stat().st_size:>9,d}  {path.relative_to(root)}")
    print(f"{root.relative_to(ROOT)}: {len(written)} files, {total / 1e6:.2f} MB")


def main(argv: list[str]) -> None:
    """`build_sample_docs.py [all|pemdi|spbe]`: the PDF bytes depend on the serif font installed (Liberation
    before DejaVu, see docfactory.find_font), so rebuild only the sample you changed."""
    which = argv[0] if argv else "all"
    if which not in ("all", "pemdi", "spbe"):
        raise SystemExit(f"usage: build_sample_docs.py [all|pemdi|spbe], not {which!r}")
    if which in ("all", "spbe"):
        written = generate()
        LABELS_PATH.parent.mkdir(parents=True, exist_ok=True)
        LABELS_PATH.write_text(_labels_yaml(SAMPLES), encoding="utf-8")
        KLAIM_PATH.write_text(_klaim_csv(), encoding="utf-8")
        _report(written, HERE)
    if which in ("all", "pemdi"):
        pemdi = sample_pemdi.generate()
        sample_pemdi.write_data_files()
        _report(pemdi, sample_pemdi.OUT)
    DOC_PATH.write_text(sample_pemdi.readme() + "\n" + _readme(SAMPLES), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
