"""The `mtaudit` command: thin typer commands over the library. Only this module prints or exits."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .commands.options import EncoderOpt, Paths, PivotOpt, QeOpt, ReviewOpt, RulesOpt
from .commands.scale import CacheDirOpt, ExecutorOpt, JobsOpt, NoCacheOpt, ResumeOpt, SchedulerOpt
from .errors import MtauditError

CONTEXT = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="mtaudit",
    help="Audit Korean -> English machine translations: align, check, score, report.",
    context_settings=CONTEXT,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mtaudit {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Audit Korean -> English machine translations: align, check, score, report."""


OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports (created; never an input folder).")]


@app.command()
def audit(
    paths: Paths,
    out: OutOpt = Path("reports"),
    encoder: EncoderOpt = "usem3",
    rules: RulesOpt = None,
    review: ReviewOpt = None,
    formats: Annotated[
        Optional[list[str]],
        typer.Option("--format", "-f", help="html, json, jsonl, csv, junit, sarif, github, text; repeatable or comma-separated (default: html,json)."),
    ] = None,
    jobs: JobsOpt = 1,
    resume: ResumeOpt = False,
    executor: ExecutorOpt = "local",
    scheduler: SchedulerOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    qe: QeOpt = None,
    pivot: PivotOpt = None,
) -> None:
    """Audit articles or segment files and write JSON + HTML reports and an index (streamed: one document at a time)."""
    from .commands.scale import run_corpus, scale_options
    from .paths import check_output_location
    from .pipeline import AuditConfig
    from .report import ReportOptions, parse_formats
    from .report.common import rule_docs
    from .review.decisions import resolve_decisions_path

    check_output_location(out, paths)
    decisions = resolve_decisions_path(review, paths)
    config = AuditConfig(
        encoder=encoder, rules=tuple(str(r) for r in rules or ()), review=str(decisions) if decisions else None, qe=qe, pivot=pivot
    )
    chosen = parse_formats(formats)
    summary = run_corpus(
        paths, out, config, scale_options(jobs, resume, executor, scheduler, cache_dir, no_cache), formats=chosen,
        report_options=lambda auditor: ReportOptions(rules=rule_docs(auditor.ruleset), base_dir="."),
    )
    c = summary.counts
    resumed = f" ({summary.resumed} resumed)" if summary.resumed else ""
    from .report.common import counted, severity_counts

    typer.echo(f"{counted(summary.documents, 'document')}{resumed}: {severity_counts(c)}; "
               f"{counted(len(summary.errors), 'input')} could not be read")
    if decisions:
        typer.echo(f"review decisions applied: {decisions}")
    typer.echo(f"report: {summary.main_file}")
    if summary.errors:
        raise typer.Exit(2)


@app.command()
def inspect(
    path: Annotated[Path, typer.Argument(help="One input file (or folder: every input in it).")],
    markup: Annotated[bool, typer.Option("--markup", help="Also list every markup piece (HTML/XML tags, table and JSON structure).")] = False,
) -> None:
    """Show how a file was read: format, encoding, notes, the Korean part, the English part, and what was dropped and why."""
    import re

    from . import io
    from .errors import InputError

    units, problems = io.discover([str(path)])
    # like `audit`: an unreadable file is one error line, the other files are still shown; exit 2 at the end
    for problem in problems:
        typer.echo(f"mtaudit: error: {problem}", err=True)
    bad = len(problems)
    structural = {"markup", "table structure", "JSON structure"}
    for unit in units:
        try:
            doc = io.read(unit)
        except InputError as exc:
            typer.echo(f"mtaudit: error: {exc}", err=True)
            bad += 1
            continue
        typer.echo(f"# {doc.id}")
        for f in doc.files:
            typer.echo(f"file: {f.path} (format: {doc.input_format}, encoding: {f.encoding}, {f.line_col(len(f.text))[0]} lines)")
        for note in doc.notes:
            typer.echo(f"note: {note}")
        for title, segs in (("Korean", doc.ko), ("English", doc.en), ("Reference", doc.ref)):
            if segs or title != "Reference":
                typer.echo(f"\n## {title}: {len(segs)} sentences")
                for s in segs:
                    line, col = doc.files[s.span.file].line_col(s.span.start)
                    kind = "" if s.kind == "body" else f" [{s.kind}]"
                    typer.echo(f"  {s.index:>3} {line}:{col}{kind} {s.text}")
        if doc.given_links is not None:
            typer.echo(f"\n## Given pairs: {len(doc.given_links)} units")
        typer.echo(f"\n## Dropped: {len(doc.dropped)} pieces")
        counts: dict[str, int] = {}
        for d in doc.dropped:
            counts[d.reason] = counts.get(d.reason, 0) + 1
            if d.reason in structural and not markup:
                continue
            line, col = doc.files[d.span.file].line_col(d.span.start)
            where = f"{line}:{col}"
            if len(doc.files) > 1:  # pair files: say which file
                where = f"{Path(doc.files[d.span.file].path).name}:{where}"
            text = d.text if doc.input_format not in ("html", "pair-files") else re.sub(r"<[^>]*>", " ", d.text)
            text = " ".join(text.split()) or d.text
            text = text if len(text) <= 100 else text[:97] + "..."
            typer.echo(f"  {where} {d.reason}: {text}")
        if counts:
            typer.echo("  by reason: " + ", ".join(f"{r} {n}" for r, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))))
        hidden = sum(n for r, n in counts.items() if r in structural)
        if hidden and not markup:
            typer.echo(f"  ({hidden} markup/structure pieces not listed; --markup lists them)")
        typer.echo("")
    if bad:
        raise typer.Exit(2)


from .commands import register_all  # noqa: E402  (subcommands of the feature areas)

register_all(app)


def run() -> None:
    """Console-script entry point: user errors become one line and exit code 2, never a traceback."""
    try:
        app()
    except MtauditError as exc:
        for line in str(exc).splitlines() or [""]:  # a pack with several mistakes: one line each
            typer.echo(f"mtaudit: error: {line}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # an mtaudit bug: say so in one line; the traceback only on request
        if os.environ.get("MTAUDIT_DEBUG"):
            raise
        typer.echo(f"mtaudit: internal error: {exc.__class__.__name__}: {exc} (set MTAUDIT_DEBUG=1 for a traceback)", err=True)
        sys.exit(3)


if __name__ == "__main__":
    run()
