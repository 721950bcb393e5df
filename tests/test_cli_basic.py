from typer.testing import CliRunner

from mtaudit import __version__
from mtaudit.cli import app

runner = CliRunner()


def test_version():
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0
    assert __version__ in r.stdout


def test_short_help():
    r = runner.invoke(app, ["-h"])
    assert r.exit_code == 0
    assert "audit" in r.stdout
