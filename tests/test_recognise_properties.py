"""Property tests: recognition and date parsing never raise; a document is never both draft and enacted."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from recognise_support import rules

from evidence_check.models import Document, Page
from evidence_check.recognise import recognise_document
from evidence_check.recognise.dates import parse_date
from evidence_check.recognise.text import normalise

CUE_WORDS = ["RANCANGAN", "NOMOR", "TAHUN 2021", "TENTANG", "PERATURAN BUPATI BATU BARA", "Ditetapkan di Medan",
             "pada tanggal", "31 Agustus 2021", "ttd", "XXX", "....", "SALINAN", "Nomor SOP :", "Tanggal Efektif :",
             "Disahkan oleh", "BERITA DAERAH KABUPATEN X TAHUN", "NOTULEN", "\f", "\n", "LAMPIRAN", "Paraf"]
texty = st.lists(st.one_of(st.sampled_from(CUE_WORDS), st.text(max_size=40)), max_size=40).map(" \n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texty, st.sampled_from(["text", "ocr"]), st.sampled_from(["pdf", "docx", "pptx", "image"]))
def test_recognition_never_raises_and_status_is_single(text: str, method: str, fmt: str) -> None:
    pages = tuple(Page(i + 1, t, method) for i, t in enumerate(text.split("\f")))  # type: ignore[arg-type]
    doc = recognise_document(Document(path="x", format=fmt, pages=pages), rules())
    assert doc.status in ("enacted", "draft", "unknown")
    status_ev = {e.rule.split(".")[0] for e in doc.evidence if e.field == "status"}
    assert not ({"draft", "enacted"} <= status_ev and doc.status != "draft"), "decisive cues must agree"
    assert ("DRAFT" in [f.code for f in doc.findings]) == (doc.status == "draft")
    if doc.date:
        assert len(doc.date) == 10


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_date_parser_never_raises(text: str) -> None:
    got = parse_date(text, rules().months)
    assert got is None or (len(got) == 10 and got[4] == "-")


@given(st.text(max_size=200))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
