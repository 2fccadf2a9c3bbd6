"""PPTX: the text of every shape (groups and tables included) and the speaker notes, one Page per slide."""
from __future__ import annotations

from pathlib import Path

from ..models import Page
from .common import Extracted, clean_text


def _shape_texts(shapes) -> list[str]:
    out: list[str] = []
    for sh in shapes:
        if getattr(sh, "shape_type", None) == 6 or hasattr(sh, "shapes"):  # group
            out.extend(_shape_texts(sh.shapes))
            continue
        if getattr(sh, "has_table", False) and sh.has_table:
            for row in sh.table.rows:
                out.append(" | ".join(c.text.strip() for c in row.cells))
        elif getattr(sh, "has_text_frame", False) and sh.has_text_frame:
            t = sh.text_frame.text.strip()
            if t:
                out.append(t)
    return out


def extract_pptx(path: Path) -> Extracted:
    from pptx import Presentation

    prs = Presentation(str(path))
    out = Extracted()
    for i, slide in enumerate(prs.slides, 1):
        parts = _shape_texts(slide.shapes)
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame.text.strip() if slide.notes_slide.notes_text_frame else ""
            if notes:
                parts.append("Catatan: " + notes)
        out.pages.append(Page(number=i, text=clean_text("\n".join(parts)), method="text", label=f"slide {i}"))
    out.page_count = len(out.pages)
    return out
