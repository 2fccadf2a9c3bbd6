"""Photos and scanned images: honour EXIF orientation, bound the pixel count, OCR each frame."""
from __future__ import annotations

from pathlib import Path

from ..context import Options
from ..messages import make_finding
from ..models import Page
from . import ocr
from .common import Extracted, PageProgress, clean_text, no_progress, select_pages
from .signatures import read_qr_codes

MAX_PIXELS = 60_000_000  # ~ A3 at 600 dpi; beyond this an image is a decompression bomb, not a scan
SMALL_SIDE = 1400  # phone crops and thumbnails read much better upscaled


class ImageTooLarge(Exception):
    pass


def _prepare(img):
    from PIL import Image, ImageOps

    img = ImageOps.exif_transpose(img)
    img = img.convert("L")
    if max(img.size) < SMALL_SIDE:
        f = SMALL_SIDE / max(1, max(img.size))
        img = img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
    return img


def extract_image(path: Path, opts: Options, progress: PageProgress = no_progress) -> Extracted:
    import warnings

    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    out = Extracted()
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(str(path))
            if img.width * img.height > MAX_PIXELS:
                raise ImageTooLarge(f"{img.width}x{img.height}")
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageTooLarge(str(exc)) from None
        with img:
            frames = getattr(img, "n_frames", 1)
            out.page_count = frames
            for i in select_pages(frames, min(opts.max_ocr_pages, opts.max_pages)):
                img.seek(i)
                progress(i + 1, frames)
                page_img = _prepare(img)
                try:
                    res = ocr.ocr_image(page_img, lang=opts.ocr_lang, dpi=opts.ocr_dpi)
                except ocr.OcrUnavailable as exc:
                    out.findings.append(make_finding("extraction", "OCR_UNAVAILABLE", detail=str(exc)))
                    break
                out.pages.append(Page(number=i + 1, text=clean_text(res.text), method="ocr",
                                      confidence=res.confidence, rotation=res.rotation))
                if res.number_slots:
                    out.meta.setdefault("number_slots", {})[str(i + 1)] = list(res.number_slots)
                # a screenshot or a photographed letter may carry a verification QR code; facts.py reports it
                qr = [{"page": i + 1, "text": t} for t in read_qr_codes(page_img)]
                if qr:
                    out.meta.setdefault("qr_codes", []).extend(qr)
    return out
