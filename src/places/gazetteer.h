/*
** The gazetteer: countries, first-level admin areas and populated places
** (built from GeoNames by scripts/build-gazetteer into packs/geo/gazetteer.tsv),
** the project's curated places (packs/geo/places.tsv: neighbourhoods,
** localities, borders) and aliases (packs/geo/aliases.tsv).  Names are
** indexed by their skeleton (skeleton.h), each with every place it may name.
*/
#ifndef SR_GAZETTEER_H
#define SR_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "../util/names.h"
#include "sitrep.h"
#include "skeleton.h"

#define SR_PLACE_KINDS(X)                                                  \
  X(SR_PLACE_COUNTRY, "country") X(SR_PLACE_ADMIN1, "admin1")              \
  X(SR_PLACE_CITY, "place") /* a populated place */                        \
  X(SR_PLACE_LOCALITY, "locality") X(SR_PLACE_NEIGHBOURHOOD, "neighbourhood") \
  X(SR_PLACE_BORDER, "border") X(SR_PLACE_REGION, "region")              \
  /* second and third-level administrative units (GeoNames ADM2, ADM3) */  \
  X(SR_PLACE_ADMIN2, "admin2") X(SR_PLACE_ADMIN3, "admin3")
typedef enum sr_place_kind { SR_PLACE_KINDS(SR_ENUM_ID) SR_PLACE_KIND_COUNT } sr_place_kind;

typedef struct sr_place {
  const char *id, *name, *iso2, *admin1;
  sr_place_kind kind;
  double lat, lon;
  int has_coords;
  /* GeoNames gives the row no admin2 code (known of the dumps added at
  ** start-up, geonames.c; 0 for other rows): among namesakes the text
  ** weighs alike, it comes after one GeoNames places in an admin2.  (Here,
  ** in what was padding: a larger sr_place costs every lookup.) */
  int admin2_missing;
  long population;
  int32_t parent;  /* the place it is part of (neighbourhood -> city), or -1 */
  int32_t country; /* its country's entry, or -1 */
  int curated;     /* from packs/geo, not GeoNames */
  int32_t capital; /* a country's capital (GeoNames PPLC, "the capital"), or -1 */
  /* How many spellings (distinct skeletons) it is known by, at most 255:
  ** where no population is counted, the better documented of namesake
  ** villages is the one more often written about. */
  unsigned spellings;
  /* Its admin1 is read from its neighbours' (GeoNames codes it "00", or
  ** with a code since retired: docs/gazetteer.md), not given: among
  ** namesakes the text weighs alike, it comes after one GeoNames codes. */
  int admin1_guessed;
} sr_place;

typedef struct sr_gazetteer sr_gazetteer;

/* Loads packs/geo/ under pack_dir; built_file (NULL for the pack's
** geo/gazetteer.tsv) names the built gazetteer file to read instead.  The
** compiled image beside it (X.tsv -> X.bin, gazetteer_image.c) is mapped
** instead of parsing the TSV files when it was compiled from them as they
** are now; built_file may also name an image itself.  A broken image is an
** error naming the file and what is wrong. */
sr_status sr_gazetteer_load(const char *pack_dir, const char *built_file,
                            sr_gazetteer **out, sr_error *err);
/* Loads the TSV files as sr_gazetteer_load does without an image, and
** writes their compiled image to out_path (NULL: beside the built TSV,
** where sr_gazetteer_load looks), atomically. */
sr_status sr_gazetteer_compile(const char *pack_dir, const char *built_file,
                               const char *out_path, sr_error *err);
/* A gazetteer's image in memory (malloc'ed; tests and fuzzing), and a
** gazetteer from image bytes and the translit rules' text (copied; no
** source file compared).  to_image compacts g's tables first. */
sr_status sr_gazetteer_to_image(sr_gazetteer *g, char **image, size_t *len,
                                sr_error *err);
sr_status sr_gazetteer_from_image(const char *translit, size_t translit_len,
                                  const void *image, size_t len,
                                  sr_gazetteer **out, sr_error *err);
/* A gazetteer from in-memory translit rules and places (tests, fuzzing). */
sr_status sr_gazetteer_parse(const char *translit, size_t translit_len,
                             const char *places, size_t places_len,
                             sr_gazetteer **out, sr_error *err);
void sr_gazetteer_free(sr_gazetteer *g);

const sr_translit *sr_gazetteer_translit(const sr_gazetteer *g);
size_t sr_gazetteer_count(const sr_gazetteer *g);
const sr_place *sr_gazetteer_place(const sr_gazetteer *g, int32_t index);
int32_t sr_gazetteer_find_id(const sr_gazetteer *g, const char *id, size_t len);
/* A country's entry by its ISO code (NULL or unknown: -1). */
int32_t sr_gazetteer_country(const sr_gazetteer *g, const char *iso2);
/* The first-level unit of a country (its entry's index) that lies
** furthest along a compass bearing (degrees clockwise from north: "the
** east of the country" is 90), -1 when it has none with a point. */
int32_t sr_gazetteer_admin1_toward(const sr_gazetteer *g, int32_t country, double bearing);
/* Longest name in words: how far a match needs to look. */
size_t sr_gazetteer_max_words(const sr_gazetteer *g);

/* The key a name is indexed under: its skeleton once folded (folding in
** arena), in key (SR_SKELETON_MAX bytes); its length, 0 when nothing is
** left to match on. */
size_t sr_gazetteer_key(const sr_gazetteer *g, sr_arena *arena,
                        const char *name, size_t len, char *key);

/* The places a skeleton names: fills up to cap indexes (and, when own is
** not NULL, 1 where it is the place's own name or packs/geo's, 0 where it
** is only an alternate one), returns how many there are (0: not a name). */
size_t sr_gazetteer_lookup(const sr_gazetteer *g, const char *skeleton,
                           size_t len, int32_t *places, unsigned char *own,
                           size_t cap);

/* The same, only in the layers a bit of `layers` names (bit i: the i-th;
** the GeoNames dumps added are layers after the first), as
** sr_gazetteer_words_from_in tells them for a name's first word: a word no
** name of a layer starts with spares that layer's probes. */
size_t sr_gazetteer_lookup_in(const sr_gazetteer *g, const char *skeleton, size_t len,
                              unsigned layers, int32_t *places, unsigned char *own,
                              size_t cap);

/* The most words of a name whose skeleton starts with this word; 0 when no
** name starts with it.  _in: and in *layers, the layers that have one. */
size_t sr_gazetteer_words_from_in(const sr_gazetteer *g, const char *word, size_t len,
                                  unsigned *layers);
size_t sr_gazetteer_words_from(const sr_gazetteer *g, const char *word,
                               size_t len);

/* 1 when a curated name starts with this folded word: such names are
** looked for even in lower case. */
int sr_gazetteer_curated_start(const sr_gazetteer *g, const char *folded,
                               size_t len);

const char *sr_place_kind_name(sr_place_kind kind);

/* Adds a GeoNames dump (a country's XX.txt or allCountries.txt, the 19
** columns of GeoNames' export) to a loaded gazetteer: its populated
** places, ADM2 and ADM3 units and the sites events happen at that g lacks
** (geonames.c).  An error names the file and line of a malformed row. */
sr_status sr_gazetteer_add_geonames(sr_gazetteer *g, const char *path, sr_error *err);
/* The same from a dump's text in memory (`name` for errors; fuzzing). */
sr_status sr_gazetteer_add_geonames_text(sr_gazetteer *g, const char *name,
                                         const char *text, size_t len, sr_error *err);
/* The dumps packs/geo/geonames.txt names (docs/gazetteer.md), when it is
** there. */
sr_status sr_gazetteer_add_configured(sr_gazetteer *g, const char *pack_dir,
                                      sr_error *err);
/* The country of the per-country dumps added, when they are of one
** country: what a document is about when it says nothing else; NULL. */
const char *sr_gazetteer_home(const sr_gazetteer *g);

#endif
