"""JSON (one file for the run) and JSONL (one line per document, for large corpora).

Both follow the versioned schema in `schema/mtaudit-result-1.json` (docs/json-schema.md):
every JSONL line is itself a complete result holding one document (or one input error),
so `mtaudit.serialize.from_dict(json.loads(line))` reads it back.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import serialize
from ..types import AuditResult
from .common import ReportOptions

SCHEMA_FILE = Path(__file__).with_name("schema") / "mtaudit-result-1.json"


def load_schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def format_json(result: AuditResult, options: ReportOptions | None = None) -> str:
    return serialize.dumps(result, indent=2) + "\n"


def format_jsonl(result: AuditResult, options: ReportOptions | None = None) -> str:
    lines = []
    for dr in result.documents:
        one = AuditResult(documents=(dr,), signature=result.signature, version=result.version)
        lines.append(json.dumps(serialize.to_dict(one), ensure_ascii=False, separators=(",", ":")))
    for err in result.errors:
        one = AuditResult(errors=(err,), signature=result.signature, version=result.version)
        lines.append(json.dumps(serialize.to_dict(one), ensure_ascii=False, separators=(",", ":")))
    return "".join(line + "\n" for line in lines)
