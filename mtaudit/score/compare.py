"""Two translations of the same Korean source, compared pair by pair.

`compare_translations(source, a, b, ref=None, config)` audits A and B against
the same source (same encoder, same rules, same scorers), then lines them up
by Korean segment: a *unit* is the smallest group of Korean segments that both
alignments (and the reference's, when there is one) keep together. For every
unit it reports whether A and B differ, their calibrated similarity and risk,
and the deltas. With a reference it runs sacrebleu's paired significance tests
(paired bootstrap resampling and approximate randomisation) over the units;
per-rule finding counts are compared always.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..errors import InputError
from ..types import AlignedPair, Document, DocumentResult, Lang, Segment, SourceFile


@dataclass(frozen=True)
class UnitRow:
    index: int
    ko: tuple[int, ...]
    ko_text: str
    a_text: str
    b_text: str
    ref_text: str = ""
    differs: bool = False
    a: dict = field(default_factory=dict)  # "sim", "risk", (+ "bleu", "chrf" with a reference)
    b: dict = field(default_factory=dict)
    a_rules: tuple[str, ...] = ()
    b_rules: tuple[str, ...] = ()

    def delta(self, key: str) -> float | None:
        if key in self.a and key in self.b:
            return self.b[key] - self.a[key]
        return None


@dataclass(frozen=True)
class SignificanceResult:
    metric: str  # "BLEU", "chrF2"
    a_score: float
    b_score: float
    p_bootstrap: float
    p_randomization: float
    b_mean: float | None  # bootstrap mean of B and its 95% CI half-width
    b_ci: float | None
    signature_bootstrap: str
    signature_randomization: str


@dataclass(frozen=True)
class Comparison:
    source: str
    a: DocumentResult
    b: DocumentResult
    rows: tuple[UnitRow, ...]
    rule_deltas: tuple[tuple[str, int, int], ...]  # (rule id, findings in A, findings in B), only where they differ
    significance: tuple[SignificanceResult, ...] = ()
    signature: str = ""

    @property
    def changed(self) -> int:
        return sum(1 for r in self.rows if r.differs)


def read_text(path: str, what: str) -> SourceFile:
    """One file decoded as `audit` decodes it (UTF-8/16/32 with or without BOM, CP949, ...; size, binary and empty checks)."""
    from ..io.decode import load_text

    if not Path(path).is_file():
        raise InputError(path, f"{what}: no such file")
    try:
        text, encoding = load_text(str(path))
    except InputError as exc:
        raise InputError(path, f"{what}: {exc.problem}") from None
    return SourceFile(path=str(path), text=text, encoding=encoding)


def _segments(text: str, lang: Lang, file: int) -> tuple[Segment, ...]:
    try:
        from ..segment import split
    except ImportError:  # the shared segmenter is missing: one segment per non-empty line
        split = None
    if split is not None:
        return tuple(split(text, Lang.KO if lang is Lang.KO else Lang.EN, file=file))
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            out.append(Segment(len(out), lang, " ".join(line.split()), _span(file, start, pos + len(line.rstrip()))))
        pos += len(line)
    return tuple(out)


def _span(file, a, b):
    from ..types import Span

    return Span(file, a, b)


def build_document(doc_id: str, source: SourceFile, english: SourceFile, ref: SourceFile | None = None) -> Document:
    files = (source, english) + ((ref,) if ref else ())
    ref_segs = ()
    if ref is not None:
        ref_segs = tuple(dataclasses.replace(s, lang=Lang.REF) for s in _segments(ref.text, Lang.EN, 2))
    return Document(
        id=doc_id,
        files=files,
        ko=_segments(source.text, Lang.KO, 0),
        en=_segments(english.text, Lang.EN, 1),
        ref=ref_segs,
        input_format="pair-files",
    )


class _Groups:
    """Union-find over Korean segment indices."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, idx: Sequence[int]) -> None:
        idx = list(idx)
        for j in idx[1:]:
            a, b = self.find(idx[0]), self.find(j)
            if a != b:
                self.parent[max(a, b)] = min(a, b)


def _unit_of_pairs(pairs: Sequence[AlignedPair], groups: _Groups, n_ko: int) -> dict[int, list[int]]:
    """unit root -> English segment indices; English without Korean joins the preceding Korean unit."""
    out: dict[int, list[int]] = {}
    last = 0
    for p in sorted(pairs, key=lambda p: p.index):
        if p.ko:
            last = p.ko[0]
        if not p.en or n_ko == 0:
            continue
        root = groups.find(last)
        out.setdefault(root, []).extend(p.en)
    return out


def compare_translations(source: str, a: str, b: str, ref: str | None = None, config=None, *, n_bootstrap: int = 1000) -> Comparison:
    from ..align import align
    from ..pipeline import AuditConfig, Auditor
    from .embed import embed
    from .calibration import similarity_calibration

    config = config or AuditConfig()
    src = read_text(source, "source")
    fa = read_text(a, "translation A")
    fb = read_text(b, "translation B")
    fr = read_text(ref, "reference") if ref else None
    stem = Path(source).name.split(".")[0]
    auditor = Auditor(config)
    doc_a = build_document(stem, src, fa, fr)
    doc_b = build_document(stem, src, fb, fr)
    if not doc_a.ko or not any("\uac00" <= ch <= "\ud7a3" for ch in src.text):
        raise InputError(source, "source: no Korean text found (give the Korean original with --source)")
    res_a = auditor.audit_document(doc_a)
    res_b = auditor.audit_document(doc_b)

    n = len(doc_a.ko)
    groups = _Groups(n)
    for res in (res_a, res_b):
        for p in res.pairs:
            if p.ko:
                groups.join(p.ko)
    ref_doc = None
    ref_pairs: list[AlignedPair] = []
    if fr is not None:  # the reference is English: align it to the Korean like a third translation
        ref_doc = dataclasses.replace(doc_a, en=tuple(dataclasses.replace(s, lang=Lang.EN) for s in doc_a.ref), ref=())
        ref_pairs = align(ref_doc, auditor.encoder)
        for p in ref_pairs:
            if p.ko:
                groups.join(p.ko)

    en_a = _unit_of_pairs(res_a.pairs, groups, n)
    en_b = _unit_of_pairs(res_b.pairs, groups, n)
    en_r = _unit_of_pairs(ref_pairs, groups, n) if ref_doc is not None else {}
    roots = sorted({groups.find(i) for i in range(n)})
    members = {r: [i for i in range(n) if groups.find(i) == r] for r in roots}

    def unit_of(res: DocumentResult) -> dict[int, int]:
        """pair index -> unit; English without Korean belongs to the preceding Korean unit."""
        out, last = {}, 0
        for p in sorted(res.pairs, key=lambda p: p.index):
            if p.ko:
                last = p.ko[0]
            if n:
                out[p.index] = groups.find(last)
        return out

    def risks(res: DocumentResult) -> dict[int, float]:
        units = unit_of(res)
        out: dict[int, float] = {}
        for p in res.pairs:
            u = units.get(p.index)
            if u is not None:
                out[u] = max(out.get(u, 0.0), p.scores.get("risk", 0.0))
        return out

    def rules_by_unit(res: DocumentResult) -> dict[int, list[str]]:
        units = unit_of(res)
        out: dict[int, list[str]] = {}
        for f in res.findings:
            u = units.get(f.pair) if f.pair is not None else None
            if u is not None:
                out.setdefault(u, []).append(f.rule_id)
        return out

    risk_a, risk_b = risks(res_a), risks(res_b)
    rules_a, rules_b = rules_by_unit(res_a), rules_by_unit(res_b)
    rows = []
    for k, root in enumerate(roots):
        ko_text = " ".join(doc_a.ko[i].text for i in members[root])
        ta = " ".join(doc_a.en[i].text for i in sorted(set(en_a.get(root, []))))
        tb = " ".join(doc_b.en[i].text for i in sorted(set(en_b.get(root, []))))
        tr = " ".join(ref_doc.en[i].text for i in sorted(set(en_r.get(root, [])))) if ref_doc is not None else ""
        sa = {"risk": risk_a.get(root, 0.0)}
        sb = {"risk": risk_b.get(root, 0.0)}
        rows.append(
            UnitRow(
                index=k,
                ko=tuple(members[root]),
                ko_text=ko_text,
                a_text=ta,
                b_text=tb,
                ref_text=tr,
                differs=" ".join(ta.split()) != " ".join(tb.split()),
                a=sa,
                b=sb,
                a_rules=tuple(sorted(rules_a.get(root, []))),
                b_rules=tuple(sorted(rules_b.get(root, []))),
            )
        )

    if auditor.encoder is not None:  # similarity of each unit's Korean with each side's English
        cal = similarity_calibration(auditor.encoder)
        for row in rows:
            for text, scores in ((row.a_text, row.a), (row.b_text, row.b)):
                if text.strip():
                    v = embed(auditor.encoder, [row.ko_text, text])
                    scores["sim"] = round(cal.calibrate(float(v[0] @ v[1])), 4)
    significance: tuple[SignificanceResult, ...] = ()
    if ref_doc is not None:
        from sacrebleu.metrics import BLEU, CHRF

        sbleu, chrf = BLEU(effective_order=True), CHRF()
        for row in rows:
            if row.ref_text:
                for text, scores in ((row.a_text, row.a), (row.b_text, row.b)):
                    scores["bleu"] = sbleu.sentence_score(text, [row.ref_text]).score
                    scores["chrf"] = chrf.sentence_score(text, [row.ref_text]).score
        units = [r for r in rows if r.ref_text or r.a_text or r.b_text]
        if units:
            significance = paired_significance(
                [r.a_text for r in units], [r.b_text for r in units], [r.ref_text for r in units], n_bootstrap=n_bootstrap
            )

    count_a: dict[str, int] = {}
    count_b: dict[str, int] = {}
    for f in res_a.findings:
        count_a[f.rule_id] = count_a.get(f.rule_id, 0) + 1
    for f in res_b.findings:
        count_b[f.rule_id] = count_b.get(f.rule_id, 0) + 1
    deltas = tuple(
        (rid, count_a.get(rid, 0), count_b.get(rid, 0))
        for rid in sorted(set(count_a) | set(count_b))
        if count_a.get(rid, 0) != count_b.get(rid, 0)
    )
    return Comparison(
        source=source,
        a=res_a,
        b=res_b,
        rows=tuple(rows),
        rule_deltas=deltas,
        significance=significance,
        signature=auditor.signature,
    )


def word_changes(a: str, b: str, limit: int = 6) -> str:
    """What B changed in A, word by word: '-future food source +future growth engine'."""
    import difflib

    wa, wb = a.split(), b.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            parts.append("-" + " ".join(wa[i1:i2]))
        if op in ("insert", "replace"):
            parts.append("+" + " ".join(wb[j1:j2]))
    more = f" (+{len(parts) - limit} more)" if len(parts) > limit else ""
    return "  ".join(parts[:limit]) + more


def paired_significance(hyps_a: Sequence[str], hyps_b: Sequence[str], refs: Sequence[str], *, n_bootstrap: int = 1000):
    """sacrebleu's paired bootstrap resampling and approximate randomisation: is B different from A (the baseline)?"""
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.significance import PairedTest

    systems = [("A", list(hyps_a)), ("B", list(hyps_b))]
    out = []
    sig_bs, res_bs = PairedTest(systems, {"BLEU": BLEU(), "chrF2": CHRF()}, [list(refs)], test_type="bs", n_samples=n_bootstrap)()
    sig_ar, res_ar = PairedTest(systems, {"BLEU": BLEU(), "chrF2": CHRF()}, [list(refs)], test_type="ar")()
    for metric in ("BLEU", "chrF2"):
        a_bs, b_bs = res_bs[metric]
        _, b_ar = res_ar[metric]
        out.append(
            SignificanceResult(
                metric=metric,
                a_score=float(a_bs.score),
                b_score=float(b_bs.score),
                p_bootstrap=float(b_bs.p_value),
                p_randomization=float(b_ar.p_value),
                b_mean=None if b_bs.mean is None else float(b_bs.mean),
                b_ci=None if b_bs.ci is None else float(b_bs.ci),
                signature_bootstrap=str(sig_bs[metric]),
                signature_randomization=str(sig_ar[metric]),
            )
        )
    return tuple(out)


def to_json_dict(c: Comparison) -> dict:
    """Plain data for `mtaudit compare --json`."""
    return {
        "source": c.source,
        "signature": c.signature,
        "a": {"path": c.a.document.files[1].path, "scores": dict(sorted(c.a.scores.items())), "findings": len(c.a.findings)},
        "b": {"path": c.b.document.files[1].path, "scores": dict(sorted(c.b.scores.items())), "findings": len(c.b.findings)},
        "units": len(c.rows),
        "changed": c.changed,
        "rows": [
            {
                "index": r.index,
                "ko": list(r.ko),
                "ko_text": r.ko_text,
                "a_text": r.a_text,
                "b_text": r.b_text,
                "ref_text": r.ref_text,
                "differs": r.differs,
                "changes": word_changes(r.a_text, r.b_text) if r.differs else "",
                "a": r.a,
                "b": r.b,
                "delta": {k: r.delta(k) for k in sorted(set(r.a) & set(r.b))},
                "a_rules": list(r.a_rules),
                "b_rules": list(r.b_rules),
            }
            for r in c.rows
        ],
        "rule_deltas": [{"rule": rid, "a": na, "b": nb, "delta": nb - na} for rid, na, nb in c.rule_deltas],
        "significance": [dataclasses.asdict(s) for s in c.significance],
        "meta": dict(c.a.meta),
    }
