/*
** HTML to text with gumbo, the HTML5 parser: what a reader sees, with block
** elements as line breaks, and script, style and other invisible parts
** dropped.  The walk uses an explicit stack so that deeply nested markup
** cannot exhaust the C stack.
*/
#include <gumbo.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/isodate.h"
#include "input.h"

/* The page's text, and the white space pending before its next word. */
typedef struct text_buf {
  sr_buf out;
  int pending_space, pending_break;
} text_buf;

static void put(text_buf *b, const char *s, size_t n) { sr_buf_put(&b->out, s, n); }

static int is_ws(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Appends text with runs of white space folded into one space. */
static void put_text(text_buf *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (is_ws(s[i])) {
      b->pending_space = 1;
      i++;
      continue;
    }
    size_t j = i;
    while (j < n && !is_ws(s[j])) j++;
    if (b->out.len > 0) {
      if (b->pending_break) put(b, "\n", 1);
      else if (b->pending_space) put(b, " ", 1);
    }
    b->pending_break = b->pending_space = 0;
    put(b, s + i, j - i);
    i = j;
  }
}

static int is_hidden(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE ||
         tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_IFRAME ||
         tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_SVG;
}

static int is_inline(GumboTag tag) {
  switch (tag) {
  case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI:
  case GUMBO_TAG_BDO: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE:
  case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_I:
  case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S:
  case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN:
  case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
  case GUMBO_TAG_TIME: case GUMBO_TAG_U: case GUMBO_TAG_VAR: case GUMBO_TAG_FONT:
  case GUMBO_TAG_NOBR: case GUMBO_TAG_IMG: case GUMBO_TAG_LABEL:
    return 1;
  default:
    return 0;
  }
}

typedef struct frame {
  const GumboNode *node;
  unsigned next_child;
} frame;

static void extract_text(const GumboNode *root, text_buf *b) {
  size_t cap = 64, top = 0;
  frame *stack = malloc(cap * sizeof *stack);
  if (!stack) {
    b->out.failed = 1;
    return;
  }
  stack[top++] = (frame){root, 0};
  while (top > 0 && !b->out.failed) {
    frame *f = &stack[top - 1];
    const GumboNode *n = f->node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      put_text(b, n->v.text.text, strlen(n->v.text.text));
      top--;
      continue;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      b->pending_space = 1;
      top--;
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT &&
        n->type != GUMBO_NODE_TEMPLATE) {
      top--;
      continue;
    }
    const GumboVector *children = n->type == GUMBO_NODE_DOCUMENT
                                      ? &n->v.document.children
                                      : &n->v.element.children;
    GumboTag tag = n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag
                                                 : GUMBO_TAG_UNKNOWN;
    int block = n->type == GUMBO_NODE_ELEMENT && !is_inline(tag);
    if (f->next_child == 0) {
      if (is_hidden(tag)) {
        top--;
        continue;
      }
      if (block) b->pending_break = 1;
    }
    if (f->next_child < children->length) {
      const GumboNode *child = children->data[f->next_child++];
      if (top == cap) {
        frame *s = realloc(stack, cap * 2 * sizeof *stack);
        if (!s) {
          b->out.failed = 1;
          break;
        }
        stack = s;
        cap *= 2;
      }
      stack[top++] = (frame){child, 0};
      continue;
    }
    if (block) b->pending_break = 1;
    top--;
  }
  free(stack);
}

/* First element with the tag, breadth-agnostic depth-first, iterative. */
static const GumboNode *find_tag(const GumboNode *root, GumboTag tag) {
  const GumboNode *stack[256];
  size_t top = 0;
  stack[top++] = root;
  while (top > 0) {
    const GumboNode *n = stack[--top];
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
      continue;
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag) return n;
    const GumboVector *c = n->type == GUMBO_NODE_DOCUMENT
                               ? &n->v.document.children
                               : &n->v.element.children;
    for (unsigned i = c->length; i > 0 && top < 256; i--)
      stack[top++] = c->data[i - 1];
  }
  return NULL;
}

static const char *attr(const GumboNode *n, const char *name) {
  const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : NULL;
}

/* Publication date and canonical address, when the page declares them. */
static void read_head(const GumboNode *head, sr_doc_input *doc) {
  const GumboVector *c = &head->v.element.children;
  for (unsigned i = 0; i < c->length; i++) {
    const GumboNode *n = c->data[i];
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == GUMBO_TAG_META) {
      const char *prop = attr(n, "property");
      if (!prop) prop = attr(n, "name");
      const char *content = attr(n, "content");
      if (prop && content && !doc->published.ptr &&
          (strcmp(prop, "article:published_time") == 0 ||
           strcmp(prop, "date") == 0 || strcmp(prop, "dc.date") == 0) &&
          sr_isodate_parse(content, strlen(content) < 10 ? strlen(content) : 10,
                           NULL)) {
        doc->published.ptr = content;
        doc->published.len = 10;
      }
    } else if (n->v.element.tag == GUMBO_TAG_LINK) {
      const char *rel = attr(n, "rel"), *href = attr(n, "href");
      if (rel && href && strcmp(rel, "canonical") == 0) {
        doc->url.ptr = href;
        doc->url.len = strlen(href);
      }
    }
  }
}

void sr_read_html(sr_read_state *rs, const char *name, const char *id,
                  const char *data, size_t len) {
  sr_where where = {name, 0, 0};
  GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, data, len);
  if (!out) {
    sr_read_problem(rs, &where, SR_EPARSE, "HTML parser failed: skipped");
    return;
  }
  text_buf body = {0}, title = {0};
  extract_text(out->root, &body);
  sr_doc_input doc = {0};
  const GumboNode *t = find_tag(out->root, GUMBO_TAG_TITLE);
  if (t) {
    /* extract_text skips the head; walk the title's children directly. */
    for (unsigned i = 0; i < t->v.element.children.length; i++)
      extract_text(t->v.element.children.data[i], &title);
    if (title.out.len) {
      doc.title.ptr = title.out.data;
      doc.title.len = title.out.len;
    }
  }
  const GumboNode *head = find_tag(out->root, GUMBO_TAG_HEAD);
  if (head) read_head(head, &doc);
  const GumboNode *html = find_tag(out->root, GUMBO_TAG_HTML);
  const char *lang = html ? attr(html, "lang") : NULL;
  if (lang && strlen(lang) >= 2) {
    doc.lang.ptr = lang;
    /* "fr-FR" -> "fr"; but cut only between ASCII letters: two bytes of a
    ** non-ASCII value would split a character and pass on invalid UTF-8. */
    int ascii = (unsigned char)lang[0] < 0x80 && (unsigned char)lang[1] < 0x80;
    doc.lang.len = ascii ? 2 : strlen(lang);
  }
  if (body.out.failed || title.out.failed) {
    sr_read_problem(rs, &where, SR_ENOMEM, "out of memory: skipped");
  } else {
    doc.id.ptr = id;
    doc.id.len = strlen(id);
    doc.text.ptr = body.out.data ? body.out.data : "";
    doc.text.len = body.out.len;
    sr_read_emit(rs, &doc, &where);
  }
  free(body.out.data);
  free(title.out.data);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
}
