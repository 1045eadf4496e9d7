/*
** CSV as RFC 4180 writes it: a field holding a comma, a double quote, a
** carriage return or a line feed is quoted, its quotes doubled; records end
** with CRLF.  Python's csv module, pandas and spreadsheets read it back
** unchanged.
*/
#ifndef SR_STORE_CSV_H
#define SR_STORE_CSV_H

#include <stddef.h>
#include <stdio.h>

/* Writes one field (s may be NULL: an empty field), preceded by a comma
** unless it is the record's first. */
void sr_csv_field(FILE *out, const char *s, size_t len, int first);
void sr_csv_end_record(FILE *out);

#endif
