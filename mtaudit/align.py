"""Sentence alignment. PLACEHOLDER (issue 3 replaces it): 1-1 by position, extra Korean as omissions."""

from __future__ import annotations

from .types import AlignedPair, Document


def align(doc: Document, encoder=None) -> list[AlignedPair]:
    pairs: list[AlignedPair] = []
    n = max(len(doc.ko), len(doc.en))
    for i in range(n):
        ko = (i,) if i < len(doc.ko) else ()
        en = (i,) if i < len(doc.en) else ()
        pairs.append(AlignedPair(len(pairs), ko, en, confidence=0.0))
    return pairs
