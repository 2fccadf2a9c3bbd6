"""Finding messages as data (rules/messages/*.yaml): code → severity, Indonesian/English text and fix.

Templates use str.format fields ({pages}, {limit}, ...). Unknown fields never raise: a message is
always produced, because a bad template must not cost the agency its report.

Catalogues go through the same loader and overlay rules as every other rule file: `load_catalogues`
validates all of them up front (a broken overlay stops the run with exit 2 before any slow work), and a
run makes its own catalogues the active ones with `using(...)`. The active set is a ContextVar, not a
global: it is set and reset around one run, so two runs in one process (a web server, a test) each see
their own overlays; forked reader processes inherit it with the rest of the parent's memory.
"""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .context import PROJECT_RULES
from .errors import RuleError
from .models import Finding
from .rules.loader import find_rule_files, load_model, rule_files_state


def catalogue_names() -> tuple[str, ...]:
    """The catalogues the code reads: those the built-in rules ship (messages/<name>.yaml). An overlay
    file with another name is a typo; a new catalogue is a new built-in file, no list to update."""
    return tuple(sorted(p.stem for p in (PROJECT_RULES / "messages").glob("*.yaml")))


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


@dataclass(frozen=True)
class Catalogues:
    """Every message catalogue of one run, by name (extraction, recognition, indicators, report, ...)."""

    by_name: Mapping[str, Mapping[str, MessageRule]]
    digests: Mapping[str, str]  # name -> sha256 of the file used: caches holding rendered texts key on it

    def __getitem__(self, name: str) -> Mapping[str, MessageRule]:
        return self.by_name[name]


def load_catalogues(dirs: tuple[Path, ...]) -> Catalogues:
    """Load and validate every catalogue across the rule dirs, reporting all problems at once.

    As for every rule file, an overlay file replaces the built-in file of the same name whole; so it must
    define every code the built-in one does (a missing code would otherwise surface mid-run as a crash).
    Parsed once per set of files as they are on disk (path, size, mtime): a batch writes hundreds of
    agencies' reports and a server hundreds of runs with the same catalogues; an edited file is read anew."""
    return _load_catalogues(tuple(dirs), rule_files_state(dirs, "messages/*.yaml"))


@functools.lru_cache(maxsize=16)
def _load_catalogues(dirs: tuple[Path, ...], state: tuple[tuple[str, int, int], ...]) -> Catalogues:
    """`state` only keys the cache: the same dirs with other file contents are another entry."""
    problems: list[str] = []
    loaded: dict[str, Mapping[str, MessageRule]] = {}
    digests: dict[str, str] = {}
    names = catalogue_names()
    for path in find_rule_files(dirs, "messages/*.yaml"):
        if path.stem not in names:
            problems.append(f"{path}: unknown message catalogue '{path.stem}' "
                            f"(expected one of {', '.join(names)})")
    for name in names:
        files = find_rule_files(dirs, f"messages/{name}.yaml")
        if not files:
            problems.append(f"messages/{name}.yaml: rule file not found in {', '.join(str(d) for d in dirs)}")
            continue
        try:
            msgs = load_model(files[-1], MessageFile).messages
        except RuleError as exc:
            problems.extend(exc.problems)
            continue
        if files[-1] != PROJECT_RULES / "messages" / f"{name}.yaml":
            missing = sorted(set(_builtin()[name]) - set(msgs))
            problems.extend(f"{files[-1]}: key 'messages.{code}': missing (the built-in catalogue defines "
                            "it; an overlay file replaces the built-in one whole)" for code in missing)
        loaded[name] = msgs
        digests[name] = hashlib.sha256(files[-1].read_bytes()).hexdigest()[:16]
    if problems:
        raise RuleError(problems)
    return Catalogues(loaded, digests)


@functools.lru_cache(maxsize=1)
def _builtin() -> Catalogues:
    """The shipped catalogues, read once per process (shipped data does not change under a run)."""
    return load_catalogues((PROJECT_RULES,))


_ACTIVE: ContextVar[Catalogues | None] = ContextVar("evidence_check_catalogues", default=None)


@contextmanager
def using(catalogues: Catalogues) -> Iterator[Catalogues]:
    """Make `catalogues` the ones `make_finding` and `catalogue` read, for the duration of one run."""
    token = _ACTIVE.set(catalogues)
    try:
        yield catalogues
    finally:
        _ACTIVE.reset(token)


def catalogue(name: str) -> Mapping[str, MessageRule]:
    """The active catalogue `name`: the current run's (overlays included), else the built-in one."""
    return (_ACTIVE.get() or _builtin())[name]


def catalogue_digest(name: str) -> str:
    """Checksum of the active catalogue `name`: part of the key of any cache that stores rendered findings."""
    return (_ACTIVE.get() or _builtin()).digests[name]


class _Lenient(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""  # a field the caller did not supply reads as nothing, never as "{key}"


def fmt(template: str, params: dict[str, object]) -> str:
    """Fill a message template; None and missing fields render empty; a broken template stays as is."""
    try:
        values = _Lenient({k: "" if v is None else v for k, v in params.items()})
        # str.format_map: the same parser and rules as string.Formatter().vformat, in C (the item judge
        # fills hundreds of messages per agency); tests/test_messages_fmt.py holds the two side by side
        return template.format_map(values)
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def render(msg: MessageRule, code: str, *, rule: str, page: int | None = None, severity: str | None = None,
           **params: object) -> Finding:
    """The one way a catalogue entry becomes a Finding (every stage uses it)."""
    return Finding(code=code, severity=severity or msg.severity,  # type: ignore[arg-type]
                   message=fmt(msg.id, params), message_en=fmt(msg.en, params),
                   fix=fmt(msg.fix_id, params), fix_en=fmt(msg.fix_en, params), rule=rule, page=page)


def make_finding(
    catalogue_name: str, code: str, *, page: int | None = None, rule: str = "", **params: object
) -> Finding:
    msg = catalogue(catalogue_name)[code]
    return render(msg, code, rule=rule or f"{catalogue_name}.{code}", page=page, **params)
