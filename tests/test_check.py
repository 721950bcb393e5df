"""`mtaudit check`: exit 0 / 1 / 2, baselines by fingerprint, formats on stdout or in a folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtaudit.cli import app
from mtaudit.commands import check as check_mod
from mtaudit.report.common import rule_docs  # noqa: F401  (the adapter the command uses)
from mtaudit.types import AuditResult, Severity
from test_report_data import RULES, build_result

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "pairs" / "003_d62fabc13291d6bc.txt"
runner = CliRunner()


@pytest.fixture
def fixed(monkeypatch):
    """The command runs on the fixed result (its documents; input errors only when asked)."""
    state = {"result": build_result()}

    def fake_run(paths, config, show=None, **_ignored):  # scale options etc. do not matter here
        return state["result"], dict(RULES)

    monkeypatch.setattr(check_mod, "run_with_progress", fake_run)
    return state


def without_errors(r: AuditResult) -> AuditResult:
    return AuditResult(documents=r.documents, signature=r.signature, version=r.version)


def invoke(args):
    return runner.invoke(app, ["check", *args], catch_exceptions=False)


def test_exit_1_when_something_at_or_above_the_threshold(fixed, tmp_path):
    fixed["result"] = without_errors(build_result())
    r = invoke([str(tmp_path), "--fail-on", "error"])
    assert r.exit_code == 1
    assert "3 finding(s) at or above error" in r.stderr
    assert "sample-003: 5 pairs" in r.stdout  # the rich summary


def test_exit_0_when_nothing_at_or_above_the_threshold(fixed, tmp_path):
    r0 = build_result()
    clean = r0.documents[1]
    fixed["result"] = AuditResult(documents=(clean,), signature=r0.signature)
    r = invoke([str(tmp_path), "--fail-on", "info"])
    assert r.exit_code == 0, r.stdout
    assert "no finding at or above info" in r.stderr


def test_exit_2_on_input_errors(fixed, tmp_path):
    r = invoke([str(tmp_path)])
    assert r.exit_code == 2
    assert "fixtures/broken.txt: file is empty" in r.stderr


def test_baseline_round_trip_fails_only_on_new_findings(fixed, tmp_path):
    full = without_errors(build_result())
    fixed["result"] = full
    base = tmp_path / "ci" / "baseline.json"
    corpus = tmp_path / "corpus"  # the input: the baseline is written outside it
    corpus.mkdir()
    r = invoke([str(corpus), "--fail-on", "info", "--write-baseline", str(base)])
    assert r.exit_code == 0, r.stderr  # what was just recorded is the baseline
    data = json.loads(base.read_text(encoding="utf-8"))
    fps = [e["fingerprint"] for e in data["findings"]]
    assert data["mtaudit_baseline"] == 1
    assert len(fps) == len(set(fps)) == len({f.fingerprint("sample-003") for f in full.documents[0].findings})
    assert [(e["document"], e["rule_id"], e["fingerprint"]) for e in data["findings"]] == sorted(
        (e["document"], e["rule_id"], e["fingerprint"]) for e in data["findings"]
    )
    assert all(e["message"] and e["rule_id"] for e in data["findings"])
    # same findings again: nothing new
    assert invoke([str(corpus), "--fail-on", "info", "--baseline", str(base)]).exit_code == 0
    # one finding dropped from the baseline: it is new again
    data["findings"] = [e for e in data["findings"] if e["rule_id"] != "MT-NAME-001"]
    base.write_text(json.dumps(data), encoding="utf-8")
    r = invoke([str(corpus), "--fail-on", "warning", "--baseline", str(base)])
    assert r.exit_code == 1 and "1 new finding(s) at or above warning" in r.stderr
    # below the threshold it does not count
    assert invoke([str(corpus), "--fail-on", "error", "--baseline", str(base)]).exit_code == 0


def test_new_findings_and_exit_code_functions():
    r = without_errors(build_result())
    assert len(check_mod.new_findings(r, Severity.ERROR, None)) == 3
    assert len(check_mod.new_findings(r, Severity.INFO, None)) == 8
    from collections import Counter

    from mtaudit.report.common import Baseline

    term = [f for f in r.documents[0].findings if f.rule_id == "KO-TERM-001"]
    counts = Counter(f.fingerprint("sample-003") for f in term)
    known = Baseline(counts).resolve(r)
    assert len(check_mod.new_findings(r, Severity.ERROR, known)) == 1  # the omission
    assert check_mod.exit_code(r, Severity.ERROR, known) == 1
    # the same known error once more than recorded (another sentence, same term and rendering) is new
    fewer = Baseline({fp: n - 1 for fp, n in counts.items()}).resolve(r)
    assert len(check_mod.new_findings(r, Severity.ERROR, fewer)) == 1 + len(counts)
    assert check_mod.exit_code(build_result(), Severity.ERROR, None) == 2
    assert check_mod.exit_code(AuditResult(), Severity.ERROR, None) == 2  # nothing to check


def test_formats_on_stdout_and_in_a_folder(fixed, tmp_path):
    fixed["result"] = without_errors(build_result())
    (tmp_path / "in").mkdir()
    r = invoke([str(tmp_path / "in"), "--format", "github", "--fail-on", "error"])
    assert r.exit_code == 1
    assert r.stdout.startswith("::error file=fixtures/sample-003.txt,line=9,col=65")
    out = tmp_path / "out"
    r = invoke([str(tmp_path / "in"), "-f", "sarif,junit", "-f", "html", "--out", str(out)])
    assert {p.name for p in out.iterdir()} >= {"mtaudit.sarif", "junit.xml", "index.html", "sample-003.html"}
    log = json.loads((out / "mtaudit.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"


def _cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "mtaudit.cli", "check", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--fail-on", "fatal"], "--fail-on: unknown severity 'fatal'"),
        (["--baseline", "/nonexistent/b.json"], "baseline file not found"),
        (["--format", "pdf"], "unknown format 'pdf'"),
        (["--format", "html"], "--format html writes several files: give --out DIR"),
    ],
)
def test_unusable_options_exit_2_with_one_line(args, message):
    p = _cli(str(SEED_003), *args)
    assert p.returncode == 2
    assert message in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr


@pytest.mark.parametrize("where", ["b.json", "ci/b.json"])
def test_write_baseline_inside_the_input_folder_is_refused(tmp_path, where):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / SEED_003.name).write_text(SEED_003.read_text(encoding="utf-8"), encoding="utf-8")
    base = corpus / where
    p = _cli(str(corpus), "--encoder", "none", "--write-baseline", str(base))
    assert p.returncode == 2
    assert p.stderr == f"mtaudit: error: --write-baseline {base} is inside the input folder {corpus}; choose a place outside the inputs\n"
    assert sorted(x.name for x in corpus.iterdir()) == [SEED_003.name]  # nothing written into the input folder
    p = _cli(str(corpus / SEED_003.name), "--encoder", "none", "--write-baseline", str(corpus / SEED_003.name))
    assert p.returncode == 2 and "is the input file" in p.stderr
    assert (corpus / SEED_003.name).read_text(encoding="utf-8") == SEED_003.read_text(encoding="utf-8")


def test_bad_baseline_file_exits_2(tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text("{not json", encoding="utf-8")
    p = _cli(str(SEED_003), "--baseline", str(bad))
    assert p.returncode == 2 and "baseline is not valid JSON" in p.stderr
    bad.write_text(json.dumps({"findings": [{"fingerprint": "x"}]}), encoding="utf-8")
    p = _cli(str(SEED_003), "--baseline", str(bad))
    assert p.returncode == 2 and "unsupported baseline version" in p.stderr


def test_seed_003_end_to_end(tmp_path):
    """The real pipeline on the seed: the baseline records every finding's fingerprint, so checking
    the same result against it finds nothing new, while without it every finding at info fails."""
    from mtaudit import serialize

    import jsonschema

    from mtaudit.report.json_ import load_schema

    base = tmp_path / "baseline.json"
    out = tmp_path / "out"
    args = ["check", str(SEED_003), "--encoder", "none", "--fail-on", "info", "--write-baseline", str(base), "-f", "json,sarif,junit", "-o", str(out)]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.stderr
    data = json.loads((out / "mtaudit.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(load_schema()).validate(data)  # the real pipeline's output keeps the documented schema
    sarif = json.loads((out / "mtaudit.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8"))).validate(sarif)
    result = serialize.from_dict(data)
    (dr,) = result.documents
    assert dr.document.id == "003_d62fabc13291d6bc" and dr.findings
    recorded = json.loads(base.read_text(encoding="utf-8"))["findings"]
    assert sum(e["count"] for e in recorded) == len(dr.findings)
    from mtaudit.report.common import Baseline

    known = check_mod.read_baseline(base).resolve(result)
    assert check_mod.exit_code(result, Severity.INFO, known) == 0
    assert check_mod.exit_code(result, Severity.INFO, None) == 1
    one_less = dict(list(known.counts.items())[1:])
    assert check_mod.exit_code(result, Severity.INFO, Baseline(one_less).resolve(result)) == 1
    assert len(sarif["runs"][0]["results"]) == len(dr.findings) + len(dr.suppressed)


def test_progress_bar_over_documents(tmp_path, capsys):
    """With a terminal on stderr the audit shows a rich progress bar; the result is the same as without."""
    from mtaudit.pipeline import AuditConfig

    (tmp_path / "a.txt").write_text("충청북도는 지정서를 받았다.\n\nChungbuk received the designation.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    shown, docs = check_mod.run_with_progress([str(tmp_path)], AuditConfig(encoder="none"), show=True)
    quiet, _ = check_mod.run_with_progress([str(tmp_path)], AuditConfig(encoder="none"), show=False)
    assert [d.document.id for d in shown.documents] == [d.document.id for d in quiet.documents] == ["a"]
    assert [e.path for e in shown.errors] == [e.path for e in quiet.errors] and len(shown.errors) == 1
    assert shown.documents == quiet.documents
    assert isinstance(docs, dict) and all(k == v.id for k, v in docs.items())


def test_pre_commit_hooks_and_workflow_call_real_options(tmp_path):
    """The hook entries and the example workflow use options `mtaudit check` accepts."""
    import shlex

    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"] for h in hooks} >= {"mtaudit-check"}
    for hook in hooks:
        argv = shlex.split(hook["entry"])
        assert argv[:2] == ["mtaudit", "check"]
        # run from an empty folder: the baseline hook must stop at the missing baseline (exit 2, one line)
        p = subprocess.run([sys.executable, "-m", "mtaudit.cli", *argv[1:], "--format", "nonsense", str(SEED_003)],
                           capture_output=True, text=True, cwd=tmp_path, timeout=120)
        assert p.returncode == 2 and "unknown format 'nonsense'" in p.stderr, p.stderr
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "mtaudit.yml").read_text(encoding="utf-8"))
    steps = [s for job in flow["jobs"].values() for s in job["steps"]]
    line = next(line for s in steps for line in s.get("run", "").splitlines() if line.strip().startswith("mtaudit check"))
    argv = shlex.split(line.replace("$BASELINE", ""))
    out = argv[argv.index("--out") + 1]
    fmts = argv[argv.index("--format") + 1]
    from mtaudit.report import parse_formats

    assert len(parse_formats([fmts])) == 5 and out == "mtaudit-report"
    assert any(s.get("with", {}).get("sarif_file") == "mtaudit-report/mtaudit.sarif" for s in steps)


def test_a_known_error_repeated_in_another_sentence_fails_the_baseline_check(tmp_path):
    src = tmp_path / "in" / "003.txt"
    src.parent.mkdir()
    text = SEED_003.read_text(encoding="utf-8")
    src.write_text(text, encoding="utf-8")
    base = tmp_path / "base.json"
    r = _cli(str(src.parent), "--encoder", "none", "--fail-on", "warning", "--write-baseline", str(base))
    assert r.returncode == 0, r.stderr
    assert _cli(str(src.parent), "--encoder", "none", "--fail-on", "warning", "--baseline", str(base)).returncode == 0
    # the same mistranslation once more, in a sentence of its own: same rule, term, rendering and document
    i = text.index("small manager")
    end = text.index(".", i) + 1
    src.write_text(text[:end] + " The small manager industry grows." + text[end:], encoding="utf-8")
    r = _cli(str(src.parent), "--encoder", "none", "--fail-on", "warning", "--baseline", str(base))
    assert r.returncode == 1, r.stderr
    assert "1 new finding(s)" in r.stderr and "KO-TERM-001" in r.stderr.split("new finding(s)")[1]


def test_known_findings_stay_known_when_another_input_changes_the_document_id(tmp_path):
    # 2024/003.txt is '003' alone; a 2025/003.txt beside it makes the ids '2024__003_txt' and '2025__003_txt'
    old = tmp_path / "in" / "2024" / "003.txt"
    old.parent.mkdir(parents=True)
    old.write_text(SEED_003.read_text(encoding="utf-8"), encoding="utf-8")
    base = tmp_path / "base.json"
    args = ("--encoder", "none", "--fail-on", "warning")
    assert _cli(str(tmp_path / "in"), *args, "--write-baseline", str(base)).returncode == 0
    assert {e["file"] for e in json.loads(base.read_text(encoding="utf-8"))["findings"]} == {str(tmp_path / "in" / "2024" / "003.txt")}
    new = tmp_path / "in" / "2025" / "003.txt"
    new.parent.mkdir()
    new.write_text("대전시가 반도체 산업을 육성한다.\n\nDaejeon fosters the semiconductor industry.\n", encoding="utf-8")
    r = _cli(str(tmp_path / "in"), *args, "--baseline", str(base), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert {d["document"]["id"] for d in json.loads(r.stdout)["documents"]} == {"2024__003_txt", "2025__003_txt"}
    # a finding of the new file that 2024/003 also had under its old id is still new
    new.write_text(SEED_003.read_text(encoding="utf-8"), encoding="utf-8")
    r = _cli(str(tmp_path / "in"), *args, "--baseline", str(base))
    listed = r.stderr.split("new finding(s)")[1]
    assert r.returncode == 1 and "2025/003.txt" in listed and "2024/003.txt" not in listed, r.stderr


def test_a_document_with_one_side_missing_cannot_pass_the_check(tmp_path):
    (tmp_path / "a.ko.txt").write_text("대전시가 육성한다.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("충청북도는 지정서를 받았다.\n\nChungbuk received the designation.\n", encoding="utf-8")
    r = _cli(str(tmp_path), "--encoder", "none", "--fail-on", "error")
    assert r.returncode == 2, r.stderr
    assert "no English translation found; it cannot be checked as a translation" in r.stderr
    assert "no document could be checked" not in r.stderr  # b was checked
    # the verdict on what was checked is still printed, so a CI log tells broken inputs from new errors
    assert "mtaudit check: no finding at or above error in the documents that could be checked" in r.stderr
    # --allow-one-sided: the page is listed, the check passes on the rest
    r = _cli(str(tmp_path), "--encoder", "none", "--fail-on", "error", "--allow-one-sided")
    assert r.returncode == 0, r.stderr
    assert "a.ko.txt: no English translation found; not checked as a translation (--allow-one-sided)" in r.stderr
    assert "mtaudit check: no finding at or above error" in r.stderr
    # a real finding still fails it
    (tmp_path / "b.txt").write_text("충청북도는 지정서를 받았다.\n\nChungbuk received the designation in 2019.\n", encoding="utf-8")
    r = _cli(str(tmp_path), "--encoder", "none", "--fail-on", "warning", "--allow-one-sided")
    assert r.returncode == 1 and "finding(s) at or above warning" in r.stderr, r.stderr
