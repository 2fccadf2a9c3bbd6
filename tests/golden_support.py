"""Golden-file machinery: normalise volatile fields, compare with tests/golden/<name>, regenerate on request.

Regenerate after a reviewed change:  EVIDENCE_CHECK_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_report_golden.py
The diff of tests/golden/ is then the review: a changed verdict shows up as a changed line.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import replace
from pathlib import Path

import pytest

from evidence_check.models import Document, Extraction, RunReport

GOLDEN_DIR = Path(__file__).parent / "golden"
REGEN_ENV = "EVIDENCE_CHECK_REGEN_GOLDEN"

# Options that depend on the machine or the invocation, not on the evidence.
_VOLATILE_OPTIONS = ("jobs", "use_cache", "rules_dirs", "klaim", "cache_dir", "formats")


def regenerating() -> bool:
    return os.environ.get(REGEN_ENV, "") not in ("", "0")


def _normalise_extraction(ex: Extraction) -> Extraction:
    return replace(ex, seconds=0.0, cached=False, extractor_version="")


def _normalise_document(doc: Document) -> Document:
    return replace(doc, extraction=_normalise_extraction(doc.extraction))


def normalise(report: RunReport) -> RunReport:
    """The same evidence gives the same normalised report on any machine, on any day, cached or not."""
    options = {k: ("<volatile>" if k in _VOLATILE_OPTIONS else v) for k, v in sorted(report.options.items())}
    return replace(
        report,
        tool_version="<version>",
        input_root="<input>",
        generated_at="2000-01-01T00:00:00+00:00",
        options=options,
        timings={},
        rules_checksum="<rules>",
        documents=tuple(sorted((_normalise_document(d) for d in report.documents), key=lambda d: d.path)),
        skipped=tuple(sorted(report.skipped, key=lambda s: s.get("path", ""))),
        indicators=tuple(sorted(report.indicators, key=lambda v: v.id)),
    )


def assert_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/<name>; write it instead when regenerating."""
    path = GOLDEN_DIR / name
    if regenerating():
        GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with {REGEN_ENV}=1 and review the new file")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"golden/{name}", "actual", n=2))
        pytest.fail(f"output differs from golden/{name} (regenerate with {REGEN_ENV}=1 if intended):\n"
                    + diff[:6000])
