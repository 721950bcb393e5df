"""Apply a reviewer's confirmed corrections to the English of a document.

    plan_edits(doc_result, decisions) -> list[Edit]   where each correction goes
    fix_document(doc_result, decisions) -> FixResult  the corrected English file, a diff, and TER

Only corrections a reviewer confirmed (decision `confirmed` with a `correction`, or `rule`)
are applied, and only inside the English spans of the findings they decide: the rendering
there (through case, plural -s/-es and possessive 's) is replaced by the correction.
TER (sacrebleu) is computed with the original MT as hypothesis and the corrected English as
reference: the post-editing effort (HTER) the confirmed errors cost.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .review.apply import confirmed_correction
from .types import DocumentResult, Finding, Span


@dataclass(frozen=True)
class Edit:
    file: int
    start: int
    end: int
    old: str
    new: str
    rule_id: str
    fingerprint: str


@dataclass(frozen=True)
class FixResult:
    path: str  # the input file that holds the English
    original: str  # its text
    corrected: str
    edits: tuple[Edit, ...]
    segments_original: tuple[str, ...]
    segments_corrected: tuple[str, ...]
    ter: float  # 0 when nothing changed
    ter_signature: str = ""
    num_edits: float = 0.0  # word-level edits TER counted
    ref_length: float = 0.0
    notes: tuple[str, ...] = field(default_factory=tuple)

    def diff(self, out_name: str) -> str:
        return "".join(
            difflib.unified_diff(
                self.original.splitlines(keepends=True),
                self.corrected.splitlines(keepends=True),
                fromfile=self.path,
                tofile=out_name,
            )
        )


def _rendering_pattern(rendering: str) -> re.Pattern:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", rendering.strip()) if w]
    body = r"[\s\-]+".join(words)
    # plural and possessive forms of the last word belong to the rendering
    return re.compile(r"(?<![\w])" + body + r"(?:e?s)?(?:['’]s?)?(?![\w])", re.IGNORECASE)


def _match_case(found: str, new: str) -> str:
    """Keep a capital where the MT had one (sentence starts, headlines)."""
    if found[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new


def _edits_for(dr: DocumentResult, f: Finding, correction: str) -> list[Edit]:
    doc = dr.document
    fp = f.fingerprint(doc.id)
    regions: list[Span] = list(f.en_spans)
    if not regions and f.pair is not None:  # no English span: look in the pair's English sentences
        pair = next((p for p in dr.pairs if p.index == f.pair), None)
        if pair is not None:
            regions = [doc.en[i].span for i in pair.en if 0 <= i < len(doc.en)]
    out: list[Edit] = []
    for sp in regions:
        if sp.file >= len(doc.files):
            continue
        text = doc.files[sp.file].text
        region = text[sp.start : sp.end]
        if f.rendering:
            m = _rendering_pattern(f.rendering).search(region)
            if m is None:
                # the span may be just the matched words without the plural: widen to the sentence
                seg = next((s for s in doc.en if s.span.file == sp.file and s.span.start <= sp.start < s.span.end), None)
                if seg is None:
                    continue
                m2 = _rendering_pattern(f.rendering).search(text, seg.span.start, seg.span.end)
                if m2 is None:
                    continue
                start, end = m2.start(), m2.end()
            else:
                start, end = sp.start + m.start(), sp.start + m.end()
                # a span that stops before a plural/possessive ending: take the ending too
                m3 = re.compile(r"(?:e?s)?(?:['’]s?)?(?![\w])").match(text, end)
                if m3:
                    end = m3.end()
        else:
            start, end = sp.start, sp.end
        found = text[start:end]
        new = _inflect(found, f.rendering, correction) if f.rendering else correction
        out.append(Edit(sp.file, start, end, found, _match_case(found, new), f.rule_id, fp))
    return out


_ENDING = re.compile(r"(?P<plural>e?s)?(?P<poss>['’]s?)?$", re.IGNORECASE)


def _inflect(found: str, rendering: str, correction: str) -> str:
    """The correction with the plural or possessive ending the MT put on its rendering ("private batteries" ->
    "secondary batteries", "the small manager's" -> "... equipment's"); a correction that is a list or a phrase
    with commas is left as written (no sure plural for "materials, parts and equipment")."""
    words = re.split(r"[\s\-]+", rendering.strip())
    last = words[-1].lower() if words else ""
    tail = found.split()[-1].lower() if found.split() else ""
    ending = _ENDING.search(tail[len(last):] if tail.startswith(last.rstrip("y")) else "")
    if not ending or not ending.group(0) or "," in correction or " and " in correction:
        return correction
    out = correction
    if ending.group("plural") and not correction.lower().endswith("s"):
        if out.endswith("y") and len(out) > 1 and out[-2].lower() not in "aeiou":
            out = out[:-1] + "ies"
        elif re.search(r"(s|x|z|ch|sh)$", out):
            out += "es"
        else:
            out += "s"
    if ending.group("poss"):
        out += ending.group("poss")[0] if out.lower().endswith("s") else ending.group("poss")  # funds' / battery's
    return out


def plan_edits(dr: DocumentResult, decisions) -> list[Edit]:
    """Edits for every finding of the document that has a confirmed correction; overlaps dropped."""
    edits: list[Edit] = []
    for f in dr.findings:
        correction = confirmed_correction(decisions, f, dr.document.id)
        # without a rendering there is nothing to replace (e.g. "term present, expected English missing")
        if correction and f.rendering:
            edits.extend(_edits_for(dr, f, correction))
    edits.sort(key=lambda e: (e.file, e.start, -(e.end - e.start)))
    kept: list[Edit] = []
    for e in edits:
        if kept and kept[-1].file == e.file and e.start < kept[-1].end:
            continue  # overlaps an edit already planned (two findings on the same words)
        kept.append(e)
    return kept


def apply_edits(text: str, edits: list[Edit]) -> str:
    out = []
    last = 0
    for e in sorted(edits, key=lambda e: e.start):
        out.append(text[last : e.start])
        out.append(e.new)
        last = e.end
    out.append(text[last:])
    return "".join(out)


def _corrected_segment(text: str, start: int, end: int, edits: list[Edit]) -> str:
    inside = [e for e in edits if start <= e.start and e.end <= end]
    piece = apply_edits(text[start:end], [Edit(e.file, e.start - start, e.end - start, e.old, e.new, e.rule_id, e.fingerprint) for e in inside])
    return " ".join(piece.split())


def fix_document(dr: DocumentResult, decisions) -> FixResult:
    from sacrebleu.metrics import TER

    doc = dr.document
    en_file = doc.en[0].span.file if doc.en else 0
    edits = [e for e in plan_edits(dr, decisions) if e.file == en_file]
    original = doc.files[en_file].text if doc.files else ""
    corrected = apply_edits(original, edits)
    seg_orig = tuple(" ".join(original[s.span.start : s.span.end].split()) for s in doc.en if s.span.file == en_file)
    seg_corr = tuple(_corrected_segment(original, s.span.start, s.span.end, edits) for s in doc.en if s.span.file == en_file)
    ter = 0.0
    sig = ""
    num_edits = ref_len = 0.0
    if seg_orig:
        metric = TER()
        score = metric.corpus_score(list(seg_orig), [list(seg_corr)])
        ter = float(score.score)
        sig = str(metric.get_signature())
        num_edits = float(getattr(score, "num_edits", 0.0))
        ref_len = float(getattr(score, "ref_length", 0.0))
    notes = []
    if not doc.en:
        notes.append("the document has no English to correct")
    return FixResult(
        path=doc.files[en_file].path if doc.files else "",
        original=original,
        corrected=corrected,
        edits=tuple(edits),
        segments_original=seg_orig,
        segments_corrected=seg_corr,
        ter=ter,
        ter_signature=sig,
        num_edits=num_edits,
        ref_length=ref_len,
        notes=tuple(notes),
    )
