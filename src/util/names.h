/*
** Closed vocabularies: an enum and the names its values print as, made from
** one list so that the two cannot drift apart.  A list is a macro taking a
** macro, one X(ID, "name") per value, in value order from 0:
**
**   #define SR_QUALIFIERS(X) X(SR_Q_EXACT, "exact") X(SR_Q_ABOUT, "about")
**   typedef enum { SR_QUALIFIERS(SR_ENUM_ID) SR_QUALIFIER_COUNT } sr_qualifier;
**   static const char *const names[] = {SR_QUALIFIERS(SR_ENUM_NAME)};
**
** The count sentinel closes the enum, so no literal count is kept by hand.
*/
#ifndef SR_NAMES_H
#define SR_NAMES_H

#include <stddef.h>
#include <string.h>

#include "sitrep.h"

#define SR_ENUM_ID(id, name) id,
#define SR_ENUM_NAME(id, name) name,

/* The name of value v of a list of count names, or fallback outside it. */
static inline const char *sr_name_of(const char *const *names, size_t count,
                                     int v, const char *fallback) {
  return v >= 0 && (size_t)v < count ? names[v] : fallback;
}

/* The value whose name is s, or -1. */
static inline int sr_name_index(const char *const *names, size_t count,
                                sr_str s) {
  for (size_t i = 0; i < count; i++)
    if (strlen(names[i]) == s.len && memcmp(names[i], s.ptr, s.len) == 0)
      return (int)i;
  return -1;
}

#define SR_COUNT_OF(a) (sizeof(a) / sizeof *(a))

#endif
