/*
** What each source governs, once the document is read.  Reporters attribute
** once and go on: "Selon assafir, ..." covers the paragraph's next sentences
** until another source speaks; a quotation spanning sentences belongs to the
** speaker named where it closes ("...», a déclaré X") or opens ("X a
** déclaré : « ..."); the lede often states what the next paragraph
** attributes.  The article's "Sources:" line is the fallback for all.
*/
#include <string.h>

#include "attribution.h"
#include "../places/places.h"

#define LEDE_SENTENCES 3 /* one-paragraph texts: the lede's source comes by then */
#define LEDE_PARAGRAPHS 2 /* others: in the next paragraph, or the one after */

/* Quotation marks, as UTF-8: what opens and what closes a quotation. */
static int opens_at(const char *s, size_t n) {
  return (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xAB) ||
         (n >= 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0);
}
static int closes_at(const char *s, size_t n) {
  return (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xBB) ||
         (n >= 3 && memcmp(s, "\xE2\x80\x9D", 3) == 0);
}

enum { QUOTE_OPENS = 1, QUOTE_CLOSES = 2 };

/* A straight quote opens when a space, a bracket or nothing stands before
** it ('said "They are', '"Hundreds'), and closes otherwise ('airport" said'). */
static int straight_opens(const char *text, size_t b, size_t start) {
  if (b == start) return 1;
  char c = text[b - 1];
  return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[';
}

/* The quotation marks of each sentence: each byte that may start one
** ('"', and the lead bytes of «, », “ and ”) is found with memchr over the
** whole text, once per byte, the rest of the text not looked at, and told
** to the sentence it lies in (sentences are in text order). */
static void quote_marks(const char *text, const sr_sentence *sentences, size_t n,
                        unsigned char *marks) {
  static const unsigned char leads[] = {'"', 0xC2, 0xE2};
  memset(marks, 0, n);
  const char *end = text + sentences[n - 1].byte_end;
  for (size_t c = 0; c < sizeof leads; c++) {
    const char *p = text + sentences[0].byte_start;
    size_t si = 0;
    while ((p = memchr(p, leads[c], (size_t)(end - p)))) {
      size_t b = (size_t)(p++ - text);
      while (si < n && sentences[si].byte_end <= b) si++;
      if (si == n) break;
      const sr_sentence *s = &sentences[si];
      if (b < s->byte_start) continue; /* between two sentences */
      size_t left = s->byte_end - b;
      if (opens_at(text + b, left)) marks[si] |= QUOTE_OPENS;
      if (closes_at(text + b, left)) marks[si] |= QUOTE_CLOSES;
      if (text[b] == '"')
        marks[si] |= straight_opens(text, b, s->byte_start) ? QUOTE_OPENS : QUOTE_CLOSES;
    }
  }
}

/* A blank line or a line break between two sentences starts a paragraph. */
static int new_paragraph(const char *text, const sr_sentence *sentences,
                         size_t i) {
  if (i == 0) return 1;
  for (size_t b = sentences[i - 1].byte_end; b < sentences[i].byte_start; b++)
    if (text[b] == '\n') return 1;
  return 0;
}

/* Whether a sentence ends as a sentence does ('.', '!', '?', '…', maybe
** inside a closing quotation mark or bracket): a headline or a byline
** ("Timothy Olanrewaju, Maiduguri") does not. */
static int ends_sentence(const char *text, const sr_sentence *s) {
  size_t b = s->byte_end;
  while (b > s->byte_start) {
    unsigned char c = (unsigned char)text[b - 1];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '"' || c == '\'' ||
        c == ')' || c == ']')
      b--;
    else if (b - s->byte_start >= 3 && closes_at(text + b - 3, 3))
      b -= 3; /* ” */
    else if (b - s->byte_start >= 2 && closes_at(text + b - 2, 2))
      b -= 2; /* » */
    else
      break;
  }
  if (b == s->byte_start) return 0;
  char c = text[b - 1];
  return c == '.' || c == '!' || c == '?' ||
         (b - s->byte_start >= 3 && memcmp(text + b - 3, "\xE2\x80\xA6", 3) == 0);
}

/* Whether sentence s opens with a quotation mark. */
static int opens_quoted(const char *text, const sr_sentence *s) {
  size_t b = s->byte_start;
  while (b < s->byte_end && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n')) b++;
  return b < s->byte_end && (text[b] == '"' || opens_at(text + b, s->byte_end - b));
}

/* A quotation over paragraphs, as English quotes: each paragraph opens with
** a quotation mark, only the last closes.  From sentence f, opening its
** paragraph with a quotation mark, back to where the quotation opened in
** the paragraphs before, when it never closed there. */
static size_t quotation_opened(const char *text, const sr_sentence *sentences,
                               const unsigned char *marks, const size_t *paragraph, size_t f) {
  while (f > 0 && paragraph[f - 1] + 1 == paragraph[f] && opens_quoted(text, &sentences[f])) {
    size_t g = f - 1;
    while (g > 0 && paragraph[g - 1] == paragraph[g] && !marks[g]) g--;
    if (marks[g] != QUOTE_OPENS) break;
    f = g;
  }
  return f;
}

/* ...and forward, from sentence l ending its paragraph inside a quotation:
** to where the quotation closes, a paragraph that opens with a quotation
** mark at a time. */
static size_t quotation_closed(const char *text, const sr_sentence *sentences, size_t count,
                               const unsigned char *marks, const size_t *paragraph, size_t l) {
  while (!(marks[l] & QUOTE_CLOSES) && l + 1 < count && paragraph[l + 1] == paragraph[l] + 1 &&
         opens_quoted(text, &sentences[l + 1])) {
    size_t k = l + 1;
    while (!(marks[k] & QUOTE_CLOSES) && k + 1 < count && paragraph[k + 1] == paragraph[k]) k++;
    l = k;
  }
  return l;
}

#define HEADINGS 2 /* a headline, a byline: paragraphs before the lede */

static int same_name(const sr_mention *a, const sr_mention *b) {
  return a->name && b->name && strcmp(a->name, b->name) == 0;
}

static int ends_with_word(const char *name, const char *word) {
  size_t n = strlen(name), w = strlen(word);
  return w < n && name[n - w - 1] == ' ' && strcmp(name + n - w, word) == 0;
}

/* "the minister" and "minister", "le vice-ministre" and "vice-ministre":
** one title, with its article or without. */
static int same_title(const char *a, const char *b) {
  return strcmp(a, b) == 0 || ends_with_word(a, b) || ends_with_word(b, a);
}

/* Whether a described source's words end with a title's last word: "NATO
** spokesman" and "the spokesman" (folded). */
static int names_title(const char *name, const char *title) {
  const char *t = strrchr(title, ' ');
  t = t ? t + 1 : title;
  size_t n = strlen(name), w = strlen(t);
  if (w == 0 || w > n || (w < n && name[n - w - 1] != ' ')) return 0;
  for (size_t i = 0; i < w; i++) {
    char c = name[n - w + i];
    if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != t[i]) return 0;
  }
  return 1;
}

/* "a-t-il déclaré": the last person named; "le vice-ministre": the last
** person with that title; "l'agence": the last source of its kind. */
/* Makes mention `at` stand for the earlier source j. */
static void refer(sr_mention_list *list, size_t at, size_t j, sr_arena *arena) {
  sr_mention *m = &list->items[at];
  const sr_mention *e = &list->items[j];
  m->refers_to = sr_arena_alloc(arena, sizeof *m->refers_to);
  if (!m->refers_to) {
    list->failed = 1;
    return;
  }
  m->refers_to[0] = (long)j;
  m->ref_count = 1;
  m->name = e->name;
  sr_source_part *p = sr_source_of(m);
  const sr_source_part *ep = sr_source_of(e);
  if (!p->affiliation) p->affiliation = ep->affiliation;
  if (!p->title) p->title = ep->title;
  if (!p->category) p->category = ep->category;
  /* ("It said" after "the health ministry said": a body, as its source
  ** is, not the person a pronoun reads as) */
  if (p->pronoun) p->source_kind = ep->source_kind;
}

/* A source that says what its sentences tell: not an outlet that relayed
** it, nor the article's source line, nor a person only named. */
static int governing(const sr_mention *m) {
  return m->type == SR_MENTION_SOURCE && !sr_source_of(m)->relays && !sr_source_of(m)->fallback &&
         !sr_source_of(m)->named_only;
}

/* "he said" is not "officials", "they said" not "Ali Musa": a number
** known on both sides must be the same. */
static int numbers_agree(const sr_mention *m, const sr_mention *e) {
  int a = sr_source_of(m)->number, b = sr_source_of(e)->number;
  return a == SR_NUMBER_UNKNOWN || b == SR_NUMBER_UNKNOWN || a == b;
}

#define PRONOUN_SENTENCES 3 /* beyond that, "it" no longer says whom it means */

/* "It said", "He said" after "an official said": the nearest source named
** before, of the last few sentences; none found, the pronoun stays no one's
** (its text is kept, no name is made of it). */
static int resolve_nearest(sr_mention_list *list, size_t at, sr_arena *arena) {
  const sr_mention *m = &list->items[at];
  for (size_t j = at; j-- > 0;) {
    const sr_mention *e = &list->items[j];
    if (e->type != SR_MENTION_SOURCE) continue;
    if (e->sentence + PRONOUN_SENTENCES < m->sentence) break;
    const sr_source_part *ep = sr_source_of(e);
    /* ("it" is the Observatory of "The Observatory said medical sources
    ** reported", not the sources it quoted) */
    if (ep->fallback || ep->relays || ep->reported || !e->name || !numbers_agree(m, e)) continue;
    /* ("selon les mêmes sources" after "des sources locales et des
    ** médias": the first of the two, as when they were read as one) */
    if (ep->joined) continue;
    /* (a person only named: for "he said", not "it said") */
    if (ep->named_only && sr_source_of(m)->number != SR_NUMBER_ONE) continue;
    /* ("she told" is no body: "the ministry said" before it is not she;
    ** a capitalised word of no known kind may be a surname: "Dali said") */
    if (sr_source_of(m)->personal &&
        (ep->source_kind == SR_SOURCE_MEDIA ||
         (ep->source_kind == SR_SOURCE_ORGANIZATION && ep->category)))
      continue;
    refer(list, at, j, arena);
    return 1;
  }
  return 0;
}

#define CATAPHORA_SENTENCES 2

/* Bodies a back-reference tells apart: outlets, the state (government,
** military), armed groups, and civil bodies (monitors, medics, the UN,
** witnesses); 0, a body whose kind was not read. */
static int body_class(int category) {
  switch (category) {
    case SR_CAT_OUTLET: return 1;
    case SR_CAT_GOVERNMENT: case SR_CAT_MILITARY: return 2;
    case SR_CAT_ARMED_GROUP: return 3;
    case SR_CAT_MONITOR: case SR_CAT_INTERNATIONAL: case SR_CAT_WITNESS: case SR_CAT_MEDICAL:
      return 4;
    default: return 0;
  }
}

/* Whether a body of category b may be the one a back-reference of category
** a stands for: "the ministry" (government) for the Russian Ministry of
** Defence (military), "l'organisation" for the civil defence, "the agency"
** for an outlet whose category was not read; "the observatory" never for
** Daesh. */
static int same_kind_of_body(int a, int b) {
  /* ("the observatory" is a monitor: not the UN named before) */
  if (a == SR_CAT_MONITOR) return b == SR_CAT_MONITOR;
  /* ("the government", "the army" for the state's, not for "the FRL
  ** group" whose kind was not read) */
  if (body_class(a) == body_class(SR_CAT_GOVERNMENT)) return body_class(b) == body_class(a);
  return !body_class(a) || !body_class(b) || body_class(a) == body_class(b);
}

#define GROUP_SENTENCES 1 /* "M23 rebels seized Rubaya. The rebel group said...": the one before */

/* "Al-Shabaab fighters attacked the base, the militant group said": an
** armed group described, not named, and no such source before it stands
** for the named rebels or militia acting last in its sentence or the one
** before (only these heads: "the group" alone may be anyone's). */
static int resolve_group(sr_mention_list *list, size_t at, sr_arena *arena) {
  sr_mention *m = &list->items[at];
  for (size_t j = at; j-- > 0;) {
    const sr_mention *e = &list->items[j];
    if (e->sentence + GROUP_SENTENCES < m->sentence) break;
    if (e->type != SR_MENTION_ACTOR || !e->name || e->ref_count ||
        sr_actor_of(e)->actor_kind != SR_ACTOR_NAMED || !sr_inter_non_state_armed(sr_actor_of(e)->inter))
      continue;
    if (!(m->refers_to = sr_arena_alloc(arena, sizeof *m->refers_to))) {
      list->failed = 1;
      return 0;
    }
    m->refers_to[0] = (long)j;
    m->ref_count = 1;
    m->name = e->name;
    return 1;
  }
  return 0;
}

#define ACTING_WORDS 2 /* "Suspected Al-Shabaab fighters": words before the group */

/* "Al-Shabaab fighters stormed the base, the group said": "the group" with
** no body named before it stands for the named rebels or militia only when
** they open its sentence, the ones acting ("The assault targeted ISIL
** positions, the group added" is a monitor's copy). */
static int resolve_group_acting(const char *text, const sr_sentence *sentences,
                                sr_mention_list *list, size_t at, sr_arena *arena) {
  const sr_mention *m = &list->items[at];
  /* ...or, when "the group" opens its sentence and no one is named before
  ** it, the ones opening the sentence before ("Al-Shabaab fighters stormed
  ** the base. The group said..."), no source between */
  size_t words = 0, acting = m->sentence;
  for (size_t b = sentences[m->sentence].byte_start; b < m->byte_start; b++)
    words += text[b] == ' ';
  long first = -1;
  for (size_t j = at; j-- > 0 && list->items[j].sentence + 1 >= m->sentence;) {
    const sr_mention *e = &list->items[j];
    if (e->sentence < acting) {
      if (first >= 0 || words > 0 || m->sentence == 0) break;
      acting = m->sentence - 1;
    }
    if (e->type == SR_MENTION_SOURCE && !sr_source_of(e)->named_only) break;
    if (e->type == SR_MENTION_ACTOR && e->name && sr_actor_of(e)->actor_kind == SR_ACTOR_NAMED)
      first = (long)j;
  }
  if (first < 0 || list->items[first].ref_count ||
      !sr_inter_non_state_armed(sr_actor_of(&list->items[first])->inter))
    return 0;
  words = 0;
  for (size_t b = sentences[acting].byte_start; b < list->items[first].byte_start; b++)
    words += text[b] == ' ';
  return words <= ACTING_WORDS && resolve_group(list, at, arena);
}

static void resolve_back(const char *text, const sr_sentence *sentences, sr_mention_list *list,
                         size_t at, sr_arena *arena) {
  sr_mention *m = &list->items[at];
  const sr_source_part *p = sr_source_of(m);
  if (p->pronoun) {
    resolve_nearest(list, at, arena);
    return;
  }
  /* "a monitoring group said ... The Syrian Observatory for Human Rights
  ** said": a body described before it is named, in the next sentences */
  if (!p->title && p->source_kind == SR_SOURCE_ORGANIZATION && p->cue != SR_CUE_BACK) {
    int before = 0;
    for (size_t j = at; j-- > 0 && !before;)
      before = list->items[j].type == SR_MENTION_SOURCE && list->items[j].name &&
               sr_source_of(&list->items[j])->source_kind == p->source_kind;
    for (size_t j = at + 1; !before && j < list->count; j++) {
      const sr_mention *e = &list->items[j];
      if (e->sentence > m->sentence + CATAPHORA_SENTENCES) break;
      if (e->type == SR_MENTION_SOURCE && e->name && !sr_source_of(e)->back && !sr_source_of(e)->fallback &&
          !sr_source_of(e)->relays && /* "...told DPA": the outlet heard it */
          sr_source_of(e)->source_kind == p->source_kind &&
          /* (of its own category: "the health ministry said", then "The
          ** Israeli military said" is another body) */
          (!p->category || p->category == sr_source_of(e)->category)) {
        refer(list, at, j, arena);
        return;
      }
    }
  }
  /* the words of a head told again with no name of its own ("the
  ** ministry"), read once */
  const char *head = m->name;
  if (!head && !p->title && p->category != SR_CAT_MONITOR &&
      !(head = sr_arena_strndup(arena, text + m->byte_start, m->byte_end - m->byte_start))) {
    list->failed = 1;
    return;
  }
  for (size_t j = at; j-- > 0;) {
    const sr_mention *e = &list->items[j];
    if (e->type != SR_MENTION_SOURCE || sr_source_of(e)->fallback || sr_source_of(e)->relays || !e->name ||
        !numbers_agree(m, e) ||
        /* (a person only named, a few sentences back at most) */
        (sr_source_of(e)->named_only && e->sentence + PRONOUN_SENTENCES < m->sentence))
      continue;
    /* "District commissioner Ali Musa said", then "The commissioner
    ** added": the person whose title ends with the head */
    if (!p->title && p->source_kind == SR_SOURCE_UNNAMED && m->name &&
        sr_source_of(e)->source_kind == SR_SOURCE_PERSON && sr_source_of(e)->title &&
        names_title(sr_source_of(e)->title, m->name)) {
      refer(list, at, j, arena);
      return;
    }
    /* "A NATO spokesman said", then "the spokesman said"; "a senior
    ** intelligence official told...", then "the official said": described
    ** with the title's noun, or the same head, no name given */
    if (sr_source_of(e)->source_kind == SR_SOURCE_UNNAMED) {
      const char *noun = p->title ? p->title : p->source_kind == SR_SOURCE_UNNAMED ? m->name : NULL;
      if (noun && names_title(e->name, noun)) {
        refer(list, at, j, arena);
        return;
      }
      continue;
    }
    if (p->title ? !(sr_source_of(e)->title && same_title(sr_source_of(e)->title, p->title))
                 : sr_source_of(e)->source_kind != p->source_kind)
      continue;
    /* "the ministry" stands for a ministry, not any body named before */
    if (p->category && !same_kind_of_body(p->category, sr_source_of(e)->category)) continue;
    /* nor "the government" for "the South African police force": a body
    ** described before is told again by its head noun (the armed forces,
    ** "the army" then "the military", are one) */
    /* (nor a head told again that stood for no one: "the regional
    ** administration" is no ministry) */
    /* (a monitor told again is one whatever its words: "the Observatory") */
    int told = sr_source_of(e)->described ||
               (sr_source_of(e)->back && !e->refers_to && p->category != SR_CAT_MONITOR);
    if (!p->title && head && told && sr_source_of(e)->category != SR_CAT_MILITARY &&
        !names_title(e->name, head))
      continue;
    /* nor "the regional administration" for "Russia's Defence Ministry": a
    ** government body with a word of its own before its head is one whose
    ** name ends with that head ("the civil defence", "the volunteer group"
    ** may stand for a name that does not) */
    if (!p->title && m->name && strchr(m->name, ' ') && p->category == SR_CAT_GOVERNMENT &&
        !names_title(e->name, m->name))
      continue;
    refer(list, at, j, arena);
    return;
  }
  /* (and "the militants said", "the rebels said": the group's fighters) */
  if (p->category == SR_CAT_ARMED_GROUP &&
      (p->source_kind == SR_SOURCE_ORGANIZATION || p->source_kind == SR_SOURCE_UNNAMED) &&
      resolve_group(list, at, arena))
    return;
  if (!p->category && p->source_kind == SR_SOURCE_ORGANIZATION && !p->title &&
      p->cue != SR_CUE_BACK && resolve_group_acting(text, sentences, list, at, arena))
    return;
  /* "he said" after "an official said": the person no name was given */
  if (p->cue == SR_CUE_BACK) resolve_nearest(list, at, arena);
}


/* "M. Guérassimov" after "Valéri Guérassimov", "Abdel Rahman" after "Rami
** Abdel Rahman": the same person, by the name given in full before, and
** with the body named then. */
static void resolve_surname(sr_mention_list *list, size_t at, sr_arena *arena) {
  sr_mention *m = &list->items[at];
  const sr_source_part *p = sr_source_of(m);
  /* ("Mohamed said": one capitalised word reads as a body's name) */
  if (!m->name || (p->source_kind != SR_SOURCE_PERSON &&
                   (p->source_kind != SR_SOURCE_ORGANIZATION || p->category || strchr(m->name, ' '))))
    return;
  for (size_t j = at; j-- > 0;) {
    const sr_mention *e = &list->items[j];
    if (e->type != SR_MENTION_SOURCE || sr_source_of(e)->source_kind != SR_SOURCE_PERSON ||
        sr_source_of(e)->back || !e->name || e->name == m->name ||
        !(strcmp(e->name, m->name) == 0 ||
          ends_with_word(e->name, m->name)))
      continue;
    refer(list, at, j, arena);
    sr_source_of(m)->source_kind = SR_SOURCE_PERSON;
    return;
  }
}


/* A source described, not named: no word of it written with a capital
** ("authorities and a local human rights group", "des sources locales"). */
static int vague(const char *text, const sr_mention *m) {
  const sr_source_part *p = sr_source_of(m);
  if (p->pronoun || m->refers_to || !p->category || p->category == SR_CAT_OUTLET ||
      p->category == SR_CAT_UNNAMED) /* "an official": of no kind to match */
    return 0;
  for (size_t b = m->byte_start; b < m->byte_end; b++)
    if ((b == m->byte_start || text[b - 1] == ' ') && text[b] >= 'A' && text[b] <= 'Z') return 0;
  return 1;
}

#define NAMING_SENTENCES 2 /* one-paragraph texts: where a vague lede's speaker is named */

/* "..., authorities and a local human rights group said." then "..., said
** territorial administrator Amisi Kalonda": the lede's vague source is the
** first source named in the next paragraph with one of its kinds. */
static void name_vague_lede(const char *text, const size_t *paragraph, size_t lede,
                            int one_paragraph, sr_mention_list *list, sr_arena *arena) {
  size_t first = list->count, end = list->count;
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *m = &list->items[i];
    if (m->sentence < lede || !governing(m)) continue;
    if (m->sentence > lede) {
      end = i;
      break;
    }
    if (!vague(text, m)) return; /* the lede names someone */
    if (first == list->count) first = i;
  }
  if (first == list->count) return;
  for (size_t i = first; i < end; i++) {
    sr_mention *m = &list->items[i];
    if (!governing(m)) continue;
    const sr_source_part *p = sr_source_of(m);
    for (size_t j = end; j < list->count; j++) {
      const sr_mention *e = &list->items[j];
      if (one_paragraph ? e->sentence > lede + NAMING_SENTENCES
                        : paragraph[e->sentence] > paragraph[lede] + 1)
        break;
      if (!governing(e)) continue;
      const sr_source_part *ep = sr_source_of(e);
      if (!e->name || ep->back || ep->pronoun ||
          (ep->source_kind != SR_SOURCE_PERSON && ep->source_kind != SR_SOURCE_ORGANIZATION) ||
          (ep->category != p->category && ep->category != p->first_category) || vague(text, e) ||
          /* ("the regional governor said", then "the Interior Ministry
          ** said": people described are named by a person, not a body) */
          (p->source_kind == SR_SOURCE_UNNAMED && ep->source_kind != SR_SOURCE_PERSON))
        continue;
      refer(list, i, j, arena);
      break;
    }
  }
}

/* "Un habitant et une source médicale ont déclaré...": the lede's source
** at i comes with the second of the two, told the lede as well. */
static void lead_joined(sr_mention_list *list, size_t i) {
  const sr_mention *m = &list->items[i];
  for (size_t j = i + 1; j < list->count && list->items[j].sentence == m->sentence; j++) {
    sr_mention *e = &list->items[j];
    if (e->type != SR_MENTION_SOURCE || !governing(e)) continue;
    if (sr_source_of(e)->joined) sr_source_of(e)->lead_last = sr_source_of(m)->lead_last;
    break;
  }
}

/* "So-called Islamic State claimed the attack" in a report from Egypt: a
** source read as a group's name took the name the group had before the
** report's country chose among its homonyms; it takes the one chosen (it
** was "Islamic State (Pakistan)"). */
static void rename_from_groups(sr_mention_list *list) {
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *a = &list->items[i];
    if (a->type != SR_MENTION_ACTOR || !a->name || !sr_actor_of(a)->recognized ||
        strcmp(a->name, sr_actor_of(a)->recognized) == 0)
      continue;
    /* (sources over it start at or before it: the sentence's mentions
    ** before it, and those that start with it) */
    size_t last = i;
    while (last + 1 < list->count && list->items[last + 1].byte_start <= a->byte_start) last++;
    for (size_t j = last + 1; j-- > 0 && list->items[j].sentence == a->sentence;) {
      sr_mention *s = &list->items[j];
      if (s->type == SR_MENTION_SOURCE && s->name && s->byte_start <= a->byte_start &&
          s->byte_end >= a->byte_end && strcmp(s->name, sr_actor_of(a)->recognized) == 0)
        s->name = a->name;
    }
  }
}

void sr_attribute(const char *text, const sr_sentence *sentences,
                  size_t sentence_count, const unsigned char *flags,
                  sr_mention_list *list, sr_arena *arena) {
  if (sentence_count == 0) return;
  rename_from_groups(list);
  size_t *paragraph = sr_arena_alloc(arena, sentence_count * sizeof *paragraph);
  unsigned char *marks = sr_arena_alloc(arena, sentence_count);
  unsigned char *has_source = sr_arena_zalloc(arena, sentence_count);
  if (!paragraph || !marks || !has_source) {
    list->failed = 1;
    return;
  }
  /* the lede's paragraph: the first that ends as a sentence does, past at
  ** most HEADINGS headlines and bylines; its first sentence */
  size_t body = 0, body_first = 0;
  int body_found = 0;
  for (size_t i = 0, p = 0; i < sentence_count; i++) {
    if (i && new_paragraph(text, sentences, i)) {
      if (!body_found && p < HEADINGS && !ends_sentence(text, &sentences[i - 1])) {
        body = p + 1;
        body_first = i;
      } else {
        body_found = 1;
      }
      p++;
    }
    paragraph[i] = p;
  }
  quote_marks(text, sentences, sentence_count, marks);
  if (!body_found && paragraph[sentence_count - 1] == body &&
      !ends_sentence(text, &sentences[sentence_count - 1]))
    body = body_first = 0; /* headings only: no lede */
  int quoted_after = 0; /* quotations, confirmations that may bear out the sentence before */
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (m->type != SR_MENTION_SOURCE) continue;
    sr_source_part *p = sr_source_of(m);
    if (p->back)
      resolve_back(text, sentences, list, i, arena);
    else
      resolve_surname(list, i, arena);
    /* "state-run news agency" named nowhere, "le vice-ministre" with no
    ** one of that title before: its own words say who */
    if (!m->name && p->cue != SR_CUE_BACK && !p->pronoun)
      if (!(m->name = sr_arena_strndup(arena, text + m->byte_start,
                                       m->byte_end - m->byte_start)))
        list->failed = 1;
    p->governs_first = p->governs_last = m->sentence;
    p->scope = SR_SCOPE_SENTENCE;
    if (p->fallback) {
      p->governs_first = 0;
      p->governs_last = sentence_count - 1;
      p->scope = SR_SCOPE_ARTICLE;
      continue;
    }
    if (p->named_only) p->scope = SR_SCOPE_NONE; /* it governs nothing */
    if (p->relays || p->named_only) continue;
    has_source[m->sentence] = 1;
    size_t s = m->sentence;
    if (p->after_quote && !(marks[s] & QUOTE_OPENS)) {
      /* back to where the quotation opened, within the paragraph */
      size_t f = s;
      while (f > 0 && paragraph[f - 1] == paragraph[s] && !(marks[f] & QUOTE_OPENS))
        f--;
      p->governs_first = quotation_opened(text, sentences, marks, paragraph, f);
      p->scope = SR_SCOPE_QUOTE;
    } else if (p->after_quote && (p->governs_first = quotation_opened(text, sentences, marks,
                                                                     paragraph, s)) < s) {
      p->scope = SR_SCOPE_QUOTE; /* '"We buried them," said X.' ending one over paragraphs */
    }
    /* a quotation that opens its sentence, after one that quotes no one
    ** and names no source (the list is in text order: that is known now) */
    quoted_after += (p->bears_out || (p->after_quote && opens_quoted(text, &sentences[p->governs_first]))) &&
                    p->governs_first > 0 && !marks[p->governs_first - 1] &&
                    !has_source[p->governs_first - 1];
    if (p->before_quote && !(marks[s] & QUOTE_CLOSES)) {
      size_t l = s;
      while (!(marks[l] & QUOTE_CLOSES) && l + 1 < sentence_count &&
             paragraph[l + 1] == paragraph[s])
        l++;
      p->governs_last = quotation_closed(text, sentences, sentence_count, marks, paragraph, l);
      p->scope = SR_SCOPE_QUOTE;
    }
  }
  /* A quotation that goes on after its speaker ('"...," Mohamed said. "The
  ** car they left exploded..."'): the next sentence, in its paragraph or
  ** opening the next, opens with a quotation mark and names no one; it is
  ** still the speaker's, when the quotation closes before anyone else
  ** speaks.  So is one that opens the paragraph after a speaker who ends
  ** its own without quoting ("X, a resident, said they came at night.
  ** \n\n"They burned our houses.""): reporters name a speaker once. */
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (!governing(m)) continue;
    sr_source_part *p = sr_source_of(m);
    size_t l = p->governs_last + 1;
    if (!p->after_quote && (l >= sentence_count || paragraph[l] != paragraph[l - 1] + 1))
      continue;
    if (l >= sentence_count || has_source[l] || paragraph[l] > paragraph[l - 1] + 1 ||
        (flags[l] & SR_SENT_FURNITURE) || !opens_quoted(text, &sentences[l]))
      continue;
    while (!(marks[l] & QUOTE_CLOSES) && l + 1 < sentence_count && !has_source[l + 1] &&
           paragraph[l + 1] == paragraph[l])
      l++;
    if (!(marks[l] & QUOTE_CLOSES)) continue;
    p->governs_last = l;
    p->scope = SR_SCOPE_QUOTE;
  }
  /* Carry-over: to the paragraph's end, or until another source speaks. */
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (!governing(m)) continue;
    sr_source_part *p = sr_source_of(m);
    size_t l = p->governs_last;
    while (l + 1 < sentence_count && paragraph[l + 1] == paragraph[m->sentence] &&
           !has_source[l + 1])
      l++;
    if (l > p->governs_last) {
      p->governs_last = l;
      if (p->scope == SR_SCOPE_SENTENCE) p->scope = SR_SCOPE_PARAGRAPH;
    }
  }
  /* A claim, then the quotation that bears it out ("A man was beaten to
  ** death. \"Neighbours beat him,\" a police official said."): the sentence
  ** right before a quotation that opens its sentence, when no one governs
  ** it and it quotes no one, is the speaker's too. */
  unsigned char *covered = NULL; /* by a source carried over, or moved back */
  if (quoted_after && !(covered = sr_arena_zalloc(arena, sentence_count))) {
    list->failed = 1;
    return;
  }
  for (size_t i = 0; quoted_after && i < list->count; i++)
    if (governing(&list->items[i]))
      for (size_t s = sr_source_of(&list->items[i])->governs_first;
           s <= sr_source_of(&list->items[i])->governs_last; s++)
        covered[s] = 1;
  /* So is the sentence right before one whose speaker confirms what it
  ** told ("Gunmen killed nine people. Police confirmed the attack.") */
  for (size_t i = 0; quoted_after && i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (!governing(m)) continue;
    sr_source_part *p = sr_source_of(m);
    size_t f = p->governs_first;
    int quote = p->after_quote && f > 0 && opens_quoted(text, &sentences[f]);
    int borne = p->bears_out && f == m->sentence;
    if ((!quote && !borne) || f == 0 || covered[f - 1] || marks[f - 1] ||
        (flags[f - 1] & SR_SENT_FURNITURE) || !ends_sentence(text, &sentences[f - 1]))
      continue;
    p->governs_first = f - 1;
    covered[f - 1] = 1;
    if (quote) p->scope = SR_SCOPE_QUOTE;
    else if (p->scope == SR_SCOPE_SENTENCE) p->scope = SR_SCOPE_PARAGRAPH;
  }
  /* The lede: what the first paragraph says before any source of its own
  ** is taken to be what the next paragraph's first source says (or the
  ** one after's, the next naming no one: wire copy attributes late).  Its
  ** headline and byline (paragraphs with no sentence's end) come with it;
  ** when the lede's first sentence has a source, they take that one. */
  /* (a headline's own source, "...Claimed By Taliban", leaves the lede to
  ** its paragraph) */
  size_t lede = body_first;
  while (lede < sentence_count && paragraph[lede] <= body && !has_source[lede])
    lede++;
  /* A text with no paragraphs (wire copy flattened to one line): the lede
  ** is its first sentences, and the first source soon after says it. */
  int one_paragraph = paragraph[sentence_count - 1] == body;
  int headed = body > 0 && lede == body_first && lede < sentence_count, lede_told = 0;
  for (size_t i = 0; lede > 0 && i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (!governing(m)) continue;
    if (headed) {
      if (m->sentence != lede) continue;
      sr_source_of(m)->lead_last = (long)lede - 1;
      lead_joined(list, i);
      break;
    }
    if (paragraph[m->sentence] < body) continue; /* a headline's: below */
    if (one_paragraph ? m->sentence <= body_first + LEDE_SENTENCES
                      : paragraph[m->sentence] > body &&
                            paragraph[m->sentence] <= body + LEDE_PARAGRAPHS)
      sr_source_of(m)->lead_last = (long)lede - 1, lede_told = 1;
    if (one_paragraph || paragraph[m->sentence] > body) {
      lead_joined(list, i);
      break;
    }
  }
  /* A headline's own source ("Nine killed in mosque attack: police") says
  ** what the lede tells before any source of its own, when no later one
  ** does (above): the headline's last source governs up to there. */
  for (size_t i = list->count; body > 0 && lede > body_first && !lede_told && i-- > 0;) {
    sr_mention *m = &list->items[i];
    if (!governing(m) || paragraph[m->sentence] >= body) continue;
    sr_source_part *p = sr_source_of(m);
    if (p->governs_last < lede - 1) {
      p->governs_last = lede - 1;
      p->scope = SR_SCOPE_LEAD;
      lede_told = 1;
    }
    break;
  }
  /* Else a source soon after the lede in its own paragraph says it ("Six
  ** soldiers were killed... The blast hit a jeep, killing five, the police
  ** chief said."), when no later paragraph's does: one named, by a verb of
  ** saying or "according to" (not "selon les mêmes sources", a source to
  ** come, nor "fixée par le président") */
  for (size_t i = 0; lede > 0 && !lede_told && !headed && !one_paragraph && i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (!governing(m) || paragraph[m->sentence] < body) continue;
    const sr_source_part *p = sr_source_of(m);
    if (paragraph[m->sentence] > body || m->sentence > body_first + LEDE_SENTENCES) break;
    if (!m->name || p->back || p->pronoun || (p->cue != SR_CUE_VERB && p->cue != SR_CUE_BEFORE))
      continue;
    sr_source_of(m)->lead_last = (long)lede - 1;
    lead_joined(list, i);
    break;
  }
  name_vague_lede(text, paragraph, body_first, one_paragraph, list, arena);
  /* Denials: the sentence's source disputes the last other source before. */
  for (size_t i = 0; i < list->count; i++) {
    sr_mention *m = &list->items[i];
    if (!governing(m)) continue;
    sr_source_part *p = sr_source_of(m);
    int denial = 0;
    for (size_t s = p->governs_first; s <= p->governs_last; s++)
      if ((flags[s] & SR_SENT_DENIAL) &&
          (s == m->sentence || p->scope == SR_SCOPE_QUOTE))
        denial = 1;
    if (!denial) continue;
    p->denies = 1;
    for (size_t j = i; j-- > 0;) {
      const sr_mention *e = &list->items[j];
      if (governing(e) && e->name && !same_name(e, m)) {
        p->disputes = (long)j;
        break;
      }
    }
  }
}

static int rank(const sr_mention *m, size_t sentence) {
  if (m->type != SR_MENTION_SOURCE) return 0;
  const sr_source_part *p = sr_source_of(m);
  if (p->relays || p->named_only) return 0;
  if (p->fallback) return 1;
  if (sentence >= p->governs_first && sentence <= p->governs_last) {
    if (sentence == m->sentence) return 5;
    return p->scope == SR_SCOPE_QUOTE ? 4 : 3;
  }
  if (p->lead_last >= 0 && sentence <= (size_t)p->lead_last) return 2;
  return 0;
}

/* Visits every sentence a source covers, with its rank there; the outlet
** that relayed it ("Sana, citée par l'AFP") comes with it, right after. */
static void each_covered(const sr_mention *m, void (*visit)(void *, size_t, int, long),
                         void *ctx, long index) {
  const sr_source_part *p = sr_source_of(m);
  for (size_t s = p->governs_first; s <= p->governs_last; s++) {
    visit(ctx, s, rank(m, s), index);
    if (p->via >= 0) visit(ctx, s, rank(m, s), p->via);
  }
  if (p->lead_last >= 0)
    for (size_t s = 0; s <= (size_t)p->lead_last && s < p->governs_first; s++) {
      visit(ctx, s, rank(m, s), index);
      if (p->via >= 0) visit(ctx, s, rank(m, s), p->via);
    }
}

/* Three passes over each source's sentences: the best rank of each
** sentence, how many sources reach it, then the lists themselves. */
typedef struct index_build {
  sr_sentence_index *ix;
  unsigned char *best;
  int pass;
} index_build;

static void visit_sentence(void *ctx, size_t s, int r, long index) {
  index_build *b = ctx;
  if (b->pass == 0) {
    if (r > b->best[s]) b->best[s] = (unsigned char)r;
  } else if (r == b->best[s]) {
    if (b->pass == 1)
      b->ix->count[s]++;
    else
      b->ix->items[b->ix->first[s] + b->ix->count[s]++] = index;
  }
}

sr_status sr_index_sources(const sr_mention_list *list, size_t sentence_count,
                           sr_arena *arena, sr_sentence_index *ix) {
  memset(ix, 0, sizeof *ix);
  if (sentence_count == 0) return SR_OK;
  index_build b = {ix, sr_arena_zalloc(arena, sentence_count), 0};
  ix->first = sr_arena_zalloc(arena, sentence_count * sizeof *ix->first);
  ix->count = sr_arena_zalloc(arena, sentence_count * sizeof *ix->count);
  if (!b.best || !ix->first || !ix->count) return SR_ENOMEM;
  size_t fallbacks = 0;
  for (b.pass = 0; b.pass < 3; b.pass++) {
    if (b.pass == 2) {
      size_t total = 0;
      for (size_t s = 0; s < sentence_count; s++) {
        ix->first[s] = total;
        total += ix->count[s];
        ix->count[s] = 0;
      }
      ix->items = sr_arena_alloc(arena, (total + fallbacks + 1) * sizeof *ix->items);
      if (!ix->items) return SR_ENOMEM;
      ix->fallback = ix->items + total;
    }
    for (size_t i = 0; i < list->count; i++) {
      const sr_mention *m = &list->items[i];
      if (m->type != SR_MENTION_SOURCE || sr_source_of(m)->relays || sr_source_of(m)->named_only)
        continue;
      if (!sr_source_of(m)->fallback)
        each_covered(m, visit_sentence, &b, (long)i);
      else if (b.pass == 0)
        fallbacks++;
      else if (b.pass == 2)
        ix->fallback[ix->fallback_count++] = (long)i;
    }
  }
  ix->sentence_count = sentence_count;
  return SR_OK;
}

/* Whether the words [w, w + n) are a whole word of name. */
static int word_of(const char *name, const char *w, size_t n) {
  size_t len = strlen(name);
  for (size_t i = 0; n && i + n <= len; i++) {
    if (memcmp(name + i, w, n) != 0) continue;
    int starts = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-';
    int ends = name[i + n] == '\0' || name[i + n] == ' ' || name[i + n] == '-';
    if (starts && ends) return 1;
  }
  return 0;
}

/* A place read in a speaker's own name ("Isa said", "a dit Omar Abou
** al-Kass") names the speaker; a place the source's words name beside it
** ("the police spokesperson in Katsina") stays. */
static void drop_if_named(const char *text, const sr_mention *source, sr_mention *m) {
  if (m->type != SR_MENTION_PLACE || m->dropped || m->byte_end > source->byte_end ||
      !word_of(source->name, text + m->byte_start, m->byte_end - m->byte_start))
    return;
  m->dropped = 1;
  sr_place_of(m)->place = -1;
}

void sr_drop_speaker_places(const char *text, sr_mention_list *list) {
  for (size_t i = 0; i < list->count; i++) {
    const sr_mention *s = &list->items[i];
    if (s->type != SR_MENTION_SOURCE || !s->name ||
        sr_source_of(s)->source_kind != SR_SOURCE_PERSON)
      continue;
    for (size_t j = i; j-- > 0 && list->items[j].byte_start >= s->byte_start;)
      drop_if_named(text, s, &list->items[j]);
    for (size_t j = i + 1; j < list->count && list->items[j].byte_start < s->byte_end; j++)
      drop_if_named(text, s, &list->items[j]);
  }
}

size_t sr_sentence_sources(const sr_sentence_index *ix, size_t sentence,
                           long *out, size_t cap) {
  if (sentence >= ix->sentence_count) return 0;
  const long *from = ix->items + ix->first[sentence];
  size_t n = ix->count[sentence];
  if (n == 0) {
    from = ix->fallback;
    n = ix->fallback_count;
  }
  for (size_t i = 0; i < n && i < cap; i++) out[i] = from[i];
  return n;
}
