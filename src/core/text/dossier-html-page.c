/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The page index and the element helpers of dossier-html-page.h. */

#include "config.h"

#include "dossier-html-page.h"

#include <string.h>

#include "dossier-bytes.h"

/* Never text a reader sees, or never the article's. */
static const char * const skipped_tags[] = {
  "aside", "audio", "button", "canvas", "datalist", "dialog", "embed", "footer", "head",
  "iframe", "input", "link", "map", "math", "meta", "nav", "noscript", "object", "option",
  "script", "select", "style", "svg", "template", "textarea", "video",
};

/* Elements that start a new line in a copy.  Table cells do not: a row is
 * a line, its cells apart by a space, as a copied table reads. */
static const char * const block_tags[] = {
  "address", "article", "blockquote", "body", "br", "center", "dd", "details", "div", "dl",
  "dt", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
  "tr", "ul",
};

/* Elements that may be a list of links ("Most read", tag lists). */
static const char * const container_tags[] = { "div", "section", "ul", "ol", "table", "header", "p", "li" };

char *
_dossier_html_get_attribute (xmlNode    *node,
                             const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;
  xmlFree (value);
  return copy;
}

/* An attribute's value without a copy, where the parser made it one text
 * node (as libxml2's HTML parser does); otherwise a copy in @copy. */
const char *
_dossier_html_peek_attribute (xmlNode    *node,
                              const char *name,
                              char      **copy)
{
  *copy = NULL;
  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      /* The first letters first: most attributes are not the one. */
      if (attribute->name == NULL || (attribute->name[0] | 0x20) != (name[0] | 0x20) ||
          g_ascii_strcasecmp ((const char *) attribute->name, name) != 0)
        continue;
      if (attribute->children == NULL)
        return "";
      if (attribute->children->type == XML_TEXT_NODE && attribute->children->next == NULL)
        return (const char *) attribute->children->content;
      *copy = _dossier_html_get_attribute (node, name);
      return *copy;
    }
  return NULL;
}

/* What the reader does with an element of each name (the HTML parser
 * gives names in lower case). */
guint
_dossier_html_tag_flags_of_name (const char *name)
{
  static GHashTable *flags;

  if (g_once_init_enter (&flags))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
      for (gsize i = 0; i < G_N_ELEMENTS (skipped_tags); i++)
        g_hash_table_insert (table, (gpointer) skipped_tags[i], GUINT_TO_POINTER (TAG_SKIPPED));
      for (gsize i = 0; i < G_N_ELEMENTS (block_tags); i++)
        g_hash_table_insert (table, (gpointer) block_tags[i], GUINT_TO_POINTER (TAG_BLOCK));
      for (gsize i = 0; i < G_N_ELEMENTS (container_tags); i++)
        g_hash_table_insert (table, (gpointer) container_tags[i],
                             GUINT_TO_POINTER (TAG_CONTAINER |
                                               GPOINTER_TO_UINT (g_hash_table_lookup (table, container_tags[i]))));
      g_once_init_leave (&flags, table);
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (flags, name));
}

void
_dossier_html_page_index_clear (PageIndex *index)
{
  g_clear_pointer (&index->metadata, g_ptr_array_unref);
  g_clear_pointer (&index->times, g_ptr_array_unref);
  g_clear_pointer (&index->bodies, g_ptr_array_unref);
  g_clear_pointer (&index->articles, g_ptr_array_unref);
  g_clear_pointer (&index->mains, g_ptr_array_unref);
  g_clear_pointer (&index->headings, g_ptr_array_unref);
}

static void
index_element (PageIndex *index,
               xmlNode   *node)
{
  const char *name = (const char *) node->name;
  g_autofree char *copy = NULL;
  const char *itemprop;

  /* By the first letter: most elements are none of these. */
  switch (name[0])
    {
    case 'm':
      if (strcmp (name, "meta") == 0)
        g_ptr_array_add (index->metadata, node);
      else if (strcmp (name, "main") == 0)
        g_ptr_array_add (index->mains, node);
      break;
    case 't':
      if (strcmp (name, "title") == 0)
        g_ptr_array_add (index->metadata, node);
      else if (strcmp (name, "time") == 0 && xmlHasProp (node, (const xmlChar *) "datetime"))
        g_ptr_array_add (index->times, node);
      break;
    case 'l':
      if (strcmp (name, "link") == 0)
        g_ptr_array_add (index->metadata, node);
      break;
    case 's':
      if (strcmp (name, "script") == 0)
        {
          const char *type = _dossier_html_peek_attribute (node, "type", &copy);
          if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            g_ptr_array_add (index->metadata, node);
        }
      break;
    case 'a':
      if (strcmp (name, "article") == 0)
        g_ptr_array_add (index->articles, node);
      break;
    case 'h':
      if (strcmp (name, "h1") == 0 || strcmp (name, "h2") == 0)
        g_ptr_array_add (index->headings, node);
      break;
    default:
      break;
    }

  g_clear_pointer (&copy, g_free);
  itemprop = _dossier_html_peek_attribute (node, "itemprop", &copy);
  if (itemprop != NULL && strstr (itemprop, "articleBody") != NULL)
    g_ptr_array_add (index->bodies, node);
}

/* How many bytes of @text are not white space (g_ascii_isspace ()), read
 * eight at a time: the white space of a word is flagged exactly (a space,
 * or tab to carriage return but the vertical tab) and the flags counted
 * by a multiply. */
static gsize
count_visible (const xmlChar *text)
{
  gsize len = strlen ((const char *) text);
  gsize count = 0, i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 word = dossier_bytes_load ((const char *) text + i);
      guint64 spaces = dossier_bytes_equal_exactly (word, ' ') |
                       (dossier_bytes_below_exactly (word, '\r' + 1) & ~dossier_bytes_below_exactly (word, '\t') &
                        ~dossier_bytes_equal_exactly (word, '\v'));

      count += 8 - (((spaces >> 7) * DOSSIER_BYTES_ONES) >> 56);
    }
  for (; i < len; i++)
    count += !g_ascii_isspace (text[i]);
  return count;
}

/* Measures, once for the whole page, the text a reader would see in each
 * element (what skipped elements hold aside) and how much of it is link
 * text, kept in the element's _private field: the length in the low 32
 * bits, the link length in the high ones.  On the way, each element the
 * reader looks for is put in @index. */
static gsize
index_node (PageIndex *index,
            xmlNode   *node,
            guint      depth,
            gsize     *links)
{
  gsize length = 0, link_length = 0;
  gboolean is_link = _dossier_html_is_element (node, "a");

  if (depth > HTML_MAX_DEPTH)
    return 0;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (child->content != NULL)
            length += count_visible (child->content);
        }
      else if (child->type == XML_ELEMENT_NODE && child->name != NULL)
        {
          gsize child_links = 0;
          gsize child_length;

          index_element (index, child);
          child_length = index_node (index, child, depth + 1, &child_links);
          if (_dossier_html_tag_flags (child) & TAG_SKIPPED)
            continue;
          length += child_length;
          link_length += _dossier_html_is_element (child, "a") ? child_length : child_links;
        }
    }
  length = MIN (length, G_MAXUINT32);
  link_length = MIN (is_link ? length : link_length, length);
  node->_private = GSIZE_TO_POINTER (length | ((guint64) link_length << 32));
  *links = link_length;
  return length;
}

void
_dossier_html_page_index_build (PageIndex *index,
                                xmlNode   *root)
{
  gsize links;

  index->metadata = g_ptr_array_new ();
  index->times = g_ptr_array_new ();
  index->bodies = g_ptr_array_new ();
  index->articles = g_ptr_array_new ();
  index->mains = g_ptr_array_new ();
  index->headings = g_ptr_array_new ();
  if (root != NULL)
    {
      index_element (index, root);
      index_node (index, root, 0, &links);
    }
}

