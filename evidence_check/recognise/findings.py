"""Build recognition findings from the message templates in rules/messages/recognition.yaml."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..models import Finding, Severity
from .schema import RecognitionRules


class _Blank(defaultdict):  # type: ignore[type-arg]
    """Missing template fields render as '' instead of raising."""

    def __missing__(self, key: str) -> str:
        return ""


def make_finding(rules: RecognitionRules, code: str, rule: str, page: int | None = None,
                 severity: Severity | None = None, **fields: Any) -> Finding:
    msg = rules.messages[code]
    data = _Blank(str, {k: "" if v is None else str(v) for k, v in fields.items()})
    return Finding(code=code, severity=severity or msg.severity, message=msg.id.format_map(data),
                   message_en=msg.en.format_map(data), fix=msg.fix_id.format_map(data),
                   fix_en=msg.fix_en.format_map(data), rule=rule, page=page)
