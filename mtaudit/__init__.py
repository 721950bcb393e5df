"""mtaudit: audit Korean -> English machine translations.

    from mtaudit import audit
    result = audit(["pairs/"])          # an AuditResult
    for doc in result.documents:
        print(doc.document.id, doc.counts())

Heavy dependencies (the encoder, kiwipiepy, transformers) load only when used.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "audit"]


def audit(paths, **options):
    """Audit files or folders and return an `AuditResult` (see `mtaudit.pipeline.AuditConfig`)."""
    from .pipeline import AuditConfig, run_audit

    return run_audit(paths, AuditConfig(**options))
