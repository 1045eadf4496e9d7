/*
** Numbers as news writes them: "1500", "1 500", "1.500", "1,500", "1,5
** million", "vingt-trois", "quatre-vingt-deux", "one hundred and five",
** "1er", "une soixantaine".  The words come from the language's pack.
*/
#include <string.h>

#include "mention.h"

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static size_t token_len(const sr_view *v, size_t i) {
  return v->tok[i].byte_end - v->tok[i].byte_start;
}

static const char *token_text(const sr_view *v, size_t i) {
  return v->text + v->tok[i].byte_start;
}

/* Digits with separators.  The language's decimal mark (from its pack) is
** always the decimal point: French "4,800" is 4.8.  Any other separator
** followed by exactly three digits groups thousands ("1 500", "1.500" in
** French, "1,500" in English); otherwise "," or "." is a decimal point. */
static int parse_digits(const char *s, size_t len, char decimal_mark,
                        double *out) {
  double value = 0;
  size_t i = 0;
  while (i < len && is_digit(s[i])) value = value * 10 + (s[i++] - '0');
  if (i == 0) return 0;
  while (i < len) {
    size_t sep = 0;
    int point = s[i] == ',' || s[i] == '.';
    if (point) sep = 1;
    else if (len - i >= 2 && memcmp(s + i, "\xC2\xA0", 2) == 0) sep = 2;
    else if (len - i >= 3 && memcmp(s + i, "\xE2\x80\xAF", 3) == 0) sep = 3;
    if (!sep) return 0;
    size_t j = i + sep, d = 0;
    while (j + d < len && is_digit(s[j + d])) d++;
    if (d == 3 && s[i] != decimal_mark) {
      for (size_t k = 0; k < 3; k++) value = value * 10 + (s[j + k] - '0');
    } else if (point && d > 0 && j + d == len) {
      double scale = 0.1;
      for (size_t k = 0; k < d; k++, scale /= 10) value += (s[j + k] - '0') * scale;
    } else {
      return 0;
    }
    i = j + d;
  }
  *out = value;
  return 1;
}

/* "1 500", "1 234 567": groups of three digits after single spaces. */
static size_t join_space_groups(const sr_view *v, size_t i, double *value) {
  size_t end = i + 1;
  if (token_len(v, i) > 3) return end;
  while (end < v->n && v->tok[end].kind == SR_TOKEN_NUMBER &&
         v->tok[end].byte_start == v->tok[end - 1].byte_end + 1 &&
         v->text[v->tok[end - 1].byte_end] == ' ') {
    /* Three digits, or three and decimals: "1 234 567,89". */
    const char *g = token_text(v, end);
    size_t glen = token_len(v, end);
    double group;
    if (glen < 3 || !is_digit(g[0]) || !is_digit(g[1]) || !is_digit(g[2]) ||
        (glen > 3 && g[3] != v->k->decimal_mark) ||
        !parse_digits(g, glen, v->k->decimal_mark, &group))
      break;
    *value = *value * 1000 + group;
    end++;
  }
  return end;
}

/* Number words: additive, with multipliers ("trois cents", "two thousand")
** and joins ("vingt et un", hyphens).  A word flagged compound ("un", "a")
** counts only inside a longer number: alone it is an article. */
static int parse_words(const sr_view *v, size_t i, sr_number *out) {
  const sr_table *numbers = &v->k->t[SR_MT_NUMBERS];
  double total = 0, current = 0, best = 0;
  /* Additive words come in falling order ("vingt quatre", "one hundred and
  ** five"); a rise starts a new number: "vingt quatre et dix sept" is two. */
  double last_add = 1e300;
  size_t j = i, last_good = i;
  int words = 0, plain = 0;
  while (j < v->n) {
    size_t len, next_len;
    const sr_row *row = sr_view_match(v, numbers, j, &len);
    if (!row) break;
    if (row->a == SR_NUMBER_JOIN) {
      const sr_row *next = sr_view_match(v, numbers, j + len, &next_len);
      if (!words || !next || next->a == SR_NUMBER_JOIN ||
          (next->a != SR_NUMBER_MUL && next->value >= last_add))
        break;
      j += len;
      continue;
    }
    if (row->a != SR_NUMBER_MUL && row->value >= last_add) break;
    if (row->a == SR_NUMBER_MUL && row->value >= 1000) {
      total += (current ? current : 1) * row->value;
      current = 0;
    } else if (row->a == SR_NUMBER_MUL) {
      current = (current ? current : 1) * row->value;
    } else {
      current += row->value;
    }
    last_add = row->a == SR_NUMBER_MUL ? 1e300 : row->value;
    words++;
    if (row->a != SR_NUMBER_COMPOUND && row->a != SR_NUMBER_ARTICLE) plain = 1;
    j += len;
    last_good = j;
    best = total + current;
    /* A hyphen between two number words continues the number. */
    if (j + 1 < v->n && v->fold[j].len == 1 && v->fold[j].ptr[0] == '-' &&
        sr_view_match(v, numbers, j + 1, NULL))
      j++;
  }
  if (!plain) return 0;
  out->value = best;
  out->end = last_good;
  return 1;
}

int sr_number_at(const sr_view *v, size_t i, sr_number *out) {
  memset(out, 0, sizeof *out);
  if (i >= v->n) return 0;
  const sr_token *t = &v->tok[i];
  const char *s = token_text(v, i);
  size_t len = token_len(v, i);
  if (t->kind == SR_TOKEN_NUMBER) {
    if (memchr(s, '-', len) || memchr(s, '/', len)) return 0;
    if (!parse_digits(s, len, v->k->decimal_mark, &out->value)) return 0;
    out->digits = 1;
    out->end = join_space_groups(v, i, &out->value);
  } else if (t->kind == SR_TOKEN_WORD && is_digit(s[0])) {
    /* "1er", "3rd": digits then an ordinal ending from the pack. */
    size_t d = 0;
    while (d < len && is_digit(s[d])) d++;
    const sr_str *f = &v->fold[i];
    size_t flen;
    sr_str suffix = {f->ptr + d, f->len - d};
    if (d == len || d >= f->len) return 0;
    if (!sr_table_match(&v->k->t[SR_MT_ORDINALS], &suffix, 1, 0, &flen)) return 0;
    if (!parse_digits(s, d, '.', &out->value)) return 0;
    out->digits = out->ordinal = 1;
    out->end = i + 1;
    return 1;
  } else if (!sr_set_has_table(v->starts[i], &v->k->t[SR_MT_NUMBERS]) &&
             !sr_set_has_table(v->starts[i], &v->k->t[SR_MT_APPROXIMATIONS])) {
    return 0; /* no number word, no approximation opens here: most words */
  } else {
    /* "une soixantaine", "a dozen": the article belongs to the figure. */
    size_t alen, at = i, clen;
    const sr_row *article = sr_view_match(v, &v->k->t[SR_MT_NUMBERS], i, &clen);
    if (article && (article->a == SR_NUMBER_COMPOUND || article->a == SR_NUMBER_ARTICLE))
      at = i + clen;
    /* "faisant un mort", "au moins un blessé": an article the pack marks
    ** counts one before a toll's own noun (one word: "un mort", not "un
    ** mort-vivant") */
    size_t klen;
    const sr_row *toll =
        article && article->a == SR_NUMBER_ARTICLE && at < v->n
            ? sr_table_match_hashed(&v->k->t[SR_MT_QUANTITY_KINDS], v->stem, v->stem_hash, v->n, at, &klen)
            : NULL;
    if (toll && klen == 1 && (toll->a == SR_KIND_KILLED || toll->a == SR_KIND_INJURED)) {
      out->value = 1;
      out->end = at;
      return 1;
    }
    const sr_row *approx =
        sr_view_match(v, &v->k->t[SR_MT_APPROXIMATIONS], at, &alen);
    if (!approx && at != i)
      approx = sr_view_match(v, &v->k->t[SR_MT_APPROXIMATIONS], at = i, &alen);
    if (approx) {
      out->value = approx->value;
      out->approximate = approx->a + 1;
      out->end = at + alen;
      return 1;
    }
    if (!parse_words(v, i, out)) return 0;
  }
  /* "1,5 million", "3 millions", "two thousand" */
  size_t mlen;
  const sr_row *mul = sr_view_match(v, &v->k->t[SR_MT_NUMBERS], out->end, &mlen);
  if (out->digits && mul && mul->a == SR_NUMBER_MUL && mul->value >= 1000) {
    out->value *= mul->value;
    out->end += mlen;
  }
  return 1;
}
