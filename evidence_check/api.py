"""Library entry points: never print, never exit. The CLI and tests both call these."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .context import Options, ProgressFn, RunContext, _no_progress
from .models import RunReport

if TYPE_CHECKING:
    from .messages import Catalogues


def check_folder(path: Path, options: Options | None = None,
                 progress: ProgressFn = _no_progress) -> RunReport:
    """Run the whole check on a folder (or one file) and return the report model."""
    opts = options or Options(input=Path(path))
    if Path(opts.input) != Path(path):
        from dataclasses import replace

        opts = replace(opts, input=Path(path))
    return _run(RunContext(opts, progress))


def _run(ctx: RunContext) -> RunReport:
    from .pipeline import run

    return run(ctx)


def write_reports(report: RunReport, out_dir: Path, formats: tuple[str, ...], lang: str = "id",
                  rules_dirs: tuple[Path, ...] | None = None, rendered: dict[str, bytes] | None = None
                  ) -> list[Path]:
    """Render the report files. Labels come from the run's own catalogues: the overlays given, else the
    ones the run recorded in its options (so a library caller gets the same labels the run used).
    `rendered`: contents `render_reports` already made (a batch renders on its workers)."""
    from .messages import using
    from .report import render_all

    with using(_report_catalogues(report, rules_dirs)):
        return render_all(report, formats, out_dir, lang, rendered)


def render_reports(report: RunReport, formats: tuple[str, ...], lang: str = "id",
                   rules_dirs: tuple[Path, ...] | None = None) -> dict[str, bytes]:
    """File name -> content of every single-file format, labelled as `write_reports` labels them."""
    from .messages import using
    from .report import render_files

    with using(_report_catalogues(report, rules_dirs)):
        return render_files(report, formats, lang)


def _report_catalogues(report: RunReport, rules_dirs: tuple[Path, ...] | None) -> Catalogues:
    from .context import PROJECT_RULES
    from .messages import load_catalogues

    if rules_dirs is None:
        rules_dirs = tuple(Path(str(p)) for p in report.options.get("rules_dirs") or ())
    return load_catalogues((PROJECT_RULES, *rules_dirs))


def extracted_text(path: Path, options: Options | None = None
                   ) -> list[tuple[str, int, str, float | None, str]]:
    """(document path, page, method, confidence, text) for every page the tool read from one file."""
    from .extract import extract_path

    opts = options or Options(input=Path(path).parent)
    rows = []
    for doc in extract_path(Path(path), Path(path).name, opts):
        for p in doc.pages:
            method = p.method + (f" [{p.label}]" if p.label else "")
            rows.append((doc.path, p.number, method, p.confidence, p.text))
        for f in doc.findings:
            rows.append((doc.path, 0, f.code, None, f.message))
    return rows
