#include "isodate.h"

int sr_days_in_month(int year, int month) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
    return 29;
  return days[month - 1];
}

static int digits(const char *s, int n, int *v) {
  *v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    *v = *v * 10 + (s[i] - '0');
  }
  return 1;
}

int sr_isodate_parse(const char *s, size_t len, sr_ymd *out) {
  sr_ymd d;
  if (len != 10 || s[4] != '-' || s[7] != '-') return 0;
  if (!digits(s, 4, &d.year) || !digits(s + 5, 2, &d.month) ||
      !digits(s + 8, 2, &d.day))
    return 0;
  if (d.day < 1 || d.day > sr_days_in_month(d.year, d.month)) return 0;
  if (out) *out = d;
  return 1;
}

/* Howard Hinnant's civil calendar algorithms: exact for every year. */
long sr_days_from_civil(int year, int month, int day) {
  long y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

sr_ymd sr_civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  sr_ymd d;
  d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
  d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
  d.year = (int)(yoe + era * 400 + (d.month <= 2));
  return d;
}

int sr_weekday(long days) {
  /* 1970-01-01 was a Thursday (4). */
  long w = (days + 3) % 7;
  if (w < 0) w += 7;
  return (int)w + 1;
}
