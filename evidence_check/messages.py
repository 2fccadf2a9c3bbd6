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
        return "{" + key + "}"


def _fmt(template: str, params: dict[str, object]) -> str:
    try:
        return string.Formatter().vformat(template, (), _Lenient(params))
    except (ValueError, IndexError, AttributeError):
        return template


@functools.lru_cache(maxsize=8)
def catalogue(name: str, rules_dir: Path = PROJECT_RULES) -> dict[str, MessageRule]:
    return load_model(rules_dir / "messages" / f"{name}.yaml", MessageFile).messages


def make_finding(
    catalogue_name: str, code: str, *, page: int | None = None, rule: str = "", **params: object
) -> Finding:
    msg = catalogue(catalogue_name)[code]
    return Finding(
        code=code, severity=msg.severity, message=_fmt(msg.id, params), message_en=_fmt(msg.en, params),
        fix=_fmt(msg.fix_id, params), fix_en=_fmt(msg.fix_en, params), rule=rule or f"{catalogue_name}.{code}",
        page=page,
    )
