/*
** The knowledge packs' rows (the word lists of packs/LANG/ and the names of
** packs/actors/): users edit them, so any bytes in any of them must load or
** fail with an error that names a pack file and the line.  A copy of the French pack is made once
** in a temporary folder; each input replaces one of its files (chosen by the
** first byte) and the engine is opened on the copy.  The copy has no
** gazetteer, so an engine whose packs all load still fails there, at
** geo/, which is fine.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz_check.h"
#include "engine.h"
#include "sitrep.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The files fuzzed: every pack file the French language reads, as the
** engine lists them (so that a new kind of pack file is fuzzed as soon as
** its stage registers it), and the files read beside them. */
#define MAX_FILES 128
static char files[MAX_FILES][96];
static size_t nfiles;
static const char *const extra_files[] = {
    "fr/abbreviations.txt", "fr/elisions.txt", "acled/sub_event_types.tsv",
    "acled/inter.tsv", "acled/precedence.txt", "acled/naming.tsv", "acled/regimes.tsv"};
#define NFILES nfiles

static void list_files(const char *packs) {
  sr_engine *engine = NULL;
  sr_error err = {SR_OK, ""};
  SR_FUZZ_CHECK(sr_engine_open(packs, &engine, &err) == SR_OK);
  const sr_language *fr = sr_engine_language(engine, "fr", 2);
  SR_FUZZ_CHECK(fr != NULL);
  size_t skip = strlen(packs) + 1;
  char path[4096];
  size_t count = sr_language_pack_file(engine, fr, 0, path, sizeof path);
  for (size_t i = 0; i < count && nfiles < MAX_FILES; i++) {
    sr_language_pack_file(engine, fr, i, path, sizeof path);
    snprintf(files[nfiles++], sizeof files[0], "%s", path + skip);
  }
  for (size_t i = 0; i < sizeof extra_files / sizeof *extra_files; i++)
    snprintf(files[nfiles++], sizeof files[0], "%s", extra_files[i]);
  sr_engine_close(engine);
}

static char dir[64];

static void write_file(const char *name, const void *data, size_t size) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  SR_FUZZ_CHECK(f != NULL);
  if (size) SR_FUZZ_CHECK(fwrite(data, 1, size, f) == size);
  fclose(f);
}

static void copy_file(const char *packs, const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", packs, name);
  FILE *f = fopen(path, "rb");
  SR_FUZZ_CHECK(f != NULL);
  static char buf[1 << 20];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  write_file(name, buf, n);
}

static void remove_copy(void) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

static void make_copy(void) {
  const char *packs = getenv("SITREP_PACKS");
  SR_FUZZ_CHECK(packs != NULL);
  snprintf(dir, sizeof dir, "/tmp/sitrep-fuzz-XXXXXX");
  SR_FUZZ_CHECK(mkdtemp(dir) != NULL);
  atexit(remove_copy);
  char sub[128];
  snprintf(sub, sizeof sub, "%s/fr", dir);
  mkdir(sub, 0700);
  snprintf(sub, sizeof sub, "%s/actors", dir);
  mkdir(sub, 0700);
  snprintf(sub, sizeof sub, "%s/events", dir);
  mkdir(sub, 0700);
  snprintf(sub, sizeof sub, "%s/acled", dir);
  mkdir(sub, 0700);
  snprintf(sub, sizeof sub, "%s/attribution", dir);
  mkdir(sub, 0700);
  list_files(packs);
  write_file("languages.txt", "fr\tfr@ss=standard\tfrench\n", 25);
  copy_file(packs, "textcat.conf");
  for (size_t i = 0; i < NFILES; i++) copy_file(packs, files[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) make_copy();
  if (size == 0) return 0;
  const char *name = files[data[0] % NFILES];
  char saved[1 << 16];
  char path[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "rb");
  SR_FUZZ_CHECK(f != NULL);
  size_t saved_len = fread(saved, 1, sizeof saved, f);
  fclose(f);
  write_file(name, data + 1, size - 1);
  sr_engine *engine = NULL;
  sr_error err = {SR_OK, ""};
  sr_status st = sr_engine_open(dir, &engine, &err);
  /* It cannot succeed without geo/; it must fail for a reason it names. */
  SR_FUZZ_CHECK(st != SR_OK && engine == NULL);
  SR_FUZZ_CHECK(err.message[0] != '\0');
  if (!strstr(err.message, "/geo/") && st != SR_ENOMEM) {
    /* a row refused: the message names a pack file and a line (the file
    ** fuzzed, or one that depends on it: triggers.txt on actions.tsv); a
    ** file refused whole ("inter code 1 has no name") names the file */
    int located = 0;
    for (const char *p = err.message; (p = strchr(p, ':')) != NULL; p++)
      located |= p > err.message + 4 &&
                 (memcmp(p - 4, ".txt", 4) == 0 || memcmp(p - 4, ".tsv", 4) == 0) &&
                 ((p[1] >= '1' && p[1] <= '9') || p[1] == ' ');
    SR_FUZZ_CHECK(located);
  }
  write_file(name, saved, saved_len);
  return 0;
}
