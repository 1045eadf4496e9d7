/*
** The compiled gazetteer: what loading the TSV files builds (places,
** name entries, the hash tables with their keys), written out once by
** `make` (`sitrep gazetteer`) as packs/geo/gazetteer.bin, and mapped at
** start-up instead of parsed: the TSV load folds, skeletonises and hashes
** 557,735 names (~0.4 s); mapping and checking the image takes a few ms.
**
** The image is only a faster form of the TSV files, never a second source:
** its header records what it was compiled from (the hashes of
** geo/translit.tsv, places.tsv and aliases.tsv, the TSV's size and first
** line, the ICU version that folded the names, the format version), and an
** image that does not match the files as they are now is passed over for
** the TSV files.  An image that does not hold together (truncated, a
** section out of bounds, an index out of range) is an error naming the
** file and what is wrong: every index a lookup follows is checked here,
** once, so that no lookup can leave the image or loop.
**
** Layout (native byte order and sizes; a file of another machine is
** refused by its byte-order mark): the header, then 64-byte aligned
** sections: places, entries, strings (NUL-terminated, deduplicated), and
** each map's slots and keys (src/util/strmap.h).
*/
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/uversion.h>

#include "../util/bigmem.h"
#include "../util/error.h"
#include "../util/fileio.h"
#include "gazetteer_impl.h"

static const char *const section_names[SEC_COUNT] = {
    "places", "entries", "strings",
    "id slots", "id keys", "name slots", "name keys",
    "first-word slots", "first-word keys", "curated-start slots",
    "curated-start keys"};

static sr_strmap *map_of(sr_gazetteer *g, int m) {
  sr_strmap *maps[MAP_COUNT] = {g->by_id, g->by_key, g->first_words,
                                g->curated_starts};
  return maps[m];
}

static void set_map(sr_gazetteer *g, int m, sr_strmap *map) {
  sr_strmap **maps[MAP_COUNT] = {&g->by_id, &g->by_key, &g->first_words,
                                 &g->curated_starts};
  sr_strmap_free(*maps[m]);
  *maps[m] = map;
}

/* ------------------------------------------------------------- writing */

typedef struct blob {
  char *data;
  size_t len, cap;
  sr_strmap *seen; /* string -> offset: "SY" is stored once, not 40,000 times */
} blob;

static int blob_add(blob *b, const char *s, uint32_t *offset) {
  size_t len = strlen(s);
  int32_t at;
  if (sr_strmap_get(b->seen, s, len, &at)) {
    *offset = (uint32_t)at;
    return 0;
  }
  if (b->len + len + 1 > INT32_MAX) return -1;
  if (b->len + len + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 1 << 20;
    while (cap < b->len + len + 1) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) return -1;
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, s, len + 1);
  *offset = (uint32_t)b->len;
  b->len += len + 1;
  return sr_strmap_put(b->seen, s, len, (int32_t)*offset);
}

static size_t aligned(size_t n) { return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1); }

static sr_status to_image(sr_gazetteer *g, const sr_gazetteer_sources *src,
                          char **out, size_t *out_len, sr_error *err) {
  *out = NULL;
  *out_len = 0;
  blob b = {NULL, 0, 0, sr_strmap_new()};
  image_place *places = calloc(g->count ? g->count : 1, sizeof *places);
  sr_status st = b.seen && places ? SR_OK : SR_ENOMEM;
  for (size_t i = 0; st == SR_OK && i < g->count; i++) {
    const sr_place *p = &g->places[i];
    image_place *q = &places[i];
    if (blob_add(&b, p->id, &q->id) || blob_add(&b, p->name, &q->name) ||
        blob_add(&b, p->iso2, &q->iso2) || blob_add(&b, p->admin1, &q->admin1))
      st = SR_ENOMEM;
    q->parent = p->parent;
    q->country = p->country;
    q->kind = (uint8_t)p->kind;
    q->has_coords = (uint8_t)(p->has_coords != 0);
    q->curated = (uint8_t)(p->curated != 0);
    q->capital = (uint8_t)(p->country >= 0 && g->places[p->country].capital == (int32_t)i);
    q->spellings = (uint8_t)p->spellings;
    q->admin1_guessed = (uint8_t)(p->admin1_guessed != 0);
    q->admin2_missing = (uint8_t)(p->admin2_missing != 0);
    q->lat = p->lat;
    q->lon = p->lon;
    q->population = p->population;
  }
  uint32_t empty;
  if (st == SR_OK && blob_add(&b, "", &empty)) st = SR_ENOMEM;
  for (int m = 0; st == SR_OK && m < MAP_COUNT; m++)
    if (sr_strmap_compact(map_of(g, m)) != 0) st = SR_ENOMEM;
  char *image = NULL;
  size_t len = 0;
  if (st == SR_OK) {
    image_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, IMAGE_MAGIC, 8);
    h.version = IMAGE_VERSION;
    h.byte_order = BYTE_ORDER_MARK;
    u_getVersion(h.icu);
    h.slot_size = (uint32_t)sr_strmap_slot_size();
    h.sources = *src;
    h.place_count = g->count;
    h.entry_count = g->entry_count;
    h.max_words = g->max_words;
    const void *data[SEC_COUNT];
    h.section[SEC_PLACES].size = g->count * sizeof *places;
    data[SEC_PLACES] = places;
    h.section[SEC_ENTRIES].size = g->entry_count * sizeof *g->entries;
    data[SEC_ENTRIES] = g->entries;
    h.section[SEC_STRINGS].size = b.len;
    data[SEC_STRINGS] = b.data;
    for (int m = 0; m < MAP_COUNT; m++) {
      sr_strmap_image mi;
      sr_strmap_image_of(map_of(g, m), &mi);
      h.map_count[m] = mi.count;
      h.section[SEC_MAPS + 2 * m].size = mi.cap * h.slot_size;
      data[SEC_MAPS + 2 * m] = mi.slots;
      h.section[SEC_MAPS + 2 * m + 1].size = mi.keys_len;
      data[SEC_MAPS + 2 * m + 1] = mi.keys;
    }
    len = aligned(sizeof h);
    for (int s = 0; s < SEC_COUNT; s++) {
      h.section[s].offset = len;
      len = aligned(len + h.section[s].size);
    }
    h.file_size = len;
    image = calloc(1, len);
    if (image) {
      memcpy(image, &h, sizeof h);
      for (int s = 0; s < SEC_COUNT; s++)
        if (h.section[s].size)
          memcpy(image + h.section[s].offset, data[s], h.section[s].size);
    } else {
      st = SR_ENOMEM;
    }
  }
  free(places);
  free(b.data);
  sr_strmap_free(b.seen);
  if (st != SR_OK) return sr_error_set(err, st, "out of memory");
  *out = image;
  *out_len = len;
  return SR_OK;
}

sr_status sr_gazetteer_to_image(sr_gazetteer *g, char **image, size_t *len,
                                sr_error *err) {
  sr_gazetteer_sources none;
  memset(&none, 0, sizeof none);
  return to_image(g, &none, image, len, err);
}

/* ------------------------------------------------------------- reading */

/* Whether an image's header holds together with its length; version is
** checked before anything else, since the rest of the layout is the
** version's. */
static sr_status check_header(const char *name, const unsigned char *p,
                              size_t len, sr_error *err) {
  if (len < 16 || memcmp(p, IMAGE_MAGIC, 8) != 0)
    return sr_error_set(err, SR_EPACK, "%s: not a compiled gazetteer", name);
  image_header h;
  memcpy(&h, p, len < sizeof h ? len : sizeof h);
  if (h.version != IMAGE_VERSION) return SR_OK; /* stale, not broken */
  if (len < sizeof h)
    return sr_error_set(err, SR_EPACK, "%s: truncated: %zu bytes, shorter "
                        "than its header", name, len);
  if (h.byte_order != BYTE_ORDER_MARK)
    return SR_OK; /* compiled on another kind of machine: stale */
  if (h.file_size != len)
    return sr_error_set(err, SR_EPACK, "%s: truncated or padded: %zu bytes, "
                        "its header says %llu", name, len,
                        (unsigned long long)h.file_size);
  if (h.slot_size != sr_strmap_slot_size())
    return sr_error_set(err, SR_EPACK, "%s: table slots of %u bytes, not %zu",
                        name, h.slot_size, sr_strmap_slot_size());
  for (int s = 0; s < SEC_COUNT; s++) {
    const image_section *sec = &h.section[s];
    if (sec->offset % ALIGN || sec->offset < sizeof h || sec->offset > len ||
        sec->size > len - sec->offset)
      return sr_error_set(err, SR_EPACK, "%s: section '%s' (%llu bytes at "
                          "%llu) outside the file", name, section_names[s],
                          (unsigned long long)sec->size,
                          (unsigned long long)sec->offset);
  }
  if (h.place_count > INT32_MAX || h.entry_count > INT32_MAX ||
      h.section[SEC_PLACES].size != h.place_count * sizeof(image_place) ||
      h.section[SEC_ENTRIES].size != h.entry_count * sizeof(name_entry))
    return sr_error_set(err, SR_EPACK, "%s: %llu places and %llu entries do "
                        "not fill their sections", name,
                        (unsigned long long)h.place_count,
                        (unsigned long long)h.entry_count);
  const image_section *str = &h.section[SEC_STRINGS];
  if (str->size == 0 || str->size > INT32_MAX ||
      p[str->offset + str->size - 1] != '\0')
    return sr_error_set(err, SR_EPACK, "%s: strings do not end in a NUL", name);
  for (int m = 0; m < MAP_COUNT; m++)
    if (h.section[SEC_MAPS + 2 * m].size % h.slot_size)
      return sr_error_set(err, SR_EPACK, "%s: section '%s' is not whole slots",
                          name, section_names[SEC_MAPS + 2 * m]);
  return SR_OK;
}

/* Why an image (whose header check passed) is not the compiled form of
** these sources, or NULL when it is. */
static const char *stale_because(const unsigned char *p,
                                 const sr_gazetteer_sources *now, int tsv) {
  image_header h;
  memcpy(&h, p, sizeof h.magic + sizeof h.version + sizeof h.byte_order);
  if (h.version != IMAGE_VERSION) return "another version of its format";
  if (h.byte_order != BYTE_ORDER_MARK) return "another kind of machine";
  memcpy(&h, p, sizeof h);
  UVersionInfo icu;
  u_getVersion(icu);
  if (memcmp(icu, h.icu, sizeof icu) != 0) return "another ICU version";
  if (h.sources.translit != now->translit) return "another geo/translit.tsv";
  if (h.sources.places != now->places) return "another geo/places.tsv";
  if (h.sources.aliases != now->aliases) return "another geo/aliases.tsv";
  if (tsv && (h.sources.tsv_size != now->tsv_size ||
              h.sources.tsv_head != now->tsv_head))
    return "another gazetteer.tsv";
  return NULL;
}

/* Fills g (whose translit is set) from a checked header's sections,
** checking every index a lookup will follow. */
static sr_status fill(sr_gazetteer *g, const char *name, const unsigned char *p,
                      sr_error *err) {
  image_header h;
  memcpy(&h, p, sizeof h);
  const image_place *places = (const image_place *)(p + h.section[SEC_PLACES].offset);
  const char *strings = (const char *)p + h.section[SEC_STRINGS].offset;
  uint64_t strings_len = h.section[SEC_STRINGS].size;
  size_t count = (size_t)h.place_count;
  g->places = sr_big_alloc((count ? count : 1) * sizeof *g->places);
  if (!g->places) return sr_error_set(err, SR_ENOMEM, "out of memory");
  for (size_t i = 0; i < count; i++) {
    const image_place *q = &places[i];
    sr_place *r = &g->places[i];
    if (q->id >= strings_len || q->name >= strings_len ||
        q->iso2 >= strings_len || q->admin1 >= strings_len)
      return sr_error_set(err, SR_EPACK, "%s: place %zu: a name outside the "
                          "strings", name, i);
    /* a capital after its country, as the TSV lists them */
    if (q->kind >= SR_PLACE_KIND_COUNT || q->has_coords > 1 || q->curated > 1 ||
        q->admin1_guessed > 1 || q->admin2_missing > 1 ||
        q->capital > 1 || (q->capital && (q->country < 0 || q->country >= (int64_t)i)) ||
        q->parent < -1 || q->parent >= (int64_t)i || q->country < -1 ||
        q->country >= (int64_t)count || q->population < 0 ||
        (q->has_coords && !(q->lat >= -90 && q->lat <= 90 && q->lon >= -180 &&
                            q->lon <= 180)))
      return sr_error_set(err, SR_EPACK, "%s: place %zu: a field out of range",
                          name, i);
    r->id = strings + q->id;
    r->name = strings + q->name;
    r->iso2 = strings + q->iso2;
    r->admin1 = strings + q->admin1;
    r->kind = (sr_place_kind)q->kind;
    r->lat = q->lat;
    r->lon = q->lon;
    r->has_coords = q->has_coords;
    r->population = (long)q->population;
    r->parent = q->parent;
    r->country = q->country;
    r->curated = q->curated;
    r->spellings = q->spellings;
    r->admin1_guessed = q->admin1_guessed;
    r->admin2_missing = q->admin2_missing;
    r->capital = -1;
    if (q->capital) g->places[q->country].capital = (int32_t)i;
  }
  g->count = g->cap = count;
  /* Read only: the gazetteer is never written once loaded. */
  g->entries = (name_entry *)(uintptr_t)(p + h.section[SEC_ENTRIES].offset);
  g->entry_count = g->entry_cap = (size_t)h.entry_count;
  for (size_t e = 0; e < g->entry_count; e++)
    if (g->entries[e].place < 0 || (size_t)g->entries[e].place >= count ||
        g->entries[e].next < -1 || g->entries[e].next >= (int64_t)e)
      return sr_error_set(err, SR_EPACK, "%s: name entry %zu: an index out of "
                          "range", name, e);
  /* Values: a place, the head of a chain of entries (which only go back,
  ** so that a chain ends), a number of words, anything. */
  const int32_t lo[MAP_COUNT] = {0, 0, 1, INT32_MIN};
  const int64_t hi[MAP_COUNT] = {(int64_t)count - 1, (int64_t)g->entry_count - 1,
                                 SR_SKELETON_MAX, INT32_MAX};
  for (int m = 0; m < MAP_COUNT; m++) {
    const image_section *slots = &h.section[SEC_MAPS + 2 * m];
    const image_section *keys = &h.section[SEC_MAPS + 2 * m + 1];
    sr_strmap_image mi = {p + slots->offset, (size_t)(slots->size / h.slot_size),
                          (size_t)h.map_count[m], (const char *)p + keys->offset,
                          (size_t)keys->size};
    /* With no place or no entry, hi < lo: no value passes, the table
    ** must be empty. */
    const char *problem;
    sr_strmap *map = sr_strmap_view(&mi, lo[m], (int32_t)hi[m], &problem);
    if (!map)
      return sr_error_set(err, strcmp(problem, "out of memory") ? SR_EPACK : SR_ENOMEM,
                          "%s: section '%s': %s", name,
                          section_names[SEC_MAPS + 2 * m], problem);
    set_map(g, m, map);
  }
  g->max_words = (size_t)h.max_words;
  return sr_gazetteer_index_admin1s(g, err);
}

void sr_gazetteer_image_release(sr_gazetteer *g) {
  if (!g->image) return;
  if (g->image_mapped)
    munmap(g->image, g->image_len);
  else
    free(g->image);
  g->image = NULL;
}

sr_status sr_gazetteer_from_image(const char *translit, size_t translit_len,
                                  const void *image, size_t len,
                                  sr_gazetteer **out, sr_error *err) {
  *out = NULL;
  sr_gazetteer *g;
  sr_status st = sr_gazetteer_with_rules(translit, translit_len, &g, err);
  /* A copy, aligned as a mapping is (malloc's alignment suffices for the
  ** sections' fields). */
  if (st == SR_OK && !(g->image = malloc(len ? len : 1)))
    st = sr_error_set(err, SR_ENOMEM, "out of memory");
  if (st == SR_OK) {
    if (len) memcpy(g->image, image, len);
    g->image_len = len;
    st = check_header("image", g->image, len, err);
    /* No sources to compare with: only a layout this code cannot read is
    ** refused (check_header lets it through, for the file loader to call
    ** it stale). */
    uint32_t version_and_order[2];
    if (st == SR_OK) {
      memcpy(version_and_order, (const char *)g->image + 8, sizeof version_and_order);
      if (version_and_order[0] != IMAGE_VERSION ||
          version_and_order[1] != BYTE_ORDER_MARK)
        st = sr_error_set(err, SR_EPACK, "image: another version of the "
                          "format, or another kind of machine");
    }
    if (st == SR_OK) st = fill(g, "image", g->image, err);
  }
  if (st != SR_OK) {
    sr_gazetteer_free(g);
    return st;
  }
  *out = g;
  return SR_OK;
}

/* The compiled image's name beside a built TSV: X.tsv -> X.bin. */
static void image_path_of(const char *tsv, char *buf, size_t cap) {
  size_t n = strlen(tsv);
  if (n > 4 && strcmp(tsv + n - 4, ".tsv") == 0)
    snprintf(buf, cap, "%.*s.bin", (int)(n - 4), tsv);
  else
    snprintf(buf, cap, "%s.bin", tsv);
}

static int starts_with_magic(const char *path) {
  char head[8];
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  size_t n = fread(head, 1, sizeof head, f);
  fclose(f);
  return n == sizeof head && memcmp(head, IMAGE_MAGIC, 8) == 0;
}

/* The current sources' hashes: the small pack files read whole (any that
** cannot be read: -1, and the TSV loader will say why). */
static int current_sources(const char *pack_dir, const char *tsv,
                           sr_gazetteer_sources *now, char **rules,
                           size_t *rules_len) {
  static const char *const files[] = {"translit", "places", "aliases"};
  uint64_t *hashes[] = {&now->translit, &now->places, &now->aliases};
  memset(now, 0, sizeof *now);
  *rules = NULL;
  for (int i = 0; i < 3; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/geo/%s.tsv", pack_dir, files[i]);
    char *data;
    size_t len;
    if (sr_file_read(path, &data, &len, NULL) != SR_OK) {
      free(*rules);
      *rules = NULL;
      return -1;
    }
    *hashes[i] = sr_gazetteer_hash(data, len);
    if (i == 0) {
      *rules = data;
      *rules_len = len;
    } else {
      free(data);
    }
  }
  if (tsv && sr_gazetteer_tsv_identity(tsv, now) != 0) return -1;
  return 0;
}

/* Loads the image at path when it is the compiled form of pack_dir's files
** and of tsv (NULL: no TSV to compare with).  SR_OK with *out NULL and
** *why set when it is not (stale: the caller reads the TSV files). */
static sr_status load_image(const char *pack_dir, const char *path,
                            const char *tsv, sr_gazetteer **out,
                            const char **why, sr_error *err) {
  *out = NULL;
  *why = NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return sr_error_set(err, SR_EPACK, "%s: %s", path, strerror(errno));
  struct stat sb;
  if (fstat(fd, &sb) != 0 || sb.st_size <= 0) {
    close(fd);
    return sr_error_set(err, SR_EPACK, "%s: not a compiled gazetteer (empty)",
                        path);
  }
  size_t len = (size_t)sb.st_size;
  /* Populated up front: one call maps every page, rather than a fault
  ** per page as the check reads them. */
  void *p = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  close(fd);
  if (p == MAP_FAILED)
    return sr_error_set(err, SR_EPACK, "%s: %s", path, strerror(errno));
  sr_status st = check_header(path, p, len, err);
  char *rules = NULL;
  size_t rules_len = 0;
  sr_gazetteer_sources now;
  if (st == SR_OK && current_sources(pack_dir, tsv, &now, &rules, &rules_len) != 0)
    *why = "sources that cannot be read";
  if (st == SR_OK && !*why) *why = stale_because(p, &now, tsv != NULL);
  if (st != SR_OK || *why) {
    free(rules);
    munmap(p, len);
    return st;
  }
  sr_gazetteer *g = sr_gazetteer_new();
  if (!g) {
    free(rules);
    munmap(p, len);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  g->image = p;
  g->image_len = len;
  g->image_mapped = 1;
  char rules_path[4096];
  snprintf(rules_path, sizeof rules_path, "%s/geo/translit.tsv", pack_dir);
  st = sr_translit_parse(rules_path, rules, rules_len, &g->translit, err);
  free(rules);
  if (st == SR_OK) st = fill(g, path, p, err);
  if (st != SR_OK) {
    sr_gazetteer_free(g);
    return st;
  }
  *out = g;
  return SR_OK;
}

sr_status sr_gazetteer_load(const char *pack_dir, const char *built_file,
                            sr_gazetteer **out, sr_error *err) {
  *out = NULL;
  char tsv[4096], image[4096];
  if (built_file)
    snprintf(tsv, sizeof tsv, "%s", built_file);
  else
    snprintf(tsv, sizeof tsv, "%s/geo/gazetteer.tsv", pack_dir);
  const char *why;
  if (starts_with_magic(tsv)) { /* an image named directly: no TSV behind it */
    sr_status st = load_image(pack_dir, tsv, NULL, out, &why, err);
    if (st == SR_OK && why)
      st = sr_error_set(err, SR_EPACK, "%s: compiled from %s: compile it "
                        "again ('sitrep gazetteer')", tsv, why);
    return st;
  }
  image_path_of(tsv, image, sizeof image);
  struct stat sb;
  int have_tsv = stat(tsv, &sb) == 0;
  if (stat(image, &sb) == 0) {
    sr_status st = load_image(pack_dir, image, have_tsv ? tsv : NULL, out, &why, err);
    if (st != SR_OK || !why) return st;
    if (!have_tsv)
      return sr_error_set(err, SR_EPACK, "%s: compiled from %s, and %s is "
                          "missing: build both with 'make'", image, why, tsv);
  }
  sr_gazetteer_sources src;
  return sr_gazetteer_load_tsv(pack_dir, tsv, &src, out, err);
}

sr_status sr_gazetteer_compile(const char *pack_dir, const char *built_file,
                               const char *out_path, sr_error *err) {
  char tsv[4096], path[4096], tmp[4200];
  if (built_file)
    snprintf(tsv, sizeof tsv, "%s", built_file);
  else
    snprintf(tsv, sizeof tsv, "%s/geo/gazetteer.tsv", pack_dir);
  if (out_path)
    snprintf(path, sizeof path, "%s", out_path);
  else
    image_path_of(tsv, path, sizeof path);
  sr_gazetteer_sources src;
  sr_gazetteer *g;
  sr_status st = sr_gazetteer_load_tsv(pack_dir, tsv, &src, &g, err);
  if (st != SR_OK) return st;
  char *image;
  size_t len;
  st = to_image(g, &src, &image, &len, err);
  sr_gazetteer_free(g);
  if (st != SR_OK) return st;
  /* Written aside and renamed: a reader never maps half a file, and two
  ** builds at once do not write into one file. */
  snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  int ok = f && fwrite(image, 1, len, f) == len;
  if (f && fclose(f) != 0) ok = 0;
  int saved = errno;
  free(image);
  if (!ok || rename(tmp, path) != 0) {
    if (ok) saved = errno;
    remove(tmp);
    return sr_error_set(err, SR_EIO, "%s: %s", ok ? path : tmp, strerror(saved));
  }
  return SR_OK;
}
