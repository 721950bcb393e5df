"""Build a Document straight from sentence lists (no reader): one sentence per line of a file per side."""

from __future__ import annotations

from mtaudit.types import Document, Lang, Segment, SourceFile, Span


def segments(lines: list[str], lang: Lang, file: int) -> tuple[Segment, ...]:
    """One segment per non-empty line of "\\n".join(lines), with its exact span in that text."""
    out, pos = [], 0
    for line in lines:
        if line:
            out.append(Segment(len(out), lang, line, Span(file, pos, pos + len(line))))
        pos += len(line) + 1
    return tuple(out)


def sentence_doc(ko: list[str], en: list[str], doc_id: str = "t") -> Document:
    """Korean sentences in file 0, English in file 1."""
    files = (SourceFile("ko", "\n".join(ko)), SourceFile("en", "\n".join(en)))
    return Document(doc_id, files, segments(ko, Lang.KO, 0), segments(en, Lang.EN, 1))
