"""Time the HTML document page for a synthetic article: N pairs, a finding on every other pair.

    .venv/bin/python benchmarks/report_html.py [N]
"""
import sys
import time

from mtaudit.report import ReportOptions, RuleDoc
from mtaudit.report.html_ import render_document
from mtaudit.types import AlignedPair, AuditResult, Document, DocumentResult, Finding, Lang, Segment, Severity, SourceFile, Span
N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
ko_lines = [f"한국어 문장 {i} 소부장 특화단지." for i in range(N)]
en_lines = [f"English sentence {i} small manager complex." for i in range(N)]
text = "\n".join(ko_lines) + "\n\n" + "\n".join(en_lines) + "\n"
ko, en, pos = [], [], 0
for i, l in enumerate(ko_lines):
    ko.append(Segment(i, Lang.KO, l, Span(0, pos, pos + len(l)))); pos += len(l) + 1
pos += 1
for i, l in enumerate(en_lines):
    en.append(Segment(i, Lang.EN, l, Span(0, pos, pos + len(l)))); pos += len(l) + 1
doc = Document("big", (SourceFile("big.txt", text),), tuple(ko), tuple(en))
pairs = tuple(AlignedPair(i, (i,), (i,), 0.9, scores={"risk": float(i % 50)}) for i in range(N))
fs = []
for i in range(0, N, 2):
    s = en[i].span.start + en[i].text.index("small manager")
    k = ko[i].span.start + ko[i].text.index("소부장")
    fs.append(Finding("KO-TERM-001", Severity.ERROR, "소부장 rendered as small manager", i, (Span(0, k, k + 3),), (Span(0, s, s + 13),), "materials, parts and equipment", "소부장", "small manager"))
dr = DocumentResult(doc, pairs, tuple(fs))
r = AuditResult((dr,))
t = time.time(); html = render_document(dr, r, ReportOptions(rules={"KO-TERM-001": RuleDoc("KO-TERM-001")})); print(f"{N} pairs, {len(fs)} findings: {time.time()-t:.2f}s, {len(html)/1e6:.1f} MB")
