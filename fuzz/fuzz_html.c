/*
** An HTML page in (gumbo, text extraction, head metadata, UTF-8 repair),
** the page's text analysed like any document.
*/
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  sr_fuzz_read(data, size, SR_FORMAT_HTML);
  return 0;
}
