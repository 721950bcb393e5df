"""`mtaudit rules list | explain ID | test FILE`: see, understand and test rule packs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .options import RulesOpt


def register(app: typer.Typer) -> None:
    rules_app = typer.Typer(help="List, explain and test rules and rule packs.", no_args_is_help=True, rich_markup_mode=None)

    @rules_app.command("list")
    def list_rules(
        rules: RulesOpt = None,
        kind: Annotated[Optional[str], typer.Option("--kind", help="Only rules of this kind (term, forbidden, number, name, ...).")] = None,
    ) -> None:
        """List every rule: id, severity, kind, name, and where it comes from."""
        from ..rules import load_ruleset

        rs = load_ruleset([str(r) for r in rules or ()])
        kinds = sorted({i.kind for i in rs.infos()})
        if kind is not None and kind not in kinds:
            from ..errors import ConfigError

            raise ConfigError(f"--kind: unknown kind {kind!r} (one of: {', '.join(kinds)})")
        infos = [i for i in rs.infos() if kind is None or i.kind == kind]
        for info in infos:
            typer.echo(f"{info.id:<16} {info.severity.value:<8} {info.kind:<12} {info.name:<36} {info.pack}")
        typer.echo(f"{len(infos)} rules ({rs.signature})")

    @rules_app.command("explain")
    def explain(
        rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. KO-TERM-001 or MT-NUM-001.")],
        rules: RulesOpt = None,
    ) -> None:
        """Show a rule's documentation, what it matches and its examples."""
        from ..errors import ConfigError
        from ..rules import load_ruleset
        from ..rules.pack import ConsistencyRule, ForbiddenRule, TermRule

        rs = load_ruleset([str(r) for r in rules or ()])
        info = rs.find(rule_id) or rs.find(rule_id.upper())
        if info is None:
            raise ConfigError(f"no rule {rule_id!r} (see `mtaudit rules list`)")
        typer.echo(f"{info.id}  {info.name}")
        typer.echo(f"kind: {info.kind}   severity: {info.severity}   from: {info.pack}")
        rule = next((r for r in rs.rules if r.info.id == info.id), None)

        def listing(items) -> str:  # phrases may hold commas ("materials, parts and equipment")
            return " | ".join(items) or "-"
        if isinstance(rule, TermRule):
            typer.echo(f"Korean: {listing(rule.source + tuple(p.pattern for p in rule.source_regex))}")
            typer.echo(f"expected: {listing(rule.expected) or '-'}")
            if rule.accepted:
                typer.echo(f"accepted: {listing(rule.accepted)}")
            if rule.bad:
                typer.echo(f"bad: {listing(rule.bad)}")
            typer.echo(f"when no expected rendering is found: {rule.check_severity}")
        elif isinstance(rule, ForbiddenRule):
            typer.echo(f"phrases: {listing(rule.phrases + tuple(p.pattern for p in rule.phrases_regex))}")
            if rule.suggestion:
                typer.echo(f"suggestion: {rule.suggestion}")
            if rule.unless_ko:
                typer.echo(f"not when the Korean has: {listing(rule.unless_ko)}")
            if rule.when_ko:
                typer.echo(f"only when the Korean has: {listing(rule.when_ko)}")
        elif isinstance(rule, ConsistencyRule):
            typer.echo(f"Korean: {listing(rule.source) or '-'}")
            typer.echo(f"renderings: {listing(rule.renderings)}; expected: {listing(rule.expected) or '-'}")
        typer.echo("")
        typer.echo(info.docs.strip())
        for title, examples in (("Flagged", info.fail), ("Not flagged", info.passes)):
            if examples:
                typer.echo(f"\n{title}:")
                for ex in examples:
                    if ex.ko:
                        typer.echo(f"  ko: {ex.ko}")
                    typer.echo(f"  en: {ex.en}")

    @rules_app.command("test")
    def test(
        files: Annotated[list[Path], typer.Argument(help="Rule packs (YAML, CSV, TBX) whose examples to run.")],
    ) -> None:
        """Run every example of the packs' rules; exit 1 when an example is not handled as it says."""
        from ..rules import RuleSet, run_examples
        from ..rules.pack import lint_pack, load_pack_file

        packs = [load_pack_file(f) for f in files]
        rs = RuleSet.build(packs)
        for pack in packs:
            for warning in lint_pack(pack):
                typer.echo(f"warning: {warning}")
        failed = 0
        total = 0
        for pack in packs:
            for rule in pack.rules:
                for res in run_examples(rs, rule.info.id):
                    total += 1
                    if res.ok:
                        continue
                    failed += 1
                    what = "not flagged" if res.expect == "fail" else "flagged: " + "; ".join(f.message for f in res.findings)
                    typer.echo(f"{pack.path}: rule {rule.info.id}: {res.expect} example {what}: {res.example.en!r}")
        typer.echo(f"{total - failed}/{total} examples behave as documented in {sum(len(p.rules) for p in packs)} rules")
        if failed:
            raise typer.Exit(1)

    app.add_typer(rules_app, name="rules")
