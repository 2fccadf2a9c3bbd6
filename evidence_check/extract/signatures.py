"""Signature engines behind one module: poppler's `pdfsig` for PDF digital signatures, zxing-cpp for QR codes.

Both run at extraction time (they need the file or the page image); their raw results go to
`Document.meta["signatures"]` and `meta["qr_codes"]`, and recognition turns them into facts. Neither may
cost a document its text: a missing engine or a broken signature dictionary yields an empty result.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

PDFSIG_TIMEOUT = 20.0  # seconds; pdfsig hashes the signed ranges, which is fast even on large files
MAX_SIGNATURES = 10
MAX_QR_TEXT = 300

_SIG_START = re.compile(r"^Signature #(\d+):\s*$")
_FIELD = re.compile(r"^\s*-\s*([^:]+):\s*(.*)$")


def pdfsig_available() -> bool:
    return shutil.which("pdfsig") is not None


def read_pdf_signatures(path: Path, timeout: float = PDFSIG_TIMEOUT) -> list[dict[str, Any]]:
    """Every signature dictionary in the PDF: signer, time, whether the signed bytes are unchanged and
    cover the whole file. Certificates are not validated (-nocert): no trust store for BSrE here, and
    validation would go online; integrity of the signed bytes is what the evidence question needs."""
    exe = shutil.which("pdfsig")
    if exe is None:
        return []
    try:
        proc = subprocess.run([exe, "-nocert", "-no-ocsp", str(path)], capture_output=True, timeout=timeout,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_pdfsig(proc.stdout.decode("utf-8", "replace"))


def parse_pdfsig(output: str) -> list[dict[str, Any]]:
    """pdfsig's report → one dict per signature (keys: field, signer, signer_dn, signed_at, validation,
    total_document, intact). `intact` is True only when the digest matches and nothing was appended."""
    sigs: list[dict[str, Any]] = []
    cur: dict[str, Any] | None = None
    for line in output.splitlines():
        if _SIG_START.match(line):
            cur = {"field": None, "signer": None, "signer_dn": None, "signed_at": None, "validation": None,
                   "total_document": None, "intact": None}
            sigs.append(cur)
            continue
        if cur is None:
            continue
        if line.strip() == "- Total document signed":
            cur["total_document"] = True
        elif line.strip() == "- Not total document signed":
            cur["total_document"] = False
        m = _FIELD.match(line)
        if not m:
            continue
        key, value = m.group(1).strip(), m.group(2).strip()[:300]
        if key == "Signature Field Name":
            cur["field"] = value
        elif key == "Signer Certificate Common Name":
            cur["signer"] = value
        elif key == "Signer full Distinguished Name":
            cur["signer_dn"] = value
        elif key == "Signing Time":
            cur["signed_at"] = value
        elif key == "Signature Validation":
            cur["validation"] = value.rstrip(".")
    for s in sigs:
        for key in ("signer", "signer_dn"):
            if s[key] in ("(null)", ""):
                s[key] = None
        valid = (s["validation"] or "").lower()
        if valid.startswith("signature is valid"):
            s["intact"] = s["total_document"] is not False  # bytes appended after signing = modified
        elif "mismatch" in valid or "invalid" in valid or "decoding error" in valid:
            s["intact"] = False  # the signed bytes themselves changed
        # "not yet been verified", "unknown": pdfsig could not tell; intact stays None
    return sigs[:MAX_SIGNATURES]


def read_qr_codes(image: Any) -> list[str | None]:
    """QR codes on one image (PIL image or numpy array): the decoded text, or None for a QR symbol that
    was found but could not be decoded (a resampled print: still a QR code on the page). [] when
    zxing-cpp is missing."""
    try:
        import zxingcpp
    except ImportError:
        return []
    try:
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode, return_errors=True)
    except Exception:  # noqa: BLE001 — a decoder failure on an odd image is no reason to lose the page
        return []
    return [b.text[:MAX_QR_TEXT] if b.valid else None for b in found]


def image_objects(page: Any, max_depth: int = 2) -> list[Any]:
    """The image objects of a pdfium page (and of its forms, to `max_depth`). Raw calls: the helper
    iterator wraps every text object too, which cost more than the QR search on text-heavy pages."""
    from pypdfium2 import raw
    from pypdfium2._helpers.pageobjects import PdfObject

    out: list[Any] = []

    def walk(count: Any, get: Any, parent: Any, depth: int) -> None:
        for i in range(count(parent)):
            obj = get(parent, i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_IMAGE:
                out.append(PdfObject(obj, page=page, pdf=page.pdf))
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < max_depth:
                walk(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, depth + 1)

    walk(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw, 1)
    return out


def qr_from_page_images(page: Any, max_images: int = 12) -> list[str | None]:
    """QR codes among the embedded images of one pdfium page. E-signature QR codes are small square
    images; decoding the image itself is exact and far cheaper than rendering the page."""
    out: list[str | None] = []
    try:
        objects = image_objects(page)
    except Exception:  # noqa: BLE001 — a broken content stream; the page text is already read
        return out
    seen = 0
    for obj in objects:
        try:
            w, h = obj.get_px_size()
        except Exception:  # noqa: BLE001, S112
            continue
        if not (21 <= w <= 1600 and 21 <= h <= 1600 and 0.8 <= w / h <= 1.25):
            continue  # a QR code is square; photos, logos in letterheads and full-page scans are not read
        seen += 1
        if seen > max_images:
            break
        try:
            img = obj.get_bitmap(render=False).to_pil()
        except Exception:  # noqa: BLE001, S112 — unsupported image filters (JBIG2 variants, ...)
            continue
        out.extend(t for t in read_qr_codes(img.convert("L")) if t is not None)
    return out
