"""CSV of findings: one row per finding (suppressed ones too, marked), for spreadsheets."""

from __future__ import annotations

import csv
import io

from ..types import AuditResult
from .common import ReportOptions, is_new, iter_findings, pair_texts, primary_location, span_text

COLUMNS = (
    "document",
    "rule_id",
    "severity",
    "status",
    "file",
    "line",
    "column",
    "message",
    "suggestion",
    "source_term",
    "rendering",
    "ko_flagged",
    "en_flagged",
    "ko_text",
    "en_text",
    "fingerprint",
)


def _clean(value) -> str:
    """Spreadsheet-safe cell: a leading = + - @ would be run as a formula by Excel/LibreOffice."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def format_csv(result: AuditResult, options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for dr, f, suppressed in iter_findings(result, include_suppressed=True):
        doc = dr.document
        loc = primary_location(dr, f, options.base_dir)
        ko, en = pair_texts(dr, f)
        status = "suppressed" if suppressed else ("new" if options.baseline is not None and is_new(f, doc.id, options) else "open")
        w.writerow(
            [
                _clean(x)
                for x in (
                    doc.id,
                    f.rule_id,
                    f.severity.value,
                    status,
                    loc.path,
                    loc.line or "",
                    loc.col or "",
                    f.message,
                    f.suggestion,
                    f.source_term,
                    f.rendering,
                    span_text(doc, f.ko_spans),
                    span_text(doc, f.en_spans),
                    ko,
                    en,
                    f.fingerprint(doc.id),
                )
            ]
        )
    return buf.getvalue()
