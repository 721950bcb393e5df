"""Rule packs: YAML files of term, forbidden and consistency rules, plus CSV glossaries and TBX.

The schema is in docs/rule-packs.md. Every mistake is reported as one line that names the
file, the rule and the field:

    packs/x.yaml: rule KO-TERM-007: field 'severity': unknown severity 'eror' (use one of: info, warning, error)
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..types import Severity
from .base import Example, RuleInfo

PACK_KINDS = ("term", "forbidden", "consistency")

_COMMON_FIELDS = {"id", "kind", "name", "severity", "message", "docs", "examples", "tags"}
_KIND_FIELDS = {
    "term": {"check_severity", "source", "source_regex", "expected", "accepted", "bad"},
    "forbidden": {"phrases", "phrases_regex", "suggestion", "unless_ko", "when_ko"},
    "consistency": {"source", "renderings", "expected"},
}
_PACK_FIELDS = {"pack", "version", "description", "rules", "language", "tags"}
_MESSAGE_FIELDS = {"source", "rendering", "expected", "suggestion", "renderings", "count"}

DEFAULT_MESSAGES = {
    "term": "{source} rendered as '{rendering}'; write '{expected}'",
    "term-check": "{source}: none of the expected renderings ('{expected}') is in the English; check how this term was translated",
    "forbidden": "'{rendering}' is almost always a mistranslation in this domain; write '{suggestion}'",
    "consistency": "{source} is rendered {count} ways in this document ({renderings}); use '{expected}'",
}


@dataclass(frozen=True)
class TermRule:
    info: RuleInfo
    check_severity: Severity
    source: tuple[str, ...]
    source_regex: tuple[re.Pattern, ...]
    expected: tuple[str, ...]
    accepted: tuple[str, ...]
    bad: tuple[str, ...]
    # bad rendering -> (first, end) of its words that render the term, when the pack marks the others as context
    # in brackets ("[battery] owner": "owner" is 소부장's, "battery" 이차전지's); a fix replaces only those words
    bad_core: tuple[tuple[str, int, int], ...] = ()

    def core_of(self, rendering: str) -> tuple[int, int] | None:
        from .matching import normalise_en_term

        key = normalise_en_term(rendering)
        return next(((a, b) for r, a, b in self.bad_core if normalise_en_term(r) == key), None)


@dataclass(frozen=True)
class ForbiddenRule:
    info: RuleInfo
    phrases: tuple[str, ...]
    phrases_regex: tuple[re.Pattern, ...]
    suggestion: str | None
    unless_ko: tuple[str, ...]
    when_ko: tuple[str, ...] = ()  # only when the aligned Korean has one of these (a sentence with no Korean: always)


@dataclass(frozen=True)
class ConsistencyRule:
    info: RuleInfo
    source: tuple[str, ...]
    renderings: tuple[str, ...]
    expected: tuple[str, ...]


PackRule = TermRule | ForbiddenRule | ConsistencyRule


@dataclass(frozen=True)
class Pack:
    name: str
    path: str
    digest: str  # sha256 of the file's bytes
    rules: tuple[PackRule, ...] = ()
    description: str = ""
    version: str = "1"

    @property
    def signature(self) -> str:
        return f"{self.name}@{self.digest[:8]}"


class _Where:
    """Builds the one-line error for a place in a pack."""

    def __init__(self, path: str, rule: str | None = None):
        self.path = path
        self.rule = rule

    def error(self, fld: str | None, problem: str) -> ConfigError:
        parts = [self.path]
        if self.rule is not None:
            parts.append(f"rule {self.rule}")
        if fld is not None:
            parts.append(f"field '{fld}'")
        return ConfigError(": ".join(parts) + ": " + problem)


# ------------------------------------------------------------------ loading


def load_pack_file(path: str | Path, display: str | None = None) -> Pack:
    """Load a YAML pack, a CSV glossary (.csv/.tsv) or a TBX file (.tbx/.xml) from disk."""
    p = Path(path)
    shown = display or str(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{shown}: rule pack not found") from None
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot read rule pack ({exc.__class__.__name__})") from None
    return load_pack_bytes(data, shown, suffix=p.suffix.lower())


def load_pack_bytes(data: bytes, shown: str, suffix: str = ".yaml") -> Pack:
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{shown}: rule pack is not UTF-8 text") from None
    if suffix in (".csv", ".tsv"):
        return _load_glossary(text, shown, digest, delimiter="\t" if suffix == ".tsv" else ",")
    if suffix in (".tbx", ".xml"):
        return _load_tbx(text, shown, digest)
    return _load_yaml(text, shown, digest)


def _load_yaml(text: str, shown: str, digest: str) -> Pack:
    import yaml

    where = _Where(shown)
    try:
        doc = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present: 7x faster
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{shown}: not valid YAML{at}: {problem}") from None
    if not isinstance(doc, dict):
        raise where.error(None, "a rule pack is a mapping with 'pack' and 'rules'")
    unknown = sorted(set(doc) - _PACK_FIELDS)
    if unknown:
        raise where.error(unknown[0], "unknown pack field (allowed: " + ", ".join(sorted(_PACK_FIELDS)) + ")")
    name = doc.get("pack")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name or ""):
        raise where.error("pack", "required: the pack's name (letters, digits, '-', '_', '.')")
    rules_raw = doc.get("rules")
    if not isinstance(rules_raw, list) or not rules_raw:
        raise where.error("rules", "required: a non-empty list of rules")
    rules: list[PackRule] = []
    seen: set[str] = set()
    mistakes: list[str] = []  # every rule is checked: one line per mistake (the first of each rule)
    for i, raw in enumerate(rules_raw):
        try:
            rule = parse_rule(raw, shown, name, i)
            if rule.info.id in seen:
                raise _Where(shown, rule.info.id).error("id", "duplicate rule id")
        except ConfigError as exc:
            mistakes.append(str(exc))
            continue
        seen.add(rule.info.id)
        rules.append(rule)
    if mistakes:
        raise ConfigError("\n".join(mistakes))
    return Pack(name=name, path=shown, digest=digest, rules=tuple(rules), description=str(doc.get("description") or ""), version=str(doc.get("version", "1")))


def parse_rule(raw: Any, shown: str, pack: str, index: int = 0) -> PackRule:
    """Decode one rule mapping into a typed rule, or raise ConfigError naming file, rule and field."""
    if not isinstance(raw, dict):
        raise _Where(shown, f"#{index + 1}").error(None, "a rule is a mapping with id, kind, severity, docs, examples")
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid.strip():
        raise _Where(shown, f"#{index + 1}").error("id", "required: a unique rule id such as KO-TERM-001")
    rid = rid.strip()
    where = _Where(shown, rid)
    kind = raw.get("kind")
    if kind is None:
        raise where.error("kind", "required: one of " + ", ".join(PACK_KINDS))
    if kind not in PACK_KINDS:
        raise where.error("kind", f"unknown kind {kind!r} (use one of: {', '.join(PACK_KINDS)})")
    allowed = _COMMON_FIELDS | _KIND_FIELDS[kind]
    for key in raw:
        if key not in allowed:
            raise where.error(str(key), f"unknown field for a {kind} rule (allowed: {', '.join(sorted(allowed))})")
    severity = _severity(raw, "severity", where, required=True)
    docs = raw.get("docs")
    if not isinstance(docs, str) or not docs.strip():
        raise where.error("docs", "required: why the rendering is wrong and what to write instead")
    name = raw.get("name") or rid.lower()
    if not isinstance(name, str):
        raise where.error("name", "must be a short kebab-case text")
    message = raw.get("message")
    if message is not None:
        if not isinstance(message, str):
            raise where.error("message", "must be a text template")
        _check_template(message, where)
    fail, passes = _examples(raw, where, kind)
    tags = tuple(_strings(raw, "tags", where))
    info = RuleInfo(
        id=rid,
        name=name,
        kind=kind,
        severity=severity,
        message=message or DEFAULT_MESSAGES[kind],
        docs=docs.strip(),
        fail=fail,
        passes=passes,
        pack=pack,
        tags=tags,
    )
    if kind == "term":
        source = _strings(raw, "source", where)
        source_regex = _regexes(raw, "source_regex", where)
        if not source and not source_regex:
            raise where.error("source", "required: the Korean term (a list of literal forms)")
        expected = _strings(raw, "expected", where)
        accepted = _strings(raw, "accepted", where)
        bad, bad_core = _bad_with_context(_strings(raw, "bad", where), where)
        if not expected and not bad:
            raise where.error("expected", "required: the preferred English rendering (or at least 'bad' renderings)")
        check_sev = _severity(raw, "check_severity", where, required=False) or Severity.INFO
        return TermRule(info, check_sev, tuple(source), tuple(source_regex), tuple(expected), tuple(accepted), tuple(bad), bad_core)
    if kind == "forbidden":
        phrases = _strings(raw, "phrases", where)
        phrases_regex = _regexes(raw, "phrases_regex", where)
        if not phrases and not phrases_regex:
            raise where.error("phrases", "required: the English phrases to flag")
        suggestion = raw.get("suggestion")
        if suggestion is not None and not isinstance(suggestion, str):
            raise where.error("suggestion", "must be a text")
        return ForbiddenRule(info, tuple(phrases), tuple(phrases_regex), suggestion, tuple(_strings(raw, "unless_ko", where)),
                             tuple(_strings(raw, "when_ko", where)))
    source = _strings(raw, "source", where)
    renderings = _strings(raw, "renderings", where)
    if len(renderings) < 2:
        raise where.error("renderings", "required: at least two English renderings of the entity")
    expected = _strings(raw, "expected", where)
    return ConsistencyRule(info, tuple(source), tuple(renderings), tuple(expected))


def _severity(raw: dict, fld: str, where: _Where, required: bool) -> Severity | None:
    value = raw.get(fld)
    if value is None:
        if required:
            raise where.error(fld, "required: info, warning or error")
        return None
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise where.error(fld, str(exc)) from None


_CONTEXT = re.compile(r"^(?:\[(?P<pre>[^\[\]]+)\]\s+)?(?P<core>[^\[\]]+?)(?:\s+\[(?P<post>[^\[\]]+)\])?$")


def _bad_with_context(items: list[str], where) -> tuple[list[str], tuple[tuple[str, int, int], ...]]:
    """Bad renderings with their context words in brackets ("[battery] owner", "division manager [complex]"): the
    phrase to match without brackets, and which of its words render the term."""
    out, cores = [], []
    for item in items:
        if "[" not in item and "]" not in item:
            out.append(item)
            continue
        m = _CONTEXT.match(item.strip())
        if m is None or not (m.group("pre") or m.group("post")):
            raise where.error("bad", f"{item!r}: context words go in brackets before or after the rendering, as in '[battery] owner'")
        pre, core, post = (m.group("pre") or "").split(), m.group("core").split(), (m.group("post") or "").split()
        phrase = " ".join(pre + core + post)
        out.append(phrase)
        cores.append((phrase, len(pre), len(pre) + len(core)))
    return out, tuple(cores)


def _strings(raw: dict, fld: str, where: _Where) -> list[str]:
    value = raw.get(fld)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise where.error(fld, "must be a list of texts")
    out = []
    for item in value:
        if not isinstance(item, (str, int, float)) or isinstance(item, bool) or not str(item).strip():
            raise where.error(fld, f"must be a list of non-empty texts (got {item!r})")
        out.append(str(item).strip())
    return out


def _regexes(raw: dict, fld: str, where: _Where) -> list[re.Pattern]:
    out = []
    for pat in _strings(raw, fld, where):
        try:
            out.append(re.compile(pat, re.IGNORECASE if fld == "phrases_regex" else 0))
        except re.error as exc:
            raise where.error(fld, f"regex {pat!r} does not compile: {exc}") from None
    return out


def _check_template(message: str, where: _Where) -> None:
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(message) if f is not None]
    except ValueError as exc:
        raise where.error("message", f"bad template: {exc}") from None
    for n in names:
        if n not in _MESSAGE_FIELDS:
            raise where.error("message", f"unknown placeholder {{{n}}} (use: {', '.join(sorted(_MESSAGE_FIELDS))})")


def _examples(raw: dict, where: _Where, kind: str) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    ex = raw.get("examples")
    if not isinstance(ex, dict):
        raise where.error("examples", "required: a mapping with 'fail' and 'pass' lists")
    for key in ex:
        if key not in ("fail", "pass"):
            raise where.error(f"examples.{key}", "unknown key (use 'fail' and 'pass')")
    out = []
    for key in ("fail", "pass"):
        items = ex.get(key)
        if not isinstance(items, list) or not items:
            raise where.error(f"examples.{key}", "required: at least one example")
        exs = []
        for j, item in enumerate(items):
            fld = f"examples.{key}[{j}]"
            if not isinstance(item, dict) or not set(item) <= {"ko", "en"} or not item:
                raise where.error(fld, "an example is a mapping with 'ko' and/or 'en' texts")
            ko, en = item.get("ko", ""), item.get("en", "")
            if not isinstance(ko, str) or not isinstance(en, str):
                raise where.error(fld, "'ko' and 'en' must be texts")
            if not en.strip():
                raise where.error(fld, "an example needs the English ('en')")
            if kind == "term" and not ko.strip():
                raise where.error(fld, "a term rule's example needs the Korean ('ko')")
            exs.append(Example(ko=ko, en=en))
        out.append(tuple(exs))
    return out[0], out[1]


# ------------------------------------------------------------------ glossaries


def _glossary_id(pack: str, n: int) -> str:
    return f"{pack.upper()}-TERM-{n:03d}"


def _glossary_rule(pack: str, shown: str, n: int, ko: str, expected: list[str], bad: list[str]) -> TermRule:
    """A term rule from one glossary entry, with examples generated from the entry itself."""
    first = expected[0]
    fail_en = f"It supports {bad[0]} projects." if bad else "It supports the projects."
    info = RuleInfo(
        id=_glossary_id(pack, n),
        name=re.sub(r"[^a-z0-9]+", "-", first.lower()).strip("-") or f"term-{n}",
        kind="term",
        severity=Severity.ERROR if bad else Severity.WARNING,
        message=DEFAULT_MESSAGES["term"],
        docs=f"Glossary {shown}: {ko} is translated as '{first}'" + (f"; not '{', '.join(bad)}'." if bad else "."),
        fail=(Example(ko=f"{ko} 사업을 지원한다.", en=fail_en),),
        passes=(Example(ko=f"{ko} 사업을 지원한다.", en=f"It supports {first} projects."),),
        pack=pack,
    )
    return TermRule(info, Severity.WARNING, (ko,), (), tuple(expected), (), tuple(bad))


def _split_variants(cell: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;|]", cell or "") if v.strip()]


def _load_glossary(text: str, shown: str, digest: str, delimiter: str) -> Pack:
    pack = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(shown).stem) or "glossary"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [r for r in reader if any(c.strip() for c in r)]
    if not rows:
        raise ConfigError(f"{shown}: glossary is empty (expected columns ko,en[,bad])")
    header = [c.strip().lower() for c in rows[0]]
    header = ["ko" if h == "source" else "en" if h == "target" else h for h in header]  # as segment-pair tables
    if "ko" in header and "en" in header:
        cols = {name: header.index(name) for name in ("ko", "en", "bad") if name in header}
        body = rows[1:]
        first_line = 2
    else:
        cols = {"ko": 0, "en": 1, "bad": 2}
        body = rows
        first_line = 1
    rules: list[TermRule] = []
    for i, row in enumerate(body):
        line = first_line + i
        ko = row[cols["ko"]].strip() if len(row) > cols["ko"] else ""
        en = _split_variants(row[cols["en"]]) if len(row) > cols["en"] else []
        bad = _split_variants(row[cols["bad"]]) if "bad" in cols and len(row) > cols["bad"] else []
        if not ko:
            raise ConfigError(f"{shown}: line {line}: field 'ko': empty Korean term")
        if not re.search(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]", ko):
            hint = " (a header must name the columns ko,en[,bad])" if line == 1 else ""
            raise ConfigError(f"{shown}: line {line}: field 'ko': {ko!r} is not Korean{hint}")
        if not en:
            raise ConfigError(f"{shown}: line {line}: field 'en': empty English rendering for {ko}")
        rules.append(_glossary_rule(pack, shown, len(rules) + 1, ko, en, bad))
    return Pack(name=pack, path=shown, digest=digest, rules=tuple(rules), description=f"glossary {shown}")


def _load_tbx(text: str, shown: str, digest: str) -> Pack:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise ConfigError(f"{shown}: not valid TBX/XML: {exc}") from None
    pack = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(shown).stem) or "tbx"

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    def lang_of(el) -> str:
        for k, v in el.attrib.items():
            if local(k) == "lang":
                return v.lower().split("-")[0]
        return ""

    rules: list[TermRule] = []
    for entry in root.iter():
        if local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        ko_terms: list[str] = []
        good: list[str] = []
        bad: list[str] = []
        for lang_set in entry:
            if local(lang_set.tag) not in ("langSet", "langSec"):  # TBX 2 / TBX 3
                continue
            lang = lang_of(lang_set)
            for tig in lang_set.iter():
                if local(tig.tag) not in ("tig", "ntig", "termSec"):
                    continue
                term = None
                status = ""
                for el in tig.iter():
                    t = local(el.tag)
                    if t == "term" and el.text and el.text.strip():
                        term = el.text.strip()
                    elif t in ("termNote", "descrip") and el.attrib.get("type") == "administrativeStatus":
                        status = (el.text or "").strip().lower()
                if not term:
                    continue
                deprecated = any(s in status for s in ("deprecated", "not-recommended", "notrecommended", "superseded", "obsolete"))
                if lang == "ko":
                    if not deprecated:
                        ko_terms.append(term)
                elif lang == "en":
                    (bad if deprecated else good).append(term)
        if ko_terms and good:
            rule = _glossary_rule(pack, shown, len(rules) + 1, ko_terms[0], good, bad)
            if len(ko_terms) > 1:
                rule = TermRule(rule.info, rule.check_severity, tuple(ko_terms), (), rule.expected, (), rule.bad)
            rules.append(rule)
    if not rules:
        raise ConfigError(f"{shown}: TBX has no termEntry with both a Korean (ko) and an English (en) term")
    return Pack(name=pack, path=shown, digest=digest, rules=tuple(rules), description=f"TBX {shown}")


def lint_pack(pack: Pack) -> list[str]:
    """Likely mistakes that are still valid YAML: a phrase split at its comma by an unquoted flow list.

    `expected: [materials, parts and equipment]` is two items, "materials" and "parts and equipment".
    """
    out = []
    for rule in pack.rules:
        for fld in ("expected", "accepted", "bad", "phrases", "renderings"):
            items = list(getattr(rule, fld, ()) or ())
            for a, b in zip(items, items[1:]):
                if (
                    " " not in a
                    and a[:1].islower()
                    and a.lower() not in b.lower()
                    and re.fullmatch(r"[a-z][\w-]* (and|or|&) [\w-]+", b)
                ):
                    out.append(
                        f"{pack.path}: rule {rule.info.id}: field '{fld}': '{a}' and '{b}' look like one phrase split at "
                        f"its comma; quote it: [\"{a}, {b}\"]"
                    )
    return out


def builtin_pack_files() -> list[tuple[str, bytes]]:
    """(display name, bytes) of every built-in pack in mtaudit/packs/, sorted by name."""
    from importlib import resources

    out = []
    root = resources.files("mtaudit") / "packs"
    try:
        entries = list(root.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")) and entry.is_file():
            out.append((f"packs/{entry.name}", entry.read_bytes()))
    return out


__all__ = [
    "Pack",
    "PackRule",
    "TermRule",
    "ForbiddenRule",
    "ConsistencyRule",
    "load_pack_file",
    "load_pack_bytes",
    "parse_rule",
    "builtin_pack_files",
    "lint_pack",
    "DEFAULT_MESSAGES",
]
