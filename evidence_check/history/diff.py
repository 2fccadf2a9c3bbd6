"""What changed between two runs: documents, indicator levels/values, item verdicts, findings.

`diff_runs(old, new)` works on two Snapshots (from the store or from report.json files); the three
renderers (text, Markdown, HTML) read only the RunDiff it returns.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .snapshot import DocSnap, FindingSnap, Snapshot, VerdictSnap

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class DocChange:
    path: str
    old: DocSnap
    new: DocSnap
    what: tuple[str, ...]  # "isi" (content), "jenis", "status", "indikator"

    def details(self) -> list[str]:
        """Readable, bilingual: 'isi berubah (content)', 'jenis (type): sop → laporan', ..."""
        out = []
        for w in self.what:
            if w == "isi":
                out.append("isi berubah (content changed)")
            elif w == "jenis":
                out.append(f"jenis (type): {self.old.doc_type or '–'} → {self.new.doc_type or '–'}")
            elif w == "status":
                out.append(f"status: {self.old.status} → {self.new.status}")
            else:
                old = ", ".join(map(str, self.old.indicators)) or "–"
                new = ", ".join(map(str, self.new.indicators)) or "–"
                out.append(f"indikator (indicators): {old} → {new}")
        return out


@dataclass(frozen=True)
class VerdictChange:
    indicator: int
    name: str
    code: str
    old: VerdictSnap | None
    new: VerdictSnap | None
    direction: str  # "up" | "down" | "changed"


@dataclass(frozen=True)
class ItemChange:
    code: str
    indicator: int
    old: str  # verdict word or "" when the item did not exist
    new: str


@dataclass(frozen=True)
class RunDiff:
    old: Snapshot
    new: Snapshot
    added: tuple[DocSnap, ...]
    removed: tuple[DocSnap, ...]
    changed: tuple[DocChange, ...]
    verdicts: tuple[VerdictChange, ...]
    items: tuple[ItemChange, ...]
    resolved: tuple[FindingSnap, ...]
    new_findings: tuple[FindingSnap, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.verdicts or self.items or self.resolved
                    or self.new_findings) and self.old.index == self.new.index

    @property
    def index_delta(self) -> float | None:
        if self.old.index is None or self.new.index is None:
            return None
        return round(self.new.index - self.old.index, 2)


ITEM_RANK = {"": 0, "missing": 1, "auto_rejected": 1, "wrong_evidence": 2, "accepted": 3}
STATUS_RANK = {"missing": 0, "weak": 1, "supported": 2}


def _doc_change(old: DocSnap, new: DocSnap) -> DocChange | None:
    what = []
    if old.sha256 != new.sha256:
        what.append("isi")
    if old.doc_type != new.doc_type:
        what.append("jenis")
    if old.status != new.status:
        what.append("status")
    if old.indicators != new.indicators:
        what.append("indikator")
    return DocChange(new.path, old, new, tuple(what)) if what else None


def _direction(old: VerdictSnap | None, new: VerdictSnap | None) -> str | None:
    """Up/down by level, then by value, then by status; None when nothing a reader cares about moved."""
    def key(v: VerdictSnap | None) -> tuple[int, float, int]:
        if v is None:
            return (-1, -1.0, -1)
        return (-1 if v.level is None else v.level, -1.0 if v.value is None else round(v.value, 2),
                STATUS_RANK.get(v.status, 0))

    a, b = key(old), key(new)
    if a == b:
        return None if (old and new and old.claimed_level == new.claimed_level) else "changed"
    return "up" if b > a else "down"


def _finding_delta(old: tuple[FindingSnap, ...], new: tuple[FindingSnap, ...]) -> tuple[tuple[FindingSnap, ...],
                                                                                            tuple[FindingSnap, ...]]:
    """Multiset difference by (ref, code, page): a finding that merely moved wording is not 'new'."""
    old_c = Counter(f.key for f in old)
    new_c = Counter(f.key for f in new)
    gone, came = old_c - new_c, new_c - old_c
    resolved, fresh = [], []
    for f in old:
        if gone[f.key] > 0:
            gone[f.key] -= 1
            resolved.append(f)
    for f in new:
        if came[f.key] > 0:
            came[f.key] -= 1
            fresh.append(f)
    return tuple(resolved), tuple(fresh)


def diff_runs(old: Snapshot, new: Snapshot) -> RunDiff:
    added = tuple(new.documents[p] for p in sorted(set(new.documents) - set(old.documents)))
    removed = tuple(old.documents[p] for p in sorted(set(old.documents) - set(new.documents)))
    changed = tuple(c for p in sorted(set(old.documents) & set(new.documents))
                    if (c := _doc_change(old.documents[p], new.documents[p])) is not None)
    verdicts = []
    for vid in sorted(set(old.verdicts) | set(new.verdicts)):
        a, b = old.verdicts.get(vid), new.verdicts.get(vid)
        direction = _direction(a, b)
        if direction:
            ref = b or a
            assert ref is not None
            verdicts.append(VerdictChange(vid, ref.name, ref.code, a, b, direction))
    items = []
    for code in sorted(set(old.items) | set(new.items)):
        a_it, b_it = old.items.get(code), new.items.get(code)
        a_word, b_word = a_it.verdict if a_it else "", b_it.verdict if b_it else ""
        if a_word != b_word:
            items.append(ItemChange(code, (b_it or a_it).indicator, a_word, b_word))  # type: ignore[union-attr]
    resolved, fresh = _finding_delta(old.findings, new.findings)
    return RunDiff(old, new, added, removed, changed, tuple(verdicts), tuple(items), resolved, fresh)


def item_direction(change: ItemChange) -> str:
    a, b = ITEM_RANK.get(change.old, 0), ITEM_RANK.get(change.new, 0)
    return "up" if b > a else "down" if b < a else "changed"


def fmt_level(v: VerdictSnap | None) -> str:
    if v is None:
        return "–"
    text = "–" if v.level is None else str(v.level)
    if v.value is not None:
        text += f" ({v.value:.2f})"
    return f"{text} {v.status}"


# --- renderers ------------------------------------------------------------------------------------
ARROW = {"up": "▲", "down": "▼", "changed": "≠"}


def _lines(d: RunDiff, md: bool) -> list[str]:
    bullet = "- " if md else "  "
    h = (lambda s: f"\n## {s}\n") if md else (lambda s: f"\n{s}")
    code = (lambda s: f"`{s}`") if md else (lambda s: s)
    out = [f"# Perbandingan {d.old.label} → {d.new.label} (diff)" if md
           else f"Perbandingan (diff) {d.old.label} → {d.new.label}"]
    idx_old = "–" if d.old.index is None else f"{d.old.index:.2f}"
    idx_new = "–" if d.new.index is None else f"{d.new.index:.2f}"
    delta = d.index_delta
    out.append(f"{bullet}Indeks (index): {idx_old} → {idx_new}" + (f" ({delta:+.2f})" if delta else ""))
    co, cn = d.old.counts(), d.new.counts()
    out.append(f"{bullet}Didukung/lemah/tidak ada (supported/weak/missing): "
               f"{co['supported']}/{co['weak']}/{co['missing']} → {cn['supported']}/{cn['weak']}/{cn['missing']}")
    if d.empty:
        out.append(f"{bullet}Tidak ada perubahan (no changes).")
        return out
    if d.added or d.removed or d.changed:
        out.append(h("Dokumen (documents)"))
        out += [f"{bullet}+ {code(x.path)} (baru, added)" for x in d.added]
        out += [f"{bullet}− {code(x.path)} (dihapus, removed)" for x in d.removed]
        out += [f"{bullet}~ {code(c.path)}: {'; '.join(c.details())}" for c in d.changed]
    if d.verdicts:
        out.append(h("Indikator (indicators)"))
        for v in d.verdicts:
            out.append(f"{bullet}{ARROW[v.direction]} {v.code or v.indicator} {v.name}: {fmt_level(v.old)} → {fmt_level(v.new)}")
    if d.items:
        out.append(h("Butir (items)"))
        for it in d.items:
            out.append(f"{bullet}{ARROW[item_direction(it)]} {it.code}: {verdict_word(it.old)} → {verdict_word(it.new)}")
    if d.resolved:
        out.append(h("Temuan selesai (findings resolved)"))
        out += [f"{bullet}✓ {code(f.ref)} {f.code}: {f.message}" for f in d.resolved]
    if d.new_findings:
        out.append(h("Temuan baru (new findings)"))
        out += [f"{bullet}! {code(f.ref)} {f.code}: {f.message}" for f in d.new_findings]
    return out


def render_text(d: RunDiff) -> str:
    return "\n".join(_lines(d, md=False)) + "\n"


def render_markdown(d: RunDiff) -> str:
    return "\n".join(_lines(d, md=True)) + "\n"


def verdict_word(code: str) -> str:
    """An item verdict in the portal's words with the code beside it ("diterima (accepted)"); the words are
    the item catalogue's V_* entries, so the diff reads like the report."""
    if not code:
        return "–"
    from ..messages import catalogue

    rule = catalogue("items").get(f"V_{code}")
    return f"{rule.id} ({code})" if rule else code


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    # autoescape: paths and messages come from untrusted documents.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(fmt_level=fmt_level, item_direction=item_direction, arrow=ARROW, verdict_word=verdict_word)
    return env


def render_html_fragment(d: RunDiff) -> str:
    return environment().get_template("diff_body.html.j2").render(d=d)


def render_html(d: RunDiff) -> str:
    """A standalone page, with the report's Content-Security-Policy (no scripts, no network)."""
    return environment().get_template("diff.html.j2").render(d=d)


RENDERERS = {"text": render_text, "md": render_markdown, "html": render_html}
