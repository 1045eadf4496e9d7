"""sitrep for Python: conflict news reports in, source-attributed event
records out, through libsitrep (ctypes; no compiler needed).

    import sitrep
    engine = sitrep.Engine()                      # packs of the clone, or packs=
    doc = engine.extract("Des frappes ont tué 12 civils à Alep.", published="2016-11-03")
    for doc in engine.extract_many(records, threads=2):   # in input order
        ...
    df = sitrep.read_events("events.db")          # ACLED's columns and dtypes
    sitrep.to_acled_csv("events.db", "events.csv")

The dictionaries are the JSON contract of docs/schema.md, as `sitrep
extract` prints it; sitrep.dask maps extraction over a dask.distributed
cluster.
"""
import marshal
import os
import threading

from . import _lib
from ._lib import SitrepError, default_packs
from .store import ACLED_COLUMNS, ACLED_DTYPES, read_events, to_acled_csv, events_table

__all__ = ["Engine", "SitrepError", "read_events", "to_acled_csv",
           "events_table", "ACLED_COLUMNS", "ACLED_DTYPES", "__version__"]
__version__ = "0.1.0"

_FIELDS = ("id", "text", "published", "lang", "url", "title", "publisher")


def _flags(mentions, sentences):
    return (_lib.JSON_MENTIONS if mentions else 0) | (_lib.JSON_SPANS if sentences else 0)


def _record(item):
    """A document given to extract_many: a str (its text) or a mapping
    with "text" and any of id, published, lang, url, title, publisher."""
    if isinstance(item, (str, bytes)):
        return {"text": item}
    if not hasattr(item, "get"):
        raise TypeError(f"a document is a str or a dict with 'text', not {type(item).__name__}")
    return item


class _Input:
    """An sr_doc_input over bytes that this object keeps alive."""
    __slots__ = ("c", "keep")

    def __init__(self, record):
        self.c = _lib.DocInput()
        self.keep = []
        for name in _FIELDS:
            value = record.get(name)
            if value is None:
                continue
            if name == "id" and isinstance(value, int):
                value = str(value)  # as the JSON Lines reader keeps numeric ids
            data = _lib.encode(value)
            self.keep.append(data)
            _lib.set_str(getattr(self.c, name), data)


class _Pool:
    """An sr_pool over the engine: submit documents, take results in
    input order; every call runs outside the GIL."""

    def __init__(self, engine, threads, mentions, sentences, as_dict=False):
        self.err = _lib.Error()
        self.result = _lib.PoolResult()
        self.as_dict = as_dict
        handle = _lib.vp()
        flags = _flags(mentions, sentences) | (_lib.JSON_MARSHAL if as_dict else 0)
        opts = _lib.PoolOptions(threads or 0, flags, 0)
        if _lib.lib.sr_pool_open(engine, opts, handle, self.err) != 0:
            _lib.fail(self.err)
        self.handle = handle.value

    def full(self):
        return _lib.lib.sr_pool_full(self.handle)

    def pending(self):
        return _lib.lib.sr_pool_pending(self.handle)

    def submit(self, c_input):
        """Queues a copy of c_input (None: a marker); False when refused
        (self.err says why)."""
        return _lib.lib.sr_pool_submit(self.handle, c_input, None, self.err) == 0

    def take(self):
        """The oldest result: (seq, marker, error message or None, JSON str
        (as_dict: the dict) or None)."""
        r = self.result
        _lib.lib.sr_pool_next(self.handle, r)
        try:
            marker = not r.input
            error = None if marker or r.status == 0 else r.error.message.decode("utf-8", "replace")
            text = None
            if r.json:
                data = _lib.ctypes.string_at(r.json, r.json_len)
                text = marshal.loads(data) if self.as_dict else data.decode("utf-8")
            if not marker and error is None and text is None:
                error = "out of memory writing JSON"
            return r.seq, marker, error, text
        finally:
            _lib.lib.sr_pool_release(self.handle, r)

    def close(self):
        _lib.lib.sr_pool_close(self.handle)


_kept_freed_memory = []


def _keep_freed_memory():
    """sr_keep_freed_memory(), once per process: glibc keeps the memory a
    document frees for the next one instead of handing it back and
    faulting it in again (up to 64 MB; the CLI does the same)."""
    if not _kept_freed_memory:
        _lib.lib.sr_keep_freed_memory()
        _kept_freed_memory.append(True)


class Engine:
    """The knowledge packs loaded once; immutable, shared by any number of
    threads.  packs: the pack directory (default $SITREP_PACKS, else the
    clone's packs/); gazetteers: the built GeoNames gazetteer file, when it
    is kept elsewhere than packs/geo/gazetteer.tsv (or its compiled
    gazetteer.bin).  keep_freed_memory: tune the process's allocator as
    the CLI does (sr_keep_freed_memory: glibc keeps up to 64 MB of freed
    memory for the next document rather than returning it); False leaves
    the allocator alone."""

    def __init__(self, packs=None, gazetteers=None, keep_freed_memory=True):
        if keep_freed_memory:
            _keep_freed_memory()
        self.packs = os.fspath(packs) if packs is not None else default_packs()
        if gazetteers is not None and not isinstance(gazetteers, (str, bytes, os.PathLike)):
            gazetteers = list(gazetteers)
            if len(gazetteers) != 1:
                raise ValueError("gazetteers: one built gazetteer file")
            gazetteers = gazetteers[0]
        if gazetteers is not None:
            gazetteers = os.fspath(gazetteers)
            if os.path.isdir(gazetteers):
                gazetteers = os.path.join(gazetteers, "gazetteer.tsv")
        self.gazetteers = gazetteers
        opts = _lib.EngineOptions(_lib.encode(self.packs), _lib.encode(gazetteers))
        handle = _lib.vp()
        err = _lib.Error()
        if _lib.lib.sr_engine_open_with(opts, handle, err) != 0:
            _lib.fail(err)
        self._handle = handle.value
        self._lock = threading.Lock()

    # -- lifetime
    def close(self):
        """Frees the engine; no call may be running on it."""
        with self._lock:
            if self._handle:
                _lib.lib.sr_engine_close(self._handle)
                self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, "_handle", None):
            _lib.lib.sr_engine_close(self._handle)
            self._handle = None

    def __reduce__(self):
        # An engine is rebuilt, never copied: it pickles as its packs.
        return (Engine, (self.packs, self.gazetteers))

    def _live(self):
        if not self._handle:
            raise SitrepError("engine closed", "SR_EINVAL")
        return self._handle

    # -- one document
    def extract_json(self, text, published=None, lang=None, id=None,
                     mentions=False, sentences=False, **meta):
        """The JSON object of one document, as a str: the line `sitrep
        extract` prints for it.  meta: url, title, publisher."""
        return self._extract(_flags(mentions, sentences),
                             dict(meta, text=text, published=published, lang=lang, id=id))

    def extract(self, text, published=None, lang=None, id=None,
                mentions=False, sentences=False, **meta):
        """One document -> dict (docs/schema.md).  published: YYYY-MM-DD,
        the date relative dates resolve against; lang: "fr", "en" or None
        to detect.  Raises SitrepError for a document the library refuses
        (no text, say).

        The dict is json.loads of extract_json's text, key for key and
        float for float; the library hands it over in Python's marshal
        format (sr_doc_to_marshal), which marshal.loads builds in half
        json.loads' time."""
        return self._extract(_flags(mentions, sentences) | _lib.JSON_MARSHAL,
                             dict(meta, text=text, published=published, lang=lang, id=id))

    def _extract(self, flags, rec):
        """One document's output: JSON text, or with JSON_MARSHAL in flags
        the dict."""
        inp = _Input(rec)
        doc = _lib.vp()
        err = _lib.Error()
        if _lib.lib.sr_doc_process(self._live(), inp.c, doc, err) != 0:
            _lib.fail(err)
        try:
            if flags & _lib.JSON_MARSHAL:
                size = _lib.c_size()
                p = _lib.lib.sr_doc_to_marshal(doc, flags, _lib.ctypes.byref(size))
            else:
                p = _lib.lib.sr_doc_to_json(doc, flags)
            if not p:
                raise SitrepError("out of memory writing JSON", "SR_ENOMEM")
            try:
                if flags & _lib.JSON_MARSHAL:
                    return marshal.loads(_lib.ctypes.string_at(p, size.value))
                return _lib.ctypes.string_at(p).decode("utf-8")
            finally:
                _lib.lib.sr_free(p)
        finally:
            _lib.lib.sr_doc_free(doc)

    # -- many documents
    def extract_many(self, documents, threads=None, mentions=False,
                     sentences=False, errors="raise", as_json=False,
                     published=None, lang=None):
        """Analyses documents on `threads` threads of the library (None:
        every core) and yields their dicts in input order.  The analysis
        runs outside the GIL; at most 4 documents per thread are in
        flight, so an endless iterable streams.  documents: str or dicts
        (text, id, published, lang, url, title, publisher); published and
        lang are the defaults for those without.  errors: "raise" (a
        SitrepError at the refused document) or "skip" (left out, as the
        CLI does).  as_json: yield the JSON strings instead of dicts."""
        if errors not in ("raise", "skip"):
            raise ValueError("errors: 'raise' or 'skip'")
        pool = _Pool(self._live(), threads, mentions, sentences, as_dict=not as_json)
        ids = {}  # seq -> id, for the message of a refused document

        def take():
            seq, _, error, text = pool.take()
            name = ids.pop(seq, None)
            if error is None:
                return text, True
            if errors == "raise":
                raise SitrepError(f"document {name}: {error}" if name else error)
            return None, False

        try:
            seq = 0
            for item in documents:
                rec = _record(item)
                if published is not None and rec.get("published") is None:
                    rec = dict(rec, published=published)
                if lang is not None and rec.get("lang") is None:
                    rec = dict(rec, lang=lang)
                while pool.full():
                    value, ok = take()
                    if ok:
                        yield value
                # The pool copies the input: it may go once submitted.
                inp = _Input(rec)
                if not pool.submit(inp.c):
                    _lib.fail(pool.err)
                if errors == "raise":
                    ids[seq] = rec.get("id")
                seq += 1
            while pool.pending():
                value, ok = take()
                if ok:
                    yield value
        finally:
            pool.close()

    def read_jsonl_part(self, data, name, first_line=1, **options):
        """JSON Lines bytes that are lines first_line... of the input
        `name`, read as `sitrep extract` reads that input ->
        (JSON strings in order, problems "NAME:LINE: message").  options:
        threads (1), mentions, sentences, published, lang, as_dict (dicts,
        as extract() gives them, instead of JSON strings)."""
        return self._read(lambda ropts, sink: _lib.lib.sr_read_jsonl_part(
            data, len(data), _lib.encode(name), first_line, ropts, sink), **options)

    def read_path(self, path, **options):
        """A file or directory read as `sitrep extract PATH` reads it ->
        (JSON strings in order, problems); options as read_jsonl_part."""
        return self._read(lambda ropts, sink: _lib.lib.sr_read_path(
            _lib.encode(os.fspath(path)), ropts, sink), **options)

    def _read(self, feed, threads=1, mentions=False, sentences=False,
              published=None, lang=None, as_dict=False):
        """Runs the library's reader (feed(reader_options, sink)) into a
        pool: (JSON strings in order, problems), each problem
        "NAME[:LINE]: message" as the CLI prints it."""
        out, problems = [], []
        pool = _Pool(self._live(), threads, mentions, sentences, as_dict)
        wheres = []  # the place of each item submitted and not yet taken

        def place(where):
            w = where.contents
            s = w.input.decode("utf-8", "replace")
            return f"{s}:{w.line}" if w.line else s

        def deliver():
            _, marker, error, text = pool.take()
            tag = wheres.pop(0)
            if marker:
                problems.append(tag)
            elif error is not None:
                problems.append(f"{tag}: {error}")
            else:
                out.append(text)

        def submit(c_input, tag):
            while pool.full():
                deliver()
            if pool.submit(c_input):
                wheres.append(tag)
            else:
                problems.append(f"{tag}: {pool.err.message.decode('utf-8', 'replace')}")

        def on_document(ctx, inp, where):
            submit(inp, place(where))
            return 0

        def on_problem(ctx, where, message):
            submit(None, f"{place(where)}: {message.decode('utf-8', 'replace')}")

        sink = _lib.ReaderSink(_lib.DocumentFn(on_document), _lib.ProblemFn(on_problem), None)
        ropts = _lib.ReaderOptions()
        keep = [_lib.encode(published), _lib.encode(lang)]
        _lib.set_str(ropts.published, keep[0])
        _lib.set_str(ropts.lang, keep[1])
        try:
            feed(ropts, sink)
            while pool.pending():
                deliver()
        finally:
            pool.close()
        return out, problems
