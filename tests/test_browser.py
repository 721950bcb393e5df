"""The HTML report in a real browser: Debian's /usr/bin/chromium driven by playwright.

Never downloads a browser: skips cleanly when /usr/bin/chromium is absent.
Checks what a reviewer does: find the highlighted spans, filter, step through findings
with the keyboard, hover a span; and that hostile input runs nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "pairs" / "003_d62fabc13291d6bc.txt"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason="/usr/bin/chromium is not installed"),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            headless=True,
            args=ARGS,
            viewport={"width": 1366, "height": 768},
        )
        try:
            yield ctx
        finally:
            ctx.close()


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    """The real pipeline (default encoder) on seed 003, HTML into a temporary folder."""
    from mtaudit.pipeline import AuditConfig, run_audit
    from mtaudit.report import write_reports

    out = tmp_path_factory.mktemp("seed003")
    result = run_audit([str(SEED_003)], AuditConfig())
    write_reports(result, str(out), ["html"])
    return result, out


class Watched:
    """A page with its console errors, uncaught exceptions and dialogs recorded."""

    def __init__(self, ctx, url: str):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = ctx.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(url)

    def _dialog(self, d) -> None:
        self.dialogs.append(d.message)
        d.dismiss()


def visible_rows(page) -> list[str]:
    return page.eval_on_selector_all("tr.pair", "rs => rs.filter(r => r.offsetParent !== null).map(r => r.id)")


def test_seed_003_page_filters_keyboard_and_tooltips(browser, seed_report, tmp_path):
    result, out = seed_report
    (dr,) = result.documents
    w = Watched(browser, (out / "003_d62fabc13291d6bc.html").as_uri())
    page = w.page
    marks = page.locator("mark.hl")
    assert marks.count() > 0
    assert page.locator("tr.pair").count() == len(dr.pairs)

    # filter: only errors -> rows without an error are hidden
    rows = page.eval_on_selector_all("tr.pair", "rs => rs.map(r => [r.id, r.dataset.sevs])")
    page.click("button.fbtn[data-sev=error]")
    assert visible_rows(page) == [i for i, sevs in rows if "error" in sevs.split()]
    page.click("button.fbtn[data-sev=warning]")
    shown = visible_rows(page)
    assert shown == [i for i, sevs in rows if "warning" in sevs.split()]
    assert all("error" not in s.split() or "warning" in s.split() for i, s in rows if i in shown)
    # one rule only
    rule = dr.findings[0].rule_id
    page.click("button.fbtn[data-sev=all]")
    page.select_option("#rule-filter", rule)
    want = [i for i, _ in rows if rule in page.get_attribute(f"#{i}", "data-rules").split()]
    assert visible_rows(page) == want
    page.select_option("#rule-filter", "")
    assert len(visible_rows(page)) == len(rows)

    # keyboard: j moves to the next finding (focused, marked current), k back
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    first = page.evaluate("document.activeElement.id")
    assert first.startswith("finding-") and "is-current" in page.get_attribute(f"#{first}", "class")
    page.keyboard.press("j")
    second = page.evaluate("document.activeElement.id")
    assert second.startswith("finding-") and second != first
    assert page.evaluate("(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == first

    # hover a highlighted span: the tooltip names the rule and links its docs
    mark = marks.first
    mark.scroll_into_view_if_needed()
    mark.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    fid = int(mark.get_attribute("data-f").split()[0])
    rule_id = page.get_attribute(f"#finding-{fid}", "data-rule")
    assert rule_id in tip.inner_text()
    assert tip.locator(f'a[href="#rule-{rule_id}"]').count() == 1
    page.keyboard.press("Escape")
    assert tip.is_hidden()
    # keyboard focus on a span shows the same tooltip
    page.mouse.move(1, 1)
    marks.nth(marks.count() - 1).focus()
    tip.wait_for(state="visible")
    last = int(marks.nth(marks.count() - 1).get_attribute("data-f").split()[0])
    assert page.get_attribute(f"#finding-{last}", "data-rule") in tip.inner_text()
    page.keyboard.press("Escape")

    page.screenshot(path=str(tmp_path / "seed003.png"), full_page=False)
    assert (tmp_path / "seed003.png").stat().st_size > 10_000
    assert w.errors == [] and w.dialogs == []


def test_seed_003_small_manager_is_highlighted(browser, seed_report):
    """소부장 -> "small manager": the reviewer finds it highlighted as an error on the English side."""
    result, out = seed_report
    (dr,) = result.documents
    if not any("manager" in (f.rendering or "").lower() for f in dr.findings):
        pytest.skip("no rule flags 소부장 -> 'small manager' in this build (the term pack is not installed)")
    w = Watched(browser, (out / "003_d62fabc13291d6bc.html").as_uri())
    texts = w.page.eval_on_selector_all("td.en mark.hl.sev-error", "ms => ms.map(m => m.textContent.toLowerCase())")
    assert sum("small manager" in t or "small-manager" in t for t in texts) >= 3
    assert w.errors == []


def test_hostile_input_shows_as_text_and_runs_nothing(browser, tmp_path):
    from mtaudit.report import write_reports
    from test_report_data import HOSTILE, build_result, options

    write_reports(build_result(), str(tmp_path), ["html"], options())
    for name in ("sample-003.html", "index.html"):
        w = Watched(browser, (tmp_path / name).as_uri())
        page = w.page
        assert page.locator("img").count() == 0 and page.locator("textarea").count() == 0
        assert page.locator("script").count() == (2 if name != "index.html" else 0)
        assert "<script>alert(1)</script>" in page.inner_text("body")
        if name == "sample-003.html":
            for i in range(page.locator("mark.hl").count()):  # hovering every span builds tooltips from the data
                page.locator("mark.hl").nth(i).hover()
            page.locator("mark.hl", has_text="Ecoro BM").hover()
            page.locator("#tip").wait_for(state="visible")
            assert HOSTILE in page.inner_text("#tip")  # the message and suggestion, shown as text
            page.keyboard.press("j")
        page.wait_for_timeout(100)
        assert w.dialogs == [], w.dialogs
        assert w.errors == []


def test_index_links_open_the_document(browser, seed_report):
    _, out = seed_report
    w = Watched(browser, (out / "index.html").as_uri())
    w.page.click("a.doclink")
    assert w.page.url.endswith("003_d62fabc13291d6bc.html")
    assert w.page.locator("table.pairs").count() == 1
    assert w.errors == []
