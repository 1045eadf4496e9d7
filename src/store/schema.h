/*
** The store's schema, versioned in PRAGMA user_version: migration N takes a
** database from version N-1 to N, each in its own transaction, so that an
** old database opens in a newer sitrep and a newer one is refused by an
** older sitrep instead of being misread.
*/
#ifndef SR_STORE_SCHEMA_H
#define SR_STORE_SCHEMA_H

#include "store.h"

/* The version this build writes. */
int sr_schema_version(void);

/* Brings the database up to sr_schema_version(). */
sr_status sr_schema_migrate(sr_store *s, sr_error *err);

/* Loads the store's tables (countries.tsv, acled/sub_event_types.tsv, compatible.tsv,
** opposed.tsv, same_action.tsv, unnamed.tsv, toll.tsv, no_aircraft.tsv,
** joint.tsv, armed_sides.tsv under dir) into
** temporary tables of this connection: they are
** knowledge, kept in data files, and SQL joins them at export time. */
sr_status sr_schema_load_tables(sr_store *s, const char *dir, sr_error *err);

#endif
