"""End to end, as a reviewer would: `mtaudit review` in a real browser, then audit and fix.

Starts `mtaudit review` on a copy of pairs/ (subprocess, 127.0.0.1, a free port), drives
headless Debian Chromium with playwright (never a browser download) to dismiss one finding
and confirm another with a correction, checks the decisions file, re-runs the audit (the
dismissed finding is suppressed, the correction is the suggestion) and `mtaudit fix`.
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
PAIRS = Path(__file__).resolve().parent.parent / "pairs"
MTAUDIT = Path(sys.executable).parent / "mtaudit"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CORRECTION = "the corrected rendering"


def _start_review(corpus: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [str(MTAUDIT), "review", str(corpus), "--port", "0", "--encoder", "none", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue = queue.Queue()

    def pump():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + 180
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            break
        seen.append(line)
        if line.startswith("open http://127.0.0.1:"):
            return proc, line.split("open ", 1)[1].strip()
    _stop(proc)
    raise AssertionError(f"mtaudit review did not start: {''.join(seen)} {proc.stderr.read() if proc.stderr else ''}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def _status(url: str, data: bytes | None = None, headers: dict | None = None) -> int:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(MTAUDIT), *args], capture_output=True, text=True, timeout=300)


@pytest.fixture()
def corpus(tmp_path):
    dst = tmp_path / "pairs"
    shutil.copytree(PAIRS, dst)
    return dst


def _pick_rows(page):
    """Two findings about different terms/renderings, each with its English rendering in the text."""
    rows = page.locator("tr.occ").evaluate_all(
        "rows => rows.map(r => ({fp: r.dataset.fp, rule: r.dataset.rule, term: r.dataset.term,"
        " rendering: r.dataset.rendering, doc: r.dataset.doc}))"
    )
    usable = [r for r in rows if r["term"] and r["rendering"] and r["term"] != r["rendering"]]
    # glossary term rules first (the feature's main use), then any other finding with a term
    usable.sort(key=lambda r: (not r["rule"].startswith("KO-TERM"), r["rule"]))
    assert len(usable) >= 2, f"need two flagged terms on the page, got {rows}"
    confirm = usable[0]
    dismiss = next(r for r in usable[1:] if (r["term"], r["rendering"]) != (confirm["term"], confirm["rendering"]))
    return confirm, dismiss


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")
def test_review_in_the_browser_then_audit_and_fix(corpus, tmp_path):
    from playwright.sync_api import sync_playwright

    decisions_path = corpus / "mtaudit-review.yaml"
    proc, url = _start_review(corpus)
    try:
        base = url.split("/?", 1)[0]
        # other local users without the token are refused, reading and writing
        assert _status(base + "/") == 403
        assert _status(base + "/?token=guess") == 403
        body = json.dumps({"fingerprint": "0" * 16, "action": "dismiss", "reason": "x"}).encode()
        assert _status(base + "/api/decide", body, {"Content-Type": "application/json"}) == 403
        assert not decisions_path.exists()

        with sync_playwright() as pw:
            ctx = pw.chromium.launch_persistent_context(
                str(tmp_path / "chromium-profile"),
                executable_path=str(CHROMIUM),
                headless=True,
                args=CHROMIUM_ARGS,
                timeout=60_000,
            )
            try:
                page = ctx.new_page()
                page.set_default_timeout(30_000)
                page.goto(url)
                assert str(decisions_path) in page.locator("#decisions-path").inner_text()
                confirm, dismiss = _pick_rows(page)

                row = page.locator(f'tr.occ[data-fp="{dismiss["fp"]}"]').first
                row.locator("input.reason").fill("a correct rendering in this article")
                row.locator("button.dismiss").click()
                page.wait_for_function(
                    "fp => document.querySelector(`tr.occ[data-fp='${fp}']`).classList.contains('dismissed')", arg=dismiss["fp"]
                )
                assert "saved to" in page.locator("#msg").inner_text()

                row = page.locator(f'tr.occ[data-fp="{confirm["fp"]}"]').first
                row.locator("input.correction").fill(CORRECTION)
                row.locator("button.confirm").click()
                page.wait_for_function(
                    "fp => document.querySelector(`tr.occ[data-fp='${fp}']`).classList.contains('confirmed')", arg=confirm["fp"]
                )
                assert CORRECTION in row.locator(".status").inner_text()
                page.screenshot(path=str(tmp_path / "review.png"), full_page=False)

                # someone edits the file by hand meanwhile: the next click is refused with a message
                hand = decisions_path.read_text(encoding="utf-8") + "# edited by hand\n"
                decisions_path.write_text(hand, encoding="utf-8")
                row.locator("button.clear").click()
                page.wait_for_function("() => document.querySelector('#msg').textContent.includes('not saved')")
                assert "changed on disk" in page.locator("#msg").inner_text()
                assert decisions_path.read_text(encoding="utf-8") == hand
            finally:
                ctx.close()
    finally:
        _stop(proc)

    # the decisions file says what was clicked
    from mtaudit.review.decisions import load_decisions

    entries = {e.fingerprint: e for e in load_decisions(decisions_path).entries}
    assert set(entries) == {confirm["fp"], dismiss["fp"]}
    d, c = entries[dismiss["fp"]], entries[confirm["fp"]]
    assert (d.decision, d.reason, d.term, d.rendering, d.document) == (
        "dismissed",
        "a correct rendering in this article",
        dismiss["term"],
        dismiss["rendering"],
        dismiss["doc"],
    )
    assert (c.decision, c.correction, c.rule_id) == ("confirmed", CORRECTION, confirm["rule"])

    # a later audit reads the decisions file next to the inputs by default
    out = tmp_path / "reports"
    r = _run("audit", str(corpus), "--out", str(out), "--encoder", "none")
    assert r.returncode == 0, r.stderr
    from mtaudit.types import Finding

    def fps(items, doc):
        return {Finding(**{k: v for k, v in f.items() if k in ("rule_id", "severity", "message", "source_term", "rendering")}).fingerprint(doc): f for f in items}

    dis_doc = json.loads((out / f"{dismiss['doc']}.json").read_text(encoding="utf-8"))["documents"][0]
    assert dismiss["fp"] in fps(dis_doc["suppressed"], dismiss["doc"])
    assert dismiss["fp"] not in fps(dis_doc["findings"], dismiss["doc"])
    con_doc = json.loads((out / f"{confirm['doc']}.json").read_text(encoding="utf-8"))["documents"][0]
    confirmed = fps(con_doc["findings"], confirm["doc"])
    assert confirmed[confirm["fp"]]["suggestion"] == CORRECTION

    # and `mtaudit fix` writes the corrected English
    src = corpus / f"{confirm['doc']}.txt"
    before = src.read_bytes()
    fixed = tmp_path / "fixed.txt"
    r = _run("fix", str(src), "--out", str(fixed), "--encoder", "none")
    assert r.returncode == 0, r.stderr
    text = fixed.read_text(encoding="utf-8")
    # the correction stands where the rendering was (capitalised at a headline/sentence start)
    assert CORRECTION in text.lower()
    assert text.lower().count(confirm["rendering"].lower()) < before.decode("utf-8").lower().count(confirm["rendering"].lower())
    assert "TER" in r.stdout and f"+++ {fixed}" in r.stdout
    assert src.read_bytes() == before


def test_malformed_decisions_file_stops_review_naming_the_line(corpus):
    (corpus / "mtaudit-review.yaml").write_text(
        "version: 1\ndecisions:\n  - term: 소부장\n    decision: confirmed\n  - term: 정주여건\n    decision: dismissed\n",
        encoding="utf-8",
    )
    r = subprocess.run(
        [str(MTAUDIT), "review", str(corpus), "--port", "0", "--encoder", "none"], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 2
    (line,) = r.stderr.strip().splitlines()
    assert f"{corpus / 'mtaudit-review.yaml'}:5:" in line and "needs a reason" in line


def test_a_port_in_use_is_refused_at_once(corpus):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        r = subprocess.run(
            [str(MTAUDIT), "review", str(corpus), "--port", str(port), "--encoder", "none"], capture_output=True, text=True, timeout=120
        )
    assert r.returncode == 2
    (line,) = r.stderr.strip().splitlines()
    assert f"--port {port}: cannot listen on 127.0.0.1" in line
