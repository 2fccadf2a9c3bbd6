"""`evidence-check serve` in a real headless Chromium: upload sample_docs/ as a folder with the directory
picker, watch the progress, open the report, change one file, run again, open the diff and see the change.
Screenshots are checked (right size, not blank); docs/web-*.png are refreshed only on request."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from web_support import free_port, start_server, stop_server

from tests.golden_support import regenerating

pytestmark = [pytest.mark.browser, pytest.mark.slow]
expect = pytest.importorskip("playwright.sync_api").expect

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("EVIDENCE_CHECK_CHROMIUM", "/usr/bin/chromium")
SAMPLE_DOCS = ROOT / "sample_docs"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEW = {"width": 1280, "height": 900}
CHANGED = "I20 Kepuasan Pengguna/I20-L1 Laporan SKM Layanan Digital Smt I 2026.pdf"  # overwritten by a revision
CLAIMS = ROOT / "tests" / "data" / "pemdi_klaim.csv"
LAPORAN_BARU = [(
    "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KOMUNIKASI DAN INFORMATIKA\n\nLAPORAN SURVEI KEPUASAN MASYARAKAT\n"
    "LAYANAN DIGITAL SEMESTER I TAHUN 2026 (REVISI)\n\nSurvei kepuasan pengguna layanan digital dilaksanakan pada "
    "bulan Mei sampai Juni 2026 terhadap 412 responden pengguna portal layanan Kabupaten Sukamaju. Nilai Indeks "
    "Kepuasan Masyarakat 82,4 (mutu B, kinerja baik).\n\nSukamaju, 30 Juni 2026\n"
    "Kepala Dinas Komunikasi dan Informatika"
)]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (make setup-test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _check_png(png: Path) -> None:
    from PIL import Image

    with Image.open(png) as im:
        assert im.size == (VIEW["width"], VIEW["height"])
        colours = im.convert("RGB").getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 20, "screenshot looks blank"


def _publish(png: Path, name: str) -> None:
    target = ROOT / "docs" / name
    if regenerating() or not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)


def _upload(page, base: str, folder: Path, instansi: str) -> str:
    page.set_input_files("#folder-input", str(folder))  # the directory picker (webkitdirectory)
    page.fill("input[name=instansi]", instansi)
    page.fill("input[name=tahun]", "2026")
    if CLAIMS.exists():
        page.set_input_files("input[name=klaim]", str(CLAIMS))
    page.click("#start")
    page.wait_for_url(f"{base}/w/**/runs/*", timeout=60_000)
    return page.url


def test_upload_progress_report_diff_in_chromium(browser, tmp_path: Path) -> None:
    if not SAMPLE_DOCS.is_dir():
        pytest.skip("sample_docs/ is absent")
    folder = tmp_path / "sample_docs"
    shutil.copytree(SAMPLE_DOCS, folder)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(tmp_path / "data", port, "--jobs-per-run", "2")
    try:
        page = browser.new_page(viewport=VIEW)
        seen: dict[str, list[str]] = {"errors": [], "outside": []}
        page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
        page.on("pageerror", lambda e: seen["errors"].append(str(e)))
        page.on("request", lambda r: not r.url.startswith((base, "data:")) and seen["outside"].append(r.url))
        page.goto(base + "/")
        page.click("#new-workspace")
        page.wait_for_url(f"{base}/w/**")
        workspace = page.url

        run1 = _upload(page, base, folder, "Kabupaten Sukamaju")
        # live progress: the page shows the file being read and the bar moving, without reloading
        # (a locator assertion, not wait_for_function: the page's CSP forbids evaluating strings)
        expect(page.locator("#progress-text")).to_have_text(re.compile(r"extract \d+/\d+"), timeout=90_000)
        page.screenshot(path=str(tmp_path / "web-progress.png"))
        _check_png(tmp_path / "web-progress.png")
        page.wait_for_selector("#summary", timeout=180_000)
        assert page.locator("#run-status").inner_text() == "done"
        downloads = page.locator("#downloads a.dl").all_inner_texts()
        assert {"laporan.html", "report.json", "laporan.md", "laporan.xlsx"} <= set(downloads)
        page.screenshot(path=str(tmp_path / "web-run.png"))
        _check_png(tmp_path / "web-run.png")
        _publish(tmp_path / "web-run.png", "web-run.png")

        with page.context.expect_page() as report_page_info:
            page.click("#open-report")
        report_page = report_page_info.value
        report_page.wait_for_load_state()
        assert "Kabupaten Sukamaju" in report_page.title() or report_page.locator("h1").is_visible()
        assert report_page.locator("#documents table tbody tr").count() >= 20
        report_page.close()

        # change one file and check again
        from docfactory import text_pdf

        text_pdf(folder / CHANGED, LAPORAN_BARU)  # a revised report saved over the old one
        page.goto(workspace)
        run2 = _upload(page, base, folder, "Kabupaten Sukamaju")
        assert run2 != run1
        page.wait_for_selector("#summary", timeout=180_000)
        page.click("#diff-previous")
        page.wait_for_selector("#diff")
        changed = page.locator(".diff-docs li.changed").all_inner_texts()
        assert any(CHANGED in line and "isi berubah" in line for line in changed), changed
        page.screenshot(path=str(tmp_path / "web-diff.png"))
        _check_png(tmp_path / "web-diff.png")
        _publish(tmp_path / "web-diff.png", "web-diff.png")

        page.goto(workspace)
        assert page.locator("#history tbody tr").count() == 2
        assert seen["errors"] == [], seen["errors"]
        assert seen["outside"] == [], "the app must not load anything from elsewhere"
    finally:
        stop_server(server)
