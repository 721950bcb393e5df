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
    kind = _KINDS.get(type(obj))
    if kind is None:
        kind = _KINDS[type(obj)] = _kind(type(obj))
    if kind is _SCALAR:
        return obj
    if kind is _FLOAT:
        return round(obj, 6)
    if kind is _SEQ:
        return [to_dict(x) for x in obj]
    if kind is _ENUM:
        return obj.value
    if kind is _MAP:
        return {str(k): to_dict(v) for k, v in sorted(obj.items())}
    out = {name: to_dict(getattr(obj, name)) for name in kind}  # a dataclass: its field names
    if type(obj) is T.AuditResult:
        out = {"schema_version": T.SCHEMA_VERSION, **out}
    return out


# to_dict's decision per type, made once per type (it runs on every span of every document)
_SCALAR, _FLOAT, _SEQ, _ENUM, _MAP = object(), object(), object(), object(), object()
_KINDS: dict[type, Any] = {}


def _kind(cls: type):
    if dataclasses.is_dataclass(cls):
        return tuple(f.name for f in dataclasses.fields(cls) if f.metadata.get("json", True))
    if issubclass(cls, enum.Enum):
        return _ENUM
    if issubclass(cls, (list, tuple)):
        return _SEQ
    if issubclass(cls, dict) or hasattr(cls, "items"):
        return _MAP
    if issubclass(cls, float):
        return _FLOAT
    return _SCALAR


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


def document_result(r: dict) -> T.DocumentResult:
    """One entry of a result's "documents"."""
    return T.DocumentResult(
        document=_document(r["document"]),
        pairs=_tuple(r.get("pairs"), _pair),
        findings=_tuple(r.get("findings"), _finding),
        suppressed=_tuple(r.get("suppressed"), _finding),
        scores=dict(r.get("scores") or {}),
        meta=dict(r.get("meta") or {}),
    )


def from_dict(d: dict) -> T.AuditResult:
    version = d.get("schema_version")
    if version is None or str(version).split(".")[0] != T.SCHEMA_VERSION.split(".")[0]:
        raise ValueError(f"unsupported mtaudit JSON schema version {version!r} (this mtaudit reads {T.SCHEMA_VERSION})")
    docs = tuple(document_result(r) for r in d.get("documents", ()))
    return T.AuditResult(
        documents=docs,
        errors=_tuple(d.get("errors"), lambda e: T.InputError(**e)),
        signature=d.get("signature", ""),
        version=d.get("version", ""),
    )
