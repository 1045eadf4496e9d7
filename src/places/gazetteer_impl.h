/*
** The gazetteer's insides, shared by its two loaders: gazetteer.c reads
** the TSV files, gazetteer_image.c writes and maps the compiled image of
** what that reading built (docs/gazetteer.md, "Start-up").
*/
#ifndef SR_GAZETTEER_IMPL_H
#define SR_GAZETTEER_IMPL_H

#include "../util/arena.h"
#include "../util/strmap.h"
#include "gazetteer.h"

/* One (name, place) pair; pairs of one name are chained through `next`. */
typedef struct name_entry {
  int32_t place;
  int32_t next : 31;
  unsigned own : 1; /* the place's own name (or packs/geo's), not an alternate */
} name_entry;

struct sr_gazetteer {
  sr_place *places;
  size_t count, cap;
  name_entry *entries;
  size_t entry_count, entry_cap;
  sr_strmap *by_id;
  sr_strmap *by_key; /* skeleton -> first entry */
  /* First words of the curated names, folded: these may start a name in
  ** lower case ("la frontière turco-syrienne"). */
  sr_strmap *curated_starts;
  /* First word of every name's skeleton -> the most words a name starting
  ** with it has: one probe rules out most capitalised words. */
  sr_strmap *first_words;
  int loading_curated;
  int loading_ours; /* rows of packs/geo: their names are ours, not GeoNames' */
  /* The skeletons already indexed for the place being loaded: most of a
  ** place's names ("Aleppo", "ALEPPO", "Alep") share one, and checking
  ** here spares a probe into the large table. */
  int32_t recent_place;
  char recent[8][64];
  size_t recent_len[8], recent_count;
  sr_translit *translit;
  /* The gazetteer's text, kept: its rows' ids and names are cut out of it
  ** in place (see keep) and the places point there. */
  char *text;
  int inplace; /* the rows being loaded are in text */
  sr_arena strings;  /* the other files' ids and names */
  sr_arena scratch;  /* per line */
  size_t max_words;
  /* Loaded from a compiled image: entries and the maps' memory are in
  ** it (mapped: image_mapped bytes to unmap; else one malloc block). */
  void *image;
  size_t image_len;
  int image_mapped;
  /* GeoNames dumps added after loading (geonames.c): a second layer, its
  ** places numbered after these, itself possibly followed by a third. */
  struct sr_gazetteer *extra;
  /* The country of the one-country dumps added, when they all have one;
  ** "" when none or several. */
  char home[3];
  int homes;
  int translit_borrowed; /* a layer's rules are the first layer's */
  /* The first-level units that have a point, as (country << 32 | place),
  ** sorted: a country's are one run ("the east of the country" is told
  ** by them, sr_gazetteer_admin1_toward).  Built once loaded. */
  int64_t *admin1s;
  size_t admin1_count;
};

/* What a compiled image was built from, so that an image older than its
** sources is never used: hashes of the small pack files (which are read
** whole, they are a few KB), and of the gazetteer TSV its size and the
** hash of its first line (which names its format and source packages). */
typedef struct sr_gazetteer_sources {
  uint64_t translit, places, aliases;
  uint64_t tsv_size, tsv_head;
} sr_gazetteer_sources;

/* The compiled image's layout (gazetteer_image.c; tests corrupt it field
** by field). */
#define IMAGE_MAGIC "SRGAZIMG"
#define IMAGE_VERSION 6u
#define BYTE_ORDER_MARK 0x01020304u
#define ALIGN 64

enum { MAP_ID, MAP_KEY, MAP_WORD, MAP_START, MAP_COUNT };
enum { SEC_PLACES, SEC_ENTRIES, SEC_STRINGS, SEC_MAPS,
       SEC_COUNT = SEC_MAPS + 2 * MAP_COUNT }; /* slots, keys per map */

typedef struct image_section {
  uint64_t offset, size;
} image_section;

typedef struct image_header {
  char magic[8];
  uint32_t version, byte_order;
  uint64_t file_size;
  uint8_t icu[4]; /* UVersionInfo of the ICU that folded the names */
  uint32_t slot_size;
  sr_gazetteer_sources sources;
  uint64_t place_count, entry_count, max_words;
  uint64_t map_count[MAP_COUNT];
  image_section section[SEC_COUNT];
} image_header;

typedef struct image_place {
  uint32_t id, name, iso2, admin1; /* offsets in the strings */
  int32_t parent, country;
  uint8_t kind, has_coords, curated, capital, spellings, admin1_guessed,
      admin2_missing, pad; /* capital: its country's */
  double lat, lon;
  int64_t population;
} image_place;

_Static_assert(sizeof(name_entry) == 8, "name entries are written as they are");
_Static_assert(sizeof(image_place) == 56, "image places are packed");

uint64_t sr_gazetteer_hash(const char *data, size_t len);
/* Fills src->tsv_size and tsv_head from the TSV file; 0, or -1 when it
** cannot be read. */
int sr_gazetteer_tsv_identity(const char *tsv_path, sr_gazetteer_sources *src);

/* The TSV loader itself: pack_dir/geo's files and the built TSV, the
** hashes of what it read in *src. */
sr_status sr_gazetteer_load_tsv(const char *pack_dir, const char *tsv_path,
                                sr_gazetteer_sources *src, sr_gazetteer **out,
                                sr_error *err);
/* Unmaps or frees the image a gazetteer was loaded from (nothing when it
** was not). */
void sr_gazetteer_image_release(sr_gazetteer *g);
/* Adds the gazetteer rows in `rows` (malloc'ed, NUL-terminated, len bytes;
** taken in every case) as a layer after g's places; `name` for errors,
** `home` the country they all are in ("" when not one). */
sr_status sr_gazetteer_add_rows(sr_gazetteer *g, const char *name, char *rows, size_t len,
                                const char *home, sr_error *err);
/* Builds g->admin1s from g's places (each loader's last step). */
sr_status sr_gazetteer_index_admin1s(sr_gazetteer *g, sr_error *err);
/* An empty gazetteer, for a loader to fill; NULL when memory runs out. */
sr_gazetteer *sr_gazetteer_new(void);
/* The same with in-memory translit rules (tests, fuzzing): *out is set
** even on failure (NULL only when memory runs out), for the caller to free. */
sr_status sr_gazetteer_with_rules(const char *translit, size_t translit_len,
                                  sr_gazetteer **out, sr_error *err);

#endif
