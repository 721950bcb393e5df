"""Feed decisions back into an audit.

- dismissed  -> the finding moves to `DocumentResult.suppressed` (still counted and listed)
- confirmed  -> with a correction, the correction becomes the finding's suggestion
- rule       -> the rendering is promoted to a term rule (a generated `kind: term` pack the
                rules loader reads like any `--rules` pack); matching findings get the correction
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from ..types import Finding, normalise_term
from .decisions import Decision, Decisions

PROMOTED_PACK = "review-promoted"


def apply_decisions(findings: Iterable[Finding], document_id: str, decisions: Decisions | None) -> tuple[list[Finding], list[Finding]]:
    """Split findings into (kept, suppressed) by the reviewer's decisions."""
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        d = decisions.lookup(f, document_id) if decisions is not None else None
        if d is None:
            kept.append(f)
        elif d.decision == "dismissed":
            suppressed.append(f)
        elif d.correction:
            kept.append(replace(f, suggestion=d.correction))
        else:
            kept.append(f)
    return kept, suppressed


def confirmed_correction(decisions: Decisions | None, finding: Finding, document_id: str) -> str | None:
    """The corrected English a reviewer confirmed for this finding, if any."""
    if decisions is None:
        return None
    d = decisions.lookup(finding, document_id)
    if d is not None and d.decision in ("confirmed", "rule") and d.correction:
        return d.correction
    return None


def _rule_id(term: str) -> str:
    # stable per Korean term, whatever else is promoted; 4 digits keep clear of the built-in 3-digit ids
    n = int(hashlib.sha256(normalise_term(term).encode("utf-8")).hexdigest(), 16) % 9000 + 1000
    return f"KO-TERM-{n}"


def promoted_pack(decisions: Decisions | None) -> dict | None:
    """The promoted renderings as a rule pack (pack schema: /work/pack-schema.md), one rule per Korean term."""
    if decisions is None or not decisions.promoted:
        return None
    by_term: dict[str, list[Decision]] = {}
    for d in decisions.promoted:
        by_term.setdefault(normalise_term(d.term or ""), []).append(d)
    rules = []
    used: set[str] = set()
    for key in sorted(by_term):
        group = by_term[key]
        term = group[0].term or key
        rid = _rule_id(term)
        while rid in used:  # a hash clash between two promoted terms
            rid = f"KO-TERM-{int(rid.rsplit('-', 1)[1]) % 9000 + 1001}"
        used.add(rid)
        expected: list[str] = []
        bad: list[str] = []
        for d in group:
            if d.correction and d.correction not in expected:
                expected.append(d.correction)
            if d.rendering and d.rendering not in bad:
                bad.append(d.rendering)
        bad = [b for b in bad if normalise_term(b) not in {normalise_term(e) for e in expected}]
        fails = []
        passes = []
        for d in group:
            ko, en = d.example if d.example else ("", "")
            if ko and en and d.rendering and d.rendering.casefold() in en.casefold():
                fails.append({"ko": ko, "en": en})
                passes.append({"ko": ko, "en": _replace_ci(en, d.rendering, d.correction or expected[0])})
        if not fails:  # no sentence recorded: a minimal bilingual example
            fails.append({"ko": f"{term}.", "en": f"{bad[0] if bad else group[0].rendering}."})
            passes.append({"ko": f"{term}.", "en": f"{expected[0]}."})
        reasons = "; ".join(sorted({d.reason or d.note for d in group if d.reason or d.note}))
        where = ", ".join(f"line {d.line}" for d in group if d.line) or "the review app"
        docs = (
            f"Promoted by a reviewer ({decisions.path}, {where}): {term} was rendered as "
            + ", ".join(f"'{b}'" for b in bad)
            + f"; write '{expected[0]}'."
            + (f" Reviewer's note: {reasons}" if reasons else "")
        )
        rules.append(
            {
                "id": rid,
                "kind": "term",
                "name": f"promoted-{rid.rsplit('-', 1)[1]}",
                "severity": "error",
                "source": [term],
                "expected": expected,
                "bad": bad,
                "docs": docs,
                "examples": {"fail": fails, "pass": passes},
            }
        )
    return {
        "pack": PROMOTED_PACK,
        "version": 1,
        "description": f"Term rules promoted in review ({decisions.path.name})",
        "rules": rules,
    }


def _replace_ci(text: str, old: str, new: str) -> str:
    i = text.casefold().find(old.casefold())
    return text if i < 0 else text[:i] + new + text[i + len(old) :]


def dump_pack(pack: dict) -> str:
    import yaml

    return yaml.safe_dump(pack, allow_unicode=True, sort_keys=False, width=1000)


@contextlib.contextmanager
def promoted_rules(decisions: Decisions | None) -> Iterator[list[str]]:
    """Paths of a temporary pack file holding the promoted rules (empty when nothing is promoted).

    Written to a private temp folder (never next to the inputs) and removed after loading.
    """
    pack = promoted_pack(decisions)
    if pack is None:
        yield []
        return
    with tempfile.TemporaryDirectory(prefix="mtaudit-promoted-") as tmp:
        path = Path(tmp) / f"{PROMOTED_PACK}.yaml"
        path.write_text(dump_pack(pack), encoding="utf-8")
        yield [str(path)]
