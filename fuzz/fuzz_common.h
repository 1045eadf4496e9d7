/*
** Shared by the libFuzzer targets: the engine, opened once, and the checks
** every analysed document must pass.  A failed check aborts, which libFuzzer
** reports as a crash with the input that caused it.
**
** Only the engine outlives an input: it is reachable from a static pointer, so
** LeakSanitizer does not count it; everything made per input is freed.
*/
#ifndef SR_FUZZ_COMMON_H
#define SR_FUZZ_COMMON_H

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "doc.h" /* internal: the repaired text, to cross-check offsets */
#include "fuzz_check.h"
#include "sitrep.h"
#include "util/utf8.h"

#ifndef SR_PACK_DIR
#define SR_PACK_DIR "packs"
#endif

/* Opened on the first input and kept: loading the packs per input would make
** the fuzzer a pack-loading benchmark. */
static inline const sr_engine *sr_fuzz_engine(void) {
  static sr_engine *engine;
  if (!engine) {
    const char *dir = getenv("SITREP_PACKS");
    if (!dir || !*dir) dir = SR_PACK_DIR;
    sr_error err = {SR_OK, ""};
    if (sr_engine_open(dir, &engine, &err) != SR_OK) {
      /* Not a finding: the fuzzer cannot run without packs. */
      fprintf(stderr, "fuzz: cannot load packs from %s: %s\n", dir,
              err.message);
      abort();
    }
  }
  return engine;
}

/* What a tokeniser may leave out: white space, and the marks ICU's word
** breaks glue onto a preceding space (Unicode WB4). */
static inline int sr_fuzz_droppable(UChar32 c) {
  if (c < 0) return 0;
  int8_t t = u_charType(c);
  return u_isUWhiteSpace(c) || t == U_NON_SPACING_MARK ||
         t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK ||
         t == U_FORMAT_CHAR;
}

/* Nothing visible between tokens is lost: bytes [a, b) of the text hold
** only what sr_fuzz_droppable allows. */
static inline void sr_fuzz_check_gap(const sr_doc *doc, size_t a, size_t b) {
  while (a < b) {
    UChar32 c;
    U8_NEXT((const uint8_t *)doc->text, a, b, c);
    SR_FUZZ_CHECK(sr_fuzz_droppable(c));
  }
}

/* Tokens of one sentence: non-empty, increasing, inside the sentence, their
** code point offsets agree with their byte offsets, and together they cover
** every visible character. */
static inline void sr_fuzz_check_tokens(sr_doc *doc, size_t index,
                                        sr_span sentence) {
  const sr_token *toks;
  size_t n;
  sr_error err = {SR_OK, ""};
  sr_status st = sr_doc_sentence_tokens(doc, index, &toks, &n, &err);
  if (st == SR_ENOMEM) return;
  SR_FUZZ_CHECK(st == SR_OK);
  size_t prev_end = sentence.start;
  size_t prev_byte = doc->sentences[index].byte_start;
  for (size_t i = 0; i < n; i++) {
    const sr_token *t = &toks[i];
    SR_FUZZ_CHECK(t->span.start < t->span.end);
    SR_FUZZ_CHECK(t->span.start >= prev_end);
    SR_FUZZ_CHECK(t->span.end <= sentence.end);
    SR_FUZZ_CHECK(t->byte_start < t->byte_end);
    SR_FUZZ_CHECK(t->byte_start >= prev_byte);
    SR_FUZZ_CHECK(t->byte_end <= doc->sentences[index].byte_end);
    sr_fuzz_check_gap(doc, prev_byte, t->byte_start);
    SR_FUZZ_CHECK(t->kind >= SR_TOKEN_WORD && t->kind <= SR_TOKEN_SYMBOL);
    SR_FUZZ_CHECK(sr_utf8_count(doc->text, t->byte_start) == t->span.start);
    SR_FUZZ_CHECK(sr_utf8_count(doc->text + t->byte_start,
                                t->byte_end - t->byte_start) ==
                  t->span.end - t->span.start);
    prev_end = t->span.end;
    prev_byte = t->byte_end;
  }
  sr_fuzz_check_gap(doc, prev_byte, doc->sentences[index].byte_end);
}

/* Sentences: non-empty, increasing, non-overlapping, inside the text. */
static inline void sr_fuzz_check_sentences(sr_doc *doc, size_t text_cps) {
  size_t n = sr_doc_sentence_count(doc);
  size_t prev_end = 0;
  for (size_t i = 0; i < n; i++) {
    sr_span s = sr_doc_sentence(doc, i);
    SR_FUZZ_CHECK(s.start < s.end);
    SR_FUZZ_CHECK(s.start >= prev_end);
    SR_FUZZ_CHECK(s.end <= text_cps);
    prev_end = s.end;
    sr_fuzz_check_tokens(doc, i, s);
  }
}

/* Mentions: spans inside their sentence, code point offsets that agree
** with the byte offsets, and links to other mentions that exist. */
static inline void sr_fuzz_check_mentions(const sr_doc *doc) {
  const sr_mention_list *l = &doc->mentions;
  for (size_t i = 0; i < l->count; i++) {
    const sr_mention *m = &l->items[i];
    SR_FUZZ_CHECK(m->byte_start < m->byte_end && m->byte_end <= doc->text_len);
    SR_FUZZ_CHECK(m->sentence < doc->sentence_count);
    const sr_sentence *s = &doc->sentences[m->sentence];
    SR_FUZZ_CHECK(m->byte_start >= s->byte_start && m->byte_end <= s->byte_end);
    SR_FUZZ_CHECK(sr_utf8_count(doc->text, m->byte_start) == m->start);
    SR_FUZZ_CHECK(sr_utf8_count(doc->text + m->byte_start,
                                m->byte_end - m->byte_start) ==
                  m->end - m->start);
    SR_FUZZ_CHECK(m->rule != NULL && m->part != NULL);
    /* In text order, each knowing its place (sort_mentions renumbers). */
    SR_FUZZ_CHECK(m->index == i);
    SR_FUZZ_CHECK(i == 0 || l->items[i - 1].byte_start <= m->byte_start);
    if (m->type == SR_MENTION_QUANTITY) {
      const sr_quantity_part *q = sr_quantity_of(m);
      SR_FUZZ_CHECK(q->of_start <= q->of_end && q->of_end <= doc->text_len);
      SR_FUZZ_CHECK(q->role < SR_FIGURE_ROLE_COUNT && q->of_class < SR_NOUN_CLASS_COUNT);
      /* part_of names another quantity of the same sentence. */
      SR_FUZZ_CHECK(q->part_of >= -1 && q->part_of < (long)l->count);
      if (q->part_of >= 0) {
        const sr_mention *whole = &l->items[q->part_of];
        SR_FUZZ_CHECK((size_t)q->part_of != i);
        SR_FUZZ_CHECK(whole->type == SR_MENTION_QUANTITY);
        SR_FUZZ_CHECK(whole->sentence == m->sentence);
      }
    }
    /* References point back; relays and disputes name other sources; what
    ** a source governs is a range of real sentences that holds its own. */
    for (size_t r = 0; r < m->ref_count; r++)
      SR_FUZZ_CHECK(m->refers_to[r] >= 0 && (size_t)m->refers_to[r] < i &&
                    l->items[m->refers_to[r]].type == m->type);
    if (m->type == SR_MENTION_SOURCE) {
      const sr_source_part *s = sr_source_of(m);
      SR_FUZZ_CHECK(s->via >= -1 && s->via < (long)l->count);
      if (s->via >= 0) SR_FUZZ_CHECK(l->items[s->via].type == SR_MENTION_SOURCE);
      SR_FUZZ_CHECK(s->disputes >= -1 && s->disputes < (long)i);
      /* a person only named ("Police officer X described the attack"),
      ** whom a later "he said" may stand for, governs nothing */
      if (s->named_only) {
        SR_FUZZ_CHECK(s->scope == SR_SCOPE_NONE);
      } else {
        SR_FUZZ_CHECK(s->scope > SR_SCOPE_NONE && s->scope < SR_SCOPE_COUNT);
        SR_FUZZ_CHECK(s->governs_first <= s->governs_last &&
                      s->governs_last < doc->sentence_count);
        SR_FUZZ_CHECK(s->fallback || (s->governs_first <= m->sentence &&
                                      m->sentence <= s->governs_last));
      }
    }
    if (m->type == SR_MENTION_ACTOR)
      SR_FUZZ_CHECK(sr_actor_of(m)->inter >= SR_INTER_NONE &&
                    sr_actor_of(m)->inter < SR_INTER_COUNT);
  }
}

/* Every key of a mention's JSON is there: jansson refuses a string that is
** not UTF-8 or a number that is not finite, and json_object_set_new then
** leaves the key out without a word. */
static inline void sr_fuzz_check_mention_json(const json_t *m) {
  static const char *const common[] = {"type", "start", "end", "text", "rule"};
  static const char *const date[] = {"value", "until", "precision"};
  static const char *const quantity[] = {"value", "low", "high", "qualifier",
                                         "of", "of_class", "role", "part_of",
                                         "kind"};
  static const char *const trigger[] = {"action", "status", "status_cue"};
  static const char *const place[] = {"name", "kind", "admin1", "country",
                                      "iso2", "lat", "lon", "geo_precision",
                                      "direction", "gazetteer_id", "candidates"};
  for (size_t i = 0; i < sizeof common / sizeof *common; i++)
    SR_FUZZ_CHECK(json_object_get(m, common[i]) != NULL);
  const char *type = json_string_value(json_object_get(m, "type"));
  static const char *const actor[] = {"name", "inter", "kind", "country",
                                      "refers_to"};
  static const char *const source[] = {"name", "kind", "affiliation", "via",
                                       "cue", "refers_to", "stance", "disputes",
                                       "governs", "scope", "lead", "fallback"};
  const char *const *keys = quantity;
  size_t n = sizeof quantity / sizeof *quantity;
  if (strcmp(type, "date") == 0) {
    keys = date;
    n = sizeof date / sizeof *date;
  } else if (strcmp(type, "place") == 0) {
    keys = place;
    n = sizeof place / sizeof *place;
  } else if (strcmp(type, "actor") == 0) {
    keys = actor;
    n = sizeof actor / sizeof *actor;
  } else if (strcmp(type, "source") == 0) {
    keys = source;
    n = sizeof source / sizeof *source;
  } else if (strcmp(type, "trigger") == 0) {
    keys = trigger;
    n = sizeof trigger / sizeof *trigger;
  }
  for (size_t i = 0; i < n; i++)
    SR_FUZZ_CHECK(json_object_get(m, keys[i]) != NULL);
}

/* The JSON is valid, and says what the accessors say: no sentence count
** changed and no mention or error message lost on the way out. */
static inline void sr_fuzz_check_json(const sr_doc *doc) {
  char *json = sr_doc_to_json(doc, SR_JSON_SPANS | SR_JSON_MENTIONS);
  if (!json) return; /* out of memory */
  json_error_t jerr;
  /* A NUL in the text is "\u0000" in the output: valid JSON, which jansson
  ** reads back only when asked to. */
  json_t *o = json_loads(json, JSON_ALLOW_NUL, &jerr);
  SR_FUZZ_CHECK(o != NULL);
  SR_FUZZ_CHECK(json_integer_value(json_object_get(o, "sentences")) ==
                (json_int_t)sr_doc_sentence_count(doc));
  SR_FUZZ_CHECK(json_array_size(json_object_get(o, "sentence_spans")) ==
                sr_doc_sentence_count(doc));
  SR_FUZZ_CHECK(json_array_size(json_object_get(o, "errors")) ==
                sr_doc_error_count(doc));
  const json_t *mentions = json_object_get(o, "mentions");
  SR_FUZZ_CHECK(json_array_size(mentions) == doc->mentions.count);
  for (size_t i = 0; i < json_array_size(mentions); i++)
    sr_fuzz_check_mention_json(json_array_get(mentions, i));
  /* Every event has every key of the contract, realised, with evidence
  ** inside the text. */
  static const char *const event_keys[] = {
      "id", "event_type", "sub_event_type", "action", "status", "date",
      "location", "actors", "quantities", "fatalities", "attribution",
      "evidence", "sentence", "rules"};
  const json_t *events = json_object_get(o, "events");
  SR_FUZZ_CHECK(json_is_array(events));
  size_t cps = sr_utf8_count(doc->text, doc->text_len);
  for (size_t i = 0; i < json_array_size(events); i++) {
    const json_t *e = json_array_get(events, i);
    for (size_t k = 0; k < sizeof event_keys / sizeof *event_keys; k++)
      SR_FUZZ_CHECK(json_object_get(e, event_keys[k]) != NULL);
    SR_FUZZ_CHECK(strcmp(json_string_value(json_object_get(e, "status")), "realised") == 0);
    const json_t *ev = json_object_get(e, "evidence");
    SR_FUZZ_CHECK(json_array_size(ev) > 0);
    for (size_t k = 0; k < json_array_size(ev); k++) {
      json_int_t a = json_integer_value(json_object_get(json_array_get(ev, k), "start"));
      json_int_t b = json_integer_value(json_object_get(json_array_get(ev, k), "end"));
      SR_FUZZ_CHECK(0 <= a && a < b && (size_t)b <= cps);
    }
  }
  json_decref(o);
  sr_free(json);
}

/* Code points in the text once repaired: each invalid sequence counts as
** the one U+FFFD that replaces it. */
static inline size_t sr_fuzz_repaired_cps(const char *s, size_t len) {
  size_t i = 0, n = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT((const uint8_t *)s, i, len, c);
    (void)c;
    n++;
  }
  return n;
}

/* Processes one document and runs every check on it. */
static inline void sr_fuzz_document(const sr_doc_input *input) {
  sr_doc *doc;
  sr_error err = {SR_OK, ""};
  sr_status st = sr_doc_process(sr_fuzz_engine(), input, &doc, &err);
  if (st != SR_OK) {
    /* Refusals are fine, but only for a reason the API documents. */
    SR_FUZZ_CHECK(st == SR_EEMPTY || st == SR_ENOMEM);
    SR_FUZZ_CHECK(doc == NULL && err.code == st && err.message[0]);
    return;
  }
  const char *lang = sr_doc_lang(doc);
  SR_FUZZ_CHECK(strcmp(lang, "fr") == 0 || strcmp(lang, "en") == 0);
  size_t cps = sr_fuzz_repaired_cps(input->text.ptr, input->text.len);
  sr_fuzz_check_sentences(doc, cps);
  sr_fuzz_check_mentions(doc);
  sr_fuzz_check_json(doc);
  for (size_t i = 0; i < sr_doc_error_count(doc); i++)
    SR_FUZZ_CHECK(sr_doc_error(doc, i) != NULL);
  sr_doc_free(doc);
}

/* A reader sink that analyses every document it is given. */
static inline int sr_fuzz_on_document(void *ctx, const sr_doc_input *input,
                                      const sr_where *where) {
  (void)ctx;
  SR_FUZZ_CHECK(where && where->input);
  sr_fuzz_document(input);
  return 0;
}

static inline void sr_fuzz_on_problem(void *ctx, const sr_where *where,
                                      const char *message) {
  (void)ctx;
  SR_FUZZ_CHECK(where && where->input && message && message[0]);
}

/* One buffer through a reader, every document analysed. */
static inline void sr_fuzz_read(const uint8_t *data, size_t size,
                                sr_format format) {
  sr_reader_sink sink = {sr_fuzz_on_document, sr_fuzz_on_problem, NULL};
  sr_reader_options opts = {{NULL, 0}, {NULL, 0}};
  sr_read_buffer((const char *)data, size, format, "fuzz", &opts, &sink);
}

#endif
