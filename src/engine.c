#include "engine.h"

#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "text/stem.h"
#include "util/error.h"
#include "util/names.h"
#include "util/pack.h"

#ifndef SR_TEXTCAT_DIR
#define SR_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

static sr_status add_word(void *ctx, const sr_pack_line *entry, sr_error *err) {
  if (memchr(entry->text, '\t', entry->len))
    return sr_error_set(err, SR_EPACK, "expected one word, found a tab");
  if (sr_strmap_put(ctx, entry->text, entry->len, 1) != 0)
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  return SR_OK;
}

static sr_status load_word_set(const char *dir, const char *code,
                               const char *file, sr_strmap **out,
                               sr_error *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s/%s", dir, code, file);
  *out = sr_strmap_new();
  if (!*out) return sr_error_set(err, SR_ENOMEM, "out of memory");
  return sr_pack_load(path, add_word, *out, err);
}

typedef struct language_list {
  sr_engine *engine;
} language_list;

/* languages.txt: CODE <tab> ICU-LOCALE [<tab> STEMMER], one language a line. */
static sr_status add_language(void *ctx, const sr_pack_line *entry,
                              sr_error *err) {
  sr_engine *engine = ((language_list *)ctx)->engine;
  sr_str f[4];
  size_t n = sr_pack_fields(entry, f, 4);
  if (n < 2 || n > 3 || f[0].len == 0 || f[1].len == 0)
    return sr_error_set(err, SR_EPACK,
                        "expected 'code<TAB>icu-locale[<TAB>stemmer]', found %zu fields", n);
  if (engine->language_count == SR_MAX_LANGUAGES)
    return sr_error_set(err, SR_EPACK, "more than %d languages",
                        SR_MAX_LANGUAGES);
  sr_language *lang = &engine->languages[engine->language_count];
  if (f[0].len >= sizeof lang->code || f[1].len >= sizeof lang->locale)
    return sr_error_set(err, SR_EPACK, "language code or locale too long");
  for (size_t i = 0; i < f[0].len; i++)
    if (f[0].ptr[i] < 'a' || f[0].ptr[i] > 'z')
      return sr_error_set(err, SR_EPACK,
                          "language code must be lower-case letters");
  if (n == 3) {
    if (f[2].len >= sizeof lang->stemmer)
      return sr_error_set(err, SR_EPACK, "stemmer name too long");
    memcpy(lang->stemmer, f[2].ptr, f[2].len);
    if (!sr_stemmer_known(lang->stemmer))
      return sr_error_set(err, SR_EPACK, "Snowball has no stemmer '%s'", lang->stemmer);
  }
  memcpy(lang->code, f[0].ptr, f[0].len);
  memcpy(lang->locale, f[1].ptr, f[1].len);
  engine->language_count++;
  return SR_OK;
}

/* Every stage's registry, in the order they load: a stage may read the
** tables of those before it, never after. */
static const sr_pack_registry *const registries[] = {
    &sr_mention_registry, &sr_place_registry, &sr_actor_registry,
    &sr_attribution_registry, &sr_event_registry};

size_t sr_language_pack_file(const sr_engine *engine, const sr_language *lang,
                             size_t i, char *buf, size_t cap) {
  sr_pack_loader loader = {engine->pack_dir, lang->code, {NULL, NULL, NULL, NULL}, NULL};
  size_t count = 0;
  for (size_t r = 0; r < SR_COUNT_OF(registries); r++)
    for (size_t f = 0; f < registries[r]->file_count; f++) {
      const sr_pack_file *file = &registries[r]->files[f];
      if (!file->file) continue;
      if (count++ == i) sr_registry_path(&loader, file, buf, cap);
    }
  return count;
}

static sr_status load_packs(const char *dir, const sr_acled *acled,
                            sr_language *lang, sr_error *err) {
  if (!(lang->first_tokens = sr_first_tokens_new()) || !(lang->stems = sr_stem_memory_new()))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  int oom;
  sr_pack_loader loader = {dir, lang->code,
                           {lang->word_template, &lang->rules, sr_stemmer_open(lang->stemmer, &oom),
                            lang->stems},
                           lang->first_tokens};
  if (oom) return sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_status st = sr_mention_pack_load(&lang->mentions, &loader, err);
  if (st == SR_OK) st = sr_place_pack_load(&lang->places, &loader, err);
  if (st == SR_OK) st = sr_actor_pack_load(&lang->actors, &loader, err);
  if (st == SR_OK) st = sr_attribution_pack_load(&lang->attribution, &loader, err);
  if (st == SR_OK) st = sr_event_pack_load(&lang->events, acled, &loader, err);
  if (st == SR_OK && sr_stemmer_failed(loader.reader.stemmer))
    st = sr_error_set(err, SR_ENOMEM, "out of memory");
  sr_stemmer_close(loader.reader.stemmer);
  return st;
}

static sr_status open_language(const char *dir, const sr_acled *acled,
                               sr_language *lang, sr_error *err) {
  sr_status st = load_word_set(dir, lang->code, "abbreviations.txt",
                               &lang->abbreviations, err);
  if (st == SR_OK)
    st = load_word_set(dir, lang->code, "elisions.txt", &lang->elisions, err);
  if (st == SR_OK)
    st = load_word_set(dir, lang->code, "function_words.txt", &lang->function_words, err);
  if (st != SR_OK) return st;
  lang->rules.abbreviations = lang->abbreviations;
  lang->rules.elisions = lang->elisions;
  UErrorCode status = U_ZERO_ERROR;
  lang->sentence_template =
      ubrk_open(UBRK_SENTENCE, lang->locale, NULL, 0, &status);
  if (U_SUCCESS(status))
    lang->word_template = ubrk_open(UBRK_WORD, lang->locale, NULL, 0, &status);
  if (U_FAILURE(status))
    return sr_error_set(err, SR_EICU, "break iterators for %s (%s): %s",
                        lang->code, lang->locale, u_errorName(status));
  /* Last: phrases are tokenised with the iterators just opened. */
  return load_packs(dir, acled, lang, err);
}

sr_status sr_engine_open(const char *pack_dir, sr_engine **out, sr_error *err) {
  sr_engine_options options = {.pack_dir = pack_dir};
  return sr_engine_open_with(&options, out, err);
}

sr_status sr_engine_open_with(const sr_engine_options *options,
                              sr_engine **out, sr_error *err) {
  *out = NULL;
  const char *pack_dir = options ? options->pack_dir : NULL;
  if (!pack_dir) return sr_error_set(err, SR_EINVAL, "no pack directory");
  sr_engine *engine = calloc(1, sizeof *engine);
  if (!engine) return sr_error_set(err, SR_ENOMEM, "out of memory");
  engine->pack_dir = strdup(pack_dir);
  char path[4096];
  snprintf(path, sizeof path, "%s/languages.txt", pack_dir);
  language_list list = {engine};
  sr_status st = engine->pack_dir ? sr_pack_load(path, add_language, &list, err)
                                  : sr_error_set(err, SR_ENOMEM, "out of memory");
  if (st == SR_OK && engine->language_count == 0)
    st = sr_error_set(err, SR_EPACK, "%s: no language listed", path);
  if (st == SR_OK) st = sr_acled_load(pack_dir, &engine->acled, err);
  for (size_t i = 0; st == SR_OK && i < engine->language_count; i++)
    st = open_language(pack_dir, engine->acled, &engine->languages[i], err);
  if (st == SR_OK) {
    snprintf(path, sizeof path, "%s/textcat.conf", pack_dir);
    st = sr_langid_open(path, SR_TEXTCAT_DIR, &engine->langid, err);
  }
  if (st == SR_OK) st = sr_gazetteer_load(pack_dir, options->gazetteer,
                                             &engine->gazetteer, err);
  if (st == SR_OK) st = sr_gazetteer_add_configured(engine->gazetteer, pack_dir, err);
  for (size_t i = 0; st == SR_OK && i < options->geonames_count; i++)
    st = sr_gazetteer_add_geonames(engine->gazetteer, options->geonames[i], err);
  if (st != SR_OK) {
    sr_engine_close(engine);
    return st;
  }
  *out = engine;
  return SR_OK;
}

void sr_engine_close(sr_engine *engine) {
  if (!engine) return;
  for (size_t i = 0; i < SR_MAX_LANGUAGES; i++) {
    sr_language *lang = &engine->languages[i];
    sr_strmap_free(lang->abbreviations);
    sr_strmap_free(lang->elisions);
    sr_strmap_free(lang->function_words);
    if (lang->sentence_template) ubrk_close(lang->sentence_template);
    if (lang->word_template) ubrk_close(lang->word_template);
    sr_mention_pack_free(&lang->mentions);
    sr_place_pack_free(&lang->places);
    sr_actor_pack_free(&lang->actors);
    sr_attribution_pack_free(&lang->attribution);
    sr_event_pack_free(&lang->events);
    sr_first_tokens_free(lang->first_tokens);
    sr_stem_memory_free(lang->stems);
  }
  sr_langid_close(engine->langid);
  sr_gazetteer_free(engine->gazetteer);
  sr_acled_free(engine->acled);
  free(engine->pack_dir);
  free(engine);
}

const sr_language *sr_engine_language(const sr_engine *engine, const char *code,
                                      size_t len) {
  for (size_t i = 0; i < engine->language_count; i++) {
    const sr_language *lang = &engine->languages[i];
    if (strlen(lang->code) == len && memcmp(lang->code, code, len) == 0)
      return lang;
  }
  return NULL;
}

#define KEPT_FREE_BYTES (64 << 20) /* more than a long document needs */

void sr_keep_freed_memory(void) {
#ifdef __GLIBC__
  /* both: setting one turns off glibc's own raising of the other, and a
  ** block over the mmap threshold is mapped and unmapped every time */
  mallopt(M_MMAP_THRESHOLD, KEPT_FREE_BYTES / 2);
  mallopt(M_TRIM_THRESHOLD, KEPT_FREE_BYTES);
#endif
}
