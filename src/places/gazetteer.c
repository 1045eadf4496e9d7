#include "gazetteer_impl.h"

#include <math.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../text/fold.h"
#include "../util/arena.h"
#include "../util/bigmem.h"
#include "../util/error.h"
#include "../util/fileio.h"
#include "../util/pack.h"
#include "../util/strmap.h"
#include "../util/grow.h"

static const char *const kind_names[] = {SR_PLACE_KINDS(SR_ENUM_NAME)};

const char *sr_place_kind_name(sr_place_kind kind) {
  return sr_name_of(kind_names, SR_PLACE_KIND_COUNT, (int)kind, "place");
}

static int kind_of(sr_str s, sr_place_kind *out) {
  for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++)
    if (strlen(kind_names[i]) == s.len && memcmp(kind_names[i], s.ptr, s.len) == 0) {
      *out = (sr_place_kind)i;
      return 1;
    }
  return 0;
}

/* A field of the row being loaded as a C string.  Rows of the kept text
** are cut in place: the byte after a field (the tab before the next one, a
** blank trimmed off, or the spare NUL past the end of the buffer) is not
** needed once the row is split, and becomes its terminator, so that 20 MB
** of rows are not copied a second time.  The other files' rows are copied. */
static const char *keep(sr_gazetteer *g, sr_str s) {
  if (g->inplace && s.ptr) {
    char *at = g->text + (s.ptr - g->text);
    at[s.len] = '\0';
    return at;
  }
  return sr_arena_strndup(&g->strings, s.ptr ? s.ptr : "", s.ptr ? s.len : 0);
}

/* The decimals the built file writes ("36.20124", "-0.5", "1602264"):
** digits with at most one point, 15 digits at most.  The integer they spell
** and the power of ten are exact doubles, so one division rounds as
** strtod's correctly rounded result does, for a tenth of its time; any
** other form goes to strtod. */
static int parse_plain_decimal(sr_str s, double *out) {
  static const double tens[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  size_t i = s.len && s.ptr[0] == '-';
  uint64_t m = 0;
  int digits = 0, scale = 0, point = 0;
  for (; i < s.len; i++) {
    char c = s.ptr[i];
    if (c == '.' && !point) {
      point = 1;
    } else if (c >= '0' && c <= '9' && digits < 15) {
      m = m * 10 + (uint64_t)(c - '0');
      digits++;
      scale += point;
    } else {
      return 0;
    }
  }
  if (digits == 0) return 0;
  double v = (double)m / tens[scale];
  *out = s.ptr[0] == '-' ? -v : v;
  return 1;
}

static int parse_double(sr_str s, double *out) {
  if (parse_plain_decimal(s, out)) return 1;
  char buf[32];
  if (s.len == 0 || s.len >= sizeof buf) return 0;
  memcpy(buf, s.ptr, s.len);
  buf[s.len] = '\0';
  char *end;
  *out = strtod(buf, &end);
  return *end == '\0' && isfinite(*out); /* "nan" and "inf" parse too */
}

/* Indexes one name of place p under its skeleton (folding in scratch). */
static sr_status index_name(sr_gazetteer *g, int32_t p, sr_str name, int own,
                            sr_error *err) {
  sr_str folded = sr_fold(&g->scratch, name.ptr, name.len);
  char key[SR_SKELETON_MAX];
  size_t klen = folded.ptr ? sr_skeleton(g->translit, folded.ptr, folded.len,
                                         key, sizeof key)
                           : 0;
  if (klen == 0) return SR_OK; /* nothing left to match on: skip */
  if (g->recent_place != p) {
    g->recent_place = p;
    g->recent_count = 0;
  }
  for (size_t r = 0; r < g->recent_count; r++)
    if (g->recent_len[r] == klen && memcmp(g->recent[r], key, klen) == 0)
      return SR_OK;
  if (g->recent_count < 8 && klen < sizeof g->recent[0]) {
    memcpy(g->recent[g->recent_count], key, klen);
    g->recent_len[g->recent_count++] = klen;
  }
  if (g->loading_curated && folded.ptr) {
    size_t w = 0;
    while (w < folded.len && folded.ptr[w] != ' ' && folded.ptr[w] != '-' &&
           folded.ptr[w] != '\'')
      w++;
    if (sr_strmap_put(g->curated_starts, folded.ptr, w, 1) != 0)
      return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  int created;
  int32_t *slot = sr_strmap_upsert(g->by_key, key, klen, &created);
  if (!slot) return sr_error_set(err, SR_ENOMEM, "out of memory");
  int32_t head = created ? -1 : *slot;
  for (int32_t e = head; e >= 0; e = g->entries[e].next)
    if (g->entries[e].place == p) { /* a variant already there */
      g->entries[e].own |= own || g->loading_ours;
      return SR_OK;
    }
  if (sr_grow(&g->entries, &g->entry_cap, g->entry_count, sizeof *g->entries, 4096))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  int32_t e = (int32_t)g->entry_count++;
  g->entries[e].place = p;
  g->entries[e].next = head;
  g->entries[e].own = own || g->loading_ours;
  *slot = e;
  if (g->places[p].spellings < 255) g->places[p].spellings++;
  if (!created) return SR_OK; /* what follows depends on the key alone */
  size_t words = 1, first = klen;
  for (size_t i = 0; i < klen; i++)
    if (key[i] == ' ') {
      if (first == klen) first = i;
      words++;
    }
  if (words > g->max_words) g->max_words = words;
  int fresh_word;
  int32_t *most = sr_strmap_upsert(g->first_words, key, first, &fresh_word);
  if (!most) return sr_error_set(err, SR_ENOMEM, "out of memory");
  if ((size_t)*most < words) *most = (int32_t)words;
  return SR_OK;
}

static sr_status add_name(sr_gazetteer *g, int32_t p, sr_str name, int own,
                          sr_error *err) {
  sr_arena_mark m = sr_arena_save(&g->scratch);
  sr_status st = index_name(g, p, name, own, err);
  sr_arena_reset(&g->scratch, m);
  return st;
}

static sr_status add_names(sr_gazetteer *g, int32_t p, sr_str names,
                           sr_error *err) {
  size_t a = 0;
  for (size_t i = 0; i <= names.len; i++) {
    if (i < names.len && names.ptr[i] != '|') continue;
    sr_str one = {names.ptr + a, i - a};
    if (one.len) {
      sr_status st = add_name(g, p, one, 0, err);
      if (st != SR_OK) return st;
    }
    a = i + 1;
  }
  return SR_OK;
}

/* id kind name iso2 admin1 lat lon population names [parent [role]];
** role `capital` marks its country's capital, `no-admin2` a row GeoNames
** gives no admin2 code; `~` before the admin1, one read from the place's
** neighbours */
static sr_status add_place(void *ctx, const sr_pack_line *entry,
                           sr_error *err) {
  sr_gazetteer *g = ctx;
  sr_str f[11];
  size_t n = sr_pack_fields(entry, f, 11);
  if (n < 9 || n > 11)
    return sr_error_set(err, SR_EPACK,
                        "expected 'id kind name iso2 admin1 lat lon population "
                        "names [parent [role]]', found %zu fields", n);
  int capital = n == 11 && f[10].len == 7 && memcmp(f[10].ptr, "capital", 7) == 0;
  int no_admin2 = n == 11 && f[10].len == 9 && memcmp(f[10].ptr, "no-admin2", 9) == 0;
  if (n == 11 && f[10].len && !capital && !no_admin2)
    return sr_error_set(err, SR_EPACK, "unknown role '%.*s' (only 'capital', 'no-admin2')",
                        (int)f[10].len, f[10].ptr);
  sr_place p;
  memset(&p, 0, sizeof p);
  p.admin2_missing = no_admin2;
  if (!kind_of(f[1], &p.kind))
    return sr_error_set(err, SR_EPACK, "unknown kind '%.*s'", (int)f[1].len,
                        f[1].ptr);
  if (f[0].len == 0) return sr_error_set(err, SR_EPACK, "empty id");
  int fresh;
  int32_t *id_slot = sr_strmap_upsert(g->by_id, f[0].ptr, f[0].len, &fresh);
  if (!id_slot) return sr_error_set(err, SR_ENOMEM, "out of memory");
  if (!fresh)
    return sr_error_set(err, SR_EPACK, "duplicate id '%.*s'", (int)f[0].len,
                        f[0].ptr);
  p.has_coords = f[5].len > 0 || f[6].len > 0;
  if (p.has_coords && (!parse_double(f[5], &p.lat) || !parse_double(f[6], &p.lon) ||
                       p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180))
    return sr_error_set(err, SR_EPACK, "bad coordinates '%.*s' '%.*s'",
                        (int)f[5].len, f[5].ptr, (int)f[6].len, f[6].ptr);
  double pop = 0;
  /* more people than the world holds is a typo, and no long holds it */
  if (f[7].len && (!parse_double(f[7], &pop) || !(pop >= 0 && pop <= 1e10)))
    return sr_error_set(err, SR_EPACK, "bad population '%.*s'", (int)f[7].len, f[7].ptr);
  p.population = (long)pop;
  p.parent = -1;
  p.country = -1;
  p.capital = -1;
  if (n >= 10 && f[9].len) {
    int32_t parent;
    if (f[9].len == f[0].len && memcmp(f[9].ptr, f[0].ptr, f[0].len) == 0)
      return sr_error_set(err, SR_EPACK, "a place cannot be its own parent");
    if (!sr_strmap_get(g->by_id, f[9].ptr, f[9].len, &parent))
      return sr_error_set(err, SR_EPACK, "unknown parent '%.*s'", (int)f[9].len,
                          f[9].ptr);
    p.parent = parent;
  }
  /* A country or region may lack a point (Antarctica has no town); a town
  ** or neighbourhood must be somewhere. */
  if (!p.has_coords && p.parent < 0 &&
      (p.kind == SR_PLACE_CITY || p.kind == SR_PLACE_LOCALITY ||
       p.kind == SR_PLACE_NEIGHBOURHOOD))
    return sr_error_set(err, SR_EPACK, "a place needs coordinates or a parent");
  /* Last use of the line's raw bytes: keep() cuts fields out of it. */
  p.id = keep(g, f[0]);
  p.name = keep(g, f[2]);
  p.iso2 = keep(g, f[3]);
  /* "~Centre-Ouest": an admin1 read from the place's neighbours, GeoNames
  ** giving none it knows (docs/gazetteer.md) */
  if (f[4].len > 1 && f[4].ptr[0] == '~') {
    p.admin1_guessed = 1;
    f[4].ptr++;
    f[4].len--;
  }
  p.admin1 = keep(g, f[4]);
  if (!p.id || !p.name || !p.iso2 || !p.admin1)
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  /* Places come grouped by country often enough that the last answer is
  ** usually the right one. */
  if (g->count > 0 && strcmp(g->places[g->count - 1].iso2, p.iso2) == 0) {
    p.country = g->places[g->count - 1].country;
  } else {
    char cid[16];
    int cl = snprintf(cid, sizeof cid, "country:%s", p.iso2);
    int32_t country;
    if (cl > 0 && (size_t)cl < sizeof cid &&
        sr_strmap_get(g->by_id, cid, (size_t)cl, &country))
      p.country = country;
  }
  p.curated = 0; /* the loader marks packs/geo entries */
  if (sr_grow(&g->places, &g->cap, g->count, sizeof *g->places, 1024))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  int32_t index = (int32_t)g->count++;
  if (p.kind == SR_PLACE_COUNTRY) p.country = index;
  g->places[index] = p;
  /* a capital comes after its country, which the rows list first */
  if (capital && p.kind == SR_PLACE_CITY && p.country >= 0)
    g->places[p.country].capital = index;
  *id_slot = index;
  sr_str canonical = f[2];
  sr_status st = add_name(g, index, canonical, 1, err);
  return st == SR_OK ? add_names(g, index, f[8], err) : st;
}

/* Whether a name starts with a small letter: ASCII, or one of Latin-1's
** accented small letters (UTF-8 C3 A0..BF but the sign ÷), as in "îles
** Salomon", which French writes so in running text. */
static int starts_small(const sr_str *name) {
  const unsigned char *u = (const unsigned char *)name->ptr;
  if (name->len && u[0] >= 'a' && u[0] <= 'z') return 1;
  return name->len >= 2 && u[0] == 0xC3 && u[1] >= 0xA0 && u[1] != 0xB7;
}

/* alias <TAB> place id */
static sr_status add_alias(void *ctx, const sr_pack_line *entry,
                           sr_error *err) {
  sr_gazetteer *g = ctx;
  sr_str f[3];
  size_t n = sr_pack_fields(entry, f, 3);
  if (n != 2) return sr_error_set(err, SR_EPACK, "expected 'alias<TAB>place id'");
  int32_t p;
  if (!sr_strmap_get(g->by_id, f[1].ptr, f[1].len, &p))
    return sr_error_set(err, SR_EPACK, "unknown place id '%.*s'", (int)f[1].len,
                        f[1].ptr);
  /* an alias written in lower case ("capitale malienne", "îles Salomon")
  ** is read so in the text: its first word may start a name */
  g->loading_curated = starts_small(&f[0]);
  sr_status st = add_name(g, p, f[0], 1, err);
  g->loading_curated = 0;
  return st;
}

sr_gazetteer *sr_gazetteer_new(void) {
  sr_gazetteer *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  sr_arena_init(&g->strings, 1 << 20);
  sr_arena_init(&g->scratch, 16 * 1024);
  /* A block from the start: add_name's mark on an empty arena would free
  ** the block each name is folded in, a malloc and a free per name. */
  sr_arena_alloc(&g->scratch, 1);
  g->by_id = sr_strmap_new();
  g->by_key = sr_strmap_new();
  g->curated_starts = sr_strmap_new();
  g->first_words = sr_strmap_new();
  g->recent_place = -1;
  if (!g->by_id || !g->by_key || !g->curated_starts || !g->first_words) {
    sr_gazetteer_free(g);
    return NULL;
  }
  return g;
}

static size_t count_byte(const char *s, size_t len, char c) {
  size_t n = 0;
  for (const char *p = s, *end = s + len;
       (p = memchr(p, c, (size_t)(end - p))) != NULL; p++)
    n++;
  return n;
}

/* Upper bounds for a gazetteer text: a row a line, and per row its
** canonical name and one name per '|'-separated field. */
static void count_rows(const char *s, size_t len, size_t *rows,
                       size_t *names) {
  *rows = count_byte(s, len, '\n') + 1;
  *names = 2 * *rows + count_byte(s, len, '|');
}

/* Sizes every table once for the text's rows: growing them as rows come
** would rehash a million keys and copy the places through each doubling.
** Places and entries get bounds, and room for `more` rows of curated files
** loaded after (the slack is address space never touched).  The key tables get
** half the names: a place's names mostly share skeletons ("Aleppo",
** "ALEPPO"), so 557,735 names give 382,802 skeletons and 264,274 first
** words; bounds would double tables that are filled at random, every page
** of them touched.  More keys than that cost one rehash, not a result. */
static sr_status reserve(sr_gazetteer *g, const char *name, size_t len,
                         size_t more, sr_error *err) {
  size_t rows, names;
  count_rows(g->text, len, &rows, &names);
  if (rows > INT32_MAX / 2 || names > INT32_MAX / 2 ||
      rows > SIZE_MAX / 2 / sizeof *g->places)
    return sr_error_set(err, SR_EPACK, "%s: more than %d rows or names", name,
                        INT32_MAX / 2);
  rows += more;
  names += 8 * more;
  g->places = sr_big_alloc(rows * sizeof *g->places);
  g->entries = sr_big_alloc(names * sizeof *g->entries);
  if (!g->places || !g->entries ||
      sr_strmap_reserve(g->by_id, rows, rows * 12) != 0 ||
      sr_strmap_reserve(g->by_key, names / 2, names * 6) != 0 ||
      sr_strmap_reserve(g->first_words, names / 2, names * 3) != 0)
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  g->cap = rows;
  g->entry_cap = names;
  return SR_OK;
}

/* Loads rows from g->text, cutting their fields out of it in place. */
static sr_status load_text(sr_gazetteer *g, const char *name, size_t len,
                           size_t more, sr_error *err) {
  sr_status st = reserve(g, name, len, more, err);
  if (st != SR_OK) return st;
  g->inplace = 1;
  st = sr_pack_parse(name, g->text, len, add_place, g, err);
  g->inplace = 0;
  return st;
}

sr_status sr_gazetteer_with_rules(const char *translit, size_t translit_len,
                                  sr_gazetteer **out, sr_error *err) {
  *out = sr_gazetteer_new();
  if (!*out) return sr_error_set(err, SR_ENOMEM, "out of memory");
  return sr_translit_parse("translit", translit, translit_len,
                           &(*out)->translit, err);
}

sr_status sr_gazetteer_parse(const char *translit, size_t translit_len,
                             const char *places, size_t places_len,
                             sr_gazetteer **out, sr_error *err) {
  *out = NULL;
  sr_gazetteer *g;
  sr_status st = sr_gazetteer_with_rules(translit, translit_len, &g, err);
  /* A copy, loaded as the built file is: the caller's bytes stay as they
  ** are, and tests and fuzzing go through the same in-place cutting. */
  if (st == SR_OK && !(g->text = malloc(places_len + 1)))
    st = sr_error_set(err, SR_ENOMEM, "out of memory");
  if (st == SR_OK) {
    if (places_len) memcpy(g->text, places, places_len);
    g->text[places_len] = '\0';
    g->loading_curated = 1;
    st = load_text(g, "places", places_len, 0, err);
  }
  if (st == SR_OK) st = sr_gazetteer_index_admin1s(g, err);
  if (st != SR_OK) {
    sr_gazetteer_free(g);
    return st;
  }
  *out = g;
  return SR_OK;
}

uint64_t sr_gazetteer_hash(const char *data, size_t len) {
  uint64_t h = 1469598103934665603ULL; /* FNV-1a */
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)data[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* The first line of a gazetteer TSV (its format and sources), hashed; at
** most its first 4 KB, which is what sr_gazetteer_tsv_identity reads. */
static uint64_t head_hash(const char *data, size_t len) {
  if (len > 4096) len = 4096;
  const char *nl = memchr(data, '\n', len);
  return sr_gazetteer_hash(data, nl ? (size_t)(nl - data) : len);
}

int sr_gazetteer_tsv_identity(const char *tsv_path, sr_gazetteer_sources *src) {
  FILE *f = fopen(tsv_path, "rb");
  if (!f) return -1;
  char head[4096];
  size_t n = fread(head, 1, sizeof head, f);
  int ok = !ferror(f) && fseek(f, 0, SEEK_END) == 0;
  long size = ok ? ftell(f) : -1;
  fclose(f);
  if (size < 0) return -1;
  src->tsv_size = (uint64_t)size;
  src->tsv_head = head_hash(head, n);
  return 0;
}

/* A pack file of packs/geo read whole, hashed, then parsed. */
static sr_status load_hashed(const char *path, sr_pack_entry_fn fn,
                             sr_gazetteer *g, uint64_t *hash, sr_error *err) {
  char *data;
  size_t len;
  if (sr_file_read(path, &data, &len, err) != SR_OK) {
    if (err) err->code = SR_EPACK; /* as sr_pack_load reports it */
    return SR_EPACK;
  }
  *hash = sr_gazetteer_hash(data, len);
  sr_status st = sr_pack_parse(path, data, len, fn, g, err);
  free(data);
  return st;
}

/* pack_dir/geo/translit.tsv's rules, and the hash of its text. */
static sr_status read_translit(const char *pack_dir, sr_translit **out, uint64_t *hash,
                               sr_error *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/geo/translit.tsv", pack_dir);
  char *rules;
  size_t rules_len;
  if (sr_file_read(path, &rules, &rules_len, err) != SR_OK) {
    if (err) err->code = SR_EPACK;
    return SR_EPACK;
  }
  *hash = sr_gazetteer_hash(rules, rules_len);
  sr_status st = sr_translit_parse(path, rules, rules_len, out, err);
  free(rules);
  return st;
}

sr_status sr_gazetteer_load_tsv(const char *pack_dir, const char *tsv_path,
                                sr_gazetteer_sources *src, sr_gazetteer **out,
                                sr_error *err) {
  *out = NULL;
  memset(src, 0, sizeof *src);
  sr_gazetteer *g = sr_gazetteer_new();
  if (!g) return sr_error_set(err, SR_ENOMEM, "out of memory");
  char path[4096];
  sr_status st = read_translit(pack_dir, &g->translit, &src->translit, err);
  if (st == SR_OK) {
    size_t len;
    st = sr_file_read(tsv_path, &g->text, &len, err);
    if (st != SR_OK) {
      if (err) err->code = SR_EPACK; /* as sr_pack_load reports it */
      st = SR_EPACK;
    } else {
      src->tsv_size = len;
      src->tsv_head = head_hash(g->text, len);
      /* packs/geo/places.tsv and aliases.tsv: some hundred rows. */
      st = load_text(g, tsv_path, len, 1024, err);
    }
    if (st != SR_OK && err && strstr(err->message, "No such file"))
      sr_error_set(err, st, "%s: missing; build it with 'make' "
                   "(scripts/build-gazetteer)", tsv_path);
  }
  size_t built = g->count;
  if (st == SR_OK) {
    snprintf(path, sizeof path, "%s/geo/places.tsv", pack_dir);
    g->loading_curated = g->loading_ours = 1;
    st = load_hashed(path, add_place, g, &src->places, err);
    g->loading_curated = 0;
  }
  for (size_t i = built; i < g->count; i++) g->places[i].curated = 1;
  if (st == SR_OK) {
    snprintf(path, sizeof path, "%s/geo/aliases.tsv", pack_dir);
    g->loading_ours = 1;
    st = load_hashed(path, add_alias, g, &src->aliases, err);
  }
  g->loading_ours = 0;
  sr_arena_release(&g->scratch);
  if (st == SR_OK) st = sr_gazetteer_index_admin1s(g, err);
  if (st != SR_OK) {
    sr_gazetteer_free(g);
    return st;
  }
  *out = g;
  return SR_OK;
}

void sr_gazetteer_free(sr_gazetteer *g) {
  if (!g) return;
  free(g->places);
  free(g->admin1s);
  if (!g->image) free(g->entries); /* else they are the image's */
  sr_gazetteer_image_release(g);
  free(g->text);
  sr_strmap_free(g->by_id);
  sr_strmap_free(g->by_key);
  sr_strmap_free(g->curated_starts);
  sr_strmap_free(g->first_words);
  if (!g->translit_borrowed) sr_translit_free(g->translit);
  sr_arena_release(&g->strings);
  sr_arena_release(&g->scratch);
  sr_gazetteer_free(g->extra);
  free(g);
}

sr_status sr_gazetteer_add_rows(sr_gazetteer *g, const char *name, char *rows, size_t len,
                                const char *home, sr_error *err) {
  if (!home[0]) {
    g->homes = 2; /* a dump of many countries: no one home */
  } else if (!g->homes) {
    memcpy(g->home, home, 3);
    g->homes = 1;
  } else if (strcmp(g->home, home) != 0) {
    g->homes = 2;
  }
  if (g->homes > 1) g->home[0] = '\0';
  if (!rows || !len) {
    free(rows);
    return SR_OK;
  }
  sr_gazetteer *x = sr_gazetteer_new();
  if (!x) {
    free(rows);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  x->text = rows;
  x->translit = g->translit; /* g's, for the same skeletons */
  x->translit_borrowed = 1;
  sr_status st = load_text(x, name, len, 0, err);
  if (st != SR_OK) {
    sr_gazetteer_free(x);
    return st;
  }
  /* its places' countries are the first layer's, numbered as g numbers them */
  for (size_t i = 0; i < x->count; i++) {
    sr_place *p = &x->places[i];
    p->parent = -1;
    p->capital = -1;
    p->country = sr_gazetteer_country(g, p->iso2);
  }
  sr_gazetteer *last = g;
  while (last->extra) last = last->extra;
  last->extra = x;
  return SR_OK;
}

const char *sr_gazetteer_home(const sr_gazetteer *g) {
  return g->home[0] ? g->home : NULL;
}

const sr_translit *sr_gazetteer_translit(const sr_gazetteer *g) {
  return g->translit;
}

size_t sr_gazetteer_count(const sr_gazetteer *g) {
  return g->count + (g->extra ? sr_gazetteer_count(g->extra) : 0);
}

const sr_place *sr_gazetteer_place(const sr_gazetteer *g, int32_t index) {
  if (index < 0) return NULL;
  if ((size_t)index < g->count) return &g->places[index];
  return g->extra ? sr_gazetteer_place(g->extra, index - (int32_t)g->count) : NULL;
}

int32_t sr_gazetteer_find_id(const sr_gazetteer *g, const char *id, size_t len) {
  int32_t p;
  if (sr_strmap_get(g->by_id, id, len, &p)) return p;
  p = g->extra ? sr_gazetteer_find_id(g->extra, id, len) : -1;
  return p >= 0 ? p + (int32_t)g->count : -1;
}

int32_t sr_gazetteer_country(const sr_gazetteer *g, const char *iso2) {
  char cid[16];
  int cl = iso2 ? snprintf(cid, sizeof cid, "country:%s", iso2) : 0;
  return cl > 0 && (size_t)cl < sizeof cid ? sr_gazetteer_find_id(g, cid, (size_t)cl) : -1;
}

/* A unit is the one a compass part of its country means when it lies this
** much farther that way than any other (sr_gazetteer_admin1_toward). */
#define SINGLED_OUT_KM 50.0
#define KM_PER_DEGREE 111.2

static int by_key(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

sr_status sr_gazetteer_index_admin1s(sr_gazetteer *g, sr_error *err) {
  size_t n = 0;
  for (size_t i = 0; i < g->count; i++)
    n += g->places[i].kind == SR_PLACE_ADMIN1 && g->places[i].has_coords && g->places[i].country >= 0;
  free(g->admin1s);
  g->admin1_count = 0;
  g->admin1s = malloc((n ? n : 1) * sizeof *g->admin1s);
  if (!g->admin1s) return sr_error_set(err, SR_ENOMEM, "out of memory");
  for (size_t i = 0; i < g->count; i++) {
    const sr_place *p = &g->places[i];
    if (p->kind == SR_PLACE_ADMIN1 && p->has_coords && p->country >= 0)
      g->admin1s[g->admin1_count++] = (int64_t)p->country << 32 | (int64_t)i;
  }
  qsort(g->admin1s, g->admin1_count, sizeof *g->admin1s, by_key);
  return SR_OK;
}

int32_t sr_gazetteer_admin1_toward(const sr_gazetteer *g, int32_t country, double bearing) {
  if (country < 0 || (size_t)country >= g->count) return -1; /* countries are the first layer's */
  /* the country's run: the first key not below (country << 32) */
  size_t lo = 0, hi = g->admin1_count;
  const int64_t from = (int64_t)country << 32;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (g->admin1s[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  /* on a plane about the country, east scaled by its latitude: farthest
  ** along the bearing is the largest projection on it; ahead of the next
  ** by a good day's drive, or the direction singles out no one unit
  ** ("northern Syria" spans Aleppo, Idlib, Raqqa, Hasakah) */
  const double d = M_PI / 180, north = cos(bearing * d), east = sin(bearing * d);
  int32_t best = -1;
  double best_km = 0, next_km = 0;
  size_t n = 0;
  for (size_t i = lo; i < g->admin1_count && g->admin1s[i] >> 32 == country; i++, n++) {
    const sr_place *p = &g->places[(int32_t)(g->admin1s[i] & 0xffffffff)];
    double along = (north * p->lat + east * p->lon * cos(p->lat * d)) * KM_PER_DEGREE;
    if (best < 0 || along > best_km) {
      next_km = best_km;
      best = (int32_t)(g->admin1s[i] & 0xffffffff);
      best_km = along;
    } else if (n == 1 || along > next_km) {
      next_km = along;
    }
  }
  return n < 2 || best_km - next_km >= SINGLED_OUT_KM ? best : -1;
}

size_t sr_gazetteer_max_words(const sr_gazetteer *g) {
  size_t most = g->max_words;
  if (g->extra && sr_gazetteer_max_words(g->extra) > most) most = sr_gazetteer_max_words(g->extra);
  return most < 8 ? most : 8;
}

size_t sr_gazetteer_key(const sr_gazetteer *g, sr_arena *arena,
                        const char *name, size_t len, char *key) {
  sr_str folded = sr_fold(arena, name, len);
  return folded.ptr ? sr_skeleton(g->translit, folded.ptr, folded.len, key,
                                  SR_SKELETON_MAX)
                    : 0;
}

/* The places a key names in the layers `layers` (bit i: the i-th layer,
** g the first), numbered as g numbers them, the key's hash computed once. */
/* How likely a place is meant by a name many bear: one of packs/geo or a
** country first, then the more populous. */
static long likelihood(const sr_place *p) {
  return p->curated || p->kind == SR_PLACE_COUNTRY ? LONG_MAX : p->population;
}

/* A place bearing a name past the cap kept: it takes the place of the
** least likely kept if it is likelier ("Washington": two dozen towns, and
** more that have it as another name; the capital must not be lost among
** them). */
static void keep_likelier(const sr_gazetteer *root, int32_t place, unsigned char is_own,
                          int32_t *places, unsigned char *own, size_t cap) {
  size_t least = 0;
  long least_l = LONG_MAX;
  for (size_t k = 0; k < cap; k++) {
    long l = likelihood(sr_gazetteer_place(root, places[k]));
    if (l < least_l) {
      least_l = l;
      least = k;
    }
  }
  if (likelihood(sr_gazetteer_place(root, place)) > least_l) {
    places[least] = place;
    if (own) own[least] = is_own;
  }
}

size_t sr_gazetteer_lookup_in(const sr_gazetteer *g, const char *key, size_t len,
                              unsigned layers, int32_t *places, unsigned char *own,
                              size_t cap) {
  if (!g->extra) return layers & 1 ? sr_gazetteer_lookup(g, key, len, places, own, cap) : 0;
  const sr_gazetteer *root = g;
  uint32_t hash = sr_strmap_hash(key, len);
  size_t n = 0;
  int32_t base = 0;
  for (unsigned bit = 1; g; base += (int32_t)g->count, g = g->extra, bit <<= 1) {
    int32_t e;
    if (!(layers & bit) || !sr_strmap_get_hashed(g->by_key, key, len, hash, &e)) continue;
    for (; e >= 0; e = g->entries[e].next, n++)
      if (n < cap) {
        places[n] = g->entries[e].place + base;
        if (own) own[n] = g->entries[e].own;
      } else if (cap) {
        keep_likelier(root, g->entries[e].place + base, g->entries[e].own, places, own, cap);
      }
  }
  return n;
}

size_t sr_gazetteer_lookup(const sr_gazetteer *g, const char *key, size_t len,
                           int32_t *places, unsigned char *own, size_t cap) {
  if (g->extra) return sr_gazetteer_lookup_in(g, key, len, ~0u, places, own, cap);
  int32_t e; /* one layer, the usual case: one probe */
  if (!sr_strmap_get(g->by_key, key, len, &e)) return 0;
  size_t n = 0;
  for (; e >= 0; e = g->entries[e].next, n++)
    if (n < cap) {
      places[n] = g->entries[e].place;
      if (own) own[n] = g->entries[e].own;
    } else if (cap) {
      keep_likelier(g, g->entries[e].place, g->entries[e].own, places, own, cap);
    }
  return n;
}

int sr_gazetteer_curated_start(const sr_gazetteer *g, const char *folded,
                               size_t len) {
  return sr_strmap_get(g->curated_starts, folded, len, NULL);
}

size_t sr_gazetteer_words_from_in(const sr_gazetteer *g, const char *word, size_t len,
                                  unsigned *layers) {
  int32_t most;
  if (!g->extra) {
    *layers = 1;
    return sr_strmap_get(g->first_words, word, len, &most) ? (size_t)most : 0;
  }
  uint32_t hash = sr_strmap_hash(word, len);
  size_t best = 0;
  *layers = 0;
  for (unsigned bit = 1; g && bit; g = g->extra, bit <<= 1)
    if (sr_strmap_get_hashed(g->first_words, word, len, hash, &most)) {
      *layers |= bit;
      if ((size_t)most > best) best = (size_t)most;
    }
  return best;
}

size_t sr_gazetteer_words_from(const sr_gazetteer *g, const char *word,
                               size_t len) {
  unsigned layers;
  return sr_gazetteer_words_from_in(g, word, len, &layers);
}
