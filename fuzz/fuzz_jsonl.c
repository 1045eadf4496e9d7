/*
** JSON Lines in, every record analysed: the reader's line splitting and
** field checks, then sentences, tokens and JSON output of each document.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  sr_fuzz_read(data, size, SR_FORMAT_JSONL);
  return 0;
}
