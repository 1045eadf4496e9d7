/*
** The corpus commands of the sitrep CLI: ingest, query, export, stats.
*/
#ifndef SR_CLI_STORE_CMDS_H
#define SR_CLI_STORE_CMDS_H

#include "sitrep_store.h"

/* 1 when name is one of the corpus commands. */
int sr_cli_is_store_command(const char *name);

/* Runs the command argv[0] ("ingest", ...); returns the exit status. */
int sr_cli_store(int argc, char **argv);

/* Analyses one document and stores it, as `sitrep ingest` and `sitrep
** serve`'s POST /api/documents do: problems the analysis repaired go to
** report; a document that cannot be analysed or stored is the error. */
sr_status sr_cli_ingest_document(const sr_engine *engine, sr_store *store,
                                 const sr_doc_input *input,
                                 sr_store_outcome *outcome,
                                 void (*report)(void *ctx, const char *message),
                                 void *ctx, sr_error *err);

#endif
