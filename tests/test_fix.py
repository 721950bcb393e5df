"""`mtaudit fix`: confirmed corrections applied to the English, a diff, and TER."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from unittest import mock

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from review_support import PAIRS, audit_with_stand_in_rule, term_findings  # noqa: E402

from mtaudit.fix import fix_document, plan_edits  # noqa: E402
from mtaudit.review import Decision, Decisions  # noqa: E402

DOC = "003_d62fabc13291d6bc"
MPE = "materials, parts and equipment"


def decisions(tmp_path, *items):
    d = Decisions(tmp_path / "d.yaml")
    for x in items:
        d.set(x)
    d.save()
    return d


def test_correction_replaces_every_confirmed_rendering(tmp_path):
    d = decisions(tmp_path, Decision("confirmed", term="소부장", rendering="small manager", correction=MPE))
    (dr,) = audit_with_stand_in_rule([PAIRS / f"{DOC}.txt"], review=d.path).documents
    fx = fix_document(dr, d)
    original = (PAIRS / f"{DOC}.txt").read_text(encoding="utf-8")
    assert fx.original == original
    n_small = len([f for f in dr.findings if f.rendering == "small manager"])
    assert len(fx.edits) == n_small >= 4
    low = fx.corrected.lower()
    assert "small manager" not in low and "small-manager" not in low
    assert "division manager" in low  # not confirmed: left alone
    assert "for materials, parts and equipment organized" in fx.corrected  # plural 'small managers' replaced whole
    assert "the materials, parts and equipment specialized complex" in fx.corrected  # possessive dropped
    # nothing else changed: undo the edits and get the input back
    for e in sorted(fx.edits, key=lambda e: e.start, reverse=True):
        assert e.old.lower().startswith("small")
    assert len(fx.corrected) - len(original) == sum(len(e.new) - len(e.old) for e in fx.edits)
    # Korean side untouched
    assert [ln for ln in fx.corrected.splitlines() if "소부장" in ln] == [ln for ln in original.splitlines() if "소부장" in ln]
    assert 0 < fx.ter < 10 and fx.num_edits >= n_small
    assert "tercom" in fx.ter_signature
    diff = fx.diff("out.txt")
    assert diff.startswith("---") and "+++ out.txt" in diff and "-directly from the Minister" in diff


def test_dismissed_and_undecided_findings_change_nothing(tmp_path):
    d = decisions(tmp_path, Decision("dismissed", term="소부장", reason="x"), Decision("confirmed", term="정주여건"))
    (dr,) = audit_with_stand_in_rule([PAIRS / f"{DOC}.txt"], review=d.path).documents
    assert plan_edits(dr, d) == []
    fx = fix_document(dr, d)
    assert fx.corrected == fx.original and fx.ter == 0.0


def test_capital_kept_at_sentence_start(tmp_path):
    d = decisions(tmp_path, Decision("confirmed", term="소부장", rendering="division manager", correction=MPE))
    (dr,) = audit_with_stand_in_rule([PAIRS / f"{DOC}.txt"], review=d.path).documents
    fx = fix_document(dr, d)
    assert "Secondary Battery Materials, parts and equipment Specialized" in fx.corrected


def _invoke(args):
    from mtaudit import rules
    from mtaudit.cli import app

    with mock.patch.object(rules, "check", lambda doc, pairs, *rest: term_findings(doc, pairs)):
        return CliRunner().invoke(app, args)


@pytest.fixture()
def corpus(tmp_path):
    dst = tmp_path / "pairs"
    shutil.copytree(PAIRS, dst)
    d = Decisions(dst / "mtaudit-review.yaml")
    d.set(Decision("confirmed", term="정주여건", correction="living conditions"))
    d.save()
    return dst


def test_cli_writes_output_prints_diff_and_ter(corpus, tmp_path):
    src = corpus / f"{DOC}.txt"
    before = src.read_bytes()
    out = tmp_path / "fixed.txt"
    r = _invoke(["fix", str(src), "--out", str(out), "--encoder", "none"])
    assert r.exit_code == 0, r.output
    assert "improving living conditions by" in out.read_text(encoding="utf-8")
    assert "+" in r.stdout and "-" in r.stdout and "living conditions" in r.stdout
    assert "TER" in r.stdout and "1 corrections applied" in r.stdout
    assert src.read_bytes() == before
    # exists -> refused without --force
    r = _invoke(["fix", str(src), "--out", str(out), "--encoder", "none"])
    assert r.exit_code != 0 and "--force" in str(r.exception)
    assert _invoke(["fix", str(src), "--out", str(out), "--encoder", "none", "--force"]).exit_code == 0


def test_cli_never_overwrites_the_input(corpus):
    src = corpus / f"{DOC}.txt"
    before = src.read_bytes()
    r = _invoke(["fix", str(src), "--out", str(src), "--encoder", "none", "--force"])
    assert r.exit_code != 0 and "never overwrites" in str(r.exception)
    assert src.read_bytes() == before
    # beside the input (article.txt -> article.fixed.txt) is refused: the next audit of the folder would read the
    # corrected copy as one more article; a subfolder is fine
    r = _invoke(["fix", str(src), "--out", str(corpus / "x.fixed.txt"), "--encoder", "none"])
    assert r.exit_code != 0 and "one more article" in str(r.exception)
    assert not (corpus / "x.fixed.txt").exists()
    (corpus / "fixed").mkdir()
    r = _invoke(["fix", str(src), "--out", str(corpus / "fixed" / "x.txt"), "--encoder", "none"])
    assert r.exit_code == 0, r.output
    assert (corpus / "fixed" / "x.txt").exists()
    assert src.read_bytes() == before
    # an --out folder that does not exist, or a folder: one line before any work
    r = _invoke(["fix", str(src), "--out", str(corpus.parent / "nodir" / "x.txt"), "--encoder", "none"])
    assert r.exit_code != 0 and "does not exist" in str(r.exception)


def test_cli_without_decisions(tmp_path):
    lone = tmp_path / "in"
    lone.mkdir()
    shutil.copy(PAIRS / f"{DOC}.txt", lone)
    r = _invoke(["fix", str(lone / f"{DOC}.txt"), "--out", str(tmp_path / "o.txt"), "--encoder", "none"])
    assert r.exit_code != 0 and "no decisions file" in str(r.exception)


def test_real_rules_cli_fix_on_the_seed(tmp_path):
    """With the real rule pack: confirm 소부장 -> MPE for 'small manager', fix 003."""
    from mtaudit.cli import app

    corpus = tmp_path / "pairs"
    corpus.mkdir()
    shutil.copy(PAIRS / f"{DOC}.txt", corpus)
    d = Decisions(corpus / "mtaudit-review.yaml")
    d.set(Decision("confirmed", term="소부장", rendering="small manager", correction=MPE))
    d.save()
    out = tmp_path / "fixed.txt"
    r = CliRunner().invoke(app, ["fix", str(corpus / f"{DOC}.txt"), "--out", str(out), "--encoder", "none"])
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8").lower()
    # every form the MT used: small managers, small manager's, small-manager, small manager
    assert "small manager" not in text and "small-manager" not in text
    assert "division manager" in text  # another rendering, not confirmed
    assert text.count(MPE) >= 5
    assert "TER" in r.stdout


def test_the_correction_takes_the_renderings_plural_or_possessive():
    from mtaudit.fix import _inflect

    assert _inflect("private batteries", "private battery", "secondary battery") == "secondary batteries"
    assert _inflect("future foods", "future food", "future growth engine") == "future growth engines"
    assert _inflect("mother fund's", "mother fund", "fund of funds") == "fund of funds'"
    assert _inflect("private battery", "private battery", "secondary battery") == "secondary battery"
    # a list has no sure plural: left as the reviewer wrote it
    assert _inflect("small managers", "small manager", "materials, parts and equipment") == "materials, parts and equipment"
