/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The parsed page as the reader and the metadata see it: what its elements
 * are called and what their attributes say, and an index built in one walk
 * over it that measures the text of every element and finds the elements
 * both look for (dossier-html-page.c). */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Deeper than any real page; a hostile one is read no further down. */
#define HTML_MAX_DEPTH 256

enum
{
  TAG_SKIPPED = 1 << 0,
  TAG_BLOCK = 1 << 1,
  TAG_CONTAINER = 1 << 2,   /* judged as a possible list of links */
  TAG_FLAGS = TAG_SKIPPED | TAG_BLOCK | TAG_CONTAINER,
  TAG_FLAGS_SET = 1 << 15,  /* in an element's extra field: its TAG_ flags are there */
};

/* What the reader looks for in a page, found in one walk over it. */
typedef struct
{
  GPtrArray *metadata;   /* <meta>, <title>, <link> and JSON-LD scripts, in the page's order */
  GPtrArray *times;      /* <time datetime="…"> */
  GPtrArray *bodies;     /* itemprop="articleBody" */
  GPtrArray *articles;   /* <article> */
  GPtrArray *mains;      /* <main> */
  GPtrArray *headings;   /* <h1> and <h2> */
} PageIndex;

void        _dossier_html_page_index_clear (PageIndex  *index);
void        _dossier_html_page_index_build (PageIndex  *index,
                                            xmlNode    *root);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PageIndex, _dossier_html_page_index_clear)

/* Whether @node is an element called @name, in any case; asked of every
 * element the reader reads, so the first letters are compared first. */
static inline gboolean
_dossier_html_is_element (xmlNode    *node,
                          const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL &&
         (node->name[0] | 0x20) == (name[0] | 0x20) &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* A copy of @node's attribute @name, or NULL. */
char       *_dossier_html_get_attribute    (xmlNode    *node,
                                            const char *name);
/* An attribute's value without a copy, where the parser made it one text
 * node; otherwise a copy in @copy.  NULL when @node has no such attribute. */
const char *_dossier_html_peek_attribute   (xmlNode    *node,
                                            const char *name,
                                            char      **copy);
/* TAG_ flags for an element called @name (in lower case, as the HTML
 * parser gives names).  The page's tree keeps them in each element's
 * extra field, looked up once (dossier-html-tree.c). */
guint       _dossier_html_tag_flags_of_name (const char *name);

/* TAG_ flags for @node's name; 0 for any other node. */
static inline guint
_dossier_html_tag_flags (xmlNode *node)
{
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return 0;
  if (node->extra & TAG_FLAGS_SET)
    return node->extra & TAG_FLAGS;
  return _dossier_html_tag_flags_of_name ((const char *) node->name);
}

/* The text a reader sees in @node, in bytes other than white space, as
 * the page index measured it; asked of every element the reader reads. */
static inline gsize
_dossier_html_text_length (xmlNode *node)
{
  return GPOINTER_TO_SIZE (node->_private) & G_MAXUINT32;
}

/* How much of that text is link text. */
static inline gsize
_dossier_html_link_length (xmlNode *node)
{
  return (guint64) GPOINTER_TO_SIZE (node->_private) >> 32;
}

G_END_DECLS
