/*
** sr_store_doc_of: an analysed document made ready for the store, its JSON
** written once with the tree it came from (no parsing back).  Here, above
** the store, because it writes the whole document (scripts/check-layers).
*/
#include "../store/ingest.h"
#include "json.h"

sr_status sr_store_doc_of(const sr_doc *analysed, const char *text,
                          size_t text_len, sr_store_doc **out, sr_error *err) {
  json_t *tree;
  sr_store_layout layout;
  char *json = sr_doc_to_json_tree(analysed, SR_JSON_MENTIONS, &tree, &layout);
  return sr_store_doc_adopt(json, tree, &layout, text, text_len, out, err);
}
