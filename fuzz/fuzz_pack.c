/*
** The knowledge pack parser: a pack is user-edited text, so any bytes must
** give entries or a located error, never a crash.  The callback splits each
** entry into fields, checks them, loads the first into a map (as the engine
** loads word lists) and refuses some entries so that error paths run too.
*/
#include <string.h>

#include "fuzz_check.h"
#include "sitrep.h"
#include "util/error.h"
#include "util/pack.h"
#include "util/strmap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct pack_run {
  sr_strmap *words;
  size_t entries;
  size_t last_line;
} pack_run;

static void check_fields(const sr_pack_line *entry) {
  sr_str f[4];
  size_t n = sr_pack_fields(entry, f, 4);
  size_t tabs = 0;
  for (size_t i = 0; i < entry->len; i++) tabs += entry->text[i] == '\t';
  SR_FUZZ_CHECK(n == tabs + 1);
  const char *end = entry->text + entry->len;
  for (size_t i = 0; i < n && i < 4; i++) {
    SR_FUZZ_CHECK(f[i].ptr >= entry->text && f[i].ptr + f[i].len <= end);
    SR_FUZZ_CHECK(!memchr(f[i].ptr, '\t', f[i].len));
  }
}

static sr_status on_entry(void *ctx, const sr_pack_line *entry, sr_error *err) {
  pack_run *run = ctx;
  SR_FUZZ_CHECK(entry->len > 0 && entry->text[0] != '#');
  SR_FUZZ_CHECK(entry->line > run->last_line);
  SR_FUZZ_CHECK(!memchr(entry->text, '\0', entry->len));
  run->last_line = entry->line;
  run->entries++;
  check_fields(entry);
  sr_str f[1];
  sr_pack_fields(entry, f, 1);
  if (f[0].len == 3 && memcmp(f[0].ptr, "ERR", 3) == 0)
    return sr_error_set(err, SR_EPACK, "entry refused by the fuzzer");
  /* The line as value: a repeated key must come back with its latest. */
  int32_t line = (int32_t)entry->line, got = -1;
  if (sr_strmap_put(run->words, f[0].ptr, f[0].len, line) != 0)
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  SR_FUZZ_CHECK(sr_strmap_get(run->words, f[0].ptr, f[0].len, &got));
  SR_FUZZ_CHECK(got == line);
  return SR_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  pack_run run = {sr_strmap_new(), 0, 0};
  if (!run.words) return 0;
  sr_error err = {SR_OK, ""};
  sr_status st = sr_pack_parse("fuzz.txt", (const char *)data, size, on_entry,
                               &run, &err);
  if (st != SR_OK) {
    /* An error names the pack and line, and says what went wrong. */
    SR_FUZZ_CHECK(err.code == st);
    SR_FUZZ_CHECK(strncmp(err.message, "fuzz.txt:", 9) == 0);
  }
  SR_FUZZ_CHECK(sr_strmap_size(run.words) <= run.entries);
  sr_strmap_free(run.words);
  return 0;
}
