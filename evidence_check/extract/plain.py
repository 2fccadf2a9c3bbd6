"""TXT/HTML, and legacy Word .doc through antiword when it is installed."""
from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

from ..models import Page
from .common import Extracted, clean_text

MAX_TEXT_BYTES = 20 * 1024 * 1024


def decode(data: bytes) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


class _TextOnly(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template") and self._skip:
            self._skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    p = _TextOnly()
    p.feed(html)
    p.close()
    lines = [" ".join(line.split()) for line in "".join(p.parts).splitlines()]
    return "\n".join(line for line in lines if line)


def _pages_from_text(text: str) -> Extracted:
    chunks = [c for c in text.split("\f")] or [""]
    out = Extracted(page_count=len(chunks))
    for i, c in enumerate(chunks, 1):
        out.pages.append(Page(number=i, text=clean_text(c).strip(), method="text"))
    return out


def extract_text(path: Path, fmt: str) -> Extracted:
    with path.open("rb") as fh:
        data = fh.read(MAX_TEXT_BYTES)
    text = decode(data)
    if fmt == "html":
        text = html_to_text(text)
    return _pages_from_text(text)


class AntiwordMissing(Exception):
    pass


def extract_doc(path: Path, timeout: float = 120) -> Extracted:
    exe = shutil.which("antiword")
    if not exe:
        raise AntiwordMissing()
    proc = subprocess.run([exe, "-m", "UTF-8.txt", str(path)], capture_output=True, timeout=timeout)
    if proc.returncode != 0:
        raise ValueError(proc.stderr.decode("utf-8", "replace").strip()[:200] or "antiword failed")
    return _pages_from_text(proc.stdout.decode("utf-8", "replace"))
