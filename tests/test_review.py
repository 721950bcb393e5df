"""The decisions file, feeding decisions into an audit, and the review web app (in-process)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from review_support import PAIRS, audit_with_stand_in_rule  # noqa: E402

from mtaudit.errors import ConfigError  # noqa: E402
from mtaudit.review import ConcurrentEdit, Decision, Decisions, apply_decisions, load_decisions, promoted_pack  # noqa: E402
from mtaudit.review.decisions import default_decisions_path, resolve_decisions_path  # noqa: E402
from mtaudit.types import Finding, Severity  # noqa: E402

DOC = "003_d62fabc13291d6bc"


def finding(term="소부장", rendering="small manager", rule="KO-TERM-001", suggestion=None):
    return Finding(rule_id=rule, severity=Severity.ERROR, message="m", source_term=term, rendering=rendering, suggestion=suggestion)


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "mtaudit-review.yaml"
    p.write_text(text, encoding="utf-8")
    return p


# --- loading and validation -------------------------------------------------------------


def test_load_all_three_scopes(tmp_path):
    fp = finding().fingerprint(DOC)
    p = write(
        tmp_path,
        f"""version: 1
decisions:
  - term: 소부장
    decision: confirmed
    correction: materials, parts and equipment
  - term: 미래먹거리
    rendering: Future  Food
    decision: dismissed
    reason: the article is about food here
  - fingerprint: {fp}
    rule_id: KO-TERM-001
    document: {DOC}
    decision: dismissed
    reason: quoted as a bad example
""",
    )
    d = load_decisions(p)
    assert [x.scope for x in d.entries] == ["term", "rendering", "finding"]
    assert [x.line for x in d.entries] == [3, 6, 10]
    assert d.entries[1].rendering == "Future Food"  # whitespace collapsed


@pytest.mark.parametrize(
    "body, line, words",
    [
        ("version: 1\ndecisions:\n  - term: 소부장\n    decision: dismisssed\n    reason: x\n", 4, "unknown decision 'dismisssed'"),
        ("version: 1\ndecisions:\n  - term: 소부장\n    decision: dismissed\n", 3, "needs a reason"),
        ("version: 1\ndecisions:\n  - term: 소부장\n    decison: confirmed\n", 4, "unknown field 'decison'"),
        ("version: 1\ndecisions:\n  - rendering: small manager\n    decision: confirmed\n", 3, "needs 'term'"),
        ("version: 1\ndecisions:\n  - fingerprint: abc\n    decision: confirmed\n", 3, "not a finding fingerprint"),
        ("version: 1\ndecisions:\n  - term: 소부장\n    rendering: small manager\n    decision: rule\n", 3, "needs the expected English"),
        ("version: 1\ndecisions:\n  - term: [소부장\n", 4, "invalid YAML"),
        ("version: 1\ndecisions:\n  - term: 소부장\n    decision: confirmed\n  - term: 소부장\n    decision: confirmed\n", 5, "first is on line 3"),
        ("version: 2\ndecisions: []\n", 1, "unsupported version"),
        ("version: 1\ndecisions: {term: x}\n", 2, "must be a list"),
        ("version: 1\ndecision:\n  - term: 소부장\n", 2, "unknown top-level field 'decision'"),
        ("version: 1\ndecisions:\n  - term: 소부장\n    decision: confirmed\n    correction: [a, b]\n", 5, "must be text"),
    ],
)
def test_malformed_file_names_file_and_line(tmp_path, body, line, words):
    p = write(tmp_path, body)
    with pytest.raises(ConfigError) as exc:
        load_decisions(p)
    msg = str(exc.value)
    assert msg.startswith(f"{p}:{line}:"), msg
    assert words in msg
    assert "\n" not in msg


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="no such decisions file"):
        load_decisions(tmp_path / "nope.yaml")
    d = load_decisions(tmp_path / "nope.yaml", must_exist=False)
    assert d.entries == [] and d.digest is None


def test_cli_run_prints_one_line_with_line_number(tmp_path):
    import subprocess

    p = write(tmp_path, "version: 1\ndecisions:\n  - term: 소부장\n    decision: maybe\n")
    exe = Path(sys.executable).parent / "mtaudit"
    r = subprocess.run(
        [str(exe), "audit", str(PAIRS / f"{DOC}.txt"), "--out", str(tmp_path / "o"), "--encoder", "none", "--review", str(p)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{p}:4:" in lines[0] and "unknown decision 'maybe'" in lines[0]
    assert "Traceback" not in r.stderr


# --- writing ----------------------------------------------------------------------------


def test_write_is_stable_and_round_trips(tmp_path):
    path = tmp_path / "d.yaml"
    a = Decisions(path)
    b = Decisions(tmp_path / "e.yaml")
    items = [
        Decision("dismissed", fingerprint=finding().fingerprint(DOC), reason="ok here", document=DOC),
        Decision("confirmed", term="소부장", correction="materials, parts and equipment"),
        Decision("rule", term="정주여건", rendering="settlement conditions", correction="living conditions"),
        Decision("confirmed", term="미래먹거리", rendering="future food", correction="future growth engine"),
    ]
    for d in items:
        a.set(d)
    for d in reversed(items):
        b.set(d)
    assert a.dumps() == b.dumps()  # order of clicks does not matter
    a.save()
    again = load_decisions(path)
    assert [x.key for x in again.entries] == [x.key for x in a.entries]
    assert again.dumps() == a.dumps()
    assert [p.name for p in tmp_path.iterdir()] == ["d.yaml"]  # no temp file left behind


def test_set_replaces_same_subject(tmp_path):
    d = Decisions(tmp_path / "d.yaml")
    d.set(Decision("confirmed", term="소부장", rendering="small manager"))
    old = d.set(Decision("dismissed", term="소부장", rendering="Small  Manager", reason="x"))
    assert old is not None and old.decision == "confirmed"
    assert len(d.entries) == 1 and d.entries[0].decision == "dismissed"


def test_concurrent_edit_is_refused_not_overwritten(tmp_path):
    p = write(tmp_path, "version: 1\ndecisions:\n  - term: 소부장\n    decision: confirmed\n")
    d = load_decisions(p)
    other = p.read_text(encoding="utf-8") + "  - term: 정주여건\n    decision: confirmed\n"
    p.write_text(other, encoding="utf-8")  # someone else edits the file meanwhile
    d.set(Decision("dismissed", term="미래먹거리", reason="x"))
    with pytest.raises(ConcurrentEdit, match="changed on disk"):
        d.save()
    assert p.read_text(encoding="utf-8") == other


def test_file_deleted_meanwhile_is_a_concurrent_edit(tmp_path):
    p = write(tmp_path, "version: 1\ndecisions: []\n")
    d = load_decisions(p)
    p.unlink()
    with pytest.raises(ConcurrentEdit):
        d.save()


def test_default_path_is_next_to_the_inputs(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    f = folder / "a.txt"
    f.write_text("x", encoding="utf-8")
    assert default_decisions_path([folder]) == folder / "mtaudit-review.yaml"
    assert default_decisions_path([f]) == folder / "mtaudit-review.yaml"
    assert resolve_decisions_path(None, [folder]) is None  # only read when it exists
    (folder / "mtaudit-review.yaml").write_text("version: 1\n", encoding="utf-8")
    assert resolve_decisions_path(None, [f]) == folder / "mtaudit-review.yaml"
    assert resolve_decisions_path(tmp_path / "x.yaml", [f]) == tmp_path / "x.yaml"


# --- matching and applying --------------------------------------------------------------


def test_most_specific_decision_wins(tmp_path):
    f = finding()
    d = Decisions(tmp_path / "d.yaml")
    d.set(Decision("confirmed", term="소부장", correction="materials, parts and equipment"))
    assert d.lookup(f, DOC).scope == "term"
    d.set(Decision("dismissed", term="소부장", rendering="SMALL manager", reason="x"))
    assert d.lookup(f, DOC).scope == "rendering"
    d.set(Decision("confirmed", fingerprint=f.fingerprint(DOC), correction="MPE"))
    assert d.lookup(f, DOC).correction == "MPE"
    # the fingerprint holds the document: another document falls back to the rendering decision
    assert d.lookup(f, "another-doc").scope == "rendering"
    # a different rendering of the term gets the term-wide decision
    assert d.lookup(finding(rendering="division manager"), DOC).scope == "term"
    assert d.lookup(finding(term="이차전지", rendering="private battery"), DOC) is None


def test_rule_scoped_decision(tmp_path):
    d = Decisions(tmp_path / "d.yaml")
    d.set(Decision("dismissed", term="소부장", rule_id="KO-TERM-001", reason="x"))
    assert d.lookup(finding(rule="KO-TERM-001"), DOC) is not None
    assert d.lookup(finding(rule="KO-CONS-002"), DOC) is None


def test_apply_splits_and_suggests(tmp_path):
    d = Decisions(tmp_path / "d.yaml")
    d.set(Decision("dismissed", term="미래먹거리", reason="literal food"))
    d.set(Decision("confirmed", term="소부장", rendering="small manager", correction="materials, parts and equipment"))
    fs = [finding(), finding(term="미래먹거리", rendering="future food", suggestion="future growth engine"), finding(term="정주여건", rendering="settlement conditions")]
    kept, suppressed = apply_decisions(fs, DOC, d)
    assert [f.source_term for f in suppressed] == ["미래먹거리"]
    assert [f.source_term for f in kept] == ["소부장", "정주여건"]
    assert kept[0].suggestion == "materials, parts and equipment"
    assert kept[1].suggestion is None


def test_pipeline_applies_decisions_on_real_articles(tmp_path):
    corpus = tmp_path / "pairs"
    shutil.copytree(PAIRS, corpus)
    before = audit_with_stand_in_rule([corpus])
    total = sum(len(d.findings) for d in before.documents)
    by_doc = {d.document.id: d for d in before.documents}
    small = [f for f in by_doc[DOC].findings if f.rendering == "small manager"]
    assert small, "the stand-in rule finds 'small manager' in 003"
    dec = Decisions(corpus / "mtaudit-review.yaml")
    dec.set(Decision("dismissed", fingerprint=small[0].fingerprint(DOC), rule_id=small[0].rule_id, reason="test"))
    dec.set(Decision("confirmed", term="정주여건", correction="living conditions"))
    dec.save()
    after = audit_with_stand_in_rule([corpus], review=corpus / "mtaudit-review.yaml")
    a = {d.document.id: d for d in after.documents}
    assert len(a[DOC].suppressed) == len(small)  # same fingerprint: every 'small manager' in 003
    assert all(f.rendering == "small manager" for f in a[DOC].suppressed)
    assert sum(len(d.findings) for d in after.documents) == total - len(small)
    settle = [f for f in a[DOC].findings if f.source_term == "정주여건"]
    assert settle and all(f.suggestion == "living conditions" for f in settle)


# --- promoted renderings -----------------------------------------------------------------


def test_promoted_pack_follows_the_pack_schema(tmp_path):
    d = Decisions(tmp_path / "d.yaml")
    d.set(
        Decision(
            "rule",
            term="정주여건",
            rendering="settlement conditions",
            correction="living conditions",
            example=("정주여건 제고", "improving settlement conditions"),
        )
    )
    d.set(Decision("rule", term="정주여건", rendering="settlement environment", correction="living conditions"))
    pack = promoted_pack(d)
    assert pack["pack"] and pack["version"] == 1
    (rule,) = pack["rules"]
    assert rule["kind"] == "term" and rule["id"].startswith("KO-TERM-")
    assert rule["source"] == ["정주여건"]
    assert rule["expected"] == ["living conditions"]
    assert rule["bad"] == ["settlement conditions", "settlement environment"]
    assert rule["docs"] and rule["examples"]["fail"] and rule["examples"]["pass"]
    assert rule["examples"]["fail"][0]["en"] == "improving settlement conditions"
    assert rule["examples"]["pass"][0]["en"] == "improving living conditions"
    # stable id: promoting another term does not renumber this one
    d.set(Decision("rule", term="소부장", rendering="small manager", correction="materials, parts and equipment"))
    assert rule["id"] in {r["id"] for r in promoted_pack(d)["rules"]}
    assert promoted_pack(Decisions(tmp_path / "x.yaml")) is None


def test_promoted_rule_is_loaded_and_fires(tmp_path):
    from mtaudit import rules
    from mtaudit.pipeline import AuditConfig, run_audit
    from mtaudit.review.apply import promoted_rules

    d = Decisions(tmp_path / "d.yaml")
    # a rendering the built-in pack does not know: promoted, it becomes a rule of its own
    d.set(Decision("rule", term="특화단지", rendering="specialized complex", correction="specialised cluster"))
    d.save()
    with promoted_rules(d) as extra:
        rs = rules.load_ruleset(extra)
    assert "review-promoted@" in rs.signature
    (doc,) = run_audit([str(PAIRS / f"{DOC}.txt")], AuditConfig(encoder="none", review=str(d.path))).documents
    rid = promoted_pack(d)["rules"][0]["id"]
    mine = [f for f in doc.findings if f.rule_id == rid]
    assert mine and mine[0].rendering.lower().startswith("specialized complex")
    assert mine[0].suggestion == "specialised cluster"


def test_real_rules_dismissal_suppresses_and_correction_suggests(tmp_path):
    """The real rule pack on the seed 001: 미래먹거리 -> 'future food' flagged; decisions act on it."""
    from mtaudit.pipeline import AuditConfig, run_audit

    src = PAIRS / "001_b58148236b9982db.txt"
    before = run_audit([str(src)], AuditConfig(encoder="none")).documents[0]
    food = [f for f in before.findings if f.source_term and "먹거리" in f.source_term]
    if not food:
        pytest.skip("the rule pack does not flag 미래먹거리 (yet)")
    d = Decisions(tmp_path / "d.yaml")
    d.set(Decision("dismissed", fingerprint=food[0].fingerprint(before.document.id), reason="test"))
    d.save()
    after = run_audit([str(src)], AuditConfig(encoder="none", review=str(d.path))).documents[0]
    fp = food[0].fingerprint(before.document.id)
    assert fp in {f.fingerprint(after.document.id) for f in after.suppressed}
    assert fp not in {f.fingerprint(after.document.id) for f in after.findings}
    assert len(after.findings) + len(after.suppressed) == len(before.findings)
    d.set(Decision("confirmed", fingerprint=fp, correction="future growth engine"))
    d.save()
    again = run_audit([str(src)], AuditConfig(encoder="none", review=str(d.path))).documents[0]
    assert {f.suggestion for f in again.findings if f.fingerprint(again.document.id) == fp} == {"future growth engine"}
    assert not again.suppressed


def test_any_text_survives_a_write_and_a_read(tmp_path_factory):
    """Terms, renderings, corrections and reasons with YAML-special characters round-trip."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    chars = st.text(alphabet=list("소부장미래먹거리 abcXYZ:#'\"-&*!|>%@`{}[],?\\\t\n0123456789.~"), min_size=1, max_size=30)
    text = st.one_of(chars, st.sampled_from(["yes", "null", "~", "1.0", "2026-11-21", "- x", "a: b"])).filter(
        lambda s: " ".join(s.split()) != ""
    )
    folder = tmp_path_factory.mktemp("rt")

    @settings(max_examples=60, deadline=None)
    @given(term=text, rendering=text, correction=text, reason=text)
    def check(term, rendering, correction, reason):
        path = folder / "d.yaml"
        if path.exists():
            path.unlink()
        d = Decisions(path)
        d.set(Decision("confirmed", term=" ".join(term.split()), rendering=" ".join(rendering.split()), correction=" ".join(correction.split())))
        d.set(Decision("dismissed", term=" ".join(term.split()), reason=reason.strip()))
        d.save()
        back = load_decisions(path)
        assert sorted((e.decision, e.term, e.rendering, e.correction, e.reason) for e in back.entries) == sorted(
            (e.decision, e.term, e.rendering, e.correction, e.reason) for e in d.entries
        )

    check()


@pytest.mark.parametrize("case", ["missing", "empty folder", "empty file"])
def test_cli_review_without_a_readable_input_exits_2_and_serves_nothing(tmp_path, monkeypatch, case):
    import uvicorn
    from typer.testing import CliRunner

    from mtaudit.cli import app

    served = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: served.append(sockets))
    target = {"missing": tmp_path / "nope.txt", "empty folder": tmp_path / "corpus", "empty file": tmp_path / "empty.txt"}[case]
    (tmp_path / "corpus").mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    r = CliRunner().invoke(app, ["review", str(target), "--port", "0", "--encoder", "none"])
    assert r.exit_code == 2 and served == []
    assert r.stdout == ""  # no "0 flagged term occurrences ... open http://..."
    assert r.stderr.startswith(f"mtaudit: error: {target}: ") and r.stderr.count("\n") == 1
