"""HTML: one self-contained page per document, an index over the corpus.

Pages carry their CSS and JS inline and fetch nothing, so they work from disk offline.
All text from the inputs goes through Jinja2 autoescaping; data for the page's script
is embedded as JSON with <, > and & escaped (it can never close the <script> block).

The view models below are built by pure functions; templates only lay them out.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from ..types import AuditResult, Document, DocumentResult, Finding, LinkKind, Segment, Severity
from .common import ReportOptions, RuleDoc, file_label, primary_location, sort_findings

HERE = Path(__file__).parent
ICON = {"error": "✖", "warning": "▲", "info": "●"}
SEV_WEIGHT = {Severity.ERROR: 3.0, Severity.WARNING: 2.0, Severity.INFO: 1.0}

# What the numbers mean; names the scorers add later are shown as they come.
SCORE_LEGEND = {
    "risk": "combined risk: higher means look here first (0-100)",
    "sim": "calibrated meaning similarity: 0 = unrelated, 100 = a typical good translation (not clipped, ~0-120)",
    "similarity": "the aligner's similarity of the linked sentences (cross-lingual sentence encoder)",
    "len_z": "z-score of the English/Korean length ratio against the length model (beyond ±2: too long or too short)",
    "length_z": "the aligner's length z-score of the linked sentences",
    "anchor_cov": "share of numbers, names and Latin words found on both sides (0-1; absent when the pair has none)",
    "anchor_coverage": "share of numbers, names and Latin words in the Korean found again in the English (0-1)",
    "qe": "quality-estimation model score (--qe; model-defined, ~0-1, higher is better)",
    "pivot_chrf": "chrF of the English against the pivot model's translation of the Korean (--pivot; 0-100)",
    "bleu": "BLEU against the human reference (0-100)",
    "chrf": "chrF against the human reference (0-100)",
    "ter": "TER against the human reference (lower is better; may exceed 100)",
    "confidence": "how sure the aligner is that these sentences belong together (0-1)",
    "cosine": "raw cosine similarity of the two sentence embeddings",
    "len_ratio": "English characters / Korean characters (whitespace not counted)",
    "length_ratio": "English length divided by Korean length (characters)",
    "anchors": "anchors (numbers, names, Latin words) seen",
    "anchors_matched": "anchors found again in the English",
    "anchors_missing": "anchors not found on the other side",
    "anchor_overlap": "overlap of the anchors on both sides (0-1)",
    "names_missing": "names in the Korean not found in the English",
    "numbers_missing": "numbers in the Korean not found in the English",
    "numbers_extra": "numbers in the English that the Korean lacks",
    "link_score": "the aligner's score for this link",
    "rejoined": "1: a shortened translation the aligner linked after the fact (each sentence the other's most similar)",
    "best_link_score": "the aligner's best score for this sentence against any other",
    "similarity_margin": "how much better this link scores than the next best candidate",
    "risk_top": "mean of the highest pair risks (part of the document risk)",
    "finding_density": "weighted findings per pair (part of the document risk)",
    "pairs_scored": "number of pairs",
    "qe_mean": "mean QE score over the pairs",
    "pivot_chrf_mean": "mean pivot chrF over the pairs",
    "sim_mean": "mean calibrated similarity over the pairs that have one",
    "sim_min": "lowest calibrated similarity of any pair",
}
# shown on every pair; the others sit in a collapsed "more scores"
MAIN_SCORES = ("risk", "sim", "similarity", "len_z", "length_z", "anchor_cov", "anchor_coverage", "qe", "pivot_chrf", "bleu", "chrf", "ter", "confidence")
# the aligner's measure of the same thing as a scorer's: shown on the pair only when that scorer gave none (two
# length z-scores side by side, from two models, disagree and say the same thing), else under "more scores"
ALIGNER_TWIN = {"similarity": "sim", "length_z": "len_z", "anchor_coverage": "anchor_cov"}
SCORE_ORDER = list(SCORE_LEGEND)
MAX_DROPPED_TEXT = 400


# ---------------------------------------------------------------- view models


@dataclass
class FindingView:
    n: int  # index within the page (stable DOM id "finding-N")
    rule_id: str
    severity: str
    message: str
    suggestion: str | None
    source_term: str | None
    rendering: str | None
    fingerprint: str
    where: str
    row: int | None  # the pair it sits on; None for document-level findings
    suppressed: bool = False
    highlighted: bool = False  # at least one span is shown in the text
    file: str = ""  # the file `where` is in, for a document of several files (pair files)

    @property
    def icon(self) -> str:
        return ICON[self.severity]


@dataclass
class Piece:
    text: str
    severity: str | None = None  # worst severity among the findings covering this piece
    fids: tuple[int, ...] = ()
    first: bool = False  # first piece of a highlight run (anchor for keyboard navigation)


@dataclass
class SegView:
    index: int
    kind: str
    line: int
    pieces: list[Piece]
    # findings about the whole sentence (a span over nearly all of it): a badge, not a highlight
    flags: list[tuple[int, str, str]] = field(default_factory=list)  # (finding n, severity, rule id)

    @property
    def worst_flag(self) -> str | None:
        return _worst(sev for _, sev, _ in self.flags)


@dataclass
class ScoreView:
    name: str
    value: float

    @property
    def shown(self) -> str:
        v = self.value
        return f"{v:.1f}" if abs(v) >= 10 else f"{v:.2f}"


@dataclass
class RowView:
    index: int
    kind: str
    ko: list[SegView]
    en: list[SegView]
    ref: list[SegView]
    findings: list[FindingView] = field(default_factory=list)
    scores: list[ScoreView] = field(default_factory=list)
    risk: float = 0.0
    aligned: bool = True  # False: a sentence shown alone because no pair holds it

    @property
    def main_scores(self) -> list[ScoreView]:
        return [s for s in self.scores if self._main(s.name)]

    @property
    def more_scores(self) -> list[ScoreView]:
        return [s for s in self.scores if not self._main(s.name)]

    def _main(self, name: str) -> bool:
        twin = ALIGNER_TWIN.get(name)
        return name in MAIN_SCORES and not (twin and any(s.name == twin for s in self.scores))
    worst: str | None = None

    @property
    def severities(self) -> str:
        return " ".join(sorted({f.severity for f in self.findings}))

    @property
    def rules(self) -> str:
        return " ".join(sorted({f.rule_id for f in self.findings}))


@dataclass
class BarView:
    row: int
    x: float
    w: float
    h: float
    severity: str | None
    label: str


@dataclass
class DroppedView:
    where: str
    reason: str
    text: str
    truncated: bool


@dataclass
class RuleView:
    id: str
    name: str
    severity: str
    kind: str
    pack: str
    message: str
    docs: str
    count: int
    suppressed: int


@dataclass
class DocPage:
    meta: list[tuple[str, str]]
    max_risk: float
    has_ko: bool
    has_en: bool
    doc_id: str
    path: str
    input_format: str
    notes: list[str]
    rows: list[RowView]
    doc_findings: list[FindingView]  # no pair, no span in the text
    suppressed: list[FindingView]
    counts: dict[str, int]
    rules: list[RuleView]
    doc_scores: list[ScoreView]
    legend: list[tuple[str, str]]
    bars: list[BarView]
    chart_w: float
    chart_h: float
    risk_source: str
    dropped: list[DroppedView]
    n_ko: int
    n_en: int
    n_ref: int
    signature: str
    version: str
    data_json: str


# ---------------------------------------------------------------- helpers


def script_json(data) -> str:
    """JSON safe inside <script type="application/json">: no <, > or & can appear literally."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def page_names(result: AuditResult) -> dict[str, str]:
    """Document id -> file name of its page: safe characters only, unique, never index/rules."""
    names: dict[str, str] = {}
    taken = {"index", "rules"}
    for dr in result.documents:
        base = re.sub(r"[^\w.-]+", "_", dr.document.id, flags=re.ASCII).strip("._") or "document"
        name, k = base, 2
        while name.lower() in taken:
            name, k = f"{base}-{k}", k + 1
        taken.add(name.lower())
        names[dr.document.id] = name + ".html"
    return names


def _worst(sevs) -> str | None:
    best = None
    for s in sevs:
        s = Severity(s)
        if best is None or s.rank > best.rank:
            best = s
    return best.value if best else None


def _pieces(text: str, base: int, marks: list[tuple[int, int, int, str]]) -> list[Piece]:
    """Cut a segment's original text at every highlight boundary.

    marks: (start, end, finding n, severity) in file offsets, already clipped to the segment.
    Overlapping highlights split into pieces carrying all the findings that cover them.
    """
    if not marks:
        return [Piece(text)]
    cuts = {0, len(text)}
    for s, e, _, _ in marks:
        cuts.add(s - base)
        cuts.add(e - base)
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[Piece] = []
    seen: set[int] = set()
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        cover = [(n, sev) for s, e, n, sev in marks if s - base <= a and b <= e - base]
        if not cover:
            out.append(Piece(text[a:b]))
            continue
        fids = tuple(sorted({n for n, _ in cover}))
        first = any(n not in seen for n in fids)
        seen.update(fids)
        out.append(Piece(text[a:b], _worst(sev for _, sev in cover), fids, first))
    return out


class _Intervals:
    """Ranges [start, end) with a payload, per file; `overlapping` finds those meeting a range (bisect, not a scan)."""

    def __init__(self, items):  # items: (file, start, end, payload)
        by_file: dict[int, list] = {}
        for f, s, e, payload in items:
            by_file.setdefault(f, []).append((s, e, payload))
        self._items = {f: sorted(v, key=lambda x: (x[0], x[1])) for f, v in by_file.items()}
        self._starts = {f: [x[0] for x in v] for f, v in self._items.items()}
        self._longest = {f: max((x[1] - x[0] for x in v), default=0) for f, v in self._items.items()}

    def overlapping(self, file: int, start: int, end: int):
        items = self._items.get(file)
        if not items:
            return []
        starts = self._starts[file]
        lo = bisect.bisect_left(starts, start - self._longest[file])
        hi = bisect.bisect_left(starts, end)
        return [x for x in items[lo:hi] if x[0] < end and x[1] > start and x[1] > x[0]]


def _seg_marks(doc: Document, seg: Segment, spans: "_Intervals"):
    s0, s1 = seg.span.start, seg.span.end
    return [(max(s, s0), min(e, s1), n, sev) for s, e, (n, sev) in spans.overlapping(seg.span.file, s0, s1)]


WHOLE_SENTENCE = 0.9  # a span covering this share of a sentence flags the sentence instead of highlighting it


def _seg_view(doc: Document, seg: Segment, spans_by_file, used: set[int], rules: dict[int, str] | None = None) -> SegView:
    src = doc.files[seg.span.file] if seg.span.file < len(doc.files) else None
    if src is not None and seg.span.end <= len(src.text):
        text = src.text[seg.span.start : seg.span.end]  # the original slice: offsets map exactly
        marks = _seg_marks(doc, seg, spans_by_file)
        line = src.line_col(seg.span.start)[0]
    else:  # a span that does not fit the file: show the normalised text, unhighlighted
        text, marks, line = seg.text, [], 0
    used.update(n for _, _, n, _ in marks)
    # whole-sentence findings (omissions, additions, meaning errors) would drown the precise highlights
    size = len(text.strip()) or 1
    covered: dict[int, int] = {}
    for s, e, n, _ in marks:
        covered[n] = covered.get(n, 0) + (e - s)
    whole = {n for n, c in covered.items() if c >= WHOLE_SENTENCE * size}
    flags = sorted({(n, sev, (rules or {}).get(n, "")) for _, _, n, sev in marks if n in whole})
    marks = [m for m in marks if m[2] not in whole]
    return SegView(seg.index, seg.kind, line, _pieces(text, seg.span.start, marks), flags)


def _finding_view(dr: DocumentResult, f: Finding, n: int, row: int | None, suppressed: bool, options: ReportOptions) -> FindingView:
    loc = primary_location(dr, f, options.base_dir)
    where = f"{loc.line}:{loc.col}" if loc.line is not None else ""
    return FindingView(
        n=n,
        rule_id=f.rule_id,
        severity=f.severity.value,
        message=f.message,
        suggestion=f.suggestion,
        source_term=f.source_term,
        rendering=f.rendering,
        fingerprint=f.fingerprint(dr.document.id),
        where=where,
        row=row,
        suppressed=suppressed,
        file=file_label(dr.document, loc.file) if where else "",
    )


def _scores(mapping) -> list[ScoreView]:
    known = [ScoreView(k, float(mapping[k])) for k in SCORE_ORDER if k in mapping]
    other = [ScoreView(k, float(v)) for k, v in sorted(mapping.items()) if k not in SCORE_LEGEND]
    return known + other


def _rule_views(dr: DocumentResult, options: ReportOptions) -> list[RuleView]:
    counts: dict[str, list[int]] = {}
    sev: dict[str, Severity] = {}
    for f in dr.findings:
        counts.setdefault(f.rule_id, [0, 0])[0] += 1
        sev.setdefault(f.rule_id, f.severity)
    for f in dr.suppressed:
        counts.setdefault(f.rule_id, [0, 0])[1] += 1
        sev.setdefault(f.rule_id, f.severity)
    out = []
    for rid in sorted(counts):
        d: RuleDoc = options.rule(rid)
        out.append(
            RuleView(
                id=rid,
                name=d.name,
                severity=(d.severity or sev[rid]).value,
                kind=d.kind,
                pack=d.pack,
                message=d.message,
                docs=d.docs.strip(),
                count=counts[rid][0],
                suppressed=counts[rid][1],
            )
        )
    return out


# ---------------------------------------------------------------- document page


def document_page(dr: DocumentResult, result: AuditResult, options: ReportOptions) -> DocPage:
    doc = dr.document
    pairs = sorted(dr.pairs, key=lambda p: p.index)
    row_of_pair = {p.index: p.index for p in pairs}
    # which row shows each segment (to place findings that name no pair but have spans)
    row_of_seg: dict[tuple[str, int], int] = {}
    for p in pairs:
        for i in p.ko:
            row_of_seg.setdefault(("ko", i), p.index)
        for i in p.en:
            row_of_seg.setdefault(("en", i), p.index)

    seg_index = _Intervals(
        [(g.span.file, g.span.start, g.span.end, ("en", g.index)) for g in doc.en]
        + [(g.span.file, g.span.start, g.span.end, ("ko", g.index)) for g in doc.ko]
    )

    def seg_row(f: Finding) -> int | None:
        for side, spans in (("en", f.en_spans), ("ko", f.ko_spans)):
            for sp in spans:
                for _, _, key in seg_index.overlapping(sp.file, sp.start, max(sp.end, sp.start + 1)):
                    if key[0] == side and key in row_of_seg:
                        return row_of_seg[key]
        return None

    views: list[FindingView] = []
    flagged = []
    for n, f in enumerate(sort_findings(dr.findings)):
        row = row_of_pair.get(f.pair) if f.pair is not None else None
        if row is None:
            row = seg_row(f)
        views.append(_finding_view(dr, f, n, row, False, options))
        for sp in (*f.ko_spans, *f.en_spans):
            flagged.append((sp.file, sp.start, sp.end, (n, f.severity.value)))
    spans_by_file = _Intervals(flagged)
    # reading order for keyboard navigation: rows first, then within a row worst first
    suppressed = [_finding_view(dr, f, len(views) + k, None, True, options) for k, f in enumerate(sort_findings(dr.suppressed))]

    used: set[int] = set()
    rule_of = {v.n: v.rule_id for v in views}
    by_row: dict[int, list[FindingView]] = {}
    for v in views:
        if v.row is not None:
            by_row.setdefault(v.row, []).append(v)
    rows: list[RowView] = []
    for p in pairs:
        ko = [_seg_view(doc, doc.ko[i], spans_by_file, used, rule_of) for i in p.ko if i < len(doc.ko)]
        en = [_seg_view(doc, doc.en[i], spans_by_file, used, rule_of) for i in p.en if i < len(doc.en)]
        ref = [_seg_view(doc, doc.ref[i], spans_by_file, used, rule_of) for i in p.ref if i < len(doc.ref)]
        fv = by_row.get(p.index, [])
        scores = _scores(p.scores)
        if p.confidence < 1.0 and "confidence" not in p.scores and len(p.ko) and len(p.en):
            scores.append(ScoreView("confidence", float(p.confidence)))
        rows.append(
            RowView(
                index=p.index,
                kind=LinkKind.of(len(p.ko), len(p.en)).value if len(p.ko) <= 2 and len(p.en) <= 2 else f"{len(p.ko)}-{len(p.en)}",
                ko=ko,
                en=en,
                ref=ref,
                findings=fv,
                scores=scores,
                worst=_worst(v.severity for v in fv),
            )
        )
    # sentences no pair holds (an English-only or Korean-only input): shown on their own, in file order
    loose = [("ko", g) for g in doc.ko if ("ko", g.index) not in row_of_seg] + [("en", g) for g in doc.en if ("en", g.index) not in row_of_seg]
    loose.sort(key=lambda x: (x[1].span.file, x[1].span.start))
    next_index = max((p.index for p in pairs), default=-1) + 1
    for k, (side, g) in enumerate(loose):
        sv = _seg_view(doc, g, spans_by_file, used, rule_of)
        idx = next_index + k
        for v in views:
            if v.row is None and v.n in {n for pc in sv.pieces for n in pc.fids} | {n for n, _, _ in sv.flags}:
                v.row = idx
        fv = [v for v in views if v.row == idx]
        rows.append(
            RowView(
                index=idx,
                kind="1-0" if side == "ko" else "0-1",
                ko=[sv] if side == "ko" else [],
                en=[sv] if side == "en" else [],
                ref=[],
                findings=fv,
                worst=_worst(v.severity for v in fv),
                aligned=False,
            )
        )
    for v in views:
        v.highlighted = v.n in used
    doc_findings = [v for v in views if v.row is None]

    # risk along the article: the scorer's pair risk, else a findings-based stand-in
    has_risk = any("risk" in p.scores for p in pairs)
    by_index = {p.index: p for p in pairs}
    for r in rows:
        p = by_index.get(r.index) if r.aligned else None
        if has_risk:
            r.risk = float(p.scores.get("risk", 0.0)) if p is not None else 0.0
        else:
            r.risk = sum(SEV_WEIGHT[Severity(v.severity)] for v in r.findings)
    risk_source = "pair risk from the scorers" if has_risk else "findings on the pair (error 3, warning 2, info 1); no scorer risk in this run"
    chart_w, chart_h = 1000.0, 60.0
    top = max((r.risk for r in rows), default=0.0) or 1.0
    w = chart_w / max(len(rows), 1)
    bars = [
        BarView(
            row=r.index,
            x=round(i * w, 2),
            w=round(max(w - 1.0, 0.6), 2),
            h=round(max(r.risk / top * (chart_h - 4), 1.5), 2),
            severity=r.worst,
            label=f"pair {r.index + 1}: risk {r.risk:.2f}" + (f", {len(r.findings)} finding(s)" if r.findings else ""),
        )
        for i, r in enumerate(rows)
    ]

    legend_names = {s.name for r in rows for s in r.scores} | set(dr.scores)
    legend = [(k, SCORE_LEGEND[k]) for k in SCORE_ORDER if k in legend_names]
    legend += [(k, "score reported by a scorer") for k in sorted(legend_names) if k not in SCORE_LEGEND]

    dropped = []
    for d in doc.dropped:
        where = ""
        if d.span.file < len(doc.files):
            line, col = doc.files[d.span.file].line_col(d.span.start)
            where = f"{line}:{col}"
            if file_label(doc, d.span.file):
                where = f"{file_label(doc, d.span.file)}:{where}"
        text = d.text
        dropped.append(DroppedView(where, d.reason, text[:MAX_DROPPED_TEXT], len(text) > MAX_DROPPED_TEXT))

    counts = dr.counts()
    counts["suppressed"] = len(dr.suppressed)
    rules = _rule_views(dr, options)
    data = {
        "doc": doc.id,
        "findings": [
            {
                "n": v.n,
                "rule": v.rule_id,
                "sev": v.severity,
                "msg": v.message,
                "sugg": v.suggestion or "",
                "row": v.row,
                "where": v.where,
            }
            for v in views
        ],
        "rules": {r.id: r.name for r in rules},
    }
    return DocPage(
        meta=sorted((str(k), str(v)) for k, v in (getattr(dr, "meta", None) or {}).items()),
        max_risk=max((r.risk for r in rows), default=0.0),
        has_ko=bool(doc.ko),
        has_en=bool(doc.en),
        doc_id=doc.id,
        path=doc.path,
        input_format=doc.input_format,
        notes=list(doc.notes),
        rows=rows,
        doc_findings=doc_findings,
        suppressed=suppressed,
        counts=counts,
        rules=rules,
        doc_scores=_scores(dr.scores),
        legend=legend,
        bars=bars,
        chart_w=chart_w,
        chart_h=chart_h,
        risk_source=risk_source,
        dropped=dropped,
        n_ko=len(doc.ko),
        n_en=len(doc.en),
        n_ref=len(doc.ref),
        signature=result.signature,
        version=result.version,
        data_json=script_json(data),
    )


# ---------------------------------------------------------------- index


@dataclass
class IndexRow:
    doc_id: str
    href: str
    path: str
    notes: list[str]
    n_pairs: int
    risk: float
    counts: dict[str, int]
    top: list[FindingView]
    worst: str | None


@dataclass
class IndexPage:
    rows: list[IndexRow]
    worst: list[tuple[IndexRow, FindingView]]
    totals: dict[str, int]
    errors: list[tuple[str, str]]
    bars: list[tuple[IndexRow, float, float]]  # row, y, width
    chart_h: float
    signature: str
    version: str


def index_page(result: AuditResult, options: ReportOptions) -> IndexPage:
    names = page_names(result)
    rows: list[IndexRow] = []
    for dr in result.documents:
        fs = sort_findings(dr.findings)
        top = [_finding_view(dr, f, n, f.pair, False, options) for n, f in enumerate(fs)]
        c = dr.counts()
        c["suppressed"] = len(dr.suppressed)
        rows.append(
            IndexRow(dr.document.id, names[dr.document.id], dr.document.path, list(dr.document.notes), len(dr.pairs), dr.risk, c, top, _worst(f.severity for f in fs))
        )
    rows.sort(key=lambda r: (-r.risk, -r.counts["error"], -r.counts["warning"], r.doc_id))
    totals = {k: sum(r.counts[k] for r in rows) for k in ("error", "warning", "info", "suppressed")}
    worst = sorted(
        ((r, f) for r in rows for f in r.top),
        key=lambda rf: (-Severity(rf[1].severity).rank, -rf[0].risk, rf[0].doc_id, rf[1].n),
    )[:12]
    top_risk = max((r.risk for r in rows), default=0.0) or 1.0
    bars = [(r, 22.0 * i, round(max(r.risk / top_risk * 560.0, 2.0), 2)) for i, r in enumerate(rows)]
    for r in rows:
        r.top = r.top[:3]
    return IndexPage(rows, worst, totals, [(e.path, e.message) for e in result.errors], bars, 22.0 * max(len(rows), 1), result.signature, result.version)


# ---------------------------------------------------------------- rendering


# The pieces a page repeats most (a pair row, a sentence, a finding, a score) are written out here
# rather than as Jinja macros and loops: a macro call costs more than the markup it makes, and a long
# article has hundreds of them. Every value from a document goes through _e(), as the template's
# autoescaping would do; the template places the Markup these return.


_FIRST = ' data-first="1"'
_NEEDS_ESCAPE = re.compile(r"[&<>'\"]")


def _e(v) -> str:
    """markupsafe.escape(v) as a plain str (the same entities), without a Markup object per value: the helpers
    below escape some hundred values a page."""
    if type(v) is not str:
        if hasattr(v, "__html__"):
            return v.__html__()
        v = str(v)
    if _NEEDS_ESCAPE.search(v) is None:
        return v
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace('"', "&#34;")


def _segment_html(s: SegView, lang: str):
    out = [f'<div class="seg{f" flagged sev-{_e(s.worst_flag)}" if s.flags else ""}" data-seg="{_e(lang)}{s.index:d}" '
           f'lang="{"ko" if lang == "ko" else "en"}">']
    for n, sev, rule in s.flags:
        out.append(f'<span class="hl segflag sev-{_e(sev)}" tabindex="0" data-f="{n:d}" title="{_e(rule)}: about the whole sentence">'
                   f'<span aria-hidden="true">{_e(ICON[sev])}</span> {_e(rule)}</span>')
    if s.kind != "body":
        out.append(f'<span class="segkind">{_e(s.kind)}</span>')
    out.append('<span class="segtext">')
    for p in s.pieces:
        if p.severity:
            out.append(f'<mark class="hl sev-{_e(p.severity)}" tabindex="0" data-f="{" ".join(str(int(i)) for i in p.fids)}"'
                       f'{_FIRST if p.first else ""}>{_e(p.text)}</mark>')
        else:
            out.append(_e((p.text)))
    out.append("</span>")
    if s.line:
        out.append(f'<span class="segline" title="line {_e(s.line)} of the input file">L{_e(s.line)}</span>')
    out.append("</div>")
    return Markup("".join(out))


def _finding_html(f: FindingView):
    sev, rule = _e(f.severity), _e(f.rule_id)
    out = [f'<li class="finding sev-{sev}{" is-suppressed" if f.suppressed else ""}" id="finding-{f.n:d}" data-f="{f.n:d}" data-sev="{sev}" '
           f'data-rule="{rule}" tabindex="-1">\n'
           f'  <span class="sev-label sev-{sev}"><span class="icon" aria-hidden="true">{_e(ICON[f.severity])}</span> {sev}</span>\n'
           f'  <a class="rule-link" href="#rule-{rule}" title="Rule documentation">{rule}</a>\n']
    if f.where:
        out.append(f'<span class="where">{_e(f.file) + " " if f.file else ""}line {_e(f.where)}</span>')
    out.append(f'  <div class="msg">{_e(f.message)}</div>\n')
    if f.suggestion:
        out.append(f'<div class="sugg"><span class="sugg-label">suggestion</span> {_e(f.suggestion)}</div>')
    if not f.highlighted and not f.suppressed and f.row is not None:
        out.append('<div class="nospan">(not tied to a span of text)</div>')
    out.append("</li>")
    return Markup("".join(out))


@lru_cache(maxsize=256)
def _score_head(name: str) -> str:
    return f'<span class="score" title="{_e(SCORE_LEGEND.get(name, "score reported by a scorer"))}">{_e(name)} <b>'


def _score_html(s: ScoreView) -> str:
    return f'{_score_head(s.name)}{_e(s.shown)}</b></span>'


def _empty_note(has_side: bool, aligned: bool, side: str) -> str:
    if side == "ko":
        return "⊘ no Korean in this input" if not has_side else "⊘ not aligned to any Korean sentence" if not aligned else "⊘ no Korean source: added in the English"
    return "⊘ no English in this input" if not has_side else "⊘ not aligned to any English sentence" if not aligned else "⊘ not translated: no English for this Korean"


def _row_html(r: RowView, page: DocPage):
    """One pair of the side-by-side table (a <tr>)."""
    kind = _e(r.kind)
    out = [f'  <tr class="pair kind-{kind}{f" worst-{_e(r.worst)}" if r.worst else ""}" id="pair-{r.index:d}" '
           f'data-sevs="{_e(r.severities)}" data-rules="{_e(r.rules)}">\n'
           f'    <th scope="row" class="n"><a href="#pair-{r.index:d}">{r.index + 1:d}</a>']
    if r.kind != "1-1":
        out.append(f'<span class="kind{"" if r.aligned else " loose"}" title="{len(r.ko):d} Korean sentence(s) linked to {len(r.en):d} '
                   f'English sentence(s)">{kind}</span>')
    out.append("</th>\n")
    if r.ko:
        out.append(f'    <td class="ko{" multi" if len(r.ko) > 1 else ""}">{"".join(_segment_html(s, "ko") for s in r.ko)}</td>\n')
    else:
        out.append(f'    <td class="ko empty"><span class="emptynote">{_empty_note(page.has_ko, r.aligned, "ko")}</span></td>\n')
    if r.en:
        out.append(f'    <td class="en{" multi" if len(r.en) > 1 else ""}">{"".join(_segment_html(s, "en") for s in r.en)}')
        if r.ref:
            out.append(f'<div class="ref"><span class="reflabel">reference</span>{"".join(_segment_html(s, "ref") for s in r.ref)}</div>')
        out.append("    </td>\n")
    else:
        out.append(f'    <td class="en empty"><span class="emptynote">{_empty_note(page.has_en, r.aligned, "en")}</span></td>\n')
    out.append('    <td class="side">\n')
    if r.findings:
        out.append(f'<ul class="findings">{"".join(_finding_html(f) for f in r.findings)}</ul>')
    if r.scores:
        out.append(f'<div class="scores">{"".join(_score_html(s) for s in r.main_scores)}')
        more = r.more_scores
        if more:
            out.append(f'<details class="more"><summary>{len(more):d} more</summary>{"".join(_score_html(s) for s in more)}</details>')
        out.append("      </div>")
    out.append("    </td>\n  </tr>\n")
    return Markup("".join(out))


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every {{ }} is escaped; nothing from the inputs is ever marked safe
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["icon"] = ICON
    env.globals["finding_item"] = _finding_html
    env.globals["pair_row"] = _row_html
    return env


@lru_cache(maxsize=1)
def _static() -> tuple[str, str]:
    css = (HERE / "static" / "report.css").read_text(encoding="utf-8")
    js = (HERE / "static" / "report.js").read_text(encoding="utf-8")
    return css, js


def render_document(dr: DocumentResult, result: AuditResult, options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    css, js = _static()
    page = document_page(dr, result, options)
    # our own CSS/JS and the escaped JSON are the only Markup; they hold no untrusted characters that could break out
    return _env().get_template("document.html.j2").render(
        page=page, css=Markup(css), js=Markup(js), data_json=Markup(page.data_json), legend=dict(SCORE_LEGEND)
    )


def render_index(result: AuditResult, options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    css, js = _static()
    return _env().get_template("index.html.j2").render(page=index_page(result, options), css=Markup(css), js=Markup(js))


def html_files(result: AuditResult, options: ReportOptions | None = None) -> dict[str, str]:
    """Every page of the HTML report: index.html and one page per document."""
    options = options or ReportOptions()
    names = page_names(result)
    files = {"index.html": render_index(result, options)}
    for dr in result.documents:
        files[names[dr.document.id]] = render_document(dr, result, options)
    return files


def format_html(result: AuditResult, options: ReportOptions | None = None) -> str:
    """The page a single-string consumer wants: the document page for one document, else the index."""
    if len(result.documents) == 1 and not result.errors:
        return render_document(result.documents[0], result, options)
    return render_index(result, options)
