"""What every formatter needs: options, where a finding is, the rule's docs, new-vs-baseline.

All functions here are pure: they read an AuditResult and return plain values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath
from typing import Iterator, Mapping

from ..types import AuditResult, Document, DocumentResult, Finding, Severity, Span

SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True)
class RuleDoc:
    """The part of a rule's record a report shows (mirrors `mtaudit.rules.base.RuleInfo`)."""

    id: str
    name: str = ""
    severity: Severity | None = None
    kind: str = ""
    message: str = ""
    docs: str = ""
    pack: str = ""


class Baseline:
    """Known findings (from `mtaudit check --write-baseline`): fingerprint -> how many times it was recorded.

    A fingerprint names a rule, a term, a rendering and a document, not a place, so that edits elsewhere do not
    make a known finding new. The count keeps a repeat honest: after `resolve(result)`, the first `count`
    findings of a fingerprint (in document order) are known and any further one is new ("small manager" a
    second time, in another sentence, fails the check).

    `ids_by_file` (input file -> the document id it had when the baseline was written) keeps a document's
    findings known when its id changes because another input joined the run (x.txt is 'x' alone, 'x_txt'
    next to x.tsv; a/x.txt becomes 'a__x' next to b/x.txt): its fingerprints are taken under the old id."""

    def __init__(self, counts, ids_by_file=None):
        self.counts: dict[str, int] = dict(counts)
        self.ids_by_file: dict[str, str] = dict(ids_by_file or {})
        self._known: set | None = None

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.counts

    def resolve(self, result) -> "Baseline":
        known: set = set()
        for dr in result.documents:
            left = {}
            recorded_as = self.ids_by_file.get(dr.document.path, dr.document.id)
            for f in dr.findings:
                fp = f.fingerprint(recorded_as)
                n = left.get(fp, self.counts.get(fp, 0))
                if n > 0:
                    known.add((dr.document.id, f))
                left[fp] = n - 1
        self._known = known
        return self

    def is_known(self, f: Finding, doc_id: str) -> bool:
        if self._known is None:
            return f.fingerprint(doc_id) in self.counts
        return (doc_id, f) in self._known


@dataclass(frozen=True)
class ReportOptions:
    """Settings a formatter may read. Everything has a default so `ReportOptions()` works.

    fail_on:   findings at or above this severity are failures (JUnit) and errors (check).
    baseline:  the known findings (a `Baseline`, resolved against the result; or a set of fingerprints):
               those are "unchanged", the others new.
    rules:     rule docs by id; ids missing here are looked up through `rule_doc` (the rules engine).
    base_dir:  file paths in SARIF / GitHub / CSV are made relative to this folder when under it.
    """

    fail_on: Severity = Severity.WARNING
    baseline: "Baseline | frozenset[str] | None" = None
    rules: Mapping[str, RuleDoc] = field(default_factory=dict)
    base_dir: str | None = None

    def rule(self, rule_id: str) -> RuleDoc:
        return self.rules.get(rule_id) or rule_doc(rule_id)


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 error', '3 errors', '0 documents' ('info' stays as it is)."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"


SEVERITY_WORDS = (("error", "errors"), ("warning", "warnings"), ("info", "info"))  # (severity, its word in plural)


def severity_counts(c: Mapping[str, int]) -> str:
    """'3 errors, 1 warning, 0 info'."""
    return ", ".join(counted(c[sev], sev, plural) for sev, plural in SEVERITY_WORDS)


def rule_doc(rule_id: str) -> RuleDoc:
    """Docs for one rule id, from the built-in rules when they know it; a bare record otherwise."""
    info = _builtin_rule_infos().get(rule_id)
    return from_rule_info(info) if info is not None else RuleDoc(id=rule_id)


def from_rule_info(info) -> RuleDoc:
    """A `mtaudit.rules.base.RuleInfo` (or anything shaped like it) as a RuleDoc."""
    sev = getattr(info, "severity", None)
    return RuleDoc(
        id=str(info.id),
        name=str(getattr(info, "name", "") or ""),
        severity=Severity.parse(sev) if sev is not None else None,
        kind=str(getattr(info, "kind", "") or ""),
        message=str(getattr(info, "message", "") or ""),
        docs=str(getattr(info, "docs", "") or ""),
        pack=str(getattr(info, "pack", "") or ""),
    )


def rule_docs(ruleset) -> dict[str, RuleDoc]:
    """Docs for every rule of a run's RuleSet (`RuleSet.infos()`), to put in ReportOptions.rules."""
    infos = getattr(ruleset, "infos", None)
    if not callable(infos):
        return {}
    return {i.id: from_rule_info(i) for i in infos()}


@lru_cache(maxsize=1)
def _builtin_rule_infos() -> dict:
    """Adapter over the rules engine: the built-in packs and code rules, loaded once."""
    try:
        from ..rules import load_ruleset

        rs = load_ruleset([])
        return {i.id: i for i in rs.infos()}
    except Exception:  # noqa: BLE001 - reporting must work even when the rules cannot load
        pass
    try:
        from ..rules.base import CODE_RULES

        return {c.info.id: c.info for c in CODE_RULES if getattr(c, "info", None) is not None}
    except Exception:  # noqa: BLE001
        return {}


def with_suggestion(f: Finding, template: str) -> str:
    """The message, plus the suggestion in `template` ("{}" for it) unless the message already says it."""
    if not f.suggestion or f.suggestion in f.message:
        return f.message
    return f.message + template.format(f.suggestion)


def at_or_above(f: Finding, threshold: Severity) -> bool:
    return f.severity.rank >= threshold.rank


def sort_findings(findings) -> list[Finding]:
    """Worst first, then in reading order (pair index, rule id)."""
    return sorted(findings, key=lambda f: (-f.severity.rank, f.pair if f.pair is not None else -1, f.rule_id, f.message))


def is_new(f: Finding, doc_id: str, options: ReportOptions) -> bool:
    b = options.baseline
    if b is None:
        return True
    return not b.is_known(f, doc_id) if isinstance(b, Baseline) else f.fingerprint(doc_id) not in b


@dataclass(frozen=True)
class Location:
    """A finding's place: file path, 1-based line/column of the start and end (end column exclusive)."""

    path: str
    file: int
    line: int | None = None
    col: int | None = None
    end_line: int | None = None
    end_col: int | None = None
    start: int | None = None
    end: int | None = None


def display_path(path: str, base_dir: str | None) -> str:
    """Path as a reviewer or CI sees it: relative to base_dir when inside it, '/'-separated."""
    if not path:
        return path
    if base_dir:
        try:
            rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
            if not rel.startswith(".."):
                path = rel
        except ValueError:  # another drive on Windows
            pass
    return PurePath(path).as_posix()


def file_label(doc: Document, file: int) -> str:
    """The name of a document's file, when the document has more than one (pair files: which of the Korean,
    English or reference file a line:column is in); "" for a one-file document."""
    if len(doc.files) < 2 or file >= len(doc.files):
        return ""
    return doc.files[file].path.replace("\\", "/").rsplit("/", 1)[-1]


def span_location(doc: Document, span: Span, base_dir: str | None = None) -> Location:
    if not doc.files or span.file >= len(doc.files):
        return Location(path=display_path(doc.path, base_dir), file=0)
    src = doc.files[span.file]
    line, col = src.line_col(span.start)
    end_line, end_col = src.line_col(span.end)
    return Location(display_path(src.path, base_dir), span.file, line, col, end_line, end_col, span.start, span.end)


def _pair_spans(dr: DocumentResult, f: Finding, side: str) -> list[Span]:
    """Segment spans of the finding's pair on one side: where to point when the finding has no span."""
    p = find_pair(dr, f.pair)
    if p is None:
        return []
    segs = dr.document.en if side == "en" else dr.document.ko
    idx = p.en if side == "en" else p.ko
    return [segs[i].span for i in idx if i < len(segs)]


def find_pair(dr: DocumentResult, index: int | None):
    """The AlignedPair with this index (pairs are normally stored at their index: no scan then)."""
    if index is None:
        return None
    if 0 <= index < len(dr.pairs) and dr.pairs[index].index == index:
        return dr.pairs[index]
    for p in dr.pairs:
        if p.index == index:
            return p
    return None


def primary_location(dr: DocumentResult, f: Finding, base_dir: str | None = None) -> Location:
    """Where a finding is: its first English span, else its first Korean span, else its pair, else the file."""
    doc = dr.document
    for spans in (f.en_spans, f.ko_spans, _pair_spans(dr, f, "en"), _pair_spans(dr, f, "ko")):
        if spans:
            return span_location(doc, spans[0], base_dir)
    return Location(path=display_path(doc.path, base_dir), file=0)


def korean_location(dr: DocumentResult, f: Finding, base_dir: str | None = None) -> Location | None:
    """The Korean side of a finding (SARIF relatedLocation), when the primary location is English."""
    doc = dr.document
    if not (f.en_spans or _pair_spans(dr, f, "en")):
        return None  # the primary location is already Korean (or the file)
    for spans in (f.ko_spans, _pair_spans(dr, f, "ko")):
        if spans:
            return span_location(doc, spans[0], base_dir)
    return None


def span_text(doc: Document, spans) -> str:
    """The original text of spans, joined (what was flagged), whitespace collapsed."""
    parts = []
    for s in spans:
        if s.file < len(doc.files):
            parts.append(" ".join(doc.files[s.file].text[s.start : s.end].split()))
    return " … ".join(p for p in parts if p)


def pair_texts(dr: DocumentResult, f: Finding) -> tuple[str, str]:
    """Korean and English text of the finding's pair (or of its spans when it has no pair)."""
    p = find_pair(dr, f.pair)
    if p is not None:
        return p.ko_text(dr.document), p.en_text(dr.document)
    return span_text(dr.document, f.ko_spans), span_text(dr.document, f.en_spans)


def iter_findings(result: AuditResult, include_suppressed: bool = False) -> Iterator[tuple[DocumentResult, Finding, bool]]:
    """(document result, finding, suppressed?) over the whole run, documents in input order."""
    for dr in result.documents:
        for f in dr.findings:
            yield dr, f, False
        if include_suppressed:
            for f in dr.suppressed:
                yield dr, f, True


def rules_used(result: AuditResult) -> list[str]:
    ids = {f.rule_id for dr in result.documents for f in (*dr.findings, *dr.suppressed)}
    return sorted(ids)
