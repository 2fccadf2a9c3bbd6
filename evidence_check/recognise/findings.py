"""Build recognition findings from the message templates in rules/messages/recognition.yaml."""
from __future__ import annotations

from typing import Any

from ..messages import render
from ..models import Finding, Severity
from .schema import RecognitionRules


def make_finding(rules: RecognitionRules, code: str, rule: str, page: int | None = None,
                 severity: Severity | None = None, **fields: Any) -> Finding:
    return render(rules.messages[code], code, rule=rule, page=page, severity=severity, **fields)
