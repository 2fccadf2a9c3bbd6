"""Run options and the per-run context handed to every stage."""
from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path


def builtin_rules_dir() -> Path:
    """The shipped rule data: `evidence_check/ruledata/` inside an installed wheel (the repository's
    top-level rules/ is mapped there at build time, see pyproject.toml), else the checkout's rules/
    (editable install, or PYTHONPATH pointing at a source tree).

    The installed location is asked of importlib.resources, so the data is found wherever the package is;
    the checkout is looked up beside the package, never through another installed copy, so a source tree
    always runs with its own rules."""
    shipped = resources.files(__package__).joinpath("ruledata")
    if shipped.is_dir():
        return Path(str(shipped))
    return Path(__file__).resolve().parent.parent / "rules"


# Built-in rules of this installation. Computed once at import: a path, not state a run can change.
PROJECT_RULES = builtin_rules_dir()


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


@dataclass(frozen=True)
class Options:
    input: Path
    out: Path = Path("evidence-check-report")
    formats: tuple[str, ...] = ("html", "json")
    jobs: int = field(default_factory=default_jobs)
    use_cache: bool = True
    cache_dir: Path | None = None  # None: the user cache dir
    verbosity: int = 0  # -1 quiet, 0 normal, 1+ verbose
    lang: str = "id"
    instansi: str | None = None
    klaim: Path | None = None
    tahun: int = field(default_factory=lambda: _dt.date.today().year)
    framework: str | None = None  # None: chosen by the evaluation period (tahun)
    indeks_eksternal: Path | None = None  # values of external indices (SDI, SJIG, EPSS …)
    rules_dirs: tuple[Path, ...] = ()  # overlays on top of the shipped rules/
    timeout_per_file: float = 900.0
    max_pages: int = 500  # pages read per file; the rest is reported, not silently dropped
    max_file_bytes: int = 500 * 1024 * 1024
    max_ocr_pages: int = 100  # OCR pages per file (head and tail kept)
    max_memory_mb: int = 4096  # address-space cap per reader process
    follow_symlinks: bool = False
    ocr_lang: str = "ind+eng"
    ocr_dpi: int = 300
    fail_on: str | None = None

    def jsonable(self) -> dict[str, object]:
        return {
            "formats": list(self.formats), "jobs": self.jobs, "use_cache": self.use_cache, "lang": self.lang,
            "instansi": self.instansi, "klaim": str(self.klaim) if self.klaim else None, "tahun": self.tahun,
            "framework": self.framework,
            "indeks_eksternal": str(self.indeks_eksternal) if self.indeks_eksternal else None,
            "rules_dirs": [str(p) for p in self.rules_dirs],
            "timeout_per_file": self.timeout_per_file, "max_pages": self.max_pages, "ocr_lang": self.ocr_lang,
            "ocr_dpi": self.ocr_dpi, "follow_symlinks": self.follow_symlinks,
        }


ProgressFn = Callable[[str, int, int, str], None]  # (stage, done, total, detail)


def _no_progress(stage: str, done: int, total: int, detail: str) -> None:
    return None


@dataclass
class RunContext:
    options: Options
    progress: ProgressFn = _no_progress

    @property
    def rules_dirs(self) -> tuple[Path, ...]:
        return (PROJECT_RULES, *self.options.rules_dirs)
