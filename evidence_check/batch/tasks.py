"""The tasks a batch worker runs: read (extract + recognise) a file, map a document, judge an agency.

They are plain module-level functions of picklable arguments, so a local worker process and a Dask
worker run the very same code. What they need besides the document (rules, word lists, spaCy) is loaded
on first use and kept for the worker's life: a worker reads hundreds of documents, not one.

What crosses to the batch's parent is what the parent needs, no more: a read file comes back pickled once
(`Read.packed`, bytes the parent hands on to the judging worker without unpickling them) with its journal
entry already serialised; a judged agency comes back as its summary row and rendered files. The parent is
one process serving every worker: each document it unpickled, re-serialised and pickled again cost the
whole batch about a millisecond a page.
"""
from __future__ import annotations

import pickle
import time
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True)
class Read:
    """One file read by `read_packed`, in the form the batch's parent keeps it."""

    packed: bytes  # pickle of the file's list[Document]
    journal: str | None  # the journal's JSON of those documents; None: a finding of this run, not journaled
    pages: int


def pack(docs: list[Document]) -> Read:
    """`docs` as the parent keeps them. Documents holding a finding about this run (a lost worker, a time
    limit, a file changed while read) are not journaled: the next run tries them again."""
    from ..extract.cache import TRANSIENT
    from .journal import documents_json

    transient = any(f.code in TRANSIENT for d in docs for f in d.findings)
    return Read(pickle.dumps(docs, pickle.HIGHEST_PROTOCOL), None if transient else documents_json(docs),
                sum(len(d.pages) for d in docs))


def unpack(packed: list[bytes]) -> list[Document]:
    return [d for p in packed for d in pickle.loads(p)]


def read_packed(src: SourceFile, sha: str, opts: Options) -> Read:
    """`read_source`, packed for the batch's parent (see the module docstring)."""
    return pack(read_source(src, sha, opts))


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


@dataclass(frozen=True)
class Judged:
    """One judged agency as the batch's parent needs it."""

    row: dict[str, Any]  # its summary row (batch/summary.py), "reports" left for the parent to fill in
    rendered: dict[str, bytes]  # file name -> content of every single-file report
    report: RunReport | None  # only when a format must be written from the report itself (a folder)


def judge_one(docs: list[Document], agency: Agency, skipped: list[dict[str, str]], opts: Options,
              timings: dict[str, float], elapsed: float = 0.0, folder: str = "") -> Judged:
    """Verdicts, index and the run report of one agency (the last step of `pipeline.run`), with its
    single-file reports rendered and its summary row made here: that is CPU work the batch's parent must
    not do serially for hundreds of agencies. The parent writes the files (a cluster worker may not see
    the output folder). `elapsed`: seconds the agency took before this task (parent's clock); with the
    judging added it is the `total` timing in the report."""
    from ..api import render_reports
    from ..pipeline import judge_run
    from ..report import writes_folders
    from .summary import agency_row

    t0 = time.perf_counter()
    report = judge_run(docs, agency, skipped, rules_for(opts), opts, timings)
    total = round(elapsed + time.perf_counter() - t0, 3)
    report = replace(report, timings={**report.timings, "total": total})
    return Judged(agency_row(report, folder, []), render_reports(report, opts.formats, opts.lang),
                  report if writes_folders(opts.formats) else None)


def settle_and_judge(packed: list[bytes], skipped: list[dict[str, str]], opts: Options, timings: dict[str, float],
                     elapsed: float = 0.0, folder: str = "") -> Judged:
    """For frameworks without a mapping stage (items, Pemdi): the agency-wide step (`settle_agency`) and
    the judging in one task, on the files as `read_packed` returned them, so the parent never unpacks a
    document of the agency."""
    from ..pipeline import settle_agency

    t0 = time.perf_counter()
    agency, docs = settle_agency(unpack(packed), rules_for(opts), opts)
    timings = {**timings, "provenance": time.perf_counter() - t0}
    return judge_one(docs, agency, skipped, opts, timings, elapsed + time.perf_counter() - t0, folder)
