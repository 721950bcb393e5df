"""The rule set. PLACEHOLDER (issue 4 replaces it).

Entry points the pipeline uses:
    load_ruleset(extra: list[str]) -> RuleSet   (RuleSet.signature: "name@hash+...")
    check(doc, pairs, ruleset) -> list[Finding]
"""

from __future__ import annotations

from dataclasses import dataclass

from ..types import AlignedPair, Document, Finding


@dataclass(frozen=True)
class RuleSet:
    signature: str = "none"


def load_ruleset(extra: list[str] | None = None) -> RuleSet:
    return RuleSet()


def check(doc: Document, pairs: list[AlignedPair], ruleset: RuleSet) -> list[Finding]:
    return []
