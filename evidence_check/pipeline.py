"""The whole run in one straight line: discover → extract → recognise → map → judge → (render in cli/api)."""
from __future__ import annotations

import datetime as _dt
import time
from dataclasses import replace

from . import __version__
from .context import RunContext
from .models import RunReport


def run(ctx: RunContext) -> RunReport:
    from .discover import discover
    from .extract import extract_all
    from .indicators import build_verdicts, load_framework, map_document
    from .recognise import assess_provenance, load_recognition_rules, mark_duplicates, recognise_document, resolve_agency
    from .rules.loader import rules_checksum

    opts = ctx.options
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    # Rules load first: a broken rule file must stop the run before any slow work.
    rec_rules = load_recognition_rules(ctx.rules_dirs)
    framework = load_framework(ctx.rules_dirs, opts.framework)
    timings["load_rules"] = time.perf_counter() - t0

    t = time.perf_counter()
    sources, skipped = discover(opts.input, ctx)
    timings["discover"] = time.perf_counter() - t

    t = time.perf_counter()
    docs = extract_all(sources, ctx)
    timings["extract"] = time.perf_counter() - t

    t = time.perf_counter()
    docs = [recognise_document(d, rec_rules) for d in docs]
    agency = resolve_agency(docs, opts.instansi, rec_rules)
    docs = [assess_provenance(d, agency, rec_rules) for d in docs]
    docs = mark_duplicates(docs)
    timings["recognise"] = time.perf_counter() - t

    t = time.perf_counter()
    docs = [map_document(d, framework, agency) for d in docs]
    verdicts, index, docs = build_verdicts(docs, framework, opts)
    timings["judge"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0

    return RunReport(
        tool_version=__version__,
        input_root=str(opts.input),
        generated_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        options=opts.jsonable(),
        documents=tuple(sorted(docs, key=lambda d: d.path)),
        skipped=tuple(skipped),
        agency=agency,
        framework=framework.id,
        period=opts.tahun,
        indicators=tuple(verdicts),
        index=index,
        timings={k: round(v, 3) for k, v in timings.items()},
        rules_checksum=rules_checksum(ctx.rules_dirs),
    )


__all__ = ["run", "replace"]
