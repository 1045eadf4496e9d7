"""sitrep.dask on a LocalCluster of two worker processes: the same
documents, bytes and store as the CLI, each worker loading its engine once."""
import json
import os

import pytest

from conftest import DATA, PYTHON_DIR, cli, cli_bytes, shared

distributed = pytest.importorskip("distributed")  # Debian python3-distributed
import sitrep  # noqa: E402
import sitrep.dask as sd  # noqa: E402


@pytest.fixture(scope="module")
def client():
    # Worker processes import sitrep from this clone, as the driver does.
    os.environ["PYTHONPATH"] = PYTHON_DIR + os.pathsep + os.environ.get("PYTHONPATH", "")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as c:
        yield c


def corpora():
    return [shared("corpus", "dev"), shared("corpus", "fakes", "dev.jsonl"),
            shared("corpus", "acled-bfa", "dev.jsonl")]


def test_same_documents_as_the_cli(client, tmp_path):
    inputs = corpora()
    bag = sd.extract(inputs, as_json=True, blocksize=256 << 10)
    assert bag.npartitions > 4  # the large files are cut across the workers
    want = cli_bytes("extract", *inputs)
    assert want.count(b"\n") > 1900
    got = bag.compute()
    assert "\n".join(got) + "\n" == want.decode("utf-8")
    # As dicts (built from the library's marshal bytes): json.loads of them.
    dicts = sd.extract(inputs, blocksize=256 << 10).compute()
    assert dicts == [json.loads(line) for line in got]
    # The shards put end to end: the CLI's bytes.
    paths = sd.write_jsonl(bag, tmp_path / "shards")
    assert b"".join(open(p, "rb").read() for p in paths) == want
    # Every task ran on a worker holding its one engine.
    loads = client.run(sd.engine_loads)
    assert len(loads) == 2 and all(n == 1 for n in loads.values()), loads


def test_shards_stored_as_the_cli_stores(client, tmp_path):
    # Mentions included, as ingest stores them: the shards stored by
    # `sitrep ingest --extracted` make the store that the CLI's own
    # extraction makes.  (Records stored without their text are not
    # matched to others by text: compare --extracted with --extracted.)
    inputs = [os.path.join(DATA, "dev"), shared("corpus", "fakes", "dev.jsonl")]
    paths = sd.write_jsonl(sd.extract(inputs, mentions=True, as_json=True,
                                      blocksize=512 << 10), tmp_path / "shards")
    (tmp_path / "cli.jsonl").write_bytes(cli_bytes("extract", "--mentions", *inputs))
    cli("ingest", "--quiet", "--db", str(tmp_path / "a.db"), "--extracted",
        str(tmp_path / "cli.jsonl"))
    args = [a for p in paths for a in ("--extracted", p)]
    cli("ingest", "--quiet", "--db", str(tmp_path / "b.db"), *args)
    a = cli_bytes("export", "--db", str(tmp_path / "a.db"), "--format", "jsonl")
    b = cli_bytes("export", "--db", str(tmp_path / "b.db"), "--format", "jsonl")
    assert a.count(b"\n") > 100 and a == b


def test_bag_of_records_and_dataframe(client):
    import dask.bag as db
    records = [{"id": f"r{i}", "text": t} for i, t in enumerate([
        "Des frappes aériennes ont tué 12 civils à Alep le 3 novembre 2016, selon l'OSDH.",
        "At least 30 people were killed in air strikes on Idlib on Sunday, activists said.",
        "Rien.", ""] * 3)]
    docs = sd.extract(db.from_sequence(records, npartitions=3), published="2016-11-05").compute()
    assert [d["id"] for d in docs] == [r["id"] for r in records if r["text"]]
    frame = sd.to_dataframe(sd.extract(db.from_sequence(records, npartitions=3)))
    assert list(frame.columns) == list(sitrep.store.EVENT_COLUMNS)
    events = frame.compute()
    assert len(events) == sum(len(d["events"]) for d in docs) > 3
    assert set(events["location"].dropna()) >= {"Aleppo", "Idlib"}
