"""`mtaudit check`: the CI gate. Exit 0 when nothing at or above --fail-on is new, 1 when something is,
2 when an input or option cannot be used.

Also home of what `audit` and `check` share on the terminal: the progress bar over documents
(on stderr, only when it is a terminal) and the rich summary.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..errors import ConfigError
from ..paths import check_output_location
from .options import EncoderOpt, PivotOpt, QeOpt, RulesOpt
from .scale import CacheDirOpt, ExecutorOpt, JobsOpt, NoCacheOpt, SchedulerOpt, scale_options

if TYPE_CHECKING:
    from ..report.common import Baseline

BASELINE_VERSION = 1


# ---------------------------------------------------------------- shared with `audit`


def run_with_progress(paths: list[str], config, show: bool | None = None, scale=None):
    """Audit like `pipeline.run_audit`, with a rich progress bar on stderr when it is a terminal.

    Returns (AuditResult, rule docs for the run's rule set) so reports show every rule's docs,
    extra packs included.
    """
    from .. import __version__, io
    from ..corpus import ScaleOptions, audited_items
    from ..report.common import rule_docs
    from ..types import AuditResult, InputError

    # scale: --jobs / --executor / cache options (mtaudit/commands/scale.py); None = one process, no persistent cache
    auditor, items = audited_items(paths, config, scale or ScaleOptions(cache=False))
    show = sys.stderr.isatty() if show is None else show
    docs, errors = [], []
    if show:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        units, problems = io.discover(paths)
        total = len(units) + len(problems)
        with Progress(
            TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), TextColumn("{task.description}"),
            console=Console(stderr=True), transient=True,
        ) as progress:
            task = progress.add_task("", total=total)
            for item in items:
                (errors if isinstance(item, InputError) else docs).append(item)
                name = item.path if isinstance(item, InputError) else item.document.id
                progress.update(task, advance=1, description=name)
    else:
        for item in items:
            (errors if isinstance(item, InputError) else docs).append(item)
    result = AuditResult(documents=tuple(docs), errors=tuple(errors), signature=auditor.signature, version=__version__)
    return result, rule_docs(auditor.ruleset)


def print_summary(result, options) -> None:
    from rich.console import Console

    from ..report.text import render_summary

    import os
    import sys

    # a CI log is no terminal: rich's 80 columns would break every row of the table; COLUMNS still wins
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
    render_summary(result, options, Console(highlight=False, soft_wrap=False, width=width))


# ---------------------------------------------------------------- baseline


FRESH_SHOWN = 20  # new findings listed under a failed check with a baseline


def read_baseline(path: Path) -> Baseline:
    """The known findings of a baseline file written by --write-baseline (fingerprint -> count)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file not found (create it with --write-baseline {path})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the baseline: {exc.__class__.__name__}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: baseline is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not an mtaudit baseline (expected an object with a 'findings' list)")
    version = data.get("mtaudit_baseline")
    if version != BASELINE_VERSION:
        raise ConfigError(f"{path}: unsupported baseline version {version!r} (this mtaudit reads {BASELINE_VERSION})")
    out: dict[str, int] = {}
    ids_by_file: dict[str, str] = {}
    for i, item in enumerate(data["findings"]):
        fp = item.get("fingerprint") if isinstance(item, dict) else None
        if not isinstance(fp, str) or not fp:
            raise ConfigError(f"{path}: findings[{i}] has no 'fingerprint'")
        count = item.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ConfigError(f"{path}: findings[{i}] has a 'count' that is not a positive whole number")
        out[fp] = out.get(fp, 0) + count
        if isinstance(item.get("file"), str) and isinstance(item.get("document"), str):
            ids_by_file[item["file"]] = item["document"]  # older baselines have no "file": ids only
    from ..report.common import Baseline

    return Baseline(out, ids_by_file)


def baseline_json(result) -> str:
    """Current findings (not the suppressed ones) as a baseline: one entry per fingerprint, sorted."""
    entries: dict[str, dict] = {}
    for dr in result.documents:
        for f in dr.findings:
            fp = f.fingerprint(dr.document.id)
            e = entries.get(fp)
            if e is None:
                entries[fp] = {
                    "fingerprint": fp,
                    "document": dr.document.id,
                    "file": dr.document.path,
                    "rule_id": f.rule_id,
                    "severity": f.severity.value,
                    "message": f.message,
                    "count": 1,
                }
            else:
                e["count"] += 1
    items = sorted(entries.values(), key=lambda e: (e["document"], e["rule_id"], e["fingerprint"]))
    data = {"mtaudit_baseline": BASELINE_VERSION, "signature": result.signature, "findings": items}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def new_findings(result, fail_on, baseline: Baseline | None):
    """(document result, finding) at or above fail_on that the baseline (resolved against `result`) does not know."""
    out = []
    for dr in result.documents:
        for f in dr.findings:
            if f.severity.rank >= fail_on.rank and (baseline is None or not baseline.is_known(f, dr.document.id)):
                out.append((dr, f))
    return out


def exit_code(result, fail_on, baseline: Baseline | None) -> int:
    if result.errors or not result.documents:
        return 2
    return 1 if new_findings(result, fail_on, baseline) else 0


# ---------------------------------------------------------------- command


def register(app: typer.Typer) -> None:
    @app.command()
    def check(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders to check.", show_default=False)],
        fail_on: Annotated[str, typer.Option("--fail-on", help="Fail (exit 1) on new findings at or above: error, warning or info.")] = "error",
        baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Known findings (from --write-baseline): only new ones fail.")] = None,
        write_baseline: Annotated[Optional[Path], typer.Option("--write-baseline", help="Record the current findings' fingerprints in FILE (JSON).")] = None,
        formats: Annotated[
            Optional[list[str]],
            typer.Option("--format", "-f", help="text, github, sarif, junit, json, jsonl, csv, html; repeatable or comma-separated. Default: text."),
        ] = None,
        out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the formats as files into this folder instead of stdout.")] = None,
        encoder: EncoderOpt = "usem3",
        rules: RulesOpt = None,
        review: Annotated[Optional[Path], typer.Option("--review", help="Decisions file from `mtaudit review`: dismissed findings do not fail.")] = None,
        jobs: JobsOpt = 1,
        executor: ExecutorOpt = "local",
        scheduler: SchedulerOpt = None,
        cache_dir: CacheDirOpt = None,
        no_cache: NoCacheOpt = False,
        qe: QeOpt = None,
        pivot: PivotOpt = None,
        allow_one_sided: Annotated[bool, typer.Option("--allow-one-sided", help="A document with no English or no Korean (a page saved with one side) is listed but does not fail the check.")] = False,
    ) -> None:
        """CI gate: exit 0 when nothing at or above --fail-on is new, 1 when something is, 2 when the input cannot be used."""
        from ..pipeline import AuditConfig
        from ..report import FILE_NAMES, FORMATTERS, Format, ReportOptions, parse_formats, write_reports
        from ..types import Severity

        try:
            threshold = Severity.parse(fail_on)
        except ValueError as exc:
            raise ConfigError(f"--fail-on: {exc}") from None
        chosen = parse_formats(formats, default=(Format.TEXT,))
        if Format.HTML in chosen and out is None:
            raise ConfigError("--format html writes several files: give --out DIR")
        if out is None and len([f for f in chosen if f is not Format.TEXT]) > 1:
            raise ConfigError("several machine-readable formats on stdout cannot be told apart: give --out DIR")
        if out is not None:
            check_output_location(out, paths)
        if write_baseline is not None:
            check_output_location(write_baseline, paths, "--write-baseline", is_folder=False)
        known = read_baseline(baseline) if baseline is not None else None
        from ..review.decisions import resolve_decisions_path

        decisions = resolve_decisions_path(review, paths)
        config = AuditConfig(
            encoder=encoder, rules=tuple(str(r) for r in rules or ()), review=str(decisions) if decisions else None, qe=qe, pivot=pivot
        )
        result, docs = run_with_progress([str(p) for p in paths], config, scale=scale_options(jobs, False, executor, scheduler, cache_dir, no_cache))
        if known is not None:
            known.resolve(result)
        options = ReportOptions(fail_on=threshold, baseline=known, rules=docs, base_dir=".")
        if write_baseline is not None:
            try:
                write_baseline.parent.mkdir(parents=True, exist_ok=True)
                write_baseline.write_text(baseline_json(result), encoding="utf-8")
            except OSError as exc:
                raise ConfigError(f"cannot write the baseline {write_baseline}: {exc.strerror or exc}") from None
        if out is not None:
            write_reports(result, str(out), chosen, options)
            if Format.GITHUB in chosen:  # on stdout too: that is where the Actions runner reads them
                typer.echo(FORMATTERS[Format.GITHUB](result, options), nl=False)
            print_summary(result, options)
            typer.echo(f"reports: {', '.join(str(out / FILE_NAMES[f]) for f in chosen)}")
        else:
            for fmt in chosen:
                if fmt is Format.TEXT:
                    print_summary(result, options)
                else:
                    typer.echo(FORMATTERS[fmt](result, options), nl=False)
        for e in result.errors:
            typer.echo(f"mtaudit: error: {e}", err=True)
        if write_baseline is not None:  # what was just recorded is the baseline now: only input errors fail
            known = read_baseline(write_baseline).resolve(result)
        code = exit_code(result, threshold, known)
        fresh = new_findings(result, threshold, known)
        # a document with one side missing has nothing to check as a translation: not a pass
        one_sided = [dr for dr in result.documents if not dr.document.ko or not dr.document.en]
        for dr in one_sided:
            side = "English translation" if not dr.document.en else "Korean source"
            where = dr.document.path or dr.document.id
            if allow_one_sided:
                typer.echo(f"mtaudit: note: {where}: no {side} found; not checked as a translation (--allow-one-sided)", err=True)
            else:
                typer.echo(f"mtaudit: error: {where}: no {side} found; it cannot be checked as a translation "
                           "(--allow-one-sided lets such pages through)", err=True)
        if one_sided and not allow_one_sided:
            code = 2
        what = "new " if known is not None else ""
        if code == 2 and not result.errors and not result.documents:
            typer.echo("mtaudit: error: no document could be checked", err=True)
        elif code == 2:  # the verdict on what could be checked, so a CI log tells "inputs broken" from "and new errors"
            verdict = f"{len(fresh)} {what}finding(s)" if fresh else f"no {what}finding"
            typer.echo(f"mtaudit check: {verdict} at or above {threshold.value} in the documents that could be checked; "
                       "exit 2 for the inputs above", err=True)
        elif code == 1:
            typer.echo(f"mtaudit check: {len(fresh)} {what}finding(s) at or above {threshold.value}", err=True)
            if known is not None:  # the summary lists the worst of each document; these are what failed the check
                from ..report.common import primary_location

                for dr, f in fresh[:FRESH_SHOWN]:
                    loc = primary_location(dr, f, ".")
                    where = f"{loc.path}:{loc.line}:{loc.col}" if loc.line is not None else loc.path
                    typer.echo(f"  {where}: [{f.severity.value}] {f.rule_id}: {f.message}", err=True)
                if len(fresh) > FRESH_SHOWN:
                    typer.echo(f"  ... and {len(fresh) - FRESH_SHOWN} more (--format json or sarif has them all)", err=True)
        elif code == 0:
            typer.echo(f"mtaudit check: no {what}finding at or above {threshold.value}", err=True)
        if write_baseline is not None:
            typer.echo(f"baseline: {write_baseline}", err=True)
        raise typer.Exit(code)


