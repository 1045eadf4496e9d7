/*
** One document into the store: the v1 JSON object checked against the
** contract (docs/schema.md), then the document, its mentions and its events
** written, and each event clustered, all in one transaction.  A crash
** leaves either the whole document or none of it, so a re-run resumes.
*/
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../util/error.h"
#include "../util/isodate.h"
#include "cluster.h"
#include "ingest.h"
#include "pending.h"
#include "store.h"

/* ------------------------------------------------------ reading the JSON */

/* Each getter leaves *out unset (NULL, absent) for a missing or null key
** and refuses a value of the wrong type, naming it: "events[2].lat". */
static sr_status get_str(const json_t *o, const char *key, const char *at,
                         const char **out, sr_error *err) {
  const json_t *v = json_object_get(o, key);
  *out = NULL;
  if (!v || json_is_null(v)) return SR_OK;
  if (!json_is_string(v))
    return sr_error_set(err, SR_EPARSE, "%s%s: not a string", at, key);
  *out = json_string_value(v);
  return SR_OK;
}

static sr_status get_num(const json_t *o, const char *key, const char *at,
                         double *out, int *present, sr_error *err) {
  const json_t *v = json_object_get(o, key);
  *present = 0;
  *out = 0;
  if (!v || json_is_null(v)) return SR_OK;
  if (!json_is_number(v) || !isfinite(json_number_value(v)))
    return sr_error_set(err, SR_EPARSE, "%s%s: not a number", at, key);
  *out = json_number_value(v);
  *present = 1;
  return SR_OK;
}

static sr_status get_typed(const json_t *o, const char *key, const char *at,
                           int want_array, const json_t **out, sr_error *err) {
  const json_t *v = json_object_get(o, key);
  *out = NULL;
  if (!v || json_is_null(v)) return SR_OK;
  if (want_array ? !json_is_array(v) : !json_is_object(v))
    return sr_error_set(err, SR_EPARSE, "%s%s: not an %s", at, key,
                        want_array ? "array" : "object");
  *out = v;
  return SR_OK;
}

static int bind_num(sqlite3_stmt *st, int i, double v, int present) {
  return present ? sqlite3_bind_double(st, i, v) : sqlite3_bind_null(st, i);
}

/* A date as the contract writes it, YYYY-MM-DD, YYYY-MM or YYYY, as the
** days it may cover. */
static int date_days(const char *s, long *lo, long *hi) {
  size_t n = strlen(s);
  sr_ymd d;
  if (n == 10 && sr_isodate_parse(s, n, &d)) {
    *lo = *hi = sr_days_from_civil(d.year, d.month, d.day);
    return 1;
  }
  char full[11];
  if (n == 7 && s[4] == '-') {
    snprintf(full, sizeof full, "%s-01", s);
    if (!sr_isodate_parse(full, 10, &d)) return 0;
    *lo = sr_days_from_civil(d.year, d.month, 1);
    *hi = *lo + sr_days_in_month(d.year, d.month) - 1;
    return 1;
  }
  if (n == 4) {
    snprintf(full, sizeof full, "%s-01-01", s);
    if (!sr_isodate_parse(full, 10, &d)) return 0;
    *lo = sr_days_from_civil(d.year, 1, 1);
    *hi = sr_days_from_civil(d.year, 12, 31);
    return 1;
  }
  return 0;
}

/* FNV-1a, 64 bits, as 16 hex digits: enough to tell documents apart in a
** corpus (a collision needs billions of them). */
static void hash_hex(const char *a, size_t alen, const char *b, size_t blen,
                     char out[17]) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < alen; i++) h = (h ^ (unsigned char)a[i]) * 1099511628211ULL;
  h = (h ^ 0xFF) * 1099511628211ULL; /* a separator no UTF-8 byte equals */
  for (size_t i = 0; i < blen; i++) h = (h ^ (unsigned char)b[i]) * 1099511628211ULL;
  snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* The outlet whose credit the text carries ("KIDAL (Reuters) -",
** "Copyright 2024 The Associated Press"): the first fallback source of
** its events that the text names; NULL when none does. */
static const char *credited_outlet(const json_t *events) {
  for (size_t i = 0; i < json_array_size(events); i++) {
    const json_t *atts = json_object_get(json_array_get(events, i), "attribution");
    for (size_t k = 0; k < json_array_size(atts); k++) {
      const json_t *a = json_array_get(atts, k);
      const char *name = json_string_value(json_object_get(a, "name"));
      if (name && *name && json_is_true(json_object_get(a, "fallback")) &&
          json_is_string(json_object_get(a, "text")))
        return name;
    }
  }
  return NULL;
}

/* The outlet that published a document: its publisher, else the host of
** its URL ("https://www.reuters.com/..." gives "reuters.com"), else the
** outlet the text credits as its own. */
static void document_source(const char *publisher, const char *url,
                            const json_t *events, char *out, size_t cap) {
  out[0] = '\0';
  if (publisher && *publisher) {
    snprintf(out, cap, "%s", publisher);
    return;
  }
  if (!url) {
    const char *credit = credited_outlet(events);
    if (credit) snprintf(out, cap, "%s", credit);
    return;
  }
  const char *h = strstr(url, "://");
  h = h ? h + 3 : url;
  if (strncmp(h, "www.", 4) == 0) h += 4;
  size_t n = strcspn(h, "/:?#");
  if (n) snprintf(out, cap, "%.*s", (int)n, h);
}

/* ------------------------------------------------- raw JSON spans */

/* The bytes of each element of a top-level array in the document's JSON as
** it came (jansson has checked it): an event's or a mention's JSON stored
** as written, not serialised again from the parsed tree. */
typedef struct span {
  const char *p;
  size_t n;
} span;

static const char *skip_ws(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
  return p;
}

/* p at a value: the end of it, or NULL. */
static const char *skip_value(const char *p, const char *end) {
  int depth = 0;
  do {
    if (p >= end) return NULL;
    if (*p == '"') {
      for (p++; p < end && *p != '"'; p++)
        if (*p == '\\') p++;
      if (p >= end) return NULL;
      p++;
    } else if (*p == '{' || *p == '[') {
      depth++, p++;
    } else if (*p == '}' || *p == ']') {
      if (--depth < 0) return NULL;
      p++;
    } else if (depth) {
      p++;
    } else {
      while (p < end && !strchr(",}] \t\r\n", *p)) p++;
    }
  } while (depth);
  return p;
}

/* The elements of the top-level array under key (written without escapes)
** as spans, malloc'ed; NULL when not found or not as expected (the caller
** then serialises the parsed values). */
static span *raw_items(const char *raw, size_t len, const char *key,
                       size_t expected) {
  const char *p = raw, *end = raw + len;
  size_t klen = strlen(key);
  p = skip_ws(p, end);
  if (p >= end || *p++ != '{') return NULL;
  for (;;) {
    p = skip_ws(p, end);
    if (p >= end || *p != '"') return NULL;
    const char *k = p + 1, *v = skip_value(p, end);
    if (!v) return NULL;
    int match = (size_t)(v - 1 - k) == klen && memcmp(k, key, klen) == 0;
    p = skip_ws(v, end);
    if (p >= end || *p++ != ':') return NULL;
    p = skip_ws(p, end);
    if (match) break;
    if (!(p = skip_value(p, end))) return NULL;
    p = skip_ws(p, end);
    if (p >= end || *p++ != ',') return NULL;
  }
  if (p >= end || *p++ != '[') return NULL;
  span *out = malloc((expected ? expected : 1) * sizeof *out);
  if (!out) return NULL;
  size_t n = 0;
  p = skip_ws(p, end);
  if (p < end && *p == ']') return expected ? (free(out), NULL) : out;
  for (;;) {
    const char *v = skip_value(p, end);
    if (!v || n == expected) break;
    out[n].p = p;
    out[n++].n = (size_t)(v - p);
    p = skip_ws(v, end);
    if (p < end && *p == ',') {
      p = skip_ws(p + 1, end);
      continue;
    }
    if (p < end && *p == ']' && n == expected) return out;
    break;
  }
  free(out);
  return NULL;
}

/* The object without the top-level members named in keys (written without
** escapes), as it came otherwise; malloc'ed, NULL when the JSON is not as
** expected (the caller then serialises the parsed object). */
static char *raw_without(const char *raw, size_t len,
                         const char *const *keys, int n_keys) {
  const char *p = raw, *end = raw + len;
  char *out = malloc(len + 3), *o = out;
  if (!out) return NULL;
  p = skip_ws(p, end);
  if (p >= end || *p++ != '{') goto bad;
  *o++ = '{';
  p = skip_ws(p, end);
  if (p < end && *p == '}') goto close;
  for (;;) {
    p = skip_ws(p, end);
    if (p >= end || *p != '"') goto bad;
    const char *member = p, *k = p + 1, *v = skip_value(p, end);
    if (!v) goto bad;
    int drop = 0;
    for (int i = 0; i < n_keys; i++)
      drop |= (size_t)(v - 1 - k) == strlen(keys[i]) &&
              memcmp(k, keys[i], strlen(keys[i])) == 0;
    p = skip_ws(v, end);
    if (p >= end || *p++ != ':') goto bad;
    p = skip_ws(p, end);
    if (!(p = skip_value(p, end))) goto bad;
    if (!drop) {
      if (o > out + 1) *o++ = ',';
      memcpy(o, member, (size_t)(p - member));
      o += p - member;
    }
    p = skip_ws(p, end);
    if (p < end && *p == ',') {
      p++;
      continue;
    }
    if (p < end && *p == '}') break;
    goto bad;
  }
close:
  *o++ = '}';
  *o = '\0';
  return out;
bad:
  free(out);
  return NULL;
}

/* --------------------------------------------------------- removal */

static const char SQL_DOC_EVENTS[] = "SELECT rowid FROM events WHERE doc = ?1";
static const char SQL_DOC_CLUSTERS[] =
    "SELECT DISTINCT cluster FROM events WHERE doc = ?1 AND cluster IS NOT "
    "NULL ORDER BY cluster";
static const char SQL_DEL_BOXES[] =
    "DELETE FROM event_boxes WHERE id IN (SELECT rowid FROM events WHERE doc "
    "= ?1)";
static const char SQL_DEL_ACTORS[] =
    "DELETE FROM actors WHERE event IN (SELECT rowid FROM events WHERE doc = "
    "?1)";
static const char SQL_DEL_QUANTITIES[] =
    "DELETE FROM quantities WHERE event IN (SELECT rowid FROM events WHERE "
    "doc = ?1)";
static const char SQL_DEL_ATTRIBUTIONS[] =
    "DELETE FROM attributions WHERE event IN (SELECT rowid FROM events WHERE "
    "doc = ?1)";
static const char SQL_DEL_EVENTS[] = "DELETE FROM events WHERE doc = ?1";
static const char SQL_DEL_MENTIONS[] = "DELETE FROM mentions WHERE doc = ?1";
static const char SQL_DEL_DOC[] = "DELETE FROM documents WHERE rowid = ?1";

/* Removes a document and everything made from it, then re-files what was
** clustered with its events. */
static sr_status remove_document(sr_store *s, sqlite3_int64 doc,
                                 sr_error *err) {
  sqlite3_int64 *touched, *gone;
  size_t n, n_gone;
  /* the document's events' rowids may come back: forgotten, and only they
  ** (the rest of their clusters are forgotten as they are dissolved) */
  sr_status rc = sr_store_ids(s, SQL_DOC_EVENTS, doc, &gone, &n_gone, err);
  if (rc != SR_OK) return rc;
  sr_cluster_forget_events(s, gone, n_gone);
  free(gone);
  sr_pending_drop(s, doc); /* stored in this batch, not yet clustered */
  rc = sr_store_ids(s, SQL_DOC_CLUSTERS, doc, &touched, &n, err);
  if (rc == SR_OK) rc = sr_store_unindex_text(s, doc, err);
  if (rc != SR_OK) {
    free(touched);
    return rc;
  }
  sqlite3_stmt *st;
  static const char *const dels[] = {
      SQL_DEL_BOXES,  SQL_DEL_ACTORS,   SQL_DEL_QUANTITIES, SQL_DEL_ATTRIBUTIONS,
      SQL_DEL_EVENTS, SQL_DEL_MENTIONS, SQL_DEL_DOC};
  for (size_t i = 0; i < sizeof dels / sizeof *dels && rc == SR_OK; i++) {
    st = sr_store_stmt(s, dels[i], err);
    if (!st) {
      rc = err->code;
      break;
    }
    sqlite3_bind_int64(st, 1, doc);
    rc = sr_store_done(s, st, err, "removing a document");
  }
  if (rc == SR_OK) rc = sr_cluster_refile(s, touched, n, err);
  free(touched);
  return rc;
}

/* --------------------------------------------------------- insertion */

static const char SQL_INS_DOC[] =
    "INSERT INTO documents(id, source, text_hash, content_hash, lang, "
    "published, url, title, publisher, text, json, ingested_at) VALUES (?1, "
    "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
static const char SQL_INS_MENTION[] =
    "INSERT OR REPLACE INTO mentions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char SQL_INS_EVENT[] =
    "INSERT INTO events(id, doc, status, event_type, sub_event_type, action, "
    "date_value, date_until, date_precision, day_lo, day_hi, location, "
    "admin1, country, iso2, lat, lon, geo_precision, fatalities, sentence, "
    "json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
    "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)";

/* Mentions 16 and 4 at a time: a document has dozens, and a statement's
** run costs more than the row it writes.  OR IGNORE, not OR REPLACE: a
** statement of several rows that may abort keeps a journal of the pages it
** changes, to undo its own rows; these can neither conflict (the document's
** row is new, its indexes distinct) nor be NULL, so none is ignored. */
#define MENTION_ROW "(?, ?, ?, ?, ?, ?, ?)"
#define MENTION_ROWS_4 MENTION_ROW "," MENTION_ROW "," MENTION_ROW "," MENTION_ROW
#define MENTION_ROWS_16                                                      \
  MENTION_ROWS_4 "," MENTION_ROWS_4 "," MENTION_ROWS_4 "," MENTION_ROWS_4
static const char SQL_INS_MENTIONS_16[] =
    "INSERT OR IGNORE INTO mentions VALUES " MENTION_ROWS_16;
static const char SQL_INS_MENTIONS_4[] =
    "INSERT OR IGNORE INTO mentions VALUES " MENTION_ROWS_4;

/* The rows the serialiser kept: nothing to check, nothing to read. */
static sr_status insert_mention_rows(sr_store *s, sqlite3_int64 doc,
                                     const sr_store_layout *m,
                                     const char *raw, sr_error *err) {
  for (size_t i = 0; i < m->count;) {
    size_t left = m->count - i, n = left >= 16 ? 16 : left >= 4 ? 4 : 1;
    sqlite3_stmt *st = sr_store_stmt(
        s, n == 16 ? SQL_INS_MENTIONS_16 : n == 4 ? SQL_INS_MENTIONS_4 : SQL_INS_MENTION,
        err);
    if (!st) return err->code;
    for (size_t k = 0; k < n; k++, i++) {
      const sr_store_mention *r = &m->rows[i];
      int at = (int)k * 7;
      sqlite3_bind_int64(st, at + 1, doc);
      sqlite3_bind_int64(st, at + 2, (sqlite3_int64)i);
      /* both live until the statement has run */
      sqlite3_bind_text(st, at + 3, r->type, -1, SQLITE_STATIC);
      sqlite3_bind_int64(st, at + 4, r->start);
      sqlite3_bind_int64(st, at + 5, r->end);
      if (r->has_text)
        sqlite3_bind_text(st, at + 6, m->texts + r->text_at, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null(st, at + 6);
      sqlite3_bind_text(st, at + 7, raw + r->json_at, (int)r->json_len,
                        SQLITE_STATIC);
    }
    sr_status rc = sr_store_done(s, st, err, "storing a mention");
    if (rc != SR_OK) return rc;
  }
  return SR_OK;
}

/* A mention's fields, or the refusal naming the first that is wrong. */
static sr_status mention_fields(const json_t *mentions, size_t i,
                                const char **type, const char **text,
                                double *start, int *has_start, double *end,
                                int *has_end, sr_error *err) {
  const json_t *m = json_array_get(mentions, i);
  if (!json_is_object(m))
    return sr_error_set(err, SR_EPARSE, "mentions[%zu]: not an object", i);
  /* the mention's place named only when it is wrong: a document has
  ** dozens of mentions, and the writer bounds the run */
  sr_status rc = get_str(m, "type", "", type, err);
  if (rc == SR_OK) rc = get_str(m, "text", "", text, err);
  if (rc == SR_OK) rc = get_num(m, "start", "", start, has_start, err);
  if (rc == SR_OK) rc = get_num(m, "end", "", end, has_end, err);
  if (rc != SR_OK) {
    char msg[sizeof err->message];
    memcpy(msg, err->message, sizeof msg);
    return sr_error_set(err, rc, "mentions[%zu].%.400s", i, msg);
  }
  return SR_OK;
}

/* The mentions as JSON gives them; s NULL: checked only, nothing written. */
static sr_status insert_mentions(sr_store *s, sqlite3_int64 doc,
                                 const json_t *mentions, const span *raw,
                                 sr_error *err) {
  for (size_t i = 0; i < json_array_size(mentions); i++) {
    const char *type, *text;
    double start, end;
    int has_start, has_end;
    sr_status rc = mention_fields(mentions, i, &type, &text, &start,
                                  &has_start, &end, &has_end, err);
    if (rc != SR_OK) return rc;
    if (!s) continue;
    sqlite3_stmt *st = sr_store_stmt(s, SQL_INS_MENTION, err);
    if (!st) return err->code;
    const json_t *m = json_array_get(mentions, i);
    char *json = raw ? NULL : json_dumps(m, JSON_COMPACT);
    if (!raw && !json) return sr_error_set(err, SR_ENOMEM, "out of memory");
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
    sr_store_bind_static(st, 3, type);
    bind_num(st, 4, start, has_start);
    bind_num(st, 5, end, has_end);
    sr_store_bind_static(st, 6, text);
    if (raw)
      sqlite3_bind_text(st, 7, raw[i].p, (int)raw[i].n, SQLITE_STATIC);
    else
      sr_store_bind_text(st, 7, json);
    free(json);
    rc = sr_store_done(s, st, err, "storing a mention");
    if (rc != SR_OK) return rc;
  }
  return SR_OK;
}

/* The parts of an event kept as rows of their own: actors, quantities,
** attributions.  Each field is a string ('s'), a number ('n') or an ACLED
** inter code ('c', 0-8); a row is the event, the index, then the fields.
** A document's parts are checked as its events are read and written
** together afterwards, 8, 4, 2 and 1 rows to a statement: a statement's run
** costs more than the row it writes.  OR IGNORE, as for the mentions: the
** rows can neither conflict (their event is new) nor break a constraint. */
#define PART_KINDS 3
#define PART_ATTRIBUTION 2 /* its index in part_tables */
#define PART_FIELDS 7
typedef struct part_table {
  const char *name, *fields[PART_FIELDS];
  const char *types;
  const char *sql[4]; /* 8, 4, 2, 1 rows */
} part_table;

#define ROWS_2(r) r "," r
#define ROWS_4(r) ROWS_2(r) "," ROWS_2(r)
#define ROWS_8(r) ROWS_4(r) "," ROWS_4(r)
#define PART_SQL(table, r)                                                   \
  {"INSERT OR IGNORE INTO " table " VALUES " ROWS_8(r),                     \
   "INSERT OR IGNORE INTO " table " VALUES " ROWS_4(r),                     \
   "INSERT OR IGNORE INTO " table " VALUES " ROWS_2(r),                     \
   "INSERT OR IGNORE INTO " table " VALUES " r}

static const part_table part_tables[PART_KINDS] = {
    {"actors", {"role", "name", "inter"}, "ssc",
     PART_SQL("actors", "(?, ?, ?, ?, ?)")},
    {"quantities",
     {"kind", "value", "low", "high", "qualifier", "of", "text"}, "snnnsss",
     PART_SQL("quantities",
              "(?, ?, coalesce(?, 'unknown'), ?, ?, ?, ?, ?, ?)")},
    {"attribution", {"name", "kind", "affiliation", "text"}, "ssss",
     PART_SQL("attributions", "(?, ?, ?, ?, ?, ?)")},
};

typedef struct part_row {
  sqlite3_int64 event, index; /* event: its index in the document */
  const char *str[PART_FIELDS]; /* into the document's tree */
  double num[PART_FIELDS];
  unsigned char has[PART_FIELDS];
} part_row;

/* A document's parts, per table, in the order its events give them. */
typedef struct doc_parts {
  part_row *rows[PART_KINDS];
  size_t n[PART_KINDS], cap[PART_KINDS];
} doc_parts;

static void doc_parts_free(doc_parts *p) {
  for (int k = 0; k < PART_KINDS; k++) free(p->rows[k]);
}

/* Checks an event's parts of one table and keeps them to write. */
static sr_status gather_parts(doc_parts *p, int kind, size_t event,
                              const json_t *arr, const char *at,
                              sr_error *err) {
  const part_table *t = &part_tables[kind];
  for (size_t i = 0; i < json_array_size(arr); i++) {
    const json_t *o = json_array_get(arr, i);
    char here[112];
    snprintf(here, sizeof here, "%s%s[%zu]", at, t->name, i);
    if (!json_is_object(o))
      return sr_error_set(err, SR_EPARSE, "%s: not an object", here);
    strcat(here, ".");
    /* the publisher standing in for a source the text does not name (a
    ** fallback with no words of the text) is the document's outlet,
    ** `source` already: no row of its own, as before it was printed */
    if (kind == PART_ATTRIBUTION && json_is_true(json_object_get(o, "fallback")) &&
        json_is_null(json_object_get(o, "text")))
      continue;
    if (p->n[kind] == p->cap[kind]) {
      size_t cap = p->cap[kind] ? 2 * p->cap[kind] : 16;
      part_row *grown = realloc(p->rows[kind], cap * sizeof *grown);
      if (!grown) return sr_error_set(err, SR_ENOMEM, "out of memory");
      p->rows[kind] = grown;
      p->cap[kind] = cap;
    }
    part_row *r = &p->rows[kind][p->n[kind]];
    r->event = (sqlite3_int64)event;
    r->index = (sqlite3_int64)i;
    for (int f = 0; t->types[f]; f++) {
      int has = 0;
      sr_status rc = t->types[f] == 's'
                         ? get_str(o, t->fields[f], here, &r->str[f], err)
                         : get_num(o, t->fields[f], here, &r->num[f], &has, err);
      if (rc != SR_OK) return rc;
      if (t->types[f] == 'c' && has &&
          (r->num[f] < 0 || r->num[f] > 8 || r->num[f] != floor(r->num[f])))
        return sr_error_set(err, SR_EPARSE, "%s%s: not an ACLED code 0-8",
                            here, t->fields[f]);
      r->has[f] = (unsigned char)has;
    }
    p->n[kind]++;
  }
  return SR_OK;
}

/* The parts, each under its event's row (rowids, by index). */
static sr_status write_parts(sr_store *s, const doc_parts *p,
                             const sqlite3_int64 *rowids, sr_error *err) {
  for (int kind = 0; kind < PART_KINDS; kind++) {
    const part_table *t = &part_tables[kind];
    int width = 2 + (int)strlen(t->types);
    for (size_t i = 0; i < p->n[kind];) {
      size_t left = p->n[kind] - i;
      int size = left >= 8 ? 0 : left >= 4 ? 1 : left >= 2 ? 2 : 3;
      size_t rows = (size_t)8 >> size;
      sqlite3_stmt *st = sr_store_stmt(s, t->sql[size], err);
      if (!st) return err->code;
      for (size_t k = 0; k < rows; k++, i++) {
        const part_row *r = &p->rows[kind][i];
        int at = (int)k * width;
        sqlite3_bind_int64(st, at + 1, rowids[r->event]);
        sqlite3_bind_int64(st, at + 2, r->index);
        for (int f = 0; t->types[f]; f++) {
          /* the strings live in the document's tree until it is stored */
          if (t->types[f] == 's')
            sr_store_bind_static(st, at + 3 + f, r->str[f]);
          else
            bind_num(st, at + 3 + f, r->num[f], r->has[f]);
        }
      }
      sr_status rc = sr_store_done(s, st, err, "storing an event's part");
      if (rc != SR_OK) return rc;
    }
  }
  return SR_OK;
}

/* The when of an event: its date's days, or, undated or dated by the
** report only (precision "published", or "told": the day someone told of
** it), the day before publication (or telling) and that
** day (a dispatch tells of last night or today: a wider window lets a
** town's events of one week merge into one); unknown without either. */
#define REPORT_LAG_DAYS 1
static sr_status event_days(const json_t *date, const char *at,
                            const char *published, long *lo, long *hi,
                            int *known, sr_error *err) {
  const char *value = NULL, *until = NULL, *precision = NULL;
  char here[112];
  snprintf(here, sizeof here, "%sdate.", at);
  *known = 0;
  if (date) {
    sr_status rc = get_str(date, "value", here, &value, err);
    if (rc == SR_OK) rc = get_str(date, "until", here, &until, err);
    if (rc == SR_OK) rc = get_str(date, "precision", here, &precision, err);
    if (rc != SR_OK) return rc;
  }
  if (precision && (strcmp(precision, "published") == 0 || strcmp(precision, "told") == 0)) {
    published = value; /* the report's date, or the day it was told: on or before it */
    value = until = NULL;
  }
  if (value) {
    if (!date_days(value, lo, hi))
      return sr_error_set(err, SR_EPARSE,
                          "%svalue: '%s' is not YYYY-MM-DD, YYYY-MM or YYYY",
                          here, value);
    long ulo, uhi;
    if (until) {
      if (!date_days(until, &ulo, &uhi) || uhi < *lo)
        return sr_error_set(err, SR_EPARSE,
                            "%suntil: '%s' is not a date after value", here,
                            until);
      *hi = uhi;
    }
    *known = 1;
  } else if (published && date_days(published, lo, hi) && *lo == *hi) {
    *lo -= REPORT_LAG_DAYS;
    *known = 1;
  }
  return SR_OK;
}

static const char *const statuses[] = {"realised", "planned", "denied",
                                       "failed"};

/* An event's columns, checked: pointers into the document's tree. */
typedef struct event_fields {
  const char *id, *status, *type, *sub, *action, *sentence;
  const char *dv, *du, *dp, *lf[5];
  long lo, hi;
  int dated, has_lat, has_lon, has_gp, has_fat;
  int counted; /* a killed figure with a value: the fatalities are counted */
  double lat, lon, gp, fat;
  char fallback_id[112];
} event_fields;

/* Whether a figure of the dead gives a number (a count, "at least 58"),
** not only a word ("dozens": a floor): the event's fatalities are then a
** count the store may compare (cluster.c).  As SQL_EVENT reads it back. */
static int killed_counted(const json_t *qs) {
  size_t i;
  const json_t *q;
  json_array_foreach(qs, i, q) {
    const json_t *kind = json_object_get(q, "kind");
    if (json_is_string(kind) && strcmp(json_string_value(kind), "killed") == 0 &&
        json_is_number(json_object_get(q, "value")))
      return 1;
  }
  return 0;
}

/* Reads and checks an event, its parts kept in parts: nothing written, so
** that a document is refused before any of it is (no savepoint to roll
** back: a savepoint copies each page it changes first). */
static sr_status check_event(size_t index, const json_t *e,
                             const char *doc_id, const char *published,
                             doc_parts *parts, event_fields *f,
                             sr_error *err) {
  char at[48];
  snprintf(at, sizeof at, "events[%zu].", index);
  if (!json_is_object(e))
    return sr_error_set(err, SR_EPARSE, "events[%zu]: not an object", index);
  const json_t *date, *loc, *actors, *qs, *attribution;
  sr_status rc = get_str(e, "id", at, &f->id, err);
  if (rc == SR_OK) rc = get_str(e, "status", at, &f->status, err);
  if (rc == SR_OK) rc = get_str(e, "event_type", at, &f->type, err);
  if (rc == SR_OK) rc = get_str(e, "sub_event_type", at, &f->sub, err);
  if (rc == SR_OK) rc = get_str(e, "action", at, &f->action, err);
  if (rc == SR_OK) rc = get_str(e, "sentence", at, &f->sentence, err);
  if (rc == SR_OK) rc = get_typed(e, "date", at, 0, &date, err);
  if (rc == SR_OK) rc = get_typed(e, "location", at, 0, &loc, err);
  if (rc == SR_OK) rc = get_typed(e, "actors", at, 1, &actors, err);
  if (rc == SR_OK) rc = get_typed(e, "quantities", at, 1, &qs, err);
  if (rc == SR_OK) rc = get_typed(e, "attribution", at, 1, &attribution, err);
  if (rc == SR_OK) rc = get_num(e, "fatalities", at, &f->fat, &f->has_fat, err);
  if (rc != SR_OK) return rc;
  if (!f->type)
    return sr_error_set(err, SR_EPARSE, "%sevent_type: missing", at);
  if (f->has_fat && (f->fat < 0 || f->fat != floor(f->fat) || f->fat > 1e12))
    return sr_error_set(err, SR_EPARSE, "%sfatalities: not a count", at);
  f->counted = killed_counted(qs);
  if (!f->status) f->status = "realised";
  size_t k = 0;
  while (k < 4 && strcmp(f->status, statuses[k]) != 0) k++;
  if (k == 4)
    return sr_error_set(err, SR_EPARSE,
                        "%sstatus: '%s' is not realised, planned, denied or "
                        "failed", at, f->status);
  f->dv = f->du = f->dp = NULL;
  if (date) {
    char here[112];
    snprintf(here, sizeof here, "%sdate.", at);
    rc = get_str(date, "value", here, &f->dv, err);
    if (rc == SR_OK) rc = get_str(date, "until", here, &f->du, err);
    if (rc == SR_OK) rc = get_str(date, "precision", here, &f->dp, err);
    if (rc != SR_OK) return rc;
  }
  f->lo = f->hi = 0;
  rc = event_days(date, at, published, &f->lo, &f->hi, &f->dated, err);
  if (rc != SR_OK) return rc;
  for (int i = 0; i < 5; i++) f->lf[i] = NULL;
  f->lat = f->lon = f->gp = 0;
  f->has_lat = f->has_lon = f->has_gp = 0;
  if (loc) {
    static const char *const keys[5] = {"name", "admin1", "country", "iso2",
                                        "text"};
    char here[112];
    snprintf(here, sizeof here, "%slocation.", at);
    for (int i = 0; i < 5 && rc == SR_OK; i++)
      rc = get_str(loc, keys[i], here, &f->lf[i], err);
    if (rc == SR_OK) rc = get_num(loc, "lat", here, &f->lat, &f->has_lat, err);
    if (rc == SR_OK) rc = get_num(loc, "lon", here, &f->lon, &f->has_lon, err);
    if (rc == SR_OK)
      rc = get_num(loc, "geo_precision", here, &f->gp, &f->has_gp, err);
    if (rc != SR_OK) return rc;
    if (f->has_lat != f->has_lon ||
        (f->has_lat && (fabs(f->lat) > 90 || fabs(f->lon) > 180)))
      return sr_error_set(err, SR_EPARSE,
                          "%slat, lon: not a latitude and longitude", here);
    if (f->has_gp && f->gp != 1 && f->gp != 2 && f->gp != 3)
      return sr_error_set(err, SR_EPARSE, "%sgeo_precision: not 1, 2 or 3",
                          here);
  }
  if (!f->id) {
    snprintf(f->fallback_id, sizeof f->fallback_id, "%.80s#%zu", doc_id,
             index + 1);
    f->id = f->fallback_id;
  }
  rc = gather_parts(parts, 0, index, actors, at, err);
  if (rc == SR_OK) rc = gather_parts(parts, 1, index, qs, at, err);
  if (rc == SR_OK) rc = gather_parts(parts, PART_ATTRIBUTION, index, attribution, at, err);
  return rc;
}

static sr_status write_event(sr_store *s, sqlite3_int64 doc,
                             const event_fields *f, const json_t *e,
                             const span *raw, sqlite3_int64 *rowid,
                             sr_error *err) {
  char *json = raw ? NULL : json_dumps(e, JSON_COMPACT);
  if (!raw && !json) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sqlite3_stmt *st = sr_store_stmt(s, SQL_INS_EVENT, err);
  if (!st) {
    free(json);
    return err->code;
  }
  sr_store_bind_static(st, 1, f->id);
  sqlite3_bind_int64(st, 2, doc);
  sr_store_bind_static(st, 3, f->status);
  sr_store_bind_static(st, 4, f->type);
  sr_store_bind_static(st, 5, f->sub);
  sr_store_bind_static(st, 6, f->action);
  sr_store_bind_static(st, 7, f->dv);
  sr_store_bind_static(st, 8, f->du);
  sr_store_bind_static(st, 9, f->dp ? f->dp : f->dv ? NULL : "unknown");
  bind_num(st, 10, (double)f->lo, f->dated);
  bind_num(st, 11, (double)f->hi, f->dated);
  for (int i = 0; i < 4; i++) sr_store_bind_static(st, 12 + i, f->lf[i]);
  bind_num(st, 16, f->lat, f->has_lat);
  bind_num(st, 17, f->lon, f->has_lon);
  bind_num(st, 18, f->gp, f->has_gp);
  bind_num(st, 19, f->fat, f->has_fat);
  sr_store_bind_static(st, 20, f->sentence);
  if (raw)
    sqlite3_bind_text(st, 21, raw->p, (int)raw->n, SQLITE_STATIC);
  else
    sr_store_bind_text(st, 21, json);
  free(json);
  sr_status rc = sr_store_done(s, st, err, "storing an event");
  if (rc == SR_OK) {
    *rowid = sqlite3_last_insert_rowid(s->db);
    sr_new_event n = {*rowid,    doc,       f->status, f->type,
                      f->action, f->lf[3],  f->lf[1],  f->dated,
                      f->has_lat, f->has_gp, f->lo,    f->hi,
                      f->lat,    f->lon,    f->gp,
                      f->has_fat && f->counted, f->fat};
    sr_cluster_memo_new(s, &n);
  }
  return rc;
}

/* ------------------------------------------------------------ ingest */

typedef struct doc_fields {
  const char *id, *lang, *published, *url, *title, *publisher, *text;
  const json_t *events, *mentions;
  char id_buf[32];
} doc_fields;

static sr_status read_document(json_t *root, doc_fields *d, sr_error *err) {
  if (!json_is_object(root))
    return sr_error_set(err, SR_EPARSE, "not a JSON object");
  const json_t *id = json_object_get(root, "id");
  sr_status rc = SR_OK;
  if (json_is_integer(id)) {
    snprintf(d->id_buf, sizeof d->id_buf, "%" JSON_INTEGER_FORMAT,
             json_integer_value(id));
    d->id = d->id_buf;
  } else {
    rc = get_str(root, "id", "", &d->id, err);
  }
  if (rc == SR_OK && (!d->id || !*d->id))
    return sr_error_set(err, SR_EPARSE, "id: missing");
  static const char *const keys[6] = {"lang",  "published", "url",
                                      "title", "publisher", "text"};
  const char **outs[6] = {&d->lang,  &d->published, &d->url,
                          &d->title, &d->publisher, &d->text};
  for (int i = 0; i < 6 && rc == SR_OK; i++)
    rc = get_str(root, keys[i], "", outs[i], err);
  if (rc == SR_OK) rc = get_typed(root, "events", "", 1, &d->events, err);
  if (rc == SR_OK) rc = get_typed(root, "mentions", "", 1, &d->mentions, err);
  if (rc == SR_OK && !d->events)
    return sr_error_set(err, SR_EPARSE,
                        "events: missing (not a sitrep extract record?)");
  return rc;
}

static const char SQL_FIND_ID[] =
    "SELECT rowid, content_hash FROM documents WHERE id = ?1";
static const char SQL_FIND_COPY[] =
    "SELECT rowid FROM documents WHERE text_hash = ?1 AND source IS ?2 AND "
    "id != ?3";

/* A document read and checked, ready to write: everything that needs no
** store done on the thread that read it. */
struct sr_store_doc {
  json_t *root;
  char *raw; /* the object as it came, a copy */
  size_t raw_len;
  char *own_text; /* the caller's text, a copy */
  const char *text; /* own_text, else the object's "text", else NULL */
  size_t text_len;
  doc_fields d;
  char *kept; /* the object without text, mentions, events */
  char content_hash[17], text_hash[17], source[256];
  span *raw_mentions, *raw_events; /* into raw; NULL: serialise again */
  sr_store_layout layout;          /* the serialiser's, else empty */
};

void sr_store_layout_free(sr_store_layout *m) {
  free(m->rows);
  free(m->texts);
  free(m->event_at);
  free(m->event_len);
  free(m->kept);
  *m = (sr_store_layout){0};
}

void sr_store_doc_free(sr_store_doc *doc) {
  if (!doc) return;
  json_decref(doc->root);
  free(doc->raw);
  free(doc->own_text);
  free(doc->kept);
  free(doc->raw_mentions);
  free(doc->raw_events);
  sr_store_layout_free(&doc->layout);
  free(doc);
}

/* A document whose raw text and parsed tree are set: the rest read from
** them.  Frees doc when refused. */
static sr_status doc_finish(sr_store_doc *doc, sr_store_doc **out,
                            sr_error *err) {
  size_t len = doc->raw_len;
  doc_fields *d = &doc->d;
  sr_status rc = read_document(doc->root, d, err);
  if (rc != SR_OK) {
    sr_store_doc_free(doc);
    return rc;
  }
  if (!doc->text && d->text) {
    doc->text = d->text;
    doc->text_len = strlen(d->text);
  }
  /* The JSON is kept without its text, its mentions and its events, which
  ** have their own column and tables: cut out of the object as it came, not
  ** serialised again (a long article's mentions would be written twice).
  ** The content hash covers the whole object. */
  static const char *const kept_apart[] = {"text", "mentions", "events"};
  doc->kept = doc->layout.kept ? doc->layout.kept : raw_without(doc->raw, len, kept_apart, 3);
  doc->layout.kept = NULL; /* doc->kept's now */
  if (!doc->kept) {
    json_t *copy = json_copy(doc->root);
    for (int i = 0; copy && i < 3; i++) json_object_del(copy, kept_apart[i]);
    doc->kept = copy ? json_dumps(copy, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(copy);
  }
  if (!doc->kept) {
    sr_store_doc_free(doc);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  hash_hex(doc->raw, len, doc->text ? doc->text : "",
           doc->text ? doc->text_len : 0, doc->content_hash);
  if (doc->text) hash_hex(doc->text, doc->text_len, "", 0, doc->text_hash);
  document_source(d->publisher, d->url, d->events, doc->source, sizeof doc->source);
  /* The mentions' and events' JSON as the document wrote them. */
  size_t n_mentions = json_array_size(d->mentions);
  size_t n_events = json_array_size(d->events);
  if (n_mentions)
    doc->raw_mentions = raw_items(doc->raw, len, "mentions", n_mentions);
  if (n_events && doc->layout.n_events == n_events) {
    if ((doc->raw_events = malloc(n_events * sizeof *doc->raw_events)))
      for (size_t i = 0; i < n_events; i++)
        doc->raw_events[i] = (span){doc->raw + doc->layout.event_at[i],
                                    doc->layout.event_len[i]};
  } else if (n_events) {
    doc->raw_events = raw_items(doc->raw, len, "events", n_events);
  }
  *out = doc;
  return SR_OK;
}

/* A document with the caller's text copied in; NULL when memory ran out. */
static sr_store_doc *doc_new(const char *text, size_t text_len) {
  sr_store_doc *doc = calloc(1, sizeof *doc);
  if (!doc) return NULL;
  if (text) {
    if (!(doc->own_text = malloc(text_len + 1))) {
      free(doc);
      return NULL;
    }
    memcpy(doc->own_text, text, text_len);
    doc->own_text[text_len] = '\0';
    doc->text = doc->own_text;
    doc->text_len = text_len;
  }
  return doc;
}

sr_status sr_store_doc_read(const char *json, size_t len, const char *text,
                            size_t text_len, sr_store_doc **out,
                            sr_error *err) {
  *out = NULL;
  sr_store_doc *doc = doc_new(text, text_len);
  if (!doc || !(doc->raw = malloc(len + 1))) {
    sr_store_doc_free(doc);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  memcpy(doc->raw, json, len);
  doc->raw[len] = '\0';
  doc->raw_len = len;
  json_error_t jerr;
  doc->root = json_loadb(doc->raw, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!doc->root) {
    sr_store_doc_free(doc);
    return sr_error_set(err, SR_EPARSE, "malformed JSON at column %d: %s",
                        jerr.column, jerr.text);
  }
  return doc_finish(doc, out, err);
}

sr_status sr_store_doc_adopt(char *json, json_t *tree,
                             sr_store_layout *layout, const char *text,
                             size_t text_len, sr_store_doc **out,
                             sr_error *err) {
  *out = NULL;
  sr_store_doc *doc = json && tree ? doc_new(text, text_len) : NULL;
  if (!doc) {
    free(json);
    json_decref(tree);
    sr_store_layout_free(layout);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  doc->layout = *layout;
  *layout = (sr_store_layout){0};
  doc->raw = json;
  doc->raw_len = strlen(json);
  doc->root = tree;
  return doc_finish(doc, out, err);
}

/* What a document brings, checked before any of it is written. */
typedef struct checked_doc {
  size_t n;
  event_fields *events;
  sqlite3_int64 *rows;
  doc_parts parts;
} checked_doc;

static void checked_doc_free(checked_doc *c) {
  free(c->events);
  free(c->rows);
  doc_parts_free(&c->parts);
}

static sr_status check_document(const sr_store_doc *doc, checked_doc *c,
                                 sr_error *err) {
  const doc_fields *d = &doc->d;
  sr_status rc = doc->layout.rows
                     ? SR_OK
                     : insert_mentions(NULL, 0, d->mentions, NULL, err);
  if (rc != SR_OK) return rc;
  c->n = json_array_size(d->events);
  c->events = calloc(c->n ? c->n : 1, sizeof *c->events);
  c->rows = calloc(c->n ? c->n : 1, sizeof *c->rows);
  if (!c->events || !c->rows)
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  for (size_t i = 0; i < c->n && rc == SR_OK; i++)
    rc = check_event(i, json_array_get(d->events, i), d->id, d->published,
                     &c->parts, &c->events[i], err);
  return rc;
}

/* Inside the transaction: replace or add.  *wrote: whether anything was
** written (a refusal found by the checks leaves it 0). */
static sr_status store_document(sr_store *s, const sr_store_doc *doc,
                                sr_store_outcome *outcome, int *wrote,
                                sr_error *err) {
  const doc_fields *d = &doc->d;
  const char *text = doc->text, *source = doc->source;
  size_t text_len = doc->text_len;
  sr_status rc = SR_OK;
  *outcome = SR_STORE_ADDED;
  *wrote = 0;
  sqlite3_stmt *st = sr_store_stmt(s, SQL_FIND_ID, err);
  if (!st) return err->code;
  sr_store_bind_text(st, 1, d->id);
  sqlite3_int64 old = 0;
  if (sqlite3_step(st) == SQLITE_ROW) {
    if (strcmp(sr_store_col(st, 1), doc->content_hash) == 0) {
      *outcome = SR_STORE_UNCHANGED;
      return SR_OK;
    }
    old = sqlite3_column_int64(st, 0);
  }
  checked_doc c = {0};
  if ((rc = check_document(doc, &c, err)) != SR_OK) {
    checked_doc_free(&c);
    return rc;
  }
  *wrote = 1;
  if (old) {
    *outcome = SR_STORE_REPLACED;
    rc = remove_document(s, old, err);
  }
  /* The same text from the same outlet under another id is the same
  ** document filed twice; from another outlet it is a second source. */
  if (rc == SR_OK && text) {
    if ((st = sr_store_stmt(s, SQL_FIND_COPY, err))) {
      sr_store_bind_text(st, 1, doc->text_hash);
      sr_store_bind_text(st, 2, *source ? source : NULL);
      sr_store_bind_text(st, 3, d->id);
      if (sqlite3_step(st) == SQLITE_ROW) {
        sqlite3_int64 copy = sqlite3_column_int64(st, 0);
        *outcome = SR_STORE_REPLACED;
        rc = remove_document(s, copy, err);
      }
    } else {
      rc = err->code;
    }
  }
  if (rc == SR_OK && !(st = sr_store_stmt(s, SQL_INS_DOC, err))) rc = err->code;
  if (rc == SR_OK) {
    const char *vals[11] = {d->id,       *source ? source : NULL,
                            text ? doc->text_hash : NULL, doc->content_hash,
                            d->lang,     d->published,
                            d->url,      d->title,
                            d->publisher, NULL,
                            doc->kept};
    for (int i = 0; i < 11; i++)
      if (i != 9) sr_store_bind_static(st, i + 1, vals[i]);
    if (text)
      sqlite3_bind_text(st, 10, text, (int)text_len, SQLITE_STATIC);
    sqlite3_int64 now = (sqlite3_int64)time(NULL);
    sqlite3_bind_int64(st, 12, now);
    rc = sr_store_done(s, st, err, "storing a document");
  }
  sqlite3_int64 docrow = sqlite3_last_insert_rowid(s->db);
  if (rc == SR_OK) rc = sr_store_index_text(s, docrow, err);
  if (rc == SR_OK)
    rc = doc->layout.rows
             ? insert_mention_rows(s, docrow, &doc->layout, doc->raw, err)
             : insert_mentions(s, docrow, d->mentions, doc->raw_mentions, err);
  for (size_t i = 0; i < c.n && rc == SR_OK; i++)
    rc = write_event(s, docrow, &c.events[i], json_array_get(d->events, i),
                     doc->raw_events ? &doc->raw_events[i] : NULL, &c.rows[i],
                     err);
  if (rc == SR_OK) rc = write_parts(s, &c.parts, c.rows, err);
  /* Every event is stored before any is clustered: an event never joins a
  ** cluster that holds another event of its own document.  In a batch,
  ** clustered when it commits, in an order that is not the arrival's
  ** (pending.h). */
  if (rc == SR_OK && s->batch > 1)
    rc = sr_pending_add(s, docrow, d->id, d->published, c.rows, c.n, err);
  else
    for (size_t i = 0; i < c.n && rc == SR_OK; i++)
      rc = sr_cluster_assign_new(s, c.rows[i], c.rows, i, err);
  checked_doc_free(&c);
  return rc;
}

/* Ends the batch's transaction after a failure while writing: the
** document's rows cannot be taken back alone (there is no savepoint), and
** the batch's earlier documents go with them. */
static sr_status batch_lost(sr_store *s, sr_status rc, sr_error *err) {
  if (!sqlite3_get_autocommit(s->db))
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  char msg[sizeof err->message];
  memcpy(msg, err->message, sizeof msg);
  sr_error_set(err, rc, "%.400s (the %u document(s) before it in its "
               "batch were not stored either)", msg, s->batched);
  s->in_batch = 0;
  s->batched = 0;
  s->n_unindexed = 0;
  s->n_dirty = 0;
  sr_pending_clear(s);
  sr_store_forget(s);
  return rc;
}

/* One document of a batch, inside the batch's transaction.  A document
** refused is refused by its checks, before any of it is written: no
** savepoint each (a savepoint copies every page the document changes
** first, ~9% of the writer's work).  A failure while writing (a full
** disk, no memory) loses the batch. */
static sr_status ingest_batched(sr_store *s, const sr_store_doc *doc,
                                sr_store_outcome *outcome, sr_error *err) {
  sr_status rc = SR_OK;
  if (!s->in_batch) {
    if ((rc = sr_store_begin(s, err)) != SR_OK) return rc;
    s->in_batch = 1;
    s->batched = 0;
  }
  int wrote = 0;
  rc = store_document(s, doc, outcome, &wrote, err);
  sr_store_idle(s);
  if (rc != SR_OK)
    return wrote || sqlite3_get_autocommit(s->db) ? batch_lost(s, rc, err)
                                                  : rc;
  if (++s->batched >= s->batch) rc = sr_store_flush(s, err);
  return rc;
}

sr_status sr_store_ingest_doc(sr_store *s, const sr_store_doc *doc,
                              sr_store_outcome *outcome, sr_error *err) {
  sr_store_outcome dummy;
  if (!outcome) outcome = &dummy;
  if (s->read_only)
    return sr_error_set(err, SR_EINVAL, "the store is open read-only");
  /* Cluster numbers freed by an earlier document stay offered (each is
  ** checked before use): a document replaced again takes back the
  ** numbers its last version left, and storing a corpus twice gives the
  ** same store. */
  if (s->batch > 1) return ingest_batched(s, doc, outcome, err);
  sr_status rc = sr_store_begin(s, err);
  if (rc == SR_OK) {
    int wrote;
    rc = store_document(s, doc, outcome, &wrote, err);
    /* No statement may keep reading past the commit: the WAL could not be
    ** checkpointed, and grew by every page the corpus ever wrote. */
    sr_store_idle(s);
    if (rc == SR_OK) rc = sr_store_exec(s, "COMMIT", err);
    if (rc != SR_OK) {
      sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
      sr_store_forget(s);
    }
  }
  return rc;
}

sr_status sr_store_ingest(sr_store *s, const char *json, size_t len,
                          const char *text, size_t text_len,
                          sr_store_outcome *outcome, sr_error *err) {
  if (s->read_only)
    return sr_error_set(err, SR_EINVAL, "the store is open read-only");
  sr_store_doc *doc;
  sr_status rc = sr_store_doc_read(json, len, text, text_len, &doc, err);
  if (rc != SR_OK) return rc;
  rc = sr_store_ingest_doc(s, doc, outcome, err);
  sr_store_doc_free(doc);
  return rc;
}
