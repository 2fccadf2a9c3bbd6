"""Tell a file's real format from its first bytes (extensions lie: renamed, half-downloaded, mis-saved)."""
from __future__ import annotations

import zipfile
from pathlib import PurePosixPath

EXTENSION_FORMATS = {
    ".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls",
    ".ods": "ods", ".odt": "odt", ".pptx": "pptx", ".ppt": "ppt", ".doc": "doc", ".txt": "txt", ".csv": "txt",
    ".md": "txt", ".htm": "html", ".html": "html", ".jpg": "image", ".jpeg": "image", ".png": "image",
    ".tif": "image", ".tiff": "image", ".bmp": "image", ".gif": "image", ".webp": "image", ".zip": "zip",
    ".rtf": "rtf", ".rar": "rar", ".7z": "7z",
}
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a", b"BM")


def format_from_extension(name: str) -> str:
    return EXTENSION_FORMATS.get(PurePosixPath(name).suffix.lower(), "unknown")


def _zip_kind(names: set[str], mimetype: bytes) -> str:
    if "[Content_Types].xml" in names:
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.startswith("ppt/") for n in names):
            return "pptx"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        return "odt"
    return "zip"


def sniff_zip(path_or_file: object) -> str:
    try:
        with zipfile.ZipFile(path_or_file) as zf:  # type: ignore[arg-type]
            names = set(zf.namelist())
            mimetype = b""
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200:
                    mimetype = zf.read("mimetype")
            return _zip_kind(names, mimetype)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return "zip"  # a damaged zip is still a zip; the reader reports the damage


def sniff(head: bytes, name: str, open_for_zip: object = None) -> str:
    """Format from magic bytes; falls back to the extension only for text-like content."""
    if not head:
        return "empty"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return sniff_zip(open_for_zip) if open_for_zip is not None else format_from_extension(name)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: .doc/.xls/.ppt
        ext = format_from_extension(name)
        return ext if ext in {"doc", "xls", "ppt"} else "ole"
    if any(head.startswith(m) for m in _IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"Rar!"):
        return "rar"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if _looks_like_text(head):
        low = head[:2048].lower()
        if b"<html" in low or b"<!doctype html" in low:
            return "html"
        return "txt"
    return "unknown"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = head[:4096]
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start > len(sample) - 4:  # a multi-byte char cut at the sample edge
            return True
    printable = sum(1 for b in sample if b >= 32 or b in (9, 10, 13))
    return printable / max(1, len(sample)) > 0.95
