"""Scorers. PLACEHOLDER (issue 5 replaces it).

Entry point the pipeline uses:
    score_document(doc, pairs, findings, encoder, settings) -> (pairs with scores, document scores)
    signature(settings) -> str
"""

from __future__ import annotations

from ..types import AlignedPair, Document, Finding


def score_document(doc: Document, pairs, findings, encoder=None, settings=None):
    return list(pairs), {"risk": float(sum(f.severity.rank + 1 for f in findings))}


def signature(settings=None) -> str:
    return "scores:none"
