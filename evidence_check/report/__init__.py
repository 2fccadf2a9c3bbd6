"""Reporters registered by name; each is a leaf over the one RunReport model. JSON is the contract."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..atomic import write_atomic
from ..models import RunReport

RenderFn = Callable[[RunReport, str], bytes]  # (report, lang) -> file content
WriteFn = Callable[[RunReport, Path, str], list[Path]]  # (report, out_dir, lang) -> paths; formats that are folders


@dataclass(frozen=True)
class Reporter:
    name: str
    filename: str
    render: RenderFn | None = None
    write: WriteFn | None = None  # set instead of render by formats that write more than one file (paket)


REPORTERS: dict[str, Reporter] = {}
# name -> module that registers it; imported only when that format is asked for (keeps start-up fast)
_MODULES = {
    "json": "json_report", "html": "html", "md": "markdown", "markdown": "markdown",
    "csv": "sheets", "xlsx": "sheets", "pdf": "pdf",
    "paket": "paket",
}


def register(name: str, filename: str) -> Callable[[RenderFn], RenderFn]:
    def deco(fn: RenderFn) -> RenderFn:
        REPORTERS[name] = Reporter(name, filename, fn)
        return fn

    return deco


def register_writer(name: str, filename: str) -> Callable[[WriteFn], WriteFn]:
    def deco(fn: WriteFn) -> WriteFn:
        REPORTERS[name] = Reporter(name, filename, write=fn)
        return fn

    return deco


def available_formats() -> list[str]:
    return sorted(_MODULES)


def get_reporter(name: str) -> Reporter:
    if name not in REPORTERS:
        mod = _MODULES.get(name)
        if mod is None:
            raise KeyError(name)
        importlib.import_module(f"{__name__}.{mod}")
    if name == "markdown":
        return REPORTERS["md"]
    return REPORTERS[name]


def render_files(report: RunReport, formats: tuple[str, ...], lang: str = "id") -> dict[str, bytes]:
    """File name -> content for every format that renders to one file (formats written as folders, like
    the upload package, are left to `render_all`). Pure: a batch worker renders, the parent writes."""
    out: dict[str, bytes] = {}
    for name in formats:
        rep = get_reporter(name)
        if rep.render is not None:
            out[rep.filename] = rep.render(report, lang)
    return out


def writes_folders(formats: tuple[str, ...]) -> bool:
    """Whether any of `formats` is written from the report itself (a folder), not from rendered bytes."""
    return any(get_reporter(name).write is not None for name in formats)


def write_rendered(rendered: dict[str, bytes], formats: tuple[str, ...], out_dir: Path) -> list[Path]:
    """Write what `render_files` rendered, in `render_all`'s order, for formats that are all single files."""
    written = []
    for name in formats:
        target = out_dir / get_reporter(name).filename
        write_atomic(target, rendered[target.name])
        written.append(target)
    return written


def render_all(report: RunReport, formats: tuple[str, ...], out_dir: Path, lang: str = "id",
               rendered: dict[str, bytes] | None = None) -> list[Path]:
    """Write every format; `rendered` holds contents already rendered elsewhere (by `render_files`)."""
    written = []
    for name in formats:
        rep = get_reporter(name)
        if rep.write is not None:
            written.extend(rep.write(report, out_dir, lang))
            continue
        assert rep.render is not None
        target = out_dir / rep.filename
        content = rendered.get(rep.filename) if rendered else None
        write_atomic(target, content if content is not None else rep.render(report, lang))
        written.append(target)
    return written
