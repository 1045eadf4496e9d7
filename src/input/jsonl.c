#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "input.h"

/* A field the contract allows: a string, null, or absent. */
static int take_string(sr_read_state *rs, const sr_where *where, json_t *obj,
                       const char *key, sr_str *out) {
  json_t *v = json_object_get(obj, key);
  out->ptr = NULL;
  out->len = 0;
  if (!v || json_is_null(v)) return 1;
  if (!json_is_string(v)) {
    sr_read_problem(rs, where, SR_EPARSE, "field \"%s\" is not a string", key);
    return 0;
  }
  out->ptr = json_string_value(v);
  out->len = json_string_length(v);
  return 1;
}

static int is_blank_line(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!(s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) return 0;
  return 1;
}

void sr_read_jsonl_line(sr_read_state *rs, const char *name, size_t line_no,
                        const char *line, size_t len) {
  sr_where where = {name, line_no, 0};
  if (is_blank_line(line, len)) return;
  json_error_t jerr;
  json_t *obj = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!obj) {
    where.offset = jerr.position > 0 ? (size_t)jerr.position : 0;
    sr_read_problem(rs, &where, SR_EPARSE,
                    "malformed JSON at column %d: %s: line skipped",
                    jerr.column, jerr.text);
    return;
  }
  if (!json_is_object(obj)) {
    sr_read_problem(rs, &where, SR_EPARSE,
                    "expected a JSON object: line skipped");
    json_decref(obj);
    return;
  }
  sr_doc_input doc = {0};
  char id_buf[64];
  json_t *id = json_object_get(obj, "id");
  if (json_is_integer(id)) {
    /* Numeric ids are common in exported data sets; keep them as text. */
    snprintf(id_buf, sizeof id_buf, "%" JSON_INTEGER_FORMAT,
             json_integer_value(id));
    doc.id.ptr = id_buf;
    doc.id.len = strlen(id_buf);
  } else if (!take_string(rs, &where, obj, "id", &doc.id)) {
    doc.id.ptr = NULL;
  }
  if (!doc.id.ptr) {
    /* A record without an id is named after its place in the input. */
    const char *base = strrchr(name, '/');
    snprintf(id_buf, sizeof id_buf, "%.48s:%zu", base ? base + 1 : name,
             line_no);
    doc.id.ptr = id_buf;
    doc.id.len = strlen(id_buf);
  }
  int text_ok = take_string(rs, &where, obj, "text", &doc.text);
  if (text_ok && !doc.text.ptr) {
    sr_read_problem(rs, &where, SR_EPARSE, "no \"text\" field: line skipped");
    json_decref(obj);
    return;
  }
  if (!text_ok) {
    sr_read_problem(rs, &where, SR_EPARSE, "line skipped");
    json_decref(obj);
    return;
  }
  /* A bad optional field is reported and left out; the document stays. */
  take_string(rs, &where, obj, "published", &doc.published);
  take_string(rs, &where, obj, "lang", &doc.lang);
  take_string(rs, &where, obj, "url", &doc.url);
  take_string(rs, &where, obj, "title", &doc.title);
  take_string(rs, &where, obj, "publisher", &doc.publisher);
  sr_read_emit(rs, &doc, &where);
  json_decref(obj);
}
