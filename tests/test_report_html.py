"""The HTML report: what a reviewer sees is right, escaped and self-contained.

Pages are parsed with the standard library's HTMLParser: these tests look at the
elements a reviewer and the page's script rely on, not at the exact markup (the
golden file in test_report.py pins that).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mtaudit.report import write_reports
from mtaudit.report.html_ import render_document, render_index, script_json
from test_report_data import HOSTILE, build_result, options

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "pairs" / "003_d62fabc13291d6bc.txt"


class Page(HTMLParser):
    """Collects marks, rows, scripts, links and the text inside elements with an id."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.flags: list[int] = []  # findings shown as a badge on a whole sentence
        self.rows: list[dict] = []
        self.scripts: list[dict] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.tags: list[str] = []
        self._stack: list[tuple[str, dict]] = []
        self._open_marks: list[dict] = []
        self._script: dict | None = None
        self._row: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids.add(a["id"])
        if "href" in a:
            self.hrefs.append(a["href"])
        for k in ("src", "srcset", "data", "action", "formaction"):
            if k in a:
                self.srcs.append(a[k])
        if tag == "mark":
            m = {"class": a.get("class", ""), "f": [int(x) for x in a.get("data-f", "").split() if x], "text": ""}
            self.marks.append(m)
            self._open_marks.append(m)
        elif tag == "span" and "segflag" in a.get("class", "").split():
            self.flags.append(int(a["data-f"]))
        elif tag == "script":
            self._script = {"attrs": a, "text": ""}
            self.scripts.append(self._script)
        elif tag == "tr" and "pair" in a.get("class", "").split():
            self._row = {"id": a.get("id"), "class": a.get("class"), "sevs": a.get("data-sevs"), "rules": a.get("data-rules"), "text": ""}
            self.rows.append(self._row)

    def handle_endtag(self, tag):
        if tag == "mark" and self._open_marks:
            self._open_marks.pop()
        elif tag == "script":
            self._script = None
        elif tag == "tr":
            self._row = None

    def handle_data(self, data):
        for m in self._open_marks:
            m["text"] += data
        if self._script is not None:
            self._script["text"] += data
        if self._row is not None:
            self._row["text"] += data


@pytest.fixture(scope="module")
def result():
    return build_result()


@pytest.fixture(scope="module")
def page_html(result):
    return render_document(result.documents[0], result, options())


@pytest.fixture(scope="module")
def page(page_html):
    return Page(page_html)


def test_hostile_text_is_escaped_everywhere(page_html, page):
    assert "<script>alert(1)</script>" not in page_html
    assert "<img src=x" not in page_html and "</textarea>" not in page_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page_html
    assert "img" not in page.tags and "textarea" not in page.tags
    # exactly our two scripts: the JSON data block and the page's own code
    assert [s["attrs"].get("type") for s in page.scripts] == ["application/json", None]
    data_block = page.scripts[0]["text"]
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    data = json.loads(data_block)
    assert any(HOSTILE in f["msg"] for f in data["findings"])  # the data keeps the text intact, as text
    # the English sentence, the note, the finding, the suggestion and the dropped furniture all show it as text
    assert page_html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 5
    code = page.scripts[1]["text"]
    assert ".innerHTML" not in code and ".outerHTML" not in code and "eval(" not in code and "document.write" not in code


def test_script_json_cannot_close_the_script_block():
    out = script_json({"x": "</script><script>alert(1)</script>&\u2028"})
    assert "</" not in out and "<" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"x": "</script><script>alert(1)</script>&\u2028"}


def test_page_is_self_contained(page_html, page):
    assert page.srcs == []  # no images, scripts, frames or objects fetched
    assert all(h.startswith("#") or h == "index.html" for h in page.hrefs), page.hrefs
    assert "@import" not in page_html and "url(" not in page_html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page_html)


def test_highlights_cover_exactly_the_flagged_text(result, page):
    dr = result.documents[0]
    text = dr.document.files[0].text
    order = sorted(dr.findings, key=lambda f: (-f.severity.rank, f.pair if f.pair is not None else -1, f.rule_id, f.message))
    for n, f in enumerate(order):
        shown = "".join(m["text"] for m in page.marks if n in m["f"])
        expected = "".join(text[s.start : s.end] for s in (*f.ko_spans, *f.en_spans))
        if f.rule_id in ("MT-OMIT-001", "MT-ADD-001"):  # about the whole sentence: a badge, no highlight
            assert shown == "" and page.flags.count(n) == 1, f.rule_id
        else:
            assert shown == expected and n not in page.flags, f.rule_id
    small = [m for m in page.marks if m["text"] == "small "]
    assert small and "sev-error" in small[0]["class"]
    # "manager" is covered by the error and the warning: one piece carrying both, coloured as the worse
    both = [m for m in page.marks if m["text"] == "manager"]
    assert len(both) == 1 and len(both[0]["f"]) == 2 and "sev-error" in both[0]["class"]


def test_rows_show_links_omissions_and_additions(result, page):
    dr = result.documents[0]
    assert [r["id"] for r in page.rows] == [f"pair-{p.index}" for p in dr.pairs]
    kinds = [re.search(r"kind-(\S+)", r["class"]).group(1) for r in page.rows]
    assert kinds == ["1-1", "1-2", "1-1", "1-0", "0-1"]
    assert "not translated" in page.rows[3]["text"]
    assert "no Korean source" in page.rows[4]["text"]
    assert "1-2" in page.rows[1]["text"]
    assert page.rows[0]["sevs"] == "error" and page.rows[2]["sevs"] == "info warning"
    assert "MT-STYLE-002" in page.rows[1]["rules"]


def test_counts_filters_scores_and_docs(page_html, page):
    for label in ("Errors (3)", "Warnings (3)", "Info (2)", "1 suppressed"):
        assert label in page_html
    assert re.search(r'<option value="KO-TERM-001">KO-TERM-001 sobujang \(2\)</option>', page_html)
    assert "rule-KO-TERM-001" in page.ids and "소부장 abbreviates 소재·부품·장비" in page_html
    assert 'href="#rule-KO-TERM-001"' in page_html
    assert "similarity <b>0.48</b>" in page_html and "length_z" in page_html
    assert "<dt>similarity</dt>" in page_html  # legend
    assert "<dt>sacrebleu.chrf</dt>" in page_html and "nrefs:1|case:mixed" in page_html  # settings behind the scores
    assert "next finding" in page_html and "<kbd>j</kbd>" in page_html


def test_notes_on_top_furniture_suppressed_chart_and_footer(result, page_html, page):
    assert page_html.index('class="notes"') < page_html.index('class="pairs"')
    assert "English subtitle has no Korean source" in page_html
    m = re.search(r'<details class="dropped">(.*?)</details>', page_html, re.S)
    assert m and "share buttons" in m.group(1) and "7:1" in m.group(1)
    m = re.search(r'<details class="suppressed-list">(.*?)</details>', page_html, re.S)
    assert m and "headline style accepted" in m.group(1)
    bars = re.findall(r'<a href="#pair-(\d+)" class="bar-link">', page_html)
    assert [int(b) for b in bars] == [p.index for p in result.documents[0].pairs]
    assert all(f"pair-{b}" in page.ids for b in bars)
    assert result.signature in page_html
    assert "On the whole document" in page_html and "the byline was not translated" in page_html


def test_index_sorted_by_risk_with_links_that_resolve(result, tmp_path):
    html = render_index(result, options())
    idx = Page(html)
    assert html.index("sample-003.html") < html.index("clean-001.html")
    assert "fixtures/broken.txt" in html and "file is empty" in html
    write_reports(result, str(tmp_path), ["html"], options())
    for href in idx.hrefs:
        target, _, anchor = href.partition("#")
        assert (tmp_path / target).is_file(), href
        if anchor:
            assert anchor in Page((tmp_path / target).read_text(encoding="utf-8")).ids, href
    assert "Worst findings" in html and html.count("KO-TERM-001") >= 2


def test_seed_003_page_highlights_every_finding_span(tmp_path):
    """The real pipeline on the seed: every finding with a span is highlighted exactly on that span."""
    from mtaudit.pipeline import AuditConfig, run_audit

    r = run_audit([str(SEED_003)], AuditConfig(encoder="none"))
    (dr,) = r.documents
    write_reports(r, str(tmp_path), ["html"])
    page = Page((tmp_path / "003_d62fabc13291d6bc.html").read_text(encoding="utf-8"))
    text = dr.document.files[0].text
    order = sorted(dr.findings, key=lambda f: (-f.severity.rank, f.pair if f.pair is not None else -1, f.rule_id, f.message))
    assert len(page.rows) == len(dr.pairs)
    segs = (*dr.document.ko, *dr.document.en)
    for n, f in enumerate(order):
        unique = dict.fromkeys((*f.ko_spans, *f.en_spans))  # a span listed twice is highlighted once
        spans = [s for s in unique if any(g.span.start <= s.start and s.end <= g.span.end for g in segs)]
        whole = [
            s for s in spans
            if any(g.span.start <= s.start and s.end <= g.span.end and (s.end - s.start) >= 0.9 * len(text[g.span.start : g.span.end].strip()) for g in segs)
        ]
        shown = "".join(m["text"] for m in page.marks if n in m["f"])
        assert shown == "".join(text[s.start : s.end] for s in spans if s not in whole), (f.rule_id, f.message)
        assert page.flags.count(n) == len(whole), (f.rule_id, f.message)
        assert f"finding-{n}" in page.ids


def _random_findings_strategy():
    from hypothesis import strategies as st

    from test_report_data import TEXT

    span = st.tuples(st.integers(0, len(TEXT)), st.integers(0, 40)).map(lambda t: (t[0], min(len(TEXT), t[0] + t[1])))
    sev = st.sampled_from(["error", "warning", "info"])
    return st.lists(st.tuples(span, sev, st.booleans()), min_size=1, max_size=8)


def test_any_spans_render_exactly_and_escaped():
    """Whatever spans the rules produce (overlapping, across sentences, in furniture, empty),
    the page shows each finding's text exactly once per sentence it touches, escaped."""
    from hypothesis import given, settings

    from mtaudit.types import AuditResult, DocumentResult, Finding, Severity, Span
    from test_report_data import TEXT

    base = build_result().documents[0]
    segs = (*base.document.ko, *base.document.en)

    @settings(max_examples=40, deadline=None)
    @given(_random_findings_strategy())
    def check(items):
        findings = tuple(
            Finding("R-%d" % i, Severity(sev), "msg <blink>%d</blink>" % i, pair=None, en_spans=(Span(0, s, e),) if en else (), ko_spans=() if en else (Span(0, s, e),))
            for i, ((s, e), sev, en) in enumerate(items)
        )
        dr = DocumentResult(document=base.document, pairs=base.pairs, findings=findings)
        res = AuditResult(documents=(dr,))
        html = render_document(dr, res, options())
        assert "<blink>" not in html and "<script>alert" not in html
        page = Page(html)
        order = sorted(findings, key=lambda f: (-f.severity.rank, -1, f.rule_id, f.message))
        for n, f in enumerate(order):
            (sp,) = f.en_spans or f.ko_spans
            want_text, want_flags = "", 0
            for g in segs:
                a, b = max(sp.start, g.span.start), min(sp.end, g.span.end)
                if a >= b:
                    continue
                if b - a >= 0.9 * len(TEXT[g.span.start : g.span.end].strip()):
                    want_flags += 1
                else:
                    want_text += TEXT[a:b]
            assert "".join(m["text"] for m in page.marks if n in m["f"]) == want_text
            assert page.flags.count(n) == want_flags

    check()


def test_reference_translation_shown_under_the_english():
    from mtaudit.types import AlignedPair, Document, DocumentResult, Lang, Segment, SourceFile, Span
    from mtaudit.types import AuditResult as AR

    ko, en, ref = "소부장 특화단지.", "Small manager complex.", "Materials, parts and equipment complex."
    doc = Document(
        id="with-ref",
        files=(SourceFile("a.ko.txt", ko), SourceFile("a.en.txt", en), SourceFile("a.ref.txt", ref)),
        ko=(Segment(0, Lang.KO, ko, Span(0, 0, len(ko))),),
        en=(Segment(0, Lang.EN, en, Span(1, 0, len(en))),),
        ref=(Segment(0, Lang.REF, ref, Span(2, 0, len(ref))),),
        input_format="pair-files",
    )
    dr = DocumentResult(document=doc, pairs=(AlignedPair(0, (0,), (0,), 0.9, ref=(0,), scores={"chrf": 31.25, "bleu": 12.5}),))
    html = render_document(dr, AR(documents=(dr,)), options())
    assert 'class="reflabel">reference' in html and ref in html
    assert "chrf <b>31.2</b>" in html and "<dt>chrf</dt>" in html


def test_the_page_helpers_escape_exactly_as_markupsafe():
    # the row/sentence/finding helpers escape with their own fast function: it must give markupsafe's bytes
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from markupsafe import Markup, escape

    from mtaudit.report.html_ import _e

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False)))
    def same(v):
        assert _e(v) == str(escape(v))

    same()
    assert _e(Markup("<b>kept</b>")) == "<b>kept</b>"
    assert _e("<script>\"x\" & 'y'</script>") == "&lt;script&gt;&#34;x&#34; &amp; &#39;y&#39;&lt;/script&gt;"


def test_a_pair_shows_one_length_z_and_one_similarity():
    from mtaudit.report.html_ import RowView, ScoreView

    scores = [ScoreView(n, v) for n, v in (("risk", 5.0), ("sim", 75.9), ("similarity", 0.62), ("len_z", -2.17), ("length_z", -2.3))]
    row = RowView(0, "1-1", [], [], [], scores=scores)
    assert [s.name for s in row.main_scores] == ["risk", "sim", "len_z"]  # the scorers' measures
    assert [s.name for s in row.more_scores] == ["similarity", "length_z"]  # the aligner's, under "more scores"
    aligner_only = RowView(0, "1-1", [], [], [], scores=[ScoreView("similarity", 0.62), ScoreView("length_z", -2.3)])
    assert [s.name for s in aligner_only.main_scores] == ["similarity", "length_z"]  # no scorer: the aligner's shown
