"""Output formatters. PLACEHOLDER (issue 6 replaces it): JSON + a bare HTML per document and an index."""

from __future__ import annotations

import html
from pathlib import Path

from ..serialize import dumps
from ..types import AuditResult


def write_reports(result: AuditResult, out_dir: str) -> Path:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for d in result.documents:
        one = AuditResult(documents=(d,), signature=result.signature, version=result.version)
        (out / f"{d.document.id}.json").write_text(dumps(one), encoding="utf-8")
        body = "".join(
            f"<tr><td>{html.escape(p.ko_text(d.document))}</td><td>{html.escape(p.en_text(d.document))}</td></tr>" for p in d.pairs
        )
        (out / f"{d.document.id}.html").write_text(
            f"<!doctype html><meta charset=utf-8><title>{html.escape(d.document.id)}</title><table>{body}</table>", encoding="utf-8"
        )
        rows.append(f"<li><a href='{html.escape(d.document.id)}.html'>{html.escape(d.document.id)}</a></li>")
    index = out / "index.html"
    index.write_text(f"<!doctype html><meta charset=utf-8><title>mtaudit</title><ul>{''.join(rows)}</ul>", encoding="utf-8")
    return index
