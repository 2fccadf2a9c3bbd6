"""A small Pemdi 2026 submission on disk (real PDFs, a scan, a zip, a screenshot) and the RunReport a judge
would give it, for the upload-package tests. The report is built in code so the package can be tested
before (and independently of) the Pemdi judge; the end-to-end test runs the real pipeline instead."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from evidence_check.models import (
    Document,
    Extraction,
    IndicatorVerdict,
    ItemDocument,
    ItemVerdict,
    Page,
    RunReport,
)
from tests import docfactory as f

SK_TEXT = [
    (
        "BUPATI SUKAMAJU\nPROVINSI JAWA BARAT\nKEPUTUSAN BUPATI SUKAMAJU\n"
        "NOMOR 100.3.3.2/45/KPTS/2026\nTENTANG\n"
        "TIM KOORDINASI PEMERINTAH DIGITAL\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,"
    ),
    (
        "MEMUTUSKAN:\nMenetapkan: KEPUTUSAN BUPATI TENTANG TIM KOORDINASI PEMERINTAH DIGITAL.\n"
        "KESATU: Membentuk Tim Koordinasi Pemerintah Digital Kabupaten Sukamaju dengan susunan keanggotaan "
        "sebagaimana tercantum dalam Lampiran."
    ),
    "Ditetapkan di Sukamaju\npada tanggal 12 Maret 2026\nBUPATI SUKAMAJU,\nttd\nAHMAD SUBAGJA",
]


def dpa_pages() -> list[str]:
    pages = [
        f"DOKUMEN PELAKSANAAN ANGGARAN\nDINAS KOMUNIKASI DAN INFORMATIKA\nTAHUN ANGGARAN 2026\nHalaman {n}\n"
        f"Rekapitulasi belanja halaman {n}."
        for n in range(1, 31)
    ]
    pages[11] = (
        "DOKUMEN PELAKSANAAN ANGGARAN 2026\nProgram 2.16.03 Pengelolaan Aplikasi Informatika\n"
        "Kegiatan 2.16.03.2.02 Pengelolaan E-Government\nSub Kegiatan 2.16.03.2.02.0005 Koordinasi dan "
        "Sinkronisasi Pemerintah Digital Rp 250.000.000"
    )
    pages[12] = "Lanjutan Sub Kegiatan 2.16.03.2.02.0005\nBelanja jasa narasumber rapat Tim Koordinasi Pemdi"
    return pages


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _doc(root: Path, rel: str, fmt: str, pages: list[str], *, method: str = "text", **kw: object) -> Document:
    full = root / rel.split("!/")[0]
    page_method = "ocr" if method == "ocr" else "text"
    return Document(
        path=rel,
        sha256=kw.pop("sha256", _sha(full)),
        size=int(kw.pop("size", full.stat().st_size)),
        format=fmt,
        pages=tuple(Page(i, t, page_method) for i, t in enumerate(pages, 1)),  # type: ignore[arg-type]
        page_count=len(pages),
        extraction=Extraction(method=method),
        **kw,
    )  # type: ignore[arg-type]


def build_input(root: Path) -> dict[str, Path]:
    """The agency's messy folder."""
    paths = {
        "sk": f.text_pdf(root / "01 Kolaborasi" / "SK Tim Koordinasi Pemdi.pdf", SK_TEXT),
        "dpa": f.text_pdf(root / "Anggaran" / "DPA Diskominfo 2026 (final).pdf", dpa_pages()),
        "scan": f.scanned_pdf(
            root / "scan_0012.pdf",
            [("NOTULEN RAPAT KOORDINASI ANTAR PERANGKAT DAERAH\nTanggal 3 April 2026")],
            dpi=100,
        ),
        "png": f.image_file(root / "Survei" / "hasil survei.png", "HASIL SURVEI KEPUASAN 2026", dpi=60),
        "renja": f.text_pdf(
            root / "Perencanaan" / "Rancangan Renja 2027.pdf",
            ["RANCANGAN RENCANA KERJA DINAS KOMINFO 2027\nMuatan Rencana Aksi Pemerintah Digital"],
        ),
    }
    notulen = f.text_pdf(
        root.parent / "tmp-notulen.pdf",
        [("NOTULEN RAPAT KOLABORASI ANTAR UNIT\n3 April 2026\nHadir: Bappeda, Diskominfo, Dinas Kesehatan")],
    )
    inner = f.zip_file(root.parent / "tmp-inner.zip", {"BA berbagi data.pdf": notulen.read_bytes()})
    paths["zip"] = f.zip_file(
        root / "arsip" / "bukti kolaborasi.zip",
        {
            "rapat/Notulen Rapat Kolaborasi.pdf": notulen,
            "dalam.zip": inner,
            "../keluar.pdf": b"%PDF-1.4 escape attempt",
        },
    )
    notulen.unlink()
    inner.unlink()
    return paths


def documents(root: Path) -> tuple[Document, ...]:
    zip_rel = "arsip/bukti kolaborasi.zip"
    notulen_text = ["NOTULEN RAPAT KOLABORASI ANTAR UNIT\n3 April 2026"]
    return (
        _doc(
            root,
            "01 Kolaborasi/SK Tim Koordinasi Pemdi.pdf",
            "pdf",
            SK_TEXT,
            doc_type="keputusan",
            status="enacted",
            title="KEPUTUSAN BUPATI SUKAMAJU TENTANG TIM KOORDINASI PEMERINTAH DIGITAL",
            number="100.3.3.2/45/KPTS/2026",
            year=2026,
            date="2026-03-12",
            issuer="Bupati Sukamaju",
            meta={"pdf_signature": True},
        ),
        _doc(
            root,
            "Anggaran/DPA Diskominfo 2026 (final).pdf",
            "pdf",
            dpa_pages(),
            doc_type="dokumen_perencanaan",
            subtype="dpa",
            title="DOKUMEN PELAKSANAAN ANGGARAN DINAS KOMUNIKASI DAN INFORMATIKA",
            year=2026,
            issuer="Dinas Komunikasi dan Informatika Kabupaten Sukamaju",
            facts={"budget_codes": ["2.16.03.2.02.0005"], "signature": "not-a-dict"},
        ),
        _doc(
            root,
            "scan_0012.pdf",
            "pdf",
            ["NOTULEN RAPAT KOORDINASI ANTAR PERANGKAT DAERAH"],
            method="ocr",
            doc_type="notulen",
            title="NOTULEN RAPAT KOORDINASI ANTAR PERANGKAT DAERAH",
            date="2026-04-03",
        ),
        _doc(
            root,
            "Survei/hasil survei.png",
            "image",
            ["HASIL SURVEI KEPUASAN 2026"],
            method="ocr",
            doc_type="tangkapan_layar",
            year=2026,
            size=11 * 1024 * 1024,
        ),
        _doc(
            root,
            "Perencanaan/Rancangan Renja 2027.pdf",
            "pdf",
            ["RANCANGAN RENCANA KERJA"],
            doc_type="dokumen_perencanaan",
            subtype="renja",
            status="draft",
            title="RANCANGAN RENCANA KERJA DINAS KOMINFO 2027",
            year=2027,
        ),
        _doc(
            root,
            f"{zip_rel}!/rapat/Notulen Rapat Kolaborasi.pdf",
            "pdf",
            notulen_text,
            sha256="",
            doc_type="notulen",
            title="NOTULEN RAPAT KOLABORASI ANTAR UNIT",
            date="2026-04-03",
        ),
        _doc(
            root,
            f"{zip_rel}!/dalam.zip!/BA berbagi data.pdf",
            "pdf",
            notulen_text,
            sha256="",
            doc_type="notulen",
            title="BERITA ACARA BERBAGI DATA",
            date="2026-04-03",
        ),
    )


def _item(code: str, verdict: str, docs: tuple[ItemDocument, ...] = (), **kw: object) -> ItemVerdict:
    level = int(code.split("-L")[1][0])
    return ItemVerdict(code=code, level=level, verdict=verdict, documents=docs, **kw)  # type: ignore[arg-type]


def indicators() -> tuple[IndicatorVerdict, ...]:
    sk = ItemDocument(
        "01 Kolaborasi/SK Tim Koordinasi Pemdi.pdf",
        (2,),
        "KESATU: Membentuk Tim Koordinasi Pemerintah Digital Kabupaten Sukamaju",
        "item.I4-L1-01",
    )
    dpa = ItemDocument(
        "Anggaran/DPA Diskominfo 2026 (final).pdf",
        (12, 13),
        "Sub Kegiatan 2.16.03.2.02.0005 Koordinasi dan Sinkronisasi Pemerintah Digital",
        "item.I1-L2-04",
    )
    zipped = ItemDocument(
        "arsip/bukti kolaborasi.zip!/rapat/Notulen Rapat Kolaborasi.pdf",
        (1,),
        "Hadir: Bappeda, Diskominfo, Dinas Kesehatan",
        "item.I4-L1-03",
    )
    nested = ItemDocument(
        "arsip/bukti kolaborasi.zip!/dalam.zip!/BA berbagi data.pdf", (1,), "", "item.I4-L2-02"
    )
    i1 = IndicatorVerdict(
        id=1,
        code="I1",
        name="Tingkat Kematangan Tata Kelola Pemerintah Digital",
        domain=None,
        aspect=1,
        weight=5,
        level=1,
        value=1.75,
        status="weak",
        items=(
            _item(
                "I1-L1-01",
                "accepted",
                (
                    ItemDocument(
                        "Perencanaan/Rancangan Renja 2027.pdf", (1,), "Muatan Rencana Aksi Pemerintah Digital"
                    ),
                ),
                text="Rancangan RPJMD/Renstra/Renja memuat RA Pemdi",
                reason="rancangan Renja 2027 memuat muatan Rencana Aksi Pemdi; level 1 menerima rancangan",
            ),
            _item(
                "I1-L2-01",
                "missing",
                text="Dokumen perencanaan yang ditetapkan memuat sebagian RA",
                expected="Renja/Renstra yang sudah ditetapkan dengan muatan RA Pemdi",
            ),
            _item(
                "I1-L2-02",
                "missing",
                text="Arsitektur SIAP Digital untuk sebagian layanan",
                expected="tangkapan layar SIAP Digital (layanan) dengan nama instansi dan tanggal",
            ),
            _item(
                "I1-L2-03",
                "wrong_evidence",
                (ItemDocument("scan_0012.pdf", (1,), "NOTULEN RAPAT KOORDINASI"),),
                text="Tim Koordinasi Pemdi mengonsolidasikan RA (undangan, daftar hadir, notulen)",
                reason="notulen rapat evaluasi, bukan rapat konsolidasi RA",
                expected="undangan, daftar hadir dan notulen rapat konsolidasi RA oleh Tim Koordinasi",
            ),
            _item(
                "I1-L2-04",
                "accepted",
                (dpa,),
                text="RKA/DPA mendanai sebagian RA",
                reason="DPA memuat sub kegiatan 2.16.03.2.02.0005 Koordinasi dan Sinkronisasi Pemdi",
            ),
        ),
    )
    i4 = IndicatorVerdict(
        id=4,
        code="I4",
        name="Tingkat Kematangan Kolaborasi Pemerintah Digital",
        domain=None,
        aspect=2,
        weight=5,
        level=None,
        value=1.33,
        status="weak",
        items=(
            _item(
                "I4-L1-01",
                "accepted",
                (sk,),
                text="SK Tim Koordinasi Pemdi",
                reason="Keputusan Bupati membentuk Tim Koordinasi Pemerintah Digital (halaman 2)",
            ),
            _item(
                "I4-L1-02",
                "wrong_evidence",
                (sk,),
                text="Rencana kolaborasi antarunit dalam RA",
                reason="SK tim saja bukan rencana kolaborasi",
                reason_en="the decree alone is not a plan",
                expected="baris RA tentang kolaborasi antarunit dalam dokumen perencanaan",
            ),
            _item(
                "I4-L1-03",
                "accepted",
                (zipped,),
                text="Catatan kegiatan kolaborasi antarunit",
                reason="notulen rapat kolaborasi antarunit dengan daftar hadir",
            ),
            _item(
                "I4-L2-01",
                "auto_rejected",
                text="Rencana kolaborasi dengan instansi lain",
                expected="rencana kolaborasi dengan instansi lain",
            ),
            _item(
                "I4-L2-02",
                "auto_rejected",
                (nested,),
                text="MoU/PKS, catatan, BA berbagi data",
                reason="otomatis ditolak: level 1 belum lengkap",
            ),
        ),
    )
    i20 = IndicatorVerdict(
        id=20,
        code="I20",
        name="Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah",
        domain=None,
        aspect=7,
        weight=15,
        level=None,
        value=1.13,
        status="weak",
        items=(
            _item(
                "I20-L1-01",
                "missing",
                text="Hasil survei daring di portal instansi",
                expected="tangkapan layar hasil survei di portal instansi",
            ),
            _item(
                "I20-L1-02",
                "accepted",
                (ItemDocument("Survei/hasil survei.png", (), "HASIL SURVEI"),),
                text="Jumlah transaksi satu tahun",
                reason="tangkapan layar jumlah transaksi 2026",
            ),
            _item(
                "I20-L1-03",
                "missing",
                text="Keterlibatan kelompok rentan",
                expected="laporan survei yang melibatkan penyandang disabilitas, lansia atau perempuan",
                interview_only=False,
            ),
            _item(
                "I20-L1-04",
                "missing",
                text="Bukti tindak lanjut",
                expected="laporan tindak lanjut hasil survei",
            ),
        ),
    )
    return i1, i4, i20


def make_report(root: Path) -> RunReport:
    return RunReport(
        tool_version="0.test",
        input_root=str(root),
        generated_at="2026-08-20T09:00:00+00:00",
        options={"follow_symlinks": False},
        documents=documents(root),
        framework="permenpanrb-8-2026",
        period=2026,
        indicators=indicators(),
    )


def make_59_report(root: Path) -> RunReport:
    """A 59/2020 report (no items) over the same folder."""
    docs = documents(root)
    v9 = IndicatorVerdict(
        id=9,
        name="Tingkat Kematangan Kebijakan Internal Tim Koordinasi SPBE Instansi Pemerintah",
        domain=1,
        aspect=1,
        weight=1.7,
        level=3,
        claimed_level=4,
        status="supported",
        documents=("01 Kolaborasi/SK Tim Koordinasi Pemdi.pdf",),
    )
    v11 = IndicatorVerdict(
        id=11,
        name="Tingkat Kematangan Rencana dan Anggaran SPBE",
        domain=1,
        aspect=2,
        weight=1.3,
        level=None,
        status="missing",
        recommendation="Tetapkan Renja yang memuat program SPBE.",
    )
    return replace(make_report(root), framework="permenpanrb-59-2020", indicators=(v9, v11), documents=docs)
