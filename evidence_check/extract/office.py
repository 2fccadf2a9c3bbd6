"""DOCX/ODT text in reading order, including tables, text boxes, headers and footers.

A "RANCANGAN"/"DRAFT" marker often lives only in a header, and SOP identity fields live in tables, so
reading only `doc.paragraphs` (python-docx's convenience view) would lose exactly the cues we need.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..models import Page
from .common import Extracted, clean_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _run_text(el) -> str:
    """Text of one paragraph, skipping nested text boxes and duplicate mc:Fallback copies."""
    parts: list[str] = []
    stack = [el]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == MC_FALLBACK or tag == W + "txbxContent":
            continue
        if tag == W + "t":
            parts.append(node.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        # children in document order: push reversed
        stack.extend(reversed(list(node)))
    return "".join(parts)


def _textboxes(el) -> list[str]:
    out = []
    for tb in el.iter(W + "txbxContent"):
        if any(a.tag == MC_FALLBACK for a in tb.iterancestors()):
            continue
        out.extend(t for t in (_block_text(c) for c in tb) if t.strip())
    return out


def _table_text(tbl) -> str:
    rows = []
    for tr in tbl.iter(W + "tr"):
        if tr.getparent() is not tbl:  # nested tables are read inside their cell
            continue
        cells = []
        for tc in tr.findall(W + "tc"):
            cells.append(" ".join(t for t in (_block_text(c) for c in tc) if t.strip()))
        rows.append(" | ".join(cells))
    return "\n".join(rows)


def _block_text(el) -> str:
    if el.tag == W + "p":
        return "\n".join([_run_text(el), *_textboxes(el)]).strip("\n")
    if el.tag == W + "tbl":
        return _table_text(el)
    if el.tag == W + "sdt":  # content controls wrap ordinary paragraphs and tables
        content = el.find(W + "sdtContent")
        return "\n".join(_block_text(c) for c in content) if content is not None else ""
    return ""


def _page_break_after(el) -> bool:
    if el.tag != W + "p":
        return False
    return any(br.get(W + "type") == "page" for br in el.iter(W + "br")) or el.find(f"{W}pPr/{W}sectPr") is not None


def body_pages(body) -> list[str]:
    pages, cur = [], []
    for el in body:
        text = _block_text(el)
        if text.strip():
            cur.append(text)
        if _page_break_after(el):
            pages.append("\n".join(cur))
            cur = []
    pages.append("\n".join(cur))
    return [p for p in pages if p.strip()] or [""]


def _header_footer_parts(document) -> list[tuple[str, object]]:
    seen, parts = set(), []
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind in ("header", "footer") and not rel.is_external:
            part = rel.target_part
            if part.partname not in seen:
                seen.add(part.partname)
                parts.append((kind, part.element))
    return parts


def extract_docx(path: Path) -> Extracted:
    import docx  # python-docx's parser does not resolve entities

    document = docx.Document(str(path))
    out = Extracted()
    texts = body_pages(document.element.body)
    for i, t in enumerate(texts, 1):
        out.pages.append(Page(number=i, text=clean_text(t), method="text"))
    n = len(out.pages)
    for kind, el in _header_footer_parts(document):
        t = "\n".join(x for x in (_block_text(c) for c in el) if x.strip())
        if t.strip():
            n += 1
            out.pages.append(Page(number=n, text=clean_text(t), method="text", label=kind))
    out.page_count = len(texts)
    try:
        cp = document.core_properties
        out.meta["docx_core"] = {k: str(v)[:200] for k, v in {
            "title": cp.title, "author": cp.author, "created": cp.created, "modified": cp.modified}.items() if v}
    except Exception:  # a broken core.xml must not cost the body text
        pass
    return out


def _odt_blocks(node) -> Iterator[str]:  # noqa: ANN001
    """Paragraphs and headings in document order (headings carry the title of a regulation)."""
    from odf import teletype
    from odf.namespaces import TEXTNS

    for child in node.childNodes:
        if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
            yield teletype.extractText(child)
        else:
            yield from _odt_blocks(child)


def extract_odt(path: Path) -> Extracted:
    from odf.opendocument import load

    doc = load(str(path))
    lines = list(_odt_blocks(doc.text))
    out = Extracted(page_count=1)
    out.pages.append(Page(number=1, text=clean_text("\n".join(lines)), method="text"))
    return out
