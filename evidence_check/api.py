"""Library entry points: never print, never exit. The CLI and tests both call these."""
from __future__ import annotations

from pathlib import Path

from .context import Options, ProgressFn, RunContext, _no_progress
from .models import RunReport


def check_folder(path: Path, options: Options | None = None, progress: ProgressFn = _no_progress) -> RunReport:
    """Run the whole check on a folder (or one file) and return the report model."""
    opts = options or Options(input=Path(path))
    if Path(opts.input) != Path(path):
        from dataclasses import replace

        opts = replace(opts, input=Path(path))
    return _run(RunContext(opts, progress))


def _run(ctx: RunContext) -> RunReport:
    from .pipeline import run

    return run(ctx)


def write_reports(report: RunReport, out_dir: Path, formats: tuple[str, ...], lang: str = "id") -> list[Path]:
    from .report import render_all

    return render_all(report, formats, out_dir, lang)


def extracted_text(path: Path, options: Options | None = None) -> list[tuple[str, int, str, float | None, str]]:
    """(document path, page, method, confidence, text) for every page the tool read from one file."""
    from .extract import extract_path

    opts = options or Options(input=Path(path).parent)
    rows = []
    for doc in extract_path(Path(path), Path(path).name, opts):
        for p in doc.pages:
            rows.append((doc.path, p.number, p.method + (f" [{p.label}]" if p.label else ""), p.confidence, p.text))
        for f in doc.findings:
            rows.append((doc.path, 0, f.code, None, f.message))
    return rows
