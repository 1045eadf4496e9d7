/*
** UTF-8 checks on outside input.  Bad bytes are replaced by U+FFFD so that a
** document with one broken byte is still analysed, and the first bad offset is
** returned so that the caller can report exactly where the input was wrong.
*/
#ifndef SR_UTF8_H
#define SR_UTF8_H

#include <stddef.h>

#include "arena.h"

/* Byte offset of the first invalid sequence, or len when the text is valid. */
size_t sr_utf8_first_invalid(const char *s, size_t len);

/* Copies s into the arena with every invalid sequence replaced by U+FFFD.
** *bad_count receives the number of replacements. */
char *sr_utf8_repair(sr_arena *arena, const char *s, size_t len,
                     size_t *out_len, size_t *bad_count);

/* Code points in s[0..len), which must be valid UTF-8. */
size_t sr_utf8_count(const char *s, size_t len);

/* Turns increasing byte offsets into code point offsets in one pass. */
typedef struct sr_cp_cursor {
  const char *text;
  size_t byte;
  size_t cp;
} sr_cp_cursor;

void sr_cp_cursor_init(sr_cp_cursor *cursor, const char *text);
/* byte_offset must not be smaller than the previous call's, unless the
** cursor is re-initialised. */
size_t sr_cp_cursor_to(sr_cp_cursor *cursor, size_t byte_offset);

#endif
