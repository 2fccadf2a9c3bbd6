"""PDF pages: pdfium's text layer where it is usable, Tesseract where it is not (scans, glyph soup)."""
from __future__ import annotations

import re
from pathlib import Path

from ..context import Options
from ..messages import make_finding
from ..models import Page
from . import ocr
from .common import Extracted, PageProgress, clean_text, no_progress, select_pages
from .quality import needs_ocr, text_quality

MAX_RENDER_PIXELS = 40_000_000  # a poster-sized page rendered at 300 dpi would eat gigabytes


class PdfEncrypted(Exception):
    pass


def _open(path: Path):  # -> pdfium.PdfDocument
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise PdfEncrypted() from None
        raise


def _document_meta(pdf) -> dict[str, object]:
    import pypdfium2.raw as raw

    meta: dict[str, object] = {}
    try:
        md = {k: v for k, v in pdf.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
        if md:
            meta["pdf_metadata"] = {k: v[:300] for k, v in md.items()}
    except Exception:  # metadata is nice to have; a broken Info dict must not cost the text
        pass
    try:
        meta["pdf_signature"] = raw.FPDF_GetSignatureCount(pdf.raw) > 0
    except Exception:
        pass
    active = []
    try:
        if raw.FPDFDoc_GetJavaScriptActionCount(pdf.raw) > 0:
            active.append("JavaScript")
    except Exception:
        pass
    try:
        if pdf.count_attachments() > 0:
            active.append("lampiran tersemat (embedded files)")
    except Exception:
        pass
    if active:
        meta["active_content"] = active
    return meta


def _render(page, dpi: int):
    w, h = page.get_size()
    scale = dpi / 72.0
    if w * h * scale * scale > MAX_RENDER_PIXELS:
        scale = (MAX_RENDER_PIXELS / max(1.0, w * h)) ** 0.5
    return page.render(scale=scale, grayscale=True).to_pil()


def extract_pdf(path: Path, opts: Options, progress: PageProgress = no_progress) -> Extracted:
    out = Extracted()
    try:
        pdf = _open(path)
    except PdfEncrypted:
        out.findings.append(make_finding("extraction", "ENCRYPTED"))
        return out
    try:
        total = len(pdf)
        out.page_count = total
        out.meta.update(_document_meta(pdf))
        if out.meta.get("active_content"):
            out.findings.append(make_finding("extraction", "ACTIVE_CONTENT", detail=", ".join(out.meta["active_content"])))
        wanted = select_pages(total, opts.max_pages)
        if len(wanted) < total:
            out.findings.append(make_finding("extraction", "PARTIALLY_READ", read=len(wanted), total=total,
                                             limit=opts.max_pages))
        texts: dict[int, tuple[str, float | None]] = {}
        to_ocr: list[int] = []
        qr_ends = set(wanted[:2] + wanted[-3:])  # the signature block is at the end, a letterhead QR at the top
        qr_scanned, qr_found = 0, []
        for i in wanted:
            page = pdf[i]
            try:
                tp = page.get_textpage()
                text = clean_text(tp.get_text_bounded())
                tp.close()
                if qr_scanned < QR_PAGE_LIMIT and (i in qr_ends or _ESIGN_HINT.search(text)):
                    qr_scanned += 1  # while the page is loaded: loading it again costs more than the scan
                    qr_found += _qr_on_page(page, i)
            except Exception:
                text = ""
            finally:
                page.close()
            bad, quality = needs_ocr(text)
            texts[i] = (text, quality)
            if bad:
                to_ocr.append(i)
        if qr_found:
            out.meta["qr_codes"] = qr_found
        ocr_budget = set(to_ocr[i] for i in select_pages(len(to_ocr), opts.max_ocr_pages))
        ocr_pages = _ocr_pages(pdf, sorted(ocr_budget), opts, progress, out)
        for i in wanted:
            text, quality = texts[i]
            if i in ocr_pages and _ocr_is_better(ocr_pages[i].text, text, quality):
                out.pages.append(ocr_pages[i])
            else:
                out.pages.append(Page(number=i + 1, text=text, method="text" if text.strip() else "none",
                                      quality=quality))
        if len(ocr_budget) < len(to_ocr):
            out.findings.append(make_finding("extraction", "PARTIALLY_READ", read=len(wanted) - len(to_ocr) + len(ocr_budget),
                                             total=total, limit=opts.max_ocr_pages))
        out.meta.update(_raw_facts(path, out.pages, out.meta))
    finally:
        pdf.close()
    return out


def _ocr_is_better(ocr_text: str, layer_text: str, layer_quality: float | None) -> bool:
    """A substantial text layer (keys, e-mail lists, tables of codes) can score low on known words and
    still be right; keep it unless the OCR reading is clearly better."""
    if len(layer_text.strip()) < 200 or layer_quality is None:
        return True
    q = text_quality(ocr_text)
    return q is not None and q > layer_quality + 0.1


def _ocr_one(img, opts: Options) -> tuple[ocr.OcrResult, list[str | None]]:
    from .signatures import read_qr_codes
    from .slots import ocr_slot

    try:
        with ocr_slot():
            res = ocr.ocr_image(img, lang=opts.ocr_lang, dpi=opts.ocr_dpi)
        return res, read_qr_codes(img)  # the page is rendered already: a QR look costs ~20 ms
    finally:
        img.close()


# Text pages whose words speak of an electronic signature: their embedded images are searched for a QR code.
_ESIGN_HINT = re.compile(r"BSrE|Sertifikasi\s+Elektronik|secara\s+elektronik|tanda\s*tangan\s+(?:elektronik|digital)"
                         r"|\bTTE\b|kode\s+QR|QR\s*code|scan\s+QR|verifikasi", re.IGNORECASE)
QR_PAGE_LIMIT = 10  # text pages whose embedded images are searched for QR codes, per file


def _raw_facts(path: Path, pages: list[Page], meta: dict[str, object]) -> dict[str, object]:
    """What recognition cannot get from the text alone: budget tables (pdfplumber) and the signature
    dictionaries (pdfsig). Raw results only; facts.py reads them. (QR codes: _scan_qr and _ocr_one.)"""
    from .signatures import read_pdf_signatures
    from .tables import budget_pages, read_tables

    raw: dict[str, object] = {}
    text_pages = {p.number: p.text for p in pages if p.method == "text"}
    tables = read_tables(path, budget_pages(text_pages))  # OCR pages have no words for pdfplumber
    if tables:
        raw["tables"] = tables
    if meta.get("pdf_signature"):
        sigs = read_pdf_signatures(path)
        if sigs:
            raw["signatures"] = sigs
    qr = meta.get("qr_codes")
    if isinstance(qr, list):  # a scanned page's QR is seen both as an embedded image and on the OCR render
        unique = {(q["page"], q["text"]): q for q in qr}
        raw["qr_codes"] = sorted(unique.values(), key=lambda q: (q["page"], q["text"] or ""))
    return raw


def _qr_on_page(page, index: int) -> list[dict[str, object]]:
    """QR codes among one text page's embedded images (decoded texts only)."""
    from .signatures import qr_from_page_images

    return [{"page": index + 1, "text": t} for t in qr_from_page_images(page)]


def _ocr_pages(pdf, indexes: list[int], opts: Options, progress: PageProgress, out: Extracted) -> dict[int, Page]:
    """Render pages one by one (pdfium is not thread-safe) and OCR them on a few threads: Tesseract runs as
    a subprocess, and the run-wide slots keep the number of Tesseracts at --jobs."""
    from concurrent.futures import ThreadPoolExecutor

    from .slots import slot_count

    threads = min(slot_count(), max(1, len(indexes)))
    done: dict[int, Page] = {}
    inflight: dict[int, object] = {}

    def collect(i: int, fut) -> None:  # noqa: ANN001
        res, qr = fut.result()
        if qr:
            out.meta.setdefault("qr_codes", []).extend({"page": i + 1, "text": t} for t in qr)
        done[i] = Page(number=i + 1, text=clean_text(res.text), method="ocr", confidence=res.confidence,
                       rotation=res.rotation)

    try:
        with ThreadPoolExecutor(threads) as pool:
            for i in indexes:
                while len(inflight) > threads:  # bound rendered page images held in memory
                    first = next(iter(inflight))
                    collect(first, inflight.pop(first))
                progress(i + 1, len(pdf))
                page = pdf[i]
                try:
                    img = _render(page, opts.ocr_dpi)
                finally:
                    page.close()
                inflight[i] = pool.submit(_ocr_one, img, opts)
            for i, fut in list(inflight.items()):
                collect(i, fut)
                inflight.pop(i)
    except ocr.OcrUnavailable as exc:
        for fut in inflight.values():
            fut.cancel()  # type: ignore[attr-defined]
        out.findings.append(make_finding("extraction", "OCR_UNAVAILABLE", detail=str(exc)))
    return done
