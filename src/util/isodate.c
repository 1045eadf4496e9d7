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
