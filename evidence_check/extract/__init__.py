"""Read one evidence file into Document records (an archive yields one per member).

`extract_path` never raises for a bad file: every failure becomes a finding on that document, because
one broken upload must not hide the rest of an agency's evidence.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
import subprocess
import time
import zipfile
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from ..context import Options
from ..messages import make_finding
from ..models import Document, Extraction, Finding, Page
from .common import Extracted, PageProgress, no_progress
from .formats import format_from_extension, sniff

EXTRACTOR_VERSION = "7"  # 2: raw tables, signatures and QR codes in meta; 3: image slots, photo fallback (issue 11); 4: encoded blocks and vector tables kept without OCR; 5: page shapes (width / height) in meta; 6: number slot ink on OCR pages; 7: gaps in a scanned number
CONTENT_FORMATS = {"pdf", "docx", "odt", "xlsx", "xls", "ods", "pptx", "image", "txt", "html", "doc"}
UNSUPPORTED_DETAIL = {
    "ppt": "PowerPoint 97-2003 (.ppt)", "rtf": "Rich Text Format (.rtf)", "rar": "arsip RAR", "7z": "arsip 7-Zip",
    "gzip": "arsip gzip", "ole": "berkas Office lama yang tidak dikenal", "unknown": "jenis berkas tidak dikenal",
}


class NotRegularFile(OSError):
    """The path is (now) a FIFO, device or folder: reading it could block forever or never end."""


def open_regular(path: Path) -> BinaryIO:
    """Open for reading only if it is a regular file. O_NONBLOCK keeps a FIFO swapped in after discovery
    from blocking the caller (the parent hashes files outside any worker's time limit)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(errno.EINVAL, "bukan berkas biasa (FIFO/perangkat/folder)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open_regular(path) as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(chunk)
    return h.hexdigest()


def detect_format(path: Path) -> str:
    with open_regular(path) as fh:
        head = fh.read(8192)
    return sniff(head, path.name, open_for_zip=path)


def summarise(pages: list[Page]) -> Extraction:
    ocr_pages = [p for p in pages if p.method == "ocr"]
    text_pages = [p for p in pages if p.method == "text"]
    if ocr_pages and text_pages:
        method = "mixed"
    elif ocr_pages:
        method = "ocr"
    elif text_pages:
        method = "text"
    else:
        method = "none"
    confs = [p.confidence for p in ocr_pages if p.confidence is not None]
    return Extraction(method=method, ocr_pages=len(ocr_pages),  # type: ignore[arg-type]
                      mean_confidence=round(sum(confs) / len(confs), 1) if confs else None,
                      extractor_version=EXTRACTOR_VERSION)


def _read(path: Path, fmt: str, opts: Options, progress: PageProgress) -> Extracted:
    from .archives import check_zip_limits

    if fmt == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(path, opts, progress)
    if fmt == "image":
        from .images import extract_image

        return extract_image(path, opts, progress)
    if fmt in ("docx", "xlsx", "pptx", "ods", "odt"):
        check_zip_limits(path, opts.max_file_bytes)
    if fmt == "docx":
        from .office import extract_docx

        return extract_docx(path)
    if fmt == "odt":
        from .office import extract_odt

        return extract_odt(path)
    if fmt == "xlsx":
        from .sheets import extract_xlsx

        return extract_xlsx(path)
    if fmt == "xls":
        from .sheets import extract_xls

        return extract_xls(path)
    if fmt == "ods":
        from .sheets import extract_ods

        return extract_ods(path)
    if fmt == "pptx":
        from .slides import extract_pptx

        return extract_pptx(path)
    if fmt in ("txt", "html"):
        from .plain import extract_text

        return extract_text(path, fmt)
    if fmt == "doc":
        from .plain import extract_doc

        ex = extract_doc(path)
        ex.findings.append(make_finding("extraction", "LEGACY_FORMAT", detail="Word 97-2003 (.doc)"))
        return ex
    raise AssertionError(fmt)


def _failure(exc: BaseException, fmt: str) -> Finding:
    """Map a reader's exception to the finding an agency can act on."""
    from .archives import ZipLimitExceeded
    from .images import ImageTooLarge
    from .plain import AntiwordMissing

    if isinstance(exc, (ZipLimitExceeded, ImageTooLarge)):
        return make_finding("extraction", "TOO_LARGE", detail=str(exc))
    if isinstance(exc, AntiwordMissing):
        return make_finding("extraction", "UNSUPPORTED_FORMAT",
                            detail="Word 97-2003 (.doc); antiword tidak terpasang, konversi ke PDF/DOCX")
    if isinstance(exc, (FileNotFoundError, PermissionError, NotRegularFile)):
        return make_finding("extraction", "UNREADABLE", detail=f"{type(exc).__name__}: {exc.strerror or exc}")
    if isinstance(exc, subprocess.TimeoutExpired):
        return make_finding("extraction", "TIMEOUT", seconds=f"{exc.timeout:g}")
    if _is_xml_entity_error(exc):
        return make_finding("extraction", "UNREADABLE", detail=f"{fmt.upper()} memuat deklarasi entitas XML (DTD) yang "
                            "tidak diproses demi keamanan; simpan ulang dari aplikasi Office")
    if isinstance(exc, MemoryError):
        return make_finding("extraction", "TOO_LARGE", detail="memori tidak cukup")
    if isinstance(exc, zipfile.BadZipFile) or "zip" in str(exc).lower():
        return make_finding("extraction", "UNREADABLE", detail=f"{fmt.upper()} rusak atau terpotong")
    msg = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
    return make_finding("extraction", "UNREADABLE", detail=f"{fmt.upper()}: {msg}")


def _is_xml_entity_error(exc: BaseException) -> bool:
    """Entity expansion (billion laughs) and external entities (XXE) are refused by the XML parsers
    (lxml's amplification limit, defusedxml, expat without external entities); say so plainly."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:  # openpyxl wraps the parser's error in a ValueError
        seen.add(id(cur))
        msg = str(cur).lower()
        if type(cur).__module__.startswith("defusedxml") or "entity" in msg or "dtd" in msg:
            return True
        cur = cur.__cause__ or cur.__context__
    return False


def _post_findings(doc: Document, fmt: str) -> list[Finding]:
    out: list[Finding] = []
    ex = doc.extraction
    has_error = any(f.severity == "error" for f in doc.findings)
    if fmt in CONTENT_FORMATS and not doc.readable and not has_error:
        out.append(make_finding("extraction", "NO_TEXT"))
    if fmt == "pdf" and ex.ocr_pages and ex.method == "ocr":
        out.append(make_finding("extraction", "NOT_SEARCHABLE", pages=ex.ocr_pages))
    if ex.mean_confidence is not None and ex.mean_confidence < 60 and doc.readable:
        out.append(make_finding("extraction", "LOW_OCR_CONFIDENCE", confidence=round(ex.mean_confidence)))
    return out


def extract_path(path: Path, rel: str, opts: Options, progress: PageProgress = no_progress, *,
                 sha256: str | None = None, depth: int = 0) -> list[Document]:
    """Documents for one file on disk (several for an archive). Never raises for bad content."""
    t0 = time.perf_counter()
    try:
        size = path.stat().st_size
        sha = sha256 or sha256_file(path)
        fmt = "empty" if size == 0 else detect_format(path)
    except OSError as exc:
        return [Document(path=rel, format=format_from_extension(rel), findings=(_failure(exc, "file"),))]
    base = Document(path=rel, sha256=sha, size=size, format=fmt)
    findings: list[Finding] = []
    ext_fmt = format_from_extension(PurePosixPath(rel).name)
    if fmt not in ("empty", "unknown") and ext_fmt not in ("unknown", fmt) and not (ext_fmt == "txt" and fmt == "html"):
        findings.append(make_finding("extraction", "EXTENSION_MISMATCH", extension=PurePosixPath(rel).suffix or "-",
                                     detected=fmt.upper()))
    if fmt == "empty":
        return [replace(base, findings=(make_finding("extraction", "EMPTY_FILE"),))]
    if size > opts.max_file_bytes:
        return [replace(base, findings=(*findings, make_finding(
            "extraction", "TOO_LARGE", detail=f"{size // (1024 * 1024)} MB > {opts.max_file_bytes // (1024 * 1024)} MB")))]
    if fmt == "zip":
        return _extract_zip(path, base, findings, opts, progress, depth)
    if fmt not in CONTENT_FORMATS:
        detail = UNSUPPORTED_DETAIL.get(fmt, fmt)
        return [replace(base, findings=(*findings, make_finding("extraction", "UNSUPPORTED_FORMAT", detail=detail)))]
    try:
        ex = _read(path, fmt, opts, progress)
    except Exception as exc:  # noqa: BLE001 — any reader failure is a finding, the run goes on
        return [replace(base, findings=(*findings, _failure(exc, fmt)))]
    doc = replace(base, pages=tuple(ex.pages), page_count=ex.page_count, meta=ex.meta,
                  findings=tuple(findings + ex.findings))
    doc = replace(doc, extraction=replace(summarise(ex.pages), seconds=round(time.perf_counter() - t0, 3)))
    return [doc.with_findings(*_post_findings(doc, fmt))]


def _extract_zip(path: Path, base: Document, findings: list[Finding], opts: Options, progress: PageProgress,
                 depth: int) -> list[Document]:
    from .archives import MAX_DEPTH, walk_zip

    members: list[Document] = []
    if depth >= MAX_DEPTH:
        return [replace(base, findings=(*findings, make_finding(
            "extraction", "ARCHIVE_MEMBER_SKIPPED", member="*", detail=f"arsip bersarang lebih dari {MAX_DEPTH} tingkat")))]

    def handle(tmp: Path, name: str) -> None:
        members.extend(extract_path(tmp, f"{base.path}!/{name}", opts, progress, depth=depth + 1))

    try:
        issues = walk_zip(path, opts.max_file_bytes, handle)
    except Exception as exc:  # noqa: BLE001
        return [replace(base, findings=(*findings, _failure(exc, "zip")))]
    for issue in issues:
        if issue.code == "ENCRYPTED":
            members.append(Document(path=f"{base.path}!/{issue.name}", format=format_from_extension(issue.name),
                                    findings=(make_finding("extraction", "ENCRYPTED"),)))
        else:
            findings.append(make_finding("extraction", "ARCHIVE_MEMBER_SKIPPED", member=issue.name, detail=issue.reason))
    container = replace(base, page_count=0, findings=tuple(findings), meta={"members": [m.path for m in members]})
    return [container, *members]


def extract_file(path: Path, options: Options | None = None) -> Document:
    """Convenience for scripts and benchmarks: the (first) Document of one file, path = its name."""
    opts = options or Options(input=path.parent)
    return extract_path(Path(path), Path(path).name, opts)[0]


def extract_all(sources, ctx, post=None, prepare=None):  # noqa: ANN001, ANN201 — see runner.extract_all
    from .runner import extract_all as _run

    return _run(sources, ctx, post, prepare)
