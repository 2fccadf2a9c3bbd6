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
    """Pre-screen SPBE evidence (bukti dukung) against PermenPANRB 59/2020.

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
@click.option("-f", "--format", "formats", default="html,json", show_default=True, help="Comma list: html,json,md,csv,xlsx,pdf.")
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
def check_cmd(input_path: Path, out: Path | None, formats: str, jobs: int | None, no_cache: bool, cache_dir: Path | None,
              lang: str, instansi: str | None, klaim: Path | None, tahun: int | None, framework: str | None,
              indeks_eksternal: Path | None, rules_dirs: tuple[Path, ...], timeout_per_file: float, max_pages: int, max_ocr_pages: int, ocr_dpi: int,
              follow_symlinks: bool, fail_on: str | None, verbose: int, quiet: bool) -> None:
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
    sys.exit(int(_check(opts)))


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


def _check(opts) -> ExitCode:  # noqa: ANN001
    from .api import check_folder, write_reports
    from .errors import EvidenceCheckError

    quiet = opts.verbosity < 0
    progress = _progress(quiet)
    try:
        report = check_folder(opts.input, opts, **({"progress": progress} if progress else {}))
        written = write_reports(report, opts.out, opts.formats, opts.lang, opts.rules_dirs)
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


if __name__ == "__main__":
    main()
