/*
** GeoNames dumps as the user downloads them (a country's XX.txt, or
** allCountries.txt: 19 tab-separated columns, docs/gazetteer.md) added to a
** loaded gazetteer: each row an event may happen at becomes a row of the
** gazetteer's own format, and the rows the gazetteer lacks are indexed as
** a second layer (gazetteer.c), so the compiled image stays as it is.
**
** What is taken: populated places (class P, sections of cities included),
** second and third-level administrative units (ADM2, ADM3; their names also
** without "Province du", " Province"...), and the features events happen
** at (military bases, airports, refugee camps, mines, dams, bridges,
** border posts, prisons, police posts).  The names: GeoNames' own always,
** the ASCII and alternate ones when written in Latin letters, as
** scripts/gazetteer.py filters them.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/error.h"
#include "../util/fileio.h"
#include "../util/pack.h"
#include "gazetteer_impl.h"

enum { GN_ID, GN_NAME, GN_ASCII, GN_ALT, GN_LAT, GN_LON, GN_FCLASS, GN_FCODE,
       GN_CC, GN_CC2, GN_ADMIN1, GN_ADMIN2, GN_POP = 14, GN_COLUMNS = 19 };

/* Feature codes of class S that events happen at: camps (CMP: herders'
** and nomads' camps, which are villages in the Sahel) among them. */
static const char *const event_features[] = {
    "MILB", "INSM", "AIRP", "AIRB", "AIRF", "AIRH", "CMPRF", "CMP", "MN", "MNAU",
    "MNQR", "DAM", "BDG", "PSTB", "PRN", "PP", "PPQ"};

static int field_is(sr_str f, const char *s) {
  return f.len == strlen(s) && memcmp(f.ptr, s, f.len) == 0;
}

/* The gazetteer kind of a row, or NULL to leave it out. */
static const char *kind_of(sr_str fclass, sr_str fcode) {
  if (field_is(fclass, "P")) return "place";
  if (field_is(fclass, "A"))
    return field_is(fcode, "ADM2") ? "admin2" : field_is(fcode, "ADM3") ? "admin3" : NULL;
  /* a named locality: a hamlet or site with no population counted */
  if (field_is(fclass, "L")) return field_is(fcode, "LCTY") ? "place" : NULL;
  if (field_is(fclass, "S"))
    for (size_t i = 0; i < sizeof event_features / sizeof *event_features; i++)
      if (field_is(fcode, event_features[i])) return "place";
  return NULL;
}

/* One UTF-8 code point at s[*i] (advancing *i), or -1 when malformed. */
static long next_cp(const char *s, size_t len, size_t *i) {
  unsigned char c = (unsigned char)s[*i];
  int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2
              : (c & 0xF8) == 0xF0 ? 3 : -1;
  if (extra < 0 || *i + (size_t)extra >= len) return -1;
  long cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; k++) {
    unsigned char d = (unsigned char)s[*i + (size_t)k];
    if ((d & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (d & 0x3F);
  }
  *i += (size_t)extra + 1;
  return cp;
}

/* An alternate name worth matching on: Latin letters (with their marks),
** spaces, hyphens, apostrophes and dots only; no digits; two characters at
** least; not a code of three capitals or fewer ("ALP", IATA codes). */
static int keep_alternate(sr_str n) {
  if (n.len < 2) return 0;
  int capitals = 0, others = 0;
  for (size_t i = 0; i < n.len;) {
    long cp = next_cp(n.ptr, n.len, &i);
    if (cp < 0) return 0;
    if (cp >= 'A' && cp <= 'Z') capitals++;
    else others++;
    int latin = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
                (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x300 && cp <= 0x36F);
    int mark = cp == ' ' || cp == '-' || cp == '\'' || cp == '.' || cp == '`' ||
               cp == 0xB4 || cp == 0xB7 || cp == 0x2BC || cp == 0x2BB ||
               cp == 0x2BF || cp == 0x2BE || (cp >= 0x2010 && cp <= 0x2013) ||
               (cp >= 0x2018 && cp <= 0x2019) || cp == 0x2032;
    if (!latin && !mark) return 0;
  }
  return !(others == 0 && capitals <= 3);
}

/* "Province du Soum", "Gnagna Province": the name without the word for the
** unit, as texts name it; len 0 when there is no such word. */
static sr_str admin_short_name(sr_str n) {
  static const char *const before[] = {
      "Province du ", "Province de la ", "Province de l'", "Province des ",
      "Province de ", "Département du ", "Département de la ", "Département de l'",
      "Département de ", "Commune de ", "Cercle de ", "Préfecture de ", "District of "};
  static const char *const after[] = {" Province", " Department", " District",
                                      " Prefecture", " Region", " County"};
  sr_str none = {n.ptr, 0};
  for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
    size_t l = strlen(before[i]);
    if (n.len > l + 2 && memcmp(n.ptr, before[i], l) == 0)
      return (sr_str){n.ptr + l, n.len - l};
  }
  for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
    size_t l = strlen(after[i]);
    if (n.len > l + 2 && memcmp(n.ptr + n.len - l, after[i], l) == 0)
      return (sr_str){n.ptr, n.len - l};
  }
  return none;
}

/* "Kabonga 1", "Nioko II": a numbered section of a village (a number of
** one or two digits or a Roman numeral after a space), which texts name by
** the village's name; len 0 when the name is not so.  Not "Ouaga 2000". */
static sr_str section_base(sr_str n) {
  size_t sp = n.len;
  while (sp > 0 && n.ptr[sp - 1] != ' ') sp--;
  if (sp < 4 || sp == n.len) return (sr_str){n.ptr, 0};
  size_t tail = n.len - sp, digits = 0, roman = 0;
  for (size_t i = sp; i < n.len; i++) {
    digits += n.ptr[i] >= '0' && n.ptr[i] <= '9';
    roman += n.ptr[i] == 'I' || n.ptr[i] == 'V' || n.ptr[i] == 'X';
  }
  int numbered = (digits == tail && tail <= 2) || (roman == tail && tail <= 4);
  return (sr_str){n.ptr, numbered ? sp - 1 : 0};
}

/* A name fit for the gazetteer's names field: no separator inside. */
static int plain(sr_str n) {
  for (size_t i = 0; i < n.len; i++)
    if (n.ptr[i] == '|' || n.ptr[i] == '\t' || n.ptr[i] == '\n' || n.ptr[i] == '\r')
      return 0;
  return n.len > 0;
}

static void put(sr_buf *b, sr_str s) { sr_buf_put(b, s.ptr, s.len); }
static void puts_(sr_buf *b, const char *s) { sr_buf_put(b, s, strlen(s)); }

/* Splits a line into its tab-separated fields; how many there are. */
static size_t split(const char *line, size_t len, sr_str *f, size_t cap) {
  size_t n = 0, a = 0;
  for (size_t i = 0; i <= len; i++)
    if (i == len || line[i] == '\t') {
      if (n < cap) f[n] = (sr_str){line + a, i - a};
      n++;
      a = i + 1;
    }
  return n;
}

static int all_digits(sr_str s) {
  for (size_t i = 0; i < s.len; i++)
    if (s.ptr[i] < '0' || s.ptr[i] > '9') return 0;
  return s.len > 0;
}

/* A decimal number within [lo, hi], the whole field, into *out. */
static int number_in(sr_str s, double lo, double hi, double *out) {
  char buf[32];
  if (s.len == 0 || s.len >= sizeof buf) return 0;
  memcpy(buf, s.ptr, s.len);
  buf[s.len] = '\0';
  for (size_t i = 0; i < s.len; i++)
    if (!((buf[i] >= '0' && buf[i] <= '9') || buf[i] == '.' || buf[i] == '-')) return 0;
  char *end;
  *out = strtod(buf, &end);
  return *end == '\0' && *out >= lo && *out <= hi;
}

/* What is wrong with a row's fields, or NULL. */
static const char *malformed(const sr_str *f) {
  if (!all_digits(f[GN_ID]) || f[GN_ID].len > 12) return "a geonameid that is not a number";
  double lat, lon;
  if (!number_in(f[GN_LAT], -90, 90, &lat) || !number_in(f[GN_LON], -180, 180, &lon))
    return "bad coordinates";
  if (f[GN_POP].len && (!all_digits(f[GN_POP]) || f[GN_POP].len > 10)) return "bad population";
  return NULL;
}

/* The admin1 entry a row's code names, or -1 (no code, "00", or one of
** the old codes GeoNames no longer lists). */
static int32_t admin1_of(const sr_gazetteer *g, const sr_str *f) {
  char code[64];
  int cl = snprintf(code, sizeof code, "admin1:%.*s.%.*s", (int)f[GN_CC].len,
                    f[GN_CC].ptr, (int)f[GN_ADMIN1].len, f[GN_ADMIN1].ptr);
  return cl > 0 && (size_t)cl < sizeof code ? sr_gazetteer_find_id(g, code, (size_t)cl) : -1;
}

/* Whether a row is one the gazetteer takes and lacks. */
static int wanted(const sr_gazetteer *g, const sr_str *f) {
  if (!kind_of(f[GN_FCLASS], f[GN_FCODE]) || !plain(f[GN_NAME]) || f[GN_CC].len != 2 ||
      f[GN_CC].ptr[0] < 'A' || f[GN_CC].ptr[0] > 'Z' || f[GN_CC].ptr[1] < 'A' ||
      f[GN_CC].ptr[1] > 'Z')
    return 0;
  char id[48];
  int il = snprintf(id, sizeof id, "gn:%.*s", (int)f[GN_ID].len, f[GN_ID].ptr);
  return il > 3 && (size_t)il < sizeof id && sr_gazetteer_find_id(g, id, (size_t)il) < 0;
}

/* One wanted GeoNames row as a gazetteer row, in the admin1 entry a1
** (-1: none known); guessed: a1 is read from the row's neighbours, the
** gazetteer row's admin1 is marked so ("~Centre-Ouest"). */
static void convert(const sr_gazetteer *g, const sr_str *f, int32_t a1, int guessed,
                    sr_buf *out) {
  const char *kind = kind_of(f[GN_FCLASS], f[GN_FCODE]);
  char id[48];
  snprintf(id, sizeof id, "gn:%.*s", (int)f[GN_ID].len, f[GN_ID].ptr);
  const sr_place *admin1 = sr_gazetteer_place(g, a1);
  puts_(out, id);
  puts_(out, "\t");
  puts_(out, kind);
  puts_(out, "\t");
  put(out, f[GN_NAME]);
  puts_(out, "\t");
  put(out, f[GN_CC]);
  puts_(out, "\t");
  if (admin1 && guessed) puts_(out, "~");
  if (admin1) puts_(out, admin1->admin1); /* its short name: "Cascades" */
  sr_buf_put(out, "\t", 1);
  put(out, f[GN_LAT]);
  sr_buf_put(out, "\t", 1);
  put(out, f[GN_LON]);
  sr_buf_put(out, "\t", 1);
  if (f[GN_POP].len) put(out, f[GN_POP]);
  else sr_buf_put(out, "0", 1);
  sr_buf_put(out, "\t", 1);
  put(out, f[GN_NAME]);
  sr_str alt = f[GN_ALT];
  sr_str names[3] = {f[GN_ASCII], admin_short_name(f[GN_NAME]),
                     f[GN_FCLASS].len == 1 && f[GN_FCLASS].ptr[0] == 'P'
                         ? section_base(f[GN_NAME]) : (sr_str){NULL, 0}};
  for (size_t i = 0; i < 3; i++)
    if (names[i].len && plain(names[i]) && keep_alternate(names[i])) {
      sr_buf_put(out, "|", 1);
      put(out, names[i]);
    }
  for (size_t a = 0, i = 0; i <= alt.len; i++)
    if (i == alt.len || alt.ptr[i] == ',') {
      sr_str n = {alt.ptr + a, i - a};
      if (plain(n) && keep_alternate(n)) {
        sr_buf_put(out, "|", 1);
        put(out, n);
      }
      a = i + 1;
    }
  /* no admin2 code (a unit of the first level has none to give) */
  if (!f[GN_ADMIN2].len && !field_is(f[GN_FCODE], "ADM1")) puts_(out, "\t\tno-admin2");
  sr_buf_put(out, "\n", 1);
}

sr_status sr_gazetteer_add_geonames(sr_gazetteer *g, const char *path, sr_error *err) {
  char *text;
  size_t len;
  sr_status st = sr_file_read(path, &text, &len, err);
  if (st != SR_OK) return st;
  st = sr_gazetteer_add_geonames_text(g, path, text, len, err);
  free(text);
  return st;
}

/* Rows whose admin1 code the gazetteer knows, as points: where the
** admin1 of a row without one is read from. */
typedef struct known_point {
  float lat, lon;
  int32_t admin1;
} known_point;

typedef struct known_points {
  known_point *p;
  size_t n, cap;
  int failed;
} known_points;

static void known_add(known_points *k, double lat, double lon, int32_t admin1) {
  if (k->n == k->cap) {
    size_t cap = k->cap ? 2 * k->cap : 1024;
    known_point *p = realloc(k->p, cap * sizeof *p);
    if (!p) {
      k->failed = 1;
      return;
    }
    k->p = p;
    k->cap = cap;
  }
  k->p[k->n++] = (known_point){(float)lat, (float)lon, admin1};
}

static int by_latitude(const void *a, const void *b) {
  float x = ((const known_point *)a)->lat, y = ((const known_point *)b)->lat;
  return (x > y) - (x < y);
}

/* The admin1 of a point GeoNames gives none (a village coded "00", or
** with an admin1 code since retired): the one most of its NEIGHBOURS
** nearest rows are in, when the nearest lies within NEIGHBOUR_KM; -1
** otherwise.  Villages are a few km apart, so only a point right on a
** boundary may be put on its wrong side. */
#define NEIGHBOURS 5
#define NEIGHBOUR_KM 30.0
static int32_t admin1_nearby(const known_points *k, double lat, double lon) {
  if (!k->n) return -1;
  const double km_per_deg = 111.2, coslat = cos(lat * M_PI / 180);
  double best_d[NEIGHBOURS] = {0};
  int32_t best_a[NEIGHBOURS] = {0};
  size_t found = 0;
  size_t lo = 0, hi = k->n; /* the first point at or north of lat */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (k->p[mid].lat < lat) lo = mid + 1;
    else hi = mid;
  }
  /* outwards from lat, north and south, until a point's latitude alone
  ** puts it further than the NEIGHBOURS found */
  for (size_t up = lo, down = lo; up < k->n || down > 0;) {
    int north = up < k->n && (down == 0 || k->p[up].lat - lat <= lat - k->p[down - 1].lat);
    const known_point *q = north ? &k->p[up++] : &k->p[--down];
    double dlat = (q->lat - lat) * km_per_deg, dlon = (q->lon - lon) * km_per_deg * coslat;
    double limit = found == NEIGHBOURS ? best_d[NEIGHBOURS - 1] : NEIGHBOUR_KM * 4;
    if (fabs(dlat) > limit) break;
    double d = sqrt(dlat * dlat + dlon * dlon);
    if (d >= limit) continue;
    size_t at = found < NEIGHBOURS ? found++ : NEIGHBOURS - 1;
    for (; at > 0 && best_d[at - 1] > d; at--) {
      best_d[at] = best_d[at - 1];
      best_a[at] = best_a[at - 1];
    }
    best_d[at] = d;
    best_a[at] = q->admin1;
  }
  if (!found || best_d[0] > NEIGHBOUR_KM) return -1;
  int32_t chosen = best_a[0];
  int most = 0;
  for (size_t i = 0; i < found; i++) {
    int votes = 0;
    for (size_t j = 0; j < found; j++) votes += best_a[j] == best_a[i];
    if (votes > most) most = votes, chosen = best_a[i]; /* a tie: the nearer */
  }
  return chosen;
}

sr_status sr_gazetteer_add_geonames_text(sr_gazetteer *g, const char *path,
                                         const char *text, size_t len, sr_error *err) {
  sr_status st = SR_OK;
  sr_buf rows = {NULL, 0, 0, 0};
  known_points known = {NULL, 0, 0, 0};
  sr_buf pending = {NULL, 0, 0, 0}; /* wanted rows without an admin1: offsets */
  char country[3] = "";
  int one_country = 1;
  size_t lineno = 0;
  for (size_t a = 0; a < len && st == SR_OK;) {
    const char *nl = memchr(text + a, '\n', len - a);
    size_t end = nl ? (size_t)(nl - text) : len;
    size_t l = end - a;
    if (l && text[a + l - 1] == '\r') l--;
    lineno++;
    if (l) {
      sr_str f[GN_COLUMNS];
      size_t n = split(text + a, l, f, GN_COLUMNS);
      if (n != GN_COLUMNS) {
        st = sr_error_set(err, SR_EPACK, "%s:%zu: expected the 19 tab-separated "
                          "columns of a GeoNames dump, found %zu", path, lineno, n);
        break;
      }
      const char *why = malformed(f);
      if (why) {
        st = sr_error_set(err, SR_EPACK, "%s:%zu: %s", path, lineno, why);
        break;
      }
      if (f[GN_CC].len == 2) {
        if (!country[0]) memcpy(country, f[GN_CC].ptr, 2);
        else if (memcmp(country, f[GN_CC].ptr, 2) != 0) one_country = 0;
      }
      int32_t a1 = admin1_of(g, f);
      double lat, lon;
      number_in(f[GN_LAT], -90, 90, &lat);
      number_in(f[GN_LON], -180, 180, &lon);
      if (a1 >= 0) known_add(&known, lat, lon, a1);
      if (wanted(g, f)) {
        if (a1 >= 0) {
          convert(g, f, a1, 0, &rows);
        } else {
          size_t at[2] = {a, l};
          sr_buf_put(&pending, (const char *)at, sizeof at);
        }
      }
    }
    a = end + 1;
  }
  if (st == SR_OK && !known.failed && !pending.failed) {
    qsort(known.p, known.n, sizeof *known.p, by_latitude);
    for (size_t i = 0; i + 2 * sizeof(size_t) <= pending.len; i += 2 * sizeof(size_t)) {
      size_t at[2];
      memcpy(at, pending.data + i, sizeof at);
      sr_str f[GN_COLUMNS];
      split(text + at[0], at[1], f, GN_COLUMNS);
      double lat, lon;
      number_in(f[GN_LAT], -90, 90, &lat);
      number_in(f[GN_LON], -180, 180, &lon);
      int32_t a1 = admin1_nearby(&known, lat, lon);
      /* a neighbour over the border is no guide */
      const sr_place *p = sr_gazetteer_place(g, a1);
      if (p && (strlen(p->iso2) != 2 || memcmp(p->iso2, f[GN_CC].ptr, 2) != 0)) a1 = -1;
      convert(g, f, a1, 1, &rows);
    }
  }
  if (st == SR_OK && (rows.failed || known.failed || pending.failed))
    st = sr_error_set(err, SR_ENOMEM, "out of memory");
  free(known.p);
  free(pending.data);
  if (st == SR_OK)
    st = sr_gazetteer_add_rows(g, path, rows.data, rows.len, one_country ? country : "", err);
  else
    free(rows.data);
  return st;
}

typedef struct configured {
  sr_gazetteer *g;
  const char *pack_dir;
} configured;

/* geonames.txt: a dump's path a line, relative to the pack directory
** unless absolute; '?' before it when the dump may be absent. */
static sr_status add_configured(void *ctx, const sr_pack_line *entry, sr_error *err) {
  const configured *c = ctx;
  const char *p = entry->text;
  size_t len = entry->len;
  int optional = len && p[0] == '?';
  if (optional) p++, len--;
  char path[4096];
  int n = p[0] == '/' ? snprintf(path, sizeof path, "%.*s", (int)len, p)
                      : snprintf(path, sizeof path, "%s/%.*s", c->pack_dir, (int)len, p);
  if (!len || n < 0 || (size_t)n >= sizeof path)
    return sr_error_set(err, SR_EPACK, "expected the path of a GeoNames dump");
  FILE *f = fopen(path, "rb");
  if (!f) {
    if (optional) return SR_OK;
    return sr_error_set(err, SR_EPACK, "%s: cannot be read", path);
  }
  fclose(f);
  return sr_gazetteer_add_geonames(c->g, path, err);
}

sr_status sr_gazetteer_add_configured(sr_gazetteer *g, const char *pack_dir, sr_error *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/geo/geonames.txt", pack_dir);
  FILE *f = fopen(path, "rb");
  if (!f) return SR_OK; /* no dump configured */
  fclose(f);
  configured c = {g, pack_dir};
  return sr_pack_load(path, add_configured, &c, err);
}
