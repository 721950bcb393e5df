"""Map offsets in `Segment.text` (whitespace-collapsed) back to the input file.

The reader collapses whitespace runs (and may normalise a few characters) when it
builds `Segment.text`; a finding must still point at the right characters of the
file. `SegmentLocator` walks both strings once and keeps, for every index of the
segment text, the file offset it came from.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from functools import lru_cache

from ..types import Document, Segment, Span


def offset_map(seg_text: str, original: str) -> list[int]:
    """For each index of `seg_text` (plus one past the end), its offset in `original`.

    Whitespace in either string may be a run of any length in the other; other
    characters are matched exactly, or after NFKC/casefold, or else treated as a
    substitution (the reader normalised the character), so the walk never stalls.
    """
    out: list[int] = []
    j = 0
    n = len(original)
    for i, ch in enumerate(seg_text):
        if ch.isspace():
            out.append(min(j, n))
            while j < n:
                if original[j].isspace():
                    j += 1
                    continue
                esc = _escape_for(original, j, seg_text, i + 1, str.isspace)  # "\\n" of a JSON string, "&#10;" of XML
                if esc:
                    j += esc
                    continue
                break
            continue
        while j < n and original[j].isspace():
            j += 1
        esc = _escape_for(original, j, seg_text, i, ch.__eq__)  # &amp; &#xAC00; in XML, \uAC00 \" in JSON: one character
        if esc:
            out.append(j)
            j += esc
            continue
        if j < n and (original[j] == ch or _same(original[j], ch)):
            out.append(j)
            j += 1
            continue
        # the reader changed or inserted this character: look a little ahead for it
        k = original.find(ch, j, j + 4)
        if k >= 0:
            out.append(k)
            j = k + 1
        else:
            out.append(min(j, n))
            j = min(j + 1, n)
    out.append(min(j, n))
    return out


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_JSON_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|[\"\\/bfnrt])")


def _escape_for(original: str, j: int, text: str, i: int, reads_as) -> int:
    """The length of the XML entity or JSON escape at `original[j]` when it decodes to a character `reads_as`
    accepts and `text` does not have the escape literally at `i` (a .txt file may say "&amp;"); else 0."""
    if j >= len(original) or original[j] not in "&\\":
        return 0
    esc = _escape_at(original, j)
    if esc is None or not reads_as(esc[0]) or text.startswith(original[j : j + esc[1]], i):
        return 0
    return esc[1]


def _escape_at(original: str, j: int) -> tuple[str, int] | None:
    """(the character, the length) of an XML/HTML entity or a JSON string escape starting at `original[j]`."""
    c = original[j]
    if c == "&":
        m = _ENTITY.match(original, j)
        if m is not None:
            text = html.unescape(m.group(0))
            if len(text) == 1:
                return text, m.end() - j
    elif c == "\\":
        m = _JSON_ESCAPE.match(original, j)
        if m is not None:
            try:
                text = json.loads(f'"{m.group(0)}"')
            except ValueError:
                return None
            if len(text) == 1:
                return text, m.end() - j
    return None


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFKC", a).casefold() == unicodedata.normalize("NFKC", b).casefold()


class SegmentLocator:
    """Turns (segment, start, end) in `Segment.text` into a `Span` in the input file."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._maps: dict[tuple[str, int], list[int]] = {}

    def _map(self, seg: Segment) -> list[int]:
        key = (seg.lang.value, seg.index)
        m = self._maps.get(key)
        if m is None:
            original = self.doc.files[seg.span.file].text[seg.span.start : seg.span.end]
            m = _cached_map(seg.text, original)
            self._maps[key] = m
        return m

    def span(self, seg: Segment, start: int, end: int) -> Span:
        """The file span of seg.text[start:end]."""
        start = max(0, min(start, len(seg.text)))
        end = max(start, min(end, len(seg.text)))
        if seg.span.end - seg.span.start == len(seg.text):
            original = self.doc.files[seg.span.file].text[seg.span.start : seg.span.end]
            if original == seg.text:  # nothing was collapsed: offsets carry over
                return Span(seg.span.file, seg.span.start + start, seg.span.start + end)
        m = self._map(seg)
        s = m[start]
        if end > start:
            last = m[end - 1]  # the end is after the last character's own text in the file (an escape is longer)
            original = self.doc.files[seg.span.file].text[seg.span.start : seg.span.end]
            e = last + (_escape_for(original, last, seg.text, end - 1, seg.text[end - 1].__eq__) or 1)
        else:
            e = s
        base = seg.span.start
        return Span(seg.span.file, min(base + s, seg.span.end), min(base + max(e, s), seg.span.end))

    def whole(self, seg: Segment) -> Span:
        return seg.span


@lru_cache(maxsize=4096)
def _cached_map(seg_text: str, original: str) -> list[int]:
    return offset_map(seg_text, original)
