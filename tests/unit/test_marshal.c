/* The marshal writer (src/output/marshal.c) against bytes Python's
** marshal.loads was checked to read as the values named (Python 3.11):
** the cases the corpora do not reach, such as integers past 32 bits.
** tests/unit's pytest counterpart (python/tests/test_engine.py) compares
** whole documents with json.loads of the CLI's output. */
#include "output/marshal.h"
#include "testutil.h"

/* v written alone: its bytes equal want. */
static void assert_marshal(json_t *v, const char *want, size_t want_len) {
  sr_marshal m;
  sr_marshal_init(&m);
  sr_marshal_value(&m, v);
  json_decref(v);
  size_t len;
  char *got = sr_marshal_finish(&m, &len);
  assert_non_null(got);
  assert_int_equal(len, want_len);
  assert_memory_equal(got, want, len);
  free(got);
}

static void test_integers(void **state) {
  (void)state;
  /* 2**40: three 15-bit digits 0, 0, 1024; -2**40: the count negative. */
  assert_marshal(json_integer(1LL << 40), "l\x03\0\0\0\0\0\0\0\0\x04", 11);
  assert_marshal(json_integer(-(1LL << 40)), "l\xfd\xff\xff\xff\0\0\0\0\0\x04", 11);
  assert_marshal(json_integer(INT32_MAX), "i\xff\xff\xff\x7f", 5);
  assert_marshal(json_integer(-1), "i\xff\xff\xff\xff", 5);
  /* -2**63: five digits, the last 8 (2**60). */
  assert_marshal(json_integer(INT64_MIN),
                 "l\xfb\xff\xff\xff\0\0\0\0\0\0\0\0\x08\0", 15);
}

static void test_strings_reals_and_references(void **state) {
  (void)state;
  /* ["é", "é", {"k": 0.1}]: the second "é" a reference to the first. */
  json_t *v = json_pack("[s,s,{s:f}]", "é", "é", "k", 0.1);
  assert_marshal(v, "[\x03\0\0\0\xf5\x02\0\0\0\xc3\xa9r\0\0\0\0{\xfa\x01k"
                    "g\x9a\x99\x99\x99\x99\x99\xb9\x3f" "0", 31);
  /* A real goes through its JSON digits: 1/3 is 0.3333333333, as
  ** json.loads reads the text. */
  assert_marshal(json_real(1.0 / 3), "g\xb5\x2b\x4c\x55\x55\x55\xd5\x3f", 9);
  assert_marshal(json_pack("[b,b,n]", 1, 0), "[\x03\0\0\0TFN", 8);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_integers),
      cmocka_unit_test(test_strings_reals_and_references),
  };
  return cmocka_run_group_tests_name("marshal", tests, NULL, NULL);
}
