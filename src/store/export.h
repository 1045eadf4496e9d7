/*
** What the exports and the API's cluster pages share: the columns of a
** cluster and its JSON (estimates with claims, members, contradictions).
*/
#ifndef SR_STORE_EXPORT_H
#define SR_STORE_EXPORT_H

#include <jansson.h>

#include "store.h"

/* event_id_cnty: the country's ISO3 and the cluster's number ("SYR12"). */
#define SR_EVENT_ID_CNTY "coalesce(k.iso3, 'XXX') || c.id"

/* A cluster's columns, FROM clusters c and its country k; a selection's
** WHERE clause may follow. */
#define SR_CLUSTER_COLUMNS                                                  \
  "c.id, " SR_EVENT_ID_CNTY ", c.event_type, c.sub_event_type,"             \
  " c.event_date, c.time_precision, c.location, c.admin1,"                  \
  " coalesce(c.country, k.name), c.iso2, c.lat, c.lon, c.geo_precision,"    \
  " c.actor1, c.assoc_actor_1, c.inter1, c.actor2, c.assoc_actor_2,"        \
  " c.inter2, c.fatalities, c.n_events, c.n_documents, c.n_sources,"        \
  " c.sources, c.notes"
#define SR_CLUSTER_NCOLS 25
#define SR_CLUSTER_FROM                                                     \
  " FROM clusters c LEFT JOIN temp.countries k ON k.iso2 = c.iso2"

/* The first SR_CLUSTER_NCOLS columns of the current row, by the names the
** exports give them. */
json_t *sr_cluster_row_json(sqlite3_stmt *st);

/* The same, with estimates and their claims, members and contradictions. */
json_t *sr_export_cluster_json(sr_store *s, sqlite3_stmt *st, sr_error *err);

/* A column as JSON: null, integer, real or string. */
json_t *sr_col_json(sqlite3_stmt *st, int i);

#endif
