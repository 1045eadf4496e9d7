"""`sitrep export --format acled-csv` as ACLED's readers take it: pandas'
read_csv with no options at all, every row dated, ACLED's codes in the
coded columns (docs/store.md, "Exports")."""
import json
import os
import subprocess

import pandas as pd
import pytest

from conftest import CLI, DATA, cli

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
    "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
    "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,"
    "fatalities,tags,timestamp")


def undated_record():
    """A report no date reaches: its text dates nothing and it has no
    publication date."""
    event = {
        "id": "undated-1#1", "event_type": "Battles", "sub_event_type": "Armed clash",
        "action": "clash", "status": "realised", "date": None,
        "location": {"name": "Idlib", "admin1": "Idlib", "country": "Syria", "iso2": "SY",
                     "lat": 35.93, "lon": 36.63, "geo_precision": 1},
        "actors": [], "quantities": [], "fatalities": 3, "attribution": [],
        "evidence": [], "sentence": "Clashes killed three.", "rules": []}
    return {"id": "undated-1", "lang": "en", "published": None, "publisher": "nowhere",
            "events": [event], "errors": []}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    work = tmp_path_factory.mktemp("acled")
    db = str(work / "events.db")
    cli("ingest", "--quiet", "--db", db, os.path.join(DATA, "dev"),
        os.path.join(DATA, "store", "aleppo-exodus.jsonl"))
    extracted = work / "undated.jsonl"
    extracted.write_text(json.dumps(undated_record()) + "\n", encoding="utf-8")
    cli("ingest", "--quiet", "--db", db, "--extracted", str(extracted),
        "--extracted", os.path.join(DATA, "store", "corpus.jsonl"))
    out = work / "events.csv"
    r = subprocess.run([CLI, "export", "--db", db, "--format", "acled-csv", "-o", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out, r.stderr, db


def test_loads_unchanged_in_pandas(exported):
    path, _, _ = exported
    assert path.read_bytes().split(b"\r\n", 1)[0].decode() == ACLED_HEADER
    df = pd.read_csv(path)
    assert list(df.columns) == ACLED_HEADER.split(",")
    assert len(df) > 5
    # every row dated, a date pandas parses, its year in `year`
    assert df["event_date"].notna().all()
    dates = pd.to_datetime(df["event_date"], format="%Y-%m-%d", errors="raise")
    assert (dates.dt.year == df["year"]).all()
    # the coded columns are whole numbers from ACLED's code sets
    for col in ("time_precision", "geo_precision", "inter1", "inter2", "interaction",
                "fatalities"):
        assert str(df[col].dtype) == "int64", (col, df[col].dtype)
    assert df["time_precision"].isin([1, 2, 3]).all()
    assert df["geo_precision"].isin([1, 2, 3]).all()
    assert df["inter1"].between(1, 8).all() and df["inter2"].between(0, 8).all()
    lo = df[["inter1", "inter2"]].where(df["inter2"] > 0, df["inter1"], axis=0).min(axis=1)
    hi = df[["inter1", "inter2"]].max(axis=1)
    want = (lo * 10 + df["inter2"].where(df["inter2"] == 0, hi)).astype("int64")
    assert (df["interaction"] == want).all()
    assert df["actor1"].notna().all()


def test_undated_cluster_left_out_and_counted(exported):
    path, stderr, db = exported
    df = pd.read_csv(path)
    assert not df["notes"].str.contains("Clashes killed three", regex=False).any()
    # JSON Lines keeps it, with a null date; the count on stderr is of those
    # (the dev corpus's reports have no publication date either)
    rows = [json.loads(line) for line in cli("export", "--db", db, "--format", "jsonl").splitlines()]
    undated = [r for r in rows if any(m["document"] == "undated-1" for m in r["members"])]
    assert len(undated) == 1 and undated[0]["event_date"] is None
    n = sum(r["event_date"] is None for r in rows)
    assert stderr == (f"sitrep export: {n} undated cluster(s) left out of the ACLED CSV: "
                      "no report gives a date (docs/store.md)\n")
    assert len(rows) == len(df) + n


def test_exodus_row(exported):
    path, _, _ = exported
    df = pd.read_csv(path)
    row = df[df["source"] == "afp; osdh-direct; rt"]
    assert len(row) == 1
    # "dans la nuit de samedi à dimanche": the night's two days (dates.c), a
    # window dated by its later day, precision 2 (docs/store.md)
    assert row["event_date"].iloc[0] == "2016-11-27" and row["time_precision"].iloc[0] == 2
    assert "disputed" in row["tags"].iloc[0]
