/*
** The output contract (docs/schema.md): one JSON object per document.  Keys
** come out in contract order; absent values are null, never invented.
*/
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../doc.h"
#include "../events/roles.h"
#include "../store/ingest.h"
#include "../util/buf.h"
#include "../util/utf8.h"
#include "json.h"
#include "marshal.h"

#define precision_name sr_precision_name

/* "2016-11-04", "2016-11" or "2016" as far as the date is known; 0 when
** it is not. */
static int date_text(sr_date d, char buf[16]) {
  if (d.year == 0) return 0;
  if (d.month == 0) snprintf(buf, 16, "%04d", d.year);
  else if (d.day == 0) snprintf(buf, 16, "%04d-%02d", d.year, d.month);
  else snprintf(buf, 16, "%04d-%02d-%02d", d.year, d.month, d.day);
  return 1;
}

static json_t *date_json(sr_date d) {
  char buf[16];
  return date_text(d, buf) ? json_string(buf) : json_null();
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

/* Where a mention's fields go: a jansson object (mention_json: extract's
** output, the marshal) or JSON text written straight into a buffer
** (mention_write: the store's, which keeps the text only: building and
** dumping the tree cost its analysing threads more than the analysis).
** Both write the same keys in the same order, and leave a key out where
** jansson refuses its value (NULL, a string not UTF-8, a real not finite);
** the text is json_dumps' compact one, byte for byte. */
typedef struct field_sink {
  json_t *obj; /* building a tree; else writing into buf */
  sr_buf *buf;
  size_t keys; /* written so far */
  int bad;     /* a string not UTF-8 met while writing: use the tree */
} field_sink;

/* json_dumps' string: '"', '\\' and control characters escaped. */
static void write_string(sr_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  size_t from = 0;
  sr_buf_put(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    sr_buf_put(b, s + from, i - from);
    from = i + 1;
    const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\b' ? "\\b"
                      : c == '\f' ? "\\f" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                      : c == '\t' ? "\\t" : NULL;
    if (esc) {
      sr_buf_put(b, esc, 2);
    } else {
      char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      sr_buf_put(b, u, 6);
    }
  }
  sr_buf_put(b, s + from, n - from);
  sr_buf_put(b, "\"", 1);
}

/* The key, in the text: its value follows. */
static void write_key(field_sink *f, const char *key) {
  if (f->keys++) sr_buf_put(f->buf, ",", 1);
  write_string(f->buf, key, strlen(key));
  sr_buf_put(f->buf, ":", 1);
}

static void put_value(field_sink *f, const char *key, json_t *v) {
  json_object_set_new(f->obj, key, v);
}

static void put_null(field_sink *f, const char *key) {
  if (f->obj) return put_value(f, key, json_null());
  write_key(f, key);
  sr_buf_put(f->buf, "null", 4);
}

static void put_strn(field_sink *f, const char *key, const char *s, size_t n) {
  if (f->obj) return put_value(f, key, json_stringn(s, n));
  if (sr_utf8_first_invalid(s, n) != n) {
    f->bad = 1;
    return;
  }
  write_key(f, key);
  write_string(f->buf, s, n);
}

static void put_str(field_sink *f, const char *key, const char *s) {
  if (f->obj) return put_value(f, key, json_string(s));
  if (s) put_strn(f, key, s, strlen(s));
}

static void put_str_or_null(field_sink *f, const char *key, const char *s) {
  if (s && *s) put_str(f, key, s);
  else put_null(f, key);
}

static void put_int(field_sink *f, const char *key, json_int_t v) {
  if (f->obj) return put_value(f, key, json_integer(v));
  char text[32];
  int n = snprintf(text, sizeof text, "%" JSON_INTEGER_FORMAT, v);
  write_key(f, key);
  sr_buf_put(f->buf, text, (size_t)n);
}

static void put_index_or_null(field_sink *f, const char *key, long i) {
  if (i >= 0) put_int(f, key, i);
  else put_null(f, key);
}

/* As jansson writes a real: "%.*g", ".0" when that reads as an integer,
** the exponent without '+' or leading zeros. */
static void put_real(field_sink *f, const char *key, double v) {
  if (f->obj) return put_value(f, key, json_real(v));
  if (!isfinite(v)) return;
  char text[64];
  size_t n = (size_t)snprintf(text, sizeof text - 3, "%.*g", SR_REAL_DIGITS, v);
  if (!strchr(text, '.') && !strchr(text, 'e')) {
    memcpy(text + n, ".0", 3);
    n += 2;
  }
  char *start = strchr(text, 'e');
  if (start) {
    char *end = ++start + 1;
    if (*start == '-') start++;
    while (*end == '0') end++;
    memmove(start, end, n + 1 - (size_t)(end - text));
    n -= (size_t)(end - start);
  }
  write_key(f, key);
  sr_buf_put(f->buf, text, n);
}

static void put_bool(field_sink *f, const char *key, int v) {
  if (f->obj) return put_value(f, key, json_boolean(v));
  write_key(f, key);
  sr_buf_put(f->buf, v ? "true" : "false", v ? 4 : 5);
}

static void put_number(field_sink *f, const char *key, double v, int present) {
  if (f->obj) return put_value(f, key, number_json(v, present));
  if (!present) put_null(f, key);
  else if (v == (double)(json_int_t)v) put_int(f, key, (json_int_t)v);
  else put_real(f, key, v);
}

/* [a, b] */
static void put_pair(field_sink *f, const char *key, json_int_t a, json_int_t b) {
  if (f->obj) return put_value(f, key, json_pack("[I,I]", a, b));
  char text[64];
  int n = snprintf(text, sizeof text, "[%" JSON_INTEGER_FORMAT ",%" JSON_INTEGER_FORMAT "]", a, b);
  write_key(f, key);
  sr_buf_put(f->buf, text, (size_t)n);
}

/* The place a mention was resolved to; coordinates from its parent when it
** has none of its own (a neighbourhood known only by its city), moved as
** far as the text says in its direction ("50 km north of Beni"). */
static void place_fields(field_sink *o, const sr_doc *doc, const sr_mention *m) {
  const sr_place_part *pm = sr_place_of(m);
  const sr_gazetteer *g = doc->engine->gazetteer;
  const sr_place *p = sr_gazetteer_place(g, pm->place);
  double lat, lon;
  int coords = sr_place_point(g, m, &lat, &lon);
  const sr_place *country = p ? sr_gazetteer_place(g, p->country) : NULL;
  if (p) put_str(o, "name", p->name);
  else put_null(o, "name");
  if (p) put_str(o, "kind", sr_place_kind_name(p->kind));
  else put_null(o, "kind");
  put_str_or_null(o, "admin1", p ? p->admin1 : NULL);
  if (country) put_str(o, "country", country->name);
  else put_null(o, "country");
  put_str_or_null(o, "iso2", p ? p->iso2 : NULL);
  if (coords) put_real(o, "lat", lat);
  else put_null(o, "lat");
  if (coords) put_real(o, "lon", lon);
  else put_null(o, "lon");
  if (p) put_int(o, "geo_precision", pm->geo_precision);
  else put_null(o, "geo_precision");
  if (pm->direction) put_str(o, "direction", sr_place_role_name(pm->direction));
  else put_null(o, "direction");
  if (p) put_str(o, "gazetteer_id", p->id);
  else put_null(o, "gazetteer_id");
  put_int(o, "candidates", (json_int_t)pm->candidate_count);
}

static const char *mention_type_name(sr_mention_type t) {
  static const char *const names[] = {"", "date", "quantity", "place", "actor",
                                      "source", "trigger", "hedge"};
  return (unsigned)t < sizeof names / sizeof *names ? names[t] : "";
}

static void put_refs(field_sink *f, const char *key, const sr_mention *m) {
  if (!m->ref_count) return put_null(f, key);
  if (f->obj) {
    json_t *a = json_array();
    for (size_t i = 0; i < m->ref_count; i++)
      json_array_append_new(a, json_integer(m->refers_to[i]));
    return put_value(f, key, a);
  }
  write_key(f, key);
  for (size_t i = 0; i < m->ref_count; i++) {
    char text[32];
    int n = snprintf(text, sizeof text, "%c%" JSON_INTEGER_FORMAT, i ? ',' : '[',
                     (json_int_t)m->refers_to[i]);
    sr_buf_put(f->buf, text, (size_t)n);
  }
  sr_buf_put(f->buf, "]", 1);
}

static void actor_fields(field_sink *o, const sr_mention *m) {
  const sr_actor_part *a = sr_actor_of(m);
  put_str_or_null(o, "name", m->name);
  if (a->inter) put_int(o, "inter", a->inter);
  else put_null(o, "inter");
  put_str(o, "kind", sr_actor_kind_name(a->actor_kind));
  put_str_or_null(o, "country", a->country);
  put_refs(o, "refers_to", m);
}

static void source_fields(field_sink *o, const sr_mention *m) {
  const sr_source_part *p = sr_source_of(m);
  put_str_or_null(o, "name", m->name);
  put_str(o, "kind", sr_source_kind_name(p->source_kind));
  put_str_or_null(o, "affiliation", p->affiliation);
  put_str_or_null(o, "category", sr_source_category_name(p->category));
  put_index_or_null(o, "via", p->via);
  put_str(o, "cue", sr_cue_role_name(p->cue));
  put_refs(o, "refers_to", m);
  put_str(o, "stance", p->denies ? "denies" : "asserts");
  put_index_or_null(o, "disputes", p->disputes);
  if (p->scope) put_pair(o, "governs", p->governs_first, p->governs_last);
  else put_null(o, "governs");
  if (p->scope) put_str(o, "scope", sr_scope_name(p->scope));
  else put_null(o, "scope");
  if (p->lead_last >= 0) put_pair(o, "lead", 0, p->lead_last);
  else put_null(o, "lead");
  put_bool(o, "fallback", p->fallback);
}

/* A figure as told: its value, bounds, qualifier and what it counts. */
static void figure_fields(field_sink *o, const sr_doc *doc, const sr_mention *m) {
  const sr_quantity_part *q = sr_quantity_of(m);
  put_number(o, "value", q->number, q->has_number);
  put_number(o, "low", q->low, q->has_low);
  put_number(o, "high", q->high, q->has_high);
  put_str(o, "qualifier", sr_qualifier_name(q->qualifier));
  if (q->of_end > q->of_start)
    put_strn(o, "of", doc->text + q->of_start, q->of_end - q->of_start);
  else
    put_null(o, "of");
}

static void quantity_fields(field_sink *o, const sr_doc *doc, const sr_mention *m) {
  const sr_quantity_part *q = sr_quantity_of(m);
  figure_fields(o, doc, m);
  if (q->of_class) put_str(o, "of_class", sr_noun_class_name(q->of_class));
  else put_null(o, "of_class");
  put_str(o, "role", sr_figure_role_name(q->role));
  put_index_or_null(o, "part_of", q->part_of);
  put_str_or_null(o, "kind", sr_quantity_kind_name(q->kind));
}

static void put_date(field_sink *f, const char *key, sr_date d) {
  char buf[16];
  if (date_text(d, buf)) put_str(f, key, buf);
  else put_null(f, key);
}

static void date_fields(field_sink *o, const sr_mention *m) {
  const sr_date_part *d = sr_date_of(m);
  put_date(o, "value", d->value);
  put_date(o, "until", d->until);
  put_str(o, "precision", precision_name(d->precision));
  put_bool(o, "of_statement", d->of_statement);
  put_bool(o, "bound", d->bound);
}

static void trigger_fields(field_sink *o, const sr_doc *doc, const sr_mention *m) {
  const sr_trigger_part *t = sr_trigger_of(m);
  put_str(o, "action", doc->lang->events.actions[t->action].name);
  put_str(o, "status", sr_event_status_name(t->status));
  put_str_or_null(o, "status_cue", t->status_cue);
}

static void mention_fields(field_sink *o, const sr_doc *doc, const sr_mention *m) {
  put_str(o, "type", mention_type_name(m->type));
  put_int(o, "start", (json_int_t)m->start);
  put_int(o, "end", (json_int_t)m->end);
  put_strn(o, "text", doc->text + m->byte_start, m->byte_end - m->byte_start);
  switch (m->type) {
    case SR_MENTION_PLACE: place_fields(o, doc, m); break;
    case SR_MENTION_ACTOR: actor_fields(o, m); break;
    case SR_MENTION_SOURCE: source_fields(o, m); break;
    case SR_MENTION_TRIGGER: trigger_fields(o, doc, m); break;
    case SR_MENTION_DATE: date_fields(o, m); break;
    case SR_MENTION_HEDGE: break; /* its words say it all */
    default: quantity_fields(o, doc, m); break;
  }
  put_str(o, "rule", m->rule);
}

static json_t *mention_json(const sr_doc *doc, const sr_mention *m) {
  field_sink f = {json_object(), NULL, 0, 0};
  if (f.obj) mention_fields(&f, doc, m);
  return f.obj;
}

/* The mention's compact JSON appended to b, as json_dumps writes
** mention_json's; 0 (b as it was) when a string is not UTF-8. */
static int mention_write(sr_buf *b, const sr_doc *doc, const sr_mention *m) {
  size_t len = b->len;
  field_sink f = {NULL, b, 0, 0};
  sr_buf_put(b, "{", 1);
  mention_fields(&f, doc, m);
  sr_buf_put(b, "}", 1);
  if (!f.bad) return 1;
  b->len = len;
  if (b->data) b->data[len] = '\0';
  return 0;
}

static json_t *span_text(const sr_doc *doc, const sr_mention *m) {
  return json_stringn(doc->text + m->byte_start, m->byte_end - m->byte_start);
}

static json_t *event_date(const sr_doc *doc, const sr_event *e) {
  if (e->date < 0 && e->date_published)
    return json_pack("{s:o,s:n,s:s,s:n}", "value", date_json(doc->published_date),
                     "until", "precision", "published", "text");
  if (e->date < 0) return json_null();
  const sr_mention *d = &doc->mentions.items[e->date];
  json_t *o = json_object();
  json_object_set_new(o, "value", date_json(sr_date_of(d)->value));
  json_object_set_new(o, "until", date_json(sr_date_of(d)->until));
  /* "said Friday": the day it was told, the event on or before it */
  json_object_set_new(o, "precision", json_string(e->date_told ? "told"
                                                  : precision_name(sr_date_of(d)->precision)));
  json_object_set_new(o, "text", span_text(doc, d));
  return o;
}

static json_t *event_location(const sr_doc *doc, const sr_event *e) {
  if (e->place < 0) return json_null();
  const sr_mention *p = &doc->mentions.items[e->place];
  json_t *o = json_object();
  field_sink f = {o, NULL, 0, 0};
  place_fields(&f, doc, p);
  json_object_del(o, "candidates");
  json_object_set_new(o, "text", span_text(doc, p));
  if (e->place_from_document) {
    /* the document's town, not the event's own: near it at best */
    json_int_t gp = json_integer_value(json_object_get(o, "geo_precision"));
    json_object_set_new(o, "geo_precision", json_integer(gp < 2 ? 2 : gp));
  }
  return o;
}

/* name and inter, when not NULL and 0, say how the event names it
** (sr_event's side_name). */
static json_t *event_actor(const sr_doc *doc, long index, const char *role, const char *name,
                           int inter) {
  const sr_mention *a = &doc->mentions.items[index];
  if (a->ref_count) a = &doc->mentions.items[a->refers_to[0]];
  if (!inter) inter = sr_actor_of(a)->inter;
  return json_pack("{s:s,s:o,s:o,s:o,s:b}", "role", role, "name",
                   str_or_empty_null(name ? name : a->name), "text", span_text(doc, a), "inter",
                   inter ? json_integer(inter) : json_null(),
                   "hedged", sr_roles_hedged(&doc->mentions, index));
}

static json_t *event_attribution(const sr_doc *doc, const sr_event *e) {
  json_t *out = json_array();
  for (size_t i = 0; i < e->source_count; i++) {
    const sr_mention *m = &doc->mentions.items[e->sources[i].mention];
    json_t *o = json_object();
    json_object_set_new(o, "name", json_string(m->name));
    json_object_set_new(o, "kind", json_string(sr_source_kind_name(sr_source_of(m)->source_kind)));
    json_object_set_new(o, "affiliation", str_or_empty_null(sr_source_of(m)->affiliation));
    json_object_set_new(o, "category", str_or_empty_null(sr_source_category_name(sr_source_of(m)->category)));
    json_object_set_new(o, "text", span_text(doc, m));
    json_object_set_new(o, "scope", json_string(sr_scope_name(e->sources[i].scope)));
    json_object_set_new(o, "stance", json_string(sr_source_of(m)->denies ? "denies" : "asserts"));
    json_object_set_new(o, "fallback", json_boolean(sr_source_of(m)->fallback));
    json_array_append_new(out, o);
  }
  /* the outlet that published the report, from the record: no words of
  ** the text name it, so its text is null */
  if (e->outlet_fallback && doc->publisher.ptr && doc->publisher.len) {
    for (size_t i = 0; i < e->source_count; i++) {
      const char *name = doc->mentions.items[e->sources[i].mention].name;
      if (strlen(name) == doc->publisher.len &&
          strncasecmp(name, doc->publisher.ptr, doc->publisher.len) == 0)
        return out;
    }
    json_array_append_new(
        out, json_pack("{s:s%,s:s,s:n,s:s,s:n,s:s,s:s,s:b}", "name", doc->publisher.ptr,
                       doc->publisher.len, "kind", "media", "affiliation", "category", "outlet",
                       "text", "scope", "article", "stance", "asserts", "fallback", 1));
  }
  return out;
}

static void add_evidence(json_t *evidence, const sr_mention *m) {
  json_array_append_new(evidence, json_pack("{s:I,s:I}", "start", (json_int_t)m->start,
                                            "end", (json_int_t)m->end));
}

/* Whether the side joined to e's actor1 names another actor. */
static int joined_apart(const sr_doc *doc, const sr_event *e) {
  const sr_mention *joined = &doc->mentions.items[e->joined_with - 1];
  const char *first = e->side_name[0] ? e->side_name[0] : doc->mentions.items[e->actor1].name;
  if (!joined->name || (first && strcmp(first, joined->name) == 0)) return 0;
  return !(sr_actor_of(joined)->actor_kind == SR_ACTOR_STATE &&
           sr_actor_of(joined)->institution == SR_INST_GOVERNMENT);
}

static json_t *event_json(const sr_doc *doc, const sr_event *e, size_t n) {
  const sr_mention_list *l = &doc->mentions;
  json_t *o = json_object();
  char id[512];
  snprintf(id, sizeof id, "%.*s#%zu", (int)(doc->id.len > 400 ? 400 : doc->id.len),
           doc->id.ptr ? doc->id.ptr : "", n);
  json_t *jid = json_string(id); /* NULL when a cut id split a character */
  json_object_set_new(o, "id", jid ? jid : json_null());
  const sr_acled *acled = doc->engine->acled;
  json_object_set_new(o, "event_type", json_string(sr_acled_type_name(acled, e->sub)));
  json_object_set_new(o, "sub_event_type", json_string(sr_acled_sub_name(acled, e->sub)));
  json_object_set_new(o, "action", json_string(e->action->name));
  json_object_set_new(o, "status", json_string(sr_event_status_name(e->status)));
  json_object_set_new(o, "date", event_date(doc, e));
  json_object_set_new(o, "location", event_location(doc, e));
  json_t *actors = json_array();
  /* "ces derniers": the second of what a reference points to is associated */
  static const char *const assoc[] = {"assoc_actor_1", "assoc_actor_2"};
  long sides[2] = {e->actor1, e->actor2};
  for (int side = 0; side < 2; side++) {
    if (sides[side] < 0) continue;
    json_array_append_new(actors, event_actor(doc, sides[side], side ? "actor2" : "actor1",
                                              e->side_name[side], e->side_inter[side]));
    const sr_mention *a = &l->items[sides[side]];
    if (a->ref_count > 1)
      json_array_append_new(actors, event_actor(doc, a->refers_to[1], assoc[side], NULL, 0));
    /* "Somalia's army and allied clan militias", "US and British warplanes":
    ** the side joined to the one named first; not a government, which a
    ** deed of force names by its forces (doc.c) but its associate by none,
    ** nor the name actor1 already has */
    else if (!side && e->joined_with && joined_apart(doc, e))
      json_array_append_new(actors, event_actor(doc, e->joined_with - 1, assoc[side], NULL, 0));
  }
  for (int side = 0; side < 2; side++) {
    if (sides[side] >= 0 || !e->implied[side]) continue;
    /* the side the type implies, shown by the victims' figure or the trigger */
    json_t *a = json_pack("{s:s,s:s,s:o,s:i,s:b,s:b}", "role", side ? "actor2" : "actor1", "name",
                          e->implied[side], "text", span_text(doc, &l->items[e->implied_from[side]]),
                          "inter", e->implied_inter[side], "hedged", 0, "implied", 1);
    if (a) json_array_append_new(actors, a);
  }
  json_object_set_new(o, "actors", actors);
  json_t *quantities = json_array();
  for (size_t i = 0; i < e->quantity_count; i++) {
    const sr_mention *q = &l->items[e->quantities[i]];
    json_t *x = json_object();
    json_object_set_new(x, "kind", str_or_empty_null(sr_quantity_kind_name(e->kinds[i])));
    field_sink f = {x, NULL, 0, 0};
    figure_fields(&f, doc, q);
    json_object_set_new(x, "text", span_text(doc, q));
    json_array_append_new(quantities, x);
  }
  json_object_set_new(o, "quantities", quantities);
  json_object_set_new(o, "fatalities", number_json(e->fatalities, e->fatalities >= 0));
  json_object_set_new(o, "attribution", event_attribution(doc, e));
  json_t *evidence = json_array();
  for (size_t i = 0; i < e->trigger_count; i++) add_evidence(evidence, &l->items[e->triggers[i]]);
  long args[] = {e->actor1, e->actor2, e->place_from_document ? -1 : e->place, e->date};
  for (size_t i = 0; i < sizeof args / sizeof *args; i++)
    if (args[i] >= 0) add_evidence(evidence, &l->items[args[i]]);
  for (size_t i = 0; i < e->quantity_count; i++) add_evidence(evidence, &l->items[e->quantities[i]]);
  json_object_set_new(o, "evidence", evidence);
  const sr_sentence *s = &doc->sentences[l->items[e->triggers[0]].sentence];
  json_object_set_new(o, "sentence", json_stringn(doc->text + s->byte_start,
                                                  s->byte_end - s->byte_start));
  json_t *rules = json_array();
  for (size_t i = 0; i < e->rule_count; i++) json_array_append_new(rules, json_string(e->rules[i]));
  json_object_set_new(o, "rules", rules);
  return o;
}

static json_t *str_or_null(sr_str s) {
  return s.ptr ? json_stringn(s.ptr, s.len) : json_null();
}

/* Dumps one value into b, then frees it, or keeps it in `keep` (an array;
** NULL: not kept). */
static void put_json(sr_buf *b, json_t *v, size_t fmt, json_t *keep) {
  char *s = v ? json_dumps(v, fmt) : NULL;
  if (!s) b->failed = 1;
  else sr_buf_put(b, s, strlen(s));
  free(s);
  if (keep && v && json_array_append(keep, v) != 0) b->failed = 1;
  json_decref(v);
}

/* Every real as the text written reads back (JSON_REAL_PRECISION). */
static void round_reals(json_t *v) {
  switch (json_typeof(v)) {
  case JSON_REAL: {
    char text[40];
    snprintf(text, sizeof text, "%.*g", SR_REAL_DIGITS, json_real_value(v));
    json_real_set(v, strtod(text, NULL));
    break;
  }
  case JSON_OBJECT:
    for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it))
      round_reals(json_object_iter_value(it));
    break;
  case JSON_ARRAY:
    for (size_t i = 0; i < json_array_size(v); i++)
      round_reals(json_array_get(v, i));
    break;
  default: break;
  }
}

/* The document's head: everything before "mentions" and "events"; *errors
** gets the "errors" list, which comes last. */
static json_t *head_json(const sr_doc *doc, unsigned flags, json_t **errors_out) {
  *errors_out = NULL;
  json_t *o = json_object();
  if (!o) return NULL;
  json_object_set_new(o, "id", str_or_null(doc->id));
  json_object_set_new(o, "lang", json_string(doc->lang->code));
  json_object_set_new(o, "published", str_or_null(doc->published));
  static const char *const published_from[] = {NULL, "input", "dateline"};
  json_object_set_new(o, "published_from",
                      doc->published_from ? json_string(published_from[doc->published_from])
                                           : json_null());
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
  json_t *errors = json_array();
  for (size_t i = 0; i < doc->error_count; i++)
    json_array_append_new(errors, json_pack("{s:s}", "message", doc->errors[i]));
  *errors_out = errors;
  return o;
}

static size_t reported_events(const sr_doc *doc) {
  size_t n = 0;
  for (size_t i = 0; i < doc->event_count; i++) n += sr_event_reported(&doc->events[i]) != 0;
  return n;
}

char *sr_doc_to_marshal(const sr_doc *doc, unsigned flags, size_t *len) {
  json_t *errors;
  json_t *o = head_json(doc, flags, &errors);
  if (!o) return NULL;
  sr_marshal m;
  sr_marshal_init(&m);
  sr_marshal_open_dict_with(&m, o);
  json_decref(o);
  /* As the compact JSON: one mention or event tree at a time. */
  if (flags & SR_JSON_MENTIONS) {
    sr_marshal_str(&m, "mentions", 8);
    sr_marshal_open_list(&m, doc->mentions.count);
    for (size_t i = 0; i < doc->mentions.count; i++) {
      json_t *v = mention_json(doc, &doc->mentions.items[i]);
      sr_marshal_value(&m, v);
      json_decref(v);
    }
  }
  sr_marshal_str(&m, "events", 6);
  sr_marshal_open_list(&m, reported_events(doc));
  for (size_t i = 0, n = 0; i < doc->event_count; i++) {
    const sr_event *e = &doc->events[i];
    if (!sr_event_reported(e)) continue;
    json_t *v = event_json(doc, e, ++n);
    sr_marshal_value(&m, v);
    json_decref(v);
  }
  sr_marshal_str(&m, "errors", 6);
  sr_marshal_value(&m, errors);
  json_decref(errors);
  sr_marshal_close_dict(&m);
  return sr_marshal_finish(&m, len);
}

/* The mentions, each written straight into b (through the tree only where
** a string is not UTF-8); for the store, their rows kept in rows (NULL:
** none kept). */
static void write_mentions(sr_buf *b, const sr_doc *doc, size_t fmt,
                           sr_store_layout *rows) {
  size_t n = doc->mentions.count, texts = 0;
  if (rows) {
    for (size_t i = 0; i < n; i++)
      texts += doc->mentions.items[i].byte_end - doc->mentions.items[i].byte_start + 1;
    rows->rows = malloc((n ? n : 1) * sizeof *rows->rows);
    rows->texts = malloc(texts ? texts : 1);
    if (!rows->rows || !rows->texts) b->failed = 1;
  }
  size_t at = 0;
  for (size_t i = 0; i < n && !b->failed; i++) {
    const sr_mention *m = &doc->mentions.items[i];
    if (i) sr_buf_put(b, ",", 1);
    size_t from = b->len;
    if (!mention_write(b, doc, m)) put_json(b, mention_json(doc, m), fmt, NULL);
    if (!rows) continue;
    sr_store_mention *r = &rows->rows[i];
    r->json_at = from;
    r->json_len = b->len - from;
    r->type = mention_type_name(m->type);
    r->start = (long long)m->start;
    r->end = (long long)m->end;
    /* as the tree's "text" reads: none when not UTF-8, else up to a NUL */
    const char *text = doc->text + m->byte_start;
    size_t len = m->byte_end - m->byte_start;
    r->has_text = sr_utf8_first_invalid(text, len) == len;
    r->text_at = at;
    memcpy(rows->texts + at, text, len);
    rows->texts[at + len] = '\0';
    at += len + 1;
    rows->count = i + 1;
  }
}

/* The JSON text; with tree, the tree too (sr_doc_to_json_tree), and with
** rows the layout for the store. */
static char *to_json(const sr_doc *doc, unsigned flags, json_t **tree,
                     sr_store_layout *rows) {
  size_t n_events = reported_events(doc);
  if (rows) {
    rows->event_at = malloc((n_events ? n_events : 1) * sizeof *rows->event_at);
    rows->event_len = malloc((n_events ? n_events : 1) * sizeof *rows->event_len);
    if (!rows->event_at || !rows->event_len) return NULL;
  }
  json_t *errors;
  json_t *o = head_json(doc, flags, &errors);
  if (!o) return NULL;
  size_t fmt = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(SR_REAL_DIGITS);
  if ((flags & SR_JSON_PRETTY) && !tree) {
    /* indented output is for reading one document: one tree will do */
    if (flags & SR_JSON_MENTIONS) {
      json_t *mentions = json_array();
      for (size_t i = 0; i < doc->mentions.count; i++)
        json_array_append_new(mentions, mention_json(doc, &doc->mentions.items[i]));
      json_object_set_new(o, "mentions", mentions);
    }
    json_t *events = json_array();
    for (size_t i = 0, n = 0; i < doc->event_count; i++) {
      const sr_event *e = &doc->events[i];
      if (sr_event_reported(e))
        json_array_append_new(events, event_json(doc, e, ++n));
    }
    json_object_set_new(o, "events", events);
    json_object_set_new(o, "errors", errors);
    char *s = json_dumps(o, fmt | JSON_INDENT(2));
    json_decref(o);
    return s;
  }
  /* Compact: the head, then each mention and event dumped and freed in
  ** turn, so that a long document never holds its whole output as a tree. */
  fmt |= JSON_COMPACT;
  sr_buf b = {NULL, 0, 0, 0};
  char *head = json_dumps(o, fmt);
  json_t *events = NULL;
  if (tree) {
    /* the head as written, then each mention and event as dumped */
    *tree = o;
    /* the mentions in rows, not in the tree */
    events = json_array();
    if (json_object_set_new(o, "events", events) ||
        json_object_set(o, "errors", errors))
      b.failed = 1;
  } else {
    json_decref(o);
  }
  if (!head) {
    json_decref(errors);
    if (tree) json_decref(*tree), *tree = NULL;
    return NULL;
  }
  size_t head_len = strlen(head) - 1; /* without its closing brace */
  sr_buf_put(&b, head, head_len);
  free(head);
  if (flags & SR_JSON_MENTIONS) {
    sr_buf_put(&b, ",\"mentions\":[", 13);
    write_mentions(&b, doc, fmt, rows);
    sr_buf_put(&b, "]", 1);
  }
  sr_buf_put(&b, ",\"events\":[", 11);
  for (size_t i = 0, n = 0; i < doc->event_count; i++) {
    const sr_event *e = &doc->events[i];
    if (!sr_event_reported(e)) continue;
    if (n) sr_buf_put(&b, ",", 1);
    if (rows) rows->event_at[n] = b.len;
    put_json(&b, event_json(doc, e, ++n), fmt, events);
    if (rows) rows->event_len[n - 1] = b.len - rows->event_at[n - 1];
  }
  if (rows) rows->n_events = n_events;
  sr_buf_put(&b, "],", 2);
  size_t errors_at = b.len;
  sr_buf_put(&b, "\"errors\":", 9);
  put_json(&b, errors, fmt, NULL);
  sr_buf_put(&b, "}", 1);
  /* for the store: the object without its mentions and events */
  if (rows && !b.failed && (rows->kept = malloc(head_len + 1 + b.len - errors_at + 1))) {
    memcpy(rows->kept, b.data, head_len);
    rows->kept[head_len] = ',';
    memcpy(rows->kept + head_len + 1, b.data + errors_at, b.len - errors_at + 1);
  }
  if (rows && !rows->kept) b.failed = 1;
  if (b.failed) {
    free(b.data);
    if (tree) json_decref(*tree), *tree = NULL;
    return NULL;
  }
  /* the store reads no other real from the tree (a mention's are stored
  ** as written) */
  if (tree) round_reals(events);
  return b.data;
}

char *sr_doc_to_json(const sr_doc *doc, unsigned flags) {
  return to_json(doc, flags, NULL, NULL);
}

char *sr_doc_to_json_tree(const sr_doc *doc, unsigned flags, json_t **tree,
                          sr_store_layout *layout) {
  *tree = NULL;
  *layout = (sr_store_layout){0};
  char *json = to_json(doc, flags, tree, layout);
  if (!json) sr_store_layout_free(layout);
  return json;
}
