"""The decisions file: what a reviewer decided about flagged terms (schema in docs/review.md).

One entry is about a whole Korean term (every rendering of it), one rendering of a term,
or a single finding (its fingerprint: rule id + normalised term + rendering + document id,
no line numbers, so a decision survives edits elsewhere in the article).

    version: 1
    decisions:
      - term: 소부장
        rendering: small manager
        decision: confirmed
        correction: materials, parts and equipment
      - fingerprint: 3f2a9c0d1e7b4a55
        rule_id: KO-FORBID-001
        term: 미래먹거리
        rendering: future food
        document: 001_b58148236b9982db
        decision: dismissed
        reason: the article is about food here

The loader validates every entry and names the file and line of a mistake; the writer keeps a
stable order, writes atomically (temp file in the same folder + os.replace) and refuses to
overwrite a file that changed on disk since it was loaded.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from ..errors import ConfigError
from ..types import Finding, normalise_term

DECISIONS_FILENAME = "mtaudit-review.yaml"
FORMAT_VERSION = 1
DECISION_KINDS = ("confirmed", "dismissed", "rule")
SCOPES = ("finding", "rendering", "term")

_FIELDS = (
    "fingerprint",
    "rule_id",
    "term",
    "rendering",
    "document",
    "decision",
    "correction",
    "reason",
    "note",
    "date",
    "example",
)
_TEXT_FIELDS = tuple(f for f in _FIELDS if f != "example")


class ConcurrentEdit(ConfigError):
    """The decisions file changed on disk after it was loaded; nothing was written."""


@dataclass(frozen=True)
class Decision:
    decision: str  # confirmed | dismissed | rule
    term: str | None = None  # Korean source term (normalised when matching)
    rendering: str | None = None  # the English rendering the decision is about
    fingerprint: str | None = None  # Finding.fingerprint(document id): a single finding
    rule_id: str | None = None  # for a finding: which rule; for a term/rendering: limits the decision to one rule
    document: str | None = None  # for a finding: the document id (informational, the fingerprint already holds it)
    correction: str | None = None  # confirmed / rule: the English that should be written instead
    reason: str | None = None  # dismissed: why the finding is a false positive (required)
    note: str | None = None
    date: str | None = None
    example: tuple[str, str] | None = None  # rule: (Korean, English) sentence the promotion came from
    line: int = field(default=0, compare=False)  # where it was read (1-based), for messages

    @property
    def scope(self) -> str:
        if self.fingerprint:
            return "finding"
        return "rendering" if self.rendering else "term"

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What the decision is about; two entries with the same key cannot both stand."""
        if self.fingerprint:
            return ("finding", self.fingerprint, "", "")
        return (self.scope, normalise_term(self.term or ""), rendering_key(self.rendering or ""), self.rule_id or "")

    def to_yaml_dict(self) -> dict:
        out: dict = {}
        for name in _FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            if name == "example":
                value = {"ko": value[0], "en": value[1]}
            out[name] = value
        return out


def rendering_key(text: str) -> str:
    """A rendering as matched by decisions: case, hyphens, a possessive and a plural -s/-es don't count.

    `small manager`, `Small-Manager`, `small managers` and `small manager's` are one rendering.
    """
    t = normalise_term(text).replace("-", " ").replace("’", "'")
    t = " ".join(t.split())
    t = re.sub(r"'s?$", "", t)
    if re.search(r"(ss|us|is)$", t):
        return t
    if re.search(r"(ches|shes|xes|sses)$", t):
        return t[:-2]
    if re.search(r"[^aeiou]ies$", t):
        return t[:-3] + "y"
    if t.endswith("s") and len(t.rsplit(" ", 1)[-1]) > 3:
        return t[:-1]
    return t


def _sort_key(d: Decision) -> tuple:
    return (SCOPES.index(d.scope), normalise_term(d.term or ""), normalise_term(d.rendering or ""), d.rule_id or "", d.document or "", d.fingerprint or "")


@dataclass
class Decisions:
    """The decisions of one file, plus what is needed to write it back safely."""

    path: Path
    entries: list[Decision] = field(default_factory=list)
    digest: str | None = None  # sha256 of the bytes as loaded; None when the file did not exist

    # --- matching ------------------------------------------------------------------------
    def lookup(self, finding: Finding, document_id: str) -> Decision | None:
        """The most specific decision for a finding: finding > rendering > term."""
        fp = finding.fingerprint(document_id)
        term = normalise_term(finding.source_term or "")
        rendering = rendering_key(finding.rendering or "")
        best: Decision | None = None
        best_rank = 99
        for d in self.entries:
            if d.fingerprint:
                rank = 0 if d.fingerprint == fp else 99
            else:
                if d.rule_id and d.rule_id != finding.rule_id:
                    continue
                if not term or normalise_term(d.term or "") != term:
                    continue
                if d.rendering:
                    rank = 1 if rendering_key(d.rendering) == rendering else 99
                else:
                    rank = 2
            if rank < best_rank:
                best, best_rank = d, rank
        return best

    @property
    def promoted(self) -> list[Decision]:
        return [d for d in self.entries if d.decision == "rule"]

    # --- editing -------------------------------------------------------------------------
    def set(self, decision: Decision) -> Decision | None:
        """Add a decision, replacing the one about the same thing; returns the replaced one."""
        _validate(decision, str(self.path))
        old = None
        kept = []
        for d in self.entries:
            if d.key == decision.key:
                old = d
            else:
                kept.append(d)
        kept.append(replace(decision, line=0))
        self.entries = sorted(kept, key=_sort_key)
        return old

    def remove(self, key: tuple) -> Decision | None:
        for i, d in enumerate(self.entries):
            if d.key == key:
                return self.entries.pop(i)
        return None

    # --- writing -------------------------------------------------------------------------
    def dumps(self) -> str:
        import yaml

        body = {"version": FORMAT_VERSION, "decisions": [d.to_yaml_dict() for d in sorted(self.entries, key=_sort_key)]}
        header = (
            "# mtaudit review decisions (schema: docs/review.md). Keep it under version control.\n"
            "# decision: confirmed (a real error; optional correction), dismissed (false positive; reason),\n"
            "#           rule (promote the rendering to a new term rule; correction = expected English)\n"
        )
        return header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)

    def changed_on_disk(self) -> bool:
        return _digest_of(self.path) != self.digest

    def save(self) -> None:
        """Write atomically; refuse (ConcurrentEdit) when the file changed since it was loaded."""
        if self.changed_on_disk():
            raise ConcurrentEdit(
                f"{self.path}: the decisions file changed on disk since it was loaded (edited elsewhere?); "
                "nothing was written — reload to see the other changes, then decide again"
            )
        data = self.dumps().encode("utf-8")
        folder = self.path.parent if str(self.path.parent) else Path(".")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise ConfigError(f"{self.path}: cannot write the decisions file: {exc.strerror or exc}") from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise ConfigError(f"{self.path}: cannot write the decisions file: {exc.strerror or exc}") from None
        self.digest = hashlib.sha256(data).hexdigest()


def _digest_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the decisions file: {exc.strerror or exc}") from None


def default_decisions_path(inputs: Iterable[str | os.PathLike]) -> Path | None:
    """`mtaudit-review.yaml` in the first input folder (or the first input file's folder)."""
    for p in inputs:
        p = Path(p)
        folder = p if p.is_dir() else p.parent
        return folder / DECISIONS_FILENAME
    return None


def resolve_decisions_path(given: str | os.PathLike | None, inputs: Iterable[str | os.PathLike]) -> Path | None:
    """The decisions file an audit reads: the one given, else the default one when it exists."""
    if given is not None:
        return Path(given)
    default = default_decisions_path(inputs)
    return default if default is not None and default.is_file() else None


# --- loading ---------------------------------------------------------------------------


def load_decisions(path: str | os.PathLike, must_exist: bool = True) -> Decisions:
    """Read and validate a decisions file; any mistake -> ConfigError naming the file and line."""
    import yaml

    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if must_exist:
            raise ConfigError(f"{path}: no such decisions file") from None
        return Decisions(path=path, entries=[], digest=None)
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a folder, not a decisions file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the decisions file: {exc.strerror or exc}") from None
    digest = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the decisions file is not UTF-8 text") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise ConfigError(f"{path}:{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {' '.join(str(exc).split())}") from None
    where = str(path)
    if root is None:
        return Decisions(path=path, entries=[], digest=digest)
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{where}:{_line(root)}: expected a mapping with 'version' and 'decisions'")
    top = _mapping(root, where)
    unknown = [k for k in top if k not in ("version", "decisions")]
    if unknown:
        key_node = top[unknown[0]][0]
        raise ConfigError(f"{where}:{_line(key_node)}: unknown top-level field '{unknown[0]}' (allowed: version, decisions)")
    if "version" in top:
        vnode = top["version"][1]
        if not isinstance(vnode, yaml.ScalarNode) or vnode.value.strip() != str(FORMAT_VERSION):
            raise ConfigError(f"{where}:{_line(vnode)}: unsupported version {getattr(vnode, 'value', '?')!r} (this mtaudit reads version {FORMAT_VERSION})")
    entries: list[Decision] = []
    if "decisions" in top:
        seq = top["decisions"][1]
        if isinstance(seq, yaml.ScalarNode) and seq.tag.endswith(":null"):
            seq = None
        elif not isinstance(seq, yaml.SequenceNode):
            raise ConfigError(f"{where}:{_line(seq)}: 'decisions' must be a list of entries")
        seen: dict[tuple, int] = {}
        for item in seq.value if seq is not None else ():
            d = _decision(item, where)
            if d.key in seen:
                raise ConfigError(f"{where}:{d.line}: a second decision about the same {d.scope} (the first is on line {seen[d.key]})")
            seen[d.key] = d.line
            entries.append(d)
    return Decisions(path=path, entries=entries, digest=digest)


def _line(node) -> int:
    return node.start_mark.line + 1


def _mapping(node, where: str) -> dict:
    import yaml

    out: dict = {}
    for k, v in node.value:
        if not isinstance(k, yaml.ScalarNode):
            raise ConfigError(f"{where}:{_line(k)}: field names must be plain text")
        if k.value in out:
            raise ConfigError(f"{where}:{_line(k)}: field '{k.value}' given twice")
        out[k.value] = (k, v)
    return out


def _text(name: str, node, where: str) -> str | None:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise ConfigError(f"{where}:{_line(node)}: field '{name}' must be text")
    if node.tag.endswith(":null"):
        return None
    value = " ".join(node.value.split()) if name not in ("note", "reason") else node.value.strip()
    return value or None


def _decision(node, where: str) -> Decision:
    import yaml

    line = _line(node)
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{where}:{line}: each decision must be a mapping (term/rendering/fingerprint + decision)")
    fields = _mapping(node, where)
    values: dict = {}
    for name, (knode, vnode) in fields.items():
        if name not in _FIELDS:
            raise ConfigError(f"{where}:{_line(knode)}: unknown field '{name}' (allowed: {', '.join(_FIELDS)})")
        if name == "example":
            if not isinstance(vnode, yaml.MappingNode):
                raise ConfigError(f"{where}:{_line(vnode)}: field 'example' must be a mapping with 'ko' and 'en'")
            ex = _mapping(vnode, where)
            bad = [k for k in ex if k not in ("ko", "en")]
            if bad:
                raise ConfigError(f"{where}:{_line(ex[bad[0]][0])}: unknown field '{bad[0]}' in example (allowed: ko, en)")
            ko = _text("ko", ex["ko"][1], where) if "ko" in ex else None
            en = _text("en", ex["en"][1], where) if "en" in ex else None
            values["example"] = (ko or "", en or "")
        else:
            values[name] = _text(name, vnode, where)
    if "decision" not in values or values["decision"] is None:
        raise ConfigError(f"{where}:{line}: missing field 'decision' (one of: {', '.join(DECISION_KINDS)})")
    d = Decision(line=line, **values)
    try:
        _validate(d, where)
    except ConfigError as exc:
        # point at the offending field's own line when there is one
        msg = str(exc)
        m = re.search(r"field '(\w+)'", msg)
        if m and m.group(1) in fields:
            msg = msg.replace(f"{where}:{line}:", f"{where}:{_line(fields[m.group(1)][0])}:", 1)
        raise ConfigError(msg) from None
    return d


def _validate(d: Decision, where: str) -> None:
    """Check one decision's fields hang together; messages start with `{where}:{line}:`."""
    at = f"{where}:{d.line}: " if d.line else ""  # no line: a decision made in the app, not read from the file
    if d.decision not in DECISION_KINDS:
        raise ConfigError(f"{at}field 'decision': unknown decision {d.decision!r} (use one of: {', '.join(DECISION_KINDS)})")
    if d.fingerprint is not None:
        fp = d.fingerprint
        if len(fp) != 16 or any(c not in "0123456789abcdef" for c in fp):
            raise ConfigError(f"{at}field 'fingerprint': {fp!r} is not a finding fingerprint (16 hex digits)")
    elif not d.term:
        raise ConfigError(f"{at}a decision needs 'term' (a Korean term, optionally with 'rendering') or 'fingerprint' (one finding)")
    if d.decision == "dismissed" and not d.reason:
        raise ConfigError(f"{at}field 'reason': a dismissed finding needs a reason (why it is a false positive)")
    if d.decision == "rule":
        if not d.term or not d.rendering:
            raise ConfigError(f"{at}field 'decision': a promotion to a rule needs 'term' and the bad 'rendering'")
        if not d.correction:
            raise ConfigError(f"{at}field 'correction': a promotion to a rule needs the expected English as 'correction'")
        if normalise_term(d.correction) == normalise_term(d.rendering):
            raise ConfigError(f"{at}field 'correction': the correction is the same as the bad rendering")
