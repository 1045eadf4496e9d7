/*
** sitrep serve: the JSON API and the viewer over HTTP (docs/api.md).
*/
#ifndef SR_CLI_SERVE_H
#define SR_CLI_SERVE_H

/* Runs `sitrep serve` (argv[0] == "serve"); returns the exit status. */
int sr_cli_serve(int argc, char **argv);

#endif
