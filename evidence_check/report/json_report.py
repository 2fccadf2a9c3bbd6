"""report.json: the scriptable contract (schema in docs/report-schema.md)."""
from __future__ import annotations

import json

from ..models import RunReport, to_jsonable
from . import register


def report_dict(report: RunReport) -> dict[str, object]:
    d = to_jsonable(report)
    # schema_version first: readers check it before anything else
    return {"schema_version": d.pop("schema_version"), **d}


@register("json", "report.json")
def render_json(report: RunReport, lang: str) -> bytes:
    return (json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
