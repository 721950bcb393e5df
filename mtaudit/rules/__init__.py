"""The rule set: packs of term, forbidden and consistency rules, and the built-in code checks.

Entry points the pipeline uses:
    load_ruleset(extra: list[str]) -> RuleSet   (RuleSet.signature: "ko-industry@1a2b3c4d+mypack@...+code@...")
    check(doc, pairs, ruleset, ctx=None) -> list[Finding]
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Sequence

from ..types import AlignedPair, Document, Finding
from .base import CODE_RULES, CheckContext, CodeRule, Example, RuleInfo, code_rule
from .engine import PACK_RULES, RuleSet, StoredFindings, check_document, code_rule_instances, example_document, fill_stored, rule_context, run_examples
from .pack import Pack, builtin_pack_files, load_pack_bytes, load_pack_file

# Modules holding @code_rule classes; importing them registers the rules.
_CODE_RULE_MODULES = ("numbers", "names", "surface", "omission", "polarity", "roles")


def _register_code_rules() -> None:
    for name in _CODE_RULE_MODULES:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise


_register_code_rules()


def builtin_packs() -> list[Pack]:
    return [load_pack_bytes(data, shown, suffix=Path(shown).suffix.lower()) for shown, data in builtin_pack_files()]


def load_ruleset(extra: Sequence[str] | None = None, builtin: bool = True, code: bool = True) -> RuleSet:
    """Built-in packs (mtaudit/packs/*.yaml) + extra packs (YAML, CSV/TSV glossary, TBX) + the code rules.

    Raises ConfigError with a one-line message naming the file, the rule and the field.
    """
    packs = builtin_packs() if builtin else []
    for path in extra or ():
        packs.append(load_pack_file(path))
    names: dict[str, str] = {}
    for p in packs:
        if p.name in names:
            from ..errors import ConfigError

            raise ConfigError(f"{p.path}: pack name '{p.name}' is already used by {names[p.name]}")
        names[p.name] = p.path
    return RuleSet.build(packs, code_rule_instances() if code else [])


def check(doc: Document, pairs: Sequence[AlignedPair], ruleset: RuleSet, ctx: CheckContext | None = None,
          stored: StoredFindings | None = None) -> list[Finding]:
    """Every pack rule and every code rule on one aligned document (findings of an earlier run in `stored`)."""
    return check_document(doc, pairs, ruleset, ctx, stored)


__all__ = [
    "RuleSet",
    "load_ruleset",
    "check",
    "StoredFindings",
    "fill_stored",
    "PACK_RULES",
    "rule_context",
    "CheckContext",
    "CodeRule",
    "CODE_RULES",
    "Example",
    "RuleInfo",
    "code_rule",
    "run_examples",
    "example_document",
]
