"""Shared by the blind-round rule tests: the code rules alone, and the findings of one rule (or a family) on one
Korean sentence and its English."""

from mtaudit.rules import check, load_ruleset
from mtaudit.rules.base import Example
from mtaudit.rules.engine import example_document


def code_rules():
    return load_ruleset([], builtin=False)


def findings(rs, ko, en, prefix):
    doc, pairs = example_document(Example(ko=ko, en=en))
    return [f for f in check(doc, pairs, rs) if f.rule_id.startswith(prefix)]
