"""SARIF 2.1.0 (validated in the tests against the official OASIS schema).

Each finding is a result located at file:line:column of the English text (the Korean
text is a relatedLocation); rules carry their docs; `partialFingerprints` carries the
finding's fingerprint so code-scanning tools track it across edits. Columns count
Unicode code points (`columnKind`), the way mtaudit's offsets do.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import quote

from .. import __version__
from ..types import AuditResult, Severity
from .common import Location, ReportOptions, is_new, korean_location, primary_location, rules_used, with_suggestion

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "mtaudit/v1"


def _uri(path: str) -> str:
    """A URI reference: relative paths stay relative (GitHub maps them to the repository), absolute ones become file: URIs."""
    if PurePosixPath(path).is_absolute() or PureWindowsPath(path).drive:
        return Path(path).as_uri() if Path(path).is_absolute() else "file:///" + quote(PureWindowsPath(path).as_posix(), safe="/:")
    return quote(path, safe="/@-._~!$&'()*+,;=")


def _physical(loc: Location) -> dict:
    out: dict = {"artifactLocation": {"uri": _uri(loc.path)}}
    if loc.line is not None:
        region = {"startLine": loc.line, "startColumn": loc.col}
        if loc.end_line is not None:
            region["endLine"] = loc.end_line
            region["endColumn"] = max(loc.end_col, 1)
        out["region"] = region
    return out


def _rule(rule_id: str, options: ReportOptions, fallback_sev: Severity | None) -> dict:
    doc = options.rule(rule_id)
    short = doc.name or rule_id
    first_para = doc.docs.strip().split("\n\n")[0].strip()
    full = first_para or doc.message or short
    help_text = doc.docs.strip() or full
    out = {
        "id": rule_id,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_text},
    }
    if doc.name:
        out["name"] = doc.name
    sev = doc.severity or fallback_sev
    if sev is not None:
        out["defaultConfiguration"] = {"level": LEVEL[sev]}
    props = {}
    if doc.kind:
        props["kind"] = doc.kind
    if doc.pack:
        props["pack"] = doc.pack
    if props:
        out["properties"] = props
    return out


def format_sarif(result: AuditResult, options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    ids = rules_used(result)
    first_sev: dict[str, Severity] = {}
    for dr in result.documents:
        for f in (*dr.findings, *dr.suppressed):
            first_sev.setdefault(f.rule_id, f.severity)
    rules = [_rule(i, options, first_sev.get(i)) for i in ids]
    index = {i: n for n, i in enumerate(ids)}
    results = []
    for dr in result.documents:
        doc = dr.document
        for suppressed, findings in ((False, dr.findings), (True, dr.suppressed)):
            for f in findings:
                loc = primary_location(dr, f, options.base_dir)
                msg = with_suggestion(f, " Suggestion: {}")
                r: dict = {
                    "ruleId": f.rule_id,
                    "ruleIndex": index[f.rule_id],
                    "level": LEVEL[f.severity],
                    "message": {"text": msg},
                    "locations": [{"physicalLocation": _physical(loc)}],
                    "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint(doc.id)},
                    "properties": {"document": doc.id, "severity": f.severity.value},
                }
                ko = korean_location(dr, f, options.base_dir)
                if ko is not None:
                    r["relatedLocations"] = [{"id": 1, "physicalLocation": _physical(ko), "message": {"text": "Korean source"}}]
                if f.pair is not None:
                    r["properties"]["pair"] = f.pair
                if f.source_term:
                    r["properties"]["source_term"] = f.source_term
                if f.rendering:
                    r["properties"]["rendering"] = f.rendering
                if suppressed:
                    r["suppressions"] = [{"kind": "external", "justification": "dismissed by a reviewer decision"}]
                if options.baseline is not None:
                    r["baselineState"] = "new" if is_new(f, doc.id, options) else "unchanged"
                results.append(r)
    run: dict = {
        "tool": {
            "driver": {
                "name": "mtaudit",
                "version": result.version or __version__,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"signature": result.signature},
    }
    if result.errors:
        run["invocations"] = [
            {
                "executionSuccessful": False,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": str(e)}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.path)}}}]}
                    for e in result.errors
                ],
            }
        ]
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
