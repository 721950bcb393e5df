"""A text view of a file: the text readers work on, mapped back to the file's characters.

For a plain-text file the view *is* the file. For HTML the view holds the
extracted text (entities decoded, block elements turned into line breaks),
and every view character remembers the range of file characters it came from,
so a sentence found in the view gets an exact span in the original file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence


@dataclass
class View:
    text: str
    starts: Sequence[int] | None = None  # file offset where each view character begins (None: identity)
    ends: Sequence[int] | None = None  # file offset where each view character ends
    in_link: Sequence[int] | None = None  # HTML: 1 where the character is link text (<a>)
    # pieces the extractor already dropped: (file start, file end, reason)
    dropped: list[tuple[int, int, str]] = field(default_factory=list)

    def to_file(self, a: int, b: int) -> tuple[int, int]:
        """File range of the view range [a, b) (a < b; the ends should be non-space characters)."""
        if self.starts is None or self.ends is None:
            return a, b
        return self.starts[a], self.ends[b - 1]

    def link_share(self, a: int, b: int) -> float:
        """Share of the non-space characters of [a, b) that are link text."""
        if self.in_link is None:
            return 0.0
        total = linked = 0
        for i in range(a, b):
            if not self.text[i].isspace():
                total += 1
                linked += self.in_link[i]
        return linked / total if total else 0.0
