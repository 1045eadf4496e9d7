/*
** sitrep: conflict news reports in, source-attributed event records out.
**
** The library is used in three steps:
**
**   1. sr_engine_open() loads the knowledge packs (data files under a pack
**      directory) once.  The engine is immutable afterwards and may be shared
**      by any number of threads.
**   2. Outside input (text, HTML, JSON Lines) is turned into sr_doc_input
**      records by the readers (sr_read_*), which report bad input through a
**      callback and carry on with the rest.
**   3. sr_doc_process() analyses one document into an sr_doc; sr_doc_to_json()
**      renders it in the output contract documented in docs/schema.md.
**
** All offsets given out by the library are Unicode code point offsets into the
** document text (the way Python's str indexes it).  Lengths are explicit
** everywhere; no input string needs a terminating NUL.
*/
#ifndef SITREP_H
#define SITREP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SR_VERSION "0.1.0"

typedef enum sr_status {
  SR_OK = 0,
  SR_ENOMEM,  /* an allocation failed */
  SR_EIO,     /* a file could not be read */
  SR_EPARSE,  /* malformed input: JSON, HTML, a pack file */
  SR_EUTF8,   /* invalid UTF-8 (repaired where the caller allows it) */
  SR_EEMPTY,  /* a document without text */
  SR_EINVAL,  /* a bad argument */
  SR_EICU,    /* ICU refused an operation */
  SR_EPACK    /* a knowledge pack is missing or invalid */
} sr_status;

/* Where an error happened and why; filled by every call that can fail. */
typedef struct sr_error {
  sr_status code;
  char message[512];
} sr_error;

const char *sr_status_name(sr_status code);

/* ---------------------------------------------------------------- engine */

typedef struct sr_engine sr_engine;

/* Loads every pack under pack_dir (packs/ in the source tree).  On failure
** *out is NULL and err names the file and line at fault. */
sr_status sr_engine_open(const char *pack_dir, sr_engine **out, sr_error *err);

typedef struct sr_engine_options {
  const char *pack_dir;  /* as for sr_engine_open */
  const char *gazetteer; /* the built gazetteer file, when it is kept
                            elsewhere than pack_dir/geo/gazetteer.tsv;
                            NULL for that one */
  /* GeoNames dumps to add to the gazetteer (a country's XX.txt, or
  ** allCountries.txt, as downloaded), after those that
  ** pack_dir/geo/geonames.txt names; docs/gazetteer.md */
  const char *const *geonames;
  size_t geonames_count;
} sr_engine_options;

sr_status sr_engine_open_with(const sr_engine_options *options,
                              sr_engine **out, sr_error *err);
void sr_engine_close(sr_engine *engine);

/* For a program that reads many documents in a row: keeps the memory one
** document frees for the next instead of handing it back to the system
** after each (glibc's trim threshold; a third of the time per document
** went to faulting the same pages in again).  It changes the whole
** process's allocator, so the library never calls it: the program does,
** once, as the sitrep CLI does.  Does nothing elsewhere than glibc. */
void sr_keep_freed_memory(void);

/* ------------------------------------------------------------- documents */

/* A string that need not be NUL-terminated.  ptr == NULL means absent. */
typedef struct sr_str {
  const char *ptr;
  size_t len;
} sr_str;

/* One document as read from outside.  text must be valid UTF-8 (the readers
** guarantee it); everything else is optional. */
typedef struct sr_doc_input {
  sr_str id;
  sr_str text;
  sr_str published; /* YYYY-MM-DD */
  sr_str lang;      /* "fr", "en", or absent/"auto" to detect */
  sr_str url;
  sr_str title;
  sr_str publisher;
} sr_doc_input;

typedef struct sr_span {
  size_t start; /* code points, inclusive */
  size_t end;   /* code points, exclusive */
} sr_span;

typedef enum sr_token_kind {
  SR_TOKEN_WORD = 1,
  SR_TOKEN_NUMBER,  /* digits, possibly with separators: 1 500, 1.500, 28-10 */
  SR_TOKEN_PUNCT,
  SR_TOKEN_SYMBOL
} sr_token_kind;

typedef struct sr_token {
  sr_span span;
  size_t byte_start; /* byte offsets into the document text */
  size_t byte_end;
  sr_token_kind kind;
} sr_token;

typedef struct sr_doc sr_doc;

sr_status sr_doc_process(const sr_engine *engine, const sr_doc_input *input,
                         sr_doc **out, sr_error *err);
void sr_doc_free(sr_doc *doc);

/* The language the document was analysed in ("fr" or "en"). */
const char *sr_doc_lang(const sr_doc *doc);
size_t sr_doc_sentence_count(const sr_doc *doc);
sr_span sr_doc_sentence(const sr_doc *doc, size_t index);

/* Tokens of one sentence, made on demand so that a long document never holds
** all its tokens at once.  *tokens points into memory owned by doc and stays
** valid until the next call for this doc. */
sr_status sr_doc_sentence_tokens(sr_doc *doc, size_t index,
                                 const sr_token **tokens, size_t *count,
                                 sr_error *err);

/* Output flags for sr_doc_to_json. */
enum {
  SR_JSON_PRETTY = 1 << 0,   /* indent */
  SR_JSON_MENTIONS = 1 << 1, /* include "mentions" */
  SR_JSON_SPANS = 1 << 2,    /* include "sentence_spans" */
  SR_JSON_MARSHAL = 1 << 3   /* a pool's results: sr_doc_to_marshal's bytes */
};

/* A malloc'ed, NUL-terminated JSON object (no trailing newline), or NULL when
** memory ran out.  Free it with sr_free(). */
char *sr_doc_to_json(const sr_doc *doc, unsigned flags);

/* The same object in Python's marshal format, for bindings (the Python
** package): marshal.loads of these *len bytes gives exactly the dict that
** json.loads gives of sr_doc_to_json's text, in about half the time.
** Malloc'ed (free with sr_free()), NULL when memory ran out; SR_JSON_PRETTY
** is ignored. */
char *sr_doc_to_marshal(const sr_doc *doc, unsigned flags, size_t *len);

/* Records a problem the library found in the input (a repaired byte, say),
** so that it is reported with the document instead of silently dropped. */
size_t sr_doc_error_count(const sr_doc *doc);
const char *sr_doc_error(const sr_doc *doc, size_t index);

void sr_free(void *ptr);

/* --------------------------------------------------------------- readers */

/* Where a problem in outside input was found: the input's name (a path,
** "<stdin>") and, when known, the line (1-based) and byte offset. */
typedef struct sr_where {
  const char *input;
  size_t line;   /* 0 when the input has no lines */
  size_t offset; /* byte offset within the input or the line */
} sr_where;

typedef struct sr_reader_sink {
  /* Called once per document; the input is only valid during the call.
  ** A non-zero return stops the reader. */
  int (*document)(void *ctx, const sr_doc_input *input, const sr_where *where);
  /* Called for each problem; the reader skips or repairs and goes on. */
  void (*problem)(void *ctx, const sr_where *where, const char *message);
  void *ctx;
} sr_reader_sink;

typedef struct sr_reader_options {
  sr_str published; /* default publication date */
  sr_str lang;      /* default language */
} sr_reader_options;

/* Reads a file, or every .txt/.html/.htm/.jsonl file below a directory (in
** name order).  Returns SR_OK when nothing was wrong, otherwise the status of
** the last problem reported; the sink has seen every good document anyway. */
sr_status sr_read_path(const char *path, const sr_reader_options *options,
                       const sr_reader_sink *sink);

/* Reads JSON Lines from an open stream (stdin, say). */
sr_status sr_read_jsonl_stream(void *stdio_file, const char *name,
                               const sr_reader_options *options,
                               const sr_reader_sink *sink);

/* Reads JSON Lines that are one part of a larger input (a file split
** across workers): the lines are numbered from first_line (1-based), so
** that problems and records without an id are named as a reading of the
** whole input would name them. */
sr_status sr_read_jsonl_part(const char *data, size_t len, const char *name,
                             size_t first_line,
                             const sr_reader_options *options,
                             const sr_reader_sink *sink);

/* Reads one buffer in a given format.  The buffer is read, never kept. */
typedef enum sr_format {
  SR_FORMAT_TEXT = 1,
  SR_FORMAT_HTML,
  SR_FORMAT_JSONL
} sr_format;

sr_status sr_read_buffer(const char *data, size_t len, sr_format format,
                         const char *name, const sr_reader_options *options,
                         const sr_reader_sink *sink);

#ifdef __cplusplus
}
#endif
#endif /* SITREP_H */
