"""`mtaudit rules list | explain | test` through the CLI."""

from typer.testing import CliRunner

from mtaudit.cli import app
from mtaudit.errors import ConfigError

from test_rules_pack import GOOD

runner = CliRunner()


def test_list_shows_code_rules_and_extra_pack(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text(GOOD, encoding="utf-8")
    r = runner.invoke(app, ["rules", "list", "--rules", str(p)])
    assert r.exit_code == 0, r.output
    assert "MT-NUM-001" in r.stdout and "T-TERM-001" in r.stdout and "test-pack@" in r.stdout


def test_explain_prints_docs_and_examples(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text(GOOD, encoding="utf-8")
    r = runner.invoke(app, ["rules", "explain", "T-TERM-001", "--rules", str(p)])
    assert r.exit_code == 0, r.output
    assert "소부장 is short for" in r.stdout and "bad: small manager | division manager" in r.stdout
    assert "small managers was designated" in r.stdout
    r = runner.invoke(app, ["rules", "explain", "MT-NUM-001"])
    assert r.exit_code == 0 and "20조 원 = 20 trillion won" in r.stdout


def test_explain_unknown_rule_is_a_user_error():
    r = runner.invoke(app, ["rules", "explain", "NO-SUCH-1"])
    assert isinstance(r.exception, ConfigError) and "no rule 'NO-SUCH-1'" in str(r.exception)


def test_test_command_passes_and_fails(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    r = runner.invoke(app, ["rules", "test", str(good)])
    assert r.exit_code == 0, r.output
    assert "7/7 examples behave as documented in 3 rules" in r.stdout
    broken = tmp_path / "broken.yaml"
    # a pass example that contains a bad rendering: the rule flags it, so the test must fail
    broken.write_text(GOOD.replace("A complex for materials, parts and equipment was designated.", "A complex for small managers was designated."), encoding="utf-8")
    r = runner.invoke(app, ["rules", "test", str(broken)])
    assert r.exit_code == 1
    assert "rule T-TERM-001: pass example flagged" in r.stdout


def test_subprocess_error_is_one_line(tmp_path):
    import subprocess
    import sys

    p = tmp_path / "bad.yaml"
    p.write_text(GOOD.replace("kind: consistency", "kind: consistent"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "mtaudit.cli", "rules", "test", str(p)], capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0
    assert "rule T-CONS-001: field 'kind': unknown kind 'consistent'" in out.stderr


def test_audit_with_a_broken_pack_is_one_line_exit_2(tmp_path):
    import subprocess
    import sys

    pack = tmp_path / "bad.yaml"
    pack.write_text(GOOD.replace("severity: warning\n    source: [에코프로비엠]", "severity: loud\n    source: [에코프로비엠]"), encoding="utf-8")
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("소부장 특화단지를 지정했다.\n\nA complex for small managers was designated.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "mtaudit.cli", "audit", str(article), "--encoder", "none", "--rules", str(pack), "--out", str(tmp_path / "out")],
        capture_output=True, text=True,
    )
    assert out.returncode == 2, out.stderr
    assert out.stderr.strip().count("\n") == 0
    assert f"{pack}: rule T-CONS-001: field 'severity': unknown severity 'loud'" in out.stderr


def test_audit_with_a_glossary_flags_its_terms(tmp_path):
    from mtaudit.pipeline import AuditConfig, run_audit

    gloss = tmp_path / "g.csv"
    gloss.write_text("ko,en,bad\n정주여건,living conditions,settlement conditions\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("정주여건을 개선한다.\n\nIt will improve settlement conditions.\n", encoding="utf-8")
    result = run_audit([str(article)], AuditConfig(encoder="none", rules=(str(gloss),)))
    (doc,) = result.documents
    hits = [f for f in doc.findings if f.rule_id == "G-TERM-001"]
    assert hits and hits[0].rendering == "settlement conditions" and hits[0].suggestion == "living conditions"
    assert "g@" in result.signature


def test_test_command_warns_about_a_phrase_split_at_its_comma(tmp_path):
    p = tmp_path / "split.yaml"
    p.write_text(GOOD.replace('expected: ["materials, parts and equipment"]', "expected: [materials, parts and equipment]"), encoding="utf-8")
    r = runner.invoke(app, ["rules", "test", str(p)])
    assert "rule T-TERM-001: field 'expected': 'materials' and 'parts and equipment' look like one phrase" in r.stdout
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    assert "warning" not in runner.invoke(app, ["rules", "test", str(good)]).stdout


def test_an_unknown_kind_and_a_glossary_whose_name_makes_builtin_ids_are_user_errors(tmp_path):
    r = runner.invoke(app, ["rules", "list", "--kind", "bogus"])
    assert isinstance(r.exception, ConfigError) and "unknown kind 'bogus'" in str(r.exception) and "term" in str(r.exception)
    assert runner.invoke(app, ["rules", "list", "--kind", "polarity"]).exit_code == 0
    gloss = tmp_path / "ko.csv"  # ids KO-TERM-001, ... like the built-in pack's
    gloss.write_text("ko,en\n정주여건,living conditions\n", encoding="utf-8")
    r = runner.invoke(app, ["rules", "list", "--rules", str(gloss)])
    assert isinstance(r.exception, ConfigError) and "rename the glossary file" in str(r.exception)
