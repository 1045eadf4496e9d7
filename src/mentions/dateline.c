#include "dateline.h"

#include <string.h>

#include "../util/isodate.h"

/* How far into the first sentences a dated dateline may stand: past a
** headline and an outlet's name ("Air raids kill 10 near Syria hospital
** Monitor AFP Saturday 6 Aug 2016"), not into the story. */
#define DATELINE_REACH 40
/* How far into a sentence the outlet of "MOSCOW (Sputnik) —" may stand. */
#define OUTLET_REACH 16

static int head_role(const sr_view *v, size_t i, size_t *len) {
  if (i >= v->n) return SR_HEAD_NONE;
  const sr_row *r = sr_view_match(v, &v->k->t[SR_MT_HEAD], i, len);
  return r ? r->a : SR_HEAD_NONE;
}

static int is_byte(const sr_view *v, size_t i, char c) {
  return i < v->n && v->tok[i].byte_end - v->tok[i].byte_start == 1 &&
         v->text[v->tok[i].byte_start] == c;
}

/* "-", "–", "—": the dash after "(Reuters)" */
static int is_dash(const sr_view *v, size_t i) {
  if (i >= v->n || v->tok[i].kind == SR_TOKEN_WORD || v->tok[i].kind == SR_TOKEN_NUMBER)
    return 0;
  const char *s = v->text + v->tok[i].byte_start;
  size_t len = v->tok[i].byte_end - v->tok[i].byte_start;
  return (len == 1 && s[0] == '-') ||
         (len == 3 && memcmp(s, "\xE2\x80", 2) == 0 && (s[2] == '\x93' || s[2] == '\x94'));
}

/* A word in capitals: "BEIRUT", "KHAN" */
static int all_caps(const sr_view *v, size_t i) {
  if (i >= v->n || v->tok[i].kind != SR_TOKEN_WORD) return 0;
  const char *s = v->text + v->tok[i].byte_start;
  size_t len = v->tok[i].byte_end - v->tok[i].byte_start, letters = 0;
  for (size_t k = 0; k < len; k++) {
    unsigned char c = (unsigned char)s[k];
    if (c >= 'a' && c <= 'z') return 0;
    if (c >= 0xC3 && k + 1 < len && (unsigned char)s[k + 1] >= 0xA0) return 0; /* é */
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

static int valid(int y, int m, int d) {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 &&
         d <= sr_days_in_month(y, m);
}

/* "24.08.2013", "31-08-2014": day, month and year in one token; a web
** page may run a word on ("01.10.2017Get short URL"). */
static int numeric_at(const sr_view *v, size_t i, sr_date *d) {
  if (i >= v->n) return 0;
  const char *s = v->text + v->tok[i].byte_start;
  size_t len = v->tok[i].byte_end - v->tok[i].byte_start, a = 0;
  if (len == 0 || s[0] < '0' || s[0] > '9') return 0;
  while (len > 0 && ((s[len - 1] | 0x20) >= 'a' && (s[len - 1] | 0x20) <= 'z')) len--;
  int part[3], count = 0;
  char sep = 0;
  for (size_t k = 0; k <= len; k++) {
    if (k < len && s[k] >= '0' && s[k] <= '9') continue;
    if (k < len && s[k] != '.' && s[k] != '-') return 0;
    if (k < len && sep && s[k] != sep) return 0;
    if (k < len) sep = s[k];
    if (count == 3 || !sr_small_int(s + a, k - a, &part[count])) return 0;
    count++;
    a = k + 1;
  }
  if (count != 3 || !valid(part[2], part[1], part[0])) return 0;
  *d = (sr_date){part[2], part[1], part[0]};
  return 1;
}

/* "Apr 152017": a web page's day and year run together. */
static int glued_at(const sr_view *v, size_t i, sr_date *d, size_t *end) {
  size_t len;
  const sr_row *m = sr_view_match(v, &v->k->t[SR_MT_MONTHS], i, &len);
  size_t j = i + len;
  if (!m || j >= v->n || v->tok[j].kind != SR_TOKEN_NUMBER) return 0;
  const char *s = v->text + v->tok[j].byte_start;
  size_t n = v->tok[j].byte_end - v->tok[j].byte_start;
  int day, year;
  if ((n != 5 && n != 6) || !sr_small_int(s, n - 4, &day) || !sr_small_int(s + n - 4, 4, &year) ||
      !valid(year, m->a, day))
    return 0;
  *d = (sr_date){year, m->a, day};
  *end = j + 1;
  return 1;
}

/* A time of filing: "0914", "18:32", "12h40", "0742 PM" */
static int time_token(const sr_view *v, size_t i) {
  if (i >= v->n) return 0;
  const char *s = v->text + v->tok[i].byte_start;
  size_t len = v->tok[i].byte_end - v->tok[i].byte_start, nd = 0, other = 0;
  for (size_t k = 0; k < len; k++) {
    if (s[k] >= '0' && s[k] <= '9') nd++;
    else if (s[k] == ':' || s[k] == 'h' || s[k] == '.') other++;
    else return 0;
  }
  return nd >= 3 && nd <= 4 && other <= 1;
}

/* Past a cue and its colon, if any: "Updated: 3 Dec 2016", "Mis à jour :". */
static size_t cue_after(const sr_view *v, size_t j) { return j + is_byte(v, j, ':'); }

/* "12:40" in three tokens, written close */
static int clock_at(const sr_view *v, size_t i) {
  return i + 2 < v->n && v->tok[i].kind == SR_TOKEN_NUMBER && is_byte(v, i + 1, ':') &&
         v->tok[i + 2].kind == SR_TOKEN_NUMBER && v->tok[i + 1].byte_start == v->tok[i].byte_end &&
         v->tok[i + 2].byte_start == v->tok[i + 1].byte_end;
}

/* A dated dateline at i: [weekday] date [time] [CITY]; *end after it, and
** whether it is of a form prose does not take (a weekday before the date,
** digits only, or a date a capital follows: "... on Aleppo city 6 October
** 2016 Aleppo SANA- ...", where prose goes on in lower case, "On 6 October
** 2016 the regime ...").  *timed: a time of filing follows the date. */
static int dated_at(const sr_view *v, size_t i, sr_date *d, size_t *end, int *stamp,
                    int *timed) {
  size_t j = i, len;
  *stamp = 0;
  if (sr_view_match(v, &v->k->t[SR_MT_WEEKDAYS], j, &len)) {
    j += len;
    if (is_byte(v, j, ',')) j++;
    *stamp = 1;
  }
  if (numeric_at(v, j, d)) {
    *end = j + 1;
    *stamp = 1;
  } else if (glued_at(v, j, d, end)) {
    *stamp = 1;
  } else if (!sr_full_date_at(v, j, d, end)) {
    return 0;
  } else if (is_byte(v, j + 1, '/')) {
    *stamp = 1; /* "03/12/2016": digits only */
  } else if (*end < v->n && v->tok[*end].kind == SR_TOKEN_WORD && sr_view_capitalised(v, *end)) {
    *stamp = 1; /* the story starts after it */
  }
  /* the time of filing, "at 0914", "0742 PM", "(updated 1500 07.10.2017)":
  ** small words count only before a time ("At least 58" stays) */
  size_t e = *end, time_end = 0, cue_end = 0, date_end;
  for (size_t k = 0; k < 10 && e < v->n; k++) {
    sr_date again;
    int role = head_role(v, e, &len);
    if (time_token(v, e)) *end = time_end = ++e;
    else if (clock_at(v, e)) *end = time_end = e += 3; /* "à 10:12" in three tokens */
    else if (numeric_at(v, e, &again)) *end = ++e;
    /* "Publié le 3 décembre 2016 à 12h40 - Mis à jour le 4 décembre 2016":
    ** the update's date is the head's too, and no date of the story */
    else if (cue_end == e && sr_full_date_at(v, e, &again, &date_end)) *end = e = date_end;
    else if (role == SR_HEAD_TIME && time_end == e) *end = e += len; /* "PM" */
    else if (is_byte(v, e, ')') && *end == e) *end = ++e;
    else if (role == SR_HEAD_CUE) cue_end = e = cue_after(v, e + len);
    else if (role == SR_HEAD_TIME || is_byte(v, e, '(') || is_byte(v, e, '|') || is_dash(v, e))
      e += role ? len : 1;
    else break;
  }
  *timed = time_end > 0;
  while (*end < v->n && all_caps(v, *end) && !head_role(v, *end, &len)) (*end)++;
  return 1;
}

static void mark(const sr_view *v, size_t first, size_t end, sr_dateline *out,
                 int found) {
  for (size_t k = first; k < end && k < v->n; k++) v->used[k] = 1;
  if (!found || first < out->first) out->first = first;
  if (!found || end > out->end) out->end = end;
}

/* "BEIRUT, Oct 5 (Reuters) -", "Alep (Syrie) (AFP) –", "MOSCOW (Sputnik)" */
static int wire_dateline(const sr_view *v, sr_dateline *out, int found) {
  for (size_t j = 0; j < v->n && j < OUTLET_REACH; j++) {
    size_t len, outlet;
    if (v->used[j] || !is_byte(v, j, '(') || head_role(v, j + 1, &outlet) != SR_HEAD_OUTLET ||
        !is_byte(v, j + 1 + outlet, ')'))
      continue;
    /* the city before: the sentence's first words, capitalised, with a
    ** country in parentheses and a date; else words in capitals */
    size_t start = 0;
    for (size_t k = 0; k < j; k++) {
      int ok = v->used[k] || sr_view_capitalised(v, k) ||
               v->tok[k].kind == SR_TOKEN_NUMBER || is_byte(v, k, '(') ||
               is_byte(v, k, ')') || is_byte(v, k, ',') || is_byte(v, k, '.') ||
               sr_view_match(v, &v->k->t[SR_MT_MONTHS], k, &len);
      if (!ok) {
        start = j;
        break;
      }
    }
    if (start == j)
      while (start > 0 && all_caps(v, start - 1) && !v->used[start - 1]) start--;
    if (start == j && j > 0) continue; /* "(Reuters) -" opening the text is one too */
    size_t end = j + outlet + 2;
    if (is_dash(v, end)) end++;
    for (size_t k = start; k < j && !out->date.year; k++) {
      size_t e;
      sr_date d;
      if (sr_full_date_at(v, k, &d, &e) && e <= j) out->date = d;
    }
    mark(v, start, end, out, found);
    return 1;
  }
  return 0;
}

/* "Abuja: Twenty villagers were killed...", "Bamako - Le gouvernement
** malien confirme ...": a head sentence's first words, a city in title
** case, a colon or a dash, and prose (a word in lower case soon after
** the capital that follows); not a headline's topic in title case
** ("Nigeria: Gunmen Kill 20 Villagers") nor a French one ("Mali : un
** soldat tué"). */
static int title_colon(const sr_view *v, sr_dateline *out, int found, int head) {
  size_t k = 0;
  if (!head) return 0;
  while (k < 3 && k < v->n && sr_view_capitalised(v, k) && !all_caps(v, k) && !v->used[k]) k++;
  /* "Bamako - Le gouvernement ...": a dash as well as a colon, a dash
  ** of its own ("Al-Shabaab insurgents" is one name) */
  if (k == 0 || !(is_byte(v, k, ':') || (is_dash(v, k) && !sr_view_inner_hyphen(v, k))) ||
      k + 2 >= v->n || !sr_view_capitalised(v, k + 1))
    return 0;
  size_t j = k + 2;
  while (j < k + 5 && j < v->n && v->tok[j].kind != SR_TOKEN_WORD) j++;
  if (j >= v->n || j >= k + 5 || sr_view_capitalised(v, j)) return 0;
  mark(v, 0, k + 1, out, found);
  return 1;
}

/* "KINSHASA: Suspected rebels...", "KADUNA — Gunmen ...": a city in
** capitals and a colon or a dash open the report.  A word in lower case before the colon is a headline's topic
** ("Mali: un soldat tué"), and stays. */
static int city_colon(const sr_view *v, sr_dateline *out, int found, int head) {
  size_t k = 0;
  while (k < 4 && all_caps(v, k) && !v->used[k]) k++;
  if (k == 0) return title_colon(v, out, found, head);
  if (k + 1 >= v->n) return 0;
  /* "KADUNA — Gunmen ...", "KABUL, Afghanistan — ...": the city in
  ** capitals, perhaps its country, and a dash */
  size_t end = k;
  if (is_byte(v, end, ',')) {
    size_t c = end + 1;
    while (c < end + 4 && c < v->n && sr_view_capitalised(v, c) && !v->used[c]) c++;
    if (c > end + 1) end = c;
  }
  if (!is_byte(v, k, ':') && !is_dash(v, end)) return 0;
  if (!is_byte(v, k, ':')) k = end;
  if (k + 1 >= v->n || !sr_view_capitalised(v, k + 1)) return 0;
  mark(v, 0, k + 1, out, found);
  return 1;
}

/* "Kabul, Sep 29: Taliban ...", "KABUL, Sept 29 - A Taliban ...": a head
** sentence's first words, a city, a comma, a month and its day, and a
** colon or a dash before the story's capital.  The day has no year: the date is the
** publication's business; the city is only where the report was filed. */
static int city_day(const sr_view *v, sr_dateline *out, int found) {
  size_t k = 0, len;
  while (k < 3 && k < v->n && sr_view_capitalised(v, k) && !v->used[k]) k++;
  if (k == 0 || !is_byte(v, k, ',') || k + 4 >= v->n ||
      !sr_view_match(v, &v->k->t[SR_MT_MONTHS], k + 1, &len))
    return 0;
  size_t j = k + 1 + len;
  if (is_byte(v, j, '.')) j++; /* "Sept. 29" */
  if (j >= v->n || v->tok[j].kind != SR_TOKEN_NUMBER || v->tok[j].byte_end - v->tok[j].byte_start > 2)
    return 0;
  j++;
  if (j + 1 >= v->n || !(is_byte(v, j, ':') || is_dash(v, j)) || !sr_view_capitalised(v, j + 1))
    return 0;
  mark(v, 0, j + 1, out, found);
  return 1;
}

/* "Kabul/Islamabad", "Nairobi/Mogadishu": a sentence of one of the first
** lines that holds only names in title case joined by slashes, the towns a
** report was filed from; no place of its events. */
#define SLASH_LINE_TOKENS 9
static int cities_slashed(const sr_view *v, sr_dateline *out, int found) {
  size_t slashes = 0;
  if (v->n < 3 || v->n > SLASH_LINE_TOKENS) return 0;
  for (size_t k = 0; k < v->n; k++) {
    if (v->used[k]) return 0;
    if (is_byte(v, k, '/')) {
      if (k == 0 || k + 1 == v->n || is_byte(v, k - 1, '/')) return 0;
      slashes++;
    } else if (!(v->tok[k].kind == SR_TOKEN_WORD && sr_view_capitalised(v, k))) {
      return 0;
    }
  }
  if (!slashes) return 0;
  mark(v, 0, v->n, out, found);
  return 1;
}

int sr_read_dateline(const sr_view *v, int head, sr_dateline *out) {
  memset(out, 0, sizeof *out);
  int found = 0;
  for (size_t i = 0; head && !found && i < v->n && i < DATELINE_REACH; i++) {
    size_t cue = 0, end, len;
    int stamp, timed;
    sr_date d;
    if (v->used[i]) continue;
    /* past the text's first word, a dateline starts with a capital or a
    ** digit ("Published", "Saturday", "Apr", "24.08.2013"): the story's
    ** words in lower case are passed over at the cost of one byte; after
    ** an article opening the text, a weekday too ("Le mercredi 5 avril") */
    int digit = v->text[v->tok[i].byte_start] >= '0' && v->text[v->tok[i].byte_start] <= '9';
    if (i > 0 && !digit && !sr_view_capitalised(v, i) &&
        !(i == 1 && sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], 0, &len) && len == 1 &&
          sr_view_match(v, &v->k->t[SR_MT_WEEKDAYS], i, &len)))
      continue;
    if (!digit && head_role(v, i, &len) == SR_HEAD_CUE) {
      cue = cue_after(v, i + len) - i;
      /* "Published 12:40 GMT, 3 December 2016": the time before the date */
      size_t t = i + cue, tlen;
      if (time_token(v, t) || clock_at(v, t)) {
        t += time_token(v, t) ? 1 : 3;
        while (t < v->n && (head_role(v, t, &tlen) == SR_HEAD_TIME || is_byte(v, t, ',')))
          t += is_byte(v, t, ',') ? 1 : tlen;
        cue = t - i;
      }
    }
    /* a date starts with a number, a weekday or a month */
    size_t at = i + cue;
    if (at >= v->n ||
        (v->tok[at].kind != SR_TOKEN_NUMBER &&
         !(v->text[v->tok[at].byte_start] >= '0' && v->text[v->tok[at].byte_start] <= '9') &&
         !sr_view_match(v, &v->k->t[SR_MT_WEEKDAYS], at, &len) &&
         !sr_view_match(v, &v->k->t[SR_MT_MONTHS], at, &len)))
      continue;
    if (!dated_at(v, i + cue, &d, &end, &stamp, &timed)) continue;
    /* "On August 21 2013 the regime fired rockets": a date in the story */
    if (i > 0 && !cue && !stamp) continue;
    /* "on Tuesday 4 April 2017", "since 12.03.2011": prose; but the text
    ** opening on an article, a stamp and its time of filing is a head
    ** ("Le 05.04.2017 à 10h12", "Le mercredi 5 avril 2017 à 10:12"), not
    ** when a comma goes on with the sentence ("Le mercredi 5 avril à
    ** 10h12, des frappes ont ...") */
    if (i > 0 && !cue && sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], i - 1, &len) &&
        !(i == len && timed && !is_byte(v, end, ',')))
      continue;
    out->date = d;
    mark(v, i, end, out, 0);
    found = 1;
  }
  /* a city before a colon or a dash may open any of the first sentences
  ** the caller reads, below a page's headline and counters ("1868 View") */
  if (city_colon(v, out, found, head)) found = 1;
  if (head && !found && city_day(v, out, found)) found = 1;
  if (!found && cities_slashed(v, out, found)) found = 1;
  return wire_dateline(v, out, found) || found;
}

int sr_ends_on_bare_date(const sr_view *v) {
  size_t last = v->n, len, end;
  while (last > 0 && v->tok[last - 1].kind == SR_TOKEN_PUNCT) last--;
  if (last < 4 || v->tok[last - 1].kind != SR_TOKEN_NUMBER) return 0; /* the year */
  for (size_t i = last > 5 ? last - 5 : 1; i + 2 < last; i++) {
    sr_date d;
    if (sr_full_date_at(v, i, &d, &end) && end == last)
      return v->tok[i - 1].kind == SR_TOKEN_WORD &&
             !sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], i - 1, &len);
  }
  return 0;
}

int sr_credit_opens(const sr_view *v) {
  size_t len;
  return is_byte(v, 0, '(') && head_role(v, 1, &len) == SR_HEAD_CREDIT &&
         is_byte(v, 1 + len, ')') && 2 + len < v->n;
}

void sr_mark_caption_date(const sr_view *v) {
  /* most sentences hold no bracket: one byte scan rules them out */
  if (v->n < 8 ||
      !memchr(v->text + v->tok[0].byte_start, '(', v->tok[v->n - 1].byte_end - v->tok[0].byte_start))
    return;
  for (size_t k = 4; k + 3 < v->n; k++) {
    size_t len, end;
    if (!is_byte(v, k, '(') || v->tok[k - 1].kind != SR_TOKEN_NUMBER ||
        head_role(v, k + 1, &len) != SR_HEAD_CREDIT || !is_byte(v, k + 1 + len, ')') ||
        k + 2 + len >= v->n || !sr_view_capitalised(v, k + 2 + len))
      continue;
    for (size_t j = k > 5 ? k - 4 : 1; j + 2 < k; j++) { /* a word before the date */
      sr_date d;
      if (!sr_full_date_at(v, j, &d, &end) || end != k) continue;
      if (v->tok[j - 1].kind == SR_TOKEN_WORD &&
          !sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], j - 1, &len))
        for (size_t u = j; u < end; u++) v->used[u] = 1;
      break;
    }
  }
}

int sr_is_furniture(const sr_view *v, int own_line, int last_sentence) {
  size_t len;
  int role = head_role(v, 0, &len);
  if (role == SR_HEAD_END && own_line) return 3;
  if (role == SR_HEAD_CAPTION || (role == SR_HEAD_LINE && own_line)) return 1;
  /* "427 Related US-Led Coalition Bombs School ... Tags Daesh Syria": a
  ** page's link list, after its view count, run together with the text's
  ** end where the page lost its line breaks */
  if (last_sentence && v->n > 1 && v->tok[0].kind == SR_TOKEN_NUMBER &&
      head_role(v, 1, &len) == SR_HEAD_LINE)
    return 1;
  /* "... on September 10 2016. (AFP Photo)": a credit ends on a capital */
  size_t last = v->n;
  while (last > 0 && v->tok[last - 1].kind == SR_TOKEN_PUNCT) last--;
  if (last == 0 || !sr_view_capitalised(v, last - 1)) return 0;
  for (size_t i = last > 6 ? last - 6 : 0; i < last; i++)
    if (head_role(v, i, &len) == SR_HEAD_CREDIT && i + len == last)
      return i <= 1 ? 2 : 1; /* "(AFP Photo)" alone: its caption came before */
  return 0;
}
