"""The per-document tasks a batch worker runs: read (extract + recognise) and map.

They are plain module-level functions of picklable arguments, so a local worker process and a Dask
worker run the very same code. What they need besides the document (rules, word lists, spaCy) is loaded
on first use and kept for the worker's life: a worker reads hundreds of documents, not one.
"""
from __future__ import annotations

import time
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..context import Options, RunContext
from ..discover import SourceFile
from ..models import Agency, Document, RunReport
from ..pipeline import RunRules


@lru_cache(maxsize=8)
def worker_rules(rules_dirs: tuple[Path, ...], framework: str | None, tahun: int) -> RunRules:
    """Rules of a run, loaded once per worker process (keyed by the overlay folders, the --framework
    choice and the period, which picks the framework when --framework is not given)."""
    from ..pipeline import load_run_rules

    return load_run_rules(RunContext(Options(input=Path("."), rules_dirs=rules_dirs, framework=framework,
                                             tahun=tahun)))


def rules_for(opts: Options) -> RunRules:
    return worker_rules(tuple(opts.rules_dirs), opts.framework, opts.tahun)


def read_source(src: SourceFile, sha: str, opts: Options) -> list[Document]:
    """Extract one file (several documents for an archive) and recognise each document, exactly as a
    single run does (`pipeline.run`: extract_all's reader, then the recognise stage)."""
    from ..extract import extract_path
    from ..extract.cache import ExtractCache
    from ..extract.runner import _check_unchanged
    from ..pipeline import recogniser

    rules = rules_for(opts)
    cache = ExtractCache(opts.cache_dir, opts) if opts.use_cache else None
    docs = cache.get(sha, src.rel) if cache else None
    if docs is None:
        docs = extract_path(src.path, src.rel, opts, sha256=sha)
        if cache is not None and docs and docs[0].sha256:
            cache.put(docs[0].sha256, src.rel, docs)
    recognise = recogniser(rules)
    return [recognise(d) for d in _check_unchanged(src, docs)]


def map_one(doc: Document, agency: Agency, opts: Options) -> Document:
    """Indicator mapping of one settled document (after the agency-wide provenance step)."""
    from ..pipeline import mapper

    return mapper(rules_for(opts), agency)(doc)


def warm_worker(opts: Options | None = None) -> bool:
    """Load the rules and the spaCy pipeline now (a no-op on a warm worker); True when done."""
    from ..recognise import warm_up

    rules_for(opts or Options(input=Path(".")))
    warm_up()
    return True


def judge_one(docs: list[Document], agency: Agency, skipped: list[dict[str, str]], opts: Options,
              timings: dict[str, float], elapsed: float = 0.0) -> tuple[RunReport, dict[str, bytes]]:
    """Verdicts, index and the run report of one agency (the last step of `pipeline.run`), with its
    single-file reports rendered here: rendering is CPU work the batch's parent must not do serially for
    hundreds of agencies. The parent writes the files (a cluster worker may not see the output folder).
    `elapsed`: seconds the agency took before this task (parent's clock); with the judging added it is
    the `total` timing in the report."""
    from ..api import render_reports
    from ..pipeline import judge_run

    t0 = time.perf_counter()
    report = judge_run(docs, agency, skipped, rules_for(opts), opts, timings)
    total = round(elapsed + time.perf_counter() - t0, 3)
    report = replace(report, timings={**report.timings, "total": total})
    return report, render_reports(report, opts.formats, opts.lang)
