"""A small, fixed AuditResult for the report tests: built here, independent of the reader,
aligner, rules and scorers (they change; the golden files must not change with them).

It holds every shape a report must show: 1-1, 1-2, an omission (1-0), an addition (0-1),
overlapping highlights, a finding on a pair with no span, a document-level finding, a
suppressed finding, notes, dropped furniture, scores, and hostile text that must stay text.
"""

from __future__ import annotations

from mtaudit.report import ReportOptions, RuleDoc
from mtaudit.types import (
    AlignedPair,
    AuditResult,
    Document,
    DocumentResult,
    Dropped,
    Finding,
    InputError,
    Lang,
    Segment,
    Severity,
    SourceFile,
    Span,
)

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> </textarea>"

TEXT = (
    "산업부, 이차전지 소부장 특화단지 지정서 전달\n"
    "\n"
    "충청북도는 이차전지 소부장 특화단지 지정서를 받았다고 밝혔다.\n"
    "에코프로비엠 권우석 대표이사가 참석했다.\n"
    "방사광가속기가 입지하게 되는 오창이다.\n"
    "\n"
    "공유하기 " + HOSTILE + "\n"
    "\n"
    "Ministry of Industry delivers designation for secondary battery Division Manager special complex\n"
    "\n"
    "Chungbuk received the designation of the small manager special complex. It was a big day.\n"
    "Ecoro BM CEO Kwon Woo-seok attended, saying " + HOSTILE + ".\n"
    "Chungbuk-do to create a special complex for 4 core materials.\n"
)
PATH = "fixtures/sample-003.txt"


def span(text: str, nth: int = 0, within: str | None = None) -> Span:
    """Span of the nth occurrence of `text` (inside the first occurrence of `within`, if given)."""
    base = TEXT.index(within) if within else 0
    start = base - 1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Span(0, start, start + len(text))


def seg(index: int, lang: Lang, text: str, kind: str = "body") -> Segment:
    return Segment(index, lang, " ".join(text.split()), span(text), kind)


KO = (
    seg(0, Lang.KO, "산업부, 이차전지 소부장 특화단지 지정서 전달", "headline"),
    seg(1, Lang.KO, "충청북도는 이차전지 소부장 특화단지 지정서를 받았다고 밝혔다."),
    seg(2, Lang.KO, "에코프로비엠 권우석 대표이사가 참석했다."),
    seg(3, Lang.KO, "방사광가속기가 입지하게 되는 오창이다."),
)
EN = (
    seg(0, Lang.EN, "Ministry of Industry delivers designation for secondary battery Division Manager special complex", "headline"),
    seg(1, Lang.EN, "Chungbuk received the designation of the small manager special complex."),
    seg(2, Lang.EN, "It was a big day."),
    seg(3, Lang.EN, "Ecoro BM CEO Kwon Woo-seok attended, saying " + HOSTILE + "."),
    seg(4, Lang.EN, "Chungbuk-do to create a special complex for 4 core materials."),
)

RULES = {
    "KO-TERM-001": RuleDoc(
        id="KO-TERM-001",
        name="sobujang",
        severity=Severity.ERROR,
        kind="term",
        message="{source} rendered as {rendering}; write {suggestion}",
        docs="소부장 abbreviates 소재·부품·장비: materials, parts and equipment.\n\n"
        "Machine translation reads it as 소 (small) + 부장 (manager). Write \"materials, parts and equipment\".",
        pack="ko-en-industry",
    ),
    "MT-STYLE-002": RuleDoc(id="MT-STYLE-002", name="literal-compound", severity=Severity.WARNING, kind="term", docs="A compound translated word by word."),
    "MT-NAME-001": RuleDoc(id="MT-NAME-001", name="company-name", severity=Severity.WARNING, kind="name", docs="Company names must match their official romanisation."),
    "MT-NUM-001": RuleDoc(id="MT-NUM-001", name="number-mismatch", severity=Severity.INFO, kind="number", docs="Numbers differ between Korean and English."),
    "MT-OMIT-001": RuleDoc(id="MT-OMIT-001", name="omission", severity=Severity.ERROR, kind="omission", docs="A Korean sentence has no English."),
    "MT-ADD-001": RuleDoc(id="MT-ADD-001", name="addition", severity=Severity.INFO, kind="omission", docs="An English sentence has no Korean source."),
    "MT-DOC-001": RuleDoc(id="MT-DOC-001", name="partial-source", severity=Severity.WARNING, kind="omission", docs=""),
}


def build_result() -> AuditResult:
    doc = Document(
        id="sample-003",
        files=(SourceFile(PATH, TEXT),),
        ko=KO,
        en=EN,
        dropped=(Dropped(span("공유하기 " + HOSTILE), "공유하기 " + HOSTILE, "share buttons"),),
        notes=("English subtitle has no Korean source " + HOSTILE,),
    )
    pairs = (
        AlignedPair(0, (0,), (0,), 0.91, scores={"risk": 0.8, "similarity": 0.52, "length_z": 0.4, "anchor_coverage": 1.0}),
        AlignedPair(1, (1,), (1, 2), 0.77, scores={"risk": 0.9, "similarity": 0.48, "length_z": -1.25, "anchor_coverage": 0.5}),
        AlignedPair(2, (2,), (3,), 0.95, scores={"risk": 0.4, "similarity": 0.71, "length_z": 2.5, "anchor_coverage": 1.0, "pivot_chrf": 41.5}),
        AlignedPair(3, (3,), (), 0.0, scores={"risk": 1.0}),
        AlignedPair(4, (), (4,), 0.0, scores={"risk": 0.3}),
    )
    findings = (
        Finding(
            "KO-TERM-001",
            Severity.ERROR,
            "소부장 rendered as \"Division Manager\"",
            pair=0,
            ko_spans=(span("소부장"),),
            en_spans=(span("Division Manager"),),
            suggestion="materials, parts and equipment",
            source_term="소부장",
            rendering="Division Manager",
        ),
        Finding(
            "KO-TERM-001",
            Severity.ERROR,
            "소부장 rendered as \"small manager\"",
            pair=1,
            ko_spans=(span("소부장", 1),),
            en_spans=(span("small manager"),),
            suggestion="materials, parts and equipment",
            source_term="소부장",
            rendering="small manager",
        ),
        Finding(
            "MT-STYLE-002",
            Severity.WARNING,
            "\"manager special complex\" reads word by word",
            pair=1,
            en_spans=(span("manager special complex", 0, "Chungbuk received"),),
            rendering="manager special complex",
        ),
        Finding(
            "MT-NAME-001",
            Severity.WARNING,
            "company name \"Ecoro BM\" is misspelt " + HOSTILE,
            pair=2,
            ko_spans=(span("에코프로비엠"),),
            en_spans=(span("Ecoro BM"),),
            suggestion="EcoPro BM " + HOSTILE,
            source_term="에코프로비엠",
            rendering="Ecoro BM",
        ),
        Finding("MT-NUM-001", Severity.INFO, "the English has a number (4) the Korean lacks", pair=2, rendering="4"),
        Finding("MT-OMIT-001", Severity.ERROR, "this Korean sentence is not translated", pair=3, ko_spans=(KO[3].span,), source_term=KO[3].text),
        Finding("MT-ADD-001", Severity.INFO, "this English sentence has no Korean source", pair=4, en_spans=(EN[4].span,), rendering=EN[4].text),
        Finding("MT-DOC-001", Severity.WARNING, "the byline was not translated"),
    )
    suppressed = (
        Finding(
            "KO-TERM-001",
            Severity.ERROR,
            "소부장 rendered as \"Division Manager\" (headline style accepted)",
            pair=0,
            ko_spans=(span("소부장"),),
            en_spans=(span("Division Manager"),),
            source_term="소부장",
            rendering="Division Manager (headline)",
        ),
    )
    dr = DocumentResult(document=doc, pairs=pairs, findings=findings, suppressed=suppressed, scores={"risk": 3.4, "similarity": 0.6},
                        meta={"sacrebleu.chrf": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0"})
    clean = DocumentResult(
        document=Document(
            id="clean-001",
            files=(SourceFile("fixtures/clean-001.txt", "좋은 번역이다.\nA good translation.\n"),),
            ko=(Segment(0, Lang.KO, "좋은 번역이다.", Span(0, 0, 8)),),
            en=(Segment(0, Lang.EN, "A good translation.", Span(0, 9, 28)),),
        ),
        pairs=(AlignedPair(0, (0,), (0,), 0.99, scores={"risk": 0.05, "similarity": 0.93}),),
        scores={"risk": 0.05},
    )
    return AuditResult(
        documents=(dr, clean),
        errors=(InputError("fixtures/broken.txt", "file is empty"),),
        signature="mtaudit:0.0-test|encoder:none|rules:test@0|scores:none",
        version="0.0-test",
    )


def options(**kw) -> ReportOptions:
    return ReportOptions(rules=RULES, **kw)


def test_fixture_spans_point_at_what_they_name():
    r = build_result()
    doc = r.documents[0].document
    text = doc.files[0].text
    for s in (*doc.ko, *doc.en):
        assert " ".join(text[s.span.start : s.span.end].split()) == s.text
    f = r.documents[0].findings[1]
    assert text[f.en_spans[0].start : f.en_spans[0].end] == "small manager"
    assert text[f.ko_spans[0].start : f.ko_spans[0].end] == "소부장"
