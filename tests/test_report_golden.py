"""Golden files for the Markdown and JSON reports: a change in verdicts or wording shows as a reviewed diff.

Regenerate: EVIDENCE_CHECK_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_report_golden.py
The sample_docs golden files (tests/golden/sample_docs.*) compare the 59/2020 sample in tests/data/sample_docs_spbe/.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_check.report import get_reporter
from tests.golden_support import GOLDEN_DIR, REGEN_ENV, assert_golden, normalise, regenerating
from tests.report_fixture import make_empty_report, make_report
from tests.report_fixture_pemdi import make_pemdi_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "tests" / "data" / "sample_docs_spbe"  # the 59/2020 sample (sample_docs/ is Pemdi)
SAMPLE_CLAIMS = ROOT / "tests" / "data" / "sample_klaim.csv"
SAMPLE_YEAR = 2024  # the period the demo command uses (Makefile `demo`); fixed so goldens do not age


def _render(fmt: str, report, lang: str = "id") -> str:
    return get_reporter(fmt).render(normalise(report), lang).decode("utf-8")


@pytest.mark.parametrize("fmt,lang,name", [
    ("md", "id", "fixture.md"), ("md", "en", "fixture.en.md"), ("json", "id", "fixture.json"),
])
def test_fixture_golden(fmt: str, lang: str, name: str) -> None:
    assert_golden(name, _render(fmt, make_report(), lang))


@pytest.mark.parametrize("fmt,lang,name", [
    ("md", "id", "fixture_pemdi.md"), ("md", "en", "fixture_pemdi.en.md"), ("json", "id", "fixture_pemdi.json"),
])
def test_pemdi_fixture_golden(fmt: str, lang: str, name: str) -> None:
    """PermenPANRB 8/2026: the item verdicts, values and wording show up as a reviewed diff too."""
    assert_golden(name, _render(fmt, make_pemdi_report(lang), lang))


def test_empty_report_golden() -> None:
    assert_golden("empty.md", _render("md", make_empty_report()))


def test_normalise_removes_volatile_fields_only() -> None:
    a, b = make_report(), make_report()
    from dataclasses import replace

    b = replace(b, generated_at="2031-01-01T00:00:00+00:00", tool_version="9.9", input_root="/elsewhere",
                timings={"total": 99.0}, options={**b.options, "jobs": 64, "use_cache": False},
                documents=tuple(replace(d, extraction=replace(d.extraction, seconds=42.0, cached=not d.extraction.cached))
                                for d in b.documents))
    assert _render("json", a) == _render("json", b)
    c = replace(a, indicators=tuple(replace(v, level=5) if v.id == 1 else v for v in a.indicators))
    assert _render("json", a) != _render("json", c)  # a verdict change must show


def test_json_golden_is_valid_and_ordered() -> None:
    data = json.loads(_render("json", make_report()))
    assert next(iter(data)) == "schema_version"
    assert [v["id"] for v in data["indicators"]] == list(range(1, 48))
    assert [d["path"] for d in data["documents"]] == sorted(d["path"] for d in data["documents"])


def _sample_report():
    from evidence_check.api import check_folder
    from evidence_check.context import Options

    opts = Options(input=SAMPLE_DOCS, use_cache=False, tahun=SAMPLE_YEAR, jobs=2,
                   klaim=SAMPLE_CLAIMS if SAMPLE_CLAIMS.exists() else None)
    return check_folder(SAMPLE_DOCS, opts)


@pytest.mark.slow
@pytest.mark.parametrize("fmt,name", [("md", "sample_docs.md"), ("json", "sample_docs.json")])
def test_sample_docs_golden(fmt: str, name: str) -> None:
    # the sample folder and the golden files are part of the repository: a deleted one fails, never skips
    assert SAMPLE_DOCS.is_dir() and any(SAMPLE_DOCS.iterdir()), f"{SAMPLE_DOCS} is missing or empty"
    assert (GOLDEN_DIR / name).exists() or regenerating(), (
        f"tests/golden/{name} is missing; create it with {REGEN_ENV}=1 and review it")
    assert_golden(name, _render(fmt, _sample_report()))


def test_a_missing_golden_file_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REGEN_ENV, raising=False)
    with pytest.raises(pytest.fail.Exception, match="missing"):
        assert_golden("deleted-by-mistake.md", "anything")
