"""Formatters: the enum is covered, each format matches its golden file, and each is valid
for the tool that reads it (JSON Schema, SARIF 2.1.0 schema, XML, CSV, GitHub's escaping).

Golden files live in tests/golden/; after an intended change, regenerate them with
    MTAUDIT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_report.py
and read the diff before committing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from mtaudit import serialize
from mtaudit.errors import ConfigError
from mtaudit.report import FILE_NAMES, FORMATTERS, Format, parse_formats, write_reports
from mtaudit.report.common import primary_location
from mtaudit.report.github import escape_data, escape_property
from mtaudit.report.html_ import page_names, render_document, render_index
from mtaudit.report.json_ import load_schema
from mtaudit.types import AuditResult, Document, DocumentResult, Severity, SourceFile
from test_report_data import HOSTILE, build_result, options

GOLDEN = Path(__file__).parent / "golden"
SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-2.1.0.json"
UPDATE = bool(os.environ.get("MTAUDIT_UPDATE_GOLDEN"))
GOLDEN_NAMES = {
    Format.JSON: "report.json",
    Format.JSONL: "report.jsonl",
    Format.CSV: "report.csv",
    Format.JUNIT: "report.junit.xml",
    Format.SARIF: "report.sarif",
    Format.GITHUB: "report.github.txt",
    Format.TEXT: "report.text.txt",
}


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        if not UPDATE:
            pytest.fail(f"golden file {name} was missing and has been written; check it and re-run")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file (MTAUDIT_UPDATE_GOLDEN=1 to accept)"


# ---------------------------------------------------------------- the enum


def test_every_format_has_a_formatter_and_a_file_name():
    assert set(FORMATTERS) == set(Format)
    assert set(FILE_NAMES) == set(Format)
    result = build_result()
    for fmt, fn in FORMATTERS.items():
        out = fn(result, options())
        assert isinstance(out, str) and out, fmt


def test_parse_formats():
    assert parse_formats(None) == (Format.HTML, Format.JSON)
    assert parse_formats(["sarif,junit", "json", "sarif"]) == (Format.SARIF, Format.JUNIT, Format.JSON)
    with pytest.raises(ConfigError, match="unknown format 'pdf'"):
        parse_formats(["html,pdf"])


# ---------------------------------------------------------------- golden files


@pytest.mark.parametrize("fmt", [f for f in Format if f is not Format.HTML])
def test_golden(fmt):
    text = FORMATTERS[fmt](build_result(), options(fail_on=Severity.WARNING))
    check_golden(GOLDEN_NAMES[fmt], text)


def test_golden_html_document_page():
    r = build_result()
    check_golden("report.document.html", render_document(r.documents[0], r, options()))


def test_golden_html_index():
    check_golden("report.index.html", render_index(build_result(), options()))


def test_formatters_are_pure():
    r = build_result()
    for fmt, fn in FORMATTERS.items():
        assert fn(r, options()) == fn(r, options()), fmt


# ---------------------------------------------------------------- JSON / JSONL


def test_json_is_valid_against_the_versioned_schema_and_round_trips():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    r = build_result()
    data = json.loads(FORMATTERS[Format.JSON](r, options()))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["schema_version"].startswith("1.")
    assert serialize.from_dict(data) == r


def test_schema_rejects_what_is_not_a_result():
    v = jsonschema.Draft202012Validator(load_schema())
    data = json.loads(FORMATTERS[Format.JSON](build_result(), options()))
    data["documents"][0]["findings"][0]["severity"] = "fatal"
    assert not v.is_valid(data)
    data = json.loads(FORMATTERS[Format.JSON](build_result(), options()))
    data["schema_version"] = "2.0"
    assert not v.is_valid(data)


def test_jsonl_has_one_valid_result_per_document_and_error():
    v = jsonschema.Draft202012Validator(load_schema())
    r = build_result()
    lines = FORMATTERS[Format.JSONL](r, options()).splitlines()
    assert len(lines) == len(r.documents) + len(r.errors)
    back = [serialize.from_dict(json.loads(line)) for line in lines]
    for line in lines:
        v.validate(json.loads(line))
    assert tuple(b.documents[0] for b in back[: len(r.documents)]) == r.documents
    assert back[-1].errors == r.errors


# ---------------------------------------------------------------- SARIF


def test_sarif_is_valid_against_the_official_schema():
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(FORMATTERS[Format.SARIF](build_result(), options()))
    jsonschema.Draft4Validator(schema).validate(log)
    # and with a baseline (baselineState) too
    log = json.loads(FORMATTERS[Format.SARIF](build_result(), options(baseline=frozenset())))
    jsonschema.Draft4Validator(schema).validate(log)
    assert {res["baselineState"] for res in log["runs"][0]["results"]} == {"new"}


def test_sarif_locations_rules_and_fingerprints():
    r = build_result()
    dr = r.documents[0]
    text = dr.document.files[0].text
    lines = text.split("\n")
    run = json.loads(FORMATTERS[Format.SARIF](r, options()))["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert "소부장 abbreviates" in rules["KO-TERM-001"]["fullDescription"]["text"]
    assert "materials, parts and equipment" in rules["KO-TERM-001"]["help"]["text"]
    assert rules["KO-TERM-001"]["defaultConfiguration"]["level"] == "error"
    small = [res for res in run["results"] if "small manager" in res["message"]["text"]]
    assert len(small) == 1
    res = small[0]
    reg = res["locations"][0]["physicalLocation"]["region"]
    assert lines[reg["startLine"] - 1][reg["startColumn"] - 1 : reg["endColumn"] - 1] == "small manager"
    ko = res["relatedLocations"][0]["physicalLocation"]["region"]
    assert lines[ko["startLine"] - 1][ko["startColumn"] - 1 : ko["endColumn"] - 1] == "소부장"
    assert res["partialFingerprints"]["mtaudit/v1"] == dr.findings[1].fingerprint(dr.document.id)
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
    supp = [res for res in run["results"] if res.get("suppressions")]
    assert len(supp) == len(dr.suppressed)
    assert run["invocations"][0]["executionSuccessful"] is False  # the input error


# ---------------------------------------------------------------- JUnit


def test_junit_one_case_per_document_failing_with_its_findings_at_threshold():
    r = build_result()
    for threshold, expected in ((Severity.ERROR, 3), (Severity.WARNING, 6), (Severity.INFO, 8)):
        root = ET.fromstring(FORMATTERS[Format.JUNIT](r, options(fail_on=threshold)))
        cases = root.findall(".//testcase")
        assert [c.get("name") for c in cases] == ["sample-003", "clean-001", "fixtures/broken.txt"]
        (failure,) = cases[0].findall("failure")  # one failure per failing test case, listing every finding
        assert failure.get("message").startswith(f"{expected} finding(s) at or above {threshold.value}")
        assert failure.text.count("fingerprint: ") == expected
        assert cases[1].findall("failure") == []
        assert len(cases[2].findall("error")) == 1
        # failures counts the failing test cases, as JUnit readers expect
        assert root.get("failures") == "1" and root.get("errors") == "1" and root.get("tests") == "3"
    failure = ET.fromstring(FORMATTERS[Format.JUNIT](r, options(fail_on=Severity.ERROR))).find(".//failure")
    assert failure.get("type") == "KO-TERM-001"
    assert "fixtures/sample-003.txt:9:" in failure.text


def test_junit_and_github_with_a_baseline_fail_only_on_new_findings():
    from mtaudit.report.common import Baseline

    r = build_result()
    doc = r.documents[0]
    errors = [f for f in doc.findings if f.severity is Severity.ERROR]
    known = Baseline({f.fingerprint(doc.document.id): 1 for f in errors}).resolve(r)
    root = ET.fromstring(FORMATTERS[Format.JUNIT](r, options(fail_on=Severity.ERROR, baseline=known)))
    assert root.get("failures") == "0" and "known from the baseline" in root.find(".//system-out").text
    assert FORMATTERS[Format.GITHUB](r, options(fail_on=Severity.ERROR, baseline=known)).count("::error file=fixtures/sample-003") == 0
    first_only = Baseline({errors[0].fingerprint(doc.document.id): 1}).resolve(r)
    root = ET.fromstring(FORMATTERS[Format.JUNIT](r, options(fail_on=Severity.ERROR, baseline=first_only)))
    assert root.get("failures") == "1" and root.find(".//failure").get("message").startswith("2 new finding(s)")


def test_junit_survives_control_characters():
    r = build_result()
    doc = r.documents[0]
    bad = DocumentResult(document=Document(id="ctl\x01\x0bid", files=(SourceFile("x.txt", "a"),)))
    ET.fromstring(FORMATTERS[Format.JUNIT](AuditResult(documents=(doc, bad)), options()))


# ---------------------------------------------------------------- GitHub annotations


def test_github_escaping_follows_the_runner():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations_point_at_the_english_span():
    r = build_result()
    out = FORMATTERS[Format.GITHUB](r, options()).splitlines()
    assert out[0] == "::error file=fixtures/broken.txt,title=mtaudit input::file is empty"
    small = [line for line in out if "small manager" in line]
    assert small == [
        "::error file=fixtures/sample-003.txt,line=11,col=42,endLine=11,endColumn=55,title=KO-TERM-001::"
        "소부장 rendered as \"small manager\" (suggestion: materials, parts and equipment)"
    ]
    assert sum(line.startswith("::notice ") for line in out) == 2  # info -> notice
    assert all("\n" not in line for line in out)
    # one annotation per open finding, none for the suppressed one, one for the input error
    assert len(out) == len(r.documents[0].findings) + len(r.errors)


# ---------------------------------------------------------------- CSV


def test_csv_rows_columns_and_formula_guard():
    r = build_result()
    rows = list(csv.DictReader(io.StringIO(FORMATTERS[Format.CSV](r, options()))))
    dr = r.documents[0]
    assert len(rows) == len(dr.findings) + len(dr.suppressed)
    small = next(x for x in rows if x["en_flagged"] == "small manager")
    assert (small["rule_id"], small["severity"], small["line"], small["column"], small["ko_flagged"]) == ("KO-TERM-001", "error", "11", "42", "소부장")
    assert small["ko_text"].startswith("충청북도는") and "It was a big day." in small["en_text"]
    assert [x["status"] for x in rows].count("suppressed") == 1
    evil = AuditResult(documents=(DocumentResult(document=dr.document, pairs=dr.pairs, findings=(dr.findings[0].__class__("R", Severity.INFO, "=HYPERLINK(1)"),)),))
    row = next(csv.DictReader(io.StringIO(FORMATTERS[Format.CSV](evil, options()))))
    assert row["message"] == "'=HYPERLINK(1)"


# ---------------------------------------------------------------- text


def test_text_summary_lists_documents_by_risk_with_counts():
    out = FORMATTERS[Format.TEXT](build_result(), options())
    assert out.index("sample-003: 5 pairs") < out.index("clean-001: 1 pair,")
    assert "3 errors, 3 warnings, 2 info, 1 suppressed" in out
    assert "input error: fixtures/broken.txt: file is empty" in out
    assert "KO-TERM-001" in out and "no findings" in out


# ---------------------------------------------------------------- write_reports


def test_write_reports_writes_the_chosen_formats(tmp_path):
    r = build_result()
    main = write_reports(r, str(tmp_path / "out"), ["html", "sarif", "jsonl"], options())
    assert main == tmp_path / "out" / "index.html"
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["clean-001.html", "index.html", "mtaudit.jsonl", "mtaudit.sarif", "sample-003.html"]
    main = write_reports(r, str(tmp_path / "j"), ["junit"], options())
    assert main.name == "junit.xml"
    main = write_reports(r, str(tmp_path / "d"), None, options())
    assert {p.name for p in (tmp_path / "d").iterdir()} == {"index.html", "mtaudit.json", "sample-003.html", "sample-003.json", "clean-001.html", "clean-001.json"}


def test_page_names_are_safe_and_unique():
    def doc(i):
        return DocumentResult(document=Document(id=i, files=(SourceFile("x", ""),)))

    r = AuditResult(documents=tuple(doc(i) for i in ("../etc/passwd", "a b", "a_b", "index", "기사 1", "")))
    names = page_names(r)
    assert len(set(names.values())) == 6
    for n in names.values():
        assert "/" not in n and not n.startswith(".") and n != "index.html" and n.endswith(".html")


def test_location_falls_back_to_the_pair_then_the_file():
    r = build_result()
    dr = r.documents[0]
    num = next(f for f in dr.findings if f.rule_id == "MT-NUM-001")  # a pair, no span
    loc = primary_location(dr, num)
    assert (loc.line, loc.col) == (12, 1)
    doc_level = next(f for f in dr.findings if f.pair is None)
    assert primary_location(dr, doc_level).line is None


def test_hostile_text_stays_text_in_every_format():
    r = build_result()
    assert HOSTILE in json.loads(FORMATTERS[Format.JSON](r, options()))["documents"][0]["document"]["notes"][0]
    junit = FORMATTERS[Format.JUNIT](r, options(fail_on=Severity.INFO))
    assert "<script>" not in junit and "&lt;script&gt;" in junit
    ET.fromstring(junit)


def test_sarif_uris_are_uri_references():
    from mtaudit.report.sarif import _uri

    assert _uri("pairs/003 기사.txt") == "pairs/003%20%EA%B8%B0%EC%82%AC.txt"  # relative: GitHub maps it to the repository
    assert _uri("/data/a b.txt") == "file:///data/a%20b.txt"
    assert _uri("C:\\data\\a.txt") == "file:///C:/data/a.txt"


def test_indented_document_json_is_what_json_dumps_writes():
    from mtaudit.report.stream import _indented

    result = build_result()
    docs = serialize.to_dict(result)["documents"]
    odd = {"nan": float("nan"), "inf": [float("inf"), -float("inf"), 1e-07, -0.0, 10**30], "flags": [True, False, None],
           "empty": [[], {}, ()], "text\u2028\x00\"\\": "\ud800 lone surrogate, \x7f, \u0085, 한국어", 3: "an int key"}
    for doc in [*docs, odd, [[{"a": []}]], "s", 5, None]:
        assert _indented(doc) == json.dumps(doc, ensure_ascii=False, indent=2).replace("\n", "\n    ")
    assert docs and "\n    " in _indented(docs[0])


def test_locations_in_pair_files_name_the_file(tmp_path):
    """A document read from NAME.ko.txt + NAME.en.txt: a line:column alone does not say which file it is in, so the
    terminal summary, the page's finding list, the index and the dropped-text table name the file."""
    from mtaudit.pipeline import AuditConfig, run_audit
    from mtaudit.report.text import format_text

    (tmp_path / "memo.ko.txt").write_text("가 -가 +\n정부는 18일 예산안을 발표했다.\n\n예산은 5조원이다.\n", encoding="utf-8")
    (tmp_path / "memo.en.txt").write_text("The government announced the the budget on the 18th.\n\nThe budget is 5 trillion won.\n",
                                          encoding="utf-8")
    result = run_audit([str(tmp_path)], AuditConfig(encoder="none"))
    (dr,) = result.documents
    (rep,) = [f for f in dr.findings if f.rule_id == "MT-REPEAT-001"]
    assert primary_location(dr, rep).line == 1
    assert "memo.en.txt:1:" in format_text(result)
    page = render_document(dr, result, options())
    assert 'class="where">memo.en.txt line 1:' in page
    assert "memo.ko.txt:1:1" in page  # the font-size buttons dropped from the Korean file
    assert "memo.en.txt:1:" in render_index(result, options())
