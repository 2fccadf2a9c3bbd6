"""Manifest, to-do list and warnings as rows; written as XLSX (three sheets), CSV (UTF-8, BOM) and text."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from ...models import Finding
from ..sheets import _safe_csv, _write_sheet
from ..view import fmt_num
from .names import pages_label
from .plan import Entry, Plan
from .text import file_name, plain, say, sentence
from .todo import Task

CRLF = "\r\n"  # the text files are opened in Notepad as often as anywhere else


@dataclass(frozen=True)
class Outcome:
    """What the build did for one entry: the files now in the package and the warnings on them."""

    files: tuple[str, ...] = ()
    warnings: tuple[
        tuple[str, Finding], ...
    ] = ()  # (file in the package, or the source when not copied; warning)


def verdict_words(e: Entry, lang: str) -> tuple[str, str]:
    if e.item is not None:
        return say(f"verdict.{e.item.verdict}", lang), e.item.verdict
    return say(f"status.{e.indicator.status}", lang), e.indicator.status


def _indicator_label(e: Entry) -> str:
    return e.folder.split("/", 1)[0]


def manifest_columns(lang: str) -> list[str]:
    keys = (
        "code",
        "indicator",
        "level",
        "text",
        "files",
        "sources",
        "pages",
        "verdict",
        "verdict_code",
        "reason",
        "expected",
        "note",
        "warnings",
        "claimed",
    )
    return [say(f"col.{k}", lang) for k in keys]


def manifest_row(e: Entry, out: Outcome, lang: str) -> list[object]:
    word, code = verdict_words(e, lang)
    en = lang == "en"
    if e.item is not None:
        it = e.item
        level: object = it.level
        text = it.text_en if en and it.text_en else it.text
        reason = it.reason_en if en and it.reason_en else it.reason
        expected = it.expected_en if en and it.expected_en else it.expected
        pages = "; ".join(
            f"{file_name(d.path)}: {pages_label(d.pages, ', ')}" for d in it.documents if d.pages
        )
        claimed: object = "" if it.claimed is None else ("ya" if it.claimed else "tidak")
    else:
        v = e.indicator
        level, text, pages = v.level, v.name, ""
        top = sorted(v.findings, key=lambda f: {"error": 0, "warning": 1}.get(f.severity, 2))
        reason = (top[0].message_en if en and top[0].message_en else top[0].message) if top else ""
        expected = v.recommendation_en if en and v.recommendation_en else v.recommendation
        claimed = "" if v.claimed_level is None else v.claimed_level
    warns = "; ".join(
        f"{f.code}: {f.message_en if en and f.message_en else f.message}" for _, f in out.warnings
    )
    return [
        e.key,
        _indicator_label(e),
        level,
        plain(text),
        "; ".join(out.files),
        "; ".join(e.sources),
        pages,
        word,
        code,
        plain(reason),
        plain(expected),
        e.note,
        warns,
        claimed,
    ]


def task_line(t: Task, lang: str) -> str:
    it = t.item
    expected = sentence(it.expected_en if lang == "en" and it.expected_en else it.expected) or "-"
    if t.kind == "blocked":
        key = "todo.blocked_ready" if it.documents and it.verdict == "auto_rejected" else "todo.blocked"
        return say(
            key,
            lang,
            level=t.blocking_level,
            items=", ".join(t.blocked_by),
            expected=expected,
            expected_en=expected,
        )
    if t.kind == "missing":
        return say("todo.missing", lang, expected=expected)
    reason = sentence(it.reason_en if lang == "en" and it.reason_en else it.reason) or "-"
    return say("todo.wrong", lang, reason=reason, expected=expected)


def todo_columns(lang: str) -> list[str]:
    keys = (
        "rank",
        "code",
        "indicator",
        "level",
        "verdict",
        "text",
        "task",
        "gain",
        "value_gain",
        "blocked_by",
    )
    return [say(f"col.{k}", lang) for k in keys]


def todo_rows(plan: Plan, lang: str) -> list[list[object]]:
    folders = {e.key: _indicator_label(e) for e in plan.entries}
    weak = [
        [
            n,
            e.key,
            _indicator_label(e),
            e.indicator.level,
            say(f"status.{e.indicator.status}", lang),
            plain(e.indicator.name),
            _weak_line(e, lang),
            None,
            None,
            "",
        ]
        for n, e in enumerate(weak_indicators(plan), 1)
    ]
    return weak + [
        [
            n,
            t.item.code,
            folders.get(t.item.code, t.indicator.code),
            t.item.level,
            say(f"verdict.{t.item.verdict}", lang),
            plain(t.item.text),
            task_line(t, lang),
            round(t.index_gain, 4),
            round(t.value_gain, 4),
            ", ".join(t.blocked_by),
        ]
        for n, t in enumerate(plan.tasks, 1)
    ]


def weak_indicators(plan: Plan) -> list[Entry]:
    """59/2020 (no items): the indicators still weak or missing, heaviest first (weight = index share)."""
    open_ = [e for e in plan.entries if e.item is None and e.indicator.status != "supported"]
    return sorted(open_, key=lambda e: (-e.indicator.weight, e.indicator.id))


def _weak_line(e: Entry, lang: str) -> str:
    v = e.indicator
    rec = v.recommendation_en if lang == "en" and v.recommendation_en else v.recommendation
    return say(
        "todo.weak59",
        lang,
        status=say(f"status.{v.status}", lang),
        weight=fmt_num(v.weight, lang, 2),
        recommendation=sentence(rec) or "-",
    )


def todo_text_59(plan: Plan, lang: str) -> str:
    lines = [say("todo.title", lang, scope=say("todo.all", lang)), say("todo.intro59", lang), ""]
    weak = weak_indicators(plan)
    if not weak:
        lines.append(say("todo.empty", lang))
    for n, e in enumerate(weak, 1):
        lines.append(f"{n}. {e.key} {plain(e.indicator.name)}")
        lines.append(f"   {_weak_line(e, lang)}")
    return CRLF.join(lines) + CRLF


def todo_text(plan: Plan, lang: str, code: str | None = None) -> str:
    """The to-do list as plain text, for all indicators or for one (its code, e.g. "I4")."""
    tasks = [t for t in plan.tasks if code is None or t.indicator.code == code]
    scope = say("todo.all", lang) if code is None else _scope(plan, code, lang)
    lines = [say("todo.title", lang, scope=scope), say("todo.intro", lang), ""]
    if not tasks:
        lines.append(say("todo.empty", lang))
    for n, t in enumerate(tasks, 1):
        gain = say(
            "todo.gain",
            lang,
            gain=fmt_num(t.index_gain, lang, 4),
            indicator=t.indicator.code,
            value=fmt_num(t.value_gain, lang, 2),
        )
        lines.append(f"{n}. {t.item.code} [{say(f'verdict.{t.item.verdict}', lang)}] {gain}")
        if t.item.text:
            lines.append(f"   {say('col.text', lang)}: {plain(t.item.text)}")
        lines.append(f"   {task_line(t, lang)}")
    return CRLF.join(lines) + CRLF


def _scope(plan: Plan, code: str, lang: str) -> str:
    v = next((e.indicator for e in plan.entries if e.indicator.code == code), None)
    if v is None:
        return code
    return say("todo.value", lang, code=code, name=plain(v.name), value=fmt_num(v.value, lang, 2))


def warning_columns(lang: str) -> list[str]:
    return [say(f"col.{k}", lang) for k in ("code", "file", "warning_code", "status", "message", "fix")]


def warning_rows(plan: Plan, outcomes: dict[str, Outcome], lang: str) -> list[list[object]]:
    en = lang == "en"
    return [
        [
            e.key,
            file,
            f.code,
            f.severity,
            f.message_en if en and f.message_en else f.message,
            f.fix_en if en and f.fix_en else f.fix,
        ]
        for e in plan.entries
        for file, f in outcomes.get(e.key, Outcome()).warnings
    ]


def manifest_csv(plan: Plan, outcomes: dict[str, Outcome], lang: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=CRLF)
    w.writerow(manifest_columns(lang))
    for e in plan.entries:
        w.writerow([_safe_csv(c) for c in manifest_row(e, outcomes.get(e.key, Outcome()), lang)])
    # BOM: Excel on Indonesian Windows otherwise opens UTF-8 as ANSI and mangles names.
    return buf.getvalue().encode("utf-8-sig")


def manifest_xlsx(plan: Plan, outcomes: dict[str, Outcome], lang: str, generated_at: str = "") -> bytes:
    from openpyxl import Workbook

    from ..sheets import _parse_time

    wb = Workbook()
    ws = wb.active
    ws.title = say("sheet.manifest", lang)
    _write_sheet(
        ws,
        manifest_columns(lang),
        [manifest_row(e, outcomes.get(e.key, Outcome()), lang) for e in plan.entries],
        [11, 22, 6, 50, 48, 40, 20, 15, 14, 50, 50, 80, 50, 7],
    )
    todo = wb.create_sheet(say("sheet.todo", lang))
    _write_sheet(todo, todo_columns(lang), todo_rows(plan, lang), [7, 11, 22, 6, 15, 50, 70, 12, 12, 30])
    warn = wb.create_sheet(say("sheet.warnings", lang))
    _write_sheet(warn, warning_columns(lang), warning_rows(plan, outcomes, lang), [11, 50, 20, 9, 70, 60])
    wb.properties.creator = "evidence-check"
    wb.properties.created = _parse_time(generated_at)  # the run's time, so two builds of one report match
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
