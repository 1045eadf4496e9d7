"""read_events and to_acled_csv against `sitrep export` on one store."""
import os

import pandas as pd
import pytest

import sitrep
from conftest import DATA, cli, cli_bytes


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "events.db"
    # dated by their publication (the dev reports have none): the ACLED CSV
    # leaves out a cluster no date reaches
    cli("ingest", "--quiet", "--db", str(path), "--published", "2016-10-30",
        os.path.join(DATA, "dev"))
    cli("ingest", "--quiet", "--db", str(path), "--extracted",
        os.path.join(DATA, "store", "two-sources.jsonl"))
    return str(path)


def test_read_events_has_acled_columns_and_dtypes(db):
    df = sitrep.read_events(db)
    assert list(df.columns) == sitrep.ACLED_COLUMNS and len(sitrep.ACLED_COLUMNS) == 31
    assert {c: str(t) for c, t in df.dtypes.items()} == sitrep.ACLED_DTYPES
    csv_rows = cli("export", "--db", db).splitlines()
    assert len(df) == len(csv_rows) - 1 > 3
    assert df["event_id_cnty"].str.match(r"^[A-Z]{3}\d+$").all()
    assert (df["fatalities"] >= 0).all()
    dated = df.dropna(subset=["event_date"])
    assert len(dated) and (dated["year"] == dated["event_date"].dt.year).all()
    assert df["latitude"].between(-90, 90).all()


def test_acled_csv_is_the_cli_export(db, tmp_path):
    want = cli_bytes("export", "--db", db, "--format", "acled-csv")
    assert want.count(b"\r\n") > 3
    sitrep.to_acled_csv(db, tmp_path / "db.csv")
    assert (tmp_path / "db.csv").read_bytes() == want
    # From the DataFrame back to ACLED CSV: the same bytes again.
    sitrep.to_acled_csv(sitrep.read_events(db), tmp_path / "df.csv")
    assert (tmp_path / "df.csv").read_bytes() == want
    assert sitrep.to_acled_csv(db).encode() == want


def test_filters(db):
    df = sitrep.read_events(db)
    kind = df["event_type"].iloc[0]
    only = sitrep.read_events(db, event_type=kind)
    assert len(only) == (df["event_type"] == kind).sum() and (only["event_type"] == kind).all()
    assert len(sitrep.read_events(db, country="SY")) == (df["iso"] == 760).sum()
    with pytest.raises(TypeError):
        sitrep.to_acled_csv(db, colour="red")
    with pytest.raises(sitrep.SitrepError, match="no such database"):
        sitrep.read_events(db + ".missing")


def test_events_table(engine):
    docs = list(engine.extract_many([
        "Des frappes aériennes ont tué 12 civils à Alep le 3 novembre 2016, selon l'OSDH.",
        "Rien ne s'est passé."], threads=2))
    t = sitrep.events_table(docs)
    assert list(t.columns) == list(sitrep.store.EVENT_COLUMNS)
    assert len(t) == sum(len(d["events"]) for d in docs) >= 1
    row = t.iloc[0]
    assert row["location"] == "Aleppo" and row["fatalities"] == 12
    assert row["event_date"] == pd.Timestamp("2016-11-03")
