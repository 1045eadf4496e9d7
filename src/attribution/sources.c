/*
** Sources in a sentence: the phrase a cue points to.  A source is an outlet
** or body of the source pack ("l'agence Sputnik", "assafir"), a named actor
** ("selon le front al-Nosra"), a designator with or without a name ("une
** source militaire syrienne"), a titled person ("le vice-ministre russe de la
** Défense Valéri Guérassimov") or a run of capitalised words ("Zakaria
** Malahifji du groupe rebelle Fastaqim").
*/
#include <string.h>

#include "../text/fold.h"
#include "attribution.h"

/* What the source recogniser reads: its own pack, and the names and words
** of the actor and place packs.  In the view's stage slot. */
typedef struct cue_at {
  int role; /* -1 until read */
  size_t len;
} cue_at;

typedef struct source_packs {
  const sr_attribution_pack *k;
  const sr_actor_pack *actors;
  const sr_place_pack *places;
  /* per token of the sentence, read once: the named actor starting there,
  ** and whether a date covers it (NULL: none in the sentence) */
  const sr_mention **actor_starts;
  const unsigned char *dated;
  cue_at *roles; /* per token: its cue, once read; NULL when out of memory */
  /* per token, once read: the source phrase starting there (each verb's
  ** subject is looked for over the same words again); allocated on the
  ** first reading, NULL before or when out of memory */
  unsigned char *parsed; /* 0: not read, 1: none, 2: parses[j] */
  struct source_info *parses;
  sr_arena *arena;
} source_packs;
#define PACKS(v) ((const source_packs *)(v)->stage)

#define TITLE_REACH 10   /* tokens between a title and its name */
#define OF_PLACE_WORDS 3 /* "of the West region", "of Kano State" */
#define SUBJECT_REACH 14 /* tokens a subject may span before its verb */
#define UNNAMED_WORDS 3  /* "une source militaire syrienne proche de" */
#define ARTICLE_REACH 6  /* "the Britain-based group's director": to the title */

typedef struct source_info {
  size_t end;           /* one past the phrase's last token */
  int kind;             /* sr_source_kind */
  const char *name;     /* canonical, from a pack, or NULL */
  size_t name_first, name_end; /* a name as written, when not canonical */
  size_t title_first, title_end;
  const char *affiliation;
  int back;     /* a title or designator alone: an earlier source */
  int pronoun;  /* "it", "il": an earlier source, or no one */
  int category; /* sr_source_category, when the words tell it */
  int first_category; /* of the first of its head nouns */
  size_t head_end; /* a described source: one past its head noun */
} source_info;

static int punct_is(const sr_view *v, size_t i, const char *s) {
  if (i >= v->n || v->tok[i].kind == SR_TOKEN_WORD) return 0; /* most tokens: cheap */
  size_t n = strlen(s);
  return v->fold[i].len == n && memcmp(v->fold[i].ptr, s, n) == 0;
}

/* The attribution.txt role of the phrase at token i, read once per token:
** every reading of a source asks it again. */
static int role_at(const sr_view *v, size_t i, size_t *len) {
  const source_packs *p = PACKS(v);
  if (i < v->n && p->roles && p->roles[i].role >= 0) {
    *len = p->roles[i].len;
    return p->roles[i].role;
  }
  const sr_row *r = sr_view_match(v, &p->k->t[SR_ST_CUES], i, len);
  size_t wlen;
  const sr_row *w = sr_view_match(v, &p->k->t[SR_ST_WORDS], i, &wlen);
  /* the longest: "in a statement" over "in"; but "de" of "de sources", a
  ** cue where it ends a clause, still opens the phrase it starts */
  if (w && (!r || wlen > *len || (w->a == SR_CUE_DETERMINER && r->a == SR_CUE_BEFORE))) {
    r = w;
    *len = wlen;
  }
  if (i < v->n && p->roles) p->roles[i] = (cue_at){r ? r->a : 0, *len};
  return r ? r->a : 0;
}

/* A cue that finds a source at token i ("selon", "said"), not a word that
** only stands around one: what the reading of a sentence looks for at
** every token. */
static int cue_at_token(const sr_view *v, size_t i, size_t *len) {
  const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ST_CUES], i, len);
  return r ? r->a : 0;
}

/* The period that closes an abbreviation written with periods inside
** ("U.S", "U.N": one word to the tokeniser), glued to it and followed by
** a word: "the U.S. military", "U.S. Central Command" go on past it. */
static int abbreviation_period(const sr_view *v, size_t i) {
  if (i == 0 || i + 1 >= v->n || v->tok[i - 1].kind != SR_TOKEN_WORD ||
      v->tok[i + 1].kind != SR_TOKEN_WORD || v->tok[i].byte_start != v->tok[i - 1].byte_end ||
      !punct_is(v, i, "."))
    return 0;
  return memchr(v->text + v->tok[i - 1].byte_start, '.',
                v->tok[i - 1].byte_end - v->tok[i - 1].byte_start) != NULL;
}

/* Inside a name: "al-Shami", "Ma'arrat", "Abou Omar" (not a dash with a
** space on each side: "The Civil Defence - rescuers who ... - said"). */
static int joiner(const sr_view *v, size_t i) {
  if (punct_is(v, i, "-"))
    return !(i > 0 && i + 1 < v->n && v->tok[i].byte_start > v->tok[i - 1].byte_end &&
             v->tok[i + 1].byte_start > v->tok[i].byte_end);
  return punct_is(v, i, "'");
}

/* A date of this sentence covers token i: "said Saturday" names no one. */
static int in_date(const sr_view *v, size_t i) {
  return PACKS(v)->dated && PACKS(v)->dated[i];
}

/* The end of a run of capitalised words starting at j, with the particles
** and hyphens inside it; j when there is none.  *words counts the
** capitalised ones. */
static size_t name_run(const sr_view *v, size_t j, size_t *words) {
  size_t k = j, last = j;
  *words = 0;
  while (k < v->n && !in_date(v, k)) {
    if (sr_view_capitalised(v, k)) {
      (*words)++;
      last = ++k;
    } else if (v->tok[k].kind == SR_TOKEN_WORD && v->fold[k].len <= 3 &&
               joiner(v, k + 1)) {
      k += 2; /* "al-" */
    } else if (*words && joiner(v, k)) {
      k++;
    } else {
      break;
    }
  }
  return *words ? last : j;
}

/* A named actor mention of this sentence starting at token j. */
static const sr_mention *actor_at(const sr_view *v, size_t j, size_t *end) {
  const sr_mention *m = PACKS(v)->actor_starts ? PACKS(v)->actor_starts[j] : NULL;
  if (!m) return NULL;
  size_t k = j;
  while (k < v->n && v->tok[k].byte_end <= m->byte_end) k++;
  *end = k;
  return m;
}

/* Reads the sentence's dates, places and named actors into per-token
** tables, so that asking at a token costs nothing. */
static void index_tokens(const sr_view *v, source_packs *packs, sr_mention_list *out,
                         sr_arena *arena) {
  const sr_mention **actors = NULL;
  unsigned char *dated = NULL;
  const sr_mention_list *l = v->mentions;
  for (size_t i = l->count; i-- > 0;) {
    const sr_mention *m = &l->items[i];
    if (m->sentence != v->sentence) break;
    int date = m->type == SR_MENTION_DATE;
    if (!date && (m->type != SR_MENTION_ACTOR || sr_actor_of(m)->actor_kind != SR_ACTOR_NAMED))
      continue;
    /* each table only when the sentence has a mention of its kind */
    if ((date && !dated && !(dated = sr_arena_zalloc(arena, v->n))) ||
        (!date && !actors && !(actors = sr_arena_zalloc(arena, v->n * sizeof *actors)))) {
      out->failed = 1;
      return;
    }
    /* the first token at or after the mention's start (tokens are in text
    ** order): a date covers the run of tokens inside it from there */
    size_t t = 0, hi = v->n;
    while (t < hi) {
      size_t mid = t + (hi - t) / 2;
      if (v->tok[mid].byte_start < m->byte_start) t = mid + 1;
      else hi = mid;
    }
    if (date) {
      for (; t < v->n && v->tok[t].byte_end <= m->byte_end; t++) dated[t] = 1;
    } else if (t < v->n && !actors[t] && v->tok[t].byte_start == m->byte_start) {
      actors[t] = m;
    }
  }
  packs->actor_starts = actors;
  packs->dated = dated;
}

/* The place of the sentence whose words take in token j's start, or NULL
** (asked seldom: the sentence's places read here, not indexed). */
static const sr_mention *place_over(const sr_view *v, size_t j) {
  const sr_mention_list *l = v->mentions;
  size_t at = v->tok[j].byte_start;
  for (size_t i = l->count; i-- > 0 && l->items[i].sentence == v->sentence;) {
    const sr_mention *m = &l->items[i];
    if (m->type == SR_MENTION_PLACE && m->byte_start <= at && m->byte_end > at) return m;
  }
  return NULL;
}

static int head_right_at(const sr_view *v, size_t k);

/* The capitalised words [j, e) are all one place: "Syria", "Deir Ezzor",
** "Aleppo" of "Aleppo province", and "Marib Province" (the place read
** "Marib", its suffix past it); not "Musa Bello", a first name and a
** surname that are places too. */
static int one_place(const sr_view *v, size_t j, size_t e) {
  if (j >= e || !v->used[j]) return 0;
  const sr_mention *m = place_over(v, j);
  if (!m || m->byte_start != v->tok[j].byte_start) return 0;
  if (m->byte_end >= v->tok[e - 1].byte_end) return 1;
  size_t k = j, len;
  while (k < e && v->tok[k].byte_end <= m->byte_end) k++;
  /* (a suffix that is a body's head is the body: "the State Department") */
  return k < e && sr_view_match(v, &PACKS(v)->places->t[SR_PT_SUFFIXES], k, &len) && k + len == e &&
         !head_right_at(v, k);
}

/* Token j lies inside a place that starts before it: "African" of "the
** Central African Republic", "Arab" of "the United Arab Emirates". */
static int inside_place(const sr_view *v, size_t j) {
  if (j == 0 || !v->used[j]) return 0;
  const sr_mention *m = place_over(v, j);
  return m && m->byte_start < v->tok[j].byte_start;
}

#define NAME_WORDS 3 /* "Gambo Isah", "Abdullahi Musa Bello" */

/* The capitalised words [j, e) may be a person's name though places are
** in it: a few words, not all one place ("Hassan Ali", "Musa Bello"). */
static int name_of_places(const sr_view *v, size_t j, size_t e) {
  return e - j >= 2 && e - j <= NAME_WORDS && !one_place(v, j, e);
}

/* An outlet, body or group named at j: its canonical name. */
/* A one-word alias of four letters or less is a name only with a capital,
** and all in capitals up to two letters: "UN", "Sana", not the article "un"
** or "Un". */
static int written_as_name(const sr_view *v, size_t j, size_t len) {
  const char *s = v->text + v->tok[j].byte_start;
  size_t n = v->tok[j].byte_end - v->tok[j].byte_start, capitals = 0, lower = 0;
  if (len != 1 || n > 4) return 1;
  for (size_t c = 0; c < n; c++) {
    capitals += s[c] >= 'A' && s[c] <= 'Z';
    lower += s[c] >= 'a' && s[c] <= 'z';
  }
  return capitals >= 2 || (capitals && (!lower || n > 2));
}

/* "Britain-based", "pro-Turkish": a capitalised word that is half of a
** compound adjective, no name. */
static int compound_adjective(const sr_view *v, size_t e) {
  return e + 1 < v->n && punct_is(v, e, "-") && v->tok[e + 1].kind == SR_TOKEN_WORD &&
         !sr_view_capitalised(v, e + 1);
}

/* What a named actor speaking is: state forces, an armed group. */
static int actor_category(int inter) {
  switch (inter) {
    case 1: case 8: return SR_CAT_MILITARY;
    case 2: case 3: case 4: return SR_CAT_ARMED_GROUP;
    default: return SR_CAT_NONE;
  }
}

static const char *named_at_as(const sr_view *v, size_t j, size_t *end, int *kind,
                               int *category) {
  size_t len;
  const sr_row *r = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_SOURCES], j, &len);
  if (r && !written_as_name(v, j, len)) r = NULL;
  if (r) {
    *end = j + len;
    *kind = r->a;
    /* "the SANA news agency": the designator after the name is part of it */
    size_t dlen;
    const sr_row *d = sr_view_match(v, &PACKS(v)->k->t[SR_ST_DESIGNATORS], *end, &dlen);
    if (d && d->a == r->a) *end += dlen;
    int c = sr_named_source_category(PACKS(v)->k, r->label);
    *category = c ? c : r->a == SR_SOURCE_MEDIA ? SR_CAT_OUTLET : SR_CAT_NONE;
    return r->label;
  }
  const sr_mention *a = j < v->n ? actor_at(v, j, end) : NULL;
  /* "the Hamas-run health ministry": half of a compound adjective */
  if (a && compound_adjective(v, *end)) a = NULL;
  if (a) {
    /* "The Islamic State group claimed responsibility": the word after the
    ** name is part of it right before a verb (only there: "the Islamic
    ** State group a monitor said" is copy without commas) */
    /* ...past one word that describes it: "the al-Shabab extremist group
    ** claimed" */
    size_t nl, vl, w = *end;
    if (w + 2 < v->n && v->tok[w].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, w) &&
        role_at(v, w, &nl) == SR_CUE_NONE)
      w++;
    if (w + 1 < v->n && role_at(v, w, &nl) == SR_CUE_NAME_END && w + nl < v->n &&
        cue_at_token(v, w + nl, &vl) == SR_CUE_VERB)
      *end = w + nl;
    *kind = SR_SOURCE_ORGANIZATION;
    *category = actor_category(sr_actor_of(a)->inter);
    return a->name;
  }
  return NULL;
}

static const char *named_at(const sr_view *v, size_t j, size_t *end, int *kind) {
  int category;
  return named_at_as(v, j, end, kind, &category);
}

/* "du groupe rebelle Fastaqim", ", porte-parole du ministère": a body the
** person speaks for, within a few tokens; its category in *category. */
static const char *affiliation_after(const sr_view *v, size_t k, size_t *end, int *category) {
  size_t len;
  const sr_row *of = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], k, &len);
  if (!of || of->a != SR_INST_OF) return NULL;
  for (size_t j = k + len; j < v->n && j < k + len + 4; j++) {
    int kind;
    const char *name = named_at_as(v, j, end, &kind, category);
    if (name) return name;
    if (v->tok[j].kind != SR_TOKEN_WORD) break;
  }
  return NULL;
}


/* A document ("tally") or an issuer ("released by") of attribution.txt at
** k, of that role: read only here, so that "by" stays a plain word
** elsewhere ("killed by Russia" as "in Britain"). */
static int document_word_is(const sr_view *v, size_t k, int role, size_t *len) {
  const sr_table *t = &PACKS(v)->k->t[SR_ST_DOCUMENTS];
  if (k >= v->n || !sr_set_has_table(v->starts[k], t)) return 0;
  const sr_row *r = sr_view_match(v, t, k, len);
  return r && r->a == role;
}

/* A word in the possessive, "'s" and all in one token: "ministry's". */
static int possessive(const sr_view *v, size_t k) {
  const sr_str *f = &v->fold[k];
  return k < v->n && v->tok[k].kind == SR_TOKEN_WORD && f->len > 2 &&
         f->ptr[f->len - 2] == '\'' && f->ptr[f->len - 1] == 's';
}

#define ISSUED_WORDS 2 /* "the ministry's latest provisional figures" */

/* "an army statement", "the ministry's latest figures": a document that
** the body ending at token at issued; one past it, 0 when none. */
static size_t document_after(const sr_view *v, size_t at) {
  size_t len, k = at;
  size_t words = at > 0 && possessive(v, at - 1) ? ISSUED_WORDS : 0; /* after "ministry's" */
  for (size_t w = 0; k < v->n; w++, k++) {
    if (document_word_is(v, k, SR_CUE_DOCUMENT, &len)) return k + len;
    if (w == words || v->tok[k].kind != SR_TOKEN_WORD || sr_view_capitalised(v, k) ||
        role_at(v, k, &len))
      return 0;
  }
  return 0;
}

#define MODIFIER_REACH 4   /* "a local security official": words before the head */

#define COMPLEMENT_REACH 7 /* "de l'administration militaire régionale" */

/* A head noun of source_heads.txt at k ("officials", "l'armée"): its
** category, 0 when none; *kind gets the kind it gives. */
static int head_at(const sr_view *v, size_t k, size_t *len, int *kind) {
  const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ST_HEADS], k, len);
  if (!r) return 0;
  if (kind) *kind = r->b;
  return r->a;
}

/* A head noun itself, not a word that may stand around one, at k. */
static int head_right_at(const sr_view *v, size_t k) {
  size_t len;
  int c = head_at(v, k, &len, NULL);
  return c && c != SR_CAT_MODIFIER;
}

#define HEAD_WORDS 3 /* "the armed opposition forces": tokens a head may span */

/* A head noun that ends right before e, however many words it spans
** ("officials", "security forces"). */
static int head_ends_before(const sr_view *v, size_t e) {
  for (size_t k = e, n = 0; k > 0 && n < HEAD_WORDS; n++) {
    size_t len;
    int c = head_at(v, --k, &len, NULL);
    if (c && c != SR_CAT_MODIFIER && k + len == e) return 1;
  }
  return 0;
}

static int of_at(const sr_view *v, size_t k, size_t *len) {
  const sr_row *r = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], k, len);
  if (r && (r->a == SR_INST_OF || r->a == SR_INST_JOIN)) return r->a;
  return role_at(v, k, len) == SR_CUE_OF ? SR_INST_OF : 0;
}

static int opens_phrase(const sr_view *v, size_t k, size_t *len) {
  int role = role_at(v, k, len);
  return role == SR_CUE_ARTICLE || role == SR_CUE_DETERMINER;
}

/* Words that may describe a source around its head: a name, a demonym, a
** modifier of the heads' file ("locales"), a place word ("province"). */
static size_t describing_word(const sr_view *v, size_t k) {
  size_t len;
  int kind;
  if (k >= v->n || in_date(v, k)) return 0;
  if (sr_view_match(v, &PACKS(v)->places->t[SR_PT_DEMONYMS], k, &len)) return len;
  if (head_at(v, k, &len, &kind)) return len;
  if (sr_view_match(v, &PACKS(v)->places->t[SR_PT_SUFFIXES], k, &len)) return len;
  if (sr_view_capitalised(v, k) && !role_at(v, k, &len)) return 1;
  return 0;
}

#define NOUN_WORDS 3 /* "an official at the city's security directorate" */

/* The noun of "of the", "at the" at k: a word in lower case that no table
** reads; several ("the city's security directorate") only when they run to
** a stop or a speech verb, not into a clause ("the hospital treating the
** wounded").  How many words, 0 when none. */
/* Whether plain words end their run at t: a stop, a speech verb or "of". */
static int plain_run_ends(const sr_view *v, size_t t) {
  size_t len;
  int r = t < v->n ? cue_at_token(v, t, &len) : 0;
  return t >= v->n || (v->tok[t].kind != SR_TOKEN_WORD && !joiner(v, t)) || r == SR_CUE_VERB ||
         r == SR_CUE_TOLD || of_at(v, t, &len) == SR_INST_OF;
}

static size_t plain_words(const sr_view *v, size_t k) {
  size_t w = 0, len;
  while (k + w < v->n && w < NOUN_WORDS && v->tok[k + w].kind == SR_TOKEN_WORD &&
         !sr_view_capitalised(v, k + w) && !in_date(v, k + w) && !role_at(v, k + w, &len) &&
         !of_at(v, k + w, &len))
    w++;
  if (w <= 1) return w;
  return plain_run_ends(v, k + w) ? w : 1;
}

/* "the regional governor", "des sources sécuritaires maliennes", "police and
** medical officials", "le gouverneur de cette province", "Gaza's civil
** defense agency": words around a head noun of source_heads.txt that says
** what kind of source it is; "regional governor Serhiy Gaidai" and "le
** chef de l'administration, Oleg Synegubov" name the person. */
static int after_plain_word(const sr_view *v, size_t j);

/* "..., the newspaper reports.": a verb that ends its clause at k, though
** a head elsewhere ("media reports said"), ends the phrase before it. */
static int closing_verb(const sr_view *v, size_t k) {
  size_t cl;
  return cue_at_token(v, k, &cl) == SR_CUE_CLOSING &&
         (k + cl >= v->n || (v->tok[k + cl].kind != SR_TOKEN_WORD && !joiner(v, k + cl)));
}

#define HEAD_WINDOW 8 /* a head noun stands within this many tokens of the phrase's start */

/* Whether the first head noun from k, past the words that may describe
** it, is of another category than `category`. */
static int other_head_after(const sr_view *v, size_t k, int category) {
  for (size_t n = 0; k < v->n && n <= MODIFIER_REACH && v->tok[k].kind == SR_TOKEN_WORD; n++) {
    size_t len;
    int c = head_at(v, k, &len, NULL);
    /* (not a name's word: "the Coalition for Syrian Revolution and
    ** Opposition Forces") */
    if (c && c != SR_CAT_MODIFIER) return c != category && !sr_view_capitalised(v, k);
    k += c ? len : 1;
  }
  return 0;
}

static size_t body_name_end(const sr_view *v, size_t e);

static int described_at(const sr_view *v, size_t j, source_info *s) {
  memset(s, 0, sizeof *s);
  size_t k = j, len;
  /* no head noun near: nothing to read (cheap: the tables' first words) */
  int near = 0;
  for (size_t h = j; h < v->n && h < j + HEAD_WINDOW && !near; h++)
    near = sr_set_has_table(v->starts[h], &PACKS(v)->k->t[SR_ST_HEADS]);
  if (!near) return 0;
  int kind = 0, category = 0, c, hk, body_category = 0;
  if (of_at(v, k, &len) == SR_INST_JOIN) return 0; /* "and authorities": the second of two */
  int opener = opens_phrase(v, k, &len) ? role_at(v, k, &len) : 0;
  if (opener) k += len;
  /* "the Britain-based war monitor", "a British-based monitoring group":
  ** where the body sits (a place, a demonym) is no word of its name */
  size_t pl;
  int based = k + 3 < v->n && sr_view_capitalised(v, k) && compound_adjective(v, k + 1) &&
              v->tok[k + 3].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, k + 3) &&
              (v->used[k] || sr_view_match(v, &PACKS(v)->places->t[SR_PT_DEMONYMS], k, &pl) ||
               sr_view_match(v, &PACKS(v)->k->t[SR_ST_GOVERNMENTS], k, &pl));
  if (based) k += 3;
  size_t first = k, after_based = k, head_end = 0, words = 0, unknown = 0;
  /* after a head, more words only past "and" or "'s": "police and medical
  ** officials", "the governor's spokeswoman" */
  int open = 1, compound = 0; /* compound: the word after a hyphen */
  size_t halves = 0;
  while (k < v->n && words <= MODIFIER_REACH && !in_date(v, k)) {
    if (head_end && !open && closing_verb(v, k)) break;
    /* ("medical charity Doctors Without Borders": a known body's name
    ** after the head, though its first word is a head too) */
    size_t bl;
    int bk, bc;
    if (head_end && !open && sr_view_capitalised(v, k) && named_at_as(v, k, &bl, &bk, &bc) &&
        bk != SR_SOURCE_PERSON)
      break;
    if ((c = head_at(v, k, &len, &hk)) && c != SR_CAT_MODIFIER) {
      if (unknown > 1) break; /* "advanced on the Syrian army": a clause, no source */
      if (!category) s->first_category = c;
      category = c;
      kind = hk;
      head_end = k += len;
      words = 0;
      open = 0;
      continue;
    }
    size_t rl;
    if (v->tok[k].kind != SR_TOKEN_WORD) {
      if (abbreviation_period(v, k)) { /* "the U.S. military" */
        k++;
        continue;
      }
      if (!joiner(v, k)) break;
      int possessive = punct_is(v, k, "'") && k + 1 < v->n && v->fold[k + 1].len == 1 &&
                       v->fold[k + 1].ptr[0] == 's';
      if (possessive) open = 1;
      /* ("a pro-opposition civil defense source": a compound that opens
      ** the phrase counts as one word) */
      compound = !possessive && words == 1 && k > 0 && !sr_view_capitalised(v, k - 1);
      k += possessive ? 2 : 1;
      continue;
    }
    if (role_at(v, k, &rl) && !opens_phrase(v, k, &rl)) break;
    /* "the province of Raqa a monitoring group": an article after a name
    ** opens another phrase */
    if (k > first && opens_phrase(v, k, &rl) && !head_end && sr_view_capitalised(v, k - 1))
      break;
    /* "died in the blast and the army said": a word that describes
    ** nothing, then "and": the phrase starts after it */
    size_t ol;
    int of = of_at(v, k, &ol); /* read once: "of", "and" */
    if (unknown && !head_end && of == SR_INST_JOIN) break;
    /* "stoned to death the Observatory said" (copy without commas),
    ** "selon notamment la Défense civile": an article after a word that
    ** describes nothing opens the phrase */
    if (unknown == 1 && !head_end && role_at(v, k, &rl) == SR_CUE_ARTICLE) {
      first = k += rl;
      unknown = words = halves = 0;
      continue;
    }
    if (head_end && !open) {
      if (of != SR_INST_JOIN) break;
      /* ("a resident and a hospital source", "un habitant et une source
      ** médicale": a determiner after "and" opens a second source, read on
      ** its own; "police and medical officials" is one) */
      /* (nor does an article before a name: "the army and the Observatory",
      ** "police and the Red Crescent") */
      size_t nl;
      if (k + ol < v->n && role_at(v, k + ol, &nl) == SR_CUE_DETERMINER) break;
      if (k + ol + 1 < v->n && role_at(v, k + ol, &nl) == SR_CUE_ARTICLE &&
          sr_view_capitalised(v, k + ol + nl))
        break;
      /* (nor a head of another kind: "the observatory and opposition
      ** fighters" are two sources, a monitor and an armed group) */
      if (other_head_after(v, k + ol, category)) break;
      open = 1;
    }
    /* "un nouveau bilan de l'Observatoire": the source is what follows */
    if (!head_end && of == SR_INST_OF) {
      /* ("the northern rebel-held province of Idlib activists": a clause
      ** before it, not a document) */
      if (unknown + halves > 2) break;
      k += ol;
      first = k;
      unknown = words = halves = 0;
      continue;
    }
    if (!sr_view_capitalised(v, k) && !opens_phrase(v, k, &rl) && of != SR_INST_JOIN && !compound &&
        !head_at(v, k, &rl, NULL) && !sr_view_match(v, &PACKS(v)->places->t[SR_PT_DEMONYMS], k, &rl))
      unknown++;
    halves += compound;
    compound = 0;
    k++;
    words++;
  }
  if (!head_end) return 0;
  /* (not "the UK-based opposing Syrian Observatory": a name in it) */
  for (size_t t = first; based && t < head_end; t++)
    if (sr_view_capitalised(v, t) && !head_at(v, t, &len, NULL)) return 0;
  size_t end = head_end;
  /* "the health ministry's emergency medicine centre said": a part of the
  ** body after its possessive, words no table reads, right up to the
  ** verb (the phrase stopped at the body, and so spoke for no one) */
  size_t part = possessive(v, head_end - 1)                       ? head_end
                : punct_is(v, head_end, "'") && head_end + 1 < v->n &&
                          v->fold[head_end + 1].len == 1 && v->fold[head_end + 1].ptr[0] == 's'
                    ? head_end + 2
                    : 0;
  if (part) {
    size_t w = plain_words(v, part), cl;
    int after = part + w < v->n ? cue_at_token(v, part + w, &cl) : 0;
    if (w && (after == SR_CUE_VERB || after == SR_CUE_TOLD)) end = head_end = part + w;
  }
  /* "an army statement", "the ministry's latest figures": what the body
  ** issued, after its name */
  size_t issued = document_after(v, end);
  if (issued) {
    s->kind = kind;
    s->category = s->first_category = category;
    s->head_end = s->name_end = head_end;
    s->name_first = first;
    s->end = issued;
    return 1;
  }
  /* after the head: "maliennes", "locales"; "of the Kharkiv region" */
  for (k = end; k < v->n && !closing_verb(v, k);) {
    size_t w = describing_word(v, k);
    if (!w || (sr_view_capitalised(v, k) && !head_at(v, k, &len, NULL) &&
               !sr_view_match(v, &PACKS(v)->places->t[SR_PT_DEMONYMS], k, &len)))
      break;
    end = k += w;
  }
  if (of_at(v, end, &len) == SR_INST_OF) {
    size_t w, fl;
    /* ("for", not "of": "accused the army of gassing hundreds") */
    const sr_row *forces_of = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], end, &fl);
    int loose = !forces_of || forces_of->a != SR_INST_OF;
    size_t complement = end + len;
    int after_of = 1; /* an article only opens what "of" or "de" begins */
    size_t noun_at = v->n; /* where the noun of "of the" may stand */
    for (k = end + len; k < v->n && k < end + len + COMPLEMENT_REACH;) {
      int nk, nc, was_after_of = after_of;
      const char *body = named_at_as(v, k, &len, &nk, &nc);
      w = body ? len - k : describing_word(v, k);
      if (body && !s->affiliation) {
        s->affiliation = body;
        body_category = nc;
      }
      /* "the commissioner for security affairs", "the commissioner for
      ** information": with no article, plain words that run to a stop, a
      ** verb or "of" */
      size_t pw;
      if (!body && loose && k == complement && (pw = plain_words(v, k)) > w &&
          (pw > 1 || (plain_run_ends(v, k + 1) && /* (not "the Observatory at least 112") */
                      (k + 1 >= v->n || v->tok[k + 1].kind != SR_TOKEN_NUMBER))))
        w = pw;
      if (w) {
        end = k += w;
        after_of = 0;
      } else if (after_of && opens_phrase(v, k, &len)) {
        noun_at = k += len;
      } else if (k == noun_at && (w = plain_words(v, k)) > 0) {
        end = k += w; /* "the mayor of the town", "an officer at the base" */
        after_of = 0;
      } else if (((after_of = of_at(v, k, &len) == SR_INST_OF)) ||
                 (v->tok[k].kind != SR_TOKEN_WORD && joiner(v, k)) ||
                 /* (right after the preposition: not "in the border area
                 ** Turkish officials", copy without commas, where a plain
                 ** noun ends the complement and another source begins; "and"
                 ** inside a name: "for Syrian Revolution and Opposition Forces") */
                 (v->tok[k].kind == SR_TOKEN_WORD && !role_at(v, k, &len) &&
                  (was_after_of || (sr_view_capitalised(v, k - 1) && k + 1 < v->n &&
                                    sr_view_capitalised(v, k + 1))) &&
                  describing_word(v, k + 1))) { /* "in eastern Ukraine" */
        if (!len) len = 1;
        k += len;
      } else {
        break;
      }
    }
  }
  /* "des diplomates à New York": a one-word relay's cue ("à") before a
  ** place says where the source is, as "in" does ("diplomats in New
  ** York"): the phrase spans the town, its name does not; a relay is an
  ** outlet, not a place ("à l'AFP") */
  size_t where_end = end;
  if (end + 1 < v->n && sr_view_capitalised(v, end + 1) && role_at(v, end, &len) == SR_CUE_VIA &&
      len == 1) {
    size_t run_words, place_end = name_run(v, end + 1, &run_words);
    if (place_end > end + 1 && one_place(v, end + 1, place_end)) where_end = place_end;
  }
  /* "le ministère russe de la Défense": a body of the source pack */
  size_t named_end;
  int named_kind, named_category;
  const char *named = named_at_as(v, first, &named_end, &named_kind, &named_category);
  if (named && named_end == end) {
    s->name = named;
    s->kind = named_kind;
    s->category = named_category;
    s->end = end;
    return 1;
  }
  s->kind = kind;
  /* ("a spokesman for the Nusra Front": a head of no kind of its own is
  ** the body's it speaks for) */
  s->category = category == SR_CAT_UNNAMED && body_category ? body_category : category;
  s->head_end = head_end;
  s->name_first = based && first == after_based ? first - 3 : first;
  s->name_end = s->end = end;
  /* "l'Observatoire", "the ministry": the body of that kind named before,
  ** if any (else its own words name it); "a Britain-based monitor": the
  ** monitor named next or before */
  s->back = ((kind == SR_SOURCE_ORGANIZATION &&
              /* ("the British-based human rights organisation") */
              (first + 3 > head_end || (based && first + 4 > head_end))) ||
             (kind == SR_SOURCE_UNNAMED && first + 1 == head_end)) && /* "the official" */
            end == head_end && !sr_view_capitalised(v, first) &&
            (based ? first == after_based && category == SR_CAT_MONITOR
                   : opener == SR_CUE_ARTICLE);
  /* a name right after the head, or after a comma that closes the phrase
  ** when the phrase opens its clause ("the regional governor, Oleg X,
  ** said"; not "killed four traders in the town, Ali Musa said" nor "at a
  ** hospital, X said": those words are what was said, not who says it) */
  size_t at = punct_is(v, end, ",") ? end + 1 : end == head_end ? end : v->n, n_words = 0, tl;
  if (at == end + 1) {
    size_t o = j, ol; /* (read from the article before it, if any) */
    if (o > 0 && v->tok[o - 1].kind == SR_TOKEN_WORD && opens_phrase(v, o - 1, &ol) && ol == 1) o--;
    if (o > 0 && (v->tok[o - 1].kind == SR_TOKEN_NUMBER || after_plain_word(v, o))) at = v->n;
  }
  /* "le gouverneur de la région, le colonel Rodolphe Sorgho": a rank
  ** before the name in the apposition, or right after the head ("said
  ** coalition spokesman Lt. Col. X": not "Lt" for a name) */
  if ((at == end + 1 || at == end) && at < v->n && sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], at, &tl) &&
      name_run(v, at + tl, &n_words) > at + tl)
    at += tl;
  size_t e = at < v->n ? name_run(v, at, &n_words) : at;
  if (one_place(v, at, e)) e = at; /* "police officer Hassan Ali": a name, though places */
  size_t ne;
  int nk, nc;
  const char *body;
  if (e > at && at == end && n_words == 1 && sr_view_capitalised(v, end - 1)) {
    s->name_end = s->end = e; /* "the South African Police Service": the body's name goes on */
    /* ...to its acronym in brackets: "le Syndicat National des Policiers
    ** Haïtiens (SYNAPOHA)" */
    size_t tail = body_name_end(v, e);
    if (tail > e && punct_is(v, tail - 1, ")")) s->name_end = s->end = tail;
    /* (a body, though its head names people: "the Sudan Doctors Network") */
    if (s->kind == SR_SOURCE_UNNAMED) s->kind = SR_SOURCE_ORGANIZATION;
  } else if (e > at && at == end && kind == SR_SOURCE_ORGANIZATION &&
             (category == SR_CAT_OUTLET || category == SR_CAT_MONITOR ||
              category == SR_CAT_INTERNATIONAL || category == SR_CAT_MEDICAL) &&
             !compound_adjective(v, e)) {
    /* "the news agency SANA", "the monitoring group Airwars": a body's
    ** head, then the body's own name, known or not; no person */
    s->kind = category == SR_CAT_OUTLET ? SR_SOURCE_MEDIA : SR_SOURCE_ORGANIZATION;
    if ((body = named_at_as(v, at, &ne, &nk, &nc)) && ne == e && nk != SR_SOURCE_PERSON) {
      s->name = body;
      s->kind = nk;
      if (nc) s->category = nc;
    }
    s->back = 0;
    s->name_first = at;
    s->name_end = s->end = e;
  } else if (e > at && (at == end || n_words > 1) && !compound_adjective(v, e)) {
    s->kind = SR_SOURCE_PERSON;
    s->title_first = first;
    s->title_end = end;
    s->name_first = at;
    s->name_end = s->end = e;
  }
  if (s->end == end) s->end = where_end;
  return 1;
}

#define OUTLET_MODIFIERS 2 /* "the official state-run X news agency" */
#define ARTICLE_BYTES 3     /* "the", "les": the longest article */
#define BODY_TAIL 9 /* "éthiopienne des droits de l'homme (EHRC)" */

/* Where the name of a body that starts with a capitalised run ending at e
** ends: its lowercase tail ("Commission éthiopienne des droits de
** l'homme") when the tail runs to a punctuation mark, a capitalised word or
** an acronym in brackets, and no cue stands in it. */
static size_t body_name_end(const sr_view *v, size_t e) {
  size_t end = e, len;
  for (size_t k = e; k < v->n && k < e + BODY_TAIL; k++) {
    if (punct_is(v, k, "(") && k + 2 < v->n && punct_is(v, k + 2, ")") &&
        sr_view_capitalised(v, k + 1))
      return k + 3;
    if (v->tok[k].kind != SR_TOKEN_WORD) {
      if (joiner(v, k)) continue;
      return k; /* the tail ran to a stop */
    }
    if (in_date(v, k)) break;
    int role = role_at(v, k, &len);
    if (role && role != SR_CUE_ARTICLE && role != SR_CUE_DETERMINER && role != SR_CUE_OF) break;
    if (sr_view_capitalised(v, k)) end = k + 1;
  }
  return end;
}

/* The described source s is all capitalised words, then a word that ends
** a group's name right before its verb: "Emergency Lawyers group said". */
static int capitalised_before_group(const sr_view *v, const source_info *s) {
  size_t gl, vl;
  if (s->name_first >= s->end || s->end >= v->n || role_at(v, s->end, &gl) != SR_CUE_NAME_END ||
      s->end + gl >= v->n || cue_at_token(v, s->end + gl, &vl) != SR_CUE_VERB)
    return 0;
  for (size_t k = s->name_first; k < s->end; k++)
    if (v->tok[k].kind != SR_TOKEN_WORD || !sr_view_capitalised(v, k)) return 0;
  return 1;
}

/* Whether an article stands in tokens [a, b). */
static int article_in(const sr_view *v, size_t a, size_t b) {
  size_t len;
  for (; a < b; a++)
    if (v->tok[a].kind == SR_TOKEN_WORD && role_at(v, a, &len) == SR_CUE_ARTICLE) return 1;
  return 0;
}

/* "Médecins sans frontières (MSF)": the lowercase tail of a capitalised
** run, when an acronym in brackets closes it; e when none does. */
static size_t acronym_tail(const sr_view *v, size_t e) {
  size_t k = e, len;
  while (k < v->n && k < e + BODY_TAIL && v->tok[k].kind == SR_TOKEN_WORD) k++;
  if (k == e || k + 2 >= v->n || !punct_is(v, k, "(") || !punct_is(v, k + 2, ")") ||
      !sr_view_capitalised(v, k + 1))
    return e;
  for (size_t w = e; w < k; w++)
    if (sr_view_capitalised(v, w) || in_date(v, w) || role_at(v, w, &len)) return e;
  return k + 3;
}

static int parse_phrase(const sr_view *v, size_t j, source_info *s);
static int ends_clause(const sr_view *v, size_t k);

/* An "and" between a and b: two sources, each read on its own. */
static int joins_two(const sr_view *v, size_t a, size_t b) {
  size_t len;
  for (size_t k = a; k < b; k++)
    if (of_at(v, k, &len) == SR_INST_JOIN) return 1;
  return 0;
}

/* [j, e) is one place or places joined by "and" or commas, each maybe
** after its article: "près de la frontière avec le Tchad et le Cameroun,
** a annoncé la Minusca" is where, not who (it was a source). */
static int places_only(const sr_view *v, size_t j, size_t e) {
  while (!one_place(v, j, e)) {
    if (j >= e || !v->used[j]) return 0;
    const sr_mention *m = place_over(v, j);
    if (!m || m->byte_start != v->tok[j].byte_start) return 0;
    size_t k = j, len;
    while (k < e && v->tok[k].byte_end <= m->byte_end) k++;
    if (k >= e || !(punct_is(v, k, ",") || of_at(v, k, &len) == SR_INST_JOIN)) return 0;
    k += punct_is(v, k, ",") ? 1 : len;
    if (k < e && role_at(v, k, &len) == SR_CUE_ARTICLE) k += len;
    j = k;
  }
  return 1;
}

/* Token j continues a name ("Network for Human Rights (SNHR)": "Rights"
** starts no source named "Rights (SNHR)"). */
static int name_inside(const sr_view *v, size_t j) {
  return j > 0 && v->tok[j - 1].kind == SR_TOKEN_WORD &&
         (sr_view_capitalised(v, j - 1) || v->fold[j - 1].len <= 3);
}

/* A source, and the acronym in brackets after it: "the Syrian Observatory
** for Human Rights (SOHR) said". */
static int read_source(const sr_view *v, size_t j, source_info *s) {
  if (!parse_phrase(v, j, s)) return 0;
  size_t e = s->end;
  if (e + 2 < v->n && v->tok[e].kind != SR_TOKEN_WORD && !s->pronoun &&
      punct_is(v, e, "(") && punct_is(v, e + 2, ")") && !name_inside(v, j) &&
      sr_view_capitalised(v, e + 1)) {
    if (s->name_end == e) s->name_end = e + 3;
    s->end = e + 3;
  }
  return 1;
}

/* read_source at j, read once per token of the sentence. */
static int parse_source(const sr_view *v, size_t j, source_info *s) {
  source_packs *p = (source_packs *)v->stage;
  if (j >= v->n) return read_source(v, j, s);
  if (!p->parsed && p->arena) {
    p->parsed = sr_arena_zalloc(p->arena, v->n);
    p->parses = p->parsed ? sr_arena_alloc(p->arena, v->n * sizeof *p->parses) : NULL;
    if (!p->parses) p->parsed = NULL, p->arena = NULL; /* out of memory: read each time */
  }
  if (!p->parsed) return read_source(v, j, s);
  if (p->parsed[j]) {
    if (p->parsed[j] == 2) *s = p->parses[j];
    return p->parsed[j] == 2;
  }
  int found = read_source(v, j, s);
  if (found) p->parses[j] = *s;
  p->parsed[j] = found ? 2 : 1;
  return found;
}

#define DOCUMENT_WORDS 2 /* "the latest provisional figures released by" */
#define DOCUMENT_REACH 4 /* "the latest figures": where the document's word may stand */

/* Whether a document's word starts at one of the tokens [a, b): the cheap
** test before reading a document at every token. */
static int document_near(const sr_view *v, size_t a, size_t b) {
  const sr_table *t = &PACKS(v)->k->t[SR_ST_DOCUMENTS];
  for (size_t k = a; k < b && k < v->n; k++)
    if (sr_set_has_table(v->starts[k], t)) return 1;
  return 0;
}

/* "figures released by the Health Ministry", "a statement from the Iraqi
** army", "un dernier bilan de l'ONU": a document a source issued; where
** its source starts, 0 when j opens no such phrase. */
static size_t issued_by(const sr_view *v, size_t j) {
  size_t k = j, len, w;
  if (opens_phrase(v, k, &len)) k += len;
  for (w = 0; !document_word_is(v, k, SR_CUE_DOCUMENT, &len); w++, k++)
    if (w == DOCUMENT_WORDS || k >= v->n || v->tok[k].kind != SR_TOKEN_WORD ||
        sr_view_capitalised(v, k) || role_at(v, k, &len))
      return 0;
  for (k += len, w = 0; k < v->n; w++, k++) {
    /* ("a report released on Monday by X": when it came out is no word) */
    if (in_date(v, k) && w > 0) {
      w--;
      continue;
    }
    int role = role_at(v, k, &len);
    if (role == SR_CUE_PASSIVE || of_at(v, k, &len) == SR_INST_OF ||
        document_word_is(v, k, SR_CUE_ISSUER, &len))
      return k + len;
    if (w == DOCUMENT_WORDS || v->tok[k].kind != SR_TOKEN_WORD || role ||
        sr_view_capitalised(v, k))
      return 0;
  }
  return 0;
}

/* A subject at b may open its clause: not after a word that says where
** ("à Mbera, a indiqué le HCR": Mbera is where, the HCR speaks). */
static int starts_clause(const sr_view *v, size_t b) {
  size_t len;
  const sr_row *r;
  return b == 0 || v->tok[b - 1].kind != SR_TOKEN_WORD ||
         !(r = sr_view_match(v, &PACKS(v)->places->t[SR_PT_LOCATIVES], b - 1, &len)) ||
         (r->label && strcmp(r->label, "article") == 0); /* "the", not "in" or "de" */
}

#define ASIDE_TAIL 4 /* words of an aside read back from its end */

/* Token j follows a word in lower case that is no article nor cue ("in
** Syria", "eastern Syria", not "said Gambo Isah", "the Israel Defense
** Forces"): a place at j ends the phrase that word opens. */
static int after_plain_word(const sr_view *v, size_t j) {
  size_t len;
  if (j == 0 || v->tok[j - 1].kind != SR_TOKEN_WORD || sr_view_capitalised(v, j - 1)) return 0;
  int role = role_at(v, j - 1, &len);
  /* the end of an aside of several words: "said 45-year-old Fatima Bello" */
  /* ...or of a cue of several words: "according to Hassan Ali" */
  for (size_t a = j - 1; a > 0 && a + ASIDE_TAIL >= j; a--) {
    int r = role_at(v, a - 1, &len);
    if (a - 1 + len == j && (r == SR_CUE_ASIDE || r == SR_CUE_BEFORE || r == SR_CUE_VERB ||
                             r == SR_CUE_PASSIVE)) /* "confirmed by Ali Musa" */
      return 0;
  }
  /* ("dans le sud du Niger", "le nord de la Côte d'Ivoire": a determiner
  ** that is also "of", after a plain word, ends the phrase that word
  ** opens, as "of" does in "the south of Niger"; its article between) */
  size_t ol;
  if (role == SR_CUE_DETERMINER && of_at(v, j - 1, &ol) == SR_INST_OF && ol == 1 &&
      after_plain_word(v, j - 1))
    return 1;
  if (role == SR_CUE_ARTICLE && (role_at(v, j - 1, &ol), ol == 1) && j >= 2 && v->tok[j - 2].kind == SR_TOKEN_WORD &&
      role_at(v, j - 2, &ol) == SR_CUE_DETERMINER && of_at(v, j - 2, &ol) == SR_INST_OF &&
      ol == 1 && after_plain_word(v, j - 1))
    return 1;
  /* ("quoted Ahmad Zia as saying", "reported by Musa Bello": who speaks;
  ** "one Bulama told our reporter": a determiner opens a name) */
  /* (nor a conjunction, which opens a clause: "as Syrian army announced") */
  return role != SR_CUE_VERB && role != SR_CUE_BEFORE && role != SR_CUE_ARTICLE &&
         role != SR_CUE_TOLD && role != SR_CUE_QUOTED && role != SR_CUE_PASSIVE &&
         role != SR_CUE_DETERMINER && role != SR_CUE_CONJUNCTION;
}

/* "Omar Mohamed, a district police official", "Lt. Col. Paul Njuguna, a
** spokesman for the Kenyan army": who the person named up to e is, between
** commas after the name. */
#define TITLE_WORDS 3 /* "the deputy district head" */

static void apposition(const sr_view *v, size_t e, source_info *s) {
  source_info described;
  if (!punct_is(v, e, ",")) return;
  if (!described_at(v, e + 1, &described)) {
    /* "Nasser Ali, the district head, said": a title closed by a comma */
    size_t k = e + 1, len, tl;
    /* "said Rami Abdel Rahman, head of the Syrian Observatory": a title,
    ** "of" or "for", then a known body, up to a stop: whom the person
    ** speaks for */
    size_t t = opens_phrase(v, k, &len) ? k + len : k, ol, body_end;
    int bk, bc;
    const char *body;
    if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], t, &tl) &&
        of_at(v, t + tl, &ol) == SR_INST_OF) {
      size_t nb = t + tl + ol, al;
      if (nb < v->n && role_at(v, nb, &al) == SR_CUE_ARTICLE) nb += al;
      if (nb < v->n && (body = named_at_as(v, nb, &body_end, &bk, &bc)) && bk != SR_SOURCE_PERSON &&
          (body_end >= v->n || (v->tok[body_end].kind != SR_TOKEN_WORD && !joiner(v, body_end)))) {
        s->title_first = k;
        s->title_end = s->end = body_end;
        s->affiliation = body;
        return;
      }
    }
    if (!opens_phrase(v, k, &len)) return;
    for (k += len; k < v->n && k <= e + 1 + TITLE_WORDS; k++) {
      if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], k, &tl) && k + tl < v->n &&
          punct_is(v, k + tl, ",")) {
        s->title_first = e + 1;
        s->title_end = s->end = k + tl;
        return;
      }
      if (v->tok[k].kind != SR_TOKEN_WORD || sr_view_capitalised(v, k) || role_at(v, k, &len))
        return;
    }
    return;
  }
  if (described.kind == SR_SOURCE_ORGANIZATION || described.kind == SR_SOURCE_PERSON) return;
  s->title_first = described.name_first;
  s->title_end = described.end;
  /* ("a spokesman for the health ministry": no kind of its own in
  ** "spokesman", the person is read as the body's, from its words) */
  s->category = described.category == SR_CAT_UNNAMED ? SR_CAT_NONE : described.category;
  s->affiliation = described.affiliation;
  s->end = described.end;
}

/* "the Emergency Lawyers group said": after a body's name the packs do not
** know, "group" right before the verb is part of it (as for a known one). */
static void group_after_name(const sr_view *v, source_info *s) {
  size_t gl, gv;
  if (s->end + 1 < v->n && role_at(v, s->end, &gl) == SR_CUE_NAME_END && s->end + gl < v->n &&
      cue_at_token(v, s->end + gl, &gv) == SR_CUE_VERB) {
    s->kind = SR_SOURCE_ORGANIZATION;
    s->end += gl;
  }
}

/* A verb of saying at k, its subject before it: "said", "told", "reports." */
static int speech_verb_at(const sr_view *v, size_t k) {
  size_t len;
  int role = k < v->n ? cue_at_token(v, k, &len) : 0;
  return role == SR_CUE_VERB || role == SR_CUE_CLOSING || role == SR_CUE_TOLD;
}

/* "Governor Musa Bello of Kano State said", "Captain X of the army's 3rd
** Brigade told AFP", "Ali Musa of the Red Cross said": the words after a
** person's name and "of", right up to the verb, tell where the person is
** of.  The verb's token, or 0 when no verb ends them. */
static size_t of_up_to_verb(const sr_view *v, size_t e) {
  size_t wl, cl, words = 0;
  if (e >= v->n || of_at(v, e, &wl) != SR_INST_OF) return 0;
  size_t t = e + wl;
  if (t < v->n && role_at(v, t, &wl) == SR_CUE_ARTICLE) t += wl;
  size_t stop = t;
  for (; stop < v->n && words < OF_PLACE_WORDS && !cue_at_token(v, stop, &cl); stop++)
    if (v->tok[stop].kind == SR_TOKEN_WORD ? in_date(v, stop)
                                           : v->tok[stop].kind != SR_TOKEN_NUMBER && !joiner(v, stop))
      return 0;
    else
      words += v->tok[stop].kind == SR_TOKEN_WORD;
  int c = stop < v->n && stop > t ? cue_at_token(v, stop, &cl) : 0;
  if (c != SR_CUE_VERB && c != SR_CUE_TOLD) return 0;
  /* (not "X in Damascus Reuters reported", copy without commas: a known
  ** name that ends the run, after its first word, speaks itself) */
  size_t ne;
  int nk;
  for (size_t k = t + 1; k < stop; k++)
    if (sr_view_capitalised(v, k) && named_at(v, k, &ne, &nk) && ne == stop) return 0;
  return stop;
}

static int parse_phrase(const sr_view *v, size_t j, source_info *s) {
  memset(s, 0, sizeof *s);
  if (j >= v->n) return 0;
  size_t len, words, end;
  int kind;
  /* '"We have counted nine bodies," a nurse said': the first person
  ** speaks inside a quotation whose speaker is named outside it, and is
  ** no source of its own (nor a name, capitalised at the quote's start) */
  int word_role = role_at(v, j, &len);
  if (word_role == SR_CUE_SELF) return 0;
  /* "It said", "selon lui": whoever it stands for, or no one; not "the
  ** source of the figures", "la source hospitalière": a source described
  ** by a complement or a word of the heads' file, read from its noun (but
  ** "according to the source claimed the lives", copy without commas) */
  size_t next_len;
  if (word_role == SR_CUE_PRONOUN && len > 1 && j + len < v->n &&
      v->tok[j + len].kind == SR_TOKEN_WORD &&
      (of_at(v, j + len, &next_len) == SR_INST_OF || head_at(v, j + len, &next_len, NULL)))
    return parse_phrase(v, j + len - 1, s);
  if (word_role == SR_CUE_PRONOUN) {
    s->pronoun = s->back = 1;
    s->kind = SR_SOURCE_PERSON;
    s->end = j + len;
    return 1;
  }
  /* "said Police Capt. Mohamed Hussein", "army Col. Ali Musa": a body's head
  ** noun, then a title written with its capital and the person it names */
  /* (cheap first: a capitalised title's first word right after j; the
  ** head may run into it, "Police Chief") */
  int head_cat;
  if (j + 1 < v->n && v->tok[j].kind == SR_TOKEN_WORD && sr_view_capitalised(v, j + 1) &&
      sr_set_has_table(v->starts[j + 1], &PACKS(v)->k->t[SR_ST_TITLES]) &&
      (head_cat = head_at(v, j, &len, NULL)) && head_cat != SR_CAT_MODIFIER) {
    source_info person;
    size_t tl;
    if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], j + 1, &tl) &&
        parse_phrase(v, j + 1, &person) && person.kind == SR_SOURCE_PERSON &&
        person.name_end > person.name_first && !person.back && !person.pronoun) {
      *s = person;
      if (!s->category) s->category = head_cat;
      return 1;
    }
    memset(s, 0, sizeof *s);
  }
  /* (a document opens with a lowercase word: "the", "figures") */
  size_t issuer = v->tok[j].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, j) &&
                          document_near(v, j, j + DOCUMENT_REACH)
                      ? issued_by(v, j)
                      : 0;
  if (issuer) {
    if (parse_phrase(v, issuer, s) && !s->pronoun) return 1;
    memset(s, 0, sizeof *s);
  }
  /* "The statement said", "according to the report": a document told
  ** again, its issuer's words; like "it", whoever spoke last, or no one */
  size_t doc_len, art_len;
  /* (cheap first: a document's word right after) */
  if (!issuer && j + 1 < v->n && document_word_is(v, j + 1, SR_CUE_DOCUMENT, &doc_len) &&
      role_at(v, j, &art_len) == SR_CUE_ARTICLE && art_len == 1 && ends_clause(v, j + 1 + doc_len)) {
    s->pronoun = s->back = 1;
    s->kind = SR_SOURCE_PERSON;
    s->end = j + 1 + doc_len;
    return 1;
  }
  /* "Meanwhile Turkish Foreign Minister...", "However, the army": an
  ** adverb of attribution.txt's asides opens no name, nor a conjunction
  ** ("While officials said...") */
  if (sr_view_capitalised(v, j) &&
      (role_at(v, j, &len) == SR_CUE_ASIDE || role_at(v, j, &len) == SR_CUE_CONJUNCTION))
    return 0;
  /* "In Kabul, a police spokesman said", "At the scene, a resident said": a
  ** preposition opening the sentence before a place or a lower-case word
  ** opens where, not a name ("De Mistura a déclaré" is one) */
  size_t pl;
  if (v->tok[j].kind == SR_TOKEN_WORD && sr_view_capitalised(v, j) && j + 1 < v->n &&
      (v->used[j + 1] || (v->tok[j + 1].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, j + 1))) &&
      role_at(v, j, &pl) == SR_CUE_OF && pl == 1)
    return 0;
  /* "Est" of "Alep-Est": inside a compound, no name starts (a dash with a
  ** space before it opens one: "Kharkiv -regional governor") */
  if (j > 0 && joiner(v, j - 1) && v->tok[j].kind == SR_TOKEN_WORD &&
      v->tok[j - 1].byte_start > 0 && v->tok[j].byte_start == v->tok[j - 1].byte_end &&
      (j < 2 || v->tok[j - 1].byte_start == v->tok[j - 2].byte_end))
    return 0;
  if ((s->name = named_at_as(v, j, &s->end, &s->kind, &s->category))) {
    /* "UNICEF Director Alan Lane": the person, speaking for the body; past
    ** the country of its branch, "Amnesty International Nigeria director X" */
    source_info person;
    size_t tl, title_at = s->end, pe, pw;
    if (s->kind != SR_SOURCE_PERSON && title_at < v->n && v->used[title_at] &&
        (pe = name_run(v, title_at, &pw)) > title_at && pe < v->n &&
        sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], pe, &tl) && one_place(v, title_at, pe))
      title_at = pe;
    if (s->kind != SR_SOURCE_PERSON && title_at < v->n &&
        sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], title_at, &tl) &&
        parse_phrase(v, title_at, &person) && person.kind == SR_SOURCE_PERSON &&
        !person.affiliation && !person.back && !person.pronoun) {
      const char *body = s->name;
      int category = s->category;
      *s = person;
      s->affiliation = body;
      if (!s->category) s->category = category;
      return 1;
    }
    /* "the UN mission in South Sudan", "UN officials": a body described
    ** after the known name it belongs to (its own kind of body, "the
    ** Syrian Observatory for Human Rights monitoring group", is the name) */
    source_info part;
    size_t cl; /* ("Reuters reports that": the verb, no head) */
    /* ("Hamas' armed wing": a possessive's bare apostrophe after an s) */
    size_t at = s->end, nl = at > j ? v->fold[at - 1].len : 0;
    if (at + 1 < v->n && punct_is(v, at, "'") && nl && v->fold[at - 1].ptr[nl - 1] == 's' &&
        v->tok[at + 1].byte_start > v->tok[at].byte_end)
      s->end++;
    /* ("Al Mayadeen TV channel": an outlet's head after an outlet's name,
    ** written with its capital) */
    size_t ol;
    if (s->kind != SR_SOURCE_PERSON && s->end < v->n && v->tok[s->end].kind == SR_TOKEN_WORD &&
        (!sr_view_capitalised(v, s->end) ||
         (s->kind == SR_SOURCE_MEDIA && head_at(v, s->end, &ol, NULL) == SR_CAT_OUTLET)) &&
        !cue_at_token(v, s->end, &cl) &&
        described_at(v, s->end, &part) && !part.back &&
        (part.name_first == s->end || part.kind == SR_SOURCE_PERSON) && !part.affiliation) {
      const char *body = s->name;
      if (part.kind == SR_SOURCE_PERSON) { /* "Houthi military spokesman Yahya Sarea" */
        int category = s->category;
        *s = part;
        s->affiliation = body;
        if (!s->category) s->category = category;
        return 1;
      }
      if (part.category == s->category) {
        s->end = part.end;
        return 1;
      }
      *s = part;
      s->name_first = j;
      s->affiliation = body;
      return 1;
    }
    s->end = at; /* (no body after the apostrophe: "according to Hamas' leaders") */
    /* "Al Mayadeen TV reported": a word of an outlet's, with its capital,
    ** right after the outlet's known name is part of the name (read only
    ** there: "TV" alone would take in the words before it) */
    if (s->kind == SR_SOURCE_MEDIA && s->end < v->n && v->tok[s->end].kind == SR_TOKEN_WORD &&
        sr_view_capitalised(v, s->end) &&
        sr_view_match(v, &PACKS(v)->k->t[SR_ST_OUTLET_WORDS], s->end, &ol))
      s->end += ol;
    /* "Taliban sources said", "UN sources": people of the body, unnamed */
    /* (right after the name: not "Reuters a source said", copy without commas) */
    const sr_row *des;
    size_t dsl;
    if (s->kind != SR_SOURCE_PERSON && s->end < v->n && v->tok[s->end].kind == SR_TOKEN_WORD &&
        !sr_view_capitalised(v, s->end) && !opens_phrase(v, s->end, &dsl) &&
        (des = sr_view_match(v, &PACKS(v)->k->t[SR_ST_DESIGNATORS], s->end, &dsl)) &&
        des->a == SR_SOURCE_UNNAMED) {
      s->affiliation = s->name;
      s->name = NULL;
      s->kind = SR_SOURCE_UNNAMED;
      s->name_first = j;
      s->name_end = s->end = s->end + dsl;
      return 1;
    }
    /* "An AFP correspondent in Aleppo": the outlet's designator, with where
    ** it is */
    if (s->kind == SR_SOURCE_MEDIA && s->end < v->n && of_at(v, s->end, &cl) == SR_INST_OF)
      for (size_t d = j + 1; d < s->end; d++)
        if (described_at(v, d, &part) && part.name_first == d && part.end > s->end) {
          s->end = part.end;
          break;
        }
    return 1;
  }
  /* "Moscow said", "Ankara a annoncé": a capital speaks for its government */
  const sr_row *gov = sr_view_match(v, &PACKS(v)->k->t[SR_ST_GOVERNMENTS], j, &len);
  /* ...written as a name ("US", not "us"); "in Britain", "based in the
  ** UK", "UK-based" are where, not who */
  /* ("Israel Defense Forces", "Kabul police": a body whose name opens
  ** with its place, unless the place ends a phrase: "near Damascus British
  ** Foreign Secretary William Hague said"; "Moscow Mayor Sergei Sobyanin":
  ** a title follows; "Myanmar Now reported", "Sudan Tribune said": one
  ** word, then the verb, is an outlet or a body named with its country) */
  size_t tl, gov_words;
  int gov_kind;
  if (gov && sr_view_capitalised(v, j + len - 1) && !compound_adjective(v, j + len) &&
      (j + len < v->n && sr_view_capitalised(v, j + len)
           ? after_plain_word(v, j) || name_run(v, j + len, &gov_words) == j + len ||
                 (gov_words < 2 && !speech_verb_at(v, j + len + 1)) ||
                 named_at(v, j + len, &tl, &gov_kind) ||
                 sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], j + len, &tl)
           : !head_right_at(v, j + len))) {
    size_t b = j, al;
    if (b > 0 && role_at(v, b - 1, &al) == SR_CUE_ARTICLE) b--;
    /* ...nor after a one-word relay's cue: ", ont indiqué des diplomates à
    ** Paris" is where they spoke; a relay is an outlet ("à l'AFP").  Not
    ** the end of a longer cue: "according to Moscow" speaks */
    size_t cl;
    int before_role = b > 0 ? role_at(v, b - 1, &al) : 0;
    int relay_word = before_role == SR_CUE_VIA && al == 1 &&
                     !(b > 1 && role_at(v, b - 2, &cl) && b - 2 + cl == b);
    if (b > 0 && v->tok[b - 1].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, b - 1) &&
        (!before_role || relay_word || of_at(v, b - 1, &al) == SR_INST_OF))
      return 0;
    s->name = gov->label;
    s->kind = SR_SOURCE_ORGANIZATION;
    s->category = SR_CAT_GOVERNMENT;
    s->end = j + len;
    return 1;
  }
  /* "the official Saba news agency", "the Houthi-run Saba news agency": an
  ** outlet's name between the words that describe it and its designator */
  size_t al;
  /* (cheap first: a short word, then a word) */
  if (j + 3 < v->n && v->fold[j].len <= ARTICLE_BYTES && v->tok[j + 1].kind == SR_TOKEN_WORD &&
      role_at(v, j, &al) == SR_CUE_ARTICLE && al == 1) {
    size_t k = j + 1, mods = 0, ne, nw, dl;
    for (; k < v->n && mods < OUTLET_MODIFIERS; mods++) {
      if (k + 2 < v->n && punct_is(v, k + 1, "-") &&
          v->tok[k + 2].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, k + 2))
        k += 3; /* "Houthi-run", "state-owned" */
      else if (v->tok[k].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, k) && !role_at(v, k, &len))
        k++; /* "official" */
      else
        break;
    }
    const sr_row *d;
    int known_kind;
    if (mods && (ne = name_run(v, k, &nw)) > k && !named_at(v, k, &dl, &known_kind) &&
        (d = sr_view_match(v, &PACKS(v)->k->t[SR_ST_DESIGNATORS], ne, &dl)) &&
        d->a == SR_SOURCE_MEDIA) {
      s->kind = SR_SOURCE_MEDIA;
      s->category = SR_CAT_OUTLET;
      s->name_first = k;
      s->name_end = s->end = ne + dl;
      return 1;
    }
  }
  /* "Russian state television", "Kurdish media": who they are is all the
  ** text says, not an outlet named before */
  size_t d = j;
  while (d < v->n && sr_view_match(v, &PACKS(v)->places->t[SR_PT_DEMONYMS], d, &len)) d += len;
  size_t alen;
  if (d == j && j + 1 < v->n && sr_view_capitalised(v, j) && !v->used[j] && !in_date(v, j) &&
      role_at(v, j, &alen) != SR_CUE_ARTICLE)
    d = j + 1; /* not a place ("in Raqa a monitoring group said"), nor "The" */
  const sr_row *r = d > j ? sr_view_match(v, &PACKS(v)->k->t[SR_ST_DESIGNATORS], d, &len) : NULL;
  if (r && r->a != SR_SOURCE_PERSON) {
    s->kind = r->a;
    s->name_first = j;
    s->name_end = s->end = d + len;
    /* "the Security Media Cell": a designator inside a name written in
    ** capitals runs to the name's end */
    size_t more_words, more = sr_view_capitalised(v, d) ? name_run(v, s->end, &more_words) : 0;
    if (more > s->end) s->name_end = s->end = more;
    /* "The Health Ministry in Gaza said": with where it is */
    source_info described;
    if (described_at(v, j, &described) && described.end > s->end && !described.back &&
        !joins_two(v, s->end, described.end))
      *s = described;
    return 1;
  }
  /* "the al-Qaeda-linked group", "the Iran-backed group": an article, one
  ** word of hyphened halves ending in lower case, then the word that ends
  ** a group's name; the group told again, as "the group" is */
  size_t gl;
  if (role_at(v, j, &gl) == SR_CUE_ARTICLE && gl == 1) {
    size_t c = j + 1, halves = 0, nl;
    while (c + 2 < v->n && v->tok[c].kind == SR_TOKEN_WORD && punct_is(v, c + 1, "-") &&
           v->tok[c + 1].byte_start == v->tok[c].byte_end &&
           v->tok[c + 2].byte_start == v->tok[c + 1].byte_end && v->tok[c + 2].kind == SR_TOKEN_WORD) {
      c += 2;
      halves++;
    }
    if (halves && c + 1 < v->n && !sr_view_capitalised(v, c) &&
        role_at(v, c + 1, &nl) == SR_CUE_NAME_END && nl == 1) {
      s->kind = SR_SOURCE_ORGANIZATION;
      s->back = 1;
      s->name_first = j;
      s->name_end = s->end = c + 2;
      return 1;
    }
  }
  r = sr_view_match(v, &PACKS(v)->k->t[SR_ST_DESIGNATORS], j, &len);
  /* "l'Observatoire syrien des droits de l'homme": a known name after its
  ** article, past the designator ("l'observatoire") it opens with */
  size_t article_len;
  if (r && j + 1 < v->n && role_at(v, j, &article_len) == SR_CUE_ARTICLE && article_len == 1 &&
      (s->name = named_at_as(v, j + 1, &s->end, &s->kind, &s->category)))
    return 1;
  if (r) {
    s->kind = r->a;
    size_t k = j + len, extra = 0;
    while (k < v->n) {
      if (sr_view_match(v, &PACKS(v)->places->t[SR_PT_DEMONYMS], k, &len)) {
        k += len;
      } else if ((s->kind == SR_SOURCE_UNNAMED || s->kind == SR_SOURCE_MEDIA) &&
                 extra < UNNAMED_WORDS &&
                 v->tok[k].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, k) &&
                 !role_at(v, k, &len) && of_at(v, k, &len) != SR_INST_JOIN) {
        k++;
        extra++;
      } else {
        break;
      }
    }
    if ((s->name = named_at_as(v, k, &s->end, &kind, &s->category))) return 1;
    size_t e = name_run(v, k, &words);
    /* "l'agence officielle SANA", "la radio privée Omega": words between
    ** an outlet's designator and its name, only with the name */
    if (s->kind == SR_SOURCE_MEDIA && extra && (e == k || v->used[k])) {
      k -= extra;
      extra = 0;
      e = name_run(v, k, &words);
    }
    if (e > k && extra && v->used[k]) {
      /* "sources inside Syria": where they are, not their name */
      s->name_first = j;
      s->name_end = s->end = e;
      return 1;
    }
    if (e > k) {
      s->name_first = k;
      s->name_end = s->end = e;
      return 1;
    }
    s->end = k;
    source_info described;
    if (s->kind == SR_SOURCE_UNNAMED) {
      s->name_first = j;
      s->name_end = k;
      /* "officials in Ghazni province": described, with where they are */
      if (described_at(v, j, &described) && described.end > k && !described.affiliation &&
          !joins_two(v, k, described.end))
        *s = described;
    } else {
      /* "l'Agence d'information du Burkina (AIB)": a designator written
      ** with its capital opens a name the packs do not know, its acronym
      ** closing it */
      size_t dn = j, dl, tail;
      if (role_at(v, j, &dl) == SR_CUE_ARTICLE) dn = j + dl;
      if (dn < k && sr_view_capitalised(v, dn) && (tail = body_name_end(v, k)) > k &&
          punct_is(v, tail - 1, ")")) {
        s->name_first = dn;
        s->name_end = s->end = tail;
        if (s->kind == SR_SOURCE_MEDIA) s->category = SR_CAT_OUTLET;
        return 1;
      }
      /* "le ministère de la Défense" is described; "l'agence" alone is
      ** the agency already named */
      if (described_at(v, j, &described) && described.end > k) {
        *s = described;
        return 1;
      }
      /* ("State media and the Observatory said": media with no article are
      ** who they are, not the outlet named before) */
      size_t art;
      if (s->kind == SR_SOURCE_MEDIA && sr_view_capitalised(v, j) &&
          role_at(v, j, &art) != SR_CUE_ARTICLE && !memchr(v->fold[j].ptr, '\'', v->fold[j].len)) {
        s->name_first = j;
        s->name_end = k;
        s->category = SR_CAT_OUTLET;
        return 1;
      }
      s->back = 1;
      /* "the observatory" stands for a monitor, "the ministry" for a
      ** government body: not for any body named before */
      size_t hl;
      for (size_t h = j; h < k && !s->category; h++) {
        int c = head_at(v, h, &hl, NULL);
        if (c != SR_CAT_MODIFIER) s->category = c;
      }
    }
    return 1;
  }
  r = sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], j, &len);
  if (r) {
    s->kind = SR_SOURCE_PERSON;
    s->title_first = j;
    s->title_end = s->end = j + len;
    for (size_t k = j + len; k < v->n && k < j + len + TITLE_REACH;) {
      const char *body = named_at(v, k, &end, &kind);
      if (body) {
        s->affiliation = body;
        k = end;
        continue;
      }
      size_t e = name_run(v, k, &words), pw;
      /* (after a word that says where: not "director Isa Bala", whose first
      ** name is a town's too) */
      if (e > k && v->used[k] && k > 0 && !sr_view_capitalised(v, k - 1) &&
          v->tok[k - 1].kind == SR_TOKEN_WORD &&
          (of_at(v, k - 1, &pw) == SR_INST_OF || !starts_clause(v, k))) {
        k = e; /* "Representative in Syria Ali al-Zaatari", "le porte-parole
               ** de l'armée à Gaza, X": the place is where */
        continue;
      }
      /* "the Minister of Information said", "Minister of Foreign Affairs
      ** Ali Musa", "le ministre de l'Intérieur Ahmed Diallo": what the title
      ** is of, then the name in the run's last two words when it has three */
      size_t ol;
      if (e > k && k > 1 && !sr_view_capitalised(v, k - 1) &&
          (of_at(v, k - 1, &ol) == SR_INST_OF ||
           (role_at(v, k - 1, &ol) == SR_CUE_ARTICLE && of_at(v, k - 2, &ol) == SR_INST_OF))) {
        if (words < 3) {
          s->title_end = s->end = k = e;
          continue;
        }
        size_t p = e, last = 0;
        while (p > k && last < 2) last += sr_view_capitalised(v, --p);
        s->title_end = p;
        s->name_first = p;
        s->name_end = s->end = e;
        return 1;
      }
      if (e > k) {
        s->name_first = k;
        s->name_end = s->end = e;
        if (!s->affiliation && words > 1) apposition(v, e, s); /* "Gen. Ahmed Musa, the army chief" */
        /* "Governor Musa Bello of Kano State said", "Gov. X of the West
        ** region told AFP": where the person is of, when a verb follows */
        size_t verb;
        if (s->end == e && words > 1 && (verb = of_up_to_verb(v, e))) s->end = verb;
        return 1;
      }
      if (v->tok[k].kind == SR_TOKEN_WORD || punct_is(v, k, ",")) {
        k++;
        continue;
      }
      break;
    }
    /* "a précisé le porte-parole de l'armée", "le chef de la police du
    ** district": no name, but what the title is of, a body the packs know
    ** or one described by its head; the words reach it, the category is
    ** its (still the last one so titled, when the text named one) */
    size_t ol, at, bl;
    int bk, bc;
    source_info of_body;
    /* ("a spokesman for the Nusra Front": the body the words above read
    ** is that one, and the words reach it) */
    if (of_at(v, s->title_end, &ol) == SR_INST_OF) {
      at = s->title_end + ol;
      size_t na = role_at(v, at, &bl) == SR_CUE_ARTICLE ? at + bl : at;
      const char *body = named_at_as(v, na, &end, &bk, &bc);
      if (body && bk != SR_SOURCE_PERSON && (!s->affiliation || strcmp(s->affiliation, body) == 0)) {
        s->affiliation = body;
        s->category = bc;
        s->end = end;
      } else if (!s->affiliation && described_at(v, at, &of_body) && of_body.kind != SR_SOURCE_PERSON &&
                 /* (not "the head of the monitor": a monitor told again is
                 ** the one named before, read as before) */
                 !(of_body.back && of_body.category == SR_CAT_MONITOR) &&
                 of_body.category && of_body.category != SR_CAT_UNNAMED) {
        s->category = of_body.category;
        s->end = of_body.end;
      }
    }
    s->back = 1; /* "le vice-ministre a précisé" */
    return 1;
  }
  size_t e = name_run(v, j, &words);
  if (e > j && compound_adjective(v, e)) e = j; /* "Britain-based monitor" */
  if (e > j && opens_phrase(v, j, &len)) {
    /* "The Anadolu Agency", "Un responsable": a capital that opens the
    ** sentence, not the name */
    if (e == j + len || !parse_source(v, j + len, s) || s->pronoun) {
      memset(s, 0, sizeof *s);
      e = j;
    } else {
      /* "The Times of India reported": a body's name after the article, and
      ** its tail */
      size_t tail;
      /* ("The National Commission on Human Rights (NCHR)": two capitals
      ** read as a person's name, a body's by the acronym closing its tail) */
      if (!s->name && (s->kind == SR_SOURCE_ORGANIZATION || s->kind == SR_SOURCE_PERSON) &&
          s->name_first == j + len && s->name_end == s->end && !s->title_end &&
          (tail = body_name_end(v, s->end)) > s->end &&
          (s->kind == SR_SOURCE_ORGANIZATION || punct_is(v, tail - 1, ")"))) {
        s->kind = SR_SOURCE_ORGANIZATION;
        s->name_end = s->end = tail;
      }
      /* ("The Sudan Relief Network said": capitals after the article that
      ** opens the sentence are a body's name, as after "the" elsewhere,
      ** not a person's) */
      size_t oal;
      if (!s->name && s->kind == SR_SOURCE_PERSON && !s->title_end && s->name_first == j + len &&
          role_at(v, j, &oal) == SR_CUE_ARTICLE)
        s->kind = SR_SOURCE_ORGANIZATION;
      if (!s->name && !s->title_end && s->end == s->name_end) group_after_name(v, s);
      return 1;
    }
  }
  /* "in Hama Human Rights Watch said", "said Ole Solvang HRW deputy
  ** director" (copy without commas): a known name inside a run of capitals
  ** ends the run, the name after it speaks or is whom the run speaks for */
  size_t kl;
  int kk;
  const char *known_after = NULL;
  for (size_t k = j + 1; k < e; k++)
    if (sr_set_has_table(v->starts[k], &PACKS(v)->actors->t[SR_AT_SOURCES]) &&
        (known_after = named_at(v, k, &kl, &kk))) {
      if (kl != e) return 0; /* "London Based Syrian Observatory for..." */
      e = k;
      words = 0;
      for (size_t w = j; w < e; w++) words += sr_view_capitalised(v, w);
      if (words < 2) return 0; /* "Syrias SANA": no person's name before it */
      break;
    }
  if (e == j) {
    /* "the Syrian Observatory...": an article before a known name; "an AFP
    ** tally", "the ministry's figures": a determiner, when the name issued
    ** a document */
    int opener = role_at(v, j, &len);
    if ((opener == SR_CUE_ARTICLE ||
         (opener == SR_CUE_DETERMINER && document_near(v, j + len + 1, j + len + DOCUMENT_REACH))) &&
        (s->name = named_at_as(v, j + len, &s->end, &s->kind, &s->category))) {
      size_t at = s->end, dl;
      if (punct_is(v, at, "'") && at + 1 < v->n && v->fold[at + 1].len == 1 &&
          v->fold[at + 1].ptr[0] == 's')
        at += 2;
      if (document_word_is(v, at, SR_CUE_DOCUMENT, &dl)) {
        s->end = at + dl;
        return 1;
      }
      if (opener == SR_CUE_ARTICLE && len == 1) return 1;
      memset(s, 0, sizeof *s);
    }
    /* "the Britain-based group's director Rami Abdel Rahman", "the
    ** UK-based Syrian Observatory": an article, a few words, then a title
    ** or a known name */
    if (role_at(v, j, &len) == SR_CUE_ARTICLE && len == 1)
      for (size_t k = j + 1; k < v->n && k <= j + ARTICLE_REACH; k++) {
        if (v->tok[k].kind == SR_TOKEN_PUNCT && !joiner(v, k)) break;
        if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], k, &len)) return parse_source(v, k, s);
        if ((s->name = named_at_as(v, k, &s->end, &s->kind, &s->category))) return 1;
      }
    /* (not "the Emergency Lawyers group said": a head in a body's name
    ** written in capitals, "group" after it, is a name the packs do not
    ** know, read below) */
    if (described_at(v, j, s) && !capitalised_before_group(v, s)) return 1;
    memset(s, 0, sizeof *s);
    /* "le HCR", "selon le Front national pour la défense de la
    ** Constitution (FNDC)": a body the packs do not know, named with its
    ** article */
    size_t n, run_words, tail;
    if (role_at(v, j, &len) != SR_CUE_ARTICLE) return 0;
    n = j + len;
    /* ("the state-funded Kenya National Commission on Human Rights": past
    ** a compound adjective before the name, not "Human Rights" alone) */
    int past_compound = n + 3 < v->n && v->tok[n].kind == SR_TOKEN_WORD &&
                        compound_adjective(v, n + 1) && sr_view_capitalised(v, n + 3);
    if (past_compound) n += 3;
    /* (a place's name only with a tail: "le Front national pour...") */
    if (n < v->n &&
        (e = name_run(v, n, &run_words)) > n && !compound_adjective(v, e) &&
        ((tail = body_name_end(v, e)) > e || !v->used[n]) &&
        /* (...whose tail opens no other phrase: not "the rebel-held Eastern
        ** Ghouta region the British-based Observatory") */
        !(past_compound && article_in(v, e, tail)) &&
        /* (...nor a place whose name runs on past a lower-case word: "la
        ** Côte d'Ivoire") */
        !one_place(v, n, tail)) {
      s->kind = SR_SOURCE_ORGANIZATION;
      s->name_first = n;
      s->name_end = s->end = tail;
      group_after_name(v, s);
      return 1;
    }
    return 0;
  }
  /* "the UN Resident Representative in Syria Ali al-Zaatari", "Moscow
  ** Mayor Sergei Sobyanin": a place after a word, or before a title or a
  ** head, is no first name; the name starts after it ("Moscow said" stays
  ** whole).  Elsewhere it is one: "Musa Bello", "Juma Ali" (places too) */
  if (v->used[j]) {
    int after_word = after_plain_word(v, j);
    /* ("in the Central African Republic, officials said": no name starts
    ** inside a place, "African Republic" with an apposition) */
    if (inside_place(v, j)) return 0;
    if (j + 1 < e && sr_view_capitalised(v, j + 1) &&
        (after_word || !name_of_places(v, j, e) ||
         sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], j + 1, &tl)))
      return 0;
    /* "groups inside Syria reported": a place after a word is no speaker */
    if (after_word && v->used[e - 1]) return 0;
  }
  /* "the regional governor", "Gaza's civil defense agency": described */
  /* "Health Ministry", "Mayor Nyonyi Bwanakawa": the head in the run;
  ** "Gaza's civil defense agency": one word before it; "South African
  ** media reports": words that are no place right before it */
  size_t tail = acronym_tail(v, e);
  if (tail > e) {
    s->kind = SR_SOURCE_ORGANIZATION;
    s->name_first = j;
    s->name_end = s->end = tail;
    return 1;
  }
  source_info described;
  /* ("..., Ukrinform reports.": the verb that ends its clause, no head) */
  size_t cl;
  int closes = e + 1 < v->n && cue_at_token(v, e, &cl) == SR_CUE_CLOSING &&
               v->tok[e + cl].kind != SR_TOKEN_WORD && !joiner(v, e + cl);
  if (words > 2) closes = 0; /* (an outlet's short name: not "Syrias Raqqa Local reports") */
  if (!closes && described_at(v, j, &described) &&
      ((described.head_end > j && described.head_end <= e) ||
       (described.end > e && (words == 1 || (!v->used[j] && head_right_at(v, e)))))) {
    *s = described;
    /* "the Security Media Cell": a head inside a body's name, the rest of
    ** the name after it */
    if (s->end < e && s->kind != SR_SOURCE_PERSON && s->name_first == j) s->end = s->name_end = e;
    return 1;
  }
  s->kind = words > 1 ? SR_SOURCE_PERSON : SR_SOURCE_ORGANIZATION;
  s->name_first = j;
  s->name_end = s->end = e;
  /* (the person speaks as its body: "Ali Musa of the rebel group X" is of
  ** an armed group) */
  int body_category = SR_CAT_NONE;
  s->affiliation = affiliation_after(v, e, &end, &body_category);
  if (s->affiliation && !s->category) s->category = body_category;
  if (!s->affiliation && known_after) {
    s->affiliation = known_after; /* "Ole Solvang HRW deputy director" */
  } else if (s->affiliation) {
    s->end = end;
  } else if (words > 1 && !one_place(v, j, e)) {
    apposition(v, e, s);
    /* ("Ali Musa of the Red Cross said": the person, of the body) */
    size_t verb;
    if (s->end == e && (verb = of_up_to_verb(v, e))) s->end = verb;
  } else if (words == 1 && e == j + 1 && punct_is(v, e, ",") && opens_phrase(v, e + 1, &len) &&
             (j == 0 || v->tok[j - 1].kind != SR_TOKEN_WORD || role_at(v, j - 1, &len) == SR_CUE_VERB)) {
    /* "Omar, a resident who asked not to be named, told AP", "said Ahmed,
    ** a farmer": one name where a clause opens or after the verb, then
    ** who the person is (an article, a designator, no body): a person
    ** (not "in the village of Nodin, a resident told AP") */
    apposition(v, e, s);
    if (s->end > e) s->kind = SR_SOURCE_PERSON;
  }
  return 1;
}

static const char *text_of(const sr_view *v, size_t first, size_t end,
                           sr_arena *arena) {
  size_t a = v->tok[first].byte_start, b = v->tok[end - 1].byte_end;
  return sr_arena_strndup(arena, v->text + a, b - a);
}

/* A name as written, without the possessive that ends it ("the ministry's
** figures": "ministry"). */
static const char *name_of(const sr_view *v, size_t first, size_t end, sr_arena *arena) {
  size_t a = v->tok[first].byte_start, b = v->tok[end - 1].byte_end;
  if (possessive(v, end - 1)) {
    b -= 1; /* the "s", then the apostrophe, straight or curly */
    b -= b >= a + 3 && memcmp(v->text + b - 3, "\xE2\x80\x99", 3) == 0 ? 3 : 1;
  }
  return b > a ? sr_arena_strndup(arena, v->text + a, b - a) : text_of(v, first, end, arena);
}

/* How many a source read from first is: many when a pronoun's words or a
** described source's head say so ("they said", "police and hospital
** officials"; not "Doctors Without Borders", a name), one for a person or
** "he said", else unknown. */
static int number_of(const sr_view *v, size_t first, const source_info *s) {
  size_t len, from = first, to = first;
  if (s->back || s->pronoun)
    to = s->end;
  else if (s->kind == SR_SOURCE_PERSON)
    return SR_NUMBER_ONE;
  else if (s->head_end && !s->name)
    from = s->head_end - 1, to = s->head_end;
  for (size_t k = from; k < to; k++)
    if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_PLURALS], k, &len)) return SR_NUMBER_MANY;
  return s->back && s->kind == SR_SOURCE_PERSON ? SR_NUMBER_ONE : SR_NUMBER_UNKNOWN;
}

/* A person's category when no name tells it: a head among the source's
** words ("le porte-parole de la police, le colonel X", "Captain X of the
** Army's 203rd Brigade"), else the category of its title ("le ministre de
** l'Intérieur, X": government; "Lieutenant General X": military). */
static int person_category(const sr_view *v, size_t first, const source_info *s) {
  size_t len;
  for (size_t k = first; k < s->end && k < v->n; k++) {
    int c = head_at(v, k, &len, NULL);
    /* (not "spokesperson", "the same source": heads that say no kind) */
    if (c && c != SR_CAT_MODIFIER && c != SR_CAT_UNNAMED) return c;
  }
  const sr_row *r = s->title_end > s->title_first
                        ? sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], s->title_first, &len)
                        : NULL;
  return r ? r->a : SR_CAT_NONE;
}

static sr_mention *emit(const sr_view *v, sr_mention_list *out, sr_arena *arena,
                        size_t first, const source_info *s, int cue,
                        const char *rule) {
  static const sr_source_part fresh = {.via = -1, .disputes = -1, .lead_last = -1};
  sr_mention *m = sr_mention_add(out, arena, v, SR_MENTION_SOURCE, first,
                                 s->end - 1, rule, &fresh, sizeof fresh);
  if (!m) return NULL;
  sr_source_part *p = sr_source_of(m);
  p->source_kind = s->kind;
  p->cue = cue;
  m->name = s->name;
  size_t name_first = s->name_first, al;
  /* "the speaker of the People's Council": no name opens on a lower-case
  ** article ("The Times of India" does, capitalised) */
  if (!m->name && name_first + 1 < s->name_end && !sr_view_capitalised(v, name_first) &&
      role_at(v, name_first, &al) == SR_CUE_ARTICLE && al == 1)
    name_first++;
  /* "Afghanistan's Tolo News", "Israel's Netanyahu": an outlet or a person
  ** is named by its own name, the possessor is whose it is (a body keeps
  ** it: "Russia's Defence Ministry") */
  const char *owner = NULL;
  if (!m->name && (s->kind == SR_SOURCE_MEDIA || s->kind == SR_SOURCE_PERSON) &&
      name_first + 1 < s->name_end &&
      possessive(v, name_first) && sr_view_capitalised(v, name_first + 1)) {
    if (!s->affiliation && !(owner = name_of(v, name_first, name_first + 1, arena)))
      out->failed = 1;
    name_first++;
  }
  if (!m->name && s->name_end > name_first &&
      !(m->name = name_of(v, name_first, s->name_end, arena)))
    out->failed = 1;
  if (s->title_end > s->title_first &&
      !(p->title = sr_view_folded(v, s->title_first, s->title_end, arena)))
    out->failed = 1;
  p->affiliation = s->affiliation ? s->affiliation : owner;
  p->back = s->back;
  p->pronoun = s->pronoun;
  /* ("he said", "she": a person's pronoun, never a body's) */
  for (size_t w = first, pl; (s->back || s->pronoun) && w < s->end && !p->personal; w++)
    p->personal = sr_view_match(v, &PACKS(v)->k->t[SR_ST_PERSONALS], w, &pl) != NULL;
  p->number = number_of(v, first, s);
  p->category = s->category;
  p->described = !s->name && s->kind == SR_SOURCE_ORGANIZATION && s->head_end &&
                 s->head_end == s->name_end && !sr_view_capitalised(v, s->head_end - 1);
  /* "the Syrian Observatory", found after its article: the name's category */
  if (!p->category && s->name) p->category = sr_named_source_category(PACKS(v)->k, s->name);
  p->first_category = s->first_category ? s->first_category : p->category;
  if (!p->category && s->affiliation)
    p->category = sr_named_source_category(PACKS(v)->k, s->affiliation);
  if (!p->category && s->kind == SR_SOURCE_UNNAMED) p->category = SR_CAT_UNNAMED;
  /* (media no name of categories.tsv tells are outlets: "l'AFP") */
  if (!p->category && s->kind == SR_SOURCE_MEDIA) p->category = SR_CAT_OUTLET;
  if (!p->category && s->kind == SR_SOURCE_PERSON) p->category = person_category(v, first, s);
  return m;
}

/* "..., à l'agence Reuters", ", cité par RT": who relayed the source. */
static void relay(const sr_view *v, sr_mention_list *out, sr_arena *arena,
                  size_t k, size_t speaker) {
  size_t len;
  if (punct_is(v, k, ",")) k++;
  int role = role_at(v, k, &len);
  if (role != SR_CUE_VIA && role != SR_CUE_TOLD) return;
  source_info s;
  if (!parse_source(v, k + len, &s) || s.back) return;
  sr_mention *m = emit(v, out, arena, k + len, &s, SR_CUE_VIA, "source.via");
  if (!m) return;
  sr_source_of(m)->relays = 1;
  sr_source_of(&out->items[speaker])->via = (long)m->index;
}

/* The token before i, commas skipped, closes a quotation. */
static int after_quote(const sr_view *v, size_t i) {
  while (i > 0 && punct_is(v, i - 1, ",")) i--;
  return i > 0 && sr_view_closing_quote(v, i - 1);
}

/* An aside from token a up to the verb at e that ends with one place's
** name: "in a report issued in New York" before "said". */
static int aside_ends_in_place(const sr_view *v, size_t a, size_t e) {
  size_t len, al, words;
  if (a >= e || v->tok[a].kind != SR_TOKEN_WORD || role_at(v, a, &len) != SR_CUE_ASIDE) return 0;
  size_t nm = a + len;
  if (nm < e && role_at(v, nm, &al) == SR_CUE_ARTICLE) nm += al;
  return nm < e && name_run(v, nm, &words) == e && one_place(v, nm, e);
}

#define QUOTED_SPEAKER_WORDS 3 /* '" a displaced woman said', '" a mother of three said' */

/* '"...," a vigilante said.', '"...," a mother of three told AFP': a
** determiner right after a quotation's end, then a few plain words (no
** capital, no word of the packs' but "of", no number but a count of
** children) up to the verb at i; *at is the determiner. */
static int described_after_quote(const sr_view *v, size_t i, size_t *at) {
  size_t len, words = 0, k = i;
  while (k > 0 && words <= QUOTED_SPEAKER_WORDS && v->tok[k - 1].kind != SR_TOKEN_PUNCT) {
    k--;
    if (v->tok[k].kind == SR_TOKEN_WORD && role_at(v, k, &len) == SR_CUE_DETERMINER && len == 1)
      break;
    if (v->tok[k].kind == SR_TOKEN_WORD
            ? sr_view_capitalised(v, k) || (role_at(v, k, &len) && of_at(v, k, &len) != SR_INST_OF)
            : v->tok[k].kind != SR_TOKEN_NUMBER)
      return 0;
    words++;
  }
  if (k + 1 >= i || words == 0 || words > QUOTED_SPEAKER_WORDS ||
      v->tok[k].kind != SR_TOKEN_WORD || role_at(v, k, &len) != SR_CUE_DETERMINER ||
      !after_quote(v, k))
    return 0;
  *at = k;
  return 1;
}

static int before_quote(const sr_view *v, size_t k) {
  while (k < v->n && (punct_is(v, k, ":") || punct_is(v, k, ","))) k++;
  return k < v->n && sr_view_opening_quote(v, k);
}

#define ASIDE_REACH 12 /* "a annoncé dans la nuit de jeudi à vendredi" */

/* After an inverting verb, what stands between it and the speaker: a date,
** "dans un communiqué", "à l'AFP" (who heard it: *relay_at gets its cue,
** else v->n).  Returns where the speaker may start. */
static size_t skip_asides(const sr_view *v, size_t k, size_t *relay_at) {
  size_t len, limit = k + ASIDE_REACH;
  *relay_at = v->n;
  while (k < v->n && k < limit) {
    source_info r;
    int role = role_at(v, k, &len);
    if (v->tok[k].kind == SR_TOKEN_NUMBER && joiner(v, k + 1) &&
        role_at(v, k + 2, &len) == SR_CUE_ASIDE) {
      k += 2 + len; /* an age, which reads as a duration: "said 45-year-old X" */
    } else if (in_date(v, k)) {
      k++;
    } else if (role == SR_CUE_ASIDE) {
      k += len;
    } else if (role == SR_CUE_VIA && *relay_at == v->n && parse_source(v, k + len, &r) &&
               !r.back && r.kind == SR_SOURCE_MEDIA) {
      *relay_at = k;
      k = r.end;
    } else {
      break;
    }
  }
  return k;
}

/* A speaker after its verb with neither a quotation nor a comma before
** ("killed 10 people said the Observatory" in copy without commas) ends its
** clause: a stop, a date, an aside, a relay or a relative follows; "said
** the insurgents came" names what was said, not who said it. */
static int ends_clause(const sr_view *v, size_t k) {
  size_t len;
  if (k >= v->n || in_date(v, k) || v->tok[k].kind != SR_TOKEN_WORD) return 1;
  int role = role_at(v, k, &len);
  return role == SR_CUE_ASIDE || role == SR_CUE_VIA || role == SR_CUE_TOLD ||
         role == SR_CUE_RELATIVE || role == SR_CUE_VERB || of_at(v, k, &len) == SR_INST_OF;
}

/* "Police confirmed the attack.", "the army confirmed the deaths to AFP":
** the verb's object, at k, is what the sentence before told, and its
** clause ends there ("Police said the attack began at dawn" tells more). */
static int bears_out(const sr_view *v, size_t k) {
  size_t len;
  return sr_view_match(v, &PACKS(v)->k->t[SR_ST_BORNE], k, &len) && ends_clause(v, k + len);
}

/* Whether a source may start at token b: a capital, or a word some table
** of the packs opens a phrase with ("the", "officials", "sources", "l'agence",
** "syrien").  Checked before reading one at every token before a verb, so
** that the words of the reported clause cost little. */
static int may_open_source(const sr_view *v, size_t b) {
  if (v->tok[b].kind != SR_TOKEN_WORD) return 0;
  if (sr_view_capitalised(v, b)) return 1;
  const uint64_t *starts = v->starts[b];
  const source_packs *p = PACKS(v);
  return sr_set_has_table(starts, &p->k->t[SR_ST_CUES]) ||
         sr_set_has_table(starts, &p->k->t[SR_ST_WORDS]) ||
         sr_set_has_table(starts, &p->k->t[SR_ST_HEADS]) ||
         sr_set_has_table(starts, &p->k->t[SR_ST_DESIGNATORS]) ||
         sr_set_has_table(starts, &p->k->t[SR_ST_TITLES]) ||
         sr_set_has_table(starts, &p->k->t[SR_ST_GOVERNMENTS]) ||
         sr_set_has_table(starts, &p->actors->t[SR_AT_SOURCES]) ||
         sr_set_has_table(starts, &p->places->t[SR_PT_DEMONYMS]);
}

/* "Monitors have not documented rebels to be armed": a negation or an
** auxiliary right before the verb at k tells that its subject came before
** it, so the words after the verb are its object, never an inverted
** speaker. */
static int preverb_before(const sr_view *v, size_t k) {
  size_t len;
  return k > 0 && v->tok[k - 1].kind == SR_TOKEN_WORD &&
         sr_view_match(v, &PACKS(v)->k->t[SR_ST_PREVERBS], k - 1, &len) && len == 1;
}

/* Whether tokens a to b are all words: no clause ends between them. */
static int words_only(const sr_view *v, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (v->tok[k].kind != SR_TOKEN_WORD) return 0;
  return 1;
}

#define SECOND_WORDS 4 /* "and medical officials" */
#define SECOND_SUBJECT_WORDS 6 /* "and a local human rights group": after a determiner,
                                ** words only ("killing a police chief and another
                                ** policeman, authorities said" is the authorities') */

/* A source read at b whose end leaves a subject ending at e: right at e,
** or the first of two joined by "and" ("witnesses and a local official
** said"; the caller reads the second).  A second there: "blames the deaths
** on security forces and alleged militias" has no subject before its
** adjective, and "X blamed the police and alleged" is X's verb. */
static int subject_ends(const sr_view *v, const source_info *s, size_t e) {
  size_t jl;
  const sr_row *join;
  size_t dl;
  return s->end == e ||
         (s->end < e && e - s->end <= SECOND_SUBJECT_WORDS &&
          (join = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], s->end, &jl)) &&
          join->a == SR_INST_JOIN && s->end + jl < e &&
          (e - s->end <= SECOND_WORDS ||
           (role_at(v, s->end + jl, &dl) == SR_CUE_DETERMINER && words_only(v, s->end, e))));
}

#define RELATIVE_REACH 20 /* ", who spoke on condition of anonymity because he was not authorized to brief reporters," */
#define APPOSITION_WORDS 6
#define BODY_BRANCH_WORDS 4 /* "Médecins sans frontières" before its branch's country */
#define APPOSITION_REACH 8 /* "home secretary of the province": words of an apposition no pack reads */
#define ASIDE_WORDS 10 /* ", speaking on condition of anonymity,", ", jointe au téléphone par l'AFP," */

/* A relative clause from k to the verb at e: "who asked not to be named",
** ", qui a requis l'anonymat,": no other clause in it. */
static int relative_to(const sr_view *v, size_t k, size_t e) {
  size_t len;
  if (punct_is(v, k, ",")) k++;
  /* cheap first: a word that may open one of the words around a source */
  if (k >= e || e - k > RELATIVE_REACH ||
      !sr_set_has_table(v->starts[k], &PACKS(v)->k->t[SR_ST_WORDS]) ||
      role_at(v, k, &len) != SR_CUE_RELATIVE)
    return 0;
  for (size_t t = k + len; t < e; t++)
    if (v->tok[t].kind != SR_TOKEN_WORD && v->tok[t].kind != SR_TOKEN_NUMBER && !joiner(v, t) &&
        !(t + 1 == e && punct_is(v, t, ","))) /* ("whose son was among the 12 killed") */
      return 0;
  return 1;
}

/* How many words of [a, b) open with a capital. */
static size_t capitals(const sr_view *v, size_t a, size_t b) {
  size_t n = 0;
  for (; a < b; a++) n += v->tok[a].kind == SR_TOKEN_WORD && sr_view_capitalised(v, a);
  return n;
}

/* A word written in capitals only, two or more: "WHO" is no relative. */
static int acronym(const sr_view *v, size_t k) {
  const char *s = v->text + v->tok[k].byte_start;
  size_t n = v->tok[k].byte_end - v->tok[k].byte_start;
  for (size_t c = 0; c < n; c++)
    if (!(s[c] >= 'A' && s[c] <= 'Z')) return 0;
  return n >= 2;
}

/* The source s read from b to c is a body the packs do not know, written
** as a name of two capitals or more after its article ("The Norwegian
** Refugee Council (NRC)", "the Sudan Doctors Network": a head noun in its
** name, "Doctors", read it as described, unnamed; it is named). */
static int unknown_body(const sr_view *v, size_t b, size_t c, source_info *s) {
  size_t nf = b, al;
  if (s->name || one_place(v, b, c)) return 0;
  if (role_at(v, b, &al) == SR_CUE_ARTICLE && al == 1) nf = b + 1;
  if (capitals(v, nf, c) < 2) return 0;
  if (s->kind == SR_SOURCE_ORGANIZATION) return 1;
  if (s->kind != SR_SOURCE_UNNAMED) return 0;
  for (size_t w = nf; w < c; w++)
    if (v->tok[w].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, w)) return 0;
  s->kind = SR_SOURCE_ORGANIZATION;
  s->name_first = nf;
  s->name_end = c;
  return 1;
}

/* A dash with a space before it, not a hyphen inside a word: "X - Y - said". */
static int spaced_dash(const sr_view *v, size_t k) {
  if (k == 0 || k >= v->n || v->tok[k].kind == SR_TOKEN_WORD ||
      v->tok[k].byte_start == v->tok[k - 1].byte_end)
    return 0; /* (cheap first: most marks stick to the word before) */
  return punct_is(v, k, "-") || punct_is(v, k, "\xE2\x80\x93") || punct_is(v, k, "\xE2\x80\x94");
}

/* "...killed by the coalition in the suburbs of Raqqa in northern Syria Al
** Mayadeen TV channel reported": in copy without commas the earliest
** subject reaching the verb at e (read from b into s) may begin inside the
** reported clause.  A name the packs know, starting right after a place
** that ends that clause, is the subject instead, when the words before it
** are no name of their own (a word in lower case past b) and no person
** read them; "for" or "of" before the name ("a spokesman for the Nusra
** Front") is no place, and keeps the longer subject.  Returns where the
** subject starts. */
static size_t known_after_place(const sr_view *v, size_t b, size_t e, source_info *s) {
  if (s->kind == SR_SOURCE_PERSON || e - b < 3) return b;
  /* (cheap first: a word of a mention, a place's, inside the subject) */
  size_t u = b + 1;
  while (u + 1 < e && !v->used[u]) u++;
  if (u + 1 >= e) return b;
  const sr_mention_list *l = v->mentions;
  size_t best = e;
  source_info found;
  /* (the sentence's places, read once: few end inside the subject) */
  for (size_t i = l->count; i-- > 0 && l->items[i].sentence == v->sentence;) {
    const sr_mention *p = &l->items[i];
    if (p->type != SR_MENTION_PLACE || p->byte_end <= v->tok[b].byte_end ||
        p->byte_end >= v->tok[e - 1].byte_start)
      continue;
    size_t k = b + 1;
    while (k < e && v->tok[k - 1].byte_end != p->byte_end) k++;
    if (k >= best || v->tok[k - 1].kind != SR_TOKEN_WORD || !may_open_source(v, k) ||
        inside_place(v, k))
      continue;
    int lower = 0;
    for (size_t w = b + 1; w < k && !lower; w++)
      lower = v->tok[w].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, w);
    source_info t;
    if (lower && parse_source(v, k, &t) && t.name && !t.pronoun && !t.back &&
        t.kind != SR_SOURCE_PERSON && subject_ends(v, &t, e) &&
        (!s->name || strcmp(s->name, t.name) == 0)) {
      best = k;
      found = t;
    }
  }
  if (best == e) return b;
  *s = found;
  return best;
}

/* "X, qui a décidé", "le vice-ministre a précisé": the subject ending at i. */
static int subject_before(const sr_view *v, size_t i, size_t *first,
                          source_info *s) {
  size_t e = i, len;
  while (e > 0 && (punct_is(v, e - 1, ",") ||
                   (v->tok[e - 1].kind == SR_TOKEN_WORD && !acronym(v, e - 1) &&
                    role_at(v, e - 1, &len) == SR_CUE_RELATIVE && len == 1)))
    e--;
  /* "Mohamed Ali, 45, told AFP": the age between commas */
  if (e >= 2 && e < i && v->tok[e - 1].kind == SR_TOKEN_NUMBER && punct_is(v, e - 2, ",")) {
    e -= 2;
    while (e > 0 && punct_is(v, e - 1, ",")) e--;
  }
  /* "The Civil Defence - first responders who work for the government -
  ** said": the subject before an aside between dashes */
  if (e == i && spaced_dash(v, e - 1))
    for (size_t c = e - 1; c-- > 1 && e - c <= RELATIVE_REACH;) {
      if (spaced_dash(v, c)) {
        if (subject_before(v, c, first, s) && !s->pronoun) return 1;
        break;
      }
      if (v->tok[c].kind != SR_TOKEN_WORD && !joiner(v, c) && !punct_is(v, c, ",")) break;
    }
  /* "a senior official, speaking on condition of anonymity, said"; with
  ** no comma, "a resident reached by phone said", and past who relayed it,
  ** "a resident contacted by AFP said" */
  /* ...and one word alone: "the army however said", "police meanwhile said" */
  for (size_t a = e > ASIDE_WORDS ? e - ASIDE_WORDS : 0; a < e; a++) {
    size_t at = punct_is(v, a, ",") ? a + 1 : a, words;
    if (at >= e) break;
    if (at == a && (a == 0 || v->tok[a - 1].kind != SR_TOKEN_WORD)) continue;
    if (sr_set_has_table(v->starts[at], &PACKS(v)->k->t[SR_ST_WORDS]) &&
        role_at(v, at, &len) == SR_CUE_ASIDE) {
      /* (who relayed it with its article: "jointe au téléphone par l'AFP") */
      size_t nm = at + len, al, past = at + len;
      if (nm < e && role_at(v, nm, &al) == SR_CUE_ARTICLE) nm += al;
      /* ("the ministry, in a statement on Monday, said": its date, and
      ** the preposition before it) */
      while (past < e && (in_date(v, past) || (past + 1 < e && in_date(v, past + 1) &&
                                               v->tok[past].kind == SR_TOKEN_WORD &&
                                               !sr_view_capitalised(v, past))))
        past++;
      if (past == e || (nm < e && name_run(v, nm, &words) == e)) {
        e = a;
        break;
      }
    }
  }
  /* "two officials, speaking on condition of anonymity because they were
  ** not authorised to brief the media, said": an aside between commas that
  ** goes on past its cue, too long for the window above; only words in it
  ** and no verb of saying (that would be a clause of its own) */
  if (e < i && punct_is(v, e, ","))
    for (size_t c = e; c-- > 1 && e - c <= RELATIVE_REACH;) {
      if (punct_is(v, c, ",")) {
        if (c + 1 < e && sr_set_has_table(v->starts[c + 1], &PACKS(v)->k->t[SR_ST_WORDS]) &&
            role_at(v, c + 1, &len) == SR_CUE_ASIDE && c + 1 + len < e)
          e = c;
        break;
      }
      if (v->tok[c].kind == SR_TOKEN_WORD ? role_at(v, c, &len) == SR_CUE_VERB
                                          : v->tok[c].kind != SR_TOKEN_NUMBER && !joiner(v, c))
        break;
    }
  size_t from = e > SUBJECT_REACH ? e - SUBJECT_REACH : 0, b;
  /* a subject, then a relative clause ("a military source who asked not to
  ** be named told AFP"; "the Observatory, which relies on sources inside
  ** Syria, said": not the sources of the clause) */
  for (size_t r = i > RELATIVE_REACH + 1 ? i - RELATIVE_REACH - 1 : 0; e < i && r < i; r++) {
    if (!punct_is(v, r, ",") || !relative_to(v, r, i)) continue;
    /* ("Fatima Ali, 34, who fled the village, said": the age before it) */
    size_t named_end = r >= 2 && v->tok[r - 1].kind == SR_TOKEN_NUMBER && punct_is(v, r - 2, ",")
                           ? r - 2
                           : r;
    for (b = r > SUBJECT_REACH ? r - SUBJECT_REACH : 0; b < r; b++)
      if (may_open_source(v, b) && parse_source(v, b, s) && !s->pronoun &&
          (s->end == r || s->end == named_end)) {
        *first = b;
        /* "Rami Abdulrahman, who heads the Syrian Observatory, said": whom
        ** the person speaks for */
        source_info body;
        for (size_t a = r + 1; s->kind == SR_SOURCE_PERSON && !s->affiliation && a < e; a++)
          if (may_open_source(v, a) && parse_source(v, a, &body) && body.end == e && body.name)
            s->affiliation = body.name;
        return 1;
      }
    return 0; /* "The 45-year-old, who ..., said": not a name inside the clause */
  }
  /* the longest subject ending at the verb (none ends on a quotation
  ** mark: '..." said', nor on any mark but an acronym's bracket or an
  ** abbreviation's period: "the U.N. said") */
  b = e;
  if (e > 0 && (v->tok[e - 1].kind == SR_TOKEN_WORD || punct_is(v, e - 1, ")") ||
                punct_is(v, e - 1, ".")))
    for (b = from; b < e; b++)
      if (may_open_source(v, b) && parse_source(v, b, s) && subject_ends(v, s, e)) break;
  if (b < e) b = known_after_place(v, b, e, s);
  /* "..., city officials said": a plain word that opens the clause before
  ** a described subject.  No table reads "city", so no phrase was tried
  ** there (a modifier in the packs would start phrases everywhere: "city a
  ** monitoring group"); the word is the phrase's own when the phrase read
  ** from it starts on it and ends where the subject does.  The subject a
  ** head alone ("officials"): not "overnight civil defence sources" nor
  ** "people Syrian state television" in copy without commas */
  if (b < e && b >= 1 && !s->name && s->name_first == b && s->end == b + 1 &&
      v->tok[b - 1].kind == SR_TOKEN_WORD &&
      !sr_view_capitalised(v, b - 1) && !in_date(v, b - 1) &&
      (b == 1 || (v->tok[b - 2].kind != SR_TOKEN_WORD && !joiner(v, b - 2)))) {
    source_info wider;
    size_t wl;
    if (!role_at(v, b - 1, &wl) && described_at(v, b - 1, &wider) && wider.end == s->end &&
        wider.name_first == b - 1 && !wider.back) {
      *s = wider;
      b--;
    }
  }
  if (b < e) {
    source_info named;
    /* "Amnesty International Kenya said", "Amnesty Kenya said": a known
    ** body with branches (a monitor, an aid or medical body), then the
    ** place of its branch; no name starts inside the body's ("International
    ** Kenya"), and the place alone is no source ("Kenya").  Not an armed
    ** group: "the PKK Khalil said" is copy without commas */
    /* (the place read as its government: "Kenya said" speaks alone) */
    if ((!s->name || (s->category == SR_CAT_GOVERNMENT && one_place(v, b, e))) && b > from &&
        sr_view_capitalised(v, b - 1))
      for (size_t a = b - 1; a + BODY_BRANCH_WORDS >= b && a >= from; a--) {
        if (may_open_source(v, a) && parse_source(v, a, &named) && named.name &&
            named.kind == SR_SOURCE_ORGANIZATION && named.end >= b && named.end < e &&
            (named.category == SR_CAT_MONITOR || named.category == SR_CAT_INTERNATIONAL ||
             named.category == SR_CAT_MEDICAL) &&
            one_place(v, named.end, e)) {
          *s = named;
          s->end = e;
          *first = a;
          return 1;
        }
        if (a == 0) break;
      }
    /* "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights,
    ** said": a known body that ends the apposition of a person named
    ** before it, inside a title (the body does not open its clause); the
    ** person speaks for the body */
    if (s->name && b > from && v->tok[b - 1].kind == SR_TOKEN_WORD && punct_is(v, e, ","))
      for (size_t c = b - 1; c-- > from && b - c <= APPOSITION_WORDS;) {
        if (!punct_is(v, c, ",")) continue;
        /* (a title, "of" or "for", maybe an article, then the body) */
        source_info person;
        size_t tl, ol, at = c + 1;
        if (opens_phrase(v, at, &ol)) at += ol; /* ("the head of", "a director of") */
        if (!sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], at, &tl) ||
            of_at(v, at + tl, &ol) != SR_INST_OF)
          break;
        at += tl + ol;
        if (at < b && role_at(v, at, &ol) == SR_CUE_ARTICLE) at += ol;
        if (at != b) break;
        for (size_t a = c > NAME_WORDS ? c - NAME_WORDS : 0; a < c; a++)
          if (sr_view_capitalised(v, a) && parse_source(v, a, &person) &&
              person.kind == SR_SOURCE_PERSON && person.end == c && person.name_end > person.name_first) {
            person.affiliation = s->name;
            person.end = e;
            *s = person;
            *first = a;
            return 1;
          }
        break;
      }
    /* "The Syrian Observatory, a Britain-based monitor, said": the name
    ** before the apposition speaks */
    size_t c = b; /* the apposition's comma: "a Britain-based war monitor" */
    while (c > 0 && b - c < APPOSITION_WORDS && (v->tok[c - 1].kind == SR_TOKEN_WORD || joiner(v, c - 1)))
      c--;
    /* (an apposition closes with a comma before the verb; a person in it
    ** is a title with no name: "X, Amnesty International's Nigeria
    ** director, said") */
    if (!s->name && (s->kind != SR_SOURCE_PERSON || s->name_end <= s->name_first) && c > 1 &&
        punct_is(v, c - 1, ",") &&
        s->end == e && punct_is(v, e, ","))
      for (size_t a = c - 1 > SUBJECT_REACH ? c - 1 - SUBJECT_REACH : 0; a + 1 < c; a++)
        if (may_open_source(v, a) && parse_source(v, a, &named) && named.end == c - 1 &&
            !named.pronoun && !named.back && !one_place(v, a, named.end) &&
            (named.name || named.kind == SR_SOURCE_PERSON ||
             /* "The Norwegian Refugee Council (NRC), a humanitarian
             ** organization, said": a body the packs do not know */
             unknown_body(v, a, c - 1, &named))) {
          *s = named;
          b = a;
          break;
        }
    *first = b;
    return 1;
  }
  /* none: a name, then an apposition no pack word reads, between commas
  ** ("Ghulam Ali Baloch, home secretary of the province, confirmed"); a
  ** longer one with a relative clause in it ("the Kivu Security Tracker, a
  ** local organization that documents violence in eastern Congo, said") */
  if (e > 0 && e < i && punct_is(v, e, ","))
    for (size_t c = e, words = 0, rel = 0; c-- > 1 && words <= RELATIVE_REACH;) {
      if (punct_is(v, c, ",")) {
        if (words > APPOSITION_REACH && !rel) break;
        size_t rl0;
        size_t from_name = c > NAME_WORDS + 1 ? c - NAME_WORDS - 1 : 0;
        for (b = from_name; b < c; b++)
          if (sr_view_capitalised(v, b) &&
              /* (the long one after a whole name only: not "Human Rights" of
              ** "the Centre for Peace, Democracy and Human Rights") */
              (words <= APPOSITION_REACH || b == 0 || v->tok[b - 1].kind != SR_TOKEN_WORD ||
               role_at(v, b - 1, &rl0) == SR_CUE_ARTICLE) &&
              parse_source(v, b, s) && !s->back && !s->pronoun &&
              /* (or a name read with part of the apposition: "Ali Musa, the
              ** chairman of the local government" of "... area,") */
              (s->end == c || (s->kind == SR_SOURCE_PERSON && !s->name && s->name_end == c &&
                               s->end < e))) {
            if (s->end != c) s->end = e;
            /* "Omar, a shopkeeper in the market, said": one unknown name
            ** (a place's too: "Omar" is a village) opening its clause,
            ** described as someone ("a", "an") */
            size_t al;
            int described = role_at(v, c + 1, &al) == SR_CUE_DETERMINER;
            int one = !s->name && c == b + 1 && described &&
                      (b == 0 || (v->tok[b - 1].kind != SR_TOKEN_WORD && !joiner(v, b - 1)));
            /* "The Sudan Doctors Network, a group of medical workers
            ** tracking the war, said": a body, described as something */
            /* (or one the packs know: "the Kivu Security Tracker, a local
            ** organization that documents violence in eastern Congo, said") */
            int body = described && s->kind != SR_SOURCE_PERSON &&
                       (s->name || unknown_body(v, b, c, s));
            if ((s->kind != SR_SOURCE_PERSON || one_place(v, b, c)) && !one && !body) continue;
            if (s->kind != SR_SOURCE_PERSON && !body) {
              s->kind = SR_SOURCE_PERSON;
              s->title_first = c + 1;
              s->title_end = s->end = e;
            }
            *first = b;
            return 1;
          }
        break;
      }
      if (v->tok[c].kind != SR_TOKEN_WORD && !joiner(v, c)) break;
      size_t rl;
      if (v->tok[c].kind != SR_TOKEN_WORD) continue;
      words++;
      int role = role_at(v, c, &rl);
      if (role == SR_CUE_VERB) break;
      rel |= role == SR_CUE_RELATIVE;
    }
  /* none: a subject, then a restrictive relative clause ("a military
  ** source who asked not to be named told AFP") */
  for (size_t r = from + 1; r < i; r++) {
    if (!relative_to(v, r, i)) continue; /* cheap: the words' roles are read once */
    /* the subject ends at the relative, or at the comma before it */
    for (b = from; b < r; b++)
      if (may_open_source(v, b) && parse_source(v, b, s) && !s->pronoun && s->end == r) {
        *first = b;
        return 1;
      }
  }
  return 0;
}

#define DATELINE_WORDS 6 /* "Published on Tuesday May 3 2019" */

/* "The army on Monday said": a subject that opens its clause, then the
** date it spoke (not "killed 12 police on Monday said the Observatory",
** copy without commas, where the date ends the claim). */
static int subject_before_date(const sr_view *v, size_t i, size_t *first, source_info *s) {
  if (subject_before(v, i, first, s)) return 1;
  size_t e = i, len;
  while (e > 0 && in_date(v, e - 1)) e--;
  if (e == i || e < 2) return 0;
  if (v->tok[e - 1].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, e - 1) &&
      !role_at(v, e - 1, &len))
    e--; /* "on" */
  /* "a police statement released on Monday said": the document's
  ** participle before the date */
  size_t dl;
  int document = e >= 2 && document_word_is(v, e - 2, SR_CUE_DOCUMENT, &dl) && dl == 1 &&
                 v->tok[e - 1].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, e - 1);
  if (document) e--;
  /* (cheap first: a name or a head noun ends the subject) */
  /* ...or the comma that closes an aside: "The police, however, on Tuesday said" */
  /* ("Security forces on Tuesday said": a head of several words) */
  if (!sr_view_capitalised(v, e - 1) && !head_ends_before(v, e) && !punct_is(v, e - 1, ",") &&
      !document)
    return 0;
  if (!subject_before(v, e, first, s) || s->pronoun) return 0;
  if (*first == 0 || v->tok[*first - 1].kind == SR_TOKEN_PUNCT) return 1;
  /* ...or the dateline that opens the sentence, its year last, which
  ** copy keeps unpunctuated: "Published May 3 2019 Rebel forces on Sunday
  ** said" (its tokens are marked used) */
  if (*first <= DATELINE_WORDS && v->tok[*first - 1].kind == SR_TOKEN_NUMBER) {
    size_t d = *first;
    while (d > 0 && v->used[d - 1]) d--;
    if (d == 0) return 1;
  }
  /* ...or the document it issued opens the clause: "A statement by the
  ** army on Sunday said" */
  for (size_t p = *first > DOCUMENT_REACH + 2 ? *first - DOCUMENT_REACH - 2 : 0; p < *first; p++)
    if ((p == 0 || v->tok[p - 1].kind == SR_TOKEN_PUNCT) && issued_by(v, p) == *first) return 1;
  return 0;
}

#define OPENING_WORDS 6 /* "Writing on Twitter," before the subject */

/* "The governor visited the village on Monday and said...": a verb after
** "and" whose subject opens the sentence (past an opening phrase closed by
** a comma), then its first verb, no other clause between.  Only a subject
** that says what it is: a pronoun, a known or described body, a person, an
** unnamed source ("Gunmen stormed the village and said" names no one). */
static int coordinated_subject(const sr_view *v, size_t verb_at, size_t *first, source_info *s,
                               int participle) {
  size_t jl;
  /* ("The commander gave no details but said": "but" too; "X provided a
  ** higher toll, saying": a participle after a comma) */
  if (participle ? verb_at < 3 || !punct_is(v, verb_at - 1, ",")
                 : verb_at < 3 || v->tok[verb_at - 1].kind != SR_TOKEN_WORD ||
                       ((of_at(v, verb_at - 1, &jl) != SR_INST_JOIN || jl != 1) &&
                        role_at(v, verb_at - 1, &jl) != SR_CUE_BUT))
    return 0;
  size_t b = 0;
  for (size_t k = 0; k < OPENING_WORDS && k < verb_at; k++)
    if (punct_is(v, k, ",")) {
      b = k + 1;
      break;
    } else if (v->tok[k].kind != SR_TOKEN_WORD) {
      break;
    }
  /* ("Ali Musa, a district official, declined...": the comma is the
  ** apposition's, not an opening phrase's) */
  if (b > 0 && may_open_source(v, 0) && parse_source(v, 0, s) && s->end + 1 >= b)
    b = 0;
  else if (!may_open_source(v, b) || !parse_source(v, b, s))
    return 0;
  /* ("Ali Musa, the district head, declined...": past the apposition) */
  size_t after = s->end;
  if (s->kind == SR_SOURCE_PERSON && s->title_end == after && after > b && punct_is(v, after, ","))
    after++;
  else if (s->kind == SR_SOURCE_PERSON && punct_is(v, after, ","))
    /* ("Haidar Ali, a physician at the hospital, gave": one no pack reads) */
    for (size_t c = after + 1, words = 0; c < verb_at && words <= APPOSITION_REACH; c++) {
      if (punct_is(v, c, ",")) {
        after = c + 1;
        break;
      }
      if (v->tok[c].kind != SR_TOKEN_WORD && !joiner(v, c)) break;
      words += v->tok[c].kind == SR_TOKEN_WORD;
    }
  if (after + 1 >= verb_at || v->tok[after].kind != SR_TOKEN_WORD || sr_view_capitalised(v, after) ||
      !(s->pronoun || s->name || s->category || s->kind == SR_SOURCE_PERSON ||
        s->kind == SR_SOURCE_UNNAMED))
    return 0;
  size_t len;
  int cue;
  for (size_t k = after; k + 1 < verb_at; k++)
    if ((v->tok[k].kind != SR_TOKEN_WORD && !joiner(v, k) && !sr_view_opening_quote(v, k) &&
         !sr_view_closing_quote(v, k)) ||
        /* ("declined to comment", "gave a higher toll, saying") */
        ((cue = cue_at_token(v, k, &len)) && cue != SR_CUE_VIA && cue != SR_CUE_DOCUMENT) ||
        of_at(v, k, &len) == SR_INST_JOIN)
      return 0; /* another clause, or a speech verb of its own */
  *first = b;
  return 1;
}

static void source_line(const sr_view *v, sr_mention_list *out,
                        sr_arena *arena, size_t k) {
  while (k < v->n) {
    source_info s;
    size_t len;
    const sr_row *r;
    int found = parse_source(v, k, &s) && s.kind != SR_SOURCE_UNNAMED && !s.back;
    if (!found && (r = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_SOURCES], k, &len)) &&
        r->a == SR_SOURCE_MEDIA) {
      /* ("Source : afp": an outlet's short name in any case, where the
      ** line says it names the sources; elsewhere "afp" is no name) */
      memset(&s, 0, sizeof s);
      s.name = r->label;
      s.kind = SR_SOURCE_MEDIA;
      s.end = k + len;
      found = 1;
    }
    if (found) {
      sr_mention *m = emit(v, out, arena, k, &s, SR_CUE_LINE, "source.line");
      if (m) sr_source_of(m)->fallback = 1;
      k = s.end;
    }
    while (k < v->n && !punct_is(v, k, ";") && !punct_is(v, k, ",")) k++;
    k++;
  }
}

/* "KABUL (AP) —", "MOSCOW (Sputnik)", "(euronews)": the outlet that
** published the text, the fallback of every sentence no one else governs. */
static void credit(const sr_view *v, sr_mention_list *out, sr_arena *arena, size_t i) {
  source_info s;
  memset(&s, 0, sizeof s);
  if (!(s.name = named_at_as(v, i + 1, &s.end, &s.kind, &s.category)) ||
      s.kind != SR_SOURCE_MEDIA)
    return;
  /* ("(NNN-AGENCIES)", "(Reuters/AFP)": the first outlet, past what follows) */
  size_t close = s.end;
  if ((punct_is(v, close, "-") || punct_is(v, close, "/")) && close + 1 < v->n &&
      v->tok[close + 1].kind == SR_TOKEN_WORD)
    close += 2;
  if (!punct_is(v, close, ")")) return;
  sr_mention *m = emit(v, out, arena, i + 1, &s, SR_CUE_LINE, "source.credit");
  if (m) sr_source_of(m)->fallback = 1;
}

/* "— AFP" alone on the text's last line: the outlet that published it, as
** in a dateline's brackets. */
static void dash_credit(const sr_view *v, sr_mention_list *out, sr_arena *arena) {
  if (v->n < 2 || v->tok[0].kind == SR_TOKEN_WORD || !(punct_is(v, 0, "-") || punct_is(v, 0, "\xE2\x80\x93") ||
                    punct_is(v, 0, "\xE2\x80\x94")))
    return;
  source_info s;
  memset(&s, 0, sizeof s);
  if (!(s.name = named_at_as(v, 1, &s.end, &s.kind, &s.category)) || s.kind != SR_SOURCE_MEDIA ||
      (s.end < v->n && !(s.end + 1 == v->n && punct_is(v, s.end, "."))))
    return;
  sr_mention *m = emit(v, out, arena, 1, &s, SR_CUE_LINE, "source.credit");
  if (m) sr_source_of(m)->fallback = 1;
}

/* "X and Y said": the second of two sources joined by "and" after the
** first's end, ending at upto (the verb), or for upto == v->n where its
** clause ends. */
static sr_mention *joined(const sr_view *v, sr_mention_list *out, sr_arena *arena,
                          size_t end, size_t upto, int cue, const char *rule,
                          size_t *second_end) {
  size_t jl;
  source_info second;
  if (end >= upto || end >= v->n || v->tok[end].kind != SR_TOKEN_WORD) return NULL;
  const sr_row *join = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], end, &jl);
  /* (a body told again by its name may be the second, "the army and the
  ** Observatory", or one a determiner opens, "and a monitoring group";
  ** "and state media" would stand for any outlet before) */
  size_t dl;
  if (!join || join->a != SR_INST_JOIN || !parse_source(v, end + jl, &second) ||
      second.pronoun ||
      (second.back && (second.kind == SR_SOURCE_PERSON || second.end == 0 ||
                       !(sr_view_capitalised(v, second.end - 1) ||
                         role_at(v, end + jl, &dl) == SR_CUE_DETERMINER))) ||
      (upto < v->n ? second.end != upto : !ends_clause(v, second.end)))
    return NULL;
  if (second_end) *second_end = second.end;
  sr_mention *m = emit(v, out, arena, end + jl, &second, cue, rule);
  if (m) sr_source_of(m)->joined = 1;
  return m;
}

/* "The Observatory said medical sources in the town reported...": a
** speaker named inside what an earlier one of the sentence said (only words
** between) is relayed by it; both stand for the claim. */
static void reported_by(const sr_view *v, sr_mention *m, size_t first, long outer,
                        size_t said) {
  if (!m || outer < 0 || first < said || sr_source_of(m)->via >= 0) return;
  for (size_t k = said; k < first; k++)
    if (v->tok[k].kind != SR_TOKEN_WORD && !joiner(v, k)) return;
  sr_source_of(m)->via = outer;
  sr_source_of(m)->reported = 1;
}

/* A subject at b opens a clause joined to an earlier one, and what it
** said follows its verb, ending at k ("..., and authorities reported two
** deaths"): what was told before it is not its claim ("...; Press TV
** reported." is). */
static int coordinated_clause(const sr_view *v, size_t b, size_t k) {
  size_t len;
  return b > 1 && k < v->n && v->tok[k].kind == SR_TOKEN_WORD && punct_is(v, b - 2, ",") &&
         v->tok[b - 1].kind == SR_TOKEN_WORD && of_at(v, b - 1, &len) == SR_INST_JOIN && len == 1;
}

/* "Sana, citée par l'AFP, a affirmé", "SANA, cited by Reuters, said": the
** subject read from *first to end is who relayed it (past its cue, which a
** subject may have taken in: "par l'agence Anadolu"; then *first and *outlet
** are read again), and the one before the cue, between commas, speaks: its
** start and reading in *at, *s. */
static int cited_before(const sr_view *v, size_t *first, size_t end, source_info *outlet,
                        size_t *at, source_info *s) {
  size_t len;
  for (size_t c = *first >= 4 ? *first - 4 : 0; c < *first; c++) {
    if (!punct_is(v, c, ",") || c + 1 >= v->n || v->tok[c + 1].kind != SR_TOKEN_WORD) continue;
    /* (a cue of two words or more: "cited by", not "to") */
    if (role_at(v, c + 1, &len) != SR_CUE_VIA || len < 2 || c + 1 + len < *first) continue;
    size_t o = c + 1 + len;
    source_info relayed = *outlet;
    if (o > *first && (!parse_source(v, o, &relayed) || relayed.end != end)) return 0;
    if (!subject_before(v, c, at, s) || s->end != c || s->pronoun || s->back) return 0;
    *outlet = relayed;
    if (o > *first) *first = o;
    return 1;
  }
  return 0;
}

#define SPEECH_WORDS 3 /* "a déclaré", "has said": a speech verb's length */

int sr_speech_verb_ends_at(const void *ctx, const sr_view *v, size_t at) {
  const sr_attribution_pack *k = ctx;
  for (size_t j = at > SPEECH_WORDS ? at - SPEECH_WORDS : 0; j < at; j++) {
    size_t len;
    const sr_row *r = sr_view_match(v, &k->t[SR_ST_CUES], j, &len);
    /* (a verb only its subject speaks with is one: "the military on
    ** Monday accused the rebels of...") */
    if (r && j + len == at &&
        (r->a == SR_CUE_VERB || r->a == SR_CUE_BACK || r->a == SR_CUE_SPEAKER_PASSIVE ||
         r->a == SR_CUE_SUBJECT))
      return 1;
  }
  return 0;
}

int sr_speech_verb_starts_at(const void *ctx, const sr_view *v, size_t at) {
  const sr_attribution_pack *k = ctx;
  size_t len;
  const sr_row *r = at < v->n ? sr_view_match(v, &k->t[SR_ST_CUES], at, &len) : NULL;
  return r && (r->a == SR_CUE_VERB || r->a == SR_CUE_SUBJECT);
}

#define HEADLINE_CREDIT 6 /* tokens of a headline's source: "- regional governor" */

/* "Nine killed in mosque attack: police", "Shelling kills 10 in Kharkiv -
** regional governor": a headline (no stop at its end) closed by its source
** after a colon or a dash with a space before it (not "al-Shabab"). */
static void headline_credit(const sr_view *v, sr_mention_list *out, sr_arena *arena,
                            size_t read) {
  if (v->n < 3 || v->tok[v->n - 1].kind != SR_TOKEN_WORD) return;
  for (size_t k = v->n - 1; k-- > 1 && k + HEADLINE_CREDIT >= v->n;) {
    if (v->tok[k].kind == SR_TOKEN_WORD) continue;
    int dash = punct_is(v, k, "-") || punct_is(v, k, "\xE2\x80\x93") ||
               punct_is(v, k, "\xE2\x80\x94");
    if (!punct_is(v, k, ":") && !(dash && v->tok[k].byte_start > v->tok[k - 1].byte_end))
      return;
    source_info s;
    /* (none read there already: "Nine killed: police say") */
    for (size_t i = read; i < out->count; i++)
      if (out->items[i].byte_start >= v->tok[k].byte_start) return;
    if (parse_source(v, k + 1, &s) && s.end == v->n && !s.pronoun)
      emit(v, out, arena, k + 1, &s, SR_CUE_VERB, "source.headline");
    return;
  }
}

#define PASSIVE_REACH 6 /* "Omar Ali, 34, a trader, was": words to an auxiliary */
#define NAMED_REACH 10   /* "Omar Hussein, a senior police officer": words to the title */

/* A title of titles.txt at k, or a head that is someone's ("officer"),
** not a body's ("coalition"). */
static int person_word(const sr_view *v, size_t k) {
  size_t len;
  int kind = 0;
  return sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], k, &len) ||
         (head_at(v, k, &len, &kind) && kind == SR_SOURCE_UNNAMED);
}

/* "Police officer Omar Hussein described the attack.": a person named
** opening a sentence in which no one speaks, whom a "he said" in the next
** sentences may stand for.  Only one given a title ("Des membres du groupe
** armé ADF" are no one, nor "Nineteen Israelis"), no named group in it, and
** no auxiliary after it: "Omar Ali, a trader, was killed" is the victim.
** (The title is looked for first: most sentences open with none.) */
static void named_person(const sr_view *v, sr_mention_list *out, sr_arena *arena) {
  source_info s;
  size_t al, title = 0;
  if (v->n == 0 || !sr_view_capitalised(v, 0) || in_date(v, 0)) return;
  /* (a name of two capitalised words first, the cheapest test; then its
  ** title before it, "Police officer Omar Hussein", or after its comma,
  ** "Omar Hussein, a police officer") */
  size_t name = 0, end;
  while (name + 1 < v->n && name + 1 < NAMED_REACH &&
         !(sr_view_capitalised(v, name) && sr_view_capitalised(v, name + 1)))
    name++;
  if (name + 1 >= v->n || name + 1 >= NAMED_REACH) return;
  for (end = name + 2; end < v->n && (sr_view_capitalised(v, end) || joiner(v, end));) end++;
  /* ("Farmer Ali Musa lost two sons": the title opening the sentence, with
  ** its capital, is the first word of the run) */
  int title_first = name == 0 && end >= 3 && person_word(v, 0);
  while (title < name && !person_word(v, title)) title++;
  if (title == name && !title_first && punct_is(v, end, ","))
    for (title = end + 1; title < v->n && title < end + 1 + NAMED_REACH / 2 && !person_word(v, title);)
      title++;
  if ((title == name && !title_first) || title >= v->n || title == end + 1 + NAMED_REACH / 2 || !parse_source(v, 0, &s) ||
      s.kind != SR_SOURCE_PERSON || s.back || s.pronoun || title < s.title_first ||
      title >= s.title_end || (!s.name && s.name_end <= s.name_first))
    return;
  for (size_t k = 0; k < s.end; k++)
    if (actor_at(v, k, &al)) return;
  for (size_t k = s.end; k < v->n && k < s.end + PASSIVE_REACH; k++)
    if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_AUXILIARIES], k, &al)) return;
  sr_mention *m = emit(v, out, arena, 0, &s, SR_CUE_NONE, "source.named_only");
  if (m) sr_source_of(m)->named_only = 1;
}

#define SHOWN_WORDS 4 /* "data from the health ministry showed": the document before its issuer */

void sr_recognize_sources(const sr_view *view, const sr_attribution_pack *pack,
                          const sr_actor_pack *actors, const sr_place_pack *places,
                          unsigned char *flags, sr_mention_list *out,
                          sr_arena *arena) {
  source_packs packs = {pack, actors, places, NULL, NULL, NULL, NULL, NULL, arena};
  sr_view own = *view;
  own.stage = &packs;
  const sr_view *v = &own;
  index_tokens(v, &packs, out, arena);
  /* every byte set: each role reads -1, not read yet */
  if ((packs.roles = sr_arena_alloc(arena, v->n * sizeof *packs.roles)))
    memset(packs.roles, 0xFF, v->n * sizeof *packs.roles);
  size_t read = out->count; /* the sentence's sources start there */
  dash_credit(v, out, arena);
  /* the last speaker named before its verb, and where what it said starts */
  long outer = -1;
  size_t outer_said = v->n;
  for (size_t i = 0; i < v->n; i++) {
    size_t len;
    if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_DENIALS], i, &len))
      flags[v->sentence] |= SR_SENT_DENIAL;
    if (v->tok[i].kind != SR_TOKEN_WORD && v->text[v->tok[i].byte_start] == '(') {
      credit(v, out, arena, i);
      continue;
    }
    int role = cue_at_token(v, i, &len);
    /* "an attack blamed on the ADF": the group did it, no one speaks */
    if (role == SR_CUE_NOT) {
      i += len - 1;
      continue;
    }
    if (!role) continue;
    size_t k = i + len, first = k;
    /* "..., Reuters reports.": a verb that is a noun elsewhere ("media
    ** reports said") only where its clause ends */
    /* (nor after an article or a determiner: "its reports.") */
    if (role == SR_CUE_CLOSING) {
      size_t dl;
      int before = i > 0 ? role_at(v, i - 1, &dl) : 0;
      if ((k < v->n && (v->tok[k].kind == SR_TOKEN_WORD || joiner(v, k))) ||
          before == SR_CUE_ARTICLE || before == SR_CUE_DETERMINER)
        continue;
      role = SR_CUE_VERB;
    }
    /* where the verb's subject ends: "police were quoted as saying" reads
    ** as "police said", the auxiliary skipped (only this cue starts on a
    ** word as rare as "quoted", not on every "was") */
    size_t verb_at = i, al;
    if (role == SR_CUE_SPEAKER_PASSIVE) {
      if (i == 0 || !sr_view_match(v, &PACKS(v)->k->t[SR_ST_AUXILIARIES], i - 1, &al) ||
          al != 1)
        continue;
      verb_at = i - 1;
      role = SR_CUE_VERB;
    }
    source_info s;
    sr_mention *m = NULL;
    switch (role) {
      case SR_CUE_BEFORE:
      case SR_CUE_PASSIVE: {
        /* "a-t-on appris mardi de sources sécuritaires" */
        size_t relay_at, at = skip_asides(v, k, &relay_at);
        /* "..., de source sécuritaire": the cue ends on the head it opens */
        if (at == k && len > 1 && head_right_at(v, k - 1) && parse_source(v, i, &s) &&
            s.end > k)
          at = i;
        const char *rule = role == SR_CUE_BEFORE ? "source.before" : "source.passive";
        if (relay_at == v->n && parse_source(v, at, &s) &&
            (m = emit(v, out, arena, at, &s, role, rule))) {
          /* "The toll was confirmed by police.": the sentence opens with
          ** what the one before told, then the auxiliary */
          /* ...or the cue starts inside what it told: "The toll was given
          ** by the ministry" ("toll was given by") */
          size_t bl;
          if (role == SR_CUE_PASSIVE && i >= 1 &&
              sr_view_match(v, &PACKS(v)->k->t[SR_ST_BORNE], 0, &bl) &&
              (i < bl || (bl + 1 == i && i >= 2 &&
                          sr_view_match(v, &PACKS(v)->k->t[SR_ST_AUXILIARIES], i - 1, &al) &&
                          al == 1)))
            sr_source_of(m)->bears_out = 1;
          /* "according to the Red Crescent and the newspaper Haaretz" */
          size_t second_end;
          if (joined(v, out, arena, s.end, v->n, role, rule, &second_end)) s.end = second_end;
        }
        break;
      }
      case SR_CUE_VERB: {
        /* the inversion ("», a déclaré X", '" said X') after a quotation;
        ** elsewhere the subject before the verb comes first ("The
        ** Observatory said Deir al-Adas was taken") */
        source_info subject;
        size_t subject_first = k, relay_at;
        int has_subject = subject_before_date(v, verb_at, &subject_first, &subject);
        /* an incise (", a indiqué l'OSDH") names its speaker after it */
        int incise = verb_at > 0 && punct_is(v, verb_at - 1, ",");
        int quoted = after_quote(v, verb_at), inverted = quoted || incise;
        size_t after = k;
        relay_at = v->n;
        if (inverted || !has_subject) after = skip_asides(v, k, &relay_at);
        /* ", said troops killed": after an apposition's comma, the subject
        ** speaks unless the words after the verb end their clause */
        int opens = has_subject && starts_clause(v, subject_first);
        /* ("près de la frontière avec le Tchad, a annoncé la Minusca": a
        ** place alone before an incise is where, not who) */
        size_t pl;
        if (incise && opens) {
          size_t pf = subject_first;
          if (role_at(v, pf, &pl) == SR_CUE_ARTICLE) pf += pl;
          if (!subject.name && places_only(v, pf, subject.end)) opens = 0;
        }
        if (incise && has_subject && !opens) has_subject = 0; /* "à Mbera, a indiqué" */
        /* ("X, a local leader, confirmed the killings to AFP": the verb's
        ** object, then who heard it, is no inverted speaker) */
        if ((inverted || !has_subject) && !(has_subject && bears_out(v, after)) &&
            (inverted || !preverb_before(v, verb_at)) && parse_source(v, after, &s) &&
            !s.pronoun &&
            (quoted || (!opens && incise) || ends_clause(v, s.end))) {
          sr_mention *heard = NULL; /* "a déclaré à l'AFP le porte-parole" */
          source_info r;
          size_t rl;
          if (relay_at < v->n && (role_at(v, relay_at, &rl), parse_source(v, relay_at + rl, &r)) &&
              (heard = emit(v, out, arena, relay_at + rl, &r, SR_CUE_VIA, "source.via")))
            sr_source_of(heard)->relays = 1;
          long heard_index = heard ? (long)heard->index : -1;
          m = emit(v, out, arena, after, &s, role, "source.verb_after");
          if (m) sr_source_of(m)->via = heard_index;
          /* ("..., ont indiqué un commerçant et une source hospitalière") */
          size_t second_end;
          if (m && joined(v, out, arena, s.end, v->n, role, "source.verb_after", &second_end))
            s.end = second_end;
        } else if (has_subject) {
          s = subject;
          first = subject_first;
          /* ("a rights group in a report issued in New York said": the
          ** source's words reach the town it spoke in, which places then
          ** read as where it spoke, not where the deed was) */
          if (aside_ends_in_place(v, s.end, verb_at)) s.end = verb_at;
          size_t cited_at;
          source_info cited;
          if (cited_before(v, &first, s.end, &s, &cited_at, &cited) &&
              (m = emit(v, out, arena, cited_at, &cited, role, "source.cited_by"))) {
            size_t spoke = m->index;
            sr_mention *relayed = emit(v, out, arena, first, &s, SR_CUE_VIA, "source.via");
            m = &out->items[spoke]; /* (the list may have moved) */
            if (relayed) {
              sr_source_of(relayed)->relays = 1;
              sr_source_of(m)->via = (long)relayed->index;
            }
            first = cited_at;
          } else
            m = emit(v, out, arena, first, &s, role, "source.verb_before");
          if (m) sr_source_of(m)->before_quote = before_quote(v, k);
          if (m) sr_source_of(m)->bears_out = bears_out(v, k);
          if (m && coordinated_clause(v, first, k)) sr_source_of(m)->clause_start = m->byte_start;
          reported_by(v, m, first, outer, outer_said);
          sr_mention *both = m ? joined(v, out, arena, s.end, verb_at, role, "source.verb_before", NULL) : NULL;
          if (both) sr_source_of(both)->before_quote = sr_source_of(m)->before_quote;
          s.end = k;
          if (m) outer = (long)m->index, outer_said = k;
        }
        size_t cf;
        if (!m && !inverted && coordinated_subject(v, verb_at, &cf, &s, 0) &&
            (m = emit(v, out, arena, cf, &s, role, "source.verb_coordinated")))
          first = cf;
        /* '"...," a vigilante said.': someone described in words no pack
        ** reads, right after a quotation, speaks it */
        if (!m && !inverted && described_after_quote(v, verb_at, &cf)) {
          memset(&s, 0, sizeof s);
          s.kind = SR_SOURCE_UNNAMED;
          s.name_first = cf + 1;
          s.name_end = s.end = verb_at;
          if ((m = emit(v, out, arena, cf, &s, role, "source.after_quote"))) first = cf;
        }
        if (m) sr_source_of(m)->after_quote = after_quote(v, first < verb_at ? first : verb_at);
        break;
      }
      case SR_CUE_PARTICIPLE: {
        /* "X, a physician at the hospital, gave a higher toll, saying...":
        ** the subject opening the sentence, when no cue came before */
        size_t cf;
        if (out->count == read && coordinated_subject(v, verb_at, &cf, &s, 1) &&
            (m = emit(v, out, arena, cf, &s, SR_CUE_VERB, "source.participle")))
          sr_source_of(m)->after_quote = after_quote(v, cf);
        break;
      }
      case SR_CUE_TOLD:
      case SR_CUE_SUBJECT: {
        /* "a security official told AFP": the subject speaks, the outlet
        ** heard it (relay below); "X fait état de Y": Y is what X said */
        if (!subject_before_date(v, i, &first, &s)) continue;
        const char *rule = role == SR_CUE_TOLD ? "source.told" : "source.subject";
        m = emit(v, out, arena, first, &s, SR_CUE_VERB, rule);
        if (m) sr_source_of(m)->after_quote = after_quote(v, first);
        reported_by(v, m, first, outer, outer_said);
        if (m) joined(v, out, arena, s.end, i, SR_CUE_VERB, rule, NULL);
        s.end = i;
        if (m) outer = (long)m->index, outer_said = k;
        break;
      }
      case SR_CUE_SHOWS: {
        /* "figures from the health ministry showed", "the ministry's tally
        ** shows": a document speaks for whoever issued it; "Footage on
        ** state TV showed" names no one */
        if (!subject_before_date(v, i, &first, &s)) continue;
        int document = 0; /* (its words, or the document before: "data from the ministry") */
        for (size_t d = first > SHOWN_WORDS ? first - SHOWN_WORDS : 0, dl; d < i && !document; d++)
          document = document_word_is(v, d, SR_CUE_DOCUMENT, &dl);
        if (!document) continue;
        m = emit(v, out, arena, first, &s, SR_CUE_VERB, "source.document_shows");
        s.end = i;
        break;
      }
      case SR_CUE_QUOTED: {
        /* "The Anadolu Agency quoted local sources": both, the outlet as
        ** the relay of the one it quotes */
        source_info outlet;
        if (!subject_before(v, i, &first, &outlet) || outlet.pronoun ||
            !parse_source(v, k, &s) || s.pronoun)
          continue;
        sr_mention *relayed = emit(v, out, arena, first, &outlet, SR_CUE_VIA, "source.quoted_by");
        if (!relayed) continue;
        sr_source_of(relayed)->relays = 1;
        long relayed_index = (long)relayed->index;
        m = emit(v, out, arena, k, &s, SR_CUE_VERB, "source.quoted");
        if (m) sr_source_of(m)->via = relayed_index;
        break;
      }
      case SR_CUE_VIA: {
        /* "Rami Abdel Rahman was quoted by AFP as saying": the subject
        ** speaks, past the auxiliary, and the outlet relays it */
        source_info outlet;
        if (len < 2 || i < 2 || !sr_view_match(v, &PACKS(v)->k->t[SR_ST_AUXILIARIES], i - 1, &al) ||
            al != 1 || !subject_before(v, i - 1, &first, &s) || s.pronoun ||
            !parse_source(v, k, &outlet) || outlet.pronoun)
          continue;
        m = emit(v, out, arena, first, &s, SR_CUE_VERB, "source.quoted_by");
        sr_mention *relayed = m ? emit(v, out, arena, k, &outlet, SR_CUE_VIA, "source.via") : NULL;
        if (relayed) {
          sr_source_of(relayed)->relays = 1;
          sr_source_of(m)->via = (long)relayed->index;
        }
        s.end = outlet.end;
        break;
      }
      case SR_CUE_LEARNED: {
        /* "..., a appris l'AFP auprès des autorités locales", "a appris
        ** Anadolu jeudi des autorités": the outlet heard it, the one it
        ** heard it from speaks */
        size_t relay_at, at = skip_asides(v, k, &relay_at), fl;
        source_info outlet;
        if (!parse_source(v, at, &outlet) || outlet.kind != SR_SOURCE_MEDIA || outlet.back)
          continue;
        size_t from = skip_asides(v, outlet.end, &relay_at);
        if (!sr_view_match(v, &PACKS(v)->k->t[SR_ST_FROM], from, &fl) ||
            !parse_source(v, from + fl, &s) || s.pronoun || s.back)
          continue;
        sr_mention *heard = emit(v, out, arena, at, &outlet, SR_CUE_VIA, "source.via");
        if (!heard) continue;
        sr_source_of(heard)->relays = 1;
        long heard_index = (long)heard->index;
        m = emit(v, out, arena, from + fl, &s, SR_CUE_VERB, "source.learned");
        if (m) sr_source_of(m)->via = heard_index;
        break;
      }
      case SR_CUE_BACK:
        s = (source_info){.end = k, .kind = SR_SOURCE_PERSON, .back = 1};
        m = emit(v, out, arena, i, &s, role, "source.back_reference");
        if (m) sr_source_of(m)->after_quote = after_quote(v, i);
        break;
      case SR_CUE_COPYRIGHT: {
        /* "Copyright 2024 The Associated Press. All rights reserved.", "©
        ** Agence France-Presse": opening its line, the outlet that
        ** published the text, as a fallback */
        if (i > 1 || (i == 1 && v->tok[0].kind == SR_TOKEN_WORD)) continue;
        while (k < v->n && (v->tok[k].kind == SR_TOKEN_NUMBER || punct_is(v, k, "\xC2\xA9")))
          k++;
        if (!parse_source(v, k, &s) || s.kind != SR_SOURCE_MEDIA || !s.name) continue;
        m = emit(v, out, arena, k, &s, SR_CUE_LINE, "source.copyright");
        if (m) sr_source_of(m)->fallback = 1;
        break;
      }
      case SR_CUE_LINE:
        if (i == 0 && punct_is(v, k, ":")) {
          source_line(v, out, arena, k + 1);
          return;
        }
        continue;
      default: continue;
    }
    if (!m) continue;
    relay(v, out, arena, s.end, m->index);
    i = (s.end > i + len ? s.end : i + len) - 1;
  }
  headline_credit(v, out, arena, read);
  if (out->count == read) named_person(v, out, arena);
}
