"""Versioned JSON form of an AuditResult (schema documented in docs/json-schema.md).

`to_dict` and `from_dict` round-trip: `from_dict(to_dict(r)) == r`.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any

from . import types as T


def to_dict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        if isinstance(obj, T.AuditResult):
            out = {"schema_version": T.SCHEMA_VERSION, **out}
        return out
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict) or hasattr(obj, "items"):
        return {str(k): to_dict(v) for k, v in sorted(obj.items())}
    if isinstance(obj, float):
        return round(obj, 6)
    return obj


def dumps(result: T.AuditResult, indent: int | None = 2) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=indent, sort_keys=False)


def _tuple(items, fn):
    return tuple(fn(x) for x in items or ())


def _span(d):
    return T.Span(**d)


def _segment(d):
    return T.Segment(index=d["index"], lang=T.Lang(d["lang"]), text=d["text"], span=_span(d["span"]), kind=d.get("kind", "body"))


def _finding(d):
    return T.Finding(
        rule_id=d["rule_id"],
        severity=T.Severity(d["severity"]),
        message=d["message"],
        pair=d.get("pair"),
        ko_spans=_tuple(d.get("ko_spans"), _span),
        en_spans=_tuple(d.get("en_spans"), _span),
        suggestion=d.get("suggestion"),
        source_term=d.get("source_term"),
        rendering=d.get("rendering"),
    )


def _document(d):
    links = d.get("given_links")
    return T.Document(
        id=d["id"],
        files=_tuple(d["files"], lambda f: T.SourceFile(**f)),
        ko=_tuple(d.get("ko"), _segment),
        en=_tuple(d.get("en"), _segment),
        ref=_tuple(d.get("ref"), _segment),
        dropped=_tuple(d.get("dropped"), lambda x: T.Dropped(span=_span(x["span"]), text=x["text"], reason=x["reason"])),
        notes=tuple(d.get("notes") or ()),
        input_format=d.get("input_format", "article"),
        given_links=None if links is None else tuple((tuple(a), tuple(b)) for a, b in links),
    )


def _pair(d):
    return T.AlignedPair(
        index=d["index"],
        ko=tuple(d["ko"]),
        en=tuple(d["en"]),
        confidence=d.get("confidence", 1.0),
        ref=tuple(d.get("ref") or ()),
        scores=dict(d.get("scores") or {}),
    )


def from_dict(d: dict) -> T.AuditResult:
    version = d.get("schema_version")
    if version is None or str(version).split(".")[0] != T.SCHEMA_VERSION.split(".")[0]:
        raise ValueError(f"unsupported mtaudit JSON schema version {version!r} (this mtaudit reads {T.SCHEMA_VERSION})")
    docs = tuple(
        T.DocumentResult(
            document=_document(r["document"]),
            pairs=_tuple(r.get("pairs"), _pair),
            findings=_tuple(r.get("findings"), _finding),
            suppressed=_tuple(r.get("suppressed"), _finding),
            scores=dict(r.get("scores") or {}),
            meta=dict(r.get("meta") or {}),
        )
        for r in d.get("documents", ())
    )
    return T.AuditResult(
        documents=docs,
        errors=_tuple(d.get("errors"), lambda e: T.InputError(**e)),
        signature=d.get("signature", ""),
        version=d.get("version", ""),
    )
