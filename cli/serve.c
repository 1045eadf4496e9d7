/*
** sitrep serve: the JSON API (src/server/api.c) and the viewer's built
** files (viewer/dist) over HTTP, on libmicrohttpd.  Read-only unless
** started with --ingest-token; bound to the loopback unless told.  This file
** only moves bytes: what a request may ask and how it is answered is
** decided in src/server, where it is tested and fuzzed.
*/
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "serve.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "server/api.h"
#include "server/query.h"
#include "sitrep.h"
#include "sitrep_store.h"
#include "store_cmds.h"

#ifndef SR_PACK_DIR
#define SR_PACK_DIR "packs"
#endif
#ifndef SR_VIEWER_DIR
#define SR_VIEWER_DIR "viewer/dist"
#endif

enum { EXIT_USAGE = 2 };
#define WORKERS 4                  /* threads, each with its own connection */
#define MAX_BODY (16u << 20)       /* POST /api/documents */
#define MAX_FILE (8u << 20)        /* a file of the viewer */

static const char usage_text[] =
    "usage: sitrep serve --db FILE [--bind ADDRESS] [--port N]\n"
    "                    [--ingest-token TOKEN] [--viewer DIR] [--packs DIR]\n"
    "\n"
    "Serves the JSON API (docs/api.md) and the viewer of a database.\n"
    "  --bind ADDRESS        IPv4 or IPv6 address to listen on (127.0.0.1)\n"
    "  --port N              port (8080; 0: any free port, printed)\n"
    "  --ingest-token TOKEN  enable POST /api/documents for requests with\n"
    "                        'Authorization: Bearer TOKEN'\n"
    "  --viewer DIR          the viewer's files (the build's viewer/dist)\n";

typedef struct server {
  const char *viewer, *token;
  sr_store *readers[WORKERS];
  int busy[WORKERS];
  pthread_mutex_t lock;
  pthread_cond_t freed;
  sr_store *writer; /* with a token only */
  sr_engine *engine;
  pthread_mutex_t write_lock;
} server;

typedef struct request {
  char *uri; /* the raw target, as sent */
  size_t uri_len;
  int started;
  char *body;
  size_t len, cap;
  int too_big;
} request;

/* ------------------------------------------------------------ stores */

static sr_store *checkout(server *srv) {
  pthread_mutex_lock(&srv->lock);
  for (;;) {
    for (int i = 0; i < WORKERS; i++)
      if (!srv->busy[i]) {
        srv->busy[i] = 1;
        pthread_mutex_unlock(&srv->lock);
        return srv->readers[i];
      }
    pthread_cond_wait(&srv->freed, &srv->lock);
  }
}

static void checkin(server *srv, const sr_store *s) {
  pthread_mutex_lock(&srv->lock);
  for (int i = 0; i < WORKERS; i++)
    if (srv->readers[i] == s) srv->busy[i] = 0;
  pthread_cond_signal(&srv->freed);
  pthread_mutex_unlock(&srv->lock);
}

/* ---------------------------------------------------------- replies */

static enum MHD_Result send_reply(struct MHD_Connection *c, sr_api_reply *r,
                                  int cache) {
  struct MHD_Response *resp =
      MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_MUST_FREE);
  if (!resp) {
    sr_api_reply_free(r);
    return MHD_NO;
  }
  r->body = NULL; /* the response owns it now */
  MHD_add_response_header(resp, "Content-Type", r->content_type);
  MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
  MHD_add_response_header(resp, "Cache-Control",
                          cache ? "max-age=300" : "no-store");
  /* Everything the viewer needs is served here: nothing else may load. */
  MHD_add_response_header(resp, "Content-Security-Policy",
                          "default-src 'self'; img-src 'self' data:;"
                          " style-src 'self' 'unsafe-inline';"
                          " frame-ancestors 'none'");
  if (r->filename) {
    char disp[128];
    snprintf(disp, sizeof disp, "attachment; filename=\"%s\"", r->filename);
    MHD_add_response_header(resp, "Content-Disposition", disp);
  }
  if (r->status == 405)
    MHD_add_response_header(resp, "Allow", "GET, HEAD, POST");
  if (r->header) MHD_add_response_header(resp, r->header, r->header_value);
  enum MHD_Result ret = MHD_queue_response(c, (unsigned)r->status, resp);
  MHD_destroy_response(resp);
  return ret;
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status,
                                  const char *message) {
  sr_api_reply r = {0, NULL, NULL, NULL, 0, NULL, ""};
  sr_api_error(&r, status, NULL, message);
  return send_reply(c, &r, 0);
}

/* ------------------------------------------------------------ viewer */

static const struct {
  const char *ext, *type;
} file_types[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
};

/* The type of a file the viewer may serve, or NULL. */
static const char *file_type(const char *path) {
  const char *dot = strrchr(path, '.');
  for (size_t i = 0; dot && i < sizeof file_types / sizeof *file_types; i++)
    if (strcmp(dot, file_types[i].ext) == 0) return file_types[i].type;
  return NULL;
}

/* A decoded path names a file below the viewer's folder only when no
** segment is empty, "." or "..", or hidden, and no backslash hides one. */
static int safe_path(const char *p) {
  if (p[0] != '/' || strchr(p, '\\')) return 0;
  for (const char *s = p + 1;;) {
    const char *slash = strchr(s, '/');
    size_t n = slash ? (size_t)(slash - s) : strlen(s);
    if (n == 0 || s[0] == '.') return 0;
    if (!slash) return 1;
    s = slash + 1;
  }
}

static enum MHD_Result send_file(server *srv, struct MHD_Connection *c,
                                 const char *raw, size_t raw_len) {
  char path[1024];
  sr_error err = {SR_OK, ""};
  if (sr_percent_decode(raw, raw_len, 0, path, sizeof path - 16, NULL, "path",
                        &err) != SR_OK)
    return send_error(c, 400, err.message);
  if (strcmp(path, "/") == 0) strcpy(path, "/index.html");
  const char *type = file_type(path);
  if (!safe_path(path)) return send_error(c, 400, "path: not a file's name");
  if (!type) return send_error(c, 404, "no such file");
  char full[4096];
  snprintf(full, sizeof full, "%s%s", srv->viewer, path);
  int fd = open(full, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  struct stat sb;
  if (fd < 0 || fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) ||
      sb.st_size > (off_t)MAX_FILE) {
    if (fd >= 0) close(fd);
    return send_error(c, 404, "no such file");
  }
  sr_api_reply r = {200, type, NULL, malloc((size_t)sb.st_size + 1),
                    (size_t)sb.st_size, NULL, ""};
  ssize_t got = r.body ? read(fd, r.body, r.len) : -1;
  close(fd);
  if (got != (ssize_t)r.len) {
    free(r.body);
    return send_error(c, 500, "cannot read the file");
  }
  return send_reply(c, &r, 1);
}

/* ------------------------------------------------------------ ingest */

typedef struct post_run {
  server *srv;
  size_t added, replaced, unchanged;
  json_t *problems;
} post_run;

static void post_problem(post_run *run, size_t line, const char *message) {
  json_array_append_new(run->problems,
                        json_pack("{s:I, s:s}", "line", (json_int_t)line,
                                  "message", message));
}

static void on_post_problem(void *ctx, const sr_where *where,
                            const char *message) {
  post_problem(ctx, where->line, message);
}

typedef struct post_doc {
  post_run *run;
  size_t line;
} post_doc;

static void on_repaired(void *ctx, const char *message) {
  post_doc *d = ctx;
  post_problem(d->run, d->line, message);
}

static int on_post_document(void *ctx, const sr_doc_input *input,
                            const sr_where *where) {
  post_run *run = ctx;
  post_doc d = {run, where->line};
  sr_store_outcome outcome;
  sr_error err = {SR_OK, ""};
  if (sr_cli_ingest_document(run->srv->engine, run->srv->writer, input,
                             &outcome, on_repaired, &d, &err) != SR_OK) {
    post_problem(run, where->line, err.message);
    return 0;
  }
  run->added += outcome == SR_STORE_ADDED;
  run->replaced += outcome == SR_STORE_REPLACED;
  run->unchanged += outcome == SR_STORE_UNCHANGED;
  return 0;
}

/* Equal without telling, through its timing, how much of it matched:
** every byte of the longer is read whatever differs. */
static int same_secret(const char *given, const char *secret) {
  size_t lg = strlen(given), ls = strlen(secret), n = lg > ls ? lg : ls;
  unsigned char diff = lg != ls;
  for (size_t i = 0; i < n; i++)
    diff |= (unsigned char)((i < lg ? given[i] : 0) ^ (i < ls ? secret[i] : 0));
  return diff == 0;
}

/* 0 when the request may post; otherwise the reply was sent. */
static int refuse_post(server *srv, struct MHD_Connection *c,
                       enum MHD_Result *ret) {
  if (!srv->token) {
    *ret = send_error(c, 403, "this server is read-only (start it with "
                              "--ingest-token)");
    return 1;
  }
  const char *auth =
      MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
  if (!auth || strncmp(auth, "Bearer ", 7) != 0 ||
      !same_secret(auth + 7, srv->token)) {
    *ret = send_error(c, 401, "Authorization: Bearer TOKEN required");
    return 1;
  }
  return 0;
}

static enum MHD_Result ingest(server *srv, struct MHD_Connection *c,
                              request *rq) {
  post_run run = {srv, 0, 0, 0, json_array()};
  sr_reader_sink sink = {on_post_document, on_post_problem, &run};
  sr_reader_options opts = {{NULL, 0}, {NULL, 0}};
  pthread_mutex_lock(&srv->write_lock);
  sr_read_buffer(rq->body ? rq->body : "", rq->len, SR_FORMAT_JSONL,
                 "request", &opts, &sink);
  pthread_mutex_unlock(&srv->write_lock);
  size_t stored = run.added + run.replaced + run.unchanged;
  size_t problems = json_array_size(run.problems);
  json_t *o = json_pack("{s:I, s:I, s:I, s:o}", "added", (json_int_t)run.added,
                        "replaced", (json_int_t)run.replaced, "unchanged",
                        (json_int_t)run.unchanged, "problems", run.problems);
  sr_api_reply r = {stored == 0 && problems ? 400 : 200,
                    "application/json; charset=utf-8", NULL,
                    o ? json_dumps(o, JSON_COMPACT) : NULL, 0, NULL, ""};
  json_decref(o);
  if (!r.body) return send_error(c, 500, "out of memory");
  r.len = strlen(r.body);
  return send_reply(c, &r, 0);
}

/* ----------------------------------------------------------- requests */

/* libmicrohttpd decodes the path it hands the handler; the raw target,
** query string included, is only seen here.  It becomes the request's
** context. */
static void *keep_uri(void *cls, const char *uri, struct MHD_Connection *c) {
  (void)cls, (void)c;
  request *rq = calloc(1, sizeof *rq);
  if (rq && uri) {
    rq->uri_len = strlen(uri);
    rq->uri = strdup(uri);
  }
  return rq;
}

static void request_done(void *cls, struct MHD_Connection *c, void **ctx,
                         enum MHD_RequestTerminationCode code) {
  (void)cls, (void)c, (void)code;
  request *rq = *ctx;
  if (!rq) return;
  free(rq->uri);
  free(rq->body);
  free(rq);
  *ctx = NULL;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c,
                              const char *url, const char *method,
                              const char *version, const char *upload,
                              size_t *upload_size, void **ctx) {
  server *srv = cls;
  request *rq = *ctx;
  (void)url;
  if (!rq || !rq->uri) return send_error(c, 500, "out of memory");
  /* RFC 9112: a request of HTTP/1.1 without a Host is answered 400. */
  if (strcmp(version, MHD_HTTP_VERSION_1_1) == 0 &&
      !MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host"))
    return send_error(c, 400, "HTTP/1.1 request without a Host header");
  const char *path, *query;
  size_t path_len, query_len;
  sr_error err = {SR_OK, ""};
  if (sr_uri_split(rq->uri, rq->uri_len, &path, &path_len, &query, &query_len,
                   &err) != SR_OK)
    return send_error(c, rq->uri_len > SR_URI_MAX ? 414 : 400, err.message);
  int get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
  int post = strcmp(method, "POST") == 0;
  if (post) {
    if (!(path_len == 14 && memcmp(path, "/api/documents", 14) == 0))
      return send_error(c, 405, "only /api/documents takes POST");
    enum MHD_Result ret;
    if (!rq->started) {
      rq->started = 1;
      if (refuse_post(srv, c, &ret)) return ret;
      /* Announced too big: refused before a byte of it is read. */
      const char *length =
          MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
      if (length && strtoull(length, NULL, 10) > MAX_BODY)
        return send_error(c, 413, "body larger than 16 MB");
      return MHD_YES;
    }
    if (*upload_size) {
      if (rq->len + *upload_size > MAX_BODY) rq->too_big = 1;
      if (!rq->too_big) {
        if (rq->len + *upload_size > rq->cap) {
          size_t cap = (rq->len + *upload_size) * 2;
          char *b = realloc(rq->body, cap);
          if (!b) return MHD_NO;
          rq->body = b;
          rq->cap = cap;
        }
        memcpy(rq->body + rq->len, upload, *upload_size);
        rq->len += *upload_size;
      }
      *upload_size = 0;
      return MHD_YES;
    }
    if (rq->too_big) return send_error(c, 413, "body larger than 16 MB");
    return ingest(srv, c, rq);
  }
  if (!get) return send_error(c, 405, "method not allowed");
  if (!sr_api_owns(path, path_len)) return send_file(srv, c, path, path_len);
  sr_api_reply r;
  sr_store *s = checkout(srv);
  sr_api_get(s, rq->uri, rq->uri_len, &r);
  checkin(srv, s);
  return send_reply(c, &r, 0);
}

/* --------------------------------------------------------------- main */

/* A read-only connection; a database from an older sitrep is migrated once
** first (opening it for writing does). */
static sr_status open_reader(const char *db, const sr_store_options *o,
                             sr_store **out, sr_error *err) {
  if (sr_store_open(db, o, out, err) == SR_OK) return SR_OK;
  if (!strstr(err->message, "needs migrating")) return err->code;
  sr_store_options w = *o;
  w.read_only = 0;
  sr_store *s;
  if (sr_store_open(db, &w, &s, err) != SR_OK) return err->code;
  sr_store_close(s);
  return sr_store_open(db, o, out, err);
}

static void close_all(server *srv) {
  for (int i = 0; i < WORKERS; i++) sr_store_close(srv->readers[i]);
  sr_store_close(srv->writer);
  sr_engine_close(srv->engine);
}

int sr_cli_serve(int argc, char **argv) {
  static const struct option opts[] = {
      {"db", required_argument, NULL, 'd'},
      {"bind", required_argument, NULL, 'b'},
      {"port", required_argument, NULL, 'p'},
      {"ingest-token", required_argument, NULL, 't'},
      {"viewer", required_argument, NULL, 'v'},
      {"packs", required_argument, NULL, 'k'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *db = NULL, *bind_to = "127.0.0.1", *packs = getenv("SITREP_PACKS");
  if (!packs || !*packs) packs = SR_PACK_DIR;
  long port = 8080;
  server srv;
  memset(&srv, 0, sizeof srv);
  srv.viewer = SR_VIEWER_DIR;
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
    switch (c) {
    case 'd': db = optarg; break;
    case 'b': bind_to = optarg; break;
    case 'p': {
      char *end;
      port = strtol(optarg, &end, 10);
      if (*end || port < 0 || port > 65535) {
        fprintf(stderr, "sitrep serve: --port takes 0 to 65535, not '%s'\n",
                optarg);
        return EXIT_USAGE;
      }
      break;
    }
    case 't': srv.token = optarg; break;
    case 'v': srv.viewer = optarg; break;
    case 'k': packs = optarg; break;
    case 'h': fputs(usage_text, stdout); return 0;
    default: fputs(usage_text, stderr); return EXIT_USAGE;
    }
  }
  if (!db || optind < argc) {
    fputs(db ? "sitrep serve: unexpected argument\n"
             : "sitrep serve: --db FILE is required\n", stderr);
    fputs(usage_text, stderr);
    return EXIT_USAGE;
  }
  if (srv.token && strlen(srv.token) < 16) {
    fputs("sitrep serve: --ingest-token must be at least 16 characters\n",
          stderr);
    return EXIT_USAGE;
  }
  struct sockaddr_storage addr;
  memset(&addr, 0, sizeof addr);
  struct sockaddr_in *v4 = (struct sockaddr_in *)&addr;
  struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&addr;
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO;
  if (inet_pton(AF_INET, bind_to, &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET;
    v4->sin_port = htons((uint16_t)port);
  } else if (inet_pton(AF_INET6, bind_to, &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons((uint16_t)port);
    flags |= MHD_USE_IPv6;
  } else {
    fprintf(stderr, "sitrep serve: --bind takes an IP address, not '%s'\n",
            bind_to);
    return EXIT_USAGE;
  }
  char tables[4096];
  snprintf(tables, sizeof tables, "%s/store", packs);
  sr_store_options ro = {tables, 0, 1};
  sr_error err = {SR_OK, ""};
  if (srv.token) {
    sr_store_options rw = {tables, 0, 0};
    if (sr_store_open(db, &rw, &srv.writer, &err) != SR_OK ||
        sr_engine_open(packs, &srv.engine, &err) != SR_OK) {
      fprintf(stderr, "sitrep serve: %s\n", err.message);
      close_all(&srv);
      return EXIT_USAGE;
    }
  }
  for (int i = 0; i < WORKERS; i++)
    if (open_reader(db, &ro, &srv.readers[i], &err) != SR_OK) {
      fprintf(stderr, "sitrep serve: %s\n", err.message);
      close_all(&srv);
      return EXIT_USAGE;
    }
  pthread_mutex_init(&srv.lock, NULL);
  pthread_mutex_init(&srv.write_lock, NULL);
  pthread_cond_init(&srv.freed, NULL);
  /* The worker threads inherit this mask: only sigwait() below sees the
  ** signals that stop the server. */
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, NULL);
  signal(SIGPIPE, SIG_IGN);
  struct MHD_Daemon *d = MHD_start_daemon(
      flags, (uint16_t)port, NULL, NULL, handle, &srv,
      MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
      MHD_OPTION_THREAD_POOL_SIZE, (unsigned)WORKERS,
      MHD_OPTION_URI_LOG_CALLBACK, keep_uri, NULL,
      MHD_OPTION_NOTIFY_COMPLETED, request_done, NULL,
      MHD_OPTION_CONNECTION_LIMIT, 512u,
      MHD_OPTION_PER_IP_CONNECTION_LIMIT, 256u,
      MHD_OPTION_CONNECTION_TIMEOUT, 15u,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
      MHD_OPTION_END);
  if (!d) {
    fprintf(stderr, "sitrep serve: cannot listen on %s port %ld\n", bind_to,
            port);
    close_all(&srv);
    return EXIT_USAGE;
  }
  const union MHD_DaemonInfo *info =
      MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  int v6host = strchr(bind_to, ':') != NULL;
  printf("sitrep serve: http://%s%s%s:%u/ (%s, %s)\n", v6host ? "[" : "",
         bind_to, v6host ? "]" : "", info ? info->port : (unsigned)port, db,
         srv.token ? "POST /api/documents enabled" : "read-only");
  fflush(stdout);
  int sig;
  sigwait(&stop, &sig);
  MHD_stop_daemon(d);
  close_all(&srv);
  return 0;
}
