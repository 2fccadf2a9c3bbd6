"""docs/report-schema.md documents every field of the report models, and nothing that does not exist."""
from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from evidence_check import models

DOC = Path(__file__).resolve().parent.parent / "docs" / "report-schema.md"
RECORDS = ["RunReport", "Agency", "Document", "Page", "Extraction", "IndicatorMatch", "Evidence", "Finding",
           "IndicatorVerdict", "ItemVerdict", "ItemDocument", "IndexEstimate", "AreaIndex"]


def _documented() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        head = re.match(r"^#{2,3} (\w+)", line)
        if head:
            current = head.group(1)
        row = re.match(r"^\| `(\w+)` \|", line)
        if row and current:
            out.setdefault(current, []).append(row.group(1))
    return out


def test_every_model_field_is_documented_in_order() -> None:
    doc = _documented()
    for name in RECORDS:
        expected = [f.name for f in fields(getattr(models, name))]
        if name == "RunReport":  # report.json puts schema_version first
            expected = ["schema_version"] + [f for f in expected if f != "schema_version"]
        assert doc.get(name) == expected, name
