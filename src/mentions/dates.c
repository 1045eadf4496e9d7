/*
** Dates: absolute ("le 4 novembre", "4 Nov. 2016", "November 4, 2016",
** "2016-11-04", "le 28-10", "fin juillet 2016", "en 2012"), relative to the
** publication date ("hier", "ce lundi", "la semaine passée", "il y a trois
** jours", "last Monday"), and ranges ("entre le 28-10 et le 31-10", "du 1er
** au 3 mai", "dans la nuit de samedi à dimanche", "on Saturday and
** Sunday").  A bare weekday is the latest such day on or before
** publication: news reports the past.  Without a publication date a relative
** date is kept with precision "unknown" and no value.
*/
#include <string.h>

#include "../util/isodate.h"
#include "mention.h"

typedef struct partial {
  int year, month, day; /* 0 when the text does not say */
} partial;

/* The role of the date word at i (SR_DW_NONE when there is none); *len gets
** its length. */
static int date_word_at(const sr_view *v, size_t i, size_t *len) {
  const sr_row *r = sr_view_match(v, &v->k->t[SR_MT_DATE_WORDS], i, len);
  return r ? r->a : SR_DW_NONE;
}

/* Length of a date word with the given role at i, else 0. */
static size_t role_at(const sr_view *v, size_t i, int role) {
  size_t len;
  return date_word_at(v, i, &len) == role ? len : 0;
}

static int token_is(const sr_view *v, size_t i, const char *s) {
  return i < v->n && v->fold[i].len == strlen(s) &&
         memcmp(v->fold[i].ptr, s, v->fold[i].len) == 0;
}

int sr_small_int(const char *s, size_t len, int *out) {
  if (len == 0 || len > 4) return 0;
  int x = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    x = x * 10 + (s[i] - '0');
  }
  *out = x;
  return 1;
}

static int is_year(int y) { return y >= 1900 && y <= 2100; }

/* A four-digit year token at i. */
static int year_at(const sr_view *v, size_t i, int *year) {
  if (i >= v->n || v->tok[i].kind != SR_TOKEN_NUMBER) return 0;
  const char *s = v->text + v->tok[i].byte_start;
  size_t len = v->tok[i].byte_end - v->tok[i].byte_start;
  return len == 4 && sr_small_int(s, len, year) && is_year(*year);
}

/* A day of the month at i: "4", "1er", "3rd". */
static int day_at(const sr_view *v, size_t i, int *day) {
  sr_number num;
  if (!sr_number_at(v, i, &num) || !num.digits || num.end != i + 1) return 0;
  if (num.value < 1 || num.value > 31 || num.value != (int)num.value) return 0;
  *day = (int)num.value;
  return 1;
}

/* A day written as an ordinal, "4th", "1er": digits and letters after them. */
static int ordinal_token(const sr_view *v, size_t i) {
  const char *s = v->text + v->tok[i].byte_start;
  size_t len = v->tok[i].byte_end - v->tok[i].byte_start;
  return len > 1 && s[0] >= '0' && s[0] <= '9' && (s[len - 1] | 0x20) >= 'a' &&
         (s[len - 1] | 0x20) <= 'z';
}

static int month_at(const sr_view *v, size_t i, int *month, size_t *len) {
  const sr_row *r = sr_view_match(v, &v->k->t[SR_MT_MONTHS], i, len);
  if (!r) return 0;
  *month = r->a;
  /* "Nov. 2016": an abbreviation's period belongs to it when the date
  ** goes on; a sentence's final period does not. */
  if (i + *len + 1 < v->n && token_is(v, i + *len, ".") &&
      v->tok[i + *len + 1].kind == SR_TOKEN_NUMBER)
    (*len)++;
  return 1;
}

/* "28-10", "28-10-2016", "2016-11-04" in one token. */
static int numeric_date_at(const sr_view *v, size_t i, partial *p) {
  if (i >= v->n || v->tok[i].kind != SR_TOKEN_NUMBER) return 0;
  const char *s = v->text + v->tok[i].byte_start;
  size_t len = v->tok[i].byte_end - v->tok[i].byte_start;
  int part[3], count = 0;
  size_t a = 0;
  for (size_t k = 0; k <= len; k++) {
    if (k == len || s[k] == '-') {
      if (count == 3 || !sr_small_int(s + a, k - a, &part[count])) return 0;
      count++;
      a = k + 1;
    }
  }
  memset(p, 0, sizeof *p);
  if (count == 3 && is_year(part[0])) {
    p->year = part[0], p->month = part[1], p->day = part[2];
  } else if (count == 3 && is_year(part[2])) {
    p->day = part[0], p->month = part[1], p->year = part[2];
  } else if (count == 2 && part[1] <= 12) {
    p->day = part[0], p->month = part[1];
  } else {
    return 0;
  }
  if (p->month < 1 || p->month > 12 || p->day < 1) return 0;
  return p->day <= sr_days_in_month(p->year ? p->year : 2000, p->month);
}

/* "03/12/2016": day, month and year in five tokens written close, in the
** order the language's pack gives (slash_dates); unread where its readers
** write both orders. */
static int slash_date_at(const sr_view *v, size_t i, partial *p, size_t *end) {
  int part[3];
  if (!v->k->slash_order || i + 4 >= v->n) return 0;
  for (size_t k = 0; k < 5; k++) {
    const sr_token *t = &v->tok[i + k];
    if (k && t->byte_start != t[-1].byte_end) return 0;
    if (k % 2) {
      if (t->byte_end - t->byte_start != 1 || v->text[t->byte_start] != '/') return 0;
    } else if (t->kind != SR_TOKEN_NUMBER ||
               !sr_small_int(v->text + t->byte_start, t->byte_end - t->byte_start, &part[k / 2]) ||
               (k < 4 && t->byte_end - t->byte_start > 2)) {
      return 0;
    }
  }
  if (!is_year(part[2])) return 0;
  int day = v->k->slash_order == 'd' ? part[0] : part[1];
  int month = v->k->slash_order == 'd' ? part[1] : part[0];
  if (month < 1 || month > 12 || day < 1 || day > sr_days_in_month(part[2], month)) return 0;
  *p = (partial){part[2], month, day};
  *end = i + 5;
  return 1;
}

/* An absolute date starting at i, without a leading article. */
static int absolute_at(const sr_view *v, size_t i, partial *p, size_t *end) {
  int day, month, year;
  size_t len;
  memset(p, 0, sizeof *p);
  if (numeric_date_at(v, i, p)) {
    *end = i + 1;
    return 1;
  }
  if (slash_date_at(v, i, p, end)) return 1;
  /* "the 4th of April": an ordinal day, the pack's "of", the month */
  int is_day = day_at(v, i, &day); /* once: reading a number is not cheap */
  size_t of = 0; /* a table of its own: "of" would be a date word everywhere */
  if (is_day && ordinal_token(v, i) && !sr_view_match(v, &v->k->t[SR_MT_DAY_LINKS], i + 1, &of))
    of = 0;
  if (is_day && month_at(v, i + 1 + of, &month, &len)) {
    p->day = day, p->month = month;
    *end = i + 1 + of + len;
    /* "3 Dec, 2016", as web pages write it */
    size_t y = *end + (token_is(v, *end, ",") ? 1 : 0);
    if (year_at(v, y, &year)) p->year = year, *end = y + 1;
    return p->day <= sr_days_in_month(p->year ? p->year : 2000, month);
  }
  if (month_at(v, i, &month, &len)) {
    size_t j = i + len;
    if (day_at(v, j, &day)) {
      /* English order: "November 4", "Nov. 4, 2016" */
      p->month = month, p->day = day;
      *end = j + 1;
      size_t y = *end + (token_is(v, *end, ",") ? 1 : 0);
      if (year_at(v, y, &year)) p->year = year, *end = y + 1;
      return p->day <= sr_days_in_month(p->year ? p->year : 2000, month);
    }
    if (year_at(v, j, &year)) {
      p->month = month, p->year = year;
      *end = j + 1;
      return 1;
    }
  }
  return 0;
}

int sr_full_date_at(const sr_view *v, size_t i, sr_date *d, size_t *end) {
  partial p;
  if (!absolute_at(v, i, &p, end) || !p.year || !p.month || !p.day) return 0;
  *d = (sr_date){p.year, p.month, p.day};
  return 1;
}

/* --------------------------------------------------------- resolution */

static long pub_days(const sr_view *v) {
  const sr_date *d = v->published;
  return sr_days_from_civil(d->year, d->month, d->day);
}

/* The year of a day and month written without one: the nearest to the
** publication date, or the latest not after it when the text says "dernier".
** News mostly reports the past, so a future date counts three times as far:
** "le 4 novembre" two days ahead is still this year's, "le 1er mai" read in
** November is last May. */
static int infer_year(const sr_view *v, int month, int day, int past) {
  if (!v->published) return 0;
  int best = v->published->year;
  long pub = pub_days(v), best_gap = -1;
  for (int y = v->published->year - 1; y <= v->published->year + 1; y++) {
    int dd = day ? day : 1;
    if (dd > sr_days_in_month(y, month)) continue;
    long gap = sr_days_from_civil(y, month, dd) - pub;
    if (past && gap > 0) continue;
    long a = gap < 0 ? -gap : 3 * gap;
    if (best_gap < 0 || a < best_gap) best_gap = a, best = y;
  }
  return best;
}

static void set_day(sr_date_part *date, long days) {
  sr_ymd d = sr_civil_from_days(days);
  date->value = (sr_date){d.year, d.month, d.day};
  date->precision = SR_PREC_DAY;
}

static void set_partial(sr_date_part *date, partial p) {
  date->value = (sr_date){p.year, p.month, p.day};
  date->precision = !p.year  ? SR_PREC_UNKNOWN
                    : p.day   ? SR_PREC_DAY
                    : p.month ? SR_PREC_MONTH
                              : SR_PREC_YEAR;
}

/* The day a relative date counts from: publication, or for a story anchor
** ("the next day", "le lendemain") the last day the text told before token i,
** in this sentence or an earlier one; when it told none, publication for a
** day before ("the previous day"), nothing for one after ("the next day" of what?).
** The day someone spoke counts in its own sentence ("The army said on Monday
** that jets struck the previous day"), not past it: "A monitor said on
** Saturday. ... withdrew a day later" is a day after the story's, not Sunday. */
static const sr_date *anchor_of(const sr_view *v, size_t i, int anchor, int offset) {
  if (anchor != SR_ANCHOR_STORY || !v->mentions) return v->published;
  for (size_t k = v->mentions->count; k-- > 0;) {
    const sr_mention *m = &v->mentions->items[k];
    if (m->type != SR_MENTION_DATE || m->byte_start >= v->tok[i].byte_start) continue;
    const sr_date_part *d = sr_date_of(m);
    if (d->precision == SR_PREC_DAY && d->value.day &&
        (!d->of_statement || m->sentence == v->sentence))
      return &d->value;
  }
  return offset <= 0 ? v->published : NULL;
}

/* Fills date from an offset in units from the anchor p (NULL: unknown). */
static void set_relative(const sr_date *p, sr_date_part *date, int offset, int unit) {
  if (!p) {
    date->precision = SR_PREC_UNKNOWN;
    return;
  }
  long pub = sr_days_from_civil(p->year, p->month, p->day);
  switch (unit) {
  case SR_UNIT_DAY: set_day(date, pub + offset); break;
  case SR_UNIT_WEEK: {
    long monday = pub - (sr_weekday(pub) - 1) + 7L * offset;
    set_day(date, monday);
    sr_ymd e = sr_civil_from_days(monday + 6);
    date->until = (sr_date){e.year, e.month, e.day};
    date->precision = SR_PREC_RANGE;
    break;
  }
  case SR_UNIT_MONTH: {
    int months = p->year * 12 + (p->month - 1) + offset;
    date->value = (sr_date){months / 12, months % 12 + 1, 0};
    date->precision = SR_PREC_MONTH;
    break;
  }
  case SR_UNIT_YEAR:
    date->value = (sr_date){p->year + offset, 0, 0};
    date->precision = SR_PREC_YEAR;
    break;
  case SR_UNIT_WEEK_SO_FAR: { /* "earlier this week": Monday to the day before */
    long monday = pub - (sr_weekday(pub) - 1);
    /* told on a Monday or a Tuesday: the day before alone */
    set_day(date, monday < pub - 1 ? monday : pub - 1);
    if (monday < pub - 1) {
      sr_ymd e = sr_civil_from_days(pub - 1);
      date->until = (sr_date){e.year, e.month, e.day};
      date->precision = SR_PREC_RANGE;
    }
    break;
  }
  case SR_UNIT_NIGHT: /* "last night": the day before and the day */
  case SR_UNIT_WEEKEND: { /* "over the weekend": the latest Saturday and its Sunday */
    long first = pub + offset;
    if (unit == SR_UNIT_WEEKEND) {
      int wd = sr_weekday(pub);
      first = pub - (wd - 6 + 7) % 7; /* on a Sunday, the day before */
      /* "last weekend" told on one is the one before */
      if (offset < 0 && wd >= 6) first += 7L * offset;
    }
    set_day(date, first);
    sr_ymd e = sr_civil_from_days(first + 1);
    date->until = (sr_date){e.year, e.month, e.day};
    date->precision = SR_PREC_RANGE;
    break;
  }
  default: date->precision = SR_PREC_UNKNOWN;
  }
}

static sr_mention *emit(const sr_view *v, sr_mention_list *out, sr_arena *arena,
                        size_t first, size_t end, const char *rule) {
  for (size_t k = first; k < end; k++) v->used[k] = 1;
  static const sr_date_part fresh = {{0, 0, 0}, {0, 0, 0}, SR_PREC_UNKNOWN, 0, 0, 0};
  return sr_mention_add(out, arena, v, SR_MENTION_DATE, first, end - 1, rule, &fresh,
                        sizeof fresh);
}

/* An absolute date, its year filled in, with "dernier" after it noted. */
static int dated_at(const sr_view *v, size_t i, partial *p, size_t *end) {
  if (!absolute_at(v, i, p, end)) return 0;
  size_t past = role_at(v, *end, SR_DW_PAST);
  if (p->month && !p->year) p->year = infer_year(v, p->month, p->day, past > 0);
  *end += past;
  return 1;
}

static size_t skip_article(const sr_view *v, size_t i) {
  return i + role_at(v, i, SR_DW_ARTICLE);
}

static int try_range(const sr_view *v, size_t i, sr_mention_list *out,
                     sr_arena *arena) {
  size_t olen, jlen, end1, end2;
  const sr_row *open = sr_view_match(v, &v->k->t[SR_MT_RANGE_OPEN], i, &olen);
  if (!open) return 0;
  size_t a = skip_article(v, i + olen);
  partial p1, p2;
  int day_only = 0;
  if (!absolute_at(v, a, &p1, &end1)) {
    if (!day_at(v, a, &p1.day)) return 0;
    day_only = 1;
    end1 = a + 1;
  }
  const sr_row *join = sr_view_match(v, &v->k->t[SR_MT_RANGE_JOIN], end1, &jlen);
  if (!join || join->a != open->a) return 0;
  size_t b = skip_article(v, end1 + jlen);
  if (!dated_at(v, b, &p2, &end2) || !p2.day) return 0;
  if (day_only) {
    p1.month = p2.month, p1.year = p2.year;
  } else if (!p1.year) {
    p1.year = p2.year && p1.month <= p2.month ? p2.year
                                              : infer_year(v, p1.month, p1.day, 1);
  }
  if (!p1.day || !p1.month) return 0;
  sr_mention *m = emit(v, out, arena, i, end2, "date.range");
  if (!m) return 1;
  if (!p1.year || !p2.year) {
    sr_date_of(m)->precision = SR_PREC_UNKNOWN;
    return 1;
  }
  sr_date_of(m)->value = (sr_date){p1.year, p1.month, p1.day};
  sr_date_of(m)->until = (sr_date){p2.year, p2.month, p2.day};
  sr_date_of(m)->precision = SR_PREC_RANGE;
  return 1;
}

/* The weekday named at i (ISO 1-7), its end in *end; 0 when none. */
static int weekday_at(const sr_view *v, size_t i, size_t *end) {
  size_t len;
  const sr_row *wd = sr_view_match(v, &v->k->t[SR_MT_WEEKDAYS], i, &len);
  if (!wd) return 0;
  *end = i + len;
  return (int)wd->a;
}

/* "between Friday and Sunday", "dans la nuit de samedi à dimanche", "on
** Saturday and Sunday": two weekdays that bound the days of one telling,
** the latest of the second's name on or before publication and the days
** back to the first's ("late Saturday and early Sunday" too).  With a
** range's opening word ("between", "de") the two lie within a week; joined
** alone ("Saturday and Sunday") they follow each other: "on Monday and
** Thursday" is two days, not four.  Each weekday is read alone when there
** is no publication date to count from, or a word such as "last" or "next"
** qualifies either.  Asked only where a weekday wd1 is named, at i (to
** end1): its opening or edge word is the one just before. */
static int try_weekday_range(const sr_view *v, size_t i, int wd1, size_t end1,
                             sr_mention_list *out, sr_arena *arena) {
  size_t olen, jlen, end2, after, start = i;
  if (!v->published) return 0;
  const sr_row *open = NULL;
  for (size_t k = 1; k <= 2 && k <= i && !open && !v->used[i - k]; k++) {
    const sr_row *r = sr_view_match(v, &v->k->t[SR_MT_RANGE_OPEN], i - k, &olen);
    if (r && olen == k) open = r, start = i - k;
  }
  if (!open && i > 0 && !v->used[i - 1] && role_at(v, i - 1, SR_DW_PERIOD_EDGE) == 1)
    start = i - 1;
  int role = date_word_at(v, end1, &after);
  if (role == SR_DW_PAST || role == SR_DW_NEXT) return 0;
  const sr_row *join = sr_view_match(v, &v->k->t[SR_MT_RANGE_JOIN], end1, &jlen);
  if (!join || (open && join->a != open->a)) return 0;
  size_t b = skip_article(v, end1 + jlen);
  int wd2 = weekday_at(v, b, &end2);
  if (!wd2 && !open && role_at(v, b, SR_DW_PERIOD_EDGE) == 1) wd2 = weekday_at(v, ++b, &end2);
  if (!wd2) return 0;
  role = date_word_at(v, end2, &after);
  if (role == SR_DW_PAST || role == SR_DW_NEXT) return 0;
  partial p;
  size_t dend;
  /* "Saturday and Sunday, March 11": the date says it all */
  if (dated_at(v, end2, &p, &dend) || (sr_view_comma(v, end2) && dated_at(v, end2 + 1, &p, &dend)))
    return 0;
  int gap = (wd2 - wd1 + 7) % 7;
  if (gap == 0 || (!open && gap != 1)) return 0;
  long pub = pub_days(v), last = pub - (sr_weekday(pub) - wd2 + 7) % 7;
  sr_mention *m = emit(v, out, arena, start, end2, "date.weekday_range");
  if (!m) return 1;
  set_day(sr_date_of(m), last - gap);
  sr_ymd e = sr_civil_from_days(last);
  sr_date_of(m)->until = (sr_date){e.year, e.month, e.day};
  sr_date_of(m)->precision = SR_PREC_RANGE;
  return 1;
}

/* "ce lundi", "lundi", "lundi dernier", "last Monday", "on Sunday" */
static int try_weekday(const sr_view *v, size_t i, sr_mention_list *out,
                       sr_arena *arena) {
  size_t j = i, len;
  int past = 0, next = 0;
  size_t cue;
  int role = date_word_at(v, j, &cue);
  if (role == SR_DW_THIS || role == SR_DW_PAST || role == SR_DW_NEXT) j += cue;
  past = role == SR_DW_PAST;
  next = role == SR_DW_NEXT;
  const sr_row *wd = sr_view_match(v, &v->k->t[SR_MT_WEEKDAYS], j, &len);
  if (!wd) return 0;
  size_t end = j + len, after;
  if (j == i && try_weekday_range(v, i, (int)wd->a, end, out, arena)) return 1;
  partial p;
  size_t dend;
  /* "Monday, March 11": a comma may stand between */
  if (dated_at(v, end, &p, &dend) || (sr_view_comma(v, end) && dated_at(v, end + 1, &p, &dend))) {
    /* "lundi 31 octobre": the date says it all. */
    sr_mention *m = emit(v, out, arena, i, dend, "date.weekday_absolute");
    if (m) set_partial(sr_date_of(m), p);
    return 1;
  }
  role = date_word_at(v, end, &after);
  if (role == SR_DW_PAST) past = 1, end += after;
  else if (role == SR_DW_NEXT) next = 1, end += after;
  sr_mention *m = emit(v, out, arena, i, end, "date.weekday");
  if (!m) return 1;
  if (!v->published) {
    sr_date_of(m)->precision = SR_PREC_UNKNOWN;
    sr_date_of(m)->weekday = (int)wd->a; /* "on Wednesday" is not "on Friday" */
    return 1;
  }
  long pub = pub_days(v);
  int delta = (sr_weekday(pub) - wd->a + 7) % 7;
  if (next) {
    int ahead = (wd->a - sr_weekday(pub) + 7) % 7;
    set_day(sr_date_of(m), pub + (ahead ? ahead : 7));
  } else {
    set_day(sr_date_of(m), pub - (past && delta == 0 ? 7 : delta));
  }
  return 1;
}

/* "il y a trois jours", "three days ago" */
static int try_ago(const sr_view *v, size_t i, sr_mention_list *out,
                   sr_arena *arena) {
  size_t lead = role_at(v, i, SR_DW_AGO_BEFORE), ulen;
  sr_number num;
  if (!sr_number_at(v, i + lead, &num)) return 0;
  const sr_row *unit = sr_view_match(v, &v->k->t[SR_MT_TIME_UNITS], num.end, &ulen);
  if (!unit || unit->a < SR_UNIT_DAY) return 0;
  size_t end = num.end + ulen, trail = 0;
  /* "three days ago" counts back from publication; "three days later" on
  ** from the story's last day, "three days earlier" back from it */
  int sign = -1, anchor = SR_ANCHOR_PUBLISHED;
  if (!lead) {
    int role = date_word_at(v, end, &trail);
    if (role == SR_DW_LATER) sign = 1, anchor = SR_ANCHOR_STORY;
    else if (role == SR_DW_EARLIER) anchor = SR_ANCHOR_STORY;
    else if (role != SR_DW_AGO_AFTER) return 0;
  }
  sr_mention *m = emit(v, out, arena, i, end + trail,
                       anchor == SR_ANCHOR_STORY ? "date.story_relative" : "date.ago");
  if (m) {
    int units = (int)num.value;
    const sr_date *from = anchor_of(v, i, anchor, sign * units);
    if (unit->a == SR_UNIT_WEEK) set_relative(from, sr_date_of(m), sign * 7 * units, SR_UNIT_DAY);
    else set_relative(from, sr_date_of(m), sign * units, unit->a);
  }
  return 1;
}

static int try_year(const sr_view *v, size_t i, sr_mention_list *out,
                    sr_arena *arena) {
  size_t cue;
  int role = date_word_at(v, i, &cue);
  if (role != SR_DW_YEAR_CUE && role != SR_DW_SINCE && role != SR_DW_PERIOD_EDGE &&
      role != SR_DW_UNTIL)
    cue = 0;
  int year;
  if (!cue || !year_at(v, i + cue, &year)) return 0;
  /* "en 2012 combattants" would be a count, not a year. */
  if (i + cue + 1 < v->n && sr_view_match(v, &v->k->t[SR_MT_COUNTED], i + cue + 1, &(size_t){0}))
    return 0;
  sr_mention *m = emit(v, out, arena, i + cue, i + cue + 1, "date.year");
  if (m) sr_date_of(m)->value = (sr_date){year, 0, 0}, sr_date_of(m)->precision = SR_PREC_YEAR;
  return 1;
}

/* "in April", "en avril", "since March", "last November": a month told whole, in the year
** before publication or publication's own, whichever is the latest not
** after it (a month named without a day is mostly a recap). */
static int try_month(const sr_view *v, size_t i, sr_mention_list *out, sr_arena *arena) {
  size_t cue, len, end;
  int month;
  /* the month right after, first: most words are followed by none */
  if (!v->published || i + 1 >= v->n || !sr_set_has_table(v->starts[i + 1], &v->k->t[SR_MT_MONTHS]))
    return 0;
  int role = date_word_at(v, i, &cue);
  /* "last November": the latest of its name before publication */
  if (role != SR_DW_YEAR_CUE && role != SR_DW_SINCE && role != SR_DW_PERIOD_EDGE &&
      role != SR_DW_PAST && role != SR_DW_UNTIL)
    return 0;
  partial whole;
  if (!month_at(v, i + cue, &month, &len) || absolute_at(v, i + cue, &whole, &end)) return 0;
  /* "en mars dernier", "last March": told in March, the March before */
  size_t after;
  int last = role == SR_DW_PAST ||
             date_word_at(v, i + cue + len, &after) == SR_DW_PAST;
  int year = infer_year(v, month, 0, 1);
  if (last && year == v->published->year && month == v->published->month) year--;
  sr_mention *m = emit(v, out, arena, i + cue, i + cue + len, "date.month");
  if (m) {
    sr_date_of(m)->value = (sr_date){year, month, 0};
    sr_date_of(m)->precision = SR_PREC_MONTH;
  }
  return 1;
}

/* "on 24 and 25 July", "les 24 et 25 juillet", "On February 19 and 20,",
** "May 19 and May 20": two days that follow each other, joined by a
** range's closing word alone, are one telling's two days.  The date read
** at i (p, to *end) is either: its day joined to the one just before it
** ("24 and" before "25 July"), or to a day after it, bare ("19 and 20")
** only where a comma, a stop or the sentence's end follows, for "May 19
** and 20 people" counts people; or to a full date after it.  Not two days
** apart ("on 3 and 5 May" is two days).  *first and *last get the days. */
static int two_days(const sr_view *v, size_t i, const partial *p, size_t *start, size_t *end,
                    long *first, long *last) {
  size_t jlen, e2;
  int d;
  partial p2;
  if (!p->year || !p->month || !p->day) return 0;
  long day = sr_days_from_civil(p->year, p->month, p->day);
  if (*start == i && i >= 2 && !v->used[i - 1] && !v->used[i - 2] && day_at(v, i - 2, &d) &&
      d + 1 == p->day && sr_view_match(v, &v->k->t[SR_MT_RANGE_JOIN], i - 1, &jlen) && jlen == 1) {
    *start = i - 2, *first = day - 1, *last = day;
    return 1;
  }
  if (!sr_view_match(v, &v->k->t[SR_MT_RANGE_JOIN], *end, &jlen)) return 0;
  size_t b = skip_article(v, *end + jlen);
  if (dated_at(v, b, &p2, &e2)) {
    if (!p2.year || !p2.month || !p2.day ||
        sr_days_from_civil(p2.year, p2.month, p2.day) != day + 1)
      return 0;
  } else if (day_at(v, b, &d) && d == p->day + 1 &&
             (b + 1 >= v->n || v->tok[b + 1].kind == SR_TOKEN_PUNCT)) {
    e2 = b + 1;
  } else {
    return 0;
  }
  *end = e2, *first = day, *last = day + 1;
  return 1;
}

/* "a monitoring group said Saturday", "a déclaré lundi": the date a date
** at token i gives is when someone spoke, not when anything happened. */
static int of_statement(const sr_view *v, const sr_speech_test *speech, size_t i, size_t end) {
  if (!speech) return 0;
  size_t at = i;
  if (at > 0 && role_at(v, at - 1, SR_DW_ARTICLE)) at--; /* "said on Saturday" */
  /* "The army on Monday accused the rebels of ...", "a lundi accusé" */
  return speech->ends_at(speech->ctx, v, at) ||
         (speech->starts_at && speech->starts_at(speech->ctx, v, end));
}

void sr_recognize_dates(const sr_view *v, const sr_speech_test *speech,
                        sr_mention_list *out, sr_arena *arena) {
  for (size_t i = 0; i < v->n; i++) {
    if (v->used[i]) continue;
    size_t first_date = out->count, len, end;
    partial p;
    const sr_row *rel = sr_view_match(v, &v->k->t[SR_MT_RELATIVE_DATES], i, &len);
    if (rel) {
      sr_mention *m = emit(v, out, arena, i, i + len,
                           rel->value == SR_ANCHOR_STORY ? "date.story_relative" : "date.relative");
      if (m) set_relative(anchor_of(v, i, (int)rel->value, rel->a), sr_date_of(m), rel->a, rel->b);
    } else if (try_range(v, i, out, arena) || try_ago(v, i, out, arena) ||
               try_weekday(v, i, out, arena) || try_year(v, i, out, arena) ||
               try_month(v, i, out, arena)) {
      /* done */
    } else if (dated_at(v, i, &p, &end)) {
      /* "fin juillet 2016": the edge word is part of the date's text. */
      size_t start = i;
      if (i > 0 && !v->used[i - 1] && role_at(v, i - 1, SR_DW_PERIOD_EDGE) == 1)
        start = i - 1;
      long first = 0, last = 0;
      if (two_days(v, i, &p, &start, &end, &first, &last)) {
        sr_mention *m = emit(v, out, arena, start, end, "date.range");
        if (m) {
          set_day(sr_date_of(m), first);
          sr_ymd e = sr_civil_from_days(last);
          sr_date_of(m)->until = (sr_date){e.year, e.month, e.day};
          sr_date_of(m)->precision = SR_PREC_RANGE;
        }
      } else {
        sr_mention *m = emit(v, out, arena, start, end, "date.absolute");
        if (m) set_partial(sr_date_of(m), p);
      }
    } else {
      continue;
    }
    if (out->count > first_date) {
      size_t after = i;
      while (after < v->n && v->used[after]) after++;
      /* "“We have confirmed 12 dead today”": a day counted from the
      ** speaker's, not the report's, says when they spoke */
      sr_date_of(&out->items[first_date])->of_statement =
          of_statement(v, speech, i, after) || (rel && sr_view_quoted(v, i));
      /* "rester au pouvoir jusqu'en 2026", "until March": a span's end */
      sr_date_of(&out->items[first_date])->bound =
          role_at(v, i, SR_DW_UNTIL) ||
          (i > 0 && (role_at(v, i - 1, SR_DW_UNTIL) ||
                     (i > 1 && role_at(v, i - 1, SR_DW_ARTICLE) && role_at(v, i - 2, SR_DW_UNTIL))));
    }
    while (i + 1 < v->n && v->used[i + 1]) i++;
  }
}
