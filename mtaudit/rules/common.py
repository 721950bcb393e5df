"""Small helpers shared by the code rules."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Sequence

from ..types import AlignedPair, Document, LinkKind, Segment

# pairs where the English translates the Korean (the aligner's 1-3/3-1/1-4/4-1 are long sentences split or merged)
TRANSLATED_KINDS = tuple(
    k for k in LinkKind if k.value in ("1-1", "1-2", "2-1", "2-2", "1-3", "3-1", "1-4", "4-1")
)


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


@lru_cache(maxsize=64)
def _line_breaks(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[\r\n]", text)]


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding `pos`: no scan of the whole file per call."""
    breaks = _line_breaks(text)
    k = bisect.bisect_left(breaks, pos)
    start = breaks[k - 1] + 1 if k > 0 else 0
    end = breaks[k] if k < len(breaks) else len(text)
    return start, end


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
    start, _ = line_bounds(text, seg.span.start)
    return text[start : seg.span.start]


def quoted(text: str, i: int) -> bool:
    """Whether position i of an English text is inside a quotation (curly or straight double quotes opened before it)."""
    before = text[:i]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
