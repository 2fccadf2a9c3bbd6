"""laporan.html in a real headless Chromium: loads offline without console errors, shows the key content,
never runs a script from a file name, prints to A4; saves screenshots (and docs/screenshot.png)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from evidence_check.report import render_all
from tests.golden_support import regenerating
from tests.report_fixture import make_empty_report, make_report
from tests.report_fixture_pemdi import make_pemdi_report

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("EVIDENCE_CHECK_CHROMIUM", "/usr/bin/chromium")
SAMPLE_DOCS = ROOT / "tests" / "data" / "sample_docs_spbe"  # the 59/2020 sample (sample_docs/ is Pemdi)
SAMPLE_CLAIMS = ROOT / "tests" / "data" / "sample_klaim.csv"
# What `make demo` runs: the 2026 Pemdi submission under the framework in force, with its self-assessment.
PEMDI_SAMPLE = ROOT / "sample_docs"
PEMDI_CLAIMS = ROOT / "tests" / "data" / "pemdi_klaim.csv"
CURRENT_PERIOD = 2026
DOCS_SCREENSHOT = ROOT / "docs" / "screenshot.png"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium is not installed (make setup-test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                              args=ARGS)
        yield b
        b.close()


def _open(browser, html_path: Path):
    """Open the report; collect console errors, page errors, dialogs and any network request."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen: dict[str, list[str]] = {"errors": [], "dialogs": [], "requests": []}
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: not r.url.startswith(("file:", "data:")) and seen["requests"].append(r.url))
    page.goto(html_path.as_uri(), wait_until="load")
    return page, seen


def _check_clean(page, seen) -> None:
    assert seen["errors"] == [], seen["errors"]
    assert seen["dialogs"] == [], "a script from the evidence ran"
    assert seen["requests"] == [], "the report must open offline"
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("script").count() == 0


def test_fixture_report_in_chromium(browser, tmp_path: Path) -> None:
    html = render_all(make_report(), ("html",), tmp_path, "id")[0]
    page, seen = _open(browser, html)
    _check_clean(page, seen)
    assert page.locator("h1").inner_text() == "Laporan Pra-Pemeriksaan Bukti Dukung SPBE"
    assert "1,22" in page.locator("#index-estimated").inner_text()
    assert page.locator("#agency").is_visible() and "Kabupaten Batu Bara" in page.locator("#agency").inner_text()
    assert page.locator("table.indicators tr[id^=row-]").count() == 47
    assert page.locator("figure.overview svg rect").count() > 10
    assert "<script>window.__xss=1;alert(1)</script>.pdf" in page.locator("#documents").inner_text()
    assert "scan_rusak.pdf" in page.locator("#unreadable").inner_text()
    # the table links to the detail sections
    page.click("#row-11 a")
    assert page.locator("#ind-11").is_visible()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(tmp_path / "laporan.png"))
    page.screenshot(path=str(tmp_path / "laporan-full.png"), full_page=True)
    page.emulate_media(media="print")
    assert not page.locator("a.back").first.is_visible()
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")
    if not _pemdi_sample_available():
        _publish_screenshot(tmp_path / "laporan.png")


def test_empty_report_in_chromium(browser, tmp_path: Path) -> None:
    html = render_all(make_empty_report(), ("html",), tmp_path, "en")[0]
    page, seen = _open(browser, html)
    _check_clean(page, seen)
    assert "The index could not be computed" in page.locator("#index-estimated").inner_text()
    assert page.locator("#no-indicators").is_visible()


def test_pemdi_report_in_chromium(browser, tmp_path: Path) -> None:
    """PermenPANRB 8/2026: framework and reason visible, 20 indicators, item tables, folded levels open on click."""
    html = render_all(make_pemdi_report(), ("html",), tmp_path, "id")[0]
    page, seen = _open(browser, html)
    _check_clean(page, seen)
    assert page.locator("h1").inner_text() == "Laporan Pra-Pemeriksaan Bukti Dukung Pemerintah Digital (Pemdi)"
    assert page.locator("#framework-reason").is_visible()
    assert "1,31" in page.locator("#index-estimated").inner_text()
    assert page.locator("table.indicators tr[id^=row-]").count() == 20
    assert page.locator("figure.aspect-chart").count() == 7
    # a folded level becomes visible when its summary is clicked (no script: <details>)
    folded = page.locator("#ind-1 details.folded")
    assert not folded.locator("#item-I1-L4-01").is_visible()
    folded.locator("summary").click()
    assert folded.locator("#item-I1-L4-01").is_visible()
    # a document's item link jumps to the item row
    page.click('#documents a[href="#item-I4-L1-02"]')
    assert page.locator("#item-I4-L1-02").is_visible()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(tmp_path / "laporan-pemdi.png"))
    page.emulate_media(media="print")
    assert page.pdf(format="A4", print_background=True).startswith(b"%PDF")


def _sample_available() -> bool:
    return SAMPLE_DOCS.is_dir() and any(SAMPLE_DOCS.iterdir())


def _pemdi_sample_available() -> bool:
    return PEMDI_SAMPLE.is_dir() and any(PEMDI_SAMPLE.iterdir())


def _publish_screenshot(png: Path) -> None:
    """docs/screenshot.png (shown in the README) is refreshed only on request, so test runs leave git clean."""
    if regenerating() or not DOCS_SCREENSHOT.exists():
        DOCS_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, DOCS_SCREENSHOT)


@pytest.mark.slow
def test_sample_docs_report_in_chromium(browser, tmp_path: Path) -> None:
    if not _sample_available():
        pytest.skip("tests/data/sample_docs_spbe/ is absent or empty")
    from evidence_check.api import check_folder
    from evidence_check.context import Options

    opts = Options(input=SAMPLE_DOCS, out=tmp_path, cache_dir=tmp_path / "_cache", tahun=2024, jobs=2,
                   klaim=SAMPLE_CLAIMS if SAMPLE_CLAIMS.exists() else None)
    report = check_folder(SAMPLE_DOCS, opts)
    html = render_all(report, ("html",), tmp_path, "id")[0]
    page, seen = _open(browser, html)
    _check_clean(page, seen)
    assert page.locator("h1").inner_text() == "Laporan Pra-Pemeriksaan Bukti Dukung SPBE"
    assert page.locator("#documents table tbody tr").count() == len(report.documents)
    if report.indicators:
        assert page.locator("table.indicators tr[id^=row-]").count() == len(report.indicators)


@pytest.mark.slow
def test_pemdi_sample_report_in_chromium(browser, tmp_path: Path) -> None:
    """The demo run (sample_docs/, --tahun 2026, Pemdi claims form); its first screen is the README screenshot."""
    if not _pemdi_sample_available():
        pytest.skip("sample_docs/ is absent or empty")
    from evidence_check.api import check_folder
    from evidence_check.context import Options

    opts = Options(input=PEMDI_SAMPLE, out=tmp_path, cache_dir=tmp_path / "_cache", tahun=CURRENT_PERIOD, jobs=2,
                   klaim=PEMDI_CLAIMS if PEMDI_CLAIMS.exists() else None)
    report = check_folder(PEMDI_SAMPLE, opts)
    html = render_all(report, ("html",), tmp_path, "id")[0]
    page, seen = _open(browser, html)
    _check_clean(page, seen)
    assert page.locator("h1").inner_text().endswith("(Pemdi)")
    assert page.locator("#framework-reason").is_visible()
    assert page.locator("#documents table tbody tr").count() == len(report.documents)
    assert page.locator("table.indicators tr[id^=row-]").count() == len(report.indicators) == 20
    assert page.locator("tr.item").count() == sum(len(v.items) for v in report.indicators)
    page.screenshot(path=str(tmp_path / "sample_docs.png"))
    _publish_screenshot(tmp_path / "sample_docs.png")
