/*
** The output contract (docs/schema.md): one JSON object per document.  Keys
** come out in contract order; absent values are null, never invented.
*/
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "../doc.h"

static const char *precision_name(sr_precision p) {
  static const char *const names[] = {"day", "month", "year", "range",
                                      "unknown"};
  return (unsigned)p < 5 ? names[p] : "unknown";
}

/* "2016-11-04", "2016-11" or "2016" as far as the date is known. */
static json_t *date_json(sr_date d) {
  char buf[16];
  if (d.year == 0) return json_null();
  if (d.month == 0) snprintf(buf, sizeof buf, "%04d", d.year);
  else if (d.day == 0) snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  else snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return json_string(buf);
}

/* Whole numbers print as integers: 800, not 800.0. */
static json_t *number_json(double v, int present) {
  if (!present) return json_null();
  if (v == (double)(json_int_t)v) return json_integer((json_int_t)v);
  return json_real(v);
}

static json_t *str_or_empty_null(const char *s) {
  return s && *s ? json_string(s) : json_null();
}

/* The place a mention was resolved to; coordinates from its parent when it
** has none of its own (a neighbourhood known only by its city). */
static void place_fields(json_t *o, const sr_doc *doc, const sr_mention *m) {
  const sr_gazetteer *g = doc->engine->gazetteer;
  const sr_place *p = sr_gazetteer_place(g, m->place);
  const sr_place *at = p;
  for (int hops = 0; at && !at->has_coords && at->parent >= 0 && hops < 4; hops++)
    at = sr_gazetteer_place(g, at->parent);
  const sr_place *country = p ? sr_gazetteer_place(g, p->country) : NULL;
  json_object_set_new(o, "name", p ? json_string(p->name) : json_null());
  json_object_set_new(o, "kind", p ? json_string(sr_place_kind_name(p->kind)) : json_null());
  json_object_set_new(o, "admin1", p ? str_or_empty_null(p->admin1) : json_null());
  json_object_set_new(o, "country", country ? json_string(country->name) : json_null());
  json_object_set_new(o, "iso2", p ? str_or_empty_null(p->iso2) : json_null());
  int coords = at && at->has_coords;
  json_object_set_new(o, "lat", coords ? json_real(at->lat) : json_null());
  json_object_set_new(o, "lon", coords ? json_real(at->lon) : json_null());
  json_object_set_new(o, "geo_precision", p ? json_integer(m->geo_precision) : json_null());
  json_object_set_new(o, "direction", m->direction ? json_string(sr_place_role_name(m->direction))
                                                   : json_null());
  json_object_set_new(o, "gazetteer_id", p ? json_string(p->id) : json_null());
  json_object_set_new(o, "candidates", json_integer((json_int_t)m->candidate_count));
}

static const char *mention_type_name(sr_mention_type t) {
  static const char *const names[] = {"", "date", "quantity", "place", "actor",
                                      "source"};
  return (unsigned)t < sizeof names / sizeof *names ? names[t] : "";
}

static json_t *index_or_null(long i) {
  return i >= 0 ? json_integer(i) : json_null();
}

static json_t *refs_json(const sr_mention *m) {
  if (!m->ref_count) return json_null();
  json_t *a = json_array();
  for (size_t i = 0; i < m->ref_count; i++)
    json_array_append_new(a, json_integer(m->refers_to[i]));
  return a;
}

static void actor_fields(json_t *o, const sr_mention *m) {
  static const char *const kinds[] = {"", "named", "state", "generic",
                                      "civilian", "reference"};
  json_object_set_new(o, "name", str_or_empty_null(m->name));
  json_object_set_new(o, "inter", m->inter ? json_integer(m->inter) : json_null());
  json_object_set_new(o, "kind", json_string(kinds[m->actor_kind]));
  json_object_set_new(o, "country", str_or_empty_null(m->country));
  json_object_set_new(o, "refers_to", refs_json(m));
}

static void source_fields(json_t *o, const sr_mention *m) {
  json_object_set_new(o, "name", str_or_empty_null(m->name));
  json_object_set_new(o, "kind", json_string(sr_source_kind_name(m->source_kind)));
  json_object_set_new(o, "affiliation", str_or_empty_null(m->affiliation));
  json_object_set_new(o, "via", index_or_null(m->via));
  json_object_set_new(o, "cue", json_string(sr_cue_role_name(m->cue)));
  json_object_set_new(o, "refers_to", refs_json(m));
  json_object_set_new(o, "stance", json_string(m->denies ? "denies" : "asserts"));
  json_object_set_new(o, "disputes", index_or_null(m->disputes));
  json_object_set_new(o, "governs", m->scope ? json_pack("[I,I]",
                                          (json_int_t)m->governs_first,
                                          (json_int_t)m->governs_last)
                                    : json_null());
  json_object_set_new(o, "scope", m->scope ? json_string(m->scope) : json_null());
  json_object_set_new(o, "lead", m->lead_last >= 0
                                     ? json_pack("[I,I]", (json_int_t)0,
                                                 (json_int_t)m->lead_last)
                                     : json_null());
  json_object_set_new(o, "fallback", json_boolean(m->fallback));
}

static json_t *mention_json(const sr_doc *doc, const sr_mention *m) {
  json_t *o = json_object();
  int is_date = m->type == SR_MENTION_DATE;
  json_object_set_new(o, "type", json_string(mention_type_name(m->type)));
  json_object_set_new(o, "start", json_integer((json_int_t)m->start));
  json_object_set_new(o, "end", json_integer((json_int_t)m->end));
  json_object_set_new(o, "text", json_stringn(doc->text + m->byte_start,
                                              m->byte_end - m->byte_start));
  if (m->type == SR_MENTION_PLACE) {
    place_fields(o, doc, m);
  } else if (m->type == SR_MENTION_ACTOR) {
    actor_fields(o, m);
  } else if (m->type == SR_MENTION_SOURCE) {
    source_fields(o, m);
  } else if (is_date) {
    json_object_set_new(o, "value", date_json(m->value));
    json_object_set_new(o, "until", date_json(m->until));
    json_object_set_new(o, "precision", json_string(precision_name(m->precision)));
  } else {
    json_object_set_new(o, "value", number_json(m->number, m->has_number));
    json_object_set_new(o, "low", number_json(m->low, m->has_low));
    json_object_set_new(o, "high", number_json(m->high, m->has_high));
    json_object_set_new(o, "qualifier",
                        json_string(sr_qualifier_name(m->qualifier)));
    json_object_set_new(o, "of", m->of_end > m->of_start
                                     ? json_stringn(doc->text + m->of_start,
                                                    m->of_end - m->of_start)
                                     : json_null());
    json_object_set_new(o, "of_class",
                        m->of_class ? json_string(m->of_class) : json_null());
    json_object_set_new(o, "role", json_string(m->role));
    json_object_set_new(o, "part_of", m->part_of >= 0
                                          ? json_integer(m->part_of)
                                          : json_null());
  }
  json_object_set_new(o, "rule", json_string(m->rule));
  return o;
}

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
  if (flags & SR_JSON_MENTIONS) {
    json_t *mentions = json_array();
    for (size_t i = 0; i < doc->mentions.count; i++)
      json_array_append_new(mentions, mention_json(doc, &doc->mentions.items[i]));
    json_object_set_new(o, "mentions", mentions);
  }
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
