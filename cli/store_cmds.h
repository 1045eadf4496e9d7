/*
** The corpus commands of the sitrep CLI: ingest, query, export, stats.
*/
#ifndef SR_CLI_STORE_CMDS_H
#define SR_CLI_STORE_CMDS_H

/* 1 when name is one of the corpus commands. */
int sr_cli_is_store_command(const char *name);

/* Runs the command argv[0] ("ingest", ...); returns the exit status. */
int sr_cli_store(int argc, char **argv);

#endif
