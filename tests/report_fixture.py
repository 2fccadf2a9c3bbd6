"""A realistic RunReport built from code, for the report tests (no pipeline needed).

47 verdicts in PermenPANRB 59/2020 structure (names and weights from framework.md §1.2), 6 documents
(an enacted Perbup, a draft, an OCR-read SK, a file whose name is a script tag, an unreadable scan, minutes),
and hostile text (Jinja syntax, an <img onerror>) that every format must show as plain text.
"""
from __future__ import annotations

from dataclasses import replace

from evidence_check.models import (
    Agency,
    AreaIndex,
    Document,
    Evidence,
    Extraction,
    Finding,
    IndexEstimate,
    IndicatorMatch,
    IndicatorVerdict,
    Page,
    RunReport,
)

XSS_NAME = "03_Layanan/<script>window.__xss=1;alert(1)</script>.pdf"
JINJA_TEXT = "{{ 7*7 }}"
IMG_TEXT = "<img src=x onerror=alert(1)>"

DOMAINS = {1: ("Kebijakan Internal SPBE", 13.0), 2: ("Tata Kelola SPBE", 25.0), 3: ("Manajemen SPBE", 16.5),
           4: ("Layanan SPBE", 45.5)}
# aspect id: (name, domain, weight, first indicator, last indicator)
ASPECTS = {
    1: ("Kebijakan Internal Tata Kelola SPBE", 1, 13.0, 1, 10),
    2: ("Perencanaan Strategis SPBE", 2, 10.0, 11, 14),
    3: ("Teknologi Informasi dan Komunikasi", 2, 10.0, 15, 18),
    4: ("Penyelenggara SPBE", 2, 5.0, 19, 20),
    5: ("Penerapan Manajemen SPBE", 3, 12.0, 21, 28),
    6: ("Pelaksanaan Audit TIK", 3, 4.5, 29, 31),
    7: ("Layanan Administrasi Pemerintahan Berbasis Elektronik", 4, 27.5, 32, 41),
    8: ("Layanan Publik Berbasis Elektronik", 4, 18.0, 42, 47),
}
NAMES = [
    "Kebijakan Internal Arsitektur SPBE", "Kebijakan Internal Peta Rencana SPBE", "Kebijakan Internal Manajemen Data",
    "Kebijakan Internal Pembangunan Aplikasi SPBE", "Kebijakan Internal Layanan Pusat Data",
    "Kebijakan Internal Layanan Jaringan Intra", "Kebijakan Internal Penggunaan Sistem Penghubung Layanan",
    "Kebijakan Internal Manajemen Keamanan Informasi", "Kebijakan Internal Audit TIK",
    "Kebijakan Internal Tim Koordinasi SPBE", "Arsitektur SPBE", "Peta Rencana SPBE",
    "Keterpaduan Rencana dan Anggaran SPBE", "Inovasi Proses Bisnis SPBE", "Pembangunan Aplikasi SPBE",
    "Layanan Pusat Data", "Layanan Jaringan Intra", "Penggunaan Sistem Penghubung Layanan",
    "Pelaksanaan Tim Koordinasi SPBE", "Kolaborasi Penerapan SPBE", "Penerapan Manajemen Risiko SPBE",
    "Penerapan Manajemen Keamanan Informasi", "Penerapan Manajemen Data", "Penerapan Manajemen Aset TIK",
    "Penerapan Kompetensi Sumber Daya Manusia", "Penerapan Manajemen Pengetahuan", "Penerapan Manajemen Perubahan",
    "Penerapan Manajemen Layanan SPBE", "Pelaksanaan Audit Infrastruktur SPBE", "Pelaksanaan Audit Aplikasi SPBE",
    "Pelaksanaan Audit Keamanan SPBE", "Layanan Perencanaan", "Layanan Penganggaran", "Layanan Keuangan",
    "Layanan Pengadaan Barang dan Jasa", "Layanan Kepegawaian", "Layanan Kearsipan Dinamis",
    "Layanan Pengelolaan Barang Milik Negara/Daerah", "Layanan Pengawasan Internal Pemerintah",
    "Layanan Akuntabilitas Kinerja Organisasi", "Layanan Kinerja Pegawai", "Layanan Pengaduan Pelayanan Publik",
    "Layanan Data Terbuka", "Jaringan Dokumentasi dan Informasi Hukum (JDIH)", "Layanan Publik Sektor 1",
    "Layanan Publik Sektor 2", "Layanan Publik Sektor 3",
]
WEIGHTS = {1: 1.3, 2: 2.5, 3: 2.5, 4: 2.5, 5: 1.5, 6: 1.5, 7: 2.75, 8: 3.0}

PERBUP = "01_Kebijakan/Perbup_12_2022_Arsitektur_SPBE.pdf"
DRAFT = "01_Kebijakan/Rancangan Perbup Manajemen Data.docx"
SK_SCAN = "02_Tata_Kelola/SK Tim Koordinasi SPBE (scan).pdf"
BROKEN = "03_Layanan/scan_rusak.pdf"
MINUTES = "04_Manajemen/notulen_evaluasi_risiko.xlsx"

# indicator id: (claimed, supported level, status, documents, finding code or "")
TABLE: dict[int, tuple[int | None, int | None, str, tuple[str, ...], str]] = {
    1: (3, 3, "supported", (PERBUP,), ""),
    2: (3, 2, "weak", (PERBUP,), "CLAIM_ABOVE_EVIDENCE"),
    3: (2, 1, "weak", (DRAFT,), "DRAFT_ONLY"),
    10: (3, 2, "weak", (SK_SCAN,), "CLAIM_ABOVE_EVIDENCE"),
    11: (3, 3, "supported", (PERBUP,), ""),
    19: (2, 2, "supported", (SK_SCAN,), ""),
    21: (4, 3, "weak", (MINUTES,), "CLAIM_ABOVE_EVIDENCE"),
    42: (3, 3, "supported", (XSS_NAME,), ""),
}


def _finding(code: str, v_claim: int | None, level: int | None) -> Finding:
    if code == "DRAFT_ONLY":
        return Finding(code, "warning", "Hanya rancangan yang ditemukan; rancangan mendukung tingkat 1 saja.",
                       "Only a draft was found; a draft supports level 1 only.",
                       "Unggah versi yang sudah ditetapkan dan ditandatangani.", "Upload the enacted, signed version.",
                       rule="judge.draft_only")
    if code == "CLAIM_ABOVE_EVIDENCE":
        return Finding(code, "warning", f"Klaim tingkat {v_claim} tetapi bukti hanya mendukung tingkat {level}.",
                       f"Claimed level {v_claim} but the evidence supports level {level} only.",
                       rule="judge.claim_gap")
    return Finding("NO_EVIDENCE", "error", "Tidak ada dokumen bukti dukung untuk indikator ini.",
                   "No evidence document for this indicator.", "Unggah bukti dukung sesuai kriteria tingkat.",
                   "Upload evidence matching the level criteria.", rule="judge.no_evidence")


def verdicts() -> list[IndicatorVerdict]:
    out = []
    for aspect_id, (_, domain, _, first, last) in ASPECTS.items():
        for i in range(first, last + 1):
            claimed, level, status, docs, code = TABLE.get(i, (2 if i % 3 else None, None, "missing", (), "NONE"))
            findings = (_finding(code, claimed, level),) if code else ()
            out.append(IndicatorVerdict(
                id=i, name=f"Tingkat Kematangan {NAMES[i - 1]}", domain=domain, aspect=aspect_id,
                weight=WEIGHTS[aspect_id], level=level, claimed_level=claimed, status=status,  # type: ignore[arg-type]
                documents=docs, findings=findings,
                recommendation=f"Lengkapi bukti untuk tingkat {(level or 0) + 1}: kebijakan yang ditetapkan dan notulen reviu.",
                recommendation_en=f"Add evidence for level {(level or 0) + 1}: the enacted policy and review minutes.",
                basis=(Evidence("levels.enacted", "Ditetapkan di Batu Bara", 4, "indicator"),) if level else (),
                needs_interview=i in (19, 21),
            ))
    return out


def predicate(value: float) -> str:
    for floor, name in ((4.2, "Memuaskan"), (3.5, "Sangat Baik"), (2.6, "Baik"), (1.8, "Cukup")):
        if value >= floor:
            return name
    return "Kurang"


def index_for(vs: list[IndicatorVerdict]) -> IndexEstimate:
    def mean(items: list[IndicatorVerdict], claimed: bool) -> float:
        total = sum(v.weight for v in items)
        return round(sum(((v.claimed_level if claimed else v.level) or 1) * v.weight for v in items) / total, 2)

    aspects = tuple(AreaIndex(a, name, w, mean([v for v in vs if v.aspect == a], False),
                              mean([v for v in vs if v.aspect == a], True))
                    for a, (name, _, w, _, _) in ASPECTS.items())
    domains = tuple(AreaIndex(d, name, w, mean([v for v in vs if v.domain == d], False),
                              mean([v for v in vs if v.domain == d], True))
                    for d, (name, w) in DOMAINS.items())
    sup, cla = mean(vs, False), mean(vs, True)
    return IndexEstimate(sup, cla, predicate(sup), predicate(cla), aspects, domains)


def documents() -> list[Document]:
    enacted_text = ("PERATURAN BUPATI BATU BARA NOMOR 12 TAHUN 2022 TENTANG ARSITEKTUR SISTEM PEMERINTAHAN "
                    "BERBASIS ELEKTRONIK\nDitetapkan di Lima Puluh pada tanggal 3 Maret 2022")
    return [
        Document(PERBUP, sha256="a" * 64, size=182_044, format="pdf", page_count=14,
                 pages=(Page(1, enacted_text, "text", quality=0.93),),
                 extraction=Extraction("text", 0, None, 0.41, False, "pdfium-4"),
                 doc_type="perkada", status="enacted", signed=True, title="Arsitektur SPBE Kabupaten Batu Bara",
                 number="12", year=2022, date="2022-03-03", issuer="Bupati Batu Bara", agency="Kabupaten Batu Bara",
                 indicators=(IndicatorMatch(1, 0.92, (Evidence("map.title", "TENTANG ARSITEKTUR SISTEM PEMERINTAHAN "
                                                               "BERBASIS ELEKTRONIK", 1, "indicator"),)),
                             IndicatorMatch(2, 0.55, (Evidence("map.body", "peta rencana SPBE disusun", 9, "indicator"),)),
                             IndicatorMatch(11, 0.81, (Evidence("map.body", "domain arsitektur proses bisnis, data dan "
                                                                "informasi, infrastruktur", 5, "indicator"),)))),
        Document(DRAFT, sha256="b" * 64, size=40_112, format="docx", page_count=1,
                 pages=(Page(1, "RANCANGAN PERATURAN BUPATI TENTANG MANAJEMEN DATA", "text"),),
                 extraction=Extraction("text", 0, None, 0.05, True, "docx-1"),
                 findings=(Finding("DRAFT_DOCUMENT", "warning", "Dokumen masih rancangan (tertulis RANCANGAN).",
                                   "The document is still a draft (it says RANCANGAN).",
                                   "Unggah versi yang sudah ditetapkan.", "Upload the enacted version.", page=1),),
                 doc_type="perkada", status="draft", signed=False, title="Manajemen Data", year=2023,
                 issuer="Bupati Batu Bara", agency="Kabupaten Batu Bara",
                 evidence=(Evidence("status.draft", "RANCANGAN", 1, "status"),),
                 indicators=(IndicatorMatch(3, 0.88, (Evidence("map.title", "TENTANG MANAJEMEN DATA", 1, "indicator"),)),)),
        Document(SK_SCAN, sha256="c" * 64, size=2_400_800, format="pdf", page_count=3,
                 pages=(Page(1, f"KEPUTUSAN BUPATI BATU BARA NOMOR 188.45/210/TAHUN 2023 {JINJA_TEXT} {IMG_TEXT}",
                             "ocr", confidence=71.4, rotation=90),
                        Page(2, "Tim Koordinasi SPBE bertugas ...", "ocr", confidence=80.2)),
                 extraction=Extraction("ocr", 2, 75.8, 9.7, False, "tesseract-5.3"),
                 findings=(Finding("LOW_OCR_CONFIDENCE", "warning", "Halaman 1 terbaca dengan keyakinan OCR rendah (71).",
                                   "Page 1 was read with low OCR confidence (71).", page=1),),
                 doc_type="keputusan", status="enacted", signed=True, title="Tim Koordinasi SPBE",
                 number="188.45/210/TAHUN 2023", year=2023, issuer="Bupati Batu Bara", agency="Kabupaten Batu Bara",
                 indicators=(IndicatorMatch(10, 0.7, (Evidence("map.body", f"membentuk Tim Koordinasi SPBE {IMG_TEXT}",
                                                               1, "indicator"),)),
                             IndicatorMatch(19, 0.9, (Evidence("map.title", f"TIM KOORDINASI SPBE {JINJA_TEXT}", 2,
                                                               "indicator"),)))),
        Document(XSS_NAME, sha256="d" * 64, size=88_000, format="pdf", page_count=2,
                 pages=(Page(1, "Laporan Layanan Pengaduan <b>SP4N-LAPOR!</b> 2023", "text"),),
                 extraction=Extraction("text", 0, None, 0.2, False, "pdfium-4"),
                 doc_type="laporan", status="unknown", title="Laporan Pengaduan | <b>2023</b> `x`", year=2023,
                 issuer="Dinas Kominfo <script>", agency="Kabupaten Batu Bara",
                 indicators=(IndicatorMatch(42, 0.77, (Evidence("map.body", "pengaduan masyarakat melalui SP4N-LAPOR!",
                                                                1, "indicator"),)),)),
        Document(BROKEN, sha256="e" * 64, size=1_024, format="pdf", page_count=0,
                 extraction=Extraction("none", 0, None, 0.01, False, "pdfium-4"),
                 findings=(Finding("UNREADABLE", "error", "Berkas tidak dapat dibaca (xref rusak).",
                                   "The file could not be read (broken xref).",
                                   "Ekspor ulang dari dokumen sumber lalu unggah sebagai PDF.",
                                   "Export it again from the source and upload a PDF.", rule="extract.UNREADABLE"),)),
        Document(MINUTES, sha256="f" * 64, size=12_345, format="xlsx", page_count=2,
                 pages=(Page(1, "Notulen rapat evaluasi manajemen risiko SPBE", "text", label="sheet: Notulen"),),
                 extraction=Extraction("text", 0, None, 0.03, True, "openpyxl-3"),
                 doc_type="notulen", status="unknown", title="Notulen Evaluasi Risiko SPBE", date="2023-11-02", year=2023,
                 agency="Kabupaten Batu Bara",
                 indicators=(IndicatorMatch(21, 0.66, (Evidence("map.body", "evaluasi manajemen risiko SPBE", 1,
                                                                "indicator"),)),)),
    ]


def make_report() -> RunReport:
    vs = verdicts()
    return RunReport(
        tool_version="0.1.0", input_root="/tmp/bukti/Batu Bara", generated_at="2024-05-06T07:08:09+00:00",
        options={"formats": ["html", "json"], "jobs": 2, "use_cache": True, "lang": "id", "tahun": 2024},
        documents=tuple(sorted(documents(), key=lambda d: d.path)),
        skipped=({"path": "01_Kebijakan/.DS_Store", "reason": "system file"},
                 {"path": "Thumbs.db", "reason": "system file"}),
        agency=Agency("Kabupaten Batu Bara", True, 5, 6), framework="permenpanrb-59-2020", period=2024,
        indicators=tuple(vs), index=index_for(vs),
        timings={"extract": 10.4, "total": 11.2}, rules_checksum="0123456789abcdef",
    )


def make_empty_report() -> RunReport:
    """A run that read nothing mappable: no verdicts, no index."""
    full = make_report()
    return replace(full, indicators=(), index=None, agency=Agency(None, True),
                   documents=tuple(d for d in full.documents if d.path == BROKEN))
