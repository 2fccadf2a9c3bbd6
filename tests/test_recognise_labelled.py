"""The hand-written labelled set (tests/data/recognition): accuracy floor and no draft reported as enacted."""
from __future__ import annotations

from pathlib import Path

import pytest
from labelled_support import Score, load_labelled
from recognise_support import rules

from evidence_check.recognise import recognise_document

DATA = Path(__file__).parent / "data" / "recognition"


@pytest.fixture(scope="module")
def score() -> Score:
    s = Score()
    for doc, lab in load_labelled(DATA):
        got = recognise_document(doc, rules())
        s.add(doc.path, got, lab)
        for code in lab.get("findings", []):
            assert code in [f.code for f in got.findings], f"{doc.path}: expected finding {code}"
        assert all(e.rule and e.field for e in got.evidence)
    return s


def test_set_is_large_and_varied(score: Score) -> None:
    assert score.n >= 30
    assert len({want for want, _ in score.confusion}) >= 14  # every type but at most one


def test_doc_type_accuracy(score: Score) -> None:
    assert score.accuracy("doc_type") >= 0.95, score.misses


def test_no_draft_reported_as_enacted(score: Score) -> None:
    assert score.draft_as_enacted == []
    assert score.draft_recall >= 0.9 and score.draft_precision >= 0.9


def test_metadata_accuracy(score: Score) -> None:
    for field in ("status", "number", "year", "date", "agency"):
        assert score.accuracy(field) >= 0.85, (field, score.misses)
