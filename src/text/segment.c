#include "segment.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "../util/error.h"
#include "../util/utf8.h"

/* ------------------------------------------------------------ helpers */

static UChar32 cp_at(const char *text, size_t len, size_t i, size_t *next) {
  UChar32 c;
  U8_NEXT((const uint8_t *)text, i, len, c);
  *next = i;
  return c;
}

/* The code point ending at byte i (text is valid UTF-8, i > 0). */
static UChar32 cp_before(const char *text, size_t i, size_t *prev) {
  size_t p = i - 1;
  while (p > 0 && i - p < 4 && ((unsigned char)text[p] & 0xC0) == 0x80) p--;
  *prev = p;
  size_t next;
  return cp_at(text, i, p, &next);
}

static int is_space_cp(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }

/* Quotation marks and brackets that may sit between a sentence's end and the
** next word without changing where the sentence ends. */
static int is_wrapper_cp(UChar32 c) {
  if (c < 0) return 0;
  int8_t t = u_charType(c);
  return t == U_INITIAL_PUNCTUATION || t == U_FINAL_PUNCTUATION ||
         t == U_START_PUNCTUATION || t == U_END_PUNCTUATION || c == '"' ||
         c == '\'';
}

/* ---------------------------------------------------------- sentences */

/* The word that ends [start, end) if it ends with a period, else 0.
** Returns the byte range of the word before the period. */
static int word_before_period(const char *text, size_t start, size_t end,
                              size_t *ws, size_t *we) {
  size_t i = end, p;
  while (i > start) {
    UChar32 c = cp_before(text, i, &p);
    if (!is_space_cp(c)) break;
    i = p;
  }
  if (i <= start || text[i - 1] != '.') return 0;
  *we = i - 1;
  size_t j = *we;
  while (j > start) {
    UChar32 c = cp_before(text, j, &p);
    if (!(u_isalpha(c) || c == '.')) break;
    j = p;
  }
  *ws = j;
  return *we > *ws;
}

/* Line breaks in [a, b): "\r\n" is one. */
static int newlines(const char *text, size_t a, size_t b) {
  int n = 0;
  for (size_t i = a; i < b; i++)
    n += text[i] == '\n' || (text[i] == '\r' && (i + 1 == b || text[i + 1] != '\n'));
  return n;
}

/* Code points of the line that ends at byte `end`. */
static size_t line_width(const char *text, size_t end) {
  size_t start = end, n = 0;
  while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r') start--;
  for (size_t i = start; i < end; i++) n += ((unsigned char)text[i] & 0xC0) != 0x80;
  return n;
}

/* A line ends a sentence when it ends with one of these: a stop, a colon
** before a list or a quotation, a closing quotation mark. */
static int ends_sentence_cp(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 /* … */ || c == ':' ||
         c == ';' || c == 0xBB /* » */ || c == 0x201D /* ” */ || c == '"';
}

/* "- ", "* ", "• ", "1. ", "2) ": a list item starts its own sentence. */
static int bullet_at(const char *text, size_t len, size_t i) {
  size_t nx;
  UChar32 c = cp_at(text, len, i, &nx);
  if (c == '-' || c == '*' || c == 0x2022 || c == 0x00B7 || c == 0x2013 || c == 0x2014)
    return 1;
  size_t k = i;
  while (k < len && text[k] >= '0' && text[k] <= '9') k++;
  return k > i && k < len && (text[k] == '.' || text[k] == ')');
}

/* Hard-wrapped copy: every line at most `width` code points ("wire copy at
** ~70 columns"), a few of them long and running on without a stop.  Set
** once per text. */
typedef struct wrap_info {
  int wrapped;
  size_t width;
} wrap_info;

#define WRAP_MAX_WIDTH 100 /* code points: longer lines are paragraphs */
#define WRAP_MIN_RUNS 2    /* long lines without a stop that make it wrapped, */
#define WRAP_MIN_SHARE 4   /* and at least one line in this many */

static int long_line(const wrap_info *w, size_t width) {
  return 3 * width >= 2 * w->width;
}

static wrap_info wrap_of(const char *text, size_t len) {
  wrap_info w = {0, 0};
  size_t lines = 0;
  for (size_t a = 0; a < len;) {
    const char *nl = memchr(text + a, '\n', len - a);
    size_t e = nl ? (size_t)(nl - text) : len;
    /* a code point has at most 4 bytes: a longer line is a paragraph */
    if (e - a > 4 * WRAP_MAX_WIDTH) return w;
    size_t width = 0;
    for (size_t i = a; i < e; i++) width += ((unsigned char)text[i] & 0xC0) != 0x80;
    if (width > w.width) w.width = width;
    if (width > WRAP_MAX_WIDTH) return w;
    lines += width > 0;
    a = e + 1;
  }
  if (lines < 2 || w.width == 0) return w;
  size_t runs = 0;
  for (size_t a = 0; a < len;) {
    const char *nl = memchr(text + a, '\n', len - a);
    if (!nl) break;
    size_t e = (size_t)(nl - text), p = e;
    while (p > a && (text[p - 1] == ' ' || text[p - 1] == '\r' || text[p - 1] == '\t')) p--;
    if (p > a && long_line(&w, line_width(text, p))) {
      size_t q;
      runs += !ends_sentence_cp(cp_before(text, p, &q));
    }
    a = e + 1;
  }
  w.wrapped = runs >= WRAP_MIN_RUNS && runs * WRAP_MIN_SHARE >= lines;
  return w;
}

/* A single line break at `back` (the end of the line's text) before the
** text at `next`: soft, inside a sentence, when the line does not end like
** a sentence and the next does not start a list item, and either the next
** line runs on in lower case ("killed\non Wednesday") or the text is
** hard-wrapped and the line is a long one (a heading is short). */
static int soft_break(const wrap_info *w, const char *text, size_t len,
                      size_t back, size_t next) {
  size_t q;
  if (back == 0 || ends_sentence_cp(cp_before(text, back, &q))) return 0;
  if (next >= len || bullet_at(text, len, next)) return 0;
  UChar32 c = cp_at(text, len, next, &q);
  if (u_islower(c)) return 1;
  return w->wrapped && long_line(w, line_width(text, back));
}

/* Whether bytes [a, b) hold a letter or a digit. */
static int has_alnum(const char *text, size_t a, size_t b) {
  size_t q;
  for (size_t i = a; i < b; i = q)
    if (u_isalnum(cp_at(text, b, i, &q))) return 1;
  return 0;
}

/* Should the break between [prev_start, boundary) and what follows be
** undone?  Within a paragraph; across a single line break only when the
** line was wrapped inside a sentence (soft_break). */
static int keep_together(const sr_segment_rules *rules, const wrap_info *w,
                         const char *text, size_t len, size_t prev_start,
                         size_t boundary) {
  size_t i = boundary, nx;
  /* Look back over the white space the break iterator put before us. */
  size_t back = boundary, p;
  while (back > prev_start) {
    UChar32 c = cp_before(text, back, &p);
    if (!is_space_cp(c)) break;
    back = p;
  }
  int breaks = newlines(text, back, boundary);
  size_t next = boundary;
  while (next < len) {
    UChar32 c = cp_at(text, len, next, &nx);
    if (!is_space_cp(c)) break;
    if (c == '\n' || c == '\r') breaks += c == '\n' || nx == len || text[nx] != '\n';
    next = nx;
  }
  if (breaks >= 2) return 0; /* a blank line */
  if (breaks == 1) return soft_break(w, text, len, back, next);
  /* Next visible letter: lower case means the sentence runs on. */
  while (i < len) {
    UChar32 c = cp_at(text, len, i, &nx);
    if (is_space_cp(c) || is_wrapper_cp(c) || c == ',' || c == ';') {
      i = nx;
      continue;
    }
    if (u_islower(c)) return 1;
    break;
  }
  size_t ws, we;
  if (!word_before_period(text, prev_start, boundary, &ws, &we)) return 0;
  size_t wlen = we - ws;
  /* An initial: one letter and a period ("M.", "J. Smith"). */
  size_t after_first;
  UChar32 first = cp_at(text, we, ws, &after_first);
  if (after_first == we && u_isupper(first)) return 1;
  return rules->abbreviations &&
         sr_strmap_get(rules->abbreviations, text + ws, wlen, NULL);
}

/* Whether [i, e) holds white space, then a figure ("150", "1 500", "2,000"),
** then a word in lower case: what ICU keeps in the sentence before. */
static int opens_with_figure(const char *text, size_t i, size_t e) {
  size_t nx;
  UChar32 c = 0;
  while (i < e && is_space_cp(c = cp_at(text, e, i, &nx))) {
    if (c == '\n' || c == '\r') return 0; /* a line break: ICU's or the wrap rules' */
    i = nx;
  }
  if (i >= e || c < '0' || c > '9') return 0;
  while (i < e) {
    c = cp_at(text, e, i, &nx);
    if (!(c >= '0' && c <= '9') && c != ',' && c != '.' && !is_space_cp(c)) break;
    i = nx;
  }
  return i < e && u_islower(c);
}

/* Where a sentence glued to the one before it begins, in [a, e), else 0:
** pages joined without their paragraph breaks give "a-t-on appris auprès
** de la police.Des membres", "du Pasteur Ntumi.L'accord", which ICU's
** rules keep as one sentence (a period between letters is inside a word).
** A word of two letters or more, in lower case but perhaps its first, no
** abbreviation; a period; then a capital and a lower-case letter or an
** elision's apostrophe.  Not inside an address ("example.com/News.Html").
** Also a sentence that opens with a figure ("Plusieurs bureaux ont été
** saccagés. 150 militaires ont été envoyés"): ICU runs on past a period
** when a number and then a lower-case word follow it ("e.g. 5 apples"),
** which here glues the soldiers sent to the ransacking before them; the
** same word before the period is asked for. */
static size_t glued_sentence(const sr_segment_rules *rules, const char *text, size_t a,
                             size_t e) {
  for (size_t i = a + 1; i + 2 < e; i++) {
    const char *dot = memchr(text + i, '.', e - 2 - i);
    if (!dot) break;
    i = (size_t)(dot - text);
    size_t after, after2, p;
    UChar32 up = cp_at(text, e, i + 1, &after);
    if (is_space_cp(up)) {
      if (!opens_with_figure(text, after, e)) continue;
    } else {
      if (!u_isupper(up) || after >= e) continue;
      UChar32 next = cp_at(text, e, after, &after2);
      if (!u_islower(next) && next != '\'' && next != 0x2019) continue; /* "L'accord" */
    }
    size_t ws = i, letters = 0, capitals = 0;
    while (ws > a) {
      UChar32 c = cp_before(text, ws, &p);
      if (!u_isalpha(c)) break;
      letters++;
      capitals += !u_islower(c);
      ws = p;
    }
    /* "police", "Ntumi": no capital but perhaps the first ("U.S", "LEMONDE" not) */
    if (letters < 2 || capitals > 1 || (capitals == 1 && !u_isupper(cp_at(text, i, ws, &p))))
      continue;
    if (ws > a) {
      UChar32 c = cp_before(text, ws, &p);
      if (c == '.' || c == '/' || c == '@' || c == ':' || c == '-' || c == '_') continue;
    }
    if (rules->abbreviations && sr_strmap_get(rules->abbreviations, text + ws, i - ws, NULL))
      continue;
    return i + 1;
  }
  return 0;
}

sr_status sr_split_sentences(UBreakIterator *bi, const sr_segment_rules *rules,
                             const char *text, size_t len, sr_arena *arena,
                             sr_sentence **out, size_t *count, sr_error *err) {
  UErrorCode status = U_ZERO_ERROR;
  UText *ut = utext_openUTF8(NULL, text, (int64_t)len, &status);
  if (U_FAILURE(status))
    return sr_error_set(err, SR_EICU, "utext_openUTF8: %s",
                        u_errorName(status));
  ubrk_setUText(bi, ut, &status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return sr_error_set(err, SR_EICU, "ubrk_setUText: %s", u_errorName(status));
  }
  size_t cap = 64, n = 0;
  sr_sentence *s = sr_arena_alloc(arena, cap * sizeof *s);
  int failed = s == NULL;
  wrap_info wrap = wrap_of(text, len);
  sr_cp_cursor cur;
  sr_cp_cursor_init(&cur, text);
  size_t start = 0;
  int32_t b = ubrk_first(bi);
  while (!failed && b != UBRK_DONE) {
    b = ubrk_next(bi);
    if (b == UBRK_DONE) break;
    size_t boundary = (size_t)b;
    if (boundary < len && keep_together(rules, &wrap, text, len, start, boundary))
      continue;
    /* Trim white space on both sides; drop what is left empty. */
    size_t a = start, e = boundary, q;
    while (a < e) {
      UChar32 c = cp_at(text, e, a, &q);
      if (!is_space_cp(c)) break;
      a = q;
    }
    while (e > a) {
      UChar32 c = cp_before(text, e, &q);
      if (!is_space_cp(c)) break;
      e = q;
    }
    start = boundary;
    /* "![" before a page's image caption, "+ -" before a dateline: marks
    ** alone are no sentence (they would count among the head's) */
    if (!has_alnum(text, a, e)) continue;
    while (a < e && !failed) {
      size_t glued = glued_sentence(rules, text, a, e);
      size_t end = glued ? glued : e;
      if (n == cap) {
        sr_sentence *grown =
            sr_arena_grow(arena, s, cap * sizeof *s, cap * 2 * sizeof *s);
        failed = grown == NULL;
        if (failed) break;
        s = grown;
        cap *= 2;
      }
      s[n].byte_start = a;
      s[n].byte_end = end;
      s[n].cp_start = sr_cp_cursor_to(&cur, a);
      s[n].cp_end = sr_cp_cursor_to(&cur, end);
      n++;
      a = end;
      /* the white space after a period a figure follows */
      while (a < e && is_space_cp(cp_at(text, e, a, &q))) a = q;
    }
  }
  utext_close(ut);
  if (failed)
    return sr_error_set(err, SR_ENOMEM, "out of memory splitting sentences");
  *out = s;
  *count = n;
  return SR_OK;
}

/* ------------------------------------------------------------- tokens */

static int is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

static int all_digits(const char *s, size_t a, size_t b) {
  if (a >= b) return 0;
  for (size_t i = a; i < b; i++)
    if (!is_ascii_digit(s[i])) return 0;
  return 1;
}

/* Is byte k (absolute) a word boundary?  The merged number must end where
** an ICU word ends: "28-10.5" is "28", "-", "10.5" to ICU, and a merge that
** stopped at "28-10" would leave ".5" to a segment that the caller skips as
** already covered, so those characters would belong to no token.
** ubrk_isBoundary moves the iterator; it is put back on `current`, the
** boundary the caller's loop stands on. */
static int word_ends_at(UBreakIterator *bi, size_t base, int32_t current,
                        size_t k) {
  UBool yes = ubrk_isBoundary(bi, (int32_t)(k - base));
  ubrk_isBoundary(bi, current);
  return yes;
}

/* A number run on by "-" (28-10) or by a no-break space before a group of
** three digits (1 500, as French typography writes it). */
static size_t extend_number(UBreakIterator *bi, size_t base, int32_t current,
                            const char *text, size_t end, size_t limit) {
  for (;;) {
    size_t j = end, sep_end;
    if (j < limit && text[j] == '-') {
      sep_end = j + 1;
      size_t k = sep_end;
      while (k < limit && is_ascii_digit(text[k])) k++;
      if (k > sep_end && k - sep_end <= 4 && (k == limit || !u_isalpha((unsigned char)text[k])) &&
          word_ends_at(bi, base, current, k)) {
        end = k;
        continue;
      }
      return end;
    }
    size_t nx;
    UChar32 c = j < limit ? cp_at(text, limit, j, &nx) : -1;
    if (c == 0x00A0 || c == 0x202F) {
      size_t k = nx;
      while (k < limit && is_ascii_digit(text[k])) k++;
      if (k - nx == 3 && (k == limit || !is_ascii_digit(text[k])) &&
          word_ends_at(bi, base, current, k)) {
        end = k;
        continue;
      }
    }
    return end;
  }
}

/* Longest elided prefix looked for, in bytes ("lorsqu" has 6). */
#define ELISION_MAX 8

/* Byte length of an elided prefix ("d’", "qu'") when the word starts with
** one the language lists, else 0. */
static size_t elision_length(const sr_segment_rules *rules, const char *text,
                             size_t start, size_t end) {
  if (!rules->elisions) return 0;
  for (size_t i = start; i < end && i - start <= ELISION_MAX; i++) {
    size_t alen = 0;
    if (text[i] == '\'') alen = 1;
    else if (end - i >= 3 && memcmp(text + i, "\xE2\x80\x99", 3) == 0) alen = 3;
    if (!alen) continue;
    if (i == start || i + alen >= end) return 0;
    char lower[ELISION_MAX];
    size_t n = i - start; /* 1..ELISION_MAX: the loop's bound */
    for (size_t k = 0; k < n; k++) {
      char c = text[start + k];
      lower[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    return sr_strmap_get(rules->elisions, lower, n, NULL) ? n + alen : 0;
  }
  return 0;
}

static int push_token(sr_arena *arena, sr_token **toks, size_t *n, size_t *cap,
                      size_t a, size_t b, sr_token_kind kind) {
  if (*n == *cap) {
    sr_token *t = sr_arena_grow(arena, *toks, *cap * sizeof **toks,
                                *cap * 2 * sizeof **toks);
    if (!t) return -1;
    *toks = t;
    *cap *= 2;
  }
  sr_token *t = &(*toks)[(*n)++];
  t->byte_start = a;
  t->byte_end = b;
  t->kind = kind;
  return 0;
}

sr_status sr_split_tokens(UBreakIterator *bi, const sr_segment_rules *rules,
                          const char *text, const sr_sentence *sentence,
                          sr_arena *arena, sr_token **out, size_t *count,
                          sr_error *err) {
  size_t base = sentence->byte_start, limit = sentence->byte_end;
  UErrorCode status = U_ZERO_ERROR;
  UText *ut = utext_openUTF8(NULL, text + base, (int64_t)(limit - base), &status);
  if (U_SUCCESS(status)) ubrk_setUText(bi, ut, &status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return sr_error_set(err, SR_EICU, "word break: %s", u_errorName(status));
  }
  size_t cap = 32, n = 0;
  sr_token *toks = sr_arena_alloc(arena, cap * sizeof *toks);
  int failed = toks == NULL;
  int32_t prev = ubrk_first(bi);
  size_t resume = base; /* bytes already covered by a merged token */
  for (int32_t b = ubrk_next(bi); !failed && b != UBRK_DONE;
       prev = b, b = ubrk_next(bi)) {
    size_t a = base + (size_t)prev, e = base + (size_t)b;
    if (a < resume) continue;
    int32_t tag = ubrk_getRuleStatus(bi);
    /* Skip white space at the segment's start, not the whole segment: ICU
    ** joins U+202F to the digits after it (it is ExtendNumLet), so after a
    ** non-number "\u202F000" is one segment, and skipping it lost "000". */
    size_t nx;
    UChar32 c = cp_at(text, e, a, &nx);
    while (is_space_cp(c) && nx < e) {
      a = nx;
      c = cp_at(text, e, a, &nx);
    }
    if (is_space_cp(c)) continue;
    sr_token_kind kind;
    /* ("M23", "A320": ICU calls a word that ends in digits a number; one
    ** that opens with a letter is a name) */
    int number = tag >= UBRK_WORD_NUMBER && tag < UBRK_WORD_NUMBER_LIMIT;
    if (number && !u_isalpha(c)) {
      kind = SR_TOKEN_NUMBER;
      if (all_digits(text, a, e)) e = extend_number(bi, base, b, text, e, limit);
    } else if (number || tag >= UBRK_WORD_LETTER) {
      kind = SR_TOKEN_WORD;
      size_t el = elision_length(rules, text, a, e);
      if (el) {
        failed = push_token(arena, &toks, &n, &cap, a, a + el, SR_TOKEN_WORD);
        a += el;
      }
    } else {
      kind = u_ispunct(c) ? SR_TOKEN_PUNCT : SR_TOKEN_SYMBOL;
    }
    if (!failed) failed = push_token(arena, &toks, &n, &cap, a, e, kind);
    resume = e;
  }
  utext_close(ut);
  if (failed) return sr_error_set(err, SR_ENOMEM, "out of memory tokenising");
  /* Code point offsets in one forward pass from the sentence start. */
  sr_cp_cursor cur = {text, sentence->byte_start, sentence->cp_start};
  for (size_t i = 0; i < n; i++) {
    toks[i].span.start = sr_cp_cursor_to(&cur, toks[i].byte_start);
    toks[i].span.end = sr_cp_cursor_to(&cur, toks[i].byte_end);
  }
  *out = toks;
  *count = n;
  return SR_OK;
}
