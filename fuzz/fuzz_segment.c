/*
** The input is the document text itself, no reader in between, so that the
** fuzzer spends its time on UTF-8 repair, sentence splitting and tokens.
** The first byte picks the language, so both packs' rules are exercised
** without language detection deciding for us.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  sr_doc_input input;
  memset(&input, 0, sizeof input);
  input.id.ptr = "fuzz";
  input.id.len = 4;
  input.text.ptr = (const char *)data;
  input.text.len = size;
  input.lang.ptr = size > 0 && (data[0] & 1) ? "en" : "fr";
  input.lang.len = 2;
  sr_fuzz_document(&input);
  return 0;
}
