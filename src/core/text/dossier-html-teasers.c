/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Teasers: the shape of a list of other articles with excerpts, read
 * from the page's elements alone (see dossier-html-teasers.h). */

#include "dossier-html-teasers.h"

#include <string.h>

#include "dossier-html-page.h"

/* A teaser: a short block that leads with another page's headline as a
 * link and says a line or two about it besides ("Ferry company orders a
 * second boat" and its excerpt, a date, a kicker). */
#define TEASER_MIN 40
#define TEASER_MAX 600
#define TEASER_HEADLINE_MIN 15

/* The first headline-long link in @node, with how much text comes before
 * it added to @before; NULL when there is none. */
static xmlNode *
find_headline_link (xmlNode *node,
                    gsize   *before,
                    guint    depth)
{
  if (depth > 12)
    return NULL;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *link;

      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          for (const xmlChar *p = child->content; p && *p; p++)
            *before += !g_ascii_isspace (*p);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || (_dossier_html_tag_flags (child) & TAG_SKIPPED))
        continue;
      if (_dossier_html_is_element (child, "a") && _dossier_html_text_length (child) >= TEASER_HEADLINE_MIN)
        return child;
      if (_dossier_html_link_length (child) < TEASER_HEADLINE_MIN)
        *before += _dossier_html_text_length (child);
      else if ((link = find_headline_link (child, before, depth + 1)) != NULL)
        return link;
    }
  return NULL;
}

/* Whether @link, in @item, is a line of its own, as a headline is: it
 * holds a block, or it is all of a block's text, or a block or a line
 * break follows it.  A link that runs on into a sentence ("<b><a>Amazon
 * lets you listen for free</a></b> and investors are nervous") is part
 * of the article's own list. */
static gboolean
is_own_line (xmlNode *link,
             xmlNode *item)
{
  gsize link_length = _dossier_html_text_length (link);

  for (xmlNode *child = link->children; child != NULL; child = child->next)
    if (_dossier_html_tag_flags (child) & TAG_BLOCK)
      return TRUE;
  for (xmlNode *up = link; up != NULL && up != item; up = up->parent)
    {
      xmlNode *next = up->next;

      if (up != link && (_dossier_html_tag_flags (up) & TAG_BLOCK) &&
          _dossier_html_text_length (up) <= link_length + 10)
        return TRUE;
      while (next != NULL && next->type != XML_ELEMENT_NODE)
        {
          if (next->type == XML_TEXT_NODE && next->content != NULL)
            for (const xmlChar *p = next->content; *p; p++)
              if (!g_ascii_isspace (*p))
                return FALSE;
          next = next->next;
        }
      if (next != NULL)
        return (_dossier_html_tag_flags (next) & TAG_BLOCK) != 0;
    }
  return FALSE;
}

/* A kicker or a date may come before the headline; a paragraph may not. */
#define TEASER_KICKER_MAX 40

static gboolean
is_teaser (xmlNode *item)
{
  gsize length = _dossier_html_text_length (item), before = 0;
  xmlNode *link;

  if (length < TEASER_MIN || length > TEASER_MAX || _dossier_html_is_element (item, "p") ||
      _dossier_html_is_element (item, "table") || _dossier_html_is_element (item, "tr") ||
      _dossier_html_link_length (item) * 10 < length)
    return FALSE;
  link = find_headline_link (item, &before, 0);
  return link != NULL && before <= TEASER_KICKER_MAX && is_own_line (link, item);
}

/* Whether @a and @b are built alike: the same element with the same first
 * class name (or none), as a template repeats one item of a list. */
static gboolean
same_shape (xmlNode *a,
            xmlNode *b)
{
  g_autofree char *copy_a = NULL, *copy_b = NULL;
  const char *class_a, *class_b;

  if (g_strcmp0 ((const char *) a->name, (const char *) b->name) != 0)
    return FALSE;
  class_a = _dossier_html_peek_attribute (a, "class", &copy_a);
  class_b = _dossier_html_peek_attribute (b, "class", &copy_b);
  if (class_a == NULL || class_b == NULL)
    return class_a == class_b;
  class_a += strspn (class_a, " \t\n\r\f");
  class_b += strspn (class_b, " \t\n\r\f");
  return strcspn (class_a, " \t\n\r\f") == strcspn (class_b, " \t\n\r\f") &&
         strncmp (class_a, class_b, strcspn (class_a, " \t\n\r\f")) == 0;
}

/* Whether the element siblings before and after @node are paragraphs:
 * @node is set in the flow of the article's text. */
static gboolean
between_paragraphs (xmlNode *node)
{
  xmlNode *before = node->prev, *after = node->next;

  while (before != NULL && before->type != XML_ELEMENT_NODE)
    before = before->prev;
  while (after != NULL && after->type != XML_ELEMENT_NODE)
    after = after->next;
  return before != NULL && after != NULL && _dossier_html_is_element (before, "p") &&
         _dossier_html_is_element (after, "p");
}

gboolean
_dossier_html_holds_teasers (xmlNode *node)
{
  gsize length = _dossier_html_text_length (node), teaser_text = 0;
  guint teasers = 0;
  xmlNode *first = NULL;

  if (!(_dossier_html_tag_flags (node) & TAG_CONTAINER) || _dossier_html_link_length (node) * 10 < length)
    return FALSE;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || !is_teaser (child))
        continue;
      if (first == NULL)
        first = child;
      else if (!same_shape (first, child))
        continue;
      teasers++;
      teaser_text += _dossier_html_text_length (child);
    }
  return teasers > 0 && teaser_text * 10 >= length * 7 &&
         (teasers >= 3 || (_dossier_html_is_element (node, "div") && between_paragraphs (node)));
}

