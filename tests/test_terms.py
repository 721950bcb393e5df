"""`mtaudit terms`: the corpus term table and its formats, on the seed articles."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from pathlib import Path
from unittest import mock

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from review_support import PAIRS, audit_with_stand_in_rule, term_findings  # noqa: E402

from mtaudit import terms as T  # noqa: E402
from mtaudit.review import Decision, Decisions  # noqa: E402


@pytest.fixture(scope="module")
def result():
    return audit_with_stand_in_rule([PAIRS])


def test_grouped_by_korean_term_with_counts(result):
    table = T.build_term_table(result)
    by_term = {t.term: t for t in table}
    assert set(by_term) == {"소부장", "미래먹거리", "정주여건"}
    sobu = by_term["소부장"]
    counts = {r.rendering: r.count for r in sobu.renderings}
    # every finding is counted once, under its own rendering
    n_findings = sum(1 for d in result.documents for f in d.findings if f.source_term == "소부장")
    assert sum(counts.values()) == sobu.count == n_findings
    assert set(counts) == {"small manager", "division manager"}
    assert sobu.renderings[0].rendering == "small manager"  # most frequent first
    assert sobu.documents == ["003_d62fabc13291d6bc"]
    assert table[0].term == "소부장"  # most flagged term first


def test_contexts_mark_the_term_on_both_sides(result):
    (food,) = [t for t in T.build_term_table(result) if t.term == "미래먹거리"]
    o = food.renderings[0].occurrences[0]
    assert o.document == "001_b58148236b9982db"
    (ks, ke), = o.ko_marks
    assert o.ko[ks:ke] == "미래먹거리"
    assert [o.en[s:e].lower() for s, e in o.en_marks] == ["future food"]


def test_suppressed_findings_stay_in_the_table_marked(tmp_path):
    corpus = tmp_path / "pairs"
    shutil.copytree(PAIRS, corpus)
    d = Decisions(corpus / "mtaudit-review.yaml")
    d.set(Decision("dismissed", term="미래먹거리", reason="food is literal here"))
    d.save()
    res = audit_with_stand_in_rule([corpus], review=corpus / "mtaudit-review.yaml")
    table = T.build_term_table(res, d)
    (food,) = [t for t in table if t.term == "미래먹거리"]
    assert all(o.suppressed and o.decision == "dismissed" for o in food.occurrences)
    rows = list(csv.DictReader(io.StringIO(T.to_csv(table))))
    (row,) = [r for r in rows if r["term"] == "미래먹거리"]
    assert row["suppressed"] == row["count"] and row["decision"] == "dismissed"
    assert not T.build_term_table(res, d, include_suppressed=False) or all(t.term != "미래먹거리" for t in T.build_term_table(res, d, include_suppressed=False))


def test_json_and_csv_carry_the_same_numbers(result):
    table = T.build_term_table(result)
    data = json.loads(T.to_json(table))
    rows = list(csv.DictReader(io.StringIO(T.to_csv(table))))
    assert len(rows) == sum(len(t["renderings"]) for t in data["terms"])
    for t in data["terms"]:
        assert t["count"] == sum(r["count"] for r in t["renderings"])
        for r in t["renderings"]:
            (row,) = [x for x in rows if x["term"] == t["term"] and x["rendering"] == r["rendering"]]
            assert int(row["count"]) == r["count"] == len(r["occurrences"])
            assert "[[" in row["sample_en"]  # the term is marked in the sample context


def test_html_is_self_contained_and_escaped(result):
    from dataclasses import replace

    dr = result.documents[1]
    evil = replace(term_findings(dr.document, dr.pairs)[0], source_term="<script>alert(1)</script>", rendering="<b onmouseover=x>")
    res = replace(result, documents=(replace(dr, findings=(evil,)),))
    page = T.to_html(T.build_term_table(res))
    assert "<script>" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<link" not in page and "src=" not in page  # nothing loaded from elsewhere
    page = T.to_html(T.build_term_table(result))
    assert "<mark>미래먹거리</mark>" in page


def test_csv_cells_cannot_run_as_formulas():
    assert T._csv_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert T._csv_safe("plain") == "plain"


def _invoke(args):
    from mtaudit import rules
    from mtaudit.cli import app

    with mock.patch.object(rules, "check", lambda doc, pairs, *rest: term_findings(doc, pairs)):
        return CliRunner().invoke(app, args)


def test_cli_formats(tmp_path):
    r = _invoke(["terms", str(PAIRS), "--encoder", "none", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert {t["term"] for t in data["terms"]} == {"소부장", "미래먹거리", "정주여건"}
    r = _invoke(["terms", str(PAIRS), "--encoder", "none"])
    assert r.exit_code == 0 and "소부장" in r.stdout and "정주여건" in r.stdout and "TEST-TERM-001" in r.stdout
    out = tmp_path / "terms.html"
    r = _invoke(["terms", str(PAIRS), "--encoder", "none", "--format", "html", "--out", str(out)])
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!doctype html>")
    # a second run does not overwrite the table unless told to
    out.write_text("my edited table", encoding="utf-8")
    r = _invoke(["terms", str(PAIRS), "--encoder", "none", "--format", "html", "--out", str(out)])
    assert r.exit_code != 0 and "pass --force" in str(r.exception) and out.read_text(encoding="utf-8") == "my edited table"
    r = _invoke(["terms", str(PAIRS), "--encoder", "none", "--format", "html", "--out", str(out), "--force"])
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_cli_refuses_to_write_into_the_inputs(tmp_path):
    corpus = tmp_path / "pairs"
    shutil.copytree(PAIRS, corpus)
    r = _invoke(["terms", str(corpus), "--encoder", "none", "--format", "csv", "--out", str(corpus / "t.csv")])
    assert r.exit_code != 0 and "inside the input folder" in str(r.exception)
    assert not (corpus / "t.csv").exists()


def test_omissions_are_not_terms(tmp_path):
    # an untranslated Korean sentence is an MT-OMIT-001 finding whose source_term is the sentence: it belongs in
    # the report, not among the terms a reviewer confirms or dismisses
    from mtaudit.pipeline import AuditConfig, run_audit

    article = tmp_path / "article.txt"
    article.write_text(
        "대전시는 이차전지산업을 미래먹거리로 육성한다.\n"
        "간담회에는 LG에너지솔루션과 SK온 등 16명이 참석했다.\n"
        "협의회는 향후 포럼을 개최하기로 했다.\n"
        "Daejeon City will foster the secondary battery industry as a future food.\n"
        "The council decided to hold forums in the future.\n",
        encoding="utf-8",
    )
    result = run_audit([str(article)], AuditConfig(encoder="none"))
    rules = {f.rule_id for d in result.documents for f in d.findings}
    assert "MT-OMIT-001" in rules
    table = T.build_term_table(result)
    assert [t.term for t in table] == ["미래먹거리"]
    assert all(not rid.startswith("MT-OMIT") for t in table for r in t.renderings for rid in r.rules)


def test_overlapping_marks_are_one_mark_so_the_sentence_reads_once():
    assert T.merged_marks([(95, 100), (91, 100), (97, 103)]) == ((91, 103),)
    assert T.merged_marks([(10, 12), (0, 3)]) == ((0, 3), (10, 12))
    text = "이차전지산업을 새로운 미래먹거리 산업으로 육성한다."
    s = text.index("새로운")
    marks = T.merged_marks([(s, s + 9), (s + 4, s + 9), (s + 6, s + 12)])
    assert T._bracket(text, marks) == "이차전지산업을 [[새로운 미래먹거리 산업]]으로 육성한다."
    assert T.highlight_html(text, marks).count("<mark>") == 1
