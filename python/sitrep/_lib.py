"""libsitrep through ctypes: where the shared library and the packs are,
and the C declarations of include/sitrep.h, sitrep_pool.h and
sitrep_store.h that the package calls.

ctypes releases the GIL for the length of every call into the library, so
that Python threads, and the pool's own threads, analyse in parallel.
"""
import ctypes
import ctypes.util
import os

_HERE = os.path.dirname(os.path.abspath(__file__))
# python/sitrep -> the repository, when the package is used from a clone.
_TREE = os.path.dirname(os.path.dirname(_HERE))

SONAME = "libsitrep.so.0"


class SitrepError(Exception):
    """A call into libsitrep failed; .code is the sr_status name
    ("SR_EEMPTY", ...), str() the library's message."""

    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code


def _candidates():
    env = os.environ.get("SITREP_LIB")
    if env:
        yield env
    yield os.path.join(_HERE, SONAME)  # copied beside the package
    yield os.path.join(_TREE, "build", SONAME)  # a clone's build
    yield SONAME  # installed: the dynamic linker's search path
    found = ctypes.util.find_library("sitrep")
    if found:
        yield found


def _load():
    tried = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(path + " (missing)")
            continue
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            tried.append(f"{path} ({e})")
    raise ImportError(
        "sitrep: cannot load libsitrep.so (run 'make' in the clone, "
        "'make install', or set SITREP_LIB); tried: " + "; ".join(tried))


def default_packs():
    """$SITREP_PACKS, else the clone's packs/, else an installed share/."""
    env = os.environ.get("SITREP_PACKS")
    if env:
        return env
    for d in (os.path.join(_TREE, "packs"), "/usr/local/share/sitrep/packs",
              "/usr/share/sitrep/packs"):
        if os.path.isfile(os.path.join(d, "languages.txt")):
            return d
    raise SitrepError("no packs found: give packs= or set SITREP_PACKS")


lib = _load()

c_size = ctypes.c_size_t


class Str(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_void_p), ("len", c_size)]


class DocInput(ctypes.Structure):
    _fields_ = [(k, Str) for k in
                ("id", "text", "published", "lang", "url", "title", "publisher")]


class Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("message", ctypes.c_char * 512)]


class EngineOptions(ctypes.Structure):
    _fields_ = [("pack_dir", ctypes.c_char_p), ("gazetteer", ctypes.c_char_p),
                ("geonames", ctypes.POINTER(ctypes.c_char_p)), ("geonames_count", c_size)]


class PoolOptions(ctypes.Structure):
    # prepare, discard, ctx: sitrep ingest's hook, left NULL here
    _fields_ = [("threads", ctypes.c_uint), ("json_flags", ctypes.c_uint),
                ("window", c_size), ("prepare", ctypes.c_void_p),
                ("discard", ctypes.c_void_p), ("ctx", ctypes.c_void_p)]


class PoolResult(ctypes.Structure):
    _fields_ = [("seq", c_size), ("tag", ctypes.c_void_p),
                ("input", ctypes.POINTER(DocInput)), ("status", ctypes.c_int),
                ("error", Error), ("doc", ctypes.c_void_p),
                ("json", ctypes.c_void_p), ("json_len", c_size),
                ("prepared", ctypes.c_void_p)]


class Where(ctypes.Structure):
    _fields_ = [("input", ctypes.c_char_p), ("line", c_size), ("offset", c_size)]


DocumentFn = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p,
                              ctypes.POINTER(DocInput), ctypes.POINTER(Where))
ProblemFn = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.POINTER(Where),
                             ctypes.c_char_p)


class ReaderSink(ctypes.Structure):
    _fields_ = [("document", DocumentFn), ("problem", ProblemFn),
                ("ctx", ctypes.c_void_p)]


class ReaderOptions(ctypes.Structure):
    _fields_ = [("published", Str), ("lang", Str)]


class StoreOptions(ctypes.Structure):
    _fields_ = [("tables_dir", ctypes.c_char_p), ("durable", ctypes.c_int),
                ("read_only", ctypes.c_int)]


class ExportFilter(ctypes.Structure):
    _fields_ = [("from_", ctypes.c_char_p), ("to", ctypes.c_char_p),
                ("country", ctypes.c_char_p), ("event_type", ctypes.c_char_p)]


JSON_PRETTY, JSON_MENTIONS, JSON_SPANS, JSON_MARSHAL = 1, 2, 4, 8
FORMAT_TEXT, FORMAT_HTML, FORMAT_JSONL = 1, 2, 3
EXPORT_ACLED_CSV, EXPORT_JSONL, EXPORT_GEOJSON = 1, 2, 3

P = ctypes.POINTER
vp = ctypes.c_void_p


def _declare(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)


_declare("sr_engine_open_with", ctypes.c_int, P(EngineOptions), P(vp), P(Error))
_declare("sr_engine_close", None, vp)
_declare("sr_doc_process", ctypes.c_int, vp, P(DocInput), P(vp), P(Error))
_declare("sr_doc_free", None, vp)
_declare("sr_doc_to_json", vp, vp, ctypes.c_uint)
_declare("sr_doc_to_marshal", vp, vp, ctypes.c_uint, P(c_size))
_declare("sr_keep_freed_memory", None)
_declare("sr_free", None, vp)
_declare("sr_cpu_count", ctypes.c_uint)
_declare("sr_pool_open", ctypes.c_int, vp, P(PoolOptions), P(vp), P(Error))
_declare("sr_pool_submit", ctypes.c_int, vp, P(DocInput), vp, P(Error))
_declare("sr_pool_full", ctypes.c_int, vp)
_declare("sr_pool_pending", c_size, vp)
_declare("sr_pool_next", ctypes.c_int, vp, P(PoolResult))
_declare("sr_pool_release", None, vp, P(PoolResult))
_declare("sr_pool_close", None, vp)
_declare("sr_read_jsonl_part", ctypes.c_int, ctypes.c_char_p, c_size,
         ctypes.c_char_p, c_size, P(ReaderOptions), P(ReaderSink))
_declare("sr_read_buffer", ctypes.c_int, ctypes.c_char_p, c_size, ctypes.c_int,
         ctypes.c_char_p, P(ReaderOptions), P(ReaderSink))
_declare("sr_read_path", ctypes.c_int, ctypes.c_char_p, P(ReaderOptions),
         P(ReaderSink))
_declare("sr_store_open", ctypes.c_int, ctypes.c_char_p, P(StoreOptions), P(vp),
         P(Error))
_declare("sr_store_close", None, vp)
_declare("sr_store_export", ctypes.c_int, vp, ctypes.c_int, P(ExportFilter), vp,
         P(Error))

# stdio, for the store's exports.
libc = ctypes.CDLL(None)
libc.fopen.restype = vp
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.fclose.restype = ctypes.c_int
libc.fclose.argtypes = [vp]


STATUS = ("SR_OK", "SR_ENOMEM", "SR_EIO", "SR_EPARSE", "SR_EUTF8", "SR_EEMPTY",
          "SR_EINVAL", "SR_EICU", "SR_EPACK")  # enum sr_status, in order


def status_name(code):
    return STATUS[code] if 0 <= code < len(STATUS) else str(code)


def fail(err):
    """Raises the library's error."""
    raise SitrepError(err.message.decode("utf-8", "replace"),
                      status_name(err.code))


def encode(value):
    """str or bytes -> bytes; None stays None.  Lone surrogates pass as
    the bytes they stand for: the library repairs invalid UTF-8."""
    if value is None or isinstance(value, bytes):
        return value
    return str(value).encode("utf-8", "surrogatepass")


def set_str(field, data):
    """Points an sr_str at bytes (the caller keeps them alive)."""
    if data is None:
        field.ptr, field.len = None, 0
    else:
        field.ptr = ctypes.cast(ctypes.c_char_p(data), vp).value
        field.len = len(data)


def read_str(field):
    if not field.ptr:
        return None
    return ctypes.string_at(field.ptr, field.len).decode("utf-8", "replace")
