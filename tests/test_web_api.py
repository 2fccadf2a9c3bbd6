"""Every route of `evidence-check serve`, including hostile uploads, tokens and workspace separation.

The app runs in-process (Starlette's TestClient, lifespan included); runs still execute in real worker
processes, on small text-layer PDFs so no OCR is needed.
"""
from __future__ import annotations

import io
import os
import sqlite3
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from web_support import csrf_of, folder_files, new_workspace, small_folder, upload, wait_run

from evidence_check.web.app import create_app
from evidence_check.web.config import ServeConfig
from evidence_check.web.security import REPORT_CSP
from evidence_check.web.uploads import Limits

with warnings.catch_warnings():  # starlette suggests another httpx package; the bundled one works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

KB = 1024


def _cfg(tmp_path: Path, **kw: object) -> ServeConfig:
    base = ServeConfig(data_dir=tmp_path / "store", concurrency=2, jobs_per_run=1,
                       limits=Limits(max_total_bytes=3 * 1024 * KB, max_files=20, max_file_bytes=1024 * KB))
    return replace(base, **kw)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(_cfg(tmp_path))) as c:
        yield c


def _outside_snapshot(tmp_path: Path) -> set[str]:
    """Every path under tmp_path except the store: hostile uploads must not add to it."""
    store = tmp_path / "store"
    return {str(p) for p in tmp_path.rglob("*") if store not in p.parents and p != store}


def test_pages_carry_security_headers_and_csrf(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "http" not in csp
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"
    assert "ec_csrf" in r.headers["set-cookie"] and "samesite=strict" in r.headers["set-cookie"].lower()
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/healthz").text == "ok"
    # no CDN and no external URL anywhere in what the browser loads
    for path in ("/", "/static/app.js", "/static/app.css"):
        assert "http://" not in client.get(path).text and "https://" not in client.get(path).text


def test_forms_refuse_missing_or_foreign_csrf(client: TestClient) -> None:
    assert client.post("/workspaces", data={}).status_code == 403
    csrf = csrf_of(client.get("/").text)
    r = client.post("/workspaces", data={"csrf": csrf}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "formulir" in r.text
    ws, csrf = new_workspace(client)
    r = client.post(f"{ws}runs", data={"csrf": "forged"}, files=[("files", ("a/x.txt", b"hello"))],
                    headers={"Accept": "application/json"})
    assert r.status_code == 403 and "form" in r.json()["error"]


def test_full_flow_upload_progress_report_downloads_diff_delete(client: TestClient, tmp_path: Path) -> None:
    ws, csrf = new_workspace(client)
    assert client.get(ws).status_code == 200
    folder = small_folder(tmp_path / "bukti")
    r = upload(client, ws, csrf, folder_files(folder), instansi="Kabupaten Sukamaju", tahun="2024")
    assert r.status_code == 201, r.text
    first = r.json()["url"]
    assert wait_run(client, first)["status"] == "done"
    page = client.get(first).text
    for name in ("laporan.html", "report.json", "laporan.md", "laporan.xlsx"):
        assert f"/files/{name}" in page
    rep = client.get(f"{first}/report")
    assert rep.status_code == 200 and rep.headers["content-security-policy"] == REPORT_CSP
    data = client.get(f"{first}/files/report.json").json()
    # the shared top folder is dropped: paths read as the CLI reports them for the same folder
    assert sorted(d["path"] for d in data["documents"]) == [
        "Kebijakan/Perbup-SPBE-2023.pdf", "Lainnya/catatan.pdf", "Tata Kelola/SK-Tim-Koordinasi-SPBE.pdf"]
    assert data["options"]["instansi"] == "Kabupaten Sukamaju" and data["options"]["tahun"] == 2024
    dl = client.get(f"{first}/files/laporan.xlsx")
    assert dl.status_code == 200 and "attachment" in dl.headers["content-disposition"]
    assert client.get(f"{first}/files/..%2F..%2Fhistory.sqlite3").status_code == 404
    assert client.get(f"{first}/files/progress.json").status_code == 404  # only files the run wrote

    small_folder(tmp_path / "bukti2", variant=1)
    (tmp_path / "bukti2" / "Tata Kelola" / "SK-Tim-Koordinasi-SPBE.pdf").unlink()
    r = upload(client, ws, csrf, folder_files(tmp_path / "bukti2"))
    second = r.json()["url"]
    assert wait_run(client, second)["status"] == "done"
    a, b = first.rsplit("/", 1)[1], second.rsplit("/", 1)[1]
    assert f"diff?a={a}&amp;b={b}" in client.get(second).text  # the run page links the diff with the previous run
    d = client.get(f"{ws}diff", params={"a": a, "b": b})
    assert d.status_code == 200
    assert "Tata Kelola/SK-Tim-Koordinasi-SPBE.pdf" in d.text and "dihapus" in d.text
    assert "Lainnya/catatan.pdf" in d.text and "berubah" in d.text
    md = client.get(f"{ws}diff", params={"a": a, "b": b, "format": "md"})
    assert md.text.startswith("# Perbandingan") and "text/markdown" in md.headers["content-type"]
    assert client.get(f"{ws}diff", params={"a": a, "b": "x"}).status_code == 400
    hist = client.get(ws).text
    assert f'runs/{a}"' in hist and f'runs/{b}"' in hist and 'id="diff-form"' in hist

    r = client.post(f"{first}/delete", data={"csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get(first).status_code == 404
    runs_left = list((tmp_path / "store" / "runs").iterdir())
    assert len(runs_left) == 1  # the deleted run's uploads and reports are gone


def test_workspaces_cannot_see_each_other(client: TestClient, tmp_path: Path) -> None:
    ws_a, csrf = new_workspace(client)
    ws_b, _ = new_workspace(client)
    r = upload(client, ws_a, csrf, folder_files(small_folder(tmp_path / "bukti")))
    url = r.json()["url"]
    wait_run(client, url)
    run = url.rsplit("/", 1)[1]
    for suffix in ("", "/progress", "/report", "/files/report.json"):
        assert client.get(f"{ws_b}runs/{run}{suffix}").status_code == 404
    assert client.get(f"{ws_b}diff", params={"a": run, "b": run}).status_code == 404
    assert client.post(f"{ws_b}runs/{run}/delete", data={"csrf": csrf}).status_code == 404
    assert f"runs/{run}" not in client.get(ws_b).text
    assert client.get("/w/not-a-real-workspace-secret/").status_code == 404
    assert client.get(url).status_code == 200  # still there for its owner


def test_hostile_names_stay_inside_the_store(client: TestClient, tmp_path: Path) -> None:
    ws, csrf = new_workspace(client)
    before = _outside_snapshot(tmp_path)
    files = [("files", (name, b"PERATURAN BUPATI SUKAMAJU tentang SPBE")) for name in (
        "../../evil.txt", "/etc/evil2.txt", "a/../../../evil3.txt", "..\\..\\evil4.txt", "x/\x00nul\x1b[31m.txt",
        ".hidden/..", "C:\\Windows\\evil5.txt")]
    r = upload(client, ws, csrf, files)
    assert r.status_code == 201, r.text
    wait_run(client, r.json()["url"])
    assert _outside_snapshot(tmp_path) == before
    stored = [p for p in (tmp_path / "store" / "runs").rglob("*") if p.is_file() and "input" in p.parts]
    assert stored and all(".." not in p.parts for p in stored)
    assert not any(p.name.startswith(".") for p in stored)
    assert all("\x00" not in str(p) and "\x1b" not in str(p) for p in stored)
    assert client.get("/healthz").text == "ok"


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_bomb_is_refused_clearly(client: TestClient, tmp_path: Path) -> None:
    ws, csrf = new_workspace(client)
    bomb = _zip_bytes({"bukti/nol.pdf": b"\0" * (40 * 1024 * KB)})  # 40 MB of zeros in ~40 KB
    assert len(bomb) < 100 * KB
    before = _outside_snapshot(tmp_path)
    r = upload(client, ws, csrf, [("zip", ("bukti.zip", bomb))])
    assert r.status_code == 413 and "ZIP ditolak" in r.json()["error"]
    assert _outside_snapshot(tmp_path) == before
    assert not any((tmp_path / "store" / "runs").iterdir())  # the refused upload left nothing behind
    assert client.get(ws).status_code == 200


def test_zip_upload_skips_escaping_members(client: TestClient, tmp_path: Path) -> None:
    ws, csrf = new_workspace(client)
    pdf = (small_folder(tmp_path / "bukti") / "Kebijakan" / "Perbup-SPBE-2023.pdf").read_bytes()
    z = _zip_bytes({"../../../escape.txt": b"x", "/abs.txt": b"y", "bukti/Kebijakan/Perbup.pdf": pdf})
    before = _outside_snapshot(tmp_path)
    r = upload(client, ws, csrf, [("zip", ("Bukti Dukung.zip", z))])
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    assert wait_run(client, url)["status"] == "done"
    page = client.get(url).text
    assert "tidak diekstrak" in page  # the skipped members are named on the run page
    assert _outside_snapshot(tmp_path) == before
    docs = client.get(f"{url}/files/report.json").json()["documents"]
    assert [d["path"] for d in docs] == ["bukti/Kebijakan/Perbup.pdf"]


def test_limits_give_clear_messages(client: TestClient, tmp_path: Path) -> None:
    ws, csrf = new_workspace(client)
    big = b"%PDF-1.4\n" + os.urandom(5 * 1024 * KB)
    r = upload(client, ws, csrf, [("files", ("bukti/besar.pdf", big))])
    assert r.status_code == 413 and "batas total" in r.json()["error"]  # refused from Content-Length alone
    r = upload(client, ws, csrf, [("files", (f"bukti/p{i}.pdf", os.urandom(900 * KB))) for i in range(4)])
    assert r.status_code == 413 and "batas total" in r.json()["error"]  # counted while storing
    r = upload(client, ws, csrf, [("files", ("bukti/sedang.pdf", os.urandom(1100 * KB)))])
    assert r.status_code == 413 and "sedang.pdf" in r.json()["error"] and "per berkas" in r.json()["error"]
    r = upload(client, ws, csrf, [("files", (f"bukti/f{i}.txt", b"x")) for i in range(25)])
    assert r.status_code == 413 and "lebih dari 20 berkas" in r.json()["error"]
    r = upload(client, ws, csrf, [])
    assert r.status_code == 400 and "tidak ada berkas" in r.json()["error"]
    r = upload(client, ws, csrf, [("files", ("bukti/a.txt", b"x"))], tahun="1990")
    assert r.status_code == 400 and "tahun" in r.json()["error"]
    r = upload(client, ws, csrf, [("files", ("bukti/a.txt", b"x"))], framework="../../etc/passwd")
    assert r.status_code == 400 and "kerangka" in r.json()["error"]
    r = upload(client, ws, csrf, [("files", ("bukti/a.txt", b"x")), ("klaim", ("klaim.exe", b"MZ"))])
    assert r.status_code == 400 and "CSV" in r.json()["error"]
    r = upload(client, ws, csrf, [("files", ("bukti/a.txt", b"x")), ("indeks_eksternal", ("../x.sh", b"#!"))])
    assert r.status_code == 400 and "indeks_eksternal" in r.json()["error"]

    def chunked():  # no Content-Length: the size cannot be checked before reading, so it is refused
        yield b"--x\r\n"

    r = client.post(f"{ws}runs", content=chunked(), headers={"Content-Type": "multipart/form-data; boundary=x",
                                                             "Accept": "application/json"})
    assert r.status_code == 411
    assert not any((tmp_path / "store" / "runs").iterdir())
    assert client.get(ws).status_code == 200


def test_cancel_a_queued_and_a_running_run(tmp_path: Path) -> None:
    from docfactory import scanned_pdf
    from doctexts import perkada_spbe

    slow = tmp_path / "scan"
    scanned_pdf(slow / "scan.pdf", perkada_spbe()[:6], dpi=150)  # OCR keeps the worker busy for a while
    with TestClient(create_app(_cfg(tmp_path, concurrency=1, use_cache=False, limits=Limits()))) as client:
        ws, csrf = new_workspace(client)
        busy = upload(client, ws, csrf, folder_files(slow)).json()["url"]
        queued = upload(client, ws, csrf, folder_files(slow)).json()["url"]
        assert client.get(f"{queued}/progress").json()["queue"] == 1
        client.post(f"{queued}/cancel", data={"csrf": csrf})
        assert wait_run(client, queued)["status"] == "cancelled"
        wait_run(client, busy, until=("running",))
        client.post(f"{busy}/cancel", data={"csrf": csrf})
        assert wait_run(client, busy, timeout=30)["status"] == "cancelled"
        con = sqlite3.connect(tmp_path / "store" / "history.sqlite3")
        pid = con.execute("SELECT pid FROM runs WHERE id=?", (int(busy.rsplit("/", 1)[1]),)).fetchone()[0]
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # the worker and its readers are gone
        assert client.get(ws).status_code == 200


def test_token_required_off_loopback(tmp_path: Path) -> None:
    from evidence_check.web.server import prepare

    cfg, generated = prepare(_cfg(tmp_path, host="0.0.0.0"))
    assert generated and cfg.token and len(cfg.token) >= 24
    assert prepare(_cfg(tmp_path))[0].token is None  # loopback: no token needed
    with TestClient(create_app(cfg)) as client:
        assert client.get("/").status_code == 401
        assert client.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/?token=wrong").status_code == 401
        assert client.get("/static/app.js").status_code == 401
        assert client.get("/", headers={"Authorization": f"Bearer {cfg.token}"}).status_code == 200
        r = client.get(f"/?token={cfg.token}", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/" and "ec_token" in r.headers["set-cookie"]
        assert client.get("/").status_code == 200  # the cookie now carries it


def test_retention_zero_removes_uploads_after_the_run(tmp_path: Path) -> None:
    with TestClient(create_app(_cfg(tmp_path, retention_days=0))) as client:
        ws, csrf = new_workspace(client)
        url = upload(client, ws, csrf, folder_files(small_folder(tmp_path / "bukti"))).json()["url"]
        assert wait_run(client, url)["status"] == "done"
        (run_dir,) = (tmp_path / "store" / "runs").iterdir()
        assert not (run_dir / "input").exists() and (run_dir / "report" / "laporan.html").is_file()
        assert "segera setelah pemeriksaan" in client.get(ws).text


def test_pemdi_run_with_external_index_and_a_bad_claims_file(client: TestClient, tmp_path: Path) -> None:
    ws, csrf = new_workspace(client)
    files = folder_files(small_folder(tmp_path / "bukti"))
    ext = b"indeks,nilai,tanggal\nIndeks Satu Data Indonesia (SDI),25,2026-08-20\n"
    r = upload(client, ws, csrf, [*files, ("indeks_eksternal", ("indeks.csv", ext))], tahun="2026")
    url = r.json()["url"]
    assert wait_run(client, url)["status"] == "done"
    data = client.get(f"{url}/files/report.json").json()
    assert data["framework"] == "permenpanrb-8-2026"
    i5 = next(v for v in data["indicators"] if v["code"] == "I5")
    assert i5["value"] == 2.0 and i5["external"]["pending"] is False
    assert "indeks_eksternal: indeks.csv" in client.get(url).text
    # a claims file the run refuses: the run fails with the reason on its page; the server keeps serving
    bad = b"indikator,level,kode,klaim\nI4,7,,\n"
    r = upload(client, ws, csrf, [*files, ("klaim", ("klaim.csv", bad))], tahun="2026")
    url = r.json()["url"]
    p = wait_run(client, url)
    assert p["status"] == "failed" and "baris 2" in p["error"]
    assert "baris 2" in client.get(url).text and client.get(ws).status_code == 200
