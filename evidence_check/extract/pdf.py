"""PDF pages: pdfium's text layer where it is usable, Tesseract where it is not (scans, glyph soup)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ..context import Options
from ..messages import make_finding
from ..models import Page
from ..needles import fold, may_match
from . import ocr
from .common import Extracted, PageProgress, clean_text, no_progress, select_pages
from .quality import needs_ocr, text_quality
from .signatures import image_objects

MAX_RENDER_PIXELS = 40_000_000  # a poster-sized page rendered at 300 dpi would eat gigabytes
# A scan is read at its own resolution from here up (many decrees are 200-dpi scans): resampling it to
# 300 dpi adds pixels, not detail, and Tesseract's time grows with pixels (benchmarks/batch.py --ocr).
NATIVE_MIN_DPI = 200


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


def _render(page, dpi: float):
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
        identity: dict[int, list[str]] = {}  # text pages whose empty number/date slot has an image on it
        qr_ends = set(wanted[:2] + wanted[-3:])  # the signature block is at the end, a letterhead QR at the top
        qr_scanned, qr_found = 0, []
        aspects: list[float] = []  # width / height of each page read: a deck printed to PDF keeps its 4:3 or 16:9
        for i in wanted:
            page = pdf[i]
            try:
                w, h = page.get_size()
                if w > 0 and h > 0:
                    aspects.append(round(w / h, 3))
                tp = page.get_textpage()
                text = clean_text(tp.get_text_bounded())
                slots = image_slots(page, tp, text)
                if slots:
                    identity[i] = slots
                tp.close()
                if qr_scanned < QR_PAGE_LIMIT and (i in qr_ends or _esign_hint(text)):
                    qr_scanned += 1  # while the page is loaded: loading it again costs more than the scan
                    qr_found += _qr_on_page(page, i)
                bad, quality = needs_ocr(text)
                if bad and trust_vector_layer(page, text, quality):
                    bad = False
            except Exception:
                text = ""
                bad, quality = needs_ocr(text)
            finally:
                page.close()
            texts[i] = (text, quality)
            if bad:
                to_ocr.append(i)
        if qr_found:
            out.meta["qr_codes"] = qr_found
        out.meta["page_shapes"] = {f"{a:.3f}": n for a, n in sorted(Counter(aspects).items())}
        ocr_budget = set(to_ocr[i] for i in select_pages(len(to_ocr), opts.max_ocr_pages))
        slot_pages = [i for i in sorted(identity) if i not in to_ocr][:IDENTITY_OCR_PAGES]
        ocr_pages = _ocr_pages(pdf, sorted(ocr_budget | set(slot_pages)), opts, progress, out)
        for i in slot_pages:
            merged, notes = merge_identity(texts[i][0], ocr_pages[i].text if i in ocr_pages else "", identity[i])
            texts[i] = (merged, texts[i][1])
            out.meta.setdefault("image_identity", []).extend({"page": i + 1, **n} for n in notes)
        for i in wanted:
            text, quality = texts[i]
            if i in ocr_pages and i in ocr_budget and _ocr_is_better(ocr_pages[i].text, text, quality):
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


# --- identity typed or written on an image (issue 11) ------------------------------------------------------
# An enacted act is often published as the Word text with the number, the date and the signature added as
# images (a stamp, handwriting, a scan pasted on the page). Its text layer reads "NOMOR    TAHUN 2013" and
# "pada tanggal" like a draft. An empty slot (no dots: dots are typed placeholders) with an image on its line
# is read by OCR of the rendered page; what OCR reads is merged into the slot's line, and what it cannot read
# is reported in meta["image_identity"] so recognition says `unknown`, not `draft`.
IDENTITY_OCR_PAGES = 4  # text pages per file OCR'd for their image slots (title and signature pages)
_SLOT_LINES = {
    "nomor": re.compile(r"^[ \t]*(NOMOR)[ \t]*:?[ \t]*(?:TAHUN[ \t]*(?:(?:19|20)\d\d)?)?[ \t]*$", re.MULTILINE),
    "tanggal": re.compile(r"^[ \t]*(?:(?:Ditetapkan|Disahkan|Diundangkan)[ \t]+di[^\n]*\n[ \t]*)?(pada[ \t]+tanggal)"
                          r"[ \t]*:?[ \t]*(?:(?:19|20)\d\d)?[ \t]*$", re.MULTILINE | re.IGNORECASE),
}
_OCR_SLOT = {
    "nomor": re.compile(r"^[ \t]*NOMOR[ \t]*:?[ \t]*(?P<value>[^\n]*?\S)[ \t]+TAHUN\b[^\n]*$", re.MULTILINE),
    "tanggal": re.compile(r"^[ \t]*pada[ \t]*tanggal[ \t]*:?[ \t]*(?P<value>[^\n]*\S)[ \t]*$", re.MULTILINE | re.I),
}
SLOT_BAND_LINES = 2.0  # an image this many line heights above or below the slot's line is on the slot


def empty_slots(text: str) -> list[tuple[str, str]]:
    """(slot, keyword) of each identity slot the text layer shows empty: "NOMOR   TAHUN 2013", "pada tanggal"."""
    return [(name, m.group(1)) for name, rx in _SLOT_LINES.items() for m in rx.finditer(text)]


def image_slots(page, textpage, text: str) -> list[str]:  # noqa: ANN001 — pypdfium2 page and text page
    """Names of the empty identity slots of a text page that have an image on their line, right of the keyword."""
    wanted = empty_slots(text)
    if not wanted:
        return []
    try:
        images = [o.get_bounds() for o in image_objects(page)]
    except Exception:  # noqa: BLE001 — odd page objects: no image evidence, the text layer stands
        return []
    found: list[str] = []
    for name, keyword in wanted:
        if name in found:
            continue
        for left, bottom, _right, top in _keyword_boxes(textpage, keyword):
            band = SLOT_BAND_LINES * max(1.0, top - bottom)
            if any(ib < top + band and it > bottom - band and ir > left for il, ib, ir, it in images):
                found.append(name)
                break
    return found


def _keyword_boxes(textpage, keyword: str) -> list[tuple[float, float, float, float]]:  # noqa: ANN001
    boxes = []
    try:
        searcher = textpage.search(keyword, match_case=False, match_whole_word=True)
        for _ in range(20):
            occ = searcher.get_next()
            if not occ:
                break
            index, count = occ
            first, last = textpage.get_charbox(index), textpage.get_charbox(index + count - 1)
            boxes.append((first[0], min(first[1], last[1]), last[2], max(first[3], last[3])))
    except Exception:  # noqa: BLE001 — a text page pdfium cannot search: no position, no image evidence
        return []
    return boxes


def merge_identity(layer: str, ocr_text: str, slots: list[str]) -> tuple[str, list[dict[str, object]]]:
    """The text layer with each empty slot line replaced by the OCR reading of that line, when OCR read a
    value there; notes of what was read ("read": None when the slot stays unreadable)."""
    notes: list[dict[str, object]] = []
    for name in slots:
        m = _OCR_SLOT[name].search(ocr_text)
        value = m.group("value").strip() if m else None
        if value and not re.search(r"\d", value):
            value = None  # handwriting read as letters ("g"), or dots: a number and a date both have digits
        notes.append({"slot": name, "read": value})
        slot = _SLOT_LINES[name].search(layer)
        if value and slot:  # the layer's keyword, the value OCR read, then what the layer has right of the slot
            rest = layer[slot.end(1): slot.end()].strip(" \t:") if name == "nomor" else ""
            filled = " ".join(x for x in (slot.group(1), value, rest) if x)
            layer = layer[: slot.start(1)] + filled + layer[slot.end():]
    return layer, notes


VECTOR_MIN_QUALITY = 0.3  # below this a layer is glyph soup (a font without ToUnicode), whatever drew it
VECTOR_MIN_CHARS = 200


def trust_vector_layer(page, text: str, quality: float | None) -> bool:  # noqa: ANN001 — a pypdfium2 page
    """Keep a low-scoring text layer (`quality` from needs_ocr) without OCR when the page is drawn as text,
    with no image on it, and the layer is substantial and still reads partly as words: a table of tariffs,
    codes or abbreviations scores low on known words, yet it is the source's own text and OCR of its
    rendering reads the same glyphs no better (real set: every such page was OCR'd and the reading
    discarded, 1-3 s each). A scanner's hidden OCR layer sits on a page image and is still checked by OCR;
    glyph soup scores near zero and is too."""
    if quality is None or quality < VECTOR_MIN_QUALITY or len("".join(text.split())) < VECTOR_MIN_CHARS:
        return False
    try:
        return not image_objects(page)
    except Exception:  # noqa: BLE001 — odd page objects: let OCR decide as before
        return False


def _ocr_is_better(ocr_text: str, layer_text: str, layer_quality: float | None) -> bool:
    """A substantial text layer (keys, e-mail lists, tables of codes) can score low on known words and
    still be right; keep it unless the OCR reading is clearly better."""
    if len(layer_text.strip()) < 200 or layer_quality is None:
        return True
    q = text_quality(ocr_text)
    return q is not None and q > layer_quality + 0.1


def _ocr_one(img, opts: Options, dpi: int) -> tuple[ocr.OcrResult, list[str | None]]:
    from .signatures import read_qr_codes
    from .slots import ocr_slot

    try:
        with ocr_slot():
            res = ocr.ocr_image(img, lang=opts.ocr_lang, dpi=dpi)
        return res, read_qr_codes(img)  # the page is rendered already: a QR look costs ~20 ms
    finally:
        img.close()


def scan_dpi(page, target: int) -> float:  # page: a pypdfium2 PdfPage
    """`target`, or the page's own scan resolution when the page is one image covering it at
    NATIVE_MIN_DPI..target dpi (then rendering at that scale maps one image pixel to one pixel)."""
    try:
        w, h = page.get_size()
        images = image_objects(page)
        if len(images) != 1:
            return target
        left, bottom, right, top = images[0].get_bounds()
        if (right - left) * (top - bottom) < 0.9 * w * h:
            return target  # a photo on a text page: render the page as usual
        px_w, px_h = images[0].get_px_size()
        dpi_x, dpi_y = px_w / ((right - left) / 72.0), px_h / ((top - bottom) / 72.0)
    except Exception:  # noqa: BLE001 — odd page objects: the default resolution is always safe
        return target
    if abs(dpi_x - dpi_y) > 0.02 * max(dpi_x, dpi_y):
        return target  # stretched or quarter-turned image: one render scale cannot fit both axes
    dpi = min(dpi_x, dpi_y)  # exact, so the render maps one image pixel to one output pixel
    return dpi if NATIVE_MIN_DPI <= round(dpi) < target else target


def _page_memo(opts: Options) -> ocr.PageMemo:
    if not opts.use_cache:
        return ocr.PageMemo(None)  # --no-cache: identical pages within one file are still read once
    from .cache import default_cache_dir

    return ocr.PageMemo((opts.cache_dir or default_cache_dir()) / "ocr-pages")


# Text pages whose words speak of an electronic signature: their embedded images are searched for a QR code.
_ESIGN_HINT = re.compile(r"BSrE|Sertifikasi\s+Elektronik|secara\s+elektronik|tanda\s*tangan\s+(?:elektronik|digital)"
                         r"|\bTTE\b|kode\s+QR|QR\s*code|scan\s+QR|verifikasi", re.IGNORECASE)
QR_PAGE_LIMIT = 10  # text pages whose embedded images are searched for QR codes, per file


def _esign_hint(text: str) -> bool:
    """_ESIGN_HINT on the page, its literals tested first (needles.py): the case-insensitive alternation
    costs a scan at every offset of every page, and most pages hold none of its words."""
    return may_match(_ESIGN_HINT.pattern, fold(text), _ESIGN_HINT.flags) and bool(_ESIGN_HINT.search(text))


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
    a subprocess, and the run-wide slots keep the number of Tesseracts at --jobs. Blank pages are not
    OCR'd, and a page image already read (here or in another file) is taken from the memo."""
    from concurrent.futures import ThreadPoolExecutor

    from .slots import slot_count

    threads = min(slot_count(), max(1, len(indexes)))
    memo = _page_memo(opts)
    done: dict[int, Page] = {}
    inflight: dict[int, object] = {}
    keys: dict[int, str] = {}
    same_as: dict[int, int] = {}  # page -> earlier page of this file with the identical image

    def page_of(i: int, res: ocr.OcrResult) -> Page:
        if res.number_slots:  # recognition tells a white slot from an unread handwritten number
            out.meta.setdefault("number_slots", {})[str(i + 1)] = list(res.number_slots)
        return Page(number=i + 1, text=clean_text(res.text), method="ocr", confidence=res.confidence,
                    rotation=res.rotation)

    def note_qr(i: int, qr: list[str | None]) -> None:
        if qr:
            out.meta.setdefault("qr_codes", []).extend({"page": i + 1, "text": t} for t in qr)

    def collect(i: int, fut) -> None:  # noqa: ANN001
        res, qr = fut.result()
        memo.put(keys[i], res)
        note_qr(i, qr)
        done[i] = page_of(i, res)

    try:
        with ThreadPoolExecutor(threads) as pool:
            for i in indexes:
                while len(inflight) > threads:  # bound rendered page images held in memory
                    first = next(iter(inflight))
                    collect(first, inflight.pop(first))
                progress(i + 1, len(pdf))
                page = pdf[i]
                try:
                    exact = scan_dpi(page, opts.ocr_dpi)
                    img = _render(page, exact)
                    dpi = round(exact)
                finally:
                    page.close()
                if ocr.is_blank(img, dpi):
                    img.close()
                    done[i] = Page(number=i + 1, text="", method="none")
                    continue
                keys[i] = ocr.page_key(img, opts.ocr_lang, dpi)
                earlier = next((j for j, k in keys.items() if k == keys[i] and j != i), None)
                hit = memo.get(keys[i])
                if hit is not None or earlier is not None:
                    from .signatures import read_qr_codes

                    try:  # no Tesseract for this page, but its QR codes are still this file's facts
                        note_qr(i, read_qr_codes(img))
                    finally:
                        img.close()
                    if hit is not None:
                        done[i] = page_of(i, hit)
                    else:
                        same_as[i] = earlier  # type: ignore[assignment]
                    continue
                inflight[i] = pool.submit(_ocr_one, img, opts, dpi)
            for i, fut in list(inflight.items()):
                collect(i, fut)
                inflight.pop(i)
    except ocr.OcrUnavailable as exc:
        for fut in inflight.values():
            fut.cancel()  # type: ignore[attr-defined]
        out.findings.append(make_finding("extraction", "OCR_UNAVAILABLE", detail=str(exc)))
    for i, j in same_as.items():
        if j in done:
            done[i] = replace(done[j], number=i + 1)
    return done
