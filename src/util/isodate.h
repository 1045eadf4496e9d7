#ifndef SR_ISODATE_H
#define SR_ISODATE_H

#include <stddef.h>

typedef struct sr_ymd {
  int year, month, day;
} sr_ymd;

int sr_days_in_month(int year, int month);
/* 1 when s[0..len) is a real calendar date written YYYY-MM-DD. */
int sr_isodate_parse(const char *s, size_t len, sr_ymd *out);



/* Days since 1970-01-01 (proleptic Gregorian), and back. */
long sr_days_from_civil(int year, int month, int day);
sr_ymd sr_civil_from_days(long days);
/* ISO weekday: Monday 1 ... Sunday 7. */
int sr_weekday(long days);
#endif
