"""Map documents to SPBE indicators, judge the level each can carry, compute the index (issue 5).

Public stage functions (the pipeline's contract):
    load_framework(dirs, framework_id) -> Framework        # has `.id`
    map_document(doc, framework, agency) -> Document       # fills doc.indicators
    build_verdicts(docs, framework, options) -> (list[IndicatorVerdict], IndexEstimate | None, list[Document])
"""
from __future__ import annotations

from .claims import Claim, read_claims
from .framework import Framework, load_framework
from .mapping import MATCH_MIN, map_document
from .verdicts import build_verdicts

__all__ = ["Claim", "Framework", "MATCH_MIN", "build_verdicts", "load_framework", "map_document", "read_claims"]
