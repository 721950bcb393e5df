"""The local review web app behind `mtaudit review` (Starlette; served by uvicorn on 127.0.0.1).

Every request needs the run's random token (`?token=` on the page URL, the `X-Mtaudit-Token`
header on POSTs): other local users cannot read or write the decisions. Each click writes the
decisions file atomically; if the file changed on disk meanwhile the write is refused with 409.
"""

from __future__ import annotations

import datetime as _dt
import secrets
import threading
from pathlib import Path

from ..errors import ConfigError
from ..terms import Occurrence, TermRow, build_term_table
from ..types import AuditResult
from .decisions import ConcurrentEdit, Decision, Decisions, load_decisions

TOKEN_HEADER = "X-Mtaudit-Token"
ACTIONS = {"confirm": "confirmed", "dismiss": "dismissed", "promote": "rule"}


def _pieces(text: str, marks) -> list[tuple[str, bool]]:
    """The sentence cut into (text, is_term) pieces; the template escapes each piece."""
    out: list[tuple[str, bool]] = []
    last = 0
    for s, e in marks:
        if s > last:
            out.append((text[last:s], False))
        out.append((text[s:e], True))
        last = e
    if last < len(text):
        out.append((text[last:], False))
    return out


def _by_fingerprint(occurrences: list[Occurrence]) -> list[tuple[Occurrence, int]]:
    """One row per finding fingerprint (a decision is per fingerprint), with how often it occurs."""
    first: dict[str, Occurrence] = {}
    count: dict[str, int] = {}
    for o in occurrences:
        first.setdefault(o.fingerprint, o)
        count[o.fingerprint] = count.get(o.fingerprint, 0) + 1
    return [(o, count[fp]) for fp, o in first.items()]


class ReviewState:
    """The audit's term findings and the decisions file, shared by the requests (one lock)."""

    def __init__(self, result: AuditResult, decisions: Decisions):
        self.result = result
        self.decisions = decisions
        self.lock = threading.Lock()
        self.table: list[TermRow] = build_term_table(result, None)
        self.by_fp: dict[str, Occurrence] = {o.fingerprint: o for t in self.table for o in t.occurrences}

    def reload_if_changed(self) -> bool:
        """Pick up edits made to the file outside the app (only on a page load, never under a click)."""
        with self.lock:
            if self.decisions.changed_on_disk():
                self.decisions = load_decisions(self.decisions.path, must_exist=False)
                return True
        return False

    def status(self, o: Occurrence) -> dict:
        d = self.decisions.lookup(_finding_of(o), o.document)
        if d is None:
            return {"decision": None, "scope": None, "label": "undecided", "correction": None, "reason": None}
        label = {"confirmed": "confirmed", "dismissed": "dismissed", "rule": "promoted to a rule"}[d.decision]
        if d.correction:
            label += f" → {d.correction}"
        if d.reason:
            label += f" ({d.reason})"
        if d.scope != "finding":
            label += f" [every {d.scope}]" if d.scope == "term" else " [this rendering everywhere]"
        return {"decision": d.decision, "scope": d.scope, "label": label, "correction": d.correction, "reason": d.reason}

    def statuses(self) -> dict[str, dict]:
        return {fp: self.status(o) for fp, o in self.by_fp.items()}

    def decide(self, payload: dict) -> Decision | None:
        """Apply one click; raises ConfigError (bad request) or ConcurrentEdit (409)."""
        fp = str(payload.get("fingerprint") or "")
        occ = self.by_fp.get(fp)
        if occ is None:
            raise ConfigError(f"unknown finding {fp!r}")
        action = str(payload.get("action") or "")
        scope = str(payload.get("scope") or "finding")
        if scope not in ("finding", "rendering", "term"):
            raise ConfigError(f"unknown scope {scope!r}")
        if scope != "finding" and not occ.source_term:
            raise ConfigError("this finding has no Korean term: decide it as a single finding")
        if scope == "rendering" and not occ.rendering:
            raise ConfigError("this finding has no rendering: decide it for the finding or the term")
        correction = " ".join(str(payload.get("correction") or "").split()) or None
        reason = str(payload.get("reason") or "").strip() or None
        with self.lock:
            if action == "clear":  # remove the decision that applies to this finding now, whatever its scope
                current = self.decisions.lookup(_finding_of(occ), occ.document)
                removed = self.decisions.remove(current.key) if current is not None else None
                if removed is not None:
                    try:
                        self.decisions.save()
                    except ConcurrentEdit:
                        self.decisions.set(removed)
                        raise
                return None
            if action not in ACTIONS:
                raise ConfigError(f"unknown action {action!r} (confirm, dismiss, promote, clear)")
            kind = ACTIONS[action]
            if kind == "rule":
                scope = "rendering"  # a promotion is always about a term and its bad rendering
                if not (occ.source_term and occ.rendering):
                    raise ConfigError("only a finding with a Korean term and an English rendering can become a rule")
                if not any("a" <= c.lower() <= "z" for c in occ.rendering):
                    # the English matcher reads Latin words; Hangul left in the English is MT-HANGUL-001's already
                    raise ConfigError("a rendering left in Korean cannot become a term rule (MT-HANGUL-001 reports it); "
                                      "confirm it with a correction instead")
            decision = Decision(
                decision=kind,
                correction=correction if kind != "dismissed" else None,
                reason=reason if kind == "dismissed" else None,
                date=_dt.date.today().isoformat(),
                example=(occ.ko, occ.en) if kind == "rule" and occ.ko and occ.en else None,
                **_about(occ, scope),
            )
            old = self.decisions.set(decision)  # validates: a dismissal without a reason is refused here
            try:
                self.decisions.save()
            except ConcurrentEdit:
                self.decisions.remove(decision.key)
                if old is not None:
                    self.decisions.set(old)
                raise
            return decision


def _about(o: Occurrence, scope: str) -> dict:
    if scope == "finding":
        return {
            "fingerprint": o.fingerprint,
            "rule_id": o.rule_id,
            "term": o.source_term,
            "rendering": o.rendering,
            "document": o.document,
        }
    if scope == "rendering":
        return {"term": o.source_term, "rendering": o.rendering}
    return {"term": o.source_term}


def _finding_of(o: Occurrence):
    from ..types import Finding, Severity

    return Finding(rule_id=o.rule_id, severity=Severity.parse(o.severity), message="", source_term=o.source_term, rendering=o.rendering)


def create_app(state: ReviewState, token: str, allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost")):
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse
    from starlette.routing import Route

    env = Environment(
        loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    page = env.get_template("review.html")

    def authorised(request: Request, body: dict | None = None) -> bool:
        given = request.headers.get(TOKEN_HEADER) or request.query_params.get("token") or ""
        if not given and body is not None:
            given = str(body.get("token") or "")
        return bool(given) and secrets.compare_digest(given.encode(), token.encode())

    forbidden = PlainTextResponse("forbidden: missing or wrong token (open the URL that `mtaudit review` printed)\n", status_code=403)

    async def index(request: Request):
        if not authorised(request):
            return forbidden
        try:
            reloaded = state.reload_if_changed()
        except ConfigError as exc:
            return PlainTextResponse(f"{exc}\n", status_code=409)
        statuses = state.statuses()
        html = page.render(
            table=state.table,
            statuses=statuses,
            pieces=_pieces,
            by_fingerprint=_by_fingerprint,
            token=token,
            decisions_path=str(state.decisions.path),
            reloaded=reloaded,
            n_docs=len(state.result.documents),
            n_occ=sum(t.count for t in state.table),
        )
        return HTMLResponse(html, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})

    async def decide(request: Request):
        try:
            body = await request.json()
        except Exception:
            body = None
        if not isinstance(body, dict):
            if not authorised(request):
                return forbidden
            return JSONResponse({"ok": False, "error": "send a JSON object"}, status_code=400)
        if not authorised(request, body):
            return forbidden
        try:
            d = state.decide(body)
        except ConcurrentEdit as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=409)
        except ConfigError as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        return JSONResponse(
            {
                "ok": True,
                "decision": d.to_yaml_dict() if d else None,
                "path": str(state.decisions.path),
                "statuses": state.statuses(),
            }
        )

    async def decisions_file(request: Request):
        if not authorised(request):
            return forbidden
        return PlainTextResponse(state.decisions.dumps())

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/api/decide", decide, methods=["POST"]),
        Route("/decisions.yaml", decisions_file, methods=["GET"]),
    ]
    # TrustedHost: refuse DNS-rebinding requests that reach 127.0.0.1 under another name
    return Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))])
