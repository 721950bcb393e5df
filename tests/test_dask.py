"""--executor dask: the same audit on a Dask cluster (a LocalCluster on loopback) gives the same reports."""

import filecmp
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from mtaudit.corpus import ScaleOptions, audit_to_folder  # noqa: E402
from mtaudit.errors import ConfigError  # noqa: E402
from mtaudit.pipeline import AuditConfig  # noqa: E402

PAIRS = Path(__file__).resolve().parent.parent / "pairs"


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=40)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close(timeout=30)


@pytest.mark.slow
def test_dask_run_equals_local_run(tmp_path, scheduler):
    config = AuditConfig(encoder="usem3")
    local = audit_to_folder([str(PAIRS)], tmp_path / "local", config, ScaleOptions(cache_dir=str(tmp_path / "c1")), formats=["json", "jsonl"])
    remote = audit_to_folder(
        [str(PAIRS)], tmp_path / "dask", config, ScaleOptions(executor="dask", scheduler=scheduler, cache_dir=str(tmp_path / "c2")),
        formats=["json", "jsonl"],
    )
    assert remote.documents == local.documents == 5
    for name in ("mtaudit.json", "mtaudit.jsonl", "003_d62fabc13291d6bc.json"):
        assert filecmp.cmp(tmp_path / "local" / name, tmp_path / "dask" / name, shallow=False), name
    assert remote.stats.counts["documents"] == 5  # stage timers come back from the workers
    # the workers wrote the shared cache folder: a second Dask run encodes nothing
    again = audit_to_folder(
        [str(PAIRS)], tmp_path / "dask2", config, ScaleOptions(executor="dask", scheduler=scheduler, cache_dir=str(tmp_path / "c2")),
        formats=["json"],
    )
    assert again.stats.counts.get("encoded_sentences", 0) == 0
    assert filecmp.cmp(tmp_path / "dask" / "mtaudit.json", tmp_path / "dask2" / "mtaudit.json", shallow=False)


def test_unreachable_scheduler_is_a_config_error(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_DASK_CONNECT_TIMEOUT", "3")  # nothing listens there: no need to wait 30 s
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        audit_to_folder(
            [str(PAIRS)], tmp_path / "o", AuditConfig(encoder="none"),
            ScaleOptions(executor="dask", scheduler="tcp://127.0.0.1:9", cache=False),
        )
