"""Terminal output: a progress line on stderr while files are read, and the end-of-run summary table."""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from ..models import RunReport
from . import itemview, view

ProgressFn = Callable[[str, int, int, str], None]
_PLAIN_STEPS = 10  # a non-TTY log (CI, redirected stderr) gets a line per 10 % so it stays readable
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ANSI = {"green": "32", "yellow": "33", "red": "31", "bold": "1", "dim": "2"}


def color_enabled(stream: TextIO) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, style: str, color: bool) -> str:
    return f"\033[{_ANSI[style]}m{text}\033[0m" if color and style in _ANSI else text


def printable(text: str) -> str:
    """File names are untrusted: control characters (ANSI escapes) would rewrite the user's terminal."""
    return _CONTROL.sub("?", text)


def _fit(text: str, width: int) -> str:
    """Keep the end of long paths: the file name matters more than the folder."""
    return text if len(text) <= width else "…" + text[-(width - 1):]


class _Progress:
    def __init__(self, stream: TextIO, tty: bool):
        self.stream = stream
        self.tty = tty
        self.stage = ""
        self.step = -1  # last 10 % step printed (non-TTY)
        self.drawn = False

    def __call__(self, stage: str, done: int, total: int, detail: str = "") -> None:
        try:
            if self.tty:
                self._draw(stage, done, total, detail)
            else:
                self._log(stage, done, total, detail)
        except (OSError, ValueError):
            pass  # a closed or broken stderr must never stop the run

    def _draw(self, stage: str, done: int, total: int, detail: str) -> None:
        width = max(40, shutil.get_terminal_size((80, 20)).columns - 1)
        frac = done / total if total > 0 else 0.0
        bar_w = 20
        filled = round(bar_w * min(1.0, frac))
        head = f"{stage:<9} [{'#' * filled}{'.' * (bar_w - filled)}] {done}/{total} "
        line = head + _fit(printable(detail), max(10, width - len(head)))
        self.stream.write("\r\033[K" + line)
        self.drawn = True
        if total > 0 and done >= total:
            self.stream.write("\n")
            self.drawn = False
        self.stream.flush()

    def _log(self, stage: str, done: int, total: int, detail: str) -> None:
        if stage != self.stage:
            self.stage, self.step = stage, -1
        finished = total > 0 and done >= total
        step = _PLAIN_STEPS if finished else (int(_PLAIN_STEPS * done / total) if total > 0 else 0)
        if step <= self.step:
            return
        self.step = step
        suffix = f" {printable(detail)}" if detail else ""
        self.stream.write(f"{stage}: {done}/{total}{suffix}\n")
        self.stream.flush()


def _quiet(stage: str, done: int, total: int, detail: str = "") -> None:
    return None


def make_progress(stream: TextIO, enabled: bool) -> ProgressFn:
    """Progress callback `(stage, done, total, detail)`: a redrawn bar on a TTY, sparse plain lines otherwise.

    `detail` is what is being read now, e.g. "SK Tim.pdf hlm. 3/12 (OCR)"; `enabled=False` (-q) prints nothing.
    """
    if not enabled:
        return _quiet
    isatty = getattr(stream, "isatty", None)
    return _Progress(stream, bool(isatty and isatty()))


def summary(report: RunReport, written_paths: Sequence[Path | str], color: bool, lang: str = "id") -> str:
    """Compact end-of-run table: index and predicate, indicator counts, unreadable files, report paths."""
    t = view.labeller(report, lang)
    pemdi = view.family(report) == "pemdi"
    idx = report.index
    counts = view.status_counts(report)
    bad = view.unreadable(report)
    rows: list[tuple[str, str]] = []
    agency, _ = view.agency_line(report, lang)
    rows.append((t("header.agency"), printable(agency)))
    if report.framework:
        # Which regulation judged the folder, and why: a wrong --tahun shows up before anyone reads the report.
        rows.append((t("header.framework"), printable(view.framework_name(report, lang))))
        if report.framework_reason:
            rows.append(("", paint(printable(report.framework_reason), "dim", color)))
    if idx is None:
        rows.append((t("terminal.index"), t("summary.no_index")))
    else:
        rows.append((t("terminal.index"), paint(f"{view.fmt_num(idx.supported, lang)}  {idx.predicate}", "bold", color)))
        if idx.claimed is not None:
            rows.append((t("terminal.claimed"), f"{view.fmt_num(idx.claimed, lang)}  {idx.claimed_predicate or ''}".rstrip()))
    if pemdi and report.indicators:
        items = itemview.report_verdict_counts(report)
        item_styles = {"accepted": "green", "wrong_evidence": "yellow", "missing": "dim", "auto_rejected": "red"}
        rows.append((t("summary.items"), "  ".join(
            paint(f"{itemview.verdict_label(k, lang)} {items[k]}", item_styles[k], color) for k in itemview.VERDICTS)))
    styles = {"supported": "green", "weak": "yellow", "missing": "red"}
    rows.append((t("summary.indicators"), "  ".join(
        paint(f"{t('status.' + s)} {counts[s]}", styles[s], color) for s in ("supported", "weak", "missing"))))
    pending = [v.code or str(v.id) for v in view.ordered_indicators(report) if itemview.external_pending(v)]
    if pemdi and pending:
        rows.append((t("summary.external_pending"), ", ".join(pending)))
    rows.append((t("summary.documents"), str(len(report.documents) - len(bad))))
    rows.append((t("summary.unreadable"), paint(str(len(bad)), "red", color and bool(bad))))
    paths = [(t("terminal.reports") if i == 0 else "", printable(str(p))) for i, p in enumerate(written_paths)]
    key_w = max(len(k) for k, _ in rows + paths)
    lines = [f"{k:<{key_w}}  {v}" for k, v in rows]
    lines += [f"{'':<{key_w}}  - {printable(doc.path)}: {finding.code}" for doc, finding in bad[:5]]
    if len(bad) > 5:
        lines.append(f"{'':<{key_w}}  … +{len(bad) - 5}")
    lines += [f"{k:<{key_w}}  {v}" for k, v in paths]
    return "\n".join(lines)
