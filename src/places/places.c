/*
** Places: names from the gazetteer found in the text ("Alep", "le quartier
** de Boustane al-Qasr", "au sud-ouest d'Alep", "Idlib province"), then,
** once the whole document is read, each resolved to one gazetteer entry.
**
** A name is taken when it starts with a capital letter or follows a cue
** ("quartier de"), and is not the first name of a person ("Vladimir
** Poutine": a capitalised word follows that is not a place).  A name that
** could be a small place abroad needs support: the document's country, a
** cue, or a large population.
*/
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "../mentions/pack.h"
#include "../text/fold.h"
#include "../util/utf8.h"
#include "places.h"

#define MAX_CANDIDATES 32
/* Without a cue or the document's country, a place must be this large to be
** believed: small towns abroad share names with people and words. */
#define UNSUPPORTED_MIN_POPULATION 100000
/* a village: fewer people than cities500 counts in a town (most of a
** country file's places count none) */
#define SMALL_VILLAGE 500
/* A town this large said to be where things happen, that no place of the
** home country is named as, tells its country (places_focus). */
#define SAID_TOWN_MIN_POPULATION 30000
/* For a namesake in a province the document names. */
#define REGION_BONUS 2
#define SEAT_BONUS 0.5 /* a unit's seat over its namesake villages, no more */
#define COUNTRY_AFTER_BONUS 6

void sr_country_vote(sr_country_votes *votes, const char *iso2, int weight) {
  if (!iso2 || strlen(iso2) != 2) return;
  for (size_t i = 0; i < votes->n; i++)
    if (memcmp(votes->iso2[i], iso2, 2) == 0) {
      votes->count[i] += weight;
      return;
    }
  if (votes->n == SR_MAX_COUNTRY_VOTES) return;
  memcpy(votes->iso2[votes->n], iso2, 3);
  votes->count[votes->n++] = weight;
}

#define is_capitalised sr_view_capitalised

/* Whether a place mention tells nothing of the document's country: a
** neighbour or a destination, a venue or a backer, a town's part named
** after a town ("the Lome quarter" of Dedougou), a word a cue made a place
** ("la région du Sahel", "au sud du Sahel": its region is believed only in
** a report the rest of the text says is about its country). */
static int tells_no_country(const sr_place_part *p) {
  return p->place_role == SR_PR_BORDER || p->place_role == SR_PR_BASED ||
         p->place_role == SR_PR_NEIGHBOURHOOD || p->word_cued || p->word_placed;
}

/* A Roman numeral in capitals ("II", "XIV"): a regnal number after a name. */
static int roman_numeral(const sr_view *v, size_t i) {
  if (v->tok[i].kind != SR_TOKEN_WORD) return 0;
  const char *s = v->text + v->tok[i].byte_start;
  size_t n = v->tok[i].byte_end - v->tok[i].byte_start;
  if (n == 0 || n > 5) return 0;
  for (size_t k = 0; k < n; k++)
    if (!strchr("IVXLC", s[k]) || !s[k]) return 0;
  return 1;
}

/* Tokens a name may span: words, numbers, and the hyphens and apostrophes
** inside names ("Boustane al-Qasr", "Ma'arrat"). */
static int name_token(const sr_view *v, size_t i) {
  if (v->used[i]) return 0;
  if (v->tok[i].kind == SR_TOKEN_WORD || v->tok[i].kind == SR_TOKEN_NUMBER) return 1;
  const sr_str *f = &v->fold[i];
  return f->len == 1 && (f->ptr[0] == '-' || f->ptr[0] == '\'');
}

/* Each token's skeleton, made once per sentence: a name is looked up at
** every capitalised word, and again for each longer span that starts there,
** and transliterating a word through every rule was a sixth of the time. */
#define SKELETONS 64      /* tokens remembered, by index modulo */
#define SPAN_FOLDED 512   /* bytes of a span's folded words, spaces between */
#define WORD_FOLDED 127   /* a longer word makes no skeleton (sr_skeleton's limit) */
typedef struct skeletons {
  const sr_gazetteer *g;
  const sr_view *v;
  size_t token[SKELETONS]; /* token index + 1; 0: none yet */
  int len[SKELETONS];      /* -1: the word is too long */
  char text[SKELETONS][SR_SKELETON_MAX];
} skeletons;

/* A word with a possessive ending ("Nigeria's", "Bihar’s": one token,
** folded with a straight apostrophe): its length without it, else 0. */
static size_t possessive(const sr_view *v, size_t i) {
  const sr_str *f = &v->fold[i];
  return f->len > 3 && f->ptr[f->len - 2] == '\'' && f->ptr[f->len - 1] == 's' ? f->len - 2 : 0;
}

/* Token i's skeleton; *len its length, -1 when it can make none.  A
** possessive's is its name's: "Nigeria's Borno state". */
static const char *token_skeleton(skeletons *sk, size_t i, int *len) {
  size_t slot = i % SKELETONS;
  if (sk->token[slot] != i + 1) {
    const sr_str *f = &sk->v->fold[i];
    size_t flen = possessive(sk->v, i);
    if (!flen) flen = f->len;
    sk->token[slot] = i + 1;
    sk->len[slot] = flen >= WORD_FOLDED
                        ? -1
                        : (int)sr_skeleton(sr_gazetteer_translit(sk->g), f->ptr, flen,
                                           sk->text[slot], SR_SKELETON_MAX);
  }
  *len = sk->len[slot];
  return sk->text[slot];
}

/* Whether token i is a prefix the segmenter split off at its apostrophe
** ("d'" of "d'Ivoire"): a word that ends in one, touching the next. */
static int elided(const sr_view *v, size_t i) {
  const sr_str *f = &v->fold[i];
  return f->len >= 2 && f->ptr[f->len - 1] == '\'' && i + 1 < v->n &&
         v->tok[i].kind == SR_TOKEN_WORD && v->tok[i].byte_end == v->tok[i + 1].byte_start &&
         v->tok[i + 1].kind == SR_TOKEN_WORD;
}

/* The skeleton of elided token i and the word after it as one word, into
** buf (SR_SKELETON_MAX); its length, -1 when it can make none. */
static int elided_skeleton(skeletons *sk, size_t i, char *buf) {
  const sr_str *a = &sk->v->fold[i], *b = &sk->v->fold[i + 1];
  char word[WORD_FOLDED];
  if (a->len + b->len >= sizeof word) return -1;
  memcpy(word, a->ptr, a->len);
  memcpy(word + a->len, b->ptr, b->len);
  return (int)sr_skeleton(sr_gazetteer_translit(sk->g), word, a->len + b->len, buf,
                          SR_SKELETON_MAX);
}

/* The skeleton of tokens [at, end) into key; its length (0: empty).  The
** same as that of their folded words joined by spaces: words are
** transliterated one by one. */
static size_t span_skeleton(skeletons *sk, size_t at, size_t end, char *key, size_t cap) {
  size_t o = 0, folded = 0;
  for (size_t k = at; k < end; k++) {
    size_t flen = sk->v->fold[k].len;
    if (folded + flen + 1 >= SPAN_FOLDED) return 0;
    folded += flen + (folded ? 1 : 0);
    int len;
    char joined[SR_SKELETON_MAX];
    const char *w;
    if (k + 1 < end && elided(sk->v, k) && is_capitalised(sk->v, k + 1) &&
        (k > at || is_capitalised(sk->v, k))) {
      /* inside a name, an elided word is one word with the next, as the
      ** gazetteer spells it: "Côte d'Ivoire" is "cote divoire"; so is a
      ** name's first word written with its capital ("N'Zérékoré",
      ** "L'Aquila"), not "d'Alep", whose name starts at Alep.  Only
      ** before a capital: "le chef d'état-major" spells no name, and
      ** joining costs a skeleton the cache does not keep */
      w = joined;
      len = elided_skeleton(sk, k, joined);
      folded += sk->v->fold[++k].len;
    } else {
      w = token_skeleton(sk, k, &len);
    }
    if (len < 0) return 0;
    if (len == 0) continue;
    if (o + (o ? 1 : 0) + (size_t)len >= cap) return 0;
    if (o) key[o++] = ' ';
    memcpy(key + o, w, (size_t)len);
    o += (size_t)len;
  }
  if (o < cap) key[o] = '\0';
  return o;
}

/* Whether token i is an article bound by a hyphen to the next word ("al-"
** of "al-Sheeh"): a word the translit rules reduce to nothing. */
static int bound_article(skeletons *sk, size_t i) {
  const sr_view *v = sk->v;
  if (i + 1 >= v->n || v->tok[i].kind != SR_TOKEN_WORD || v->fold[i + 1].len != 1 ||
      v->fold[i + 1].ptr[0] != '-')
    return 0;
  char key[SR_SKELETON_MAX];
  return span_skeleton(sk, i, i + 1, key, sizeof key) == 0;
}

static int all_capitals(const sr_view *v, size_t i);

/* Whether the words before token `at` are a capitalised word and an
** article, perhaps bound by a hyphen ("Aqareb es Safi", "Ras el-Ain"); not
** a word of the language ("VDP at Kaya": "at" is a locative, VDP an
** acronym) nor after a place found ("Aleppo as ..."). */
static int after_name_and_article(skeletons *sk, const sr_place_pack *k, size_t at) {
  const sr_view *v = sk->v;
  if (at < 2) return 0;
  size_t j = at - 1;
  int bound = v->tok[j].kind == SR_TOKEN_PUNCT && v->fold[j].len == 1 && v->fold[j].ptr[0] == '-';
  if (bound) {
    if (j < 2) return 0;
    j--;
  }
  size_t wl;
  if (v->tok[j].kind != SR_TOKEN_WORD || v->tok[j - 1].kind != SR_TOKEN_WORD ||
      !sr_view_capitalised(v, j - 1) || all_capitals(v, j - 1) || v->used[j - 1] ||
      v->tok[j - 1].byte_end + 1 != v->tok[j].byte_start ||
      (!bound && sr_view_match(v, &k->t[SR_PT_LOCATIVES], j, &wl)))
    return 0;
  char key[SR_SKELETON_MAX];
  return span_skeleton(sk, j, j + 1, key, sizeof key) == 0;
}

static int is_punct(const sr_view *v, size_t i, char c);

/* Whether a word of speech (place_speech.txt `venue`: "Speaking",
** "S'exprimant") opens the clause token i lies in, within a few words,
** and no word of what is told (`topic`: "about") comes between.  Only the
** clause's first word is looked up for it. */
#define SPEECH_CLAUSE_WORDS 10
static int in_speech_clause(const sr_view *v, const sr_place_pack *k, size_t i) {
  size_t start = i;
  while (start > 0 && i - start < SPEECH_CLAUSE_WORDS &&
         !(v->tok[start - 1].kind == SR_TOKEN_PUNCT && !is_punct(v, start - 1, '\'') &&
           !is_punct(v, start - 1, '-')))
    start--;
  if (start == i || (start > 0 && v->tok[start - 1].kind != SR_TOKEN_PUNCT)) return 0;
  size_t len;
  const sr_row *r = sr_view_match(v, &k->t[SR_PT_SPEECH], start, &len);
  if (!r || !r->label || strcmp(r->label, "venue") != 0) return 0;
  /* "Speaking about the attack in Herat": the place of what is told */
  for (size_t j = start + len; j < i; j++)
    if ((r = sr_view_match(v, &k->t[SR_PT_SPEECH], j, &len)) && r->label &&
        strcmp(r->label, "topic") == 0)
      return 0;
  return 1;
}

/* The token of a word of place_speech.txt labelled `label` in the clause
** within `most` tokens before token i, or i when there is none. */
static size_t labelled_before(const sr_view *v, const sr_place_pack *k, size_t i,
                              const char *label, size_t most) {
  for (size_t j = i; j-- > 0 && i - j <= most;) {
    if (v->tok[j].kind == SR_TOKEN_PUNCT) {
      if (is_punct(v, j, '\'') || is_punct(v, j, '-')) continue;
      return i;
    }
    size_t len;
    const sr_row *r = sr_view_match(v, &k->t[SR_PT_SPEECH], j, &len);
    if (r && r->label && strcmp(r->label, label) == 0) return j;
  }
  return i;
}

/* Whether a word of carrying (place_speech.txt `carried`: "évacués",
** "airlifted") lies in the clause before the place at token i: "les
** blessés ont été évacués par hélicoptère à N'Djamena" tells where they
** were taken, not where they were hurt. */
#define CARRIED_WORDS 8
static int carried_to(const sr_view *v, const sr_place_pack *k, size_t i) {
  return labelled_before(v, k, i, "carried", CARRIED_WORDS) != i;
}

/* Whether the place at token i follows a verb of speech (place_speech.txt
** `spoke`: "indiqué", "appris") that opens an incise, a few words after a
** comma: ", a-t-on appris lundi à Niamey", ", a annoncé l'armée à Bamako"
** tell where the news was given, not where the deed was done, even in the
** report's own country.  Not "a indiqué qu'un soldat a été tué à Kaya":
** the place is farther than SPOKE_WORDS, and the content is no incise. */
#define SPOKE_WORDS 6
#define INCISE_WORDS 3
static int spoken_in_incise(const sr_view *v, const sr_place_pack *k, size_t i) {
  size_t j = labelled_before(v, k, i, "spoke", SPOKE_WORDS);
  if (j == i) return 0;
  size_t words = 0;
  while (j-- > 0) {
    if (v->tok[j].kind == SR_TOKEN_PUNCT) {
      if (is_punct(v, j, '\'') || is_punct(v, j, '-')) continue;
      return is_punct(v, j, ',');
    }
    if (++words > INCISE_WORDS) return 0;
  }
  return 0;
}

/* Whether a cue ends right before the capitalised word before token `at`
** ("du quartier Kher Khanna"): the name at `at` is the end of a longer one
** the cue is about and the gazetteer lacks (the quarter, not Khanna in
** India). */
#define CUE_MAX_WORDS 4
static int after_cue_and_name(const sr_view *v, const sr_place_pack *k, size_t at) {
  /* (the word may be a name of its own elsewhere: "département du Mayo
  ** Sava", Mayo in Ireland, is the unit, not Saveh in Iran) */
  if (at < 2 || v->tok[at - 1].kind != SR_TOKEN_WORD ||
      !sr_view_capitalised(v, at - 1) || all_capitals(v, at - 1))
    return 0;
  for (size_t back = 1; back <= CUE_MAX_WORDS && back < at; back++) {
    size_t len;
    const sr_row *cue = sr_view_match(v, &k->t[SR_PT_CUES], at - 1 - back, &len);
    if (cue && len == back) return cue->a < SR_PR_NEAR && cue->a != SR_PR_BORDER &&
                                   cue->a != SR_PR_BASED;
  }
  return 0;
}

/* Whether a cue ends right before the capitalised word before token `at`
** ("near Feto Selba", "the village of Kongo Sud"): the two words are one
** place's name the gazetteer lacks, not a first name and a surname.  (Not
** a bare "in": "in Turkeys Hatay province" lacks its apostrophe.) */
static int placed_before_name(const sr_view *v, const sr_place_pack *k, size_t at) {
  if (at < 2) return 0;
  for (size_t back = 1; back <= CUE_MAX_WORDS && back < at; back++) {
    size_t len;
    const sr_row *cue = sr_view_match(v, &k->t[SR_PT_CUES], at - 1 - back, &len);
    if (cue && len == back) return cue->a != SR_PR_BORDER && cue->a != SR_PR_BASED;
  }
  return 0;
}

/* The longest gazetteer name starting at token `at`: returns its length in
** tokens and fills cands.  `whole`: a name followed by a bound article is
** the start of a longer one ("Khan al-Sheeh"), not a name; without it, any
** name that starts there will do (is the word after "Syria" a place?). */
static size_t longest_name(skeletons *sk, size_t at, int whole, int32_t *cands,
                           unsigned char *own, size_t *ncands) {
  const sr_gazetteer *g = sk->g;
  const sr_view *v = sk->v;
  char key[SR_SKELETON_MAX];
  size_t best = 0, most_words = 0, end = at, last_klen = 0;
  unsigned layers = 0; /* the gazetteer's layers with a name starting so */
  while (end < v->n && name_token(v, end)) {
    end++;
    /* A name ends on a word, not on a hyphen; nor on or before an
    ** article bound to the next word: "Khan al-Sheeh" is neither "Khan al"
    ** nor "Khan". */
    if (v->tok[end - 1].kind == SR_TOKEN_PUNCT) continue;
    if (end + 1 < v->n && (v->fold[end].len == 1 || v->fold[end + 1].len == 1) &&
        ((end - 1 > at && bound_article(sk, end - 1)) || (whole && bound_article(sk, end))))
      continue;
    size_t klen = span_skeleton(sk, at, end, key, sizeof key);
    if (!klen) continue; /* only an article so far ("al-") */
    /* ...nor on an article ("Aleppo as Syrian forces advanced") */
    if (klen == last_klen) continue;
    last_klen = klen;
    size_t words = 1, first = klen;
    for (size_t i = 0; i < klen; i++)
      if (key[i] == ' ') {
        if (first == klen) first = i;
        words++;
      }
    if (!most_words) {
      most_words = sr_gazetteer_words_from_in(g, key, first, &layers);
      if (!most_words) break; /* no name starts with this word */
    }
    if (words > most_words) break;
    /* the candidates of each name found, a longer one's after a shorter */
    size_t n = sr_gazetteer_lookup_in(g, key, klen, layers, cands, own, MAX_CANDIDATES);
    if (n) {
      best = end - at;
      *ncands = n < MAX_CANDIDATES ? n : MAX_CANDIDATES;
    }
    if (possessive(v, end - 1)) break; /* a name ends on "'s" */
  }
  return best;
}

/* Whether the name at token `at` is a region of the country the name at
** token `next` is ("Nord-Ouest" ... "Cameroun"). */
static int region_of_next(skeletons *sk, size_t at, size_t next) {
  int32_t cands[MAX_CANDIDATES], countries[MAX_CANDIDATES];
  unsigned char own[MAX_CANDIDATES];
  size_t n = 0, nc = 0;
  if (next >= sk->v->n || !longest_name(sk, next, 1, countries, own, &nc) ||
      !longest_name(sk, at, 1, cands, own, &n))
    return 0;
  for (size_t a = 0; a < nc; a++) {
    const sr_place *country = sr_gazetteer_place(sk->g, countries[a]);
    if (country->kind != SR_PLACE_COUNTRY) continue;
    for (size_t b = 0; b < n; b++) {
      const sr_place *p = sr_gazetteer_place(sk->g, cands[b]);
      if (p->kind == SR_PLACE_ADMIN1 && strcmp(p->iso2, country->iso2) == 0) return 1;
    }
  }
  return 0;
}

/* Whether any gazetteer name starts at token `at` (is the capitalised
** word after a name a place, or a surname, a longer name's end?). */
static int starts_a_name(skeletons *sk, size_t at) {
  int32_t cands[MAX_CANDIDATES];
  unsigned char own[MAX_CANDIDATES];
  size_t n = 0;
  return longest_name(sk, at, 0, cands, own, &n) != 0;
}

static long max_population(const sr_gazetteer *g, const int32_t *c, size_t n) {
  long best = 0;
  for (size_t i = 0; i < n; i++) {
    const sr_place *p = sr_gazetteer_place(g, c[i]);
    long pop = p->population;
    if (p->kind == SR_PLACE_COUNTRY || p->curated) pop = 10000000;
    if (pop > best) best = pop;
  }
  return best;
}

/* The sentence's first word or number: a token up to it is at the start
** of its sentence, past any quotation mark, where every word is
** capitalised, so capitals say nothing ("Selon l'agence", "La ville"). */
static size_t first_word(const sr_view *v) {
  size_t k = 0;
  while (k < v->n && v->tok[k].kind != SR_TOKEN_WORD && v->tok[k].kind != SR_TOKEN_NUMBER) k++;
  return k;
}

static int one_country(const sr_gazetteer *g, const int32_t *c, size_t n) {
  const char *iso2 = sr_gazetteer_place(g, c[0])->iso2;
  for (size_t k = 1; k < n; k++)
    if (strcmp(sr_gazetteer_place(g, c[k])->iso2, iso2) != 0) return 0;
  return 1;
}

/* Whether a mention before m voted for the place c: a country towns
** abroad are named after ("Turkey", "Mozambique") votes once, however
** often named. */
static int voted_before(const sr_mention_list *out, const sr_mention *m, int32_t c) {
  for (const sr_mention *o = out->items; o < m; o++)
    if (o->type == SR_MENTION_PLACE && sr_place_of(o)->voted && sr_place_of(o)->candidate_count &&
        sr_place_of(o)->candidates[0] == c)
      return 1;
  return 0;
}

/* Some candidate an administrative unit ("Soum": a province and a town). */
static int any_unit(const sr_gazetteer *g, const int32_t *c, size_t n) {
  for (size_t k = 0; k < n; k++) {
    sr_place_kind kind = sr_gazetteer_place(g, c[k])->kind;
    if (kind == SR_PLACE_ADMIN1 || kind == SR_PLACE_ADMIN2 || kind == SR_PLACE_ADMIN3) return 1;
  }
  return 0;
}

/* Whether every candidate is an administrative unit: "Ituri", a province
** and no town. */
static int only_units(const sr_gazetteer *g, const int32_t *c, size_t n) {
  for (size_t k = 0; k < n; k++) {
    sr_place_kind kind = sr_gazetteer_place(g, c[k])->kind;
    if (kind != SR_PLACE_ADMIN1 && kind != SR_PLACE_ADMIN2 && kind != SR_PLACE_ADMIN3) return 0;
  }
  return n > 0;
}

/* Some candidate a country: "près du Burkina Faso" names a neighbour. */
static int any_country_of(const sr_gazetteer *g, const int32_t *c, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (sr_gazetteer_place(g, c[k])->kind == SR_PLACE_COUNTRY) return 1;
  return 0;
}

/* "Boma state": a name said to be a province that no unit (nor country)
** bears is a unit the gazetteer lacks, no sign of its namesake town's
** country. */
static int unit_lacking(const sr_gazetteer *g, const sr_place_part *p) {
  return p->place_role == SR_PR_ADMIN1 && !any_unit(g, p->candidates, p->candidate_count) &&
         !any_country_of(g, p->candidates, p->candidate_count);
}

static int any_curated(const sr_gazetteer *g, const int32_t *c, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (sr_gazetteer_place(g, c[k])->curated) return 1;
  return 0;
}

/* Moves first the candidates that go by the name as their own, not as an
** alternate one ("Son" is Anshan's other name, "Western" a town's in
** Wisconsin; packs/geo's names count as own); returns how many. */
static size_t own_named_first(int32_t *c, const unsigned char *own, size_t n) {
  size_t named = 0;
  for (size_t k = 0; k < n; k++)
    if (own[k]) {
      int32_t t = c[named];
      c[named++] = c[k];
      c[k] = t;
    }
  return named;
}

static int is_punct(const sr_view *v, size_t i, char c) {
  return i < v->n && v->fold[i].len == 1 && v->fold[i].ptr[0] == c;
}

/* A word in capitals only ("JNIM", "FNDC"): an acronym, not a place's name. */
static int all_capitals(const sr_view *v, size_t i) {
  for (size_t b = v->tok[i].byte_start; b < v->tok[i].byte_end; b++)
    if ((v->text[b] >= 'a' && v->text[b] <= 'z') || (unsigned char)v->text[b] >= 0x80)
      return 0;
  return 1;
}

/* The closing token of a bracket of units opened at `open` ("(Coalla,
** Gnagna)"): names, each starting with a capital, between commas, their
** words in lower case short ("du", "de"); 0 when
** the bracket holds anything else ("(coded as X at geoprecision 2)") or an
** acronym ("(JNIM)"). */
static size_t units_bracket(const sr_view *v, size_t open) {
  if (!is_punct(v, open, '(')) return 0;
  int want_name = 1;
  for (size_t k = open + 1; k < v->n && k < open + 16; k++) {
    if (is_punct(v, k, ')')) return want_name ? 0 : k;
    if (is_punct(v, k, ',')) {
      if (want_name) return 0;
      want_name = 1;
      continue;
    }
    if (want_name) {
      if (v->tok[k].kind != SR_TOKEN_WORD || !is_capitalised(v, k) || all_capitals(v, k))
        return 0;
      want_name = 0;
    } else if (v->tok[k].kind != SR_TOKEN_WORD && !is_punct(v, k, '-') &&
               !is_punct(v, k, '\'')) {
      return 0;
    } else if (v->tok[k].kind == SR_TOKEN_WORD && !is_capitalised(v, k) &&
               v->tok[k].byte_end - v->tok[k].byte_start > 3) {
      return 0; /* a name's small words ("Boucle du Mouhoun"), not a phrase
                   ("(Qaeda branch in the Levant)") */
    }
  }
  return 0;
}

/* The kilometres a length quantity ("50 km", "about 60 kilometres", "30
** miles") ending right before token i says, or 0.  Far is not near: past
** MAX_OFFSET_KM a place said is no guide to where. */
#define MAX_OFFSET_KM 500
static double length_km_before(const sr_view *v, const sr_mention_list *out, size_t i);

static double length_before(const sr_view *v, const sr_mention_list *out, size_t i) {
  double km = length_km_before(v, out, i);
  return km <= MAX_OFFSET_KM ? km : 0;
}

/* "à plus de 550 km de Bangui": a place that far is where the event is
** not, only a guide to its country */
#define NEAR_KM 100

static double length_km_before(const sr_view *v, const sr_mention_list *out, size_t i) {
  /* past the same in other units: "50 km (30 miles) north of" */
  if (i > 0 && is_punct(v, i - 1, ')'))
    for (size_t open = i - 1; open-- > 0 && open + 6 > i;)
      if (is_punct(v, open, '(')) {
        i = open;
        break;
      }
  if (i == 0) return 0;
  size_t end = v->tok[i - 1].byte_end;
  for (size_t k = out->count; k-- > 0;) {
    const sr_mention *q = &out->items[k];
    if (q->type != SR_MENTION_QUANTITY || q->byte_end != end) continue;
    const sr_quantity_part *part = sr_quantity_of(q);
    double km = part->of_class == SR_CLASS_LENGTH && part->has_number ? part->number * part->of_km : 0;
    return km > 0 ? km : 0;
  }
  return 0;
}

/* The row of place_locatives.txt that ends right before token j ("in",
** "the", "l'"), or NULL: one look-up, two after an apostrophe. */
static const sr_row *locative_row(const sr_view *v, const sr_table *t, size_t j) {
  size_t len;
  if (j == 0) return NULL;
  const sr_row *r = sr_view_match(v, t, j - 1, &len);
  if (r && len == 1) return r;
  if (j >= 2 && is_punct(v, j - 1, '\'')) {
    r = sr_view_match(v, t, j - 2, &len);
    if (r && len == 2) return r;
  }
  return NULL;
}

/* "aux Philippines", "le sud des Philippines", "en Argentine": a word of
** nationality that is also its own country's name, written with its
** capital after a locative or a "de" (past an article), is the country,
** not the people ("des troupes philippines", "les Philippines ont..."). */
static int names_own_country(const sr_gazetteer *g, const sr_view *v, const sr_place_pack *k,
                             size_t at, const sr_row *dem, const int32_t *c, size_t n) {
  if (!dem || !dem->label || !is_capitalised(v, at)) return 0;
  const sr_table *t = &k->t[SR_PT_LOCATIVES];
  size_t j = at;
  const sr_row *r = locative_row(v, t, j);
  if (r && r->label && strcmp(r->label, "article") == 0) {
    j -= is_punct(v, j - 1, '\'') ? 2 : 1;
    r = locative_row(v, t, j);
  }
  if (!r || (r->label && strcmp(r->label, "de") != 0)) return 0;
  for (size_t x = 0; x < n; x++) {
    const sr_place *p = sr_gazetteer_place(g, c[x]);
    if (p->kind == SR_PLACE_COUNTRY && strcmp(p->iso2, dem->label) == 0) return 1;
  }
  return 0;
}

/* Whether the capital at token `at` follows "de" and a word of its
** state's power (a place_phrases.txt row labelled `power`): "les forces de
** Damas", "le régime de Damas" name the government, a side, not where
** its deed was. */
static int power_of(const sr_view *v, const sr_place_pack *k, size_t at) {
  const sr_row *de = locative_row(v, &k->t[SR_PT_LOCATIVES], at);
  if (!de || !de->label || strcmp(de->label, "de") != 0) return 0;
  size_t j = at - (is_punct(v, at - 1, '\'') ? 2 : 1); /* the "de" */
  size_t len;
  const sr_row *r = j > 0 ? sr_view_match(v, &k->t[SR_PT_PHRASES], j - 1, &len) : NULL;
  return r && len == 1 && r->label && strcmp(r->label, "power") == 0;
}

/* Where a neighbourhood cue at token i ("neighbourhood of", "quartier
** de") follows a word saying it is one of several (a place_phrases.txt row
** labelled `some`: "a", "un", "plusieurs"), past words in lower case ("a
** low-income neighbourhood of Rio", "un quartier populaire de Dakar"): the
** token of that word, else 0.  Such a cue names no neighbourhood: the name
** after it is the town the unnamed part lies in ("the neighbourhood of
** Tampouy" names one). */
#define SOME_REACH 5
static size_t one_of_some(const sr_view *v, const sr_place_pack *k, size_t i) {
  for (size_t j = i; j-- > 0 && i - j <= SOME_REACH;) {
    size_t len;
    const sr_row *r = v->tok[j].kind == SR_TOKEN_WORD
                          ? sr_view_match(v, &k->t[SR_PT_PHRASES], j, &len) : NULL;
    if (r && len == 1 && r->label && strcmp(r->label, "some") == 0) return j;
    if (!(v->tok[j].kind == SR_TOKEN_WORD && !is_capitalised(v, j)) && !is_punct(v, j, '-'))
      return 0;
  }
  return 0;
}

/* Whether the words before `at` say "in", "at", "à" (place_locatives.txt),
** past up to two articles ("in the village of X"), or a cue starting at
** `at` starts so ("dans la région de"); *before gets the row right before
** `at` (an article, "of"), if any. */
static int locative_before(const sr_view *v, const sr_place_pack *k, size_t at, int cue,
                           const sr_row **before) {
  const sr_table *t = &k->t[SR_PT_LOCATIVES];
  if (cue) {
    const sr_row *own = sr_view_match(v, t, at, NULL);
    if (own && !own->label) return 1;
  }
  size_t j = at;
  const sr_row *r = *before = locative_row(v, t, j);
  for (int articles = 0; r; articles++) {
    if (!r->label) return 1;
    if (articles == 2 || strcmp(r->label, "article") != 0) return 0;
    j -= is_punct(v, j - 1, '\'') ? 2 : 1;
    r = locative_row(v, t, j);
  }
  return 0;
}

/* Whether token i, after an article, is "capital" (a place_phrases.txt
** row labelled `capital`) standing for a place: the end of the sentence, a
** comma, "in" or a word of place_links.txt after it ("in the capital
** and", "la capitale où"), not a name ("the capital Bamako" is found by
** its name), nor another word ("the capital fund"); CAPITAL_OF when "of"
** and a capitalised name follow ("the capital of Mali", "la capitale de
** la Somalie"): that country's, if it is one; not "of the province". */
enum { CAPITAL_OF_FOCUS = 1, CAPITAL_OF, FOCUS_ITSELF /* "du pays" */,
       CAPITAL_OF_BEFORE /* "Syria's capital", "the Burkina Faso capital" */ };
/* Whether token i is one word of place_links.txt that may follow a word
** standing for a place ("la capitale où", "le pays et"); not one labelled
** `with`, which names a border's other side ("la capitale avec du gaz"
** says nothing of it). */
static int place_link(const sr_view *v, const sr_place_pack *k, size_t i) {
  size_t len;
  const sr_row *r = sr_view_match(v, &k->t[SR_PT_LINKS], i, &len);
  return r && len == 1 && !(r->label && strcmp(r->label, "with") == 0);
}

static int the_capital_follows(const sr_view *v, const sr_place_pack *k, size_t i);

/* country_before: a country's name ends right before token i (its
** possessive, "Syria's", or the name alone, "the Burkina Faso capital"),
** standing where the article would: CAPITAL_OF_BEFORE, that country's,
** when what follows would let "the capital" stand for a place. */
static int the_capital(const sr_view *v, const sr_place_pack *k, size_t i, const sr_row *r,
                       int country_before) {
  if (!r->label || strcmp(r->label, "capital") != 0 || is_capitalised(v, i)) return 0;
  if (country_before)
    return the_capital_follows(v, k, i) == CAPITAL_OF_FOCUS ? CAPITAL_OF_BEFORE : 0;
  const sr_row *article = locative_row(v, &k->t[SR_PT_LOCATIVES], i);
  if (!article || !article->label || strcmp(article->label, "article") != 0) return 0;
  return the_capital_follows(v, k, i);
}

/* What follows "capital" at token i lets it stand for a place:
** CAPITAL_OF_FOCUS, CAPITAL_OF ("of" and a name), or 0. */
static int the_capital_follows(const sr_view *v, const sr_place_pack *k, size_t i) {
  size_t next = i + 1, len;
  if (next >= v->n || v->tok[next].kind == SR_TOKEN_PUNCT) return CAPITAL_OF_FOCUS;
  if (v->tok[next].kind != SR_TOKEN_WORD) return 0;
  /* "the capital Bamako" is found by its name; "the capital Sunday" */
  if (is_capitalised(v, next)) return place_link(v, k, next) ? CAPITAL_OF_FOCUS : 0;
  const sr_row *after = sr_view_match(v, &k->t[SR_PT_LOCATIVES], next, &len);
  if (after && len == 1 && after->label && strcmp(after->label, "article") != 0) {
    size_t name = next + 1; /* past "of", and an article: "de la Somalie" */
    const sr_row *its = sr_view_match(v, &k->t[SR_PT_LOCATIVES], name, &len);
    if (its && its->label && strcmp(its->label, "article") == 0) name += len;
    return name < v->n && is_capitalised(v, name) ? CAPITAL_OF : 0;
  }
  if (after && len == 1) return after->label ? 0 : CAPITAL_OF_FOCUS;
  return place_link(v, k, next) ? CAPITAL_OF_FOCUS : 0;
}

/* Whether token i is a word for the report's own country (a
** place_phrases.txt row labelled `country`: "pays", "country") after a
** compass cue, past an article ("dans l'est du pays", "in the north of
** the country"), standing alone: the end of the clause, a comma, "in",
** "à" or a word of place_links.txt after it; not "the country's
** capital", "le pays voisin".  The cue's direction, or 0. */
static int part_of_country(const sr_view *v, const sr_place_pack *k, size_t i, const sr_row *r) {
  if (!r->label || strcmp(r->label, "country") != 0 || is_capitalised(v, i)) return 0;
  const sr_table *t = &k->t[SR_PT_LOCATIVES];
  size_t next = i + 1, len;
  if (next < v->n && !(v->tok[next].kind == SR_TOKEN_PUNCT && !is_punct(v, next, '\''))) {
    const sr_row *after = v->tok[next].kind == SR_TOKEN_WORD ? sr_view_match(v, t, next, &len) : NULL;
    if (!(after && len == 1 && !after->label) &&
        !(v->tok[next].kind == SR_TOKEN_WORD && place_link(v, k, next)))
      return 0;
  }
  size_t j = i;
  const sr_row *article = locative_row(v, t, j);
  if (article && article->label && strcmp(article->label, "article") == 0)
    j -= is_punct(v, j - 1, '\'') ? 2 : 1;
  for (size_t back = 1; back <= 5 && back <= j; back++) {
    const sr_row *cue = sr_view_match(v, &k->t[SR_PT_CUES], j - back, &len);
    if (cue && j - back + len == j && cue->a >= SR_PR_N && cue->a <= SR_PR_NW) return cue->a;
  }
  return 0;
}

/* "la province pauvre du Cabo Delgado", "la région instable de
** Tillabéri", "the restive province of Balochistan": a unit's cue with a
** word of place_phrases.txt labelled `trait` after its first or second
** word is that cue; the row matched past the word, *len counting it.  Not
** "la province voisine du Soum" (no trait: a neighbour is not the unit
** named).  Only units' cues; the caller tests that a cue may start at i. */
#define TRAIT_CUE_TOKENS 6
static const sr_row *cue_past_trait(const sr_view *v, const sr_place_pack *k, size_t i,
                                    size_t *len) {
  for (size_t j = i + 1; j <= i + 2 && j + 1 < v->n; j++) {
    size_t tl;
    const sr_row *t = sr_view_match(v, &k->t[SR_PT_PHRASES], j, &tl);
    if (!t || tl != 1 || !t->label || strcmp(t->label, "trait") != 0 || is_capitalised(v, j))
      continue;
    sr_str tok[TRAIT_CUE_TOKENS];
    uint32_t hash[TRAIT_CUE_TOKENS];
    size_t n = 0, l;
    for (size_t c = i; c < v->n && n < TRAIT_CUE_TOKENS; c++)
      if (c != j) tok[n] = v->fold[c], hash[n++] = v->fold_hash[c];
    const sr_row *r = sr_table_match_hashed(&k->t[SR_PT_CUES], tok, hash, n, 0, &l);
    if (!r || l <= j - i || r->a < SR_PR_NEIGHBOURHOOD || r->a > SR_PR_COUNTRY) return NULL;
    *len = l + 1;
    return r;
  }
  return NULL;
}

/* Whether the words at token i name a body that sits in the capital (a
** place_phrases.txt row labelled `seat`: "Ministry", "presidential palace",
** "Assemblée nationale") said to be where something happens: a locative
** ("in", "at", "around", "devant") or a near cue ("outside") before it,
** past articles, "of", short words in lower case ("in front of the") and
** the words of its name ("at the Education Ministry").  "The ministry
** said", "an employee of the Ministry" are not where.  *len: its words.
** r: the row matched there, *len its words. */
static int seat_of_government(const sr_view *v, const sr_place_pack *k, size_t i,
                              const sr_row *r) {
  if (!r->label || strcmp(r->label, "seat") != 0) return 0;
  size_t names = 0;
  for (size_t j = i, steps = 0; j-- > 0 && steps < 6; steps++) {
    if (v->tok[j].kind != SR_TOKEN_WORD) return 0;
    size_t l;
    const sr_row *loc = sr_view_match(v, &k->t[SR_PT_LOCATIVES], j, &l);
    if (loc && l == 1 && !loc->label) return 1;
    const sr_row *cue = sr_view_match(v, &k->t[SR_PT_CUES], j, &l);
    if (cue && l == 1 && cue->a == SR_PR_NEAR) return 1;
    if (loc && l == 1) continue; /* an article, "of" */
    if (is_capitalised(v, j)) {
      if (++names > 2 || j + 1 + names != i + 1) return 0; /* "the Education Ministry" */
      continue;
    }
    if (v->fold[j].len > 5) return 0;
  }
  return 0;
}

/* Whether the place starting at token i (its cue, if any) follows the
** place that ends at last_end and "in" (a locative of one word, past an
** article), or starts with a cue that starts so ("dans le district de"),
** or follows it and a word for a part of a town or land and "of" (a
** place_phrases.txt row labelled `part`): "the Tampouy area of
** Ouagadougou", "the Hays district of Hodeidah".  A unit (unit: a cue
** says so, or no town bears the name) may follow a comma too: "à Djugu,
** en Ituri", "Djugu, dans la province de l'Ituri"; not a town ("à Gao, à
** Kidal" lists two). */
enum { LIES_IN = 1, LIES_IN_PART };
static int lies_in_last(const sr_view *v, const sr_place_pack *k, size_t i, int cue,
                        size_t last_end, int unit) {
  const sr_table *t = &k->t[SR_PT_LOCATIVES];
  size_t len;
  if (unit && last_end < v->n && is_punct(v, last_end, ',')) last_end++;
  if (!cue && i >= 2 && (last_end == i - 1 || last_end == i - 2)) {
    const sr_row *of = locative_row(v, t, i), *part;
    if (of && of->label && strcmp(of->label, "article") != 0 &&
        (part = sr_view_match(v, &k->t[SR_PT_PHRASES], i - 2, &len)) && len == 1 &&
        part->label && strcmp(part->label, "part") == 0)
      return LIES_IN_PART;
  }
  if (cue && last_end == i) {
    const sr_row *own = sr_view_match(v, t, i, &len);
    return own && !own->label;
  }
  const sr_row *r = locative_row(v, t, i);
  if (r && r->label && strcmp(r->label, "article") == 0 && i >= 1 && !is_punct(v, i - 1, '\''))
    return last_end + 2 == i && (r = locative_row(v, t, i - 1)) && !r->label;
  return r && !r->label && last_end + 1 == i;
}

static int spelt_as_named(const sr_gazetteer *g, const sr_place *p, const sr_mention *m,
                          const char *text, sr_arena *scratch);

/* The label of the one word of place_links.txt that joins the name at
** token i to the name that ended at last_end ("et", "avec"), an article
** between allowed ("avec le"); NULL when none does. */
static const char *joined_to_last(const sr_view *v, const sr_place_pack *k, size_t i,
                                  size_t last_end) {
  const sr_row *join, *art;
  size_t jlen, alen;
  if (!(i == last_end + 1 ||
        (i == last_end + 2 && (art = sr_view_match(v, &k->t[SR_PT_LOCATIVES], i - 1, &alen)) &&
         alen == 1 && art->label && strcmp(art->label, "article") == 0)))
    return NULL;
  join = sr_view_match(v, &k->t[SR_PT_LINKS], last_end, &jlen);
  return join && jlen == 1 ? join->label : NULL;
}

static int32_t spelt_near(const sr_gazetteer *g, const sr_place *unit, double radius,
                          const char *iso2, const char *text, size_t from, size_t to,
                          sr_arena *scratch);

/* Whether every country the document has voted for so far is `home`
** (none voted: yes). */
static int only_home_voted(const sr_country_votes *votes, const char *home) {
  for (size_t c = 0; c < votes->n; c++)
    if (votes->count[c] > 0 && memcmp(votes->iso2[c], home, 2) != 0) return 0;
  return 1;
}

/* Whether the document writes the word (folded, w) in lower case
** somewhere, as a word: "Clashes" in a headline is the common word. */
static int written_small(const char *text, size_t len, sr_str w) {
  if (!w.ptr || !w.len) return 0;
  for (const char *at = text; (at = memchr(at, w.ptr[0], len - (size_t)(at - text))) != NULL;
       at++) {
    size_t off = (size_t)(at - text);
    if (len - off < w.len || memcmp(at, w.ptr, w.len) != 0) continue;
    unsigned char before = off ? (unsigned char)text[off - 1] : ' ';
    unsigned char after = off + w.len < len ? (unsigned char)text[off + w.len] : ' ';
    if (!isalpha(before) && before < 0x80 && !isalpha(after) && after < 0x80) return 1;
  }
  return 0;
}

/* "in Goudoubou", "the village of Belhouro": a capitalised word (or words
** bound by hyphens, "Bob-Dioulasso") at token at that starts no name, said
** to be where things happen (after a locative or a locality's cue), of
** SPELT_HOME_MIN letters or more: how many tokens it spans, else 0.  It
** may be a village of the home country the text spells a letter otherwise;
** which one (spelt_near, a costly search) is asked in sr_resolve_places,
** once the report is known to be about that country. */
#define SPELT_HOME_MIN 8
static size_t spelt_at_home(const sr_view *v, const sr_place_pack *k, size_t at,
                            const sr_row *cue) {
  size_t end = at + 1;
  while (end + 1 < v->n && is_punct(v, end, '-') && v->tok[end].byte_start == v->tok[end - 1].byte_end &&
         v->tok[end + 1].byte_start == v->tok[end].byte_end && is_capitalised(v, end + 1))
    end += 2;
  size_t from = v->tok[at].byte_start, to = v->tok[end - 1].byte_end;
  /* a capitalised word after it: a longer name, or a headline's words
  ** ("in International Criminal Court"); a word in lower case bound to it
  ** by a hyphen ("in Kurdish-held areas"); a bracket of units (read by
  ** spelt_otherwise); a nationality (the dearer tests last) */
  size_t dl;
  const sr_row *before;
  if (to - from < SPELT_HOME_MIN ||
      (end < v->n && v->tok[end].kind == SR_TOKEN_WORD && is_capitalised(v, end)) ||
      (end + 1 < v->n && is_punct(v, end, '-') && v->tok[end].byte_start == v->tok[end - 1].byte_end &&
       v->tok[end + 1].byte_start == v->tok[end].byte_end) ||
      (end < v->n && is_punct(v, end, '(')) ||
      (cue ? cue->a != SR_PR_LOCALITY : !locative_before(v, k, at, 0, &before)) ||
      sr_utf8_count(v->text + from, to - from) < SPELT_HOME_MIN ||
      sr_view_match(v, &k->t[SR_PT_DEMONYMS], at, &dl) ||
      written_small(v->text, strlen(v->text), v->fold[at]))
    return 0;
  return end - at;
}

/* A place mention of tokens [first, last] whose one candidate
** sr_resolve_places gives, room made for it; NULL when memory ran out
** (out->failed). */
static sr_place_part *place_to_come(sr_mention_list *out, sr_arena *arena, const sr_view *v,
                                    size_t first, size_t last, const char *rule) {
  static const sr_place_part fresh = {.place = -1};
  sr_mention *m = sr_mention_add(out, arena, v, SR_MENTION_PLACE, first, last, rule, &fresh,
                                 sizeof fresh);
  if (!m) return NULL;
  sr_place_part *p = sr_place_of(m);
  p->candidates = sr_arena_alloc(arena, sizeof *p->candidates);
  if (!p->candidates) out->failed = 1;
  return p->candidates ? p : NULL;
}

void sr_recognize_places(const sr_view *v, const sr_place_pack *k,
                         const sr_gazetteer *g, sr_country_votes *votes,
                         sr_mention_list *out, sr_arena *arena) {
  if (!g) return;
  static const sr_place_part fresh = {.place = -1};
  skeletons words; /* on the stack: a sentence's, not the document's */
  skeletons *sk = &words;
  sk->g = g;
  sk->v = v;
  memset(sk->token, 0, sizeof sk->token);
  int32_t cands[MAX_CANDIDATES];
  unsigned char own[MAX_CANDIDATES];
  /* The last place found and the token after it; the bracket of units
  ** being read (its closing token) and whether a place owns it. */
  sr_place_part *last = NULL, *owner = NULL;
  size_t last_end = 0, units_close = 0, units_seen = 0, dem_end = 0;
  /* where the person check found no name starting (a name found whole
  ** is one found without `whole` too) */
  size_t no_name_at = (size_t)-1;
  int units_owned = 0, last_owner = 0;
  /* "50 km north of the town of Beni", "... of the commercial centre of
  ** Beni": a compass cue carried to the cue or name after it, which starts
  ** at carried_at; the compass cue itself started at carried_from */
  const sr_row *carried = NULL;
  size_t carried_at = 0, carried_from = 0;
  /* tokens up to here open the sentence (first_word) */
  const size_t opening = first_word(v);
  /* capitalised words that start no name (spelt_at_home, after the loop) */
  enum { MAX_PENDING = 16 };
  size_t pending_i[MAX_PENDING], pending_at[MAX_PENDING], npending = 0;
  const sr_row *pending_cue[MAX_PENDING];
  for (size_t i = 0; i < v->n; i++) {
    size_t len;
    if (i > units_close && is_punct(v, i, '(')) {
      size_t close = units_bracket(v, i);
      int owned = last && last_end == i;
      /* "Adiarey (Gorom-Gorom, Oudalan)": a name we do not know */
      /* ...but not an acronym spelled out: "SARC (Syrian Arab Red Crescent)" */
      int orphan = !owned && i > 0 && v->tok[i - 1].kind == SR_TOKEN_WORD &&
                   is_capitalised(v, i - 1) && !all_capitals(v, i - 1);
      if (close && (owned || orphan)) {
        units_close = close;
        units_owned = owned;
        units_seen = 0;
        owner = owned ? last : NULL;
      }
    }
    /* "South Sudanese", "sud-soudanais": one word of nationality; the
    ** "Sudanese" inside it is no vote for Sudan */
    const sr_row *dem = i >= dem_end ? sr_view_match(v, &k->t[SR_PT_DEMONYMS], i, &len) : NULL;
    size_t dem_len = dem ? len : 0;
    if (dem) dem_end = i + len;
    /* "French-speaking", "Saudi-led", "Russian-backed": a nationality
    ** bound to the next word tells a language or a backer, not where */
    if (dem && dem->label && !(i + len < v->n && sr_view_inner_hyphen(v, i + len)))
      sr_country_vote(votes, dem->label, 1);
    if (v->used[i]) continue;
    /* "in the capital", "outside the ministry": the words of place_phrases.txt
    ** start there (one bit, tested at every word) */
    size_t seat_len = 0;
    const sr_row *phrase = sr_view_match(v, &k->t[SR_PT_PHRASES], i, &seat_len);
    int country_before = 0;
    if (phrase && last && last_end == i && !last->unit_of)
      for (size_t c = 0; c < last->candidate_count && !country_before; c++)
        country_before = sr_gazetteer_place(g, last->candidates[c])->kind == SR_PLACE_COUNTRY;
    int capital_at = phrase ? the_capital(v, k, i, phrase, country_before) : 0;
    int seat = phrase && !capital_at && seat_of_government(v, k, i, phrase);
    /* "dans l'est du pays": a part of the report's country */
    int toward = phrase && !capital_at && !seat ? part_of_country(v, k, i, phrase) : 0;
    if (capital_at || seat || toward) {
      size_t first = i, last_word = i + seat_len - 1;
      /* its one candidate, the capital, once the document's country is known */
      sr_place_part *p = place_to_come(out, arena, v, first, last_word,
                                       capital_at ? "place.capital"
                                       : seat     ? "place.seat"
                                                  : "place.country");
      if (!p) return;
      p->capital = capital_at ? capital_at : seat ? CAPITAL_OF_FOCUS : FOCUS_ITSELF;
      p->direction = toward;
      p->weak = 1;
      const sr_row *before;
      p->locative = seat || toward || locative_before(v, k, i, 0, &before);
      /* "in Syria's capital": the country says which capital, and only
      ** locates it; it was said to be where things happen */
      if (capital_at == CAPITAL_OF_BEFORE) {
        p->locative |= last->locative;
        last->locates_only = 1;
      }
      for (size_t t = i; t <= last_word; t++) v->used[t] = 1;
      last = NULL;
      i = last_word;
      continue;
    }
    const sr_row *cue = sr_view_match(v, &k->t[SR_PT_CUES], i, &len);
    /* tested here first: a call for every token costs more than the test */
    if (!cue && i + 2 < v->n && sr_set_has_table(v->starts[i], &k->t[SR_PT_CUES]) &&
        (sr_set_has_table(v->starts[i + 1], &k->t[SR_PT_PHRASES]) ||
         sr_set_has_table(v->starts[i + 2], &k->t[SR_PT_PHRASES])))
      cue = cue_past_trait(v, k, i, &len);
    /* "le Nord-Ouest du Cameroun": a compass word written with its
    ** capital inside the cue is the name of a region of the country named
    ** after it, when it has one so named; not "le Nord-Est du Nigeria" */
    for (size_t c = i + 1; cue && cue->a >= SR_PR_N && c < i + len; c++)
      if (v->tok[c].kind == SR_TOKEN_WORD && is_capitalised(v, c)) {
        if (region_of_next(sk, c, i + len)) cue = NULL;
        break;
      }
    /* a name that starts with a cue's words is the name: "Eastern Ghouta",
    ** not the east of Ghouta */
    if (cue && cue->a >= SR_PR_N && is_capitalised(v, i)) {
      size_t whole_n = 0;
      if (longest_name(sk, i, 1, cands, own, &whole_n) > len) cue = NULL;
    }
    /* "the neighbourhood of East Aleppo": a compass word (place_words.txt)
    ** before a name is that place's part, though a cue precedes it */
    if (cue && !(cue->a >= SR_PR_N) && i + len + 1 < v->n && is_capitalised(v, i + len) &&
        is_capitalised(v, i + len + 1)) {
      size_t wl;
      const sr_row *w = sr_view_match(v, &k->t[SR_PT_WORDS], i + len, &wl);
      int32_t other[MAX_CANDIDATES];
      unsigned char other_own[MAX_CANDIDATES];
      size_t nother = 0;
      if (w && wl == 1 && !w->label && longest_name(sk, i + len, 1, other, other_own, &nother) == 1 &&
          longest_name(sk, i + len + 1, 1, other, other_own, &nother))
        continue;
    }
    /* ...and a part of a place is named by its name: "the northern city of
    ** X" names no place "city" */
    if (cue && cue->a >= SR_PR_N && i + len < v->n && !is_capitalised(v, i + len) &&
        v->tok[i + len].kind == SR_TOKEN_WORD && len == 1)
      continue;
    size_t at = cue ? i + len : i;
    /* "l'est de la RDC", "le nord-est de l'Ukraine": a compass cue, an
    ** article, then the name */
    size_t the_len;
    const sr_row *the = cue && cue->a >= SR_PR_N && at < v->n
                            ? sr_view_match(v, &k->t[SR_PT_LOCATIVES], at, &the_len) : NULL;
    if (the && the->label && strcmp(the->label, "article") == 0 && at + the_len < v->n &&
        v->tok[at + the_len].kind == SR_TOKEN_WORD && is_capitalised(v, at + the_len))
      at += the_len;
    if (at >= v->n) continue;
    if (v->tok[at].kind == SR_TOKEN_PUNCT) continue; /* no name starts so */
    int capital = is_capitalised(v, at);
    /* "vers midi", "towards the end": a neighbour or a destination is
    ** written with its capital */
    if (cue && (cue->a == SR_PR_BORDER || cue->a == SR_PR_BASED) && !capital) continue;
    /* "le Nord-Mali" (a cue ending on a hyphen): bound so to a word in
    ** lower case it is a compound ("le sud-est"), no name */
    if (cue && !capital && at == i + len && at > 0 && is_punct(v, at - 1, '-')) continue;
    /* "près du marché": after "near" as after nothing, a word in lower
    ** case is no name unless our lists write it so */
    if ((!cue || cue->a == SR_PR_NEAR) && !capital &&
        !sr_gazetteer_curated_start(g, v->fold[at].ptr, v->fold[at].len))
      continue;
    size_t ncands = 0;
    if (at == no_name_at) continue;
    /* "50 km north of the town of Beni": the compass cue goes to the cue
    ** after it (past an article) when a distance says it is outside the
    ** town; without one, "l'Est de la ville d'Alep" is a part of the city */
    if (cue && cue->a >= SR_PR_N && !capital && length_before(v, out, i) > 0) {
      size_t next_len;
      for (size_t c = at; c <= at + 1 && c < v->n; c++) {
        const sr_row *next = sr_view_match(v, &k->t[SR_PT_CUES], c, &next_len);
        if (next && next->a < SR_PR_NEAR) {
          carried = cue, carried_at = c, carried_from = i;
          break;
        }
      }
      /* ...or past a few words in lower case and "of" to a name: "the
      ** commercial centre of Beni", "du chef-lieu de Djibo" */
      for (size_t c = at; !(carried && carried_from == i) && c < v->n && c < at + 6; c++) {
        if (v->tok[c].kind != SR_TOKEN_WORD) break;
        if (!is_capitalised(v, c)) continue;
        const sr_row *of = c > at ? locative_row(v, &k->t[SR_PT_LOCATIVES], c) : NULL;
        if (of && of->label && (strcmp(of->label, "of") == 0 || strcmp(of->label, "de") == 0))
          carried = cue, carried_at = c, carried_from = i;
        break;
      }
      if (carried && carried_from == i) continue; /* the name comes after */
    }
    size_t span = longest_name(sk, at, 1, cands, own, &ncands);
    if (!span) {
      /* a name no place bears: perhaps a village of the home country
      ** spelt otherwise, asked after the sentence's names are read */
      if (capital && npending < MAX_PENDING) {
        pending_i[npending] = i;
        pending_at[npending] = at;
        pending_cue[npending++] = cue;
      }
      continue;
    }
    /* "40 kilometres from Maiduguri", "à 30 km de Gao": a cue whose first
    ** word the distance claimed (a quantity) still says near */
    double far_km = 0;
    if (!cue && i >= 2 && v->used[i - 2]) {
      size_t back_len;
      const sr_row *back = sr_view_match(v, &k->t[SR_PT_CUES], i - 2, &back_len);
      if (back && back_len == 2 && back->a == SR_PR_NEAR) {
        cue = back;
        far_km = length_km_before(v, out, i - 1);
      }
    } else if (cue && cue->a == SR_PR_NEAR) {
      far_km = length_km_before(v, out, i + 1); /* "550 km" ends on the cue's "km" */
    }
    size_t end = at + span;
    /* "Aqareb es Safi", "Ras el-Ain": after a capitalised word and an
    ** article (a word the translit rules reduce to nothing), the end of a
    ** longer name the gazetteer lacks, not Safi in Morocco */
    if (!cue && after_name_and_article(sk, k, at)) continue;
    size_t slen;
    const sr_row *suffix = sr_view_match(v, &k->t[SR_PT_SUFFIXES], end, &slen);
    /* "the northern Mexico state of Chihuahua", "Kenya's border with
    ** Somalia": a country before a cue says whose unit or border the name
    ** after is; it is not the country's namesake unit (Mexico state) nor
    ** the neighbour */
    /* ...nor is "Syria State media", "Iran state TV" a unit: a country's
    ** name that no unit bears, before a unit's word, is the country */
    /* ...and "the West Bank city of Jenin": a town's cue after any name is
    ** the cue of the town named after it */
    size_t clen;
    const sr_row *next_cue = suffix ? sr_view_match(v, &k->t[SR_PT_CUES], end, &clen) : NULL;
    if (suffix && next_cue && clen > slen &&
        (any_country_of(g, cands, ncands) || next_cue->a == SR_PR_LOCALITY))
      suffix = NULL;
    else if (suffix && any_country_of(g, cands, ncands) && suffix->a == SR_PR_ADMIN1 &&
             !any_unit(g, cands, ncands))
      suffix = NULL;
    /* "Vladimir Poutine": a capitalised word right after, that is no place
    ** itself, makes this the first name of a person. */
    int owner_of = possessive(v, end - 1) != 0;
    /* "Ouro Saba (Djibo, Soum)": a capitalised word between the name and
    ** a bracket of units makes the name the start of a longer one the
    ** gazetteer lacks ("Ouro", a town elsewhere), for which the units stand */
    if (!owner_of && end + 1 < v->n && is_capitalised(v, end) && !all_capitals(v, end) &&
        v->tok[end].kind == SR_TOKEN_WORD && is_punct(v, end + 1, '(') && units_bracket(v, end + 1)) {
      no_name_at = end;
      continue;
    }
    /* bound by a hyphen to the word after: a compound's first half */
    int hyphened = end + 1 < v->n && is_punct(v, end, '-') &&
                   v->tok[end].byte_start == v->tok[end - 1].byte_end &&
                   v->tok[end + 1].byte_start == v->tok[end].byte_end &&
                   v->tok[end + 1].kind == SR_TOKEN_WORD;
    /* "Bon-Repos": ...to a capitalised word that is no listed word
    ** ("Alep-Est") nor starts a name, the first half of a longer name the
    ** gazetteer lacks, not Bonn */
    size_t after_len;
    int listed_after = hyphened && sr_view_match(v, &k->t[SR_PT_WORDS], end + 1, &after_len);
    if (hyphened && is_capitalised(v, end + 1) && !listed_after && !starts_a_name(sk, end + 1))
      continue;
    /* "Yan-Sakai", "Gao-Ansongo": a half of a compound of two capitalised
    ** words (not "Alep-Est", a listed word after) */
    int compound = (hyphened && is_capitalised(v, end + 1) && !listed_after) ||
                   (at >= 2 && is_punct(v, at - 1, '-') &&
                    v->tok[at - 1].byte_start == v->tok[at - 2].byte_end &&
                    v->tok[at].byte_start == v->tok[at - 1].byte_end &&
                    v->tok[at - 2].kind == SR_TOKEN_WORD && is_capitalised(v, at - 2));
    if (!cue && !suffix && !owner_of && end < v->n && is_capitalised(v, end)) {
      /* ...or a regnal number before a name: "Paul VI Medical Center",
      ** "Mohammed V University" are named after a person ("VI" is a place
      ** somewhere too); "Nioko II, a village" is a village's section */
      if (roman_numeral(v, end) && end + 1 < v->n && is_capitalised(v, end + 1)) continue;
      if (!starts_a_name(sk, end)) {
        no_name_at = end; /* and none there when the loop gets there */
        continue;
      }
    }
    /* "le département du Donga Mantung": after a cue, a capitalised word
    ** right after that starts no name makes the name the start of a
    ** longer one the gazetteer lacks; believed only in the document's
    ** country (Donga is a department of Benin), and no sign of which */
    int longer = cue && !suffix && !owner_of && end < v->n && v->tok[end].kind == SR_TOKEN_WORD &&
                 is_capitalised(v, end) && !all_capitals(v, end) && !starts_a_name(sk, end);
    /* ...and so does one right after such a word after a cue: "le quartier
    ** Kher Khanna de la ville" */
    longer |= !cue && !suffix && after_cue_and_name(v, k, at);
    /* "Une manifestation...", "Were the attackers...": a function word
    ** capitalised only because it opens the sentence, not Une in Colombia
    ** (nor Ohnenheim, which its skeleton meets) nor Wéré in Burkina Faso */
    size_t flen;
    if (!cue && !suffix && span == 1 && at <= opening &&
        sr_view_match(v, &k->t[SR_PT_FUNCTION], at, &flen) && flen == 1)
      continue;
    /* "Twic East County", "the Middle East": a listed word right after a
    ** capitalised word no name took (nor a function word's capital in a
    ** headline) ends that longer name, not a region of its own */
    size_t wlen;
    if (at > 0 && v->tok[at - 1].kind == SR_TOKEN_WORD && is_capitalised(v, at - 1) &&
        !v->used[at - 1] && !sr_view_match(v, &k->t[SR_PT_FUNCTION], at - 1, &flen) &&
        sr_view_match(v, &k->t[SR_PT_WORDS], at, &wlen) && wlen == span)
      continue;
    /* "Western", "Santos": a word or a surname unless a cue says place
    ** ("near Man", "the Western province"; not "the Western countryside") */
    /* ...not "district", "village": a town's quarters are districts too
    ** ("the Sahel district" of a Syrian town), and "a Fula village" is
    ** one where Fula live */
    int area_suffix = suffix && suffix->a < SR_PR_NEAR && suffix->a != SR_PR_DISTRICT &&
                      suffix->a != SR_PR_LOCALITY;
    const sr_row *listed = cue || area_suffix
                               ? NULL : sr_view_match(v, &k->t[SR_PT_WORDS], at, &wlen);
    int word = listed && wlen == span;
    /* "la région du Sahel", "la province de l'Est": a unit's cue makes a
    ** listed word a place, yet a region of many countries' speech;
    ** believed only in the document's country, and no sign of which that
    ** is ("the town of Man", "near Man" are the town) */
    const sr_row *cued_word = cue ? sr_view_match(v, &k->t[SR_PT_WORDS], at, &wlen) : NULL;
    int word_placed = cued_word && wlen == span && !cued_word->label;
    int word_cued = word_placed && (cue->a == SR_PR_ADMIN1 || cue->a == SR_PR_DISTRICT);
    /* ...and a listed word before a capitalised word is a first name
    ** ("George Floyd", "Santos Martinez"), whatever that word is; one
    ** labelled `people` names a people ("Mossi", "Peul": villages in the
    ** country they live in bear their names), never a place without a cue */
    /* ...or bound by a hyphen to the word after ("U.N. Secretary-General",
    ** "the North-East") */
    if (word && hyphened) continue;
    if (word && end < v->n && is_capitalised(v, end)) {
      /* ...and after one labelled `first` ("George"), the capitalised word
      ** is a surname ("Floyd"), no place; after a compass word it may be
      ** one ("East Aleppo") */
      if (listed->label && strcmp(listed->label, "first") == 0) no_name_at = end;
      continue;
    }
    if (word && listed->label && strcmp(listed->label, "people") == 0) continue;
    /* "ten Somali soldiers": a nationality, not Ethiopia's Somali region,
    ** unless a cue or a suffix says place ("the Somali region") */
    if (!cue && !suffix && dem_len == span && !names_own_country(g, v, k, at, dem, cands, ncands))
      continue;
    int curated = any_curated(g, cands, ncands);
    size_t letters = v->tok[end - 1].byte_end - v->tok[at].byte_start;
    /* "La", "Fa": too short to trust, unless said to be where something
    ** happens or given its units: "in Po", "Po (Po, Nahouri)", "Di, Sourou
    ** Province" */
    if (letters < 3 && !curated) {
      const sr_row *before_short;
      if (!capital || all_capitals(v, at) || span != 1 ||
          !(locative_before(v, k, i, cue != NULL, &before_short) ||
            units_bracket(v, end) ||
            (is_punct(v, end, ',') && end + 1 < v->n && is_capitalised(v, end + 1) &&
             sr_view_match(v, &k->t[SR_PT_SUFFIXES], end + 2, &wlen))))
        continue;
    }
    /* Weak: believed only if the document turns out to be about the
    ** candidate's country (decided in sr_resolve_places). */
    /* A name that is only other places' other name, or only small places'
    ** own, needs the document's country without a cue */
    /* a country's names are its names in the languages read ("Tchad",
    ** "Liban"), none an alternate one */
    size_t countries = 0; /* "Congo" is two */
    int32_t country = -1;
    int unit_named = 0;
    for (size_t c = 0; c < ncands; c++) {
      sr_place_kind kind = sr_gazetteer_place(g, cands[c])->kind;
      if (kind == SR_PLACE_COUNTRY) {
        own[c] = 1;
        countries++;
        country = cands[c];
      }
      unit_named |= kind == SR_PLACE_ADMIN2 || kind == SR_PLACE_ADMIN3;
    }
    size_t named = own_named_first(cands, own, ncands);
    /* "capitale malienne", "bande de Gaza": a name of several words our
    ** lists write in lower case (packs/geo), read as written */
    int ours_lower = !capital && !cue && span > 1;
    /* "South Sudan's government...": a country's name of several words
    ** opening the sentence is the country, not capitalised by chance */
    int opens = at <= opening && !(span > 1 && countries);
    int weak = word || (!curated && !ours_lower &&
               ((!capital) || (!cue && !suffix && opens) ||
                max_population(g, cands, ncands) < UNSUPPORTED_MIN_POPULATION ||
                (!cue && !suffix &&
                 (!named || max_population(g, cands, named) < UNSUPPORTED_MIN_POPULATION))));
    sr_mention *m = sr_mention_add(out, arena, v, SR_MENTION_PLACE, at, end - 1,
                                   cue ? "place.cue" : suffix ? "place.suffix"
                                                              : "place.name",
                                   &fresh, sizeof fresh);
    if (!m) return;
    sr_place_part *p = sr_place_of(m);
    if (at < units_close) {
      /* a unit: the name of an area, believed; the first of an unknown
      ** place's units stands for it */
      weak = 0;
      if (owner && !owner->units_end) {
        /* the place before is believed for the units it is in */
        owner->units_end = v->tok[units_close].byte_end;
        owner->weak = 0;
      }
      p->unit_of = units_owned || units_seen ? SR_UNIT_OF_PLACE : SR_UNIT_OF_UNKNOWN;
      p->locates_only = p->unit_of == SR_UNIT_OF_PLACE;
      units_seen++;
    }
    p->candidates = sr_arena_alloc(arena, ncands * sizeof *p->candidates);
    if (!p->candidates) {
      out->failed = 1;
      return;
    }
    memcpy(p->candidates, cands, ncands * sizeof *cands);
    p->candidate_count = ncands;
    p->unit_named = unit_named;
    p->named_count = named;
    weak |= word_cued || longer;
    p->weak = weak;
    p->lower_alias = ours_lower;
    p->word = word;
    p->word_cued = word_cued;
    p->word_placed = word_placed;
    p->compound = compound;
    const sr_row *before = NULL;
    p->locative = locative_before(v, k, i, cue != NULL, &before) || (cue && cue->a >= SR_PR_NEAR);
    /* "entre Gao et Ansongo", "between Gao and Ansongo" (a place_locatives.txt
    ** row labelled `between`): where things happen, between two towns; not
    ** "entre Israël et le Hezbollah", where a country is a side */
    int between = !cue && before && before->label && strcmp(before->label, "between") == 0;
    if (between && !countries) p->locative = 1;
    /* "the West Bank city of Jenin": a name right before a town's cue is
    ** the area the town lies in, and says where for it */
    if (cue && cue->a == SR_PR_LOCALITY && last && last_end == i && !last->unit_of &&
        !last->units_end && last->place_role != SR_PR_BORDER) {
      p->locative |= last->locative;
      last->unit_of = SR_UNIT_OF_PLACE;
      last->locates_only = 1;
    }
    if (last_owner && last_end == i && !last->unit_of) {
      /* "in Bihar's Gopalganj", "Nigeria's Borno state": the possessive is
      ** the area the place lies in, and says where for it */
      p->locative |= last->locative;
      last->unit_of = SR_UNIT_OF_PLACE;
      last->locates_only = 1;
    }
    /* "the Mossi community", "a Foutouri councilman", "mayor of Pensa":
    ** after "of", or after an article and before a word in lower case, a
    ** name that may qualify a noun (not "la prise de la route Castello.") */
    p->qualifies = owner_of || (!cue && !between && before && before->label &&
                   (strcmp(before->label, "article") != 0 ||
                    (end < v->n && v->tok[end].kind == SR_TOKEN_WORD && !is_capitalised(v, end))));
    /* "the death of Justin Zongo in Diebougou": after a capitalised word
    ** that is no place (or only a weak one: "Justin" is a village
    ** somewhere) nor part of anything found, perhaps a surname; a place
    ** said to be where things happen comes first */
    if (!cue && !before && i > 0 && (!v->used[i - 1] || (last && last_end == i && last->weak)) &&
        v->tok[i - 1].kind == SR_TOKEN_WORD &&
        is_capitalised(v, i - 1) && !all_capitals(v, i - 1) && i - 1 > opening &&
        !placed_before_name(v, k, i))
      p->qualifies = QUALIFIES_AFTER_NAME;
    /* a hint of the country: a name with a cue before it or a unit word
    ** after it ("la région de Kidal", "Kidal region"), a unit, or one
    ** country's name */
    /* ...not a name in one country only that may be a word of a noun
    ** phrase ("a Spanish priest", "an Orange kiosk", "the Bishop of":
    ** small towns of Canada and the United States), however often it
    ** comes back; after a capitalised word it still is ("Syrias Quneitra") */
    p->hint = capital && !word && !word_cued && !longer && (cue || suffix || p->unit_of ||
                          (at > opening && p->qualifies != QUALIFIES_PHRASE &&
                           one_country(g, cands, ncands)));
    int role = cue ? cue->a : suffix ? suffix->a : 0;
    /* "in a poor neighbourhood of Rio de Janeiro": the town a part of
    ** which is meant, where things happen as "in" says */
    size_t some = cue && cue->a == SR_PR_NEIGHBOURHOOD ? one_of_some(v, k, i) : 0;
    if (some) {
      const sr_row *ignored;
      role = 0;
      p->locative |= locative_before(v, k, some, 0, &ignored);
    }
    /* "the border with Niger and Benin": the neighbours of one list
    ** (place_links.txt's `list` words) share the border */
    const char *join = !role && last && last->place_role == SR_PR_BORDER
                           ? joined_to_last(v, k, i, last_end) : NULL;
    if (join && strcmp(join, "list") == 0) role = SR_PR_BORDER;
    /* "la frontière du Cameroun avec le Nigeria": after a `with` word the
    ** neighbour is the name that follows; the name before owns the border
    ** and is where things may be, as "Kenya's border with Somalia" */
    if (join && strcmp(join, "with") == 0) {
      role = SR_PR_BORDER;
      last->place_role = 0;
      last->locates_only = last->unit_of == SR_UNIT_OF_PLACE;
    }
    /* "(Israël, ndlr)": an editor's gloss says who is meant, not where
    ** (a word labelled `gloss` closing the bracket) */
    if (!role && at > 0 && is_punct(v, at - 1, '(') && is_punct(v, end, ',') && end + 2 < v->n &&
        is_punct(v, end + 2, ')')) {
      const sr_row *gloss = sr_view_match(v, &k->t[SR_PT_WORDS], end + 1, &wlen);
      if (gloss && wlen == 1 && gloss->label && strcmp(gloss->label, "gloss") == 0)
        role = SR_PR_BASED;
    }
    /* "un village de l'ouest du Niger, près du Burkina Faso", "close to
    ** Mali": a country near the events is their neighbour, as after
    ** "the border with"; nothing happens in it, and it says nothing of
    ** the country the report is about */
    if (role == SR_PR_NEAR && any_country_of(g, cands, ncands)) role = SR_PR_BORDER;
    /* "Speaking to local media in the capital Mogadishu, the army chief
    ** said": a place in a clause a word of speech opens is where someone
    ** spoke, a venue (place_speech.txt `venue`) */
    if (!role && in_speech_clause(v, k, i)) role = SR_PR_BASED;
    /* "évacués par hélicoptère à N'Djamena": where the wounded were
    ** taken is no place of the deed, as "vers" says where people went */
    if (!role && p->locative && carried_to(v, k, i)) role = SR_PR_BORDER;
    /* ", a-t-on appris lundi à Niamey": where the news was given, no
    ** place of the deed; still a sign of the report's country (",
    ** rapporte notre correspondant à Beyrouth") */
    if (!role && p->locative && spoken_in_incise(v, k, i)) p->spoken = p->locates_only = 1;
    if (role >= SR_PR_NEAR) p->direction = role;
    else p->place_role = role;
    /* "50 km north of Beni", "à 30 km au nord de Gao": a length right
    ** before a compass cue says how far */
    if (cue && cue->a >= SR_PR_N) p->offset_km = length_before(v, out, i);
    if (carried && i == carried_at) {
      p->direction = carried->a;
      p->offset_km = length_before(v, out, carried_from);
    }
    /* "southwestern Taiz province": the direction and the kind */
    if (cue && cue->a >= SR_PR_NEAR && suffix && suffix->a < SR_PR_NEAR) p->place_role = suffix->a;
    /* the neighbour of a border says where the events are not, the seat
    ** of a body ("London-based") where nothing happens */
    if (role == SR_PR_BORDER || role == SR_PR_BASED) p->locates_only = 1;
    /* "à environ 600 km au nord-ouest de Bangui": past MAX_OFFSET_KM a
    ** compass offset is no point we could reckon, and the town only a
    ** guide to the country, as "à plus de 550 km de Bangui" */
    if (cue && cue->a >= SR_PR_N && length_km_before(v, out, i) > MAX_OFFSET_KM) far_km = MAX_OFFSET_KM + 1;
    if (carried && i == carried_at && length_km_before(v, out, carried_from) > MAX_OFFSET_KM)
      far_km = MAX_OFFSET_KM + 1;
    p->far = far_km > NEAR_KM;
    size_t glen;
    p->government = !cue && !suffix && !p->locative &&
                    sr_view_match(v, &k->t[SR_PT_GOVERNMENTS], at, &glen) && glen == span;
    if (p->government && power_of(v, k, at)) p->locates_only = 1;
    if (suffix) end += slen;
    /* "Doussoula, Sourou province", "Titao, province du Loroum", "Diguel,
    ** Soum" (a province, and a town elsewhere): after a comma, a name that
    ** may be a unit is the unit of the name before */
    /* ...not the first word of a longer name ("Soum-Bellah, Seno Mango",
    ** a list of villages) */
    if ((role == SR_PR_ADMIN1 || role == SR_PR_DISTRICT || any_unit(g, cands, ncands)) &&
        !p->unit_of && i >= 2 &&
        is_punct(v, i - 1, ',') &&
        !(end < v->n && v->tok[end].kind == SR_TOKEN_WORD && is_capitalised(v, end))) {
      if (last && last_end == i - 1) {
        last->units_end = v->tok[end - 1].byte_end;
        last->weak = 0;
        p->unit_of = SR_UNIT_OF_PLACE;
        p->locates_only = 1;
      } else if (!v->used[i - 2] && v->tok[i - 2].kind == SR_TOKEN_WORD &&
                 is_capitalised(v, i - 2) && i - 2 > opening && !p->direction) {
        /* (a town a compass cue points from is no unit: "Mamove, au nord de
        ** Beni" is near the town of Beni, not in Bolivia's department) */
        p->unit_of = SR_UNIT_OF_UNKNOWN;
      }
    }
    int how;
    /* "Shahpur village in Gopalganj", "Kondori in the Konduga district",
    ** "X dans le district de Y": the place before lies in this one */
    /* (not after a surname's village: "the death of Henri Zongo in Gaoua"
    ** tells of Gaoua, not of a Zongo near it) */
    if (!p->unit_of && !p->direction && last && i <= last_end + 2 && !last->unit_of &&
        !last->units_end && !owner_of &&
        !(last->qualifies == QUALIFIES_AFTER_NAME &&
          max_population(g, last->candidates, last->candidate_count) < SMALL_VILLAGE) &&
        (how = lies_in_last(v, k, i, cue != NULL, last_end,
                            (cue && (cue->a == SR_PR_ADMIN1 || cue->a == SR_PR_DISTRICT)) ||
                                only_units(g, cands, ncands)))) {
      last->units_end = v->tok[end - 1].byte_end;
      last->inside = p->inside = 1;
      /* "the Tampouy area": the name of the part, not a word of a noun phrase */
      if (how == LIES_IN_PART) last->qualifies = 0, last->part = 1;
      p->unit_of = SR_UNIT_OF_PLACE;
      p->locates_only = 1;
    }
    for (size_t t = i; t < end; t++) v->used[t] = 1;
    last = p;
    last_end = end;
    last_owner = owner_of;
    /* A sure name that can only be in one country is a vote for it; not
    ** when the places that go by it as their own are small ("Ariel", a
    ** town of 20,000; Jerusalem's other name): a village elsewhere may
    ** bear it. */
    /* ...so is a country's name, though towns abroad bear it too
    ** ("Mozambique", "Lebanon"): the country first among the candidates */
    for (size_t c = 1; countries == 1 && !weak && c < ncands; c++)
      if (p->candidates[c] == country) {
        p->candidates[c] = p->candidates[0];
        p->candidates[0] = country;
        break;
      }
    const sr_place *first = sr_gazetteer_place(g, p->candidates[0]);
    /* "Boma state": a name said to be a province that no unit bears is a
    ** unit the gazetteer lacks, no sign of its namesake town's country */
    int votes_ok = !weak && !tells_no_country(p) && !unit_lacking(g, p);
    int one = votes_ok ? one_country(g, cands, ncands) : 0;
    if (votes_ok &&
        ((countries == 1 && first->kind == SR_PLACE_COUNTRY &&
          (one || !voted_before(out, m, p->candidates[0]))) ||
         (one && max_population(g, cands, named ? named : ncands) >= UNSUPPORTED_MIN_POPULATION)) &&
        /* a country's names are its own in the languages read ("Cameroun",
        ** "Tchad", "Soudan du Sud"), however unlike its English one (not
        ** a short form in capitals: "U.S", "UK"); so are our lists' names
        ** in lower case ("la capitale éthiopienne") */
        ((first->kind == SR_PLACE_COUNTRY && !all_capitals(v, at)) || p->lower_alias ||
         spelt_as_named(g, first, m, v->text, arena))) {
      sr_country_vote(votes, first->iso2, 2);
      p->voted = 2;
    }

    i = end - 1;
  }
  /* (in a report that so far names no country but the home one) */
  const char *home = npending ? sr_gazetteer_home(g) : NULL;
  if (home && !only_home_voted(votes, home)) home = NULL;
  for (size_t q = 0; home && q < npending; q++) {
    size_t i = pending_i[q], at = pending_at[q];
    if (v->used[at] || all_capitals(v, at)) continue;
    size_t n = spelt_at_home(v, k, at, pending_cue[q]);
    if (!n) continue;
    /* its one candidate, once the report is known to be about the home
    ** country (sr_resolve_places); weak, as villages are */
    sr_place_part *p = place_to_come(out, arena, v, at, at + n - 1, "place.spelt_otherwise");
    if (!p) return;
    p->spelt_home = 1;
    p->weak = 1;
    const sr_row *before = NULL;
    p->locative = locative_before(v, k, i, pending_cue[q] != NULL, &before);
    for (size_t t = i; t < at + n; t++) v->used[t] = 1;
  }
}

/* ---------------------------------------------------------- resolution */

/* Whether p is in the country iso2 (NULL: none): two letters compared,
** once per candidate of every place. */
static inline int in_country(const sr_place *p, const char *iso2) {
  return iso2 && p->iso2[0] == iso2[0] && p->iso2[0] && p->iso2[1] == iso2[1] && !p->iso2[2];
}

static inline double km_between(const sr_place *a, const sr_place *b) {
  const double r = 6371.0, d = M_PI / 180;
  double dlat = (b->lat - a->lat) * d, dlon = (b->lon - a->lon) * d;
  double h = sin(dlat / 2) * sin(dlat / 2) +
             cos(a->lat * d) * cos(b->lat * d) * sin(dlon / 2) * sin(dlon / 2);
  return 2 * r * asin(sqrt(h));
}

/* Where a place is on the map: its own point, or its parent's. */
static const sr_place *located(const sr_gazetteer *g, const sr_place *p) {
  for (int hops = 0; p && !p->has_coords && p->parent >= 0 && hops < 4; hops++)
    p = sr_gazetteer_place(g, p->parent);
  return p && p->has_coords ? p : NULL;
}

int sr_place_point(const sr_gazetteer *g, const sr_mention *m, double *lat, double *lon) {
  const sr_place_part *pm = sr_place_of(m);
  const sr_place *at = located(g, sr_gazetteer_place(g, pm->place));
  if (!at) return 0;
  *lat = at->lat;
  *lon = at->lon;
  if (pm->offset_km > 0 && pm->direction >= SR_PR_N && pm->direction <= SR_PR_NW) {
    /* on a sphere of 6371 km, from the point along the compass bearing */
    const double r = 6371.0, d = M_PI / 180, bearing = (pm->direction - SR_PR_N) * 45 * d;
    double a = pm->offset_km / r, lat1 = at->lat * d, lon1 = at->lon * d;
    double lat2 = asin(sin(lat1) * cos(a) + cos(lat1) * sin(a) * cos(bearing));
    double lon2 = lon1 + atan2(sin(bearing) * sin(a) * cos(lat1), cos(a) - sin(lat1) * sin(lat2));
    /* to the gazetteer's five decimals (a metre): no false precision */
    *lat = round(lat2 / d * 1e5) / 1e5;
    *lon = round(remainder(lon2 / d, 360.0) * 1e5) / 1e5;
  }
  return 1;
}

static int role_fits(int role, sr_place_kind kind) {
  switch (role) {
  case SR_PR_NEIGHBOURHOOD: return kind == SR_PLACE_NEIGHBOURHOOD;
  case SR_PR_LOCALITY:
    return kind == SR_PLACE_CITY || kind == SR_PLACE_LOCALITY;
  case SR_PR_ADMIN1:
    return kind == SR_PLACE_ADMIN1 || kind == SR_PLACE_ADMIN2 || kind == SR_PLACE_ADMIN3;
  case SR_PR_DISTRICT:
    return kind == SR_PLACE_ADMIN2 || kind == SR_PLACE_ADMIN3 || kind == SR_PLACE_CITY ||
           kind == SR_PLACE_LOCALITY;
  case SR_PR_COUNTRY:
  case SR_PR_BORDER: return kind == SR_PLACE_COUNTRY;
  default: return 0;
  }
}

static int is_admin(sr_place_kind kind) {
  return kind == SR_PLACE_ADMIN1 || kind == SR_PLACE_ADMIN2 || kind == SR_PLACE_ADMIN3;
}

/* Whether p lies in or near the unit or place q: the same admin1 for an
** admin1, else a distance a unit of q's kind spans. */
static int lies_near(const sr_gazetteer *g, const sr_place *p, const sr_place *q) {
  if (q->kind == SR_PLACE_ADMIN1)
    return strcmp(p->iso2, q->iso2) == 0 && strcmp(p->admin1, q->admin1) == 0;
  /* a unit below admin1 lies in one admin1: a place of another is not in
  ** it, however near its point ("Bama (Bama, Houet)": not the Bama 80 km
  ** north, across the regional line) */
  if ((q->kind == SR_PLACE_ADMIN2 || q->kind == SR_PLACE_ADMIN3) && p->admin1[0] &&
      q->admin1[0] && strcmp(p->iso2, q->iso2) == 0 && strcmp(p->admin1, q->admin1) != 0)
    return 0;
  const sr_place *a = located(g, p), *b = located(g, q);
  if (!a || !b) return 0;
  /* a province's point is GeoNames' guess at its middle: within its own
  ** admin1 a village may lie farther from it ("Kouka, province du Kossi",
  ** 125 km from Kossi's point) */
  double radius = q->kind == SR_PLACE_ADMIN2 ? (p->admin1[0] && q->admin1[0] ? 160 : 120)
                  : q->kind == SR_PLACE_ADMIN3 ? 60 : 40;
  return fabs(a->lat - b->lat) <= radius / 111.0 && km_between(a, b) < radius;
}

static double score(const sr_gazetteer *g, const sr_mention *m,
                    const sr_place *p, const char *focus,
                    const sr_place *const *anchors, size_t nanchors) {
  double s = log10((double)p->population + 1) / 2;
  if (in_country(p, focus)) s += 4;
  if (p->curated) s += 1;
  if (sr_place_of(m)->place_role) s += role_fits(sr_place_of(m)->place_role, p->kind) ? 3 : -1;
  /* Without a cue, "Hama" is the city before the governorate; a unit in
  ** brackets is an area before a town. */
  else if (is_admin(p->kind)) s += sr_place_of(m)->unit_of && !sr_place_of(m)->inside ? 1 : -2;
  if (p->kind == SR_PLACE_COUNTRY) s += 3;
  const sr_place *at = located(g, p);
  /* near a place of the document that can only be one: the nearer the
  ** likelier, among namesakes all within reach of it */
  double bonus = 0;
  for (size_t i = 0; at && i < nanchors && bonus < 3; i++) {
    /* a degree of latitude is 111 km: most pairs are far apart on it alone */
    if (anchors[i] == p || fabs(at->lat - anchors[i]->lat) > 150 / 111.0) continue;
    double km = km_between(at, anchors[i]);
    if (km < 50) bonus = 3;
    else if (km < 150) bonus = 2;
  }
  return s + bonus;
}

static int precision_of(const sr_gazetteer *g, const sr_mention *m,
                        const sr_place *p) {
  if (p->kind == SR_PLACE_COUNTRY || p->kind == SR_PLACE_ADMIN1 ||
      p->kind == SR_PLACE_REGION || p->kind == SR_PLACE_BORDER)
    return 3;
  if (p->kind == SR_PLACE_ADMIN2) return 3;
  if (sr_place_of(m)->direction || sr_place_of(m)->unit_of == SR_UNIT_OF_UNKNOWN ||
      p->kind == SR_PLACE_ADMIN3 || !p->has_coords)
    return 2;
  (void)g;
  return 1;
}

const char *sr_country_focus(const sr_country_votes *votes) {
  const char *focus = NULL;
  int best_votes = 0, tie = 0;
  for (size_t i = 0; i < votes->n; i++) {
    if (votes->count[i] > best_votes) {
      best_votes = votes->count[i];
      focus = votes->iso2[i];
      tie = 0;
    } else if (votes->count[i] == best_votes) {
      tie = 1;
    }
  }
  return tie ? NULL : focus;
}

const char *sr_country_focus_or_home(const sr_country_votes *votes, const sr_gazetteer *g) {
  const char *focus = sr_country_focus(votes);
  if (focus || votes->n) return focus;
  /* "Houthi rebels fired a missile at a market": nothing else says
  ** where, the group's first country does, unless it fights at home too */
  const char *home = sr_gazetteer_home(g);
  if (votes->group_countries && votes->group_first[0]) {
    int at_home = 0;
    for (const char *c = votes->group_countries; home && *c && c[1]; c += 2)
      at_home |= c[0] == home[0] && c[1] == home[1];
    if (!at_home) return votes->group_first;
  }
  return home;
}

/* Places a mention's candidate should lie near: the units in brackets
** after a place, and that place for its units. */
typedef struct sr_near {
  const sr_place *place[MAX_CANDIDATES];
  size_t n;
  int units; /* the places are the units named with the mention: count them */
} sr_near;

static int near_any(const sr_gazetteer *g, const sr_place *p, const sr_near *near) {
  for (size_t i = 0; near && i < near->n; i++)
    if (near->place[i] != p &&
        (lies_near(g, p, near->place[i]) || lies_near(g, near->place[i], p)))
      return 1;
  return 0;
}

/* Whether p lies near any place the units of mention i may be: "Khan
** Sheikhoun in Idlib" lies in the governorate, far from the city. */
#define INSIDE_KM 75 /* a district named after its town spans so far from it */
#define PART_KM 30   /* "the Gounghin area of Kaya": a part of the town itself */
static int near_any_named(const sr_gazetteer *g, const sr_place *p, const sr_mention_list *list,
                          size_t i) {
  const sr_place *a = located(g, p);
  for (size_t j = i + 1; j < list->count && list->items[j].byte_start < sr_place_of(&list->items[i])->units_end; j++) {
    const sr_mention *u = &list->items[j];
    if (u->type != SR_MENTION_PLACE || !sr_place_of(u)->unit_of) continue;
    const sr_place_part *up = sr_place_of(u);
    for (size_t c = 0; c <= up->candidate_count; c++) {
      /* its candidates, and the place chosen ("Deir el-Zour province":
      ** the governorate its town's name stands for) */
      const sr_place *q = sr_gazetteer_place(g, c < up->candidate_count ? up->candidates[c] : up->place);
      if (!q || q == p) continue;
      if (is_admin(q->kind) || q->kind == SR_PLACE_COUNTRY) {
        if (lies_near(g, p, q)) return 1;
        continue;
      }
      const sr_place *b = located(g, q);
      double reach = sr_place_of(&list->items[i])->part ? PART_KM : INSIDE_KM;
      if (a && b && fabs(a->lat - b->lat) <= reach / 111.0 && km_between(a, b) < reach)
        return 1;
    }
  }
  return 0;
}

/* How well p agrees with units named with it ("Posso (Titao, Loroum)"):
** one point per unit it lies in or near, less a little for its distance
** from the first, the most specific: of two villages of one name in a
** province, the one near the department named too, else the nearer. */
static double units_agree(const sr_gazetteer *g, const sr_place *p, const sr_near *near) {
  double s = 0;
  /* "Tin-Akoff (Tin-Akoff, Oudalan)": the seat of the department it
  ** names agrees with it best */
  for (size_t i = 0; i < near->n; i++)
    if (near->place[i] == p ||
        lies_near(g, p, near->place[i]) || lies_near(g, near->place[i], p))
      s += 1;
  const sr_place *a = located(g, p), *b = near->n ? located(g, near->place[0]) : NULL;
  if (s && a && b) {
    double km = km_between(a, b);
    s -= (km > 100 ? 100 : km) / 200;
  }
  return s;
}

/* How far p lies from the point of the nearest unit below admin1 among
** the places near (at most 100 km; 0 without one): of namesakes in one
** province, the one nearer its point ("Bama (Bama, Houet)": the Bama
** 18 km from Houet's point, not the one 118 km west).  Counted in steps
** of 50 km: a few km more is no reason to pass over the village spelt
** as written. */
static double area_km(const sr_gazetteer *g, const sr_place *p, const sr_near *near) {
  double best = 100;
  const sr_place *a = located(g, p);
  int any = 0;
  for (size_t i = 0; a && i < near->n; i++) {
    const sr_place *q = near->place[i];
    if (q == p || (q->kind != SR_PLACE_ADMIN2 && q->kind != SR_PLACE_ADMIN3)) continue;
    const sr_place *b = located(g, q);
    if (!b || !lies_near(g, p, q)) continue;
    double km = km_between(a, b);
    if (km < best) best = km;
    any = 1;
  }
  return any ? best : 0;
}

/* Whether the units named with a place include an area (admin1-3) and p
** lies in or near none of them: "Kayan (Kayan, Kenedougou)" is not
** Myanmar's Kayan, whatever the first unit met. */
static int outside_areas(const sr_gazetteer *g, const sr_place *p, const sr_near *near) {
  int areas = 0;
  for (size_t i = 0; i < near->n; i++) {
    const sr_place *q = near->place[i];
    if (!is_admin(q->kind)) continue;
    if (q == p || lies_near(g, p, q) || lies_near(g, q, p)) return 0;
    areas++;
  }
  return areas > 0;
}

/* Whether the first unit in brackets is a town before an area (a
** department's seat, then its province: "Gountoure (Deou, Oudalan)") and
** p lies farther from it than a department spans: a namesake elsewhere in
** the province, not the place meant, which the gazetteer lacks.  Not a
** town alone ("Paira (Peyla)"): perhaps the place's other name. */
#define SEAT_REACH_KM 60
static int far_from_seat(const sr_gazetteer *g, const sr_place *p, const sr_near *near) {
  if (near->n < 2 || near->place[0] == p || near->place[0]->kind != SR_PLACE_CITY) return 0;
  int area = 0;
  for (size_t i = 1; i < near->n; i++) area |= is_admin(near->place[i]->kind);
  if (!area) return 0;
  const sr_place *a = located(g, p), *b = located(g, near->place[0]);
  return a && b && km_between(a, b) > SEAT_REACH_KM;
}

/* Whether mention m is followed by a bracket ("Boula (Coalla, Gnagna)"):
** its units are the text's hierarchy, not a list ("Idlib, Hama province"). */
static int bracketed(const char *text, const sr_mention *m) {
  if (!text) return 0;
  size_t b = m->byte_end;
  while (text[b] == ' ') b++;
  return text[b] == '(';
}

/* "Kayan (Kayan, Kenedougou)": the last unit of a bracket, when its areas
** are all of one country, says the country; the place before it and the
** units that cannot be there take back their votes (Myanmar's Kayan) and
** are no guide to it.  So does the area a place is said to lie in: in
** "Djugu territory of Ituri province", Benin's Djougou, which "Djugu" meets
** by its skeleton, is no guide against Ituri. */
/* The one country all the areas (admin1-3) a unit mention may be lie in,
** or NULL. */
static const char *areas_country(const sr_gazetteer *g, const sr_place_part *unit) {
  const char *country = NULL;
  for (size_t c = 0; c < unit->candidate_count; c++) {
    const sr_place *p = sr_gazetteer_place(g, unit->candidates[c]);
    if (!is_admin(p->kind)) continue;
    if (country && !in_country(p, country)) return NULL;
    country = p->iso2;
  }
  return country;
}

static void units_overrule_votes(const sr_gazetteer *g, sr_mention_list *list,
                                 sr_country_votes *votes, const char *text) {
  /* "Vuhledar (Volnovakhskyi, Donetsk)", the place unknown: the last unit
  ** in brackets says the country, over a nationality ("Russian forces
  ** shelled ..."), as a sure name does; so it does after a place known */
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || sr_place_of(m)->unit_of != SR_UNIT_OF_UNKNOWN) continue;
    size_t last = i;
    for (size_t j = i + 1; j < list->count; j++) {
      const sr_mention *o = &list->items[j];
      if (o->type != SR_MENTION_PLACE || sr_place_of(o)->unit_of != SR_UNIT_OF_PLACE ||
          o->byte_start > list->items[j - 1].byte_end + 3)
        break;
      last = j;
    }
    const char *country = areas_country(g, sr_place_of(&list->items[last]));
    if (country) sr_country_vote(votes, country, 2);
    i = last;
  }
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    /* (in brackets, inside one, or after a comma: "Djugu, Ituri province"
    ** is no Djougou of Benin) */
    if (m->type != SR_MENTION_PLACE || !sr_place_of(m)->units_end) continue;
    size_t last = i;
    for (size_t j = i + 1; j < list->count && list->items[j].byte_start < sr_place_of(m)->units_end; j++)
      if (list->items[j].type == SR_MENTION_PLACE && sr_place_of(&list->items[j])->unit_of) last = j;
    const char *country = last > i ? areas_country(g, sr_place_of(&list->items[last])) : NULL;
    if (!country) continue;
    /* ...and, in brackets, says the country of a place it has too
    ** ("Bakhmut (Bakhmutskyi, Donetsk)" after "Russian forces") */
    if (bracketed(text, m)) sr_country_vote(votes, country, 2);
    for (size_t j = i; j < last; j++) {
      if (list->items[j].type != SR_MENTION_PLACE) continue;
      sr_place_part *o = sr_place_of(&list->items[j]);
      int there = 0;
      for (size_t c = 0; c < o->candidate_count && !there; c++)
        there = in_country(sr_gazetteer_place(g, o->candidates[c]), country);
      if (there) continue;
      o->overruled = 1;
      if (o->voted) sr_country_vote(votes, sr_gazetteer_place(g, o->candidates[0])->iso2, -o->voted);
      o->voted = 0;
    }
  }
}

/* A town of fewer than UNSUPPORTED_MIN_POPULATION outside the focus
** country, GeoNames' (packs/geo's are chosen with care). */
static int small_abroad(const sr_gazetteer *g, const sr_place *p, const char *focus) {
  (void)g;
  return !in_country(p, focus) && !p->curated && p->kind != SR_PLACE_COUNTRY &&
         p->population < UNSUPPORTED_MIN_POPULATION;
}

/* Whether place p goes by the mention's name as its own (or packs/geo's),
** not only as an alternate one ("Sabra" is Sabratah's other name). */
static int named_so(const sr_mention *m, int32_t p) {
  for (size_t c = 0; c < sr_place_of(m)->named_count; c++)
    if (sr_place_of(m)->candidates[c] == p) return 1;
  return 0;
}

/* Whether the text voted for the country at all (a demonym, its name). */
static int voted(const sr_country_votes *votes, const char *iso2) {
  for (size_t i = 0; i < votes->n; i++)
    if (memcmp(votes->iso2[i], iso2, 2) == 0) return 1;
  return 0;
}

/* Where the place mentions may be, against the focus: FOCUS_NAMED when
** one may be in the focus country (or is it: "in Mali"); else FOCUS_HOME
** when one can only be in the home country; else FOCUS_NONE. */
enum { FOCUS_NONE, FOCUS_HOME, FOCUS_NAMED };
static int places_against_focus(const sr_gazetteer *g, const sr_mention_list *list,
                                const char *focus, const char *home, const char *text,
                                sr_arena *scratch) {
  int home_only = 0, sure_home = 0, country_named = 0;
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *m = &list->items[i];
    /* a capital or country standing for its government ("with Ankara
    ** saying", "Moscow denied") says who, as a nationality does, not
    ** where: it backs no nationality's country */
    if (m->type != SR_MENTION_PLACE || tells_no_country(sr_place_of(m)) ||
        sr_place_of(m)->government)
      continue;
    int in_home = 0, elsewhere = 0;
    for (size_t c = 0; c < sr_place_of(m)->candidate_count; c++) {
      const sr_place *p = sr_gazetteer_place(g, sr_place_of(m)->candidates[c]);
      /* the country itself named says no more than its nationality
      ** against a place sure to be in the home country ("killed in Boura,
      ** Sissili Province", then "arrested in Ghana by Ghanaian police")... */
      if (p->kind == SR_PLACE_COUNTRY) {
        country_named |= in_country(p, focus);
        continue;
      }
      if (in_country(p, focus)) return FOCUS_NAMED;
      /* ...and a home place met only by a spelling rule ("Konna" for the
      ** village and department of Kona, "Kouala" for Koala) is a name the
      ** gazetteer lacks elsewhere, not one that says the report is about
      ** the home country; a unit, or a place given its units, in brackets
      ** or after a comma is sure ("Boura, Sissili Province"), not one a
      ** place is said to lie in ("un camp à Konna") */
      if (in_country(p, home))
        in_home |= ((sr_place_of(m)->units_end || sr_place_of(m)->unit_of) &&
                    !sr_place_of(m)->inside) ||
                   spelt_as_named(g, p, m, text, scratch);
      else elsewhere = 1;
    }
    home_only |= in_home && !elsewhere;
    /* ...a place given its unit, or a unit, of the home country only: a
    ** village of the home country alone may be the namesake of one the
    ** gazetteer lacks ("à Konna" in Mali is no Kona of Burkina Faso) */
    sure_home |= in_home && !elsewhere && (sr_place_of(m)->units_end || sr_place_of(m)->unit_of);
  }
  if (country_named && !sure_home) return FOCUS_NAMED;
  return home_only ? FOCUS_HOME : FOCUS_NONE;
}

/* The provinces (admin1) of the focus country the document names: "in
** Bihar's Gopalganj and Aurangabad districts" is about Bihar's Aurangabad,
** not the larger one elsewhere in India. */
#define MAX_REGIONS 8
typedef struct sr_regions {
  const char *admin1[MAX_REGIONS];
  size_t n;
} sr_regions;

/* A province named: a candidate of the focus country's admin1 kind, said
** to be one ("Borno State", "la région de Tillabéri") or with no namesake
** outside it ("Bihar"). */
static void named_regions(const sr_gazetteer *g, const sr_mention_list *list, const char *focus,
                          sr_regions *out) {
  out->n = 0;
  for (size_t i = 0; focus && i < list->count && out->n < MAX_REGIONS; i++) {
    const sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || (sr_place_of(m)->weak && !sr_place_of(m)->hint)) continue;
    const sr_place_part *pp = sr_place_of(m);
    const sr_place *unit = NULL;
    for (size_t c = 0; c < pp->candidate_count && !unit; c++) {
      const sr_place *p = sr_gazetteer_place(g, pp->candidates[c]);
      if (p->kind == SR_PLACE_ADMIN1 && in_country(p, focus) && p->admin1 && p->admin1[0]) unit = p;
    }
    if (!unit) continue;
    int inside = pp->place_role == SR_PR_ADMIN1;
    if (!inside) {
      inside = 1; /* namesakes abroad do not count: the focus is known */
      for (size_t c = 0; c < pp->candidate_count && inside; c++) {
        const sr_place *p = sr_gazetteer_place(g, pp->candidates[c]);
        if (in_country(p, focus) && (!p->admin1 || strcmp(p->admin1, unit->admin1) != 0)) inside = 0;
      }
    }
    size_t k = 0;
    while (k < out->n && strcmp(out->admin1[k], unit->admin1) != 0) k++;
    if (inside && k == out->n) out->admin1[out->n++] = unit->admin1;
  }
}

static int in_regions(const sr_place *p, const char *focus, const sr_regions *r) {
  if (!r || !r->n || p->kind == SR_PLACE_ADMIN1 || !p->admin1 || !in_country(p, focus)) return 0;
  /* the compiled gazetteer keeps each name once: mostly the same pointer */
  for (size_t k = 0; k < r->n; k++)
    if (p->admin1 == r->admin1[k] ||
        (p->admin1[0] == r->admin1[k][0] && strcmp(p->admin1, r->admin1[k]) == 0))
      return 1;
  return 0;
}

/* The province a town gives its name to ("Tillabéri" of the Tillabéri
** region), or -1. */
static int32_t region_named_as(const sr_gazetteer *g, const sr_place *town) {
  if (!town->admin1 || !town->admin1[0] || !town->iso2) return -1;
  char town_key[SR_SKELETON_MAX], key[SR_SKELETON_MAX];
  int32_t found[MAX_CANDIDATES];
  sr_arena a;
  sr_arena_init(&a, 0);
  size_t tlen = sr_gazetteer_key(g, &a, town->name, strlen(town->name), town_key);
  size_t klen = sr_gazetteer_key(g, &a, town->admin1, strlen(town->admin1), key);
  sr_arena_release(&a);
  if (!klen || klen != tlen || memcmp(key, town_key, klen) != 0) return -1;
  size_t n = sr_gazetteer_lookup(g, key, klen, found, NULL, MAX_CANDIDATES);
  for (size_t k = 0; k < n && k < MAX_CANDIDATES; k++) {
    const sr_place *r = sr_gazetteer_place(g, found[k]);
    if (r->kind == SR_PLACE_ADMIN1 && strcmp(r->iso2, town->iso2) == 0 && r->admin1 &&
        strcmp(r->admin1, town->admin1) == 0)
      return found[k];
  }
  return -1;
}

/* The country named right after mention i, past a comma ("Tripoli,
** Lebanon", "near Gao, Mali", "à Bunia, au Congo") or as where it lies
** ("Bunia in Congo"), or
** NULL.  A name two countries bear (Congo) is the one holding a namesake
** of the place. */
static inline const char *country_after(const sr_gazetteer *g, const sr_mention_list *list,
                                        size_t i, const char *text) {
  if (!text || i + 1 >= list->count) return NULL;
  const sr_mention *m = &list->items[i], *n = &list->items[i + 1];
  if (n->type != SR_MENTION_PLACE) return NULL;
  if (sr_place_of(m)->inside && sr_place_of(m)->units_end >= n->byte_end) {
    /* "X in Y": read so when the place was found */
  } else {
    if (text[m->byte_end] != ',' || n->byte_start < m->byte_end + 2) return NULL;
    /* ...past one word said where ("Bunia, au Congo", "Gao, in Mali") */
    size_t b = m->byte_end + 1, words = 0;
    while (b < n->byte_start) {
      if (text[b] == ' ') {
        b++;
        continue;
      }
      if (++words > 1 || !sr_place_of(n)->locative) return NULL;
      while (b < n->byte_start && text[b] != ' ') b++;
    }
  }
  const char *first = NULL;
  for (size_t c = 0; c < sr_place_of(n)->candidate_count; c++) {
    const sr_place *p = sr_gazetteer_place(g, sr_place_of(n)->candidates[c]);
    if (p->kind != SR_PLACE_COUNTRY) continue;
    if (!first) first = p->iso2;
    for (size_t d = 0; d < sr_place_of(m)->candidate_count; d++)
      if (in_country(sr_gazetteer_place(g, sr_place_of(m)->candidates[d]), p->iso2)) return p->iso2;
  }
  return first;
}

/* Whether every namesake of a mention in the country iso2 is a village
** (no population known or under a thousand). */
static int only_villages_in(const sr_gazetteer *g, const sr_mention *m, const char *iso2) {
  for (size_t c = 0; c < sr_place_of(m)->candidate_count; c++) {
    const sr_place *p = sr_gazetteer_place(g, sr_place_of(m)->candidates[c]);
    if (in_country(p, iso2) && (p->population >= 1000 || p->curated || p->kind != SR_PLACE_CITY))
      return 0;
  }
  return 1;
}

/* Whether the mention is spelt as the place's name, give or take case,
** accents and a possessive, or as one of its other names ("Bagdad"): no
** spelling rule was needed to find it ("Jeeneh" meets Jena only by its
** skeleton, "Maan" Man only once its double letter is made single). */
static int spelt_so(const sr_gazetteer *g, const sr_place *p, const sr_mention *m,
                    const char *text, sr_arena *scratch, int exactly);

/* "Tougouri": of namesake villages, the one a department (or province) of
** the same name is centred on is its seat, known beyond its size; GeoNames
** puts a Burkinabe department's point on its seat. */
#define SEAT_KM 10
static int seat_of_its_unit(const sr_gazetteer *g, const sr_mention *m, const sr_place *p) {
  if (p->kind != SR_PLACE_CITY || !p->has_coords) return 0;
  for (size_t c = 0; c < sr_place_of(m)->candidate_count; c++) {
    const sr_place *q = sr_gazetteer_place(g, sr_place_of(m)->candidates[c]);
    if ((q->kind == SR_PLACE_ADMIN2 || q->kind == SR_PLACE_ADMIN3) && q->has_coords &&
        strcmp(q->iso2, p->iso2) == 0 && fabs(q->lat - p->lat) <= SEAT_KM / 111.0 &&
        km_between(p, q) <= SEAT_KM)
      return 1;
  }
  return 0;
}

/* The likeliest candidate of a place mention, given the focus.  Of
** candidates the text weighs alike (namesake villages of one country), the
** one whose own name is spelt as the text spells it: "Namssiguia" is the
** village so written, not a "Namsiguia" its double letter also meets; then
** the one GeoNames gives an admin1 (not one read from its neighbours),
** then the one known by more spellings, as population ranks towns: of
** namesake villages no census counts, the one written about more. */
static int32_t best_candidate(const sr_gazetteer *g, const sr_mention *m, const char *focus,
                              const sr_place *const *anchors, size_t nanchors,
                              const sr_near *near, const sr_regions *regions,
                              const char *country, const char *text, sr_arena *scratch) {
  double best = -1e9;
  int32_t chosen = -1;
  int exact = -1; /* whether the chosen one is spelt so: -1 not asked yet */
  for (size_t c = 0; c < sr_place_of(m)->candidate_count; c++) {
    const sr_place *p = sr_gazetteer_place(g, sr_place_of(m)->candidates[c]);
    /* a place called so before one also called so */
    double s = score(g, m, p, focus, anchors, nanchors) + (c < sr_place_of(m)->named_count ? 1 : 0);
    /* "Tripoli, Lebanon": the country named right after it */
    if (country && in_country(p, country)) s += COUNTRY_AFTER_BONUS;
    if (in_regions(p, focus, regions)) s += REGION_BONUS;
    if (sr_place_of(m)->unit_named && seat_of_its_unit(g, m, p)) s += SEAT_BONUS;
    if (near && near->n && near->units) {
      double k = units_agree(g, p, near);
      if (k > 0) s += 4 + 2 * k;
    } else if (near && near->n && near_any(g, p, near)) {
      s += 6 - 0.25 * floor(area_km(g, p, near) / 50);
    }
    if (s == best) {
      /* spelt as written first, then the better documented */
      const sr_place *q = sr_gazetteer_place(g, chosen);
      if (exact < 0) exact = spelt_so(g, q, m, text, scratch, 1);
      /* one GeoNames puts in its admin1 before one put there by its
      ** neighbours (a code since retired, round coordinates), then one
      ** it places in an admin2 before one it does not */
      int more = p->admin1_guessed != q->admin1_guessed   ? q->admin1_guessed
                 : p->admin2_missing != q->admin2_missing ? q->admin2_missing
                                                          : p->spellings > q->spellings;
      /* (folding is dear: p's spelling is asked only when it decides) */
      if (exact) {
        if (more && spelt_so(g, p, m, text, scratch, 1)) chosen = sr_place_of(m)->candidates[c];
      } else if (more) {
        chosen = sr_place_of(m)->candidates[c];
        exact = -1; /* not asked yet */
      } else if (spelt_so(g, p, m, text, scratch, 1)) {
        chosen = sr_place_of(m)->candidates[c];
        exact = 1;
      }
    } else if (s > best) {
      best = s;
      chosen = sr_place_of(m)->candidates[c];
      exact = -1;
    }
  }
  return chosen;
}

static int spelt_as_named(const sr_gazetteer *g, const sr_place *p, const sr_mention *m,
                          const char *text, sr_arena *scratch) {
  return spelt_so(g, p, m, text, scratch, 0);
}

/* exactly: spelt as the place's own name only, give or take case, accents
** and a possessive ("Beni", not "Bana" for Bāneh nor "Douma" for Dūmā) */
static int spelt_so(const sr_gazetteer *g, const sr_place *p, const sr_mention *m,
                    const char *text, sr_arena *scratch, int exactly) {
  if (!text || !scratch) return 1;
  sr_arena_mark mark = sr_arena_save(scratch);
  sr_str said = sr_fold(scratch, text + m->byte_start, m->byte_end - m->byte_start);
  sr_str name = sr_fold(scratch, p->name, strlen(p->name));
  int same = !said.ptr || !name.ptr ||
             (said.len >= name.len && memcmp(said.ptr, name.ptr, name.len) == 0 &&
              (said.len == name.len ||
               (said.len == name.len + 2 && memcmp(said.ptr + name.len, "'s", 2) == 0)));
  if (!same && !exactly) {
    char key[SR_SKELETON_MAX];
    size_t n = sr_skeleton(sr_gazetteer_translit(g), said.ptr, said.len, key, sizeof key);
    same = n == said.len && memcmp(key, said.ptr, n) == 0;
  }
  sr_arena_reset(scratch, mark);
  return same;
}

/* Whether the mention, named as one of p's own names (named_so), is not
** p's GeoNames name by its spelling rules: one of packs/geo's names
** ("Jenin" for Janīn, "Bakhmout"), spelt as our lists spell it. */
static int by_alias(const sr_gazetteer *g, const sr_place *p, const sr_mention *m,
                    const char *text, sr_arena *scratch) {
  if (!text || !scratch) return 0;
  char said[SR_SKELETON_MAX], name[SR_SKELETON_MAX];
  sr_arena_mark mark = sr_arena_save(scratch);
  size_t n = sr_gazetteer_key(g, scratch, text + m->byte_start, m->byte_end - m->byte_start, said);
  size_t k = sr_gazetteer_key(g, scratch, p->name, strlen(p->name), name);
  sr_arena_reset(scratch, mark);
  return n && (n != k || memcmp(said, name, n) != 0);
}

/* Whether the mention also names the province town p lies in ("Kidal",
** "Tombouctou": a town and its region). */
static int names_its_province(const sr_gazetteer *g, const sr_mention *m, const sr_place *p) {
  if (!p->admin1 || !p->admin1[0]) return 0;
  for (size_t c = 0; c < sr_place_of(m)->candidate_count; c++) {
    const sr_place *q = sr_gazetteer_place(g, sr_place_of(m)->candidates[c]);
    if (q->kind == SR_PLACE_ADMIN1 && q->iso2 && strcmp(q->iso2, p->iso2) == 0 && q->admin1 &&
        strcmp(q->admin1, p->admin1) == 0)
      return 1;
  }
  return 0;
}

/* Whether a candidate of the mention in the country iso2 is of the kind
** its cue says ("la région de Gao": not a village Gao of the home
** country). */
static int any_fitting_in(const sr_gazetteer *g, const sr_mention *m, const char *iso2) {
  int role = sr_place_of(m)->place_role;
  for (size_t c = 0; iso2 && c < sr_place_of(m)->candidate_count; c++) {
    const sr_place *p = sr_gazetteer_place(g, sr_place_of(m)->candidates[c]);
    if (in_country(p, iso2) && (!role || role_fits(role, p->kind))) return 1;
  }
  return 0;
}

static int any_country(const sr_gazetteer *g, const sr_mention *m) {
  return any_country_of(g, sr_place_of(m)->candidates, sr_place_of(m)->candidate_count);
}

static int in_any(const sr_place *p, const char *const *iso2, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (in_country(p, iso2[k])) return 1;
  return 0;
}

static int any_candidate_in(const sr_gazetteer *g, const sr_mention *m, const char *const *iso2,
                            size_t n) {
  for (size_t c = 0; n && c < sr_place_of(m)->candidate_count; c++)
    if (in_any(sr_gazetteer_place(g, sr_place_of(m)->candidates[c]), iso2, n)) return 1;
  return 0;
}

/* Whether every candidate of the mention lies in the country of p: a name
** no other country's town bears. */
static int only_in_country_of(const sr_gazetteer *g, const sr_mention *m, const sr_place *p) {
  for (size_t c = 0; c < sr_place_of(m)->candidate_count; c++)
    if (!in_country(sr_gazetteer_place(g, sr_place_of(m)->candidates[c]), p->iso2)) return 0;
  return 1;
}

/* Whether p lies within an army's reach of the capital of the country
** iso2: Moscow to Kupiansk, Ankara to Amuda; not Bamako to a namesake in
** Israel of a Malian village the gazetteer lacks. */
#define REACH_KM 1500
static int within_reach(const sr_gazetteer *g, const sr_place *p, const char *iso2) {
  int32_t country = iso2 ? sr_gazetteer_country(g, iso2) : -1;
  int32_t capital = country >= 0 ? sr_gazetteer_place(g, country)->capital : -1;
  const sr_place *a = located(g, p);
  return capital >= 0 && a && km_between(a, sr_gazetteer_place(g, capital)) < REACH_KM;
}

#define LIST_GAP 5 /* bytes between two names of a list: " and ", ", ", " et " */

/* Of the countries with `best` votes in own, the one a country's name said
** to be where things happen points to ("in Mali"; the names of a list
** after it count too), in sentence `only` (SIZE_MAX: any); NULL when none
** or several ("in Kyrgyzstan and Tajikistan" tells neither). */
static const char *country_said_where(const sr_gazetteer *g, const sr_mention_list *list,
                                      const sr_country_votes *own, int best,
                                      const sr_place *const *anchors, size_t nanchors,
                                      size_t only) {
  const char *found = NULL;
  size_t listed_to = 0; /* the end of the last such name */
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || (only != (size_t)-1 && m->sentence != only) ||
        tells_no_country(sr_place_of(m)) || sr_place_of(m)->qualifies ||
        (!sr_place_of(m)->locative && !(listed_to && m->byte_start <= listed_to + LIST_GAP)))
      continue;
    const sr_place *p = sr_gazetteer_place(
        g, best_candidate(g, m, NULL, anchors, nanchors, NULL, NULL, NULL, NULL, NULL));
    if (!p || p->kind != SR_PLACE_COUNTRY) continue;
    listed_to = m->byte_end;
    for (size_t k = 0; k < own->n; k++)
      if (own->count[k] == best && strcmp(own->iso2[k], p->iso2) == 0) {
        if (found && found != own->iso2[k]) return NULL;
        found = own->iso2[k];
      }
  }
  return found;
}

/* The country the place names alone point to, or NULL.  attackers: the
** nationalities' country, when towns_only is asked against it. */
static const char *places_focus(const sr_gazetteer *g, const sr_mention_list *list,
                                const sr_country_votes *votes, const char *attackers,
                                const char *home,
                                const sr_place *const *anchors, size_t nanchors,
                                const char *text, int towns_only, sr_arena *scratch) {
  sr_country_votes own = {0};
  const char *iso2_of[SR_MAX_COUNTRY_VOTES] = {0}; /* the gazetteer's, lasting */
  /* the countries the text names ("in Lebanon") */
  const char *named[8];
  size_t nnamed = 0;
  for (size_t i = 0; i < list->count && nnamed < 8; i++) {
    const sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || sr_place_of(m)->place_role == SR_PR_BORDER ||
        sr_place_of(m)->place_role == SR_PR_BASED || !any_country(g, m))
      continue;
    const sr_place *p = sr_gazetteer_place(
        g, best_candidate(g, m, NULL, anchors, nanchors, NULL, NULL, NULL, NULL, NULL));
    if (p && p->kind == SR_PLACE_COUNTRY) named[nnamed++] = p->iso2;
  }
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || tells_no_country(sr_place_of(m))) continue;
    if (sr_place_of(m)->overruled) continue;
    int hint = !sr_place_of(m)->weak || sr_place_of(m)->hint;
    /* "à Kidal": a weak name said to be where things happen may yet be a
    ** province's seat */
    if (!hint && (!sr_place_of(m)->locative || sr_place_of(m)->qualifies)) continue;
    const char *country = country_after(g, list, i, text);
    int32_t best = best_candidate(g, m, NULL, anchors, nanchors, NULL, NULL, country, NULL, NULL);
    const sr_place *p = sr_gazetteer_place(g, best);
    /* ...against the nationalities' country, not a country named alone nor
    ** a capital standing for its government ("Moscow denied") */
    if (!p || !p->iso2[0] ||
        (towns_only && (p->kind == SR_PLACE_COUNTRY || sr_place_of(m)->government)))
      continue;
    /* "Tripoli ... in Lebanon", "Palma ... in Mozambique": a name that may
    ** be a place of a country the text names is no vote against it */
    if (p->kind != SR_PLACE_COUNTRY && !in_any(p, named, nnamed) &&
        any_candidate_in(g, m, named, nnamed))
      continue;
    int big = p->population >= UNSUPPORTED_MIN_POPULATION || p->curated ||
              p->kind == SR_PLACE_COUNTRY || p->kind == SR_PLACE_ADMIN1;
    /* "Kidal": a town that gives its name to its province is known beyond
    ** its size */
    int seat = !big && p->kind == SR_PLACE_CITY && p->population >= 1000 &&
               names_its_province(g, m, p);
    /* "Russian drones struck a school in Kupiansk": against the
    ** nationalities' country, a small town said to be where things happen,
    ** a name only one country's towns bear (within their army's reach of
    ** its capital) or of a country the text also points to ("Palestinian
    ** medics"), is a vote for its country: an attacker's nationality says
    ** who, the town where.  Not a town of the home country: the
    ** nationalities said the report is not about it, and such a village is
    ** the namesake of a town the gazetteer lacks ("à Konna" in Mali, Kona
    ** in Burkina Faso); nor against the home country's nationality ("the
    ** Burkinabe army ... in the village of Ariel": its villages the dump
    ** lacks) */
    int said_there = !seat && sr_place_of(m)->locative && !sr_place_of(m)->qualifies &&
                     !sr_place_of(m)->word && p->kind != SR_PLACE_COUNTRY &&
                     !in_country(p, home) &&
                     ((towns_only && attackers && !(home && strcmp(attackers, home) == 0) &&
                       only_in_country_of(g, m, p) && within_reach(g, p, attackers)) ||
                      (p->kind == SR_PLACE_ADMIN1 && only_in_country_of(g, m, p)) ||
                      (votes && voted(votes, p->iso2)));
    /* "à Ajaccio", "in Fort-de-France": a town of some size, spelt as its
    ** own name, said to be where things happen, that the home country has
    ** no place of that name for, is no mere hint of its country: the text
    ** gives no other sign, and home villages the dump lacks are not so
    ** large abroad */
    int said_town = !towns_only && !seat && sr_place_of(m)->locative &&
                    !sr_place_of(m)->qualifies && !sr_place_of(m)->word &&
                    p->kind == SR_PLACE_CITY && p->population >= SAID_TOWN_MIN_POPULATION &&
                    named_so(m, best) && !any_candidate_in(g, m, &home, home ? 1 : 0) &&
                    (spelt_so(g, p, m, text, scratch, 1) || by_alias(g, p, m, text, scratch));
    if (!hint && !seat && !said_there && !said_town) continue;
    /* a name some place of the home country also bears ("the village of
    ** Bana": five in Burkina Faso, and a large Baneh abroad) is only a
    ** hint for the country abroad; so is one whose likeliest place is
    ** small ("Ariel": a town of 20,000, and another name of Jerusalem);
    ** not a large town's own name, or a provincial seat's, spelt as it is
    ** and which the home country gives only to villages ("Bamako": Mali's
    ** capital, and a village in Burkina Faso; "50 km north of Beni";
    ** "au nord de Gao") */
    /* "la région de Gao": a name its cue says is a province, and one */
    int said = sr_place_of(m)->place_role && is_admin(p->kind) &&
               role_fits(sr_place_of(m)->place_role, p->kind);
    int sure = (!sr_place_of(m)->weak || seat || said) && (big || seat) &&
               !(any_fitting_in(g, m, home) &&
                 !((p->population >= UNSUPPORTED_MIN_POPULATION || seat) && named_so(m, best) &&
                   only_villages_in(g, m, home) && spelt_so(g, p, m, text, scratch, 1)));
    /* ...and a place the text gives its country ("near Gao, Mali") */
    sure |= in_country(p, country) || said_town;
    /* "Boma state", no unit of the name known: its namesake town's country
    ** is only a hint (a department named after its seat, "le département
    ** de Kong", hints at the seat's) */
    if (unit_lacking(g, sr_place_of(m))) sure = 0;
    /* ...against the nationalities' country, sure names only */
    if (towns_only && !sure && !said_there) continue;
    /* ...and such a town no town of the home country bears is no mere
    ** hint against it: the nationalities, or the tie between two, already
    ** said the report is not about the home country */
    sr_country_vote(&own, p->iso2,
                    sure || (said_there && !any_candidate_in(g, m, &home, home ? 1 : 0)) ? 2 : 1);
    for (size_t k = 0; k < own.n; k++)
      if (!iso2_of[k]) iso2_of[k] = p->iso2;
  }
  /* a sure name, or a hint no other name contradicts: the country of
  ** the only names a text gives ("in Bogande"); against the country of
  ** the GeoNames dumps added, two hints ("Council" is a town somewhere) */
  const char *by_places = sr_country_focus(&own);
  /* two countries named alike ("an army base in Mali ... diplomats in New
  ** York"): the one country named as where things happen ("in Mali"), in
  ** the first sentence that names a place if it tells, else in the whole
  ** text, rather than the home country by default; not against the home
  ** country itself */
  if (!by_places && !towns_only) {
    int best = 0;
    for (size_t i = 0; i < own.n; i++)
      if (own.count[i] > best) best = own.count[i];
    int home_ties = 0;
    for (size_t i = 0; i < own.n; i++)
      home_ties |= own.count[i] == best && home && strcmp(own.iso2[i], home) == 0;
    size_t lede = (size_t)-1;
    for (size_t i = 0; i < list->count && lede == (size_t)-1; i++)
      if (list->items[i].type == SR_MENTION_PLACE) lede = list->items[i].sentence;
    if (!home_ties) by_places = country_said_where(g, list, &own, best, anchors, nanchors, lede);
    if (!home_ties && !by_places)
      by_places = country_said_where(g, list, &own, best, anchors, nanchors, (size_t)-1);
  }
  int needed = home && by_places && strcmp(by_places, home) != 0 ? 2 : 1;
  for (size_t i = 0; by_places && i < own.n; i++)
    if (own.iso2[i] == by_places && own.count[i] >= needed) return iso2_of[i];
  return NULL;
}

/* Whether the province mention o follows the town m within a few words
** (", in the province of", "in ... province", ", dans la province d'"):
** it says where the town lies. */
#define LOCATOR_WORDS 4
static int locates(const char *text, const sr_mention *m, const sr_mention *o) {
  if (o->byte_start < m->byte_end) return 0;
  int words = 0, in_word = 0;
  for (size_t b = m->byte_end; b < o->byte_start; b++) {
    unsigned char c = (unsigned char)text[b];
    int letter = c >= 0x80 || isalnum(c);
    if (c == '.' || c == ';' || c == ':') return 0;
    if (letter && !in_word && ++words > LOCATOR_WORDS) return 0;
    in_word = letter;
  }
  return 1;
}

static int words_between(const char *text, size_t from, size_t to, int max);

/* Whether the place mention after m in the list, in a clause opened by a
** comma right after m, locates m in the country iso2 ("Kobé, localité
** située à 40 km de Ménaka", "Kobé, dans l'est du Mali", "Kobé, près de
** Ménaka", "Kobé, au Mali"), within a few words. */
#define LOCATED_BY_WORDS 8
static int located_in_by_next(const sr_gazetteer *g, const sr_mention_list *list, size_t i,
                              const char *text, const char *iso2) {
  const sr_mention *m = &list->items[i];
  size_t b = m->byte_end;
  if (!iso2 || text[b] != ',') return 0;
  for (size_t j = i + 1; j < list->count; j++) {
    const sr_mention *o = &list->items[j];
    if (o->type != SR_MENTION_PLACE) continue;
    int words = words_between(text, b + 1, o->byte_start, LOCATED_BY_WORDS);
    if (words < 0 || words > LOCATED_BY_WORDS || o->sentence != m->sentence) return 0;
    /* near or some way from a place there, in the country, or in a unit
    ** said to be one ("dans la région de"): not another place where things
    ** happen ("à Bagdad, puis à Mogadiscio", "Speaking in Paris, the
    ** minister said ... in Menaka") */
    const sr_place_part *po = sr_place_of(o);
    for (size_t c = 0; c < po->candidate_count; c++) {
      const sr_place *q = sr_gazetteer_place(g, po->candidates[c]);
      if (in_country(q, iso2) &&
          (po->direction || (po->locative && q->kind == SR_PLACE_COUNTRY) ||
           (po->place_role && is_admin(q->kind) && role_fits(po->place_role, q->kind))))
        return 1;
    }
    return 0;
  }
  return 0;
}

/* A town that gives its name to its province, named bare in a sentence
** that calls it the province too ("rebel-held Idlib ... in the province of
** Idlib"): the province there, not the town: the sentence says which it
** means, and a writer does not shift from the one to the other in a
** clause.  Not a town after a cue of its own ("the city of Idlib") nor
** after "in", "à" (locative): "Les combats à Hama continuent dans la
** province de Hama" tells of the town, then of its province; nor a town
** the province locates ("Idlib, in the province of Idlib", "Idlib in
** Idlib province": the town, where it lies). */
static void said_as_region(const sr_gazetteer *g, sr_mention_list *list, const char *text) {
  /* from each province its cue names (rare), to the sentence's bare towns */
  for (size_t r = 0; r < list->count; r++) {
    const sr_mention *o = &list->items[r];
    if (o->type != SR_MENTION_PLACE || o->dropped || sr_place_of(o)->place < 0 ||
        sr_place_of(o)->place_role != SR_PR_ADMIN1 ||
        sr_gazetteer_place(g, sr_place_of(o)->place)->kind != SR_PLACE_ADMIN1)
      continue;
    int32_t region = sr_place_of(o)->place;
    for (size_t i = 0; i < list->count; i++) {
      sr_mention *m = &list->items[i];
      if (m->type != SR_MENTION_PLACE || m->dropped || m->sentence != o->sentence) continue;
      sr_place_part *pm = sr_place_of(m);
      if (pm->place < 0 || pm->place_role || pm->direction || pm->locative ||
          locates(text, m, o))
        continue;
      const sr_place *town = sr_gazetteer_place(g, pm->place);
      if (is_admin(town->kind) || town->kind == SR_PLACE_COUNTRY ||
          region_named_as(g, town) != region)
        continue;
      pm->place = region;
      pm->geo_precision = precision_of(g, m, sr_gazetteer_place(g, region));
    }
  }
}

static void spelt_otherwise(const sr_gazetteer *g, sr_mention_list *list, const char *text,
                            sr_arena *scratch);

/* "the village of Kontega", read as a Kontaga (spelt_at_home) that lies
** SPELT_FAR_KM or more from every other place the text names (towns,
** units): the text names a village the gazetteer lacks, not that one. */
#define SPELT_FAR_KM 100
static void spelt_far(const sr_gazetteer *g, sr_mention_list *list) {
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || m->dropped || !sr_place_of(m)->spelt_home) continue;
    const sr_place *p = sr_gazetteer_place(g, sr_place_of(m)->place);
    if (!p || !p->has_coords) continue;
    int others = 0, near = 0;
    for (size_t j = 0; j < list->count && !near; j++) {
      const sr_mention *o = &list->items[j];
      if (j == i || o->type != SR_MENTION_PLACE || o->dropped) continue;
      const sr_place *q = sr_gazetteer_place(g, sr_place_of(o)->place);
      if (!q || !q->has_coords || q->kind == SR_PLACE_COUNTRY || q->kind == SR_PLACE_ADMIN1)
        continue;
      others++;
      near = km_between(p, q) < SPELT_FAR_KM;
    }
    if (others && !near) m->dropped = 1;
  }
}

void sr_resolve_places(const sr_gazetteer *g, sr_mention_list *list,
                       sr_country_votes *votes, const char *text, sr_arena *scratch) {
  if (!g) return;
  /* Anchors: places with a single candidate, for the proximity bonus. */
  const sr_place *anchors[64];
  size_t nanchors = 0;
  for (size_t i = 0; i < list->count && nanchors < 64; i++) {
    const sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || sr_place_of(m)->candidate_count != 1) continue;
    const sr_place *at = located(g, sr_gazetteer_place(g, sr_place_of(m)->candidates[0]));
    if (at && at->kind != SR_PLACE_COUNTRY) anchors[nanchors++] = at;
  }
  units_overrule_votes(g, list, votes, text);
  const char *focus = sr_country_focus(votes);
  const char *home = sr_gazetteer_home(g);
  if (!focus) {
    const char *by_places = places_focus(g, list, votes, NULL, home, anchors, nanchors, text, 0, scratch);
    if (by_places) {
      sr_country_vote(votes, by_places, 1);
      focus = sr_country_focus(votes);
    }
  }
  /* Nothing in the text tells: the country whose GeoNames dump the user
  ** added, if one. */
  int by_default = !focus && home;
  if (!focus) focus = home;
  /* Nationalities ("the Malian army", "French forces", "Ghanaian traders")
  ** say who, not where: when no place named can be in the country they
  ** point to and some can only be in the home country ("clashed with the
  ** Malian army in Abaye"), the report is about the home country... */
  /* ...and when no place named can be in it, about the country of the
  ** towns named ("French soldiers were killed near Gao, Mali"; not a
  ** country named alone: "the border with Niger and Benin") */
  else {
    int away = home && strcmp(focus, home) != 0;
    int where = places_against_focus(g, list, focus, away ? home : NULL, text, scratch);
    if (where == FOCUS_HOME) {
      focus = home;
    } else if (where == FOCUS_NONE) {
      const char *by_places = places_focus(g, list, votes, focus, home, anchors, nanchors, text, 1, scratch);
      if (by_places) focus = by_places;
    }
  }
  /* "in the capital": the focus country's; "the capital of Mali": the
  ** country's named next, if it is one */
  /* ...and "in Goudoubou" (spelt_at_home): in a report about the home
  ** country, the one village or town of it the name spells a letter
  ** otherwise */
  int at_home = home && focus && strcmp(focus, home) == 0;
  size_t spelt = 0; /* read so: spelt_far looks at them */
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE) continue;
    if (sr_place_of(m)->spelt_home) {
      int32_t found = at_home ? spelt_near(g, NULL, 0, home, text, m->byte_start, m->byte_end, scratch)
                              : -1;
      if (found < 0) {
        m->dropped = 1;
        continue;
      }
      sr_place_of(m)->candidates[0] = found;
      sr_place_of(m)->candidate_count = sr_place_of(m)->named_count = 1;
      spelt++;
      continue;
    }
    if (!sr_place_of(m)->capital) continue;
    int32_t country = -1;
    if (sr_place_of(m)->capital == CAPITAL_OF_FOCUS || sr_place_of(m)->capital == FOCUS_ITSELF) {
      country = sr_gazetteer_country(g, focus);
    } else if (sr_place_of(m)->capital == CAPITAL_OF_BEFORE) {
      const sr_place_part *before = i > 0 ? sr_place_of(&list->items[i - 1]) : NULL;
      for (size_t c = 0; before && c < before->candidate_count && country < 0; c++)
        if (sr_gazetteer_place(g, before->candidates[c])->kind == SR_PLACE_COUNTRY)
          country = before->candidates[c];
    } else if (i + 1 < list->count && list->items[i + 1].type == SR_MENTION_PLACE &&
               list->items[i + 1].byte_start <= m->byte_end + 12) {
      const sr_place_part *next = sr_place_of(&list->items[i + 1]);
      for (size_t c = 0; c < next->candidate_count && country < 0; c++)
        if (sr_gazetteer_place(g, next->candidates[c])->kind == SR_PLACE_COUNTRY)
          country = next->candidates[c];
    }
    int32_t capital = country >= 0 ? sr_gazetteer_place(g, country)->capital : -1;
    if (sr_place_of(m)->capital == FOCUS_ITSELF) capital = country;
    if (capital < 0) {
      m->dropped = 1;
      continue;
    }
    sr_place_of(m)->candidates[0] = capital;
    sr_place_of(m)->candidate_count = sr_place_of(m)->named_count = 1;
    /* the country's named: sure wherever the report is about */
    if (sr_place_of(m)->capital == CAPITAL_OF || sr_place_of(m)->capital == CAPITAL_OF_BEFORE)
      sr_place_of(m)->weak = 0;
  }
  sr_regions regions;
  named_regions(g, list, focus, &regions);
  int unknown = 0; /* a unit stands in for a name not found */
  /* Units first, near any place their owner may be; then the owners, near
  ** the units chosen, the last first: a unit may own units of its own
  ** ("Boula, dans la commune de Coalla (Gnagna)"), chosen before the place
  ** that lies in it. */
  for (int owners = 0; owners < 2; owners++)
  for (size_t nth = 0; nth < list->count; nth++) {
    size_t i = owners ? list->count - 1 - nth : nth;
    sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || (sr_place_of(m)->units_end != 0) != owners) continue;
    sr_near near; /* its places filled up to n: not zeroed, once per mention */
    near.n = 0;
    near.units = owners;
    if (owners) {
      for (size_t j = i + 1; j < list->count && list->items[j].byte_start < sr_place_of(m)->units_end; j++)
        if (list->items[j].type == SR_MENTION_PLACE && sr_place_of(&list->items[j])->place >= 0 &&
            near.n < MAX_CANDIDATES)
          near.place[near.n++] = sr_gazetteer_place(g, sr_place_of(&list->items[j])->place);
    } else if (sr_place_of(m)->unit_of == SR_UNIT_OF_UNKNOWN) {
      unknown = 1;
      /* "Tounbali (Banfora, Soum)": the first unit stands in for the
      ** unknown place; chosen near the units after it */
      for (size_t j = i + 1; j < list->count; j++) {
        const sr_mention *o = &list->items[j];
        if (o->type != SR_MENTION_PLACE || sr_place_of(o)->unit_of != SR_UNIT_OF_PLACE ||
            o->byte_start > list->items[j - 1].byte_end + 3)
          break;
        for (size_t c = 0; c < sr_place_of(o)->candidate_count && near.n < MAX_CANDIDATES; c++) {
          const sr_place *u = sr_gazetteer_place(g, sr_place_of(o)->candidates[c]);
          if (is_admin(u->kind)) near.place[near.n++] = u; /* the province, not a namesake */
        }
      }
    } else if (sr_place_of(m)->unit_of == SR_UNIT_OF_PLACE) {
      /* the owner: the nearest place mention before with the bracket */
      for (size_t j = i; j-- > 0;) {
        const sr_mention *o = &list->items[j];
        if (o->type != SR_MENTION_PLACE || !sr_place_of(o)->units_end) continue;
        if (sr_place_of(o)->units_end < m->byte_end) break;
        for (size_t c = 0; c < sr_place_of(o)->candidate_count && near.n < MAX_CANDIDATES; c++)
          near.place[near.n++] = sr_gazetteer_place(g, sr_place_of(o)->candidates[c]);
        /* ...and the other units of the bracket: "Hoka (Koutougou, Soum)",
        ** the department in the province named, whatever Hoka is */
        for (size_t k = j + 1; k < list->count && list->items[k].byte_start < sr_place_of(o)->units_end; k++) {
          const sr_mention *u = &list->items[k];
          if (k == i || u->type != SR_MENTION_PLACE || !sr_place_of(u)->unit_of) continue;
          for (size_t c = 0; c < sr_place_of(u)->candidate_count && near.n < MAX_CANDIDATES; c++) {
            const sr_place *a = sr_gazetteer_place(g, sr_place_of(u)->candidates[c]);
            if (is_admin(a->kind)) near.place[near.n++] = a;
          }
        }
        break;
      }
    }
    const char *country = country_after(g, list, i, text);
    sr_place_of(m)->place = best_candidate(g, m, focus, anchors, nanchors, &near, &regions, country,
                                           text, scratch);
    const sr_place *chosen = sr_gazetteer_place(g, sr_place_of(m)->place);
    /* "Shahpur village in Gopalganj" where no Shahpur lies near
    ** Gopalganj: the village is one the gazetteer lacks, its unit stands
    ** in.  Only for a small town or village said to be there: not an area
    ** ("the province of Zondoma in Titao"), a large or curated place, a
    ** word of a name ("Faylaq al-Sham in Hama"), nor in a country ("Aleppo
    ** in Syria" says no more than Aleppo); then the unit is a place again. */
    if (owners && chosen && sr_place_of(m)->inside) {
      int village = near.n == 1 && near.place[0]->kind != SR_PLACE_COUNTRY &&
                    !(sr_place_of(m)->weak && !in_country(chosen, focus)) &&
                    !sr_place_of(m)->qualifies && !chosen->curated &&
                    chosen->population < UNSUPPORTED_MIN_POPULATION &&
                    !is_admin(chosen->kind) && chosen->kind != SR_PLACE_COUNTRY;
      int there = village && near_any_named(g, chosen, list, i);
      for (size_t j = i + 1; !there && j < list->count && list->items[j].byte_start < sr_place_of(m)->units_end; j++) {
        sr_mention *u = &list->items[j];
        if (u->type != SR_MENTION_PLACE || !sr_place_of(u)->unit_of) continue;
        sr_place_of(u)->unit_of = village ? SR_UNIT_OF_UNKNOWN : 0;
        unknown |= village;
        sr_place_of(u)->locates_only = 0;
        if (village) sr_place_of(u)->locative |= sr_place_of(m)->locative;
        const sr_place *at = sr_gazetteer_place(g, sr_place_of(u)->place);
        if (at) sr_place_of(u)->geo_precision = precision_of(g, u, at);
      }
      if (village && !there) {
        sr_place_of(m)->place = -1;
        m->dropped = 1;
        continue;
      }
      if (!village) sr_place_of(m)->units_end = 0;
    }
    /* "Kayan (Kayan, Kenedougou)", "Hamburg (Nassoumbou, Soum)": the units
    ** in brackets say where the place lies; a place chosen in or near none
    ** of the areas among them (a namesake abroad, and the unit that is that
    ** same namesake) is one the gazetteer lacks: the first unit that lies
    ** in them stands in for it, as for a place not found at all */
    /* ...and so do the units after a comma ("Basnere, Soum Province")
    ** for a village, unless one of its namesakes lies in them: a list of
    ** towns ("Idlib, Hama province") names larger places */
    if (owners && chosen && !sr_place_of(m)->inside &&
        ((bracketed(text, m) &&
          (sr_place_of(m)->overruled || outside_areas(g, chosen, &near) ||
           far_from_seat(g, chosen, &near))) ||
         (chosen->population < SMALL_VILLAGE && !chosen->curated && !is_admin(chosen->kind) &&
          chosen->kind != SR_PLACE_COUNTRY && outside_areas(g, chosen, &near)))) {
      for (size_t j = i + 1; j < list->count && list->items[j].byte_start < sr_place_of(m)->units_end; j++) {
        sr_mention *u = &list->items[j];
        if (u->type != SR_MENTION_PLACE || !sr_place_of(u)->unit_of) continue;
        const sr_place *at = sr_gazetteer_place(g, sr_place_of(u)->place);
        if (!at || at == chosen || sr_place_of(u)->overruled || outside_areas(g, at, &near)) {
          u->dropped = 1;
          continue;
        }
        sr_place_of(u)->unit_of = SR_UNIT_OF_UNKNOWN;
        unknown = 1;
        sr_place_of(u)->locates_only = 0;
        sr_place_of(u)->locative |= sr_place_of(m)->locative;
        sr_place_of(u)->geo_precision = precision_of(g, u, at);
        break;
      }
      sr_place_of(m)->place = -1;
      m->dropped = 1;
      continue;
    }
    /* units the place chosen is not in nor near ("Idlib, Hama province"
    ** lists two places): places of their own again */
    if (owners && chosen && !near_any(g, chosen, &near))
      for (size_t j = i + 1; j < list->count && list->items[j].byte_start < sr_place_of(m)->units_end; j++)
        if (list->items[j].type == SR_MENTION_PLACE && sr_place_of(&list->items[j])->unit_of)
          sr_place_of(&list->items[j])->locates_only = 0;
    /* ...and when it lies near none of them (the gazetteer lacks the
    ** department, has only a namesake), the next unit stands in */
    if (!owners && chosen && near.n && sr_place_of(m)->unit_of == SR_UNIT_OF_UNKNOWN &&
        !near_any(g, chosen, &near) && i + 1 < list->count) {
      sr_place_part *next = sr_place_of(&list->items[i + 1]);
      next->unit_of = SR_UNIT_OF_UNKNOWN;
      unknown = 1;
      next->locates_only = 0;
      sr_place_of(m)->place = -1;
      m->dropped = 1;
      continue;
    }
    /* "the Lome quarter", "le quartier Kinshasa": a town's part named
    ** after a town abroad, not that town */
    if (chosen && sr_place_of(m)->place_role == SR_PR_NEIGHBOURHOOD &&
        chosen->kind != SR_PLACE_NEIGHBOURHOOD && focus && !in_country(chosen, focus)) {
      m->dropped = 1;
      continue;
    }
    /* "Boma state" in a report about South Sudan: a unit the gazetteer
    ** lacks, named after a town abroad that is no unit's seat; not that
    ** town */
    if (chosen && sr_place_of(m)->place_role == SR_PR_ADMIN1 && !is_admin(chosen->kind) &&
        chosen->kind != SR_PLACE_COUNTRY && focus && !in_country(chosen, focus) &&
        region_named_as(g, chosen) < 0) {
      m->dropped = 1;
      continue;
    }
    /* "la métropole du Nord": a word that is a region's name somewhere
    ** ("Nord", "Centre", "Sahel"), no unit's cue before it, is that region
    ** only in a report the text says is about its country, not one taken
    ** to be about the home country for want of any sign ("la région de
    ** l'Est" is the home country's) */
    /* ...nor, after any cue, a unit of another country than the
    ** report's: "au sud du Sahel" in a report about Togo is the wide
    ** Sahel, not Burkina Faso's region of that name ("près de Man", a
    ** town, is left to the rules below) */
    if (chosen && ((sr_place_of(m)->word && by_default) ||
                   (sr_place_of(m)->word_placed && focus && is_admin(chosen->kind) &&
                    !in_country(chosen, focus)))) {
      m->dropped = 1;
      continue;
    }
    /* "the Yan-Sakai vigilantes" in a report about Nigeria: a compound's
    ** half that is a town abroad (its own vote aside) is a word of a
    ** longer name (Ya'an in China, Sakai in Japan, are not meant); the
    ** road "Gao-Ansongo" lies in the report's country */
    if (chosen && sr_place_of(m)->compound && focus && chosen->kind != SR_PLACE_COUNTRY &&
        !in_country(chosen, focus) && !in_country(chosen, country)) {
      m->dropped = 1;
      continue;
    }
    /* "the funeral for Nisar Ahmadi": a name right after a capitalised
    ** word no name took is a surname when it is a town abroad, whatever
    ** its size (Al Ahmadi in Kuwait), unless its country follows */
    if (chosen && sr_place_of(m)->qualifies == QUALIFIES_AFTER_NAME && focus &&
        chosen->kind != SR_PLACE_COUNTRY && !in_country(chosen, focus) &&
        !in_country(chosen, country)) {
      m->dropped = 1;
      continue;
    }
    /* ...and so is a village of the report's country that nothing says is
    ** a place (no cue, no "in", no unit with it): "the death of Norbert
    ** Zongo", "the former minister Jean Tiao" are people, not the villages
    ** Zongo and Tiao */
    if (chosen && sr_place_of(m)->qualifies == QUALIFIES_AFTER_NAME &&
        chosen->population < SMALL_VILLAGE && !chosen->curated && !is_admin(chosen->kind) &&
        chosen->kind != SR_PLACE_COUNTRY && !sr_place_of(m)->locative &&
        !sr_place_of(m)->place_role && !sr_place_of(m)->direction && !sr_place_of(m)->unit_of &&
        !sr_place_of(m)->units_end) {
      m->dropped = 1;
      continue;
    }
    if (chosen && sr_place_of(m)->weak && !in_country(chosen, focus)) {
      m->dropped = 1; /* a small place abroad, a capitalised word: not a place */
      continue;
    }
    /* "à Kobé, localité située à 40 km de Ménaka": a town abroad, however
    ** large, that the next clause locates in the report's country is a
    ** place there the gazetteer lacks (not Kobe, Japan): the locator
    ** stands in, near */
    if (chosen && focus && chosen->kind != SR_PLACE_COUNTRY && !is_admin(chosen->kind) &&
        !in_country(chosen, focus) && !in_country(chosen, country) &&
        located_in_by_next(g, list, i, text, focus)) {
      m->dropped = 1;
      continue;
    }
    /* "the village of Ariel" in a document about Burkina Faso: a village the
    ** gazetteer lacks, not its small homonym abroad, nor a place abroad
    ** that has the name only as an alternate one ("Sabra", Sabratah),
    ** unless the text names that country */
    /* ...nor one abroad the text spells otherwise ("Maan" is not Man in
    ** Côte d'Ivoire, "Jeeneh" not Jena) */
    if (chosen && focus && !voted(votes, chosen->iso2) && !in_country(chosen, country) &&
        sr_place_of(m)->capital != CAPITAL_OF && sr_place_of(m)->capital != CAPITAL_OF_BEFORE &&
        (small_abroad(g, chosen, focus) ||
         (!in_country(chosen, focus) && chosen->kind != SR_PLACE_COUNTRY &&
          (!named_so(m, sr_place_of(m)->place) ||
           (!chosen->curated && !sr_place_of(m)->lower_alias &&
            !spelt_as_named(g, chosen, m, text, scratch)))))) {
      m->dropped = 1;
      continue;
    }
    if (!chosen) continue;
    /* "la région de Tillabéry": the region, though only its capital goes
    ** by this spelling */
    if (sr_place_of(m)->place_role == SR_PR_ADMIN1 && !is_admin(chosen->kind) &&
        chosen->kind != SR_PLACE_COUNTRY) {
      int32_t region = region_named_as(g, chosen);
      if (region >= 0) {
        sr_place_of(m)->place = region;
        chosen = sr_gazetteer_place(g, region);
      }
    }
    /* "l'est du Mali", "northern Burkina Faso", "in the east of the
    ** country": a part of the report's country that way is its
    ** first-level unit farthest in that direction, still only a region
    ** (no distance: "50 km north of Mali" is beyond it) */
    if (chosen->kind == SR_PLACE_COUNTRY && in_country(chosen, focus) && !sr_place_of(m)->far &&
        sr_place_of(m)->direction >= SR_PR_N && sr_place_of(m)->direction <= SR_PR_NW &&
        sr_place_of(m)->offset_km == 0 && !sr_place_of(m)->locates_only) {
      int32_t part = sr_gazetteer_admin1_toward(g, sr_place_of(m)->place,
                                                (sr_place_of(m)->direction - SR_PR_N) * 45.0);
      if (part >= 0) {
        sr_place_of(m)->place = part;
        sr_place_of(m)->compass_part = 1;
        chosen = sr_gazetteer_place(g, part);
      }
    }
    sr_place_of(m)->geo_precision = precision_of(g, m, chosen);
    /* "Russian jets", "talks in Turkey", "backed by the United States": in
    ** a document about another country, a foreign country is a side or a
    ** venue, not where its events happen. */
    if (focus && chosen->kind == SR_PLACE_COUNTRY && !in_country(chosen, focus))
      sr_place_of(m)->locates_only = 1;
    /* ...nor is a foreign capital standing for its government ("brokered
    ** by Moscow", "Ankara sent tanks") */
    if (focus && sr_place_of(m)->government && !in_country(chosen, focus))
      sr_place_of(m)->locates_only = 1;
  }
  said_as_region(g, list, text);
  if (unknown) spelt_otherwise(g, list, text, scratch);
  if (spelt) spelt_far(g, list);
}

/* How many edits (a letter changed, added or dropped) turn a into b, when
** no more than `most`; most + 1 beyond. */
static size_t edits_within(const char *a, size_t al, const char *b, size_t bl, size_t most) {
  enum { LONGEST = 48 };
  if (al > LONGEST || bl > LONGEST || (al > bl ? al - bl : bl - al) > most) return most + 1;
  size_t row[LONGEST + 1];
  for (size_t j = 0; j <= bl; j++) row[j] = j;
  for (size_t i = 1; i <= al; i++) {
    size_t diag = row[0], least = row[0] = i;
    for (size_t j = 1; j <= bl; j++) {
      size_t up = row[j];
      size_t v = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < v) v = up + 1;
      if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
      row[j] = v;
      diag = up;
      if (v < least) least = v;
    }
    if (least > most) return most + 1;
  }
  return row[bl];
}

static int name_byte(unsigned char c) {
  return c >= 0x80 || isalpha(c) || c == '-' || c == '\'';
}

/* The capitalised words right before the bracket a unit opens: the last
** ("Tanwalbougou" in "Tanwalbougou (Fada Ngourma, Gourma)") from *last,
** the last two ("Zoungou Weitan") from *two when the one before is
** capitalised too, else *two == *last; they end at *to.  0 when none. */
static int name_before_bracket(const char *text, size_t unit_start, size_t *two, size_t *last,
                               size_t *to) {
  size_t b = unit_start;
  while (b > 0 && text[b - 1] == ' ') b--;
  if (b == 0 || text[b - 1] != '(') return 0;
  b--;
  while (b > 0 && text[b - 1] == ' ') b--;
  size_t w = b;
  while (w > 0 && name_byte((unsigned char)text[w - 1])) w--;
  if (w == b || b - w > 40 || !isupper((unsigned char)text[w])) return 0;
  *to = b;
  *last = *two = w;
  if (w >= 2 && text[w - 1] == ' ') {
    size_t v = w - 1;
    while (v > 0 && name_byte((unsigned char)text[v - 1])) v--;
    if (v < w - 1 && isupper((unsigned char)text[v])) *two = v;
  }
  return 1;
}

/* The one village or town within radius km of unit (NULL: in the country
** iso2) whose name the text at [from, to) spells a letter otherwise (names
** of five letters or more), or
** -1: none, or several alike.  Each spelling a letter off (one dropped, a
** vowel changed or added) is looked up by its skeleton, so the cost does
** not grow with the gazetteer (a scan of allCountries would). */
#define ONE_VILLAGE_KM 5
static int32_t spelt_near(const sr_gazetteer *g, const sr_place *unit, double radius,
                          const char *iso2, const char *text, size_t from, size_t to,
                          sr_arena *scratch) {
  /* transliterations differ in their vowels ("Tanwalbougou", Tanwolbougou;
  ** "Kokorowe", Kokoroue), seldom in a consonant another name has */
  static const char vowels[] = "aeiouwy";
  enum { NV = sizeof vowels - 1 };
  sr_arena_mark mark = sr_arena_save(scratch);
  sr_str said = sr_fold(scratch, text + from, to - from);
  size_t len = said.ptr && sr_utf8_count(text + from, to - from) >= 5 ? said.len : 0;
  char var[SR_SKELETON_MAX], key[SR_SKELETON_MAX];
  int32_t found = -1, seen[MAX_CANDIDATES];
  size_t ties = 0, nseen = 0;
  /* variant v: a letter dropped at v (v < len), else a vowel changed or added */
  size_t variants = len + 1 < sizeof var ? len + (2 * len + 1) * NV : 0;
  for (size_t v = 0; v < variants; v++) {
    size_t vlen = len;
    if (v < len) {
      memcpy(var, said.ptr, v);
      memcpy(var + v, said.ptr + v + 1, len - v - 1);
      vlen = len - 1;
    } else {
      size_t w = v - len, at = w / (2 * NV);
      char c = vowels[w % NV];
      int insert = (w / NV) % 2;
      if (!insert && (at >= len || !isalpha((unsigned char)said.ptr[at]) || said.ptr[at] == c))
        continue;
      memcpy(var, said.ptr, len);
      if (insert) {
        memmove(var + at + 1, var + at, len - at);
        vlen++;
      }
      var[at] = c;
    }
    size_t klen = sr_skeleton(sr_gazetteer_translit(g), var, vlen, key, sizeof key);
    int32_t cands[MAX_CANDIDATES];
    size_t n = klen ? sr_gazetteer_lookup(g, key, klen, cands, NULL, MAX_CANDIDATES) : 0;
    if (n > MAX_CANDIDATES) n = MAX_CANDIDATES;
    for (size_t c = 0; c < n; c++) {
      const sr_place *p = sr_gazetteer_place(g, cands[c]);
      if ((p->kind != SR_PLACE_CITY && p->kind != SR_PLACE_LOCALITY) || !p->has_coords ||
          (unit ? fabs(p->lat - unit->lat) > radius / 111.0 || km_between(p, unit) > radius
                : !in_country(p, iso2)))
        continue;
      size_t k = 0;
      while (k < nseen && seen[k] != cands[c]) k++;
      if (k < nseen) continue; /* met by another variant */
      if (nseen < MAX_CANDIDATES) seen[nseen++] = cands[c];
      /* its own name a letter off, same first letter: not a name it has
      ** only as another, nor one the skeleton alone brings near */
      sr_arena_mark inner = sr_arena_save(scratch);
      sr_str name = sr_fold(scratch, p->name, strlen(p->name));
      int near_spelt = name.len && name.ptr[0] == said.ptr[0] &&
                       edits_within(said.ptr, len, name.ptr, name.len, 1) == 1;
      sr_arena_reset(scratch, inner);
      if (!near_spelt) continue;
      /* two rows a few km apart are one village told twice (GeoNames has
      ** such pairs), not two alike */
      if (found < 0) found = cands[c];
      else if (km_between(p, sr_gazetteer_place(g, found)) > ONE_VILLAGE_KM) ties++;
    }
  }
  sr_arena_reset(scratch, mark);
  return found >= 0 && !ties ? found : -1;
}

/* "Tanwalbougou (Fada Ngourma, Gourma)" where the gazetteer has Tanwolbougou
** near Fada N'Gourma: a village name the gazetteer spells a letter otherwise
** (spelt_near) is that village when it is the only one so near the unit
** standing in for it.
** Only for a name the text places with its units, so a village abroad
** never meets a misspelt word. */
static void spelt_otherwise(const sr_gazetteer *g, sr_mention_list *list, const char *text,
                            sr_arena *scratch) {
  if (!text || !scratch) return;
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_PLACE || m->dropped || sr_place_of(m)->unit_of != SR_UNIT_OF_UNKNOWN)
      continue;
    const sr_place *unit = located(g, sr_gazetteer_place(g, sr_place_of(m)->place));
    size_t two, from, to;
    if (!unit || !name_before_bracket(text, m->byte_start, &two, &from, &to)) continue;
    /* words of another mention ("In", "Nord") are not the name */
    for (size_t j = 0; j < list->count && from < to; j++) {
      const sr_mention *o = &list->items[j];
      if (o->byte_end <= two || o->byte_start >= to) continue;
      if (o->byte_end > from) from = to;
      else two = from;
    }
    if (from >= to) continue;
    double radius = unit->kind == SR_PLACE_ADMIN2 ? 120 : 60;
    int32_t found = two < from ? spelt_near(g, unit, radius, NULL, text, two, to, scratch) : -1;
    if (found >= 0) from = two;
    else found = spelt_near(g, unit, radius, NULL, text, from, to, scratch);
    if (found < 0) continue;
    size_t before = sr_utf8_count(text + from, m->byte_start - from);
    m->start = m->start >= before ? m->start - before : 0;
    m->end = m->start + sr_utf8_count(text + from, to - from);
    m->byte_start = from;
    m->byte_end = to;
    m->rule = "place.spelt_otherwise";
    sr_place_part *pp = sr_place_of(m);
    pp->place = found;
    pp->unit_of = 0;
    pp->geo_precision = precision_of(g, m, sr_gazetteer_place(g, found));
  }
}

long sr_event_place(const sr_mention_list *l, size_t first, size_t end,
                    const sr_mention *t, long nearest, int speaker) {
  if (nearest < 0 || sr_place_of(&l->items[nearest])->locative ||
      !sr_place_of(&l->items[nearest])->qualifies)
    return nearest;
  int precision = sr_place_of(&l->items[nearest])->geo_precision;
  long best = nearest;
  size_t best_gap = (size_t)-1;
  for (size_t i = first; i < end; i++) {
    const sr_mention *m = &l->items[i];
    if (m->type != SR_MENTION_PLACE || m->dropped || sr_place_of(m)->place < 0 ||
        sr_place_of(m)->locates_only || !sr_place_of(m)->locative ||
        sr_place_of(m)->geo_precision > precision)
      continue;
    /* "..., sources said in Niamey": a source named between the trigger
    ** and the place makes it where they spoke */
    int spoken = 0;
    for (size_t j = first; j < i && !spoken; j++)
      spoken = (int)l->items[j].type == speaker && l->items[j].byte_start >= t->byte_end;
    if (spoken) continue;
    size_t gap = m->byte_end <= t->byte_start ? t->byte_start - m->byte_end
                 : m->byte_start >= t->byte_end ? m->byte_start - t->byte_end : 0;
    if (gap < best_gap) {
      best_gap = gap;
      best = (long)i;
    }
  }
  return best;
}

/* How many words lie in text[from, to), up to max + 1 (read no further),
** or -1 when a mark of a clause's end (a comma, a stop, a quote, a
** bracket) lies there first. */
static int words_between(const char *text, size_t from, size_t to, int max) {
  int words = 0, in_word = 0;
  for (size_t i = from; i < to && words <= max; i++) {
    switch (text[i]) {
    case ',': case '.': case ';': case ':': case '!': case '?':
    case '"': case '(': case ')': case '[': case ']':
      return -1;
    case ' ': case '\t': case '\n':
      in_word = 0;
      break;
    default:
      if (!in_word) in_word = 1, words++;
    }
  }
  return words;
}

/* A source's words end at its verb: "officials said in Paris" has at most
** the verb, an addressee and "in" between the source and the place. */
#define SPOKEN_AT_MAX_WORDS 3
/* Mentions before a source looked at for a place running into it. */
#define SPOKEN_BEFORE_MAX 4

/* Whether place mention m shares words with source s ("diplomats in New
** York said", "New York said": the source read as "York") or lies just
** after them ("officials said in Paris"). */
static int spoken_at(const char *text, const sr_mention *s, const sr_mention *m) {
  if (m->sentence != s->sentence) return 0;
  if (m->byte_start < s->byte_end && m->byte_end > s->byte_start) return 1;
  if (m->byte_start < s->byte_end) return 0;
  int words = words_between(text, s->byte_end, m->byte_start, SPOKEN_AT_MAX_WORDS);
  return words >= 0 && words <= SPOKEN_AT_MAX_WORDS;
}

void sr_places_where_spoken(const sr_gazetteer *g, const sr_country_votes *votes,
                            const char *text, sr_mention_list *list, int speaker) {
  const char *focus = g ? sr_country_focus(votes) : NULL;
  if (!focus) return;
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *s = &list->items[i];
    if ((int)s->type != speaker) continue;
    /* sorted by start: the places in the source's words and after them,
    ** and one that starts before and runs into them ("New York said") */
    size_t from = i;
    while (from > 0 && i - from < SPOKEN_BEFORE_MAX && list->items[from - 1].sentence == s->sentence)
      from--;
    for (size_t j = from; j < list->count && list->items[j].sentence == s->sentence; j++) {
      sr_mention *m = &list->items[j];
      if (m->byte_start >= s->byte_end && !spoken_at(text, s, m)) break;
      if (m->type != SR_MENTION_PLACE || m->dropped || sr_place_of(m)->place < 0 ||
          !spoken_at(text, s, m))
        continue;
      const sr_place *p = sr_gazetteer_place(g, sr_place_of(m)->place);
      if (!p || p->kind == SR_PLACE_COUNTRY || in_country(p, focus)) continue;
      sr_place_of(m)->place_role = SR_PR_BASED;
      sr_place_of(m)->locates_only = 1;
      sr_place_of(m)->spoken = 1;
    }
  }
}
