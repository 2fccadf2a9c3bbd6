"""Finding messages as data (rules/messages/*.yaml): code → severity, Indonesian/English text and fix.

Templates use str.format fields ({pages}, {limit}, ...). Unknown fields never raise: a message is
always produced, because a bad template must not cost the agency its report.
"""
from __future__ import annotations

import functools
import string
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .context import PROJECT_RULES
from .models import Finding
from .rules.loader import load_model


class MessageRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    severity: Literal["error", "warning", "info"]
    id: str
    en: str
    fix_id: str = ""
    fix_en: str = ""


class MessageFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    messages: dict[str, MessageRule]


class _Lenient(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""  # a field the caller did not supply reads as nothing, never as "{key}"


def fmt(template: str, params: dict[str, object]) -> str:
    """Fill a message template; None and missing fields render empty; a broken template stays as is."""
    try:
        return string.Formatter().vformat(template, (), _Lenient({k: "" if v is None else v for k, v in params.items()}))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def render(msg: MessageRule, code: str, *, rule: str, page: int | None = None, severity: str | None = None,
           **params: object) -> Finding:
    """The one way a catalogue entry becomes a Finding (every stage uses it)."""
    return Finding(code=code, severity=severity or msg.severity,  # type: ignore[arg-type]
                   message=fmt(msg.id, params), message_en=fmt(msg.en, params),
                   fix=fmt(msg.fix_id, params), fix_en=fmt(msg.fix_en, params), rule=rule, page=page)


@functools.lru_cache(maxsize=8)
def catalogue(name: str, rules_dir: Path = PROJECT_RULES) -> dict[str, MessageRule]:
    return load_model(rules_dir / "messages" / f"{name}.yaml", MessageFile).messages


def make_finding(
    catalogue_name: str, code: str, *, page: int | None = None, rule: str = "", **params: object
) -> Finding:
    return render(catalogue(catalogue_name)[code], code, rule=rule or f"{catalogue_name}.{code}", page=page, **params)
