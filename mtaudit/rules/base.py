"""The contract every rule meets, whether it comes from a YAML pack or is written in code.

One place holds a rule's id, name, documentation and examples (ruff's habit):
the same text serves `mtaudit rules explain`, the HTML report and SARIF.
Every rule ships examples that must fail and must pass (proselint's habit);
a test runs them all and fails when a rule has none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..types import AlignedPair, Document, Finding, Severity

# The closed set of rule kinds. Pack rules: term, forbidden, consistency. Code rules: the rest.
KINDS = ("term", "forbidden", "consistency", "number", "name", "untranslated", "repetition", "fragment", "punctuation", "omission", "pronoun", "polarity", "role")


@dataclass(frozen=True)
class Example:
    """A small bilingual text: `ko` may be empty (English-only checks), `en` may be empty (omissions)."""

    ko: str = ""
    en: str = ""


@dataclass(frozen=True)
class RuleInfo:
    id: str  # "KO-TERM-001", "MT-NUM-001", "MT-OMIT-001"
    name: str  # short, kebab-case: "secondary-battery", "number-mismatch"
    kind: str  # one of KINDS
    severity: Severity
    message: str  # template, str.format fields documented per kind
    docs: str  # why it is wrong, what to write instead
    fail: tuple[Example, ...] = ()  # examples the rule must flag
    passes: tuple[Example, ...] = ()  # examples the rule must not flag
    pack: str = "builtin"  # where the rule came from (pack name or file)
    tags: tuple[str, ...] = field(default_factory=tuple)
    needs_encoder: bool = False  # the rule says nothing without the sentence encoder (its examples run with it)


@dataclass
class CheckContext:
    """What a code rule may use besides the document and its pairs (filled by the engine)."""

    encoder: object | None = None  # a CachedEncoder or None
    options: dict = field(default_factory=dict)


class CodeRule:
    """Base for rules written in Python. Subclasses set `info` and implement `check`."""

    info: RuleInfo
    # the ctx.options keys check() reads; None: all of them. The persistent findings cache
    # (mtaudit/rulecache.py) keys a rule's stored findings on these options' values.
    reads_options: tuple[str, ...] | None = None

    def check(self, doc: Document, pairs: Sequence[AlignedPair], ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError


CODE_RULES: list[type[CodeRule]] = []


def code_rule(cls: type[CodeRule]) -> type[CodeRule]:
    """Class decorator: register a code rule with the engine."""
    CODE_RULES.append(cls)
    return cls
