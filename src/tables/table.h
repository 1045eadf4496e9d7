/*
** Tables: the engine's knowledge of words, read from pack files
** (docs/packs.md).  A table is a phrase lexicon whose payload indexes rows
** of values.  This module knows no stage: each stage (mentions, places,
** actors, attribution, events) keeps a registry of its pack files, one line
** each, with the row parser that reads them, and asks the loader here to
** fill its tables.
**
** A document's tokens are matched against many tables; most tables have no
** phrase starting at most tokens.  The first-token index, built as tables
** load, maps a folded token to the set of tables with a phrase starting
** with it, so that one lookup per token says which tables are worth trying
** there.  Sets are bit sets of table ids, as wide as the tables loaded:
** there is no limit to how many tables there are.
*/
#ifndef SR_TABLE_H
#define SR_TABLE_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/ubrk.h>

#include "../text/segment.h"
#include "lexicon.h"
#include "sitrep.h"

typedef struct sr_row {
  double value;
  int32_t a, b;
  const char *label; /* owned by the table */
} sr_row;

typedef struct sr_table {
  sr_lexicon *lex;
  int stemmed; /* phrases matched on Snowball stems (stem.h), not folds */
  uint32_t id;   /* this table's member of the first-token sets: */
  uint32_t word; /* the 64-bit word of a set that holds it, */
  uint64_t mask; /* and its bit there */
  sr_row *rows;
  size_t count, cap;
  /* A phrase added twice (a homonym: "ADF" in Congo and in Cameroon) names
  ** its last row; homonyms[row] is then 1 + the row it named before, so
  ** that every meaning stays reachable.  NULL while there is none. */
  int32_t *homonyms;
  size_t homonym_cap;
} sr_table;

/* The row a phrase named before it named this one, or -1. */
static inline int32_t sr_table_homonym(const sr_table *t, int32_t row) {
  return t->homonyms ? t->homonyms[row] - 1 : -1;
}

/* ------------------------------------------------- the first-token index */

typedef struct sr_first_tokens sr_first_tokens;

sr_first_tokens *sr_first_tokens_new(void);
void sr_first_tokens_free(sr_first_tokens *ix);

/* The set of tables with a phrase starting with the folded token (the
** empty set when there is none).  Valid as long as the index, once loading
** is done. */
const uint64_t *sr_first_tokens_get(const sr_first_tokens *ix, sr_str folded);
/* The same with folded's sr_strmap_hash given. */
const uint64_t *sr_first_tokens_get_hashed(const sr_first_tokens *ix, sr_str folded,
                                           uint32_t hash);

/* Whether a table has a phrase starting with the token of this set. */
static inline int sr_set_has_table(const uint64_t *set, const sr_table *t) {
  return (set[t->word] & t->mask) != 0;
}
static inline int sr_set_has(const uint64_t *set, uint32_t id) {
  return (set[id >> 6] >> (id & 63)) & 1;
}

/* A table row matched at tokens[at], or NULL; *len (may be NULL) gets the
** tokens used. */
const sr_row *sr_table_match(const sr_table *t, const sr_str *tokens, size_t n,
                             size_t at, size_t *len);
/* The same with each token's sr_strmap_hash given (a view's, made once). */
const sr_row *sr_table_match_hashed(const sr_table *t, const sr_str *tokens,
                                    const uint32_t *hashes, size_t n, size_t at, size_t *len);

/* ------------------------------------------------------------- loading */

/* How pack phrases are cut and folded: exactly as document text is, so that
** the two meet token for token. */
typedef struct sr_phrase_reader {
  UBreakIterator *words; /* used only while loading, one thread */
  const sr_segment_rules *rules;
  struct sr_stemmer *stemmer; /* for stemmed tables; NULL: none */
  struct sr_stem_memory *memory; /* learns the stems of the phrases' words; NULL: none */
} sr_phrase_reader;

/* Where a language's tables load from and into. */
typedef struct sr_pack_loader {
  const char *pack_dir;
  const char *lang;         /* packs/LANG/ for a language's own files */
  sr_phrase_reader reader;
  sr_first_tokens *index;   /* shared by every table of the language */
} sr_pack_loader;

/* What a row parser is given: the table of its file, the stage's tables
** (a file may fill more than one) and the stage's own data. */
typedef struct sr_rows {
  sr_pack_loader *loader;
  sr_table *tables;
  sr_table *table; /* NULL for a file of settings or records */
  void *stage;
} sr_rows;

/* Reads the fields of one pack entry (n of them, at most SR_PACK_MAX_FIELDS)
** into rows; errors name what is wrong, the loader adds file and line. */
typedef sr_status (*sr_row_parser)(sr_rows *c, const sr_str *f, size_t n,
                                   sr_error *err);
#define SR_PACK_MAX_FIELDS 6

enum {
  SR_PACK_STEMMED = 1, /* matched on stems: every tense of a verb */
  SR_PACK_SHARED = 2   /* under packs/, not packs/LANG/: names, not words */
};

/* One line of a stage's registry: a pack file, the table it fills (an index
** into the stage's tables, or -1), how its rows read, and flags. */
typedef struct sr_pack_file {
  const char *file;
  int table;
  sr_row_parser row;
  unsigned flags;
} sr_pack_file;

/* A stage lists its files once, as X(ID, "file", row parser, flags) lines of
** a macro; these make its enum of tables and its registry from that list.
** A table filled by another file's parser has a NULL file. */
#define SR_PACK_ID(id, file, row, flags) id,
#define SR_PACK_LINE(id, file, row, flags) {file, id, row, flags},

typedef struct sr_pack_registry {
  const char *stage;
  const sr_pack_file *files;
  size_t file_count;
  size_t table_count; /* tables the stage keeps, filled by files or not */
} sr_pack_registry;

/* Loads every file of reg, in order, into tables[0 .. reg->table_count),
** each table given its id in the loader's index. */
sr_status sr_registry_load(const sr_pack_registry *reg, sr_pack_loader *loader,
                           sr_table *tables, void *stage, sr_error *err);
/* The path of a registry line's file: DIR/LANG/FILE or DIR/FILE. */
void sr_registry_path(const sr_pack_loader *loader, const sr_pack_file *f,
                      char *buf, size_t cap);
void sr_tables_free(sr_table *tables, size_t count);

/* Adds row under a phrase of t; the table owns row.label from then on,
** even on error. */
sr_status sr_table_add(sr_rows *c, sr_table *t, sr_str phrase, sr_row row,
                       sr_error *err);
/* The same row (a copy of its label each) under the name and each
** '|'-separated alias. */
sr_status sr_table_add_aliases(sr_rows *c, sr_str name, sr_str aliases,
                               sr_row row, sr_error *err);

/* ------------------------------------------- helpers of the row parsers */

sr_status sr_rows_need(size_t n, size_t lo, size_t hi, const char *form,
                       sr_error *err);
/* A finite decimal number, the whole field. */
int sr_rows_number(sr_str s, double *out);
/* A malloc'ed NUL-terminated copy, NULL when memory runs out. */
char *sr_rows_copy(sr_str s);
/* phrase [<TAB> label] */
sr_status sr_rows_labelled(sr_rows *c, const sr_str *f, size_t n,
                           sr_error *err);
/* phrase <TAB> name, the name one of a closed list; the row's a is its
** value.  Values below `lowest` (an enum's "none") are refused. */
sr_status sr_rows_named(sr_rows *c, const sr_str *f, size_t n,
                        const char *const *names, size_t count, int lowest,
                        const char *what, sr_error *err);
/* "a,b,c", each one of a closed list: bit i for names[i]; -1 on an unknown
** one, whose text goes to *bad. */
int sr_rows_flags(sr_str s, const char *const *names, size_t count,
                  sr_str *bad);

#endif
