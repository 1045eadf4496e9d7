/*
** sitrep: the command line.  Reads documents, prints one JSON object per
** document on stdout, reports every problem on stderr with the input's name
** and place, and exits non-zero at the end when any input was bad.
*/
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "places/gazetteer.h"
#include "sitrep.h"
#include "serve.h"
#include "store_cmds.h"

#ifndef SR_PACK_DIR
#define SR_PACK_DIR "packs"
#endif

enum { EXIT_BAD_INPUT = 1, EXIT_USAGE = 2 };

typedef struct extract_run {
  unsigned json_flags;
  size_t documents, problems;
} extract_run;

static void print_where(const sr_where *where) {
  fprintf(stderr, "sitrep: %s", where->input);
  if (where->line) fprintf(stderr, ":%zu", where->line);
}

static void on_problem(void *ctx, const sr_where *where, const char *message) {
  extract_run *run = ctx;
  run->problems++;
  print_where(where);
  fprintf(stderr, ": %s\n", message);
}

static void on_document(void *ctx, const sr_pool_result *r,
                        const sr_where *where) {
  extract_run *run = ctx;
  const sr_doc_input *input = r->input;
  for (size_t i = 0; i < sr_doc_error_count(r->doc); i++) {
    run->problems++;
    print_where(where);
    fprintf(stderr, ": %.*s: %s\n", (int)input->id.len, input->id.ptr,
            sr_doc_error(r->doc, i));
  }
  if (r->json) {
    fwrite(r->json, 1, r->json_len, stdout);
    fputc('\n', stdout);
    run->documents++;
  } else {
    on_problem(run, where, "out of memory writing JSON: document skipped");
  }
}

static void usage(FILE *out) {
  fputs("usage: sitrep extract [options] [FILE|DIR|-]...\n"
        "       sitrep ingest|query|export|stats --db FILE ...  (docs/store.md)\n"
        "       sitrep serve --db FILE [--port N]  (docs/api.md)\n"
        "       sitrep gazetteer [--packs DIR] [--from TSV] [-o FILE]  compile\n"
        "                  the gazetteer for a fast start (docs/gazetteer.md)\n"
        "       sitrep --version\n"
        "\n"
        "Reads .txt, .html/.htm and .jsonl files (directories recursively, '-'\n"
        "for JSON Lines on stdin) and prints one JSON object per document.\n"
        "\n"
        "options:\n"
        "  --published YYYY-MM-DD  publication date for documents without one\n"
        "  --lang fr|en|auto       language for documents without one (auto)\n"
        "  --mentions              include the mentions found\n"
        "  --sentences             include sentence spans (code points)\n"
        "  --pretty                indent the JSON\n"
        "  -j, --jobs N            analyse on N threads (0: every core; 1, the\n"
        "                          default: no thread); same output, same order\n"
        "  --packs DIR             knowledge packs (default: $SITREP_PACKS, or\n"
        "                          the packs/ of the build)\n"
        "  --gazetteer FILE        add a GeoNames dump (a country's XX.txt or\n"
        "                          allCountries.txt) to the places; repeatable\n"
        "                          (docs/gazetteer.md)\n",
        out);
}

static const char *default_packs(void) {
  const char *packs = getenv("SITREP_PACKS");
  return packs && *packs ? packs : SR_PACK_DIR;
}

static int cmd_extract(int argc, char **argv) {
  static const struct option opts[] = {
      {"published", required_argument, NULL, 'p'},
      {"lang", required_argument, NULL, 'l'},
      {"mentions", no_argument, NULL, 'm'},
      {"sentences", no_argument, NULL, 's'},
      {"pretty", no_argument, NULL, 'P'},
      {"packs", required_argument, NULL, 'k'},
      {"jobs", required_argument, NULL, 'j'},
      {"gazetteer", required_argument, NULL, 'g'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  sr_reader_options ropts = {{NULL, 0}, {NULL, 0}};
  /* --gazetteer FILE...: GeoNames dumps, each name an argument */
  const char *dumps[64];
  size_t dump_count = 0;
  const char *packs = default_packs();
  extract_run run = {0, 0, 0};
  int c, jobs = 1;
  optind = 1;
  while ((c = getopt_long(argc, argv, "j:", opts, NULL)) != -1) {
    switch (c) {
    case 'p':
      ropts.published.ptr = optarg;
      ropts.published.len = strlen(optarg);
      break;
    case 'l':
      if (strcmp(optarg, "fr") && strcmp(optarg, "en") && strcmp(optarg, "auto")) {
        fprintf(stderr, "sitrep: --lang takes fr, en or auto, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      ropts.lang.ptr = optarg;
      ropts.lang.len = strlen(optarg);
      break;
    case 'm': run.json_flags |= SR_JSON_MENTIONS; break;
    case 's': run.json_flags |= SR_JSON_SPANS; break;
    case 'P': run.json_flags |= SR_JSON_PRETTY; break;
    case 'k': packs = optarg; break;
    case 'g':
      if (dump_count == sizeof dumps / sizeof *dumps) {
        fputs("sitrep: more than 64 --gazetteer files\n", stderr);
        return EXIT_USAGE;
      }
      dumps[dump_count++] = optarg;
      break;
    case 'j':
      if ((jobs = sr_cli_parse_jobs(optarg)) < 0) {
        fprintf(stderr, "sitrep: -j takes a number of threads, not '%s'\n", optarg);
        return EXIT_USAGE;
      }
      break;
    case 'h': usage(stdout); return 0;
    default: usage(stderr); return EXIT_USAGE;
    }
  }
  if (optind >= argc) {
    fputs("sitrep extract: no input given (name files, directories, or -)\n",
          stderr);
    usage(stderr);
    return EXIT_USAGE;
  }
  sr_engine *engine;
  sr_error err = {SR_OK, ""};
  sr_engine_options eopts = {.pack_dir = packs, .geonames = dumps, .geonames_count = dump_count};
  if (sr_engine_open_with(&eopts, &engine, &err) != SR_OK) {
    fprintf(stderr, "sitrep: cannot load packs: %s\n", err.message);
    return EXIT_USAGE;
  }
  sr_cli_batch batch = {engine, (unsigned)jobs, run.json_flags, &ropts,
                        on_document, on_problem, &run, NULL, NULL};
  int rc = sr_cli_batch_run(&batch, argv + optind, argc - optind);
  sr_engine_close(engine);
  if (rc) return rc;
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fputs("sitrep: error writing output\n", stderr);
    return EXIT_BAD_INPUT;
  }
  if (run.problems) {
    fprintf(stderr, "sitrep: %zu document(s) written, %zu problem(s) reported\n",
            run.documents, run.problems);
    return EXIT_BAD_INPUT;
  }
  return 0;
}

/* Writes the compiled image of the gazetteer TSV files, which engines then
** map instead of parsing (make runs it). */
static int cmd_gazetteer(int argc, char **argv) {
  static const struct option opts[] = {
      {"packs", required_argument, NULL, 'k'},
      {"from", required_argument, NULL, 'f'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *packs = default_packs(), *from = NULL, *out = NULL;
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
    switch (c) {
    case 'k': packs = optarg; break;
    case 'f': from = optarg; break;
    case 'o': out = optarg; break;
    case 'h': usage(stdout); return 0;
    default: usage(stderr); return EXIT_USAGE;
    }
  }
  if (optind < argc) {
    usage(stderr);
    return EXIT_USAGE;
  }
  sr_error err = {SR_OK, ""};
  if (sr_gazetteer_compile(packs, from, out, &err) != SR_OK) {
    fprintf(stderr, "sitrep gazetteer: %s\n", err.message);
    return EXIT_BAD_INPUT;
  }
  return 0;
}

int main(int argc, char **argv) {
  sr_keep_freed_memory();
  sr_store_quiet_memory();
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("sitrep %s\n", SR_VERSION);
    return 0;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
    usage(stdout);
    return 0;
  }
  if (strcmp(argv[1], "extract") == 0) return cmd_extract(argc - 1, argv + 1);
  if (sr_cli_is_store_command(argv[1])) return sr_cli_store(argc - 1, argv + 1);
  if (strcmp(argv[1], "serve") == 0) return sr_cli_serve(argc - 1, argv + 1);
  if (strcmp(argv[1], "gazetteer") == 0) return cmd_gazetteer(argc - 1, argv + 1);
  fprintf(stderr, "sitrep: unknown command '%s'\n", argv[1]);
  usage(stderr);
  return EXIT_USAGE;
}
