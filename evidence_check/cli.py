"""Thin click CLI over evidence_check.api: parse options, call, render, map errors to exit codes.

Heavy modules (pdfium, spaCy, openpyxl, ...) are imported inside the commands so `--help` starts fast.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import ExitCode

FAIL_ON = ("weak", "missing", "error")


class DefaultGroup(click.Group):
    """`evidence-check FOLDER` means `evidence-check check FOLDER` (the main use needs no subcommand)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="evidence-check")
def main() -> None:
    """Pre-screen digital-government evidence (bukti dukung) against PermenPANRB 8/2026 (Pemdi, periods from
    2026) or PermenPANRB 59/2020 (SPBE, earlier periods), chosen by --tahun.

    \b
    Main use:  evidence-check ./bukti_dukung [--instansi "Kabupaten X"] [--klaim klaim.csv]
    Exit codes: 0 run completed; 1 a --fail-on finding exists; 2 usage/rule error or nothing readable.
    """


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
        return True
    except ValueError:
        return False


def default_out(input_path: Path) -> Path:
    """./laporan-evidence-check, unless the current folder is inside the input (never write there)."""
    base = input_path if input_path.is_dir() else input_path.parent
    cand = Path.cwd() / "laporan-evidence-check"
    if not _inside(cand, base):
        return cand
    return Path.home() / "laporan-evidence-check" / (base.resolve().name or "input")


def _parse_formats(value: str) -> tuple[str, ...]:
    from .report import available_formats

    fmts = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in fmts if f not in available_formats()]
    if bad or not fmts:
        raise click.BadParameter(f"unknown format(s) {', '.join(bad) or '(none)'}; choose from {', '.join(available_formats())}")
    return fmts


@main.command("check")
@click.argument("input_path", metavar="FOLDER", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default ./laporan-evidence-check; never inside FOLDER).")
@click.option("-f", "--format", "formats", default="html,json", show_default=True, help="Comma list: html,json,md,csv,xlsx,pdf,paket.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), help="Worker processes (default: all cores).")
@click.option("--no-cache", is_flag=True, help="Read every file again instead of using cached extraction results.")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Extraction cache folder (default: user cache dir).")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True, help="Report language.")
@click.option("--instansi", help='Agency under evaluation, e.g. "Kabupaten Sukamaju" (default: inferred).')
@click.option("--klaim", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Self-assessment CSV/XLSX: indikator,level[,penjelasan].")
@click.option("--tahun", type=click.IntRange(2000, 2100), help="Evaluation period year (default: current year).")
@click.option("--framework", default=None, help="Framework id under rules/frameworks/ (default: by --tahun: 2026 and later "
              "permenpanrb-8-2026, earlier permenpanrb-59-2020).")
@click.option("--indeks-eksternal", "indeks_eksternal", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV/XLSX of external index values: indeks,nilai,tanggal[,sumber,keterangan] (SDI, SJIG, EPSS).")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path), help="Extra rules folder overlaid on the built-in rules (repeatable).")
@click.option("--timeout-per-file", type=click.FloatRange(1), default=900, show_default=True, help="Seconds before one file's reading is stopped.")
@click.option("--max-pages", type=click.IntRange(1), default=500, show_default=True, help="Pages read per file (head and tail kept).")
@click.option("--max-ocr-pages", type=click.IntRange(0), default=100, show_default=True, help="Pages OCR'd per file.")
@click.option("--ocr-dpi", type=click.IntRange(100, 600), default=300, show_default=True)
@click.option("--follow-symlinks", is_flag=True, help="Follow symbolic links inside FOLDER (off by default).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Exit 1 when an indicator is weak (or missing), missing, or a file has an error.")
@click.option("-v", "--verbose", count=True, help="More detail on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary; only errors.")
@click.option("--no-history", is_flag=True, help="Do not record this run in the history database.")
@click.option("--history-db", type=click.Path(dir_okay=False, path_type=Path), help="History database file (default: user data dir).")
def check_cmd(input_path: Path, out: Path | None, formats: str, jobs: int | None, no_cache: bool, cache_dir: Path | None,
              lang: str, instansi: str | None, klaim: Path | None, tahun: int | None, framework: str | None,
              indeks_eksternal: Path | None, rules_dirs: tuple[Path, ...], timeout_per_file: float, max_pages: int, max_ocr_pages: int, ocr_dpi: int,
              follow_symlinks: bool, fail_on: str | None, verbose: int, quiet: bool, no_history: bool,
              history_db: Path | None) -> None:
    """Check an evidence folder and write the report (default command)."""
    from dataclasses import replace

    from .context import Options

    fmts = _parse_formats(formats)
    out_dir = out or default_out(input_path)
    if _inside(out_dir, input_path if input_path.is_dir() else input_path.parent):
        raise click.UsageError(f"--out {out_dir} is inside the input folder; the input is never written to.")
    opts = Options(input=input_path, out=out_dir, formats=fmts, use_cache=not no_cache, cache_dir=cache_dir,
                   verbosity=-1 if quiet else verbose, lang=lang, instansi=instansi, klaim=klaim, framework=framework,
                   indeks_eksternal=indeks_eksternal, rules_dirs=rules_dirs, timeout_per_file=timeout_per_file, max_pages=max_pages,
                   max_ocr_pages=max_ocr_pages, ocr_dpi=ocr_dpi, follow_symlinks=follow_symlinks, fail_on=fail_on)
    if jobs:
        opts = replace(opts, jobs=jobs)
    if tahun:
        opts = replace(opts, tahun=tahun)
    sys.exit(int(_check(opts, history=not no_history, history_db=history_db)))


def _progress(quiet: bool):  # noqa: ANN202
    try:
        from .report.terminal import make_progress
    except ImportError:
        return None
    return make_progress(sys.stderr, enabled=not quiet)


def _summary(report, written: list[Path], lang: str) -> str:  # noqa: ANN001
    try:
        from .report.terminal import summary
    except ImportError:
        return "\n".join(str(p) for p in written)
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    return summary(report, written, color=color, lang=lang)


def _check(opts, history: bool = False, history_db: Path | None = None) -> ExitCode:  # noqa: ANN001
    from .api import check_folder, write_reports
    from .errors import EvidenceCheckError
    from .history.record import recorded_run

    quiet = opts.verbosity < 0
    progress = _progress(quiet)
    try:
        with recorded_run(history_db, enabled=history, input_label=str(opts.input), options=opts.jsonable(),
                          warn=lambda m: click.echo(f"evidence-check: {m}", err=True)) as recorder:
            report = check_folder(opts.input, opts, **({"progress": progress} if progress else {}))
            written = write_reports(report, opts.out, opts.formats, opts.lang, opts.rules_dirs)
            recorder.done(report, opts.out, written)
    except EvidenceCheckError as exc:
        click.echo(f"evidence-check: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("evidence-check: dihentikan (interrupted); tidak ada laporan setengah jadi yang ditulis.", err=True)
        return ExitCode.INTERRUPTED
    if not quiet:
        click.echo(_summary(report, written, opts.lang))
    return exit_code_for(report, opts.fail_on)


def exit_code_for(report, fail_on: str | None) -> ExitCode:  # noqa: ANN001
    if not any(d.readable for d in report.documents):
        return ExitCode.USAGE  # nothing could be read: the report exists but says nothing
    if fail_on == "error" and any(f.severity == "error" for d in report.documents for f in d.findings):
        return ExitCode.FINDINGS
    statuses = {v.status for v in report.indicators}
    if fail_on == "missing" and "missing" in statuses:
        return ExitCode.FINDINGS
    if fail_on == "weak" and statuses & {"weak", "missing"}:
        return ExitCode.FINDINGS
    return ExitCode.OK


@main.command("batch")
@click.argument("root", metavar="ROOT", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default ./laporan-evidence-check-batch; never inside ROOT).")
@click.option("--peta", "mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="CSV: folder,instansi,klaim,tahun (one row per agency sub-folder; all columns but folder optional).")
@click.option("--cluster", metavar="ADDRESS", help="Send the work to an existing Dask scheduler, e.g. tcp://127.0.0.1:8786 (needs the 'cluster' extra).")
@click.option("-f", "--format", "formats", default="html,json", show_default=True, help="Formats of each agency's report: html,json,md,csv,xlsx,pdf.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), help="Local worker processes (default: all cores; ignored with --cluster).")
@click.option("--no-cache", is_flag=True, help="Read every file again instead of using cached extraction results.")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Extraction cache folder (default: user cache dir).")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True, help="Report language.")
@click.option("--tahun", type=click.IntRange(2000, 2100), help="Evaluation period year (default: current year; per agency via --peta).")
@click.option("--framework", default=None, help="Framework id under rules/frameworks/ (default: by each agency's period).")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path), help="Extra rules folder overlaid on the built-in rules (repeatable).")
@click.option("--timeout-per-file", type=click.FloatRange(1), default=900, show_default=True, help="Seconds before one file's reading is stopped (local workers).")
@click.option("--max-pages", type=click.IntRange(1), default=500, show_default=True, help="Pages read per file (head and tail kept).")
@click.option("--max-ocr-pages", type=click.IntRange(0), default=100, show_default=True, help="Pages OCR'd per file.")
@click.option("--ocr-dpi", type=click.IntRange(100, 600), default=300, show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary; only errors.")
def batch_cmd(root: Path, out: Path | None, mapping: Path | None, cluster: str | None, formats: str, jobs: int | None,
              no_cache: bool, cache_dir: Path | None, lang: str, tahun: int | None, framework: str | None,
              rules_dirs: tuple[Path, ...], timeout_per_file: float, max_pages: int, max_ocr_pages: int, ocr_dpi: int,
              quiet: bool) -> None:
    """Check every sub-folder of ROOT (one agency each) and write a cross-agency summary.

    \b
    Re-running the same command after a crash or Ctrl-C skips every finished document.
    Exit codes: 0 batch completed; 2 usage/rule/CSV error; 130 interrupted (finished work is kept).
    """
    from dataclasses import replace

    from .context import Options

    fmts = _parse_formats(formats)
    out_dir = out or Path.cwd() / "laporan-evidence-check-batch"
    if _inside(out_dir, root):
        raise click.UsageError(f"--out {out_dir} is inside ROOT; the input is never written to.")
    opts = Options(input=root, out=out_dir, formats=fmts, use_cache=not no_cache, cache_dir=cache_dir,
                   verbosity=-1 if quiet else 0, lang=lang, framework=framework, rules_dirs=rules_dirs,
                   timeout_per_file=timeout_per_file, max_pages=max_pages, max_ocr_pages=max_ocr_pages, ocr_dpi=ocr_dpi)
    if jobs:
        opts = replace(opts, jobs=jobs)
    if tahun:
        opts = replace(opts, tahun=tahun)
    sys.exit(int(_batch(opts, mapping, cluster, quiet)))


def _batch_progress(p) -> None:  # p: batch.BatchProgress
    eta = "—" if p.eta_s is None else f"{int(p.eta_s // 3600):d}:{int(p.eta_s % 3600 // 60):02d}:{int(p.eta_s % 60):02d}"
    click.echo(f"\r instansi {p.agencies_done}/{p.agencies_total} · dokumen {p.documents_done}/{p.documents_total}"
               f" · {p.docs_per_s:.1f} dok/s · {p.pages_per_s:.1f} hlm/s · sisa ~{eta}   ", err=True, nl=False)


def _batch(opts, mapping: Path | None, cluster: str | None, quiet: bool) -> ExitCode:
    from .batch import check_batch, open_executor, write_summary
    from .batch.engine import _no_progress
    from .errors import EvidenceCheckError

    try:
        with open_executor(opts, cluster) as executor:
            summary = check_batch(opts.input, opts, executor, mapping=mapping,
                                  progress=_no_progress if quiet else _batch_progress)
        written = write_summary(summary, opts.out)
    except EvidenceCheckError as exc:
        click.echo(f"evidence-check: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        click.echo("\nevidence-check: dihentikan (interrupted); pekerjaan yang selesai tersimpan, jalankan ulang "
                   "perintah yang sama untuk melanjutkan (re-run the same command to resume).", err=True)
        return ExitCode.INTERRUPTED
    if not quiet:
        t = summary["totals"]
        click.echo(f"\n{t['agencies']} instansi, {t['documents']} dokumen, {t['pages']} halaman; "
                   f"draf {t['drafts']}, dokumen pihak lain {t['foreign']}, gagal dibaca {t['failed']}")
        for p in written:
            click.echo(str(p))
    return ExitCode.OK


@main.command("pack")
@click.argument("input_path", metavar="FOLDER", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default as for check; never inside FOLDER).")
@click.option("--instansi", help='Agency under evaluation, e.g. "Kabupaten Sukamaju" (default: inferred).')
@click.option("--klaim", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Self-assessment CSV/XLSX.")
@click.option("--tahun", type=click.IntRange(2000, 2100), help="Evaluation period year (default: as for check).")
@click.option("--framework", help="Framework file under rules/frameworks/ (default: as for check).")
@click.option("--indeks-eksternal", "indeks_eksternal", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV/XLSX of external index values (as for check).")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path), help="Extra rules folder (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), help="Worker processes (default: all cores).")
@click.option("--no-cache", is_flag=True, help="Read every file again instead of using cached extraction results.")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Extraction cache folder (default: user cache dir).")
@click.option("--catatan-maks", "note_chars", type=click.IntRange(100, 20000), default=1000, show_default=True,
              help="Longest note in characters (the portal's note field; its real limit is not published).")
@click.option("--batas-unggah-mb", "max_upload_mb", type=click.FloatRange(0.01), default=10.0, show_default=True,
              help="Warn about files above this size (a guess: the portal's limit is not published).")
@click.option("--tanpa-zip", is_flag=True, help="Do not write paket.zip beside the folder.")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary; only errors.")
def pack_cmd(input_path: Path, out: Path | None, instansi: str | None, klaim: Path | None, tahun: int | None,
             framework: str | None, indeks_eksternal: Path | None, rules_dirs: tuple[Path, ...], jobs: int | None, no_cache: bool,
             cache_dir: Path | None, note_chars: int,
             max_upload_mb: float, tanpa_zip: bool, quiet: bool) -> None:
    """Build the upload package: paket/ (one folder per indicator and level, notes, manifest, to-do) and paket.zip.

    The same package as `check --format paket`, with its settings; the input folder is only read.
    """
    from dataclasses import replace

    from .api import check_folder
    from .context import Options
    from .errors import EvidenceCheckError
    from .report.paket import PaketSettings, write_paket

    out_dir = out or default_out(input_path)
    if _inside(out_dir, input_path if input_path.is_dir() else input_path.parent):
        raise click.UsageError(f"--out {out_dir} is inside the input folder; the input is never written to.")
    opts = Options(input=input_path, out=out_dir, formats=("paket",), use_cache=not no_cache, cache_dir=cache_dir,
                   verbosity=-1 if quiet else 0, instansi=instansi, klaim=klaim, rules_dirs=rules_dirs)
    extra = {k: v for k, v in (("jobs", jobs), ("tahun", tahun), ("framework", framework),
                                ("indeks_eksternal", indeks_eksternal)) if v}
    opts = replace(opts, **extra)
    settings = PaketSettings(note_chars=note_chars, max_upload_mb=max_upload_mb, make_zip=not tanpa_zip)
    progress = _progress(quiet)
    try:
        report = check_folder(opts.input, opts, **({"progress": progress} if progress else {}))
        written = write_paket(report, out_dir, opts.lang, settings)
    except EvidenceCheckError as exc:
        click.echo(f"evidence-check: {exc}", err=True)
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        click.echo("evidence-check: dihentikan (interrupted); paket lama (bila ada) tidak diubah.", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    if not quiet:
        click.echo("\n".join(str(p) for p in written))
    sys.exit(int(exit_code_for(report, None)))


@main.command("text")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--ocr-dpi", type=click.IntRange(100, 600), default=300, show_default=True)
def text_cmd(file: Path, ocr_dpi: int) -> None:
    """Print the text the tool read from one file, page by page (method and OCR confidence)."""
    from .api import extracted_text
    from .context import Options

    for path, page, method, conf, text in extracted_text(file, Options(input=file.parent, ocr_dpi=ocr_dpi)):
        head = f"===== {path} — halaman {page} — {method}" + (f" — keyakinan OCR {conf:.0f}%" if conf is not None else "")
        click.echo(head if page else f"!!!!! {path} — {method}: {text}")
        if page:
            click.echo(text)


@main.command("rules")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--framework", default=None, help="Validate only this framework (default: every framework file).")
def rules_cmd(rules_dirs: tuple[Path, ...], framework: str | None) -> None:
    """Validate the rule files (built-in plus overlays); list every problem with file and key."""
    from .context import PROJECT_RULES
    from .errors import RuleError
    from .indicators import load_framework
    from .messages import load_catalogues
    from .recognise import load_recognition_rules

    dirs = (PROJECT_RULES, *rules_dirs)
    fids = [framework] if framework else sorted({p.stem for d in dirs for p in d.glob("frameworks/*.yaml")})
    checks = [(load_recognition_rules, ()), (load_catalogues, ()),
              *((load_framework, (fid,)) for fid in fids)]
    problems: list[str] = []
    # every loader runs, so one call lists the problems of all rule files, not only the first broken kind
    for load, args in checks:
        try:
            load(dirs, *args)  # type: ignore[operator]
        except RuleError as exc:
            problems.extend(p for p in exc.problems if p not in problems)
    if problems:
        for p in problems:
            click.echo(p, err=True)
        sys.exit(int(ExitCode.USAGE))
    click.echo("rules OK: " + ", ".join(str(d) for d in dirs))


# --- history, diff, serve (issue 14) ---------------------------------------------------------------
def _history_store(history_db: Path | None):
    from .history import HistoryError, HistoryStore, default_db_path

    try:
        return HistoryStore(history_db or default_db_path())
    except HistoryError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("history")
@click.option("--history-db", type=click.Path(dir_okay=False, path_type=Path), help="History database file (default: user data dir).")
@click.option("--workspace", help="Only runs of this workspace (CLI runs: 'local').")
@click.option("-n", "--limit", type=click.IntRange(1), default=30, show_default=True)
def history_cmd(history_db: Path | None, workspace: str | None, limit: int) -> None:
    """List recorded runs: id, date, status, index, supported/weak/missing, documents."""
    from .report.terminal import printable

    rows = _history_store(history_db).runs(workspace, limit=limit)
    if not rows:
        click.echo("Belum ada riwayat (no runs recorded yet).")
        return
    click.echo("D/L/T = didukung/lemah/tidak ada (supported/weak/missing); dok = dokumen (documents)")
    click.echo(f"{'id':>5}  {'tanggal (date)':<25} {'status':<11} {'indeks':>6}  {'D/L/T':<9} {'dok':>4}  "
               f"{'asal':<5} input")
    for r in rows:
        idx = "–" if r.index_supported is None else f"{r.index_supported:.2f}"
        counts = f"{r.n_supported}/{r.n_weak}/{r.n_missing}" if r.status == "done" else "–"
        click.echo(f"{r.id:>5}  {r.created_at:<25} {r.status:<11} {idx:>6}  {counts:<9} {r.n_documents:>4}  "
                   f"{r.source:<5} {printable(r.input_label)}")


def _diff_side(arg: str, store_db: Path | None):
    """A run id from the history, or a report.json file."""
    import json

    from .history import snapshot_from_report

    if arg.isdigit() and not Path(arg).is_file():
        snap = _history_store(store_db).snapshot(int(arg))
        if snap is None:
            raise click.UsageError(f"run {arg}: tidak ada di riwayat atau belum selesai (not in the history or not done)")
        return snap
    path = Path(arg)
    if path.is_dir():
        path = path / "report.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.UsageError(f"{arg}: bukan id run atau report.json yang terbaca (not a run id or readable report.json): {exc}")
    if not isinstance(data, dict):
        raise click.UsageError(f"{arg}: report.json tidak berisi objek (not a report object)")
    return snapshot_from_report(data, str(arg))


@main.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "html"]), default="text", show_default=True)
@click.option("--history-db", type=click.Path(dir_okay=False, path_type=Path), help="History database file (default: user data dir).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of stdout.")
def diff_cmd(old: str, new: str, fmt: str, history_db: Path | None, output: Path | None) -> None:
    """What changed between two runs: OLD and NEW are run ids (see `history`) or report.json files."""
    from .history import RENDERERS, diff_runs

    text = RENDERERS[fmt](diff_runs(_diff_side(old, history_db), _diff_side(new, history_db)))
    if output:
        from .atomic import write_atomic

        write_atomic(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=False)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; any non-loopback address requires a token.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--token", envvar="EVIDENCE_CHECK_TOKEN", help="Access token (generated and printed for a non-loopback host when not given).")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), help="Uploads, reports and history (default: user data dir).")
@click.option("--history-db", type=click.Path(dir_okay=False, path_type=Path), help="History database file (default: the CLI's, or DATA_DIR/history.sqlite3 with --data-dir).")
@click.option("--concurrency", type=click.IntRange(1, 64), default=2, show_default=True, help="Runs at the same time; the rest wait in a queue.")
@click.option("--jobs-per-run", type=click.IntRange(1, 64), default=1, show_default=True, help="Reader processes inside one run.")
@click.option("--retention-days", type=click.FloatRange(0), default=7, show_default=True, help="Days uploaded files are kept after a run (0: removed right away).")
@click.option("--max-upload-mb", type=click.IntRange(1), default=512, show_default=True, help="Total size of one upload.")
@click.option("--max-files", type=click.IntRange(1), default=2000, show_default=True, help="Files in one upload.")
@click.option("--max-file-mb", type=click.IntRange(1), default=100, show_default=True, help="Size of one uploaded file.")
def serve_cmd(host: str, port: int, token: str | None, data_dir: Path | None, history_db: Path | None, concurrency: int,
              jobs_per_run: int, retention_days: float, max_upload_mb: int, max_files: int, max_file_mb: int) -> None:
    """Local web app: upload a folder or ZIP, watch progress, open reports, history and diffs."""
    from .history import default_db_path
    from .web.config import ServeConfig, default_data_dir
    from .web.server import prepare, serve
    from .web.uploads import Limits

    mib = 1024 * 1024
    # By default the server shares the CLI's history database, so `history` and `diff` see web runs too;
    # an explicit --data-dir keeps everything (database included) inside that folder.
    history_db = history_db or (None if data_dir else default_db_path())
    cfg, generated = prepare(ServeConfig(
        data_dir=data_dir or default_data_dir(), host=host, port=port, token=token, history_db=history_db,
        concurrency=concurrency, jobs_per_run=jobs_per_run, retention_days=retention_days,
        limits=Limits(max_upload_mb * mib, max_files, max_file_mb * mib)))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"evidence-check serve: http://{shown}:{port}/" + (f"?token={cfg.token}" if cfg.token else ""))
    if generated:
        click.echo(f"Token akses (access token): {cfg.token}")
    click.echo(f"Data: {cfg.data_dir}  ·  riwayat (history): {cfg.db_path}")
    serve(cfg)


if __name__ == "__main__":
    main()
