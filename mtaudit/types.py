"""The data every stage passes along: plain, frozen, serialisable.

read -> Document (files, Korean/English/reference segments, dropped furniture)
align -> AlignedPair (which Korean segments translate into which English ones)
check -> Finding (rule id, severity, message, spans on either side, suggestion)
score -> scores on pairs and documents
all of it -> DocumentResult, AuditResult

Offsets are character offsets (Python str indices) into the *decoded* text of
one input file (`SourceFile.text`); `SourceFile.line_col` turns them into the
1-based line:column a reviewer or a CI annotation needs.
"""

from __future__ import annotations

import bisect
import hashlib
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Mapping

SCHEMA_VERSION = "1.0"


class Severity(str, Enum):
    """How much a finding matters; ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def __str__(self) -> str:  # "error", not "Severity.ERROR"
        return self.value

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls(str(text).strip().lower())
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {text!r} (use one of: {allowed})") from None


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Lang(str, Enum):
    KO = "ko"
    EN = "en"
    REF = "ref"  # a human reference translation (English)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class SourceFile:
    """One input file as decoded: the text every offset points into."""

    path: str
    text: str
    encoding: str = "utf-8"

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        i = 0
        while True:
            j = _next_newline(text, i)
            if j < 0:
                return starts
            # "\r\n" counts as one line break
            k = j + 2 if text.startswith("\r\n", j) else j + 1
            starts.append(k)
            i = k

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        starts = self._line_starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1


def _next_newline(text: str, start: int) -> int:
    n = text.find("\n", start)
    r = text.find("\r", start)
    if n < 0:
        return r
    if r < 0:
        return n
    return min(n, r)


@dataclass(frozen=True)
class Span:
    """A character range [start, end) in `Document.files[file]`."""

    file: int
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True)
class Segment:
    """A sentence (or headline) on one side, with its place in the input file."""

    index: int  # position among the segments of the same language in the document
    lang: Lang
    text: str  # normalised for display/matching (whitespace collapsed); see span for the original
    span: Span
    kind: str = "body"  # "headline", "subtitle", "body", "caption"


@dataclass(frozen=True)
class Dropped:
    """A piece of the input that is neither Korean nor English content, and why."""

    span: Span
    text: str
    reason: str  # short, user-facing: "site menu", "share buttons", "duplicate body", ...


@dataclass(frozen=True)
class Document:
    """One article (or one file of segment pairs) as read."""

    id: str  # stable, e.g. the file stem
    files: tuple[SourceFile, ...]
    ko: tuple[Segment, ...] = ()
    en: tuple[Segment, ...] = ()
    ref: tuple[Segment, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    notes: tuple[str, ...] = ()  # user-facing remarks: "no English translation found", ...
    input_format: str = "article"  # article | pair-files | tsv | csv | jsonl | tmx | xliff | html
    # For inputs that arrive already paired (TSV/JSONL/TMX/XLIFF): (ko indices, en indices) per unit.
    given_links: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] | None = None

    @property
    def path(self) -> str:
        return self.files[0].path if self.files else ""

    @property
    def has_korean(self) -> bool:
        return bool(self.ko)

    @property
    def has_english(self) -> bool:
        return bool(self.en)


class LinkKind(str, Enum):
    ONE_ONE = "1-1"
    ONE_TWO = "1-2"
    TWO_ONE = "2-1"
    TWO_TWO = "2-2"
    OMISSION = "1-0"  # Korean with no English: not translated
    ADDITION = "0-1"  # English with no Korean source
    ONE_THREE = "1-3"  # a long Korean sentence split into several English ones
    THREE_ONE = "3-1"
    ONE_FOUR = "1-4"
    FOUR_ONE = "4-1"
    MANY = "n-m"  # any other shape (pre-paired inputs may link more sentences)

    def __str__(self) -> str:
        return self.value

    @classmethod
    def of(cls, n_ko: int, n_en: int) -> "LinkKind":
        try:
            return cls(f"{n_ko}-{n_en}")
        except ValueError:
            return cls.MANY


@dataclass(frozen=True)
class AlignedPair:
    """Korean segment indices linked to English segment indices."""

    index: int
    ko: tuple[int, ...]
    en: tuple[int, ...]
    confidence: float = 1.0  # 0..1
    ref: tuple[int, ...] = ()  # reference segments aligned to this pair, when a reference exists
    scores: Mapping[str, float] = field(default_factory=dict)

    @property
    def kind(self) -> LinkKind:
        return LinkKind.of(len(self.ko), len(self.en))

    def ko_text(self, doc: Document) -> str:
        return " ".join(doc.ko[i].text for i in self.ko)

    def en_text(self, doc: Document) -> str:
        return " ".join(doc.en[i].text for i in self.en)

    def ref_text(self, doc: Document) -> str:
        return " ".join(doc.ref[i].text for i in self.ref)


def normalise_term(text: str) -> str:
    """Case-, width- and whitespace-insensitive form used in fingerprints."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


@dataclass(frozen=True)
class Finding:
    """One thing a reviewer should look at."""

    rule_id: str
    severity: Severity
    message: str
    pair: int | None = None  # AlignedPair.index, None for document-level findings
    ko_spans: tuple[Span, ...] = ()
    en_spans: tuple[Span, ...] = ()
    suggestion: str | None = None
    source_term: str | None = None  # the Korean term or entity the finding is about
    rendering: str | None = None  # the English text that was matched / is at fault

    def fingerprint(self, document_id: str) -> str:
        """Stable id: survives edits elsewhere in the file (no offsets, no line numbers)."""
        key = "\x1f".join(
            [
                self.rule_id,
                normalise_term(self.source_term or ""),
                normalise_term(self.rendering or ""),
                document_id,
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class DocumentResult:
    document: Document
    pairs: tuple[AlignedPair, ...] = ()
    findings: tuple[Finding, ...] = ()
    suppressed: tuple[Finding, ...] = ()  # dismissed by a reviewer's decision; still counted
    scores: Mapping[str, float] = field(default_factory=dict)  # document-level scores
    meta: Mapping[str, str] = field(default_factory=dict)  # settings behind the scores, e.g. sacrebleu signatures
    # what the result was made from (mtaudit/pipeline.py Auditor._result_key), when the persistent cache keeps
    # results: not part of the result (not in its JSON, not compared)
    result_key: str | None = field(default=None, compare=False, repr=False, metadata={"json": False})

    def counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in Severity}
        for f in self.findings:
            out[f.severity.value] += 1
        return out

    @property
    def risk(self) -> float:
        return float(self.scores.get("risk", 0.0))


@dataclass(frozen=True)
class StoredResult:
    """A document whose result an earlier run stored (the persistent cache's `results` table): the same
    inputs, rule findings and settings made it (Auditor._result_key), so it is not checked and scored again.
    `doc_json` is the result's compact JSON (serialize.to_dict form); `result()` rebuilds the DocumentResult."""

    document: Document
    doc_json: str

    def result(self) -> DocumentResult:
        import json

        from .serialize import document_result

        return document_result(json.loads(self.doc_json))


@dataclass(frozen=True)
class InputError:
    """An input that could not be used: reported, never a traceback."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class AuditResult:
    documents: tuple[DocumentResult, ...] = ()
    errors: tuple[InputError, ...] = ()
    signature: str = ""
    version: str = ""
