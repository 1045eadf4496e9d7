#include "actors.h"

#include <stdio.h>
#include <string.h>


/* How far back a reference may look, in sentences: beyond that the text no
** longer makes clear whom it means. */
#define GROUP_REFERENCE_SPAN 3
#define PRONOUN_REFERENCE_SPAN 1
#define MAX_COUNTRIES 4

/* A named actor from actors.tsv starting at token i; *len gets its length.
** A short alias ("EI", "ASL", "IS", "FAMa") must be written with at least
** two capitals, or "is", "Is" and "ei" would be actors; a four-letter one
** may be written as a name past a sentence's first word, as the French
** press writes acronyms ("les Farc", "Aqmi", "Fano"). */
static const sr_row *named_actor_at(const sr_actor_pack *k, const sr_view *v, size_t i,
                                    size_t *len) {
  const sr_row *r = sr_view_match(v, &k->t[SR_AT_NAMED], i, len);
  if (!r || *len != 1) return r;
  const char *s = v->text + v->tok[i].byte_start;
  size_t n = v->tok[i].byte_end - v->tok[i].byte_start;
  if (n > 4) return r;
  size_t capitals = 0, lower = 0;
  for (size_t c = 0; c < n; c++) {
    capitals += s[c] >= 'A' && s[c] <= 'Z';
    lower += s[c] >= 'a' && s[c] <= 'z';
  }
  int as_a_name = n == 4 && i > 0 && capitals == 1 && s[0] >= 'A' && s[0] <= 'Z';
  return capitals >= 2 || (capitals && !lower) || as_a_name ? r : NULL;
}

static int institution_at(const sr_actor_pack *k, const sr_view *v, size_t i, size_t *len) {
  const sr_row *r = sr_view_match(v, &k->t[SR_AT_FORCES], i, len);
  return r ? r->a : 0;
}

static const char *demonym_at(const sr_place_pack *places, const sr_view *v, size_t i,
                              size_t *len) {
  const sr_row *r = sr_view_match(v, &places->t[SR_PT_DEMONYMS], i, len);
  return r ? r->label : NULL;
}

/* The other country of a word of nationality that names two ("congolais":
** the Congo's, or the DRC's; demonyms.txt's homonyms), or NULL. */
static const char *other_demonym(const sr_place_pack *places, const sr_view *v, size_t i) {
  size_t len;
  const sr_table *t = &places->t[SR_PT_DEMONYMS];
  const sr_row *r = sr_view_match(v, t, i, &len);
  int32_t other = r ? sr_table_homonym(t, (int32_t)(r - t->rows)) : -1;
  return other >= 0 ? t->rows[other].label : NULL;
}

static sr_mention *add_actor(const sr_view *v, sr_mention_list *out,
                             sr_arena *arena, size_t first, size_t last,
                             int kind, const char *rule) {
  const sr_actor_part fresh = {.actor_kind = kind};
  return sr_mention_add(out, arena, v, SR_MENTION_ACTOR, first, last, rule, &fresh,
                        sizeof fresh);
}

static void mark_used(const sr_view *v, size_t first, size_t end) {
  for (size_t k = first; k < end && k < v->n; k++) v->used[k] = 1;
}

/* "les miliciens du front al-Nosra", "la coalition jaïsh al-Fateh", "groupe
** rebelle Fastaqim", "des rebelles de l'UPC", "fighters of the ADF", "la
** rébellion centrafricaine de la CPJP": a label, a word of nationality,
** then the group's name.  Returns the named actor's row and its end, or
** NULL. */
static const sr_row *named_after_label(const sr_actor_pack *k, const sr_place_pack *places,
                                       const sr_view *v, size_t after, size_t *end) {
  size_t j = after, len = 0, of_len;
  if (j < v->n && !sr_view_capitalised(v, j) && demonym_at(places, v, j, &len) &&
      institution_at(k, v, j + len, &of_len) == SR_INST_OF)
    j += len;
  int of = institution_at(k, v, j, &len);
  if (of == SR_INST_OF || of == SR_INST_FROM) {
    j += len;
    /* articles are a table of their own: "the" in forces.txt would be
    ** looked up at every word */
    if (sr_view_match(v, &k->t[SR_AT_ARTICLES], j, &len)) j += len;
  }
  const sr_row *r = named_actor_at(k, v, j, &len);
  if (r) *end = j + len;
  return r;
}

/* What a row of actors.tsv makes of a mention: a group, or a state's
** forces by their own name ("FAMa"), whose country is set once the
** document's is known unless the name has only one. */
static void apply_row(const sr_actor_pack *k, sr_mention *m, int32_t index) {
  const sr_row *r = &k->t[SR_AT_NAMED].rows[index];
  sr_actor_part *a = sr_actor_of(m);
  const sr_actor_info *info = sr_actor_info_of(k, SR_ACTOR_ROW_NUMBER(r->b));
  a->row = index + 1;
  a->inter = r->a;
  a->group_type = SR_ACTOR_ROW_TYPE(r->b);
  a->agreement = SR_ACTOR_ROW_AGREEMENT(r->b);
  a->actor_kind = info->institution ? SR_ACTOR_STATE : SR_ACTOR_NAMED;
  a->institution = info->institution;
  a->unit = info->unit;
  a->country[0] = '\0';
  if (strlen(info->countries) == 2) memcpy(a->country, info->countries, 3);
  m->name = info->institution ? NULL : r->label;
}

/* Whether the name of a table row, or one of its homonyms, is the actor
** numbered number. */
static int names_actor(const sr_table *t, int32_t row, int number) {
  for (int32_t i = row, hops = 0; i >= 0 && hops < 64; i = sr_table_homonym(t, i), hops++)
    if (SR_ACTOR_ROW_NUMBER(t->rows[i].b) == number) return 1;
  return 0;
}

/* Returns the end of what it took. */
static size_t add_named(const sr_actor_pack *k, const sr_view *v, sr_country_votes *votes,
                      sr_mention_list *out, sr_arena *arena, size_t first, size_t end,
                      const sr_row *r, const char *rule) {
  /* "presumed JNIM or ISGS militants": one actor, either of two */
  size_t len, len2;
  /* "séparatistes": the group's name where it fights, a plain word
  ** elsewhere; after a label too ("groupes armés jihadistes": the alias
  ** that ends the name is that word), not when the word only ends a longer
  ** alias ("M23 rebels") */
  int generic = 0;
  for (size_t at = first; at < end && !generic; at++) {
    const sr_row *word = sr_view_match(v, &k->t[SR_AT_ARMED_GROUPS], at, &len);
    size_t alias_len;
    if (word && at + len == end && (at == first || (named_actor_at(k, v, at, &alias_len) &&
                                                     at + alias_len == end)))
      generic = word->a;
  }
  const sr_row *second = NULL;
  size_t of = 0; /* "l'EIGS ou du JNIM" */
  if (institution_at(k, v, end, &len) == SR_INST_OR && end + len < v->n &&
      (institution_at(k, v, end + len, &of) != SR_INST_OF || (len += of, end + len < v->n)) &&
      (second = named_actor_at(k, v, end + len, &len2)) &&
      SR_ACTOR_ROW_TYPE(second->b) != SR_GROUP_STATE && SR_ACTOR_ROW_TYPE(r->b) != SR_GROUP_STATE)
    end += len + len2;
  else
    second = NULL;
  /* "Katiba Macina (JNIM) militants": a group with another in brackets is
  ** a part of it, named as ACLED names it, by the group it belongs to;
  ** "Forces démocratiques alliées (ADF)": a name with its own acronym in
  ** brackets is that group, whatever else the acronym may mean */
  const sr_row *parent;
  size_t parent_len;
  if (!second && end + 2 < v->n && sr_view_punct_is(v, end, "(", 1) &&
      (parent = named_actor_at(k, v, end + 1, &parent_len)) &&
      !names_actor(&k->t[SR_AT_NAMED], (int32_t)(parent - k->t[SR_AT_NAMED].rows),
                   SR_ACTOR_ROW_NUMBER(r->b)) &&
      SR_ACTOR_ROW_TYPE(parent->b) != SR_GROUP_STATE && SR_ACTOR_ROW_TYPE(r->b) != SR_GROUP_STATE &&
      end + 1 + parent_len < v->n && sr_view_punct_is(v, end + 1 + parent_len, ")", 1)) {
    r = parent;
    end += parent_len + 2;
  }
  /* "JNIM militants", "Boko Haram fighters", "AMISOM troops", "FAMa
  ** soldiers": the label is the group's */
  const sr_row *force;
  if (end < v->n && SR_ACTOR_ROW_TYPE(r->b) != SR_GROUP_STATE &&
      sr_view_match(v, &k->t[SR_AT_ARMED_GROUPS], end, &len))
    end += len;
  else if (end < v->n && (force = sr_view_match(v, &k->t[SR_AT_FORCES], end, &len)) &&
           force->a >= SR_INST_MILITARY && force->a <= SR_INST_POLICE &&
           !(force->b & SR_FORCE_WEAPON)) /* "RSF shelling": the shelling is the event's */
    end += len;
  sr_mention *m = add_actor(v, out, arena, first, end - 1, SR_ACTOR_NAMED, rule);
  if (m) {
    const sr_table *t = &k->t[SR_AT_NAMED];
    apply_row(k, m, (int32_t)(r - t->rows));
    sr_actor_of(m)->generic_inter = (unsigned char)generic;
    if (second) sr_actor_of(m)->either = (int32_t)(second - t->rows) + 1;
    /* a group of one country, not a state's forces, which may be abroad */
    else if (!generic && sr_table_homonym(t, (int32_t)(r - t->rows)) < 0 && sr_actor_of(m)->country[0] &&
             sr_actor_of(m)->actor_kind == SR_ACTOR_NAMED)
      sr_country_vote(votes, sr_actor_of(m)->country, 1);
    /* a group of several: where a report with no vote is (places.c) */
    else if (!generic && sr_table_homonym(t, (int32_t)(r - t->rows)) < 0 &&
             sr_actor_of(m)->actor_kind == SR_ACTOR_NAMED && !votes->group_countries) {
      const sr_actor_info *info = sr_actor_info_of(k, SR_ACTOR_ROW_NUMBER(r->b));
      if (info && strlen(info->countries) >= 4) {
        votes->group_countries = info->countries;
        memcpy(votes->group_first, info->countries, 2);
        votes->group_first[2] = '\0';
      }
    }
  }
  mark_used(v, first, end);
  return end;
}

#define DEMONYM_WORDS 3 /* words of the longest nationality before a force: "South Sudan's" */

#define FORCE_PHRASE_BACK 2 /* words a force phrase may start before its last force noun */

/* State forces: a force noun with the countries written after it ("avions
** syriens et russes") or before it ("Syrian and Russian jets"), or marked as
** the document's own ("forces régulières").  Returns the tokens used. */
static size_t state_forces(const sr_actor_pack *k, const sr_place_pack *places,
                           const sr_view *v, sr_mention_list *out, sr_arena *arena,
                           size_t i) {
  size_t len = 0;
  const sr_row *r = sr_view_match(v, &k->t[SR_AT_FORCES], i, &len);
  if (!r || r->a > SR_INST_GOVERNMENT) return 0;
  /* "une attaque armée", "à main armée": a force noun inside a longer
  ** phrase that starts before it (an adjective there) is that phrase's,
  ** which names the state's forces only by their country */
  for (size_t b = 1; b <= FORCE_PHRASE_BACK && b <= i; b++) {
    size_t outer = 0;
    const sr_row *o = sr_view_match(v, &k->t[SR_AT_FORCES], i - b, &outer);
    if (o && outer > b && o->a <= SR_INST_GOVERNMENT && !(o->b & 1)) return 0;
  }
  const char *countries[MAX_COUNTRIES], *others[MAX_COUNTRIES];
  size_t nc = 0, nafter, first = i, end = i + len, dlen;
  /* after: "syrienne", "syriens et russes" */
  for (size_t j = end; j < v->n && nc < MAX_COUNTRIES;) {
    const char *iso = demonym_at(places, v, j, &dlen);
    if (!iso || sr_view_capitalised(v, j)) break;
    others[nc] = other_demonym(places, v, j);
    countries[nc++] = iso;
    j += dlen;
    end = j;
    size_t jl;
    if (institution_at(k, v, j, &jl) == SR_INST_JOIN && demonym_at(places, v, j + jl, &dlen))
      j += jl;
    else
      break;
  }
  nafter = nc;
  /* "army troops", "police officers": one force, said twice */
  size_t more;
  if (end < v->n && institution_at(k, v, end, &more) == r->a) end += more;
  /* before: "Syrian and Russian forces", "South Sudan's army" (the
  ** longest words of nationality that end right before) */
  for (size_t j = first; j > 0 && nc < MAX_COUNTRIES;) {
    const char *iso = NULL;
    size_t back = 0;
    for (size_t b = DEMONYM_WORDS < j ? DEMONYM_WORDS : j; b > 0 && !iso; b--) {
      const char *d = demonym_at(places, v, j - b, &dlen);
      int free_words = d && dlen == b;
      for (size_t u = j - b; free_words && u < j; u++) free_words = !v->used[u];
      if (free_words) {
        iso = d;
        back = b;
      }
    }
    if (!iso) break;
    others[nc] = other_demonym(places, v, j - back);
    countries[nc++] = iso;
    first = j -= back;
    size_t jl;
    if (j >= 2 && institution_at(k, v, j - 1, &jl) == SR_INST_JOIN && jl == 1 &&
        demonym_at(places, v, j - 2, &dlen))
      j--;
    else
      break;
  }
  /* "Belarus police", "Burkina Faso army": a country's name right before
  ** the noun says whose, as a demonym would; the name stays a place. Not
  ** before what forces fire: "the Syria attack", "Russia airstrikes" (a
  ** page's tags) tell where, or nothing */
  if (nc == 0 && !(r->b & SR_FORCE_WEAPON)) {
    for (size_t b = DEMONYM_WORDS < first ? DEMONYM_WORDS : first; b > 0 && !nc; b--) {
      size_t clen;
      const sr_row *c = sr_view_match(v, &k->t[SR_AT_COUNTRY_NAMES], first - b, &clen);
      if (c && clen == b && sr_view_capitalised(v, first - b) && !v->used[first - b]) {
        others[nc] = NULL;
        countries[nc++] = c->label;
      }
    }
  }
  /* "government shelling", "des frappes gouvernementales": what forces
  ** fire, with the word of a government right before or right after it,
  ** is the home state's */
  int home = (r->b & SR_FORCE_HOME) != 0;
  if (nc == 0 && (r->b & SR_FORCE_WEAPON)) {
    size_t glen;
    const sr_row *gov = first > 0 && !v->used[first - 1]
                            ? sr_view_match(v, &k->t[SR_AT_FORCES], first - 1, &glen)
                            : NULL;
    if (gov && glen == 1 && gov->a == SR_INST_GOVERNMENT) {
      home = 1;
      first--;
    } else if (end < v->n && (gov = sr_view_match(v, &k->t[SR_AT_FORCES], end, &glen)) &&
               glen == 1 && gov->a == SR_INST_GOVERNMENT && !(gov->b & 1)) {
      home = 1;
      end++;
    }
  }
  int own = (r->b & 1) || home;
  if (nc == 0 && !own) return 0; /* "les forces" alone: whose? */
  for (size_t c = 0; c < (nc ? nc : 1); c++) {
    sr_mention *m = add_actor(v, out, arena, first, end - 1, SR_ACTOR_STATE,
                              "actor.state");
    if (!m) break;
    sr_actor_of(m)->institution = r->a;
    sr_actor_of(m)->inter = SR_INTER_STATE;
    sr_actor_of(m)->group_type = SR_GROUP_STATE;
    sr_actor_of(m)->agreement = (r->b & (SR_FORCE_WEAPON - 1)) >> 1;
    sr_actor_of(m)->aircraft = (r->b & SR_FORCE_AIR) != 0;
    sr_actor_of(m)->fired = (r->b & SR_FORCE_WEAPON) != 0;
    sr_actor_of(m)->unit = r->label;
    /* the countries before the noun were read back from it: they come
    ** first in the text, in the reverse order */
    if (nc > 1) sr_actor_of(m)->listed = (unsigned char)(1 + (c < nafter ? nc - nafter + c : nc - 1 - c));
    if (nc) {
      memcpy(sr_actor_of(m)->country, countries[c], 3);
      if (others[c]) memcpy(sr_actor_of(m)->other_country, others[c], 3);
    }
    else
      sr_actor_of(m)->own_country = home ? 2 : 1;
  }
  mark_used(v, first, end);
  return end - i;
}

/* "Five Colombian soldiers", "onze soldats nigériens": the state forces a
** figure counts are no actor of the sentence (who was hit is read from the
** figure), but whose they are is kept on the figure, for the event they
** were hit in to name them. */
static void counted_forces(const sr_actor_pack *k, const sr_place_pack *places,
                           const sr_view *v, sr_mention_list *out, size_t i) {
  size_t len, dlen;
  const sr_row *r = sr_view_match(v, &k->t[SR_AT_FORCES], i, &len);
  if (!r || r->a == SR_INST_NONE || r->a > SR_INST_GOVERNMENT) return;
  size_t at = v->tok[i].byte_start;
  sr_mention *q = NULL;
  for (size_t j = out->count; j-- > 0 && out->items[j].sentence == v->sentence && !q;)
    if (out->items[j].type == SR_MENTION_QUANTITY && out->items[j].byte_start <= at &&
        at < out->items[j].byte_end)
      q = &out->items[j];
  if (!q || sr_quantity_of(q)->force) return;
  const char *iso = demonym_at(places, v, i + len, &dlen);
  if (!iso && i > 0) iso = demonym_at(places, v, i - 1, &dlen);
  if (!iso && !(r->b & 1)) return; /* "the forces" alone: whose? */
  sr_quantity_of(q)->force = r->a;
  sr_quantity_of(q)->force_own = !iso;
  sr_quantity_of(q)->force_unit = r->label;
  if (iso) memcpy(sr_quantity_of(q)->force_country, iso, 3);
}

/* Whether token i is in what a figure of its sentence counts ("deux
** casques bleus"), not in a place or a source that took it. */
static int counted_noun(const sr_view *v, const sr_mention_list *out, size_t i) {
  size_t at = v->tok[i].byte_start;
  for (size_t j = out->count; j-- > 0 && out->items[j].sentence == v->sentence;)
    if (out->items[j].type == SR_MENTION_QUANTITY && out->items[j].byte_start <= at &&
        at < out->items[j].byte_end)
      return 1;
  return 0;
}

/* "Two Palestinians", "cinq Afghans": a nationality after a figure that
** counts nothing named is the people it counts (a demonym as a noun is
** capitalised in both languages; "cinq soldats afghans" is counted_forces').
** Past one, a plural only: "32 Afghan border force personnel" counts the
** personnel, "70 Syrian regime fighters" the fighters. */
static void counted_nationals(const sr_place_pack *places, const sr_view *v,
                              sr_mention_list *out, size_t i) {
  size_t len;
  /* a figure's own tokens are taken: the word before is one */
  const char *iso;
  if (i == 0 || !v->used[i - 1] || !sr_view_capitalised(v, i) ||
      !(iso = demonym_at(places, v, i, &len)))
    return;
  /* a plural is read by the language's stemmer: its stem drops an ending
  ** ("palestinians", "afghans"), an adjective's does not ("afghan") */
  int plural = v->stem[i + len - 1].len < v->fold[i + len - 1].len;
  size_t at = v->tok[i - 1].byte_end;
  for (size_t j = out->count; j-- > 0 && out->items[j].sentence == v->sentence;) {
    sr_mention *q = &out->items[j];
    if (q->type != SR_MENTION_QUANTITY || q->byte_end != at) continue;
    sr_quantity_part *part = sr_quantity_of(q);
    if (part->role == SR_FIGURE_COUNT && part->of_class == SR_CLASS_NONE &&
        part->of_start == part->of_end && v->tok[i].byte_start - at <= 1 &&
        (plural || (part->has_number && part->number == 1))) {
      part->of_class = SR_CLASS_PERSON;
      part->of_start = v->tok[i].byte_start;
      part->of_end = v->tok[i + len - 1].byte_end;
      memcpy(part->people_country, iso, 3);
    }
    return;
  }
}

/* "des civils palestiniens", "Afghan villagers": the nationality right
** after or right before the people's word is theirs (ACLED names civilians
** by it, wherever they fell; doc.c). */
static void civilians_nationality(const sr_place_pack *places, const sr_view *v, size_t i,
                                  size_t len, sr_mention *m) {
  size_t dlen;
  const char *iso = demonym_at(places, v, i + len, &dlen);
  if (!iso && i > 0 && !v->used[i - 1]) iso = demonym_at(places, v, i - 1, &dlen);
  if (iso) memcpy(sr_actor_of(m)->country, iso, 3);
}

/* A civilians.txt row labelled "none": words of civilians that name no
** one ("civilian rule", "le pouvoir civil"). */
static int no_one(const sr_row *row) {
  return row->label && strcmp(row->label, "none") == 0;
}

/* "Hamas-run Gaza", "rebel-held Idlib", "Iran-backed militias": an actor
** right before "-run", "-held", "-backed" (held_words.txt) names who rules
** or backs what follows, no side of an event: it is left out. */
static void leave_out_rulers(const sr_view *v, const sr_actor_pack *k, sr_mention_list *out,
                             size_t first) {
  size_t t = 0, len;
  for (size_t i = first; i < out->count; i++) {
    sr_mention *m = &out->items[i];
    if (m->type != SR_MENTION_ACTOR) continue;
    while (t < v->n && v->tok[t].byte_start < m->byte_end) t++;
    if (t + 1 < v->n && v->tok[t].byte_start == m->byte_end && sr_view_inner_hyphen(v, t) &&
        sr_view_match(v, &k->t[SR_AT_HELD], t + 1, &len))
      m->dropped = 1;
  }
}

/* Whether an armed_groups.txt adjective ("before") at i, len words long,
** is an actor: only right before what forces fire ("a rebel rocket
** attack", "terrorist shelling"), never "rebel-held" or "rebel territory".
** Read only for such rows: most tokens never get here. */
static int before_fired(const sr_actor_pack *k, const sr_view *v, size_t i, size_t len) {
  size_t wlen;
  const sr_row *w = i + len < v->n ? sr_view_match(v, &k->t[SR_AT_FORCES], i + len, &wlen) : NULL;
  return w && (w->b & SR_FORCE_WEAPON);
}

void sr_recognize_actors(const sr_view *v, const sr_actor_pack *k,
                         const sr_place_pack *places, sr_country_votes *votes,
                         sr_mention_list *out, sr_arena *arena) {
  size_t first_mention = out->count;
  for (size_t i = 0; i < v->n; i++) {
    size_t len = 0, end;
    /* "23 miliciens", "12 civils": the counted noun of a figure is still who
    ** was hit; only names and forces keep out of what others took. */
    if (v->used[i]) {
      const sr_row *label = sr_view_match(v, &k->t[SR_AT_ARMED_GROUPS], i, &len), *civilian;
      if (label && (label->b & SR_ARMED_BEFORE) && !before_fired(k, v, i, len)) label = NULL;
      sr_mention *m = NULL;
      size_t named_len;
      const sr_row *named = label ? named_actor_at(k, v, i, &named_len) : NULL;
      if (named && named_len == len) {
        /* "deux séparatistes": a group's name where it fights */
        i = add_named(k, v, votes, out, arena, i, i + len, named, "actor.named") - 1;
        continue;
      }
      if (!label && (named = named_actor_at(k, v, i, &named_len)) && counted_noun(v, out, i)) {
        /* "deux casques bleus", "five Koglweogo": a group counted */
        i = add_named(k, v, votes, out, arena, i, i + named_len, named, "actor.named") - 1;
        continue;
      }
      if (label && (named = named_after_label(k, places, v, i + len, &end))) {
        /* "trois combattants du Hezbollah": who was hit is the group */
        i = add_named(k, v, votes, out, arena, i, end, named, "actor.labelled") - 1;
        continue;
      }
      if (label)
        m = add_actor(v, out, arena, i, i + len - 1, SR_ACTOR_GENERIC,
                      "actor.generic");
      else if ((label = sr_view_match(v, &k->t[SR_AT_CROWDS], i, &len)))
        m = add_actor(v, out, arena, i, i + len - 1, SR_ACTOR_CROWD, "actor.crowd");
      else if ((civilian = sr_view_match(v, &k->t[SR_AT_CIVILIANS], i, &len)) && !no_one(civilian) &&
               (m = add_actor(v, out, arena, i, i + len - 1, SR_ACTOR_CIVILIAN, "actor.civilian")))
        civilians_nationality(places, v, i, len, m);
      if (m) {
        sr_actor_of(m)->inter = label ? label->a : SR_INTER_CIVILIANS;
        i += len - 1;
      } else {
        counted_forces(k, places, v, out, i);
      }
      continue;
    }
    counted_nationals(places, v, out, i);
    /* An outlet's name is no place: "SANA" is not Sanaa.  The sources
    ** recogniser reads it later; here it only keeps places off it. */
    if (sr_view_match(v, &k->t[SR_AT_SOURCES], i, &len) &&
        (len > 1 || v->fold[i].len > 4 || !sr_view_capitalised(v, i) ||
         named_actor_at(k, v, i, &end) == NULL)) {
      mark_used(v, i, i + len);
      i += len - 1;
      continue;
    }
    const sr_row *r = named_actor_at(k, v, i, &len);
    if (r) {
      i = add_named(k, v, votes, out, arena, i, i + len, r, "actor.named") - 1;
      continue;
    }
    size_t used = state_forces(k, places, v, out, arena, i);
    if (used) {
      i += used - 1;
      continue;
    }
    const sr_row *label = sr_view_match(v, &k->t[SR_AT_ARMED_GROUPS], i, &len);
    if (label && (label->b & SR_ARMED_BEFORE) && !before_fired(k, v, i, len)) label = NULL;
    const sr_row *ref = label ? NULL : sr_view_match(v, &k->t[SR_AT_REFERENCES], i, &len);
    if ((label || ref) && (r = named_after_label(k, places, v, i + len, &end))) {
      i = add_named(k, v, votes, out, arena, i, end, r, "actor.labelled") - 1;
      continue;
    }
    /* "le groupe terroriste Shebab", "the militant group al-Shabaab": a
    ** reference whose label and name follow is that name, no pointer back */
    size_t label_len;
    if (ref && sr_view_match(v, &k->t[SR_AT_ARMED_GROUPS], i + len, &label_len) &&
        (r = named_after_label(k, places, v, i + len + label_len, &end))) {
      i = add_named(k, v, votes, out, arena, i, end, r, "actor.labelled") - 1;
      continue;
    }
    /* "des membres du cartel de Sinaloa": a name that starts within the
    ** label and runs past it is who the label's people belong to */
    for (size_t j = i + 1; label && j < i + len; j++) {
      size_t named_len;
      if ((r = named_actor_at(k, v, j, &named_len)) && j + named_len > i + len) {
        end = add_named(k, v, votes, out, arena, i, j + named_len, r, "actor.labelled");
        break;
      }
    }
    if (label && r) {
      i = end - 1;
      continue;
    }
    if (label) {
      sr_mention *m = add_actor(v, out, arena, i, i + len - 1, SR_ACTOR_GENERIC,
                                "actor.generic");
      if (m) {
        sr_actor_of(m)->inter = label->a;
        sr_actor_of(m)->apart = (label->b & SR_ARMED_APART) != 0;
        sr_actor_of(m)->after = (label->b & SR_ARMED_AFTER) != 0;
        sr_actor_of(m)->before = (label->b & SR_ARMED_BEFORE) != 0;
      }
      i += len - 1;
      continue;
    }
    if (ref) {
      sr_mention *m = add_actor(v, out, arena, i, i + len - 1,
                                SR_ACTOR_REFERENCE, "actor.reference");
      if (m) {
        sr_actor_of(m)->group_type = ref->a;
        sr_actor_of(m)->agreement = ref->b;
        /* "the militants": an unnamed armed group when no group was named
        ** before it */
        size_t hl;
        const sr_row *head = len > 1 ? sr_view_match(v, &k->t[SR_AT_ARMED_GROUPS], i + 1, &hl) : NULL;
        if (head && i + 1 + hl == i + len) sr_actor_of(m)->inter = head->a;
      }
      i += len - 1;
      continue;
    }
    if ((label = sr_view_match(v, &k->t[SR_AT_CROWDS], i, &len))) {
      sr_mention *m = add_actor(v, out, arena, i, i + len - 1, SR_ACTOR_CROWD, "actor.crowd");
      if (m) sr_actor_of(m)->inter = label->a;
      i += len - 1;
      continue;
    }
    const sr_row *civilian = sr_view_match(v, &k->t[SR_AT_CIVILIANS], i, &len);
    if (civilian) {
      sr_mention *m = no_one(civilian) ? NULL
                                    : add_actor(v, out, arena, i, i + len - 1,
                                                SR_ACTOR_CIVILIAN, "actor.civilian");
      if (m) {
        sr_actor_of(m)->inter = SR_INTER_CIVILIANS;
        civilians_nationality(places, v, i, len, m);
      }
      i += len - 1;
    }
  }
  leave_out_rulers(v, k, out, first_mention);
}

/* ------------------------------------------------------------ resolution */

const char *sr_country_actor_name(const sr_actor_pack *k, const sr_gazetteer *g,
                                  const char *iso2) {
  if (!iso2 || !*iso2) return NULL;
  char lower[3] = {(char)(iso2[0] | 0x20), (char)(iso2[1] | 0x20), 0};
  sr_str key = {lower, 2};
  size_t len;
  const sr_row *r = sr_table_match(&k->t[SR_AT_COUNTRIES], &key, 1, 0, &len);
  if (r) return r->label;
  char id[16];
  snprintf(id, sizeof id, "country:%s", iso2);
  if (g) {
    const sr_place *p = sr_gazetteer_place(g, sr_gazetteer_find_id(g, id, strlen(id)));
    if (p) return p->name;
  }
  return iso2;
}

/* The ISO2 code table t gives country iso2, or NULL. */
static const char *country_in(const sr_actor_pack *k, int t, const char *iso2) {
  if (!iso2 || !iso2[0] || !iso2[1]) return NULL;
  char lower[3] = {(char)(iso2[0] | 0x20), (char)(iso2[1] | 0x20), 0};
  size_t len;
  const sr_row *r = sr_table_match(&k->t[t], &(sr_str){lower, 2}, 1, 0, &len);
  return r ? r->label : NULL;
}

const char *sr_air_force_of(const sr_actor_pack *k, const char *iso2) {
  return country_in(k, SR_AT_AIR_FORCES, iso2);
}

const char *sr_army_in(const sr_actor_pack *k, int institution, const char *iso2) {
  const char *whose = institution == SR_INST_MILITARY ? country_in(k, SR_AT_ARMIES, iso2) : NULL;
  return whose ? whose : iso2;
}

#define BRACKETED_MAX 255 /* the longest name: "Unidentified Armed Group (...)" */

/* "what (country)", or what alone, in the arena: copied, not formatted (it
** is built for every unnamed actor of every report). */
static const char *bracketed(sr_arena *arena, const char *what,
                             const char *country) {
  size_t wl = strlen(what), cl = country ? strlen(country) : 0;
  size_t n = country ? wl + cl + 3 : wl;
  if (n > BRACKETED_MAX) n = BRACKETED_MAX;
  char *s = sr_arena_alloc(arena, n + 1);
  if (!s) return NULL;
  char *p = s, *end = s + n;
  size_t k = wl < n ? wl : n;
  memcpy(p, what, k);
  p += k;
  if (country) {
    static const char open[] = " (";
    for (size_t i = 0; i < 2 && p < end; i++) *p++ = open[i];
    k = cl < (size_t)(end - p) ? cl : (size_t)(end - p);
    memcpy(p, country, k);
    p += k;
    if (p < end) *p++ = ')';
  }
  *p = '\0';
  return s;
}

const char *sr_unnamed_actor_name(const sr_actor_pack *k, const sr_acled *acled,
                                  const sr_gazetteer *g, const sr_country_votes *votes,
                                  int inter, sr_arena *arena) {
  return sr_unnamed_actor_name_in(k, acled, g, sr_country_focus_or_home(votes, g), inter, arena);
}

const char *sr_unnamed_actor_name_in(const sr_actor_pack *k, const sr_acled *acled,
                                     const sr_gazetteer *g, const char *iso2, int inter,
                                     sr_arena *arena) {
  const char *unnamed = sr_acled_unnamed(acled, inter);
  if (!unnamed) return NULL;
  return bracketed(arena, unnamed, sr_country_actor_name(k, g, iso2));
}

static int agrees(int a, int b) {
  int ga = a & (SR_AGREE_F | SR_AGREE_M), gb = b & (SR_AGREE_F | SR_AGREE_M);
  int na = a & (SR_AGREE_SG | SR_AGREE_PL), nb = b & (SR_AGREE_SG | SR_AGREE_PL);
  return (!ga || !gb || (ga & gb)) && (!na || !nb || (na & nb));
}

static int compatible(const sr_mention *ref, const sr_mention *m) {
  if (m->type != SR_MENTION_ACTOR || sr_actor_of(m)->actor_kind == SR_ACTOR_REFERENCE ||
      sr_actor_of(m)->actor_kind == SR_ACTOR_CIVILIAN || !m->name)
    return 0;
  switch (sr_actor_of(ref)->group_type) {
    case SR_GROUP_COALITION: return sr_actor_of(m)->group_type == SR_GROUP_COALITION;
    case SR_GROUP_GROUP:
      return sr_actor_of(m)->actor_kind == SR_ACTOR_NAMED && sr_actor_of(m)->group_type != SR_GROUP_STATE;
    case SR_GROUP_STATE: return sr_actor_of(m)->actor_kind == SR_ACTOR_STATE;
    /* a pronoun needs an antecedent whose gender and number are known */
    default: return sr_actor_of(m)->agreement && agrees(sr_actor_of(ref)->agreement, sr_actor_of(m)->agreement);
  }
}

/* Points a reference at its antecedents: for "la coalition" the last
** coalition named before; for a pronoun or "ces derniers" the compatible
** actors of the nearest sentence before, all of them when plural. */
static void resolve_reference(sr_mention_list *list, size_t at, sr_arena *arena) {
  sr_mention *ref = &list->items[at];
  int any = sr_actor_of(ref)->group_type == SR_GROUP_ANY;
  size_t span = any ? PRONOUN_REFERENCE_SPAN : GROUP_REFERENCE_SPAN;
  if (sr_actor_of(ref)->group_type == SR_GROUP_COALITION) span = (size_t)-1;
  long found[MAX_COUNTRIES];
  size_t nf = 0, sentence = 0;
  for (size_t j = at; j-- > 0 && nf < MAX_COUNTRIES;) {
    const sr_mention *m = &list->items[j];
    if (ref->sentence - m->sentence > span) break;
    if (!compatible(ref, m)) continue;
    if (nf && m->sentence != sentence) break;
    if (nf && m->byte_start == list->items[found[nf - 1]].byte_start &&
        !(sr_actor_of(ref)->agreement & SR_AGREE_PL))
      continue;
    sentence = m->sentence;
    found[nf++] = (long)j;
    if (!any || !(sr_actor_of(ref)->agreement & SR_AGREE_PL)) break;
  }
  if (!nf) return;
  ref->refers_to = sr_arena_alloc(arena, nf * sizeof *ref->refers_to);
  if (!ref->refers_to) {
    list->failed = 1;
    return;
  }
  for (size_t i = 0; i < nf; i++) ref->refers_to[i] = found[nf - 1 - i];
  ref->ref_count = nf;
  const sr_mention *first = &list->items[ref->refers_to[0]];
  ref->name = first->name;
  sr_actor_of(ref)->inter = sr_actor_of(first)->inter;
  memcpy(sr_actor_of(ref)->country, sr_actor_of(first)->country, 3);
}

/* The name ACLED's state names give a country after "of": "the Central
** African Republic". */
static const char *country_of_name(const sr_actor_pack *k, const sr_gazetteer *g,
                                   const char *iso2) {
  char lower[3] = {(char)(iso2[0] | 0x20), (char)(iso2[1] | 0x20), 0};
  size_t len;
  const sr_row *r = sr_table_match(&k->t[SR_AT_COUNTRIES_OF], &(sr_str){lower, 2}, 1, 0, &len);
  return r ? r->label : sr_country_actor_name(k, g, iso2);
}

const char *sr_state_forces_name(const sr_actor_pack *k, const sr_acled *acled,
                                 const sr_gazetteer *g, int institution, const char *iso2,
                                 long as_of, const char *unit, sr_arena *arena) {
  char buf[512];
  sr_str inst = {sr_institution_name(institution), 0};
  if (!inst.ptr || !iso2 || !iso2[0]) return NULL;
  inst.len = strlen(inst.ptr);
  if (!sr_acled_state_name(acled, inst, iso2, country_of_name(k, g, iso2), as_of, unit, buf,
                           sizeof buf))
    return NULL;
  return sr_arena_strndup(arena, buf, strlen(buf));
}

/* Among the meanings of a name ("ADF": Congo's or Cameroon's; "Islamic
** State": which branch), the one that fights in the document's country
** (the first of the pack when two do), else the one that fights anywhere;
** -1 when neither and the name has more than one meaning: a guess is no
** name. */
static int32_t choose_homonym(const sr_actor_pack *k, int32_t index, const char *focus) {
  const sr_table *t = &k->t[SR_AT_NAMED];
  int32_t here = -1, anywhere = -1;
  int first = SR_ACTOR_ROW_NUMBER(t->rows[index].b), several = 0;
  for (int32_t i = index, hops = 0; i >= 0 && hops < 64; i = sr_table_homonym(t, i), hops++) {
    int number = SR_ACTOR_ROW_NUMBER(t->rows[i].b);
    several |= number != first;
    if (focus && sr_actor_in_country(k, number, focus) &&
        (here < 0 || number < SR_ACTOR_ROW_NUMBER(t->rows[here].b)))
      here = i;
    if (!sr_actor_info_of(k, number)->countries[0]) anywhere = i;
  }
  return here >= 0 ? here : anywhere >= 0 ? anywhere : several ? -1 : index;
}

/* A name written "Fulani Ethnic Militia ()" takes the document's country
** in its brackets. */
static const char *with_country(sr_arena *arena, const char *name, const char *country) {
  size_t n = strlen(name);
  if (n < 2 || name[n - 2] != '(' || name[n - 1] != ')') return name;
  while (n > 2 && name[n - 3] == ' ') n--;
  char what[256];
  snprintf(what, sizeof what, "%.*s", (int)(n - 2), name);
  return bracketed(arena, what, country);
}

static const char *named_name(const sr_actor_pack *k, const sr_acled *acled,
                              sr_arena *arena, sr_mention *m, const char *focus_name) {
  const sr_actor_part *a = sr_actor_of(m);
  const sr_table *t = &k->t[SR_AT_NAMED];
  const char *name = with_country(arena, t->rows[a->row - 1].label, focus_name);
  if (!a->either || !name) return name;
  const sr_row *second = &t->rows[a->either - 1];
  const char *other = with_country(arena, second->label, focus_name);
  if (!other || strcmp(other, name) == 0) return name;
  /* in the pack's order, whichever the text gave first */
  if (SR_ACTOR_ROW_NUMBER(second->b) < SR_ACTOR_ROW_NUMBER(t->rows[a->row - 1].b)) {
    const char *swap = name;
    name = other;
    other = swap;
  }
  char buf[512];
  if (!sr_acled_either(acled, name, other, buf, sizeof buf)) return name;
  return sr_arena_strndup(arena, buf, strlen(buf));
}

/* With no country for the document, the named groups still tell where it
** is: a state's forces in a report whose groups all fight elsewhere ("Chadian
** troops struck ISGS positions") are abroad. */
static int groups_elsewhere(const sr_actor_pack *k, const sr_mention_list *list,
                            const char *iso2) {
  int groups = 0;
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_ACTOR || !sr_actor_of(m)->row ||
        sr_actor_of(m)->actor_kind != SR_ACTOR_NAMED)
      continue;
    int number = SR_ACTOR_ROW_NUMBER(k->t[SR_AT_NAMED].rows[sr_actor_of(m)->row - 1].b);
    if (!sr_actor_info_of(k, number)->countries[0]) continue;
    if (sr_actor_in_country(k, number, iso2)) return 0;
    groups = 1;
  }
  return groups;
}

#define GROUP_REACH 2 /* sentences between the named group and the words that stand for it */

/* Whether the named group is told within GROUP_REACH sentences of s. */
static int named_near(const sr_mention_list *list, const char *name, size_t s) {
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *m = &list->items[i];
    if (m->sentence + GROUP_REACH < s) continue;
    if (m->sentence > s + GROUP_REACH) break;
    if (m->type == SR_MENTION_ACTOR && !m->dropped && m->name &&
        sr_actor_of(m)->actor_kind == SR_ACTOR_NAMED && strcmp(m->name, name) == 0)
      return 1;
  }
  return 0;
}

/* "Suspected Ugandan rebels killed 12 ... the ADF": when a report names
** one rebel group and no other (a militia, often the state's ally, is no
** such group), the rebels, militants and gunmen it does not name near it
** may stand for that group, as a reader (and ACLED) takes them; an event
** names them so unless the group is its other side ("an IS bomber killed
** 20 rebels", events.c).  A report naming two leaves them unidentified,
** and so do words told far from the name ("rebels" pages after "IS" in a
** war of many sides).  Identity militias and words that stand apart
** ("bandits", armed_groups.txt) never stand for the named group. */
static void the_documents_group(const sr_actor_pack *k, sr_mention_list *list,
                                const char *focus) {
  /* a war of many armed groups under one word ("rebels", "terrorists" in
  ** Syria): the one group a report names is one of them, not the others
  ** (many_sides.tsv) */
  if (country_in(k, SR_AT_MANY_SIDES, focus)) return;
  const sr_mention *only = NULL;
  size_t only_at = 0;
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_ACTOR || m->dropped || !m->name || sr_actor_of(m)->former ||
        sr_actor_of(m)->actor_kind != SR_ACTOR_NAMED || sr_actor_of(m)->inter != SR_INTER_REBELS)
      continue; /* "a former Taliban leader" tells of a person, not the group */
    if (only && strcmp(only->name, m->name) != 0) return;
    if (!only) only_at = i;
    only = m;
  }
  if (!only) return;
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_ACTOR || m->ref_count) continue;
    sr_actor_part *a = sr_actor_of(m);
    if (a->actor_kind != SR_ACTOR_GENERIC || a->apart || a->unclaimed ||
        (a->inter != SR_INTER_REBELS && a->inter != SR_INTER_POLITICAL_MILITIA) ||
        !named_near(list, only->name, m->sentence))
      continue;
    a->stands_for = (int32_t)only_at + 1;
  }
}

void sr_resolve_actors(const sr_actor_pack *k, const sr_acled *acled, const sr_gazetteer *g,
                       sr_mention_list *list, const sr_country_votes *votes, long as_of,
                       sr_arena *arena) {
  const char *focus = sr_country_focus_or_home(votes, g);
  const char *focus_name = sr_country_actor_name(k, g, focus);
  /* whose each institution was when the text last said so */
  char told[SR_INSTITUTION_COUNT][3] = {{0}};
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_ACTOR) continue;
    sr_actor_part *a = sr_actor_of(m);
    if (a->actor_kind == SR_ACTOR_NAMED) a->recognized = m->name;
    if (a->row) {
      int32_t chosen = choose_homonym(k, a->row - 1, focus);
      int here = chosen >= 0 && focus &&
                 sr_actor_in_country(k, SR_ACTOR_ROW_NUMBER(k->t[SR_AT_NAMED].rows[chosen].b), focus);
      if (a->generic_inter && !here) {
        /* "séparatistes" in a report of a country the group does not
        ** fight in: any armed group */
        a->actor_kind = SR_ACTOR_GENERIC;
        a->inter = a->generic_inter;
        a->row = a->either = 0;
        a->country[0] = '\0';
        m->name = NULL;
      } else if (chosen < 0) {
        m->name = NULL; /* "ADF" in a report of no known country */
        a->inter = SR_INTER_NONE;
        a->country[0] = '\0';
        continue;
      } else {
        if (chosen != a->row - 1) apply_row(k, m, chosen);
        /* "FDS" of a Sahel state: the report's, if one of them; else whose? */
        if (here) memcpy(a->country, focus, 3);
      }
    }
    switch (a->actor_kind) {
      case SR_ACTOR_NAMED:
        m->name = named_name(k, acled, arena, m, focus_name);
        break;
      case SR_ACTOR_STATE: {
        /* "soldiers" of no nationality: the report's, or the army that
        ** holds its country ("soldiers" in the West Bank are Israel's) */
        /* "l'armée israélienne ... l'armée a revendiqué": a force told
        ** with no nationality after one told with it is that one, as a
        ** reader takes it, not the report's own.  Not after aircraft or
        ** what forces fire ("Russian jets", "Israeli strikes": foreign
        ** air power over a country whose army is "the army"), nor for
        ** words that say the home state ("regime forces": forces.txt home) */
        if (a->own_country == 1 && !a->country[0] && told[a->institution][0])
          memcpy(a->country, told[a->institution], 3);
        if (a->own_country && focus && !a->country[0])
          memcpy(a->country, sr_army_in(k, a->institution, focus), 3);
        else if (!a->own_country && a->country[0] && !a->other_country[0] && !a->listed &&
                 !a->aircraft && !a->fired && a->institution > SR_INST_NONE &&
                 a->institution < SR_INSTITUTION_COUNT)
          memcpy(told[a->institution], a->country, 3);
        /* "le gouvernement congolais" in a report about the Congo */
        if (a->other_country[0] && focus && memcmp(a->other_country, focus, 2) == 0)
          memcpy(a->country, focus, 3);
        if (!a->country[0]) continue;
        /* a state's forces abroad: ACLED's external forces */
        if (focus ? memcmp(a->country, focus, 2) != 0 : groups_elsewhere(k, list, a->country))
          a->inter = SR_INTER_EXTERNAL;
        const char *name = sr_state_forces_name(k, acled, g, a->institution, a->country,
                                                as_of, a->unit, arena);
        if (!name) continue;
        m->name = name;
        break;
      }
      case SR_ACTOR_GENERIC:
      case SR_ACTOR_CIVILIAN:
      case SR_ACTOR_CROWD: {
        const char *unnamed = sr_acled_unnamed(acled, a->inter);
        if (!unnamed) continue;
        m->name = bracketed(arena, unnamed, focus_name);
        break;
      }
      case SR_ACTOR_REFERENCE:
        resolve_reference(list, i, arena);
        if (m->ref_count || !sr_inter_non_state_armed(a->inter)) continue;
        a->actor_kind = SR_ACTOR_GENERIC; /* "the gunmen" of no group named before */
        const char *unnamed = sr_acled_unnamed(acled, a->inter);
        if (!unnamed) continue;
        m->name = bracketed(arena, unnamed, focus_name);
        break;
      default: continue;
    }
    if (!m->name) list->failed = 1;
  }
  the_documents_group(k, list, focus);
}
