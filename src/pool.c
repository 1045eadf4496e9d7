/*
** The pool: a ring of `window` slots, filled in input order by the caller,
** analysed by whichever thread is free, emptied in input order by the
** caller again.  Counters only grow; a slot is counter % window.
**
**   head <= taken <= tail, work <= tail
**   [head, taken)  results the caller holds (released in any order)
**   [taken, tail)  submitted, queued, being analysed, or done
**   work           the next slot a thread picks up
**
** One mutex guards the counters and slot states; the analysis itself runs
** unlocked, on a slot no other thread touches until it is marked done.
*/
#include "sitrep_pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/error.h"

typedef enum slot_state {
  SLOT_FREE = 0,
  SLOT_QUEUED,  /* waiting for a thread */
  SLOT_WORKING,
  SLOT_DONE,    /* result ready (a marker is done at once) */
  SLOT_TAKEN    /* handed to the caller */
} slot_state;

typedef struct slot {
  slot_state state;
  void *tag;
  int marker;
  sr_doc_input input; /* strings in `copy` */
  char *copy;
  sr_status status;
  sr_error error;
  sr_doc *doc;
  char *json;
  size_t json_len;
  void *prepared;
} slot;

struct sr_pool {
  const sr_engine *engine;
  unsigned json_flags;
  void *(*prepare)(void *, const sr_doc *, const sr_doc_input *);
  void (*discard)(void *);
  void *ctx;
  size_t window;
  slot *slots;
  size_t head, taken, work, tail;
  pthread_mutex_t lock;
  pthread_cond_t queued; /* a slot to work on, or closing */
  pthread_cond_t done;   /* a slot finished */
  int closing;
  pthread_t *threads;
  unsigned thread_count; /* 0: the caller's thread does the work */
};

unsigned sr_cpu_count(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (unsigned)n : 1;
}

/* The document's strings in one block, each NUL-terminated, so that the
** caller's buffers can go as soon as sr_pool_submit returns. */
static int copy_input(slot *s, const sr_doc_input *in) {
  const sr_str *from[] = {&in->id, &in->text, &in->published, &in->lang,
                          &in->url, &in->title, &in->publisher};
  sr_str *to[] = {&s->input.id, &s->input.text, &s->input.published,
                  &s->input.lang, &s->input.url, &s->input.title,
                  &s->input.publisher};
  size_t total = 0;
  for (size_t i = 0; i < 7; i++)
    if (from[i]->ptr) total += from[i]->len + 1;
  s->copy = malloc(total ? total : 1);
  if (!s->copy) return 0;
  char *p = s->copy;
  for (size_t i = 0; i < 7; i++) {
    if (!from[i]->ptr) {
      *to[i] = (sr_str){NULL, 0};
      continue;
    }
    memcpy(p, from[i]->ptr, from[i]->len);
    p[from[i]->len] = '\0';
    *to[i] = (sr_str){p, from[i]->len};
    p += from[i]->len + 1;
  }
  return 1;
}

static void analyse(const sr_pool *pool, slot *s) {
  s->error = (sr_error){SR_OK, ""};
  s->status = sr_doc_process(pool->engine, &s->input, &s->doc, &s->error);
  if (s->status != SR_OK) return;
  if (pool->prepare) {
    s->prepared = pool->prepare(pool->ctx, s->doc, &s->input);
    return;
  }
  if (pool->json_flags & SR_JSON_MARSHAL) {
    s->json = sr_doc_to_marshal(s->doc, pool->json_flags, &s->json_len);
  } else {
    s->json = sr_doc_to_json(s->doc, pool->json_flags);
    s->json_len = s->json ? strlen(s->json) : 0;
  }
}

static void *worker(void *arg) {
  sr_pool *pool = arg;
  pthread_mutex_lock(&pool->lock);
  for (;;) {
    while (pool->work < pool->tail &&
           pool->slots[pool->work % pool->window].state != SLOT_QUEUED)
      pool->work++; /* markers */
    if (pool->work == pool->tail) {
      if (pool->closing) break;
      pthread_cond_wait(&pool->queued, &pool->lock);
      continue;
    }
    slot *s = &pool->slots[pool->work++ % pool->window];
    s->state = SLOT_WORKING;
    pthread_mutex_unlock(&pool->lock);
    analyse(pool, s);
    pthread_mutex_lock(&pool->lock);
    s->state = SLOT_DONE;
    pthread_cond_broadcast(&pool->done);
  }
  pthread_mutex_unlock(&pool->lock);
  return NULL;
}

static void slot_clear(const sr_pool *pool, slot *s) {
  if (s->prepared && pool->discard) pool->discard(s->prepared);
  sr_free(s->json);
  sr_doc_free(s->doc);
  free(s->copy);
  memset(s, 0, sizeof *s);
}

sr_status sr_pool_open(const sr_engine *engine, const sr_pool_options *options,
                       sr_pool **out, sr_error *err) {
  *out = NULL;
  if (!engine) return sr_error_set(err, SR_EINVAL, "no engine");
  unsigned threads = options && options->threads ? options->threads
                                                 : sr_cpu_count();
  sr_pool *pool = calloc(1, sizeof *pool);
  if (!pool) return sr_error_set(err, SR_ENOMEM, "out of memory");
  pool->engine = engine;
  pool->json_flags = options ? options->json_flags : 0;
  if (options) {
    pool->prepare = options->prepare;
    pool->discard = options->discard;
    pool->ctx = options->ctx;
  }
  pool->window = options && options->window ? options->window
                                            : 4 * (size_t)threads;
  pool->slots = calloc(pool->window, sizeof *pool->slots);
  if (!pool->slots) {
    free(pool);
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  }
  pthread_mutex_init(&pool->lock, NULL);
  pthread_cond_init(&pool->queued, NULL);
  pthread_cond_init(&pool->done, NULL);
  if (threads > 1) {
    pool->threads = calloc(threads, sizeof *pool->threads);
    if (!pool->threads) {
      sr_pool_close(pool);
      return sr_error_set(err, SR_ENOMEM, "out of memory");
    }
    for (unsigned i = 0; i < threads; i++) {
      if (pthread_create(&pool->threads[i], NULL, worker, pool) != 0) {
        sr_pool_close(pool);
        return sr_error_set(err, SR_ENOMEM, "cannot start thread %u of %u",
                            i + 1, threads);
      }
      pool->thread_count++;
    }
  }
  *out = pool;
  return SR_OK;
}

int sr_pool_full(const sr_pool *pool) {
  /* Only the caller's thread moves tail and head: no lock needed here. */
  return pool->tail - pool->head >= pool->window;
}

size_t sr_pool_pending(const sr_pool *pool) { return pool->tail - pool->head; }

sr_status sr_pool_submit(sr_pool *pool, const sr_doc_input *input, void *tag,
                         sr_error *err) {
  if (sr_pool_full(pool))
    return sr_error_set(err, SR_EINVAL,
                        "pool full: take a result before submitting");
  slot *s = &pool->slots[pool->tail % pool->window];
  /* The slot is free: released by the caller, no thread looks at it. */
  s->tag = tag;
  s->marker = input == NULL;
  if (input && !copy_input(s, input))
    return sr_error_set(err, SR_ENOMEM, "out of memory");
  if (!input || pool->thread_count == 0) {
    if (input) analyse(pool, s);
    pthread_mutex_lock(&pool->lock);
    s->state = SLOT_DONE;
    pool->tail++;
    pthread_mutex_unlock(&pool->lock);
    return SR_OK;
  }
  pthread_mutex_lock(&pool->lock);
  s->state = SLOT_QUEUED;
  pool->tail++;
  pthread_cond_signal(&pool->queued);
  pthread_mutex_unlock(&pool->lock);
  return SR_OK;
}

int sr_pool_next(sr_pool *pool, sr_pool_result *out) {
  memset(out, 0, sizeof *out);
  out->seq = (size_t)-1;
  pthread_mutex_lock(&pool->lock);
  if (pool->taken == pool->tail) {
    pthread_mutex_unlock(&pool->lock);
    return 0;
  }
  slot *s = &pool->slots[pool->taken % pool->window];
  while (s->state != SLOT_DONE) pthread_cond_wait(&pool->done, &pool->lock);
  s->state = SLOT_TAKEN;
  pool->taken++;
  pthread_mutex_unlock(&pool->lock);
  out->seq = pool->taken - 1;
  out->tag = s->tag;
  out->input = s->marker ? NULL : &s->input;
  out->status = s->marker ? SR_OK : s->status;
  out->error = s->error;
  out->doc = s->doc;
  out->json = s->json;
  out->json_len = s->json ? s->json_len : 0;
  out->prepared = s->prepared;
  return 1;
}

void sr_pool_release(sr_pool *pool, sr_pool_result *result) {
  pthread_mutex_lock(&pool->lock);
  if (result->seq >= pool->head && result->seq < pool->taken) {
    slot *s = &pool->slots[result->seq % pool->window];
    if (s->state == SLOT_TAKEN) slot_clear(pool, s);
  }
  while (pool->head < pool->taken &&
         pool->slots[pool->head % pool->window].state == SLOT_FREE)
    pool->head++;
  pthread_mutex_unlock(&pool->lock);
  memset(result, 0, sizeof *result);
  result->seq = (size_t)-1;
}

void sr_pool_close(sr_pool *pool) {
  if (!pool) return;
  pthread_mutex_lock(&pool->lock);
  pool->closing = 1;
  pthread_cond_broadcast(&pool->queued);
  pthread_mutex_unlock(&pool->lock);
  for (unsigned i = 0; i < pool->thread_count; i++)
    pthread_join(pool->threads[i], NULL);
  if (pool->slots)
    for (size_t i = 0; i < pool->window; i++) slot_clear(pool, &pool->slots[i]);
  pthread_cond_destroy(&pool->done);
  pthread_cond_destroy(&pool->queued);
  pthread_mutex_destroy(&pool->lock);
  free(pool->threads);
  free(pool->slots);
  free(pool);
}
