/*
** The output contract (docs/schema.md): one JSON object per document.  Keys
** come out in contract order; absent values are null, never invented.
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../doc.h"
#include "../events/roles.h"
#include "../util/buf.h"
#include "json.h"
#include "marshal.h"

#define precision_name sr_precision_name

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
  const sr_place_part *pm = sr_place_of(m);
  const sr_gazetteer *g = doc->engine->gazetteer;
  const sr_place *p = sr_gazetteer_place(g, pm->place);
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
  json_object_set_new(o, "geo_precision", p ? json_integer(pm->geo_precision) : json_null());
  json_object_set_new(o, "direction", pm->direction ? json_string(sr_place_role_name(pm->direction))
                                                   : json_null());
  json_object_set_new(o, "gazetteer_id", p ? json_string(p->id) : json_null());
  json_object_set_new(o, "candidates", json_integer((json_int_t)pm->candidate_count));
}

static const char *mention_type_name(sr_mention_type t) {
  static const char *const names[] = {"", "date", "quantity", "place", "actor",
                                      "source", "trigger", "hedge"};
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
  const sr_actor_part *a = sr_actor_of(m);
  json_object_set_new(o, "name", str_or_empty_null(m->name));
  json_object_set_new(o, "inter", a->inter ? json_integer(a->inter) : json_null());
  json_object_set_new(o, "kind", json_string(sr_actor_kind_name(a->actor_kind)));
  json_object_set_new(o, "country", str_or_empty_null(a->country));
  json_object_set_new(o, "refers_to", refs_json(m));
}

static void source_fields(json_t *o, const sr_mention *m) {
  const sr_source_part *p = sr_source_of(m);
  json_object_set_new(o, "name", str_or_empty_null(m->name));
  json_object_set_new(o, "kind", json_string(sr_source_kind_name(p->source_kind)));
  json_object_set_new(o, "affiliation", str_or_empty_null(p->affiliation));
  json_object_set_new(o, "category", str_or_empty_null(sr_source_category_name(p->category)));
  json_object_set_new(o, "via", index_or_null(p->via));
  json_object_set_new(o, "cue", json_string(sr_cue_role_name(p->cue)));
  json_object_set_new(o, "refers_to", refs_json(m));
  json_object_set_new(o, "stance", json_string(p->denies ? "denies" : "asserts"));
  json_object_set_new(o, "disputes", index_or_null(p->disputes));
  json_object_set_new(o, "governs", p->scope ? json_pack("[I,I]",
                                          (json_int_t)p->governs_first,
                                          (json_int_t)p->governs_last)
                                    : json_null());
  json_object_set_new(o, "scope", p->scope ? json_string(sr_scope_name(p->scope)) : json_null());
  json_object_set_new(o, "lead", p->lead_last >= 0
                                     ? json_pack("[I,I]", (json_int_t)0,
                                                 (json_int_t)p->lead_last)
                                     : json_null());
  json_object_set_new(o, "fallback", json_boolean(p->fallback));
}

/* A figure as told: its value, bounds, qualifier and what it counts. */
static void figure_fields(json_t *o, const sr_doc *doc, const sr_mention *m) {
  const sr_quantity_part *q = sr_quantity_of(m);
  json_object_set_new(o, "value", number_json(q->number, q->has_number));
  json_object_set_new(o, "low", number_json(q->low, q->has_low));
  json_object_set_new(o, "high", number_json(q->high, q->has_high));
  json_object_set_new(o, "qualifier", json_string(sr_qualifier_name(q->qualifier)));
  json_object_set_new(o, "of", q->of_end > q->of_start
                                   ? json_stringn(doc->text + q->of_start, q->of_end - q->of_start)
                                   : json_null());
}

static void quantity_fields(json_t *o, const sr_doc *doc, const sr_mention *m) {
  const sr_quantity_part *q = sr_quantity_of(m);
  figure_fields(o, doc, m);
  json_object_set_new(o, "of_class", q->of_class ? json_string(sr_noun_class_name(q->of_class))
                                                 : json_null());
  json_object_set_new(o, "role", json_string(sr_figure_role_name(q->role)));
  json_object_set_new(o, "part_of", q->part_of >= 0 ? json_integer(q->part_of) : json_null());
  json_object_set_new(o, "kind", str_or_empty_null(sr_quantity_kind_name(q->kind)));
}

static void date_fields(json_t *o, const sr_mention *m) {
  const sr_date_part *d = sr_date_of(m);
  json_object_set_new(o, "value", date_json(d->value));
  json_object_set_new(o, "until", date_json(d->until));
  json_object_set_new(o, "precision", json_string(precision_name(d->precision)));
  json_object_set_new(o, "of_statement", json_boolean(d->of_statement));
}

static void trigger_fields(json_t *o, const sr_doc *doc, const sr_mention *m) {
  const sr_trigger_part *t = sr_trigger_of(m);
  json_object_set_new(o, "action", json_string(doc->lang->events.actions[t->action].name));
  json_object_set_new(o, "status", json_string(sr_event_status_name(t->status)));
  json_object_set_new(o, "status_cue", str_or_empty_null(t->status_cue));
}

static json_t *mention_json(const sr_doc *doc, const sr_mention *m) {
  json_t *o = json_object();
  json_object_set_new(o, "type", json_string(mention_type_name(m->type)));
  json_object_set_new(o, "start", json_integer((json_int_t)m->start));
  json_object_set_new(o, "end", json_integer((json_int_t)m->end));
  json_object_set_new(o, "text", json_stringn(doc->text + m->byte_start,
                                              m->byte_end - m->byte_start));
  switch (m->type) {
    case SR_MENTION_PLACE: place_fields(o, doc, m); break;
    case SR_MENTION_ACTOR: actor_fields(o, m); break;
    case SR_MENTION_SOURCE: source_fields(o, m); break;
    case SR_MENTION_TRIGGER: trigger_fields(o, doc, m); break;
    case SR_MENTION_DATE: date_fields(o, m); break;
    case SR_MENTION_HEDGE: break; /* its words say it all */
    default: quantity_fields(o, doc, m); break;
  }
  json_object_set_new(o, "rule", json_string(m->rule));
  return o;
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
  json_object_set_new(o, "precision", json_string(precision_name(sr_date_of(d)->precision)));
  json_object_set_new(o, "text", span_text(doc, d));
  return o;
}

static json_t *event_location(const sr_doc *doc, const sr_event *e) {
  if (e->place < 0) return json_null();
  const sr_mention *p = &doc->mentions.items[e->place];
  json_t *o = json_object();
  place_fields(o, doc, p);
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
    json_array_append_new(out, o);
  }
  return out;
}

static void add_evidence(json_t *evidence, const sr_mention *m) {
  json_array_append_new(evidence, json_pack("{s:I,s:I}", "start", (json_int_t)m->start,
                                            "end", (json_int_t)m->end));
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
    figure_fields(x, doc, q);
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

static char *to_json(const sr_doc *doc, unsigned flags, json_t **tree) {
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
  json_t *mentions = NULL, *events = NULL;
  if (tree) {
    /* the head as written, then each mention and event as dumped */
    *tree = o;
    mentions = flags & SR_JSON_MENTIONS ? json_array() : NULL;
    events = json_array();
    if ((flags & SR_JSON_MENTIONS && json_object_set_new(o, "mentions", mentions)) ||
        json_object_set_new(o, "events", events) ||
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
  sr_buf_put(&b, head, strlen(head) - 1); /* without its closing brace */
  free(head);
  if (flags & SR_JSON_MENTIONS) {
    sr_buf_put(&b, ",\"mentions\":[", 13);
    for (size_t i = 0; i < doc->mentions.count; i++) {
      if (i) sr_buf_put(&b, ",", 1);
      put_json(&b, mention_json(doc, &doc->mentions.items[i]), fmt, mentions);
    }
    sr_buf_put(&b, "]", 1);
  }
  sr_buf_put(&b, ",\"events\":[", 11);
  for (size_t i = 0, n = 0; i < doc->event_count; i++) {
    const sr_event *e = &doc->events[i];
    if (!sr_event_reported(e)) continue;
    if (n) sr_buf_put(&b, ",", 1);
    put_json(&b, event_json(doc, e, ++n), fmt, events);
  }
  sr_buf_put(&b, "],\"errors\":", 11);
  put_json(&b, errors, fmt, NULL);
  sr_buf_put(&b, "}", 1);
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
  return to_json(doc, flags, NULL);
}

char *sr_doc_to_json_tree(const sr_doc *doc, unsigned flags, json_t **tree) {
  *tree = NULL;
  return to_json(doc, flags, tree);
}
