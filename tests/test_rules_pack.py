"""Rule packs: the schema, mistakes reported with file/rule/field, CSV glossaries, TBX, signatures."""

import textwrap

import pytest

from mtaudit.errors import ConfigError
from mtaudit.rules import load_ruleset
from mtaudit.rules.pack import ConsistencyRule, ForbiddenRule, TermRule, load_pack_file

GOOD = textwrap.dedent(
    """\
    pack: test-pack
    version: 1
    description: rules for tests
    rules:
      - id: T-TERM-001
        kind: term
        name: sobujang
        severity: error
        check_severity: warning
        source: [소부장, 소재·부품·장비]
        expected: ["materials, parts and equipment"]
        accepted: ["materials, components and equipment"]
        bad: [small manager, division manager]
        docs: 소부장 is short for 소재·부품·장비.
        examples:
          fail: [{ko: "소부장 특화단지를 지정했다.", en: "A complex for small managers was designated."}]
          pass: [{ko: "소부장 특화단지를 지정했다.", en: "A complex for materials, parts and equipment was designated."}]
      - id: T-FORBID-001
        kind: forbidden
        name: future-food
        severity: error
        phrases: [future food]
        suggestion: future growth engine
        unless_ko: [식량, 식품]
        docs: 먹거리 is business slang for a source of income.
        examples:
          fail: [{en: "It is a future food source."}]
          pass: [{en: "It is a future growth engine."}, {ko: "미래 식량 자원", en: "a future food source"}]
      - id: T-CONS-001
        kind: consistency
        name: ecopro-bm
        severity: warning
        source: [에코프로비엠]
        renderings: [EcoPro BM, Ecopro BM, Ecoro BM]
        expected: [EcoPro BM]
        docs: The company writes EcoPro BM.
        examples:
          fail: [{ko: "에코프로비엠", en: "Ecoro BM met Ecopro BM."}]
          pass: [{ko: "에코프로비엠", en: "EcoPro BM met EcoPro BM."}]
    """
)


def write(tmp_path, text, name="p.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_good_pack_loads_typed_rules(tmp_path):
    pack = load_pack_file(write(tmp_path, GOOD))
    assert pack.name == "test-pack"
    kinds = [type(r) for r in pack.rules]
    assert kinds == [TermRule, ForbiddenRule, ConsistencyRule]
    term = pack.rules[0]
    assert term.check_severity.value == "warning"
    assert term.info.fail and term.info.passes
    assert term.info.message  # the kind's default template


def mutate(old, new):
    assert old in GOOD
    return GOOD.replace(old, new, 1)


@pytest.mark.parametrize(
    "text, rule, field, words",
    [
        (mutate("severity: error\n    check", "severity: eror\n    check"), "T-TERM-001", "severity", "unknown severity 'eror'"),
        (mutate("    kind: forbidden", "    kind: forbiden"), "T-FORBID-001", "kind", "unknown kind"),
        (mutate("    docs: 소부장 is short for 소재·부품·장비.\n", ""), "T-TERM-001", "docs", "required"),
        (mutate('    expected: ["materials, parts and equipment"]', '    expectd: ["materials, parts and equipment"]'), "T-TERM-001", "expectd", "unknown field"),
        (mutate("      pass: [{en: \"It is a future growth engine.\"}, {ko: \"미래 식량 자원\", en: \"a future food source\"}]\n", ""), "T-FORBID-001", "examples.pass", "at least one"),
        (mutate("id: T-CONS-001", "id: T-TERM-001"), "T-TERM-001", "id", "duplicate"),
        (mutate("    phrases: [future food]", "    phrases_regex: ['future (food']"), "T-FORBID-001", "phrases_regex", "does not compile"),
        (mutate("    renderings: [EcoPro BM, Ecopro BM, Ecoro BM]", "    renderings: [EcoPro BM]"), "T-CONS-001", "renderings", "at least two"),
        (mutate("    source: [소부장, 소재·부품·장비]\n", ""), "T-TERM-001", "source", "required"),
        (mutate("    name: sobujang\n", "    name: sobujang\n    message: '{source} as {rendring}'\n"), "T-TERM-001", "message", "unknown placeholder"),
        (mutate("    check_severity: warning", "    check_severity: loud"), "T-TERM-001", "check_severity", "unknown severity"),
    ],
)
def test_mistakes_name_file_rule_and_field(tmp_path, text, rule, field, words):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as exc:
        load_pack_file(path)
    msg = str(exc.value)
    assert msg.startswith(str(path) + ": ")
    assert f"rule {rule}" in msg
    assert f"field '{field}'" in msg
    assert words in msg
    assert "\n" not in msg


def test_pack_level_mistakes(tmp_path):
    with pytest.raises(ConfigError, match=r"not valid YAML at line"):
        load_pack_file(write(tmp_path, "pack: x\nrules: [\n"))
    with pytest.raises(ConfigError, match=r"field 'rules'"):
        load_pack_file(write(tmp_path, "pack: x\nrules: []\n"))
    with pytest.raises(ConfigError, match=r"field 'pack'"):
        load_pack_file(write(tmp_path, "rules: [{id: a}]\n"))
    with pytest.raises(ConfigError, match=r"rule pack not found"):
        load_pack_file(tmp_path / "missing.yaml")


def test_cli_reports_pack_mistake_in_one_line(tmp_path):
    from typer.testing import CliRunner

    from mtaudit.cli import app

    path = write(tmp_path, mutate("severity: error\n    check", "severity: eror\n    check"))
    r = CliRunner().invoke(app, ["rules", "list", "--rules", str(path)])
    assert r.exit_code != 0
    assert isinstance(r.exception, ConfigError) and "rule T-TERM-001: field 'severity'" in str(r.exception)


def test_every_rule_s_mistake_is_reported_in_one_run(tmp_path):
    import subprocess
    import sys

    text = GOOD.replace("severity: error\n    check", "severity: eror\n    check").replace("suggestion: future growth engine",
                                                                                          "suggestion: future growth engine\n    expectd: x")
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_pack_file(path)
    lines = str(info.value).splitlines()
    assert len(lines) == 2 and "rule T-TERM-001: field 'severity'" in lines[0] and "rule T-FORBID-001: field 'expectd'" in lines[1]
    r = subprocess.run([sys.executable, "-m", "mtaudit.cli", "rules", "list", "--rules", str(path)], capture_output=True, text=True)
    assert r.returncode == 2
    assert [line.startswith("mtaudit: error: ") for line in r.stderr.splitlines()] == [True, True], r.stderr


def test_signature_names_packs_with_content_hash(tmp_path):
    path = write(tmp_path, GOOD)
    a = load_ruleset([str(path)], builtin=False).signature
    assert a.startswith("test-pack@") and "+code@" in a
    path.write_text(GOOD.replace("future growth engine", "growth engine"), encoding="utf-8")
    b = load_ruleset([str(path)], builtin=False).signature
    assert a != b


def test_builtin_packs_load_and_validate():
    rs = load_ruleset([])
    assert rs.signature == "+".join([p.signature for p in rs.packs] + [rs.signature.rsplit("+", 1)[-1]])
    for p in rs.packs:
        assert len(p.digest) == 64 and p.rules


def test_csv_glossary_becomes_term_rules(tmp_path):
    path = tmp_path / "gloss.csv"
    path.write_text("ko,en,bad\n정주여건,living conditions,settlement conditions\n선점,take the lead;seize,preoccupy\n", encoding="utf-8")
    pack = load_pack_file(path)
    assert [r.source for r in pack.rules] == [("정주여건",), ("선점",)]
    assert pack.rules[1].expected == ("take the lead", "seize")
    assert pack.rules[1].bad == ("preoccupy",)
    assert pack.rules[0].info.fail and pack.rules[0].info.passes


def test_csv_glossary_errors_name_the_line(tmp_path):
    path = tmp_path / "gloss.csv"
    path.write_text("ko,en\n정주여건,\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"gloss.csv: line 2: field 'en'"):
        load_pack_file(path)


def test_csv_glossary_with_another_header_is_refused_not_read_as_a_term(tmp_path):
    path = tmp_path / "gloss.csv"
    path.write_text("term,translation\n정주여건,living conditions\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"gloss.csv: line 1: field 'ko': 'term' is not Korean \(a header must name the columns ko,en"):
        load_pack_file(path)
    path.write_text("source,target\n정주여건,living conditions\n", encoding="utf-8")  # the segment tables' names
    assert [(r.source, r.expected) for r in load_pack_file(path).rules] == [(("정주여건",), ("living conditions",))]
    path.write_text("정주여건,living conditions\nliving conditions,정주여건\n", encoding="utf-8")  # columns swapped
    with pytest.raises(ConfigError, match=r"line 2: field 'ko': 'living conditions' is not Korean"):
        load_pack_file(path)


def test_context_words_of_a_bad_rendering_stay_in_its_suggestion(tmp_path):
    from mtaudit.rules import check
    from mtaudit.rules.base import Example
    from mtaudit.rules.engine import RuleSet, example_document

    pack = load_pack_file(write(tmp_path, GOOD.replace("bad: [small manager, division manager]",
                                                        'bad: [small manager, "[battery] owner", "division manager [complex]"]')))
    assert pack.rules[0].bad == ("small manager", "battery owner", "division manager complex")
    rs = RuleSet.build([pack])
    doc, pairs = example_document(Example(ko="이차전지 소부장 생산 거점과 소부장 특화단지를 만든다.",
                                          en="It builds a hub for secondary battery owners and a Division Manager Complex."))
    got = sorted((f.rendering, f.suggestion) for f in check(doc, pairs, rs) if f.rule_id == "T-TERM-001")
    assert got == [("Division Manager Complex", "materials, parts and equipment Complex"),
                   ("battery owners", "battery materials, parts and equipment")]
    with pytest.raises(ConfigError, match=r"field 'bad': '\[battery owner': context words go in brackets"):
        load_pack_file(write(tmp_path, GOOD.replace("bad: [small manager, division manager]", 'bad: ["[battery owner"]'), "q.yaml"))


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="t1">
    <langSet xml:lang="ko"><tig><term>초격차</term></tig></langSet>
    <langSet xml:lang="en">
      <tig><term>unrivalled edge</term></tig>
      <tig><term>super-gap</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      <tig><term>ultra-gap</term><termNote type="administrativeStatus">notRecommended-admn-sts</termNote></tig>
    </langSet>
  </termEntry>
  <termEntry id="t2">
    <langSet xml:lang="en"><tig><term>orphan</term></tig></langSet>
  </termEntry>
</body></text></martif>
"""


def test_tbx_becomes_term_rules_with_deprecated_as_bad(tmp_path):
    path = tmp_path / "terms.tbx"
    path.write_text(TBX, encoding="utf-8")
    pack = load_pack_file(path)
    assert len(pack.rules) == 1
    rule = pack.rules[0]
    assert rule.source == ("초격차",)
    assert rule.expected == ("unrivalled edge",)
    assert set(rule.bad) == {"super-gap", "ultra-gap"}


def test_tbx_broken(tmp_path):
    path = tmp_path / "bad.tbx"
    path.write_text("<martif><text>", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.tbx: not valid TBX"):
        load_pack_file(path)


def test_tbx3_concept_entries(tmp_path):
    path = tmp_path / "v3.tbx"
    path.write_text(
        """<?xml version="1.0"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" xml:lang="en"><text><body>
  <conceptEntry id="c1">
    <langSec xml:lang="ko-KR"><termSec><term>정주여건</term></termSec></langSec>
    <langSec xml:lang="en-US">
      <termSec><term>living conditions</term></termSec>
      <termSec><term>settlement conditions</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
    </langSec>
  </conceptEntry>
</body></text></tbx>""",
        encoding="utf-8",
    )
    (rule,) = load_pack_file(path).rules
    assert (rule.source, rule.expected, rule.bad) == (("정주여건",), ("living conditions",), ("settlement conditions",))
