"""Options shared by `mtaudit audit` and `mtaudit check` for large corpora, and the streaming run they share.

A command adds the options to its signature with these Annotated types and calls
`run_corpus(...)`; nothing heavy is imported here (start-up < 0.3 s).

    def audit(..., jobs: JobsOpt = 1, resume: ResumeOpt = False, executor: ExecutorOpt = "local",
              scheduler: SchedulerOpt = None, cache_dir: CacheDirOpt = None, no_cache: NoCacheOpt = False):
        summary = run_corpus(paths, out, config, scale_options(jobs, resume, executor, scheduler, cache_dir, no_cache))
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = one per CPU core).", min=0)]
ResumeOpt = Annotated[bool, typer.Option("--resume", help="Skip documents whose reports are complete and up to date for this run.")]
ExecutorOpt = Annotated[str, typer.Option("--executor", help="local (this machine) or dask (a Dask cluster, see --scheduler).")]
SchedulerOpt = Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address for --executor dask, e.g. tcp://10.0.0.5:8786.")]
CacheDirOpt = Annotated[
    Optional[Path], typer.Option("--cache-dir", help="Embedding cache folder (default: $MTAUDIT_CACHE_DIR, $XDG_CACHE_HOME/mtaudit, ~/.cache/mtaudit).")
]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the persistent embedding cache.")]


def scale_options(jobs: int = 1, resume: bool = False, executor: str = "local", scheduler: str | None = None,
                  cache_dir: Path | None = None, no_cache: bool = False):
    import os

    from ..corpus import ScaleOptions
    from ..errors import ConfigError
    from ..executors import check_scheduler_address, connect_timeout

    if jobs == 0:
        jobs = os.cpu_count() or 1
    executor = executor.strip().lower()
    # the Dask settings are checked here, before any work: a bad address would otherwise surface from inside a Client
    if scheduler is not None and executor == "local":
        raise ConfigError("--scheduler needs --executor dask")
    if executor == "dask":
        if scheduler is not None:
            scheduler = check_scheduler_address(scheduler)
        connect_timeout()
    return ScaleOptions(jobs=jobs, executor=executor, scheduler=scheduler, cache_dir=str(cache_dir) if cache_dir else None,
                        cache=not no_cache, resume=resume)


def run_corpus(paths, out, config, scale, *, formats=None, report_options=None, quiet: bool = False, progress: bool | None = None):
    """Stream the audit into `out`; input errors go to stderr.

    On a terminal: a progress bar while documents are audited, then a table of the riskiest
    documents. Otherwise (CI logs, pipes): one plain line per document.
    """
    import sys

    from ..corpus import audit_to_folder
    from ..types import InputError

    progress = sys.stderr.isatty() if progress is None else progress
    rows = []

    from ..report.common import counted, severity_counts

    def line(item) -> str:
        c = item.counts
        text = f"{item.doc_id}: {counted(item.n_pairs, 'pair')}, {severity_counts(c)}"
        if item.suppressed:
            text += f", {item.suppressed} suppressed by review"
        if item.resumed:
            text += " (resumed: up to date)"
        return text

    def show(item) -> None:
        if isinstance(item, InputError):
            typer.echo(f"mtaudit: error: {item}", err=True)
        elif not quiet:
            rows.append(item)
            if not progress:
                typer.echo(line(item))

    if quiet or not progress:
        return audit_to_folder([str(p) for p in paths], out, config, scale, formats=formats, report_options=report_options, on_item=show)

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .. import io

    units, problems = io.discover([str(p) for p in paths])
    with Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), TextColumn("{task.description}"),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=len(units) + len(problems))

        def tick(item) -> None:
            show(item)
            bar.update(task, advance=1, description=getattr(item, "doc_id", "") or getattr(item, "path", ""))

        summary = audit_to_folder([str(p) for p in paths], out, config, scale, formats=formats, report_options=report_options, on_item=tick)
    print_riskiest(rows)
    return summary


def print_riskiest(rows, limit: int = 15) -> None:
    """A rich table of the documents a reviewer should open first."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Riskiest documents ({min(limit, len(rows))} of {len(rows)})", title_justify="left")
    for col, kw in (("document", {"no_wrap": True, "min_width": 12}), ("risk", {"no_wrap": True, "justify": "right"}), ("errors", {"no_wrap": True, "justify": "right", "style": "red"}),
                    ("warnings", {"no_wrap": True, "justify": "right", "style": "yellow"}), ("info", {"no_wrap": True, "justify": "right"}), ("pairs", {"no_wrap": True, "justify": "right"}),
                    ("ko/en", {"no_wrap": True, "justify": "right"})):
        table.add_column(col, **kw)
    for r in sorted(rows, key=lambda r: (-r.risk, r.doc_id))[:limit]:
        c = r.counts
        table.add_row(r.doc_id, f"{r.risk:.1f}", str(c["error"]), str(c["warning"]), str(c["info"]), str(r.n_pairs),
                      "?" if r.sentences is None else f"{r.sentences[0]}/{r.sentences[1]}")
    Console().print(table)

