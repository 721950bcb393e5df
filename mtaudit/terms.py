"""The corpus term table: every flagged term, grouped by Korean term, with its renderings.

    build_term_table(result, decisions) -> list[TermRow]
    to_json / to_csv / to_html / to_rich (pure formatters)

A finding is "about a term" when it carries `source_term` (term, consistency, name and number rules
set it; omissions do not count) or comes from a glossary pack rule (KO-*: forbidden phrases may have no Korean side). Each occurrence keeps its Korean and English sentence with the
term's place marked, the document, the rule, its fingerprint and the reviewer's decision.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from .review.decisions import rendering_key
from .types import AuditResult, Document, DocumentResult, Finding, Span, normalise_term

NO_TERM = "(no Korean term)"
NO_RENDERING = "(expected English missing)"
MAX_SAMPLES = 3  # sample contexts per rendering in the text/CSV/HTML views


@dataclass(frozen=True)
class Occurrence:
    document: str
    rule_id: str
    severity: str
    message: str
    fingerprint: str
    source_term: str | None
    rendering: str | None
    suggestion: str | None
    ko: str  # the Korean sentence(s) of the pair ("" when the finding has no Korean side)
    en: str
    ko_marks: tuple[tuple[int, int], ...] = ()  # character ranges of the term in `ko`
    en_marks: tuple[tuple[int, int], ...] = ()
    suppressed: bool = False  # dismissed by a decision in this audit
    decision: str | None = None  # the reviewer's decision that applies, if any
    correction: str | None = None
    reason: str | None = None


@dataclass
class RenderingRow:
    rendering: str
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def rules(self) -> list[str]:
        return sorted({o.rule_id for o in self.occurrences})

    @property
    def documents(self) -> list[str]:
        return sorted({o.document for o in self.occurrences})


@dataclass
class TermRow:
    term: str
    renderings: list[RenderingRow] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(r.count for r in self.renderings)

    @property
    def rules(self) -> list[str]:
        return sorted({rule for r in self.renderings for rule in r.rules})

    @property
    def documents(self) -> list[str]:
        return sorted({d for r in self.renderings for d in r.documents})

    @property
    def occurrences(self) -> list[Occurrence]:
        return [o for r in self.renderings for o in r.occurrences]


def _span_text(doc: Document, span: Span) -> str:
    try:
        return doc.files[span.file].text[span.start : span.end]
    except IndexError:
        return ""


def _marks(sentence: str, needles: list[str]) -> tuple[tuple[int, int], ...]:
    """Where the needles occur in the sentence (case-insensitive, flexible whitespace/hyphens)."""
    out: list[tuple[int, int]] = []
    for needle in needles:
        words = [re.escape(w) for w in re.split(r"[\s\-]+", needle.strip()) if w]
        if not words:
            continue
        pattern = re.compile(r"[\s\-]*".join(words), re.IGNORECASE)
        for m in pattern.finditer(sentence):
            if m.end() > m.start() and not any(s < m.end() and m.start() < e for s, e in out):
                out.append((m.start(), m.end()))
        if out:
            break  # the most specific needle that matched wins
    return tuple(sorted(out))


def _segments_for(doc: Document, finding: Finding, pairs_by_index: dict, side: str) -> list:
    segs = doc.ko if side == "ko" else doc.en
    if finding.pair is not None and finding.pair in pairs_by_index:
        idx = pairs_by_index[finding.pair].ko if side == "ko" else pairs_by_index[finding.pair].en
        return [segs[i] for i in idx if 0 <= i < len(segs)]
    spans = finding.ko_spans if side == "ko" else finding.en_spans
    out = []
    for sp in spans:
        for s in segs:
            if s.span.file == sp.file and s.span.start <= sp.start < max(s.span.end, s.span.start + 1) and s not in out:
                out.append(s)
    return out


def _exact_marks(doc: Document, segs: list, spans) -> tuple[tuple[int, int], ...]:
    """The finding's own spans as offsets into the joined sentence text, where the sentence text
    is the file's text unchanged (else () and the caller searches for the words instead)."""
    out = []
    base = 0
    for seg in segs:
        raw = _span_text(doc, seg.span)
        for sp in spans:
            if sp.file == seg.span.file and seg.span.start <= sp.start and sp.end <= seg.span.end and sp.end > sp.start:
                if raw != seg.text:
                    return ()
                out.append((base + sp.start - seg.span.start, base + sp.end - seg.span.start))
        base += len(seg.text) + 1
    return tuple(sorted(set(out)))


def merged_marks(marks) -> tuple[tuple[int, int], ...]:
    """Marks in order, overlapping or touching ones joined: 새로운 미래먹거리 / 미래먹거리 / 먹거리 산업 are one mark over
    '새로운 미래먹거리 산업' (printed one by one, the overlap repeated the Korean)."""
    out: list[list[int]] = []
    for s, e in sorted(marks):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def occurrence_of(dr: DocumentResult, finding: Finding, suppressed: bool = False, decisions=None) -> Occurrence:
    doc = dr.document
    pairs_by_index = {p.index: p for p in dr.pairs}
    ko_segs = _segments_for(doc, finding, pairs_by_index, "ko")
    en_segs = _segments_for(doc, finding, pairs_by_index, "en")
    ko = " ".join(s.text for s in ko_segs)
    en = " ".join(s.text for s in en_segs)
    ko_needles = [_span_text(doc, s) for s in finding.ko_spans] + ([finding.source_term] if finding.source_term else [])
    en_needles = [_span_text(doc, s) for s in finding.en_spans] + ([finding.rendering] if finding.rendering else [])
    ko_marks = merged_marks(_exact_marks(doc, ko_segs, finding.ko_spans) or _marks(ko, [n for n in ko_needles if n and n.strip()]))
    en_marks = merged_marks(_exact_marks(doc, en_segs, finding.en_spans) or _marks(en, [n for n in en_needles if n and n.strip()]))
    d = decisions.lookup(finding, doc.id) if decisions is not None else None
    return Occurrence(
        document=doc.id,
        rule_id=finding.rule_id,
        severity=str(finding.severity),
        message=finding.message,
        fingerprint=finding.fingerprint(doc.id),
        source_term=finding.source_term,
        rendering=finding.rendering,
        suggestion=finding.suggestion,
        ko=ko,
        en=en,
        ko_marks=ko_marks,
        en_marks=en_marks,
        suppressed=suppressed,
        decision=d.decision if d else None,
        correction=d.correction if d else None,
        reason=d.reason if d else None,
    )


def is_term_finding(f: Finding) -> bool:
    """About a term or entity: a Korean source term, or a glossary pack rule (KO-TERM/FORBID/CONS);
    repeated words, punctuation and fragments carry a `rendering` but are no term, and omissions (MT-OMIT-*)
    name the Korean sentence or the names a translation left out, not a rendering to review."""
    if f.rule_id.startswith("MT-OMIT"):
        return False
    return bool(f.source_term) or (f.rule_id.startswith("KO-") and bool(f.rendering))


def build_term_table(result: AuditResult, decisions=None, include_suppressed: bool = True) -> list[TermRow]:
    """Group term findings by normalised Korean term, then by normalised rendering."""
    terms: dict[str, TermRow] = {}
    renderings: dict[tuple[str, str], RenderingRow] = {}
    for dr in result.documents:
        items = [(f, False) for f in dr.findings]
        if include_suppressed:
            items += [(f, True) for f in dr.suppressed]
        for f, supp in items:
            if not is_term_finding(f):
                continue
            tkey = normalise_term(f.source_term) if f.source_term else NO_TERM
            row = terms.get(tkey)
            if row is None:
                row = terms[tkey] = TermRow(term=f.source_term.strip() if f.source_term else NO_TERM)
            rkey = rendering_key(f.rendering or "")
            rrow = renderings.get((tkey, rkey))
            if rrow is None:
                rrow = renderings[(tkey, rkey)] = RenderingRow(rendering=(f.rendering or "").strip() or NO_RENDERING)
                row.renderings.append(rrow)
            rrow.occurrences.append(occurrence_of(dr, f, supp, decisions))
    table = list(terms.values())
    for row in table:
        row.renderings.sort(key=lambda r: (-r.count, r.rendering.casefold()))
        for r in row.renderings:
            r.occurrences.sort(key=lambda o: (o.document, o.ko, o.en))
            forms = Counter((o.rendering or "").strip() for o in r.occurrences if o.rendering)
            if forms:  # the form the MT used most ("small manager" over "small manager's")
                r.rendering = sorted(forms.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
    table.sort(key=lambda t: (t.term == NO_TERM, -t.count, t.term))
    return table


# --- formatters ---------------------------------------------------------------------------


def samples(r: RenderingRow, n: int = MAX_SAMPLES) -> list[Occurrence]:
    """Up to n occurrences with different sentences (several findings often share one sentence)."""
    seen = set()
    out = []
    for o in r.occurrences:
        key = (o.document, o.ko, o.en)
        if key in seen:
            continue
        seen.add(key)
        out.append(o)
        if len(out) == n:
            break
    return out


def _occurrence_dict(o: Occurrence) -> dict:
    return {
        "document": o.document,
        "rule_id": o.rule_id,
        "severity": o.severity,
        "fingerprint": o.fingerprint,
        "message": o.message,
        "suggestion": o.suggestion,
        "ko": o.ko,
        "en": o.en,
        "ko_marks": [list(m) for m in o.ko_marks],
        "en_marks": [list(m) for m in o.en_marks],
        "suppressed": o.suppressed,
        "decision": o.decision,
        "correction": o.correction,
        "reason": o.reason,
    }


def to_json(table: list[TermRow]) -> str:
    data = {
        "terms": [
            {
                "term": t.term,
                "count": t.count,
                "rules": t.rules,
                "documents": t.documents,
                "renderings": [
                    {
                        "rendering": r.rendering,
                        "count": r.count,
                        "rules": r.rules,
                        "documents": r.documents,
                        "occurrences": [_occurrence_dict(o) for o in r.occurrences],
                    }
                    for r in t.renderings
                ],
            }
            for t in table
        ]
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ["term", "rendering", "count", "rules", "documents", "suppressed", "decision", "correction", "sample_ko", "sample_en"]


def _bracket(text: str, marks) -> str:
    """The sentence with the term's place shown as [[...]] (plain-text highlight)."""
    out = []
    last = 0
    for s, e in marks:
        out.append(text[last:s] + "[[" + text[s:e] + "]]")
        last = e
    out.append(text[last:])
    return "".join(out)


def _csv_safe(value: str) -> str:
    # a cell starting with = + - @ would be run as a formula by a spreadsheet
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def to_csv(table: list[TermRow]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for t in table:
        for r in t.renderings:
            o = r.occurrences[0]
            decisions = sorted({x.decision for x in r.occurrences if x.decision})
            corrections = sorted({x.correction for x in r.occurrences if x.correction})
            row = [
                t.term,
                r.rendering,
                str(r.count),
                " ".join(r.rules),
                " ".join(r.documents),
                str(sum(1 for x in r.occurrences if x.suppressed)),
                " ".join(decisions),
                " | ".join(corrections),
                _bracket(o.ko, o.ko_marks),
                _bracket(o.en, o.en_marks),
            ]
            w.writerow([_csv_safe(c) for c in row])
    return buf.getvalue()


def highlight_html(text: str, marks) -> str:
    """Escaped text with <mark> around the term; marks are offsets into the raw text."""
    out = []
    last = 0
    for s, e in marks:
        out.append(html.escape(text[last:s]) + "<mark>" + html.escape(text[s:e]) + "</mark>")
        last = e
    out.append(html.escape(text[last:]))
    return "".join(out)


_HTML_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em} h2{font-size:1.15em;margin:1.4em 0 .3em}
table{border-collapse:collapse;width:100%;margin-bottom:.5em}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3} mark{background:#ffe08a;padding:0 .1em}
.ko{font-family:'Noto Sans CJK KR',sans-serif} .meta{color:#666;font-size:.9em}
.sup{color:#888} .count{font-weight:600}
"""


def to_html(table: list[TermRow], title: str = "mtaudit: flagged terms") -> str:
    """One self-contained page (inline CSS, no scripts, every text escaped)."""
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>{_HTML_STYLE}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f"<p class='meta'>{len(table)} terms, {sum(t.count for t in table)} flagged occurrences</p>",
    ]
    if not table:
        parts.append("<p>No term was flagged.</p>")
    for t in table:
        parts.append(
            f"<h2><span class='ko'>{e(t.term)}</span> <span class='meta'>{t.count} flagged in {len(t.documents)} documents; "
            f"rules {e(', '.join(t.rules))}</span></h2>"
        )
        parts.append("<table><tr><th>rendering</th><th>count</th><th>rules</th><th>documents</th><th>contexts</th></tr>")
        for r in t.renderings:
            ctx = []
            shown = samples(r)
            for o in shown:
                status = ""
                if o.suppressed:
                    status = " <span class='sup'>(dismissed" + (f": {e(o.reason)}" if o.reason else "") + ")</span>"
                elif o.correction:
                    status = f" <span class='meta'>(confirmed: {e(o.correction)})</span>"
                ctx.append(
                    f"<div><span class='meta'>{e(o.document)}</span>{status}<br>"
                    f"<span class='ko'>{highlight_html(o.ko, o.ko_marks)}</span><br>{highlight_html(o.en, o.en_marks)}</div>"
                )
            more = f"<div class='meta'>… and {r.count - len(shown)} more</div>" if r.count > len(shown) else ""
            parts.append(
                f"<tr><td>{e(r.rendering)}</td><td class='count'>{r.count}</td><td>{e(' '.join(r.rules))}</td>"
                f"<td>{e(' '.join(r.documents))}</td><td>{''.join(ctx)}{more}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def window(text: str, marks, width: int = 90) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut a long sentence to about `width` characters around the first mark (marks shifted along)."""
    if len(text) <= width:
        return text, tuple(marks)
    centre = marks[0][0] if marks else 0
    start = max(0, centre - width // 3)
    end = min(len(text), start + width)
    start = max(0, end - width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    kept = tuple((s + shift, e + shift) for s, e in marks if s >= start and e <= end)
    return prefix + text[start:end] + suffix, kept


def to_rich(table: list[TermRow]):
    """A rich Table for the terminal (highlighted term in bold yellow)."""
    from rich.table import Table
    from rich.text import Text

    tbl = Table(title="Flagged terms", show_lines=True)
    tbl.add_column("Korean term", overflow="fold", max_width=24)
    tbl.add_column("rendering", overflow="fold")
    tbl.add_column("n", no_wrap=True)
    tbl.add_column("rules", overflow="fold")
    tbl.add_column("documents", overflow="fold")
    tbl.add_column("sample context", overflow="fold", ratio=1, min_width=16)

    def marked(text: str, marks) -> Text:
        wide = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3") > len(text) // 4  # Hangul: two cells a character
        text, marks = window(text, marks, 45 if wide else 90)
        t = Text(text)
        for s, e in marks:
            t.stylize("bold yellow", s, e)
        return t

    for t in table:
        first = True
        for r in t.renderings:
            o = r.occurrences[0]
            ctx = Text()
            if o.ko:
                ctx.append_text(marked(o.ko, o.ko_marks))
                ctx.append("\n")
            ctx.append_text(marked(o.en, o.en_marks))
            supp = sum(1 for x in r.occurrences if x.suppressed)
            n = f"{r.count}" + (f" ({supp} dismissed)" if supp else "")
            tbl.add_row(t.term if first else "", r.rendering, n, " ".join(r.rules), " ".join(r.documents), ctx)
            first = False
    return tbl


FORMATTERS = {"json": to_json, "csv": to_csv, "html": to_html}
