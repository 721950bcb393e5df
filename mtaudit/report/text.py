"""Terminal summary with rich: a line for the run, a table per document (counts, top findings)."""

from __future__ import annotations

import io

from ..types import AuditResult, Severity
from .common import SEVERITY_WORDS, ReportOptions, counted, file_label, is_new, primary_location, severity_counts, sort_findings, with_suggestion

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
TOP = 5  # findings listed per document


def render_summary(result: AuditResult, options: ReportOptions, console) -> None:
    """Print the summary on a rich Console (the CLI's, with colour; or a recording one)."""
    from rich.table import Table
    from rich.text import Text

    totals = {s: 0 for s in Severity}
    for dr in result.documents:
        for f in dr.findings:
            totals[f.severity] += 1
    n_supp = sum(len(dr.suppressed) for dr in result.documents)
    head = Text(f"mtaudit: {counted(len(result.documents), 'document')}, ")
    for word, plural in SEVERITY_WORDS:
        sev = Severity(word)
        head.append(counted(totals[sev], word, plural), style=STYLE[sev] if totals[sev] else None)
        head.append(", ")
    head.append(f"{n_supp} suppressed")
    if result.errors:
        head.append(f", {len(result.errors)} input error(s)", style="bold red")
    console.print(head)
    for err in result.errors:
        console.print(Text(f"input error: {err}", style="red"))
    for dr in sorted(result.documents, key=lambda d: -d.risk):
        doc = dr.document
        c = dr.counts()
        title = (
            f"{doc.id}: {counted(len(dr.pairs), 'pair')}, risk {dr.risk:.2f}, "
            f"{severity_counts(c)}, {len(dr.suppressed)} suppressed"
        )
        table = Table(show_edge=False, expand=False, pad_edge=False)
        table.add_column("severity", no_wrap=True)
        table.add_column("where", no_wrap=True)
        table.add_column("rule", no_wrap=True)
        table.add_column("message", overflow="fold")
        for note in doc.notes:
            table.add_row(Text("note", style="magenta"), "", "", Text(note))
        findings = sort_findings(dr.findings)
        for f in findings[:TOP]:
            loc = primary_location(dr, f, options.base_dir)
            where = f"{loc.line}:{loc.col}" if loc.line is not None else "-"
            if loc.line is not None and file_label(doc, loc.file):
                where = f"{file_label(doc, loc.file)}:{where}"
            mark = "" if is_new(f, doc.id, options) or options.baseline is None else " (baseline)"
            msg = with_suggestion(f, " -> {}") + mark
            table.add_row(Text(f.severity.value, style=STYLE[f.severity]), where, f.rule_id, Text(msg))
        if len(findings) > TOP:
            table.add_row("", "", "", Text(f"... and {len(findings) - TOP} more", style="dim"))
        if not findings and not doc.notes:
            table.add_row(Text("ok", style="green"), "", "", "no findings")
        console.print()
        console.print(Text(title, style="bold"))
        console.print(table)


def format_text(result: AuditResult, options: ReportOptions | None = None) -> str:
    from rich.console import Console

    buf = io.StringIO()
    console = Console(file=buf, width=110, no_color=True, color_system=None, force_terminal=False, legacy_windows=False)
    render_summary(result, options or ReportOptions(), console)
    return buf.getvalue()
