/*
** sitrep ingest | query | export | stats: the corpus side of the CLI.
**
** ingest reads documents like `sitrep extract` (files, directories, '-'),
** analyses each and stores its v1 JSON object; --extracted FILE stores
** objects already extracted (JSON Lines, one document a line).  Every bad
** line or document is reported as `sitrep: INPUT[:LINE]: message`, skipped,
** and the exit status is 1 at the end; the rest is stored.
*/
/* nftw() is X/Open; the sanitizer build compiles without -D_GNU_SOURCE. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "store_cmds.h"

#include <ftw.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "sitrep.h"
#include "sitrep_store.h"

#ifndef SR_PACK_DIR
#define SR_PACK_DIR "packs"
#endif

enum { EXIT_BAD_INPUT = 1, EXIT_USAGE = 2 };

static const char usage_text[] =
    "usage: sitrep ingest --db FILE [options] [FILE|DIR|-]... [--extracted FILE]...\n"
    "       sitrep query  --db FILE --text QUERY [--limit N]\n"
    "       sitrep export --db FILE [--format acled-csv|jsonl|geojson]\n"
    "                     [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
    "                     [--country ISO2|NAME] [--type EVENT_TYPE]\n"
    "       sitrep stats  --db FILE\n"
    "\n"
    "ingest options:\n"
    "  --extracted FILE   store records `sitrep extract` already wrote\n"
    "                     (JSON Lines; '-' for stdin)\n"
    "  --published, --lang, --packs   as for sitrep extract\n"
    "  -j N               N threads analyse documents and read them for the\n"
    "                     store while this one writes (default 0: one per\n"
    "                     core; 1: no thread, one after the other)\n"
    "  --durable          fsync every document (survives a power cut)\n"
    "  --quiet            no progress line\n"
    "See docs/store.md.\n";

static void usage(FILE *out) { fputs(usage_text, out); }

/* ------------------------------------------------------------ progress */

/* A progress line on a terminal, nothing otherwise: logs and pipes get
** only the problems. */
typedef struct progress {
  int on;
  double start, last;
  size_t docs;
  unsigned long long bytes, total;
} progress;

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_show(progress *p, int final) {
  if (!p->on) return;
  double t = now_seconds();
  if (!final && t - p->last < 0.2) return;
  p->last = t;
  double el = t - p->start > 1e-6 ? t - p->start : 1e-6;
  double rate = p->docs / el, mbs = p->bytes / el;
  fprintf(stderr, "\r\033[K%zu documents, %.1f MB, %.0f docs/s", p->docs,
          p->bytes / 1e6, rate);
  if (!final && p->total > p->bytes && mbs > 0)
    fprintf(stderr, ", ETA %.0fs", (p->total - p->bytes) / mbs);
  if (final) fputc('\n', stderr);
}

static unsigned long long walked;

static int add_size(const char *path, const struct stat *sb, int type,
                    struct FTW *ftw) {
  (void)path, (void)ftw;
  if (type == FTW_F) walked += (unsigned long long)sb->st_size;
  return 0;
}

/* The bytes ahead, for the ETA: an estimate (HTML markup and JSON escapes
** count although they are not text). */
static unsigned long long input_bytes(const char *path) {
  struct stat sb;
  if (strcmp(path, "-") == 0 || stat(path, &sb) != 0) return 0;
  if (!S_ISDIR(sb.st_mode)) return (unsigned long long)sb.st_size;
  walked = 0;
  nftw(path, add_size, 16, FTW_PHYS);
  return walked;
}

/* -------------------------------------------------------------- ingest */

#define INGEST_BATCH 1024

/* A document made ready for the store on an analysing thread, and, once
** written, waiting there to be freed (see discard_read). */
typedef struct ready_doc {
  struct ready_doc *next;
  struct ingest_run *run;
  sr_store_doc *doc;
} ready_doc;

typedef struct ingest_run {
  sr_store *store;
  progress progress;
  size_t added, replaced, unchanged, problems;
  pthread_mutex_t freeing;
  ready_doc *written; /* discarded, not freed yet */
} ingest_run;

static void problem(ingest_run *run, const char *input, size_t line,
                    const char *message) {
  run->problems++;
  if (run->progress.on) fputs("\r\033[K", stderr);
  fprintf(stderr, "sitrep: %s", input);
  if (line) fprintf(stderr, ":%zu", line);
  fprintf(stderr, ": %s\n", message);
}

static void count_outcome(ingest_run *run, sr_store_outcome outcome) {
  run->added += outcome == SR_STORE_ADDED;
  run->replaced += outcome == SR_STORE_REPLACED;
  run->unchanged += outcome == SR_STORE_UNCHANGED;
  run->progress.docs++;
  progress_show(&run->progress, 0);
}

/* One document into the store: read here, or already read (doc) on the
** thread that analysed it. */
static void store_one(ingest_run *run, const sr_store_doc *doc,
                      const char *json, size_t len, const char *text,
                      size_t text_len, const char *input, size_t line) {
  sr_store_outcome outcome;
  sr_error err = {SR_OK, ""};
  sr_status st = doc ? sr_store_ingest_doc(run->store, doc, &outcome, &err)
                     : sr_store_ingest(run->store, json, len, text, text_len,
                                       &outcome, &err);
  if (st != SR_OK) {
    char msg[600];
    snprintf(msg, sizeof msg, "%s: document skipped", err.message);
    problem(run, input, line, msg);
    return;
  }
  count_outcome(run, outcome);
}

/* The documents written so far, freed: a document's parsed tree costs the
** writing thread ~8% of its time to free, which an analysing thread (idle
** half the time while the writer bounds the run) does instead. */
static void free_written(ingest_run *run) {
  pthread_mutex_lock(&run->freeing);
  ready_doc *r = run->written;
  run->written = NULL;
  pthread_mutex_unlock(&run->freeing);
  while (r) {
    ready_doc *next = r->next;
    sr_store_doc_free(r->doc);
    free(r);
    r = next;
  }
}

/* On the analysing threads: the document made ready for the store
** (sr_store_doc_of: its JSON written, never parsed back), so that the
** writing thread only writes.  NULL when memory ran out. */
static void *read_for_store(void *ctx, const sr_doc *doc,
                            const sr_doc_input *input) {
  ingest_run *run = ctx;
  free_written(run);
  ready_doc *r = malloc(sizeof *r);
  sr_error err = {SR_OK, ""};
  if (!r || sr_store_doc_of(doc, input->text.ptr, input->text.len, &r->doc,
                            &err) != SR_OK) {
    free(r);
    return NULL;
  }
  r->run = run;
  r->next = NULL;
  return r;
}

/* On the writing thread: handed to the next analysing thread to free. */
static void discard_read(void *prepared) {
  ready_doc *r = prepared;
  ingest_run *run = r->run;
  pthread_mutex_lock(&run->freeing);
  r->next = run->written;
  run->written = r;
  pthread_mutex_unlock(&run->freeing);
}

static void on_problem(void *ctx, const sr_where *where, const char *message) {
  problem(ctx, where->input, where->line, message);
}

static sr_status out_of_memory(sr_error *err) {
  err->code = SR_ENOMEM;
  snprintf(err->message, sizeof err->message, "out of memory writing JSON");
  return SR_ENOMEM;
}

sr_status sr_cli_ingest_document(const sr_engine *engine, sr_store *store,
                                 const sr_doc_input *input,
                                 sr_store_outcome *outcome,
                                 void (*report)(void *ctx, const char *message),
                                 void *ctx, sr_error *err) {
  sr_doc *doc;
  if (sr_doc_process(engine, input, &doc, err) != SR_OK) return err->code;
  for (size_t i = 0; i < sr_doc_error_count(doc); i++)
    report(ctx, sr_doc_error(doc, i));
  char *json = sr_doc_to_json(doc, SR_JSON_MENTIONS);
  sr_status st =
      json ? sr_store_ingest(store, json, strlen(json), input->text.ptr,
                             input->text.len, outcome, err)
           : out_of_memory(err);
  sr_free(json);
  sr_doc_free(doc);
  return st;
}

static void on_document(void *ctx, const sr_pool_result *r,
                        const sr_where *where) {
  ingest_run *run = ctx;
  run->progress.bytes += r->input->text.len;
  for (size_t i = 0; i < sr_doc_error_count(r->doc); i++)
    problem(run, where->input, where->line, sr_doc_error(r->doc, i));
  const ready_doc *ready = r->prepared;
  if (ready || r->json)
    store_one(run, ready ? ready->doc : NULL, r->json, r->json_len,
              r->input->text.ptr,
              r->input->text.len, where->input, where->line);
  else
    problem(run, where->input, where->line, "out of memory: document skipped");
}

/* JSON Lines of extracted documents, one line in memory at a time. */
static void ingest_extracted(ingest_run *run, const char *path) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  const char *name = f == stdin ? "<stdin>" : path;
  if (!f) {
    problem(run, path, 0, "cannot open: skipped");
    return;
  }
  char *line = NULL;
  size_t cap = 0, no = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, f)) >= 0) {
    no++;
    run->progress.bytes += (unsigned long long)n;
    size_t len = (size_t)n;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
    if (strspn(line, " \t") >= len) continue; /* blank */
    store_one(run, NULL, line, len, NULL, 0, name, no);
  }
  if (ferror(f)) problem(run, name, no, "read error");
  free(line);
  if (f != stdin) fclose(f);
}

static int cmd_ingest(int argc, char **argv) {
  static const struct option opts[] = {
      {"db", required_argument, NULL, 'd'},
      {"extracted", required_argument, NULL, 'x'},
      {"published", required_argument, NULL, 'p'},
      {"lang", required_argument, NULL, 'l'},
      {"packs", required_argument, NULL, 'k'},
      {"durable", no_argument, NULL, 'D'},
      {"quiet", no_argument, NULL, 'q'},
      {"jobs", required_argument, NULL, 'j'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *db = NULL, *packs = getenv("SITREP_PACKS");
  if (!packs || !*packs) packs = SR_PACK_DIR;
  const char **extracted = calloc((size_t)argc + 1, sizeof *extracted);
  size_t n_extracted = 0;
  sr_reader_options ropts = {{NULL, 0}, {NULL, 0}};
  sr_store_options sopts = {NULL, 0, 0};
  /* Every core by default: the documents are analysed and read for the
  ** store on other threads while this one writes (docs/store.md). */
  int quiet = 0, jobs = 0, c;
  if (!extracted) return EXIT_USAGE;
  optind = 1;
  while ((c = getopt_long(argc, argv, "j:", opts, NULL)) != -1) {
    switch (c) {
    case 'd': db = optarg; break;
    case 'x': extracted[n_extracted++] = optarg; break;
    case 'p': ropts.published = (sr_str){optarg, strlen(optarg)}; break;
    case 'l': ropts.lang = (sr_str){optarg, strlen(optarg)}; break;
    case 'k': packs = optarg; break;
    case 'D': sopts.durable = 1; break;
    case 'q': quiet = 1; break;
    case 'j':
      if ((jobs = sr_cli_parse_jobs(optarg)) < 0) {
        fprintf(stderr, "sitrep: -j takes a number of threads, not '%s'\n", optarg);
        free(extracted);
        return EXIT_USAGE;
      }
      break;
    case 'h': usage(stdout); free(extracted); return 0;
    default: usage(stderr); free(extracted); return EXIT_USAGE;
    }
  }
  if (!db || (optind >= argc && !n_extracted)) {
    fputs(!db ? "sitrep ingest: --db FILE is required\n"
              : "sitrep ingest: no input given\n", stderr);
    usage(stderr);
    free(extracted);
    return EXIT_USAGE;
  }
  char tables[4096];
  snprintf(tables, sizeof tables, "%s/store", packs);
  sopts.tables_dir = tables;
  ingest_run run;
  memset(&run, 0, sizeof run);
  pthread_mutex_init(&run.freeing, NULL);
  sr_error err = {SR_OK, ""};
  if (sr_store_open(db, &sopts, &run.store, &err) != SR_OK) {
    fprintf(stderr, "sitrep: %s\n", err.message);
    free(extracted);
    return EXIT_USAGE;
  }
  sr_engine *engine = NULL;
  if (optind < argc && sr_engine_open(packs, &engine, &err) != SR_OK) {
    fprintf(stderr, "sitrep: cannot load packs: %s\n", err.message);
    sr_store_close(run.store);
    free(extracted);
    return EXIT_USAGE;
  }
  /* Documents committed by the batch: each page a batch touches is written
  ** to the log once, not once per document.  A refused document is rolled
  ** back alone and reported; the rest of its batch is kept. */
  sr_store_batch(run.store, INGEST_BATCH);
  run.progress.on = !quiet && isatty(STDERR_FILENO);
  run.progress.start = run.progress.last = now_seconds();
  for (int i = optind; i < argc; i++) run.progress.total += input_bytes(argv[i]);
  for (size_t i = 0; i < n_extracted; i++)
    run.progress.total += input_bytes(extracted[i]);
  int rc = 0;
  if (optind < argc) {
    sr_cli_batch batch = {engine, (unsigned)jobs, SR_JSON_MENTIONS, &ropts,
                          on_document, on_problem, &run, read_for_store,
                          discard_read};
    rc = sr_cli_batch_run(&batch, argv + optind, argc - optind);
    free_written(&run); /* the analysing threads are gone */
  }
  for (size_t i = 0; !rc && i < n_extracted; i++) ingest_extracted(&run, extracted[i]);
  if (sr_store_flush(run.store, &err) != SR_OK)
    problem(&run, db, 0, err.message);
  progress_show(&run.progress, 1);
  if (run.progress.on)
    fprintf(stderr, "%zu added, %zu replaced, %zu unchanged\n", run.added,
            run.replaced, run.unchanged);
  sr_engine_close(engine);
  sr_store_close(run.store);
  pthread_mutex_destroy(&run.freeing);
  free(extracted);
  if (rc) return rc;
  if (run.problems) {
    fprintf(stderr, "sitrep: %zu document(s) stored, %zu problem(s) reported\n",
            run.added + run.replaced + run.unchanged, run.problems);
    return EXIT_BAD_INPUT;
  }
  return 0;
}

/* ------------------------------------------------------------- readers */

typedef struct read_args {
  const char *db, *format, *text, *out;
  sr_export_filter filter;
  size_t limit;
} read_args;

/* Options shared by query, export and stats; 0 on success, else the exit
** status. */
static int parse_read_args(int argc, char **argv, read_args *a) {
  static const struct option opts[] = {
      {"db", required_argument, NULL, 'd'},
      {"format", required_argument, NULL, 'f'},
      {"text", required_argument, NULL, 't'},
      {"limit", required_argument, NULL, 'n'},
      {"from", required_argument, NULL, 'F'},
      {"to", required_argument, NULL, 'T'},
      {"country", required_argument, NULL, 'c'},
      {"type", required_argument, NULL, 'y'},
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
    switch (c) {
    case 'd': a->db = optarg; break;
    case 'f': a->format = optarg; break;
    case 't': a->text = optarg; break;
    case 'n': a->limit = strtoul(optarg, NULL, 10); break;
    case 'F': a->filter.from = optarg; break;
    case 'T': a->filter.to = optarg; break;
    case 'c': a->filter.country = optarg; break;
    case 'y': a->filter.event_type = optarg; break;
    case 'o': a->out = optarg; break;
    case 'h': usage(stdout); return -1;
    default: usage(stderr); return EXIT_USAGE;
    }
  }
  if (optind < argc) {
    fprintf(stderr, "sitrep %s: unexpected argument '%s'\n", argv[0],
            argv[optind]);
    return EXIT_USAGE;
  }
  if (!a->db) {
    fprintf(stderr, "sitrep %s: --db FILE is required\n", argv[0]);
    return EXIT_USAGE;
  }
  return 0;
}

static int run_reader(const char *cmd, read_args *a) {
  sr_export_format format = SR_EXPORT_ACLED_CSV;
  if (strcmp(cmd, "export") == 0 && a->format) {
    if (strcmp(a->format, "jsonl") == 0) format = SR_EXPORT_JSONL;
    else if (strcmp(a->format, "geojson") == 0) format = SR_EXPORT_GEOJSON;
    else if (strcmp(a->format, "acled-csv") != 0) {
      fprintf(stderr, "sitrep export: --format takes acled-csv, jsonl or "
              "geojson, not '%s'\n", a->format);
      return EXIT_USAGE;
    }
  }
  if (strcmp(cmd, "query") == 0 && !a->text) {
    fputs("sitrep query: --text QUERY is required\n", stderr);
    return EXIT_USAGE;
  }
  const char *packs = getenv("SITREP_PACKS");
  char tables[4096];
  snprintf(tables, sizeof tables, "%s/store",
           packs && *packs ? packs : SR_PACK_DIR);
  sr_store_options sopts = {tables, 0, 1};
  sr_store *store;
  sr_error err = {SR_OK, ""};
  if (sr_store_open(a->db, &sopts, &store, &err) != SR_OK) {
    fprintf(stderr, "sitrep: %s\n", err.message);
    return EXIT_USAGE;
  }
  FILE *out = a->out ? fopen(a->out, "wb") : stdout;
  if (!out) {
    fprintf(stderr, "sitrep: %s: cannot write\n", a->out);
    sr_store_close(store);
    return EXIT_USAGE;
  }
  sr_status st;
  long long skipped = 0;
  if (strcmp(cmd, "export") == 0) {
    st = sr_store_export(store, format, &a->filter, out, &err);
    skipped = sr_store_export_skipped(store);
  }
  else if (strcmp(cmd, "query") == 0)
    st = sr_store_search(store, a->text, a->limit, out, &err);
  else
    st = sr_store_stats(store, out, &err);
  sr_store_close(store);
  if (skipped)
    fprintf(stderr, "sitrep export: %lld undated cluster(s) left out of the "
            "ACLED CSV: no report gives a date (docs/store.md)\n", skipped);
  int bad = fflush(out) != 0 || ferror(out);
  if (out != stdout) bad |= fclose(out) != 0;
  if (st != SR_OK) {
    fprintf(stderr, "sitrep %s: %s\n", cmd, err.message);
    return st == SR_EINVAL ? EXIT_USAGE : EXIT_BAD_INPUT;
  }
  if (bad) {
    fputs("sitrep: error writing output\n", stderr);
    return EXIT_BAD_INPUT;
  }
  return 0;
}

int sr_cli_is_store_command(const char *name) {
  return strcmp(name, "ingest") == 0 || strcmp(name, "query") == 0 ||
         strcmp(name, "export") == 0 || strcmp(name, "stats") == 0;
}

int sr_cli_store(int argc, char **argv) {
  if (strcmp(argv[0], "ingest") == 0) return cmd_ingest(argc, argv);
  read_args a;
  memset(&a, 0, sizeof a);
  int rc = parse_read_args(argc, argv, &a);
  if (rc) return rc < 0 ? 0 : rc;
  return run_reader(argv[0], &a);
}
