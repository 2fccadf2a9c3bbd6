"""The one wrapper around the Tesseract CLI: page image in, text + mean confidence + rotation out.

One Tesseract process per page, single-threaded (OMP_THREAD_LIMIT=1): parallelism comes from our worker
processes, and OpenMP threads inside each Tesseract would only oversubscribe the cores.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

# Below this mean confidence a page may be upside down or sideways: ask OSD (a second Tesseract run).
ROTATION_CHECK_CONFIDENCE = 60.0
MIN_WORDS_FOR_OSD = 3
# A phone photo of a page (grey, unevenly lit paper, often pasted on a white page) can read as nothing:
# Tesseract's global threshold separates the white margin from the grey photo and blackens the text with
# it. Such a page is read again with its background flattened (benchmarks/ocr_photos.py measures it).
# Only when the first pass read poorly AND the image is mostly mid-grey, so clean scans never pay for it.
ENHANCE_MAX_WORDS = 40  # a first pass with fewer words than this, or
ENHANCE_MIN_CONFIDENCE = 70.0  # a mean confidence below this, is a poor read
ENHANCE_MIN_GREY_SHARE = 0.25  # share of pixels in GREY_BAND: paper that is not white
GREY_BAND = (60, 216)
ENHANCE_VERSION = 4  # in the page memo key: 1 photo fallback, 3 number slot ink, 4 gaps in a number (read again)


class OcrUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float | None  # mean word confidence 0-100
    words: int
    rotation: int = 0  # clockwise degrees applied before the OCR that produced `text`
    # ink in each empty slot right of a capitalised NOMOR in the upper half (share of dark pixels): tells a
    # handwritten number Tesseract could not read from a slot a draft left white
    number_slots: tuple[float, ...] = ()


def tesseract_path() -> str:
    exe = shutil.which("tesseract")
    if not exe:
        raise OcrUnavailable("tesseract not found on PATH")
    return exe


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line numbers
    conf: float = -1.0  # Tesseract's word confidence 0-100 (-1: none given)


def _tsv_words(tsv: str) -> list[Word]:
    """The words of Tesseract's TSV output, with their boxes and confidences."""
    out = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or not cols[11].strip():
            continue
        try:
            out.append(Word(cols[11].strip(), int(cols[6]), int(cols[7]), int(cols[8]), int(cols[9]),
                            (int(cols[2]), int(cols[3]), int(cols[4])), float(cols[10])))
        except ValueError:
            continue
    return out


def _confidence(words: list[Word]) -> tuple[float | None, int]:
    """Mean word confidence and how many words have one."""
    confs = [w.conf for w in words if w.conf >= 0]
    if not confs:
        return None, 0
    return round(sum(confs) / len(confs), 1), len(confs)


# The number slot of a legal heading ("NOMOR      TAHUN 2017"): from the right of NOMOR (and its colon) to TAHUN,
# or a slot's usual width when TAHUN is on the next line; as tall as the line plus room for handwriting.
_NOMOR_WORD = re.compile(r"^NOMOR\s*[:.]?$")
_SLOT_WIDTH_LINES = 10  # a slot without TAHUN on its line: about ten line-heights wide
_INK_DARK = 128


def _ink_share(gray: Image.Image, box: tuple[int, int, int, int]) -> float:
    """Share of dark pixels in `box` after a 3x3 median filter: scanner specks go, pen strokes stay."""
    from PIL import ImageFilter

    crop = gray.crop(box).filter(ImageFilter.MedianFilter(3))
    return round(sum(crop.histogram()[:_INK_DARK]) / (crop.width * crop.height), 4)


def number_slot_ink(img: Image.Image, words: list[Word]) -> tuple[float, ...]:
    """Share of dark pixels in each empty slot after a capitalised NOMOR in the upper half of the page, after a
    3x3 median filter (scanner specks go, pen strokes stay): the slot after NOMOR when nothing was read there,
    else each gap where two parts of the number meet at a slash."""
    gray = img.convert("L") if img.mode != "L" else img
    inks: list[float] = []
    for i, w in enumerate(words):
        if not _NOMOR_WORD.match(w.text) or w.top > gray.height / 2:
            continue
        same = [x for x in words[i + 1:] if x.line == w.line and x.left > w.left]
        after = [x for x in same if x.text not in (":", ".")]
        if after and after[0].text.upper() != "TAHUN":
            # a number read as text; its running part may still be a gap ("445/ /PKM/2018", "824/Kep. /ADM")
            inks.extend(_gap_ink(gray, after))
            continue
        colon = [x.left + x.width for x in same[:1] if x.text in (":", ".")]
        start = max([w.left + w.width, *colon]) + w.height // 2
        end = after[0].left - w.height // 2 if after else start + _SLOT_WIDTH_LINES * w.height
        box = (max(0, start), max(0, w.top - w.height // 2), min(gray.width, end),
               min(gray.height, w.top + w.height + w.height // 2))
        if box[2] - box[0] < 2 * w.height or box[3] <= box[1]:
            continue
        inks.append(_ink_share(gray, box))
    return tuple(inks)


def _gap_ink(gray: Image.Image, number: list[Word]) -> list[float]:
    """Ink in the gap between two parts of a number that meet at a slash ("445/" … "/PKM"): where the running
    number is written in by hand, or left white by a draft."""
    out = []
    for a, b in zip(number, number[1:]):
        if not (a.text.endswith(("/", ".")) and b.text.startswith("/")):
            continue
        pad = max(1, a.height // 6)
        box = (a.left + a.width + pad, max(0, min(a.top, b.top) - a.height // 3), b.left - pad,
               min(gray.height, max(a.top + a.height, b.top + b.height) + a.height // 3))
        if box[2] - box[0] < 3 or box[3] <= box[1]:
            continue
        out.append(_ink_share(gray, box))
    return out


def run_tesseract(image_path: Path, lang: str, dpi: int, timeout: float) -> OcrResult:
    exe = tesseract_path()
    with tempfile.TemporaryDirectory(prefix="ec-ocr-") as tmp:
        base = Path(tmp) / "out"
        proc = subprocess.run(
            [exe, str(image_path), str(base), "-l", lang, "--dpi", str(dpi), "--psm", "3", "txt", "tsv"],
            capture_output=True, timeout=timeout, env=_env(),
        )
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise OcrUnavailable(err[-1] if err else f"tesseract exit code {proc.returncode}")
        text = (base.with_suffix(".txt")).read_text("utf-8", "replace")
        read = _tsv_words(base.with_suffix(".tsv").read_text("utf-8", "replace"))
        conf, words = _confidence(read)
        from PIL import Image as PILImage

        try:
            with PILImage.open(image_path) as img:  # the image Tesseract read: the slots are where its words are
                slot = number_slot_ink(img, read)
        except Exception:  # noqa: BLE001 — a slot measurement never costs the page its text
            slot = ()
    return OcrResult(text=text.replace("\f", "").strip(), confidence=conf, words=words, number_slots=slot)


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_ORIENT_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def detect_rotation(image_path: Path, timeout: float) -> int:
    """Clockwise degrees that make the page upright according to Tesseract OSD (0 when unsure)."""
    proc = subprocess.run(
        [tesseract_path(), str(image_path), "-", "--psm", "0", "-l", "osd"],
        capture_output=True, timeout=timeout, env=_env(),
    )
    out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    m, c = _ROTATE.search(out), _ORIENT_CONF.search(out)
    if not m:
        return 0
    if c and float(c.group(1)) < 1.0:  # OSD guesses on nearly blank pages; don't trust those
        return 0
    return int(m.group(1)) % 360


def _save_gray(img: Image.Image, path: Path) -> None:
    # PGM: no compression cost, and Tesseract (leptonica) reads it directly.
    img.convert("L").save(path, format="PPM")


def _score(r: OcrResult) -> float:
    return (r.confidence or 0) * min(r.words, 200)


def grey_share(img: Image.Image) -> float:
    """Share of pixels that are neither paper-white nor ink-black: high for photos of paper."""
    hist = (img.convert("L") if img.mode != "L" else img).histogram()
    return sum(hist[GREY_BAND[0]: GREY_BAND[1]]) / max(1, sum(hist))


def reads_poorly(res: OcrResult) -> bool:
    return res.words < ENHANCE_MAX_WORDS or (res.confidence or 0) < ENHANCE_MIN_CONFIDENCE


def flatten_background(img: Image.Image) -> Image.Image:
    """Divide the page by an estimate of its paper brightness (a max-filtered, blurred thumbnail), then
    stretch the contrast: uneven lighting and grey paper become white, ink stays dark."""
    from PIL import Image as PILImage
    from PIL import ImageFilter, ImageMath, ImageOps

    gray = img.convert("L") if img.mode != "L" else img
    small = gray.reduce(8) if min(gray.size) >= 64 else gray
    # the max filter removes text strokes from the thumbnail (text is darker than the paper around it)
    paper = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(4)).resize(
        gray.size, PILImage.Resampling.BILINEAR)
    flat = ImageMath.lambda_eval(lambda a: a["page"] * 255 / (a["paper"] + 1), page=gray.convert("F"),
                                 paper=paper.convert("F")).convert("L")
    return ImageOps.autocontrast(flat, cutoff=1)


def _enhanced_read(img: Image.Image, path: Path, first: OcrResult, lang: str, dpi: int,
                   timeout: float) -> tuple[OcrResult, Image.Image]:
    """The better of the first pass and a read of the background-flattened page, with the image that gave
    it; `path` is left holding that image. (Otsu binarisation after flattening was measured too: no gain.)"""
    flat = flatten_background(img)
    _save_gray(flat, path)
    second = run_tesseract(path, lang, dpi, timeout)
    if _score(second) > _score(first):
        return second, flat
    _save_gray(img, path)
    return first, img


def ocr_image(img: Image.Image, *, lang: str = "ind+eng", dpi: int = 300, timeout: float = 120.0) -> OcrResult:
    """OCR one page image; if it reads poorly, ask OSD for the orientation, rotate and read again; a poorly
    read photo of paper is read again with its background flattened."""
    with tempfile.TemporaryDirectory(prefix="ec-page-") as tmp:
        path = Path(tmp) / "page.pgm"
        _save_gray(img, path)
        first = run_tesseract(path, lang, dpi, timeout)
        if reads_poorly(first) and grey_share(img) >= ENHANCE_MIN_GREY_SHARE:
            first, img = _enhanced_read(img, path, first, lang, dpi, timeout)
        if (first.confidence or 0) >= ROTATION_CHECK_CONFIDENCE or first.words < MIN_WORDS_FOR_OSD:
            # read well (sideways pages included: Tesseract's layout analysis turns quarter turns itself),
            # or too little text for OSD to judge (blank and signature-only pages): one pass is enough
            return first
        try:
            rotation = detect_rotation(path, timeout)
        except (subprocess.SubprocessError, OSError):
            rotation = 0
        if rotation == 0:
            return first
        turned = img.rotate(-rotation, expand=True, fillcolor=255) if img.mode == "L" else img.rotate(
            -rotation, expand=True)
        _save_gray(turned, path)
        second = run_tesseract(path, lang, dpi, timeout)
        second = OcrResult(second.text, second.confidence, second.words, rotation, second.number_slots)
        return second if _score(second) > _score(first) else first


# ---------------------------------------------------------------------------------------------------
# Less Tesseract work at equal accuracy: blank pages are not sent, identical page images are read once.

BLANK_REDUCE = 4  # box-average 4x4 pixel blocks: isolated scanner specks fade, strokes of text stay dark
BLANK_DARK = 200  # a reduced block darker than this holds ink
BLANK_MAX_INK_300DPI = 20  # fewer ink blocks than this at 300 dpi (under one small character): blank


def is_blank(img: Image.Image, dpi: int = 300) -> bool:
    """True for an empty or near-empty page image (a scanned separator, the back of a sheet).

    Salt-and-pepper noise rarely reaches BLANK_DARK after the 4x4 average (one black pixel in sixteen
    is 239), while a single short word leaves dozens of ink blocks; any doubt goes to OCR."""
    gray = img.convert("L") if img.mode != "L" else img
    ink = sum(gray.reduce(BLANK_REDUCE).histogram()[:BLANK_DARK])
    return ink < BLANK_MAX_INK_300DPI * (dpi / 300) ** 2


def page_key(img: Image.Image, lang: str, dpi: int) -> str:
    """Identity of one page image as Tesseract would see it: the same scan in two files is one key."""
    import hashlib

    h = hashlib.sha256(f"{img.mode}|{img.size}|{lang}|{dpi}|{ROTATION_CHECK_CONFIDENCE}|{ENHANCE_VERSION}".encode())
    h.update(img.tobytes())
    return h.hexdigest()


class PageMemo:
    """OCR results by page image: in memory for one file, and on disk (beside the extraction cache) so
    a page image seen in another file or by another worker is not read again."""

    def __init__(self, root: Path | None):
        self.root = root
        self.mem: dict[str, OcrResult] = {}

    def _file(self, key: str) -> Path | None:
        return self.root / key[:2] / f"{key}.json" if self.root else None

    def get(self, key: str) -> OcrResult | None:
        if key in self.mem:
            return self.mem[key]
        path = self._file(key)
        if path is None:
            return None
        try:
            import json

            d = json.loads(path.read_text("utf-8"))
            res = OcrResult(str(d["text"]), d["confidence"], int(d["words"]), int(d["rotation"]),
                            tuple(d.get("number_slots") or ()))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self.mem[key] = res
        return res

    def put(self, key: str, res: OcrResult) -> None:
        self.mem[key] = res
        path = self._file(key)
        if path is not None:
            import json

            from ..atomic import write_cache_entry

            write_cache_entry(path, json.dumps({"text": res.text, "confidence": res.confidence, "words": res.words,
                                                "rotation": res.rotation, "number_slots": list(res.number_slots)},
                                               ensure_ascii=False).encode("utf-8"))
