"""Anchor coverage: the share of numbers, Latin tokens and romanised names kept on both sides.

Anchors are the things a translation must carry over unchanged (in value):
numbers (16명 -> "16 people", 4대 -> "four major", 1172억 원 -> "117.2 billion
won", 2산단 -> "2nd"), Latin tokens inside the Korean (LG, SK, R&D) and Korean
names in romanised form. The shared `mtaudit.anchors` module does the
extraction (names resolved across the document); the small extractor below
(numbers and Latin tokens only) is the fallback when that module is absent.

- Korean anchors count when found in the English;
- English numbers written in digits count when their value occurs in the Korean
  (an English number with no Korean source is an addition worth seeing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from .base import Scorer, ScoringContext

_NUM = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_KO_SCALE = {"만": 1e4, "억": 1e8, "조": 1e12}
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_EN_WORDS.update({w: i + 1 for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split())})
_EN_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12})
_EN_WORD_RE = re.compile(r"\b(" + "|".join(sorted(_EN_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[&.\-+][A-Za-z0-9]+)*")


@dataclass(frozen=True)
class Anchor:
    kind: str  # "number" | "latin"
    text: str  # as written
    values: frozenset  # numbers: acceptable numeric values; others: lowercase forms


def _value(int_part: str, frac: str | None) -> float:
    return float(int_part.replace(",", "") + ("." + frac if frac else ""))


def korean_numbers(text: str) -> list[Anchor]:
    out = []
    for m in _NUM.finditer(text):
        v = _value(m.group(1), m.group(2))
        values = {v}
        rest = text[m.end() : m.end() + 2]
        scale = 1.0
        for ch in rest:  # 1,172억, 20조, 3만
            if ch in _KO_SCALE:
                scale *= _KO_SCALE[ch]
            else:
                break
        if scale != 1.0:
            values.add(v * scale)
        out.append(Anchor("number", m.group(0), frozenset(values)))
    return out


def english_number_values(text: str) -> set[float]:
    """Every numeric value the English expresses: digits (with million/billion), 1st/23rd, number words."""
    values: set[float] = set()
    for m in _NUM.finditer(text):
        v = _value(m.group(1), m.group(2))
        values.add(v)
        tail = text[m.end() : m.end() + 12].lower()
        for word, scale in _EN_SCALE.items():
            if tail.lstrip().startswith(word):
                values.add(v * scale)
    for m in _EN_WORD_RE.finditer(text):
        values.add(float(_EN_WORDS[m.group(1).lower()]))
    return values


def english_numbers(text: str) -> list[Anchor]:
    out = []
    for m in _NUM.finditer(text):
        v = _value(m.group(1), m.group(2))
        values = {v}
        tail = text[m.end() : m.end() + 12].lower().lstrip()
        for word, scale in _EN_SCALE.items():
            if tail.startswith(word):
                values.add(v * scale)
        out.append(Anchor("number", m.group(0), frozenset(values)))
    return out


def latin_tokens(korean: str) -> list[Anchor]:
    seen, out = set(), []
    for m in _LATIN.finditer(korean):
        tok = m.group(0)
        if tok.lower() not in seen:
            seen.add(tok.lower())
            out.append(Anchor("latin", tok, frozenset({tok.lower()})))
    return out


def _distinct(anchors: list[Anchor]) -> list[Anchor]:
    seen, out = set(), []
    for a in anchors:
        key = (a.kind, a.values)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def coverage(ko: str, en: str) -> tuple[int, int, list[Anchor]]:
    """(anchors found on both sides, anchors in total, the missing ones)."""
    ko_anchors = _distinct(korean_numbers(ko) + latin_tokens(ko))
    en_values = english_number_values(en)
    en_lower = en.lower()
    en_tokens = {t.lower() for t in _LATIN.findall(en)}
    found, missing = 0, []
    for a in ko_anchors:
        if a.kind == "number":
            ok = bool(a.values & en_values)
        else:
            ok = a.text.lower() in en_tokens or (not a.text.isalpha() and a.text.lower() in en_lower)
        found += ok
        if not ok:
            missing.append(a)
    ko_values = set().union(*(a.values for a in korean_numbers(ko))) if ko else set()
    en_anchors = _distinct(english_numbers(en))
    for a in en_anchors:
        ok = bool(a.values & ko_values)
        found += ok
        if not ok:
            missing.append(a)
    return found, len(ko_anchors) + len(en_anchors), missing


def pair_counts(views) -> list[dict[str, float]]:
    """Anchor counts per pair: the shared `mtaudit.anchors` (numbers, Latin tokens, names resolved
    across the document) when present, else this module's numbers + Latin tokens."""
    todo = [i for i, v in enumerate(views) if v.ko.strip() and v.en.strip()]
    out: list[dict[str, float]] = [{} for _ in views]
    try:
        from ..anchors import DocumentAnchors, compare as compare_anchors
    except ImportError:
        DocumentAnchors = None
    if DocumentAnchors is not None:
        da = DocumentAnchors.build([views[i].ko for i in todo], [views[i].en for i in todo])
        for row, i in enumerate(todo):
            c = compare_anchors(da.ko[row], da.en[row])
            total = c.matched + c.missing + c.extra
            out[i] = {"anchors": float(total), "anchors_missing": float(c.missing + c.extra)}
            if total:
                out[i]["anchor_cov"] = round(c.matched / total, 4)
                out[i]["numbers_missing"] = float(c.numbers_missing)
                out[i]["names_missing"] = float(c.names_missing)
        return out
    for i in todo:
        found, total, _ = coverage(views[i].ko, views[i].en)
        out[i] = {"anchors": float(total), "anchors_missing": float(total - found)}
        if total:
            out[i]["anchor_cov"] = round(found / total, 4)
    return out


class AnchorCoverage(Scorer):
    """Pair keys: `anchors` (count), `anchors_missing` (count), `anchor_cov` (0..1, absent when no anchors)."""

    name = "anchor"

    def pair_scores(self, ctx: ScoringContext) -> list[dict[str, float]]:
        return pair_counts(ctx.views)

    def doc_scores(self, ctx: ScoringContext, per_pair: Sequence[Mapping[str, float]]) -> dict[str, float]:
        total = sum(p.get("anchors", 0.0) for p in per_pair)
        if not total:
            return {}
        missing = sum(p.get("anchors_missing", 0.0) for p in per_pair)
        return {"anchor_cov": round((total - missing) / total, 4), "anchors_missing": missing}
