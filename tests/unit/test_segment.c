/* Sentences and tokens: ICU plus the pack-driven repairs news text needs. */
#include <stdio.h>

#include "testutil.h"
#include "text/fold.h"
#include "text/stem.h"

static void expect_sentences(const sr_engine *engine, const char *text,
                             const char *lang, const char *const *want,
                             size_t n) {
  sr_doc *doc = test_doc(engine, text, lang, NULL);
  size_t got = sr_doc_sentence_count(doc);
  char buf[1024];
  for (size_t i = 0; i < got && i < n; i++) {
    test_slice(text, sr_doc_sentence(doc, i), buf, sizeof buf);
    assert_string_equal(buf, want[i]);
  }
  assert_int_equal(got, n);
  sr_doc_free(doc);
}

static void test_abbreviation_title_does_not_end_sentence(void **state) {
  const char *text = "Il a précisé M. Guérassimov. Puis il est parti.";
  const char *want[] = {"Il a précisé M. Guérassimov.", "Puis il est parti."};
  expect_sentences(*state, text, "fr", want, 2);
}

static void test_pack_abbreviation(void **state) {
  /* "Mme" is in packs/fr/abbreviations.txt; "gén." too. */
  const char *text = "Le gén. Souheil al-Hassan commande. Mme Dupont parle.";
  const char *want[] = {"Le gén. Souheil al-Hassan commande.",
                        "Mme Dupont parle."};
  expect_sentences(*state, text, "fr", want, 2);
}

static void test_english_abbreviations_and_initials(void **state) {
  const char *text =
      "Gen. John R. Allen said so. The U.S. envoy left on Nov. 4 2016. "
      "Then he spoke.";
  const char *want[] = {"Gen. John R. Allen said so.",
                        "The U.S. envoy left on Nov. 4 2016.",
                        "Then he spoke."};
  expect_sentences(*state, text, "en", want, 3);
}

static void test_quotation_runs_on_into_reporting_clause(void **state) {
  const char *text = "«Les combattants ne se rendront pas.», a-t-il déclaré. "
                     "Fin.";
  const char *want[] = {"«Les combattants ne se rendront pas.», a-t-il déclaré.",
                        "Fin."};
  expect_sentences(*state, text, "fr", want, 2);
}

static void test_line_break_ends_sentence(void **state) {
  /* A heading has no final period, but it is its own sentence: a short
  ** line before a capital is no wrapped line. */
  const char *text = "Les pertes des rebelles\nPourtant, rien n’a changé.";
  const char *want[] = {"Les pertes des rebelles", "Pourtant, rien n’a changé."};
  expect_sentences(*state, text, "fr", want, 2);
  /* A line that ends with a stop ends its sentence. */
  const char *stop = "Les combats ont cessé.\nPourtant, rien n’a changé.";
  const char *want_stop[] = {"Les combats ont cessé.", "Pourtant, rien n’a changé."};
  expect_sentences(*state, stop, "fr", want_stop, 2);
}

static void test_wrapped_line_runs_on(void **state) {
  /* wire copy cut at a column: the next line goes on in lower case */
  const char *text = "At least six civilians were killed\non Wednesday when a shell hit "
                     "a bakery.";
  const char *want[] = {"At least six civilians were killed\non Wednesday when a shell "
                        "hit a bakery."};
  expect_sentences(*state, text, "en", want, 1);
  /* hard-wrapped text: a long line runs on even before a capital, a short
  ** heading and a blank line still end */
  const char *wrapped =
      "Shelling in Idlib\n"
      "\n"
      "At least six civilians were killed on Wednesday when shells fell on\n"
      "Maarat al-Numan, the Syrian Observatory for Human Rights said in its\n"
      "daily report. Rescuers searched the rubble of two houses in the town\n"
      "centre.\n"
      "\n"
      "Tags Syria Idlib\n";
  const char *want_wrapped[] = {
      "Shelling in Idlib",
      "At least six civilians were killed on Wednesday when shells fell on\n"
      "Maarat al-Numan, the Syrian Observatory for Human Rights said in its\n"
      "daily report.",
      "Rescuers searched the rubble of two houses in the town\ncentre.",
      "Tags Syria Idlib"};
  expect_sentences(*state, wrapped, "en", want_wrapped, 4);
}

static void test_list_item_starts_a_sentence(void **state) {
  const char *text = "Les frappes ont visé\n- le quartier de Bustan al-Qasr\n"
                     "- la vieille ville";
  const char *want[] = {"Les frappes ont visé", "- le quartier de Bustan al-Qasr",
                        "- la vieille ville"};
  expect_sentences(*state, text, "fr", want, 3);
}

/* Marks alone ("![" before an image's caption, "+ -" before a dateline)
** are no sentence: they would count among the head's lines. */
static void test_marks_alone_are_no_sentence(void **state) {
  const char *text = "![Clashes in Kolo](https://example.org/kolo.jpg)\n+ -\nKOLO — Gunmen "
                     "attacked a village on Monday.";
  const char *want[] = {"Clashes in Kolo](https://example.org/kolo.jpg)",
                        "KOLO — Gunmen attacked a village on Monday."};
  expect_sentences(*state, text, "en", want, 2);
}

/* Pages joined without their breaks glue a sentence to the next
** ("auprès de la police.Des membres", "Ntumi.Les"); an abbreviation, an
** initial, an address or a word in capitals before the period end none. */
static void test_glued_sentences_are_split(void **state) {
  const char *text = "Huit civils ont été tués, selon la police.Des membres du groupe ont fui. "
                     "Le gén.Souheil parle sur lemonde.fr/Afrique.Html et à Paris.Le pasteur "
                     "Ntumi.Les rebelles ont signé.";
  const char *want[] = {"Huit civils ont été tués, selon la police.",
                        "Des membres du groupe ont fui.",
                        "Le gén.Souheil parle sur lemonde.fr/Afrique.Html et à Paris.",
                        "Le pasteur Ntumi.",
                        "Les rebelles ont signé."};
  expect_sentences(*state, text, "fr", want, 5);
  const char *en = "Two soldiers were wounded in the attack.The army said so. The U.S.Army left.";
  const char *want_en[] = {"Two soldiers were wounded in the attack.", "The army said so.",
                           "The U.S.Army left."};
  expect_sentences(*state, en, "en", want_en, 3);
}

/* ICU runs on past a period when a figure and a lower-case word follow
** ("e.g. 5 apples"); a sentence may open with its figure all the same, and
** joined to the one before it lends its soldiers to that deed.  An
** abbreviation ("p. 12", "Rs. 5 lakh") or an initial before the period ends none. */
static void test_a_sentence_may_open_with_a_figure(void **state) {
  const char *text = "Des bureaux ont été pillés à Kolo. 150 militaires ont été envoyés. "
                     "Le bilan, p. 12 du rapport, est lourd. Il reste 2. 1 500 personnes ont fui.";
  const char *want[] = {"Des bureaux ont été pillés à Kolo.", "150 militaires ont été envoyés.",
                        "Le bilan, p. 12 du rapport, est lourd.", "Il reste 2. 1 500 personnes ont fui."};
  expect_sentences(*state, text, "fr", want, 4);
  const char *en = "Shops were looted in the market. 2,000 troops were sent in. It cost Rs. 5 lakh "
                   "in all, said J. 12 others.";
  const char *want_en[] = {"Shops were looted in the market.", "2,000 troops were sent in.",
                           "It cost Rs. 5 lakh in all, said J. 12 others."};
  expect_sentences(*state, en, "en", want_en, 3);
}

static void test_spans_are_trimmed_code_points(void **state) {
  const char *text = "  Évacuation d’Alep.  \n\n  Trêve à Idleb.  ";
  sr_doc *doc = test_doc(*state, text, "fr", NULL);
  assert_int_equal(sr_doc_sentence_count(doc), 2);
  sr_span a = sr_doc_sentence(doc, 0), b = sr_doc_sentence(doc, 1);
  assert_int_equal(a.start, 2);
  assert_int_equal(a.end, 2 + 18); /* "Évacuation d’Alep." is 18 code points */
  assert_int_equal(b.start, 2 + 18 + 6);
  char buf[64];
  assert_string_equal(test_slice(text, b, buf, sizeof buf), "Trêve à Idleb.");
  sr_doc_free(doc);
}

static void tokens_of(sr_doc *doc, const char *text, size_t sentence,
                      char out[][64], sr_token_kind *kinds, size_t *n) {
  const sr_token *toks;
  sr_error err;
  assert_int_equal(sr_doc_sentence_tokens(doc, sentence, &toks, n, &err), SR_OK);
  for (size_t i = 0; i < *n; i++) {
    test_slice(text, toks[i].span, out[i], 64);
    /* Byte and code point offsets must agree. */
    assert_int_equal(toks[i].byte_start, test_cp_to_byte(text, toks[i].span.start));
    assert_int_equal(toks[i].byte_end, test_cp_to_byte(text, toks[i].span.end));
    if (kinds) kinds[i] = toks[i].kind;
  }
}

static void test_tokens_elision_and_numbers(void **state) {
  const char *text = "Entre le 28-10 et le 31-10, 1\u00A0500 miliciens d’Alep "
                     "ont fui l'offensive.";
  sr_doc *doc = test_doc(*state, text, "fr", NULL);
  char toks[32][64];
  sr_token_kind kinds[32];
  size_t n;
  tokens_of(doc, text, 0, toks, kinds, &n);
  const char *want[] = {"Entre", "le", "28-10", "et", "le", "31-10", ",",
                        "1\u00A0500", "miliciens", "d’", "Alep", "ont", "fui",
                        "l'", "offensive", "."};
  assert_int_equal(n, sizeof want / sizeof *want);
  for (size_t i = 0; i < n; i++) assert_string_equal(toks[i], want[i]);
  assert_int_equal(kinds[2], SR_TOKEN_NUMBER);
  assert_int_equal(kinds[7], SR_TOKEN_NUMBER);
  assert_int_equal(kinds[8], SR_TOKEN_WORD);
  assert_int_equal(kinds[6], SR_TOKEN_PUNCT);
  sr_doc_free(doc);
}

/* A word that opens with a letter and ends in digits is a name ("M23",
** "A320"), though ICU tags it a number; "23" alone stays one. */
static void test_letters_then_digits_are_a_word(void **state) {
  const char *text = "M23 took 23 villages.";
  sr_doc *doc = test_doc(*state, text, "en", NULL);
  char toks[16][64];
  sr_token_kind kinds[16];
  size_t n;
  tokens_of(doc, text, 0, toks, kinds, &n);
  assert_int_equal(n, 5);
  assert_string_equal(toks[0], "M23");
  assert_int_equal(kinds[0], SR_TOKEN_WORD);
  assert_int_equal(kinds[2], SR_TOKEN_NUMBER);
  sr_doc_free(doc);
}

static void test_english_keeps_apostrophe_words(void **state) {
  const char *text = "Syria's army didn't advance.";
  sr_doc *doc = test_doc(*state, text, "en", NULL);
  char toks[16][64];
  size_t n;
  tokens_of(doc, text, 0, toks, NULL, &n);
  assert_int_equal(n, 5);
  assert_string_equal(toks[0], "Syria's");
  assert_string_equal(toks[2], "didn't");
  sr_doc_free(doc);
}

static void test_tokens_of_later_sentence_have_absolute_offsets(void **state) {
  const char *text = "Première phrase. Les «rebelles» à Alep.";
  sr_doc *doc = test_doc(*state, text, "fr", NULL);
  char toks[16][64];
  size_t n;
  tokens_of(doc, text, 1, toks, NULL, &n);
  assert_int_equal(n, 7); /* Les « rebelles » à Alep . */
  assert_string_equal(toks[1], "«");
  assert_string_equal(toks[2], "rebelles");
  assert_string_equal(toks[5], "Alep");
  sr_error err;
  const sr_token *t;
  assert_int_equal(sr_doc_sentence_tokens(doc, 5, &t, &n, &err), SR_EINVAL);
  sr_doc_free(doc);
}

/* A document's stemmer remembers each word's stem: the second time a word
** is told, the same stem comes back, and it outlives the arena the first
** was made in (a sentence's scratch memory is reset before the next). */
static void test_stems_remembered_for_the_document(void **state) {
  (void)state;
  int oom = 0;
  sr_stemmer *s = sr_stemmer_open("french", &oom);
  assert_non_null(s);
  const char text[] = "Deux personnes ont été tuées. Trois autres ont été tuées.";
  sr_arena arena;
  sr_arena_init(&arena, 4096);
  sr_arena_mark base = sr_arena_save(&arena);
  const char *first = strstr(text, "tuées"), *second = strstr(first + 1, "tuées");
  sr_str folded = sr_fold(&arena, first, strlen("tuées"));
  sr_str a = sr_stem_text_word(s, &arena, first, strlen("tuées"), folded);
  char copy[64];
  snprintf(copy, sizeof copy, "%.*s", (int)a.len, a.ptr);
  sr_arena_reset(&arena, base);
  sr_str refolded = sr_fold(&arena, second, strlen("tuées"));
  sr_str b = sr_stem_text_word(s, &arena, second, strlen("tuées"), refolded);
  assert_int_equal(b.len, strlen(copy));
  assert_memory_equal(b.ptr, copy, b.len);
  /* and it is the stem every other path gives */
  sr_str c = sr_stem_word(s, &arena, second, strlen("tuées"), refolded);
  assert_int_equal(c.len, b.len);
  assert_memory_equal(c.ptr, b.ptr, b.len);
  sr_arena_release(&arena);
  sr_stemmer_close(s);
}

/* The packs' words are stemmed once, at load: a document's stemmer that
** recalls them gives the remembered stem (the memory's own copy), the
** same Snowball gives, and stems the other words itself. */
static void test_stems_of_the_packs_words(void **state) {
  (void)state;
  int oom = 0;
  sr_stemmer *loader = sr_stemmer_open("french", &oom), *doc = sr_stemmer_open("french", &oom);
  assert_non_null(loader);
  assert_non_null(doc);
  sr_stem_memory *m = sr_stem_memory_new();
  assert_non_null(m);
  sr_arena arena;
  sr_arena_init(&arena, 4096);
  const char *packs[] = {"tuées", "embuscade", "tuées"}; /* a word twice is learnt once */
  for (size_t i = 0; i < 3; i++)
    assert_true(sr_stem_memory_learn(m, loader, &arena, packs[i], strlen(packs[i]),
                                     sr_fold(&arena, packs[i], strlen(packs[i]))));
  assert_null(sr_stem_memory_get(m, "tués", strlen("tués")).ptr);
  sr_stemmer_recall(doc, m);
  const char text[] = "Deux soldats ont été tuées dans une embuscade, tués net.";
  const char *words[] = {"tuées", "embuscade", "tués", "soldats"};
  for (size_t i = 0; i < 4; i++) {
    const char *w = strstr(text, words[i]);
    size_t len = strlen(words[i]);
    sr_str folded = sr_fold(&arena, w, len);
    sr_str got = sr_stem_text_word(doc, &arena, w, len, folded);
    sr_str want = sr_stem_word(loader, &arena, w, len, folded);
    assert_int_equal(got.len, want.len);
    assert_memory_equal(got.ptr, want.ptr, want.len);
    sr_str known = sr_stem_memory_get(m, w, len);
    assert_true(i < 2 ? known.ptr == got.ptr : known.ptr == NULL);
  }
  sr_arena_release(&arena);
  sr_stem_memory_free(m);
  sr_stemmer_close(doc);
  sr_stemmer_close(loader);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_abbreviation_title_does_not_end_sentence),
      cmocka_unit_test(test_pack_abbreviation),
      cmocka_unit_test(test_english_abbreviations_and_initials),
      cmocka_unit_test(test_quotation_runs_on_into_reporting_clause),
      cmocka_unit_test(test_line_break_ends_sentence),
      cmocka_unit_test(test_wrapped_line_runs_on),
      cmocka_unit_test(test_list_item_starts_a_sentence),
      cmocka_unit_test(test_glued_sentences_are_split),
      cmocka_unit_test(test_a_sentence_may_open_with_a_figure),
      cmocka_unit_test(test_marks_alone_are_no_sentence),
      cmocka_unit_test(test_spans_are_trimmed_code_points),
      cmocka_unit_test(test_tokens_elision_and_numbers),
      cmocka_unit_test(test_english_keeps_apostrophe_words),
      cmocka_unit_test(test_letters_then_digits_are_a_word),
      cmocka_unit_test(test_tokens_of_later_sentence_have_absolute_offsets),
      cmocka_unit_test(test_stems_remembered_for_the_document),
      cmocka_unit_test(test_stems_of_the_packs_words),
  };
  return cmocka_run_group_tests_name("segment", tests, test_engine_setup,
                                     test_engine_teardown);
}
