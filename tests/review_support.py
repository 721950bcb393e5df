"""Helpers for the review/terms/fix tests: a small stand-in term rule over the real seed articles.

It plays the part of a glossary term rule (Korean term present in the article + a known-bad
English rendering in a sentence -> a finding carrying source_term, rendering, spans and
suggestion), so the review machinery can be tested on real text whatever the rules engine
currently ships.
"""

from __future__ import annotations

import re
from pathlib import Path

from mtaudit.types import AuditResult, Finding, Severity, Span

PAIRS = Path(__file__).resolve().parent.parent / "pairs"

# Korean term -> (bad renderings, expected); from /work/shared/seed-review.md
TERMS = {
    "소부장": (["small manager", "division manager"], "materials, parts and equipment"),
    "미래먹거리": (["future food"], "future growth engine"),
    "정주여건": (["settlement conditions"], "living conditions"),
}


def term_findings(doc, pairs) -> list[Finding]:
    pair_of_en = {i: p.index for p in pairs for i in p.en}
    out = []
    ko_all = " ".join(s.text for s in doc.ko)
    for term, (bads, expected) in TERMS.items():
        if term not in ko_all:
            continue
        ko_seg = next(s for s in doc.ko if term in s.text)
        k = doc.files[ko_seg.span.file].text.find(term, ko_seg.span.start)
        for seg in doc.en:
            text = doc.files[seg.span.file].text
            for bad in bads:
                pattern = re.compile(r"\b" + re.escape(bad).replace(r"\ ", r"[\s\-]") + r"(?:s|'s)?\b", re.I)
                for m in pattern.finditer(text, seg.span.start, seg.span.end):
                    out.append(
                        Finding(
                            rule_id="TEST-TERM-001",
                            severity=Severity.ERROR,
                            message=f"{term} rendered as '{m.group(0)}'",
                            pair=pair_of_en.get(seg.index),
                            ko_spans=(Span(ko_seg.span.file, k, k + len(term)),),
                            en_spans=(Span(seg.span.file, m.start(), m.start() + len(bad)),),
                            suggestion=expected,
                            source_term=term,
                            rendering=bad,
                        )
                    )
    return out


def audit_with_stand_in_rule(paths, review=None) -> AuditResult:
    """Run the real pipeline (reader, aligner, decisions) with the stand-in term rule."""
    from unittest import mock

    from mtaudit import rules
    from mtaudit.pipeline import AuditConfig, run_audit

    with mock.patch.object(rules, "check", lambda doc, pairs, *rest: term_findings(doc, pairs)):
        return run_audit([str(p) for p in paths], AuditConfig(encoder="none", review=str(review) if review else None))
