"""What one document is about, by indicator of an item framework: its subject view and its title's subjects.

The topic relation and the on-subject items (itemcheck.py) used to ask one indicator at a time "is its subject
named often enough?", so one generic mention pulled a document into several indicators: the BSrE note of an
e-signed letter ("… sertifikat elektronik …") into cryptography, a letterhead "Dinas Komunikasi, Informatika,
Statistik dan Persandian" into cryptography, a CSIRT profile into cyber security as a whole, a follow-up table
of every evaluation indicator into each of them. Asked for the whole framework at once, the title decides:

- the subject view blanks the framework's `not_subject` spans (e-signature notes, office names), offsets kept;
- of overlapping subject phrases in the title the longest owns the words ("insiden keamanan informasi" is
  about incidents, not security in general);
- a title naming a specific subject says what the document is about: mentions of other subjects in its body
  do not relate it to them. A title naming only an umbrella subject (SPBE, e-government) narrows nothing;
- a document naming most indicators of the framework is about the evaluation itself (a self-assessment
  template, a framework table): its body backs none of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .framework import phrase_pattern
from .itemframework import Indicator, ItemFramework
from .text import DocText, Hit, snippet

HEAD_CHARS = 350  # the first lines of page 1 (kop, document kind) sit outside a recognised title
CATALOGUE_SHARE = 0.5  # naming this share of the framework's indicators makes a document a catalogue of them
UMBRELLA = 0  # the pseudo-indicator of umbrella subjects


@dataclass(frozen=True)
class Subjects:
    """The indicators a document's title names, and how its body may count."""

    title: dict[int, Hit]  # indicator id → its phrase in the title (after the longest phrase took its words)
    narrowed: bool  # the title names a specific subject: only the title's indicators are the document's
    organisation: bool = False  # an organisation regulation (SOTK): its duty lists set no policy
    # the subject view and framework `catalogue` reads, when first asked: a document whose title narrows it
    # never needs the body scan for every indicator's names
    view: DocText | None = field(default=None, compare=False, repr=False)
    framework: ItemFramework | None = field(default=None, compare=False, repr=False)

    @cached_property
    def catalogue(self) -> bool:
        """Names most of the framework's indicators: the evaluation itself, not one of them."""
        return self.view is not None and self.framework is not None and _catalogue(self.view, self.framework)

    def body_counts(self) -> bool:
        """May mentions in the body make the document about an indicator its title does not name?"""
        return not (self.narrowed or self.organisation or self.catalogue)


def subject_view(dt: DocText, fw: ItemFramework) -> DocText:
    """The same text with the framework's `not_subject` spans blanked (offsets kept); remembered per text."""
    patterns = fw.not_subject_patterns
    if not patterns:
        return dt
    return dt.remember(("subject_view", fw.id), lambda: _blanked(dt, patterns))


def _blank(text: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    for pat in patterns:
        text = pat.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _blanked(dt: DocText, patterns: tuple[re.Pattern[str], ...]) -> DocText:
    pages = tuple((n, _blank(t, patterns)) for n, t in dt.pages)
    title = _blank(dt.title_zone, patterns)
    return dt if pages == dt.pages and title == dt.title_zone else dt.variant(pages, title)


def subject_phrases(ind: Indicator) -> list[str]:
    """Everything that names the indicator's subject: its topics, its title-only topics and its names."""
    return ind.topics + ind.topic_titles + ind.names


def subjects(dt: DocText, fw: ItemFramework) -> Subjects:
    """The document's subjects by the framework (on its subject view); remembered per text and framework."""
    view = subject_view(dt, fw)
    return view.remember(("subjects", fw.id), lambda: _subjects(view, fw))


def _spans(zone: str, fw: ItemFramework) -> list[tuple[int, int, int, re.Match[str]]]:
    out = []
    for ind in fw.indicators:
        pat = phrase_pattern(subject_phrases(ind))
        if pat is not None:
            out += [(m.start(), m.end(), ind.id, m) for m in pat.finditer(zone)]
    umbrella = phrase_pattern(fw.data.umbrella_subjects)
    if umbrella is not None:
        out += [(m.start(), m.end(), UMBRELLA, m) for m in umbrella.finditer(zone)]
    return out


def _owned(spans: list[tuple[int, int, int, re.Match[str]]]) -> list[tuple[int, int, int, re.Match[str]]]:
    """Drop a phrase lying inside a longer phrase of another subject: the longest phrase owns the words."""
    def inside(s: tuple[int, int, int, re.Match[str]], o: tuple[int, int, int, re.Match[str]]) -> bool:
        return o[2] != s[2] and o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0]

    return [s for s in spans if not any(inside(s, o) for o in spans)]


def _subjects(view: DocText, fw: ItemFramework) -> Subjects:
    page, text = 1, view.title_zone
    spans = _owned(_spans(text, fw))
    if not any(s[2] != UMBRELLA for s in spans) and view.pages:  # no subject in the title: the lines above it
        page, text = view.pages[0]
        spans = _owned(_spans(_above_title(text, view.title_zone), fw))
    title: dict[int, Hit] = {}
    for start, end, ind_id, m in sorted(spans, key=lambda s: s[0]):
        if ind_id != UMBRELLA and ind_id not in title:
            title[ind_id] = Hit(m.group(0), page, start, snippet(text, start, end))
    umbrella = {(s[0], s[1]) for s in spans if s[2] == UMBRELLA}
    narrowed = any(s[2] != UMBRELLA and (s[0], s[1]) not in umbrella for s in spans)
    org = phrase_pattern(fw.data.organisation_titles)
    organisation = bool(org is not None and org.search(view.title_zone))
    return Subjects(title=title, narrowed=narrowed, organisation=organisation, view=view, framework=fw)


def _above_title(page_text: str, title: str) -> str:
    """Page-1 text above the recognised title ("PERJANJIAN KERJA SAMA" over "tentang …"), at most HEAD_CHARS;
    nothing when the title zone is page 1's own opening (no title was recognised) or cannot be found: the
    lines below a title are the body, a table or a letter's text, not what the document is called."""
    at = page_text.find(title[:40]) if title else -1
    return page_text[:min(at, HEAD_CHARS)] if at > 0 else ""


def _catalogue(view: DocText, fw: ItemFramework) -> bool:
    named = sum(1 for ind in fw.indicators if view.body().hits(phrase_pattern(ind.names)))
    return named >= CATALOGUE_SHARE * len(fw.indicators)
