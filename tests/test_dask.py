"""Issue 13, distributed fan-out: a build through a real Dask cluster gives the tables of a local build.

A :class:`distributed.LocalCluster` with two worker processes on 127.0.0.1
(one thread each) stands in for a cluster. The raw folder holds the seed
pages, pages made up by ``benchmarks/pages.py`` (distinct people on every
page, so the build's contact names come from many tasks) and a few bad files
the workers must set aside. The workers get the files' bytes, not their
paths.

A worker process that dies on a page is simulated by a preload script (run by
every worker process, also by one the nanny restarts): it makes the parser end
its process on a page holding a marker. That page must come back as a problem
row naming it, and every other page must be in the tables.
"""
from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from bas_analysis import cli, fanout, store
from bas_analysis.errors import BasError
from benchmarks.pages import write_pages
from corpus import copy_seeds

build_module = importlib.import_module("bas_analysis.build")  # the package's name `build` is the function

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")

pytestmark = pytest.mark.slow  # starts a cluster and builds twice: about 20 s

GENERATED = 60
KILL_MARKER = "DENNA SIDA AVSLUTAR ARBETARPROCESSEN"

# Run by every worker process at its start: the parser ends the process on a page with the marker.
PRELOAD = f'''
import importlib
import os

build = importlib.import_module("bas_analysis.build")


def dask_setup(worker):
    parse = build.parse_text

    def parse_or_die(text):
        if {KILL_MARKER!r} in text:
            os._exit(13)
        return parse(text)

    build.parse_text = parse_or_die
'''


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    preload = tmp_path_factory.mktemp("dask") / "die_on_marker.py"
    preload.write_text(PRELOAD, encoding="utf-8")
    # a task whose worker dies is given up at once (the default retries it on three more workers)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                      dashboard_address=":0", preload=[str(preload)]) as local:
            yield local


def _raw(folder: Path) -> Path:
    copy_seeds(folder)
    write_pages(folder / "generated", GENERATED)
    (folder / "binary.txt").write_bytes(b"Region Kalmar\x00\x01\x02 l\xe4n\n" * 20)
    (folder / "empty.txt").write_bytes(b"   \n")
    (folder / "kalmar.html").write_text(
        "<html><body><h1>Region Kalmar l&auml;n</h1><p>Finns det barnombud?</p><p>Ja, p&aring; alla "
        "v&aring;rdcentraler. Kontakta Ingrid Vallberg, 070-123 45 67.</p></body></html>", encoding="utf-8")
    shutil.copyfile(folder / "generated" / "page_00001.txt", folder / "page_1_again.txt")
    return folder


def _same_tables(a: Path, b: Path) -> None:
    first, second = store.load(a), store.load(b)
    for name, table in first.tables().items():
        pd.testing.assert_frame_equal(table, second.tables()[name], obj=name)
    # the manifests differ only in when the build was made (and the id that says so)
    assert {k: v for k, v in first.manifest.items() if k not in ("built_at", "build_id")} == \
        {k: v for k, v in second.manifest.items() if k not in ("built_at", "build_id")}


def test_build_on_the_cluster_gives_the_tables_of_a_local_build(tmp_path, cluster, capsys):
    raw = _raw(tmp_path / "raw")
    assert cli.main(["build", "--raw", str(raw), "--out", str(tmp_path / "dask"), "--quiet",
                     "--scheduler", cluster.scheduler_address]) == 0
    local = build_module.build(raw, tmp_path / "local", progress=False, jobs=2)

    _same_tables(tmp_path / "dask", tmp_path / "local")
    counts = local.counts
    assert counts["files_seen"] == 5 + GENERATED + 4
    assert counts["parsed"] == 5 + GENERATED + 1  # the seeds, the generated pages and the HTML page
    assert counts["skipped"] == 1 and counts["failed"] == 2  # the copy; the binary and the empty file
    problems = store.load(tmp_path / "dask").problems
    assert set(problems.loc[problems["severity"] != "warning", "file"]) == {"binary.txt", "empty.txt", "page_1_again.txt"}
    # more than a few tasks, and the contact names of every page found on the workers redacted every page
    assert len(fanout.chunks(list(range(counts["files_seen"])), 2)) >= 10
    text = " ".join(store.load(tmp_path / "dask").documents["text"])
    assert "Ingrid Vallberg" not in text and "070-123 45 67" not in text
    generated = (raw / "generated" / "page_00002.txt").read_text(encoding="utf-8")
    contact = generated.split("Kontaktuppgifter:\n", 1)[1].split(",", 1)[0]
    assert contact not in text


def test_a_page_that_kills_its_worker_is_a_problem_and_the_rest_are_built(tmp_path, cluster, monkeypatch):
    raw = tmp_path / "raw"
    write_pages(raw, 30)
    killer = raw / "page_00007.txt"
    killer.write_text(killer.read_text(encoding="utf-8") + KILL_MARKER + "\n", encoding="utf-8")
    monkeypatch.setenv(fanout.SCHEDULER_ENV, cluster.scheduler_address)  # the environment names the cluster

    result = build_module.build(raw, tmp_path / "out", progress=False)

    assert result.counts["files_seen"] == 30 and result.counts["parsed"] == 29 and result.counts["failed"] == 1
    problems = result.tables["problems"]
    row = problems[problems["file"] == "page_00007.txt"]
    assert len(row) == 1 and row.iloc[0]["severity"] == "error"
    assert "the cluster gave up on it" in row.iloc[0]["reason"]
    assert "page_00007.txt" not in set(result.tables["documents"]["source_file"])
    assert len(set(result.tables["documents"]["source_file"])) == 29
    # the cluster lost a worker (or more) and carries on (the nannies restart them; on a busy machine
    # a restart can take a while, so one worker is enough here)
    client = distributed.Client(cluster.scheduler_address, set_as_default=False)
    try:
        client.wait_for_workers(1, timeout=120)
    finally:
        client.close()


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, 2)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), \
            pytest.raises(BasError, match="Dask scheduler at tcp://127.0.0.1:9"):
        build_module.build(raw, tmp_path / "out", progress=False, scheduler="tcp://127.0.0.1:9")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_scheduler_without_workers_is_one_clear_error(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, 2)
    with distributed.LocalCluster(n_workers=0, processes=True, host="127.0.0.1", dashboard_address=":0") as empty:
        with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), pytest.raises(BasError, match="has no workers"):
            build_module.build(raw, tmp_path / "out", progress=False, scheduler=empty.scheduler_address)
