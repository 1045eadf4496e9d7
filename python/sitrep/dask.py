"""sitrep on a dask.distributed cluster: extraction mapped over JSON Lines
shards (and text or HTML files), each worker process loading the engine
once and keeping it for every task after.

    from dask.distributed import Client
    import sitrep.dask
    client = Client("tcp://scheduler:8786")        # or LocalCluster()
    docs = sitrep.dask.extract(["corpus/2024/*.jsonl"], mentions=True)
    sitrep.dask.write_jsonl(docs, "out/")          # then: sitrep ingest --extracted out/part-*.jsonl
    events = sitrep.dask.to_dataframe(docs)         # one row per event (dask DataFrame)

The documents come out in input order (files in the order given,
directories walked in name order, lines in file order), as the JSON
objects `sitrep extract` prints: the concatenated shards of write_jsonl
are the bytes of `sitrep extract` on the same inputs.  See docs/python.md
for a cluster of several machines.
"""
import glob
import json
import logging
import os
import threading

import dask
import dask.bag as db

from . import Engine, SitrepError, _lib
from .store import EVENT_COLUMNS, events_table

log = logging.getLogger("sitrep")

DEFAULT_BLOCKSIZE = 1 << 20  # bytes of JSON Lines per task

# ------------------------------------------------------------ per process

_engines = {}
_engines_lock = threading.Lock()
_loads = 0


def worker_engine(packs=None, gazetteers=None):
    """This process's engine for these packs: loaded on first use, then
    shared by every task (and thread) of the process."""
    global _loads
    packs = os.path.abspath(os.fspath(packs)) if packs is not None else _lib.default_packs()
    if gazetteers is not None and isinstance(gazetteers, (str, os.PathLike)):
        gazetteers = os.path.abspath(os.fspath(gazetteers))
    key = (packs, gazetteers)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = Engine(packs, gazetteers)
            _engines[key] = engine
            _loads += 1
        return engine


def engine_loads():
    """How many engines this process has loaded (for tests: once each)."""
    return _loads


def preload(client, packs=None, gazetteers=None):
    """Loads the engine on every worker of client now, so that the first
    tasks do not wait for it; returns {worker: seconds it took}."""
    def load():
        import time
        t = time.perf_counter()
        worker_engine(packs, gazetteers)
        return time.perf_counter() - t
    return client.run(load)


# ------------------------------------------------------------ inputs

_SUFFIXES = (".jsonl", ".txt", ".html", ".htm")


def _walk(path):
    """A directory's readable files below it, in name order, as the
    library's reader walks it (hidden entries skipped)."""
    for name in sorted(os.listdir(path)):
        if name.startswith("."):
            continue
        full = os.path.join(path, name)
        if os.path.isdir(full):
            yield from _walk(full)
        elif name.lower().endswith(_SUFFIXES):
            yield full


def _expand(paths):
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            yield from _walk(p)
        elif glob.has_magic(p):
            matches = sorted(glob.glob(p))
            if not matches:
                raise FileNotFoundError(p)
            for m in matches:
                yield from (_walk(m) if os.path.isdir(m) else [m])
        else:
            yield p  # a missing file is reported by its task, as the CLI does


def _jsonl_parts(path, blocksize):
    """(start, end, first_line) byte ranges of about blocksize, cut after a
    newline; one pass over the file on the client counts the lines."""
    parts = []
    start, line = 0, 1
    with open(path, "rb") as f:
        while True:
            f.seek(start)
            block = f.read(blocksize)
            if not block:
                break
            if len(block) == blocksize:
                rest = f.readline()  # up to the end of the line cut
                block += rest
            end = start + len(block)
            parts.append((start, end, line))
            line += block.count(b"\n")
            start = end
    return parts or [(0, 0, 1)]


# ------------------------------------------------------------ tasks

def _report(problems, errors):
    for p in problems:
        log.warning("sitrep: %s", p)
    if problems and errors == "raise":
        raise SitrepError("; ".join(problems[:10]) +
                          (f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""),
                          "SR_EPARSE")


def _extract_part(task, packs, gazetteers, options, errors, as_json):
    kind, path, start, end, first_line = task
    engine = worker_engine(packs, gazetteers)
    if kind == "jsonl":
        try:
            with open(path, "rb") as f:
                f.seek(start)
                data = f.read(end - start)
        except OSError as e:
            _report([f"{path}: {e.strerror}: skipped"], errors)
            return []
        out, problems = engine.read_jsonl_part(data, path, first_line,
                                               as_dict=not as_json, **options)
    else:
        out, problems = engine.read_path(path, as_dict=not as_json, **options)
    _report(problems, errors)
    return out


def _extract_records(records, packs, gazetteers, options, errors, as_json):
    engine = worker_engine(packs, gazetteers)
    return list(engine.extract_many(records, threads=options.get("threads", 1),
                                    mentions=options.get("mentions", False),
                                    sentences=options.get("sentences", False),
                                    published=options.get("published"),
                                    lang=options.get("lang"),
                                    errors="skip" if errors != "raise" else "raise",
                                    as_json=as_json))


def extract(paths_or_bag, packs=None, gazetteers=None, mentions=False,
            sentences=False, published=None, lang=None, blocksize=DEFAULT_BLOCKSIZE,
            threads=1, errors="warn", as_json=False):
    """A dask Bag of the documents' results (dicts, or the JSON strings
    with as_json=True), in input order.

    paths_or_bag: paths (files, directories, glob patterns) read as
    `sitrep extract` reads them, JSON Lines cut into tasks of about
    `blocksize` bytes; or a dask Bag of documents (str texts or dicts with
    "text", as Engine.extract_many takes them).  packs, gazetteers: as for
    sitrep.Engine, and must name the same files on every worker.
    mentions, sentences, published, lang: as the CLI's options.  threads:
    the library's threads per task (1: the Dask worker's own thread).
    errors: "warn" (bad input logged on the worker by the "sitrep" logger
    and skipped, as the CLI reports and skips it) or "raise"."""
    if errors not in ("warn", "raise"):
        raise ValueError("errors: 'warn' or 'raise'")
    # Resolved here: the workers may not share the client's environment.
    packs = os.path.abspath(os.fspath(packs)) if packs is not None else _lib.default_packs()
    if gazetteers is not None and isinstance(gazetteers, (str, os.PathLike)):
        gazetteers = os.path.abspath(os.fspath(gazetteers))
    options = {"threads": threads, "mentions": mentions, "sentences": sentences,
               "published": published, "lang": lang}
    if isinstance(paths_or_bag, db.Bag):
        return paths_or_bag.map_partitions(_extract_records, packs, gazetteers,
                                           options, errors, as_json)
    tasks = []
    for path in _expand(paths_or_bag):
        if path.lower().endswith(".jsonl") and os.path.isfile(path):
            tasks.extend(("jsonl", path, s, e, l) for s, e, l in _jsonl_parts(path, blocksize))
        else:
            tasks.append(("file", path, 0, 0, 0))
    if not tasks:
        raise ValueError("no input: name files, directories or patterns")
    # Not pure: the files may change between two computes.
    parts = [dask.delayed(_extract_part)(t, packs, gazetteers, options, errors, as_json)
             for t in tasks]
    return db.from_delayed(parts)


# ------------------------------------------------------------ outputs

def _write_jsonl_part(docs, path):
    # Each object on its line, newline-terminated; an empty part makes an
    # empty file, so that the shards put end to end are the CLI's output.
    with open(path, "w", encoding="utf-8", newline="") as f:
        for d in docs:
            f.write(d if isinstance(d, str) else
                    json.dumps(d, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
    return path


def write_jsonl(bag, directory, compute=True):
    """One JSON Lines shard per partition, directory/part-00000.jsonl ...
    in order: put end to end they are what `sitrep extract` prints for
    the same inputs (with as_json=True results), and `sitrep ingest
    --extracted` stores them.  Returns the paths (or the delayed writes
    when compute=False)."""
    directory = os.fspath(directory)
    os.makedirs(directory, exist_ok=True)
    writes = [dask.delayed(_write_jsonl_part)(part, os.path.join(directory, f"part-{i:05d}.jsonl"))
              for i, part in enumerate(bag.to_delayed())]
    return list(dask.compute(*writes)) if compute else writes


def to_dataframe(bag):
    """A dask DataFrame, one row per event, the columns of
    sitrep.store.EVENT_COLUMNS (sitrep.events_table, partition by partition)."""
    import dask.dataframe as dd
    meta = events_table([])
    parts = [dask.delayed(events_table)(p) for p in bag.to_delayed()]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def write_csv(bag, directory):
    """The events (to_dataframe) as CSV shards directory/part-00000.csv ..."""
    os.makedirs(directory, exist_ok=True)
    return to_dataframe(bag).to_csv(os.path.join(os.fspath(directory), "part-*.csv"),
                                    name_function=lambda i: f"{i:05d}", index=False)


__all__ = ["extract", "write_jsonl", "write_csv", "to_dataframe", "preload",
           "worker_engine", "engine_loads", "EVENT_COLUMNS"]
