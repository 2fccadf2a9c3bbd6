"""The whole run in one straight line: discover → extract → recognise → map → judge (render: cli/api)."""
from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from . import __version__
from .context import Options, RunContext
from .models import Agency, Document, RunReport


def per_document(stage: str, fn: Callable[[Document], Document]) -> Callable[[Document], Document]:
    """Fail per document, not per run: a bug tripped by one odd file becomes a finding on that file."""

    def safe(doc: Document) -> Document:
        try:
            return fn(doc)
        except Exception as exc:  # noqa: BLE001
            from .messages import make_finding

            detail = f"{stage}: {type(exc).__name__}: {exc}"[:200]
            return doc.with_findings(make_finding("extraction", "INTERNAL_ERROR", detail=detail))

    return safe


def _map_chunk(mapper: Callable[[Document], Document], docs: list[Document], conn) -> None:  # noqa: ANN001
    """In a forked child: map a share of the documents and send them back. The mapper arrives with the
    fork (Process arguments are not pickled under "fork"), so closures over this run's rules work and no
    module-level slot has to hold them."""
    try:
        conn.send([mapper(d) for d in docs])
    finally:
        conn.close()


def _map_forked(work: list[Document], mapper: Callable[[Document], Document], jobs: int) -> list[Document]:
    from multiprocessing import get_context

    mp = get_context("fork")
    n = min(jobs, len(work))
    shares = [list(range(i, len(work), n)) for i in range(n)]  # interleaved: big and small documents mixed
    children = []
    for share in shares:
        parent, child = mp.Pipe(duplex=False)
        proc = mp.Process(target=_map_chunk, args=(mapper, [work[i] for i in share], child), daemon=True)
        proc.start()
        child.close()
        children.append((share, proc, parent))
    out: list[Document | None] = [None] * len(work)
    try:
        for share, _proc, parent in children:
            try:
                mapped = parent.recv()
            except (EOFError, OSError):  # the child died (memory, signal): map its share here instead
                mapped = [mapper(work[i]) for i in share]
            for i, d in zip(share, mapped):
                out[i] = d
    finally:
        for _, proc, parent in children:
            parent.close()
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join()
    return [d for d in out if d is not None]


def map_all(docs: list[Document], mapper: Callable[[Document], Document], stages, salt: str,  # noqa: ANN001
            jobs: int) -> list[Document]:
    """Indicator mapping of every document: cached results first, the rest on all cores (it is the
    most CPU-hungry pure-Python stage, and each document is independent)."""
    out: list[Document | None] = [stages.get_map(d, salt) if stages else None for d in docs]
    todo = [i for i, d in enumerate(out) if d is None]
    work = [docs[i] for i in todo]
    if jobs > 1 and sum(len(d.pages) for d in work) > 200:
        mapped = _map_forked(work, mapper, jobs)
    else:
        mapped = [mapper(d) for d in work]
    for i, d in zip(todo, mapped):
        out[i] = d
        if stages:
            stages.put_map(d, salt)
    return [d for d in out if d is not None]


@dataclass(frozen=True)
class RunRules:
    """What a run loads before any document is read; a batch worker loads it once and reuses it."""

    recognition: Any
    framework: Any
    checksum: str
    framework_reason: tuple[str, str] = ("", "")  # (Indonesian, English): why this framework


def load_run_rules(ctx: RunContext) -> RunRules:
    from .indicators import load_framework
    from .indicators.framework import select_framework
    from .recognise import load_recognition_rules
    from .rules.loader import rules_checksum

    # Rules load first: a broken rule file must stop the run before any slow work.
    rec_rules = load_recognition_rules(ctx.rules_dirs)
    opts = ctx.options
    framework_id, reason_id, reason_en = select_framework(ctx.rules_dirs, opts.tahun, opts.framework)
    return RunRules(rec_rules, load_framework(ctx.rules_dirs, framework_id), rules_checksum(ctx.rules_dirs),
                    (reason_id, reason_en))


def maps_documents(rules: RunRules) -> bool:
    """Item-based frameworks (Pemdi) map documents to items inside their judge: no mapping stage."""
    return getattr(rules.framework, "kind", "") != "items"


def recogniser(rules: RunRules) -> Callable[[Document], Document]:
    from .recognise import recognise_document

    return per_document("recognise", lambda d: recognise_document(d, rules.recognition))


def settle_agency(docs: list[Document], rules: RunRules, opts: Options) -> tuple[Agency, list[Document]]:
    """The steps that need every document of one agency: whose submission it is, foreign and
    duplicate documents. Cheap; the batch runs it in the parent between the per-document stages."""
    from .recognise import assess_provenance, mark_duplicates, resolve_agency

    agency = resolve_agency(docs, opts.instansi, rules.recognition)
    provenance = per_document("provenance", lambda d: assess_provenance(d, agency, rules.recognition))
    docs = [provenance(d) for d in docs]
    return agency, mark_duplicates(docs, rules.recognition)


def mapper(rules: RunRules, agency: Agency) -> Callable[[Document], Document]:
    from .indicators import map_document

    return per_document("map", lambda d: map_document(d, rules.framework, agency))


def judge_run(docs: list[Document], agency: Agency, skipped: list, rules: RunRules, opts: Options,
              timings: dict[str, float]) -> RunReport:
    from .indicators import build_verdicts
    from .indicators.itemjudge import judge_items

    t = time.perf_counter()
    if maps_documents(rules):
        verdicts, index, docs = build_verdicts(docs, rules.framework, opts)
    else:
        verdicts, index, docs = judge_items(docs, rules.framework, opts)  # type: ignore[arg-type]
    timings["judge"] = time.perf_counter() - t
    return RunReport(
        tool_version=__version__,
        input_root=str(opts.input),
        generated_at=_dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        options=opts.jsonable(),
        documents=tuple(sorted(docs, key=lambda d: d.path)),
        skipped=tuple(skipped),
        agency=agency,
        framework=rules.framework.id,
        framework_reason=rules.framework_reason[1] if opts.lang == "en" else rules.framework_reason[0],
        period=opts.tahun,
        indicators=tuple(verdicts),
        index=index,
        timings={k: round(v, 3) for k, v in timings.items()},
        rules_checksum=rules.checksum,
    )


def run(ctx: RunContext) -> RunReport:
    """Load and validate every rule file of this run (overlays included), then run with its message
    catalogues active: nothing of one run's rules outlives it or leaks into the next."""
    from .messages import load_catalogues, using

    with using(load_catalogues(ctx.rules_dirs)):
        return _run(ctx)


def _run(ctx: RunContext) -> RunReport:
    from .discover import discover
    from .extract import extract_all
    from .extract.cache import cache_key
    from .recognise import warm_up as warm_up_recognition
    from .stagecache import StageCache

    opts = ctx.options
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    rules = load_run_rules(ctx)
    salt = f"{rules.checksum}|{rules.framework.id}"
    stages = StageCache(opts.cache_dir, salt=salt) if opts.use_cache else None
    timings["load_rules"] = time.perf_counter() - t0

    recognise_safely = recogniser(rules)

    def recognise(doc: Document) -> Document:
        if stages is None:
            return recognise_safely(doc)
        return stages.recognise(doc, recognise_safely, cache_key(doc.sha256, opts))

    t = time.perf_counter()
    sources, skipped = discover(opts.input, ctx)
    timings["discover"] = time.perf_counter() - t

    t = time.perf_counter()
    docs = extract_all(sources, ctx, post=recognise, prepare=warm_up_recognition)  # overlaps extraction
    timings["extract+recognise"] = time.perf_counter() - t

    t = time.perf_counter()
    agency, docs = settle_agency(docs, rules, opts)
    timings["provenance"] = time.perf_counter() - t

    t = time.perf_counter()
    if maps_documents(rules):
        docs = map_all(docs, mapper(rules, agency), stages, f"{agency.name}", opts.jobs)
    timings["map"] = time.perf_counter() - t
    report = judge_run(docs, agency, skipped, rules, opts, timings)
    timings["total"] = time.perf_counter() - t0
    return replace(report, timings={k: round(v, 3) for k, v in timings.items()})
