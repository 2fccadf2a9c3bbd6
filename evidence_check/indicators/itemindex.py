"""Which items a document could bear on, from its kind alone: the item judge's index over a framework.

A Pemdi framework has some 230 items and the judge held every document against every one of them, while a
document can only ever be accepted or offered for the few items that name its kind. `itemcheck.assess`
answers NOT_RELATED, without reading any text, for a document that is

- not filed under the item's indicator or code (folder or file name, `itemjudge.path_hints`),
- of none of the item's subtypes, family subtypes or refused subtypes (`Expect.subtypes`, `family`,
  `refuse[].subtypes`), and
- of none of its doc types (`Expect.doc_types`), while the item names a subtype or a doc type at all
  (an item naming neither takes any document whose title fits).

Why: `kind_match` is 0 then (each of its branches needs the subtype, the doc type or an item naming
neither), so the document is out of the item's family and of every refusal's scope; only a refused
subtype could still make it "offered", and that is in the keys. So a document outside an item's keys is
skipped and the verdicts are those of the full scan (tests/test_itemindex.py holds the two side by side).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..models import Document
from .itemframework import Expect, ItemFramework


@dataclass(frozen=True)
class KindKeys:
    """The kinds of document one item can answer for (see the module docstring)."""

    subtypes: frozenset[str]
    doc_types: frozenset[str]
    any_kind: bool  # the item names no subtype and no doc type

    @classmethod
    def of(cls, exp: Expect) -> KindKeys:
        subtypes = {*exp.subtypes, *exp.family, *(s for ref in exp.refuse for s in ref.subtypes)}
        return cls(frozenset(subtypes), frozenset(exp.doc_types), not exp.subtypes and not exp.doc_types)

    def admits(self, doc: Document) -> bool:
        return self.any_kind or doc.subtype in self.subtypes or doc.doc_type in self.doc_types


@dataclass(frozen=True)
class ItemIndex:
    """Item code → its KindKeys, built once per loaded framework (`ItemFramework.item_index`)."""

    keys: dict[str, KindKeys]

    @classmethod
    def build(cls, fw: ItemFramework) -> ItemIndex:
        return cls({item.code: KindKeys.of(fw.expectation(item)) for _, _, item in fw.items()})

    def candidates(self, code: str, indicator: int, docs: Sequence[Document],
                   filed: Callable[[str], tuple[frozenset[int], frozenset[str]]]) -> list[Document]:
        """The documents (in their order) the judge must hold against item `code` of `indicator`: those of a
        kind the item admits and those filed under the indicator or the item. `filed`: a path's indicators
        and item codes (itemjudge.path_hints)."""
        keys = self.keys.get(code)
        if keys is None:  # not an item of this framework: hold everything against it
            return list(docs)
        out = []
        for d in docs:
            if keys.admits(d):
                out.append(d)
                continue
            inds, codes = filed(d.path)
            if indicator in inds or code in codes:
                out.append(d)
        return out
