"""report.json: the scriptable contract (schema in docs/report-schema.md)."""
from __future__ import annotations

import json
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) writes strings with (C)
from typing import Any

from ..models import RunReport, _field_names, to_jsonable
from . import register

INDENT = "  "


def report_dict(report: RunReport) -> dict[str, object]:
    d = to_jsonable(report)
    # schema_version first: readers check it before anything else
    return {"schema_version": d.pop("schema_version"), **d}


@register("json", "report.json")
def render_json(report: RunReport, lang: str) -> bytes:
    return (report_text(report) + "\n").encode("utf-8")


def report_text(report: RunReport) -> str:
    """`dumps_indented(report_dict(report))`, written from the records themselves: no plain-dict copy of the
    whole report is built first (a batch renders one report per agency on the worker). Whatever the direct
    walk does not know (see `_RecordWriter`) goes the plain way, so the text is the same
    (tests/test_fast_paths.py)."""
    out: list[str] = []
    try:
        _RecordWriter(out).record(report, 0, first="schema_version")
    except _Unusual:
        return dumps_indented(report_dict(report))
    return "".join(out)


class _Unusual(Exception):
    """A value the fast writer leaves to json.dumps (a subclass, a non-string key, an unknown type)."""


def dumps_indented(obj: Any) -> str:
    """The text of json.dumps(obj, ensure_ascii=False, indent=2), written without the standard library's
    pure-Python indenting encoder (a generator per nesting level, resumed for every piece): a batch renders a
    report per agency on the worker, and that encoder was a tenth of the per-page time. Plain dicts, lists,
    strings, numbers, booleans and None only; anything else goes to json.dumps itself, so the bytes are the
    same either way (tests/test_fast_paths.py)."""
    out: list[str] = []
    try:
        _write(obj, 0, out)
    except _Unusual:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return "".join(out)


def _scalar(o: Any) -> str:
    t = type(o)
    if t is str:
        return encode_basestring(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if t is int:
        return int.__repr__(o)
    if t is float:
        if o != o:
            return "NaN"
        if o in (float("inf"), float("-inf")):
            return "Infinity" if o > 0 else "-Infinity"
        return float.__repr__(o)
    raise _Unusual


def _write(o: Any, level: int, out: list[str]) -> None:
    t = type(o)
    if t is dict:
        if not o:
            out.append("{}")
            return
        inner = "\n" + INDENT * (level + 1)
        sep = "{" + inner
        for k, v in o.items():
            if type(k) is not str:
                raise _Unusual
            out.append(sep)
            out.append(encode_basestring(k))
            out.append(": ")
            tv = type(v)
            if tv is dict or tv is list or tv is tuple:
                _write(v, level + 1, out)
            else:
                out.append(_scalar(v))
            sep = "," + inner
        out.append("\n" + INDENT * level + "}")
    elif t is list or t is tuple:
        if not o:
            out.append("[]")
            return
        inner = "\n" + INDENT * (level + 1)
        sep = "[" + inner
        for v in o:
            out.append(sep)
            tv = type(v)
            if tv is dict or tv is list or tv is tuple:
                _write(v, level + 1, out)
            else:
                out.append(_scalar(v))
            sep = "," + inner
        out.append("\n" + INDENT * level + "]")
    else:
        out.append(_scalar(o))


class _RecordWriter:
    """`_write(to_jsonable(o))` in one walk: a dataclass is written as the dict of its fields in order, any
    dict (subclasses too) with str(key) keys, any list or tuple as a list, as to_jsonable converts them.
    Per-writer tables (no module state): a record type's field names, and per type and depth the text
    before each field's value (separator, indent, quoted name)."""

    def __init__(self, out: list[str]):
        self.out = out
        self.fields: dict[type, tuple[str, ...] | None] = {}
        self.heads: dict[tuple[type, int, str], tuple[tuple[str, str], ...]] = {}

    def names(self, t: type) -> tuple[str, ...] | None:
        got = self.fields.get(t, False)
        if got is False:
            got = _field_names(t) if hasattr(t, "__dataclass_fields__") else None
            self.fields[t] = got
        return got  # type: ignore[return-value]

    def value(self, o: Any, level: int) -> None:
        t = type(o)
        if t is str:
            self.out.append(encode_basestring(o))
            return
        if t is int or t is float or o is None or t is bool:
            self.out.append(_scalar(o))
            return
        if self.names(t) is not None:
            self.record(o, level)
        elif isinstance(o, dict):
            self.mapping(o, level)
        elif isinstance(o, (list, tuple)):
            self.sequence(o, level)
        else:
            self.out.append(_scalar(o))  # what to_jsonable leaves as it is; _Unusual for anything odd

    def record(self, o: Any, level: int, first: str = "") -> None:
        t = type(o)
        key = (t, level, first)
        heads = self.heads.get(key)
        if heads is None:
            names = self.names(t) or ()
            if first in names:
                names = (first, *(n for n in names if n != first))  # report_dict: schema_version first
            inner = "\n" + INDENT * (level + 1)
            heads = tuple(((("{" if i == 0 else ",") + inner + encode_basestring(n) + ": "), n)
                          for i, n in enumerate(names))
            self.heads[key] = heads
        if not heads:
            self.out.append("{}")
            return
        out = self.out
        for head, name in heads:
            out.append(head)
            v = getattr(o, name)
            if type(v) is str:
                out.append(encode_basestring(v))
            else:
                self.value(v, level + 1)
        out.append("\n" + INDENT * level + "}")

    def mapping(self, o: dict[Any, Any], level: int) -> None:
        if not o:
            self.out.append("{}")
            return
        out = self.out
        inner = "\n" + INDENT * (level + 1)
        sep = "{" + inner
        for k, v in o.items():
            out.append(sep)
            out.append(encode_basestring(str(k)))
            out.append(": ")
            self.value(v, level + 1)
            sep = "," + inner
        out.append("\n" + INDENT * level + "}")

    def sequence(self, o: list[Any] | tuple[Any, ...], level: int) -> None:
        if not o:
            self.out.append("[]")
            return
        out = self.out
        inner = "\n" + INDENT * (level + 1)
        sep = "[" + inner
        for v in o:
            out.append(sep)
            self.value(v, level + 1)
            sep = "," + inner
        out.append("\n" + INDENT * level + "]")
