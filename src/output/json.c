/*
** The output contract (docs/schema.md): one JSON object per document.  Keys
** come out in contract order; absent values are null, never invented.
*/
#include <jansson.h>
#include <string.h>

#include "../doc.h"

static json_t *str_or_null(sr_str s) {
  return s.ptr ? json_stringn(s.ptr, s.len) : json_null();
}

char *sr_doc_to_json(const sr_doc *doc, unsigned flags) {
  json_t *o = json_object();
  if (!o) return NULL;
  json_object_set_new(o, "id", str_or_null(doc->id));
  json_object_set_new(o, "lang", json_string(doc->lang->code));
  json_object_set_new(o, "published", str_or_null(doc->published));
  json_object_set_new(o, "url", str_or_null(doc->url));
  json_object_set_new(o, "title", str_or_null(doc->title));
  json_object_set_new(o, "publisher", str_or_null(doc->publisher));
  json_object_set_new(o, "sentences",
                      json_integer((json_int_t)doc->sentence_count));
  if (flags & SR_JSON_SPANS) {
    json_t *spans = json_array();
    for (size_t i = 0; i < doc->sentence_count; i++) {
      const sr_sentence *s = &doc->sentences[i];
      json_array_append_new(spans, json_pack("[I,I]", (json_int_t)s->cp_start,
                                             (json_int_t)s->cp_end));
    }
    json_object_set_new(o, "sentence_spans", spans);
  }
  if (flags & SR_JSON_MENTIONS) json_object_set_new(o, "mentions", json_array());
  json_object_set_new(o, "events", json_array());
  json_t *errors = json_array();
  for (size_t i = 0; i < doc->error_count; i++)
    json_array_append_new(errors, json_pack("{s:s}", "message", doc->errors[i]));
  json_object_set_new(o, "errors", errors);
  size_t fmt = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10);
  fmt |= (flags & SR_JSON_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT;
  char *s = json_dumps(o, fmt);
  json_decref(o);
  return s;
}
