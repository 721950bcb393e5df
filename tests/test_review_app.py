"""The review web app in-process (Starlette TestClient): token, writes, 409, escaping."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from review_support import PAIRS, audit_with_stand_in_rule  # noqa: E402

from mtaudit.review.app import ReviewState, create_app  # noqa: E402
from mtaudit.review.decisions import load_decisions  # noqa: E402
from mtaudit.types import AuditResult, DocumentResult, Finding, Severity  # noqa: E402

TOKEN = "s3cret-token"


@pytest.fixture()
def corpus(tmp_path):
    dst = tmp_path / "pairs"
    shutil.copytree(PAIRS, dst)
    return dst


@pytest.fixture(scope="module")
def result():
    return audit_with_stand_in_rule([PAIRS])


@pytest.fixture()
def client(corpus, result):
    from starlette.testclient import TestClient

    state = ReviewState(result, load_decisions(corpus / "mtaudit-review.yaml", must_exist=False))
    c = TestClient(create_app(state, TOKEN), base_url="http://127.0.0.1:8765")
    c.state = state
    return c


def post(client, body, token=TOKEN):
    headers = {"X-Mtaudit-Token": token} if token else {}
    return client.post("/api/decide", json=body, headers=headers)


def fp_of(state, rendering):
    return next(o.fingerprint for o in state.by_fp.values() if o.rendering == rendering)


def test_requests_without_the_token_are_refused(client, corpus):
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    assert client.get("/decisions.yaml").status_code == 403
    fp = fp_of(client.state, "future food")
    r = post(client, {"fingerprint": fp, "action": "dismiss", "reason": "x"}, token=None)
    assert r.status_code == 403
    r = post(client, {"fingerprint": fp, "action": "dismiss", "reason": "x"}, token="wrong")
    assert r.status_code == 403
    assert not (corpus / "mtaudit-review.yaml").exists()


def test_other_host_names_are_refused(client):
    # DNS rebinding: a page on another name resolving to 127.0.0.1 must not reach the app
    assert client.get(f"/?token={TOKEN}", headers={"host": "attacker.example:8765"}).status_code == 400


def test_page_lists_terms_with_contexts_and_the_decisions_path(client, corpus):
    r = client.get(f"/?token={TOKEN}")
    assert r.status_code == 200
    page = r.text
    for term in ("소부장", "미래먹거리", "정주여건"):
        assert term in page
    assert "<mark>future food</mark>" in page
    assert "<mark>미래먹거리</mark>" in page
    assert str(corpus / "mtaudit-review.yaml") in page
    assert r.headers["cache-control"] == "no-store"


def test_dismiss_needs_a_reason_then_writes_the_file(client, corpus):
    fp = fp_of(client.state, "future food")
    r = post(client, {"fingerprint": fp, "action": "dismiss"})
    assert r.status_code == 400 and "reason" in r.json()["error"]
    assert not (corpus / "mtaudit-review.yaml").exists()
    r = post(client, {"fingerprint": fp, "action": "dismiss", "reason": "literal food here"})
    assert r.status_code == 200, r.text
    assert r.json()["statuses"][fp]["decision"] == "dismissed"
    d = load_decisions(corpus / "mtaudit-review.yaml")
    (e,) = d.entries
    assert (e.fingerprint, e.decision, e.reason, e.term, e.rendering) == (fp, "dismissed", "literal food here", "미래먹거리", "future food")


def test_confirm_for_a_rendering_everywhere_then_clear(client, corpus):
    fp = fp_of(client.state, "small manager")
    r = post(client, {"fingerprint": fp, "action": "confirm", "scope": "rendering", "correction": "  materials, parts  and equipment "})
    assert r.status_code == 200
    d = load_decisions(corpus / "mtaudit-review.yaml")
    (e,) = d.entries
    assert (e.scope, e.term, e.rendering, e.correction) == ("rendering", "소부장", "small manager", "materials, parts and equipment")
    page = client.get(f"/?token={TOKEN}").text
    assert '<option value="rendering" selected>' in page  # the row shows the scope that applies
    # clear removes the decision that applies, even when the row's selector says "this finding"
    r = post(client, {"fingerprint": fp, "action": "clear", "scope": "finding"})
    assert r.status_code == 200
    assert load_decisions(corpus / "mtaudit-review.yaml").entries == []
    assert r.json()["statuses"][fp]["decision"] is None


def test_promote_records_the_sentence_as_example(client, corpus):
    fp = fp_of(client.state, "settlement conditions")
    r = post(client, {"fingerprint": fp, "action": "promote", "correction": "living conditions"})
    assert r.status_code == 200
    (e,) = load_decisions(corpus / "mtaudit-review.yaml").entries
    assert e.decision == "rule" and e.scope == "rendering" and e.correction == "living conditions"
    assert e.example and "정주여건" in e.example[0] and "settlement conditions" in e.example[1]


def test_concurrent_edit_gives_409_and_keeps_the_other_edit(client, corpus):
    a = fp_of(client.state, "future food")
    b = fp_of(client.state, "settlement conditions")
    assert post(client, {"fingerprint": a, "action": "dismiss", "reason": "x"}).status_code == 200
    path = corpus / "mtaudit-review.yaml"
    edited = path.read_text(encoding="utf-8").replace("reason: x", "reason: edited by hand")
    path.write_text(edited, encoding="utf-8")
    r = post(client, {"fingerprint": b, "action": "confirm", "correction": "living conditions"})
    assert r.status_code == 409
    assert "changed on disk" in r.json()["error"]
    assert path.read_text(encoding="utf-8") == edited
    # reloading the page picks the hand edit up; the next click then works
    page = client.get(f"/?token={TOKEN}")
    assert "edited by hand" in page.text
    assert post(client, {"fingerprint": b, "action": "confirm", "correction": "living conditions"}).status_code == 200
    text = path.read_text(encoding="utf-8")
    assert "edited by hand" in text and "living conditions" in text


def test_bad_requests(client):
    assert post(client, {"fingerprint": "0" * 16, "action": "confirm"}).status_code == 400
    fp = fp_of(client.state, "future food")
    assert post(client, {"fingerprint": fp, "action": "explode"}).status_code == 400
    assert post(client, {"fingerprint": fp, "action": "confirm", "scope": "galaxy"}).status_code == 400
    r = client.post("/api/decide", content=b"not json", headers={"X-Mtaudit-Token": TOKEN})
    assert r.status_code == 400


def test_untrusted_text_is_escaped(tmp_path):
    from starlette.testclient import TestClient

    from mtaudit.io import discover, read

    units, _ = discover([str(PAIRS / "001_b58148236b9982db.txt")])
    doc = read(units[0])
    evil = Finding(
        rule_id="KO-TERM-001",
        severity=Severity.ERROR,
        message="<img src=x onerror=alert(1)>",
        source_term="<script>alert('ko')</script>",
        rendering='"><script>alert(1)</script>',
    )
    result = AuditResult(documents=(DocumentResult(document=doc, findings=(evil,)),))
    state = ReviewState(result, load_decisions(tmp_path / "d.yaml", must_exist=False))
    page = TestClient(create_app(state, TOKEN), base_url="http://127.0.0.1").get(f"/?token={TOKEN}").text
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(" in page


def test_a_rendering_left_in_korean_is_not_offered_as_a_rule(tmp_path):
    # the English matcher reads Latin words: a rule with bad: [충북대] would never fire above info
    from starlette.testclient import TestClient

    from mtaudit.io import discover, read

    units, _ = discover([str(PAIRS / "001_b58148236b9982db.txt")])
    doc = read(units[0])
    left = Finding(rule_id="MT-HANGUL-001", severity=Severity.WARNING, message="Korean left untranslated", source_term="충북대", rendering="충북대")
    literal = Finding(rule_id="KO-TERM-001", severity=Severity.ERROR, message="literal", source_term="소부장", rendering="small manager")
    result = AuditResult(documents=(DocumentResult(document=doc, findings=(left, literal)),))
    state = ReviewState(result, load_decisions(tmp_path / "d.yaml", must_exist=False))
    c = TestClient(create_app(state, TOKEN), base_url="http://127.0.0.1")
    page = c.get(f"/?token={TOKEN}").text
    assert page.count('class="promote"') == 1  # the Latin rendering only
    fp = next(o.fingerprint for o in state.by_fp.values() if o.rendering == "충북대")
    r = c.post("/api/decide", json={"fingerprint": fp, "action": "promote", "correction": "Chungbuk National University"},
               headers={"X-Mtaudit-Token": TOKEN})
    assert r.status_code == 400 and "left in Korean" in r.json()["error"]
    assert not (tmp_path / "d.yaml").exists()
