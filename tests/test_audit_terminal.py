"""`mtaudit audit` on a terminal: a progress bar, then the riskiest documents first."""

from __future__ import annotations

import shutil
from pathlib import Path

from mtaudit.commands.scale import run_corpus, scale_options
from mtaudit.pipeline import AuditConfig

PAIRS = Path(__file__).resolve().parent.parent / "pairs"


def test_terminal_summary_orders_documents_by_risk(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("001_b58148236b9982db.txt", "004_8736a4886fce9d01.txt"):
        shutil.copy(PAIRS / name, inputs / name)
    summary = run_corpus([inputs], tmp_path / "out", AuditConfig(encoder="none"), scale_options(no_cache=True), progress=True)
    out = capsys.readouterr().out
    assert summary.documents == 2
    assert "Riskiest documents (2 of 2)" in out
    # 001 carries term errors, 004 has no English: 001 comes first
    assert out.index("001_b58148236b9982db") < out.index("004_8736a4886fce9d01")
    assert "16/0" in out  # the one-sided document shows it has Korean only
