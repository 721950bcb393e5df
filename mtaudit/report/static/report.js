/* mtaudit report page: filters, keyboard navigation, span tooltips. No network, no eval, no innerHTML. */
(function () {
  "use strict";
  var dataEl = document.getElementById("mtaudit-data");
  if (!dataEl) { return; }
  var data = JSON.parse(dataEl.textContent);
  var byN = {};
  data.findings.forEach(function (f) { byN[f.n] = f; });
  var state = { sev: "all", rule: "", flagged: false };
  var status = document.getElementById("filter-status");
  var tip = document.getElementById("tip");
  var current = null;
  var hideTimer = null;

  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function matches(f) {
    return (state.sev === "all" || f.sev === state.sev) && (state.rule === "" || f.rule === state.rule);
  }
  function fidsOf(el) {
    return (el.getAttribute("data-f") || "").split(" ").filter(Boolean).map(Number);
  }
  function filtering() { return state.sev !== "all" || state.rule !== ""; }

  function apply() {
    $all("li.finding").forEach(function (li) {
      var f = byN[Number(li.getAttribute("data-f"))];
      li.classList.toggle("is-hidden", !!f && !matches(f));
    });
    $all(".hl").forEach(function (m) {
      var on = fidsOf(m).some(function (n) { return byN[n] && matches(byN[n]); });
      m.classList.toggle("off", !on);
      m.tabIndex = on ? 0 : -1;
    });
    var shown = 0, rows = $all("tr.pair");
    rows.forEach(function (tr) {
      var any = $all("li.finding", tr).some(function (li) { return !li.classList.contains("is-hidden"); });
      var hide = (filtering() || state.flagged) && !any;
      tr.classList.toggle("is-hidden", hide);
      if (!hide) { shown += 1; }
    });
    if (status) {
      status.textContent = (filtering() || state.flagged) ? ("showing " + shown + " of " + rows.length + " pairs") : "";
    }
  }

  $all(".fbtn").forEach(function (b) {
    b.addEventListener("click", function () {
      state.sev = b.getAttribute("data-sev");
      $all(".fbtn").forEach(function (o) { o.setAttribute("aria-pressed", String(o === b)); });
      apply();
    });
  });
  var sel = document.getElementById("rule-filter");
  if (sel) { sel.addEventListener("change", function () { state.rule = sel.value; apply(); }); }
  var fl = document.getElementById("flagged-only");
  if (fl) { fl.addEventListener("change", function () { state.flagged = fl.checked; apply(); }); }

  /* tooltip: built with textContent only */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }
  function showTip(mark) {
    clearTimeout(hideTimer);
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    fidsOf(mark).forEach(function (n) {
      var f = byN[n];
      if (!f || !matches(f)) { return; }
      var item = el("div", "t-item");
      var head = el("div");
      head.appendChild(el("span", "t-sev sev-" + f.sev, f.sev));
      head.appendChild(el("span", "t-rule", f.rule));
      if (data.rules[f.rule]) { head.appendChild(document.createTextNode(" " + data.rules[f.rule])); }
      item.appendChild(head);
      item.appendChild(el("div", "t-msg", f.msg));
      if (f.sugg) { item.appendChild(el("div", "t-sugg", "suggestion: " + f.sugg)); }
      var a = el("a", null, "rule docs");
      a.href = "#rule-" + f.rule;
      var links = el("div");
      links.appendChild(a);
      links.appendChild(document.createTextNode(" · "));
      var b = el("a", null, "finding");
      b.href = "#finding-" + f.n;
      links.appendChild(b);
      item.appendChild(links);
      tip.appendChild(item);
    });
    if (!tip.firstChild) { return; }
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + "px";
    var below = r.bottom + 6 + tip.offsetHeight <= document.documentElement.clientHeight || r.top < tip.offsetHeight + 12;
    tip.style.top = (window.scrollY + (below ? r.bottom + 6 : r.top - tip.offsetHeight - 6)) + "px";
  }
  function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(function () { tip.hidden = true; }, 350); }
  $all(".hl").forEach(function (m) {
    m.removeAttribute("title");
    m.addEventListener("mouseenter", function () { showTip(m); });
    m.addEventListener("mouseleave", hideSoon);
    m.addEventListener("focus", function () { showTip(m); });
    m.addEventListener("blur", hideSoon);
  });
  tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  tip.addEventListener("mouseleave", hideSoon);
  tip.addEventListener("focusin", function () { clearTimeout(hideTimer); });
  tip.addEventListener("focusout", hideSoon);

  /* keyboard: j/n next finding, k/p previous */
  function targets() {
    return $all("li.finding").filter(function (li) {
      return !li.classList.contains("is-hidden") && !li.closest(".is-hidden") && !li.closest("details");
    });
  }
  function go(step) {
    var list = targets();
    if (!list.length) { return; }
    var i = current ? list.indexOf(current) : -1;
    i = i < 0 ? (step > 0 ? 0 : list.length - 1) : (i + step + list.length) % list.length;
    if (current) { current.classList.remove("is-current"); }
    $all(".hl.pulse").forEach(function (m) { m.classList.remove("pulse"); });
    $all("tr.is-current").forEach(function (t) { t.classList.remove("is-current"); });
    current = list[i];
    current.classList.add("is-current");
    var tr = current.closest("tr.pair");
    if (tr) { tr.classList.add("is-current"); }
    var n = current.getAttribute("data-f");
    var marks = $all('.hl[data-f~="' + n + '"]');
    marks.forEach(function (m) { m.classList.add("pulse"); });
    current.focus({ preventScroll: true });
    (marks[0] || current).scrollIntoView({ block: "center", behavior: "auto" });
    if (status) { status.textContent = "finding " + (i + 1) + " of " + list.length; }
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "SELECT" || t.tagName === "TEXTAREA" || t.isContentEditable ||
              (t.tagName === "INPUT" && t.type !== "checkbox" && t.type !== "button"))) { return; }
    if (e.key === "j" || e.key === "n") { go(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { go(-1); e.preventDefault(); }
    else if (e.key === "Escape") { tip.hidden = true; }
  });

  /* print: everything visible, collapsed sections open */
  var reopened = [];
  window.addEventListener("beforeprint", function () {
    reopened = $all("details:not([open])");
    reopened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    reopened.forEach(function (d) { d.open = false; });
    reopened = [];
  });
  apply();
}());
