"""The web face: Starlette routes over the same library API the CLI uses (check_folder, write_reports).

Pages live under /w/{workspace secret}/...; the secret is the only key to a workspace, and every store
read is filtered by it. Uploads become runs that a JobManager executes in worker processes.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import os
import secrets
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..context import PROJECT_RULES
from ..history import HistoryStore, diff_runs
from ..history import diff as history_diff
from . import security
from .config import ServeConfig
from .jobs import JobManager, JobSpec, read_progress
from .uploads import Incoming, UploadError, clean_component, clean_relpath, mb, save_files, save_zip

HERE = Path(__file__).resolve().parent
KLAIM_SUFFIXES = (".csv", ".xlsx")
SIDE_FILES = ("klaim", "indeks_eksternal")  # optional files beside the evidence (Options fields of the same name)
FORM_OVERHEAD = 1024 * 1024
SWEEP_EVERY = 600.0  # seconds between retention sweeps (done while serving the history page)  # multipart boundaries and the small fields around the files


@functools.lru_cache(maxsize=1)
def templates() -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(HERE / "templates")),
                                  jinja2.FileSystemLoader(str(history_diff.TEMPLATES))])
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True)
    env.globals.update(fmt_level=history_diff.fmt_level, item_direction=history_diff.item_direction,
                       verdict_word=history_diff.verdict_word, arrow=history_diff.ARROW, version=__version__)
    return env


def frameworks() -> list[str]:
    return sorted(p.stem for p in (PROJECT_RULES / "frameworks").glob("*.yaml"))


class Web:
    """The app's state: config, store and job manager (no module-level state)."""

    def __init__(self, cfg: ServeConfig):
        self.cfg = cfg
        cfg.runs_dir.mkdir(parents=True, exist_ok=True)
        self.store = HistoryStore(cfg.db_path)
        self.jobs = JobManager(self.store, cfg.concurrency)
        self.last_sweep = 0.0

    # --- lifecycle -------------------------------------------------------------------------------
    def startup(self) -> None:
        # No worker of an earlier server survives it (they die with their parent), so every run still
        # marked running is interrupted; queued runs still have their uploads and go back in the queue.
        self.store.recover(source="web", is_alive=lambda pid: False)
        self.sweep()
        pending = [self.spec(r.id, r.work_dir or "", r.options)
                   for r in reversed(self.store.runs(status=("queued",), limit=10_000)) if r.source == "web"]
        self.jobs.start(pending)

    def shutdown(self) -> None:
        self.jobs.stop()

    def spec(self, run_id: int, work_dir: str, options: dict[str, Any]) -> JobSpec:
        opts = dict(options, jobs=self.cfg.jobs_per_run, cache_dir=str(self.cfg.cache_dir) if self.cfg.use_cache else None,
                    delete_input=self.cfg.retention_days == 0)
        return JobSpec(db_path=str(self.cfg.db_path), run_id=run_id, input_dir=str(Path(work_dir) / "input"),
                       out_dir=str(Path(work_dir) / "report"), progress_path=str(Path(work_dir) / "progress.json"),
                       options=opts, server_pid=os.getpid())

    def sweep_now_and_then(self) -> None:
        if time.monotonic() - self.last_sweep > SWEEP_EVERY:
            self.sweep()

    def sweep(self) -> None:
        """Retention: uploaded files of runs finished longer ago than the setting are removed."""
        self.last_sweep = time.monotonic()
        cutoff = (_dt.datetime.now(_dt.UTC) - _dt.timedelta(days=self.cfg.retention_days))
        for row in self.store.expired(cutoff.isoformat(timespec="seconds")):
            if row.work_dir and self.inside_store(Path(row.work_dir)):
                shutil.rmtree(Path(row.work_dir) / "input", ignore_errors=True)

    def inside_store(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.cfg.runs_dir.resolve())

    # --- rendering -------------------------------------------------------------------------------
    def page(self, request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        csrf = security.csrf_cookie(request) or secrets.token_urlsafe(24)
        html = templates().get_template(name).render(csrf=csrf, **ctx)
        resp = HTMLResponse(html, status_code=status, headers=security.security_headers(security.APP_CSP))
        if not security.csrf_cookie(request):
            resp.set_cookie(security.CSRF_COOKIE, csrf, httponly=True, samesite="strict")
        return resp

    def error(self, request: Request, message: str, status: int) -> Response:
        if wants_json(request):
            return JSONResponse({"error": message}, status_code=status, headers=security.security_headers(security.APP_CSP))
        return self.page(request, "error.html.j2", status=status, message=message, status_code=status)


def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _web(request: Request) -> Web:
    return request.app.state.web


def _ws(request: Request) -> tuple[Web, str, str]:
    """(web, secret, store key) for a workspace URL; 404 for an unknown secret (no hint it exists)."""
    web = _web(request)
    secret = request.path_params["ws"]
    key = security.workspace_key(secret)
    if len(secret) < 16 or not web.store.has_workspace(key):
        raise _NotFound()
    return web, secret, key


class _NotFound(Exception):
    pass


def _run_id(request: Request) -> int:
    try:
        return int(request.path_params["run"])
    except ValueError as exc:
        raise _NotFound() from exc


# --- routes ------------------------------------------------------------------------------------------
async def landing(request: Request) -> Response:
    return _web(request).page(request, "landing.html.j2")


async def create_workspace(request: Request) -> Response:
    web = _web(request)
    form = await request.form(max_files=0, max_fields=5)
    if not security.csrf_ok(request, str(form.get(security.CSRF_FIELD) or "")):
        return web.error(request, CSRF_MESSAGE, 403)
    secret = security.new_secret()
    await run_in_threadpool(web.store.add_workspace, security.workspace_key(secret))
    return RedirectResponse(f"/w/{secret}/", status_code=303)


async def workspace(request: Request) -> Response:
    web, secret, key = _ws(request)
    await run_in_threadpool(web.sweep_now_and_then)
    runs = await run_in_threadpool(web.store.runs, key, limit=200)
    done = [r for r in runs if r.status == "done"]
    return web.page(request, "workspace.html.j2", ws=secret, runs=runs, done=done, frameworks=frameworks(), limits=web.cfg.limits, mb=mb,
                    year=_dt.date.today().year, retention=web.cfg.retention_days)


async def upload(request: Request) -> Response:
    web, secret, key = _ws(request)
    limits = web.cfg.limits
    length = request.headers.get("content-length")
    if length is None:
        return web.error(request, "panjang unggahan tidak diketahui (Content-Length required)", 411)
    if not length.isdigit() or int(length) > limits.max_total_bytes + FORM_OVERHEAD:
        return web.error(request, f"unggahan melebihi batas total {mb(limits.max_total_bytes)} "
                                  f"(upload larger than the {mb(limits.max_total_bytes)} total limit)", 413)
    try:
        form = await request.form(max_files=limits.max_files + 1, max_fields=20)
    except Exception as exc:  # noqa: BLE001 - starlette/multipart raise several kinds; all mean a bad upload
        detail = str(getattr(exc, "detail", None) or exc)
        if "too many files" in detail.lower():
            return web.error(request, f"unggahan berisi lebih dari {limits.max_files} berkas "
                                      f"(more files than the limit of {limits.max_files})", 413)
        return web.error(request, f"unggahan tidak dapat dibaca (unreadable upload): {detail}", 400)
    try:
        if not security.csrf_ok(request, str(form.get(security.CSRF_FIELD) or "")):
            return web.error(request, CSRF_MESSAGE, 403)
        try:
            options = _run_options(form)
            work = web.cfg.runs_dir / secrets.token_hex(16)
            work.mkdir(parents=True)
            try:
                notes, label = await run_in_threadpool(_store_upload, form, work, web)
            except BaseException:
                shutil.rmtree(work, ignore_errors=True)
                raise
        except UploadError as exc:
            return web.error(request, str(exc), exc.status)
    finally:
        await form.close()
    options = _with_side_files(dict(options, upload_notes=notes), str(work))
    run_id = await run_in_threadpool(web.store.begin_run, workspace=key, source="web", input_label=label,
                                     options=options, status="queued", work_dir=str(work), out_dir=str(work / "report"))
    web.jobs.submit(web.spec(run_id, str(work), options))
    url = f"/w/{secret}/runs/{run_id}"
    if wants_json(request):
        return JSONResponse({"run": run_id, "url": url}, status_code=201)
    return RedirectResponse(url, status_code=303)


CSRF_MESSAGE = ("formulir kedaluwarsa atau bukan dari halaman ini; muat ulang halaman lalu coba lagi "
                "(form expired or not from this page: reload and try again)")


def _run_options(form: Any) -> dict[str, Any]:
    instansi = str(form.get("instansi") or "").strip()
    if len(instansi) > 200:
        raise UploadError("nama instansi terlalu panjang (agency name too long)")
    tahun_raw = str(form.get("tahun") or "").strip()
    tahun = None
    if tahun_raw:
        if not tahun_raw.isdigit() or not 2000 <= int(tahun_raw) <= 2100:
            raise UploadError("tahun harus 2000–2100 (year must be 2000–2100)")
        tahun = int(tahun_raw)
    framework = str(form.get("framework") or "").strip()
    if framework and framework not in frameworks():
        raise UploadError(f"kerangka tidak dikenal (unknown framework): {framework[:60]}")
    return {"instansi": instansi or None, "tahun": tahun, "framework": framework or None}


def _uploads(form: Any, name: str) -> list[UploadFile]:
    return [f for f in form.getlist(name) if isinstance(f, UploadFile) and f.filename]


def _store_upload(form: Any, work: Path, web: Web) -> tuple[list[str], str]:
    """Blocking part of an upload (runs in a thread): files or ZIP into work/input, claims file beside it.
    Returns notes for the page and a label for the history (the folder or ZIP name)."""
    limits = web.cfg.limits
    files = _uploads(form, "files")
    zips = _uploads(form, "zip")
    single = files[0].filename.replace("\\", "/") if len(files) == 1 and files[0].filename else ""
    if single.lower().endswith(".zip") and "/" not in single and not zips:  # one ZIP picked, not a folder
        zips, files = files, []
    notes: list[str] = []
    if zips:
        if len(zips) > 1 or files:
            raise UploadError("unggah satu ZIP atau satu folder, tidak keduanya (one ZIP or one folder, not both)")
        z = zips[0]
        if z.size is not None and z.size > limits.max_total_bytes:
            raise UploadError(f"ZIP melebihi batas {mb(limits.max_total_bytes)} (ZIP larger than the limit)", 413)
        tmp = work / "upload.zip"
        with tmp.open("wb") as out:
            shutil.copyfileobj(z.file, out)
        try:
            _, notes = save_zip(tmp, work / "input", limits)
        finally:
            tmp.unlink(missing_ok=True)
        label = clean_component(Path((z.filename or "").replace("\\", "/")).name)
    else:
        stored = save_files([Incoming(f.filename or "", f.file, f.size) for f in files], work / "input", limits)
        first = clean_relpath(files[0].filename or "") if files else None
        label = first.parts[0] if first is not None and len(first.parts) > 1 else f"{len(stored)} berkas (files)"
    for name in SIDE_FILES:
        side = _uploads(form, name)
        if side:
            suffix = Path(side[0].filename or "").suffix.lower()
            if suffix not in KLAIM_SUFFIXES:
                raise UploadError(f"berkas {name} harus CSV atau XLSX ({name} file must be CSV or XLSX)")
            with (work / f"{name}{suffix}").open("wb") as out:
                shutil.copyfileobj(side[0].file, out)
            notes.append(f"{name}: {clean_component(Path((side[0].filename or '').replace(chr(92), '/')).name)}")
    return notes, label


def _with_side_files(options: dict[str, Any], work_dir: str) -> dict[str, Any]:
    """The claims and external-index files sit beside the upload, under names the server chose."""
    out = dict(options)
    for name in SIDE_FILES:
        for suffix in KLAIM_SUFFIXES:
            if (Path(work_dir) / f"{name}{suffix}").is_file():
                out[name] = str(Path(work_dir) / f"{name}{suffix}")
    return out


async def run_page(request: Request) -> Response:
    web, secret, key = _ws(request)
    row = await run_in_threadpool(web.store.run, _run_id(request), key)
    if row is None:
        raise _NotFound()
    runs = await run_in_threadpool(web.store.runs, key, status=("done",), limit=200)
    previous = next((r for r in runs if r.id < row.id), None)
    queue = await run_in_threadpool(web.jobs.position, row.id)
    return web.page(request, "run.html.j2", ws=secret, run=row, progress=read_progress(row.work_dir),
                    queue=queue, previous=previous, files=_files(row))


def _files(row: Any) -> list[str]:
    """The downloads are whatever the run wrote (so a new format shows up by itself)."""
    if not row.out_dir:
        return []
    return [name for name in row.files if (Path(row.out_dir) / name).is_file()]


async def progress(request: Request) -> Response:
    web, _secret, key = _ws(request)
    row = await run_in_threadpool(web.store.run, _run_id(request), key)
    if row is None:
        raise _NotFound()
    queue = await run_in_threadpool(web.jobs.position, row.id)
    data: dict[str, Any] = {"status": row.status, "error": row.error, "queue": queue}
    data.update(read_progress(row.work_dir))
    return JSONResponse(data, headers=security.security_headers(security.APP_CSP))


async def cancel(request: Request) -> Response:
    web, secret, key = _ws(request)
    form = await request.form(max_files=0, max_fields=5)
    if not security.csrf_ok(request, str(form.get(security.CSRF_FIELD) or "")):
        return web.error(request, CSRF_MESSAGE, 403)
    row = await run_in_threadpool(web.store.run, _run_id(request), key)
    if row is None:
        raise _NotFound()
    if not await run_in_threadpool(web.jobs.cancel, row.id) and not row.finished:
        await run_in_threadpool(web.store.end_run, row.id, "cancelled", "dibatalkan (cancelled)")
    return RedirectResponse(f"/w/{secret}/runs/{row.id}", status_code=303)


async def delete(request: Request) -> Response:
    web, secret, key = _ws(request)
    form = await request.form(max_files=0, max_fields=5)
    if not security.csrf_ok(request, str(form.get(security.CSRF_FIELD) or "")):
        return web.error(request, CSRF_MESSAGE, 403)
    row = await run_in_threadpool(web.store.run, _run_id(request), key)
    if row is None:
        raise _NotFound()
    if not row.finished:
        return web.error(request, "run masih berjalan; batalkan dulu (the run is still going: cancel it first)", 409)
    await run_in_threadpool(web.store.delete_run, row.id, key)
    if row.work_dir and web.inside_store(Path(row.work_dir)):
        shutil.rmtree(row.work_dir, ignore_errors=True)
    return RedirectResponse(f"/w/{secret}/", status_code=303)


async def report(request: Request) -> Response:
    web, _secret, key = _ws(request)
    row = await run_in_threadpool(web.store.run, _run_id(request), key)
    if row is None or "laporan.html" not in _files(row):
        raise _NotFound()
    return FileResponse(Path(row.out_dir or "") / "laporan.html", media_type="text/html; charset=utf-8",
                        headers=security.security_headers(security.REPORT_CSP))


async def download(request: Request) -> Response:
    web, _secret, key = _ws(request)
    row = await run_in_threadpool(web.store.run, _run_id(request), key)
    name = request.path_params["name"]
    if row is None or name not in _files(row):  # only names the run itself wrote; never a client path
        raise _NotFound()
    headers = security.security_headers(security.REPORT_CSP)
    return FileResponse(Path(row.out_dir or "") / name, filename=f"run{row.id}-{name}", headers=headers)


async def diff(request: Request) -> Response:
    web, secret, key = _ws(request)
    try:
        a, b = int(request.query_params.get("a", "")), int(request.query_params.get("b", ""))
    except ValueError:
        return web.error(request, "pilih dua run untuk dibandingkan (choose two runs to compare)", 400)
    old, new = await run_in_threadpool(web.store.snapshot, a, key), await run_in_threadpool(web.store.snapshot, b, key)
    if old is None or new is None:
        return web.error(request, "run tidak ditemukan atau belum selesai (run not found or not finished)", 404)
    d = diff_runs(old, new)
    fmt = request.query_params.get("format", "html")
    if fmt == "md":
        return PlainTextResponse(history_diff.render_markdown(d), media_type="text/markdown; charset=utf-8",
                                 headers=security.security_headers(security.REPORT_CSP))
    if fmt == "text":
        return PlainTextResponse(history_diff.render_text(d), headers=security.security_headers(security.REPORT_CSP))
    done = await run_in_threadpool(web.store.runs, key, status=("done",), limit=200)
    return web.page(request, "diff.html.j2", ws=secret, d=d, a=a, b=b, done=done)


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


# --- app ---------------------------------------------------------------------------------------------
def create_app(cfg: ServeConfig) -> Starlette:
    web = Web(cfg)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        web.startup()
        try:
            yield
        finally:
            await run_in_threadpool(web.shutdown)

    routes = [
        Route("/", landing), Route("/workspaces", create_workspace, methods=["POST"]),
        Route("/healthz", healthz),
        Route("/w/{ws}/", workspace), Route("/w/{ws}/runs", upload, methods=["POST"]),
        Route("/w/{ws}/runs/{run}", run_page), Route("/w/{ws}/runs/{run}/progress", progress),
        Route("/w/{ws}/runs/{run}/cancel", cancel, methods=["POST"]),
        Route("/w/{ws}/runs/{run}/delete", delete, methods=["POST"]),
        Route("/w/{ws}/runs/{run}/report", report), Route("/w/{ws}/runs/{run}/files/{name}", download),
        Route("/w/{ws}/diff", diff),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={_NotFound: _not_found, 404: _not_found, 405: _not_allowed})
    app.state.web = web

    app.add_middleware(Guard, token=cfg.token)
    return app


class Guard:
    """ASGI middleware: the access token first, then the security headers on every response."""

    def __init__(self, app: Any, token: str | None):
        self.app = app
        self.token = token

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if not security.token_ok(request, self.token):
            resp: Response = PlainTextResponse("token akses salah atau tidak ada (wrong or missing access token)\n",
                                               status_code=401, headers={"WWW-Authenticate": "Bearer"})
            await resp(scope, receive, send)
            return
        if self.token and request.query_params.get("token"):
            # The token came in the link: keep it in a cookie and drop it from the address bar.
            resp = RedirectResponse(request.url.path, status_code=303)
            resp.set_cookie(security.TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            await resp(scope, receive, send)
            return
        extra = [(k.lower().encode(), v.encode()) for k, v in security.security_headers(security.APP_CSP).items()]

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [(k, v) for k, v in extra if k not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _not_found(request: Request, exc: Exception) -> Response:
    return _web(request).error(request, "tidak ditemukan (not found)", 404)


async def _not_allowed(request: Request, exc: Exception) -> Response:
    return _web(request).error(request, "metode tidak diizinkan (method not allowed)", 405)
