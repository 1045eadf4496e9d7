/*
** Language identification with libexttextcat, restricted to the languages
** the engine has packs for: its stock configuration confuses English with
** Scots and Swedish, a two-language one does not.
*/
#ifndef SR_LANGID_H
#define SR_LANGID_H

#include <stddef.h>

#include "sitrep.h"

typedef struct sr_langid sr_langid;

/* conf lists "MODEL.lm<TAB>CODE" lines (textcat's own format); models are
** looked up in model_dir. */
sr_status sr_langid_open(const char *conf, const char *model_dir,
                         sr_langid **out, sr_error *err);
void sr_langid_close(sr_langid *id);

/* Writes the best language code for text into code and returns 1, or
** returns 0 when the text is too short or unlike every model.  Thread-safe. */
int sr_langid_guess(sr_langid *id, const char *text, size_t len, char *code,
                    size_t code_cap);

#endif
