#include "csv.h"

#include <string.h>

void sr_csv_field(FILE *out, const char *s, size_t len, int first) {
  if (!first) fputc(',', out);
  if (!s) return;
  int quote = 0;
  for (size_t i = 0; i < len && !quote; i++)
    quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
  if (!quote) {
    fwrite(s, 1, len, out);
    return;
  }
  fputc('"', out);
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '"') fputc('"', out);
    fputc(s[i], out);
  }
  fputc('"', out);
}

void sr_csv_end_record(FILE *out) { fputs("\r\n", out); }
