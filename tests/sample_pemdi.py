"""The 2026 Pemdi submission of the fictional Kabupaten Sukamaju: `sample_docs/`, its labels and its claims form.

Built by `tests/build_sample_docs.py` (deterministic). The folder is organised like an agency's upload
folder (some folders per indicator, loose files, one ZIP) and plants the refusal patterns assessors used
in 2026 (framework notes pemdi-2026.md §5, §8): wrong object, budget without the sub-activity line, old
instrument, another region's document, a login page as service evidence, items left empty, and higher
levels uploaded while a lower one fails. Written beside it, outside the input folder:

- `tests/data/pemdi_sample_labels.yaml`: per file what it is; per item the verdict an assessor would give
  looking at the whole submission (and, where it differs, the verdict of the item as the agency filed
  it); the indicator values under the shared model (§5) and the index.
- `tests/data/pemdi_klaim.csv`: the self-assessment in the Pemdi form (UTF-8 with BOM, CRLF), with
  over-claims and one under-claim.
"""

from __future__ import annotations

import csv
import io
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import docfactory as df
from tests import pemditexts as px

OUT = ROOT / "sample_docs"
LABELS_PATH = ROOT / "tests" / "data" / "pemdi_sample_labels.yaml"
KLAIM_PATH = ROOT / "tests" / "data" / "pemdi_klaim.csv"
SCAN_DPI = 200
PHOTO_DPI = 170

# ---------------------------------------------------------------------------------------------- framework facts
# Items per level for I1..I20 (pemdi-2026.md §7) and weights (§2); the index model of §4-§5.
ITEMS_PER_LEVEL: dict[int, tuple[int, int, int, int, int]] = {
    1: (1, 4, 4, 2, 3), 2: (2, 1, 1, 1, 1), 3: (5, 5, 5, 4, 6), 4: (3, 2, 2, 2, 2), 5: (1, 1, 1, 1, 1),
    6: (1, 1, 1, 1, 1), 7: (1, 1, 1, 1, 1), 8: (7, 7, 7, 7, 7), 9: (2, 1, 1, 1, 1), 10: (1, 2, 1, 1, 1),
    11: (1, 1, 1, 1, 2), 12: (2, 3, 1, 1, 1), 13: (3, 3, 4, 1, 1), 14: (4, 2, 2, 1, 2), 15: (2, 3, 2, 3, 2),
    16: (3, 2, 1, 2, 2), 17: (2, 2, 4, 3, 2), 18: (2, 2, 2, 2, 2), 19: (2, 1, 1, 3, 2), 20: (4, 3, 6, 5, 5),
}
WEIGHTS = {1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 3, 7: 3, 8: 4, 9: 4, 10: 4, 11: 3, 12: 4, 13: 5, 14: 5, 15: 4, 16: 4,
           17: 4, 18: 3, 19: 10, 20: 15}
ASPECTS = (
    ("Tata Kelola dan Manajemen", (1, 2)),
    ("Penyelenggara", (3, 4)),
    ("Data", (5, 6, 7, 8)),
    ("Keamanan Pemerintah Digital", (9, 10, 11, 12)),
    ("Teknologi Pemerintah Digital", (13, 14)),
    ("Keterpaduan Layanan Digital Pemerintah", (15, 16, 17, 18)),
    ("Kepuasan Pengguna Layanan Digital Pemerintah", (19, 20)),
)
EXTERNAL = (5, 6, 7, 18)  # fed by SDI, SJIG, IPS: 1.00 while the external index is pending
LEVEL_DELTA = (0.5, 1.0, 1.0, 0.5, 1.0)
# Band upper edges; a value on an edge belongs to the lower band, as the 2026 assessors labelled 1.50 and 2.50.
PREDICATES = ((1.50, "Kurang"), (2.50, "Cukup"), (3.50, "Baik"), (4.00, "Sangat Baik"), (5.00, "Memuaskan"))

# ---------------------------------------------------------------------------------------------- folders
LOOSE = ""
TK = "I1 Tata Kelola"
KOL = "I4 Kolaborasi"
PDP = "I8 Pelindungan Data Pribadi"
AUDIT = "I9 Audit Keamanan dan Teknologi"
KEAMANAN = "I10 Keamanan Siber"
KRIPTO = "I11 Kriptografi"
INSIDEN = "I12 Penanganan Insiden Siber"
APLIKASI = "I13 Aplikasi"
INFRA = "I14 Infrastruktur"
PROBIS = "I15 Proses Bisnis"
INTEGRASI = "I16 Integrasi Aplikasi"
PORTAL = "I17 Portal Layanan"
SLA = "I19 Dukungan Pengguna"
SKM = "I20 Kepuasan Pengguna"


def _p(folder: str, name: str) -> str:
    return f"{folder}/{name}" if folder else name


# File paths, named once: the items below refer to them.
F_PENGANTAR = _p(LOOSE, "Surat Pengantar Bukti Dukung Pemdi 2026.pdf")
F_FOTO_UNDANGAN = _p(LOOSE, "IMG_20260708_101522.jpg")
F_ZIP = _p(LOOSE, "Dokumentasi Rapat Penilaian Mandiri Pemdi 2026.zip")
F_RANCANGAN = _p(TK, "I1-L1-01 Rancangan Perbup RA Pemdi 2026-2029.docx")
F_RPJMD = _p(TK, "I1-L2-01 Kutipan Perda RPJMD 2025-2029.pdf")
F_RENJA = _p(TK, "I1-L2-01 Renja Diskominfo 2026.pdf")
F_RENSTRA = _p(TK, "Renstra Diskominfo 2025-2029 Bab V.pdf")
F_SIAP = _p(TK, "I1-L2-02 SIAP Digital Arsitektur Layanan.png")
F_NOTULEN = _p(TK, "I1-L2-03 Notulen Konsolidasi RA Pemdi.pdf")
F_HADIR = _p(TK, "I1-L2-03 Daftar Hadir Konsolidasi (scan).pdf")
F_DPA = _p(TK, "I1-L2-04 DPA 2026 Sub Kegiatan 2.16.03.2.02.0037.pdf")
F_REVIU = _p(TK, "I1-L4-01 Laporan Reviu Tata Kelola dan Manajemen Layanan 2026.pdf")
F_SK_TIM = _p(KOL, "I4-L1-01 Kepbup Tim Koordinasi Pemdi.pdf")
F_KOLABORASI = _p(KOL, "I4-L1-03 Laporan Kolaborasi Antar PD Smt I 2026.docx")
F_PKS = _p(KOL, "I4-L2-02 PKS Sukamaju-Mekarsari Berbagi Pakai Data.pdf")
F_PDP_KONDISI = _p(PDP, "I8-L1 Laporan Kondisi dan Kebutuhan PDP 2026.pdf")
F_PERWAL = _p(PDP, "I8-L2-01 Perwal Mekarsari 17 2025 PDP.pdf")
F_PPDP = _p(PDP, "I8-L2-03 Kepbup Pejabat PDP.pdf")
F_ASESOR = _p(AUDIT, "I9-L1-01 SK Tim Asesor Internal Pemdi 2026.pdf")
F_AUDIT_2023 = _p(AUDIT, "I9-L1-01 SK Tim Audit Keamanan SPBE 2023.pdf")
F_KAMI = _p(KEAMANAN, "I10-L1-01 Hasil Indeks KAMI 2023.xlsx")
F_KRIPTO = _p(KRIPTO, "I11-L1-01 Laporan Penerapan Kriptografi 2026.pdf")
F_INSIDEN = _p(INSIDEN, "I12-L1-01 Laporan Insiden Siber Smt I 2026.pdf")
F_IKASANDI = _p(INSIDEN, "I12-L2-02 Hasil IKASANDI 2026.pdf")
F_CSIRT = _p(INSIDEN, "I12-L2-01 Kepbup Sukamaju-CSIRT.pdf")
F_REKAP = _p(APLIKASI, "I13-L1-02 DPA 2026 Rekapitulasi.pdf")
F_PAPARAN = _p(INFRA, "Paparan Infrastruktur dan Intranet 2026.pptx")
F_PASAL = _p(PROBIS, "I15-L1-01 Perbup 12 2023 Pasal Arsitektur.pdf")
F_MATRIKS = _p(INTEGRASI, "Matriks Integrasi Aplikasi 2026.xlsx")
F_PORTAL = _p(PORTAL, "I17-L1-01 Portal Sukamaju.png")
F_LOGIN = _p(PORTAL, "I17-L2-02 Halaman Login SiPelita.png")
F_SLA_LIST = _p(SLA, "I19-L1 Daftar Layanan dan SLA 2026.xlsx")
F_SLA_DASBOR = _p(SLA, "I19-L2-01 Dasbor SLA.png")
F_SKM = _p(SKM, "I20-L1 Laporan SKM Layanan Digital Smt I 2026.pdf")


# ---------------------------------------------------------------------------------------------- builders
def _pdf(pages_fn: Callable[[], list[str]], footer: str | None = None) -> Callable[[Path], object]:
    return lambda p: df.text_pdf(p, pages_fn(), footer=footer)


def _paragraphs(pages: Sequence[str]) -> tuple[list[str], list[list[str]]]:
    """Body lines and the tables among them (lines with ' | '), for a Word document."""
    paragraphs: list[str] = []
    tables: list[list[str]] = []
    rows: list[list[str]] = []
    for line in (ln for page in pages for ln in page.splitlines()):
        if " | " in line:
            rows.append(line.split(" | "))
            continue
        if rows:
            tables.append(rows)  # type: ignore[arg-type]
            rows = []
        if line.strip():
            paragraphs.append(line)
    if rows:
        tables.append(rows)  # type: ignore[arg-type]
    return paragraphs, tables


def _docx(pages_fn: Callable[[], list[str]], header: str | None = None) -> Callable[[Path], object]:
    def build(path: Path) -> Path:
        paragraphs, tables = _paragraphs(pages_fn())
        return df.docx_file(path, paragraphs, tables=tables, header=header)  # type: ignore[arg-type]

    return build


def _screen(screen_fn: Callable[[], px.Screen]) -> Callable[[Path], object]:
    def build(path: Path) -> Path:
        s = screen_fn()
        return df.screenshot_image(path, tab=s.tab, url=s.url, header=s.header, body=s.body, status=s.status)

    return build


def _zip_penilaian_mandiri(path: Path) -> Path:
    scratch = path.parent / "_tmp_zip"
    try:
        undangan = df.text_pdf(scratch / "u.pdf", px.undangan_penilaian_mandiri())
        notulen = _docx(px.notulen_penilaian_mandiri)(scratch / "n.docx")
        return df.zip_file(path, {
            "Undangan Rapat Penilaian Mandiri.pdf": undangan.read_bytes(),
            "Notulen Rapat Penilaian Mandiri.docx": notulen.read_bytes(),  # type: ignore[union-attr]
        })
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _photo_undangan(path: Path) -> Path:
    page = px.undangan_konsolidasi()[0]
    return df.image_file(path, page, fmt="JPEG", dpi=PHOTO_DPI, exif_orientation=6, noise=0.002, skew_deg=1.1)


def _scan_daftar_hadir(path: Path) -> Path:
    return df.scanned_pdf(path, px.daftar_hadir_konsolidasi()[:1], dpi=SCAN_DPI, noise=0.002, skew_deg=-0.7)


# ---------------------------------------------------------------------------------------------- files
@dataclass(frozen=True)
class PemdiFile:
    """One file of the submission and what an assessor would say it is."""

    path: str
    build: Callable[[Path], object]
    doc_type: str
    subtype: str | None
    status: str  # enacted | draft | unknown (judged only for regulations, decrees, plans, budgets)
    number: str | None
    year: int | None
    pemdi_indicators: tuple[int, ...]
    filed_for: tuple[str, ...]  # items the agency uploaded it for (file name, claims note)
    note: str
    issuer: str = "Kabupaten Sukamaju"
    scanned_pages: int = 0  # pages that need OCR
    traps: tuple[str, ...] = ()


FILES: tuple[PemdiFile, ...] = (
    PemdiFile(F_PENGANTAR, _pdf(px.surat_pengantar), "lainnya", None, "unknown", "000.8.3/418/Setda/2026", 2026,
              (), (), "Cover letter of the submission from the Sekda to KemenPANRB: no item asks for it."),
    PemdiFile(F_FOTO_UNDANGAN, _photo_undangan, "undangan", None, "unknown", "000.8.3/371/Setda/2026", 2026, (1,),
              ("I1-L2-03",), "Phone photo (EXIF orientation 6) of the invitation to the RA consolidation meeting.",
              scanned_pages=1, traps=("exif_rotated",)),
    PemdiFile(F_ZIP, _zip_penilaian_mandiri, "lainnya", None, "unknown", None, 2026, (), ("I1-L2-03",),
              "ZIP: invitation (PDF) and minutes (DOCX) of the self-assessment meeting. Evaluation minutes, not the "
              "planning consolidation I1-L2-03 asks for.", traps=("wrong_object",)),
    PemdiFile(F_RANCANGAN, _docx(px.rancangan_perbup_ra_pemdi, header="RANCANGAN - bahan pembahasan Bagian Hukum"),
              "perkada", "peta_rencana", "draft", None, 2026, (1,), ("I1-L1-01", "I1-L3-01"),
              "Draft Perbup on the RA Pemdi 2026-2029 with the RA-to-plan matrix: blank number and dates, no ttd. "
              "Accepted at I1-L1-01 (RA being drafted), not as an adopted plan.", traps=("draft",)),
    PemdiFile(F_RPJMD, _pdf(px.kutipan_rpjmd, footer="jdih.sukamajukab.go.id  |  halaman {page}"), "perda", "rpjmd",
              "enacted", "4", 2025, (1,), ("I1-L2-01",),
              "Excerpt of the RPJMD Perda 4/2025: title page and Bab VI with programme 2.16.03 and an Indeks Pemdi "
              "target."),
    PemdiFile(F_RENJA, _pdf(px.renja_diskominfo), "dokumen_perencanaan", "renja", "enacted", None, 2026,
              (1, 2, 4, 12), ("I1-L2-01",),
              "Renja Diskominfo 2026 with an RA Pemdi section carrying 5 of the RA actions (the rest deferred): "
              "part of the RA adopted (I1-L2-01); its lines back I2-L1-01 and I4-L1-02 too."),
    PemdiFile(F_RENSTRA, _pdf(px.renstra_diskominfo), "dokumen_perencanaan", "renstra", "enacted", None, 2025, (1,),
              (), "Renstra Diskominfo 2025-2029, Bab V: programme 2.16.03 with Indeks Pemdi targets; defers the RA "
              "Pemdi itself to the yearly Renja. Supporting, not filed for an item."),
    PemdiFile(F_SIAP, _screen(px.layar_siap_digital), "tangkapan_layar", "arsitektur", "unknown", None, 2026, (1,),
              ("I1-L2-02", "I15-L1-02"),
              "SIAP Digital screenshot, Arsitektur Layanan tab: 3 of 27 services mapped, agency and date shown. "
              "Backs I1-L2-02; it is the service domain, not the business-process domain I15 asks for.",
              scanned_pages=1, traps=("wrong_object",)),
    PemdiFile(F_NOTULEN, _pdf(px.notulen_konsolidasi), "notulen", "notulen_rapat", "unknown", None, 2026, (1,),
              ("I1-L2-03",), "Minutes of the Tim Koordinasi Pemdi meeting consolidating the RA into the plans "
              "(18 of 27 actions, 67%)."),
    PemdiFile(F_HADIR, _scan_daftar_hadir, "lainnya", None, "unknown", None, 2026, (1,), ("I1-L2-03",),
              "Scanned attendance list (image only) of the consolidation meeting.", scanned_pages=1,
              traps=("image_only",)),
    PemdiFile(F_DPA, _pdf(px.dpa_subkegiatan), "dokumen_perencanaan", "dpa", "enacted", px.DPA_NUMBER, 2026, (1,),
              ("I1-L2-04",), "SIPD print of the DPA rincian belanja for sub-activity 2.16.03.2.02.0037 (coordination "
              "of the RA Pemdi), Rp 425 juta: the budget line I1-L2-04 needs."),
    PemdiFile(F_REVIU, _pdf(px.laporan_reviu_tata_kelola), "laporan", "laporan_reviu", "unknown", None, 2026, (1, 2, 19),
              ("I1-L4-01", "I2-L4-01"),
              "Review of Pemdi governance and service management naming problems and recommendations; uploaded at "
              "level 4 while level 3 fails, so refused automatically.", traps=("auto_rejected",)),
    PemdiFile(F_SK_TIM, _pdf(px.sk_tim_koordinasi_pemdi), "keputusan", "sk_tim_koordinasi", "enacted",
              "100.3.3.2/062/2026", 2026, (1, 4), ("I4-L1-01",),
              "Keputusan Bupati forming the Tim Koordinasi Pemdi (e-signed, member table); revokes the 2023 SPBE team."),
    PemdiFile(F_KOLABORASI, _docx(px.laporan_kolaborasi), "laporan", None, "unknown", None, 2026, (4,), ("I4-L1-03",),
              "Records of inter-unit collaboration (dates, units, results) in a Word report."),
    PemdiFile(F_PKS, _pdf(px.pks_mekarsari), "lainnya", "perjanjian_kerja_sama", "enacted", "000.4/27/PKS/2026", 2026,
              (4,), ("I4-L2-02",), "PKS with Kota Mekarsari on data sharing and service integration, signed by both "
              "Sekda."),
    PemdiFile(F_PDP_KONDISI, _pdf(px.laporan_kondisi_pdp), "laporan", None, "unknown", None, 2026, (8,),
              tuple(f"I8-L1-0{t}" for t in range(1, 8)),
              "Current state and needs of personal-data protection for each of the seven themes (I8 level 1)."),
    PemdiFile(F_PERWAL, _pdf(px.perwal_mekarsari_pdp, footer="jdih.mekarsarikota.go.id  |  halaman {page}"),
              "perkada", None, "enacted", "17", 2025, (), ("I8-L2-01",),
              "Kota Mekarsari's Perwal on data protection, filed as Sukamaju's PDP governance: another region's "
              "regulation.", issuer="Kota Mekarsari", traps=("foreign_issuer",)),
    PemdiFile(F_PPDP, _pdf(px.sk_pejabat_pdp), "keputusan", "sk_tim_ppdp", "enacted", "100.3.3.2/141/2026", 2026,
              (8,), ("I8-L2-03",), "Keputusan Bupati appointing the personal-data protection officers (PPDP/DPO)."),
    PemdiFile(F_ASESOR, _pdf(px.sk_tim_asesor_internal), "keputusan", "sk_tim_asesor", "enacted",
              "100.3.3.2/176/2026", 2026, (), ("I9-L1-01",),
              "SK of the Tim Asesor Internal (self-assessment team) filed for the audit team: wrong object.",
              traps=("wrong_object",)),
    PemdiFile(F_AUDIT_2023, _pdf(px.sk_tim_audit_2023), "keputusan", "sk_tim_auditor", "enacted", "800/045/Setda/2023",
              2023, (9,), ("I9-L1-01",),
              "Audit-team decree set by the Koordinator SPBE (right object) whose term ended on 31 December 2023.",
              traps=("stale",)),
    PemdiFile(F_KAMI, lambda p: df.xlsx_file(p, px.indeks_kami_rows()), "lainnya", "hasil_indeks", "unknown", None,
              2023, (10,), ("I10-L1-01",),
              "Indeks KAMI 2023 workbook filed as the IKASANDI result: older BSSN instrument, older than a year.",
              traps=("old_instrument",)),
    PemdiFile(F_KRIPTO, _pdf(px.laporan_kriptografi), "laporan", None, "unknown", None, 2026, (11,),
              ("I11-L1-01",), "Report on preparing cryptography: systems by category, algorithms, what is applied."),
    PemdiFile(F_INSIDEN, _pdf(px.laporan_insiden), "laporan", None, "unknown", None, 2026, (12,), ("I12-L1-01",),
              "Incident log of Sukamaju-CSIRT, January-June 2026."),
    PemdiFile(F_IKASANDI, _pdf(px.hasil_ikasandi), "laporan", "hasil_indeks", "unknown", None, 2026, (12,),
              ("I12-L1-02", "I12-L2-02", "I12-L2-03"),
              "IKASANDI 2026 self-assessment, area Penanganan Insiden Siber only: 1,72 (band L2). Backs the I12 "
              "items; says nothing about the Keamanan Siber area of I10."),
    PemdiFile(F_CSIRT, _pdf(px.sk_csirt), "keputusan", "sk_csirt", "enacted", "100.3.3.2/302/2025", 2025, (12,),
              ("I12-L2-01",), "Keputusan Bupati forming the TTIS Sukamaju-CSIRT."),
    PemdiFile(F_REKAP, _pdf(px.dpa_rekapitulasi), "dokumen_perencanaan", "dpa", "enacted", px.DPA_NUMBER, 2026,
              (13,), ("I13-L1-02",),
              "DPA recap page: programme and activity totals, no sub-activity line, so no app-development line.",
              traps=("budget_without_line",)),
    PemdiFile(F_PAPARAN, lambda p: df.pptx_file(p, px.paparan_infrastruktur()), "paparan", None, "unknown", None,
              2026, (14,), ("I14-L1-03", "I14-L2-01"),
              "Slides: intranet topology joined to the JIP (I14-L1-03) and PDNS use (uploaded at I14-L2-01 while "
              "level 1 is incomplete).", traps=("auto_rejected",)),
    PemdiFile(F_PASAL, _pdf(px.pasal_perbup_arsitektur, footer="jdih.sukamajukab.go.id"), "perkada",
              None, "enacted", "12", 2023, (1,), ("I15-L1-01",),
              "Two pages of the 2023 Perbup SPBE with its architecture articles, filed where the process "
              "architecture in SIAP Digital is asked: a decree article, not the architecture.",
              traps=("wrong_object",)),
    PemdiFile(F_MATRIKS, lambda p: df.xlsx_file(p, px.matriks_integrasi_rows()), "laporan", None, "unknown", None,
              2026, (16,), (), "Integration report with a matrix of app pairs, direction and mechanism (I16-L1-01); "
              "the agency did not claim it."),
    PemdiFile(F_PORTAL, _screen(px.layar_portal), "tangkapan_layar", "tangkapan_layar_aplikasi", "unknown", None,
              2026, (17,), ("I17-L1-01",), "Screenshot of the Pemda portal with URL bar, agency name and date.",
              scanned_pages=1),
    PemdiFile(F_LOGIN, _screen(px.layar_login), "tangkapan_layar", "tangkapan_layar_aplikasi", "unknown", None,
              2026, (), ("I17-L2-02",), "Login page of SiPelita: shows no service at all.", scanned_pages=1,
              traps=("login_page", "auto_rejected")),
    PemdiFile(F_SLA_LIST, lambda p: df.xlsx_file(p, px.sla_rows()), "lainnya", "sla", "unknown", None, 2026, (19,),
              ("I19-L1-01", "I19-L1-02"),
              "List of services with SLA targets: an SLA document (I19-L1-01); refused where the SLA-monitoring "
              "dashboard is asked (I19-L1-02).", traps=("wrong_object",)),
    PemdiFile(F_SLA_DASBOR, _screen(px.layar_dasbor_sla), "tangkapan_layar", "dasbor", "unknown", None, 2026, (19,),
              ("I19-L2-01",), "SLA dashboard per service (one channel, no per-stage view).", scanned_pages=1),
    PemdiFile(F_SKM, _pdf(px.laporan_skm), "laporan", "survei_kepuasan", "unknown", None, 2026, (20,),
              ("I20-L1-01", "I20-L1-02", "I20-L1-03"),
              "SKM report: online survey on the portal, vulnerable groups (disabled, elderly, women), 12-month "
              "transaction counts."),
)


# ---------------------------------------------------------------------------------------------- items
@dataclass(frozen=True)
class Item:
    """An assessor's verdict on one item, looking at the whole submission; `as_filed` is the portal's verdict
    on what the agency uploaded for that item when it differs."""

    code: str
    verdict: str  # accepted | wrong_evidence | missing | auto_rejected
    files: tuple[str, ...]
    why: str
    klaim: str  # ya | tidak (the self-assessment)
    keterangan: str = ""
    as_filed: str | None = None


CLAIMED_LEVELS = {1: 4, 2: 2, 4: 2, 8: 2, 9: 1, 10: 1, 11: 1, 12: 2, 13: 1, 14: 2, 15: 1, 16: 1, 17: 2, 19: 2, 20: 1}


def _missing(code: str, klaim: str = "tidak", keterangan: str = "") -> Item:
    return Item(code, "missing", (), "nothing in the submission shows it", klaim, keterangan)


ITEMS: tuple[Item, ...] = (
    # I1 Tata kelola: L1 and L2 complete; L3 claimed with a draft; the L4 review refused automatically.
    Item("I1-L1-01", "accepted", (F_RANCANGAN,), "draft Perbup with RA content: level 1 asks for RA being drafted",
         "ya", "Rancangan Perbup RA Pemdi 2026-2029"),
    Item("I1-L2-01", "accepted", (F_RENJA, F_RPJMD), "Renja 2026 adopts 5 RA actions and defers the rest (partial RA)",
         "ya", "Renja Diskominfo 2026 Bab 3.3; RPJMD 2025-2029"),
    Item("I1-L2-02", "accepted", (F_SIAP,), "SIAP Digital service architecture for some services (3 of 27)", "ya",
         "Tangkapan layar SIAP Digital"),
    Item("I1-L2-03", "accepted", (F_NOTULEN, F_HADIR, F_FOTO_UNDANGAN),
         "invitation, attendance and minutes of the RA consolidation by the Tim Koordinasi", "ya",
         "Undangan, notulen dan daftar hadir konsolidasi; dokumentasi rapat penilaian mandiri"),
    Item("I1-L2-04", "accepted", (F_DPA,), "DPA sub-activity 2.16.03.2.02.0037 funds part of the RA", "ya",
         "DPA 2026 sub kegiatan 2.16.03.2.02.0037"),
    Item("I1-L3-01", "wrong_evidence", (F_RANCANGAN,),
         "all RA adopted is asked; the Perbup RA is a draft and the Renja carries only part of the RA", "ya",
         "Perbup RA Pemdi memuat seluruh RA"),
    _missing("I1-L3-02"),
    _missing("I1-L3-03"),
    _missing("I1-L3-04"),
    Item("I1-L4-01", "auto_rejected", (F_REVIU,), "level 3 has refused items, so level 4 is refused automatically",
         "ya", "Laporan reviu tata kelola 2026"),
    _missing("I1-L4-02"),
    # I2 Manajemen layanan
    Item("I2-L1-01", "accepted", (F_RENJA,), "the Renja RA includes service management (helpdesk, change, incident)",
         "ya", "Renja 2026 RA manajemen layanan"),
    _missing("I2-L1-02", "ya", "SOP helpdesk (belum diunggah)"),
    _missing("I2-L2-01"),
    Item("I2-L4-01", "auto_rejected", (F_REVIU,), "level 1 is incomplete, so the review at level 4 is refused "
         "automatically", "ya", "Laporan reviu tata kelola dan manajemen layanan"),
    # I4 Kolaborasi
    Item("I4-L1-01", "accepted", (F_SK_TIM,), "Keputusan Bupati forming the Tim Koordinasi Pemdi", "ya",
         "Kepbup 100.3.3.2/062/2026"),
    Item("I4-L1-02", "accepted", (F_RENJA,), "the Renja RA has an inter-unit collaboration action", "ya",
         "Renja 2026 RA kolaborasi"),
    Item("I4-L1-03", "accepted", (F_KOLABORASI,), "dated records of joint activities of several units", "ya",
         "Laporan kolaborasi antar PD"),
    _missing("I4-L2-01", "ya", "Rencana kolaborasi dengan instansi lain"),
    Item("I4-L2-02", "accepted", (F_PKS,), "PKS with another government on data sharing", "ya", "PKS dengan Kota "
         "Mekarsari"),
    # I8 Pelindungan data pribadi: level 1 complete (one report for the seven themes)
    *(Item(f"I8-L1-0{t}", "accepted", (F_PDP_KONDISI,), f"current state and needs for theme {t}", "ya",
           "Laporan kondisi dan kebutuhan PDP") for t in range(1, 8)),
    Item("I8-L2-01", "wrong_evidence", (F_PERWAL,), "another region's regulation (Kota Mekarsari), not Sukamaju's "
         "approved PDP governance", "ya", "Perwal PDP"),
    _missing("I8-L2-02"),
    Item("I8-L2-03", "accepted", (F_PPDP,), "decree appointing the PDP officers", "ya", "Kepbup Pejabat PDP"),
    *(_missing(f"I8-L2-0{t}") for t in range(4, 8)),
    # I9 Audit: wrong object and an expired team
    Item("I9-L1-01", "wrong_evidence", (F_ASESOR, F_AUDIT_2023),
         "the Tim Asesor Internal is the self-assessment team, not the audit team; the 2023 audit team's term ended "
         "on 31 December 2023", "ya", "SK Tim Asesor Internal; SK Tim Audit 2023"),
    _missing("I9-L1-02"),
    # I10 Keamanan: old instrument
    Item("I10-L1-01", "wrong_evidence", (F_KAMI,), "Indeks KAMI 2023 is not IKASANDI and is older than one year; the "
         "IKASANDI 2026 result covers only the incident-handling area", "ya", "Hasil IKASANDI"),
    # I11 Kriptografi
    Item("I11-L1-01", "accepted", (F_KRIPTO,), "implementation report of the preparation of cryptography", "ya",
         "Laporan penerapan kriptografi"),
    # I12 Insiden siber: levels 1 and 2 complete
    Item("I12-L1-01", "accepted", (F_INSIDEN,), "incident records of 2026", "ya", "Laporan insiden smt I"),
    Item("I12-L1-02", "accepted", (F_IKASANDI,), "IKASANDI incident area 1,72 reaches band L1", "ya", "IKASANDI 2026"),
    Item("I12-L2-01", "accepted", (F_CSIRT,), "TTIS decree", "ya", "Kepbup Sukamaju-CSIRT"),
    Item("I12-L2-02", "accepted", (F_IKASANDI,), "1,72 lies in band L2 (1,50-2,50)", "ya", "IKASANDI 2026"),
    Item("I12-L2-03", "accepted", (F_IKASANDI,), "IKASANDI self-assessment filled in through BSSN", "ya",
         "Penilaian mandiri IKASANDI"),
    # I13 Aplikasi: budget without the line
    _missing("I13-L1-01"),
    Item("I13-L1-02", "wrong_evidence", (F_REKAP,), "the recap shows programme and activity totals only; no "
         "sub-activity line for application development", "ya", "DPA 2026"),
    _missing("I13-L1-03"),
    # I14 Infrastruktur: level 1 incomplete, level 2 refused automatically
    _missing("I14-L1-01"),
    _missing("I14-L1-02"),
    Item("I14-L1-03", "accepted", (F_PAPARAN,), "topology joined to the Jaringan Intra Pemerintah", "ya",
         "Paparan infrastruktur slide 2"),
    _missing("I14-L1-04"),
    Item("I14-L2-01", "auto_rejected", (F_PAPARAN,), "level 1 is incomplete, so level 2 is refused automatically",
         "ya", "Paparan infrastruktur slide 3"),
    _missing("I14-L2-02"),
    # I15 Proses bisnis: decree article and the wrong SIAP Digital domain
    Item("I15-L1-01", "wrong_evidence", (F_PASAL,), "a Perbup article is not the process architecture in SIAP Digital",
         "ya", "Perbup 12/2023 pasal arsitektur"),
    Item("I15-L1-02", "wrong_evidence", (F_SIAP,), "the SIAP Digital screenshot shows the service domain, not "
         "business processes", "ya", "Tangkapan layar SIAP Digital"),
    # I16 Integrasi: the under-claim
    Item("I16-L1-01", "accepted", (F_MATRIKS,), "integration report with a matrix of app pairs and mechanisms",
         "tidak"),
    _missing("I16-L1-02"),
    _missing("I16-L1-03"),
    # I17 Portal
    Item("I17-L1-01", "accepted", (F_PORTAL,), "the Pemda portal with URL, agency name and date", "ya",
         "Tangkapan layar portal"),
    _missing("I17-L1-02", "ya", "Portal layanan daerah"),
    _missing("I17-L2-01"),
    Item("I17-L2-02", "auto_rejected", (F_LOGIN,), "level 1 is incomplete; a login page would not show life-event "
         "services anyway", "ya", "Tangkapan layar SiPelita"),
    # I19 Dukungan pengguna: the list is refused at L1-02 as filed, the dashboard answers it
    Item("I19-L1-01", "accepted", (F_SLA_LIST,), "a document setting SLA targets per service", "ya",
         "Daftar layanan dan SLA"),
    Item("I19-L1-02", "accepted", (F_SLA_DASBOR,), "an SLA-monitoring dashboard exists in the submission; the list of "
         "services with SLAs the agency filed here would be refused", "ya", "Daftar layanan dan SLA",
         as_filed="wrong_evidence"),
    Item("I19-L2-01", "wrong_evidence", (F_SLA_DASBOR,), "the dashboard shows SLA per service from one channel; level 2 "
         "asks for a multichannel helpdesk with SLA per service and per user stage", "ya", "Dasbor SLA",
         as_filed="auto_rejected"),
    # I20 Kepuasan pengguna
    Item("I20-L1-01", "accepted", (F_SKM, F_PORTAL), "online survey results published on the portal (the portal "
         "screenshot links them)", "ya", "Laporan SKM"),
    Item("I20-L1-02", "accepted", (F_SKM,), "12-month transaction counts per service", "ya", "Laporan SKM"),
    Item("I20-L1-03", "accepted", (F_SKM,), "disabled, elderly and women respondents involved", "ya", "Laporan SKM"),
    _missing("I20-L1-04", "ya", "Tindak lanjut hasil survei"),
)


# ---------------------------------------------------------------------------------------------- the model
def _code_parts(code: str) -> tuple[int, int, int]:
    ind, level, nn = code.split("-")
    return int(ind[1:]), int(level[1:]), int(nn)


def indicator_value(indicator: int, items: Sequence[Item]) -> float:
    """v = 1 + Σ Δ_l · accepted_l / items_l, a level counting only while every lower level is complete (§5)."""
    accepted = [0] * 5
    for item in items:
        ind, level, _ = _code_parts(item.code)
        if ind == indicator and item.verdict == "accepted":
            accepted[level - 1] += 1
    value = 1.0
    for level, (delta, total) in enumerate(zip(LEVEL_DELTA, ITEMS_PER_LEVEL[indicator])):
        value += delta * accepted[level] / total
        if accepted[level] < total:
            break
    return value


def predicate(value: float) -> str:
    return next(name for edge, name in PREDICATES if round(value, 2) <= edge)


def expected_values(items: Sequence[Item] = ITEMS) -> dict[int, float]:
    return {i: (1.0 if i in EXTERNAL else indicator_value(i, items)) for i in range(1, 21)}


def expected_index(values: dict[int, float]) -> tuple[list[tuple[str, float]], float]:
    aspects = [(name, sum(WEIGHTS[i] * values[i] for i in ids) / sum(WEIGHTS[i] for i in ids)) for name, ids in ASPECTS]
    return aspects, sum(WEIGHTS[i] * values[i] for i in values) / 100


# ---------------------------------------------------------------------------------------------- outputs
def _two(value: float) -> str:
    """Two decimals rounding halves up (1.125 → 1.13), as a reader of the portal's figures expects."""
    return str(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def labels_yaml() -> str:
    """Hand-written YAML so the file reads in a stable order."""
    out = [
        "# Ground truth for sample_docs/ (the 2026 Pemdi submission), written by tests/sample_pemdi.py. Do not edit.",
        "# documents: what each file is. filed_for: the items the agency uploaded it for (file name, claims note).",
        "# items: the verdict an assessor gives each item the submission touches (every item up to the claimed",
        "#   level of a claimed indicator, and every item some file is filed for), looking at the WHOLE submission:",
        "#   accepted | wrong_evidence (a file of the right family but the wrong object, year, issuer or instrument) |",
        "#   missing (nothing shows it) | auto_rejected (shown at a level above a level with a refused item).",
        "#   files: what the assessor takes; as_filed: the portal's verdict on the agency's own upload, when different.",
        "# values: indicator values under the shared model (pemdi-2026.md §5), an estimate; I5-I7, I18 wait for their",
        "#   external index (1.00). indicators: where each value comes from and the level the agency claimed.",
        "# index: aspects and Indeks Pemdi (§4), predicate with the band's upper edge inclusive.",
        "framework: permenpanrb-8-2026",
        "tahun: 2026",
        'instansi: "Kabupaten Sukamaju"',
        "documents:",
    ]
    for f in FILES:
        out += [
            f"  - path: {_q(f.path)}",
            f"    doc_type: {f.doc_type}",
            f"    subtype: {f.subtype or 'null'}",
            f"    status: {f.status}",
            f"    number: {_q(f.number) if f.number else 'null'}",
            f"    year: {f.year if f.year is not None else 'null'}",
            f"    issuer: {_q(f.issuer)}",
            f"    pemdi_indicators: [{', '.join(map(str, f.pemdi_indicators))}]",
            f"    filed_for: [{', '.join(f.filed_for)}]",
            f"    scanned_pages: {f.scanned_pages}",
            f"    traps: [{', '.join(f.traps)}]",
            f"    note: {_q(f.note)}",
        ]
    out.append("items:")
    for item in ITEMS:
        out += [
            f"  {item.code}:",
            f"    verdict: {item.verdict}",
            f"    files: [{', '.join(_q(p) for p in item.files)}]",
            f"    klaim: {item.klaim}",
            f"    why: {_q(item.why)}",
        ]
        if item.as_filed:
            out.append(f"    as_filed: {item.as_filed}")
    values = expected_values()
    out.append("values:")
    out += [f"  I{i}: {v:.4f}" for i, v in values.items()]
    out.append("indicators:")
    for i in values:
        source = "external" if i in EXTERNAL else "items"
        out.append(f"  I{i}: {{source: {source}, claimed_level: {CLAIMED_LEVELS.get(i) or 'null'}}}")
    aspects, index = expected_index(values)
    out.append("index:")
    out.append("  aspects:")
    for name, a in aspects:
        out.append(f"    {_q(name)}: {{value: {a:.4f}, predicate: {predicate(a)}}}")
    out.append(f"  total: {{value: {index:.4f}, shown: {_q(f'{index:.2f}'.replace('.', ','))}, "
               f"predicate: {predicate(index)}}}")
    return "\n".join(out) + "\n"


def klaim_csv() -> bytes:
    """The self-assessment as a spreadsheet program saves it: UTF-8 with BOM, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["indikator", "level", "kode", "klaim", "keterangan"])
    for indicator, level in CLAIMED_LEVELS.items():
        writer.writerow([f"I{indicator}", level, "", "", ""])
        for item in ITEMS:
            if _code_parts(item.code)[0] == indicator:
                writer.writerow(["", "", item.code, item.klaim, item.keterangan])
    return buffer.getvalue().encode("utf-8-sig")


def readme() -> str:
    rows = "\n".join(
        f"| `{f.path}` | {f.doc_type}{'/' + f.subtype if f.subtype else ''} | {f.status} | "
        f"{', '.join(f.filed_for) or '-'} | {', '.join(f.traps) or '-'} | {f.note} |"
        for f in FILES
    )
    verdicts = {v: sum(1 for i in ITEMS if i.verdict == v) for v in ("accepted", "wrong_evidence", "missing",
                                                                     "auto_rejected")}
    over = [i.code for i in ITEMS if i.klaim == "ya" and i.verdict != "accepted"]
    under = [i.code for i in ITEMS if i.klaim == "tidak" and i.verdict == "accepted"]
    values = expected_values()
    _, index = expected_index(values)
    scanned = sum(f.scanned_pages for f in FILES)
    shown = ", ".join(f"I{i} {_two(v)}" for i, v in values.items() if v != 1.0) + "; the others 1.00"
    return f"""# Sample evidence folders of the fictional Kabupaten Sukamaju

Generated by `tests/build_sample_docs.py` (deterministic; rerun `.venv/bin/python tests/build_sample_docs.py` after
changing it, `tests/sample_pemdi.py`, `tests/pemditexts.py`, `tests/doctexts.py` or `tests/docfactory.py`, and
commit the output; `tests/test_sample_docs.py` fails while the committed files differ from the builder's).
Everything is fictional: agency, officials and NIPs are invented; national regulations are cited by their real
titles only.

## The 2026 Pemdi submission: `sample_docs/`

What `make demo` checks: the evidence Kabupaten Sukamaju uploaded for the 2026 Evaluasi Kinerja Pemerintah Digital
(PermenPANRB 8/2026), organised as agencies keep it: folders per indicator named after the items (`I1-L2-04 DPA
2026 Sub Kegiatan ….pdf`), loose files, one ZIP. {len(FILES)} files, {scanned} pages that need OCR. Formats: text
PDF, an image-only scanned PDF, an EXIF-rotated phone JPEG, PNG browser screenshots, DOCX, XLSX, PPTX, ZIP.

The self-assessment form is `tests/data/pemdi_klaim.csv` (`indikator,level,kode,klaim,keterangan`; indicator rows
carry the claimed level, item rows `ya`/`tidak`; UTF-8 with BOM and CRLF, as a spreadsheet program saves it). It
over-claims {len(over)} items ({', '.join(over)}) and under-claims {', '.join(under)}.

Ground truth: `tests/data/pemdi_sample_labels.yaml`, written as an assessor would judge the documents: per file its
type, subtype, status, number, year, Pemdi indicators and the items it was filed for; per item (every item up to
the claimed level of a claimed indicator, and every item a file is filed for) the verdict looking at the whole
submission, the files taken and why; the indicator values under the shared model (an estimate) and the index.
Item verdicts: {verdicts['accepted']} accepted, {verdicts['wrong_evidence']} wrong evidence, {verdicts['missing']}
missing, {verdicts['auto_rejected']} refused automatically. Indicator values under the shared model (an estimate;
I5, I6, I7 and I18 wait for their external index at 1.00): {shown}. Expected Indeks Pemdi {index:.4f} →
{index:.2f} ({predicate(index)}).

Refusal patterns planted (pemdi-2026.md §8):

- **wrong object**: the SK Tim Asesor Internal filed for the audit team (I9-L1-01); the self-assessment meeting
  minutes (ZIP) beside the planning consolidation (I1-L2-03); the list of services with SLAs where the SLA
  dashboard is asked (I19-L1-02, as filed); a Perbup article where the SIAP Digital process architecture is asked
  (I15-L1-01); the SIAP Digital *service* domain where business processes are asked (I15-L1-02);
- **budget without the line**: the DPA recap page (I13-L1-02), beside the DPA page with sub-activity
  2.16.03.2.02.0037 that does back I1-L2-04;
- **wrong or old instrument**: Indeks KAMI 2023 for IKASANDI (I10-L1-01), while the IKASANDI 2026 result covers
  another area and backs I12;
- **another region's document**: Kota Mekarsari's Perwal PDP (I8-L2-01);
- **stale**: the 2023 audit-team decree whose term ended in 2023 (I9-L1-01);
- **draft**: the Rancangan Perbup RA Pemdi, accepted at I1-L1-01 (RA being drafted), refused at I1-L3-01;
- **login page** as service evidence (I17-L2-02);
- **item left empty**: claimed items with no file (I2-L1-02, I4-L2-01, I17-L1-02, I20-L1-04);
- **higher level while a lower one fails**: the review report at I1-L4-01 and I2-L4-01, the PDNS slide at
  I14-L2-01, the login page at I17-L2-02.

| file | type/subtype | status | filed for | traps | what an assessor would say |
|---|---|---|---|---|---|
{rows}
"""


def _clean(out: Path) -> None:
    if out.is_dir():
        for child in out.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()


def generate(out: Path = OUT) -> list[Path]:
    """Write every file of the submission under `out` (emptied first)."""
    out.mkdir(parents=True, exist_ok=True)
    _clean(out)
    written = []
    for f in FILES:
        target = out / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        f.build(target)
        written.append(target)
    return written


def write_data_files() -> None:
    LABELS_PATH.write_text(labels_yaml(), encoding="utf-8")
    KLAIM_PATH.write_bytes(klaim_csv())
