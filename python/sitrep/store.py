"""The event store from Python: ACLED's table as a pandas DataFrame, and
ACLED CSV out, both from libsitrep's own export (the bytes `sitrep export`
writes), so that Python and the CLI never disagree on a column."""
import csv
import io
import os
import tempfile

from . import _lib

# ACLED's columns in ACLED's order (docs/store.md), with the dtype each
# gets: nullable integers, floats for coordinates, dates, text as pandas
# strings (empty where ACLED leaves a cell empty).
ACLED_DTYPES = {
    "event_id_cnty": "string", "event_date": "datetime64[ns]", "year": "Int64",
    "time_precision": "Int64", "disorder_type": "string", "event_type": "string",
    "sub_event_type": "string", "actor1": "string", "assoc_actor_1": "string",
    "inter1": "Int64", "actor2": "string", "assoc_actor_2": "string",
    "inter2": "Int64", "interaction": "Int64", "civilian_targeting": "string",
    "iso": "Int64", "region": "string", "country": "string", "admin1": "string",
    "admin2": "string", "admin3": "string", "location": "string",
    "latitude": "float64", "longitude": "float64", "geo_precision": "Int64",
    "source": "string", "source_scale": "string", "notes": "string",
    "fatalities": "Int64", "tags": "string", "timestamp": "Int64",
}
ACLED_COLUMNS = list(ACLED_DTYPES)


def _tables_dir(packs):
    return os.path.join(os.fspath(packs) if packs else _lib.default_packs(), "store")


def _export(db_path, out_path, fmt, packs=None, date_from=None, date_to=None,
            country=None, event_type=None):
    """sr_store_export of the database at db_path into the file out_path."""
    db_path = os.fspath(db_path)
    if not os.path.exists(db_path):
        raise _lib.SitrepError(f"{db_path}: no such database", "SR_EIO")
    opts = _lib.StoreOptions(_lib.encode(_tables_dir(packs)), 0, 1)
    store = _lib.vp()
    err = _lib.Error()
    if _lib.lib.sr_store_open(_lib.encode(db_path), opts, store, err) != 0:
        _lib.fail(err)
    try:
        f = _lib.libc.fopen(_lib.encode(os.fspath(out_path)), b"wb")
        if not f:
            raise _lib.SitrepError(f"{out_path}: cannot write", "SR_EIO")
        flt = _lib.ExportFilter(*(_lib.encode(v) for v in
                                  (date_from, date_to, country, event_type)))
        st = _lib.lib.sr_store_export(store, fmt, flt, f, err)
        closed = _lib.libc.fclose(f)
        if st != 0:
            _lib.fail(err)
        if closed != 0:
            raise _lib.SitrepError(f"{out_path}: error writing", "SR_EIO")
    finally:
        _lib.lib.sr_store_close(store)


def _typed(df):
    import pandas as pd
    for col, dtype in ACLED_DTYPES.items():
        s = df[col]
        if dtype == "string":
            df[col] = s.astype("string")
        elif dtype == "Int64":
            df[col] = pd.to_numeric(s.where(s != "", None)).astype("Int64")
        elif dtype == "float64":
            df[col] = pd.to_numeric(s.where(s != "", None)).astype("float64")
        else:
            df[col] = pd.to_datetime(s.where(s != "", None), format="%Y-%m-%d")
    return df


def read_events(db_path, packs=None, date_from=None, date_to=None,
                country=None, event_type=None):
    """The store's events (one row per cluster of reports, ACLED's
    "event") as a pandas DataFrame with ACLED's 31 columns in ACLED's
    order and the dtypes of ACLED_DTYPES.  The filters are those of
    `sitrep export`: dates YYYY-MM-DD, country ISO2 or name, ACLED event
    type."""
    import pandas as pd
    with tempfile.TemporaryDirectory(prefix="sitrep-") as tmp:
        path = os.path.join(tmp, "events.csv")
        _export(db_path, path, _lib.EXPORT_ACLED_CSV, packs, date_from,
                date_to, country, event_type)
        # Every cell as text first: "NA" is Namibia's code, not a missing value.
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False,
                         encoding="utf-8")
    if list(df.columns) != ACLED_COLUMNS:
        raise _lib.SitrepError("unexpected ACLED columns: " + ",".join(df.columns),
                               "SR_EPARSE")
    return _typed(df)


def _cell(value, dtype):
    import pandas as pd
    if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if dtype == "float64":
        return "%.4f" % value
    if dtype.startswith("datetime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


def to_acled_csv(source, path=None, packs=None, **filters):
    """ACLED CSV (RFC 4180, CRLF, ACLED's columns and order) of a store or
    of a DataFrame from read_events.  source: a database path (exported
    by the library: the bytes of `sitrep export --format acled-csv`; the
    filters of read_events apply) or a DataFrame with ACLED's columns.
    Writes path, or returns the CSV as a str when path is None."""
    if isinstance(source, (str, bytes, os.PathLike)):
        if path is not None:
            _export(source, path, _lib.EXPORT_ACLED_CSV, packs, **_filters(filters))
            return None
        with tempfile.TemporaryDirectory(prefix="sitrep-") as tmp:
            out = os.path.join(tmp, "events.csv")
            _export(source, out, _lib.EXPORT_ACLED_CSV, packs, **_filters(filters))
            with open(out, encoding="utf-8", newline="") as f:
                return f.read()
    if filters:
        raise TypeError("filters apply to a database, not to a DataFrame")
    missing = [c for c in ACLED_COLUMNS if c not in source.columns]
    if missing:
        raise ValueError("not ACLED's columns; missing " + ", ".join(missing))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(ACLED_COLUMNS)
    cols = [(source[c].tolist(), ACLED_DTYPES[c]) for c in ACLED_COLUMNS]
    for i in range(len(source)):
        w.writerow([_cell(values[i], dtype) for values, dtype in cols])
    text = buf.getvalue()
    if path is None:
        return text
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return None


def _filters(filters):
    allowed = {"date_from", "date_to", "country", "event_type"}
    bad = set(filters) - allowed
    if bad:
        raise TypeError("unknown filter(s): " + ", ".join(sorted(bad)))
    return filters


# -------------------------------------------------------------- events table

EVENT_COLUMNS = {
    "doc_id": "string", "event_id": "string", "event_type": "string",
    "sub_event_type": "string", "action": "string", "status": "string",
    "event_date": "datetime64[ns]", "date_until": "datetime64[ns]",
    "date_precision": "string", "location": "string", "admin1": "string",
    "country": "string", "iso2": "string", "latitude": "float64",
    "longitude": "float64", "geo_precision": "Int64", "actor1": "string",
    "actor2": "string", "fatalities": "Int64", "sources": "string",
    "sentence": "string",
}


def _event_rows(doc):
    for ev in doc.get("events") or ():
        date = ev.get("date") or {}
        loc = ev.get("location") or {}
        actors = ev.get("actors") or ()
        role = lambda r: next((a.get("name") for a in actors if a.get("role") == r), None)
        fat = ev.get("fatalities")
        if isinstance(fat, dict):
            fat = fat.get("value", fat.get("best"))
        yield {
            "doc_id": doc.get("id"), "event_id": ev.get("id"),
            "event_type": ev.get("event_type"), "sub_event_type": ev.get("sub_event_type"),
            "action": ev.get("action"), "status": ev.get("status"),
            "event_date": date.get("value"), "date_until": date.get("until"),
            "date_precision": date.get("precision"), "location": loc.get("name"),
            "admin1": loc.get("admin1"), "country": loc.get("country"),
            "iso2": loc.get("iso2"), "latitude": loc.get("lat"),
            "longitude": loc.get("lon"), "geo_precision": loc.get("geo_precision"),
            "actor1": role("actor1"), "actor2": role("actor2"),
            "fatalities": fat if isinstance(fat, int) else None,
            "sources": "; ".join(a.get("name") or "" for a in ev.get("attribution") or ()) or None,
            "sentence": ev.get("sentence"),
        }


def events_table(docs):
    """Documents (dicts of the JSON contract, or their JSON strings) -> a
    pandas DataFrame, one row per event, the columns of EVENT_COLUMNS."""
    import json
    import pandas as pd
    rows = []
    for d in docs:
        rows.extend(_event_rows(json.loads(d) if isinstance(d, (str, bytes)) else d))
    df = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for col, dtype in EVENT_COLUMNS.items():
        if dtype.startswith("datetime"):
            df[col] = pd.to_datetime(df[col], format="%Y-%m-%d", errors="coerce")
        else:
            df[col] = df[col].astype(dtype)
    return df
