#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../util/utf8.h"
#include "../util/error.h"
#include "../util/fileio.h"
#include "input.h"

void sr_read_problem(sr_read_state *rs, const sr_where *where, sr_status code,
                     const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  rs->status = code;
  if (rs->sink->problem) rs->sink->problem(rs->sink->ctx, where, msg);
}

void sr_read_emit(sr_read_state *rs, sr_doc_input *doc, const sr_where *where) {
  if (rs->stopped) return;
  if (!doc->published.ptr && rs->options) doc->published = rs->options->published;
  if (!doc->lang.ptr && rs->options) doc->lang = rs->options->lang;
  if (rs->sink->document && rs->sink->document(rs->sink->ctx, doc, where))
    rs->stopped = 1;
}

static void read_jsonl_buffer(sr_read_state *rs, const char *name,
                              const char *data, size_t len, size_t line) {
  size_t pos = 0;
  while (pos < len && !rs->stopped) {
    line++;
    const char *nl = memchr(data + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - data) : len;
    sr_read_jsonl_line(rs, name, line, data + pos, end - pos);
    pos = nl ? end + 1 : len;
  }
}

/* Reports the first invalid UTF-8 byte of a file; 1 when there was one.
** The caller repairs (the library replaces bad bytes with U+FFFD). */
static int report_bad_utf8(sr_read_state *rs, const char *name,
                           const char *data, size_t len) {
  size_t bad = sr_utf8_first_invalid(data, len);
  if (bad == len) return 0;
  sr_where where = {name, 0, bad};
  sr_read_problem(rs, &where, SR_EUTF8,
                  "invalid UTF-8 at byte %zu: replaced by U+FFFD", bad);
  return 1;
}

/* A plain text file is one document, named after the file. */
static void read_text(sr_read_state *rs, const char *name, const char *id,
                      const char *data, size_t len) {
  sr_where where = {name, 0, 0};
  report_bad_utf8(rs, name, data, len);
  sr_doc_input doc = {0};
  doc.id.ptr = id;
  doc.id.len = strlen(id);
  doc.text.ptr = data;
  doc.text.len = len;
  sr_read_emit(rs, &doc, &where);
}

static sr_status read_buffer(sr_read_state *rs, const char *data, size_t len,
                             sr_format format, const char *name,
                             const char *id) {
  switch (format) {
  case SR_FORMAT_JSONL: read_jsonl_buffer(rs, name, data, len, 0); break;
  case SR_FORMAT_HTML: {
    if (report_bad_utf8(rs, name, data, len)) {
      /* gumbo needs valid UTF-8: repair before parsing. */
      sr_where where = {name, 0, 0};
      sr_arena arena;
      sr_arena_init(&arena, 0);
      size_t fixed_len, n;
      char *fixed = sr_utf8_repair(&arena, data, len, &fixed_len, &n);
      if (fixed) sr_read_html(rs, name, id, fixed, fixed_len);
      else sr_read_problem(rs, &where, SR_ENOMEM, "out of memory: skipped");
      sr_arena_release(&arena);
    } else {
      sr_read_html(rs, name, id, data, len);
    }
    break;
  }
  default: read_text(rs, name, id, data, len); break;
  }
  return rs->status;
}

sr_status sr_read_buffer(const char *data, size_t len, sr_format format,
                         const char *name, const sr_reader_options *options,
                         const sr_reader_sink *sink) {
  sr_read_state rs = {sink, options, SR_OK, 0};
  return read_buffer(&rs, data, len, format, name ? name : "<buffer>",
                     name ? name : "buffer");
}

sr_status sr_read_jsonl_part(const char *data, size_t len, const char *name,
                             size_t first_line,
                             const sr_reader_options *options,
                             const sr_reader_sink *sink) {
  sr_read_state rs = {sink, options, SR_OK, 0};
  read_jsonl_buffer(&rs, name ? name : "<buffer>", data, len,
                    first_line ? first_line - 1 : 0);
  return rs.status;
}

static int has_suffix(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcasecmp(s + a - b, suffix) == 0;
}

/* The format a file name says, or 0 for a file a directory walk skips. */
static sr_format format_of(const char *path) {
  if (has_suffix(path, ".jsonl")) return SR_FORMAT_JSONL;
  if (has_suffix(path, ".html") || has_suffix(path, ".htm")) return SR_FORMAT_HTML;
  if (has_suffix(path, ".txt")) return SR_FORMAT_TEXT;
  return 0;
}

/* "dir/seed-001.txt" -> "seed-001" */
static char *id_of(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  char *id = malloc(n + 1);
  if (id) {
    memcpy(id, base, n);
    id[n] = '\0';
  }
  return id;
}

static void read_jsonl_stream(sr_read_state *rs, FILE *f, const char *name) {
  char *line = NULL;
  size_t cap = 0, line_no = 0;
  ssize_t n;
  /* One line in memory at a time: a large file streams. */
  while (!rs->stopped && (n = getline(&line, &cap, f)) >= 0) {
    line_no++;
    size_t len = (size_t)n;
    if (len && line[len - 1] == '\n') len--;
    sr_read_jsonl_line(rs, name, line_no, line, len);
  }
  if (ferror(f)) {
    sr_where where = {name, line_no, 0};
    sr_read_problem(rs, &where, SR_EIO, "read error: %s", strerror(errno));
  }
  free(line);
}

static void read_file(sr_read_state *rs, const char *path, sr_format format) {
  sr_where where = {path, 0, 0};
  if (format == SR_FORMAT_JSONL) {
    FILE *f = fopen(path, "rb");
    if (!f) {
      sr_read_problem(rs, &where, SR_EIO, "%s: skipped", strerror(errno));
      return;
    }
    read_jsonl_stream(rs, f, path);
    fclose(f);
    return;
  }
  char *data;
  size_t len;
  sr_error err;
  if (sr_file_read(path, &data, &len, &err) != SR_OK) {
    sr_read_problem(rs, &where, err.code, "cannot read: %s", err.message);
    return;
  }
  char *id = id_of(path);
  if (id) read_buffer(rs, data, len, format, path, id);
  else sr_read_problem(rs, &where, SR_ENOMEM, "out of memory: skipped");
  free(id);
  free(data);
}

static int visible(const struct dirent *e) { return e->d_name[0] != '.'; }

static void read_any(sr_read_state *rs, const char *path, int explicit) {
  sr_where where = {path, 0, 0};
  struct stat st;
  if (stat(path, &st) != 0) {
    sr_read_problem(rs, &where, SR_EIO, "%s", strerror(errno));
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    sr_format format = format_of(path);
    if (format || explicit) read_file(rs, path, format ? format : SR_FORMAT_TEXT);
    return;
  }
  struct dirent **names;
  int n = scandir(path, &names, visible, alphasort);
  if (n < 0) {
    sr_read_problem(rs, &where, SR_EIO, "cannot list directory: %s",
                    strerror(errno));
    return;
  }
  for (int i = 0; i < n; i++) {
    size_t need = strlen(path) + strlen(names[i]->d_name) + 2;
    char *child = malloc(need);
    if (child && !rs->stopped) {
      snprintf(child, need, "%s/%s", path, names[i]->d_name);
      read_any(rs, child, 0);
    }
    free(child);
    free(names[i]);
  }
  free(names);
}

sr_status sr_read_path(const char *path, const sr_reader_options *options,
                       const sr_reader_sink *sink) {
  sr_read_state rs = {sink, options, SR_OK, 0};
  read_any(&rs, path, 1);
  return rs.status;
}

sr_status sr_read_jsonl_stream(void *stdio_file, const char *name,
                               const sr_reader_options *options,
                               const sr_reader_sink *sink) {
  sr_read_state rs = {sink, options, SR_OK, 0};
  read_jsonl_stream(&rs, stdio_file, name);
  return rs.status;
}
