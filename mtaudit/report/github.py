"""GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=RULE::message`.

Escaping follows the runner's rules: in the message `%`, CR and LF are percent-encoded;
in property values `:` and `,` are too.
"""

from __future__ import annotations

from ..types import AuditResult, Severity
from .common import ReportOptions, is_new, primary_location, sort_findings, with_suggestion

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(result: AuditResult, options: ReportOptions | None = None) -> str:
    """One annotation per open finding (suppressed ones are left out, and with a baseline the known ones: an
    annotation marks what this change brought), worst first within a document."""
    options = options or ReportOptions()
    lines = []
    for err in result.errors:
        lines.append(f"::error file={escape_property(err.path)},title=mtaudit input::{escape_data(err.message)}")
    for dr in result.documents:
        for f in sort_findings(dr.findings):
            if not is_new(f, dr.document.id, options):
                continue
            loc = primary_location(dr, f, options.base_dir)
            props = [f"file={escape_property(loc.path)}"]
            if loc.line is not None:
                props += [f"line={loc.line}", f"col={loc.col}"]
                if loc.end_line is not None:
                    props += [f"endLine={loc.end_line}", f"endColumn={loc.end_col}"]
            props.append(f"title={escape_property(f.rule_id)}")
            msg = with_suggestion(f, " (suggestion: {})")
            lines.append(f"::{LEVEL[f.severity]} {','.join(props)}::{escape_data(msg)}")
    return "".join(line + "\n" for line in lines)
