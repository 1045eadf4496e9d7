/* Shared by the unit tests: cmocka, an engine on the source tree's packs,
** and conversions between code point spans and the UTF-8 they cover. */
#ifndef SR_TESTUTIL_H
#define SR_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sitrep.h"

static inline sr_str test_str(const char *s) {
  sr_str r = {s, s ? strlen(s) : 0};
  return r;
}

/* Writes text to path (a test's fixture file). */
static inline void test_write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static inline const char *test_pack_dir(void) {
  const char *p = getenv("SITREP_PACKS");
  return p && *p ? p : SR_PACK_DIR;
}

static inline int test_engine_setup(void **state) {
  sr_engine *engine;
  sr_error err;
  if (sr_engine_open(test_pack_dir(), &engine, &err) != SR_OK) {
    print_error("engine: %s\n", err.message);
    return -1;
  }
  *state = engine;
  return 0;
}

static inline int test_engine_teardown(void **state) {
  sr_engine_close(*state);
  return 0;
}

/* Byte offset of code point cp in s. */
static inline size_t test_cp_to_byte(const char *s, size_t cp) {
  size_t i = 0, n = 0;
  while (s[i] && n < cp) {
    i++;
    while (((unsigned char)s[i] & 0xC0) == 0x80) i++;
    n++;
  }
  return i;
}

/* Copies the text a code point span covers into buf. */
static inline const char *test_slice(const char *s, sr_span span, char *buf,
                                     size_t cap) {
  size_t a = test_cp_to_byte(s, span.start), b = test_cp_to_byte(s, span.end);
  size_t n = b - a < cap - 1 ? b - a : cap - 1;
  memcpy(buf, s + a, n);
  buf[n] = '\0';
  return buf;
}

/* Analyses text in lang; fails the test when the library refuses it. */
static inline sr_doc *test_doc(const sr_engine *engine, const char *text,
                               const char *lang, const char *published) {
  sr_doc_input in = {0};
  in.id = test_str("t");
  in.text = test_str(text);
  in.lang = test_str(lang);
  in.published = test_str(published);
  sr_doc *doc = NULL;
  sr_error err;
  sr_status st = sr_doc_process(engine, &in, &doc, &err);
  if (st != SR_OK) print_error("sr_doc_process: %s\n", err.message);
  assert_int_equal(st, SR_OK);
  return doc;
}

#ifdef SR_DOC_H
/* The mention of a type whose text is exactly `text`, the n-th such (from
** 0), or NULL. */
static inline const sr_mention *test_mention_n(const sr_doc *doc, int type,
                                               const char *text, size_t n) {
  for (size_t i = 0; i < doc->mentions.count; i++) {
    const sr_mention *m = &doc->mentions.items[i];
    if ((int)m->type == type && m->byte_end - m->byte_start == strlen(text) &&
        memcmp(doc->text + m->byte_start, text, strlen(text)) == 0 && n-- == 0)
      return m;
  }
  return NULL;
}

static inline const sr_mention *test_mention(const sr_doc *doc, int type,
                                             const char *text) {
  return test_mention_n(doc, type, text, 0);
}

/* Like test_mention, but the mention must be there. */
static inline const sr_mention *test_need(const sr_doc *doc, int type,
                                          const char *text) {
  const sr_mention *m = test_mention(doc, type, text);
  if (!m) print_error("no mention '%s' of type %d\n", text, type);
  assert_non_null(m);
  return m;
}

/* The mention must be there, with this name. */
static inline const sr_mention *test_named(const sr_doc *doc, int type,
                                           const char *text, const char *name) {
  const sr_mention *m = test_need(doc, type, text);
  if (!m->name || strcmp(m->name, name) != 0)
    print_error("'%s' is named '%s', not '%s'\n", text,
                m->name ? m->name : "(null)", name);
  assert_non_null(m->name);
  assert_string_equal(m->name, name);
  return m;
}

/* The realised, unmerged events of doc: up to cap of them in out, and how
** many there are. */
static inline size_t test_live_events(const sr_doc *doc, const sr_event **out,
                                      size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < doc->event_count; i++) {
    const sr_event *e = &doc->events[i];
    if (!sr_event_reported(e)) continue;
    if (n < cap) out[n] = e;
    n++;
  }
  return n;
}

static inline size_t test_count(const sr_doc *doc, int type) {
  size_t n = 0;
  for (size_t i = 0; i < doc->mentions.count; i++)
    n += (int)doc->mentions.items[i].type == type;
  return n;
}
#endif
#endif
