/* A program built against the installed or uninstalled libsitrep.so, as a
** user's would be (pkg-config sitrep): one document through the engine and
** through a pool of two threads, the same JSON from both. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sitrep.h>
#include <sitrep_pool.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fputs("usage: smoke PACK_DIR\n", stderr);
    return 2;
  }
  sr_engine_options options = {argv[1], NULL};
  sr_engine *engine;
  sr_error err;
  if (sr_engine_open_with(&options, &engine, &err) != SR_OK) {
    fprintf(stderr, "smoke: %s\n", err.message);
    return 1;
  }
  const char *text = "Des frappes ont tué 12 civils à Alep le 3 novembre 2016.";
  sr_doc_input in = {0};
  in.id = (sr_str){"smoke", 5};
  in.text = (sr_str){text, strlen(text)};
  sr_doc *doc;
  if (sr_doc_process(engine, &in, &doc, &err) != SR_OK) {
    fprintf(stderr, "smoke: %s\n", err.message);
    return 1;
  }
  char *json = sr_doc_to_json(doc, 0);
  sr_doc_free(doc);
  sr_pool_options popts = {2, 0, 0, NULL, NULL, NULL};
  sr_pool *pool;
  sr_pool_result r;
  int same = 0;
  if (sr_pool_open(engine, &popts, &pool, &err) == SR_OK &&
      sr_pool_submit(pool, &in, NULL, &err) == SR_OK && sr_pool_next(pool, &r)) {
    same = json && r.json && strcmp(json, r.json) == 0;
    sr_pool_release(pool, &r);
  }
  sr_pool_close(pool);
  printf("%s\n", json ? json : "");
  sr_free(json);
  sr_engine_close(engine);
  if (!same) fputs("smoke: the pool's JSON differs\n", stderr);
  return same ? 0 : 1;
}
