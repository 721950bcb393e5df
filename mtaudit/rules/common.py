"""Small helpers shared by the code rules."""

from __future__ import annotations

from typing import Sequence

from ..types import AlignedPair, Document, LinkKind, Segment

TRANSLATED_KINDS = (LinkKind.ONE_ONE, LinkKind.ONE_TWO, LinkKind.TWO_ONE, LinkKind.TWO_TWO)


def pair_of_en(pairs: Sequence[AlignedPair]) -> dict[int, AlignedPair]:
    out: dict[int, AlignedPair] = {}
    for p in pairs:
        for e in p.en:
            out[e] = p
    return out


def pair_index(pairs: Sequence[AlignedPair], seg: Segment) -> int | None:
    for p in pairs:
        if seg.index in p.en:
            return p.index
    return None


def ends_paragraph(doc: Document, seg: Segment) -> bool:
    """True when nothing but whitespace follows the segment up to a line break (or the file's end)."""
    text = doc.files[seg.span.file].text
    i = seg.span.end
    while i < len(text) and text[i] in " \t\u00a0\u3000":
        i += 1
    return i >= len(text) or text[i] in "\r\n"


def preceded_in_line(doc: Document, seg: Segment) -> str:
    """The text before the segment on its own line (the end of the previous sentence, if any)."""
    text = doc.files[seg.span.file].text
    start = max(text.rfind("\n", 0, seg.span.start), text.rfind("\r", 0, seg.span.start)) + 1
    return text[start : seg.span.start]
