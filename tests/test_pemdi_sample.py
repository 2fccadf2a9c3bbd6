"""The Pemdi sample_docs/ judged end to end: item verdicts against the assessor labels, and a reviewed golden.

Regenerate the golden: EVIDENCE_CHECK_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_pemdi_sample.py
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from evidence_check.report import get_reporter
from tests.golden_support import assert_golden, normalise

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_docs"
LABELS = ROOT / "tests" / "data" / "pemdi_sample_labels.yaml"
KLAIM = ROOT / "tests" / "data" / "pemdi_klaim.csv"
ITEM_FLOOR = 0.9  # measured 64/68 = 0.94 with subtypes (benchmarks/indicators.py); a rule change below this fails
VALUE_MAE_CEILING = 0.1  # measured 0.008


@pytest.fixture(scope="module")
def report():  # noqa: ANN201
    from evidence_check.api import check_folder
    from evidence_check.context import Options

    opts = Options(input=SAMPLE, tahun=2026, use_cache=False, jobs=2, klaim=KLAIM, instansi="Kabupaten Sukamaju")
    return check_folder(SAMPLE, opts)


@pytest.mark.slow
def test_item_verdicts_hold_against_the_assessor_labels(report) -> None:  # noqa: ANN001
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    got = {i.code: i.verdict for v in report.indicators for i in v.items}
    want = {code: (spec if isinstance(spec, str) else spec["verdict"]) for code, spec in labels["items"].items()}
    right = sum(got[c] == w for c, w in want.items())
    assert right / len(want) >= ITEM_FLOOR, {c: (got[c], w) for c, w in want.items() if got[c] != w}
    errors = [abs(v.value - float(labels["values"][v.code])) for v in report.indicators
              if v.value is not None and v.code in labels["values"]]
    assert sum(errors) / len(errors) <= VALUE_MAE_CEILING


@pytest.mark.slow
def test_planted_refusal_patterns_are_explained(report) -> None:  # noqa: ANN001
    items = {i.code: i for v in report.indicators for i in v.items}
    assert items["I10-L1-01"].verdict == "wrong_evidence" and "Indeks KAMI" in items["I10-L1-01"].reason
    assert items["I13-L1-02"].verdict == "wrong_evidence" and "sub kegiatan" in items["I13-L1-02"].reason
    assert items["I1-L1-01"].verdict == "accepted"  # the draft Perbup: plans *being drafted* are level 1
    budget = items["I1-L2-04"]
    assert budget.verdict in ("accepted", "auto_rejected") and budget.documents[0].pages
    assert report.index is not None and report.index.claimed is not None
    assert any(f.code == "OVERCLAIM" for v in report.indicators for f in v.findings)


@pytest.mark.slow
def test_pemdi_sample_golden(report) -> None:  # noqa: ANN001
    assert_golden("sample_docs_pemdi.json", get_reporter("json").render(normalise(report), "id").decode("utf-8"))
