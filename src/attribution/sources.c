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
typedef struct source_packs {
  const sr_attribution_pack *k;
  const sr_actor_pack *actors;
  const sr_place_pack *places;
} source_packs;
#define PACKS(v) ((const source_packs *)(v)->stage)

#define TITLE_REACH 10   /* tokens between a title and its name */
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
  int back; /* a title or designator alone: an earlier source */
} source_info;

static int punct_is(const sr_view *v, size_t i, const char *s) {
  size_t n = strlen(s);
  return i < v->n && v->tok[i].kind != SR_TOKEN_WORD && v->fold[i].len == n &&
         memcmp(v->fold[i].ptr, s, n) == 0;
}

static int closing_quote(const sr_view *v, size_t i) {
  return punct_is(v, i, "\xC2\xBB") || punct_is(v, i, "\xE2\x80\x9D") ||
         punct_is(v, i, "\"");
}

static int opening_quote(const sr_view *v, size_t i) {
  return punct_is(v, i, "\xC2\xAB") || punct_is(v, i, "\xE2\x80\x9C") ||
         punct_is(v, i, "\"");
}

static int role_at(const sr_view *v, size_t i, size_t *len) {
  const sr_row *r = sr_view_match(v, &PACKS(v)->k->t[SR_ST_CUES], i, len);
  return r ? r->a : 0;
}

/* Inside a name: "al-Shami", "Ma'arrat", "Abou Omar". */
static int joiner(const sr_view *v, size_t i) {
  return punct_is(v, i, "-") || punct_is(v, i, "'");
}

/* A date of this sentence covers token i: "said Saturday" names no one. */
static int in_date(const sr_view *v, size_t i) {
  const sr_mention_list *l = v->mentions;
  for (size_t k = l->count; k-- > 0;) {
    const sr_mention *m = &l->items[k];
    if (m->sentence != v->sentence) break;
    if (m->type == SR_MENTION_DATE && m->byte_start <= v->tok[i].byte_start &&
        v->tok[i].byte_end <= m->byte_end)
      return 1;
  }
  return 0;
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
  const sr_mention_list *l = v->mentions;
  for (size_t i = l->count; i-- > 0;) {
    const sr_mention *m = &l->items[i];
    if (m->sentence != v->sentence) break;
    if (m->type != SR_MENTION_ACTOR || sr_actor_of(m)->actor_kind != SR_ACTOR_NAMED ||
        m->byte_start != v->tok[j].byte_start)
      continue;
    size_t k = j;
    while (k < v->n && v->tok[k].byte_end <= m->byte_end) k++;
    *end = k;
    return m;
  }
  return NULL;
}

/* An outlet, body or group named at j: its canonical name. */
static const char *named_at(const sr_view *v, size_t j, size_t *end, int *kind) {
  size_t len;
  const sr_row *r = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_SOURCES], j, &len);
  if (r) {
    *end = j + len;
    *kind = r->a;
    /* "the SANA news agency": the designator after the name is part of it */
    size_t dlen;
    const sr_row *d = sr_view_match(v, &PACKS(v)->k->t[SR_ST_DESIGNATORS], *end, &dlen);
    if (d && d->a == r->a) *end += dlen;
    return r->label;
  }
  const sr_mention *a = j < v->n ? actor_at(v, j, end) : NULL;
  if (a) {
    *kind = SR_SOURCE_ORGANIZATION;
    return a->name;
  }
  return NULL;
}

/* "du groupe rebelle Fastaqim", ", porte-parole du ministère": a body the
** person speaks for, within a few tokens. */
static const char *affiliation_after(const sr_view *v, size_t k, size_t *end) {
  size_t len;
  const sr_row *of = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], k, &len);
  if (!of || of->a != SR_INST_OF) return NULL;
  for (size_t j = k + len; j < v->n && j < k + len + 4; j++) {
    int kind;
    const char *name = named_at(v, j, end, &kind);
    if (name) return name;
    if (v->tok[j].kind != SR_TOKEN_WORD) break;
  }
  return NULL;
}

static int parse_source(const sr_view *v, size_t j, source_info *s) {
  memset(s, 0, sizeof *s);
  if (j >= v->n) return 0;
  size_t len, words, end;
  int kind;
  if ((s->name = named_at(v, j, &s->end, &s->kind))) return 1;
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
    return 1;
  }
  r = sr_view_match(v, &PACKS(v)->k->t[SR_ST_DESIGNATORS], j, &len);
  if (r) {
    s->kind = r->a;
    size_t k = j + len, extra = 0;
    while (k < v->n) {
      if (sr_view_match(v, &PACKS(v)->places->t[SR_PT_DEMONYMS], k, &len)) {
        k += len;
      } else if (s->kind == SR_SOURCE_UNNAMED && extra < UNNAMED_WORDS &&
                 v->tok[k].kind == SR_TOKEN_WORD && !sr_view_capitalised(v, k) &&
                 !role_at(v, k, &len)) {
        k++;
        extra++;
      } else {
        break;
      }
    }
    if ((s->name = named_at(v, k, &s->end, &kind))) return 1;
    size_t e = name_run(v, k, &words);
    if (e > k) {
      s->name_first = k;
      s->name_end = s->end = e;
      return 1;
    }
    s->end = k;
    if (s->kind == SR_SOURCE_UNNAMED) {
      s->name_first = j;
      s->name_end = k;
    } else {
      s->back = 1; /* "l'agence": the agency already named */
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
      size_t e = name_run(v, k, &words);
      if (e > k) {
        s->name_first = k;
        s->name_end = s->end = e;
        return 1;
      }
      if (v->tok[k].kind == SR_TOKEN_WORD || punct_is(v, k, ",")) {
        k++;
        continue;
      }
      break;
    }
    s->back = 1; /* "le vice-ministre a précisé" */
    return 1;
  }
  size_t e = name_run(v, j, &words);
  if (e == j) {
    /* "the Syrian Observatory...": an article before a known name */
    if (role_at(v, j, &len) == SR_CUE_ARTICLE && len == 1 &&
        (s->name = named_at(v, j + 1, &s->end, &s->kind)))
      return 1;
    /* "the Britain-based group's director Rami Abdel Rahman", "the
    ** UK-based Syrian Observatory": an article, a few words, then a title
    ** or a known name */
    if (role_at(v, j, &len) == SR_CUE_ARTICLE && len == 1)
      for (size_t k = j + 1; k < v->n && k <= j + ARTICLE_REACH; k++) {
        if (v->tok[k].kind == SR_TOKEN_PUNCT && !joiner(v, k)) break;
        if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_TITLES], k, &len)) return parse_source(v, k, s);
        if ((s->name = named_at(v, k, &s->end, &s->kind))) return 1;
      }
    return 0;
  }
  /* "the UN Resident Representative in Syria Ali al-Zaatari": a place is
  ** no first name; the name starts after it ("Moscow said" stays whole) */
  if (v->used[j] && j + 1 < e && sr_view_capitalised(v, j + 1)) return 0;
  /* "groups inside Syria reported": a place after a word is no speaker */
  if (v->used[j] && v->used[e - 1] && j > 0 && v->tok[j - 1].kind == SR_TOKEN_WORD &&
      !sr_view_capitalised(v, j - 1))
    return 0;
  s->kind = words > 1 ? SR_SOURCE_PERSON : SR_SOURCE_ORGANIZATION;
  s->name_first = j;
  s->name_end = s->end = e;
  s->affiliation = affiliation_after(v, e, &end);
  if (s->affiliation) s->end = end;
  return 1;
}

static const char *text_of(const sr_view *v, size_t first, size_t end,
                           sr_arena *arena) {
  size_t a = v->tok[first].byte_start, b = v->tok[end - 1].byte_end;
  return sr_arena_strndup(arena, v->text + a, b - a);
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
  if (!m->name && s->name_end > s->name_first &&
      !(m->name = text_of(v, s->name_first, s->name_end, arena)))
    out->failed = 1;
  if (s->title_end > s->title_first &&
      !(p->title = sr_view_folded(v, s->title_first, s->title_end, arena)))
    out->failed = 1;
  p->affiliation = s->affiliation;
  p->back = s->back;
  return m;
}

/* "..., à l'agence Reuters", ", cité par RT": who relayed the source. */
static void relay(const sr_view *v, sr_mention_list *out, sr_arena *arena,
                  size_t k, size_t speaker) {
  size_t len;
  if (punct_is(v, k, ",")) k++;
  if (role_at(v, k, &len) != SR_CUE_VIA) return;
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
  return i > 0 && closing_quote(v, i - 1);
}

static int before_quote(const sr_view *v, size_t k) {
  while (k < v->n && (punct_is(v, k, ":") || punct_is(v, k, ","))) k++;
  return k < v->n && opening_quote(v, k);
}

/* "X, qui a décidé", "le vice-ministre a précisé": the subject ending at i. */
static int subject_before(const sr_view *v, size_t i, size_t *first,
                          source_info *s) {
  size_t e = i, len;
  while (e > 0 && (punct_is(v, e - 1, ",") ||
                   (v->tok[e - 1].kind == SR_TOKEN_WORD &&
                    role_at(v, e - 1, &len) == SR_CUE_RELATIVE && len == 1)))
    e--;
  /* the longest subject ending at the verb; of two joined by "and" ("the
  ** state-run news agency and Kurdish media reported"), the first (the
  ** caller reads the second) */
  for (size_t b = e > SUBJECT_REACH ? e - SUBJECT_REACH : 0; b < e; b++) {
    size_t jl;
    const sr_row *join;
    if (!parse_source(v, b, s)) continue;
    if (s->end == e ||
        (s->end < e && e - s->end <= 4 &&
         (join = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], s->end, &jl)) &&
         join->a == SR_INST_JOIN)) {
      *first = b;
      return 1;
    }
  }
  return 0;
}

static void source_line(const sr_view *v, sr_mention_list *out,
                        sr_arena *arena, size_t k) {
  while (k < v->n) {
    source_info s;
    if (parse_source(v, k, &s) && s.kind != SR_SOURCE_UNNAMED && !s.back) {
      sr_mention *m = emit(v, out, arena, k, &s, SR_CUE_LINE, "source.line");
      if (m) sr_source_of(m)->fallback = 1;
      k = s.end;
    }
    while (k < v->n && !punct_is(v, k, ";") && !punct_is(v, k, ",")) k++;
    k++;
  }
}

#define SPEECH_WORDS 3 /* "a déclaré", "has said": a speech verb's length */

int sr_speech_verb_ends_at(const void *ctx, const sr_view *v, size_t at) {
  const sr_attribution_pack *k = ctx;
  for (size_t j = at > SPEECH_WORDS ? at - SPEECH_WORDS : 0; j < at; j++) {
    size_t len;
    const sr_row *r = sr_view_match(v, &k->t[SR_ST_CUES], j, &len);
    if (r && j + len == at && (r->a == SR_CUE_VERB || r->a == SR_CUE_BACK)) return 1;
  }
  return 0;
}

void sr_recognize_sources(const sr_view *view, const sr_attribution_pack *pack,
                          const sr_actor_pack *actors, const sr_place_pack *places,
                          unsigned char *flags, sr_mention_list *out,
                          sr_arena *arena) {
  source_packs packs = {pack, actors, places};
  sr_view own = *view;
  own.stage = &packs;
  const sr_view *v = &own;
  for (size_t i = 0; i < v->n; i++) {
    size_t len;
    if (sr_view_match(v, &PACKS(v)->k->t[SR_ST_DENIALS], i, &len))
      flags[v->sentence] |= SR_SENT_DENIAL;
    int role = role_at(v, i, &len);
    if (!role) continue;
    size_t k = i + len, first = k;
    source_info s;
    sr_mention *m = NULL;
    switch (role) {
      case SR_CUE_BEFORE:
      case SR_CUE_PASSIVE:
        if (parse_source(v, k, &s))
          m = emit(v, out, arena, k, &s, role,
                   role == SR_CUE_BEFORE ? "source.before" : "source.passive");
        break;
      case SR_CUE_VERB: {
        /* the inversion ("», a déclaré X", '" said X') after a quotation;
        ** elsewhere the subject before the verb comes first ("The
        ** Observatory said Deir al-Adas was taken") */
        source_info subject;
        size_t subject_first = k;
        int has_subject = subject_before(v, i, &subject_first, &subject);
        if ((after_quote(v, i) || !has_subject) && parse_source(v, k, &s)) {
          m = emit(v, out, arena, k, &s, role, "source.verb_after");
        } else if (has_subject) {
          s = subject;
          first = subject_first;
          m = emit(v, out, arena, first, &s, role, "source.verb_before");
          if (m) sr_source_of(m)->before_quote = before_quote(v, k);
          size_t jl;
          const sr_row *join = sr_view_match(v, &PACKS(v)->actors->t[SR_AT_FORCES], s.end, &jl);
          source_info second;
          if (m && s.end < i && join && join->a == SR_INST_JOIN &&
              parse_source(v, s.end + jl, &second) && second.end == i) {
            sr_mention *both = emit(v, out, arena, s.end + jl, &second, role,
                                    "source.verb_before");
            if (both) sr_source_of(both)->before_quote = sr_source_of(m)->before_quote;
          }
          s.end = k;
        }
        if (m) sr_source_of(m)->after_quote = after_quote(v, first < i ? first : i);
        break;
      }
      case SR_CUE_BACK:
        s = (source_info){.end = k, .kind = SR_SOURCE_PERSON, .back = 1};
        m = emit(v, out, arena, i, &s, role, "source.back_reference");
        if (m) sr_source_of(m)->after_quote = after_quote(v, i);
        break;
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
}
