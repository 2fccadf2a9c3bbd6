"""report.json: the scriptable contract (schema in docs/report-schema.md)."""
from __future__ import annotations

import json
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) writes strings with (C)
from typing import Any

from ..models import RunReport, to_jsonable
from . import register

INDENT = "  "


def report_dict(report: RunReport) -> dict[str, object]:
    d = to_jsonable(report)
    # schema_version first: readers check it before anything else
    return {"schema_version": d.pop("schema_version"), **d}


@register("json", "report.json")
def render_json(report: RunReport, lang: str) -> bytes:
    return (dumps_indented(report_dict(report)) + "\n").encode("utf-8")


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
