/* Attribution: each cue pattern, carry-over, quotations, back-references,
** denials, relays and the article's source line. */
#include <stdio.h>
#include <string.h>

#include "attribution/attribution.h"
#include "doc.h"
#include "testutil.h"

static const sr_mention *source(const sr_doc *doc, const char *text) {
  return test_need(doc, SR_MENTION_SOURCE, text);
}

static void expect_source(const sr_doc *doc, const char *text, const char *name,
                          int kind) {
  assert_int_equal(sr_source_of(test_named(doc, SR_MENTION_SOURCE, text, name))->source_kind,
                   kind);
}

/* The name of the one most specific source of sentence s, or NULL. */
static const char *governed_by(const sr_doc *doc, size_t s) {
  long idx[8];
  size_t n = sr_sentence_sources(&doc->sources, s, idx, 8);
  if (n == 0) return NULL;
  return doc->mentions.items[idx[0]].name;
}

/* Each text[i][0]'s first sentence is governed by text[i][1]. */
static void expect_each_governed(void **state, const char *lang, const char *const (*text)[2],
                                 size_t n) {
  for (size_t i = 0; i < n; i++) {
    sr_doc *doc = test_doc(*state, text[i][0], lang, "2024-03-01");
    const char *got = governed_by(doc, 0); /* (none: a failure, not a crash) */
    if (!got) print_error("no source governs '%s'\n", text[i][0]);
    assert_non_null(got);
    assert_string_equal(got, text[i][1]);
    sr_doc_free(doc);
  }
}

/* No source governs sentence s of an English text. */
static void expect_none_governs(void **state, const char *text, size_t s) {
  sr_doc *doc = test_doc(*state, text, "en", "2024-03-01");
  assert_null(governed_by(doc, s));
  sr_doc_free(doc);
}

/* Sentence s of each English text[i][0] is not governed by text[i][1]
** (by no one, or by someone else). */
static void expect_each_not_governed(void **state, const char *const (*text)[2], size_t n,
                                     size_t s) {
  for (size_t i = 0; i < n; i++) {
    sr_doc *doc = test_doc(*state, text[i][0], "en", "2024-03-01");
    const char *got = governed_by(doc, s);
    if (got && strcmp(got, text[i][1]) == 0) print_error("'%s' governs '%s'\n", got, text[i][0]);
    assert_true(!got || strcmp(got, text[i][1]) != 0);
    sr_doc_free(doc);
  }
}

/* Sentence s of a text in lang is governed by name. */
static void expect_governed_in(void **state, const char *text, const char *lang, size_t s,
                               const char *name) {
  sr_doc *doc = test_doc(*state, text, lang, "2024-03-01");
  assert_non_null(governed_by(doc, s));
  assert_string_equal(governed_by(doc, s), name);
  sr_doc_free(doc);
}

/* Sentence s of an English text is governed by name. */
static void expect_governed_at(void **state, const char *text, size_t s, const char *name) {
  expect_governed_in(state, text, "en", s, name);
}

static void test_cue_patterns(void **state) {
  sr_doc *doc = test_doc(
      *state,
      "Selon l'agence Sputnik, Alep est bombardée.\n"
      "D'après une source militaire syrienne, 20 rebelles sont morts.\n"
      "L'armée avance, a révélé l'agence syrienne al-Masdar News.\n"
      "Zakaria Malahifji a affirmé que rien ne change.\n"
      "Des photos ont été diffusées par Media de guerre.\n"
      "Le président russe en personne, Vladimir Poutine, qui a décidé "
      "d'introduire une trêve.\n"
      "Le vice-ministre russe de la Défense Valéri Guérassimov a déclaré que "
      "deux corridors sont ouverts.",
      "fr", "2016-11-01");
  expect_source(doc, "l'agence Sputnik", "Sputnik", SR_SOURCE_MEDIA);
  expect_source(doc, "une source militaire syrienne", "une source militaire syrienne",
                SR_SOURCE_UNNAMED);
  expect_source(doc, "l'agence syrienne al-Masdar News", "al-Masdar News",
                SR_SOURCE_MEDIA);
  expect_source(doc, "Zakaria Malahifji", "Zakaria Malahifji", SR_SOURCE_PERSON);
  expect_source(doc, "Media de guerre", "War Media (Hezbollah)", SR_SOURCE_MEDIA);
  expect_source(doc, "Le président russe en personne, Vladimir Poutine",
                "Vladimir Poutine", SR_SOURCE_PERSON);
  const sr_mention *m =
      source(doc, "Le vice-ministre russe de la Défense Valéri Guérassimov");
  assert_string_equal(m->name, "Valéri Guérassimov");
  assert_string_equal(sr_source_of(m)->affiliation, "Russian Ministry of Defence");
  for (size_t s = 0; s < 7; s++) assert_non_null(governed_by(doc, s));
  sr_doc_free(doc);

  doc = test_doc(*state,
                 "According to the Syrian Observatory for Human Rights, 12 "
                 "civilians died. The army advanced, a military source said. "
                 "John Smith said the road was cut.",
                 "en", "2016-11-01");
  expect_source(doc, "the Syrian Observatory for Human Rights",
                "Syrian Observatory for Human Rights", SR_SOURCE_ORGANIZATION);
  expect_source(doc, "a military source", "a military source", SR_SOURCE_UNNAMED);
  expect_source(doc, "John Smith", "John Smith", SR_SOURCE_PERSON);
  sr_doc_free(doc);
}

static void test_affiliation_and_relay(void **state) {
  sr_doc *doc = test_doc(*state,
                         "«Nous ne partirons pas», a déclaré Zakaria Malahifji "
                         "du groupe rebelle Fastaqim, à l'agence Reuters.",
                         "fr", "2016-11-01");
  const sr_mention *m = source(doc, "Zakaria Malahifji du groupe rebelle Fastaqim");
  assert_string_equal(m->name, "Zakaria Malahifji");
  assert_string_equal(sr_source_of(m)->affiliation, "Fastaqim Kama Umirt");
  assert_true(sr_source_of(m)->via >= 0);
  assert_string_equal(doc->mentions.items[sr_source_of(m)->via].name, "Reuters");
  /* the relay is not the sentence's source: the speaker is */
  assert_string_equal(governed_by(doc, 0), "Zakaria Malahifji");
  sr_doc_free(doc);
  /* "said in a statement on its X news agency": the group's own outlet
  ** carried its words; "on its ..." is no speaker */
  doc = test_doc(*state,
                 "The bombing was claimed by the Islamic State group, which said in a "
                 "statement on its Amaq news agency that one of its men killed 12 guards.",
                 "en", "2024-03-01");
  for (size_t i = 0; i < doc->mentions.count; i++)
    if (doc->mentions.items[i].type == SR_MENTION_SOURCE && doc->mentions.items[i].name)
      assert_true(strncmp(doc->mentions.items[i].name, "on its", 6) != 0);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Gunmen killed 12 guards in the town, the Islamic State group said on its "
                 "Amaq news agency.",
                 "en", "2024-03-01");
  m = source(doc, "the Islamic State group");
  assert_true(sr_source_of(m)->via >= 0);
  assert_string_equal(doc->mentions.items[sr_source_of(m)->via].name, "Amaq news agency");
  sr_doc_free(doc);
}

/* "Selon X, ..." goes on through the paragraph until another source
** speaks, and stops at the paragraph's end. */
static void test_carry_over(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Selon assafir, le front al-Nosra veut attaquer. Il a "
                         "désigné un commandant. Les milices suivent.\n"
                         "Les combats continuent à Alep. Selon Sputnik, les "
                         "frappes visent l'est. Les rebelles reculent.",
                         "fr", "2016-11-01");
  assert_string_equal(governed_by(doc, 0), "As-Safir");
  assert_string_equal(governed_by(doc, 1), "As-Safir");
  assert_string_equal(governed_by(doc, 2), "As-Safir");
  assert_null(governed_by(doc, 3)); /* a new paragraph, no source yet */
  assert_string_equal(governed_by(doc, 4), "Sputnik");
  assert_string_equal(governed_by(doc, 5), "Sputnik");
  sr_doc_free(doc);
  /* hard-wrapped: a line break inside a sentence neither ends it nor the
  ** paragraph; one after a sentence's end starts a paragraph */
  doc = test_doc(*state,
                 "Selon Sputnik, le front al-Nosra veut attaquer les quartiers\n"
                 "ouest. Il a désigné un commandant.\n"
                 "Les combats continuent à Alep.",
                 "fr", "2016-11-01");
  assert_int_equal(sr_doc_sentence_count(doc), 3);
  assert_string_equal(governed_by(doc, 0), "Sputnik");
  assert_string_equal(governed_by(doc, 1), "Sputnik");
  assert_null(governed_by(doc, 2));
  sr_doc_free(doc);
}

/* A quotation over several sentences belongs to the speaker named where it
** closes; "a-t-il déclaré" and "d'après lui" point back to the last
** person; a surname alone is the full name given before. */
static void test_quotes_and_back_references(void **state) {
  sr_doc *doc = test_doc(
      *state,
      "« Les terroristes ont subi de lourdes pertes. Ils n'ont pas pu "
      "s'échapper », a déclaré le vice-ministre Valéri Guérassimov. D'après "
      "lui, deux corridors mènent à Idleb. M. Guérassimov a précisé que six "
      "autres sont prévus.\n"
      "«Ce n'est pas vrai. Les civils ne partent pas», a-t-il déclaré.",
      "fr", "2016-11-01");
  assert_string_equal(governed_by(doc, 0), "Valéri Guérassimov");
  assert_string_equal(governed_by(doc, 1), "Valéri Guérassimov");
  assert_string_equal(governed_by(doc, 2), "Valéri Guérassimov");
  const sr_mention *m = source(doc, "M. Guérassimov");
  assert_string_equal(m->name, "Valéri Guérassimov");
  m = source(doc, "a-t-il déclaré");
  assert_int_equal(m->ref_count, 1);
  assert_string_equal(m->name, "Valéri Guérassimov");
  assert_string_equal(governed_by(doc, 4), "Valéri Guérassimov");
  sr_doc_free(doc);
}

/* "the regional administration" after a ministry named: a government body
** with a word of its own before its head stands for a name that ends with
** that head, not for the ministry ("the ministry" still does). */
static void test_a_regional_body_is_not_the_ministry(void **state) {
  const char *text = "Russia's Defence Ministry said its air defences downed 58 drones.\n\n"
                     "Shelling killed two people in the Kherson region, the regional "
                     "administration said.\n\nThe ministry said 12 more drones were downed.";
  sr_doc *doc = test_doc(*state, text, "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 1), "regional administration");
  assert_string_equal(governed_by(doc, 2), "Russia's Defence Ministry");
  sr_doc_free(doc);
}

static void test_title_back_reference(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Le vice-ministre russe de la Défense Valéri Guérassimov "
                         "a annoncé deux corridors. Plus tard, le vice-ministre a "
                         "précisé qu'ils étaient destinés aux civils.",
                         "fr", "2016-11-01");
  const sr_mention *m = source(doc, "le vice-ministre");
  assert_int_equal(m->ref_count, 1);
  assert_string_equal(m->name, "Valéri Guérassimov");
  assert_string_equal(sr_source_of(m)->affiliation, "Russian Ministry of Defence");
  sr_doc_free(doc);
}

/* A denial disputes the last other source's claim. */
static void test_denial(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Le ministère russe de la Défense a annoncé que deux "
                         "corridors sont sûrs.\n"
                         "Or, selon Zakaria Malahifji, aucun corridor n'est sûr, "
                         "contrairement aux affirmations des autorités russes.\n"
                         "Selon Sputnik, les combats continuent.",
                         "fr", "2016-11-01");
  const sr_mention *ministry = source(doc, "Le ministère russe de la Défense");
  assert_false(sr_source_of(ministry)->denies);
  const sr_mention *m = source(doc, "Zakaria Malahifji");
  assert_true(sr_source_of(m)->denies);
  assert_int_equal(sr_source_of(m)->disputes, (long)ministry->index);
  assert_false(sr_source_of(source(doc, "Sputnik"))->denies);
  sr_doc_free(doc);
}

/* "Sources: ..." is the fallback of every sentence without its own. */
static void test_wire_copy(void **state) {
  /* an adjective before a known name; two outlets joined as one subject,
  ** one described by its origin only; a straight-quoted phrase is no
  ** quotation spanning the text; the lede of a one-paragraph text is the
  ** first source's */
  sr_doc *doc = test_doc(
      *state,
      "At least 25 civilians have been killed in airstrikes on Hama on Thursday. "
      "According to the UK-based Syrian Observatory for Human Rights the deaths "
      "occurred near Latamina. A bombing killed 44 people in Qamishli Syrias "
      "state-run news agency and Kurdish media reported. Government forces killed "
      "50 \"terrorists\" in \"concentrated strikes\". \"They are about 10 "
      "kilometres from the airport\" said the director Rami Abdel Rahman.",
      "en", "2016-09-01");
  expect_source(doc, "the UK-based Syrian Observatory for Human Rights",
                "Syrian Observatory for Human Rights", SR_SOURCE_ORGANIZATION);
  expect_source(doc, "Kurdish media", "Kurdish media", SR_SOURCE_MEDIA);
  assert_non_null(source(doc, "Syrias state-run news agency"));
  assert_string_equal(governed_by(doc, 0), "Syrian Observatory for Human Rights");
  const char *third = governed_by(doc, 3);
  assert_true(third == NULL || strcmp(third, "Rami Abdel Rahman") != 0);
  assert_string_equal(governed_by(doc, 4), "Rami Abdel Rahman");
  sr_doc_free(doc);
  /* an outlet's reporter is the outlet, and so is "the reporter" after it;
  ** a place before a name is not part of it */
  doc = test_doc(*state,
                 "SANA reporter said that three shells hit the hotel. The reporter "
                 "added that two shells hit a building. The UN Resident "
                 "Representative in Syria Ali al-Zaatari said the office was shelled.",
                 "en", "2016-11-01");
  expect_source(doc, "SANA reporter", "SANA", SR_SOURCE_MEDIA);
  assert_string_equal(source(doc, "The reporter")->name, "SANA");
  assert_string_equal(governed_by(doc, 2), "Ali al-Zaatari");
  sr_doc_free(doc);
  /* the subject before the verb, not a name after it ("said Deir al-Adas
  ** was taken") */
  doc = test_doc(*state,
                 "The London-based Syrian Observatory for Human Rights said Deir "
                 "al-Adas was taken on Tuesday.",
                 "en", "2015-02-12");
  assert_string_equal(governed_by(doc, 0), "Syrian Observatory for Human Rights");
  sr_doc_free(doc);
}

static void test_source_line_fallback(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Les combats continuent à Alep.\n"
                         "Selon RT, 20 rebelles sont morts.\n"
                         "Sources: Sputnik; al-Manar.\n"
                         "Source: Divers",
                         "fr", "2016-11-01");
  const sr_mention *m = source(doc, "Sputnik");
  assert_true(sr_source_of(m)->fallback);
  assert_true(sr_source_of(source(doc, "al-Manar"))->fallback);
  assert_null(test_mention(doc, SR_MENTION_SOURCE, "Divers"));
  assert_string_equal(governed_by(doc, 1), "RT");
  /* the lede takes the next paragraph's source before the fallback */
  assert_string_equal(governed_by(doc, 0), "RT");
  sr_doc_free(doc);
  doc = test_doc(*state, "Les combats continuent.\nSources: Sputnik.", "fr",
                 "2016-11-01");
  assert_string_equal(governed_by(doc, 0), "Sputnik");
  sr_doc_free(doc);
}

/* No source of the document is called name. */
static void expect_no_source_named(const sr_doc *doc, const char *name) {
  for (size_t i = 0; i < doc->mentions.count; i++) {
    const sr_mention *m = &doc->mentions.items[i];
    if (m->type == SR_MENTION_SOURCE && m->name) assert_string_not_equal(m->name, name);
  }
}

static const sr_source_part *part_named(const sr_doc *doc, const char *text, const char *name) {
  return sr_source_of(test_named(doc, SR_MENTION_SOURCE, text, name));
}

/* Issue 15: the speaker is the subject of the speech verb, after an incise
** too, and not a name of the reported clause. */
static void test_speaker_after_incise(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Dix civils ont été tués par le régime de Bachar Al-Assad, a "
                         "indiqué l'OSDH.\n"
                         "Les frappes visent les quartiers d'Alep-Est, a annoncé lundi "
                         "dans un communiqué l'armée malienne.",
                         "fr", "2016-11-01");
  assert_string_equal(governed_by(doc, 0), "Syrian Observatory for Human Rights");
  expect_no_source_named(doc, "Bachar Al-Assad");
  expect_no_source_named(doc, "Est");
  assert_int_equal(part_named(doc, "l'armée malienne", "armée malienne")->category,
                   SR_CAT_MILITARY);
  sr_doc_free(doc);
}

/* A source described by a head noun, with its title and name. */
static void test_described_sources(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Five people were killed in Kharkiv, the regional governor "
                         "Oleh Synehubov said. Two died in Gaza, according to the Health "
                         "Ministry. A bomb killed nine, police and medical officials said.",
                         "en", "2022-06-01");
  assert_string_equal(governed_by(doc, 0), "Oleh Synehubov");
  assert_string_equal(governed_by(doc, 1), "Health Ministry");
  assert_int_equal(part_named(doc, "the Health Ministry", "Health Ministry")->category,
                   SR_CAT_GOVERNMENT);
  assert_non_null(governed_by(doc, 2));
  sr_doc_free(doc);
}

/* Pronouns stand for the source before them, or for no one. */
static void test_pronouns(void **state) {
  sr_doc *doc = test_doc(*state,
                         "It said the road was cut. An official said 12 died. He said "
                         "at least 31 people were killed.",
                         "en", "2016-11-01");
  assert_null(governed_by(doc, 0)); /* "It" with no one before: no name */
  expect_no_source_named(doc, "It");
  assert_string_equal(governed_by(doc, 2), "An official");
  sr_doc_free(doc);
}

/* Function words are not names: "un" is no United Nations. */
static void test_function_words(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Au moins 12 civils ont été tués, selon un nouveau bilan de "
                         "l'Observatoire.",
                         "fr", "2016-11-01");
  expect_no_source_named(doc, "United Nations");
  sr_doc_free(doc);
}

/* Places speak only as speakers: "Moscow said" is Russia's government;
** "in Britain" and "UK-based" are no sources; "(Sputnik)" credits an outlet. */
static void test_places_and_credits(void **state) {
  sr_doc *doc = test_doc(*state, "MOSCOW (Sputnik) - Twenty rebels were killed near Aleppo.",
                         "en", "2016-11-01");
  assert_string_equal(governed_by(doc, 0), "Sputnik");
  assert_true(sr_source_of(source(doc, "Sputnik"))->fallback);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Moscow said the strikes hit a depot. Activists in Britain "
                 "reported a convoy was hit.",
                 "en", "2016-11-01");
  assert_string_equal(governed_by(doc, 0), "Government of Russia");
  expect_no_source_named(doc, "Britain");
  sr_doc_free(doc);
}

/* The nearest speech frame governs over the outlet; a relayed source keeps
** who relayed it. */
static void test_frame_over_outlet(void **state) {
  sr_doc *doc = test_doc(*state,
                         "GAZA (AFP) - Two Palestinians were killed, a security official "
                         "told Reuters.",
                         "en", "2023-05-09");
  assert_string_equal(governed_by(doc, 0), "security official");
  const sr_mention *m = source(doc, "a security official");
  assert_true(sr_source_of(m)->via >= 0);
  assert_string_equal(doc->mentions.items[sr_source_of(m)->via].name, "Reuters");
  sr_doc_free(doc);
}

/* A claim quoted from another outlet keeps both, the speaker first. */
static void test_relayed_claim_keeps_both(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Vingt civils ont été tués à Alep, selon Sana, citée par l'AFP.",
                         "fr", "2016-11-01");
  long idx[8];
  size_t n = sr_sentence_sources(&doc->sources, 0, idx, 8);
  assert_int_equal(n, 2);
  assert_string_equal(doc->mentions.items[idx[0]].name, "SANA");
  assert_string_equal(doc->mentions.items[idx[1]].name, "AFP");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "The Anadolu Agency quoted local sources as saying that ten Houthis "
                 "were killed.",
                 "en", "2016-11-01");
  n = sr_sentence_sources(&doc->sources, 0, idx, 8);
  assert_int_equal(n, 2);
  assert_string_equal(doc->mentions.items[idx[0]].name, "local sources");
  assert_string_equal(doc->mentions.items[idx[1]].name, "Anadolu Agency");
  sr_doc_free(doc);
}

/* Where a source is is not its name: "sources inside Syria", "a group
** based in the UK", "Representative in Syria". */
static void test_where_is_not_who(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Ten civilians died, according to sources inside Syria. The "
                         "Observatory, a monitoring group based in the UK, reported "
                         "that a convoy was hit.",
                         "en", "2016-11-01");
  expect_no_source_named(doc, "Syria");
  expect_no_source_named(doc, "UK");
  assert_string_equal(governed_by(doc, 0), "sources inside Syria");
  sr_doc_free(doc);
}

/* "X fait état de Y": Y is what was said, X who said it; a date between
** a cue and its source ("a-t-on appris mardi de sources sécuritaires"). */
static void test_object_is_no_speaker(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Les forces de l'ordre guinéennes font état de dix-sept "
                         "policiers blessés.\n"
                         "Dix soldats ont été tués, a-t-on appris mardi de sources "
                         "sécuritaires à Niamey.",
                         "fr", "2016-11-01");
  assert_string_equal(governed_by(doc, 0), "forces de l'ordre guinéennes");
  expect_no_source_named(doc, "policiers blessés");
  assert_string_equal(governed_by(doc, 1), "sources sécuritaires");
  sr_doc_free(doc);
}

/* "an attack blamed on the ADF": who did it, not who says so; "the army
** blamed the attack on" still speaks. */
static void test_whom_an_attack_is_blamed_on(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Twenty villagers were killed in an attack blamed on ADF rebels in "
                         "Ituri province.",
                         "en", "2016-11-01");
  expect_no_source_named(doc, "ADF rebels in Ituri province");
  assert_null(governed_by(doc, 0));
  sr_doc_free(doc);
}

/* An event told again later by a speaker is that speaker's, not the
** outlet's, even when the sentence that first tells it names no one. */
static void test_outlet_is_the_last_resort(void **state) {
  sr_doc *doc = test_doc(*state,
                         "GAZA (AFP) - An Israeli airstrike killed two Palestinians in Gaza "
                         "on Tuesday. Smoke rose over the city. Shops were closed. Schools "
                         "were shut. Roads were empty. The Israeli airstrike on Gaza killed "
                         "two Palestinians, according to the Health Ministry.",
                         "en", "2023-05-09");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_int_equal(e[0]->source_count, 1);
  assert_string_equal(doc->mentions.items[e[0]->sources[0].mention].name, "Health Ministry");
  sr_doc_free(doc);
}

/* "The minister" is the minister named before, with its article or not;
** capitalised words before a head noun describe it ("South African media
** reports"), they name no one. */
static void test_title_with_article(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Home Minister Sarfaraz Bugti told a press conference that 12 "
                         "militants were killed in Quetta.\n"
                         "The minister said that arms were seized in Quetta.\n"
                         "Two people were shot dead, according to South African media "
                         "reports.",
                         "en", "2014-08-21");
  assert_string_equal(governed_by(doc, 1), "Sarfaraz Bugti");
  expect_no_source_named(doc, "South African");
  assert_string_equal(governed_by(doc, 2), "South African media reports");
  sr_doc_free(doc);
}

/* A headline and a byline come before the lede: the lede is the first
** paragraph that ends as sentences do, and what it says unattributed is
** what the next paragraph's first source says; when the lede's first
** sentence has a source, the headline above it takes that one. */
static void test_lede_after_headings(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Gunmen storm a market in Kano\n\n"
                         "Ada Obi, Kano\n\n"
                         "Gunmen have stormed a market in Kano, killing six traders.\n\n"
                         "The attackers came on motorcycles on Friday, police sources told "
                         "the Daily Trust.\n\n"
                         "Shops were burnt.",
                         "en", "2020-03-01");
  assert_int_equal(sr_doc_sentence_count(doc), 5);
  assert_string_equal(governed_by(doc, 3), "police sources");
  assert_string_equal(governed_by(doc, 2), "police sources"); /* the lede */
  assert_string_equal(governed_by(doc, 0), "police sources"); /* the headline */
  assert_null(governed_by(doc, 4));
  sr_doc_free(doc);
  /* the lede speaks for itself: the headline takes its source, not the
  ** next paragraph's */
  doc = test_doc(*state,
                 "Rebels kill nine in Beni\n\n"
                 "Rebels killed nine civilians near Beni, officials said.\n\n"
                 "The mayor told Reuters that the victims were farmers.",
                 "en", "2020-03-01");
  assert_string_equal(governed_by(doc, 0), "officials");
  sr_doc_free(doc);
  /* a lede paragraph that ends as a sentence does is no heading */
  doc = test_doc(*state,
                 "Rebels killed nine civilians near Beni.\n\n"
                 "The mayor said the victims were farmers.",
                 "en", "2020-03-01");
  assert_string_equal(governed_by(doc, 0), "mayor");
  sr_doc_free(doc);
}

/* An event told by several sentences is told by each of their speakers:
** the first sentence's first, then whoever is named in the others, or
** speaks the quotation they are part of. */
static const char *event_source(const sr_doc *doc, const sr_event *e, size_t k) {
  return k < e->source_count ? doc->mentions.items[e->sources[k].mention].name : NULL;
}

static void test_merged_event_keeps_each_speaker(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Rebels kill 11 in Beni\n\n"
                         "Rebels killed at least 11 civilians in an attack near Beni, "
                         "officials said.\n\n"
                         "The civilians were killed by rebels during a raid on Beni late on "
                         "Tuesday, Mayor Jean Kasereka told Reuters.\n\n"
                         "The town is calm.",
                         "en", "2018-03-01");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_string_equal(event_source(doc, e[0], 0), "officials");
  assert_string_equal(event_source(doc, e[0], 1), "Jean Kasereka");
  assert_string_equal(event_source(doc, e[0], 2), "Reuters");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Rebels killed at least 11 civilians in an attack near Beni on Tuesday, "
                 "officials said. The mayor of Beni, Jean Kasereka, was angry. \"The rebels "
                 "came at night. They killed 11 civilians with machetes in Beni on Tuesday. "
                 "We buried them,\" Kasereka said.",
                 "en", "2018-03-01");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_string_equal(event_source(doc, e[0], 0), "officials");
  assert_string_equal(event_source(doc, e[0], 1), "Kasereka");
  sr_doc_free(doc);
}

/* Wire copy attributes late: a lede the next paragraph names no source for
** is what the paragraph after says; no further. */
static void test_lede_attributed_late(void **state) {
  sr_doc *doc = test_doc(*state,
                         "A car bomb tore through a market in Baghdad, killing nine people.\n\n"
                         "Elsewhere, two bombs killed four people.\n\n"
                         "Seven civilians were among the dead, police officials said.",
                         "en", "2016-05-01");
  assert_string_equal(governed_by(doc, 0), "police officials");
  assert_null(governed_by(doc, 1));
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "A car bomb tore through a market in Baghdad, killing nine people.\n\n"
                 "Elsewhere, two bombs killed four people.\n\n"
                 "Shops were closed.\n\n"
                 "Seven civilians were among the dead, police officials said.",
                 "en", "2016-05-01");
  assert_null(governed_by(doc, 0));
  sr_doc_free(doc);
  /* a source later in the lede's own paragraph is not the lede's */
  doc = test_doc(*state,
                 "Rebels refused the offer to leave Aleppo. The offer was made on "
                 "Friday, officials said.\n\n"
                 "\"We will not surrender,\" a rebel commander told Reuters.",
                 "en", "2016-11-02");
  assert_string_equal(governed_by(doc, 0), "rebel commander");
  sr_doc_free(doc);
  /* ...unless no later paragraph's source says it: then the first one of
  ** the lede's paragraph, by a verb of saying, does ("Six soldiers were
  ** killed..." had no source) */
  doc = test_doc(*state,
                 "Six soldiers were killed on Sunday when rebels blew up their truck near "
                 "Korvin. The blast, on a dirt road, hit a truck carrying seven soldiers, "
                 "killing five of them on the spot, district police chief Amos Pell said.\n\n"
                 "The truck was torn apart.\n\n"
                 "Troops were sent to the area.",
                 "en", "2016-11-02");
  assert_string_equal(governed_by(doc, 0), "Amos Pell");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Six soldats ont été tués dimanche près de Korvin. Le camion a sauté sur une "
                 "mine, a précisé le chef de la police du district, Amos Pell.\n\n"
                 "Le camion a été détruit.",
                 "fr", "2016-11-02");
  assert_string_equal(governed_by(doc, 0), "Amos Pell");
  sr_doc_free(doc);
  /* (not a source no verb of saying names: "fixed by the president") */
  doc = test_doc(*state,
                 "Rebels refused the offer to leave Korvin. The deadline was fixed by the "
                 "president, Amos Pell, who ordered a truce.\n\n"
                 "The town was calm.",
                 "en", "2016-11-02");
  assert_null(governed_by(doc, 0));
  sr_doc_free(doc);
}

/* A claim no one is named for, then a quotation that bears it out: the
** claim is the quotation's speaker's.  Not when the claim has a source of
** its own, nor when the quotation does not open its sentence. */
static void test_claim_borne_out_by_quotation(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Two men were lynched in Bihar, police said.\n\n"
                         "A trader was beaten to death on Monday in Sitapur.\n\n"
                         "\"Neighbours beat him with sticks,\" a police official said.\n\n"
                         "The town was calm.",
                         "en", "2018-06-05");
  assert_string_equal(governed_by(doc, 1), "police official");
  assert_null(governed_by(doc, 3));
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Two men were lynched in Bihar, police said.\n\n"
                 "A trader was beaten to death on Monday in Sitapur, residents said.\n\n"
                 "\"Neighbours beat him with sticks,\" a police official said.",
                 "en", "2018-06-05");
  assert_string_equal(governed_by(doc, 1), "residents");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Two men were lynched in Bihar, police said.\n\n"
                 "Shops were shut in Sitapur on Monday.\n\n"
                 "A police official said: \"Neighbours beat a trader with sticks.\"",
                 "en", "2018-06-05");
  assert_null(governed_by(doc, 1));
  sr_doc_free(doc);
}

/* Whether sentence s is governed by a source of that name, among others. */
static int governed_by_any(const sr_doc *doc, size_t s, const char *name) {
  long idx[8];
  size_t n = sr_sentence_sources(&doc->sources, s, idx, 8);
  for (size_t i = 0; i < n; i++) {
    const char *got = doc->mentions.items[idx[i]].name;
    if (got && strcmp(got, name) == 0) return 1;
  }
  return 0;
}

/* Two sources joined by "and" both speak: before the verb, after "told",
** after "according to". */
static void test_joined_sources(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Soldiers bombed a village, killing 50 people, witnesses and a "
                         "local official said. Eleven civilians died in a drone strike, aid "
                         "workers and a hospital official told reporters. Settlers burned "
                         "cars in the village, according to the Palestinian Red Crescent "
                         "and the newspaper Haaretz.",
                         "en", "2024-03-01");
  assert_true(governed_by_any(doc, 0, "witnesses"));
  assert_true(governed_by_any(doc, 0, "local official"));
  /* (two since a determiner after "and" opens the second: it was one
  ** source, "aid workers and a hospital official") */
  assert_true(governed_by_any(doc, 1, "aid workers"));
  assert_true(governed_by_any(doc, 1, "hospital official"));
  assert_true(governed_by_any(doc, 2, "Haaretz"));
  sr_doc_free(doc);
}

/* The subject speaks across a relative clause and an apposition; after an
** apposition's comma the words after the verb are what was said. */
static void test_subject_across_clauses(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Fighters attacked a base in Borno, killing ten soldiers, a "
                         "military source who asked not to be named told AFP. The Syrian "
                         "Observatory for Human Rights, a Britain-based war monitor, said "
                         "the strikes hit a market. A spokesman for the Nigerian army, "
                         "Onyema Nwachukwu, said troops killed 30 insurgents in Borno.",
                         "en", "2024-03-01");
  assert_true(governed_by_any(doc, 0, "a military source"));
  assert_string_equal(governed_by(doc, 1), "Syrian Observatory for Human Rights");
  assert_string_equal(governed_by(doc, 2), "Onyema Nwachukwu");
  expect_no_source_named(doc, "troops");
  sr_doc_free(doc);
  /* a known body, then the place of its branch: the body speaks (not
  ** "International Kenya"); an armed group, then a name, does not */
  expect_governed_at(state,
                     "Police shot dead five marchers in Kisumu, Amnesty International Kenya "
                     "said.",
                     0, "Amnesty International");
  /* (the body's short name right before the place: not the bare country) */
  expect_governed_at(state, "Police shot dead five marchers in Kisumu, Amnesty Kenya said.", 0,
                     "Amnesty International");
  expect_governed_at(state, "Clashes killed five fighters near Qamishli, the PKK Khalil said.", 0,
                     "Khalil");
  /* a group whose name ends in digits speaks like any name */
  expect_governed_at(state, "Rebels seized two hill villages on Monday, M23 said.", 0,
                     "M23: March 23 Movement");
  /* an age, then a relative clause: the person named before both */
  expect_governed_at(state,
                     "Amina Bello, 34, who fled the village with her children, said gunmen "
                     "killed her brother.",
                     0, "Amina Bello");
  /* a participle's clause as a relative one: "headed by the army chief"
  ** is who heads it, not who speaks */
  expect_governed_at(state,
                     "The Transitional Council, headed by the army chief, said the raid "
                     "killed 40 herders.",
                     0, "Transitional Council");
}

/* A body the packs do not know speaks when named with its article, its
** name running to its acronym; a name after a preposition is where, not
** who; a source that ends the clause ("de source sécuritaire"). */
static void test_unknown_bodies_and_clause_end_sources(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Deux manifestants ont été tués à Conakry, selon le Front national "
                         "pour la défense de la Constitution (FNDC).\n"
                         "L'attaque a fait cinq morts à Mbera, a indiqué le CNDH, qui appelle "
                         "au calme.\n"
                         "Trois soldats ont été tués près de Gao, de source sécuritaire.\n"
                         "Huit civils ont été tués, a raconté à l'AFP un habitant.",
                         "fr", "2024-03-01");
  assert_string_equal(governed_by(doc, 0),
                      "Front national pour la défense de la Constitution (FNDC)");
  assert_string_equal(governed_by(doc, 1), "CNDH");
  expect_no_source_named(doc, "Mbera");
  assert_string_equal(governed_by(doc, 2), "source sécuritaire");
  assert_true(governed_by_any(doc, 3, "habitant"));
  sr_doc_free(doc);
}

/* Words between a subject and its verb: an aside, the acronym after a
** name; where an unnamed source is stays in its description. */
static void test_subject_with_aside_and_acronym(void **state) {
  sr_doc *doc = test_doc(*state,
                         "A suicide bomber killed nine people at a mosque, a senior security "
                         "official, speaking on condition of anonymity, said. Seventeen fighters "
                         "died in clashes in Deir ez-Zor, the Syrian Observatory for Human Rights "
                         "(SOHR) said. Officials in Ghazni province said the Taliban attacked a "
                         "district centre overnight.",
                         "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "senior security official");
  assert_string_equal(governed_by(doc, 1), "Syrian Observatory for Human Rights");
  assert_string_equal(governed_by(doc, 2), "Officials in Ghazni province");
  sr_doc_free(doc);
}

/* A lede told by sources described, not named, is told by the source of
** their kind the next paragraph names; an unnamed "official" is of no kind. */
static void test_vague_lede_named_later(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Air strikes killed 20 people in a market town, a war monitor said.\n"
                         "The strikes hit the town at noon, the Syrian Observatory for Human "
                         "Rights said.\n",
                         "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "Syrian Observatory for Human Rights");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "A bomb killed 16 people outside a bakery, an official said.\n"
                 "The bomber rode a motorcycle, the Syrian Observatory for Human Rights "
                 "said.\n",
                 "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "an official");
  sr_doc_free(doc);
  /* people described ("the regional governor") are named by a person
  ** only, not by a body the next paragraph quotes */
  expect_governed_at(state,
                     "Shelling killed two farmers near the river overnight, the regional "
                     "governor said.\n\nIn the east, a drone killed one man, the Interior "
                     "Ministry said.\n",
                     0, "regional governor");
}

/* A document a body issued ("figures released by", "a tally by", "un
** dernier bilan de", "an AFP tally"): the body is the source. */
static void test_documents_and_their_issuers(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Strikes killed 42 people across Gaza, according to figures released "
                         "by the Health Ministry. At least 35 soldiers died in Hama, according "
                         "to a tally by the Syrian Observatory for Human Rights. Nine militants "
                         "were killed in Anbar, according to a statement from the Iraqi army. "
                         "Ten people died in the attack, according to an AFP tally.",
                         "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "Health Ministry");
  assert_string_equal(governed_by(doc, 1), "Syrian Observatory for Human Rights");
  assert_string_equal(governed_by(doc, 2), "Iraqi army");
  assert_string_equal(governed_by(doc, 3), "AFP");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Au moins 300 civils ont été tués au Darfour depuis avril, selon un "
                 "dernier bilan de l'ONU.",
                 "fr", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "United Nations");
  sr_doc_free(doc);
}

/* A subject before a clause between commas speaks, not a source inside
** the clause; a person's clause may say whom the person speaks for. */
static void test_subject_before_relative_clause(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Airstrikes killed 14 civilians in Idlib, the Syrian Observatory for "
                         "Human Rights, which relies on a network of sources inside Syria, said. "
                         "Rebels shelled the town, Rami Abdel Rahman, who heads the Syrian "
                         "Observatory for Human Rights, said. The strikes hit a market, the "
                         "45-year-old, who lost two sons in the attack, said.",
                         "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "Syrian Observatory for Human Rights");
  const sr_mention *m = test_named(doc, SR_MENTION_SOURCE, "Rami Abdel Rahman",
                                   "Rami Abdel Rahman");
  assert_string_equal(sr_source_of(m)->affiliation, "Syrian Observatory for Human Rights");
  expect_no_source_named(doc, "Syrian Observatory for Human Rights (SOHR)");
  assert_null(test_mention(doc, SR_MENTION_SOURCE, "the attack"));
  sr_doc_free(doc);
}

/* A stray word before an article opens no name ("in the east of the city
** the Observatory said" in copy without commas, "selon notamment la Défense
** civile"); a known name after its article, past the designator it opens
** with ("l'Observatoire syrien des droits de l'homme"). */
static void test_article_opens_the_name(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Shelling killed 18 people in the east of the city the Observatory said.",
                         "en", "2024-03-01");
  expect_no_source_named(doc, "the city the Observatory");
  assert_string_equal(governed_by(doc, 0), "Observatory");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Une frappe a tué trois personnes à Khan Younès, selon notamment la "
                 "Défense civile. Vingt combattants ont été tués à Idleb, selon "
                 "l'Observatoire syrien des droits de l'homme (OSDH).",
                 "fr", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "Défense civile");
  assert_string_equal(governed_by(doc, 1), "Syrian Observatory for Human Rights");
  sr_doc_free(doc);
}

/* A back-reference stands for a body of its kind: "the observatory" not
** for Daesh, "the ministry" for a defence ministry. */
static void test_back_reference_of_its_kind(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Daesh said its fighters took the village. Shelling killed 18 people "
                         "in the east of the city, the observatory said.\n"
                         "The Russian Ministry of Defence said its jets struck 30 targets. Two "
                         "depots were destroyed, the ministry said.",
                         "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 1), "the observatory");
  assert_string_equal(governed_by(doc, 3), "Russian Ministry of Defence");
  sr_doc_free(doc);
  /* "the government", "the army" for the state's, not for a group whose
  ** kind was not read (the government was the FRL) */
  static const char *const state_said[][3] = {
      {"en", "Nine farmers were killed on Sunday in a raid claimed by the group FRL, the "
             "government said.", "the government"},
      {"fr", "Le FRL a revendiqué le raid. Neuf paysans ont été tués dimanche, a annoncé le "
             "gouvernement.", "le gouvernement"},
  };
  for (size_t i = 0; i < sizeof state_said / sizeof *state_said; i++) {
    doc = test_doc(*state, state_said[i][1], state_said[i][0], "2024-03-01");
    const sr_mention *gov = source(doc, state_said[i][2]);
    assert_non_null(gov->name);
    assert_string_not_equal(gov->name, "FRL");
    sr_doc_free(doc);
  }
}

/* A body described before is told again by its own head noun: "the
** government" is not the police force described before, "the ministry" is
** the interior ministry, "the military" the army. */
static void test_back_reference_by_its_head(void **state) {
  expect_governed_at(state,
                     "Police arrested 54 people in Pretoria, the South African police force "
                     "said. Looting went on in Soweto, the government said in a statement.",
                     1, "government");
  expect_governed_at(state,
                     "Gunmen killed two guards in Kabul, the interior ministry said. Three "
                     "attackers died in the fighting, the ministry said.",
                     1, "interior ministry");
  expect_governed_at(state,
                     "Rebels shelled Kidal on Monday, the army said. Four soldiers were "
                     "wounded, the military said.",
                     1, "army");
}

/* An acronym that reads as a word ("WHO") is a name when written in
** capitals, never the relative (no "WHO" alias in sources.tsv: the actors
** would look up every "who"); members, councils and forces described;
** a name never opens on a lower-case article ("the speaker of the
** People's Council"). */
static void test_acronyms_members_and_councils(void **state) {
  static const char *const text[][2] = {
      {"Gunmen killed five people in Goma on Monday, the WHO said.", "WHO"},
      {"The WHO said cholera killed 12 people in the camps near Goma.", "WHO"},
      {"Gunmen killed five people in Ghazni on Monday, a member of the provincial council "
       "said.", "member of the provincial council"},
      {"Turkish drones killed three fighters near Qamishli, a Kurdish-led force said.",
       "Kurdish-led force"},
      {"The speaker of the People's Council of Syria said shells killed five people in "
       "Deir Ezzor.", "People's Council of Syria"},
      /* (officers, many, as one officer) */
      {"Gunmen killed five people in Ghazni on Monday, two army officers told us.",
       "army officers"},
      /* (a rights commission, as a rights body is; an outlet's service by
      ** the outlet's whole name, not "Jazeera Arabic") */
      {"Police shot dead five marchers in Kisumu, the state-funded rights commission said.",
       "state-funded rights commission"},
      {"Shells killed five people in Rafah, Al Jazeera Arabic reported.", "Al Jazeera"},
      /* (police and their chiefs in protest and riot copy; the person before
      ** a title's apposition, not the title) */
      {"Rioters hurt five officers near the mosque, the county sheriff's office said.",
       "county sheriff's office"},
      {"Jane Okoro, the chief constable of the county police, said rioters hurt five officers.",
       "Jane Okoro"},
      {"Police fired tear gas at marchers near the campus, student leaders said.",
       "student leaders"},
      /* (a plain word opening the clause before a head alone is the
      ** phrase's own: "city officials", not "officials") */
      {"Raiders burned five shops near the port, city officials said.", "city officials"},
      /* (a title's one plain word after "for"; the council of a Nigerian
      ** local government area) */
      {"Raiders burned five shops near the port, the commissioner for information said.",
       "commissioner for information"},
      {"Raiders burned five shops in Gusau, the chairman of the local government area said.",
       "chairman of the local government area"},
      /* (a name, then an apposition that is a title with no name) */
      {"Raiders burned five shops in Gusau, Musa Danjuma, Oxfam's Nigeria director, said.",
       "Musa Danjuma"},
      /* (a civil society group; a present participle's clause as a
      ** relative one) */
      {"Police fired at marchers in Beira, a civil society group monitoring the vote said.",
       "civil society group"},
      {"Police fired at marchers in Beira, a monitor documenting abuses said.", "monitor"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  /* ("Who" opening a clause is the relative still) */
  sr_doc *doc = test_doc(*state, "Who said the shells came from the north is unclear.", "en",
                         "2024-03-01");
  assert_null(governed_by(doc, 0));
  sr_doc_free(doc);
}

/* Between a subject and its verb, an aside with no comma ("reached by
** phone") or one that names who heard it ("contacted by AFP"): the
** subject still speaks, not the outlet. */
static void test_asides_between_subject_and_verb(void **state) {
  static const char *const text[][2] = {
      {"Jihadists killed five civilians near Mopti, a resident reached by phone said.",
       "resident"},
      {"Jihadists killed five civilians near Mopti, a resident contacted by AFP said.",
       "resident"},
      {"A local official speaking to reporters said jihadists burned the market of Boni.",
       "local official"},
      {"Security officials speaking on condition of anonymity said two car bombs killed 50 "
       "people in Homs.", "Security officials"},
      /* (a long aside between commas, past its cue: not "the press" of it) */
      {"Two police officers, speaking on condition of anonymity because they had no leave "
       "to brief the press, said a car bomb killed 50 people in Homs.", "police officers"},
      /* (where the speaker spoke) */
      {"The governor, speaking at a rally in the old town, said a car bomb killed 50 people "
       "in Homs.", "governor"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A local committee that counts the dead is a source ("resistance
** committees" in Sudan), in French and English. */
static void test_a_local_committee_speaks(void **state) {
  static const char *const en[][2] = {
      {"Air strikes killed 12 civilians in Nyala on Thursday, a local resistance committee said.",
       "local resistance committee"}};
  static const char *const fr[][2] = {
      {"Des frappes aériennes ont tué au moins 12 civils jeudi à Nyala, selon un comité de "
       "résistance local.",
       "comité de résistance local"}};
  expect_each_governed(state, "en", en, sizeof en / sizeof *en);
  expect_each_governed(state, "fr", fr, sizeof fr / sizeof *fr);
}

/* An outlet or a person after a possessive is named by its own name, the
** possessor kept as whose it is; outlets that open in lower case ("eNCA")
** or with a slash ("RFE/RL"). */
static void test_outlets_after_a_possessive(void **state) {
  static const char *const text[][2] = {
      {"Gunmen killed five people in Kunduz on Monday, Afghanistan's Tolo News reported.",
       "Tolo News"},
      {"Gunmen killed five people in Zahedan on Monday, RFE/RL's Radio Farda reported.",
       "Radio Farda"},
      {"Looters stormed a shopping centre in Soweto, broadcaster eNCA reported.", "eNCA"},
      {"Gunmen killed five people in Kunduz on Monday, RFE/RL reported.",
       "Radio Free Europe/Radio Liberty"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state, "Israel's Netanyahu said the strikes on Rafah killed 12 militants.",
                         "en", "2024-03-01");
  long idx[1];
  assert_int_equal(sr_sentence_sources(&doc->sources, 0, idx, 1), 1);
  assert_string_equal(doc->mentions.items[idx[0]].name, "Netanyahu");
  assert_string_equal(sr_source_of(&doc->mentions.items[idx[0]])->affiliation, "Israel");
  sr_doc_free(doc);
}

/* One aside word between a subject and its verb, with no comma ("the army
** however said"), or between commas before the date it spoke; a speaker
** after "quoted" though its first name is a place. */
static void test_one_word_asides_and_quoted_names(void **state) {
  static const char *const text[][2] = {
      {"The army however said the raiders were pushed back and nine of them killed near Gao.",
       "army"},
      {"Police meanwhile said three gunmen were shot dead outside the bank in Kano.", "Police"},
      {"The police, however, on Friday said the raiders burned two lorries near Fada.",
       "police"},
      {"Police in a separate statement said the raiders burned two lorries near Jos.", "Police"},
      {"The navy on its part said its boats sank two pirate skiffs off Eyl.", "navy"},
      {"Reuters quoted Ahmad Zia, a district chief, as saying insurgents stormed a post in "
       "Kunduz, killing four guards.", "Ahmad Zia"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* "..., Reuters reports.": "reports" is a speech verb where its clause ends,
** and a noun elsewhere ("media reports said", "its reports"). */
static void test_a_verb_that_ends_its_clause(void **state) {
  static const char *const text[][2] = {
      {"Raiders burned 40 houses in the village of Kirawa on Monday, Reuters reports.",
       "Reuters"},
      {"Raiders burned 40 houses in Kirawa on Monday the Syrian Observatory for Human Rights "
       "reports.", "Syrian Observatory for Human Rights"},
      /* (after a described source's head: the verb, not "army reports") */
      {"Raiders burned 40 houses in the village of Kirawa on Monday, the army reports.", "army"},
      {"Raiders burned 40 houses in the village of Kirawa, our correspondent reports.",
       "correspondent"},
      {"Raiders burned 40 houses in Kirawa, local media reports said.", "local media reports"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  /* ("relies on a network of activists for its reports": no speaker) */
  sr_doc *doc = test_doc(*state,
                         "Raiders burned 40 houses in Kirawa, according to the Observatory, "
                         "which relies on a network of activists for its reports.",
                         "en", "2024-03-01");
  long idx[4];
  assert_int_equal(sr_sentence_sources(&doc->sources, 0, idx, 4), 1);
  assert_string_equal(doc->mentions.items[idx[0]].name, "the Observatory");
  sr_doc_free(doc);
}

/* A headline closed by its source after a colon or a spaced dash; a
** headline's source says the lede when the lede names none and no later
** paragraph's source is taken for it (test_lede_under_a_headline_with_a_source). */
static void test_headline_closed_by_its_source(void **state) {
  expect_governed_at(state,
                     "Eight dead in raid on cattle market: police\n\n"
                     "Raiders shot eight traders at the cattle market of Gusau on Sunday.",
                     1, "police");
  expect_governed_at(state,
                     "Drone strike kills four in Sumy -regional governor\n"
                     "A drone hit a bus station in Sumy on Tuesday, killing four people.",
                     1, "regional governor");
  expect_governed_at(state,
                     "Raiders kill eight at Gusau market, police say\n\n"
                     "Raiders shot eight traders at the cattle market of Gusau on Sunday.\n\n"
                     "The market had reopened a week before.",
                     1, "police");
}

/* A long relative clause between a subject and its verb; where a described
** source is, in several words when they run to the verb; an outlet's
** reporter with where it is. */
static void test_long_asides_and_where_a_source_is(void **state) {
  static const char *const text[][2] = {
      {"A second police official, who spoke on condition of anonymity because he had no "
       "leave to talk to the press, said six guards were killed.", "second police official"},
      {"An official at the town's security directorate told AFP the raiders killed six "
       "guards.", "official at the town's security directorate"},
      {"A correspondent in the northern districts said the raiders killed six guards.",
       "correspondent in the northern districts"},
      {"A Reuters reporter in Gao said the raiders killed six guards.", "Reuters"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  /* (several words only up to a stop or a verb: not into a clause) */
  expect_governed_at(state, "Six guards died, according to an official at the clinic treating "
                            "the wounded.", 0, "official at the clinic");
}

/* "the group" with no body named before: the named rebels or militia that
** open its sentence; not a group its sentence names later (a monitor's
** copy: "The raid hit ISIL positions, the group added"). */
static void test_the_group_that_acts(void **state) {
  expect_governed_at(state,
                     "Al-Shabaab fighters overran an army post in Lower Shabelle, the group said in "
                     "a statement.", 0, "Al Shabaab");
  expect_governed_at(state, "The raid hit ISIL positions south of Ras al-Ain, the group added.", 0,
                     "the group");
  /* (a body the packs do not know, named by capitals after the article
  ** opening its sentence, or past a head that names people: "the group"
  ** after it stands for it) */
  expect_governed_at(state,
                     "The Green Hands Relief Network said raiders burned a clinic in Monguno. Five "
                     "nurses were hurt, the group said.", 1, "Green Hands Relief Network");
  expect_governed_at(state,
                     "The Kivu Doctors Network said raiders burned a clinic in Beni. Five nurses "
                     "were hurt, the group said.", 1, "Kivu Doctors Network");
  /* (with one word of hyphened halves before "group", "the group" still) */
  expect_governed_at(state,
                     "Al-Shabaab fighters overran an army post in Lower Shabelle, the "
                     "al-Qaeda-linked group said.", 0, "Al Shabaab");
}

/* "X was quoted by AFP as saying": X speaks, the outlet relays; a ranked
** person's apposition says whom they speak for. */
static void test_quoted_by_and_a_rank_s_apposition(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Six guards died in the raid on Kidal, Moussa Ag Intalla was quoted by "
                         "AFP as saying.",
                         "en", "2024-03-01");
  long idx[4];
  size_t n = sr_sentence_sources(&doc->sources, 0, idx, 4);
  assert_int_equal(n, 2);
  assert_string_equal(doc->mentions.items[idx[0]].name, "Moussa Ag Intalla");
  assert_string_equal(doc->mentions.items[idx[1]].name, "AFP");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Six guards died in the raid, said Lt. Col. Peter Mwangi, a spokesman for the "
                 "Kenyan army.",
                 "en", "2024-03-01");
  const sr_mention *m = source(doc, "Lt. Col. Peter Mwangi, a spokesman for the Kenyan army");
  assert_string_equal(m->name, "Peter Mwangi");
  sr_doc_free(doc);
  /* a known body at the end of a title's apposition before the verb: the
  ** person named before it speaks for it (the body opens no clause) */
  doc = test_doc(*state,
                 "Six guards died in the raid, Amina Odhiambo, head of Human Rights Watch, "
                 "said.",
                 "en", "2024-03-01");
  m = source(doc, "Amina Odhiambo, head of Human Rights Watch");
  assert_string_equal(m->name, "Amina Odhiambo");
  assert_string_equal(sr_source_of(m)->affiliation, "Human Rights Watch");
  sr_doc_free(doc);
  /* ...and after the verb, the same apposition up to a stop */
  doc = test_doc(*state,
                 "Six guards died in the raid, said Amina Odhiambo, the head of Human Rights "
                 "Watch.",
                 "en", "2024-03-01");
  m = source(doc, "Amina Odhiambo, the head of Human Rights Watch");
  assert_string_equal(sr_source_of(m)->affiliation, "Human Rights Watch");
  sr_doc_free(doc);
}

/* A name after a determiner though it is a place too ("one Bulama": a
** village head's title in Borno, a town in Guinea-Bissau); a group's armed
** wing after a bare possessive apostrophe. */
static void test_a_determiner_s_name_and_an_armed_wing(void **state) {
  static const char *const text[][2] = {
      {"Four herders were killed, one Bulama told our reporter.", "Bulama"},
      {"Hamas' armed wing said its fighters killed four soldiers near Rafah.", "Hamas Movement"},
      {"Four soldiers died near Rafah, Hamas's military wing said.", "Hamas's military wing"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A document that opens its clause, then the date it was issued ("A
** statement by the army on Sunday said"); an Indian district's collector,
** an ombudsman, "informed that". */
static void test_a_dated_document_and_more_speakers(void **state) {
  static const char *const text[][2] = {
      {"A statement by the army on Sunday said six militants were killed near Bannu.", "army"},
      {"Six villagers died in the clash near Gaya, the district collector said.",
       "district collector"},
      {"Six protesters died near Puno, according to the country's human rights ombudsman.",
       "country's human rights ombudsman"},
      {"The ministry informed that six villagers died in the clash near Gaya.", "The ministry"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* "X did this and said...": the subject that opens the sentence speaks,
** when it says what it is (not "Gunmen ... and said"). */
static void test_a_verb_after_and(void **state) {
  static const char *const text[][2] = {
      {"The governor toured the village on Monday and said six herders died in the raid.",
       "governor"},
      {"Police reached the market at dawn and said six traders died in the raid.", "Police"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state, "Raiders stormed the village at dawn and said they would return.",
                         "en", "2024-03-01");
  assert_null(governed_by(doc, 0));
  sr_doc_free(doc);
}

/* One given name and who the person is after it speaks, not the
** designator; where a name could be a village's, the designator; a
** described source "from" where it serves. */
static void test_a_single_name_and_officials_from(void **state) {
  static const char *const text[][2] = {
      {"Halima, a nurse who asked not to be named, told Reuters that 11 bodies reached the "
       "clinic in Bunia.", "Halima"},
      {"Eleven villagers were shot dead in Djugu, said Bahati, a farmer.", "Bahati"},
      {"Soldiers shot eleven villagers in the hamlet of Lopa, a resident told Reuters.",
       "resident"},
      {"Officials from the district said gunmen shot eleven farmers near Bunia.",
       "Officials from the district"},
      {"Gunmen shot eleven farmers near Bunia, officials from the province said.",
       "officials from the province"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* An army's regional command, after the army's possessive: the body
** speaks with the army in its words (a direction alone opens nothing). */
static void test_an_army_s_regional_command(void **state) {
  static const char *const text[][2] = {
      {"The Ukrainian military's southern command said a drone strike killed four dockers "
       "in Mykolaiv.", "Ukrainian military's southern command"},
      {"Four dockers died when a drone hit the port of Mykolaiv, the army's eastern command "
       "said.", "army's eastern command"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A body's name, then a long apposition with a relative clause in it:
** the name speaks; never the tail of a longer name before the comma. */
static void test_a_name_before_a_long_apposition(void **state) {
  static const char *const text[][2] = {
      {"The Ituri Peace Watch, a local network that counts the dead in the villages of the "
       "north, said rebels shot eleven herders near Bunia.", "Ituri Peace Watch"},
      {"Rebels shot eleven herders near Bunia, the Ituri Peace Watch, a local network that "
       "counts the dead in the villages of the north, said.", "Ituri Peace Watch"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state,
                         "The Centre for Justice, Peace and Human Rights, a local network that "
                         "counts the dead in the villages of the north, said rebels shot eleven "
                         "herders near Bunia.",
                         "en", "2024-03-01");
  const char *by = governed_by(doc, 0);
  assert_true(!by || strcmp(by, "Human Rights") != 0);
  sr_doc_free(doc);
}

/* A preposition opening the sentence says where, not who: "In Kabul" is
** no person (a French name opening with "De" still is one). */
static void test_a_place_opening_the_sentence(void **state) {
  static const char *const text[][2] = {
      {"In Herat, a police spokesman said two guards died when gunmen stormed the jail.",
       "police spokesman"},
      {"In Mopti, a trader said soldiers shot four herders near the river.", "trader"},
      {"At the checkpoint, an army officer said the convoy was hit by a mine.", "army officer"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  static const char *const fr[][2] = {
      {"De Villiers a affirmé que les frappes avaient tué douze civils à Homs.", "Villiers"}};
  expect_each_governed(state, "fr", fr, sizeof fr / sizeof *fr);
}

/* One given name, then who the person is between commas though no head
** names it ("a shopkeeper", "a mother of three"), or a relative clause
** opened by "whose" with a number in it: the name speaks. */
/* A monitor described by where it sits ("the Britain-based war monitor",
** "a UK-based monitoring group") stands for the monitor named before or
** next; other bodies so described keep their words ("the US-led
** coalition"). */
static void test_a_monitor_described_by_where_it_sits(void **state) {
  expect_governed_at(state,
                     "Barrel bombs killed nine people in Daraya, the Syrian Observatory for "
                     "Human Rights said. Shelling killed two more in Douma, the Britain-based "
                     "war monitor said.",
                     1, "Syrian Observatory for Human Rights");
  expect_governed_at(state,
                     "Barrel bombs killed nine people in Daraya, a UK-based monitoring group "
                     "said. The Syrian Observatory for Human Rights said children were among "
                     "the dead.",
                     0, "Syrian Observatory for Human Rights");
  expect_governed_at(state,
                     "Barrel bombs killed nine people in Daraya, the Syrian Observatory for "
                     "Human Rights said. An air strike hit a bridge near Raqqa, the US-led "
                     "coalition said.",
                     1, "US-led coalition");
}

/* A second verb after "but" has the clause's subject, past its
** apposition ("declined to comment but said"; French "mais"). */
static void test_a_verb_after_but(void **state) {
  static const char *const text[][2] = {
      {"The district chief gave no figure but said raiders shot six herders near Bama.",
       "The district chief"},
      {"Garba Sule, a local councillor, declined to comment further but said raiders shot six "
       "herders near Bama.", "Garba Sule"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  static const char *const fr[][2] = {
      {"Le préfet Issa Kone a refusé de donner un bilan mais a affirmé que des assaillants "
       "avaient tué six bergers.", "Issa Kone"}};
  expect_each_governed(state, "fr", fr, sizeof fr / sizeof *fr);
}

/* Titles: a name's apposition that is a title closed by a comma ("Garba
** Sule, the district head,"); what a title is of ("Minister of
** Information", "Minister of Foreign Affairs Ali Musa": the name is the
** run's last two words); a title's complement with no article ("the
** commissioner for security affairs"), never "the army of gassing...". */
static void test_titles_and_what_they_are_of(void **state) {
  static const char *const text[][2] = {
      {"Garba Sule, the district head, said raiders shot six herders near Bama.", "Garba Sule"},
      {"Raiders shot six herders near Bama, the Minister of Information Tanko Yusuf said.",
       "Tanko Yusuf"},
      {"Minister of Foreign Affairs Tanko Yusuf said raiders shot six herders near Bama.",
       "Tanko Yusuf"},
      {"Raiders shot six herders near Bama, the commissioner for internal security said.",
       "commissioner for internal security"},
      {"Raiders shot six herders near Bama, according to a medic who treated the wounded.",
       "medic"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state,
                         "Raiders shot six herders near Bama, the Minister of Information said.",
                         "en", "2024-03-01");
  const char *by = governed_by(doc, 0);
  assert_true(by && strcmp(by, "Information") != 0);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "The opposition accused the army of gassing hundreds in the suburbs, the "
                 "activists said.",
                 "en", "2024-03-01");
  by = governed_by(doc, 0);
  assert_true(!by || !strstr(by, "gassing"));
  sr_doc_free(doc);
}

/* A body described before any is named stands for one named next only of
** its own category: "the health ministry" is not the army named after. */
static void test_a_described_body_named_next(void **state) {
  expect_governed_at(state,
                     "A strike killed nine people in a school in Khan Younis, the health "
                     "ministry said. The Israeli military said it hit a command post.",
                     0, "health ministry");
}

/* ", saying" after a clause: its subject speaks, past an apposition no
** pack reads; a body the packs do not know, then its apposition, speaks
** rather than the apposition. */
static void test_a_participle_and_an_unknown_body(void **state) {
  static const char *const text[][2] = {
      {"Samir Haddad, a surgeon at the district clinic, gave a higher toll, saying 31 people "
       "were killed in the blast.", "Samir Haddad"},
      {"The Danish Demining Group (DDG), a humanitarian organization, said a mine killed four "
       "farmers near Kismayo.", "Danish Demining Group (DDG)"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  static const char *const fr[][2] = {
      {"Le maire Paul Kabore a donné un bilan plus lourd, affirmant que 31 personnes avaient "
       "été tuées.", "Paul Kabore"}};
  expect_each_governed(state, "fr", fr, sizeof fr / sizeof *fr);
}

/* Adverbs of time between a subject and its verb ("initially",
** "subsequently", "earlier") are asides, not words of the name. */
static void test_time_adverbs_before_the_verb(void **state) {
  static const char *const text[][2] = {
      {"Local officials initially said the blast killed seven traders in Kano.",
       "Local officials"},
      {"Earlier state television said the blast killed seven traders in Kano.",
       "state television"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* "..., Ukrinform reports.": an outlet the packs do not know, before the
** verb that ends its clause, is no described "reports". */
static void test_an_unknown_outlet_that_reports(void **state) {
  static const char *const text[][2] = {
      {"A drone strike killed two tractor drivers near Nikopol, Suspilne reports.", "Suspilne"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* "put the death toll from X at", "was confirmed by Ali Musa, a police
** official": a toll's verb with words between, a person after a passive
** cue though a place shares the given name. */
static void test_a_toll_put_and_confirmed(void **state) {
  static const char *const text[][2] = {
      {"Local officials put the death toll from the market blast in Gombe at 14.",
       "Local officials"},
      {"The toll of 14 dead in the Gombe market blast was confirmed by Ali Musa, a police "
       "official.", "Ali Musa"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A body the packs do not know, before an apposition that describes it
** ("a group of ..."), a head noun in its name ("Doctors") or a plural's
** bare apostrophe ("Doctors' Network") in it; "the group" then stands for
** it, not for the armed group acting in the sentence. */
static void test_an_unknown_body_described(void **state) {
  static const char *const text[][2] = {
      {"The Darfur Doctors Union, a group of medics who count the dead, said shelling "
       "killed 11 people in the camp.", "Darfur Doctors Union"},
      {"The Bara Resistance Committees, another volunteer group, reported that raiders "
       "killed seven villagers.", "Bara Resistance Committees"},
      {"The Kordofan Doctors' Network, a medical group, said shelling killed 9 people "
       "in the market.", "Kordofan Doctors' Network"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  expect_governed_at(state,
                     "The Kordofan Doctors' Network, a group of medical workers, said RSF "
                     "fighters killed 20 people in Bara. The shelling also wounded 31 people, "
                     "the group said.",
                     1, "Kordofan Doctors' Network");
}

/* A body's head noun, then a title written with its capital and the
** person it names: the person speaks ("said Police Capt. Musa Ali"). */
static void test_a_title_after_a_head(void **state) {
  static const char *const text[][2] = {
      {"Nine people were wounded in the blast near the mosque, said Police Capt. Musa "
       "Ali.", "Musa Ali"},
      {"Nine people were wounded in the blast near the mosque, said Police Chief Musa "
       "Ali.", "Musa Ali"},
      {"Nine people were wounded in the blast near the mosque, said army Col. Musa Ali.",
       "Musa Ali"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* Heads and documents of the packs: a doctors' group, aid organizations,
** news agencies, a casualty list; a number put at. */
static void test_groups_agencies_and_lists(void **state) {
  static const char *const text[][2] = {
      {"Shelling killed at least 20 people in the camp, a doctors' group said.",
       "doctors' group"},
      {"Eighteen villagers were killed in raids near Bara, according to aid organizations.",
       "aid organizations"},
      {"Five people were killed when a strike hit a tent, news agencies reported.",
       "news agencies"},
      {"A strike on a house killed five people, according to a casualty list provided by "
       "Nasser Hospital.", "Nasser Hospital"},
      {"One local leader put the number at 12, saying the raiders killed villagers at the "
       "well.", "local leader"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A subject, then an aside between dashes, then the verb. */
static void test_an_aside_between_dashes(void **state) {
  static const char *const text[][2] = {
      {"The Civil Defence - rescuers who work under the local government - said three "
       "children were killed in a strike on Monday.", "Civil Defence"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* French: who relayed it, with its article, between commas ("jointe au
** téléphone par l'AFP"); "une source de sécurité"; "a également fait
** état"; a capitalised designator opening a name closed by its acronym;
** "un groupe d'experts". */
static void test_french_relays_and_agencies(void **state) {
  static const char *const text[][2] = {
      {"Une source sécuritaire, jointe au téléphone par l'Agence Anadolu, a déclaré que "
       "neuf soldats ont été tués dans l'embuscade.", "Une source sécuritaire"},
      {"Une source de sécurité a également fait état de deux gendarmes tués dans "
       "l'attaque.", "Une source de sécurité"},
      {"Quatre soldats ont été tués dans une attaque contre leur poste, a rapporté l'Agence "
       "de presse du Sahel (APS).", "Agence de presse du Sahel (APS)"},
      {"Douze civils ont été tués dans un camp de déplacés près de Bunia, a indiqué mardi "
       "un groupe d'experts.", "groupe d'experts"}};
  expect_each_governed(state, "fr", text, sizeof text / sizeof *text);
}

/* A body the packs do not know after its article, two capitals read as a
** person's name, then "on ..." up to the acronym that closes it; a titled
** person "of" a place before the verb; a rights organisation described;
** "the British-based human rights organisation" is the monitor named. */
static void test_bodies_with_tails_and_titles_of_places(void **state) {
  static const char *const text[][2] = {
      {"The National Commission on Civil Liberties (NCCL) said 14 protesters were shot "
       "dead in Mombasa.", "National Commission on Civil Liberties (NCCL)"},
      {"Gov. Ali Musa Dikko of the North region said gunmen killed six traders near the "
       "border post.", "Ali Musa Dikko"},
      {"Nine protesters were shot dead in the capital, a state-funded rights organisation "
       "said.", "state-funded rights organisation"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  expect_governed_at(state,
                     "The Syrian Observatory for Human Rights said air strikes killed 17 "
                     "people in a market in Ashara. According to the British-based human "
                     "rights organisation, eight children were among those killed.",
                     1, "Syrian Observatory for Human Rights");
}

static void test_a_given_name_described(void **state) {
  static const char *const text[][2] = {
      {"Yusuf, a tailor near the bus park, said three bodies lay in the street.", "Yusuf"},
      {"Esther, a mother of four who fled the camp, told Reuters that soldiers burned the "
       "huts.", "Esther"},
      {"Idris, whose two sons were among the 14 people shot, said the raiders came at dawn.",
       "Idris"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* Heads of the packs: a local government chairman, a junta, a coalition,
** an NGO; a body with where it is. */
static void test_more_described_heads(void **state) {
  static const char *const text[][2] = {
      {"Gunmen killed seven farmers in Benue state, a local government chairman told "
       "reporters.", "local government chairman"},
      {"Myanmar's junta said its troops killed 30 rebels in Sagaing.", "Myanmar's junta"},
      {"The Saudi-led coalition said its strikes destroyed two drones in Sanaa.",
       "Saudi-led coalition"},
      {"The attack killed 15 civilians, according to an NGO active in the area.", "NGO"},
      /* a capitalised body opening the sentence, with where it is */
      {"The Health Ministry in Gaza said Israeli strikes killed 31 people in Rafah.",
       "Health Ministry in Gaza"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A body's lowercase tail up to its acronym ("Pharmaciens sans frontières
** (PSF)"); words between an outlet's designator and its name ("la radio
** privée Isanganiro"). */
static void test_body_tail_and_outlet_words(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Les combats ont fait 40 blessés à Bunia, a indiqué Pharmaciens sans "
                         "frontières (PSF) dans un communiqué. Des hommes armés ont attaqué un "
                         "poste de gendarmerie à Kayanza, a rapporté la radio privée Isanganiro.",
                         "fr", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "Pharmaciens sans frontières (PSF)");
  assert_string_equal(governed_by(doc, 1), "Isanganiro");
  sr_doc_free(doc);
}

/* Names that are places too: a person whose first name or surname is a
** village somewhere ("Musa Bello", "Gambo Isah"), a body whose name opens
** with its country or town ("Israel Defense Forces", "Kabul police"); a
** place still ends the phrase before it in copy without commas. */
static void test_names_that_are_places(void **state) {
  static const char *const text[][2] = {
      {"Gunmen killed five people in Katsina on Monday, said Gambo Isah, a police "
       "spokesman.", "Gambo Isah"},
      {"Musa Bello said gunmen killed four people in the village.", "Musa Bello"},
      {"The Israel Defense Forces said troops killed two gunmen in Jenin.",
       "Israel Defense Forces"},
      {"Kabul police said a bomb killed four people in the city.", "Kabul police"},
      {"Airstrikes killed 12 children in eastern Syria UNICEF said on Monday.", "UNICEF"},
      {"Shelling killed 30 people in the suburbs of Damascus British Foreign Secretary "
       "William Hague said.", "William Hague"}}; /* ("Foreign Secretary": his title) */
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* Described sources: more heads of the packs (a farmer, civil society
** leaders, diplomatic sources, a media office), a title abbreviated
** ("Dr."), what a head is of or close to ("the mayor of the town", "an
** officer at the base", "a source close to the army", "a lawmaker
** representing the area"), what it issued ("an army statement"), a
** designator inside a name in capitals ("the Security Media Cell"). */
static void test_described_heads_and_complements(void **state) {
  static const char *const text[][2] = {
      {"Hassan Ali, a farmer, said soldiers killed 14 people in the village.", "Hassan Ali"},
      {"Gunmen killed four people in Bunia on Monday, civil society leaders said.",
       "civil society leaders"},
      {"Gunmen killed 20 soldiers near Djibo, diplomatic sources said.", "diplomatic sources"},
      {"Israeli strikes killed 20 people in Gaza City, the government media office said.",
       "government media office"},
      {"A car bomb killed nine people in Baghdad, said Dr. Ahmed Jasim, director of the "
       "hospital.", "Ahmed Jasim"},
      {"Soldiers killed 14 people in Moura, the mayor of the town said.", "mayor of the town"},
      {"Gunmen killed 20 soldiers near Djibo, an officer at the base said.",
       "officer at the base"},
      {"Gunmen killed 20 soldiers near Djibo, a source close to the army said.",
       "source close to the army"},
      {"Gunmen killed 20 people in Owo, a lawmaker representing the area said.",
       "lawmaker representing the area"},
      {"ADF rebels killed 12 civilians in Beni, an army statement said.", "army"},
      {"A bomb killed four soldiers near Tikrit, the Security Media Cell said.",
       "Security Media Cell"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  static const char *const french[][2] = {
      {"Des rebelles ont tué douze civils à Beni, a indiqué l'administrateur du territoire.",
       "administrateur"},
      {"Des hommes armés ont tué six fidèles dans l'église, a raconté un pasteur.",
       "pasteur"}};
  expect_each_governed(state, "fr", french, sizeof french / sizeof *french);
}

/* A speaker named inside what another said is relayed by it: both stand
** for the claim, and "it" later is the first ("The Observatory said medical
** sources in the town reported...").  Two clauses joined by "and" are two
** speakers, no phrase across the "and". */
static void test_speaker_inside_what_was_said(void **state) {
  sr_doc *doc = test_doc(*state,
                         "The Observatory said medical sources in the town reported 12 "
                         "deaths. Shelling also killed two children, it said.",
                         "en", "2024-03-01");
  const sr_mention *inner = source(doc, "medical sources in the town");
  assert_true(sr_source_of(inner)->reported);
  assert_string_equal(doc->mentions.items[sr_source_of(inner)->via].name, "The Observatory");
  assert_string_equal(governed_by(doc, 1), "The Observatory");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Police said three people died in the blast and the army said it killed "
                 "two attackers.",
                 "en", "2024-03-01");
  assert_null(test_mention(doc, SR_MENTION_SOURCE, "the blast and the army"));
  source(doc, "the army");
  sr_doc_free(doc);
}

/* Wire forms around the verb: more verbs ("documented"), a date or an
** adverb between subject and verb ("The army on Monday said", "The army,
** however, said"), an age after a name ("Mohamed
** Ali, 45, told AFP"), the outlet a source told ("told The Associated
** Press"), a body in the possessive and what it issued ("the ministry's
** latest figures", "the military's media wing"), an adverb opening the
** sentence ("Meanwhile the Observatory said"), an acronym after a name
** ("Pharmaciens Sans Frontieres (PSF) said"). */
static void test_wire_forms_around_the_verb(void **state) {
  static const char *const text[][2] = {
      {"The Observatory documented the deaths of 14 civilians in air strikes on Idlib.",
       "The Observatory"},
      {"The army on Monday said its troops killed 14 militants in the village.", "army"},
      {"The army, however, said its troops killed 14 militants in the village.", "army"},
      {"\"Fourteen people were killed in the village,\" Mohamed Ali, 45, told AFP.",
       "Mohamed Ali"},
      {"Fourteen people were killed in the village, according to the ministry's latest "
       "figures.", "ministry"},
      {"Troops killed 25 militants in North Waziristan, the military's media wing said.",
       "military's media wing"},
      {"Meanwhile the Observatory said 12 people were killed in Idlib.", "the Observatory"},
      /* an acronym in brackets after a name of several words */
      {"Fighting killed 200 people in El Fasher, Pharmaciens Sans Frontieres (PSF) said.",
       "Pharmaciens Sans Frontieres (PSF)"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state,
                         "Fourteen people were killed in the village, police told The "
                         "Associated Press.",
                         "en", "2024-03-01");
  const sr_mention *police = source(doc, "police");
  assert_true(sr_source_of(police)->via >= 0);
  assert_string_equal(doc->mentions.items[sr_source_of(police)->via].name, "Associated Press");
  sr_doc_free(doc);
}

/* Speakers in wire forms that name them off the plain verb: an auxiliary
** before "quoted as saying", an age before the name, a verb phrase that
** gives a figure, "reports that". */
static void test_speaker_past_auxiliary_and_age(void **state) {
  static const char *const text[][2] = {
      {"Two people were killed in a grenade attack in Bujumbura, police were quoted as "
       "saying by local media.", "police"},
      {"A suicide bomber killed nine people at a checkpoint in Helmand, the provincial "
       "governor was quoted as saying.", "provincial governor"},
      {"\"They shot everyone they saw,\" said 45-year-old Ahmed Warsame after the raid "
       "that killed eight people.", "Ahmed Warsame"},
      {"Gunmen killed six farmers near Maiduguri, said 32-year-old Fatima Bello, a "
       "resident.", "Fatima Bello"},
      {"Officials put the death toll at 23 after a car bomb exploded near a market in "
       "Baghdad.", "Officials"},
      {"Reuters reports that at least 14 people were killed in an air strike on a village "
       "in Idlib.", "Reuters"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  /* "was" alone is no speaker's verb: the passive names no one */
  sr_doc *doc = test_doc(*state, "Police were attacked in the town and three officers were "
                         "killed.", "en", "2024-03-01");
  assert_null(governed_by(doc, 0));
  sr_doc_free(doc);
}

/* Outlets and bodies the packs know (actors/sources.tsv): their kind and
** category, a person speaking for one, and a known name inside a run of
** capitals in copy without commas. */
static void test_known_outlets_and_bodies(void **state) {
  static const char *const text[][2] = {
      {"Five border guards were killed in clashes with militants in Sistan-Baluchestan "
       "province, the official IRNA news agency reported.", "IRNA"},
      {"Militiamen killed eight civilians in an ambush in Warfields, according to Human "
       "Rights Watch.", "Human Rights Watch"},
      {"Warplanes struck three villages in Hama Human Rights Watch said 64 people died.",
       "Human Rights Watch"},
      {"Air strikes killed 22 children at a school, UNICEF Director Alan Lane said.",
       "Alan Lane"},
      {"Des miliciens ont tué six personnes dans le territoire de Djugu, rapporte la "
       "radio Okapi.", "Radio Okapi"}};
  expect_each_governed(state, "en", text, 4);
  expect_each_governed(state, "fr", text + 4, 1);
  sr_doc *doc = test_doc(*state,
                         "Airstrikes hit a hospital in Saada on Tuesday, killing 11 people, "
                         "MSF said. Air strikes killed 22 children at a school, UNICEF "
                         "Director Alan Lane said. \"Dozens of civilians paid the price,\" "
                         "said Ole Svensson HRW deputy director.",
                         "en", "2024-03-01");
  const sr_mention *msf = test_named(doc, SR_MENTION_SOURCE, "MSF", "Médecins sans frontières");
  assert_int_equal(sr_source_of(msf)->source_kind, SR_SOURCE_ORGANIZATION);
  assert_int_equal(sr_source_of(msf)->category, SR_CAT_MEDICAL);
  const sr_mention *lane = test_named(doc, SR_MENTION_SOURCE, "UNICEF Director Alan Lane",
                                      "Alan Lane");
  assert_string_equal(sr_source_of(lane)->affiliation, "UNICEF");
  const sr_mention *ole = test_named(doc, SR_MENTION_SOURCE, "Ole Svensson", "Ole Svensson");
  assert_string_equal(sr_source_of(ole)->affiliation, "Human Rights Watch");
  sr_doc_free(doc);
}

/* An outlet the packs do not know, between the words that describe it and
** its designator; a rank before the name in a title's apposition. */
static void test_outlet_modifiers_and_apposition_rank(void **state) {
  static const char *const text[][2] = {
      {"A strike killed seven people in Saada, the Houthi-run Saba news agency said.",
       "Saba news agency"},
      {"A strike killed seven people in Saada, according to the official Saba news agency.",
       "Saba news agency"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  static const char *const french[][2] = {
      {"Douze civils ont été tués par des hommes armés dans le Sahel, a indiqué le "
       "gouverneur de la région, le colonel Rodolphe Sorgho.", "Rodolphe Sorgho"}};
  expect_each_governed(state, "fr", french, sizeof french / sizeof *french);
}

/* An armed group described, not named ("the rebel group", "the militant
** group"), speaks for the named rebels acting just before; "the Islamic
** State group" keeps its word "group" right before the verb; with no such
** group named, the description stays as written. */
static void test_groups_named_by_their_description(void **state) {
  static const char *const text[] = {
      "Al-Shabaab fighters overran an army post near Mogadishu, killing nine soldiers, the "
      "militant group said.",
      "The Islamic State group claimed responsibility for a bombing that killed six people "
      "at a bus station in Kirkuk.",
      "Gunmen killed six villagers near Jowhar on Sunday, the armed group said."};
  static const char *const want[] = {"Shabaab", "Islamic State", "armed group"};
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i], "en", "2024-03-01");
    const char *name = governed_by(doc, 0);
    assert_non_null(name);
    assert_non_null(strstr(name, want[i]));
    sr_doc_free(doc);
  }
}

/* A quotation that goes on after its speaker's verb, in its paragraph or
** opening the next, is still the speaker's, named again by surname; not
** when another speaker closes it. */
static void test_quotation_goes_on(void **state) {
  expect_governed_at(state,
                     "\"They fired into the crowd,\" said Yusuf Abdi, a trader.\n\n"
                     "\"Three people died near the well.\"",
                     1, "Yusuf Abdi");
  sr_doc *doc = test_doc(*state,
                         "Gunmen raided the market, said Yusuf Abdi, a trader. \"They fired into "
                         "the crowd,\" Abdi said. \"Three people died near the well.\"",
                         "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 2), "Yusuf Abdi");
  assert_int_equal(sr_source_of(test_named(doc, SR_MENTION_SOURCE, "Abdi", "Yusuf Abdi"))->source_kind,
                   SR_SOURCE_PERSON);
  sr_doc_free(doc);
  expect_governed_at(state,
                     "\"They fired into the crowd,\" said Yusuf Abdi, a trader. \"Three people "
                     "died. Two were children,\" a nurse said.",
                     1, "nurse");
}

/* "the spokesman", "the official": the source described before with that
** noun; an apposition no pack reads between a name and its verb; a place
** after a cue of several words opens a name; "estimated that". */
static void test_wire_back_references_and_appositions(void **state) {
  expect_governed_at(state,
                     "A NATO spokesman said a patrol came under fire near Ghazni. Two "
                     "soldiers were wounded in the ambush, the spokesman said.",
                     1, "NATO spokesman");
  expect_governed_at(state,
                     "A senior intelligence official told reporters the depot was attacked. "
                     "Four guards died in the assault, the official said.",
                     1, "senior intelligence official");
  static const char *const text[][2] = {
      {"Ghulam Ali Baloch, home secretary of the province, confirmed that gunmen killed "
       "two policemen in Quetta.", "Ghulam Ali Baloch"},
      {"According to Hassan Ali, a herder who fled, 14 people died in the raid on Moura.",
       "Hassan Ali"},
      {"The UN estimated that shelling killed 14 civilians in Idlib on Monday.",
       "United Nations"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* Hyphenated words around a source: half of a compound adjective is no
** name ("Hamas-run"), a compound opening a description is one of its words
** ("pro-opposition"). */
static void test_compounds_around_a_source(void **state) {
  static const char *const text[][2] = {
      {"An air strike killed 40 people in Rafah on Sunday, according to the Hamas-run "
       "health ministry.", "Hamas-run health ministry"},
      {"Barrel bombs killed 16 civilians in Ariha on Friday, according to a pro-opposition "
       "civil defense source.", "pro-opposition civil defense source"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A body's name that goes on past a head or a capitalised article: "the
** Kenya Police Service" (no person named "Service"), "The Times of India"
** inside a sentence; a known name, then a head: the body described is the
** name's ("UN officials"), or the name itself when of its kind ("the Syrian
** Observatory for Human Rights monitor"). */
static void test_body_names_that_go_on(void **state) {
  static const char *const text[][2] = {
      {"Looters emptied two malls in Pietermaritzburg, the South African Police Service said.",
       "South African Police Service"},
      {"A mob lynched a trader near Alwar on Monday, The Times of India reported.",
       "Times of India"},
      {"Fighting in Malakal killed 50 people, UN officials said.", "UN officials"},
      {"Fighting in Malakal killed 50 people, the Syrian Observatory for Human Rights "
       "monitor said.", "Syrian Observatory for Human Rights"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state, "Fighting in Malakal killed 50 people, UN officials said.", "en",
                         "2024-03-01");
  assert_string_equal(sr_source_of(source(doc, "UN officials"))->affiliation, "United Nations");
  sr_doc_free(doc);
  /* a person titled after the known name speaks for it */
  doc = test_doc(*state,
                 "Houthi military spokesman Yahya Sarea said a missile hit a tanker off "
                 "Hodeidah, killing two sailors.",
                 "en", "2024-03-01");
  const char *body = sr_source_of(test_named(doc, SR_MENTION_SOURCE,
                                             "Houthi military spokesman Yahya Sarea",
                                             "Yahya Sarea"))->affiliation;
  assert_non_null(body);
  assert_non_null(strstr(body, "Houthi"));
  sr_doc_free(doc);
}

/* "the U.N. said": a subject may end on an abbreviation's period; "the
** observatory" afterwards stands for a monitor only, not for the UN;
** "State media" are no outlet named before. */
static void test_abbreviations_and_the_monitor(void **state) {
  sr_doc *doc = test_doc(*state,
                         "The U.N. said 14 civilians were killed in Malakal. The observatory "
                         "said 20 fighters died in the fighting.",
                         "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "United Nations");
  assert_non_null(governed_by(doc, 1));
  assert_string_not_equal(governed_by(doc, 1), "United Nations");
  sr_doc_free(doc);
  /* an abbreviation's period inside a described source or a body's name:
  ** "the U.S. military", not "military" */
  static const char *const inside[][2] = {
      {"A drone strike killed two militants near Kismayo on Friday, the U.S. military said.",
       "U.S. military"},
      {"A drone strike killed two militants near Kismayo, a U.S. defense official said.",
       "U.S. defense official"},
      {"A drone strike killed two militants near Kismayo, U.S. Central Command said.",
       "U.S. Central Command"}};
  expect_each_governed(state, "en", inside, sizeof inside / sizeof *inside);
  /* a UN agency named by what it does, as wire copy names it */
  static const char *const agencies[][2] = {
      {"Settler attacks wounded 12 farmers near the village last week, according to the U.N. "
       "Office for the Coordination of Humanitarian Affairs.",
       "OCHA"},
      {"Fighting in the town killed 14 civilians, the U.N. refugee agency said.", "UNHCR"},
      {"A strike on a school killed six children, the UN children's agency said.", "UNICEF"},
      {"Insurgents killed 12 soldiers near the river, the state-run Global New Light of "
       "Myanmar newspaper reported.",
       "Global New Light of Myanmar"},
      /* (a monitor's full name, with its ampersand) */
      {"Raids killed 300 herders in the region last year, according to the Armed Conflict "
       "Location & Event Data Project.",
       "ACLED"}};
  expect_each_governed(state, "en", agencies, sizeof agencies / sizeof *agencies);
  /* "State media" with no article: who they are, not the outlet before */
  expect_governed_at(state,
                     "Shelling killed nine people in Aleppo, Al Jazeera reported. "
                     "State media said 40 civilians were killed in Hama.",
                     1, "State media");
}

/* A headline with a source of its own ("... Claimed By Taliban") leaves
** the lede to be attributed by the next paragraph, as any lede. */
static void test_lede_under_a_headline_with_a_source(void **state) {
  expect_governed_at(state,
                     "Governor Killed In Bombing Claimed By Taliban\n\n"
                     "The governor of Helmand was killed by a bomb at his office.\n\n"
                     "Officials say the bomb was hidden in a gift box.",
                     1, "Officials");
}

/* ", and police said...": the source tells its own clause, not the one
** before it. */
static void test_source_of_its_own_clause(void **state) {
  const sr_event *e[4];
  sr_doc *doc = test_doc(*state,
                         "Gunmen killed two guards at a checkpoint near Pekanbaru on "
                         "Wednesday, police said.",
                         "en", "2024-03-01");
  assert_int_equal(test_live_events(doc, e, 4), 1);
  assert_string_equal(event_source(doc, e[0], 0), "police");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Gunmen killed two guards at a checkpoint near Pekanbaru on Wednesday, and "
                 "police said three suspects were arrested.",
                 "en", "2024-03-01");
  assert_true(test_live_events(doc, e, 4) >= 1);
  assert_null(event_source(doc, e[0], 0));
  sr_doc_free(doc);
}

/* Bodies and people described by heads the packs had not read: a police
** command or service, a militia leader, a vigilante group, a rights
** network, a medical centre, a think tank; and the verbs of the present
** ("tells AFP", "the army confirms"). */
static void test_more_heads_and_present_verbs(void **state) {
  static const char *const text[][2] = {
      {"Gunmen shot dead four traders in Bauchi, the state police command said.",
       "state police command"},
      {"Gunmen shot dead four traders in Bauchi, the national police service said.",
       "national police service"},
      {"Gunmen shot dead four traders in Bauchi, a local militia leader told AFP.",
       "local militia leader"},
      {"Gunmen shot dead four traders in Bauchi, a member of a vigilante group told AFP.",
       "member of a vigilante group"},
      {"Gunmen shot dead four traders in Bauchi, a local human rights network said.",
       "local human rights network"},
      {"Gunmen shot dead four traders in Bauchi, the emergency medical centre said.",
       "emergency medical centre"},
      {"Gunmen shot dead four traders in Bauchi, according to a think tank.", "think tank"},
      {"Gunmen shot dead four traders in Bauchi, Sule Garba tells AFP.", "Sule Garba"},
      {"Gunmen shot dead four soldiers in Bauchi, the army confirms.", "army"},
      {"A car bomb killed nine people in Kirkuk, Iraqi state TV reported.", "Iraqi state TV"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A known body, then words saying what it is: "the White Helmets rescue
** group said" is the White Helmets. */
static void test_a_known_body_described_after_its_name(void **state) {
  static const char *const text[][2] = {
      {"A barrel bomb killed six people in Saraqib, the White Helmets rescue group said.",
       "White Helmets"},
      {"A barrel bomb killed six people in Saraqib, the White Helmets rescue service said.",
       "White Helmets"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A secretary of state is a title, not a name ("US Secretary of State X");
** a rank right after a head is the person's ("said police spokesman Lt.
** Col. X", not "Lt"); words of the claim before a comma are no title of the
** name after it ("four traders in Bauchi, Sule Garba said"). */
static void test_titles_of_state_ranks_and_the_claim_s_words(void **state) {
  static const char *const text[][2] = {
      {"Gunmen shot dead four traders in Bauchi, US Secretary of State Adamu Lawal said.",
       "Adamu Lawal"},
      {"Gunmen shot dead four traders in Bauchi, said police spokesman Lt. Col. Adamu Lawal.",
       "Adamu Lawal"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state,
                         "Gunmen shot dead four traders in Bauchi, Sule Garba told AFP. "
                         "Gunmen killed two guards at a clinic in Jos, Musa Audu said.",
                         "en", "2024-03-01");
  test_named(doc, SR_MENTION_SOURCE, "Sule Garba", "Sule Garba");
  test_named(doc, SR_MENTION_SOURCE, "Musa Audu", "Musa Audu");
  sr_doc_free(doc);
}

/* A quotation that opens the paragraph after a speaker's, naming no one,
** is still that speaker's, though the speaker did not quote before; not
** when the paragraph between names someone else. */
static void test_quotation_after_a_plain_speaker(void **state) {
  expect_governed_at(state,
                     "Musa Bello, a trader in Gusau, said the attackers came at night.\n\n"
                     "\"They killed nine of our neighbours and burned the market.\"",
                     1, "Musa Bello");
  sr_doc *doc = test_doc(*state,
                         "Musa Bello, a trader in Gusau, said the attackers came at night.\n\n"
                         "The town was quiet on Monday.\n\n"
                         "\"They killed nine of our neighbours and burned the market.\"",
                         "en", "2024-03-01");
  assert_null(governed_by(doc, 2));
  sr_doc_free(doc);
}

/* Nigerian police copy: the Police Public Relations Officer, a
** commissioner of police, and ranks before the name ("SP Musa Bello"). */
static void test_police_public_relations_officers(void **state) {
  sr_doc *doc = test_doc(*state,
                         "The state Police Public Relations Officer, SP Musa Bello, said "
                         "gunmen killed nine traders in Gusau. The Commissioner of Police, "
                         "Ali Dauda, confirmed that two officers were wounded.",
                         "en", "2024-03-01");
  const sr_mention *m = test_named(doc, SR_MENTION_SOURCE,
                                   "The state Police Public Relations Officer, SP Musa Bello",
                                   "Musa Bello");
  assert_int_equal(sr_source_of(m)->category, SR_CAT_GOVERNMENT);
  test_named(doc, SR_MENTION_SOURCE, "The Commissioner of Police, Ali Dauda", "Ali Dauda");
  sr_doc_free(doc);
}

/* The outlet that published a text, as wires credit it: "(AA)" in the
** dateline, "(NNN-AGENCIES)" past what follows the name, "— AFP" alone on
** the last line. */
static void test_wire_credits(void **state) {
  static const char *const text[][2] = {
      {"SANAA (AA) - An air strike killed nine people in Saada on Monday.", "Anadolu Agency"},
      {"BOGOTA, Nov 22 (NNN-AGENCIES) — Rebels killed four soldiers in Antioquia on Monday.",
       "NNN"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  expect_governed_at(state, "An air strike killed nine people in Saada on Monday.\n\n— AFP", 0,
                     "AFP");
}

/* "The group said" opening the sentence after the one a named armed group
** acts in is that group; so is "the militants said", its fighters; not
** when a source speaks between. */
static void test_the_group_of_the_sentence_before(void **state) {
  expect_governed_at(state,
                     "Al-Shabaab fighters stormed a base in Lower Shabelle on Monday. The group "
                     "said it killed 20 soldiers in the raid on the base.",
                     1, "Al Shabaab");
  expect_governed_at(state,
                     "Al-Shabaab fighters stormed a base in Lower Shabelle on Monday. The "
                     "militants said they killed 20 soldiers in the raid on the base.",
                     1, "Al Shabaab");
  sr_doc *doc = test_doc(*state,
                         "Al-Shabaab fighters stormed a base in Lower Shabelle on Monday, police "
                         "said. The group said it killed 20 soldiers in the raid on the base.",
                         "en", "2024-03-01");
  assert_non_null(governed_by(doc, 1));
  assert_string_not_equal(governed_by(doc, 1), "Al Shabaab");
  sr_doc_free(doc);
}

/* A body's branch in a country, then a title and a name: the person
** speaks for the body ("Amnesty International Nigeria director X"). */
static void test_a_branch_s_officer(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Gunmen killed 14 villagers in Gusau, Amnesty International Nigeria "
                         "director Ngozi Okafor said.",
                         "en", "2024-03-01");
  const sr_mention *m = test_named(doc, SR_MENTION_SOURCE,
                                   "Amnesty International Nigeria director Ngozi Okafor",
                                   "Ngozi Okafor");
  assert_non_null(sr_source_of(m)->affiliation);
  assert_string_equal(sr_source_of(m)->affiliation, "Amnesty International");
  sr_doc_free(doc);
}

/* A name after a title is the person's though its first word is a town's
** ("director Isa Bala": Isa is a place too); after "in", a place is where
** ("Representative in Syria Ali Musa"). */
static void test_a_name_that_opens_with_a_place(void **state) {
  static const char *const text[][2] = {
      {"Gunmen killed 14 villagers in Gusau, Amnesty International director Isa Bala said.",
       "Isa Bala"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A document told again is its issuer's: "The statement said", "according
** to the report" after the body that issued it ("issued a statement", "said
** in a statement"); a dated issuer ("a report released on Monday by X"). */
static void test_a_document_told_again(void **state) {
  expect_governed_at(state,
                     "The army issued a statement on Monday. The statement said troops killed "
                     "20 militants near Djibo.",
                     1, "army");
  expect_governed_at(state,
                     "Human Rights Watch published a report on Monday.\n\nAccording to the "
                     "report, soldiers killed 20 civilians near Djibo.",
                     1, "Human Rights Watch");
  expect_governed_at(state,
                     "Soldiers killed 20 civilians near Djibo, according to a report released "
                     "on Monday by Human Rights Watch.",
                     0, "Human Rights Watch");
  /* (no one issued it: the statement names no one) */
  sr_doc *doc = test_doc(*state, "The statement said troops killed 20 militants near Djibo.",
                         "en", "2024-03-01");
  assert_null(governed_by(doc, 0));
  sr_doc_free(doc);
}

/* A body the packs do not know, "group" after its name right before the
** verb: "the Emergency Lawyers group said" is that body. */
static void test_an_unknown_group_named(void **state) {
  static const char *const text[][2] = {
      {"The RSF killed 20 civilians in Omdurman, the Emergency Lawyers group said.",
       "Emergency Lawyers"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* "Taliban sources said", "UN sources": unnamed people of a known body,
** the body their affiliation; not "Reuters a source said" (copy without
** commas: two phrases). */
static void test_sources_of_a_known_body(void **state) {
  sr_doc *doc = test_doc(*state,
                         "A strike killed six fighters in Marib, Houthi sources said. A blast "
                         "killed two guards in Aden, UN sources said.",
                         "en", "2024-03-01");
  const sr_mention *m = test_named(doc, SR_MENTION_SOURCE, "Houthi sources", "Houthi sources");
  assert_int_equal(sr_source_of(m)->source_kind, SR_SOURCE_UNNAMED);
  assert_string_equal(sr_source_of(m)->affiliation, "Houthi Movement");
  m = test_named(doc, SR_MENTION_SOURCE, "UN sources", "UN sources");
  assert_string_equal(sr_source_of(m)->affiliation, "United Nations");
  sr_doc_free(doc);
}

/* "The commissioner added" after "District commissioner Ali Musa said":
** the person whose title ends with that head. */
static void test_a_head_that_is_a_person_s_title(void **state) {
  expect_governed_at(state,
                     "District commissioner Ali Musa said the town was calm. The commissioner "
                     "added that gunmen killed 14 villagers in Gusau on Sunday.",
                     1, "Ali Musa");
}

/* "Gunmen killed nine people. Police confirmed the attack.": a speaker
** whose verb's object is what the sentence before told says that sentence
** too, when no one else governs it; "the toll was confirmed by" the same;
** "X, a leader, confirmed the killings to AFP" is X's, not AFP's.  Not
** "Police said the attack began at night": that tells more. */
static void test_a_confirmation_of_the_sentence_before(void **state) {
  static const char *lede = "Bandits have raided farms in the district for years.\n\n";
  static const char *const en[][2] = {
      {"Gunmen killed nine people in Gusau on Sunday. Police confirmed the attack.", "Police"},
      {"Gunmen killed nine people in Gusau on Sunday. The toll was confirmed by the police.",
       "police"},
      {"Gunmen killed nine people in Gusau on Sunday. Ali Musa, a local leader, confirmed the "
       "killings to AFP.",
       "Ali Musa"},
      {"Gunmen killed nine people in Gusau on Sunday. The army confirmed the incident in a "
       "statement.",
       "army"},
  };
  char text[512];
  for (size_t i = 0; i < sizeof en / sizeof *en; i++) {
    snprintf(text, sizeof text, "%s%s", lede, en[i][0]);
    expect_governed_at(state, text, 1, en[i][1]);
  }
  snprintf(text, sizeof text, "%s%s", lede,
           "Gunmen killed nine people in Gusau on Sunday. Police said the attack began at "
           "night.");
  sr_doc *doc = test_doc(*state, text, "en", "2024-03-01");
  assert_null(governed_by(doc, 1));
  sr_doc_free(doc);
  expect_governed_in(state,
                     "Les attaques se multiplient dans la région.\n\n"
                     "Des hommes armés ont tué neuf villageois dimanche à Djibo. L'armée a "
                     "confirmé l'attaque.",
                     "fr", 1, "armée");
}

/* "he said" stands for one, "they said" for many: past a speaker of the
** other number to the one before ("Officials said...  Ali Musa said...
** ..., they said": the officials), and no one when none agrees ("Officials
** say..." then "..., he said" is not the officials'). */
static void test_a_pronoun_s_number(void **state) {
  expect_governed_at(state,
                     "Officials said the region was calm. Ali Musa, a local leader, said the "
                     "market was closed. Gunmen killed nine people in Gusau on Sunday, they said.",
                     2, "Officials");
  expect_governed_at(state,
                     "Ali Musa, a local leader, said the region was calm. Officials said the "
                     "market was closed. Gunmen killed nine people in Gusau on Sunday, he said.",
                     2, "Ali Musa");
  static const char *const none[][2] = {
      {"Officials say the region is calm.\n\nLocal leader Ali Musa visited the village. Gunmen "
       "killed nine people in Gusau on Sunday, he said.",
       "Officials"},
      {"Ali Musa, a local leader, said the region was calm.\n\nPolice described the scene. "
       "Gunmen killed nine people in Gusau on Sunday, they said.",
       "Ali Musa"},
  };
  expect_each_not_governed(state, none, sizeof none / sizeof *none, 2);
  /* (a person is one, whatever the words of the title: "a leader of the
  ** elders") */
  expect_governed_at(state,
                     "Ali Musa, a leader of the elders, said the market was busy. A car bomb "
                     "killed nine people in Kirkuk, he said.",
                     1, "Ali Musa");
  expect_governed_in(state,
                     "Des habitants ont affirmé que la ville était calme. Moussa Diallo, un "
                     "élu local, a affirmé que le marché était fermé. Des hommes armés ont "
                     "tué neuf villageois à Djibo, ont-ils déclaré.",
                     "fr", 2, "habitants");
}

/* "Police officer Omar Hussein described the attack. ..., he said.": a
** person named with a title where no one speaks is whom "he said" right
** after stands for; not a victim ("Omar Ali, a trader, was killed"), not
** capitalised words with no title ("Nineteen Israelis"), and the person
** only named says nothing: another speaker after it keeps its sentences. */
static void test_a_person_named_then_he_said(void **state) {
  expect_governed_at(state,
                     "Police officer Omar Hussein described the attack. \"A car bomb exploded "
                     "near the checkpoint and killed five people,\" he said.",
                     1, "Omar Hussein");
  expect_governed_at(state,
                     "Omar Hussein, a police officer, arrived at the scene soon after. A car bomb "
                     "killed five people at the checkpoint, he said.",
                     1, "Omar Hussein");
  static const char *const none[][2] = {
      {"Omar Ali, a trader, was killed in the blast. A car bomb killed five people at the "
       "checkpoint, he said.",
       "Omar Ali"},
      {"Nineteen Israelis were wounded in the blast. A car bomb killed five people at the "
       "checkpoint, he said.",
       "Nineteen Israelis"},
  };
  expect_each_not_governed(state, none, sizeof none / sizeof *none, 1);
  expect_governed_at(state,
                     "Police said the market was busy. Police officer Omar Hussein arrived "
                     "soon after. A car bomb killed five people at the checkpoint.",
                     2, "Police");
}

/* "X, the chairman of the local government area, told journalists": the
** name before a long apposition that its own reading only partly takes
** ("the chairman of the local government", not "area") speaks. */
static void test_a_name_before_an_apposition_read_in_part(void **state) {
  expect_governed_at(state,
                     "Gunmen killed nine people in Gusau on Sunday, Ali Musa, the chairman of the "
                     "local government area, told journalists.",
                     0, "Ali Musa");
  expect_governed_at(state,
                     "Gunmen killed nine people in Gusau on Sunday, Ali Musa, chairman of the "
                     "local government area, said.",
                     0, "Ali Musa");
}

/* One witness as wire copy quotes one: "a villager said", "a shopkeeper
** told AFP", "an activist said", "a paramedic said". */
static void test_one_witness_quoted(void **state) {
  static const char *const text[][2] = {
      {"\"Gunmen killed nine people in our village,\" a villager said.", "villager"},
      {"\"Gunmen killed nine people in the market,\" a shopkeeper told AFP.", "shopkeeper"},
      {"\"The strike killed nine people,\" an activist said.", "activist"},
      {"\"We carried nine bodies to the morgue,\" a paramedic said.", "paramedic"},
      {"\"Soldiers fired on the crowd and killed two,\" a protester said.", "protester"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A quotation over paragraphs, as English quotes one: each paragraph
** opens with a quotation mark, only the last closes; the speaker named at
** its end or before its start says all of it.  Not a paragraph whose
** quotation closed: police's there. */
static void test_a_quotation_over_paragraphs(void **state) {
  expect_governed_at(state,
                     "Villagers described a night of terror.\n\n\"The gunmen came at midnight "
                     "and killed nine people.\n\n\"We buried them this morning,\" said Ali Musa, "
                     "a farmer.",
                     1, "Ali Musa");
  expect_governed_at(state,
                     "Villagers described a night of terror.\n\nAli Musa, a farmer, said: \"The "
                     "gunmen came at midnight.\n\n\"They killed nine people in our village.\"",
                     2, "Ali Musa");
  expect_governed_at(state,
                     "\"The gunmen came at midnight,\" police said. Nine people were killed."
                     "\n\n\"We buried them this morning,\" said Ali Musa, a farmer.",
                     1, "police");
}

/* "..., the army estimated." (a verb where its clause ends, not "an
** estimated 200 people"); "according to an Amnesty International
** investigation": the body whose document it is. */
static void test_an_estimate_and_an_investigation(void **state) {
  static const char *const text[][2] = {
      {"Troops killed 12 militants near Diffa, the army estimated.", "army"},
      {"Security forces killed nine protesters in Lagos, according to an Amnesty International "
       "investigation.",
       "Amnesty International"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  expect_none_governs(state, "An estimated 200 people were killed in Diffa.", 0);
}

/* "figures from the health ministry showed": a document shows what its
** issuer says; footage that shows something names no one. */
static void test_what_a_document_shows(void **state) {
  static const char *const text[][2] = {
      {"An Israeli strike killed 12 people in Khan Younis, figures from the health ministry "
       "showed.",
       "health ministry"},
      {"Data from the health ministry showed that an Israeli strike killed 12 people in Khan "
       "Younis.",
       "health ministry"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  expect_none_governs(state,
                      "Footage on state TV showed that an Israeli strike killed 12 people in Khan "
                      "Younis.",
                      0);
}

/* "a police statement released on Monday said": a document, its
** participle and a date before the verb. */
static void test_a_document_released_on_a_date(void **state) {
  static const char *const text[][2] = {
      {"Gunmen killed nine people in Gusau on Sunday, a police statement released on Monday "
       "said.",
       "police"},
      {"An army statement issued on Sunday said troops killed 12 militants near Diffa.", "army"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A headline's bare present at its end: "Zamfara: Gunmen kill nine,
** police confirm" tells the lede under it. */
static void test_a_headline_that_police_confirm(void **state) {
  expect_governed_at(state,
                     "Zamfara: Gunmen kill nine, police confirm\n\nGunmen killed nine people in "
                     "a village in Zamfara state on Sunday.\n\nThe attackers arrived on "
                     "motorcycles.",
                     1, "police");
}

/* "d'après des témoignages recueillis par l'AFP", "selon une enquête de
** Human Rights Watch": accounts gathered and inquiries are documents. */
/* "le porte-parole de l'armée à Gaza, X": after a title, a place after
** "à" is where the office is, not the person's name. */
static void test_a_title_then_where(void **state) {
  static const char *const text[][2] = {
      {"Cinq personnes ont été tuées dans une frappe, a déclaré le porte-parole de la "
       "protection civile à Rafah, Karim Haddad.",
       "Karim Haddad"},
  };
  expect_each_governed(state, "fr", text, sizeof text / sizeof *text);
}

static void test_french_accounts_gathered(void **state) {
  static const char *const text[][2] = {
      {"Des hommes armés ont tué neuf villageois à Djibo, d'après des témoignages recueillis "
       "par l'AFP.",
       "AFP"},
      {"Des soldats ont tué neuf villageois à Djibo, selon une enquête de Human Rights Watch.",
       "Human Rights Watch"},
  };
  expect_each_governed(state, "fr", text, sizeof text / sizeof *text);
}

/* Services that count the dead: "the civil emergency service said", "the
** fire brigade said", "the municipality said". */
static void test_services_that_count_the_dead(void **state) {
  static const char *const text[][2] = {
      {"Another strike killed four people in Nuseirat, the civil emergency service said.",
       "civil emergency service"},
      {"The blast killed four people in the market, the fire brigade said.", "fire brigade"},
      {"The shelling killed four people in the town, the municipality said.", "municipality"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A victim's kin: "his mother told AFP", "said his brother, Peter Otieno",
** "the family of one of the victims said". */
static void test_a_victim_s_kin(void **state) {
  static const char *const text[][2] = {
      {"\"My son was shot dead by police in Nairobi,\" his mother told AFP.", "mother"},
      {"\"Police shot my brother dead in Nairobi,\" said his brother, Peter Otieno.",
       "Peter Otieno"},
      {"Two protesters were shot dead in Nairobi, the family of one of the victims said.",
       "family of one of the victims"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* The page's copyright line names the outlet, a fallback for what no one
** else says: "Copyright 2024 The Associated Press.", "© Agence
** France-Presse"; not any line that opens with the word. */
static void test_a_copyright_line(void **state) {
  expect_governed_at(state,
                     "Gunmen killed nine people in Zamfara on Sunday.\n\nCopyright 2024 The "
                     "Associated Press. All rights reserved.",
                     0, "Associated Press");
  expect_governed_in(state,
                     "Des hommes armés ont tué neuf villageois à Djibo dimanche.\n\n© Agence "
                     "France-Presse",
                     "fr", 0, "AFP");
  expect_none_governs(state,
                      "Gunmen killed nine people in Zamfara on Sunday.\n\nCopyright laws were "
                      "debated in Abuja.",
                      0);
}

/* An outlet that found out: "..., Premium Times has learnt.", "The Punch
** has gathered that...". */
static void test_an_outlet_that_has_learnt(void **state) {
  static const char *const text[][2] = {
      {"Gunmen killed nine people in Zamfara on Sunday, Premium Times has learnt.",
       "Premium Times"},
      {"The Punch has gathered that gunmen killed nine people in Zamfara on Sunday.", "Punch"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A body's head, then the body's own name: the body speaks, not a person
** ("the monitoring group Airwars", "Syria's official news agency SANA"),
** and "the agency" after it stands for the outlet. */
static void test_a_head_then_the_bodys_name(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Raids killed two pupils in Homs, the monitoring group Skywatch said.",
                         "en", "2024-03-01");
  expect_source(doc, "the monitoring group Skywatch", "Skywatch", SR_SOURCE_ORGANIZATION);
  sr_doc_free(doc);
  /* (a known body's name after the head, its first word a head too) */
  expect_governed_at(state,
                     "Raids killed nine people in the camp, medical charity Doctors Without "
                     "Borders said.",
                     0, "Médecins sans frontières");
  expect_governed_at(state,
                     "Syria's official news agency SANA said raids hit an army post near "
                     "Damascus.\n\nIn Homs, a rocket hit a school, killing two pupils, the "
                     "agency said.",
                     1, "SANA");
}

/* A part of a body after the body's possessive, in words no pack reads,
** up to the verb: the part speaks ("the health ministry's emergency
** medicine centre"), not no one. */
static void test_a_part_of_a_body_after_its_possessive(void **state) {
  static const char *const text[][2] = {
      {"Clashes in the port killed 27 people, the health ministry's burns treatment ward "
       "said.", "health ministry's burns treatment ward"},
      {"The interior ministry's crisis cell told us that clashes in the port killed 27 people.",
       "interior ministry's crisis cell"}};
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* Bodies described by their head: an office named after the official who
** heads it (the whole phrase, not "office"); groups that campaign or
** document abuses. */
/* The perfect of a verb of saying, plural or past, as of "said" (and of
** "alleged", "warned", "admitted", "denied"...):
** "police have confirmed.", "Military sources had announced". */
static void test_the_perfect_of_a_verb_of_saying(void **state) {
  static const char *const text[][2] = {
      {"Raiders killed nine herders near Gusau on Sunday, police have confirmed.", "police"},
      {"Local sources had announced that raiders killed nine herders near Gusau.",
       "Local sources"},
      {"Raiders killed nine herders near Gusau, the governor has added.", "governor"},
      /* ...of every verb of saying: it was "Activists have", and "Residents
      ** have warned" had no source at all */
      {"Activists have alleged that soldiers shot nine marchers near the bridge on Friday.",
       "Activists"},
      {"Residents have warned that gunmen burned two farms near the river on Sunday.",
       "Residents"},
      {"The army has admitted that its drones struck a wedding party near the border.", "army"},
      {"Local officials had denied that militiamen looted the market on Monday.",
       "Local officials"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* When, between a subject and its verb ("police later confirmed", "the
** ministry had earlier said", "has since said"), an aside with its date
** ("the ministry, in a statement on Monday, said"), and the progressive
** ("activists are reporting that"). */
static void test_when_between_subject_and_verb(void **state) {
  static const char *const text[][2] = {
      {"Raiders killed nine herders near Gusau on Sunday, police later confirmed.", "police"},
      {"The interior ministry had earlier said raiders killed nine herders near Gusau.",
       "interior ministry"},
      {"The national army has since said raiders killed nine herders near Gusau.",
       "national army"},
      {"The interior ministry, in a statement on Monday, said raiders killed nine herders.",
       "interior ministry"},
      {"Local activists are reporting that raiders killed nine herders near Gusau.",
       "Local activists"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* Hearsay between a subject and its verb still names who spoke: "police
** reportedly said", "X has reportedly said" (it had no source at all). */
static void test_reportedly_between_subject_and_verb(void **state) {
  static const char *const text[][2] = {
      {"Raiders killed nine herders near Gusau on Sunday, police reportedly said.", "police"},
      {"Raiders killed nine herders near Gusau, killing six of them in their sleep, District "
       "Commissioner Amos Pell has reportedly said.",
       "Amos Pell"},
      {"The interior ministry had reportedly announced that raiders killed nine herders.",
       "interior ministry"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* The present of "claim" closing its clause: "..., the army claims." and
** "..., the ruling party claim, adding ..." speak; "the claim" and "its
** claim", a noun, name no one. */
static void test_claim_closing_its_clause(void **state) {
  static const char *const text[][2] = {
      {"Shelling on the market left at least 14 traders dead on Friday, the army claims.",
       "army"},
      {"Shelling on the market left at least 14 traders dead, the Northern Defence Force "
       "(NDF) claim, adding that the raiders fled.",
       "Northern Defence Force (NDF)"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  static const char *const noun[][2] = {
      {"Raiders killed nine herders near Gusau. Elders rejected the claim.", "claim"},
  };
  expect_each_not_governed(state, noun, sizeof noun / sizeof *noun, 1);
}

/* "X announced on its Facebook page": the platform X posted on relays
** nothing, unlike "on its Amaq news agency"; it is no source. */
static void test_the_platform_is_no_relay(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Raiders killed nine herders near Gusau, the Resistance Committee "
                         "announced on its Facebook page.",
                         "en", "2024-03-01");
  assert_string_equal(governed_by(doc, 0), "Resistance Committee");
  expect_no_source_named(doc, "Facebook");
  sr_doc_free(doc);
}

/* More verbs of wire copy: "X cited Y as saying" (Y speaks), "Police gave a
** toll of nine dead", "the UN has verified the killing of". */
static void test_cited_tolls_and_counts(void **state) {
  static const char *const text[][2] = {
      {"The agency cited police as saying raiders killed nine herders near Gusau.", "police"},
      {"Police gave a toll of nine dead after raiders attacked a camp near Gusau.", "Police"},
      {"The UN has verified the killing of 40 herders in the province since Friday.",
       "United Nations"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

static void test_bodies_described_by_their_head(void **state) {
  static const char *const text[][2] = {
      {"Police shot dead five marchers in the capital on Tuesday, the attorney general's "
       "office said.",
       "attorney general's office"},
      {"Paramilitaries opened fire on a village near Sennar, killing 30 farmers, a local "
       "activist group said on Wednesday.",
       "local activist group"},
      {"Paramilitaries killed 30 farmers near Sennar, an advocacy group said.", "advocacy group"},
      {"Gang members killed 12 people in the capital, a gang leader said in a video.",
       "gang leader"},
      {"Air strikes killed 12 villagers near the river, local resistance forces said.",
       "local resistance forces"},
      /* (a title of two heads: not "minister" alone) */
      {"Mobs torched 20 houses in the district overnight, the state's chief minister said.",
       "the state's chief minister"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A diplomat speaks where he is posted: "un diplomate à Paris", "des
** diplomates à New York" are one described source and its town, as
** "diplomats in New York" are; the capital after "à" is where they spoke,
** no government speaking, and no part of its name a source ("York").  An
** outlet after "à" still relays ("à l'AFP"), and a capital that opens its
** clause still speaks for its government. */
static void test_french_diplomats_where_they_spoke(void **state) {
  const char *src = "Des rebelles ont pris une base dimanche, tuant onze soldats maliens, a "
                    "affirmé un diplomate à Paris.";
  sr_doc *doc = test_doc(*state, src, "fr", NULL);
  source(doc, "un diplomate à Paris");
  expect_no_source_named(doc, "Government of France");
  sr_doc_free(doc);
  src = "Des rebelles ont pris une base au Mali dimanche, tuant onze soldats maliens. Des "
        "diplomates à New York ont dénoncé cette attaque.";
  doc = test_doc(*state, src, "fr", NULL);
  source(doc, "Des diplomates à New York");
  expect_no_source_named(doc, "York");
  sr_doc_free(doc);
  src = "Onze soldats ont été tués à Ménaka, a indiqué un responsable local à l'AFP.";
  doc = test_doc(*state, src, "fr", NULL);
  source(doc, "un responsable local");
  source(doc, "l'AFP");
  sr_doc_free(doc);
  src = "Onze soldats ont été tués à Ménaka dimanche. Paris a dénoncé l'attaque.";
  doc = test_doc(*state, src, "fr", NULL);
  test_named(doc, SR_MENTION_SOURCE, "Paris", "Government of France");
  sr_doc_free(doc);
}

/* A subject before "and" is the first of two only when a second follows:
** "...blames the deaths on security forces and alleged smugglers" has no
** speaker (the adjective "alleged" is no verb there), and in "the family
** blamed the police and alleged that..." the family speaks, not the police;
** "witnesses and a local official said" still gives both. */
static void test_a_subject_joined_to_no_second(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Three miners were shot dead near the quarry on Friday. The union "
                         "blames the deaths on security forces and alleged smugglers.",
                         "en", "2024-03-01");
  expect_no_source_named(doc, "on security forces");
  expect_no_source_named(doc, "security forces");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Three miners were shot dead near the quarry on Friday. Their family blamed "
                 "the police and alleged that they fired first.",
                 "en", "2024-03-01");
  expect_no_source_named(doc, "police");
  assert_non_null(governed_by(doc, 1));
  assert_string_equal(governed_by(doc, 1), "family");
  sr_doc_free(doc);
  expect_governed_at(state,
                     "Three miners were shot dead near the quarry, witnesses and a union leader "
                     "said.",
                     0, "witnesses");
}

/* A place with its suffix written as a name ("Marib Province") before an
** apposition is where it happened, not a body the apposition describes:
** the official speaks. */
static void test_a_place_and_its_suffix_before_an_apposition(void **state) {
  static const char *const text[][2] = {
      {"Rebels killed four soldiers in an ambush in northern Yemen's Marib Province, a local "
       "official said.",
       "local official"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state, text[0][0], "en", "2024-03-01");
  expect_no_source_named(doc, "Marib Province");
  sr_doc_free(doc);
}

/* No name starts inside a place: "in the Central African Republic, local
** officials said" is the officials' ("African Republic" read as a person
** with an apposition); "dans l'est du Burkina Faso, ont affirmé des
** sources" is not "Faso"'s. */
static void test_no_name_inside_a_place(void **state) {
  static const char *const text[][2] = {
      {"Gunmen killed five traders near a market in the Central African Republic, local "
       "officials said.",
       "local officials"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state,
                         "Cinq commerçants ont été tués vendredi dans un marché de l'est du "
                         "Burkina Faso, ont affirmé lundi des sources sécuritaires et locales.",
                         "fr", "2024-03-01");
  expect_no_source_named(doc, "Faso");
  sr_doc_free(doc);
}

/* A place after "du", "de la", "de" that follow a plain word ends that
** word's phrase, as after "of": in "le bilan ... dans le sud du Niger fait
** état de", nobody speaks, and the country was the source.  Nor is a
** place whose name runs past a lower-case word a body named with its
** article ("la Côte d'Ivoire"). */
static void test_a_place_after_de_is_no_speaker(void **state) {
  static const char *const text[][2] = {
      {"Le bilan provisoire de l'attaque survenue lundi dans l'est du Niger fait état de "
       "neuf morts.",
       "Niger"},
      {"Le bilan provisoire de l'embuscade tendue lundi dans l'ouest de la Guinée fait état "
       "de neuf morts.",
       "Guinée"},
      {"Le bilan provisoire de l'embuscade tendue lundi dans l'ouest de la Côte d'Ivoire fait "
       "état de neuf morts.",
       "Côte d'Ivoire"},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][0], "fr", "2024-03-01");
    expect_no_source_named(doc, text[i][1]);
    sr_doc_free(doc);
  }
  /* (a speaker after "de" still speaks: "selon le gouvernement du Niger") */
  static const char *const spoken[][2] = {
      {"Neuf soldats ont été tués lundi, selon le gouvernement du Niger.", "gouvernement du Niger"},
  };
  expect_each_governed(state, "fr", spoken, sizeof spoken / sizeof *spoken);
}

/* A country that speaks is its government, for the countries wire copy
** names so ("Armenia and Azerbaijan blamed each other", "Tajikistan
** said"); the country then one capitalised word before the verb is an
** outlet or a body named with it ("Myanmar Now reported"), not the
** government and a stray word. */
static void test_countries_that_speak(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Two border guards were killed in a shootout overnight, Tajikistan "
                         "said on Friday.",
                         "en", "2024-03-01");
  test_named(doc, SR_MENTION_SOURCE, "Tajikistan", "Government of Tajikistan");
  sr_doc_free(doc);
  static const char *const text[][2] = {
      {"Soldiers burned down forty houses in the village, Myanmar Now reported.", "Myanmar Now"},
      {"Gunmen killed four herders near the river, Sudan Tribune reported.", "Sudan Tribune"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A word that opens a clause is no word of a name, capitalised at the
** sentence's start or not: "While police said...", "Although the army
** said...", "..., as the army said" name the police and the army. */
static void test_a_clause_s_conjunction_is_no_name(void **state) {
  static const char *const text[][2] = {
      {"While police said two herders were freed, villagers said all five were still held.",
       "police"},
      {"Although officials said the road was open again, two lorries were burned on it.",
       "officials"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state,
                         "Shells hit the market on Sunday as state television reported heavy "
                         "fighting.",
                         "en", "2024-03-01");
  expect_no_source_named(doc, "as state television");
  sr_doc_free(doc);
  /* (a demonym after it opens the speaker's words, as after an article) */
  expect_governed_at(state,
                     "Shells hit the town as Syrian army announced on Sunday that it had "
                     "retaken two villages.",
                     0, "Syrian army");
}

/* A sentence adverb before the subject is an aside: "Additionally, the
** farmer said" is the farmer's, no person named "Additionally" with an
** apposition; "Moreover police said" the police's. */
static void test_sentence_adverbs_before_the_subject(void **state) {
  static const char *const text[][2] = {
      {"Additionally, the farmer said that raiders burned two granaries.", "farmer"},
      {"Moreover police said that raiders burned two granaries.", "police"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A person's name, "of" and what the person is of, up to the verb: the
** person speaks ("Ali Musa of the Red Cross said" was named "Red Cross",
** with "Musa" before it; "of the army's 3rd Brigade said" was "Brigade"). */
static void test_a_person_of_a_body(void **state) {
  static const char *const text[][2] = {
      {"Six rebels were killed in the hills on Thursday, Ali Musa of the Red Cross said.",
       "Ali Musa"},
      {"Six rebels were killed in the hills on Thursday, Colonel Ali Musa of the army's 3rd "
       "Brigade said.",
       "Ali Musa"},
      {"Six rebels were killed in the hills on Thursday, Ali Musa of the local council told "
       "AFP.",
       "Ali Musa"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* An article, a compound adjective, then a body the packs do not know:
** the body's whole name ("the state-funded National Commission on Civil
** Liberties" was named "Civil Liberties"); not when what follows the name
** opens another phrase ("the rebel-held Eastern Ghouta region the
** Britain-based Observatory said" is the Observatory's). */
static void test_a_compound_adjective_before_a_body_s_name(void **state) {
  static const char *const text[][2] = {
      {"Police shot dead nine marchers in the city, the state-funded National Commission on "
       "Civil Liberties said.",
       "National Commission on Civil Liberties"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  sr_doc *doc = test_doc(*state,
                         "Shells killed eight people on Thursday in Douma in the rebel-held "
                         "Eastern Ghouta region the British-based Observatory said.",
                         "en", "2024-03-01");
  expect_no_source_named(doc, "Eastern Ghouta region the British-based Observatory");
  sr_doc_free(doc);
}

/* Lawyers and parties that speak for victims are described sources:
** "lawyers representing the families said", "the main opposition party
** said" named no one. */
static void test_lawyers_and_parties(void **state) {
  static const char *const text[][2] = {
      {"Police shot dead eleven marchers on Thursday, lawyers representing the families said.",
       "lawyers representing the families"},
      {"Soldiers shot dead nine supporters during the rally, the main opposition party said.",
       "main opposition party"},
      {"Police shot two men dead in the raid, a lawyer for the family told AFP.",
       "lawyer for the family"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A person named with a title that opens the sentence, its capital and
** all ("Resident Fatima Bello hid..."), is whom the next "she said" stands
** for, as "Police officer X described..." is. */
static void test_a_title_opening_the_sentence(void **state) {
  expect_governed_at(state,
                     "Resident Fatima Bello hid in a ditch during the raid. The gunmen killed 12 "
                     "villagers, she said.",
                     1, "Fatima Bello");
}

/* The French impersonal "on" is a pronoun: "On estime que..." is no source
** named "On"; it stands for the source before, as "il" does. */
static void test_french_impersonal_on(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Selon les chiffres de l'ONU, au moins mille civils ont été tués dans la "
                         "région. On estime aussi que deux mille civils ont été blessés.",
                         "fr", "2024-03-01");
  expect_no_source_named(doc, "On");
  sr_doc_free(doc);
}

/* A place's suffix that is a body's head makes a body, not a place: "the
** State Department said" and "the department reported" after it name the
** department ("Marib Province" stays one place, 7f3808d). */
static void test_a_department_is_a_body(void **state) {
  static const char *const text[][2] = {
      {"Another strike killed four people in the town, the State Department said.",
       "State Department"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
  expect_governed_at(state,
                     "Gunmen shot dead five people in a bar on Sunday, the Interior Department "
                     "said. The department reported that three more were wounded.",
                     1, "Interior Department");
}

/* Right after a quotation, someone described in words no pack reads
** speaks it: '"...," a policeman said.', '"...," an elderly man said.';
** not a capitalised name nor a clause of its own. */
static void test_someone_described_after_a_quotation(void **state) {
  static const char *const text[][2] = {
      {"\"The raiders burned every granary in the village,\" a policeman said.", "policeman"},
      {"\"The raiders burned every granary in the village,\" an elderly man said.",
       "elderly man"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A subject, then where its document was issued, then the verb: "A
** rights group in a report issued in New York said" is the group's, and
** its words reach the town (places read it as where the group spoke; the
** town was read as a speaker "York" before 3ef785d). */
static void test_a_document_issued_in_a_town(void **state) {
  const char *src = "Rebels attacked an army base on Sunday, killing twelve soldiers. A rights "
                    "group in a report issued in New York said the army had failed them.";
  sr_doc *doc = test_doc(*state, src, "en", "2024-03-01");
  assert_non_null(governed_by(doc, 1));
  assert_string_equal(governed_by(doc, 1), "rights group");
  expect_no_source_named(doc, "York");
  sr_doc_free(doc);
}

/* French: when in the day and where a source spoke, between an inverted
** verb and its speaker ("a déclaré en début de soirée le ministre", "a
** déclaré sur place X"), and the feminine forms of heads and titles
** ("l'administratrice de la commune, X"). */
static void test_french_when_and_where_said(void **state) {
  static const char *const text[][2] = {
      {"Trois personnes ont été tuées par balle à Sokodé, a déclaré en début de soirée le "
       "ministre de la Sécurité.",
       "le ministre de la Sécurité"},
      {"Trois personnes ont été tuées par balle à Sokodé, a indiqué mercredi soir le préfet.",
       "préfet"},
      {"« Trois personnes ont été tuées », a déclaré sur place Paul Kaboré, un officier de "
       "police.",
       "Paul Kaboré"},
      {"« Ils ont tué six personnes », a annoncé l'administratrice de la commune, Awa Traoré.",
       "Awa Traoré"},
  };
  expect_each_governed(state, "fr", text, sizeof text / sizeof *text);
}

/* "informed" with the clause said right after it, no "that" (Indian
** copy): its subject speaks; "informed sources said" stays the sources;
** "Captain X" is a title. */
static void test_informed_and_captain(void **state) {
  static const char *const text[][2] = {
      {"Eight policemen were killed in a blast on Monday. Police chief Ravi Kumar informed "
       "eight policemen and a driver lost their lives.",
       "Ravi Kumar"},
      {"Captain Ali Musa of the army said six rebels were killed in the hills.", "Ali Musa"},
  };
  expect_governed_at(state, text[0][0], 1, text[0][1]);
  expect_each_governed(state, "en", text + 1, 1);
  expect_governed_at(state,
                     "Eight policemen were killed in a blast on Monday, informed sources said.", 0,
                     "informed sources");
}

/* A place alone before an incise is where, not who: "près de la frontière
** avec le Tchad, a annoncé la Mission des Nations unies" is the mission's
** (it was named "Tchad"). */
static void test_a_place_before_an_incise(void **state) {
  static const char *const text[][2] = {
      {"Six civils ont été tués samedi près de la frontière avec le Tchad, a annoncé la "
       "Mission des Nations unies en Centrafrique.",
       "United Nations"},
  };
  expect_each_governed(state, "fr", text, sizeof text / sizeof *text);
}

/* "The toll was given by X": the toll's giver in the passive tells the
** sentence before, as "The toll was confirmed by police" does. */
static void test_a_toll_given_by(void **state) {
  expect_governed_at(state,
                     "Bandits have raided farms in the district for years.\n\nGunmen killed nine "
                     "herders near the river on Sunday. The toll was given by the county police.",
                     1, "county police");
}

/* A state's security service by its wire name speaks: "Kyrgyzstan's
** national security committee said" named no one. */
static void test_a_national_security_committee(void **state) {
  static const char *const text[][2] = {
      {"Two border guards were killed in a shootout overnight, the national security "
       "committee said.",
       "national security committee"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* The first person speaks inside a quotation whose speaker is named
** outside it: '"We have confirmed nine dead...," an official told AFP' is
** the official's, and no source is named "We" (nor "Nous", nor "I"). */
static void test_the_first_person_in_a_quotation(void **state) {
  static const char *const text[][3] = {
      {"en", "Clashes left nine people dead near the airport on Monday. \"We have confirmed "
             "nine dead today in the city,\" in the province's south, an official from the "
             "rights office told AFP.",
       "We"},
      {"en", "Clashes left nine people dead near the airport on Monday. \"I have confirmed "
             "nine dead today in the city,\" a nurse at the district hospital said.",
       "I"},
      {"fr", "Des affrontements ont fait neuf morts lundi près de l'aéroport. « Nous avons "
             "confirmé neuf morts aujourd'hui dans la ville », a déclaré à l'AFP un officier "
             "de la police.",
       "Nous"},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][1], text[i][0], "2024-03-01");
    expect_no_source_named(doc, text[i][2]);
    const char *got = governed_by(doc, 1);
    assert_non_null(got);
    assert_string_not_equal(got, text[i][2]);
    sr_doc_free(doc);
  }
}

/* French "un responsable", "des responsables" are heads like "official":
** what they are of is read after them ("un responsable de l'ONU" speaks
** for the UN, "des responsables sécuritaires" are government officials),
** not a designator that ends the source on its own word. */
static void test_french_officials_of_a_body(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Six civils ont été tués samedi dans l'attaque d'un camp, a indiqué un "
                         "responsable de l'ONU.",
                         "fr", "2024-03-01");
  const sr_mention *m = source(doc, "un responsable de l'ONU");
  assert_non_null(sr_source_of(m)->affiliation);
  assert_string_equal(sr_source_of(m)->affiliation, "United Nations");
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Quatre soldats ont été tués mercredi dans une attaque contre leur poste, ont "
                 "indiqué des responsables sécuritaires.",
                 "fr", "2024-03-01");
  assert_int_equal(sr_source_of(source(doc, "des responsables sécuritaires"))->category,
                   SR_CAT_GOVERNMENT);
  sr_doc_free(doc);
}

/* Two sources joined by "and" before a determiner are two, each of its
** own kind: "a trader and a hospital source said" was one source named
** "trader and a hospital source"; "police and medical officials" stays
** one.  Inverted after its verb too ("ont indiqué un commerçant et une
** source hospitalière"), and both tell the lede the next paragraph
** attributes. */
static void test_two_sources_joined_by_and(void **state) {
  static const char *const text[][4] = {
      {"en", "Four people were killed on Sunday in a strike on a market, a trader and a "
             "hospital source said.",
       "trader", "hospital source"},
      {"en", "Rebels killed 12 villagers on Monday in the east, authorities and a local human "
             "rights group said.",
       "authorities", "local human rights group"},
      {"fr", "Quatre personnes ont été tuées dimanche dans une frappe sur un marché, ont "
             "indiqué un commerçant et une source hospitalière.",
       "commerçant", "une source hospitalière"},
      {"fr", "Quatre personnes ont été tuées dimanche dans une frappe sur un marché.\n\nUn "
             "habitant et une source médicale ont déclaré qu'un missile avait frappé le marché.",
       "habitant", "une source médicale"},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][1], text[i][0], "2024-03-01");
    if (!governed_by_any(doc, 0, text[i][2]) || !governed_by_any(doc, 0, text[i][3]))
      print_error("'%s' and '%s' do not both govern '%s'\n", text[i][2], text[i][3], text[i][1]);
    assert_true(governed_by_any(doc, 0, text[i][2]));
    assert_true(governed_by_any(doc, 0, text[i][3]));
    sr_doc_free(doc);
  }
  expect_governed_at(state, "Police and medical officials said four people were killed.", 0,
                     "Police and medical officials");
  /* (a victim and a comma before the verb: not two speakers) */
  expect_governed_at(state,
                     "Suspected militants ambushed a police vehicle on Friday, killing a local "
                     "police chief and another policeman, authorities said.",
                     0, "authorities");
  /* ("les mêmes sources" stands for the first of the two, as when they
  ** were read as one) */
  expect_governed_in(state,
                     "Six soldats ont été tués mardi dans une attaque, ont indiqué des sources "
                     "locales et des médias.\n\nLes assaillants ont attaqué un poste de l'armée "
                     "au village, selon les mêmes sources.",
                     "fr", 1, "des sources locales");
}

/* "X accused Y of Z": only the subject speaks; the accused after the verb
** is no inverted speaker ("farmers from a local clan accused herders of
** stealing cattle" gave the source "herders", fresh s-en-03). */
/* "..., but this has not been confirmed by police": who did not confirm
** a claim does not tell it (police were its source). */
static void test_not_confirmed_by(void **state) {
  static const char *const text[][2] = {
      {"en", "Guards shot six marchers near the bridge on Friday, but this has not been "
             "confirmed by police."},
      {"en", "Guards shot six marchers near the bridge on Friday, a claim not independently "
             "verified by police."},
      {"fr", "Des gardes ont abattu six marcheurs près du pont vendredi, ce qui n'a pas été "
             "confirmé par la police."},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][1], text[i][0], "2024-03-01");
    expect_no_source_named(doc, "police");
    sr_doc_free(doc);
  }
  expect_governed_at(state, "Guards shot six marchers near the bridge on Friday, a toll "
                            "confirmed by police.",
                     0, "police");
}

/* "may have claimed the lives of 30 more insurgents": deaths, not a claim;
** the dead were a source ("insurgents", named as an armed group); "it
** said" after them is still the army. */
static void test_claimed_the_lives_of(void **state) {
  static const char *const text[] = {
      "Border clashes killed 12 soldiers on Tuesday, the army said. Further clashes during the "
      "night may have claimed the lives of 30 more insurgents, it said.",
      "Border clashes killed 12 soldiers on Tuesday, the army said. The fighting also claimed "
      "the life of a herder.",
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i], "en", "2024-03-01");
    const char *from = strstr(text[i], "claimed"), *to = strstr(from, ", it said");
    size_t first = (size_t)(from - text[i]), last = to ? (size_t)(to - text[i]) : strlen(text[i]);
    for (size_t k = 0; k < doc->mentions.count; k++)
      assert_false(doc->mentions.items[k].type == SR_MENTION_SOURCE &&
                   doc->mentions.items[k].byte_start > first &&
                   doc->mentions.items[k].byte_start < last);
    sr_doc_free(doc);
  }
}

/* A group named by a name several groups share ("Islamic State",
** "islamistes") speaks under the name the report's country chooses, as
** its actor does: it was the homonym read first ("Islamic State
** (Pakistan)" in Egypt, "Islamic State (Mozambique)" in Somalia). */
static void test_a_homonym_speaks_as_its_country_s(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Six personnes ont été tuées dimanche dans un attentat à la voiture "
                         "piégée à Mogadiscio, a indiqué la police. L'attentat a été revendiqué "
                         "par les islamistes radicaux shebab.",
                         "fr", "2024-03-01");
  expect_source(doc, "les islamistes", "Al Shabaab", SR_SOURCE_ORGANIZATION);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "A suicide car bomber struck a checkpoint outside Rafah in Egypt on Friday, "
                 "killing nine soldiers, the military said.\nThe Islamic State claimed the "
                 "attack.",
                 "en", "2024-03-01");
  expect_no_source_named(doc, "Islamic State (Pakistan)");
  sr_doc_free(doc);
}

/* The imperfect and pluperfect of French verbs of saying ("affirmaient des
** habitants", "une source locale faisait état de"): the verb is no part of
** the speaker's name (it was "une source locale faisait état"), and an
** inverted speaker after it speaks (it had none). */
static void test_french_imperfect_of_saying(void **state) {
  static const char *const text[][2] = {
      {"Des hommes armés ont tué six villageois lundi près de Kaya, affirmaient des habitants.",
       "habitants"},
      {"Une source locale faisait état de six villageois tués lundi près de Kaya.",
       "Une source locale"},
      {"Six villageois ont été tués lundi près de Kaya, avaient signalé les autorités.",
       "les autorités"},
  };
  expect_each_governed(state, "fr", text, sizeof text / sizeof *text);
}

/* Places joined by "et" before an incise are where, as one place is: "près
** de la frontière avec le Tchad et le Cameroun, a annoncé la Mission des
** Nations unies en Centrafrique (Minusca)" (the two
** countries were a source). */
static void test_places_joined_before_an_incise(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Six civils ont été tués samedi dans le nord-ouest du pays, près de la "
                         "frontière avec le Tchad et le Cameroun, a annoncé la Mission des "
                         "Nations unies en Centrafrique (Minusca).",
                         "fr", "2024-03-01");
  expect_no_source_named(doc, "Tchad et le Cameroun");
  assert_non_null(governed_by(doc, 0));
  assert_string_equal(governed_by(doc, 0), "United Nations");
  sr_doc_free(doc);
}

static void test_the_accused_is_no_speaker(void **state) {
  sr_doc *doc = test_doc(*state,
                         "At least seven people died in clashes near the town last week, "
                         "officials said. The fighting began after farmers belonging to a local "
                         "clan accused herders of stealing cattle.",
                         "en", "2024-03-01");
  expect_no_source_named(doc, "herders");
  sr_doc_free(doc);
  expect_governed_at(state,
                     "Gunmen killed six people in the village. The army accused rebels of the "
                     "killings.",
                     1, "army");
}

/* A person's category when no name tells it: a head among the source's
** words ("le porte-parole de la police": government; "the spokesperson
** for the army": military, not the "unnamed" of "spokesperson"), else its
** title's (titles.txt: "le ministre", government; "Lieutenant General",
** military).  They were persons of no category. */
static void test_a_person_s_category(void **state) {
  static const char *const text[][4] = {
      {"fr", "Six civils ont été tués dimanche dans le village, a déclaré le ministre de "
             "l'Intérieur, Ali Diallo.",
       "le ministre de l'Intérieur, Ali Diallo", "government"},
      {"fr", "Six civils ont été tués dimanche dans le village, selon le porte-parole de la "
             "police, le colonel Paul Mbemba.",
       "le porte-parole de la police, le colonel Paul Mbemba", "government"},
      {"en", "Lieutenant General Ali Musa said six rebels were killed in the hills.",
       "Lieutenant General Ali Musa", "military"},
      {"en", "Six rebels were killed in the hills, the spokesperson for the army, General Ali "
             "Musa, said.",
       "the spokesperson for the army, General Ali Musa", "military"},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][1], text[i][0], "2024-03-01");
    const char *got = sr_source_category_name(sr_source_of(source(doc, text[i][2]))->category);
    if (!got || strcmp(got, text[i][3]) != 0)
      print_error("'%s': category %s\n", text[i][2], got ? got : "none");
    assert_non_null(got);
    assert_string_equal(got, text[i][3]);
    sr_doc_free(doc);
  }
}

/* "a appris l'AFP auprès de X": the outlet heard it, X speaks, the outlet
** its relay ("..., a appris Anadolu jeudi des autorités locales" named no
** source at all, fresh h-fr-06). */
static void test_french_an_outlet_learned_it_from(void **state) {
  static const char *const text[][3] = {
      {"Quatre militaires ont été tués dans une attaque près du lac, a appris Anadolu jeudi des "
       "autorités locales.",
       "autorités locales", "Anadolu"},
      {"Quatre militaires ont été tués dans une attaque près du lac, a appris jeudi l'AFP "
       "auprès d'un responsable local.",
       "un responsable local", "l'AFP"},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][0], "fr", "2024-03-01");
    const sr_mention *m = source(doc, text[i][1]);
    assert_true(governed_by_any(doc, 0, m->name));
    assert_true(sr_source_of(source(doc, text[i][2]))->relays);
    assert_int_equal(sr_source_of(m)->via, (long)source(doc, text[i][2])->index);
    sr_doc_free(doc);
  }
}

/* Outlets that conflict reports often cite are known (actors/sources.tsv):
** their two capitalised words were a person's name ("The Irrawaddy",
** "Radio Tamazuj"), or lost their first word to the head "radio" ("Radio
** Free Asia" was "Free Asia"). */
static void test_outlets_reports_cite(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Des dizaines de personnes ont été tuées mardi dans une frappe "
                         "aérienne, ont rapporté The Irrawaddy et Radio Free Asia.",
                         "fr", "2024-03-01");
  expect_source(doc, "The Irrawaddy", "Irrawaddy", SR_SOURCE_MEDIA);
  expect_source(doc, "Radio Free Asia", "Radio Free Asia", SR_SOURCE_MEDIA);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Two herders were killed in a cattle raid on Sunday, Radio Tamazuj reported.",
                 "en", "2024-03-01");
  expect_source(doc, "Radio Tamazuj", "Radio Tamazuj", SR_SOURCE_MEDIA);
  sr_doc_free(doc);
  /* ...and the Russian Investigative Committee (it was "Comité") */
  doc = test_doc(*state,
                 "Six policiers ont été tués dimanche soir à Derbent. Le comité d'enquête russe "
                 "déclare avoir ouvert des enquêtes.",
                 "fr", "2024-03-01");
  expect_source(doc, "Le comité d'enquête russe", "Investigative Committee of Russia",
                SR_SOURCE_ORGANIZATION);
  sr_doc_free(doc);
}

/* A known name read after its article keeps its category: "le Hezbollah"
** is an armed group (an actor's), "l'AFP" an outlet (media no line of
** categories.tsv names); both were of no category. */
static void test_a_known_name_s_category_after_its_article(void **state) {
  static const char *const text[][3] = {
      {"Deux soldats ont été tués mardi dans une attaque près de la frontière, a affirmé le "
       "Hezbollah dans un communiqué.",
       "le Hezbollah", "armed_group"},
      {"Six civils ont été tués lundi dans le village, selon l'AFP.", "l'AFP", "outlet"},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][0], "fr", "2024-03-01");
    const char *got = sr_source_category_name(sr_source_of(source(doc, text[i][1]))->category);
    assert_non_null(got);
    assert_string_equal(got, text[i][2]);
    sr_doc_free(doc);
  }
}

/* "Source : afp": in a line that says it names the sources, an outlet's
** short name in any case is the outlet (fresh h-fr-05 had no source);
** elsewhere "afp" in lower case stays no name. */
static void test_a_source_line_in_lower_case(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Une personne a été tuée samedi dans des affrontements dans la "
                         "capitale.\nSource : afp",
                         "fr", "2024-03-01");
  assert_non_null(governed_by(doc, 0));
  assert_string_equal(governed_by(doc, 0), "AFP");
  sr_doc_free(doc);
}

/* A body's capitalised name goes on to its acronym in brackets: "le
** Syndicat National des Policiers Haïtiens (SYNAPOHA)" was named
** "Syndicat National" (fresh g-fr-08, q-fr-13). */
static void test_a_body_s_name_to_its_acronym(void **state) {
  expect_governed_in(state,
                     "Quatre policiers ont été tués jeudi dans une attaque, selon le Syndicat "
                     "National des Policiers Haïtiens (SYNAPOHA).",
                     "fr", 0, "Syndicat National des Policiers Haïtiens (SYNAPOHA)");
}

/* A known body, then an apposition with a relative clause in it, then the
** verb: "the Kivu Security Tracker, a local organization that documents
** violence..., said" (no source once the Tracker was a known name). */
static void test_a_known_body_described_before_its_verb(void **state) {
  expect_governed_at(state,
                     "Rebels killed nine farmers near the river, the Kivu Security Tracker, a "
                     "local organization that records violence in the province, said on Monday.",
                     0, "Kivu Security Tracker");
}

/* A title with no name after it, then what it is of: "a précisé le
** porte-parole de l'armée" was "le porte-parole", the army lost; its words
** now reach the body and take its category, and it still stands for the
** one so titled before, when the text named one. */
static void test_a_title_of_a_body_with_no_name(void **state) {
  sr_doc *doc = test_doc(*state,
                         "Six policiers ont été tués vendredi par un kamikaze, a précisé le "
                         "porte-parole de l'armée.",
                         "fr", "2024-03-01");
  assert_int_equal(sr_source_of(source(doc, "le porte-parole de l'armée"))->category,
                   SR_CAT_MILITARY);
  sr_doc_free(doc);
  expect_governed_in(state,
                     "Le porte-parole de l'armée, le colonel Ali Traoré, a annoncé la mort de six "
                     "soldats. « Les assaillants ont fui », a précisé le porte-parole de l'armée.",
                     "fr", 1, "Ali Traoré");
}

/* The armed opposition speaks as a body ("Opposition forces claimed...",
** no source before), and a head of several words before the day it spoke
** ("Security forces on Tuesday said"). */
static void test_opposition_forces_and_a_long_head_before_its_day(void **state) {
  static const char *const text[][2] = {
      {"Opposition forces claimed that government jets struck a market in the town of "
       "Saraqib, killing at least four people.",
       "Opposition forces"},
      {"Opposition fighters on Tuesday said that government jets struck a bakery near "
       "Saraqib, killing three people.",
       "Opposition fighters"},
      {"Security forces on Tuesday said that gunmen shot dead four farmers near the village.",
       "Security forces"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A dateline that copy runs into the story, its year right before the
** subject: the subject still opens its clause ("Published May 3 2019
** Rebel forces on Sunday said"). */
static void test_a_subject_after_an_unpunctuated_dateline(void **state) {
  static const char *const text[][2] = {
      {"Published May 3 2019 Opposition forces on Sunday said that government jets hit a "
       "school in the town of Saraqib killing two children.",
       "Opposition forces"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* "the source" (and "this source") points back to the source named
** before, as "the same source" does: no source named "source". */
static void test_the_source_points_back(void **state) {
  expect_governed_at(state,
                     "A source at the Homs Police Command told the agency that gunmen shot dead "
                     "two farmers near the village of Tayyibah. Earlier on Monday the source said "
                     "that rockets fired by militants killed four people in the city of Homs.",
                     1, "source at the Homs Police Command");
  sr_doc *doc = test_doc(*state,
                         "A source at the Homs Police Command told the agency that gunmen shot "
                         "dead two farmers. Later this source said that a mortar round killed "
                         "a boy in the city of Homs.",
                         "en", "2024-03-01");
  expect_no_source_named(doc, "source");
  sr_doc_free(doc);
}

/* "X and Y said" with heads of two kinds names two sources, a monitor and
** an armed group, not one ("police and medical officials" stays one). */
static void test_two_heads_of_two_kinds_joined(void **state) {
  sr_doc *doc = test_doc(*state,
                         "The Britain-based observatory and rebels said a car bomb exploded in "
                         "the town on Sunday, killing four people.",
                         "en", "2024-03-01");
  assert_true(governed_by_any(doc, 0, "rebels"));
  expect_no_source_named(doc, "Britain-based observatory and rebels");
  sr_doc_free(doc);
  expect_governed_at(state, "Police and medical officials said four people were killed.", 0,
                     "Police and medical officials");
}

/* Copy without commas: a plain noun ends a complement, and another source
** begins after it ("an attack on rebels in the border area Turkish officials
** said" is the officials'), not "in eastern Ukraine" after a head. */
static void test_a_complement_ends_at_its_noun(void **state) {
  static const char *const text[][2] = {
      {"A helicopter dropped barrel bombs in a deadly attack on rebels in the border area "
       "Turkish officials said.",
       "Turkish officials"},
      {"Gunmen killed six people in a village, officials in eastern Ukraine said.",
       "officials in eastern Ukraine"},
  };
  expect_each_governed(state, "en", text, sizeof text / sizeof *text);
}

/* A pronoun takes the kind of the source it stands for: "It said" after
** "the health ministry said" is a body, not a person. */
static void test_a_pronoun_takes_its_source_s_kind(void **state) {
  sr_doc *doc = test_doc(*state,
                         "The health ministry said an air strike killed six people in the town. "
                         "It said a second strike killed two more people in a village.",
                         "en", "2024-03-01");
  assert_int_equal(part_named(doc, "It", "health ministry")->source_kind, SR_SOURCE_ORGANIZATION);
  sr_doc_free(doc);
}

/* French: "la source" points back as "cette source" does, the armed
** opposition speaks as a body; "the source" / "la source" that a
** complement or an adjective describes is a source of its own. */
static void test_french_the_source_and_the_opposition(void **state) {
  expect_governed_in(state,
                     "Une source sécuritaire a indiqué que des hommes armés avaient tué deux "
                     "paysans près du village. Plus tard, la source a précisé qu'une roquette "
                     "avait tué quatre personnes dans la ville.",
                     "fr", 1, "Une source sécuritaire");
  expect_governed_in(state,
                     "Les forces de l'opposition ont affirmé dimanche que des avions du régime "
                     "avaient frappé un marché, tuant quatre personnes.",
                     "fr", 0, "forces de l'opposition");
  expect_governed_in(state,
                     "Des avions ont frappé un marché, tuant quatre personnes, selon la source "
                     "de ces chiffres.",
                     "fr", 0, "source de ces chiffres");
  expect_governed_in(state,
                     "Des avions ont frappé un marché, tuant quatre personnes, selon la source "
                     "hospitalière.",
                     "fr", 0, "source hospitalière");
  expect_governed_at(state,
                     "Jets struck a market, killing four people, according to the source of "
                     "the figures.",
                     0, "source of the figures");
}

/* No source is named before byte end of the text. */
static void expect_no_source_before(const sr_doc *doc, size_t end) {
  for (size_t i = 0; i < doc->mentions.count; i++) {
    const sr_mention *m = &doc->mentions.items[i];
    if (m->type == SR_MENTION_SOURCE && m->byte_start < end)
      print_error("source '%s' named at %zu\n", m->name ? m->name : "", m->byte_start);
    assert_false(m->type == SR_MENTION_SOURCE && m->byte_start < end);
  }
}

/* A negation or an auxiliary right before a verb of saying: its subject
** came before it, so what follows the verb is its object, no speaker. */
static void test_no_speaker_after_a_negated_verb(void **state) {
  const char *en = "Inspectors have not documented rebels to hold any shells. "
                   "Two farmers died in the shelling of the village on Monday, the "
                   "district council said.";
  sr_doc *doc = test_doc(*state, en, "en", "2024-03-01");
  expect_no_source_before(doc, (size_t)(strstr(en, "Two") - en));
  assert_string_equal(governed_by(doc, 1), "district council");
  sr_doc_free(doc);
  /* (after a quotation the speaker still follows its verb) */
  expect_governed_at(state, "\"Two farmers died in the shelling,\" said the district council.", 0,
                     "district council");
  const char *modal = "Monitors could not report the militia to be near the dam. Two farmers "
                      "died there on Monday, the district council said.";
  doc = test_doc(*state, modal, "en", "2024-03-01");
  expect_no_source_before(doc, (size_t)(strstr(modal, "Two") - modal));
  sr_doc_free(doc);
}

/* The speaker before an apposition that names who relayed it, then its
** verb: "Sana, citée par l'AFP, a affirmé" is Sana's, relayed by the AFP,
** not the AFP's alone; the relay's cue may open the subject read. */
static void test_a_subject_cited_by_an_outlet(void **state) {
  static const char *const text[][4] = {
      {"Sana, citée par l'AFP, a affirmé que deux bergers avaient été tués près du barrage.",
       "fr", "SANA", "AFP"},
      {"L'OSDH, cité par l'agence Anadolu, a indiqué que deux bergers avaient été tués près du "
       "barrage.",
       "fr", "Syrian Observatory for Human Rights", "Anadolu Agency"},
      {"SANA, cited by Reuters, said two shepherds were killed near the dam.", "en", "SANA",
       "Reuters"},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][0], text[i][1], "2024-03-01");
    long idx[8];
    size_t n = sr_sentence_sources(&doc->sources, 0, idx, 8);
    assert_int_equal(n, 2);
    assert_string_equal(doc->mentions.items[idx[0]].name, text[i][2]);
    assert_string_equal(doc->mentions.items[idx[1]].name, text[i][3]);
    const sr_source_part *spoke = sr_source_of(&doc->mentions.items[idx[0]]);
    assert_true(spoke->via == idx[1]);
    sr_doc_free(doc);
  }
}

/* "he said", "she told" stand for a person, never for a body named before
** nor for many: with none of its kind, the pronoun stays no one's, its
** words kept ("il" may stand for "le ministère": French is not so). */
static void test_a_personal_pronoun_is_no_body(void **state) {
  sr_doc *doc = test_doc(*state,
                         "The ministry said three nurses were killed when shells hit the clinic. "
                         "She told reporters the clinic had no shelter.",
                         "en", "2024-03-01");
  const sr_mention *she = source(doc, "She told");
  assert_null(she->name);
  sr_doc_free(doc);
  doc = test_doc(*state,
                 "Rebels of the Free Brigade said they shelled the base on Monday. She said two "
                 "soldiers were killed.",
                 "en", "2024-03-01");
  assert_null(source(doc, "She said")->name);
  sr_doc_free(doc);
  /* (a person described before still is she) */
  doc = test_doc(*state,
                 "A nurse at the clinic said three nurses were killed when shells hit it. The "
                 "ministry said the clinic was empty. \"We had no shelter,\" she told reporters.",
                 "en", "2024-03-01");
  assert_string_equal(source(doc, "she told")->name, "nurse at the clinic");
  sr_doc_free(doc);
  expect_governed_in(state,
                     "Le ministère a indiqué que trois infirmières avaient été tuées. « La "
                     "clinique n'avait pas d'abri », a-t-il ajouté.",
                     "fr", 1, "Le ministère");
}

/* Two sources joined by "and" before their verb, the second opened by an
** article before its name or by a determiner: both speak, neither is lost
** nor read into one name with the other. */
static void test_a_second_source_after_and_its_article(void **state) {
  static const char *const text[][3] = {
      {"The army and the Observatory said nine shepherds were killed near the dam.", "army",
       "the Observatory"},
      {"Police and the Red Crescent said nine shepherds were killed near the dam.", "Police",
       "Red Crescent"},
      {"Nine shepherds were killed near the dam, state media and a monitoring group said.",
       "state media", "a monitoring group"},
  };
  for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
    sr_doc *doc = test_doc(*state, text[i][0], "en", "2024-03-01");
    long idx[8];
    size_t n = sr_sentence_sources(&doc->sources, 0, idx, 8);
    if (n != 2) print_error("%zu sources in '%s'\n", n, text[i][0]);
    assert_int_equal(n, 2);
    assert_string_equal(doc->mentions.items[idx[0]].name, text[i][1]);
    assert_string_equal(doc->mentions.items[idx[1]].name, text[i][2]);
    sr_doc_free(doc);
  }
}

/* An outlet's name, then its head written with a capital: "Al Mayadeen TV
** channel" is al-Mayadeen, and "the TV channel" after it is that outlet. */
static void test_an_outlet_s_tv_channel(void **state) {
  expect_governed_at(state,
                     "Nine shepherds were killed near the dam, Al Mayadeen TV channel reported.",
                     0, "al-Mayadeen");
  expect_governed_at(state,
                     "Al Manar TV channel said nine shepherds were killed near the dam. Jets "
                     "struck the village again on Monday, the TV channel said.",
                     1, "al-Manar");
}

/* An outlet's word with its capital after the outlet's known name is part
** of it: "Al Mayadeen TV reported" is al-Mayadeen, not a person named
** "Mayadeen TV"; so in French. */
static void test_an_outlet_s_word_after_its_name(void **state) {
  static const char *const en[][2] = {
      {"Jets bombed a bakery near Raqqa on Monday, killing six civilians, Al Mayadeen TV "
       "reported.",
       "al-Mayadeen"},
      {"Al Manar Television said six civilians were killed when jets bombed a bakery.", "al-Manar"},
  };
  expect_each_governed(state, "en", en, 2);
  static const char *const fr[][2] = {
      {"Six civils ont été tués lundi par des frappes près de Raqqa, a rapporté Al Mayadeen TV.",
       "al-Mayadeen"},
  };
  expect_each_governed(state, "fr", fr, 1);
  sr_doc *doc = test_doc(*state, "Al Mayadeen TV said six civilians were killed near Raqqa.", "en",
                         "2024-03-01");
  expect_source(doc, "Al Mayadeen TV", "al-Mayadeen", SR_SOURCE_MEDIA);
  sr_doc_free(doc);
  /* an outlet whose own name ends in the word (packs/actors/sources.tsv):
  ** no person */
  doc = test_doc(*state, "Six civilians were killed when jets bombed a bakery, Press TV reported.",
                 "en", "2024-03-01");
  expect_source(doc, "Press TV", "Press TV", SR_SOURCE_MEDIA);
  sr_doc_free(doc);
}

/* Copy without commas: a name the packs know, right after the place that
** ends the reported clause, is the speaker, not the longest run of words
** reaching the verb ("the coalition in the suburbs of Raqqa in northern
** Syria Al Mayadeen TV channel"); "for" before the name keeps the longer
** subject. */
static void test_known_name_after_a_place_without_commas(void **state) {
  static const char *const text[][2] = {
      {"Nine villagers were killed by shelling carried out by the international coalition in "
       "the suburbs of Raqqa in northern Syria Al Mayadeen TV channel reported on Monday.",
       "al-Mayadeen"},
      {"Nine villagers died in raids by the coalition in the countryside of Deir Ezzor in "
       "eastern Syria Al Mayadeen TV channel reported.",
       "al-Mayadeen"},
  };
  expect_each_governed(state, "en", text, 2);
  sr_doc *doc = test_doc(*state,
                         "Nine villagers were killed by shelling by the international coalition "
                         "near Raqqa the Syrian Observatory for Human Rights said.",
                         "en", "2024-03-01");
  test_named(doc, SR_MENTION_SOURCE, "the Syrian Observatory for Human Rights",
             "Syrian Observatory for Human Rights");
  sr_doc_free(doc);
}

/* The source of text in lang, named name from the words `words`, is of
** category; with an affiliation when named is set. */
static void expect_category(void **state, const char *text, const char *lang,
                            const char *words, const char *name, int category, int named) {
  sr_doc *doc = test_doc(*state, text, lang, "2024-03-01");
  const sr_source_part *p = part_named(doc, words, name);
  assert_int_equal(p->category, category);
  if (named) assert_non_null(p->affiliation);
  sr_doc_free(doc);
}

/* A person of a named body speaks as that body's kind: "X of the Nusra
** Front" is of an armed group, with the group as affiliation. */
static void test_a_person_of_a_named_group_takes_its_kind(void **state) {
  expect_category(state,
                  "Karim Haddad of the Nusra Front said three fighters were killed near the dam.",
                  "en", "Karim Haddad of the Nusra Front", "Karim Haddad", SR_CAT_ARMED_GROUP, 1);
  expect_category(state,
                  "Selim Darwich du groupe rebelle Fastaqim a affirmé que trois combattants "
                  "avaient été tués près du barrage.",
                  "fr", "Selim Darwich du groupe rebelle Fastaqim", "Selim Darwich",
                  SR_CAT_ARMED_GROUP, 1);
}

/* A person described as a spokesman, of no kind of its own, speaks as the
** body it is the spokesman for: "a spokesman for the health ministry" is
** the government's, "for the Nusra Front" an armed group's. */
static void test_a_spokesman_speaks_as_its_body(void **state) {
  expect_category(state,
                  "Karim Haddad, a spokesman for the Nusra Front, said nine shepherds were "
                  "killed near the dam.",
                  "en", "Karim Haddad, a spokesman for the Nusra Front", "Karim Haddad",
                  SR_CAT_ARMED_GROUP, 1);
  expect_category(state,
                  "Karim Haddad, a spokesman for the health ministry, said nine shepherds were "
                  "killed near the dam.",
                  "en", "Karim Haddad, a spokesman for the health ministry", "Karim Haddad",
                  SR_CAT_GOVERNMENT, 0);
}

/* A spokesman no name follows keeps the spokesman with the body it speaks
** for: "a spokesman for the Nusra Front said" is a person of the Nusra
** Front, of its category, not the group itself. */
static void test_an_unnamed_spokesman_keeps_its_body(void **state) {
  static const char *const text[] = {
      "Nine shepherds were killed near the dam, a spokesman for the Nusra Front said.",
      "A spokesman for the Nusra Front said nine shepherds were killed near the dam.",
  };
  for (size_t i = 0; i < 2; i++) {
    sr_doc *doc = test_doc(*state, text[i], "en", "2024-03-01");
    const sr_mention *m = test_need(doc, SR_MENTION_SOURCE, "spokesman for the Nusra Front");
    const sr_source_part *p = sr_source_of(m);
    assert_int_equal(p->source_kind, SR_SOURCE_PERSON);
    assert_non_null(p->affiliation);
    assert_string_equal(p->affiliation, "Jabhat al-Nusra");
    assert_int_equal(p->category, SR_CAT_ARMED_GROUP);
    sr_doc_free(doc);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cue_patterns),
      cmocka_unit_test(test_speaker_past_auxiliary_and_age),
      cmocka_unit_test(test_known_outlets_and_bodies),
      cmocka_unit_test(test_outlet_modifiers_and_apposition_rank),
      cmocka_unit_test(test_affiliation_and_relay),
      cmocka_unit_test(test_carry_over),
      cmocka_unit_test(test_quotes_and_back_references),
      cmocka_unit_test(test_title_back_reference),
      cmocka_unit_test(test_a_regional_body_is_not_the_ministry),
      cmocka_unit_test(test_denial),
      cmocka_unit_test(test_source_line_fallback),
      cmocka_unit_test(test_wire_copy),
      cmocka_unit_test(test_speaker_after_incise),
      cmocka_unit_test(test_described_sources),
      cmocka_unit_test(test_pronouns),
      cmocka_unit_test(test_function_words),
      cmocka_unit_test(test_places_and_credits),
      cmocka_unit_test(test_frame_over_outlet),
      cmocka_unit_test(test_relayed_claim_keeps_both),
      cmocka_unit_test(test_where_is_not_who),
      cmocka_unit_test(test_object_is_no_speaker),
      cmocka_unit_test(test_whom_an_attack_is_blamed_on),
      cmocka_unit_test(test_outlet_is_the_last_resort),
      cmocka_unit_test(test_title_with_article),
      cmocka_unit_test(test_lede_after_headings),
      cmocka_unit_test(test_lede_attributed_late),
      cmocka_unit_test(test_claim_borne_out_by_quotation),
      cmocka_unit_test(test_merged_event_keeps_each_speaker),
      cmocka_unit_test(test_joined_sources),
      cmocka_unit_test(test_subject_across_clauses),
      cmocka_unit_test(test_unknown_bodies_and_clause_end_sources),
      cmocka_unit_test(test_subject_with_aside_and_acronym),
      cmocka_unit_test(test_vague_lede_named_later),
      cmocka_unit_test(test_documents_and_their_issuers),
      cmocka_unit_test(test_subject_before_relative_clause),
      cmocka_unit_test(test_article_opens_the_name),
      cmocka_unit_test(test_back_reference_of_its_kind),
      cmocka_unit_test(test_more_described_heads),
      cmocka_unit_test(test_body_tail_and_outlet_words),
      cmocka_unit_test(test_names_that_are_places),
      cmocka_unit_test(test_described_heads_and_complements),
      cmocka_unit_test(test_speaker_inside_what_was_said),
      cmocka_unit_test(test_wire_forms_around_the_verb),
      cmocka_unit_test(test_groups_named_by_their_description),
      cmocka_unit_test(test_quotation_goes_on),
      cmocka_unit_test(test_wire_back_references_and_appositions),
      cmocka_unit_test(test_source_of_its_own_clause),
      cmocka_unit_test(test_compounds_around_a_source),
      cmocka_unit_test(test_body_names_that_go_on),
      cmocka_unit_test(test_abbreviations_and_the_monitor),
      cmocka_unit_test(test_lede_under_a_headline_with_a_source),
      cmocka_unit_test(test_back_reference_by_its_head),
      cmocka_unit_test(test_acronyms_members_and_councils),
      cmocka_unit_test(test_asides_between_subject_and_verb),
      cmocka_unit_test(test_outlets_after_a_possessive),
      cmocka_unit_test(test_a_local_committee_speaks),
      cmocka_unit_test(test_one_word_asides_and_quoted_names),
      cmocka_unit_test(test_a_verb_that_ends_its_clause),
      cmocka_unit_test(test_headline_closed_by_its_source),
      cmocka_unit_test(test_long_asides_and_where_a_source_is),
      cmocka_unit_test(test_the_group_that_acts),
      cmocka_unit_test(test_quoted_by_and_a_rank_s_apposition),
      cmocka_unit_test(test_a_determiner_s_name_and_an_armed_wing),
      cmocka_unit_test(test_a_dated_document_and_more_speakers),
      cmocka_unit_test(test_a_verb_after_and),
      cmocka_unit_test(test_a_single_name_and_officials_from),
      cmocka_unit_test(test_an_army_s_regional_command),
      cmocka_unit_test(test_a_name_before_a_long_apposition),
      cmocka_unit_test(test_a_place_opening_the_sentence),
      cmocka_unit_test(test_a_given_name_described),
      cmocka_unit_test(test_a_monitor_described_by_where_it_sits),
      cmocka_unit_test(test_a_verb_after_but),
      cmocka_unit_test(test_a_described_body_named_next),
      cmocka_unit_test(test_a_participle_and_an_unknown_body),
      cmocka_unit_test(test_time_adverbs_before_the_verb),
      cmocka_unit_test(test_an_unknown_outlet_that_reports),
      cmocka_unit_test(test_a_toll_put_and_confirmed),
      cmocka_unit_test(test_titles_and_what_they_are_of),
      cmocka_unit_test(test_an_unknown_body_described),
      cmocka_unit_test(test_a_title_after_a_head),
      cmocka_unit_test(test_groups_agencies_and_lists),
      cmocka_unit_test(test_an_aside_between_dashes),
      cmocka_unit_test(test_french_relays_and_agencies),
      cmocka_unit_test(test_bodies_with_tails_and_titles_of_places),
      cmocka_unit_test(test_more_heads_and_present_verbs),
      cmocka_unit_test(test_titles_of_state_ranks_and_the_claim_s_words),
      cmocka_unit_test(test_quotation_after_a_plain_speaker),
      cmocka_unit_test(test_police_public_relations_officers),
      cmocka_unit_test(test_a_known_body_described_after_its_name),
      cmocka_unit_test(test_wire_credits),
      cmocka_unit_test(test_the_group_of_the_sentence_before),
      cmocka_unit_test(test_a_branch_s_officer),
      cmocka_unit_test(test_a_name_that_opens_with_a_place),
      cmocka_unit_test(test_a_document_told_again),
      cmocka_unit_test(test_an_unknown_group_named),
      cmocka_unit_test(test_sources_of_a_known_body),
      cmocka_unit_test(test_a_head_that_is_a_person_s_title),
      cmocka_unit_test(test_a_confirmation_of_the_sentence_before),
      cmocka_unit_test(test_a_pronoun_s_number),
      cmocka_unit_test(test_a_person_named_then_he_said),
      cmocka_unit_test(test_a_name_before_an_apposition_read_in_part),
      cmocka_unit_test(test_one_witness_quoted),
      cmocka_unit_test(test_a_quotation_over_paragraphs),
      cmocka_unit_test(test_an_estimate_and_an_investigation),
      cmocka_unit_test(test_what_a_document_shows),
      cmocka_unit_test(test_a_document_released_on_a_date),
      cmocka_unit_test(test_a_headline_that_police_confirm),
      cmocka_unit_test(test_french_accounts_gathered),
      cmocka_unit_test(test_services_that_count_the_dead),
      cmocka_unit_test(test_a_victim_s_kin),
      cmocka_unit_test(test_a_copyright_line),
      cmocka_unit_test(test_an_outlet_that_has_learnt),
      cmocka_unit_test(test_bodies_described_by_their_head),
      cmocka_unit_test(test_the_perfect_of_a_verb_of_saying),
      cmocka_unit_test(test_when_between_subject_and_verb),
      cmocka_unit_test(test_reportedly_between_subject_and_verb),
      cmocka_unit_test(test_claim_closing_its_clause),
      cmocka_unit_test(test_the_platform_is_no_relay),
      cmocka_unit_test(test_cited_tolls_and_counts),
      cmocka_unit_test(test_a_title_then_where),
      cmocka_unit_test(test_a_head_then_the_bodys_name),
      cmocka_unit_test(test_french_diplomats_where_they_spoke),
      cmocka_unit_test(test_a_part_of_a_body_after_its_possessive),
      cmocka_unit_test(test_a_subject_joined_to_no_second),
      cmocka_unit_test(test_a_place_and_its_suffix_before_an_apposition),
      cmocka_unit_test(test_no_name_inside_a_place),
      cmocka_unit_test(test_countries_that_speak),
      cmocka_unit_test(test_a_place_after_de_is_no_speaker),
      cmocka_unit_test(test_a_clause_s_conjunction_is_no_name),
      cmocka_unit_test(test_sentence_adverbs_before_the_subject),
      cmocka_unit_test(test_a_person_of_a_body),
      cmocka_unit_test(test_a_compound_adjective_before_a_body_s_name),
      cmocka_unit_test(test_lawyers_and_parties),
      cmocka_unit_test(test_a_title_opening_the_sentence),
      cmocka_unit_test(test_french_impersonal_on),
      cmocka_unit_test(test_a_department_is_a_body),
      cmocka_unit_test(test_someone_described_after_a_quotation),
      cmocka_unit_test(test_a_document_issued_in_a_town),
      cmocka_unit_test(test_french_when_and_where_said),
      cmocka_unit_test(test_informed_and_captain),
      cmocka_unit_test(test_a_place_before_an_incise),
      cmocka_unit_test(test_a_toll_given_by),
      cmocka_unit_test(test_a_national_security_committee),
      cmocka_unit_test(test_the_first_person_in_a_quotation),
      cmocka_unit_test(test_french_officials_of_a_body),
      cmocka_unit_test(test_two_sources_joined_by_and),
      cmocka_unit_test(test_the_accused_is_no_speaker),
      cmocka_unit_test(test_not_confirmed_by),
      cmocka_unit_test(test_claimed_the_lives_of),
      cmocka_unit_test(test_a_homonym_speaks_as_its_country_s),
      cmocka_unit_test(test_french_imperfect_of_saying),
      cmocka_unit_test(test_places_joined_before_an_incise),
      cmocka_unit_test(test_a_person_s_category),
      cmocka_unit_test(test_french_an_outlet_learned_it_from),
      cmocka_unit_test(test_outlets_reports_cite),
      cmocka_unit_test(test_a_known_name_s_category_after_its_article),
      cmocka_unit_test(test_a_source_line_in_lower_case),
      cmocka_unit_test(test_a_body_s_name_to_its_acronym),
      cmocka_unit_test(test_a_known_body_described_before_its_verb),
      cmocka_unit_test(test_a_title_of_a_body_with_no_name),
      cmocka_unit_test(test_opposition_forces_and_a_long_head_before_its_day),
      cmocka_unit_test(test_a_subject_after_an_unpunctuated_dateline),
      cmocka_unit_test(test_the_source_points_back),
      cmocka_unit_test(test_two_heads_of_two_kinds_joined),
      cmocka_unit_test(test_a_complement_ends_at_its_noun),
      cmocka_unit_test(test_a_pronoun_takes_its_source_s_kind),
      cmocka_unit_test(test_french_the_source_and_the_opposition),
      cmocka_unit_test(test_no_speaker_after_a_negated_verb),
      cmocka_unit_test(test_a_subject_cited_by_an_outlet),
      cmocka_unit_test(test_a_personal_pronoun_is_no_body),
      cmocka_unit_test(test_a_second_source_after_and_its_article),
      cmocka_unit_test(test_an_outlet_s_tv_channel),
      cmocka_unit_test(test_known_name_after_a_place_without_commas),
      cmocka_unit_test(test_an_outlet_s_word_after_its_name),
      cmocka_unit_test(test_an_unnamed_spokesman_keeps_its_body),
      cmocka_unit_test(test_a_person_of_a_named_group_takes_its_kind),
      cmocka_unit_test(test_a_spokesman_speaks_as_its_body),
  };
  return cmocka_run_group_tests(tests, test_engine_setup, test_engine_teardown);
}
