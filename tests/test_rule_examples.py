"""Every rule's examples: each `fail` example is flagged by the rule, each `pass` example is not.

A rule without examples fails here (a rule that silently never fires is the worst bug a checker can have).
"""

import pytest

from mtaudit.rules import load_ruleset, run_examples

RULESET = load_ruleset([])
IDS = [info.id for info in RULESET.infos()]


def test_there_are_rules():
    kinds = {info.kind for info in RULESET.infos()}
    assert {"number", "name", "untranslated", "repetition", "fragment", "punctuation"} <= kinds


@pytest.mark.parametrize("rule_id", IDS)
def test_rule_examples(rule_id):
    info = RULESET.find(rule_id)
    assert info.fail, f"{rule_id} has no example that must be flagged"
    assert info.passes, f"{rule_id} has no example that must pass"
    assert info.docs.strip(), f"{rule_id} has no documentation"
    bad = [r for r in run_examples(RULESET, rule_id) if not r.ok]
    assert not bad, "; ".join(
        f"{r.expect} example {'not flagged' if r.expect == 'fail' else 'flagged'}: ko={r.example.ko!r} en={r.example.en!r} {[f.message for f in r.findings]}"
        for r in bad
    )
