/* Readers of outside input: JSON Lines, HTML, text, directories. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

typedef struct seen {
  char ids[16][64];
  char texts[16][256];
  char published[16][16];
  char titles[16][64];
  char langs[16][8];
  size_t docs;
  char problems[16][256];
  size_t problem_lines[16];
  size_t problem_count;
} seen;

static void copy(char *dst, size_t cap, sr_str s) {
  snprintf(dst, cap, "%.*s", s.ptr ? (int)s.len : 0, s.ptr ? s.ptr : "");
}

static int on_doc(void *ctx, const sr_doc_input *in, const sr_where *where) {
  (void)where;
  seen *s = ctx;
  if (s->docs == 16) return 1;
  copy(s->ids[s->docs], 64, in->id);
  copy(s->texts[s->docs], 256, in->text);
  copy(s->published[s->docs], 16, in->published);
  copy(s->titles[s->docs], 64, in->title);
  copy(s->langs[s->docs], 8, in->lang);
  s->docs++;
  return 0;
}

static void on_problem(void *ctx, const sr_where *where, const char *msg) {
  seen *s = ctx;
  if (s->problem_count == 16) return;
  snprintf(s->problems[s->problem_count], 256, "%s: %s", where->input, msg);
  s->problem_lines[s->problem_count++] = where->line;
}

static sr_status read_buf(const char *data, sr_format format, seen *s) {
  sr_reader_sink sink = {on_doc, on_problem, s};
  sr_reader_options opts = {test_str("2016-11-02"), test_str(NULL)};
  return sr_read_buffer(data, strlen(data), format, "in.jsonl", &opts, &sink);
}

static void test_jsonl_bad_line_among_good(void **state) {
  (void)state;
  seen s = {0};
  const char *data =
      "{\"id\": \"a\", \"text\": \"Alep.\", \"published\": \"2016-10-31\"}\n"
      "{\"id\": \"b\", \"text\": \"cassé\"\n"
      "\n"
      "{\"id\": 42, \"text\": \"Idleb.\", \"title\": \"T\"}\n"
      "[1, 2]\n"
      "{\"id\": \"d\"}\n"
      "{\"id\": \"e\", \"text\": 5}\n"
      "{\"text\": \"sans id\", \"lang\": 3}\n";
  assert_int_equal(read_buf(data, SR_FORMAT_JSONL, &s), SR_EPARSE);
  assert_int_equal(s.docs, 3);
  assert_string_equal(s.ids[0], "a");
  assert_string_equal(s.published[0], "2016-10-31");
  assert_string_equal(s.ids[1], "42");
  assert_string_equal(s.published[1], "2016-11-02"); /* the default */
  assert_string_equal(s.titles[1], "T");
  assert_string_equal(s.ids[2], "in.jsonl:8");
  assert_string_equal(s.langs[2], ""); /* bad type: reported, left out */
  assert_int_equal(s.problem_count, 6);
  assert_int_equal(s.problem_lines[0], 2);
  assert_non_null(strstr(s.problems[0], "malformed JSON"));
  assert_int_equal(s.problem_lines[1], 5);
  assert_non_null(strstr(s.problems[1], "expected a JSON object"));
  assert_int_equal(s.problem_lines[2], 6);
  assert_non_null(strstr(s.problems[2], "no \"text\""));
  assert_int_equal(s.problem_lines[3], 7);
  assert_int_equal(s.problem_lines[5], 8);
  assert_non_null(strstr(s.problems[5], "\"lang\" is not a string"));
}

static void test_jsonl_part_numbers_lines_as_the_whole_file(void **state) {
  (void)state;
  /* Lines 41.. of a file split across workers: ids and problems as a
  ** reading of the whole file names them. */
  seen s = {0};
  const char *part = "{\"text\": \"Alep.\"}\nnot json\n\n{\"text\": \"Idleb.\"}";
  sr_reader_sink sink = {on_doc, on_problem, &s};
  assert_int_equal(sr_read_jsonl_part(part, strlen(part), "dir/big.jsonl", 41,
                                      NULL, &sink),
                   SR_EPARSE);
  assert_int_equal(s.docs, 2);
  assert_string_equal(s.ids[0], "big.jsonl:41");
  assert_string_equal(s.ids[1], "big.jsonl:44");
  assert_int_equal(s.problem_count, 1);
  assert_int_equal(s.problem_lines[0], 42);
  assert_non_null(strstr(s.problems[0], "dir/big.jsonl: malformed JSON"));
}

static void test_jsonl_invalid_utf8_line_is_reported(void **state) {
  (void)state;
  seen s = {0};
  const char *data = "{\"id\": \"x\", \"text\": \"caf\xC3\"}\n"
                     "{\"id\": \"y\", \"text\": \"ok\"}";
  read_buf(data, SR_FORMAT_JSONL, &s);
  assert_int_equal(s.docs, 1);
  assert_string_equal(s.ids[0], "y");
  assert_int_equal(s.problem_count, 1);
  assert_int_equal(s.problem_lines[0], 1);
}

static void test_html_visible_text_and_metadata(void **state) {
  (void)state;
  seen s = {0};
  const char *html =
      "<!doctype html><html lang=\"fr-FR\"><head><title>Alep :  trêve</title>"
      "<meta property=\"article:published_time\" content=\"2016-11-04T08:00\">"
      "<style>p{color:red}</style><script>var x = 'Idleb';</script></head>"
      "<body><h1>Trêve à Alep</h1><p>Les <b>rebelles</b> ont\n  refusé."
      "<br>Deux corridors.</p><noscript>activez</noscript><div>Fin</div>"
      "</body></html>";
  assert_int_equal(read_buf(html, SR_FORMAT_HTML, &s), SR_OK);
  assert_int_equal(s.docs, 1);
  assert_string_equal(s.texts[0],
                      "Trêve à Alep\nLes rebelles ont refusé.\nDeux corridors."
                      "\nFin");
  assert_string_equal(s.titles[0], "Alep : trêve");
  assert_string_equal(s.published[0], "2016-11-04");
  assert_string_equal(s.langs[0], "fr");
}

static void test_text_with_invalid_utf8_is_reported_and_kept(void **state) {
  (void)state;
  seen s = {0};
  assert_int_equal(read_buf("Alep \xFF est", SR_FORMAT_TEXT, &s), SR_EUTF8);
  assert_int_equal(s.docs, 1);
  assert_int_equal(s.problem_count, 1);
  assert_non_null(strstr(s.problems[0], "byte 5"));
}

static void test_directory_walk(void **state) {
  (void)state;
  char dir[] = "/tmp/sitrep-test-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[256], sub[256];
  snprintf(sub, sizeof sub, "%s/sub", dir);
  mkdir(sub, 0700);
  snprintf(path, sizeof path, "%s/b.txt", dir);
  test_write_file(path, "Texte B.");
  snprintf(path, sizeof path, "%s/a.gold.json", dir);
  test_write_file(path, "{}");
  snprintf(path, sizeof path, "%s/sub/c.jsonl", dir);
  test_write_file(path, "{\"id\":\"c1\",\"text\":\"C.\"}\n{\"id\":\"c2\",\"text\":\"D.\"}\n");
  snprintf(path, sizeof path, "%s/a.htm", dir);
  test_write_file(path, "<p>A</p>");
  seen s = {0};
  sr_reader_sink sink = {on_doc, on_problem, &s};
  assert_int_equal(sr_read_path(dir, NULL, &sink), SR_OK);
  assert_int_equal(s.docs, 4);
  assert_string_equal(s.ids[0], "a"); /* name order; .gold.json skipped */
  assert_string_equal(s.ids[1], "b");
  assert_string_equal(s.ids[2], "c1");
  assert_string_equal(s.ids[3], "c2");
  snprintf(path, sizeof path, "%s/missing.txt", dir);
  assert_int_equal(sr_read_path(path, NULL, &sink), SR_EIO);
  assert_int_equal(s.problem_count, 1);
  assert_non_null(strstr(s.problems[0], "missing.txt"));
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  assert_int_equal(system(cmd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_jsonl_bad_line_among_good),
      cmocka_unit_test(test_jsonl_part_numbers_lines_as_the_whole_file),
      cmocka_unit_test(test_jsonl_invalid_utf8_line_is_reported),
      cmocka_unit_test(test_html_visible_text_and_metadata),
      cmocka_unit_test(test_text_with_invalid_utf8_is_reported_and_kept),
      cmocka_unit_test(test_directory_walk),
  };
  return cmocka_run_group_tests_name("input", tests, NULL, NULL);
}
